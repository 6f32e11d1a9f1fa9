"""Batch 10, module 3: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services,
places and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading
its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Table plan whose owner and date share one "Who & by when" column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_zelthorpe_who_by_when_kershaw.docx",
    "doc_title": "Child Protection Plan - Maisie and Alfie Kershaw",
    "split": "tune",
    "template": "who-and-by-when-single-column",
    "description": (
        "ICPC plan for a 6-year-old and a 2-year-old (neglect; father's weekend cocaine and alcohol use) "
        "with a 'Who & by when' column holding owner and date together ('Dad (Lee) – by 3 March', "
        "'HV Tina Moss, fortnightly from 10/2'). One cell has only an owner, one only a date, two say "
        "'ongoing' / 'TBC' with 'Monitored' / 'Improvement' measures, an uncle's row has no measure, "
        "'All professionals'; grandmother and uncle carry weekends and pick-ups with no fallback in the "
        "contingency; one adult-only outcome."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zelthorpe Metropolitan Borough Council – Children's Social Care, Safeguarding and Family Support"),
        ("kv", [
            ("Children", "Maisie Kershaw (DOB 14/06/2018, 6 yrs) and Alfie Kershaw (DOB 02/11/2022, 2 yrs)"),
            ("Address", "41 Thistle Road, Zelthorpe"),
            ("Parents", "Jade Kershaw (mum) and Lee Kershaw (dad), both living at home"),
            ("Conference", "Initial child protection conference, 04/02/2025 (chair: Gill Soames, IRO)"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Dhar, Safeguarding Team 3 (07700 900 612)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 18 January police were called by a neighbour who heard Maisie screaming. Lee had taken "
              "cocaine and drunk most of a bottle of vodka and was found asleep on the kitchen floor; "
              "Alfie was in his cot in a soaked nappy and Maisie had been trying to wake her dad for over "
              "an hour. Jade was on a night shift at Elmhurst care home. Lee told conference he uses "
              "cocaine \"most weekends\" and drinks on Friday and Saturday nights, when he is often the "
              "only adult in the house. Alfie's 2-year review is overdue, he has very few words, and "
              "Maisie has been late to school 14 times this term."),
        ("h1", "What Maisie told us"),
        ("p", "Maisie was seen on her own at school on 29/01/2025. She said \"Daddy goes funny at the "
              "weekend and sleeps on the floor\" and \"I give Alfie his milk if Daddy won't wake up\". She "
              "said she likes staying at Nanna Carol's \"because she does pancakes and I get my own "
              "bed\". Her three wishes were a puppy, for Daddy to \"stop the white stuff\" and for Mummy "
              "not to work at night. Alfie was watched playing at home on 30/01: he went to Jade for "
              "comfort when he banged his head, pointed and babbled but used only two or three words."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "Maisie and Alfie are always looked after by a sober adult who is awake and able to respond "
            "to them, including at weekends and at night.",
            "Alfie's health and development checks are up to date and he is getting help with his talking.",
            "Maisie gets to school on time every day and does not have to look after Alfie or her dad.",
            "Lee stops using cocaine and cuts down his drinking.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Who & by when", "How we'll know it's working"],
            "widths": [6.6, 4.4, 6.0],
            "rows": [
                ["See Maisie and Alfie at home, including one visit at a weekend each month; see Maisie "
                 "on her own and look at the bedrooms and kitchen",
                 "SW Priya Dhar – every 2 wks, at least 1 in 3 unannounced",
                 "Visit notes show Maisie seen alone and what she said; home conditions score of 3 or "
                 "more at each visit"],
                ["Go to Zelthorpe Recovery Partnership (ZRP) for an assessment of drug and alcohol use",
                 "Dad (Lee) – by 3 March",
                 "ZRP confirm to the SW in writing that Lee attended"],
                ["Key work sessions with Lee, with drug screens, and a written update on whether he is "
                 "using at weekends",
                 "ZRP worker Sam Pryor – wkly from 3/3",
                 "Screen results and a written update sent to the SW before each core group"],
                ["Alfie's overdue 2-year development review; weigh him and listen to his speech",
                 "HV Tina Moss, fortnightly from 10/2",
                 "ASQ-3 done and shared with the SW by 10/3; weight plotted in the red book"],
                ["Check Alfie's hearing and refer him to audiology if needed",
                 "GP Dr Anil Lam",
                 "GP letter to the SW; audiology appointment letter on file"],
                ["Take Alfie to nursery on Monday, Wednesday and Friday mornings",
                 "Mum (Jade) – from 10/2",
                 "Nursery register shows Alfie at 5 of every 6 sessions"],
                ["Have Maisie and Alfie to stay on Friday and Saturday nights while Jade is at work",
                 "MGM Carol Whitby – every weekend from 7/2",
                 "Overnight diary kept by Carol and seen by the SW at the weekend visit"],
                ["Pick Maisie up from school on Mondays and Thursdays and give her her tea",
                 "Uncle Dean Whitby (mum's brother) – Mon & Thu",
                 ""],
                ["Keep an eye on Maisie's attendance, lateness and how she presents",
                 "DSL Mrs Okoro – ongoing",
                 "Monitored"],
                ["Parenting support at home – routines, bedtimes and boundaries for Alfie",
                 "FSW – TBC",
                 "Improvement in routines"],
                ["Referral to Home-Start Zelthorpe for a volunteer to help Jade on weekday mornings",
                 "by 17 Feb",
                 "Volunteer matched and visiting weekly (Home-Start confirm to the SW)"],
                ["Tell the SW the same day about any worry about the children's care or Lee's use",
                 "All professionals – same day",
                 "Worries logged on both children's files with the date and what was done"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Lee is found under the influence of drugs or alcohol while caring for Maisie or Alfie, "
              "or Jade leaves him as the only carer overnight, the SW (or the emergency duty team out of "
              "hours) will visit the same day and the children will go to their grandmother, Carol "
              "Whitby, at 6 Brook Lane while a strategy discussion is held within 24 hours. If this "
              "happens, or Lee has not been to ZRP by 3 March, the SW will ask the team manager for a "
              "legal planning meeting."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Thistle Road Family Hub: 18/02/2025, 18/03/2025 and 15/04/2025, 10am.",
            "Review child protection conference: 29/04/2025 at 1.30pm, Zelthorpe Civic Offices.",
        ]),
        ("p", "Copies to: Jade and Lee Kershaw; all core group members; IRO."),
    ],
    "findings": [
        F("T001", "Check Alfie's hearing and refer him to audiology"),
        F("M001", "Pick Maisie up from school on Mondays and Thursdays"),
        F("T002", "Keep an eye on Maisie's attendance, lateness and how she presents"),
        F("M002", "Keep an eye on Maisie's attendance, lateness and how she presents"),
        F("T002", "Parenting support at home – routines, bedtimes and boundaries"),
        F("M002", "Parenting support at home – routines, bedtimes and boundaries"),
        F("W001", "Referral to Home-Start Zelthorpe for a volunteer"),
        F("W002", "Tell the SW the same day about any worry"),
        F("F002", "Lee stops using cocaine and cuts down his drinking"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. RAG-rated review plan, outcome column in the family's words merged down
#    rows, Progress and Status columns; landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_xandleby_rag_review_merged_ferris.pdf",
    "doc_title": "Review Child Protection Plan - Kai Ferris",
    "split": "tune",
    "template": "rcpc-rag-merged-family-words-outcome-landscape-paged",
    "description": (
        "Review conference plan for an 8-year-old (neglect; mother's drinking and low mood) with a "
        "'What needs to be different for Kai' column in Kai's and his mum's words merged down rows, "
        "Who / When / How we'll know, then 'Progress since ICPC' and 'Status (RAG)' columns; landscape, "
        "header and 'Page N of M' footer. 'Engagement', a blank measure on the grandmother's row, 'All "
        "agencies', 'Ongoing', 'TBC', a talking-therapy row that only treats with 'when Leanne is ready' "
        "and 'Mood improves', and one adult-only outcome in the mother's words."
    ),
    "header": "OFFICIAL-SENSITIVE | Xandleby Borough Council Children's Services | Ref XB/CP/2291",
    "footer": "Review child protection plan – Kai Ferris – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("kv", [
            ("Child", "Kai Ferris, DOB 19/09/2016 (8), Year 4 at St Aldhelm's Primary"),
            ("Lives with", "Leanne Ferris (mum), 17 Copper Beech Walk, Xandleby"),
            ("Initial conference", "10/03/2025 – category: neglect"),
            ("Review conference", "02/06/2025 – Kai to remain subject to a child protection plan"),
            ("Social worker", "Ravi Chandran, Xandleby Family Safeguarding Team"),
            ("Chair / IRO", "Monica Yeates"),
        ]),
        ("h1", "What we were worried about at the first conference"),
        ("p", "Leanne was drinking most afternoons and was often asleep or drunk when Kai came home from "
              "school. Kai was letting himself in, making his own tea (crisps, cereal) and missing his "
              "ADHD medication. His attendance was 71% and school twice could not reach anyone to collect "
              "him. Leanne has told her GP she has felt low for over a year and has started and stopped "
              "sertraline twice."),
        ("h1", "What has changed"),
        ("p", "Leanne has been going to the alcohol service and her breath tests have been negative since "
              "14 April. Kai's attendance is up to 88%. Leanne's mum, Pat, has been calling in after "
              "school most days. Leanne has not yet started any help for her low mood, and Kai's "
              "paediatric review was moved by the clinic."),
        ("h1", "What Kai says"),
        ("p", "Kai was seen on his own at home on 20 May and at school on 27 May. He said \"Mum's "
              "better, she's not asleep when I get in now\" and gave home \"7 out of 10, it was 2 before\". "
              "He still worries \"when her eyes go funny\" and said he would ring Nan if Mum \"had the "
              "wine again\". He likes worry time with Mrs Bakshi \"because of the Lego\", and wants to go "
              "to the football camp in the summer holidays."),
        ("h1", "The plan and progress"),
        ("table", {
            "header": ["What needs to be different for Kai", "What will happen", "Who", "When",
                       "How we'll know", "Progress since ICPC", "Status (RAG)"],
            "widths": [4.2, 4.6, 3.0, 2.8, 4.2, 4.9, 2.0],
            "rows": [
                ["\"I want Mum to be awake and not poorly when I get in from school.\" – Kai\n"
                 "\"He shouldn't be the one worrying about me.\" – Leanne",
                 "Visit Kai at home after school, see him on his own and see his bedroom",
                 "SW Ravi Chandran",
                 "Fortnightly; 1 in 3 unannounced",
                 "Visit notes show Kai seen alone and what he said; Leanne sober at each visit",
                 "6 visits since ICPC, 4 with Kai alone. Leanne sober at all of them.",
                 "GREEN"],
                [V,
                 "Weekly worry time sessions with Kai in school",
                 "Learning mentor Mrs Bakshi",
                 "Weekly (Tuesdays)",
                 "Kai's engagement",
                 "Kai goes most weeks.",
                 "AMBER"],
                [V,
                 "Call in after school to check Leanne is sober and Kai is settled",
                 "Pat Ferris (MGM)",
                 "Every school day, 3.30pm",
                 "",
                 "Pat most days; off for 2 weeks in April with her chest.",
                 "AMBER"],
                [V,
                 "Tell the SW the same day if Kai says Mum has been drinking or he is not collected",
                 "All agencies",
                 "Same day",
                 "Call logged on Kai's file with what was done",
                 "Two calls from school, both followed up the same day.",
                 "GREEN"],
                ["\"I want to get to school every day and have my tea at the table with Mum.\" – Kai",
                 "Get Kai up, dressed and into school by 8.45am",
                 "Leanne",
                 "Every school day",
                 "School register: attendance 95% or more and no late marks",
                 "Attendance 88% (was 71%); 3 lates in May.",
                 "AMBER"],
                [V,
                 "Help Leanne with meal planning, shopping and a teatime routine",
                 "FSW Aisha Noor",
                 "Ongoing",
                 "Tea at the table seen on FSW visits on 3 evenings a week",
                 "7 sessions done; food in the cupboards at every visit.",
                 "GREEN"],
                ["\"Kai has his tablets every morning and is asleep by 9, so he isn't so wound up at "
                 "school.\" – Leanne",
                 "Review Kai's ADHD medication and his sleep",
                 "Dr Joy Okafor, community paediatrician",
                 "Clinic on 24/06/2025",
                 "Clinic letter to the GP and SW with his dose and a sleep plan",
                 "April appointment cancelled by the clinic; rebooked.",
                 "AMBER"],
                [V,
                 "Medication and bedtime tick chart on the fridge",
                 "Leanne, checked by the FSW",
                 "Every day",
                 "Chart ticked on 6 of 7 days, seen weekly by the FSW",
                 "Chart up; most days ticked.",
                 "GREEN"],
                [V,
                 "Referral to the ADHD parents' group at Xandleby Family Hub",
                 "SW Ravi Chandran",
                 "TBC",
                 "Place offered and Leanne goes to 4 of the 6 sessions",
                 "Not done – group full until September.",
                 "RED"],
                ["\"I want to stop drinking and feel like myself again.\" – Leanne",
                 "Alcohol assessment, key work sessions and breath tests",
                 "Xandleby Alcohol Service – key worker Tom Reilly",
                 "Fortnightly; written report before each core group",
                 "Breath test results and attendance sent to the SW before each core group",
                 "Attended 5 of 6. All tests negative since 14/04.",
                 "GREEN"],
                [V,
                 "Counselling for Leanne's low mood",
                 "Xandleby Talking Therapies",
                 "When Leanne is ready",
                 "Mood improves",
                 "Leanne has not self-referred yet.",
                 "RED"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Leanne is found under the influence of alcohol while she is caring for Kai, has a positive "
              "breath test twice running, or Kai is not collected from school, the SW (or the emergency "
              "duty team out of hours) will visit the same day and Kai will stay with his nan, Pat Ferris, "
              "while a strategy discussion is held within 24 hours. If Pat cannot call in after school or "
              "cannot have Kai, the FSW will visit that afternoon instead, and if Kai cannot stay safely "
              "at home he will be placed with Xandleby foster carers the same day. If any of this happens "
              "twice, or Leanne goes to fewer than 4 of 6 alcohol service sessions, the team manager will "
              "request a legal planning meeting."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 6 weeks at St Aldhelm's: 16/06/2025, 28/07/2025, 08/09/2025 and "
              "20/10/2025. Next review child protection conference: 01/12/2025, 10am, Xandleby Town Hall."),
    ],
    "findings": [
        F("M002", "Weekly worry time sessions with Kai in school"),
        F("M001", "Call in after school to check Leanne is sober"),
        F("W002", "Tell the SW the same day if Kai says Mum"),
        F("T002", "Help Leanne with meal planning, shopping and a teatime routine"),
        F("T002", "Referral to the ADHD parents' group at Xandleby Family Hub"),
        F("T002", "Counselling for Leanne's low mood"),
        F("M002", "Counselling for Leanne's low mood"),
        F("H001", "Counselling for Leanne's low mood"),
        F("F002", "I want to stop drinking and feel like myself again."),
    ],
})


# ---------------------------------------------------------------------------
# 3. Neglect plan organised by areas of care, actions as bullets under each
#    care-domain heading (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_zorrowfield_neglect_care_domains_quarrie.docx",
    "doc_title": "Child Protection Plan (Neglect) - Tyler and Skye Quarrie",
    "split": "tune",
    "template": "neglect-care-domains-bullets",
    "description": (
        "ICPC neglect plan for a 4-year-old and an 18-month-old organised by the areas of care in a "
        "neglect toolkit (physical care, safety, love and care, stimulation), each with a 'What we want "
        "to see' line and action bullets. A bullet with no timescale or measure, a passive bullet, "
        "'monitored', 'as often as she can', a grandmother's teas with no measure, 'The family' as owner; "
        "grandmother and aunt carry part of the plan and the contingency sends the children to the same "
        "grandmother; review conference date to be confirmed; no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Neglect"),
        ("p", "Zorrowfield County Council – Children's Services (Locality South). This plan was agreed at "
              "the initial child protection conference on 25 February 2025 and follows the areas of care "
              "in the Zorrowfield Neglect Toolkit."),
        ("kv", [
            ("Children", "Tyler Quarrie (4, DOB 09/01/2021) and Skye Quarrie (18 months, DOB 30/08/2023)"),
            ("Parents / carers", "Danielle Quarrie (mum, 22); Ryan Hoyle (Skye's dad, 24). Tyler's father is not in contact."),
            ("Address", "12 Gorse Rise, Zorrowfield"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Marsh"),
            ("Health visitor", "Nadia Sherwin"),
        ]),
        ("h1", "Why Tyler and Skye have a plan"),
        ("p", "On three visits since December the kitchen had mouldy food on the sides, there was dog mess "
              "in the garden and on the back step, and the children's beds had no sheets. Skye has had a "
              "bad nappy rash since November and has missed her 12-month immunisations. Tyler was found by "
              "a neighbour on the main road on his own on 8 February. He has very little speech for his "
              "age and there are few toys or books in the house. Danielle and Ryan love the children and "
              "have agreed to the plan, but they have not kept to the changes agreed when the children "
              "were on a child in need plan."),
        ("h1", "A day in Tyler and Skye's life"),
        ("p", "When Owen visited at 10am on 18 February Skye was still in her night nappy, which was "
              "heavy, and was sitting in her cot with a bottle of cold milk. She reached up to be held and "
              "stopped crying as soon as Danielle picked her up. Tyler showed Owen his bedroom and said "
              "\"no toys, only the telly\". At nursery he told his key worker he had \"crisps for "
              "breakfast\" and that he likes \"Nanna's house, she has a swing\". He said the road was "
              "\"big and loud\" and he went out \"to find Ryan\"."),
        ("h1", "The plan, area by area"),
        ("h2", "1. Physical care – food, clothes, hygiene and health"),
        ("p", "What we want to see: Tyler and Skye have three meals a day, clean clothes and a clean bed, "
              "Skye's nappy rash has cleared, and both children's health checks and jabs are up to date."),
        ("bullets", [
            "HV Nadia Sherwin will see Skye at the clinic every fortnight to weigh her and check her nappy "
            "rash, and will plot her weight in the red book.",
            "Danielle will take Skye for her missed 12-month immunisations by 28 March 2025; the GP "
            "surgery will confirm this to the SW in writing.",
            "FSW Kim Adair will help Danielle to clear the kitchen and plan meals on a budget.",
            "Clean bedding, a new cot mattress and clothes that fit will be sorted for both children by "
            "31 March 2025.",
            "Ryan will clear up after the dog in the garden every evening; the SW will check the garden is "
            "clear at each visit.",
        ]),
        ("h2", "2. Safety – in the house and outside"),
        ("p", "What we want to see: Tyler cannot get out of the house on his own, and both children are "
              "supervised by an adult whenever they are outside."),
        ("bullets", [
            "Danielle and Ryan will fit the stair gate and a high bolt on the front door by 14 March 2025 "
            "and show the SW at his next visit.",
            "Danielle or Ryan will be outside with Tyler whenever he plays out the front, and this will be "
            "monitored by the SW.",
            "SW Owen Marsh will visit every 10 working days (one visit in three unannounced), see Tyler on "
            "his own and score the home on the home conditions tool.",
        ]),
        ("h2", "3. Love and care"),
        ("p", "What we want to see: Tyler and Skye get warm, patient care from the adults around them, "
              "and are comforted quickly when they are upset."),
        ("bullets", [
            "Danielle will go to the 10-week Incredible Years group on Thursdays from 3 April 2025, and the "
            "group leader will send the SW a report at the end of the course.",
            "Tyler's key worker at Little Owls nursery will give him one-to-one time as often as she can.",
            "MGM Sandra Quarrie will have Tyler and Skye for their tea every Wednesday and Sunday.",
            "Aunt Leah Quarrie will take Tyler to nursery on Monday and Tuesday mornings; the nursery "
            "signing-in book will show who brought him.",
        ]),
        ("h2", "4. Stimulation – play, talking and learning"),
        ("p", "What we want to see: Tyler's speech is getting help and he goes to nursery every session, "
              "and Skye has toys and books and is played with every day."),
        ("bullets", [
            "HV Nadia Sherwin will refer Tyler to speech and language therapy by 21 March 2025 and copy the "
            "referral to the SW.",
            "Danielle will make sure Tyler gets to nursery on all three of his mornings (Monday to "
            "Wednesday) from 10 March 2025; the nursery register will show at least 90% attendance.",
            "The family will borrow toys and books for Skye from the Zorrowfield toy library each week, "
            "and the FSW will see them being used at her visits.",
        ]),
        ("h1", "If things don't improve"),
        ("p", "If the home conditions score is below 3 on two visits running, Skye loses weight at two "
              "clinic weighs in a row, or Tyler is found out on the road on his own again, the SW will hold "
              "a strategy discussion the same day and Tyler and Skye will go to stay with their nanna, "
              "Sandra Quarrie, at 9 Mill Close, Zorrowfield, until the home is safe for them."),
        ("h1", "Core group and review"),
        ("p", "The core group (Danielle, Ryan, SW, HV, FSW, Little Owls nursery and Sandra Quarrie) will "
              "meet every 4 weeks at Gorse Rise Children's Centre: 11/03/2025, 08/04/2025 and 06/05/2025 "
              "at 1pm. The review child protection conference date is to be confirmed by the conference "
              "team."),
    ],
    "findings": [
        F("T001", "FSW Kim Adair will help Danielle to clear the kitchen"),
        F("M001", "FSW Kim Adair will help Danielle to clear the kitchen"),
        F("W001", "Clean bedding, a new cot mattress and clothes that fit"),
        F("M001", "Clean bedding, a new cot mattress and clothes that fit"),
        F("M002", "Danielle or Ryan will be outside with Tyler whenever he plays"),
        F("T002", "Tyler's key worker at Little Owls nursery will give him"),
        F("M001", "Tyler's key worker at Little Owls nursery will give him"),
        F("M001", "MGM Sandra Quarrie will have Tyler and Skye for their tea"),
        F("W002", "The family will borrow toys and books for Skye"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child criminal exploitation / contextual safeguarding plan for a
#    15-year-old, with his own views and a missing section (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_xennick_cce_missing_plan_harker.md",
    "split": "tune",
    "template": "cce-contextual-safeguarding-missing-md",
    "description": (
        "ICPC plan for a 15-year-old at risk of child criminal exploitation (county lines), with his own "
        "views, places and people of concern, an action table and a section on what happens if he goes "
        "missing. 'Ongoing' police disruption, 'ASAP' school place, a blank measure on the NRM referral, "
        "'Engagement', 'Everyone working with Kyle', a parenting row 'when Michelle is ready' measured by "
        "how she feels, and one adult-only outcome."
    ),
    "text": """\
