"""Batch 79, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services, schools,
hospitals and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its code.

Focus: plans from different places and templates - a Welsh council's bilingual
plan, a Scottish GIRFEC child's plan set out under the SHANARRI wellbeing
indicators, actions written as short paragraphs that open with the owner's name
in bold, an initial conference decision sheet with the outline plan on its second
page, a plan written as a letter to a young person, and a review conference plan
with a 'progress since last conference' column that is neither a measure nor an
outcome. Outcomes, contingency, the child's voice and review arrangements sit
under headings a template would not use, or under no heading. Hard negatives:
'if you need anything, ring me' beside (or instead of) a contingency, a parent's
quoted words where the child's are missing, dates of past meetings and visits, the
illness of a grandparent who is not a parent, a transfer-in that already happened,
a legal status line that is not legal planning. Two plans are exemplary.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Welsh council's bilingual plan: Welsh / English headings and table
#    headers, some cells in both languages (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_fenrhos_bilingual_welsh_english_plan_pritchard.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cai ac Elin Pritchard",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-docx-welsh-council-bilingual-headings-kv-details-cam-gweithredu-pwy-erbyn-pryd-sut-byddwn-ni-gwybod-table",
    "description": (
        "Initial conference plan from a Welsh county council, written in Welsh and English, for an 8-year-old "
        "and a 4-year-old (neglect; mother's depression under the CMHT, father works offshore). Bilingual "
        "headings and table headers (Cam gweithredu / Action, Pwy / Who, Erbyn pryd / By when, Sut byddwn ni'n "
        "gwybod / How we will know) and timescales in both languages ('Bob wythnos / Weekly'). The "
        "psychiatrist reports on capacity to change, but the CPN only supports (H001); 'Y teulu / The family' "
        "as owner (W002); 'Improvement in Elin's routine' (M002); a '-' measure (M001); 'Pan fydd lle ar gael "
        "/ When a place is available' (T002); a blank 'by when' (T001); an outcome about the mother's mood "
        "(F002); the grandmother carries two actions but the contingency has no fallback if she cannot "
        "(C003); no legal step (R002). 'Ffoniwch fi / ring me' line beside the real contingency."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Fenrhos · Gwasanaethau Plant / Fenrhos County Council · Children's Services · "
              "Tîm Diogelu Gogledd / North Safeguarding Team"),
        ("kv", [
            ("Plant / Children", "Cai Pritchard (8), Blwyddyn 3 / Year 3, Ysgol Gynradd Bryn Fenrhos; "
                                 "Elin Pritchard (4), Meithrinfa Cwtch Bach (nursery)"),
            ("Mam / Mother", "Sioned Pritchard (33)"),
            ("Tad / Father", "Gareth Pritchard (36), works on the Fenrhos Bay wind farm, two weeks on and two "
                             "weeks off"),
            ("Cyfeiriad / Address", "4 Heol y Felin, Fenrhos"),
            ("Cynhadledd / Conference", "Cynhadledd Amddiffyn Plant Gychwynnol / Initial child protection "
                                        "conference, dydd Mawrth 22 Ebrill 2025 / Tuesday 22 April 2025"),
            ("Categori / Category", "Esgeulustod / Neglect. Both children's names were placed on the child "
                                    "protection register."),
            ("Gweithiwr cymdeithasol / Social worker", "Rhian Powell"),
            ("Cadeirydd / Chair", "Emyr Davies"),
            ("Iaith / Language", "Cymraeg yw iaith y cartref / The family speak Welsh at home. The plan is "
                                 "given to the family in both languages."),
        ]),
        ("h1", "Pam mae angen cynllun / Why there is a plan"),
        ("p", "Sioned has had depression since Elin was born and is under the Fenrhos Community Mental Health "
              "Team (Tîm Iechyd Meddwl Cymunedol). Since January she has stayed in bed most mornings while "
              "Gareth is away. Cai has been getting himself and Elin up, dressed and fed, and walking Elin to "
              "nursery before school. Cai was late 19 times in the spring term and Elin missed 23 nursery "
              "sessions. Elin is still in nappies at night and often goes to bed after 10pm. When Rhian visited "
              "on 8 and 15 April the kitchen had no fresh food and the children were in the same clothes on "
              "both days. Cai also missed his eye test in February."),
        ("h1", "Beth mae Cai ac Elin yn ei ddweud / What Cai and Elin tell us"),
        ("p", "Cai (siarad â Rhian yn yr ysgol / seen by Rhian at school, 15 April): \"Fi sy'n gwneud brecwast "
              "i Elin achos mae Mam wedi blino.\" (\"I make Elin's breakfast because Mam is tired.\") He said "
              "he likes the days when Dad is home \"because we have pancakes and I can play rygbi\". He put "
              "home at 5 out of 10 and Nain's house at 10. He worries about Mam \"when she cries in the "
              "bath\"."),
        ("p", "Elin talks in short sentences in Welsh and some English. At nursery she runs to the snack table "
              "as soon as she arrives and has been seen putting bread in her pockets. At home she followed "
              "Cai everywhere and took his hand when Rhian came in."),
        ("h1", "Beth rydyn ni eisiau ar gyfer Cai ac Elin / What we want for Cai and Elin"),
        ("bullets", [
            "Cai and Elin get to school and nursery on time every day, washed, dressed and with breakfast "
            "inside them.",
            "Cai can be an 8-year-old: he is not the one getting Elin up and feeding her.",
            "Elin has a bedtime routine, goes to bed by 7.30pm and is dry at night.",
            "Sioned's mood will lift and she will feel supported by her family.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Rhif\nNo.", "Cam gweithredu\nAction", "Pwy\nWho", "Erbyn pryd\nBy when",
                       "Sut byddwn ni'n gwybod\nHow we will know"],
            "widths": [1.1, 5.4, 3.4, 3.2, 3.9],
            "rows": [
                ["1", "Visit the family at home, see Cai and Elin on their own, look at the kitchen and the "
                      "children's bedroom",
                 "Gweithiwr cymdeithasol / SW Rhian Powell",
                 "Bob wythnos / Weekly, until the review conference",
                 "Visit records with what Cai and Elin say, in their own words"],
                ["2", "Continue fortnightly home visits to support Sioned with her low mood and help her "
                      "take her medication",
                 "Dylan Morgan, CPN, Fenrhos CMHT",
                 "Bob pythefnos / Every two weeks",
                 "CPN contact log sent to the SW each month"],
                ["3", "Review Sioned's medication and write a report on whether she can make the changes Cai "
                      "and Elin need, and how long that is likely to take",
                 "Dr Nerys Wyn, consultant psychiatrist, Fenrhos CMHT",
                 "Erbyn / By 30/05/2025",
                 "Written report to the SW, read at the core group on 03/06/2025"],
                ["4", "Take Elin to nursery and collect her every weekday, and give her tea at Nain's house",
                 "Nain / Grandmother Mair Hughes",
                 "Bob dydd o'r wythnos / Every weekday",
                 "Nursery register shows Elin in by 9.15am"],
                ["5", "Have Cai and Elin to stay every Friday night so they have a settled weekend start",
                 "Nain / Grandmother Mair Hughes",
                 "Bob nos Wener / Every Friday night",
                 "Mair's diary, seen by the SW at each visit"],
                ["6", "Make sure Cai and Elin have breakfast before school and nursery",
                 "Y teulu / The family",
                 "Bob dydd ysgol / Every school day",
                 "Breakfast club staff record whether each child has eaten"],
                ["7", "Help Sioned set up a bedtime and night-time toilet routine for Elin",
                 "Ymwelydd iechyd / HV Bethan Lloyd",
                 "Bob pythefnos am 8 wythnos / Every two weeks for 8 weeks",
                 "Improvement in Elin's routine"],
                ["8", "Refer Cai to the school counselling service (Gwasanaeth Cwnsela Ysgolion Fenrhos)",
                 "Mr Huw Jenkins, DSL, Ysgol Gynradd Bryn Fenrhos",
                 "Erbyn / By 16/05/2025",
                 "-"],
                ["9", "Cai to join the Fenrhos young carers group for children who help look after a "
                      "parent",
                 "Lowri Evans, Gofalwyr Ifanc Fenrhos / Fenrhos Young Carers",
                 "Pan fydd lle ar gael / When a place is available",
                 "Attendance register sent to the SW"],
                ["10", "Complete a child and family assessment, including Gareth's view while he is working "
                       "offshore",
                 "Gweithiwr cymdeithasol / SW Rhian Powell",
                 "",
                 "Assessment report shared with Sioned, Gareth and the core group"],
                ["11", "Rebook Cai's missed eye test and take him to it",
                 "Sioned Pritchard",
                 "Erbyn / By 31/05/2025",
                 "Cai seen wearing any glasses he needs in class (class teacher tells the SW)"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Sioned is not well enough to get up and care for the children, or Cai or Elin are not in "
              "school or nursery by 9.30am and nobody has rung in, the school will ring Rhian, who will visit "
              "the house that morning. Nain Mair will come to the house and look after Cai and Elin until "
              "Sioned is well enough, and the CPN will see Sioned within 24 hours."),
        ("p", "Rhif ffôn Rhian / Rhian's mobile: 07700 900412. Os oes angen unrhyw beth arnoch chi, ffoniwch fi "
              "/ If you need anything, ring me."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group: bob 4 wythnos / every 4 weeks, 10am at Canolfan Deulu Fenrhos (Fenrhos "
            "Family Centre): dydd Mawrth / Tuesday 06/05/2025, 03/06/2025 and 01/07/2025.",
            "Cynhadledd adolygu / Review child protection conference: dydd Mawrth / Tuesday 22/07/2025, 10am, "
            "Neuadd y Sir, Fenrhos.",
        ]),
        ("p", "Cynllun wedi'i deipio gan / Plan typed by Rhian Powell, 24/04/2025."),
    ],
    "findings": [
        F("F002", "Sioned's mood will lift and she will feel supported by her family."),
        F("H001", "fortnightly home visits to support Sioned with her low mood"),
        F("W002", "Make sure Cai and Elin have breakfast before school"),
        F("M002", "Help Sioned set up a bedtime and night-time toilet routine"),
        F("M001", "Refer Cai to the school counselling service"),
        F("T002", "Cai to join the Fenrhos young carers group"),
        F("T001", "Complete a child and family assessment, including Gareth's view"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Scottish GIRFEC child's plan: the plan set out under the SHANARRI
#    wellbeing indicators, each with "What we want" and "What will happen"
#    (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_fallochmuir_girfec_childs_plan_shanarri_mcbride.md",
    "split": "tune",
    "actions": 16,
    "template": "scottish-girfec-childs-plan-md-shanarri-wellbeing-indicator-h3-sections-what-we-want-line-then-what-will-happen-bold-owner-bullets",
    "description": (
        "Scottish child's plan (child protection) for a 9-year-old and a 2-year-old after the father "
        "assaulted the mother while drunk; the mother has anxiety. Set out under the SHANARRI wellbeing "
        "indicators (Safe, Healthy, Achieving, Nurtured, Active, Respected, Responsible, Included), each with "
        "a 'What we want' line (the outcomes, under no Outcomes heading) and 'What will happen' bullets "
        "that name the owner in bold. Lead professional and Named Person, IRD instead of strategy "
        "discussion, review CPPM instead of review conference. The child's words sit under 'Respected'. The "
        "alcohol service and the primary care mental health team report on change; the gran's two roles "
        "have a fallback; a legal planning meeting and a referral to the Reporter follow named triggers. "
        "Exemplary."
    ),
    "text": """\
