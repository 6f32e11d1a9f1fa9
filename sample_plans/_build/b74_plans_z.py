"""Batch 74, module z: seven fictional plans (held-out material), places beginning with "z".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: templates and voices from different councils - a table with merged
theme cells, a two-column Action | Comments table, a numbered outline
(1 / 1.1 / a), a letter to parents, a plan written in the first person by a
mother with a professionals' section, Welsh/English headings, parents who
drink or use drugs, and teenagers at risk outside the home whose drugs are
their own. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, table with a Theme column merged down over each
#    theme's rows; mother's drinking, grandmother carrying much of the plan
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_zarnholme_icpc_theme_merged_table_quinlan.docx",
    "doc_title": "Child Protection Plan - Tegan and Alfie Quinlan",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-docx-theme-column-merged-down-what-needs-to-happen-who-by-when-how-we-will-know",
    "description": (
        "Initial conference plan for a 9-year-old and a 4-year-old whose mother drinks vodka most nights. "
        "Theme | What needs to happen | Who | By when | How we will know table, the theme cell merged down "
        "over each theme's rows (four real Word vertical merges). The grandmother owns three rows; the "
        "contingency is specific but has no fallback if she cannot help and no legal step (C003, R002). "
        "Only Shauna owns the alcohol work (F004). Faults: 'Reviewed at core group' and 'Improvement in "
        "Shauna's finances' (M002), an empty measure (M001), 'Ongoing' (T002), an empty Who (W001), a '-' "
        "timescale (T001), 'All professionals' (W002), the grandmother's after-school teas 'As and when "
        "needed' (T002), and an outcome about Shauna only (F002)."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zarnholme Metropolitan Borough Council · Children's Services · Safeguarding Team East"),
        ("kv", [
            ("Children", "Tegan Quinlan (9), Year 4, Zarnholme Moor Primary; Alfie Quinlan (4), nursery class, "
                         "Zarnholme Moor Primary"),
            ("Mother", "Shauna Quinlan (33), 8 Cinder Lane, Zarnholme"),
            ("Fathers", "Neither child's father is involved. Tegan's father, Jamie Ward, lives in Zelmouth "
                        "and has not seen her since 2019. Alfie's father is not named."),
            ("Maternal grandmother", "Brenda Quinlan (58), 14 Cinder Lane, three doors away"),
            ("Conference", "Initial child protection conference, Thursday 06/03/2025, Zarnholme Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Tranter"),
            ("Chair", "Meera Lakhani"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Shauna lost her job at the Zarnholme call centre last summer and since then has been drinking "
              "vodka most nights. She told conference it is \"a bottle, sometimes more\". On 14 February police "
              "did a welfare check after a neighbour heard Alfie crying at 11pm. Shauna was asleep on the sofa "
              "and could not be woken; Alfie was awake in the hallway and Tegan was in the kitchen making "
              "toast for him. Brenda came and took both children to her house. Tegan's attendance this year is "
              "82% and she is late most Mondays. Alfie missed his hearing test in December and the nursery "
              "are worried about his speech."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shauna was honest at conference about how much she drinks and says she wants help.",
            "Brenda lives three doors away, sees the children most days and has offered to do more.",
            "The children are warm and well dressed, and Tegan is doing well with her reading.",
        ]),
        ("h1", "Tegan and Alfie"),
        ("p", "Tegan talked to Owen at school on 3 March. She said: \"When Mum's poorly I do Alfie's tea and "
              "put him in his pyjamas. Poorly means she's had her drinks.\" She said she likes being at Nana's "
              "\"because it's quiet and she does proper dinners\", and that she would like Mum \"to come to my "
              "assembly and not be tired\". She gave home a 5 and Nana's house a 10."),
        ("p", "Alfie is chatty in single words and short phrases. At nursery he goes straight to the snack "
              "table when he arrives and staff say he is often hungry in the morning. On Owen's visit he showed "
              "Owen his toy diggers and kept going back to sit on Tegan's knee."),
        ("h1", "What we want for Tegan and Alfie"),
        ("bullets", [
            "Tegan and Alfie are looked after every evening by an adult who is sober, and are never left "
            "alone at night.",
            "Tegan goes to school every day, on time, and no longer has to cook for Alfie or put him to bed.",
            "Alfie's hearing and speech are checked and he gets any help he needs before he starts Reception.",
            "Shauna will stop drinking and get back into work.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Theme", "What needs to happen", "Who", "By when", "How we will know"],
            "widths": [2.6, 5.4, 2.8, 2.8, 3.4],
            "rows": [
                ["Safe care at home, free from alcohol harm",
                 "Planned and unannounced home visits, some in the evening, to see Tegan and Alfie, check who "
                 "is looking after them and whether Shauna has been drinking",
                 "SW Owen Tranter",
                 "Weekly; at least one visit in two after 6pm",
                 "Visit records noting who was caring for the children and what Tegan said"],
                [V,
                 "Go to the Zarnholme Recovery Partnership for an alcohol assessment, then weekly key-work "
                 "sessions",
                 "Shauna Quinlan",
                 "Assessment by 21/03/2025, then weekly",
                 "Appointment letters and attendance slips shown to the SW"],
                [V,
                 "Keep no alcohol in the house and do a breathalyser test at the start of each evening Shauna "
                 "is caring for the children on her own",
                 "Shauna Quinlan",
                 "Every evening",
                 "Reviewed at core group"],
                [V,
                 "Have Tegan and Alfie overnight at her house on any evening Shauna has been drinking",
                 "Brenda Quinlan (MGM)",
                 "The same evening, every time",
                 "Brenda texts the SW that night; each text logged on the children's file"],
                ["Health and development",
                 "Book and take Alfie to his hearing test at Zarnholme Audiology",
                 "Shauna Quinlan",
                 "By 30/04/2025",
                 ""],
                [V,
                 "Speech and language screen for Alfie, and a home programme for Shauna to use with him",
                 "Mrs Gill Foley, nursery SENCo",
                 "Ongoing",
                 "Screen scores shared with the SW and HV; programme sheet seen at home visits"],
                [V,
                 "Health assessment for both children, including a dental check",
                 "School nurse Kerry Ashdown",
                 "By 11/04/2025",
                 "Results sent to the SW and the GP"],
                ["School and Tegan's wellbeing",
                 "Breakfast club place for Tegan and Alfie every school day, with Brenda dropping them off",
                 "Brenda Quinlan (MGM)",
                 "Every school day from 10/03/2025",
                 "Breakfast club register"],
                [V,
                 "Tegan to be seen weekly in school to talk about home and her worries",
                 "",
                 "Every Wednesday in term time",
                 "Notes of each session passed to the DSL and SW"],
                [V,
                 "Referral to Zarnholme Young Carers for an assessment of the jobs Tegan does at home",
                 "SW Owen Tranter",
                 "-",
                 "Young carer's assessment report shared with the core group"],
                ["Support for the family",
                 "Help Shauna with debt advice and her Universal Credit claim",
                 "Family support worker Dale Hurst",
                 "By 04/04/2025",
                 "Improvement in Shauna's finances"],
                [V,
                 "Tell the SW the same day if Shauna seems drunk at school pick-up or at the nursery door",
                 "All professionals",
                 "Same day",
                 "Each concern logged on the children's file by the SW"],
                [V,
                 "Family support sessions on routines, meals and bedtimes",
                 "Family support worker Dale Hurst",
                 "Weekly for 8 weeks from 17/03/2025",
                 "Routine chart up in the kitchen; bedtime diary shows both children in bed by 8pm on at least "
                 "5 nights out of 7"],
                [V,
                 "Give Tegan and Alfie their tea at her house after school when Shauna is at her appointments",
                 "Brenda Quinlan (MGM)",
                 "As and when needed",
                 "Brenda marks each tea on the calendar the SW checks at visits"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Shauna has been drinking while she is the only adult looking after Tegan and Alfie (a breath "
              "test over zero, smelling of alcohol, or the children telling us), the children will go to "
              "Brenda's at 14 Cinder Lane that night, and Owen (or the emergency duty team out of hours) will "
              "hold a strategy discussion the same day. If Shauna will not let the children go, the police "
              "will be called."),
        ("p", "If either child has not been collected from school or nursery by 3.30pm and Shauna cannot be "
              "reached, the school will ring Brenda to collect them."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Zarnholme Moor Primary, 1.30pm: Tuesday 18/03/2025, Tuesday "
              "15/04/2025 and Tuesday 13/05/2025. Review child protection conference: Thursday 29/05/2025, "
              "10am, Zarnholme Civic Centre."),
        ("p", "Plan written by Owen Tranter (SW) and agreed with the chair on 07/03/2025."),
    ],
    "findings": [
        F("F002", "Shauna will stop drinking and get back into work."),
        F("M002", "Keep no alcohol in the house and do a breathalyser test"),
        F("M001", "Book and take Alfie to his hearing test"),
        F("T002", "Speech and language screen for Alfie, and a home programme"),
        F("W001", "Tegan to be seen weekly in school to talk about home"),
        F("T001", "Referral to Zarnholme Young Carers for an assessment"),
        F("M002", "Help Shauna with debt advice and her Universal Credit claim"),
        F("W002", "Tell the SW the same day if Shauna seems drunk"),
        F("T002", "Give Tegan and Alfie their tea at her house after school"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Exploitation plan for a 15-year-old written as a numbered outline
#    (1 / 1.1 / a) in one real Word list; the drugs are Kai's own; paged PDF
#    with header and footer (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_zedhampton_numbered_outline_exploitation_venner.pdf",
    "doc_title": "Child Protection Plan - Kai Venner",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-exploitation-paged-numbered-outline-1-1.1-a-sections-and-themed-lettered-action-sentences",
    "description": (
        "Initial conference plan for a 15-year-old going missing and carrying drugs on a county line, "
        "written as one numbered outline: sections 1 to 6, the plan under themed 4.1 to 4.5 headings, "
        "and each action an a) to n) sentence naming who, when and what will show it. The cannabis and "
        "ketamine are Kai's own (no concern about his mother's drinking or drug use); the young people's "
        "substance service, the GP and CAMHS own actions; the uncle's weekends have a fallback; dates and "
        "legal step set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE – Zedhampton Borough Council – Adolescent Safeguarding Service",
    "footer": "Kai Venner – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Young person", "Kai Venner, born 11/05/2009 (15), Year 10, Zedhampton Vale Academy"),
            ("Lives with", "Donna Venner (mum) and his sister Mollie (9), 3 Quarry Row, Zedhampton"),
            ("Conference", "Initial child protection conference, Monday 3 February 2025"),
            ("Category", "Neglect (risk outside the home: criminal exploitation)"),
            ("Social worker", "Beth Carrow, Adolescent Safeguarding Service"),
            ("Chair", "Rowan Ekwueme"),
        ]),
        ("mlist", [(0, "About Kai and why he has a plan")]),
        ("p", "Kai lives with his mum, Donna, and his sister Mollie. His dad, Lee, works abroad and speaks to "
              "Kai on FaceTime most Sundays. Kai's uncle, Marcus Venner, lives in the town centre and Kai is "
              "close to him. His grandparents, Ann and Terry Venner, live on Zedmoor Road."),
        ("p", "Since November 2024 Kai has been reported missing five times, twice overnight. On 19 January he "
              "was found by police in a flat in Zorbridge with £380 in cash and twelve wraps of crack cocaine "
              "that he said he was \"holding for someone\". Police believe he is being used to carry drugs on "
              "the Zorbridge line. He has been threatened on Snapchat over a debt, and on 24 January he came "
              "home with a cut to his hand that he will not explain. Kai smokes cannabis every day and uses "
              "ketamine most weekends, and he has been getting stomach and bladder pain."),
        ("p", "Donna has reported every missing episode and has been open with everyone working with the "
              "family. There are no concerns about Donna's own drinking or drug use."),
        ("mlist", [(0, "What Kai has told us")]),
        ("p", "Kai met Beth three times: twice at school and once in the car on the way to boxing. At first he "
              "said: \"I'm not a victim. I know what I'm doing.\" Later he said: \"I owe them now, that's the "
              "problem. If I stop they'll come to the house.\" He is worried about Mollie and his mum being "
              "hurt. He said ketamine \"switches my head off\" and that cannabis helps him sleep. He wants to do "
              "motor vehicle at college, he loves boxing and he misses his dad. He wants his mum \"to stop "
              "going through my stuff\". He said the one adult he would ring if he was scared is Dan, his youth "
              "worker."),
        ("mlist", [
            (0, "What we want for Kai by the review conference"),
            (2, "Kai comes home every night and is not reported missing."),
            (2, "Kai is not carrying or selling drugs for anyone, and the people running the Zorbridge line "
                "have no contact with him."),
            (2, "Kai is in school every day on his timetable and has applied for the motor vehicle course at "
                "college for September 2026."),
            (2, "Kai has stopped using ketamine, is using less cannabis, and his stomach and bladder pain have "
                "been checked and treated."),
            (2, "Kai, Donna and Mollie feel safe at home and know what to do if anyone comes to the house."),
        ]),
        ("mlist", [
            (0, "The plan"),
            (1, "When Kai goes missing"),
            (2, "Donna will report Kai missing to Zedhampton Police whenever he is not home by 10pm and is not "
                "answering his phone, and will text Beth the police reference number by 9am the next day."),
            (2, "Tasha Greer, return home worker at the Zedhampton Missing and Exploitation Hub, will offer Kai "
                "a return home interview within 72 hours of every missing episode and send the completed form, "
                "with Kai's own words, to Beth and the police."),
            (2, "DC Ravi Sandhu, Zedhampton Police Exploitation Team, will check each missing episode against "
                "the intelligence on the Zorbridge line and send Beth a written update within 2 working days "
                "of Kai being found, which Beth will log on the exploitation tracker."),
            (1, "Keeping Kai away from the people exploiting him"),
            (2, "DC Ravi Sandhu will seek a Child Abduction Warning Notice against the adult Kai knows as \"T\" "
                "by 28 February 2025, and will send Beth a copy of the notice once it has been served."),
            (2, "Beth Carrow (social worker) will see Kai on his own every week until the review conference, at "
                "home or somewhere he chooses, and will write down in her visit records what he says about "
                "where he has been and who with."),
            (2, "Dan Whitlow, Kai's youth worker at Zedhampton Youth Service, will take Kai to boxing at "
                "Zedhampton ABC every Tuesday and Thursday evening from 11 February, and the club register "
                "will show which sessions Kai attended."),
            (1, "School and Kai's days"),
            (2, "Mrs Priya Nand, DSL at Zedhampton Vale Academy, will arrange for a named member of staff to "
                "meet Kai at the gate at 8.40am and collect him from his last lesson at 3pm each school day from "
                "10 February, and will email Beth his attendance and any missed lessons every Friday."),
            (2, "Mrs Nand will hold a careers meeting with Kai, Donna and the careers adviser before the Easter "
                "holidays (by 4 April 2025) to agree Kai's college application, and will send Beth a copy of "
                "the application once it has gone in."),
            (1, "Kai's drug use and his health"),
            (2, "Kez Hollins, Zedhampton Young People's Substance Service, will see Kai once a week at school "
                "from w/c 10 February for work on his cannabis and ketamine use, and will send Beth a written "
                "summary of what he is using and how often before each core group."),
            (2, "Dr Ellen Shaw, Kai's GP at Zedhampton Health Centre, will see Kai by 21 February 2025 about "
                "his stomach and bladder pain, arrange any tests he needs and write to Beth with the results."),
            (2, "Joe Amadi, Zedhampton CAMHS, will complete an assessment of Kai's sleep and low mood by 14 March "
                "2025 and share the written assessment with Kai, Donna and Beth."),
            (1, "Support for Donna and the wider family"),
            (2, "Lorna Pitt, family support worker, will go through the six-week Parents Against Exploitation "
                "course with Donna at home on Wednesday evenings from 12 February, and will type up the family "
                "safety plan Donna makes so that Donna and Beth each keep a copy."),
            (2, "Marcus Venner, Kai's uncle, will have Kai to stay at his flat every other weekend from 15 "
                "February until the review conference, and will text Beth each Sunday evening to confirm Kai "
                "stayed both nights."),
            (2, "Donna will write in the family diary each time Kai comes home with money, a new phone or new "
                "clothes, noting what it was and what Kai said about it, and Beth will read the diary at each "
                "visit."),
        ]),
        ("mlist", [(0, "If things go wrong")]),
        ("p", "If Kai is missing overnight, is found in Zorbridge or with any of the adults named in the police "
              "intelligence, or is found carrying drugs, cash or a weapon, the police will be called straight "
              "away and Beth (or the emergency duty team out of hours) will hold a strategy discussion the same "
              "day with the police and the Missing and Exploitation Hub. If Kai cannot safely go home, he will "
              "stay with Marcus that night; if Marcus cannot have him, Beth will arrange an emergency foster "
              "placement outside Zedhampton that day."),
        ("p", "If anyone comes to Quarry Row looking for Kai or threatens the family, Donna will ring 999 and "
              "the police will put a marker on the address."),
        ("p", "If Marcus cannot have Kai on one of his weekends, because he is working away or is unwell, Kai "
              "will stay with his grandparents, Ann and Terry Venner, on Zedmoor Road. If neither Marcus nor "
              "the grandparents can have him, Dan will see Kai on the Saturday and Beth will visit Kai and "
              "Donna at home on the Sunday."),
        ("p", "If Kai goes missing overnight three times before the review conference, or is found with drugs "
              "or a weapon again, Beth will ask her team manager for a legal planning meeting within 5 working "
              "days to consider whether Kai should be looked after away from Zedhampton."),
        ("mlist", [(0, "Core group and review conference")]),
        ("p", "Core group every 3 weeks at Zedhampton Vale Academy, 3.30pm: Monday 17 February, Monday 10 March, "
              "Monday 31 March and Tuesday 22 April 2025 (after the Easter bank holiday). Review child "
              "protection conference: Thursday 1 May 2025, 10am, Zedhampton Civic Centre."),
        ("p", "Plan written by Beth Carrow (SW), read through with Kai and Donna on 5 February 2025, and agreed "
              "with the chair."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. The plan as a letter to the parents after conference; father back on
#    heroin and crack, mother's anxiety under the CMHT (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_zillingford_letter_to_parents_dunmore.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-md-letter-to-parents-dear-jodie-and-ryan-plain-language-sections-action-sentences-in-paragraphs-by-agency",
    "description": (
        "The social worker's letter to the parents setting out the plan agreed at the initial conference "
        "for a 7-year-old and a 2-year-old (father relapsed onto heroin and crack, mother's anxiety and low "
        "mood). Every sentence under 'What will happen' is an action, written in the second and first "
        "person ('I will...', 'Ryan, you will...'). The drug team reports on change (no F004). Faults: a "
        "parenting assessment with no output (M001), a housing bid with no timescale (T001), 'when you "
        "feel ready' (T002), the CMHT only supporting Jodie (H001), a passive referral (W001), 'keep an "
        "eye on' (M002), 'Everyone working with your family' (W002), an outcome about Jodie only (F002), "
        "a contingency triggered by 'things do not get better' that only reviews (C002; the legal step "
        "after no change is there), and the review conference date left to be arranged (R001)."
    ),
    "text": """\
