"""Batch 135, module k: seven fictional plans (tuning material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police units, Trusts and councils. Labels were written by
hand from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans by experienced practitioners from all four UK nations and from
English authorities with their own house styles, each in its own framework's
words. Wales: a bilingual Care and Support Protection Plan under the Wales
Safeguarding Procedures (child protection register, core group, personal
outcomes, Active Offer), and core group minutes with a bilingual action log.
Scotland: a GIRFEC Child's Plan after an initial Child Protection Planning
Meeting (Named Person, Lead Professional, SHANARRI rows, IRD, referral to the
Children's Reporter), and a teenager's Child's Plan from a review CPPM
written to her as "you". Northern Ireland: a Trust plan from an initial Child
Protection Case Conference (UNOCINI, Gateway team, Family Intervention Team,
designated teacher, an Article 8 contact order, a Trust legal planning
meeting). England: a Signs of Safety "safety plan" refined at a family network
meeting, and a Public Law Outline letter before proceedings after a
Strengthening Families review conference, with the plan as its schedule.

Five plans are exemplary: the Welsh Care and Support Protection Plan (docx,
landscape, personal outcomes merged down), the Scottish Child's Plan (PDF,
landscape, SHANARRI indicator and outcome merged down, page header and
footer), the Northern Ireland CPCC plan (Markdown table), the PLO letter
(docx) and the Scottish teenager's plan (plain text). Two carry a realistic
mix of faults among mostly good rows: the Signs of Safety safety plan
(Markdown) and the Welsh core group minutes (PDF).

Counting convention used for "actions" (README convention 1 and "Files"):
each live row of an action table and each numbered item of an action section
counts once; the contingency, meeting dates, "what has changed" accounts and
a one-off action kept in a log as "Closed" (done) are not counted.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Wales: Care and Support Protection Plan from an initial child protection
#    conference, Welsh-speaking family, mother drinking heavily after a
#    bereavement, low mood. Bilingual headings (Welsh then English),
#    landscape table with each personal outcome merged down over its
#    actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_kerrynant_bilingual_cscp_merged_outcomes_hopcyn.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Gethin a Mali Hopcyn",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 3,
    "template": "welsh-care-and-support-protection-plan-docx-landscape-bilingual-welsh-then-english-headings-active-offer-kv-register-why-what-matters-then-personal-outcome-merged-down-what-will-happen-who-by-when-how-we-will-know-contingency-core-group-review",
    "description": (
        "Exemplary Care and Support Protection Plan made under the Wales Safeguarding Procedures at "
        "an initial conference, for an 8-year-old and a 2-year-old in a Welsh-speaking family; the "
        "mother has drunk heavily and been low since her father died. Welsh-then-English headings, "
        "the Active Offer recorded, names on the child protection register, 'What matters to' the "
        "children in their own words and what was seen of the toddler, and a landscape table with "
        "each personal outcome merged down over its actions. Every row has a named lead, a date or "
        "frequency and something that will be seen; the drug and alcohol team and the primary mental "
        "health service both report on capacity to change, the GP owns an action, the grandmother's "
        "part has a fallback, legal planning follows named triggers, core group and review dates "
        "are set."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Kerrynant / Kerrynant County Borough Council · Gwasanaethau Plant / "
              "Children's Services · Tîm Diogelu (Gorllewin) / Safeguarding Team (West)"),
        ("p", "Made under the Wales Safeguarding Procedures at the initial child protection conference. Welsh is "
              "the family's first language: the Active Offer was made and accepted, so the family's copy of this "
              "plan is in Welsh and Gethin's direct work is in Welsh. This English copy is for agencies."),
        ("kv", [
            ("Plant / Children", "Gethin Hopcyn (8), DOB 02/03/2017, Year 4, Ysgol Gymraeg Bryn Celyn; Mali "
                                 "Hopcyn (2), DOB 19/12/2022, Cylch Meithrin Bryn Celyn"),
            ("Cyfeiriad / Address", "7 Heol y Nant, Kerrynant KR9 3DW"),
            ("Rhieni / Parents", "Catrin Hopcyn (32), Mam, lives with the children; Owain Prys (35), Dad, lives "
                                 "in Cwmderwen and has the children every other weekend"),
            ("Mam-gu / Grandmother", "Eirlys Hopcyn (64), Catrin's mother, 2 Maes yr Ysgol, Kerrynant (five "
                                     "minutes' walk)"),
            ("Cynhadledd / Conference", "Initial child protection conference, 14/10/2025. Chair: Rhian "
                                        "Gwilliam, Independent Reviewing Officer"),
            ("Cofrestr / Register", "Both children's names were placed on the child protection register, "
                                    "category neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Sioned Pugh (team manager: Geraint Vaughan)"),
        ]),
        ("h1", "Pam mae angen cynllun / Why there is a plan"),
        ("p", "Catrin's father died in February 2025 and since the spring she has been drinking heavily, most "
              "days from the early afternoon. She has also been low in mood, and her GP started her on an "
              "antidepressant in August. On 26/09/2025 Gethin's teacher found him still waiting at the school "
              "gate at 4.45pm; when the police went to the house Catrin was asleep on the sofa, Mali was in a "
              "soaking nappy in her cot and there were empty wine bottles on the kitchen floor. Gethin has been "
              "late to school 17 times this term and often comes without a packed lunch. Mali has missed two "
              "health visiting reviews and says only a handful of words."),
        ("p", "Catrin told the conference: “Dw i'n gwybod bod rhaid i fi stopio. I know I have to stop. I want "
              "the children to have the mam they had before Dad died.” Owain said he wants to do more and has "
              "agreed to keep every one of his weekends."),
        ("h1", "Beth sy'n bwysig i Gethin a Mali / What matters to Gethin and Mali"),
        ("p", "Gethin (seen on his own at school, in Welsh, 08/10/2025): “Pan mae Mam yn cysgu ar y soffa, dw i'n "
              "gwneud tost i Mali.” (When Mam sleeps on the sofa, I make toast for Mali.) “I like Mam-gu's "
              "because there is always tea and she plaits my hair for rugby. I don't want Mam to be sad.” He "
              "put home at 4 out of 10 and Mam-gu's at 9. He wants to keep living with his mam and wants his "
              "dad to watch his rugby on Saturdays."),
        ("p", "Mali is 2. At the home visit on 09/10/2025 she brought the social worker her shoes and said "
              "“allan” (out). When she tripped on the rug she went to Gethin for a cuddle, not to Catrin, and she "
              "ate two bowls of pasta very fast. At the Cylch she is happy, plays beside the other children and "
              "loves the water tray, but staff say she often arrives without breakfast."),
        ("h1", "Canlyniadau personol a'r cynllun / Personal outcomes and the plan"),
        ("p", "Each personal outcome is in the left-hand column, with the actions that will get there beside "
              "it."),
        ("table", {
            "header": ["Canlyniad personol / Personal outcome", "Beth fydd yn digwydd / What will happen",
                       "Pwy / Who", "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [5.0, 6.5, 4.2, 4.2, 5.8],
            "rows": [
                ["A. Gethin and Mali are looked after every day by an adult who is sober, and come home to a "
                 "warm house with food in it.",
                 "Visit Gethin and Mali at home, one visit in four unannounced, and see Gethin on his own in "
                 "Welsh",
                 "Sioned Pugh, social worker",
                 "Weekly from 15/10/2025 until the review conference",
                 "Visit records show both children seen every week, Gethin seen alone at least every other "
                 "visit, and what he says written down in his own words"],
                [V,
                 "Not drink at all while Gethin and Mali are in her care, and go to key-work and a breath test "
                 "at the Kerrynant Community Drug and Alcohol Team",
                 "Catrin Hopcyn (Mam)",
                 "Every Tuesday from 21/10/2025",
                 "CDAT attendance record shared with Sioned each week; every breath test reads zero"],
                [V,
                 "Key-work with Catrin, weekly breath tests and a monthly blood test, and a written report to "
                 "each core group on whether she is making the changes Gethin and Mali need and how long "
                 "further change is likely to take",
                 "Huw Elias, substance misuse worker, Kerrynant Community Drug and Alcohol Team",
                 "Weekly; report two working days before each core group",
                 "Report with the test results on the children's file before every core group"],
                [V,
                 "Six sessions with Catrin for her low mood since her father's death, and a written assessment "
                 "of whether she can make the changes the children need and over what timescale",
                 "Bethan Rowlands, mental health practitioner, Kerrynant Local Primary Mental Health Support "
                 "Service",
                 "Fortnightly from 28/10/2025; written assessment by the core group on 19/12/2025",
                 "Assessment on the children's file and shared with the core group on 19/12/2025"],
                [V,
                 "Review Catrin's antidepressant and her liver tests, and write to Sioned about her health and "
                 "any missed appointments",
                 "Dr Alun Griffiths, GP, Meddygfa'r Bont",
                 "By 07/11/2025, then before each core group",
                 "GP letter on file by 07/11/2025 and a short written update before every core group"],
                ["B. Gethin gets to school on time every day with his lunch, has adults he can talk to, and "
                 "has good time with his dad.",
                 "Check Gethin's attendance and punctuality each morning, make sure he has lunch, and give him "
                 "a weekly check-in with Mrs Lewis, his teaching assistant",
                 "Mrs Llinos Bowen, designated safeguarding person, Ysgol Gymraeg Bryn Celyn",
                 "Every school day from 15/10/2025",
                 "Attendance emailed to Sioned each Friday (95% or more); check-ins written up on the school's "
                 "safeguarding log"],
                [V,
                 "Take Gethin to school and Mali to the Cylch every weekday morning, and have both children to "
                 "stay every Thursday night",
                 "Eirlys Hopcyn (Mam-gu)",
                 "Monday to Friday mornings and every Thursday night from 16/10/2025",
                 "School and Cylch signing-in books show Eirlys dropping the children off; Eirlys texts Sioned "
                 "each Friday"],
                [V,
                 "Have Gethin and Mali every other weekend, take Gethin to rugby, and ring Sioned if he has any "
                 "worry about their care when he brings them home",
                 "Owain Prys (Dad)",
                 "Every other weekend, Friday 5pm to Sunday 5pm, from 17/10/2025",
                 "Owain fills in the weekend book that travels with the children; Sioned reads it at her next "
                 "visit"],
                [V,
                 "Four sessions of direct work with Gethin, in Welsh, about home, his worries and who he can "
                 "tell, using the Three Houses",
                 "Sioned Pugh, social worker",
                 "Four sessions by 05/12/2025",
                 "Gethin's Three Houses drawings and his words kept on file and taken to the review conference"],
                ["C. Mali's speech and play keep up with other children her age, and she goes to every Cylch "
                 "session fed and ready.",
                 "Complete Mali's 27-month review with a speech and language screen, then visit her at home",
                 "Gwen Thomas, health visitor (Flying Start)",
                 "Review by 14/11/2025; then a home visit every month",
                 "Review scores sent to Sioned within a week; a speech and language therapy referral made by "
                 "21/11/2025 if the screen shows a delay"],
                [V,
                 "Record Mali's attendance, whether she has had breakfast and anything she says or shows about "
                 "home, and ring Sioned the same day with any worry",
                 "Delyth Morris, leader, Cylch Meithrin Bryn Celyn",
                 "Every session (Monday to Thursday mornings)",
                 "Weekly attendance sheet to Sioned showing 90% or more; same-day calls logged"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Catrin drinks while she is caring for Gethin and Mali (a positive breath test, alcohol smelt "
              "at a visit, or Gethin, the school, the Cylch or Eirlys tells us), the children will go to "
              "Eirlys's house at 2 Maes yr Ysgol that day and Sioned will hold a strategy discussion with the "
              "police the same day. Catrin will not care for the children on her own until the strategy "
              "discussion has agreed a safe plan."),
        ("p", "If Eirlys cannot have the children or do the school run (she is ill, away, or it becomes too "
              "much for her), Owain will have them at his home in Cwmderwen and take them to school and the "
              "Cylch; if neither of them can, Sioned will place Gethin and Mali together with Kerrynant foster "
              "carers that day, with Welsh-speaking carers wherever possible."),
        ("p", "If Catrin has two positive breath or blood tests before the review conference, misses three "
              "CDAT appointments, or Huw's report says she is not making the changes the children need, Sioned "
              "will ask Geraint Vaughan for a legal planning meeting within five working days to decide "
              "whether to start pre-proceedings under the Public Law Outline."),
        ("h1", "Y grŵp craidd a'r adolygiad / Core group and review"),
        ("bullets", [
            "Core group: first meeting 24/10/2025 (within ten working days of the conference), then every four "
            "weeks on Fridays at 1.30pm at Canolfan Deulu Kerrynant: 21/11/2025 and 19/12/2025.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Kerrynant Civic Offices.",
            "Sioned will see Gethin on his own before each core group and bring his words, in Welsh and in "
            "English, to the meeting.",
        ]),
        ("p", "Copies to Catrin, Owain, Eirlys and everyone named in the plan. Y copi Cymraeg yw copi swyddogol "
              "y teulu / The Welsh copy is the family's official copy."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scotland: GIRFEC Child's Plan after an initial Child Protection Planning
#    Meeting, a 6-year-old and a 9-month-old; mother with postnatal
#    depression, father using cannabis. Landscape table with each SHANARRI
#    indicator and its outcome merged down over the actions; page header
#    and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_kilbrannock_girfec_childs_plan_shanarri_rows_macphail.pdf",
    "doc_title": "Child's Plan (Child Protection) - Lewis and Rowan MacPhail",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 6,
    "header": "OFFICIAL-SENSITIVE – Kilbrannock Council Social Work Services – Child's Plan",
    "footer": "Child's Plan – Lewis and Rowan MacPhail – initial CPPM 21/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "girfec-childs-plan-cp-pdf-landscape-header-footer-named-person-lead-professional-kv-why-worried-childrens-views-and-babys-world-then-shanarri-indicator-and-outcome-merged-down-what-who-when-how-we-will-know-contingency-ird-reporter-core-group-review-cppm",
    "description": (
        "Exemplary GIRFEC Child's Plan from an initial Child Protection Planning Meeting for a "
        "6-year-old and a 9-month-old whose mother has postnatal depression and whose father smokes "
        "cannabis daily; a Word plan printed to PDF with a page header and footer. Named Person for "
        "each child, the social worker as Lead Professional, names on the child protection register, "
        "Lewis's own words and Rowan's day as seen, then a landscape table whose SHANARRI indicator and "
        "outcome are merged down over the actions. The perinatal psychiatrist and nurse both assess "
        "change, the recovery service reports on change, the GP owns an action, the gran's part has a "
        "fallback; the contingency names an IRD, section 25 care and a Child Protection Order; legal "
        "advice and a referral to the Children's Reporter follow named triggers; core group and review "
        "CPPM dates are set."
    ),
    "blocks": [
        ("title", "Child's Plan (Child Protection)"),
        ("p", "Kilbrannock Council · Social Work Services · Children and Families (East) · prepared under "
              "Getting it right for every child"),
        ("kv", [
            ("Children", "Lewis MacPhail (6), DOB 11/05/2019, P2 at Glenburn Primary; Rowan MacPhail (9 months), "
                         "DOB 30/01/2025"),
            ("Address", "Flat 3/1, 40 Cairnhill Road, Kilbrannock"),
            ("Parents", "Kirsty MacPhail (26) and Craig MacPhail (29), living together"),
            ("Maternal gran", "Morag Sinclair (58), 12 Sycamore Place, Kilbrannock"),
            ("Named Person", "Lewis: Mrs Fiona Laird, head teacher, Glenburn Primary. Rowan: Jenna Reid, health "
                             "visitor"),
            ("Lead Professional", "Calum Ferguson, social worker (team leader: Alison Murray)"),
            ("Planning meeting", "Initial Child Protection Planning Meeting (CPPM), 21/10/2025. Chair: Derek "
                                 "Anderson, Child Protection Chair"),
            ("Register", "Both children's names were placed on the child protection register. Areas of "
                         "concern: neglect; parental drug misuse; parental mental ill health"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Rowan was born at 37 weeks and was on the 50th centile for weight at eight weeks. By September she "
              "had dropped below the 9th centile. Kirsty has postnatal depression and anxiety; she told the "
              "health visitor that some days she cannot face getting out of bed and leaves Rowan's feeds to "
              "Craig. Craig smokes cannabis every day, in the flat, and was seen by the police with a small "
              "amount of cocaine in August. On 02/10/2025 Lewis arrived at school at 10.40am, hungry and in "
              "yesterday's clothes, and told his teacher that Rowan had been crying all night and nobody got "
              "up."),
        ("p", "There are strengths. Both parents love their children and came to every part of the planning "
              "meeting. Kirsty has started seeing the perinatal team and Craig has booked himself in with the "
              "recovery service. Morag is close by and wants to help."),
        ("h1", "What Lewis has told us, and Rowan's world"),
        ("p", "Lewis (seen on his own at school, 14/10/2025): “Daddy's smoke makes the living room smelly and my "
              "throat sore. When Mummy is crying in bed I get Rowan her bottle from the fridge. I like it when "
              "Gran stays because she does pancakes.” He drew his family with Mummy in bed and himself holding "
              "Rowan. He said he wants “Daddy to stop the smelly smoke and Mummy to be happy”."),
        ("p", "Rowan is 9 months old. At the visit on 15/10/2025 she was in a bouncer facing the television, "
              "with a cold bottle of milk beside her. She was slow to smile and did not reach for Kirsty, but "
              "settled when Morag picked her up and sang to her. She can sit with support and babbles, and she "
              "fed hungrily from a warm bottle Morag made."),
        ("h1", "Our plan for Lewis and Rowan"),
        ("p", "Each wellbeing indicator and the outcome we want are in the first two columns, with the actions "
              "beside them. The Lead Professional co-ordinates the plan and reports to the review CPPM."),
        ("table", {
            "header": ["Wellbeing indicator", "Outcome we want", "What will happen", "Who", "When",
                       "How we will know"],
            "widths": [3.1, 4.3, 5.7, 4.0, 3.8, 4.8],
            "rows": [
                ["SAFE",
                 "Lewis and Rowan are never cared for by an adult who is under the influence of drugs, and "
                 "Rowan sleeps safely in her cot every night.",
                 "Visit Lewis and Rowan at home, at least one visit a month unannounced; see Lewis on his own "
                 "and see where Rowan sleeps",
                 "Calum Ferguson, social worker (Lead Professional)",
                 "Weekly from 22/10/2025 until the review CPPM",
                 "Visit records show both children seen every week, Lewis seen alone at least every other "
                 "week and Rowan's cot seen clear"],
                [V, V,
                 "Keep no cannabis or other drugs in the flat, use none while looking after Lewis and Rowan, "
                 "and go to the Kilbrannock Recovery Service every week",
                 "Craig MacPhail (Dad)",
                 "From 21/10/2025; key-work every Tuesday",
                 "No cannabis smelt or seen at any visit (noted on every visit record); Recovery Service "
                 "attendance record sent to Calum monthly"],
                [V, V,
                 "Key-work with Craig and a drug screen every two weeks, and a written report to each core "
                 "group on whether he has stopped using, what still has to change for the children and how "
                 "long that is likely to take",
                 "Andy Robertson, recovery worker, Kilbrannock Recovery Service (adult drug and alcohol "
                 "service)",
                 "Screens fortnightly from 28/10/2025; report two working days before each core group",
                 "Report and screen results on the children's file before every core group"],
                ["HEALTHY",
                 "Rowan gains weight steadily and gets back to her own centile, and both children are looked "
                 "after by parents well enough to notice when they are hungry, tired or unwell.",
                 "Weigh Rowan at home and check her feeding, development and sleep",
                 "Jenna Reid, health visitor (Rowan's Named Person)",
                 "Every two weeks until the review CPPM; 13–15 month review by 16/01/2026",
                 "Weight plotted in Rowan's red book, back on the 25th centile by the review CPPM; review "
                 "results sent to Calum"],
                [V, V,
                 "See Kirsty in clinic and give a written assessment of her mental health, whether she is able "
                 "to make the changes Rowan and Lewis need, and the likely timescale",
                 "Dr Eilidh Munro, consultant perinatal psychiatrist, Fionnglen Perinatal Mental Health Service",
                 "Clinic every four weeks; written assessment by the core group on 16/12/2025",
                 "Assessment letter on file and shared at the core group on 16/12/2025"],
                [V, V,
                 "Visit Kirsty at home, help her with her anxiety while she is caring for Rowan, and report to "
                 "each core group on whether she is making the changes Rowan needs and how quickly",
                 "Shona Ritchie, perinatal mental health nurse, Fionnglen Perinatal Mental Health Service",
                 "Weekly from 23/10/2025; report before each core group",
                 "Written report to each core group describing what Shona saw of Kirsty feeding and settling "
                 "Rowan"],
                [V, V,
                 "Review Kirsty's sertraline and tell Calum within two working days if she misses a medication "
                 "review",
                 "Dr Neil Cowan, GP, Glenburn Medical Practice",
                 "First review by 07/11/2025; then at every review",
                 "GP letter to Calum after each review"],
                ["ACHIEVING",
                 "Lewis gets to school on time every day, has had breakfast, and keeps up with his reading.",
                 "Check Lewis's attendance and punctuality each morning, give him a place at breakfast club, and "
                 "phone Calum the same day if he is absent, late or hungry",
                 "Mrs Fiona Laird, head teacher, Glenburn Primary (Lewis's Named Person)",
                 "Every school day from 22/10/2025",
                 "Weekly attendance email to Calum showing 95% or more; every same-day call logged"],
                ["NURTURED",
                 "Lewis and Rowan are cuddled, played with and comforted by parents who notice what they need, "
                 "and have a gran they can rely on.",
                 "Ten Bairns Together sessions with Kirsty, Craig and Rowan, with filmed play",
                 "Leanne Stewart, family support worker, Kilbrannock Family Centre",
                 "Ten Tuesdays between 04/11/2025 and 20/01/2026",
                 "Attendance register and Leanne's scored play films sent to Calum after sessions 5 and 10"],
                [V, V,
                 "Stay at the flat on Friday and Saturday nights to help with Rowan, and take Lewis to school on "
                 "Mondays and Wednesdays",
                 "Morag Sinclair (maternal gran)",
                 "Every Friday and Saturday night, and every Monday and Wednesday morning, from 24/10/2025",
                 "Morag fills in Rowan's night feed chart; Glenburn Primary's gate log shows her bringing Lewis"],
                ["RESPECTED and INCLUDED",
                 "Lewis's worries and wishes are heard, and he knows who to tell when he is worried at home.",
                 "Four sessions of direct work with Lewis using the My World Triangle and a worry box",
                 "Calum Ferguson, social worker (Lead Professional)",
                 "Four sessions by 12/12/2025",
                 "Lewis's drawings and words kept on file and brought to the review CPPM"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Craig is under the influence of drugs while caring for the children, drugs are found in the "
              "flat, Kirsty tells anyone she has thoughts of harming herself or Rowan, or Rowan loses weight at "
              "two weighs in a row: Calum will hold an Inter-agency Referral Discussion (IRD) with the police "
              "and health the same day; Craig will leave the flat and stay with his brother Jamie in Drumlochy; "
              "and Lewis and Rowan will stay with Morag at 12 Sycamore Place until the IRD has agreed what "
              "happens next."),
        ("p", "If Morag cannot help (she is unwell, away, or it becomes too much for her): Leanne Stewart will do "
              "the Monday and Wednesday school run that week, and if the children need somewhere to stay and "
              "Morag cannot have them, Calum will arrange emergency foster carers that day, under section 25 "
              "with Kirsty's and Craig's agreement, or will apply for a Child Protection Order the same day if "
              "they do not agree."),
        ("h1", "If the plan is not making enough difference"),
        ("p", "If by the review CPPM Craig's screens are still positive, Rowan has not regained her weight, or "
              "Dr Munro's assessment says Kirsty cannot make the changes in Rowan's timescale, Calum will seek "
              "legal advice from the council's solicitors within five working days and will refer both "
              "children to the Children's Reporter, so that a Children's Hearing can consider whether a "
              "Compulsory Supervision Order is needed."),
        ("h1", "Core group and review"),
        ("bullets", [
            "The core group (Kirsty, Craig, Morag, Calum, Jenna Reid, Mrs Laird, Shona Ritchie, Andy Robertson "
            "and Leanne Stewart) meets every four weeks, on Tuesdays at 2pm in Glenburn Family Centre: "
            "18/11/2025, 16/12/2025 and 13/01/2026.",
            "Review Child Protection Planning Meeting: Monday 19/01/2026, 10am, Kilbrannock Council Offices.",
            "Calum will see Lewis on his own before every core group and bring his views to the meeting.",
        ]),
        ("p", "Plan agreed at the initial CPPM on 21/10/2025 and sent to Kirsty, Craig, Morag and everyone "
              "named in it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland: Trust child protection plan from an initial Child
#    Protection Case Conference; father's drinking and violence to the
#    mother, two children, an Article 8 contact order, paternal aunt
#    supervising contact. Markdown with bold field lines and one action
#    table with an outcome number column. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_knockdarragh_cpcc_plan_unocini_fit_mcateer.md",
    "split": "tune",
    "actions": 11,
    "template": "ni-hsc-trust-initial-cpcc-plan-md-bold-field-lines-how-we-got-here-gateway-unocini-article-8-then-childrens-words-numbered-outcomes-then-action-table-who-when-how-we-will-know-outcome-number-contingency-legal-planning-core-group-review-cpcc",
    "description": (
        "Exemplary Northern Ireland plan from an initial Child Protection Case Conference, written by "
        "a Family Intervention Team social worker in a Health and Social Care Trust, for an 11-year-old "
        "and a 4-year-old whose father drinks and assaulted their mother. The Gateway team's UNOCINI "
        "assessment and an Article 8 contact order are described; the children's words, numbered "
        "outcomes, then a Markdown action table (who, when, how we will know, outcome number) with the "
        "designated teacher, the nursery, the Trust's community addiction team reporting on change, a "
        "perpetrator programme, the aunt supervising contact and the grandmother's after-school days. "
        "The contingency covers both relatives failing; a Trust legal planning meeting follows named "
        "triggers; core group and review CPCC dates are set."
    ),
    "text": """\