# Child Protection Plan – Kyle Harker

**Xennick City Council · Children's Services · Adolescent Safeguarding Team**

| | |
|---|---|
| **Young person** | Kyle Harker, DOB 03/08/2009 (15) |
| **Lives with** | Michelle Harker (mum) and Evie Harker (sister, 11), 5 Tanner's Row, Xennick |
| **Conference** | Initial child protection conference, 31/03/2025 |
| **Category** | Physical abuse – risk of significant harm from outside the home (child criminal exploitation) |
| **Social worker** | Emeka Obi (07700 900 418) |
| **Exploitation worker** | Jordan Pike, Xennick Exploitation and Missing Team (XEM) |

## What we are worried about

Kyle has been reported missing six times since January. On 2 March he was found by
Port Eskby police in a flat with two adults he did not know, with £420 in cash and
two phones that were not his. Police believe he was being used to carry drugs for a
line run from Xennick. He came home on 14 March with a deep cut to his hand that he
will not explain. Kyle was permanently excluded from Xennick Academy in January and
has had no education since. He smokes cannabis most days and has told his mum he
"owes" money after a package was taken from him, which we think is being used to
keep him working.

## What Kyle says

Kyle met Emeka and Jordan at McDonald's on 26 March and agreed we could write down
what he said:

> "I'm not a victim. I know what I'm doing, I'm not stupid."
>
> "If you put me in care I'll just run, so don't."
>
> "The money's not even that good. I just can't say no to them now."
>
> "I used to box. I'd go back if someone took me, I'm not getting the bus past the park."

