"""Batch 199, module o: seven fictional plans (held-out material), places beginning with "o".

Everything here is made up: young people, families, professionals, schools,
colleges, alternative provisions, police teams, youth justice services,
hospitals, hotels, shops, parks and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (conventions
1 to 13), without running planlint or reading its code.

Focus: teenagers at risk outside the home (criminal and sexual exploitation,
county lines, going missing, serious youth violence, online harm, school
exclusion) and the young person's own part. Each plan is in a template of
its own and names the agencies adolescents' plans name (the exploitation
and missing team, a return home interview worker, police officers by name,
the youth justice service, the DSL and attendance officer, alternative
provision, youth workers, CAMHS, sexual health, the National Referral
Mechanism), with their own words for when and how we will know: times by
event ("within 72 hours of every return", "when Kai is 30 minutes past his
curfew"), by school day or week, and by the young person's court dates;
measures such as curfew logs, police log numbers, return home interview
forms, served child abduction warning notices, tag reports, registers,
patrol logs and the young person's own scores to a named worker. The young
person's voice is strong and sometimes at odds with the plan; some plans
give a parent's worries, and in two a parent needs support too. In the
four faulty plans most actions are sound and a few hold realistic faults.

1. an initial conference plan for a 15-year-old boy exploited into county
   lines, after a context map of his places, people and peer group; the
   action table is split by banner rows for each context (Jayden himself,
   home, school, the park and the shop, the friendship group, the people
   exploiting him) (docx): faults are the parks team's work "when capacity
   allows", the detached youth work measured by "engagement with young
   people in the park", "All agencies at the exploitation panel" passing on
   sightings, the NRM update with "-" for what will tell us, and no
   fallback if the uncle who has him on Friday nights and drives him to
   football cannot help (T002, M002, W002, M001, C003);
2. a first review conference plan for a 16-year-old girl at risk of sexual
   exploitation by a 23-year-old man, whose mother has depression: Part 1
   is the young person's own part, a table of "What I will do / When / How
   people will know" written with her, Part 2 the adults' part, then her
   "if I go missing" plan (docx, exemplary);
3. a review conference plan for a 14-year-old boy who goes missing to a
   nearby city, printed with a page header and footer: a log of missing
   episodes, his own "if I go missing" words, then Part A "every time Kai
   goes missing" (steps timed from the moment he is missed) and Part B
   "every week" (pdf, exemplary);
4. a joint youth justice and child protection plan for a 16-year-old on
   bail for carrying a knife, after being stabbed, excluded to a pupil
   referral unit, whose father uses cannabis; the action table is split by
   court-date stage banners (until the plea hearing, until sentence, after
   sentence until the review conference, and "Also agreed"), page header
   and footer (pdf): faults are the police threat assessment measured only
   by "reviewed at the serious violence panel", the knife crime programme
   "when a place comes up", a Navigator referral with "-" for who, the
   "Professionals network" sharing intelligence, a housing transfer request
   under "Also agreed" with no time, and the father's cannabis use recorded
   with no adult service owning any action (M002, T002, W001, W002, T001,
   F004);
5. an initial conference plan for a 13-year-old girl groomed online and
   threatened with her images, written as numbered action cards under
   Online / School / Home / Out and about / The people who harmed Amira,
   each with Who, When, How we'll know and "Amira says" lines (md,
   exemplary);
6. a second core group record for a 14-year-old boy suspended from school
   and placed at an alternative provision, running drugs locally: an
   attendance table, what has happened since core group 1, his views and
   agreed scaling, then "Actions to core group 3" with Lead / School week /
   Evidence columns (md): faults are the home school's reintegration work
   "Ongoing", the warning notice "C/F from CG1", the educational psychology
   request with "-" for evidence, the drug service's assessment measured by
   "to be discussed at next core group", the "Core group" passing on
   sightings, and a contingency that only says the plan will be reviewed
   and a strategy discussion considered if things do not improve (T002,
   T001, M001, M002, W002, C002);
7. a child exploitation and child protection plan for a 17-year-old girl,
   a plain-text print arranged under the police 4P headings (Prepare,
   Protect, Pursue, Prevent), items numbered PR1 to PV3 with Lead / By /
   Evidence lines; her mother has depression (txt): faults are the
   community mental health team's CBT for the mother only treating her,
   the adult transitions referral "as soon as possible", the sexual health
   outreach with "-" for evidence, the college's check-ins measured by
   "Monitored by college", "All partners" passing on intelligence, an
   outcome about the mother only, and the review conference "date to be
   confirmed" (H001, T002, M001, M002, W002, F002, R001).

Three plans (2, 3 and 5) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the young person; each contingency has specific triggers
and concrete protective responses and, where relatives help, says what
happens if their help fails; each records the young person's voice, core
group dates and a dated review conference, and legal planning after named
triggers; where a parent is ill (plan 2), an adult mental health service
owns an action and is asked to report on the parent's capacity to change
and how long it is likely to take.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each action card and each numbered
4P item counts once, whatever number of sentences it holds. The context
map, the missing episodes log, the court dates table, the attendance
table, what has happened since the last meeting, the young person's own
words (including an "if I go missing" plan quoted in their views),
outcomes, the contingency, meeting dates and escalation lines are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, county lines: a context map, then an action
#    table split by banner rows for each context. Faulty (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_oxenshaw_icpc_context_map_banner_rows_by_place_okafor.docx",
    "doc_title": "Child Protection Plan - Jayden Okafor",
    "split": "heldout",
    "actions": 19,
    "landscape": True,
    "template": "icpc-exploitation-plan-docx-landscape-kv-details-then-context-map-table-place-people-peer-group-what-we-know-then-worries-going-well-jaydens-words-mums-worries-outcomes-then-ref-what-we-will-do-lead-when-what-will-tell-us-table-split-by-context-banner-rows-jayden-home-school-park-and-shop-friendship-group-people-exploiting-him-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 15-year-old boy exploited into county lines: found in a cuckooed "
        "flat in another county with crack cocaine and cash, missing seven times since September, with a "
        "positive reasonable grounds decision under the National Referral Mechanism. After a context map "
        "of his places, people and peer group, the plan is a landscape table split by banner rows for "
        "each context (Jayden himself, home, Oxenshaw Academy, the park and the shop on Kelby Road, his "
        "friendship group, the people exploiting him), with disruption work (abduction notices, patrols, "
        "a licensing visit). Most rows are sound. Faults: the parks team's work on the skate area is "
        "'when capacity allows'; the detached youth work is measured only by 'engagement with young "
        "people in the park'; 'All agencies at the exploitation panel' pass on sightings; the NRM update "
        "has '-' for what will tell us it's working; and the uncle has Jayden on Friday nights and "
        "drives him to football, but the contingency says nothing of what happens if he cannot."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Oxenshaw Metropolitan Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Jayden Okafor, born 14/03/2010 (15), Year 10, Oxenshaw Academy"),
            ("Address", "22 Fairlie Road, Oxenshaw OX4 2NW"),
            ("Lives with", "Mum, Grace Okafor (44), a care assistant who works three night shifts a week, and "
                           "his brother Daniel (9)"),
            ("Dad", "Emmanuel Okafor, lives in Halvergate; Jayden sees him in the school holidays"),
            ("Uncle", "Samuel Okafor (Grace's brother), 5 Lowther Court, Oxenshaw"),
            ("Category", "Physical abuse (harm outside the home: criminal exploitation)"),
            ("Conference", "Initial child protection conference, 21/01/2026. Chair: Joanna Pike (IRO)"),
            ("Social worker", "Rachel Dunn, Adolescent Safeguarding Team (team manager: Lisa Grant)"),
            ("NRM", "Referred by Wexcombe Police on 03/11/2025; positive reasonable grounds decision "
                    "10/11/2025; conclusive grounds decision awaited"),
        ]),
        ("h1", "Jayden's world: context map"),
        ("p", "Put together by Nadia Pereira (Oxenshaw Missing and Exploitation Team) from the return home "
              "interviews, police intelligence and what Jayden, Grace and the school have told us. It shows "
              "where Jayden is safe and where he is not; it is not part of the plan itself."),
        ("table", {
            "header": ["Place, person or group", "What we know", "How safe (Nadia's view)"],
            "widths": [5.0, 15.2, 5.5],
            "rows": [
                ["Home, 22 Fairlie Road",
                 "Warm and loving. Grace works Monday, Wednesday and Friday nights, 8pm to 8am; on those "
                 "nights Jayden has been out until the early hours.",
                 "Safe when an adult is in"],
                ["Oxenshaw Academy",
                 "Two fixed-term suspensions this year for fighting. Good with Mr Cole (DSL) and in PE.",
                 "Mostly safe; leaves at lunch on bad days"],
                ["Oxenshaw Park skate area",
                 "Older males meet younger boys there after dark; the lights by the ramp have not worked since "
                 "October and the bushes hide the path to Kelby Road.",
                 "Not safe"],
                ["Spar, Kelby Road",
                 "Jayden and his friends are bought food and vapes there by older males; staff say the same "
                 "cars wait outside most evenings.",
                 "Not safe"],
                ["Friendship group",
                 "Reece (15), Marley (16) and a boy known as Tiny (14). Marley was also found in Wexcombe in "
                 "November.",
                 "Mixed: two of the group go to football with Jayden"],
                ["Leon Barker (24) and Andre Mills (21)",
                 "Named by police intelligence as running the 'JB' line from Oxenshaw to Wexcombe.",
                 "Not safe"],
                ["Online",
                 "A second phone, found by Grace in December; Snapchat groups used to send him to addresses.",
                 "Not safe"],
            ],
            "bold_first_col": True,
        }),
        ("h1", "What we are worried about"),
        ("p", "Jayden has been missing from home seven times since September, three times overnight. On "
              "02/11/2025 Wexcombe Police found him in a flat on the Deansgate estate in Wexcombe, 80 miles "
              "away, that was being used to sell drugs; he had £340 in cash and 14 wraps of crack cocaine in "
              "his sock. He was released under investigation. In December he came home with a deep cut to "
              "his hand that he says happened 'playing football', new trainers and a second phone. Grace "
              "found a message on the phone saying 'you owe 600'. We are worried that Jayden is being "
              "criminally exploited, that he is in debt to the people using him, and that he will be badly "
              "hurt."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace has reported every missing episode to the police, and rang Rachel the night she found "
            "the second phone.",
            "Jayden came home on his own after the last two episodes, and talked to Nadia at both return "
            "home interviews.",
            "Jayden plays for Oxenshaw Rovers under-16s; his coach says he is one of the best in the squad "
            "and has never missed a Saturday match.",
            "Samuel has offered to have Jayden on the Friday nights Grace works, and to drive him to "
            "football training.",
            "Jayden's attendance in December was 89%, up from 74% in October.",
        ]),
        ("h1", "What Jayden says"),
        ("p", "Jayden (seen on his own by Rachel at school on 16/01/2026, and at the conference for ten "
              "minutes): \"I'm not being used. I make my own money, no one makes me.\" \"If I stop now they'll "
              "say I owe them, and then what?\" \"Don't put me in care, I'll just run.\" He wants to play "
              "football \"proper\" and to do a mechanics course at college. He scored how safe he is as 4 out "
              "of 10, and said he feels safest \"at football and at Uncle Sam's\"."),
        ("h1", "What Grace says"),
        ("p", "\"I lie awake on my nights off waiting for a knock at the door. I can't give up my shifts, "
              "we need the money, but I don't want to lose my son.\" Grace wants help to understand what is "
              "happening to Jayden and says she will do whatever the plan asks of her."),
        ("h1", "What we want for Jayden"),
        ("numbers", [
            "Jayden is safe from the people exploiting him: no more trips to Wexcombe, and no drugs, cash or "
            "weapons on him.",
            "Jayden is home every night, and if he goes missing he is found quickly and someone he trusts "
            "talks to him afterwards.",
            "Jayden is in school every day, with no more suspensions, and starts a mechanics taster.",
            "Jayden has things to do and people to be with that he chooses, such as football, and knows how "
            "to get out safely if he is asked to go 'country' again.",
        ]),
        ("h1", "The plan"),
        ("p", "Each banner row is one part of Jayden's world from the context map. The last column says what "
              "will tell us the action is working."),
        ("table", {
            "header": ["Ref", "What we will do", "Lead", "When", "What will tell us it's working"],
            "widths": [1.4, 9.2, 5.0, 4.4, 5.7],
            "rows": [
                ["Jayden himself", H, H, H, H],
                ["J1",
                 "Be home by 9pm Sunday to Thursday and by 10.30pm on Friday and Saturday, and text Mum if "
                 "I am going to be late",
                 "Jayden",
                 "Every night from 22/01/2026",
                 "Grace's curfew log, which Rachel reads at every visit"],
                ["J2",
                 "One-to-one sessions with Jayden on exploitation, debt and how to get out of a line, ending "
                 "with his own exit plan (who he rings and where he goes)",
                 "Callum Reid, youth worker, Oxenshaw Youth Service",
                 "Every Tuesday after school, ten sessions, 27/01/2026 to 31/03/2026",
                 "Session notes to Rachel; Jayden's written exit plan on file by 31/03/2026"],
                ["J3",
                 "Return home interview with Jayden after every missing episode, by a worker he knows",
                 "Nadia Pereira, Oxenshaw Missing and Exploitation Team",
                 "Within 72 hours of every return",
                 "Return home interview form to Rachel and the police within 72 hours; what Jayden says "
                 "added to the context map"],
                ["Home", H, H, H, H],
                ["H1",
                 "Visit Jayden, one week at home and the next at school, and see him on his own each time",
                 "Rachel Dunn, social worker",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with Jayden's own words and his safety score out of 10"],
                ["H2",
                 "Ring 101 (or 999 if she thinks he is in danger) and text Rachel when Jayden is 30 minutes "
                 "past his curfew and not answering his phone",
                 "Grace Okafor (Mum)",
                 "Every time Jayden is 30 minutes late",
                 "A police log number texted to Rachel each time"],
                ["H3",
                 "Have Jayden to stay overnight at his flat on the Fridays Grace is working",
                 "Samuel Okafor (uncle)",
                 "Every Friday night Grace works, from 23/01/2026",
                 "Samuel texts Rachel each Saturday morning; Jayden tells Rachel at her visits"],
                ["H4",
                 "Drive Jayden to football training at Oxenshaw Rovers and bring him home afterwards",
                 "Samuel Okafor (uncle)",
                 "Tuesdays and Thursdays, 6pm to 8pm",
                 "The coach's training register, sent to Rachel each month"],
                ["Oxenshaw Academy", H, H, H, H],
                ["S1",
                 "Meet Jayden at the gate each morning, check in with him at lunchtime, and ring Rachel the "
                 "same day if he leaves the site or says anything about Wexcombe",
                 "Mr Adrian Cole, DSL, Oxenshaw Academy",
                 "Every school day, 8.35am and 12.30pm",
                 "CPOMS log sent to Rachel every Friday with Jayden's attendance; 92% or more by the Easter "
                 "holidays (27/03/2026)"],
                ["S2",
                 "First-day calling: ring Grace if Jayden is not in by 9.10am, and ring Rachel if Grace has "
                 "not heard from him",
                 "Mrs Sue Thorne, attendance officer",
                 "Every school day at registration",
                 "First-day call log, and Rachel's note of each call"],
                ["S3",
                 "Arrange a mechanics taster for Jayden at Oxenshaw College one day a week, with the school's "
                 "taxi there and back",
                 "Mrs Hannah Price, Head of Year 10",
                 "Every Wednesday from 04/02/2026 to the end of the summer term",
                 "College register e-mailed to Mrs Price each week; Jayden's taster certificate in July"],
                ["Oxenshaw Park skate area and the Spar on Kelby Road", H, H, H, H],
                ["P1",
                 "Patrol the skate area and Kelby Road, stop and speak to young people with older males, and "
                 "send intelligence reports on any vehicles waiting outside the Spar",
                 "PC Owen Hart, Oxenshaw Neighbourhood Policing Team",
                 "Friday and Saturday, 6pm to 11pm, until 31/03/2026",
                 "Patrol log and intelligence reports summarised to Rachel every two weeks"],
                ["P2",
                 "Licensing visit to the Spar: ask the manager to share CCTV with the police and to report "
                 "children bought goods by older males",
                 "Karen Bell, licensing officer, Oxenshaw Council",
                 "By 13/02/2026",
                 "Visit note and the manager's signed agreement on Rachel's file"],
                ["P3",
                 "Detached youth work at the skate area, talking with Jayden's friendship group and the "
                 "younger boys who gather there",
                 "Oxenshaw Youth Service detached team (Callum Reid)",
                 "Friday evenings, 6pm to 9pm",
                 "Engagement with young people in the park"],
                ["P4",
                 "Ask the council's parks team to cut back the bushes by the skate ramp and mend the lights "
                 "on the path to Kelby Road",
                 "Tom Ashby, community safety officer, Oxenshaw Council",
                 "When capacity allows",
                 "Photos of the finished work on file; the lights seen working on PC Hart's next patrol"],
                ["Jayden's friendship group", H, H, H, H],
                ["F1",
                 "Peer group assessment of Reece, Marley, Tiny and Jayden, and a written plan for the group "
                 "agreed with each boy's school and social worker",
                 "Nadia Pereira, Oxenshaw Missing and Exploitation Team",
                 "By 20/02/2026",
                 "Peer group map and plan shared at the exploitation panel on 26/02/2026"],
                ["F2",
                 "Pass on any sighting of Jayden with Leon Barker, Andre Mills or in a car outside the Spar",
                 "All agencies at the exploitation panel",
                 "The same day",
                 "Partnership intelligence form logged, and a note on Jayden's chronology"],
                ["The people exploiting Jayden", H, H, H, H],
                ["X1",
                 "Serve child abduction warning notices on Leon Barker and Andre Mills",
                 "DC Priya Shah, Oxenshaw Police Exploitation Team",
                 "By 06/02/2026",
                 "Copies of both served notices on Rachel's file"],
                ["X2",
                 "Send the Single Competent Authority the Wexcombe arrest details, the debt message and the "
                 "return home interviews for the conclusive grounds decision",
                 "DC Priya Shah, Oxenshaw Police Exploitation Team",
                 "By 13/02/2026",
                 "-"],
                ["X3",
                 "Write to the Crown Prosecution Service and Jayden's solicitor about the positive reasonable "
                 "grounds decision, so that the section 45 defence is taken into account",
                 "Rachel Dunn, social worker",
                 "By 30/01/2026",
                 "Copy of the letter and the CPS reply on Jayden's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jayden goes missing: Grace rings 101 (or 999) and texts Rachel; the police grade the report "
            "at least medium risk because of Wexcombe. If he is not found within 12 hours, or is found in "
            "Wexcombe or with Leon Barker or Andre Mills, Rachel (or the Emergency Duty Team) holds a "
            "strategy discussion with the police that day.",
            "If Jayden is found with drugs, cash or a weapon, or comes home hurt: Grace takes him to the "
            "emergency department at Oxenshaw General or rings 999, and Rachel holds a strategy discussion "
            "the same day. DC Shah checks whether a threat-to-life warning is needed.",
            "If Jayden tells anyone that he owes money or has been threatened, they ring Rachel or the "
            "Emergency Duty Team straight away; Rachel holds a strategy discussion with the police the same "
            "day, and DC Shah visits Jayden and Grace that evening to agree a safety plan for the house.",
            "If Jayden goes missing three times in 28 days, or is found in a flat used to sell drugs again, "
            "Rachel will ask Lisa Grant (team manager) for a legal planning meeting within 5 working days, "
            "to decide whether to start care proceedings.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Oxenshaw Academy, Tuesdays at 3.45pm: 03/02/2026, 03/03/2026 and "
            "31/03/2026. Jayden is welcome at all of them.",
            "Review child protection conference: 14/04/2026 at 10am, Oxenshaw Civic Centre.",
        ]),
        ("p", "Plan sent to Grace, Jayden, Samuel and every agency on 23/01/2026."),
    ],
    "findings": [
        F("T002", "Ask the council's parks team to cut back the bushes"),
        F("M002", "Detached youth work at the skate area, talking with Jayden's"),
        F("W002", "Pass on any sighting of Jayden with Leon Barker"),
        F("M001", "Send the Single Competent Authority the Wexcombe arrest details"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, sexual exploitation: Part 1 is the young
#    person's own part ("What I will do"), Part 2 the adults' part, then her
#    "if I go missing" plan. Mother has depression. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_oakhamley_rcpc_my_part_then_adults_part_two_tables_sadler.docx",
    "doc_title": "Child Protection Plan - Mia Sadler",
    "split": "heldout",
    "actions": 17,
    "template": "rcpc-plan-docx-kv-details-why-still-a-plan-going-well-in-mias-words-what-mum-and-paul-say-outcomes-then-part-1-mias-part-what-i-will-do-when-how-people-will-know-table-written-with-her-then-part-2-the-adults-part-who-what-they-will-do-when-how-we-will-know-table-then-if-i-go-missing-and-if-things-get-worse-meetings",
    "description": (
        "Exemplary first review conference plan for a 16-year-old at risk of sexual exploitation by a "
        "23-year-old man who has taken her to hotels; she has been missing nine times and shared images "
        "of herself. Her mother has depression and is under the community mental health team; her "
        "stepfather lives at home and her grandmother has her on Wednesday nights. Part 1 is Mia's own "
        "part, a 'What I will do / When / How people will know' table written with her exploitation "
        "worker ('I' is Mia); Part 2 is the adults' part (social worker, exploitation worker, return home "
        "interviews, police abduction notice and hotel briefings, school, CAMHS, sexual health, the "
        "mental health team's report on the mother's capacity to change). Her voice is strong and at "
        "odds with the plan; the 'if I go missing' plan and the escalation have specific triggers, a "
        "fallback for the grandmother, and legal planning; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Mia Sadler"),
        ("p", "Oakhamley Council Children's Services · Family Safeguarding (Adolescents) · Plan from the first "
              "review child protection conference, 13/01/2026"),
        ("kv", [
            ("Young person", "Mia Sadler, born 02/05/2009 (16), Year 11, Oakhamley School"),
            ("Address", "41 Bramble Way, Oakhamley OK7 3DF"),
            ("Lives with", "Mum, Karen Sadler (39), her stepdad, Paul Hughes (41), and her half-brother Alfie "
                           "(6)"),
            ("Nan", "Jean Sadler (Mia's dad's mum), 9 Kiln Lane, Oakhamley"),
            ("Category", "Sexual abuse (harm outside the home: risk of sexual exploitation). Initial conference "
                         "20/10/2025."),
            ("Chair", "Derek Amos (IRO)"),
            ("Social worker", "Lauren Pryce, Family Safeguarding (Adolescents) (team manager: Simon Hale)"),
            ("Exploitation worker", "Sophie Grant, Oakhamley Safer Futures (child exploitation service)"),
            ("Mum's care coordinator", "Nikhil Rao, Oakhamley Community Mental Health Team"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Mia has been in a relationship since last summer with Dylan Marsh, who is 23. He buys her "
              "clothes, vapes and phone credit, and has taken her to the Riverside Lodge hotel on Quay Street "
              "at least three times. Since the initial conference Mia has been missing four more times (nine "
              "in all), twice overnight; on 28/12/2025 the police found her at 3am at the hotel with Dylan and "
              "another man. In November Mia sent Dylan images of herself, and one was shared on a group chat "
              "at school. She has had emergency contraception twice."),
        ("p", "Karen has depression. She has been under the community mental health team since 2023 and her "
              "medication was changed in November. She says that on bad days she goes to bed at 8pm and "
              "cannot face ringing the police when Mia is late, so Paul has been doing it."),
        ("h1", "What is going well"),
        ("bullets", [
            "Mia has seen Sophie every week since November and calls her \"the only one who doesn't lecture\".",
            "Paul has reported every missing episode since the initial conference within an hour of Mia's "
            "curfew.",
            "Mia's attendance went up from 68% in the autumn to 86% in December.",
            "Mia helped write her own part of this plan, and chose her own curfew.",
            "Jean has Mia every Wednesday night, and Mia has never gone missing from Jean's house.",
        ]),
        ("h1", "In Mia's words"),
        ("p", "Mia came to the whole of the review conference and said: \"Dylan is my boyfriend. You lot don't "
              "get it, he's the only one who actually listens to me.\" \"I don't go missing, I just don't "
              "tell anyone where I am.\" \"I want Mum to get better. It's not her fault.\" She does not want "
              "the police to \"go after\" Dylan, but she agreed to the curfew and said she would \"try the "
              "hotel thing\" (not going there). She wants to do hair and beauty at Oakhamley College in "
              "September. She scored how safe she is as 7 out of 10; Sophie and Lauren scored it 3."),
        ("h1", "What Mum and Paul say"),
        ("p", "Karen: \"I feel like I've failed her. When I'm low I can't think straight, and then I hate myself "
              "for not being the one out looking for her.\" Paul: \"I'll do the phoning and the driving round, "
              "but I need to know the police will actually come.\" Both want help to understand what is "
              "happening to Mia and how to talk to her about Dylan without her walking out."),
        ("h1", "What we want for Mia"),
        ("numbers", [
            "Mia is safe from adults who want to use her: no contact with Dylan Marsh and no nights at hotels "
            "with adults.",
            "Mia is home every night, and if she goes missing she is found quickly and someone she trusts "
            "talks to her afterwards.",
            "Mia's sexual health is looked after and she knows her images can be taken down.",
            "Mia sits her GCSEs this summer and starts college in September.",
            "Mia lives with adults who notice when she is late and act at once, including on Mum's bad days.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part 1: Mia's part – what I will do"),
        ("p", "Mia wrote this part with Sophie on 12/01/2026 and read it out at the conference. \"I\" is Mia."),
        ("table", {
            "header": ["What I will do", "When", "How people will know"],
            "widths": [8.0, 4.2, 4.8],
            "rows": [
                ["Be home by 10pm on school nights and by 11pm on Friday and Saturday, or text Mum or Paul "
                 "where I am and who I am with by 9.30pm",
                 "Every night from 14/01/2026",
                 "Mum and Paul's curfew log, which Lauren reads at every visit"],
                ["Keep my phone charged and my location shared with Mum when I go out in the evening",
                 "Every time I go out after 6pm",
                 "Mum or Paul can see where I am on the app; they write it in the curfew log"],
                ["Not meet Dylan and not go to the Riverside Lodge or any hotel with an adult, and tell Sophie "
                 "if Dylan gets in touch",
                 "Every day until the next review conference (14/07/2026)",
                 "No police reports of me with Dylan or at a hotel; Sophie asks me at every session and writes "
                 "down what I say"],
                ["Go to the Hub (sexual health) for my contraception review and tests",
                 "By 13/02/2026, then every 3 months",
                 "I show Lauren my appointment card; the nurse confirms to Lauren that I went (I have agreed "
                 "to this)"],
                ["Go to school every day, and to my hair and beauty taster at Oakhamley College on Thursday "
                 "afternoons",
                 "Every school day; Thursdays 12/02/2026 to 26/03/2026",
                 "School register and college register sent to Lauren every Friday"],
            ],
        }),
        ("h2", "Part 2: what the adults will do"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will know"],
            "widths": [3.6, 6.2, 3.4, 3.8],
            "rows": [
                ["Lauren Pryce, social worker",
                 "Visit Mia, one week at home and the next at school, see her on her own, and talk with Karen "
                 "and Paul about the curfew log",
                 "Every week until the next review conference",
                 "Visit records within 48 hours, with Mia's own words and her safety score"],
                ["Sophie Grant, Oakhamley Safer Futures",
                 "One-to-one sessions with Mia on healthy relationships, grooming and consent, using the "
                 "sessions Mia chose (\"Love or control?\")",
                 "Every Thursday at 4pm, ten sessions, 15/01/2026 to 19/03/2026",
                 "Session notes to Lauren; Mia's relationship checklist score at sessions 1, 5 and 10"],
                ["Sophie Grant, Oakhamley Safer Futures",
                 "Help Mia use Report Remove to take down the images of her shared online",
                 "By 30/01/2026",
                 "Report Remove reference numbers on file; Mia tells Sophie whether the images have gone"],
                ["Amir Hussain, return home interview worker, Oakhamley Missing Service",
                 "Return home interview with Mia after every missing episode",
                 "Within 72 hours of every return",
                 "Interview form sent to Lauren and the police within 72 hours"],
                ["PC Gemma Ward, Oakhamley Police Child Exploitation Unit",
                 "Serve a child abduction warning notice on Dylan Marsh, and tell Lauren within 24 hours of any "
                 "breach",
                 "Notice served by 30/01/2026",
                 "Copy of the served notice on Lauren's file; any breach on Mia's chronology"],
                ["PC Gemma Ward, Oakhamley Police Child Exploitation Unit",
                 "Brief the Riverside Lodge and the three other hotels on Quay Street on spotting and reporting "
                 "under-18s brought in by adults",
                 "By 27/02/2026",
                 "A signed briefing sheet from each hotel on Lauren's file; hotel calls logged by the police"],
                ["Karen Sadler and Paul Hughes",
                 "Ring 101 (or 999 if Mia is in danger) and text Lauren when Mia is an hour past her curfew "
                 "and not answering",
                 "Every time Mia is an hour late",
                 "A police log number on Lauren's file each time"],
                ["Karen Sadler and Paul Hughes",
                 "Go to the Oakhamley Parents' Circle group for parents of young people at risk of "
                 "exploitation",
                 "Mondays at 7pm, six sessions, 19/01/2026 to 23/02/2026",
                 "Group register sent to Lauren; Karen and Paul tell the core group on 24/02/2026 one thing "
                 "they now do differently"],
                ["Jean Sadler (Nan)",
                 "Have Mia to stay every Wednesday night and take her to school on Thursday morning",
                 "Every Wednesday until the next review conference",
                 "Jean texts Lauren each Thursday; the school register shows Mia in on Thursdays"],
                ["Nikhil Rao, care coordinator, Oakhamley Community Mental Health Team",
                 "See Karen for her depression, and write a report for the core group on how her depression "
                 "affects her ability to respond when Mia is late or missing, whether she can make the "
                 "changes this plan needs, and how long that is likely to take",
                 "Appointments every month; report by 17/03/2026",
                 "Nikhil's report on Lauren's file by 17/03/2026, discussed at the core group on 24/03/2026"],
                ["Mrs Claire Dobson, DSL, Oakhamley School",
                 "Check in with Mia each morning, ring Karen if she is not in by 9.15am, and ring Lauren if "
                 "Mia leaves school or is seen with Dylan",
                 "Every school day at 8.40am",
                 "CPOMS notes and Mia's attendance sent to Lauren every Friday; 90% or more by the Easter "
                 "holidays (27/03/2026)"],
                ["Dr Fiona Lang, Oakhamley CAMHS",
                 "Assess Mia's low mood and poor sleep, which she asked for help with",
                 "Assessment by 27/02/2026",
                 "Assessment letter with the outcome and any offer of treatment to the GP and Lauren by "
                 "27/02/2026"],
            ],
        }),
        ("h1", "If Mia goes missing"),
        ("p", "Agreed with Mia, Karen, Paul and Jean at the conference."),
        ("bullets", [
            "When Mia is an hour past her curfew and not answering, Karen or Paul rings 101 (or 999) and texts "
            "Lauren or, after 5pm, the Emergency Duty Team. The police treat Mia as high risk because of the "
            "hotel and check the Riverside Lodge and Dylan's flat at 4 Quay Court first.",
            "If Mia is found with Dylan or at a hotel with any adult, the police take her home or to Jean's, "
            "and Lauren (or the Emergency Duty Team) holds a strategy discussion with the police that day.",
            "If Karen is too unwell to be the adult at home when Mia is out, Paul stays in and does the "
            "phoning; if Paul is on a night shift as well, Mia stays at Jean's that night.",
            "If Jean cannot have Mia on a Wednesday (she is ill or away), Jean or Karen texts Lauren that day, "
            "and Mia stays at home with Paul collecting her from school at 3.15pm; if neither Jean nor Paul "
            "can be with Mia, Lauren arranges for Mia to stay with foster carers that night.",
        ]),
        ("h1", "If things get worse"),
        ("bullets", [
            "If Mia goes missing three times in 28 days, is found with Dylan after the notice is served, or "
            "there is any sign she has been given drugs or sexually assaulted, Lauren will ask Simon Hale "
            "(team manager) for a legal planning meeting within 5 working days, to decide whether to apply "
            "for a care order or for secure accommodation.",
            "If Mia says she has been hurt or forced to do anything sexual, whoever she tells rings Lauren "
            "or the police at once, and Lauren holds a strategy discussion the same day; the police arrange "
            "an Achieving Best Evidence interview and Sophie goes with Mia.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Oakhamley School, Tuesdays at 4pm: 27/01/2026, 24/02/2026, "
            "24/03/2026, 21/04/2026, 19/05/2026 and 16/06/2026. Mia is invited to all of them.",
            "Next review child protection conference: 14/07/2026 at 2pm, Oakhamley Town Hall.",
        ]),
        ("p", "Plan sent to Mia, Karen, Paul, Jean and every agency on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan for a 14-year-old who goes missing: a missing
#    episodes log, then Part A "every time Kai goes missing" (steps timed
#    from the moment he is missed) and Part B "every week". Landscape, page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_oxlade_rcpc_every_time_missing_steps_then_weekly_seddon.pdf",
    "doc_title": "Child Protection Plan - Kai Seddon",
    "split": "heldout",
    "actions": 17,
    "landscape": True,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Kai Seddon · Child Protection Plan",
    "footer": "Oxlade Borough Council Children's Social Care · Review conference 09/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-table-missing-episodes-log-table-worries-going-well-kais-words-with-his-own-if-i-go-missing-lines-dads-worries-outcomes-then-part-a-every-time-kai-goes-missing-step-when-from-the-moment-he-is-missed-who-what-how-well-know-then-part-b-every-week-who-what-how-often-how-well-know-then-when-missing-becomes-more-serious-meetings",
    "description": (
        "Exemplary review conference plan for a 14-year-old who has gone missing eight times since "
        "September, mostly to a flat in a nearby city linked to an older youth who uses him to carry "
        "bags; he smokes cannabis. He lives with his father, who works long hours, and his grandmother "
        "has him after school and on Saturday nights. A log of missing episodes and Kai's own 'if I go "
        "missing' words come before the plan, which is in two parts: Part A, 'every time Kai goes "
        "missing', timed from the moment he is missed ('when Kai is 30 minutes past his curfew', "
        "'within 1 hour of Dad's call', 'within 72 hours of every return', 'the first school day after "
        "every return'), and Part B, the weekly work. The escalation has specific triggers, a fallback "
        "for the grandmother and legal planning; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Kai Seddon"),
        ("p", "Oxlade Borough Council · Children's Social Care · Plan agreed at the first review child protection "
              "conference on 09/02/2026"),
        ("table", {
            "rows": [
                ["Young person", "Kai Seddon, born 19/08/2011 (14), Year 9, Oxlade Park School"],
                ["Address", "17 Wharf Street, Oxlade OX9 4LT"],
                ["Lives with", "His dad, Martin Seddon (45), a delivery driver"],
                ["Mum", "Lisa Carr, lives in Inverkeld; phones Kai every Sunday"],
                ["Nan", "Pat Seddon (Martin's mum), 2 Orchard Row, Oxlade, ten minutes' walk from school"],
                ["Category", "Neglect (harm outside the home: going missing and criminal exploitation). Initial "
                             "conference 10/11/2025."],
                ["Chair", "Helen Varley (IRO)"],
                ["Social worker", "Jo Ellison, Adolescent Support Team (team manager: Andrea Lowe)"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "Kai's missing episodes since September"),
        ("p", "This log is a record of what has happened. It is kept by Becky Thornton and is not part of the "
              "plan."),
        ("table", {
            "header": ["No.", "Missing from", "Found or came home", "Hours", "Where he was", "Return home interview"],
            "widths": [1.2, 4.2, 4.2, 1.8, 9.3, 5.0],
            "rows": [
                ["1", "12/09/2025, 9pm", "13/09/2025, 1am", "4", "Oxlade bus station, with older boys", "Declined"],
                ["2", "03/10/2025, 8pm", "04/10/2025, 11am", "15", "Ferris Court, Hallgate (flat of Jordan "
                                                                    "Price, 19)", "Done 06/10/2025"],
                ["3", "24/10/2025, 10pm", "25/10/2025, 2am", "4", "Would not say", "Done 27/10/2025"],
                ["4", "21/11/2025, 9pm", "22/11/2025, 3pm", "18", "Hallgate train station, with a rucksack he "
                                                                   "said was 'not mine'", "Done 24/11/2025"],
                ["5", "06/12/2025, 9pm", "07/12/2025, 12am", "3", "Oxlade bus station", "Done 08/12/2025"],
                ["6", "27/12/2025, 7pm", "28/12/2025, 6pm", "23", "Ferris Court, Hallgate", "Done 30/12/2025"],
                ["7", "16/01/2026, 10pm", "17/01/2026, 1am", "3", "Oxlade bus station", "Done 19/01/2026"],
                ["8", "31/01/2026, 9pm", "01/02/2026, 9am", "12", "Hallgate, with Jordan Price; found by "
                                                                   "Hallgate Police in a car", "Done 02/02/2026"],
            ],
        }),
        ("h1", "What we are worried about"),
        ("p", "Kai is going missing more often and for longer. He goes most often to Ferris Court in Hallgate, "
              "the flat of Jordan Price, who is 19 and known to Hallgate Police for supplying cannabis. Twice "
              "Kai has come back with money he will not explain, and on 21/11/2025 he was seen at Hallgate "
              "station carrying a rucksack for an older youth. Kai smokes cannabis most days and says Jordan "
              "gives it to him. Martin works 7am to 5.30pm and some Sunday early shifts, and Kai has been "
              "alone after school. We are worried that Kai is being drawn into carrying drugs, that he will "
              "be hurt or arrested, and that he is falling behind at school (attendance 78% this year)."),
        ("h1", "What is working well"),
        ("bullets", [
            "Martin has reported Kai missing every time, and the police have found Kai within 24 hours each "
            "time.",
            "Kai has talked to Becky at every return home interview since October, and told her about "
            "Jordan.",
            "Since Pat started having Kai after school in January, he has not gone missing on a school day.",
            "Kai went to three boxing sessions with Liam in January and asked to go again.",
        ]),
        ("h1", "What Kai says"),
        ("p", "Kai (seen on his own by Jo on 04/02/2026, and at the start of the conference): \"I go to Hallgate "
              "to see my mates. It's not what you think.\" \"Dad's never in, so what's the difference?\" \"I "
              "don't want another worker, I've got loads.\" \"I'll do boxing, that's it.\" He scored how safe "
              "he is as 8 out of 10 (Jo and Becky scored it 3) and said he feels safest \"at Nan's\"."),
        ("p", "Kai's own words for if he goes missing, written with Becky on 02/02/2026: \"I'll text Dad the "
              "word 'pizza' and he'll come and get me, no questions that night. I'll keep £5 for the bus. I "
              "won't get in anyone's car.\""),
        ("h1", "What Martin says"),
        ("p", "\"I'm doing everything I can, but I have to work. I drive round Oxlade at two in the morning "
              "looking for him. I need him to know I'm not going to go mad at him, I just want him home.\""),
        ("h1", "What we want for Kai"),
        ("numbers", [
            "Kai is home every night, and when he does go missing he is found quickly and talked to by "
            "someone he trusts.",
            "Kai is not used by older people to carry or sell drugs, and stops going to Ferris Court.",
            "Kai has an adult with him after school every day, and things to do that he enjoys.",
            "Kai is in school at least 90% of the time and uses less cannabis.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part A: every time Kai goes missing"),
        ("p", "These steps happen every time, in this order. The second column says when each step happens, "
              "counted from the moment Kai is missed."),
        ("table", {
            "header": ["Step", "When", "Who", "What they will do", "How we will know"],
            "widths": [1.3, 5.0, 5.0, 8.2, 6.2],
            "rows": [
                ["A1",
                 "When Kai is 30 minutes past his curfew (9pm school nights, 10pm weekends) and not answering",
                 "Martin Seddon (Dad)",
                 "Ring and text Kai, then ring 101 to report him missing, and text Jo (or the Emergency Duty "
                 "Team after 5pm)",
                 "Police reference number texted to Jo the same night"],
                ["A2",
                 "Within 1 hour of Dad's call",
                 "Oxlade Police control room and response officers (missing persons coordinator PS Dean Morley)",
                 "Grade the missing report and check Kai's known places first: Oxlade bus station, Ferris Court "
                 "and Jordan Price's car",
                 "Missing person report with the risk grade and every place checked, shared with Jo the next "
                 "working day"],
                ["A3",
                 "When Kai is found or comes home",
                 "Oxlade Police (the officer who sees Kai)",
                 "Safe and well check with Kai, on his own if he agrees: where he has been, who with, and "
                 "whether he has been hurt or given anything",
                 "Safe and well check written on the missing report, sent to Jo and Becky the next working "
                 "day"],
                ["A4",
                 "Within 72 hours of every return",
                 "Becky Thornton, return home interview worker, Oxlade Missing Children Service",
                 "Return home interview with Kai at a place he chooses",
                 "Interview form to Jo and the police within 72 hours; push and pull factors added to the "
                 "missing log"],
                ["A5",
                 "Within 2 working days of every return",
                 "Jo Ellison, social worker",
                 "See Kai and Martin together, then Kai on his own, and add anything new from the return home "
                 "interview to Kai's safety plan",
                 "Visit record and updated safety plan on Kai's file within 2 working days"],
                ["A6",
                 "The first school day after every return",
                 "Mr Greg Fowler, DSL, Oxlade Park School",
                 "Meet Kai at the gate, check he has eaten and has what he needs, and agree where he can go at "
                 "break if he needs space",
                 "CPOMS note e-mailed to Jo the same day"],
            ],
        }),
        ("h2", "Part B: every week until the next review conference"),
        ("table", {
            "header": ["Who", "What they will do", "How often, or by when", "How we will know"],
            "widths": [5.2, 9.0, 5.3, 6.2],
            "rows": [
                ["Jo Ellison, social worker",
                 "Visit Kai, one week at home and the next at school, and see him on his own each time",
                 "Every week until the review conference on 10/08/2026",
                 "Visit records within 48 hours, with Kai's own words and his safety score"],
                ["Martin Seddon (Dad)",
                 "Collect Kai from Nan's by 6pm, stay in with him in the evenings, and keep the curfew log",
                 "Every weekday from 10/02/2026 (no evening shifts, agreed with his manager)",
                 "Martin's work rota sent to Jo; the curfew log, which Jo reads at every visit"],
                ["Pat Seddon (Nan)",
                 "Have Kai at her house after school and give him his tea until Martin collects him",
                 "Monday to Friday, 3.30pm to 6pm",
                 "Pat texts Martin when Kai arrives; Jo looks at the texts at her visits"],
                ["Pat Seddon (Nan)",
                 "Have Kai to stay overnight on the Saturdays before Martin's Sunday early shifts",
                 "Every Saturday night before a Sunday shift (Martin sends Jo the rota each month)",
                 "Pat texts Jo on the Sunday morning"],
                ["Sam Okoro, Oxlade Exploitation Team",
                 "One-to-one sessions with Kai on county lines, debt and grooming, ending with his own map of "
                 "safe and unsafe places and people",
                 "Every Wednesday lunchtime in school, ten sessions, 18/02/2026 to 06/05/2026",
                 "Session notes to Jo; Kai's map at sessions 1 and 10"],
                ["Liam Ncube, youth worker, Oxlade Youth Service",
                 "Pick Kai up from home, take him to Oxlade Amateur Boxing Club and bring him back",
                 "Tuesdays and Thursdays, 5.45pm to 8.15pm, from 17/02/2026",
                 "Club register sent to Jo every month"],
                ["Ellie Burns, The Switch (young people's drug and alcohol service)",
                 "Assess Kai's cannabis use, then sessions with him on cutting down",
                 "Assessment by 27/02/2026, then every two weeks",
                 "Assessment letter to Jo; Kai's own count of the days he smoked each week, written down at "
                 "every session"],
                ["Mrs Ruth Ibbotson, attendance officer, Oxlade Park School",
                 "Ring Martin if Kai is not in by 9.10am, and ring Jo if Martin does not know where he is",
                 "Every school day at registration",
                 "First-day call log; weekly attendance sent to Jo, 90% or more by the May half term "
                 "(22/05/2026)"],
                ["PC Ryan Scholes, Oxlade Police Exploitation Team",
                 "Serve a child abduction warning notice on Jordan Price",
                 "By 20/02/2026",
                 "Copy of the served notice on Jo's file"],
                ["Sgt Helen Brook, Oxlade Neighbourhood Policing Team",
                 "Patrol Oxlade bus station, and ask the station staff to ring the police if they see Kai with "
                 "older youths",
                 "Friday and Saturday, 6pm to 10pm, until the review conference",
                 "Patrol log and station incident reports sent to Jo every two weeks"],
                ["Jo Ellison, social worker",
                 "Refer Kai to the National Referral Mechanism as first responder",
                 "By 13/02/2026",
                 "NRM reference number and the reasonable grounds decision letter on Kai's file"],
            ],
        }),
        ("h1", "When missing becomes more serious"),
        ("bullets", [
            "If Kai is missing for more than 24 hours, is found at Ferris Court or with Jordan Price, or is "
            "found with drugs, cash or a weapon: Jo (or the Emergency Duty Team) holds a strategy discussion "
            "with the police that day, and Kai sleeps at Nan's for the next seven nights with Martin there.",
            "If Kai says he owes anyone money or has been threatened: whoever he tells rings Jo or the police "
            "at once, Jo holds a strategy discussion the same day, and PC Scholes checks whether a "
            "threat-to-life warning is needed.",
            "If Pat cannot have Kai after school or on a Saturday night (she is ill or away), she or Martin "
            "texts Jo that day. Martin's manager has agreed in writing (05/02/2026) that Martin can finish at "
            "3pm at a day's notice to collect Kai from school; on a Saturday Martin swaps his Sunday shift. "
            "If Martin cannot do either, Liam has Kai at Oxlade Youth Centre until Martin finishes, and Jo "
            "arranges a short-break foster carer for the night if no one can be at home.",
            "If Kai goes missing three times in any 28 days, or is found carrying drugs for someone else, Jo "
            "will ask Andrea Lowe (team manager) for a legal planning meeting within 5 working days, to "
            "decide whether to apply for a care order.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Oxlade Park School, Tuesdays at 3.30pm: 24/02/2026, 24/03/2026, "
            "21/04/2026, 19/05/2026, 16/06/2026 and 14/07/2026. Kai can come to all or part of each one.",
            "Next review child protection conference: 10/08/2026 at 10am, Oxlade Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Joint youth justice and child protection plan for a 16-year-old on
#    bail for carrying a knife: a court dates table, then an action table
#    split by court-date stage banners. Landscape, page header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_ottersleigh_joint_yjs_cp_plan_court_date_stage_banners_adebayo.pdf",
    "doc_title": "Joint Youth Justice and Child Protection Plan - Reuben Adebayo",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Ottersleigh Youth Justice Service and Children's Social Care · Joint plan",
    "footer": "Reuben Adebayo · Initial conference 21/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "joint-yjs-and-cp-plan-paged-landscape-header-footer-kv-details-court-and-bail-dates-table-then-worries-going-well-reubens-words-mums-worries-outcomes-then-ref-what-will-happen-who-how-we-will-know-table-timed-by-stage-banner-rows-until-plea-until-sentence-after-sentence-until-review-and-also-agreed-then-contingency-meetings",
    "description": (
        "Initial conference plan written jointly with the Youth Justice Service for a 16-year-old on bail "
        "for carrying a knife into school, three months after he was stabbed in a park; he has been "
        "permanently excluded to a pupil referral unit, is tagged on an 8pm curfew and is threatened "
        "online. His father, whom he visits on Saturdays, smokes cannabis every day. After a table of "
        "court and bail dates, the plan is one table timed by stage banner rows tied to his court dates "
        "(until the plea hearing, from the plea hearing until sentence, from sentence until the review "
        "conference) and a last banner, 'Also agreed at the conference', with no time. Most rows are "
        "sound. Faults: the police threat assessment is measured only by 'reviewed at the serious "
        "violence panel'; the knife crime programme is 'when a place comes up'; a Navigator referral has "
        "'-' for who; the 'Professionals network' shares intelligence; a housing transfer request sits "
        "under the banner with no time and gives none of its own; and the father's cannabis use is "
        "recorded but no adult service owns any action."
    ),
    "blocks": [
        ("title", "Joint Youth Justice and Child Protection Plan"),
        ("p", "Ottersleigh City Council Children's Social Care and Ottersleigh Youth Justice Service. Agreed at "
              "the initial child protection conference on 21/01/2026. Each banner row in the plan says when "
              "the actions under it happen; an action that gives its own time keeps it."),
        ("kv", [
            ("Young person", "Reuben Adebayo, born 27/11/2009 (16). Was in Year 11 at Ottersleigh Grange "
                             "School; permanently excluded on 05/12/2025; now at the Brookfield Centre (pupil "
                             "referral unit)."),
            ("Address", "8 Harrier Close, Merrow estate, Ottersleigh OT3 6JE"),
            ("Lives with", "His mum, Funmi Adebayo (43), and his sister Tolu (11)"),
            ("Dad", "Segun Adebayo (47), 3 Canal Walk, Ottersleigh; Reuben spends Saturdays with him"),
            ("Category", "Physical abuse (harm outside the home: serious youth violence)"),
            ("Social worker", "Hannah Brierley, Adolescent Service (team manager: Olu Bankole)"),
            ("YJS case manager", "Kofi Mensah, Ottersleigh Youth Justice Service"),
        ]),
        ("h1", "Court and bail dates"),
        ("table", {
            "header": ["Date", "What"],
            "widths": [5.0, 20.7],
            "rows": [
                ["04/12/2025", "Arrested at Ottersleigh Grange School with a kitchen knife in his bag (possession "
                               "of a bladed article on school premises)"],
                ["08/01/2026", "First appearance, Ottersleigh Youth Court. Bail conditions: live and sleep at 8 "
                               "Harrier Close; curfew 8pm to 7am with an electronic tag; not to enter Merrow "
                               "Park; no contact with Kyle Dawson or Tyler Ames"],
                ["12/02/2026", "Plea hearing, Ottersleigh Youth Court. Reuben has told his solicitor he will "
                               "plead guilty"],
                ["19/03/2026", "Sentence hearing (if he pleads guilty). The YJS expects a Referral Order"],
            ],
        }),
        ("h1", "What we are worried about"),
        ("p", "On 18/10/2025 Reuben was stabbed in the thigh at Merrow Park by a young man from the Fenwick "
              "estate; he needed surgery and was in Ottersleigh Royal Infirmary for four days. Since then "
              "drill videos naming him have been posted online, and he has had threats on Snapchat. Six weeks "
              "after the stabbing he took a knife to school and says he carried it \"for protection\". He was "
              "permanently excluded. Reuben sleeps badly, has flashbacks, and has been in two fights at the "
              "Brookfield Centre. Segun smokes cannabis every day at his flat, and Reuben told Kofi that he "
              "smokes with his dad on Saturdays. We are worried that Reuben will be seriously hurt or will "
              "hurt someone else."),
        ("h1", "What is going well"),
        ("bullets", [
            "Reuben has kept his curfew every night since 08/01/2026 (tag report).",
            "His attendance at the Brookfield Centre is 84%, and staff say he is polite and works hard in "
            "the music room.",
            "Funmi has been to every meeting with the YJS and the school, and rings Kofi whenever she is "
            "worried.",
            "Reuben has a good relationship with Jermaine Cole, who mentored him before the exclusion.",
        ]),
        ("h1", "What Reuben says"),
        ("p", "Reuben (seen on his own by Hannah on 16/01/2026 and by Kofi on 19/01/2026): \"If I don't carry, "
              "I'm dead. You lot can't protect me.\" \"I'm not in a gang. I just live on Merrow.\" \"I want to "
              "make music and go to college, not go to jail.\" He scored how safe he is on the estate as 3 out "
              "of 10 and at Brookfield as 8. He wants his family to move \"anywhere that isn't here\"."),
        ("h1", "What Funmi says"),
        ("p", "\"Every time the phone rings I think it's the hospital again. I can't keep him in the house "
              "forever. I want him out of this estate before something happens.\""),
        ("h1", "What we want for Reuben"),
        ("numbers", [
            "Reuben is not hurt again, and does not carry a knife or any other weapon.",
            "Reuben is in full-time education and has a college place for September 2026.",
            "Reuben has help with his sleep, flashbacks and anger after the stabbing.",
            "Reuben understands what happens at court, has support at every hearing, and keeps to his bail "
            "and his order.",
            "Reuben spends time with his dad without cannabis around him.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "How we will know"],
            "widths": [1.4, 11.5, 5.8, 7.0],
            "rows": [
                ["Stage 1: now until the plea hearing at Ottersleigh Youth Court on 12/02/2026", H, H, H],
                ["1.1",
                 "Bail support: meet Reuben three times a week (Monday, Wednesday and Friday) and go through "
                 "his tag curfew report with him",
                 "Kofi Mensah, YJS case manager",
                 "YJS contact log and the weekly tag compliance report; any breach told to Hannah within 24 "
                 "hours"],
                ["1.2",
                 "Visit Reuben every week, at home and at the Brookfield Centre in turn, and see him on his own",
                 "Hannah Brierley, social worker",
                 "Visit records within 48 hours, with Reuben's own words and safety scores"],
                ["1.3",
                 "Full-time timetable at the Brookfield Centre (9.30am to 2.45pm, five days a week), with a "
                 "taxi there and back so that he does not cross the Fenwick estate",
                 "Ms Leanne Ward, head of the Brookfield Centre",
                 "Brookfield register e-mailed to Hannah every Friday; 90% attendance"],
                ["1.4",
                 "Assess the threats made to Reuben online since the stabbing, and decide whether a "
                 "threat-to-life warning is needed",
                 "DS Amir Nazir, Ottersleigh Police Serious Violence Unit",
                 "Reviewed at the serious violence panel"],
                ["1.5",
                 "Make sure Reuben is in by his 8pm curfew every night, and ring Kofi if he is not",
                 "Funmi Adebayo (Mum)",
                 "Tag report shows no curfew breaches"],
                ["1.6",
                 "No cannabis smoked at the flat or in front of Reuben on the Saturdays he visits, and Reuben "
                 "back at Harrier Close by 7pm",
                 "Segun Adebayo (Dad)",
                 "Reuben tells Hannah at her visits; Hannah calls at the flat unannounced on one Saturday in "
                 "the stage and records what she sees"],
                ["Stage 2: from the plea hearing until sentence on 19/03/2026", H, H, H],
                ["2.1",
                 "AssetPlus assessment and pre-sentence report, with this plan and Reuben's own safety needs "
                 "written in",
                 "Kofi Mensah, YJS case manager",
                 "Pre-sentence report filed with the court by 12/03/2026, with copies to Hannah and Funmi"],
                ["2.2",
                 "Trauma assessment after the stabbing: Reuben's sleep, flashbacks and anger",
                 "Dr Selina Marr, Ottersleigh CAMHS",
                 "Assessment letter with the outcome and any offer of treatment, sent to the GP, Hannah and "
                 "Kofi"],
                ["2.3",
                 "Reuben goes to the six-week Cut It Out knife crime programme when a place comes up",
                 "Jermaine Cole, Second Step Mentoring",
                 "Programme register and Reuben's certificate on file"],
                ["2.4",
                 "Meet Reuben and Funmi before the sentence hearing to explain what each possible sentence "
                 "would mean, and go with them to court",
                 "Hannah Brierley, social worker, with Kofi Mensah",
                 "Hannah's note of the meeting on file; Reuben can tell Kofi in his own words what his "
                 "sentence means"],
                ["Stage 3: from sentence until the review conference on 15/04/2026", H, H, H],
                ["3.1",
                 "Referral Order panel and contract (if that is the sentence), with a music production course "
                 "written into the contract",
                 "Kofi Mensah, YJS case manager",
                 "Signed contract on file, with a copy to Hannah"],
                ["3.2",
                 "Mentoring with Reuben every Thursday, 4pm to 6pm, at the Ottersleigh Sound studio",
                 "Jermaine Cole, Second Step Mentoring",
                 "Mentoring log sent to Hannah each month; Reuben's own goals sheet, updated at each session"],
                ["3.3",
                 "Help Reuben apply for the Level 1 music technology course at Ottersleigh College",
                 "Dev Patel, careers adviser, Ottersleigh Careers Hub",
                 "College application receipt on Hannah's file"],
                ["3.4",
                 "Refer Reuben to the Violence Reduction Unit's Navigator programme for young people hurt by "
                 "violence",
                 "-",
                 "Navigator acceptance letter on file"],
                ["Also agreed at the conference", H, H, H],
                ["4.1",
                 "Share any intelligence about threats to Reuben, or plans to retaliate, with the police and "
                 "Hannah the same day",
                 "Professionals network",
                 "Partnership intelligence form logged, and a note on Reuben's chronology"],
                ["4.2",
                 "Ask Ottersleigh Homes for a priority transfer for the family away from the Merrow estate, "
                 "with a letter setting out the risk to Reuben",
                 "Hannah Brierley, social worker",
                 "Housing application reference and the housing decision letter on file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Reuben breaks his curfew, is seen in Merrow Park or is found with a knife or any weapon, the "
            "police arrest him, and Hannah (or the Emergency Duty Team) holds a strategy discussion with the "
            "police and the YJS that day.",
            "If DS Nazir finds a real and immediate threat to Reuben's life, the police give a threat-to-life "
            "warning, and Reuben, Funmi and Tolu move that day to Funmi's sister, Bisi Adeyemi, in Kelham "
            "(agreed by Bisi on 20/01/2026). If Bisi cannot have them, Hannah finds an emergency foster "
            "placement for Reuben outside Ottersleigh the same day, and Kofi asks the court to vary his bail "
            "address.",
            "If Reuben is hurt again, Funmi rings 999 and Hannah holds a strategy discussion the same day.",
            "If Reuben is arrested for another weapon offence, breaches his bail twice, or is hurt in another "
            "attack before the review conference, Hannah will ask Olu Bankole (team manager) for a legal "
            "planning meeting within 5 working days, to decide whether to apply for a care order.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at the Brookfield Centre, Wednesdays at 3pm: 04/02/2026, 04/03/2026 "
            "and 01/04/2026.",
            "Review child protection conference: 15/04/2026 at 10am, Ottersleigh Council House.",
        ]),
    ],
    "findings": [
        F("M002", "Assess the threats made to Reuben online since the stabbing"),
        F("T002", "goes to the six-week Cut It Out knife crime programme"),
        F("W001", "Refer Reuben to the Violence Reduction Unit's Navigator programme"),
        F("W002", "Share any intelligence about threats to Reuben, or plans to retaliate"),
        F("T001", "Ask Ottersleigh Homes for a priority transfer for the family"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a 13-year-old groomed online and threatened
#    with her images: numbered action cards under five headings, each card
#    with Who / When / How we'll know / "Amira says" lines. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_ouseby_icpc_action_cards_with_amira_says_lines_rahman.md",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-md-details-table-what-happened-going-well-in-amiras-words-what-mum-and-dad-say-outcomes-then-numbered-h3-action-cards-under-online-school-home-out-and-about-and-the-people-who-harmed-amira-headings-each-card-who-what-when-how-well-know-and-amira-says-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old girl groomed on Snapchat by someone posing as "
        "a 16-year-old, who threatened to share her images unless she sent more (one was shared at "
        "school), and who was introduced through the same account to a 19-year-old man who took her in "
        "his car and kept her out until 1am. Her father wanted to keep her home from school. The plan is "
        "fourteen numbered action cards under five headings (Online, School, Home, Out and about, The "
        "people who harmed Amira), each with Who, What, When and How we'll know lines and Amira's own "
        "words on that part. Every card has a named owner, a real time and something that can be seen; "
        "the contingency has specific triggers and responses and legal planning; core group and review "
        "dates are set."
    ),
    "text": """\
