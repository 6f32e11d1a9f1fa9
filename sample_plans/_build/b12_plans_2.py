"""Batch 12, module 2: seven fictional files (tuning material), place names
starting with "o".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus of the batch: good plans in unusual layouts. Five of the seven plans
are exemplary (no findings); two have a few realistic faults.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A social worker's letter written to an 11-year-old after the conference;
#    owners and timescales sit inside each bullet's sentence (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_otterholt_letter_to_child_kowalczyk.docx",
    "doc_title": "Letter to Maja - your child protection plan",
    "split": "tune",
    "template": "letter-to-child-owner-inside-sentence",
    "description": (
        "Exemplary plan written as the social worker's letter to an 11-year-old after the initial "
        "conference (mother's drinking; 4-year-old brother). Ordinary-word bold headings; each job is a "
        "bullet with the owner, the timescale and how we will know inside the sentence ('I' is the SW who "
        "signs). Recovery service assesses the mother's capacity to change; aunt's help has a named "
        "fallback; core group dates, review conference and legal planning meeting explained to the child."
    ),
    "blocks": [
        ("pr", "Otterholt Borough Council"),
        ("pr", "Children's Services – Safeguarding Team East"),
        ("pr", "The Old Tannery, Wharf Street, Otterholt"),
        ("pr", "14 March 2025"),
        ("p", ""),
        ("pl", "Maja Kowalczyk"),
        ("pl", "Flat 3, 22 Linnet Road"),
        ("pl", "Otterholt"),
        ("p", ""),
        ("p", "Dear Maja,"),
        ("p", "On Tuesday (11 March) a group of people met to talk about you and Filip. It is called a child "
              "protection conference. You did not want to come, which is fine, but you asked me to write "
              "down what was decided in words you can understand, so this is my letter to you. Mum has a "
              "copy too, and you can keep this one in your room."),
        ("boldp", "Why there is a plan"),
        ("p", "The meeting agreed that you and Filip (4) need a child protection plan because of Mum's "
              "drinking. Since Christmas Mum has been drinking most days. Three times Filip was not "
              "collected from nursery and you went to get him on your way home from school. On 28 February "
              "the police found Mum asleep on the sofa at 9pm and could not wake her, while you were "
              "cooking tea for Filip. The plan is there so that you and Filip are looked after properly, "
              "and so that looking after Filip and Mum is not your job."),
        ("boldp", "What you told me"),
        ("p", "When we talked in the library at school on 5 March you told me that you \"don't mind doing "
              "Filip's tea\" but that you hate it when Mum \"goes floppy and smells of wine\". You said you "
              "keep your phone charged in case you need to ring Auntie Kasia. You said the best days are "
              "Wednesdays and Fridays at Auntie Kasia's because \"it's noisy but nice\". You said you want "
              "Mum to stop drinking, but you do not want to leave home or for Filip to go anywhere without "
              "you. You also told me you have not been to netball since October, and you miss it."),
        ("p", "Filip was busy building a garage when I visited. He showed me his cars, told me \"Maja makes "
              "pasta\", and went to sit on your knee when I asked him who looks after him."),
        ("boldp", "What we all want for you and Filip"),
        ("bullets", [
            "You and Filip are looked after every day by a grown-up who is sober and awake.",
            "Filip is collected from nursery on time by Mum or Auntie Kasia, never by you.",
            "You get to school on time, get back to netball, and have someone at school to talk to.",
            "You know exactly who to ring and what will happen if Mum has been drinking.",
        ]),
        ("boldp", "Who is going to do what"),
        ("p", "These are the jobs that were agreed at the meeting."),
        ("bullets", [
            "I will visit you and Filip at home every two weeks, and at least one visit a month will be a "
            "surprise; I will always talk to you on your own, and my visit notes will say what you told me.",
            "Mum will collect Filip from Little Wrens Nursery by 3.30pm every weekday, and the nursery's "
            "sign-out book will show that it was Mum, not you, who picked him up.",
            "Mum will go to Otterholt Recovery Service every Tuesday from 18 March and blow into the breath "
            "machine each time, so that she is sober when she looks after you and Filip; Dean at the "
            "service will send me the results every Friday, and we want every one to read zero.",
            "Dean Hollis, Mum's worker at the Recovery Service, will finish a full assessment of Mum's "
            "drinking by 4 April 2025 and send a written report to me and the core group, saying what "
            "Mum needs to do to stop, whether she can make those changes, and how long that is likely to "
            "take for you and Filip.",
            "Auntie Kasia will have you and Filip for tea at her flat every Wednesday and Friday after "
            "school, bring you home by 7pm, and text me after each visit to say how it went.",
            "Mrs Oyelaran, the safeguarding lead at Otterholt Vale Academy, will meet you every Monday "
            "before registration; her check-in sheet will show you were seen, and she will ring me the same "
            "day if you tell her something worrying.",
            "Leanne, Filip's key worker at Little Wrens, will write down each day whether Filip arrives "
            "hungry, late or in dirty clothes, and will email me that record every Friday.",
            "I will refer you to Otterholt Young Carers by 28 March; they see children within four weeks of "
            "a referral, and you will get a letter from them with the date of your first session.",
            "Mum will book you back into Thursday netball at the leisure centre from 27 March, and I will "
            "check the club's register with you at my next visit.",
        ]),
        ("boldp", "If Mum has been drinking"),
        ("p", "If Mum has been drinking while she is looking after you and Filip – if she smells of wine, "
              "is asleep and you can't wake her, or has not collected Filip – ring Auntie Kasia on the "
              "number in your phone, or 999 if you are scared. Auntie Kasia will come and take you and "
              "Filip to her flat on Beacon Street, and you will both stay there that night. I (or the "
              "out-of-hours social worker) will come to see you the same day and hold a meeting with the "
              "police and your school that day to decide what happens next."),
        ("p", "If Auntie Kasia can't have you – she is away for work some weekends – you and Filip will stay "
              "together that night with Bev and Tony Rourke, foster carers who live near your school and "
              "who you met at the family centre. You will not be split up from Filip."),
        ("boldp", "When we will check how it is going"),
        ("p", "The core group is the smaller group of people who make sure the plan happens: Mum, Auntie "
              "Kasia, me, Mrs Oyelaran, Leanne, Dean and the school nurse. It will meet every four weeks, "
              "on 27 March, 24 April and 22 May 2025, at the family centre after school so that you can come "
              "to the first ten minutes if you want to."),
        ("p", "The review child protection conference is on Thursday 12 June 2025 at 10am at Otterholt "
              "Civic Centre. You can come to the first part, or write me a letter that I will read out."),
        ("boldp", "If things do not change"),
        ("p", "If Mum's breath tests are not clear by the core group on 24 April, or if she stops going to "
              "the Recovery Service, my manager and I will ask for a legal planning meeting. That is a "
              "meeting with the council's lawyers to decide whether we need to ask a court to help keep you "
              "and Filip safe. I promise I will tell you myself if that happens, before anyone else does."),
        ("p", "If any of this does not make sense, or you think something in your plan is wrong, text or "
              "ring me on 07700 900 318. You can also ask Mrs Oyelaran to ring me for you."),
        ("p", "From"),
        ("pl", "Hannah Quartley"),
        ("pl", "Your social worker, Safeguarding Team East"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Bilingual (Welsh / English) plan: a two-column table with outcome banner
#    rows merged across it and a long "who, when, how we'll know" narrative
#    cell (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_onnenfach_bilingual_banner_rows_prydderch.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Nia a Gethin Prydderch",
    "split": "tune",
    "template": "bilingual-two-column-outcome-banner-rows",
    "description": (
        "Exemplary Welsh/English plan for two children whose mother has recurrent depression and "
        "self-harm. Bilingual headings; a two-column table (what will happen | who, when and how we'll "
        "know) with each outcome as a banner row merged across both columns, owners and dates written into "
        "a long narrative second cell; CMHT assesses capacity to change; grandfather's help has a named "
        "fallback; core group dates, review conference and legal planning (PLO)."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Onnenfach – Gwasanaethau Plant / Onnenfach County Council – Children's Services"),
        ("kv", [
            ("Plant / Children", "Nia Prydderch (9), Ysgol Gynradd Bryn Onnen; Gethin Prydderch (3), "
                                 "Meithrinfa Cwtsh nursery"),
            ("Rhiant / Parent", "Catrin Prydderch (mam / mum), 7 Heol y Felin, Onnenfach"),
            ("Cynhadledd / Conference", "Cynhadledd amddiffyn plant gychwynnol / initial child protection "
                                        "conference, 13/03/2025"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Elin Morgan (SW), Tîm Diogelu Onnenfach"),
        ]),
        ("h1", "Pam ein bod yn poeni / Why we are worried"),
        ("p", "Catrin has had recurrent depression since Gethin was born. On 19 January she took an overdose "
              "of her antidepressants in the afternoon while Nia and Gethin were at home; Nia found her and "
              "rang 999. Catrin was in hospital for two nights and the children stayed with their taid "
              "(grandfather), Dafydd Hughes. Since then Catrin has had days when she cannot get out of bed, "
              "Nia has been late for school eleven times, and Gethin has missed nine nursery sessions. "
              "Catrin had a month's supply of tablets in the kitchen drawer."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("p", "Catrin asked for help herself after the overdose and has kept every appointment with the "
              "community mental health team (CMHT). The home is warm and clean. Taid lives two streets away, "
              "sees the children most days and has said he will help with school runs. Nia is doing well in "
              "her reading and is in the school choir."),
        ("h1", "Beth mae Nia a Gethin yn ei ddweud / What Nia and Gethin say"),
        ("p", "Nia (seen on her own at school, 10/03/2025) said: \"I don't like leaving Mam in the morning in "
              "case she's sad again.\" She said she checks on Mam before she goes to sleep and that she "
              "\"wasn't allowed to say\" about the tablets before. She would like Taid to take her to school "
              "because \"he's funny in the car\", and she wants \"a grown-up to tell me what's wrong with "
              "Mam, properly\". Gethin was seen at home with Catrin on 07/03/2025. He chatted in Welsh about "
              "his tractor, brought Catrin his book to read, and went to the door to look for Taid when he "
              "heard a car outside."),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Beth fydd yn digwydd / What will happen",
                       "Pwy, pryd a sut y byddwn ni'n gwybod / Who, when and how we will know"],
            "widths": [6.6, 10.4],
            "rows": [
                ["Canlyniad 1 / Outcome 1: Nia and Gethin are looked after every day by an adult who is "
                 "well enough to care for them, and Nia no longer feels she has to look after Mam.", H],
                ["Home visits to see Nia and Gethin, with Nia seen on her own; check the medicines box is "
                 "locked",
                 "Elin Morgan (SW) will visit every 10 working days, the first by 21/03/2025, and one visit "
                 "in three will be unannounced. Her visit records will show Nia seen alone at every visit, "
                 "what she said, and the medicines box locked with Catrin holding the key."],
                ["See Catrin every two weeks, go through her crisis plan with her, and assess whether she can "
                 "make and keep the changes Nia and Gethin need",
                 "Owain Jenkins, Catrin's care co-ordinator at Onnenfach CMHT, fortnightly from 17/03/2025. "
                 "He will send the SW a written assessment by 25/04/2025 of Catrin's capacity to change, her "
                 "early warning signs and the likely timescale, and a short update before each core group."],
                ["Prescribe Catrin's antidepressant one week at a time, so that large amounts of tablets are "
                 "not kept where Nia and Gethin could reach them",
                 "Dr Alys Rees (GP), weekly prescriptions from 17/03/2025 until the review conference. The "
                 "pharmacy's record of weekly collection is sent to the SW before each core group."],
                ["Take Nia to school and Gethin to nursery every weekday morning",
                 "Taid (Dafydd Hughes, maternal grandfather), every school day from 17/03/2025. The school "
                 "and nursery registers will show Nia in by 8.55am and Gethin in by 9.00am."],
                ["Canlyniad 2 / Outcome 2: Nia understands Mam's illness, knows who to tell when she is "
                 "worried, and gets help with the worry she carries.", H],
                ["Weekly time with Nia's ELSA at school",
                 "Mrs Bethan Lloyd, ELSA at Ysgol Gynradd Bryn Onnen, every Wednesday from 19/03/2025. Her "
                 "session log records what Nia says, and anything worrying is passed to the SW the same day."],
                ["Explain Mam's illness to Nia in words she understands, and agree with Nia who she can tell",
                 "Owain Jenkins (CMHT) and Elin Morgan (SW) together, one session at home by 30/04/2025. "
                 "Nia will be able to say in her own words what Mam's illness is and name three people she "
                 "can tell; the SW records this in her next visit note."],
                ["Young carers assessment for Nia and a place at the Saturday club",
                 "Elin Morgan (SW) to refer by 28/03/2025; Gofalwyr Ifanc Onnenfach (young carers) to "
                 "complete the assessment within 6 weeks of the referral. The assessment and Nia's support "
                 "plan are copied to the SW and the school."],
                ["Canlyniad 3 / Outcome 3: Gethin is healthy, goes to nursery every session and is reaching "
                 "his milestones.", H],
                ["Gethin's developmental review and a home safety check",
                 "Sian Pugh (HV), by 11/04/2025. ASQ-3 scores shared with the SW; home safety checklist "
                 "signed by Catrin and the HV."],
                ["Send Gethin's attendance, and anything worrying about how he arrives, to the SW",
                 "Meinir Thomas, nursery manager at Meithrinfa Cwtsh, every Friday from 21/03/2025. The "
                 "weekly email shows Gethin at 9 of his 10 sessions or more."],
            ],
        }),
        ("h1", "Os aiff pethau o chwith / If things go wrong"),
        ("p", "If Catrin talks about ending her life, harms herself, cannot get up to care for the children, "
              "or the medicines box is found unlocked, Taid will take Nia and Gethin to his house on Lôn "
              "Isaf the same day. The SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion within 24 hours, and the CMHT crisis team will see Catrin the same day."),
        ("p", "If Taid cannot take the children or do the school runs – he is 71 and is waiting for a knee "
              "operation – the SW will arrange for Nia and Gethin to stay together with the Onnenfach foster "
              "carers who have agreed to be on standby, and the breakfast club at Ysgol Gynradd Bryn Onnen "
              "will take both children from 8am so that they still get to school and nursery."),
        ("h1", "Cyfarfodydd / Meetings"),
        ("bullets", [
            "Grŵp craidd / Core group: every 4 weeks – 27/03/2025, 24/04/2025 and 22/05/2025, 3.30pm, Ysgol "
            "Gynradd Bryn Onnen.",
            "Cynhadledd adolygu / Review child protection conference: 12/06/2025, 10am, Neuadd y Sir, "
            "Onnenfach.",
        ]),
        ("h1", "Cynllunio cyfreithiol / Legal planning"),
        ("p", "If Catrin harms herself again while caring for the children, or the CMHT assessment on "
              "25/04/2025 says she cannot make the changes in a timescale that fits Nia and Gethin, the team "
              "manager will request a legal planning meeting to consider the Public Law Outline (PLO)."),
    ],
    "must_contain": ["Canlyniad 3 / Outcome 3"],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes with numbered decisions for a looked-after baby on a
#    neonatal unit; owners in the sentence or in a bracket (pdf, header and
#    page footer on every page). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_ovingmoor_core_group_decisions_thackeray.pdf",
    "doc_title": "Core group minutes - Baby Ruby Thackeray",
    "split": "tune",
    "template": "core-group-minutes-numbered-decisions-lac-hospital-paged",
    "description": (
        "Exemplary core group minutes for a 5-week-old baby accommodated under section 20 and still on "
        "the neonatal unit (mother's heroin and methadone use). Discussion in paragraphs, then numbered "
        "'Decision' paragraphs with the owner in the sentence or a bracket; SW visits twice a week until "
        "discharge; drug service assesses capacity to change; grandmother's part has a named fallback; "
        "OFFICIAL-SENSITIVE header and 'page N of M' footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE | Ovingmoor Borough Council | Children's Services",
    "footer": "Core group 2 – Ruby Thackeray – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Child", "Ruby Thackeray, born 02/04/2025 at 36 weeks (5 weeks old)"),
            ("Legal status", "Accommodated under section 20 since 05/04/2025, with her mother's agreement; "
                             "child protection plan since the ICPC on 15/04/2025 (neglect)"),
            ("Where Ruby is", "Ward 4 (neonatal unit), Ovingmoor General Hospital"),
            ("Meeting", "Core group 2, 06/05/2025, 1.30pm, Ward 4 parents' room"),
            ("Present", "Leanne Thackeray (mum); Priya Natt (SW, chair); Sister Joanne Kemp (Ward 4); "
                        "Mark Brindley (Ovingmoor Drug and Alcohol Service, ODAS); Ade Oladipo (fostering SW); "
                        "Claire Sowerby (HV, neonatal outreach); Sandra Thackeray (maternal grandmother)"),
            ("Apologies", "Joan Pacey (IRO) – sent written comments"),
        ]),
        ("h1", "1. How Ruby is"),
        ("p", "Sister Kemp said Ruby's withdrawal scores have come down since the morphine was reduced on "
              "28 April, and the plan is to stop it by 16 May. She is taking 60ml every three hours by "
              "bottle and now weighs 2.61kg, just under the 9th centile. Nurses see her settle best when "
              "swaddled and held upright against someone's chest; she startles and cries at the ward alarms "
              "and is calmer in the side room. She has started to fix on faces and track Leanne's voice. "
              "The ward expects her to be ready for discharge in late May."),
        ("h1", "2. Updates"),
        ("p", "Leanne has visited on 14 of the last 21 days and gives most of the afternoon feeds; the nursing "
              "notes say she handles Ruby gently and has learnt to swaddle her. Mark (ODAS) said Leanne is "
              "on 60ml methadone, collected daily, and has had two urine screens positive for heroin since "
              "the ICPC, the last on 24 April; the screens on 29 April and 2 May were clear of heroin. "
              "Sandra has visited three times a week and would like to be assessed to care for Ruby. Ade said "
              "a viability visit to Sandra took place on 1 May. Claire (HV) has met Leanne on the ward."),
        ("p", "Joan Pacey (IRO) asked in writing that the minutes record Ruby's looked-after review date and "
              "that Ruby is visited by her social worker while she remains in hospital."),
        ("h1", "3. What we want for Ruby"),
        ("bullets", [
            "Ruby finishes her withdrawal treatment safely and leaves hospital to a carer who has been shown "
            "how to soothe and feed a baby with withdrawal symptoms.",
            "Ruby keeps gaining weight along the 9th centile or above and is never cared for by an adult "
            "under the influence of drugs.",
            "Ruby keeps a close relationship with her mum and grandmother while decisions about where she "
            "will live are made, within a timescale that fits her age.",
        ]),
        ("pagebreak",),
        ("h1", "4. Decisions"),
        ("p", "Decision 1. Priya Natt (SW) will visit Ruby on Ward 4 every Tuesday and Friday until she is "
              "discharged, see her being fed and held, and record her weight and withdrawal scores in each "
              "visit note."),
        ("p", "Decision 2. Weekly written update to the SW on Ruby's weight, feeds, withdrawal scores and "
              "who has visited (lead: Sister Joanne Kemp, Ward 4; every Monday until discharge; evidence: "
              "the update filed on Ruby's record each week)."),
        ("p", "Decision 3. Leanne will visit Ruby on at least four afternoons a week and give her feed and "
              "bath with a nurse present (from 07/05/2025; the ward visitors' book and nursing notes will "
              "show each visit and how Ruby responded to her)."),
        ("p", "Decision 4. Mark Brindley (ODAS) will see Leanne weekly, keep her methadone supervised, take a "
              "urine screen every week, and send the SW the results before each core group. By 03/06/2025 he "
              "will give the SW a written assessment of whether Leanne can stay off heroin and how long that "
              "is likely to take, in a timescale that fits Ruby's needs."),
        ("p", "Decision 5. Ade Oladipo (fostering SW) will complete a full connected-person assessment of "
              "Sandra by 20/06/2025 and share the written report with the core group, with an interim view "
              "on whether she could care for Ruby at discharge by the core group on 20/05/2025."),
        ("p", "Decision 6. Sandra will visit Ruby on Mondays, Wednesdays and Saturdays and learn her care "
              "from the nurses (from 07/05/2025; the nursing notes will record that Sandra has fed, changed "
              "and settled Ruby on her own before discharge)."),
        ("p", "Decision 7. Kirsty Dawes (placement team) will identify a foster carer trained in caring for "
              "babies with withdrawal symptoms by 20/05/2025, and confirm the carer's name to the SW and "
              "Ward 4 in writing."),
        ("p", "Decision 8. Priya Natt (SW) will hold a discharge planning meeting on the ward once Ruby has "
              "been off morphine for 48 hours, and at least 5 working days before discharge; the signed "
              "discharge plan will name Ruby's carer, her feeding plan and her follow-up appointments."),
        ("p", "Decision 9. Claire Sowerby (HV) will visit Ruby at her placement within 5 days of discharge "
              "and weigh her, then weekly for 6 weeks; weights will be plotted in the red book and sent to "
              "the SW after each visit."),
        ("p", "Decision 10. Joan Pacey (IRO) will chair Ruby's looked-after review on the ward on 15/05/2025 "
              "and send the review record to the SW within 15 working days."),
        ("h1", "5. Contingency"),
        ("p", "If Leanne arrives on the ward under the influence of drugs or alcohol, or tries to take Ruby "
              "off the ward, ward staff will call security and the police on 999, and the SW (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day; Leanne's "
              "visits will then be supervised by a nurse at all times. If Leanne withdraws her section 20 "
              "agreement and asks to take Ruby home, the SW will get legal advice the same day and request "
              "an urgent legal planning meeting, so that an application for an emergency protection order "
              "can be made if needed."),
        ("p", "If Sandra cannot keep visiting or her assessment is negative, Ruby will be discharged to the "
              "foster carer identified by Kirsty Dawes, and the fostering team will offer Sandra supervised "
              "time with Ruby at the Ovingmoor Family Centre twice a week."),
        ("h1", "6. Legal planning"),
        ("p", "If Leanne's urine screens are not clear of heroin by the core group on 03/06/2025, or the ODAS "
              "assessment says she cannot stay off heroin in a timescale that fits Ruby, the team manager "
              "will request a legal planning meeting to decide whether to start pre-proceedings (PLO)."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group: every 2 weeks while Ruby is on the ward, then every 4 weeks – next 20/05/2025 and "
            "03/06/2025 (Ward 4, or the placement if Ruby has been discharged), then 01/07/2025.",
            "Looked-after review: 15/05/2025, Ward 4 (chair: Joan Pacey, IRO).",
            "Review child protection conference: 15/07/2025, 10am, Ovingmoor Civic Offices.",
        ]),
        ("p", "Minutes taken by Gail Fenwick, business support, and agreed by the chair on 07/05/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review plan as a typed numbered outline (1 / 1.1 / a)) with labelled
#    Who / When / Evidence lines (pdf, header and page footer on every page).
#    A few realistic faults.
# ---------------------------------------------------------------------------
_blocks_4 = [
    ("title", "Child Protection Plan – Review"),
    ("kv", [
        ("Children", "Ellis Hartigan (14), Oxenwray Academy, Year 9; Maisie Hartigan (6), Fernlea Primary, "
                     "Year 1"),
        ("Parents", "Donna Hartigan (mum) and Carl Hartigan (dad), 41 Tanpit Lane, Oxenwray"),
        ("Review conference", "22/04/2025 – plan continues, category neglect"),
        ("Social worker", "Natalie Rusk, Oxenwray Family Safeguarding Team"),
    ]),
    ("h1", "Progress since the initial conference"),
    ("p", "Carl still drinks most evenings, usually four to six cans, and twice in March he fell asleep "
          "downstairs with the chip pan on. He has been to two Oxenwray Alcohol Service appointments out of "
          "five. Donna has anxiety and low mood; she has been on the Talking Therapies waiting list since "
          "January and now has a start date. Maisie's attendance has risen to 91% since her paternal "
          "grandmother, Jean, started taking her to school, but Ellis's is 78% and he has been late 19 times. "
          "There have been no police call-outs since January."),
    ("h1", "What Ellis and Maisie have said"),
    ("p", "Ellis (seen alone, 10/04/2025) said things are \"a bit better\" and that Dad is \"alright till "
          "about eight\". He said he stays up until Dad has gone to bed \"to check the cooker\", which is why "
          "he can't get up for school. He wants to go to Nan's more. Maisie said she likes Nan's spaghetti and "
          "her new reading book, and that \"Daddy's cans are smelly\"."),
    ("h1", "The plan"),
    ("mlist", [(0, "Safe at home")]),
    ("pi", "Outcome: Ellis and Maisie are cared for by a sober adult every evening and Ellis no longer stays "
           "up to check that the house is safe."),
    ("mlist", [
        (1, "Home visits, planned and unannounced, seeing Ellis and Maisie on their own"),
        (2, "Who: SW Natalie Rusk"),
        (2, "When: every two weeks, one visit in three unannounced"),
        (2, "Evidence: visit records show both children seen alone and what they said"),
        (1, "Carl to attend Oxenwray Alcohol Service and give a breath test at each appointment"),
        (2, "Who: Carl Hartigan"),
        (2, "When: weekly from 28/04/2025"),
        (2, "Evidence: breath test results sent to the SW each month by the OAS key worker"),
        (1, "Assessment of Carl's drinking and his readiness to change"),
        (2, "Who: OAS key worker Rob Tiernan"),
        (2, "When: by 30/05/2025"),
        (2, "Evidence: –"),
        (1, "Evening safety plan for the nights Dad has been drinking"),
        (2, "Who: Family"),
        (2, "When: every evening"),
        (2, "Evidence: Ellis can tell the SW who turns off the cooker and who he rings"),
    ]),
    ("mlist", [(0, "Health and feelings")]),
    ("pi", "Outcomes: Maisie's health needs are met; Ellis has someone to talk to about home. Donna's "
           "anxiety is better managed and she feels more confident as a parent."),
    ("mlist", [
        (1, "Weekly CBT sessions for Donna for her anxiety and low mood"),
        (2, "Who: Oxenwray Talking Therapies, practitioner Aisha Kerr"),
        (2, "When: weekly, 12 sessions from 07/05/2025"),
        (2, "Evidence: attendance at sessions"),
        (1, "Maisie's dental check and eye test"),
        (2, "Who: Donna Hartigan"),
        (2, "When: by 31/05/2025"),
        (2, "Evidence: dentist's and optician's letters copied to the SW"),
        (1, "Ellis to be offered counselling in school"),
        (2, "Who: school counsellor, Oxenwray Academy (Mr Dev Sandhu)"),
        (2, "When: ongoing"),
        (2, "Evidence: counsellor's log of sessions Ellis attends"),
        (1, "Donna to see the GP about her medication"),
        (2, "Who: Donna Hartigan"),
        (2, "When: by 09/05/2025"),
        (2, "Evidence: reviewed at core group"),
    ]),
    ("mlist", [(0, "School and routines")]),
    ("pi", "Outcome: Maisie is in school by 8.50am every day and Ellis's attendance is above 90% by the "
           "summer half term."),
    ("mlist", [
        (1, "Walk Maisie to school on Mondays, Wednesdays and Fridays"),
        (2, "Who: PGM Jean Hartigan"),
        (2, "When: Mon, Wed and Fri from 28/04/2025"),
        (2, "Evidence: register shows Maisie in by 8.50am"),
        (1, "Tea and homework at Nan's house on Tuesdays and Thursdays"),
        (2, "Who: PGM Jean Hartigan"),
        (2, "When: every Tuesday and Thursday, 3.30pm to 7pm"),
        (2, "Evidence: Jean's diary, signed by Ellis, seen by the SW at each visit"),
        (1, "Attendance and lateness for both children to be emailed to the SW"),
        (2, "Who: –"),
        (2, "When: every Friday"),
        (2, "Evidence: weekly figures on file; Ellis late no more than once a week"),
        (1, "Morning routine work with Donna and Carl (six sessions)"),
        (2, "Who: FSW Kelly Anstey"),
        (2, "When: weekly from 01/05/2025"),
        (2, "Evidence: routine chart on the fridge; Ellis in school by 8.40am on 4 of 5 days"),
    ]),
    ("h1", "Contingency"),
    ("p", "If Carl is found drunk while he is the only adult caring for the children, or Ellis rings to say "
          "Dad has been drinking and the cooker has been left on, Donna will ask Carl to leave for the night "
          "and Ellis and Maisie will go to Jean's. The SW (or the emergency duty team out of hours) will "
          "visit the same day and a strategy discussion will be held within 24 hours."),
    ("h1", "Review arrangements"),
    ("p", "Core group every 4 weeks: 06/05/2025, 03/06/2025 and 01/07/2025, 4pm at Fernlea Primary. Review "
          "child protection conference: 22/07/2025, 1.30pm, Oxenwray County Hall."),
    ("p", "If Carl's breath tests are not clear, or the children have been found with him drunk again, by "
          "the core group on 03/06/2025, the SW will ask the team manager for a legal planning meeting."),
]

PLANS.append({
    "name": "b12_oxenwray_numbered_outline_review_hartigan.pdf",
    "doc_title": "Review Child Protection Plan - Ellis and Maisie Hartigan",
    "split": "tune",
    "template": "typed-numbered-outline-who-when-evidence-paged",
    "description": (
        "Review plan for two children (father's drinking, mother's anxiety) as a numbered outline: "
        "theme (1), action (1.1) and a) Who b) When c) Evidence lines, with an Outcome line under each "
        "theme; header and 'page N of M' footer on every page. An assessment with a '–' evidence line, "
        "'Family' as owner, Talking Therapies only treating, 'ongoing', 'reviewed at core group', a '–' "
        "owner, an adult-only outcome, and grandmother's help with no fallback in the contingency."
    ),
    "header": "OFFICIAL-SENSITIVE · Oxenwray County Council · Children's Social Care",
    "footer": "Review CP plan – Ellis and Maisie Hartigan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _blocks_4,
    "findings": [
        F("M001", "Assessment of Carl's drinking and his readiness to change"),
        F("W002", "Evening safety plan for the nights Dad has been drinking"),
        F("H001", "Weekly CBT sessions for Donna for her anxiety and low mood"),
        F("F002", "Donna's anxiety is better managed and she feels more confident as a parent"),
        F("T002", "Ellis to be offered counselling in school"),
        F("M002", "Donna to see the GP about her medication"),
        F("W001", "Attendance and lateness for both children to be emailed to the SW"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. "My plan" written by a 13-year-old with his social worker, first person,
#    Who | What | When | How I'll know table (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_orrelford_my_plan_by_kian_ashdown.md",
    "split": "tune",
    "template": "plan-written-by-child-who-first-table-md",
    "description": (
        "Exemplary plan written by a 13-year-old young carer with his social worker, in his own words "
        "(father's drinking and type 1 diabetes with hypos; 7-year-old sister). 'Who' is the first column, "
        "measures in everyday language ('Nan texts Zara'); alcohol service and diabetes nurse own actions "
        "and the alcohol service reports on whether Dad can stop; Nan's and Uncle Jason's help has a "
        "fallback; meeting dates and the legal planning meeting explained by the child."
    ),
    "text": """\
