"""Batch 112, module s: seven fictional plans (held-out material), places beginning with "s".

Everything here is made up: young people, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans for teenagers (13 to 17) where the young person is the main actor
and much of the risk is outside the home: going missing, criminal and sexual
exploitation, county lines, self-harm, school exclusion, an older boyfriend,
a young carer. Actions are shared with the young person and with services
rarely met in baby plans (youth offending team, CAMHS, a missing-from-home
return interview service, the police exploitation team, a school inclusion
lead, a sexual health nurse, a housing officer).

Four plans are exemplary: a Word contextual safeguarding plan with a
peers-and-places section and two action tables; a PDF whose action table has
two columns, "the risk" merged down and "what we will do" holding who, when
and how we will know; a Markdown young person's plan in the first person
with the young person's own "My bit"; and a plain-text review plan in
numbered paragraphs. The other three (a Word action log from an exploitation
meeting, a PDF review plan in a classic table for a family moving to another
authority, and a plain-text email of an initial plan with a contingency that
rests on the young person alone) carry a realistic mix of faults among good
rows.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC contextual safeguarding plan, 15-year-old boy drawn into county
#    lines. Peers-and-places section; two action tables (home / peers, places
#    and school). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_snarrowgate_contextual_safeguarding_peer_place_tavares.docx",
    "doc_title": "Child Protection Plan (contextual safeguarding) - Reuben Tavares",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-word-contextual-safeguarding-plan-details-list-why-reubens-own-words-working-well-peers-and-places-bullets-outcomes-then-two-four-column-tables-home-and-peers-places-school-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 15-year-old boy found twice in a drug-supply flat in "
        "another town, with threats made to the family home. A contextual safeguarding plan: a "
        "peers-and-places section (the four boys he spends time with, the skate park, the bus station, "
        "the late train) and two action tables, one for Reuben and home and one for peers, places and "
        "school, shared with Reuben himself, the YOT, the return interview service, the police "
        "exploitation team, detached youth workers, the inclusion lead and the housing officer. Every "
        "row has a named lead, a timescale and something that will be seen; the uncle's part has a "
        "fallback; legal planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Snarrowgate Borough Council · Children's Services · Adolescent Safeguarding Team · "
              "Contextual safeguarding plan"),
        ("kv", [
            ("Young person", "Reuben Tavares (15), DOB 03/02/2010"),
            ("Address", "22 Quarry Rise, Beckside estate, Snarrowgate SN4 7HP"),
            ("Mother", "Carla Tavares (41), care assistant; works nights Monday to Wednesday"),
            ("Sister", "Lia Tavares (9), Beckside Primary"),
            ("Father", "Nuno Tavares, lives in Porto; video calls with Reuben some Sundays"),
            ("Uncle", "Marco Tavares (Carla's brother), 6 Linden Walk, Snarrowgate"),
            ("Category", "Physical abuse (significant harm outside the home: criminal exploitation)"),
            ("Initial conference", "09/09/2025, Snarrowgate Civic Centre. Chair: Yvonne Ashdown (IRO)"),
            ("Social worker", "Dominic Achebe (team manager: Marion Cole)"),
            ("Youth offending team", "Kwame Asante, case manager (referral order made 18/07/2025, ends "
                                     "17/01/2026)"),
        ]),
        ("h1", "Why Reuben has a plan"),
        ("p", "Reuben has been missing from home seven times since April 2025, usually from a Friday evening to the "
              "Sunday. Twice he has been found by Ashby Vale Police, forty miles away, in a flat used to sell crack "
              "cocaine and heroin. On 22/08/2025 he was found there with 14 wraps, £380 in cash and two phones; a "
              "kitchen knife was on the table. He told officers he “owed” money after a package was taken from him. "
              "Since then Carla has had messages saying the family “will pay”, and on 29/08/2025 a brick was thrown "
              "through the front window while Lia was asleep upstairs. Reuben was excluded from Snarrowgate "
              "Academy twice in the summer term for leaving site and for carrying a vape full of cannabis oil. A "
              "National Referral Mechanism referral was made on 26/08/2025 and a positive reasonable grounds "
              "decision came on 03/09/2025."),
        ("h1", "What Reuben says"),
        ("p", "Reuben (seen on his own in the car, 04/09/2025, and at the YOT office, 08/09/2025): “It started "
              "with running bits to people round here for a bit of money. Then they said I owed them for a bag "
              "that got robbed, which wasn't even my fault, and I had to go up to Ashby to pay it off. You sit in "
              "a flat all weekend and you can't sleep because people are knocking all night. I didn't want Mum to "
              "know. When the window went in I felt sick, because Lia was in. I'm not a grass, so don't make me "
              "give names.”"),
        ("p", "He said the best part of his week is boxing at Beckside on Tuesdays and Thursdays: “Andy doesn't "
              "chat rubbish to me.” He wants to go to a new school “where nobody knows me”, to get his CSCS card "
              "and work on building sites like his uncle, and for his mum “to stop crying”. He scored how safe "
              "he feels at home 6 out of 10, and in town after dark 2 out of 10. He asked that visits are not "
              "always at the house, because “people see the car”."),
        ("p", "Lia (seen at school, 05/09/2025) said she is scared when the doorbell goes at night and that she "
              "sleeps in her mum's bed now. She drew Reuben with a big smile “from before”."),
        ("h1", "What is working well"),
        ("p", "Carla reported Reuben missing every time and has kept a diary of when he goes out and comes back. "
              "Reuben has gone to every YOT appointment since July and has started to talk about what happened. "
              "Marco has offered to have him to stay at weekends and to take him to boxing. Harbour Academy has "
              "offered a managed move with a fresh start. Reuben has not been missing since 22/08/2025."),
        ("h1", "Peers and places"),
        ("p", "This is what the police exploitation team, the detached youth workers, the YOT and Reuben himself "
              "have told us about where and with whom the harm happens. It is the context the actions in Part B "
              "are aimed at."),
        ("bullets", [
            "Peers: Reuben spends most evenings with four boys aged 14 to 17 from the Beckside estate. Two of "
            "them are also known to the exploitation team; the oldest is believed to recruit younger boys for "
            "an adult known as “Deeks”.",
            "Riverside skate park: the group meets there most evenings after 7pm; cars stop on the service road "
            "and boys are called over.",
            "Quay Street: the chicken shop and the bus station opposite are where Reuben was picked up by car "
            "on three of his missing episodes.",
            "The 21.40 train to Ashby Vale: on two episodes Reuben was seen on station CCTV boarding it alone.",
            "Online: a Snapchat group where jobs are offered, and a second “work” phone that Reuben says he has "
            "now thrown away.",
            "Places that are safe for Reuben: Beckside Boxing Club, his uncle Marco's flat, and the YOT office.",
        ]),
        ("h1", "What we want for Reuben"),
        ("bullets", [
            "Reuben is never missing: every night he is at home, or somewhere safe that Carla knows about.",
            "Reuben is no longer used to carry or sell drugs, and the adults and older boys who exploit him "
            "are disrupted and kept away from him.",
            "Reuben is in school full time at Harbour Academy, with attendance over 90% from November.",
            "Reuben, Lia and Carla feel safe at home, with no further threats or attacks on the house.",
        ]),
        ("h1", "Action plan"),
        ("h2", "Part A – Reuben and home"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["See Reuben on his own, at least one visit a fortnight away from the house (gym, café or car), "
                 "and ask him about any new phone, money, clothes or injuries",
                 "Dominic Achebe, social worker (SW)", "Every week from 10/09/2025",
                 "Visit records on Mosaic show Reuben seen alone each week, with his own words and his answers "
                 "about phones, money, clothes and injuries"],
                ["Be home by 9pm Sunday to Thursday and 10.30pm on Friday and Saturday; when out after 8pm, text "
                 "Mum where he is and who he is with",
                 "Reuben, with Carla checking", "Every evening from 10/09/2025",
                 "Carla's home-time log shown to the SW at each visit; no missing episodes in the four weeks "
                 "before the core group on 14/10/2025"],
                ["Hold a return home interview with Reuben after every missing episode, with an independent worker "
                 "he has already met",
                 "Priya Mistry, Open Door Missing Service", "After every missing episode, within 72 hours",
                 "Return interview record sent to the SW and the police missing person co-ordinator within 72 "
                 "hours; any new names or places added to the peer map"],
                ["Deliver Reuben's referral order sessions, including six sessions on exploitation, debt bondage "
                 "and how to get out safely",
                 "Kwame Asante, YOT case manager",
                 "Mondays and Thursdays at 4pm until 17/01/2026; the six sessions by 31/10/2025",
                 "YOT attendance record emailed to the SW every Friday; Reuben's completed exploitation workbook "
                 "on file by 31/10/2025"],
                ["Meet Reuben to talk about his cannabis use and agree his own goals for cutting down",
                 "Hattie Lowe, Snarrowgate Young People's Drug and Alcohol Service",
                 "Every Wednesday after school from 17/09/2025",
                 "Session log sent to the SW every other Friday; Reuben's weekly use diary shows fewer days "
                 "using by 25/11/2025"],
                ["Attend the six-week Parents Against Exploitation group, and write with the SW a plan for what "
                 "Carla does when Reuben is late home",
                 "Carla Tavares (Mum)", "Tuesdays at 6pm, 16/09/2025 to 21/10/2025; written plan by 23/09/2025",
                 "Group attendance sheet sent to the SW; the written plan on the fridge and on Reuben's file"],
                ["Have Reuben to stay every Saturday night and take him to boxing training on Sunday morning",
                 "Marco Tavares (maternal uncle)", "Every Saturday night from 13/09/2025",
                 "Marco texts the SW and Carla when Reuben arrives and when he drops him home; the SW checks the "
                 "texts at each visit"],
                ["Fit a video doorbell and window locks at 22 Quarry Rise, and assess the family for a management "
                 "transfer away from the Beckside estate",
                 "Sean Pritchard, housing officer, Snarrowgate Homes",
                 "Doorbell and locks by 19/09/2025; transfer decision by 31/10/2025",
                 "Works order signed off by 19/09/2025; written transfer decision sent to Carla and the SW by "
                 "31/10/2025"],
                ["Do two sessions of direct work with Lia about what has happened at home and what she does if "
                 "someone comes to the door at night",
                 "Dominic Achebe (SW)", "Both sessions by 03/10/2025",
                 "Lia's drawings and words from both sessions on her file; Lia can tell the SW her plan at the "
                 "next visit"],
            ],
        }),
        ("h2", "Part B – Peers, places and school"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Serve child abduction warning notices on the two adults who took Reuben to Ashby Vale, and share "
                 "the peer map with Ashby Vale Police",
                 "DS Lorna Pike, Snarrowgate Police Child Exploitation Team", "By 26/09/2025",
                 "Copies of both served notices and the updated peer map sent to the SW by 26/09/2025"],
                ["Run detached youth work at Riverside skate park and on Quay Street, and get to know Reuben's "
                 "friends by name",
                 "Jess Ndlovu, Snarrowgate Detached Youth Team", "Every Friday and Saturday, 6pm to 10pm",
                 "Session notes sent to the SW and DS Pike each Monday, saying which young people were seen, "
                 "with whom, and any cars stopping"],
                ["Visit the Quay Street chicken shop and the bus station staff to ask them to ring 101 when boys "
                 "are collected by cars, and patrol both places",
                 "PC Tom Reid, Snarrowgate Neighbourhood Policing Team",
                 "Visits by 19/09/2025; patrols every Friday and Saturday evening",
                 "Patrol log emailed each Monday to DS Pike and the SW, with the number of calls from shop and "
                 "station staff"],
                ["Start Reuben at Harbour Academy on a managed move, building his timetable up to full time, with "
                 "a named mentor who meets him at the gate each morning",
                 "Mrs Denise Faulkner, inclusion lead, Harbour Academy",
                 "Start 15/09/2025; full timetable from 03/11/2025, after half-term",
                 "Attendance sent to the SW every Friday; attendance over 90% from 03/11/2025; mentor named in "
                 "Reuben's pastoral plan"],
                ["Hold a peer group meeting about Reuben and the four boys he spends most time with, and agree a "
                 "safety plan for the group across their schools",
                 "Dominic Achebe (SW), with Fiona Gale, contextual safeguarding lead", "Meeting by 10/10/2025",
                 "Peer group assessment written and sent to the three schools and DS Pike by 17/10/2025"],
                ["Keep Reuben's place at Beckside Boxing Club free of charge, and text the SW the same evening if "
                 "he does not come",
                 "Andy Coyle, head coach, Beckside Boxing Club", "Every Tuesday and Thursday session, 6pm",
                 "Club register sent to the SW every other Friday; a text on any evening Reuben misses"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Reuben is not home 30 minutes after his time and has not texted, Carla will ring him once and then "
              "report him missing to Snarrowgate Police on 101 (999 if she thinks he is in danger) and tell the SW, "
              "or the Emergency Duty Team out of hours. The SW will hold a strategy discussion with the police on "
              "the day he is found, and Open Door will hold his return interview within 72 hours."),
        ("p", "If Reuben is found in Ashby Vale or at any address linked to drug supply, or the family is threatened "
              "again, the SW will hold a strategy discussion with the Child Exploitation Team the same day, and "
              "Carla, Reuben and Lia will stay that night with Marco at 6 Linden Walk."),
        ("p", "If Marco cannot have Reuben on a Saturday, or cannot take the family in (he is away or unwell), the "
              "SW will arrange that day for the family to go to emergency accommodation through Snarrowgate "
              "Homes, or, if the risk is to Reuben alone, for him to go to an emergency foster placement outside "
              "Snarrowgate."),
        ("p", "If Reuben goes missing three times in any four weeks, is found again at a place linked to drug "
              "supply, or his attendance is below 80% on 03/11/2025, the SW will ask Marion Cole for a legal "
              "planning meeting within five working days, to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 4.30pm at Beckside Youth Hub: 23/09/2025, 14/10/2025, "
            "04/11/2025 and 25/11/2025.",
            "Review child protection conference: 02/12/2025, 10am, Snarrowgate Civic Centre.",
            "Reuben will be asked before each core group what he wants said, and can come for the first half "
            "hour with Kwame.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan, 14-year-old girl groomed by a 20-year-old man, missing
#    overnight, self-harm; mother with depression. Two-column "risk | what we
#    will do" table, risk merged down. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_stilbourne_icpc_two_column_risk_merged_kinsella.pdf",
    "doc_title": "Child Protection Plan - Ellie Kinsella",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-why-ellies-words-working-well-outcomes-then-two-column-risk-merged-down-what-we-will-do-cell-with-who-when-how-we-will-know-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old girl groomed by a 20-year-old man, missing "
        "overnight five times, cutting herself, whose mother has depression. A Word plan printed to PDF "
        "with a page header and footer. The action table has two columns: the risk, merged down over "
        "its actions, and 'what we will do', each cell one action naming who, when and how we will "
        "know. The exploitation worker, sexual health nurse, return interview service, CAMHS, school "
        "and the police each have a row; the CMHT care co-ordinator reports on the mother's capacity "
        "to change and the GP reviews her medication. The aunt's part has a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Stilbourne County Council – Children and Families",
    "footer": "Ellie Kinsella – Child Protection Plan (ICPC 16/09/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Stilbourne County Council · Children and Families · Stilbourne South Safeguarding Team"),
        ("kv", [
            ("Young person", "Ellie Kinsella (14), DOB 11/06/2011, Year 10 at Stilbourne Park School"),
            ("Address", "31 Chandler Way, Stilbourne ST9 2LF"),
            ("Mother", "Rachael Kinsella (39)"),
            ("Father", "Gavin Rowe (41), 8 Kiln Lane, Stilbourne; sees Ellie some weekends"),
            ("Maternal aunt", "Bernadette (Bernie) Kinsella, 4 Oak Mews, Stilbourne"),
            ("Category", "Sexual abuse (child sexual exploitation)"),
            ("Initial conference", "16/09/2025, Stilbourne County Hall. Chair: Martin Oyelowo"),
            ("Social worker", "Claire Hewson (team manager: Irene Walsh)"),
        ]),
        ("h1", "Why Ellie has a plan"),
        ("p", "Since June 2025 Ellie has been missing overnight five times. Twice the police found her at 2am in a "
              "car in the lay-by on the Stilbourne bypass with Dean Marsh, who is 20, and another man; there was "
              "vodka and cannabis in the car. Dean has bought Ellie a phone, vapes and clothes, and picks her up "
              "from the end of the road. On 30/08/2025 Ellie went to Stilbourne General A&E with cuts to her "
              "forearm that needed steri-strips; she said she did it after Dean stopped answering her messages. "
              "Rachael has depression and has spent most days in bed since she stopped her antidepressant in the "
              "spring; on two of the nights Ellie was missing she did not know until the next afternoon. Ellie's "
              "attendance last term was 71%."),
        ("h1", "What Ellie says"),
        ("p", "Ellie (seen on her own at school, 10/09/2025, and at home, 12/09/2025): “Dean's not what you lot "
              "think. He's the only one who actually listens to me. Mum's always in bed and Dad's got his new "
              "family. When I'm with Dean I don't have to think about any of it. His mates are a bit much "
              "sometimes, and one of them tried it on in the car and Dean just laughed, and that was horrible. I "
              "cut when my head gets too loud, not because I want to die.”"),
        ("p", "She said she would talk to “a woman, not a police officer”, and that she likes Mr Penrose at school "
              "“because he doesn't make a big deal”. She wants her mum “back to normal”, to stay at Auntie Bernie's "
              "more, and to do hair and beauty at college. She scored how safe she feels at home 5 out of 10 and "
              "out with Dean's friends 3 out of 10."),
        ("h1", "What is working well"),
        ("p", "Ellie came back from A&E willing to see CAMHS. Rachael came to conference, agreed she has not been "
              "well enough to keep track of Ellie, and has an appointment with her GP. Bernie has Ellie most "
              "Friday nights and Ellie says she feels calm there. Ellie gets on with her Head of Year and has "
              "asked to see the school nurse."),
        ("h1", "What we want for Ellie"),
        ("bullets", [
            "Ellie is not missing: every night she is at home or at Bernie's, and Rachael knows where she is.",
            "Ellie has no contact with Dean Marsh or the men he introduces her to, and understands how she was "
            "groomed.",
            "Ellie keeps herself safe when she feels overwhelmed and cuts herself less, with CAMHS helping her.",
            "Ellie is in school every day, with attendance over 90% by half-term.",
            "Ellie is cared for by a mum who is well enough to know where she is and to notice how she is.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row is one action. The right-hand cell says who will do it, when, and how we will know it has "
              "happened."),
        ("table", {
            "header": ["The risk to Ellie", "What we will do: who, when, and how we will know"],
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Ellie is being groomed and sexually exploited by Dean Marsh (20) and older men he introduces "
                 "her to.",
                 "Claire Hewson (social worker) will see Ellie on her own every week from 17/09/2025, at school or "
                 "away from home, and will write Ellie's own words and her safety score on Mosaic after each "
                 "visit."],
                [V,
                 "DC Aisha Rahman (Stilbourne Police Exploitation Team) will serve a child abduction warning notice "
                 "on Dean Marsh by 26/09/2025 and send the SW a copy of the served notice the same day."],
                [V,
                 "Jo Whitcombe (specialist exploitation worker, the Harbour Project) will see Ellie every Tuesday "
                 "after school from 23/09/2025 for twelve sessions on healthy relationships and grooming, and will "
                 "send the SW a note each Wednesday with Ellie's own score of how safe she feels."],
                [V,
                 "Carol Bishop (school sexual health nurse) will see Ellie at the Stilbourne Park drop-in every "
                 "other Thursday from 18/09/2025 for contraception, STI testing and advice, and will confirm to "
                 "the SW after each appointment that Ellie attended."],
                ["Ellie goes missing overnight and nobody knows where she is.",
                 "Ellie will text her mum at 8pm and 10pm on any evening she is out, saying where she is and who "
                 "she is with, and be home by 10pm on school nights and 11pm at weekends, from 16/09/2025; Rachael "
                 "will show the SW the texts at each visit, and we aim for no missing episodes for a month by the "
                 "core group on 16/10/2025."],
                [V,
                 "Rachael will ring Stilbourne Police to report Ellie missing whenever she is not home 30 minutes "
                 "after her time and not answering, from 16/09/2025, and will text the SW the police reference "
                 "number the same night."],
                [V,
                 "Sam Okafor (Stilbourne Missing Service) will hold a return interview with Ellie after every "
                 "missing episode, within 72 hours, and send the return interview record to the SW and DC Rahman "
                 "within 72 hours."],
                [V,
                 "Bernie Kinsella (maternal aunt) will have Ellie to stay every Friday night from 19/09/2025, and "
                 "will text the SW when Ellie arrives and when she leaves."],
                ["Ellie cuts herself when she feels low or after arguments with Dean.",
                 "Dr Helen Marr (Stilbourne CAMHS) will complete Ellie's assessment by 03/10/2025 and then see her "
                 "every Thursday at 4.30pm, and will write to the SW after the assessment and before each core "
                 "group with Ellie's risk plan and how often she has cut herself."],
                [V,
                 "Mr Luke Penrose (Head of Year 10 and DSL, Stilbourne Park School) will check in with Ellie at "
                 "8.40am every school day and give her a pass to the wellbeing room, logging each check-in on "
                 "CPOMS and emailing the SW a summary every Friday."],
                ["Rachael's depression means she is often in bed, does not notice when Ellie is out, and has not "
                 "reported her missing.",
                 "Mark Ellery (care co-ordinator, Stilbourne Community Mental Health Team) will visit Rachael every "
                 "fortnight from 22/09/2025, and will write to each core group on whether she is making the "
                 "changes Ellie needs, what still has to change and how long it is likely to take."],
                [V,
                 "Dr Sunita Bose (GP, Meadow Lane Surgery) will review Rachael's antidepressant by 30/09/2025 and "
                 "send the SW and Mark Ellery the medication plan that week, so that Ellie's care at home can be "
                 "planned around it."],
                ["Ellie is missing school and may be excluded.",
                 "Mrs Yvonne Tait (inclusion lead, Stilbourne Park School) will agree a support plan with Ellie and "
                 "Rachael by 26/09/2025, with a mentor and no more than two weeks on a reduced timetable, and will "
                 "send the SW Ellie's attendance every Friday; the aim is attendance over 90% by half-term "
                 "(24/10/2025)."],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("p", "If Ellie is missing overnight, is found with Dean Marsh or any adult man not known to the family, or "
              "tells anyone about sexual contact, Rachael, or whoever finds out, will call the police straight "
              "away; the SW will hold a strategy discussion with DC Rahman the same day, and Ellie will stay that "
              "night with Bernie at 4 Oak Mews."),
        ("p", "If Ellie cuts herself and the wound needs treatment, or says she wants to end her life, Rachael will "
              "take her to Stilbourne General A&E the same day, and the CAMHS crisis team will see her before she "
              "goes home."),
        ("p", "If Bernie cannot have Ellie (she is away or unwell), the SW will place Ellie with Stilbourne foster "
              "carers that night, and the next morning will ask Gavin whether Ellie can stay with him while he is "
              "assessed."),
        ("p", "If Ellie goes missing three or more times before the core group on 06/11/2025, or Mark Ellery reports "
              "that Rachael cannot make the changes within Ellie's timescale, the SW will request a legal planning "
              "meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 3.30pm at Stilbourne Park School: 25/09/2025, 16/10/2025, "
            "06/11/2025 and 27/11/2025.",
            "Review child protection conference: 09/12/2025, 10am, Stilbourne County Hall.",
            "Ellie can come to any core group, bring Jo Whitcombe with her, or send her views with Mr Penrose.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. RCPC plan written with a 15-year-old young carer in the first person:
#    self-harm, fixed-term exclusions, father with depression who drinks.
#    "My bit" in her own words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_sorvington_first_person_my_bit_quirke.md",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-markdown-young-persons-plan-first-person-about-me-my-bit-in-her-own-words-worries-going-well-what-i-want-then-subheadings-bullets-bold-owner-with-well-know-line-what-happens-if-meetings",
    "description": (
        "Exemplary first review conference plan for a 15-year-old young carer who cuts herself, has had "
        "two fixed-term exclusions and looks after her 8-year-old brother and her father, who has "
        "depression and drinks. Written with her in the first person, with a long 'My bit' in her own "
        "words; each action is a bullet with the owner in bold ('Me (Tegan)', 'Dad', named workers), a "
        "day or date, and a 'We'll know' line. CAMHS, the school's DSL and inclusion lead, young "
        "carers, the grandmother, the CMHT care co-ordinator (reporting on capacity to change) and the "
        "alcohol service all own actions; the grandmother has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
# My Child Protection Plan — Tegan Quirke

Sorvington City Council · Children's Services · written with Tegan after her review conference on
**Wednesday 14/05/2025** (chair: Hilary Nwosu). Category: neglect. This plan replaces the one made at the
initial conference on 19/02/2025.

## About me

- **Me:** Tegan Quirke, 15 (DOB 27/10/2009), Year 10 at Sorvington Academy
- **My brother:** Alfie, 8, Year 3 at St Bede's Primary
- **My dad:** Sean Quirke, 44. We live at 5 Foundry Close, Sorvington SV2 6RT.
- **My mum**, Louise, died in 2022.
- **Nan:** June Quirke, Dad's mum, 12 Ashgrove, ten minutes' walk away
- **My social worker:** Jade Okonjo (her manager is Rob Pask)

## My bit

*I wrote this myself with Jade on 16/05/2025. I said it could go in the plan as long as nobody changes it.*

> Since Mum died Dad hasn't really been Dad. Some days he's fine and makes tea and jokes about, and some days
> he doesn't get up and there's cans all down the side of the sofa. So I do Alfie. I get him up, do his
> packed lunch, take him to St Bede's, and that's why I'm late every day and then I get detentions for being
> late, which is a joke. I'm not saying Dad's a bad dad. He's sad. I'm sad too but nobody asks me that.
>
> I cut my arms when it all gets too much, usually at night when Alfie's asleep. It's not for attention, I
> wear long sleeves so nobody sees. The fights at school happened because people said stuff about Mum and I
> just went. After that I was out at the rec a lot with older lads from Year 12 and 13 because nobody there
> asks me anything. I know some of them aren't good for me.
>
> What I want: for Dad to get help properly and stop drinking, for Nan to do more with Alfie so I'm not the
> mum, to stay at Sorvington Academy and not get kicked out, and to do my GCSEs. I want to go to young carers
> because Leah from my form goes and says it's good. I don't want to go into care and I don't want Alfie to.
> I'd give home 4 out of 10 right now. At Nan's it's 8.

## What the adults are worried about

Dad has depression and has been drinking most days since Mum died. He is seen by the Community Mental Health
Team and started with Sorvington Drug and Alcohol Service in March. On two visits since the first conference he
smelt of alcohol at 10am, and on 02/05/2025 Alfie was not collected from school until 5.15pm. I cut myself, and
in April I went to A&E because one cut needed stitches. I have had two fixed-term exclusions this year, for
fighting, and I have been late to school 38 times. Twice in April Dad did not know where I was until gone
midnight.

## What's going well

- Dad has gone to nearly all his appointments since March and says he wants to stop drinking.
- Nan collects Alfie on some days and both of us feel safe at hers.
- I've had my CAMHS assessment and I like Kerry.
- I haven't had an exclusion since the first conference and Miss Rolfe is on my side.

## What I want to be different for me

1. I am not the one looking after Alfie or Dad: an adult does that, every day.
2. I keep myself safe when it all gets too much, and I cut myself less and less.
3. I stay at Sorvington Academy with no more exclusions and I'm in my form room on time, so my attendance is
   over 90%.
4. Everyone knows where I am in the evening, and I'm home at the times we agreed.

## Who is doing what

Each point is one action. The name in **bold** is who does it, it says when, and *We'll know* says what
everyone will be able to see.

### Keeping me safe when it all gets too much

- **Kerry Oduya (my CAMHS worker)** will see me every Wednesday at 4pm from 21/05/2025 and go through my
  safety plan with me each time.
  *We'll know:* Kerry writes to Jade before each core group saying how often I've hurt myself and whether my
  safety plan is working.
- **Me (Tegan)** will use my safety plan app every night before I go to sleep, from 15/05/2025, and go through
  it with Kerry at each Wednesday appointment.
  *We'll know:* Kerry sees the app entries with me each week and tells Jade in her core group letter.
- **Miss Amber Rolfe (my head of year and DSL)** will meet me every Monday at 8.40am and give me a pass to the
  Hub for when I'm getting angry.
  *We'll know:* she logs each meeting and each time I use my pass on CPOMS, and emails Jade every Friday.

### School

- **Mr Gary Lund (inclusion lead)** will put me on the Step Up programme instead of another exclusion, every
  Tuesday and Thursday afternoon from 20/05/2025 until the summer holidays.
  *We'll know:* I have no exclusions before the summer holidays and my attendance is over 90%; Mr Lund sends
  Jade my attendance every Friday.

### Not being the one who looks after Alfie and Dad

- **Dad** will get Alfie up, give him breakfast and take him to St Bede's every school day from 15/05/2025, so
  I can get to school on time.
  *We'll know:* St Bede's register shows Alfie in before 8.50am and my form register shows me in by 8.45am;
  Jade checks both each Friday.
- **Nan (June Quirke)** will collect Alfie from school and give him his tea every Tuesday and Thursday, so I
  can go to Step Up and young carers.
  *We'll know:* St Bede's collection book shows Nan's signature, and Nan texts Jade when Alfie is home.
- **Ben Carr (Sorvington Young Carers)** will do my young carer's assessment by 06/06/2025 and get me a place
  at young carers' club every other Friday.
  *We'll know:* my young carer's plan is sent to Jade by 06/06/2025 and the club register shows me there.
- **Jade Okonjo (my social worker)** will see me on my own every week, at school or somewhere I choose, and
  see Alfie at home at least every other week.
  *We'll know:* Jade's visit records show me seen alone each week with my own words written down, and Alfie
  seen at least every fortnight.

### Dad getting well

- **Priya Anand (Dad's care co-ordinator, Sorvington Community Mental Health Team)** will see Dad at home every
  two weeks and check his medication.
  *We'll know:* Priya writes to each core group saying whether Dad is making the changes Alfie and I need,
  what still has to change and how long it is likely to take.
- **Leon Fisher (Dad's recovery worker, Sorvington Drug and Alcohol Service)** will see Dad every Tuesday and
  breath-test him at each appointment.
  *We'll know:* Leon emails Jade the breath test results every Friday and tells each core group in writing
  whether Dad's drinking is changing.

### Going out

- **Me (Tegan)** will be home by 9pm on school nights and 10.30pm on Fridays and Saturdays, and text Dad at 8pm
  saying where I am and who with, from 15/05/2025.
  *We'll know:* Dad shows Jade my texts at each visit, and there are no nights before the summer holidays when
  nobody knew where I was.

## What happens if things go wrong

- **If I hurt myself and it needs more than a plaster, or I say I want to die:** Dad, or whoever is with me,
  takes me to A&E at Sorvington General straight away, and Kerry sees me the next working day.
- **If Dad has been drinking while he is looking after Alfie or me** (a positive breath test, or Alfie, me,
  school or Nan telling Jade): Alfie and I go to Nan's at 12 Ashgrove that night, and Jade holds a strategy
  discussion the same day.
- **If Nan can't have us** (she's ill or away): Jade arranges for Alfie and me to stay together with foster
  carers in Sorvington that night.
- **If Dad has two positive breath tests in a month, or by the next review Priya says he can't make the
  changes in time for Alfie and me:** Jade will ask Rob Pask for a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks, Wednesdays at 4.30pm at Sorvington Academy: 11/06/2025, 09/07/2025,
  06/08/2025 and 03/09/2025.
- Next review child protection conference: Wednesday 05/11/2025, 10am, Sorvington Civic Offices.
- I can come to the core group for the first part, or Jade will read out what I want to say.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. RCPC plan for a 13-year-old boy groomed online, missing to meet an
#    adult, on a reduced timetable, family in one hostel room. Plain text in
#    numbered paragraphs, one sentence each. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_spurlowe_rcpc_numbered_paragraphs_haldane.txt",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-plain-text-numbered-paragraphs-details-block-since-last-conference-harveys-views-working-well-outcomes-then-numbered-paragraph-actions-one-sentence-each-numbered-contingency-core-group-review",
    "description": (
        "Exemplary first review conference plan for a 13-year-old boy groomed through an online game, "
        "who went missing to meet a man in another town, shared an image at school and is on a "
        "reduced timetable, with his family in one hostel room. Plain text in numbered paragraphs: "
        "each action is a single numbered sentence naming who, when and what will be seen. The "
        "police online exploitation team, an online harm service, the return interview service, the "
        "inclusion lead, CAMHS and the housing officer own actions; the grandmother's afternoons have "
        "a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
SPURLOWE COUNCIL - CHILDREN'S SERVICES
REVIEW CHILD PROTECTION PLAN

Young person:       Harvey Haldane, 13 (DOB 19/01/2012), Year 8, Spurlowe Academy
Address:            Room 4, Castle Lodge (temporary accommodation), 2 Wharf Street,
                    Spurlowe SP1 3AX, since 14/03/2025
Mother:             Nicola Haldane (35)
Siblings:           Poppy (6) and Jack (3), who live with Harvey and Nicola
Grandmother:        Pat Haldane, 17 Tenter Row, Spurlowe (Nicola's mother)
Category:           Sexual abuse (online grooming and exploitation)
Conference:         First review, Tuesday 24/06/2025. Chair: Lorraine Beck.
                    Initial conference was on 25/03/2025.
Social worker:      Farah Iqbal (team manager: Neil Crossley)

1. WHAT HAS HAPPENED SINCE THE INITIAL CONFERENCE

1.1 Harvey was made subject to a plan after a man he met on an online game,
who said he was 15, persuaded him to send pictures of himself and then to
travel by train to Coldwater to meet him. British Transport Police found
Harvey on the platform at Coldwater with a 34-year-old man, who was arrested
and is on bail.

1.2 Since the initial conference Harvey has been missing twice more, on
02/05/2025 and 31/05/2025, both times for about six hours; he said he was
"just walking about" and would not say who he had been talking to. On
12/05/2025 he was excluded for three days for sharing a picture of another
pupil, and since then he has been on a three-day timetable.

1.3 Nicola has done everything asked of her, but the family has lived in one
room since they were evicted in March, Harvey has nowhere to be on his own
except online, and Nicola cannot see his screen at night without waking the
younger children. There are no concerns about Nicola's alcohol or drug use.

2. HARVEY'S VIEWS (IN HIS WORDS, SEEN ALONE AT THE LIBRARY, 17/06/2025)

"I thought he was my mate. He knew loads about the game and he said I was
better than everyone. I didn't think he was old. When the police came I
wanted to die because everyone at school found out. The picture thing at
school was stupid, someone sent it me and I just sent it on, I know now it's
bad. I hate the hostel. Jack cries all night and I've got no room, so I go
out or I go on my phone under the covers. I like going to Nan's because it's
quiet and she makes proper tea. I want my own room and to go back to school
full time, because on the days I'm not there I'm just bored. I don't want
Mum to take my phone off me forever."

Harvey scored how safe he feels online 4 out of 10 (it was 8 at the
initial conference, which he now says was "because I didn't get it"), and
how safe he feels at Nan's 10 out of 10.

3. WHAT IS WORKING WELL

Nicola has reported Harvey missing straight away each time. Harvey has
started to talk to his social worker about the man and has handed over his
old phone. Pat has Harvey at her house two afternoons a week. Spurlowe
Academy has kept his place open and he likes his tutor.

4. OUTCOMES FOR HARVEY

4.1 Harvey is safe online: no adult he does not know in person is in contact
with him, and he knows how to spot grooming and who to tell.
4.2 Harvey is never missing, and when he is out an adult knows where he is.
4.3 Harvey is back at school full time, with attendance over 90% in the
first half of the autumn term.
4.4 Harvey lives in a home where he has his own space and can sleep.

5. THE PLAN

Each numbered paragraph below is one action and names who will do it, when,
and what will be seen.

5.1 Farah Iqbal (social worker) will see Harvey on his own every week, at
school or at the library rather than in the hostel room, and will record on
Mosaic after each visit what he says about his gaming, his phone and who he
is talking to.

5.2 Every Sunday evening from 29/06/2025 Harvey and Nicola will go through
his phone and gaming accounts together using the family online safety
agreement, and Nicola will sign and date the agreement sheet, which Farah
will check at her weekly visit.

5.3 DC Owen Pryce (Spurlowe Police Online Child Exploitation Team) will
finish the download of Harvey's old phone and give Nicola and Farah a
written account of what was found by 25/07/2025.

5.4 Maya Kerr of the Brightpath online harm service will do eight sessions
with Harvey on grooming and image sharing, every Wednesday from 02/07/2025,
and will send Farah his completed workbook pages after each session.

5.5 Lee Sandford (Spurlowe Missing Service) will hold a return interview
with Harvey after every missing episode, within 72 hours, and will send the
return interview record to Farah and DC Pryce within the same 72 hours.

5.6 Ms Gemma Orr (inclusion lead, Spurlowe Academy) will build Harvey's
timetable back up from three days to full time before the summer holidays
begin on 22/07/2025, and will email Farah his attendance every Friday, aiming
for attendance over 90% in the first half of the autumn term.

5.7 By 04/07/2025 Ms Orr will ask the academy's IT manager to put the
safety filter on Harvey's school laptop, and from then on the IT manager
will email Farah the laptop's filtering report every Friday.

5.8 Dr Ruth Anand (Spurlowe CAMHS) will assess Harvey's low mood by
18/07/2025 and will send Farah and Nicola a letter with her findings and
recommendations within two weeks of the assessment.

5.9 Tom Avery (housing officer, Spurlowe Council Housing Options) will offer
the family a self-contained home with a separate bedroom for Harvey by
31/08/2025, and will send Nicola and Farah a copy of the offer letter.

5.10 Pat Haldane will collect Harvey from school every Monday and Wednesday
and keep him at her house until 7pm, texting Nicola and Farah when he
arrives and when she drops him home.

5.11 Nicola will go to the six-week Keeping Children Safe Online course at
Spurlowe Family Hub on Tuesday mornings from 01/07/2025, and the course
leader will send Farah her attendance and certificate.

6. CONTINGENCY

6.1 If Harvey is missing, or is not home 30 minutes after his agreed time and
is not answering, Nicola will report him missing to the police on 999 straight
away and tell Farah (or the Emergency Duty Team out of hours); Farah will hold
a strategy discussion with the police on the day he is found.

6.2 If anyone finds that an adult Harvey does not know has contacted him
online, or that he has been asked for or has sent images, Nicola or the
school will keep the device and call the police the same day, and Farah will
hold a strategy discussion the same day.

6.3 If Pat cannot have Harvey on a Monday or Wednesday (she is ill or away),
Nicola will collect him from school herself and Farah will book him into the
Spurlowe Youth Hub after-school club until 6pm that day.

6.4 If Harvey goes missing again before the next review, or meets anyone he
has met online, Farah will ask Neil Crossley for a legal planning meeting
within five working days.

7. CORE GROUP AND REVIEW

7.1 Core group every four weeks, Tuesdays at 3.45pm at Spurlowe Family Hub:
22/07/2025, 19/08/2025, 16/09/2025 and 14/10/2025.

7.2 Next review child protection conference: Tuesday 09/12/2025, 10am,
Spurlowe Town Hall.

7.3 Harvey will meet Farah before each core group to say what he wants the
meeting to hear.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Exploitation meeting action log for a 16-year-old boy on a plan, stabbed
#    in the leg, mother with depression. Word table with Ref / Action / Owner /
#    Due / Evidence of progress. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_sallerthwaite_exploitation_meeting_action_log_okoro.docx",
    "doc_title": "Exploitation meeting action log and child protection plan - Tyrese Okoro",
    "split": "heldout",
    "actions": 13,
    "template": "multi-agency-exploitation-meeting-word-action-log-attendees-list-summary-tyreses-views-outcomes-then-ref-action-owner-due-evidence-of-progress-table-contingency-next-meetings",
    "description": (
        "Action log from a multi-agency child exploitation meeting for a 16-year-old boy on a child "
        "protection plan, stabbed in the leg after being drawn into county lines, whose mother has "
        "depression. A Word table with Ref, Action, Owner, Due and 'Evidence of progress' columns; most "
        "rows are sound (weekly SW visits, YOT sessions, return interviews, warning notices, mentoring). "
        "Faults: 'Tyrese to stay safe' with an 'Ongoing' date and no evidence, disruption visits that "
        "nobody owns, a CAMHS assessment with no output, a housing move due 'TBC', 'All agencies' to "
        "share signs of exploitation, college help measured by 'improved engagement'; the mother's "
        "depression is recorded but no adult service has an action, the contingency only says the "
        "panel will reconvene on further concerns, and nothing leads to legal planning."
    ),
    "blocks": [
        ("title", "Multi-Agency Child Exploitation (MACE) Meeting – Action Log"),
        ("p", "Sallerthwaite Metropolitan Borough Council · Safeguarding Adolescents Partnership"),
        ("kv", [
            ("Young person", "Tyrese Okoro (16), DOB 08/03/2009"),
            ("Address", "14 Cranmore Gardens, Sallerthwaite SL6 1DQ"),
            ("Mother", "Angela Okoro (44)"),
            ("Brother", "Joshua Okoro (11), Year 7, Sallerthwaite Grange School"),
            ("Plan", "Child protection plan since the initial conference on 26/08/2025 (category: physical abuse, "
                     "harm outside the home)"),
            ("Meeting", "Tuesday 30/09/2025, 2pm, Sallerthwaite Civic Offices, Room 3. Chair: Gordon Mellis, "
                        "exploitation co-ordinator"),
            ("Present", "Nadia Farrell (SW); Marcus Bell (YOT); DS Kieran Walsh (Exploitation Team); Ruth "
                        "Adeyemi (Missing Service); Gail Roberts (housing officer); Dawn Keane (YOT education "
                        "worker); Leon Grant (Pathways mentor); Kemi Hart (hospital youth worker); Angela Okoro"),
            ("Apologies", "Sallerthwaite CAMHS"),
        ]),
        ("h1", "Summary"),
        ("p", "Tyrese has been missing five times since June, on three occasions to Kelderby, where he was found in "
              "an address used to supply drugs. On 12/09/2025 he was stabbed in the back of the thigh on the "
              "Leighton Road estate and treated at Sallerthwaite General; he will not say who did it. He left "
              "Year 11 in July without sitting his GCSEs and is not in education, employment or training. He "
              "is on a referral order until 20/02/2026 for possession of cannabis with intent to supply. The "
              "police believe he is holding a drug line for the Cranmore Road group and owes them money."),
        ("p", "Angela has depression. She has been signed off work since July and takes medication prescribed by "
              "her GP; she told the meeting that some days she cannot face getting up and does not always know "
              "whether Tyrese has come home."),
        ("h1", "Tyrese's views"),
        ("p", "Tyrese met Nadia and Marcus together on 26/09/2025 and agreed what could be shared: “I'm not "
              "stupid, I know what they're doing. But when you owe, you owe, and if I stop they'll go for my "
              "mum's house or Josh. The leg's fine. I don't want to talk about it. I'd do a college course if it "
              "was building or bikes, not sitting in a classroom. I like Leon, he's been where I am. Mum's not "
              "been right since she stopped work and I don't want to stress her out more.”"),
        ("h1", "Outcomes for Tyrese"),
        ("bullets", [
            "Tyrese is not missing and is not going to Kelderby or any address used to supply drugs.",
            "Tyrese is free of the debt and no longer carrying or selling drugs for the Cranmore Road group.",
            "Tyrese is on a college course or training by January 2026.",
            "Tyrese and Joshua are safe at home and in their neighbourhood.",
        ]),
        ("h1", "Action log"),
        ("table", {
            "header": ["Ref", "Action", "Owner", "Due", "Evidence of progress"],
            "widths": [1.1, 5.6, 3.4, 2.9, 4.0],
            "rows": [
                ["1", "See Tyrese on his own every week, including one evening visit a month, and record his words",
                 "Nadia Farrell, SW", "Weekly from 01/10/2025",
                 "Mosaic visit records show Tyrese seen alone each week, with his words recorded"],
                ["2", "Tyrese to stay safe and keep away from the Cranmore Road group",
                 "Tyrese", "Ongoing", "-"],
                ["3", "Referral order sessions twice a week, including four sessions on exploitation and debt",
                 "Marcus Bell, YOT case manager", "Mondays and Thursdays until 20/02/2026",
                 "YOT attendance record sent to the SW every Friday"],
                ["4", "Return home interview after every missing episode",
                 "Ruth Adeyemi, Sallerthwaite Missing Service", "Within 72 hours of every return",
                 "Return interview record sent to the SW and the police within 72 hours"],
                ["5", "Serve child abduction warning notices on the two adults named at the meeting",
                 "DS Kieran Walsh, Exploitation Team", "By 10/10/2025",
                 "Copies of both served notices sent to the SW"],
                ["6", "Disruption visits to the Cranmore Road flat and the Kelderby address",
                 "-", "Weekly", "Visit log and intelligence reports brought to each MACE meeting"],
                ["7", "Complete a CAMHS mental health assessment of Tyrese following the stabbing",
                 "Sallerthwaite CAMHS", "By 24/10/2025", ""],
                ["8", "Explore a move away from the Leighton Road area for the family",
                 "Gail Roberts, housing officer", "TBC", "Housing options letter sent to Angela"],
                ["9", "Share any sign of a new phone, cash, clothes or injuries",
                 "All agencies", "Same day", "Logged on the police intelligence system and emailed to the SW"],
                ["10", "Help Tyrese apply for the Level 1 construction course at Sallerthwaite College",
                 "Dawn Keane, YOT education worker", "Application in by 31/10/2025", "Improved engagement"],
                ["11", "Weekly mentoring sessions with Tyrese, away from the estate",
                 "Leon Grant, Pathways mentor", "Every Wednesday from 08/10/2025",
                 "Session log sent to the SW every other Friday"],
                ["12", "Follow-up clinic for Tyrese's leg wound, with the hospital youth worker meeting him there",
                 "Kemi Hart, hospital youth worker", "Every fortnight until discharged from the clinic",
                 "Clinic letters and Kemi's notes sent to the SW after each appointment"],
                ["13", "Attend the six-week Parents Against Exploitation group",
                 "Angela Okoro (Mum)", "Tuesdays from 07/10/2025 to 11/11/2025",
                 "Attendance record sent to the SW by the group facilitator"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are further concerns about Tyrese, the MACE panel will reconvene to review the plan and "
              "agree next steps."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group every four weeks at Sallerthwaite Civic Offices: 28/10/2025 and 25/11/2025.",
            "Review child protection conference: Tuesday 18/11/2025, 10am, Sallerthwaite Civic Offices.",
            "Next MACE meeting: 28/10/2025, after the core group.",
        ]),
    ],
    "findings": [
        F("T002", "Tyrese to stay safe and keep away from the Cranmore Road group"),
        F("M001", "Tyrese to stay safe and keep away from the Cranmore Road group"),
        F("W001", "Disruption visits to the Cranmore Road flat"),
        F("M001", "Complete a CAMHS mental health assessment of Tyrese"),
        F("T002", "Explore a move away from the Leighton Road area"),
        F("W002", "Share any sign of a new phone, cash, clothes"),
        F("M002", "Help Tyrese apply for the Level 1 construction course"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. RCPC plan, 14-year-old girl with a 19-year-old boyfriend, mother with
#    anxiety, family being rehoused in another authority. Classic four-column
#    table; page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_swindrake_rcpc_classic_table_header_footer_fennimore.pdf",
    "doc_title": "Review Child Protection Plan - Mia Fennimore",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-since-last-conference-mias-words-outcomes-then-action-who-when-how-well-know-table-contingency-core-group-and-review",
    "description": (
        "First review conference plan for a 14-year-old girl in a relationship with a 19-year-old man, "
        "missing overnight, cutting herself, whose mother has anxiety; the family is being rehoused in "
        "another authority. A Word plan printed to PDF with header and footer and a classic Action / "
        "Who / When / How we'll know table, mostly sound. Faults: 'keep talking to Mia' by Mum and the "
        "SW, 'Ongoing' with no measure; a mentor who is 'TBC'; CBT that only treats the mother; the "
        "CAMHS referral put off until the family has moved; an outcome only about the mother; the "
        "review conference is 'to be confirmed' and nothing leads to legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE – Swindrake Borough Council – Children's Services",
    "footer": "Mia Fennimore – Review Child Protection Plan (02/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Swindrake Borough Council · Children's Services · Family Safeguarding Team B"),
        ("kv", [
            ("Young person", "Mia Fennimore (14), DOB 02/02/2011, Year 10 at Swindrake High School"),
            ("Address", "Flat 6, Marlow House, Swindrake SW3 8NE (notice to leave by 30/11/2025)"),
            ("Mother", "Kerry Fennimore (36)"),
            ("Category", "Sexual abuse (child sexual exploitation)"),
            ("Conference", "First review, Thursday 02/10/2025 (initial conference 10/07/2025). Chair: Derek "
                           "Ansah"),
            ("Social worker", "Hannah Price"),
            ("Moving to", "Wexcombe District Council area; transfer notification sent 29/09/2025"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Mia was made subject to a plan after she was found at 3am in the flat of Connor Hale, who is 19, with "
              "two older men and a bottle of vodka. Since then a child abduction warning notice has been served on "
              "Connor and Mia has been missing overnight twice, on 16/08/2025 and 07/09/2025; on the second "
              "night she was found with Connor in his car. Mia cut her wrists in August and told the school nurse "
              "she does it “most weeks”. Her attendance since September is 82%. Kerry has anxiety and panic "
              "attacks, is waiting for therapy, and says she finds it hard to stand up to Mia. The family's "
              "landlord has given notice and the council's housing team expects to rehouse them in the Wexcombe "
              "area in November."),
        ("h1", "What Mia says"),
        ("p", "Mia (seen alone at school, 25/09/2025): “Connor's not a paedo, he's only five years older. Everyone "
              "goes on like I'm a baby. I only go missing because Mum goes mental about him and then I don't want "
              "to go home. I cut when I can't breathe, it calms me down. I don't want to move to Wexcombe, all my "
              "friends are here. I'd talk to someone if it was a girl and not a social worker.” She scored home 6 "
              "out of 10 and school 5 out of 10."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Mia is not missing: she is home every night, and Mum knows where she is when she is out.",
            "Mia has no contact with Connor Hale or the older men he spends time with.",
            "Mia goes to school every day, with attendance over 90% by Christmas.",
            "Kerry feels less anxious and more confident setting boundaries.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Who", "When", "How we'll know"],
            "widths": [6.0, 3.4, 3.2, 4.4],
            "rows": [
                ["Visit Mia at home or at school and see her on her own", "Hannah Price (SW)",
                 "Every week until the transfer-in conference",
                 "Visit records show Mia seen alone each week, with her own words written down"],
                ["Keep talking to Mia about her relationship with Connor and what a healthy relationship looks "
                 "like",
                 "Mum and SW", "Ongoing", "-"],
                ["Check that Connor keeps to the warning notice and his bail conditions, and act on any breach",
                 "DC Ross Bentley, Swindrake Police Exploitation Unit", "Weekly, and the same day for any report",
                 "Breach reports and action taken emailed to the SW"],
                ["Sexual health appointments for Mia at the school drop-in: contraception and STI screening",
                 "Linda Carver, school sexual health nurse",
                 "Every other Thursday",
                 "Attendance confirmed to the SW after each appointment"],
                ["Return home interview with Mia after every missing episode",
                 "Abi Lowe, Swindrake Missing Service", "Within 72 hours of every return",
                 "Return interview record sent to the SW within 72 hours"],
                ["Mia to text Mum at 8pm and 10pm when she is out, and be home by 10pm", "Mia",
                 "Every evening she goes out",
                 "Mum's text log shown to the SW at each visit; no missing episodes for a month"],
                ["Weekly mentoring sessions with a female mentor", "TBC", "Weekly from October 2025",
                 "Session log sent to the SW every month"],
                ["Eight sessions of CBT for Kerry's anxiety and panic attacks",
                 "Swindrake Talking Therapies", "Weekly from 06/10/2025",
                 "Attendance record shared with the SW"],
                ["Refer Mia to CAMHS for her low mood and self-harm once the family has moved to Wexcombe",
                 "Hannah Price (SW)", "After the move", "CAMHS acceptance letter on file"],
                ["Agree a support plan with Mia and Kerry to bring her attendance up, with a daily check-in",
                 "Mr Ian Shaw, inclusion lead, Swindrake High School",
                 "Plan by 17/10/2025; check-in every school day",
                 "Attendance sent to the SW every Friday; over 90% by 19/12/2025"],
                ["Confirm the family's new tenancy and the move date, and help Kerry apply for Mia's new school "
                 "place",
                 "Rob Kaye, housing officer, Swindrake Council", "Move date confirmed by 31/10/2025",
                 "Tenancy offer letter and school place application on file"],
                ["Send the transfer pack (plan, chronology, assessments, Mia's views) to Wexcombe and attend the "
                 "transfer-in conference",
                 "Hannah Price (SW)", "Pack sent by 07/11/2025",
                 "Wexcombe confirms receipt in writing; the transfer-in minutes record the SW's report"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Mia is missing overnight or is seen with Connor Hale, Kerry will report her missing to the police "
              "straight away and the SW will hold a strategy discussion the same day; if Mia cannot safely go "
              "home, the SW will arrange an emergency foster placement for her that night."),
        ("p", "If Mia cuts herself and needs treatment, Kerry will take her to Swindrake General A&E the same day."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: monthly at Swindrake Family Hub until the transfer-in conference.",
            "Transfer-in conference: Wexcombe District Council, date to be confirmed.",
            "Next review conference: to be confirmed by Wexcombe after the transfer-in conference.",
        ]),
    ],
    "findings": [
        F("T002", "Keep talking to Mia about her relationship with Connor"),
        F("M001", "Keep talking to Mia about her relationship with Connor"),
        F("W002", "Weekly mentoring sessions with a female mentor"),
        F("H001", "Eight sessions of CBT for Kerry's anxiety and panic attacks"),
        F("X001", "Refer Mia to CAMHS for her low mood and self-harm"),
        F("F002", "Kerry feels less anxious and more confident setting boundaries."),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan for a 16-year-old girl, missing, sexually exploited at a flat,
#    overdose, sofa-surfing; mother drinks, mother's partner violent. Plain
#    text email with dash bullets; the contingency rests on the young person
#    alone. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_scoldhurst_email_dash_bullets_safety_plan_brightwell.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plain-text-email-to-core-group-whos-involved-why-worried-my-bit-outcomes-then-dash-bullet-sentences-under-topic-labels-if-things-get-worse-meetings",
    "description": (
        "Initial conference plan for a 16-year-old girl missing nine times in three months, sexually "
        "exploited at a flat used by older men, who took an overdose in September and is sofa-surfing; "
        "her mother drinks and her mother's partner is violent. Sent as a plain-text email to the core "
        "group with her own 'My bit', and dash-bullet actions under topic labels; most bullets are "
        "sound (weekly SW visits, return interviews, police visit to the flat, sexual health "
        "outreach, joint housing assessment, alcohol service, DASH). Faults: a safety plan that "
        "Kayla follows 'every weekend' with no one to check it, 'professionals will be curious' with "
        "no time or measure, CAMHS to 'keep an eye on' her self-harm, education 'when she feels "
        "ready' and 'reviewed at core group'; the contingency has no specific trigger and rests on "
        "Kayla keeping herself safe."
    ),
    "text": """\