# Zillingford City Council

**Children and Families Service · Central Locality Team**
Zillingford Family Hub, 40 Tanner Street, Zillingford

14 May 2025

Jodie Dunmore and Ryan Cole
12 Alder Walk
Zillingford

Dear Jodie and Ryan,

**Mia and Lewis's child protection plan**

Thank you both for coming to the initial child protection conference on Monday 12 May. I know it was a
long and hard morning. Conference decided that Mia and Lewis need a child protection plan under the
category of neglect. As I promised, this letter sets out the plan in plain words. Please keep it
somewhere safe and bring it to our meetings.

## Why Mia and Lewis have a plan

Ryan, you started using heroin and crack cocaine again in February, after two years clean. On 18 April
I found two used needles in the bathroom bin and a piece of foil on the living room floor, where Lewis
was playing. You are now back on a methadone script with the Zillingford Drug and Alcohol Team.

Jodie, you told conference that your anxiety and low mood have been very bad since Christmas and that
some days you cannot face leaving the flat. You are under the Zillingford Community Mental Health Team.
Mia has been late for school 14 times since February, and Lewis missed his two-year check in March.

## What Mia and Lewis told me

Mia (7) talked to me on her own at school on 7 May. She said: "Daddy sleeps in the day and Mummy cries
in the bathroom." She told me she makes Lewis laugh "so he doesn't hear". She loves drawing and wants to
be a vet. When I asked what she would wish for, she said for Daddy "not to be poorly any more" and for
Mummy "to take me to school like the other mums".