# Fallochmuir Council – Child's Plan (Child Protection)

**Getting it right for Ruaridh and Isla McBride**

**Children:** Ruaridh McBride (9), P5, Fallochmuir Primary School; Isla McBride (2), at home
**Mum:** Kerry McBride (31), 12 Kelvin Crescent, Fallochmuir
**Dad:** Stuart McBride (34), staying with his brother in Fallochbridge; bail condition not to go to
Kelvin Crescent or contact Kerry
**Gran:** Morag Sinclair (58), Kerry's mum, 3 Kelvin Crescent
**Registered:** 6 May 2025, at the child protection planning meeting (CPPM). Concerns: domestic
abuse; parental alcohol use
**Lead professional:** Fiona Dunlop, social worker, Fallochmuir Children and Families (North)
**Named Person:** Mrs Alison Reid, head teacher (Ruaridh); Anna Kowalski, health visitor (Isla)
**Chair:** Douglas Kerr, Independent Chair

This plan was agreed at the CPPM on 6 May 2025 with Kerry, Stuart (for the first part), Morag and
the professionals below. It is set out under the wellbeing indicators that Ruaridh knows from the
wheel on his classroom wall. Under each one it says what we want for Ruaridh and Isla, and then who
will do what, by when, and how we will know.

## Why there is a plan

Stuart has been drinking heavily for about two years. On 29 March 2025, after a day's drinking, he
pushed Kerry against the kitchen wall and broke her phone while Ruaridh was in the room and Isla was
in her cot. Ruaridh took Isla into his bedroom. Police were called by a neighbour; Stuart was charged
and released on bail. There were three earlier police call-outs in 2024. Kerry has had anxiety since
Isla was born and is on the waiting list of the Fallochmuir Primary Care Mental Health Team; she finds
it hard to sleep and to leave the house on her own. She has kept to the bail conditions and is
clear that she does not want Stuart back in the house while he is drinking.

## The plan, indicator by indicator

### Safe

*What we want:* Ruaridh and Isla live at home with their mum without violence, shouting or a drunk
adult in the house, and Ruaridh knows what to do and who to phone if he is scared.

What will happen:

- **Fiona Dunlop (lead professional)** will visit every week until the review CPPM, at least one visit in three unannounced, and see Ruaridh on his own and Isla awake; her visit notes will record Ruaridh's own words and where Isla slept.
- **Jenna Baird, Fallochmuir Women's Support Service** will draw up a safety plan with Kerry by Friday 16 May, including Ruaridh's part of it (who he phones and which neighbour he goes to); copies go to Fiona and the school, and Ruaridh keeps his card in his schoolbag.
- **DS Craig Munro, Fallochmuir Police Domestic Abuse Unit** will tell Fiona within 24 hours of any call to Kelvin Crescent or any breach of Stuart's bail, and Fiona will log each one on the children's chronology.

### Healthy

*What we want:* Isla's development is checked and any help she needs has started before she is two
and a half; Ruaridh sleeps in his own bed through the night.

What will happen:

