"""Batch 208, module b: seven fictional plans (tuning material), places beginning with "b".

Batch: 208. Letter: b. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, services and councils (Bellknowe, Brinkwell,
Bourneleigh, Bedwarden, Bexhollow, Bishopsmere, Bramcaster, Bascombe and
the places inside them). Any resemblance to real people, places or cases is
a coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: timescales and checks said in ordinary words, in templates with no
When or How columns. Each plan gives its actions' timing and check in
prose, the way many real plans do: a "What will happen" column holding
everything beside a merged outcome column, a plan letter to the parents in
paragraphs signed by the social worker, core group minutes whose agreed
actions begin "It was agreed that ...", a plain-text plan of bullets under
theme headings, a single "Action" column table, narrative paragraphs per
area of a child's life, and a "Worry / What will happen" table. Times are
said many ways: relative to an event ("within a week of Leo coming home",
"before she starts nursery on 6 January", "on the day after each weekend
with Liam"), to a meeting ("by the next core group on 10 March"), to the
school calendar ("by February half term", "every Friday during term"),
recurring ("twice a week until the review conference", "each time Liam has
Ellie-May"), a start
("from Monday 19 January"), a duration ("for the next eight weeks") or the
baby's age ("until he is 12 weeks old"); in the plans that are not
exemplary some actions have a vague time ("soon", "in due course", "when
things settle down", "as needed") or none. Checks are said many ways too:
someone tells someone ("will ring me the same day"), a record kept and sent
("the signed attendance register to Hannah each Friday"), something seen ("I
will see the repairs done when I next visit"), a test result, the child's
own account to a named worker; in the plans that are not exemplary a few are
vague ("keep an eye on", "monitor progress") or absent. Owners are named
plainly, so the faults sit mostly in time and check.

1. Bellknowe (docx, exemplary): initial conference plan for a premature
   baby about to come home from the neonatal unit; his mother has severe
   depression and the perinatal team reports on her capacity to change;
   his grandmother stays over on his father's night shifts. Three columns:
   "What we want for Leo" merged down, No., and "What will happen", a
   cell of prose holding who, when and how we will know.
2. Brinkwell (pdf, header and footer): a plan letter to the parents of a
   7-year-old and a 3-year-old (neglect) after the initial conference,
   signed by the social worker ("I"), with the plan in paragraphs under
   themed headings, one sentence per action. Faults: the cooking course
   with no time (T001); the dental check-ups "when things settle down at
   home" (T002); the stair gate with no check (M001); the family support
   worker who "will keep an eye on how the routine is going" (M002); a
   passive speech and language referral (W001); a contingency that only
   says everyone will meet to talk (C002); nothing on legal planning
   (R002).
3. Bourneleigh (md): minutes of a second core group for a 9-year-old and
   a 5-year-old whose mother drinks, the agreed actions written "It was
   agreed that ..." under the minute item. Faults: the recovery service's
   sessions "as needed" (T002); a family group conference "in due course"
   (T002); the DSL's Monday meetings "to monitor progress" (M002); a
   dental registration with no check (M001); an eye test with no time
   (T001); the review conference "date to be confirmed" (R001).
4. Bedwarden (txt): a plain-text plan for a 12-year-old young carer whose
   mother has depression, bullets under theme headings in capitals, an
   aunt who gives him his tea and takes him to football. Faults: the
   community psychiatric nurse's visits that only support the mother
   (H001); a young carers' referral "soon" (T002); the head of year's
   catch-ups that "monitor how he is getting on" (M002); football with the
   aunt with no check (M001); an outcome about the mother only (F002); no
   fallback if the aunt cannot help (C003).
5. Bexhollow (docx, exemplary): review conference plan for a 6-year-old
   and an 18-month-old after domestic abuse, the father on bail; a table
   with one "Action" column whose numbered cells say who, when (school
   terms, "every Friday during term", "by February half term") and how we
   will know; the grandmother's school pick-ups have a fallback.
6. Bishopsmere (pdf, header and footer, exemplary): narrative plan for a
   4-year-old whose mother is on a methadone script after a cocaine
   relapse, a paragraph per area of her life, each sentence one action;
   the drug and alcohol service reports on the mother's capacity to
   change, with test results as checks.
7. Bramcaster (md): initial conference plan for a 3-week-old baby whose
   mother is a 19-year-old care leaver and whose father drinks at
   weekends, a "Worry / What will happen" table whose second column holds
   everything, the family moving to Bascombe. Faults: the parenting
   assessment handed to Bascombe's team to finish after the move, with a
   real time and a report (X001); the young parents' group "in due course"
   (T002); making up bottles with no time (T001); the benefits claim with
   no check (M001); the dads' group with progress "monitored" (M002); the
   father's drinking recorded but no adult service owning any action
   (F004).

Plans 1, 5 and 6 are exemplary: every action has a named owner, a real
timescale and something that can be seen, counted, read or told, all in
its own cell or sentence; every outcome is about the child; each
contingency has specific triggers and concrete protective responses and
says what happens if a relative's help fails where a relative helps; each
records the child's words or observed day, core group dates and a dated
review conference, and a legal planning meeting after named triggers; an
adult service owns actions where a parent is ill or uses drugs, and any
adult mental health service is asked for its view of the parent's
capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (header rows excepted), each sentence of work in a letter's
or narrative plan's action part, each "It was agreed that ..." item of the
minutes' agreed actions and each bullet under a theme heading of the plan
counts once. Details, who's who lists, agency updates in the minutes,
worries, what is going well, the children's words, a baby's day, outcomes,
the contingency and the meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a premature baby about to come home: an
#    outcome column merged down, No., and a "What will happen" cell of prose
#    holding who, when and how we will know. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_bellknowe_icpc_what_will_happen_prose_cell_hartley.docx",
    "doc_title": "Child Protection Plan - Leo Hartley (Initial Child Protection Conference 08/01/2026)",
    "split": "tune",
    "actions": 13,
    "check_vmerge": 3,
    "template": "icpc-plan-docx-baby-on-neonatal-unit-details-table-leos-day-on-the-unit-worries-working-well-then-three-column-table-outcome-merged-down-no-what-will-happen-prose-cell-who-when-how-we-will-know-then-if-things-start-to-go-wrong-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a baby born at 34 weeks who is about to come home from "
        "the neonatal unit: his mother has severe depression (an overdose in 2022, sertraline stopped "
        "in pregnancy, and since the birth she says she 'can't feel anything' for him), his father works "
        "nights and his grandmother stays over on those nights. After a details table, Leo's day on the "
        "unit as the nurses see it, the worries and what is working well, the plan is a three-column "
        "table: 'What we want for Leo' merged down each group, No., and 'What will happen', a cell of "
        "prose that says who, when ('before Leo goes home', 'within a week of Leo coming home', 'every "
        "Tuesday until he is 12 weeks old') and how we will know (the red book chart, the feed chart, "
        "the signed competency checklist, a call the same day). The perinatal team reports on the "
        "mother's capacity to change and the likely timescale, the GP owns an action, the grandmother's "
        "nights have a fallback, and a legal planning meeting follows named triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bellknowe Council, Children's Services: Bellknowe Early Help and Safeguarding Service"),
        ("table", {
            "rows": [
                ["Child", "Leo Hartley, born 18/12/2025 at 34 weeks and 5 days, Bellknowe General Hospital"],
                ["Where Leo is now", "Bellknowe Neonatal Unit (special care). He is expected to go home around "
                                     "16/01/2026, once he has taken all his feeds by bottle for 48 hours."],
                ["Home", "Flat 3, 22 Bramley Court, Bellknowe BK2 7LS"],
                ["Mum", "Chloe Hartley (24)"],
                ["Dad", "Jordan Pike (27), warehouse operative, Bellknowe Distribution (nights, Sunday to "
                        "Wednesday)"],
                ["Grandmother", "Denise Hartley (52), Chloe's mum, 9 Beech Rise, Bellknowe Vale"],
                ["Conference", "Initial child protection conference, 08/01/2026, chaired by Ruth Kemp. "
                               "Category: neglect."],
                ["Social worker", "Sam Okoye, Bellknowe Early Help and Safeguarding Service (team manager: "
                                  "Mark Ellis)"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Leo's day on the unit"),
        ("p", "Leo cannot tell us what he needs, so this is what the nurses on Bellknowe Neonatal Unit and Sam "
              "have seen of his days since he was born. He wakes about every three hours and takes 45 to 50ml "
              "of milk by bottle, with a nasogastric top-up once a day. He settles quickest lying skin to skin "
              "on Jordan's chest and will sleep there for an hour. When Chloe holds him she often looks away "
              "from his face, and when he cries she hands him back to a nurse after a minute or two; on "
              "06/01/2026 she fed him on her own for the first time and talked to him all the way through. "
              "He is calm at bath time with Denise, who sings to him. He has been visited every day, mostly by "
              "Jordan in the mornings and Chloe and Denise in the afternoons."),
        ("h1", "What we are worried about"),
        ("bullets", [
            "Chloe has had severe depression since she was 19. In 2022 she took an overdose and spent three "
            "weeks on Birchfield Ward, the inpatient mental health ward at Bellknowe General Hospital.",
            "She stopped taking her sertraline early in the pregnancy. Since Leo was born she has been "
            "tearful, has told the midwife she \"can't feel anything for him\", and has said she sometimes "
            "thinks he would be \"better off with someone else\". She has not said she would harm him.",
            "Jordan works nights from Sunday to Wednesday, so Chloe would be on her own with Leo overnight "
            "four nights a week.",
            "Leo was born early and is small (2.1kg at birth, 9th centile); he needs feeding every three "
            "hours, day and night.",
        ]),
        ("h1", "What is working well"),
        ("bullets", [
            "Chloe asked for help herself: she agreed to a referral to the Bellknowe Perinatal Mental "
            "Health Team on 22/12/2025 and restarted her sertraline on 29/12/2025.",
            "Jordan is gentle and confident with Leo and has learned his feeds and nappy changes on the unit.",
            "Denise has offered to stay over on the nights Jordan works, and Jordan's manager will let him "
            "leave a shift early if he is needed at home.",
            "Chloe and Jordan came to the conference together and said they want Leo home \"and safe\".",
        ]),
        ("h1", "Leo's plan"),
        ("p", "Each box in the last column says who will do what, when, and how we will all know it is "
              "happening."),
        ("table", {
            "header": ["What we want for Leo", "No.", "What will happen"],
            "widths": [4.2, 1.2, 11.6],
            "rows": [
                ["Leo is fed, warm and gaining weight, and sleeps safely in his own Moses basket.", "1",
                 "Before Leo goes home, Sister Rachel Boyd (Bellknowe Neonatal Unit) will make sure Chloe and "
                 "Jordan have each given at least three full feeds and one bath on the unit on their own, and "
                 "will send Sam a copy of the signed parent competency checklist on the day Leo is discharged."],
                [V, "2",
                 "Jackie Moore (health visitor) will do a new birth visit within a week of Leo coming home, "
                 "then visit every Tuesday until he is 12 weeks old; she will weigh Leo at every visit, plot "
                 "his weight on the red book chart and e-mail the weight to Sam the same day."],
                [V, "3",
                 "Jackie will go through safe sleep with Chloe, Jordan and Denise on the unit before Leo is "
                 "discharged, and at her first home visit she will see where Leo sleeps and write in the red "
                 "book that he has his own Moses basket in his parents' room."],
                [V, "4",
                 "Jordan will give Leo his 10pm and 2am feeds on the nights he is not at work, from the day Leo "
                 "comes home until he is 12 weeks old, and write each feed on the feed chart on the kitchen "
                 "door, which Jackie will check every Tuesday."],
                [V, "5",
                 "Denise will stay overnight at the flat on the nights Jordan works (Sunday to Wednesday) until "
                 "Leo is 12 weeks old, giving him his 2am feed and writing it on the same feed chart; Sam will "
                 "look at the chart at each of her visits."],
                ["Leo is cared for by a mum who is well enough to notice him, feed him and comfort him, day "
                 "and night.", "6",
                 "Dr Helen Marsh (consultant perinatal psychiatrist, Bellknowe Perinatal Mental Health Team) "
                 "will see Chloe within a week of Leo coming home and write to the core group by 24/02/2026 on "
                 "how Chloe's depression affects her care of Leo, what needs to change, and how long that is "
                 "likely to take."],
                [V, "7",
                 "Carys Webb (perinatal mental health nurse) will visit Chloe at home every Monday until Leo is "
                 "six months old and score her mood on the Edinburgh scale at each visit, ringing Sam the same "
                 "day if the score is 13 or more; her written update to each core group will say whether "
                 "Chloe is making the changes Dr Marsh has set out and how long they are likely to take."],
                [V, "8",
                 "Before Leo is discharged, Carys will write a crisis plan with Chloe, Jordan and Denise that "
                 "says what each of them will do if Chloe feels unsafe, and give a copy to each of them and to "
                 "Sam."],
                [V, "9",
                 "Chloe will take her sertraline every morning so that she is well enough to care for Leo, and "
                 "tick each dose on the chart on the fridge, which Carys will look at every Monday."],
                [V, "10",
                 "Dr Priya Nair (GP, Bellknowe Road Surgery) will review Chloe's sertraline every four weeks "
                 "from 19/01/2026 and send Sam a note after each review saying whether Chloe is taking it and "
                 "how she is managing Leo's night feeds."],
                ["Leo is seen often by people who know him, and his parents get help early, before things go "
                 "wrong.", "11",
                 "Sam Okoye (social worker) will hold a discharge planning meeting on the unit before Leo goes "
                 "home, and send the notes, with the date Leo is going home, to the core group within two "
                 "working days."],
                [V, "12",
                 "Sam will visit Leo at home twice a week for the first four weeks after he comes home, then "
                 "every week until the review conference, seeing Leo awake and with his parents, and will "
                 "write what she sees in her visit record within 48 hours."],
                [V, "13",
                 "Jordan will tell his manager at Bellknowe Distribution about this plan by 16/01/2026, so that "
                 "he can leave a night shift if Chloe or Denise rings him, and show Sam his manager's e-mail "
                 "agreeing to this."],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("bullets", [
            "If Chloe's Edinburgh score is 13 or more, if she says she feels unsafe or has thoughts of harming "
            "herself or Leo, or if she misses two days of sertraline in a row: Carys (or the Bellknowe Perinatal "
            "crisis line out of hours) sees Chloe the same day, and Chloe is not left alone with Leo until Dr "
            "Marsh has seen her; Jordan comes home from work or Denise comes to the flat.",
            "If Denise cannot stay on a night when Jordan is at work, she tells Sam (or the Emergency Duty Team) "
            "that day and Jordan stays at home that night; if Jordan cannot be at home either, Chloe and Leo "
            "sleep at Denise's house in Bellknowe Vale.",
            "If Leo misses a weigh-in, or his weight falls below the 9th centile, Jackie visits within 24 hours "
            "and asks Dr Ben Sutton (consultant paediatrician) to see Leo within the week.",
            "If Leo has an injury no one can explain, or Chloe is admitted to hospital, Sam holds a strategy "
            "discussion with the police the same day, and Leo is cared for at home by Jordan with Denise.",
            "If by the core group on 17/03/2026 Chloe's Edinburgh score is still 13 or more, or the overnight "
            "help has broken down twice, Mark Ellis (team manager) will hold a legal planning meeting within "
            "five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Discharge planning meeting on the unit before Leo goes home (item 11).",
            "Core group every four weeks on Tuesdays at 1.30pm, Bellknowe Family Hub: 20/01/2026, 17/02/2026 "
            "and 17/03/2026.",
            "Review child protection conference: 02/04/2026 at 10am, Bellknowe Civic Centre.",
        ]),
        ("p", "Plan sent to Chloe, Jordan, Denise and every agency at the conference on 09/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A plan letter to the parents after the initial conference, signed by the
#    social worker ("I"), the plan in paragraphs under themed headings, one
#    sentence per action. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_brinkwell_plan_letter_paragraphs_doyle.pdf",
    "doc_title": "Alfie and Ruby's child protection plan - letter to Shannon Doyle and Craig Bennett",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Brinkwell Borough Council Children's Services",
    "footer": "Alfie and Ruby Doyle · Plan letter 19/12/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "plan-letter-to-parents-paged-header-footer-council-address-block-dear-parents-why-there-is-a-plan-what-alfie-and-ruby-told-me-what-we-want-then-what-will-happen-now-themed-subheadings-one-sentence-per-action-i-is-the-signing-social-worker-then-if-things-do-not-get-better-meetings-signature-copies",
    "description": (
        "A plan letter from the social worker to the parents of a 7-year-old boy and a 3-year-old girl "
        "after their initial conference for neglect (late and hungry at school, untreated head lice, a "
        "broken cooker and window, the toddler's speech delay and tooth decay, bedtimes after 11pm). "
        "The letter gives the reasons, what Alfie said and what the social worker saw of Ruby, the "
        "outcomes, then 'What will happen now' in paragraphs under themed subheadings, each sentence "
        "one action with its owner, timing and check in ordinary words ('I' is the social worker who "
        "signs). Faults: the mother's cooking course with no time at all; dental check-ups 'when things "
        "settle down at home'; the stair gate with no check; the family support worker's bedtime "
        "sessions whose only check is that she 'will keep an eye on how the routine is going'; a "
        "passive speech and language referral with no one to make it; a contingency that only says "
        "everyone will meet to talk about what happens next; and nothing on legal planning."
    ),
    "blocks": [
        ("pr", "Brinkwell Borough Council"),
        ("pr", "Children's Services, Brinkwell Locality Team North"),
        ("pr", "Brinkwell Civic Offices, Bridge Street, Brinkwell BW1 2AA"),
        ("pr", "Telephone 01632 960 418"),
        ("p", ""),
        ("pl", "Ms Shannon Doyle and Mr Craig Bennett"),
        ("pl", "7 Bracken Walk"),
        ("pl", "Brinkwell BW4 6TR"),
        ("p", ""),
        ("p", "19 December 2025"),
        ("p", "Dear Shannon and Craig,"),
        ("boldp", "Alfie and Ruby's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Monday 15 December. As "
              "I said on the day, Alfie and Ruby now have child protection plans under the category of neglect. "
              "I promised to write the plan down in plain words, so this letter is the plan. Please keep it "
              "somewhere safe and ring me if anything in it is not clear."),
        ("h2", "Why Alfie and Ruby have a plan"),
        ("p", "Alfie has been late to school 23 times this term and often arrives hungry. He has had head lice "
              "since October. At home the cooker has not worked since the summer, the window in Ruby's room is "
              "broken and taped over, and the stair gate at the top of the stairs has come off. Ruby is three "
              "and says only a few words; the health visitor has seen decay in her front teeth. Both children "
              "often go to bed after 11pm, and on 28 November a neighbour found Ruby outside on the pavement "
              "on her own in her pyjamas."),
        ("h2", "What Alfie and Ruby told me"),
        ("p", "I saw Alfie on his own at school on 10 December. He told me: \"I'm tired in the mornings because "
              "I watch videos on Mum's phone till it's dark-dark.\" He said he would like \"my own bed with a "
              "dinosaur cover\" and that he does not like the house being messy \"because my friends can't "
              "come round\". He said his favourite thing is when his dad takes him to the park."),
        ("p", "Ruby cannot tell me in words yet, so I watched her at home on 11 December. She pointed at the "
              "biscuit tin and said \"more\", played with the blocks for a long time on her own, and came to me "
              "for a cuddle even though she did not know me. When Shannon sat on the floor with her she "
              "laughed and brought her every block in turn."),
        ("h2", "What we want for Alfie and Ruby"),
        ("numbers", [
            "Alfie gets to school on time every day, having had breakfast and enough sleep.",
            "Ruby goes to nursery every morning from January and her talking starts to catch up.",
            "Alfie and Ruby live in a home that is clean, warm and safe, with a working cooker and their own "
            "beds.",
            "Both children's teeth, hair and health are looked after, and neither is left outside on their own.",
        ]),
        ("h2", "What will happen now"),
        ("p", "Below is what each of us agreed at the conference. Where it says \"I\", it means me, Megan."),
        ("boldp", "Mornings and school"),
        ("p", "Craig will walk Alfie to Brinkwell Meadows Primary School every school day so that he is there by "
              "8.45am, and Mrs Anna Lowe, the school's designated safeguarding lead, will send me Alfie's "
              "attendance and late marks every Friday. Mrs Lowe will give Alfie a place at the school's "
              "breakfast club every day from Monday 5 January, and send me the breakfast club register with "
              "his attendance each Friday."),
        ("boldp", "Ruby and nursery"),
        ("p", "Shannon will take Ruby to Bluebell Day Nursery for her first session on Tuesday 6 January and "
              "then every weekday morning, and the nursery manager, Kirsty Hall, will ring me the same day if "
              "Ruby has not arrived by 9.30am. A referral to Brinkwell Children's Speech and Language Therapy "
              "will be made for Ruby before she starts nursery on 6 January, and the letter accepting her will "
              "be copied to you."),
        ("boldp", "Home and bedtimes"),
        ("p", "Mr Dev Patel, the housing officer at Brinkwell Homes, will have the cooker and the broken "
              "window in Ruby's room repaired by 23 January 2026, and I will see the repairs done when I next "
              "visit after that date. Craig will put the stair gate back up at the top of the stairs by Friday "
              "9 January. Jo Harding, the family support worker from Brinkwell Family Hub, will come every "
              "Wednesday at 6pm for the next eight weeks to help you both with the children's bedtimes, and "
              "she will keep an eye on how the routine is going. Shannon will go to the cooking course at "
              "Brinkwell Family Hub, and the course leader, Pat Allen, will send me the attendance sheet."),
        ("boldp", "Health"),
        ("p", "Emma Reid, the school nurse, will check Alfie's hair for head lice at school every Monday until "
              "the February half term, write each check on his school health record and ring you and me the "
              "same day if she finds any. Lucy Grant, the health visitor, will see Ruby at home by 30 January "
              "2026 to weigh and measure her and check her teeth, and send me a copy of her growth chart. Craig "
              "will book Alfie and Ruby a check-up at Brinkwell Dental Practice when things settle down at "
              "home, and show me the appointment card."),
        ("boldp", "My visits"),
        ("p", "I will visit you at home every week until the review conference, seeing Alfie and Ruby each "
              "time and Alfie on his own at least every other visit, and I will write down what they tell me "
              "and what I see in my visit notes within two working days."),
        ("h2", "If things do not get better"),
        ("p", "If things do not get better for Alfie and Ruby, we will all meet again to talk about what needs "
              "to happen next."),
        ("h2", "Meetings"),
        ("p", "The first core group meeting will be at Brinkwell Meadows Primary School on Tuesday 6 January "
              "2026 at 3.30pm, and then every four weeks, on Tuesday 3 February and Tuesday 3 March 2026, at the "
              "same time and place. The review child protection conference will be on Thursday 12 March 2026 "
              "at 10am at Brinkwell Civic Offices. You are both invited to every meeting."),
        ("p", "If you want to talk about anything in this letter, please ring me on 01632 960 418. If you are "
              "unhappy with the plan you can also speak to my manager, Gareth Owen."),
        ("p", "Yours sincerely,"),
        ("pl", "Megan Price"),
        ("pl", "Social Worker, Brinkwell Locality Team North"),
        ("p", ""),
        ("p", "Copies to: Mrs Anna Lowe (Brinkwell Meadows Primary School); Kirsty Hall (Bluebell Day Nursery); "
              "Lucy Grant (health visitor); Emma Reid (school nurse); Jo Harding (Brinkwell Family Hub); Dev "
              "Patel (Brinkwell Homes); Gareth Owen (team manager); the conference chair."),
    ],
    "findings": [
        F("T001", "Shannon will go to the cooking course at Brinkwell Family Hub"),
        F("T002", "book Alfie and Ruby a check-up at Brinkwell Dental Practice"),
        F("M001", "Craig will put the stair gate back up"),
        F("M002", "she will keep an eye on how the routine is going"),
        F("W001", "A referral to Brinkwell Children's Speech and Language Therapy"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Minutes of a second core group, the agreed actions written "It was
#    agreed that ..." under the minute item. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_bourneleigh_core_group_minutes_it_was_agreed_walsh.md",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-md-meeting-details-present-apologies-numbered-minute-items-actions-from-last-time-agency-updates-childrens-views-working-well-worries-outcomes-restated-then-agreed-actions-it-was-agreed-that-numbered-items-then-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 9-year-old boy and a 5-year-old girl on plans for "
        "neglect: their mother drinks during the day and twice was not fit to collect them from "
        "school; their father works as a delivery driver. Numbered minute items go through last "
        "time's actions, each agency's update, what the children said, what is working well and the "
        "worries, and restate the conference outcomes; item 7 holds the agreed actions, each a "
        "numbered paragraph beginning 'It was agreed that ...' with its owner, timing and check in "
        "ordinary words. The recovery service reports on the mother's progress and how long change "
        "will take. Faults: the recovery worker's one-to-one sessions 'as needed'; a family group "
        "conference 'in due course'; the DSL's Monday meetings with Kayden 'to monitor progress'; "
        "the children's dental registration with no check; the eye test with no time; and the "
        "review conference 'date to be confirmed'."
    ),
    "text": """\
