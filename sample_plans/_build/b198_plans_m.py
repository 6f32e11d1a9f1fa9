"""Batch 198, module m: seven fictional plans (tuning material), places beginning with "m".

Split: tune. Everything here is made up: young people, families,
professionals, services, schools, colleges, hospitals, police forces, courts,
businesses and councils. Labels were written by hand from docs/rules.md and
the conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: teenagers at risk outside the home (criminal and sexual exploitation,
county lines, going missing, serious youth violence, online harm, school
exclusion), and the young person's own part. Each plan is in a template of
its own and uses the agencies adolescents' plans name (the exploitation and
missing team, the youth justice service, police with a named officer, the
DSL and the attendance officer, alternative provision, youth workers, CAMHS,
sexual health, the return home interview worker, the National Referral
Mechanism, the MACE panel, licensing), with the young person's own
commitments in the first person, "if I go missing" plans, curfews and
places to avoid, disruption work (abduction warning notices, licensing
visits, patrols) and contextual safeguarding of a park, a takeaway, a bus
station and a friendship group. Times are tied to events ("within 72 hours
of every return", "every time Leah is reported missing", "within 30 minutes
of her curfew"), to school days, weeks and terms, and to court dates and
bail; measures are what someone will see, count or read (missing logs
matched with police records, RHI reports, registers, intelligence forms,
served notices, patrol logs, screening scores a worker records). The young
person's voice is strong and sometimes at odds with the plan. In the four
faulty plans most actions are still well written.

1. an initial conference plan for a 15-year-old boy found in a flat used for
   dealing in another town (county lines; NRM positive reasonable grounds;
   a youth court hearing for a knife), a Word table whose rows sit under
   shaded banner rows for each place in his life: home and family, if he
   goes missing, friends, places, school, phone, court and the NRM (docx,
   exemplary);
2. a first review conference plan for a 14-year-old girl who goes missing
   and is found with adult men (child sexual exploitation), with a missing
   episodes table, her own "if I go missing" plan, and the plan table under
   BEFORE / WHILE MISSING / WHEN SHE COMES HOME / ALONGSIDE banner rows,
   printed to PDF with a page header and footer (pdf): faults are the youth
   worker's sessions measured by "Leah's engagement", reporting the men's
   accounts with "-" for who, "All professionals" passing on sightings, the
   sexual health nurse "as and when Leah asks", a CAMHS referral with an
   empty measure, the mental health team only supporting her mother, and no
   legal planning anywhere (M002, W001, W002, T002, M001, H001, R002);
3. an initial conference plan written to a 16-year-old after his friend was
   stabbed and he was caught carrying a knife, on a referral order: "our
   agreement", a small Who / What / When / How we'll know table for each
   area of his life, his own rows as "You (Amir)" (md, exemplary);
4. a child protection plan with the MACE panel's disruption plan for a
   13-year-old girl groomed online and in the town centre, whose family is
   moving to another authority for her safety, as plain text with the
   actions under VOLT headings (victim, offenders, locations, themes), each
   a numbered line with "Lead", "When" and "Check" lines (txt): faults are
   the online safety sessions "when capacity allows", "All partners"
   sharing information, a taxi firm's training "monitored", a trading
   standards visit with "-" for when, a therapeutic service held back until
   the family has moved and the case has transferred, a contingency that
   only says the core group will reconvene if concerns escalate, and no
   legal planning (T002, W002, M002, T001, X001, C002, R002);
5. a review conference plan for a 15-year-old boy permanently excluded and
   at alternative provision, on bail for a robbery, whose mother drinks,
   with a "Key dates" table (bail review, half term, trial, meetings) and
   a landscape Word plan table with a "What Liam says" column beside each
   action (docx): faults are a tag-check row with "TBC" for when, a
   half-term course with an empty measure cell, a passive drug service
   referral with no one in the Lead cell, an outcome about his mother
   only, the grandmother's and older brother's help with nothing said if
   it stops, and the mother's drinking recorded with no adult service
   owning any action (T002, M001, W001, F002, C003, F004);
6. an initial conference plan for a 13-year-old girl groomed and blackmailed
   online, whose father has depression, landscape, with the worries keyed
   W1 to W5 and a plan grid whose "Answers worry" column keys each action
   to them; the adult mental health team reports on the father's capacity
   to change; page header and footer (pdf, exemplary);
7. a plan updated at the second core group for a 15-year-old girl at
   alternative provision after exclusion, drawn into a group of older
   teenagers selling cannabis, written as bullets under the parts of her
   day (mornings, the school day, after 3pm, evenings and curfew,
   weekends, online, alongside the day), each bullet with its own bold
   owner, "When" and "Check" (md): faults are the CAMHS assessment "when
   she feels ready", the mentor's sessions checked by "Tia's engagement",
   "Family" owning who is home after school, a bus pass that "will be
   applied for" by no one named, the grandmother's Sundays with no check,
   and a review conference "date to be confirmed" (T002, M002, W002, W001,
   M001, R001).

Three plans (1, 3 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the young person; each contingency has specific triggers
and protective responses and, where a relative helps, says what happens if
that help fails;
each records the young person's voice, core group dates and a dated review
conference, and legal planning after named triggers; where a parent is ill
an adult service owns actions and the mental health service is asked for
its view of the parent's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each numbered line of the text
plan's VOLT action part and each bullet of the day-part plan counts once,
whatever number of sentences or lines it holds. Details, who's who tables,
places maps, missing episode logs, key dates tables, worries lists,
outcomes, the young people's views and "if I go missing" plans, the
contingency, and core group and review dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC, county lines: a Word table whose rows sit under shaded banner
#    rows, one for each place in Jayden's life. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_merrowgate_icpc_contextual_banner_rows_mortimer.docx",
    "doc_title": "Child Protection Plan - Jayden Mortimer",
    "split": "tune",
    "actions": 19,
    "landscape": True,
    "template": "icpc-exploitation-plan-docx-landscape-kv-details-people-around-jayden-table-why-places-map-safe-not-safe-table-going-well-jaydens-words-nicolas-words-outcomes-then-no-what-will-happen-who-when-how-we-will-know-table-under-shaded-context-banner-rows-home-missing-friends-places-school-phone-court-and-nrm-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 15-year-old boy found in a flat used for dealing in "
        "another town, with cash and wraps of crack cocaine (county lines; a positive reasonable grounds "
        "decision under the NRM), who has been missing six times and is due in the youth court for "
        "carrying a knife. A who's who table and a map of places where he is safe and not safe come "
        "before the plan, a landscape table (No. / What will happen / Who / When / How we will know) "
        "whose rows sit under shaded banner rows for each context of his life: home and family, if he "
        "goes missing, friends, places (an abduction warning notice, patrols, a licensing visit to a "
        "takeaway), school, his phone, and court and the NRM. His own row is in the first person. "
        "Times are tied to his curfew, his returns, school days and his court date; the uncle's "
        "weekends have a fallback, and legal planning follows named triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Merrowgate Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Jayden Mortimer, born 11/03/2010 (15), Year 11, Merrowgate Academy"),
            ("Address", "17 Calder Rise, Merrowgate MG3 5QT"),
            ("Lives with", "Nicola Mortimer (41), his mum, and Ellie Mortimer (9), his sister"),
            ("Dad", "Wayne Mortimer, living in Spain; phone contact with Jayden most weeks"),
            ("Category", "Neglect (harm outside the home: child criminal exploitation)"),
            ("Conference", "Initial child protection conference, Tuesday 02/12/2025. Chair: Sunita Rao (IRO)"),
            ("Social worker", "Abbie Lorimer (team manager: Graham Pike)"),
            ("Legal matters", "On police bail for possession of a bladed article: curfew 7pm to 7am at home, "
                              "not to enter Brenthorpe. Merrowgate Youth Court, Wednesday 21/01/2026. NRM "
                              "referral made 06/11/2025; positive reasonable grounds decision 14/11/2025; "
                              "conclusive grounds decision awaited."),
        ]),
        ("h1", "People around Jayden"),
        ("table", {
            "header": ["Name", "Who they are", "How to reach them"],
            "widths": [6.0, 11.0, 8.7],
            "rows": [
                ["Abbie Lorimer", "Social worker, Adolescent Safeguarding Team", "07700 900 412"],
                ["Curtis Bell", "Exploitation and Missing Team (EMT) worker", "07700 900 538"],
                ["DC Hannah Slater", "Child Exploitation Unit, Merrowgate Police", "Via 101, or direct 01632 960 771"],
                ["Priya Mistry", "Case manager, Merrowgate Youth Justice Service", "01632 960 245"],
                ["Zara Quinn", "Return home interview worker, Waymark Young People's Service", "07700 900 690"],
                ["Owen Harte", "Designated safeguarding lead, Merrowgate Academy", "01632 960 100"],
                ["Marcus Reid", "Youth worker, Merrowgate Detached Youth Team", "07700 900 217"],
                ["Dean Fairweather", "Jayden's uncle (Nicola's brother), Hollin Bridge", "Known to Nicola"],
            ],
        }),
        ("h1", "Why Jayden has a plan"),
        ("p", "Jayden has been reported missing six times since September 2025, the longest for three nights. "
              "On 03/11/2025 Coldharbour Police found him in a flat in Brenthorpe, forty miles away, with "
              "£400 in cash and 23 wraps of crack cocaine hidden in his clothes. He had a cut to his hand and "
              "would not say how he got it. A 19-year-old man from Merrowgate, Tyler Baines, was arrested "
              "at the same address. Jayden was released under investigation for the drugs and the social "
              "worker made a referral to the National Referral Mechanism on 06/11/2025."),
        ("p", "On 18/10/2025 Jayden was stopped in Station Road with a kitchen knife in his waistband. He "
              "told the police it was \"for protection\". He is on bail for that offence and appears in "
              "the youth court on 21/01/2026. Since the summer he has had new trainers and clothes that "
              "Nicola did not buy, two phones, and a \"debt\" he talks about to his friends. His attendance "
              "at school has fallen to 71% this term."),
        ("h2", "Where Jayden is safe and where he is not"),
        ("table", {
            "header": ["Place or group", "What we know happens there", "Safe or not safe"],
            "widths": [6.0, 14.2, 5.5],
            "rows": [
                ["Home, 17 Calder Rise", "Nicola and Ellie; Jayden sleeps well there and is kind to Ellie", "Safe"],
                ["Uncle Dean's house and garage, Hollin Bridge", "Jayden works on cars with Dean at weekends; "
                 "no contact with his group there", "Safe"],
                ["Wexley Park skate area", "Older teenagers and adults give younger boys vapes and lifts; "
                 "Jayden was first approached there in the summer", "Not safe"],
                ["Peri Palace takeaway and Station Road", "Boys are sent there to collect and drop packages", "Not safe"],
                ["Merrowgate bus station", "Where Jayden was picked up before two of his missing episodes", "Not safe"],
                ["Four Year 11 friends", "Three of them have also been missing; one is known to the EMT", "Not safe at the moment"],
                ["Merrowgate Amateur Boxing Club", "Coach Lenny Ward; Jayden went from age 11 to 14", "Safe"],
            ],
        }),
        ("h1", "What is going well"),
        ("bullets", [
            "Jayden has been home by 7pm on all but two nights since his bail began on 19/10/2025.",
            "He talks to Curtis, and on 27/11/2025 he told Curtis he \"owes\" money and is scared of what will "
            "happen if he does not pay.",
            "Nicola reports Jayden missing straight away now, and has changed her shifts at the care home from "
            "nights to days so that she is home every evening.",
            "Uncle Dean has had Jayden every weekend since 08/11/2025 and Jayden has not gone missing at a weekend "
            "since.",
            "Jayden wants to do a motor vehicle course at Merrowgate College in September 2026.",
        ]),
        ("h1", "What Jayden says"),
        ("p", "Jayden (seen on his own by Abbie and Curtis on 27/11/2025): \"I'm not a victim. Nobody made me do "
              "nothing, I made my own choices.\" \"If I stop, they'll say I owe them more. That's how it works.\" "
              "\"I don't want a new number, everyone's got my number.\" \"The boxing was alright. I'd go back if "
              "Marcus takes me.\" \"I like being at Dean's because no one knows me there.\" He scored how safe he "
              "feels in Merrowgate at 3 out of 10 and at home at 9 out of 10. He did not want to come to the "
              "conference but asked Curtis to say that he wants to stay at home and not be \"sent away\"."),
        ("h2", "What Nicola says"),
        ("p", "\"I didn't see it. I thought it was just a bad crowd.\" Nicola is frightened that the men will come "
              "to the house, and worried for Ellie. She wants Jayden to finish school and to have something to do "
              "at weekends. She asked for help to understand what is happening to him."),
        ("h1", "What we want for Jayden"),
        ("numbers", [
            "Jayden is home every night, is not missing, and does not go to Brenthorpe or to the places on his "
            "\"not safe\" list.",
            "Jayden is no longer contacted, used or controlled by the people exploiting him, and he believes he "
            "can get out of his \"debt\" safely.",
            "Jayden is in school every day, sits his GCSEs in May and June 2026, and has a college place for "
            "September.",
            "Jayden's court case is heard with his exploitation understood, and he knows what is happening at "
            "each step.",
            "Jayden has adults he trusts and things to do in the evenings and at weekends.",
        ]),
        ("h1", "The plan"),
        ("p", "Each shaded row names a part of Jayden's life. The rows under it say what will happen there, who "
              "will do it, when, and how we will know it has happened and is helping."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.1, 8.4, 4.6, 5.0, 6.6],
            "rows": [
                ["HOME AND FAMILY", H, H, H, H],
                ["1",
                 "See Jayden at home, on his own for part of every visit, and go through his week with him on "
                 "his \"My map\" of where he goes and who with",
                 "Abbie Lorimer, SW",
                 "Every week from 03/12/2025 until the review conference; at least one visit in three unannounced",
                 "Visit record on file within 2 working days, with Jayden's own words and his \"safe\" score out "
                 "of 10; his map updated at least once a month"],
                ["2",
                 "I will text Mum where I am and who I'm with at 4pm and at 6pm, and be in by 7pm",
                 "Jayden",
                 "Every day until his bail ends, then until the review conference",
                 "The texts on Nicola's phone, which Curtis looks at with them both each Thursday; the police "
                 "bail check log shows Jayden in at every check"],
                ["3",
                 "Have Jayden every weekend, working with Dean at his garage in Hollin Bridge on the Saturday, "
                 "and drive him home on the Sunday",
                 "Dean Fairweather (uncle)",
                 "Every weekend, Saturday 9am to Sunday 5pm, until the review conference",
                 "Dean texts Abbie when he collects Jayden and when he drops him home; Abbie rings Dean every "
                 "other Monday and writes it up"],
                ["4",
                 "Go to the Merrowgate Parents' Exploitation Support Group to learn the signs of grooming and "
                 "debt, and how to talk to Jayden about them",
                 "Nicola Mortimer (Mum)",
                 "Every other Wednesday, 6.30pm, from 10/12/2025",
                 "Group attendance list sent to Abbie each month; at each visit Nicola tells Abbie one thing "
                 "she has tried with Jayden and how he reacted"],
                ["IF JAYDEN GOES MISSING", H, H, H, H],
                ["5",
                 "Ring 101 to report Jayden missing if he is not home within 30 minutes of his 7pm curfew and "
                 "is not answering his phone, then text Abbie (or the EDT out of hours)",
                 "Nicola Mortimer (Mum)",
                 "Every time Jayden is not home by 7.30pm",
                 "Police missing log numbers match the missing log Nicola keeps on the fridge; Abbie checks "
                 "both at each weekly visit"],
                ["6",
                 "Offer Jayden a return home interview, in a place he chooses, and share what he says with "
                 "Abbie, Curtis and the police",
                 "Zara Quinn, return home interview worker, Waymark Young People's Service",
                 "Within 72 hours of every return",
                 "RHI report to Abbie and Curtis within 24 hours of the interview; a police intelligence form "
                 "sent the same day"],
                ["FRIENDS", H, H, H, H],
                ["7",
                 "One-to-one sessions with Jayden on grooming, debt bondage and how people get out safely, "
                 "using the \"Who's in charge?\" workbook",
                 "Curtis Bell, EMT",
                 "Every Thursday at 4.30pm, ten sessions from 04/12/2025 to 19/02/2026",
                 "Session notes to Abbie the same week; the exploitation screening tool redone with Jayden at "
                 "sessions 5 and 10 and the scores shared at core group"],
                ["8",
                 "Map Jayden's friendship group (the four Year 11 boys seen with him at Wexley Park) and take it "
                 "to the MACE panel, so that each boy's school and worker are told",
                 "Curtis Bell, EMT, with DC Hannah Slater",
                 "Peer map by 19/12/2025; to the MACE panel on 08/01/2026",
                 "Peer map on the MACE record; MACE minutes on Jayden's file by 15/01/2026, naming the agency "
                 "acting for each boy"],
                ["9",
                 "Pick Jayden up from home, take him to Merrowgate Amateur Boxing Club, stay for the session and "
                 "drop him home",
                 "Marcus Reid, Detached Youth Team",
                 "Mondays and Wednesdays, 5pm to 7pm, from 08/12/2025 until the review conference",
                 "Club register; Marcus texts Abbie after each session to say Jayden went and was home by 7pm"],
                ["PLACES: WEXLEY PARK, STATION ROAD AND THE BUS STATION", H, H, H, H],
                ["10",
                 "Serve a Child Abduction Warning Notice on Tyler Baines (19), who was found with Jayden in "
                 "Brenthorpe",
                 "DC Hannah Slater, Child Exploitation Unit, Merrowgate Police",
                 "By 12/12/2025",
                 "Copy of the served notice on Jayden's police record; DC Slater confirms to Abbie in writing "
                 "on the day it is served"],
                ["11",
                 "High-visibility patrols of the Wexley Park skate area, Station Road and the bus station, with "
                 "stop and account of any adult seen with young people there",
                 "Sgt Rob Keane, Merrowgate Town Neighbourhood Policing Team",
                 "At least four times a week, between 3pm and 8pm, until the review conference",
                 "Patrol log and stop and account records sent to Curtis two working days before each core "
                 "group"],
                ["12",
                 "Licensing visit to Peri Palace takeaway, Station Road, about boys being sent there to collect "
                 "and drop packages; check its CCTV and its closing-time conditions",
                 "Jas Dhillon, licensing officer, Merrowgate Council",
                 "By 09/01/2026",
                 "Visit report and any warning letter on the MACE record, reported to the MACE panel on "
                 "05/02/2026"],
                ["SCHOOL", H, H, H, H],
                ["13",
                 "Meet Jayden at the gate at 8.40am and at the end of the day at 3.05pm, and ring Nicola by "
                 "9.30am if he has not arrived",
                 "Owen Harte, DSL, Merrowgate Academy",
                 "Every school day until the end of the spring term (27/03/2026)",
                 "Signed check-in sheet; first-day calls logged on the school's attendance system and sent to "
                 "Abbie each Friday"],
                ["14",
                 "Send Jayden's attendance for the week, with any late marks and lessons missed, to Abbie and "
                 "Curtis",
                 "Lesley Gunn, attendance officer, Merrowgate Academy",
                 "Every Friday by 4pm",
                 "Weekly attendance e-mail on file; Jayden's attendance at 90% or more by the February half "
                 "term (13/02/2026)"],
                ["15",
                 "After-school revision in maths and English with a named mentor, so that Jayden can sit his "
                 "GCSEs and apply to college",
                 "Carla Finch, Head of Year 11, Merrowgate Academy",
                 "Tuesdays and Thursdays, 3.15pm to 4.15pm, from 06/01/2026 until his last exam",
                 "Revision register; his February mock results set against November's and shared at core "
                 "group; college application sent by 31/01/2026"],
                ["PHONE", H, H, H, H],
                ["16",
                 "Change Jayden's phone number and SIM, and agree with him a short list of people he will give "
                 "the new number to",
                 "Nicola Mortimer (Mum), with Jayden",
                 "By 05/12/2025",
                 "The network's letter cancelling the old number, seen by Curtis; the agreed list kept in "
                 "Jayden's plan folder"],
                ["COURT AND THE NRM", H, H, H, H],
                ["17",
                 "Write to the CPS with the NRM reasonable grounds decision and a YJS report on Jayden's "
                 "exploitation, asking that both are considered before his hearing",
                 "Priya Mistry, Youth Justice Service",
                 "By 07/01/2026, two weeks before the youth court hearing on 21/01/2026",
                 "Copy of the letter and the CPS reply on Jayden's file; the outcome of the hearing shared with "
                 "the core group within 2 working days"],
                ["18",
                 "Go through the hearing with Jayden and Nicola: what will happen, what his bail conditions "
                 "mean and who will be with him, then go to court with him",
                 "Priya Mistry, Youth Justice Service",
                 "In the week before the hearing (w/c 12/01/2026), and on 21/01/2026",
                 "Jayden can tell Priya his bail conditions in his own words, written in her notes; Priya's "
                 "court record shows she was with him"],
                ["19",
                 "Ask the Single Competent Authority for the NRM conclusive grounds decision and pass it on",
                 "Abbie Lorimer, SW",
                 "Every four weeks from 02/01/2026 until the decision is made",
                 "E-mails to and from the SCA on file; the decision shared with Priya and the core group within "
                 "2 working days of arriving"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jayden is missing overnight, or is seen in Brenthorpe or with Tyler Baines, Nicola reports him "
            "missing at once and the police treat him as high risk because of the exploitation marker. Abbie, "
            "or the Emergency Duty Team out of hours, holds a strategy discussion with the police and the EMT "
            "the same day (by 10am the next morning if he goes missing overnight).",
            "If Jayden is found with drugs, cash or a weapon, or is hurt, the police will take him to "
            "Merrowgate General Hospital or home, never to the station as a first step, and Abbie will tell the "
            "Single Competent Authority and Priya within 24 hours.",
            "If Dean cannot have Jayden at a weekend (he is ill, away, or says he cannot manage it), he tells "
            "Abbie by the Thursday before. Marcus will take Jayden to the Saturday youth hub trip, 10am to 4pm, "
            "and Jayden will stay at home with Nicola for the rest of the weekend, with Curtis ringing at 6pm on "
            "the Saturday and the Sunday. If Dean can no longer help at all, Abbie and Marcus will set up a "
            "weekend activity with the youth hub before the next weekend.",
            "If Jayden goes missing three or more times between two core groups, is found again where drugs are "
            "being dealt, or is still going missing most weeks by the review conference on 24/02/2026, Abbie will "
            "ask Graham Pike for a legal planning meeting within 5 working days, to decide whether care "
            "proceedings or a placement away from Merrowgate is needed to keep him safe.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Merrowgate Academy, so that Jayden can join for the "
            "first half hour if he wants to: 16/12/2025, 13/01/2026 and 10/02/2026.",
            "MACE panel: Jayden is on the list for 08/01/2026 and 05/02/2026 (Curtis attends).",
            "Review child protection conference: Tuesday 24/02/2026, 10am, Merrowgate Civic Centre.",
        ]),
        ("p", "Plan agreed at the conference on 02/12/2025 and sent to Nicola, Jayden (his own copy, read through "
              "with Curtis), Dean (his part only) and every agency on 04/12/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference, CSE and missing: a missing episodes table, her
#    own "if I go missing" plan, then the plan table under BEFORE / WHILE
#    MISSING / WHEN SHE COMES HOME / ALONGSIDE banner rows. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_mossbeck_rcpc_missing_before_during_after_brannan.pdf",
    "doc_title": "Review Child Protection Plan - Leah Brannan",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Mossbeck Metropolitan Borough Council · Children's Services",
    "footer": "Leah Brannan · Review child protection plan, 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-missing-and-cse-plan-paged-header-footer-kv-details-missing-episodes-since-icpc-table-date-how-long-where-found-found-by-rhi-then-worries-going-well-leahs-words-mums-words-leahs-own-if-i-go-missing-plan-outcomes-then-what-who-when-how-well-know-table-under-before-while-missing-when-she-comes-home-alongside-banner-rows-then-contingency-meetings",
    "description": (
        "First review conference plan for a 14-year-old girl who has gone missing nine times and been "
        "found in cars and at a house with adult men (child sexual exploitation); her mother has "
        "recurrent depression and is under the community mental health team, and her aunt collects her "
        "when she rings. The PDF, with a page header and footer, holds a table of missing episodes since "
        "the initial conference, her own 'if I go missing' plan, and the plan as a table (What will "
        "happen / Who / When / How we'll know) under BEFORE, WHILE LEAH IS MISSING, WHEN LEAH COMES HOME "
        "and ALONGSIDE banner rows. Most rows are sound (72-hour return interviews, a named missing "
        "persons coordinator, her own first-person row). Faults: the youth worker's sessions are measured "
        "by 'Leah's engagement'; reporting the men's accounts has '-' for who; 'All professionals' pass "
        "on sightings; the sexual health nurse sees her 'as and when Leah asks'; a CAMHS referral has an "
        "empty measure; the mental health team only supports her mother; and nothing anywhere says legal "
        "planning follows if she keeps going missing."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Mossbeck Metropolitan Borough Council · Children's Services · Safeguarding and Exploitation Team"),
        ("kv", [
            ("Young person", "Leah Brannan, born 30/04/2011 (14), Year 9, Mossbeck High School"),
            ("Address", "11 Thornley Court, Mossbeck MB6 2RE"),
            ("Lives with", "Donna Brannan (38), her mum, and Callum Brannan (11), her brother"),
            ("Aunt", "Kerry Brannan (Donna's sister), 4 Fern Court, Mossbeck, five minutes' drive away"),
            ("Category", "Sexual abuse (child sexual exploitation)"),
            ("Conferences", "Initial conference 15/10/2025; first review conference Wednesday 14/01/2026. "
                            "Chair: Michael Adebayo (IRO)"),
            ("Social worker", "Fiona Keel (team manager: Sandra Holt)"),
            ("Decision today", "Leah remains subject to a child protection plan."),
        ]),
        ("h1", "Missing episodes since the initial conference"),
        ("table", {
            "header": ["Date", "Gone for", "Where found, or how she came back", "Found by", "Return home interview"],
            "widths": [2.4, 2.2, 6.4, 2.8, 3.2],
            "rows": [
                ["01/11/2025", "19 hours", "Car park of Kingsway Retail Park, in a car with two adult men",
                 "Police patrol", "03/11/2025, Leah talked"],
                ["22/11/2025", "6 hours", "Came home herself at 2am, smelling of alcohol", "-",
                 "24/11/2025, declined"],
                ["06/12/2025", "11 hours", "Rang Aunt Kerry from Mossbeck bus station at 1am", "Aunt Kerry",
                 "08/12/2025, Leah talked"],
                ["13/12/2025", "31 hours", "A house in Ashcott Street with three men in their twenties and "
                 "alcohol", "Police, after Donna rang", "15/12/2025, Leah talked"],
                ["02/01/2026", "9 hours", "Came home herself; said she was \"at a mate's\"", "-",
                 "05/01/2026, Leah talked"],
            ],
        }),
        ("h1", "What we are worried about"),
        ("p", "Leah has been given vodka, vapes, food and lifts by men aged between 19 and 30 whom she met on "
              "Snapchat. On two of her returns she had emergency contraception from a pharmacy. She has told her "
              "return home interview worker that one of the men, known to her as \"Jay\", says she owes him for "
              "the things he has bought her. Since November she has cut the tops of her arms. Her attendance at "
              "school this term is 68%."),
        ("p", "Donna has recurrent depression. She is under the Mossbeck Community Mental Health Team and takes "
              "sertraline. On her bad weeks she stays in bed most of the day and does not know where Leah is in "
              "the evenings. Callum makes his own tea on those days."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leah has talked in four of her five return home interviews, and she rang Aunt Kerry herself on "
            "06/12/2025 when she wanted to come home.",
            "Donna now reports Leah missing straight away and keeps a log of when she goes and comes back.",
            "Leah goes to Mossbeck Youth Hub's girls' group on Thursdays and says she likes the youth worker.",
            "Leah has been to every session with Hollie from the Exploitation Team since October.",
        ]),
        ("h1", "What Leah says"),
        ("p", "Leah (seen on her own by Fiona on 09/01/2026): \"I'm not being exploited. They're my mates, they "
              "look after me.\" \"I go out because home's boring and Mum's always in bed.\" \"I'll do 9 o'clock "
              "if I can stay out till 10 at weekends.\" \"I don't want the police coming to school.\" She said "
              "she would like to see the nurse about her arms \"but not someone who'll tell Mum everything\". "
              "She scored how safe she feels when she is out at 6 out of 10, and at home at 8."),
        ("h2", "What Donna says"),
        ("p", "\"I'm scared I'll get a call one night to say she's dead.\" Donna knows she cannot always keep "
              "track of Leah when she is low and wants help for herself and for Leah."),
        ("h1", "If I go missing: Leah's own plan"),
        ("p", "Written by Leah with Hollie on 08/01/2026: \"If I'm somewhere I don't want to be I will ring Auntie "
              "Kerry or 999. I'll keep my phone on. If I can't talk I will text Mum the word 'pizza' and she'll "
              "know to ring the police. I won't get in a car with someone I don't know.\""),
        ("h1", "What we want for Leah"),
        ("numbers", [
            "Leah is home every night and does not go missing.",
            "Leah is not in contact with the adults who are exploiting her, and knows the signs and who she can "
            "tell.",
            "Leah is in school every day and in her lessons.",
            "Leah's health is looked after: her sexual health, her low mood and the cutting.",
            "Leah lives with a mum who is well enough to know where she is and to keep to her home times.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.4, 3.3, 4.1],
            "rows": [
                ["BEFORE: KEEPING LEAH FROM GOING MISSING", H, H, H],
                ["See Leah on her own at home or at school and go through her week, who she has been talking to "
                 "online and anyone she is worried about",
                 "Fiona Keel, SW",
                 "Every week until the next review conference; one visit in three unannounced",
                 "Visit records within 2 working days, with Leah's words and her own \"how safe do I feel\" "
                 "score out of 10"],
                ["Sessions with Leah on healthy relationships, consent and how older men groom girls, using "
                 "the \"Leah's story\" work she chose",
                 "Hollie Pratt, Mossbeck Exploitation Team",
                 "Every Tuesday after school, 12 sessions from 20/01/2026",
                 "Session notes to Fiona each week; Leah's exploitation screening redone with her at sessions 6 "
                 "and 12"],
                ["Girls' group and one-to-one time with Leah at the youth hub, on friendships and staying safe",
                 "Shannon Lowe, youth worker, Mossbeck Youth Hub",
                 "Thursdays, 6pm to 8pm, from 22/01/2026",
                 "Leah's engagement with the sessions"],
                ["Put Leah's home times on the fridge (8pm on school nights, 9pm at weekends), ring her 30 "
                 "minutes before, and ring 101 if she is not home within 30 minutes of her time",
                 "Donna Brannan (Mum)",
                 "Every night",
                 "Donna's missing log matches the police missing records; Fiona checks both at each visit"],
                ["I will keep my phone charged and on, and answer Mum or text her back within 10 minutes "
                 "when she rings after 8pm",
                 "Leah",
                 "Every evening I am out",
                 "Mum's call log, which Leah and Donna show Fiona at the weekly visit"],
                ["Report the men's Snapchat and Instagram accounts to the platforms, and set Leah's own "
                 "accounts to private with her",
                 "-",
                 "By 23/01/2026",
                 "Screenshots of the reports and of Leah's privacy settings, seen by Fiona"],
                ["WHILE LEAH IS MISSING", H, H, H],
                ["Treat every missing report for Leah as high risk, search her known places (Kingsway Retail "
                 "Park, Ashcott Street, the bus station) and ring Fiona or the EDT",
                 "PC Dan Whelan, missing persons coordinator, Mossbeck Police",
                 "Every time Leah is reported missing; call to Fiona or the EDT within 1 hour of the report",
                 "Missing reports and search logs on Leah's police record; Fiona's case notes show the call "
                 "within the hour"],
                ["Pass on every sighting of Leah, every car registration and every name of an adult seen with "
                 "her, on a police intelligence form",
                 "All professionals",
                 "The same day it is seen or heard",
                 "Intelligence forms logged by PC Whelan and listed at each core group"],
                ["Go and collect Leah when she rings to be picked up, wherever she is, and bring her home or "
                 "to Kerry's flat",
                 "Kerry Brannan (aunt)",
                 "Every time Leah rings her, day or night",
                 "Kerry texts Fiona and PC Whelan as soon as she has Leah; the return time is on the police "
                 "record"],
                ["WHEN LEAH COMES HOME", H, H, H],
                ["Offer Leah a return home interview, in a place she chooses, with the same worker each time",
                 "Gemma Shaw, return home interview worker, Mossbeck Young People's Service",
                 "Within 72 hours of every return",
                 "RHI report to Fiona and PC Whelan within 24 hours of the interview; what Leah says added to "
                 "her missing map"],
                ["Hold a strategy discussion after any return where Leah says she was with adults, was given "
                 "alcohol or drugs, or may have been sexually assaulted",
                 "Fiona Keel, SW (the EDT out of hours)",
                 "Within 24 hours of the return",
                 "Strategy discussion record on file, with each decision and who is doing it"],
                ["Offer Leah sexual health checks, contraception and emergency contraception, at the clinic or "
                 "the school drop-in",
                 "Amy Corr, nurse, Mossbeck Young People's Sexual Health Service",
                 "As and when Leah asks",
                 "Appointments and tests on the clinic record; Amy confirms to Fiona that Leah has been seen"],
                ["ALONGSIDE: LEAH'S HEALTH, SCHOOL AND HOME", H, H, H],
                ["Refer Leah to Mossbeck CAMHS for an assessment of her low mood and the cutting on her arms",
                 "Fiona Keel, SW, with Dr Rehman (GP)",
                 "By 23/01/2026",
                 ""],
                ["Check in with Leah at morning registration and after lunch, and ring Donna and Fiona by 10am "
                 "if she is not in",
                 "Gail Forde, DSL, Mossbeck High School",
                 "Every school day",
                 "Check-in sheet and first-day call log sent to Fiona every Friday; attendance at 90% or more "
                 "by the Easter holidays (27/03/2026)"],
                ["Visits to Donna to support her with her depression, her medication and her sleep",
                 "Jo Latham, care coordinator, Mossbeck Community Mental Health Team",
                 "Every two weeks from 21/01/2026",
                 "Visits recorded on the CMHT record and confirmed to Fiona by e-mail each month"],
                ["Review Donna's antidepressant and write to Fiona on how her health is affecting her care of "
                 "Leah and Callum",
                 "Dr Saira Rehman, GP, Priory Road Surgery",
                 "By 13/02/2026",
                 "GP letter on Leah's file by 13/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leah is missing overnight, is found with an adult man, or is found at the Ashcott Street address, "
            "the police will treat her as high risk and Fiona, or the EDT out of hours, will hold a strategy "
            "discussion with the police within 24 hours. Leah will stay at Aunt Kerry's flat for the next two "
            "nights if Leah and Kerry agree.",
            "If Kerry cannot go and collect Leah (she is at work, ill or away), Donna rings 999 and the police go "
            "to Leah; out of hours the EDT will pay for a taxi from where Leah is to home.",
            "If Donna becomes too unwell to know where Leah is in the evenings, or is admitted to hospital, Jo "
            "Latham tells Fiona the same day and Leah and Callum stay with Kerry at 4 Fern Court until Donna is "
            "well enough; Fiona sees both children there within 2 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.30pm, Mossbeck High School: 28/01/2026, 25/02/2026, "
            "25/03/2026, 22/04/2026, 20/05/2026 and 17/06/2026.",
            "Next review child protection conference: Wednesday 08/07/2026, 10am, Mossbeck Town Hall.",
        ]),
        ("p", "Plan agreed at the review conference on 14/01/2026 and sent to Donna, Leah (her copy read through "
              "with Hollie), Kerry and every agency on 16/01/2026."),
    ],
    "findings": [
        F("M002", "Girls' group and one-to-one time with Leah at the youth hub"),
        F("W001", "Report the men's Snapchat and Instagram accounts to the platforms"),
        F("W002", "Pass on every sighting of Leah, every car registration"),
        F("T002", "Offer Leah sexual health checks, contraception and emergency contraception"),
        F("M001", "Refer Leah to Mossbeck CAMHS for an assessment of her low mood"),
        F("H001", "Visits to Donna to support her with her depression"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. ICPC written to a 16-year-old after his friend was stabbed: "our
#    agreement", one small Who / What / When / How we'll know table for each
#    area of his life, his own rows as "You (Amir)". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_malvington_icpc_our_agreement_area_tables_haddad.md",
    "split": "tune",
    "actions": 20,
    "template": "icpc-plan-written-to-16-year-old-md-you-means-amir-details-bullets-why-going-well-what-you-told-us-what-your-parents-told-us-what-we-want-for-you-then-our-agreement-one-small-who-what-when-how-well-know-pipe-table-per-area-of-his-life-getting-about-no-knife-college-your-head-home-online-referral-order-his-own-rows-you-amir-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan written to a 16-year-old ('you' means Amir) after his friend "
        "was stabbed in an underpass, he was threatened online and at home (a brick through the window), "
        "and he was caught carrying a knife, for which he is on a six-month referral order. After the "
        "reasons, what is going well, his own strong words (that carrying a knife keeps him safe, that he "
        "will not be sent to his uncle's) and his parents' worries, 'our agreement' gives a small Who / "
        "What / When / How we'll know table for each area of his life: getting about, no knife, college, "
        "his head, home, online and the referral order. His own rows are 'You (Amir)'. Times are tied to "
        "college days, his 9pm home time, his panel and the end of his order; legal planning follows named "
        "triggers; core group and review dates are set."
    ),
    "text": """\