# Child Protection Plan — Initial Child Protection Case Conference

**Glenbrack Health and Social Care Trust · Children's Services · Family Intervention Team (Knockdarragh)**

**Children:** Ciara McAteer (11), DOB 08/02/2014, P7 at St Brigid's Primary School; Tiernan McAteer (4), DOB 17/07/2021, Ballyfane Road Nursery School
**Address:** 26 Millbrook Park, Knockdarragh
**Mother:** Shauna McAteer (34), lives with the children
**Father:** Declan McAteer (37), staying with his mother at 5 Orchard Terrace, Ballyfane, since 09/10/2025
**Paternal aunt:** Roisin McAteer, 14 Chapel Hill, Knockdarragh
**Maternal granny:** Bernie Coyle, 3 Lisburn Row, Knockdarragh (ten minutes' walk)
**Conference:** Initial Child Protection Case Conference, 29/10/2025. Chair: Patricia Hegarty, Principal Social Worker
**Decision:** Both children's names were placed on the child protection register under the category of emotional abuse
**Keyworker:** Aoife Donnelly, social worker, Family Intervention Team (senior practitioner: Martin Grogan)

## How we got here

On 08/10/2025 the police were called to Millbrook Park after Declan, who had been drinking all day, pushed Shauna against the hall radiator and broke the kitchen door. Ciara rang 999 from her bedroom with Tiernan beside her. The Trust's Gateway team and the police completed a joint protocol investigation, and the Gateway team's UNOCINI initial assessment found that this was the fourth incident this year, that Ciara had missed 18 days of school since September and that Tiernan had started wetting himself at nursery again.

Declan has had the children every other weekend under an Article 8 contact order made at Knockdarragh Family Proceedings Court in 2024. Since 09/10/2025 he has agreed to stay at his mother's house and to see the children only when his sister Roisin is supervising. The case transferred from Gateway to the Family Intervention Team on 20/10/2025.

## What Ciara and Tiernan have told us

**Ciara** (seen on her own at school, 22/10/2025): "I always know when Daddy's had a drink because he bangs the door. I take Tiernan into my room and put my headphones on him. I love Daddy but I don't want him to live here if he's drinking." She said the best part of her week is "going to Granny Bernie's on a Wednesday because it's quiet and we get chips". She scored home 3 out of 10.

**Tiernan** (seen at home, 23/10/2025) showed Aoife his fire engine, said "Daddy shouted at Mammy" and "Ciara minds me", and hid behind the sofa when a car door slammed outside. Nursery say he has been dry for the last week and likes the sand tray and the story corner.

## What needs to be different for Ciara and Tiernan

1. Ciara and Tiernan live in a home where nobody shouts, hits or threatens, and they never see their daddy drunk.
2. Ciara and Tiernan have safe, happy time with their daddy, and it stops straight away if he has been drinking.
3. Ciara goes to school every day and has a trusted adult there to talk to; Tiernan goes to every nursery session.
4. Ciara no longer feels she has to look after her mammy and Tiernan, and both children know who to tell if they are frightened.

## The plan

| No. | What will happen | Who | When | How we will know | Outcome |
|---|---|---|---|---|---|
| 1 | Visit Ciara and Tiernan at home, one visit in four unannounced, and see Ciara on her own | Aoife Donnelly, social worker (keyworker), Family Intervention Team | Weekly from 30/10/2025 until the review CPCC | Visit records show both children seen each week and Ciara seen alone at least every other visit, with her words written down | 1, 4 |
| 2 | Complete the UNOCINI pathway assessment begun by the Gateway team, including Declan's and Shauna's histories and the children's needs | Aoife Donnelly, social worker (keyworker) | By 10/12/2025 | Assessment shared with Shauna, Declan and the core group at the core group on 10/12/2025 | 1 |
| 3 | Stay at his mother's house in Ballyfane, not come to Millbrook Park, and see the children only at supervised contact | Declan McAteer (Daddy) | From 29/10/2025 until the review CPCC | Shauna, Ciara and Roisin tell Aoife at each visit whether Declan has come to the house; no police call-outs to Millbrook Park | 1, 2 |
| 4 | Supervise Declan's contact with Ciara and Tiernan in her home, and end it at once if he has been drinking | Roisin McAteer (paternal aunt) | Every Saturday, 11am to 3pm | Roisin fills in the contact record after every contact and Aoife reads it at her next visit | 2 |
| 5 | Assess Declan's drinking, breath test him at each key-work session and report to each core group on whether he is changing in ways Ciara and Tiernan would notice, and how long that is likely to take | Ciarán Doherty, addiction worker, Glenbrack Trust Community Addiction Team | Assessment by 14/11/2025; key-work every two weeks; report two working days before each core group | Written report with the breath test results on file before every core group | 1, 2 |
| 6 | Attend the Stepping Up programme for men who have been abusive to a partner | Declan McAteer (Daddy) | 20 weekly sessions from 13/01/2026 | Attendance report from the programme to Aoife every four weeks | 1 |
| 7 | Safety planning with Shauna for herself and the children, and a DASH risk assessment after any incident | Gráinne Kelly, support worker, Knockdarragh Women's Support | Every two weeks from 04/11/2025 | Updated safety plan and DASH score copied to Aoife after each meeting | 1 |
| 8 | Check Ciara's attendance every morning and give her a weekly check-in with her class teacher, Mr Devlin | Mrs Una Quinn, designated teacher for child protection, St Brigid's Primary School | Every school day; check-in every Friday | Weekly attendance email to Aoife showing 95% or more; check-ins recorded in the school's child protection file | 3, 4 |
| 9 | Record Tiernan's attendance, how he presents and anything he says about home, and phone Aoife the same day about any worry | Joanne Tierney, key worker, Ballyfane Road Nursery School | Every nursery session (Monday to Friday mornings) | Weekly attendance sheet to Aoife showing 90% or more; same-day calls logged | 3 |
| 10 | Have Ciara and Tiernan after school on Tuesdays and Thursdays and overnight on Wednesdays | Bernie Coyle (maternal granny) | Every Tuesday, Wednesday and Thursday from 04/11/2025 | School and nursery collection logs show Bernie on those days; Bernie texts Aoife each Thursday evening | 3, 4 |
| 11 | Six sessions of direct work with Ciara about home, her worries and who she can tell, using the Three Houses | Niamh Breen, family support worker, Family Intervention Team | Weekly from 05/11/2025, all six by 17/12/2025 | Ciara's Three Houses drawings and her own words kept on file and brought to the review CPCC | 4 |

## Contingency plan

- **If Declan comes to Millbrook Park, contacts Shauna or the children outside the agreed contact, or arrives at contact having been drinking:** Roisin ends the contact and phones Aoife (or the Trust's out-of-hours social work service), Shauna rings 999 if he is at the house, and Aoife holds a strategy discussion with the police the same working day. Contact is then suspended until the core group has met.
- **If Roisin cannot supervise** (she is ill, away or does not feel able to), that Saturday's contact does not go ahead, and Aoife will arrange supervised contact at the Trust's Knockdarragh Family Centre within seven days.
- **If Bernie cannot have the children,** Niamh Breen will collect them from school and nursery that day and bring them home to Shauna; if Shauna cannot keep them safe, Aoife will place Ciara and Tiernan together with Trust foster carers the same day.

## If the plan does not make enough difference

If Declan breaks the agreement twice, there is another incident of violence, or the Community Addiction Team reports by the review CPCC that he is not making the changes the children need, Aoife will ask Martin Grogan for a Trust legal planning meeting within five working days. The meeting will take legal advice on whether the Trust should apply to court, including supporting Shauna to apply to vary the Article 8 contact order.

## Core group and review

- Core group within ten working days of the conference, on Wednesday 12/11/2025, then every four weeks on Wednesdays at 3pm, Knockdarragh Health and Care Centre: 10/12/2025 and 07/01/2026.
- Review Child Protection Case Conference: Wednesday 28/01/2026, 10am, Knockdarragh Health and Care Centre.
- Aoife will see Ciara on her own before each core group and bring her words and her score to the meeting.

*Plan agreed at the initial CPCC on 29/10/2025. Copies to Shauna, Declan, Roisin, Bernie and every professional named above.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. England, Signs of Safety authority: the "safety plan" agreed at an
#    initial conference and refined at a family network meeting; father's
#    drinking and violence to the mother, mother's anxiety, nan supervising
#    contact, aunt collecting from school. Markdown with network table,
#    danger statement, safety goals, scaling, Three Houses, next steps table.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_kempsworth_sos_safety_plan_network_farrow.md",
    "split": "tune",
    "actions": 11,
    "template": "signs-of-safety-authority-safety-plan-md-network-table-words-we-use-danger-statement-safety-goals-working-well-scaling-three-houses-then-next-steps-table-what-who-by-when-how-well-know-then-if-the-plan-isnt-working-meetings",
    "description": (
        "A Signs of Safety authority's 'safety plan' (the whole child protection plan) for an "
        "8-year-old and a 2-year-old, agreed at the initial conference and refined at a family network "
        "meeting: the father drank and was violent to the mother, who has anxiety; the paternal nan "
        "supervises his time with the children and the maternal aunt collects from school. A network "
        "table, a danger statement, safety goals, scaling, the older child's Three Houses and a next "
        "steps table whose visits, relatives' parts, recovery service report, perpetrator programme "
        "and second network meeting are sound. Faults: the safety rules owned by 'Everyone in the "
        "safety network', talking therapy that only treats the mother, the school's daily check "
        "measured by 'Monitored', the health visitor's bedtime help 'Ongoing', a safety goal about the "
        "mother only, and a contingency that only says the network will talk it through, with nothing "
        "if the nan or the aunt cannot do their part."
    ),
    "text": """\
# Kempsworth Safety Plan — Ellis and Bo Farrow

**Kempsworth City Council · Children's Social Care · Signs of Safety practice framework**

Agreed at the initial child protection conference on **03/11/2025** (chair: Nadine Coulson) and worked through with the family at the **family network meeting on 11/11/2025**. Category: emotional abuse. Social worker: **Jo Hallas** (team manager: Sam Okafor).

## Who is in Ellis and Bo's family and safety network

| Name | Who they are | Their part in the safety plan |
|---|---|---|
| Ellis Farrow (8) | Year 4, Kempsworth Road Primary | Knows the safety rules and who to ring |
| Bo Farrow (2) | At home with Mum | — |
| Leanne Farrow (30) | Mum | Lives with Ellis and Bo at 19 Pavilion Street |
| Ryan Farrow (33) | Dad | Living at his mum's since 13/10/2025 |
| Sandra Farrow | Nan (Ryan's mum), 8 Mill Lane | Supervises Ryan's time with the children |
| Gemma Lowe | Auntie (Leanne's sister), 41 Cobden Road | Collects Ellis from school twice a week |
| Mark Lowe | Uncle (Gemma's husband) | Came to the network meeting; drives Gemma when needed |

## Words we use — danger statement

Jo, the social worker, and the people at the conference are worried that Ryan could hurt Leanne again when he has been drinking, like on 12/10/2025 when he pushed her into the kitchen door while Bo was in her highchair and Ellis was watching. We are worried that Ellis and Bo could be hurt in the middle of a fight, or be so frightened that it affects how they sleep, learn and play, like Ellis did when he hid under his bed and rang Nan.

## Safety goals

- Ellis and Bo live somewhere calm where nobody hurts anyone, and they never see their dad drunk or angry.
- Ellis can tell Nan, Auntie Gemma or his teacher when he is frightened, and knows they will do something about it.
- Bo settles at bedtime and sleeps in her own bed through the night.
- Leanne feels more confident and less anxious day to day.

## What's working well

- Ryan moved out to his mum's the day after the incident and has stuck to it.
- Sandra has been at every Saturday visit and Ryan has been sober each time.
- Ellis rang Nan on 12/10/2025, so he already knows how to get help.
- Leanne has been to her GP about her anxiety and has been referred to Kempsworth Talking Therapies.

## Scaling

On a scale where 10 means everyone knows the children are safe enough for the plan to end and 0 means they are sure to be hurt: Jo 4, Leanne 6, Sandra 5, Gemma 5, Ryan 7. Ellis put himself at 5 "because Dad's at Nan's but I still think about the door".

## Ellis's Three Houses and Bo's day

**Ellis** (with Jo, at school, 07/11/2025)

- *House of worries:* "Dad shouting and Mum crying. When the door got broken. Dad coming back when he's had beer."
- *House of good things:* "Nan's Saturday pancakes. Auntie Gemma's dog Biscuit. Football on Fridays."
- *House of dreams:* "Dad stops drinking beer and we all go to the seaside and nobody shouts."

**Bo** is 2. At home she follows Leanne from room to room and cries if she loses sight of her. She calls "Dada" at the window when a car pulls up. She takes about an hour to settle at night and ends up in Leanne's bed most nights. At Nan's on Saturdays she plays happily with the toy kitchen and chatters to Sandra.

## Next steps

Agreed at the family network meeting on 11/11/2025.

| # | What will happen | Who | By when | How we'll know |
|---|---|---|---|---|
| 1 | Visit Ellis and Bo at home, see Ellis on his own and make a words-and-pictures story of the safety plan with him | Jo Hallas, social worker | Weekly from 04/11/2025; story finished by 28/11/2025 | Visit records show both children seen each week; Ellis's words-and-pictures book shared with the network |
| 2 | Supervise all of Ryan's time with Ellis and Bo at her house, and end it straight away if he smells of drink | Sandra Farrow (Nan) | Every Saturday, 10am to 1pm | Sandra signs the contact book after each visit and Jo reads it at her next visit |
| 3 | Collect Ellis from school on Tuesdays and Thursdays and give him his tea | Gemma Lowe (Auntie) | Every Tuesday and Thursday from 04/11/2025 | The school's collection log shows Gemma collecting Ellis |
| 4 | Keep the safety rules on the fridge and go through them with Ellis every week | Everyone in the safety network | Every week | Ellis can tell Jo the rules at her visits |
| 5 | Not drink at all before or during his time with Ellis and Bo, and go to the Kempsworth Recovery Hub every fortnight | Ryan Farrow (Dad) | Every Saturday; Hub appointments fortnightly from 06/11/2025 | Sandra records in the contact book that Ryan was sober; Hub attendance letter to Jo each month |
| 6 | Assess Ryan's drinking, breath test him at every session and report to each core group on whether he is changing and how long that is likely to take | Dean Kirby, recovery worker, Kempsworth Recovery Hub | Fortnightly; report two working days before each core group | Written report with the breath test results on file before each core group |
| 7 | Complete the Safe Dads programme for fathers who have been violent at home | Ryan Farrow (Dad) | 17 weekly sessions from 13/01/2026 | Programme attendance report to Jo every four weeks and an end-of-programme report |
| 8 | Weekly CBT sessions to help Leanne manage her anxiety and panic attacks | Priya Dhillon, therapist, Kempsworth Talking Therapies | Weekly for 12 weeks from 12/11/2025 | Attendance letter to Jo every four weeks |
| 9 | Check Ellis's attendance and how he is in class each day | Mrs Ruth Fenwick, DSL, Kempsworth Road Primary | Every school day | Monitored |
| 10 | Help Leanne with Bo's bedtime routine and sleep | Kelly Dunn, health visitor | Ongoing | Bo's sleep diary shows her asleep in her own bed by 7.30pm on five nights out of seven |
| 11 | Hold a second family network meeting to add at least two more people to the safety network, and write up the updated safety plan | Jo Hallas, social worker | By 09/01/2026 | Updated safety plan signed by every network member and sent to the core group |

## If the safety plan isn't working

If the safety plan isn't being followed, or anyone in the network starts to feel more worried, Jo will bring the safety network together to talk it through and decide what needs to change.

## Meetings

- Core group every four weeks, Mondays at 3.30pm, Kempsworth Family Hub: 17/11/2025, 15/12/2025 and 12/01/2026.
- Review child protection conference: Monday 02/02/2026, 10am, Kempsworth Council House.
- If by the review conference Ryan has not started the Safe Dads programme, or Jo's scaling has not moved above 4, Jo will ask Sam Okafor for a legal planning meeting.
""",
    "findings": [
        F("F002", "Leanne feels more confident and less anxious day to day."),
        F("W002", "Keep the safety rules on the fridge and go through"),
        F("H001", "Weekly CBT sessions to help Leanne manage her anxiety"),
        F("M002", "Check Ellis's attendance and how he is in class"),
        F("T002", "Help Leanne with Bo's bedtime routine and sleep"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. England: Public Law Outline letter before proceedings after a
#    Strengthening Families review conference; mother's alcohol dependence,
#    home conditions, a toddler's teeth and speech. Letter to both parents
#    with the plan as a schedule table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_kingsdean_plo_letter_before_proceedings_schedule_kavanagh.docx",
    "doc_title": "Letter before proceedings - Summer and Reuben Kavanagh",
    "split": "tune",
    "actions": 12,
    "template": "plo-letter-before-proceedings-docx-council-address-block-bold-headings-take-to-solicitor-why-writing-strengthening-families-review-worries-childrens-words-what-must-change-then-schedule-table-what-who-by-when-how-we-will-know-if-things-go-wrong-what-happens-next-meetings",
    "description": (
        "Exemplary letter before proceedings under the Public Law Outline, sent to both parents after "
        "a Strengthening Families review conference and a legal planning meeting, for a 7-year-old and "
        "a 3-year-old; the mother is alcohol dependent, the home is in poor condition and the toddler's "
        "teeth and speech have been neglected. The letter explains why, what the children said and what "
        "must change, and sets out the plan as a schedule ('You, Ellie', 'You, Jordan', the alcohol "
        "team reporting on change, an independent parenting assessment, the GP, health visitor and "
        "school, the paternal grandmother). The contingency covers the grandmother being unable to help; "
        "a legal planning meeting on issuing care proceedings follows named shortfalls; the "
        "pre-proceedings meetings, core group and review conference are dated."
    ),
    "blocks": [
        ("pr", "Kingsdean Borough Council"),
        ("pr", "Children's Services – Safeguarding and Family Support"),
        ("pr", "Civic Centre, Market Square, Kingsdean"),
        ("pr", "Tel: 01999 400 712"),
        ("p", ""),
        ("pl", "Ms Ellie Kavanagh"),
        ("pl", "22 Sorrel Walk"),
        ("pl", "Kingsdean"),
        ("p", ""),
        ("pl", "Mr Jordan Pike"),
        ("pl", "Flat 4, 9 Canal Street"),
        ("pl", "Kingsdean"),
        ("p", ""),
        ("pr", "20 November 2025"),
        ("p", "Dear Ellie and Jordan,"),
        ("boldp", "LETTER BEFORE PROCEEDINGS – Summer Kavanagh (7) and Reuben Kavanagh (3)"),
        ("p", "This is an important letter. Please take it to a solicitor straight away. Because you have "
              "received this letter, you can get free legal advice: legal aid does not depend on your income "
              "for this stage. A list of local solicitors who do this work is enclosed."),
        ("boldp", "Why I am writing to you"),
        ("p", "At the Strengthening Families review conference on 11 November 2025 it was agreed that Summer and "
              "Reuben should stay on child protection plans, because things at home have not changed enough "
              "since the first conference in July. On 14 November 2025 the local authority held a legal "
              "planning meeting. It decided that we should start the pre-proceedings part of the Public Law "
              "Outline. This means we are worried enough that, unless things change, we may ask the court to "
              "make decisions about the children. We do not want to do that, and this letter sets out what "
              "needs to happen so that we do not have to."),
        ("boldp", "What we are worried about"),
        ("p", "Ellie, you have told us that you drink wine most days and that you often start before the "
              "children are home from school. Twice since the summer Summer has let herself in and found you "
              "asleep. The house has been very dirty at most visits, with dirty nappies and bottles on the floor "
              "and little food in the cupboards. Summer has been late for school 21 times this term. Reuben has "
              "four decayed front teeth, missed two dental appointments and is using only a few words."),
        ("p", "We also know there are good things. You both love Summer and Reuben and they love you. Jordan, "
              "you have had the children every Saturday since August and they come back happy. Pauline has "
              "helped every week. Ellie, you went to the alcohol team's first appointment on your own."),
        ("boldp", "What Summer and Reuben have told us"),
        ("p", "Summer told me at school on 5 November: “Mummy's wine makes her sleepy and cross. I do Reuben's "
              "breakfast and put the telly on for him. I like Saturdays with Daddy and Nana Pauline because "
              "we go to the park and have proper dinner.” She said her wish is “for Mummy to stop the wine "
              "and for my room to be nice”."),
        ("p", "Reuben is 3. When I visited on 12 November he pointed at the fridge and said “more” and ate a "
              "banana very quickly. He went to Summer, not to his mum, when he wanted his coat on. At Nana "
              "Pauline's he plays with the cars and says “Nana” and “car”."),
        ("boldp", "What needs to change for Summer and Reuben"),
        ("bullets", [
            "Summer and Reuben are looked after every day by a parent who is sober.",
            "They live in a clean, warm and safe home, with food in the cupboards and a clean bed each.",
            "Summer gets to school on time every day and no longer has to look after her brother.",
            "Reuben's teeth are treated, he gets help with his speech, and he is seen by the health visitor "
            "and the dentist when he should be.",
        ]),
        ("boldp", "The plan: what you need to do, and what we will do to help"),
        ("p", "This schedule is the children's child protection plan as agreed at the review conference, with "
              "the timescales we have set for the pre-proceedings period."),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know"],
            "widths": [6.0, 3.3, 3.3, 4.4],
            "rows": [
                ["Stop drinking while Summer and Reuben are in your care, and take a breath test at every "
                 "alcohol team appointment",
                 "You, Ellie",
                 "From 20/11/2025; a test at every weekly appointment",
                 "Every breath test reads zero; results sent to Chloe each week"],
                ["Weekly key-work with Ellie, a detox assessment, and a written report on whether Ellie is "
                 "making the changes Summer and Reuben need and how long that is likely to take",
                 "Mark Osei, alcohol worker, Kingsdean Community Alcohol Team",
                 "Detox assessment by 12/12/2025; report two working days before each core group and before "
                 "the review meeting",
                 "Written report with the test results on the children's file each time"],
                ["Parenting assessment of Ellie and of Jordan",
                 "Sue Lambert, independent social worker",
                 "Report by 06/02/2026",
                 "Written report shared with you, your solicitors and the core group by 06/02/2026"],
                ["Visit Summer and Reuben at home, one visit in three unannounced, and see Summer on her own",
                 "Chloe Mensah, social worker",
                 "Weekly until the pre-proceedings review meeting",
                 "Visit records show both children seen every week and Summer seen alone every other week"],
                ["Get the house clean and safe: kitchen and bathroom clean, no empty bottles, food in the "
                 "cupboards and a made-up bed for each child",
                 "You, Ellie, with Dawn Riley (family support worker) helping twice a week",
                 "From 24/11/2025; checked at every social work visit",
                 "The home conditions checklist scores every room ‘good enough’ at four visits in a row"],
                ["Take Reuben to the dentist, and to every speech and language therapy session",
                 "You, Ellie",
                 "Dentist by 12/12/2025; therapy every Thursday from 08/01/2026",
                 "Dentist's and therapist's attendance letters sent to Chloe"],
                ["Complete Reuben's three-year review, check his speech and teeth, and see the home",
                 "Jess Carter, health visitor",
                 "Review by 19/12/2025; then a home visit every month",
                 "Review scores and visit notes sent to Chloe after each contact"],
                ["Check Summer's attendance and punctuality every day and tell Chloe the same day if she is "
                 "late or absent",
                 "Mr Dean Ibbotson, designated safeguarding lead, Kingsdean Park Primary",
                 "Every school day",
                 "Weekly attendance sheet to Chloe showing 95% or more and no more than one late mark"],
                ["Have Summer and Reuben every Saturday, and do not hand them back if Ellie has been drinking: "
                 "ring Chloe or the out-of-hours team instead",
                 "You, Jordan",
                 "Every Saturday, 10am to 5pm",
                 "Jordan texts Chloe each Saturday evening; any hand-back he stops is logged on the file"],
                ["Collect Summer and Reuben after school and nursery on Wednesdays and have them overnight on "
                 "Fridays",
                 "Pauline Pike (paternal grandmother)",
                 "Every Wednesday, 3.15pm to 7pm, and every Friday night",
                 "The school's collection log shows Pauline on Wednesdays; Pauline texts Chloe each Saturday "
                 "morning"],
                ["Hold a family network meeting with you both, Pauline and anyone else you want there, to "
                 "agree who else can help",
                 "Chloe Mensah, social worker",
                 "By 12/12/2025",
                 "A written family network plan sent to everyone who came and to the core group"],
                ["Check Ellie's liver function and her health, and write to Chloe about anything that affects "
                 "her care of the children",
                 "Dr Sanjay Mehra, GP, Kingsdean Health Centre",
                 "By 12/12/2025",
                 "GP letter on the children's file"],
            ],
        }),
        ("boldp", "If things go wrong before then"),
        ("p", "If you drink while you are looking after the children (a positive breath test, alcohol smelt at "
              "a visit, or Summer or the school tells us), Summer and Reuben will go to Pauline's house that "
              "day and I will hold a strategy discussion with the police the same day."),
        ("p", "If Pauline cannot have the children or do her Wednesdays and Fridays (she is ill or away), "
              "Jordan will be asked to care for them at his flat and take Summer to school; if neither of them "
              "can, the children will be placed together with foster carers the same day."),
        ("boldp", "What happens next"),
        ("bullets", [
            "Pre-proceedings meeting: Tuesday 2 December 2025, 10am, Kingsdean Civic Centre. You can bring your "
            "solicitor. We will go through this letter and agree the plan with you.",
            "Core group: every four weeks, Tuesdays at 2pm, Sorrel Walk Family Hub: 9 December 2025, 6 January "
            "2026 and 3 February 2026.",
            "Pre-proceedings review meeting: Tuesday 17 February 2026, 10am, Kingsdean Civic Centre.",
            "Review child protection conference (Strengthening Families): Tuesday 12 May 2026, 10am.",
        ]),
        ("p", "If by the pre-proceedings review meeting the changes in this letter have not been made (breath "
              "tests not all zero, Summer's attendance under 95%, the home not ‘good enough’ at four visits in a "
              "row), we will hold a legal planning meeting within five working days to decide whether to apply "
              "to the court for care proceedings. If the children are at immediate risk at any time, we may go "
              "to court without waiting."),
        ("p", "I know this letter is hard to read. Please ring me if anything in it is unclear. I would rather "
              "we did this together."),
        ("p", "Yours sincerely,"),
        ("pl", "Chloe Mensah, Social Worker"),
        ("pl", "Helen Adeyemi, Team Manager, Safeguarding and Family Support"),
        ("p", "Copies: Pauline Pike; Mark Osei; Sue Lambert; Jess Carter; Mr Dean Ibbotson; Dr Sanjay Mehra; "
              "the children's file."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Scotland: a 15-year-old's Child's Plan from a review Child Protection
#    Planning Meeting, written to her as "you"; sexual exploitation and
#    going missing. Plain text with numbered sections and Who / When / How
#    we'll know lines under each numbered item. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_kilmardie_teen_childs_plan_review_cppm_buchanan.txt",
    "split": "tune",
    "actions": 10,
    "template": "scottish-teenager-childs-plan-review-cppm-txt-written-to-young-person-as-you-caps-numbered-sections-named-person-lead-professional-then-numbered-items-who-when-how-well-know-lines-if-things-go-wrong-ird-reporter-meetings",
    "description": (
        "Exemplary Child's Plan for a 15-year-old at risk of sexual exploitation who has gone missing, "
        "agreed at a review Child Protection Planning Meeting and written to her as 'you' in plain "
        "text. Her own words, what has changed, SHANARRI outcomes, then numbered items each with Who, "
        "When and How we'll know lines: her own curfew, her mum's missing-person calls, the Lead "
        "Professional's visits, return discussions within 72 hours, police disruption, the Named "
        "Person's period-by-period attendance, the school nurse, counselling with a score the "
        "counsellor records, her aunt's Friday nights and a parents' group for her mum. The "
        "contingency names an IRD, her aunt and a fallback; legal advice and a referral to the "
        "Children's Reporter follow named triggers; core group and next review CPPM dates are set."
    ),
    "text": """\
KILMARDIE COUNCIL  |  SOCIAL WORK SERVICES  |  CHILDREN AND FAMILIES (WEST)
CHILD'S PLAN (CHILD PROTECTION) - AILSA BUCHANAN
Agreed at the review Child Protection Planning Meeting on 11/11/2025
==============================================================================

This plan was written for you, Ailsa, and with you. Euan went through every
part of it with you on 06/11/2025 and changed the wording where you asked.
Where the plan says "you", it means Ailsa.

Name ..................... Ailsa Buchanan, DOB 03/04/2010 (15)
Address .................. 18 Kirkgate Court, Kilmardie
School ................... Kilmardie Academy, S4
Mum ...................... Lorna Buchanan (43)
Dad ...................... Neil Buchanan, lives in Inverness; phones on Sundays
Auntie ................... Shona Grieve (Mum's sister), 4 Birch Crescent,
                           Kilmardie
Named Person ............. Ms Gillian Rae, principal teacher (guidance),
                           Kilmardie Academy
Lead Professional ........ Euan Gallacher, social worker (team leader:
                           Fiona Baxter)
Register ................. your name has been on the child protection
                           register since the initial CPPM on 19/08/2025
                           (concern: child sexual exploitation)
Chair .................... Moira Dunlop, Child Protection Chair

------------------------------------------------------------------------------
1. WHY THERE IS A PLAN
------------------------------------------------------------------------------
In the summer you went missing eleven times, twice for a whole night. On
02/08/2025 the police found you in a flat on Harbour Street with two men in
their twenties who had given you vodka and a vape, and had been sending you
money on your phone. You told us later that one of them, who calls himself
"Deano", asked you to bring your friends to the flat.

------------------------------------------------------------------------------
2. WHAT HAS CHANGED SINCE THE FIRST CPPM
------------------------------------------------------------------------------
You have been missing three times since August, all for less than four hours,
and you came home by yourself each time. You blocked Deano's number in front
of Euan on 30/09/2025. Your attendance has gone up from 61% to 84%. You have
started going to your auntie Shona's on Fridays and you have joined the
Wednesday art club. Your mum has started ringing the police when you are not
home on time, which she was not doing in the summer.

------------------------------------------------------------------------------
3. WHAT YOU HAVE TOLD US (in your own words, 06/11/2025)
------------------------------------------------------------------------------
"At first I thought they were my pals. They gave me stuff and it felt like
someone cared. Now I know it wasn't like that. I still get bored at night
and that's when I want to go out. I don't want the polis coming to school
for me. Shona's is the best bit of the week because she doesn't go on at me.
I want to do art at college."

You gave yourself 6 out of 10 for feeling safe (0 means not safe at all,
10 means totally safe). In August you said 2.

------------------------------------------------------------------------------
4. WHAT WE WANT FOR YOU
------------------------------------------------------------------------------
SAFE ......... You are not with adults who harm or use you, and you are home
               at night, or somewhere safe that your mum knows about.
HEALTHY ...... You know about healthy relationships and consent, and you can
               get help for your low mood and your sleep.
ACHIEVING .... You are in school every day and you pass your National 5 art.
NURTURED ..... You have adults in your family you can turn to, day or night.
INCLUDED ..... You have things to do in the evenings with people your own
               age.

------------------------------------------------------------------------------
5. WHO WILL DO WHAT
------------------------------------------------------------------------------
5.1  You will be home by 9.30pm from Sunday to Thursday and by 10.30pm on
     Friday and Saturday (or at Shona's), and text your mum at 8pm to say
     where you are.
     Who ............ you (Ailsa)
     When ........... every night
     How we'll know . Mum writes the time you come in on the kitchen
                      calendar, and Euan goes through it with you at his
                      weekly visit.

5.2  Mum will phone the police to report you missing if you are not home
     within 30 minutes of your time and are not answering your phone, and
     will text Euan.
     Who ............ Lorna Buchanan (Mum)
     When ........... every night you are not in within 30 minutes of your
                      time
     How we'll know . each call written on the calendar; the police missing
                      person reference passed to Euan the next working day.

5.3  Euan will see you on your own every week, with one evening visit a
     month, and ask you for your safety score.
     Who ............ Euan Gallacher (Lead Professional)
     When ........... weekly until the next review CPPM
     How we'll know . Euan's visit records show you seen alone each week,
                      with your score and your own words written down.

5.4  After every time you come back from being missing, a youth worker you
     know will talk with you about where you were, who with and what would
     help.
     Who ............ Nadia Hussain, youth worker, Kilmardie Youth Team
     When ........... within 72 hours of every return
     How we'll know . the return discussion record is sent to Euan and the
                      police within 72 hours of each return.

5.5  The police will visit the Harbour Street flat, check the two men named
     at the IRD in August, and take action against any adult found with you
     or other young people.
     Who ............ DC Fraser Whyte, Kilmardie public protection unit
     When ........... by 28/11/2025, then an update before each core group
     How we'll know . a written police update to each core group saying what
                      checks and visits were done and what action was taken.

5.6  Your Named Person will check your attendance period by period and meet
     you every Monday, and will ring your mum the same day if you miss a
     period.
     Who ............ Ms Gillian Rae, Named Person
     When ........... every school day; meeting every Monday at 8.45am
     How we'll know . attendance by period emailed to Euan each Friday (90%
                      or more); Monday meetings logged in your pastoral notes.

5.7  The school nurse will have three sessions with you about healthy
     relationships, consent and sexual health, then a check-in once a month.
     Who ............ Catriona Boyd, school nurse
     When ........... three sessions by 19/12/2025, then monthly
     How we'll know . session notes sent to Euan after each session.

5.8  You will have counselling at school for your low mood and your sleep,
     and for what happened in the summer.
     Who ............ Heather Lang, counsellor, Kilmardie Young People's
                      Counselling Service
     When ........... every Wednesday at school for 12 weeks from 19/11/2025
     How we'll know . attendance sent to Euan each month; Heather writes down
                      your mood score at each session and shares it with Euan
                      when you agree.

5.9  Shona will have you to stay every Friday night, and will come and get
     you any other night you phone her.
     Who ............ Shona Grieve (your auntie)
     When ........... every Friday night; within 30 minutes of any call
     How we'll know . Shona texts Euan every Saturday morning; any late-night
                      pick-up is written on Mum's calendar.

5.10 Mum will go to the Parents Together group for parents of young people
     at risk of exploitation.
     Who ............ Lorna Buchanan (Mum)
     When ........... six Thursday evenings from 20/11/2025
     How we'll know . the group's attendance register is sent to Euan after
                      week 3 and week 6.

------------------------------------------------------------------------------
6. IF THINGS GO WRONG
------------------------------------------------------------------------------
If you are missing overnight, are found with Deano or the other man from
Harbour Street, or come home having been given drink or drugs by an adult,
Euan will hold an Inter-agency Referral Discussion (IRD) with the police and
health the same day (at night or at the weekend the out-of-hours social work
team will do this), and you will stay with Shona at 4 Birch Crescent until
the IRD has agreed what happens next.

If Shona cannot have you (she is away, ill or cannot manage), Euan will
arrange for you to stay with emergency carers that day with your and Mum's
agreement under section 25, or will ask for a Child Protection Order if that
is needed to keep you safe.

------------------------------------------------------------------------------
7. MEETINGS
------------------------------------------------------------------------------
Core group ......... every four weeks, Tuesdays at 4pm, Kilmardie Academy:
                     25/11/2025, 23/12/2025 and 20/01/2026. You can come to
                     all of it or part of it.
Review CPPM ........ Tuesday 10/02/2026, 10am, Kilmardie Council Offices.
Your views ......... Euan will see you before each core group and take your
                     words and your score to the meeting, even if you do not
                     want to come.

------------------------------------------------------------------------------
8. IF THE PLAN ISN'T KEEPING YOU SAFE
------------------------------------------------------------------------------
If you go missing three or more times before the next review CPPM, or you
are found with Deano or the other man again, Euan will take legal advice and
refer you to the Children's Reporter, who will decide whether a Children's
Hearing should consider a Compulsory Supervision Order. Euan will talk this
through with you and your mum before he does it.
==============================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Wales: minutes of the second core group under the Wales Safeguarding
#    Procedures; sole father with depression and daily cannabis use, home
#    conditions, a 12-year-old young carer and a 5-year-old; taid doing the
#    school run. Bilingual headings, action log table with a status column
#    (one closed row kept). Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_kelynog_core_group_minutes_action_log_jenkins.pdf",
    "doc_title": "Cofnodion y Grŵp Craidd / Core Group Minutes - Cerys a Tomos Jenkins - 18/11/2025",
    "split": "tune",
    "actions": 12,
    "header": "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE · Cyngor Sir Kelynog / Kelynog County Council",
    "footer": "Core group 2 – Cerys and Tomos Jenkins – 18/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "welsh-core-group-minutes-pdf-bilingual-welsh-then-english-headings-header-footer-kv-register-language-choice-what-has-changed-agency-updates-childrens-voice-personal-outcomes-then-action-log-no-lead-by-when-evidence-status-cf-new-closed-contingency-next-meetings",
    "description": (
        "Minutes of the second core group under the Wales Safeguarding Procedures for a 12-year-old "
        "young carer and a 5-year-old whose father, their sole carer, has depression and smokes "
        "cannabis daily; the grandfather does the school run. Bilingual Welsh-then-English headings, "
        "a Word document printed to PDF with a page header and footer. The action log is mostly sound "
        "(weekly visits, the father's key-work, the drug and alcohol service reporting on change, the "
        "GP's letter carried forward, the young carers referral, the grandfather's part, room-by-room "
        "home conditions work) and keeps one closed row (not counted). Faults: the CPN only supports "
        "the father; the primary school's check is measured by 'Improvement'; the youth worker's "
        "sessions are 'Ongoing'; the housing referral has no lead; 'All agencies' share worries; the "
        "review conference date is to be confirmed; nothing says legal planning follows if progress "
        "stalls."
    ),
    "blocks": [
        ("title", "Cofnodion y Grŵp Craidd / Core Group Minutes"),
        ("kv", [
            ("Plant / Children", "Cerys Jenkins (12), DOB 04/05/2013, Year 8, Ysgol Uwchradd Kelynog; Tomos "
                                 "Jenkins (5), DOB 21/01/2020, Reception, Ysgol Gynradd Pen-y-bryn"),
            ("Cyfeiriad / Address", "11 Stryd y Castell, Kelynog"),
            ("Rhiant / Parent", "Gareth Jenkins (41), Dad and sole carer"),
            ("Mam / Mother", "Nerys Jenkins, lives in Bristol; phones the children on Sundays"),
            ("Taid / Grandfather", "Emrys Jenkins (72), Gareth's father, 3 Heol y Felin, Kelynog"),
            ("Cofrestr / Register", "Names placed on the child protection register at the initial conference "
                                    "on 09/10/2025, category neglect"),
            ("Cyfarfod / Meeting", "Core group 2, Tuesday 18/11/2025, 10am, Canolfan Deulu Kelynog"),
            ("Cadeirydd / Chair", "Alys Morgan, social worker"),
            ("Yn bresennol / Present", "Gareth Jenkins (Dad); Emrys Jenkins (Taid); Alys Morgan (SW); Menna "
                                       "Price (CPN, Kelynog Community Mental Health Team); Rhodri Evans "
                                       "(substance misuse worker, Kelynog Drug and Alcohol Service); Mrs Catrin "
                                       "Rees (designated safeguarding person, Ysgol Gynradd Pen-y-bryn); Lowri "
                                       "Bevan (family support worker); Dylan Harries (youth worker, Tîm "
                                       "Ieuenctid Kelynog)"),
            ("Ymddiheuriadau / Apologies", "Dr Iwan Hughes (GP, Meddygfa Kelynog); Ffion Lloyd (Kelynog Young "
                                           "Carers Service)"),
            ("Iaith / Language", "Gareth asked for the meeting in English. Cerys's sessions are in Welsh, at "
                                 "her request."),
        ]),
        ("h1", "1. Beth sydd wedi newid / What has changed since core group 1 (21/10/2025)"),
        ("p", "At the conference Gareth had been smoking cannabis every day and was low in mood; the house was "
              "cold, damp and dirty, there were no beds for the children, and Tomos had missed 31 sessions of "
              "Reception. Cerys had been getting Tomos up and dressed, making the tea and missing school to "
              "look after him."),
        ("p", "Since core group 1 beds have been delivered for both children. Gareth has been to five of six "
              "Wednesday sessions at the Drug and Alcohol Service and his last two screens showed less "
              "cannabis. He has started seeing Menna Price from the CMHT. Taid has taken Tomos to school every "
              "day since 27/10/2025. The kitchen is cleaner, but the bathroom and Tomos's bedroom are still "
              "damp and the rent arrears are growing. Gareth said: “I'm trying. The mornings are still the "
              "worst.”"),
        ("h1", "2. Diweddariadau / Updates from the family and each agency"),
        ("p", "Drug and Alcohol Service (Rhodri): Gareth has missed one session, when Tomos was ill. His screens "
              "on 29/10/2025 and 12/11/2025 were lower than at assessment. Rhodri's written report was shared "
              "before the meeting."),
        ("p", "CMHT (Menna): two home visits so far. Gareth talks about his wife leaving and says he sleeps "
              "badly. Menna will carry on visiting."),
        ("p", "Ysgol Gynradd Pen-y-bryn (Mrs Rees): Tomos has been in every day since Taid started the school "
              "run and is settling well; he is behind with his letters and sounds."),
        ("p", "Youth worker (Dylan): two sessions with Cerys at school, in Welsh. She talks most about Tomos and "
              "about being tired."),
        ("p", "Family support (Lowri): visited twice. The kitchen has been cleared and a rota for the "
              "washing-up is on the fridge. Tomos's bedroom has black mould by the window."),
        ("p", "GP (by email): Dr Hughes has not yet written the letter asked for at core group 1 and apologised."),
        ("h1", "3. Llais y plant / What Cerys and Tomos have said"),
        ("p", "Cerys (seen on her own at school, 13/11/2025, in Welsh): “Mae'n well nawr bod Taid yn mynd â "
              "Tomos i'r ysgol.” (It's better now that Taid takes Tomos to school.) “I still do the tea most "
              "nights. Dad's room smells. I want my room to be warm and I want to go to netball after school.” "
              "She scored home 5 out of 10, up from 3 at the conference."),
        ("p", "Tomos (seen at home, 14/11/2025) showed Alys his new bed “with dinosaurs”, said “Taid has a red "
              "car” and that he likes “biscuits at school”. He was in clean clothes, but the window by his bed "
              "was running with condensation."),
        ("h1", "4. Canlyniadau personol / Personal outcomes (from the plan)"),
        ("bullets", [
            "Cerys and Tomos are looked after every day by a dad who is not under the influence of cannabis and "
            "who gets up with them in the morning.",
            "Tomos goes to school every day, on time, and his reading and speech catch up with his class.",
            "Cerys is a young person, not a carer: she goes to school every day and has time for netball and "
            "her friends.",
            "The children live in a warm, dry and clean home, each with their own bed.",
        ]),
        ("h1", "5. Log gweithredu / Action log"),
        ("p", "C/F = carried forward from core group 1. New = agreed today. Closed = done, kept for the record."),
        ("table", {
            "header": ["Rhif / No.", "Cam gweithredu / Action", "Arweinydd / Lead", "Erbyn / By when",
                       "Tystiolaeth / Evidence", "Statws / Status"],
            "widths": [1.5, 4.4, 3.0, 2.5, 3.4, 2.2],
            "rows": [
                ["1",
                 "Visit Cerys and Tomos at home, see each of them on their own, and score the home conditions "
                 "room by room",
                 "Alys Morgan, SW",
                 "Weekly from 09/10/2025",
                 "Visit records show both children seen alone each week and a home conditions score for every "
                 "room",
                 "C/F – on track"],
                ["2",
                 "Go to key-work at the Drug and Alcohol Service, and never smoke cannabis in the house or when "
                 "looking after Cerys and Tomos",
                 "Gareth Jenkins (Dad)",
                 "Every Wednesday from 22/10/2025",
                 "Service attendance record sent to Alys monthly; no cannabis smelt at any visit",
                 "C/F – 5 of 6 sessions"],
                ["3",
                 "Key-work, urine screens and a written report to each core group on whether Gareth is cutting "
                 "down, what still has to change for the children and how long it is likely to take",
                 "Rhodri Evans, substance misuse worker, Kelynog Drug and Alcohol Service",
                 "Screens every two weeks; report two working days before each core group",
                 "Report and screen results on the children's file before each core group",
                 "C/F – report received for today"],
                ["4",
                 "Fortnightly visits to support Gareth with his low mood",
                 "Menna Price, CPN, Kelynog Community Mental Health Team",
                 "Fortnightly from 28/10/2025",
                 "Visit dates sent to Alys each month",
                 "New at CG1 – two visits so far"],
                ["5",
                 "Review Gareth's antidepressant and write to Alys about his mental health history and any "
                 "missed appointments",
                 "Dr Iwan Hughes, GP, Meddygfa Kelynog",
                 "By 31/10/2025 → C/F, new date 05/12/2025",
                 "GP letter on the children's file",
                 "C/F – letter not yet received"],
                ["6",
                 "Check Tomos's attendance every morning and phone Gareth by 9.30am if he is not in",
                 "Mrs Catrin Rees, designated safeguarding person, Ysgol Gynradd Pen-y-bryn",
                 "Every school day",
                 "Improvement in Tomos's attendance",
                 "C/F – better since Taid started the school run"],
                ["7",
                 "Young carer's assessment for Cerys and a place at the Thursday young carers group",
                 "Ffion Lloyd, Kelynog Young Carers Service",
                 "By 12/12/2025",
                 "Cerys's young carer's plan sent to Alys; the group register shows her attending",
                 "C/F – referral accepted 05/11/2025"],
                ["8",
                 "Weekly sessions with Cerys, in Welsh, about what she does at home and her own worries",
                 "Dylan Harries, youth worker, Tîm Ieuenctid Kelynog",
                 "Ongoing",
                 "Session notes with Cerys's own words sent to Alys after each session",
                 "C/F – two sessions held"],
                ["9",
                 "Take Tomos to school every morning and have both children for Sunday dinner",
                 "Emrys Jenkins (Taid)",
                 "Every school day and every Sunday from 27/10/2025",
                 "School gate log shows Taid bringing Tomos; Emrys texts Alys each Sunday evening",
                 "C/F – on track"],
                ["10",
                 "Weekly sessions with Gareth to sort the house room by room, starting with the children's "
                 "bedrooms",
                 "Lowri Bevan, family support worker",
                 "Every Monday from 24/11/2025",
                 "Home conditions score of 2 or better in both bedrooms by 16/12/2025, scored by Alys",
                 "New"],
                ["11",
                 "Referral to Kelynog Housing Support for help with the damp and the rent arrears",
                 "-",
                 "By 05/12/2025",
                 "Housing support worker allocated and the landlord's repair date on file",
                 "C/F – not yet done"],
                ["12",
                 "Tell Alys the same day about anything that worries them about Cerys or Tomos",
                 "All agencies",
                 "Same day",
                 "Each worry logged on the children's case file",
                 "New"],
                ["13",
                 "Order beds and bedding for both children through the Discretionary Assistance Fund",
                 "Alys Morgan, SW",
                 "By 31/10/2025",
                 "Beds seen in the children's rooms",
                 "Closed – beds delivered 03/11/2025"],
            ],
        }),
        ("h1", "6. Cynllun wrth gefn / Contingency (restated from the plan)"),
        ("p", "If Gareth is found under the influence of cannabis or any other drug while he is caring for the "
              "children, or the home conditions score reaches 4 (unsafe) in any room, Alys will hold a strategy "
              "discussion with the police the same day, and Cerys and Tomos will stay with Taid at 3 Heol y "
              "Felin until it has taken place."),
        ("p", "If Taid cannot have the children or do the school run (he is unwell or away), Lowri Bevan will "
              "take Tomos to school that week, and if the children cannot safely stay at home Alys will place "
              "them together with Kelynog foster carers the same day."),
        ("p", "If Gareth tells anyone he is thinking of harming himself, Menna Price will ask the CMHT crisis "
              "team to see him the same day, and the children will go to Taid's that night."),
        ("h1", "7. Cyfarfodydd nesaf / Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Canolfan Deulu Kelynog: 16/12/2025 and 13/01/2026.",
            "Review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
        ("p", "Minutes taken by Elen Parry, business support, and circulated on 20/11/2025 to everyone present "
              "and to those who sent apologies."),
    ],
    "findings": [
        F("H001", "Fortnightly visits to support Gareth with his low mood"),
        F("M002", "Check Tomos's attendance every morning and phone Gareth"),
        F("T002", "Weekly sessions with Cerys, in Welsh, about what she"),
        F("W001", "Referral to Kelynog Housing Support for help with the"),
        F("W002", "Tell Alys the same day about anything that worries"),
        F("R001"),
        F("R002"),
    ],
})
