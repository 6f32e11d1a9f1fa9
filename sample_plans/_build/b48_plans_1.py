"""Batch 48, module 1: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: long child and family assessments in which the plan's own actions are
a small part of the document. Pages of the child's day, history, family
network, strengths and worries are written in full sentences, many of them
saying what people did or will do in ordinary life, and only then comes an
action section under a heading of the author's own choosing (a table in some,
bullets or numbered sentences in others). Pre-birth, neglect, domestic abuse,
parental mental illness and a teenager at risk outside the home. Four of the
seven are exemplary; the others carry 9 to 11 realistic faults each.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth child and family assessment (social worker's numbered report)
#    ending in the conference plan as a five-column table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_elvercombe_prebirth_cfa_then_plan_table_ashworth.docx",
    "doc_title": "Pre-birth Child and Family Assessment and Child Protection Plan - Baby Ashworth",
    "split": "tune",
    "actions": 10,
    "template": "prebirth-child-and-family-assessment-docx-front-sheet-eleven-numbered-sections-babys-world-family-and-friends-analysis-conference-decision-then-what-will-be-done-by-whom-when-what-we-should-see-table",
    "description": (
        "Exemplary pre-birth child and family assessment for the unborn baby of a 19-year-old care "
        "leaver whose partner's first child was removed (his daily cannabis use, domestic abuse "
        "towards a previous partner). Ten sections of assessment in full sentences (the baby's world, "
        "both parents' stories, family and friends, strengths, worries, analysis, the conference "
        "decision), then outcomes for the baby and a ten-row action table. The drug service reports "
        "on the father's capacity to stop, the former foster carer's overnight help has a fallback, "
        "the SW visits the ward daily, core group and review dates and the legal step are set."
    ),
    "header": "Elvercombe City Council – Children's Social Care – OFFICIAL SENSITIVE",
    "footer": "Baby Ashworth – pre-birth assessment and plan – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child and Family Assessment – Pre-birth"),
        ("p", "Elvercombe City Council · Children's Social Care · Assessment and Intervention Team 3"),
        ("kv", [
            ("Unborn baby", "Baby Ashworth, due 02/09/2025 (Kayleigh was 30 weeks pregnant when this "
                            "assessment was completed)"),
            ("Mother", "Kayleigh Ashworth, 19, born 14/03/2006"),
            ("Father", "Connor Pyke, 23, born 30/11/2001"),
            ("Address", "Flat 6, Harrier Court, Millbrook Road, Elvercombe (Kayleigh's tenancy; Connor "
                        "stays most nights)"),
            ("Assessment started", "07/05/2025, after a referral from the maternity safeguarding team"),
            ("Assessment completed", "13/06/2025 (26 working days)"),
            ("Social worker", "Olivia Marsh"),
            ("Practice supervisor", "Gareth Allinson"),
            ("Next step", "Pre-birth initial child protection conference, 26/06/2025"),
        ]),
        ("h1", "1. Why this assessment was done"),
        ("p", "Kayleigh booked with the community midwife at 14 weeks and mentioned that her partner's "
              "older daughter does not live with him. The midwife checked with the maternity safeguarding "
              "team, who found that Connor's daughter Maisie, now 4, has lived with her maternal "
              "grandparents under a special guardianship order since 2022. The order was made at the end "
              "of care proceedings in Thorncastle, after Maisie was neglected and Connor was violent "
              "towards Maisie's mother. When the midwife visited the flat in April there was a strong "
              "smell of cannabis."),
        ("p", "This assessment looks at what life is likely to be like for the baby after the birth, what "
              "Kayleigh and Connor have learned since Maisie's case, and what help they need. Both parents "
              "agreed to the assessment, both have read this report, and their comments are in section 9."),
        ("h1", "2. Who I spoke to and what I read"),
        ("bullets", [
            "Kayleigh, at home on five occasions (twice with Connor there) and once on her own at the "
            "Millbrook Family Hub.",
            "Connor, at home twice and once on his own at the Civic Centre.",
            "Ruth Kemble, specialist safeguarding midwife, Elvercombe General Hospital.",
            "Mo Ansah, Kayleigh's personal adviser in the leaving care service.",
            "Janet Pryce, Kayleigh's foster carer from the age of 12 to 18.",
            "Debbie Pyke, Connor's mother.",
            "Thorncastle Borough Council: the final care plan and the judge's summary in Maisie's case.",
            "Elvercombe Police: two call-outs to Connor's previous address in 2021, none since.",
            "Millbrook Surgery: no health concerns for either parent apart from Connor's cannabis use, "
            "which he told the GP about in 2023.",
        ]),
        ("h1", "3. Kayleigh"),
        ("p", "Kayleigh came into care at 11, after years in which her mother's drinking left her looking "
              "after herself and her younger brother. From 12 until she turned 18 she lived with Janet "
              "Pryce in Oakley Vale, and she still calls Janet \"Nan Jan\". She left school with six GCSEs "
              "and started a childcare course at Elvercombe College, which she put on hold when she found "
              "out she was pregnant. She works three mornings a week at Crumbs bakery on Market Street and "
              "says she wants to go back to college when the baby is a year old."),
        ("p", "Kayleigh met Connor through friends in the summer of 2024. She describes him as \"the calmest "
              "person I know\" and says she has never seen him lose his temper. She knew he had a daughter, "
              "but said she did not know why Maisie lives with her grandparents until the midwife told her. "
              "She was upset: \"I'd have wanted to hear that from him, not from a midwife.\" Since then she "
              "has gone through the judge's summary with me and asked thoughtful questions about it, "
              "particularly about what \"failure to protect\" means for her."),
        ("p", "Her one-bedroom flat is clean, warm and tidy. She manages her money with help from Mo and "
              "has no debts apart from a small catalogue account that she pays each month. She gave up "
              "cigarettes at 16 weeks without any help, and the midwife's carbon monoxide readings since "
              "then have all been normal."),
        ("h1", "4. Connor"),
        ("p", "Connor grew up on the Fallowfield estate with his mother Debbie and two younger brothers. He "
              "left school at 15 and worked on and off as a labourer; since March he has worked five days a "
              "week for a scaffolding firm and he is proud of getting his CSCS card. He has smoked cannabis "
              "every day since he was 14. He told me he has \"a couple of joints in the evening to get to "
              "sleep\" and that he smokes on the balcony, never inside. The midwife and I have both smelled "
              "cannabis inside the flat."),
        ("p", "The judge in Maisie's case found that Connor pushed Maisie's mother down the stairs in 2021 "
              "while she was carrying Maisie, that police were called twice that year, and that Maisie was "
              "neglected: she missed her health checks, the home was dirty, and nobody got up to her at "
              "night because both parents were asleep after smoking. Connor accepts much of this. He said: "
              "\"I was a kid and I was off my head half the time.\" He also said Maisie's mother \"wound me "
              "up\", which shows he still places some of the blame on her. He has never done any work on "
              "his behaviour in relationships."),
        ("p", "Connor sees Maisie for two hours once a month at a contact centre in Thorncastle, arranged "
              "by her grandparents, and has not missed a contact this year. He has no convictions and there "
              "has been no reported incident between him and Kayleigh."),
        ("h1", "5. The baby's world"),
        ("p", "The baby cannot tell us anything yet, so this section describes the world the baby is growing "
              "in and will be born into, from what I and the other professionals have seen."),
        ("p", "At the 20-week scan on 22/04/2025 the baby was growing well, and the scan picture is on the "
              "fridge. Kayleigh has felt kicks since 18 weeks and talks to the bump in the bath; she laughed "
              "when she told me the baby \"goes mad when I have orange juice\". She has bought a Moses "
              "basket, a second-hand pram from Janet's neighbour and a pack of newborn vests, and has "
              "cleared a space for the basket beside her bed. There is no cot, car seat or steriliser yet."),
        ("p", "On three of my five visits the flat smelled of cannabis. On one of them, at two in the "
              "afternoon on a weekday, Connor was asleep on the sofa and did not wake in the forty minutes "
              "I was there. A baby in this flat as it is now would be breathing in smoke and could be left "
              "with a father who is hard to wake for a night feed."),
        ("p", "Kayleigh eats regular meals and has gone to every antenatal appointment; Connor came to the "
              "20-week scan and has asked to be at the birth."),
        ("h1", "6. Family and friends"),
        ("p", "Janet Pryce lives on her own in Oakley Vale, twenty minutes away by bus, and stopped fostering "
              "last year. Kayleigh has Sunday dinner with her most weeks, and Janet drives her to hospital "
              "appointments when Connor is at work. Janet has offered to stay at the flat for the first two "
              "weeks after the birth. She told me: \"I've had newborns on and off for thirty years. I'm not "
              "going anywhere.\" Janet knows about Maisie's case and says she would not hesitate to ring "
              "me if she was worried."),
        ("p", "Debbie Pyke works full time in a care home and lives with Connor's brothers Jake (19) and "
              "Reece (16). She is warm towards Kayleigh, has knitted a blanket for the baby and says she "
              "will help on her weekends off. She was not involved in Maisie's care and said she \"only "
              "found out how bad it was at court\". Jake also smokes cannabis, and Kayleigh has asked him "
              "not to come to the flat."),
        ("p", "Kayleigh has had no contact with her own mother since she was 15. Her brother Tyler, 17, is "
              "in foster care in another county; they message each other most days and he has asked to be "
              "told as soon as the baby arrives."),
        ("h1", "7. What is going well"),
        ("p", "Kayleigh is organised and honest, and she asks for help when she needs it. She has been to "
              "every appointment, stopped smoking on her own and got the flat ready. She has a long, trusted "
              "relationship with Janet and with Mo, and she has told both of them what this assessment has "
              "found. Connor is working, keeps every contact with Maisie and has been open about how much he "
              "smokes. At our last meeting he said he wants to \"do it right this time\", and he has agreed "
              "to see a drug worker and to go on a domestic abuse programme."),
        ("h1", "8. What we are worried about"),
        ("p", "Connor's daily cannabis use was part of why Maisie was neglected, and it has not changed. He "
              "has had no help with how he treated Maisie's mother and still partly blames her. Kayleigh is "
              "19, has no family of her own nearby apart from Janet, and has never looked after a baby. If "
              "Connor goes on smoking after the birth and the relationship comes under strain, the baby "
              "could be harmed by smoke, by nobody waking for a feed, or by violence at home."),
        ("h1", "9. What Kayleigh and Connor say about this assessment"),
        ("p", "Kayleigh said: \"It's fair. I didn't like reading the bit about the smell but it's true.\" "
              "Connor said he thinks the report is \"harsh on the past but I get why\", and asked that it "
              "records that he has not been in trouble with the police for four years. It does."),
        ("h1", "10. Analysis and recommendation"),
        ("p", "The baby will be born to a parent whose previous child was removed, into a home where cannabis "
              "is smoked every day, to a father who has not worked on his past violence. Against this are "
              "real strengths: Kayleigh's own care of herself and the flat, Janet's experience and "
              "commitment, and Connor's honesty and steady work. I do not think the baby would be safe if "
              "born into the flat as things are today, but there are ten weeks until the due date and both "
              "parents want to work with us. I recommended a pre-birth child protection conference so that "
              "there is one clear plan, with timescales that fit the baby's."),
        ("p", "The pre-birth initial child protection conference on 26/06/2025, chaired by Amrit Sahota, "
              "agreed that the baby is likely to suffer significant harm after the birth and should be the "
              "subject of a child protection plan under the category of neglect. Kayleigh and Connor came "
              "with Janet. The plan below was agreed at the conference and added to this assessment on "
              "27/06/2025."),
        ("h1", "11. Baby Ashworth's child protection plan"),
        ("h2", "What we want for the baby"),
        ("bullets", [
            "The baby goes home to a smoke-free flat with an adult who is awake and sober for every feed, "
            "day and night.",
            "The baby sleeps on their back in their own Moses basket or cot for every sleep.",
            "The baby never sees or hears violence between the adults who look after them.",
            "The baby is seen at every health visiting contact and grows steadily along their centile.",
        ]),
        ("h2", "Who will do what"),
        ("table", {
            "header": ["#", "What will be done", "By whom", "When", "What we should see"],
            "widths": [0.8, 5.6, 3.4, 3.0, 4.2],
            "rows": [
                ["1", "Home visits to Kayleigh, at least one a month unannounced and one a month with Connor "
                      "there; look at the baby's sleeping space and talk through how the parents will "
                      "manage feeds and nights",
                 "SW Olivia Marsh", "Every 2 weeks until the birth, then weekly",
                 "Visit record notes the smell of the flat, the sleeping space and what each parent says "
                 "about night care, at every visit"],
                ["2", "Safeguarding birth plan, with an alert on the maternity record so that the SW is "
                      "told as soon as Kayleigh is admitted in labour",
                 "Ruth Kemble, specialist safeguarding midwife, Elvercombe General Hospital",
                 "Birth plan written by 05/08/2025 (36 weeks)",
                 "Birth plan and alert on the maternity record, copy to the SW; any missed antenatal "
                 "appointment told to the SW the same day"],
                ["3", "Antenatal home contact and then the new birth visit, covering safe sleep, coping "
                      "with crying (ICON) and feeding",
                 "HV Priya Lal, Millbrook health visiting team",
                 "Antenatal contact by 31/07/2025; new birth visit 10–14 days after the birth",
                 "Safe sleep and ICON sheets signed by both parents; the baby's weight in the red book and "
                 "sent to the SW"],
                ["4", "Key-work with Connor on his cannabis use, with an oral fluid test at each session, and "
                      "a written view of whether he can stop smoking in and around the flat before the baby "
                      "comes home",
                 "Dan Hebden, recovery worker, Compass Recovery Elvercombe",
                 "Weekly from 03/07/2025; written view by 05/08/2025",
                 "Test results sent to the SW every fortnight; written view shared with the core group "
                 "on 05/08/2025"],
                ["5", "Attend the Choices for Change programme for fathers who have been abusive, including "
                      "the sessions on what abuse at home does to babies",
                 "Connor Pyke; facilitator Lisa Ormerod reports to the SW",
                 "Every Wednesday evening for 20 weeks from 02/07/2025",
                 "Attendance sheet to the SW monthly; mid-programme report to the core group by "
                 "02/09/2025"],
                ["6", "Domestic abuse risk assessment (DASH) with Kayleigh on her own, and a written safety "
                      "plan for her and the baby",
                 "Sam Okoro, IDVA, Elvercombe Domestic Abuse Service",
                 "By 11/07/2025; repeated within 2 weeks of the birth",
                 "DASH score sent to the SW; Kayleigh keeps a copy of the safety plan and can tell the SW "
                 "who she would ring and where she would go"],
                ["7", "Stay at the flat for the first 14 nights after Kayleigh and the baby come home, and be "
                      "the adult who is up with Kayleigh for the night feeds",
                 "Janet Pryce (Kayleigh's former foster carer)",
                 "Every night for the first 14 nights after discharge",
                 "Night feed chart on the fridge, signed by Janet each morning and looked at by the HV and "
                 "SW at their visits"],
                ["8", "Leaving care grant for the baby's cot, car seat and steriliser, and a gas engineer's "
                      "check that the heating works before the baby is born",
                 "Mo Ansah, personal adviser, Elvercombe leaving care service", "By 05/08/2025",
                 "Cot, car seat and steriliser seen in the flat by the SW; engineer's certificate on file"],
                ["9", "Parenting assessment of Kayleigh and Connor together, including observed care of the "
                      "baby in the first weeks after the birth",
                 "SW Olivia Marsh, with FSW Chloe Barraclough",
                 "Starts 07/07/2025; report by 19/09/2025",
                 "Written assessment with a clear recommendation, shared with the parents and the core "
                 "group before the review conference"],
                ["10", "See the baby and Kayleigh on the postnatal ward, and hold a discharge planning "
                       "meeting with the ward, the midwife and the HV before the baby goes home",
                 "SW Olivia Marsh",
                 "Every day from the day after the birth until discharge; meeting before discharge",
                 "Ward visits recorded on the baby's file; written discharge plan given to the ward, the "
                 "HV and both parents before discharge"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Connor smokes cannabis in the flat, his test results go up instead of down, the police are "
              "called to any incident between Kayleigh and Connor, or Kayleigh tells anyone she is "
              "frightened of him, the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. Before the birth, Connor will be asked to move back to his mother's "
              "that day. After the birth, Kayleigh and the baby will go to Janet's home in Oakley Vale that "
              "day, and Connor will only see the baby at the Millbrook Family Hub with a family support "
              "worker in the room."),
        ("p", "If Janet cannot stay for the first 14 nights, or has to leave part way through, the baby will "
              "not spend a night at the flat until the SW has agreed another adult with Kayleigh. If Janet "
              "cannot take Kayleigh and the baby in an emergency, or no other adult can be found, the SW "
              "will arrange a parent and baby foster placement for them both that day."),
        ("h2", "Meetings, review and legal planning"),
        ("bullets", [
            "Core group every 4 weeks at the Millbrook Family Hub, 10am: 08/07/2025, 05/08/2025 and "
            "02/09/2025 (the September meeting will move to the flat if the baby has arrived).",
            "Review child protection conference: 23/09/2025, 1.30pm, Elvercombe Civic Centre.",
            "If Connor's test results have not started to fall by the core group on 05/08/2025, or he has "
            "missed three Choices for Change sessions, the SW will ask the team manager for a legal planning "
            "meeting within 5 working days, so that a decision about pre-proceedings is made before the birth.",
        ]),
        ("p", "Olivia Marsh, Social Worker, 27/06/2025 · Countersigned: Gareth Allinson, Practice Supervisor"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Neglect: child and family assessment in assessment-triangle parts, a
#    school day told by the children, scaling; the conference plan as
#    numbered sentences. Paged PDF with header and footer. Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_estwold_neglect_cfa_triangle_numbered_plan_doyle.pdf",
    "doc_title": "Child and Family Assessment and Child Protection Plan - Kian, Tilly and Ruby Doyle",
    "split": "tune",
    "actions": 12,
    "template": "neglect-child-and-family-assessment-pdf-parts-a-to-g-assessment-triangle-headings-tillys-school-day-timeline-scaling-then-numbered-sentence-plan-under-part-g",
    "description": (
        "Child and family assessment of three children (9, 6 and 2) living with neglect (rubbish and "
        "mould in the home, no food, tooth decay, 81% attendance, a toddler's missed checks) and a "
        "mother with untreated depression, laid out in the assessment triangle with a school day told by "
        "the children, then twelve numbered sentences agreed at conference. One is 'on an ongoing "
        "basis', the dental referral has no agent, the toddler's review has no date or measure, the "
        "school nurse and GP sentences have no measure, the family support worker's only measure is "
        "'progress monitored', one is owned by 'All professionals'; the mother's depression is left to "
        "her own GP visit (F004), and the contingency only says the core group will meet to discuss, "
        "with no legal step."
    ),
    "header": "OFFICIAL – SENSITIVE    Estwold County Council · Children and Families Service    CFA ref 25/4471",
    "footer": "Doyle children – Child and Family Assessment and plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child and Family Assessment"),
        ("p", "Estwold County Council · Children and Families Service · Locality Team South"),
        ("table", {
            "header": ["Child", "Date of birth", "School or setting"],
            "widths": [5.0, 4.0, 8.0],
            "rows": [
                ["Kian Doyle", "04/10/2015 (9)", "Year 4, St Brendan's RC Primary"],
                ["Tilly Doyle", "17/01/2019 (6)", "Year 1, St Brendan's RC Primary"],
                ["Ruby Doyle", "22/03/2023 (2)", "At home; not in a nursery or group"],
            ],
        }),
        ("kv", [
            ("Address", "22 Plover Walk, Estwold"),
            ("Mother", "Shannon Doyle, 28"),
            ("Kian and Tilly's father", "Lee Harker, lives in Wexham; sees the children every other Saturday"),
            ("Ruby's father", "Aaron Sim; no contact since before Ruby was born"),
            ("Social worker", "Jenna Corbett"),
            ("Team manager", "Paul Okwu"),
            ("Assessment period", "28/04/2025 to 06/06/2025"),
            ("Outcome", "Strategy discussion 09/06/2025; initial child protection conference 19/06/2025 "
                        "(category: neglect)"),
        ]),
        ("h1", "Part A – Why we are involved"),
        ("p", "St Brendan's referred Kian and Tilly on 24/04/2025 after Kian came to school with a swollen "
              "face and said he had had toothache \"for ages\". The school had already logged eleven "
              "concerns since September: the children arriving hungry, Tilly in the same uniform all week, "
              "head lice that kept coming back, and Kian asleep in lessons. Attendance for the year was 81% "
              "for Kian and 83% for Tilly, with most absences on Mondays."),
        ("p", "This is the family's third referral. A child in need plan ran from March 2021 to February "
              "2022 after a neighbour reported the children playing in the street late at night; it closed "
              "when the house had been cleared and the children were going to school every day. A second "
              "referral in 2023, about head lice and unwashed clothes, was signposted to Early Help, and "
              "Shannon did not take up the offer."),
        ("h1", "Part B – The children's developmental needs"),
        ("h2", "A school day for Tilly, as she and Kian told it"),
        ("p", "7.40am – Kian wakes Tilly because Mum is still asleep. Ruby is already up and has been in "
              "the front room \"with the telly\" since it got light. Kian looks for clean socks in the "
              "basket on the landing; Tilly wears yesterday's."),
        ("p", "8.15am – There is no bread, so Kian gives Tilly dry cereal from the box. He has none because "
              "his tooth hurts. He changes Ruby's nappy because \"she smells and Mum's tired\"."),
        ("p", "8.50am – Shannon gets up when Kian shouts that they are going. On two days out of five they "
              "go together and are on time; on the other days they are late or do not go."),
        ("p", "12.00pm – Tilly has a free school dinner and asks for seconds. Her teacher says she eats "
              "\"like she hasn't seen food since yesterday\"."),
        ("p", "3.15pm – Shannon collects the children with Ruby in the buggy. Tilly says this is the best "
              "part of the day because \"Mum does funny voices on the way home\"."),
        ("p", "5.30pm – Tea is usually crisps, a pot noodle or chips from the shop. Kian says they have "
              "\"proper tea\" at Auntie Leanne's on Sundays and at Dad's on Saturdays."),
        ("p", "8.30pm onwards – There is no set bedtime. Tilly and Ruby share a mattress on the floor of "
              "the back bedroom, with no sheet. Kian goes to bed \"when Mum goes\", often after 11pm, and "
              "plays on his phone."),
        ("h2", "Health"),
        ("p", "Kian has at least four decayed teeth and had an abscess in April that was treated by the "
              "emergency dentist; neither child is registered with a dentist. Ruby has missed her one-year "
              "and two-year health visiting reviews. When I saw her she said a handful of words (\"no\", "
              "\"Mama\", \"dog\") and pointed for what she wanted; she is a sturdy, smiley toddler but her "
              "nappy was heavy and her skin was sore."),
        ("h2", "Education"),
        ("p", "Kian is a bright boy who is falling behind in reading and maths because of the days he has "
              "missed. Tilly has settled well in Year 1 and her teacher describes her as \"a chatterbox who "
              "loves phonics\". Both children have free school meals and are on the school's list for the "
              "holiday food scheme."),
        ("h2", "What the children say"),
        ("p", "Kian (seen on his own at school, 14/05/2025): \"I'm the man of the house when Mum's asleep. "
              "I don't mind but sometimes I'm tired.\" He wants his tooth \"sorted\" and his own bed. Asked "
              "what he would change, he said: \"A fridge with stuff in it and Mum being happy.\""),
        ("p", "Tilly (seen with her teacher, 21/05/2025) drew her house with a big bed for Mum and a small "
              "mattress for her and Ruby, and said: \"I like my mum's cuddles. I don't like the smelly "
              "kitchen.\""),
        ("p", "Ruby (seen at home on four visits) toddles to the door when someone knocks, climbs onto the "
              "sofa to find her mum, and settles when Shannon holds her. On two visits she had not been "
              "changed since the night before."),
        ("h1", "Part C – Parenting capacity"),
        ("p", "Shannon loves her children and they love her. She is warm and playful with them, and they "
              "run to her at the school gate. She has never hit them, and there is no suggestion that she "
              "uses drink or drugs. The problems are with the basic care that young children need every "
              "day: food in the house, clean clothes and bedding, a routine that gets everyone up and to "
              "school, and getting the children to the dentist and the health visitor."),
        ("p", "Shannon was diagnosed with depression by her GP in 2022, after her mother Maureen died, and "
              "was prescribed sertraline. She stopped taking it last autumn because \"it made me feel flat\" "
              "and has not been back to the GP since. She told me she sleeps until late because \"the "
              "mornings are the worst\", that she often does not eat until the evening, and that she feels "
              "\"like I'm underwater\". She has not had any talking therapy."),
        ("p", "Shannon agreed with most of what the school had written. She said: \"I know it's bad. I "
              "just can't get going.\" She has been honest with me on every visit and let me see every room."),
        ("h1", "Part D – Family and environmental factors"),
        ("p", "The family rent a three-bedroom house from Estwold Homes. When I first visited there were "
              "nine full rubbish bags in the kitchen and yard, mould on the bathroom ceiling and the back "
              "bedroom wall, no working boiler (hot water from the kettle), and a back door that does not "
              "lock. The fridge held milk and a jar of jam. Shannon has reported the boiler three times."),
        ("p", "Shannon's sister Leanne lives in Wexham and has the children for Sunday dinner most weeks. "
              "She works full time and has three children of her own; she said she will keep doing Sundays "
              "but cannot do more. Lee Harker has Kian and Tilly every other Saturday and takes them "
              "swimming; he has offered to buy Kian a bed. Shannon's father lives in Spain and they speak "
              "on the phone at Christmas."),
        ("p", "Shannon receives universal credit and child benefit. She has rent arrears of £640 and a "
              "repayment plan with Estwold Homes, which she keeps to."),
        ("h1", "Part E – What is going well"),
        ("p", "The children are loved and they know it. Shannon gets them to school on some days and "
              "collects them every day. She has let every professional into the house and has started to "
              "clear the kitchen since my second visit. Leanne and Lee each give the children a good meal "
              "and a break at weekends. Tilly is thriving at school and Kian is a kind and capable brother."),
        ("h1", "Part F – Analysis"),
        ("p", "The children's basic needs are not being met consistently, and this has gone on, on and off, "
              "for more than four years. Kian is carrying adult worries and doing adult tasks. Ruby, at two, "
              "is the most at risk: she is at home all day, is not seen by anyone outside the family, and "
              "her speech is behind. Shannon's untreated depression is at the centre of this: on her bad "
              "days she cannot get up, shop or cook. The earlier child in need plan improved things for a "
              "time but they slipped back once it closed."),
        ("p", "On a scale of 0 to 10, where 10 means the children are well cared for every day and 0 means "
              "they are not safe at home, the professionals at the strategy discussion put the family at 3. "
              "Shannon put herself at 6 and said she wants to get to 8 \"so they don't have to worry\"."),
        ("p", "The initial child protection conference on 19/06/2025 agreed that all three children should "
              "be subject to child protection plans under the category of neglect. Shannon was there with "
              "Leanne and agreed with the decision."),
        ("h1", "Part G – What happens now: the plan agreed at conference"),
        ("h2", "By the review conference we want"),
        ("bullets", [
            "Kian, Tilly and Ruby to have breakfast and a cooked evening meal every day.",
            "The children to live in a warm, clean house with hot water, beds with sheets, and a back door "
            "that locks.",
            "Kian and Tilly to be at school at least 95% of the time and on time.",
            "Kian's teeth to be treated so that he is no longer in pain.",
            "Ruby's health and development checks to be up to date and Ruby to start nursery in September.",
        ]),
        ("h2", "Actions"),
        ("numbers", [
            "Jenna Corbett, social worker, will visit 22 Plover Walk every two weeks, including one "
            "unannounced after-school visit each month, seeing each child on their own and recording the "
            "home conditions score on the checklist at every visit.",
            "Shannon will keep the kitchen, bathroom and the children's bedrooms clean and clear of rubbish "
            "bags on an ongoing basis, with the SW photographing each room for the checklist.",
            "Estwold Homes will repair the boiler and the back door lock by 04/07/2025 and send the job "
            "completion sheet to the SW.",
            "A referral will be made to the Estwold community dental service for Kian and Tilly by "
            "04/07/2025, with the appointment dates sent to Shannon and the SW.",
            "Shannon will book Ruby's missed two-year development review with the health visiting team.",
            "Anna Greaves, health visitor, will see Ruby at home every four weeks, weigh and measure her, "
            "and send the SW her growth chart figures after each visit.",
            "Gemma Lowe, family support worker at Estwold Family Hub, will do weekly sessions at home with "
            "Shannon on meal planning, morning routines and bedtimes for ten weeks from 30/06/2025, with "
            "progress monitored.",
            "Mrs Carol Findlay, DSL at St Brendan's, will email the SW Kian and Tilly's attendance and "
            "lateness figures every Monday, aiming for 95% by the October half term.",
            "The school nurse will do a health check with Kian and Tilly, including hearing and eyesight, "
            "by the end of the summer term.",
            "Shannon will go to her GP about her low mood and ask about talking therapy before the first "
            "core group.",
            "Shannon will take up Ruby's funded two-year-old place at Little Wrens Nursery from 08/09/2025, "
            "three days a week, and the nursery will send its register to the SW monthly.",
            "All professionals will tell the SW the same day if any of the children come in hungry, "
            "unwashed or in dirty clothes, and each concern will be logged on the children's file.",
        ]),
        ("h2", "If things do not get better"),
        ("p", "If things do not get better for the children, or Shannon stops working with the plan, the "
              "core group will meet earlier than planned to discuss the concerns and agree what to do next."),
        ("h2", "Core group and review"),
        ("p", "First core group: 01/07/2025, 9.30am at St Brendan's, then every four weeks (29/07/2025 and "
              "26/08/2025). Review child protection conference: 11/09/2025, 10am, Estwold County Hall."),
        ("p", "Jenna Corbett, Social Worker · Authorised by Paul Okwu, Team Manager, 20/06/2025"),
    ],
    "findings": [
        F("T002", "clear of rubbish bags on an ongoing basis"),
        F("W001", "A referral will be made to the Estwold community dental service"),
        F("T001", "book Ruby's missed two-year development review with the health visiting team"),
        F("M001", "book Ruby's missed two-year development review with the health visiting team"),
        F("M002", "weekly sessions at home with Shannon on meal planning"),
        F("M001", "do a health check with Kian and Tilly, including hearing"),
        F("M001", "go to her GP about her low mood"),
        F("W002", "All professionals will tell the SW the same day"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Teenager at risk outside the home: assessment with a week-in-the-life
#    table, a dated "how we got here" list and Callum's own words, then the
#    plan as bullets that open with the owner in bold. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_edgemarsh_exploitation_cfa_owner_bullets_reid.md",
    "split": "tune",
    "actions": 12,
    "template": "extra-familial-harm-assessment-md-week-in-callums-life-table-dated-history-list-network-paragraphs-then-bold-owner-first-bullets-under-keeping-callum-safe",
    "description": (
        "Exemplary assessment and plan for a 14-year-old being criminally exploited (missing episodes, "
        "found in another town with cash and phones, a knife in his bag, an older man collecting him). "
        "Most of the document is assessment: a week in Callum's life, a dated history, his own words, "
        "his mum and sister, the people around him, strengths and worries. The plan is twelve bullets, "
        "each opening with its owner in bold and saying when and how it will be checked; the uncle's "
        "football lifts have a fallback, the contingency is specific, core groups every three weeks, a "
        "review conference date and a legal planning step."
    ),
    "text": """\
