"""Batch 55, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: who does what, written every way practitioners write it - owner
columns headed in unusual words ("Lead", "Whose job", "Person responsible",
"Agency / worker"), the owner split from the people who help ("Lead" and
"Supported by"; "Lead agency" and "Named worker", with one of the two left
blank or "tbc" on some rows), initials and abbreviated roles (SW, HV, DSL,
FSW, ISW, YOT, MASH) explained in a key, owners named at the start of a
sentence or bullet, owners in a heading that governs the bullets under it,
"we" in a family-voice plan that says who "we" are, team names and named
workers within agencies. In the four plans with faults: actions with no
owner (a blank cell, a passive sentence), collective owners ("All of us",
"Core group", "Family", "Family network", "Professionals", "Multi-agency",
W002), and relatives carrying the plan with no fallback in the contingency
(C003) where the conventions say so. Three plans are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan with "Lead" and "Supported by" columns, the
#    outcome merged down beside each group of actions (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_carrowmere_icpc_lead_supported_by_merged_outcome_pereira.docx",
    "doc_title": "Child Protection Plan - Ruby and Teo Pereira",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-docx-landscape-kv-details-then-outcome-merged-down-what-needs-to-happen-lead-supported-by-by-when-how-well-know",
    "description": (
        "Initial conference plan for a 9-year-old and a 4-year-old whose mother has bipolar disorder "
        "(relapse and informal admission in the summer). Landscape table: Outcome (merged down over each "
        "group of actions, four real Word merges) | What needs to happen | Lead | Supported by | By when | "
        "How we'll know. The owner is always in 'Lead'; 'Supported by' holds helpers and is '–' on three "
        "rows. Leads are named workers with abbreviated roles (SW, HV, DSL, FSW), a team and worker "
        "(Carrowmere Adult Mental Health Team), a nursery manager, Mum, her partner and the grandmother. "
        "The AMHT reports on capacity to change; the contingency covers the grandmother's Friday nights; "
        "dates and legal step set. Exemplary."
    ),
    "check_vmerge": 4,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Carrowmere Metropolitan Borough Council · Children's Services · Safeguarding Team South"),
        ("kv", [
            ("Children", "Ruby Pereira (9), Year 4, Holm Lane Primary; Teo Pereira (4), Little Oaks Nursery, "
                         "five mornings a week"),
            ("Mother", "Marta Pereira (35)"),
            ("Mother's partner", "Liam Cox (38), Teo's father; lives at the address and works days at "
                                 "Brindley's Builders' Merchants"),
            ("Maternal grandmother", "Helena Sousa, 14 Weir Street, Carrowmere (ten minutes' walk)"),
            ("Address", "22 Ashgrove Close, Carrowmere"),
            ("Conference", "Initial child protection conference, Monday 03/03/2025, Carrowmere Civic Offices"),
            ("Category", "Neglect"),
            ("Social worker", "Dami Adeyemi (SW)"),
            ("Chair", "Rosalind Heap"),
        ]),
        ("h1", "Who's who in this plan"),
        ("p", "SW – Dami Adeyemi, social worker. HV – Grace Mensah, health visitor. DSL – Mrs Shabana Rahman, "
              "designated safeguarding lead, Holm Lane Primary. FSW – Kerry Lund, family support worker, "
              "Carrowmere Family Hub. AMHT – Carrowmere Adult Mental Health Team (care coordinator Joel "
              "Whitby; consultant psychiatrist Dr Farah Quinn). GP – Dr Owen Pryce, Weir Street Surgery."),
        ("h1", "Why we are worried"),
        ("p", "Marta has bipolar disorder. In June 2024 she stopped taking her lithium, became unwell and spent "
              "three weeks as an informal patient on Beech Ward. While she was unwell Ruby, then 8, got Teo up, "
              "dressed and fed him for several days before a neighbour rang the police. Since the autumn "
              "Ruby has been late for school 22 times and Teo has missed 31 nursery sessions. In January Marta "
              "missed two lithium blood tests and told the GP she was \"not sleeping at all\". Liam works full "
              "days and has not always known when Marta is becoming unwell."),
        ("h1", "What is going well"),
        ("p", "Marta is back on her lithium and has been seeing her care coordinator. She and Liam came to "
              "conference together and agreed with most of what was said. The children are warm, clean and "
              "well dressed, and the house is tidy. Helena sees the children most days and has offered to help."),
        ("h1", "What Ruby and Teo have told us and shown us"),
        ("p", "Ruby (seen alone at school on 24 February): \"When Mum is poorly she stays in bed and I make "
              "Teo's breakfast. I'm good at toast.\" She said she worries about Mum \"every day at school\" and "
              "sometimes pretends to be ill so she can stay home and check on her. She would like \"Liam to "
              "know when Mum is getting poorly so it isn't my job\". She scored home 6 out of 10."),
        ("p", "Teo talks in short sentences. At nursery he is lively and loves the sand tray, but staff say he "
              "is often hungry when he arrives late and clings to Ruby at the door. At the home visit on 26 "
              "February he showed the SW his bed and said \"Ruby reads me\"."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for Ruby and Teo", "What needs to happen", "Lead", "Supported by", "By when",
                       "How we'll know"],
            "widths": [3.9, 7.0, 3.8, 3.1, 3.4, 4.5],
            "rows": [
                ["1. Ruby and Teo are looked after every day by an adult who is well enough to get them up, "
                 "fed and to school and nursery on time.",
                 "Write a family safety plan with Marta and Liam: the early signs that Marta's mood is "
                 "changing and what Liam, Helena and the AMHT each do about each sign",
                 "SW",
                 "Joel Whitby (AMHT); Marta and Liam",
                 "By 21/03/2025",
                 "Signed family safety plan, with copies to Liam, Helena, Joel Whitby and the DSL"],
                [V,
                 "See Marta at home every two weeks, check her lithium levels are being taken, and assess "
                 "whether she is making the changes needed to care safely for Ruby and Teo and how long that "
                 "is likely to take",
                 "Joel Whitby, care coordinator, AMHT",
                 "Dr Farah Quinn, consultant psychiatrist",
                 "Fortnightly from 10/03/2025; written report before each core group",
                 "Written report to the SW, read at every core group"],
                [V,
                 "Take lithium every evening and go for each blood test on the day it is booked",
                 "Marta",
                 "GP Dr Owen Pryce",
                 "Daily; next blood test 25/03/2025",
                 "GP confirms in writing to the SW that each test was done and the level was in range"],
                [V,
                 "Do the school run and the nursery drop-off on any morning Marta is not up by 7.30am, and text "
                 "the SW if that happens on three mornings in one week",
                 "Liam",
                 "–",
                 "Every school day",
                 "Registers show Ruby in by 8.50am and Teo in by 9.15am; the SW keeps Liam's texts on file"],
                ["2. Ruby is a 9-year-old, not a young carer: she does not look after Teo or Mum, and has time "
                 "to play, see friends and do her homework.",
                 "Young carer's assessment with Ruby, looking at the jobs she does at home and what she would "
                 "like help with",
                 "Nadia Bell, Carrowmere Young Carers",
                 "DSL",
                 "By 11/04/2025",
                 "Written assessment sent to the SW and read through with Ruby in words she understands"],
                [V,
                 "See Ruby on her own in school, using her 'my week' sheet, and ask her who got Teo ready each "
                 "morning",
                 "SW",
                 "DSL",
                 "Every two weeks",
                 "'My week' sheets on file; Ruby's own words in the visit record"],
                [V,
                 "Check in with Ruby first thing every Monday and let her phone home at lunchtime if she is "
                 "worried about Mum",
                 "DSL",
                 "Mr Aidan Doyle, Ruby's class teacher",
                 "Every Monday in term time",
                 "Check-in log emailed to the SW every Friday"],
                ["3. Teo is healthy, his development is on track and he goes to every nursery session.",
                 "Teo's developmental review at home, with an ASQ-3 and a look at his speech",
                 "HV",
                 "FSW",
                 "By 21/03/2025",
                 "ASQ-3 scores shared with the SW and nursery; speech referral made if he scores below the "
                 "cut-off"],
                [V,
                 "Ring Marta by 10am if Teo is not in, and tell the SW the same day if nobody can be reached",
                 "Sue Tait, manager, Little Oaks Nursery",
                 "–",
                 "Every nursery session",
                 "Attendance sheet sent to the SW every Friday"],
                [V,
                 "Take Teo to the dentist for the check-up he missed in November",
                 "Marta",
                 "FSW",
                 "By 30/04/2025",
                 "Dental appointment card seen by the FSW"],
                ["4. Home is calm and predictable, and both children know who to go to if Mum becomes unwell.",
                 "Make a safety card with Ruby: who to call if Mum is unwell (Liam, Nana Helena, the SW, 999), "
                 "with a copy on the fridge and one in her book bag",
                 "SW",
                 "Marta",
                 "By 04/04/2025",
                 "Ruby can tell the SW what is on her card; the SW sees the copy on the fridge"],
                [V,
                 "Weekly sessions at home on morning and bedtime routines for both children, with a picture "
                 "chart for Teo",
                 "FSW",
                 "Marta and Liam",
                 "Weekly for 8 weeks from 10/03/2025",
                 "Routine chart on the wall; FSW session notes show the routine followed on at least 5 days "
                 "out of 7"],
                [V,
                 "Have Ruby and Teo to stay every Friday night so that Marta gets a full night's sleep",
                 "Helena Sousa (maternal grandmother)",
                 "Liam drops them off",
                 "Every Friday until the review conference",
                 "Helena's calendar of Friday nights, seen by the SW at each visit"],
                [V,
                 "Visit the home, at least one visit in three unannounced, see both children, and check that "
                 "Marta's tablets are in the locked box",
                 "SW",
                 "–",
                 "Every two weeks",
                 "Visit record says where the children were, what each said and that the box was locked"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Marta misses her lithium for two evenings, misses a blood test, or shows any of the early "
              "signs in the family safety plan (not sleeping for two nights, talking very fast, spending money she "
              "does not have), Liam will ring Joel Whitby (or the AMHT duty line out of hours) that day, take "
              "the next day off work, and care for Ruby and Teo himself; the SW will visit the same day."),
        ("p", "If Marta becomes so unwell that she is admitted to hospital, Ruby and Teo will stay with Helena, "
              "and the SW will hold a strategy discussion the same day. If Helena cannot have the children on a "
              "Friday night or in a crisis (she is ill, or away), Liam will take annual leave to care for them; "
              "if neither Liam nor Helena can, the SW will arrange an emergency foster placement that day."),
        ("p", "If Marta has a second relapse before the review conference, or Ruby is still late or absent on "
              "more than 10 days by the core group on 12/05/2025, the SW will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Holm Lane Primary, 3.30pm: 17/03/2025, 14/04/2025 and 12/05/2025.",
            "Review child protection conference: Wednesday 28/05/2025, 10am, Carrowmere Civic Offices.",
        ]),
        ("p", "Plan typed by Dami Adeyemi (SW) on 04/03/2025 and sent to Marta, Liam, Helena and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family-voice plan written at the family meeting: "we" means Mum and
#    Dad, and every other owner is in the heading over their bullets (md,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_cindlewick_family_voice_we_and_owner_headings_brennan.md",
    "split": "tune",
    "actions": 14,
    "template": "family-plan-md-family-meeting-we-means-mum-and-dad-then-h3-owner-headings-what-grandad-will-do-governing-plain-bullets",
    "description": (
        "Family-voice child protection plan for a 7-year-old and a 2-year-old (father's cocaine use; the "
        "toddler found with a wrap in October), written with the family at a family meeting after the "
        "initial conference. The plan says that 'we' means Mum and Dad; every other owner is in an H3 "
        "heading ('What Grandad Mick will do', 'What Priya, our social worker, will do', 'What Bev at the "
        "Cindlewick Recovery Hub will do') that governs plain bullets with no owner of their own. The "
        "recovery hub reports on change; the safety plan covers Grandad and Auntie Leanne not being able "
        "to help; meeting dates and the legal planning step explained in plain words. Exemplary."
    ),
    "text": """\