# Child protection plan: Amira Rahman

**Ouseby City Council · Children's Social Care · Adolescent Safeguarding Team**
Agreed at the initial child protection conference on 28/01/2026 (chair: Graham Tulley, IRO).

| | |
|---|---|
| **Young person** | Amira Rahman, born 08/06/2012 (13), Year 8, Ouseby High School |
| **Address** | 14 Larch Avenue, Ouseby OU2 8RT |
| **Lives with** | Mum, Shazia Rahman (38); Dad, Imran Rahman (41), who runs a takeaway on Station Road; brothers Yusuf (10) and Adam (6) |
| **Category** | Sexual abuse (harm outside the home: online sexual abuse and exploitation) |
| **Social worker** | Daniel Cho (team manager: Fiona Rees) |
| **Exploitation worker** | Sadia Khan, Ouseby Child Exploitation Team |
| **Police** | DC Laura Pike, Ouseby Police Online Child Abuse Investigation Team |

## What happened

In October Amira started talking on Snapchat to someone called "Jay", who said he was 16 and went to
a school in Rothby. After a few weeks he asked her for pictures of herself. When she had sent some, he
said he would send them to her school and her family unless she sent more and £50 in gift cards. On
12/12/2025 one picture was sent to three pupils in Amira's year. Through the same account Amira was
put in touch with Zak Collins, who is 19. He met her twice at Ouseby Shopping Centre, and on
09/01/2026 he drove her to the retail park and kept her in his car until 1am. Shazia reported her
missing at 8pm and the police found her in the car park. The police think "Jay" and Zak are linked.
Since then Amira has stopped eating at school and says she cannot sleep.