# Child and Family Assessment and Child Protection Plan: Callum Reid

**Edgemarsh Borough Council – Children's Services, Adolescent Safeguarding Team**

| | |
|---|---|
| Young person | Callum Reid, born 09/02/2011 (14), Year 9 at Edgemarsh Academy |
| Lives with | Lorraine Reid (mum) and Evie Reid (sister, 8), 31 Carrow Road, Edgemarsh |
| Dad | Steven Reid, lives in Alicante; phones Callum most Sundays |
| Social worker | Tom Ashdown |
| Assessment | 06/05/2025 to 06/06/2025 |
| Conference | Initial child protection conference, 17/06/2025 – plan agreed, category physical abuse (harm outside the home) |

## Why we are involved

Callum was reported missing six times between January and April 2025. On 28 April British
Transport Police found him at Castlebury station, forty miles away, at 1am, with £340 in
cash, two cheap phones and a train ticket bought by someone else. On 2 May a lock knife was
found in his school bag and he was excluded for five days. Police intelligence links a
22-year-old man, Kieran Vost, to a drug line running from Edgemarsh to Castlebury; he has
been seen collecting Callum from the end of Carrow Road in a grey car. A strategy meeting
on 30 April agreed a child and family assessment, and the case was heard at the
multi-agency child exploitation (MACE) panel on 13 May.

