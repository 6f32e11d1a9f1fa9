"""Batch 91, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: how progress will be measured, written in the many ways real plans do
it: a "What will tell us it is working" column in a Signs of Safety plan with
a danger statement, safety goal and worry scale; a core group plan whose
measures sit in one paragraph after the action table instead of in each row;
a narrative letter to a mother; a "How will we know?" column with growth
centiles, feeding charts and urine screens for a preterm baby; "Signs of
success" paragraphs under each goal with attendance percentages and PEth
results; an "Evidence of progress" column for a looked-after baby on a
special care baby unit; and a transfer plan written as bullets. Beside these
sit measures that only repeat the action, only promise ("Shannon will feel
safer") or are missing. Two .docx, two PDFs, two markdown and one text file;
two are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety ICPC plan, domestic abuse and father's drinking: danger
#    statement, safety goal, worry scale, "What will tell us it is working"
#    column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_dackleby_sos_danger_statement_worry_scale_birtwistle.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Tayla-Rose and Jaxon",
    "split": "tune",
    "template": "signs-of-safety-danger-statement-safety-goal-worried-working-well-grid-scaling-three-houses-what-needs-to-happen-who-by-when-what-will-tell-us-it-is-working-table",
    "description": (
        "Initial conference Signs of Safety plan for a 7-year-old and a 3-year-old after three police "
        "call-outs for domestic abuse when their father had been drinking. Danger statement, safety goal, "
        "worry scale (3/10 to 7/10) and the children's words, then a table with a 'What will tell us it "
        "is working' column. Most rows have real measures (contact logs, breath readings, a facilitator's "
        "report; one only repeats the action, 'Shannon attends the Freedom Programme', which can still be "
        "checked), but the uncle's contact is 'as and when needed', the IDVA row is 'Ongoing' with 'Shannon "
        "will feel safer', the 'safety network' owns the sharing row, the school row has no measure and "
        "the HV row says development 'will be monitored'. Both paternal grandmother and uncle supervise "
        "contact but the contingency does not cover their supervision failing; the review conference date "
        "is to be confirmed."
    ),
    "actions": 12,
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("p", "Dackleby Borough Council – Children's Services – Safeguarding Team North"),
        ("kv", [
            ("Children", "Tayla-Rose Birtwistle (DOB 02/03/2018, age 7) and Jaxon Kettle (DOB 19/09/2021, age 3)"),
            ("Address", "14 Birch Lane, Dackleby DK6 2PW"),
            ("Mother", "Shannon Birtwistle (27)"),
            ("Father", "Aaron Kettle (30), staying with his mother Carol Kettle at 41 Weaver Close since 30/06/2025"),
            ("Category", "Emotional abuse"),
            ("Initial child protection conference", "17/07/2025"),
            ("Social worker", "Gemma Hartley, Safeguarding Team North"),
            ("Conference chair", "Imran Saleem, Child Protection Chair"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's Services, Dackleby Police and St Aidan's CE Primary are worried that Tayla-Rose and "
              "Jaxon will be hurt, in their bodies and in their feelings, if they are at home when Aaron has "
              "been drinking and he and Shannon argue. Police were called to 14 Birch Lane on 03/05/2025, "
              "14/06/2025 and 29/06/2025. On 29/06/2025 Aaron pushed Shannon against the kitchen door while she "
              "was holding Jaxon, and Tayla-Rose ran to a neighbour in her pyjamas to ask her to ring 999."),
        ("h1", "Safety goal"),
        ("p", "Children's Services need to see that Tayla-Rose and Jaxon live in a home with no violence and no "
              "frightening shouting, that they only see their dad when he is sober and a safe adult is with "
              "them, and that Shannon and the people around her have a safety plan that Tayla-Rose knows and "
              "that everyone keeps to for at least six months."),
        ("h1", "What are we worried about? What's working well?"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Aaron says he drinks 8 to 10 cans of strong lager most nights. All three police call-outs "
                 "came after he had been drinking.",
                 "Aaron moved out to his mother's on 30/06/2025 and has kept to the written agreement not to "
                 "come to Birch Lane."],
                ["Tayla-Rose has been wetting the bed and her class teacher says she is tired and tearful on "
                 "Mondays.",
                 "Shannon called the police herself on 14/06/2025 and has met the IDVA twice."],
                ["Jaxon hits out at other children at nursery and uses words he has heard at home.",
                 "Carol Kettle and Dean Birtwistle have both offered to supervise contact and came to conference."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone agrees the children are safe enough for the "
              "plan to end and 0 means the children cannot live at home, the conference scaled: Shannon 6, "
              "Aaron 7, social worker 3, school 4, health visitor 4. Worry scale: from 3/10 now to 7/10 by the "
              "review conference, when the SW will ask everyone to scale again."),
        ("h1", "What Tayla-Rose and Jaxon say"),
        ("p", "Tayla-Rose did the Three Houses with the SW at school on 10/07/2025. In her house of worries she "
              "drew \"Daddy shouting and the blue lights\" and \"Jaxon crying under the table\". In her house of "
              "good things she put \"Nanna Carol's dog\", \"swimming\" and \"Mummy's pancakes\". In her house "
              "of dreams she wrote: \"Daddy stops drinking the beer and we all go to the beach.\""),
        ("p", "Jaxon (seen at home on 11/07/2025) played with police cars and made them crash into the sofa. He "
              "said \"Daddy sleeps at Nanna's now\" and went to Shannon for a cuddle when the SW's phone rang."),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "What will tell us it is working"],
            "widths": [5.0, 3.6, 2.8, 5.6],
            "rows": [
                ["Write a safety plan with Tayla-Rose and Jaxon's words in it, and share it with everyone in "
                 "the safety network",
                 "Shannon Birtwistle with Gemma Hartley (SW)", "By 08/08/2025",
                 "Signed safety plan on file; Tayla-Rose can tell the SW who she would go to and how to ring 999"],
                ["Stay at 41 Weaver Close and only see the children at planned, supervised contact",
                 "Aaron Kettle", "From 17/07/2025",
                 "No police call-outs to Birch Lane; Shannon and Tayla-Rose tell the SW at each visit whether "
                 "Aaron has been to the house"],
                ["Supervise Aaron's contact with Tayla-Rose and Jaxon at 41 Weaver Close",
                 "Carol Kettle (paternal grandmother)", "Every Wednesday teatime and Saturday 10am to 2pm",
                 "Carol's contact log, checked by the SW every fortnight, shows Aaron sober at every contact"],
                ["Supervise any extra contact, such as birthdays or days when Carol is working",
                 "Dean Birtwistle (maternal uncle)", "As and when needed",
                 "Dean writes each contact in the same contact log"],
                ["Alcohol assessment and one-to-one sessions for Aaron, with a breath reading at each session, "
                 "and a report on whether he can stay sober around the children",
                 "Ryan Metcalfe, recovery worker, Dackleby Recovery Hub",
                 "Assessment by 31/07/2025, then weekly sessions",
                 "Written report to each core group with attendance, breath readings and Ryan's view of "
                 "Aaron's progress"],
                ["Refer Aaron to the Safer Dads 20-week domestic abuse perpetrator programme and start the course",
                 "Aaron Kettle (Gemma Hartley, SW, to refer)", "Referral by 25/07/2025; course starts by 01/09/2025",
                 "Facilitator's report to the SW at week 10 and week 20 on attendance and what Aaron has learnt"],
                ["Go to the Freedom Programme at Dackleby Family Hub",
                 "Shannon Birtwistle", "Tuesday mornings for 12 weeks from 22/07/2025",
                 "Shannon attends the Freedom Programme"],
                ["DASH risk assessment and safety planning with Shannon, including a panic alarm and a marker "
                 "on the address",
                 "Priya Sandhu, IDVA, Dackleby Domestic Abuse Service", "Ongoing",
                 "Shannon will feel safer"],
                ["Tell the SW straight away if either child talks about Dad drinking, shouting or hurting "
                 "anyone",
                 "Safety network", "Same day",
                 "Each worry logged on Mosaic with the date and what was done"],
                ["Check Tayla-Rose's attendance and how she presents each morning, and give her a weekly "
                 "session with the learning mentor",
                 "Mrs Joanne Pryce, DSL, St Aidan's CE Primary", "Every school day; mentor session each Monday",
                 ""],
                ["Home visits to see Jaxon and check his development, speech and behaviour",
                 "Lucy Barraclough, health visitor", "Every 4 weeks from 24/07/2025",
                 "Jaxon's development will be monitored"],
                ["Visit the children at home, at least one visit a month unannounced, and see Tayla-Rose on "
                 "her own at each visit",
                 "Gemma Hartley, SW", "Every 10 working days",
                 "Visit records show both children seen, Tayla-Rose seen alone and her words written down; "
                 "scaling repeated with Tayla-Rose each month"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Aaron comes to 14 Birch Lane at any time, if Shannon lets him stay the night, or if police are "
              "called to either address, Tayla-Rose and Jaxon will go to stay with Shannon's mother, Anne "
              "Birtwistle, at 6 Moss Street the same day, and the SW will ask for a legal planning meeting "
              "within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, first on 31/07/2025 at 9.30am at St Aidan's CE Primary.",
            "Review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
        ("p", "Plan agreed at conference on 17/07/2025. Copies to Shannon, Aaron and every agency named above."),
    ],
    "findings": [
        F("T002", "Supervise any extra contact, such as birthdays or days"),
        F("T002", "DASH risk assessment and safety planning with Shannon"),
        F("M002", "DASH risk assessment and safety planning with Shannon"),
        F("W002", "Tell the SW straight away if either child talks"),
        F("M001", "Check Tayla-Rose's attendance and how she presents each morning"),
        F("M002", "Home visits to see Jaxon and check his development"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group plan, neglect, three children; the measures sit in one
#    paragraph after the action table, not in the rows (pdf, header/footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_dernholme_core_group_measures_paragraph_lomax.pdf",
    "doc_title": "Core Group Child Protection Plan - Lomax children",
    "split": "tune",
    "template": "core-group-plan-numbered-action-lead-timescale-table-no-measure-column-measures-in-one-paragraph-after-the-table-pdf-header-footer",
    "description": (
        "Core group update of a neglect plan for three primary-age children whose mother has depression "
        "treated by her GP. A four-column table (No., Action, Lead, Timescale) with no measure column; the "
        "plan's measures sit in one paragraph after the table ('We will know the plan is working when...'). "
        "Rows whose action text names what will be seen or counted (checklist scores, register figures, "
        "photos, written confirmation) have a measure; the family support, beds, GP and dentist rows have "
        "none. The beds row has no lead, the GP row no timescale and the dentist row is 'When she is able'. "
        "No child's views anywhere, no adult service owns an action, and the contingency has no legal step."
    ),
    "actions": 10,
    "header": "OFFICIAL – SENSITIVE | Dernholme City Council | Children's Social Care",
    "footer": "Lomax children – core group plan – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – core group update"),
        ("table", {
            "header": ["Case details", H],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Children", "Kacey Lomax (11), Brandon Lomax (8), Skye Lomax (5)"],
                ["Parent", "Nicola Lomax (35); the children's father has no contact"],
                ["Address", "9 Ferrier Street, Dernholme DN3 8QA"],
                ["School", "Dernholme Park Primary (Years 6, 3 and Reception)"],
                ["Plan since", "ICPC 19/06/2025, category neglect"],
                ["This update", "Core group, 31/07/2025"],
                ["Social worker", "Marcus Ibe, Dernholme Children's Social Care, Team 4"],
            ],
        }),
        ("h1", "1. Why the children need a plan"),
        ("p", "Home conditions were poor at the visits on 03/06/2025 and 17/06/2025: rubbish bagged in the "
              "kitchen, dog faeces in the back yard, no bedding on two of the beds and little food in the "
              "cupboards. School attendance for 2024/25 was 78% for Kacey, 84% for Brandon and 88% for Skye. "
              "School has reported head lice in all three children five times since January, and none of the "
              "children is registered with a dentist."),
        ("p", "Nicola has told the social worker that she has had depression since Skye was born and takes "
              "sertraline prescribed by her GP. She says that on some days she cannot get out of bed before "
              "midday."),
        ("h1", "2. What we want for the children"),
        ("bullets", [
            "Kacey, Brandon and Skye are in school every day, on time, clean and with breakfast inside them.",
            "The children sleep in their own clean beds in a home that is safe and free of rubbish.",
            "The children's health needs are met: no head lice, and teeth checked by a dentist.",
        ]),
        ("h1", "3. Action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale"],
            "widths": [1.2, 8.4, 4.0, 3.4],
            "rows": [
                ["1", "Visit the family at home, including unannounced visits, and see each child's bedroom; "
                      "score home conditions on the home conditions checklist and bring the scores to each "
                      "core group",
                 "Marcus Ibe, SW", "Fortnightly"],
                ["2", "Daily routine work with Nicola at home: getting up, breakfast and packed lunches, the "
                      "school run and Skye's bedtime",
                 "Dawn Ellery, family support worker", "Twice weekly for 12 weeks from 04/08/2025"],
                ["3", "Email the SW each child's attendance and lateness figures from the register",
                 "Mrs Hazel Dunn, attendance lead, Dernholme Park Primary", "Every Friday"],
                ["4", "Deep clean of the house and rubbish cleared from the back yard, with a skip paid for "
                      "from section 17; SW to photograph the kitchen and bedrooms before and after",
                 "Nicola Lomax, with Marcus Ibe (SW) to book the skip", "By 15/08/2025"],
                ["5", "Treat all three children for head lice and show Nicola how to wet-comb; school nurse "
                      "to record a check for each child on the first day of term",
                 "Anita Rowe, school nurse", "By 08/08/2025, then first day of term (03/09/2025)"],
                ["6", "Beds and bedding for Brandon and Skye", "", "By 08/08/2025"],
                ["7", "Nicola to speak to her GP about her medication and her low mood", "Nicola Lomax", ""],
                ["8", "Breakfast club places for all three children, with the breakfast club register sent "
                      "to the SW each week",
                 "Mr Oliver Kent, head teacher", "From the first day of term (03/09/2025)"],
                ["9", "Register the children with a dentist and take them for a check-up",
                 "Nicola Lomax", "When she is able"],
                ["10", "Refer Nicola to the Families Together parenting programme and confirm her place in "
                       "writing to the core group",
                 "Marcus Ibe, SW", "Referral by 08/08/2025; course starts 09/09/2025"],
            ],
        }),
        ("h1", "4. How we will measure progress"),
        ("p", "We will know the plan is working when each child's attendance is 95% or above for four weeks "
              "in a row, the home conditions checklist scores 4 or more in every room at three visits running, "
              "none of the children has head lice at two school nurse checks, and Brandon and Skye each have "
              "their own bed with clean bedding. The social worker will bring the attendance figures and "
              "checklist scores to each core group."),
        ("h1", "5. Contingency"),
        ("p", "If any child's attendance falls below 90% in a calendar month, the checklist scores 1 in any "
              "room at two visits running, or the children are found with no food in the house, the SW will "
              "visit the same day and the team manager will hold a strategy discussion within 2 working days. "
              "The children's maternal aunt, Lisa Harland, has agreed that they can stay with her at short "
              "notice."),
        ("h1", "6. Core group and review"),
        ("p", "Core group every 4 weeks at Dernholme Park Primary: 28/08/2025 and 25/09/2025 at 3.30pm. Review "
              "child protection conference: 23/10/2025 at Dernholme Civic Centre."),
    ],
    "findings": [
        F("M001", "Daily routine work with Nicola at home: getting up"),
        F("W001", "Beds and bedding for Brandon and Skye"),
        F("M001", "Beds and bedding for Brandon and Skye"),
        F("T001", "Nicola to speak to her GP about her medication"),
        F("M001", "Nicola to speak to her GP about her medication"),
        F("T002", "Register the children with a dentist and take them"),
        F("M001", "Register the children with a dentist and take them"),
        F("F003"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Narrative letter to a mother with bipolar disorder, baby of 10 weeks;
#    one sentence a paragraph under "What will happen" (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_dimsworth_narrative_letter_to_mum_varley.txt",
    "split": "tune",
    "template": "narrative-letter-to-parent-what-we-want-to-see-how-freya-is-getting-on-what-will-happen-one-sentence-paragraphs-if-things-get-worse-meetings",
    "description": (
        "Plan written as a letter from the social worker to a 24-year-old mother with bipolar disorder "
        "after a postnatal relapse, for her 10-week-old daughter. Actions are one-sentence paragraphs under "
        "'What will happen'. The psychiatrist is asked to assess, but the care coordinator only keeps seeing "
        "mum 'to support you' with no measure; the GP appointment is 'as soon as you can'; the Mums Together "
        "group only 'should help you feel less on your own'; night-feed help 'will be arranged when a worker "
        "becomes free'. Five of nine actions are about mum's own needs without Freya; one outcome is only "
        "about mum's mood; the contingency only says the plan will be looked at again and has no legal step."
    ),
    "actions": 9,
    "text": """\