## What is going well

- Amira told her friend, and then Mrs Ford, about the threats; that is how we found out.
- Shazia reported Amira missing within an hour on 09/01/2026, and has shown Daniel every message she has found.
- Imran came to the conference, listened to Amira, and agreed that she should stay in school.
- Amira has two good friends, Hana and Ellie, who have stuck by her, and she loves netball.

## In Amira's words

Amira talked to Daniel on her own at school on 22/01/2026 and wrote a card for the conference.

> "I thought he actually liked me. I feel stupid."
> "Everyone in my year has seen it. I don't want to go in the canteen."
> "Please don't make me talk to the police again, I've said it all."
> "Don't let Dad take my phone forever. It's how I talk to Hana and Ellie."

She scored how safe she feels as 5 out of 10, and said 10 would be "when I know the pictures are gone
and Zak's been told to leave me alone".

## What Mum and Dad say

Shazia: "I blame myself. I don't understand these apps, I thought she was on the phone to her friends."
Imran: "My first thought was to keep her home where I can see her. I understand now that is not the
answer, but I need to know the school will protect her."

## What we want for Amira

1. Amira is safe from the people who harmed her, online and in person: no contact with "Jay" or Zak Collins.
2. Amira knows her pictures can be taken down, and knows that what happened was not her fault.
3. Amira goes to school every day, eats and sleeps well, and feels able to go back in the canteen.
4. Amira is home every evening, and her mum and dad know how she uses her phone and can spot the warning signs.