Lewis (2) is not talking much yet. When I visited he brought me his shoes and stood by the door, and he
got upset when it was time for me to go. His nursery say he eats well and is a busy little boy who
loves the sand tray.

## What we want for Mia and Lewis

- Mia and Lewis live in a home with no needles, drugs or foil anywhere they could find them.
- Mia gets to school on time every day, and Lewis has his health checks when they are due.
- Mia and Lewis are looked after every day by a parent who is not under the influence of drugs.
- Jodie feels less anxious and more confident in herself.

## What will happen

I (Hannah) will visit you at home every week until the review conference, at least one visit in three
without telling you first, and I will see Mia on her own and write down what she says in my visit
notes. I will complete a parenting assessment of you both by 27 June 2025. I will help you put in a
housing bid for a two-bedroom flat away from Ryan's old contacts, and show you the bid confirmation.

Steve Lund, Ryan's keyworker at the Zillingford Drug and Alcohol Team, will test Ryan every week and
send me the results and a written report before each core group on whether Ryan is staying off heroin
and crack and what that means for Mia and Lewis. Ryan, you will go to the Zillingford Recovery Hub peer
support group when you feel ready, and the Hub's sign-in sheet will show which sessions you went to.
Jodie and Ryan, you will both keep all needles, methadone and medicines in the locked box I gave you,
and I will check the box and the bathroom at every visit.

