"""Batch 47, module 2: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: owners that are not written in the action's own sentence. The owner is
named by the section heading ("What the health visitor will do", "School's
part"), by a Lead cell merged down over several rows, by the writer of a
parents' own-words plan ("I will ...", "We (Mum and Dad) will ..."), by the
photo caption and name at the top of each adult's box in a child's plan, by
the social worker signing a letter ("I will visit you ..."), by the Who column
of a holiday rota, and by initials at the end of each line of core group
minutes, defined in an attendee key. Four plans are exemplary; the three
faulty ones mix in actions that truly have no owner ("to be referred",
"support to be offered", "someone to check").
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Health-led ICPC plan: one heading per person or agency, imperative
#    bullets under each heading with no subject. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_cradlebury_hv_led_owner_headings_mulgrew.docx",
    "doc_title": "Child Protection Plan - Orla and Finn Mulgrew",
    "split": "tune",
    "template": "icpc-health-led-plan-docx-details-kv-then-one-h2-per-owner-what-the-health-visitor-will-do-schools-part-imperative-bullets-with-no-subject-under-each-heading",
    "description": (
        "Exemplary health-led initial conference plan for a 7-week-old losing weight and her 6-year-old "
        "brother (neglect; mother's postnatal depression, father away four nights a week, grandmother "
        "covering two nights). The action part has one heading per owner ('What the health visitor will "
        "do', 'What Shona (Mum) will do', 'School's part', ...) and imperative bullets with no subject "
        "beneath: the heading is the owner. Every bullet has a timescale and an observable check; the "
        "perinatal team reports on change and the GP owns actions; the contingency covers the "
        "grandmother being unable to come; core group and review dates; legal planning step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cradlebury City Council – Children's Social Care, with Cradlebury Community Health (0–19 Service)"),
        ("p", "This is a health-led plan: the health visitor is the lead health professional for Orla. Each "
              "person's or agency's part of the plan is set out under its own heading."),
        ("kv", [
            ("Children", "Orla Mulgrew, born 12/05/2025 (7 weeks); Finn Mulgrew, born 30/08/2018 (6), Year 2 "
                         "at Pennycroft Primary"),
            ("Address", "7 Gannet Court, Cradlebury"),
            ("Parents", "Shona Mulgrew (mum, 27); Aidan Mulgrew (dad, 31), HGV driver, away Monday to Thursday "
                        "nights"),
            ("Conference", "Initial child protection conference, 01/07/2025, Cradlebury Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Priyanka Shore, Cradlebury Safeguarding Team 3"),
            ("Lead health professional", "Bethan Corless, health visitor"),
            ("Conference chair", "Graham Oates"),
        ]),
        ("h1", "Why Orla and Finn need a plan"),
        ("p", "Orla was born at 38 weeks weighing 3.1kg, on the 50th centile. At her 6-week weigh she had "
              "dropped below the 9th centile. The health visitor found bottles made up with too much water, "
              "and the feed chart showed gaps of 7 and 8 hours overnight when Shona had fallen asleep. The "
              "flat was cold because the prepayment meter had run out. Finn has been late to school 14 times "
              "since Easter and twice arrived without breakfast."),
        ("p", "Shona was diagnosed with postnatal depression by her GP on 10/06/2025 and was accepted by the "
              "Cradlebury Perinatal Mental Health Team on 20/06/2025. Aidan is away four nights a week for "
              "work. Moira Kerr, Shona's mum, has been staying over on Tuesday and Wednesday nights since the "
              "middle of June."),
        ("h1", "What is going well"),
        ("p", "Shona and Aidan are warm and gentle with both children and came to every appointment before "
              "conference. Aidan has asked his employer for day shifts from the autumn. Since the health "
              "visitor began visiting every other day, Orla's weight has started to rise and she is now just "
              "above the 9th centile."),
        ("h1", "What Finn says and what Orla's days are like"),
        ("p", "Finn (seen on his own at school on 24/06/2025): \"Mummy is sad and sleeps in the day. I make my "
              "own cereal. Orla cries loads in the night and I put my pillow on my head.\" He likes it when "
              "Granny comes \"because she does pancakes and the house is warm\". His three wishes were "
              "\"Mummy happy, a trampoline, and Orla to stop crying\"."),
        ("p", "Orla was seen at four home visits. She is alert, follows faces and calms quickly when Moira "
              "holds her upright against her shoulder. On two visits she had been in the same nappy for "
              "several hours and had a red rash. On 19/06/2025 she took 150ml in ten minutes after a six-hour "
              "gap between feeds."),
        ("h1", "What needs to be different for Orla and Finn"),
        ("bullets", [
            "Orla is fed at least every 4 hours, day and night, by an adult who is awake, and her weight climbs "
            "back to the 25th centile by her 16-week weigh.",
            "Orla is kept clean and warm: a clean nappy at every feed and a heated flat.",
            "Finn gets to school on time with breakfast inside him every day, and no longer has to look after "
            "himself or his sister.",
        ]),
        ("h1", "The plan: who will do what"),
        ("p", "Everything listed under a heading below is that person's or agency's to do. Dates are in 2025."),
        ("h2", "What the health visitor will do (Bethan Corless, Cradlebury 0–19 Service)"),
        ("bullets", [
            "Visit Orla at home every Tuesday until she is 16 weeks old, weigh her undressed and plot the weight "
            "in her red book; text the weight to the social worker the same day.",
            "Watch a whole feed at each Tuesday visit and go through making up bottles with whoever is feeding "
            "Orla; sign the feed chart and write down any gap longer than 4 hours.",
            "Complete the Edinburgh Postnatal Depression Scale with Shona by 18 July and send the score to the "
            "perinatal team and the social worker, saying what it means for Shona's care of Orla.",
        ]),
        ("h2", "What Shona (Mum) will do"),
        ("bullets", [
            "Write the time and amount of every bottle on the feed chart on the fridge, day and night; the "
            "chart is checked by the health visitor and the social worker at every visit.",
            "Take the sertraline prescribed by the GP each morning so that she is well enough to wake for "
            "Orla's night feeds; the pharmacy's weekly collection record is checked by the CPN.",
            "Walk Finn to school on Monday to Thursday while Aidan is away, arriving by 8.50am, as the "
            "Pennycroft register will show.",
        ]),
        ("h2", "What Aidan (Dad) will do"),
        ("bullets", [
            "Do every night feed on Friday, Saturday and Sunday nights when he is home and write them on the "
            "feed chart; the health visitor checks these entries each Tuesday.",
            "Top up the electricity meter by at least £25 every Friday so the heating stays on; the meter "
            "balance is noted by the social worker at each visit.",
            "Phone Shona at 7pm on every night he is away, and phone Moira if Shona has not answered within "
            "half an hour; each call goes in the family diary, which the social worker reads at every visit.",
        ]),
        ("h2", "What Granny Moira will do (Moira Kerr, maternal grandmother)"),
        ("bullets", [
            "Stay overnight every Tuesday and Wednesday and give Orla her 2am feed; each of these feeds is "
            "written on the chart in Moira's handwriting.",
            "Collect Finn from school at 3.15pm every Monday and Thursday and give him his tea at her house; the "
            "school's collection book shows Moira signing for him.",
        ]),
        ("h2", "What the perinatal mental health team will do (Gail Ostrowski, CPN)"),
        ("bullets", [
            "See Shona at home every week for therapy and to check her medication, and write a short report "
            "for every core group on her mood, whether she is making the changes Orla needs and how long her "
            "recovery is likely to take; the report is read out at each core group.",
        ]),
        ("h2", "What the GP practice will do (Dr Lewin Haddon, Brookfold Surgery)"),
        ("bullets", [
            "Review Shona's sertraline dose by 11 July and prescribe it a week at a time; the review is "
            "summarised in a letter to the perinatal team and the social worker, and any week's supply not "
            "collected is reported to them the same day.",
            "See Orla for her 8-week baby check on 23 July, including her weight and hips, and send the "
            "results to the health visitor and the social worker.",
        ]),
        ("h2", "School's part (Pennycroft Primary – Mrs Dawn Fairbairn, DSL)"),
        ("bullets", [
            "Check in with Finn every Monday morning, record on CPOMS what he says about home and his baby "
            "sister, and phone the social worker the same day with any worry.",
            "Offer Finn breakfast club every school day from 8am, and phone the social worker by 10am on any "
            "day he is absent or arrives after 9am; the week's attendance and breakfast club register are "
            "emailed to the social worker every Friday.",
        ]),
        ("h2", "What the social worker will do (Priyanka Shore)"),
        ("bullets", [
            "Visit at home every week, with one visit in three unannounced and one before 8.30am, and see Orla "
            "awake and Finn on his own; the visit record notes the feed chart, the heating, where Orla slept "
            "and Finn's own words.",
            "Hold a family network meeting with Shona, Aidan and Moira by 25 July to agree who covers Moira's "
            "nights if she is ill or away; the written network plan is shared at the next core group.",
        ]),
        ("h1", "If things go wrong – contingency plan"),
        ("p", "If Orla's weight falls below the 9th centile at any weigh, she goes more than 6 hours without a "
              "feed, or Shona tells anyone she has thoughts of harming herself or Orla, whoever finds this "
              "will ring the social worker (or the emergency duty team out of hours) straight away. The social "
              "worker will hold a strategy discussion the same day, the perinatal team will offer Shona a "
              "crisis assessment within 24 hours, and Orla and Finn will stay with Moira at 22 Heron Walk "
              "until it is agreed they can safely go home."),
        ("p", "If Moira cannot stay over on her nights or collect Finn, Aidan will come home that evening; his "
              "employer has agreed this in writing. If neither Moira nor Aidan can be there, the social "
              "worker will arrange for Orla and Finn to stay together with approved foster carers that night, "
              "with Shona's agreement under section 20."),
        ("h1", "Core group, review and legal planning"),
        ("bullets", [
            "Core group every 4 weeks at Pennycroft Primary, 9.30am: 15/07/2025, 12/08/2025 and 09/09/2025.",
            "Review child protection conference: 23/09/2025, 2pm, Cradlebury Civic Centre.",
            "If Orla is not on the 9th centile or above at the core group on 12/08/2025, or night feeds are "
            "missed again after the network meeting, the social worker will ask the team manager for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("p", "Plan agreed at conference on 01/07/2025. Typed by Priyanka Shore, social worker, 02/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan: details grid, then a landscape table whose Lead
#    cell is merged down over each person's rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_cobblethorpe_rcpc_lead_merged_down_tregarthen.docx",
    "doc_title": "Review Child Protection Plan - Kyla and Reuben Tregarthen",
    "split": "tune",
    "template": "rcpc-plan-docx-landscape-details-grid-numbered-sections-then-lead-first-column-merged-down-over-each-persons-rows-what-will-happen-starting-by-when-how-well-know",
    "description": (
        "Exemplary first review conference plan for a 13-year-old young carer and her 9-year-old brother "
        "(neglect; mother's cocaine and alcohol use at weekends; aunt covers school mornings). The plan "
        "table's first column, Lead, is merged down over each person's rows, so no action names its own "
        "owner. Every row has a timescale and an observable measure; the recovery service reports on "
        "change and assesses capacity to sustain it; the contingency covers the aunt being unable to "
        "help; core group and review dates; legal planning meeting after named triggers."
    ),
    "landscape": True,
    "check_vmerge": 5,
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Cobblethorpe Borough Council · Children and Families Service · Safeguarding and Reviewing Unit"),
        ("table", {
            "rows": [
                ["Children", "Kyla Tregarthen, born 14/01/2012 (13), Year 8 at Saltings Academy\n"
                             "Reuben Tregarthen, born 02/10/2015 (9), Year 4 at Marram Lane Primary"],
                ["Home", "12 Foundry Terrace, Cobblethorpe – Kyla and Reuben live with their mum"],
                ["Parent", "Jessie Tregarthen (34). The children's father, Mark Dunstan, lives in Spain and "
                           "has phone contact on Sundays."],
                ["Conference", "First review child protection conference, 05/06/2025 (initial conference "
                               "06/03/2025). Plan continues; category neglect."],
                ["Social worker", "Tomasz Wilk, Cobblethorpe CP Team North"],
                ["Chair", "Faith Obuya, Child Protection Chair"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "1. What conference heard"),
        ("p", "The plan began after Kyla, then 12, was found by police at 11pm on 1 March walking the streets "
              "looking for her mum, having put Reuben to bed. Jessie told conference she uses cocaine and "
              "drinks heavily at weekends, and that this had got worse after she lost her job in the autumn. "
              "Since March Jessie has gone to every key-work appointment at Cobblethorpe Recovery Service; "
              "nine of her twelve saliva tests have been clear, but three in April and May were positive for "
              "cocaine, each after a weekend night out. Jessie's sister Carys has come to the house every "
              "school morning since April and both children's attendance has gone up (Kyla 81% to 94%, "
              "Reuben 85% to 97%). Reuben missed two asthma reviews last year and used his blue inhaler "
              "nightly in May."),
        ("p", "Conference agreed that things are better for Kyla and Reuben but that Jessie's progress is "
              "recent and the mornings still depend on Carys. The plan continues, with new actions for Reuben's "
              "asthma and for a back-up to Carys."),
        ("h1", "2. What Kyla and Reuben told us"),
        ("p", "Kyla (seen alone at school, 28/05/2025): \"It's better since Auntie Carys comes. I still worry "
              "on Saturdays when Mum goes out. I'm the one who knows where Reuben's inhaler is.\" She wants "
              "to go to netball on Saturdays and said she would like \"one night a week where I don't have "
              "to be in charge\". She scored home 6 out of 10."),
        ("p", "Reuben (seen at home, 30/05/2025) said his best bit of the week is \"Auntie Carys doing "
              "waffles\" and his worst is \"when Mum's asleep all Sunday and Kyla does everything\". He "
              "showed the social worker his inhaler and did not know what the brown one was for."),
        ("h1", "3. What we want for Kyla and Reuben by the next review"),
        ("bullets", [
            "Kyla and Reuben are looked after by a sober adult every night, including weekends.",
            "Kyla has time to be 13: she goes to netball and has at least one evening a week when she is not "
            "looking after her brother.",
            "Reuben's asthma is controlled: he uses his preventer every day and needs his blue inhaler less "
            "than three times a week.",
            "Both children get to school on time every day, with attendance at 95% or above.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["Lead", "What will happen", "Starting / by when", "How we'll know it has happened"],
            "widths": [4.8, 9.0, 4.4, 7.5],
            "rows": [
                ["Tomasz Wilk, social worker",
                 "See Kyla and Reuben at home, and each of them on their own, with at least one home visit a "
                 "month unannounced and one on a Sunday",
                 "Every 2 weeks from 09/06/2025",
                 "Visit records show both children seen alone and their own words written down"],
                [V,
                 "Hold a family network meeting with Jessie, Carys and the children's grandfather, Glyn "
                 "Tregarthen, to agree who covers the school mornings when Carys cannot",
                 "By 04/07/2025",
                 "Written network agreement signed by Jessie, Carys and Glyn, on file and shared at the next "
                 "core group"],
                [V,
                 "Repeat the Graded Care Profile 2 with Jessie, scoring the children's food, hygiene, safety "
                 "and emotional care at home",
                 "By 22/08/2025",
                 "GCP2 scores shared with the core group and set against the March scores"],
                ["Jessie Tregarthen (Mum)",
                 "Go to every key-work appointment at the Recovery Service and give a saliva test at each one, "
                 "so the children are always cared for by a sober parent",
                 "Every Wednesday",
                 "Test results and attendance in the recovery worker's report to each core group"],
                [V,
                 "Cook a hot evening meal for Kyla and Reuben and keep the meal planner on the kitchen wall "
                 "filled in",
                 "Every evening, starting 09/06/2025",
                 "Planner and food in the cupboards seen at every home visit; the children asked what they had "
                 "for tea"],
                ["Carys Tregarthen (maternal aunt)",
                 "Come to the house at 7.30am to make sure Kyla and Reuben are up, fed and leave for school on "
                 "time",
                 "Monday to Friday in term time",
                 "Morning sheet on the fridge signed by Carys each day; school registers show both children in "
                 "on time"],
                [V,
                 "Have Reuben for a sleepover at her flat so that Kyla has a night off and can go to Saturday "
                 "netball",
                 "Every Friday night",
                 "Dates in the family diary seen by the social worker; Kyla asked at her school visit whether "
                 "she had her night off"],
                ["Nadine Brewer, recovery worker, Cobblethorpe Recovery Service",
                 "Weekly key-work with Jessie on stopping cocaine and cutting down her drinking, with a saliva "
                 "test at every session",
                 "Weekly; written report before each core group",
                 "Report to every core group with test results, what has changed, and what it means for Kyla "
                 "and Reuben's care"],
                [V,
                 "Assess whether Jessie can keep the changes going and how likely a relapse is over the next "
                 "six months",
                 "By 29/08/2025",
                 "Written assessment shared with the core group and the review conference"],
                ["Dr Meera Vance, GP, Saltmarsh Health Centre",
                 "See Reuben for his overdue asthma review, check how he uses his inhalers and write him an "
                 "asthma plan",
                 "By 27/06/2025",
                 "Asthma plan copied to Jessie, Carys and Marram Lane Primary; letter to the social worker"],
                ["Mrs Helen Gatward, DSL, Marram Lane Primary",
                 "Check in with Reuben every Monday about his weekend and make sure he has his preventer "
                 "inhaler in school",
                 "Every Monday in term",
                 "DSL log of what Reuben says; any worry phoned to the social worker the same day"],
                ["Ms Paula Crane, pastoral lead, Saltings Academy",
                 "Arrange a weekly session for Kyla with the school counsellor about her worries at home and "
                 "being a young carer",
                 "Every Thursday in term, from 12/06/2025",
                 "Counsellor's session record; Kyla's own rating of how she is, written down at each session"],
                [V,
                 "Tell the social worker if Kyla is absent or late, or says she had to get Reuben ready for "
                 "school",
                 "The same day, every school day",
                 "Attendance report emailed to the social worker every Friday and logged on Kyla's file"],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("p", "If Jessie is under the influence of drugs or alcohol while the children are in her care, or is "
              "not home by 10pm on a night she is looking after them, Kyla will ring Carys, who will collect "
              "both children and keep them with her overnight. Carys will tell the social worker, or the "
              "emergency duty team out of hours, the same night, and the social worker will hold a strategy "
              "discussion the same day."),
        ("p", "If Carys cannot come in the morning or cannot take the children, Glyn Tregarthen will do it. If "
              "neither Carys nor Glyn can, the emergency duty team will place Kyla and Reuben together with "
              "foster carers that night."),
        ("h1", "6. Meetings and legal planning"),
        ("bullets", [
            "Core group every 6 weeks at Saltings Academy, 3.45pm: 26/06/2025, 07/08/2025, 18/09/2025 and "
            "30/10/2025.",
            "Second review child protection conference: 04/12/2025, 10am, Cobblethorpe Town Hall.",
            "If Jessie has two positive tests in a row, or the school morning arrangement breaks down twice in "
            "a month, the social worker will ask the team manager for a legal planning meeting within 5 "
            "working days.",
        ]),
        ("p", "Faith Obuya, Child Protection Chair – plan agreed 05/06/2025 and sent to all members of the "
              "core group on 06/06/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Parents' own-words plan: "I will" under each parent, "We (Mum and Dad)
#    will", then what will happen to help them, with passive gaps (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_cantlemoor_parents_own_words_promises_oyediran.md",
    "split": "tune",
    "template": "parents-own-words-plan-md-numbered-sections-about-us-what-happened-in-our-words-then-i-will-temi-i-will-dayo-we-mum-and-dad-will-bullets-then-what-will-happen-to-help-us",
    "description": (
        "Plan written by a mother and father in their own words after an initial conference (physical "
        "abuse: a 7-year-old hit with a belt; a toddler at nursery). Promises are 'I will' under each "
        "parent's heading and 'We (Mum and Dad) will', then 'What will happen to help us'. Most are "
        "clear, but Dad will do the Calmer Dads course 'as soon as possible', Mum will 'keep an eye on' "
        "Dad's temper with no time, and three items have no owner at all ('Ayo to be referred', "
        "'Support to be offered', 'Someone to phone'). One outcome is only about Dad."
    ),
    "text": """\