# Malvington City Council – Children's Services

## Our agreement: a child protection plan written for you, Amir

In this plan "you" means Amir. Every job in it has a person's name next to it, and every job says when
it will happen and how we will all know it has.

- **You:** Amir Haddad, born 19/07/2009 (16), Level 2 Sport at Malvington College
- **Home:** 6 Larchwood Avenue, Malvington MV2 7HS, with your mum Rania Haddad (44), your dad Samir
  Haddad (47) and your sisters Lina (12) and Maya (8)
- **Conference:** initial child protection conference, Monday 15/12/2025. Chair: Janet Okafor (IRO)
- **Category:** physical abuse (risk of serious harm outside the home)
- **Your social worker:** Nadia Farouk (her manager is Peter Grainger)
- **Your youth justice worker:** Jordan Pryce, Malvington Youth Justice Service (YJS)
- **Your referral order:** six months, made at Malvington Youth Court on 10/12/2025; first panel
  07/01/2026; the order ends on 09/06/2026

People named in this plan: PC Ellen Marsh (schools and youth officer, Malvington Police); DS Karl Ince
(Serious Violence Team, Malvington Police); Ruth Okoro (safeguarding lead, Malvington College); Kwame
Boateng (mentor, Step Up, Malvington Violence Reduction Partnership); Dr Lucy Hart (clinical psychologist,
Malvington CAMHS); Lee Harker (community safety officer, Malvington Council); Gary Fenn (tenancy officer,
Malvington Homes).