He said he feels safest at home with his mum and sister and "in the gym". He does not
want the police coming to the house "in uniform, because everyone sees". He wants to
go to college to do motor mechanics.

## Places and people

- **Linden Park** (benches by the skate park) – where Kyle meets older boys after 8pm.
- **The Chicken Shack, Quay Road** – adults linked to the line have been seen handing
  phones to younger boys there.
- **Xennick bus station** – Kyle has been seen getting coaches to Port Eskby.
- Two young men, known to Kyle as "Deeks" and "TJ", who police believe run the line.
  Details are held by the police and shared at the MACE meeting.

## What needs to be different

- Kyle sleeps at home every night and is not going missing.
- Kyle is in full-time education and has a plan for college.
- Kyle is not carrying drugs, cash or weapons, and is not in debt to anyone.
- Kyle has an adult he trusts and things he enjoys away from the group at the park.
- Michelle feels more confident setting limits and is less stressed.

## The plan

| What will happen | Lead | When | How we'll know |
|---|---|---|---|
| Meet Kyle twice a week (once at home, once doing something he chooses) and do exploitation safety work with him | Jordan Pike, XEM | Twice a week from 07/04/2025 | Session notes sent to the SW; Kyle's own safety plan written with him by 30/04/2025 |
| Return home interview after every missing episode | Safer Futures return home worker | Within 72 hours of Kyle coming back | RHI report to the SW and police; new places and names added to the MACE map |
| Patrols and disruption at Linden Park and the Chicken Shack; gather intelligence on the adults involved | Xennick Police, Child Exploitation Unit – PC Dana Lowe | Ongoing | Intelligence and disruption notices reported at the monthly MACE |
| Full-time timetable for Kyle at the Harbour Centre, with a taxi there and back | Education inclusion officer, Mrs Grant | ASAP | Kyle on roll with a 25-hour timetable; attendance 80% or more |
| National Referral Mechanism referral for Kyle | SW Emeka Obi | By 11/04/2025 | |
| Boxing sessions at Xennick ABC, with a lift there and back | Youth worker Ty Brennan | Tuesday and Thursday evenings | Engagement |
| Keep a log of when Kyle goes out and comes in, and report him missing if he is not home by 10pm | Michelle (Mum) | Every night | Log seen by the SW at each visit and matches police missing records |
| Talk to Kyle about safe ways out of the debt and who he can call | Everyone working with Kyle | At every contact | Kyle can name two adults he would call (checked by the SW) |
| Cannabis use and sexual health assessment | Compass young people's substance misuse service – Jas Kaur | First appointment by 25/04/2025, then weekly | Compass assessment and plan shared with the SW |
| Parenting support for Michelle on boundaries, grooming signs and what to do when Kyle is out late | Family Hub parenting worker | When Michelle is ready | Michelle feels more confident |
| Visit Kyle and Evie at home; see Kyle on his own and write his views in his words | SW Emeka Obi | Weekly | Visit records show Kyle seen alone and his views recorded |