DIMSWORTH COUNTY COUNCIL
Children's Services - Safeguarding and Family Support (South)
Hollins House, 2 Canal Street, Dimsworth DW4 1AB

Private and confidential
Ms Leanne Varley
Flat 3, 18 Tenter Road
Dimsworth DW4 6LS

22 July 2025

Dear Leanne,

YOUR CHILD PROTECTION PLAN FOR FREYA

Freya Varley, born 12 May 2025
Category: neglect
Initial child protection conference: 21 July 2025
Chair: Margaret Onyango

Thank you for coming to the conference yesterday and for speaking so openly about
how hard the last few weeks have been. I said I would write the plan down for you
in plain words, so this letter is your copy of it. I am Ruth Amadi, Freya's social
worker, and my number is 01632 960 418.

WHY FREYA HAS A PLAN

You were admitted to Hollins Ward on 24 June 2025 when your bipolar disorder came
back after Freya's birth. While you were there Freya stayed with your mum, Sandra.
Since you came home on 9 July you have told me you are sleeping two or three hours a
night, and on 14 July the health visitor found Freya in a wet nappy, with a cold
bottle of formula beside her that had been made up the night before. Freya's weight
has dropped from the 50th to the 25th centile since she was born.

HOW FREYA IS GETTING ON

Freya is a small, alert baby. When I visited on 16 July she watched your face while
you changed her and stopped crying as soon as you picked her up. She fed well for
Sandra at the conference but was restless and turned away from the bottle when you
were tired and upset. She sleeps in a Moses basket next to your bed.

