"""Batch 102, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: a parent's health, drinking or drug use written about in many ways,
and adult services named in many ways. Some illness is current; some is past
and resolved, denied, checked and ruled out, a relative's (a grandfather's
dementia, an uncle's drinking) or hypothetical ("if Aaron starts using
again"). Adult workers are named by person only with their service given once
on a who's who front sheet, in a letter's copy list, by initials explained in
an attendance list or key, by a local brand name explained in plain words
("Horizons", "The Cedar Project", "the Willow Team") or as a team inside a
hospital. Five plans are exemplary: a Word plan with a who's who front sheet
and names-only owners; a letter to the parents printed to PDF; a
child-friendly Markdown version with initials; a plain-text case-system print
of a review plan in which no parent has any recorded illness (a drinking
worry ruled out by blood tests, low mood checked by the GP, a grandfather's
dementia, an uncle's drinking); and Word core group minutes for a baby whose
mother is on an adult psychiatric ward. Two carry faults: a Word plan printed
to PDF that is built around a depressed, drinking father with no adult
service owning anything, and Markdown core group minutes in which mental
health workers, named by initials, only support or treat.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, mother with schizophrenia relapsed after stopping her depot;
#    father's cannabis use long past and tested clear. Who's who front sheet
#    gives each worker's service once; the action table names people only.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_cardenholt_icpc_whos_who_front_sheet_word_table_okwuosa.docx",
    "doc_title": "Child Protection Plan - Ife and Tobi Okwuosa",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-word-plan-front-sheet-details-list-whos-who-table-of-names-roles-services-page-break-reasons-childrens-words-working-well-outcomes-then-five-column-table-owner-cells-name-only-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 4-year-old whose mother has "
        "schizophrenia and relapsed after stopping her depot injection; their father's cannabis use "
        "ended over ten years ago and a hair test was clear. A who's who front sheet gives each "
        "worker's role and service once; the action table then names owners by name only (Rhiannon "
        "Pell, Dr Imran Saleh, Dr Farah Lennox). Both mental health practitioners assess and report "
        "on change, every row about the mother names the children, the aunt's help has a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cardenholt Metropolitan Council · Children's Services · Family Safeguarding Team 1"),
        ("h1", "Front sheet"),
        ("kv", [
            ("Children", "Ifeoma (Ife) Okwuosa, 9, DOB 14/03/2016; Tobenna (Tobi) Okwuosa, 4, DOB 02/07/2021"),
            ("Address", "31 Larch Rise, Cardenholt CD6 4QW"),
            ("Mother", "Adaeze Okwuosa (34)"),
            ("Father", "Chidi Okwuosa (37), lives at the address; HGV driver"),
            ("Maternal aunt", "Ngozi Eze, Flat 2, 12 Wrenfield Court, Cardenholt (five minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Tuesday 16/09/2025, Cardenholt Civic Centre. Chair: Gwen Abara"),
            ("Team manager", "Martin Coles"),
        ]),
        ("h2", "Who's who"),
        ("p", "Everyone in the plan is named below once, with their job and where they work. In the action "
              "table they are named by name only."),
        ("table", {
            "header": ["Name", "Role", "Service"],
            "widths": [4.0, 6.0, 7.0],
            "bold_first_col": True,
            "rows": [
                ["Hollie Brandreth", "Social worker and lead professional",
                 "Cardenholt Children's Services, Family Safeguarding Team 1"],
                ["Rhiannon Pell", "Care co-ordinator (community psychiatric nurse) for Adaeze",
                 "Cardenholt North Community Mental Health Team (adult mental health)"],
                ["Dr Imran Saleh", "Consultant psychiatrist for Adaeze",
                 "Cardenholt North Community Mental Health Team (adult mental health)"],
                ["Dr Farah Lennox", "GP for the whole family", "Cardenholt Road Surgery"],
                ["Sophie Mwale", "Health visitor for Tobi", "Cardenholt Community Health, 0-19 service"],
                ["Mr Owen Tredwell", "Designated safeguarding lead (Ife, Year 5)", "St Barnabas CE Primary School"],
                ["Joy Ferreira", "Nursery manager (Tobi)", "Little Acorns Nursery, Cardenholt"],
                ["Ngozi Eze", "Maternal aunt (Adaeze's sister)", "Family"],
                ["Adaeze and Chidi Okwuosa", "Mum and Dad", "Family"],
            ],
        }),
        ("pagebreak",),
        ("h1", "Why Ife and Tobi need a plan"),
        ("p", "Adaeze has paranoid schizophrenia, diagnosed in 2019. She was well on a fortnightly depot injection "
              "from 2020 until May 2025, when she stopped it without telling anyone. By July she believed the "
              "neighbours were poisoning the family's food. She kept Tobi away from nursery for eleven days and "
              "Ife missed six days of school; the children were given only sealed packet food. On 01/08/2025 "
              "Ife told her teacher that the front door had been blocked with the sofa. Chidi was driving "
              "long-haul from Monday to Thursday and did not know how unwell Adaeze had become. Adaeze agreed "
              "to go into hospital and was on Juniper Ward from 04/08/2025 to 29/08/2025. She is back on her "
              "depot and says she does not want to stop it again."),
        ("p", "Chidi told the conference that he used cannabis in his twenties and stopped more than ten years "
              "ago. A hair strand test on 22/07/2025 was clear and no one has any concern about drug use by "
              "Chidi now."),
        ("h1", "What Ife and Tobi have told us"),
        ("p", "Ife (seen on her own at school, 10/09/2025): “When Mum was poorly she said the food was bad and "
              "we could only have crisps and cereal bars. I was scared when she put the sofa on the door. I "
              "like it now she's home and she's smiling again. I want Dad to be home at night.” She gave home "
              "6 out of 10 and Auntie Ngozi's 9 out of 10."),
        ("p", "Tobi is 4. At home on 11/09/2025 he showed the social worker his train track and asked his mum "
              "to play; she sat on the floor with him and he leaned against her. Little Acorns says that since "
              "he came back he cries at drop-off unless Ngozi brings him, and he hides food in his coat "
              "pockets at snack time."),
        ("h1", "What is working well"),
        ("p", "Adaeze went into hospital willingly and has had both depot injections since discharge. She talks "
              "openly about her illness and has agreed to a crisis plan. Chidi has asked his employer for day "
              "shifts. Ngozi sees the children most days and they are very close to her. Ife is a strong "
              "reader and has good friends at school."),
        ("h1", "What we want for Ife and Tobi"),
        ("bullets", [
            "Ife and Tobi are cared for every day and night by a parent who is well, and are never alone "
            "with their mum when she is unwell.",
            "Ife and Tobi eat proper meals every day and go to school and nursery every day.",
            "Ife understands her mum's illness, knows the warning signs and knows exactly who to ring.",
            "Tobi settles at nursery and his speech and development catch up.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "By when", "How we will know"],
            "widths": [1.0, 6.0, 3.0, 3.0, 4.0],
            "rows": [
                ["1", "Visit Ife and Tobi at home, at least once a month unannounced and once a month in the "
                      "evening, and see Ife on her own at every other visit",
                 "Hollie Brandreth", "Weekly from 22/09/2025",
                 "Visit records show both children seen each week, Ife seen alone, and her words written down"],
                ["2", "Give Adaeze her depot injection at home, go through her early warning signs with her, and "
                      "report to each core group on whether she is making the changes Ife and Tobi need",
                 "Rhiannon Pell", "Every other Wednesday from 24/09/2025; report 3 days before each core group",
                 "Depot dates and warning-sign checklist emailed to Hollie the same day; written report on file "
                 "before each core group"],
                ["3", "Assess Adaeze's mental state and insight, and give a written view of her capacity to "
                      "change, the steps still needed and the likely timescale, including how her illness "
                      "affects her care of Ife and Tobi",
                 "Dr Imran Saleh", "Outpatient review by 17/10/2025; report by 14/11/2025",
                 "Report sent to Hollie and every core group member by 14/11/2025, and to the review conference"],
                ["4", "Accept her depot injection every fortnight, and tell Rhiannon or Chidi the same day if she "
                      "notices any warning sign, so that Ife and Tobi are never alone with her when she is unwell",
                 "Adaeze Okwuosa (Mum)", "Every other Wednesday; warning signs reported the same day",
                 "Rhiannon's record shows no missed depot; every call from Adaeze logged and passed to Hollie"],
                ["5", "Work day shifts only, with no nights away, so that he is at home with Ife and Tobi every "
                      "evening and night",
                 "Chidi Okwuosa (Dad)", "From 29/09/2025",
                 "Employer's letter confirming day shifts on file by 03/10/2025; Chidi at home at each of "
                 "Hollie's evening visits"],
                ["6", "Take Tobi to Little Acorns and collect him, and give both children their tea at her flat",
                 "Ngozi Eze", "Every Monday, Tuesday and Wednesday from 22/09/2025",
                 "Nursery sign-in book shows Ngozi's name; Hollie checks the book every fortnight"],
                ["7", "Record Tobi's attendance and how he arrives (fed, dressed for the weather, settled), and "
                      "phone Hollie the same day if he is absent without a reason",
                 "Joy Ferreira", "Every nursery day",
                 "Attendance email to Hollie every Friday; same-day calls logged in the nursery safeguarding file"],
                ["8", "Check Ife's attendance every morning, meet her each week with her worry book, and phone "
                      "Hollie the same day about any absence or worry",
                 "Mr Owen Tredwell", "Every school day; meeting every Thursday",
                 "Attendance printout to Hollie every Friday; each Thursday meeting logged on CPOMS"],
                ["9", "Four sessions with Ife using the 'When a parent is unwell' workbook, so she understands "
                      "her mum's illness and knows who to ring",
                 "Hollie Brandreth", "Fortnightly, all four done by 14/11/2025",
                 "Ife's finished workbook on file; Ife can tell Hollie who she would ring and why"],
                ["10", "Complete Tobi's overdue development review, including his speech, and agree next steps "
                       "with Little Acorns",
                 "Sophie Mwale", "By 17/10/2025",
                 "ASQ-3 scores and next steps sent to Hollie and Little Acorns by 24/10/2025"],
                ["11", "Tell Hollie about any missed repeat prescription or surgery appointment for Adaeze, and "
                       "any contact with the surgery about Ife or Tobi",
                 "Dr Farah Lennox", "Monthly, first letter by 30/09/2025",
                 "Monthly GP letter on the children's file"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Adaeze misses a depot injection, or shows two of her warning signs (not sleeping, saying the "
              "food is poisoned, keeping the children indoors, blocking the doors), Rhiannon will arrange a "
              "mental health assessment that day, and Ife and Tobi will go to Ngozi's flat until Chidi is home "
              "and the assessment has taken place. Hollie will hold a strategy discussion the same day."),
        ("p", "If Ngozi cannot have the children (she is ill, at work or away), Hollie will place Ife and Tobi "
              "together with Cardenholt foster carers that day, and they will stay there until Chidi is home."),
        ("p", "If Adaeze needs to go back into hospital, or Dr Saleh's report says she cannot make the changes "
              "within the children's timescale, or Chidi cannot get day shifts by 03/10/2025, Hollie will ask "
              "Martin Coles for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Thursdays at 3.30pm, Larch Rise Family Hub: 25/09/2025, 23/10/2025 and "
            "20/11/2025.",
            "Review child protection conference: Tuesday 09/12/2025, 10am, Cardenholt Civic Centre.",
            "Hollie will ask Ife before each core group what has changed at home and bring her views.",
        ]),
        ("p", "Plan agreed at the initial conference on 16/09/2025. Copies to Adaeze, Chidi, Ngozi and everyone in "
              "the who's who."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan sent as a letter to the parents, printed to PDF. Mother's
#    current alcohol dependence; "Horizons" explained in plain words; the
#    recovery worker's service given again in the copy list; father's
#    amphetamine use ended in 2019; grandfather's dementia. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_colmsworth_icpc_letter_to_parents_copy_list_hendry.pdf",
    "doc_title": "Letter to Kerry and Sam Hendry - Poppy and Alfie's child protection plan",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-letter-to-parents-printed-to-pdf-page-header-footer-right-aligned-sender-address-lines-second-person-sections-why-poppy-told-me-going-well-what-we-want-then-bullets-what-will-happen-if-things-go-wrong-meetings-signature-copy-list",
    "description": (
        "Exemplary initial conference plan written as a letter from the social worker to both "
        "parents and printed to PDF with a page header and footer. The mother drinks every day and "
        "has started at 'Horizons', explained as the town's adult drug and alcohol service; the "
        "recovery worker is then named as 'Dev' and his service given again in the copy list. The "
        "father's amphetamine use ended in 2019, the maternal grandfather has dementia. Each bullet "
        "of 'What will happen' names who, when and what will be seen; Horizons reports on change, "
        "the GP runs the detox, the grandmother's help has a fallback, legal planning follows named "
        "triggers, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Colmsworth Council – Children's Services",
    "footer": "Letter to Kerry and Sam Hendry, 19/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Colmsworth Council"),
        ("pr", "Children's Services – Safeguarding Team 2"),
        ("pr", "Harbour House, 1 Dock Road, Colmsworth CW1 2AA"),
        ("pr", "Telephone 01632 960418"),
        ("pr", "19 September 2025"),
        ("p", ""),
        ("pl", "Kerry and Sam Hendry"),
        ("pl", "22 Gull Terrace"),
        ("pl", "Colmsworth CW4 7HN"),
        ("p", ""),
        ("boldp", "Poppy and Alfie's child protection plan – initial child protection conference, Thursday "
                  "18 September 2025"),
        ("p", "Dear Kerry and Sam,"),
        ("p", "Thank you both for coming to the conference yesterday and for being so honest. The conference "
              "decided that Poppy and Alfie need a child protection plan under the category of neglect. This "
              "letter is your copy of the plan, written so that it makes sense to you. The same plan has gone "
              "to everyone named in it."),
        ("h2", "Why Poppy and Alfie have a plan"),
        ("p", "Kerry, you told the conference that you have been drinking a bottle of wine a day, and often more, "
              "since Alfie was born. On 30/08/2025 the police found Poppy at the front door at 9pm asking a "
              "neighbour for help because she could not wake you, and Alfie was in his cot in a soaked nappy "
              "and had not had his tea. On 10/09/2025 you went to Horizons, which is Colmsworth's free "
              "service for adults who want help with drink or drugs, at 4 Quay Street, and a recovery worker, "
              "Dev Anand, is now working with you."),
        ("p", "Sam, you work days at the boatyard and were at a friend's house that evening. You told us that "
              "you used amphetamine until 2019 and have not used since; nothing the police, your GP or I have "
              "seen suggests otherwise. You agreed that if you ever start using again you will tell Dev and me "
              "the same day."),
        ("p", "Kerry, we also talked about your dad, Jim, who has dementia and lives at Saltmarsh House care "
              "home. We know how much your Sunday visits to him matter, and Irene has offered to have the "
              "children while you go."),
        ("h2", "What Poppy told me, and what I saw of Alfie"),
        ("p", "Poppy (seen on her own at school, 12/09/2025): “Mummy drinks the wine and then she goes to sleep "
              "and I can't wake her up. I gave Alfie a biscuit because he was crying. I like it when Daddy "
              "does bath time. I want Mummy to stop the wine and be happy.” She drew the family at Nanny "
              "Irene's, with everyone holding hands."),
        ("p", "Alfie is 14 months old. On my visits on 11/09/2025 and 16/09/2025 he was clean, walked round the "
              "furniture and babbled at Poppy. He went to Sam for comfort when he bumped his head. The health "
              "visitor's records show his weight has dropped from the 50th to the 25th centile since June."),
        ("h2", "What is going well"),
        ("p", "Kerry, you asked for help yourself and have been to Horizons twice already. Sam, you have never "
              "missed a bedtime since the conference was called. The house is warm and tidy. Irene sees the "
              "children every week and Poppy loves going to her. Poppy's school says she is kind, works hard and "
              "has not missed a day this term."),
        ("h2", "What we all want for Poppy and Alfie"),
        ("bullets", [
            "Poppy and Alfie are looked after every day and night by an adult who is sober and awake.",
            "Alfie is fed on time, kept clean and dry, and his weight climbs back towards the 50th centile.",
            "Poppy never has to look after her mum or her brother, and she knows who to ring if she is worried.",
            "Poppy keeps going to school every day, on time and with breakfast inside her.",
        ]),
        ("h2", "What will happen"),
        ("bullets", [
            "I, Leanne, will visit Poppy and Alfie at home every week, with at least one visit a month "
            "unannounced and one in the evening, and I will see Poppy on her own each time; my visit notes will "
            "record what she says and how Alfie is.",
            "Dev Anand will finish Kerry's full alcohol assessment at Horizons by 03/10/2025 and agree a "
            "treatment plan with her, and will send me a copy of the treatment plan by 06/10/2025.",
            "Dev will see Kerry every Tuesday at 10am for key-work with a breath test, and two days before each "
            "core group will send me a written report on whether Kerry is making the changes Poppy and Alfie "
            "need and how long further change is likely to take.",
            "Dr Moira Blythe, your GP at Harbour Lane Surgery, will prescribe and oversee Kerry's home detox in "
            "the week agreed with Horizons (planned for 13/10/2025), and will write to me by 24/10/2025 to say "
            "that it is finished and whether Kerry is well enough to care for Alfie on her own in the day.",
            "Kerry, you will not drink any alcohol while you are looking after Poppy and Alfie, from today; your "
            "breath tests at Horizons and at my visits will show this.",
            "Sam, you will be home from 5.30pm every evening from 22/09/2025 to do Alfie's bath and bedtime and "
            "Poppy's reading; I will see this at my evening visits, and Poppy's reading record will be signed "
            "every night.",
            "Irene will have Poppy and Alfie at her home, 8 Heron Close, every Saturday from 10am to 4pm and "
            "every Sunday afternoon while Kerry visits Jim, and will be the person Poppy rings if Mum has been "
            "drinking; Irene will text me about every call by 9am the next day.",
            "Mrs Hannah Coyle, the safeguarding lead at Colmsworth Bay Primary, will check every school day that "
            "Poppy is in on time, fed and in clean uniform, phone me the same day if she is not, and send me "
            "Poppy's attendance every Friday.",
            "Rachel Dunmore, Alfie's health visitor, will see Alfie at home every other Monday from 29/09/2025, "
            "weigh him and check his development, and will email me his weight and her notes after each visit.",
            "I will do three sessions with Poppy by 31/10/2025 about what to do if she cannot wake a grown-up, "
            "and make her a card with Irene's number and mine; Poppy will show me the card and tell me her plan "
            "at my next visit after that.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Kerry drinks while she is looking after the children (a positive breath test, a call from Poppy "
              "to Irene, or a report from the school, the health visitor or the police), Sam will look after the "
              "children, or they will go to Irene's that night, and I will hold a strategy discussion with the "
              "police the same day."),
        ("p", "If Sam and Irene cannot look after Poppy and Alfie when this happens (for example Irene is ill or "
              "away and Sam is at work), I will place the children together with Colmsworth foster carers that "
              "day until one of them can."),
        ("p", "If Sam ever starts using drugs again, he will tell me that day, the children will stay with Irene "
              "or, if she cannot have them, with foster carers, and I will hold a strategy discussion the same "
              "day."),
        ("p", "If Kerry has two positive breath tests in any four weeks, or has not finished her detox by "
              "31/10/2025, I will ask my manager, Graham Ashby, for a legal planning meeting within 5 working "
              "days, to decide whether the council should start the Public Law Outline."),
        ("h2", "Meetings"),
        ("p", "The core group will meet every 4 weeks, on Wednesdays at 1.30pm at Colmsworth Bay Children's "
              "Centre: 01/10/2025, 29/10/2025 and 26/11/2025. The review child protection conference is on "
              "Thursday 11/12/2025 at 10am at Colmsworth Civic Hall. You can bring Irene or an advocate to "
              "any meeting, and I will bring Poppy's views to each one."),
        ("p", "If anything in this letter is wrong or unclear, please ring me. I will go through it with you again "
              "at my visit next week."),
        ("p", "Yours sincerely,"),
        ("pl", "Leanne Pryor"),
        ("pl", "Social Worker, Safeguarding Team 2, Colmsworth Council"),
        ("pl", "Telephone 01632 960418 (out of hours: Emergency Duty Team 01632 960999)"),
        ("p", ""),
        ("h2", "Copies of this letter"),
        ("kv", [
            ("Dev Anand", "recovery worker, Horizons (Colmsworth adult drug and alcohol service), 4 Quay Street"),
            ("Dr Moira Blythe", "GP, Harbour Lane Surgery"),
            ("Rachel Dunmore", "health visitor, Colmsworth Community Health"),
            ("Mrs Hannah Coyle", "designated safeguarding lead, Colmsworth Bay Primary School"),
            ("Irene Hendry", "Sam's mother, 8 Heron Close, Colmsworth"),
            ("Ruth Okonedo", "conference chair, Colmsworth Council"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child-friendly version of an ICPC plan, written to a 10-year-old. Mum's
#    depression and overdose; the hospital's "Willow Team" explained in plain
#    words; owners by initials from a who's who key; uncle's drinking; a
#    worry about Mum drinking that the GP checked. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_chetterby_childs_own_plan_initials_key_fairweather.md",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-child-friendly-markdown-note-for-grown-ups-who-is-who-initials-table-why-what-you-told-us-going-well-what-we-want-then-bullets-bold-initials-when-and-how-well-know-in-each-bullet-if-things-go-wrong-meetings",
    "description": (
        "Exemplary child-friendly version of an initial conference plan, written to a 10-year-old "
        "whose mum has depression and took an overdose that he found; he and his 3-year-old sister "
        "live with her. Owners are initials from a who's who table; Mum's nurse and psychiatrist "
        "work for 'the Willow Team', explained as the hospital team that helps grown-ups who are very "
        "unwell with their feelings. Also mentioned: Mum's depression years ago, a worry about her "
        "drinking that her GP checked and ruled out, and an uncle who drinks. Each bullet has who, "
        "when and 'how we'll know'; the nurse and the psychiatrist both report on change, Nana's help "
        "has a fallback, the legal planning meeting is explained, dates set."
    ),
    "text": """\