From:    Priya Nair <priya.nair@scoldhurst-childrens.example>
To:      Kayla Brightwell core group
Sent:    Wednesday 22/10/2025 17:05
Subject: Kayla Brightwell - child protection plan from yesterday's ICPC

Hi all,

Below is the plan agreed at Kayla's initial child protection conference
yesterday (Tuesday 21/10/2025, chair Simon Eze). Kayla has read it and her
own section is exactly as she typed it. Please tell me by Friday if anything
about your part is wrong.

Thanks, Priya (social worker, Scoldhurst Adolescent Support Team)

------------------------------------------------------------------------

WHO'S INVOLVED

Kayla Brightwell, 16 (DOB 14/07/2009). Left Year 11 in July with no
college place. Sofa-surfing since 30/09/2025, mostly at a friend's at
11 Barley Court, Scoldhurst.
Lisa Brightwell, 42, Kayla's mum, 27 Dyer Street, Scoldhurst SC5 4LW.
Wayne Tulley, 45, Lisa's partner, lives at 27 Dyer Street.
Category: sexual abuse (child sexual exploitation).

WHY WE ARE WORRIED

Kayla has been missing nine times since July, usually overnight and twice
for three days. Four times she has been found at 9 Tanner's Yard, a flat
where men in their twenties and thirties give young people alcohol and
cannabis. After one missing episode she told the return interview worker
that she had "had to" have sex with one of the men to get a lift home. On
19/09/2025 she took an overdose of paracetamol and spent two nights on the
children's ward at Scoldhurst General. Lisa drinks most evenings and Wayne
has been arrested twice this year for assaulting her; Kayla left home after
Wayne pushed her down the stairs on 29/09/2025.

