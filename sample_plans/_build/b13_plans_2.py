"""Batch 13, module 2: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services,
hospitals, police forces and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus of the batch: good plans in unusual layouts. Five of the seven plans
are exemplary; the last two (a typed-up handwritten core group plan and a
chair's summary with actions numbered inside prose) have a few realistic
faults.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. One row per person, written in the first person:
#    Who I am | What I will do | When | How you will know (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_ilverton_who_i_am_rows_kowalczyk.docx",
    "doc_title": "Child Protection Plan - Zofia and Adam Kowalczyk",
    "split": "tune",
    "template": "first-person-row-per-person-who-i-am-what-i-will-do",
    "description": (
        "Exemplary ICPC plan for a 9-year-old and a 3-year-old (neglect; father's drinking, mother on "
        "night shifts). One table row per person, each written in the first person: 'Who I am | What I "
        "will do | When | How you will know', with family members, parents and professionals side by "
        "side. Recovery service owns an assessment, grandmother's collections have a named fallback, "
        "core group and review dates, legal planning trigger."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ilverton Borough Council · Children's Services · Safeguarding and Family Support (East)"),
        ("kv", [
            ("Children", "Zofia Kowalczyk (9), born 12/08/2015; Adam Kowalczyk (3), born 21/01/2022"),
            ("Parents", "Magda Kowalczyk (mum) and Piotr Kowalczyk (dad), 14 Tanner's Row, Ilverton"),
            ("Conference", "Initial child protection conference, 03/04/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Cole, 01632 960 412"),
            ("Chair", "Gareth Lund, Child Protection Chair"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Piotr drinks most days, often from the afternoon. On 11 March Zofia rang her grandmother at "
              "7pm because her dad was asleep on the sofa and Adam had not had any tea; Halina came round "
              "and could not wake Piotr. Nursery have twice noticed that Piotr smelled of alcohol when he "
              "collected Adam. Zofia has been late to school 14 times this term and has twice told her "
              "teacher she was hungry. Magda works four nights a week at the Ilverton distribution centre, "
              "so Piotr is often the only adult at home in the evening and overnight."),
        ("h1", "What Zofia and Adam have told us"),
        ("p", "Zofia (seen on her own at school on 27 March): \"When Tata has his beer he goes sleepy and I "
              "have to do Adam's tea. I can do toast and cereal.\" She likes it when Babcia picks them up "
              "\"because she does pierogi and we do my spelling\". She would like \"Tata to not drink on "
              "school nights\" and \"Mama to be home at bedtime sometimes\". She put herself at 4 out of 10 "
              "for feeling safe at home in the evening and 9 out of 10 at Babcia's."),
        ("p", "Adam is chatty at nursery and spends most of his time in the home corner \"making dinner\". "
              "He runs to Halina at pick-up time. Staff have noticed he asks for seconds at lunch every "
              "Monday."),
        ("h1", "What needs to be different for Zofia and Adam"),
        ("bullets", [
            "Zofia and Adam are looked after every evening and every night by an adult who is sober and "
            "awake enough to feed them, bath Adam and put them both to bed.",
            "Zofia no longer makes meals for Adam or puts him to bed, and gets to school by 8.45am having "
            "had breakfast.",
            "Adam is collected from nursery by a sober adult every day, and his weight and speech stay on "
            "track for his age.",
        ]),
        ("h1", "Who will do what"),
        ("p", "Everyone at the conference wrote their own part of the plan in their own words, and Hannah "
              "has put them together below."),
        ("table", {
            "header": ["Who I am", "What I will do", "When", "How you will know"],
            "widths": [3.4, 6.0, 3.2, 4.4],
            "rows": [
                ["Hannah Cole, social worker, Ilverton Children's Services",
                 "I will visit Zofia and Adam at home, some visits unannounced and at least one in the "
                 "evening each month. I will see Zofia on her own and look in the kitchen and at the "
                 "children's beds.",
                 "Every 10 working days; first visit by 11/04/2025",
                 "My visit records will say what Zofia told me, what food was in the house and who was "
                 "caring for the children. I will bring them to each core group."],
                ["Dean Haworth, recovery worker, Ilverton Recovery Service",
                 "I will complete an alcohol assessment with Piotr, agree a plan with him to stop drinking "
                 "on the days he looks after the children, and breath-test him at every session.",
                 "Assessment by 25/04/2025, then every Wednesday at 10am",
                 "Breath-test results, and a written report to each core group saying whether Piotr has "
                 "stayed sober on his care days and how likely that is to last."],
                ["Orla Finnegan, health visitor",
                 "I will see Adam at home, weigh him, look at his teeth and check his speech. I will do "
                 "his overdue two-and-a-half-year review at my first visit.",
                 "Monthly; the review by 30/04/2025",
                 "Adam's weight and ASQ-3 scores written in his red book and sent to Hannah after each "
                 "visit."],
                ["Stephen Kerr, designated safeguarding lead, St Mark's Primary",
                 "I will give Zofia a free breakfast club place and check in with her each Monday morning "
                 "about her weekend. I will phone Hannah the same day if Zofia is hungry or unwashed, or "
                 "tells us something that worries us.",
                 "Breakfast club every school day from 07/04/2025; check-in every Monday",
                 "Breakfast club register and my check-in notes, emailed to Hannah every Friday. Zofia's "
                 "late marks should drop to none within a fortnight."],
                ["Jess Amberley, manager, Little Wrens Nursery",
                 "I will only let Adam go home with an adult on his collection list, and I will not hand "
                 "him to anyone who smells of alcohol or seems unsteady. I will ring Magda and Hannah "
                 "straight away instead.",
                 "Every nursery day (Monday, Tuesday, Thursday)",
                 "Collection book signed each day by the adult who collected Adam; any refusal written "
                 "in the book and reported to Hannah that day."],
                ["Magda Kowalczyk, Zofia and Adam's mum",
                 "I will change my shifts so that I am at home with the children on Fridays and "
                 "Saturdays. On my work nights I will ring home at 8pm to check they have eaten and are "
                 "getting ready for bed.",
                 "New shifts from 14/04/2025; the 8pm call on every work night",
                 "My rota, which I will give to Hannah, shows Fridays and Saturdays off. Zofia tells "
                 "Hannah that Mama rang each night."],
                ["Piotr Kowalczyk, Zofia and Adam's dad",
                 "I will not drink any alcohol on the days I am looking after Zofia and Adam, and I will "
                 "do a breath test whenever Hannah or Dean asks me to.",
                 "Every day I care for the children, from 04/04/2025",
                 "Every breath test reads zero, and Zofia tells Hannah that Tata was awake and made "
                 "tea."],
                ["Halina Nowak, Zofia and Adam's Babcia (Magda's mum)",
                 "I will collect Zofia from school and Adam from nursery, give them tea at my flat and "
                 "bring them home at 7pm.",
                 "Every Tuesday and Thursday",
                 "The school and nursery collection books show my name on those days."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Piotr has been drinking while he is the only adult looking after Zofia or Adam – a breath "
              "test above zero, nursery refusing to hand Adam over, or Zofia telling anyone that her dad "
              "could not be woken – Hannah (or the emergency duty team on 01632 960 000 out of hours) will "
              "visit the same day. The children will stay with Halina Nowak that night, and Piotr will not "
              "care for them alone until a strategy discussion has been held within 24 hours. If Halina "
              "cannot have the children because she is ill, away or cannot manage, Hannah will place Zofia "
              "and Adam together with approved Ilverton foster carers the same day."),
        ("p", "If Halina can no longer do the Tuesday and Thursday collections, Magda will take those days "
              "off work until Hannah has arranged after-school club places for both children, within 5 "
              "working days."),
        ("h1", "Meetings, and what happens if things don't change"),
        ("bullets", [
            "Core group: every 4 weeks at St Mark's Primary, on 17/04/2025, 15/05/2025 and 12/06/2025.",
            "Review child protection conference: 26/06/2025 at 10am, Ilverton Civic Offices.",
            "If Piotr has any breath test above zero on a day he is caring for the children, or has not "
            "completed his assessment with Dean by 25/04/2025, Hannah's team manager will request a legal "
            "planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family group conference: the family's own plan in their words, with
#    banner rows, then what the professionals will do (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_imbercombe_fgc_family_plan_rourke.docx",
    "doc_title": "Family Group Conference - Our Family Plan for Kayden and Ellie-Rose",
    "split": "tune",
    "template": "fgc-family-plan-banner-rows-then-professionals",
    "description": (
        "Exemplary family group conference plan attached to a CP plan (mother's severe postnatal "
        "depression; a 7-year-old and a 5-month-old). The family's plan is written in their words in a "
        "table with banner rows ('Mornings and school', 'Nights and the baby', 'If Jade is having a bad "
        "day'); a second table with the owner first sets out the professionals' part. Perinatal team "
        "asked to assess capacity to change; contingency covers each relative dropping out."
    ),
    "blocks": [
        ("title", "Our Family Plan"),
        ("p", "Imbercombe Family Group Conference Service · family meeting held at Westgate Community Centre "
              "on Saturday 5 April 2025. This plan was agreed by the social worker at the meeting and is "
              "part of the children's child protection plan (initial conference 27/03/2025)."),
        ("kv", [
            ("For", "Kayden Rourke (7) and Ellie-Rose Rourke (5 months)"),
            ("Family at the meeting", "Jade Rourke (Mum), Carol Rourke (Nan), Shauna Rourke (Auntie Shauna), "
                                      "Daniel Rourke (Uncle Dan), Pauline Voss (Jade's friend and neighbour)"),
            ("Coordinator", "Marcus Bell, FGC coordinator"),
            ("Social worker", "Lorna Diaz, Imbercombe Children's Services"),
            ("Kayden's advocate", "Becky Shaw"),
        ]),
        ("h1", "The question we were asked"),
        ("p", "How will we make sure Kayden and Ellie-Rose are fed, safe and looked after every day and every "
              "night while Jade is unwell with postnatal depression?"),
        ("h1", "What Lorna told us she is worried about"),
        ("p", "Since Ellie-Rose was born Jade has had severe postnatal depression. In February she told her "
              "health visitor that she sometimes thinks the children would be better off without her. Twice "
              "in March Kayden missed school because Jade could not get out of bed, and on 14 March the "
              "health visitor found Ellie-Rose in a nappy that had not been changed for many hours, with a "
              "bottle made up hours before. Ellie-Rose has dropped from the 50th to the 25th centile for "
              "weight. Jade started medication in February and is now under the Imbercombe Perinatal Mental "
              "Health Team."),
        ("h1", "Kayden's words (read out by Becky, his advocate)"),
        ("p", "\"I want Mummy to get better and not be sad in bed. I like it when Nan picks me up because we "
              "go to the park. I don't like it when I have to shush Ellie-Rose when she cries because Mummy's "
              "sleeping. I want someone to do the baby at night so I can sleep. Please can Uncle Dan come on "
              "Fridays because he's funny.\""),
        ("p", "Ellie-Rose can't talk yet. Lorna and the health visitor have seen that she smiles and kicks "
              "when Nan talks to her, settles best upright on someone's shoulder, and goes red in the face "
              "and screams when she is hungry."),
        ("h1", "What we want for Kayden and Ellie-Rose"),
        ("bullets", [
            "Kayden goes to school every day on time with breakfast inside him, and never has to look after "
            "his sister.",
            "Ellie-Rose is fed every 3 to 4 hours, changed and cuddled, and puts her weight back on.",
            "There is always a grown-up well enough to look after Kayden and Ellie-Rose, day and night.",
        ]),
        ("h1", "Our plan"),
        ("table", {
            "header": ["What we will do", "Who", "When", "How we'll know it's working"],
            "widths": [6.0, 3.4, 3.2, 4.4],
            "rows": [
                ["Mornings and school", H, H, H],
                ["Come round at 7.45am, get Kayden washed, dressed and fed, and walk him to school",
                 "Auntie Shauna (Shauna Rourke)",
                 "Monday to Friday",
                 "Kayden is in the register by 8.50am every day – school email Lorna the figures each "
                 "Friday"],
                ["Pick Kayden up from school, give him his tea and hear him read",
                 "Nan (Carol Rourke)",
                 "Monday, Wednesday and Friday, 3.15pm",
                 "Kayden's reading record signed by Nan on those days; school collection sheet shows "
                 "Nan's name"],
                ["Pick Kayden up and take him to football club, then home for 5.30pm",
                 "Pauline Voss",
                 "Tuesday and Thursday, 3.15pm",
                 "School collection sheet shows Pauline's name; football club register"],
                ["Nights and the baby", H, H, H],
                ["Sleep over and do Ellie-Rose's night feeds so Jade gets a full night's sleep",
                 "Uncle Dan (Daniel Rourke)",
                 "Friday and Saturday nights",
                 "Night feeds written on the feed chart on the fridge; the health visitor checks the chart "
                 "at each visit"],
                ["Sleep over and do Ellie-Rose's night feeds on the other nights",
                 "Nan (Carol Rourke)",
                 "Sunday to Thursday nights until the core group on 29/05/2025",
                 "Night feeds on the feed chart; Jade tells Lorna how many nights she slept through"],
                ["Give Ellie-Rose her day feeds every 3 to 4 hours, change her, and write every feed on "
                 "the chart",
                 "Jade (Mum)",
                 "Every day",
                 "Feed chart filled in; Ellie-Rose weighed every 2 weeks and back on the 50th centile by "
                 "the review conference"],
                ["If Jade is having a bad day", H, H, H],
                ["Text 'red day' to the family WhatsApp group when she can't get up or feels she can't "
                 "cope with the children",
                 "Jade (Mum)",
                 "The same morning",
                 "'Red day' texts on the group; Nan writes each one on the kitchen calendar and tells "
                 "Lorna the next working day"],
                ["Come straight round after a 'red day' text and stay with the children until Jade feels "
                 "able, or take them to Nan's for the night",
                 "Nan (Carol Rourke); Auntie Shauna if Nan is at work",
                 "Within one hour of the text",
                 "'On my way' and 'I'm here' texts on the group; times written on the calendar"],
            ],
        }),
        ("h1", "What the professionals will do"),
        ("p", "Lorna agreed the family's plan at the meeting. The professionals will do these things "
              "alongside it."),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.6, 6.0, 3.2, 4.2],
            "rows": [
                ["Lorna Diaz, social worker",
                 "Visit Kayden and Ellie-Rose at home, see Kayden on his own, and look at the feed chart and "
                 "the calendar",
                 "Every 2 weeks; first visit 10/04/2025",
                 "Visit notes say what Kayden said and how Ellie-Rose looked; copies at each core group"],
                ["Siân Holt, health visitor",
                 "Weigh Ellie-Rose at home and check the feed chart",
                 "Every 2 weeks, in the weeks Lorna does not visit",
                 "Ellie-Rose's weight plotted in her red book and emailed to Lorna after each visit"],
                ["Dr Nadia Farouk, perinatal psychiatrist, Imbercombe Perinatal Mental Health Team",
                 "See Jade, review her medication, and assess whether she is making the changes she needs to "
                 "care for the children on her own, and how long that is likely to take",
                 "Appointments every 2 weeks; written assessment by 30/05/2025",
                 "Written assessment shared with Lorna and the core group by 30/05/2025"],
                ["Mrs Angela Firth, designated safeguarding lead, Westgate Primary",
                 "Give Kayden 15 minutes with the learning mentor to talk about home, and tell Lorna the same "
                 "day about anything that worries him",
                 "Every Thursday from 10/04/2025",
                 "Mentor's notes of what Kayden says; attendance and late marks emailed to Lorna every "
                 "Friday"],
                ["Marcus Bell, FGC coordinator",
                 "Bring the family back together to check the family plan and change it where it isn't "
                 "working",
                 "Review family meeting on 07/06/2025",
                 "Updated family plan sent to the family and Lorna within 5 days of the meeting"],
            ],
        }),
        ("h1", "If the plan isn't working"),
        ("p", "If Jade says she is thinking about harming herself or the children, or anyone finds Ellie-Rose "
              "unfed or left alone, they will ring Lorna straight away (or the emergency duty team on 01632 "
              "960 123 after 5pm and at weekends), and the children will go to Nan's house that day. Lorna "
              "will ask the perinatal crisis team to see Jade the same day and will hold a strategy "
              "discussion within 24 hours."),
        ("p", "If Nan, Shauna or Dan can't do their part – because they are ill, away or it is too much – "
              "they will tell Lorna and Marcus the same day. Pauline will cover the school runs and Uncle Dan "
              "will cover the nights for up to a week. If nobody in the family can cover the nights, Lorna "
              "will arrange for Kayden and Ellie-Rose to stay together with approved foster carers until the "
              "family can take over again, and will ask for a legal planning meeting within 5 working days."),
        ("h1", "When we will check the plan"),
        ("bullets", [
            "Core group (Jade, Nan, Lorna, Siân, school and the perinatal team): every 3 weeks, on "
            "17/04/2025, 08/05/2025, 29/05/2025 and 19/06/2025.",
            "Review family meeting: 07/06/2025, with Marcus.",
            "Review child protection conference: 26/06/2025 at 1.30pm, Imbercombe Civic Centre.",
            "If Ellie-Rose's weight has not started to go back up by the core group on 08/05/2025, or the "
            "perinatal assessment says Jade cannot make the changes in time for Ellie-Rose, Lorna's manager "
            "will ask for a legal planning meeting.",
        ]),
        ("p", "Signed at the meeting by Jade Rourke, Carol Rourke, Shauna Rourke, Daniel Rourke and Pauline "
              "Voss. Agreed by Lorna Diaz, social worker, 05/04/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. NHS neonatal unit safeguarding plan for a looked-after baby still in
#    hospital: Need | Action | Lead | Review point | Evidence, need merged
#    down rows; trust header and page footer (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_islethorpe_nhs_neonatal_plan_sheehan.pdf",
    "doc_title": "Multi-agency Neonatal Safeguarding Plan - Baby Orla Sheehan",
    "split": "tune",
    "template": "nhs-neonatal-safeguarding-need-lead-review-point-paged",
    "description": (
        "Exemplary health-led plan written by a hospital trust's safeguarding team for a baby with "
        "neonatal abstinence syndrome, accommodated under section 20 while still on the neonatal unit "
        "(mother's heroin and crack use). Five columns 'Need | Action | Lead | Review point | Evidence' "
        "with the need merged down rows; SW visits twice a week, foster carers daily, IRO on the unit; "
        "drug service reports on change; trust header and page footer on every page."
    ),
    "header": "RESTRICTED – HEALTH | Islethorpe and Fendale Hospitals NHS Trust | Safeguarding Children Team",
    "footer": "Baby Sheehan – multi-agency neonatal safeguarding plan v3 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Multi-agency Neonatal Safeguarding Plan"),
        ("p", "Neonatal Intensive Care Unit (Skylark Ward), Islethorpe General Hospital. This plan is part of "
              "Orla's child protection plan and of her care plan as a looked-after child."),
        ("kv", [
            ("Baby", "Orla Sheehan, born 28/03/2025 at 36+2 weeks, birth weight 2.31 kg"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 31/03/2025, with her "
                             "mother's signed agreement"),
            ("Mother", "Courtney Sheehan (22), prescribed methadone 60 ml daily"),
            ("Father", "Not named on the birth record; Courtney has not given his name"),
            ("Conference", "Initial child protection conference held on the unit, 04/04/2025"),
            ("Social worker", "Callum Reid, Islethorpe Children's Services, Hospital Social Work Team"),
            ("Safeguarding lead on the unit", "Rhian Price, Neonatal Safeguarding Nurse Specialist"),
            ("Consultant", "Dr Ama Boateng, Consultant Neonatologist"),
        ]),
        ("h1", "1. Background"),
        ("p", "Courtney has used heroin since she was 17. She has had a methadone prescription from the "
              "Islethorpe Drug and Alcohol Service since 2023, but her urine screens in the last month of "
              "pregnancy showed heroin and crack cocaine, and she missed four antenatal appointments. Orla "
              "was born early and was admitted to the unit on her first day with signs of neonatal "
              "abstinence syndrome. On 31/03/2025 Courtney agreed that Orla should be looked after by foster "
              "carers when she is well enough to leave hospital. Mr and Mrs Haddad, approved foster carers, "
              "will take her home. A pre-proceedings letter was sent to Courtney on 03/04/2025."),
        ("h1", "2. Orla's day on the unit"),
        ("p", "Orla is in an open cot in nursery 2. She is jittery and sneezes a lot in the evenings, and her "
              "withdrawal scores are highest between 6pm and midnight. She settles best swaddled, in a quiet "
              "corner with the lights down, held upright against a shoulder. The nurses have seen that she "
              "turns towards Courtney's voice and quietens when Courtney sings to her; when a visit is late or "
              "missed she is more unsettled at the next feed. She is taking 50 ml bottles every 3 hours and "
              "has started to finish them."),
        ("h1", "3. What we want for Orla"),
        ("bullets", [
            "Orla comes off morphine without withdrawal symptoms, and is feeding well and gaining weight "
            "before she leaves hospital.",
            "Every day she is on the unit Orla is seen, held and fed by people who know her, and she goes "
            "straight from the unit to foster carers who have already learned her care.",
            "Orla keeps a safe, regular relationship with her mother through supervised contact while a "
            "decision is made about where she will grow up.",
        ]),
        ("h1", "4. Health and safeguarding actions"),
        ("p", "Each action has a named lead. The review point is when the action is checked; evidence goes to "
              "the neonatal safeguarding nurse specialist, who brings it together for the core group."),
        ("table", {
            "header": ["Need", "Action", "Lead", "Review point", "Evidence"],
            "widths": [2.6, 4.6, 3.2, 3.0, 3.6],
            "rows": [
                ["Withdrawal",
                 "Score Orla on the withdrawal chart and wean her oral morphine in line with the unit's "
                 "neonatal abstinence guideline",
                 "Dr Ama Boateng, consultant neonatologist",
                 "Scores every 4 hours; dose checked at the daily ward round",
                 "Withdrawal chart; morphine at zero for 48 hours before discharge"],
                [V,
                 "Complete Orla's newborn hearing screen, her first hepatitis B vaccine and her blood-borne "
                 "virus tests",
                 "Tom Reyes, advanced neonatal nurse practitioner",
                 "Before discharge",
                 "Results in the discharge summary sent to the GP, health visitor and SW"],
                ["Feeding and growth",
                 "Weigh Orla and record every feed, including the feeds Courtney gives during contact",
                 "Bethany Cole, named nurse",
                 "Weighed Monday, Wednesday and Friday; feeds every 3 hours",
                 "Weight plotted on the growth chart and back to birth weight by 11/04/2025 (day 14)"],
                ["Being seen by the people responsible for her",
                 "Visit Orla on the unit, speak to the nurse looking after her, read her notes, and see her "
                 "with Courtney at one contact each week",
                 "Callum Reid, social worker",
                 "Twice a week (Tuesday and Friday) until discharge",
                 "Each visit signed in the unit's visitor book and recorded on Orla's social care record "
                 "within 24 hours"],
                [V,
                 "Visit Orla on the unit to learn her feeding, bathing and settling from the nurses",
                 "Sadia and Karim Haddad, foster carers",
                 "Daily from 07/04/2025 until discharge",
                 "Care skills checklist signed off by the named nurse before discharge"],
                [V,
                 "Visit Orla on the unit and hold her first looked-after review",
                 "Janet Odell, independent reviewing officer",
                 "By 28/04/2025",
                 "Review record sent to Courtney, the SW and the foster carers within 5 working days"],
                ["Relationship with her mother",
                 "Supervise Courtney's contact with Orla on the unit, and end the contact if Courtney appears "
                 "to be under the influence",
                 "Nurse in charge of the shift",
                 "Daily, 2pm to 4pm",
                 "Contact record written after each session on how Courtney presented and how Orla "
                 "responded; any ended contact reported to the SW the same day"],
                ["What Courtney's drug use means for Orla",
                 "Review Courtney's methadone dose, test her urine weekly, and write to the SW on whether "
                 "she has stopped using heroin and crack and how likely that is to last",
                 "Gary Fenton, keyworker, Islethorpe Drug and Alcohol Service",
                 "Weekly screens; written report before each core group",
                 "Screen results and written report shared with the SW and the core group"],
                ["Leaving hospital safely",
                 "Hold a discharge planning meeting with the foster carers, SW, health visitor, GP and "
                 "Courtney",
                 "Rhian Price, neonatal safeguarding nurse specialist",
                 "At least 3 working days before the planned discharge date",
                 "Signed discharge plan on the unit record and copied to everyone at the meeting"],
                [V,
                 "New birth visit at the foster home, including Orla's weight and a safe sleep check",
                 "Anwen Lloyd, health visitor, Islethorpe North 0–19 Team",
                 "Within 10 days of discharge",
                 "New birth visit record and Orla's weight sent to the SW and the IRO"],
            ],
        }),
        ("h1", "5. If something goes wrong"),
        ("bullets", [
            "If Courtney comes to the unit under the influence, or is aggressive to staff, the nurse in "
            "charge will end that contact, ask hospital security to attend and ring Callum Reid straight "
            "away (the emergency duty team on 01632 960 777 out of hours). Contact will only restart when "
            "Callum has agreed it.",
            "If Courtney tries to take Orla from the unit, staff will call 999 and hospital security at once. "
            "Callum will hold a strategy discussion the same day and apply for an emergency protection "
            "order.",
            "If Mr and Mrs Haddad can no longer take Orla, she will stay on the unit, with Callum's visits "
            "continuing twice a week, until Callum has found other approved foster carers. She will not be "
            "discharged anywhere else.",
        ]),
        ("h1", "6. Meetings and legal planning"),
        ("bullets", [
            "Core group: every 3 weeks, on the unit while Orla is an inpatient – 15/04/2025, 06/05/2025, "
            "27/05/2025 and 17/06/2025.",
            "First looked-after review: by 28/04/2025, on the unit if Orla is still there.",
            "Review child protection conference: 03/07/2025 at 10am, Islethorpe Civic Centre.",
            "Courtney's pre-proceedings meeting is on 14/04/2025. If her urine screens still show heroin or "
            "crack at the core group on 06/05/2025, Callum's team manager will hold a further legal planning "
            "meeting to decide whether to apply for a care order.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Police-led domestic abuse safety plan (Part A, reference-numbered
#    measures) feeding the child protection actions (Part B); police header
#    and page footer (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_ivelmarsh_police_da_safety_parts_calder.pdf",
    "doc_title": "Domestic Abuse Safety Plan and Child Protection Actions - Calder",
    "split": "tune",
    "template": "police-da-safety-plan-part-a-feeding-cp-part-b-paged",
    "description": (
        "Exemplary police-led plan after a strangulation incident: Part A is the public protection unit's "
        "and IDVA's household safety plan (Ref | Safety measure | Owner | Deadline | Evidence of "
        "completion, refs A1-A6), Part B the child protection actions agreed at the ICPC in the same "
        "layout (B1-B8). Children's own accounts, MARAC, bail, aunt's collections with a fallback, core "
        "group and review dates, legal planning triggers; police header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE | Ivelmarsh Police – Public Protection Unit | DA ref IV/DA/25/0619",
    "footer": "Joint DA safety plan and child protection actions – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 9.5,
    "blocks": [
        ("title", "Domestic Abuse Safety Plan and Child Protection Actions"),
        ("p", "Prepared by DS Ian Moir, Public Protection Unit, with Ivelmarsh Children's Services. Part A is "
              "the police and IDVA safety plan for the household. Part B is the child protection plan agreed "
              "at the initial child protection conference on 02/04/2025, which builds on Part A."),
        ("kv", [
            ("Adult at risk", "Leanne Calder (34)"),
            ("Children", "Mia Calder (12), born 09/11/2012; Tyler Calder (6), born 30/06/2018"),
            ("Person causing harm", "Ross Calder (37), the children's father; out of the home since 16/03/2025"),
            ("Risk", "DASH high risk (17 ticks); MARAC referral made 18/03/2025"),
            ("Bail", "Police bail to 14/05/2025: no contact with Leanne, Mia or Tyler, directly or through "
                     "anyone else; not to enter Harrow Road, Ivelmarsh"),
            ("Officer in case", "DC Priya Natt"),
            ("Social worker", "Aisha Rahman, Ivelmarsh Children's Services"),
        ]),
        ("h1", "Incident summary"),
        ("p", "On 15/03/2025 police went to 22 Harrow Road after Mia rang 999. Ross had held Leanne against the "
              "kitchen wall by her throat during an argument about money. Mia took Tyler into the bathroom and "
              "locked the door. Ross was arrested the next morning for intentional strangulation and bailed "
              "with conditions. This was the sixth domestic incident recorded at the address since 2022, and "
              "the children were in the house for at least three of them. Since his arrest Ross has tried to "
              "message Leanne through social media; this is being investigated as a possible breach."),
        ("h1", "What Mia and Tyler said"),
        ("p", "Mia (video interview on 17/03/2025, and seen alone by the SW on 25/03/2025): \"I knew it was bad "
              "because Mum's face went purple. I always take Tyler in the bathroom, that's our plan.\" She "
              "does not want to see her dad \"until he says sorry properly and gets help\", and worries most "
              "about him \"turning up at school\". She wants to keep going to netball and wants her mum \"to "
              "stop letting him back\"."),
        ("p", "Tyler (seen with his mum and then alone on 25/03/2025) drew his house with \"the bathroom where "
              "me and Mia hide\". He said he misses his dad \"a bit\" and would like to see him \"at the park, "
              "not at home\". His teacher says he has started wetting himself at school since March."),
        ("h1", "What needs to be different for Mia and Tyler"),
        ("bullets", [
            "Mia and Tyler live in a home where they are not hurt, frightened or hiding from violence, and "
            "where an adult, not Mia, keeps them safe.",
            "Mia and Tyler both know who to call and what to do if their dad turns up, and Mia no longer "
            "feels she has to protect Tyler.",
            "Any time Mia and Tyler spend with their dad is safe, planned and supervised, and only happens if "
            "they want it.",
        ]),
        ("h1", "Part A – Household safety plan (police and IDVA)"),
        ("table", {
            "header": ["Ref", "Safety measure", "Owner", "Deadline", "Evidence of completion"],
            "widths": [1.1, 6.0, 3.4, 3.0, 3.5],
            "rows": [
                ["A1", "Place a 'treat as urgent' marker on 22 Harrow Road and on Leanne's mobile number",
                 "DS Ian Moir, PPU", "By 04/04/2025 (done 03/04/2025)",
                 "Marker shows on the control room system; screenshot sent to the SW"],
                ["A2", "Fit a monitored personal alarm and extra locks on the front and back doors, and "
                       "check both children know how to use the alarm",
                 "PC Lisa Henry, crime prevention officer", "By 11/04/2025",
                 "Alarm test call logged by the control room; Mia and Tyler each show PC Henry how to "
                 "press it"],
                ["A3", "Enforce Ross's bail conditions, arrest him on any breach and tell the SW",
                 "DC Priya Natt, officer in case",
                 "Any breach dealt with the same day, until the charging decision",
                 "Breaches and arrests on the crime report and passed to the SW within 24 hours"],
                ["A4", "Agree a written safety plan with Leanne, including the children's escape plan and a "
                       "code word, and present the case at MARAC",
                 "Sonia Baptiste, IDVA, Ivelmarsh Domestic Abuse Service",
                 "Safety plan by 11/04/2025; MARAC on 17/04/2025",
                 "Safety plan signed by Leanne and copied to the SW; MARAC actions sent to the SW by "
                 "18/04/2025"],
                ["A5", "Ring 999 if Ross comes to the house, the schools or the children, and screenshot any "
                       "message from him or from anyone passing on messages for him",
                 "Leanne Calder",
                 "Immediately, each time Ross makes contact",
                 "Calls on the police log; screenshots sent to DC Natt within 24 hours"],
                ["A6", "Apply for a non-molestation order covering Leanne, Mia and Tyler",
                 "Leanne Calder, with the IDVA",
                 "Application made by 25/04/2025",
                 "Copy of the sealed order given to DC Natt, the SW and both schools"],
            ],
        }),
        ("h1", "Part B – Child protection actions (ICPC 02/04/2025)"),
        ("table", {
            "header": ["Ref", "What will be done", "Owner", "Deadline", "Evidence of completion"],
            "widths": [1.1, 6.0, 3.4, 3.0, 3.5],
            "rows": [
                ["B1", "See Mia and Tyler on their own, at home and at school, and ask each of them about any "
                       "contact from their dad and how the safety plan is working for them",
                 "Aisha Rahman, SW", "Every 2 weeks; first visit by 11/04/2025",
                 "Visit records show each child seen alone and what they said; shared at every core group"],
                ["B2", "Give Mia a daily check-in with her head of year and a 'safe adult' card, and pass any "
                       "worry to the SW the same day",
                 "Mrs Joanne Keane, DSL, Ivelmarsh Academy", "Every school day from 07/04/2025",
                 "Check-in log; Mia can name her safe adult when the SW asks"],
                ["B3", "Set a collection password for Tyler and release him only to Leanne or his aunt, "
                       "Gemma Hollis",
                 "Mr Daniel Okoro, DSL, Fernside Primary", "Every school day from 07/04/2025",
                 "Collection log signed daily; any attempt by Ross to collect Tyler reported to police and "
                 "the SW that day"],
                ["B4", "Assess Tyler's daytime wetting with Leanne and agree a plan for school",
                 "Kate Mulvey, school nurse", "By 30/04/2025",
                 "Continence plan in Tyler's school file; wet days counted each week and sent to the SW"],
                ["B5", "Run eight group sessions with Mia on staying safe and understanding domestic abuse",
                 "Ellie Frost, children's worker, Ivelmarsh Domestic Abuse Service",
                 "Weekly for 8 weeks from 24/04/2025",
                 "Attendance record, and a short report to the SW after session 8 that includes Mia's own "
                 "end-of-group review"],
                ["B6", "Attend the 12-week Recovery Together course on how the abuse has affected Mia and "
                       "Tyler and how to keep them safe",
                 "Leanne Calder", "Weekly from 01/05/2025",
                 "Attendance sheet and the facilitator's end-of-course letter to the SW"],
                ["B7", "Collect Tyler from school and take both children to her house until 6.30pm on the "
                       "days Leanne works late",
                 "Gemma Hollis, maternal aunt", "Every Tuesday and Thursday",
                 "School collection log shows Gemma's name on those days"],
                ["B8", "Assess whether, and how, Mia and Tyler can safely see their father, taking account of "
                       "their wishes and the criminal case",
                 "Aisha Rahman, SW", "Written assessment by 23/05/2025",
                 "Assessment shared with Leanne and the core group; no contact takes place before it"],
            ],
        }),
        ("h1", "Escalation"),
        ("p", "If Ross comes to the house, the schools or the children, or contacts Leanne or the children "
              "directly or through anyone else, police will attend as an emergency under the 'treat as "
              "urgent' marker and DC Natt will seek his arrest for breach. Aisha (or the emergency duty team "
              "out of hours) will hold a strategy discussion the same day."),
        ("p", "If Leanne lets Ross back into the home or arranges for him to see the children, Mia and Tyler "
              "will stay with Gemma Hollis that night and Aisha will request a legal planning meeting within "
              "5 working days. If Gemma cannot have them, Aisha will place Mia and Tyler together with "
              "approved foster carers the same day."),
        ("p", "If Gemma cannot do the Tuesday and Thursday collections, Tyler will go to Fernside's "
              "after-school club until 6pm, where Mr Okoro is holding a place for him, and Leanne will "
              "collect him from there."),
        ("h1", "Review and governance"),
        ("bullets", [
            "MARAC: 17/04/2025. The IDVA will bring the MARAC actions to the first core group.",
            "Core group: every 4 weeks at Ivelmarsh Children's Services, Mill Street – 16/04/2025, "
            "14/05/2025 and 11/06/2025.",
            "Review child protection conference: 25/06/2025 at 2pm.",
            "If there is any further violence in front of Mia or Tyler, or Ross is found to be living at the "
            "address, the team manager will request a legal planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A letter to a 10-year-old young carer setting out his plan in plain
#    words; owners, dates and "you'll know because..." inside the sentences
#    (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_ilsworthy_letter_to_leo_bramwell.md",
    "split": "tune",
    "template": "letter-to-child-plain-words-numbered-md",
    "description": (
        "Exemplary CP plan written as a letter from the social worker to a 10-year-old who has been "
        "caring for his little sister (mother's depression and daytime drinking). Numbered paragraphs "
        "with a bold owner, the date and 'you'll know because...' inside the sentences; CMHT asked to "
        "report on whether Mum can change and how long it may take, alcohol service owns an action, "
        "grandad's mornings with a foster-care fallback, meeting dates and the legal planning meeting in "
        "child-friendly words."
    ),
    "text": """\