### Why there is a plan

On 12/10/2025 your friend Kian was stabbed in the Riverside underpass. You were with him and you kept
pressure on the wound until the ambulance came. Since then a group from the Brookfield estate has posted
videos naming you, and on 20/11/2025 three of them chased you off the 42 bus and punched you. On
24/11/2025 a brick came through your front window with Lina asleep in the room above, and your address
was posted online the same night.

On 31/10/2025 PC Marsh found a kitchen knife in your bag outside college. You told the court you carried
it because you were scared. The conference agreed that you are at risk of serious harm when you are out,
and that the risk has reached your home and your sisters.

### What is going well

- You have been home by 9pm every night since 24/11/2025, and you told your mum about the videos yourself.
- You have kept going to college: 89% this term, even after you were chased.
- You got on well with Jordan at court and at your pre-panel meeting, and you have asked for a mentor.
- Your mum and dad came to the conference together and both want to keep you safe.

### What you told us

You met Nadia on your own on 10/12/2025 and asked her to write this down in your words:

> "Carrying it was the only thing that made me feel safe. I know it's stupid now. I'm not carrying
> again." "I'm not going to Carnford. My life is here, my course is here." "I can't sleep. I keep seeing
> Kian." "Don't send police to college in uniform, everyone will think I'm a grass." "I'd do coaching,
> little kids' football. That's what I want to do."