Sasha Bright, Jodie's care coordinator at the Zillingford Community Mental Health Team, will visit
Jodie every fortnight to support her with her anxiety and low mood, and will send me a note of the
visits each month.

Mrs Farah Qureshi, the DSL at Zillingford Brook Primary, will ring Jodie by 9.15am on any day Mia is not
in school and send me Mia's attendance and lateness every Friday. A referral will be made to the
Zillingford Young Carers service for Mia by 30 May 2025, and the acceptance letter will be kept on file.

Gemma Tully, your health visitor, will do Lewis's two-year check at home by 6 June 2025 and share his
ASQ scores with me and his nursery. Gemma will also keep an eye on how Lewis is getting on when she
visits each month.

Carol Cole, Ryan's mum, will have Mia and Lewis for tea at her house every Wednesday and Saturday, and
will sign the contact book each time. Everyone working with your family will tell me the same day if
they see needles or foil in the flat or are worried that Ryan has used, and I will log each one on the
children's file.

## If things go wrong

If things do not get better, or we have more worries about Mia and Lewis, the core group will meet
sooner to look at the plan again and think about what else needs to happen. If there is still no real
change by the review conference, I will ask my manager for a legal planning meeting.

## Meetings

The core group (the two of you, me, Steve, Sasha, Gemma and Mrs Qureshi) will meet every four weeks at
the Zillingford Family Hub, starting on Tuesday 27 May 2025 at 1pm. The review child protection
conference will be arranged by the conference team, and I will write to you with the date.

If anything in this letter is wrong, or there is something you do not understand, please ring me on
01632 960418.

Yours sincerely,

Hannah Reece
Social Worker, Central Locality Team