# Your plan, Leo

**From:** Nadia Brooks, your social worker, Ilsworthy Council Children's Services
**To:** Leo Bramwell (10)
**Date:** 10 April 2025

*A copy of this letter goes to your mum, Danielle, and your grandad, Mick. It is your child
protection plan in plain words – the full version is on the council's computer and says the
same things.*

Dear Leo,

Last Thursday (3 April) a lot of grown-ups met to talk about how to make things better at
home for you and your little sister Poppy. You didn't want to come to the meeting, which is
fine, but you asked me to write down what was agreed "without the long words". So here it is.

## Why there is a plan

Your mum has an illness called depression. Since Christmas it has got much worse, and some
days she can't get out of bed. When that happens you have been getting Poppy (she's 4) up,
giving her breakfast and taking her to nursery before school, and some evenings you have made
tea for both of you. Mum has also been drinking wine in the daytime, and on 20 March a
neighbour found Poppy outside on the pavement on her own at 6pm while Mum was asleep.

That wasn't OK, and none of it is your fault. Looking after Poppy is a grown-up's job. The
meeting decided that you and Poppy need a **child protection plan**, so that everyone knows
what they have to do.

## What you told me

When we talked at school on 28 March and at the park on 1 April, you said:

- "I don't mind doing Poppy's breakfast but I'm tired at school."
- You're scared Mum "might not wake up one day".
- The best times are Saturdays at Grandad's, "when I'm just a kid".
- You want Mum to "see a proper doctor", and you want to keep going to Cubs.
- You gave home a **5 out of 10** and Grandad's a **9 out of 10**.