You scored how safe you feel going out at 2 out of 10, and at home at 6 out of 10 since the brick.

### What your mum and dad told us

Rania: "I don't sleep until I hear the door. I'm scared for the girls too." Samir wants to send you to
your uncle in Carnford until things calm down; he said at the conference that he is frightened he will
"lose a son". Your parents argue about this and you told Nadia the arguments make you want to stay out.

### What we want for you

1. You get to college and home again safely every day, and you are not hurt.
2. You do not carry a knife or any weapon, and you can tell us what you would do instead if you felt
   scared.
3. You finish your course this year and have a place on the Level 3 coaching course for September 2026.
4. You can sleep, and you have help with what you saw when Kian was hurt.
5. Your home is safe for you and your sisters, and you and your parents agree the rules together.
6. You finish your referral order with no new offences.

### Our agreement

#### 1. Getting about safely

| Who | What | When | How we'll know |
|---|---|---|---|
| You (Amir) | Go to college and back on the 42 bus from the stop outside the house, never through the Riverside underpass or across the Brookfield estate | Every college day from 05/01/2026 | Your bus pass taps, which you show Nadia at each visit; your college sign-in times on the register |
| You (Amir) | Be home by 9pm, and text your mum if you will be later | Every night; a text at least 30 minutes before 9pm if you will be late | Your mum's log of the time you get in, read by Nadia each week; no night after 9pm without a text |
| Nadia Farouk, SW | Get you a 16-25 bus pass topped up for the spring term | By 19/12/2025 | The pass in your hand, seen by Nadia, and the receipt on file |
| Lee Harker, community safety officer | Ask for the Riverside underpass lighting to be fixed and its camera put on the live CCTV monitoring list | Request by 09/01/2026; work done by 27/02/2026 | Copy of the works order; the CCTV control room confirms in writing to Nadia that the camera is live |

#### 2. No knife

| Who | What | When | How we'll know |
|---|---|---|---|
| You (Amir) | Not carry a knife or anything as a weapon, and hand in anything you are given to PC Marsh or Jordan | Every day, from today | College bag checks at sign-in find nothing; PC Marsh checks police records for stops and searches before each core group |
| Jordan Pryce, YJS | Six "Choices and Consequences" sessions with you on knife crime, including meeting a trauma surgeon from Malvington General Hospital | Wednesdays at 4pm, from 14/01/2026 to 18/02/2026 | Each session recorded on AssetPlus; your own worksheets; Jordan's report to your panel review on 04/03/2026 |
| DS Karl Ince, Serious Violence Team | Finish the police risk assessment of the threats to you, and tell you and your parents in person what it found and what the police will do | By 22/12/2025 | Risk assessment on the police record; DS Ince's note of the visit sent to Nadia the same week |

#### 3. College and your future

| Who | What | When | How we'll know |
|---|---|---|---|
| Ruth Okoro, safeguarding lead, Malvington College | Let you in and out by the side gate, walking you out at 3.30pm away from where the Brookfield group waits, and ring your mum by 10am if you are not in | Every college day until the Easter holidays (27/03/2026) | Side-gate sign-in sheet; first-day call log sent to Nadia each Friday |
| Kwame Boateng, Step Up mentor | Mentoring with you, and a taster at the Malvington Town FC community coaching scheme you asked for | Every Tuesday at 4pm for 12 weeks from 13/01/2026; taster booked by 27/02/2026 | Kwame's session log sent to Nadia each month; the taster booking e-mail on file |
| You (Amir) | Apply for the Level 3 coaching course at Malvington College, with Kwame's help | By 31/01/2026 | The college's e-mail acknowledging your application, shown to Nadia |

#### 4. Your head: sleep, nightmares and Kian

| Who | What | When | How we'll know |
|---|---|---|---|
| Dr Lucy Hart, Malvington CAMHS | Assess your sleep, your nightmares and what you saw when Kian was stabbed, and write to you and Nadia about the help CAMHS will give | Assessment by 30/01/2026; letter within 2 weeks of it | The CAMHS letter on file with a plan for treatment, given to you first |
| You (Amir) | Go to the CAMHS assessment, taking your mum or Kwame if you want to | On the date CAMHS give you (by 30/01/2026) | CAMHS confirms to Nadia that you went |

#### 5. Home and your family

| Who | What | When | How we'll know |
|---|---|---|---|
| Nadia Farouk, SW | See you on your own at home or at college, and see Lina and Maya at home | Every week until the review conference; at least one visit a fortnight at home | Visit records within 2 working days with your words and your two "safe" scores |
| Rania and Samir Haddad (Mum and Dad) | Write down the time you get home each night, and ring 101 and then Nadia (or the EDT) if you are not in by 9.30pm and not answering | Every night until the review conference | The log, read by Nadia at each home visit and matching any police missing record |
| Gary Fenn, tenancy officer, Malvington Homes | Fit a video doorbell, window locks and a letterbox guard | By 09/01/2026 | Job sheet signed by your mum and copied to Nadia |
| Nadia Farouk, SW | Three family sessions with you and your parents about the rules at home and about your dad's wish to send you to Carnford, so that any move is planned with you and not done to you | Three sessions by 13/02/2026 | Session notes with each person's words; your house rules, written and signed by you and your parents, on file |

#### 6. Online

| Who | What | When | How we'll know |
|---|---|---|---|
| DS Karl Ince, Serious Violence Team | Ask the platforms to take down the videos and posts that name you or show your address | Requests by 19/12/2025, then checked every two weeks until they are down | Platform reference numbers on the police record; DS Ince tells Nadia in writing as each one comes down |
| You (Amir) | Block and do not answer accounts that threaten you; screenshot anything new and send it to PC Marsh | The same day anything new appears | PC Marsh's log of your screenshots, listed at each core group |

#### 7. Your referral order

| Who | What | When | How we'll know |
|---|---|---|---|
| Jordan Pryce, YJS | Agree your referral order contract with you at your first panel, with the coaching reparation you chose | At the panel on 07/01/2026 | Signed contract on AssetPlus and a copy on Nadia's file |
| You (Amir) | Go to every YJS appointment and every panel meeting | Every appointment until the order ends on 09/06/2026 | The YJS attendance record; no appointment missed without a reason Jordan accepts |

### If things go wrong

- **If you are threatened, chased or hurt, or your address is posted again:** you or your parents ring
  999; the police respond as a priority because DS Ince has put a marker on the house. Nadia, or the
  Emergency Duty Team out of hours, holds a strategy discussion with the police the same day. If the
  police think the threat is to your life, the council will move you and your family into emergency
  accommodation away from Malvington that day.
