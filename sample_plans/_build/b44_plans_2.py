"""Batch 44, module 2: seven fictional plans (tuning material), places beginning with "y".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: documents where most of the text around the actions is not actions
(conference minutes with agency reports, risk analysis and a decision; an
assessment summary with recommendations; a review record whose "progress on
the last plan" rows are history; a chronology of incidents; a transfer-in
plan restating the previous council's actions; a family network meeting's
offers; a pre-birth conference record with an agency information table).
Parents' mental ill health, substance misuse and domestic abuse throughout,
with and without adult services taking part. Three plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC minutes: attendance table, agency reports, parents' and children's
#    sections, risk analysis, decision, then an outline plan table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_yarnmouth_icpc_minutes_agency_reports_risk_analysis_ferreira.docx",
    "doc_title": "Initial Child Protection Conference Minutes - Mateus Ferreira and Lara Ferreira-Doyle",
    "split": "tune",
    "template": "icpc-minutes-docx-attendance-initials-report-table-numbered-agency-report-sections-parents-views-children-risk-analysis-worries-complicating-strengths-scaling-decision-by-agency-then-outline-plan-no-what-person-timescale-how-know-table",
    "description": (
        "Full minutes of an initial conference for a 7-year-old and a 22-month-old (mother's partner's "
        "drinking and violence, mother's anxiety and depression): attendance table, seven agency reports, "
        "parents' views, the children's words, risk analysis, each agency's recommendation and the "
        "decision, then an outline plan table. The alcohol service and GP own actions, but the HV row is "
        "'ongoing' and 'monitored', Talking Therapies only treats, the father's own row is 'ASAP' and "
        "'engagement', the perpetrator referral has no measure, the school row has no owner, 'All "
        "agencies' owns a row, one outcome is the father's, and nothing says when legal planning follows."
    ),
    "blocks": [
        ("title", "Minutes of Initial Child Protection Conference"),
        ("p", "Yarnmouth Borough Council – Safeguarding and Quality Assurance Unit"),
        ("kv", [
            ("Children", "Mateus Ferreira, born 14/03/2018 (7), Year 2, St Brannock's C of E Primary; "
                         "Lara Ferreira-Doyle, born 30/06/2023 (22 months), at home"),
            ("Address", "Flat 2, 17 Quayside Terrace, Yarnmouth"),
            ("Date and venue", "Thursday 8 May 2025, 10.00am – 12.35pm, Committee Room 3, Yarnmouth Civic Centre"),
            ("Chair", "Rosalind Achebe, Child Protection Chair"),
            ("Minutes", "Tom Vickery, Business Support"),
            ("Distribution", "All invited; parents' copy sent by recorded post"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Name", "Initials", "Role / agency", "Written report"],
            "widths": [4.0, 1.6, 8.2, 3.2],
            "rows": [
                ["Carla Ferreira", "CF", "Mother of Mateus and Lara", "—"],
                ["Shane Doyle", "SD", "Father of Lara; Carla's partner", "—"],
                ["Nadia Oyelowo", "NO", "Social worker, Yarnmouth Assessment Team", "Yes, shared with parents 06/05"],
                ["DC Mark Rendle", "MR", "Yarnmouth Police, Domestic Abuse Investigation Unit", "Yes"],
                ["Bethan Pryor", "BP", "Health visitor, Harbourside 0–19 Team", "Yes"],
                ["Helen Joss", "HJ", "Deputy head and DSL, St Brannock's C of E Primary", "Yes"],
                ["Dean Hollis", "DH", "Recovery worker, Yarnmouth Alcohol Recovery Service", "Yes"],
                ["Dr Simon Barr", "—", "GP, Quayside Medical Practice (apologies)", "Yes"],
                ["Priya Chandran", "—", "High intensity therapist, Yarnmouth Talking Therapies (apologies)", "Yes"],
                ["Rosalind Achebe", "RA", "Chair", "—"],
            ],
        }),
        ("h1", "2. Introductions, purpose and confidentiality"),
        ("p", "RA welcomed everyone and explained that the conference would share information, decide whether "
              "Mateus and Lara are likely to suffer significant harm and, if so, agree an outline plan. She "
              "reminded everyone that the information is confidential. CF and SD had met RA before the meeting "
              "and had been given the social worker's report two days earlier. Neither parent asked for an "
              "advocate. SD asked to stay for the whole conference and this was agreed."),
        ("h1", "3. Reason for the conference"),
        ("p", "On 19 April 2025 police were called by a neighbour after Mateus ran to her flat at 11.20pm and "
              "said \"Shane is hurting Mummy\". Officers found Carla with a cut lip and a swollen wrist; she said "
              "she had been holding Lara when Shane pushed her into the kitchen door. Shane was drunk and was "
              "arrested. It was the third police call-out to the flat since January. A strategy discussion on "
              "22 April started a section 47 enquiry and this conference is its outcome."),
        ("h1", "4. Reports from agencies"),
        ("h2", "4.1 Children's social care (NO)"),
        ("p", "NO said she had visited five times since 22 April, twice unannounced, and had seen Mateus on his "
              "own at school twice. The flat was tidy on four visits; on the fifth, at 4pm, there were empty "
              "cans on the kitchen side and Shane was asleep on the sofa while Carla bathed Lara. Carla told NO "
              "that Shane \"is lovely when he's sober\" and that the arguments start when he has been drinking "
              "after work. After a short period at his brother's, Shane had moved back on 30 April because "
              "Carla \"couldn't manage the bills on my own\". NO's assessment is that the children are living "
              "with frightening incidents that they cannot predict, and that Carla's low mood makes it hard "
              "for her to stop Shane coming back."),
        ("h2", "4.2 Police (MR)"),
        ("p", "MR listed three incidents: 12 January (verbal argument, Shane intoxicated, no offences), 2 March "
              "(Carla reported Shane had grabbed her by the arm; she later withdrew her statement) and 19 April "
              "(assault, Shane arrested, released under investigation). The DASH risk checklist on 19 April "
              "scored 16 and the case was referred to MARAC, which sits on 14 May. The investigation into the "
              "April assault is ongoing and a charging decision is awaited. There are no bail conditions."),
        ("h2", "4.3 Health visiting (BP)"),
        ("p", "BP said Lara is a sociable little girl who is on the 50th centile for weight. Her immunisations "
              "are up to date but she missed her 2-year review appointment in April. Lara has only a handful of "
              "words, which BP would like to look at more closely. On her last visit Carla was tearful and "
              "said she is not sleeping. BP told conference she will keep visiting the family while the case "
              "is open and will bring Lara's review forward."),
        ("h2", "4.4 School (HJ)"),
        ("p", "Mateus's attendance is 89% this year, with most absences on Mondays. Staff notice that he is "
              "hungry on arrival on Mondays and quiet after weekends. In March he told his class teacher that "
              "\"Shane gets shouty when he has his beers\". He has good friendships and loves football. The "
              "school have put him on the list for the learning mentor but no mentor time is free at present."),
        ("h2", "4.5 GP (written report, read by RA)"),
        ("p", "Dr Barr's report said Carla has had anxiety and depression since 2021 and takes sertraline "
              "100mg. She was last reviewed in February. Shane saw a different GP at the practice on 4 February "
              "about his drinking; his AUDIT score was 24 and he was referred to the Alcohol Recovery Service."),
        ("h2", "4.6 Yarnmouth Talking Therapies (written report, read by RA)"),
        ("p", "Ms Chandran's report said Carla started a course of cognitive behavioural therapy in March and has "
              "attended five of the eight appointments offered. Her PHQ-9 and GAD-7 scores were 18 and 16 at "
              "the start and 15 and 14 at the last session. The report did not say how Carla's mood affects her "
              "care of the children, and the service had not been asked to comment on this."),
        ("h2", "4.7 Yarnmouth Alcohol Recovery Service (DH)"),
        ("p", "DH assessed Shane on 10 March. Shane has attended three key-work sessions and missed two. He says "
              "he now drinks four or five cans a night, down from ten, and does not drink before 6pm. Two "
              "breath tests at sessions were clear. DH said the service can offer a community detox "
              "assessment if Shane wants one, and that he would be happy to report to core groups."),
        ("h1", "5. Parents' views"),
        ("p", "Carla said she loves her children and that 19 April was \"one bad night\". She did not want Shane "
              "to leave again because Lara adores him and she cannot afford the flat alone. She agreed that "
              "Mateus had been frightened and said she would do whatever is asked of her. Shane said he "
              "accepts he drinks too much and that he \"would never touch the kids\". He denied pushing Carla "
              "deliberately and said she had fallen against the door. He said he would go back to the alcohol "
              "service and would think about doing a course."),
        ("h1", "6. Mateus and Lara"),
        ("p", "NO saw Mateus at school on 28 April and 2 May. He drew his home with himself in his bedroom \"with "
              "the door shut and my headphones on\". He said: \"When Shane drinks the beers he gets loud and "
              "Mummy cries. I went to Auntie Jan's because she's got a phone.\" (Jan is the neighbour.) He said "
              "he likes it when Shane takes him to football and does not want Shane to go to prison. Asked "
              "what he would wish for, he said \"no shouting and a dog\"."),
        ("p", "Lara was seen at home on all five visits. She toddles after Mateus, laughs when he plays peekaboo "
              "and goes to her mum for comfort. On the visit when Shane was asleep on the sofa she was in a wet "
              "nappy and had not had lunch at 4pm. BP noticed she startles at loud noises from the flat "
              "upstairs."),
        ("h1", "7. Analysis of risk"),
        ("h2", "What we are worried about"),
        ("bullets", [
            "Mateus and Lara have been in the home when Shane, drunk, has hurt their mum, once while Lara was in "
            "her arms. Next time Lara could be dropped or hit, and Mateus could be hurt trying to help.",
            "Mateus is taking on the job of getting help in the night and is frightened at home.",
            "Carla's low mood and her worry about money make it hard for her to keep Shane away when he has been "
            "drinking.",
        ]),
        ("h2", "What makes it harder"),
        ("bullets", [
            "Shane minimises the violence and no criminal case has been decided yet.",
            "Carla has withdrawn one complaint before and is isolated from her family in Portugal.",
        ]),
        ("h2", "What is working well"),
        ("bullets", [
            "Both children are loved, physically well cared for on most visits and Lara is growing well.",
            "Shane has gone to the alcohol service and says he wants to change.",
            "Mateus knows how to get help and has a safe adult next door.",
        ]),
        ("p", "Scaling (0 = the children will certainly be harmed, 10 = safe enough to close): NO 3, MR 2, BP 4, "
              "HJ 4, DH 5 (\"for Shane's drinking only\"), CF 7, SD 8."),
        ("h1", "8. Decision"),
        ("p", "Each agency was asked for its view. NO, MR, BP and HJ said both children should be subject to a "
              "child protection plan. DH said he could not comment on the children's safety but agreed the "
              "drinking and the violence were linked. The GP's report did not give a view."),
        ("p", "RA decided that Mateus and Lara are likely to suffer significant harm and that each will be the "
              "subject of a child protection plan under the category of emotional abuse. Carla and Shane were "
              "told the decision and given the complaints leaflet. NO will remain the lead social worker."),
        ("h1", "9. Outline child protection plan"),
        ("h2", "9.1 What needs to change for Mateus and Lara"),
        ("bullets", [
            "Mateus and Lara live in a home where nobody is hurt, pushed or shouted at, and Mateus no longer "
            "has to go next door to get help.",
            "Lara's speech and play are checked and she gets any help she needs before she starts nursery.",
            "Mateus comes to school every day, fed and on time, and his attendance is back above 95%.",
            "Shane will reduce his drinking and accept responsibility for his behaviour.",
        ]),
        ("h2", "9.2 Actions"),
        ("table", {
            "header": ["No.", "What will be done", "Person responsible", "Timescale", "How will we know"],
            "widths": [1.0, 5.4, 3.6, 3.0, 4.0],
            "rows": [
                ["1", "Home visits, seeing Mateus on his own and Lara awake; at least one visit a fortnight to be "
                      "unannounced and one after 6pm",
                 "SW Nadia Oyelowo", "Weekly",
                 "Visit records note what Mateus says in his own words and how Lara was, every visit"],
                ["2", "Home visits to support Carla with Lara's sleep, meals and play",
                 "HV Bethan Pryor", "Ongoing", "Monitored by HV"],
                ["3", "Lara's 2-year development review, brought forward, including her speech",
                 "HV Bethan Pryor", "By 30/05/2025",
                 "ASQ-3 scores recorded in the red book and sent to the SW and GP; SALT referral made if scores "
                 "are below the cut-off"],
                ["4", "Continue CBT sessions with Carla for her anxiety and low mood",
                 "Priya Chandran, Yarnmouth Talking Therapies", "Weekly until the course ends on 27/06/2025",
                 "Attendance at each session emailed to the SW"],
                ["5", "Key-work and breath tests for Shane, with a written report before each core group on "
                      "whether his drinking has changed and what this means for Mateus and Lara",
                 "Dean Hollis, Yarnmouth Alcohol Recovery Service", "Fortnightly; report before every core group",
                 "Breath test readings and the written report read at each core group"],
                ["6", "Shane to engage with the alcohol service and cut down his drinking",
                 "Shane Doyle", "ASAP", "Engagement with service"],
                ["7", "Refer Shane to the Choices domestic abuse perpetrator programme",
                 "SW Nadia Oyelowo", "By 23/05/2025", ""],
                ["8", "Safety planning with Carla, including what Mateus does and who he rings if there is "
                      "shouting at home",
                 "IDVA Leanne Carr, Yarnmouth Women's Aid (allocated after the MARAC referral)",
                 "By 16/05/2025, then monthly",
                 "Written safety plan on file; Mateus's safety card seen by the SW"],
                ["9", "Mateus to have a weekly check-in at school to talk about how things are at home",
                 "-", "Weekly in term time", "Notes of each check-in passed to the DSL and the SW"],
                ["10", "Pass on any report of an incident at the family home",
                 "All agencies", "Within 24 hours",
                 "Logged on the children's file and emailed to the SW"],
                ["11", "Review Carla's sertraline and write to the SW on how her mood is affecting her care of "
                       "the children",
                 "Dr Simon Barr, GP, Quayside Medical Practice", "By 06/06/2025",
                 "GP letter on the children's file"],
            ],
        }),
        ("h2", "9.3 Contingency plan"),
        ("p", "If the police are called to the flat, Shane is found drunk while he is looking after either child, "
              "or Mateus tells anyone he has been hurt or is frightened at home, the SW (or the emergency duty "
              "team out of hours) will hold a strategy discussion the same day. Carla and the children will be "
              "offered a refuge place through Yarnmouth Women's Aid that day. If Carla will not or cannot keep "
              "the children apart from Shane, Mateus and Lara will be looked after by approved foster carers "
              "that night under section 20."),
        ("h2", "9.4 Core group and review"),
        ("p", "The first core group will be held on 20 May 2025 at 3.30pm at St Brannock's Primary and then every "
              "four weeks (17 June and 15 July 2025). The review child protection conference will be held on "
              "31 July 2025 at 10am, Committee Room 3, Yarnmouth Civic Centre."),
        ("p", "Minutes approved by the chair, Rosalind Achebe, 12 May 2025."),
    ],
    "findings": [
        F("T002", "support Carla with Lara's sleep, meals and play"),
        F("M002", "support Carla with Lara's sleep, meals and play"),
        F("H001", "Continue CBT sessions with Carla for her anxiety and low mood"),
        F("T002", "Shane to engage with the alcohol service and cut down"),
        F("M002", "Shane to engage with the alcohol service and cut down"),
        F("M001", "Refer Shane to the Choices domestic abuse perpetrator programme"),
        F("W001", "Mateus to have a weekly check-in at school"),
        F("W002", "Pass on any report of an incident at the family home"),
        F("F002", "Shane will reduce his drinking and accept responsibility for his behaviour."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Child and family assessment summary with recommendations, then the plan
#    agreed at conference. Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_yewhurst_assessment_summary_recommendations_okonjo.pdf",
    "doc_title": "Assessment Summary and Child Protection Plan - Tomi and Abi Okonjo-Reece",
    "split": "tune",
    "template": "assessment-summary-paged-how-assessed-bullets-developmental-needs-parenting-capacity-family-environment-analysis-recommendations-to-conference-then-agreed-plan-step-lead-start-finish-or-how-often-what-we-will-see",
    "description": (
        "Exemplary: a social worker's child and family assessment summary for an initial conference "
        "(5-year-old and 4-month-old; mother's bipolar disorder with a relapse after the birth, father's "
        "cannabis and cocaine use), laid out on the assessment triangle with an analysis and "
        "recommendations, followed by the plan agreed at conference. The perinatal team reports on "
        "change and the psychiatrist assesses capacity, the substance use service reports, the GP owns "
        "an action, the grandmother's one task has a fallback, dates and legal step are set."
    ),
    "header": "OFFICIAL-SENSITIVE | Yewhurst County Council – Children and Families | CFA ref 25/11873",
    "footer": "Assessment summary and plan – Tomi and Abi Okonjo-Reece – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child and Family Assessment: Summary and Recommendations"),
        ("kv", [
            ("Children", "Tomi Okonjo-Reece, born 09/01/2020 (5), Reception, Yewhurst Infant School; "
                         "Abi Okonjo-Reece, born 12/01/2025 (4 months)"),
            ("Address", "44 Larkspur Road, Yewhurst"),
            ("Parents", "Funmilayo (Funmi) Okonjo, 29; Daniel Reece, 31 – living together"),
            ("Assessment", "Started 14/04/2025, completed 12/05/2025 (20 working days)"),
            ("Assessing social worker", "Harriet Quayle, Yewhurst Safeguarding Team South"),
            ("Practice manager", "Colin Drury"),
            ("Purpose", "Summary for the initial child protection conference on 21/05/2025; the plan agreed "
                        "at conference is added at section 9"),
        ]),
        ("h1", "1. Why this assessment was done"),
        ("p", "On 11 April 2025 Funmi was taken to Yewhurst General by ambulance after neighbours found her in "
              "the street at 2am in her dressing gown, talking fast and saying the baby \"needed to be "
              "blessed in the river\". Abi was asleep in the flat with Daniel, who had smoked cannabis that "
              "evening and did not wake when Funmi left. Tomi was at his grandmother's. Funmi was assessed "
              "by the crisis team and admitted to the Fernbank Unit for nine days. The referral came from the "
              "ward social worker on 12 April."),
        ("h1", "2. How the assessment was carried out"),
        ("bullets", [
            "Four home visits between 14 April and 9 May 2025, two of them unannounced and one after 8pm.",
            "Tomi seen on his own at school on 25 April and 7 May, using the three houses.",
            "Abi observed at each visit, including a feed and a nappy change, and with the health visitor.",
            "Funmi seen on the ward on 16 April and with her perinatal nurse at home on 2 May.",
            "Daniel seen at home and at the Yewhurst Substance Use Service (YSUS) on 30 April.",
            "Bisi Okonjo (maternal grandmother) seen at her home on 29 April.",
            "Records and reports from the GP, the perinatal mental health team, YSUS, the health visitor, "
            "Yewhurst Infant School and the police (no domestic abuse records).",
        ]),
        ("h1", "3. The children's developmental needs"),
        ("h2", "Tomi"),
        ("p", "Tomi is a bright, chatty boy who is meeting his early learning goals in most areas. His teacher "
              "says he has been more clingy since Easter and has started to wet himself at school. His "
              "attendance is 94%, and the days missed were all while his mum was unwell. He knows his mum "
              "was in hospital and has asked his grandmother whether she will \"go funny again\"."),
        ("h2", "Abi"),
        ("p", "Abi was born at 39 weeks and is on the 25th centile for weight, having dropped from the 50th "
              "while her mum was in hospital and Daniel was feeding her. She is bottle fed, smiles, tracks "
              "faces and is starting to roll. She was in a Moses basket in the living room on each visit "
              "because her cot is still in its box."),
        ("h1", "4. Parenting capacity"),
        ("p", "Funmi has bipolar affective disorder, diagnosed in 2017. She stopped her lithium when she found "
              "she was pregnant and did not restart it after the birth; the perinatal team had offered an "
              "appointment in December that she did not attend. Since her discharge on 20 April she has been "
              "taking quetiapine, supervised by Daniel, and is seen by a perinatal nurse. When well she is a "
              "warm, attentive mother who plays with both children and keeps a good routine. She recognises "
              "that her sleep is the first thing to go before she becomes unwell."),
        ("p", "Daniel smokes cannabis most evenings, usually on the balcony, and uses cocaine \"two or three "
              "times a month\" at weekends. He has been seeing YSUS since 30 April. He loves his children, has "
              "taken two weeks' unpaid leave to care for them and is gentle with Abi, but on 11 April he was "
              "too heavily asleep to notice his partner leave the flat, and he did not notice Abi was losing "
              "weight."),
        ("h1", "5. Family and environmental factors"),
        ("p", "The family rent a two-bedroom flat that is warm and clean. There are rent arrears of £640 since "
              "Daniel stopped working. Bisi Okonjo lives ten minutes away, has Tomi every Friday night and is a "
              "steady presence for both children; she works full time and cannot care for them in the week. "
              "Daniel's family live in Scotland and have little contact."),
        ("h1", "6. What Tomi says and what Abi's day looks like"),
        ("p", "Tomi (7 May): \"Mummy was poorly in her head and she had to go to the hospital for sleeping. "
              "Daddy smokes on the balcony and it smells like a skunk.\" In his house of worries he put "
              "\"when Mummy talks really fast\" and \"when Daddy is sleepy and I'm hungry\". In his house of "
              "good things he put Grandma Bisi, his scooter and Abi. His house of dreams had \"Mummy not "
              "going to hospital ever again\"."),
        ("p", "Abi's day: on the visit at 8.15pm Abi was awake in the living room, fed but due a change, while "
              "Daniel was on the balcony and Funmi was asleep after her evening medication. On the daytime "
              "visits she was fed on time, talked to and settled in her basket. She turns to her mum's voice "
              "and is comforted quickly when picked up."),
        ("h1", "7. Analysis"),
        ("p", "The children's greatest risk is that Funmi becomes unwell again, most likely at night and "
              "without warning to professionals, while the only other adult is Daniel under the influence of "
              "cannabis or cocaine. A four-month-old cannot raise the alarm and a five-year-old should not "
              "have to. On 11 April nobody who could keep Abi safe was awake."),
        ("p", "There are real strengths. Funmi has insight, is taking her medication and is working with the "
              "perinatal team. Daniel is honest about his drug use and has started with YSUS. Bisi is a "
              "reliable grandparent. But the changes are three weeks old, Abi's weight has already suffered, "
              "and without a plan that joins up the adult services with the children's, there is a serious "
              "risk of the same night happening again."),
        ("h1", "8. Recommendations to conference"),
        ("p", "I recommend:"),
        ("bullets", [
            "that Tomi and Abi become subject to child protection plans under the category of neglect, because "
            "the adults caring for them cannot yet be relied on to be awake, well and sober at night;",
            "that the plan is made jointly with the perinatal mental health team and YSUS, whose knowledge of "
            "Funmi and Daniel should shape it;",
            "that the contingency plan covers a relapse at night and the grandmother being unavailable; and",
            "that insufficient progress by the review conference leads to a legal planning meeting.",
        ]),
        ("p", "Harriet Quayle, Social Worker – 12 May 2025. Countersigned Colin Drury, Practice Manager."),
        ("h1", "9. Child protection plan agreed at conference on 21 May 2025"),
        ("h2", "What we want for Tomi and Abi"),
        ("bullets", [
            "Abi is cared for day and night by an adult who is well, awake and not under the influence of drugs, "
            "sleeps in her own cot and is back on the 50th centile by the review.",
            "Tomi knows what to do and who will come if his mum becomes unwell, and stops wetting himself at "
            "school.",
            "Both children live in a home with no cannabis or cocaine in it.",
        ]),
        ("h2", "Who will do what"),
        ("table", {
            "header": ["Step", "Lead person", "Start / finish or how often", "What we will see"],
            "widths": [6.0, 3.4, 3.2, 4.4],
            "rows": [
                ["Visit at home, see Tomi on his own and Abi awake; one visit each month after 7pm to see the "
                 "evening routine",
                 "SW Harriet Quayle", "Weekly until the review conference",
                 "Visit record notes where Abi sleeps, her feeds and Tomi's own words at every visit"],
                ["See Funmi at home, check her mood, sleep and medication against her early warning signs, and "
                 "report to each core group on whether she is making and keeping the changes Tomi and Abi "
                 "need",
                 "CPN Gemma Stroud, Yewhurst Perinatal Mental Health Team",
                 "Every 2 weeks; written update before each core group",
                 "Written update with mood rating and sleep diary, read at every core group"],
                ["Assess Funmi's capacity to stay well and care for both children, the steps needed and how "
                 "long they are likely to take",
                 "Dr Olu Bankole, consultant perinatal psychiatrist", "Report by 04/07/2025",
                 "Report shared with the core group and the review conference"],
                ["Key-work and a urine screen each week with Daniel; report on whether his cannabis and cocaine "
                 "use is falling and how it affects his care of Abi at night",
                 "Lewis Grant, recovery worker, Yewhurst Substance Use Service", "Weekly; report before each core group",
                 "Screen results and written report to every core group"],
                ["No cannabis or cocaine kept in the flat, and no drug use while caring for the children",
                 "Daniel Reece", "Every day from 21/05/2025",
                 "Negative weekly screens at YSUS; no cannabis smelt or seen at any SW or HV visit"],
                ["Weigh Abi, check her feeds and safe sleep, and do her 6-month review",
                 "HV Nicola Adeyemi", "Fortnightly; 6-month review by 30/06/2025",
                 "Weight in the red book on or above the 25th centile and rising; cot seen in use"],
                ["Check in with Tomi every Monday, and keep a note of wetting accidents and anything he says "
                 "about home",
                 "Mr Carl Fenwick, DSL, Yewhurst Infant School", "Every Monday in term",
                 "DSL log emailed to the SW each Monday; any worry passed on the same day"],
                ["Take Tomi to school on Tuesdays and Thursdays so that Funmi can rest after her morning "
                 "medication",
                 "Bisi Okonjo (maternal grandmother)", "Every Tuesday and Thursday in term",
                 "School register shows Tomi in by 8.50am on those days"],
                ["Prescribe Funmi's quetiapine in weekly amounts and tell the CPN and the SW of any missed "
                 "collection",
                 "Dr Alan Whitcombe, GP, Yewhurst Health Centre", "Weekly; any missed collection reported the same day",
                 "Pharmacy collection record checked by the CPN each fortnight"],
                ["Write a relapse plan with Funmi, Daniel and Bisi: Funmi's early warning signs, who to ring, "
                 "and who looks after the children",
                 "SW Harriet Quayle, with CPN Gemma Stroud", "By 06/06/2025",
                 "Signed relapse plan on file, with copies held by the parents, Bisi and the GP"],
                ["Build Abi's cot and move it into the parents' bedroom",
                 "Daniel Reece", "By 28/05/2025",
                 "Cot seen set up and in use at the next SW visit"],
            ],
        }),
        ("h2", "If Funmi becomes unwell or Daniel uses drugs while caring for the children"),
        ("p", "If Funmi shows her early warning signs (two nights without sleep, talking very fast, or talk "
              "about religion and the baby), Daniel or Bisi will ring the perinatal team or, out of hours, the "
              "crisis line, and tell the SW the same day. Funmi will not be left alone with Abi until she has "
              "been assessed."),
        ("p", "If Daniel is found under the influence of drugs while he is the only adult with the children, or "
              "a screen is positive for cocaine, the SW (or the emergency duty team) will hold a strategy "
              "discussion the same day and the children will stay with Bisi. If Bisi is at work or cannot "
              "have them, Tomi and Abi will be looked after together by approved foster carers that night."),
        ("p", "If Funmi is admitted to hospital again, the SW will ask for a joint mother and baby unit "
              "assessment and request a legal planning meeting within 5 working days."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Yewhurst Infant School, 3.45pm: 03/06/2025, 01/07/2025 and 29/07/2025.",
            "Review child protection conference: 14/08/2025, 10am, Yewhurst County Hall.",
            "If Abi's weight has not recovered, or either parent's report shows no progress, by the core group "
            "on 29/07/2025, the SW will ask the team manager for a legal planning meeting before the review "
            "conference.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference record: "progress on the last plan" table (past tense,
#    done / not done / partly), then the plan from today (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_yelderby_review_record_progress_then_new_plan_marsh.md",
    "split": "tune",
    "template": "rcpc-record-md-present-line-agency-summary-paragraphs-progress-on-last-plan-table-done-not-done-partly-then-childrens-words-chair-decision-outcomes-then-ref-what-happens-next-lead-deadline-evidence-table",
    "description": (
        "First review conference record for an 11-year-old and a 4-year-old (mother's cocaine and "
        "alcohol use, ex-partner's violence). A 'progress on the last plan' table reports in the past "
        "tense what was and was not done, then the plan from today. The recovery service owns a row, "
        "but the mother's groups are 'as and when', the hair strand test is 'TBC', Kayden's counselling "
        "has no owner or measure, 'Core group' checks nursery attendance with 'attendance improving', "
        "the parenting assessment has no output, the contingency only reviews, no legal step is named "
        "and the review date is to be confirmed."
    ),
    "text": """\
