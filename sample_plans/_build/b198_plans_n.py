"""Batch 198, module n: seven fictional plans (tuning material), places beginning with "n".

Everything here is made up: young people, families, professionals, schools,
alternative provision, police teams, youth justice and exploitation services,
hospitals, courts and councils. Labels were written by hand from
docs/rules.md and the conventions (1 to 13) in sample_plans/README.md,
without running planlint or reading its code.

Focus: teenagers at risk outside the home (criminal and sexual exploitation,
county lines, going missing, serious youth violence, online harm, school
exclusion) and the young person's own part. Each plan is in a template of
its own: a plan set out place by place (home, school, a park and a shop, the
bus station, online) with the young person's words about each place; a
young person's own part in her own words ("What I, Kayla, will do": "I
will ...") ahead of the adults' part; a youth justice plan staged by court dates; an "every
time" missing protocol typed as plain text; a plan set out by the hours of
the week of an excluded boy in alternative provision; an exploitation
screening grid with each indicator merged down over the work that answers
it; a plan in three circles (the young person, his friends, his places)
with disruption work. Times are events and rhythms of a teenager's life
("within 72 hours of every return", "every night Grace is on a night shift",
"now until the plea hearing (19/02/2026)", "every school day at 8.40am",
"Friday and Saturday nights, 7pm to 10pm"); measures are what someone will
see, count or read (the curfew log, a police log number, the register and
first-day call log, a return home interview form, a served abduction
notice, an NRM decision letter, patrol and stop records, a blocked-contacts
check, the young person's own safety score to a named worker).

1. an initial conference plan for a 14-year-old boy drawn into a county line
   from a park skate area, a convenience store and the bus station, set out
   place by place, each place with a short "what happens here", what Sam
   says about it, and its own What / Who / When / What we will see table
   (docx, exemplary);
2. an initial conference plan for a 15-year-old girl going missing to a
   22-year-old man, her own part in the first person ("What I, Kayla,
   will do") ahead of the adults' part, her mother's worries and depression, her nan
   helping (pdf, page header and footer): faults are her sexual health
   visit "when I feel ready", the screening tool assessment with "-" for
   how we'll know, the learning mentor's sessions measured by "Kayla's
   engagement", "All professionals" passing on sightings, the community
   mental health team's support sessions for her mother only, and no
   fallback if her nan cannot help (T002, M001, M002, W002, H001, C003);
3. an initial conference plan for a 16-year-old arrested in a cuckooed flat
   60 miles from home, on bail with a tag, with a positive NRM reasonable
   grounds decision, his father using cocaine and drinking, written with
   the Youth Justice Service and staged by his court dates (until the plea
   hearing, plea to sentence, the first twelve weeks after sentence, all
   through), each step a block of What / Who / When / We'll know lines
   (md): faults are a passive speech and language referral with "-" for
   who, a CAMHS assessment "ASAP", the exploitation worker's sessions
   measured by "Connor's engagement", a management move application with
   "-" for when, the father's drug and alcohol use with no adult service
   owning any step, and no legal planning (W001, T002, M002, T001, F004,
   R002);
4. a first review conference plan for a 13-year-old girl going missing to a
   recreation ground and a 17-year-old's flat, typed as plain text with the
   plan grouped by when the work happens ("EVERY TIME MOLLIE IS MISSING",
   "WHEN MOLLIE COMES BACK (within 72 hours of every return ...)", "EVERY
   NIGHT", "EVERY SCHOOL DAY", "EVERY WEEK", "BY A DATE"), each lettered
   item with Who / When / Check lines (txt): faults are two items under
   "WHEN THINGS HAVE SETTLED" (a group time that is itself vague, T002 on
   each), "Professionals" passing on what they hear, the exploitation panel
   referral with "-" for its check, the youth worker's sessions checked by
   "Mollie seems happier and more settled", a contingency that only says
   the core group will review and consider next steps if things do not
   improve, and no legal planning (T002 x2, W002, M001, M002, C002, R002);
5. an initial conference plan for a 15-year-old permanently excluded for
   bringing a knife to school, in a pupil referral unit mornings only, his
   friend stabbed and himself threatened online, set out by the hours of
   his week (school hours, the afternoon gap, evenings and nights,
   weekends, online, support), each band with its own What / Who / Exactly
   when / How we'll know table (docx): faults are a Year 11 school place
   with an empty Who cell, the violence reduction mentor's sessions
   "Monitored", the police reporting of drill videos "As required", the
   family support worker's sessions with an empty How we'll know cell, an
   outcome only about his mother, and a review conference "to be arranged"
   (W001, M002, T002, M001, F002, R001);
6. an initial conference plan for a 13-year-old girl groomed and
   blackmailed online (sextortion) and found at a station going to meet
   the man, one landscape grid built on the council's exploitation
   screening tool with each indicator and its level merged down over the
   rows of work that answer it (What will reduce it / Lead / When /
   Evidence the risk is lower), page header and footer (pdf, exemplary);
7. an initial conference plan for a 16-year-old stabbed at an underpass,
   whose friendship group talks of retaliation, drawn as three circles
   (Isaiah, his friends, his places), each with his words about it and
   numbered items ending in a bracketed [Lead · When · We'll know] tail,
   some in his own first person, with disruption and contextual work on an
   underpass, a takeaway and a bus route and his uncle's Saturday job and
   Sunday football (md, exemplary).

Three plans (1, 6 and 7) are exemplary: every action has a named owner
(the young person where the action is his or hers, "I" in an action
section being the young person), a real timescale and something that can be
seen, counted or read; every outcome is about the young person; each
contingency has specific triggers and protective responses (999 and 101,
same-day strategy discussions, a named relative's or godmother's home,
emergency foster carers), says what happens if a relative's help fails
where a relative helps, and names a legal planning meeting after named
triggers; each records the young person's own words (often at odds with
the plan), core group dates and a dated review conference. No parent in
them has an illness or uses substances, and no adult mental health service
is involved. The four faulty plans hold 25 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (in plan 1 each place's table, in plan 5 each band's
table, in plan 6 each row of the grid, merged indicator cells excepted),
each row of Kayla's own "What I will do" table and of the adults' table in
plan 2, each numbered step of plan 3 (its What / Who / When / We'll know
lines are one step), each lettered item of plan 4 and each numbered item
of plan 7 counts once, whatever number of sentences it holds. Details,
bail and court dates, worries, what is going well, the young person's and
parents' words, the "Sam says" / "Isaiah says" lines and "what happens
here" paragraphs, outcomes, the contingency ("If things go wrong", "If I go
missing"), the MACE meeting in the meetings list and meeting dates are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan set out place by place: home, school, Brindle
#    Park and the Quick Save, the bus station and travel, online. Each place
#    has "what happens here", "Sam says" and its own table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_nardwick_icpc_plan_place_by_place_sam_says_okafor.docx",
    "doc_title": "Child Protection Plan - Sam Okafor",
    "split": "tune",
    "actions": 17,
    "template": "icpc-exploitation-plan-docx-kv-details-why-going-well-sams-views-outcomes-then-plan-set-out-place-by-place-home-school-park-and-shop-bus-station-online-each-with-what-happens-here-paragraph-sam-says-line-and-its-own-what-will-happen-here-who-when-what-we-will-see-table-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 14-year-old boy drawn into a county line: he has gone "
        "missing five times, was found in another town with cash and two phones, and spends his evenings "
        "at a park skate area and outside a convenience store where older young men recruit. His mother "
        "works nights and his aunt stays over on those nights. The plan is set out place by place (home, "
        "school, Brindle Park and the Quick Save, the bus station and travel out of town, online), each "
        "place with a short 'what happens here', what Sam says about it and its own What / Who / When / "
        "What we will see table, with disruption work (an abduction warning notice, a licensing visit, "
        "patrols, detached youth work), an NRM referral, return home interviews 'within 72 hours of every "
        "return' and Sam's own curfew. Every action has a named owner, a real time and something that can "
        "be seen or counted; the contingency has specific triggers, says what happens if the aunt cannot "
        "stay and when legal planning follows; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Sam Okafor"),
        ("p", "Nardwick City Council, Children's Services, Adolescent Safeguarding Team. Plan agreed at the "
              "initial child protection conference on 20/01/2026 (chair: Sandra Whyte, independent reviewing "
              "officer)."),
        ("kv", [
            ("Young person", "Samuel (Sam) Okafor, born 11/05/2011 (14), Year 9, Nardwick Academy"),
            ("Lives with", "his mum, Grace Okafor (43), and his sister Precious (9), 14 Kestrel Road, Nardwick NW6 2LT"),
            ("Dad", "Emeka Okafor, lives in Stallbridge; phones Sam most Sundays"),
            ("Aunt", "Blessing Adeyemi (Grace's sister), 22 Weaver Court, Nardwick"),
            ("Category", "Physical abuse (risk of significant harm through criminal exploitation)"),
            ("Social worker", "Olivia Brennan, Adolescent Safeguarding Team (team manager: Daniel Osei)"),
            ("Missing and exploitation", "Compass Team: Jade Whitlock (youth worker) and Marcus Dean (return home interviews)"),
            ("Police", "DC Lauren Shaw, Nardwick Police Exploitation Hub; PC Rob Tranter, Brindle neighbourhood team"),
            ("School", "Nardwick Academy: Mrs Joanne Pike (assistant head, DSL), Mr Kieran Hollis (attendance officer)"),
        ]),
        ("h1", "Why Sam has a plan"),
        ("p", "Since October 2025 Sam has been reported missing five times, twice overnight. On 03/01/2026 "
              "British Transport Police found him at Hallbridge station, 40 miles away, with £400 in cash and two "
              "phones that were not his. On 09/01/2026 he was stopped at Nardwick bus station with eleven wraps "
              "of cannabis. Police intelligence links the older young men Sam spends time with at the Brindle Park "
              "skate area, and outside the Quick Save shop on Tanyard Road, to a county line known as the Carver "
              "Street line. A 19-year-old, Jordan Platt (\"Jordy\"), has been seen picking Sam up in a grey car. "
              "Sam has been suspended twice this year and his attendance is 79%. Grace works three night shifts "
              "a week, and on those nights Sam has been out until the early hours."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace reported every missing episode quickly and has given the police photos and the car's number plate.",
            "Blessing has offered to stay at Kestrel Road on every night Grace works.",
            "Sam talked to Jade for an hour on 15/01/2026 and came to the end of the conference.",
            "Sam is good with engines: he fixed his cousin's moped and wants to be a mechanic.",
            "Precious is doing well at school, and Sam walks her to school most mornings.",
        ]),
        ("h1", "What Sam says"),
        ("p", "Sam told Olivia and Jade (15/01/2026): \"I'm not a drug dealer. I hold stuff sometimes, it's easy "
              "money.\" \"Jordy looks out for me. If I stop now I owe them, that's how it works.\" \"There's "
              "nothing to do round here except the park.\" He does not want a curfew (\"I'm not a baby\") but "
              "agreed to one \"if Mum stops ringing the police every five minutes\". He scored how safe he is "
              "out of the house 4 out of 10, and at home 9 out of 10. He wants \"to do mechanics at college and "
              "get a car\"."),
        ("p", "Grace told the conference: \"I'm at work and I'm praying he's in bed. I want my son back.\""),
        ("h1", "What we want for Sam"),
        ("numbers", [
            "Sam is safe from the adults and older young men who are using him to carry and sell drugs, and "
            "has no contact with Jordan Platt.",
            "Sam is home every night, and if he does go missing he is found quickly and has someone to talk to "
            "when he comes back.",
            "Sam is in school every day, stays in lessons and gets a taste of the mechanics course he wants.",
            "Sam feels safe enough to say who is pressuring him and what he owes, without being punished for it.",
        ]),
        ("h1", "The plan, place by place"),
        ("p", "The plan is set out by the places where Sam's risks and his safety are. Each place has its own "
              "table: what will happen there, who does it, when, and what we will see."),
        ("h2", "1. Home: 14 Kestrel Road"),
        ("p", "What happens here: Sam is safe at home when an adult is in. On Grace's night shifts (Monday, "
              "Wednesday and Thursday) he has been going out after Precious is asleep."),
        ("p", "Sam says: \"Home's fine. I go out when it's boring and there's no one up.\""),
        ("table", {
            "header": ["What will happen here", "Who", "When", "What we will see"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Stay overnight at Kestrel Road so that an adult is in the house all night, and check Sam is in "
                 "by 8.30pm",
                 "Blessing Adeyemi (aunt)",
                 "Every night Grace is on a night shift, from 21/01/2026 (Grace sends Olivia her rota each month)",
                 "Blessing texts Olivia at 8.45pm each of those nights to say Sam is in; Olivia reads the texts "
                 "against the rota at every visit"],
                ["Be home by 8.30pm on school nights and 9.30pm on Fridays and Saturdays, and text Mum or "
                 "Blessing if I am going to be late",
                 "Sam",
                 "Every night from 21/01/2026",
                 "The curfew log Grace and Blessing keep on the fridge, which Olivia reads at each visit"],
                ["Ring 101 (or 999 if she thinks Sam is in danger) and text Olivia if Sam is not home and not "
                 "answering 30 minutes after his curfew",
                 "Grace Okafor (Mum)",
                 "Every time Sam is 30 minutes past his curfew",
                 "A police log number on Olivia's file for each call"],
                ["Go to the eight-week non-violent resistance (NVR) parenting group for parents of teenagers at "
                 "the Family Hub",
                 "Grace Okafor (Mum)",
                 "Tuesdays 6pm to 8pm, 27/01/2026 to 17/03/2026",
                 "The group register sent to Olivia after each session; Grace's written NVR plan for the house "
                 "shared at the core group on 17/03/2026"],
                ["See Sam on his own, one week at home and the next at school, and talk about where he has been, "
                 "who with, and what he owes",
                 "Olivia Brennan (SW)",
                 "Every week until the review conference (14/04/2026)",
                 "Visit records within 48 hours, with Sam's own words and his safety score out of 10"],
            ],
        }),
        ("h2", "2. School: Nardwick Academy"),
        ("p", "What happens here: Sam is safe in school, but he walks out of lessons and has been seen leaving "
              "at lunchtime to meet older boys at the shop on Tanyard Road."),
        ("p", "Sam says: \"School's long. Motor vehicle's the only lesson I'd go to.\""),
        ("table", {
            "header": ["What will happen here", "Who", "When", "What we will see"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Meet Sam at the gate for a check-in and ask where he was the night before; phone Olivia the same "
                 "day if he talks about going out of town, money or being threatened",
                 "Mrs Joanne Pike (DSL)",
                 "Every school day at 8.40am",
                 "Check-in notes on CPOMS; a weekly summary e-mailed to Olivia every Friday"],
                ["Ring Grace if Sam is not in school by 9.15am, and ring Olivia and the Compass Team if Sam leaves "
                 "the site during the day",
                 "Mr Kieran Hollis (attendance officer)",
                 "Every school day, by 9.15am and at the afternoon register",
                 "First-day call log; Sam's attendance at 90% or more on the register by the Easter holidays "
                 "(27/03/2026)"],
                ["Arrange a two-day taster on the motor vehicle course at Nardwick College, and go with Sam on the "
                 "first morning",
                 "Ms Nadia Farouk (learning mentor)",
                 "By 13/03/2026",
                 "The college's e-mail confirming Sam attended both days, on his school file"],
            ],
        }),
        ("h2", "3. Brindle Park skate area and the Quick Save, Tanyard Road"),
        ("p", "What happens here: older young men linked to the Carver Street line meet at the skate area and "
              "outside the Quick Save from about 7pm. Younger boys are given food, vapes and phone credit, and "
              "then asked to \"do a run\". Sam is one of at least six boys from Nardwick Academy seen there."),
        ("p", "Sam says: \"It's the only place there's anything to do. The shop man knows everyone.\""),
        ("table", {
            "header": ["What will happen here", "Who", "When", "What we will see"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Serve a child abduction warning notice on Jordan Platt, naming Sam",
                 "DC Lauren Shaw, Nardwick Police Exploitation Hub",
                 "By 06/02/2026",
                 "A copy of the served notice on Olivia's file"],
                ["High-visibility patrols of the skate area and Tanyard Road, stopping and speaking to any young "
                 "person under 18 who is there after dark",
                 "PC Rob Tranter, Brindle neighbourhood team",
                 "Friday and Saturday nights, 7pm to 10pm, until the review conference",
                 "Patrol log and stop records, with names of young people seen, e-mailed to Olivia every Monday"],
                ["Visit the Quick Save with the police to explain what grooming for county lines looks like, and "
                 "agree that the shop keeps its CCTV for 31 days and gives it to the police on request",
                 "Martin Greaves, licensing officer, Nardwick City Council",
                 "By 13/02/2026",
                 "The visit letter and the shop's signed CCTV agreement, copied to Olivia and DC Shaw"],
                ["Detached youth work at the skate area, getting to know the boys there and offering Sam and the "
                 "others the Thursday mechanics club at the Brindle youth centre",
                 "Leon Barker, Nardwick Youth Service detached team",
                 "Every Thursday and Friday, 6pm to 9pm",
                 "Detached session notes naming who was seen, sent to the Compass Team; Sam's attendance at the "
                 "mechanics club on the club register"],
            ],
        }),
        ("h2", "4. Nardwick bus station and travel out of town"),
        ("p", "What happens here: Sam has been sent to Hallbridge and Corley by bus and train with drugs and cash. "
              "When he comes back he is tired, hungry and frightened of what he owes."),
        ("p", "Sam says: \"If I don't go, they'll say I owe them more.\""),
        ("table", {
            "header": ["What will happen here", "Who", "When", "What we will see"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Return home interview with Sam after every missing episode, asking where he went, who sent him, "
                 "and what he says he owes",
                 "Marcus Dean, return home interview worker, Compass Team",
                 "Within 72 hours of every return",
                 "Return home interview form sent to Olivia and DC Shaw within 72 hours of each return"],
                ["Make a referral to the National Referral Mechanism as first responder, with the Hallbridge and "
                 "bus station incidents",
                 "Olivia Brennan (SW)",
                 "By 30/01/2026",
                 "The NRM referral and the reasonable grounds decision letter on Sam's file"],
                ["One-to-one sessions with Sam about county lines, debt bondage and how to get out, using his own "
                 "map of where he has been sent",
                 "Jade Whitlock, youth worker, Compass Team",
                 "Every Wednesday after school, eight sessions, 28/01/2026 to 18/03/2026",
                 "Jade's session notes to Olivia, with Sam's map and his safety score at each session"],
            ],
        }),
        ("h2", "5. Online: Snapchat and the phones"),
        ("p", "What happens here: Sam is told where to go by Snapchat messages from accounts he does not know, "
              "and is given \"work phones\" to carry."),
        ("p", "Sam says: \"I can't just delete them. They'll know.\""),
        ("table", {
            "header": ["What will happen here", "Who", "When", "What we will see"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Go through Sam's Snapchat with him, block the accounts that send him jobs, and agree what he "
                 "will say if they message him",
                 "Jade Whitlock, with Sam",
                 "By 04/02/2026, then at every Wednesday session",
                 "Jade checks the blocked list with Sam each session; any new account passed to DC Shaw within 24 "
                 "hours"],
                ["Hand any phone that is not Sam's to the police, and tell Olivia the same day",
                 "Grace Okafor (Mum)",
                 "Every time she finds one, the same day",
                 "Police property reference on Olivia's file for each phone"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Sam is missing: Grace rings 101 (or 999) at once. Because of the Hallbridge and bus station "
            "incidents the police grade every episode as high risk, and Marcus does the return home interview "
            "within 72 hours of his return.",
            "If Sam is found outside Nardwick, or with drugs, cash or a phone that is not his: Olivia (or the "
            "Emergency Duty Team out of hours) holds a strategy discussion with the police and the Compass Team "
            "the same day, and Olivia adds the new incident to the NRM referral.",
            "If Sam is seen with Jordan Platt after the notice is served: DC Shaw acts on the notice that day, "
            "and Olivia holds a strategy discussion the same day.",
            "If Blessing cannot stay on one of Grace's night shifts, she tells Grace and Olivia before 5pm that "
            "day. Grace does not go in to work that night (her manager at Larchfield Care Home agreed this on "
            "16/01/2026), or Sam and Precious stay at Blessing's flat at 22 Weaver Court. If neither can happen, "
            "Olivia (or the Emergency Duty Team) arranges for Sam to stay that night with emergency foster "
            "carers.",
            "If Sam is threatened, assaulted or says he is being made to pay back a debt, the police are rung on "
            "999, and Olivia and DC Shaw agree a safety plan, including a move out of Nardwick for a time, the "
            "same day.",
            "If Sam goes missing three times in any four weeks, or is found carrying drugs out of town again, "
            "Olivia will ask Daniel Osei for a legal planning meeting within five working days, to decide "
            "whether to start care proceedings.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every two weeks, Tuesdays at 4pm at Nardwick Academy: 03/02/2026, 17/02/2026, "
            "03/03/2026, 17/03/2026 and 31/03/2026. Sam is invited to every one.",
            "Multi-agency child exploitation (MACE) meeting on 12/02/2026 looks at Brindle Park, the Quick Save "
            "and the boys seen there as a place and a group.",
            "Review child protection conference: 14/04/2026 at 10am, Nardwick Civic Centre.",
        ]),
        ("p", "Plan sent to Sam, Grace, Emeka, Blessing and every agency on 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan whose first part is Kayla's own "if I go
#    missing" part in the first person (What I will do / When / How people
#    will know), then the adults' part (Who / What / When / How we'll know).
#    Faulty (pdf, page header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_nolliston_icpc_my_part_in_my_words_then_adults_part_hennessy.pdf",
    "doc_title": "Child Protection Plan - Kayla Hennessy",
    "split": "tune",
    "actions": 20,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Nolliston Borough Council Children's Services · Adolescent Safeguarding",
    "footer": "Kayla Hennessy · Child protection plan (ICPC 29/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-cse-missing-plan-paged-kv-details-why-worries-mums-worries-going-well-kaylas-words-outcomes-then-part-1-what-i-kayla-will-do-first-person-when-how-people-will-know-table-then-part-2-what-the-adults-will-do-who-what-when-how-well-know-table-then-if-i-go-missing-and-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 15-year-old girl at risk of sexual exploitation by a 22-year-old "
        "man, who has been missing seven times, twice found in a hotel. Her mother has depression and "
        "anxiety and is under the community mental health team; her nan has her on Friday nights and "
        "collects her on Wednesdays. The plan's first part is Kayla's own part in the first person "
        "('I will ...', with When and How people will know), written with her youth worker, then the "
        "adults' part in a Who / What / When / How we'll know table, printed with a page header and "
        "footer. Most rows are sound. Faults: her sexual health clinic visit 'when I feel ready'; the "
        "exploitation screening assessment with '-' for how we'll know; the learning mentor's sessions "
        "measured by 'Kayla's engagement'; 'All professionals' passing on sightings; the community "
        "mental health team's sessions only support her mother; and the contingency says nothing of "
        "what happens if her nan cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Young person: Kayla Hennessy. Initial child protection conference held on 29/01/2026 at "
              "Nolliston Civic Offices (chair: Martin Achterberg, child protection chair)."),
        ("table", {
            "rows": [
                ["Young person", "Kayla Hennessy, born 02/09/2010 (15), Year 10, Nolliston High School"],
                ["Lives with", "Mum, Lisa Hennessy (38), 7 Larch Walk, Nolliston NL3 8DW"],
                ["Nan", "Pat Hennessy (Lisa's mum), 31 Bramble Close, Nolliston"],
                ["Dad", "Not in contact since 2019"],
                ["Category", "Sexual abuse (risk of child sexual exploitation)"],
                ["Social worker", "Hazel Quinn, Adolescent Safeguarding Team (team manager: Rob Fenwick)"],
                ["Youth worker", "Chloe Barnes, The Harbour (Nolliston exploitation service)"],
                ["Police", "DC Amrit Sandhu, Nolliston Police Child Exploitation Unit"],
                ["School", "Mr Gareth Yeo (DSL) and Miss Sadia Rahman (learning mentor), Nolliston High School"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Why there is a plan"),
        ("p", "Since October 2025 Kayla has been reported missing seven times. On 10/12/2025 and 17/01/2026 the "
              "police found her in rooms at the Ringway Lodge hotel with Kane Doherty, who is 22, and on the "
              "second occasion with another man in his thirties. Kane gives Kayla vapes, alcohol, nails and "
              "phone credit, and calls her his girlfriend. Kayla has told Chloe that she has had sex with Kane. "
              "Her attendance has dropped to 68% and she has stopped going to netball, which she loved. Kane "
              "has been arrested once and released under investigation."),
        ("h2", "Mum's worries"),
        ("p", "Lisa has depression and anxiety and has been under the Nolliston Community Mental Health Team "
              "since 2023. She told the conference: \"When she goes, I can't sleep, I can't eat. I ring her "
              "twenty times and she blocks me. I'm frightened I'll get a knock at the door one night.\" Lisa "
              "says that on her worst days she cannot get out of bed before Kayla leaves for school."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kayla has seen Chloe four times and keeps coming back.",
            "Lisa has rung the police every time Kayla has gone missing, and kept a diary of each time.",
            "Kayla's nan, Pat, is close to her; Kayla has not gone missing on a night she has stayed at Pat's.",
            "Kayla wants to be a nail technician and has asked about the beauty course at Nolliston College.",
        ]),
        ("h1", "What Kayla says"),
        ("p", "Kayla told Hazel and Chloe (23/01/2026): \"Kane's my boyfriend. He's not grooming me, I'm nearly "
              "sixteen.\" \"I go because it's better than being at home watching Mum cry.\" \"The other man "
              "was just his mate.\" She does not want the police involved with Kane. She said the one thing "
              "that would help is \"Mum getting better and people not treating me like a kid\". She scored "
              "how safe she is with Kane 8 out of 10 and how safe she is at home 6 out of 10."),
        ("h1", "What we want for Kayla"),
        ("numbers", [
            "Kayla is safe from Kane Doherty and from any adult who wants to use her for sex.",
            "Kayla is home every night, and if she goes missing she is found quickly and talks to someone she "
            "trusts when she comes back.",
            "Kayla understands what has happened to her as exploitation, not a relationship, and knows where "
            "to get sexual health care.",
            "Kayla is in school most days and has a plan for college.",
            "Kayla lives with a mum who is well enough to know where she is and to be up in the mornings.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part 1: What I, Kayla, will do"),
        ("p", "I wrote this part with Chloe on 27/01/2026. \"I\" means me, Kayla."),
        ("table", {
            "header": ["What I will do", "When", "How people will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["I will be home by 9pm on school nights and 10pm on Fridays and Saturdays, and text Mum if I am "
                 "going to be late",
                 "Every night from 30/01/2026",
                 "Mum's curfew diary, which Hazel reads at every visit"],
                ["I will keep my phone charged and my location shared with Mum when I go out",
                 "Every time I go out",
                 "Mum writes in her diary whether she could see where I was"],
                ["I will not get into Kane's car or go to the Ringway Lodge, and if anyone tries to make me I will "
                 "ring Chloe or 999",
                 "Every day",
                 "No police sighting of me with Kane or at the hotel; what I tell Chloe at my Tuesday session"],
                ["I will go to the sexual health clinic at Nolliston Health Centre with Chloe",
                 "When I feel ready",
                 "Chloe tells Hazel that I went"],
                ["I will go to school every day and see Miss Rahman at lunchtime on Mondays",
                 "Every school day",
                 "The school register, sent to Hazel by Mr Yeo every Friday"],
                ["I will talk to the return home worker after I have been missing",
                 "Within 72 hours of every time I come back",
                 "The return home interview form, sent to Hazel"],
            ],
        }),
        ("h2", "Part 2: What the adults will do"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.6, 6.0, 3.4, 4.0],
            "rows": [
                ["Hazel Quinn (SW)",
                 "See Kayla on her own, alternating home and school, and talk about where she has been and who "
                 "with",
                 "Every week until the review conference (23/04/2026)",
                 "Visit records within 48 hours, with Kayla's own words and her safety scores"],
                ["Chloe Barnes, The Harbour",
                 "One-to-one sessions with Kayla on healthy relationships, consent, grooming and how exploitation "
                 "works, using the Harbour's eight-session programme",
                 "Every Tuesday after school, 03/02/2026 to 24/03/2026",
                 "Chloe's session notes to Hazel, with Kayla's own score out of 10 at the first and last sessions"],
                ["Dev Sharma, return home interview worker, Nolliston Missing Service",
                 "Return home interview with Kayla after every missing episode",
                 "Within 72 hours of every return",
                 "Return home interview form sent to Hazel and DC Sandhu within 72 hours"],
                ["DC Amrit Sandhu",
                 "Serve a child abduction warning notice on Kane Doherty, naming Kayla",
                 "By 13/02/2026",
                 "A copy of the served notice on Hazel's file"],
                ["DC Amrit Sandhu",
                 "Visit the Ringway Lodge and the two other hotels on the ring road, brief the managers on signs "
                 "of exploitation and ask them to ring the police about any girl under 18 booked in with an adult",
                 "By 27/02/2026",
                 "A briefing sheet signed by each hotel manager, copied to Hazel"],
                ["Ayesha Lodge, senior practitioner, The Harbour",
                 "Complete the Nolliston exploitation screening tool with Kayla, Lisa and Chloe",
                 "By 13/02/2026",
                 "-"],
                ["Hazel Quinn (SW)",
                 "Make a referral to the National Referral Mechanism about Kane and the second man",
                 "By 06/02/2026",
                 "The referral and the reasonable grounds decision letter on Kayla's file"],
                ["Miss Sadia Rahman, learning mentor",
                 "Mentoring sessions with Kayla about school, college and what she wants next",
                 "Every Monday lunchtime",
                 "Kayla's engagement with her mentor"],
                ["Mr Gareth Yeo (DSL)",
                 "Ring Lisa if Kayla is not in school by 9.15am, and ring Hazel if Lisa does not know where she is",
                 "Every school day by 9.15am",
                 "First-day call log; the register sent to Hazel every Friday"],
                ["All professionals",
                 "Tell Hazel and DC Sandhu the same day about any sighting of Kayla with Kane or at a hotel",
                 "The same day",
                 "Each sighting logged on Kayla's chronology and on the police intelligence system"],
                ["Lisa Hennessy (Mum)",
                 "Ring 101 (or 999 if she thinks Kayla is in danger) and text Hazel if Kayla is not home 30 minutes "
                 "after her curfew",
                 "Every time Kayla is 30 minutes late",
                 "A police log number on Hazel's file for each call"],
                ["Sam Price, care coordinator, Nolliston Community Mental Health Team",
                 "Support sessions with Lisa for her low mood and anxiety",
                 "Every two weeks from 03/02/2026",
                 "Attendance at sessions recorded on the CMHT system and shared with Hazel"],
                ["Pat Hennessy (Nan)",
                 "Have Kayla to stay at 31 Bramble Close on Friday nights",
                 "Every Friday from 30/01/2026",
                 "Pat texts Hazel on Saturday morning; no missing reports on Friday nights in police records"],
                ["Pat Hennessy (Nan)",
                 "Collect Kayla from school and have her at Pat's house until Lisa finishes work",
                 "Every Wednesday at 3.15pm",
                 "The school office signs Kayla out to Pat; Pat texts Lisa when they are home"],
            ],
        }),
        ("h1", "If I go missing, and if things go wrong"),
        ("bullets", [
            "If Kayla is missing, Lisa rings 101 at once, or 999 if she thinks Kayla is with Kane or at a "
            "hotel. The police grade every episode as high risk because of the Ringway Lodge. Dev does the "
            "return home interview within 72 hours of her return.",
            "If Kayla is found with Kane, at a hotel or with any other adult man, Hazel (or the Emergency Duty "
            "Team out of hours) holds a strategy discussion with the police and The Harbour the same day, and "
            "Kayla is taken home or to Pat's, not back to where she was found.",
            "If Kayla tells anyone she has been sexually assaulted, the police are called at once and she is "
            "offered an examination at the Nolliston sexual assault referral centre the same day.",
            "If Lisa is too unwell to look after Kayla on any night, Lisa or Kayla rings Hazel (or the "
            "Emergency Duty Team), and Kayla stays with emergency foster carers that night.",
            "If Kayla goes missing three times in any four weeks, or is found with Kane after the notice is "
            "served, Hazel will ask Rob Fenwick for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every two weeks, Thursdays at 3.45pm at Nolliston High School: 12/02/2026, 26/02/2026, "
            "12/03/2026, 26/03/2026 and 09/04/2026. Kayla can come to all of them or send her views with Chloe.",
            "Review child protection conference: 23/04/2026 at 10am, Nolliston Civic Offices.",
        ]),
        ("p", "Plan sent to Kayla, Lisa, Pat and every agency on 30/01/2026."),
    ],
    "findings": [
        F("T002", "I will go to the sexual health clinic at Nolliston"),
        F("M001", "Complete the Nolliston exploitation screening tool with Kayla"),
        F("M002", "Mentoring sessions with Kayla about school, college and what"),
        F("W002", "Tell Hazel and DC Sandhu the same day about any"),
        F("H001", "Support sessions with Lisa for her low mood and anxiety"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan written with the Youth Justice Service, staged
#    by Connor's court dates (until the plea hearing, plea to sentence, the
#    first twelve weeks after sentence, and all through), each step a block
#    of What / Who / When / We'll know lines. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_nyeborough_icpc_yjs_court_date_stages_dwyer.md",
    "split": "tune",
    "actions": 16,
    "template": "icpc-county-lines-plan-md-written-with-yjs-details-table-bail-and-court-dates-table-why-nrm-going-well-connors-words-michelles-worries-outcomes-then-plan-staged-by-court-dates-until-plea-hearing-plea-to-sentence-first-twelve-weeks-after-sentence-all-through-numbered-steps-with-what-who-when-well-know-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 16-year-old arrested in a cuckooed flat 60 miles from home with "
        "crack cocaine and heroin, charged with possession with intent to supply, on bail with a tag and "
        "a curfew, with a positive reasonable grounds decision under the National Referral Mechanism. "
        "His father uses cocaine and drinks heavily. Written with the Youth Justice Service and staged "
        "by his court dates ('until the plea hearing on 19/02/2026', 'from the plea to sentence', 'the "
        "first twelve weeks after sentence'), each step a numbered block of What / Who / When / We'll "
        "know lines. Most steps are sound. Faults: a passive speech and language referral with no one "
        "named; a CAMHS assessment 'ASAP'; the exploitation worker's sessions measured by 'Connor's "
        "engagement'; a management move application with '-' for when; the father's drug and alcohol "
        "use recorded with no adult service owning any step; and nothing says insufficient progress "
        "leads to legal planning."
    ),
    "text": """\
