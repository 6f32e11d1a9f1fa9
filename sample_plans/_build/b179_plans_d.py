"""Batch 179, module d: seven fictional plans (held-out material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (conventions
1 to 13), without running planlint, importing it or reading its code.

Focus: how we will know. Each plan is in a template of its own, and the craft
is in how progress is checked for each action, in the ways real writers say
it: in a column under the council's own header ("Evidence of change",
"Success looks like" with a "Checked by" column beside it, "Proof",
"Progress measure (now -> target)", "What the core group will see"); inside
the action's own sentence ("so that the nursery can see ...", "evidenced by
...", "shown by ...", "which the health visitor will record ..."); as
numbers, scales and records (a weight centile in the red book, a feed chart
count, attendance percentages, a home conditions checklist score, an EPDS or
AUDIT score, Signs of Safety and "safe at home" scores a worker records,
breath, oral fluid, urine and hair strand tests, a MAR chart, a first-day
call log, a signed agreement, a letter from a service confirming a place or
attendance); once for a group (a part's "How we will know (for 2.2 to 2.4)"
paragraph, an outcome banner's scaling line, a "What the core group will see"
cell merged down an outcome's rows). In the four faulty plans a few checks
only look like measures ("Improvement in the home routine", "Kaden is
engaging with the sessions", "Reviewed at core group", "Danielle's engagement
with Pathways will be reviewed at core group", "SW will monitor", "To be
discussed at core group", "Improvement in Ellie's confidence"), a few
actions have no check at all ("-", or left out of the group check above or
beside them), and now and then an owner or a time is missing or vague.

1. an initial conference plan for a 3-year-old and a 5-month-old (neglect,
   the mother's postnatal depression, the grandmother helping), a Word table
   "No. / What needs to happen / Lead / When / Evidence of change" under four
   outcome banner rows, each banner giving the outcome and its Signs of
   Safety scaling now and as a target (docx, exemplary);
2. a core group plan for a 10-year-old and a 7-year-old revised at the third
   core group after their father, who drinks, came home drunk; a landscape
   table "# / Task / Person / Timescale / Success looks like / Checked by",
   with a page header and footer (pdf): faults are the GP's detox referral
   with "-" for both checks, the grandparents' school collections "As and
   when Leanne needs them", "Family network" keeping drink out of the house,
   the family support worker's sessions checked by "Improvement in the home
   routine" / "Core group", the learning mentor's sessions by "Kaden is
   engaging with the sessions" / "Reviewed at core group", and no fallback in
   the contingency if the grandparents cannot collect or supervise (M001,
   T002, W002, M002 x2, C003);
3. a review conference plan for a 6-year-old and a 2-year-old whose mother,
   on a methadone script, used heroin again; four parts, each with a "What
   we want" line, numbered items with the owner and time in the sentence,
   and a "How we will know (for x.x to x.x)" paragraph that names the items
   it covers (md): faults are a dentist item with no time, a passive
   Home-Start referral with no one named, the mother's recovery group and
   script reviews checked only by "engagement ... will be reviewed at core
   group", the school nurse's item left out of its part's check with no
   check of its own, and Part 3's outcome about the mother only (T001, W001,
   M002 x2, M001, F002);
4. a review conference plan for a 7-year-old and a 2-year-old (the
   stepfather's cocaine and alcohol use, a smashed television, Monday
   mornings), its "What will happen" part fourteen numbered sentences, each
   saying who, when and how we will know in its own words ("shown by three
   negative hair strand tests", "evidenced by her attendance", "so that
   Little Owls can see Leo has a clean nappy", "which Laura will record")
   (md, exemplary);
5. an initial conference plan for a 13-year-old young carer and a
   4-year-old whose mother has a personality disorder and took two
   overdoses, typed as plain text worry by worry, each action a block of
   DO / WHO / WHEN / PROOF lines (txt): faults are the DBT group's sessions
   that only treat the mother, proved by an attendance letter, the school
   counsellor's sessions "As and when Kacey wants them", the Reception
   teacher's daily checks proved by "SW will monitor", a family support
   worker's sessions with "-" for who, a debt advice referral with "-" for
   proof, and a review conference "date to be confirmed" (H001, T002, M002,
   W001, M001, R001);
6. a review conference plan for a 9-year-old and a 14-month-old (physical
   chastisement by the mother's partner, the toddler's faltering growth), a
   landscape Word table "Ref / What we will do / Who / By when / Progress
   measure (now -> target)" of numbers now and targets (docx): faults are
   the nurture group measured by "Improvement in Ellie's confidence", a
   dental check "ASAP", "Professionals" sharing concerns, a housing letter
   with "-" for the measure, the social worker's visits measured by "To be
   discussed at core group", a contingency whose trigger is "things do not
   improve" and whose response is to review and consider, and no legal
   planning anywhere (M002 x2, T002, W002, M001, C002, R002);
7. an initial conference plan for a 12-year-old with autism and ADHD and a
   6-year-old whose mother is dependent on prescribed opioids and was found
   asleep and unrousable; one table per outcome, "What will happen / Who /
   When / What the core group will see", the last column merged down the
   rows of three of the tables and given row by row in one, with a page
   header and footer (pdf, exemplary).

Three plans (1, 4 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read, in its own
cell or sentence or in a group check that names it; every outcome is about
the children; each contingency has specific triggers and protective
responses and says what happens if a relative's help fails; each records the
children's words or observed lived experience, core group dates and a dated
review conference, and legal planning after named triggers; adult services
(GP, drug and alcohol services, the perinatal mental health team) own
actions where a parent is ill or uses drugs, and the one mental health
service (plan 1's perinatal team) is asked for its view of the mother's
capacity to change and the likely timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table (outcome banner rows excepted), each numbered item of a
plan's action part and each DO / WHO / WHEN / PROOF block counts once,
whatever number of sentences it holds. Details, worries, what is going well,
the children's words, scaling, outcomes and "What we want" lines, "How we
will know" paragraphs (which only give checks for the items they name), the
contingency and the meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect: a 3-year-old and a 5-month-old, the
#    mother's postnatal depression, the grandmother helping. Word table
#    "No. / What needs to happen / Lead / When / Evidence of change" under
#    outcome banner rows that carry the scaling now and the target.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_drakesmoor_icpc_outcome_banners_evidence_of_change_haverley.docx",
    "doc_title": "Child Protection Plan - Maisie and Reggie Haverley",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-docx-kv-details-why-worried-going-well-maisies-words-and-reggies-day-safety-scale-scores-by-person-outcomes-then-no-what-needs-to-happen-lead-when-evidence-of-change-table-under-four-outcome-banner-rows-each-with-scaling-now-and-target-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and a 5-month-old living with neglect: "
        "their mother has postnatal depression and stopped her sertraline, the baby's weight has "
        "fallen from the 50th to below the 9th centile, the 3-year-old's nursery attendance was 58%, "
        "and their maternal grandmother helps with the nursery run. The plan is a Word table 'No. / "
        "What needs to happen / Lead / When / Evidence of change' under four outcome banner rows, "
        "each banner giving the outcome and its Signs of Safety scaling now and the target, scored by "
        "two workers together. Evidence is what someone will see, count or read: weights in the red "
        "book, a feed chart count, a home conditions checklist score, the nursery register and "
        "first-day call log, a WellComm band, EPDS scores, a perinatal report on capacity to change, "
        "GP and employer letters. Adult services own actions, the grandmother's help has a fallback, "
        "legal planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Drakesmoor Metropolitan Borough Council - Children's Social Care - Safeguarding Team East"),
        ("kv", [
            ("Children", "Maisie Haverley, born 14/04/2022 (3); Reggie Haverley, born 02/08/2025 (5 months)"),
            ("Address", "Flat 6, Brindley Court, Canal Street, Drakesmoor DK4 2RW"),
            ("Mother", "Kayleigh Haverley (25)"),
            ("Father", "Connor Pike (27), lives at the flat; works nights at a distribution warehouse"),
            ("Maternal grandmother", "Sandra Haverley (\"Nana\"), 22 Lark Rise, Drakesmoor"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, 08/01/2026, Drakesmoor Civic Centre. "
                           "Chair: Rosemary Tait (independent conference chair)"),
            ("Social worker", "Hannah Brierley (team manager: Graham Oduya)"),
            ("Health visitor", "Fatima Rashid, Drakesmoor 0-19 Service"),
            ("Nursery", "Little Acorns Nursery: Lisa Coyle (manager), Jade Morley (Maisie's key person)"),
            ("GP", "Dr Peter Hanlon, Moorside Surgery"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Reggie was born on the 50th centile. At his 16-week weigh-in on 24/11/2025 he was below the 9th "
              "centile, and he had missed his 8-week immunisations and two health visitor contacts. On "
              "02/01/2026 Fatima saw that his bottles were being made up with too much water, and that Reggie "
              "was sleeping on the sofa with Kayleigh because his cot had never been put up."),
        ("p", "Kayleigh has postnatal depression. Her Edinburgh Postnatal Depression Scale (EPDS) score was 19 "
              "in November. She stopped taking her sertraline in October and on bad days stays in bed until the "
              "afternoon. Connor works nights and sleeps in the day, so for much of the day there is no adult "
              "awake and looking after the children. The flat is cold because the boiler has been broken since "
              "November, there were bags of dirty nappies in the kitchen on both of Hannah's visits, and the "
              "yard is covered in dog mess."),
        ("p", "Maisie's attendance at Little Acorns was 58% in the autumn term. On many mornings she arrived "
              "hungry after 10am, and she is well behind with her talking: she uses single words where most "
              "children her age use short sentences."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kayleigh has been honest with Fatima about how low she feels, and went to her first appointment "
            "with the perinatal mental health team on 05/01/2026.",
            "Connor has bought Reggie a cot, which arrives on 10/01/2026, and has asked his manager about "
            "changing his shifts.",
            "Sandra has taken Maisie to nursery every Monday and Wednesday since the middle of December.",
            "Maisie is loving with Reggie and sings to him; Reggie smiles and kicks when people talk to him.",
        ]),
        ("h1", "Maisie's words and Reggie's day"),
        ("p", "Hannah saw Maisie at nursery on 06/01/2026 with Jade, and they played with the puppets. Maisie "
              "made the mummy puppet lie down and said \"Mummy sleeps lots.\" When Hannah asked what she has "
              "for breakfast she said \"crisps\". She said \"Reggie cries and cries\" and put her hands over "
              "her ears. She likes nursery \"because of the sand and Jade\"."),
        ("p", "Reggie cannot tell us about his day, so this is what the professionals have seen. On 02/01/2026 "
              "he was in the same sleepsuit Fatima had seen him in two days before, with a heavy nappy, and his "
              "bottle was propped on a cushion. He smiled and kicked when Fatima talked to him and settled "
              "quickly when Sandra picked him up. Sandra says he \"guzzles\" his bottles at her house."),
        ("h1", "Where we are on the safety scale"),
        ("p", "On a scale where 0 means Maisie and Reggie are not safe at home at all and 10 means everyone "
              "agrees they are safe enough for the plan to end, the scores at conference were: Hannah 3, "
              "Fatima 3, Lisa Coyle 4, Kayleigh 6, Connor 6, Sandra 5. Each outcome in the plan gives its own "
              "score now and the score we are aiming for by the review conference; Hannah and Fatima score "
              "them together at every core group and write the scores in the core group record."),
        ("h1", "What will be different for Maisie and Reggie"),
        ("numbers", [
            "Reggie is fed properly, gains weight and is back on the 25th centile by the time he is 7 months "
            "old.",
            "Reggie sleeps safely in his own cot, and Maisie and Reggie live in a clean, warm home with food "
            "in the cupboards.",
            "Maisie goes to nursery every day she has a place, arriving fed and on time, and her talking "
            "catches up.",
            "Maisie and Reggie are cared for by a mum who is well enough to get up, feed them and play with "
            "them, and by a dad who shares their care.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out under the four outcomes above. The last column, Evidence of change, says "
              "what we will see, count or read that tells us each step is happening and making a difference "
              "for Maisie and Reggie."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "When", "Evidence of change"],
            "widths": [1.0, 5.3, 3.2, 2.9, 4.6],
            "rows": [
                ["Outcome 1: Reggie is fed properly and gains weight. Feeding scaling now 3, target 7 by the "
                 "review conference.", H, H, H, H],
                ["1.1",
                 "Weigh Reggie at home, plot his weight on his centile chart, and watch one feed from start to "
                 "finish, checking how the bottle was made up.",
                 "Fatima Rashid, health visitor",
                 "Every week until Reggie is back on the 25th centile, then every two weeks until the review",
                 "Weight plotted in the red book at every weigh-in, back on the 25th centile by the time he is "
                 "7 months old (02/03/2026); the feed seen written in the health visiting record"],
                ["1.2",
                 "Make up every bottle with the level scoop and the water to the line Fatima showed her, and "
                 "write each feed (time and ounces taken) on the feed chart on the fridge.",
                 "Kayleigh (Mum); Connor on his days at home",
                 "Every feed, from 09/01/2026",
                 "The feed chart shows six to seven feeds a day of 5 to 6oz; Fatima and Hannah count the feeds "
                 "on the chart at each visit and write the count in their records"],
                ["1.3",
                 "See Reggie to look for any medical reason for his slow weight gain, and give his missed "
                 "8-week and 12-week immunisations.",
                 "Dr Peter Hanlon, GP, with the practice nurse",
                 "Appointment booked for 15/01/2026",
                 "Immunisations written in the red book on 15/01/2026; Dr Hanlon's letter with what he found, "
                 "and any referral to the paediatrician, on Hannah's file by 22/01/2026"],
                ["1.4",
                 "Visit the flat, one visit in three unannounced, to see Reggie awake and undressed, see him "
                 "fed, and see Maisie.",
                 "Hannah Brierley, social worker",
                 "Every week until the review conference",
                 "Visit record on the file within 48 hours, noting Reggie's nappy, skin and clothes, the feed "
                 "seen, and who was at home"],
                ["Outcome 2: Reggie sleeps safely in his own cot, and Maisie and Reggie live in a clean, warm "
                 "home with food in the cupboards. Home conditions scaling now 2, target 7 by the review "
                 "conference.", H, H, H, H],
                ["2.1",
                 "Put Reggie's new cot up in his parents' bedroom, and lay him down in it on his back for every "
                 "sleep, day and night, never on the sofa.",
                 "Connor (Dad) to put the cot up; Kayleigh and Connor for every sleep",
                 "Cot up by 12/01/2026; every sleep from then",
                 "Hannah and Fatima see the cot made up and Reggie asleep or put down in it on their visits; "
                 "safe sleep checklist signed by Kayleigh and Connor by 16/01/2026"],
                ["2.2",
                 "Six home sessions with Kayleigh and Connor on a daily routine: a cleaning rota, nappies bagged "
                 "and put in the outside bin every day, the yard cleared of dog mess, and a weekly food shop "
                 "list.",
                 "Cheryl Dixon, family support worker, Drakesmoor Family Hub",
                 "Weekly, 13/01/2026 to 17/02/2026",
                 "Home conditions checklist scored by Cheryl at the first and last session: 9 out of 30 now, "
                 "24 or more by 17/02/2026; copies to Hannah"],
                ["2.3",
                 "Report the broken boiler to Drakesmoor Homes as an urgent repair because there is a baby in "
                 "the flat, and chase it until it is fixed.",
                 "Hannah Brierley, social worker",
                 "Reported by 09/01/2026; fixed by 23/01/2026",
                 "Repair job number and completion date on file; the children's bedroom between 16 and 20 "
                 "degrees on the room thermometer at every visit"],
                ["Outcome 3: Maisie goes to nursery every day she has a place, arriving fed and on time, and her "
                 "talking catches up. Nursery scaling now 4, target 8 by the review conference.", H, H, H, H],
                ["3.1",
                 "Take Maisie to Little Acorns Nursery by 8.45am, having had breakfast at home.",
                 "Sandra Haverley (Nana) on Mondays and Wednesdays; Kayleigh on Tuesdays, Thursdays and Fridays",
                 "Every nursery day from 12/01/2026",
                 "Nursery register shows Maisie in for at least 90% of sessions each half term (58% in the "
                 "autumn term); Lisa e-mails it to Hannah every Friday"],
                ["3.2",
                 "Ring Kayleigh by 10am if Maisie is not in and no one has called, and tell Hannah the same day "
                 "if the nursery cannot reach anyone.",
                 "Lisa Coyle, nursery manager, Little Acorns",
                 "Every nursery day",
                 "First-day call log, copied to Hannah every Friday; the number of unexplained absences counted "
                 "at each core group"],
                ["3.3",
                 "Refer Maisie to Drakesmoor Children's Speech and Language Therapy, and work on her WellComm "
                 "targets with her in a small group.",
                 "Jade Morley, Maisie's key person, Little Acorns",
                 "Referral by 23/01/2026; WellComm targets three mornings a week",
                 "Referral accepted letter on Hannah's file; WellComm screen repeated by 27/03/2026, with Maisie "
                 "moved up from the red band to at least amber"],
                ["Outcome 4: Maisie and Reggie are cared for by a mum who is well enough to get up, feed them and "
                 "play with them, and by a dad who shares their care. Parenting scaling now 3, target 7 by the "
                 "review conference.", H, H, H, H],
                ["4.1",
                 "Assess and treat Kayleigh's postnatal depression, and give a written view on whether she can "
                 "make the changes Maisie and Reggie need, and how long that is likely to take.",
                 "Bridget Nolan, community psychiatric nurse, Drakesmoor Perinatal Mental Health Team, with "
                 "Dr Samuel Adeyemi, consultant perinatal psychiatrist",
                 "Appointments every two weeks at the Willow Suite from 12/01/2026; written view by 20/02/2026 "
                 "and again before the review",
                 "EPDS score at every appointment (19 in November); Bridget's written report on Kayleigh's "
                 "capacity to change and the likely timescale on Hannah's file by 20/02/2026"],
                ["4.2",
                 "Review Kayleigh's antidepressant with her, and write to Hannah about how her health is "
                 "affecting her care of Maisie and Reggie.",
                 "Dr Peter Hanlon, GP",
                 "By 23/01/2026",
                 "GP letter on Hannah's file by 23/01/2026"],
                ["4.3",
                 "Take her sertraline every morning from a weekly blister pack, so that she is up and able to "
                 "get Maisie ready for nursery.",
                 "Kayleigh (Mum)",
                 "Every day from 09/01/2026",
                 "Pharmacy record of weekly collections, seen by Bridget; Kayleigh up and dressed by 9am on "
                 "Fatima's and Hannah's morning visits, written in their records"],
                ["4.4",
                 "Swap two night shifts a week for day shifts, so that he is at home for Reggie's night feeds "
                 "on those nights.",
                 "Connor Pike (Dad)",
                 "From 19/01/2026",
                 "Letter from his employer confirming the new rota on file by 23/01/2026; Connor's initials on "
                 "the feed chart on those nights"],
                ["4.5",
                 "Mind Reggie at 22 Lark Rise while Kayleigh goes to her perinatal appointments, and have Maisie "
                 "for tea every Wednesday after nursery.",
                 "Sandra Haverley (Nana)",
                 "At every appointment Bridget books; every Wednesday, 3pm to 6pm",
                 "Bridget notes who is minding Reggie at each appointment; Sandra texts Hannah on Wednesday "
                 "evenings and Hannah writes it on the file"],
                ["4.6",
                 "See Maisie on her own at nursery, using her puppets and the happy and sad faces cards, to hear "
                 "what home is like for her.",
                 "Hannah Brierley, social worker",
                 "Every two weeks until the review conference",
                 "Maisie's own words and the faces she chose written in the visit record; the faces sheet kept "
                 "on file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Reggie's weight falls below the 2nd centile, or he misses two weigh-ins in a row: Fatima tells "
            "Hannah the same day; Hannah holds a strategy discussion with Dr Hanlon that day and takes Reggie, "
            "with Kayleigh, to the Children's Assessment Unit at Drakesmoor General Hospital for a paediatric "
            "assessment the same day.",
            "If Reggie is found asleep on the sofa or in an adult's bed again, or there is no food in the flat: "
            "Hannah visits the same day, and Reggie and Maisie stay at Nana's at 22 Lark Rise that night while "
            "Hannah and Graham Oduya agree what happens next.",
            "If Kayleigh tells anyone she has thoughts of harming herself or the children, or Bridget finds her "
            "acutely unwell: the perinatal team's home treatment team sees her the same day; Connor stays off "
            "work, or Sandra has Maisie and Reggie at 22 Lark Rise, so that the children are never alone with "
            "her until the perinatal team says it is safe.",
            "If Sandra cannot take Maisie to nursery or mind Reggie (she is ill, away, or cannot carry on), she "
            "or Kayleigh rings Hannah that day. Connor does the Monday and Wednesday nursery run instead; if he "
            "cannot, Cheryl Dixon collects Maisie from home in the Family Hub's car, and Reggie is minded in "
            "the Family Hub creche during Kayleigh's appointments, until the core group agrees another adult.",
            "If Reggie is not back on the 9th centile by 02/03/2026, or Cheryl's checklist score is below 18 "
            "out of 30 on 17/02/2026, or Bridget's report says Kayleigh cannot make the changes in the time "
            "Reggie and Maisie need, Hannah will ask Graham Oduya for a legal planning meeting within five "
            "working days, to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Little Acorns Nursery, Thursdays at 1.30pm: 22/01/2026, 19/02/2026 "
            "and 19/03/2026.",
            "Review child protection conference: 02/04/2026 at 10am, Drakesmoor Civic Centre.",
        ]),
        ("p", "Plan written by Hannah Brierley and agreed at the conference; copies sent to Kayleigh, Connor, "
              "Sandra and every agency on 09/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group plan revised at the third core group: the father drinks and
#    came home drunk; grandparents supervise contact and collect from school.
#    Landscape table "# / Task / Person / Timescale / Success looks like /
#    Checked by", page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_dunnockley_core_group_revised_success_looks_like_checked_by_costigan.pdf",
    "doc_title": "Core Group Plan (revised) - Kaden and Lacey Costigan",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "min_pages": 2,
    "header": "Dunnockley Council - Children's Services - Core group plan (revised)",
    "footer": "Kaden and Lacey Costigan - revised at core group 3 on 11/02/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "core-group-revised-plan-paged-landscape-header-footer-kv-details-why-the-plan-was-revised-what-has-happened-since-conference-what-kaden-and-lacey-told-us-what-we-want-for-them-then-task-person-timescale-success-looks-like-checked-by-table-then-contingency-core-group-and-review",
    "description": (
        "Core group plan for a 10-year-old and a 7-year-old, revised at the third core group after "
        "their father, who drinks heavily and has punched doors and shouted when drunk, came home "
        "drunk in breach of the agreement; he lives at his brother's, his parents supervise contact at "
        "their house and collect the children from school. The plan is a landscape table '# / Task / "
        "Person / Timescale / Success looks like / Checked by' (breath tests reading 0.00, an AUDIT "
        "score, a signed contact record, the school's collection log, a feelings chart, a 'safe at "
        "home' score), with a page header and footer. Most rows are sound. Faults: the GP's detox "
        "referral has '-' for both checks; the grandparents' school collections are 'As and when "
        "Leanne needs them'; 'Family network' keeps drink out of the house; the family support "
        "worker's sessions are checked by 'Improvement in the home routine' and 'Core group'; the "
        "learning mentor's sessions by 'Kaden is engaging with the sessions' and 'Reviewed at core "
        "group'; and the contingency says nothing about what happens if the grandparents cannot "
        "collect the children or supervise contact."
    ),
    "blocks": [
        ("title", "Core Group Plan (revised)"),
        ("p", "Dunnockley Council Children's Services - Family Safeguarding Team North"),
        ("kv", [
            ("Children", "Kaden Costigan, born 14/10/2015 (10, Year 5); Lacey Costigan, born 19/07/2018 (7, "
                         "Year 3). Both at St Bede's RC Primary School, Dunnockley."),
            ("Home", "7 Sandpiper Close, Dunnockley DN6 4PF, with their mum, Leanne Costigan (36), who works "
                     "part-time at Fernlea Care Home"),
            ("Dad", "Wayne Costigan (39), living at his brother Gary's flat, Flat 3, 88 Mill Road, since "
                    "17/12/2025"),
            ("Paternal grandparents", "Pat and Derek Costigan, 14 Heron Way, Dunnockley"),
            ("Category", "Emotional abuse (both children). Initial conference 15/12/2025; chair Mohammed Iqbal"),
            ("Social worker", "Niamh Gallagher (team manager: Andrea Kirk)"),
            ("This revision", "Agreed at the third core group, 11/02/2026, St Bede's RC Primary School"),
        ]),
        ("h1", "Why the plan was revised"),
        ("p", "Kaden and Lacey have a plan because their dad drinks heavily: eight or more cans of lager and "
              "often spirits every day. When drunk he has shouted at Leanne, punched holes in two doors and, on "
              "06/12/2025, thrown a chair across the kitchen while Lacey was at the table. At conference Wayne "
              "agreed to live at Gary's, to see the children only at contact supervised by his parents, and to "
              "start work with the Dunnockley Recovery Hub."),
        ("p", "On the night of 31/01/2026 Wayne came to 7 Sandpiper Close drunk, banged on the door and "
              "shouted through the letterbox until Leanne let him in. Kaden took Lacey upstairs. Leanne rang "
              "Pat, who came and took Wayne back to Gary's; the police were not called. Kaden told his learning "
              "mentor about it on 02/02/2026. The core group agreed to revise the plan: the changed rows are 1, "
              "2, 3, 10 and 13."),
        ("h1", "What has happened since conference"),
        ("bullets", [
            "Supervised contact at Pat and Derek's has happened every Saturday and Wednesday; the contact "
            "records show the children happy to go and Wayne sober at every contact.",
            "Pat and Derek have collected the children from school on the days Leanne works late.",
            "Wayne went to his first Recovery Hub appointment on 26/01/2026; his AUDIT score was 31.",
            "Leanne has met the IDVA twice and told Niamh about 31/01/2026 herself, the next morning.",
            "Both children's attendance is 97% this term.",
        ]),
        ("h1", "What Kaden and Lacey told us"),
        ("p", "Kaden (seen on his own at school by Niamh, 05/02/2026): \"When Dad's been drinking he goes loud "
              "and punches the door. I take Lacey upstairs and put my music on for her.\" \"I want to see Dad "
              "but not when he's drunk. At Nana Pat's he's normal.\" He scored how safe he feels at home as 4 "
              "out of 10."),
        ("p", "Lacey (seen at home, 06/02/2026) drew her house with a black cloud over the kitchen \"because "
              "that's where the shouting is\". She said \"I like Nana Pat's because she does fish fingers and "
              "Grandad lets me do the crossword.\" Her teacher says she has started chewing her sleeves and "
              "crying when it is time to go home."),
        ("h1", "What we want for Kaden and Lacey"),
        ("numbers", [
            "Kaden and Lacey live in a home where no one is drunk and there is no shouting, fighting or "
            "throwing things.",
            "They see their dad only when he is sober and another adult is with them.",
            "They are collected from school by an adult they know every day, and have tea and bedtime at the "
            "same time each night.",
            "Kaden feels safe enough to talk about home, and Lacey is settled and happy at school.",
        ]),
        ("pagebreak",),
        ("h1", "The plan"),
        ("p", "Success looks like says what will be different when the task is working. Checked by says who "
              "will look, and at what."),
        ("table", {
            "header": ["#", "Task", "Person", "Timescale", "Success looks like", "Checked by"],
            "widths": [0.9, 7.0, 4.2, 3.8, 5.8, 4.0],
            "rows": [
                ["1",
                 "Key-work sessions with Wayne about stopping drinking, with a breath test at every session, and "
                 "a written report before each core group on whether he is staying sober and how likely he is "
                 "to keep it up.",
                 "Mark Tighe, recovery worker, Dunnockley Recovery Hub",
                 "Every Monday from 16/02/2026; report two working days before each core group",
                 "Every breath test reads 0.00; Wayne's AUDIT score down from 31 at referral to under 8 by the "
                 "review conference",
                 "Niamh reads Mark's test log and report before each core group"],
                ["2",
                 "Refer Wayne to the community alcohol detox programme.",
                 "Dr Alan Brereton, GP, Castle Street Surgery",
                 "By 20/02/2026",
                 "-",
                 "-"],
                ["3",
                 "Stay living at Gary's flat, and not go to 7 Sandpiper Close or see Kaden and Lacey outside "
                 "supervised contact.",
                 "Wayne Costigan (Dad)",
                 "Every day until the review conference",
                 "No sign of Wayne at the house on any unannounced visit; no sighting reported by neighbours or "
                 "the police",
                 "Niamh, at unannounced visits at least once a fortnight"],
                ["4",
                 "Supervise Wayne's contact with Kaden and Lacey at 14 Heron Way, staying in the room "
                 "throughout, and ending contact at once if Wayne smells of drink.",
                 "Pat and Derek Costigan (paternal grandparents)",
                 "Saturdays 10am to 1pm and Wednesdays 4pm to 6pm",
                 "A contact record filled in and signed by Pat after every contact",
                 "Niamh reads the records at each visit and watches one contact a month"],
                ["5",
                 "Collect Kaden and Lacey from St Bede's and give them tea at 14 Heron Way until Leanne finishes "
                 "work.",
                 "Pat and Derek Costigan (paternal grandparents)",
                 "As and when Leanne needs them",
                 "The school's collection log shows a named adult collecting the children every day",
                 "Mrs Jan Whitlow, school business manager, e-mails the log to Niamh each Friday"],
                ["6",
                 "Make sure no alcohol is brought to 7 Sandpiper Close and no one drinks in front of Kaden and "
                 "Lacey.",
                 "Family network",
                 "Every day until the review conference",
                 "No alcohol seen on any visit; Kaden and Lacey say, when seen on their own, that no one has "
                 "been drinking at home",
                 "Niamh, at every visit"],
                ["7",
                 "Six sessions with Leanne on a calm after-school and bedtime routine for Kaden and Lacey.",
                 "Sharon Pryce, family support worker, Dunnockley Family Hub",
                 "Weekly, 17/02/2026 to 24/03/2026",
                 "Improvement in the home routine",
                 "Core group"],
                ["8",
                 "Weekly Time to Talk sessions for Kaden with the learning mentor, about home, his dad's "
                 "drinking and his temper at school.",
                 "Mr Tom Baines, learning mentor, St Bede's",
                 "Every Friday afternoon until the Easter holidays",
                 "Kaden is engaging with the sessions",
                 "Reviewed at core group"],
                ["9",
                 "Morning check-in with Lacey using her feelings chart, and a quiet place to go at playtime "
                 "when she is upset.",
                 "Mrs Clare Ogden, Lacey's class teacher",
                 "Every school morning",
                 "Lacey's feelings chart shows green on at least four mornings out of five by the Easter "
                 "holidays",
                 "Mrs Ogden sends a photo of the week's chart to Niamh every Friday"],
                ["10",
                 "Go to the assessment for the Changing Tracks domestic abuse programme and, if offered a place, "
                 "to every weekly session.",
                 "Wayne Costigan (Dad)",
                 "Assessment by 27/02/2026; then weekly for 20 weeks",
                 "Letter from Changing Tracks confirming the assessment, then the monthly attendance register",
                 "Niamh reads the register each month and brings it to core group"],
                ["11",
                 "Safety planning with Leanne, including what she will do if Wayne turns up drunk again.",
                 "Karen Shore, IDVA, Dunnockley Domestic Abuse Service",
                 "Every two weeks until 31/03/2026",
                 "A signed safety plan on file by 27/02/2026; Leanne can tell Niamh the three steps of her plan",
                 "Niamh, at her first visit after each session"],
                ["12",
                 "See Kaden and Lacey on their own, at home or at school, and do Three Houses work with each of "
                 "them.",
                 "Niamh Gallagher, social worker",
                 "Every two weeks, one visit in three unannounced",
                 "Each child's words and Three Houses drawings in the visit record; Kaden's safe at home score "
                 "4 now, 8 by the review conference",
                 "Andrea Kirk, team manager, at monthly supervision"],
                ["13",
                 "Keep the domestic abuse warning marker on 7 Sandpiper Close and tell Niamh within 24 hours of "
                 "any call-out.",
                 "PC Debbie Arkwright, Dunnockley Police Safeguarding Hub",
                 "Marker checked on the first of each month until the review conference",
                 "Monthly confirmation e-mail on the file; any call-out on the chronology within 24 hours",
                 "Niamh"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Wayne comes to 7 Sandpiper Close, or Leanne lets him stay there: Leanne rings 999 if he has "
            "been drinking or will not leave, and the police attend as a priority because of the marker. "
            "Niamh (or the Emergency Duty Team out of hours) holds a strategy discussion with the police the "
            "same day, and contact stops until the core group has met.",
            "If any breath test is positive, or Wayne arrives at contact smelling of drink: Pat ends the "
            "contact at once and rings Niamh, contact stops until the next core group, and Niamh asks Andrea "
            "Kirk for a legal planning meeting within five working days.",
            "If Kaden or Lacey tell anyone that their dad has been at home drunk, or that there has been "
            "shouting or fighting: whoever hears it rings Niamh that day, and Niamh sees both children on "
            "their own the same day.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at St Bede's, Wednesdays at 9.15am: 04/03/2026 (a week early, before "
            "the review conference), then 01/04/2026 and 29/04/2026.",
            "Review child protection conference: 13/03/2026 at 2pm, Dunnockley Town Hall.",
        ]),
        ("p", "Revised plan sent to Leanne, Wayne, Pat and Derek and every agency on 12/02/2026."),
    ],
    "findings": [
        F("M001", "Refer Wayne to the community alcohol detox programme."),
        F("T002", "Collect Kaden and Lacey from St Bede's and give them tea"),
        F("W002", "Make sure no alcohol is brought to 7 Sandpiper Close"),
        F("M002", "Six sessions with Leanne on a calm after-school and bedtime routine"),
        F("M002", "Weekly Time to Talk sessions for Kaden with the learning mentor"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan: the mother, on a methadone script, used heroin
#    again. Four parts, each with a "What we want" line, numbered items with
#    owner and time in the sentence, and a "How we will know (for x.x to
#    x.x)" paragraph naming the items it covers. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_dellinghurst_rcpc_parts_how_we_will_know_for_items_fairclough.md",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-md-bold-details-lines-why-still-a-plan-what-is-going-well-roxy-and-jensons-world-then-plan-in-four-parts-each-with-what-we-want-line-numbered-bold-items-owner-and-time-in-sentence-and-a-how-we-will-know-for-items-paragraph-naming-the-items-it-covers-some-items-with-own-check-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 6-year-old and a 2-year-old whose mother, on a methadone script "
        "since 2023, used heroin again in the autumn (Roxy found a needle in the bathroom cabinet); "
        "their aunt has them for tea twice a week. The plan is in four parts, each with a 'What we "
        "want' line, numbered items (1.1, 1.2 ...) giving the owner and time in the sentence, and a "
        "'How we will know (for 2.2 to 2.4)' paragraph naming the items it covers (oral fluid and hair "
        "strand tests, visit records, the nursery register, a dental letter, Home-Start's letter, the "
        "school register and a feelings fan book); a few items carry their own check. Faults: the "
        "dentist item has no time; the Home-Start referral is passive with no one named; the mother's "
        "recovery group and script reviews are checked only by 'Danielle's engagement with Pathways "
        "will be reviewed at core group'; the school nurse's item is left out of its part's check and "
        "has none of its own; and Part 3's 'What we want' is about the mother only."
    ),
    "text": """\