# Review Child Protection Conference – Record and Plan

**Yelderby Metropolitan Borough Council · Safeguarding and Review Service**

| | |
|---|---|
| Children | Kayden Marsh (11), born 23/05/2014, Year 6, Holmfield Juniors; Poppy Marsh-Tate (4), born 08/01/2021, Little Acorns Nursery |
| Address | 6 Cinder Lane, Yelderby |
| Mother | Gemma Marsh (31) |
| Poppy's father | Ryan Tate – no contact; non-molestation order until 02/2026 |
| Conference | First review, 10 June 2025, 1.30pm, Yelderby Town Hall (ICPC was 13 March 2025) |
| Chair | Imran Siddiq, Independent Reviewing Officer |
| Social worker | Marta Nowak, Family Safeguarding Team 2 |
| Category | Neglect (both children) – unchanged |

**Present:** Gemma Marsh; Marta Nowak (SW); Sian Howe (Yelderby Recovery Partnership); Amira Shah (HV); Mr Dev Kaur (DSL, Holmfield Juniors); Lisa Grey (manager, Little Acorns); PC Joe Ashby (DA Unit). **Apologies:** Dr Ruth Ogden (GP) – report sent.

## What agencies told the conference

**Social worker.** Marta has visited every two weeks. The house has been cleaner on most visits but there was little food on three of them, and on 21 May Kayden was giving Poppy her tea at 7pm while Gemma was asleep upstairs. Gemma admitted using cocaine at a party in May. She has been to most of her groups and says she has not drunk in the week "since April".