# Nyeborough Council - Children's Services and Nyeborough Youth Justice Service

## Child protection plan: Connor Dwyer

Initial child protection conference, 03/02/2026, Nyeborough Civic Centre. Chair: Denise Oyelowo.
Written by Fiona Garside (social worker) and Ben Oduya (YJS case manager), and agreed at the conference.

| | |
|---|---|
| **Young person** | Connor Dwyer, born 14/06/2009 (16). Year 11, Nyeborough Park School. |
| **Lives with** | Mum, Michelle Dwyer (41), Dad, Gary Dwyer (45), and brother Alfie (11), 23 Ferndale Avenue, Nyeborough NY2 4RB |
| **Category** | Physical abuse (criminal exploitation) |
| **Social worker** | Fiona Garside, Nyeborough Adolescent Support Team (team manager: Paul Whitaker) |
| **Youth justice** | Ben Oduya, case manager, Nyeborough Youth Justice Service (YJS) |
| **Exploitation worker** | Ryan Holt, Pathways (Nyeborough exploitation and missing team) |
| **Police** | DS Carl Mwangi, Nyeborough Police county lines team |
| **School** | Mrs Lorna Kemp, DSL, Nyeborough Park School |

### Bail and court dates

| | |
|---|---|
| **Charge** | Possession with intent to supply Class A drugs (arrested in Hallowmere, 28/11/2025) |
| **Bail conditions** | Live and sleep at 23 Ferndale Avenue; curfew 7pm to 7am with an electronic tag; not to enter Hallowmere |
| **Plea hearing** | Thursday 19/02/2026, Nyeborough Youth Court |
| **Sentence (if Connor pleads guilty)** | Expected Thursday 26/03/2026, after a pre-sentence report |
| **NRM** | Referral made 02/12/2025; positive reasonable grounds decision 09/12/2025; conclusive grounds awaited |