## The plan

Each card is one action. "Amira says" is what Amira told Daniel or Sadia about that part.

### Online

#### 1. Taking the pictures down
**Who:** Sadia Khan, Ouseby Child Exploitation Team, with Amira
**What:** Use Report Remove with Amira to ask for her pictures to be taken down, and report the "Jay" account to CEOP.
**When:** By 06/02/2026
**How we'll know:** Report Remove and CEOP reference numbers on Daniel's file; Sadia asks Amira at every session whether she has seen the pictures again and writes down what she says.
**Amira says:** "If they're gone I might go back in the canteen."

#### 2. Finding "Jay"
**Who:** DC Laura Pike, Ouseby Police Online Child Abuse Investigation Team
**What:** Examine Amira's phone (with her and her parents' consent, and returned within 7 days), and ask Snapchat for the data on the "Jay" account.
**When:** Phone examined and the request to Snapchat made by 20/02/2026
**How we'll know:** DC Pike's letter to Shazia, Imran and Daniel by 27/02/2026 saying what was found and what happens next.
**Amira says:** "I want my phone back quick."

#### 3. Sessions with Amira about staying safe online
**Who:** Sadia Khan, Ouseby Child Exploitation Team
**What:** Eight one-to-one sessions in school using the "Is it OK?" workbook: grooming, fake profiles, threats about pictures, and that none of it is Amira's fault.
**When:** Every Tuesday, period 5, 03/02/2026 to 24/03/2026
**How we'll know:** The workbook on file; Amira's own score out of 10 for "how sure I am I'd spot a fake profile" at sessions 1 and 8, written down by Sadia.
**Amira says:** "OK, but not in a room where people can see in."