**Recovery Partnership.** Sian said Gemma has attended 6 of 10 group sessions and two key-work sessions. The hair strand test agreed in March has still not happened because of staff shortages and a problem with consent forms; Sian apologised for this. Sian's view is that Gemma is "at the start of her recovery, not in it yet".

**Health visitor.** Poppy is on the 9th centile and has two decayed front teeth. She has not been seen by a dentist. Amira said she would chase the dental access scheme.

**School.** Kayden's attendance has risen from 84% to 91%. He is tired on Mondays, has been in two fights at lunchtime and told his teacher he "has to do everything" at home.

**Nursery.** Poppy attends five mornings a week but has missed 11 sessions since Easter, mostly Mondays and Fridays. When she comes she is usually in the same clothes as the day before.

**Police.** No call-outs to Cinder Lane since 2 April. Ryan Tate has not breached the order.

**GP (written).** Gemma has not seen her GP since March. Her liver function test in February was abnormal and a repeat has not been done.

## Progress on the last plan (ICPC, 13 March 2025)

| # | What the March plan said | Lead | Done? | What happened |
|---|---|---|---|---|
| 1 | Visit fortnightly, seeing Kayden alone | SW | Done | 7 visits; Kayden seen alone at 6 of them |
| 2 | Gemma to be assessed by the Recovery Partnership | Gemma | Done | Assessed 24/03/2025; attended 6 of 10 groups since |
| 3 | Hair strand test for Gemma | Recovery Partnership | Not done | Consent signed in April; test never booked |
| 4 | Freedom Programme | Gemma | Partly | Started 06/05/2025; 3 sessions so far |
| 5 | Poppy's nursery hours increased | Nursery / Family Hub | Done | 30 hours from 14/04/2025; attendance 78% |
| 6 | Referral for counselling for Kayden | SW | Not done | Sent 04/04/2025 but returned for a consent form; not re-sent |
| 7 | Marker on the address | Police | Done | In place since March |
| 8 | Home conditions kept under review | Core group | Partly | Better on 5 of 7 visits; food low on 3 |