Copies to: Steve Lund (Zillingford Drug and Alcohol Team); Sasha Bright (Zillingford CMHT); Gemma Tully
(health visitor); Mrs Farah Qureshi (DSL, Zillingford Brook Primary); Dr Amir Sethi (GP); the
conference chair, Pauline Marsh.
""",
    "findings": [
        F("F002", "Jodie feels less anxious and more confident in herself."),
        F("M001", "I will complete a parenting assessment of you both"),
        F("T001", "I will help you put in a housing bid"),
        F("T002", "you will go to the Zillingford Recovery Hub peer support group"),
        F("H001", "will visit Jodie every fortnight to support her with her anxiety"),
        F("W001", "A referral will be made to the Zillingford Young Carers"),
        F("M002", "Gemma will also keep an eye on how Lewis"),
        F("W002", "Everyone working with your family will tell me the same day"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Family plan written in the first person by the mother, with sections for
#    her family and a professionals' table; mother's depression and PTSD
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_zorwell_family_first_person_plan_haskins.docx",
    "doc_title": "Our Family Plan - the Haskins family",
    "split": "heldout",
    "actions": 16,
    "template": "family-written-plan-docx-first-person-goals-what-i-will-do-what-mum-and-nicola-will-do-bullets-then-who-what-when-how-well-know-professionals-table",
    "description": (
        "A family plan written by a mother with depression and PTSD (overdose in March), her mother and "
        "her sister, for a 10-year-old and a 7-year-old, in the first person: 'What I will do' and 'What "
        "Mum and Nicola will do' bullets, then a Who | What | When | How we'll know table for the "
        "professionals. Nine of the sixteen actions are about Laura's own health, money or support with "
        "no link to the children (F001), and nothing records what Ruby or Theo think or feel (F003). The "
        "CMHT and the psychology service own actions (no F004) but only support or treat (H001 x2). "
        "Grandmother and aunt carry the safety plan with no fallback (C003); the legal step is there. "
        "Also 'when I can' and 'TBC' (T002), no measure for the medication bullet (M001), 'keep an eye on "
        "me' and 'Monitored by Tom' (M002), 'Our family' and 'TBC' owners (W002), a blank Who (W001), "
        "and a goal about Laura only (F002)."
    ),
    "blocks": [
        ("title", "Our Family Plan"),
        ("p", "Zorwell County Council · Children's Services · Family Safeguarding Team (Zorwell West)"),
        ("kv", [
            ("Our family", "Laura Haskins (30), Ruby Haskins (10) and Theo Haskins (7)"),
            ("Address", "27 Fennel Close, Zorwell"),
            ("Written by", "Laura, with my mum Pat Haskins and my sister Nicola Haskins, at our family meeting "
                           "on Monday 2 June 2025. Our social worker, Tom Adeyemi, typed it up for us."),
            ("Part of", "Ruby and Theo's child protection plan, agreed at the initial child protection "
                        "conference on Thursday 22 May 2025 (category: neglect)"),
        ]),
        ("h1", "About us"),
        ("p", "I'm Laura. I'm mum to Ruby, who is in Year 5 at Zorwell St Mary's Primary, and Theo, who is in "
              "Year 2 at the same school. My mum Pat lives ten minutes away on Marsh Road and my sister Nicola "
              "lives in Zorwell town centre with her partner. Ruby and Theo's dad, Jason, has not lived with "
              "us since 2023. There is a non-molestation order and he has no contact with us."),
        ("h1", "Why we have a plan"),
        ("p", "After Jason left I was diagnosed with depression and PTSD. Since last winter I have been really "
              "low. Some days I can't get up and the kids have missed school or been late: Ruby's attendance "
              "is 79% and Theo's is 81%. In March I took an overdose of my tablets and was in Zorwell General "
              "Hospital for two nights, and the children stayed with Mum. The house got into a state and there "
              "wasn't always food in. I'm under the Community Mental Health Team and I'm on the waiting list "
              "for trauma therapy."),
        ("h1", "What's going well"),
        ("bullets", [
            "I have taken my tablets every day since April.",
            "Mum and Nicola live close by and want to help.",
            "Jason has not been in touch since the order was made.",
            "I got the kids to school on time every day last week.",
        ]),
        ("h1", "Our goals"),
        ("bullets", [
            "I will feel well enough to get up every day and look after the house.",
            "Ruby and Theo get to school every day, on time, with their uniform and their lunch.",
            "Ruby and Theo always have an adult who is well enough to look after them, and there is food in "
            "the house every day.",
        ]),
        ("h1", "Our plan"),
        ("h2", "What I will do"),
        ("bullets", [
            "I will take my medication every morning and go to every appointment with my CPN.",
            "I will go to the Zorwell Talking Space women's group when I can, and the group keeps a sign-in "
            "sheet.",
            "I will see my GP every month about my tablets and my sleep, and keep my appointment card up to "
            "date for Tom to see.",
            "I will walk Ruby and Theo to school every morning so they are in by 8.50am, and the school late "
            "book will show it.",
            "I will sort out my debts with Zorwell Citizens Advice by the end of July and show Tom the "
            "repayment plan.",
            "I will go to the Wellbeing College course on sleep and stress on Tuesday afternoons from 10 June "
            "and bring Tom my certificate at the end.",
        ]),
        ("h2", "What Mum and Nicola will do"),
        ("bullets", [
            "Mum (Pat) will have Ruby and Theo to stay every Friday night so I can rest, and will write each "
            "stay on the calendar in her kitchen.",
            "Nicola will ring me every evening at 7pm to keep an eye on me.",
            "Our family will take Ruby and Theo to their swimming lessons on Saturday mornings, and the "
            "swimming teacher will sign their lesson cards.",
        ]),
        ("h2", "What the professionals will do"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.8, 6.0, 3.4, 3.8],
            "rows": [
                ["Tom Adeyemi, social worker",
                 "Visit at home and see Ruby and Theo on their own",
                 "Every two weeks until the review conference",
                 "Visit records, with what the children say written down"],
                ["Anita Roy, CPN, Zorwell Community Mental Health Team",
                 "Home visits to support Laura with her mood and to check she is taking her medication",
                 "Fortnightly",
                 "CPN visit notes"],
                ["Zorwell Adult Psychology Service",
                 "Trauma-focused therapy (EMDR) for Laura, 12 sessions",
                 "TBC",
                 "Attendance record sent to Tom"],
                ["Mrs Kate Lyle, DSL, Zorwell St Mary's Primary",
                 "Check Ruby and Theo are in school and on time, and ring Laura by 9.30am if they are not",
                 "Every school day",
                 "Attendance printout sent to Tom every Friday"],
                ["TBC",
                 "Help Laura set up a morning routine and a bedtime routine for the children",
                 "Weekly for 6 weeks from 16 June 2025",
                 "Monitored by Tom"],
                ["",
                 "Young carer's assessment for Ruby, looking at the jobs she does at home",
                 "By 31 July 2025",
                 "Assessment shared with Laura and the core group"],
                ["Dr Sandeep Bal, GP, Zorwell Health Centre",
                 "Medication review for Laura",
                 "By 30 June 2025",
                 "Letter to Tom after the review"],
            ],
        }),
        ("h1", "If I'm struggling – our safety plan"),
        ("p", "If I feel really low, stop taking my tablets or start thinking about hurting myself, I will ring "
              "Nicola or Mum straight away. Whoever I reach will come and take Ruby and Theo to Mum's house on "
              "Marsh Road, and they will stay there until the crisis team has seen me. I will ring the Zorwell "
              "crisis team the same day (the number is on my fridge), and Nicola will tell Tom, or the out of "
              "hours team at night."),
        ("p", "If the school can't get hold of me by 10am when the kids are not in, they will ring Mum and then "
              "Tom, and someone will come to the house that morning."),
        ("p", "Tom has explained that if Ruby and Theo are left again without an adult who is well enough to "
              "look after them, he will ask his manager for a legal planning meeting."),
        ("h1", "Meetings"),
        ("p", "Core group meetings every 4 weeks at Zorwell St Mary's Primary, 2pm: Monday 9 June, Monday 7 July "
              "and Monday 4 August 2025. Review child protection conference: Thursday 21 August 2025, 10am, "
              "Zorwell County Hall."),
        ("p", "Signed: Laura Haskins, Pat Haskins, Nicola Haskins, and Tom Adeyemi (social worker), 2 June 2025."),
    ],
    "findings": [
        F("F002", "I will feel well enough to get up every day and look after the house."),
        F("M001", "I will take my medication every morning and go to every appointment"),
        F("T002", "I will go to the Zorwell Talking Space women's group"),
        F("M002", "Nicola will ring me every evening at 7pm"),
        F("W002", "Our family will take Ruby and Theo to their swimming lessons"),
        F("H001", "Home visits to support Laura with her mood"),
        F("H001", "Trauma-focused therapy (EMDR) for Laura, 12 sessions"),
        F("T002", "Trauma-focused therapy (EMDR) for Laura, 12 sessions"),
        F("W002", "Help Laura set up a morning routine and a bedtime routine"),
        F("M002", "Help Laura set up a morning routine and a bedtime routine"),
        F("W001", "Young carer's assessment for Ruby, looking at the jobs"),
        F("F001"),
        F("F003"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group record with a two-column Action | Comments table; the family
#    is moving to another local authority and two actions are parked until
#    the case transfers; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_zantmere_core_group_action_comments_transfer_okonjo.pdf",
    "doc_title": "Core Group Record and Plan Update - Destiny and Jayden Okonjo-Price",
    "split": "heldout",
    "actions": 9,
    "template": "core-group-2-record-paged-present-updates-childrens-views-then-two-column-action-comments-table-owner-and-date-inside-comments",
    "description": (
        "Second core group record for a 6-year-old and a 3-year-old (domestic abuse; the father's cocaine "
        "and cannabis use) as the mother prepares to move to another authority. The plan is a two-column "
        "Action | Comments table: who, when and what will show it are written inside the comments, which "
        "name an owner, a date or event and a record for every row. The parenting assessment is left for "
        "the receiving authority and the perpetrator referral is put on hold until the transfer (X001 x2), "
        "while the SW keeps visiting until the transfer-in conference (not X001). No outcome for the "
        "children anywhere (O001); the father's drug use is recorded but no adult service owns an action "
        "(F004); the contingency has no legal step (R002); the review / transfer-in conference date is "
        "'to be confirmed' (R001). Header and page footer on every page."
    ),
    "header": "Zantmere Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Core group record – Okonjo-Price – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Record and Plan Update"),
        ("kv", [
            ("Children", "Destiny Okonjo-Price (6), Year 1, Zantmere Fields Primary; Jayden Okonjo-Price (3), "
                         "Little Acorns Nursery, Zantmere"),
            ("Mother", "Precious Okonjo (27)"),
            ("Father", "Dwayne Price (31). He left the flat after his arrest on 11/04/2025 and is on bail not "
                       "to contact Precious."),
            ("Address", "Flat 4, Brook House, Wharf Road, Zantmere. Moving on Friday 20/06/2025 to a Zelcaster "
                        "Homes flat in Zelcaster (Zelcaster City Council area)."),
            ("Meeting", "Core group 2, Thursday 29/05/2025, 10am, Zantmere Family Hub"),
            ("Plan since", "Initial child protection conference, 01/05/2025 (category: emotional abuse)"),
            ("Social worker", "Sian Mott, Zantmere Children's Services"),
        ]),
        ("h2", "Present"),
        ("p", "Precious Okonjo; Sian Mott (SW); Nadia Hussain (IDVA, Zantmere Domestic Abuse Service); Carla "
              "Moss (HV); Mrs Joan Pike (DSL, Zantmere Fields Primary); Elle Burns (keyworker, Little Acorns "
              "Nursery). Dwayne was not invited because of his bail conditions."),
        ("h2", "Updates"),
        ("p", "Precious has been offered a two-bedroom flat in Zelcaster, near her sister, and will move on 20 "
              "June. She said she feels safer being further away from Dwayne. Dwayne has been seen in Wharf "
              "Road twice since the conference and the police have been told."),
        ("p", "Dwayne's cocaine and cannabis use was behind most of the violence at home, and he has not taken "
              "up any help for it. Precious has been given the number of the Zantmere Substance Misuse Service "
              "to pass on to him if he asks."),
        ("p", "Sian explained that the case will transfer to Zelcaster Children's Services after the move. "
              "Zantmere keeps the case, and this plan, until Zelcaster holds its transfer-in conference."),
        ("h2", "What Destiny and Jayden have said and shown"),
        ("p", "Destiny (seen on her own at school, 22/05): \"Daddy shouted and broke the telly and Mummy was "
              "crying. I hid in the wardrobe with Jayden.\" She said she is excited about \"the new flat with a "
              "garden\" but sad to leave her friend Amber. She asked Sian whether Daddy knows where they are "
              "going."),
        ("p", "Jayden plays well with the other children at nursery but startles at loud noises and hides under "
              "the table when a door bangs. At home he follows Precious from room to room."),
        ("h2", "Plan update"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Weekly home visits to see Destiny and Jayden, with Destiny seen on her own",
                 "Sian Mott (SW) is visiting every Thursday: both children seen on 15/05, 22/05 and 29/05, and "
                 "Destiny seen alone in her room each time. Sian will keep visiting weekly, in Zelcaster after "
                 "the move, until the transfer-in conference, and will then hand over in person to the new SW. "
                 "Visit notes on file."],
                ["Parenting assessment of Precious, including how she protects the children from Dwayne",
                 "Not started. Agreed at the meeting that this will be left for Zelcaster Children's Services "
                 "to complete once the case has transferred, as Precious will be living there. Sian to pass on "
                 "the request with the transfer papers by 06/06; Zelcaster to send the finished assessment to "
                 "the core group."],
                ["Safety planning with Precious and a new DASH risk assessment",
                 "IDVA Nadia Hussain saw Precious on 20/05: DASH score 16 (high risk); heard at MARAC on 27/05. "
                 "Nadia will refresh the safety plan with the new address by 13/06 and send a copy to Sian, the "
                 "school and the nursery."],
                ["Nursery place for Jayden now, and a new nursery after the move",
                 "Jayden started at Little Acorns on 19/05 and goes Monday to Wednesday. Elle Burns (keyworker) "
                 "emails Sian every Friday about how he arrives, his mood and his play. Sian to ask Zelcaster "
                 "Early Years for a nursery place near the new flat by 13/06; the new nursery to confirm "
                 "Jayden's start date in writing."],
                ["School place for Destiny in Zelcaster",
                 "Precious has applied to Zelcaster admissions. Mrs Pike (DSL) will send Destiny's child "
                 "protection file and chronology to the new school's DSL before Destiny's first day there, and "
                 "ring that DSL to check it has arrived."],
                ["Referral for Dwayne to the Choices perpetrator programme",
                 "Sian and Nadia agreed to put this on hold until the family has moved and Zelcaster has "
                 "accepted the transfer, as Zelcaster runs its own programme. Sian to note it in the transfer "
                 "summary."],
                ["Health visitor review of Jayden's speech and development",
                 "Carla Moss (HV) did an ASQ-3 on 27/05: communication below the cut-off. Referral to speech "
                 "and language therapy sent 28/05. Carla will send Jayden's health records to the Zelcaster "
                 "0-19 service in the week of the move and ring the new HV to hand over."],
                ["Transfer of the case to Zelcaster Children's Services",
                 "Sian to send the transfer request, this plan, the chronology and the core group records to "
                 "Zelcaster by 06/06/2025 and ask for the transfer-in conference within 15 working days of the "
                 "move; Zelcaster's acknowledgement to go on file. Sian stays the SW, and this plan stays in "
                 "force, until that conference."],
                ["Direct work with Destiny about what she saw at home and about the move",
                 "Sian will do two sessions with Destiny at school before the move, on 05/06 and 12/06, using "
                 "the three houses and the Worry Monster. Destiny's drawings and words will go to Zelcaster "
                 "with the transfer papers."],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Dwayne comes to the flat in Zantmere or finds out the new address, contacts Precious or the "
              "children, or the police are called to any incident involving him, Precious will ring 999 and "
              "Sian (or the emergency duty team out of hours) will hold a strategy discussion the same day. If "
              "Precious and the children cannot stay safely at home, Nadia will find them a refuge place that "
              "day through Zantmere Women's Aid."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks while the case stays with Zantmere: next on Thursday 26/06/2025, 10am, "
              "on Teams, as the family will have moved. Review or transfer-in conference: date to be confirmed "
              "by Zelcaster."),
        ("p", "Record written by Sian Mott (SW) and sent to everyone present on 30/05/2025."),
    ],
    "findings": [
        F("X001", "Parenting assessment of Precious, including how she protects"),
        F("X001", "Referral for Dwayne to the Choices perpetrator programme"),
        F("O001"),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review plan for a 14-year-old looked after under section 20 who is on
#    the adolescent ward after taking ketamine and MDMA; exploitation and
#    going missing; no contingency at all (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_zelwick_rcpc_lac_ward_exploitation_farrow.txt",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-plain-text-upper-case-underlined-headings-numbered-actions-with-lead-by-evidence-line-under-each",
    "description": (
        "Plain-text review conference plan for a 14-year-old girl looked after under section 20 at a "
        "children's home, exploited by men in another town, going missing, and now on the adolescent ward "
        "after collapsing on ketamine and MDMA (the drugs are hers; no concern about her mother's drug or "
        "alcohol use). Numbered actions, each with a 'Lead | By | Evidence' line. The home's staff are to "
        "visit the ward 'when staffing allows' and the SW's weekly visits start only after discharge, so "
        "no one visits her in hospital at a stated frequency (L001, and T002 on that action). No "
        "contingency at all while the grandmother and aunt own actions (C001, C003), no legal step (R002). "
        "Also 'engagement with the service' and 'improvement in Kerry's understanding' (M002), a '-' "
        "timescale (T001), 'TBC' (T002), a '-' evidence (M001), a '-' lead (W001) and 'All "
        "professionals' (W002)."
    ),
    "text": """\