#### 4. The phone plan at home
**Who:** Shazia and Imran, with Amira
**What:** Agree and sign a phone plan: the phone charges in the kitchen from 9.30pm, Snap Map stays off, Mum knows the passcode, and the phone is not taken away as a punishment.
**When:** Plan signed by 06/02/2026; phone in the kitchen every night from then
**How we'll know:** Signed plan on Daniel's file; Daniel sees the phone on the kitchen charger at his evening visits.
**Amira says:** "That's fair, if Dad sticks to the last bit."

### School

#### 5. Check-ins with Mrs Ford
**Who:** Mrs Joanne Ford, DSL, Ouseby High School
**What:** Check in with Amira, give her a time-out pass to the library, and ring Daniel the same day if Amira says anything new or Zak is seen near the school.
**When:** Every Monday and Friday at 8.40am
**How we'll know:** CPOMS notes sent to Daniel every two weeks, with each time Amira used her pass.
**Amira says:** "Mrs Ford is OK. Mondays are the worst."

#### 6. The picture that was shared in school
**Who:** Mr Paul Teague, Head of Year 8
**What:** Meet the three pupils who were sent the picture with their parents, see the picture deleted from each phone, and deal with it under the school's policy.
**When:** By 06/02/2026
**How we'll know:** A CPOMS record of each meeting saying the picture was deleted, read by Mrs Ford.
**Amira says:** "I don't want them to know I told."

