"""Batch 133, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans by experienced practitioners, each in their own local template
and voice, for older children and teenagers (12 to 16) whose risks are
outside the home as much as in it: criminal exploitation and county lines,
sexual exploitation and grooming online, going missing, self-harm, school
exclusion and youth justice, a young carer, an autistic teenager with a
learning disability. The young person's own words run through each plan
(what they want, what they will do, what they disagree with), young people
own actions themselves ("Be home by 9pm ... and text Mum"), parents and
carers are partners ("report him missing ... on 101"), and owners come from
many services: exploitation workers, youth workers chosen as trusted adults,
YJS officers, school DSLs, police missing person coordinators, return home
interview workers, CAMHS, sexual health nurses, travel trainers, adult
alcohol, drug and mental health services. Timescales are tied to school
terms, curfews, MACE panels and court dates; measures come from attendance,
missing records, police intelligence, phone checks, screens and scaling
scores set beside a worker's own record.

Five are exemplary (no findings): an ICPC plan for a 15-year-old exploited
through county lines, a landscape Word table with goals merged down the first
column (plan 1); a safety plan led by a strategy meeting and written with a
14-year-old at risk of sexual exploitation, printed to PDF (plan 2); a
social worker's letter to a 13-year-old after her initial conference, about
self-harm and images shared online (plan 4, Markdown); a first review plan
for an autistic 16-year-old groomed online, one Word table per goal (plan 6);
and a plain-text ICPC plan for a 13-year-old young carer drawn into
stealing to order, with his own words (plan 7). Two carry a realistic mix of
faults among mostly good rows: core group minutes with an action log for an
excluded 16-year-old on a referral order, printed to PDF (plan 3), and a
child in need plan for a 12-year-old young carer, a Markdown table (plan 5:
a child in need review is neither a core group nor a review conference, so
R001, and it names no legal step, so R002).

Counting actions (convention 1): every live row of an action table, every
live entry of an action log and every bullet under a "what ... will do"
heading of the letter is one action. Goal cells merged down a table, the
young person's own words, the contingency, legal planning, meeting dates and
a one-off row marked closed in the action log are not counted.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, 15-year-old boy exploited through county
#    lines, missing, a court date and an NRM referral. Landscape Word table,
#    goals merged down the first column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_fenwardine_icpc_county_lines_merged_goal_landscape_adomako.docx",
    "doc_title": "Child Protection Plan - Reece Adomako",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-exploitation-landscape-word-plan-details-list-why-reece-has-a-plan-what-reece-says-and-disagrees-with-what-mum-says-then-goal-merged-down-first-column-no-what-will-happen-who-by-when-how-we-will-know-then-contingency-legal-planning-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old exploited through county lines: "
        "four missing episodes, found in a flat in another town with cash and drugs, an NRM "
        "referral and a youth court date. A landscape Word table with three goals for Reece "
        "merged down the first column; each row has a named lead (Reece and his mum own rows, "
        "with the return home interview worker, the police missing person coordinator, the "
        "exploitation worker, community safety for a location assessment, the DSL, a youth "
        "worker Reece chose as his trusted adult, his uncle, the young people's drug service and "
        "the YJS), a timescale tied to curfews, MACE and the court date, and something that will "
        "be seen or counted. The uncle's nights have a fallback, legal planning follows named "
        "triggers, core group and review dates are set; Reece's words include what he disagrees "
        "with."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Fenwardine Metropolitan Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Reece Adomako, 15 (DOB 09/03/2010), Year 11, Fenwardine Academy"),
            ("Lives with", "Adjoa Adomako (Mum, 41), 17 Tanner's Row, Fenwardine FW4 2JD; Mum works nights "
                           "as a care assistant on Tuesdays and Thursdays"),
            ("Sister", "Efua Adomako (19), at university in another city"),
            ("Maternal uncle", "Kwesi Mensah, 40 Ravine Street, Fenwardine (a mile away)"),
            ("Category", "Physical abuse (risk of significant harm through criminal exploitation outside "
                         "the home)"),
            ("Conference", "Initial child protection conference, 15/09/2025. Chair: Olive Tennant (IRO)"),
            ("Social worker", "Hannah Gill-Rowe (team manager: Gareth Oyelaran)"),
            ("Also involved", "MACE panel (Reece listed for 07/10/2025); Fenwardine Youth Court hearing "
                              "18/11/2025"),
        ]),
        ("h1", "Why Reece has a plan"),
        ("p", "Reece has been reported missing four times since June 2025. On 12/08/2025 Tollerby Police found "
              "him in a flat in Tollerby, forty miles away, with two older men, £410 in cash and 22 wraps of "
              "cocaine; he had a cut to his hand he would not explain. PC Dean Hollis made a National Referral "
              "Mechanism (NRM) referral on 14/08/2025. Reece had two fixed-term exclusions in the summer term, "
              "one for bringing a kitchen knife into school, for which he is due at Fenwardine Youth Court on "
              "18/11/2025. He smokes cannabis most days. Reece told Marcus Deane that he \"owes\" an older boy "
              "£600 for a phone and a bag of drugs that were taken off him in Tollerby."),
        ("p", "Adjoa has done everything she can think of: she has reported Reece missing each time, taken his "
              "bank card and driven round Fenwardine looking for him. She asked for help from school in May."),
        ("h1", "What Reece says"),
        ("p", "Seen on his own at Streetlink on 11/09/2025, and at the conference for the first half hour:"),
        ("bullets", [
            "“I'm not a runner, I just help my mates out. Nobody forces me.” Later in the same talk: “If I "
            "don't pay it back they'll come to the house. That's why I went.”",
            "“I want to do plumbing at college. My cousin does it and he's got a van.”",
            "“Boxing's the only thing I like. I'll go if Jordan's there.”",
            "What he does not agree with: he thinks a 9pm curfew on school nights is “for kids” and wants "
            "10pm. The conference kept 9pm until the review and told Reece it will be looked at again then "
            "if he has had no missing episodes.",
            "He does not want to move away from Fenwardine or go into care. He agreed to text his mum and to "
            "let her look through his phone with him, “as long as she doesn't go through my pictures”.",
            "On a scale of 0 to 10, where 10 is totally safe, Reece scored himself 4 when he is out in "
            "Fenwardine at night and 8 at home.",
        ]),
        ("h1", "What Mum says"),
        ("p", "Adjoa wants Reece home and safe and says she will do whatever the plan asks. She worries most on "
              "Tuesdays and Thursdays when she is at work. She asked for the police to “go after the men, not "
              "just Reece”."),
        ("h1", "The plan"),
        ("p", "Agreed at the initial conference on 15/09/2025. The goals in the first column are what we want "
              "for Reece; every row under a goal is there to get him to it."),
        ("table", {
            "header": ["What we want for Reece", "No.", "What will happen", "Who", "By when", "How we will know"],
            "widths": [4.6, 1.0, 7.0, 3.8, 3.8, 5.5],
            "rows": [
                ["1. Reece is safe from the people who have been using him to sell drugs: he does not go "
                 "missing, and he is home by his curfew every night.",
                 "1.1",
                 "Be home by 9pm on school nights and 10pm on Fridays and Saturdays, and text Mum when he "
                 "leaves school and when he sets off home from anywhere else",
                 "Reece",
                 "Every day from 16/09/2025",
                 "Mum's phone shows the texts; Mum tells the SW about any late return at the weekly visit; the "
                 "police missing log shows no new episodes by the review conference"],
                [V, "1.2",
                 "If Reece is not home 30 minutes after his curfew and is not answering his phone, report him "
                 "missing to Fenwardine Police on 101 (999 if she thinks he is in danger) and ring the SW, or "
                 "the Emergency Duty Team out of hours",
                 "Adjoa Adomako (Mum)",
                 "Every night: by 9.30pm on school nights, 10.30pm at weekends",
                 "Police missing reports and Mum's notebook show each late return reported within 30 minutes; "
                 "the SW checks the notebook at each weekly visit"],
                [V, "1.3",
                 "Offer Reece a return home interview with an independent worker after every missing episode, "
                 "and pass any names, places or phone numbers he gives to the police",
                 "Aisha Begum, Fenwardine Return Home Interview Service",
                 "Within 72 hours of Reece being found, each time",
                 "Interview report on Reece's file within 72 hours; names and places sent to PC Hollis the same "
                 "day"],
                [V, "1.4",
                 "Gather intelligence on the adults and older boys linked to Reece, their cars and the Tollerby "
                 "flat, and serve Child Abduction Warning Notices where the evidence allows",
                 "PC Dean Hollis, missing person coordinator, Fenwardine Police",
                 "Notices decided by 30/09/2025; intelligence summary to the MACE panel on 07/10/2025",
                 "Summary presented at MACE and minuted; notices served are confirmed to the SW in writing"],
                [V, "1.5",
                 "One-to-one sessions with Reece on how he was drawn in, the “debt” he says he owes and how to "
                 "get out safely, building a written exit plan with him",
                 "Marcus Deane, exploitation worker, Fenwardine Exploitation Hub",
                 "Every Wednesday after school, 17/09/2025 to 10/12/2025; exit plan by 22/10/2025",
                 "Session records; exit plan signed by Reece and shared with Mum by 22/10/2025; Reece's safety "
                 "score and Marcus's own score for each session in a written update before each core group"],
                [V, "1.6",
                 "Complete a location assessment of Marlow Park skate park and the Station Road takeaway, and "
                 "agree patrol times and CCTV checks with the neighbourhood policing team",
                 "Tom Ridley, community safety officer, Fenwardine Council",
                 "By the MACE panel on 07/10/2025",
                 "Written location assessment tabled at MACE; patrol times and CCTV checks listed in the MACE "
                 "minutes"],
                [V, "1.7",
                 "Look through Reece's phone with him for new numbers, a second phone or money he cannot "
                 "explain, and send any new numbers to PC Hollis",
                 "Adjoa Adomako (Mum), with Reece",
                 "Every Sunday evening from 21/09/2025; numbers sent by the Monday",
                 "Mum's notebook records each check; PC Hollis tells each core group which numbers he received"],
                ["2. Reece goes to school every day, stays in his lessons and gets the GCSE grades he needs for "
                 "the plumbing course at Fenwardine College.",
                 "2.1",
                 "Check Reece's attendance by 9.30am and ring Mum and the SW by 10am if he is not in, or within "
                 "15 minutes if staff see him leave the site",
                 "Ms Rachael Pryde, DSL, Fenwardine Academy",
                 "Every school day",
                 "Attendance emailed to the SW every Friday; same-day calls logged on CPOMS; attendance of 95% "
                 "or more from now to the Christmas holidays (19/12/2025)"],
                [V, "2.2",
                 "Mentor sessions to help Reece stay in lessons and catch up his maths and English coursework, "
                 "and book him a taster day on the college plumbing course",
                 "Mr Carl Noble, learning mentor, Fenwardine Academy",
                 "Mondays and Thursdays, period 1, from 18/09/2025; taster day by February half-term "
                 "(13/02/2026)",
                 "Mentor log; no fixed-term exclusions this term; coursework tracker up to date in both "
                 "subjects by 19/12/2025; the college confirms the taster day in writing"],
                ["3. Reece has adults he trusts and safe things to do in the evenings, uses less cannabis, and "
                 "his court case is dealt with in a way that recognises he was exploited.",
                 "3.1",
                 "Meet Reece at Fenwardine Boxing Club and drop him at Uncle Kwesi's afterwards; be the adult "
                 "Reece has chosen to ring if he is scared or is asked to do a run",
                 "Jordan Ekwueme, youth worker, Streetlink Youth Project",
                 "Every Tuesday and Thursday, 6pm to 8pm, from 16/09/2025",
                 "Club register; Jordan texts Kwesi when Reece is dropped off by 8.30pm; any call from Reece "
                 "passed to the SW the same day"],
                [V, "3.2",
                 "Have Reece to stay on the nights Mum works, and make sure he is in by 9pm",
                 "Kwesi Mensah (maternal uncle)",
                 "Every Tuesday and Thursday night from 16/09/2025",
                 "Kwesi texts Mum and the SW by 9.15pm each of those nights; the SW goes through the texts with "
                 "Kwesi at the first visit of each month"],
                [V, "3.3",
                 "Assess Reece's cannabis use, then see him to help him cut down",
                 "Lucy Hart, Compass Young People's Drug and Alcohol Service",
                 "Assessment by 03/10/2025, then every other Friday",
                 "Assessment summary to the SW by 03/10/2025; Reece's use diary (days used each week) gone "
                 "through with Lucy at each session and the totals reported to each core group"],
                [V, "3.4",
                 "Write the pre-sentence report for the youth court, setting out the NRM referral and what is "
                 "known about how Reece was exploited",
                 "Priya Bassi, case manager, Fenwardine Youth Justice Service",
                 "By 11/11/2025, a week before the hearing on 18/11/2025",
                 "Report filed with the court, with copies to the SW and Reece's solicitor, by 11/11/2025"],
                [V, "3.5",
                 "Chase the decision on the NRM referral made on 14/08/2025 and send it to the YJS and to "
                 "Reece's solicitor",
                 "Hannah Gill-Rowe, SW",
                 "By 31/10/2025, before the court date",
                 "Decision letter on Reece's file; emails to the YJS and the solicitor on file by 31/10/2025"],
                [V, "3.6",
                 "See Reece on his own, one visit in two unannounced at home, and write down his words and his "
                 "safety score",
                 "Hannah Gill-Rowe, SW",
                 "Weekly from 16/09/2025 until the review conference",
                 "Visit records show Reece seen alone every week, with his own words and his score"],
            ],
        }),
        ("h1", "Contingency: if things go wrong"),
        ("p", "If Reece is not home 30 minutes after his curfew, Adjoa reports him missing to Fenwardine Police "
              "(101, or 999 if she thinks he is in danger) and then rings Hannah or the Emergency Duty Team. If "
              "Reece is missing overnight, or is found outside Fenwardine, or with cash, drugs, a weapon or an "
              "injury, Hannah (or EDT) will hold a strategy discussion with Fenwardine Police the same day, or "
              "by 10am the next working day if he is found at night; if he is hurt he will be taken to the "
              "emergency department at Fenwardine General Hospital, and he will be offered a return home "
              "interview within 72 hours."),
        ("p", "If Kwesi cannot have Reece on a Tuesday or Thursday night (he is ill, away or working), he will tell "
              "Adjoa by midday and Adjoa will not work that shift; her manager at Ashgrove Care Home has agreed "
              "this in writing. If neither Kwesi nor Adjoa can be with Reece, Hannah (or EDT out of hours) will "
              "arrange for him to stay that night with Fenwardine emergency foster carers. If Jordan cannot do a "
              "boxing night, Streetlink will send Shona Lyle, the youth worker Reece met at the conference, and "
              "tell Kwesi."),
        ("h1", "If the plan is not keeping Reece safe"),
        ("p", "If Reece goes missing three more times before the review conference, or is found again at an address "
              "used to sell drugs, or is seriously hurt, Hannah will ask Gareth Oyelaran for a legal planning "
              "meeting within 5 working days, to take legal advice on care proceedings and on whether Reece needs "
              "to live somewhere safer, away from Fenwardine, for a time."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 29/09/2025, then every four weeks (27/10/2025 and 24/11/2025), 4pm at Fenwardine "
            "Academy. Reece is invited to the first part of each meeting.",
            "MACE panel: 07/10/2025; Hannah and Marcus will bring Reece's views.",
            "Review child protection conference: 08/12/2025, 10am, Fenwardine Civic Centre.",
        ]),
        ("p", "Copies to Reece (with his own easy-read version), Adjoa, Kwesi and every lead named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Safety plan agreed at a strategy meeting and written with a 14-year-old
#    girl groomed online and found in a car with two men; mother drinking in
#    the evenings. Who-first table, printed to PDF with a header and a page
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_frislow_strategy_meeting_safety_plan_who_first_lockyer.pdf",
    "doc_title": "Safety Plan after Strategy Meeting - Ellie-Mae Lockyer",
    "split": "tune",
    "actions": 15,
    "header": "OFFICIAL-SENSITIVE – Frislow Borough Council – Children's Services",
    "footer": "Ellie-Mae Lockyer – safety plan from the strategy meeting of 02/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "strategy-meeting-led-safety-plan-word-printed-to-pdf-header-footer-details-list-what-happened-and-what-the-meeting-decided-what-ellie-mae-told-us-and-disagrees-with-what-we-want-then-who-first-who-what-they-will-do-when-how-we-will-know-table-written-with-her-then-if-she-goes-missing-legal-planning-meetings",
    "description": (
        "Exemplary safety plan agreed at a strategy meeting and written with a 14-year-old the "
        "day after police found her at 3am in a car with two men she had met through an app; she "
        "is already on a child protection plan and her mother had been drinking that night. "
        "Printed to PDF with a header and footer. A who-first table: Ellie-Mae's own three rows in "
        "her words, her mum (curfew, reporting missing, not drinking in the evenings), mum's "
        "partner, her nan, the exploitation worker, the police child exploitation officer and "
        "missing person coordinator, return home interviews, the sexual health nurse, the DSL, "
        "the alcohol service reporting on change, and the social worker. What she disagrees with "
        "is recorded; the contingency covers her going missing, her mum drinking and her nan "
        "being unable to have her; legal planning follows named triggers; core group, MACE and "
        "review conference dates are set."
    ),
    "blocks": [
        ("title", "Safety Plan – agreed at the strategy meeting and written with Ellie-Mae"),
        ("kv", [
            ("Young person", "Ellie-Mae Lockyer, 14 (DOB 27/05/2011), Year 10, Frislow High School"),
            ("Address", "11 Mercer Walk, Frislow FR3 7QA"),
            ("Lives with", "Janine Lockyer (Mum, 39) and Marc Dyer (Mum's partner, 41)"),
            ("Maternal grandmother", "Sheila Lockyer (Nan), 14 Ropewalk, Frislow"),
            ("Child protection plan", "Since the initial conference on 22/07/2025; category sexual abuse "
                                      "(risk of exploitation outside the home)"),
            ("Strategy meeting", "02/10/2025, chaired by Sandra Kealey, team manager"),
            ("Safety plan written with Ellie-Mae", "03/10/2025 at Frislow Youth Hub, with Niamh Tolan "
                                                   "(exploitation worker) and Ollie Fenn (social worker)"),
            ("Social worker", "Ollie Fenn, Frislow Adolescent Support Team"),
        ]),
        ("h1", "1. What happened, and what the strategy meeting decided"),
        ("p", "Ellie-Mae left home after midnight on 30/09/2025 without telling anyone. At 3.10am Frislow Police "
              "found her in a parked car at Garthside retail park with two men aged 22 and 27; there was vodka "
              "and a bag of vapes in the car. For six weeks she had been messaging one of the men, who calls "
              "himself Jay, on a chat app, and he had paid for her taxi. It was her third missing episode since "
              "July. Janine had been drinking that evening, was asleep, and did not know Ellie-Mae had gone "
              "until the police knocked. Janine has told Ollie she has been drinking most evenings since her "
              "father died in August."),
        ("p", "The strategy meeting agreed that the section 47 enquiry continues under the existing plan, that "
              "Frislow Police will investigate both men, that Ellie-Mae's case goes to the MACE panel on "
              "14/10/2025, and that this safety plan replaces the safety part of her child protection plan until "
              "the review conference."),
        ("h1", "2. What Ellie-Mae told us"),
        ("p", "Ellie-Mae talked to Niamh and Ollie for an hour on 03/10/2025 and chose the words in her own rows "
              "of the table."),
        ("bullets", [
            "“Jay's not grooming me, he's my boyfriend. He's the only one who listens.”",
            "About the car: “I didn't like it when the other one got in the back. I wanted to go home but I "
            "didn't have my own money.”",
            "“If you take my phone I'll just get another one.” She agreed to phone checks with Niamh instead.",
            "What she wants: to go back to dance at Frislow Studios, to spend more time at Nan's, and for her "
            "mum “to stop drinking and actually notice me”.",
            "She scored how safe she feels out at night as 3 out of 10, and at home as 6.",
            "What she does not agree with: she does not think Jay is dangerous, and she does not want to talk to "
            "the police about him again yet. She has been told the police will still investigate him, and why; "
            "Niamh will go with her if she decides to talk to them.",
        ]),
        ("h1", "3. What we want for Ellie-Mae"),
        ("bullets", [
            "Ellie-Mae has no contact with the men who have been grooming her, and is never alone with an adult "
            "she has met online.",
            "Ellie-Mae is at home, or with an adult her mum knows, by 9.30pm on school nights and 10.30pm at "
            "weekends, and does not go missing.",
            "Ellie-Mae knows the signs of grooming and tells a trusted adult when someone online pressures her.",
            "Ellie-Mae is cared for in the evenings by a sober adult who knows where she is.",
            "Ellie-Mae's sexual health is checked and she gets any care she needs.",
        ]),
        ("h1", "4. The safety plan: who will do what"),
        ("p", "Everyone named has a copy. Ellie-Mae's rows are in her own words."),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will know"],
            "widths": [3.3, 5.9, 3.3, 4.5],
            "rows": [
                ["Ellie-Mae",
                 "Be home by 9.30pm on school nights and 10.30pm on Fridays and Saturdays, or at Nan's if Mum "
                 "has agreed it first",
                 "Every night from 03/10/2025",
                 "Mum's log of times in, seen by Ollie at each visit; no missing reports to Frislow Police"],
                ["Ellie-Mae",
                 "Send Mum a text or a location pin when I get anywhere and when I leave",
                 "Every time I go out, from 03/10/2025",
                 "Mum's phone shows the messages; Mum and I go through the week's messages with Niamh at each "
                 "Tuesday session"],
                ["Ellie-Mae",
                 "Tell Niamh, Mum or Miss Ward if Jay or anyone I have not met in person messages me, and "
                 "screenshot it instead of deleting it",
                 "The same day it happens",
                 "Niamh passes the screenshots to DC Shah within 24 hours and counts them in her session notes"],
                ["Janine Lockyer (Mum)",
                 "Not drink in the evenings, go to key-work and breath tests at Frislow Alcohol Service, and "
                 "stay up until Ellie-Mae is in",
                 "Every evening from 03/10/2025; key-work every Monday from 06/10/2025",
                 "Breath tests at key-work and at Ollie's visits read zero; Mum's log shows she was up for every "
                 "return"],
                ["Janine Lockyer (Mum)",
                 "Report Ellie-Mae missing to Frislow Police on 101 if she is not home 30 minutes after her time "
                 "and is not answering, then ring Ollie or the out-of-hours team",
                 "Every night from 03/10/2025",
                 "Police missing reports and Mum's log show each late return reported within 30 minutes"],
                ["Marc Dyer (Mum's partner)",
                 "Collect Ellie-Mae from dance and from friends' houses after 8pm, and switch on the router's "
                 "night-time block at 11pm",
                 "Every Tuesday after dance (8.30pm) and any night she asks for a lift; router block nightly",
                 "Dance register; Ellie-Mae's log shows each lift; router log shown to Ollie at the first visit "
                 "each month"],
                ["Sheila Lockyer (Nan)",
                 "Have Ellie-Mae to stay on Friday nights and take her to her Saturday dance class",
                 "Every Friday from 10/10/2025",
                 "Nan texts Ollie by 10pm each Friday to say Ellie-Mae is with her; dance register on Saturdays"],
                ["Niamh Tolan, exploitation worker, Frislow Safer Futures",
                 "Sessions with Ellie-Mae on healthy relationships, grooming and staying safe online, with a "
                 "phone check done together at each session",
                 "Every Tuesday at 4pm, 07/10/2025 to 16/12/2025",
                 "Session records; Ellie-Mae's safety score and Niamh's own score in a written update before "
                 "each core group; contacts found at phone checks passed to DC Shah the same day"],
                ["DC Amrit Shah, Frislow Police Child Exploitation Team",
                 "Investigate both men, apply for Child Abduction Warning Notices and ask the taxi firm and the "
                 "app provider for their records",
                 "Notices decided by 10/10/2025; written update to the review conference on 20/10/2025",
                 "Notices served and confirmed to Ollie in writing; police report to the review conference"],
                ["Sgt Lisa Moran, missing person coordinator, Frislow Police",
                 "Add Mercer Walk and Garthside retail park to night patrols and tell Ollie of any sighting of "
                 "Ellie-Mae after 10pm",
                 "Nightly from 03/10/2025 to 20/10/2025; sightings reported by 9am the next day",
                 "Patrol log and sightings emailed to Ollie; both in the police report to the review "
                 "conference"],
                ["Kerry Bamford, Frislow Return Home Service",
                 "Offer Ellie-Mae a return home interview after any missing episode, with a worker who is not "
                 "from children's services",
                 "Within 72 hours of Ellie-Mae being found",
                 "Interview record on file within 72 hours; names and places shared with DC Shah the same day"],
                ["Helen Ritchie, nurse, Frislow Young People's Sexual Health Service",
                 "Offer Ellie-Mae a sexual health check and a private talk about consent, at school or at the "
                 "Youth Hub, whichever she chooses",
                 "Appointment offered by 10/10/2025",
                 "Appointment date, and whether it went ahead, sent to Ollie (no clinical detail unless "
                 "Ellie-Mae agrees)"],
                ["Miss Kate Ward, DSL, Frislow High School",
                 "Check Ellie-Mae's attendance by 9.30am, ring Mum and Ollie if she is absent or leaves site, "
                 "and tell Ollie the same day about any older men seen at the gates",
                 "Every school day",
                 "Attendance emailed to Ollie each Friday; calls and sightings logged on CPOMS"],
                ["Jess Corrigan, key worker, Frislow Alcohol Service",
                 "Key-work and breath tests with Janine, and a written report on whether she is staying sober "
                 "in the evenings and what that means for Ellie-Mae",
                 "Every Monday from 06/10/2025; report two working days before each core group",
                 "Report with every breath test result on Ollie's file before each core group"],
                ["Ollie Fenn, social worker",
                 "See Ellie-Mae on her own at school or the Youth Hub, and go through Mum's log of times in at a "
                 "home visit",
                 "Weekly from 06/10/2025 until the review conference",
                 "Visit records show Ellie-Mae seen alone each week, with her words; Mum's log signed at each "
                 "home visit"],
            ],
        }),
        ("h1", "5. If Ellie-Mae goes missing, or something else goes wrong"),
        ("bullets", [
            "If Ellie-Mae is not home 30 minutes after her time and is not answering, Janine reports her missing "
            "on 101, or on 999 if she thinks Ellie-Mae is with Jay or in a car. Ollie, or the out-of-hours team, "
            "will hold a strategy discussion with Frislow Police the same day, or by 10am the next morning if she "
            "is found at night.",
            "If Ellie-Mae is found with either man, or with any adult she met online, the police will take her "
            "home or to Nan's, and DC Shah will consider arrest for breach of a warning notice.",
            "If Janine has been drinking when Ellie-Mae goes out or comes home, Ellie-Mae will stay at Nan's that "
            "night. If Nan cannot have her, on a Friday or any other night, Marc will stay at home, sober, and be "
            "the adult in charge that night; if neither Nan nor Marc can be there, the out-of-hours team will "
            "place Ellie-Mae with Frislow emergency foster carers that night.",
            "If Marc cannot collect her from dance, Janine will book a car through the Children's Services taxi "
            "account; Ellie-Mae will not book her own taxi.",
        ]),
        ("h1", "6. If the plan is not keeping Ellie-Mae safe"),
        ("p", "If Ellie-Mae goes missing twice more before the review conference, or is found again with an adult "
              "she met online, or Janine's breath tests show she is drinking in the evenings again, Ollie will ask "
              "Sandra Kealey for a legal planning meeting within 5 working days to take legal advice on care "
              "proceedings."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Strategy meeting to review this safety plan: 16/10/2025, 2pm, Frislow Police Station.",
            "MACE panel: 14/10/2025.",
            "Core group every three weeks: next on 13/10/2025, then 03/11/2025 and 24/11/2025, 4pm at Frislow "
            "High School.",
            "Review child protection conference: 20/10/2025, 10am, Frislow Civic Offices. Ellie-Mae has said she "
            "will come for the first half with Niamh.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Minutes of the second core group, 16-year-old boy permanently excluded,
#    on a referral order, carrying a knife, missing twice; mother's
#    depression. Action log of carried-forward and new rows with a closed
#    row kept. Printed to PDF with header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_fallowcombe_core_group_minutes_action_log_yjs_maskell.pdf",
    "doc_title": "Core Group Minutes - Dylan Maskell",
    "split": "tune",
    "actions": 13,
    "header": "OFFICIAL-SENSITIVE – Fallowcombe Council – Children's Social Care",
    "footer": "Dylan Maskell – core group 2 minutes (20/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "core-group-minutes-word-printed-to-pdf-header-footer-details-list-updates-by-agency-dylans-views-he-joined-the-meeting-outcomes-from-the-plan-then-action-log-ref-cf-new-closed-action-owner-due-how-we-will-know-status-then-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 16-year-old permanently excluded for carrying a "
        "knife, on a referral order for a robbery with older lads, smoking cannabis and missing "
        "twice in September; his mother has depression. Printed to PDF with header and footer: "
        "updates by agency, Dylan's views (he joined the meeting), the plan's outcomes, then an "
        "action log of carried-forward, new and one closed row. Most rows are sound (weekly SW "
        "visits, the YJS order, attendance calls, the curfew, CAMHS, a MACE referral, grandad's "
        "Sundays). Faults: guided self-help that only treats the mother; cannabis sessions "
        "'Ongoing'; police to keep an eye on the underpass measured by 'Monitored'; 'All "
        "agencies' to share information; a careers taster with no measure; an outcome only for "
        "the mother; the review conference date still to be confirmed. The contingency and legal "
        "planning are specific."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("kv", [
            ("Young person", "Dylan Maskell, 16 (DOB 02/02/2009), Year 11, Harbour Learning Centre (pupil "
                             "referral unit) since 01/09/2025"),
            ("Address", "8 Quarry Lane, Fallowcombe FC2 5RU"),
            ("Lives with", "Claire Maskell (Mum, 44)"),
            ("Grandad", "Pat Maskell (70), 2 Lynch Terrace, Fallowcombe"),
            ("Plan made", "Initial child protection conference, 08/09/2025 (category: neglect)"),
            ("Meeting", "Core group 2, Monday 20/10/2025, 3.30pm, Harbour Learning Centre"),
            ("Chair and minutes", "Gemma Thorley, social worker"),
            ("Present", "Claire Maskell; Dylan Maskell (first 25 minutes); Andy Kershaw (YJS officer); Mr Lewis "
                        "Abara (DSL, Harbour Learning Centre); Jade Oyelowo (Fallowcombe Young People's Substance "
                        "Service); PC Sam Reilly (neighbourhood policing team)"),
            ("Apologies", "Dr Sana Mirza (CAMHS), report sent; Fallowcombe Talking Therapies, no one available"),
        ]),
        ("h1", "1. Updates since core group 1 (22/09/2025)"),
        ("p", "Gemma (SW): four weekly visits, one unannounced. Dylan was in each time and talked more than he did "
              "in September. He went missing overnight on 13/09/2025 and 27/09/2025, both times coming home by "
              "himself the next morning; he would not say where he had been. Nothing since."),
        ("p", "Andy (YJS): Dylan's referral order runs until 10/05/2026. He has kept 15 of 16 appointments and "
              "finished the weapons awareness sessions. He talked about the robbery in June for the first time, "
              "saying the older lads \"told me to get the phone or I'd get it\"."),
        ("p", "Mr Abara (DSL): Dylan's attendance since 01/09/2025 is 84%. He is doing well in construction "
              "and has asked about college. No incidents in school."),
        ("p", "Jade (Substance Service): Dylan has had three sessions. He says he smokes cannabis on four days a "
              "week, down from every day."),
        ("p", "PC Reilly: a group of older youths, some aged over 18, gather at the Cliff Road underpass most "
              "evenings. Dylan has been seen there twice since the last meeting. Dylan's older brother Shay's "
              "friends are among the group."),
        ("p", "Claire: she has had three sessions with Talking Therapies and says they help a little. She feels "
              "Dylan is calmer and eats with her most nights. She still cannot stop him going out."),
        ("h1", "2. Dylan's views"),
        ("p", "Dylan joined the first 25 minutes. “I know the knife thing was stupid. I only had it because of "
              "what happened with the phone.” He said he likes the construction workshop and wants “to be a "
              "bricklayer like Grandad was”. He said he goes to the underpass because “that's where everyone is, "
              "there's nowhere else”. He does not agree that his mates are a risk to him: “They look out for "
              "me.” He agreed his 10pm curfew was fair on weekdays but wants 11pm on Saturdays. He scored how "
              "safe he feels out at night as 6 out of 10."),
        ("h1", "3. Outcomes we are working towards (from the plan)"),
        ("bullets", [
            "Dylan is home by his curfew every night and does not go missing.",
            "Dylan does not carry a weapon and is not involved in any further offending.",
            "Dylan goes to the Harbour Learning Centre every day and has a college place for September 2026.",
            "Claire feels less low and more able to cope day to day.",
        ]),
        ("h1", "4. Action log"),
        ("p", "CF = carried forward from the conference plan. NEW = agreed at this meeting. Closed rows are kept "
              "for one meeting so everyone can see they are done. Status: G on track, A partly, R not done."),
        ("table", {
            "header": ["Ref", "Action", "Owner", "Due", "How we will know", "Status"],
            "widths": [1.5, 4.6, 3.1, 2.8, 3.4, 1.6],
            "rows": [
                ["CF1",
                 "See Dylan on his own, at the centre or at home, and record what he says about where he goes "
                 "after school",
                 "Gemma Thorley, SW",
                 "Weekly",
                 "Visit log shows Dylan seen alone every week, with his own words recorded",
                 "G"],
                ["CF2",
                 "Supervise Dylan's referral order, with two appointments a week including the victim "
                 "awareness sessions",
                 "Andy Kershaw, YJS officer",
                 "Tuesdays and Fridays until the order ends on 10/05/2026",
                 "YJS attendance record sent to the SW before each core group (15 of 16 so far)",
                 "G"],
                ["CF3",
                 "Check Dylan's attendance by 10am and ring Claire and the SW if he has not arrived",
                 "Mr Lewis Abara, DSL, Harbour Learning Centre",
                 "Every school day",
                 "Attendance emailed to the SW each Friday; 90% or more by the Christmas holidays (19/12/2025)",
                 "A"],
                ["CF4",
                 "Fortnightly sessions for Claire's low mood, using a guided self-help workbook",
                 "Fallowcombe Talking Therapies",
                 "Fortnightly from 09/09/2025",
                 "Attendance letter to the SW (3 of 3 so far)",
                 "G"],
                ["CF5",
                 "Assess Dylan for ADHD and low mood, and share the outcome with Dylan, Claire and the SW",
                 "Dr Sana Mirza, Fallowcombe CAMHS",
                 "Appointment 04/11/2025; letter within 4 weeks of it",
                 "Assessment letter on Dylan's file",
                 "A"],
                ["CF6",
                 "Keep to the curfew agreed with Dylan and ring 101 if he is not back by 10.30pm",
                 "Claire Maskell (Mum)",
                 "Every night",
                 "Police missing log; Claire's diary of times in, seen by the SW weekly",
                 "G"],
                ["CF7",
                 "Be home by 10pm and keep his phone switched on and charged when he is out",
                 "Dylan",
                 "Every night from 08/09/2025",
                 "Claire's diary; no missing reports to the police",
                 "A"],
                ["CF8",
                 "Sessions on cannabis use and a harm reduction plan with Dylan",
                 "Jade Oyelowo, Fallowcombe Young People's Substance Service",
                 "Ongoing",
                 "Dylan's use diary (days used each week) gone through at each session",
                 "A"],
                ["CF9",
                 "Keep an eye on the Cliff Road underpass and the older group who meet there",
                 "PC Sam Reilly, neighbourhood policing team",
                 "Patrols every Thursday to Saturday evening from 01/10/2025",
                 "Monitored",
                 "A"],
                ["NEW1",
                 "Share any information about the older lads Dylan is mixing with, including Shay's friends",
                 "All agencies",
                 "The same day",
                 "Information logged on Dylan's file and passed to the MACE coordinator",
                 "New"],
                ["NEW2",
                 "Refer Dylan to the MACE panel for a peer group assessment of the Cliff Road group",
                 "Gemma Thorley, SW",
                 "By 31/10/2025",
                 "Referral accepted; peer group assessment presented at the panel on 26/11/2025",
                 "New"],
                ["NEW3",
                 "Ask Dylan which careers taster he wants and book it with Fallowcombe College",
                 "Mr Lewis Abara, DSL, with Dylan",
                 "By 14/11/2025",
                 "",
                 "New"],
                ["NEW4",
                 "Have Dylan for Sunday lunch and overnight, and drop him at the centre on Monday morning",
                 "Pat Maskell (Grandad)",
                 "Every Sunday from 26/10/2025",
                 "Pat texts Gemma when he drops Dylan off; centre register on Mondays",
                 "New"],
                ["CL1",
                 "Share Claire's mental health history and medication with the SW",
                 "Dr Owen Fairley, GP, Quarry Lane Surgery",
                 "By 19/09/2025",
                 "GP letter on file",
                 "Closed – letter received 16/09/2025"],
            ],
        }),
        ("h1", "5. Contingency (from the conference plan)"),
        ("p", "If Dylan is not home by 10.30pm and is not answering his phone, Claire reports him missing to "
              "Fallowcombe Police on 101 and rings Gemma or the Emergency Duty Team. If he is missing overnight, "
              "is found with a weapon, or is arrested with the older group, Gemma will hold a strategy discussion "
              "with the police the same working day and Dylan will be offered a return home interview within 72 "
              "hours. If Pat cannot have Dylan on a Sunday, Claire will keep him at home and Gemma will make an "
              "unannounced visit on the Monday."),
        ("p", "If Dylan is charged with a further offence involving a weapon, or goes missing overnight twice more "
              "before the next core group, Gemma will ask her team manager, Ian Carver, for a legal planning "
              "meeting within 5 working days."),
        ("h1", "6. Next meetings"),
        ("bullets", [
            "Core group 3: Monday 17/11/2025, 3.30pm, Harbour Learning Centre; then every four weeks.",
            "MACE panel: 26/11/2025.",
            "Review child protection conference: date to be confirmed.",
        ]),
        ("p", "Minutes sent out by Gemma Thorley on 21/10/2025. Please send corrections within five working days."),
    ],
    "findings": [
        F("H001", "Fortnightly sessions for Claire's low mood, using a guided"),
        F("T002", "Sessions on cannabis use and a harm reduction plan"),
        F("M002", "Keep an eye on the Cliff Road underpass"),
        F("W002", "Share any information about the older lads Dylan is mixing"),
        F("M001", "Ask Dylan which careers taster he wants and book it"),
        F("F002", "Claire feels less low and more able to cope day to day."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter to a 13-year-old after her initial conference:
#    self-harm, images coerced by a 19-year-old and shared at school, not
#    going to school. "What you said you will do", "What Mum will do",
#    "What the grown-ups will do" bullets, each with when and how we'll
#    know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_ferrithorpe_letter_to_young_person_after_icpc_sarr.md",
    "split": "tune",
    "actions": 13,
    "template": "sw-letter-to-young-person-after-icpc-markdown-dear-ami-what-you-told-us-what-you-do-not-agree-with-what-we-all-want-then-what-you-said-you-will-do-what-mum-will-do-what-the-grown-ups-will-do-bullets-with-when-and-well-know-because-then-safety-plan-legal-planning-meetings",
    "description": (
        "Exemplary letter from the social worker to a 13-year-old after her initial conference. "
        "A 19-year-old pressured her into sending images, which were then shared in her year "
        "group; she has cut her arms, was seen at A&E and has stopped going to school. Written to "
        "'you' (Ami) and signed by 'I' (the social worker): her own words and what she does not "
        "agree with, outcomes for her, then bullets under 'What you said you will do', 'What Mum "
        "will do' and 'What the grown-ups will do' (CAMHS, the DSL, the police online team, the "
        "school nurse, the social worker), each with a time and a 'We'll know because'. A safety "
        "plan with triggers and what happens, legal planning if the plan is not keeping her "
        "safe, core group and review dates."
    ),
    "text": """\