# Our plan for Ayo and Simi

*Written by Temi and Dayo Oyediran (Mum and Dad) with Ruth Castellano, our social worker, at
Cantlemoor Family Centre on 19 June 2025. Ayo and Simi have had child protection plans since the
conference on 10 June 2025 (category: physical abuse). Ruth typed it up, but the words are ours.*

Cantlemoor District Council – Children's Social Work Service

## 1. About us

- **Ayo Oyediran**, 7, Year 2 at Brook Lane Primary
- **Simi Oyediran**, 20 months, goes to Sunflowers Nursery three mornings a week
- **Temitope (Temi) Oyediran** – Mum, works part-time at the pharmacy
- **Dayo Oyediran** – Dad, lost his job at the warehouse in April
- Dayo's brother **Kunle** lives in Eastgate, 20 minutes away on the bus

## 2. What happened (in our words)

Dayo: "On 1 June Ayo ran into the road outside the shop and a car nearly hit him. I was
frightened and angry and when we got home I hit him with my belt on his legs. That is how I was
brought up and I thought it was right. Now I know it hurt him and frightened him, and that it is
against the law in this country. I am ashamed."

Temi: "Mrs Kavanagh saw the marks on his legs at PE the next day. I knew Dayo smacked him
sometimes. I didn't stop it because I didn't know what else to do. Since April we have been
worried about money all the time and the landlord has taken us to court for the rent."