#### 7. Eating and sleeping
**Who:** Kirsty Hale, school nurse, Ouseby 0-19 Service
**What:** See Amira about her eating and sleep, give her a sleep diary, and then see her at the school nurse drop-in.
**When:** First appointment by 13/02/2026, then at the drop-in every month
**How we'll know:** Amira's weight in her school nursing record, and her sleep diary read with her at each drop-in; a summary to Daniel after each one.
**Amira says:** "I'll do the diary if it's on my phone."

### Home

#### 8. Daniel's visits
**Who:** Daniel Cho, social worker
**What:** Visit Amira, one week at home and the next at school, and see her on her own each time.
**When:** Every week until the review conference on 21/04/2026
**How we'll know:** Visit records within 48 hours, with Amira's own words and her safety score.
**Amira says:** "Not on Wednesdays, that's netball."

#### 9. Sessions for Mum and Dad
**Who:** Sadia Khan, with Shazia and Imran
**What:** Three sessions at home on how the apps work, how grooming and threats about pictures work, and how to talk to Amira without blaming her.
**When:** Tuesdays at 7pm, 10/02/2026, 17/02/2026 and 24/02/2026
**How we'll know:** Sadia's session notes; at the last session Shazia and Imran show Sadia the privacy settings on Amira's phone.
**Amira says:** "Good, then they'll stop asking me what Snap Map is."

#### 10. If Amira is late home
**Who:** Shazia Rahman (Mum)
**What:** Ring Amira, then ring 101 (or 999 if she may be in danger) and text Daniel, if Amira is 30 minutes past her time home (7pm on school nights, 8pm at weekends) and not answering.
**When:** Every time Amira is 30 minutes late and not answering
**How we'll know:** A police log number texted to Daniel each time.
**Amira says:** "I'll be back. I'm not doing that again."

### Out and about

#### 11. Ouseby Shopping Centre and the retail park
**Who:** PC Omar Siddiqui, Ouseby Neighbourhood Policing Team
**What:** Patrol the shopping centre and the retail park car park, and ask centre security to ring the police about any girl getting into a car with an adult man.
**When:** Thursdays and Saturdays, 3pm to 8pm, until the review conference
**How we'll know:** Patrol log and the centre's security incident log sent to Daniel every two weeks.
**Amira says:** "Don't let them stop me going shopping with my friends."

#### 12. Return home interviews
**Who:** Leah Gordon, Ouseby Missing Children Team
**What:** A return home interview with Amira if she ever goes missing, at home or school as she chooses.
**When:** Within 72 hours of any return
**How we'll know:** Return home interview form sent to Daniel and DC Pike within 72 hours.
**Amira says:** "If I have to, I'd rather it's a woman."

#### 13. Netball
**Who:** Daniel Cho, social worker
**What:** Help Amira join Ouseby Girls' Netball Club and pay her subs for the season.
**When:** Every Wednesday, 5pm to 6.30pm, from 04/02/2026
**How we'll know:** The club register, sent to Daniel each month.
**Amira says:** "Yes. Hana goes too."

### The people who harmed Amira

