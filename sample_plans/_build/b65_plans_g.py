"""Batch 65, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: families with several children of different ages (a baby, a toddler,
a school-age child, a teenager), laid out as per-child tables, per-child
sections, one table with a "Child" column, or a shared table followed by each
child's words. Each child's voice is recorded differently (a teenager's own
words, a three houses drawing, a baby's day as seen by professionals). Family
support comes from several relatives named by first name, nickname or
relationship. Parents have depression or misuse alcohol or cannabis, with or
without an adult service owning an action. Hard negatives turn on whose voice,
whose outcome and who owns each action. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for four children, one table per child and one
#    for the adults; mum's postnatal depression (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_garthwick_icpc_per_child_tables_mcallister.docx",
    "doc_title": "Child Protection Plan - Ruby, Kai, Isla and Finn",
    "split": "tune",
    "actions": 15,
    "template": "icpc-four-children-docx-kv-details-per-child-views-and-outcomes-then-one-what-who-when-how-table-per-child-plus-adults-table",
    "description": (
        "Initial conference plan for four children: Ruby (14), Kai (8), Isla (2) and Finn (4 months); "
        "mum's severe postnatal depression, Ruby caring for the little ones and missing school. Views "
        "recorded differently for each child (Ruby's own words, Kai's three houses, Isla and Finn "
        "observed). One What | Who | When | How we will know table per child and one for the adults. "
        "Nan Mo and Uncle Gaz carry part of the plan and the contingency covers them not being able "
        "to; the perinatal team reports on Shannon's capacity to change, the GP owns an action, dates "
        "and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Garthwick Borough Council · Children's Services · Garthwick North Safeguarding Team"),
        ("kv", [
            ("Children", "Ruby McAllister (14), Year 9, Garthwick Academy; Kai McAllister (8), Year 3, "
                         "St Brannock's Primary; Isla Reid (2), at home; Finn Reid (4 months), at home"),
            ("Mother", "Shannon McAllister (32)"),
            ("Father of Isla and Finn", "Callum Reid (35), lives with the family and works at the Garthwick "
                                        "distribution depot"),
            ("Father of Ruby and Kai", "Darren McAllister (37), lives in Glenhurst and sees Ruby and Kai "
                                       "every other Sunday"),
            ("Address", "21 Teasel Close, Garthwick"),
            ("Family network", "Maureen McAllister, \"Nan Mo\" (maternal grandmother), 12 Heron Way, five "
                               "minutes' walk away; Gary McAllister, \"Uncle Gaz\" (Shannon's brother), "
                               "Flat 3, Kiln Yard"),
            ("Conference", "Initial child protection conference, Thursday 06/03/2025, Garthwick Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Pryce"),
            ("Chair", "Martin Osei"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Since Finn was born in November Shannon has had severe postnatal depression. She stays in bed "
              "until midday most days and stopped taking her sertraline in January. Finn has dropped from the "
              "50th to the 9th centile. Isla missed her 2-year review and says only a few words. Kai has been "
              "late for school 14 times this term and often arrives hungry. Ruby has missed 31 sessions of "
              "school since January; she has been staying at home to give Finn his bottles and look after "
              "Isla. On 18 February the health visitor found Finn in a soiled nappy and Isla still in her cot "
              "at 11am with no breakfast. Until this month Callum left for work at 6am and did not know how much "
              "Ruby was doing."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon told conference she wants help and has agreed to see the perinatal team and go back on "
            "her medication.",
            "Callum has asked his manager for a 9am start on weekdays until the summer and this has been agreed.",
            "Nan Mo and Uncle Gaz came to conference and have each offered to help on set days.",
            "Ruby, Kai, Isla and Finn are close and affectionate with each other.",
        ]),
        ("h1", "What the children have told us and what we have seen"),
        ("p", "Ruby (seen on her own at Nan Mo's, 27 February): \"I don't mind doing Finn's bottles, but I'm "
              "missing loads of school and my mates think I'm bunking. I just want Mum to be back to normal.\" "
              "She wants someone else to \"do the mornings\" and she wants to go back to netball. She put home "
              "at 5 out of 10."),
        ("p", "Kai (three houses, with Hannah at school, 3 March): in his house of worries he drew \"Mum in "
              "bed and no cereal\". His house of good things has Nan Mo's and playing PlayStation with Uncle "
              "Gaz. In his house of dreams \"Mum makes pancakes and I get a gold star for being on time\"."),
        ("p", "Isla has been seen at home on three visits. She points and says \"bot-bot\" and \"Nan\", brings "
              "her shoes to the door whenever someone arrives, eats very quickly when food is put in front of "
              "her and goes to Ruby, not Shannon, when she is upset."),
        ("p", "Finn feeds well when Ruby or Nan Mo give him his bottle and takes 150 ml. He is a quiet baby who "
              "rarely cries and lies in his cot looking at the ceiling. He smiled at the health visitor and at "
              "Callum but makes little eye contact with Shannon."),
        ("h1", "What we want for each child by the review conference"),
        ("bullets", [
            "Finn is fed, changed and held by an adult who is up and about every morning, and his weight is "
            "climbing back towards his birth centile.",
            "Isla has had her 2-year review, goes to nursery and is using more words.",
            "Kai gets to school on time every day, having had breakfast.",
            "Ruby is in school every day, is back at netball, and is not the one looking after her brother "
            "and sister.",
        ]),
        ("h1", "The plan"),
        ("h2", "For Finn"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.4, 3.3, 4.1],
            "rows": [
                ["Home visit to weigh Finn, check his feeds and see how Shannon holds, feeds and talks to him",
                 "HV Laura Bennett",
                 "Weekly until the review conference",
                 "Weight plotted in the red book, back on the 25th centile or above by the review; HV notes "
                 "on how Shannon and Finn are together"],
                ["Be at the house from 9am, after Callum leaves, until Finn and Isla have had their morning "
                 "feed and breakfast and Shannon is up",
                 "Nan Mo (Maureen McAllister, MGM)",
                 "Every weekday from Monday 10/03/2025 until the review conference, 9am to at least 11am",
                 "Nan Mo signs the feed chart on the fridge each morning; the SW checks it at every visit"],
                ["Give Finn his missed 16-week immunisations and record his weight",
                 "Practice nurse Joanne Kerr, Garthwick Health Centre",
                 "By 21/03/2025",
                 "Vaccines and weight recorded in the red book and on the GP record"],
            ],
        }),
        ("h2", "For Isla"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.4, 3.3, 4.1],
            "rows": [
                ["Isla's 2-year review at home, with an ASQ-3 and a language screen",
                 "HV Laura Bennett",
                 "By 28/03/2025",
                 "ASQ-3 scores shared with the SW; speech and language referral made if Isla scores below "
                 "the cut-off"],
                ["Arrange a funded nursery place for Isla at Little Owls Nursery, three mornings a week",
                 "SW Hannah Pryce, with Shannon",
                 "Place to start by 22/04/2025 (after the Easter holidays)",
                 "Nursery register shows Isla attending three mornings a week"],
            ],
        }),
        ("h2", "For Kai"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.4, 3.3, 4.1],
            "rows": [
                ["Walk Kai to breakfast club at St Brannock's before going to work",
                 "Callum Reid",
                 "Every school day from Monday 10/03/2025",
                 "Breakfast club register shows Kai in by 8.15am"],
                ["Collect Kai from school and give him his tea at Kiln Yard, then take him home by 7pm",
                 "Uncle Gaz (Gary McAllister)",
                 "Every Tuesday and Thursday from 11/03/2025",
                 "School collection sheet shows Gary collecting; Kai asked about it at the SW's visits"],
                ["Morning check-in with Kai: has he had breakfast, how was last night",
                 "Mrs Adeyemi, DSL, St Brannock's Primary",
                 "Every school morning",
                 "Check-in log; anything about home passed to the SW the same day; attendance and "
                 "lateness sent to the SW every Friday"],
            ],
        }),
        ("h2", "For Ruby"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.4, 3.3, 4.1],
            "rows": [
                ["See Ruby on her own, away from home, and talk about school, netball and what she is still "
                 "doing for Finn and Isla",
                 "SW Hannah Pryce",
                 "Every two weeks until the review conference",
                 "Visit record with Ruby's own words written down"],
                ["Young carer's assessment with Ruby, and a plan for the jobs she should not be doing",
                 "Adebayo Fashola, Garthwick Young Carers",
                 "By 11/04/2025",
                 "Written assessment shared with Ruby, the SW and Garthwick Academy"],
                ["Ring home if Ruby is not in by 9am, and meet Ruby to agree her return to netball practice",
                 "Mr Liam Darby, head of Year 9, Garthwick Academy",
                 "Every school day from 10/03/2025; netball plan agreed by 21/03/2025",
                 "Weekly attendance printout to the SW shows Ruby at 95% or above; netball register"],
            ],
        }),
        ("h2", "For Shannon and Callum"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.4, 3.3, 4.1],
            "rows": [
                ["Assess Shannon's postnatal depression, restart her treatment, and give a written view on "
                 "whether she can make the changes the four children need, what help that will take and "
                 "how long",
                 "Dr Sunita Rao, consultant psychiatrist, Garthwick Perinatal Mental Health Team",
                 "First appointment by 14/03/2025; written view before each core group",
                 "Written report to the SW before each core group, read at the core group"],
                ["Home visits to Shannon on her mood and on how she responds to Finn's cues, and a report on "
                 "whether she is making the changes Finn and Isla need",
                 "Tanya Hughes, perinatal community nurse",
                 "Weekly from 12/03/2025",
                 "Fortnightly summary to the SW with Shannon's EPDS score and what was seen at feeds"],
                ["Review Shannon's sertraline and check she is taking it; tell the SW how her mood is "
                 "affecting her care of the children",
                 "Dr Imran Ahmed, GP, Garthwick Health Centre",
                 "By 14/03/2025, then monthly",
                 "Prescription collection record and GP letter to the SW"],
                ["Sessions at home with Shannon and Callum on a routine for the four children: mornings, "
                 "meals and bedtimes",
                 "FSW Dionne Clarke, Garthwick Family Hub",
                 "Weekly for 8 weeks from w/c 17/03/2025",
                 "Routine chart on the kitchen wall; FSW session notes; Kai's late marks fall to none in a "
                 "week"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Finn's weight falls below the 9th centile, if Finn or Isla are found unfed or unchanged, or if "
              "Shannon says she cannot keep herself or the children safe, the SW (or the emergency duty team "
              "out of hours) will hold a strategy discussion the same day. Until it has been held Finn and "
              "Isla will be cared for by Callum, who will leave work, or by Nan Mo at 12 Heron Way."),
        ("p", "If Nan Mo cannot come on a weekday morning (for example if she is ill or away), she or Shannon "
              "will ring the SW by 8am and Callum will stay at home until 11am; if he cannot, the SW will send "
              "a family support worker from Garthwick Family Hub to the house by 9.30am that day. If Uncle Gaz "
              "cannot collect Kai, Kai will go to the St Brannock's after-school club, paid for by Children's "
              "Services, and Callum will collect him at 5.30pm."),
        ("p", "If Ruby is kept off school to look after Finn or Isla, the SW will visit that day. If Finn's "
              "weight has not started to rise by 28/04/2025, if Ruby's attendance is still below 90% at the "
              "core group on 16/04/2025, or if Shannon stops seeing the perinatal team, the SW will ask the "
              "team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Garthwick Family Hub, 1.30pm: Wednesday 19/03/2025, Wednesday "
              "16/04/2025 and Wednesday 14/05/2025. Review child protection conference: Thursday 29/05/2025, "
              "10am, Garthwick Civic Centre."),
        ("p", "Plan typed by Hannah Pryce (SW) on 07/03/2025 and sent to Shannon, Callum, Darren and every "
              "agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan for three children, one table with a
#    "Child" column; dad's drinking, mum's depression; paged PDF with a
#    header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_glenmoor_rcpc_child_column_table_doherty.pdf",
    "doc_title": "Review Child Protection Plan - Tyler, Mia and Alfie Doherty",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-three-children-paged-kv-progress-childrens-views-outcomes-then-child-action-lead-when-evidence-table",
    "description": (
        "First review conference plan for Tyler (15), Mia (9) and Alfie (3): dad's drinking, mum's "
        "depression, Tyler self-harming. One Child | What will happen | Lead | When | How we will know "
        "table. Faults: a blank evidence cell (M001), 'Ongoing' and 'As and when needed' as the only "
        "timescale (T002), 'Monitored' and 'Sean's engagement with the service' (M002), the CMHT only "
        "supporting Kerry (H001), 'All professionals' and 'Family' as lead (W002), a parenting group "
        "with no date (T001), an outcome about Sean only (F002), Nan's and Uncle Dean's help with no "
        "fallback (C003) and no legal step (R002). Hard negatives: CAMHS and the alcohol service only "
        "supporting (never H001), 'Weekly, ongoing', Nan and Uncle Dean as named owners, and an "
        "outcome that names Alfie beside his parents' change. Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE · Glenmoor City Council · Children's Services",
    "footer": "Review child protection plan – Doherty – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Children", "Tyler Doherty (15), Year 10, Glenmoor Park School; Mia Doherty (9), Year 4, Glenmoor "
                         "Road Primary; Alfie Doherty (3), at home"),
            ("Parents", "Kerry Doherty (36) and Sean Doherty (39), 48 Rookery Lane, Glenmoor"),
            ("Family network", "Brenda Doherty, \"Nan\" (Sean's mother), Glenmoor; Dean Walsh, \"Uncle Dean\" "
                               "(Kerry's brother), Glenmoor"),
            ("Initial conference", "20/02/2025"),
            ("This conference", "First review, Thursday 15/05/2025, Glenmoor Council House, Room 4"),
            ("Category", "Neglect"),
            ("Social worker", "Leanne Price"),
            ("Chair", "Gordon Achebe, Independent Reviewing Officer"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Sean is still drinking heavily at weekends. Police were called to Rookery Lane on 22 March and "
              "26 April after arguments when Sean had been drinking; on 26 April Tyler rang 999. Sean started "
              "with the Glenmoor Alcohol Service in April and has been to four of six sessions. Kerry has "
              "depression; she has been open to the Glenmoor Community Mental Health Team since March and says "
              "some days she cannot get out of bed. Tyler told his head of year in April that he has been "
              "cutting his arms; he is now seeing CAMHS. Mia's attendance is 91%. Alfie's speech is behind "
              "and the nursery place offered in March was not taken up."),
        ("h1", "What Tyler, Mia and Alfie have told us and shown us"),
        ("p", "Tyler (seen on his own at school, 6 May): \"Dad's alright in the week. Fridays he's a different "
              "person. I put my headphones on and play Xbox till it goes quiet.\" He said he cuts \"when it all "
              "gets too much\" and that CAMHS is \"alright actually\". He wants to stay living at home and wants "
              "his dad to \"sort himself out\"."),
        ("p", "Mia (three houses, with Leanne at school, 8 May): in her house of worries she drew \"Daddy "
              "shouting and Mummy crying in the bathroom\". Her house of good things has sleepovers at Nan's "
              "and her rabbit, Biscuit. Her house of dreams has \"everyone at the beach and Daddy not drinking\"."),
        ("p", "Alfie (seen at home on four visits): he covers his ears when voices are raised, lines his cars up "
              "along the skirting board for long stretches and says about twenty words. He runs to Tyler when "
              "he is upset and brightens when Nan arrives."),
        ("h1", "Outcomes we want by the next review"),
        ("bullets", [
            "Tyler feels safe at home, has stopped cutting himself and has an adult he trusts to talk to.",
            "Mia sleeps in her own bed and is not frightened at weekends.",
            "Alfie is cared for by a dad who is sober every evening and a mum who is well enough to play and "
            "talk with him, and his speech is catching up.",
            "Sean will cut his drinking to within safe limits and attend every appointment.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Child", "What will happen", "Lead", "When", "How we will know"],
            "widths": [2.3, 8.0, 4.6, 4.4, 6.4],
            "rows": [
                ["All three",
                 "Visit at home and see Tyler, Mia and Alfie each on their own",
                 "SW Leanne Price",
                 "Every two weeks until the next review",
                 "Visit records with each child's own words and what was seen of Alfie"],
                ["Tyler",
                 "CAMHS sessions on Tyler's low mood and self-harm, including a safety plan he keeps on his "
                 "phone",
                 "Dr Priya Nandi, Glenmoor CAMHS",
                 "Weekly, ongoing",
                 "Safety plan on file; CAMHS letter to the SW after each review"],
                ["Tyler",
                 "Young carer's assessment for Tyler, looking at the jobs he does for Mia and Alfie",
                 "Becky Lorimer, Glenmoor Young Carers",
                 "By 30/06/2025",
                 ""],
                ["Mia",
                 "Check-ins with Mia and a worry box in her classroom",
                 "Mrs Hollins, DSL, Glenmoor Road Primary",
                 "Ongoing",
                 "Check-in log sent to the SW every Friday"],
                ["Mia",
                 "Mia and Alfie sleep over at Nan's on Friday and Saturday nights",
                 "Nan (Brenda Doherty, PGM)",
                 "Every Friday and Saturday night until the next review",
                 "Nan texts the SW each Saturday and Sunday morning; sleepover diary seen at visits"],
                ["Alfie",
                 "Funded 15-hour nursery place for Alfie at Bumblebees Nursery",
                 "Gail Rourke, manager, Bumblebees Nursery",
                 "From 02/06/2025",
                 "Monitored"],
                ["Alfie",
                 "Help Kerry with Alfie's nursery pick-ups and drop-offs",
                 "Uncle Dean (Dean Walsh)",
                 "As and when needed",
                 "Nursery collection log"],
                ["Alfie",
                 "Speech and language assessment for Alfie at nursery",
                 "Ruth Amos, Glenmoor Children's Speech and Language Therapy",
                 "By 31/07/2025",
                 "Assessment report and targets shared with the nursery and the SW"],
                ["All three",
                 "Weekly key-work sessions and breath tests for Sean at the Glenmoor Alcohol Service",
                 "Jo Fenn, keyworker, Glenmoor Alcohol Service",
                 "Weekly from 19/05/2025",
                 "Sean's engagement with the service"],
                ["All three",
                 "Support sessions at home for Kerry's depression and low motivation",
                 "Alan Yates, CPN, Glenmoor Community Mental Health Team",
                 "Fortnightly",
                 "Attendance record sent to the SW"],
                ["All three",
                 "Tell the SW the same day about any sign that Sean has been drinking while caring for the "
                 "children",
                 "All professionals",
                 "Same day",
                 "Each concern logged on the children's file"],
                ["All three",
                 "Have the children on Saturday afternoons so Kerry and Sean get a break",
                 "Family",
                 "Every Saturday, 1pm to 5pm",
                 "Rota on the fridge, checked by the SW at visits"],
                ["All three",
                 "Triple P parenting group for Kerry and Sean at Glenmoor Family Hub",
                 "Kerry and Sean Doherty",
                 "",
                 "Certificate of completion seen by the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Sean is drunk at home while he is caring for the children, or the police are called to "
              "Rookery Lane again, Kerry will ask Sean to leave and will ring the police if he will not go. The "
              "SW (or the emergency duty team out of hours) will hold a strategy discussion the same day. If "
              "Tyler hurts himself badly enough to need treatment, Kerry will take him to the emergency "
              "department at Glenmoor General and CAMHS will see him within 24 hours."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 6 weeks at Glenmoor Road Primary, 3.30pm: Thursday 05/06/2025, Thursday "
              "17/07/2025 and Thursday 28/08/2025. Next review child protection conference: Thursday "
              "18/09/2025, 10am, Glenmoor Council House."),
        ("p", "Plan agreed by the chair, Gordon Achebe, on 16/05/2025."),
    ],
    "findings": [
        F("F002", "Sean will cut his drinking to within safe limits and attend every appointment."),
        F("M001", "Young carer's assessment for Tyler, looking at the jobs"),
        F("T002", "Check-ins with Mia and a worry box in her classroom"),
        F("M002", "Funded 15-hour nursery place for Alfie at Bumblebees Nursery"),
        F("T002", "Help Kerry with Alfie's nursery pick-ups and drop-offs"),
        F("M002", "Weekly key-work sessions and breath tests for Sean"),
        F("H001", "Support sessions at home for Kerry's depression and low motivation"),
        F("W002", "about any sign that Sean has been drinking while caring"),
        F("W002", "Have the children on Saturday afternoons so Kerry and Sean"),
        F("T001", "Triple P parenting group for Kerry and Sean"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan for three children: one shared action table, then each
#    child's words; mum's drinking owned by nobody but mum, outcomes only
#    about the adults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_gorsebury_core_group_shared_table_then_childrens_words_okoro.md",
    "doc_title": "Core Group Plan - Precious, Daniel and Grace Okoro",
    "split": "tune",
    "actions": 11,
    "template": "core-group-plan-md-three-children-shared-action-who-when-how-table-then-each-childs-words-adult-only-outcomes",
    "description": (
        "Core group plan for Precious (13), Daniel (6) and Grace (10 months); mum's drinking. One shared "
        "Action | Who | When | How we'll know table, followed by what each child said or showed "
        "(Precious's own words, Daniel's drawing, Grace observed). Every outcome is about the adults "
        "(F002 x3, and so no outcome for the children, O001); mum's drinking is owned only by mum, the "
        "Recovery Service just sends a letter (F004); 'ASAP' (T002), 'Improvement in Precious's mood' "
        "(M002), a blank 'when' (T001), a passive referral with no one in 'Who' (W001), review conference "
        "'to be confirmed' (R001). Hard negatives: Grandma Patience and Auntie Bisi as owners, a "
        "contingency that covers both of them failing, legal step set."
    ),
    "text": """\