# Jayden's plan

> **For grown-ups:** this is the child-friendly version of the child protection plan for Jayden
> Fairweather (10) and Mia Fairweather (3), agreed at the initial child protection conference on
> Monday 08/09/2025 (chair: Rosalind Tate, Chetterby Council). It has the same actions, people and
> dates as the full plan. Amina read it with Jayden on 10/09/2025 and he chose the headings.

## Hello Jayden

This is your plan. It says what all the grown-ups who help your family are going to do, and when,
so that you and Mia are safe and looked after. You can ask Amina about anything in it.

## Who is who

In the plan we use people's letters instead of their whole names.

| Letters | Who | What they do |
|---|---|---|
| AB | Amina Bashir | Your social worker, from Chetterby Council. She is in charge of the plan. |
| SK | Sam Kettle | Mum's nurse from the Willow Team. The Willow Team is the team at Chetterby Royal Hospital that helps grown-ups who are very unwell with their feelings. |
| DP | Dr Dan Pavlou | Mum's doctor for feelings (a psychiatrist), also from the Willow Team. |
| MR | Mrs Meg Rowe | The teacher at Chetterby Junior School who keeps children safe (the safeguarding lead). |
| TN | Tasha Nolan | Mia's health visitor. She checks how little children are growing. |
| Nana Jean | Jean Fairweather | Mum's mum. |
| Dad | Wes Fairweather | Your dad. He lives at 6 Tanners Yard. |

