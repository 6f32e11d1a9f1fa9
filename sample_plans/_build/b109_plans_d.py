"""Batch 109, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans built around safety rules and agreements as much as tasks. A
signed safety agreement sits inside the action plan, its rules holding "every
day from" the signing or "every night", beside ordinary dated tasks; some
plans give the time for a whole stage in a merged cell ("Until the baby is
born", "The first two weeks after discharge"), others write times as limits
("no later than", "within 48 hours of any early warning sign"); measures are
signed registers and logs, a sent letter, a photo of the cot, breath and urine
test results, a school's attendance print-out. Four plans are exemplary: a
Word safety plan with a signed-agreement table and a family network table; a
pre-birth PDF whose stage column is merged down over each stage's actions; a
review PDF with numbered signed rules and a dated task table; and a Markdown
plan grouped by "every morning / every night / every week / with a date". The
other three carry weak wording among good rows: a Signs of Safety "safety
goals / next steps" plan in Markdown, a two-column Word agreement ("What we
agreed" | "How we will check") and a plain-text core group minutes update.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, risk of sexual harm from the mother's brother, released on
#    licence. Word plan in three parts: the signed safety agreement (rules as
#    rows), the family network table, the professionals' table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_dorrickmoor_icpc_signed_agreement_network_table_haldane.docx",
    "doc_title": "Child Protection Plan - Rosie and Alfie Haldane",
    "split": "tune",
    "actions": 14,
    "template": "icpc-word-safety-plan-details-list-worries-working-well-childrens-words-outcomes-then-three-tables-signed-rules-who-keeps-it-from-when-family-network-who-what-when-professionals-action-who-by-when-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 4-year-old whose uncle, a registered "
        "sex offender released on licence, stayed at the house and babysat them. The plan has three "
        "tables: the safety agreement the parents signed at conference (each rule with who keeps it, "
        "'every day from 14/08/2025' and how it is checked), a family network table (grandmother's "
        "collections, aunt as the place of safety, both signing the agreement) and a professionals' "
        "table with limits such as 'no later than 10/10/2025'. The GP owns the mother's depression "
        "review, the network has a fallback, legal planning follows a broken rule, dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan and Safety Agreement"),
        ("p", "Dorrickmoor Metropolitan Borough Council · Children's Services · Safeguarding and Assessment Team 3"),
        ("kv", [
            ("Children", "Rosie Haldane (7), DOB 19/03/2018; Alfie Haldane (4), DOB 02/11/2020"),
            ("Address", "12 Wrenfield Close, Dorrickmoor DM4 6TR"),
            ("Mother", "Kerry Haldane (31), works at Dorrickmoor Co-op until 6pm on Mondays and Wednesdays"),
            ("Father", "Lee Haldane (33), HGV driver, away Tuesday and Wednesday nights"),
            ("Person posing a risk", "Shaun Pryor (35), Kerry's brother; released on licence 28/07/2025, living at "
                                     "Netherby House approved premises, Dorrickmoor"),
            ("Category", "Sexual abuse (risk of)"),
            ("Initial conference", "Thursday 14/08/2025, Dorrickmoor Civic Centre. Chair: Anita Marsh"),
            ("Social worker", "Bethan Oduya (team manager: Rob Kettering)"),
        ]),
        ("h1", "Why Rosie and Alfie need a plan"),
        ("p", "Shaun was convicted in 2021 of sexually assaulting a 12-year-old girl. He is on the sex offender "
              "register and his licence says he must not have unsupervised contact with any child. Four days after "
              "his release he slept on the family's sofa for two nights, and on 01/08/2025 Kerry left Rosie and "
              "Alfie with him for three hours while she was at work. His probation officer found out on 04/08/2025. "
              "Rosie was seen by the police and the social worker on 05/08/2025 and said nothing that suggested she "
              "had been harmed. Kerry told the conference she had thought Shaun had \"served his time\" and would "
              "never hurt her own children. Lee was working away and did not know Shaun had stayed. Kerry has had "
              "depression since Alfie was born; her GP prescribes citalopram, and she says she has been low and "
              "very tired this summer."),
        ("h1", "What is working well"),
        ("p", "Kerry and Lee came to conference together, accepted that Shaun must not be near the children, and "
              "signed the safety agreement below before they left. Both children are healthy, well cared for and "
              "close to their parents. Lee's mum Janice and his sister Carly came to conference and offered help "
              "straight away. Rosie's attendance at Wrenfield Primary was 97% last year."),
        ("h1", "What Rosie and Alfie have told us"),
        ("p", "Rosie (seen on her own at school, 07/08/2025): \u201cUncle Shaun let me stay up and watch videos on "
              "his phone. Mummy says he's not allowed now but I don't know why.\u201d In her house of worries she "
              "drew \u201cwhen Daddy's away and Mummy is sad in bed\u201d; in her house of good things, \u201cNana "
              "Janice's chips on a Monday\u201d; in her house of dreams, \u201cMummy and Daddy stop shouting about "
              "Uncle Shaun\u201d."),
        ("p", "Alfie (seen at home, 11/08/2025) showed the social worker his dinosaurs and ran to Lee for a cuddle "
              "when he came in. He said, \u201cRosie gets me cereal when Mummy's sleeping.\u201d He chatted happily and "
              "went to Kerry when he bumped his head."),
        ("h1", "What we want for Rosie and Alfie"),
        ("bullets", [
            "Rosie and Alfie are never alone with Shaun, at home or anywhere else, and he does not come to their "
            "home.",
            "Rosie and Alfie are looked after only by adults who know about the risk and have signed the safety "
            "agreement.",
            "Rosie knows the family's safety rules, can name five safe adults, and says she feels safe at home.",
            "Rosie and Alfie are got up, fed and taken to school and nursery every day by a parent who is well "
            "enough to do it.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan has three parts. Part 1 is the safety agreement Kerry and Lee signed at conference: each "
              "rule is an action, with who keeps it, from when, and how we will check. Part 2 is what Rosie and "
              "Alfie's family network will do. Part 3 is what the professionals will do."),
        ("h2", "Part 1 \u2013 The safety agreement (signed by Kerry and Lee on 14/08/2025)"),
        ("table", {
            "header": ["No.", "Rule we signed", "Who keeps it", "From when", "How we will check"],
            "widths": [1.0, 5.2, 2.6, 3.2, 5.0],
            "rows": [
                ["1.1", "Rosie and Alfie will never be left alone with Shaun, at home, at Nana's, in the car or "
                        "anywhere else",
                 "Kerry and Lee", "Every day and night from signing on 14/08/2025",
                 "Probation confirms Shaun's whereabouts to the SW every Friday; Rosie and Alfie tell the SW at "
                 "each visit who has looked after them that week"],
                ["1.2", "Shaun will not come into the house, the garden or the family car, even when the children "
                        "are out",
                 "Kerry and Lee", "Every day from 14/08/2025",
                 "Visitors' page signed by Kerry every evening and read by the SW at each visit; any sighting of "
                 "Shaun logged by the police and shared with the SW"],
                ["1.3", "Only the adults named in Part 2 will babysit Rosie and Alfie or collect them from school "
                        "and nursery",
                 "Kerry and Lee", "Every time someone else looks after them, from 14/08/2025",
                 "School and nursery collection lists hold only those names; the office's signed collection sheet "
                 "is copied to the SW each month"],
                ["1.4", "Tell the SW about any call, text or message from Shaun, and send her a screenshot",
                 "Kerry", "No later than the end of the same day",
                 "Screenshots on the case file; the SW tells probation within 24 hours"],
            ],
        }),
        ("h2", "Part 2 \u2013 Rosie and Alfie's family network"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will check"],
            "widths": [3.0, 5.6, 3.6, 4.8],
            "bold_first_col": True,
            "rows": [
                ["Janice Haldane\n(Lee's mum)",
                 "Collect Rosie from Wrenfield Primary and Alfie from Little Acorns nursery and give them their tea "
                 "at her house until Kerry finishes work",
                 "Every Monday and Wednesday, 3.15pm to 6.30pm, from 03/09/2025",
                 "Janice signs the school and nursery collection sheets; the SW checks them at her first visit "
                 "each month"],
                ["Carly Webb\n(Lee's sister)",
                 "Have Rosie and Alfie to stay at her home, 4 Bramble Lane, whenever Kerry is too unwell to look "
                 "after them while Lee is away, or any rule in Part 1 is broken",
                 "The same night, whenever Kerry, Lee or the SW ring her",
                 "Carly texts the SW by 9am the next morning each time; the SW sees the children at Carly's "
                 "within two days"],
                ["Janice Haldane and Carly Webb",
                 "Come to the safety network meeting, hear from the SW what Shaun was convicted of, and sign the "
                 "safety agreement",
                 "Network meeting on 20/08/2025 at Dorrickmoor Family Hub",
                 "Copy of the agreement with both their signatures on the case file"],
            ],
        }),
        ("h2", "Part 3 \u2013 What the professionals will do"),
        ("table", {
            "header": ["Action", "Who", "By when", "How we will know"],
            "widths": [5.8, 3.6, 3.2, 4.4],
            "rows": [
                ["Visit Rosie and Alfie at home, with one unannounced evening visit each month, and see Rosie on "
                 "her own",
                 "Bethan Oduya, social worker", "Weekly from 18/08/2025",
                 "Visit records show both children seen, Rosie seen alone and the visitors' page read"],
                ["Do four sessions of direct work with Rosie about safe and unsafe secrets and her \"safe hand\" "
                 "of five trusted adults",
                 "Bethan Oduya, social worker", "Four sessions, finished no later than 10/10/2025",
                 "Rosie's safe-hand drawing kept on file; Rosie can name her five adults when the SW asks"],
                ["Check that Shaun keeps his licence conditions (no unsupervised contact with any child, no visits "
                 "to Kerry's home) and tell the SW of any breach",
                 "Marcus Ellery, probation officer, Dorrickmoor Probation Delivery Unit",
                 "Weekly check; any breach reported within 24 hours",
                 "Friday email to the SW confirming Shaun's address and any breach or recall"],
                ["Put a warning marker on 12 Wrenfield Close and tell the SW of any sighting of Shaun near the "
                 "house or the school",
                 "DC Joanne Pask, Dorrickmoor Police Public Protection Unit",
                 "Marker by 22/08/2025; sightings the same day",
                 "Marker reference emailed to the SW; each sighting logged and shared"],
                ["Review Kerry's depression and her medication, and write to the SW about how her mood affects her "
                 "care of Rosie and Alfie",
                 "Dr Samir Qureshi, GP, Wrenfield Medical Centre", "By 12/09/2025",
                 "GP letter on both children's files before the second core group"],
                ["Check Rosie's attendance and how she presents, make sure only adults on the list collect her, "
                 "and ring the SW the same day with any worry",
                 "Mrs Helen Cardew, DSL, Wrenfield Primary", "Every school day from 03/09/2025",
                 "Attendance print-out emailed to the SW every Friday; same-day calls logged on CPOMS"],
                ["Complete the eight-session Keeping Safe course for parents whose relative poses a sexual risk to "
                 "children",
                 "Kerry and Lee (SW to refer by 22/08/2025)",
                 "Starts 08/09/2025; finished no later than 27/10/2025",
                 "Course register and the facilitator's end-of-course report, on what Kerry and Lee understand "
                 "about the risk, sent to the SW"],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("p", "If Shaun is found at the house, in the car or with the children, if Rosie or Alfie say he has been "
              "with them, or if Kerry does not tell the SW about a message from him: whoever finds out rings 999 if "
              "he is there; Rosie and Alfie go to Carly's home at 4 Bramble Lane that night; and Bethan holds a "
              "strategy discussion with DC Pask the same day."),
        ("p", "If Carly or Janice cannot help (they are ill or away, or they have let Shaun near the children), "
              "Bethan will place Rosie and Alfie together with Dorrickmoor foster carers that day, with Kerry and "
              "Lee's agreement, or by asking the police to use their protection powers if they do not agree."),
        ("p", "If any rule in Part 1 is broken, or Kerry and Lee have not finished the Keeping Safe course by "
              "27/10/2025, Bethan will ask Rob Kettering for a legal planning meeting within 5 working days to "
              "decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 4pm, Dorrickmoor Family Hub: 27/08/2025, 24/09/2025 and "
            "22/10/2025.",
            "Review child protection conference: Thursday 06/11/2025, 10am, Dorrickmoor Civic Centre.",
            "Before each core group Bethan will ask Rosie how the family rules are going and bring her words to "
            "the meeting.",
        ]),
        ("p", "Signed at conference on 14/08/2025 by Kerry Haldane and Lee Haldane. Copies to Kerry, Lee, Janice, "
              "Carly and every professional named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC Signs of Safety plan, stepfather's drinking and a door punched in,
#    mother's anxiety. Markdown: danger statement, scaling, safety goals,
#    "next steps" bullets in two groups (signed rules, jobs). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_davenhithe_sos_safety_goals_next_steps_fennimore.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-signs-of-safety-markdown-family-list-danger-statement-complicating-factors-working-well-scaling-three-houses-safety-goals-then-next-steps-bullets-signed-rules-and-jobs-plain-owner-how-we-will-know-contingency-meetings",
    "description": (
        "Initial conference Signs of Safety plan for a 9-year-old and a 2-year-old after their stepfather, "
        "drunk, punched a door while holding the toddler. Markdown with a danger statement, scaling, "
        "Lexi's three houses, safety goals and 'next steps' bullets in two groups: the rules the "
        "parents signed and the jobs to do. Most steps are sound (the drinking rule checked by breath "
        "tests, the alcohol service reporting on change, Nana's days and her role as safety person). "
        "Faults: a locked-door rule nobody checks, a parenting assessment with no time, 'will support "
        "Mum' with no time or measure, mental health appointments that only treat, a DSL who will "
        "'keep an eye on' Lexi, one safety goal about the stepfather only; the contingency only says "
        "the core group will review the plan, with no fallback for Nana and no legal step."
    ),
    "text": """\