## If Kyle goes missing

1. If Kyle is not home by 10pm and is not answering his phone, Michelle will ring
   his friends and the XEM out-of-hours number. If he is still not home or in touch
   by 10.30pm she will report him missing to the police on 101 (999 if she thinks he
   is in danger) and tell the emergency duty team.
2. The police will grade the risk. If Kyle is thought to be out of Xennick or with
   the adults named above, he will be treated as high risk and Port Eskby police
   will be asked to check the addresses already known.
3. When Kyle is found, the police will do a safe and well check and bring him home
   (not in a marked car if possible).
4. If Kyle goes missing three times in four weeks, is found out of the area, or is
   found with a weapon, the SW will hold a strategy meeting within 1 working day,
   and the team manager will request a legal planning meeting to decide whether Kyle
   needs to be looked after in a safe placement away from Xennick.

## Core group and review

- Core group every 3 weeks at Tanner's Row Family Hub: 14/04/2025, 05/05/2025,
  27/05/2025 and 17/06/2025, 4pm (after school hours so Kyle can come).
- Kyle's case is also heard at the monthly MACE meeting (next 22/04/2025).
- Review child protection conference: 30/06/2025, 3.30pm, Xennick Civic Centre.
""",
    "findings": [
        F("T002", "Patrols and disruption at Linden Park and the Chicken Shack"),
        F("T002", "Full-time timetable for Kyle at the Harbour Centre"),
        F("M001", "National Referral Mechanism referral for Kyle"),
        F("M002", "Boxing sessions at Xennick ABC, with a lift there"),
        F("W002", "Talk to Kyle about safe ways out of the debt"),
        F("T002", "Parenting support for Michelle on boundaries, grooming signs"),
        F("M002", "Parenting support for Michelle on boundaries, grooming signs"),
        F("F002", "Michelle feels more confident setting limits and is less stressed"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Domestic abuse safety plan inside a child protection plan: narrative
#    with hedged commitments (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_zarnmouth_da_safety_narrative_dunlop.txt",
    "split": "tune",
    "template": "domestic-abuse-safety-plan-narrative-hedged",
    "description": (
        "ICPC plan for a 9-year-old and a 4-year-old (domestic abuse by their father, who drinks heavily) "
        "written as narrative, with a safety plan section. Hedged commitments keep their owners ('Kerry "
        "will try to', 'It is hoped that', 'will hopefully'); passives with no agent ('Jason will be "
        "referred to', 'A referral will be made'); 'when she feels ready', 'in due course'; 'engagement "
        "will be monitored', 'keep an eye on'; an adult-only outcome, no adult service owns an action "
        "and no legal step."
    ),
    "text": """\