## Why there is a plan

Mum has an illness called depression. It can make her feel so sad and tired that she stays in bed
all day and forgets to eat or to make tea for you and Mia. On 24/08/2025 Mum took too many of her
tablets and you found her and rang 999. That was a very brave thing to do. Mum stayed in hospital
for two nights and now the Willow Team is helping her at home.

Mum had depression once before, when you were a baby, and she got better then. Nana Jean was
worried that Mum might be drinking too, so Mum's GP checked, and Mum is not drinking.

Uncle Kyle drinks too much beer, so he will not look after you or Mia on his own. Mum and Nana
Jean have agreed to this.

## What you told us

You told Amina: "When Mum stays in bed I make toast for me and Mia and I put the telly on for her.
I got really scared when I couldn't wake Mum up. I want Mum to get better and I want to still live
with her. I like it at Dad's on Fridays because we get pizza."

You gave home 5 out of 10 for feeling safe, and Nana Jean's house 10 out of 10.

Mia is 3. When Amina visited she was playing with her dolls and showed Amina her new shoes. She
held Mum's hand on the sofa and went to you when she wanted a drink, not to Mum.

## What is going well

- Mum is taking her tablets and letting the Willow Team visit.
- Nana Jean comes round every morning and Dad has you both every weekend.
- You are doing really well at school, especially in maths.
- Mia is at nursery three mornings a week and loves it.

