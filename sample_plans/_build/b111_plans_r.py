"""Batch 111, module r: seven fictional plans (tuning material), places beginning with "r".

Everything here is made up: young people, families, professionals, services,
schools, police teams, hospitals and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans for teenagers (13 to 17) where the young person is the main
actor and most of the risk is outside the home: going missing, criminal and
sexual exploitation, county lines, self-harm, school exclusion, an older
boyfriend, a young carer. Actions are shared with the young person and with
services rarely met in baby plans (youth offending team, CAMHS, a missing
return interview service, a police exploitation team, a school inclusion
lead, a sexual health nurse, a housing officer). Four plans are exemplary: a
contextual safeguarding Word plan with a peers-and-places section and three
action tables; a young person's plan written in the first person with her
own "My bit"; a two-column "risk | what we will do" Word table with the risk
merged down; and a review plan in typed numbered paragraphs printed to PDF.
Three carry a realistic mix of faults among good rows: a MACE meeting's
action log printed to PDF, a plain-text case-system print with field lines,
and a Markdown review plan in bullets.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, 15-year-old boy, county lines and missing episodes.
#    Contextual safeguarding plan: a peers-and-places section, then three
#    action tables (Kyan and home / peers and places / school, YOT and
#    health). Uncle's weekends have a fallback. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_rasheldon_contextual_peer_place_tables_adebayo.docx",
    "doc_title": "Child Protection Plan - Kyan Adebayo",
    "split": "tune",
    "actions": 15,
    "template": "icpc-contextual-safeguarding-word-plan-details-list-worries-working-well-peers-and-places-two-column-descriptive-table-young-persons-words-outcomes-then-three-action-tables-home-peers-places-school-yot-health-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 15-year-old boy drawn into a county line, missing five "
        "times since May and found 40 miles away with cash and two phones. A contextual safeguarding "
        "plan: a descriptive peers-and-places table (skate park, takeaway, bus station, two friends, an "
        "older recruiter), Kyan's own long account, then three four-column action tables for home, for "
        "peers and places (return interviews within 72 hours, a warning notice, patrols, traders' "
        "reporting agreement, detached youth work, NRM) and for school, YOT and health. Every row has a "
        "lead, a time and something seen; the uncle's weekend nights have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Contextual Safeguarding"),
        ("p", "Rasheldon Metropolitan Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Kyan Adebayo (15), DOB 03/02/2010, Year 11 at Rasheldon Academy"),
            ("Address", "22 Sandpiper Court, Rasheldon RS4 7JN"),
            ("Mum", "Funke Adebayo (41), senior care assistant; works nights on Fridays and Saturdays"),
            ("Uncle", "Segun Adebayo (Funke's brother), 4 Elm Rise, Rasheldon; electrician"),
            ("Category", "Neglect (significant harm outside the home)"),
            ("Conference", "Initial child protection conference, 16/09/2025, Rasheldon Civic Centre. "
                           "Chair: Joanne Whitley"),
            ("Social worker", "Marcus Thorne (team manager: Alison Reddy)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Kyan has been reported missing five times since May 2025, the longest for three nights. On "
              "23/08/2025 British Transport Police found him at Haverleigh station, 40 miles away, with £380 in "
              "cash, two phones and a train ticket bought by someone else. He was arrested on suspicion of "
              "possession with intent to supply and released under investigation. Police intelligence links "
              "him to the 'R4' line, which runs drugs from Rasheldon into Haverleigh. On 30/08/2025 he came "
              "home with a deep cut to his hand that he will not explain. He has missed 31 school sessions "
              "since Easter and was suspended for three days in June for fighting. Funke works two nights a "
              "week and Kyan has been going out on those nights."),
        ("h1", "What is working well"),
        ("p", "Funke has reported Kyan missing quickly every time and has told the police everything she knows. "
              "Kyan is close to his mum and to his uncle Segun, who has offered to have him at weekends. Kyan "
              "plays football well, is strong at maths and came to the first half of the conference. He has "
              "not been missing since 30/08/2025."),
        ("h1", "Kyan's peers and places"),
        ("p", "This part of the plan maps where, and with whom, Kyan is at risk, so that the plan works on those "
              "places and peers and not only on Kyan and his home."),
        ("table", {
            "header": ["Peer or place", "What we know"],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Quarry Road skate park",
                 "Where Kyan meets an older group most evenings after 7pm. Police have seen drug deals there, "
                 "and there were two stabbings nearby in 2025."],
                ["Chicken Hut, Station Parade",
                 "Staff say older males buy food and phones for young people there. Kyan was seen inside at 1am "
                 "on 12/08/2025."],
                ["Rasheldon bus station",
                 "Where Kyan was last seen before two of his missing episodes."],
                ["A.M. (15) and J.D. (16)",
                 "School friends; both were also missing this summer. J.D. has his own plan with another team."],
                ["'T', a 19-year-old male",
                 "Police believe he recruits younger boys for the R4 line. Kyan has his number saved as "
                 "'Uncle T' and says T 'looked after him' when he had no money."],
            ],
        }),
        ("h1", "What Kyan has told us"),
        ("p", "Kyan was seen on his own at school on 10/09/2025 and at home on 13/09/2025. In his words:"),
        ("p", "“People think I'm a drug dealer. I'm not. T's just someone who sorts you out, buys you food when "
              "you've got nothing. Then he says you owe him. The first time I went to Haverleigh I thought it "
              "was a day out. I didn't sleep for three days and there was a man there with a machete. When the "
              "police took the money they said I owed even more.”"),
        ("p", "“I don't want Mum getting hurt. If I tell you stuff they'll know it was me. The cut was from a "
              "door.” He said the best part of his week is Sunday football with Uncle Segun, and he wants to be "
              "an electrician “like my uncle”. He scored how safe he feels out on the estate 3 out of 10 and "
              "at home 8 out of 10. What he wants: “Nobody coming to my mum's door. Finish school. The police "
              "to stop stopping me in front of everyone.”"),
        ("h1", "What we want for Kyan"),
        ("bullets", [
            "Kyan is home and safe every night, with no missing episodes for at least three months before the "
            "review conference.",
            "Kyan is out of contact with T and the R4 line, and the places where he was groomed are safer for "
            "every young person who uses them.",
            "Kyan goes to school every day, with attendance over 90% this autumn term, and sits his GCSEs.",
            "Kyan has a trusted adult he can tell if he is threatened, and knows he will be treated as a victim "
            "of exploitation.",
        ]),
        ("h1", "Action plan"),
        ("p", "Every action has a named lead, a time and what we will see if it is working."),
        ("h2", "1. Kyan and home"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [5.6, 3.4, 3.3, 4.7],
            "rows": [
                ["Text Mum, or Uncle Segun at weekends, a photo of where he is and who he is with",
                 "Kyan", "Every time he is out after 9pm, from 16/09/2025",
                 "Funke's and Segun's phones show a text on every evening Kyan is out; the SW looks at them at "
                 "each visit"],
                ["Be home by 10pm on school nights and by 11pm on Fridays and Saturdays",
                 "Kyan (Funke, or Segun at weekends, checks he is in)", "Every night from 16/09/2025",
                 "Curfew log on the fridge signed each night and seen by the SW weekly; no missing episodes "
                 "for a month by 21/10/2025"],
                ["Report Kyan missing on 999 if he is not home within an hour of curfew and is not answering "
                 "his phone",
                 "Funke Adebayo (Mum)", "Within one hour of curfew, every time",
                 "Police reference number written in the curfew log and texted to the SW by 9am the next day"],
                ["See Kyan on his own, at school or out for food, and do direct work on exploitation, debt "
                 "bondage and how to get out safely",
                 "Marcus Thorne, SW", "Every week; six sessions done by 31/10/2025",
                 "Visit records show Kyan seen alone each week, with his own words; his six session worksheets "
                 "on file"],
                ["Have Kyan to stay at 4 Elm Rise while Funke works her night shifts",
                 "Segun Adebayo (uncle)", "Every Friday and Saturday night",
                 "Segun texts the SW by 10am each Saturday and Sunday to say Kyan was in by 11pm"],
                ["Take Kyan to Rasheldon Rovers under-16s training and to every match",
                 "Segun Adebayo (uncle)", "Tuesdays at 6pm and Sundays",
                 "Club register, copied to the SW each month, shows Kyan at training and matches"],
            ],
        }),
        ("h2", "2. Peers and places"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [5.6, 3.4, 3.3, 4.7],
            "rows": [
                ["Hold a return home interview with Kyan somewhere he chooses, and share what he says about "
                 "where he was and who he was with",
                 "Ellie Frost, Rasheldon Missing Return Service", "After every missing episode, within 72 hours",
                 "Return interview record sent to the SW and the police exploitation team within 24 hours of "
                 "the interview"],
                ["Serve a Child Abduction Warning Notice on the 19-year-old known as T",
                 "DC Hannah Cole, Rasheldon Police Child Exploitation Team", "By 26/09/2025",
                 "Copy of the served notice on Kyan's file; any breach reported to the next core group"],
                ["Patrol Quarry Road skate park and Station Parade, including checks on the Chicken Hut, and "
                 "disrupt any adult seen with young people",
                 "PS Dan Whitby, Rasheldon Neighbourhood Policing Team",
                 "Every Friday and Saturday, 8pm to midnight, until 09/12/2025",
                 "Patrol log of stops, intelligence and young people found, emailed to the SW before each core "
                 "group"],
                ["Meet the Station Parade traders and bus station staff and agree how they will report young "
                 "people who seem to be exploited",
                 "Ravi Kaur, community safety officer, Rasheldon Council", "By 10/10/2025",
                 "Signed reporting agreement from each business; the number of reports logged is shared at "
                 "each core group"],
                ["Run detached youth work with the group who meet at the skate park, including Kyan, A.M. "
                 "and J.D.",
                 "Lee Varga, Rasheldon Youth Service detached team", "Every Wednesday, 6pm to 9pm",
                 "Session notes saying who was seen and what they said, sent to the SW monthly"],
                ["Refer Kyan to the National Referral Mechanism as a possible victim of criminal exploitation",
                 "Marcus Thorne, SW", "By 19/09/2025",
                 "NRM reference on file; the reasonable grounds decision shared with Kyan, Funke and police"],
            ],
        }),
        ("h2", "3. School, YOT and health"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [5.6, 3.4, 3.3, 4.7],
            "rows": [
                ["Give Kyan a key adult to meet each morning and a timetable that keeps him in his GCSE groups",
                 "Mrs Claire Oduya, inclusion lead, Rasheldon Academy", "Every school day from 17/09/2025",
                 "Attendance over 90% this autumn term (weekly print to the SW) and no suspensions"],
                ["Work through the six-session Choices programme with Kyan on county lines, knives and what "
                 "being 'in debt' to T means",
                 "Ade Mensah, Rasheldon Youth Offending Team", "Weekly from 23/09/2025",
                 "Session records and Kyan's own end-of-programme review sent to the SW by 04/11/2025"],
                ["Check the cut on Kyan's hand and offer him a health assessment covering sleep, drugs and "
                 "sexual health",
                 "Sue Lambert, school nurse, Rasheldon Academy", "By 03/10/2025",
                 "Health assessment summary sent to the SW, with any referral made"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kyan is not home within an hour of his curfew and cannot be reached, Funke (or Segun on Friday "
              "and Saturday nights) will report him missing to Rasheldon Police on 999 that night. Marcus, or "
              "the Emergency Duty Team out of hours, will hold a strategy discussion with police by the end of "
              "the next working day, and Ellie Frost will see Kyan within 72 hours of his return."),
        ("p", "If Kyan is found outside Rasheldon, is found with drugs, cash or a weapon, or is threatened or hurt, "
              "police will take him to a place of safety, Marcus will hold a strategy discussion the same day, "
              "and Kyan will stay with Segun at 4 Elm Rise, away from the estate, until that discussion has "
              "agreed where he is safest."),
        ("p", "If Segun cannot have Kyan (he is ill, working away, or his support breaks down), Funke will not "
              "work her night shift (her manager has agreed this in writing), and if she cannot be at home "
              "Marcus will arrange for Kyan to stay with Rasheldon's emergency foster carers that night."),
        ("p", "If Kyan goes missing three times in any four weeks, or his missing episodes have not reduced by "
              "the core group on 21/10/2025, Marcus will ask Alison Reddy for a legal planning meeting within 5 "
              "working days, to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 4pm at Rasheldon Academy: 30/09/2025, 21/10/2025, "
            "11/11/2025 and 02/12/2025.",
            "Review child protection conference: 09/12/2025 at 10am, Rasheldon Civic Centre.",
            "Kyan can come to the first half of each core group, or send his views through Marcus.",
        ]),
        ("p", "Plan agreed at conference on 16/09/2025. Copies to Kyan, Funke, Segun and every lead named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan, 14-year-old girl, older boyfriend, CSE, self-harm, young
#    carer for a mother with depression. Young person's plan in the first
#    person, with her own "My bit". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_renwyke_first_person_my_bit_bullets_rowbotham.md",
    "split": "tune",
    "actions": 14,
    "template": "icpc-markdown-young-persons-plan-first-person-about-me-list-worries-my-bit-in-her-own-words-numbered-outcomes-then-bold-owner-bullets-who-does-what-contingency-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old with a 20-year-old boyfriend, three "
        "overnight missing episodes, shared images, self-harm and an overdose, who gets her little "
        "brother to school when their mother's depression is bad. Written in the first person with the "
        "young person: a long 'My bit' in her own words, outcomes as 'I' statements, and bullets each "
        "with a bold owner ('I (Tayla) will...', 'Lou Brady (Renwyke Return Home Service) will...'), a "
        "time and what will be seen. The mother's CMHT care co-ordinator reports on capacity to change, "
        "the grandmother's part has a fallback, legal planning follows named triggers, dates set."
    ),
    "text": """\