Ruth added: Ayo had three long bruises on the backs of both thighs. The police spoke to Dayo on
2 June and took no further action. Ayo told his teacher "Daddy's belt lives on the door and it
comes down when I'm bad".

## 3. What Ayo and Simi say and show us

Ayo told Ruth (on his own, at school, 16 June): "I'm not scared of Daddy now he gave his belt to
Ruth. I'm scared if he shouts." He would like Daddy to take him to football "like Tobi's daddy"
and he said the best thing in his house is "Simi, because she laughs at everything".

Simi is too little to tell us. At nursery she plays happily and runs to Temi at home time. She
cried and hid behind the sofa when Dayo raised his voice during one of Ruth's visits.

## 4. What we want for Ayo and Simi

- Ayo and Simi are never hit, and Ayo is not frightened of Daddy.
- When Ayo runs off or is naughty, he gets time-out and a talk, not a smack.
- Dad will learn to stay calm and not lose his temper.
- Simi goes to nursery three mornings a week and her talking keeps coming on.

## 5. Our promises

### I will – Temi (Mum)

- I will tell Ruth the same day if Dayo ever hits or threatens either of the children again, and I will write it in the notes on my phone to show her.
- I will take Simi to Sunflowers Nursery every Monday, Tuesday and Thursday morning, and nursery will mark her in on the register.
- I will keep an eye on Dayo's temper with Ayo and Simi.