MY BIT (KAYLA'S OWN WORDS)

i dont want to be on a plan but if i have to be then fine. i left home
because of wayne not because of mum, mum is ok when shes not drinking. i go
to tanners yard because its warm and theres always people and nobody asks me
questions. i know what you all think about the men there but you dont know
them. the thing i said to the missing worker i wish i never said it. i took
the tablets because everything was on top of me at once, i dont want to do it
again. i want my own flat or a room somewhere with no wayne. i want to do
beauty at college next year. i will talk to priya and the nurse gina but i
wont talk to police.

WHAT NEEDS TO BE DIFFERENT FOR KAYLA

- Kayla has a safe place to live, with no violence, where she sleeps every
  night.
- Kayla is not missing and is not going to 9 Tanner's Yard or anywhere else
  she is being exploited.
- Kayla is in education or training by September 2026.
- Kayla is not hurting herself and has someone she trusts to go to when she
  feels low.

THE PLAN

Keeping Kayla safe when she is out:

- Priya Nair (social worker) will see Kayla on her own every week, wherever
  Kayla chooses, and will write Kayla's own words on the record after each
  visit.
- Kayla will follow her safety plan every weekend.
- Professionals will be curious about who Kayla is spending time with and
  where her money, alcohol and lifts are coming from.
- Dean Holt (Scoldhurst Missing Service) will hold a return interview with
  Kayla after every missing episode, within 72 hours, and send the record to
  Priya and the police missing person co-ordinator.
- DS Rachel Okafor (Scoldhurst Police Exploitation Team) will visit 9
  Tanner's Yard with the council's anti-social behaviour officer by
  31/10/2025 and send Priya a written report of who was found there and what
  action was taken.

Kayla's health:

- Gina Palmer (Scoldhurst sexual health outreach nurse) will meet Kayla
  every other Tuesday at the Youth Hub from 28/10/2025 for contraception,
  testing and the C-card, and will confirm to Priya after each appointment
  that Kayla came.
- CAMHS will keep an eye on Kayla's self-harm at her fortnightly
  appointments.

Education and a place to live:

- Kayla will go back into education or training when she feels ready, and
  this will be reviewed at core group.
- Carl Moss (housing officer, Scoldhurst Housing Options) will complete a
  joint housing assessment with Priya by 07/11/2025 and give Kayla and Lisa a
  written decision about where Kayla can live if she cannot go home.

Mum and home:

- Tom Hale (recovery worker, Scoldhurst Alcohol Service) will see Lisa every
  Thursday and breath-test her, and will tell Priya in writing each Friday
  whether Lisa has been drinking, so that Kayla has a sober adult to go home
  to.
- PC Sam Ward (Scoldhurst Police Domestic Abuse Unit) will complete a DASH
  risk assessment with Lisa by 28/10/2025, refer to MARAC if the score is 14
  or more, and send Priya the score and any referral.

IF THINGS GET WORSE

If things get worse, Kayla will use her safety plan and go somewhere she
feels safe.

MEETINGS

Core group every three weeks, Tuesdays at 4pm at Scoldhurst Youth Hub:
04/11/2025, 25/11/2025 and 16/12/2025.
Review child protection conference: Tuesday 13/01/2026, 10am, Scoldhurst
Town Hall.
If Kayla is not safer by the review conference, Priya will request a legal
planning meeting.
""",
    "findings": [
        F("M001", "Kayla will follow her safety plan every weekend."),
        F("W002", "Professionals will be curious about who Kayla is spending time"),
        F("T001", "Professionals will be curious about who Kayla is spending time"),
        F("M001", "Professionals will be curious about who Kayla is spending time"),
        F("M002", "CAMHS will keep an eye on Kayla's self-harm"),
        F("T002", "Kayla will go back into education or training"),
        F("M002", "Kayla will go back into education or training"),
        F("C002"),
    ],
})