ZARNMOUTH COUNCIL - CHILDREN'S SERVICES
Child Protection Plan (including safety plan)

Children:       Ellis Dunlop (9), DOB 21/07/2015
                Poppy Dunlop (4), DOB 02/12/2020
Mother:         Kerry Dunlop, 22 Seagrave Terrace, Zarnmouth
Father:         Jason Pryce (not living at the family home since 01/03/2025)
Conference:     Initial child protection conference, 20/03/2025
Category:       Emotional abuse
Social worker:  Amira Hassan, Family Safeguarding Team (North)


WHY THERE IS A PLAN

Police have been called to the family home five times in the last year. On
28 February Jason, who had been drinking all afternoon, grabbed Kerry by the
throat in the kitchen and pushed her against the fridge. Ellis was in the room
and ran to a neighbour's house in his socks to get help. Poppy was upstairs
and was found hiding in the bath. Jason was arrested and released on bail,
which has now ended. Kerry says Jason drinks every day and is "a different
person" when he has had a lot, and that the violence has got worse since he
lost his job last summer. Kerry has said she still loves Jason and has let him
into the house twice since he left, once when the children were there.


WHAT ELLIS AND POPPY HAVE TOLD US

Ellis talked to me on his own at school on 14 March. He said: "I'm the man of
the house now, Dad said I have to look after Mum." He said he can't get to sleep
"in case Dad comes back and starts again" and that he keeps his old phone under
his pillow. He misses his dad "when he's normal" and would like to see him at the
football "but not at our house". Poppy was shy with me but showed me her dolls'
house, where she made the "daddy doll" shout and put the "baby doll" in the bath.
Her nursery say she has started wetting herself again and jumps at loud noises.