### I will – Dayo (Dad)

- I will not hit Ayo or Simi with a belt, a slipper or my hand ever again, from today; Ruth will talk to Ayo on his own and check for marks at every visit.
- I will go on the Calmer Dads course at Cantlemoor Family Centre as soon as possible, and bring my certificate to show Ruth.
- I will take Ayo to football at Brook Lane every Saturday morning and stay to watch, and the coach ticks him in on the sheet.

### We (Mum and Dad) will

- We will use the time-out step and the sticker chart from the family centre every day, and Ruth will look at the chart at each visit.
- We will go to the "Understanding Your Child" evenings at the family centre every Thursday for 8 weeks from 26 June, and Precious will send Ruth the register.

## 6. What will happen to help us

- Ruth will visit us every week, see Ayo on his own at home or at school, and see Simi at nursery once a month; she writes down what Ayo says each time.
- Precious Mensah, family support worker, will come on Tuesday evenings for 6 weeks from 24 June to help with Ayo's bedtime, and will write a note for Ruth after each session.
- Mrs Kavanagh, Ayo's class teacher, will do a feelings check-in with Ayo every Friday and tell Ruth the same day if he has a mark or says he has been hurt.
- Ayo to be referred to the school nurse about his bedwetting and his sleep.
- Support to be offered to us with the rent arrears before the court date on 14 August.
- Someone to phone Simi's nursery every Monday to ask how she was when she arrived.

## 7. If it goes wrong

If Dayo hits either child, or Ayo comes to school with a mark that nobody can explain, Dayo will
leave the house that day and stay with Kunle in Eastgate, and Temi will ring Ruth (or the
out-of-hours team, the number is on our fridge). Ruth will hold a strategy meeting the same day.
If Temi cannot keep the children safe at home, Ayo and Simi will go to foster carers together.

If Dayo hits the children again, or if the plan is not working by the review conference, Ruth's
manager will hold a legal planning meeting.

## 8. Meetings

- Core group every 4 weeks at the family centre, 4pm: 3 July, 31 July and 28 August 2025.
- Review child protection conference: 9 September 2025, 10am, Cantlemoor Council House.