## What we all want for you and Mia

1. You and Mia are looked after every day by a grown-up who is well enough to do it.
2. You never have to look after Mum, make the tea or get Mia ready by yourself.
3. You know what to do and who to ring if you are worried about Mum.
4. Mia keeps growing well and going to nursery.

## What everyone is going to do

- **AB** will come to see you and Mia at home every week, and talk to you on your own each time,
  in your room or on a walk. *How we'll know:* Amina writes down what you tell her after every visit.
- **SK** will visit Mum at home every Monday and Thursday until 31/10/2025 to check she is taking her
  tablets safely, and before every core group SK will write to AB saying whether Mum is getting well
  enough to look after you and Mia, and how long that might take. *How we'll know:* SK's letter
  arrives before each meeting.
- **DP** will see Mum at the Willow Team clinic by 03/10/2025 and write a report by 07/11/2025 about
  whether Mum can make the changes she needs to keep you and Mia safe, what she still needs to do and
  how long it might take. *How we'll know:* AB gets the report and it is read at the review
  conference.
- **Mum** will take her tablets every morning with Nana Jean there, from 09/09/2025, and tell SK or
  AB the same day if she has thoughts of hurting herself, so that you never have to look after her.
  *How we'll know:* SK counts the tablets at each visit.
- **Nana Jean** will come to your house every school morning from 09/09/2025 to help Mum get you and
  Mia ready, and will keep Mum's tablets in a locked box. *How we'll know:* Nana signs the sheet on
  the fridge and AB checks it every week.
- **Dad** will have you and Mia at his flat every weekend, from Friday after school until Sunday at
  5pm. *How we'll know:* Dad texts AB when you arrive and when you go home.
- **MR** will check every school morning that you are in school and OK, and meet you every Wednesday
  lunchtime in the Rainbow Room so you can talk about anything. *How we'll know:* MR emails AB every
  Friday with your attendance and what you talked about, if you say that's OK.
- **TN** will see Mia at home every other week from 15/09/2025 to check how she is growing and
  talking. *How we'll know:* TN emails AB Mia's weight and notes after each visit.
- **AB** will do four sessions with you by 31/10/2025 about Mum's illness and make you a safety card
  with the numbers to ring. *How we'll know:* you can show AB your card and tell her what you would do.

## If things go wrong

If Mum stops taking her tablets, tells anyone she wants to hurt herself, or you can't wake her:
ring 999 (you know how) and then Nana Jean. SK will get the Willow Team's crisis nurse to see Mum
that same day, and you and Mia will go to Nana Jean's house that night.

If Nana Jean can't have you (for example she is poorly or away), AB will take you and Mia to stay
together with a foster family that night, and will ask Dad the next day if you can stay with him.

If Mum has to go back into hospital, or by 07/11/2025 DP's report says Mum can't get well enough soon
enough for you and Mia, AB will ask for a legal planning meeting within 5 working days. That is a
meeting with the council's lawyers to decide whether a judge should help decide where you live.

## Meetings

- The core group (the grown-ups in this plan, with Mum and Dad) meets every 4 weeks on Tuesdays after
  school: 16/09/2025, 14/10/2025 and 11/11/2025.
- The review child protection conference is on Monday 01/12/2025 at 10am. You can come for part of
  it, or send a drawing or a letter with Amina.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review plan after domestic abuse by the mother's ex-partner.