ZELWICK BOROUGH COUNCIL
Children's Services - Adolescent Support and Exploitation Team

CHILD PROTECTION PLAN (REVIEW)
==============================

Young person:     Jade FARROW, DOB 17/10/2010 (14)
Legal status:     Looked after (section 20) since 03/03/2025
Placement:        Zorrel House children's home, 2 Lime Walk, Zelwick
At present:       In-patient on Ward 12 (adolescent ward), Zelwick General Hospital, since 08/06/2025
Mother:           Kerry FARROW, 31 Brindle Court, Zelwick
Father:           Neil FARROW, lives in Zanford, no contact for three years
Grandmother:      Maureen FARROW (maternal), Zelwick
Aunt:             Lisa FARROW (maternal), Zelwick
Conference:       First review child protection conference, Thursday 12/06/2025
Category:         Sexual abuse (child sexual exploitation)
Social worker:    Callum Reid
Chair:            Debbie Oyelaran, IRO


WHY JADE HAS A PLAN
-------------------
Jade has been going missing since last autumn, mostly to Zanford, where she spends time with a group
of men in their twenties at a house on Keel Street. She became looked after in March, when Kerry said
she could no longer keep her safe at home. Since then she has gone missing from Zorrel House eleven
times. On 8 June she was found unconscious in Zanford Park after taking ketamine and MDMA, and she was
admitted to Zelwick General Hospital. Tests show her bladder has been damaged by ketamine, and the
ward expect her to stay in for at least another week. Jade also smokes cannabis every day.

Kerry has been to the ward twice since Jade was admitted. There are no concerns about Kerry's own use
of drugs or alcohol. Jade's nan, Maureen, and her aunt, Lisa, are close to her and want to help.


JADE'S VIEWS
------------
Callum saw Jade on the ward on 10 June. She said: "I'm not going back to Zorrel, it's boring and they
treat me like a kid." She said Jordan "isn't really my boyfriend, he just says he is when he wants
something". She said the ketamine "makes everything go quiet" and that she is scared about her
bladder. She wants to live with her nan, go back to dance on Thursdays and do her GCSEs. She asked for
her mum to be told everything she says "so I don't have to say it twice".