### Why there is a plan

On 28/11/2025 police in Hallowmere, 60 miles away, found Connor in the flat of a vulnerable man whose
home was being used to sell drugs. Connor had 32 wraps of crack cocaine and heroin and £620. He had
been reported missing by Michelle two days before. Connor has told Ben that he "owed" an older man
called "Tiny" £1,500 after a bag he was carrying was taken from him in October, and that he was sent
to Hallowmere to "work it off". Since his arrest a car has been seen outside the house at night, and
on 20/01/2026 someone put a note through the door saying Connor "still owes". Connor has been
missing four times since September and his attendance at school was 61% last term.

Gary has used cocaine at weekends for many years and drinks most nights, often eight or more cans.
Michelle says he is "a different person" when he has used, and that he and Connor row and once came
to blows in December. Gary told the conference he uses "now and then" and that it has "nothing to do
with Connor".

### What is going well

- Connor has kept to his bail curfew every night since 02/12/2025; the tag company has reported no
  breaches.
- Connor has been to every appointment with Ben and tells him more each time.
- Michelle reported every missing episode and told the police about the note straight away.
- Connor has been back in school full time since 12/01/2026 and likes his construction lessons.

### What Connor says

Connor told Fiona and Ben (29/01/2026): "I'm not a victim. I knew what I was doing." "If I say who sent
me, my mum's house gets done." "The tag's alright. It's a reason to say no." He wants "to get this
court thing over, do my bricklaying at college and keep Alfie out of all this". He scored how safe he
feels at home 7 out of 10, and out in Nyeborough 3 out of 10. He does not want to move away.