# Dellinghurst Borough Council – Children's Services

## Child protection plan: Roxy and Jenson Fairclough

**Made at the first review child protection conference, 20/01/2026**

- **Children:** Roxy Fairclough, born 11/05/2019 (6, Year 2 at Holly Bank Primary School); Jenson
  Fairclough, born 28/09/2023 (2)
- **Home:** 41 Bracken Rise, Dellinghurst DL2 8NB, with their mum, Danielle Fairclough (31)
- **Aunt:** Kerry Fairclough (Danielle's sister), 3 Larch Walk, Dellinghurst
- **Fathers:** Roxy's father is in prison and has no contact. Jenson's father, Liam Mercer, has not seen
  him since 2024.
- **Category:** Neglect (both children). Initial conference 21/10/2025.
- **Chair:** Gill Ormerod (IRO) · **Social worker:** Ben Adebayo, Family Safeguarding Team North (team
  manager: Lorraine Pickles)
- **Drug and alcohol service:** Pathways Recovery Dellinghurst: Gary Nuttall (recovery worker), Dr Sian
  Morgan (prescriber)
- **Health visitor:** Emma Cartwright, Dellinghurst 0-19 Service
- **Decision today:** Roxy and Jenson stay on a child protection plan.

### Why there is still a plan

Danielle has been on a methadone script since 2023, and by the summer of 2025 had been off heroin for
more than a year. In September she started using heroin again after her partner left. On 09/10/2025 Roxy
found a used needle in the bathroom cabinet and took it to her aunt's. Danielle's oral fluid tests were
positive for heroin three times in October and once in November. Since the first conference her tests in
December and January have been clear, but there has not yet been a hair strand test to show that she has
stayed off.

When Danielle was using, the children were often not fed until the evening, Jenson was left in the same
nappy for most of the day, and Roxy missed school: her attendance was 84% in the autumn term. Jenson has
not had his two-year health review, and neither child is registered with a dentist.

### What is going well

- Danielle's last eight weekly tests have been clear, and she asked Pathways to increase her key work.
- Kerry has had the children for tea and a bath every Tuesday and Thursday since October.
- The house was clean and there was food in the fridge on Ben's last four visits.
- Roxy has been in school every day since the Christmas holidays.

### Roxy and Jenson's world

Roxy (seen on her own at school by Ben on 14/01/2026): "Mummy had a needle in the bathroom and I told
Auntie Kerry because needles are dangerous." "Mummy is better now, she gets up and does my hair." "I like
Tuesdays because Auntie Kerry does bubbles and fish fingers." Asked what she would change, she said "I
want Mummy to never be poorly again."

Jenson cannot tell us yet. Ben and Emma have seen him run to the door to meet Roxy from school and climb
onto Danielle's knee for his milk. He says only a few words ("Mama", "Rox", "more") and gets frustrated
and bangs his head on the floor when he is not understood.

### The plan

Each part starts with what we want. Under it, each numbered item says who will do what and when. The
"How we will know" paragraph at the end of each part says how we will check the items it names; an item
with its own check says so in the item.

#### Part 1 – Keeping Roxy and Jenson safe from drugs at home

**What we want for Roxy and Jenson:** there are no drugs, needles or foil anywhere in the house, and they
are never looked after by anyone who has used.

- **1.1** Danielle will keep her methadone and any other medicines in the locked box Ben gave her, with the
  key on her, every day from today.
- **1.2** Gary Nuttall (recovery worker, Pathways Recovery) will see Danielle every Monday for key work on
  her heroin use, with an oral fluid test each time, and will write to Ben two working days before each
  core group saying whether she has stopped using and how likely it is that she can stay stopped.
- **1.3** Gary will arrange hair strand tests for Danielle on 02/02/2026 and 30/03/2026, each covering the
  three months before.
- **1.4** Ben Adebayo (social worker) will visit every week until the review conference, one visit in two
  unannounced, and look with Danielle in the bathroom and the bedrooms for needles, foil or drugs.

**How we will know (for 1.1 to 1.4):** every weekly oral fluid test is negative for heroin, shown in Gary's
test log, which Ben reads before each core group; both hair strand tests are negative for heroin, the
second result on file before the core group on 28/04/2026; and no needles, foil or drugs are found on any
of Ben's visits, written in his visit records along with where the locked box was and whether it was
locked.

#### Part 2 – Roxy and Jenson are fed, clean and healthy, and Jenson's talking catches up

**What we want for Roxy and Jenson:** they have three meals a day, clean clothes and nappies, they see the
dentist and the health visitor, and Jenson is using more words by the summer.

- **2.1** Emma Cartwright (health visitor) will do Jenson's overdue two-year review at home by 13/02/2026
  and visit every four weeks after that, sending his ASQ-3 scores to Ben and to Tiny Steps Nursery after
  each visit.
- **2.2** Danielle will take Jenson to Tiny Steps Nursery for his 15 funded hours, on Monday, Tuesday and
  Wednesday mornings from 26/01/2026.
- **2.3** Danielle will register Roxy and Jenson with a dentist and take them both for a check-up.
- **2.4** A referral will be made to Home-Start Dellinghurst by 06/02/2026 for a volunteer to help
  Danielle with the mornings and with shopping and cooking.
- **2.5** Kerry Fairclough (aunt) will have Roxy and Jenson at 3 Larch Walk for tea and a bath every
  Tuesday and Thursday from 3.15pm and bring them home by 7pm, writing each visit in the family diary,
  which Ben reads at his visits.

**How we will know (for 2.2 to 2.4):** the Tiny Steps register shows Jenson in at least 9 of every 10
sessions, e-mailed to Ben every other Friday; a letter from the dental practice with both children's
check-up dates is on Ben's file; and Home-Start's letter confirming that a volunteer has been matched,
with the date of the first visit, is on Ben's file.

#### Part 3 – Danielle's recovery

**What we want:** Danielle is off heroin and keeps to her methadone script.

- **3.1** Danielle will go to the Pathways women's recovery group every Wednesday at 1pm, from 28/01/2026
  until the review conference.
- **3.2** Danielle will see Dr Sian Morgan, her Pathways prescriber, for a script review every four
  weeks, the first on 03/02/2026.

**How we will know (for 3.1 and 3.2):** Danielle's engagement with Pathways will be reviewed at core group.

#### Part 4 – Roxy is in school and has someone to talk to

**What we want for Roxy:** Roxy is in school every day and on time, and can talk to an adult she trusts
about home.

- **4.1** Mrs Rita Chopra (Designated Safeguarding Lead, Holly Bank Primary) will ring Danielle by 9.30am
  on any day Roxy is not in school, and tell Ben the same day if Roxy has not been seen.
- **4.2** Mrs Dawn Pike (teaching assistant in Roxy's class) will have a ten-minute check-in with Roxy
  every morning at 8.50am, using her feelings fan.

**How we will know (for 4.1 and 4.2):** Roxy's attendance is above 95% on the register this term (84% in
the autumn term), with no more than one late mark a fortnight; the colour Roxy picks on her feelings fan
is written in the check-in book each morning, and Mrs Chopra copies the week's page to Ben every Friday.

- **4.3** Ben will see Roxy on her own at school every two weeks and do Words and Pictures work with her
  about why Mum was poorly and who looks after her; Roxy's own words will be written in Ben's visit
  records, and her finished Words and Pictures book will be on file by 27/03/2026.
- **4.4** Simon Reece (school nurse, Dellinghurst 0-19 Service) will see Roxy at school about her
  bedwetting and tiredness by 06/03/2026, and give Danielle advice about a bedtime routine.

### If things go wrong

- **If any test shows heroin, if needles, foil or drugs are found in the house, or if Danielle seems
  under the influence while looking after the children:** Ben (or the Emergency Duty Team out of hours)
  holds a strategy discussion the same day, and Roxy and Jenson go to Kerry's at 3 Larch Walk that night
  (Kerry agreed this at the conference). Ben asks Lorraine Pickles for a legal planning meeting within
  five working days.
- **If Kerry cannot have the children or cannot keep up Tuesdays and Thursdays** (she is ill, working, or
  the arrangement breaks down), Kerry or Danielle rings Ben that day. If the children need to leave home,
  Ben arranges a foster placement that day. Roxy goes to Holly Bank's after-school club on Tuesdays and
  Thursdays instead, paid for by Children's Services, until the core group agrees another adult.
- **If Roxy is not in school and no one can reach Danielle by 10am,** Mrs Chopra rings Ben, and Ben or
  the duty social worker visits the house that morning.
- **If the hair strand test taken on 30/03/2026 shows heroin,** Ben asks for a legal planning meeting
  before the next core group, to decide whether to start the Public Law Outline.

### Meetings

- Core group every four weeks at Holly Bank Primary, Tuesdays at 9.30am: 03/02/2026, 03/03/2026,
  31/03/2026, 28/04/2026, 26/05/2026 and 23/06/2026.
- Next review child protection conference: 14/07/2026 at 1.30pm, Dellinghurst Town Hall.

Plan written by Ben Adebayo and agreed at the review conference on 20/01/2026; copies to Danielle, Kerry
and every agency on 21/01/2026.
""",
    "findings": [
        F("T001", "Danielle will register Roxy and Jenson with a dentist"),
        F("W001", "A referral will be made to Home-Start Dellinghurst by 06/02/2026"),
        F("M002", "Danielle will go to the Pathways women's recovery group"),
        F("M002", "Danielle will see Dr Sian Morgan, her Pathways prescriber"),
        F("M001", "will see Roxy at school about her bedwetting and tiredness"),
        F("F002", "Danielle is off heroin and keeps to her methadone script."),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan: the stepfather's cocaine and alcohol use, a
#    smashed television, Monday mornings. "What will happen" is fourteen
#    numbered sentences, each saying who, when and how we will know in its
#    own words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_davenmere_rcpc_numbered_sentences_check_in_the_words_kowal.md",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-plan-md-short-details-paragraph-what-happened-what-has-changed-esme-in-her-words-leos-days-what-we-want-for-leo-and-esme-then-what-will-happen-fourteen-numbered-sentences-owner-time-and-check-in-the-writers-own-words-shown-by-evidenced-by-so-that-x-can-see-which-y-will-record-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a 7-year-old and a 2-year-old whose stepfather (the "
        "younger child's father) uses cocaine and drinks at weekends; in October he smashed the "
        "television while the children hid in the bathroom, and on Mondays the children were not "
        "changed, fed or taken to school. His sister has the children overnight every other Saturday. "
        "The plan's 'What will happen' part is fourteen numbered sentences, each naming who, when and "
        "how we will know in the writer's own words ('shown by a negative oral fluid test ... and by "
        "three negative hair strand tests', 'evidenced by her attendance being above 95%', 'so that "
        "Little Owls can see Leo has a clean nappy and has eaten at every drop-off', 'which Laura will "
        "record', a signed family agreement, a diary, a scaling score Claire records). The drug and "
        "alcohol service reports on change, the GP owns an action, the aunt's help has a fallback, "
        "legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Davenmere Council Children's Services

## Child protection plan – Esme and Leo Kowal

Made at the review child protection conference on 15/01/2026 (chair: Pauline Greaves, IRO). Esme Kowal
(born 04/06/2018, 7, Year 3 at Hollinbrook Primary School) and Leo Kowal (born 09/10/2023, 2, at Little
Owls Nursery on Tuesdays, Wednesdays and Thursdays) live at 21 Tannery Row, Davenmere DV1 6HQ, with their
mum, Aleksandra (Ola) Kowal (30), and Ryan Doyle (33), who is Leo's dad and Esme's stepdad. Esme's dad,
Marek, lives in Poland and rings her every Sunday. Ryan's sister, Nicola Doyle, lives at 8 Pinfold Lane.
Category: emotional abuse (both children), first made at the initial conference on 16/10/2025. Social
worker: Claire Whitfield (team manager: Dev Sharma).

### What happened

Ryan has used cocaine and drunk heavily at weekends for at least two years. On the night of 11/10/2025,
after a day of drinking and using cocaine, he smashed the television and shouted at Ola that he would
"put her through the window". Esme took Leo into the bathroom and locked the door, and a neighbour rang
the police. After weekends like that, Ola was too tired and upset on Monday mornings to get the children
ready: Leo was often still in Sunday's nappy when he arrived at nursery on Tuesday, and Esme missed or was
late for school on nine of the twelve Mondays before October half term.

### What has changed since October

- Ryan lived at Nicola's for six weeks and came home on 01/12/2025. He has been going to Horizon Davenmere
  since 20/10/2025, and his oral fluid tests since 17/11/2025 have been negative.
- Ola has been working with an independent domestic violence adviser (IDVA) and has a written safety
  plan.
- There have been no police call-outs since 11/10/2025.
- Esme has been in school every Monday since the Christmas holidays. Leo's nursery says he now mostly
  arrives clean and fed.

### Esme in her own words

Esme was seen on her own at school by Claire on 08/01/2026. "When Ryan's been out he comes back loud and
I take Leo in the bathroom like we practised." "It's better now. Ryan makes pancakes on Sunday." "I still
listen for the door at night." She scored how safe she feels at home as 6 out of 10; in December she said 4.
She would like "no more shouting ever" and "to stay at Auntie Nicola's on Saturdays because she has a
trampoline".

### Leo's days

Leo is two and says a few words in English and Polish. At nursery he is cheerful and climbs everything,
but he covers his ears when other children shout. Claire and the nursery have seen that he goes to Esme,
not to an adult, when he is upset. At his last health visitor contact he was on the 50th centile for
weight, and his speech was behind what is expected for his age.

### What we want for Esme and Leo

1. Esme and Leo live in a home where no adult is drunk or high, and they never see or hear fighting
   again.
2. Leo is clean, fed and looked after every day of the week, weekends included, and his talking catches
   up.
3. Esme goes to school every day and on time, Mondays included, and can tell us she feels safe at home.

### What will happen

Each numbered sentence says who will do it, when, and how we will know it is happening.

1. Ryan will not drink alcohol or use cocaine at all, at home or away from it, from today until the
   review conference, shown by a negative oral fluid test at every weekly Horizon appointment and by
   three negative hair strand tests taken on 26/01/2026, 23/02/2026 and 23/03/2026.
2. Amir Haddad, Ryan's recovery worker at Horizon Davenmere (the drug and alcohol service), will see Ryan
   every Tuesday for key work on his cocaine and alcohol use, with an oral fluid test each time, and will
   write to Claire two working days before each core group saying whether Ryan has stayed off drugs and
   drink and how likely he is to keep it up, and the test results and each letter will be on Claire's
   file before the meeting.
3. Claire Whitfield, the social worker, will visit every week until the review conference, one visit in
   three unannounced and at least one a month on a Sunday evening or a Monday morning, and will see Leo
   awake and Esme on her own, writing up each visit within two working days with what the children said
   and any sign of drink or drugs.
4. Ola will get Esme to Hollinbrook Primary by 8.45am every school day, evidenced by Esme's attendance
   being above 95% this term with no unexplained Monday absences, on the register the school office
   e-mails to Claire every Friday.
5. Mrs Sue Parkes, Designated Safeguarding Lead at Hollinbrook, will ring Ola by 9.30am on any day Esme is
   not in school and tell Claire the same day, and the first-day call log she sends Claire every Friday
   will show each call.
6. Ola will change Leo's nappy and give him breakfast before 9am every day, weekends included, so that
   Little Owls can see Leo has a clean nappy and has eaten at every drop-off, which the nursery writes
   in its drop-off book and Claire reads at her visits.
7. Laura Bennett, health visitor, will do Leo's review by 30/01/2026 and see him again at home by
   27/03/2026, with an ASQ-3 at each, which Laura will record in his red book and send to Claire and
   Little Owls, and if his communication score is still in the grey zone in March she will refer him to
   speech and language therapy that week.
8. Ryan will go to the Choices for Change programme at Davenmere Family Centre every Thursday evening
   from 22/01/2026 to 09/04/2026, and the facilitator's attendance letter and end-of-programme report,
   on Claire's file by 16/04/2026, will show every session he went to and what he has learned about the
   effect of his behaviour on Esme and Leo.
9. Jo Cavanagh, IDVA at Davenmere Domestic Abuse Service, will meet Ola every two weeks until the review
   conference to keep her safety plan up to date, and the signed plan will be on Claire's file by
   06/02/2026, with Ola able to tell Claire at her next visit the three things she will do if Ryan comes
   home drunk or high.
10. Nicola Doyle will have Esme and Leo overnight at 8 Pinfold Lane every other Saturday from 24/01/2026,
    bringing them home by 5pm on the Sunday and texting Claire when they are home, and Esme will write
    and draw in her weekend diary how the weekend went, which Claire looks at with her at each visit.
11. Claire will do direct work with Esme at school every two weeks, using the Three Houses and her worry
    monster, and will record Esme's score for how safe she feels at home at every session (6 now, 8 by
    the review conference).
12. Ryan and Ola will sign the family agreement at Claire's visit by 23/01/2026 (no drink or drugs in
    the house, no one under the influence looking after the children, Ryan goes to Nicola's at once if
    he has used), and Claire will check it against what she sees at each visit and what Esme tells her,
    writing any breach in the visit record that day.
13. Dr Farah Qureshi, Ryan's GP at Tannery Row Surgery, will see Ryan by 06/02/2026 about his sleep and
    low mood since stopping cocaine, and will write to Claire by 13/02/2026 about anything that affects
    his care of Esme and Leo.
14. PC Martin Keane, Davenmere Police Domestic Abuse Unit, will keep the warning marker on 21 Tannery Row
    and tell Claire within 24 hours of any call-out, and will check the marker on the first Monday of each
    month until the review conference, e-mailing Claire each time so that every check is on the file.

### If things go wrong

- **If Ryan has a positive test, a hair strand result shows cocaine, or anyone sees him drunk or high:**
  Ryan leaves the house that day and stays at Nicola's, and Claire holds a strategy discussion with the
  police the same day. Claire will ask Dev Sharma for a legal planning meeting within five working days,
  to decide whether to start the Public Law Outline.
- **If the police are called to the house, or Esme says there has been shouting or fighting:** Claire (or
  the Emergency Duty Team out of hours) sees both children that day, and Ryan leaves for Nicola's until
  the core group has met.
- **If Nicola cannot have Ryan or the children** (she is ill, away, or the arrangement with her breaks
  down), she or Ola rings Claire that day. Ryan stays with his friend Adam Lister at 12 Mill Croft, agreed
  at the conference; if Adam cannot have him, Claire asks Davenmere Housing Options for emergency
  accommodation that night. The Saturday overnights stop until the core group agrees another carer.
- **If Esme misses a Monday without a reason, or Leo arrives at nursery dirty or hungry twice in a
  fortnight,** Claire visits the same day and brings the core group forward.

### Meetings

- Core group every four weeks at Hollinbrook Primary, Wednesdays at 10am: 04/02/2026, 04/03/2026 and
  01/04/2026.
- Next review child protection conference: 16/04/2026 at 1.30pm, Davenmere Civic Offices.

Plan written by Claire Whitfield and agreed at the review conference; copies to Ola, Ryan, Nicola and
every agency on 16/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan typed as plain text, worry by worry, each
#    action a block of DO / WHO / WHEN / PROOF lines. A 13-year-old young
#    carer and a 4-year-old; the mother has a personality disorder and took
#    two overdoses. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_dressingham_icpc_worry_blocks_do_who_when_proof_moran.txt",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-plain-text-caps-headings-equals-rules-details-lines-what-happened-strengths-kacey-and-ollie-in-their-words-what-we-want-then-the-plan-worry-by-worry-each-worry-numbered-with-action-blocks-of-do-who-when-proof-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 13-year-old young carer and her 4-year-old brother: their "
        "mother has emotionally unstable personality disorder and took overdoses in September and "
        "December, the second found by the 13-year-old, who has been missing school to look after "
        "her and her brother. Typed as plain text worry by worry, each action a block of DO / WHO / "
        "WHEN / PROOF lines (proof such as a written CMHT report on capacity to change, a pharmacy "
        "dispensing record, a signed crisis plan, a young carers assessment, attendance figures, a "
        "psychiatric clinic letter). Most blocks are sound. Faults: the DBT group's weekly sessions "
        "only treat the mother, proved by a letter confirming attendance; the school counsellor's "
        "sessions are 'As and when Kacey wants them'; the Reception teacher's daily checks are proved "
        "by 'SW will monitor'; the family support worker's sessions have '-' for who; the debt advice "
        "referral has '-' for proof; and the review conference date is 'to be confirmed'."
    ),
    "text": """\
DRESSINGHAM CITY COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - INITIAL CHILD PROTECTION CONFERENCE
==========================================================================

Children ........ Kacey Moran, born 22/10/2012 (13, Year 8, Dressingham Academy)
                  Ollie Moran, born 25/06/2021 (4, Reception, St Anne's C of E Infant School)
Address ......... 9 Kestrel Walk, Dressingham DR5 1TT
Mother .......... Jade Moran (34)
Ollie's father .. Scott Bell (36), lives at 40 Canal View; sees Ollie every Sunday
Kacey's father .. not known to Kacey; no contact
Category ........ Neglect (both children)
Conference ...... 13/01/2026, Dressingham Civic Centre. Chair: Martin Fairbairn (IRO)
Social worker ... Aisha Malik (SW), Safeguarding Team West (team manager: Claire Rudd)

==========================================================================
WHAT HAPPENED
==========================================================================

Jade has a diagnosis of emotionally unstable personality disorder and is
under the Dressingham Community Mental Health Team (CMHT). On 21/09/2025
she took an overdose of her prescribed tablets while the children were at
home; she rang 999 herself. On 09/12/2025 Kacey came home from school and
found her mother unconscious on the bathroom floor. Kacey rang 999, kept
Ollie in the living room and stayed with Jade until the paramedics came.
Jade was in Dressingham Royal Infirmary for three days.

Since the autumn Kacey has been getting Ollie up, dressed and to school,
making tea most nights and giving her mum her tablets. Her attendance at
the Academy was 78% in the autumn term, mostly whole days missed when Jade
was unwell. Ollie has arrived at school hungry and in dirty clothes on
several mornings. There are rent arrears of about 1,900 pounds and a
notice of seeking possession from Dressingham Homes.

==========================================================================
WHAT IS GOING WELL
==========================================================================

- Jade is open about her diagnosis and agreed to every referral at the
  conference.
- Jade has a care coordinator and has seen him every two weeks since
  December.
- Scott has had Ollie every Sunday without fail, and has offered to help
  more.
- Kacey is a capable, loving sister and is doing well at school when she
  is there; her head of year describes her as "bright and funny".

==========================================================================
KACEY AND OLLIE IN THEIR OWN WORDS
==========================================================================

Kacey (seen on her own at the Academy by Aisha, 07/01/2026):
  "I don't mind doing stuff for Ollie. I just want someone else to know
  what to do when Mum's bad, not just me."
  "I check on her in the night. I can't sleep if I don't."
  "I'd like to go to the young carers thing my friend goes to."
  Kacey scored how worried she is about her mum as 9 out of 10.

Ollie (seen at home, 09/01/2026) showed Aisha his bedroom and his
dinosaurs. He said "Kacey makes my dinner" and "Mummy was in the
ambulance". He drew his family with Kacey holding his hand, and said his
favourite day is "Daddy day" (Sunday).

==========================================================================
WHAT WE WANT FOR KACEY AND OLLIE
==========================================================================

1. Kacey and Ollie are never left to look after their mum in a crisis,
   and Kacey knows who to call and that it is not her job.
2. Kacey is in school every day and has time to be 13: friends, clubs
   and sleep.
3. Ollie is fed, clean and in school every day, and has a routine at
   bedtime and in the morning.
4. Kacey and Ollie have a safe home that they will not lose.

==========================================================================
THE PLAN
==========================================================================

Each worry has its own actions. For each action: DO says what will
happen, WHO does it, WHEN, and PROOF is how we will know it is done and
working.

--------------------------------------------------------------------------
WORRY 1: Jade may harm herself again, and the children may find her or be
left with no adult able to care for them.
--------------------------------------------------------------------------

1.1 DO:    Care coordination: see Jade at home, agree her crisis plan with
           her, and write a report on whether she can keep the children
           safe when she is in crisis, what needs to change and how long
           that is likely to take.
    WHO:   Paul Osei, care coordinator (CPN), Dressingham CMHT
    WHEN:  Every two weeks from 19/01/2026; crisis plan by 23/01/2026;
           report by 27/02/2026
    PROOF: Crisis plan copied to Aisha by 23/01/2026; written report on
           Aisha's file by 27/02/2026 and shared at the core group.

1.2 DO:    Weekly DBT skills group sessions to help Jade manage her
           emotions and her urges to self-harm.
    WHO:   Bridges programme, Dressingham Personality Disorder Service
    WHEN:  Every Wednesday from 28/01/2026 for 24 weeks
    PROOF: Letter from Bridges confirming Jade's attendance, sent to Aisha
           every month.

1.3 DO:    Psychiatric review of Jade's medication and diagnosis, with a
           view on how her illness affects her care of Kacey and Ollie and
           how likely it is to change.
    WHO:   Dr Helen Marsh, consultant psychiatrist, Dressingham CMHT
    WHEN:  Outpatient appointment on 11/02/2026
    PROOF: Clinic letter to the GP and Aisha within two weeks of the
           appointment.

1.4 DO:    Change Jade's prescriptions to weekly dispensing, so that there
           is never a large stock of tablets in the house.
    WHO:   Dr Rohan Kapoor, GP, Elm Street Medical Centre
    WHEN:  By 23/01/2026
    PROOF: Pharmacy dispensing record showing weekly collections only;
           Aisha sees no more than a week's tablets in the locked box at
           her visits.

1.5 DO:    Make a safety card with Kacey: who she rings if her mum is
           unwell (999, Scott, the CMHT crisis line, Aisha), and that
           looking after Mum in a crisis is not her job.
    WHO:   Aisha Malik (SW)
    WHEN:  By 30/01/2026
    PROOF: Kacey has the card in her phone case and a signed copy is on
           file; Kacey can tell Aisha the three numbers at the next visit.

--------------------------------------------------------------------------
WORRY 2: Kacey is caring for her mum and Ollie and missing school.
--------------------------------------------------------------------------

2.1 DO:    Young carers assessment for Kacey, and a place at the Thursday
           young carers club.
    WHO:   Lucy Dent, young carers worker, Dressingham Carers Centre
    WHEN:  Assessment by 13/02/2026; club every Thursday after that
    PROOF: Young carers assessment on Aisha's file; club register sent to
           Aisha each half term.

2.2 DO:    Ring home if Kacey is not in by 9am, and tell Aisha the same
           day if there is no answer or Kacey is at home caring.
    WHO:   Mr Neil Fenton, Designated Safeguarding Lead, Dressingham
           Academy
    WHEN:  Every school day
    PROOF: Kacey's attendance above 92% by the Easter holidays (78% in the
           autumn term); register e-mailed to Aisha every Friday.

2.3 DO:    Sessions with the school counsellor for Kacey about her worries
           at home and her sleep.
    WHO:   Ms Rachel Ibbotson, school counsellor, Dressingham Academy
    WHEN:  As and when Kacey wants them
    PROOF: Kacey's YP-CORE score at the first and every fourth session,
           shared with Aisha.

2.4 DO:    Give Jade her tablets herself each morning and evening from the
           weekly pack, so that Kacey no longer does it.
    WHO:   Jade Moran (Mum)
    WHEN:  Every day from 14/01/2026
    PROOF: Kacey tells Aisha, when seen on her own, that she has not had to
           give her mum any tablets; Paul checks the pack at each visit.

--------------------------------------------------------------------------
WORRY 3: Ollie is not always fed, clean or ready for school.
--------------------------------------------------------------------------

3.1 DO:    See Ollie at home and at school, on his own where he is able,
           and see his bedroom and what food is in the house.
    WHO:   Aisha Malik (SW)
    WHEN:  Every ten working days until the review conference
    PROOF: Visit records with Ollie's words and drawings, and what food
           was seen.

3.2 DO:    Check Ollie's clothes, hygiene and lunch each morning and tell
           Aisha of any worry.
    WHO:   Mrs Kath Lyons, Reception class teacher, St Anne's
    WHEN:  Every school day
    PROOF: SW will monitor.

3.3 DO:    Family support sessions with Jade on a morning and bedtime
           routine for Ollie.
    WHO:   -
    WHEN:  Weekly for 8 weeks from 26/01/2026
    PROOF: Ollie's bedtime chart filled in every night; Ollie in bed by
           7.30pm on the two evening visits.

3.4 DO:    Have Ollie every Sunday, and collect him from school and give
           him tea every Wednesday, so that Kacey has a night off.
    WHO:   Scott Bell (Ollie's dad)
    WHEN:  Every Sunday, 10am to 5pm, and every Wednesday, 3pm to 7pm
    PROOF: Scott texts Aisha at each handover; the school's collection log
           shows Scott collecting Ollie on Wednesdays.

--------------------------------------------------------------------------
WORRY 4: The family may lose their home.
--------------------------------------------------------------------------

4.1 DO:    Referral to Dressingham Citizens Advice for debt advice about
           the rent arrears.
    WHO:   Aisha Malik (SW)
    WHEN:  By 30/01/2026
    PROOF: -

4.2 DO:    Agree a repayment plan with Jade and put the possession claim
           on hold while the plan is kept.
    WHO:   Mr Graham Tully, tenancy officer, Dressingham Homes
    WHEN:  By 27/02/2026
    PROOF: Signed repayment plan and a letter confirming the claim is on
           hold, copied to Aisha; rent account statement each month.

==========================================================================
IF THINGS GO WRONG
==========================================================================

- If Jade self-harms, takes more tablets than prescribed, or says she
  wants to die: whoever knows rings 999 and then Aisha (or the Emergency
  Duty Team). Kacey and Ollie go to Scott's at 40 Canal View that day;
  Aisha holds a strategy discussion the same day, and Paul arranges a
  CMHT crisis assessment for Jade within 24 hours.
- If Scott cannot have the children, Aisha or the Emergency Duty Team
  arranges a foster placement for that night.
- If Kacey misses two days of school in a fortnight because she has been
  caring, Mr Fenton rings Aisha that day and Aisha visits the next day.
- If there is a further overdose, or Paul's report on 27/02/2026 says Jade
  cannot keep the children safe in a crisis, Aisha will ask Claire Rudd
  for a legal planning meeting within five working days.

==========================================================================
MEETINGS
==========================================================================

Core group: every four weeks at the Civic Centre, Thursdays at 2pm:
29/01/2026, 26/02/2026, 26/03/2026.
Review child protection conference: within three months of this
conference, date to be confirmed by the Conference and Review Service.

Plan typed by Aisha Malik and sent to Jade, Scott and every agency on
14/01/2026.
""",
    "findings": [
        F("H001", "Weekly DBT skills group sessions to help Jade manage her"),
        F("T002", "Sessions with the school counsellor for Kacey about her worries"),
        F("M002", "Check Ollie's clothes, hygiene and lunch each morning"),
        F("W001", "Family support sessions with Jade on a morning and bedtime"),
        F("M001", "Referral to Dressingham Citizens Advice for debt advice"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan: physical chastisement of a 9-year-old by the
#    mother's partner, and a 14-month-old's faltering growth. Landscape Word
#    table "Ref / What we will do / Who / By when / Progress measure (now ->
#    target)", measures given as numbers now and targets. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_dulverstone_rcpc_progress_measure_now_to_target_thornton.docx",
    "doc_title": "Child Protection Plan - Ellie Thornton and Mason Hollis",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-kv-details-why-the-children-have-a-plan-progress-since-conference-ellies-words-and-masons-day-what-we-want-then-ref-what-we-will-do-who-by-when-progress-measure-now-arrow-target-table-numbers-now-and-targets-then-contingency-core-group-and-review",
    "description": (
        "Review conference plan for a 9-year-old hit by her mother's partner (a slap mark seen at "
        "school, and smacking 'for cheek') and his 14-month-old son, whose weight has fallen from the "
        "25th to the 2nd centile and who has missed two paediatric appointments. The plan is a "
        "landscape Word table 'Ref / What we will do / Who / By when / Progress measure (now -> "
        "target)', most measures given as a number now and a target (the centile, missed clinic "
        "appointments, meals a day from a food diary, a Parenting Scale score, marks seen, a 'safe at "
        "home' score, attendance, sessions attended). Faults: the nurture group is measured by "
        "'Improvement in Ellie's confidence'; the dental check is 'ASAP'; 'Professionals' share "
        "concerns; the housing letter has '-' for its measure; the social worker's visits are "
        "measured by 'To be discussed at core group'; the contingency's trigger is 'things do not "
        "improve' and its response is to review and consider next steps; and nothing anywhere leads "
        "to legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dulverstone Borough Council - Children's Services - Review child protection conference, 27/01/2026"),
        ("kv", [
            ("Children", "Ellie Thornton, born 12/11/2016 (9, Year 4, Greystone Primary School); Mason Hollis, "
                         "born 20/11/2024 (14 months)"),
            ("Address", "58 Quarry Bank Road, Dulverstone DV8 3JS"),
            ("Mother", "Sophie Thornton (29)"),
            ("Mother's partner", "Dean Hollis (31), Mason's father, lives at the house"),
            ("Ellie's father", "Carl Newby, lives in Gainsworth; sees Ellie one weekend a month"),
            ("Category", "Physical abuse (Ellie); neglect (Mason). Initial conference 04/11/2025."),
            ("Chair", "Anita Bhatt (independent reviewing officer)"),
            ("Social worker", "Jo Harrington, Safeguarding and Family Support Team (team manager: Phil Enright)"),
            ("Health visitor", "Carla Reyes, Dulverstone 0-19 Service"),
        ]),
        ("h1", "Why Ellie and Mason have a plan"),
        ("p", "On 14/10/2025 Ellie's teacher saw a red hand mark on the left side of her face. Ellie said "
              "Dean had slapped her for \"answering back\". Dean told the police he had given her \"a tap\", "
              "and Sophie said Dean smacks Ellie \"when she's cheeky\" and that she was smacked herself as a "
              "child. Ellie told her teacher that she hides in her room when Dean comes home."),
        ("p", "Mason was on the 25th centile for weight at his 9-month review. By October 2025 he had dropped "
              "to the 2nd centile. He had missed two appointments at the paediatric growth clinic, and Carla "
              "found that he was mostly given milk and snacks rather than meals, with no set mealtimes."),
        ("h1", "Progress since the initial conference"),
        ("bullets", [
            "No new marks have been seen on Ellie since 14/10/2025.",
            "Sophie and Dean have let Jo and Carla in on every visit, announced or not.",
            "Mason has started eating with the family at teatime most days, and has gained 200g since "
            "December.",
            "Dean has said, for the first time, that smacking Ellie was wrong.",
        ]),
        ("h1", "Ellie's words and Mason's day"),
        ("p", "Ellie (seen on her own at school by Jo, 20/01/2026): \"Dean hasn't smacked me since the "
              "police came. He still shouts though.\" \"I want my own bedroom because Mason wakes me up.\" "
              "\"I like the Rainbow Room at school because it's quiet.\" She scored how safe she feels at home "
              "as 5 out of 10."),
        ("p", "Mason is a smiley, busy toddler who is just starting to walk. On Carla's visit on 15/01/2026 "
              "he was in a clean nappy and clothes and ate half a bowl of pasta in his highchair. He reached "
              "for Ellie when she came in from school and followed her around the room."),
        ("h1", "What we want"),
        ("numbers", [
            "Ellie is never hit or hurt at home, and says she feels safe there.",
            "Mason eats regular meals, gains weight and gets back to at least the 9th centile.",
            "Ellie is in school every day and feels confident with her friends and in class.",
            "Both children live in a home with enough space and calm, consistent care from Sophie and Dean.",
        ]),
        ("h1", "The plan"),
        ("p", "The last column gives where things are now and where we want them to be, and where the "
              "figures will come from."),
        ("table", {
            "header": ["Ref", "What we will do", "Who", "By when", "Progress measure (now → target)"],
            "widths": [1.2, 8.0, 4.6, 4.0, 7.9],
            "rows": [
                ["D1",
                 "Weigh Mason, plot his weight in his red book and talk through his meals with Sophie.",
                 "Carla Reyes, health visitor",
                 "Every two weeks until the next review conference",
                 "Weight: 2nd centile now → 9th centile by 30/04/2026, plotted in the red book; Carla e-mails "
                 "each weight to Jo"],
                ["D2",
                 "Take Mason to the paediatric growth clinic, and share the clinic's findings and plan with the "
                 "core group.",
                 "Sophie (Mum) to take him; Dr Eleni Markou, consultant paediatrician, Dulverstone General "
                 "Hospital, to write",
                 "Appointment on 12/02/2026",
                 "Missed clinic appointments: 2 now → 0; Dr Markou's clinic letter to Jo and the GP within two "
                 "weeks of the appointment"],
                ["D3",
                 "Keep a food diary of everything Mason eats and drinks for the two weeks before the clinic.",
                 "Sophie (Mum)",
                 "29/01/2026 to 12/02/2026",
                 "Meals a day: about 1 now → 3 meals and 2 snacks, counted by Carla from the diary; the diary "
                 "taken to the clinic"],
                ["D4",
                 "Go together to the Triple P group parenting programme, with its sessions on calm discipline "
                 "without smacking.",
                 "Sophie and Dean",
                 "Tuesdays, 10/02/2026 to 24/03/2026",
                 "Parenting Scale score 4.6 now → under 3.5 at the last session, scored by the Triple P "
                 "practitioner; certificate on Jo's file"],
                ["D5",
                 "Sign and keep to a written agreement: no smacking or any other physical punishment of Ellie "
                 "or Mason, and leave the room when he feels angry.",
                 "Dean Hollis",
                 "Signed by 30/01/2026; every day after that",
                 "Marks or injuries seen on Ellie: 1 since October → 0, from school checks and Jo's visits; the "
                 "signed agreement on file"],
                ["D6",
                 "See Ellie on her own, at school or at home, and ask her how safe she feels at home.",
                 "Jo Harrington, social worker",
                 "Every two weeks",
                 "Ellie's safe at home score, asked by Jo at every visit: 5 now → 8 by the next review; her "
                 "words written up within two days"],
                ["D7",
                 "Tell Jo the same day about any mark or injury on Ellie, and what Ellie says about it.",
                 "Mrs Angela Dunn, Designated Safeguarding Lead, Greystone Primary",
                 "The same day",
                 "Every mark logged on CPOMS with Ellie's explanation and e-mailed to Jo that day; unexplained "
                 "marks: 0 now → 0"],
                ["D8",
                 "Take Ellie to school on time.",
                 "Sophie (Mum)",
                 "Every school day",
                 "Attendance: 87% now → 96% by the Easter holidays, from the register e-mailed to Jo every "
                 "Friday"],
                ["D9",
                 "Nurture group sessions for Ellie in the Rainbow Room, on friendships and feelings.",
                 "Mrs Lorna Fell, nurture lead, Greystone Primary",
                 "Three afternoons a week until the Easter holidays",
                 "Improvement in Ellie's confidence"],
                ["D10",
                 "Book and take Ellie and Mason to a dental check-up.",
                 "Sophie (Mum)",
                 "ASAP",
                 "Dental check-ups: none since 2023 → both children seen; practice letter on Jo's file"],
                ["D11",
                 "Share any concern about Ellie or Mason with Jo the same day.",
                 "Professionals",
                 "Same day",
                 "Concerns logged on the case file the day they are raised"],
                ["D12",
                 "Write a letter supporting the family's application to Dulverstone Homes for a three-bedroom "
                 "house, so that Ellie has her own room.",
                 "Jo Harrington, social worker",
                 "By 13/02/2026",
                 "-"],
                ["D13",
                 "Home visits, one in three unannounced, to see both children and the home.",
                 "Jo Harrington, social worker",
                 "Every week",
                 "To be discussed at core group"],
                ["D14",
                 "Go to the ten-week Calm Dads course at Dulverstone Family Centre.",
                 "Dean Hollis",
                 "Wednesdays from 04/02/2026",
                 "Sessions attended: 0 of 10 now → 10 of 10 on the course register; the facilitator's letter "
                 "to Jo by 15/04/2026"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things do not improve for Ellie and Mason, or there are further concerns, the core group will "
              "meet to review the plan and consider next steps."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks at Greystone Primary, Mondays at 1pm: 09/03/2026, 20/04/2026 and "
            "01/06/2026.",
            "Next review child protection conference: 14/07/2026 at 10am, Dulverstone Town Hall.",
        ]),
        ("p", "Plan written by Jo Harrington and sent to Sophie, Dean, Carl and every agency on 29/01/2026."),
    ],
    "findings": [
        F("M002", "Nurture group sessions for Ellie in the Rainbow Room"),
        F("T002", "Book and take Ellie and Mason to a dental check-up."),
        F("W002", "Share any concern about Ellie or Mason with Jo the same day."),
        F("M001", "Write a letter supporting the family's application to Dulverstone Homes"),
        F("M002", "Home visits, one in three unannounced, to see both children"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan: a 12-year-old with autism and ADHD and a
#    6-year-old; their mother depends on prescribed opioids and was found
#    asleep and unrousable. One table per outcome, "What will happen / Who /
#    When / What the core group will see", the last column merged down the
#    rows of three tables and given row by row in one. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_dawlesford_icpc_outcome_tables_what_core_group_will_see_merged_garside.pdf",
    "doc_title": "Child Protection Plan - Tyler and Summer Garside",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "check_vmerge": 3,
    "header": "Dawlesford Borough Council - Children's Services - Child protection plan",
    "footer": "Tyler and Summer Garside - initial conference 21/01/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-kv-details-what-happened-what-is-working-tyler-and-summer-in-their-own-ways-then-one-table-per-outcome-heading-what-will-happen-who-when-what-the-core-group-will-see-last-column-merged-down-the-outcomes-rows-in-three-tables-row-by-row-in-one-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old with autism and ADHD and his 6-year-old "
        "sister: their mother is dependent on prescribed co-codamol and tramadol, buys more online, "
        "and on 04/11/2025 was found asleep and unrousable with the 6-year-old alone downstairs; the "
        "12-year-old's ADHD medicine was often missed. Their maternal grandfather does the school run "
        "and is the emergency carer. The plan is one table per outcome, 'What will happen / Who / "
        "When / What the core group will see', the last column merged down all the rows of three "
        "tables (one check for the outcome's actions: the drug service's test log, pharmacy records, "
        "visit records, a daily check sheet, the breakfast club register, Summer naming her safe "
        "adults) and given row by row in the fourth (a MAR chart, the register, a key adult log, a "
        "clinic letter), with a page header and footer. The GP and the drug service own actions and "
        "report on change, the grandfather's help has a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dawlesford Borough Council Children's Services - Assessment and Safeguarding Team 2"),
        ("kv", [
            ("Children", "Tyler Garside, born 30/04/2013 (12, Year 8, Dawlesford High School; autism and ADHD, "
                         "has an EHC plan); Summer Garside, born 08/08/2019 (6, Year 2, Primrose Hill Primary "
                         "School)"),
            ("Address", "17 Weaver Street, Dawlesford DW3 9LE"),
            ("Mother", "Michelle Garside (41)"),
            ("Children's father", "Lee Garside; lives in Spain, rings the children most weeks"),
            ("Maternal grandfather", "Keith Garside (\"Grandad Keith\", 66), 2 Finch Close, Dawlesford"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, 21/01/2026. Chair: Hilary Baptiste (IRO)"),
            ("Social worker", "Sam Okonedo (team manager: Rachel Kitson)"),
        ]),
        ("h1", "What happened"),
        ("p", "Michelle has had back pain since a fall at work in 2021 and is prescribed co-codamol and "
              "tramadol. Since last spring she has also been buying tablets online. On 04/11/2025 Summer "
              "rang Grandad Keith at 6pm because she could not wake her mum; Keith found Michelle asleep on "
              "the sofa and could not rouse her, and rang 999. Summer had been alone downstairs since she got "
              "home from school, and Tyler was not home: he had walked out of school at lunchtime and was "
              "found by police in the town centre at 8pm."),
        ("p", "Tyler's school says he has often arrived without his morning methylphenidate, and on those "
              "days he cannot settle and has been sent home five times since September. Summer's teacher has "
              "seen her come to school hungry and in unwashed uniform, and she has told her teacher she makes "
              "her own tea \"when Mummy is sleepy\"."),
        ("h1", "What is working"),
        ("bullets", [
            "Michelle told the conference the truth about buying tablets, and has already seen her GP and the "
            "drug and alcohol service.",
            "Grandad Keith has done the school run every morning since 05/11/2025, and the children love "
            "being at his house.",
            "Tyler has a good relationship with his key adult at school, Mr Dowd, and went to every lesson on "
            "the days he had his medicine.",
            "Summer knows how to ring Grandad and did so on 04/11/2025.",
        ]),
        ("h1", "Tyler and Summer, in their own ways"),
        ("p", "Tyler does not like talking face to face, so Sam talked with him while they played a racing "
              "game on 14/01/2026, and Tyler typed some answers on his phone. He wrote: \"Mum sleeps a lot "
              "because of her back. Sometimes I can't wake her and I go out.\" He said he wants \"my tablets "
              "every morning so I don't get sent home\" and \"to stay at Grandad's sometimes because it's "
              "quiet\"."),
        ("p", "Summer (seen on her own at school, 15/01/2026) drew her mum \"asleep on the sofa\" and herself "
              "\"making toast\". She said \"I was scared when Mummy wouldn't wake up. I rang Grandad like he "
              "showed me.\" She wants \"Mummy to play with me after school\"."),
        ("h1", "The plan"),
        ("p", "The plan has four outcomes. Under each is a table of what will happen. In the first, third "
              "and fourth tables, the last column is one box for all the rows in that table: it says what the core group "
              "will see that tells us those actions are happening and working. In the second table each row "
              "has its own."),
        ("h2", "Outcome 1: Tyler and Summer are always looked after by an adult who is awake, sober and able "
               "to keep them safe"),
        ("table", {
            "header": ["What will happen", "Who", "When", "What the core group will see"],
            "widths": [6.4, 3.4, 3.0, 4.2],
            "rows": [
                ["Agree a written plan with Michelle to reduce her co-codamol and tramadol, move her to weekly "
                 "dispensing, and write to Sam about how her use of painkillers affects her care of Tyler and "
                 "Summer.",
                 "Dr Yvonne Achterberg, GP, Mill Brook Surgery",
                 "Plan by 30/01/2026; reviewed with Michelle every four weeks; letter to Sam before each core "
                 "group",
                 "Every urine test shows only the medicines on Michelle's reduction plan, in the drug and "
                 "alcohol service's test log, which the core group reads at each meeting. Pharmacy records "
                 "show weekly collections only, with no early requests. On every visit Michelle is awake and "
                 "alert, written in Sam's visit records. Priya's report and Dr Achterberg's letter before each "
                 "core group say whether Michelle is keeping to the reduction plan and how likely she is to "
                 "keep to it."],
                ["Key work with Michelle on her use of prescribed and bought painkillers, with a urine test at "
                 "every session, and a written report before each core group on her progress and her capacity "
                 "to stay off bought tablets.",
                 "Priya Lal, recovery worker, Dawlesford Drug and Alcohol Service (prescription medicines team)",
                 "Every week from 27/01/2026; report two working days before each core group",
                 V],
                ["Take only the painkillers on her weekly prescription, buy none online or anywhere else, and "
                 "keep them in the locked box in her bedroom.",
                 "Michelle (Mum)",
                 "Every day from 22/01/2026",
                 V],
                ["Visit the home, one visit in three unannounced, including one early evening visit a week, to "
                 "see Michelle and both children.",
                 "Sam Okonedo, social worker",
                 "Every week until the review conference",
                 V],
            ],
        }),
        ("h2", "Outcome 2: Tyler has his medicine every day, goes to school and stays there, and is calmer "
               "at home"),
        ("table", {
            "header": ["What will happen", "Who", "When", "What the core group will see"],
            "widths": [6.4, 3.4, 3.0, 4.2],
            "rows": [
                ["Give Tyler his methylphenidate at 7.30am and his melatonin at 8pm, and tick each dose on the "
                 "MAR chart on the kitchen wall.",
                 "Michelle (Mum)",
                 "Every day from 22/01/2026",
                 "Every dose ticked on the MAR chart, which Keith and Sam check on their visits; no school day "
                 "on which Mr Dowd's log says Tyler arrived without his medicine"],
                ["Pick Tyler and Summer up at 8.15am and take them to school.",
                 "Keith Garside (Grandad)",
                 "Every school day",
                 "Both registers show Tyler and Summer in school by 8.50am; the school offices e-mail Sam on "
                 "Fridays"],
                ["Check in with Tyler at the start of every school day, give him a time-out card, and bring "
                 "his EHC plan review forward.",
                 "Mr Craig Dowd, key adult, with Mrs Helen Foy, SENCO, Dawlesford High School",
                 "Every school day; EHC plan review by 06/03/2026",
                 "Mr Dowd's daily log, sent to Sam every Friday, shows fewer than two send-homes a half term "
                 "(five since September); EHC plan review paperwork on Sam's file by 06/03/2026"],
                ["Review Tyler's ADHD medicine and his sleep, and check his weight and heart rate.",
                 "Dr Omar Siddiqui, CAMHS neurodevelopmental team",
                 "Clinic on 10/02/2026",
                 "Clinic letter to the GP and Sam within two weeks of the clinic, with Tyler's dose, weight and "
                 "heart rate"],
            ],
        }),
        ("h2", "Outcome 3: Summer is fed, clean and never left on her own, and knows who she can go to"),
        ("table", {
            "header": ["What will happen", "Who", "When", "What the core group will see"],
            "widths": [6.4, 3.4, 3.0, 4.2],
            "rows": [
                ["Check each morning whether Summer has eaten, is clean and has clean uniform, and tell Sam the "
                 "same day if not.",
                 "Miss Rosie Lund, Summer's class teacher, Primrose Hill Primary",
                 "Every school day",
                 "Miss Lund's daily check sheet shows Summer fed and in clean uniform on at least 9 days out of "
                 "10, copied to Sam every other Friday. The breakfast club register shows Summer there on "
                 "every school day. By 13/03/2026 Summer can name to Sam her five safe adults on her Safe Hand, "
                 "and her words are in Sam's visit record."],
                ["Give Summer a free place at breakfast club.",
                 "Mrs Joan Pitt, breakfast club lead, Primrose Hill Primary",
                 "Every school day from 26/01/2026",
                 V],
                ["See Summer on her own and do Safe Hand work with her: who she can ring and go to if her mum "
                 "cannot be woken.",
                 "Sam Okonedo, social worker",
                 "Every two weeks until the review conference",
                 V],
            ],
        }),
        ("pagebreak",),
        ("h2", "Outcome 4: Tyler and Summer always have a grown-up in the family who steps in when their mum "
               "cannot"),
        ("table", {
            "header": ["What will happen", "Who", "When", "What the core group will see"],
            "widths": [6.4, 3.4, 3.0, 4.2],
            "rows": [
                ["Be the children's emergency carer: come to 17 Weaver Street, or take the children to 2 Finch "
                 "Close, if Michelle is drowsy, cannot be woken or is unwell.",
                 "Keith Garside (Grandad)",
                 "Within 30 minutes of a call from Michelle, the children, the school or Sam, until the review "
                 "conference",
                 "Keith texts Sam each time he has to step in, and Sam sees the children within 24 hours and "
                 "writes it up. Sam's record of the family network meeting, with the name of a second adult "
                 "who has agreed to step in, and the plan signed by each adult, is on the file by "
                 "13/02/2026."],
                ["Hold a family network meeting to agree a second adult who can step in if Keith cannot.",
                 "Sam Okonedo, social worker",
                 "By 13/02/2026",
                 V],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Michelle is found drowsy or cannot be woken while caring for the children, or a urine test "
            "shows a medicine not on her plan, or tablets are found that were not prescribed: the adult who "
            "finds her rings 999 if she cannot be woken, and Keith takes the children to 2 Finch Close that "
            "day. Sam (or the Emergency Duty Team) holds a strategy discussion the same day, and asks Rachel "
            "Kitson for a legal planning meeting within five working days.",
            "If Keith cannot come (he is ill, away or cannot be reached within 30 minutes), the second adult "
            "agreed at the family network meeting steps in. Until that adult is agreed, or if they cannot "
            "come either, Sam or the Emergency Duty Team arranges a foster placement for that night.",
            "If Tyler leaves school or home without telling anyone: the school or Michelle rings the police "
            "straight away and then Sam, and Sam sees Tyler the next day.",
            "If Priya's report before the core group on 24/03/2026 says Michelle is still buying tablets, or "
            "is not keeping to the reduction plan, Sam will ask for a legal planning meeting before the review "
            "conference.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Primrose Hill Primary, Tuesdays at 3.45pm: 27/01/2026, 24/02/2026 "
            "and 24/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Dawlesford Civic Hall.",
        ]),
        ("p", "Plan sent to Michelle, Keith and every agency on 22/01/2026."),
    ],
    "findings": [],
})