# Your plan, Ami

**Ferrithorpe City Council – Children's Services – Safeguarding Team West**
Ferrithorpe Civic Hall, Queen's Parade, Ferrithorpe FT1 3AB

24/09/2025

Dear Ami,

I promised at the end of Monday's meeting that I would write your plan down for you in a letter, in
plain words, so here it is. The meeting was your **initial child protection conference** on
**22/09/2025**. Everyone there agreed that you should have a **child protection plan** (the category
is sexual abuse, because of what Zak did online). That is not because you did anything wrong. It is
because an adult pressured you into sending pictures and then hurt you by letting them be shared, and
because you have been hurting yourself. The plan is there to keep you safe and help you get back to
the things you like.

The people in this letter are: **Mum** (Fatou Sarr); **Tom Ashby**, your worker at Ferrithorpe CAMHS;
**Ms Harpreet Kaur**, the designated safeguarding lead (DSL) at Ferrithorpe Community College;
**DC Rachel Imrie** from the Ferrithorpe Police online child protection team; **Mrs Janet Osei**, the
school nurse; **Hollie Birch**, who runs Ferrithorpe Girls' Group; and me, **Lauren Teague**, your
social worker. Your dad lives in Carrowgate and video-calls you on Sundays; he has a copy of this
letter too, because you said that was OK.