## What Kayden and Poppy told us

Kayden (seen at school, 3 June): "It's better than before because Ryan's not allowed round. But Mum's always tired and I do Poppy's tea and her bath. I don't mind but I'm missing football." He said he worries that Mum "goes to parties and comes back weird". He wants "Mum to get up in the mornings and do the packed lunches".

Poppy told the nursery manager that "Kayden does my hair". At home she showed Marta her bedroom and her favourite teddy, and asked for toast twice during the visit.

## Chair's decision

All agencies agreed that Kayden and Poppy remain at risk of significant harm through neglect. Some things are better – no violence since April, Kayden's attendance – but the children are still caring for themselves, Gemma is still using cocaine at times, and three March actions were not done. The plans continue under neglect.

## What we want for Kayden and Poppy

- Kayden and Poppy have a sober adult getting them up, fed and to school and nursery every day.
- Kayden stops doing Poppy's tea and bath, and gets back to football on Saturdays.
- Poppy's teeth are treated and she gains weight towards the 25th centile.

## The plan from today

| Ref | What happens next | Lead | Deadline | Evidence we expect |
|---|---|---|---|---|
| N1 | Home visits, one unannounced each month; see Kayden alone, and look at the food in the house and Poppy's bed | SW Marta Nowak | Every 2 weeks | Visit notes with Kayden's own words and what food was in the house |
| N2 | Group sessions and key-work at the Recovery Partnership | Gemma Marsh | As and when groups run | Attendance sheet sent to the SW monthly |
| N3 | Hair strand test for cocaine and alcohol, with a written view of what the results mean for Gemma's care of the children | Sian Howe, Yelderby Recovery Partnership | TBC – depends on the lab | Results and written view sent to the SW and core group |
| N4 | Finish the Freedom Programme | Gemma Marsh | Tuesdays; last session 22/07/2025 | Certificate from Yelderby Women's Centre, copy to SW |
| N5 | Kayden to be offered counselling at school (carried over) | | By the end of term, 18/07/2025 | |
| N6 | Check Poppy's nursery attendance and tell the SW about any absence | Core group | Weekly | Attendance improving |
| N7 | Parenting assessment of Gemma looking at routines, supervision and food | SW Marta Nowak | By 31/08/2025 | |
| N8 | Dental appointment and health review for Poppy, including weight | HV Amira Shah | By 11/07/2025 | Dentist letter and weight on the red book chart sent to the SW |
| N9 | Share the log of any call to Cinder Lane or any breach of the order | PC Joe Ashby, Yelderby Police DA Unit | Within 24 hours | Police log emailed to the SW |
| N10 | Kayden back to Saturday football, with his kit paid from the Family Hub fund | Family Hub worker Leon Price | From 14/06/2025, every Saturday | Club register; Kayden tells the SW he is going |

## If things don't improve

If things do not improve or there are further worries about the children, Marta will talk to her manager and the core group will review the plan.

## Next meetings

- Core group: every 6 weeks, next on 15/07/2025 at Holmfield Juniors.
- Review conference: date to be confirmed by the Review Service.