- **If you are found carrying a knife or any weapon again:** the police deal with the offence and tell
  Jordan and Nadia the same day; Jordan tells your panel; Nadia holds a strategy discussion within 24
  hours.
- **If you are not home and not answering by 9.30pm:** your parents report you missing on 101 (999 if
  they think you are in danger), and a return home interview worker from Malvington Young People's
  Service will offer to see you within 72 hours of getting home.
- **If you are hurt or carry a weapon again, or if by the review conference on 10/03/2026 you still
  cannot get about or stay at home safely,** Nadia will ask Peter Grainger for a legal planning meeting
  within 5 working days, to decide whether you need to be looked after somewhere away from Malvington
  for a time.

### Meetings

- Core group every four weeks, Mondays at 4pm at Malvington College (you can come to the first half
  hour): 05/01/2026, 02/02/2026 and 02/03/2026.
- Review child protection conference: Tuesday 10/03/2026, 2pm, Malvington Civic Centre.

Written by Nadia with you on 16/12/2025. Copies to you, your parents and every agency named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. CP plan with the MACE panel's disruption plan, family moving to another
#    authority: plain text, actions under VOLT headings, each a numbered line
#    with Lead / When / Check lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_mardlecombe_cp_and_mace_volt_lines_pryor.txt",
    "split": "tune",
    "actions": 19,
    "template": "icpc-plan-with-mace-disruption-plan-txt-caps-title-equals-rules-numbered-sections-details-lines-why-the-move-to-another-authority-going-well-chloes-words-parents-words-outcomes-then-plan-under-volt-headings-victim-offenders-locations-themes-each-action-a-numbered-line-v1-o1-l1-th1-with-lead-when-check-lines-then-contingency-core-group-mace-transfer-in-conference",
    "description": (
        "Initial conference plan for a 13-year-old girl groomed on Snapchat and in the town centre by "
        "adult men, who moved her between addresses by taxi (child sexual exploitation), written with the "
        "MACE panel's disruption plan; her family are moving to another authority for her safety, with a "
        "dated transfer-in conference. Plain text, the actions under VOLT headings (victim, offenders, "
        "locations, themes), each a numbered line (V1, O1, L1, TH1) with 'Lead', 'When' and 'Check' lines. "
        "Most actions are sound, including the records handover and the school move. Faults: online "
        "safety sessions 'when capacity allows'; 'All partners' sharing information; the taxi licensing "
        "visit 'monitored'; a trading standards visit with '-' for when; the therapeutic service held "
        "back until the family have moved and the other authority has the case; a contingency that only "
        "says the core group will reconvene if concerns escalate; and no legal planning."
    ),
    "text": """\
MARDLECOMBE BOROUGH COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN, WITH THE MACE DISRUPTION PLAN
==================================================================

1. DETAILS

Young person ....... Chloe PRYOR, born 03/02/2012 (13), Year 8, St Aidan's CE Academy
Address ............ 27 Linnet Way, Mardlecombe MD4 6TW (until 20/02/2026)
Lives with ......... Sarah Pryor (36), mum; Gavin Kent (39), mum's partner; Josh Kent (6), brother
Category ........... Sexual abuse (child sexual exploitation)
Conference ......... Initial child protection conference, Wednesday 21/01/2026
Chair .............. Alan Whitby (IRO)
Social worker ...... Helen Ashdown, Safeguarding Team 2 (manager: Karen Doyle)
MACE ............... Chloe was heard at the MACE panel on 15/01/2026 and stays on its list

2. WHY CHLOE HAS A PLAN

Since October 2025 Chloe has been messaged on Snapchat by men who said they were 17 and 18; at least
two are adults in their twenties, known to her as "Mo" and "Dan". They gave her vapes, a phone and
money for taxis. On 09/12/2025 and 03/01/2026 a taxi from Quayside Cars took her from Market Square to
a flat in Harbour Road, where she was given alcohol. On 03/01/2026 she was found there by police at
1am, after Sarah reported her missing. Sarah found sexual messages and pictures on Chloe's phone on
14/01/2026 and gave the phone to the police.

Chloe hangs about in Market Square and the Funland arcade on Quay Street after school, and buys vapes
at Vape Stop on Quay Street, which does not ask her age.

3. THE MOVE TO HALDON

Sarah and Gavin have agreed a council house swap to Haldon, sixty miles away, for Chloe's safety. They
move on Friday 20/02/2026. Chloe's last day at St Aidan's is 13/02/2026 and she starts at Haldon Vale
School on 23/02/2026. Mardlecombe keeps the plan until Haldon County Council's transfer-in conference,
booked for Thursday 12/03/2026.

4. WHAT IS GOING WELL

- Sarah found the messages and went straight to the police.
- Chloe has not gone missing since 03/01/2026 and has been home by 6pm every school day.
- Chloe talks to Becky from the Exploitation Hub and has kept every session.
- Gavin collects Chloe from school on his days off.

5. WHAT CHLOE SAYS

Seen on her own by Helen on 16/01/2026: "Mo's not like that, he's just older. He actually listens to
me." "I hate that everyone knows. Mum read my messages." "I don't want to move. All my friends are
here." "The taxi man was nice, he never asked for money." She agreed she felt "sick" in the Harbour
Road flat and that she wanted to go home. She rated how safe she feels in town at 5 out of 10, and at
home at 7.

6. WHAT SARAH AND GAVIN SAY

Sarah: "I feel like I've failed her. I didn't know any of this was happening." She wants help to
understand Chloe's apps. Gavin is angry with the men and has said he wants to "sort them out"; he agreed
at the conference to leave it to the police.

7. WHAT WE WANT FOR CHLOE

(a) Chloe is not in contact with "Mo", "Dan" or any adult who exploits her, online or in person.
(b) Chloe is home every evening, is never missing, and does not go to Harbour Road or Quay Street.
(c) Chloe understands what grooming is, can spot it, and knows who to tell.
(d) Chloe settles at Haldon Vale School with staff who know her story and a plan that carries on
    without a gap.

8. THE PLAN (VOLT)

V = VICTIM (CHLOE)

V1  See Chloe on her own at home or at school and go through her week, her apps and anyone new.
    Lead:  Helen Ashdown, SW
    When:  Every week until the transfer-in conference on 12/03/2026
    Check: Visit record on file within 2 working days, with Chloe's own words and scores

V2  One-to-one sessions with Chloe on grooming, healthy relationships and "Mo".
    Lead:  Becky Lund, Mardlecombe Exploitation Hub
    When:  Thursdays at 4pm from 29/01/2026 until the move (four sessions)
    Check: Session notes to Helen each week; Chloe's "safe and unsafe people" map updated with her
           at each session

V3  Safer Online session with Sarah and Gavin about Chloe's apps, privacy settings and the signs.
    Lead:  PCSO Dawn Kerr, Mardlecombe Police Online Safety Team
    When:  When capacity allows
    Check: Parental controls set up on Chloe's new phone and the home router, seen by Helen at her
           next visit

V4  I will keep location sharing on to Mum and come straight home on the school bus.
    Lead:  Chloe
    When:  Every school day
    Check: Sarah shows Helen the location history at each visit; the bus pass scans, checked by the
           school office each Friday

V5  Ring 101 if Chloe is not home by 6pm and not answering, and keep a missing log.
    Lead:  Sarah Pryor and Gavin Kent
    When:  Every evening, within 30 minutes of 6pm
    Check: The missing log matches the police missing records; Helen checks both each week

V6  Check in with Chloe at registration, give her a quiet place at lunchtime, and ring Sarah by 9.30am
    if she is not in.
    Lead:  Paul Everett, DSL, St Aidan's CE Academy
    When:  Every school day until 13/02/2026
    Check: Check-in log and first-day calls e-mailed to Helen every Friday

V7  See Chloe at the school drop-in about sexual health, contraception and consent.
    Lead:  Sian Madoc, school nurse, Mardlecombe 0-19 Service
    When:  By 06/02/2026
    Check: Appointment on the school nursing record; Sian confirms to Helen that Chloe was seen

V8  Refer Chloe to the National Referral Mechanism, as she was moved between addresses by taxi.
    Lead:  Helen Ashdown, SW
    When:  By 30/01/2026
    Check: Single Competent Authority's acknowledgement on file

V9  Send Chloe's full records and this plan to Haldon Children's Services, and make a joint home
    visit with the Haldon social worker.
    Lead:  Helen Ashdown, SW
    When:  Records by 13/02/2026; joint visit by 20/02/2026
    Check: Haldon's e-mail confirming the records arrived; joint visit note on both files

V10 Therapeutic work with Chloe on what has happened to her (Safe Steps CSE service), left for
    Haldon to refer once the case has transferred.
    Lead:  Haldon Children's Services
    When:  Within four weeks of the transfer-in conference on 12/03/2026
    Check: Safe Steps (Haldon) acceptance letter on file

V11 Book Chloe's place at Haldon Vale School and pass her safeguarding file to its DSL.
    Lead:  Paul Everett, DSL, St Aidan's CE Academy
    When:  By 13/02/2026
    Check: Haldon Vale's DSL confirms in writing that the file arrived; Chloe starts on 23/02/2026

O = OFFENDERS ("MO", "DAN" AND OTHERS NOT YET NAMED)

O1  Serve Child Abduction Warning Notices on the two men identified as "Mo" and "Dan".
    Lead:  DC Priya Sandhu, CSE Team, Mardlecombe Police
    When:  By 30/01/2026
    Check: Served notices on the police record; DC Sandhu confirms to Helen in writing

O2  Investigate the messages and pictures on Chloe's old phone and tell Helen what action is taken.
    Lead:  DC Priya Sandhu, CSE Team, Mardlecombe Police
    When:  Update by 27/02/2026, and at the MACE panel on 12/02/2026
    Check: Written update to Helen; the MACE minutes record the update

O3  Share any information about the men, their cars or addresses with the MACE panel.
    Lead:  All partners
    When:  The same day it is known
    Check: Logged on the MACE tracker and read out at each panel

L = LOCATIONS (MARKET SQUARE, QUAY STREET, HARBOUR ROAD)

L1  Patrols of Market Square, the Funland arcade and Harbour Road.
    Lead:  Sgt Tom Crane, Mardlecombe Neighbourhood Policing Team
    When:  Friday and Saturday evenings, 6pm to 11pm, until 12/03/2026
    Check: Patrol log sent to the MACE coordinator before each panel

L2  Safeguarding visit to Quayside Cars and Star Taxis, whose drivers took Chloe to Harbour Road.
    Lead:  Nat Brierley, taxi licensing officer, Mardlecombe Borough Council
    When:  By 13/02/2026
    Check: To be monitored by licensing

L3  Visit Vape Stop, Quay Street, about selling vapes to Chloe and other under-18s.
    Lead:  Ian Rudd, trading standards officer, Mardlecombe Borough Council
    When:  -
    Check: Visit report and any warning letter on the MACE tracker

L4  Meet the manager of the Funland arcade about under-16s after 8pm, staff training and its CCTV.
    Lead:  Becky Lund, Exploitation Hub, with Sgt Tom Crane
    When:  By 06/02/2026
    Check: The arcade's signed safeguarding agreement on the MACE tracker

TH = THEMES

TH1 Add taxis being used to move girls to the MACE theme report for the Community Safety
    Partnership.
    Lead:  Jo Castle, MACE coordinator
    When:  At the MACE panel on 12/02/2026
    Check: Theme report in the panel minutes, sent to Helen

9. CONTINGENCY

If concerns about Chloe escalate, or the plan is not working, Helen will discuss this with her
manager and the core group will reconvene to consider next steps.

10. CORE GROUP, MACE AND REVIEW

Core group every two weeks until the move, Wednesdays at 3.30pm at St Aidan's: 04/02/2026 and
18/02/2026. MACE panel: 12/02/2026. Haldon's transfer-in conference, which is Chloe's review
conference: Thursday 12/03/2026, 10am, Haldon County Hall (Helen and Becky will attend).

Plan typed by Helen Ashdown on 22/01/2026 and sent to Sarah, Gavin, Chloe (her own copy, read with
Becky) and every agency.
""",
    "findings": [
        F("T002", "Safer Online session with Sarah and Gavin about Chloe's apps"),
        F("W002", "Share any information about the men, their cars or addresses"),
        F("M002", "Safeguarding visit to Quayside Cars and Star Taxis"),
        F("T001", "Visit Vape Stop, Quay Street, about selling vapes"),
        F("X001", "Therapeutic work with Chloe on what has happened to her"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. RCPC for a 15-year-old excluded from school, on bail with a tag, whose
#    mother drinks: a "Key dates" table, then a landscape table with a
#    "What Liam says" column beside each action. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_morthaven_rcpc_key_dates_what_liam_says_column_doyle.docx",
    "doc_title": "Review Child Protection Plan - Liam Doyle",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-kv-details-key-dates-table-court-bail-half-terms-meetings-then-what-has-happened-since-october-worries-going-well-liams-views-outcomes-then-ref-what-needs-to-happen-lead-timing-how-we-will-know-what-liam-says-table-his-words-beside-each-action-then-contingency-core-group-review",
    "description": (
        "First review conference plan for a 15-year-old boy permanently excluded from school and now at "
        "a pupil referral unit, on bail with an electronically monitored curfew for a robbery done with "
        "older boys who also use him to carry cannabis; his mother drinks most nights, and his nan and "
        "his 21-year-old brother help. A 'Key dates' table (bail review, half term, trial, meetings) comes "
        "before a landscape plan table (Ref / What needs to happen / Lead / Timing / How we will know / "
        "What Liam says) with his own words beside each action. Most rows are sound. Faults: the tag "
        "check is 'TBC'; the half-term course has an empty measure; a passive drug service referral has "
        "no one in the Lead cell; one outcome is about his mother only; the nan's and the brother's help "
        "carry the plan with nothing in the contingency if it stops; and the mother's drinking is "
        "recorded with no adult service owning any action."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Morthaven District Council · Children's Services · Adolescent Support and Safeguarding Team"),
        ("kv", [
            ("Young person", "Liam Doyle, born 22/06/2010 (15), Year 11"),
            ("Education", "Permanently excluded from Morthaven Park School on 07/10/2025; full time at The "
                          "Anchorage (Morthaven Pupil Referral Unit) since 03/11/2025"),
            ("Address", "41 Seaview Terrace, Morthaven MH1 3DP"),
            ("Lives with", "Shelley Doyle (40), his mum"),
            ("Family close by", "Irene Doyle (68), his nan, 2 Gull Walk; Connor Doyle (21), his brother, "
                                "Flat 3, Harbour Mews"),
            ("Category", "Neglect (harm outside the home: criminal exploitation)"),
            ("Conferences", "Initial conference 09/10/2025; first review conference Thursday 08/01/2026. "
                            "Chair: Graham Lowe (IRO)"),
            ("Social worker", "Rhys Tanner (team manager: Bev Ashworth)"),
            ("Youth justice", "Charged with robbery (18/09/2025). On conditional bail: curfew 8pm to 7am at "
                              "home with an electronic tag; not to enter Gantry Court. Trial listed at "
                              "Morthaven Youth Court."),
        ]),
        ("h1", "Key dates"),
        ("table", {
            "header": ["Date", "What", "Where"],
            "widths": [4.0, 14.0, 7.7],
            "rows": [
                ["14/01/2026", "Bail review hearing", "Morthaven Youth Court"],
                ["22/01/2026", "Core group 1", "The Anchorage"],
                ["16/02/2026 to 20/02/2026", "February half term: The Anchorage is closed", "-"],
                ["26/02/2026", "Core group 2", "The Anchorage"],
                ["04/03/2026", "Trial", "Morthaven Youth Court"],
                ["27/03/2026", "Last day before the Easter holidays", "-"],
                ["02/07/2026", "Next review child protection conference", "Morthaven Council Offices"],
            ],
        }),
        ("h1", "What has happened since October"),
        ("p", "Liam was arrested on 18/09/2025 with two older boys after a 14-year-old's phone was taken from "
              "him at knifepoint in Marine Park. Liam says he did not have the knife. The police believe the "
              "older group, who meet at 14 Gantry Court, have used Liam since the spring to carry cannabis "
              "around Morthaven; he has been found there three times and has had cash and two phones he cannot "
              "explain. He was excluded from Morthaven Park School after bringing cannabis into school and "
              "hitting a boy who called him a \"runner\"."),
        ("p", "Shelley drinks most nights, often two bottles of wine. When the police brought Liam home on "
              "29/09/2025 she was too drunk to take him in, and Irene came round. Shelley told the conference "
              "she drinks \"to cope\" and does not think it is a problem. She has not seen her GP about it and "
              "has said no to a referral to the alcohol service."),
        ("h1", "What is going well"),
        ("bullets", [
            "Liam has not broken his curfew since the tag was fitted on 25/09/2025.",
            "Liam's attendance at The Anchorage is 81% since November, and staff say he is polite and works "
            "hard in construction skills.",
            "Irene has had Liam after The Anchorage on Tuesdays and Thursdays since October, and Connor takes "
            "him to the gym every Saturday.",
            "Liam has gone to every bail appointment with the YJS.",
        ]),
        ("h1", "Liam's views"),
        ("p", "Liam (seen on his own by Rhys on 05/01/2026, and at The Anchorage by Tasha on 06/01/2026): \"I "
              "didn't do the robbery, I was just there.\" \"Gantry Court is where my mates are. What am I "
              "meant to do, sit in all day?\" \"Mum's alright when she's not drinking. I don't want her to get "
              "in trouble.\" \"I want to do bricklaying like my uncle did.\" He did not want to come to the "
              "conference but wrote his answers to the chair's questions, which are in the last column of the "
              "plan below."),
        ("h1", "What we want to see"),
        ("numbers", [
            "Liam keeps to his curfew, is not found at Gantry Court, and is not used to carry drugs or money.",
            "Liam goes to The Anchorage every day and has a college place for September 2026.",
            "Liam understands what happens at his trial, and has an adult with him at each hearing.",
            "Shelley will stop drinking during the week and feel more in control at home.",
            "Liam has adults and places he feels safe with outside school hours.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "Timing", "How we will know", "What Liam says"],
            "widths": [1.0, 6.4, 3.8, 3.9, 5.6, 5.0],
            "rows": [
                ["1",
                 "See Liam on his own, at home, at The Anchorage or on a drive, and go through his week and who "
                 "he has been with",
                 "Rhys Tanner, SW",
                 "Every week until the next review conference",
                 "Visit records within 2 working days, with Liam's words and who he says he has seen",
                 "\"Rhys is alright. Not at The Anchorage though, everyone sees.\""],
                ["2",
                 "Bail supervision meetings with Liam, and a bail report to the court on how he has kept his "
                 "conditions",
                 "Tasha Greene, Morthaven Youth Justice Service",
                 "Twice a week until the trial on 04/03/2026; report by 25/02/2026",
                 "YJS contact log; the bail report on file, copied to Rhys",
                 "\"I'll go. I don't want to get remanded.\""],
                ["3",
                 "Check with the tag monitoring company that Liam's curfew shows no breaches, and tell Rhys of any",
                 "Tasha Greene, YJS",
                 "TBC",
                 "The monitoring company's breach reports on the YJS record, copied to Rhys",
                 "\"The tag's fine, I'm in anyway.\""],
                ["4",
                 "Full-time timetable at The Anchorage, with the minibus collecting Liam from home at 8.30am",
                 "Dawn Fowler, head of centre, The Anchorage",
                 "Every school day",
                 "Register sent to Rhys every Friday; attendance at 85% or more by the February half term",
                 "\"It's better than Park. They don't shout.\""],
                ["5",
                 "Careers interview with Liam and a college application for the bricklaying course he wants",
                 "Mo Patel, careers adviser, The Anchorage",
                 "Interview by 30/01/2026; application by 27/02/2026",
                 "Careers action plan on file; the college's acknowledgement of his application",
                 "\"Bricklaying. Or plastering.\""],
                ["6",
                 "Sessions with Liam on the older group at Gantry Court, on \"debt\", and on how to step away",
                 "Sam Arnott, Morthaven Exploitation Team",
                 "Mondays at 3.30pm at The Anchorage, ten weeks from 12/01/2026",
                 "Session notes to Rhys; the exploitation screening tool redone with Liam at weeks 5 and 10",
                 "\"They're not using me. I get paid.\""],
                ["7",
                 "Serve a Child Abduction Warning Notice on Reece Hollis (20), the tenant of 14 Gantry Court",
                 "PC Adam Kerr, Exploitation Team, Morthaven Police",
                 "By 23/01/2026",
                 "Served notice on the police record; PC Kerr confirms it to Rhys in writing",
                 "\"Reece is my mate. That's well out of order.\""],
                ["8",
                 "Book Liam onto the Fire Service's five-day Phoenix course in the February half term, when "
                 "The Anchorage is closed",
                 "Sam Arnott, Morthaven Exploitation Team",
                 "By 06/02/2026, for the course on 16/02/2026 to 20/02/2026",
                 "",
                 "\"Yeah, if Connor can come and watch the last day.\""],
                ["9",
                 "A referral to be made to Switch, the young people's drug and alcohol service, for Liam's "
                 "cannabis use",
                 "",
                 "By 30/01/2026",
                 "First appointment date on file",
                 "\"I only smoke at weekends.\""],
                ["10",
                 "Have Liam at her flat after The Anchorage until Shelley gets home from work",
                 "Irene Doyle (Nan)",
                 "Tuesdays and Thursdays, 3pm to 6pm",
                 "Irene texts Rhys if Liam has not arrived by 3.30pm; her notebook of times, seen by Rhys every "
                 "fortnight",
                 "\"Nan's is boring but she makes good food.\""],
                ["11",
                 "Take Liam to the gym on Saturday mornings, and drive him to and from his court hearings",
                 "Connor Doyle (brother)",
                 "Every Saturday, 10am to 12 noon; and on 14/01/2026 and 04/03/2026",
                 "Gym sign-in sheet; Connor texts Rhys after each hearing",
                 "\"Connor's the only one who gets it.\""],
                ["12",
                 "Be at home when Liam's curfew starts at 8pm, and ring 101 if he is not in by 8.30pm and is not "
                 "answering",
                 "Shelley Doyle (Mum)",
                 "Every night until the trial",
                 "Shelley's log of Liam's times in, checked against the tag data by Tasha each week",
                 "\"She's always in anyway.\""],
                ["13",
                 "Not drink when Liam is at home, and keep no more than one bottle of wine in the house",
                 "Shelley Doyle (Mum)",
                 "Every day from 08/01/2026",
                 "No signs of drink at Rhys's unannounced evening visits (one a fortnight), written in his "
                 "visit records",
                 "\"Good luck with that.\""],
                ["14",
                 "Family group conference, so that the family agree who helps with Liam before and after the "
                 "trial",
                 "Rhys Tanner, SW, with Lorna Bates, FGC coordinator",
                 "By 27/02/2026, before the trial",
                 "The family plan written at the FGC, on file and shared with the core group",
                 "\"If Nan and Connor are there.\""],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Liam breaks his curfew, or is found at Gantry Court or with Reece Hollis, the tag company and the "
            "police tell Tasha and Rhys the same day; the police will look for him at once and Rhys (or the "
            "Emergency Duty Team) will hold a strategy discussion the same day.",
            "If Liam is arrested again, or is found with drugs, cash or a weapon, the YJS will tell the court "
            "and Rhys will refer him to the National Referral Mechanism within 5 working days.",
            "If Liam is found at Gantry Court twice more, or is charged with any new offence before the next "
            "review conference, Rhys will ask Bev Ashworth for a legal planning meeting within 10 working days "
            "to decide whether Liam should be looked after away from Morthaven.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group at The Anchorage, Thursdays at 3.30pm: 22/01/2026, 26/02/2026, 26/03/2026, 23/04/2026, "
            "21/05/2026 and 18/06/2026.",
            "Next review child protection conference: Thursday 02/07/2026, 10am, Morthaven Council Offices.",
        ]),
    ],
    "findings": [
        F("T002", "Check with the tag monitoring company that Liam's curfew"),
        F("M001", "Book Liam onto the Fire Service's five-day Phoenix course"),
        F("W001", "A referral to be made to Switch, the young people's"),
        F("F002", "Shelley will stop drinking during the week and feel more in control at home."),
        F("C003"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC, online grooming and sextortion, father's depression: worries keyed
#    W1 to W5, then a landscape plan grid whose "Answers worry" column keys
#    each action to them. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_minsterby_icpc_worries_keyed_answers_worry_grid_osei.pdf",
    "doc_title": "Child Protection Plan - Abena Osei",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Minsterby City Council · Child Protection Plan · Abena Osei",
    "footer": "Initial child protection conference, 08/12/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-online-harm-plan-paged-landscape-header-footer-kv-details-what-happened-worries-numbered-w1-to-w5-going-well-abenas-words-dads-words-outcomes-then-plan-grid-ref-answers-worry-keyed-to-w1-w5-what-will-happen-who-when-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old girl groomed online by a man posing as a "
        "15-year-old, then blackmailed with her images; she met an adult from the group twice and took an "
        "overdose. Her father, a widower who works nights, has depression and is under the adult "
        "community mental health team; her great-aunt stays on his working nights. The worries are keyed "
        "W1 to W5 and the plan is a landscape grid (Ref / Answers worry / What will happen / Who / When / "
        "How we'll know) that keys each action to them, printed with a page header and footer. The mental "
        "health team reports on the father's capacity to change and how long it will take, the GP owns an "
        "action, the great-aunt's nights have a fallback, and legal planning follows named triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Minsterby City Council · Children's Services · North Safeguarding Team"),
        ("kv", [
            ("Young person", "Abena Osei, born 14/08/2012 (13), Year 9, Minsterby Academy"),
            ("Address", "9 Castlegate Row, Minsterby MN5 8AL"),
            ("Lives with", "Kwabena Osei (45), her dad, and Kofi Osei (10), her brother. Abena's mum died in "
                           "2022."),
            ("Great-aunt", "Esi Mensah (63), Kwabena's aunt, 30 Beck Street, Minsterby"),
            ("Category", "Sexual abuse (online)"),
            ("Conference", "Initial child protection conference, Monday 08/12/2025. Chair: Deborah Quaye (IRO)"),
            ("Social worker", "Lucy Cole (team manager: Andrew Fenton)"),
        ]),
        ("h1", "What happened"),
        ("p", "From August 2025 Abena talked every night on a gaming chat server to \"Jace\", who said he was 15. "
              "In October he persuaded her to send him pictures. In November a different account sent the "
              "pictures back to her and demanded £200 and more images, or they would be sent to her school "
              "friends. Abena sent £40 of her birthday money. On 21/11/2025 she took twelve paracetamol and was "
              "admitted to the children's ward at Minsterby General Hospital overnight. Police now believe "
              "\"Jace\" is Daniel Price (22), whom Abena met twice at the Minsterby Centre in October, without "
              "anyone at home knowing."),
        ("p", "Kwabena works nights as a security officer three nights a week (Monday to Wednesday). He has "
              "depression, is under the Minsterby Adult Community Mental Health Team and takes mirtazapine. He "
              "sleeps most of the day after a shift, and on his working nights Abena and Kofi were alone until "
              "Esi started staying over on 24/11/2025."),
        ("h1", "What we are worried about"),
        ("table", {
            "header": ["Key", "Worry"],
            "widths": [2.0, 23.7],
            "rows": [
                ["W1", "Abena has been groomed and blackmailed online, and her images could still be shared."],
                ["W2", "Abena met an adult man from the chat server in person, twice, and no one knew."],
                ["W3", "Abena took an overdose and has cut her arms; she told the ward nurse she felt she had "
                       "\"no way out\"."],
                ["W4", "On Kwabena's working nights the children were alone, and his depression means he often "
                       "does not know what Abena is doing or who she is talking to."],
                ["W5", "Abena missed 14 days of school in November and is behind in most subjects."],
            ],
        }),
        ("h1", "What is going well"),
        ("bullets", [
            "Abena told her form tutor about the blackmail herself, on 20/11/2025, and has given the police her "
            "phone.",
            "Kwabena has been to every appointment for Abena since the overdose and wants to do whatever keeps "
            "her safe.",
            "Esi has stayed every working night since 24/11/2025.",
            "Abena has seen CAMHS twice and says she likes her worker.",
        ]),
        ("h1", "What Abena says"),
        ("p", "Abena (seen on her own by Lucy on 04/12/2025): \"I thought he actually liked me.\" \"I just wanted "
              "it to stop. I didn't want to die, I wanted it all to go away.\" \"Please don't take my phone off "
              "me, it's how I talk to my friends.\" \"Dad's tired all the time. I didn't want to make it "
              "worse.\" She scored how safe she feels now at 6 out of 10, up from 2 in November, and said the "
              "thing that would help most is \"knowing the pictures are gone\"."),
        ("h2", "What Kwabena says"),
        ("p", "\"I work so they have everything, and I missed all of this.\" Kwabena asked for help to understand "
              "the apps, and said he would try to change his shifts."),
        ("h1", "What we want for Abena"),
        ("numbers", [
            "Abena is not in contact with \"Jace\", Daniel Price or anyone blackmailing her, and knows that what "
            "happened was not her fault.",
            "Abena's images are taken down and she knows what has been done.",
            "Abena is safe from self-harm, has help for how she feels, and can say who she would go to.",
            "Abena and Kofi always have an adult awake and with them at night, who knows who Abena is talking "
            "to online.",
            "Abena is in school every day and catches up the work she missed.",
        ]),
        ("h1", "The plan"),
        ("p", "The \"Answers worry\" column says which worry above each action is there for."),
        ("table", {
            "header": ["Ref", "Answers worry", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 2.1, 7.6, 4.2, 4.6, 6.2],
            "rows": [
                ["1", "W1-W5",
                 "See Abena on her own, at home or at school, and Kofi at home; talk through her week and who "
                 "she has been talking to",
                 "Lucy Cole, SW",
                 "Every week until the review conference; one visit in three in the evening",
                 "Visit records within 2 working days, with Abena's own words and her safety score out of 10"],
                ["2", "W1",
                 "Investigate the accounts that blackmailed Abena, and tell Abena and Kwabena in person what is "
                 "happening",
                 "DC Ruth Ellery, Online Child Exploitation Team, Minsterby Police",
                 "First update by 19/12/2025, then every four weeks until the investigation ends",
                 "Written updates to Lucy on file; DC Ellery's note of each talk with Abena"],
                ["3", "W1",
                 "Help Abena use the image removal service to report her images and have them taken down",
                 "Lucy Cole, SW",
                 "By 12/12/2025",
                 "The service's case reference on file; Abena tells Lucy it is done, written in the visit "
                 "record"],
                ["4", "W1, W2",
                 "Sessions with Abena on online grooming and sextortion, whose fault it is, and what to do if it "
                 "happens again",
                 "Hana Malik, Minsterby Exploitation and Missing Service",
                 "Wednesdays at 3.45pm, ten sessions from 10/12/2025 to 25/02/2026",
                 "Session notes to Lucy each week; Abena's own \"warning signs\" list made by session 4; the "
                 "screening tool redone at the last session"],
                ["5", "W1",
                 "I will tell Dad, Auntie Esi or Hana the same day if anyone I don't know messages me or asks "
                 "for pictures, and I won't pay or send anything",
                 "Abena",
                 "Every time it happens, the same day",
                 "Hana records every message Abena brings her and passes screenshots to DC Ellery"],
                ["6", "W1, W4",
                 "Set up parental controls with Hana's help, and keep Abena's phone and laptop on the kitchen "
                 "charger from 9.30pm",
                 "Kwabena Osei (Dad)",
                 "Controls by 19/12/2025; the charger every night from 08/12/2025",
                 "Controls seen working by Hana; the phone on the charger at Lucy's evening visits and ticked "
                 "in the night book"],
                ["7", "W2",
                 "Serve a Child Abduction Warning Notice on Daniel Price (22)",
                 "DC Ruth Ellery, Minsterby Police",
                 "By 19/12/2025",
                 "Served notice on the police record; DC Ellery confirms to Lucy in writing"],
                ["8", "W2",
                 "Brief the Minsterby Centre security team, with a photograph of Daniel Price, to call the police "
                 "if he is seen with anyone under 18",
                 "PC Jamal Hussain, Town Centre Policing Team",
                 "By 12/12/2025",
                 "Briefing record signed by the centre's security manager, on the police record"],
                ["9", "W3",
                 "Weekly CBT sessions with Abena for her low mood and self-harm, with her safety plan updated "
                 "at each session, and a review letter to Lucy",
                 "Dr Emma Lowry, Minsterby CAMHS",
                 "Every Thursday from 11/12/2025; review letter by 26/02/2026",
                 "Attendance confirmed to Lucy monthly; RCADS scores at the start and at 12 weeks in the review "
                 "letter"],
                ["10", "W3",
                 "Keep all medicines, including paracetamol, and all blades in the locked box Lucy gave him",
                 "Kwabena Osei (Dad)",
                 "Every day from 08/12/2025",
                 "The locked box seen at every home visit and written in Lucy's visit record"],
                ["11", "W3, W5",
                 "Check in with Abena at morning registration and give her a time-out card for lessons",
                 "Joy Adeyemi, pastoral lead and DSL, Minsterby Academy",
                 "Every school day until the review conference",
                 "Check-in log sent to Lucy every Friday, with each use of the card"],
                ["12", "W5",
                 "A catch-up plan for the work Abena missed, and her week's attendance sent to Lucy",
                 "Carl Pinder, attendance officer, Minsterby Academy",
                 "Catch-up plan by 19/12/2025; attendance every Friday",
                 "Catch-up plan on file; attendance at 95% or more by the February half term (13/02/2026)"],
                ["13", "W4",
                 "Care coordination for Kwabena's depression, and a written view to each core group on whether "
                 "he is making the changes Abena and Kofi need (awake and with them in the evenings, knowing who "
                 "Abena talks to) and how long further change is likely to take",
                 "Sian Roberts, care coordinator, Minsterby Adult Community Mental Health Team",
                 "Visits every two weeks; written view two working days before each core group",
                 "The written view on the children's file before every core group, with Kwabena's PHQ-9 score "
                 "at each visit"],
                ["14", "W4",
                 "Review Kwabena's mirtazapine and his sleep around his night shifts, and write to Lucy about how "
                 "his health affects his care of Abena and Kofi",
                 "Dr Nkechi Obi, GP, Castlegate Surgery",
                 "By 16/01/2026",
                 "GP letter on the children's file by 16/01/2026"],
                ["15", "W4",
                 "Stay at the house on every night Kwabena works, and see that Abena's phone is on the kitchen "
                 "charger by 9.30pm",
                 "Esi Mensah (great-aunt)",
                 "Monday to Wednesday nights, 8pm to 8am, until the review conference",
                 "Esi signs the night book each morning; Lucy visits one working night a fortnight"],
                ["16", "W4",
                 "Ask his employer for day shifts, using a letter from Lucy",
                 "Kwabena Osei (Dad)",
                 "By 31/01/2026",
                 "His new rota, seen by Lucy at a home visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Abena self-harms, says she wants to die, or takes anything: Kwabena or Esi rings 999, or takes "
            "her to the emergency department at Minsterby General; CAMHS' crisis team sees her within 24 hours "
            "and Lucy, or the Emergency Duty Team, holds a strategy discussion the same day.",
            "If Abena is contacted again by anyone demanding pictures or money, or is seen with Daniel Price, "
            "the police are called at once, DC Ellery is told the same day and Lucy holds a strategy discussion "
            "within 24 hours.",
            "If Esi cannot stay on a working night (she is ill, away, or can no longer do it), she or Kwabena "
            "tells Lucy that day and Kwabena does not go to work that night; his employer has agreed to this in "
            "writing. If Esi stops altogether and Kwabena cannot get day shifts by 31/01/2026, Lucy will arrange "
            "for Abena and Kofi to stay with foster carers approved as respite carers, on the nights he works.",
            "If Sian's written view before the core group on 12/02/2026 is that Kwabena cannot make the changes "
            "in time, or if the children are left alone at night again, Lucy will ask Andrew Fenton for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, Minsterby Academy: 18/12/2025, 15/01/2026 and "
            "12/02/2026.",
            "Review child protection conference: Thursday 05/03/2026, 1.30pm, Minsterby Civic Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group plan for a 15-year-old at alternative provision, drawn into a
#    group selling drugs: bullets under the parts of her day, each bullet
#    with its own owner, "When" and "Check". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_muckleford_core_group_plan_by_parts_of_her_day_rennison.md",
    "split": "tune",
    "actions": 17,
    "template": "core-group-2-plan-md-bold-details-lines-present-line-since-the-icpc-worries-going-well-tias-words-mums-words-what-we-want-then-plan-as-bullets-under-h3-parts-of-her-day-mornings-school-day-after-3pm-evenings-and-curfew-weekends-online-alongside-each-bullet-bold-owner-first-with-italic-when-and-check-then-if-things-go-wrong-meetings",
    "description": (
        "Plan updated at the second core group for a 15-year-old girl permanently excluded from school and "
        "now at alternative provision, who has been drawn into a group of older teenagers selling cannabis "
        "(she holds drugs for them and has gone missing three times). The plan is written as bullets "
        "under the parts of her day (mornings, the school day, after 3pm, evenings and curfew, weekends, "
        "online, alongside the day), each bullet opening with a bold owner and closing with its own "
        "'When' and 'Check'; her own bullet is in the first person. Most bullets are sound. Faults: the "
        "CAMHS assessment is offered 'when she feels ready'; the mentor's sessions are checked by 'Tia's "
        "engagement'; 'Family' owns who is home after school; a bus pass 'will be applied for' with no one "
        "named; the grandmother's Sundays have no check; and the review conference date is 'to be "
        "confirmed'."
    ),
    "text": """\
# Muckleford Borough Council – Children's Services

## Child protection plan for Tia Rennison – updated at core group 2

**Core group 2:** Tuesday 10/02/2026, 4pm, Kestrel House

**Present:** Jade Morrison (SW, chair); Michelle Rennison (Mum); Tia (first 20 minutes); Sanjay Dutt (DSL,
Kestrel House); Liz Garner (attendance lead, Kestrel House); Aaron Pike (mentor, Muckleford Youth Service);
Gemma Ray (youth worker, Muckleford Youth Centre); PC Lewis Crane (Neighbourhood Policing Team); Kayleigh
Price (return home interview worker, Muckleford Young People's Service)

- **Young person:** Tia Rennison, born 09/05/2010 (15), Year 11
- **Home:** 58 Lister Road, Muckleford MK3 9FA, with her mum Michelle Rennison (39) and her brother
  Harley (8)
- **Family nearby:** Nana Sue and Grandad Pete Rennison, 3 Orchard Close; Auntie Claire Boyd, 71 Lister Road
- **Education:** permanently excluded from Muckleford High School on 22/09/2025; at Kestrel House
  alternative provision since 06/10/2025
- **Plan:** initial child protection conference 13/01/2026 (neglect: criminal exploitation outside the home)
- **Social worker:** Jade Morrison (team manager: Alan Price)

### Since the conference

Tia has gone missing once since the conference, on 31/01/2026, for 14 hours; she was found by police at
22 Albion Street, the flat of Rico Dawes (19), with two older boys and a bag of cannabis in her coat. She
says it was Rico's. She has been at Kestrel House on 78% of days. She refused to see CAMHS in January.

### What we are worried about

- Tia holds and carries cannabis for a group of older teenagers led by Rico, because "girls don't get
  searched". She has been given a phone, trainers and money.
- Tia has gone missing three times since November, each time found with the same group.
- Tia gets into fights; she was in a fight at Fernhill Retail Park on 17/12/2025 where a knife was shown.
- Between 3.30pm and 6pm, while Michelle is at work, Tia is often at the Co-op on Lister Road or the
  retail park with the group.

### What is going well

- Michelle reports Tia missing straight away and has told the police everything she knows about Rico.
- Tia likes Kestrel House, especially Sanjay and the animal care lessons.
- Tia went to the girls' project at the youth centre twice in January and asked to go again.
- Nana Sue has had Tia for Sunday dinner every week since Christmas.

### What Tia says

Tia told Jade (on her own, 06/02/2026): "Rico's my boyfriend, he's not using me, he buys me stuff because
he loves me." "I'm not going to CAMHS, I'm not mental." "I like the horses at Kestrel. I'd do that on a
Saturday." "If I'm home by myself I get bored and go out." "Don't make me go to Nana's every day, I'm not a
baby." She scored how safe she feels with the group at 8 out of 10, and Jade scored it at 2.

### What Michelle says

"I'm at work, I can't be in two places. I need someone to be with her after school." Michelle is worried
that Harley is copying Tia and that the group know where they live.

### What we want for Tia

1. Tia is not holding or carrying drugs for anyone, and is not found with Rico or the group.
2. Tia is home by her times every night and does not go missing.
3. Tia goes to Kestrel House every day and leaves Year 11 with a plan for college.
4. Tia has safe things to do and safe adults to be with after school and at weekends.
5. Tia has help with her anger and her mood if she wants it, and knows how to get it.

### The plan, by Tia's day

#### Mornings (7am to 9.30am)

- **Michelle (Mum)** will wake Tia at 7.30am and see her onto the Kestrel House minibus at 8.20am.
  *When:* every school day. *Check:* the minibus sign-on sheet, sent to Jade each Friday.
- **Liz Garner, attendance lead, Kestrel House** will ring Michelle by 9.30am if Tia is not on the minibus
  or not in by 9.15am. *When:* every school day. *Check:* first-day call log e-mailed to Jade each Friday;
  attendance at 90% or more by the Easter holidays (27/03/2026).

#### The school day

- **Sanjay Dutt, DSL, Kestrel House** will check in with Tia at break and at lunch, and check her bag on
  arrival as agreed with her and Michelle. *When:* every school day. *Check:* the check-in sheet and bag
  check log, sent to Jade each Friday.
- **Aaron Pike, mentor, Muckleford Youth Service** will have a one-to-one mentoring session with Tia at
  Kestrel House. *When:* every Wednesday at 1pm from 11/02/2026. *Check:* Tia's engagement with the
  sessions.
- **Dr Rosa Lindqvist, Muckleford CAMHS** will offer Tia an assessment of her anger and low mood, at Kestrel
  House if she prefers. *When:* when she feels ready. *Check:* CAMHS letter to Jade saying what was found
  and what help is offered.

#### After 3pm

- **Family** will make sure someone is at home when Tia gets back from Kestrel House, until Michelle
  finishes work at 6pm. *When:* every school day, 3.45pm to 6pm. *Check:* Tia texts Michelle a photo from
  home by 4pm, and Michelle shows Jade the texts at her visits.
- **Gemma Ray, youth worker, Muckleford Youth Centre** will run the girls' project with Tia and three other
  girls, with a lift home at 6pm. *When:* Tuesdays and Thursdays, 4pm to 6pm, from 12/02/2026. *Check:*
  the youth centre register, sent to Jade every two weeks.
- **PC Lewis Crane, Neighbourhood Policing Team** will patrol Fernhill Retail Park and the Co-op on Lister
  Road, where the group gathers, and tell Jade within 24 hours if he sees Tia there. *When:* at least three
  afternoons a week, 3pm to 7pm, until 30/04/2026. *Check:* patrol log and any sightings of Tia, sent to
  Jade every Monday.

#### Evenings and curfew

- **Me (Tia):** I will be home by 8pm on school nights and 9.30pm on Fridays and Saturdays, and text Mum
  if I am going to be late. *When:* every night. *Check:* Mum's log of the time I get in, which Jade reads
  at each visit.
- **Michelle (Mum)** will ring 101 to report Tia missing if she is not home within 30 minutes of her time
  and is not answering. *When:* every time Tia is 30 minutes late. *Check:* Michelle's log matches the
  police missing records; Jade checks both each week.
- **Kayleigh Price, return home interview worker** will offer Tia a return home interview, in a place she
  chooses. *When:* within 72 hours of every return. *Check:* RHI report to Jade and PC Crane within 24
  hours of the interview.
- **Jade Morrison, SW** will see Tia on her own, with one visit in three in the evening after 7pm.
  *When:* every week until 30/04/2026. *Check:* visit records within 2 working days, with Tia's own words
  and her safety score.

#### Weekends

- A youth bus pass will be applied for so that Tia can get to the riding stables without lifts from the
  group. *When:* by 20/02/2026. *Check:* the pass, seen by Jade.
- **Gail Brook, Hollow Lane Riding Stables** will give Tia a Saturday volunteering place through the Youth
  Service's placements scheme. *When:* every Saturday, 9am to 1pm, from 21/02/2026. *Check:* the stables'
  sign-in sheet, sent to Aaron each month.
- **Nana Sue Rennison** will have Tia for Sunday dinner and be someone she can ring at any time.
  *When:* every Sunday, 12 noon to 5pm.

#### Online and phone

- **DC Nia Forde, Exploitation Team, Muckleford Police** will look at the messages on the phone Rico gave
  Tia (handed in by Michelle) for who is directing the group, and tell Jade what action is taken. *When:*
  by 13/03/2026. *Check:* written update to Jade on file.

#### Alongside the day

- **Jade Morrison, SW** will refer Tia to the National Referral Mechanism, as she has been made to hold
  drugs for older teenagers. *When:* by 17/02/2026. *Check:* the Single Competent Authority's
  acknowledgement on file.

### If things go wrong

- **If Tia is missing overnight, or is found at 22 Albion Street or with Rico Dawes:** Michelle reports
  her missing at once and the police treat her as high risk; Jade, or the Emergency Duty Team out of
  hours, holds a strategy discussion with the police the same day, and DC Forde will serve a Child
  Abduction Warning Notice on Rico.
- **If no one in the family can be at home after school, or Nana Sue cannot have Tia on a Sunday:**
  Michelle tells Jade by 12 noon that day. After school Tia goes to the youth centre's drop-in until
  6pm, and Gemma texts Michelle when she leaves; on a Sunday Aaron takes Tia to the youth service's
  Sunday activity, 11am to 4pm.
- **If Tia is found holding drugs again, or goes missing twice more before the review conference,** Jade
  will ask Alan Price for a legal planning meeting within 5 working days.

### Meetings

- Core group every four weeks, Tuesdays at 4pm at Kestrel House: 10/03/2026, 07/04/2026 and 05/05/2026.
- Review child protection conference: date to be confirmed by the conference team.

Plan typed by Jade Morrison on 11/02/2026 and sent to Michelle, Tia, Nana Sue and everyone present.
""",
    "findings": [
        F("M002", "will have a one-to-one mentoring session with Tia at"),
        F("T002", "will offer Tia an assessment of her anger and low mood"),
        F("W002", "will make sure someone is at home when Tia gets back"),
        F("W001", "A youth bus pass will be applied for so that"),
        F("M001", "will have Tia for Sunday dinner and be someone she"),
        F("R001"),
    ],
})