## What you told us

You talked to me on your own at the café on 18/09/2025, and you wrote some things on the card you
gave the chair. These are your words:

- "I thought he actually liked me. He said if I didn't send more he'd put the first one everywhere."
- "Everyone in my year has seen it. I can't go back in there."
- "Cutting is the only thing that makes my head quiet. I don't want to die, I just want it to stop."
- "I want to go back to school but not to my tutor group."
- "I want someone to talk to who isn't from school and isn't a counsellor."
- "Mum's been good. I just didn't want her to see the pictures."

You scored how safe you feel at home as 7 out of 10, and at school as 2.

## What you don't agree with

You did not want your dad to be told, and you were cross that he was. The conference felt he needed
to know because he has parental responsibility, but we agreed he will not be told any details about
the pictures unless you say so. You also do not want your phone taken away. Nobody is taking it: Mum
will keep it downstairs at night, which you agreed to in the end.

## What we all want for you

- You are safe from Zak and from anyone else who tries to pressure you online.
- You are not cutting yourself, and when you feel like it you have people and things that help.
- You are back at school full time, in a tutor group where you feel safe, by the February half-term.
- The pictures are taken down wherever they can be, and nobody at school shares or talks about them
  without something being done.

## What you said you will do

- You will use your red card, or text Mum the word "pineapple", every time you feel like hurting
  yourself, from today (24/09/2025). We'll know it is working because Mum writes each time in your safety log, and
  you and Tom look at the log together at CAMHS every Thursday.