#    Plain-text case-system print. No parent has a recorded illness: a
#    drinking worry ruled out by blood tests, low mood checked by the GP and
#    found not to be depression, a grandfather's dementia, an uncle's
#    drinking, a hypothetical trigger. No adult health service is needed.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_crewlinham_rcpc_case_print_ruled_out_worries_pennock.txt",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-case-system-plain-text-print-field-header-numbered-upper-case-sections-progress-health-checks-childrens-views-outcomes-then-numbered-tasks-with-who-when-how-we-will-know-fields-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 12-year-old and a 7-year-old after their "
        "mother's ex-partner assaulted her in front of them. A plain-text case-system print with "
        "WHO / WHEN / HOW WE WILL KNOW fields under each numbered task. The health section records "
        "a worry about the mother's drinking that blood tests ruled out, low mood that her GP found "
        "was not depression, her father's dementia and her brother's heavy drinking: no parent has "
        "a recorded illness or substance misuse, so no adult health service is needed. The IDVA "
        "and police own actions, the aunt's Sundays have a fallback, a hypothetical drinking "
        "trigger is covered, legal planning follows named triggers, dates set."
    ),
    "text": """\
CREWLINHAM BOROUGH COUNCIL                      CHILDREN'S RECORD SYSTEM (CRS v4.1)
CHILD PROTECTION PLAN - REVIEW                                PRINTED 25/09/2025 11:06
USER: EMARCHANT                                                          PAGE 1 OF 1
===================================================================================
CHILDREN ...... KACEY PENNOCK (12)  CRS 4471902  DOB 03/02/2013
                REUBEN PENNOCK (7)  CRS 4471903  DOB 19/10/2017
ADDRESS ....... 14 FOUNDRY CLOSE, CREWLINHAM CR2 6TB
MOTHER ........ DANIELLE PENNOCK (29)
FATHERS ....... NOT INVOLVED (KACEY'S FATHER LIVES IN CANADA; REUBEN'S FATHER
                HAS NOT BEEN IN TOUCH SINCE 2019)
EX-PARTNER .... CONNOR DAWES (31), NOT A PARENT OF EITHER CHILD. NON-MOLESTATION
                ORDER PROTECTING DANIELLE AND THE CHILDREN UNTIL 02/07/2026
CATEGORY ...... EMOTIONAL ABUSE
CONFERENCE .... FIRST REVIEW 24/09/2025 (ICPC 25/06/2025)   CHAIR: S OYEDEPO
ALLOCATED SW .. ELLIE MARCHANT, SAFEGUARDING TEAM 4        TM: RAVI CHAUHAN
===================================================================================

SECTION 1  PROGRESS SINCE THE INITIAL CONFERENCE
-----------------------------------------------------------------------------------
On 14/06/2025 Connor Dawes punched and strangled Danielle in the kitchen while
Kacey and Reuben watched from the stairs. Kacey rang the police. Connor was
charged and the non-molestation order was made on 02/07/2025. He has not been to
the house since, but he sent Danielle 40 messages in August from a new number,
which she reported. Danielle has worked well with the IDVA and has started the
Freedom Programme. Kacey's attendance has risen from 84% to 96%. Reuben still
wets the bed most nights and will not sleep in his own room.

SECTION 2  HEALTH CHECKS SINCE THE INITIAL CONFERENCE
-----------------------------------------------------------------------------------
At the initial conference a neighbour's report raised a worry that Danielle was
drinking heavily after the assault. Danielle agreed to blood tests (liver
function and CDT) through her GP on 12/08/2025. The results were normal and no
professional has seen any sign of drinking since. The worry is closed.
Danielle saw her GP about low mood and poor sleep on 19/08/2025. The GP found no
depression; her sleep has improved and no treatment or referral is needed.
Danielle's father, Frank Pennock, has Alzheimer's dementia and moved into Cowlick
House care home on 01/07/2025. Danielle visits him every Sunday afternoon.
Danielle's brother, Jason Pennock, drinks heavily. He is not to look after the
children or have them to stay, and Danielle agrees.

SECTION 3  WHAT KACEY AND REUBEN SAY
-----------------------------------------------------------------------------------
Kacey (seen alone at school, 17/09/2025): "I still check the door is locked
every night. I don't want Connor back, ever. I like that Mum laughs again. I
want to stop being the one who has to ring the police." She scored home 7/10 for
safety, up from 3/10 in June.
Reuben (seen alone at home, 19/09/2025): "I sleep in Mum's bed because of the
bad dreams. I like Auntie Shona's on Sundays because she has a trampoline." He
drew the house with a big lock on the door.

SECTION 4  OUTCOMES FOR KACEY AND REUBEN
-----------------------------------------------------------------------------------
4.1 Kacey and Reuben are safe from Connor at home, at school and out in
    Crewlinham, and he has no contact with them.
4.2 Kacey no longer feels she has to protect her mum, and goes to school every
    day (96% or more).
4.3 Reuben sleeps in his own bed most nights and his bed-wetting reduces.
4.4 Both children understand what happened was not their fault and know how to
    keep themselves safe.

SECTION 5  TASKS
-----------------------------------------------------------------------------------
5.01  Visit Kacey and Reuben, alternately at home and at school, and see each
      child on their own at every visit
      WHO ........ ELLIE MARCHANT (SW)
      WHEN ....... EVERY 2 WEEKS, ONE VISIT A MONTH UNANNOUNCED
      HOW WE WILL KNOW .. CRS visit entry with each child's own words and safety
                          score

5.02  Safety planning with Danielle, including what Kacey and Reuben should do if
      Connor comes to the house, and a DASH review
      WHO ........ PRIYA GILL, IDVA, CREWLINHAM DOMESTIC ABUSE SERVICE
      WHEN ....... EVERY OTHER THURSDAY UNTIL 18/12/2025
      HOW WE WILL KNOW .. Updated safety plan and DASH score emailed to the SW
                          after each session

5.03  Put a warning marker on 14 Foundry Close and both schools, and act on any
      reported breach of the non-molestation order
      WHO ........ DC PAUL HUTTON, CREWLINHAM POLICE, DOMESTIC ABUSE UNIT
      WHEN ....... MARKERS BY 01/10/2025; BREACHES THE SAME DAY
      HOW WE WILL KNOW .. Marker references emailed to the SW; every breach and
                          the police response logged on CRS

5.04  Finish the Freedom Programme so that she can recognise controlling
      behaviour and keep Kacey and Reuben away from it
      WHO ........ DANIELLE PENNOCK (MOTHER)
      WHEN ....... TUESDAYS 7PM UNTIL THE LAST SESSION ON 16/12/2025
      HOW WE WILL KNOW .. Attendance sheet and certificate sent to the SW

5.05  Keep to the non-molestation order: do not let Connor into the house or
      reply to him, and ring 999 if he comes near the children
      WHO ........ DANIELLE PENNOCK (MOTHER)
      WHEN ....... EVERY DAY, FROM 24/09/2025
      HOW WE WILL KNOW .. Police log shows every contact reported; Kacey and
                          Reuben tell the SW Connor has not been near

5.06  Meet Kacey each week with her mentor and check her attendance, and phone
      the SW the same day about any absence or worry
      WHO ........ MS FIONA DRURY, DSL, CREWLINHAM ACADEMY
      WHEN ....... EVERY MONDAY; ATTENDANCE EVERY SCHOOL DAY
      HOW WE WILL KNOW .. Weekly attendance to the SW every Friday; meetings
                          logged on CPOMS

5.07  Check Reuben's attendance and how he arrives (tired, wet, upset), and phone
      the SW the same day about any worry
      WHO ........ MRS ANITA SHAH, DSL, HOLMLEIGH PRIMARY
      WHEN ....... EVERY SCHOOL DAY
      HOW WE WILL KNOW .. Attendance printout to the SW every Friday; calls
                          logged on CPOMS

5.08  Eight counselling sessions for Kacey about what she saw at home
      WHO ........ BEN ASHWORTH, COUNSELLOR, CREWLINHAM YOUNG PEOPLE'S SERVICE
      WHEN ....... EVERY TUESDAY FROM 07/10/2025
      HOW WE WILL KNOW .. Sessions attended counted in a letter to the SW by
                          02/12/2025; Kacey's own worry score at sessions 1 and 8

5.09  Six play sessions for Reuben about feelings and sleep, with a sleep chart
      kept at home
      WHO ........ HOLLY BRENNAN, PLAY WORKER, CREWLINHAM CHILDREN'S CENTRE
      WHEN ....... EVERY MONDAY AFTER SCHOOL, 06/10/2025 TO 10/11/2025
      HOW WE WILL KNOW .. Session notes to the SW; the sleep chart shows the
                          nights Reuben sleeps in his own bed

5.10  Write a safety plan with each child: who to ring, where to go, and the
      code word
      WHO ........ ELLIE MARCHANT (SW)
      WHEN ....... BY 31/10/2025
      HOW WE WILL KNOW .. Each child's signed plan on CRS; each child can tell
                          the SW their plan at the next visit

5.11  Have Kacey and Reuben at her home every Sunday while Danielle visits Frank,
      and be an adult either child can ring at any time
      WHO ........ SHONA PENNOCK (MATERNAL AUNT), 7 ORCHARD ROW
      WHEN ....... EVERY SUNDAY 1PM TO 6PM
      HOW WE WILL KNOW .. Shona texts the SW each Sunday evening; the children
                          tell the SW how Sundays went

5.12  Fit a video doorbell, window locks and a door chain under the sanctuary
      scheme to keep Danielle, Kacey and Reuben safe at home
      WHO ........ NEIL FORSTER, HOUSING OFFICER, CREWLINHAM HOMES
      WHEN ....... BY 10/10/2025
      HOW WE WILL KNOW .. Completed job sheet copied to the SW

SECTION 6  CONTINGENCY
-----------------------------------------------------------------------------------
6.1 If Connor comes to the house or either school, or contacts Danielle or the
    children in any way, Danielle rings 999, DC Hutton's team attends, and the
    SW holds a strategy discussion the same day. The children stay at home with
    Danielle only if the police have arrested Connor; otherwise they go to Shona
    at 7 Orchard Row that night.
6.2 If Shona cannot have the children on a Sunday or in an emergency, Danielle
    takes them with her to Cowlick House or stays at home that Sunday, and in
    an emergency the SW places Kacey and Reuben together with Crewlinham foster
    carers that night.
6.3 If anyone sees Danielle drinking while she is looking after the children,
    the SW visits the same day and the children stay with Shona, or with
    foster carers if Shona cannot have them, until the SW has seen Danielle.
6.4 If Danielle lets Connor back into the home or allows him contact with the
    children, the SW holds a strategy discussion the same day and requests a
    legal planning meeting within 5 working days.

SECTION 7  MEETINGS
-----------------------------------------------------------------------------------
CORE GROUP .... EVERY 4 WEEKS, WEDNESDAYS 4PM, CREWLINHAM FAMILY HUB:
                08/10/2025, 05/11/2025, 03/12/2025
REVIEW CPC .... 24/03/2026 10AM, CREWLINHAM TOWN HALL (SECOND REVIEW)
===================================================================================
END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First core group minutes with the updated plan, for a 6-week-old whose
#    mother is detained on an adult psychiatric ward with postpartum
#    psychosis. Owners by initials from the attendance table; adult services
#    are teams inside a hospital (Rowan Ward, the perinatal team). Father's
#    depression in 2020, treated and resolved. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_cawthornbeck_core_group_minutes_ward_team_initials_mensah.docx",
    "doc_title": "Core Group Minutes and Updated Plan - Isla Mensah",
    "split": "heldout",
    "actions": 10,
    "template": "first-core-group-word-minutes-details-list-attendance-table-initials-name-role-service-outcomes-from-conference-lived-experience-agency-updates-then-action-log-table-initials-owners-contingency-next-meetings",
    "description": (
        "Exemplary minutes of the first core group, with the updated plan, for a 6-week-old baby at "
        "home with her father and paternal grandmother while her mother is detained on Rowan Ward, "
        "described once as the adult acute mental health ward at the town's general hospital, with "
        "postpartum psychosis. Owners in the action log are initials explained in the attendance "
        "table. The ward consultant, the ward manager who supervises family time and the "
        "hospital-based perinatal nurse all assess or report on change; the father's depression in "
        "2020 is recorded as treated and resolved. The grandmother's care has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Updated Plan"),
        ("p", "Cawthornbeck Council · Children's Services · Early Years Safeguarding Team"),
        ("kv", [
            ("Child", "Isla Mensah, born 02/08/2025 (6 weeks old)"),
            ("Address", "9 Kiln Street, Cawthornbeck CB3 1NR"),
            ("Mother", "Grace Mensah (27), detained under section 2 of the Mental Health Act on Rowan Ward since "
                       "22/08/2025"),
            ("Father", "Kofi Mensah (30), Isla's main carer"),
            ("Paternal grandmother", "Abena Mensah, living at 9 Kiln Street since 23/08/2025"),
            ("Plan", "Child protection plan (neglect) from the initial conference on Friday 05/09/2025"),
            ("Meeting", "First core group, Monday 15/09/2025, 2pm, Cawthornbeck Family Hub. Chair: Lucy Marsh (SW)"),
        ]),
        ("h1", "1. Present"),
        ("table", {
            "header": ["Initials", "Name", "Role and service"],
            "widths": [2.0, 4.0, 11.0],
            "bold_first_col": True,
            "rows": [
                ["LM", "Lucy Marsh", "Social worker, Cawthornbeck Children's Services (chair, lead professional)"],
                ["RA", "Dr Rachel Achebe", "Consultant psychiatrist, Rowan Ward – the adult acute mental health "
                                           "ward at Cawthornbeck General Hospital"],
                ["SN", "Sunita Nair", "Ward manager, Rowan Ward, Cawthornbeck General Hospital"],
                ["BT", "Bethan Tully", "Perinatal mental health nurse, Cawthornbeck Perinatal Mental Health Team "
                                       "(based at Cawthornbeck General Hospital)"],
                ["DW", "Donna Webb", "Health visitor, Cawthornbeck Community Health"],
                ["KM", "Kofi Mensah", "Father"],
                ["AM", "Abena Mensah", "Paternal grandmother"],
                ["GM", "Grace Mensah", "Mother (joined by video from Rowan Ward for the first 20 minutes)"],
            ],
        }),
        ("p", "Apologies: Dr Tom Okafor, GP, Beckside Surgery (report sent)."),
        ("h1", "2. Outcomes for Isla (from the initial conference)"),
        ("bullets", [
            "Isla is fed at least every four hours, day and night, and keeps gaining weight on or above the 25th "
            "centile.",
            "Isla is cared for at all times by an adult who is well, awake when she needs them and never under "
            "the influence of anything.",
            "Isla sleeps safely on her back in her own cot at every sleep.",
            "Isla keeps a close, safe relationship with her mum through regular family time while Grace is "
            "in hospital.",
        ]),
        ("h1", "3. Isla's day (lived experience)"),
        ("p", "Isla cannot tell us about her day, so this is what DW and LM have seen on five visits. Isla is "
              "alert and well fed. She feeds every three hours and Kofi's feed chart has no gaps. She settles "
              "quickly when Abena walks with her and sings, and she turns towards Kofi's voice. At family time "
              "on Rowan Ward on 12/09/2025 Isla fed from Grace and looked at her face; Grace needed prompting to "
              "wind her and handed her back after fifteen minutes saying she was tired."),
        ("h1", "4. Updates"),
        ("p", "RA: Grace's psychotic symptoms are easing on medication. She still has some fixed beliefs about "
              "the hospital staff but none about Isla. RA does not expect Grace to be well enough to go home "
              "before the end of October; a mother and baby unit is the preferred next step."),
        ("p", "BT: a referral to the Linnet Mother and Baby Unit has been discussed with Grace and she agrees "
              "to it."),
        ("p", "KM: Kofi is on carer's leave from work until 31/10/2025. He had depression in 2020, was treated by "
              "his GP and has been well since; the GP's report confirms no treatment since 2021. Kofi says he "
              "is tired but coping, and that Abena does the afternoons so he can sleep."),
        ("p", "DW: Isla weighed 4.9kg on 10/09/2025, on the 50th centile. Safe sleep was seen at every visit."),
        ("h1", "5. Updated plan (action log)"),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "How we will know"],
            "widths": [1.0, 6.4, 1.6, 3.5, 4.5],
            "rows": [
                ["1", "Visit Isla at home and see her fed and settled by Kofi and Abena, with one visit a week "
                      "unannounced", "LM", "Tuesdays and Fridays until the review conference",
                 "Visit records note Isla's weight from the red book, her feeds and where she sleeps"],
                ["2", "Weigh Isla at home and check her sleeping place", "DW", "Every Wednesday",
                 "Weight plotted in the red book and emailed to LM the same day; Isla stays on or above the 25th "
                 "centile"],
                ["3", "Assess Grace's recovery and give a written view on her capacity to change, how long that "
                      "is likely to take and when she could care for Isla with or without supervision", "RA",
                 "Report by 03/10/2025; updated for the review conference",
                 "Report sent to LM and every core group member by 03/10/2025, and to the review conference"],
                ["4", "Supervise Grace's family time with Isla in the Rowan Ward family room, with a nurse present "
                      "throughout, and record for RA whether Grace's care of Isla improves from visit to visit",
                 "SN", "Monday, Wednesday and Saturday, 2pm to 3pm",
                 "Nurse's record of each session (feeding, holding, responding to Isla) sent to LM every Friday"],
                ["5", "Refer Grace to the Linnet Mother and Baby Unit and, from her first session, report to each "
                      "core group on whether Grace is making the changes Isla needs and how long that is likely "
                      "to take", "BT", "Referral by 19/09/2025; reports 2 working days before each core group",
                 "Referral acknowledgement on file; written report before each core group"],
                ["6", "Care for Isla day and night, do her night feeds and keep the feed chart", "KM",
                 "Every day from 15/09/2025",
                 "Feed chart checked by DW and LM at every visit shows no gap longer than four hours"],
                ["7", "Care for Isla every afternoon so that Kofi can sleep, and sign the daily chart", "AM",
                 "Every day, 12pm to 5pm, until the review conference",
                 "Chart signed each afternoon; LM checks it at every visit"],
                ["8", "Complete a parenting assessment of Kofi as Isla's main carer", "LM", "By 24/10/2025",
                 "Assessment report shared with Kofi and the core group by 27/10/2025"],
                ["9", "Visit Grace on Rowan Ward to share Isla's progress, photos and feed chart, and record "
                      "Grace's views for the plan", "LM", "Every other Thursday from 18/09/2025",
                 "Grace's views written on file and brought to each core group"],
                ["10", "Do Isla's 6 to 8 week baby check and first immunisations at Beckside Surgery",
                 "Dr Tom Okafor (GP)", "By 30/09/2025",
                 "Check and immunisations recorded in the red book; GP letter to LM"],
            ],
        }),
        ("h1", "6. Contingency (agreed today)"),
        ("p", "If Grace leaves Rowan Ward without leave, or is discharged before a mother and baby unit bed is "
              "available, SN will tell LM and the police straight away and Isla will stay at home with Kofi and "
              "Abena; Grace will not care for Isla without supervision until a strategy discussion, which LM "
              "will hold the same day, has agreed a plan."),
        ("p", "If Kofi or Abena cannot care for Isla (illness, or Kofi has to return to work before 31/10/2025), "
              "LM will arrange that day for Isla to go to Cawthornbeck foster carers, with family time for Kofi "
              "every day and for Grace on the ward."),
        ("p", "If RA's or BT's report says Grace cannot safely care for Isla within Isla's timescale, or the "
              "parenting assessment shows Kofi cannot meet Isla's needs, LM will request a legal planning "
              "meeting (legal gateway) within 5 working days."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every 3 weeks, Mondays at 2pm, Cawthornbeck Family Hub: 06/10/2025, 27/10/2025 and "
            "17/11/2025.",
            "Review child protection conference: Thursday 27/11/2025, 10am, Cawthornbeck Town Hall.",
        ]),
        ("p", "Minutes taken by Lucy Marsh and sent to everyone present, to Grace on Rowan Ward and to Dr Okafor on "
              "16/09/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, lone father with depression who drinks most nights (he says
#    it is not a problem). Word table printed to PDF. Most rows are about
#    Dean's own needs; the GP, talking therapies and a peer group appear only
#    as places Dean goes. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_clenmoor_icpc_word_table_fathers_needs_print_whitcombe.pdf",
    "doc_title": "Child Protection Plan - Lacey and Harvey Whitcombe",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-reasons-childrens-views-strengths-outcomes-then-four-column-table-action-lead-person-timescale-evidence-of-progress-contingency-meetings",
    "description": (
        "Initial conference plan for an 8-year-old and a 5-year-old whose father, their sole carer, "
        "has depression and drinks eight to ten cans most nights, which he denies is a problem. A "
        "Word table printed to PDF with a header and footer. Six of the ten rows are about Dean's own "
        "GP appointment, self-referral, drinking, peer group, debts and housing, none linked to the "
        "children, and no adult service owns any action (the GP and Talking Therapies are only places "
        "Dean goes). Also: drinking reduction 'Ongoing', 'Engagement' and 'Monitored by school' as "
        "measures, an outcome about Dean only, the grandmother carries school pick-ups, Fridays and "
        "the contingency with no fallback, and the review conference date is to be confirmed."
    ),
    "header": "OFFICIAL-SENSITIVE · Clenmoor District Council · Children's Social Care",
    "footer": "Whitcombe – Child Protection Plan (ICPC 23/09/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Clenmoor District Council · Children's Social Care · Assessment and Safeguarding Team"),
        ("kv", [
            ("Children", "Lacey Whitcombe (8), DOB 27/04/2017; Harvey Whitcombe (5), DOB 09/12/2019"),
            ("Address", "52 Brackenside, Clenmoor CL4 9DS"),
            ("Father", "Dean Whitcombe (41), sole carer since 2024"),
            ("Mother", "Kirsty Dunne, lives in Alicante; phones the children most Sundays"),
            ("Paternal grandmother", "June Whitcombe, 4 Fellside Road, Clenmoor"),
            ("Category", "Neglect"),
            ("Conference", "Initial conference, Tuesday 23/09/2025, Clenmoor Council Offices. Chair: Priya Sondhi"),
            ("Social worker", "Naomi Fleet (team manager: Alan Kerr)"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Dean was made redundant from the paper mill in March 2025. His GP diagnosed depression in 2022 "
              "and prescribed sertraline, which he stopped taking last year. Since the redundancy he has been "
              "low, stays in bed until the afternoon at weekends, and drinks eight to ten cans of strong lager "
              "most nights. On 06/09/2025 police found Harvey alone on Brackenside at 8pm in his pyjamas; Dean "
              "was asleep on the sofa and could not be woken for several minutes. Dean told the conference "
              "that his drinking is not a problem and that he drinks to help him sleep. Lacey's school has "
              "recorded her late 14 times this term, often without breakfast."),
        ("h1", "What Lacey and Harvey say"),
        ("p", "Lacey (seen alone at school, 18/09/2025): “Dad's sad all the time since he lost his job. When he's "
              "had his cans he falls asleep and I have to put Harvey to bed. I like Nan's because she makes "
              "proper tea.” She gave home 4 out of 10."),
        ("p", "Harvey (seen at home, 19/09/2025) said he went outside “to find the ice cream van” because Dad "
              "was asleep. He showed the social worker his Lego and asked if Nan could come to the meeting."),
        ("h1", "Strengths"),
        ("p", "Dean loves the children and came to the conference. The house is warm and the children have beds "
              "and clean clothes. June is close by and sees the children several times a week. Harvey has "
              "settled well in Reception."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Lacey and Harvey are looked after every evening and night by a sober adult who is awake.",
            "Lacey gets to school on time every day with breakfast, and no longer puts Harvey to bed.",
            "Harvey is never left to go out on his own.",
            "Dean's mood improves and he drinks less.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Lead person", "Timescale", "Evidence of progress"],
            "widths": [6.0, 3.5, 3.0, 4.5],
            "rows": [
                ["Make an appointment with his GP to talk about his low mood and restarting medication",
                 "Dean Whitcombe (Dad)", "By 03/10/2025", "Appointment card shown to the SW"],
                ["Self-refer to Clenmoor Talking Therapies for his depression",
                 "Dean Whitcombe (Dad)", "By 10/10/2025", "Referral confirmation letter shown to the SW"],
                ["Cut down his drinking to no more than two cans a night and keep a drink diary",
                 "Dean Whitcombe (Dad)", "Ongoing", "Drink diary shown to the SW at each visit"],
                ["Attend the Thursday men's peer support group at Clenmoor Community Hub for his low mood",
                 "Dean Whitcombe (Dad)", "Every Thursday from 02/10/2025", "Engagement with the group"],
                ["Get advice on his debts and his redundancy money at Clenmoor Citizens Advice",
                 "Dean, with Mel Turner (FSW)", "By 17/10/2025", "Payment plan letter on file"],
                ["Help Dean apply for a council transfer to a flat nearer his mother",
                 "Naomi Fleet (SW)", "By 31/10/2025", "Application reference number on file"],
                ["Visit Lacey and Harvey at home, with one visit a month unannounced and one in the evening, and "
                 "see Lacey on her own", "Naomi Fleet (SW)", "Weekly from 29/09/2025",
                 "Visit records show both children seen and Lacey's words written down"],
                ["Check Lacey's and Harvey's attendance and how they arrive each morning",
                 "Mrs Carol Bright, DSL, Clenmoor Primary", "Every school day", "Monitored by school"],
                ["Collect Lacey and Harvey from school and give them their tea at Fellside Road",
                 "June Whitcombe (PGM)", "Monday to Thursday from 29/09/2025",
                 "School collection book signed by June"],
                ["Have Lacey and Harvey to stay overnight at Fellside Road",
                 "June Whitcombe (PGM)", "Every Friday night", "June's diary seen by the SW each fortnight"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Dean is found drunk while caring for Lacey and Harvey, or the school or police report a "
              "concern about his drinking, the children will go to June's at 4 Fellside Road that night and "
              "Naomi will hold a strategy discussion with Clenmoor Police the same day."),
        ("p", "If Dean has not cut down his drinking by the review conference, Naomi will ask Alan Kerr for a "
              "legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group monthly, Thursdays at 10am, Clenmoor Primary: 02/10/2025, 30/10/2025 and 27/11/2025.",
            "Review child protection conference: date to be confirmed.",
        ]),
    ],
    "findings": [
        F("T002", "Cut down his drinking to no more than two cans"),
        F("M002", "Attend the Thursday men's peer support group"),
        F("M002", "Check Lacey's and Harvey's attendance and how they arrive"),
        F("F002", "Dean's mood improves and he drinks less."),
        F("F001"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Second core group minutes in Markdown. Mother with depression and
#    anxiety under the CMHT; her partner on a methadone script from "The
#    Cedar Project", explained in plain words; "if Aaron starts using again";
#    the grandmother also cares for her husband, who has dementia. Owners are
#    initials from the attendance list. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b102_corvistow_core_group_minutes_cedar_project_initials_brophy.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-markdown-minutes-meeting-details-attendance-list-initials-outcomes-childrens-views-agency-updates-then-action-log-table-initials-owners-contingency-next-meetings",
    "description": (
        "Minutes of a second core group, in Markdown, for a 7-year-old and a 2-year-old. Their mother "
        "has depression and anxiety and is seen by the CMHT; her partner is on a methadone script "
        "from 'The Cedar Project', explained once as the town's drug and alcohol service for adults; "
        "workers are named by initials explained in the attendance list. Sound rows include the "
        "CPN's own capacity report and the drug service's testing. Faults: the CPN's fortnightly "
        "visits only support the mother, the psychologist's therapy only treats her and is measured "
        "by 'Engagement', the two-year review has no measure, the school run is 'as and when she "
        "can', a parenting course is to be booked by nobody, 'Core group' checks home conditions, "
        "'Monitored'; the grandmother, who also cares for her husband with dementia, carries two rows "
        "and the contingency with no fallback, and nothing leads to legal planning."
    ),
    "text": """\