# Bourneleigh Council - Children's Services

## Core Group Meeting 2: Kayden and Maisie Walsh

| | |
|---|---|
| **Date and time** | Tuesday 10 February 2026, 3.45pm to 5.05pm |
| **Venue** | Bourneleigh Park Primary School, meeting room 2 |
| **Children** | Kayden Walsh (9), Year 5; Maisie Walsh (5), Reception; both at Bourneleigh Park Primary School |
| **Address** | 31 Barley Close, Bourneleigh BL6 3FW |
| **Plan** | Child protection plans (neglect) made at the initial conference on 13 January 2026 |
| **Minutes taken by** | Jo Platt, business support |

**Present:** Hannah Greer (social worker, Bourneleigh Children's Services, chairing); Leanne Walsh
(Mum); Darren Walsh (Dad); Mr Imran Khan (designated safeguarding lead, Bourneleigh Park Primary
School); Tracey Dunn (recovery worker, Bourneleigh Recovery Service); Gail Fisher (school nurse,
Bourneleigh School Nursing Team); Kelly Marsh (family support worker, Bourneleigh Family Centre).

**Apologies:** Dr Sana Omar (GP, Bourneleigh Health Centre), who sent a written update.

### 1. Introductions and purpose

Hannah welcomed everyone and reminded the group that the core group's job is to put the child
protection plan into action and check whether it is making a difference for Kayden and Maisie.
Everyone had a copy of the plan from the conference.

### 2. Last time's actions

- The school nurse's health check for Maisie was done on 29 January 2026 (see item 3).
- Leanne's first appointment with Bourneleigh Recovery Service took place on 21 January 2026.
- The new washing machine was delivered on 2 February 2026 through the Bourneleigh Household
  Support Fund. This action is closed.
- The dentist registration was not done; it is carried into today's actions.

### 3. Updates from each agency

**School (Mr Khan).** Kayden's attendance since the conference is 96% and Maisie's 100%. Both
children were collected on time every day except 30 January, when Leanne arrived at 4.10pm and
staff thought she smelled of alcohol; Darren came from work. Kayden has been quiet in class and
told his teacher he was "tired of Mum being poorly".

**Recovery service (Tracey).** Leanne has come to three of four sessions since 21 January. Her
breath tests at the sessions were 0.00 on 28 January and 4 February, and 0.12 on 21 January. She
has cut down from about two bottles of wine a day to "one, maybe less". Tracey has asked the GP for
a liver function blood test.

**School nurse (Gail).** Maisie's weight was on the 2nd centile and her height on the 9th at the
check on 29 January. Maisie told Gail she has "cereal for tea sometimes".

**Family centre (Kelly).** Kelly has visited three times. The children's tea was ready at two of
the visits. Leanne and Darren have started a routine chart on the fridge.

**GP (written update).** Dr Omar saw Leanne on 3 February and will do the blood test requested by
Tracey.

**Leanne and Darren.** Leanne said she knows the children "have seen too much" and wants to stop
drinking completely. Darren said he is worried about leaving for work at 7am.

### 4. What Kayden and Maisie have said

Hannah saw both children on their own at home on 5 February. Kayden said: "When Mum's been
drinking she goes to sleep on the settee and I make Maisie's tea. I can do toast and noodles." He
said things were "a bit better" since the conference, and scored home 5 out of 10. He wants "Mum to
stop for good" and to go to Cubs again. Maisie drew her family holding hands and said the best bit
of the day is "when Daddy does stories". She said she gets scared "when Mum is asleep and won't
wake up".

### 5. What is working well, and what we are still worried about

Working well: both children are in school every day; Leanne is going to the recovery service and
two breath tests were clear; the routine chart is up; Darren has changed his hours so he finishes
at 4pm.

Still worried: Leanne was not fit to collect the children on 30 January; Maisie's weight is low;
Kayden is making meals and looking after his sister.

### 6. The outcomes from the conference plan

1. Kayden and Maisie are cared for every day by a parent who is sober and able to look after them.
2. Maisie's weight rises towards her height centile and both children have a proper tea each
   evening.
3. Kayden does not have to look after his sister or his mum, and has time for Cubs and his friends.
4. The children are collected from school on time every day by a sober adult.

### 7. Agreed actions

7.1 It was agreed that Tracey Dunn will see Leanne as needed for one-to-one alcohol work, and will
send Hannah a note after each session with Leanne's breath test reading.

7.2 It was agreed that Tracey will write to the core group by 6 March 2026 on whether Leanne is
cutting down as planned, how her drinking affects her care of Kayden and Maisie, what still needs
to change and how long that is likely to take, with the result of the liver function test.

7.3 It was agreed that Leanne will go to the Bourneleigh Recovery Service "Steps" group every
Thursday at 10am from 12 February, so that she is sober when she collects Maisie and Kayden, and
Tracey will send the signed attendance register to Hannah each Friday.

7.4 It was agreed that Mr Khan will meet Kayden every Monday morning during term to monitor
progress.

7.5 It was agreed that Mr Khan will ring Darren at work, and then Hannah, if Kayden or Maisie has
not been collected by 3.30pm, and log each late collection on CPOMS, sending the log to Hannah
every Friday.

7.6 It was agreed that Darren will take Kayden for an eye test at Bournbrook Opticians and bring
the prescription to show Hannah.

7.7 It was agreed that Leanne will register Maisie and Kayden with Bourneleigh Dental Practice by
the next core group on 10 March.

7.8 It was agreed that Kelly Marsh will visit every Tuesday and Thursday after school for the next
six weeks to work with Leanne and Darren on tea time and bedtime, and Kelly will bring the routine
chart, showing each evening's tea and bedtime, to every core group.

7.9 It was agreed that Darren will do bedtime for both children every night from 10 February and
write the time each child went to sleep on the routine chart.

7.10 It was agreed that Gail Fisher will weigh and measure Maisie in school again by February half
term, and send the results to Hannah and Dr Omar the same week.

7.11 It was agreed that Hannah will visit twice a week until the review conference, at least once
a week unannounced after 3.30pm, seeing Kayden and Maisie on their own, and will write what they
say and whether Leanne has been drinking in her visit notes within two working days.

7.12 It was agreed that Hannah will arrange a family group conference in due course, and will send
the family plan from it to everyone in the core group.

### 8. If things go wrong (from the conference plan, checked today)

- If Leanne is found to have been drinking while she is on her own with the children, or the
  children are not collected from school by 3.30pm and Darren cannot be reached, Mr Khan rings
  Hannah (or the Emergency Duty Team), who visits that day. Darren comes home from work and Leanne
  does not care for the children until she has had a clear breath test with Tracey. If Darren
  cannot be at home, Hannah arranges for Kayden and Maisie to stay with emergency foster carers that
  night.
- If Maisie's weight falls below the 2nd centile, Gail refers her to Dr Omar within a week.
- If Leanne is found drunk while caring for the children twice before the review conference, or
  misses three Steps sessions in a row, Hannah's manager, Paul Rigby, will hold a legal planning
  meeting within five working days.

### 9. Next meetings

- Next core group: Tuesday 10 March 2026, 3.45pm, Bourneleigh Park Primary School.
- Review child protection conference: date to be confirmed by the Bourneleigh conference and review
  service.

Minutes sent to everyone present, Dr Omar and the conference chair on 12 February 2026.
""",
    "findings": [
        F("T002", "Tracey Dunn will see Leanne as needed for one-to-one alcohol work"),
        F("T002", "Hannah will arrange a family group conference in due course"),
        F("M002", "Mr Khan will meet Kayden every Monday morning during term"),
        F("M001", "Leanne will register Maisie and Kayden with Bourneleigh Dental Practice"),
        F("T001", "Darren will take Kayden for an eye test at Bournbrook Opticians"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A plain-text plan for a 12-year-old young carer: bullets under theme
#    headings in capitals. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_bedwarden_theme_heading_bullets_young_carer_morgan.txt",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-plain-text-caps-headings-details-lines-tylers-views-why-there-is-a-plan-going-well-what-we-want-to-achieve-then-the-plan-as-dash-bullets-under-caps-theme-headings-home-and-food-young-carer-school-mums-health-tylers-feelings-then-if-things-go-wrong-meetings",
    "description": (
        "A plain-text review conference plan for a 12-year-old boy who is caring for his mother, who "
        "has depression and spends most days in bed; his aunt gives him his tea four evenings a week "
        "and takes him to football. After details, Tyler's views, the reasons, what is going well and "
        "what we want to achieve, the plan is dash bullets under theme headings in capitals (HOME AND "
        "FOOD, BEING A YOUNG CARER, SCHOOL, MUM'S HEALTH, HOW TYLER IS FEELING), each bullet giving "
        "its owner, timing and check in ordinary words. Faults: the community psychiatric nurse's "
        "fortnightly visits that only support the mother with her mood and medication; a young carers' "
        "referral the social worker will make 'soon'; the head of year's Friday catch-ups whose only "
        "check is to 'monitor how he is getting on'; football on Saturdays with the aunt with no "
        "check; an outcome about the mother only; and a contingency that never says what happens if "
        "the aunt cannot help."
    ),
    "text": """\
BEDWARDEN BOROUGH COUNCIL - CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN (REVIEW CHILD PROTECTION CONFERENCE)
=========================================================

Child:              Tyler Morgan, born 02/06/2013 (12)
School:             Bedwarden Academy, Year 7
Address:            44 Bellhouse Road, Bedwarden BD3 5QN
Lives with:         Kerry Morgan (Mum, 38)
Aunt:               Lisa Morgan (Kerry's sister), 6 Bellhouse Road, Bedwarden
Dad:                Not in contact (lives abroad)
Conference:         Review child protection conference, 20/01/2026
Chair:              Philip Dane, Independent Reviewing Officer
Category:           Neglect
Social worker:      Karen Birch, Bedwarden Children and Families Service
Team manager:       Andrea Wills


TYLER'S VIEWS
-------------
Karen saw Tyler on his own at school on 14/01/2026. He said:
"I don't mind doing the shopping, someone's got to."
"Mum's not lazy, she's ill. People think she's lazy."
"I like Auntie Lisa's because she does proper dinners."
"I'd like to go to football every week and not have to rush back to check on Mum."
He scored how things are at home at 6 out of 10 (it was 3 at the first conference). He does not
want to go into care, and he does not want his friends at school to know about his mum.


WHY THERE IS A PLAN
-------------------
Kerry has had depression since 2024 and is under the Bedwarden Community Mental Health Team. She
has been off work since September 2025 and on bad days does not get out of bed. At the initial
conference on 21/10/2025 Tyler was doing the shopping and cooking, was late to school most days,
and there was often no food in the house. Things are better but not yet safe: Tyler's attendance
this term is 88%, and on 08/01/2026 he told his form tutor he had not eaten since lunch the day
before.


WHAT IS GOING WELL
------------------
- Lisa gives Tyler his tea four evenings a week, and he says he likes going there.
- Kerry has been seeing her CPN and has gone back to her GP.
- Tyler's attendance has gone up from 79% to 88%.
- Tyler has joined Bedwarden Rovers under-13s and has been to four training sessions.


WHAT WE WANT TO ACHIEVE
-----------------------
1. Tyler has a hot meal every day and there is always food in the house.
2. Tyler is in school every day and is never late because he has been looking after his mum.
3. Tyler has time to be 12: football, friends, and someone to talk to about how he feels.
4. Kerry feels more able to cope and her mood is more settled.


THE PLAN
--------

HOME AND FOOD
- Lisa Morgan will give Tyler his tea at her house every Monday to Thursday after school until the
  review conference, and text Karen each evening when he has eaten and gone home.
- Lisa will take Tyler to Bedwarden Rovers football training every Saturday morning.
- Karen Birch (social worker) will help Kerry put together an online food order every Sunday for
  the next six weeks, so that there is food in for Tyler, and will check the order confirmation on
  Kerry's phone at her Monday visit.

BEING A YOUNG CARER
- Karen will soon refer Tyler to Bedwarden Young Carers, and put a copy of the referral form on his
  file.

SCHOOL
- Mrs Nadia Ahmed (Head of Year 7, Bedwarden Academy) will meet Tyler every Friday during term for a
  catch-up about school and home, and will monitor how he is getting on.
- Mr Gareth Hughes (attendance officer, Bedwarden Academy) will ring Kerry, and then Karen, by
  9.30am on any day Tyler is not in school, and send Karen Tyler's attendance every Friday; we are
  looking for attendance above 95% by the Easter holidays.

MUM'S HEALTH
- Sue Benton (community psychiatric nurse, Bedwarden Community Mental Health Team) will visit Kerry
  every fortnight to support her with her mood and her medication, and will ring Karen the same
  day if Kerry misses a visit.
- Kerry will see Dr Tom Lewis at Bedwarden Health Centre every four weeks for a medication review,
  and Dr Lewis will send Karen a short letter after each review saying whether Kerry is well enough
  to look after Tyler.

HOW TYLER IS FEELING
- Karen will see Tyler on his own every two weeks until the review conference, at school or at
  home, and write what he says about home and caring for his mum, in his own words, in her visit
  record.
- Ms Leah Jones (school counsellor, Bedwarden Academy) will see Tyler for six weekly sessions from
  Wednesday 28/01/2026, and share his worry scale score from the first and last sessions with
  Karen.


IF THINGS GO WRONG
------------------
- If Kerry tells anyone she is thinking of harming herself, or Tyler finds her unable to get up
  and look after him for two days in a row, Tyler or the school rings Karen (or the Emergency
  Duty Team out of hours). Karen asks the Bedwarden CMHT crisis team to see Kerry that day, and if
  Kerry cannot care for Tyler that night, Karen or the Emergency Duty Team arranges emergency
  foster carers for him.
- If Tyler misses two school days in a row, or is found to have had no food at home, Karen visits
  the same day.
- If Tyler's attendance is below 90% at the core group on 31/03/2026, or Kerry stops her treatment
  with the CMHT, Andrea Wills (team manager) will hold a legal planning meeting within ten working
  days.


MEETINGS
--------
Core group:          Every four weeks, Tuesdays at 3.30pm, Bedwarden Academy: 03/02/2026,
                     03/03/2026, 31/03/2026, 28/04/2026, 26/05/2026 and 23/06/2026
Review conference:   Tuesday 14/07/2026, 10am, Bedwarden Town Hall

Plan agreed at the review conference on 20/01/2026 and sent to Kerry, Tyler (his own copy), Lisa
and every agency on 22/01/2026.
""",
    "findings": [
        F("H001", "visit Kerry every fortnight to support her with her mood"),
        F("T002", "Karen will soon refer Tyler to Bedwarden Young Carers"),
        F("M002", "will meet Tyler every Friday during term for a catch-up"),
        F("M001", "Lisa will take Tyler to Bedwarden Rovers football training"),
        F("F002", "Kerry feels more able to cope and her mood is more settled."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan after domestic abuse: a table with one "Action"
#    column under theme banner rows, each numbered cell saying who, when and
#    how we will know. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_bexhollow_rcpc_single_action_column_lawson.docx",
    "doc_title": "Child Protection Plan - Poppy and Ollie Lawson (Review Child Protection Conference 13/01/2026)",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-docx-details-kv-what-has-happened-since-last-conference-poppys-three-houses-ollies-day-worries-strengths-outcomes-numbered-then-two-column-table-no-and-single-action-column-prose-who-when-how-we-will-know-under-theme-banner-rows-then-contingency-bullets-meetings",
    "description": (
        "Exemplary first review conference plan for a 6-year-old girl and her 18-month-old brother "
        "after their father strangled their mother in front of the girl; he is on bail awaiting trial "
        "with conditions not to contact her or come to the home, sees the children at a contact centre "
        "and is on a domestic abuse perpetrator programme; their grandmother collects the girl from "
        "school twice a week. After details, what has happened since the last conference, Poppy's "
        "Three Houses, Ollie's day as his nursery and mother see it, worries, strengths and outcomes, "
        "the plan is a table with a No. column and one 'Action' column under theme banner rows; each "
        "cell says in prose who will do what, when ('every morning during term', 'by February half "
        "term', 'before the Easter holidays', 'until the trial on 20/04/2026') and how we will know "
        "(the feelings chart, ASQ-3 scores, contact records, the collection book). The grandmother's "
        "help has a fallback, the contingency is specific, and a legal planning meeting follows named "
        "triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Review"),
        ("p", "Bexhollow Council, Children and Young People's Services"),
        ("kv", [
            ("Children", "Poppy Lawson, born 04/08/2019 (6), Year 2, Bexhollow Green Primary School; Ollie "
                         "Lawson, born 11/07/2024 (18 months), Bumblebees Nursery"),
            ("Home", "12 Blackthorn Way, Bexhollow BX5 8RD, with their mum"),
            ("Mum", "Gemma Lawson (29), part-time receptionist"),
            ("Dad", "Ryan Carter (31), living at 3 Brook Terrace, Bexhollow, on bail"),
            ("Grandmother", "Pauline Lawson (58), Gemma's mum, Bexhollow"),
            ("Conferences", "Initial conference 15/10/2025; first review conference 13/01/2026, chaired by "
                            "Anne Rowe"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Laura Bennett, Bexhollow Family Safeguarding Team (team manager: Claire "
                              "Heaton)"),
        ]),
        ("h1", "What has happened since the last conference"),
        ("p", "On 02/10/2025 Ryan strangled Gemma in the kitchen while Poppy watched from the doorway. He was "
              "arrested and charged with non-fatal strangulation and is on bail with conditions not to contact "
              "Gemma, directly or indirectly, and not to go to Blackthorn Way or Bexhollow Green Primary School. "
              "His trial is listed at Bexhollow Crown Court on 20/04/2026. Since the last conference Gemma has "
              "kept to her safety plan, has not let Ryan back, and has worked every fortnight with the IDVA. "
              "Ryan started the Bexhollow Safer Relationships programme on 12/11/2025 and has been to every "
              "session. He sees the children at the Bexhollow Family Contact Centre on Saturday mornings, and "
              "the records show the contact has gone well. Poppy still wets the bed most nights and cries "
              "when Gemma leaves her at school."),
        ("h1", "Poppy's Three Houses (with Laura, 07/01/2026)"),
        ("table", {
            "header": ["House of worries", "House of good things", "House of dreams"],
            "widths": [5.6, 5.7, 5.7],
            "rows": [
                ["\"Daddy squeezing Mummy's neck and Mummy couldn't talk.\" \"When Mummy cries in the "
                 "bathroom.\" \"If Daddy comes to our house when we're asleep.\"",
                 "\"Nanny's house on Tuesdays because she does fish fingers.\" \"Miss Khan.\" \"Seeing Daddy "
                 "at the place with the big Lego.\"",
                 "\"Everybody being happy and nobody shouting ever.\" \"A dog called Biscuit.\" \"Daddy saying "
                 "sorry to Mummy.\""],
            ],
        }),
        ("h1", "Ollie's day"),
        ("p", "Ollie cannot tell us yet, so this is what Gemma and the staff at Bumblebees Nursery see. He wakes "
              "at about 6.30am and has breakfast in his high chair while Poppy gets ready. He goes to Bumblebees "
              "on Monday, Wednesday and Friday, where he settles within a few minutes and likes the sand tray "
              "and the slide. He is walking well and has about ten words, including \"Poppy\" and \"Nanny\". "
              "Staff noticed that he startles and goes quiet when an adult raises their voice. At contact he "
              "goes to Ryan straight away and brings him books."),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "Ryan's trial is not until April. Gemma says he has sent messages through a friend asking her to "
            "drop the charge; she reported them to the police on 05/01/2026.",
            "Poppy is still frightened at night and anxious at school drop-off.",
            "Gemma has said she still loves Ryan and that the children miss him.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Gemma has kept to every part of the plan and reported the messages herself.",
            "Ryan has been to every Safer Relationships session and every contact.",
            "Poppy is in school every day; Ollie is settled at nursery.",
            "Pauline collects Poppy on Tuesdays and Thursdays and gives the children their tea.",
        ]),
        ("h1", "What we want for Poppy and Ollie"),
        ("numbers", [
            "Poppy and Ollie live free from domestic abuse and never see or hear violence at home again.",
            "Poppy feels safe at home and at school, sleeps through the night more often, and can name the "
            "adults she can tell when she is worried.",
            "Ollie's development stays on track and he is seen by someone outside the family every week.",
            "Poppy and Ollie see their dad in a way that never puts them or their mum at risk.",
        ]),
        ("h1", "The plan"),
        ("p", "Each box in the Action column says who will do it, when, and how we will know it is happening."),
        ("table", {
            "header": ["No.", "Action"],
            "widths": [1.3, 15.7],
            "rows": [
                ["Keeping Poppy, Ollie and Gemma safe", H],
                ["1",
                 "Gemma will keep the police Home Safe alarm on her phone charged and switched on until Ryan's "
                 "trial, and ring 999 if Ryan comes to the house; PC Joanne Ashby (Bexhollow Police Domestic "
                 "Abuse Unit) will test the alarm with Gemma on the first Monday of each month and record each "
                 "test on the police file."],
                ["2",
                 "PC Ashby will tell Gemma and Laura the same day of any change to Ryan's bail conditions or "
                 "trial date, and e-mail Laura a copy of the new bail conditions within one working day."],
                ["3",
                 "Shireen Malik (IDVA, Bexhollow Domestic Abuse Service) will see Gemma every fortnight until "
                 "the trial to update the safety plan for Gemma, Poppy and Ollie, and send Laura a copy of each "
                 "updated plan within a week of the session."],
                ["Poppy at school", H],
                ["4",
                 "Mrs Helen Price (DSL, Bexhollow Green Primary School) will make sure Poppy has ten minutes "
                 "with her key adult, Miss Khan, every morning during term, and that Miss Khan marks how Poppy "
                 "says she is feeling on her feelings chart, which Mrs Price will send to Laura every Friday "
                 "during term."],
                ["5",
                 "Miss Khan will do six \"Safe Hands\" sessions with Poppy about feelings and safe adults by "
                 "February half term, and give Laura Poppy's finished safe hands drawing and her words from the "
                 "last session."],
                ["6",
                 "Mrs Price will put a collection list (Gemma, Pauline and anyone Gemma names in writing) at the "
                 "school office by 16/01/2026, and Laura will see the list on her next school visit."],
                ["Ollie", H],
                ["7",
                 "Sarah Quinn (health visitor) will see Ollie at home for his development review by 27/02/2026, "
                 "using the ASQ-3, and send Laura the scores within a week of the review."],
                ["8",
                 "Tina Fox (manager, Bumblebees Nursery) will send Laura Ollie's attendance every Friday, and "
                 "ring her the same day if Ollie is absent without a reason or arrives with a mark or bruise."],
                ["Ryan's part", H],
                ["9",
                 "Ryan will go to every session of the Bexhollow Safer Relationships programme on Wednesday "
                 "evenings until it ends on 29/04/2026, and the facilitator, Mark Doyle, will send Laura an "
                 "attendance and progress report every four weeks."],
                ["10",
                 "Ryan will see Poppy and Ollie every Saturday from 10am to 12 noon at the Bexhollow Family "
                 "Contact Centre, supervised in the room by centre staff, who will write a contact record and "
                 "send it to Laura by the following Monday."],
                ["Family help", H],
                ["11",
                 "Pauline will collect Poppy from school every Tuesday and Thursday at 3.15pm during term and "
                 "give both children their tea until Gemma finishes work at 6pm; the school office will write "
                 "Pauline's name in the collection book each time, and Laura will read the book at her school "
                 "visits."],
                ["Laura's part", H],
                ["12",
                 "Laura will visit the children at home every two weeks until the review conference, seeing "
                 "Poppy on her own each time, and write what Poppy says, in her own words, in the visit record "
                 "within two working days."],
                ["13",
                 "Laura will do a second Three Houses with Poppy before the Easter holidays and share it with "
                 "the core group at the first meeting after the holidays."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ryan comes to the house or the school, contacts Gemma or the children outside the contact "
            "centre, or breaks his bail in any other way: Gemma or the school rings 999, the police arrest him "
            "for breach of bail, and Laura (or the Emergency Duty Team) holds a strategy discussion the same "
            "day. Contact is suspended until that discussion decides otherwise.",
            "If Gemma lets Ryan back into the home or agrees to see him, Laura holds a strategy discussion the "
            "same day; Poppy and Ollie stay with Pauline that night, or, if Pauline cannot have them, with "
            "emergency foster carers arranged by Laura or the Emergency Duty Team.",
            "If Pauline cannot collect Poppy on a Tuesday or Thursday (illness, holiday), she rings Gemma and "
            "the school by 12 noon and Poppy stays at Bexhollow Green Kids' Club until 6pm, where a back-up "
            "place is booked and paid for by Children's Services until the review conference; Gemma tells Laura "
            "the same day. If Pauline can no longer help at all, Laura arranges the Kids' Club place on both "
            "days within a week.",
            "If Ryan misses two Safer Relationships sessions, contact goes back to one hour a fortnight, "
            "supervised in the room, from the next Saturday.",
            "If Gemma lets Ryan back into the home, or there is any further incident of abuse before the review "
            "conference, Claire Heaton (team manager) will hold a legal planning meeting within five working "
            "days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks on Wednesdays at 3.30pm, Bexhollow Green Primary School: 28/01/2026, "
            "25/02/2026, 25/03/2026, 22/04/2026, 20/05/2026 and 17/06/2026.",
            "Second review child protection conference: 07/07/2026 at 10am, Bexhollow Council Offices.",
        ]),
        ("p", "Plan sent to Gemma, Ryan (without Gemma's address details), Pauline and every agency on "
              "15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Narrative plan for a 4-year-old whose mother is on a methadone script
#    after a cocaine relapse: a paragraph per area of her life, each sentence
#    one action. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_bishopsmere_narrative_paragraph_per_area_turner.pdf",
    "doc_title": "Child Protection Plan - Ellie-May Turner (Initial Child Protection Conference 15/01/2026)",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Bishopsmere City Council Children's Services",
    "footer": "Ellie-May Turner · Child protection plan, ICPC 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-narrative-paged-header-footer-details-paragraph-about-ellie-may-why-there-is-a-plan-what-ellie-may-has-told-us-what-her-parents-say-what-we-want-then-what-will-happen-a-paragraph-per-area-under-subheadings-each-sentence-one-action-then-if-things-go-wrong-paragraphs-meetings",
    "description": (
        "Exemplary initial conference plan, written as narrative, for a 4-year-old girl who was found "
        "alone in her mother's flat at night in November; her mother has been on a methadone script "
        "since 2022 and relapsed on cocaine, and her father, who lives apart, has her every weekend. "
        "After paragraphs about Ellie-May, the reasons, her own words and her parents' views, and the "
        "outcomes, 'What will happen' is a paragraph per area of her life (safe at home, her mum's "
        "recovery, nursery and health, time with her dad, hearing from Ellie-May), each sentence one "
        "action with its owner, timing ('twice a week until the review conference', 'from Monday 19 "
        "January', 'for the next twelve weeks', 'each time Liam has Ellie-May', 'on the day after each "
        "weekend with Liam') and check (drug screen and hair strand results, the nursery register, "
        "texts, visit records in her own words). The drug and alcohol service reports on the mother's "
        "capacity to change; the contingency has specific triggers, a fallback if the father cannot "
        "have her, and a legal planning meeting; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bishopsmere City Council, Children's Services: Bishopsmere South Safeguarding Team"),
        ("p", "This plan is for Ellie-May Turner, born 03/03/2021 (4), who lives with her mum, Natalie Turner "
              "(30), at Flat 9, Birch House, Bankside Estate, Bishopsmere BM4 1TZ. Her dad, Liam Shaw (32), lives "
              "at 17 Barrow Street, Bishopsmere. Ellie-May goes to Brambles Nursery every morning and starts "
              "school in September 2026. The plan was made at the initial child protection conference on "
              "15/01/2026, chaired by David Osei, under the category of neglect. Her social worker is Claire "
              "Hughes (team manager: Jo Pryce)."),
        ("h1", "Why Ellie-May has a plan"),
        ("p", "On 22/11/2025 neighbours heard Ellie-May crying for more than an hour and called the police, "
              "who found her alone in the flat at 1am. Natalie came back at 1.30am; she said she had gone to a "
              "friend's and admitted she had used cocaine. Natalie used heroin for several years and has been "
              "on a methadone script with the Bishopsmere Drug and Alcohol Service since 2022, with no positive "
              "test for heroin since 2023. She says the cocaine was \"a one-off after a bad week\", but a "
              "drug screen on 02/12/2025 was also positive for cocaine. Ellie-May has missed a third of her "
              "nursery sessions this term, and has two decayed teeth."),
        ("h1", "What Ellie-May has told us"),
        ("p", "Claire saw Ellie-May at nursery on 09/01/2026 with her key person, Amy Sharp. Ellie-May drew her "
              "mum asleep on the sofa \"with the telly on\" and said: \"Mummy sleeps a lot.\" About the night in "
              "November she said: \"I was on my own and it was dark and I shouted.\" She said the best thing is "
              "\"Daddy's, we have pancakes and go to the ducks\", and that she wants \"Mummy to wake up and "
              "play\". When Claire asked who she would tell if she was scared, she said \"Amy\" and "
              "\"Daddy\"."),
        ("h1", "What Natalie and Liam say"),
        ("p", "Natalie said: \"I know what I did. I'd never forgive myself if something happened to her. I've "
              "been clean off heroin for two years and I can do it with this.\" Liam said he will have "
              "Ellie-May whenever he is needed and wants her to stay with Natalie if Natalie can stay clean."),
        ("h1", "What we want for Ellie-May"),
        ("numbers", [
            "Ellie-May is never left alone, and is always cared for by an adult who is not under the "
            "influence of drugs or alcohol.",
            "Ellie-May goes to nursery every morning and is ready to start school in September 2026.",
            "Ellie-May's teeth are treated and her health checks are up to date.",
            "Ellie-May keeps her weekends with her dad and feels safe at both homes.",
        ]),
        ("h1", "What will happen"),
        ("h2", "Keeping Ellie-May safe at home"),
        ("p", "Natalie will sign a written safety agreement with Claire by 20/01/2026, saying she will never "
              "leave Ellie-May alone and will not use drugs or drink while caring for her, and Claire will put "
              "the signed copy on Ellie-May's file. Claire will visit Ellie-May at home twice a week until the "
              "review conference, at least once a week after 7pm without warning, and will write in her visit "
              "record within two working days who was at home, what Ellie-May said and whether Natalie seemed "
              "under the influence."),
        ("h2", "Natalie's recovery"),
        ("p", "Dan Foley (recovery worker, Bishopsmere Drug and Alcohol Service) will see Natalie every Tuesday "
              "from 20/01/2026 until the review conference and take a urine drug screen at each appointment, "
              "sending Claire the result by the Friday of the same week. Dr Asha Mehta (addictions doctor, "
              "Bishopsmere Drug and Alcohol Service) will review Natalie's methadone script by 13/02/2026 and "
              "write to the core group by 24/02/2026 on how Natalie's drug use affects her care of Ellie-May, "
              "what needs to change and how long that is likely to take. Claire will arrange a three-month hair "
              "strand test for Natalie with Brightwater Testing by 30/01/2026, and share the result with "
              "Natalie and the core group within a week of receiving it. Natalie will go to the Bishopsmere "
              "Recovery Café mutual aid group every Thursday at 11am for the next twelve weeks, so that she has "
              "support to stay off cocaine while she cares for Ellie-May, and the co-ordinator, Rose Baines, "
              "will sign her attendance card, which Natalie will show Dan each Tuesday."),
        ("h2", "Nursery and health"),
        ("p", "Natalie will take Ellie-May to Brambles Nursery by 9am every weekday from Monday 19 January, and "
              "Amy Sharp will ring Claire by 10am on any day Ellie-May has not arrived and send Claire the "
              "nursery register every Friday. Jenny Ward (health visitor) will see Ellie-May at nursery by "
              "06/02/2026 for her height, weight and teeth check, and send the results to Claire and the GP "
              "within a week. Natalie will take Ellie-May to Bishopsmere Dental Practice for the treatment "
              "booked on 24/02/2026, and show Claire the dentist's treatment note at her next visit."),
        ("h2", "Time with her dad"),
        ("p", "Each time Liam has Ellie-May for the weekend, from Saturday at 10am to Sunday at 4pm, he will "
              "text Claire when he collects her and when he takes her home, and ring Claire the same day if "
              "Natalie seems under the influence at the handover. On the day after each weekend with Liam, Amy "
              "Sharp will write in Ellie-May's nursery diary how she settles and what she says about the "
              "weekend, and send the diary page to Claire each Friday."),
        ("h2", "Hearing from Ellie-May"),
        ("p", "Claire will spend time with Ellie-May on her own at nursery every two weeks until the review "
              "conference, using a talking mat with pictures of home, nursery and her dad's flat, and will write "
              "what Ellie-May says about each place, in her own words, in the visit record."),
        ("h1", "If things go wrong"),
        ("p", "If Ellie-May is found alone, or Natalie is found under the influence of drugs or alcohol while "
              "she is caring for her, whoever finds this rings 999 and then Claire (or the Emergency Duty Team "
              "out of hours). Ellie-May goes to Liam's that night, and Claire holds a strategy discussion with "
              "the police the same day. If Liam cannot have her, Claire or the Emergency Duty Team places "
              "Ellie-May with emergency foster carers that night."),
        ("p", "If a drug screen or the hair strand test shows cocaine or heroin, or Natalie misses two "
              "appointments with Dan in a row, Claire visits the same day, and Ellie-May stays with Liam until "
              "a strategy discussion, held within 24 hours, decides where she will live."),
        ("p", "If any drug screen shows cocaine or heroin before the review conference, or Ellie-May is found "
              "alone again, Jo Pryce (team manager) will hold a legal planning meeting within five working days "
              "to decide whether to start pre-proceedings under the Public Law Outline."),
        ("h1", "Meetings"),
        ("p", "The core group will meet every four weeks on Tuesdays at 1pm at Brambles Nursery: 27/01/2026, "
              "24/02/2026 and 24/03/2026. The review child protection conference will be on Wednesday "
              "15/04/2026 at 10am at Bishopsmere Civic Hall."),
        ("p", "Plan sent to Natalie, Liam and every agency at the conference on 16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 3-week-old baby, a "Worry / What will
#    happen" table whose second column holds who, when and how we will know;
#    the family moving to Bascombe. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_bramcaster_worry_what_will_happen_table_ross.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-md-baby-details-table-masons-day-what-kayleigh-and-dean-say-why-we-are-worried-working-well-what-we-want-for-mason-then-two-column-worry-what-will-happen-table-second-column-holds-who-when-how-we-will-know-then-if-things-go-wrong-bullets-meetings-and-the-move",
    "description": (
        "Initial conference plan for a 3-week-old baby whose mother is a 19-year-old care leaver and "
        "whose father drinks heavily at weekends (the police have been called to two arguments, one "
        "when he pushed her); the family are moving to Bascombe in March. After details, Mason's day as "
        "the health visitor and social worker see it, the parents' words, the worries, what is working "
        "well and the outcomes, the plan is a two-column table, 'Worry' and 'What will happen', the "
        "second column holding who, when ('every week until he is 12 weeks old', 'by the next working "
        "day') and how we will know (the red book, the visit record, an incident log number). Faults: "
        "the parenting assessment handed to Bascombe's team to finish after the move (with a real time "
        "and a report); the young parents' group 'in due course'; the bottle-making sessions with no "
        "time; the benefits claim with no check; the father's dads' group with progress 'monitored'; "
        "and the father's drinking recorded with no adult service owning any action."
    ),
    "text": """\
# Bramcaster Council Children's Services

## Child protection plan: Mason Ross

| | |
|---|---|
| **Baby** | Mason Ross, born 29/12/2025 at Bramcaster Royal Infirmary (3 weeks old) |
| **Home** | Flat 2, 40 Beacon Street, Bramcaster BR7 4HU |
| **Mum** | Kayleigh Ross (19), care leaver; her personal adviser is Tom Ellis, Bramcaster Leaving Care Team |
| **Dad** | Dean Foster (22), lives with Kayleigh and Mason; scaffolder |
| **Conference** | Initial child protection conference, Tuesday 20/01/2026, chaired by Lorna Kidd |
| **Category** | Neglect |
| **Social worker** | Aisha Rahman, Bramcaster Families First Team (team manager: Neil Hart) |
| **Moving** | Bascombe Homes has offered the family a two-bedroom flat in Bascombe from 02/03/2026 |

### Mason's day

Mason cannot tell us what his life is like, so this is what Rachel Dunn (health visitor) and Aisha
have seen at their visits. He is bottle-fed, about 90ml every three to four hours, and sleeps in a
Moses basket in the living room. At Aisha's visit on 16/01/2026 he was clean and settled and Kayleigh
fed him while talking and smiling at him. At Rachel's visit on 14/01/2026 a bottle had been left made
up on the side since the morning, and Mason had been put down to sleep on the sofa between two
cushions. He startles at loud noises; Kayleigh says he "screams" when the music is on at weekends.

### What Kayleigh and Dean say

Kayleigh: "I grew up in care and I'm not letting that happen to him. I just need someone to show me
stuff properly." Dean: "I'm not an alcoholic, I have a drink at the weekend like everyone. I'd never
hurt him." Both want to move to Bascombe "for a fresh start", near Dean's brother.

### Why we are worried

- Dean drinks heavily most weekends, often from Friday evening until Sunday. The police were called
  to arguments at the flat on 18/10/2025 and 20/12/2025; in October he pushed Kayleigh into a door
  while she was pregnant.
- Mason has been put to sleep on the sofa, and bottles have been left out and reused.
- Kayleigh has no family support; she left foster care at 18 and is on her own with Mason all day.
- The family will move to another council in six weeks, in the middle of the plan.

### What is working well

- Kayleigh has been at every midwife and health visitor appointment and asks for help.
- Mason is gaining weight: 3.1kg at birth and 3.5kg on 14/01/2026.
- Dean has said he will go to the dads' group and has not missed a visit from Aisha.

### What we want for Mason

1. Mason is fed safely, gains weight and sleeps on his back in his own cot every night.
2. Mason lives in a home where no one is drunk while caring for him and he never sees or hears
   violence.
3. Mason is seen every week by someone who knows him, before, during and after the move to Bascombe.

### Mason's plan

| Worry | What will happen |
|---|---|
| Mason's feeding and weight | Rachel Dunn (health visitor) will visit Mason at home every week until he is 12 weeks old, weigh him at each visit, plot his weight in the red book and e-mail Aisha the weight the same day. |
| Mason's feeding and weight | Ellen Price (family support worker, Bramcaster Family Hub) will show Kayleigh and Dean how to make up and sterilise bottles safely, and tick each step off on the baby-care checklist, which she will give to Aisha. |
| Safe sleep | Rachel will see where Mason sleeps at every visit until he is 12 weeks old and record in the red book that he is sleeping on his back in his own cot. |
| Dean's drinking | Dean will keep a diary of everything he drinks, every day until the review conference, so that Mason is never cared for by someone who has been drinking, and show the diary to Aisha at each visit. |
| Dean's drinking | Dean will go to the Bramcaster Dads group every Tuesday evening until Mason is 12 weeks old, and his progress will be monitored. |
| Arguments and violence | PC Mark Heald (Bramcaster Police Domestic Abuse Unit) will tell Aisha by the next working day of any call to the flat, and e-mail her the incident log number. |
| Money and baby things | Tom Ellis (personal adviser, Bramcaster Leaving Care Team) will help Kayleigh claim Child Benefit for Mason and the leaving care setting-up-home allowance by 06/02/2026. |
| Kayleigh on her own all day | Aisha will arrange for Kayleigh to join the Bramcaster Young Parents' group in due course, and write the date she starts in the visit record. |
| The move to Bascombe | The pre-birth parenting assessment started in December will be finished by Bascombe Council's Family Assessment Team after the move, within four weeks of their transfer-in conference, and the report sent to Kayleigh, Dean and the core group. |
| The move to Bascombe | Aisha will send Bascombe Council's children's services a transfer pack, with the chronology and this plan, by 20/02/2026, and ring the Bascombe duty manager to check it has arrived. |
| Seeing Mason | Aisha Rahman (social worker) will visit Mason at home every week until Bascombe's transfer-in conference, seeing him awake and being handled by his parents, and write what she sees in the visit record within two working days. |

### If things go wrong

- If Dean is drunk while he is caring for Mason, or the police are called to an argument at the
  flat, Kayleigh rings 999 if she or Mason are at risk; Dean leaves the flat that night, and Aisha
  (or the Emergency Duty Team) holds a strategy discussion with the police the same day. If Kayleigh
  cannot care for Mason safely on her own, Aisha arranges an emergency parent-and-baby foster
  placement for them both that day.
- If Mason loses weight or misses two health visitor visits, Rachel visits within 24 hours and asks
  the paediatrician at Bramcaster Royal Infirmary to see him that week.
- If Mason is found sleeping on the sofa again, Rachel tells Aisha the same day and Aisha visits
  within 24 hours with Ellen to go through safe sleep again.
- If the police are called to the flat again, or Dean is found to have been drinking while caring
  for Mason, before the review conference, Neil Hart (team manager) will hold a legal planning
  meeting within five working days.

### Meetings and the move

- Core group every four weeks on Tuesdays at 11am, Bramcaster Family Hub: 03/02/2026 and
  03/03/2026 (the second in Bascombe if the family have moved).
- Bascombe Council's transfer-in conference: to be held within 15 working days of the move; Aisha
  will attend.
- Bramcaster review child protection conference: 14/04/2026 at 10am, Bramcaster Town Hall. It will
  go ahead if the family have not moved or Bascombe's transfer-in conference has not been held by
  then.

Plan sent to Kayleigh, Dean, Tom Ellis and every agency on 21/01/2026.
""",
    "findings": [
        F("X001", "pre-birth parenting assessment started in December will be finished"),
        F("T002", "join the Bramcaster Young Parents' group in due course"),
        F("T001", "show Kayleigh and Dean how to make up and sterilise bottles"),
        F("M001", "help Kayleigh claim Child Benefit for Mason"),
        F("M002", "Dean will go to the Bramcaster Dads group every Tuesday evening"),
        F("F004"),
    ],
})