### What Michelle says

"I lie awake listening for cars. I want him safe, and I want someone to tell me what happens if he goes
to court."

### What we want for Connor

1. Connor is safe from the people who sent him to Hallowmere, and no one comes to the house to collect a
   debt.
2. Connor's court case treats him as a child who was exploited, and the court has everything it needs
   about that.
3. Connor is in school every day, sits his GCSEs and starts at college in September 2026.
4. Connor lives in a home where no one uses drugs and where arguments do not turn into fights.

## The plan, by court date

Each step says what will happen, who is doing it, when, and how we'll know.

### Stage 1: Now until the plea hearing (19/02/2026)

**1.1**
- What: Bail support: see Connor at home or at the YJS office, check his curfew and tag, and talk about
  who is contacting him.
- Who: Ben Oduya (YJS)
- When: Mondays and Thursdays until the plea hearing
- We'll know: YJS contact log, shared with Fiona each week; any breach reported to the court and Fiona
  the same day.

**1.2**
- What: Send Connor's solicitor the NRM decision letter and a social work statement about how Connor
  was exploited, so that his defence can raise it before the plea hearing.
- Who: Fiona Garside (SW)
- When: By 09/02/2026
- We'll know: The solicitor's e-mail confirming they have both, on Connor's file.

**1.3**
- What: Keep to my bail curfew from 7pm to 7am and keep my tag charged and on.
- Who: Connor
- When: Every night until the bail conditions end
- We'll know: The tag company's reports to the YJS show no breaches.

**1.4**
- What: A referral to the YJS speech and language therapist will be made for a communication screen
  before Connor goes to court.
- Who: -
- When: By 06/02/2026
- We'll know: The therapist's screening report, with advice for the court on how to ask Connor
  questions, on file.

**1.5**
- What: Share what the Hallowmere police know about the line and the people Connor named, and map who
  he is linked to in Nyeborough.
- Who: DS Carl Mwangi
- When: By 13/02/2026
- We'll know: A written intelligence summary given to Fiona and Ben at the strategy meeting on
  13/02/2026.

**1.6**
- What: Put Connor on his full Year 11 timetable with a staff member meeting him at the gate each morning.
- Who: Mrs Lorna Kemp (DSL)
- When: Every school day from 09/02/2026
- We'll know: The register, e-mailed to Fiona every Friday, with his attendance at 90% or more by the
  Easter holidays.

### Stage 2: From the plea hearing to sentence (expected 26/03/2026)

**2.1**
- What: Write the pre-sentence report, with the AssetPlus assessment, the NRM decision and what Connor
  says about being exploited.
- Who: Ben Oduya (YJS)
- When: To the court at least 3 working days before the sentence hearing
- We'll know: The report, copied to Fiona and the core group.

**2.2**
- What: Go to every court hearing with Connor and Michelle.
- Who: Fiona Garside (SW)
- When: Every hearing, starting 19/02/2026
- We'll know: Fiona's note of each hearing on Connor's file, sent to the core group the same week.

**2.3**
- What: Assessment of Connor's sleep, panic attacks and low mood since the threats.
- Who: Dr Hannah Loy, Nyeborough CAMHS
- When: ASAP
- We'll know: The assessment letter, with recommendations, sent to Fiona and Ben.

**2.4**
- What: Weekly sessions with Connor on exploitation, debt bondage and how to get out of a line safely.
- Who: Ryan Holt, Pathways
- When: Every Tuesday after school, ten sessions from 24/02/2026
- We'll know: Connor's engagement with the sessions.

**2.5**
- What: Apply to the Nyeborough Homes management move panel because the family has been threatened at
  the house.
- Who: Fiona Garside (SW), with Michelle
- When: -
- We'll know: The panel's decision letter on Connor's file.

### Stage 3: The first twelve weeks after sentence

**3.1**
- What: Carry out the court order with Connor, using an intervention plan that includes his
  exploitation work with Ryan.
- Who: Ben Oduya (YJS)
- When: At least once a week for the first twelve weeks after sentence
- We'll know: YJS contact log; the AssetPlus review at twelve weeks, copied to Fiona.

**3.2**
- What: Help Connor apply for the Level 1 bricklaying course at Nyeborough College and go with him to
  the interview.
- Who: Mrs Lorna Kemp (DSL), with the school careers adviser
- When: Application in by 30/04/2026
- We'll know: The college's offer letter, on Connor's school file.

**3.3**
- What: Not use cocaine or drink in the house, and not be drunk or high when Connor and Alfie are home.
- Who: Gary Dwyer (Dad)
- When: Every day, starting now and through the twelve weeks after sentence
- We'll know: What Connor, Alfie and Michelle each tell Fiona when she sees them on their own.

### All through the plan

**4.1**
- What: See Connor on his own, one week at home and the next at school; see Alfie and Michelle at least
  once a fortnight.
- Who: Fiona Garside (SW)
- When: Every week until the review conference (28/04/2026)
- We'll know: Visit records within 48 hours, with Connor's own words and his safety scores.

**4.2**
- What: Ring 999 if anyone comes to the house asking for Connor, and tell Fiona and DS Mwangi about any
  car, note or message about his "debt".
- Who: Michelle Dwyer (Mum)
- When: Every time, the same day
- We'll know: A police log number on Fiona's file for each report.

## If things go wrong

- If Connor breaks his curfew or his tag alerts, Ben and the police are told by the tag company that
  night, and Fiona sees Connor the next day.
- If Connor goes missing, Michelle rings 101 (or 999), the police treat it as high risk, and Ryan does
  a return home interview within 72 hours of his return.
- If anyone comes to the house, or Connor is threatened or hurt, the police are called on 999, Fiona
  (or the Emergency Duty Team) holds a strategy discussion the same day, and Connor and Alfie can be
  moved that night to emergency foster carers outside Nyeborough.
- If Connor is found with drugs or cash again, DS Mwangi and Fiona hold a strategy discussion the same
  day and Fiona updates the NRM referral.

## Meetings

- Core group every three weeks, Tuesdays at 4pm at Nyeborough Park School: 17/02/2026, 10/03/2026,
  31/03/2026 and 21/04/2026. Connor is invited to each one.