# Child protection plan — Lexi Fennimore and Theo Tolley

Davenhithe Council · Children's Services · Signs of Safety plan
Initial child protection conference, Thursday 21/08/2025 · Chair: Moira Ekwueme · Social worker: Lauren Pike
Category: emotional abuse

## Who is in the family

- Lexi Fennimore, 9 (DOB 02/06/2016), Year 5 at Hallbrook Primary
- Theo Tolley, 2 (DOB 27/04/2023)
- Shanice Fennimore, 29, Mum
- Craig Tolley, 34, Theo's dad and Lexi's stepdad; lives with the family at 16 Cowslip Rise, Davenhithe
- Pauline Fennimore, 58, Nana (Shanice's mum); lives in Oakmere Road, five minutes' walk away

## Danger statement

The police, Hallbrook Primary and Children's Services are worried that when Craig drinks he gets angry and
loud, and that Lexi and Theo could be hurt, either by being in the way when he throws or breaks things, or
by being frightened at home night after night. On 09/08/2025 police were called at 11.40pm: Craig had drunk
most of a crate of lager, punched a hole in the kitchen door and shouted at Shanice while he was holding
Theo. Lexi hid under her bed and rang her Nana. This is the third time police have come since January.

## Complicating factors

Craig says his drinking is "only weekends" and under control. Shanice has had anxiety and panic attacks since
she was a teenager and has stopped going to the shops on her own. Her GP referred her to the Davenhithe
Community Mental Health Team in July.

## What's working well

Shanice rang the police herself on 09/08/2025 and has been honest with the social worker. Both children are
well fed, clean and dressed for the weather. Craig has not missed a day's work in two years and has agreed to
go to Pathways. Nana Pauline sees the children most days and Lexi trusts her. Lexi's attendance is 96%.

## Scaling

On a scale where 10 means everyone is sure Lexi and Theo are safe at home and 0 means they cannot stay at home:
Lauren (SW) 3, Shanice 6, Craig 7, Pauline 4, Lexi 4 ("because of the shouting").

## What Lexi and Theo say

Lexi (three houses, seen on her own at school, 14/08/2025). House of worries: "Craig's cans on a Friday. When
he shouts I go under my bed with my headphones." House of good things: "Nana's house and my guinea pig
Biscuit." House of dreams: "Craig stops the cans and we go to the seaside like before."

Theo (seen at home, 12/08/2025 and 19/08/2025) has about ten words. He stopped playing and looked at the door
every time it banged, and when he fell over he ran to Lexi, not to his mum or dad.

## Safety goals

- Lexi and Theo are looked after only by adults who are sober, every day and every night.
- Lexi and Theo do not see or hear shouting, fighting or things being broken at home.
- Lexi knows who to ring if she is scared, and says home feels at least 8 out of 10 safe.
- Craig gets his drinking under control and goes to Pathways every week.

## Next steps (our action plan)

Each step says who will do it, when, and how we will know it has happened.

### The safety rules Shanice and Craig signed on 21/08/2025

- Craig will not look after Lexi or Theo on his own after drinking any alcohol, from 21/08/2025; if he has had a drink he will sleep at his brother's flat. How we will know: Craig's breath test at every Thursday Pathways session, sent to the SW, and what Lexi tells the SW at each visit.
- Shanice will keep the back door locked every night so that Theo cannot get out into the yard.
- Shanice and Craig will keep no alcohol in the house from 21/08/2025, and will let the SW look in the fridge and cupboards at every visit. How we will know: the SW writes down at each visit whether she saw any alcohol.

### Jobs to do

- Lauren Pike (SW) will visit Lexi and Theo every week from 25/08/2025, with one unannounced weekend visit each month, and see Lexi on her own each time. How we will know: visit records show both children seen, with Lexi's words and her scaling written down.
- Lauren Pike (SW) will complete a parenting assessment of Shanice and Craig and share the report with the core group.
- Jo Ainsley, family support worker, will support Mum.
- Dan Rudge (recovery worker, Davenhithe Pathways alcohol service) will assess Craig's drinking by 05/09/2025, then see him every Thursday with a breath test, and report to each core group on whether Craig is making the changes Lexi and Theo need and how long that is likely to take. How we will know: breath test results and a written report to the SW before each core group.
- Davenhithe Community Mental Health Team will offer Shanice fortnightly appointments for her anxiety and panic attacks from September 2025. How we will know: attendance letters copied to the SW.
- Mrs Kaur, DSL at Hallbrook Primary, will keep an eye on Lexi every school day.
- Nana Pauline will have Theo at her house every Tuesday and Thursday from 9am to 3pm, from 02/09/2025, while Shanice is at college. How we will know: Nana's diary, which the SW reads at each visit.
- Nana Pauline will be Lexi's safety person: if Craig has been drinking, Lexi will ring her and Pauline will take both children to her house that night. How we will know: Pauline texts the SW by 9am the next morning every time this happens.
- Holly Brandt (health visitor) will do Theo's two-year review by 30/09/2025, including his weight and speech. How we will know: ASQ scores and his weight sent to the SW, with a speech referral if his scores are low.
- PC Nadia Frost (Davenhithe Police, domestic abuse team) will complete a DASH risk assessment with Shanice by 28/08/2025 and refer to MARAC if the score is 14 or more. How we will know: the DASH score and any MARAC referral shared with the SW.

## What happens if the plan is not working

If the safety rules are not kept, the core group will meet to review the plan and decide what to do next.

## Core group and review

- Core group every four weeks at Hallbrook Family Hub, 3.30pm: 04/09/2025, 02/10/2025 and 30/10/2025.
- Review child protection conference: Thursday 13/11/2025, 10am, Davenhithe Civic Centre.
""",
    "findings": [
        F("M001", "Shanice will keep the back door locked every night"),
        F("T001", "will complete a parenting assessment of Shanice and Craig"),
        F("T001", "Jo Ainsley, family support worker, will support Mum."),
        F("M001", "Jo Ainsley, family support worker, will support Mum."),
        F("H001", "Davenhithe Community Mental Health Team will offer Shanice fortnightly appointments"),
        F("M002", "will keep an eye on Lexi every school day"),
        F("F002", "Craig gets his drinking under control and goes to Pathways every week."),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother's depression and self-harm history (older child
#    under an SGO), father's daily cannabis. Word table printed to PDF whose
#    first column is the stage, merged down over every action in it.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_drusselby_prebirth_merged_stage_column_pennock.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Chloe Pennock",
    "split": "tune",
    "actions": 19,
    "template": "prebirth-word-plan-printed-to-pdf-page-header-footer-details-list-why-babys-world-working-well-outcomes-then-stage-column-merged-down-what-will-happen-who-how-we-will-check-table-contingency-meetings",
    "description": (
        "Exemplary pre-birth conference plan for a baby due in November whose mother has depression and "
        "a history of self-harm (her first child lives with his grandparents under a special guardianship "
        "order) and whose father smokes cannabis every day. A Word plan printed to PDF with header and "
        "footer. The action table's first column is the stage, merged down over every action in it: the "
        "signed safety agreement ('every day from 11/09/2025, before and after the birth': no smoking in "
        "the flat, no care by the father after cannabis, a clear cot), 'Until the baby is born', 'In "
        "hospital', 'The first two weeks after discharge' and 'From then to the review conference'. "
        "Measures include a photo of the cot and urine screens; the perinatal psychiatrist assesses "
        "capacity to change in both her rows, the drug service reports on change, the grandmother's "
        "nights have a fallback, legal planning follows named triggers, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE \u2013 Drusselby Council \u2013 Children's Social Care",
    "footer": "Baby of Chloe Pennock \u2013 Pre-birth Child Protection Plan (11/09/2025) \u2013 Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 5,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Drusselby Council \u00b7 Children's Social Care \u00b7 Pre-birth and Under-ones Team"),
        ("kv", [
            ("Unborn baby", "Girl, due 07/11/2025 (Drusselby General Hospital)"),
            ("Mother", "Chloe Pennock (22), Flat 3, 18 Ropewalk, Drusselby DR6 1LS"),
            ("Father", "Ryan Gill (25), lives with Chloe"),
            ("Maternal grandmother", "Maureen Pennock, 22 Lark Rise, Drusselby (ten minutes by bus)"),
            ("Category", "Neglect"),
            ("Pre-birth conference", "Thursday 11/09/2025, Drusselby Town Hall. Chair: Graham Osei"),
            ("Social worker", "Kieran Doyle (team manager: Alison Frayne)"),
        ]),
        ("h1", "Why the baby needs a plan"),
        ("p", "Chloe's first child, Leo (3), lives with his paternal grandparents under a special guardianship "
              "order made in 2023, after he was found twice alone in the flat while Chloe was in crisis. Chloe "
              "has had depression since she was 16 and cut herself badly in 2022; she is seen by the Drusselby "
              "Perinatal Mental Health Team and takes sertraline. Ryan smokes cannabis every day, mostly in the "
              "flat, and the flat smelled strongly of cannabis at both of the social worker's visits. Chloe smokes "
              "about ten cigarettes a day. She missed two antenatal appointments in July."),
        ("h1", "What we know of the baby's world"),
        ("p", "The baby cannot tell us anything, so this is what we know of her life so far. At the 20-week scan "
              "she was growing on the 30th centile. Chloe feels her kick most in the evenings and talks and plays "
              "music to her then. Every day she is breathing in cigarette and cannabis smoke through her mum, and "
              "on bad days her mum stays in bed until the afternoon without eating. Chloe has bought a cot and a "
              "baby carrier and has chosen the name Willow. Leo's grandparents bring him for a visit once a month, "
              "and Chloe and Ryan were seen on 04/09/2025 to play with him gently and set limits calmly."),
        ("h1", "What is working well"),
        ("p", "Chloe asked for help herself and has kept every perinatal appointment since June. Ryan came to "
              "conference and said he would stop smoking in the flat. Maureen is close to Chloe, has looked after "
              "Leo in the past and has offered to stay for the first two weeks after the birth."),
        ("h1", "What must be true for the baby"),
        ("bullets", [
            "The baby comes home to a smoke-free flat and sleeps on her back in her own clear cot for every sleep.",
            "The baby is fed and comforted, day and night, by parents who are sober and well enough to notice and "
            "answer her cues.",
            "The baby is seen by a professional every week and gains weight along her birth centile.",
            "The baby always has a safe adult with her if Chloe becomes unwell or Ryan has used cannabis.",
        ]),
        ("h1", "The plan"),
        ("p", "Read each stage down: the first column says when everything beside it happens, from the day the "
              "safety agreement was signed to the review conference. Each row is one action, with who does it and "
              "how we will check."),
        ("table", {
            "header": ["When (stage)", "What will happen", "Who", "How we will check"],
            "widths": [3.0, 6.0, 3.4, 4.6],
            "rows": [
                ["Every day from 11/09/2025, before and after the birth (the safety agreement Chloe and Ryan "
                 "signed at conference)",
                 "No one will smoke cigarettes or cannabis inside the flat or on the balcony",
                 "Chloe and Ryan",
                 "SW and HV note at every visit whether the flat smells of smoke or there is ash inside; Ryan's "
                 "urine screens (below)"],
                [V, "Ryan will not hold, feed or care for the baby on his own after using cannabis",
                 "Ryan (Chloe to ring the SW the same day if he does)",
                 "Ryan's fortnightly urine screens from Horizon sent to the SW; Chloe asked on her own at each "
                 "SW visit"],
                [V, "The baby will sleep on her back in her own cot, in her parents' room, for every sleep, day "
                    "and night",
                 "Chloe and Ryan",
                 "Cot and sleeping position checked at every HV and SW visit and written in the visit notes"],
                ["Until the baby is born (due 07/11/2025)",
                 "Go to every antenatal appointment, including the 36-week check, so the baby's growth is "
                 "measured, and answer the midwife's questions about smoking and mood",
                 "Chloe",
                 "Maternity notes show each appointment kept; the specialist midwife copies them to the SW"],
                [V, "See Chloe at home every fortnight, write the safeguarding birth plan with her and share it "
                    "with the labour ward",
                 "Amara Bello, specialist safeguarding midwife, Drusselby General",
                 "Birth plan on the maternity record and copied to the SW no later than 36 weeks (10/10/2025)"],
                [V, "Complete a pre-birth parenting assessment of Chloe and Ryan, including how they will keep the "
                    "safety agreement",
                 "Kieran Doyle, SW",
                 "Assessment report shared with Chloe, Ryan and the core group no later than 24/10/2025"],
                [V, "See Chloe every fortnight, assess her mood and risk of self-harm, and write to the SW on her "
                    "capacity to make the changes the baby will need and how long that is likely to take",
                 "Dr Lena Fairweather, perinatal psychiatrist, Drusselby Perinatal Mental Health Team",
                 "Written assessment to the SW no later than 17/10/2025"],
                [V, "Assess Ryan's cannabis use, do urine screens every fortnight and report to each core group "
                    "whether he is cutting down and what still needs to change before the baby comes home",
                 "Sol Amankwah, recovery worker, Drusselby Horizon drug service",
                 "Screen results and a written report to the SW before each core group"],
                [V, "Make an antenatal contact, go through safe sleep with Chloe and Ryan, and ask for a photo of "
                    "the cot once it is put up",
                 "Maxine Holt, health visitor",
                 "Antenatal contact in the HV record by 03/10/2025; photo of the made-up cot on the HV record "
                 "before the birth"],
                ["In hospital, from the birth until the baby is discharged",
                 "Observe Chloe's and Ryan's care of the baby on the ward, and record each feed and how they "
                 "respond to her cues",
                 "Sister Gail Cotter, postnatal ward, Drusselby General",
                 "Daily observation sheet emailed to the SW before the discharge meeting"],
                [V, "See the baby on the ward within one working day of the birth, and see Chloe and Ryan with her",
                 "Kieran Doyle, SW",
                 "Visit note on the baby's record, with what was seen of her care"],
                [V, "Hold a discharge planning meeting with Chloe, Ryan, the HV and the SW before the baby goes "
                    "home",
                 "Amara Bello, specialist safeguarding midwife",
                 "Written discharge plan shared with everyone present before the baby leaves hospital"],
                ["The first two weeks after discharge",
                 "Stay at the flat every night and do the 2am feed, so that Chloe can sleep",
                 "Maureen Pennock (maternal grandmother)",
                 "Maureen signs the night feed chart each morning; the HV checks the chart at every visit"],
                [V, "Visit the baby at home on days 1, 3, 5 and 10 after discharge, weigh her, and check the cot "
                    "and how she is put down to sleep",
                 "Jess Harland, community midwife",
                 "Weights in the red book; cot and sleeping position written in the midwifery notes"],
                [V, "Visit twice a week, one visit unannounced, and see the baby awake and being fed or changed",
                 "Kieran Doyle, SW",
                 "Visit notes show the baby seen awake, the feed chart read and who was in the flat"],
                ["From then to the review conference (04/12/2025)",
                 "Weigh the baby every week at home or at Castle Street clinic, and check the cot and the flat "
                 "for smoke",
                 "Maxine Holt, health visitor",
                 "Weight stays on or above her birth centile in the red book; checks written in the HV record"],
                [V, "Be the adult Chloe rings if she feels she cannot cope, and take the baby to 22 Lark Rise that "
                    "night",
                 "Maureen Pennock (maternal grandmother)",
                 "Maureen texts the SW by 9am the next day every time"],
                [V, "Visit every week, see the baby awake, and read the feed chart and the flat's visitors' list",
                 "Kieran Doyle, SW",
                 "Visit notes show the baby seen awake and what the chart and list showed"],
                [V, "See Chloe every fortnight and report to each core group whether she is making and keeping the "
                    "changes the baby needs, and how long further change is likely to take",
                 "Dr Lena Fairweather, perinatal psychiatrist",
                 "Written update to the SW two days before each core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If anyone smokes in the flat, Ryan cares for the baby alone after using cannabis, or Chloe tells "
              "anyone she has thoughts of harming herself or the baby, Kieran will hold a strategy discussion the "
              "same day, and the baby will be cared for by Maureen at 22 Lark Rise until it has taken place."),
        ("p", "If Maureen cannot stay at night or have the baby (she is ill or it becomes too much for her), "
              "Kieran will arrange that day for Chloe and the baby to move to the Drusselby parent and baby foster "
              "placement already identified or, if Chloe will not go, for the baby to go to foster carers."),
        ("p", "If the pre-birth assessment or Dr Fairweather's report says Chloe and Ryan cannot care for the baby "
              "safely, or Ryan's screens are positive three times before the birth, Kieran will request a legal "
              "planning meeting within 5 working days, so the council can decide whether to start the PLO or apply "
              "to court when the baby is born."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm, Castle Street Children's Centre: 23/09/2025, "
            "21/10/2025 and 18/11/2025, with an extra core group within 5 working days of discharge.",
            "Review child protection conference: Thursday 04/12/2025, 10am, Drusselby Town Hall.",
            "Chloe and Ryan can bring Maureen or an advocate to every meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. RCPC plan written as a two-column family agreement ("What we agreed" |
#    "How we will check"), neglect and home conditions, mother's depression.
#    Owner and time are written into each agreement line. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_dunlarrick_rcpc_two_column_family_agreement_mulvaney.docx",
    "doc_title": "Our Family Agreement - Tia and Oscar Mulvaney",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-word-family-agreement-details-list-why-since-last-conference-childrens-words-outcomes-then-two-column-table-what-we-agreed-how-we-will-check-owner-and-time-in-agreement-text-contingency-meetings-signatures",
    "description": (
        "First review conference plan for an 8-year-old and a 3-year-old (neglect: home conditions, "
        "lateness, a relative using heroin who stayed over), written as a family agreement in a "
        "two-column Word table: 'What we agreed' (each line names who and when) and 'How we will "
        "check'. Most lines are sound (school print-outs, a signed house book, a bedtime chart, the GP "
        "letter, the HV's ASQ-3). Faults: a stairgate rule with an empty check cell, 'The family' "
        "keeping the house clean 'as often as they can', family support for Donna with no time and "
        "'Improvement in the home' as its check, the assessment update with no time, and a care "
        "co-ordinator who only supports; the next review conference is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Our Family Agreement"),
        ("p", "Dunlarrick Council \u00b7 Children's Services \u00b7 Family Safeguarding Team (South)"),
        ("p", "This agreement is the child protection plan for Tia and Oscar. It was made at their first review "
              "child protection conference and everyone named in it has read it. Each line in the left-hand column "
              "says who will do what and when; the right-hand column says how we will all check it is happening."),
        ("kv", [
            ("Children", "Tia Mulvaney (8), DOB 11/12/2016; Oscar Mulvaney (3), DOB 06/03/2022"),
            ("Address", "27 Kilnside Terrace, Dunlarrick DL9 3EW"),
            ("Parents", "Donna Mulvaney (34) and Gary Mulvaney (37)"),
            ("Category", "Neglect"),
            ("Conference", "First review, Monday 15/09/2025 (plan made at the initial conference on "
                           "16/06/2025). Chair: Fiona Strang"),
            ("Social worker", "Bronagh Fyfe (team manager: Calum Reid)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "At the initial conference Tia was late or absent one school day in four, Oscar had very few words, "
              "the kitchen and bathroom were dirty and there was dog mess on the landing. Gary's cousin Liam, who "
              "injects heroin, had been staying on the sofa, and a needle was found in the bathroom in May. Donna "
              "has depression and often stays in bed until midday. Since June Liam has moved out, Tia's attendance "
              "has gone up from 74% to 89%, and the kitchen is much better, but the bathroom is still dirty, Oscar "
              "still has fewer than 20 words, and twice in August Tia was found outside the house at 8pm."),
        ("h1", "What Tia and Oscar have told us"),
        ("p", "Tia (seen on her own at school, 09/09/2025): \u201cThe kitchen's nice now and Mum does fish fingers. "
              "I don't like the bathroom, it smells, so I have a wash at Chloe's house. I went outside because "
              "Oscar was crying and Dad was asleep.\u201d She gave home 6 out of 10, up from 3 in June."),
        ("p", "Oscar (seen at home, 11/09/2025) pointed and said \u201cdog\u201d and \u201cjuice\u201d, climbed the "
              "stairs on his own while the SW was talking to Gary, and brought his books to Donna to read."),
        ("h1", "What we want for Tia and Oscar"),
        ("bullets", [
            "Tia gets to school on time every day, clean and fed, and her attendance is 95% or more.",
            "Oscar's speech is checked and he gets help with it, and he is talking more by the next review.",
            "Tia and Oscar live in a clean, safe house, and are never alone or outside without an adult at night.",
            "Nobody who uses drugs stays at the house or looks after Tia or Oscar.",
        ]),
        ("h1", "The plan: what we agreed"),
        ("table", {
            "header": ["What we agreed", "How we will check"],
            "widths": [9.5, 7.5],
            "rows": [
                ["Gary and Donna will get Tia to Dunlarrick Park Primary by 8.50am and Oscar to Little Owls "
                 "Nursery by 9.15am, every weekday in term time from 15/09/2025.",
                 "The school's attendance print-out for Tia and the nursery register for Oscar, emailed to the SW "
                 "every Friday; Tia's attendance reaches 95%."],
                ["Donna will give the children a cooked tea at the table every evening from 15/09/2025.",
                 "Food diary kept on the fridge and photographed by the SW at each visit; the SW asks Tia on her "
                 "own what she had for tea."],
                ["Gary will keep the stairgate at the top of the stairs shut every night after Oscar goes to bed.",
                 ""],
                ["Donna and Gary will not let Gary's cousin Liam stay at the house or look after the children, "
                 "from the day we signed this agreement (15/09/2025).",
                 "Everyone who stays over is written in the house book, which the SW reads at each visit; Tia is "
                 "asked on her own who has stayed."],
                ["The family will keep the kitchen and bathroom clean, as often as they can.",
                 "Home conditions checklist scored by the SW at each visit: 3 or better out of 5."],
                ["Dunlarrick Family Support will support Donna with the house.",
                 "Improvement in the home."],
                ["Gary will do Oscar's bath and bedtime every night by 7.30pm, from 15/09/2025.",
                 "Bedtime chart on the fridge, signed by Gary each night and checked by the SW at every visit."],
                ["Bronagh Fyfe (SW) will visit every week, with one unannounced visit a month after school, and "
                 "see Tia on her own each time.",
                 "Visit notes show Tia seen alone, with her words, Oscar seen awake and the checklist score "
                 "recorded."],
                ["Bronagh Fyfe (SW) will update the child and family assessment for Tia and Oscar.",
                 "Updated assessment shared with Donna, Gary and the core group."],
                ["Mr Ade Okonkwo, DSL at Dunlarrick Park Primary, will check Tia's uniform, lunch and lateness "
                 "each morning and ring the SW the same day about any worry, every school day from 15/09/2025.",
                 "A CPOMS log of every call sent to the SW each Friday with the attendance print-out."],
                ["Chantelle Rigg (HV) will complete Oscar's speech and development check (ASQ-3) by 31/10/2025 "
                 "and refer him to speech and language therapy if he needs it.",
                 "ASQ-3 scores and any referral letter sent to the SW; Oscar's words counted again for the review."],
                ["Paul Sime, Donna's care co-ordinator at the Dunlarrick Community Mental Health Team, will see "
                 "her every fortnight to support her with her low mood.",
                 "Appointment letters copied to the SW."],
                ["Dr Ruth Abara, GP at Kilnside Surgery, will review Donna's antidepressants by 10/10/2025 and "
                 "write to the SW about how her mood affects her care of Tia and Oscar.",
                 "GP letter on both children's files."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Liam is found to have stayed at the house, or Tia or Oscar is found outside or at home without an "
              "adult, Bronagh will hold a strategy discussion the same day and Tia and Oscar will stay with "
              "Dunlarrick foster carers until it is safe for them to go home."),
        ("p", "If by the core group on 24/11/2025 Tia's attendance is below 90%, or the home checklist scores 2 or "
              "less at two visits in a row, Bronagh will ask Calum Reid for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Mondays at 3.30pm, Dunlarrick Park Primary: 29/09/2025, 27/10/2025 and "
            "24/11/2025.",
            "Next review child protection conference: date to be confirmed by the conference team.",
        ]),
        ("h1", "Signed"),
        ("p", "Donna Mulvaney \u00b7 Gary Mulvaney \u00b7 Bronagh Fyfe (SW) \u2014 15/09/2025"),
    ],
    "findings": [
        F("M001", "Gary will keep the stairgate at the top of the stairs shut"),
        F("W002", "The family will keep the kitchen and bathroom clean"),
        F("T002", "The family will keep the kitchen and bathroom clean"),
        F("T001", "Dunlarrick Family Support will support Donna with the house."),
        F("M002", "Dunlarrick Family Support will support Donna with the house."),
        F("T001", "will update the child and family assessment for Tia and Oscar"),
        F("H001", "will see her every fortnight to support her with her low mood"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group minutes with the updated plan, a 5-month-old, father's
#    drinking, mother's postnatal depression. Plain text: attendance, agency
#    updates (work done), baby's day, outcomes, numbered agreed actions with
#    CHECK lines, contingency carried over from the ICPC. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_delkerby_core_group_minutes_agreed_actions_strachan.txt",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-plain-text-meeting-fields-present-apologies-numbered-sections-agency-updates-done-babys-day-outcomes-then-numbered-agreed-actions-with-check-lines-contingency-next-meetings",
    "description": (
        "Notes of the first core group for a 5-month-old whose father drinks most evenings and whose "
        "mother has postnatal depression, with the updated plan. Plain-text minutes: who came, agency "
        "updates (work already done, not actions), the baby's day, outcomes, then twelve agreed "
        "actions, the first of them the signed rule that the father will not care for the baby after "
        "drinking, checked by breath tests. Faults: a clear-cot rule no one checks, the HV to 'keep an "
        "eye on' how the mother is coping, the family support worker 'supporting Mum' with 'ongoing', "
        "the perinatal nurse only supporting, a parent-infant referral with no time, a smoke alarm to "
        "be fitted by no one; the grandmother carries Saturdays and the contingency with no fallback, "
        "and no legal step is named."
    ),
    "text": """\
DELKERBY BOROUGH COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING: NOTES AND UPDATED CHILD PROTECTION PLAN

Child:      Mason Strachan, DOB 02/05/2025 (5 months)
Address:    Flat 7, Ferrier House, Delkerby DK2 8PN
Meeting:    Tuesday 14/10/2025, 10.00am, Delkerby Family Hub, Room 2
Plan made:  Initial child protection conference, 23/09/2025 (category: neglect)
Chair:      Priya Natt, social worker (lead professional)
Notes:      Sam Whitcombe, business support

Present:    Jade Strachan (Mum); Connor Bell (Dad); Irene Bell (paternal grandmother);
            Priya Natt (SW); Ruth Gallagher (HV); Kim Lowther (family support worker);
            Amy Rusk (perinatal mental health nurse); Steve Mackie (recovery worker,
            Delkerby Alcohol Service)
Apologies:  Dr Ewan Tait (GP), written update sent

---------------------------------------------------------------------------------------

1. WHY MASON IS ON A PLAN (from the ICPC)

Jade has postnatal depression and has found it hard to get up for Mason's night feeds.
Connor drinks eight to ten cans most evenings. On 05/09/2025 Jade found Connor asleep on
the sofa at 3am, drunk, with Mason lying face down on his chest. Both parents smoked in
the flat and Mason's cot was full of pillows and soft toys.

2. UPDATES SINCE THE ICPC (work already done)

- SW: referral to Delkerby Alcohol Service made 25/09/2025; Connor assessed 08/10/2025. DONE.
- SW: Jade and Connor signed the safety agreement at conference on 23/09/2025. DONE.
- HV: Mason weighed 07/10/2025 at 7.1kg, on the 25th centile as at birth.
- Perinatal team: Amy has visited Jade three times; Jade says she is sleeping a little better.
- Irene: has had Mason every Saturday since 27/09/2025 and says he is feeding well.
- GP (written): Jade's sertraline increased on 30/09/2025.
- Connor: says he has not drunk while caring for Mason since the ICPC.

3. MASON'S DAY (what has been seen)

Priya saw Mason on 01/10/2025 and 09/10/2025. He is a smiley, chunky baby who babbles when
he is talked to and reaches for faces. He settles quickly when Irene rocks him. With Jade he
is quieter; she mostly feeds him lying on the sofa with the television on, and on 09/10/2025
he cried for several minutes in his bouncer before she noticed. On both visits a pillow was
back in his cot. He smiled and kicked his legs when Connor came into the room.

4. OUTCOMES FOR MASON (unchanged from the ICPC)

- Mason is cared for every day and every night by a sober adult.
- Mason sleeps safely, on his back, in a clear cot, in a smoke-free flat.
- Mason's cues are noticed and answered, and he keeps growing along his centile.

5. AGREED ACTIONS - THE UPDATED PLAN (including the safety agreement signed 23/09/2025)

A1  Connor will not care for Mason, hold him or sleep in the same room as him after drinking any alcohol, from 23/09/2025, every day.
    CHECK: breath test at Delkerby Alcohol Service every Monday and at the SW's unannounced visits; results emailed to the SW.

A2  Jade and Connor will keep Mason's cot clear of pillows, toys and blankets at every sleep, day and night.

A3  Irene Bell (paternal grandmother) will have Mason at her house every Saturday from 10am to 4pm so that Jade can rest.
    CHECK: Irene writes his feeds and nappies in the red book, which the HV reads at each clinic.

A4  Irene Bell will be the adult Jade rings if Connor has been drinking, and will collect Mason and keep him overnight that evening.
    CHECK: Irene texts the SW by 9am the next day each time.

A5  Ruth Gallagher (HV) will keep an eye on how Jade is coping with Mason at each fortnightly clinic.

A6  Kim Lowther (FSW) will carry on supporting Mum - ongoing.

A7  Amy Rusk (Delkerby Perinatal Mental Health Team) will continue home visits every fortnight to support Jade with her low mood.
    CHECK: visit dates sent to the SW.

A8  Steve Mackie (Delkerby Alcohol Service) will see Connor every Monday with a breath test and report in writing before each core group on whether Connor is making the changes Mason needs and how long that is likely to take.
    CHECK: breath test results and the written report on Mason's file before each core group.

A9  Priya Natt (SW) will visit Mason at home every week, including one unannounced evening visit each month, and see him awake.
    CHECK: visit notes record Mason seen awake, his feed chart and how Jade and Connor respond to him.

A10 Priya Natt (SW) will refer Jade and Mason to the Delkerby Parent-Infant Project and share the acceptance letter with the core group.

A11 A smoke alarm to be fitted in the hallway by 24/10/2025, with a photo sent to the SW.

A12 Jade and Connor will not smoke inside the flat or let visitors smoke there, from 23/09/2025.
    CHECK: the SW and HV write down at every visit whether the flat smells of smoke.

6. CONTINGENCY (agreed at the ICPC, unchanged)

If Connor is found caring for Mason after drinking, or his Monday breath test is positive
twice in a row, Mason will go to Irene's house that day and the SW will hold a strategy
discussion with Delkerby Police the same day. If Jade tells anyone she has thoughts of
harming herself or Mason, Amy will arrange a mental health assessment the same day and
Mason will stay with Irene until it has happened.

7. NEXT MEETINGS

Core group:                every four weeks - 11/11/2025 and 09/12/2025, 10am, Delkerby Family Hub
Review child protection
conference:                Tuesday 16/12/2025, 2pm, Delkerby Civic Centre

Notes agreed by Priya Natt, 15/10/2025. Copies to everyone present and to Dr Tait.
""",
    "findings": [
        F("M001", "Jade and Connor will keep Mason's cot clear of pillows"),
        F("M002", "will keep an eye on how Jade is coping"),
        F("T002", "Kim Lowther (FSW) will carry on supporting Mum"),
        F("M001", "Kim Lowther (FSW) will carry on supporting Mum"),
        F("H001", "will continue home visits every fortnight to support Jade"),
        F("T001", "will refer Jade and Mason to the Delkerby Parent-Infant Project"),
        F("W001", "A smoke alarm to be fitted in the hallway"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. RCPC plan, mother's bipolar disorder, father's drinking, 10-year-old
#    young carer. Word plan printed to PDF: Part A numbered signed rules (each
#    with its own start and check), Part B dated task table with limits
#    ("no later than", "within 48 hours of any early warning sign").
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_dapperholt_rcpc_numbered_rules_limit_dates_varley.pdf",
    "doc_title": "Review Child Protection Plan - Harvey and Poppy Varley",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-since-last-conference-childrens-words-outcomes-then-part-a-numbered-signed-rules-with-start-and-check-in-each-part-b-action-who-when-limits-how-we-will-know-table-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 10-year-old young carer and his 6-year-old sister "
        "whose mother has bipolar disorder (detained in May) and whose father drinks. A Word plan "
        "printed to PDF with header and footer. Part A is the signed safety agreement as numbered "
        "rules, each with its own start ('from 22/09/2025', 'every evening at 8pm') and how it is "
        "checked (breath tests, a tablet count against the chart, the fridge and recycling looked at, "
        "Harvey asked on his own); Part B is a task table whose times are limits ('no later than "
        "31/10/2025', 'within 48 hours of any early warning sign'). Both CMHT rows report on capacity "
        "to change, the alcohol service reports on change, the aunt's help has a fallback, legal "
        "planning follows readmission or broken rules, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE \u00b7 Dapperholt City Council \u00b7 Children's Services",
    "footer": "Varley \u2013 Review Child Protection Plan 22/09/2025 \u2013 Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Dapperholt City Council \u00b7 Children's Services \u00b7 Locality Safeguarding Team (West)"),
        ("kv", [
            ("Children", "Harvey Varley (10), DOB 14/01/2015; Poppy Varley (6), DOB 30/05/2019"),
            ("Address", "41 Sedgefield Walk, Dapperholt DP2 7HN"),
            ("Mother", "Sophie Varley (37)"),
            ("Father", "Mark Varley (40)"),
            ("Maternal aunt", "Gemma Lacey, 6 Tanner's Row, Dapperholt (ten minutes' drive)"),
            ("Category", "Neglect"),
            ("Conference", "First review, Monday 22/09/2025 (plan made at the initial conference on "
                           "23/06/2025). Chair: Olusegun Hart"),
            ("Social worker", "Ellie Marsh (team manager: Frances Doyle)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Sophie has bipolar disorder. In May she stopped her lithium, became very unwell and drove the "
              "children to the coast at 2am; she was detained under section 2 of the Mental Health Act from "
              "24/05/2025 to 14/06/2025. While she was in hospital Mark was drinking most evenings and Harvey, "
              "then 9, got Poppy to bed and missed eleven days of school. Since June Sophie has taken her lithium "
              "and seen her care co-ordinator every fortnight, and her levels have been in range. Mark started at "
              "the Dapperholt Alcohol Recovery Service in July, but had positive breath tests on 12/08/2025 and "
              "26/08/2025. Harvey's attendance has risen from 84% to 93%."),
        ("h1", "What Harvey and Poppy say"),
        ("p", "Harvey (seen on his own at home, 15/09/2025): \u201cI used to count Mum's tablets because I don't "
              "want her to go to hospital again. Auntie Gemma does it with her now. Dad's better but he still has "
              "cans on a Friday.\u201d He scored home 6 out of 10, up from 3 in June, and wants to go back to "
              "Cubs on Thursdays."),
        ("p", "Poppy (seen at school, 17/09/2025) drew her family at the seaside \u201cin the daytime, not the "
              "night-time\u201d. She said, \u201cMummy's medicine makes her better. Auntie Gemma does my hair on "
              "Tuesdays.\u201d"),
        ("h1", "What we want for Harvey and Poppy"),
        ("bullets", [
            "Harvey and Poppy are cared for every day by a parent who is well and sober, or by another safe adult "
            "when that is not possible.",
            "Harvey is a 10-year-old at school every day, not his mum's carer or his sister's parent.",
            "Harvey and Poppy know what will happen if their mum becomes unwell again, and who will look after "
            "them.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part A \u2013 Our safety agreement (signed by Sophie and Mark at the review conference on 22/09/2025)"),
        ("p", "Each rule says who keeps it, from when, and how we will check it."),
        ("numbers", [
            "From 22/09/2025, Mark will not look after Harvey or Poppy on his own on any day he has had a drink; "
            "his Tuesday breath test at the Dapperholt Alcohol Recovery Service and what Harvey tells the SW on "
            "his own at each visit will show whether this rule is kept.",
            "Every evening at 8pm, so that she stays well enough to look after Harvey and Poppy, Sophie will take "
            "her lithium with Mark or Gemma watching and tick the chart on the kitchen wall; the care "
            "co-ordinator will count the tablets against the chart every other Thursday.",
            "Sophie and Mark will keep no alcohol in the house from Sunday night to Friday evening, every week "
            "from 22/09/2025, and the SW will look in the fridge, the cupboards and the recycling bin at every "
            "visit and write down what she sees.",
            "Sophie and Mark will not ask Harvey to look after Poppy, give out medicine or stay off school to help "
            "at home, every day from 22/09/2025; the SW will ask Harvey about this on his own at every visit and "
            "record his answer.",
        ]),
        ("h2", "Part B \u2013 Tasks"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [5.8, 3.6, 3.4, 4.2],
            "rows": [
                ["Visit Harvey and Poppy at home, with one visit a month after 8pm unannounced, and see each "
                 "child on their own",
                 "Ellie Marsh, social worker", "Every week from 22/09/2025 until the review conference",
                 "Visit notes show both children seen alone, and the lithium chart and the fridge checked"],
                ["Review Sophie's mental state and lithium levels, and give a written view on whether she can stay "
                 "well enough to care for Harvey and Poppy, what still has to change and how long that is likely "
                 "to take",
                 "Dr Nadeem Akhtar, consultant psychiatrist, Dapperholt CMHT",
                 "Monthly clinic; written view no later than 31/10/2025",
                 "Lithium levels and the written view sent to the SW and read at the core group on 04/11/2025"],
                ["Visit Sophie at home, count her tablets against the chart, check her early warning signs, and "
                 "report to each core group whether she is making and keeping the changes the children need",
                 "Tessa Quigley, care co-ordinator (CPN), Dapperholt CMHT",
                 "Every other Thursday, and within 48 hours of any early warning sign",
                 "Tablet counts and a written update to the SW two days before each core group"],
                ["Assess Mark's drinking, breath-test him at every session and report whether he is cutting down "
                 "and keeping rule 1 of Part A",
                 "Owen Prys, recovery worker, Dapperholt Alcohol Recovery Service",
                 "Every Tuesday; first report no later than 10/10/2025",
                 "Breath-test results emailed to the SW each Tuesday; written report before each core group"],
                ["Collect Poppy from school and give both children their tea at her house",
                 "Gemma Lacey (maternal aunt)", "Every Tuesday and Thursday, 3.15pm to 6pm, from 23/09/2025",
                 "Gemma signs the school's collection sheet; the SW checks it each month"],
                ["Come to the house and stay the night whenever Sophie shows an early warning sign or Mark has "
                 "been drinking",
                 "Gemma Lacey (maternal aunt)", "The same evening, within two hours of the call",
                 "Gemma texts the SW by 9am the next day; the SW visits within two working days"],
                ["Send the SW both children's attendance print-outs, and ring the SW the same day if either child "
                 "is absent without a reason",
                 "Mrs Carol Bright, DSL, St Aidan's Primary, Dapperholt",
                 "Every Friday from 26/09/2025; same day for any absence",
                 "Print-outs on the case file each week; both children at 95% or more by the review"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Mark looks after the children after drinking, Sophie misses her lithium two days running, or "
              "either child says they have been left alone, Ellie will hold a strategy discussion the same day and "
              "Harvey and Poppy will go to Gemma's house at 6 Tanner's Row that night."),
        ("p", "If Sophie shows two early warning signs (sleeping under four hours, spending on credit, talking very "
              "fast), Tessa will arrange a mental health assessment within 48 hours and Gemma will stay at the "
              "house until it has happened."),
        ("p", "If Gemma cannot stay or cannot have the children (she works some night shifts), Ellie will place "
              "Harvey and Poppy together with Dapperholt foster carers that day, with a phone call to their parents "
              "every evening."),
        ("p", "If Sophie is admitted to hospital again, or by the core group on 02/12/2025 the tablet counts or "
              "breath tests show the rules in Part A have not been kept, Ellie will request a legal planning "
              "meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Dapperholt West Family Centre: 07/10/2025, 04/11/2025 "
            "and 02/12/2025.",
            "Second review child protection conference: Monday 15/12/2025, 10am, Dapperholt Council House.",
            "Harvey can come to the first part of any core group or send his views with Ellie.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan, mother's heroin relapse while on methadone, 13-year-old and
#    5-year-old, grandfather nearby. Markdown grouped by time: every morning,
#    every night, every week (bullets, time written into each), then a small
#    "no later than" table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_dimlowe_icpc_every_night_rules_no_later_than_table_threadgold.md",
    "split": "tune",
    "actions": 9,
    "template": "icpc-markdown-family-worries-working-well-childrens-words-outcomes-then-plan-grouped-every-morning-every-night-every-week-bullets-time-owner-how-we-will-know-then-no-later-than-pipe-table-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old and a 5-year-old whose mother has relapsed "
        "into heroin use while on methadone; the 5-year-old was found alone on the landing at night. A "
        "short Markdown plan grouped by time: 'every morning', 'every night' and 'every week' bullets "
        "(each also carries its own time, owner and 'How we will know'), then a two-row table with a "
        "'No later than' column. Standing rules hold every night (the mother stays in, methadone locked "
        "away, the grandfather's 8pm check and night log); the drug service reports on change within "
        "48 hours of any positive test; the grandfather's part has a fallback, legal planning follows "
        "named triggers, dates are set."
    ),
    "text": """\
# Child Protection Plan: Mia and Sonny Threadgold

Dimlowe Metropolitan Council | Children's Social Care | Initial child protection conference, Thursday 28/08/2025
Chair: Denise Arkwright | Social worker: Carys Penhale (team manager: Gill Sutton) | Category: neglect

## The family

| Name | Age | Who they are |
|---|---|---|
| Mia Threadgold | 13 | Year 9 at Dimlowe Academy |
| Sonny Threadgold | 5 | Year 1 at Dimlowe Infants |
| Lisa Threadgold | 35 | Mum; Flat 9, Heathfield Court, Dimlowe DW3 5RB |
| Ron Threadgold | 64 | Grandad (Lisa's dad); Flat 22, Gorse Court, the next block |

Mia's and Sonny's father lives abroad and has not been in touch for four years.

## What we are worried about

Lisa has been on a methadone prescription for six years. In July she started using heroin again. On
16/08/2025 a neighbour found Sonny alone on the landing at 9.30pm in his pyjamas, looking for his mum; Mia
was at a friend's and Lisa had gone out to buy drugs. In the flat the police found foil on the kitchen table
and Lisa's methadone bottle on the floor by Sonny's bed. Mia has missed 14 days of school since Easter, most
of them Mondays, to look after Sonny and her mum.

## What is working well

Lisa called Dimlowe Recovery Partnership herself the next day and has been tested every week since. The
children are close to her and to Grandad Ron, who is at the flat most evenings. Sonny is doing well in Year 1.
Mia is funny, bright and very protective of her brother.

## What Mia and Sonny say

Mia (seen on her own, 22/08/2025): "I stay home on Mondays because Mum's rough after the weekend and someone
has to do Sonny. I'd rather go to school. Grandad's the one who's always there." She scored home 4 out of 10.

Sonny (seen at home, 25/08/2025) showed the SW his Lego and said: "Mummy went out and I was scared of the dark
so I went to find her. Grandad reads me the dinosaur book."

## What must change for Mia and Sonny

- Mia and Sonny are never left alone at night, and are looked after by a sober adult every night.
- Sonny gets to school on time every day, and Mia goes to school every day instead of caring for her family.
- Mia and Sonny cannot reach drugs, needles or methadone in the flat.

## The plan

Times are written into every line. Rules that hold every morning and every night come first, then weekly work,
then the tasks that have a date.

### Every morning

- On every school day from 03/09/2025, Lisa will get Sonny up, give him breakfast and walk him into Dimlowe Infants by 8.45am. How we will know: the school's attendance print-out, emailed to Carys every Friday, shows Sonny in before the bell.
- On every school day from 03/09/2025, Lisa will make sure Mia goes to school and is never kept at home to look after Sonny or her. How we will know: Mia's attendance print-out, sent to Carys every Friday by her head of year, Mr Oduya; 95% or more by the review.

### Every night

- Every night from 28/08/2025, Lisa will stay in the flat with Mia and Sonny from 6pm until the morning, and will not go out unless Grandad Ron is there with them. How we will know: Mia tells Carys on her own at each visit whether her mum went out, and Ron's night log shows who was in.
- Every night from 28/08/2025, Lisa will keep her methadone in the locked box on top of the wardrobe, with the key on her own keyring. How we will know: Carys and Femi see the box locked, and the key with Lisa, at every home visit.
- Every night at 8pm from 28/08/2025, Grandad Ron will call round to check that Lisa is sober and both children are in, and write what he found in the night log. How we will know: Carys reads the night log at every visit, and Ron texts Carys the same night if Lisa is not sober.

### Every week

- Every week from 01/09/2025, Carys Penhale (SW) will visit Mia and Sonny, with one visit in four unannounced after 6pm, and see each child on their own. How we will know: visit records show both children seen alone and what each of them said.
- Every Wednesday from 03/09/2025, Femi Adebayo (keyworker, Dimlowe Recovery Partnership) will see Lisa, review her methadone and do a urine test; he will tell Carys within 48 hours of any positive test and report in writing before each core group on whether Lisa is making the changes Mia and Sonny need, and how long further change is likely to take. How we will know: test results and Femi's written report on the children's file before each core group.

### With a date

| Task | Who | No later than | How we will know |
|---|---|---|---|
| Write a safety plan with Mia: who she rings if her mum seems under the influence, with their numbers saved in her phone | Carys Penhale (SW) | 05/09/2025 | Plan signed by Mia and Lisa and kept on file; Carys sees the numbers in Mia's phone |
| Complete a parenting assessment of Lisa, including Grandad Ron's part in the children's care | Carys Penhale (SW) | 24/10/2025 | Report shared with Lisa, Ron and the core group before the review |

## If things go wrong

- If Lisa is found under the influence while looking after the children, has a positive test, or goes out at night leaving them, Mia and Sonny go to Grandad Ron's flat at 22 Gorse Court that night and Carys holds a strategy discussion with Dimlowe Police the same day.
- If Ron cannot have them or cannot do his 8pm checks (he is ill, or it becomes too much), Carys will place Mia and Sonny together with Dimlowe foster carers that day.
- If Lisa has two positive tests in any four weeks, or leaves the children alone at night again, Carys will ask Gill Sutton for a legal planning meeting within 5 working days to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks, Tuesdays at 4pm, Heathfield Children's Centre: 09/09/2025, 07/10/2025 and 04/11/2025.
- Review child protection conference: Thursday 20/11/2025, 10am, Dimlowe Town Hall.
""",
    "findings": [],
})