Poppy told me she likes "Leo's toast" and Grandad's dog, Biscuit. Her nursery say she has
often been hungry when she arrives in the morning.

## What we all want

- You and Poppy have a grown-up who gets you up, gives you breakfast and gets you to school
  and nursery on time every day – **not you**.
- You get to be a kid: no looking after Poppy, time for Cubs and your friends, and a good
  night's sleep.
- Poppy is never left on her own, inside or outside the house.
- You both know who to tell if Mum is poorly, and that person does something about it
  straight away.

## Who is going to do what

1. **Me (Nadia).** I will see you every two weeks, sometimes at school and sometimes at home,
   and we'll always have some time on our own. My first visit is Tuesday 15 April. You'll
   know it's happening because I'll write down what you tell me, read it back to you before
   I go, and take those notes to every core group meeting.

2. **Mum.** From 4 April Mum has promised not to drink any alcohol in the daytime when she is
   looking after you and Poppy, and she has agreed that Jo or I can ask her to do a breath
   test at any visit. We'll know it's working when every test reads zero and you tell me
   Mum was up and about when you got home from school.

3. **Sam Okafor, Mum's nurse at the Ilsworthy Community Mental Health Team.** Sam will see
   Mum every week about her depression and her medicine. By 30 May Sam will write a report
   saying whether Mum is getting well enough to look after you and Poppy every day, what
   still needs to change and how long that is likely to take. The report will go to the core
   group on 5 June.