#### 14. Zak Collins
**Who:** DC Laura Pike, Ouseby Police Online Child Abuse Investigation Team
**What:** Serve a child abduction warning notice on Zak Collins, and send the investigation file on him to the Crown Prosecution Service.
**When:** Notice served by 06/02/2026; file to the CPS by 31/03/2026
**How we'll know:** A copy of the served notice, and the CPS file reference, on Daniel's file.
**Amira says:** "Good. He's done it to other girls, I know he has."

## If things go wrong

- **If Amira is 30 minutes late home and not answering:** Shazia rings 101 (or 999). The police treat
  her as high risk because of Zak, and check the retail park and Zak's address at 6 Cooper's Yard first.
  Daniel (or the Emergency Duty Team after 5pm) holds a strategy discussion with the police the next
  morning if she has been missing overnight.
- **If Amira is found with Zak or any adult she met online, or "Jay" makes new threats:** DC Pike sees
  Amira the same day, and Daniel holds a strategy discussion with the police and the school that day.
- **If another picture of Amira is shared in school:** Mrs Ford takes the phones under the school's
  policy, and rings DC Pike and Daniel that day.
- **If Amira talks about hurting herself,** whoever she tells takes her to the emergency department at
  Ouseby General or rings 999, and Daniel rings the CAMHS crisis team the same day.
- **If Amira goes missing overnight again, is found with Zak after the notice has been served, or is
  kept off school for more than three days,** Daniel will ask Fiona Rees (team manager) for a legal
  planning meeting within 5 working days, to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks at Ouseby High School, Tuesdays at 3.30pm: 10/02/2026, 10/03/2026 and
  07/04/2026. Amira can come to the start of each one.
- Review child protection conference: 21/04/2026 at 10am, Ouseby Civic Centre.