- **Anna Kowalski, health visitor** will do Isla's 27–30 month review at home by Friday 30 May, with an ASQ-3, and send the scores to Fiona and the GP.
- **Declan Reid, Fallochmuir Alcohol and Drug Recovery Service** will see Stuart every week from w/c 12 May, breath test him at each appointment, and send Fiona a written report before each core group on whether Stuart's drinking is changing and what that means for his time with the children.
- **Dr Sarah Innes, clinical psychologist, Fallochmuir Primary Care Mental Health Team** will see Kerry for six sessions about her anxiety from w/c 12 May and write to Fiona before the review CPPM on whether Kerry is making the changes she needs to keep the children safe, and how long that is likely to take.

### Achieving

*What we want:* Ruaridh is in school every day and his reading catches up with his class.

What will happen:

- **Mrs Alison Reid, head teacher** will check in with Ruaridh every Monday morning, keep a note of each check-in, and send Fiona his attendance every Friday until the review CPPM.
- **Mr Ewan Gillies, support for learning teacher** will give Ruaridh 20 minutes of reading support three mornings a week from Monday 12 May, and retest his reading age before the summer holidays (by 27 June), sending the result to Fiona and Kerry.

### Nurtured

*What we want:* Ruaridh and Isla are looked after by adults who are sober and calm, and they see
their dad only in a way that is safe for them.

What will happen:

- **Morag Sinclair (Gran)** will collect Ruaridh from school Monday to Thursday and give him his tea until Kerry gets in from work at 5.30pm; the school's sign-out sheet will show who collected him.
- **Morag Sinclair (Gran)** will supervise Stuart's time with Ruaridh and Isla at her house every Saturday from 10am to 12 noon and fill in the contact sheet (how Stuart was, how the children were before and after), which Fiona reads at each visit.

### Active

*What we want:* Ruaridh keeps playing football with his friends, and Isla gets out to play and mix
with other children every week.

What will happen:

- **Kerry** will take Ruaridh to Fallochmuir Thistle under-10s training every Tuesday and Thursday at 6pm; the coach's register will show him there.
- **Kerry** will take Isla to the playgroup at Fallochmuir Family Centre every Wednesday morning from 14 May; the playgroup register will show Isla there.

### Respected

Ruaridh talked to Fiona at school on 1 May, with his pastoral teacher there: "When Dad's had a drink
he shouts and Mum cries. I take Isla in my room and put my headphones on her so she can't hear." He
said he misses his dad "when he's the good dad" and wants to see him "at Gran's, not at ours". He
would like "Dad to stop drinking and Mum to stop being scared". On his wellbeing wheel he coloured
Safe at 4 out of 10 and Active at 9.

Isla does not talk in sentences yet. On Fiona's visits she stayed close to Kerry, stopped playing and
watched the door when a car pulled up outside, and laughed and splashed at bath time. She sleeps in
Kerry's room and wakes most nights.

*What we want:* Ruaridh's views are heard at every meeting about him and he understands his plan.

What will happen:

- **Kieran Lyle, Fallochmuir Children's Rights Service** will meet Ruaridh before each core group and before the review CPPM to help him put his views across; his views will be written down in his own words and read out at the meeting.

### Responsible

*What we want:* Ruaridh does not feel it is his job to protect his mum or Isla.

What will happen:

- **Stuart** will go to the Fallochmuir Safer Relationships Programme every Thursday evening for 26 weeks from 5 June; the programme worker, Graham Todd, will send Fiona his attendance each month and a mid-point report before the review CPPM.
- **Fiona Dunlop** will do three sessions of direct work with Ruaridh on "whose job is it?" by 27 June, and share his worksheets with Kerry and the core group.

### Included

*What we want:* the family has enough money for food, school clothes and Ruaridh's football.

What will happen:

- **Fiona Dunlop** will help Kerry apply for the school clothing grant and free school meals by Friday 23 May; the decision letters will be seen at the next visit.

## If Stuart comes round, or Gran can't help

- If Stuart comes to Kelvin Crescent, contacts Kerry or the children outside Saturday time at Gran's, or arrives at contact having been drinking, Kerry or Morag will phone 999, contact will stop, and Fiona (or the out-of-hours social work service) will hold an inter-agency referral discussion (IRD) the same day. If Kerry has been hurt, the children will stay with Morag that night.
- If Morag is ill, away or cannot collect Ruaridh or supervise on a Saturday, she will tell Kerry and Fiona beforehand. Ruaridh will then go to the school's after-school club, where Mrs Reid has already kept a place for him, and that Saturday's time with Stuart will move to Fallochmuir Family Centre with a contact supervisor, or will not take place.
- If Kerry lets Stuart back into the house, or there is another violent incident, before the review CPPM, Fiona will ask her team manager for a legal planning meeting with the council's solicitor within 5 working days and will refer Ruaridh and Isla to the Children's Reporter.

## Keeping the plan on track

- Core group every 4 weeks at Fallochmuir Primary, 3.30pm: Tuesday 20 May, Tuesday 17 June and Tuesday 15 July 2025.
- Review child protection planning meeting (review case conference): Tuesday 5 August 2025, 10am, Fallochmuir Council Offices, Burgh Road.