## How we got here

- **September 2024** – Callum starts Year 9 in a lower set and tells his mum he is "thick".
  He starts hanging around the retail park after school.
- **November 2024** – First fixed-term exclusion (one day) for swearing at a teacher. Lorraine
  notices new trainers she did not buy.
- **January 2025** – First missing episode: home at 6am, says he stayed at a friend's. Two
  more in February, both weekends.
- **March 2025** – Lorraine finds cannabis in his coat. Callum tells her it was "for a mate".
- **28 April 2025** – Found in Castlebury (above). Return home interview on 30 April: Callum
  says "it's just a job, I'm not stupid".
- **2 May 2025** – Knife found in his bag; five-day exclusion.
- **May 2025** – Lorraine swaps her night shifts at Edgemarsh Community Hospital for day shifts
  (7.30am to 3.30pm, Monday to Friday) so that she is home every evening. No missing episodes
  since 4 May.

## A week in Callum's life

This is what Callum, Lorraine and the school told us about an ordinary week in May.

| Day | What Callum does | What we notice |
|---|---|---|
| Monday | School; home by 4pm; PlayStation until late | His phone buzzes all evening; he takes it to the bathroom |
| Tuesday | School; youth club at the Hub 6–8pm | Comes home calmer and talks to his mum about the club |
| Wednesday | School; Rovers training with Uncle Gary 6–7.30pm | Says training is "the only thing I'm good at" |
| Thursday | School; out with friends at the retail park | Came home at 10.40pm one Thursday with a new jacket |
| Friday | Often late to school; out until his curfew | The night most likely to end in him going missing |
| Saturday | Rovers match with Uncle Gary in the morning; out in the afternoon | Came home smelling of cannabis twice in May |
| Sunday | Stays in; phones his dad; sleeps a lot | Evie says he is "nice on Sundays" |