# My plan — Tayla Rowbotham

*This is my child protection plan, agreed at my initial child protection conference on 14/10/2025. I wrote
"My bit" myself. Chantelle, my social worker, wrote the other parts with me, in my words where she could.*

Renwyke Borough Council · Children's Services · Adolescent Support Team

## About me

- **Me:** Tayla Rowbotham, 14 (DOB 22/06/2011), Year 10 at Renwyke Community College
- **I live with:** my mum, Kerry Rowbotham (38), and my little brother Alfie (6), at 17 Tenter Lane, Renwyke RW2 5DF
- **My nan:** Pauline Rowbotham, 9 Mill Cottages, Renwyke (ten minutes' walk)
- **My social worker:** Chantelle Okoro (her manager is Simon Greaves)
- **Conference chair:** Rachel Dunmore
- **Category of plan:** sexual abuse (risk of child sexual exploitation)

## What the grown-ups are worried about

Since July I have been seeing Reece Dalby, who is 20. I have been missing overnight three times: twice I was
found at Reece's flat on Canal Street, and once in his car with two older men in Thornbury at 3am. Police
found photos of me on Reece's phone that he had sent to other people, and they are investigating. I have been
cutting my arms, and on 29/09/2025 I took some of Mum's tablets and went to A&E at Renwyke General (I was home
the same night). My attendance dropped to 71% last half-term and I have had two suspensions.

Mum has depression. Since the summer she has found it hard to get out of bed, and she is under the Renwyke
Community Mental Health Team. When Mum is low I get Alfie up, give him breakfast and take him to school, and
then I am late or I don't go in.

## My bit

*Written by me, Tayla, on 09/10/2025.*

I don't think Reece is grooming me like everyone says. He is the only one who actually listens to me and he
buys me stuff when Mum can't. But I didn't like it in the car when his mates were there and they wanted me
to go to another flat with them. I felt sick and I kept texting my friend Lacey. I don't want anyone seeing
those photos. I feel sick every time I think about it.

I cut because it makes the noise in my head stop for a bit. I don't want to die. The tablets were a stupid
thing on a bad night and I'm glad I told Nan.

I'm scared that if I tell people how bad Mum gets, Alfie will get taken away. I want Mum to get better and
I want someone else to check on her, not me. I love Alfie but I'm not his mum.