# My plan – by Kian Ashdown (13)

*Orrelford City Council Children's Services – child protection plan. I wrote this with Zara
Mensah, my social worker, after the conference on 18 March 2025. The grown-ups at the
conference agreed it. Category: neglect.*

**Me:** Kian Ashdown, 13, Year 8 at Orrelford Park School
**My sister:** Poppy Ashdown, 7, Year 2 at Hollin Lane Primary
**We live with:** Dad (Lee Ashdown), 9 Sandpiper Close
**My Nan:** Brenda Ashdown (Dad's mum), Cobb Street
**My social worker:** Zara Mensah, Orrelford North Safeguarding Team

## Why I have a plan

Dad has type 1 diabetes. When he drinks he forgets to eat and check his sugar,
and twice this year he had a hypo and I couldn't wake him up. The first time
(4 January) I rang 999 and the paramedics came. The second time (21 February)
Poppy found him on the kitchen floor before school and I gave him the sugary
drink and rang Nan. I missed school both days. Dad drinks cider most nights
after work. Sometimes there isn't much food in, and I make Poppy's tea and pack
her bag.

## What is going OK

- Dad is a good dad when he is sober. He takes us fishing and he never hits us.
- Dad went to his GP himself after the second hypo and has an appointment with
  Fresh Tide (the alcohol service).
- Nan has us on Saturdays and she is always there if I ring her.
- Poppy loves school and she has lots of friends.

## What I think and feel

I don't want to go into care and I don't want Dad to get into trouble. I want
him to stop drinking so I don't have to listen for him at night. I'm scared of
finding him again. I'm tired in the mornings and I got a detention for being
late, which wasn't fair. I'd like to go back to football training on Wednesdays.
I want someone to show Poppy what to do if Dad goes funny, so it isn't only me.

Poppy told Zara she likes "when Daddy makes pancakes" and that she is "a bit
scared of the floor in the kitchen now". She wants Nan to do her hair for school.

## What I want to be different (my outcomes)

1. Me and Poppy are looked after by a grown-up who is sober and safe every night.
2. I don't have to be the one who finds Dad or rings 999.
3. Poppy gets to school on time every day with breakfast and a packed lunch.
4. I get to school on time, catch up, and go back to football.

## Who is going to do what

| Who | What they are going to do | When | How I'll know it's happening |
|---|---|---|---|
| Zara (my social worker) | Come and see me and Poppy at home, and talk to me on my own | Every 2 weeks, and one visit a month that isn't booked | Zara writes down what I said and reads it back to me at the next visit |
| Dad | Go to Fresh Tide every Thursday and do a breath test, so he is sober when he looks after me and Poppy | Every Thursday from 20 March | Fresh Tide send Zara the breath test results every week, and they should all say zero |
| Sam Okafor (Dad's worker at Fresh Tide) | Do a full assessment of Dad's drinking and write a report on whether he can stop and how long it will take | Report by 22 April | Zara gets the report before the core group on 24 April and tells me what it says |
| Gillian Oakes (Dad's diabetes nurse, Orrelford Royal Hospital) | Fit Dad with a sugar sensor that sends a hypo alarm to his phone and to mine, and see him in clinic | Sensor by 4 April, then clinic every month | The alarm comes up on my phone when I test it with Gillian; she sends Zara how many hypos Dad has had each month |
| Dad and Gillian | Teach me and Poppy what to do if Dad has a hypo | By 11 April | Me and Poppy can show Zara where the glucose gel is and say when to ring 999 |
| Nan | Have me and Poppy every Saturday, and have us to stay the same night if I ring her because Dad has been drinking | Every Saturday, and the same night if I ring | Nan texts Zara every Sunday to say if we stayed, and why |
| Uncle Jason (Dad's brother) | Walk Poppy to school on the mornings Dad starts work at 7 | Mondays and Wednesdays from 24 March | Poppy's register shows her in school by 8.50 |
| Mr Daley (my head of year) | See me every Monday in form time, give me a time-out card, and let Zara know if I say something worrying | Every Monday from 24 March | Mr Daley writes down each check-in; my lates go down to less than one a week |
| Mrs Kaur (safeguarding lead at Poppy's school) | Ring Zara the same day if Poppy comes in hungry, without her lunch or says something worrying | The same day | Zara's notes show the date of the call and what was done |
| Becky (Orrelford Young Carers) | Do my young carers assessment and give me a place at the Tuesday club | Assessment by 30 April | I go to the club on Tuesdays and Becky sends Zara my young carers plan |
| Dad | Take me back to football training and pay my subs | Every Wednesday from 26 March | I'm on the team sheet for the next home match |

## If it goes wrong

If Dad has been drinking when he is looking after us, or he has a hypo and I
can't wake him, I will ring 999 first if he needs an ambulance, and then ring Nan.
Nan will come and get me and Poppy and we will stay at her house that night.
Zara (or the out-of-hours social worker) will come and see us the same day and
have a strategy meeting with the police and school that day.

If Nan can't have us (she works nights at the care home on Thursdays), Uncle
Jason will come instead, and we will stay at his flat on Mill Lane. If neither
of them can have us, me and Poppy will stay together with foster carers that
night. Zara promised we would not be split up. If Uncle Jason can't do the
school walks, Poppy will go to breakfast club at Hollin Lane from 8am (Zara has
booked it as a back-up).

## When people will check my plan

- The core group (Dad, Nan, Zara, Mr Daley, Mrs Kaur, Sam and Gillian) meets every
  4 weeks: 27 March, 24 April and 22 May 2025, at 4pm at Hollin Lane Primary.
  I can go to the first part.
- The review conference is on 12 June 2025 at 2pm at Orrelford Civic Centre.
  I'm going to go to the first half and Zara will help me write what I want to say.

## If things don't change

If Dad's breath tests are not all zero by the core group on 22 May, or I have to
ring 999 again because of his drinking, Zara's manager will ask for a legal
planning meeting. Zara explained that is a meeting with the council's lawyer to
decide whether they need to go to court to keep me and Poppy safe. She said she
would tell me first, before it happens.

Signed: Kian Ashdown          Zara Mensah (SW)          Lee Ashdown (Dad)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group update with actions as bold bullets and who / when / "we'll
#    know" sub-bullets; family moving to another authority (md). A few
#    realistic faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_ousterby_action_subbullets_finnegan.md",
    "split": "tune",
    "template": "bold-action-bullets-who-when-sub-bullets-md",
    "description": (
        "Core group update for an 8-year-old and a baby (mother's partner's cannabis use, one domestic "
        "abuse incident) whose family is moving to another authority. Each action is a bold bullet with "
        "'who', 'when' and 'we'll know' sub-bullets. 'Everyone' as owner, a missing 'when', 'engagement', "
        "an empty 'we'll know', two actions left to the new authority, 'as and when' with 'improvement', a "
        "contingency that only considers a discussion, no legal step, review conference left to the new "
        "authority."
    ),
    "text": """\
# Ousterby Council – Children's Social Care

## Child protection plan – core group update (core group 3, 10/04/2025)

**Children:** Jayden Finnegan (8), Ousterby Road Primary; Ava Finnegan (7 months)
**Mum:** Kerry Finnegan (24)
**Ava's dad / Kerry's partner:** Dale Moss (27) – lives at the flat most nights
**Plan since:** ICPC 30/01/2025 – category emotional abuse
**Social worker:** Leah Pritchard

> Kerry has accepted a housing association tenancy in Marchfield (near her mum)
> and the family expect to move on or around 12/05/2025. The SW has told Marchfield
> Children's Services and will send the transfer request once the move date is fixed.

### What we are worried about

Dale smokes cannabis every day, including in the flat. On 02/02/2025 police were
called after Dale and Kerry argued and Dale punched the bedroom door while Kerry
was holding Ava. Jayden has told school he "hides under the covers" when they shout.
Jayden is tired at school and his attendance is 88%. Ava is gaining weight well.

### What Jayden and Ava have told us

Jayden (seen alone at school 03/04/2025) said he is "excited and a bit sad" about
moving, because he will miss his best friend Kobi. He said the flat "smells of
Dale's smoke" and it makes him cough at night. He wants "no more shouting" and for
Nanna in Marchfield to come round a lot. Ava was observed at home to smile and
babble at Kerry, to reach for her bottle and to settle in her cot.

### What we want for Jayden and Ava

- Jayden and Ava live in a home with no shouting or violence and no cannabis smoke.
- Jayden sleeps well, is in school every day and has someone to talk to about his worries.
- Ava keeps gaining weight and reaching her milestones.

### Actions

**Keeping Jayden and Ava safe**

- **SW visits to see Jayden and Ava at home, with Jayden seen on his own**
  - who: SW Leah Pritchard
  - when: every 2 weeks until the Marchfield transfer-in conference
  - we'll know: visit notes show Jayden seen alone and Ava's sleeping space checked
- **Tell the SW the same day if Dale comes to the flat after using cannabis**
  - who: everyone
  - when: same day
  - we'll know: calls logged on Jayden and Ava's file
- **Cannabis assessment for Dale and a plan for him to stop smoking around the children**
  - who: Dale's key worker at Ousterby Drug and Alcohol Service (Marcus Peel)
  - we'll know: assessment report and monthly drug screen results sent to the SW
- **Domestic abuse work with Kerry on the Freedom Programme**
  - who: Kerry, with Ousterby Domestic Abuse Service
  - when: Thursdays, 12 weeks from 17/04/2025
  - we'll know: engagement

**Jayden at school**

- **Daily check-in with Jayden at the start of the school day**
  - who: learning mentor Mrs Tasneem Gill
  - when: every school day from 14/04/2025
  - we'll know:
- **Referral to CAMHS for Jayden's sleep and worries, to be made by Marchfield once the family have moved**
  - who: Marchfield Children's Services
  - when: after the move
  - we'll know: CAMHS appointment letter copied to the SW

**Ava's health**

- **Ava's 9-month development review and hearing check**
  - who: HV Dee Brennan
  - when: on hold until the family moves, then Marchfield health visiting team
  - we'll know: ASQ-3 scores shared with the SW
- **Weigh Ava and check her feeding and sleep routine**
  - who: HV Dee Brennan
  - when: every 2 weeks at Ousterby Road clinic
  - we'll know: weight plotted in the red book and emailed to the SW

**Home**

- **Help Kerry with budgeting and getting the flat ready for the move**
  - who: FSW Kayleigh Oduya
  - when: as and when needed
  - we'll know: improvement

### Contingency

If there are further concerns about Dale's cannabis use or any more arguments, a
strategy discussion will be considered and the plan will be reviewed at core group.

### Next meetings

- Core group: monthly – next 08/05/2025, 4pm, Ousterby Road Primary.
- Review child protection conference: to be arranged by Marchfield after transfer.
""",
    "findings": [
        F("W002", "Tell the SW the same day if Dale comes to the flat"),
        F("T001", "Cannabis assessment for Dale and a plan for him to stop"),
        F("M002", "Domestic abuse work with Kerry on the Freedom Programme"),
        F("M001", "Daily check-in with Jayden at the start of the school day"),
        F("X001", "Referral to CAMHS for Jayden's sleep and worries"),
        F("X001", "Ava's 9-month development review and hearing check"),
        F("T002", "Help Kerry with budgeting and getting the flat ready"),
        F("M002", "Help Kerry with budgeting and getting the flat ready"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Fixed-width case-system print: objectives, numbered actions with the
#    owner, target and evidence on the lines underneath, heavy abbreviations;
#    family may move to another authority but nothing waits for it (txt).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b12_ollerthwaite_case_system_next_line_quayle.txt",
    "split": "tune",
    "template": "case-system-print-owner-on-next-line",
    "description": (
        "Exemplary review CP plan print for two children (domestic abuse; mother's low mood) from a "
        "case system: objectives in capitals, numbered actions with '> RESP / TGT / EVID' on the lines "
        "underneath, heavy abbreviations (SW, MGM, IDVA, CG, RCPC, wkly). Police, IDVA, GP and contact "
        "centre own actions; MGM's help has a named fallback; a possible move to another authority is "
        "planned for with every action continuing until the transfer-in conference."
    ),
    "text": """\
OLLERTHWAITE METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SERVICES
CareFile 4.2 | Form: CPP-REV | CHILD PROTECTION PLAN (REVIEW)
Printed 24/04/2025 11:47 by ABEGUM                              Page 1
======================================================================
CHILDREN   Amber QUAYLE  DOB 03/08/2014 (10y)  ID 30291177
           Leo QUAYLE    DOB 21/01/2019 (6y)   ID 30291178
MOTHER     Shona QUAYLE, 14 Calder Row, Ollerthwaite
FATHER     Ryan DOYLE (not in household; non-molestation order to
           09/2025)
PLAN       CP - review (RCPC 22/04/2025)      CATEGORY  Emotional abuse
SW         Asma Begum, Ollerthwaite South CP Team   TM  Graham Hollis
======================================================================

[A] SUMMARY OF CONCERNS
  Ryan was violent to Shona on 3 occasions Oct 24 - Jan 25, twice in
  front of Amber and Leo (last: 11/01/25, strangulation, police
  attended). NMO granted 30/01/25. Ryan has texted Shona twice since,
  reported to police. Shona has low mood since the assault and some
  mornings cannot get the children to school (Leo late 14x this term).

[B] PROGRESS SINCE ICPC
  No incidents at the home since 11/01/25. Shona has done 8 IDVA
  sessions, has a safety plan and rang police herself when Ryan
  texted. Supervised contact with Ryan at the contact centre has gone
  well (6 sessions). Shona saw GP 03/04/25, started sertraline.
  Shona may move to Keldmoor (her sister's area, another LA) in the
  summer - see [F].

[C] CHILDREN'S VIEWS / LIVED EXPERIENCE
  Amber (seen alone 15/04/25): "I still listen for the door at night."
  Feels safer since "the order thing". Wants to keep seeing Dad "but
  only at the centre". Worries about Mum "being sad in bed". Would like
  to go to Nan's more and to stay at St Aldric's if they move.
  Leo (seen with Amber, then alone): drew Dad "in the box" (the
  contact centre) and said "Daddy's nice there". Says he's "the boss
  of the alarm button". Contact centre notes Leo runs to Ryan and is
  upset for ~10 min at the end of each session, then settles.

[D] OBJECTIVES AND ACTIONS

OBJ 1  AMBER AND LEO LIVE SAFELY WITH MUM, FREE FROM RYAN'S
       VIOLENCE, AND ARE NOT FRIGHTENED AT HOME
  1.1  Home visits; see Amber and Leo alone; test door alarm
       > RESP: SW A Begum
       > TGT:  every 10 working days (next 29/04/25), 1 in 3 unannounced
       > EVID: visit recs show both children seen alone; alarm
               tested + logged at each visit
  1.2  Fit police-linked panic alarm + doorbell camera, 14 Calder Row
       > RESP: Ollerthwaite Police DA Unit (PC Dan Hurst)
       > TGT:  by 02/05/25
       > EVID: fitting confirmed by email to SW; marker on address
  1.3  IDVA sessions with Shona; update safety plan incl. what she
       tells the children and where the spare key is kept
       > RESP: IDVA Kiran Shah, Ollerthwaite DA Service
       > TGT:  wkly to 30/06/25; updated safety plan by 09/05/25
       > EVID: safety plan signed by Shona, copy to SW; Amber can name
               her 3 safe adults when asked by SW
  1.4  Supervised contact between Ryan and the children
       > RESP: Contact centre supervisor Maureen Kelly
       > TGT:  alternate Sats 10:00-12:00
       > EVID: contact recs to SW within 2 working days, incl. how
               Amber and Leo were before, during and after
  1.5  Ryan to complete the Change Ahead DA perpetrator programme
       > RESP: Ryan Doyle; facilitator Jo Brett (Change Ahead)
       > TGT:  24 wks from 13/05/25
       > EVID: attendance sent to SW monthly; mid-point report to CG
               by 05/08/25

OBJ 2  AMBER AND LEO ARE GOT UP, FED AND TAKEN TO SCHOOL ON TIME BY
       A MUM WHO IS WELL ENOUGH TO CARE FOR THEM
  2.1  GP review of Shona's low mood + sertraline; tell SW of any
       change affecting her care of Amber and Leo
       > RESP: GP Dr P Okafor, Calder Row Surgery
       > TGT:  monthly, first by 09/05/25
       > EVID: GP letter to SW before each CG
  2.2  Collect Amber + Leo from school Tue/Thu and give them tea
       > RESP: MGM Irene Quayle
       > TGT:  every Tue + Thu from 22/04/25
       > EVID: school sign-out sheet shows Irene collected them
  2.3  Amber + Leo stay overnight at MGM's alternate Fridays
       > RESP: MGM Irene Quayle
       > TGT:  alternate Fris from 25/04/25
       > EVID: Irene texts SW each Sat am; children tell SW about it
  2.4  Morning routine work at home (6 sessions)
       > RESP: FSW Tom Lomax
       > TGT:  wkly x6 from 28/04/25
       > EVID: routine chart on fridge; Leo in school by 08:50 on
               9 of every 10 days (school register)

OBJ 3  AMBER AND LEO CAN TALK ABOUT WHAT HAPPENED AND GET HELP WITH
       THEIR FEELINGS
  3.1  Wkly check-in with Amber in school
       > RESP: DSL Mrs Rachel Pickup, St Aldric's Primary
       > TGT:  every Monday from 28/04/25
       > EVID: check-in log; any worry passed to SW same day and
               logged on CareFile
  3.2  Refer Amber + Leo to Little Lanterns children's DA recovery
       group
       > RESP: SW A Begum
       > TGT:  referral by 02/05/25; group starts 04/06/25
       > EVID: places confirmed in writing; attendance sent to SW
               after every 4 sessions
  3.3  Leo: SENCO to set up nurture time for his outbursts after
       contact weekends
       > RESP: SENCO Mr Neil Ashworth, St Aldric's Primary
       > TGT:  3 x 20 min per week from 28/04/25
       > EVID: behaviour log shows fewer than 2 incidents a week by
               the CG on 24/06/25

OBJ 4  AMBER AND LEO KEEP THE SAME PROTECTION AND HELP IF THEY MOVE
  4.1  Tell Keldmoor CS about the planned move; send case summary,
       this plan and chronology
       > RESP: SW A Begum with TM Graham Hollis
       > TGT:  within 5 working days of a tenancy date being offered
       > EVID: Keldmoor confirm receipt in writing and give a date
               for their transfer-in conference

[E] CONTINGENCY
  TRIGGER:  Ryan comes to 14 Calder Row or contacts Shona, Amber or
            Leo outside supervised contact; OR Shona lets Ryan into
            the home.
  RESPONSE: Shona presses the alarm / rings 999; police attend. The
            children stay with MGM Irene Quayle that night. SW (EDT
            out of hours) holds a strategy discussion the same day;
            contact centre sessions are suspended until it has met.
  IF MGM CANNOT HELP: Irene has a hip operation booked for June.
            If she cannot collect the children or have them, Shona's
            friend Mel Grady (checked by SW 10/04/25) collects from
            school on Tue/Thu and St Aldric's after-school club has
            places held for both children. If Irene cannot have them
            after an incident, they stay together with emergency
            foster carers that night.

[F] POSSIBLE MOVE TO KELDMOOR
  Ollerthwaite keeps this plan and every action above continues
  unchanged until Keldmoor hold their transfer-in conference. The
  SW will keep visiting every 10 working days until then, including
  after the move.

[G] CORE GROUP / REVIEW
  CG:    every 4 wks - 29/04/25, 27/05/25, 24/06/25, 16:00, St Aldric's
  RCPC:  15/07/25 10:00, Ollerthwaite Town Hall, Room 3

[H] LEGAL PLANNING
  If Shona lets Ryan back into the home, or Ryan breaches the NMO and
  the children are present, the SW will request a legal planning
  meeting within 5 working days. If by the CG on 24/06/25 Leo is still
  late on more than 2 days a week, TM will request a legal planning
  meeting to consider the PLO.

----------------------------------------------------------------------
END OF REPORT                                              Page 1 of 1
""",
    "findings": [],
})