WHAT WE WANT FOR JADE
---------------------
- Jade is safe from the men who have been exploiting her and stays at her placement every night.
- Jade stops using ketamine, and her bladder is checked and treated.
- Jade is back in education, on a timetable she has agreed, by the start of the autumn term.
- Jade has adults she trusts and sees her nan and her aunt every week.


ACTION PLAN
-----------
1.  Liaise with Ward 12 about Jade's discharge date and her bladder care plan.
    Lead: SW Callum Reid | By: 20/06/2025 | Evidence: written discharge plan on Jade's file

2.  Staff from Zorrel House to visit Jade on the ward.
    Lead: Gina Watts, registered manager, Zorrel House | By: when staffing allows | Evidence: visits written in the Zorrel House daily log

3.  Return interview with Jade about the missing episode of 6 to 8 June, seen on her own.
    Lead: Amy Lowe, Zelwick Missing Children's Team | By: within 72 hours of Jade's return to Zorrel House | Evidence: interview form sent to the SW and the police

4.  Assessment of Jade's ketamine, MDMA and cannabis use, with weekly sessions after discharge.
    Lead: Kyle Drummond, Zelwick Young People's Drug Service | By: within 5 working days of discharge | Evidence: engagement with the service

5.  Urology follow-up for Jade's bladder, with the appointment booked before she leaves hospital.
    Lead: Dr Nisha Verma, paediatric urology, Zelwick General Hospital | By: before discharge | Evidence: discharge letter with the follow-up date sent to the SW and the GP

6.  Share intelligence on the men at the Keel Street house in Zanford, and on Jordan.
    Lead: DS Mark Ennis, Zelwick Police Child Exploitation Team | By: - | Evidence: intelligence report on the police file, copy to the SW

7.  Arrange tuition while Jade is out of school, and a return-to-school plan at Zelwick Academy.
    Lead: Hana Ali, Zelwick Virtual School | By: TBC | Evidence: return-to-school plan signed by Jade and the academy

8.  Sunday tea at Nan's once Jade is home, with Nan bringing her back to Zorrel House by 6pm.
    Lead: Maureen Farrow (maternal grandmother) | By: every Sunday from discharge | Evidence: Zorrel House signing-in book

9.  Take Jade to her Thursday dance class at Zelwick Studios and wait for her.
    Lead: Lisa Farrow (maternal aunt) | By: every Thursday from discharge | Evidence: -

10. Independent advocate to meet Jade and help her give her views to the next review conference.
    Lead: - | By: before the next review conference | Evidence: advocate's report to the conference

11. Safety planning sessions with Jade on exploitation, consent and healthy relationships.
    Lead: All professionals | By: weekly from discharge | Evidence: session notes on Jade's file

12. See Jade at Zorrel House, on her own, and record her views.
    Lead: SW Callum Reid | By: weekly from discharge until the next review conference | Evidence: visit records with Jade's own words

13. Sessions for Kerry on how to respond when Jade rings her late at night or asks to be collected.
    Lead: FSW Dean Abbey | By: fortnightly from 23/06/2025 | Evidence: improvement in Kerry's understanding


CORE GROUP AND REVIEW
---------------------
Core group every 4 weeks at Zorrel House, 2pm: Tuesday 24/06/2025, Tuesday 22/07/2025 and
Tuesday 19/08/2025.
Next review child protection conference: Thursday 11/12/2025, 10am, Zelwick Town Hall.
Jade's next looked-after review: Tuesday 01/07/2025, chaired by Debbie Oyelaran.