Things that help: Nan's house on Sundays, my dog Biscuit, dance, and talking to Jas the nurse because she
doesn't judge me. Things that don't help: being shouted at when I get in, and police coming to school in
uniform so everyone sees.

What I want: to go into town with my mates without everyone thinking I'm going to Reece's. To go back to
dance on Thursdays. To do my GCSEs and be a paramedic.

How safe I feel (out of 10): at home 6, at Nan's 10, out at night 3.

## What I want to be different

1. I am safe from Reece and from any older person who wants me to do things, and I have no missing
   episodes for at least a month before my review conference.
2. I stop hurting myself, and if I do, I tell someone and get help the same day.
3. I am at school every day, with my attendance over 90% by Christmas.
4. I am not the one looking after Mum and Alfie: there is an adult doing that, and I get to be 14.

## My plan — who does what

Each point says who does it, when, and how we will know it is happening.

- **I (Tayla)** will text Mum or Nan where I am and who I am with every time I am out after 8pm, and Mum
  will show Chantelle the texts at every visit.
- **I (Tayla)** will be home by 9.30pm on school nights and by 10.30pm on Fridays and Saturdays, from
  14/10/2025, and Mum will write the time I get in on the kitchen calendar, which Chantelle checks each week.
- **Chantelle Okoro (my social worker)** will see me on my own every Wednesday, at school or in the café on
  Bridge Street, and do the six "Healthy relationships" sessions with me by 05/12/2025; her visit notes will
  have my own words in them, and I can read them.
- **Lou Brady (Renwyke Return Home Service)** will meet me after every missing episode, within 72 hours,
  somewhere I choose, and will send her return interview record to Chantelle and the police exploitation
  team the same day.
- **DC Amir Shah (Renwyke Police Exploitation Team)** will serve a Child Abduction Warning Notice on Reece by
  24/10/2025 and tell Chantelle, Mum and me when it is done; a copy of the notice will go on my file.
- **DC Amir Shah** will tell me how the investigation into the photos is going every two weeks, by phone or a
  visit in plain clothes, and will give Chantelle a written update before each core group.
- **Jas Thandi (sexual health nurse, college drop-in)** will see me every other Thursday lunchtime until the
  Christmas holidays to talk about contraception, consent and what is OK in a relationship; the drop-in
  record will show each time I went, and with my agreement she will tell Chantelle.
- **Dr Helen Marsh (Renwyke CAMHS)** will assess my self-harm and my mood by 31/10/2025, write a safety plan
  with me, and send the assessment and the safety plan to me, Mum and Chantelle.
- **Mrs Carla Peel (inclusion lead, Renwyke Community College)** will meet me every Monday morning to plan my
  week and let me use the Base at break; my attendance will be sent to Chantelle every Friday so we can see
  it go over 90% by Christmas.
- **Mum (Kerry)** will ring 101, or 999 if she thinks I am in danger, and report me missing if I am not home
  an hour after my curfew and not answering, every time, and will text Chantelle the police reference
  number by 9am the next day.