- You will come into school for mornings only from Monday 29/09/2025, and for full days from Monday
  03/11/2025, after half-term. We'll know because Ms Kaur sends me your attendance every Friday.
- You will not reply to Zak, or to any account you think is him, and you will show Mum any message from
  him the same day it arrives. We'll know because DC Imrie gets a screenshot of every message within
  24 hours and keeps them on the police file.
- You will go to Ferrithorpe Girls' Group every Wednesday evening from 01/10/2025, with Hollie picking
  you up at 6pm. We'll know because Hollie's register shows you there.

## What Mum will do

- Mum will keep all blades, tablets and the sharp kitchen knives in the lock box we gave her, from
  today (24/09/2025), and check the box every evening. We'll know because I check the box with her at every home
  visit and write it on my visit record.
- Mum will keep your phone downstairs on charge from 10pm every night, and go through new messages
  with you every Sunday. We'll know because she writes any message from an unknown number in the
  safety log and sends it to DC Imrie by the Monday.
- Mum will go with you to CAMHS every Thursday, and to the CAMHS parents' group on Tuesdays for six
  weeks from 07/10/2025. We'll know because the CAMHS register shows you both there.

## What the grown-ups will do

- Tom Ashby will see you at CAMHS every Thursday at 4pm and, by 24/10/2025, write a report on how you
  are coping and what help you need next. We'll know because his report is sent to me and Mum and
  shared at the core group on 11/11/2025.