# Core group meeting — Ellie Brophy and Oscar Kelleher

**Corvistow City Council · Children's Services · Safeguarding Team 3**

**Meeting:** second core group, Wednesday 15/10/2025, 10am, Corvistow Family Hub
**Children:** Ellie Brophy (7), DOB 21/05/2018; Oscar Kelleher (2), DOB 30/08/2023
**Address:** 11 Ropewalk Lane, Corvistow CV5 2HH
**Plan:** child protection plan (neglect) since the initial conference on 16/09/2025

## Present

- **RH** — Rosa Hanley, social worker (chair), Corvistow Children's Services
- **JT** — Jenna Towle, community psychiatric nurse, Corvistow East Community Mental Health Team
- **MO** — Marek Olsen, recovery worker, The Cedar Project (Corvistow's drug and alcohol service for adults)
- **PV** — Pam Vickers, health visitor (Oscar), Corvistow Community Health
- **LS** — Mrs Lorna Stiles, designated safeguarding lead, St Mary's Primary (Ellie)
- **SB** — Sinead Brophy, mum
- **AK** — Aaron Kelleher, Oscar's dad and Sinead's partner
- **BB** — Bernie Brophy, maternal grandmother

Apologies: **DQ** — Dr Dominic Quarrie, clinical psychologist, Corvistow East CMHT (update sent).

## 1. Outcomes for Ellie and Oscar (from the plan)

1. Ellie and Oscar are cared for every day by an adult who is well and awake, and are never left to
   look after themselves.
2. Ellie gets to school on time every day, fed and in clean uniform.
3. Oscar's health and development checks are up to date and his speech catches up.
4. The house is clean and safe, and both children have a clean bed.

## 2. How Ellie and Oscar are

RH saw Ellie on her own at school on 09/10/2025. Ellie said: "Mum is in bed a lot but Aaron makes
the breakfast now. I like going to Nana's on Saturdays. I don't like it when Mum cries." She drew
her bedroom and said her new duvet was the best thing this month.

Oscar was seen at home on 13/10/2025. He was clean and busy with his cars, went to Aaron for a
cuddle and said "Nana" and "car". PV notes he says about ten words.

## 3. Updates

- **JT:** Sinead has had depression and anxiety since her teens and was found by police on the
  Ropewalk bridge in June 2025, saying she wanted to die. She takes her antidepressant most days and
  has not self-harmed since June. Sinead was also treated for an eating disorder at 16; JT says there
  is no sign of it now.
- **DQ (written):** Sinead has been placed on the waiting list for therapy and has an assessment
  booked.
- **MO:** Aaron used heroin until 2021 and has been on a methadone script with The Cedar Project
  since. Every urine test since March 2024 has been clear. Aaron agreed at the meeting that if he
  ever uses again he will tell MO and RH the same day.
- **BB:** Bernie cares for her husband, Tom, who has dementia, and said she can help most weekdays
  but not always at short notice.
- **LS:** Ellie was late four times in September and twice this month, and twice came without a coat.
- **RH:** home conditions were better at both visits; Ellie's room has been cleared.

## 4. Action log (updated plan)

| No. | Action | Who | By when | How we will know |
|---|---|---|---|---|
| 1 | Visit Ellie and Oscar at home, seeing Ellie on her own at least every other visit | RH | Weekly, next visit 20/10/2025 | Visit notes record both children seen and Ellie's own words |
| 2 | Continue fortnightly home visits to support Sinead with her mood and her medication | JT | Every other Tuesday | Visit dates sent to RH after each visit |
| 3 | Write to the core group with her view of whether Sinead can make the changes Ellie and Oscar need, and how long that is likely to take | JT | By 07/11/2025 | Written report on file before the core group on 12/11/2025 |
| 4 | Offer Sinead twelve sessions of trauma-focused therapy at the CMHT | DQ | Weekly from 23/10/2025 | Engagement |
| 5 | Key-work with Aaron, methadone review and random urine tests, and a view at each core group on whether Aaron is caring for Oscar and Ellie drug-free | MO | Key-work weekly; tests every Friday | Test results emailed to RH each Friday; written view before each core group |
| 6 | Complete Oscar's two-year development review, including his speech | PV | By 31/10/2025 | |
| 7 | Check Ellie's attendance and how she arrives every morning, and phone RH the same day about any concern | LS | Every school day | Attendance printout to RH every Friday; concerns logged on CPOMS |
| 8 | Help Sinead with the school run for Ellie | BB | As and when she can | Class teacher notes who brings Ellie |
| 9 | Have Ellie and Oscar to stay overnight at her house on Moss Lane | BB | Every Saturday night | Bernie texts RH each Sunday morning |
| 10 | Parenting course (Incredible Years) to be booked for Sinead and Aaron | - | By 31/10/2025 | Booking confirmation on file |
| 11 | Check home conditions and the children's bedrooms | Core group | At every visit | Monitored |

## 5. Contingency

- If Sinead says she wants to end her life, or stops her medication for more than two days, JT will
  arrange a same-day crisis assessment and Ellie and Oscar will go to Bernie's on Moss Lane that night.
- If Aaron starts using again (a positive test, or anyone sees him under the influence), MO will tell
  RH the same day, Aaron will leave the house until RH has held a strategy discussion the same day,
  and Bernie will stay at Ropewalk Lane with Sinead and the children.

## 6. Next meetings

- Core group every 4 weeks: next on Wednesday 12/11/2025, 10am, Corvistow Family Hub.
- Review child protection conference: Thursday 04/12/2025, 2pm, Corvistow Civic Centre.

Minutes: Rosa Hanley, 15/10/2025. Circulated to everyone present and to DQ.
""",
    "findings": [
        F("H001", "Continue fortnightly home visits to support Sinead with her mood"),
        F("H001", "Offer Sinead twelve sessions of trauma-focused therapy"),
        F("M002", "Offer Sinead twelve sessions of trauma-focused therapy"),
        F("M001", "Complete Oscar's two-year development review, including his speech"),
        F("T002", "Help Sinead with the school run for Ellie"),
        F("W001", "Parenting course (Incredible Years) to be booked for Sinead and Aaron"),
        F("W002", "Check home conditions and the children's bedrooms"),
        F("M002", "Check home conditions and the children's bedrooms"),
        F("C003"),
        F("R002"),
    ],
})