Plan sent to Shazia, Imran, Amira (in her own copy) and every agency on 30/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Second core group record for a 14-year-old at an alternative
#    provision, running drugs locally: attendance, what has happened since
#    core group 1, views and agreed scaling, then "Actions to core group 3"
#    with Lead / School week / Evidence columns. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_orrindmoor_core_group_two_record_school_week_column_hartnell.md",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-2-record-md-attendance-table-with-initials-then-numbered-sections-what-has-happened-since-cg1-lewiss-views-agreed-scaling-donna-and-craig-outcomes-then-actions-to-cg3-table-no-action-lead-school-week-evidence-then-contingency-and-a-separate-review-and-legal-planning-section",
    "description": (
        "Second core group record for a 14-year-old boy suspended three times this year and now on a "
        "part-time timetable at an alternative provision, who has been found carrying cannabis and cash "
        "for an 18-year-old and has gone missing overnight twice. An attendance table with initials, "
        "what has happened since core group 1, Lewis's views (he will not 'grass'), scaling agreed by "
        "two workers and his parents' worries come first; the plan is 'Actions to core group 3', a table "
        "with Lead, School week ('w/c 02/03/2026') and Evidence columns. Most rows are sound. Faults: "
        "the home school's reintegration work is 'Ongoing'; the abduction notice is only 'C/F from "
        "CG1'; the educational psychology request has '-' for evidence; the drug service's assessment "
        "is measured by 'to be discussed at next core group'; the 'Core group' passes on sightings; and "
        "the contingency only says the plan will be reviewed and a strategy discussion considered if "
        "things do not improve (legal planning is set out separately under review)."
    ),
    "text": """\
# Orrindmoor Council · Children's Services

## Core group meeting 2 – record and updated plan

**Young person:** Lewis Hartnell, born 11/11/2011 (14), Year 9
**Meeting:** 03/03/2026, 3.30pm, Orrindmoor Learning Centre (OLC), Gate Lane
**Plan from:** initial child protection conference, 27/01/2026 (category: neglect – harm outside the home, criminal exploitation)
**Chair of core group:** Tom Baxter, social worker (team manager: Amanda Price)

### 1. Present

| Name | Role | Initials |
|---|---|---|
| Tom Baxter | Social worker, Adolescent Safeguarding Team | TB |
| Donna Hartnell | Mum | DH |
| Craig Miles | Lewis's stepdad, lives at home | CM |
| Lewis Hartnell | (came for the first 20 minutes) | LH |
| Fay Dunmore | Manager, Orrindmoor Learning Centre (alternative provision) | FD |
| Raj Sandhu | Assistant Head (inclusion), Orrindmoor Academy | RS |
| Priya Desai | Exploitation and Missing Team (EMT) | PD |
| PCSO Jade Kirby | Orrindmoor Neighbourhood Policing Team | JK |
| Dan Whitley | Youth worker, Orrindmoor Youth Service | DW |

Apologies: PC Mark Ellery (Orrindmoor Police Exploitation Team); Sam Carr (Young People's Drug and
Alcohol Service).

### 2. Why Lewis has a plan (from the conference)

Lewis has been suspended from Orrindmoor Academy three times this year for fighting and for leaving
the site, and since 12/01/2026 has been on a part-time timetable at the OLC, still on the Academy's
roll. On 05/01/2026 police stopped him near the Harcourt Road flats with nine bags of cannabis and
£120; he would not say whose they were. Police intelligence links him to Tyrone Bell (18), who uses
younger boys to deliver cannabis around the estate. Lewis went missing overnight on 17/12/2025 and
19/01/2026. He lives with Donna, Craig and his half-sister Evie (3) at 31 Coniston Road, Orrindmoor
OR2 7BE.

### 3. What has happened since core group 1 (10/02/2026)

- Lewis has been to 25 of his 30 OLC sessions (83%). FD says he is "a different lad in the workshop".
- No missing episodes since 19/01/2026. DH and CM have kept the curfew log every night.
- PD has had three sessions with Lewis. He has talked about money and trainers, but not about Tyrone.
- PCSO Kirby has spoken to the Co-op manager on Harcourt Road, who now rings the police when older
  youths wait outside with younger boys.
- The warning notice on Tyrone Bell has still not been served (PC Ellery was on leave).
- Lewis went to two fire cadet sessions and says he "might" keep going.

### 4. What Lewis says

Lewis (seen on his own by TB at the OLC on 26/02/2026, and at the start of this meeting): "I'm not a
grass, so don't ask me about Tyrone." "The OLC's alright. Better than school, no one's on my back."
"I only did it for money for trainers. Mum can't afford them." "I'm not going to the drugs worker, I
don't take drugs, it's just weed." He wants to be a mechanic and to go back to the Academy "when
they're not all looking at me".

### 5. Scaling (agreed by TB and PD)

On a scale of 0 (Lewis is being exploited and is not safe) to 10 (Lewis is safe from exploitation and
the plan can end), TB and PD agreed 4, up from 2 at the conference, because Lewis has not gone missing
and is at the OLC most days. Lewis said 9. DH and CM said 5.

### 6. What Donna and Craig say

DH: "He's calmer since the OLC. But I know he still goes out to see them when he says he's at the
park." CM: "I work late. I need to know what to do if he just doesn't come in."

### 7. What we want for Lewis (from the conference)

1. Lewis is safe from Tyrone Bell and anyone else using him to carry or sell drugs.
2. Lewis is home every night, and if he goes missing he is found quickly and talked to after.
3. Lewis goes to the OLC every day he is timetabled and has a plan to go back to the Academy.
4. Lewis has things to do that he enjoys and adults he trusts outside the family.

### 8. Actions to core group 3 (24/03/2026)

School weeks are given as "w/c" (week commencing). The Easter holidays are 30/03/2026 to 10/04/2026.

| No. | Action | Lead | School week | Evidence |
|---|---|---|---|---|
| 1 | Visit Lewis, one week at the OLC and the next at home, and see him on his own each time | TB | Every week to CG3: w/c 02/03, 09/03, 16/03 | Visit records within 48 hours, with Lewis's own words |
| 2 | OLC timetable: three days a week, going up to four | FD | Three days from w/c 02/03/2026; four days from w/c 16/03/2026 | OLC register e-mailed to TB every Friday; 80% attendance or more |
| 3 | Keep Lewis's place at Orrindmoor Academy and write a reintegration plan with the OLC | RS | Ongoing | Reintegration plan, signed by Lewis and DH, on file |
| 4 | One-to-one sessions with Lewis on exploitation, debt and getting out safely | PD | Every Thursday at the OLC, w/c 02/03 to w/c 23/03 | Session notes to TB; Lewis's map of safe and unsafe people at the first and last sessions |
| 5 | Return home interview with Lewis after any missing episode | PD | Within 72 hours of every return | Interview form to TB and the police within 72 hours |
| 6 | Patrol Harcourt Road and the Co-op, and speak to any younger boys waiting with older youths | JK | Friday and Saturday, 6pm to 10pm, to CG3 | Patrol log sent to TB every two weeks |
| 7 | Serve a child abduction warning notice on Tyrone Bell | PC Mark Ellery | C/F from CG1 | Copy of the served notice on Lewis's file |
| 8 | Keep Lewis's curfew (8.30pm school nights, 10pm Friday and Saturday) and ring 101 if he is 30 minutes late and not answering | DH and CM | Every night | Curfew log read by TB at each visit; police log numbers texted to TB |
| 9 | Take Lewis to Orrindmoor Fire Cadets | DW | Mondays, 6pm to 8pm, from w/c 02/03/2026 | Cadets register sent to TB each month |
| 10 | Assessment of Lewis's cannabis use with him, and sessions if he agrees | Sam Carr, Young People's Drug and Alcohol Service | Assessment w/c 09/03/2026 | To be discussed at next core group |
| 11 | Pass on any sighting of Lewis with Tyrone Bell or at the Harcourt Road flats | Core group | Same day | Partnership intelligence form; note on Lewis's chronology |
| 12 | Request an educational psychology assessment of Lewis's learning needs | RS | w/c 09/03/2026 | - |
| 13 | Go to the OLC every day I am timetabled, and be ready for the taxi at 8.45am | Lewis | Every OLC day | OLC register; the taxi firm's pick-up sheet |
| 14 | Refer Lewis to the National Referral Mechanism as first responder | TB | w/c 02/03/2026 | NRM reference number and the reasonable grounds decision on file |
| 15 | Go through Lewis's phone with him and DH, and block Tyrone's numbers | PD | At the Thursday session w/c 02/03, then at each session | Blocked list checked with Lewis at each session; any new contact reported to the police within 24 hours |

### 9. Contingency

If things do not improve, or there are further concerns about Lewis going missing or being exploited,
TB will discuss this with his manager and the core group will meet to review the plan and consider
whether a strategy discussion is needed.

### 10. Review and legal planning

- Core group 3: 24/03/2026, 3.30pm at the OLC; then every three weeks (core group 4: 14/04/2026).
- Review child protection conference: 20/04/2026, 10am, Orrindmoor Civic Centre.
- Amanda Price (team manager) agreed on 02/03/2026 that if Lewis is found carrying drugs again, or
  goes missing overnight again, before the review conference, TB will ask for a legal planning meeting
  within 10 working days.

Record typed by TB on 04/03/2026 and sent to everyone present, PC Ellery and Sam Carr.
""",
    "findings": [
        F("T002", "Keep Lewis's place at Orrindmoor Academy and write a reintegration plan"),
        F("T001", "Serve a child abduction warning notice on Tyrone Bell"),
        F("M001", "Request an educational psychology assessment of Lewis's learning needs"),
        F("M002", "Assessment of Lewis's cannabis use with him, and sessions"),
        F("W002", "Pass on any sighting of Lewis with Tyrone Bell"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Child exploitation and child protection plan for a 17-year-old, a
#    plain-text print arranged under the police 4P headings (Prepare,
#    Protect, Pursue, Prevent), items PR1 to PV3 with Lead / By / Evidence
#    lines. Her mother has depression. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b199_ondlebury_cse_cp_plan_four_p_headings_lead_by_evidence_kowalczyk.txt",
    "split": "heldout",
    "actions": 17,
    "template": "child-exploitation-and-cp-plan-plain-text-equals-underlined-caps-headings-dot-leader-details-then-worries-going-well-natalias-words-mums-words-via-interpreter-outcomes-then-4p-plan-prepare-protect-pursue-prevent-items-pr1-to-pv3-each-a-sentence-then-indented-lead-by-evidence-line-then-contingency-meetings",
    "description": (
        "Child exploitation and child protection plan from the initial conference for a 17-year-old at "
        "risk of sexual exploitation by adult men at a 'party house', where she is given ketamine; she "
        "has been missing six times and was found at a hotel with a 34-year-old man. Her mother has "
        "depression and sees the community mental health team. The plan is a plain-text print arranged "
        "under the police 4P headings (Prepare, Protect, Pursue, Prevent), each item a sentence with an "
        "indented 'Lead | By | Evidence' line; disruption work includes abduction notices, a closure "
        "order and hotel briefings, and legal advice on injunctions and the inherent jurisdiction. "
        "Most items are sound. Faults: the mental health team's CBT only treats the mother; the adult "
        "transitions referral is 'as soon as possible'; the sexual health outreach has '-' for "
        "evidence; the college's check-ins are 'Monitored by college'; 'All partners' pass on "
        "intelligence; one outcome is about the mother only; and the review conference date is 'to be "
        "confirmed'."
    ),
    "text": """\
ONDLEBURY COUNCIL - CHILDREN'S SOCIAL CARE
Adolescent Safeguarding Team, with Ondlebury Police Child Sexual Exploitation Team

CHILD EXPLOITATION AND CHILD PROTECTION PLAN
============================================
Agreed at the initial child protection conference on 20/01/2026, after the strategy meeting of
08/01/2026. Printed 22/01/2026.

Young person ........ Natalia KOWALCZYK, born 30/09/2008 (17)
                      Level 2 Hair and Beauty, Ondlebury College
Address ............. 27 Tanner Street, Ondlebury ON5 1QA
Lives with .......... Mum, Agnieszka Kowalczyk (43), a cleaner; brother Piotr (12)
Dad ................. Lives in Poland; no contact since 2019
Language ............ Natalia speaks English. Agnieszka prefers Polish; an interpreter is
                      booked for every meeting and session with her.
Category ............ Sexual abuse (harm outside the home: child sexual exploitation)
Chair ............... Rhian Bowen (IRO)
Social worker ....... Gareth Pugh (team manager: Claire Whitmore)
Exploitation worker . Jess O'Neill, Safe Harbour (Ondlebury sexual exploitation service)
Police .............. DS Nicola Hart, Ondlebury Police CSE Team


WHAT WE ARE WORRIED ABOUT
=========================
Since October Natalia has been going to a house at 17 Mill Street where adult men give her and other
girls ketamine and alcohol. She has been missing from home six times, three times overnight. On
03/01/2026 the police found her at 2am at the Station Hotel in Rothwick with Lee Marsden (34); she was
under the influence and had bruises on her arms. Natalia calls Craig Ashworth (29) her boyfriend; he
collects her from college in his car. She was treated for an infection at the sexual health clinic in
December and had a pregnancy test in January, which was negative.

Agnieszka has depression. She has been under the Ondlebury Community Mental Health Team for two years
and takes antidepressants. She told the conference that she sleeps most evenings and did not know
Natalia was going out until the police rang.


WHAT IS GOING WELL
==================
- Natalia's college attendance is 81%, and her tutor says she is one of the best in her group.
- Natalia talks to Jess, and told her about Mill Street.
- Agnieszka reported the last two missing episodes within an hour.
- Natalia gave the police a first account on 04/01/2026.


WHAT NATALIA SAYS
=================
Seen on her own by Gareth on 14/01/2026 and by Jess on 16/01/2026:
  "I'm 17. I'm basically an adult. They're my mates."
  "I don't need saving. Craig looks after me."
  "College is the only thing I actually care about, don't mess that up."
  "Don't tell Mum everything, she's got enough going on."
She scored how safe she is as 7 out of 10 (Gareth and Jess scored it 2). She wants to finish her
course, work in a salon and "get my own flat".


WHAT AGNIESZKA SAYS (through the interpreter)
=============================================
"I am ashamed that I did not see it. My illness makes me tired all the time. I want to help her but
she does not listen to me, and I do not know these men."


WHAT WE WANT TO ACHIEVE
=======================
1. Natalia is safe from the men who are exploiting her: no contact with Lee Marsden or Craig Ashworth,
   and no visits to 17 Mill Street.
2. Natalia is home every night and, if she goes missing, is found quickly and talked to afterwards by
   someone she trusts.
3. Natalia's sexual health is looked after, and she stops using ketamine.
4. Natalia finishes her Level 2 course and has a plan, with adult services, for when she turns 18.
5. Agnieszka's depression improves and she feels more able to cope.


THE PLAN (4P)
=============
The plan follows the police 4P headings. Each item gives the lead, when (By) and the evidence.

PREPARE - helping Natalia and her family to spot exploitation and to be ready to act
------------------------------------------------------------------------------------
PR1  Visit Natalia, one week at home and the next at college, and see her on her own each time.
     Lead: Gareth Pugh (SW) | By: every week until the review conference | Evidence: visit records
     within 48 hours, with Natalia's own words and her safety score

PR2  One-to-one sessions with Natalia on healthy relationships, grooming, consent and coercion.
     Lead: Jess O'Neill, Safe Harbour | By: every Monday at 4pm, twelve sessions from 26/01/2026 |
     Evidence: Natalia's "relationship traffic lights" score at sessions 1, 6 and 12, recorded by Jess
     and shared with Gareth

PR3  Three sessions with Agnieszka, with an interpreter, on the signs of exploitation and what to do
     when Natalia is missing.
     Lead: Jess O'Neill, Safe Harbour | By: 27/02/2026 | Evidence: session notes; at the third session
     Agnieszka can tell Jess the steps she takes when Natalia is missing

PR4  Continue fortnightly CBT sessions with Agnieszka for her depression.
     Lead: Ruth Ellery, psychologist, Ondlebury Community Mental Health Team | By: every two weeks
     from 27/01/2026 | Evidence: attendance letters to Gareth

PR5  Refer Natalia to the Ondlebury Adult Social Care transitions team, so that an adult worker can
     plan with her for adulthood.
     Lead: Gareth Pugh (SW) | By: as soon as possible | Evidence: the transitions team's acceptance
     letter, and a named adult worker at the next core group

PROTECT - keeping Natalia safe now
----------------------------------
PT1  Ring 101 (or 999 if Natalia may be in danger) and text Gareth, or the Emergency Duty Team after
     5pm, when Natalia is not home by 11pm and not answering.
     Lead: Agnieszka Kowalczyk (Mum) | By: every time Natalia is not home by 11pm | Evidence: a police
     log number on Gareth's file each time

PT2  Return home interview with Natalia after every missing episode.
     Lead: Ola Nowak, return home interview worker, Ondlebury Missing Service | By: within 72 hours of
     every return | Evidence: interview form to Gareth and DS Hart within 72 hours

PT3  Appointments with Natalia for contraception, STI tests and pregnancy tests.
     Lead: Sian Morgan, sexual health outreach nurse, Ondlebury Sexual Health | By: first appointment
     by 06/02/2026, then every month | Evidence: -

PT4  Check in with Natalia each morning, and ring Gareth the same day if she is absent or is
     collected by an adult man.
     Lead: Ms Helen Carver, DSL, Ondlebury College | By: every college day at 9am | Evidence:
     Monitored by college

PT5  Assessment of Natalia's ketamine use, then weekly sessions with her.
     Lead: Kieran Doyle, Step Up (Ondlebury young people's drug and alcohol service) | By: assessment
     by 13/02/2026, then weekly | Evidence: assessment letter to Gareth; Natalia's own use diary, read
     with Kieran each week

PURSUE - disrupting the people who exploit Natalia
--------------------------------------------------
PU1  Serve child abduction warning notices on Lee Marsden and Craig Ashworth.
     Lead: DS Nicola Hart, Ondlebury Police CSE Team | By: 06/02/2026 | Evidence: copies of both
     served notices on Gareth's file

PU2  Apply to the magistrates' court for a closure order on 17 Mill Street.
     Lead: DS Nicola Hart, with Mark Fenton, Ondlebury Council Anti-Social Behaviour Team | By:
     application made by 27/02/2026 | Evidence: the court's order, or the hearing date, on file

PU3  Brief the town centre hotels, the Station Hotel in Rothwick and the two Ondlebury taxi firms on
     spotting and reporting under-18s with adults (Operation Makesafe).
     Lead: PC Tom Wray, Ondlebury Police Licensing | By: 20/02/2026 | Evidence: a signed briefing
     sheet from each hotel and taxi firm on file

PU4  Pass on intelligence about any adult seen with Natalia, including car registrations.
     Lead: All partners | By: within 24 hours | Evidence: partnership intelligence forms logged with
     DS Hart

PREVENT - building Natalia's future away from the men
-----------------------------------------------------
PV1  Refer Natalia to the National Referral Mechanism as first responder.
     Lead: Gareth Pugh (SW) | By: 30/01/2026 | Evidence: NRM reference number and the reasonable
     grounds decision letter on file

PV2  Find Natalia a Saturday placement in a salon, as part of her course.
     Lead: Becky Lyons, work placement coordinator, Ondlebury College | By: every Saturday, 9am to
     3pm, from 07/02/2026 | Evidence: timesheet signed by the salon owner, sent to Gareth each month

PV3  I will keep my phone charged and share my location with Mum when I go out after 8pm.
     Lead: Natalia | By: every time she goes out after 8pm | Evidence: Mum sees her location on the
     app; Jess checks with Natalia at each Monday session


CONTINGENCY
===========
- If Natalia is missing: Agnieszka rings 101 (or 999). The police treat her as high risk and check 17
  Mill Street, the Station Hotel and Craig Ashworth's address at 4 Dyer Court first.
- If Natalia is found with Lee Marsden or Craig Ashworth, at 17 Mill Street, or under the influence of
  ketamine: the police take her home (or to hospital if she needs it), and Gareth (or the Emergency
  Duty Team) holds a strategy discussion with the police that day.
- If Natalia says she has been sexually assaulted, whoever she tells rings the police at once; the
  police take her to the Ondlebury sexual assault referral centre and Jess goes with her.
- If Natalia goes missing three times in 28 days, or is found with either man after the notices have
  been served, Gareth will ask Claire Whitmore (team manager) for a legal planning meeting within 5
  working days, for legal advice on injunctions against the men and on asking the High Court to use
  its inherent jurisdiction to protect Natalia.


MEETINGS
========
Core group ........... every four weeks at Ondlebury College, Tuesdays at 4pm: 03/02/2026,
                       03/03/2026 and 31/03/2026
Review conference .... date to be confirmed by the Safeguarding Unit

Copies to Natalia, Agnieszka (in Polish), and everyone at the conference.
""",
    "findings": [
        F("H001", "Continue fortnightly CBT sessions with Agnieszka for her depression"),
        F("T002", "Refer Natalia to the Ondlebury Adult Social Care transitions team"),
        F("M001", "Appointments with Natalia for contraception, STI tests and pregnancy tests"),
        F("M002", "Check in with Natalia each morning, and ring Gareth"),
        F("W002", "Pass on intelligence about any adult seen with Natalia"),
        F("F002", "Agnieszka's depression improves and she feels more able to cope."),
        F("R001"),
    ],
})