*Record agreed by Imran Siddiq, IRO, 12/06/2025.*
""",
    "findings": [
        F("T002", "Group sessions and key-work at the Recovery Partnership"),
        F("T002", "Hair strand test for cocaine and alcohol"),
        F("W001", "Kayden to be offered counselling at school (carried over)"),
        F("M001", "Kayden to be offered counselling at school (carried over)"),
        F("W002", "Check Poppy's nursery attendance and tell the SW"),
        F("M002", "Check Poppy's nursery attendance and tell the SW"),
        F("M001", "Parenting assessment of Gemma looking at routines, supervision and food"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Plan with a chronology of significant incidents and what it tells us,
#    numbered one-sentence actions. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_yonderfield_chronology_then_numbered_plan_akhtar.txt",
    "split": "tune",
    "template": "cp-plan-plain-text-dot-leader-details-chronology-of-significant-incidents-date-source-lines-what-it-tells-us-then-numbered-one-sentence-owner-first-actions",
    "description": (
        "Exemplary plan after an initial conference for a 12-year-old and an 8-year-old (father's "
        "drinking and violence, mother's depression and trauma symptoms), in plain text with a dated "
        "chronology of incidents from police, school, GP and therapy records and an analysis of the "
        "pattern, then one-sentence actions each naming owner, timescale and evidence. The therapist "
        "reports on capacity to sustain change, the alcohol service tests before contact, the GP owns "
        "an action; specific contingency, dates and legal step."
    ),
    "text": """\
YONDERFIELD COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN (with chronology)              Version 2, 27 June 2025
==============================================================================

Children ........ Zainab Akhtar, 12 (born 02/02/2013), Year 7, Hollins Academy
                  Musa Akhtar, 8 (born 19/10/2016), Year 3, Fernlea Primary
Lives with ...... Saima Akhtar (mother), 31 Cobden Street, Yonderfield
Father .......... Imran Akhtar, now at 12 Denton Walk, Yonderfield; left the
                  family home 19/04/2025; non-molestation order to 22/04/2026
Category ........ Emotional abuse (both children)
Conference ...... Initial CPC 12/06/2025, chair Frances Oduya
Social worker ... Chloe Barnard, Safeguarding Team 3
Language ........ Saima prefers Urdu for meetings; an interpreter is booked
                  for every core group and conference
This version .... Updated after the first core group on 26/06/2025


1. WHY THERE IS A PLAN
------------------------------------------------------------------------------
Over nine months Zainab and Musa have lived through repeated incidents in
which their father, drunk, shouted at, threatened and twice assaulted their
mother. Zainab has called the police. Musa hid in a wardrobe during the last
incident and has since started soiling at school. Their mother has
depression and symptoms of trauma that make it hard for her to keep the
house running and to hold to the safety plan.


2. CHRONOLOGY OF SIGNIFICANT INCIDENTS
------------------------------------------------------------------------------
(from the case record, checked against police, school, GP and therapy
records on 20/06/2025)

03/09/2024  FERNLEA PRIMARY
            Musa arrived with a bruise on his cheek; said "Dad threw the
            remote at the telly and it hit me." Referral to the Front Door.
            Single assessment; parents said it was an accident. Closed to
            Early Help 10/10/2024.

14/11/2024  POLICE
            Neighbour rang 999 at 23:10 about shouting. Imran drunk; Saima
            said nothing had happened. DASH medium risk. Notification to
            the Front Door; Early Help worker already involved.

22/12/2024  POLICE
            Zainab rang 999. Imran had slapped Saima and pulled her hair in
            front of both children. Arrested; bail not to attend the house.
            Strategy discussion 23/12/2024; section 47 enquiry started.

06/01/2025  GP
            Saima seen: low mood, poor sleep, flashbacks. Started on
            sertraline; referred to Yonderfield Talking Therapies.

27/01/2025  POLICE
            Bail conditions ended; no further action on the December
            assault after Saima withdrew her statement. Imran moved back.
            Section 47 closed with a child in need plan.

03/03/2025  HOLLINS ACADEMY
            Zainab told her form tutor she sleeps "with a chair against the
            door". Late nine times this half term.

19/04/2025  POLICE
            Imran, drunk, smashed the kitchen window and pushed Saima to the
            floor. Musa hid in the wardrobe; Zainab rang 999. Imran charged
            with assault and criminal damage; left the home.

22/04/2025  FAMILY COURT
            Non-molestation order made for Saima and the children.

02/05/2025  CHILDREN'S SOCIAL CARE
            Strategy discussion; section 47 enquiry started.

20/05/2025  YONDERFIELD TALKING THERAPIES
            Saima assessed: PHQ-9 19, PCL-5 score suggests PTSD. Offered
            trauma-focused CBT from 01/07/2025.

10/06/2025  FERNLEA PRIMARY
            Musa soiled twice this week; told his TA he is "scared Dad will
            come back in the night".

12/06/2025  INITIAL CHILD PROTECTION CONFERENCE
            Both children made subject to plans (emotional abuse).


3. WHAT THE CHRONOLOGY TELLS US
------------------------------------------------------------------------------
- Every incident followed Imran drinking, and three of the five happened on a
  Friday or Saturday night.
- After each incident the family were closed or stepped down once Imran and
  Saima said things were better; Imran came back within weeks each time.
- Saima's low mood started after the December assault and has got worse
  since; on the days she cannot get up, Zainab is late for school.
- The children's distress is rising: a chair against the door in March,
  hiding and soiling since April.
- This is the first time there has been a court order and a criminal charge,
  and the first time Saima has asked for help herself.


4. WHAT ZAINAB AND MUSA SAY
------------------------------------------------------------------------------
Zainab (seen alone at school, 16/06/2025): "It's calmer now but I still
listen for the door at night. I don't want to see Dad yet, maybe in the
summer. I want Mum to be like she was, she used to laugh." She would like
to go back to netball club, which she stopped "because I had to get Musa".

Musa (seen alone at home, 18/06/2025): "I miss Dad but I don't miss the
shouting." He wants to see his dad "at the place with the toys" and wants
his sister to come too. He showed the SW his den under the stairs and said
it is "where I go if there's noise".


5. WHAT WE WANT FOR ZAINAB AND MUSA
------------------------------------------------------------------------------
a) Zainab and Musa live at home without violence or fear, and Zainab no
   longer needs a chair against her door to feel safe at night.
b) Musa's soiling stops and he tells his ELSA that he feels safe at home.
c) Zainab gets to school on time (no more than two lates a half term) and
   goes back to netball.
d) If the children see their dad, it is only when they want to, Imran is
   sober and the time is supervised.


6. THE PLAN
------------------------------------------------------------------------------
6.1   Chloe Barnard (SW) will visit 31 Cobden Street every week until the
      review conference, at least one visit a fortnight unannounced, and
      will see Zainab and Musa on their own and record what they say in
      their own words on each visit record.

6.2   Chloe Barnard (SW) will complete a parenting assessment of Saima,
      with an interpreter, by 08/08/2025 and share the written report with
      Saima and the core group.

6.3   Meena Shah, therapist at Yonderfield Talking Therapies, will give
      Saima trauma-focused CBT weekly for 16 sessions from 01/07/2025 and
      send a written update before each core group on whether Saima is
      changing, how long recovery is likely to take and whether her
      symptoms are affecting the children's routines and safety.

6.4   Dr Farid Malik, GP at Cobden Medical Practice, will review Saima's
      sertraline by 04/07/2025 and write to the SW and Meena Shah with the
      outcome.

6.5   Imran Akhtar will attend the Yonderfield Safer Homes perpetrator
      programme every Thursday from 03/07/2025 until it ends on 18/09/2025,
      and the facilitator, Tom Reyes, will send the SW an attendance and
      progress report at the end of each month.

6.6   Gary Finch, recovery worker at Yonderfield Alcohol Service, will see
      Imran weekly and breathalyse him before every contact session, and
      will send a written report before each core group on whether Imran's
      drinking has changed and what that means for the children's safety.

6.7   Jade Lowry, contact worker at Yonderfield Family Centre, will
      supervise Imran's time with Musa (and with Zainab if she chooses to
      go) every other Saturday from 10am to 12pm, and send the SW a written
      record within 2 working days of each session.

6.8   Mrs Ann Keel, DSL at Fernlea Primary, will arrange ELSA sessions for
      Musa every Tuesday and Thursday and email the SW each Friday with the
      ELSA notes and a record of any soiling.

6.9   Mr Peter Adeyemi, Head of Year 7 and DSL at Hollins Academy, will
      meet Zainab every Monday morning and email the SW by the end of each
      Monday with her attendance, lateness and anything she has said.

6.10  Leanne Cole, IDVA at Yonderfield Domestic Abuse Service, will review
      the home safety plan with Saima and the children by 04/07/2025 and
      then monthly, including window locks and a door chain, and send the
      SW the updated plan each time.

6.11  DC Ravi Sohal, Yonderfield Police Domestic Abuse Unit, will tell the
      SW within 24 hours of any call to 31 Cobden Street or any reported
      breach of the order, and will email the incident log.


7. IF THINGS GO WRONG
------------------------------------------------------------------------------
If Imran comes to Cobden Street, contacts Saima or the children outside
supervised contact, or the police are called to the house, Saima will ring
999 and the SW (or the emergency duty team) will hold a strategy discussion
the same day; contact will stop until a new risk assessment is done.

If Imran is over the limit when breathalysed before contact, Jade Lowry
will cancel that session and tell the SW the same day.

If Saima lets Imran back into the home, or cannot keep the children safe
from him, Zainab and Musa will be looked after by approved foster carers
that day under section 20, and the SW will ask the team manager for a
legal planning meeting within 5 working days.


8. MEETINGS AND REVIEW
------------------------------------------------------------------------------
Core group ...... every 4 weeks at Fernlea Primary, 4pm, with an Urdu
                  interpreter: 24/07/2025 and 21/08/2025