# Our Family Plan – Kayden and Evie Brennan

*Cindlewick Borough Council · Children's Social Care · Family Safeguarding Team 2*

We wrote this plan with our social worker, Priya Sandhu, at our family meeting at
Cindlewick Family Hub on Monday 14 April 2025, a week after the child protection
conference. Grandad Mick and Auntie Leanne were there too. It is our child
protection plan, in our words.

**In this plan "we" means us: Shannon (Mum) and Kieran (Dad).** Everybody else is
named.

## Who is in our family

- **Kayden**, 7, in Year 2 at St Wilfrid's Primary
- **Evie**, 2, at home with Shannon
- **Shannon Brennan** (Mum, 26) and **Kieran Brennan** (Dad, 29). We live together at 5 Fenner Walk.
- **Grandad Mick** (Mick Dolan, Shannon's dad) lives on Sheaf Street, five minutes away.
- **Auntie Leanne** (Leanne Brennan, Kieran's sister) lives in Oldbury Road and works mornings.

## Why people are worried

In October Evie was found with a wrap of cocaine on the living room floor after
Kieran had friends round. We took her to A&E and she was fine, but it could have
been much worse. Kieran has been using cocaine at weekends for about two years,
and sometimes with drink. When he has been using he sleeps most of Sunday and
Shannon is left to do everything. Kayden has told his teacher he doesn't like it
when Dad's friends come round "because they're loud and they swear".

## What is going well

- Kieran has not used since 2 March and has had three clear tests at the Recovery Hub.
- The kids are always clean and fed, and Kayden hardly ever misses school.
- Grandad Mick and Auntie Leanne want to help and are round most weeks.
- We both came to every meeting and said what we find hard.

## What Kayden says

Kayden talked to Priya at school on 4 April. He said: "I like it when Dad takes me
to the park on Sundays. I don't like it when his mates come round and it goes on
all night." He gave home a 6 out of 10 and Grandad's a 10 "because he has a dog".
He said he wants "no more parties at our house" and that he wants Dad "to be awake
at the weekends".

## What we see in Evie

Evie is just starting to put two words together ("more juice", "Kay-Kay gone").
She follows Shannon everywhere, and she runs to Kieran when he comes in from work.
Tash, our health visitor, saw her on 2 April and said she was playing well and
came to her for a cuddle after a bit. Evie still puts everything in her mouth, so
what is left lying around matters.

## What we want for Kayden and Evie

- Kayden and Evie live in a home with no drugs in it, and nothing dangerous that Evie could find or swallow.
- Kayden and Evie always have a parent looking after them who is sober and not on drugs.
- Kayden has quiet weekends at home and goes to bed on time, with no parties.
- Evie's speech and development are checked, and she gets a nursery place when she turns 3.

## Who will do what

### What we (Shannon and Kieran) will do

- We will keep every medicine, cleaning bottle and lighter in the locked cupboard in the kitchen from today (14 April), and Priya will see it locked at each visit.
- We will have no parties and no friends round after 8pm, every night until the review conference on 30 June; Priya will ask Kayden at each visit whether anyone came round and write down what he says.
- Kieran will go to the Recovery Hub every Monday at 5.30pm for his key-work session and a drugs test, and the Hub will send Priya his attendance and test results every month.
- Shannon will put Evie's name down by Friday 30 May for a funded nursery place at Little Acorns from when she turns 3, and show Priya the letter that confirms it.

### What Grandad Mick will do

- Have Kayden and Evie at his house every Saturday from 10am to Sunday 12 noon, so we both get a break and Kieran is never in charge on a Saturday night; Grandad will tick each weekend on the calendar in his kitchen, which Priya will look at every month.

### What Auntie Leanne will do

- Pick Kayden up from St Wilfrid's every Wednesday and give him his tea at hers until 6pm; the school's collection book will show that she picked him up.

### What Priya, our social worker, will do

- Come and see us every two weeks, sometimes without telling us first, and talk to Kayden on his own each time; she will write down what he says in her notes.
- Finish the assessment of our family by Friday 30 May and read it through with us before she sends it to the core group.
- Do the "three houses" with Kayden again before the review conference, so we can all see whether home feels better to him; his drawings will go in his file.

### What Tash, our health visitor, will do

- Do Evie's 2-year check at home on Tuesday 6 May, with the ASQ questions, and send the scores to Priya.
- Come once a month after that to weigh Evie, check on her speech and look round the house for anything she could swallow, writing what she finds in Evie's health record.

### What Bev at the Cindlewick Recovery Hub will do

- See Kieran every Monday, test him for drugs and write to Priya before each core group meeting saying whether Kieran is staying off cocaine and whether he is making the changes the kids need.

### What Mrs Ferris at St Wilfrid's will do

- Check in with Kayden every Monday morning about his weekend and ring Priya the same day if he says anything that worries her; each check-in goes in the school's log.

### What Jo at the Family Hub will do

- Do six sessions with us at home on Thursday afternoons from 17 April, on bedtimes and playing with the kids; her notes will say which routines we managed on our own.

## If things go wrong (our safety plan)

- If Kieran uses cocaine or any drug, drinks more than four cans, or has a positive test with Bev, he will go and stay at Leanne's that night. Shannon will ring Priya (or the out-of-hours social work team) and Priya will hold a strategy discussion the same day.
- If Shannon finds any drugs in the house, she will take Kayden and Evie to Grandad Mick's straight away and ring Priya.
- If Grandad Mick cannot have the kids on a Saturday (if he is poorly or away), Kieran will stay at Leanne's from Saturday tea-time to Sunday morning, so Shannon is the only one looking after them. If Leanne cannot pick Kayden up on a Wednesday, Shannon will collect him herself. If neither Grandad Mick nor Leanne can help in an emergency, Priya will arrange for the kids to stay with a foster carer that night.
- If Kieran has two positive tests before the review conference, or we miss more than two of Priya's visits, Priya will ask her manager for a legal planning meeting. This is a meeting with the council's solicitors to decide whether to start the PLO (a formal letter before going to court) or go to court.

## Our meetings

- Core group meeting every 4 weeks at the Family Hub at 10am: Monday 28 April, Tuesday 27 May and Monday 23 June 2025.
- Review child protection conference: Monday 30 June 2025, 1.30pm, Cindlewick Town Hall.

*Signed by Shannon, Kieran, Mick and Leanne on 14 April 2025. Priya sent a copy to
everyone named in this plan.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Exploitation plan for a 14-year-old, one long table with an
#    "Agency / worker" column naming team and worker (paged PDF, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_cresswold_cce_agency_slash_worker_column_fleet.pdf",
    "doc_title": "Child Protection Plan - Callum Fleet",
    "split": "tune",
    "actions": 16,
    "template": "icpc-exploitation-plan-paged-landscape-numbered-sections-then-no-action-agency-slash-worker-start-finish-evidence-table-sixteen-rows",
    "description": (
        "Initial conference plan for a 14-year-old drawn into county lines (five missing episodes, found "
        "out of county with cash and two phones) and his 9-year-old sister. One sixteen-row table over "
        "several pages whose owner column is 'Agency / worker', each cell naming the team and the worker "
        "in it (Adolescent Safeguarding Team / SW, Missing Children Team / return home worker, Police "
        "Exploitation Hub / PC, MASH / police researcher, YOT / case manager, school DSL and head of year, "
        "youth project, CAMHS, Mum, Uncle). Timescales as 'Start – finish'; the contingency covers the "
        "uncle not being able to take him to boxing; dates and the legal gateway set. Header and page "
        "footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Cresswold Council · Children and Young People's Services",
    "footer": "Child protection plan – Callum Fleet – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Young person", "Callum Fleet (14), Year 9, Hawthorn Academy"),
            ("Sister", "Mia Fleet (9), Year 5, Eastgate Primary"),
            ("Mother", "Donna Fleet (41), 17 Tanner's Lane, Cresswold. Callum and Mia live with her."),
            ("Father", "Not involved; lives abroad and has had no contact for six years."),
            ("Uncle", "Gary Fleet (Donna's brother-in-law), Wellgate, Cresswold"),
            ("Conference", "Initial child protection conference, Thursday 10/04/2025, Cresswold Civic Centre"),
            ("Category", "Physical abuse (risk of criminal exploitation)"),
            ("Social worker", "Leila Haque, Adolescent Safeguarding Team"),
            ("Chair", "Martin Oyelaran, Child Protection Chair"),
        ]),
        ("h1", "1. Why Callum has a plan"),
        ("p", "Since January Callum has been reported missing five times, for up to three nights. On 22 March "
              "he was found by Merrington Police in a flat in Merrington (60 miles away) with £640 in cash, two "
              "phones that were not his and a stab vest. He was arrested and later released with no further "
              "action; police and the MASH believe he is being used by a county line run from the Brookfield "
              "estate. In February he was given a six-month referral order for possession of cannabis with "
              "intent to supply. He has a cut on his hand that he will not explain. Since Christmas his "
              "attendance has fallen to 54% and he is on a reduced timetable after a fixed-term exclusion. "
              "Donna has reported every missing episode and has asked for help; she says she has \"lost him "
              "to them\". Mia has been woken several nights by police at the door."),
        ("h1", "2. What Callum and Mia have said"),
        ("p", "Callum (seen alone by Leila at the Compass Project on 4 April): \"I'm not a grass. I go where I "
              "want. It's just money.\" Later he said he \"owes some people\" and that he \"can't just stop\". "
              "He said he likes boxing and his uncle Gary, that he wants to be a mechanic, and that he would "
              "talk to Reece at Compass \"because he doesn't write everything down\". Asked what would make "
              "things better he said \"if they left me alone\"."),
        ("p", "Mia (seen alone at school on 7 April): \"I don't like when Callum's gone. Mum cries and the "
              "police come in the night.\" She said she wants Callum \"to just be normal and play FIFA with "
              "me\" and that she sleeps in Mum's bed when he is missing."),
        ("h1", "3. What we want for Callum and Mia by the review conference"),
        ("bullets", [
            "Callum is home every night and is not going missing.",
            "Callum is away from the adults who are exploiting him and is not carrying drugs, cash or "
            "weapons for anyone.",
            "Callum is back in school full time and has a trusted adult there and at Compass.",
            "Mia sleeps in her own bed, goes to school every day and knows her brother is being helped.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["No.", "Action", "Agency / worker", "Start – finish", "Evidence that it is happening"],
            "widths": [1.0, 8.4, 5.2, 4.4, 6.7],
            "rows": [
                ["1", "See Callum on his own at home, at school or at Compass and record what he says about "
                      "where he goes, who he is with and who he owes",
                 "Children's Services, Adolescent Safeguarding Team / Leila Haque (SW)",
                 "Weekly from 14/04/2025 until the review conference",
                 "Visit records with Callum's own words; seen alone each week"],
                ["2", "Complete an exploitation risk assessment with Callum and Donna, including a map of the "
                      "places and people linked to his missing episodes",
                 "Children's Services, Adolescent Safeguarding Team / Leila Haque (SW)",
                 "By 02/05/2025",
                 "Risk assessment and map shared with Callum, Donna and the core group on 06/05/2025"],
                ["3", "Refer Callum to the National Referral Mechanism as a possible victim of modern slavery",
                 "Children's Services, Adolescent Safeguarding Team / Leila Haque (SW)",
                 "By 17/04/2025",
                 "NRM reference number recorded on Callum's file"],
                ["4", "Return home interview with Callum after every missing episode, by someone he is not in "
                      "trouble with",
                 "Missing Children Team / Kate Orme, return home interview worker",
                 "Within 72 hours of each return home",
                 "Interview record sent to the SW and police; patterns summarised at each core group"],
                ["5", "Identify the adults Callum is linked to and serve Child Abduction Warning Notices where "
                      "the law allows",
                 "Cresswold Police, Exploitation Hub / PC Aaron Vickers",
                 "By 30/04/2025",
                 "Notices served and copies held by police; the SW told in writing which adults were served"],
                ["6", "Send the SW a summary of every police contact, stop-search and intelligence report "
                      "that mentions Callum",
                 "MASH / Sgt Tom Ruddock, police researcher",
                 "Every Friday from 18/04/2025",
                 "Weekly email summary saved on Callum's file"],
                ["7", "Referral order sessions on consequences, debt and how exploiters recruit, and a plan "
                      "with Callum for what he will say if he is approached",
                 "Cresswold YOT / Jordan Pike, case manager",
                 "Every Tuesday at 4pm until the order ends on 19/08/2025",
                 "YOT attendance record and a monthly written update to the SW"],
                ["8", "Return Callum to a full timetable with a mentor meeting him at the gate each morning",
                 "Hawthorn Academy / Mr Ben Sallis, head of Year 9",
                 "From 22/04/2025; full timetable by 19/05/2025",
                 "Weekly attendance printout sent to the SW; attendance above 90% by the review conference"],
                ["9", "Ring Donna and the SW by 9.30am whenever Callum is not in school or leaves the site",
                 "Hawthorn Academy / Mrs Ngozi Okonkwo, DSL",
                 "Every school day",
                 "School call log emailed to the SW each Friday"],
                ["10", "Take Callum to boxing at Wellgate ABC and bring him home afterwards",
                 "Uncle / Gary Fleet",
                 "Every Tuesday and Thursday evening, 6–8pm",
                 "Club signing-in book, checked by the SW once a month"],
                ["11", "One-to-one youth work with Callum on grooming, debt bondage and his plans to train as "
                       "a mechanic",
                 "Compass Project / Reece Hanley, youth worker",
                 "Every Wednesday from 16/04/2025 for 12 weeks",
                 "Session sheets and Callum's own goals ladder, sent to the SW monthly"],
                ["12", "Assessment of Callum's low mood, poor sleep and the cut to his hand",
                 "Cresswold CAMHS / Dr Imogen Lyons, clinical psychologist",
                 "Appointment on 24/04/2025; letter within 2 weeks",
                 "Assessment letter to the SW and the GP with any treatment offered"],
                ["13", "Health check with Callum, including sexual health and drug use, and an offer of the "
                       "Cresswold young people's drug service",
                 "School nursing / Fay Collins, school nurse",
                 "By 16/05/2025",
                 "Health check record shared with the SW; referral made if Callum agrees"],
                ["14", "Keep to the home rules agreed with Callum (home by 8pm on school nights, 10pm at "
                       "weekends), and report him missing to the police if he is not home within 30 minutes "
                       "of his time",
                 "Mum / Donna Fleet",
                 "Every night from 10/04/2025",
                 "Donna's log of the times Callum came in, seen by the SW at each visit; police missing "
                 "records"],
                ["15", "Go to the Cresswold Parents' Circle with other parents of exploited children, to learn "
                       "the signs that Callum is being groomed again and what to do",
                 "Mum / Donna Fleet, with Hazel Gough, group worker",
                 "Every other Thursday from 24/04/2025",
                 "Attendance list and Hazel's note on the safety steps Donna has put in place"],
                ["16", "See Mia on her own and ask how Callum going missing affects her sleep and school; "
                       "offer her a place at the Eastgate sibling group",
                 "Children's Services, Adolescent Safeguarding Team / Leila Haque (SW)",
                 "Every four weeks from 24/04/2025",
                 "Mia's words in the visit record; place offered in writing"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("p", "If Callum goes missing, Donna will report it to the police within 30 minutes of his time, the "
              "police will grade it at least medium risk, and the SW (or the emergency duty team) will hold a "
              "strategy discussion within 24 hours of the report, or the same day if he is found out of county."),
        ("p", "If Callum is found with drugs, cash, extra phones or a weapon, or is hurt, the police will take "
              "him to a place of safety, the SW will hold a strategy discussion the same day, and Callum will "
              "stay with Gary and his partner that night rather than return to Tanner's Lane, where the "
              "exploiters know to find him. If Gary cannot take him to boxing, Reece Hanley will take him in "
              "the Compass minibus; if Gary cannot have him in an emergency, the SW will arrange an emergency "
              "placement outside Cresswold that day."),
        ("p", "If Callum goes missing three more times before the core group on 27/05/2025, or is found out of "
              "county again, the SW will ask the team manager to take the case to the legal gateway meeting "
              "within 5 working days, to decide whether Callum needs to be looked after away from Cresswold."),
        ("h1", "6. Core group and review"),
        ("p", "Core group every three weeks, 4pm, Hawthorn Academy: Tuesday 06/05/2025, Tuesday 27/05/2025, "
              "Tuesday 17/06/2025. Review child protection conference: Thursday 03/07/2025, 10am, Cresswold "
              "Civic Centre."),
        ("p", "Plan written by Leila Haque (SW) and agreed by the chair on 11/04/2025. Copies to Callum, Donna "
              "and every agency named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan under the PLO with a "Whose job" column that
#    holds only initials and abbreviated roles, explained in a key (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_cottersby_rcpc_whose_job_abbreviations_key_harlow.docx",
    "doc_title": "Review Child Protection Plan - Lacey and Alfie Harlow",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-docx-key-of-abbreviations-table-then-what-were-doing-whose-job-when-how-well-know-table-owners-as-initials-and-roles",
    "description": (
        "First review conference plan for a 6-year-old and a 5-month-old (mother's drinking, father "
        "excluded after domestic abuse), in pre-proceedings under the PLO. A key table explains the "
        "abbreviations; the 'Whose job' column then holds only SW, HV, FSW, ISW, DSL or Mum. Faults: "
        "'Family' (W002) with 'Ongoing' (T002), 'All of us' (W002), 'Core group' (W002), a blank "
        "'Whose job' cell (W001), 'Monitored by FSW' as the only measure (M002), a blank measure (M001), "
        "a blank 'When' (T001), and Mum's drinking recorded while the alcohol service owns nothing (F004: "
        "the only alcohol row is Mum's)."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("p", "Cottersby Council · Children's Social Care · Assessment and Safeguarding Team B"),
        ("kv", [
            ("Children", "Lacey Harlow (6), Year 1, Moorfield Infants; Alfie Harlow (5 months)"),
            ("Mother", "Jade Harlow (24), 31 Coldwell Road, Cottersby"),
            ("Father", "Darren Moyes (27), Alfie's father; no contact allowed (bail conditions, then a "
                       "non-molestation order to 30/01/2026)"),
            ("Lacey's father", "Not named on the birth certificate; no involvement"),
            ("Conference", "First review child protection conference, Tuesday 06/05/2025"),
            ("Category", "Neglect"),
            ("Legal status", "Pre-proceedings under the Public Law Outline (PLO) since 14/04/2025"),
        ]),
        ("h2", "Key"),
        ("table", {
            "header": ["Letters", "Who", "Where they work"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["SW", "Amy Clegg, social worker", "Cottersby Children's Social Care"],
                ["HV", "Nisha Patel, health visitor", "Coldwell Health Centre"],
                ["FSW", "Declan Royle, family support worker", "Cottersby Family Hub"],
                ["ISW", "Ruth Kemble, independent social worker", "Commissioned for the PLO parenting assessment"],
                ["DSL", "Mrs Joanne Pike, designated safeguarding lead", "Moorfield Infants"],
            ],
        }),
        ("h2", "What has happened since the initial conference"),
        ("p", "On 28 March the police found Jade asleep and smelling strongly of alcohol at 11am, with Alfie in "
              "his pram in the hallway in a soaked nappy and Lacey not in school. Jade says she drinks \"a "
              "bottle of wine or so\" most nights to get to sleep and that it got worse after Darren left. She "
              "has been referred to the Cottersby Alcohol Service and went to one group. The children's home "
              "is warm and there is food in; Lacey's attendance since Easter is 88%. Darren was arrested in "
              "January after an assault on Jade and has not been seen at the house since."),
        ("h2", "What the children have told us and shown us"),
        ("p", "Lacey (with the SW at school, 1 May): \"Mummy is sleepy in the mornings so I get my own "
              "cereal. I give Alfie his dummy when he cries.\" She said she likes it when Mummy takes her to "
              "the park and she wants \"Mummy not to drink the grown-up drink\". She drew her family with "
              "Alfie in the middle \"because he's the baby\"."),
        ("p", "Alfie is feeding well and gaining weight along the 25th centile. The HV saw him smile and babble "
              "at Jade during a feed; he was quiet and slow to settle on the morning of 28 March."),
        ("h2", "What we want for Lacey and Alfie"),
        ("bullets", [
            "Lacey and Alfie are looked after every day and night by a mum who is sober.",
            "Alfie is fed, changed and sleeps safely in his cot on his back.",
            "Lacey goes to school every day and does not have to look after her brother.",
            "Lacey and Alfie have no contact with Darren and are not around violence.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["What we're doing", "Whose job", "When", "How we'll know"],
            "widths": [7.0, 2.4, 3.2, 4.4],
            "rows": [
                ["Unannounced visits to see Lacey and Alfie, look at where Alfie sleeps and check for alcohol "
                 "in the house",
                 "SW", "Weekly",
                 "Visit notes record where Alfie slept and any alcohol seen"],
                ["Parenting assessment of Jade under the PLO, including two observed bedtimes",
                 "ISW", "Report by 20/06/2025",
                 "Written report to the SW and Jade's solicitor"],
                ["Weigh Alfie and check his feeding, development and sleeping position",
                 "HV", "Every 2 weeks",
                 "Weight plotted in the red book; sleeping position noted in the HV record"],
                ["Jade to go to the Cottersby Alcohol Service groups and do a breath test at each one",
                 "Mum", "Every Wednesday",
                 "Group attendance sheet seen by the SW"],
                ["Jade to see her GP about her drinking and her sleep",
                 "Mum", "By 30/05/2025",
                 "Jade shows the SW the GP's letter"],
                ["Check in with Lacey each morning and note if she is late, hungry or tired",
                 "DSL", "Every school day",
                 "Daily log emailed to the SW each Friday"],
                ["Tell the SW and the police straight away if Darren comes to the house or contacts Jade or "
                 "the children",
                 "Family", "Ongoing",
                 "Each sighting logged by the police and the SW"],
                ["Share any worry about Jade's drinking with the SW on the same day",
                 "All of us", "Same day",
                 "Each worry written on Alfie's file by the SW"],
                ["Bedtime and bath-time routine sessions at home with Jade",
                 "FSW", "Weekly for 6 weeks from 12/05/2025",
                 "Monitored by FSW"],
                ["Agree a safety plan with Lacey and Jade so Lacey knows who to go to if Mummy will not wake up",
                 "Core group", "By 09/06/2025",
                 "Copy of the safety plan kept in Lacey's book bag"],
                ["Referral to the Freedom Programme for Jade",
                 "", "By 23/05/2025",
                 "Referral accepted letter on file"],
                ["Book Lacey's eye test and dental check",
                 "Mum", "By 18/07/2025",
                 ""],
                ["Safe sleep talk with Jade and a new cot for Alfie from the Cottersby Baby Bank",
                 "FSW", "",
                 "Cot seen set up in Jade's room by the SW"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Jade is found under the influence of alcohol while she is caring for Lacey or Alfie, the SW "
              "(or the emergency duty team) will hold a strategy discussion the same day and the children will "
              "be placed with foster carers until a sober adult can care for them. If Darren comes to the "
              "house, Jade will ring 999."),
        ("p", "If the parenting assessment says Jade cannot care for the children safely, or she has not "
              "gone to at least four alcohol groups by 20/06/2025, the SW will take the case back to the legal "
              "gateway panel to decide whether to issue care proceedings."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 4 weeks at the Family Hub, 1pm: 20/05/2025, 17/06/2025 and 15/07/2025. Second "
              "review child protection conference: Tuesday 05/08/2025, 10am, Cottersby House."),
    ],
    "findings": [
        F("W002", "Tell the SW and the police straight away if Darren comes"),
        F("T002", "Tell the SW and the police straight away if Darren comes"),
        F("W002", "Share any worry about Jade's drinking with the SW"),
        F("M002", "Bedtime and bath-time routine sessions at home with Jade"),
        F("W002", "Agree a safety plan with Lacey and Jade"),
        F("W001", "Referral to the Freedom Programme for Jade"),
        F("M001", "Book Lacey's eye test and dental check"),
        F("T001", "Safe sleep talk with Jade and a new cot"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system print of an initial plan: one block of labelled fields per
#    action, owner under "Person responsible"; the grandparents and an aunt
#    carry the plan with no fallback (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_culverdale_case_print_person_responsible_fields_thornton.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-case-system-print-txt-caps-headings-dotted-rules-then-one-field-block-per-action-outcome-action-person-responsible-target-date-measure-of-success",
    "description": (
        "Initial conference plan for a 3-year-old and an 8-month-old (domestic abuse by the father, now on "
        "bail), printed from the case system: one block of fields per action (Outcome / Action / Person "
        "responsible / Target date / Measure of success). Owners written as role and name ('SW - Megan "
        "Doyle', 'PGPs - Sandra and Keith Vickers', 'MAT - Stacey Thornton'). The paternal grandparents "
        "supervise every contact and the maternal aunt stays three nights a week, but the contingency only "
        "covers the father (C003). Also 'Family network' and 'Professionals' as owners (W002), an empty "
        "'Person responsible' (W001), 'As and when a place comes up' (T002), 'Engagement with service' "
        "(M002), and the review conference 'to be arranged' (R001)."
    ),
    "text": """\
CULVERDALE COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN (INITIAL CONFERENCE)
Printed from CareFile 14/04/2025 09:41 by M.DOYLE                       Page 1
............................................................................

CHILDREN
  Maisie Thornton      DOB 02/01/2022 (3)
  Harvey Thornton      DOB 19/08/2024 (8 months)
ADDRESS               Flat 4, Linnet House, Culverdale
MOTHER                Chloe Thornton (22)
FATHER                Ryan Vickers (25) - father of both children. Bail
                      conditions not to attend Linnet House or contact
                      Chloe, except through his parents for child contact.
CONFERENCE            ICPC 10/04/2025, Culverdale Civic Centre
CATEGORY              Emotional abuse
ALLOCATED SW          Megan Doyle, Safeguarding and Assessment Team 1
CHAIR                 Hannah Priest

............................................................................
REASON FOR PLAN
............................................................................
On 22/03/2025 police were called to Linnet House by a neighbour. Ryan had
punched a hole in the bedroom door and grabbed Chloe by the throat while she
was holding Harvey. Maisie was in the room. This was the third police call-out
since November. Ryan was charged with assault and bailed to his parents'
address. Chloe says she wants to stay apart from Ryan but that the children
love their dad. Chloe is managing well on her own in the day but is very tired
at night, as Harvey wakes every two to three hours.

............................................................................
CHILD'S VIEWS / LIVED EXPERIENCE
............................................................................
Maisie (seen at home 04/04/2025 with her toys): she acted out a "shouty
daddy" with two dolls and put the mummy doll "in the bathroom to hide". She
told the SW "Daddy broke the door" and "I like Nanny Sandra's house, she has
a trampoline". She asks for her dad at bedtime.
Harvey: a smiley baby who feeds well; startles at loud noises and is slow to
settle at night. Seen with Chloe on 04/04 and 09/04/2025.

............................................................................
OUTCOMES FOR THE CHILDREN
............................................................................
1. Maisie and Harvey live free from violence and frightening arguments.
2. Maisie and Harvey see their dad only when it is safe and supervised.
3. Harvey is fed and settled at night, and Maisie starts nursery.

............................................................................
PLAN
............................................................................
ACTION 1
  Outcome ............ 2
  Action ............. Supervise all contact between Ryan and the children
                       at the grandparents' home in Oakfield Road
  Person responsible . PGPs - Sandra and Keith Vickers
  Target date ........ Every Saturday 2pm-5pm
  Measure of success . Contact log signed by Sandra after each contact and
                       sent to the SW each Monday

ACTION 2
  Outcome ............ 3
  Action ............. Stay overnight at Linnet House to help Chloe with
                       Harvey's night feeds
  Person responsible . MAT - Stacey Thornton (maternal aunt)
  Target date ........ Monday, Wednesday and Friday nights until the review
  Measure of success . Feed chart on the fridge filled in each night; SW
                       checks it at each visit

ACTION 3
  Outcome ............ 2
  Action ............. Make sure Ryan is never on his own with Maisie or
                       Harvey, including at birthdays and family events
  Person responsible . Family network
  Target date ........ From 10/04/2025
  Measure of success . Any time Ryan is alone with them reported to the SW
                       the same day

ACTION 4
  Outcome ............ 1
  Action ............. Safety plan and DASH risk assessment with Chloe;
                       MARAC referral if the score is high
  Person responsible . IDVA - Fiona Carr, Culverdale Domestic Abuse Service
  Target date ........ By 24/04/2025
  Measure of success . Written safety plan on the children's file; DASH
                       score sent to the SW

ACTION 5
  Outcome ............ 1
  Action ............. Share every police call-out to Linnet House or to
                       Oakfield Road with the social worker
  Person responsible . Professionals
  Target date ........ Within 24 hours
  Measure of success . Each call-out logged on both children's files

ACTION 6
  Outcome ............ 1
  Action ............. Ryan to complete the Culverdale Change Project
                       domestic abuse perpetrator programme
  Person responsible . Ryan Vickers (father)
  Target date ........ Start by 30/05/2025
  Measure of success . Engagement with service

ACTION 7
  Outcome ............ 1, 2
  Action ............. Unannounced home visits to see Maisie and Harvey and
                       check whether Ryan has been at the flat
  Person responsible . SW - Megan Doyle
  Target date ........ Fortnightly
  Measure of success . Visit records say where each child was seen and what
                       Maisie said

ACTION 8
  Outcome ............ 3
  Action ............. Weigh Harvey and check Maisie's development and speech
  Person responsible . HV - Priya Nair
  Target date ........ Monthly
  Measure of success . Harvey's weight plotted in the red book; Maisie's
                       ASQ-3 scores shared with the SW

ACTION 9
  Outcome ............ 3
  Action ............. Maisie to start her funded 15 hours at Rainbow Tots
                       Nursery
  Person responsible .
  Target date ........ By 02/06/2025
  Measure of success . Nursery register shows Maisie attending

ACTION 10
  Outcome ............ 1
  Action ............. Chloe to attend the Freedom Programme at Culverdale
                       Women's Centre
  Person responsible . Chloe Thornton (mother)
  Target date ........ As and when a place comes up
  Measure of success . Certificate of completion seen by the SW

ACTION 11
  Outcome ............ 1
  Action ............. Play sessions with Maisie to find out what life at
                       home is like for her
  Person responsible . SW - Megan Doyle
  Target date ........ Every 4 weeks
  Measure of success . Maisie's drawings and words kept on her file

............................................................................
CONTINGENCY
............................................................................
If Ryan comes to Linnet House, contacts Chloe directly or breaches his bail
in any other way, Chloe will ring 999 and the SW (or the emergency duty team)
will hold a strategy discussion the same day. If Chloe lets Ryan back into the
flat, the children will be placed with foster carers while a strategy
discussion decides next steps. If there is a further assault, or Chloe lets
Ryan stay at the flat, the SW will request a legal planning meeting within 5
working days.

............................................................................
CORE GROUP / REVIEW
............................................................................
Core group meetings every 4 weeks at Culverdale Family Centre, 10am:
24/04/2025, 22/05/2025, 19/06/2025.
Review child protection conference: to be arranged.

                               *** END OF PRINT ***
""",
    "findings": [
        F("W002", "Make sure Ryan is never on his own with Maisie"),
        F("W002", "Share every police call-out to Linnet House"),
        F("M002", "Culverdale Change Project domestic abuse perpetrator programme"),
        F("W001", "Maisie to start her funded 15 hours"),
        F("T002", "Chloe to attend the Freedom Programme at Culverdale"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First core group's plan as owner-first bullets ("Tom (SW) will...",
#    "Mrs Begum (DSL) will...", "SW to..."), with passive and collective
#    bullets among them (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_cragthorpe_core_group_owner_first_bullets_akhtar.md",
    "split": "tune",
    "actions": 14,
    "template": "core-group-1-plan-md-details-table-present-list-then-action-plan-bullets-owner-named-first-in-each-role-in-brackets",
    "description": (
        "First core group plan for a 13-year-old and a 10-year-old (neglect; mother's depression; father "
        "works away in the week). The action plan is one bullet per action with the owner named first, "
        "in several shapes ('Tom (SW) will', 'SW to', 'Mrs Begum (DSL, Cragthorpe High) will', 'Cragthorpe "
        "Talking Therapies (Ellie Grant) to', 'Dad (Tariq) will'). Faults: two passive bullets with no "
        "owner (W001), 'Professionals to' and 'Everyone in the network to keep an eye on' (W002, the "
        "second also M002), an assessment with no output and a group with no measure (M001), 'when she "
        "is able' (T002), Talking Therapies only treating (H001), a contingency that only reviews (C002) "
        "and no legal step (R002)."
    ),
    "text": """\
# Core Group Plan – Zara and Imran Akhtar

Cragthorpe City Council – Children's Services – Northside Safeguarding Team

| | |
|---|---|
| Children | Zara Akhtar (13), Year 8, Cragthorpe High School; Imran Akhtar (10), Year 5, Ribble Street Primary |
| Parents | Nasreen Akhtar (38), Mum; Tariq Akhtar (41), Dad – drives for a haulage firm and is away Monday to Thursday nights |
| Address | 88 Wharf Street, Cragthorpe |
| Plan since | Initial child protection conference, 28 April 2025 (neglect) |
| This meeting | First core group, Monday 12 May 2025, Ribble Street Primary |
| Social worker | Tom Garside (SW) |

**Present:** Nasreen Akhtar; Tom Garside (SW); Mrs Rukhsana Begum (DSL, Cragthorpe High);
Mr Paul Fielding (Imran's class teacher); Gemma Lowe (FSW, Cragthorpe Family Hub);
Olivia Shah (school nurse). Tariq joined by phone. **Apologies:** Ellie Grant
(Cragthorpe Talking Therapies), update sent.

## Where things are

Nasreen has had depression since Imran was born and it has been worse since her
mother died in January. Most days she stays in bed until the afternoon. Zara gets
Imran up and to school and makes the tea; she has missed 19 days this year. At the
visit on 6 May there was mouldy food in the kitchen, no clean school uniform for
Imran and dirty bedding on both children's beds. Nasreen is on sertraline from her
GP and started CBT with Talking Therapies in April. Tariq sends money home but is
only there at weekends.

## What Zara and Imran said

Zara (with Tom at school, 7 May): "I don't mind doing it, someone has to. But I'm
tired and I'm behind in everything." She said she worries Mum "will just stay like
this" and that she'd like "a normal week where I only do my own stuff". She wants
her dad home more.

Imran (at school, 7 May): "Zara makes me beans. Mum's always asleep." He said he
gets told off for not having his PE kit and he'd like "pizza night like we used to
have with Dad".

## What we want for Zara and Imran

- Zara and Imran go to school every day, on time, in clean uniform and with food inside them.
- Zara is not the one looking after the house and her brother; she has time for her friends and schoolwork.
- The children have clean beds, a clean kitchen and a hot meal every evening.

## Action plan

- Tom (SW) will see Zara and Imran on their own every two weeks, at home or at school, and write down what each of them says in his visit record.
- SW to complete the child and family assessment by 30 May 2025.
- Home conditions will be checked every fortnight, with photos of the kitchen and the children's bedrooms added to the file.
- A referral will be made to Cragthorpe Young Carers for Zara by 16 May, and the acceptance letter put on file.
- Mrs Begum (DSL, Cragthorpe High) will meet Zara every Friday lunchtime and email Tom a short note of how her week has been.
- Mr Fielding (Imran's class teacher) will record every day whether Imran is late and has his lunch and PE kit, and send the record to Tom each Friday.
- Gemma (FSW) will do a weekly session at home with Mum and the children on meals, washing and tidying, for eight weeks from 15 May; her checklist will show whether the kitchen is clean and there is food in for the week.
- Mum will go to her GP about her antidepressants when she is able, and show Tom the new prescription.
- Cragthorpe Talking Therapies (Ellie Grant) to continue weekly CBT sessions with Mum for her low mood, with attendance sent to Tom monthly.
- Dad (Tariq) will ring the children every evening he is away and be home by 6pm every Friday; Tom will ask Zara and Imran at each visit whether Dad rang.
- Professionals to tell Tom the same day about any new worry, such as the children arriving hungry or unwashed, so it is logged on the file.
- Everyone in the network to keep an eye on Zara and Imran every weekend.
- Olivia Shah (school nurse) will do a health check with Imran, including his teeth and weight, by 20 June, and send the results to Tom and the GP.
- Mum to go to the Cragthorpe Women's Wellbeing Group on Tuesday mornings, starting 20 May.

## If things get worse

If things do not improve, or there are further concerns about Zara and Imran, the
core group will meet sooner to review the plan and consider next steps.

## Next meetings

- Core group every 4 weeks, 3.30pm, Ribble Street Primary: Monday 9 June and Monday 7 July 2025.
- Review child protection conference: Monday 21 July 2025, 10am, Cragthorpe Civic Hall.

*Notes taken by Tom Garside and sent to Nasreen, Tariq and everyone present on 13 May 2025.*
""",
    "findings": [
        F("M001", "SW to complete the child and family assessment"),
        F("W001", "Home conditions will be checked every fortnight"),
        F("W001", "A referral will be made to Cragthorpe Young Carers"),
        F("T002", "Mum will go to her GP about her antidepressants"),
        F("H001", "continue weekly CBT sessions with Mum for her low mood"),
        F("W002", "Professionals to tell Tom the same day about any new worry"),
        F("W002", "Everyone in the network to keep an eye on Zara"),
        F("M002", "Everyone in the network to keep an eye on Zara"),
        F("M001", "Mum to go to the Cragthorpe Women's Wellbeing Group"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan with the owner split into "Lead agency" and "Named worker", and
#    outcome banners merged across the table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_clathersby_lead_agency_named_worker_outcome_banners_pryor.docx",
    "doc_title": "Child Protection Plan - Finn and Isla Pryor",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-docx-kv-details-then-ref-action-lead-agency-named-worker-target-date-measure-of-success-table-outcome-banner-rows-merged-across",
    "description": (
        "Initial conference plan for a 12-year-old and a 7-year-old whose father, their only carer since "
        "their mother died, has depression. The owner is split over two columns, 'Lead agency' and "
        "'Named worker', under outcome banner rows merged across the table. Two rows are owned by their "
        "agency alone (the named worker is 'tbc' or blank), which is not a fault. Faults: a row with both "
        "owner cells blank (W001), 'Multi-agency' and 'Family' as the lead (W002), CPN visits that only "
        "support the father (H001), an outcome about the father alone (F002), 'Ongoing' (T002), a blank "
        "target date (T001), 'Improvement in Isla's wellbeing' (M002) and a blank measure (M001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Clathersby County Council – Children, Families and Education – Safeguarding Service (West)"),
        ("kv", [
            ("Children", "Finn Pryor (12), Year 7, Clathersby High School; Isla Pryor (7), Year 2, Ashby Road "
                         "Primary"),
            ("Father", "Gareth Pryor (42), 6 Mill Lane, Clathersby. The children's mother, Claire, died in "
                       "October 2024."),
            ("Other family", "Rachel Moss, the children's maternal aunt, Denholm (40 minutes away)"),
            ("Conference", "Initial child protection conference, Friday 02/05/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Sian Ellery, Safeguarding Service (West)"),
        ]),
        ("h2", "Summary of concerns"),
        ("p", "Since Claire died Gareth has had severe depression. He has been off work since December and "
              "is under the Clathersby Community Mental Health Team. In March he told his GP he had thought "
              "about ending his life. Finn has been doing the shopping and cooking and has missed 23 days of "
              "school. Isla has twice been collected late from after-school club by Finn, and on 14 April "
              "both children were home alone until 10pm while Gareth was out. The house is cluttered and the "
              "fridge was nearly empty at both visits."),
        ("h2", "Finn's and Isla's views"),
        ("p", "Finn (seen alone, 25 April): \"Dad's just sad all the time. I don't mind cooking but I miss "
              "football.\" He said he is scared that \"something will happen to Dad as well\" and that he wants "
              "to talk about his mum \"with someone who isn't going to cry\"."),
        ("p", "Isla (seen alone, 25 April): she said she misses Mummy's stories at bedtime and that Finn "
              "makes \"spaghetti every day\". She scored home 5 out of 10 and said it would be 10 \"if Daddy "
              "got up in the mornings\"."),
        ("h2", "The plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead agency", "Named worker", "Target date", "Measure of success"],
            "widths": [1.0, 5.2, 2.8, 2.7, 2.3, 3.0],
            "rows": [
                ["Outcome 1: Finn and Isla are cared for by their dad every day – fed, clean, safe at night "
                 "and in school on time.", H, H, H, H, H],
                ["1.1", "Visit the home, see Finn and Isla on their own and check there is food in and that "
                        "an adult was at home the night before",
                 "Children's Social Care", "Sian Ellery (SW)", "Weekly",
                 "Visit record notes what each child said and what was in the fridge"],
                ["1.2", "CPN visits to support Gareth with his depression and his medication",
                 "Clathersby CMHT", "Nick Ormond (CPN)", "Fortnightly",
                 "CPN visit notes on the CMHT record"],
                ["1.3", "Review Gareth's antidepressants and write to the SW on how he is managing day to day",
                 "GP – Ashby Road Surgery", "tbc", "By 30/05/2025",
                 "GP letter on the children's file"],
                ["1.4", "Breakfast club place for Isla, and a phone call to Gareth by 9.15am if she is not in",
                 "Ashby Road Primary", "Mrs Pam Hurst (DSL)", "Every school day",
                 "Breakfast club register and call log sent to the SW each Friday"],
                ["Outcome 2: Finn is a 12-year-old, not his family's carer: he goes to school and has time "
                 "for football and friends.", H, H, H, H, H],
                ["2.1", "Young carer's assessment with Finn",
                 "", "", "By 13/06/2025",
                 "Written assessment shared with Finn and the SW"],
                ["2.2", "Take Finn to the young carers' club on Tuesday evenings and bring him home",
                 "Clathersby Young Carers", "", "Every Tuesday from 17/06/2025",
                 "Club register sent to the SW monthly"],
                ["2.3", "Check in with Finn each Monday about the week ahead and how things are at home",
                 "Clathersby High School", "Mr Joe Barr, pastoral lead", "Every Monday",
                 "Check-in notes emailed to the SW after each one"],
                ["Outcome 3: Gareth's depression is under control and he is coping with his grief.",
                 H, H, H, H, H],
                ["3.1", "Go to all CMHT appointments and take medication as prescribed",
                 "Parent", "Gareth Pryor", "Ongoing",
                 "Attends every appointment (CMHT diary)"],
                ["3.2", "Refer Gareth to the Clathersby Bereavement Service",
                 "Multi-agency", "", "By 30/05/2025",
                 "Referral accepted in writing"],
                ["Outcome 4: Finn and Isla can talk about their mum and grieve with adults they trust.",
                 H, H, H, H, H],
                ["4.1", "Weekly bereavement group for Isla in school (the 'Rainbow Room')",
                 "Ashby Road Primary", "Mrs Kaye Lund (ELSA)", "Weekly for 8 weeks from 12/05/2025",
                 "Improvement in Isla's wellbeing"],
                ["4.2", "Memory box work with Finn and Isla together",
                 "Children's Social Care", "Sian Ellery (SW)", "By 27/06/2025",
                 ""],
                ["4.3", "Make sure Finn and Isla are never left on their own in the house in the evening",
                 "Family", "", "From 02/05/2025",
                 "Children tell the SW at each visit who was with them in the evenings"],
                ["4.4", "Dental checks for both children, which were missed last autumn",
                 "Parent", "Gareth Pryor", "",
                 "Dental letters seen by the SW"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Gareth tells anyone he is thinking of ending his life, the person he tells will ring 999 or "
              "the CMHT crisis line at once, and the SW (or the emergency duty team) will arrange for Finn and "
              "Isla to stay with their aunt, Rachel Moss, that night; if Rachel cannot have them, the SW will "
              "arrange an emergency foster placement. If the children are found home alone in the evening "
              "again, or Finn misses two days of school in a row, the SW will hold a strategy discussion the "
              "same day."),
        ("p", "If the children have been left alone again, or Finn's attendance is still under 85%, by the core "
              "group on 23/06/2025, the SW will ask her manager for a legal planning meeting."),
        ("h2", "Core group and review conference"),
        ("p", "Core group every 4 weeks, 4pm, Ashby Road Primary: Monday 26/05/2025, Monday 23/06/2025, "
              "Monday 21/07/2025. Review child protection conference: Thursday 31/07/2025, 10am, Clathersby "
              "County Hall."),
    ],
    "findings": [
        F("H001", "CPN visits to support Gareth with his depression"),
        F("W001", "Young carer's assessment with Finn"),
        F("F002", "Gareth's depression is under control and he is coping with his grief."),
        F("T002", "Go to all CMHT appointments and take medication"),
        F("W002", "Refer Gareth to the Clathersby Bereavement Service"),
        F("M002", "Weekly bereavement group for Isla in school"),
        F("M001", "Memory box work with Finn and Isla together"),
        F("W002", "Make sure Finn and Isla are never left on their own"),
        F("T001", "Dental checks for both children, which were missed"),
    ],
})