# Gorsebury Council – Core Group Plan

**Children:** Precious Okoro (13), Year 8, Gorsebury High School · Daniel Okoro (6),
Year 1, Gorsebury Park Primary · Grace Okoro (10 months), at home
**Mum:** Joy Okoro (34), 15 Marigold Walk, Gorsebury
**Dad:** Femi Okoro (38), lives in Gannow; contact is supervised
**Family:** Grandma Patience Adeyemi (Joy's mum), Larch House, Gorsebury; Auntie Bisi
Adeyemi (Joy's sister), Gorsebury
**Plan since:** initial child protection conference, 24/02/2025 (category: neglect)
**This meeting:** core group 1, Thursday 13/03/2025, Gorsebury Family Hub
**Social worker:** Tunde Bakare

## Why the children have a plan

Joy has been drinking heavily since Grace was born. Police and an ambulance were called
on 2 February when a neighbour found Joy unconscious in the stairwell; Precious, then
alone with Daniel and Grace, had let the neighbour in. Joy has told Tunde she drinks a
bottle of wine most evenings and "more at the weekend". Daniel has been late to school
on 19 days this term. Femi hit Joy in 2023 and has not lived at Marigold Walk since;
he sees the children on Saturdays at Grandma Patience's, with her there throughout.

## What we are working towards

- Joy will stop drinking and stay sober.
- Joy will attend all her Recovery Service appointments.
- Joy and Femi will be able to agree contact arrangements without arguing.

## The plan

| Action | Who | When | How we'll know |
|---|---|---|---|
| Visit the flat, see Precious, Daniel and Grace, and talk to Precious and Daniel on their own | SW Tunde Bakare | Every two weeks | Visit record with what each child said and how Grace was |
| Go to the weekly group and one-to-one appointments at the Gorsebury Recovery Service | Joy Okoro | Weekly from 17/03/2025 | Attendance letter from the Recovery Service to the SW each month |
| Clear all alcohol out of the flat and keep it alcohol-free | Joy Okoro | ASAP | SW checks the kitchen, the bins and the recycling at each visit |
| Weigh Grace and check her feeding, sleep and development | HV Sian Morgan | Monthly | Weight plotted in the red book; ASQ-3 at 12 months shared with the SW |
| Put Daniel on the breakfast club list and ring Joy if he is not in by 9.15am | Mr Idris, DSL, Gorsebury Park Primary | Every school day | Breakfast club register; attendance printout to the SW every Friday |
| Weekly mentoring sessions for Precious at school | Ms Hart, learning mentor, Gorsebury High | Every Wednesday | Improvement in Precious's mood |
| Young carer's assessment for Precious | Kemi Lawal, Gorsebury Young Carers | | Assessment report sent to Precious and the SW |
| Have Precious, Daniel and Grace for Sunday lunch and the afternoon so Joy can go to her Sunday group | Grandma Patience | Every Sunday, 11am to 5pm | Grandma Patience texts the SW when the children go home |
| Do the school run for Daniel on Mondays and Wednesdays | Auntie Bisi | Every Monday and Wednesday | School late book shows Daniel in on time on those days |
| Supervise Femi's contact with the children at Larch House | Grandma Patience | Every Saturday, 2pm to 5pm | Contact log signed by Grandma Patience and seen by the SW |
| A referral will be made to the family support service for help with morning routines | | By 28/03/2025 | FSW allocation email on the children's file |

## What the children told us and showed us

**Precious** (seen on her own at school, 10 March): "I hate it when Mum's been drinking
and I have to sort Grace out. I want her to stop for good, not just for a week." She
said she likes going to Grandma's "because it's calm there" and would go there if things
went wrong at home. She wants to stay at Gorsebury High and join the drama club.

**Daniel** drew his family with Tunde at school on 10 March. He drew Mum lying on the
sofa "having a sleep", with bottles by her feet, and himself with a sad face next to
Precious. When asked what would make the picture better he drew a car and said "Auntie
Bisi's car, it's got music".

**Grace** was seen at home on 3 and 11 March. She crawls to Precious when she is upset
and reaches for Grandma Patience when she comes in. She babbles "ba-ba" and "da", holds
her own bottle and finished it quickly on both visits. Her nappy was wet through on the
first visit.

## Contingency

If Joy drinks while the children are in her care (alcohol smelt on her, found drunk, or
Precious telling us), Precious, Daniel and Grace will go to Grandma Patience's at Larch
House that day and Tunde (or the emergency duty team out of hours) will hold a strategy
discussion the same day. If Grandma Patience cannot have them because she is ill or
away, they will go to Auntie Bisi's; if neither of them can, Tunde will arrange a
foster placement that day. If Grandma Patience cannot supervise a Saturday, that
contact will not go ahead and Tunde will arrange it at Gorsebury Family Hub with a
contact supervisor the following week. If Grandma Patience cannot have the children on
a Sunday, or Auntie Bisi cannot do a school run, they will tell Tunde the day before
and a family support worker from the Family Hub will take Daniel to school or sit with
Joy and the children that afternoon. If Femi comes to Marigold Walk, Joy will ring the
police.

If Joy drinks while caring for the children twice before the review conference, Tunde
will ask his team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks at Gorsebury Family Hub, 10am: Thursday 10/04/2025 and Thursday 08/05/2025.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("F002", "Joy will stop drinking and stay sober."),
        F("F002", "Joy will attend all her Recovery Service appointments."),
        F("F002", "Joy and Femi will be able to agree contact arrangements without arguing."),
        F("O001"),
        F("T002", "Clear all alcohol out of the flat and keep it alcohol-free"),
        F("M002", "Weekly mentoring sessions for Precious at school"),
        F("T001", "Young carer's assessment for Precious"),
        F("W001", "A referral will be made to the family support service"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Case-system print for four children with a task list per child; the
#    family is moving to another authority and two tasks wait for it (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_greyhollow_case_print_per_child_tasks_whitlock.txt",
    "doc_title": "Child Protection Plan - Whitlock and Marsh children",
    "split": "tune",
    "actions": 15,
    "template": "icpc-case-system-print-txt-four-children-numbered-sections-task-blocks-per-child-owner-when-evidence",
    "description": (
        "Case-system print of an initial conference plan for Jade (16), Riley (11), Poppy (4) and Ava "
        "(7 weeks): mum's anxiety and depression, her partner's drinking, and a move to Glasswater in "
        "June. Task blocks under a heading for each child and one for the adults. Faults: Riley's CAMHS "
        "referral and the parenting assessment both left until the transfer (X001 x2), 'Jade engaging "
        "with sessions' (M002), 'TBC' as the only timescale (T002), an owner of '-' (W001), a CPN task "
        "that only supports Kelly (H001), a vague contingency (C002) that leaves out Nanna Sue and "
        "Uncle Mark (C003) and no legal step (R002). Hard negatives: the psychiatrist in the same "
        "team reports on capacity to change, the SW keeps visiting until the transfer-in conference, "
        "Jade's own cannabis use (not a parent's), and an outcome about Kelly's mood that names Poppy "
        "and Ava."
    ),
    "text": """\
GREYHOLLOW MBC - CHILDREN AND FAMILIES                      CareLink 5.2
CHILD PROTECTION PLAN                              printed 11/04/2025 14:02
user: NBROOKS                                               page 1 of 1
==========================================================================
1. CHILDREN
   Jade WHITLOCK   DOB 14/01/2009 (16)  CL-228140  Greyhollow College
   Riley WHITLOCK  DOB 03/09/2013 (11)  CL-228141  Greyhollow Junior
   Poppy MARSH     DOB 27/05/2020 (4)   CL-228142  Sunflowers Nursery
   Ava MARSH       DOB 19/02/2025 (7 wks) CL-228143 at home
   ADDRESS ....... 30 Sorrel Street, Greyhollow
   MOTHER ........ Kelly WHITLOCK (35)
   PARTNER ....... Lee MARSH (38), father of Poppy and Ava
   NETWORK ....... Susan WHITLOCK, "Nanna Sue" (maternal grandmother),
                   Greyhollow; Mark WHITLOCK, "Uncle Mark" (Kelly's
                   brother), Greyhollow
   ICPC .......... 10/04/2025        CATEGORY ... Neglect
   SW ............ Nadia Brooks, Greyhollow Safeguarding Team 2
   CHAIR ......... Rupert Ansah

2. WHY THERE IS A PLAN
   Kelly has had anxiety and depression for several years and it has
   been much worse since Ava was born. She is under the Greyhollow Adult
   Community Mental Health Team. Lee drinks most evenings and was drunk
   when police attended an argument at the house on 22/03/2025. Ava has
   slept in the parents' bed on the nights Lee had been drinking. Poppy
   is not yet dry in the day and her speech is behind. Riley has been
   soiling at school. Jade smokes cannabis most days and has stayed away
   overnight after arguments with Lee.

3. THE MOVE
   The family has a housing association tenancy at 4 Larch Close,
   Glasswater, from 02/06/2025. Glasswater County Council will be asked
   to hold a transfer-in conference. Greyhollow keeps the plan until
   then.

4. THE CHILDREN'S VIEWS AND DAILY LIFE
   Jade (seen alone at college, 07/04/2025): "I'm not moving to
   Glasswater. All my mates are here and my course is here. When Lee's
   drunk I go to Nanna's." She says the weed "calms me down" and she
   does not see it as a problem. She wants to finish her first year at
   Greyhollow College and live with Nanna Sue if the family moves.
   Riley (three houses, at school, 08/04/2025): house of worries -
   "people at school smelling me" and "Mum crying"; house of good things
   - football with Uncle Mark; house of dreams - "a dog and my own
   room in the new house".
   Poppy: seen at home and nursery. She talks in two- and three-word
   phrases, plays shops with the nursery staff and asks for Jade at
   bedtime. She wets herself most days and hides when it happens.
   Ava: seen at home on 02/04 and 09/04. She is bottle fed, feeds
   hungrily and settles on Nanna Sue's shoulder. On 09/04 she was asleep
   in the parents' bed between two pillows at 11am.

5. OUTCOMES
   O1 Jade finishes her first year at college and has a safe place to
      go when home is hard.
   O2 Riley is clean and comfortable at school and is not teased.
   O3 Poppy is dry in the day and talking in sentences by the review.
   O4 Ava sleeps on her back in her own Moses basket for every sleep
      and keeps growing along her centile.
   O5 Kelly's mood is steady enough for her to get Poppy to nursery and
      feed Ava on time every day.

6. TASKS
--------------------------------------------------------------------------
6.1 JADE
TASK 01  See Jade on her own at college or at Nanna Sue's and talk about
         home, the move and where she wants to live
  OWNER ..... SW Nadia Brooks
  WHEN ...... every 2 weeks until the transfer-in conference
  EVIDENCE .. visit record with Jade's own words written down
TASK 02  Key-work sessions with Jade about her cannabis use
  OWNER ..... Ash Patel, Greyhollow Young People's Substance Service
  WHEN ...... weekly from 14/04/2025
  EVIDENCE .. Jade engaging with sessions
TASK 03  Ring Kelly and Jade if Jade is not in college by 10am
  OWNER ..... Ms Farrow, student support, Greyhollow College
  WHEN ...... each college day
  EVIDENCE .. attendance printout emailed to the SW every Friday
--------------------------------------------------------------------------
6.2 RILEY
TASK 04  Make a CAMHS referral for Riley's anxiety and soiling, held
         back until the family has moved to Glasswater and registered
         with a GP there
  OWNER ..... SW Nadia Brooks
  WHEN ...... once the move is complete
  EVIDENCE .. referral sent to Glasswater CAMHS
TASK 05  ELSA sessions for Riley on worries and friendships, with a
         spare uniform kept at school
  OWNER ..... Mrs Dobson, ELSA, Greyhollow Junior
  WHEN ...... every Tuesday in term time
  EVIDENCE .. ELSA log; anything Riley says about home passed to the SW
              the same day
TASK 06  Take Riley to football training and bring him home afterwards
  OWNER ..... Uncle Mark (Mark Whitlock)
  WHEN ...... every Tuesday and Thursday evening
  EVIDENCE .. club register; Mark texts the SW when Riley is home
--------------------------------------------------------------------------
6.3 POPPY
TASK 07  Nursery place every weekday; record how Poppy arrives, her
         toileting and any new words
  OWNER ..... Jess Kane, keyworker, Sunflowers Nursery
  WHEN ...... each weekday in term time, 9am-3pm
  EVIDENCE .. daily sheet; weekly summary emailed to the SW on Fridays
TASK 08  Developmental review of Poppy's speech and toileting, with a
         referral to the continence service if needed
  OWNER ..... HV Rosa Quinn
  WHEN ...... TBC
  EVIDENCE .. ASQ-3 scores shared with the SW and the nursery
--------------------------------------------------------------------------
6.4 AVA
TASK 09  Weigh Ava and check her feeds and where she is sleeping
  OWNER ..... HV Rosa Quinn
  WHEN ...... weekly until 12 weeks old, then fortnightly
  EVIDENCE .. weight plotted in the red book; sleep place noted and
              sent to the SW
TASK 10  Stay overnight at Sorrel Street to help with Ava's night feeds
  OWNER ..... Nanna Sue (Susan Whitlock, MGM)
  WHEN ...... every Monday, Wednesday and Friday night from 14/04/2025
  EVIDENCE .. night feed chart signed by Nanna Sue, seen by the SW
TASK 11  Safe sleep advice to be given to Kelly and Lee, and a Moses
         basket provided for Ava
  OWNER ..... -
  WHEN ...... by 25/04/2025
  EVIDENCE .. safe sleep checklist signed by both parents and on file
--------------------------------------------------------------------------
6.5 ADULTS
TASK 12  Support sessions at home for Kelly's anxiety and low mood
  OWNER ..... Claire Tate, CPN, Greyhollow Adult CMHT
  WHEN ...... fortnightly
  EVIDENCE .. sessions recorded in the CMHT notes and dates sent to the SW
TASK 13  Review Kelly's medication and write a report on whether she
         can make the changes the children need, and how long that is
         likely to take
  OWNER ..... Dr Femi Oduya, consultant psychiatrist, Greyhollow Adult
              CMHT
  WHEN ...... by 16/05/2025
  EVIDENCE .. written report to the SW, shared at the core group
TASK 14  Key-work and breath tests for Lee, with a written update on his
         drinking and what it means for the children
  OWNER ..... Sam Reeve, keyworker, Greyhollow Drug and Alcohol Service
  WHEN ...... weekly; update before each core group
  EVIDENCE .. breath test results and updates sent to the SW
TASK 15  Parenting assessment of Kelly and Lee, to be started by
         Glasswater Children's Services once the transfer is complete
  OWNER ..... Glasswater Children's Services
  WHEN ...... after the transfer
  EVIDENCE .. assessment report shared with the core group
--------------------------------------------------------------------------

7. CONTINGENCY
   If things do not improve or there are further concerns about any of
   the children, the core group will meet to review the plan and
   consider next steps.

8. MEETINGS
   CORE GROUP .... every 3 weeks, 2pm, Greyhollow Family Hub:
                   24/04/2025, 15/05/2025, 05/06/2025
   RCPC .......... 10/07/2025, 10am, Greyhollow Town Hall (or the
                   Glasswater transfer-in conference if held first)
==========================================================================
END OF PRINT
""",
    "findings": [
        F("M002", "Key-work sessions with Jade about her cannabis use"),
        F("X001", "Make a CAMHS referral for Riley's anxiety and soiling"),
        F("T002", "Developmental review of Poppy's speech and toileting"),
        F("W001", "Safe sleep advice to be given to Kelly and Lee"),
        F("H001", "Support sessions at home for Kelly's anxiety and low mood"),
        F("X001", "Parenting assessment of Kelly and Lee, to be started by"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for three children with the actions under a
#    heading for mum and one for each child; most actions are about mum,
#    the baby is accommodated and on the ward, and nobody records what the
#    children say or how their days are (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_gildersham_icpc_per_person_sections_bevan.docx",
    "doc_title": "Child Protection Plan - Kacey, Jayden and Mason Bevan",
    "split": "tune",
    "actions": 11,
    "template": "icpc-three-children-docx-kv-details-family-views-outcomes-then-plan-bullets-under-h2-for-mum-and-each-child",
    "description": (
        "Initial conference plan for Kacey (12), Jayden (7) and Mason (3 months); mum's depression. Mason "
        "is accommodated under section 20 and is on the children's ward awaiting discharge to a foster "
        "carer. One-sentence bullets under 'For Donna', 'For Kacey and Jayden' and 'For Mason'. Six of "
        "the eleven actions are about Donna's own needs (F001); Talking Therapies only offers "
        "counselling (H001); 'feels better in herself' (M002); 'keep an eye on Kacey' with no time "
        "(T001, M002); an outcome about Donna's mood only (F002); a 'Family's views' section with only "
        "the adults' views and no child's wishes, feelings or days (F003); and no one set to visit Mason "
        "on the ward (L001). Hard negatives: the GP owns an action (no F004), Grandad Ray is only in the "
        "contingency (no C003), and an outcome that mentions Donna's health but is about Kacey and Jayden."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gildersham County Council · Children's Social Care · Gildersham South Assessment and "
              "Safeguarding Team"),
        ("kv", [
            ("Children", "Kacey Bevan (12), Year 7, Gildersham Academy; Jayden Bevan (7), Year 2, Church "
                         "Lane Primary; Mason Bevan (3 months)"),
            ("Mother", "Donna Bevan (29), 6 Quarry Rise, Gildersham"),
            ("Fathers", "Kacey's and Jayden's father, Liam Hirst, has not been in touch since 2021. Mason's "
                        "father, Ryan Cole, does not live with the family and did not attend."),
            ("Maternal grandfather", "Ray Bevan, 7 Pollard Street, Gildersham"),
            ("Mason's legal status", "Accommodated under section 20 since 11/04/2025 with Donna's agreement. "
                                     "He is on Ward 4 (children's ward), Gildersham General Hospital, and "
                                     "will go to a foster carer when he is discharged."),
            ("Conference", "Initial child protection conference, Thursday 17/04/2025, Gildersham County "
                           "Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Anand"),
            ("Chair", "Colin Fairweather"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Donna has had depression since her teens and it has been much worse since Mason was born in "
              "January. She stopped her antidepressants in February. Mason was admitted on 8 April with a "
              "chest infection; his weight had fallen from the 50th centile at birth to below the 2nd. "
              "Kacey's attendance this year is 78% and Jayden's 82%. The house was cold and there was "
              "little food in the cupboards at the SW's visits on 2 and 9 April. Donna has rent arrears of "
              "about £1,400 and the family has been told the two-bedroom flat is overcrowded."),
        ("h1", "The family's views"),
        ("p", "Donna said at conference that she had \"let everything slide\" since Mason was born and that "
              "she agreed to him being looked after \"until I'm back on my feet\". She wants Mason home by the "
              "summer. She said she feels judged by the school and wants help with money and housing before "
              "anything else."),
        ("p", "Grandad Ray said he had not realised how bad things had got. He works full time but can have "
              "the children at short notice in an emergency."),
        ("h1", "What needs to change"),
        ("bullets", [
            "Donna's mood will improve.",
            "Kacey and Jayden are got up, fed and taken to school on time every day by a mum who is well "
            "enough to do it.",
            "Mason gains weight steadily and goes home from hospital to a foster carer who can meet his needs.",
        ]),
        ("h1", "The plan"),
        ("h2", "For Donna"),
        ("bullets", [
            "Dr Hussain (GP) will review Donna's antidepressant medication by 02/05/2025 and write to the SW "
            "with the outcome.",
            "Gildersham Talking Therapies will offer Donna weekly counselling sessions for her low mood from "
            "28/04/2025, with her attendance recorded on their system.",
            "The SW will support Donna with her application for a larger housing association flat by "
            "30/05/2025, and the application reference will be kept on file.",
            "Donna will meet the debt adviser at Gildersham Advice Centre by 09/05/2025 and bring her "
            "repayment plan to the next core group.",
            "Donna will go to the women's wellbeing group at Gildersham Family Hub every Tuesday, and "
            "success will be that she feels better in herself.",
            "The SW will refer Donna to the Gildersham Befriending Service by 02/05/2025, and the referral "
            "will be kept on file.",
        ]),
        ("h2", "For Kacey and Jayden"),
        ("bullets", [
            "The SW will visit Kacey and Jayden at home every two weeks and record the state of the kitchen "
            "and bedrooms on the visit record.",
            "Kerry Allen (FSW) will work with Donna on a morning routine every Monday and Thursday for six "
            "weeks, so that Kacey and Jayden get to school on time, shown by the school late books.",
            "Mrs Grant, head of Year 7 at Gildersham Academy, will keep an eye on Kacey.",
            "Mr Lyle, DSL at Church Lane Primary, will ring Donna if Jayden is not in school by 9.15am each "
            "day and email the SW his attendance every Friday.",
        ]),
        ("h2", "For Mason"),
        ("bullets", [
            "The SW will liaise with the ward and the foster carer about Mason's discharge plan by "
            "25/04/2025 and put the written discharge plan on file.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Donna tells anyone she cannot cope or cannot keep herself safe, or Kacey or Jayden are not in "
              "school and Donna cannot be reached by 10am, the SW (or the emergency duty team out of hours) "
              "will visit the same day. Kacey and Jayden will stay with Grandad Ray at 7 Pollard Street until "
              "a strategy discussion has been held that day; if Grandad Ray cannot have them, the SW will "
              "arrange a foster placement that day."),
        ("p", "If Donna has not restarted treatment by the first core group, or Kacey's and Jayden's "
              "attendance is still below 90% at the core group on 29/05/2025, the SW will ask the team "
              "manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Gildersham Family Hub, 10am: Thursday 01/05/2025, Thursday "
              "29/05/2025 and Thursday 26/06/2025. Review child protection conference: Thursday 10/07/2025, "
              "2pm, Gildersham County Hall."),
    ],
    "findings": [
        F("H001", "Gildersham Talking Therapies will offer Donna weekly counselling sessions"),
        F("M002", "Donna will go to the women's wellbeing group"),
        F("T001", "will keep an eye on Kacey"),
        F("M002", "will keep an eye on Kacey"),
        F("F001"),
        F("F002", "Donna's mood will improve."),
        F("F003"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan for three children, one table with a
#    "Child" column merged down over each child's rows; dad's drinking
#    (paged PDF with header and footer, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_gallowfield_rcpc_child_column_merged_nowak.pdf",
    "doc_title": "Review Child Protection Plan - Zofia, Antek and Maja Nowak",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-three-children-paged-kv-progress-each-childs-voice-outcomes-per-child-then-child-column-merged-down-what-who-when-how-table",
    "description": (
        "First review conference plan for Zofia (15), Antek (10) and Maja (18 months); dad's drinking. "
        "One Child | What will happen | Who | When | How we will know table with the Child cell merged "
        "down over each child's rows (four real Word vertical merges before conversion). Zofia's own "
        "words, Antek's scaling and three houses, Maja's day as seen at home and at Babcia's; an outcome "
        "for each child. The alcohol service reports on change, Babcia Halina and Auntie Kasia have a "
        "fallback in the contingency, a legal step and dates are set. Mum has no mental health history "
        "(a negation). Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Gallowfield Borough Council · Family Safeguarding Service",
    "footer": "Nowak – review child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Children", "Zofia Nowak (15), Year 10, Gallowfield High School; Antek Nowak (10), Year 5, "
                         "Gallowfield Juniors; Maja Nowak (18 months), at home"),
            ("Parents", "Agnieszka Nowak (38) and Piotr Nowak (41), 9 Cooper's Yard, Gallowfield"),
            ("Family network", "Halina Nowak, \"Babcia\" (Piotr's mother), 2 Mill Row, Gallowfield; "
                               "Katarzyna Wrobel, \"Auntie Kasia\" (Agnieszka's sister), Gallowfield"),
            ("Initial conference", "13/03/2025"),
            ("This conference", "First review, Tuesday 10/06/2025, Gallowfield Town Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Olu Adeyinka"),
            ("Chair", "Wendy Marchetti"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Piotr started with the Gallowfield Alcohol and Drug Service on 20 March. His breath tests have "
              "been clear for the last seven weeks apart from one lapse on 3 May, which he told his keyworker "
              "about himself. Since conference he has not been left alone with Maja: she goes to Babcia "
              "Halina's on the days Agnieszka works. Agnieszka has no history of mental health difficulties "
              "and told conference she feels \"stronger now there is a plan\". Zofia's attendance has gone "
              "from 84% to 96%. Antek still loses his temper at school, but less often: four incidents since "
              "Easter against eleven in the spring term."),
        ("h1", "What Zofia, Antek and Maja have told us and shown us"),
        ("p", "Zofia (seen on her own at school, 3 June): \"It's better than before. Dad's really trying. But I "
              "still check the fridge for cans when I get in, I can't help it.\" She wants to get through her "
              "GCSE year \"without worrying about home every night\" and said she would go to Auntie Kasia's "
              "if her dad started drinking again."),
        ("p", "Antek (seen at school, 4 June) put home at 7 out of 10; in March it was 3. In his house of "
              "dreams he drew his dad at the side of the pitch \"staying for the whole match\". He said the "
              "thing he still worries about is \"Dad going back to the cans\"."),
        ("p", "Maja was seen at home on 27 May and at Babcia Halina's on 2 June. She is walking well and "
              "babbling, holds her arms up to Piotr when he comes in, and settles for her nap with her bunny "
              "on Babcia's sofa. She ate all her lunch at Babcia's and waved the SW off at the door."),
        ("h1", "What we want for each child by the next review"),
        ("bullets", [
            "Zofia does not have to watch for her dad's drinking and gets to school every day in her GCSE "
            "year.",
            "Antek's temper at school settles and he has a calm adult to talk to when he is angry.",
            "Maja is only ever cared for by a sober adult and her development stays on track.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Child", "What will happen", "Who", "When", "How we will know"],
            "widths": [2.2, 8.2, 4.4, 4.6, 6.3],
            "rows": [
                ["Zofia",
                 "See Zofia on her own, away from home, and ask what has happened since the last visit",
                 "SW Olu Adeyinka",
                 "Every two weeks until the next review",
                 "Visit record with Zofia's own words written down"],
                [V,
                 "Check in with Zofia at the start of the week and agree a study plan for her GCSE year",
                 "Mr Kwame Asante, head of Year 10, Gallowfield High School",
                 "Every Monday in term time",
                 "Check-in notes; attendance of 95% or more on the weekly printout to the SW"],
                ["Antek",
                 "ELSA sessions on anger and worry, with a calm card Antek can use to leave class",
                 "Mrs Jan Pollitt, ELSA, Gallowfield Juniors",
                 "Every Thursday in term time until the summer holidays (18/07/2025)",
                 "ELSA log; behaviour incidents on the school log, sent to the SW monthly, fall below four a "
                 "half-term"],
                [V,
                 "Take Antek to football and stay for the match",
                 "Auntie Kasia (Katarzyna Wrobel)",
                 "Every Saturday morning",
                 "Club register; Kasia texts the SW if Antek does not go"],
                ["Maja",
                 "Look after Maja on the days Agnieszka works, so that Piotr is never her only carer",
                 "Babcia Halina (Halina Nowak, PGM)",
                 "Every Monday, Tuesday and Wednesday, 8am to 4pm, until the next review",
                 "Halina's diary, seen by the SW at each visit; one visit a month to Mill Row unannounced"],
                [V,
                 "18-month review with an ASQ-3, and a check of Maja's weight and teeth",
                 "HV Beth Carver",
                 "By 30/06/2025",
                 "ASQ-3 scores and weight shared with the SW and Agnieszka"],
                ["All three",
                 "Unannounced evening visit, seeing all three children and checking the fridge and bins for "
                 "alcohol",
                 "SW Olu Adeyinka",
                 "Once a month between 5pm and 8pm",
                 "Visit record noting each child seen and what was found"],
                [V,
                 "Key-work and breath tests for Piotr, with a written report on whether he is staying sober "
                 "and what that means for the children",
                 "Dan Mills, keyworker, Gallowfield Alcohol and Drug Service",
                 "Weekly; report before each core group",
                 "Breath test results and the written report sent to the SW"],
                [V,
                 "Liver function blood test for Piotr, with the result and what it shows sent to the SW",
                 "Dr Farah Siddiqui, GP, Mill Lane Surgery",
                 "Monthly until the next review",
                 "GP letter with the result on the children's file"],
                [V,
                 "Six-week group for Zofia and Antek with other children whose parents drink",
                 "Rachel Dunn, Gallowfield Young People's Service",
                 "Weekly for 6 weeks from 03/07/2025",
                 "Attendance register and an end-of-group summary shared with the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Piotr drinks while any of the children are at home with him, or comes home drunk, Agnieszka "
              "will ask him to leave and he will stay at his own mother's at Mill Row; if he will not go she "
              "will ring the police. The SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day."),
        ("p", "If Babcia Halina cannot look after Maja on a work day (for example if she is ill, or if Piotr "
              "is staying with her), Maja will go to Auntie Kasia; if neither of them can have her, Agnieszka "
              "will stay at home and the SW will arrange a place at the Gallowfield Family Hub creche for the "
              "rest of that week. If Auntie Kasia cannot take Antek to football, Agnieszka will take him."),
        ("p", "If Piotr drinks while caring for any of the children, or has two positive breath tests before "
              "the core group on 19/08/2025, the SW will ask the team manager for a legal planning meeting "
              "within 5 working days."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 4 weeks at Gallowfield Family Hub, 4pm: Tuesday 24/06/2025, Tuesday 22/07/2025 "
              "and Tuesday 19/08/2025. Next review child protection conference: Tuesday 09/09/2025, 10am, "
              "Gallowfield Town Hall."),
        ("p", "Plan agreed by the chair, Wendy Marchetti, on 11/06/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety plan for four children, safety goals for each child,
#    next steps leaning on the grandparents and an aunt, and no contingency
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_grindlecombe_sos_network_next_steps_hartley.md",
    "doc_title": "Signs of Safety Child Protection Plan - Hartley children",
    "split": "tune",
    "actions": 12,
    "template": "signs-of-safety-md-four-children-worries-working-well-grid-danger-statement-safety-goals-per-child-childrens-voices-next-steps-bullets",
    "description": (
        "Signs of Safety initial conference plan for Kayla (14), Josh (9), Evie (3) and Ollie (5 weeks): "
        "dad's depression and daily cannabis while mum works nights. Two-column worries / working well "
        "grid (not an action table), danger statement, a safety goal for each child, each child's voice "
        "recorded differently, then 'Next steps' bullets with the owner in bold. The grandparents and "
        "Auntie Jo carry much of the plan but there is no contingency at all (C001, C003) and no legal "
        "step (R002); the review conference is 'to be arranged' (R001). Action faults: 'as and when she "
        "can' with no measure (T002, M001), 'the family network' (W002), 'when he is able' with no "
        "measure (T002, M001), 'keep an eye on' (M002), and a passive offer to Josh with no owner, time "
        "or measure (W001, T001, M001). Hard negatives: the primary care mental health team owns an "
        "assessment that reports on change (no F004, no H001), Nan Linda and Grandad Pete as owners, and "
        "a safety goal that names Wayne but is about Evie and Ollie."
    ),
    "text": """\
# Grindlecombe Council – Child Protection Plan (Signs of Safety)

**Children:** Kayla Hartley (14), Year 9, Grindlecombe Academy · Josh Hartley (9),
Year 4, Brook Street Primary · Evie Hartley (3), at home · Ollie Hartley (5 weeks), at home
**Parents:** Gemma Hartley (33), night care assistant at Cedar Lodge; Wayne Hartley (36)
**Address:** 52 Thistle Road, Grindlecombe
**Family network:** Nan Linda and Grandad Pete Bowker (Gemma's parents), 3 Ferry Lane;
Auntie Jo Hartley (Wayne's sister), Grindlecombe
**Initial child protection conference:** Wednesday 04/06/2025 · **Category:** neglect
**Social worker:** Sophie Lang · **Chair:** Anil Mehta

## Assessment

| What are we worried about? | What's working well? |
|---|---|
| Wayne has depression and smokes cannabis every day, including while he is looking after Evie and Ollie on his own when Gemma is asleep after night shifts. | Gemma works nights so that one parent is always at home, and she is honest about how tired she is. |
| On 21 May the HV found Ollie in a wet nappy and unfed for five hours while Wayne was asleep on the sofa, and Evie had been eating dry cereal from the box. | Wayne came to conference, said he is "not in a good place" and asked for help with his mood. |
| Kayla has missed 22 days of school since Easter, mostly after Gemma's night shifts, and says she stays home "to sort the babies". | Nan Linda and Grandad Pete live ten minutes away and already have Evie some days. |
| Josh has been sent into school without a coat or lunch and has said his dad "is always asleep". | Ollie is gaining weight when fed on time, and Josh is doing well in class. |

**Danger statement:** Sophie, the HV and the schools are worried that when Wayne is low
and has been smoking cannabis he falls asleep and does not notice Evie and Ollie, so Ollie
could go without feeds or be hurt, and Kayla misses school to do the caring.

**Scaling:** Sophie put safety at 3 out of 10; Gemma put it at 6.

## What Kayla, Josh, Evie and Ollie have told us and shown us

- **Kayla** (on her own at school, 30 May): "Someone's got to do it. Mum's asleep and Dad's
  off his head half the time. I don't want to get anyone in trouble, I just want to be in
  school with my mates." She wants her dad "to get proper help, not just tablets".
- **Josh** did the three houses with Sophie on 2 June. House of worries: "Dad on the settee
  and Ollie crying". House of good things: "Grandad Pete's shed and my bike". House of
  dreams: "Dad taking me swimming on a Saturday".
- **Evie** was seen at home twice. She chatters, shows visitors her dolls, and climbs onto
  Kayla's lap rather than Wayne's. She asked the HV for "a biscuit for breakfast".
- **Ollie** was seen at home and at clinic. He feeds well from a bottle, settles when held
  and was calm and alert at his 4-week check. When the HV arrived on 21 May he was
  crying hard and his cry had gone hoarse.

## Safety goals

- **Ollie** is fed every three to four hours, day and night, by an adult who is awake and
  sober, and sleeps on his back in his own cot.
- **Evie** has breakfast, lunch and tea every day and is never left with only a sleeping
  adult.
- **Josh** goes to school every day with a coat and lunch, and tells us his dad is up in
  the mornings.
- **Kayla** is in school every day and is not the one looking after Evie and Ollie.
- Wayne's mood is steady enough for him to get up for Evie and Ollie each morning, and he
  does not smoke cannabis while he is looking after them.

## Next steps

- **Sophie (SW)** will visit every week, seeing Kayla and Josh on their own and Evie and Ollie awake, and write down what each child says on the visit record.
- **Nan Linda** will have Evie at Ferry Lane every Monday, Wednesday and Friday while Gemma sleeps after her night shifts, and mark each day on the calendar Sophie checks.
- **Grandad Pete** will call at Thistle Road at 7.30am on the mornings after Gemma's night shifts to get Kayla and Josh off to school, and text Sophie each time he has been.
- **Auntie Jo** will help out with the baby as and when she can.
- **The family network** will make sure a sober adult who is awake is in the house with the children every day until Gemma is up, keeping a rota on the fridge.
- **Wayne** will see his GP about his mood when he is able.
- **Lucy Marsh, Grindlecombe Primary Care Mental Health Team**, will assess Wayne's depression by 27/06/2025 and write to Sophie on whether he can make the changes the children need and how long that is likely to take.
- **Wayne** will meet his keyworker at the Grindlecombe Drug and Alcohol Service every week from 16/06/2025, and the service will send his drug test results to Sophie each month.
- **Miss Khan, head of Year 9**, will keep an eye on Kayla every day.
- Josh will be offered sessions with the school counsellor.
- **Ellie Ward (HV)** will see Ollie every week until he is 12 weeks old, weighing him and checking where he sleeps, and record it in the red book.
- **Gemma** will apply for a funded nursery place for Evie at Rainbow Nursery by 30/06/2025 and show Sophie the confirmation letter.

## Meetings

- Core group every 3 weeks at Brook Street Primary, 3.30pm, first on Thursday 12/06/2025, then 03/07/2025 and 24/07/2025.
- Review child protection conference: to be arranged.
""",
    "findings": [
        F("T002", "will help out with the baby as and when she can"),
        F("M001", "will help out with the baby as and when she can"),
        F("W002", "will make sure a sober adult who is awake"),
        F("T002", "will see his GP about his mood when he is able"),
        F("M001", "will see his GP about his mood when he is able"),
        F("M002", "will keep an eye on Kayla every day"),
        F("W001", "Josh will be offered sessions with the school counsellor"),
        F("T001", "Josh will be offered sessions with the school counsellor"),
        F("M001", "Josh will be offered sessions with the school counsellor"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})