- Ms Kaur will meet you at the student entrance every morning you come in, give you a pass to the
  quiet room, and deal the same day with anyone who shares or talks about the pictures. We'll know
  because your attendance and every incident, with what was done about it, are logged on CPOMS and
  sent to me each Friday.
- DC Imrie will ask the app companies to take down the pictures by 10/10/2025, tell you and Mum what
  has been removed, and update you on the case against Zak every two weeks. We'll know because she
  emails me each update and every take-down confirmation.
- Mrs Osei will see you every other Monday from 06/10/2025 to check your cuts are healing and talk
  about your sleep. We'll know because her notes come to me (you agreed to this) and she records how
  your arms look at each visit.
- I will see you on your own every week, at school or at the café you chose, and ask you to score how
  safe you feel out of 10. We'll know because my visit records have your words and your score each
  week.
- I will ask Ferrithorpe Youth Service to find you a mentor who is not from school, as you asked, by
  17/10/2025. We'll know because you and Mum will have the mentor's name in writing by then, and you
  will have met her before the core group on 11/11/2025.

## Your safety plan: if things get hard

- **If you feel like hurting yourself and the red card isn't enough:** tell Mum, or ring the
  Ferrithorpe CAMHS crisis line (it is on the back of your card, 24 hours). If you have cut deeply or
  taken any tablets, Mum will ring 999 or take you straight to the emergency department at Ferrithorpe
  General Hospital, and she will tell me or the out-of-hours team that night.
- **If Zak, or anyone linked to him, contacts you or turns up:** Mum rings 999. He is on bail and not
  allowed to contact you, so the police will arrest him, and I will hold a strategy discussion with DC
  Imrie the same day.
- **If the pictures are shared again:** tell Ms Kaur or Mum. Ms Kaur will call DC Imrie the same day,
  and the phones involved will be handed to the police.
- **If you are not home by 9pm and Mum cannot reach you:** Mum will report you missing to the police on
  101, and you will be offered a return home interview within 72 hours.

## If the plan isn't keeping you safe

If Mum is not able to keep to her part (the box is not locked, or she does not tell the police when you
are missing), or you are seriously hurt again even with this plan, I will ask my manager, Grant
Pilling, for a legal planning meeting within 10 working days, to get legal advice about what more the
council needs to do to keep you safe. I would tell you and Mum first.

## When we will meet

- **Core group:** 14/10/2025, then every four weeks (11/11/2025 and 09/12/2025), at 4.15pm at school.
  You can come to the first half of every one, and I will bring your words if you don't want to.
- **Review child protection conference:** 15/12/2025, 10am, Ferrithorpe Civic Hall.

If anything in this letter is wrong, or you want to change your part, tell me and I will put it to the
core group.

From Lauren

Lauren Teague, Social Worker, 07700 900612