4. **Jo Kemp, Mum's worker at Ilsworthy Drink Wise (the alcohol service).** Jo will meet Mum
   by 18 April to talk about her drinking, and then every week after that. Jo will breath-test
   Mum at each meeting and send me the results every Friday, so we can all see whether Mum
   is keeping her promise.

5. **Grandad (Mick Bramwell).** From Monday 14 April, Grandad will come to your house at 7.45
   every weekday morning, get Poppy ready and walk her to nursery, so you only have to get
   yourself to school. Nursery's register will show Poppy arriving with Grandad by 9am, and
   you'll tell me whether you still had to make anyone's breakfast.

6. **Mrs Shah, the safeguarding lead at Ilsworthy Juniors.** Mrs Shah has given you a place
   at breakfast club from Monday 14 April, and she will see you every Wednesday lunchtime to
   ask how things are. If you tell her something worrying she will ring me that day. The
   breakfast club register and her Wednesday notes will come to me every Friday.

7. **Kerry Dunne, Poppy's health visitor.** Kerry will see Poppy at home once a month, with
   the first visit by 25 April, and check her weight and how she is talking and playing.
   Kerry will write Poppy's weight in her red book and send me a copy after each visit.

8. **Tom Hardy-Lowe from Ilsworthy Young Carers.** Tom will meet you by 2 May and, if you
   want it, find you a place at the Thursday after-school club. Tom's club register will
   show whether you've been going, and he'll send it to me at the end of each month.