Review CPC ...... 04/09/2025, 10am, Yonderfield Town Hall
Legal ........... if Musa is still soiling and Zainab still frightened at
                  night by the core group on 21/08/2025, or Imran misses
                  two programme sessions, the SW will request a legal
                  planning meeting before the review conference

-- Chloe Barnard, Social Worker, 27/06/2025 --
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Transfer-in conference plan: how the family came, what the previous
#    council's plan asked and where it got to, then the plan with an
#    "origin" column restating inherited actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_yellowbrook_transfer_in_inherited_actions_origin_column_pryce.docx",
    "doc_title": "Transfer-in Child Protection Conference Plan - Tia and Reuben Pryce",
    "split": "tune",
    "template": "transfer-in-conference-plan-docx-how-the-family-came-what-previous-plan-asked-prose-adult-services-paragraph-then-ref-action-origin-column-lead-when-evidence-table-inherited-restated-new",
    "description": (
        "Exemplary plan agreed at a transfer-in conference for a 9-year-old and a 3-year-old whose mother "
        "fled her partner's violence from another council (mother's alcohol misuse in recovery and PTSD). "
        "Long prose on the move, the previous council's plan and where it got to, then a table that "
        "restates each inherited action with an 'origin' column, including a CAMHS referral the old "
        "council had held back pending transfer, now made with a date. Alcohol service and psychologist "
        "report on change; contingency, dates and legal step are set."
    ),
    "blocks": [
        ("title", "Transfer-in Child Protection Conference – Plan"),
        ("p", "Yellowbrook District Council · Children's Services · Child Protection and Review"),
        ("kv", [
            ("Children", "Tia Pryce, born 11/08/2015 (9), Year 4, Brookfield Primary (from 09/06/2025); "
                         "Reuben Pryce, born 25/02/2022 (3), Daisychain Nursery"),
            ("Address", "Withheld – held by the SW and the police only (address marker in place)"),
            ("Mother", "Jodie Pryce, 27"),
            ("Children's father", "Kyle Mercer, lives in Carrowmoor; no contact"),
            ("Previous authority", "Carrowmoor City Council – initial conference 06/03/2025, category emotional "
                                   "abuse; Carrowmoor social worker Dan Kerr"),
            ("Transfer-in conference", "17/06/2025, Yellowbrook Council House, chair Mercy Adjei"),
            ("Yellowbrook social worker", "Amy Rowe, Child Protection Team West"),
        ]),
        ("h1", "How Tia and Reuben came to Yellowbrook"),
        ("p", "Jodie left Carrowmoor with the children on 28 April 2025 after Kyle broke into the house through "
              "the back door, held a knife to his own throat and threatened to \"take the kids with me\". She "
              "went to Larchfield Refuge in Yellowbrook and was given a tenancy by Yellowbrook Homes on 2 June. "
              "Carrowmoor asked Yellowbrook to hold a transfer-in conference on 7 May. Until today Carrowmoor "
              "remained responsible for the plan; Dan Kerr visited the refuge twice and handed over in person "
              "on 10 June."),
        ("h1", "What the Carrowmoor plan asked for, and where it got to"),
        ("p", "The Carrowmoor plan had nine actions. Fortnightly visits by Dan Kerr were kept up throughout, "
              "including the two visits to the refuge. Jodie had been seeing Carrowmoor Recovery for her "
              "drinking since January and had been sober since February, confirmed by breath tests. She "
              "finished half of a Freedom Programme before the move. A trauma assessment for Jodie had been "
              "agreed but not started. Carrowmoor decided not to refer Tia to their CAMHS because she would "
              "be moving, and held the referral back pending transfer; Tia has therefore had no help for her "
              "nightmares since March. Reuben's speech screen was done in Carrowmoor in April and showed a "
              "delay."),
        ("p", "Conference agreed to restate every action that still matters, with Yellowbrook owners and new "
              "dates, and to add three new actions. Inherited actions are marked with their Carrowmoor "
              "number in the table below."),
        ("h1", "Adult services"),
        ("p", "Jodie's recovery work transferred from Carrowmoor Recovery to the Yellowbrook Alcohol and Drug "
              "Service on 3 June; Marcus Dey attended conference. Jodie's GP in Yellowbrook, Dr Ines Ferraz, "
              "referred her to Yellowbrook Adult Psychology after she described flashbacks and panic attacks; "
              "Dr Kate Loomis sent a written contribution and has agreed to assess."),
        ("h1", "What Tia and Reuben say"),
        ("p", "Tia (seen alone at the refuge playroom, 12 June): \"I like the new house because it has stairs "
              "and Dad doesn't know where it is. I still dream he comes in the back door.\" She wants to join "
              "Brownies and asked whether she has to change her surname. She said she worries about Mum "
              "\"having wine again\" because \"that's when it all started\"."),
        ("p", "Reuben uses two- and three-word phrases and points when he cannot find the word. At home he "
              "follows Tia everywhere, laughs at her games and goes to Jodie for a cuddle when he bumps "
              "himself. Nursery say he has settled well and loves the sand tray."),
        ("h1", "What we want for Tia and Reuben"),
        ("bullets", [
            "Tia and Reuben live in a home their father cannot find, and feel safe there day and night.",
            "Tia's nightmares ease and she has someone outside the family to talk to about what happened.",
            "Reuben's speech catches up and he is ready for school nursery in January.",
            "Both children are cared for by a mum who stays sober.",
        ]),
        ("h1", "The plan from today"),
        ("table", {
            "header": ["Ref", "Action", "Origin", "Lead (Yellowbrook unless stated)", "When", "Evidence"],
            "widths": [1.0, 5.0, 2.2, 3.2, 2.6, 3.0],
            "rows": [
                ["Y1", "Home visits, seeing Tia on her own and Reuben at home or at nursery",
                 "Restated (Carrowmoor 1)", "SW Amy Rowe", "Weekly until the review conference",
                 "Visit records with Tia's own words every visit"],
                ["Y2", "Alcohol key-work and breath tests for Jodie, with a report on whether her sobriety is "
                       "holding after the move and what it means for the children",
                 "Restated (Carrowmoor 2)", "Marcus Dey, Yellowbrook Alcohol and Drug Service",
                 "Weekly; report before each core group",
                 "Breath test results and report read at every core group"],
                ["Y3", "Refer Tia to Yellowbrook CAMHS for her nightmares and fears (the referral Carrowmoor held "
                       "back pending transfer)",
                 "Restated (Carrowmoor 4)", "SW Amy Rowe", "By 27/06/2025",
                 "CAMHS acceptance letter and first appointment date shared with the core group"],
                ["Y4", "Trauma assessment for Jodie, including her capacity to protect the children and the "
                       "likely timescale for change",
                 "Restated (Carrowmoor 5)", "Dr Kate Loomis, clinical psychologist, Yellowbrook Adult Psychology",
                 "Assessment report by 25/07/2025",
                 "Report shared with the core group and the review conference"],
                ["Y5", "Safety plan for the new address: confidentiality at school and nursery, and what Tia "
                       "does if she sees her dad",
                 "Restated (Carrowmoor 6)", "IDVA Sasha Bell, Yellowbrook Domestic Abuse Service",
                 "By 27/06/2025, then monthly", "Written safety plan on file; school and nursery confirm "
                                                  "the collection password in writing"],
                ["Y6", "Finish the Freedom Programme at Yellowbrook Women's Centre",
                 "Restated (Carrowmoor 7)", "Jodie Pryce", "Mondays from 23/06/2025 for 6 weeks",
                 "Attendance sheet sent to the SW at the end of the course"],
                ["Y7", "Tell Yellowbrook Police and the SW within 24 hours of any court date, bail decision or "
                       "sighting of Kyle",
                 "Restated (Carrowmoor 8)", "DS Owen Hale, Carrowmoor Police PPU",
                 "Within 24 hours of any change", "Email to DS Omar Nasser, Yellowbrook PPU, copied to the SW"],
                ["Y8", "Weekly check-in with Tia and a Brownies place through school",
                 "New", "Mrs Paula Ince, DSL, Brookfield Primary", "Every Monday in term; Brownies from September",
                 "DSL log emailed to the SW each Monday; Brownies register"],
                ["Y9", "Speech and language assessment for Reuben, following up the Carrowmoor screen",
                 "New", "HV Leah Gordon", "Referral by 24/06/2025; assessment by 31/07/2025",
                 "SALT report with targets shared with nursery and the SW"],
                ["Y10", "Register with the Yellowbrook GP and attend a health check for both children",
                 "New", "Jodie Pryce", "By 11/07/2025",
                 "GP practice confirms both health checks done; copy to the HV"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kyle finds the address, contacts Jodie or the children, or is seen in Yellowbrook, Jodie will "
              "ring 999 and the SW (or the emergency duty team) will hold a strategy discussion the same day; "
              "the IDVA will arrange an emergency move to refuge that day."),
        ("p", "If Jodie drinks while caring for the children, or a breath test is positive, the SW will visit "
              "the same day; if Jodie is not sober enough to care for them, Tia and Reuben will be looked "
              "after together by approved foster carers that night. A relapse, or two missed recovery "
              "sessions in a row, will lead the SW to request a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Brookfield Primary, 9.30am: 01/07/2025, 29/07/2025 and 26/08/2025.",
            "Review child protection conference: 16/09/2025, 1.30pm, Yellowbrook Council House.",
        ]),
        ("p", "Plan agreed at conference and sent to Jodie, all agencies and Carrowmoor City Council on "
              "18/06/2025. Carrowmoor's involvement ended at the close of this conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Plan with a family network meeting section (who came, what each relative
#    offered), then an owner-first table; adult services absent (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_yorwick_family_network_meeting_offers_bright.md",
    "split": "tune",
    "template": "cp-plan-md-why-we-are-worried-then-family-network-meeting-who-came-what-each-relative-offered-and-could-not-offer-then-who-what-when-how-well-know-owner-first-table",
    "description": (
        "Plan after the family network meeting for a 6-year-old and an 18-month-old (father's cocaine "
        "use and one assault, mother's depression). A long section records who came and what each "
        "relative offered; relatives then carry much of the plan. The great-aunt helps 'as often as she "
        "can', 'Family network' owns a row measured by keeping an eye, the mother's own row is measured "
        "by feeling better, the father's has no measure, his course waits for a place, one outcome is "
        "the mother's, no adult service owns anything, and the contingency sends the children to Nana "
        "with nothing if she cannot."
    ),
    "text": """\
# Child Protection Plan – Ellis and Maisie Bright-Cole

Yorwick City Council · Children and Young People's Service · North Locality Team
Plan agreed at the initial conference on 5 June 2025 and filled in at the family network meeting on 20 June 2025.
Social worker: Joel Amadi · Team manager: Sue Hartley

## The children

- **Ellis Bright-Cole**, 6 – Year 1, Yorwick Road Primary
- **Maisie Bright-Cole**, 18 months – at home with Mum
- Parents: **Kirsty Bright** (28) and **Liam Cole** (30). Liam is living at his mum's flat on Tanner Row while this plan is in place.

## Why we are worried

On 24 May Liam came home at 2am after using cocaine, argued with Kirsty and punched the bedroom door next to where Maisie was sleeping. Kirsty rang the police. Liam admits using cocaine "most weekends" for the last year. Kirsty has depression; she was prescribed medication by her GP last year but stopped taking it in February, and she told Joel that some days she cannot face getting out of bed. On two visits Maisie was still in her cot at 11am in a full nappy, and Ellis was late for school 14 times this term.

## Family network meeting – 20 June 2025

Held at Yorwick Road Primary, 5–7pm, chaired by Joel with Nadine Okoye (family group co-ordinator). Kirsty and Liam were both there, for different halves of the meeting.

**Who came:** Pauline Bright (Nana, Kirsty's mum); Craig Bright (Uncle Craig, Kirsty's brother); Sheila Dunn (Great-aunt Sheila, Pauline's sister); Becky Cole (Auntie Becky, Liam's sister). Liam's mum, Maureen Cole, sent a message that she could not come.

**What people offered:**

- *Nana Pauline* offered to supervise Liam's time with the children at her flat every Saturday, and said she would have the children to stay "at the drop of a hat" if anything happened. She works part time at the bakery on weekday mornings.
- *Uncle Craig* offered to do the school run on Mondays and Wednesdays, because he starts work at 10am on those days. He said he could not do any nights because of his shifts.
- *Great-aunt Sheila* offered to pop round in the evenings to see how Kirsty is, "as much as my hip lets me". She does not drive.
- *Auntie Becky* said she was angry with Liam and wanted to help Kirsty, but works full time in Leeds and could only offer phone calls and the odd Sunday.
- *Maureen Cole*, through Becky, offered a bed for Liam for as long as he needs it, but said she would not supervise him with the children.

**What the family were worried about:** that Liam would turn up at the house on a Friday or Saturday night "off his face", and that Kirsty "keeps it all in" and will not tell anyone when she is struggling.

**What the family asked for:** a list of phone numbers for the social worker and the out-of-hours team, and help for Kirsty "from someone who knows about depression".

## What Ellis says, and Maisie's day

Ellis (seen on his own at school, 17 June): "Daddy punched the door and it made a hole. I was scared for Maisie." He likes going to Nana's "because she has a trampoline", and wants Daddy to come home "when he's stopped being grumpy". He drew Mummy in bed with a sad face.

Maisie was seen at home on four visits. She cruises round the furniture, babbles and waves "bye-bye". She was happy and clean on the two afternoon visits. On the morning visits she had been in her cot since waking and ate a whole banana and a yoghurt straight away.

## What we want for Ellis and Maisie

- Ellis and Maisie are never around Liam when he has used drugs, and there is no more violence at home.
- Maisie is got up, changed and fed by 9am every day.
- Ellis gets to school on time every day.
- Kirsty's mental health improves and she is able to get up in the mornings.

## Who will do what

| Who | What they will do | When | How we'll know |
|---|---|---|---|
| Nana Pauline Bright | Supervise Liam's time with Ellis and Maisie at her flat; Liam is not to take them out alone | Every Saturday, 10am–2pm | Contact notebook signed by Pauline and Liam, read by Joel at each visit |
| Uncle Craig Bright | Take Ellis to school and pick him up | Mondays and Wednesdays in term | School register and the office collection book |
| Great-aunt Sheila Dunn | Pop round in the evenings to check on Kirsty and the children | As often as she can | Sheila texts Joel after each visit |
| Family network | Make sure Liam does not come to the house after using drugs, and tell Joel if he does | Every weekend | Family will keep an eye on things |
| Joel Amadi, social worker | Visit at home, see Ellis on his own and Maisie up and dressed; one visit a week before 9.30am | Weekly | Visit records note what time Maisie was up and what Ellis says |
| Rachel Tunde, health visitor | Weigh Maisie, check her development and the stair gate and kitchen safety | Every 3 weeks | Weight in the red book; stair gate seen fitted |
| Kirsty Bright | Self-refer to Yorwick Talking Therapies and book a GP appointment about restarting her medication | By 04/07/2025 | Kirsty feels better |
| Liam Cole | Stop using cocaine, and never use before seeing the children | From 20/06/2025 | |
| Mrs Gill Orton, DSL, Yorwick Road Primary | Check in with Ellis every Friday and ask about the weekend plans | Every Friday in term | DSL log emailed to Joel each Friday |
| Liam Cole | Go on the Caring Dads course | When a place comes up | Certificate from the course |

## If things go wrong

If Liam comes to the house after using drugs or drinking, or there is any violence, Kirsty will ring 999 and then Joel (or the out-of-hours team on 01632 960 441). Joel will hold a strategy discussion the same day and Ellis and Maisie will go to stay with Nana Pauline until it is safe for them to come home.

If Liam is found at the house against this plan twice, or Maisie is found in her cot unchanged late in the morning again, Joel will ask Sue Hartley for a legal planning meeting within 5 working days.

## Meetings

- Core group every 3 weeks at Yorwick Road Primary, 9.15am: 03/07/2025, 24/07/2025 and 14/08/2025.
- Review child protection conference: 04/09/2025, 2pm, Yorwick Civic Centre.
""",
    "findings": [
        F("T002", "Pop round in the evenings to check on Kirsty and the children"),
        F("W002", "Make sure Liam does not come to the house after using drugs"),
        F("M002", "Make sure Liam does not come to the house after using drugs"),
        F("M002", "Self-refer to Yorwick Talking Therapies and book a GP appointment"),
        F("M001", "Stop using cocaine, and never use before seeing the children"),
        F("T002", "Go on the Caring Dads course"),
        F("F002", "Kirsty's mental health improves and she is able to get up in the mornings."),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth conference record: attendance, agency information table,
#    parents' views, the baby's world, analysis, decision, then a plan table
#    with a "for the baby, this means" column (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b44_yarrowbeck_prebirth_conference_record_agency_table_haines.pdf",
    "doc_title": "Pre-birth Child Protection Conference Record - Unborn baby of Demi Haines",
    "split": "tune",
    "template": "prebirth-conference-record-paged-attendance-agency-what-they-told-conference-table-parents-views-babys-world-chairs-analysis-decision-then-who-will-do-what-for-the-baby-this-means-by-when-check-table",
    "description": (
        "Pre-birth conference record for the unborn baby of a mother on a methadone script with "
        "anxiety, whose partner drinks and has a history of violence to a previous partner. Most of the "
        "record is an agency information table, parents' views, the baby's world and the chair's "
        "analysis; the plan table has a 'for the baby, this means' column. The drug service reports, but "
        "the perinatal nurse only supports and is measured by engagement, the father's course waits for "
        "a place, the birth plan row is 'monitored', the parenting course has owner 'TBC', the smoking "
        "row is 'ongoing', the father's drinking row has no measure and the review conference is left "
        "until after the birth."
    ),
    "header": "OFFICIAL – SENSITIVE   Yarrowbeck Borough Council – Pre-birth Child Protection Conference",
    "footer": "Unborn baby of Demi Haines – conference record – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Pre-birth Child Protection Conference – Record"),
        ("kv", [
            ("Unborn baby", "Baby of Demi Haines, expected 14/09/2025 (Demi 24 weeks at conference)"),
            ("Mother", "Demi Haines, 23, 9 Foundry Court, Yarrowbeck"),
            ("Father", "Josh Nkemelu, 27, lives with Demi"),
            ("Conference", "02/07/2025, 1.30pm – 4.10pm, Yarrowbeck Family Centre, Room 2"),
            ("Chair", "Linda Okafor, Conference Chair"),
            ("Social worker", "Priya Nandra, Children's Safeguarding Team 1"),
            ("Minutes", "Gareth Moss"),
        ]),
        ("h1", "Attendance"),
        ("p", "Demi Haines; Josh Nkemelu; Priya Nandra (SW); Lorna Keyes (community midwife); Jo Fairclough "
              "(safeguarding midwife, Yarrowbeck Maternity); Craig Mott (recovery worker, Yarrowbeck Drug and "
              "Alcohol Service); Ama Boateng (nurse, Yarrowbeck Perinatal Mental Health Team); Sara Quinn "
              "(HV); DC Helen Shaw (Public Protection Unit). Apologies: Dr Imran Hussain, GP (report sent)."),
        ("h1", "Information shared by agencies"),
        ("table", {
            "header": ["Agency", "What they told conference"],
            "widths": [3.6, 13.4],
            "rows": [
                ["Children's social care",
                 "Demi's older child, Kacey (4), has lived with her paternal grandparents under a special "
                 "guardianship order since 2022, after neglect linked to Demi's heroin use. Priya has visited "
                 "Demi and Josh four times. The flat is clean but there is no cot or baby equipment yet. Demi "
                 "was open about her history and said \"this time is different\"."],
                ["Yarrowbeck Drug and Alcohol Service",
                 "Demi has been on a methadone script since October 2024 (now 40ml daily, supervised at Boots, "
                 "Market Street). Urine screens since January have shown only methadone, apart from one "
                 "positive for diazepam in March. Craig said Demi has \"done really well\" and that the "
                 "service would keep her on supervised consumption until after the birth."],
                ["Perinatal mental health team",
                 "Ama has seen Demi three times. Demi has generalised anxiety, worse since she found out she was "
                 "pregnant, and is frightened the baby will be taken. She is not on medication. Ama said the "
                 "team would continue to visit monthly and that Demi engages well."],
                ["Midwifery",
                 "Lorna said Demi has attended every antenatal appointment. Growth scans are normal. Demi "
                 "smokes about 10 cigarettes a day; her carbon monoxide reading at 20 weeks was 18ppm. The "
                 "baby will need to be observed for neonatal abstinence syndrome for at least five days."],
                ["Police",
                 "DC Shaw reported that Josh was convicted in 2021 of assault on a previous partner, with two "
                 "further call-outs to that address. There are no reports involving Demi. Josh was arrested "
                 "for drink driving in January 2025."],
                ["GP (written report)",
                 "Dr Hussain's report confirmed Demi's anxiety and her methadone prescription through the "
                 "drug service. Josh has not been seen at the practice for two years."],
                ["Health visiting",
                 "Sara has not yet met the family and will offer an antenatal visit."],
            ],
        }),
        ("h1", "What Demi and Josh said"),
        ("p", "Demi said she is proud of how far she has come and wants the chance to be the mum she could not "
              "be for Kacey. She sees Kacey every month and says the grandparents are \"brilliant\". She "
              "said her anxiety is worst at night and that she smokes \"to calm myself down\"."),
        ("p", "Josh said the assault in 2021 was \"a one-off when I was young and stupid\" and that he has never "
              "raised a hand to Demi. He drinks \"a few cans\" after work most nights and more at weekends. He "
              "did not think his drinking was anyone's business, but said he would do a course if it helped."),
        ("h1", "The baby's world"),
        ("p", "The baby is growing well and is due in September. At 24 weeks the baby is kicking and Demi says "
              "she talks to the bump and plays it music. The flat is warm and clean, but the baby's room is "
              "being used for storage and smells of cigarette smoke. In the baby's world now there is "
              "methadone, a lot of smoke, a mum who is anxious at night, and a dad who drinks most evenings "
              "and whose past violence has not been worked through."),
        ("h1", "Chair's analysis"),
        ("p", "There is a great deal that is positive: Demi's stability on her script for nine months, her "
              "honesty, her attendance and the care she already shows the baby. But conference heard that "
              "Demi's last child was harmed through neglect when she was using, that her anxiety is high and "
              "she has little support at night, and that Josh's drinking and his conviction for violence to a "
              "previous partner have not been assessed. A newborn with withdrawal symptoms is hard to settle "
              "and will test both parents. Without a plan in place before the birth, the baby would be at risk "
              "of significant harm."),
        ("h1", "Decision"),
        ("p", "All professionals agreed that the unborn baby will be at risk of significant harm. The baby will "
              "be subject to a child protection plan from birth under the category of neglect. Demi and Josh "
              "accepted the decision; Demi asked that the plan recognises how hard she has worked, and the "
              "chair agreed."),
        ("h1", "Pre-birth protection plan"),
        ("h2", "What we want for the baby"),
        ("bullets", [
            "The baby is born and goes home to a smoke-free flat with a cot, and is never cared for by an adult "
            "under the influence of drugs or alcohol.",
            "The baby's withdrawal symptoms are treated on the ward and the baby is feeding and settling before "
            "going home.",
            "The baby grows up in a home with no violence.",
        ]),
        ("h2", "Who will do what"),
        ("table", {
            "header": ["Who", "Will do what", "For the baby, this means", "By when", "We'll check by"],
            "widths": [3.0, 4.6, 3.2, 2.6, 3.6],
            "rows": [
                ["SW Priya Nandra",
                 "Visit Demi and Josh at home; check the baby's room is cleared and a cot is set up",
                 "A safe place to sleep from the first night",
                 "Every 2 weeks until the birth; cot by 36 weeks",
                 "Visit notes; cot seen set up in the bedroom"],
                ["Lorna Keyes, community midwife",
                 "Antenatal appointments with a carbon monoxide reading and a urine screen at each",
                 "The baby's growth and exposure are checked",
                 "28, 31, 34, 36, 38 and 40 weeks",
                 "CO readings, screens and growth in the maternity notes, copied to the SW"],
                ["Craig Mott, Yarrowbeck Drug and Alcohol Service",
                 "Supervised methadone, weekly urine screens and a written report to each core group on "
                 "whether Demi is stable and not using on top",
                 "The baby is not exposed to other drugs",
                 "Weekly; report before each core group",
                 "Screen results and report read at core group"],
                ["Ama Boateng, Yarrowbeck Perinatal Mental Health Team",
                 "Support visits for Demi's anxiety in pregnancy",
                 "Demi is calmer so the baby is not affected by her stress",
                 "Monthly", "Demi's engagement"],
                ["Josh Nkemelu",
                 "Do the Yarrowbeck Step Up course on domestic abuse for fathers",
                 "The baby grows up without violence at home",
                 "When a place is available",
                 "Course attendance sheet sent to the SW"],
                ["Jo Fairclough, safeguarding midwife",
                 "Birth plan and safeguarding alert on the maternity system, with the neonatal team told "
                 "about withdrawal",
                 "The baby is watched for withdrawal and the ward knows the plan",
                 "By 34 weeks", "Monitored"],
                ["TBC",
                 "Baby Steps antenatal parenting course for Demi and Josh",
                 "Parents are ready for a baby who may be unsettled",
                 "Before the birth", "Certificate of completion"],
                ["Demi Haines",
                 "Cut down and stop smoking, with the stop smoking midwife",
                 "The baby breathes smoke-free air",
                 "Ongoing", "CO reading below 4ppm at midwife appointments"],
                ["Sara Quinn, HV",
                 "Antenatal visit, then the new birth visit",
                 "Someone who knows the family sees the baby at home",
                 "Antenatal visit by 32 weeks; new birth visit day 10–14",
                 "Visit records shared with the SW"],
                ["Josh Nkemelu",
                 "Cut down his drinking and not drink at all when he is looking after the baby",
                 "The baby is cared for by a sober dad",
                 "By the birth", ""],
            ],
        }),
        ("h2", "What happens if things go wrong"),
        ("p", "If Demi has a screen positive for heroin or any drug not prescribed to her, misses three methadone "
              "doses in a row, or the police are called to Foundry Court, Priya (or the emergency duty team) "
              "will hold a strategy discussion the same day. If this happens before the birth, the baby will "
              "not go home from hospital with Demi and Josh and will be placed with approved foster carers "
              "from the ward. Priya will request a legal planning meeting within 5 working days of any of "
              "these triggers, and in any case at 32 weeks if the cot, smoking and course actions have not "
              "been done."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks at Yarrowbeck Family Centre: 16/07/2025, 13/08/2025 and 10/09/2025. A "
              "discharge planning meeting will be held on the ward before the baby goes home. Review child "
              "protection conference: to be arranged after the baby is born."),
        ("p", "Record agreed by Linda Okafor, Conference Chair, 04/07/2025."),
    ],
    "findings": [
        F("H001", "Support visits for Demi's anxiety in pregnancy"),
        F("M002", "Support visits for Demi's anxiety in pregnancy"),
        F("T002", "Do the Yarrowbeck Step Up course on domestic abuse"),
        F("M002", "Birth plan and safeguarding alert on the maternity system"),
        F("W002", "Baby Steps antenatal parenting course for Demi and Josh"),
        F("T002", "Cut down and stop smoking, with the stop smoking midwife"),
        F("M001", "Cut down his drinking and not drink at all"),
        F("R001"),
    ],
})