- **Gill Hart (Mum's care co-ordinator, Renwyke CMHT)** will see Mum every fortnight and, before each core
  group, write to Chantelle about whether Mum is making the changes she needs to look after me and Alfie,
  and how long that is likely to take.
- **Nan (Pauline Rowbotham)** will have me and Alfie to stay every Sunday night and take us both to school on
  Monday; she will text Chantelle each Monday that we got there, and both school registers will show it.
- **Nan (Pauline Rowbotham)** will get Alfie up and take him to school every Tuesday and Thursday morning, and
  on any other morning Mum is too unwell, so that I am not doing it; Alfie's school will record who brought
  him and Chantelle will check it each week.
- **Ellie Firth (Renwyke Young Carers)** will do a young carer's assessment with me by 14/11/2025 and offer
  me a place at the Tuesday group; the assessment will go to Chantelle and the group register will show if
  I went.

## If things go wrong

- If I go missing, or I am not home an hour after my curfew and nobody can reach me, Mum will report me
  missing to the police that night. If I am found with Reece or with older men, the police will bring me home
  or to Nan's, and Chantelle (or the out-of-hours team) will hold a strategy discussion with the police by
  the next working day at the latest.
- If I hurt myself badly or say I want to end my life, Mum or Nan will take me to A&E at Renwyke General
  straight away, and CAMHS will see me within 48 hours.
- If Mum is too unwell to look after me and Alfie, we will stay with Nan at 9 Mill Cottages that night. If
  Nan can't have us (she is ill, or it gets too much for her), Chantelle will arrange for Alfie and me to
  stay together with Renwyke foster carers that night.
- If I go missing three times in any four weeks, or there has been no progress by my second core group on
  25/11/2025, Chantelle will ask Simon Greaves for a legal planning meeting within five working days, to
  decide whether to start the Public Law Outline.

## Meetings

- **Core group:** Tuesdays at 3.30pm at Renwyke Community College, about every four weeks: 28/10/2025,
  25/11/2025 and 16/12/2025.
- **My review child protection conference:** 13/01/2026 at 10am, Renwyke Town Hall. I can go to all of it or
  part of it, with Jas or an advocate.

*Agreed by Tayla, Kerry, Pauline and Chantelle on 14/10/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Joint MACE panel and ICPC, 16-year-old boy, county lines, permanent
#    exclusion. Multi-agency exploitation meeting's action log (Ref, Action,
#    Owner, Due, Evidence) printed to PDF with header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_rilkestow_mace_action_log_osei.pdf",
    "doc_title": "MACE Action Log and Child Protection Plan - Jaden Osei",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "mace-panel-action-log-word-printed-to-pdf-landscape-page-header-footer-details-list-why-meeting-peers-places-online-bullets-young-persons-words-outcomes-then-ref-action-owner-due-evidence-table-contingency-next-meetings",
    "description": (
        "Joint multi-agency child exploitation (MACE) panel and initial conference for a 16-year-old "
        "found in a trap house with crack cocaine, permanently excluded after a knife was found in his "
        "bag. A landscape action log printed to PDF with header and footer; most rows are sound (return "
        "interviews within 72 hours, police disruption, PRU key worker, YOT Turnaround, housing). "
        "Faults: 'Jaden to stay safe' owned by Jaden alone, 'Ongoing' with no evidence; 'All "
        "professionals' to be curious, 'Monitored at each MACE'; a safety plan with no one to check it; "
        "mum to 'keep talking to' Jaden 'as and when', measured by 'improvement'; a CAMHS assessment "
        "due 'TBC'. The father's heavy drinking is recorded but no adult service has an action; the "
        "contingency relies on Jaden ringing home and the core group discussing next steps; nothing "
        "leads to legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE – Rilkestow Safeguarding Children Partnership – MACE Panel",
    "footer": "Jaden Osei – MACE action log and child protection plan, 09/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "MACE Meeting – Action Log and Child Protection Plan"),
        ("p", "Rilkestow Safeguarding Children Partnership · Multi-Agency Child Exploitation (MACE) Panel · "
              "held jointly with the initial child protection conference"),
        ("kv", [
            ("Young person", "Jaden Osei (16), DOB 02/09/2009, Year 11 at Bridgeway Pupil Referral Unit"),
            ("Address", "5 Ferris Way, Rilkestow RK3 2HP"),
            ("Parents", "Abena Osei (42) and Kwabena Osei (45), both living at home"),
            ("Sister", "Ama Osei (11), Rilkestow Park Primary"),
            ("Meeting", "MACE panel and initial child protection conference, 09/09/2025, Rilkestow Civic "
                        "Centre. Chair: Gareth Lowe"),
            ("Category", "Neglect (criminal exploitation)"),
            ("Social worker", "Becca Lyle, Adolescent Safeguarding Team"),
            ("Exploitation screening", "High risk of criminal exploitation (tool completed 02/09/2025)"),
        ]),
        ("h1", "1. Why we are meeting"),
        ("p", "Jaden has been reported missing seven times since March 2025. On 18/08/2025 Coldmere Police raided "
              "a flat in Coldmere, 60 miles away, and found Jaden there with 40 wraps of crack cocaine and two "
              "adults from Rilkestow. Police referred him to the National Referral Mechanism the next day. He "
              "was permanently excluded from Rilkestow High School on 20/06/2025 after a kitchen knife was found "
              "in his bag, and has been at Bridgeway Pupil Referral Unit since 01/09/2025. He says he owes "
              "£1,200 for the drugs the police took, and a car has twice parked outside the family home late at "
              "night. Kwabena drinks heavily most evenings and there are loud arguments at home; Jaden says he "
              "goes out to get away from them."),
        ("h1", "2. Peers, places and online"),
        ("bullets", [
            "The gate of Bridgeway PRU at 3pm, where older boys in a black Audi wait for pupils.",
            "The Rilkestow retail park car park after dark, where Jaden has been seen getting into cars.",
            "A Snapchat group called 'R-Town Link' that sends out 'work' and 'shifts'.",
            "L.B. (17), Jaden's closest friend, charged in July with possession with intent to supply.",
            "An adult known as 'Dread', who police believe runs the line into Coldmere.",
        ]),
        ("h1", "3. What Jaden said"),
        ("p", "Jaden came to the panel for twenty minutes and spoke with his social worker on 05/09/2025. In his "
              "words: “I'm not a victim, I made my own choices. Nobody forced me on the train. But Coldmere was "
              "bad. I was sleeping on a mattress with three other people and I didn't eat for two days. Now they "
              "say I owe £1,200 and if I don't pay it they know where my sister goes to school.”"),
        ("p", "“Home is stressful because of Dad's drinking. When he starts I just go out. Mum tries but she's "
              "tired. I like Bridgeway more than I thought. Mr Hale is all right. I want to do the plumbing course "
              "at college next year and get my own money, real money.” He scored how safe he feels at home 5 "
              "out of 10 and out in Rilkestow 2 out of 10, and asked that the police “don't come to the PRU in "
              "a marked car”."),
        ("h1", "4. What we want to see"),
        ("bullets", [
            "Jaden is free from the people who exploit him, his 'debt' is no longer used to control him, and he "
            "has no missing episodes for a month before the review conference.",
            "Jaden goes to Bridgeway every day, with attendance over 90%, and has a college place for September "
            "2026.",
            "Jaden and Ama feel safe at home and in their street.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Actions agreed at the panel on 09/09/2025. The status of each action is updated at every MACE."),
        ("table", {
            "header": ["Ref", "Action", "Owner", "Due", "Evidence of progress"],
            "widths": [1.2, 8.8, 5.0, 4.2, 6.5],
            "rows": [
                ["A1", "Hold a return home interview with Jaden and share the record with the SW and police",
                 "Kieran Walsh, Rilkestow Missing Return Service", "After every missing episode, within 72 hours",
                 "Return interview record on Jaden's file within 72 hours of each return"],
                ["A2", "Jaden to stay safe and away from the Rilkestow retail park car park",
                 "Jaden", "Ongoing", ""],
                ["A3", "Professionals to be curious about who Jaden is with and who is paying for his clothes "
                       "and phone",
                 "All professionals", "At every contact", "Monitored at each MACE"],
                ["A4", "Agree a written safety plan with Jaden: who he rings if he is told to travel, and a "
                       "code word for his mum",
                 "Becca Lyle, SW", "By 16/09/2025", ""],
                ["A5", "Visit Jaden at home and see him alone, including one evening visit every fortnight",
                 "Becca Lyle, SW", "Weekly from 10/09/2025",
                 "Visit records show Jaden seen alone each week, with his own words recorded"],
                ["A6", "Map the R-Town Link Snapchat group and the adults behind it, and bring a disruption plan "
                       "to the panel",
                 "DS Priya Nair, Rilkestow Police Exploitation Team", "By the next MACE on 07/10/2025",
                 "Written disruption plan tabled at the 07/10/2025 MACE"],
                ["A7", "Identify the adult known as 'Dread' and serve a Child Abduction Warning Notice on him",
                 "DS Priya Nair, Rilkestow Police Exploitation Team", "By 30/09/2025",
                 "Copy of the served notice on Jaden's file"],
                ["A8", "Place Jaden on the PRU's construction pathway with a key worker who meets him at the gate "
                       "each morning",
                 "Mr Tom Hale, inclusion lead, Bridgeway PRU", "Every school day from 15/09/2025",
                 "Attendance over 90% on the weekly printout to the SW; each gate meeting logged"],
                ["A9", "Deliver the Turnaround programme with Jaden, focusing on debt bondage and how to get out "
                       "safely",
                 "Naomi Reid, Rilkestow Youth Offending Team", "Every Thursday at 4pm",
                 "Attendance and Jaden's own score of how safe he feels, sent to the SW monthly"],
                ["A10", "Keep talking to Jaden about his friendships and where he goes",
                 "Abena Osei (Mum)", "As and when", "Improvement in Jaden's attitude"],
                ["A11", "Assess Jaden's sleep, anxiety and cannabis use",
                 "Dr Leo Barnes, Rilkestow CAMHS", "TBC",
                 "Assessment letter with recommendations sent to the SW"],
                ["A12", "Assess the family's request for a management move away from Ferris Way, where the car "
                        "has been parking",
                 "Sadia Khan, housing officer, Rilkestow Homes", "Decision by 31/10/2025",
                 "Written decision letter to Abena, copied to the SW"],
            ],
        }),
        ("h1", "6. If Jaden goes missing (contingency)"),
        ("p", "If Jaden goes missing again or things do not improve, Jaden has agreed that he will ring his mum "
              "and come home, and the core group will discuss next steps at its next meeting."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Bridgeway PRU: 23/09/2025, 21/10/2025 and "
            "18/11/2025.",
            "Next MACE panel: 07/10/2025.",
            "Review child protection conference: 02/12/2025, Rilkestow Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Jaden to stay safe and away from the Rilkestow"),
        F("M001", "Jaden to stay safe and away from the Rilkestow"),
        F("W002", "Professionals to be curious about who Jaden is with"),
        F("M002", "Professionals to be curious about who Jaden is with"),
        F("M001", "Agree a written safety plan with Jaden: who he rings"),
        F("T002", "Keep talking to Jaden about his friendships and where"),
        F("M002", "Keep talking to Jaden about his friendships and where"),
        F("T002", "Assess Jaden's sleep, anxiety and cannabis use"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, 13-year-old young carer, mother with MS who drinks, out late
#    on the estate, three suspensions. Two-column "Risk | What we will do"
#    table, risk merged down over its actions; who, when and how we will know
#    written into each action. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_rowdenhurst_risk_what_we_will_do_two_column_pemberton.docx",
    "doc_title": "Child Protection Plan - Oscar Pemberton",
    "split": "tune",
    "actions": 14,
    "template": "icpc-word-plan-details-list-reasons-young-persons-words-working-well-outcomes-then-two-column-risk-merged-down-what-we-will-do-table-owner-time-measure-in-each-cell-contingency-core-group",
    "check_vmerge": 4,
    "description": (
        "Exemplary initial conference plan for a 13-year-old young carer whose mother has multiple "
        "sclerosis and drinks most days; he is out late on the estate with older boys and has had three "
        "suspensions. A two-column Word table: each risk is merged down the left over its actions, and "
        "every action cell says who, when and how we will know. Adult social care, the alcohol service "
        "(which reports on change) and the GP each own an action; the grandfather's nights have a "
        "fallback; legal planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rowdenhurst Council · Children and Families · Initial Child Protection Conference"),
        ("kv", [
            ("Young person", "Oscar Pemberton (13), DOB 11/05/2012, Year 9 at Rowdenhurst High School"),
            ("Address", "38 Gorse Hill Road, Rowdenhurst RH8 1QS"),
            ("Mum", "Nicola Pemberton (45); multiple sclerosis, uses a wheelchair outdoors"),
            ("Grandad", "Ray Pemberton (70), Nicola's father, 12 Hollins Road, Rowdenhurst"),
            ("Category", "Neglect"),
            ("Conference", "13/01/2026, Rowdenhurst Town Hall. Chair: Helen Marchant"),
            ("Social worker", "Sophie Akers (team manager: Greg Lyons)"),
        ]),
        ("h1", "Why Oscar has a plan"),
        ("p", "Nicola has multiple sclerosis, which has got worse over the last year. She drinks most days, "
              "usually from the afternoon, and told the conference she drinks “to stop the pain”. Oscar helps "
              "her wash and dress each morning, does the shopping and cooks most evenings. His attendance this "
              "year is 79%. He has had three suspensions since September, the last for swearing at a teacher who "
              "kept him behind when he needed to get home. Twice in December Oscar came home at about 2am after "
              "being out on the Gorse Hill estate with older boys, and on 19/12/2025 police brought him home "
              "after he was found in a stolen car with two 17-year-olds. When Oscar is out, nobody is with "
              "Nicola, and on 20/12/2025 she fell and lay on the floor for an hour."),
        ("h1", "What Oscar says"),
        ("p", "Oscar spoke to Sophie on his own at school on 08/01/2026 and again at home on 10/01/2026:"),
        ("p", "“I do Mum's stuff in the morning because there's no one else. I don't mind doing it, I just mind "
              "getting shouted at for being late. Teachers don't know what my mornings are like.”"),
        ("p", "“The lads on the estate are all right. They're older and they don't ask me about my mum. I didn't "
              "know the car was nicked. I go out because when Mum's had a drink she just sleeps and it's boring "
              "and sad in the house.”"),
        ("p", "“I want Mum to have proper carers so I can go to boxing. I want to stay at school. I'd be proper "
              "gutted if I got kicked out. I like going to Grandad's because it's quiet and he does a fry-up.” "
              "Oscar scored how worried he is about his mum 9 out of 10, and how safe he feels on the estate "
              "5 out of 10."),
        ("h1", "What is going well"),
        ("p", "Oscar and Nicola love each other and Nicola was honest at conference about her drinking. She has "
              "agreed to an alcohol service referral and a Care Act assessment. Ray sees them most days and wants "
              "to do more. Oscar went to boxing for a year and his coach, Mr Carter, wants him back."),
        ("h1", "What we want for Oscar"),
        ("bullets", [
            "Oscar is a 13-year-old, not his mum's carer: an adult helps Nicola wash and dress and Oscar gets to "
            "school on time.",
            "Oscar is home by his curfew every night and has no missing episodes or police contact before the "
            "review conference.",
            "Oscar stays at Rowdenhurst High School, with no more suspensions and attendance over 90%.",
            "Oscar is cared for by a mum who is sober when he is at home, or by another safe adult when she is "
            "not.",
        ]),
        ("h1", "Risks and what we will do"),
        ("p", "Each cell on the right is one action. It says who will do it, when, and how we will know it has "
              "happened."),
        ("table", {
            "header": ["Risk", "What we will do (who, when, and how we will know)"],
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Oscar is caring for his mum in the mornings and evenings, and misses school",
                 "Sophie Akers (SW) will see Oscar on his own every Thursday after school and write down in her "
                 "visit record what he says about home that week."],
                [V,
                 "Jenny Hall (Rowdenhurst Adult Social Care) will complete a Care Act assessment of Nicola by "
                 "06/02/2026 and set up morning carers so that Oscar no longer helps his mum wash and dress; the "
                 "assessment and the care plan will be sent to the SW."],
                [V,
                 "Kirsty Dean (Rowdenhurst Young Carers) will complete a young carer's assessment with Oscar by "
                 "30/01/2026 and start him at the Monday young carers' club; the club register will be sent to "
                 "the SW each month."],
                ["Oscar is out late on the Gorse Hill estate with older boys and was found in a stolen car",
                 "Oscar will be in by 8pm on school nights and 9.30pm at weekends from 13/01/2026, and Nicola "
                 "will write the time he comes in on the calendar, which the SW will check every Thursday."],
                [V,
                 "Ray Pemberton (grandad) will have Oscar to stay at 12 Hollins Road every Friday night and text "
                 "the SW by 10am each Saturday to say Oscar was in by 9.30pm."],
                [V,
                 "Ray Pemberton (grandad) will take Oscar to Rowdenhurst ABC boxing club every Tuesday and "
                 "Friday at 6pm; the club register, sent to the SW monthly, will show that he went."],
                [V,
                 "PC Leanne Moss (Rowdenhurst Neighbourhood Policing Team) will look out for Oscar on her Friday "
                 "evening patrols of the estate until 14/04/2026 and email the SW after each patrol saying "
                 "whether Oscar was seen and who with."],
                [V,
                 "Emma Ross (Rowdenhurst Return Home Interview Service) will see Oscar within 72 hours after "
                 "every missing episode and send her return interview record to the SW the same day."],
                ["Oscar has had three suspensions this year and could be permanently excluded",
                 "Mr Dev Patel (inclusion lead, Rowdenhurst High School) will agree a pastoral support plan with "
                 "Oscar and Nicola by 23/01/2026 and meet Oscar every Monday morning; the school's weekly report "
                 "to the SW will show attendance over 90% and no further suspensions."],
                [V,
                 "Oscar will go to the school's Anger Gym group every Wednesday lunchtime until the Easter "
                 "holidays, and Mr Patel will send the group register and Oscar's own weekly scores to each "
                 "core group."],
                [V,
                 "Dr Amy Chen (educational psychologist) will assess Oscar's learning needs before the February "
                 "half-term, by 13/02/2026, and send her report to the school, Nicola and the SW."],
                ["Nicola drinks most days, and when she has been drinking or her MS is bad Oscar is not looked "
                 "after",
                 "Paul Kent (recovery worker, Rowdenhurst Alcohol Service) will see Nicola every Tuesday and "
                 "breathalyse her at each session, email the results to the SW every Friday, and report in "
                 "writing to each core group on whether she is making the changes Oscar needs and how long that "
                 "is likely to take."],
                [V,
                 "Nicola will not drink while Oscar is at home and will keep no alcohol in the house, from "
                 "13/01/2026; the SW will breathalyse her at each Thursday visit and record the result."],
                [V,
                 "Dr Ruth Symes (GP, Hollins Road Surgery) will review Nicola's MS medication and pain relief by "
                 "30/01/2026 and write to the SW about how her health affects her care of Oscar."],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("p", "If Nicola has been drinking while Oscar is in her care (a positive breath test, Oscar telling "
              "anyone, or a report from school or police), or Oscar is missing overnight, Oscar will go to Ray's "
              "home at 12 Hollins Road that night and Sophie will hold a strategy discussion with police the "
              "same day (the Emergency Duty Team out of hours)."),
        ("p", "If Ray cannot have Oscar (he is ill, away, or can no longer manage), Sophie will arrange for Oscar "
              "to stay with Rowdenhurst emergency foster carers that night, and will ask Nicola's sister, Dawn "
              "Pemberton, whether she can be assessed to care for him."),
        ("p", "If Nicola has two positive breath tests in any four weeks, or Oscar's attendance is still below "
              "90% on 24/02/2026, Sophie will ask Greg Lyons for a legal planning meeting within 5 working days, "
              "to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm at Rowdenhurst High School: 27/01/2026, 24/02/2026 "
            "and 24/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Rowdenhurst Town Hall.",
            "Oscar can come to any core group, or give his views to Sophie or Kirsty beforehand.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review plan, 16-year-old girl sofa surfing with her sister,
#    adults at a flat offering her somewhere to stay, self-harm, out of
#    school. Typed numbered paragraphs (1.1, 5.3...) printed to PDF with
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_rushbarrow_rcpc_numbered_paragraphs_carrick.pdf",
    "doc_title": "Review Child Protection Plan - Leah Carrick",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-typed-numbered-paragraphs-sections-about-plan-since-conference-leahs-words-outcomes-then-one-numbered-paragraph-per-action-contingency-paragraphs-core-group-review",
    "description": (
        "Exemplary first review conference plan for a 16-year-old who left home after rows with her "
        "mother's partner, now living with her older sister, and who had been staying at a flat where "
        "older men offered her a bed; she self-harms and has stopped going to school. Every part is a "
        "typed numbered paragraph, and each action is one paragraph (5.1 to 5.12) naming the owner, the "
        "time ('every two weeks until the review', 'before the summer holidays') and what will be seen. "
        "A housing officer, a sexual health nurse, CAMHS, police and the school's inclusion lead have "
        "actions; the mother's alcohol service reports on change; the sister's part has a fallback; "
        "legal planning follows named triggers; dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Rushbarrow Borough Council – Children's Services",
    "footer": "Leah Carrick – Review Child Protection Plan (RCPC 10/03/2026) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Rushbarrow Borough Council · Children's Services · Exploitation and Missing Team"),
        ("kv", [
            ("Young person", "Leah Carrick (16), DOB 08/11/2009"),
            ("Living with", "Danielle Carrick (24), her sister, at Flat 6, 3 Anchor Court, Rushbarrow RB1 4TE"),
            ("Mother", "Sharon Carrick (46), 27 Netherfield Road, Rushbarrow; lives with her partner, Gary Nunn"),
            ("School", "Rushbarrow School, Year 11 (not attending since January 2026)"),
            ("Category", "Sexual abuse (risk of sexual exploitation)"),
            ("Conference", "First review child protection conference, 10/03/2026 (initial conference "
                           "09/12/2025). Chair: Anita Basu"),
            ("Social worker", "Jordan Fraser (team manager: Fiona Hale)"),
        ]),
        ("h1", "1. About this plan"),
        ("p", "1.1 This plan replaces the plan made at the initial conference. Each part is numbered so that "
              "everyone can refer to it at core group meetings."),
        ("p", "1.2 In section 5 each numbered paragraph is one action. It says who will do it, when, and what "
              "we will see if it is working."),
        ("h1", "2. What has happened since the initial conference"),
        ("p", "2.1 Leah left her mum's house on 02/12/2025 after Gary pushed her down the stairs during a row. "
              "She would not give a statement, and police took no further action. Sharon drinks heavily and "
              "takes Gary's side. Sharon started seeing the Rushbarrow Alcohol and Drug Service in February."),
        ("p", "2.2 Between December and February Leah slept at six different addresses. Five nights were at a "
              "flat on Quay Street where two men in their thirties let young women stay in exchange for "
              "'favours'. She was reported missing four times. Since 14/02/2026 she has lived with her sister "
              "Danielle and has not been missing."),
        ("p", "2.3 On 21/01/2026 Leah took an overdose of paracetamol and was treated at Rushbarrow General "
              "Hospital. She cuts her thighs when she is distressed. CAMHS started seeing her in February."),
        ("p", "2.4 Leah has not been to school since the Christmas holidays. She is predicted good grades in "
              "English and biology and wants to be a midwife."),
        ("h1", "3. What Leah says"),
        ("p", "3.1 Leah met Jordan on her own on 03/03/2026 and wrote some of this herself:"),
        ("p", "3.2 “Quay Street felt safe at first because it was warm and nobody was shouting. Then it didn't "
              "feel safe. I don't want to talk about what happened there yet. I'm not going back.”"),
        ("p", "3.3 “I can't live at Mum's while Gary's there. Mum chose him. I miss her, but not when she's "
              "drinking. Danielle's is small and I'm on the sofa bed, but it's the first place I've slept "
              "properly since Christmas.”"),
        ("p", "3.4 “The cutting is how I cope. The overdose was the worst night of my life. CAMHS is OK, the "
              "group is weird but Sana is nice. I want to do my GCSEs, just English and maths and biology, and "
              "then college. I want my own place one day that's mine and nobody can come in.”"),
        ("p", "3.5 Leah scored how safe she feels at Danielle's 9 out of 10, at her mum's 2 out of 10, and how "
              "hopeful she feels about the next year 6 out of 10."),
        ("h1", "4. What we want for Leah"),
        ("p", "4.1 Leah has a safe, stable place to live and no missing episodes or nights at Quay Street before "
              "the next review conference."),
        ("p", "4.2 Leah is safe from the men at Quay Street and from any adult who wants sex or 'favours' from "
              "her, and knows how to get help."),
        ("p", "4.3 Leah self-harms less, tells someone when she has, and gets help the same day."),
        ("p", "4.4 Leah goes back to school and sits her English, maths and biology GCSEs this summer."),
        ("h1", "5. The plan"),
        ("p", "5.1 Jordan Fraser (SW) will see Leah on her own every week, alternating between Danielle's flat "
              "and a place Leah chooses, and will record in each visit note where Leah has slept and what she "
              "says about who she has been with."),
        ("p", "5.2 Leah will sleep at Danielle's flat every night and, if she is staying anywhere else, will "
              "text Danielle and Jordan the address before 10pm; Danielle will keep the texts and show them to "
              "Jordan at each visit."),
        ("p", "5.3 From 10/03/2026 Danielle Carrick (sister) will give Leah her own key and the sofa bed at 3 "
              "Anchor Court, and will ring Jordan, or the Emergency Duty Team, the same evening whenever Leah is "
              "not home by midnight; each call will be logged on Leah's file."),
        ("p", "5.4 Danielle Carrick (sister) will go with Leah to her clinic appointment on 19/03/2026 and to the "
              "school meeting on 26/03/2026; the clinic and the school will confirm to Jordan that Leah "
              "attended."),
        ("p", "5.5 Mark Tate (housing officer, Rushbarrow Housing Options) will complete the joint housing "
              "assessment for homeless 16- and 17-year-olds with Jordan by 27/03/2026, including a supported "
              "lodgings place if Danielle's flat cannot last; the assessment and any offer will be sent in "
              "writing to Leah and Jordan."),
        ("p", "5.6 Hollie Baird (sexual health nurse, Rushbarrow Integrated Sexual Health) will see Leah at the "
              "Young People's Clinic every two weeks until the next review conference, offer contraception and "
              "testing, and talk with her about consent and about the men at Quay Street; the clinic record will "
              "show each appointment Leah attends, and with her agreement Hollie will send Jordan a note after "
              "each one."),
        ("p", "5.7 DC Ruth Okafor (Rushbarrow Police Child Exploitation Team) will apply to the magistrates' "
              "court for a Sexual Risk Order against the tenant of the Quay Street flat by 31/03/2026, and will "
              "give Jordan the application and the court's decision in writing."),
        ("p", "5.8 Dr Sana Iqbal (Rushbarrow CAMHS) will see Leah every Tuesday afternoon for the 12-week DBT "
              "skills group, review Leah's safety plan with her every four weeks, and send Jordan a written "
              "update before each core group, including how often Leah says she has self-harmed."),
        ("p", "5.9 Nick Sayer (recovery worker, Rushbarrow Alcohol and Drug Service) will see Sharon every "
              "Wednesday, test her at each session, and write to Jordan before each core group on whether "
              "Sharon's drinking has changed enough for Leah to visit safely, and how long further change is "
              "likely to take."),
        ("p", "5.10 Sharon will come to Danielle's flat for tea with Leah every Sunday, without having had a "
              "drink, and Danielle will text Jordan by 10am each Monday to say whether Sharon came and was "
              "sober."),
        ("p", "5.11 Mrs Joanne Pike (inclusion lead, Rushbarrow School) will meet Leah every Monday at the "
              "school's Hub and build her timetable back up before the summer holidays, so that she sits "
              "English, maths and biology; the weekly attendance print sent to Jordan will show her hours "
              "rising, with attendance over 90% by the May exams."),
        ("p", "5.12 Jordan Fraser (SW) will refer Leah to the Rushbarrow Advocacy Service by 17/03/2026 so that "
              "she has her own advocate at the next review conference; the advocate's name and first meeting "
              "date will be recorded on Leah's file."),
        ("h1", "6. Contingency"),
        ("p", "6.1 If Leah is not back at Danielle's by midnight and cannot be reached, or is seen at the Quay "
              "Street flat, Danielle will report her missing to police that night, Jordan (or the Emergency Duty "
              "Team) will hold a strategy discussion with police the next day, and the Rushbarrow Return "
              "Interview Service will see her within 72 hours of her return."),
        ("p", "6.2 If Leah self-harms so that she needs medical treatment, or says she wants to end her life, "
              "Danielle will take her to A&E at Rushbarrow General at once and the CAMHS crisis team will see "
              "her the same day."),
        ("p", "6.3 If Danielle can no longer have Leah (her support breaks down or her landlord objects), Mark "
              "Tate will offer Leah an emergency supported lodgings place that day, and if none is free Jordan "
              "will place her with Rushbarrow foster carers that night."),
        ("p", "6.4 If Leah goes missing or stays at Quay Street twice in any four weeks, or she still has no "
              "stable place to live at the core group on 21/04/2026, Jordan will ask Fiona Hale for a legal "
              "planning meeting within 5 working days."),
        ("h1", "7. Core group and review"),
        ("p", "7.1 Core group every four weeks, Tuesdays at 4pm at Rushbarrow Youth Hub: 24/03/2026, 21/04/2026, "
              "19/05/2026 and 16/06/2026."),
        ("p", "7.2 Second review child protection conference: 30/06/2026 at 10am, Rushbarrow Town Hall."),
        ("p", "7.3 Leah will be invited to every core group and to the review, with her advocate."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, 15-year-old girl, 23-year-old "boyfriend", missing episodes,
#    found in a hotel. Plain-text case-system print, each action a block of
#    field lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_ryddington_case_print_action_fields_harker.txt",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plain-text-case-system-print-field-lines-upper-case-sections-reasons-young-persons-views-working-well-outcomes-then-numbered-action-blocks-what-who-when-measure-contingency-meetings",
    "description": (
        "Initial conference plan for a 15-year-old missing six times since August, found in a hotel with "
        "two men; her 23-year-old 'boyfriend' drives her to parties. A plain-text case-system print in "
        "which each action is a block of What / Who / When / Measure lines; most blocks are sound "
        "(return interviews within 72 hours, a warning notice, the inclusion lead, CAMHS, the "
        "grandmother's Saturdays and school gate). Faults: a safety plan with no measure, phone checks "
        "with no owner, a sexual health appointment 'when Skye is ready', 'Everyone in the network' to "
        "share sightings, Talking Therapies only supporting the mother and measured by 'Donna feels "
        "better'; the grandmother carries two actions with no fallback, and the review date is 'to be "
        "confirmed'."
    ),
    "text": """\
RYDDINGTON COUNCIL - CHILDREN'S SERVICES                          CASE RECORD PRINT
CHILD PROTECTION PLAN (INITIAL CONFERENCE)     Printed 12/11/2025 10:41  User: HBAXTER
====================================================================================
Subject ......... Skye HARKER   DOB 17/05/2010 (15)   Case ID 4471902
Address ......... 31 Wharf Street, Ryddington RY6 3LB
Household ....... Donna HARKER (mother, 34); Kayden HARKER (brother, 9)
Wider family .... Maureen HARKER (maternal grandmother), 2 Orchard Row, Ryddington
Category ........ Sexual abuse (child sexual exploitation)
Conference ...... ICPC 11/11/2025, Ryddington Town Hall. Chair: Paula Whitcombe
Lead SW ......... Holly Baxter, Exploitation and Missing Team
------------------------------------------------------------------------------------

SECTION 1  REASONS FOR PLAN

Skye has been reported missing six times since 02/08/2025. Each time she was with,
or came back from, Connor Webb (23), who she calls her boyfriend. He drives a
silver Astra and takes her to parties in Bramwell. On 25/10/2025 police found Skye
in a Bramwell hotel room with two men aged 28 and 31; she had been drinking and
had a new phone she would not explain. She has been suspended from Ryddington
Academy twice this term and her attendance is 68%. The school nurse has seen cuts
on her wrists. Donna has depression and is prescribed sertraline by her GP; she
told conference she "can't control" Skye and goes to bed early. Kayden is often
looked after by Skye in the evenings.

SECTION 2  SKYE'S VIEWS (SKYE'S OWN WORDS, RECORDED BY SW 06/11/2025)

"Connor's not a paedo, he's my boyfriend. He's the only one who takes me places.
Everyone makes it sound disgusting. The hotel thing wasn't what you think. Well,
it was, a bit. I didn't want to be there when his mates came. I rang Nan after
but I didn't tell her where I was.

I go out because home is boring and Mum's always in bed. I do Kayden's tea most
nights. I'm not bothered about school but I'd go if they stopped sending me out
of lessons for nothing. I like Mr Ruddock, he doesn't shout.

I want Connor left alone. I want my own room back, not sharing with Kayden. I want
to do hair and beauty at college. Nan's is the best place, I'd live there if I
could."

Skye scored how safe she feels with Connor 8/10, at home 5/10, at Nan's 10/10.

SECTION 3  WORKING WELL

Skye rings her nan when she is scared, and she has come home each time. Maureen
is close to Skye and already has her some weekends. Skye has a Saturday job at a
salon on Market Street and has never missed a shift. Donna came to conference and
agreed to the plan.

SECTION 4  OUTCOMES

O1  Skye is not with Connor Webb or any adult who harms her, and has no missing
    episodes for a month before the review conference.
O2  Skye goes to school every day and her attendance is over 90% by the end of the
    spring term.
O3  Skye gets sexual health advice and care from someone she trusts.
O4  Skye lives at home with an adult who knows where she is and acts at once when
    she is not home.

SECTION 5  ACTIONS

ACTION 01
  What ...... Return home interview with Skye after every missing episode, by a
              worker she knows
  Who ....... Aimee Clarke, Ryddington Return Interview Service
  When ...... After every missing episode, within 72 hours
  Measure ... Return interview record on Skye's file; themes shared with the
              police exploitation team

ACTION 02
  What ...... Visit Skye and see her alone; complete the 8-session CSE direct work
              programme with her
  Who ....... Holly Baxter, SW
  When ...... Weekly from 13/11/2025
  Measure ... Visit records show Skye seen alone; 8 session records by 09/01/2026

ACTION 03
  What ...... Write a safety plan with Skye covering who she calls and how she gets
              home if Connor turns up
  Who ....... Holly Baxter, SW
  When ...... By 21/11/2025
  Measure ...

ACTION 04
  What ...... Skye's phone and Snapchat to be checked for contact from Connor
  Who ....... -
  When ...... Each weekend
  Measure ... Any contact screenshotted and passed to police

ACTION 05
  What ...... Sexual health appointment at the Ryddington Young People's Clinic,
              including contraception and testing
  Who ....... Lisa Moran, sexual health nurse
  When ...... When Skye is ready
  Measure ... Clinic letter to the SW

ACTION 06
  What ...... Serve a Child Abduction Warning Notice on Connor Webb and stop his car
              when it is seen near Wharf Street
  Who ....... DC Owen Pryce, Ryddington Police Exploitation Team
  When ...... By 21/11/2025
  Measure ... Copy of the notice on Skye's file; each stop recorded on the police
              system and reported to the core group

ACTION 07
  What ...... Share any sighting of Connor's silver Astra near Wharf Street or the
              school
  Who ....... Everyone in the network
  When ...... Same day
  Measure ... Sightings logged with police

ACTION 08
  What ...... Phased return from suspension with a key adult and a safe space at
              break and lunch
  Who ....... Mr Simon Ruddock, inclusion lead, Ryddington Academy
  When ...... From 17/11/2025, checked every Friday
  Measure ... Weekly attendance print to the SW; attendance over 90% by the end of
              the spring term

ACTION 09
  What ...... Assessment of Skye's low mood and the cuts seen by the school nurse
  Who ....... Dr Farah Mir, Ryddington CAMHS
  When ...... By 12/12/2025
  Measure ... Assessment report and any treatment plan sent to the SW

ACTION 10
  What ...... Support for Donna with her low mood and anxiety
  Who ....... Ryddington Talking Therapies
  When ...... Weekly sessions from 18/11/2025
  Measure ... Donna feels better

ACTION 11
  What ...... Have Skye to stay every Saturday night, collecting her from the salon
              when her shift ends at 6pm
  Who ....... Maureen Harker (grandmother)
  When ...... Every Saturday
  Measure ... Maureen texts the SW each Sunday morning that Skye stayed

ACTION 12
  What ...... Collect Skye from school on the days Connor has been waiting outside
  Who ....... Maureen Harker (grandmother)
  When ...... Every Wednesday and Friday, 3.15pm
  Measure ... School gate log signed by Maureen and checked by Mr Ruddock

ACTION 13
  What ...... Report Skye missing to police if she is not home by 10pm and is not
              answering her phone
  Who ....... Donna Harker (mother)
  When ...... By 10.30pm each time
  Measure ... Police reference number texted to the SW the next morning

SECTION 6  CONTINGENCY

If Skye is missing, or is seen with Connor Webb or in his car, Donna will report
her missing to police straight away, police will look for her and bring her home,
and the SW (or the Emergency Duty Team) will hold a strategy discussion with
police the same day. If Skye goes missing three times in any four weeks, the SW
will request a legal planning meeting within five working days.

SECTION 7  MEETINGS

CORE GROUP ...... Monthly, first on 25/11/2025, Ryddington Academy
REVIEW CPC ...... Date to be confirmed
====================================================================================
END OF PRINT
""",
    "findings": [
        F("M001", "Write a safety plan with Skye covering who she calls"),
        F("W001", "Skye's phone and Snapchat to be checked for contact"),
        F("T002", "Sexual health appointment at the Ryddington Young People's Clinic"),
        F("W002", "Share any sighting of Connor's silver Astra"),
        F("H001", "Support for Donna with her low mood and anxiety"),
        F("M002", "Support for Donna with her low mood and anxiety"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review plan, 14-year-old boy, knife in his bag, threats on
#    Snapchat, at risk of permanent exclusion, young carer for a father with
#    depression. Markdown bullets. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_ravelhope_rcpc_markdown_bullets_farrelly.md",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-markdown-family-list-worries-young-persons-words-working-well-outcomes-then-bold-owner-bullets-what-will-happen-contingency-meetings",
    "description": (
        "First review conference plan for a 14-year-old who was found with a knife in his school bag, "
        "has been threatened on Snapchat and is at risk of permanent exclusion, and who looks after his "
        "sister when their father's depression is bad. Markdown bullets with a bold owner; most are "
        "sound (weekly SW visits, YOT knife crime programme, police engagement officer, young carers, "
        "housing). Faults: an ownerless 'keep talking to Leon' with no time or measure, the inclusion "
        "lead to rebuild his timetable 'as soon as possible', boxing 'when he can', the CMHT care "
        "co-ordinator only supporting the father, and an outcome about the father only."
    ),
    "text": """\
# Child protection plan — Leon Farrelly (14)

**Ravelhope City Council · Children's Social Care · Safeguarding Team (West)**
First review child protection conference, Tuesday 10/02/2026 · Chair: Deborah Nwosu · Category: neglect
Social worker: Tom Arkwright · Team manager: Sarah Lindley

## Leon's family

- **Leon Farrelly**, 14 (DOB 30/03/2011), Year 9 at Ravelhope Academy
- **Grace Farrelly**, 9, Leon's sister, Year 5 at St Anne's Primary
- **Dean Farrelly**, 44, dad; sole carer since their mum moved to Cork in 2023
- **Siobhan Farrelly**, Dean's sister, 14 Lark Rise, Ravelhope

## What we are worried about

On 01/12/2025 a kitchen knife was found in Leon's school bag. He said he carried it because boys from the
Ravelhope Park estate had been sending him threats on Snapchat, including a video of a blade with his
name on it. He was suspended for ten days and the academy has said a further serious incident would
mean permanent exclusion. He accepted a youth caution in January, with a condition that he works with
the youth offending team.

Dean has depression. Since the autumn he has often stayed in bed until the afternoon, and Leon gets
Grace up, makes her breakfast and takes her to school, which is why he is late most days. Leon's
attendance this year is 74%. Dean is under the Ravelhope Community Mental Health Team.

## What Leon says

Leon talked to Tom at the skate park on 03/02/2026:

> "I'm not a knife person. I was just scared. They said they'd stab me when I walked past the shops,
> and I've got to walk past the shops to get Grace. I haven't carried it since, I swear.
>
> Dad's not lazy, he's ill. Some days he's fine. I don't mind doing Grace's breakfast, I just wish
> school would stop giving me detentions for being late when I'm doing it.
>
> I liked boxing. I want to go back. And I want us to move away from the Park, because it's not going
> to stop."

Leon scored how safe he feels walking to school 3 out of 10 and at home 7 out of 10.

## What is working well

Leon has not carried a knife since December and has gone to every YOT appointment so far. He is close
to Grace and proud of looking after her. Dean came to the conference and wants help. Siobhan sees the
family every week and has offered to help more.

## What we want for Leon

- Leon does not carry a knife and is not hurt, threatened or arrested before the next review.
- Leon stays at Ravelhope Academy, with no more suspensions and attendance over 90% by the summer term.
- Leon and Grace are looked after by an adult in the mornings and after school, and Leon is not
  Grace's carer.
- Dean's depression is under control.

## What will happen

- **Tom Arkwright (SW)** will see Leon on his own every Tuesday after school, and at least once a month
  at the skate park or wherever Leon chooses; his visit records will say where Leon was seen and what
  he said.
- **Leon and his YOT worker, Jess Okafor,** will meet every Thursday at 4pm at the YOT office for the
  12-week knife crime programme that is part of his youth caution; Jess will send Tom the attendance
  record and Leon's end-of-programme review by 07/05/2026.
- Keep talking to Leon about carrying knives and who he spends time with.
- **PC Sam Reilly (Ravelhope Police youth engagement officer)** will see Leon at school every two weeks
  about the Snapchat threats, and log each meeting and any new threat on the police system, with a copy
  to Tom.
- **Mrs Bernadette Okonjo (inclusion lead, Ravelhope Academy)** will build Leon's hours back up to a full
  timetable as soon as possible; his attendance record will show the hours he is in school.
- **Leon** will go to the Rooftop boxing club when he can, and his coach will tell Tom how often he comes.
- **Priya Nandi (Dean's care co-ordinator, Ravelhope CMHT)** will keep visiting Dean every fortnight to
  support him with his depression and his medication, and will send Tom her visit dates.
- **Dean** will be up and take Grace to school every weekday from 11/02/2026, and be home when she gets
  back at 3.30pm; St Anne's register will show who brought Grace, and Leon's late marks will fall.
- **Carol Whitlam (Ravelhope Young Carers)** will complete Leon's young carer's assessment by 06/03/2026
  and send it to Tom, with a start date for the Saturday group.
- **Tom Arkwright (SW)** will ask Ravelhope Housing for a management transfer away from Ravelhope Park by
  20/02/2026, because of the threats to Leon; the housing officer's written decision will go on Leon's
  file.

## If things go wrong

If Leon is found with a knife, is threatened or hurt, or is out after 10pm and not answering his phone,
Dean will call the police straight away, Tom (or the Emergency Duty Team) will hold a strategy
discussion with police the same day, and Leon and Grace will stay with Siobhan at 14 Lark Rise until
it is safe. If Siobhan cannot have them, Tom will arrange for them to stay together with Ravelhope
foster carers that night.

If Leon is permanently excluded or arrested again, or the children are still not looked after in the
mornings at the core group on 07/04/2026, Tom will ask Sarah Lindley for a legal planning meeting within
5 working days.

## Meetings

- Core group every four weeks, Tuesdays at 4pm at Ravelhope Academy: 10/03/2026, 07/04/2026 and
  05/05/2026.
- Second review child protection conference: 14/07/2026 at 10am, Ravelhope Council House.
""",
    "findings": [
        F("W001", "Keep talking to Leon about carrying knives and who"),
        F("T001", "Keep talking to Leon about carrying knives and who"),
        F("M001", "Keep talking to Leon about carrying knives and who"),
        F("T002", "build Leon's hours back up to a full"),
        F("T002", "will go to the Rooftop boxing club when he can"),
        F("H001", "keep visiting Dean every fortnight to support him"),
        F("F002", "Dean's depression is under control."),
    ],
})