*Signed: Temi Oyediran, Dayo Oyediran. Typed by Ruth Castellano, social worker, 20 June 2025.*
""",
    "findings": [
        F("F002", "Dad will learn to stay calm and not lose his temper."),
        F("T001", "I will keep an eye on Dayo's temper with Ayo and Simi."),
        F("M002", "I will keep an eye on Dayo's temper with Ayo and Simi."),
        F("T002", "go on the Calmer Dads course at Cantlemoor Family Centre"),
        F("W001", "Ayo to be referred to the school nurse"),
        F("T001", "Ayo to be referred to the school nurse"),
        F("M001", "Ayo to be referred to the school nurse"),
        F("W001", "Support to be offered to us with the rent arrears"),
        F("M001", "Support to be offered to us with the rent arrears"),
        F("W001", "Someone to phone Simi's nursery every Monday"),
        F("M001", "Someone to phone Simi's nursery every Monday"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child's own plan: one box per adult, a photo caption and name banner
#    across the top, "I will" promises below. Exemplary (pdf, header/footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_crimbleford_childs_plan_photo_boxes_horvath.pdf",
    "doc_title": "Lili's Plan - Lili Horvath",
    "split": "tune",
    "template": "child-friendly-cp-plan-paged-you-voice-what-you-told-us-then-one-box-per-adult-photo-caption-and-name-banner-row-what-i-will-do-when-how-you-will-know-then-for-the-grown-ups",
    "description": (
        "Exemplary child-friendly plan for an 8-year-old after domestic abuse by her father, who has left "
        "(mother, grandmother, ELSA, IDVA, father at a contact centre). Each adult has a box: a banner "
        "row with their photo caption and name, then 'What I will do / When / How you will know' rows, "
        "so the owner is only in the banner. Every promise has a time and an observable check; the "
        "grandmother's one job has a fallback; contingency, core group and review dates and legal "
        "planning are in a 'For the grown-ups' part."
    ),
    "header": "Lili's plan – made with Lili – Crimbleford Children's Services",
    "footer": "Lili Horvath · child protection plan · 12 June 2025 · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Verdana",
    "font_size": 11,
    "blocks": [
        ("title", "Lili's Plan"),
        ("p", "Hello Lili. This is your plan. It tells you what the grown-ups around you are going to do to "
              "help you feel safe, and how you will know they are doing it. We made it together with you at "
              "school on 12 June 2025. If anything in it is wrong, tell Rhiannon and she will change it."),
        ("h1", "What you told us"),
        ("p", "You told Rhiannon that you liked it when it was just you and Mum \"because it's quiet and we "
              "watch films\". You said the scariest thing was \"when Dad threw the chair and Mum was "
              "crying on the floor\", and that you hid in the wardrobe with your rabbit, Pickle."),
        ("p", "You said you want to see Dad \"but not at home, and not if he's angry\". You drew your three "
              "houses: in your house of worries was \"shouting\", in your house of good things was "
              "\"Nagymama's cakes and Mrs Keane's Rainbow Room\", and in your house of dreams was \"a dog "
              "and Dad being kind\". On your safe scale you gave home a 6 and school a 9."),
        ("h1", "What we want for you"),
        ("bullets", [
            "You live at home with Mum with no shouting, hitting or scary times.",
            "You see Dad safely every week at Willowbank and have fun with him.",
            "You feel safe at home and at school, and give home 8 or more out of 10 on your safe scale.",
        ]),
        ("h1", "Your grown-ups and what they will do"),
        ("p", "Each box belongs to one grown-up. Their photo and name are at the top, and everything in the "
              "box is what that grown-up has promised to do."),
        ("table", {
            "rows": [
                ["[Photo: Rhiannon sitting on the bench by the duck pond]   RHIANNON LAKE – your social worker",
                 H, H],
                ["What I will do", "When", "How you will know"],
                ["Come and see you at home and talk with you on your own, in your room or in the garden",
                 "Every 2 weeks; once a month I will come without telling Mum first",
                 "I write down what you tell me and read it back to you before I go"],
                ["See you at school in the Rainbow Room and do your safe scale with you",
                 "Once a month, on a Wednesday",
                 "Your safe scale sheets are kept in your folder and I show them at every grown-ups' meeting"],
            ],
            "widths": [7.4, 4.2, 5.4],
        }),
        ("table", {
            "rows": [
                ["[Photo: Mum and Lili making pancakes]   ERIKA HORVATH – Mum", H, H],
                ["What I will do", "When", "How you will know"],
                ["Keep the front door locked and not let Dad into the flat",
                 "Every day, for as long as the court order lasts (until March 2026)",
                 "You tell Rhiannon when she asks you; the police tell Rhiannon the same day if they are "
                 "called"],
                ["Go to the Freedom Programme at the Crimbleford Women's Centre, to learn how to keep us both "
                 "safe",
                 "Every Monday morning for 12 weeks from 16 June 2025",
                 "The Women's Centre sends Rhiannon my attendance sheet every month"],
                ["Read with you and tuck you in at bedtime",
                 "Every school night at 7.30pm",
                 "Your reading record is signed each night and Mrs Keane looks at it on Fridays"],
            ],
            "widths": [7.4, 4.2, 5.4],
        }),
        ("table", {
            "rows": [
                ["[Photo: Dad in his football shirt]   GÁBOR HORVATH – Dad", H, H],
                ["What I will do", "When", "How you will know"],
                ["Go to a group that helps dads learn to stop shouting and hurting their family (Respect "
                 "Crimbleford)",
                 "Every Tuesday evening until 30 September 2025",
                 "Owen, who runs the group, sends Rhiannon a report every month"],
                ["See you only at Willowbank Contact Centre, and never come to the flat or to your school",
                 "Every Saturday, 10am to 12 noon",
                 "Willowbank staff write notes after every visit and send them to Rhiannon each week"],
            ],
            "widths": [7.4, 4.2, 5.4],
        }),
        ("table", {
            "rows": [
                ["[Photo: Mrs Keane holding the Rainbow Room worry monster]   MRS ANGELA KEANE – ELSA at "
                 "Hollybank Primary", H, H],
                ["What I will do", "When", "How you will know"],
                ["Have worry time with you in the Rainbow Room",
                 "Every Wednesday after lunch",
                 "I write down what you tell me, and I ring Rhiannon the same day if you are worried about "
                 "home"],
                ["Check that your safety card with the phone numbers is in your book bag",
                 "Every Monday morning",
                 "I tick it off on my sheet, which Rhiannon sees at every grown-ups' meeting"],
            ],
            "widths": [7.4, 4.2, 5.4],
        }),
        ("table", {
            "rows": [
                ["[Photo: Nagymama with her famous plum cake]   ILONA VARGA – Nagymama (Mum's mum)", H, H],
                ["What I will do", "When", "How you will know"],
                ["Pick you up from school and give you tea at my house",
                 "Every Tuesday and Thursday at 3.15pm",
                 "The school's pick-up book is signed by me each time"],
            ],
            "widths": [7.4, 4.2, 5.4],
        }),
        ("table", {
            "rows": [
                ["[Photo: Sadia at the Crimbleford Domestic Abuse Service front desk]   SADIA RAHMAN – helps "
                 "Mum stay safe (IDVA)", H, H],
                ["What I will do", "When", "How you will know"],
                ["Make a safety plan with Mum, including what you should do and who you can ring if Dad comes "
                 "to the flat",
                 "By 27 June 2025, then checked with Mum every month",
                 "Mum has a copy, you have your own copy in your reading folder, and Rhiannon has one on "
                 "file"],
                ["Ask the police to put a marker on your flat so they come quickly if Mum rings 999",
                 "By 20 June 2025",
                 "An email from the police to Rhiannon saying the marker is on"],
            ],
            "widths": [7.4, 4.2, 5.4],
        }),
        ("h1", "For the grown-ups"),
        ("h2", "Why there is a plan"),
        ("p", "Lili has been the subject of a child protection plan since the initial conference on 5 June "
              "2025, under the category of emotional abuse. Police were called to the family flat three "
              "times between January and May 2025. On 18 May Gábor threw a chair at Erika while Lili was in "
              "the room. Gábor left the flat that night and now lives in Ashgrove. A non-molestation order "
              "was made on 28 May 2025 and runs until March 2026."),
        ("h2", "If something worrying happens"),
        ("p", "If Gábor comes to the flat or to Hollybank Primary, or sends Erika threatening messages, Erika "
              "will ring 999 and Rhiannon (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. Contact at Willowbank stops until a new risk assessment is done. If "
              "Erika and Lili cannot stay safely at the flat, Sadia will find them a refuge place that day."),
        ("p", "If Nagymama is ill or cannot collect Lili, Lili will stay at the Hollybank after-school club "
              "until 5.30pm and Erika will collect her from there."),
        ("h2", "When the grown-ups meet"),
        ("bullets", [
            "Core group every 4 weeks at Hollybank Primary, 3.30pm: 3 July, 31 July and 28 August 2025.",
            "Review child protection conference: 18 September 2025, 10am, Crimbleford Civic Centre.",
            "If Gábor breaks the order or the contact rules, Rhiannon will ask her team manager for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("p", "Rhiannon Lake, Social Worker, Crimbleford Children's Services – plan shared with Lili, Erika, "
              "Gábor (his part and the contact rules only), Ilona, Hollybank Primary and Sadia Rahman."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Social worker's letter to a young mother in a supported flat, "I will
#    visit you ...", with passive gaps and a reply slip (pdf, footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_corvenhall_sw_letter_reply_slip_loughlin.pdf",
    "doc_title": "Letter after conference - Tyler Loughlin",
    "split": "tune",
    "template": "sw-letter-to-young-mother-in-supported-flat-paged-first-person-i-will-visit-you-bold-headings-what-will-happen-now-paragraph-per-commitment-then-tear-off-reply-slip",
    "description": (
        "A social worker's letter to a 19-year-old care leaver after the initial conference for her "
        "4-month-old son (neglect; baby's father with a violence history visiting at night; mother's "
        "anxiety under the perinatal team). Owners are 'I' (the social worker), 'you' and named "
        "services. Gaps: a referral 'will be made' with no owner, time or measure; the social worker "
        "will 'try to' find a nursery place 'as soon as I can'; budgeting support 'will be offered' by "
        "nobody; the CPN only supports; 'Everyone working with you' reports sightings. Reply slip at the end."
    ),
    "footer": "Corvenhall Council Children's Social Care – letter to Kerry-Lee Loughlin – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("pr", "Corvenhall Council"),
        ("pr", "Children's Social Care – Assessment and Protection Team 1"),
        ("pr", "Mercer House, 2 Quayside, Corvenhall"),
        ("pr", "Our ref: CSC/ICPC/25/4417"),
        ("pr", "20 June 2025"),
        ("p", ""),
        ("pl", "Miss Kerry-Lee Loughlin"),
        ("pl", "Flat 4, Beacon House"),
        ("pl", "17 Lantern Street"),
        ("pl", "Corvenhall"),
        ("p", ""),
        ("p", "Dear Kerry-Lee,"),
        ("p", "Thank you for coming to the child protection conference about Tyler on Tuesday, and for "
              "bringing Jade from the advocacy service with you. I know it was a long and hard morning. I "
              "promised I would write down what was decided and what everyone has agreed to do, so that you "
              "have it in one place. If anything here doesn't match what you remember, please ring me."),
        ("boldp", "Why Tyler has a child protection plan"),
        ("p", "The conference on 17 June 2025 decided that Tyler needs a child protection plan under the "
              "category of neglect. On 28 May staff at Beacon House found Tyler alone in your flat, crying "
              "in his cot, for nearly two hours while you were in another flat. Jordan Pike, Tyler's dad, "
              "had been staying overnight although the house rules do not allow it, and staff heard "
              "shouting from your flat at 2am on 27 May. Jordan has two convictions for assaulting a "
              "previous partner. Tyler has also missed his 8-week and 12-week immunisations."),
        ("p", "You told the conference that you have had anxiety since you were in care, and that you have "
              "hurt yourself in the past when things got too much, though not since Tyler was born. You are "
              "seeing the Corvenhall Perinatal Mental Health Team."),
        ("boldp", "What we have seen of Tyler"),
        ("p", "Tyler is a smiley, chunky baby who is gaining weight well on the 50th centile. When I have "
              "visited he has been clean and dressed, and he turns his head towards your voice and calms as "
              "soon as you pick him up. On the night of 28 May the staff said his sleepsuit was soaked and "
              "he was hoarse from crying. Carmen, your health visitor, has noticed that he startles and "
              "cries when doors bang or people raise their voices."),
        ("boldp", "What you told the conference"),
        ("p", "You said, \"I love Tyler more than anything and I'm not going to end up like my mum.\" You "
              "told us that Jordan is \"different with Tyler\" but that you understand why conference is "
              "worried, and that you would like to go back to college in September to finish your level 2 "
              "in childcare."),
        ("boldp", "What we want for Tyler"),
        ("bullets", [
            "Tyler is never left alone in the flat and is always cared for by an adult who is awake and sober.",
            "Tyler grows up without shouting or violence around him, and is kept away from Jordan unless "
            "contact has been agreed as safe.",
            "Tyler's immunisations are up to date and he keeps growing well along his centile.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "I will visit you and Tyler at Beacon House every Monday afternoon, and at least once a "
              "fortnight without arranging it first, and I will write down in my visit record where Tyler "
              "sleeps and how he is."),
        ("p", "Carmen Ruiz, your health visitor, will weigh Tyler every two weeks at the baby clinic or at "
              "home and write his weight in his red book, which I will look at on my visits."),
        ("p", "Beacon House staff will knock and see you and Tyler at 8pm every evening and write in the "
              "night log whether anyone else is in the flat; the manager, Sue Fenwick, will email me the log "
              "every Friday."),
        ("p", "You have agreed to take Tyler for his missed immunisations at Corvenhall Health Centre by 18 "
              "July, and the practice nurse will record them in his red book."),
        ("p", "You have agreed that Jordan will not come to Beacon House at all, from today, and staff will "
              "write in the night log any time he is seen there."),
        ("p", "A referral will be made to the Young Parents' Nurture Group at the Riverside Family Hub."),
        ("p", "I will try to find a nursery place for Tyler as soon as I can, so that you can go back to "
              "college."),
        ("p", "Support with your budgeting and your Universal Credit will be offered to you by the end of "
              "July."),
        ("p", "Declan Frost, your CPN from the Corvenhall Perinatal Mental Health Team, will keep seeing you "
              "every fortnight to help you manage your anxiety."),
        ("p", "Everyone working with you and Tyler will let me know the same day if Jordan is seen near "
              "Beacon House, and I will note it on Tyler's file."),
        ("boldp", "If things go wrong"),
        ("p", "If Jordan is found in your flat or anywhere in Beacon House, if Tyler has a mark or injury that "
              "nobody can explain, or if Tyler is left on his own in the flat again, Beacon House staff will "
              "ring me (or the emergency duty team at night) straight away and I will hold a strategy "
              "discussion the same day. Tyler would then be looked after away from Jordan: with you in a "
              "parent-and-baby foster placement if that is safe, or with foster carers if it is not."),
        ("boldp", "Meetings"),
        ("p", "The core group (you, me, Carmen, Declan and Sue) will meet every four weeks at Beacon House, "
              "on 3 July, 31 July and 28 August 2025 at 11am. The review child protection conference will be "
              "on 16 September 2025 at 10am at Corvenhall Town Hall."),
        ("p", "If Jordan is found at Beacon House again, or Tyler's immunisations have not been done by the "
              "core group on 31 July, I will ask my manager for a legal planning meeting. That meeting would "
              "decide whether to start the pre-proceedings process (PLO), and you would be told in writing "
              "and offered free legal advice."),
        ("p", "I know this is a lot to take in. You are doing many things well for Tyler, and I want this "
              "plan to help you keep him safe at home with you."),
        ("p", "Yours sincerely,"),
        ("p", "Hannah Okwuosa"),
        ("pl", "Social Worker, Assessment and Protection Team 1"),
        ("pl", "cc: Carmen Ruiz, health visitor; Declan Frost, CPN; Sue Fenwick, Beacon House; Jade Arnott, "
               "advocate"),
        ("p", ""),
        ("boldp", "Reply slip – please tear off and send back in the stamped envelope"),
        ("pl", "[ ] I have read this letter and I understand the plan for Tyler."),
        ("pl", "[ ] I would like to talk to Hannah about something in this letter."),
        ("pl", "[ ] Please send a copy of this letter to my advocate."),
        ("pl", "Signed: ______________________    Date: ____________"),
    ],
    "findings": [
        F("W001", "A referral will be made to the Young Parents' Nurture Group"),
        F("T001", "A referral will be made to the Young Parents' Nurture Group"),
        F("M001", "A referral will be made to the Young Parents' Nurture Group"),
        F("T002", "try to find a nursery place for Tyler"),
        F("M001", "try to find a nursery place for Tyler"),
        F("W001", "Support with your budgeting and your Universal Credit"),
        F("M001", "Support with your budgeting and your Universal Credit"),
        F("H001", "Declan Frost, your CPN from the Corvenhall Perinatal"),
        F("M001", "Declan Frost, your CPN from the Corvenhall Perinatal"),
        F("W002", "Everyone working with you and Tyler will let me know"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Summer holiday cover rota: every row is one job and names who does it.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_clattersby_summer_holiday_cover_rota_featherby.md",
    "split": "tune",
    "template": "core-group-holiday-plan-md-why-a-rota-this-summer-childrens-words-then-holiday-cover-rota-table-when-who-what-they-will-do-how-well-know-one-job-per-row-then-two-contingencies-rota-gap-and-relapse",
    "description": (
        "Exemplary core group plan for the school summer holidays for a 10-year-old and a 6-year-old "
        "whose mother came home from a psychiatric ward in May (bipolar disorder; neglect). A holiday "
        "cover rota gives one job per row with When / Who / What / How we'll know, so each row names its "
        "owner; grandmother and aunt cover weekdays. The CMHT care co-ordinator reports on readiness to "
        "care alone and a psychiatrist assesses relapse risk; separate contingencies for a rota gap and "
        "for relapse; core group and review dates; legal planning meeting after relapse."
    ),
    "text": """\