- Review child protection conference: 28/04/2026 at 10am, Nyeborough Civic Centre.

Plan sent to Connor, Michelle, Gary and every agency on 05/02/2026.
""",
    "findings": [
        F("W001", "A referral to the YJS speech and language therapist"),
        F("T002", "Assessment of Connor's sleep, panic attacks and low mood"),
        F("M002", "Weekly sessions with Connor on exploitation, debt bondage"),
        F("T001", "Apply to the Nyeborough Homes management move panel"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan typed as plain text, the plan itself grouped by
#    when the work happens ("EVERY TIME MOLLIE IS MISSING", "WHEN MOLLIE
#    COMES BACK", "EVERY NIGHT", "EVERY SCHOOL DAY", "EVERY WEEK", "BY A
#    DATE", "WHEN THINGS HAVE SETTLED"), each item with Who / Check lines.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_nantrick_rcpc_every_time_missing_protocol_text_pearce.txt",
    "split": "tune",
    "actions": 18,
    "template": "rcpc-missing-plan-plain-text-caps-headings-equals-rules-dot-leader-details-then-plan-grouped-by-when-every-time-missing-when-she-comes-back-every-night-every-school-day-every-week-by-a-date-when-things-have-settled-lettered-items-with-who-when-check-lines-then-if-things-get-worse-meetings",
    "description": (
        "First review conference plan for a 13-year-old girl who has gone missing eleven times since "
        "September, to a recreation ground where older teenagers drink and to a 17-year-old's flat, "
        "and who is messaged by a 24-year-old man; she lives with her mother and stepfather. Typed as "
        "plain text: the plan is grouped by when the work happens ('EVERY TIME MOLLIE IS MISSING', "
        "'WHEN MOLLIE COMES BACK (within 72 hours of every return)', 'EVERY NIGHT', 'EVERY SCHOOL DAY', "
        "'EVERY WEEK', 'BY A DATE'), the group heading timing each lettered item unless it gives its "
        "own, with Who and Check lines. Most items are sound. Faults: two items under 'WHEN THINGS HAVE "
        "SETTLED' with no time of their own; 'Professionals' passing on what they hear; the exploitation "
        "panel referral with '-' for its check; the youth worker's sessions checked by 'Mollie seems "
        "happier'; a contingency that only says the core group will review and consider next steps if "
        "things do not improve; and nothing on legal planning."
    ),
    "text": """\
NANTRICK COUNCIL - CHILDREN'S SERVICES
Vulnerable Adolescents Team

CHILD PROTECTION PLAN (REVIEW)
==============================

Young person ........ Mollie Pearce, born 21/07/2012 (13)
School .............. Year 8, Nantrick Vale School
Address ............. 9 Hawthorn Rise, Nantrick NT4 6GE
Lives with .......... Dawn Pearce (Mum, 36), Lee Barron (stepdad, 40), twin half-brothers Riley
                      and Reece (4)
Category ............ Sexual abuse (risk of child sexual exploitation)
Social worker ....... Sophie Lang (team manager: Anita Rowe)
Youth worker ........ Kerry Ashton, Fusion (Nantrick exploitation service)
Return home worker .. Tom Garvey, Nantrick Missing from Home Service
Police .............. PC Daniel Okoro, Nantrick missing persons coordinator
School .............. Mr Paul Denning (DSL), Mrs Carol Birch (attendance officer)
Conference .......... First review child protection conference, 10/02/2026 (chair: Neil Armitage)


WHY THERE IS STILL A PLAN
=========================

Mollie has been reported missing eleven times since September 2025, four times since the initial
conference on 11/11/2025. She is usually found at the Rec (Nantrick recreation ground) drinking with
older teenagers, and twice she has been found at the flat of Jake, who is 17. On 24/01/2026 a
neighbour saw her getting into a car with two adult men near the Rec. A man of 24 known as "Deano"
sends her Snapchat messages and has sent her money for "credit". Her attendance is 74%, and she has
been put in isolation at school nine times for walking out of lessons.


WHAT IS GOING WELL
==================

- Mollie has seen Kerry every week since December and now texts her between sessions.
- Dawn and Lee have reported every missing episode, usually within half an hour.
- Mollie was home on time every night in the first two weeks of January.
- Mollie says she loves drama and she got a part in the school play last year.


WHAT MOLLIE SAYS
================

Mollie talked to Sophie at school on 05/02/2026. She said: "I go to the Rec because everyone's there
and at home it's just the twins screaming." "Jake's my mate, he's not a creep." "Deano just sends me
stuff, it's not like I've met him." About the car: "I didn't get in, I just talked to them." She
thinks the curfew is "too early, everyone else stays out till ten". She scored how safe she feels at
the Rec 7 out of 10 and at home 5 out of 10. She wants "Mum and Lee to stop shouting at me the second
I walk in" and "to do drama again".


WHAT DAWN AND LEE SAY
=====================

Dawn: "I'm frightened of her being found in a ditch. When she comes back she won't tell me anything."
Lee: "We're trying everything. Every time we say no she just goes."


WHAT WE WANT FOR MOLLIE
=======================

1. Mollie is safe from older teenagers and adults who give her alcohol, money or lifts, and has no
   contact with Deano.
2. Mollie is home every night at the time agreed, and if she goes missing she is found quickly.
3. Mollie talks to someone she trusts after each time she goes missing.
4. Mollie is in lessons every day and back doing drama.
5. Mollie feels listened to at home, and rows do not end with her leaving the house.


THE PLAN
========

The plan is grouped by when things happen. The heading of each group is the time for each item
under it, unless the item says its own time.

A. EVERY TIME MOLLIE IS MISSING
-------------------------------

A1. Ring 101 (999 if they think she is in a car or with adults) when Mollie is 30 minutes past her
    time home and not answering her phone.
    Who:   Dawn or Lee
    Check: Police log number texted to Sophie the same night.

A2. Search the Rec, the underpass on Station Road and Jake's block first, and tell Sophie (or the
    Emergency Duty Team out of hours) that Mollie is missing.
    Who:   PC Daniel Okoro, Nantrick Police
    Check: Police missing report shows the places searched; missing notification e-mail on Sophie's
           file.

A3. Ring round Mollie's three friends' parents whose numbers are on the fridge list, and tell the
    police anyone who has seen her.
    Who:   Dawn
    Check: Dawn's missing diary, which Sophie reads at each visit.

A4. Pass on anything heard about where Mollie is, or who she is with, to the police and Sophie.
    Who:   Professionals
    Check: Logged on Mollie's chronology and the police intelligence system.

B. WHEN MOLLIE COMES BACK (within 72 hours of every return, unless it says otherwise)
-------------------------------------------------------------------------------------

B1. Return home interview with Mollie, on her own, somewhere she chooses.
    Who:   Tom Garvey, Nantrick Missing from Home Service
    Check: Return home interview form sent to Sophie and PC Okoro within 72 hours.

B2. See Mollie and talk through what the return home interview found.
    Who:   Sophie Lang (SW)
    When:  Within 5 working days of every return
    Check: Visit record on file with Mollie's own words.

C. EVERY NIGHT
--------------

C1. Be home by 8pm on school nights and 9pm on Fridays and Saturdays, and text Mum by 7pm to say
    where I am.
    Who:   Mollie
    Check: Dawn's curfew log on the fridge, read by Sophie at each visit.

C2. Collect Mollie, with no row that night, if she rings for a lift from anywhere in Nantrick.
    Who:   Lee Barron (stepdad)
    When:  Every time she rings, any hour
    Check: Lee texts Sophie the time and place the next morning.

D. EVERY SCHOOL DAY
-------------------

D1. Check in with Mollie at 8.45am and at lunchtime, and tell Sophie the same day if she talks about
    Deano, Jake, cars or money.
    Who:   Mr Paul Denning (DSL)
    Check: Check-ins logged on CPOMS; weekly summary e-mailed to Sophie every Friday.

D2. Ring Dawn if Mollie is not in by 9.15am or walks out of school, and ring the police if no one
    knows where she is by 10am.
    Who:   Mrs Carol Birch (attendance officer)
    Check: First-day call log; Mollie's attendance at 90% or more on the register by the summer term.

E. EVERY WEEK
-------------

E1. Visit Mollie, seeing her on her own, one week at home and the next at school.
    Who:   Sophie Lang (SW)
    Check: Visit records within 48 hours, with Mollie's words and her safety scores.

E2. One-to-one sessions with Mollie on friendships, grooming, alcohol and staying safe online.
    Who:   Kerry Ashton, Fusion
    When:  Every Thursday after school
    Check: Mollie seems happier and more settled.

E3. High-visibility patrols of the Rec and the Station Road underpass, speaking to any young person
    there after dark.
    Who:   PC Daniel Okoro, with the Nantrick neighbourhood team
    When:  Friday and Saturday nights, 7pm to 11pm
    Check: Patrol log with the names of young people seen, e-mailed to Sophie every Monday.

F. BY A DATE
------------

F1. Serve a child abduction warning notice on Dean Walsh ("Deano"), naming Mollie.
    Who:   PC Daniel Okoro
    When:  By 27/02/2026
    Check: A copy of the served notice on Sophie's file.

F2. Refer Mollie, her friendship group at the Rec and the Rec itself to the Nantrick Exploitation
    Panel, so that the group and the place are looked at together.
    Who:   Sophie Lang (SW)
    When:  By 20/02/2026
    Check: -

F3. Sexual health chat with Mollie, on her own, about consent and where to get help.
    Who:   Jenny Clarke, school nurse
    When:  By 06/03/2026
    Check: The appointment on the school nursing record, confirmed to Sophie.

G. WHEN THINGS HAVE SETTLED
---------------------------

(No dates yet. These will start when things have settled at home.)

G1. Family mediation sessions for Mollie, Dawn and Lee with the Nantrick Family Mediation Service,
    to agree house rules together.
    Who:   Sophie Lang (SW) to refer; Annette Price, mediator
    Check: A written family agreement signed by Mollie, Dawn and Lee, on file.

G2. Find Mollie a place in the Saturday youth drama group at the Nantrick Corn Exchange, and go with
    her the first time.
    Who:   Kerry Ashton, Fusion
    Check: The drama group's register, sent to Sophie.


IF THINGS GET WORSE
===================

If things do not improve, or there are further concerns about Mollie, the core group will meet to
review the plan and consider whether a strategy discussion or further action is needed. Each agency
will follow its own safeguarding procedures in the meantime.


MEETINGS
========

Core group ............ Monthly, Tuesdays at 4pm at Nantrick Vale School: 10/03/2026, 07/04/2026,
                        12/05/2026, 09/06/2026 and 14/07/2026