Copies: Fatou Sarr (Mum); Ibrahima Sarr (Dad, by agreement with Ami); everyone named in this letter.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan, 12-year-old young carer for his mother (MS and
#    depression), found in town at midnight with older teenagers. Markdown
#    Need / What will happen / Who / When / How we'll know table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_foxenby_child_in_need_plan_young_carer_table_wrobel.md",
    "split": "tune",
    "actions": 11,
    "template": "cin-plan-markdown-details-table-why-we-are-involved-what-kacper-says-and-does-not-want-what-mum-and-dad-say-outcomes-then-need-what-will-happen-who-when-how-well-know-table-then-if-things-get-worse-cin-reviews",
    "description": (
        "Child in need plan for a 12-year-old young carer who helps his mother (multiple "
        "sclerosis and depression) with personal care at night, is missing school, and was found "
        "in town near midnight with older teenagers. A Markdown table with a need column. Most "
        "rows are sound: adult social care and the MS nurse take over his mother's care, the DSL, "
        "dad's nightly calls, Kacper's own part, the GP and the social worker. Faults: a young "
        "carers referral that 'will be made' with no one in the Who column; counselling that only "
        "treats his mother; a youth worker meeting him 'As and when'; a wellbeing check measured "
        "by 'engagement'; a contingency that only says the team will meet to discuss; child in "
        "need reviews instead of a core group and review conference, and no legal step."
    ),
    "text": """\
# Child in Need Plan — Kacper Wróbel

**Foxenby Borough Council · Children and Families · Early Help and Child in Need Team**

| | |
|---|---|
| Child | Kacper Wróbel, 12 (DOB 19/01/2013), Year 8, Foxenby Park Academy |
| Address | 23 Lindon Crescent, Foxenby FX6 1HP |
| Lives with | Agnieszka Wróbel (Mum, 39); Zosia Wróbel (sister, 7) |
| Dad | Tomasz Wróbel (42), HGV driver, home Thursday night to Monday morning |
| Social worker | Megan Ferris, Child in Need Team (practice manager: Callum Reid) |
| Plan agreed | Child in need meeting, 09/10/2025, at Foxenby Park Academy |

## Why we are involved

Agnieszka has relapsing multiple sclerosis and uses a wheelchair outside the house. Since a relapse in
the spring she has also had depression, for which her GP prescribes sertraline. From Monday to Thursday,
while Tomasz is away, Kacper helps his mum to the toilet at night, helps her wash and dress in the
morning, cooks tea and walks Zosia to school. His attendance last year was 81% and he was late 22
times. On 06/09/2025 Foxenby Police found Kacper in the town centre at 11.40pm with a group of older
teenagers who had been drinking. The single assessment (completed 02/10/2025) found that Kacper is a
child in need: he is doing far more care than a 12-year-old should, and he is starting to go out late
to get away from it.

## What Kacper says

Kacper talked to Megan on his own at school on 25/09/2025 and 07/10/2025.

- "I don't mind helping Mum. I just don't want to do the toilet stuff any more. It's embarrassing for
  both of us."
- "I go out because I'm tired of being in. The older lads don't ask me anything."
- "I want to play for the Foxenby Rovers under-13s. I had a trial but I couldn't get to training."
- "I want Dad to ring me when he's away, every night, not just sometimes."
- What he does **not** want: "strangers washing Mum, she'll hate it". He agreed to carers coming if Mum
  chooses them and he can meet them first.
- He scored how tired he is on a school morning as 8 out of 10 (10 is exhausted).

## What Mum and Dad say

Agnieszka said she hates that Kacper has to help her and that she "didn't want anyone to know". She
agreed to an adult social care assessment. Tomasz said he cannot give up work but will ring every night
and do all the night-time help when he is home.

## What we want for Kacper

1. Kacper no longer helps with his mum's personal care, and knows she is looked after while he is at
   school and asleep.
2. Kacper goes to school every day and on time, with attendance of 92% or more.
3. Kacper has time of his own: football, friends, and evenings that are not spent caring.
4. Kacper is safe in the evenings and is not out in town late at night.

## The plan

| Need | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| Care at home | Needs assessment for Agnieszka and a package of morning and evening care, so that Kacper no longer helps his mum wash, dress or use the toilet | Dorota Lis, social worker, Foxenby Adult Social Care | Assessment by 31/10/2025; care in place by 28/11/2025 | Care plan and visit rota sent to Megan; Kacper's young carers log shows no personal care after the start date |
| Care at home | Review Agnieszka's night-time needs and equipment (commode, bed rail, pendant alarm) so that she does not need Kacper at night | Jo Pearce, MS specialist nurse, Foxenby Community Neurology | Home visit by 14/11/2025 | Equipment delivered and listed in Jo's letter to Megan and the GP |
| Young carer | A referral will be made to Foxenby Young Carers for an assessment and a place at the Thursday club | - | By 24/10/2025 | Young carer's assessment sent to Megan; Kacper on the club register |
| Mum's mood | Counselling sessions for Agnieszka's low mood after her relapse | Foxenby Talking Therapies | Weekly for 8 weeks from 20/10/2025 | Attendance confirmed by letter to Megan |
| School | Check Kacper's attendance and lateness each morning, give him a breakfast club place, and ring Megan if he is absent without a reason | Mrs Helen Grayson, DSL, Foxenby Park Academy | Every school day | Attendance emailed to Megan every Friday; 92% or more by the Christmas holidays (19/12/2025) |
| Evenings | Meet Kacper to talk about his worries and the nights he goes into town, and help him get to football training | Dean Whitlow, youth worker, Foxenby Youth Service | As and when Kacper wants to meet | Session notes to Megan; Foxenby Rovers training register |
| Evenings | Ring Dad or Dean instead of going into town when he feels he has to get out of the house | Kacper | Every time he feels like that, from 09/10/2025 | Kacper and Dad tick the chart on the fridge; no police contact or late nights reported by Mum |
| Evenings | Ring Kacper at 8pm every night he is away, and do all night-time help for Agnieszka while he is home | Tomasz Wróbel (Dad) | 8pm Monday to Thursday; Thursday night to Monday morning every week | Call log on Kacper's phone seen by Megan at each visit; Kacper's young carers log shows no night-time help at weekends |
| Wellbeing | Emotional wellbeing check with Kacper, including his sleep and mood | Aisha Mahmood, school nurse, Foxenby School Nursing Team | By 07/11/2025 | Engagement with the school nurse |
| Mum's health | Review Agnieszka's sertraline and tell Megan if her mood is affecting her care of Kacper and Zosia | Dr Marek Nowicki, GP, Foxenby Health Centre | At her review on 22/10/2025 | GP letter to Megan by 31/10/2025 |
| All | Visit Kacper at home and see him on his own, with one visit a month after 7pm to see how evenings are | Megan Ferris, social worker | Every two weeks from 13/10/2025 | Visit records show Kacper seen alone, with his words and his tiredness score |

## If things get worse

If things at home get worse or we become more worried about Kacper, Megan will bring the child in need
review forward so that everyone can meet and discuss what else is needed, and may consider whether a
strategy discussion is needed.

## Reviews

- Child in need review meetings every six weeks: 20/11/2025 and 08/01/2026, at Foxenby Park Academy.
- Kacper will be asked before each review what has changed, and can come to the first part.
""",
    "findings": [
        F("W001", "A referral will be made to Foxenby Young Carers"),
        F("H001", "Counselling sessions for Agnieszka's low mood after her relapse"),
        F("T002", "Meet Kacper to talk about his worries and the nights"),
        F("M002", "Emotional wellbeing check with Kacper, including his sleep and mood"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, autistic 16-year-old with a learning
#    disability groomed through a gaming app and found at a station 40
#    miles away; mother's depression treated by the CMHT. One Word table
#    per goal, her words with her communication supports. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_fraddleby_rcpc_table_per_goal_disabled_teen_online_ofori.docx",
    "doc_title": "Review Child Protection Plan - Leah Ofori",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-word-plan-portrait-details-list-what-has-changed-leahs-words-with-communication-support-and-what-she-disagrees-with-then-goal-heading-and-what-will-happen-lead-when-we-will-know-because-table-under-each-goal-then-contingency-legal-planning-meetings",
    "description": (
        "Exemplary plan from the first review conference for an autistic 16-year-old with a "
        "moderate learning disability who was groomed through a gaming app and travelled alone "
        "to meet a 34-year-old man. Her mother has depression. Portrait Word plan with one table "
        "under each of three goal headings: Leah's own rows (device checks with Dad, texts on "
        "every journey), Dad's weekly device checks, a specialist exploitation worker, the "
        "police online team, a sexual health nurse, a travel trainer, the DSL, Nana's Wednesdays, "
        "a short-breaks club from the disabilities team, the CMHT nurse reporting on Mum's "
        "capacity to change, Mum's own part tied to Leah, the GP and the social worker. Leah's "
        "words with her communication supports, and what she disagrees with; Nana's part has a "
        "fallback; legal planning follows named triggers; core group and second review dates "
        "are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Fraddleby County Council · Children with Disabilities Service"),
        ("kv", [
            ("Young person", "Leah Ofori, 16 (DOB 11/06/2009), Post-16 class at Fraddleby Brook School"),
            ("About Leah", "Leah is autistic and has a moderate learning disability. She talks in short "
                           "sentences, understands best with pictures and written lists, and needs time to "
                           "answer. Her communication passport is kept by school and shared with every worker."),
            ("Lives with", "Gemma Ofori (Mum, 45) and Kofi Ofori (Dad, 47), 6 Orchard Way, Fraddleby FD9 4LS"),
            ("Maternal grandmother", "Patricia Allen (Nana), 31 Mill Street, Fraddleby"),
            ("Category", "Sexual abuse"),
            ("Initial conference", "15/07/2025"),
            ("First review conference", "14/10/2025, Fraddleby County Hall. Chair: Martin Achebe (IRO)"),
            ("Social worker", "Jonah Whitfield, Children with Disabilities Team (team manager: Rita Okonkwo)"),
        ]),
        ("h1", "Why Leah has a plan"),
        ("p", "From March 2025 Leah was talking to adult men through the chat in an online game. One of them, "
              "Daniel Mercer (34), asked her for pictures and told her to keep it secret. On 02/07/2025 Leah "
              "took a train on her own to Harlby to meet him; she was missing for six hours before transport "
              "police found her at Harlby station. Mercer has been charged and is on bail not to contact her. "
              "At the time Gemma was very low with depression and was not checking Leah's tablet; Kofi works "
              "shifts."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "Leah has not gone missing since 02/07/2025.",
            "Kofi set up controls on Leah's tablet and phone in July, and the game's chat is switched off.",
            "Leah finished six Keep Safe sessions at school and can now say what a \"secret\" from an adult "
            "means.",
            "Gemma has seen the community mental health team every two weeks since August and takes her "
            "medication; she now meets Leah from the school bus on her days at home.",
            "One worry: on 29/09/2025 Kofi found a new account on Leah's tablet that she had made to talk to "
            "\"a boy from Harlby\". He reported it to the police the same day.",
        ]),
        ("h1", "What Leah says"),
        ("p", "Jonah saw Leah at school on 07/10/2025 with Mrs Hollingworth and her picture cards. Leah chose "
              "the emoji faces on her scale and agreed to these words going in her plan:"),
        ("bullets", [
            "“Dan was my friend. Now I know he told lies.”",
            "“I want my phone. I am sixteen.”",
            "“I like Nana's on Wednesday. I like the bus.”",
            "“Dad checks my tablet on Sunday. That is OK.”",
            "She chose the happy face for home and school, and the worried face for \"going on the train on "
            "my own\".",
            "What Leah does not agree with: she wants to play the game with its chat on, with her friends from "
            "school. The conference agreed the chat stays off until the next review, and that Ayesha will help "
            "Leah practise using a friends-only setting so it can be looked at again then.",
        ]),
        ("p", "Kofi and Gemma say Leah is calmer and more open with them. Gemma said: “I couldn't see what was "
              "happening in the spring. I can now.”"),
        ("h1", "The plan"),
        ("p", "Each goal is what we want for Leah. The table under it says what will happen, who leads it, when, "
              "and how we will know."),
        ("h2", "Goal 1: Leah is safe online. She only talks to people she knows in real life, and she tells an "
               "adult when someone online asks for pictures, secrets or to meet."),
        ("table", {
            "header": ["What will happen", "Lead", "When", "We will know because"],
            "widths": [6.2, 3.4, 3.2, 4.2],
            "rows": [
                ["Use the tablet and phone with the safe settings Dad has set, and show Dad or Mum any "
                 "message from someone she has not met",
                 "Leah, with her picture safety card",
                 "Every day; checked with Dad every Sunday at 5pm",
                 "Dad's Sunday check sheet, signed by Leah, shows no unknown contacts; seen by Jonah at each "
                 "visit"],
                ["Check the controls, friends lists and chat history on Leah's devices with her, and report any "
                 "contact from an unknown adult to DC Nolan",
                 "Kofi Ofori (Dad)",
                 "Every Sunday at 5pm from 19/10/2025; reports the same day",
                 "Check sheet signed by Kofi and Leah each week; any report logged by DC Nolan and emailed to "
                 "Jonah"],
                ["Sessions with Leah on online friends, secrets and pictures, using her visual resources, and "
                 "make her a one-page picture safety card",
                 "Ayesha Latif, exploitation worker (learning disabilities), Fraddleby Safe Futures",
                 "Every Thursday, 16/10/2025 to 11/12/2025; safety card by 30/10/2025",
                 "Session records; at the last session Leah shows her card and says what she would do in three "
                 "practice stories, recorded by Ayesha"],
                ["Keep the family and Jonah updated on the case against Daniel Mercer and his bail, and act on "
                 "any new contact with Leah",
                 "DC Chris Nolan, Fraddleby Police Online Child Abuse Team",
                 "Every four weeks, before each core group; the same day for any new contact",
                 "Written police update on Leah's file before each core group"],
                ["Relationships and sex education sessions in a way Leah understands, and the offer of a sexual "
                 "health check",
                 "Ruth Adeyemi, nurse, Fraddleby Young People's Sexual Health Service",
                 "Check offered by 31/10/2025; four sessions by 19/12/2025",
                 "Session dates, and whether the check took place, sent to Jonah; easy-read leaflets left with "
                 "Leah"],
            ],
        }),
        ("h2", "Goal 2: Leah is never out on her own without an adult knowing where she is, and she learns to "
               "travel safely on the routes she has practised."),
        ("table", {
            "header": ["What will happen", "Lead", "When", "We will know because"],
            "widths": [6.2, 3.4, 3.2, 4.2],
            "rows": [
                ["Travel training on Leah's two bus routes (home to school, home to Nana's), with Leah doing the "
                 "last two trips on her own while the trainer follows",
                 "Marie Haddon, travel trainer, Fraddleby Independent Travel Team",
                 "Weekly from 20/10/2025; finished by the February half-term (13/02/2026)",
                 "Trainer's checklist shows both routes signed off; Leah's texts to Mum on every practice "
                 "trip"],
                ["Text Mum \"on bus\" and \"here\" on every journey, and keep location sharing on",
                 "Leah",
                 "Every journey from 14/10/2025",
                 "Mum's phone shows the texts; Dad sees location sharing is on at the Sunday check"],
                ["Take the register at the gate, and ring Mum and Jonah within 15 minutes if Leah is not on the "
                 "school bus or leaves the site",
                 "Mrs Denise Hollingworth, DSL, Fraddleby Brook School",
                 "Every school day",
                 "Calls logged on CPOMS; attendance emailed to Jonah every Friday"],
                ["Have Leah after school every Wednesday until Kofi collects her at 7pm",
                 "Patricia Allen (Nana)",
                 "Every Wednesday from 15/10/2025",
                 "Nana texts Gemma when Leah arrives and when she leaves; Jonah checks with Nana once a month"],
                ["Find Leah a place at the Saturday club for young people with learning disabilities, so she has "
                 "a safe place to see friends",
                 "Sam Whitaker, short breaks coordinator, Children with Disabilities Team",
                 "Place offered by 31/10/2025; Saturdays 10am to 3pm after that",
                 "Club register sent to Jonah each month"],
            ],
        }),
        ("h2", "Goal 3: Leah is supervised safely at home every day by parents who notice when she is worried "
               "or secretive, with her mum well enough to do this on her days at home."),
        ("table", {
            "header": ["What will happen", "Lead", "When", "We will know because"],
            "widths": [6.2, 3.4, 3.2, 4.2],
            "rows": [
                ["Visit Gemma, review her mood and medication, and report on whether she is able to make and "
                 "keep the changes Leah needs (checking devices, noticing when Leah is upset) and how long that "
                 "is likely to take",
                 "Grace Obi, community psychiatric nurse, Fraddleby Community Mental Health Team",
                 "Every two weeks; written report two working days before each core group",
                 "Report on Jonah's file before every core group"],
                ["Take her medication and go to her CMHT appointments, so that she is well enough to supervise "
                 "Leah after school on Mondays, Tuesdays and Fridays",
                 "Gemma Ofori (Mum)",
                 "Every day; appointments every two weeks",
                 "Attendance recorded in Grace's report; Mum's after-school sheet (where Leah is, screen time) "
                 "seen by Jonah at each visit"],
                ["Share Gemma's depression history and any missed GP appointments with Jonah",
                 "Dr Helen Asante, GP, Brookside Surgery",
                 "By 31/10/2025, then before each core group",
                 "GP letter on file by 31/10/2025 and an update before each core group"],
                ["See Leah on her own with her communication cards, at school or at home, and see the family "
                 "together after school once a month",
                 "Jonah Whitfield, social worker",
                 "Every two weeks from 15/10/2025; a family visit monthly",
                 "Visit records show Leah seen alone, with her words and the faces she chose on her scale"],
            ],
        }),
        ("h1", "If something goes wrong"),
        ("p", "If Leah is not on the school bus, not at school or not where she said she would be for 30 minutes, "
              "Gemma or Kofi will ring her, check her location, and then report her missing to Fraddleby Police "
              "on 101, or 999 if her location shows a railway station or she may be with an adult she met "
              "online. They will then tell Jonah, or the Emergency Duty Team out of hours."),
        ("p", "If an adult Leah met online contacts her, asks for pictures or tries to meet her, Kofi or Gemma will "
              "take the device, report it to DC Nolan the same day, and Jonah will hold a strategy discussion "
              "with the police that day; Leah will not use any device without a parent beside her until the "
              "strategy discussion has agreed what happens next."),
        ("p", "If Gemma is too unwell to look after Leah after school (she tells Grace or Jonah, or Leah finds her "
              "in bed), Leah will go to Nana's and Kofi will collect her from there. If Nana cannot have her "
              "(on a Wednesday or any other day), Kofi will leave work to be at home by 4pm, and if he cannot, "
              "the Children with Disabilities Team will arrange an emergency stay at Willowbank House, the "
              "short-break home Leah already knows."),
        ("h1", "If the plan is not keeping Leah safe"),
        ("p", "If Leah goes missing again, or has contact with an adult she met online that her parents did not "
              "stop, or Grace's report says Gemma cannot make the changes in Leah's timescale, Jonah will ask "
              "Rita Okonkwo for a legal planning meeting within 5 working days to take legal advice on care "
              "proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks at Fraddleby Brook School, 3.30pm: 25/11/2025, 06/01/2026 and "
            "17/02/2026. Leah chooses whether to come to the start of each one with Mrs Hollingworth.",
            "Second review child protection conference: 14/04/2026, 10am, Fraddleby County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, 13-year-old young carer for his father (on a
#    methadone script, using heroin and drinking again), drawn into
#    stealing to order by older lads and missing twice. Plain text with
#    numbered action blocks under "whose part" headings and his own words.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b133_flaxendale_icpc_plain_text_parts_by_person_keogh.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-plain-text-word-saved-as-text-dashed-rules-details-why-in-tiernans-own-words-what-i-want-what-ill-do-what-i-dont-agree-with-outcomes-then-what-needs-to-happen-numbered-blocks-what-who-when-how-well-know-under-tiernans-dads-aunts-and-professionals-parts-contingency-legal-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old who has cared for his father since "
        "his mother died; his father is on a methadone script and has gone back to heroin and "
        "drink, and Tiernan found him unresponsive in August. Older lads at a retail park have "
        "had him stealing to order, and he has gone missing twice. Plain text: Tiernan's own "
        "words (what he wants, what he'll do, what he disagrees with), outcomes, then numbered "
        "WHAT / WHO / WHEN / HOW WE'LL KNOW blocks under Tiernan's part, Dad's part, Aunt "
        "Siobhan's part and the professionals' part: the recovery service reports on change, "
        "the GP, the exploitation team, the police missing person coordinator, return home "
        "interviews, young carers, the DSL and the social worker. The aunt's two parts have a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
FLAXENDALE COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN (INITIAL CONFERENCE)
------------------------------------------------------------------------

Young person:     Tiernan Keogh, 13 (DOB 30/11/2011), Year 9,
                  St Aidan's RC High School, Flaxendale
Address:          41 Furnace Road, Flaxendale FX2 8NB
Lives with:       Declan Keogh (Dad, 48), sole carer since Tiernan's
                  mum died in March 2023
Paternal aunt:    Siobhan Keogh, 5 Gorse Avenue, Flaxendale (3 miles)
Category:         Neglect
Conference:       Initial child protection conference, 01/10/2025
Chair:            Ayodele Harris (IRO)
Social worker:    Nadia Farouk (team manager: Ruth Gallacher)

------------------------------------------------------------------------
1. WHY TIERNAN HAS A PLAN
------------------------------------------------------------------------

Declan has been on a methadone script with Flaxendale Recovery Service
since 2019. Since the summer he has been using heroin on top of his
script and drinking most days. On 14/08/2025 Tiernan came home from
the park, found his dad unresponsive on the kitchen floor and rang 999;
the paramedics gave naloxone. Tiernan does the shopping and cooking,
gets himself to school and checks on his dad at night.

Since July Tiernan has been spending evenings with older lads at the
Castlegate retail park. On 02/09/2025 he was stopped leaving
Flaxendale Sports World with £300 of trainers; a 19-year-old was
waiting outside in a car. Tiernan said he had been told to "get a list
of stuff" to pay for vapes he had been given. He was reported missing
overnight on 06/09/2025 and 20/09/2025 and came home by himself each
time. His attendance this term is 86%.

------------------------------------------------------------------------
2. TIERNAN IN HIS OWN WORDS (written with Nadia, 25/09/2025)
------------------------------------------------------------------------

What I want:
  "I want my dad to be like he was before Mum died. I don't want to
  find him like that again."
  "I want to stay living with Dad. Auntie Siobhan's is good at weekends
  but my stuff's at home."
  "I want to get back in the football team."

What I'll do:
  "I'll come home on time if Dad's actually in and OK. I'll ring
  Auntie Siobhan if he isn't."
  "I'll talk to Lee, he's alright. I'm not talking to the police about
  the lads though."

What I don't agree with:
  "The lads aren't using me, they're my mates. I only took stuff once."
  "I don't need a young carers' thing. I'm not a carer, I'm his son."
  (Tiernan agreed to try one session of the young carers' club before
  the first core group and say what he thinks.)

How safe I feel (0-10): at home when Dad is OK, 8; at home when Dad has
used, 2; at Castlegate, 6.

------------------------------------------------------------------------
3. WHAT WE WANT FOR TIERNAN
------------------------------------------------------------------------

3.1 Tiernan lives with a dad who is not using heroin or drinking while
    he looks after him, and Tiernan never again has to find him
    unconscious or look after him on his own.
3.2 Tiernan is home, or at his aunt's, by his agreed time every night,
    does not go missing, and is not used by older people to steal or
    carry things for them.
3.3 Tiernan goes to school every day (95% or more by the end of the
    spring term) and back to football.
3.4 Tiernan knows who to ring if his dad has used, and feels able to.

------------------------------------------------------------------------
4. WHAT NEEDS TO HAPPEN
------------------------------------------------------------------------

TIERNAN'S PART

4.1  WHAT:  Be home by 8.30pm on school nights and 9.30pm on Fridays
            and Saturdays (at Auntie Siobhan's at weekends), and answer
            when Dad or Siobhan rings.
     WHO:   Tiernan
     WHEN:  Every night from 02/10/2025
     HOW WE'LL KNOW: Dad's and Siobhan's record of times in, checked by
            Nadia each week; no missing reports on the police log.

4.2  WHAT:  Go back to football training and go to one young carers'
            club session to see what it is like.
     WHO:   Tiernan
     WHEN:  Training every Tuesday at 6pm from 07/10/2025; club session
            on Thursday 09/10/2025
     HOW WE'LL KNOW: Training register kept by his coach; the young
            carers' club register for 09/10/2025.

DAD'S PART

4.3  WHAT:  Take his methadone under supervision at the chemist, go to
            key-work and give a urine screen each week, and use no
            heroin and no alcohol while Tiernan is in his care.
     WHO:   Declan Keogh (Dad)
     WHEN:  Methadone daily; key-work every Monday from 06/10/2025
     HOW WE'LL KNOW: Chemist's supervision record; urine screens clear
            of heroin and breath tests at zero, reported by Mick Hanlon.

4.4  WHAT:  Be up and get Tiernan off to school by 8.15am, and ring the
            school by 9am on any day Tiernan is ill.
     WHO:   Declan Keogh (Dad)
     WHEN:  Every school day from 02/10/2025
     HOW WE'LL KNOW: School register shows no unexplained absence and
            no lateness; Mrs Quinn tells Nadia each Friday.

AUNTIE SIOBHAN'S PART

4.5  WHAT:  Have Tiernan to stay from Friday after school to Sunday at
            6pm, and drive him home.
     WHO:   Siobhan Keogh (paternal aunt)
     WHEN:  Every weekend from 03/10/2025
     HOW WE'LL KNOW: Siobhan texts Nadia each Sunday when Tiernan is
            home; Nadia checks the texts with Tiernan at her weekly
            visit.

4.6  WHAT:  Have Tiernan for his tea after school every Wednesday and
            take him home by 8pm, checking Declan is sober before she
            leaves him.
     WHO:   Siobhan Keogh (paternal aunt)
     WHEN:  Every Wednesday from 08/10/2025
     HOW WE'LL KNOW: Siobhan texts Nadia at 8pm each Wednesday saying
            whether Declan was sober.

THE PROFESSIONALS' PART

4.7  WHAT:  Key-work with Declan, review his methadone dose with the
            prescriber, weekly urine screens, and a written report to
            each core group on whether he is making the changes Tiernan
            needs and how long that is likely to take.
     WHO:   Mick Hanlon, key worker, Flaxendale Recovery Service
     WHEN:  Every Monday; report two working days before each core
            group
     HOW WE'LL KNOW: Report on Tiernan's file before every core group,
            with every screen result.

4.8  WHAT:  Send Nadia Declan's prescribing history and any overdose or
            A&E records, and offer him a health check.
     WHO:   Dr Owen Beattie, GP, Furnace Road Medical Practice
     WHEN:  By 17/10/2025
     HOW WE'LL KNOW: GP letter on file by 17/10/2025, with the date of
            the health check.

4.9  WHAT:  Sessions with Tiernan about the older lads at Castlegate,
            being asked to steal to order, and how to say no safely;
            complete an exploitation screening tool with him.
     WHO:   Lee Ashworth, Flaxendale Child Exploitation Team
     WHEN:  Every Friday at 1pm in school from 10/10/2025; screening by
            24/10/2025
     HOW WE'LL KNOW: Screening tool shared with Nadia and the MACE panel
            by 24/10/2025; session notes; Tiernan's Castlegate safety
            score and Lee's own score in an update before each core
            group.

4.10 WHAT:  Identify the 19-year-old and the others at Castlegate, share
            the intelligence with the MACE panel, and agree disruption
            with the retail park's security team.
     WHO:   PC Amy Dunn, missing person coordinator, Flaxendale Police
     WHEN:  Intelligence to the MACE panel on 28/10/2025
     HOW WE'LL KNOW: Intelligence summary and disruption actions
            recorded in the MACE minutes of 28/10/2025.

4.11 WHAT:  Offer Tiernan a return home interview after every missing
            episode.
     WHO:   Callum Price, Flaxendale Return Home Interview Service
     WHEN:  Within 72 hours of Tiernan being found
     HOW WE'LL KNOW: Interview record on file within 72 hours; names and
            places passed to PC Dunn the same day.

4.12 WHAT:  Young carer's assessment with Tiernan, if he decides to go
            on after his first club session.
     WHO:   Bethany Cole, Flaxendale Young Carers
     WHEN:  First session 09/10/2025; assessment by 07/11/2025 if he
            agrees
     HOW WE'LL KNOW: Assessment, or Tiernan's own decision in his words,
            sent to Nadia by 07/11/2025.

4.13 WHAT:  Check Tiernan's attendance by 9.30am, ring Declan and Nadia
            if he is absent, and give him a Monday check-in with the
            adult he chose, Mr Byrne (PE).
     WHO:   Mrs Teresa Quinn, DSL, St Aidan's RC High School
     WHEN:  Every school day; check-ins every Monday
     HOW WE'LL KNOW: Attendance emailed to Nadia every Friday; check-ins
            logged on CPOMS.

4.14 WHAT:  See Tiernan on his own, one visit in three unannounced at
            home, checking how his dad is and what is in the house to
            eat.
     WHO:   Nadia Farouk, social worker
     WHEN:  Weekly from 02/10/2025 until the review conference
     HOW WE'LL KNOW: Visit records show Tiernan seen alone each week,
            with his words and his safety scores.

------------------------------------------------------------------------
5. IF THINGS GO WRONG
------------------------------------------------------------------------

- If Declan has used heroin or been drinking while Tiernan is in his
  care (a positive screen, Tiernan or Siobhan tells someone, or Nadia
  sees it), Tiernan will go to Siobhan's that day and Nadia will visit
  Declan the same day. If Tiernan was left alone with Declan while he
  was unconscious, Nadia will hold a strategy discussion with the
  police the same day.
- If Tiernan finds his dad unresponsive, he rings 999 first and then
  Siobhan. Both numbers are saved in his phone, and he and Nadia
  practised what to say on 25/09/2025.
- If Tiernan is not home 30 minutes after his time and is not answering,
  Declan or Siobhan reports him missing to Flaxendale Police on 101 and
  rings Nadia or the Emergency Duty Team.
- If Siobhan cannot have Tiernan at a weekend or on a Wednesday (she is
  ill, away or working), she will tell Nadia the day before. Tiernan's
  godmother, Róisín Hegarty (12 Mill Lane), has agreed to have him
  instead; if neither can, Nadia or EDT will arrange a foster placement
  for Tiernan that night.

------------------------------------------------------------------------
6. LEGAL PLANNING
------------------------------------------------------------------------

If Declan has two more positive screens for heroin before the review
conference, or Tiernan is found alone with his dad while his dad is
under the influence, or Tiernan goes missing overnight twice more,
Nadia will ask Ruth Gallacher for a legal planning meeting within 5
working days.

------------------------------------------------------------------------
7. MEETINGS
------------------------------------------------------------------------

Core group ........ 14/10/2025, then every four weeks: 11/11/2025 and
                    09/12/2025, 4pm at St Aidan's RC High School
MACE panel ........ 28/10/2025
Review conference . 07/01/2026, 10am, Flaxendale Town Hall

Tiernan can come to the first part of each core group, or Nadia will
bring his words.
------------------------------------------------------------------------
""",
    "findings": [],
})