# Ellis and Maisie – summer holiday plan and cover rota

**Clattersby Borough Council · Children's Services · Family Safeguarding Team West**

Core group plan for the school holidays, agreed at the core group on 17 July 2025.
Ellis and Maisie have had child protection plans since 24 April 2025 (category: neglect).
Social worker: Lorraine Yeo · Team manager: Dev Maddox

---

## Why there is a rota this summer

Gemma Featherby (Mum) has bipolar disorder. In March she became very unwell, did not sleep
for four nights, and took Ellis and Maisie to Clattersby station at 2am "to catch a train to
the sea". She was admitted to Fernside Ward under section 2 for five weeks and came home on
30 May. She has taken her lithium every day since and her mood is settled, but the community
mental health team says the first months after discharge are when relapse is most likely.

In term time the children are at school all day. In the holidays they would be with Gemma for
ten hours a day while Craig (Dad) is at work. The core group agreed that until Dr Selby's
assessment Gemma will not look after the children on her own for more than two hours at a
time, and that this rota covers every weekday from 22 July to 2 September 2025.

## What Ellis and Maisie say

Ellis (10, seen on his own at school on 10 July): "When Mum was in hospital it was like a bad
dream. She's normal now. I'd rather be at Nan's in the day anyway because she's got Sky." He
said he still watches Mum "in case she goes fast again", and that if she did he would tell
Nan or ring Lorraine. He put home at 7 and Nan's at 10 on his safety scale.