WHAT WE WANT TO SEE

- Freya is fed on time, gains weight along her centile line and is clean and settled at every visit.
- Freya is always cared for by an adult who is well enough to notice and meet her needs, day and night.
- Your mood is stable and you feel like yourself again.

WHAT WILL HAPPEN

I (Ruth Amadi, Freya's social worker) will visit you and Freya at home every week, at least twice a month without an appointment, and I will write down how Freya looks, where she is sleeping and how she is being fed.

Owen Lacey, your care coordinator from the Dimsworth Perinatal Mental Health Team, will keep seeing you every week to support you with your mood and your medication.

Dr Sarah Whitlow, your perinatal psychiatrist, will review your lithium by 8 August 2025 and write to me and the core group saying whether your mood is settled enough for you to care for Freya safely at night, what needs to change and how long that is likely to take.

You will take your lithium every evening and tick it off on the medication chart, which I will check at every visit.

You will make an appointment with Dr Patel at Dimsworth Health Centre about your sleep as soon as you can and show me the appointment letter.

I will help you complete your Dimsworth Homes transfer application by 15 August 2025, and we will both keep a copy of the letter confirming that you are on the list.

You will go to the Mums Together group at Hollins Children's Centre every Thursday morning from 31 July 2025, which should help you feel less on your own.

Help with night feeds and Freya's bedtime routine will be arranged when a worker becomes free.

Gill Thornley, your health visitor, will see Freya at home every two weeks until she is six months old, weigh her, plot her weight on her centile chart and tell me the same day if it falls below the 25th centile.

IF THINGS GET WORSE

If things get worse, or if I or anyone else working with you is worried about you or
Freya, I will talk to my manager and we will look at the plan again at a core group.
If you feel unwell in the night you can ring the Dimsworth crisis line on 01632 960 222.

MEETINGS

Your core group will meet every four weeks. The first meeting is on 5 August 2025 at
10am at Hollins Children's Centre, then 2 September and 30 September 2025. Your review
child protection conference is on 14 October 2025 at 1.30pm at Hollins House.

Please ring me if anything in this letter is not clear, or if you think something is
missing.

Yours sincerely,

Ruth Amadi
Social Worker, Safeguarding and Family Support (South)

Copies: Sandra Varley (with Leanne's agreement); Owen Lacey, Dimsworth Perinatal
Mental Health Team; Dr Sarah Whitlow; Gill Thornley, Health Visitor; Dr Patel,
Dimsworth Health Centre; Margaret Onyango, Conference Chair.
""",
    "findings": [
        F("H001", "will keep seeing you every week to support you with your mood"),
        F("M001", "will keep seeing you every week to support you with your mood"),
        F("T002", "You will make an appointment with Dr Patel"),
        F("M002", "You will go to the Mums Together group"),
        F("W001", "Help with night feeds and Freya's bedtime routine will be arranged"),
        F("T002", "Help with night feeds and Freya's bedtime routine will be arranged"),
        F("M001", "Help with night feeds and Freya's bedtime routine will be arranged"),
        F("F001"),
        F("F002", "Your mood is stable and you feel like yourself again."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan for a preterm baby on the neonatal unit, mother on methadone;
#    "How will we know?" column with centiles, feed charts, urine screens.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_dowbridge_icpc_preterm_how_will_we_know_farrow.docx",
    "doc_title": "Child Protection Plan - Harley Farrow-Stott",
    "split": "tune",
    "template": "icpc-plan-details-table-why-a-plan-baby-day-on-the-unit-numbered-outcomes-no-what-will-happen-who-when-how-will-we-know-table-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a baby born at 31 weeks, treated for neonatal abstinence "
        "syndrome and due home from the neonatal unit; his mother is on a methadone programme after heroin "
        "and crack cocaine use in pregnancy. Every row of the 'How will we know?' table has a named owner, a "
        "date, frequency or event, and something that can be seen or counted: preterm centile chart, feed "
        "and visiting charts, negative urine screens and hair-strand results, a locked methadone box seen at "
        "visits. The drug service reports on what Jade's use means for Harley; the grandmother's nights have "
        "a fallback; the contingency names triggers, a carer, a same-day strategy discussion and a legal "
        "planning meeting; core group dates and the review date are set."
    ),
    "actions": 10,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dowbridge Metropolitan Borough Council – Children's Services – Safeguarding and Family Support"),
        ("table", {
            "header": ["Details", H],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Child", "Harley Farrow-Stott, born 12/06/2025 at 31+2 weeks (corrected age 36+5 weeks at conference)"],
                ["Where Harley is", "Neonatal unit, Dowbridge Royal Infirmary; discharge home planned for w/c 04/08/2025"],
                ["Parents", "Jade Farrow (26) and Liam Stott (29), 22 Cooper Street, Dowbridge DB2 5RT"],
                ["Maternal grandmother", "Pauline Farrow, 7 Mill Walk, Dowbridge"],
                ["Category", "Neglect"],
                ["Conference", "Initial child protection conference, 21/07/2025"],
                ["Social worker", "Hannah Lockwood, Safeguarding and Family Support (East)"],
                ["Chair", "Rachel Oyelaran, Independent Chair"],
            ],
        }),
        ("h1", "Why Harley needs a plan"),
        ("p", "Jade used heroin and smoked crack cocaine until about 26 weeks of pregnancy. She has been on a "
              "methadone programme with Dowbridge Drug and Alcohol Service since February 2025, now 60ml a day "
              "taken under supervision at Cross Street Pharmacy, and her urine screens since May have been "
              "negative for anything other than methadone. Harley was born early, needed treatment for "
              "neonatal abstinence syndrome for 19 days and is still on the unit learning to feed. Liam has no "
              "history of drug or alcohol use. Jade's older child, Kiera (7), has lived with Pauline under a "
              "special guardianship order since 2020 because of Jade's drug use at that time."),
        ("h1", "Harley's day on the unit"),
        ("p", "Harley is now 1.82kg and takes 45ml by bottle every 3 hours. Nurses say he startles at loud "
              "noises and settles best with skin-to-skin contact; he was calm and fed well when Liam held him "
              "on 17/07/2025. Jade visits every afternoon and has given most of his 3pm and 6pm feeds this "
              "week. Harley still tires at the end of a feed and needs to be woken for his night feeds."),
        ("h1", "What we want for Harley"),
        ("numbers", [
            "Harley feeds well and grows steadily, staying on or above the 9th centile on the preterm chart.",
            "Harley is cared for at all times by an adult who has not used drugs or alcohol.",
            "Harley goes to every health appointment and has his immunisations on time.",
            "Harley sleeps safely, on his back in his own Moses basket, every night.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How will we know?"],
            "widths": [1.0, 5.2, 3.4, 3.0, 4.4],
            "rows": [
                ["1", "Visit Harley on the neonatal unit and then at home, including unannounced visits after "
                      "discharge",
                 "Hannah Lockwood, SW", "Twice a week until discharge, then weekly",
                 "Visit records show Harley seen, how he was held and fed, and how Jade and Liam presented"],
                ["2", "Keep a daily feeding and visiting chart for Harley and email it to the SW",
                 "Sister Claire Ndlovu, neonatal unit, Dowbridge Royal Infirmary",
                 "Daily until discharge; chart emailed every Friday",
                 "Chart shows Jade or Liam giving at least 4 feeds a day and Harley finishing his feeds"],
                ["3", "Weigh Harley at home, plot his weight on the preterm centile chart and check his "
                      "feeding chart",
                 "Nadia Hussain, health visitor (neonatal outreach)",
                 "Weekly for 8 weeks after discharge, then fortnightly",
                 "Weight on or above the 9th centile for corrected age; feeding chart shows at least 8 "
                 "feeds in 24 hours"],
                ["4", "Keyworker sessions, supervised methadone and random urine screens for Jade; report on "
                      "whether Jade is stable enough to care for Harley day and night",
                 "Tom Bellamy, recovery coordinator, Dowbridge Drug and Alcohol Service",
                 "Sessions weekly; urine screens twice a week at random; report before each core group",
                 "Urine screens negative for opiates other than methadone, cocaine and benzodiazepines; "
                 "written report to each core group"],
                ["5", "Commission hair-strand tests for Jade and Liam covering the last three months",
                 "Hannah Lockwood, SW", "Samples by 08/08/2025; results by 05/09/2025",
                 "Results negative for heroin, crack cocaine and non-prescribed drugs, shared at the "
                 "September core group"],
                ["6", "Keep Jade's methadone in a locked box out of Harley's reach, with the key kept by Jade",
                 "Jade Farrow", "Before discharge, then every day",
                 "SW and HV see the locked box at every home visit"],
                ["7", "Safe sleep and coping-with-crying (ICON) session on the unit for both parents",
                 "Jade Farrow and Liam Stott, with Nadia Hussain (HV)", "Before discharge",
                 "HV's record shows both parents completed the session; at the first home visit the HV sees "
                 "Harley's Moses basket set up in line with safe sleep advice"],
                ["8", "Register Harley at Millfield Surgery and give his 8-week check and first immunisations",
                 "Dr Imran Qureshi, GP, Millfield Surgery",
                 "Registered by 01/08/2025; check and immunisations by 14/08/2025",
                 "Check and immunisations recorded in the red book; copy to the SW"],
                ["9", "Stay at 22 Cooper Street for the first two weeks after discharge and do or support "
                      "every night feed",
                 "Pauline Farrow (maternal grandmother)", "Every night for 14 nights from discharge",
                 "Night feed chart signed by Pauline; HV checks it at each visit"],
                ["10", "Phone the SW and the drug service if Jade misses a supervised methadone dose",
                 "Akash Rana, pharmacist, Cross Street Pharmacy", "Same day",
                 "Each missed dose logged on Liquidlogic with the time of the call"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jade misses two methadone doses in a row, has a urine or hair-strand result positive for "
              "heroin or crack cocaine, or either parent is found under the influence of drugs or alcohol while "
              "caring for Harley, Harley will go to stay with Pauline Farrow under a written safety plan the "
              "same day. The SW will hold a strategy discussion that day and request a legal planning meeting "
              "(legal gateway) within 5 working days."),
        ("p", "If Pauline cannot stay for the first two weeks, or stops staying, Harley's discharge will wait "
              "until Liam's sister Kerry Stott (checked as a connected person on 15/07/2025) can stay instead; "
              "if neither can, the SW will ask the fostering team for a parent-and-baby placement before "
              "discharge."),
        ("p", "If Harley's weight falls below the 2nd centile or he misses two weigh-ins, the HV will tell the "
              "SW the same day and the SW will visit within 24 hours."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks: 04/08/2025 (on the unit), 01/09/2025 and 29/09/2025 at Cooper Street "
              "Family Hub. Review child protection conference: 16/10/2025 at 10am, Dowbridge Civic Centre."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. RCPC plan, mother's drinking; a "Signs of success" paragraph under each
#    goal, then a table per goal. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_drayfell_rcpc_signs_of_success_goals_renwick.md",
    "split": "tune",
    "template": "rcpc-markdown-details-table-since-last-conference-childrens-views-worries-strengths-goals-each-with-signs-of-success-paragraph-and-what-who-when-how-will-we-know-table-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 4-year-old whose mother drinks. Three "
        "goals for the children, each with a 'Signs of success' paragraph (PEth below 20 ng/ml, attendance "
        "from 86.4% to 95%, nursery attendance, speech targets) and a What / Who / When / How will we know "
        "table. Every row has a named owner, a date or frequency and an observable measure; the alcohol "
        "service reports on what Stacey's drinking means for the children; the aunt's Friday nights have a "
        "fallback; the contingency names triggers, the father as carer, a same-day strategy discussion and "
        "a legal planning meeting; core group dates and the review are set."
    ),
    "actions": 10,
    "text": """\
# Child Protection Plan – First Review

**Drayfell Borough Council · Children's Social Care · Family Safeguarding Team 2**

| | |
|---|---|
| Children | Mason Renwick (DOB 08/01/2016, age 9) and Ivy Renwick (DOB 27/04/2021, age 4) |
| Address | 31 Larch Grove, Drayfell DF7 3NJ |
| Mother | Stacey Renwick (33) |
| Father | Dominic Lowe (36), 5 Quarry Row, Drayfell; children stay every other weekend |
| Maternal aunt | Shelley Renwick, 12 Larch Grove |
| Category | Neglect (plan since 24/04/2025) |
| Conference | First review child protection conference, 24/07/2025 |
| Social worker | Josh Adeyemi, Family Safeguarding Team 2 |
| Chair | Valerie Brook, Child Protection Chair |

## What has happened since the last conference

Stacey has seen her recovery worker every week since May. Her PEth blood tests have fallen
from 412 ng/ml in April to 96 ng/ml in June, and she has had two breath tests above the legal
driving limit at unannounced visits (02/05 and 30/05/2025), none since. Mason's attendance
for the year was 86.4%, with 21 late marks, most of them on Mondays. Ivy has a nursery place
but went to only half her sessions in the summer term.

## What Mason and Ivy tell us

Mason (seen alone at school, 15/07/2025) scaled home at 5 out of 10, up from 2 in April.
He said: "Mum doesn't fall asleep on the settee any more. I still check the recycling bin
for bottles. I want to go to football club on Tuesdays but I have to take Ivy home."

Ivy showed the social worker her bedroom and her "Ivy's rules" poster from nursery. She
said she likes "Auntie Shelley's chips on Friday" and that "Mummy is not poorly now".

## What we are worried about

- Stacey drank every day from late 2024 and was found asleep with Ivy alone downstairs on
  two occasions in March 2025.
- Mason has been doing jobs a parent would do: taking Ivy home from nursery, making tea.
- Ivy's speech is behind for her age and nursery find her hard to understand.

## What is going well

- Stacey's PEth results are coming down and she has had no positive breath test since May.
- Shelley has had the children every Friday night since April without missing one.
- Dominic has had the children every other weekend and has offered to have them at short notice.

## Goal 1: Mason and Ivy are cared for by a sober adult every day and every night

**Signs of success:** Stacey's PEth results are below 20 ng/ml at three tests in a row, every
breath test at a visit reads 0.00, Mason tells his social worker that he no longer checks
the bins for bottles, and there are no calls to the police or the out-of-hours team.

| What will happen | Who | When | How will we know? |
|---|---|---|---|
| Weekly recovery sessions for Stacey, PEth blood tests, and a report on her drinking and what it means for Mason and Ivy | Kirsty Oduya, recovery worker, Drayfell Alcohol Service | Weekly sessions; PEth every 4 weeks from 04/08/2025 | PEth results sent to the SW within 5 working days; written report to each core group |
| Keep no alcohol in the house and tell the SW if she has had a drink | Stacey Renwick | From 24/07/2025 | No alcohol found at unannounced visits; breath test 0.00 at every visit |
| Visit the children at home, see Mason alone and scale with him | Josh Adeyemi, SW | Weekly, two visits a month unannounced | Visit records show both children seen, Mason seen alone, his scaling (5/10 now, aim 8/10 by the review) and a breath test for Stacey |
| Have Mason and Ivy on Friday nights and text the SW after each handover to say whether Stacey was sober | Shelley Renwick (maternal aunt) | Every Friday 5pm to Saturday 12pm | A text from Shelley after every handover, logged on the children's record |

## Goal 2: Mason is in school every day, on time, and has time to be a child

**Signs of success:** Mason's attendance is 95% or above each half-term (86.4% last year),
he has no more than two late marks a half-term, he goes to football club on Tuesdays, and
he no longer collects Ivy from nursery.

| What will happen | Who | When | How will we know? |
|---|---|---|---|
| Ring Stacey by 9.30am if Mason is not in school, and email his weekly attendance and late marks to the SW | Mrs Angela Hirst, attendance officer, Fellbeck Junior School | Every school day; figures every Friday | Weekly figures on file; attendance at or above 95% each half-term |
| Mentor sessions for Mason to talk about home, using his worry jar | Mr Carl Devine, learning mentor, Fellbeck Junior School | Every Monday, 20 minutes | Mentor's notes, with Mason's worry jar score, emailed to the SW every fortnight |
| Young carers' assessment for Mason and a place at the Tuesday football club | Priya Mistry, Drayfell Young Carers | Assessment by 29/08/2025; club from 09/09/2025 | Assessment shared with the core group by 29/08/2025; club register shows Mason there each Tuesday |

## Goal 3: Ivy goes to nursery, is understood when she talks, and is collected by a sober adult

**Signs of success:** Ivy goes to at least 9 out of 10 nursery sessions, she is always
collected by Stacey, Shelley or Dominic and never by Mason, and her speech therapy targets
are met at the December check.

| What will happen | Who | When | How will we know? |
|---|---|---|---|
| Record who brings and collects Ivy and whether they seem sober, and tell the SW the same day of any worry | Hayley Quinn, manager, Little Acorns Nursery | Monday to Wednesday mornings from 01/09/2025 | Nursery register shows Ivy in at least 90% of sessions; collection log sent to the SW every Friday |
| Speech and language assessment for Ivy, with targets for nursery and home | Beth Ramsden, speech and language therapist, Drayfell Community Health | Assessment by 30/09/2025 | SLT report with targets shared with the nursery and the core group by 30/09/2025 |
| Go to the Positive Parenting course at Fellbeck Family Hub | Stacey Renwick (Josh Adeyemi, SW, has referred) | Thursdays, 14/08/2025 to 16/10/2025 | Register shows at least 8 of 10 sessions; course leader's report on Stacey's home practice with Ivy's routines |

## If the plan is not working

If Stacey has a breath test reading above 0.00 while caring for the children, a PEth result
above 20 ng/ml, or is found drunk by any professional or by Shelley, Mason and Ivy will go
to their father Dominic Lowe's home the same day (agreed and checked on 18/07/2025). The SW
will hold a strategy discussion that day and request a legal planning meeting within 5
working days.

If Shelley cannot have the children on a Friday night, Dominic will have them instead; if
neither can, the SW or the out-of-hours team will visit on the Friday evening and on
Saturday morning.

## Core group and review

- Core group every 4 weeks at Fellbeck Junior School: 21/08/2025, 18/09/2025 and 16/10/2025 at 3.45pm.
- Second review child protection conference: 13/11/2025, 10am, Drayfell Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Plan for a looked-after (section 20) preterm baby still on the special
#    care baby unit; landscape table with an "Area" column merged down and an
#    "Evidence of progress" column (pdf, header/footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_durrowfold_lac_scbu_evidence_column_fairclough.pdf",
    "doc_title": "Child Protection Plan - Maisie Fairclough (looked after)",
    "split": "tune",
    "template": "lac-baby-in-hospital-landscape-plan-details-table-background-maisie-on-the-unit-what-we-want-to-achieve-area-merged-down-action-responsible-timescale-evidence-of-progress-table-contingency-meetings",
    "description": (
        "Child protection plan for a 5-week-old born at 29 weeks, accommodated under section 20 and still "
        "on the special care baby unit; her 19-year-old mother, a care leaver, has perinatal depression. "
        "Landscape table with an 'Area' column merged down and an 'Evidence of progress' column: growth "
        "and feeding measures for the baby are specific, but discharge planning is 'when Maisie is nearly "
        "ready', the mother's family time is 'when Chelsea feels able', the grandmother visits 'as often "
        "as she can' with no evidence, the perinatal team only supports with 'engagement' as its evidence, "
        "and the core group owns the section 20 row with 'reviewed at core group'. The SW only phones the "
        "ward, so no one is set to visit Maisie at a stated frequency. One outcome is only about the mother."
    ),
    "actions": 9,
    "landscape": True,
    "check_vmerge": 4,
    "header": "OFFICIAL-SENSITIVE – Durrowfold Council Children's Services – Children in Care Team",
    "footer": "Maisie Fairclough – child protection plan – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – looked after baby"),
        ("table", {
            "header": ["Child", "Legal status", "Where Maisie is", "Social worker", "Conference"],
            "widths": [5.5, 4.6, 5.6, 5.0, 5.0],
            "rows": [
                ["Maisie Fairclough, born 24/06/2025 at 29+1 weeks",
                 "Accommodated under section 20 since 04/07/2025",
                 "Special care baby unit, Durrowfold General Hospital",
                 "Kerry Wainwright, Children in Care Team",
                 "ICPC 30/07/2025; chair Paul Greaves"],
            ],
        }),
        ("h1", "Background"),
        ("p", "Maisie's mother, Chelsea Fairclough (19), left foster care at 18 and lives alone in a Durrowfold "
              "Homes flat. She has perinatal depression and anxiety and is under the Durrowfold Perinatal "
              "Mental Health Team. Maisie was born early after Chelsea went into labour at home alone; Chelsea "
              "agreed to Maisie being accommodated after she twice left the unit at night and could not be "
              "contacted for two days. Maisie's father is not known. When Maisie is well enough to leave "
              "hospital, expected at the end of August, she will go to foster carers Ann and Robert Hebden."),
        ("h1", "Maisie on the unit"),
        ("p", "Maisie is in an open cot and weighs 1.46kg. She is fed by nasogastric tube with one bottle feed "
              "a day, which she manages for about half the feed before she tires. Nurses describe her as a "
              "watchful baby who quietens when she is talked to and who settles on her tummy with a hand on "
              "her back. On 25/07/2025 she held Chelsea's finger for most of a feed and Chelsea cried and "
              "said she did not want to let go."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Maisie reaches 2kg, takes all her feeds by bottle and leaves hospital to her foster carers as "
            "soon as she is medically fit.",
            "Chelsea engages with the perinatal team and her mood improves.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Area", "Action", "Responsible", "Timescale", "Evidence of progress"],
            "widths": [2.6, 7.2, 4.6, 4.0, 7.3],
            "rows": [
                ["Maisie's health",
                 "Keep Maisie's daily feeding chart; weigh her and plot her weight on the UK-WHO preterm chart",
                 "Gemma Platt, named nurse, special care baby unit", "Weighed twice weekly until discharge",
                 "Weight gain of at least 15g/kg/day; weight stays on or above the 9th centile; bottle feeds "
                 "increase from 1 to 8 a day"],
                [V, "Discharge planning meeting with the foster carers, SW and unit staff",
                 "Dr Rehana Malik, consultant neonatologist", "When Maisie is nearly ready",
                 "Written discharge plan agreed and copied to the SW and foster carers"],
                [V, "Foster carers to complete infant basic life support and tube-feeding training",
                 "Ann and Robert Hebden, foster carers, with Durrowfold Fostering Service",
                 "By 22/08/2025",
                 "Training certificates on the fostering file"],
                ["Family time",
                 "Chelsea's family time with Maisie on the unit, supervised by ward staff",
                 "Special care baby unit nursing team", "When Chelsea feels able to visit",
                 "Ward record of each visit: when Chelsea came, whether she fed and changed Maisie and how "
                 "Maisie responded"],
                [V, "Maternal grandmother to spend time with Maisie on the unit",
                 "Lorraine Fairclough (maternal grandmother)", "As often as she can", ""],
                ["Chelsea's wellbeing",
                 "Support Chelsea with her low mood and anxiety",
                 "Laura Birch, CPN, Durrowfold Perinatal Mental Health Team", "Fortnightly",
                 "Chelsea's engagement with the team"],
                [V, "Help Chelsea with her benefits and with moving to a tenancy nearer the hospital",
                 "Nathan Booth, leaving care personal adviser", "Monthly meetings from 01/08/2025",
                 "New tenancy signed and benefits letter on file"],
                ["Placement and legal",
                 "Ring the ward for an update on Maisie's progress and discharge date",
                 "Kerry Wainwright, SW", "Weekly phone call",
                 "Each call and what the ward said recorded on Maisie's electronic record"],
                [V, "Check that Chelsea's section 20 consent is still informed and that she understands "
                    "what it means",
                 "Core group", "At each core group", "Reviewed at core group"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Chelsea tries to take Maisie from the unit or withdraws her section 20 consent, ward staff "
              "will call Durrowfold Police and the emergency duty team straight away, and the SW will seek "
              "legal advice the same day about an emergency protection order and hold a legal planning "
              "meeting within 2 working days. If the Hebdens cannot take Maisie at discharge, Durrowfold "
              "Fostering Service will find another foster placement before she leaves hospital."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Durrowfold Civic Centre: 06/08/2025 and 03/09/2025 at 2pm. "
              "Looked-after review with the IRO: 01/08/2025. Review child protection conference: 02/10/2025 at Durrowfold Civic "
              "Centre."),
    ],
    "findings": [
        F("T002", "Discharge planning meeting with the foster carers, SW and unit staff"),
        F("T002", "Chelsea's family time with Maisie on the unit"),
        F("T002", "Maternal grandmother to spend time with Maisie on the unit"),
        F("M001", "Maternal grandmother to spend time with Maisie on the unit"),
        F("H001", "Support Chelsea with her low mood and anxiety"),
        F("M002", "Support Chelsea with her low mood and anxiety"),
        F("W002", "Check that Chelsea's section 20 consent is still informed"),
        F("M002", "Check that Chelsea's section 20 consent is still informed"),
        F("F002", "Chelsea engages with the perinatal team and her mood improves."),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan while the family moves to another authority; actions as
#    bullets with owner, date and measure in each. No outcomes, no
#    contingency (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_dallamby_transfer_out_bullet_tasks_renshaw.md",
    "split": "tune",
    "template": "core-group-plan-transfer-out-markdown-key-value-details-background-childrens-views-what-needs-to-happen-bullets-with-who-when-measure-inline-meetings-no-outcomes-no-contingency",
    "description": (
        "Core group plan for a 6-year-old and a 2-year-old whose mother uses cocaine and drinks, written "
        "as the family moves to another council's area. Actions are bullets with the owner, date and "
        "measure written in each. The SW's visits and the school's attendance figures are sound, but hair-"
        "strand testing is left to the receiving authority and the drug service referral is put on hold "
        "because of the move; the aunt will 'keep an eye on' things, the grandfather's school runs are on "
        "the days Demi can't with no measure, and 'all agencies' send their records. No outcome for the "
        "children, no contingency though the aunt and grandfather carry the care, no adult service owns an "
        "action and no legal step."
    ),
    "actions": 8,
    "text": """\
# Core Group Plan – case transferring out

**Dallamby Council Children's Services · Child in Need and Protection Team 3**

- **Children:** Alfie Renshaw (6, Year 2, Dallamby St Mary's Primary) and Rosie Renshaw (2)
- **Mother:** Demi Renshaw (31), 48 Kiln Road, Dallamby DL5 9EF
- **Father:** Craig Renshaw (38), in prison until 2027, no contact
- **Plan since:** initial conference 10/04/2025, category neglect
- **Core group:** 28/07/2025, Dallamby St Mary's Primary
- **Social worker:** Tom Fenwick
- **Moving to:** 3 Alder Court, Hollinsford HF2 4LD (Hollinsford Council) on 18/08/2025

## Background

Demi's hair-strand test in March 2025 was positive for cocaine at a level showing regular use
over three months, and she has told the social worker she drinks at weekends. Alfie has been
late to school 23 times this year and Rosie missed her 2-year review twice. Demi has been
offered a tenancy in Hollinsford, near her sister Jess Hardcastle and her father Keith
Hardcastle, and the family moves on 18/08/2025. Dallamby will send a transfer request to
Hollinsford Children's Services on the day of the move.

## What Alfie and Rosie tell us

Alfie (seen alone at school, 22/07/2025) said he is excited about "Auntie Jess's trampoline"
and sad to leave his best friend Oscar. He said: "Mummy gets poorly on Saturdays and sleeps a
lot, then I do Rosie's breakfast." Rosie was seen at home on 24/07/2025: she was clean and
chatty, showed the social worker her new shoes and went to Demi for a cuddle.

## What needs to happen

- Tom Fenwick (SW) to visit Alfie and Rosie at home every week until the transfer-in conference in Hollinsford, seeing Alfie on his own, with visit records showing both children seen and Alfie's words written down.
- Hair-strand testing for Demi to be arranged by Hollinsford once the case has transferred, with the results sent to the new social worker.
- Referral to Dallamby Drug and Alcohol Service put on hold because of the move; Demi to self-refer to Hollinsford Recovery within a week of moving and show the new social worker her appointment letter.
- Mrs Karen Doyle (DSL, Dallamby St Mary's Primary) to email Alfie's weekly attendance and late marks to the SW every Friday (91% this year), with figures kept on Alfie's record.
- Becky Hall (health visitor) to complete Rosie's 2-year review before the family moves and hand over in person to the Hollinsford health visiting team, with ASQ-3 scores in the red book and the handover letter on file.
- Jess Hardcastle (maternal aunt) to have Alfie and Rosie after school and every Saturday night from 18/08/2025 and keep an eye on how Demi is.
- Keith Hardcastle (maternal grandfather) to take Alfie to school and Rosie to nursery on the days Demi can't manage it.
- All agencies to send their records and chronologies to Hollinsford Children's Services by 15/08/2025, with receipt confirmed by Hollinsford in writing.

## Meetings

- Core group every 2 weeks until the transfer: 11/08/2025 and 25/08/2025.
- Transfer-in conference: Hollinsford Council, 04/09/2025.
- Review child protection conference: 09/10/2025 (Dallamby will hold it if the transfer has not gone through by then).
""",
    "findings": [
        F("X001", "Hair-strand testing for Demi to be arranged by Hollinsford"),
        F("X001", "Referral to Dallamby Drug and Alcohol Service put on hold"),
        F("M002", "to have Alfie and Rosie after school and every Saturday night"),
        F("T002", "to take Alfie to school and Rosie to nursery"),
        F("M001", "to take Alfie to school and Rosie to nursery"),
        F("W002", "All agencies to send their records and chronologies to Hollinsford"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("F004"),
        F("R002"),
    ],
})