Review conference ..... 11/08/2026 at 10am, Nantrick Town Hall
Plan sent ............. To Mollie, Dawn, Lee and every agency on 12/02/2026
""",
    "findings": [
        F("T002", "Family mediation sessions for Mollie, Dawn and Lee"),
        F("T002", "Find Mollie a place in the Saturday youth drama group"),
        F("W002", "Pass on anything heard about where Mollie is"),
        F("M001", "Refer Mollie, her friendship group at the Rec"),
        F("M002", "One-to-one sessions with Mollie on friendships, grooming, alcohol"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for an excluded boy in alternative provision,
#    set out by the hours of his week (school hours, the afternoon gap,
#    evenings and nights, weekends, online), each band with its own table
#    What / Who / Exactly when / How we'll know. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_nethermarsh_icpc_plan_by_hours_of_the_week_rourke.docx",
    "doc_title": "Child Protection Plan - Tyler Rourke",
    "split": "tune",
    "actions": 15,
    "template": "icpc-serious-youth-violence-plan-docx-title-intro-kv-details-why-going-well-tylers-words-sharons-worries-outcomes-then-plan-set-out-by-hours-of-the-week-school-hours-afternoon-gap-evenings-and-nights-weekends-online-and-support-each-band-h2-with-what-who-exactly-when-how-well-know-table-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 15-year-old permanently excluded for bringing a knife to school, "
        "now in a pupil referral unit in the mornings only, whose close friend was stabbed and who is "
        "threatened online by a rival group; his mother works afternoon and evening shifts. The plan is "
        "set out by the hours of his week (school hours, the afternoon gap, evenings and nights, "
        "weekends, online), each band with its own What / Who / Exactly when / How we'll know table. "
        "Most rows are sound. Faults: a Year 11 school place with no one named to find it; the violence "
        "reduction mentor's sessions 'Monitored'; the police reporting of drill videos 'As required'; "
        "the family support worker's sessions with an empty How we'll know cell; an outcome only about "
        "the mother; and a review conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Tyler Rourke"),
        ("p", "Nethermarsh District Council Children's Services. Plan agreed at the initial child protection "
              "conference on 27/01/2026 (chair: Yusuf Kaplan)."),
        ("kv", [
            ("Young person", "Tyler Rourke, born 03/03/2010 (15), Year 10"),
            ("Education", "Permanently excluded from Nethermarsh Community College on 14/01/2026; Beacon Centre "
                          "(pupil referral unit) from 19/01/2026, mornings only"),
            ("Lives with", "his mum, Sharon Rourke (39), and his sister Kelsey (17), 41 Saltings Way, Nethermarsh NM5 1QA"),
            ("Category", "Physical abuse (risk of serious youth violence)"),
            ("Social worker", "Grant Achebe, Nethermarsh Adolescent Safeguarding Team (team manager: Helen Dunmore)"),
            ("Youth justice", "Aaron Blake, Nethermarsh Youth Justice Service (youth conditional caution)"),
            ("Mentor", "Jermaine Cole, Step Up (Nethermarsh violence reduction team)"),
            ("Police", "PC Sian Morgan, Nethermarsh Police serious violence team"),
        ]),
        ("h1", "Why Tyler has a plan"),
        ("p", "On 13/01/2026 Tyler brought a kitchen knife into Nethermarsh Community College in his bag. He said "
              "it was \"for protection\" and he was permanently excluded the next day. He received a youth "
              "conditional caution for possession of a bladed article on 21/01/2026. In October 2025 his closest "
              "friend, Deshawn, was stabbed at the Marsh Lane shops and spent a week in hospital. Since then "
              "Tyler has been named in drill videos posted by a group from the Eastgate estate and threatened "
              "on Snapchat. He has been out until after midnight most nights while Sharon works 2pm to 10pm "
              "shifts at the Marsh Lane supermarket, and the Beacon Centre only has him in the mornings, so "
              "from 12.30pm he has nowhere to be."),
        ("h1", "What is going well"),
        ("bullets", [
            "Tyler has been to every morning at the Beacon Centre since 19/01/2026.",
            "Tyler met Jermaine twice and says he is \"the only one who gets it\".",
            "Sharon gave the police the Snapchat threats as soon as she saw them.",
            "Tyler used to play for Nethermarsh Town FC and wants to play again.",
        ]),
        ("h1", "What Tyler says"),
        ("p", "Tyler told Grant (23/01/2026): \"Everyone carries. If you don't, you're the one who gets done, "
              "like Deshawn.\" \"I'm not in a gang. They just think I am because of who I chill with.\" \"The "
              "afternoons are dead. There's nothing to do except be on the estate.\" He does not want to move "
              "away from Nethermarsh. He scored how safe he feels on the estate 3 out of 10 and at home 8 out "
              "of 10. He wants \"to play football again and get a trade\"."),
        ("h1", "What Sharon says"),
        ("p", "\"I'm at work when it all happens. I come home and he's not there, and I sit up till he walks in. "
              "I don't know who these boys are any more.\""),
        ("h1", "What we want"),
        ("numbers", [
            "Tyler does not carry a knife or any weapon, and is not hurt by or involved in violence.",
            "Tyler has somewhere safe to be, with an adult who knows where he is, from the end of the Beacon "
            "morning until he is home.",
            "Tyler is in full-time education and has a Year 11 place for September 2026.",
            "Tyler is home every night by his curfew and is safe online from threats.",
            "Sharon is more confident as a parent and has support of her own.",
        ]),
        ("h1", "The plan, by the hours of Tyler's week"),
        ("h2", "School hours: 9am to 12.30pm, Beacon Centre"),
        ("table", {
            "header": ["What will happen", "Who", "Exactly when", "How we'll know"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Extend Tyler's timetable at the Beacon Centre from mornings to full days, including the "
                 "construction skills afternoons",
                 "Mr Rhys Pemberton, head of the Beacon Centre",
                 "From 23/02/2026 (after the February half term)",
                 "The Beacon register shows Tyler in for full days, sent to Grant every Friday"],
                ["Check in with Tyler when he arrives: how he slept, who has messaged him, anything said about "
                 "Eastgate; ring Grant the same day if there is a threat",
                 "Ms Tamsin Hale, key worker, Beacon Centre",
                 "Every morning at 9am",
                 "Check-in log e-mailed to Grant every Friday; threats phoned through the same day"],
                ["Find Tyler a Year 11 place in a school or at the Marsh Skills Academy for September 2026",
                 "",
                 "By 30/04/2026",
                 "A named place confirmed in writing to Sharon and Grant"],
            ],
        }),
        ("h2", "The afternoon gap: 12.30pm to 6pm"),
        ("table", {
            "header": ["What will happen", "Who", "Exactly when", "How we'll know"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Go to the YJS weapons awareness programme, six sessions, as the condition of my caution",
                 "Tyler, with Aaron Blake (YJS)",
                 "Tuesdays and Thursdays at 1.30pm, 03/02/2026 to 19/02/2026",
                 "YJS attendance register and completion certificate; caution conditions met by 27/02/2026"],
                ["Mentoring and boxing sessions at Marsh Lane Amateur Boxing Club, with a meal afterwards",
                 "Jermaine Cole, Step Up",
                 "Mondays, Wednesdays and Fridays, 1.30pm to 4pm",
                 "Monitored"],
            ],
        }),
        ("h2", "Evenings and nights: 6pm to 8am"),
        ("table", {
            "header": ["What will happen", "Who", "Exactly when", "How we'll know"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Be home by 8pm and answer Mum's video call at 8pm so she can see I am in",
                 "Tyler",
                 "Every night from 28/01/2026",
                 "Sharon's call log, which Grant reads at each visit"],
                ["Ask her manager to move her to day shifts (8am to 4pm) so that she is home in the evenings",
                 "Sharon Rourke (Mum)",
                 "By 27/02/2026",
                 "Sharon's new rota, copied to Grant"],
                ["Assess the threats made to Tyler by the Eastgate group and tell Sharon and Grant what the "
                 "police will do about them",
                 "DS Naomi Price, Nethermarsh Police",
                 "By 06/02/2026",
                 "Written threat assessment shared with Grant and discussed with Sharon"],
                ["Patrols of the Marsh Lane shops and the Saltings estate, stopping and speaking to any young "
                 "person out after dark",
                 "PC Sian Morgan, serious violence team",
                 "Thursday, Friday and Saturday nights, 6pm to 10pm",
                 "Patrol log with the names of young people seen, e-mailed to Grant every Monday"],
            ],
        }),
        ("h2", "Weekends"),
        ("table", {
            "header": ["What will happen", "Who", "Exactly when", "How we'll know"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Sign Tyler back up to Nethermarsh Town FC's under-16 team and take him to his first training "
                 "session",
                 "Jermaine Cole, Step Up",
                 "By 07/02/2026; then Saturday matches and Wednesday training",
                 "The club's registration form and team sheets, copied to Grant"],
                ["See Tyler on his own, alternating the Beacon Centre and home, with one visit a month on a "
                 "Saturday",
                 "Grant Achebe (SW)",
                 "Every week",
                 "Visit records within 48 hours, with Tyler's words and safety scores"],
            ],
        }),
        ("h2", "Online, any time"),
        ("table", {
            "header": ["What will happen", "Who", "Exactly when", "How we'll know"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Report drill videos and posts naming or threatening Tyler to the platforms for removal",
                 "PC Sian Morgan, serious violence team",
                 "As required",
                 "The platforms' reference numbers for each report, on Grant's file"],
                ["Write Tyler's own online safety plan with him: what he does when he is messaged or named, "
                 "and who he tells",
                 "Grant Achebe (SW)",
                 "By 13/02/2026",
                 "The plan, signed by Tyler, on file, with a copy on his phone"],
            ],
        }),
        ("h2", "Support for Tyler and Sharon"),
        ("table", {
            "header": ["What will happen", "Who", "Exactly when", "How we'll know"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["Trauma assessment with Tyler about Deshawn's stabbing and the threats, and sessions if he "
                 "wants them",
                 "Dr Ife Adeleke, Nethermarsh CAMHS",
                 "Assessment by 27/02/2026",
                 "Assessment letter with recommendations sent to Grant and Sharon"],
                ["Sessions with Sharon about parenting a teenager at risk of violence: boundaries, curfew, and "
                 "what to do when Tyler is late",
                 "Laura Finch, family support worker, Nethermarsh Family Hub",
                 "Every Tuesday at 10am from 03/02/2026",
                 ""],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Tyler is not home by 8pm and not answering, Sharon rings 101 (or 999 if she thinks he is in "
            "danger) and texts Grant. The police treat him as high risk because of the threats.",
            "If Tyler is threatened, attacked or says he is going to \"get\" someone, the police are called on "
            "999, and Grant (or the Emergency Duty Team) holds a strategy discussion with the police and Step "
            "Up the same day; Tyler can be moved that night to emergency foster carers outside Nethermarsh.",
            "If Tyler is found with a knife or any weapon, the police act on it, Aaron is told the same day, and "
            "Grant holds a strategy discussion that day.",
            "If Tyler is found with a weapon again, or is missing overnight twice in any four weeks, Grant will "
            "ask Helen Dunmore for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 3pm at the Beacon Centre: 10/02/2026, 03/03/2026, "
            "24/03/2026 and 14/04/2026.",
            "Review child protection conference: to be arranged by the conference service.",
        ]),
        ("p", "Plan sent to Tyler, Sharon and every agency on 29/01/2026."),
    ],
    "findings": [
        F("W001", "Find Tyler a Year 11 place in a school"),
        F("M002", "Mentoring and boxing sessions at Marsh Lane Amateur Boxing Club"),
        F("T002", "Report drill videos and posts naming or threatening Tyler"),
        F("M001", "Sessions with Sharon about parenting a teenager at risk"),
        F("F002", "Sharon is more confident as a parent and has support of her own."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for online sexual exploitation built on the
#    council's exploitation screening tool: one grid whose Indicator and
#    Level cells are merged down over the work that answers each indicator
#    (What will reduce it / Lead / When / Evidence the risk is lower).
#    Exemplary (pdf, landscape, page header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_nubbleford_icpc_screening_indicator_grid_merged_sutcliffe.pdf",
    "doc_title": "Child Protection Plan - Poppy Sutcliffe",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "min_pages": 2,
    "check_vmerge": 10,
    "header": "OFFICIAL-SENSITIVE · Nubbleford City Council Children's Services · Child protection plan",
    "footer": "Poppy Sutcliffe · ICPC 05/02/2026 · Plan built on the Nubbleford exploitation screening tool · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-online-exploitation-plan-paged-landscape-details-grid-why-going-well-poppys-words-parents-worries-outcomes-then-one-screening-tool-grid-indicator-and-level-merged-down-over-what-will-reduce-it-lead-when-evidence-the-risk-is-lower-rows-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old girl groomed on a gaming platform by a man "
        "posing as a 17-year-old, made to send images, blackmailed for more and for money, and found at "
        "a railway station going to meet him; she has begun to cut herself. Her parents are protective "
        "and frightened. The plan is one landscape grid built on the council's exploitation screening "
        "tool: each indicator and its level at conference is merged down over the rows of work that "
        "answer it, with What will reduce it / Lead / When / Evidence the risk is lower, printed with a "
        "page header and footer. Every row has a named lead, a real time and evidence someone can see "
        "or count; the contingency has specific triggers and protective responses and names when legal "
        "planning follows; core group and review dates are set; Poppy's words and her parents' worries "
        "are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nubbleford City Council Children's Services, Exploitation and Missing Hub. Plan agreed at the "
              "initial child protection conference on 05/02/2026 (chair: Rosemary Addo)."),
        ("table", {
            "rows": [
                ["Young person", "Poppy Sutcliffe, born 19/10/2012 (13), Year 8, Nubbleford High School",
                 "Social worker", "Megan Rowntree (team manager: Colin Hart)"],
                ["Lives with", "Claire Sutcliffe (Mum, 44), Mark Sutcliffe (Dad, 46) and her brother Josh (16), "
                               "5 Orchard Lane, Nubbleford NB2 7PE",
                 "Police", "DC Gemma Thorne, Nubbleford Police Online Child Abuse Team"],
                ["Category", "Sexual abuse (online sexual exploitation)",
                 "Youth worker", "Amber Lowe, Lighthouse (Nubbleford exploitation and online harm service)"],
                ["School", "Mrs Ruth Ellery (DSL), Nubbleford High School",
                 "CAMHS", "Dr Leena Bhatt, clinical psychologist, Nubbleford CAMHS"],
            ],
            "widths": [3.4, 9.4, 3.4, 9.5],
            "bold_first_col": True,
        }),
        ("h1", "Why Poppy has a plan"),
        ("p", "In October 2025 Poppy began talking on the Blockforge gaming platform to someone who said he was "
              "Ryan, aged 17. He moved her to Snapchat, asked for pictures, and she sent him sexual images. In "
              "December he told her he would send them to her school and her family unless she sent more, sent "
              "him gift cards, and met him. Poppy sent £60 of gift cards from her birthday money. On 08/01/2026 "
              "she left school at lunchtime and went to Nubbleford station to meet him; a British Transport "
              "Police officer found her on the platform crying. Police believe \"Ryan\" is an adult man who has "
              "done this to other girls, and they are investigating. Since December Poppy has been cutting her "
              "arms, and on 22/01/2026 she told Mrs Ellery she \"wanted to disappear\". On 29/01/2026 she got a "
              "new message from another account telling her to meet \"or else\"."),
        ("h1", "What is going well"),
        ("bullets", [
            "Poppy told Mrs Ellery about the messages herself on 22/01/2026.",
            "Claire and Mark have done everything the police asked, gave them Poppy's phone and tablet, and "
            "have not blamed her.",
            "Poppy has met Amber twice and says Amber \"doesn't make me feel disgusting\".",
            "Poppy's friends Isla and Grace have stayed close to her at school.",
        ]),
        ("h1", "What Poppy says"),
        ("p", "Poppy told Megan and Amber (02/02/2026): \"Everyone's going to see them. It's my fault, I sent "
              "them.\" \"I thought he actually liked me.\" \"I don't want Dad looking at my phone every five "
              "minutes, I'm not a baby.\" \"I want it to stop and I want the pictures gone.\" She scored how safe "
              "she feels online 2 out of 10 and at home 8 out of 10. She does not want to change schools."),
        ("h1", "What Claire and Mark say"),
        ("p", "Claire: \"We thought she was playing a game with her friends. We never knew.\" Mark: \"I want to "
              "find him myself. I know I can't. I just want her to be our Poppy again.\""),
        ("h1", "What we want for Poppy"),
        ("numbers", [
            "Poppy has no contact with the man who groomed her or anyone acting for him, and does not go to "
            "meet anyone she has only met online.",
            "Poppy knows that what happened is not her fault, and the images are taken down wherever they can "
            "be.",
            "Poppy stops cutting herself and has an adult to go to when she feels she wants to disappear.",
            "Poppy uses her phone and games safely, with rules she has agreed with her parents.",
        ]),
        ("h1", "The plan"),
        ("p", "Each indicator from the Nubbleford exploitation screening tool, with its level at the conference, "
              "is in the first two columns and covers the rows of work that answer it."),
        ("table", {
            "header": ["Indicator (screening tool)", "Level now", "What will reduce it", "Lead", "When",
                       "Evidence the risk is lower"],
            "widths": [3.6, 1.8, 6.6, 3.8, 4.0, 5.9],
            "rows": [
                ["A. Contact with an unknown adult online, and images shared", "High",
                 "Investigate \"Ryan\" and the new account, and give Poppy, Claire and Mark a written update on "
                 "the investigation",
                 "DC Gemma Thorne, Online Child Abuse Team",
                 "Every two weeks until the review conference (30/04/2026)",
                 "Update letters on Megan's file; any arrest or charge told to Megan the same day"],
                [V, V,
                 "Help Poppy ask the national image takedown service to remove her images, and keep the "
                 "reference",
                 "Mrs Ruth Ellery (DSL), with Poppy",
                 "By 13/02/2026",
                 "The takedown reference number and the service's reply on Poppy's school file"],
                [V, V,
                 "Put parental controls on Poppy's new phone and the games console, with the gaming chat turned "
                 "off, and keep all devices in the kitchen from 9pm",
                 "Claire and Mark Sutcliffe",
                 "Controls set by 09/02/2026; devices downstairs every night from 9pm",
                 "Megan sees the controls and the devices charging in the kitchen on her evening visits; the app "
                 "list checked with Poppy each Sunday and written in the family log"],
                ["B. Going to meet someone met online", "High",
                 "Write Poppy's own plan for what she does if she is asked to meet someone: who she tells and "
                 "what she says",
                 "Amber Lowe, Lighthouse, with Poppy",
                 "By 20/02/2026",
                 "The plan on Poppy's phone and a copy on file; Poppy can tell Megan the steps at her next visit"],
                [V, V,
                 "Return home interview if Poppy goes missing or leaves school without permission",
                 "Sam Okoye, Nubbleford Missing Team",
                 "Within 72 hours of every return",
                 "Return home interview form sent to Megan and DC Thorne within 72 hours"],
                ["C. Self-harm and low mood", "High",
                 "CAMHS assessment, then weekly sessions on shame, low mood and the cutting",
                 "Dr Leena Bhatt, Nubbleford CAMHS",
                 "Assessment by 13/02/2026, then every Wednesday after school",
                 "Assessment letter to Megan and the GP; RCADS scores at the first and eighth sessions shared "
                 "with Megan"],
                [V, V,
                 "Give Poppy a time-out pass to the pastoral base and check in with her, and ring Claire the same "
                 "day if she talks about hurting herself",
                 "Mrs Ruth Ellery (DSL)",
                 "Every school day at morning break",
                 "Check-in log on CPOMS, e-mailed to Megan every Friday"],
                [V, V,
                 "Keep medicines and blades in the locked box, and look at Poppy's arms with her if she agrees",
                 "Claire Sutcliffe (Mum)",
                 "From 05/02/2026, checked every Sunday",
                 "Megan sees the locked box at each home visit; new cuts reported to the GP and Megan the same "
                 "day"],
                ["D. Shame and believing it was her fault", "Medium",
                 "One-to-one sessions on how grooming and sextortion work, that it is not Poppy's fault, and "
                 "healthy relationships",
                 "Amber Lowe, Lighthouse",
                 "Every Monday after school, eight sessions, 09/02/2026 to 30/03/2026",
                 "Amber's session notes to Megan; Poppy's own \"how much is it my fault\" score, agreed with "
                 "Amber, at the first and last session"],
                [V, V,
                 "A lesson for all of Year 8 on sextortion and where to get help, so the year group knows the "
                 "signs and Poppy is not singled out",
                 "Mrs Ruth Ellery (DSL), with the PSHE lead",
                 "By 27/03/2026 (before the Easter holidays)",
                 "The lesson plan and the class registers for the lesson, copied to Megan"],
                ["E. Family able to protect online", "Medium",
                 "Go to the Lighthouse parents' evening on online grooming, then write a family online agreement "
                 "with Poppy",
                 "Claire and Mark Sutcliffe",
                 "Parents' evening 26/02/2026; agreement by 06/03/2026",
                 "Lighthouse attendance list; the agreement, signed by Poppy, Claire and Mark, shown to Megan"],
                [V, V,
                 "See Poppy on her own, at home and at school in turn, and see Claire and Mark together",
                 "Megan Rowntree (SW)",
                 "Every week until the review conference (30/04/2026)",
                 "Visit records within 48 hours, with Poppy's words and her safety scores"],
                [V, V,
                 "Talk to Josh about what has happened, how to support his sister, and not sharing or looking for "
                 "the images",
                 "Megan Rowntree (SW)",
                 "By 20/02/2026",
                 "Visit record of the talk with Josh, with what he said he will do"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Poppy gets any new message from \"Ryan\" or an account she does not know asking for pictures, "
            "money or to meet, she or her parents screenshot it, do not reply, and ring DC Thorne (or 101) the "
            "same day; Megan holds a strategy discussion with the police within one working day.",
            "If Poppy goes missing or leaves school without permission, Claire or the school rings 999 at once "
            "and tells the police about the station; the police treat it as high risk.",
            "If Poppy cuts herself badly or says she wants to end her life, she is taken to Nubbleford General "
            "A&E (or 999 is rung), and Dr Bhatt or the CAMHS crisis team sees her within 24 hours.",
            "If Claire and Mark cannot keep Poppy safe at any time (for example both are away or ill), they ring "
            "Megan or the Emergency Duty Team, and Poppy stays with her godmother, Helen Whitby, at 18 Mill Rise "
            "(agreed on 03/02/2026); if Helen cannot have her, she stays with emergency foster carers.",
            "If Poppy goes to meet anyone from online again, or the cutting becomes more serious despite this "
            "plan, Megan will ask Colin Hart for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 4pm at Nubbleford High School: 19/02/2026, 12/03/2026, "
            "02/04/2026 and 23/04/2026. Poppy can come to any of them or send her views with Amber.",
            "Review child protection conference: 30/04/2026 at 2pm, Nubbleford Civic Centre.",
        ]),
        ("p", "Plan sent to Poppy, Claire, Mark and every agency on 06/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan in three circles (Isaiah, his friends, his
#    places), each circle with Isaiah's words about it and numbered items
#    that end in a bracketed [Lead · When · We'll know] tail; disruption
#    work on an underpass, a takeaway and a bus route. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b198_norrowgate_icpc_three_circles_me_friends_places_brathwaite.md",
    "split": "tune",
    "actions": 14,
    "template": "icpc-serious-youth-violence-contextual-plan-md-details-list-why-going-well-isaiahs-and-yvonnes-words-outcomes-then-three-circles-me-my-friends-my-places-each-with-isaiahs-words-and-numbered-items-ending-in-bracketed-lead-when-well-know-tail-including-i-will-items-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 16-year-old stabbed at an underpass by a group from "
        "another estate, whose friendship group talks of retaliation and who is offered free food by "
        "older men at a takeaway; his uncle gives him a Saturday job and takes him to football. The plan "
        "is drawn as three circles (Isaiah, his friends in the Westway group, his places: the underpass, "
        "the Chicken Shack and the 44 bus), each with Isaiah's words about it and numbered items ending "
        "in a bracketed [Lead · When · We'll know] tail, some in Isaiah's own first person. Disruption "
        "and contextual work (lighting and CCTV, a licensing visit, patrols, the bus company's CCTV, "
        "group youth work, a MACE group plan) sits beside his own work. Every item has a named lead, a "
        "real time and something that can be seen or counted; the contingency has specific triggers, "
        "says what happens if the uncle cannot help and when legal planning follows; core group and "
        "review dates are set."
    ),
    "text": """\