## If things go wrong

If Mum can't be woken up, seems drunk, or says she wants to hurt herself, you (or Grandad,
or anyone at school or nursery) should ring me on 01632 960 245, or the out-of-hours team on
01632 960 999 after 5pm and at weekends. If you can't get through to anyone, ring 999. That
same day you and Poppy will go to stay at Grandad's, and Sam's team will go and see Mum.

If Grandad can't look after you – because he's poorly, away, or it's too much for him – you
and Poppy will stay together with foster carers for a short while. I'll take you there
myself, and I'll make sure you can still get to Cubs.

## When the grown-ups will check the plan

- The **core group** (Mum, Grandad, me, Sam, Jo, Mrs Shah, nursery and Kerry) meets every
  four weeks: on 24 April, 22 May and 19 June.
- The **review conference** – the next big meeting – is on Thursday 3 July 2025 at 10am.
  I'll ask you before then what you want me to tell it.
- If Mum is still drinking in the daytime, or you are still looking after Poppy, by the
  core group on 22 May, my manager will ask for a meeting with the council's lawyers. It is
  called a **legal planning meeting**, and it decides what needs to happen next to keep you
  and Poppy safe.

If anything in this letter doesn't make sense, or you think I've got something wrong, tell
me at my next visit – or get Grandad to ring me.