WHAT WE WANT FOR ELLIS AND POPPY

Ellis and Poppy live in a calm home where nobody shouts at, hurts or frightens
their mum or them.

Ellis no longer feels he has to protect his mum and sister, and sleeps through
the night.

Poppy is dry again in the day and is settled and happy at nursery.

If Ellis and Poppy see their dad, it is somewhere safe and he is sober.

It is hoped that Kerry will feel stronger and be able to keep Jason away from
the home.


WHAT WILL HAPPEN NEXT

I (Amira Hassan) will visit Ellis and Poppy at home every week until the first
core group and then every two weeks, and my visit records will show that Ellis
was seen on his own each time.

Kerry will try to keep the back door locked and will not let Jason into the
house.

It is hoped that Kerry will take up sessions with the IDVA, Lorna Baines, when
she feels ready.

Jason will be referred to the Zarnmouth Alcohol Service and to the Making
Changes programme for men who have been abusive.

Ellis's school will hopefully offer him a weekly session with the ELSA, Mrs Pike,
and his engagement will be monitored.

Poppy's nursery will keep an eye on her and ring me the same day if they have any
worries.

Zarnmouth Police have agreed to put a marker on Kerry's address by 28 March 2025
so that any 999 call is treated as urgent, and PC Gareth Webb will confirm this to
me in writing.

Kerry will try to get Poppy to her hearing test at Seagrave Children's Centre on
9 April 2025 and will give me the letter with the result.

A referral will be made for Ellis to join the Helping Hands group for children who
have lived with domestic abuse, which starts on 28 April 2025.

It is hoped that Kerry and Jason will agree contact arrangements for the children
through their solicitors in due course.


SAFETY PLAN - WHAT WILL HAPPEN IF JASON COMES TO THE HOUSE

Kerry will not open the door to Jason and will ring 999 straight away. Ellis
knows that if Dad comes he should take Poppy up to his bedroom, lock the door and
ring 999 on his phone if Mum cannot. Kerry and Ellis practised this with me on 18
March. Kerry's neighbour, Mrs Olsen at number 24, knows the code word "pineapple"
and will ring the police if Kerry says it or texts it to her.

If Kerry lets Jason back into the home, or there is another incident of violence,
I will hold a strategy discussion with the police the same day, and Kerry and the
children will be offered a place at the Zarnmouth women's refuge that night.
If things do not improve we will have to think again about the plan.


CORE GROUP AND REVIEW

The first core group will be on 3 April 2025 at 10am at the Harbour Family Centre,
and then every four weeks. The review child protection conference will be on 19
June 2025 at 2pm.