# Norrowgate Council Children's Services

## Child protection plan: Isaiah Brathwaite

**Initial child protection conference, 11/02/2026, Norrowgate Town Hall.** Chair: Philippa Noon.
Plan written by Rebecca Nwosu (social worker) with Isaiah and his mum, and agreed at the conference.

- **Young person:** Isaiah Brathwaite, born 08/12/2009 (16), Year 11, Norrowgate Academy
- **Lives with:** his mum, Yvonne Brathwaite (42), and his stepdad, Desmond Clarke (45), 16 Westway
  Court, Norrowgate NR8 3JD
- **Uncle:** Andre Brathwaite (Yvonne's brother), owns Brathwaite Motors, Canal Street
- **Category:** Physical abuse (risk of serious youth violence and criminal exploitation)
- **Social worker:** Rebecca Nwosu, Norrowgate Adolescent Service (team manager: Kwame Asante)
- **Youth worker:** Ade Okonjo, Norrowgate Violence Reduction Team
- **Police:** PC Tom Hadley, Norrowgate Police Serious Violence Unit
- **School:** Mr Olu Adebayo, head of Year 11, Norrowgate Academy

### Why Isaiah has a plan

On 22/11/2025 Isaiah was stabbed in the thigh at the Westway underpass by a group of young men from the
Linford estate. He spent three days in Norrowgate General Hospital. He has not named anyone. Since then
the six boys he spends most time with, who call themselves the Westway group, have posted about "getting
it back", and on 30/01/2026 one of them was arrested with a machete near the Linford estate. Older men
who police link to drug supply give the boys free food at the Chicken Shack on Mill Road and have asked
two of them to "hold" things. Isaiah says he does not carry a knife. His attendance has fallen to 83% and
he was suspended for two days in January for a fight.

### What is going well

- Isaiah went back to school two weeks after the stabbing and is predicted passes in maths and science.
- Isaiah has worked Saturday mornings at his uncle's garage since December and is never late.
- Yvonne and Desmond know all six boys and their parents, and talk to Isaiah about what is happening.
- Isaiah came to the whole conference and said what he thought.

### What Isaiah says

Isaiah told Rebecca and Ade (06/02/2026): "If they come for us again I'm not running." "I don't carry.
I'm not stupid, I've seen what it does." "The Chicken Shack's just where everyone goes, the food's free."
"Moving isn't happening, this is my home." He thinks the police "only turn up after". He scored how safe
he feels in Norrowgate 4 out of 10 and at home 9 out of 10. He wants "to get my exams, do mechanics with
Uncle Andre and for none of my boys to get hurt".

### What Yvonne says

"I nearly lost him. Every time he goes out I'm looking at my phone."

### What we want for Isaiah

1. Isaiah is not hurt again, does not carry a weapon and is not part of any retaliation.
2. Isaiah's friends are safer too, so that he is not pulled into violence through them.
3. The underpass, the Chicken Shack and the 44 bus are safer places for Isaiah and other young people.
4. Isaiah sits his GCSEs in the summer and starts a mechanics course or apprenticeship in September 2026.

## The plan, in three circles

### Circle 1: Isaiah

Isaiah says: "Don't make it all about me. It's the area."

1.1 I will not carry a knife or anything that could be used as one, and I will tell Ade if anyone asks me
to hold something. [Lead: Isaiah · When: every day, from 11/02/2026 · We'll know: no weapon found in any
police stop or school bag check; what Isaiah tells Ade at each Thursday session]

1.2 I will be home by 9pm on school nights and 10.30pm on Fridays and Saturdays, and ring Mum if I am
going to be late. [Lead: Isaiah · When: every night from 11/02/2026 · We'll know: Yvonne's curfew log,
read by Rebecca at each visit]

1.3 Trauma-focused sessions with Isaiah about the stabbing: sleep, flashbacks and the urge to get even.
[Lead: Dr Farah Siddiqui, Norrowgate CAMHS · When: every Wednesday at 4pm, twelve sessions from
18/02/2026 · We'll know: Isaiah's trauma symptom scores at the first, sixth and twelfth sessions, in
Dr Siddiqui's letters to Rebecca]

1.4 Rebecca will see Isaiah on his own, one week at home and the next at school, and talk about his
friends, the Linford group and how safe he feels. [Lead: Rebecca Nwosu (SW) · When: every week until the
review conference (06/05/2026) · We'll know: visit records within 48 hours, with Isaiah's words and his
safety scores]

1.5 A paid Saturday job at Brathwaite Motors, with Andre driving Isaiah home afterwards. [Lead: Andre
Brathwaite (uncle) · When: every Saturday, 9am to 1pm, from 14/02/2026 · We'll know: Isaiah's hours on
his payslip; Andre texts Yvonne when he drops him home]

1.6 Take Isaiah to Sunday football with Norrowgate Rovers under-18s. [Lead: Andre Brathwaite (uncle) ·
When: every Sunday morning from 15/02/2026 · We'll know: the club's team sheets, which Andre shows
Rebecca at the core group]

1.7 Meet Isaiah to plan his revision and his application for the motor vehicle course at Norrowgate
College. [Lead: Mr Olu Adebayo, head of Year 11 · When: every Monday, period 1; application in by
27/02/2026 · We'll know: the college's acknowledgement of the application; his attendance on the
register at 92% or more by the May half term]

### Circle 2: Isaiah's friends (the Westway group)

Isaiah says: "They're my brothers. If you work with me you work with them."

2.1 Visit the families of the six boys in the Westway group, with Ade, to explain the risk of
retaliation and what help there is. [Lead: PC Tom Hadley · When: by 27/02/2026 · We'll know: a visit
record for each family, shared at the MACE panel]

2.2 Weekly group sessions for the Westway group at the Norrowgate Youth Hub on conflict, the law on joint
enterprise and how to step away. [Lead: Ade Okonjo, Violence Reduction Team · When: Thursdays 5pm to 7pm,
12/02/2026 to 26/03/2026 · We'll know: the attendance register naming each boy; each boy's own scores at
the first and last sessions]

2.3 Take the Westway group, the Chicken Shack and the underpass to the Multi-Agency Child Exploitation
(MACE) panel for a group and place plan. [Lead: Rebecca Nwosu (SW) · When: at the MACE panel on
19/02/2026 · We'll know: the MACE minutes with a plan for the group and the places, copied to the core
group]

### Circle 3: Isaiah's places

Isaiah says: "The underpass is dark, everyone knows that. That's where they waited."

3.1 Fit new lighting and a CCTV camera in the Westway underpass. [Lead: Jo Pritchard, community safety
manager, Norrowgate Council · When: installed by 31/03/2026 · We'll know: the council's confirmation of
installation, and PC Hadley checks the camera's view]

3.2 Visit the Chicken Shack with the police, explain the signs of young people being groomed, and agree
that the shop keeps CCTV for 31 days and does not give free food to under-18s. [Lead: Marcus Lyle,
licensing officer, Norrowgate Council · When: by 20/02/2026 · We'll know: the signed visit record and
CCTV agreement, copied to Rebecca and PC Hadley]

3.3 High-visibility patrols of the underpass, Mill Road and the Westway estate, speaking to any young
person out after dark. [Lead: PC Tom Hadley's team · When: Friday and Saturday nights, 6pm to 11pm, until
the review conference · We'll know: the patrol log with the names of young people seen, e-mailed to
Rebecca every Monday]

3.4 Ask Norrowgate Buses to keep CCTV from the 44 route for 28 days and to brief its drivers on calling
the police about groups with weapons. [Lead: PC Tom Hadley · When: by 06/03/2026 · We'll know: the bus
company's written agreement, on file]

## If things go wrong

- **If Isaiah is threatened, attacked or hears that the Westway group is planning to "get it back",**
  he or Yvonne rings 999 if anyone is in danger, and Rebecca (or the Emergency Duty Team out of hours)
  holds a strategy discussion with PC Hadley and Ade the same day. If Isaiah cannot be safe at home that
  night, he stays with Andre at 4 Canal Street, or with emergency foster carers outside Norrowgate.
- **If Isaiah is found with a weapon, or is asked to hold drugs or weapons,** the police act on it, and
  Rebecca holds a strategy discussion the same day.
- **If Isaiah is not home and not answering 30 minutes after his curfew,** Yvonne or Desmond rings 101
  (or 999) and texts Rebecca, and Ade does a return home interview within 72 hours of his return.
- **If Andre cannot work with Isaiah on a Saturday or take him to football on a Sunday,** Andre tells
  Yvonne and Rebecca by the Friday before. Desmond takes Isaiah to football instead, and Ade offers him
  the Saturday session at the Norrowgate Youth Hub, 10am to 2pm. If Andre has to stop helping for good,
  Rebecca calls a core group within a week to agree who takes his place.
- **If Isaiah is found with a weapon a second time, or is hurt again,** Rebecca will ask Kwame Asante for
  a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 4.30pm at Norrowgate Academy: 25/02/2026, 25/03/2026 and
  22/04/2026. Isaiah comes to each one.
- Review child protection conference: Wednesday 06/05/2026 at 10am, Norrowgate Town Hall.

Plan sent to Isaiah, Yvonne, Desmond, Andre and every agency on 13/02/2026.
""",
    "findings": [],
})