From Nadia
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Handwritten core group plan typed up by admin, inconsistent formatting
#    (txt). A few faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_isselwick_typed_handwritten_dobbs.txt",
    "split": "tune",
    "template": "typed-up-handwritten-core-group-plan",
    "description": (
        "A core group plan written by hand at the family home and typed up by admin with the "
        "abbreviations, arrows and uneven numbering kept (neglect; mother's low mood, father's cannabis "
        "use; a 6-year-old and a 4-month-old). Owners first, dates tacked on, measures after '->' on the "
        "next line. Faults: 'keep an eye on' as the only measure, 'asap', 'Family ... when they can' with "
        "no measure, and no adult service owning an action."
    ),
    "text": """\
ISSELWICK COUNCIL - CHILDREN'S SERVICES
(typed up from the handwritten plan agreed at the core group at the family home on 15/4/25.
 Admin note: abbreviations and layout kept as written by SW.)

CORE GROUP PLAN  -  Ruby DOBBS (6)  +  baby Frankie DOBBS (4 months)
Mum - Stacey Dobbs.   Dad - Lee Marsh (lives there)
CP plan since ICPC 01/04/25.  Cat: Neglect
SW: Jas Bhogal

present: Stacey, Lee, Jas (SW), Wendy Clarke (HV), Mrs Patel (DSL Isselwick Infants),
         Brenda Dobbs (MGM - "Nanny Bren").   apols: GP

WORRIES
 - house v. untidy again, dog mess in kitchen + on stairs (seen 10/4)
 - Frankie's cot full of washing - baby sleeping on settee w/ Mum?? (Stacey says not)
 - Ruby late 9 times since Easter hols, nits not treated
 - Stacey says she is "really low" + not sleeping. Not been to GP since Frankie born.
 - Lee smokes cannabis in the garden most nights (says never in the house)

What Ruby says -
   Ruby showed Jas her bedroom 10/4. Said "I don't like the dog poo, it smells in my
   room". Likes "when Nanny Bren does my hair for school". Wants "a bed for Frankie so
   she doesn't squash in with Mummy". Drew her family all holding hands, dog at the
   side "because he's naughty".
   Frankie - smiley + babbles w/ Wendy, bit of nappy rash (HV visit 10/4).

What we want to see
  * Ruby + Frankie live in a clean house with no dog mess, where they can play + sleep safe
  * Frankie sleeps in her own cot, on her back, EVERY night
  * Ruby gets to school on time with her hair done + nits treated

PLAN
1) Stacey + Lee - clear the cot + Frankie to sleep in it every night, from tonight (15/4)
      -> cot clear + made up at every visit (Wendy / Jas). Ruby says where baby sleeps.
2) Lee - pick up dog mess every day + keep dog out of kitchen. From 16/4.
      -> no dog mess seen at Jas's unannounced visits
3) Jas (SW) - visit wkly, 1 in 2 unannounced. See Ruby on own each time.
      -> visit notes say what Ruby said + state of house/cot
4) HV to keep an eye on Frankie's weight + rash. next visit 22/4
5) Stacey to go to GP re her low mood asap
6) Lee to ring IDAS (drug + alcohol service) for an appt re cannabis - by 24/4
      -> appt letter shown to Jas
7) Nanny Bren - take Ruby to school Mon-Fri + do her hair. From 16/4.
      -> school register shows Ruby in by 8.50
8) Nanny Bren - treat Ruby's nits Sat 19/4 + again Sat 26/4
      -> Mrs Patel checks Ruby's hair Mon 28/4, tells Jas
9) Mrs Patel (DSL) - email Jas every Fri w/ Ruby's lateness + how she presents
      -> weekly email, late marks go down to 0
10) Family to help Stacey with the house when they can

IF THINGS GO WRONG
 If Frankie found sleeping anywhere but her cot, or dog mess in the house at a visit ->
 Jas to hold strategy discussion SAME DAY. Ruby + Frankie to stay at Nanny Bren's until
 the house is safe. If Bren can't have them -> Jas to arrange foster carers same day.
 If Bren can't do the school run -> Stacey takes Ruby herself + Mrs Patel rings Jas if
 Ruby not in by 9am.

NEXT
 Core group every 4 wks - 13/5/25, 10/6/25 (at Isselwick Infants, 9.30)
 RCPC - 26/6/25, 2pm
 No change by 13/5 -> Jas to ask TM for legal planning meeting.
""",
    "findings": [
        F("M002", "HV to keep an eye on Frankie's weight + rash"),
        F("T002", "Stacey to go to GP re her low mood asap"),
        F("M001", "Stacey to go to GP re her low mood asap"),
        F("W002", "Family to help Stacey with the house when they can"),
        F("T002", "Family to help Stacey with the house when they can"),
        F("M001", "Family to help Stacey with the house when they can"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Conference chair's summary: the plan is a prose paragraph with the
#    actions numbered (1), (2)... inside it (txt). A few faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b13_ingerdale_chair_summary_inline_osei.txt",
    "split": "tune",
    "template": "chair-summary-actions-numbered-inside-prose",
    "description": (
        "Review conference chair's summary for a 12-year-old whose mother has bipolar disorder. The "
        "plan is written as prose paragraphs with the actions numbered (1) to (9) inside the "
        "sentences. Faults: the care coordinator only supports the mother, a passive referral with no "
        "owner, date or measure, one action with no timescale, and the review conference date left "
        "to be confirmed."
    ),
    "text": """\
INGERDALE COUNCIL
Safeguarding and Quality Assurance Unit

CHAIR'S SUMMARY AND CHILD PROTECTION PLAN
Review Child Protection Conference held on 08 April 2025

Child:      Tiana Osei, born 19/02/2013 (12 years)
Mother:     Abena Osei
Father:     Not involved; lives in Ghana
Category:   Emotional abuse (unchanged)
Chair:      Frances Whitlock, Conference Chair
SW:         Owen Pritchard, Ingerdale Children's Services, Team 3

1. SUMMARY OF DISCUSSION

Tiana became subject to a child protection plan on 14 January 2025. Her mother, Abena, has
bipolar affective disorder. In December 2024, while she was unwell, Abena kept Tiana off
school for three weeks because she believed the teachers were reporting on the family, and
Tiana was not allowed to leave the flat or use her phone. Abena was admitted to Ashgrove
Ward under section 2 of the Mental Health Act on 2 January 2025 and Tiana stayed with her
aunt, Efua Mensah. Abena came home on 3 February. Since then she has taken her medication,
sees her care coordinator every two weeks and has told Owen about two bad nights herself.
Tiana's attendance this term is 94%. Professionals agreed that things are better, but that
Abena's last two relapses came on quickly and that Tiana is the person most likely to notice
first, which is a lot for a 12-year-old to carry.

2. TIANA'S VIEWS

Tiana came to the first part of the conference with her advocate, Grace Udeh. She said she
is "way happier" now her mum is home and well, and that she likes staying at Auntie Efua's
every other weekend "because my cousins are there and I don't have to think about Mum". She
said the worst thing in December was "not being allowed to message my friends" and that she
still checks whether her mum has taken her tablets every night. She wants to stay living
with her mum and wants "someone to tell me what to do if it happens again, so it's not just
me". She would like the plan to end at the next conference.

3. DECISION

The conference agreed that Tiana should remain subject to a child protection plan under the
category of emotional abuse.

4. THE PLAN

The outcomes the conference wants for Tiana are that she goes to school every day, keeps in
touch with her friends, no longer feels she has to check on her mum's medication, and knows
exactly who will step in, and how quickly, if her mum becomes unwell again.

To get there, the conference agreed that (1) Owen Pritchard, social worker, will see Tiana
on her own every two weeks, at home or at school, and write in his visit records what she
says about home and her mum's health; (2) Ruth Lindqvist, Abena's care coordinator at
Ingerdale Community Mental Health Team, will continue to see Abena fortnightly to support her
with her medication and her relapse prevention plan, and will tell each core group whether
Abena has collected her prescriptions; (3) Dr Marcus Hale, consultant psychiatrist at the
same team, will review Abena by 16 May 2025 and write to the core group on her early warning
signs, whether she can now spot them and act on them herself in time to protect Tiana, and
how long that is likely to take to become reliable; (4) Abena and Owen will write a family
crisis plan together by 30 April 2025, saying who Tiana rings and where she goes if her mum
becomes unwell, and a signed copy will be given to Tiana, her school and Efua; (5) Abena will
show Tiana her crisis card and go through it with her, so that Tiana can tell Owen who she
would call if her mum became unwell.

In school, (6) Mr Adrian Hayes, designated safeguarding lead at Ingerdale Park Academy, will
ring Owen on the same day if Tiana is absent without a reason or says her mum is unwell, and
will email Owen her attendance figures every Friday; and (7) a referral will be made to the
Ingerdale Young Carers Service so that Tiana has somewhere to talk about looking after her
mum. Outside school, (8) Efua Mensah, Tiana's aunt, will have Tiana to stay every other
weekend, from Friday teatime to Sunday evening, and will text Owen on the Monday to say how
the weekend went and whether she noticed any change in Abena; and (9) Abena's GP, Dr Sunita
Rao, will let the care coordinator and Owen know within 2 working days if Abena does not
collect a prescription, and will record that she has done so on Abena's record.

5. CONTINGENCY

If Abena stops taking her medication, goes two nights without sleep, or Tiana or school see
any of the early warning signs in the crisis plan, Owen (or the emergency duty team out of
hours) will arrange for Tiana to go to Efua's that day, and the Ingerdale crisis team will be
asked to see Abena the same day. If Efua cannot have Tiana, Owen will place her with approved
foster carers that day while a strategy discussion is held.

6. REVIEW

The core group will meet every six weeks, first on 22 April 2025 and then on 3 June 2025, at
Ingerdale Park Academy. The review child protection conference will be held in
approximately three months; date to be confirmed by the Safeguarding Unit.

If Abena stops her medication, or Tiana misses more than three days of school without a
reason before the review conference, Owen will request a legal planning meeting with the
team manager.

Frances Whitlock
Conference Chair
""",
    "findings": [
        F("H001", "will continue to see Abena fortnightly to support her"),
        F("W001", "a referral will be made to the Ingerdale Young Carers Service"),
        F("T001", "a referral will be made to the Ingerdale Young Carers Service"),
        F("M001", "a referral will be made to the Ingerdale Young Carers Service"),
        F("T001", "Abena will show Tiana her crisis card and go through it"),
        F("R001"),
    ],
})