Maisie (6, seen at home on 14 July) said "I like Auntie Shell's because she has a trampoline"
and drew the whole family at the seaside. She asked whether Mummy would have to "go back in
the hospital" and said she gets scared when Mummy cries.

## What we want for Ellis and Maisie this summer

- Every day of the holidays Ellis and Maisie are with an adult who is well and able to look after them.
- Ellis can stop watching his mum for signs that she is unwell, and enjoys his summer.
- Both children go back to school on 3 September rested, Maisie ready for Year 2 and Ellis for Year 6.

## Holiday cover rota, 22 July to 2 September 2025

One job per row. The person in the Who column is responsible for that job.

| When | Who | What they will do | How we'll know |
|---|---|---|---|
| Monday to Friday, 7.30 to 9.15am | Craig Featherby (Dad) | Get Ellis and Maisie up and fed, see Gemma take her morning lithium, then drop the children at Nan's or Auntie Shell's on his way to work | Tick sheet on the fridge, checked by Lorraine at every visit; lithium packs counted by Mark each Tuesday |
| Monday, Tuesday and Wednesday, 9.15am to 5.30pm | Pat Featherby (Nan, Dad's mum) | Have the children at her house on Orchard Rise, give them lunch and tea, and take them out to the park or the library | Holiday diary signed by Pat each day; photo of the week's pages sent to Lorraine every Friday |
| Thursday and Friday, 9.15am to 5.30pm | Shelley Marsh (Auntie Shell, Mum's sister) | Take the children to Brook Park Play Scheme from 10am to 3pm, then have them at her house until Craig collects | Play scheme register; holiday diary signed by Shelley |
| Every Wednesday, 2 to 4pm | Gemma Featherby (Mum), at Pat's house with Pat there | Spend time with Ellis and Maisie doing something they choose | Pat writes how it went in the holiday diary; Lorraine asks the children at her next visit |
| Every weekday from 5.30pm, and all weekend | Craig Featherby (Dad) | Cook tea, do Maisie's bath and bedtime, and be the main carer, with Gemma, overnight | Craig's note in the diary each night; Lorraine's evening visit records |
| Every Monday, 4 to 5.30pm; every other week unannounced on another day | Lorraine Yeo, social worker | Home visit: see Ellis and Maisie on their own, read the diary and tick sheet, and ask the children how their week went | Visit record with the children's own words |
| Every Friday, 5pm | Lorraine Yeo, social worker | Ring Craig, Pat and Shelley together to confirm next week's rota and fill any gaps | Next week's rota emailed to everyone by 6pm that Friday |
| Every Tuesday | Mark Ellery, care co-ordinator, Clattersby CMHT | See Gemma at home, check her lithium level and early warning signs, and report on whether she is ready to look after the children on her own for longer and how long that is likely to take | Written report read at each core group, with her latest lithium level |
| By 15 August 2025 | Dr Amira Selby, consultant psychiatrist, Clattersby CMHT | Assess Gemma's risk of relapse and whether she can safely care for the children on her own during the day | Written assessment shared with the core group on 21 August and with the review conference |
| Trips on 4 and 18 August; assessment by 29 August 2025 | Dani Holt, Clattersby Young Carers | Take Ellis on the young carers' summer trips and complete his young carers assessment | Trip register; assessment sent to Lorraine, Craig and Gemma |

## If someone on the rota cannot do their slot

If Pat or Shelley is ill or cannot do a day, Craig will take that day as carer's leave (his
manager has agreed up to five days in writing). If Craig cannot, Lorraine has a reserved
full-day place for both children at Brook Park Play Scheme. If none of these can be arranged,
Lorraine will arrange for Ellis and Maisie to stay together with approved foster carers that
day.

## If Gemma becomes unwell

If Gemma sleeps less than four hours on two nights running, stops taking her lithium, or starts
spending large amounts of money or talking very fast (the early warning signs in her relapse
plan), whoever notices will ring the Clattersby CMHT crisis line and Lorraine (or the emergency
duty team out of hours) that day. The children will go to Pat's straight away and stay there,
with Craig, until the crisis team has seen Gemma. Lorraine will hold a strategy discussion the
same day.

## Meetings and legal planning

- Core group every 3 weeks at Clattersby Family Hub, 10am: 31 July, 21 August and 11 September 2025.
- Review child protection conference: 25 September 2025, 1.30pm, Clattersby Town Hall.
- If Gemma relapses, or Dr Selby's assessment finds she cannot safely look after the children during the day by the time they go back to school, Lorraine will ask Dev Maddox for a legal planning meeting within 5 working days.

*Rota agreed by Craig, Gemma, Pat and Shelley on 17 July 2025. Typed by Lorraine Yeo.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes emailed as plain text: attendee key of initials, agency
#    updates, then actions each ending with the owner's initials (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_caddenholme_core_group_email_initials_key_costigan.txt",
    "split": "tune",
    "template": "core-group-minutes-plain-text-email-attendee-key-of-initials-numbered-agency-updates-then-actions-agreed-list-each-line-ending-dash-owner-initials",
    "description": (
        "Second core group minutes, sent as a plain-text email, for a 7-year-old and a 3-year-old "
        "(neglect: hoarding and a blocked fire escape route; mother's depression treated by the GP). An "
        "attendee key defines initials and each agreed action ends with its owner's initials. Gaps: the "
        "learning mentor check-in has no measure; the hoarding referral, tenancy support and the smoke "
        "alarm check end with no initials and name nobody; Dad helps with the school run 'as and when "
        "shifts allow'; no adult service owns an action; the next core group is 'to be confirmed'."
    ),
    "text": """\
From:    Kerry Oduya <kerry.oduya@caddenholme.gov.example>
To:      Costigan core group (see key below)
Sent:    Friday 11 July 2025 16:52
Subject: CORE GROUP 2 - COSTIGAN (Darragh & Aoife) - minutes of 10/07/2025
Class:   OFFICIAL-SENSITIVE

Hi all,

Minutes of yesterday's core group below. Please send me any corrections by Wednesday
16 July. Actions are at the bottom, each with the initials of the person doing it.

Thanks, Kerry

=====================================================================
CADDENHOLME METROPOLITAN COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION CORE GROUP MEETING (2)
=====================================================================
Children:   Darragh COSTIGAN, DOB 02/02/2018 (7), Year 2, St Brendan's RC Primary
            Aoife COSTIGAN, DOB 19/10/2021 (3), Little Acorns Nursery
Address:    41 Tanner's Row, Caddenholme
Plan:       Since ICPC 12/06/2025 - category NEGLECT
Meeting:    Thursday 10/07/2025, 10.00-11.30, St Brendan's, meeting room 2

ATTENDEE KEY
  KO  Kerry Oduya, social worker (chair)
  NC  Niamh Costigan, mum
  SC  Sean Costigan, dad
  BT  Bronagh Tully, health visitor
  MF  Martin Fenn, DSL, St Brendan's RC Primary
  LP  Lisa Parfitt, room leader, Little Acorns Nursery
  JW  Jade Wicks, business support (minutes)
Apologies: Dr Kapoor, GP, Riverside Medical Practice (no report received)

1. INTRODUCTIONS AND PURPOSE
KO reminded everyone that the core group is there to check the plan is working
for Darragh and Aoife and to change it if not.

2. UPDATES SINCE CONFERENCE
2.1 Home (KO) - Visited 19/06 and 03/07 (unannounced). Kitchen now usable and
    the sink clear. The landing and the back bedroom are still stacked with bags
    and boxes to shoulder height, so the children's only way out past the stairs
    is blocked. The smoke alarm on the landing has no battery. Checklist score
    3/10 (ICPC 2/10).
2.2 Health (BT) - Aoife missed her audiology appointment on 24/06. BT has
    rebooked it for 30/07. Aoife says around 10 words; at 3 she should have many
    more. Darragh's immunisations are up to date.
2.3 School (MF) - Darragh's attendance this term is 84%, late 9 times. He has
    been sent in twice without a coat in the rain. He is polite and "always
    hungry by ten o'clock".
2.4 Nursery (LP) - Aoife has been in for 7 of 12 sessions since conference.
    When she is in she is happy, plays at the sand tray and points to ask for
    things. She arrived twice in a dirty nappy from the night before.
2.5 Parents (NC/SC) - NC said her depression (diagnosed by her GP in March; she
    takes citalopram) makes it hard to get going in the mornings and hard to
    throw anything away. SC works shifts at Mallory's Bakery, earlies one week
    and lates the next. Both said they want the children to stay at home and
    know the house has to change. They are two months behind with the rent and
    have had a letter from the housing association.

3. WHAT THE CHILDREN ARE SAYING
Darragh (seen by KO at school 03/07): "I can't find my school shoes in all the
stuff. Mammy's tired a lot. I'd like my bedroom back so I can have my Lego out."
He scored home 5/10 and said he would feel safer "if the landing was empty".
Aoife was seen at home and nursery. She goes to her mum for cuddles, climbs
over the bags on the landing to get to her cot, and covers her ears when the
hoover goes on.

4. OUTCOMES (from ICPC, no change)
O1 Darragh and Aoife live in a home that is safe from fire, with a clear way
   out, and clean enough to play and sleep in their own rooms.
O2 Aoife's hearing and speech are checked and she gets the help she needs.
O3 Darragh gets to school on time every day (attendance 95% or more) with
   breakfast and the right clothes.

5. CONTINGENCY (agreed at ICPC, read out again today)
If the way out from the children's bedrooms is blocked at any visit after
25/07/2025, or either child is found in the house without an adult, KO will
hold a strategy discussion the same day and the children will stay with SC's
sister, Orla Costigan, at 6 Marsh Road until the house is safe. If Orla cannot
have them, they will go to foster carers under s20 that day. If the checklist
score is not at least 7/10 by the review conference, KO will request a legal
planning meeting.

6. NEXT MEETINGS
Core group 3:   date to be confirmed - KO to send invites
Review CPC:     09/09/2025, 2pm, Caddenholme Civic Centre

7. ACTIONS AGREED (owner's initials at the end of each line - see key)
 7.1  Home visits every 2 weeks, one a month unannounced; see both children and
      score the kitchen, stairs and bedrooms on the home conditions checklist,
      with scores brought to each core group - KO
 7.2  Clear the landing and the back bedroom of bags and boxes so the way out
      from the children's rooms is clear by 25/07/2025; KO to photograph it at
      her next visit - NC/SC
 7.3  Take Aoife to her rebooked audiology appointment on 30/07/2025 at
      Caddenholme General, result letter copied to BT and KO - NC
 7.4  Home visit to weigh and measure Aoife and do the WellComm speech screen
      by 08/08/2025, scores shared with KO and LP - BT
 7.5  First-day calling for Darragh: phone home by 9.30am on any unexplained
      absence and tell KO the same day; attendance % emailed to KO every
      Friday - MF
 7.6  Darragh to have a weekly check-in with the learning mentor - MF
 7.7  Aoife to keep her Mon/Wed/Fri morning sessions at Little Acorns through
      the summer; ring KO if she is not in by 10am and send KO the register
      every Friday - LP
 7.8  Referral to be made to the Caddenholme Hoarding Support Service by
      25/07/2025.
 7.9  Tenancy support to be offered to the family.
 7.10 Someone to check the new smoke alarm on the landing is fitted and
      working, with a photo sent to KO, before the next core group.
 7.11 Help more with the school run as and when shifts allow, so that Darragh
      is in by 8.50 (register) - SC

Minutes taken by JW, checked by KO 11/07/2025.
""",
    "findings": [
        F("M001", "Darragh to have a weekly check-in with the learning mentor"),
        F("W001", "Referral to be made to the Caddenholme Hoarding Support Service"),
        F("M001", "Referral to be made to the Caddenholme Hoarding Support Service"),
        F("W001", "Tenancy support to be offered to the family."),
        F("T001", "Tenancy support to be offered to the family."),
        F("M001", "Tenancy support to be offered to the family."),
        F("W001", "Someone to check the new smoke alarm on the landing"),
        F("T002", "Help more with the school run as and when shifts allow"),
        F("F004"),
        F("R001"),
    ],
})