Amira Hassan, Social Worker                         Plan typed 21/03/2025
""",
    "findings": [
        F("T001", "Kerry will try to keep the back door locked"),
        F("M001", "Kerry will try to keep the back door locked"),
        F("T002", "Kerry will take up sessions with the IDVA, Lorna Baines"),
        F("M001", "Kerry will take up sessions with the IDVA, Lorna Baines"),
        F("W001", "Jason will be referred to the Zarnmouth Alcohol Service"),
        F("T001", "Jason will be referred to the Zarnmouth Alcohol Service"),
        F("M001", "Jason will be referred to the Zarnmouth Alcohol Service"),
        F("M002", "Ellis's school will hopefully offer him a weekly session"),
        F("M002", "Poppy's nursery will keep an eye on her"),
        F("W001", "A referral will be made for Ellis to join"),
        F("M001", "A referral will be made for Ellis to join"),
        F("T002", "Kerry and Jason will agree contact arrangements for the children"),
        F("M001", "Kerry and Jason will agree contact arrangements for the children"),
        F("F002", "Kerry will feel stronger and be able to keep Jason away"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Disabled child with complex health needs: health, short breaks, the
#    parent carer's own needs, staying child-focused (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_xelbourne_complex_health_respite_pemberton.docx",
    "doc_title": "Child Protection Plan - Isaac Pemberton",
    "split": "tune",
    "template": "disabled-child-complex-health-banded-table",
    "description": (
        "ICPC plan for a 7-year-old with cerebral palsy, epilepsy and a gastrostomy (neglect of health "
        "needs; exhausted single parent carer with low mood), in a table banded into health, short "
        "breaks, the carer's needs and daily safety, with observed lived experience for a non-verbal "
        "child. 'TBC', 'Ongoing' with no measure, a parent carer needs assessment with no stated output, 'Claire "
        "feels better', a counselling row that only treats, 'All agencies', and one adult-only outcome."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Xelbourne City Council – Disabled Children's Team"),
        ("kv", [
            ("Child", "Isaac Pemberton, DOB 11/05/2017 (7)"),
            ("Lives with", "Claire Pemberton (mum), 3 Larkspur Close, Xelbourne"),
            ("Conference", "Initial child protection conference, 07/03/2025"),
            ("Category", "Neglect"),
            ("Legal status", "Child protection plan. Isaac's short breaks are provided under section 17; "
                             "he is not a looked after child."),
            ("Social worker", "Hannah Cole, Disabled Children's Team"),
        ]),
        ("h1", "About Isaac"),
        ("p", "Isaac has four-limb cerebral palsy and epilepsy. He uses a wheelchair, is fed through a "
              "gastrostomy and does not use words. He goes to Brookfield School, where staff know him well. "
              "He communicates with his eyes, his smile and different sounds, and has a communication "
              "passport that explains what they mean."),
        ("h1", "What we are worried about"),
        ("p", "Since the autumn Isaac has missed four hospital appointments, including two with the "
              "gastroenterology team, and has lost 1.2kg. The community nurses found a pressure sore on "
              "his hip in January that had not been treated. His rescue medication was out of date when "
              "he had a long seizure at home on 21 January. On 3 February he slipped out of his "
              "wheelchair at home because the lap strap was broken, and hit his head. Claire has cared "
              "for Isaac on her own since he was two. She told conference she is \"running on empty\", "
              "sleeps about four hours a night because of his night feeds and seizures, and has felt low "
              "for months; her GP started her on sertraline in January."),
        ("h1", "What Isaac shows us"),
        ("p", "When Hannah visited on 27 February Isaac was lying on a mat in the front room. He smiled "
              "and kicked his legs when Claire sang to him, and looked towards the door when he heard the "
              "school bus. His teacher says he laughs when the class do music and goes quiet and turns "
              "his head away when he is in pain or tired, which they have seen more of since Christmas. "
              "At Oakfield House, where he had a trial short break, staff saw him settle to sleep after a "
              "warm bath and his feed."),
        ("h1", "What we want for Isaac"),
        ("bullets", [
            "Isaac gets his feeds and medicines on time every day and his weight stays on or above the "
            "2nd centile.",
            "Isaac gets to every hospital and clinic appointment he needs.",
            "Isaac is safe and comfortable in his chair, in bed and when he is moved, with no pressure "
            "sores or unexplained marks.",
            "Isaac has regular short breaks that he enjoys, and is cared for at home by a mum who has "
            "enough rest to care for him safely.",
            "Claire gets proper rest and feels less exhausted.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.8, 3.0, 4.0],
            "rows": [
                ["Isaac's health and hospital care", H, H, H],
                ["Take Isaac to his gastroenterology and dietetic clinics at Xelbourne Children's "
                 "Hospital; the SW will book hospital transport if Claire asks",
                 "Claire (mum), with CCN Jo Patel",
                 "Next clinic 14/04/2025, then every 3 months",
                 "Clinic letters copied to the SW; Isaac's weight on or above the 2nd centile"],
                ["Home visit to check Isaac's gastrostomy site, skin and pressure areas, his feed regime "
                 "and his weight",
                 "CCN Jo Patel, Children's Community Nursing",
                 "Weekly (Mondays)",
                 "Skin and weight chart filled in at each visit; feed chart complete on 6 of 7 days"],
                ["Update Isaac's epilepsy care plan and train Claire, Oakfield House staff and school "
                 "to give his rescue medication",
                 "Epilepsy nurse Sue Grant",
                 "By 30/04/2025",
                 "Updated plan sent to the SW, school and Oakfield; training register signed"],
                ["Give Isaac's medicines as prescribed and fill in the MAR chart",
                 "Claire",
                 "Every day",
                 "MAR chart checked by the CCN every Monday with no gaps"],
                ["New lap strap and head support for Isaac's wheelchair after his fall on 3 February",
                 "Xelbourne Wheelchair Service",
                 "TBC",
                 "New strap and head support fitted and checked by the OT"],
                ["Join up Isaac's hospital appointments so they fall on the same day where possible",
                 "Complex care key worker Ben Holt",
                 "Ongoing",
                 ""],
                ["Short breaks", H, H, H],
                ["Overnight short breaks at Oakfield House",
                 "SW Hannah Cole",
                 "2 nights a month from 01/05/2025",
                 "Oakfield records show each stay and how Isaac settled, ate and slept"],
                ["Direct payment for a personal assistant after school on Tuesdays and Thursdays",
                 "SW Hannah Cole (resource panel)",
                 "Panel 22/04/2025; PA in place by 30/06/2025",
                 "PA timesheets; home-school book shows the PA sessions"],
                ["Claire's needs as Isaac's carer", H, H, H],
                ["Parent carer needs assessment for Claire (section 17ZD)",
                 "Xelbourne Carers' Centre, for the Disabled Children's Team",
                 "By 16/05/2025",
                 ""],
                ["See her GP about her low mood and poor sleep",
                 "Claire",
                 "By 11/04/2025",
                 "Claire feels better"],
                ["Eight counselling sessions for Claire on carer stress",
                 "Xelbourne Talking Therapies – counsellor Ruth Abbot",
                 "Weekly from 22/04/2025",
                 "Attendance recorded"],
                ["Keeping Isaac safe every day", H, H, H],
                ["Moving and handling training with the hoist for Claire, and a check of the home "
                 "adaptations",
                 "OT Maria Lyle, Children's Occupational Therapy",
                 "By 09/05/2025",
                 "Training signed off; OT report sent to the SW"],
                ["Record Isaac's seizures, feeds and any marks or bruises, and send the home-school book "
                 "home every day",
                 "Brookfield School – class teacher Mr Dale",
                 "Every school day",
                 "Home-school book seen by the SW at each visit; seizure log sent to the epilepsy nurse monthly"],
                ["Visit Isaac at home, see his room and equipment, and watch how he responds during his "
                 "care, using his communication passport",
                 "SW Hannah Cole",
                 "Every 2 weeks",
                 "Visit records describe how Isaac looked, how he responded and what care was seen"],
                ["Let the SW know within 1 working day if Isaac misses any appointment",
                 "All agencies",
                 "Within 1 working day",
                 "Missed appointments logged on Isaac's file"],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If Isaac misses two hospital appointments in a row, loses more weight at two weekly weighs, "
              "has another untreated pressure sore or any unexplained injury, or his rescue medication is "
              "found out of date, the SW will hold a strategy discussion within 1 working day and Isaac "
              "will go to Oakfield House for an emergency short break while it is held. If Claire is not "
              "able to care for Isaac safely at home with the support in this plan by the review "
              "conference, the SW will request a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Brookfield School: 21/03/2025, 18/04/2025 and 16/05/2025, 2pm. "
              "Review child protection conference: 05/06/2025, 10am, Xelbourne Civic Centre."),
    ],
    "findings": [
        F("T002", "New lap strap and head support for Isaac's wheelchair"),
        F("T002", "Join up Isaac's hospital appointments so they fall"),
        F("M001", "Join up Isaac's hospital appointments so they fall"),
        F("M001", "Parent carer needs assessment for Claire"),
        F("M002", "See her GP about her low mood and poor sleep"),
        F("H001", "Eight counselling sessions for Claire on carer stress"),
        F("W002", "Let the SW know within 1 working day"),
        F("F002", "Claire gets proper rest and feels less exhausted."),
    ],
})


# ---------------------------------------------------------------------------
# 7. Not a plan: leaflet for parents about child protection conferences (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_zindlecombe_icpc_leaflet_for_parents_hollis.pdf",
    "doc_title": "What is a child protection conference? Information for parents and carers",
    "split": "tune",
    "template": "not-a-plan-parents-leaflet",
    "description": (
        "Not a plan: a safeguarding partnership's leaflet for parents explaining what a child protection "
        "conference and a child protection plan are, who comes, what happens afterwards and how to "
        "complain. It has roles, timescales and 'will' sentences but no child and no child's plan."
    ),
    "not_a_plan": True,
    "header": "Zindlecombe Safeguarding Children Partnership – Information for families",
    "footer": "Leaflet CP-03 (version 4, April 2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "What is a child protection conference?"),
        ("p", "Information for parents and carers"),
        ("p", "You have been given this leaflet because a social worker from Zindlecombe Council Children's "
              "Services has told you that a child protection conference is being arranged about your child "
              "or children. We know this can be worrying. This leaflet explains what a conference is, what "
              "will happen, and how you can take part."),
        ("h1", "Why is there a conference?"),
        ("p", "A conference is held when Children's Services and other agencies are worried that a child "
              "may be at risk of significant harm. It is a meeting of the family and the professionals who "
              "know the child. Its job is to look at what is going well, what the worries are, and whether "
              "a child protection plan is needed to keep the child safe."),
        ("h1", "Who will be there?"),
        ("bullets", [
            "You, and anyone with parental responsibility for your child.",
            "A chair (an Independent Reviewing Officer) who is not involved in your case and runs the meeting.",
            "Your social worker and their manager.",
            "Professionals who know your child, such as the health visitor, school, GP, nursery or police.",
            "Someone to support you, such as a friend, relative or advocate. You can bring a solicitor, "
            "but they cannot speak for you.",
            "An interpreter, if you need one. Please tell your social worker as soon as you can.",
        ]),
        ("h1", "Before the conference"),
        ("p", "Your social worker will write a report for the conference and should share it with you at "
              "least two working days before the meeting. Other professionals may also send reports. If "
              "you think something in a report is wrong, you can tell the social worker or the chair, and "
              "your view will be written down."),
        ("p", "The chair will usually meet you for a few minutes before the conference starts, to explain "
              "how it will run and answer your questions."),
        ("h1", "Can my child come?"),
        ("p", "Older children and young people can come to all or part of the conference if they want to "
              "and it is right for them. They can also share their views through their social worker, an "
              "advocate, a letter, a drawing or a recording. Younger children do not usually attend, but "
              "the social worker will tell the conference what they have seen of your child's day-to-day "
              "life and what your child has said."),
        ("pagebreak",),
        ("h1", "What happens at the conference?"),
        ("numbers", [
            "The chair introduces everyone and explains the purpose of the meeting.",
            "Each professional shares what they know. You will be asked for your views throughout.",
            "Everyone talks about what is working well, what the worries are and what needs to happen.",
            "The professionals decide whether your child needs a child protection plan. The chair will "
            "explain the decision to you.",
        ]),
        ("h1", "What is a child protection plan?"),
        ("p", "If your child needs a plan, the conference will agree an outline plan. It sets out what "
              "needs to change to keep your child safe, who will do what, by when, and how everyone will "
              "know it is working. It also says what will happen if things do not improve. A core group "
              "made up of you, your social worker and the professionals who know your child best will "
              "meet within 10 working days to turn the outline into a detailed plan."),
        ("h1", "What happens after the conference?"),
        ("bullets", [
            "You will be sent a copy of the plan, and the minutes of the conference within 20 working days.",
            "The core group will meet regularly to check how the plan is going. You will be invited to "
            "every meeting.",
            "A review conference will be held within three months of the first conference, and then at "
            "least every six months while your child has a plan.",
            "The plan ends when the conference agrees your child is no longer at risk of significant harm.",
        ]),
        ("h1", "If you are unhappy"),
        ("p", "If you are unhappy with how the conference was run, or with the decision, please talk to the "
              "chair first. If that does not sort it out, you can write to the Safeguarding Quality Manager, "
              "Zindlecombe Council, Orchard House, Zindlecombe, within 20 working days of the conference."),
        ("h1", "Useful contacts"),
        ("kv", [
            ("Conference team", "01632 960 771 (Monday to Friday, 9am to 5pm)"),
            ("Out of hours (emergency duty team)", "01632 960 000"),
            ("Zindlecombe Family Advocacy Service", "01632 960 245"),
            ("Leaflet author", "Ruth Hollis, Safeguarding Quality Manager"),
        ]),
        ("p", "This leaflet is available in large print, Easy Read, Polish, Urdu and Romanian. Please ask "
              "your social worker."),
    ],
    "findings": [],
})