## Callum in his own words

I saw Callum six times, three of them away from home: twice at the Boxpark café and once
in the car after training. He did not want to talk about Kieran Vost and said he "doesn't
know anyone called that". He did say:

> "Everyone thinks I'm some gangster. I'm not. I just wanted money so Mum didn't have to do
> nights."

> "School's pointless. I can't read the stuff they give us, so why bother."

> "Football's the best bit. Gary doesn't treat me like a kid."

When I asked what would make him feel safer, he said "if people stopped ringing me" and
then "if I got moved up a set". He scored his own safety at 6 out of 10 ("I can look after
myself") and said his mum would score it at 2. He knows his curfew and says it is "fair
on school nights, not on Saturdays".

## Lorraine and Evie

Lorraine is 41 and has worked as a healthcare assistant for twelve years. She and Steven
separated in 2019 and he moved to Spain for work. She is a warm, practical mum who has
done everything she has been asked: she has reported every missing episode, changed her
shifts, taken Callum's second phone to the police and come to every meeting. She said:
"I feel like I'm losing him to people I've never met." She is frightened for Callum and
also for Evie, because the grey car has been parked on their road twice.

Evie is in Year 3 at Carrow Road Primary. She is doing well and loves gymnastics. She told
me she misses Callum "playing Uno like before" and that she does not like it "when Mum
cries in the kitchen". She knows Callum has been "in trouble" but not why.

## People around Callum

**Gary Nolan** is Lorraine's younger brother and coaches the under-15s at Edgemarsh Rovers.
He picks Callum up for training on Wednesdays and for matches on Saturdays and is the adult
Callum says he listens to. He has told Callum plainly that he will drop him from the team
if he carries a knife again. **Sheila Nolan**, Lorraine's mum, is 70, lives in sheltered
housing in Northfield and has Evie for tea on Tuesdays. **Diane Parr**, Lorraine's closest
friend, lives in Northfield and has said the family can stay with her at short notice.

Callum's old friends from primary school have mostly drifted away. His newer friends are
two or three years older and several are known to the police.

## What is going well

- No missing episodes since 4 May, since Lorraine started working days.
- Callum goes to football every week and turns up to the youth club on Tuesdays.
- Lorraine works openly with every agency and has kept a log of every missing episode.
- Callum has let himself be seen and has been honest about why he wanted money.
- Evie is happy, doing well at school and close to her nan.

## What we are worried about

Callum is being groomed and used to carry drugs and money between Edgemarsh and Castlebury.
He carried a knife, which tells us he feels unsafe or has been told to carry one. He does
not see himself as a victim. He is behind with reading and feels that school has nothing
for him, which makes the money and status he is offered more attractive. People linked to
the line know where the family live.

## Our assessment

Callum's risk comes from outside the family; Lorraine is protective and doing everything
she can, but she cannot keep him safe on her own. The things that hold Callum are football,
his uncle, the youth club and his mum's love. The things that pull him away are money,
older boys who make him feel important, and a school day he cannot follow. Any plan has to
make the good things bigger and make it harder for the people exploiting him to reach him.
The conference on 17/06/2025 agreed that Callum should have a child protection plan. Evie
will be supported through Callum's plan and her own school.

## What we want for Callum

- Callum stops going missing and is home by his curfew every night.
- Callum stops carrying drugs, money or weapons for anyone, and knows that he is the victim of
  the adults who used him.
- Callum goes to school every day, gets help with his reading and starts Year 10 with a timetable
  he can manage.
- Callum keeps playing football and has adults he trusts who he can ring if he is in trouble.
- Evie feels safe at home and on her road.

## Keeping Callum safe: who is doing what

- **Tom Ashdown (social worker):** I will see Callum every week, at least every other week away from the house, and write up what he tells me in his own words after each meeting.
- **Kemi Adeyemi (Edgemarsh Street Reach youth worker):** Kemi will meet Callum every Tuesday and Thursday evening from 6 to 8pm and email Tom a note of each session, including whether Callum came, by the next morning.
- **Tom Ashdown (social worker):** I will make a National Referral Mechanism referral for Callum by 27/06/2025 and put the decision letter on Callum's file as soon as it arrives.
- **DC Sara Whitlock (Edgemarsh Police Child Exploitation Team):** DC Whitlock will serve a Child Abduction Warning Notice on Kieran Vost by 04/07/2025 and send Tom and Lorraine written confirmation that it has been served.
- **DC Sara Whitlock (Edgemarsh Police Child Exploitation Team):** DC Whitlock will share any new intelligence about Callum with Tom within 24 hours and bring a written intelligence update to every core group.
- **Lorraine Reid (mum):** if Callum is not home by 9pm on a school night or 10pm at the weekend, Lorraine will ring him, and if he is still not home an hour later she will report him missing to the police and text Tom, writing the time of each report in her missing log.
- **Aisha Rahman (Edgemarsh Missing Children Service):** Aisha will offer Callum a return home interview within 72 hours of any missing episode and send the interview record to Tom and DC Whitlock within one working day of it.
- **Mr Paul Devereux (DSL, Edgemarsh Academy):** Mr Devereux will see Callum at 8.40 every school morning for a short check-in, ring Tom the same day if Callum is absent or leaves the site, and send Tom his attendance every Friday.
- **Mrs Lena Hart (SENCO, Edgemarsh Academy):** Mrs Hart will assess Callum's reading and processing by 18/07/2025 and give Lorraine and Tom the written report and a Year 10 timetable built around it.
- **Josh Penrose (Switch, Edgemarsh young people's drug and alcohol service):** Josh will see Callum weekly at school from 01/07/2025 and give Tom a written review of his cannabis use by 12/08/2025, to be shared with the core group.
- **Gary Nolan (uncle):** Gary will take Callum to Rovers training every Wednesday and to every Saturday match, and text Lorraine when Callum is with him and when he drops him home; Tom will check the club's attendance sheet each month.
- **Tom Ashdown (social worker):** I will see Evie on her own at least every four weeks, at school or at home, and write down what she says on her own file.

## If Callum goes missing or is in danger

If Callum is missing overnight, is found in another town, is arrested with drugs, money or
a weapon, or anyone threatens him or the family, Lorraine will ring 999 and Tom (or the
emergency duty team out of hours) will hold a strategy discussion with the police the same
day. If there is a threat to the house, Lorraine, Callum and Evie will stay that night with
Diane Parr in Northfield; if they cannot go to Diane's, Tom will arrange emergency
accommodation outside Edgemarsh that day. If Callum cannot be kept safe at home, he will be
offered a foster placement outside Edgemarsh under section 20, with Lorraine's agreement.

If Gary cannot take Callum to training or a match, Kemi will take him instead; if neither
of them can, Callum stays in with Lorraine that evening and Kemi rings him to arrange the
next session. Evie's Tuesday tea at her nan's is not part of this plan, but if Sheila is
unwell Evie goes to the Carrow Road after-school club, which Lorraine has booked as a
back-up.

## Checking the plan

- Core group every three weeks at Edgemarsh Academy, 4pm: 01/07/2025, 22/07/2025, 12/08/2025
  and 02/09/2025. Callum is invited to the first half of each meeting.
- Review child protection conference: 16/09/2025, 10am, Edgemarsh Town Hall.
- If Callum goes missing overnight twice before the review conference, or is found carrying
  drugs or a weapon again, Tom will ask the team manager for a legal planning meeting within 5
  working days to consider care proceedings and whether an application for secure
  accommodation is needed.

*Tom Ashdown, Social Worker, 18/06/2025. Read with Callum and Lorraine on 20/06/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Domestic abuse: a case-system print of the assessment form, field by
#    field, with the conference plan as "01." numbered sentences. Faults (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_easterhythe_da_cfa_casepoint_print_kowalczyk.txt",
    "split": "tune",
    "actions": 12,
    "template": "domestic-abuse-assessment-txt-casepoint-form-print-page-banners-numbered-form-sections-field-lines-then-zero-padded-numbered-sentences-under-section-9-plan-actions",
    "description": (
        "Case-system print of a child and family assessment for a 7-year-old and a 3-year-old after "
        "their father strangled their mother while drunk (father bailed to his brother's; mother with "
        "anxiety and depression; a move to another council expected), ending in twelve numbered plan "
        "sentences. The talking therapy service only gives CBT, the uncle supervises contact 'as and "
        "when it can be arranged', the HV will 'keep an eye on' speech, the school's ELSA offer has no "
        "measure, one sentence is owned by 'Everyone in the network', and the children's group referral "
        "is held until the transfer for the new council to re-refer 'at a later date'. The uncle and "
        "aunt carry contact and sleepovers but the contingency never says what happens if they can't."
    ),
    "text": """\
================================================================================================
 EASTERHYTHE BOROUGH COUNCIL | CHILDREN'S SOCIAL CARE | CASEPOINT v7.2
 Form: CHILD AND FAMILY ASSESSMENT (with ICPC outcome and Child Protection Plan)
 Printed 01/07/2025 09:14 by S.OYELARAN                                              Page 1 of 4
================================================================================================

 Form ID ............ CFA-2025-118804
 Form status ........ COMPLETE - AUTHORISED 27/06/2025 (R.HALLORAN, TM)
 Case ID(s) ......... 775120 (Oliwia), 775121 (Filip)

SECTION 1: CHILDREN AND HOUSEHOLD
 Child 1 ............ Oliwia KOWALCZYK   DOB 12/08/2017 (7)   Harbour Lane Primary, Year 2
 Child 2 ............ Filip KOWALCZYK    DOB 03/02/2022 (3)   Sunflower Pre-school
 Mother ............. Agnieszka KOWALCZYK, 32 - lives with children
 Father ............. Marek KOWALCZYK, 36 - on bail at 4 Quayside Mews (brother's flat)
 Address ............ 17 Netherby Street, Easterhythe
 Language ........... Polish at home; Agnieszka and Oliwia fluent in English; interpreter
                      offered, declined by Agnieszka, accepted by Marek
 Social worker ...... Sade OYELARAN

SECTION 2: REASON FOR ASSESSMENT
 On 18/05/2025 at about 23:30 police were called to the family home by a neighbour, Mrs
 Elzbieta Wrona, after Oliwia ran to her door in her pyjamas. Marek had been drinking vodka
 since the afternoon. Agnieszka told officers he had held her by the throat against the
 kitchen worktop "until I saw black"; she had red marks on her neck and a burst blood vessel
 in her eye. Oliwia had been woken by shouting and saw it from the kitchen doorway. Filip
 slept through. Marek was arrested and charged with non-fatal strangulation and was bailed
 on 20/05/2025 to live at his brother Tomasz's flat, not to contact Agnieszka directly and
 not to go to Netherby Street. Police have attended the address three times before
 (09/2023, 01/2024, 02/2025), each time for arguments when Marek had been drinking.

SECTION 3: THE CHILDREN'S DAILY LIVES
 Oliwia gets herself dressed and likes to choose her own hairband. She walks to school with
 her mum and Filip, and Agnieszka goes on to her part-time job at Seacrest Foods (9.30am to
 2.30pm). After school Oliwia does her reading book at the kitchen table and watches
 cartoons with Filip. Her teacher says she has been quiet and tearful since May, has asked
 twice to phone her mum at lunchtime, and has started biting her nails until they bleed.

 Filip goes to pre-school five mornings a week. He is a lively boy who loves diggers and
 dinosaurs. His keyworker says he has fewer words than most children his age (about 40, in
 Polish and English together) and that he hits out when he is frustrated. At home he sleeps
 in his mum's bed since Marek left.

 On Fridays both children have a sleepover at their aunt Beata's, which they look forward
 to all week. Since late May they have seen their father at Tomasz's flat on some Sundays.

SECTION 4: CHILD'S VOICE
 Oliwia (seen alone at school 23/05/2025 and 13/06/2025):
   "Tata was squeezing Mama's neck and she went a funny colour. I ran to Pani Ela next
   door because she always has her light on."
   "I don't want Tata to live with us if he drinks. I want to see him at Uncle Tomasz's
   because Uncle Tomasz makes pierogi."
   On a 0-10 scale she scored home at 7 now ("because it's quiet") and 1 on the night of
   18 May.
 Filip (seen at home 29/05/2025 and at pre-school 10/06/2025):
   Played with a toy police car, saying "nee-naw, Tata go". Went to his mum for a cuddle
   when he banged his head and settled quickly. Keyworker reports he asks for "Tata" at
   drop-off most mornings.

---------------------------------------------------------------------------------- Page 2 of 4
 EASTERHYTHE BOROUGH COUNCIL | CASEPOINT | CFA-2025-118804 | OFFICIAL-SENSITIVE
------------------------------------------------------------------------------------------------

SECTION 5: PARENTS AND CARERS
 Agnieszka came to the UK in 2013. She is a loving, organised mother and has kept the
 children's routine going since May. She has been treated by her GP for anxiety and
 depression since 2023 and takes citalopram; since the assault she has had panic attacks,
 sleeps badly and is frightened when the doorbell goes. She was referred to Easterhythe
 Talking Therapies on 02/06/2025. She has said clearly that she does not want Marek back
 in the house "until he stops drinking for good, maybe not even then".

 Marek has worked as a forklift driver at the port for ten years. He drinks heavily at
 weekends, usually vodka, and says he "doesn't have a problem in the week". He admits
 grabbing Agnieszka but says he "didn't mean to hurt her" and that "she knows what I'm
 like when I've had a drink". He wants to keep seeing the children and has agreed to go to
 Horizon Alcohol Service and to a domestic abuse programme.

SECTION 6: FAMILY NETWORK AND COMMUNITY
 Beata Nowak, Agnieszka's sister, lives in Easterhythe with her husband and baby. She has
 had the children every Friday night for years and has said she will carry on. Tomasz
 Kowalczyk, Marek's older brother, is 41, lives alone and works shifts at the port. He
 has been there for each of Marek's visits with the children so far and says he is "firm
 with Marek when he needs it". Mrs Wrona, the neighbour, has known the children since they
 were born and keeps a spare key.

 Agnieszka has been offered a two-bedroom flat in Northbrook (Northbrook County Council)
 under the reciprocal domestic abuse housing scheme, and expects to move in mid-August.
 Easterhythe will keep the plan, and the case, until the Northbrook transfer-in conference.

SECTION 7: STRENGTHS AND RISKS
 Strengths: Agnieszka acted to protect the children, has a clear view that Marek cannot
 come home, and keeps the children's days calm and predictable. Oliwia has a safe adult
 next door and her aunt's weekly sleepover. Marek accepts some responsibility and has
 agreed to help.
 Risks: non-fatal strangulation is a serious predictor of future homicide. Marek's
 drinking is not under control and he minimises what he did. Oliwia saw the assault and is
 showing signs of trauma. The move to Northbrook will take the children away from the
 adults who know them best, and Marek will still have contact.

SECTION 8: ANALYSIS AND ICPC OUTCOME
 The children are at risk of significant harm from domestic abuse. Agnieszka is protective
 but her own anxiety has increased since the assault, and Marek's contact relies on his
 brother. The initial child protection conference on 26/06/2025 (chair: Naomi Redfern)
 agreed plans for both children under the category of emotional abuse.

 OUTCOMES AGREED AT CONFERENCE
   - Oliwia and Filip live in a home where nobody is hurt, strangled or threatened.
   - Oliwia knows what to do and who to call if she is frightened, and says she feels safe.
   - Filip's speech and his behaviour at pre-school catch up with other children his age.
   - The children only see their dad when he is sober and another adult is with them.

---------------------------------------------------------------------------------- Page 3 of 4
 EASTERHYTHE BOROUGH COUNCIL | CASEPOINT | CFA-2025-118804 | OFFICIAL-SENSITIVE
------------------------------------------------------------------------------------------------

SECTION 9: CHILD PROTECTION PLAN - ACTIONS
 01. SW Sade Oyelaran to visit Oliwia and Filip at home every two weeks, and see Oliwia on
     her own at school at least monthly, recording what she says in her own words on each
     visit record.
 02. IDVA Claire Dunmore (Easterhythe Domestic Abuse Service) to complete a DASH risk
     assessment and a safety plan with Agnieszka by 11/07/2025, including what Oliwia should
     do and who she should ring, with a copy of the safety plan placed on file.
 03. Easterhythe Talking Therapies (Anxiety and Depression Pathway) to provide Agnieszka
     with 12 weekly CBT sessions for her anxiety from 07/07/2025, attendance sent to the SW
     monthly.
 04. Horizon Alcohol Service (worker Pete Lyle) to assess Marek's drinking by 18/07/2025 and
     report in writing to the SW on the risk his drinking poses to Oliwia and Filip during
     contact.
 05. Marek to attend the Easterhythe Safer Relationships programme every Monday evening
     from 07/07/2025 for 24 weeks, with attendance and a mid-course report sent to the SW
     by 29/09/2025.
 06. Marek's contact with Oliwia and Filip to be supervised by his brother Tomasz
     Kowalczyk at Tomasz's flat as and when it can be arranged, with a contact book signed
     by Tomasz and read by the SW.
 07. Beata Nowak (maternal aunt) to have Oliwia and Filip for a sleepover at her house
     every Friday night, texting the SW on the Saturday morning to confirm they stayed.
 08. HV Megan Strachan to visit Filip at home monthly and keep an eye on his speech and his
     behaviour.
 09. Oliwia's school to offer her weekly ELSA sessions from September.
 10. Everyone in the network to call 999 straight away if Marek comes to the house or
     approaches Agnieszka, and to tell the SW the same day so each incident is logged on
     the children's files.
 11. SW to hold Oliwia's referral to the Little Steps children's domestic abuse group until
     the case transfers to Northbrook, who can re-refer at a later date.
 12. Sunflower Pre-school keyworker Jo Abbott to note how Filip arrives each session, who
     brings him and anything he says about home, and email the SW a summary every Friday.

SECTION 10: CONTINGENCY PLAN
 If Marek comes to Netherby Street, contacts Agnieszka in breach of his bail, or is seen
 drunk near the school or pre-school, Agnieszka (or whoever sees him) will ring 999 and the
 SW (EDT out of hours) will hold a strategy discussion with the police the same day. If
 Marek arrives for contact smelling of alcohol, Tomasz will end the visit and take the
 children straight home to Agnieszka. If Agnieszka lets Marek back into the home, the SW
 will ask the team manager for a legal planning meeting within 5 working days.

---------------------------------------------------------------------------------- Page 4 of 4
 EASTERHYTHE BOROUGH COUNCIL | CASEPOINT | CFA-2025-118804 | OFFICIAL-SENSITIVE
------------------------------------------------------------------------------------------------

SECTION 11: CORE GROUP AND REVIEW
 Core group ......... every 4 weeks: 10/07/2025, 07/08/2025, 04/09/2025 (10am, Harbour Lane
                      Primary)
 RCPC ............... 18/09/2025, 2pm, Easterhythe Civic Offices (or the Northbrook
                      transfer-in conference, if sooner)

SECTION 12: PARENTS' COMMENTS
 Agnieszka: "I agree with the plan. I want the children to be safe and to see their dad
 only if he is sober."
 Marek (via interpreter): "I accept I need help with drinking. I want to see my kids."

 Assessment completed by: Sade OYELARAN, Social Worker          27/06/2025
 Authorised by:           Rachel HALLORAN, Team Manager         27/06/2025
================================================================================================
 END OF FORM                                                       Printed by CASEPOINT v7.2
================================================================================================
""",
    "findings": [
        F("H001", "provide Agnieszka with 12 weekly CBT sessions for her anxiety"),
        F("T002", "at Tomasz's flat as and when it can be arranged"),
        F("M002", "keep an eye on his speech and his behaviour"),
        F("M001", "to offer her weekly ELSA sessions from September"),
        F("W002", "Everyone in the network to call 999 straight away"),
        F("X001", "hold Oliwia's referral to the Little Steps children's domestic abuse group"),
        F("T002", "hold Oliwia's referral to the Little Steps children's domestic abuse group"),
        F("M001", "hold Oliwia's referral to the Little Steps children's domestic abuse group"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Parental mental illness: assessment with headings as questions, then a
#    landscape table with a merged "Worry it addresses" column and separate
#    Start and Finish columns. Faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_emberleigh_bipolar_cfa_question_headings_worry_column_farrant.docx",
    "doc_title": "Child and Family Assessment and Child Protection Plan - Evan and Mabel Farrant",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 4,
    "template": "parental-mental-illness-assessment-docx-landscape-headings-as-questions-evans-evening-then-worry-it-addresses-merged-column-what-will-happen-lead-start-finish-how-well-measure-it-table",
    "description": (
        "Child and family assessment for an 11-year-old young carer and a 3-year-old after their "
        "mother's manic episode and psychiatric admission (bipolar disorder; father works offshore; "
        "grandmother stays over), under headings written as questions, then a landscape table grouped "
        "by a merged 'Worry it addresses' column. The CMHT care coordinator only supports, with "
        "'mental state remains stable' as the measure, and the psychiatrist only reviews lithium; the "
        "crisis plan row has no dates, the grandmother's swimming row says 'When she is able', the "
        "young carers row has no lead and the HV's ASQ row no measure. One outcome is the mother's, and "
        "the contingency sends the children to the grandmother with no fallback."
    ),
    "blocks": [
        ("title", "Child and Family Assessment"),
        ("p", "Emberleigh Council · Children and Young People's Services · North Locality Safeguarding Team"),
        ("table", {
            "header": ["Children", "Parents", "Assessment"],
            "widths": [8.6, 8.6, 8.5],
            "rows": [
                ["Evan Farrant, 11 (born 21/09/2013), Year 6, Kingsford Primary; starts Emberleigh High "
                 "in September\nMabel Farrant, 3 (born 06/01/2022), Kingsford Nursery",
                 "Laura Farrant, 36\nRob Farrant, 39 (offshore electrician, two weeks on, two weeks off)\n"
                 "Both live at 8 Cowslip Lane, Kingsford, Emberleigh",
                 "Started 12/05/2025, completed 10/06/2025\nSocial worker: Ciara Delaney\n"
                 "Team manager: Hamish Boyle"],
            ],
        }),
        ("h1", "Who is in this family?"),
        ("p", "Evan and Mabel live with their mum Laura and, every other fortnight, their dad Rob, who works "
              "on a North Sea platform. Laura's mum, Pauline Hayes, is 64 and lives ten minutes' walk away "
              "on Primrose Hill; she retired from the post office last year. Rob's parents live in "
              "Aberdeen and see the family at Christmas. Laura has a brother in Leeds who phones every "
              "week. The family have a cat called Biscuit, whom Mabel talks about to anyone who will listen."),
        ("h1", "What has happened?"),
        ("p", "Laura was diagnosed with bipolar affective disorder in 2012 after an admission when she was "
              "at university, and was well for most of the next ten years on lithium. She had a period of "
              "depression after Mabel was born and was seen by the perinatal team. In February 2025 she "
              "stopped taking her lithium because she wanted to lose weight, and over March she became "
              "high: she slept two or three hours a night, spent £4,000 on a credit card in a week and "
              "talked about being given \"a mission\"."),
        ("p", "At 3am on 1 April 2025 Laura put Mabel in the car in her pyjamas, without a car seat, and "
              "drove at high speed on the Emberleigh bypass. Police stopped her; she told them she was "
              "\"taking Mabel to the sea to be blessed\". Evan was at home asleep on his own. Rob was "
              "offshore. Laura was admitted to the Larchwood Unit under section 2 of the Mental Health Act, "
              "stayed on as an informal patient and was discharged on 16 May. Pauline looked after both "
              "children until Rob came home on 3 April and again when he went back offshore."),
        ("p", "There were no earlier referrals to children's services. The strategy discussion on 2 April "
              "agreed a section 47 enquiry, which found that the children had been at risk of significant "
              "harm and recommended this assessment."),
        ("h1", "What is life like for Evan and Mabel?"),
        ("h2", "Evan's evening, on a week when Dad is offshore (before Nan started staying over)"),
        ("p", "Evan walks home from school on his own and lets himself in. If his mum is in bed he puts the "
              "TV on for Mabel, who comes home from nursery with Nan at noon and has been with Mum all "
              "afternoon. He makes toast or pasta for them both, checks his mum's tablets are gone from the "
              "dosette box, and texts his dad a thumbs-up. He puts Mabel to bed with a story \"when Mum "
              "can't\" and does his homework after that. He told me he listens at his mum's door at night "
              "\"to check she's sleeping and not on her phone\"."),
        ("h2", "Mabel"),
        ("p", "Mabel is a bright, chatty three-year-old who loves Biscuit, puddles and the book about the "
              "tiger who came to tea. Nursery say she is happy and settled. Since April she has become "
              "clingy at drop-off and asks \"Is Mummy poorly?\" most mornings. She now refuses to get in "
              "the car unless Evan or her dad is in it too. Her speech is a little behind: she uses short "
              "sentences and is hard for strangers to understand."),
        ("h1", "What do Evan and Mabel say?"),
        ("p", "Evan (seen on his own at school on 20 May and 4 June, and at home on 28 May): \"When Mum's "
              "high she's fun for about a day and then she's scary. She talks really fast and doesn't "
              "listen.\" \"I don't want to go to high school and have to ring home at break.\" \"I like "
              "swimming because nobody can talk to you underwater.\" He scored how safe he feels at home "
              "as 6 out of 10 when Dad is offshore and 9 when he is home."),
        ("p", "Mabel (seen at home and at nursery) drew \"Mummy in hospital\" as a big bed with a small "
              "person in it, and said \"Nanny Pauline stays now\". She showed me where Biscuit sleeps and "
              "where she sleeps, in her own bed with a nightlight."),
        ("h1", "What are the strengths?"),
        ("p", "Laura is back on lithium and her levels have been in range since her discharge. She has "
              "insight when she is well: she can describe her early warning signs and is ashamed of what "
              "happened on 1 April. Rob is a steady, loving father who has taken unpaid leave twice since "
              "April. Pauline has stepped in every time she has been needed and has stayed at the house "
              "every night of Rob's last two offshore fortnights. Evan is doing well at school and has good "
              "friends; Mabel's nursery place gives her a calm routine."),
        ("h1", "What are the risks?"),
        ("p", "Laura's illness has stayed well controlled for long periods, but each time she has relapsed "
              "it has happened quickly and she has lost insight. In this last episode she put Mabel in "
              "serious danger and left Evan alone. Evan is a young carer who watches his mum at night and "
              "feels responsible for his sister. When Rob is offshore there is no other adult in the house "
              "unless Pauline is there, and Pauline is 64 and has her own health to think about."),
        ("h1", "What do Laura and Rob think?"),
        ("p", "Laura said: \"I'd never hurt them when I'm well. That's the problem, I'm not me when I'm "
              "ill.\" She agrees with the plan and wants Evan to \"stop being my nurse\". Rob said he is "
              "looking for onshore work but that it will take months, and that he does not know what they "
              "would have done without Pauline."),
        ("h1", "What does the social worker think?"),
        ("p", "Evan and Mabel are loved and well cared for when Laura is well. The risk is of a sudden "
              "relapse that nobody spots in time, on a fortnight when Rob is away, with Evan left to cope. "
              "The plan has to make sure that Laura's early warning signs are seen and acted on, that there "
              "is always a well adult in the house at night, and that Evan can be a child again."),
        ("h1", "What did the conference decide?"),
        ("p", "The initial child protection conference on 24/06/2025, chaired by Gwen Atherton, agreed that "
              "Evan and Mabel should be subject to child protection plans under the category of neglect."),
        ("h1", "What must change for Evan and Mabel?"),
        ("bullets", [
            "Evan and Mabel are always looked after by an adult who is well enough to keep them safe, day "
            "and night.",
            "Evan starts secondary school in September without worrying about his mum during lessons, and "
            "has time for himself every week.",
            "Mabel goes to nursery every session and her speech keeps developing.",
            "Laura will stay well and out of hospital.",
        ]),
        ("h1", "How are we going to do it?"),
        ("table", {
            "header": ["Worry it addresses", "What will happen", "Lead", "Start", "Finish or check point",
                       "How we'll measure it"],
            "widths": [3.6, 6.4, 4.2, 2.4, 3.4, 5.7],
            "rows": [
                ["Nobody outside the family seeing the children's day-to-day care",
                 "Home visits to see Evan and Mabel, with Evan seen on his own and at least one visit a month "
                 "in the early evening, when Laura is most tired",
                 "SW Ciara Delaney", "27/06/2025", "Every 2 weeks until the review conference",
                 "Visit records show both children seen and Evan's words written down at each visit"],
                ["Laura becoming unwell again without anyone noticing in time",
                 "Support Laura with her mood and her medication through home visits",
                 "Dev Sharma, care coordinator, Emberleigh Community Mental Health Team", "30/06/2025",
                 "Fortnightly", "Laura's mental state remains stable"],
                [V, "Review Laura's lithium dose and blood levels",
                 "Dr Helena Voss, consultant psychiatrist, Emberleigh CMHT", "By 31/07/2025",
                 "Every 3 months",
                 "Lithium level in the therapeutic range; clinic letter copied to the GP and SW"],
                [V, "Write a crisis and relapse plan with the CMHT that lists Laura's early warning signs and "
                    "who looks after the children if she becomes unwell",
                 "Laura and Rob Farrant", "", "",
                 "Copy of the plan held by school, nursery, Pauline and the SW"],
                [V, "Tell the SW and the CMHT if Laura misses a lithium blood test or stops collecting her "
                    "prescription",
                 "Dr Aled Morgan, GP, Kingsford Medical Practice", "30/06/2025",
                 "The same day as any missed test or collection",
                 "Each missed test or collection noted on the practice record and emailed to the SW and CMHT "
                 "that day"],
                ["No well adult in the house at night when Rob is offshore",
                 "Stay overnight at the family home on the weeks Rob is working offshore",
                 "Pauline Hayes (maternal grandmother)", "30/06/2025",
                 "Every night of Rob's offshore fortnights",
                 "Overnight diary signed by Pauline each morning and seen by the SW at visits"],
                [V, "Send the SW and Pauline his offshore rota so that overnight cover is always planned",
                 "Rob Farrant", "30/06/2025", "By the 1st of each month",
                 "Rota emailed to the SW and pinned on the kitchen calendar"],
                ["Evan carrying too much",
                 "Young carers assessment for Evan and a place at the Thursday young carers club",
                 "", "01/07/2025", "Assessment by 31/07/2025",
                 "Assessment sent to the SW; Evan's first club session recorded"],
                [V, "Transition plan for Evan's move to Emberleigh High, with a named adult he can go to if "
                    "he is worried about home",
                 "Mr Josh Kember, DSL, Kingsford Primary, with the DSL at Emberleigh High", "01/07/2025",
                 "Before the end of term, 18/07/2025",
                 "Transition plan on Evan's file at both schools; Evan can name his adult at the first "
                 "core group in September"],
                [V, "Take Evan to his swimming club and give him time that is just for him",
                 "Pauline Hayes (maternal grandmother)", "–", "When she is able",
                 "Swimming club register"],
                ["Mabel's development and speech",
                 "Check Mabel's development with an ASQ-3 at home",
                 "HV Rachel Odum", "07/07/2025", "By 25/07/2025", ""],
                [V, "Mabel to attend every morning nursery session, with her keyworker noting her speech and "
                    "play and who brings and collects her",
                 "Ella Pritchett, keyworker, Kingsford Nursery", "30/06/2025",
                 "Every weekday morning in term time",
                 "Register and keyworker notes emailed to the SW every Friday"],
            ],
        }),
        ("h1", "What happens if it doesn't work?"),
        ("p", "If Laura shows any of her early warning signs (sleeping less than four hours two nights "
              "running, spending large sums, racing speech or talk of a mission), misses her lithium, or "
              "drives the children while unwell, whoever notices will ring the Emberleigh mental health "
              "crisis team and the SW (or the emergency duty team out of hours), and the SW will hold a "
              "strategy discussion the same day. Evan and Mabel will go to Pauline's house until Laura has "
              "been assessed, and Rob will come home from offshore on the next available flight."),
        ("p", "If Laura is admitted to hospital again, or stops her lithium, before the review conference, "
              "the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "When will we check?"),
        ("p", "Core group every four weeks at Kingsford Family Centre: 08/07/2025, 05/08/2025 and "
              "02/09/2025, 1pm. Review child protection conference: 19/09/2025, 10am, Emberleigh Council "
              "House."),
        ("p", "Ciara Delaney, Social Worker, 25/06/2025"),
    ],
    "findings": [
        F("H001", "Support Laura with her mood and her medication through home visits"),
        F("M002", "Support Laura with her mood and her medication through home visits"),
        F("H001", "Review Laura's lithium dose and blood levels"),
        F("T001", "Write a crisis and relapse plan with the CMHT"),
        F("T002", "Take Evan to his swimming club and give him time"),
        F("W001", "Young carers assessment for Evan and a place"),
        F("M001", "Check Mabel's development with an ASQ-3 at home"),
        F("F002", "Laura will stay well and out of hospital."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Domestic abuse and a father's drinking: assessment report in numbered
#    paragraphs (1.1, 1.2 ...), then a four-column plan grid with an
#    "Evidence the core group will see" column. Exemplary; paged PDF with
#    header and footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_ellingsworth_da_alcohol_numbered_paras_then_grid_brennan.pdf",
    "doc_title": "Child and Family Assessment and Child Protection Plan - Harley and Rosie Brennan",
    "split": "tune",
    "actions": 12,
    "template": "domestic-abuse-and-alcohol-assessment-pdf-report-in-numbered-paragraphs-eight-sections-then-action-lead-and-agency-frequency-or-deadline-evidence-the-core-group-will-see-grid",
    "description": (
        "Exemplary assessment report for an 8-year-old and a 5-year-old after their father, drinking "
        "heavily, attacked their mother (non-molestation order, father living with his mother, "
        "contact at a contact centre). Eight sections of numbered paragraphs on the incident, the "
        "children's days and words, each parent, the wider family, strengths, risks and analysis, then "
        "a twelve-row grid: the alcohol service tests and reports on the father's capacity to stay "
        "sober, contact is breath-tested at the centre, school, IDVA, police and the children's group "
        "each own a dated row with evidence. Specific contingency with a refuge and a fallback for the "
        "grandfather's school pick-up, dates and a legal step."
    ),
    "header": "Ellingsworth Council – Children's Services | Child and Family Assessment and Plan | OFFICIAL-SENSITIVE",
    "footer": "Harley and Rosie Brennan · assessment completed 10/06/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child and Family Assessment Report"),
        ("kv", [
            ("Children", "Harley Brennan (8, born 15/08/2016), Year 3; Rosie Brennan (5, born 02/11/2019), "
                         "Reception – both at Cobbett's Lane Primary"),
            ("Mother", "Danielle Brennan, 30 – 14 Wren Close, Ellingsworth"),
            ("Father", "Shaun Brennan, 33 – staying with his mother, Irene Brennan, at 9 Sorrel Road"),
            ("Author", "Aaron Whitfield, Social Worker, Family Safeguarding Team 2"),
            ("Period of assessment", "14/05/2025 to 10/06/2025"),
            ("Conference", "Initial child protection conference, 20/06/2025 – plan agreed (category: "
                           "emotional abuse)"),
        ]),
        ("h1", "1. The reason for this assessment"),
        ("pi", "1.1 On 11/05/2025 at 10.40pm Harley rang 999 from his mum's phone and said \"my dad is "
               "hurting my mum\". Officers found Shaun drunk in the hallway, a hole punched in the living room "
               "door and Danielle with a cut lip and bruising to her upper arm where she had been pushed "
               "into the banister. Rosie was in her bed; Harley was on the landing."),
        ("pi", "1.2 Shaun was arrested and released under investigation. A domestic violence protection "
               "notice and then a 28-day order kept him away from the house until 10/06/2025. Danielle "
               "applied for a non-molestation order with an occupation clause, which was made on 06/06/2025 "
               "for twelve months. Shaun has lived with his mother since the incident."),
        ("pi", "1.3 Police have been called to Wren Close four times in the last year, each time after "
               "Shaun had been drinking. The school made two referrals in the spring about Harley hitting "
               "other children and telling staff \"Dad broke the telly\". Both were screened and closed "
               "with advice."),
        ("h1", "2. Harley and Rosie's daily lives"),
        ("pi", "2.1 Harley is a keen footballer and a Lego fan. He gets himself up and dressed and likes to "
               "walk ahead of his mum and sister to school. His teacher says he is able but \"on a short "
               "fuse\": he has been in four fights this year and wets the bed two or three nights a week, "
               "which started in the autumn. Since May he has been sleeping on the floor of Rosie's room."),
        ("pi", "2.2 Rosie is a gentle, shy five-year-old who loves drawing and her rabbit teddy. She is "
               "doing well in Reception and has a best friend called Amira. At home she follows Danielle "
               "from room to room and will not go upstairs on her own after dark."),
        ("pi", "2.3 On school days Danielle walks both children to school before starting work at 9.15am "
               "at a dental surgery on the high street. On Wednesdays her father, Pete Cairns, collects the "
               "children and gives them tea at his flat; on other days Danielle finishes at 3pm and collects "
               "them herself. At weekends the children used to go to football and to Irene's for Sunday "
               "lunch with their dad."),
        ("h1", "3. What Harley and Rosie told me"),
        ("pi", "3.1 Harley (seen alone at school, 22/05/2025 and 05/06/2025): \"When Dad drinks the cans he "
               "gets loud and then he breaks stuff. I put Rosie in her wardrobe with her tablet and "
               "headphones so she doesn't hear.\" He said he misses his dad and wants to see him \"but not "
               "at our house and not when he's had cans\". He scored feeling safe at home as 8 out of 10 now "
               "and 2 \"before the police came\"."),
        ("pi", "3.2 Rosie (seen at home, 28/05/2025, with her rabbit) drew a house with a black cloud over "
               "it and said \"that's the shouting\". She then drew a second house with a sun \"for now\". "
               "She said she wants \"Daddy to come to the park with us\"."),
        ("h1", "4. Danielle"),
        ("pi", "4.1 Danielle has been with Shaun for eleven years. She describes a pattern of jealousy and "
               "control that gets worse when he drinks: checking her phone, stopping her seeing friends, and "
               "four times in the past year pushing or grabbing her. She had never told anyone before May. "
               "She has been open with me and every professional, took out the non-molestation order herself "
               "and has said she will not let Shaun back into the house while the order is in place."),
        ("pi", "4.2 She is a warm and consistent mother. The house is clean, the children are well dressed "
               "and fed, and she has kept their routine going. She says she still loves Shaun \"when he's "
               "sober\" and would like the children to keep a relationship with him."),
        ("h1", "5. Shaun"),
        ("pi", "5.1 Shaun is a delivery driver. He told me he drinks eight to ten cans of strong lager on "
               "his days off and \"a few\" after work; he has never had help with his drinking. He says he "
               "does not remember much of 11 May and that he is \"disgusted\" with himself. He self-referred "
               "to Pathfinder, the Ellingsworth alcohol and drug service, on 20/05/2025 and has been to three "
               "appointments."),
        ("pi", "5.2 Shaun accepts that he has been violent, but says it only happens \"when I've had a "
               "drink\" and does not yet see the control Danielle describes as abuse. He is a loving father "
               "when sober; Harley and Rosie clearly adore him."),
        ("h1", "6. The wider family"),
        ("pi", "6.1 Irene Brennan, Shaun's mother, is a retired school cook. Shaun is living in her spare "
               "room. She has told me she does not allow alcohol in her house and has been shocked by what "
               "she has learned. She would like to see the children but accepts this will be at the contact "
               "centre for now."),
        ("pi", "6.2 Pete Cairns, Danielle's father, is 61 and lives on his own near the school. He has "
               "collected the children on Wednesdays since Harley started school and is a calm, kind "
               "presence in their lives. Danielle's sister Kelsey lives in Manchester and phones most days."),
        ("h1", "7. Strengths and risks"),
        ("pi", "7.1 Strengths: Danielle's protective action and honesty; a clean, warm, well-run home; "
               "children who are doing well at school; Shaun's self-referral and regret; a grandfather who "
               "is part of the children's week; and a non-molestation order in place."),
        ("pi", "7.2 Risks: four assaults in a year, each linked to Shaun's drinking, with the children "
               "present; Harley's role as protector of his sister and his bedwetting and aggression; "
               "Shaun's limited understanding of abuse beyond the drinking; and the chance that Danielle "
               "lets Shaun back before he has changed, because she loves him and the children miss him."),
        ("h1", "8. Analysis and recommendation"),
        ("pi", "8.1 Harley and Rosie have lived with domestic abuse for at least a year and it is affecting "
               "them now. Danielle has acted to protect them and the order gives them breathing space, but "
               "Shaun's drinking is untreated and his understanding is limited. The children want to see "
               "their father and it is right that they do, safely. I recommended an initial child protection "
               "conference, which on 20/06/2025 agreed child protection plans for both children under the "
               "category of emotional abuse."),
        ("h1", "9. The child protection plan"),
        ("h2", "9.1 What we want for Harley and Rosie by the review conference"),
        ("bullets", [
            "Harley and Rosie live at home with no violence, shouting or threats, and each says they feel "
            "safe there.",
            "Harley no longer feels he has to protect his sister, sleeps in his own bed and has fewer fights "
            "at school.",
            "Harley and Rosie see their dad every week, only when he is sober and somewhere safe.",
            "Rosie can go upstairs and to bed on her own without being frightened.",
        ]),
        ("h2", "9.2 The plan grid"),
        ("table", {
            "header": ["Action", "Lead and agency", "Frequency or deadline", "Evidence the core group will see"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["See Harley and Rosie at home and at school, Harley on his own each time, with one "
                 "unannounced visit a month including a Friday or Saturday evening",
                 "Aaron Whitfield, social worker, Ellingsworth Children's Services", "Every 2 weeks",
                 "Visit records with each child's words, drawings or play, written up within 2 working days"],
                ["Alcohol key-work with Shaun, a breath test at every appointment and a CDT blood test each "
                 "month, with a written view before each core group on whether he is staying sober and what "
                 "that means for his time with Harley and Rosie",
                 "Kirsty Loach, recovery worker, Pathfinder (Ellingsworth Alcohol and Drug Service)",
                 "Weekly; written view 3 working days before every core group",
                 "Breath and CDT results and the written view, read at each core group"],
                ["Assessment of Shaun's capacity to stay sober, the likely timescale, and Pathfinder's "
                 "recommendation on when contact with Harley and Rosie could move out of the centre",
                 "Gail Pascoe, team leader, Pathfinder", "By 01/08/2025",
                 "Written assessment shared with the core group and the review conference"],
                ["Attend the Ellingsworth Respectful Relationships programme, including the module on "
                 "children's experience of abuse at home",
                 "Shaun Brennan; facilitator Neil Haddon, Ellingsworth DA Service",
                 "Every Tuesday 6–8pm for 24 weeks from 01/07/2025",
                 "Attendance sheet to the SW monthly; mid-course review shared with the core group by "
                 "30/09/2025"],
                ["DASH risk assessment and safety plan with Danielle, including a plan Harley understands "
                 "for what to do and who to call if his dad comes to the house",
                 "Fatima Hussain, IDVA, Ellingsworth DA Service", "By 04/07/2025, then every 4 weeks",
                 "Safety plan on file; Danielle and Harley can each tell the SW what they would do"],
                ["Supervised contact for Shaun with Harley and Rosie; Shaun is breath-tested on arrival and "
                 "contact does not go ahead if he has been drinking",
                 "Lorna Biggs, contact supervisor, Ellingsworth Family Contact Centre",
                 "Every Saturday 10am–12 noon from 05/07/2025",
                 "Contact notes and the breath test result for every contact, sent to the SW within 2 "
                 "working days"],
                ["Weekly check-in for Harley with the learning mentor, and a same-day call to the SW if he "
                 "says anything about home or his behaviour changes",
                 "Mrs Joanne Tierney, DSL, Cobbett's Lane Primary", "Every Monday in term time",
                 "Learning mentor log; each call to the SW recorded on CPOMS with the time"],
                ["Note how Rosie is at drop-off and pick-up and anything she says about home",
                 "Miss Helen Crabtree, Reception teacher, Cobbett's Lane Primary",
                 "Every school day; summary each Friday", "Weekly summary email to the SW"],
                ["Place for Harley in the Safe Space group for children who have lived with domestic abuse",
                 "Priya Nand, children's worker, Ellingsworth DA Service",
                 "10 weekly sessions starting 10/09/2025",
                 "End-of-group report, with Harley's own feedback, shared with the SW and school"],
                ["Women's recovery group for Danielle, on how abuse affects mothers and their children",
                 "Danielle Brennan, with group worker Ruth Amos, Ellingsworth DA Service",
                 "Thursday mornings for 12 weeks from 03/07/2025",
                 "Attendance sheet shared with the SW monthly"],
                ["Domestic abuse marker on 14 Wren Close and the non-molestation order added to police "
                 "systems, so that any call from the address is treated as an emergency",
                 "DS Mark Ellery, Ellingsworth Police Domestic Abuse Safeguarding Unit", "By 27/06/2025",
                 "Written confirmation from the unit placed on both children's files"],
                ["Two-week night-time diary of Harley's wetting and sleep, then a referral to the school "
                 "nursing continence clinic if he is wet on most nights",
                 "Bethan Rowe, school nurse", "Diary by 18/07/2025; referral decision by 25/07/2025",
                 "Completed diary, and the referral letter if one is made, copied to the SW"],
            ],
        }),
        ("h2", "9.3 Contingency"),
        ("p", "If Shaun comes to 14 Wren Close, contacts Danielle against the non-molestation order, is seen "
              "drunk near the school, or a breath test at contact shows any alcohol, Danielle (or whoever sees "
              "it) will ring 999, the next contact will not go ahead, and the SW (or the emergency duty team "
              "out of hours) will hold a strategy discussion with the police the same day. If Danielle and "
              "the children cannot stay safely at home, the IDVA will arrange a refuge place for the three of "
              "them that day."),
        ("p", "If Pete cannot collect the children on a Wednesday, they will go to the school's after-school "
              "club until 5.30pm, which Children's Services has paid for until the review conference, and "
              "Danielle will collect them from there."),
        ("p", "If Danielle lets Shaun back into the home while the order is in place, or Shaun has two "
              "positive breath tests before the review conference, the SW will ask the team manager for a "
              "legal planning meeting within 5 working days."),
        ("h2", "9.4 Core group and review"),
        ("p", "Core group every four weeks at Cobbett's Lane Primary, 3.45pm: 03/07/2025, 31/07/2025 and "
              "28/08/2025. Review child protection conference: 11/09/2025, 2pm, Ellingsworth Civic Centre."),
        ("p", "Aaron Whitfield, Social Worker · Agreed with Danielle and Shaun separately on 23/06/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Neglect and a mother's depression: a long assessment written as a
#    story of the family ("what a weekday looks like", "how we got here",
#    "what Bev, Dale and the school do already"), then one numbered list of
#    commitment sentences under theme sub-headings. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_elmthwaite_neglect_depression_cfa_numbered_commitments_quayle.md",
    "split": "tune",
    "actions": 14,
    "template": "neglect-and-depression-assessment-md-weekday-story-history-network-and-what-people-already-do-scaling-then-one-numbered-list-of-commitment-sentences-under-theme-subheadings",
    "description": (
        "Exemplary assessment and plan for a 10-year-old and a 4-year-old (neglect: untreated eczema that "
        "became infected, a 10-year-old cooking and getting himself to school late, broken washing "
        "machine and bare mattresses) whose mother has severe depression. Most of the document is "
        "assessment: a weekday at home, history, what the father, grandmother and school already do, "
        "the children's words, strengths, worries and scaling. The plan is fourteen numbered sentences "
        "under theme sub-headings, each with owner, timescale and how it will be checked; the CMHT care "
        "coordinator and psychiatrist both report on the mother's capacity to change and the likely "
        "timescale, the grandmother's afternoons have a fallback, and dates and the legal step are set."
    ),
    "text": """\
# Elmthwaite Council – Children and Families
## Child and Family Assessment, with the Child Protection Plan agreed on 1 July 2025

**Children:** Lennon Quayle (10), Year 5, St Oswin's CE Primary · Summer Quayle (4), Bramble Tots
pre-school, starting Reception at St Oswin's in September
**Home:** 40 Teasel Grove, Elmthwaite, with their mum, Stacey Quayle (31)
**Dad:** Dale Whitby (34), Flat 2, 11 Canal Street, Elmthwaite
**Social worker:** Sam Threlfall · **Team manager:** Hazel Ndlovu
**Assessment:** 29 April to 13 June 2025 · **Conference:** initial child protection conference,
1 July 2025, chaired by Peter Mulholland – plans agreed for both children (category: neglect)

---

### What a weekday looks like at Teasel Grove

Lennon's alarm goes off at 7.15. He gets up, lets Summer out of her room and pours two bowls
of cereal if there is milk; if there isn't, they have dry crackers. Stacey is usually still in
bed. Lennon dresses Summer "in whatever's clean" and tries to put her cream on, but she
cries because her skin stings, so most days he doesn't. He wakes his mum at about 8.30. On a
good day Stacey walks them both to school and pre-school; on a bad day she asks Lennon to
drop Summer at Bramble Tots on his way, which makes him late. He has been late 28 times
since Christmas.

Summer is at Bramble Tots from 9 until 12. Her keyworker says she is often hungry at snack
time and scratches her arms and legs until they bleed. She is collected by Stacey most days,
and on Wednesdays by her Nana Bev, who takes her home for lunch and the afternoon.

Lennon comes home at 3.20. He often makes tea – noodles, toast or fish fingers – and puts
Summer in front of the TV. The washing machine has been broken since February, so clothes
are washed in the bath or not at all, and both children sleep on mattresses with no sheets.
Stacey sometimes gets up in the evening and plays with the children; Lennon says those are
"the nice bits".

### How we got here

Stacey has had depression on and off since she was a teenager. She was well for several
years after Summer was born, but became very low in January 2025 after losing her job at
the garden centre. Her GP started her on sertraline and referred her to the Elmthwaite
Community Mental Health Team, who took her on in March; she now has a care coordinator and
takes mirtazapine as well. She has had thoughts of ending her life but has no plan and has
never acted on them.

In April Summer was admitted to Elmthwaite General for three nights with infected eczema
that needed antibiotics through a drip. The ward found she had not had her prescribed creams
for weeks and referred her to children's services. This was the family's first referral.

### Lennon and Summer's views

Lennon (seen on his own at school on 8 May and 5 June, and at home on 22 May):

> "I'm good at looking after Summer. I just wish Mum would get up."
> "I don't like people knowing about our house. I don't bring friends round."
> "Football on Saturdays with Dad is the best bit of the week."

He said that if he had three wishes they would be "Mum gets better, a new washing machine,
and Summer's skin stops hurting". He scored his home 5 out of 10 and said school is 9
"because there's dinner".

Summer showed me her "sore bits" and said "Lennon does my cream but it hurts". She showed
me her mattress and said "no sheet, it's scratchy". At Nana Bev's she is a different child:
she sings, dances and eats everything on her plate.

### What Dad, Nana Bev and the school already do

Dale and Stacey separated in 2022 on good terms. Dale works as a mechanic and has Lennon
every Saturday for football and tea; Summer has started going too. He says he would have
the children more if asked and has a spare room. He did not know how bad things had become
at home and was upset when he found out.

Beverley (Bev) Quayle, Stacey's mum, is 58 and works part time at a care home. She has
Summer every Wednesday afternoon, brings round a cooked meal on Sundays and does a load of
washing for the family each week at hers. She says she "can't do everything" and worries
about Stacey.

St Oswin's have given Lennon a free place at breakfast club since May, which he uses about
twice a week when his mum is up early enough to let him go. His teacher, Mr Ince, says he is
a kind, popular boy who is falling behind in writing.

### What is working well

- Stacey is honest about how she is feeling and lets every professional in.
- Both children are loved and love their mum; Lennon says the evenings when she is up are fun.
- Dale and Bev are involved, reliable and want to help more.
- Stacey has kept every CMHT appointment since March.
- Summer's skin cleared in hospital, which shows it can be kept under control with regular care.

### What we are worried about

- Summer's eczema is not being treated at home, and she ended up in hospital.
- Lennon is acting as a carer for his sister and his mum, is often late and is falling behind.
- There is often no food in the house and no clean clothes or bedding.
- Stacey's depression is severe and she has had thoughts of ending her life; on her worst
  days there is no adult up and caring for the children.

### Scaling

On a scale where 10 means "the children are safe and well looked after every day" and 0
means "the children cannot stay at home", the professionals at the conference scored 3.
Stacey scored 5, Dale 4 and Bev 4. Lennon said 5.

### Social worker's analysis

The neglect here comes from Stacey's illness, not from a lack of love. When she is well
enough she is a warm and capable mum. The question for this plan is whether her treatment,
practical help in the house, and more help from Dale and Bev can give Lennon and Summer
good-enough care every day, and how quickly; Summer's skin and Lennon's childhood cannot
wait for a long recovery. The conference agreed child protection plans for both children.

---

## What needs to be different for Lennon and Summer

- Summer's skin is treated twice every day and does not become infected again.
- Lennon and Summer have breakfast, a cooked tea, clean clothes and made-up beds every day.
- Lennon gets to school on time every day and no longer has to look after his mum or his sister.
- There is always an adult up and caring for the children in the morning and at teatime.

## What we have agreed will happen

### Summer's skin

1. Dr Nadia Farooq, GP at Elmthwaite Health Centre, will see Summer every four weeks until the review conference and send Sam a letter after each appointment recording whether Summer's skin is broken or infected.
2. Stacey will put Summer's emollient and steroid cream on every morning and every bedtime and tick the cream chart on the fridge, which Sam and the Bramble Tots keyworker will check every week.
3. Jo Bellamy, practice nurse at Elmthwaite Health Centre, will show Stacey and Bev how to do wet wraps by 11 July 2025 and note on Summer's record that each of them has done it in front of her.

### Lennon's school and time to be a child

4. Mrs Kate Rowntree, DSL at St Oswin's, will meet Lennon every Monday and Thursday morning in term time for a short check-in, keep a note of each one for the core group, and email Sam the same day if he is late, hungry or worried about home.
5. Mrs Rowntree will keep Lennon's breakfast club place open every school day from 23 June 2025 and send Sam the breakfast club register every Friday.
6. Hollie Grayson of Elmthwaite Young Carers will complete a young carer's assessment with Lennon by 25 July 2025 and give Sam and Stacey a written plan of the jobs Lennon will no longer do at home.

### Stacey's health, and what it means for the children

7. Marcus Ilori, Stacey's care coordinator at Elmthwaite CMHT, will see her at home every two weeks and write to each core group on whether her depression is lifting enough for her to get up, feed the children and get them to school, what still needs to change, and how long that is likely to take.
8. Dr Owen Lacey, consultant psychiatrist at Elmthwaite CMHT, will review Stacey's medication by 18 July 2025 and write to Sam with his view of her prognosis and of the likely timescale before she can care for Lennon and Summer every day on her own.

### Everyday care at home

9. Rachel Fenwick, family support worker at Elmthwaite Family Hub, will visit on Monday, Wednesday and Friday at teatime for eight weeks from 23 June 2025 to cook with Stacey and Lennon, set up a weekly shop and a bedtime routine, and record at each visit what food is in the house and whether the children's beds have clean sheets.
10. Carl Benning, tenancy support officer at Elmthwaite Homes, will arrange a new washing machine and two new mattresses with bedding by 11 July 2025 and send Sam the delivery note.
11. Dale will have Lennon and Summer at his flat every other weekend from Saturday 10am to Sunday 5pm, starting 5 July 2025, and write in the shared diary what they ate and when they went to bed.
12. Bev will collect Summer from Bramble Tots every Wednesday at 12 and have her until 5pm, signing the pre-school's collection book each time.

### Seeing the children

13. Sam Threlfall, social worker, will visit every two weeks, at least once a month unannounced and once a month at breakfast time, see Lennon on his own and look at Summer's skin and bed, and write up what the children say and what was seen after each visit.
14. Amy Cheung, Summer's keyworker at Bramble Tots, will record Summer's arrival time, whether she has had breakfast and the state of her skin at every session, and email Sam a summary every Friday.

## If things go wrong

If Stacey tells anyone she is planning to end her life or has thoughts of harming the
children, or she is found in bed and unable to respond while she is alone with Summer, or
either child misses school or pre-school for two days running without a reason, whoever finds
out will ring the CMHT crisis line (or 999) and tell Sam or the emergency duty team straight
away. Sam will hold a strategy discussion the same day, and Lennon and Summer will stay with
Dale at his flat while Stacey is assessed. If Dale cannot have them, they will go to Bev; if
neither can, Sam or the emergency duty team will arrange approved foster carers that night.

If Bev cannot have Summer on a Wednesday, Bramble Tots will keep her until 3pm (agreed with
the manager, Lisa Frost) and Dale will collect her from there.

If Summer's skin becomes infected again because her creams have not been used, or the
children are still arriving late and hungry on most days by the core group on 12 August
2025, Sam will ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks at St Oswin's CE Primary, 9.30am: 15 July, 12 August and 9 September 2025.
- Review child protection conference: 25 September 2025, 1.30pm, Elmthwaite Civic Hall.

*Written by Sam Threlfall, social worker, 2 July 2025. Read with Stacey, Dale and Bev on 3 July 2025.*
""",
    "findings": [],
})