Plan typed by Callum Reid (SW), 13/06/2025.
""",
    "findings": [
        F("T002", "Staff from Zorrel House to visit Jade on the ward"),
        F("M002", "Assessment of Jade's ketamine, MDMA and cannabis use"),
        F("T001", "Share intelligence on the men at the Keel Street house"),
        F("T002", "Arrange tuition while Jade is out of school"),
        F("M001", "Take Jade to her Thursday dance class at Zelwick Studios"),
        F("W001", "Independent advocate to meet Jade and help her give"),
        F("W002", "Safety planning sessions with Jade on exploitation, consent"),
        F("M002", "Sessions for Kerry on how to respond when Jade rings"),
        F("L001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan from a bilingual council: Welsh / English headings and column
#    headers; mother's bipolar disorder, father's weekend drinking (docx,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_zybrook_bilingual_headings_plan_pryce.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cerys and Gethin Pryce",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-docx-bilingual-welsh-english-headings-and-column-headers-what-will-happen-who-by-when-how-we-will-know",
    "description": (
        "Initial conference plan from a bilingual council for a 12-year-old and a 5-year-old: Welsh / "
        "English headings ('Y cynllun / The plan', 'Cynllun wrth gefn / Contingency plan') and column "
        "headers ('Pwy / Who', 'Erbyn pryd / By when', 'Sut byddwn ni'n gwybod / How we will know'). The "
        "mother has bipolar disorder and was detained in May; the father drinks heavily at weekends. The "
        "psychiatrist and the CPN each report on whether the mother is making the changes needed, the "
        "alcohol service reports on change, the GP owns the blood tests; the grandmother's Saturday nights "
        "have a fallback; the children's words (one quote in Welsh) are recorded; dates and legal step "
        "set. Exemplary."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Zybrook · Gwasanaethau Plant  /  Zybrook County Council · Children's Services"),
        ("kv", [
            ("Plant / Children", "Cerys Pryce (12), Blwyddyn 7 / Year 7, Ysgol Uwchradd Zybrook; Gethin Pryce "
                                 "(5), Derbyn / Reception, Ysgol Gynradd Zybrook"),
            ("Rhieni / Parents", "Sian Pryce (36) and Rhodri Pryce (38), 6 Heol y Felin, Zybrook"),
            ("Nain / Grandmother", "Glenys Morgan (63), Sian's mother, 19 Stryd Fawr, Zybrook"),
            ("Iaith / Language", "The family speak Welsh at home and the children are taught in Welsh. Sian and "
                                 "Rhodri asked for the plan in English with Welsh headings. Ffion speaks Welsh "
                                 "with the children."),
            ("Cynhadledd / Conference", "Initial child protection conference, Thursday 19/06/2025"),
            ("Categori / Category", "Neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Ffion Lloyd"),
            ("Cadeirydd / Chair", "Gareth Humphreys"),
        ]),
        ("h1", "Pam mae gan y plant gynllun / Why the children have a plan"),
        ("p", "Sian has bipolar disorder. In May she stopped taking her lithium and became high, going several "
              "nights without sleep. At 2am on 28 May police stopped her driving towards the coast with Gethin "
              "in the back of the car in his pyjamas, and she was admitted to Ward Derwen at Zybrook General "
              "Hospital under section 2 for 16 days. She came home on 13 June, is back on lithium and is under "
              "the Zybrook Community Mental Health Team."),
        ("p", "Rhodri drives a lorry and works away from Monday to Friday. He drinks heavily at weekends: on two "
              "Saturdays in May Cerys put Gethin to bed because her dad had fallen asleep drunk on the sofa. "
              "Both parents came to conference and accept that the children need a plan."),
        ("h1", "Llais y plant / What Cerys and Gethin say"),
        ("p", "Cerys (seen on her own at school on 16 June, in Welsh): \"Dw i'n poeni am Mam pan mae hi'n siarad "
              "yn gyflym drwy'r nos\" – \"I worry about Mam when she talks fast all night.\" She said weekends "
              "are \"better when Dad doesn't have his cans\" and that she likes going to Nain's \"because "
              "nobody shouts and she makes cawl\". She wants to stay living at home, and she wants someone to "
              "tell her \"what's really wrong with Mam\"."),
        ("p", "Gethin drew his family with Mam in bed and himself and Cerys \"playing Lego quiet\". At school he "
              "is a busy, cheerful boy, but his teacher notices that on Mondays he is tired and hungry. He told "
              "Ffion his favourite thing is feeding the ducks with Nain."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("bullets", [
            "Sian has taken her lithium every day since she came home and her last blood level was in range.",
            "Rhodri has been honest about his drinking and has agreed to see the alcohol service.",
            "Glenys sees the children every week and had them every weekend while Sian was in hospital.",
            "Both children are settled at school and have good friends.",
        ]),
        ("h1", "Beth rydyn ni eisiau ei weld / What we want to see for Cerys and Gethin"),
        ("bullets", [
            "Cerys and Gethin are looked after every day and every night by a parent who is well and sober, "
            "or by Nain.",
            "Cerys is not the one looking after Gethin or watching over her mam; she has time for her friends "
            "and her netball.",
            "Gethin is fed, rested and in school on time every day, Mondays included.",
            "Cerys and Gethin understand, in words that fit their age, what Mam's illness is and who to ring "
            "if they are worried.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Beth fydd yn digwydd / What will happen", "Pwy / Who", "Erbyn pryd / By when",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [6.2, 3.6, 3.4, 3.8],
            "rows": [
                ["See Cerys and Gethin at home, each on their own and in Welsh, and check who is looking after "
                 "them; at least one visit in three unannounced, including some at weekends",
                 "SW Ffion Lloyd",
                 "Weekly until the review conference",
                 "Visit records with each child's own words and who was caring for them"],
                ["Review Sian's medication and mental state, and write a report on whether she is making the "
                 "changes needed to care for Cerys and Gethin safely, what still needs to change and how long "
                 "that is likely to take",
                 "Dr Owain Jenkins, consultant psychiatrist, Zybrook CMHT",
                 "Outpatient review by 11/07/2025; report before each core group",
                 "Written report sent to the SW and read at each core group"],
                ["Home visits to Sian to check her mood, her lithium and her early warning signs, with a report "
                 "to each core group on whether she is staying well enough to look after the children and what "
                 "still needs to change",
                 "CPN Mari Evans, Zybrook CMHT",
                 "Fortnightly from 30/06/2025",
                 "Relapse signature checklist and a short written report sent to the SW before each core "
                 "group; any warning sign reported to the SW the same day"],
                ["Take her lithium every evening and keep all her tablets in the locked box on top of the "
                 "wardrobe, out of Gethin's reach",
                 "Sian Pryce",
                 "Every evening",
                 "Lithium level in range at each monthly blood test; box seen locked at SW visits"],
                ["Monthly lithium blood test and a physical health review for Sian; tell the CMHT and the SW "
                 "about any missed test or result out of range",
                 "Dr Rhian Edwards, GP, Zybrook Medical Practice",
                 "Blood test monthly; health review by 11/07/2025",
                 "Results sent to the CMHT; GP letter to the SW after the review"],
                ["Alcohol assessment for Rhodri, then weekly key-work, with a written report on whether his "
                 "weekend drinking is changing and what that means for Cerys and Gethin",
                 "Gwen Parry, Zybrook Alcohol and Drug Service",
                 "Assessment by 04/07/2025, then weekly",
                 "Breath test results and the written report sent to the SW before each core group"],
                ["Stay sober every weekend he is looking after the children, and send the SW a photo of a "
                 "breathalyser reading at 6pm every Friday and Saturday",
                 "Rhodri Pryce",
                 "Every Friday and Saturday from 27/06/2025",
                 "Photos logged by the SW; a zero reading on any breath test at a weekend visit"],
                ["Have Cerys and Gethin to stay every Saturday night while Rhodri's drinking is being "
                 "assessed",
                 "Glenys Morgan (Nain)",
                 "Every Saturday night from 28/06/2025 until the review conference",
                 "Each stay written on the family calendar; checked by the SW at visits"],
                ["Young carer's assessment with Cerys, and a weekly check-in with her at school about home",
                 "Mr Huw Bevan, pastoral leader, Ysgol Uwchradd Zybrook",
                 "Assessment by 18/07/2025; check-ins every Monday in term time",
                 "Assessment sent to the SW; check-in notes with Cerys's own score out of 10 each week"],
                ["Record how Gethin arrives each morning (fed, rested, on time) and anything he says about home",
                 "Mrs Nia Hughes, Gethin's class teacher",
                 "Every school day",
                 "Daily sheet emailed to the SW every Friday"],
                ["Health review for Gethin: height, weight, hearing and teeth",
                 "School nurse Bethan Roberts",
                 "By 18/07/2025",
                 "Results shared with the SW and the GP"],
                ["Book a summer playscheme place for Gethin three days a week and a netball summer camp place "
                 "for Cerys",
                 "SW Ffion Lloyd",
                 "Booked by 11/07/2025; runs 21/07/2025 to 29/08/2025",
                 "Playscheme and camp registers sent to the SW each week"],
                ["Explain Mam's illness to Cerys, with Sian's agreement, using the CMHT's young people's "
                 "leaflet, and agree with her who she rings if she is worried",
                 "SW Ffion Lloyd, with CPN Mari Evans",
                 "By 25/07/2025",
                 "Cerys can tell the SW in her own words what bipolar is and who she would ring; her "
                 "contact card kept in her school bag"],
                ["Family group conference to agree who else in the family can help, including who steps in if "
                 "Glenys cannot",
                 "Meinir Owen, family group conference coordinator",
                 "By 01/08/2025",
                 "Written family plan shared with the core group"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Sian shows early warning signs of becoming unwell again (sleeping less than four hours a night, "
              "spending large amounts of money, talking very fast, or missing her lithium for two days), "
              "Rhodri, Glenys or any professional who notices will ring Mari Evans or the crisis team that day. "
              "The CPN will see Sian within 24 hours and Ffion will visit the children the same day. Until the "
              "CMHT says Sian is well, she will not care for the children on her own: Rhodri will take leave "
              "from work or the children will stay at Nain's."),
        ("p", "If Rhodri has been drinking while he is looking after the children (a breath test above zero, "
              "smelling of alcohol, or the children telling us), the children will go to Nain's that night and "
              "Ffion (or the emergency duty team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Glenys cannot have the children, because she is ill or away, they will stay with Sian's "
              "sister, Elin Morgan, who also lives in Zybrook. If neither Glenys nor Elin can have them, Ffion "
              "will arrange an emergency foster placement that day."),
        ("p", "If Sian becomes unwell again while caring for the children, or Rhodri has two positive breath "
              "tests before the review conference, Ffion will ask her team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Grŵp craidd a chynhadledd adolygu / Core group and review conference"),
        ("p", "Core group every 4 weeks at Canolfan Deulu Zybrook / Zybrook Family Centre, 3.30pm: Thursday "
              "10/07/2025, Thursday 07/08/2025 and Thursday 04/09/2025. Review child protection conference: "
              "Thursday 18/09/2025, 10am, Zybrook Civic Centre."),
        ("p", "Plan written by Ffion Lloyd (SW) in English with Welsh headings, as the family asked, and agreed "
              "with the chair on 20/06/2025. A full Welsh copy is available from Ffion."),
    ],
    "findings": [],
})
