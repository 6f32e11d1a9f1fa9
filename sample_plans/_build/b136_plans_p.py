"""Batch 136, module p: seven fictional plans (held-out material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and Health and Social Care Trusts. Labels were
written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: plans written by experienced practitioners in all four UK nations and
in English authorities with their own house styles, each in its own template
and words. Wales: a bilingual (Welsh then English) Care and Support
Protection Plan from an initial conference under the Wales Safeguarding
Procedures, with the children's names on the child protection register, and
a bilingual review plan for a baby. Scotland: a Child's Plan for a
14-year-old agreed at a review Child Protection Planning Meeting (Named
Person, Lead Professional, SHANARRI, an IRD, a referral to the Children's
Reporter for a Compulsory Supervision Order as the legal step), and the
minutes of a core group with an action log. Northern Ireland: a Trust's plan
from an initial Child Protection Case Conference after a Gateway team UNOCINI
assessment, held by the Family Intervention Team, with an Article 8 order
named in the legal step. England: a social worker's letter to parents after
a Strengthening Families conference (family network meeting, the Public Law
Outline letter before proceedings, step-down to child in need and Early
Help), and a Signs of Safety authority's "safety plan" with a family network
meeting and a Team Around the Family history.

Five plans are exemplary: the Welsh initial plan (docx, landscape, outcome
merged down), the Scottish Child's Plan for a teenager (md), the Northern
Ireland CPCC plan (pdf, outcome banner rows), the Strengthening Families
letter (pdf) and the Signs of Safety safety plan (md). Two carry a realistic
mix of faults among mostly good rows: the Scottish core group minutes (txt)
and the Welsh review plan for a baby (docx).

Reading of national terms (as the brief asks): a review Child Protection
Planning Meeting (Scotland) and a review Child Protection Case Conference
(Northern Ireland) are review conferences for R001; a referral to the
Children's Reporter asking a Children's Hearing to consider a Compulsory
Supervision Order, made when named triggers show progress is insufficient,
is Scotland's legal planning step for R002; an Inter-agency Referral
Discussion (IRD) is Scotland's strategy discussion.

Counting actions (README, "Files", actions; convention 1): every live row of
an action table and every bullet of an action section ("The plan", "Next
steps", "What we are asking you to do" / "What I and others will do" in the
letter, the core group's action log), including an action row for a further
family network meeting; not banner rows, not the contingency, not meeting
dates, not a one-off action marked COMPLETE and closed in an action log.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Wales: initial conference Care and Support Protection Plan, father's
#    drinking and mother's depression, two children, Nain helping. Bilingual
#    headings, landscape table with the outcome merged down. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_penllwydion_icpc_care_support_protection_plan_merged_outcomes_prydderch.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Elis a Mali Prydderch",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 4,
    "template": "wales-care-and-support-protection-plan-docx-landscape-bilingual-welsh-then-english-headings-details-list-register-why-worried-going-well-childrens-voice-in-welsh-then-outcome-merged-down-what-will-happen-pwy-erbyn-pryd-sut-table-contingency-core-group",
    "description": (
        "Exemplary Care and Support Protection Plan from an initial child protection conference "
        "held under the Wales Safeguarding Procedures, for an 8-year-old and a 3-year-old whose "
        "names were placed on the child protection register (neglect). Father drinks heavily, "
        "mother's depression has returned. Headings are in Welsh then English; Elis's words are "
        "quoted in Welsh with an English translation. A landscape table with the outcome for the "
        "children merged down over its actions; every row has a named lead, a date or frequency "
        "and something that will be seen. The substance misuse service and the CMHT care "
        "co-ordinator both report on change and its likely timescale, the GP owns an action, Nain's "
        "part has a fallback, a legal planning meeting follows named triggers, core group and "
        "review conference dates are set."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Sir Penllwydion · Gwasanaethau Plant  |  Penllwydion County Council · Children's Services · "
              "Tîm Diogelu / Safeguarding Team"),
        ("kv", [
            ("Plant / Children", "Elis Prydderch (8), DOB 02/03/2017, Blwyddyn 4 / Year 4, Ysgol Gynradd Bryn "
                                 "Eithin; Mali Prydderch (3), DOB 19/07/2022, Cylch Meithrin Penllwydion"),
            ("Cyfeiriad / Address", "7 Heol y Felin, Penllwydion PN9 4HT"),
            ("Rhieni / Parents", "Lowri Prydderch (33) and Rhodri Prydderch (36), living together"),
            ("Nain / Maternal grandmother", "Eirlys Hughes, 2 Bryn Awel, Penllwydion (five minutes by car)"),
            ("Iaith / Language", "Welsh is the family's first language. Elis and Mali are seen in Welsh; Rhodri "
                                 "asked for meetings to be held in English with Welsh where he wants it."),
            ("Cynhadledd / Conference", "Initial child protection conference, 14/10/2025, held under the Wales "
                                        "Safeguarding Procedures. Independent chair: Gwenllian Roberts"),
            ("Cofrestr / Register", "Elis's and Mali's names were placed on the child protection register under "
                                    "the category of neglect."),
            ("Gweithiwr cymdeithasol / Social worker", "Catrin Bowen (team manager: Huw Parry)"),
        ]),
        ("h1", "Pam rydym yn poeni / Why we are worried"),
        ("p", "Since the spring Rhodri has been drinking strong cider most evenings and all weekend, and Lowri's "
              "depression returned after she stopped her medication in June. On 26/09/2025 a neighbour called the "
              "police to shouting at the house at 11pm; Elis was found on the landing in his coat, holding Mali. "
              "In September Elis was late or absent on 9 of 15 school days, Mali missed her 3-year health review "
              "twice, and on 01/10/2025 the health visitor found very little food in the house and Mali in a "
              "soaked nappy at 2pm."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("bullets", [
            "Lowri went back to her GP on 06/10/2025, has restarted her antidepressant and has been referred to "
            "the Community Mental Health Team.",
            "Nain Eirlys has taken Mali to cylch three mornings a week since 29/09/2025 and Mali has not missed "
            "one of those sessions.",
            "Rhodri told the conference that he knows his drinking frightens the children, and he has booked an "
            "assessment with the substance misuse service.",
            "Elis loves football and is proud of his Welsh reading; his teacher says he is kind to younger "
            "children.",
        ]),
        ("h1", "Llais Elis a Mali / What Elis and Mali have told us"),
        ("p", "Elis (seen on his own at school, in Welsh, 09/10/2025): “Pan mae Dad wedi yfed dw i'n mynd â Mali "
              "i'r llofft a dw i'n darllen iddi.” (“When Dad has been drinking I take Mali upstairs and read to "
              "her.”) He said he is late for school because “Mam's still asleep and I have to find Mali's "
              "clothes”. Asked what would make home better he said: “Dad not shouting, and Mam getting up.” He "
              "gave home 4 out of 10."),
        ("p", "Mali is 3 and talks in short Welsh phrases. On the visit of 07/10/2025 she brought the social worker "
              "her toy sheep, shouted “Nain!” when her grandmother's car pulled up and ran to the door. She ate "
              "two bowls of cereal quickly and asked for more. Her cylch leader says she is quiet on Mondays and "
              "clings to staff at home time."),
        ("h1", "Y cynllun / The plan"),
        ("p", "Agreed at the initial conference on 14/10/2025. The first column is what we want for Elis and Mali; "
              "the actions beside it are how we will get there. Where a row says “each core group”, the dates are "
              "at the end of this plan."),
        ("table", {
            "header": ["Canlyniad i'r plant / Outcome for the children", "Beth fydd yn digwydd / What will happen",
                       "Pwy / Who", "Erbyn pryd / When", "Sut y byddwn yn gwybod / How we will know"],
            "widths": [4.8, 6.6, 4.2, 4.5, 5.6],
            "rows": [
                ["A. Elis and Mali are cared for every day and night by a sober adult who gets them up, fed and "
                 "to school and cylch on time.",
                 "Visit Elis and Mali at home, see Elis on his own and speak with both children in Welsh",
                 "Catrin Bowen, social worker (SW)",
                 "Every week from 16/10/2025 until the review conference, with one visit a month unannounced",
                 "Visit records show both children seen each week and Elis seen alone, with his words written "
                 "down in Welsh and English"],
                [V,
                 "Drink no alcohol on any day he is caring for Elis and Mali, and keep no alcohol in the house",
                 "Rhodri Prydderch (Dad)",
                 "Every day from 14/10/2025",
                 "Breath tests at each key-work session and at unannounced SW visits read zero; no alcohol seen "
                 "in the house at any visit"],
                [V,
                 "Assess Rhodri's drinking, give him weekly key-work with a breath test, and report on whether he "
                 "is making the changes Elis and Mali need and how long that is likely to take",
                 "Dafydd Rees, key worker, Penllwydion Substance Misuse Service (Gwasanaeth Camddefnyddio "
                 "Sylweddau)",
                 "Assessment by 31/10/2025; key-work every Wednesday; report two working days before each core "
                 "group",
                 "Assessment summary, then a written report with the breath test results, on the children's file "
                 "before every core group"],
                [V,
                 "Give Mali breakfast at Bryn Awel and take her to cylch; have both children for tea after school",
                 "Eirlys Hughes (Nain, maternal grandmother)",
                 "Cylch: every Monday, Wednesday and Friday in term time; tea: every Tuesday and Thursday; both "
                 "from 15/10/2025",
                 "Cylch register shows Mali in by 9.15am on Nain's days; Eirlys texts the SW every Friday with the "
                 "days kept that week"],
                ["B. Mali's speech and development catch up with what is expected for her age, and she gets to "
                 "every health appointment.",
                 "Complete Mali's 3-year health review with a speech and language screen, and refer her to speech "
                 "and language therapy if the screen shows a delay",
                 "Delyth Morgan, health visitor (HV)",
                 "By 14/11/2025, at home",
                 "Review scores in Mali's red book and sent to the SW by 21/11/2025; referral letter on file if "
                 "one is needed"],
                [V,
                 "Record Mali's attendance and whether she arrives fed and clean, and practise her target words "
                 "with her at each session",
                 "Menna Ellis, arweinydd (leader), Cylch Meithrin Penllwydion",
                 "Every session: Monday, Wednesday and Friday mornings",
                 "Attendance and arrival sheet, with a tally of Mali's new words, emailed to the SW every Friday"],
                ["C. Elis goes to school every day and on time, has a trusted adult to talk to, and no longer "
                 "looks after his sister or his mam.",
                 "Check Elis's attendance and punctuality, and meet him each Monday with his key adult, Mr Tomos "
                 "Jones, to ask how things are at home",
                 "Mrs Angharad Lewis, designated safeguarding person (DSP), Ysgol Gynradd Bryn Eithin",
                 "Every school day; key adult meeting every Monday from 20/10/2025",
                 "Attendance printout to the SW each Friday, 95% or more by the review conference; Monday "
                 "meetings logged on the school's safeguarding record"],
                [V,
                 "Direct work with Elis, in Welsh, about home and his worries, using the three houses tool",
                 "Catrin Bowen, SW",
                 "Four sessions, all by 12/12/2025",
                 "Elis's three houses drawings and his own words kept on file and brought to the review "
                 "conference"],
                ["D. Elis and Mali are cared for by a mam whose depression is treated, so that she is up with "
                 "them in the morning and notices when they need her.",
                 "Visit Lowri at home, check her mood and her medication, and tell each core group whether she is "
                 "making the changes Elis and Mali need and how long that is likely to take",
                 "Sioned Puw, care co-ordinator (CPN), Penllwydion Community Mental Health Team",
                 "Every other Thursday from 23/10/2025; written report two working days before each core group",
                 "Written report on the children's file before every core group, with visit dates and Sioned's "
                 "view of the likely timescale"],
                [V,
                 "Review Lowri's antidepressant and Rhodri's alcohol-related health, and write to the SW about "
                 "both",
                 "Dr Arwel Jenkins, GP, Meddygfa Stryd y Bont",
                 "By 07/11/2025, then before each core group",
                 "GP letter on file by 07/11/2025 and a short written update before every core group"],
                [V,
                 "Work with Lowri on a morning routine so that Elis and Mali are up, dressed and fed by 8.30am",
                 "Llinos Watkins, family support worker, Penllwydion Family Support Team",
                 "Tuesday and Thursday mornings at 7.45am, eight sessions from 21/10/2025",
                 "A record of each session shows whether both children were up, dressed and fed by 8.30am; sent "
                 "to the SW each week"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Rhodri drinks while he is caring for Elis and Mali (a positive breath test, alcohol smelt or seen "
              "at a visit, or Elis, Lowri, the school or the cylch tell us), or the police are called to the house "
              "again, Rhodri will leave that day to stay with his brother Gareth at 15 Maes y Deri, the children "
              "will stay with Lowri only while Eirlys is in the house, and Catrin will hold a strategy discussion "
              "with the police the same day."),
        ("p", "If Lowri is found in bed and unable to care for Mali, or tells anyone she has thoughts of harming "
              "herself, Sioned will see her the same day and Elis and Mali will go to Eirlys at 2 Bryn Awel that "
              "night."),
        ("p", "If Eirlys cannot do her part (she is unwell, away or cannot manage), Rhodri's sister Nerys "
              "Prydderch will take Mali to cylch and have the children for tea; if neither of them can, Catrin "
              "will place Elis and Mali together with Welsh-speaking foster carers in Penllwydion the same day."),
        ("p", "If by the review conference Rhodri has had two positive breath tests, Elis's attendance is below 90%, "
              "or Sioned's reports say Lowri cannot make the changes in time for the children, Catrin will ask Huw "
              "Parry for a legal planning meeting within five working days to decide whether to start the Public "
              "Law Outline."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group: first meeting on 28/10/2025 (within 10 working days of the conference), "
            "then every four weeks on Tuesdays at 3.30pm at Canolfan Deulu Penllwydion: 25/11/2025 and "
            "23/12/2025.",
            "Cynhadledd adolygu / Review child protection conference: 13/01/2026, 10am, Neuadd y Sir, "
            "Penllwydion.",
            "Before each core group Catrin will see Elis on his own and bring his words, and what she has seen of "
            "Mali, to the meeting.",
        ]),
        ("p", "Copïau / Copies of this plan, in Welsh and in English, to Lowri, Rhodri, Eirlys and every person "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scotland: Child's Plan for a 14-year-old, updated at the first review
#    Child Protection Planning Meeting. Mother's street benzodiazepine use on
#    top of methadone, Kayla going missing at night. Named Person, Lead
#    Professional, SHANARRI table, "you" is Kayla. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_portcraigie_childs_plan_review_cppm_teenager_mcallister.md",
    "split": "heldout",
    "actions": 11,
    "template": "scotland-girfec-childs-plan-markdown-key-value-table-named-person-lead-professional-register-why-changed-my-views-in-kaylas-words-shanarri-wellbeing-table-outcomes-by-indicator-then-numbered-who-when-how-well-know-shanarri-column-table-you-is-kayla-contingency-ird-reporter-meetings",
    "description": (
        "Exemplary Scottish Child's Plan for a 14-year-old, updated and agreed at the first review "
        "Child Protection Planning Meeting. Her mother is on a methadone script and has been using "
        "street benzodiazepines; Kayla has been going missing at night and was found with older "
        "men. Written with Kayla ('you' in the table is Kayla): details table naming the Named "
        "Person and Lead Professional, her own views, a SHANARRI wellbeing table, outcomes tagged "
        "by indicator, then a numbered table with who, when, how we'll know and the indicator. The "
        "drug recovery service reports on change, the GP owns an action, the aunt's weekends have "
        "a fallback, an IRD follows named triggers, and a referral to the Children's Reporter for a "
        "Compulsory Supervision Order follows insufficient progress; core group dates and the next "
        "review CPPM are set."
    ),
    "text": """\