*Plan written by Fiona Dunlop, lead professional, on 7 May 2025 and sent to Kerry, Stuart, Morag and
every agency named in it.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Actions written as short paragraphs, each opening with the owner's name
#    in bold; most of them about the mother's own needs; one action handed to
#    the next authority (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_fenwold_bold_owner_paragraphs_okafor.docx",
    "doc_title": "Child Protection Plan - Jayden and Tiana Okafor",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-docx-who-is-doing-what-one-sentence-paragraphs-each-opening-with-bold-owner-name-colon",
    "description": (
        "Initial conference plan for a 5-year-old and a 7-month-old (neglect: the mother is caring for her "
        "own mother, who is dying of cancer, and leaves the children with neighbours). Each action is one "
        "short paragraph that opens with the owner's name in bold. Six of the eleven are about the mother's "
        "own needs (carers' group, carer's assessment, debt advice, housing, a café afternoon, a budget) "
        "with no link to the children (F001). Faults: 'as and when she needs it' (T002), 'keep an eye on' "
        "(M002), the parenting assessment paused until the case transfers (X001), 'Family network' as owner "
        "(W002), a contingency that only reviews (C002) and does not cover the uncle's care failing (C003), "
        "core group dates 'to be arranged' (R001), no legal step (R002). The grandmother's cancer is not a "
        "parent's illness (no F004)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Fenwold Borough Council – Children's Services – Assessment and Safeguarding Team 2"),
        ("kv", [
            ("Children", "Jayden Okafor (5), Reception, Fenwold Infant School; Tiana Okafor (7 months)"),
            ("Mother", "Chantelle Okafor (26), 19 Sorrel Walk, Fenwold"),
            ("Father", "Andre Campbell (28), lives in Fallowmere and sees the children about once a month"),
            ("Maternal grandmother", "Patricia Okafor (54), 7 Linnet Close, Fenwold"),
            ("Maternal uncle", "Marcus Okafor (29), 22 Quarry Street, Fenwold"),
            ("Conference", "Initial child protection conference, Thursday 24 April 2025"),
            ("Category", "Neglect"),
            ("Social worker", "Daniel Brook"),
            ("Chair", "Susan Metcalfe"),
        ]),
        ("h1", "What has been happening"),
        ("p", "Patricia was told in January that her bowel cancer has spread and cannot be cured. She is cared "
              "for at home by the Fenwold Hospice at Home team, and Chantelle spends most afternoons and many "
              "nights at her house. On those nights Jayden and Tiana have been left with different neighbours, "
              "or taken to Linnet Close and put to sleep on the sofa. On 3 April a neighbour found Jayden in the "
              "street at 10pm in his pyjamas, walking to his nan's. Tiana has missed her 12- and 16-week "
              "immunisations and two health visitor appointments. Jayden's attendance this year is 82% and he "
              "has been late on most Mondays. Chantelle was open with conference: she said she is "
              "\"running on empty\" and did not know who else could help."),
        ("p", "Chantelle and the children are due to move to a council house in Fallowmere, in the area of Fallowmere "
              "Borough Council, in June, once the tenancy is signed. The case will transfer then."),
        ("h1", "How things are for Jayden and Tiana"),
        ("p", "Jayden (seen on his own at school on 16 April): \"I walked to Nanny's because Mummy was at "
              "Nanny's and Tiana was crying and I couldn't make her stop.\" He said he was scared of the dark "
              "street \"but I'm a big boy\". He likes Miss Ward, his teacher, and the sandpit, and he wants "
              "\"Nanny to get better and Mummy to be at home at bedtime\"."),
        ("p", "Tiana was seen at home and at Linnet Close. She is a smiley baby who reaches for Jayden and "
              "babbles back to him. At Linnet Close she was asleep in her car seat at 8pm with a bottle propped "
              "on a cushion. Her weight has dropped from the 50th to the 25th centile since February."),
        ("h1", "Things we want to be true for Jayden and Tiana"),
        ("bullets", [
            "Jayden and Tiana sleep at home or at Uncle Marcus's every night, looked after by an adult they "
            "know, and are never left with people who have not been agreed.",
            "Jayden is in school every day and on time.",
            "Tiana is up to date with her immunisations and her weight is back on the 50th centile.",
            "Jayden understands what is happening to his nan and has somewhere to talk about it.",
        ]),
        ("h1", "Who is doing what"),
        ("kv", [
            ("Chantelle Okafor", "go to the carers' support group at Fenwold Carers Centre every Tuesday "
                                 "morning, with the centre confirming her attendance to the social worker "
                                 "each month."),
            ("Lorna Price, Fenwold Carers Centre", "complete a carer's assessment with Chantelle by 13 June "
                                                   "2025 and send the written assessment to the social "
                                                   "worker."),
            ("Chantelle Okafor", "see the debt adviser at Fenwold Advice Centre about her rent arrears by 30 "
                                 "May 2025 and bring the adviser's letter to the next core group."),
            ("Kofi Mensah, Fenwold Homes", "help Chantelle with her housing benefit claim and the paperwork "
                                           "for her move as and when she needs it, confirming the new tenancy "
                                           "start date to the social worker in writing."),
            ("Chantelle Okafor", "spend one afternoon a week at the parents' café at Fenwold Family Hub so she "
                                 "has some time for herself, which the family support worker will keep an "
                                 "eye on."),
            ("Jo Adeyemi, family support worker", "meet Chantelle every Thursday for six weeks from 15 May "
                                                  "2025 to draw up a weekly budget and a rota for her visits "
                                                  "to her mum, with both kept on file."),
            ("Daniel Brook, social worker", "visit every week until the review conference, seeing Jayden on "
                                            "his own and Tiana awake, and write down in the visit record "
                                            "what Jayden says and where Tiana sleeps."),
            ("Sam Whitfield, health visitor", "arrange Tiana's missed immunisations with the practice nurse "
                                              "at Fenwold Health Centre by 20 June 2025 and check they are "
                                              "recorded in her red book."),
            ("Daniel Brook, social worker", "the parenting assessment of Chantelle is paused until the case "
                                            "transfers to Fallowmere, and the Fallowmere social worker will "
                                            "complete it within 8 weeks of transfer and share the report "
                                            "with the core group."),
            ("Marcus Okafor (uncle)", "have Jayden and Tiana to sleep at his flat on every night that "
                                      "Chantelle stays with her mum, and text the social worker when they "
                                      "arrive."),
            ("Family network", "take Jayden to school on the mornings Chantelle is at her mum's, from 12 May "
                               "2025, so that the school register shows him in every day."),
        ]),
        ("h1", "If it isn't working"),
        ("p", "If there are further concerns about Jayden and Tiana's care, Daniel will discuss them with his "
              "manager and the core group will review the plan."),
        ("h1", "Meetings"),
        ("p", "Core group: dates to be arranged once the moving date is known. Review child protection "
              "conference: Tuesday 22 July 2025, 2pm, Fenwold Town Hall."),
        ("p", "Plan written by Daniel Brook, social worker, on 25 April 2025."),
    ],
    "findings": [
        F("T002", "help Chantelle with her housing benefit claim and the paperwork"),
        F("M002", "spend one afternoon a week at the parents' café"),
        F("X001", "the parenting assessment of Chantelle is paused until the case transfers"),
        F("W002", "take Jayden to school on the mornings Chantelle"),
        F("F001"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference decision sheet; the outline plan is on page 2 in an
#    Area of concern | What | Who | By when | How we will know table; the contingency
#    is a paragraph with no heading (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_frostwick_icpc_decision_sheet_outline_plan_page_two_harlow.pdf",
    "doc_title": "Initial Child Protection Conference Decision Sheet - Leo Harlow",
    "split": "tune",
    "actions": 7,
    "template": "icpc-decision-sheet-pdf-page-one-kv-attendance-reasons-parents-views-legal-advice-decision-meetings-page-two-area-of-concern-what-who-by-when-how-we-will-know-table-unheaded-contingency",
    "description": (
        "Initial conference decision sheet for a 6-year-old left alone at home (neglect; the mother's "
        "drinking). Page 1 is the decision sheet (attendance, reasons, parents' views, legal advice, "
        "decision, meetings); the outline plan is on page 2 as an Area of concern | What needs to happen | "
        "Who | By when | How we will know table. The contingency is a paragraph under the table with no "
        "heading, with a named carer and a same-day strategy discussion. Faults: 'Regularly' as the only "
        "timescale (T002), an assessment with an empty measure (M001), no expected outcome for Leo (O001), "
        "only the parents are quoted, never Leo (F003), the mother's drinking with only a self-referral and "
        "no adult service owning an action (F004), review conference 'to be confirmed' (R001), legal "
        "advice taken before conference but nothing if the plan fails (R002). Header and page footer on "
        "both pages."
    ),
    "header": "OFFICIAL – SENSITIVE · Frostwick Metropolitan Borough Council · Safeguarding Unit",
    "footer": "ICPC decision sheet – Leo Harlow – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Conference – Decision Sheet"),
        ("kv", [
            ("Child", "Leo Harlow (6), Year 1, Frostwick Infant School"),
            ("Mother", "Kayleigh Harlow (27)"),
            ("Mother's partner", "Dean Skelton (31), lives at the address; not Leo's father"),
            ("Father", "Not named on the birth certificate; no contact"),
            ("Address", "Flat 6, Coldharbour House, Frostwick"),
            ("Date of conference", "Monday 12 May 2025, 1.30pm, Frostwick Civic Centre, Room 4"),
            ("Chair", "Graham Whitby, Child Protection Chair"),
            ("Social worker", "Louise Garner, Frostwick Children's Assessment Team"),
            ("Minutes", "Pat Docherty, business support"),
        ]),
        ("h2", "Present"),
        ("p", "Kayleigh Harlow; Dean Skelton; Jean Harlow (maternal grandmother, for the parents' views only); "
              "Louise Garner (SW); Mrs Rachel Taylor (DSL, Frostwick Infant School); Gail Pryor (school "
              "nurse); PC Omar Hussain (Frostwick Police, Child Protection Unit). Apologies: Dr Jane Lister "
              "(GP), report received."),
        ("h2", "Reason for conference"),
        ("p", "On Thursday 17 April 2025 a neighbour rang the police at 7pm. Police found Leo alone in the "
              "flat; Kayleigh and Dean were at the Frostwick Arms and "
              "came back at 9.40pm. Kayleigh was drunk. A strategy discussion was held on 18 April 2025 and a "
              "section 47 enquiry followed. The flat had bags of rubbish in the kitchen and yard, no bulb in "
              "Leo's room and no food in the fridge. Kayleigh told the social worker she drinks \"most "
              "nights, a bottle of wine, sometimes two\" and her GP records three attendances since "
              "December with alcohol-related falls. Leo's attendance this year is 86% and he has missed two "
              "dental appointments and a hearing test."),
        ("h2", "Parents' views"),
        ("p", "Kayleigh said: \"I know I've let things slide since Christmas but I'm not a bad mum. I only "
              "nipped out for an hour and it went on.\" She accepted that Leo should not have been on his "
              "own. Dean said: \"Leo's fine, he's a tough lad, he knows to stay in.\" Jean said she will help "
              "more if she is asked."),
        ("h2", "Legal advice"),
        ("p", "Legal advice was taken before conference. The council's solicitor advised on 8 May 2025 that "
              "the threshold for care proceedings was not met at that time."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Leo is likely to suffer significant harm through neglect. Leo will be "
              "subject to a child protection plan under the category of neglect. The outline plan is on the "
              "next page; the core group will turn it into the detailed plan."),
        ("h2", "Meetings"),
        ("p", "First core group: Tuesday 27 May 2025, 10am, Frostwick Infant School. Review child protection "
              "conference: to be confirmed by the Safeguarding Unit."),
        ("pagebreak",),
        ("h1", "Outline Child Protection Plan"),
        ("p", "Agreed at the initial conference on 12 May 2025."),
        ("table", {
            "header": ["Area of concern", "What needs to happen", "Who", "By when", "How we will know"],
            "widths": [2.4, 5.0, 3.2, 3.0, 3.4],
            "rows": [
                ["Leo left alone",
                 "Make sure Leo is never left alone in the flat, day or night, and agree any babysitter with "
                 "the social worker beforehand",
                 "Kayleigh and Dean", "From today",
                 "Louise asks at every visit who has looked after Leo and records it"],
                ["Home conditions",
                 "Clear the rubbish from the kitchen and the yard and put a working light in Leo's room",
                 "Kayleigh, with Amy Shah (family support worker, Frostwick Family Hub)",
                 "By the first core group (27/05/2025)",
                 "Louise sees the kitchen, yard and Leo's room at her next visit"],
                ["Alcohol",
                 "Refer herself to Frostwick Alcohol Service, and not drink while she is looking after Leo",
                 "Kayleigh", "By 06/06/2025",
                 "Appointment letter brought to the core group"],
                ["Health",
                 "Book and take Leo to his missed dental check and hearing test",
                 "Kayleigh", "By 30/06/2025",
                 "Gail Pryor (school nurse) confirms to Louise that both have been done"],
                ["School",
                 "Send Louise Leo's attendance and late marks for the week",
                 "Mrs Taylor (DSL)", "Every Friday",
                 "Weekly attendance printout on the social care file"],
                ["Social work",
                 "Home visits to see Leo and the flat",
                 "Louise Garner (SW)", "Regularly",
                 "Visit records"],
                ["Social work",
                 "Complete a child and family assessment of Leo's needs",
                 "Louise Garner (SW)", "By 25/07/2025",
                 ""],
            ],
        }),
        ("p", "Should Leo be left at home on his own again, or should Kayleigh or Dean be drunk while they are "
              "looking after him, the police will be called, Leo will go to his grandmother, Jean Harlow, at "
              "41 Bramble Row, Frostwick, that night, and Louise (or the emergency duty team out of hours) will "
              "hold a strategy discussion the same day."),
        ("p", "Decision sheet approved by the chair, Graham Whitby, on 13 May 2025."),
    ],
    "findings": [
        F("T002", "Home visits to see Leo and the flat"),
        F("M001", "Complete a child and family assessment of Leo's needs"),
        F("O001"),
        F("F003"),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The plan written as a letter to a 14-year-old from her social worker;
#    "I (Hannah)" and "your mum" as owners; contingency and review in the
#    letter's own words (pdf, page footer, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_fernstowe_plan_as_letter_to_young_person_kaur.pdf",
    "doc_title": "Your child protection plan - letter to Maya Kaur",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-as-letter-to-young-person-pdf-address-block-dear-maya-second-person-headings-who-will-do-what-bullets-named-owners",
    "description": (
        "Initial conference plan for a 14-year-old hit by her stepfather (physical abuse; she self-harms), "
        "written as a letter to her by her social worker. Headings in the letter's own words ('What you "
        "told us', 'What we are all working towards', 'Who will do what', 'If Wayne comes back, or you "
        "don't feel safe', 'When we will all meet again'). Owners are 'I (Hannah)', 'your mum', 'your Aunt "
        "Jas' and named workers; every action has a timescale and something that will be seen. CAMHS, "
        "school, police and a perpetrator programme; the aunt's weekends have a foster-carer fallback; "
        "legal planning meeting after named triggers; core group dates and review conference. 'If you need "
        "anything at all, call me' sits beside the real contingency, and her mum's words beside Maya's. "
        "Page footer. Exemplary."
    ),
    "footer": "Maya's child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Fernstowe City Council"),
        ("pr", "Children's Services – Safeguarding Team East"),
        ("pr", "Civic Centre, Mill Lane, Fernstowe"),
        ("p", ""),
        ("pl", "Maya Kaur"),
        ("pl", "14 Larkspur Road"),
        ("pl", "Fernstowe"),
        ("p", ""),
        ("pr", "22 May 2025"),
        ("boldp", "Private – for Maya (a copy goes to your mum)"),
        ("p", "Dear Maya,"),
        ("p", "This letter is your child protection plan. It was agreed at the conference on Tuesday 20 May, "
              "the meeting you came to for the first half. I have written it to you, not about you, because "
              "it is your plan. Your mum has a copy, and so does everyone named in it. If any of it doesn't "
              "make sense, or you think we've got something wrong, tell me and I will change the wording "
              "with you."),
        ("p", "The conference agreed you need a plan because on 2 May Wayne hit you across the face and pushed "
              "you on the stairs, and it wasn't the first time he had grabbed or hurt you. He is on bail and "
              "must not come to the house or contact you. The plan is under the heading of physical abuse."),
        ("h2", "What you told us"),
        ("p", "You told me on 9 May, and the conference on 20 May: \"I don't want him back. Mum thinks he's "
              "changed but he hasn't.\" You said you cut your arms \"when my head gets too loud\", mostly at "
              "night, and that nobody at home knew until the school nurse saw. You want to stay at Fernstowe "
              "Academy, keep your friends, and do art and drama for GCSE. You said you feel safe at Aunt "
              "Jas's and \"about a six\" at home now that Wayne has gone, compared with \"a two\" before. You "
              "want to come to the next meeting and read out your own views."),
        ("p", "Your mum told conference: \"I just want Maya to be happy and for us to be a family again.\" "
              "She also said she believes you about what happened on 2 May."),
        ("h2", "What we are all working towards"),
        ("bullets", [
            "You are safe at home and nobody hurts you.",
            "When you feel like cutting you have someone you trust to go to straight away, and the cutting "
            "happens less often.",
            "You are in school every day and choose your GCSE options with Mr Doyle this term.",
            "You feel listened to, and your views are part of every meeting about you.",
        ]),
        ("h2", "Who will do what"),
        ("bullets", [
            "I (Hannah) will see you on your own every Tuesday after school, at home or somewhere you choose, "
            "until the review conference, and I will write down what you tell me and show you my notes.",
            "Your mum will not let Wayne into the house or tell him where you are, from now until the review "
            "conference, and will tell me the same day if he contacts her; I will record every contact on "
            "your file and ask you about it at each visit.",
            "Ola Benson from Fernstowe CAMHS will see you every Thursday for 12 weeks from 29 May about the "
            "cutting and how you are feeling, and will send me a short written update before each core "
            "group.",
            "Mr Doyle, your head of year, will meet you every Monday morning in the pastoral office, keep a "
            "note of each meeting, and email me your attendance every Friday.",
            "Jodie Marsh, the school nurse, will write a care plan with you by 6 June for looking after your "
            "arms and who to go to in school, and you will keep a copy.",
            "PC Sam Lowe, Fernstowe Police Child Abuse Investigation Team, will tell me within 24 hours if "
            "Wayne breaks his bail conditions, and I will log each report on your file and tell you and your "
            "mum the same day.",
            "Your Aunt Jas will have you to stay every other weekend, Friday to Sunday, starting on 30 May, "
            "and will text me when you arrive.",
            "Wayne will go to the Fernstowe Changing Behaviour Programme every Monday evening for 24 weeks "
            "from 2 June; the programme will send me his attendance each month and a written report before "
            "the review conference.",
            "Your mum will go to the six-week 'Talking with Teens' group for parents at Fernstowe Family Hub "
            "on Thursday evenings from 29 May, and the group leader will send me her attendance.",
        ]),
        ("h2", "If Wayne comes back, or you don't feel safe"),
        ("p", "If Wayne comes to the house, gets in touch with you, or you feel unsafe at home, ring 999 if you "
              "are in danger. I (or the emergency duty team after 5pm and at weekends) will hold a strategy "
              "discussion with the police the same day, and you will go and stay with Aunt Jas that night."),
        ("p", "If Aunt Jas can't have you, because she is away or ill, I will find you a foster carer for that "
              "night and tell you where you are going before you go."),
        ("p", "If your mum lets Wayne back into the house, or he hurts you again, before the review "
              "conference, I will ask my manager for a legal planning meeting within 5 working days. That is "
              "a meeting with the council's lawyers to decide whether we need to ask a court to help keep you "
              "safe."),
        ("p", "If you need anything at all, or just want to talk, call me on 07700 900731."),
        ("h2", "When we will all meet again"),
        ("p", "The core group (your mum, me, Mr Doyle, Ola, Jodie, and you if you want to come) will meet every "
              "4 weeks at 3.30pm: Tuesday 3 June and Tuesday 1 July at Fernstowe Academy, and Tuesday 29 July "
              "at Fernstowe Family Hub. Your review conference is on Wednesday 20 August 2025 at 10am at "
              "Fernstowe Civic Centre. I will meet you the week before to help you write your views."),
        ("p", "Take care, and see you on Tuesday."),
        ("p", "Hannah Reeve"),
        ("p", "Social Worker, Fernstowe Children's Services · 07700 900731"),
        ("p", "Copies: Preeti Kaur (Mum); Jasvinder Gill (Aunt Jas); Ola Benson (CAMHS); Mr Liam Doyle "
              "(Fernstowe Academy); Jodie Marsh (school nurse); PC Sam Lowe; Fernstowe Changing Behaviour "
              "Programme; conference chair."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan with a "Progress since last conference" column
#    between "By when" and "How we will know"; past visit and meeting dates
#    in the progress cells (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_foxmarsh_rcpc_progress_since_last_conference_column_dobson.docx",
    "doc_title": "Review Child Protection Conference Plan - Harvey and Ellie-Mae Dobson",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-docx-landscape-no-what-who-by-when-progress-since-last-conference-how-we-will-know-table-done-since-list-past-core-group-dates",
    "description": (
        "First review conference plan for an 11-year-old and a 5-year-old (mother's bipolar disorder, "
        "father's drinking). The table has a 'Progress since last conference' column between 'By when' and "
        "'How we will know': it holds past visit dates, register figures and 'Not yet done', and is neither "
        "a timescale, a measure, an owner nor an outcome. Work finished since the initial conference is "
        "listed separately and is not an action. Faults: 'Ongoing' with six past visit dates beside it "
        "(T002), the psychiatrist only reviewing medication while the care coordinator reports on change "
        "(H001 on that row only), an empty measure beside a progress cell full of breath-test results "
        "(M001), 'Monitored by the speech and language therapist' beside a register count (M002), a blank "
        "'Who' beside progress naming the mother (W001), a blank 'By when' (T001), an outcome about the "
        "father only (F002). Past core group dates sit beside the future ones; 'Weekly, ongoing' is a real "
        "timescale; a past hospital stay is not a looked-after child in hospital."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("p", "Foxmarsh Council · Children and Families · Safeguarding Team South"),
        ("kv", [
            ("Children", "Harvey Dobson (11), Year 6, Foxmarsh Academy (primary phase); Ellie-Mae Dobson (5), "
                         "Reception, Foxmarsh Academy"),
            ("Parents", "Lisa Dobson (34) and Craig Dobson (37), 27 Tidemill Road, Foxmarsh"),
            ("Conference", "First review child protection conference, Tuesday 29/04/2025, 10am, Foxmarsh "
                           "Town Hall"),
            ("Initial conference", "30/01/2025, category neglect"),
            ("Decision", "Harvey and Ellie-Mae remain subject to a child protection plan, category neglect"),
            ("Social worker", "Tom Ashby"),
            ("Chair", "Margaret Oyelaran, Independent Reviewing Officer"),
        ]),
        ("h1", "Where things are now"),
        ("p", "Lisa has bipolar disorder and is under the Foxmarsh Community Mental Health Team. She was "
              "admitted to Foxmarsh Ward 3 for three weeks in December after she stopped her lithium; since "
              "coming home in January she has taken it and has been stable. Craig drinks most evenings and "
              "has been found asleep on the sofa after school pick-up twice since the initial conference "
              "(06/02/2025 and 18/03/2025); he says he has cut down and his breath tests in April were clear. "
              "Ellie-Mae spent two nights on the children's ward at Foxmarsh General in March with a chest "
              "infection, with Lisa staying beside her; she is well now. Harvey still does a lot at home "
              "for his sister and his mum."),
        ("h1", "What Harvey and Ellie-Mae say"),
        ("p", "Harvey (seen alone at school, 22/04/2025): \"I check Mum's tablets have gone from the box "
              "before I go to school. When Dad's had his beers I take Ellie-Mae upstairs and we watch stuff "
              "on my tablet.\" He said things are \"loads better than Christmas\" and the one thing he wants "
              "is \"Mum not to go back in hospital\". He would like to go to football club on Wednesdays "
              "\"without worrying\"."),
        ("p", "Ellie-Mae drew her family for Tom: Mummy, Daddy, Harvey, herself and \"Daddy's cans\" on the "
              "table. She told her teacher she likes it \"when Mummy does my plaits\". Her words are still "
              "hard for her teacher and classmates to understand."),
        ("h1", "What life should look like for Harvey and Ellie-Mae by the next review"),
        ("bullets", [
            "Harvey and Ellie-Mae are collected from school and looked after every evening by a parent who is "
            "sober and well.",
            "Harvey has time to be 11: he goes to football club and is not checking his mum's tablets.",
            "Ellie-Mae's speech is clear enough for her teacher and classmates to understand her.",
            "Craig will be sober and will have stopped drinking at home.",
        ]),
        ("h1", "Done since the initial conference"),
        ("bullets", [
            "Ellie-Mae's dental check (17/03/2025) and her referral to speech and language therapy "
            "(accepted 20/02/2025).",
            "The safety catch on the upstairs window was fitted by Foxmarsh Homes on 12/02/2025.",
        ]),
        ("h1", "The plan from today"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when", "Progress since last conference",
                       "How we will know"],
            "widths": [1.0, 6.5, 4.0, 3.5, 5.7, 5.0],
            "rows": [
                ["1", "See Harvey and Ellie-Mae at home and on their own at school, and record what they say",
                 "SW Tom Ashby", "Ongoing",
                 "Visits on 14/02, 28/02, 14/03, 28/03, 11/04 and 25/04/2025; both children seen alone each "
                 "time",
                 "Visit records with the children's own words"],
                ["2", "See Lisa fortnightly and report to each core group on whether she is managing her mood "
                      "well enough to care for the children and what still needs to change",
                 "Niamh Boyle, care coordinator, Foxmarsh CMHT", "Every 2 weeks; report before each core group",
                 "Seen 7 times; reports received for 2 of the 3 core groups",
                 "Written report to the SW before each core group"],
                ["3", "Review Lisa's lithium levels and her medication at outpatient clinic",
                 "Dr Amir Shah, consultant psychiatrist, Foxmarsh CMHT", "Every 3 months (next 12/06/2025)",
                 "Reviewed 03/03/2025, dose changed",
                 "Clinic letter copied to the GP and SW"],
                ["4", "Keywork and breath tests with Craig at the Foxmarsh Alcohol Service",
                 "Craig Dobson, with keyworker Ryan Platt", "Weekly from 12/05/2025",
                 "Missed two assessments in March; three breath tests in April, all clear", ""],
                ["5", "Take Ellie-Mae to her speech and language therapy sessions",
                 "Lisa Dobson", "Every Wednesday, 10am, for 10 weeks from 07/05/2025",
                 "Attended 5 of the 6 block-one sessions (therapy register)",
                 "Monitored by the speech and language therapist"],
                ["6", "Weekly session with Harvey about worries at home and his week",
                 "Mr Kwame Asante, learning mentor, Foxmarsh Academy", "Every Thursday in term time",
                 "Harvey has been to every session since 06/02/2025",
                 "Mentor's session log shared with the SW each half-term"],
                ["7", "Make sure Harvey and Ellie-Mae are collected from school by a sober adult",
                 "", "Every school day",
                 "Lisa has collected them every day since 24/03/2025",
                 "School collection log, checked by the SW each fortnight"],
                ["8", "Help Lisa and Craig keep the kitchen and the children's bedrooms clean and safe",
                 "FSW Dawn Kirby, Foxmarsh Family Hub", "Weekly, ongoing",
                 "Kitchen much better; bedrooms still cluttered",
                 "Home conditions checklist scores 4 out of 5 or more at each visit"],
                ["9", "Ellie-Mae's school health review: height, weight, eyesight and hearing",
                 "Beth Curran, school nurse", "",
                 "Not yet done – Ellie-Mae was off sick on 14/04/2025",
                 "Results sent to the SW and GP"],
                ["10", "Young carer's assessment for Harvey",
                 "Priya Lal, Foxmarsh Young Carers", "By 30/06/2025",
                 "Referral accepted 02/04/2025",
                 "Written assessment shared with Harvey, his parents and the SW"],
            ],
        }),
        ("h1", "If things slip"),
        ("p", "If Lisa shows her early warning signs (sleeping less than four hours two nights running, "
              "spending sprees, or saying she has stopped her lithium), Lisa or Craig will ring the CMHT crisis "
              "line and Niamh will see Lisa within 24 hours. Harvey and Ellie-Mae will stay with their "
              "grandmother, Sue Dobson, at 8 Heron Way, until the CMHT says Lisa is well enough. If Craig has "
              "been drinking while he is looking after the children, he will leave the house that day and Tom "
              "(or the emergency duty team) will hold a strategy discussion the same day. If Sue cannot have "
              "the children, Tom will arrange a foster placement that day."),
        ("p", "If Lisa stops her lithium, or Craig is found drunk in charge of the children twice before the "
              "next review, Tom will ask his manager for a legal planning meeting within 10 working days."),
        ("h1", "Meetings"),
        ("p", "Core groups held since the initial conference: 14/02/2025, 14/03/2025 and 11/04/2025."),
        ("p", "From now the core group meets every 6 weeks at Foxmarsh Academy, 3.30pm: 10/06/2025, "
              "22/07/2025 and 02/09/2025. Next review child protection conference: Thursday 16/10/2025, 10am, "
              "Foxmarsh Town Hall."),
        ("p", "Plan typed by Tom Ashby (SW) on 30/04/2025 and approved by the chair."),
    ],
    "findings": [
        F("F002", "Craig will be sober and will have stopped drinking at home."),
        F("T002", "See Harvey and Ellie-Mae at home and on their own"),
        F("H001", "Review Lisa's lithium levels and her medication"),
        F("M001", "Keywork and breath tests with Craig at the Foxmarsh Alcohol Service"),
        F("M002", "Take Ellie-Mae to her speech and language therapy sessions"),
        F("W001", "Make sure Harvey and Ellie-Mae are collected from school"),
        F("T001", "school health review: height, weight, eyesight and hearing"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system print of a plan updated after a baby was accommodated in
#    hospital; the case transferred in from another authority a month ago;
#    What / Who / By when / Evidence blocks; no contingency (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b79_feldhampton_case_print_transfer_in_baby_on_ward_nowak.txt",
    "split": "tune",
    "actions": 11,
    "template": "cp-plan-case-system-print-txt-lettered-sections-numbered-action-blocks-what-who-by-when-evidence-notes-section-with-duty-desk-line",
    "description": (
        "Case-system print of a plan updated at a core group for a 10-week-old accommodated under section 20 "
        "while on the children's ward (weight loss) and her 3-year-old brother at home (neglect). The case "
        "transferred in from another authority at a transfer-in conference a month earlier (no X001: it "
        "already happened; getting the old records is an ordinary action). Faults: the parents to visit "
        "'as often as they can' (T002) and nobody set to visit the looked-after baby at a stated frequency "
        "(L001); a parenting assessment with a '-' evidence line (M001); a '-' owner (W001); 'All "
        "professionals' (W002); a '-' by when (T001); 'Improvement in the family's finances' (M002); no "
        "contingency, only a duty desk line (C001), while the aunt and grandmother carry two actions "
        "(C003); 'Legal status: section 20' but no legal planning (R002). 'No history of mental health "
        "difficulties' and 'no concerns about alcohol or drugs' record no illness."
    ),
    "text": """\
FELDHAMPTON COUNCIL
Children's Social Care - Family Safeguarding Team West
CHILD PROTECTION PLAN (UPDATED)              Printed: 16/05/2025 14:02
System: FeldCase 4                           Case ref: FC-228104
------------------------------------------------------------------------

SECTION A - CHILDREN AND FAMILY

  Zofia NOWAK   born 03/03/2025 (10 weeks)   Ward 4 (children's ward),
                                             Feldhampton General Hospital
  Kuba NOWAK    born 11/01/2022 (3)          at home; Little Oaks Nursery
  Mother        Kasia NOWAK (24)
  Father        Tomasz NOWAK (27)
  Address       Flat 2, 58 Ropery Lane, Feldhampton
  Paternal aunt Ewa NOWAK (30), 61 Ropery Lane
  Maternal gran Halina WOJCIK (52), staying with the family since April
  Legal status  Zofia: section 20 (accommodated with her parents'
                agreement since 09/05/2025). Kuba: not looked after.
  Category      Neglect (both children)
  Social worker Megan Price
  Team manager  Alan Ferris

SECTION B - HISTORY OF THE PLAN

  Kuba was made subject to a child protection plan by Fallowmere Borough
  Council at an initial conference on 12/02/2025. The family moved to
  Feldhampton in March and the case transferred in at the transfer-in
  conference held here on 14/04/2025. Fallowmere's social worker closed
  her involvement that day. Zofia was added to the plan at the same
  conference. Core groups were held on 28/04/2025 and 15/05/2025. This
  plan was updated at the core group on 15/05/2025.

  Zofia was admitted to Ward 4 on 02/05/2025 weighing less than her birth
  weight. A strategy discussion was held on 02/05/2025. The ward found no
  medical cause and she has gained weight on a feeding plan. Kasia and
  Tomasz agreed on 09/05/2025 that Zofia should be accommodated and go to
  a foster carer when she is discharged, while their care is assessed.
  Kasia has no history of mental health difficulties and there are no
  concerns about alcohol or drugs. The worries are about feeding, the
  state of the flat and Kuba's care: he has arrived at nursery hungry and
  in the same clothes on most days since April.

SECTION C - THE CHILDREN'S DAY-TO-DAY LIVES

  Zofia (observed by ward staff and the social worker): she feeds slowly
  and tires after about 40 ml. She settles quickly when Tomasz holds her
  against his chest and cries hard when she is put down in her cot. She
  watches faces and has started to smile at the nurses.

  Kuba (seen at nursery and at home): he is a busy, friendly boy who
  talks in Polish and some English. He told his keyworker "Zosia poorly,
  in hospital" and that he wants "Babcia stay". He eats everything at
  nursery breakfast and asks for more.

SECTION D - OUTCOMES WANTED

  1. Zofia gains weight steadily and is back on her birth centile (the
     25th) by the review conference.
  2. Zofia is fed at least every three hours, day and night, by someone
     who knows her feeding plan.
  3. Kuba arrives at nursery fed, clean and in clean clothes every day.
  4. Kuba's development and speech are checked and any help he needs
     starts.

SECTION E - ACTIONS

  Action 1
    What:      Liaise with Ward 4 staff about Zofia's feeding, weight
               and discharge planning
    Who:       SW Megan Price
    By when:   30/05/2025
    Evidence:  Written discharge plan agreed with the ward and parents

  Action 2
    What:      Visit Zofia on Ward 4 and do her feeds and nappy changes
    Who:       Kasia and Tomasz Nowak
    By when:   As often as they can
    Evidence:  Ward visiting record, sent to the SW each week

  Action 3
    What:      Find a foster placement for Zofia for when she leaves
               hospital
    Who:       Lisa Grey, Feldhampton Placements Team
    By when:   Before discharge
    Evidence:  Placement confirmed in writing to the ward and parents

  Action 4
    What:      Write a feeding plan for Zofia and show the parents and
               the foster carer how to follow it
    Who:       Rhys Evans, paediatric dietitian, Ward 4
    By when:   Before discharge
    Evidence:  Feeding plan in the ward notes, copied to the SW and the
               foster carer

  Action 5
    What:      Take Kuba to nursery and collect him each weekday
    Who:       Ewa Nowak (paternal aunt)
    By when:   Every weekday, 8.30am and 3pm
    Evidence:  Nursery register shows who dropped him off and collected
               him

  Action 6
    What:      Stay at the flat on weeknights to help with Kuba's
               bedtime, breakfast and getting dressed
    Who:       Halina Wojcik (maternal grandmother)
    By when:   Monday to Friday nights until the review conference
    Evidence:  Halina's diary, seen by the SW at each visit

  Action 7
    What:      Parenting assessment of Kasia and Tomasz, including how
               they care for Zofia on the ward
    Who:       SW Megan Price
    By when:   27/06/2025
    Evidence:  -

  Action 8
    What:      Kuba's developmental review with an ASQ-3 and a speech
               screen
    Who:       -
    By when:   13/06/2025
    Evidence:  ASQ-3 scores shared with the SW and the nursery

  Action 9
    What:      Tell the SW the same day about any concern for Kuba's
               care
    Who:       All professionals
    By when:   Same day
    Evidence:  Each concern logged on Kuba's file

  Action 10
    What:      Get Fallowmere's records and chronology for Kuba and add
               them to the Feldhampton file
    Who:       SW Megan Price
    By when:   -
    Evidence:  Chronology updated on the file

  Action 11
    What:      Help Kasia and Tomasz sort out their money and benefits
               after the move
    Who:       Piotr Zielinski, family support worker
    By when:   Weekly
    Evidence:  Improvement in the family's finances

SECTION F - MEETINGS

  Core group      every 3 weeks, 10am, Feldhampton Family Hub:
                  05/06/2025 and 26/06/2025
  Review CPC      14/07/2025, 1.30pm, Feldhampton Civic Offices

SECTION G - NOTES

  If you have any questions about this plan, or need anything, please
  ring the Family Safeguarding Team West duty desk on 01632 960418
  (Monday to Friday, 9am to 5pm).

------------------------------------------------------------------------
END OF PLAN                                                  Page 1 of 1
""",
    "findings": [
        F("T002", "Visit Zofia on Ward 4 and do her feeds"),
        F("M001", "Parenting assessment of Kasia and Tomasz"),
        F("W001", "developmental review with an ASQ-3 and a speech screen"),
        F("W002", "about any concern for Kuba's care"),
        F("T001", "Get Fallowmere's records and chronology for Kuba"),
        F("M002", "Help Kasia and Tomasz sort out their money and benefits"),
        F("L001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