# Child's Plan — Kayla McAllister

**Portcraigie Council · Children and Families Social Work · Child Protection**
*Getting it right for every child*

| | |
|---|---|
| **Name** | Kayla McAllister, born 14/06/2011 (14), S3 at Portcraigie Academy |
| **Lives with** | Donna McAllister (mum, 39), 11 Shore Wynd, Portcraigie PG3 7LN |
| **Dad** | Steven McAllister, lives in Dalmorrie; phones Kayla most Sundays |
| **Aunt** | Lorraine Boyle (mum's sister), 4 Kirkgate Crescent, Portcraigie |
| **Named Person** | Mrs Fiona Ritchie, Principal Teacher of Pupil Support, Portcraigie Academy |
| **Lead Professional** | Shona Kerr, social worker (team leader: Alan Forsyth) |
| **Child Protection Register** | Kayla's name was placed on the register at the initial Child Protection Planning Meeting (CPPM) on 12/08/2025. Concerns: parental substance use; risk of child sexual exploitation |
| **This plan** | Reviewed and agreed at the first review CPPM on 04/11/2025. Chair: Elaine Crichton, Child Protection Reviewing Officer |

## Why Kayla has a Child's Plan

Donna has been on a methadone script for eight years. Since early 2025 she has also been buying street
benzodiazepines ("blues"). Twice in the spring Kayla came home to find her mum so drowsy she could not wake
her properly. Between May and July Kayla was reported missing six times. Twice the police found her in a
flat at Harbour Close with men in their twenties, once after she had been given vodka. Her attendance in
the summer term was 71%.

## What has changed since the initial CPPM

- Kayla has been missing twice since August, both times home by 1am, and has not been found at Harbour
  Close since 02/08/2025.
- Donna's last three urine screens at the Alcohol and Drug Recovery Service have been clear of
  benzodiazepines; one on 30/09/2025 was positive.
- Kayla's attendance since the start of term is 84%.
- Kayla started at the Portcraigie Youth Project in September and has been to six of seven Thursday
  sessions.
- Kayla has stayed at Lorraine's every weekend since 19/09/2025.

## My views (Kayla)

Kayla wrote this before the review CPPM and read it out at the meeting:

> I don't want to be in care. I want to stay with my mum but I need her to not be out of it. When she's on
> the blues I don't want to be in the house so I go out. The guys at Harbour Close aren't my pals, I know
> that now. Lorraine's at the weekend is good because I can just be normal. I don't like having to see
> loads of different people, Shona and Jamie are enough.

Seen on her own by Shona in the Youth Project café on 29/10/2025, Kayla said she feels "about 6 out of 10
safe" at home, up from 3 in August, and that the worst nights are Thursdays, when her mum gets paid. She
asked that the police "don't come to school in uniform".

## Kayla's wellbeing (SHANARRI)

| Indicator | How things are now |
|---|---|
| Safe | Fewer missing episodes; still out late on weeknights; the men at Harbour Close still message her |
| Healthy | Sleeping badly on weeknights; not registered with a dentist |
| Achieving | Attendance 84%; on track in English and art, behind in maths |
| Nurtured | Close to her mum and her aunt; still worries about her mum's use |
| Active | Goes to the Youth Project; used to play netball and would like to go back |
| Respected | Wants a say in where she is seen and who she sees |
| Responsible | Has kept to the 10pm text agreement on most nights since October |
| Included | Has two good friends in S3; no money for school trips |

## What we want for Kayla

- **Safe:** Kayla is at home, or with an adult she and her mum trust, by 10pm every night, and does not go
  missing.
- **Healthy:** Kayla sleeps well, knows where to get sexual health advice, and knows how to keep herself
  safe online and around older men.
- **Achieving:** Kayla's attendance is 90% or more by the next review CPPM and she sits all her S3
  assessments.
- **Nurtured:** Kayla lives with a mum who is free of street drugs and is up and there for her in the
  evenings, so that Kayla no longer has to check on her.
- **Respected and included:** Kayla's views are asked for before every meeting, and she decides where she
  is seen.

## The plan

This plan was written with Kayla. Where the "Who" column says **you**, that means Kayla.

| No. | What will happen | Who | When | How we'll know | Wellbeing |
|---|---|---|---|---|---|
| 1 | Meet Kayla on her own, somewhere she chooses, and write down what she says about home, her weekends and who she is spending time with | Shona Kerr, Lead Professional (social worker) | Every week from 05/11/2025 until the next review CPPM | Contact records show Kayla seen alone every week, with her own words and her safety score out of 10 agreed with Shona | Safe, Respected |
| 2 | Hold a return discussion with Kayla after every missing episode, and pass on anything she says about where she was or who she was with | Jamie Cowan, youth worker, Portcraigie Youth Project | Within 72 hours of every return | Return discussion form on Kayla's file within 72 hours; any new name or address passed to the police and Shona the same day | Safe |
| 3 | Check Kayla's attendance every morning, phone Donna and Shona by 10am if she is not in, and meet Kayla every Monday | Mrs Fiona Ritchie, Named Person | Every school day; Monday meetings from 10/11/2025 | Attendance sent to Shona each Friday, 90% or more by the next review CPPM; Monday meetings noted on the pupil support record | Achieving |
| 4 | Six sessions with Kayla about sleep, sexual health and relationships, and help her register with a dentist | Morag Duthie, school nurse | Every other Tuesday from 11/11/2025, all six by 03/02/2026 | Session notes sent to Shona after each session; dental registration letter seen by Shona by 03/02/2026 | Healthy |
| 5 | One-to-one sessions about healthy relationships and staying safe online, and a netball taster | Jamie Cowan, youth worker | Every Thursday at 4pm, ten weeks from 06/11/2025 | Attendance log; Kayla's own score of how safe she feels, agreed with Jamie, at weeks 1, 5 and 10 | Safe, Active |
| 6 | Share what the police know about the Harbour Close flat and the men Kayla was found with, and visit the address after any sighting, in plain clothes if at school | PC Ross Gillan, Portcraigie Community Policing Team | Within 24 hours of any missing report or sighting; written summary before each core group | Written summary to Shona before every core group, with every visit to Harbour Close listed | Safe |
| 7 | Take her methadone under supervision at the pharmacy every day, use no street benzodiazepines, and be at home and awake for Kayla from 8pm every evening | Donna McAllister (Mum) | Every day from 04/11/2025 | Pharmacy record of daily pick-ups; every urine screen clear of benzodiazepines; Kayla tells Shona at each weekly meeting whether her mum was home and awake | Nurtured |
| 8 | Key-work and urine screens with Donna, and a written report to each core group on whether she has stopped using street benzodiazepines, what still has to change for Kayla and how long that is likely to take | Craig Lennox, recovery worker, Portcraigie Alcohol and Drug Recovery Service (ADRS) | Key-work every other Wednesday; report two working days before each core group | Screen results and the written report on Kayla's file before every core group | Nurtured |
| 9 | Review Donna's prescribing, and tell Shona within two working days of any missed review or request for early scripts | Dr Euan Fraser, GP, Harbour Street Medical Practice | First review by 21/11/2025, then every eight weeks | GP letter to Shona after each review | Nurtured |
| 10 | Have Kayla to stay on Friday and Saturday nights, and be the adult she phones if she cannot get home or her mum is not well | Lorraine Boyle (aunt) | Every Friday and Saturday from 07/11/2025; the same night whenever Kayla phones | Lorraine texts Shona each Saturday and Sunday morning with the time Kayla was in; Shona checks with Kayla at the next meeting | Safe, Nurtured |
| 11 | Keep your phone charged and switched on, and text Lorraine or your mum if you will not be home by 10pm | You (Kayla) | Every night from 04/11/2025 | Lorraine and Donna show Shona the texts at each weekly meeting; no night when nobody knew where you were | Responsible |

## If things go wrong

- **If Kayla is not home by 10pm and is not answering her phone:** Donna or Lorraine will report her
  missing to the police by 11pm, and the police will check the addresses in action 6 first. Shona and Mrs
  Ritchie will be told by 9am the next morning.
- **If Kayla goes missing twice in one week, or is found at Harbour Close or with one of the men the police
  have named:** Shona will hold an Inter-agency Referral Discussion (IRD) with the police and health the
  same day, and Kayla will stay at Lorraine's until the IRD has agreed what keeps her safe.
- **If Donna has a screen positive for benzodiazepines, or is found under the influence:** Kayla will stay
  with Lorraine that night, and Craig will see Donna within two working days.
- **If Lorraine cannot have Kayla** (she is ill or away, or things break down between them): Kayla's dad
  will be asked to have her in Dalmorrie for those nights; if he cannot, Shona will arrange an emergency
  placement with Portcraigie foster carers the same day.
- **If things do not get better:** if Kayla goes missing three or more times before the next review CPPM,
  or Donna has two positive screens in that time, Shona will refer Kayla to the Children's Reporter within
  five working days, asking for a Children's Hearing to consider a Compulsory Supervision Order.

## Meetings

- Core group every four weeks, Wednesdays at 3.45pm at Portcraigie Academy: 26/11/2025, 17/12/2025
  (brought forward a week for Christmas), 21/01/2026 and 18/02/2026.
- Next review Child Protection Planning Meeting: 05/05/2026, 10am, Portcraigie Council Offices, Harbour
  Road.
- Kayla can come to any meeting, or part of one, or send her views with Jamie or Shona.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland: HSC Trust child protection plan from an initial Child
#    Protection Case Conference, after a Gateway team UNOCINI assessment;
#    father's bipolar disorder and relapse, two children, granny supervising
#    contact. Outcome banner rows across the action table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_pollnagarry_initial_cpcc_unocini_outcome_banners_devlin.pdf",
    "doc_title": "Child Protection Plan - Ciara and Oisin Devlin - Initial CPCC 13/11/2025",
    "split": "heldout",
    "actions": 12,
    "template": "ni-hsc-trust-child-protection-plan-word-printed-to-pdf-page-header-footer-registration-details-list-why-on-register-unocini-summary-three-domains-childrens-and-parents-views-then-action-lead-person-and-agency-timescale-how-progress-measured-table-with-outcome-banner-rows-contingency-core-group-review-cpcc",
    "description": (
        "Exemplary Northern Ireland child protection plan from an initial Child Protection Case "
        "Conference (CPCC), written by the Health and Social Care Trust's Family Intervention Team "
        "after the Gateway team's UNOCINI pathway assessment, for an 11-year-old and a 6-year-old "
        "placed on the Child Protection Register. Their father has bipolar disorder, stopped his "
        "lithium and pushed their mother during a manic episode; he now lives at his brother's and "
        "the maternal granny supervises Saturday contact. Printed to PDF with a page header and "
        "footer. The action table is grouped under three outcome banner rows; every row names a "
        "person and agency, a timescale and the evidence. The consultant psychiatrist assesses "
        "capacity to change, the CPN reports on change, the GP owns an action, granny's part has a "
        "fallback, a legal planning meeting (care order or an Article 8 residence order) follows "
        "named triggers, core group dates and the review CPCC are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Pollnagarry Health and Social Care Trust – Family and Childcare Services",
    "footer": "Devlin – Child Protection Plan, initial CPCC 13/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Pollnagarry Health and Social Care Trust · Family and Childcare Services · Family Intervention Team "
              "(Ballykeelan)"),
        ("kv", [
            ("Children", "Ciara Devlin (11), DOB 08/04/2014, P7; Oisín Devlin (6), DOB 22/01/2019, P3; both at "
                         "St Brigid's Primary School, Ballykeelan"),
            ("Address", "27 Glenmore Park, Ballykeelan"),
            ("Mother", "Shauna Devlin (34)"),
            ("Father", "Declan Devlin (37), staying with his brother Paul at 3 Rathmore Road, Ballykeelan, since "
                       "30/10/2025"),
            ("Maternal grandmother", "Bernadette (Bernie) McGrath, 15 Church View, Carrickmoyle (four miles away)"),
            ("Case conference", "Initial Child Protection Case Conference (CPCC), 13/11/2025, Ballykeelan Health "
                                "Centre. Chair: Maura Breen, Principal Social Worker"),
            ("Registration", "Ciara's and Oisín's names were placed on the Child Protection Register under the "
                             "category of emotional abuse."),
            ("Assessment", "UNOCINI pathway assessment by Ruairí Cassidy, social worker, Gateway team, completed "
                           "06/11/2025"),
            ("Key worker", "Orla Mulholland, social worker, Family Intervention Team (senior social work "
                           "practitioner: Kieran Rooney)"),
        ]),
        ("h1", "1. Why Ciara's and Oisín's names are on the register"),
        ("p", "Declan has bipolar disorder and stopped taking his lithium in September. On 21/10/2025 Shauna rang "
              "the police at 1am: Declan had not slept for three nights, had smashed the kitchen door and pushed "
              "her against the fridge while Ciara watched from the stairs. Ciara rang her granny. Oisín was found "
              "hiding under his bed. The police referred the children to the Trust's Gateway team the same "
              "morning. Declan was admitted to Lisnavale Hospital for nine days and was discharged on 30/10/2025 "
              "to the Home Treatment Team; he has been staying with his brother since. Ciara says this was not "
              "the first time her daddy had been “high and scary”; Shauna says there were two smaller episodes "
              "last year that she managed on her own."),
        ("h1", "2. UNOCINI assessment – summary"),
        ("boldp", "The children's needs"),
        ("p", "Ciara is a bright, caring girl who has taken on a lot of worry for her mummy and brother. Since "
              "October she has been tired in class and checks on Oisín at night. Oisín has started wetting the bed "
              "again, sleeps in Ciara's bed and is very quiet at school."),
        ("boldp", "Parents' capacity"),
        ("p", "Shauna is a warm, organised mother who keeps good routines and got help on the night. She was hurt "
              "and frightened and has not always felt able to say no to Declan. Declan loves the children and is "
              "well when he takes his medication; when he stops it he loses sleep, becomes grandiose and "
              "irritable, and has little insight into how he frightens the children."),
        ("boldp", "Family and environment"),
        ("p", "The family own their home and have no money worries. Bernie is close by, has the children every "
              "week and is trusted by Ciara. Declan's brother Paul has offered him a room for as long as needed."),
        ("h1", "3. What Ciara and Oisín have told us"),
        ("p", "Ciara (seen on her own at school, 04/11/2025): “I love Daddy but when he's high he doesn't sleep "
              "and he gets scary. I rang Granny because Mummy was crying. I want him to get better and come home, "
              "but only if he takes his tablets.” She gave her worry about home 7 out of 10 and said she still "
              "gets up in the night to check Oisín is in bed."),
        ("p", "Oisín (seen at home with his Lego, 10/11/2025) said “Daddy's poorly in his head” and drew the "
              "broken door. He said he likes Saturdays at Granny's “because Daddy comes and we play football”, "
              "and that he wants to sleep in his own bed “when the noises stop”."),
        ("h1", "4. What Shauna and Declan think"),
        ("p", "Shauna agrees with the plan and wants Declan home only when his team say he is well. Declan "
              "accepts he became unwell and wants to be home by Christmas; he agreed to stay at Paul's until the "
              "review conference and to see the children only at Bernie's."),
        ("h1", "5. The plan"),
        ("p", "The plan is set out under the three outcomes agreed at the conference. Each action has a lead "
              "person, a timescale and the evidence the core group will look for."),
        ("table", {
            "header": ["Action", "Lead person and agency", "Timescale", "How progress will be measured"],
            "widths": [6.0, 3.9, 3.4, 3.7],
            "band_fill": "E2EFDA",
            "rows": [
                ["Outcome 1: Ciara and Oisín are safe at home and do not see or hear their daddy when he is "
                 "unwell or angry.", H, H, H],
                ["Visit Ciara and Oisín at home, see each of them on their own, and record what they say about "
                 "home and about their daddy",
                 "Orla Mulholland, social worker, Family Intervention Team",
                 "Weekly from 17/11/2025 until the review CPCC; one visit a month unannounced",
                 "Visit records show both children seen alone every week, with their own words recorded"],
                ["Live at 3 Rathmore Road, come to Glenmore Park only by arrangement with Orla, and see the "
                 "children only at the supervised Saturday visits",
                 "Declan Devlin (Daddy)",
                 "From 13/11/2025 until the review CPCC",
                 "Shauna and the children tell Orla at each weekly visit whether Declan has called to the house; "
                 "no police call-outs"],
                ["Supervise Declan's time with Ciara and Oisín at her home, and end the visit if he seems unwell "
                 "or becomes argumentative",
                 "Bernie McGrath (maternal grandmother)",
                 "Every Saturday, 11am to 3pm, from 15/11/2025",
                 "Bernie writes up each visit in the contact book; Orla reads it at her first visit after each "
                 "Saturday"],
                ["Safety planning with Shauna for herself and the children, and a risk review after any incident",
                 "Gráinne Kelly, outreach worker, Pollnagarry Women's Aid",
                 "Every other Monday from 17/11/2025; within 48 hours of any incident",
                 "Updated safety plan and risk score copied to Orla after each meeting"],
                ["Outcome 2: Ciara and Oisín are cared for by parents whose health is stable enough to keep them "
                 "safe and keep their days calm and predictable.", H, H, H],
                ["Assess Declan's bipolar disorder, his insight and his relapse signs, and give a written view on "
                 "his capacity to make and keep the changes Ciara and Oisín need, and how long that is likely to "
                 "take",
                 "Dr Fergal Toner, consultant psychiatrist, Pollnagarry Community Mental Health Team",
                 "Assessment by 12/12/2025",
                 "Written assessment shared with the core group on 23/12/2025"],
                ["Visit Declan at his brother's, check he is taking his lithium and sleeping, and report to each "
                 "core group on whether he is making the changes the children need",
                 "Aoife Largey, community psychiatric nurse (CPN), Home Treatment Team, then the CMHT",
                 "Twice a week until discharge from the Home Treatment Team, then weekly; report two working days "
                 "before each core group",
                 "Written report on the children's file before every core group, with visit dates and lithium "
                 "levels"],
                ["Take his lithium every day and go for his blood tests, so that he is well enough to spend time "
                 "with the children",
                 "Declan Devlin (Daddy)",
                 "Daily; blood test every four weeks at Ballykeelan Health Centre, next on 27/11/2025",
                 "Lithium levels in the agreed range at each test, reported by the GP to Orla"],
                ["Send Orla Declan's lithium results and a note of any missed appointment",
                 "Dr Niamh Coyle, GP, Ballykeelan Health Centre",
                 "Within two working days of each four-weekly blood test; first by 01/12/2025",
                 "GP letter or email on the children's file after each test"],
                ["Outcome 3: Ciara and Oisín go to school every day, sleep well and have a trusted adult to talk to "
                 "about what has happened.", H, H, H],
                ["Check both children's attendance, and give Ciara a weekly check-in with her class teacher, "
                 "Mrs Doherty",
                 "Mrs Róisín Hegarty, designated teacher for child protection, St Brigid's Primary School",
                 "Every school day; Ciara's check-in every Monday from 17/11/2025",
                 "Attendance emailed to Orla every Friday; any unexplained absence phoned through the same day; "
                 "check-ins logged"],
                ["Six sessions with Ciara about her daddy's illness, what to do if he becomes unwell and who she "
                 "can tell",
                 "Karen Boyd, family support worker, Ballykeelan Family Support Hub",
                 "Weekly from 25/11/2025, all six by 13/01/2026",
                 "Ciara's workbook and session notes sent to Orla; Ciara's worry score, agreed with Karen, at the "
                 "first and last session"],
                ["See Oisín about his sleep and bedwetting, and agree a bedtime and night-time plan for him with "
                 "Shauna",
                 "Siobhán Corr, school nurse, Ballykeelan",
                 "First appointment by 28/11/2025, then every two weeks until the review CPCC",
                 "Oisín's sleep and wet-night chart brought to each appointment; summary sent to Orla before each "
                 "core group"],
                ["Keep the school-night routine agreed with the school nurse (tea by 6pm, Oisín in his own bed by "
                 "8pm) and fill in his sleep chart each morning",
                 "Shauna Devlin (Mummy)",
                 "Every school night from 17/11/2025",
                 "Sleep chart filled in for every night, seen by the school nurse at each appointment and by Orla "
                 "at her weekly visit"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Declan shows his relapse signs (two nights without sleep, very fast talk, spending large sums) or "
              "stops his lithium, Shauna or Bernie will ring the Home Treatment Team and Orla the same day, and the "
              "Saturday visits will stop until Aoife has seen him."),
        ("p", "If Declan comes to Glenmore Park without arrangement, or is aggressive to anyone, Shauna will ring "
              "999, the children will go to Bernie's at 15 Church View that night, and Orla will hold a strategy "
              "meeting with the police the same day."),
        ("p", "If Bernie cannot supervise on a Saturday (she is ill or away), that visit is cancelled and Orla will "
              "arrange supervised contact at Carrickmoyle Family Centre with a Trust family support worker within "
              "a week. If Bernie cannot have the children when they need to leave home, Orla will place them "
              "together with Trust emergency foster carers the same day."),
        ("p", "If Declan comes to the house outside the agreement twice, refuses his medication, or Dr Toner's "
              "assessment says he cannot make the changes within the children's timescale, Orla will ask Kieran "
              "Rooney for a legal planning meeting within five working days, to take legal advice on whether to "
              "apply for a care order or to support Bernie to apply for an Article 8 residence order."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group: first meeting on 25/11/2025 (within 10 working days of the conference), then every four "
            "weeks at Ballykeelan Health Centre, 2pm: 23/12/2025 and 20/01/2026.",
            "Review Child Protection Case Conference: 12/02/2026, 10am, Ballykeelan Health Centre.",
            "Orla will see Ciara and Oisín before each core group and bring their views to it.",
        ]),
        ("p", "Plan agreed at the initial CPCC on 13/11/2025. Copies to Shauna, Declan, Bernie and every lead person "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. England: social worker's letter to parents after a Strengthening Families
#    initial conference; father's cocaine and drinking at weekend parties, a
#    6-year-old and a 4-month-old, grandmother and uncle helping after a
#    family network meeting; PLO letter before proceedings named as the legal
#    step. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_pellingworth_strengthening_families_letter_to_parents_okafor.pdf",
    "doc_title": "Letter to Jess Barker and Marcus Okafor after the initial child protection conference",
    "split": "heldout",
    "actions": 11,
    "template": "sw-letter-to-parents-after-strengthening-families-icpc-word-printed-to-pdf-page-header-footer-addresses-bold-plain-headings-what-conference-decided-scaling-childrens-words-outcomes-then-what-we-are-asking-you-to-do-and-what-i-and-others-will-do-bullets-named-in-each-then-if-things-go-wrong-plo-meetings",
    "description": (
        "Exemplary letter from the social worker to both parents after a Strengthening Families "
        "initial child protection conference, for a 6-year-old and a 4-month-old (neglect): the "
        "father used cocaine and both parents drank at a party, and the 6-year-old was found "
        "caring for the baby at 2am. Word letter printed to PDF with a page header and footer, in "
        "plain words: what the conference decided and how it scored safety, what Amara said and "
        "what was seen of Kai, what we want for them, then 'What we are asking you to do' bullets "
        "addressed to each parent by name and 'What I and others will do' bullets (the letter's "
        "'I' is the signing social worker), each with a time and what will be seen. The drug and "
        "alcohol service reports on change, the grandmother's and uncle's offers from the family "
        "network meeting have a fallback, a legal planning meeting and the PLO letter before "
        "proceedings follow named triggers, core group and review conference dates are set, with "
        "step-down to child in need and Early Help explained."
    ),
    "header": "Pellingworth Metropolitan Borough Council – Children's Social Care – Locality Team East",
    "footer": "Letter to Jess Barker and Marcus Okafor, 14/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Locality Team East"),
        ("pr", "Pellingworth Family Hub, 40 Cranmer Street"),
        ("pr", "Pellingworth PW4 2DN"),
        ("pr", "Telephone 01632 960481"),
        ("pr", "14/11/2025"),
        ("pl", "Jess Barker and Marcus Okafor"),
        ("pl", "Flat 3, 19 Linnet Way"),
        ("pl", "Pellingworth PW6 1RA"),
        ("boldp", "Amara and Kai's child protection plan"),
        ("p", "Dear Jess and Marcus,"),
        ("p", "Thank you both for coming to the initial child protection conference on 12/11/2025, and for bringing "
              "Jess's mum, Paulette, and Marcus's brother, Tyrone. I know it was a long and hard morning. This "
              "letter sets out what the conference decided and the plan we all agreed, in the words we used at "
              "the meeting. Please keep it, and ring me if anything is not clear."),
        ("boldp", "What the conference decided"),
        ("p", "Our conferences follow the Strengthening Families model, so we looked together at the worries, what "
              "makes things harder, your strengths and the safety that is already there. Everyone then scored how "
              "safe Amara and Kai are, from 0 to 10: the professionals scored 3 or 4, and you both scored 6. The "
              "chair, Helen Osei, decided that Amara and Kai need child protection plans under the category of "
              "neglect."),
        ("p", "This is because on 25/10/2025 the police found Amara, who is 6, looking after Kai at 2am while you "
              "were both asleep after a party at the flat, where Marcus had used cocaine and you had both been "
              "drinking. Kai's bottle had been propped on a cushion. The police have also been called to "
              "arguments at the flat twice this year."),
        ("boldp", "What Amara told us, and what we have seen of Kai"),
        ("p", "Amara talked to me on her own at school on 06/11/2025. She said: “When Daddy has his friends round "
              "it's loud and I go in Kai's room so he isn't scared. I give him his dummy.” She said the best thing "
              "about home is “Sunday dinner at Nana Paulette's” and the worst is “the shouting”. She would like "
              "“Mummy and Daddy not to have parties”."),
        ("p", "Kai is four months old. When I visited on 04/11/2025 and 10/11/2025 he was clean, smiled at Jess and "
              "settled quickly when she held him. Sophie, your health visitor, says his weight has dropped from "
              "the 50th to the 25th centile since September."),
        ("boldp", "What we want for Amara and Kai"),
        ("bullets", [
            "Amara and Kai are looked after every day and night by a sober adult who is awake and able to care "
            "for them.",
            "Kai is fed on time, held for his feeds, sleeps safely in his cot and gets back towards the 50th "
            "centile.",
            "Amara no longer looks after her brother, goes to school every day and feels safe at home.",
            "Amara and Kai do not see or hear arguments between the adults who care for them.",
        ]),
        ("boldp", "What we are asking you to do"),
        ("bullets", [
            "Marcus, we are asking you not to use cocaine or any other drug, and not to drink alcohol, on any day "
            "you are looking after Amara or Kai, from the day of the conference; your urine tests at Pellingworth "
            "Drug and Alcohol Service every two weeks will show this.",
            "Marcus, please go to your key-work appointments with Dean Holloway at the Drug and Alcohol Service "
            "every Tuesday from 18/11/2025; Dean will send me your attendance at the end of each month.",
            "Jess, please take Kai to Linnet Way baby clinic every other Wednesday from 19/11/2025 so that Sophie "
            "can weigh him, and take his red book so that each weight is written in.",
            "Jess and Marcus, please both go to the six-week Calmer Homes course at Pellingworth Family Hub, "
            "every Thursday at 10am from 20/11/2025; the course leader, Aisha Begum, will send me the register "
            "after week 3 and week 6.",
        ]),
        ("boldp", "What I and others will do"),
        ("bullets", [
            "I (Ama Boateng, your social worker) will visit every week until the review conference, with one "
            "visit a month unannounced and one in the evening, and will see Amara on her own each time; my visit "
            "notes will record where Kai was sleeping and what Amara told me.",
            "Dean Holloway, recovery co-ordinator at Pellingworth Drug and Alcohol Service, will complete an "
            "assessment with Marcus by 05/12/2025, and will write to each core group about whether Marcus has "
            "stopped using, what still needs to change for Amara and Kai, and how long that is likely to take.",
            "Sophie Grant, health visitor, will weigh Kai at clinic every other Wednesday and see him at home "
            "once a month until the review conference, checking where he sleeps; she will send me his weights "
            "and a note of each home visit.",
            "Mrs Lorna Pike, designated safeguarding lead at Cranmer Street Primary, will check Amara's "
            "attendance every day and meet her each Friday with her teaching assistant, Miss Shaw; she will send "
            "me the attendance each Friday and ring me the same day if Amara is absent without a reason.",
            "Paulette Barker (Nana) agreed at the family network meeting to stay at the flat every Friday and "
            "Saturday night until the review conference, and will text me each Sunday morning to say how the "
            "nights went.",
            "Tyrone Okafor agreed to have Amara at his house every Saturday from 12 noon to 5pm, so that she has "
            "time away from the flat, and will text me when he has dropped her home.",
            "I will bring the family network together again by 12/12/2025 to agree who else can stay over if "
            "Paulette cannot, and will send everyone the written network plan within a week of that meeting.",
        ]),
        ("boldp", "What will happen if things go wrong"),
        ("bullets", [
            "If Marcus uses cocaine or drinks while he is looking after the children (a positive test, or "
            "Amara, Paulette, Sophie or I see or smell it), he will leave the flat that day and stay with Tyrone "
            "at 8 Heron Court until I have seen him, and Paulette will stay with Jess and the children that "
            "night.",
            "If Amara is found caring for Kai at night again, or the police are called to the flat, I will hold "
            "a strategy discussion with the police the same day, and Amara and Kai will stay at Paulette's house "
            "at 22 Wren Road until it has taken place.",
            "If Paulette or Tyrone cannot do what they offered (they are ill or away, or fall out with you), "
            "Jess will ring me that day. Marcus's cousin Grace Okafor, who came to the family network meeting, "
            "will stay instead; if nobody can, Amara and Kai will stay with Pellingworth foster carers that "
            "night.",
            "If Marcus has two positive tests before the review conference, or Kai's weight falls below the 9th "
            "centile, I will ask my team manager, Rob Tennant, for a legal planning meeting within five working "
            "days. That meeting may decide to send you a letter before proceedings under the Public Law Outline, "
            "which would invite you to a meeting with your solicitors and the council's lawyer.",
        ]),
        ("boldp", "Meetings"),
        ("bullets", [
            "The core group (you, Paulette, Tyrone and the professionals named above) will meet every four weeks "
            "at Pellingworth Family Hub at 1pm on Tuesdays: first on 25/11/2025, then 23/12/2025 and 20/01/2026.",
            "The review child protection conference will be on Tuesday 10/02/2026 at 10am at Pellingworth Town "
            "Hall. If enough has changed by then, the conference may decide that Amara and Kai can come off "
            "their plans and move to a child in need plan, and later to Early Help.",
        ]),
        ("p", "You are welcome to bring someone with you to every meeting. If you disagree with any part of the plan, "
              "please tell me or Helen Osei, and we will write your views on the plan."),
        ("p", "Yours sincerely,"),
        ("pl", "Ama Boateng"),
        ("pl", "Social Worker, Locality Team East, Pellingworth Children's Social Care"),
        ("p", "Copies: Helen Osei (conference chair); Rob Tennant (team manager); Paulette Barker and Tyrone Okafor "
              "(with your agreement)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. England, a Signs of Safety authority: the whole plan is the "safety
#    plan". Mother's drinking, a 7-year-old and a 2-year-old, stepped up
#    from an Early Help Team Around the Family; family network meeting
#    offers; next steps table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_pardlow_sos_safety_plan_network_next_steps_hartigan.md",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-authority-safety-plan-markdown-whos-who-table-danger-statement-complicating-factors-working-well-safety-goal-outcomes-scaling-three-houses-family-network-meeting-offers-then-next-steps-who-by-when-how-well-know-table-if-the-safety-plan-isnt-working-meetings",
    "description": (
        "Exemplary child protection plan from a Signs of Safety authority, where the whole plan is "
        "called the safety plan, for a 7-year-old and a 2-year-old whose mother drinks to the point "
        "of passing out; the family had an Early Help Team Around the Family before the case was "
        "stepped up. Markdown: who's who, danger statement, complicating factors, what's working "
        "well, safety goal, outcomes, scaling, Skye's Three Houses and Leo's world, the family "
        "network meeting's offers, then a next steps table with who, by when and how we'll know "
        "(the grandmother named by the family's name for her after the who's who). The alcohol "
        "team reports on change, the GP owns an action, each network member's part has a fallback, "
        "a legal planning meeting follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Skye and Leo's Safety Plan

**Pardlow Borough Council · Children's Services · Locality Team North**

Child protection plan agreed at the initial child protection conference on 05/11/2025 (chair: Marcia
Fenwick, IRO). Category: neglect. In Pardlow we call the whole child protection plan the *safety plan*: it
belongs to Gemma and her network as much as to us.

## Who's who

| Name | Who they are |
|---|---|
| Skye Hartigan | 7, Year 3 at Pardlow Park Primary |
| Leo Hartigan | 2, goes to Little Owls Nursery on Mondays, Tuesdays and Thursdays |
| Gemma Hartigan | Skye and Leo's mum, 29 |
| Nanna Jan (Janet Hartigan) | Gemma's mum; lives at 6 Alder Close, ten minutes' walk away |
| Becky Sowerby | Gemma's sister; lives at 31 Mill Lane with her partner and her dog, Biscuit |
| Tasha Greenwood | Gemma's friend and next-door neighbour |
| Tom Adeyemi | Social worker (team manager: Paula Hirst) |

Skye and Leo's dad, Ryan Cope, moved away in 2024 and has not seen them since. Tom has written to him about
the plan and he has replied that he agrees with it.

## What are we worried about?

**What happened.** On 18/10/2025 Skye knocked on Tasha's door at 7.30pm because she could not wake her mum
and Leo had been crying for an hour. Gemma was asleep on the sofa after drinking most of a bottle of vodka.
Leo's nappy had not been changed since the morning. This was the third time since the summer that a
neighbour had been worried about Gemma being drunk with the children. The family had had a Team Around the
Family through Early Help since March 2025 because of Skye's attendance; after 18/10/2025 the case was
stepped up to children's social care.

**Danger statement.** Children's Services, Skye's school and Leo's nursery are worried that if Gemma drinks
when she is the only adult looking after Skye and Leo, she could pass out again, and Leo could be hurt, go
hungry or be left in a dirty nappy for hours, and Skye could again be left to look after her brother and
her mum on her own, which frightens her.

**Complicating factors.** Gemma has drunk more since her dad died in 2024 and says she drinks "to get to
sleep". She has not yet been able to say how much she drinks when she is on her own.

## What's working well?

- Skye knew to go to Tasha, and Tasha rang the police straight away.
- Gemma has never drunk when Nanna Jan was in the house, and the children are always clean, fed and happy on
  Nanna Jan's days.
- Gemma rang the Pardlow Alcohol Team herself on 24/10/2025.
- Leo's nursery say he is a happy, chatty little boy who runs in every morning.

## Safety goal

Children's Services need to see that Skye and Leo are looked after every day and night by an adult who is
sober and awake, that Leo is fed and changed on time, and that Skye never again has to look after Leo or her
mum. Gemma and her network will need to show this for at least six months, with the network checking in
every weekend, before we would think about ending the plan.

## What Skye and Leo need

- Skye and Leo are cared for by a sober, awake adult at all times, day and night.
- Leo is changed and fed on time, and keeps growing and talking as he should for his age.
- Skye goes to school every day, on time, and knows which grown-ups she can go to if her mum has been
  drinking.
- Skye feels safe at home and stops worrying about her mum at night.

## Scaling

0 means Skye and Leo will be left with a drunk adult again; 10 means everyone is confident they are safe.
The conference scored 3. Gemma scored 6, Nanna Jan 5 and Tom 3.

## Skye's words and Leo's world

Tom did the Three Houses with Skye on her own at school on 30/10/2025.

- **House of worries:** "When Mummy drinks the bottle she goes to sleep and won't wake up. Leo cries and I
  don't know how to do his nappy."
- **House of good things:** "Nanna Jan's house. Pancakes. Auntie Becky's dog."
- **House of dreams:** "Mummy doesn't drink the bottle any more and she takes me to swimming."

Skye scored home 4 out of 10 and asked for Nanna Jan "to sleep over every weekend".

Leo is two. At visits on 28/10/2025 and 03/11/2025 he showed Tom his toy bin lorry, said "Nanna" and
"Skye", and ran to Gemma for a cuddle when the doorbell rang. His nursery key worker says he is hungry when
he arrives on Mondays.

## Family network meeting, 01/11/2025

Came: Gemma, Nanna Jan, Becky, Tasha, Tom, and Lisa Thornton (the Early Help key worker who ran the Team
Around the Family).

- Nanna Jan offered to stay over every Friday and Saturday night, when Gemma has usually drunk.
- Becky offered to collect Skye from school on Wednesdays and have both children for tea.
- Tasha offered to be the neighbour Skye can always knock for; she cannot have the children overnight.
- Nobody could yet offer weeknight stays; the network will meet again to find a third person (step 11).

## Next steps — who will do what

| Step | What needs to happen | Who | By when | How we'll know |
|---|---|---|---|---|
| 1 | Visit Skye and Leo at home, with one visit a month unannounced and one at a weekend, and see Skye on her own | Tom Adeyemi, social worker | Every week from 06/11/2025 until the review conference | Visit records show both children seen every week and Skye seen alone, with her worry score and her own words written down |
| 2 | Drink no alcohol on any day she is the only adult with Skye and Leo, and keep no alcohol in the house | Gemma (Mum) | Every day from 05/11/2025 | Breath tests at the Alcohol Team and at Tom's unannounced visits all read zero; a green at the core group needs four of four |
| 3 | Assess Gemma's drinking, give her weekly key-work with a breath test, and write to each core group about whether she is making the changes Skye and Leo need and how long that is likely to take | Hannah Price, alcohol worker, Pardlow Alcohol Team | Assessment by 21/11/2025; key-work every Monday; report two working days before each core group | Assessment summary, then a written report with the test results, on the children's file before every core group |
| 4 | Do blood tests for Gemma's liver and write to Tom about her drinking history and any prescriptions | Dr Sarah Quayle, GP, Alder Street Surgery | By 28/11/2025 | GP letter on the children's file by 28/11/2025 |
| 5 | Stay over at Gemma's as the safety person, and write in the safety journal each morning | Nanna Jan | Every Friday and Saturday night from 07/11/2025 | A journal entry for every weekend night, read by Tom at his first visit each week |
| 6 | Collect Skye from school and have Skye and Leo for tea at 31 Mill Lane | Becky Sowerby (aunt) | Every Wednesday, 3.15pm to 7pm, from 12/11/2025 | School collection book signed by Becky; Becky texts Tom every Wednesday evening |
| 7 | Make a words and pictures story with Gemma and the network that tells Skye, in words she understands, why there is a safety plan and who her safe grown-ups are | Tom Adeyemi, social worker | By 05/12/2025 | The story signed by Gemma and read to Skye by Gemma and Tom; Skye can name her safe grown-ups at Tom's next visit |
| 8 | Check Skye's attendance and how she presents, and meet her every Friday with her learning mentor | Mrs Nadia Khan, DSL, Pardlow Park Primary | Every school day; Friday meetings from 07/11/2025 | Attendance emailed to Tom each Friday, 95% or more by the review conference; Friday meetings logged on CPOMS |
| 9 | Note when Leo arrives, whether he has had breakfast and the state of his nappy, and ring Tom the same day with any worry | Kelly Ashworth, key worker, Little Owls Nursery | Every nursery day (Monday, Tuesday and Thursday) | Arrival sheet emailed to Tom every Friday; same-day calls logged on the children's file |
| 10 | Do Leo's two-year review with a speech and language check | Jo Whitlock, health visitor | By 12/12/2025, at home | Review scores in Leo's red book and sent to Tom within a week |
| 11 | Bring the network together again to find a safety person for weeknights | Tom Adeyemi, social worker | Family network meeting by 10/12/2025 | Written network plan, naming the weeknight safety person, sent to everyone within a week of the meeting |
| 12 | Give Skye a card with Nanna Jan's, Becky's and Tasha's numbers, and practise with her what to do if she cannot wake her mum | Gemma (Mum), with Tom | By 21/11/2025 | Skye shows Tom the card and tells him what she would do, at his first visit after 21/11/2025 |

## If the safety plan isn't working

- **If Gemma drinks while she is looking after the children** (a positive breath test, Skye or anyone in the
  network sees or smells drink, or she cannot be woken): Skye knocks for Tasha or rings Nanna Jan; Nanna Jan
  or Becky collects both children that night and they stay with her; Tom holds a strategy discussion with
  the police the same day, or the Emergency Duty Team does if it is out of hours.
- **If Nanna Jan cannot stay on a Friday or Saturday** (she is ill or away), Becky stays instead. **If Becky
  cannot do a Wednesday**, Nanna Jan collects Skye. **If neither of them can**, Gemma rings Tom (or the
  Emergency Duty Team) by 5pm that day, and Tom arranges for Skye and Leo to stay with Pardlow foster carers
  that night.
- **If things do not change:** if Gemma has two positive breath tests before the review conference, or the
  children are found again with no sober adult, Tom will ask Paula Hirst for a legal planning meeting (legal
  gateway) within five working days, to decide whether to start PLO pre-proceedings.

## Meetings

- Core group every four weeks, Thursdays at 3.30pm at Pardlow Park Primary: 20/11/2025, 18/12/2025 and
  15/01/2026.
- Review child protection conference: 03/02/2026, 10am, Pardlow Civic Centre.
- Before each core group Tom will ask Skye what has changed at home and bring her words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Scotland: minute of the third core group with an action log, two weeks
#    before the review CPPM. Mother's depression, her partner's cannabis use,
#    a 4-year-old at an early learning centre and a 10-month-old; the health
#    visitor is the Named Person. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_pitmurrie_core_group_minute_action_log_mcbride.txt",
    "split": "heldout",
    "actions": 11,
    "template": "scotland-core-group-minute-plain-text-caps-header-attendance-numbered-minute-items-agency-updates-childrens-views-outcomes-from-cppm-wellbeing-then-action-log-ref-action-lead-by-when-how-well-know-status-lines-one-closed-complete-item-contingency-next-meetings",
    "description": (
        "Minute of the third core group for a 4-year-old and a 10-month-old whose mother has "
        "depression and whose mother's partner smokes cannabis, two weeks before the review Child "
        "Protection Planning Meeting; the health visitor is the Named Person and the social worker "
        "the Lead Professional. Plain-text minute with an action log of Action / Lead / By when / "
        "How we'll know / Status lines; a completed hearing-test referral is kept as closed (not "
        "counted). Most actions are sound (weekly visits, fortnightly weighs, the drug service "
        "reporting on change, the partner's own commitment, the GP letter, morning routine work, "
        "direct work with the 4-year-old). Faults: the CPN only supports the mother and her mood "
        "is 'monitored'; the early learning centre is to 'monitor' the boy with 'Monitor' as the "
        "measure; a grant for a cot is 'Ongoing'; 'All agencies' report sightings of a risky "
        "adult; one outcome is for the mother only; the contingency has no specific trigger and "
        "only discusses and considers an earlier review; nothing on a referral to the Children's "
        "Reporter or legal advice if progress stalls."
    ),
    "text": """\
PITMURRIE COUNCIL - CHILDREN AND FAMILIES SOCIAL WORK
CHILD PROTECTION CORE GROUP - MINUTE
==========================================================================
Children ....... Lewis McBride, born 03/02/2021 (4), Glebe Street Early
                 Learning Centre (ELC)
                 Ellie-Rose McBride, born 28/12/2024 (10 months)
Address ........ 14 Wallace Court, Pitmurrie PM2 5RD
Mother ......... Jade McBride (24)
Mother's partner Ryan Doig (27), Ellie-Rose's father, lives with the family
Registered ..... Initial Child Protection Planning Meeting (CPPM) 15/09/2025.
                 Concerns: neglect; parental mental health; parental
                 substance use
Named Person ... Gillian Muir, health visitor (both children)
Lead Professional  Lynsey Campbell, social worker
Meeting ........ Core group 3, Tuesday 25/11/2025, 1.30pm, Glebe Street
                 Family Centre
Chair .......... Lynsey Campbell (Lead Professional)
Present ........ Jade McBride; Ryan Doig; Lynsey Campbell (LP); Gillian Muir
                 (HV, Named Person); Kirsty Mair (CPN, Pitmurrie Community
                 Mental Health Team); Mark Bell (recovery worker, Pitmurrie
                 Drug and Alcohol Service); Anne Gow (key worker, Glebe
                 Street ELC); Claire Yule (family support worker)
Apologies ...... Dr Hamish Reid (GP, Wallace Court Surgery) - written update
                 sent
Minute ......... Pauline Dick, admin
==========================================================================

1. WELCOME AND PURPOSE
Lynsey welcomed everyone. This is the last core group before the review
CPPM. The group went through what has changed since core group 2
(28/10/2025) and updated the action log.

2. UPDATES
2.1 Jade said she is "up and down". She is getting up for Lewis's nursery
    on most days but some afternoons she goes back to bed and Ryan looks
    after the children when he gets in from work.
2.2 Ryan said he has cut down and only smokes cannabis "out the back" at
    night. Mark said Ryan has been to 5 of 6 Thursday sessions; his screens
    are still positive but the levels are falling.
2.3 Gillian (HV): Ellie-Rose weighed 8.1kg on 17/11/2025, on the 9th
    centile, up from below the 2nd in September. She was in her cot on her
    back at both home visits. Lewis's hearing test on 22/10/2025 was clear.
2.4 Kirsty (CPN): she has seen Jade three times since core group 2 and says
    Jade finds the visits helpful.
2.5 Anne (ELC): Lewis has been in 17 of 20 sessions, late on 6. He has
    arrived hungry twice and once in the same clothes as the day before.
2.6 Claire (FSW): the morning routine sessions have not started yet because
    Claire was off sick; the first is booked for 02/12/2025.
2.7 GP (written): Dr Reid saw Jade on 10/11/2025 and increased her
    sertraline. He will send a letter before the review CPPM.
2.8 Lynsey (LP): Ryan's friend Scott Laing, who has convictions for
    supplying drugs and for assault, was seen leaving the flat on
    14/11/2025. Ryan said he will not have him back.

3. THE CHILDREN'S VIEWS
Lewis (seen by Lynsey at the ELC, 20/11/2025, on his own): "Ellie-Rose
cries and Mummy is in bed. Ryan makes me toast." He drew his house with
himself in the garden and said that was "because it's quiet out there". He
said the best thing is "going to the swings with Ryan".
Ellie-Rose (seen at home, 18/11/2025): she was in her cot at 2pm with a
bottle. When Jade picked her up she settled and reached for Lewis when he
came in. She is sitting up and babbling.

4. OUTCOMES (AGREED AT THE INITIAL CPPM)
4.1 Lewis and Ellie-Rose are fed, washed and dressed every day, and
    Ellie-Rose keeps gaining weight along her centile.
4.2 Lewis goes to every ELC session, on time and ready to play and learn.
4.3 Ellie-Rose sleeps safely on her back in her own cot at every sleep.
4.4 Jade will feel more able to cope.

5. WELLBEING
The group agreed that Safe and Nurtured are still the main worries, and
that Healthy is improving for Ellie-Rose.

6. ACTION LOG
--------------------------------------------------------------------------
Status: ON TRACK / PARTLY / NOT STARTED / COMPLETE (closed)

A1  Action ..... Visit Lewis and Ellie-Rose at home, see where Ellie-Rose
                 sleeps and speak with Lewis on his own
    Lead ....... Lynsey Campbell, LP (social worker)
    By when .... Weekly, next visit 02/12/2025; one visit a month
                 unannounced
    How we'll know  Visit notes show both children seen every week, Lewis
                 spoken to alone and where Ellie-Rose was sleeping
    Status ..... ON TRACK

A2  Action ..... Weigh Ellie-Rose and check her sleeping place and her
                 development
    Lead ....... Gillian Muir, HV (Named Person)
    By when .... Every other Monday at home until the review CPPM
    How we'll know  Weight plotted in the red book, staying on or above
                 the 9th centile; cot seen clear at every visit
    Status ..... ON TRACK

A3  Action ..... Supportive visits to Jade for her low mood and anxiety
    Lead ....... Kirsty Mair, CPN, Pitmurrie Community Mental Health Team
    By when .... Fortnightly from 01/12/2025
    How we'll know  Jade's mood monitored
    Status ..... ON TRACK

A4  Action ..... Key-work and urine screens with Ryan, and a written report
                 to each core group on whether he has stopped smoking
                 cannabis in the flat and what still has to change for the
                 children
    Lead ....... Mark Bell, recovery worker, Pitmurrie Drug and Alcohol
                 Service
    By when .... Every Thursday; report two working days before each core
                 group
    How we'll know  Screen results and written report on the children's
                 file before each core group
    Status ..... ON TRACK

A5  Action ..... Ryan not to smoke cannabis in the flat or while he is
                 looking after Lewis or Ellie-Rose
    Lead ....... Ryan Doig
    By when .... Every day from 15/09/2025
    How we'll know  Falling screen levels reported by Mark, and no smell of
                 cannabis at any LP or HV visit
    Status ..... PARTLY

A6  Action ..... Review Jade's antidepressant and send the LP a letter
                 about her mental health and medication
    Lead ....... Dr Hamish Reid, GP, Wallace Court Surgery
    By when .... By 05/12/2025, before the review CPPM
    How we'll know  GP letter on the children's file
    Status ..... PARTLY - seen 10/11/2025, letter to follow

A7  Action ..... Monitor Lewis's presentation at nursery and pass on any
                 worries to the LP
    Lead ....... Anne Gow, key worker, Glebe Street ELC
    By when .... Every session
    How we'll know  Monitor
    Status ..... ON TRACK

A8  Action ..... Help Jade apply for a community care grant for a cot
                 mattress, bedding and a stair gate
    Lead ....... Claire Yule, family support worker
    By when .... Ongoing
    How we'll know  Grant decision letter on file; items seen in the flat
    Status ..... NOT STARTED

A9  Action ..... Tell the LP the same day if Scott Laing is seen at the
                 flat or with Ryan and the children
    Lead ....... All agencies
    By when .... Same day
    How we'll know  Each sighting logged on the children's chronology
    Status ..... NEW

A10 Action ..... Morning routine sessions with Jade so that Lewis is
                 washed, fed and at the ELC by 9am
    Lead ....... Claire Yule, family support worker
    By when .... Tuesdays and Fridays at 8am, six weeks from 02/12/2025
    How we'll know  ELC register shows Lewis in by 9am on Claire's days,
                 with breakfast eaten
    Status ..... NOT STARTED - FSW was off sick

A11 Action ..... Refer Lewis for a hearing test
    Lead ....... Gillian Muir, HV
    By when .... By 31/10/2025
    How we'll know  Audiology result sent to the LP
    Status ..... COMPLETE 22/10/2025, hearing clear - closed

A12 Action ..... Three sessions of direct work with Lewis using a "me and my
                 family" book, so that his words come to the review CPPM
    Lead ....... Lynsey Campbell, LP
    By when .... All three by 05/12/2025
    How we'll know  Lewis's book, with his drawings and words, brought to
                 the review CPPM
    Status ..... PARTLY - one session done
--------------------------------------------------------------------------

7. CONTINGENCY
If there are further concerns about the children's care, Lynsey will
discuss them with her team leader and the core group will consider bringing
the review CPPM forward.

8. NEXT MEETINGS
Review Child Protection Planning Meeting: Tuesday 09/12/2025, 10am,
Pitmurrie Council Headquarters, Room 2.
Core group: every four weeks after the review CPPM; core group 4 on
Tuesday 06/01/2026, 1.30pm, Glebe Street Family Centre.

Minute agreed by the Lead Professional 27/11/2025. Copies to all present
and to Dr Reid.
""",
    "findings": [
        F("F002", "Jade will feel more able to cope."),
        F("H001", "Supportive visits to Jade for her low mood and anxiety"),
        F("M002", "Supportive visits to Jade for her low mood and anxiety"),
        F("M002", "Monitor Lewis's presentation at nursery and pass on any"),
        F("T002", "Help Jade apply for a community care grant for a cot"),
        F("W002", "Tell the LP the same day if Scott Laing is seen"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Wales: first review conference Care and Support Protection Plan for a
#    7-month-old; father's daily cannabis use, mother's anxiety, Nain and
#    Taid helping. Bilingual headings, portrait table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_pantyrhedyn_rcpc_care_support_protection_plan_baby_llewellyn.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth (adolygiad) / Care and Support Protection Plan (review) - Osian Llewellyn",
    "split": "heldout",
    "actions": 11,
    "template": "wales-care-and-support-protection-plan-review-docx-portrait-bilingual-welsh-then-english-headings-details-list-progress-since-icpc-bullets-osians-day-outcomes-numbered-then-rhif-what-needs-to-happen-pwy-pryd-sut-table-contingency-core-group-review",
    "description": (
        "First review conference Care and Support Protection Plan from a Welsh authority for a "
        "7-month-old whose name stays on the child protection register (neglect): his father "
        "smokes cannabis every day and his mother has anxiety and panic attacks; his Nain stays at "
        "weekends and his Taid has him on Wednesdays. Bilingual headings (Welsh then English) and "
        "a portrait table. Most rows are sound (weekly visits, fortnightly weighs, the substance "
        "misuse service reporting on change, the primary mental health psychologist's view on "
        "change, the GP letter, Nain's and Taid's days). Faults: the father's own attendance is "
        "measured only by 'engagement'; the paediatric referral has no timescale; the Ti a Fi "
        "group place has no one named; the assessment of the father's care has no stated output; "
        "the contingency sends the baby to Nain and Taid with nothing on what happens if they "
        "cannot help; the second review conference date is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth – Adolygiad / Care and Support Protection Plan – Review"),
        ("p", "Cyngor Bwrdeistref Sirol Pantyrhedyn · Gwasanaethau Plant  |  Pantyrhedyn County Borough Council · "
              "Children's Services"),
        ("kv", [
            ("Plentyn / Child", "Osian Llewellyn, born 12/04/2025 (7 months)"),
            ("Cyfeiriad / Address", "Fflat 2, 18 Stryd y Capel, Pantyrhedyn PY3 2LS"),
            ("Mam / Mother", "Ffion Llewellyn (20)"),
            ("Tad / Father", "Jac Morgan (22), lives with Ffion and Osian"),
            ("Nain a Taid / Maternal grandparents", "Gwenda and Emyr Llewellyn, Tŷ Gwyn, Lôn Las, Pantyrhedyn"),
            ("Cynhadledd gychwynnol / Initial conference", "02/09/2025"),
            ("Cynhadledd adolygu / Review conference", "25/11/2025, Canolfan Ddinesig Pantyrhedyn. Independent "
                                                     "chair: Alun Rhys-Evans"),
            ("Cofrestr / Register", "Osian's name remains on the child protection register; category: neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Bethan Rowlands (team manager: Elin Pugh)"),
        ]),
        ("h1", "Cynnydd ers y gynhadledd gychwynnol / Progress since the initial conference"),
        ("bullets", [
            "At the initial conference Osian had dropped from the 50th to the 9th centile, and the health "
            "visitor had twice smelt cannabis in the flat with Osian asleep on the sofa.",
            "Osian is now on the 25th centile. He has been seen asleep in his cot at every visit since "
            "16/09/2025.",
            "Jac has been to 9 of 11 sessions at the substance misuse service. His screens are still positive, "
            "but he says he now smokes only outside and never when he is looking after Osian.",
            "Ffion has been to five sessions with the primary mental health team and says her panic attacks are "
            "less frequent. She has started a college course on Wednesdays.",
            "Nain has stayed every Friday and Saturday night since September, and Taid has had Osian every "
            "Wednesday since Ffion's course started.",
        ]),
        ("h1", "Diwrnod Osian / Osian's day"),
        ("p", "Osian is seven months old and a smiley, noisy baby. On the visit of 18/11/2025 he was sitting up "
              "on the rug, babbling “ba-ba” at Ffion and reaching for her; she picked him up straight away and "
              "sang to him in Welsh. He finishes his bottles and has started on mashed food. When Jac came in from "
              "outside Osian turned towards him and laughed. Nain says he sleeps through on the nights she stays, "
              "and Taid says he gets “very excited” at the ducks on the river on Wednesdays. The health visitor "
              "noticed that the back of his head is flat and that he is not yet rolling over."),
        ("h1", "Canlyniadau i Osian / Outcomes for Osian"),
        ("numbers", [
            "Osian keeps gaining weight and stays on or above the 25th centile.",
            "Osian sleeps safely on his back in his own cot at every sleep, in a home free of cannabis smoke.",
            "Osian is cared for by parents who notice when he is hungry, tired or upset and respond to him "
            "straight away.",
            "Osian's physical development is checked and he gets any help he needs with rolling and sitting.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Rhif / No.", "Beth sydd angen digwydd / What needs to happen", "Pwy / Who", "Pryd / When",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [1.3, 5.2, 3.4, 3.3, 3.8],
            "rows": [
                ["1",
                 "Visit Osian at home, see where he sleeps and how Ffion and Jac respond to him",
                 "Bethan Rowlands, social worker (SW)",
                 "Weekly until the next review conference; one visit a fortnight unannounced",
                 "Visit records show Osian seen every week, where he was sleeping and how each parent "
                 "responded to him"],
                ["2",
                 "Weigh Osian and check his development and his sleeping place",
                 "Non Griffiths, health visitor (HV)",
                 "Every other Tuesday at Clinig Pantyrhedyn",
                 "Weight in the red book on or above the 25th centile, sent to the SW after each weigh"],
                ["3",
                 "Key-work and urine screens with Jac, and a written report to each core group on whether he has "
                 "stopped smoking cannabis and what still has to change for Osian",
                 "Rhys Vaughan, key worker, Pantyrhedyn Substance Misuse Service",
                 "Key-work every Thursday; report two working days before each core group",
                 "Screen results and the written report on Osian's file before each core group"],
                ["4",
                 "Jac to attend the substance misuse service about his cannabis use",
                 "Jac Morgan (Dad)",
                 "Every Thursday from 04/12/2025",
                 "Engagement with the service"],
                ["5",
                 "Six sessions with Ffion for her anxiety and panic attacks, and a written view on whether she "
                 "can make the changes Osian needs and how long that is likely to take",
                 "Dr Eleri Thomas, psychologist, Pantyrhedyn Primary Mental Health Team",
                 "Weekly from 01/12/2025; written view by 16/01/2026",
                 "Written report to the SW and the core group by 16/01/2026"],
                ["6",
                 "Review Ffion's medication and write to the SW about her anxiety and how it affects her care of "
                 "Osian",
                 "Dr Gareth Bevan, GP, Meddygfa'r Sgwâr",
                 "By 12/12/2025",
                 "GP letter on Osian's file by 12/12/2025"],
                ["7",
                 "Refer Osian to the community paediatrician about his flattened head and late rolling",
                 "Non Griffiths, HV",
                 "",
                 "Referral letter on file and the appointment date sent to the SW"],
                ["8",
                 "Stay at the flat to help with Osian's night feeds and let Ffion sleep",
                 "Gwenda Llewellyn (Nain)",
                 "Every Friday and Saturday night from 28/11/2025",
                 "Night feeds written on Osian's chart, checked by the SW at the first visit each week"],
                ["9",
                 "Have Osian at Tŷ Gwyn while Ffion is at college",
                 "Emyr Llewellyn (Taid)",
                 "Every Wednesday, 9am to 3pm, from 03/12/2025",
                 "Emyr texts the SW each Wednesday evening; Osian's day written in his daybook"],
                ["10",
                 "Find Ffion and Osian a place at the Ti a Fi parent and baby group in the village hall",
                 "–",
                 "By 31/01/2026",
                 "Place confirmed in writing; register sent to the SW once a month"],
                ["11",
                 "Assess whether Jac can care for Osian safely on his own",
                 "Bethan Rowlands, SW",
                 "By 16/01/2026",
                 ""],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Jac smokes cannabis in the flat or while he is looking after Osian (a positive screen taken on a "
              "day he was caring for Osian, or cannabis smelt at any visit), he will go to stay with his mother at "
              "9 Heol Tŷ Newydd that day, and Bethan will hold a strategy discussion the same day."),
        ("p", "If Osian loses weight at two weighs in a row, or is found asleep anywhere other than his cot, Non "
              "will tell Bethan the same day, and Ffion and Osian will stay at Tŷ Gwyn with Nain and Taid until a "
              "strategy discussion has taken place."),
        ("p", "If Jac has two more positive screens before the next review, or Osian falls below the 9th centile, "
              "Bethan will ask Elin Pugh for a legal planning meeting within five working days."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group: every four weeks, Thursdays at 2pm at Canolfan Deulu Pantyrhedyn: "
            "11/12/2025, 08/01/2026 and 05/02/2026.",
            "Ail gynhadledd adolygu / Second review conference: i'w gadarnhau / to be confirmed.",
        ]),
    ],
    "findings": [
        F("M002", "Jac to attend the substance misuse service about his cannabis use"),
        F("T001", "Refer Osian to the community paediatrician about his flattened head"),
        F("W001", "Find Ffion and Osian a place at the Ti a Fi"),
        F("M001", "Assess whether Jac can care for Osian safely on his own"),
        F("C003"),
        F("R001"),
    ],
})
