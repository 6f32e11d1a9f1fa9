"""Batch 211, module g: seven fictional plans (held-out material), places beginning with "g".

Batch: 211. Letter: g. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, services, streets and councils (Gorstacre, Grebeholt,
Gawderby, Goslingford, Gildenwick, Gravesmoor, Glowerby and the rest). Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: outcomes and owners said in ordinary words, in unusual places. No
plan here has a heading called "Outcomes": the outcome for the child sits
in a "What we want instead" box under each worry, a "What will be
different for Lola by the review" list in a plan letter, "We will know
Ellis and Poppy are safe when ..." safety goals beside a child's own good
day, a "The aim of this part is that ..." sentence opening each part, a
"Success will look like ..." line heading each area, and "By the review
we want ..." beside the child's hopes. Some of those are only an adult's
wish or task (F002), and one set of minutes has no outcome for the child
at all (O001). Owners are named as people name them: a role ("the
family's social worker", "the school nurse"), a team or service
("Gorstacre Family Hub (Early Help)", "Gravesmoor Fire and Rescue
Service"), a relative introduced once in a who's who and named after by
what the family calls him ("Grandad") or by her family name ("Mrs
Ellison"), "you" and "I" in a plan letter, an owner's lead-in over a list
("Auntie Jess (Jess Carter, Gemma's sister) has agreed to:"), a passive
with its agent ("will be weighed at home by the health visitor"), an owner
in the sentence before the work in the same numbered item ("SB said ...
She will ..."), and two people together ("Mum and Dad together", "The HV
with the GP practice nurse"). In the plans that are not exemplary some
owners are vague ("Someone from the team", "All the professionals who know
Lola", "The family", "All agencies", "Everyone who visits") and some are
missing (a passive with no agent, an empty Who cell). Times and checks are
present and clear everywhere, so the faults sit in owners, outcomes and
the whole-plan parts.

1. Gorstacre (docx, exemplary): initial conference plan for a 4-year-old
   and an 8-month-old (neglect, the mother's drinking), set out worry by
   worry: a two-row box "Worry / What we want instead" over a "No. / What
   will happen / Who / When / How we'll know" table for each worry; owners
   include Grandad (introduced in the who's who), Gorstacre Recovery
   Service, "Mum and Dad together" and "the HV with the GP practice nurse".
2. Grebeholt (pdf, header and footer): a plan letter from the social
   worker to a mother with depression about her 6-year-old daughter after
   domestic abuse by the father; "you" is Chloe and "I" the social worker;
   "What will be different for Lola by the review" holds the outcomes.
   Faults: an outcome only about the mother (F002); the CPN's fortnightly
   visits that only support the mother (H001); "someone from the team"
   helping with reading and bedtime (W002); "all the professionals who
   know Lola" passing on worries (W002); a young carers' referral in the
   passive with no one named (W001); and nothing on legal planning if
   things do not change (R002).
3. Gawderby (md, exemplary): a Signs of Safety plan for a 9-year-old and
   a 5-year-old after the father grabbed the older boy by the neck; "We will know Ellis
   and Poppy are safe when ..." goals and "Ellis's good day" in his words,
   then next steps under owners' lead-ins ("Craig has agreed to:", "Auntie
   Jess (Jess Carter, Gemma's sister) has agreed to:", "Gawderby Primary
   School (Mrs Okafor, DSL) will:"), each step with its own time and check.
4. Goslingford (txt): core group minutes for a 2-year-old (neglect, home
   conditions, the mother's daily cannabis use) whose actions sit in
   numbered items, some owners given in the sentence before the work.
   Faults: no outcome for the child anywhere (O001); "All agencies"
   telling the social worker of missed appointments (W002); "The family"
   making sure the cot is used (W002); Alfie's room "to be made safe" with
   no one named (W001); the cannabis use recorded with no adult service
   owning any action (F004); and a contingency that only says professionals
   will talk and review the plan if things get worse (C002).
5. Gildenwick (docx): a review plan for an 11-year-old young carer and a
   7-year-old whose mother has bipolar disorder, in three parts each
   opened by "The aim of this part is that ..." and numbered actions under
   lead-ins. Faults: the first part's aim only about the mother (F002);
   the psychiatrist's outpatient reviews that only treat her (H001); "the
   family" collecting Remi from school (W002); Sienna's young carer's
   assessment in the passive with no agent (W001); and no fallback if
   Aunty Bisi's help fails (C003).
6. Gravesmoor (pdf, header and footer, exemplary): a child protection plan
   for a 5-week-old baby (the mother's postnatal depression and anxiety,
   the father's past cannabis use), each area headed by "Success will look
   like ..." and a "What will happen, and who does it / When / How we will
   know" table whose owners sit inside the action's own words (passives with
   their agent, "Lauren and Ryan together", Grandma Sue); the perinatal
   mental health team reports on capacity to change.
7. Glowerby (md): a review conference plan for a 7-year-old boy after
   domestic abuse and his father's drinking, with "Kai's hopes" and "By the
   review we want ..." beside a table whose Who column holds roles, a
   service and Nanna. Faults: two "outcomes" that are only an adult's wish
   or task (F002 x2); an empty Who cell for replacing Kai's broken bed
   (W001); "Family" making sure Kai is never alone with his dad (W002);
   "Everyone who visits" checking for alcohol in the house (W002); and
   Nanna supervising contact with no fallback if she cannot (C003).

Plans 1, 3 and 6 are exemplary: every action has a named owner (however
unusually said), a real timescale and something that can be seen, counted
or read; every outcome is about the child; each contingency has specific
triggers and concrete responses and says what happens if a relative's help
fails; each records the child's words or observed day, core group dates and
a dated review conference, and legal planning after named triggers; where a
parent drinks or is unwell an adult service owns actions, and any adult
mental health service is asked to report on the parent's capacity to
change. The four faulty plans hold 23 expected findings between them (6, 6,
5 and 6).

Counting convention used for "actions" (README convention 1): each row of
an action table (header rows and the worry boxes excepted), each bullet
under an owner's lead-in or a "What ... will do" heading, each lettered
item under a numbered lead-in, and each numbered item of an action log
counts once, whatever number of sentences it holds; a lead-in line itself
("1.1 Gildenwick Community Mental Health Team will:") is not an action.
Who's who tables, why there is a plan, the children's words and days, what
is going well, worries, goals and "what we want" statements, agency updates
in minutes, the contingency and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan set out worry by worry: "Worry / What we want
#    instead" box over an action table for each worry. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_gorstacre_worry_instead_tables_fairclough.docx",
    "doc_title": "Child Protection Plan - Reggie and Nell Fairclough",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-docx-whos-who-table-why-there-is-a-plan-reggies-three-houses-words-nells-observed-day-going-well-then-one-part-per-worry-two-row-box-worry-what-we-want-instead-over-no-what-will-happen-who-when-how-well-know-table-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-year-old boy and his 8-month-old sister (neglect): "
        "their mother drinks wine most afternoons and fell asleep while the boy got out of the house; "
        "the baby missed immunisations and weigh-ins and dropped a centile; the boy misses nursery and "
        "arrives hungry. There is no Outcomes heading: each worry has a two-row box 'Worry / What we "
        "want instead' giving the outcome for the children, over a 'No. / What will happen / Who / When "
        "/ How we'll know' table. Owners are said in many ways: Grandad (introduced once in the who's "
        "who), Gorstacre Recovery Service with the recovery worker, 'Mum and Dad together, with Lucy', "
        "'The HV with the GP practice nurse', the nursery manager, a speech and language service and the "
        "Family Hub. The recovery service reports on the mother's capacity to change; the contingency "
        "has specific triggers, a fallback if Grandad cannot do an afternoon, and a legal planning "
        "meeting after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gorstacre Borough Council · Children's Social Care · Central Safeguarding Team"),
        ("p", "Initial child protection conference held on 15/01/2026 at Gorstacre Town Hall. Chair: Irfan "
              "Malik, child protection chair. Both children are subject to a child protection plan under the "
              "category of neglect."),
        ("p", "This plan is set out worry by worry. Under each worry is what we want instead for Reggie and "
              "Nell, then what will happen, who will do it, when, and how we will know it has worked."),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Who they are"],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Reggie Fairclough", "4 (born 22/03/2021). Nursery class, Goldfinch Nursery School, mornings."],
                ["Nell Fairclough", "8 months (born 09/05/2025). At home."],
                ["Kerry Fairclough", "Mum (29). Home address for the family: 31 Gilbert Street, Gorstacre GR2 5TH."],
                ["Jason Fairclough", "Dad (32). Night delivery driver for a supermarket; home from 7am, "
                                     "sleeps from about 11am to 4pm."],
                ["Alan Fairclough", "Jason's father (61), retired, lives two streets away at 4 Gannet Row. "
                                    "Everyone, Reggie included, calls him Grandad, and so does this plan."],
                ["Lucy Ward", "The family's social worker, Central Safeguarding Team (team manager: Martin Ashby)"],
                ["Priya Desai", "Health visitor (HV), Gorstacre 0-19 Service"],
                ["Dr Helen Moss", "GP, Gorse Hill Medical Practice"],
                ["Sam Oduya", "Kerry's recovery worker, Gorstacre Recovery Service (alcohol and drugs)"],
                ["Jo Pennant", "Family support worker, Gorstacre Family Hub (Early Help)"],
                ["Dawn Kettle", "Nursery manager and designated safeguarding lead, Goldfinch Nursery School"],
                ["Ella Marsh", "Speech and language therapist, Gorstacre Children's Speech and Language Therapy"],
            ],
        }),
        ("h1", "Why Reggie and Nell have a plan"),
        ("p", "On 02/12/2025 a neighbour found Reggie on the pavement outside the house at 3pm, in his pyjamas "
              "and without shoes. Kerry was asleep on the sofa after drinking wine, and Nell was in her cot with "
              "a soaked nappy. Kerry has told Lucy that since Nell was born she drinks most afternoons \"to get "
              "through the day\", more when Jason is asleep after a night shift. Nell has missed her 16-week "
              "immunisations and two weigh-ins, and her weight has dropped from the 50th to the 25th centile. "
              "Reggie has been at nursery for 62% of sessions this term, and staff say he often comes in "
              "hungry."),
        ("h1", "What Reggie says, and what we see of Nell's day"),
        ("p", "Lucy saw Reggie on his own at nursery on 08/01/2026 and used the three houses drawings with him. "
              "In his house of worries he drew Mummy \"asleep on the settee and I can't wake her up\". In his "
              "house of good things he put \"Grandad's sausages\" and \"Daddy's big truck\". In his house of "
              "dreams he drew \"Mummy awake and playing with me and Nell at the park\"."),
        ("p", "Nell is 8 months old. At Priya's visit on 06/01/2026 she settled quickly in Jason's arms, "
              "babbled at Reggie and reached for her bottle. She had a heavy nappy and a red rash; Kerry said "
              "she had last been changed \"this morning\". She was hungry and took a full bottle straight away."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry has been honest about her drinking and went to her first appointment at Gorstacre Recovery "
            "Service on 12/01/2026.",
            "Jason has asked his manager for fixed nights so that the family's week is the same every week.",
            "Grandad sees the children most days and Reggie is very close to him.",
            "Reggie is a bright, chatty boy who loves dinosaurs, and Nell is a smiley baby who is starting to "
            "sit up on her own.",
        ]),
        ("h1", "Worry 1: Mum's drinking"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Worry", "Kerry drinks wine most afternoons, sometimes when she is on her own with the "
                          "children, and has fallen asleep after drinking while caring for them. Reggie got out "
                          "of the house on 02/12/2025 and nobody noticed."],
                ["What we want instead", "Reggie and Nell are looked after by an adult who is sober every hour "
                                         "of the day, and when Reggie calls Mum she answers. Reggie can tell "
                                         "Lucy that Mum is \"awake and playing\"."],
            ],
        }),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 6.0, 3.5, 3.0, 3.5],
            "rows": [
                ["1.1", "Weekly key-work sessions with Kerry on her drinking, and an alcohol-free plan for the "
                        "afternoons when she is on her own with the children",
                 "Gorstacre Recovery Service (Sam Oduya, Kerry's recovery worker)",
                 "Every Tuesday at 10am from 20/01/2026",
                 "Attendance record and Kerry's drinking diary, checked by Sam and sent to Lucy at the end of "
                 "each month"],
                ["1.2", "Breath tests at random at home, and a written view for the core group on whether "
                        "Kerry is making the changes Reggie and Nell need, and how long that is likely to take",
                 "Gorstacre Recovery Service (Sam Oduya)",
                 "Breath tests at least every fortnight; report by 27/02/2026 and again a week before the "
                 "review conference",
                 "Breath test readings and Sam's reports on Lucy's file"],
                ["1.3", "Liver function blood test for Kerry and a review of her sleep since Nell's birth, with "
                        "a letter to Lucy on the result and any advice",
                 "Dr Helen Moss, GP",
                 "Test by 06/02/2026; letter by 13/02/2026",
                 "GP letter with the result on Lucy's file"],
                ["1.4", "Be at the house, awake, with the children from 12 noon to 5pm on the days Kerry would "
                        "otherwise be on her own with them, and ring Jason and Lucy if Kerry has had a drink",
                 "Grandad",
                 "Monday to Friday, 12 noon to 5pm, from 16/01/2026 until the review conference",
                 "Grandad signs the daily sheet on the fridge; Lucy reads it at each visit"],
                ["1.5", "Not drink any alcohol on a day she is caring for the children, and tell Jason or "
                        "Grandad straight away if she has had a drink",
                 "Kerry (Mum)",
                 "Every day from 15/01/2026",
                 "Every breath test at home reads 0.00 (1.2); nothing noted on Grandad's daily sheet"],
                ["1.6", "Write a household safety plan for the front door (key kept on the high hook, chain "
                        "on) and agree which adult has the children each hour of the day",
                 "Mum and Dad together, with Lucy",
                 "By 23/01/2026",
                 "Signed plan on the fridge; Lucy checks the chain and the key at each visit"],
            ],
        }),
        ("h1", "Worry 2: Nell's feeding, weight and health"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Worry", "Nell has missed her 16-week immunisations and two weigh-ins, her weight has dropped "
                          "from the 50th to the 25th centile, and she has had nappy rash for three weeks."],
                ["What we want instead", "Nell is fed and changed on time, her skin is clear, she is back near "
                                         "the 50th centile by the review, and she has had every immunisation "
                                         "due for her age."],
            ],
        }),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 6.0, 3.5, 3.0, 3.5],
            "rows": [
                ["2.1", "Weigh Nell at home and look at her feeds, nappies and skin, using the feeding chart "
                        "that Kerry and Jason fill in",
                 "Priya Desai, health visitor",
                 "Every fortnight, from the week of 19/01/2026",
                 "Weights plotted in the red book and on the 0-19 record; the chart seen at each visit"],
                ["2.2", "Catch-up immunisations for Nell, with a reminder text to Kerry and Jason the day before",
                 "The HV with the GP practice nurse",
                 "Booked by 23/01/2026; given by 06/02/2026",
                 "Immunisations recorded in the red book and on the GP record, checked by Priya"],
                ["2.3", "Take Nell to every health appointment booked for her, and write each one on the "
                        "kitchen calendar",
                 "Jason (Dad)",
                 "Every appointment until the review conference",
                 "No missed appointments on the GP record or the 0-19 record"],
            ],
        }),
        ("h1", "Worry 3: Reggie's nursery, meals and talking"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Worry", "Reggie has been at nursery for 62% of sessions this term, often arrives hungry, and "
                          "his talking is behind for his age (he uses phrases of two or three words)."],
                ["What we want instead", "Reggie is at nursery every morning having eaten breakfast, and by the "
                                         "review he is using longer sentences and playing with other children."],
            ],
        }),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 6.0, 3.5, 3.0, 3.5],
            "rows": [
                ["3.1", "Give Reggie his breakfast when he gets in from work and walk him to Goldfinch Nursery",
                 "Jason (Dad)",
                 "Monday to Friday, leaving home at 8.20am",
                 "Nursery register shows Reggie in by 8.45am; attendance at 95% or more by the February half term"],
                ["3.2", "First-day call to Kerry, then to Lucy, if Reggie is not in by 9.15am",
                 "Dawn Kettle, nursery manager (DSL)",
                 "Every nursery morning",
                 "Call log and register e-mailed to Lucy every Friday"],
                ["3.3", "Speech and language assessment for Reggie, then a home programme shown to Jason and to "
                        "nursery staff in one session at nursery",
                 "Gorstacre Children's Speech and Language Therapy (Ella Marsh)",
                 "Assessment by 27/02/2026; programme within 2 weeks of it",
                 "Assessment report and programme sent to Lucy and the nursery; the nursery's speech tracker "
                 "at the review"],
                ["3.4", "Six home sessions with Kerry and Jason on routines, meals and play, ending with a "
                        "breakfast and bedtime routine on the fridge",
                 "Gorstacre Family Hub (Early Help), family support worker Jo Pennant",
                 "Thursdays at 1pm, 22/01/2026 to 26/02/2026",
                 "Session records; the routine seen in use by Jo and Lucy; Jo's closing summary to the core "
                 "group"],
                ["3.5", "Visit the family at home, seeing Reggie on his own and Nell with each parent; one visit "
                        "a fortnight unannounced in the afternoon",
                 "Lucy Ward, the family's social worker",
                 "Every week until the review conference",
                 "Visit records on the case file within 48 hours, with Reggie's words and what Lucy saw of Nell"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kerry has been drinking while she is caring for the children, or a breath test at home is over "
            "0.00, whoever finds out rings Lucy (the Emergency Duty Team out of hours). Jason or Grandad takes "
            "over the children's care at once, and Lucy holds a strategy discussion the same day.",
            "If Grandad cannot do an afternoon (illness or a hospital appointment), he rings Jason and Lucy by "
            "10am that day. Jason stays up and has the children that afternoon; if he cannot, Lucy sends a "
            "sessional worker from Gorstacre Family Hub to be in the house until Jason wakes at 4pm.",
            "If Reggie is found outside on his own again, or either child is hurt while a parent is drunk, the "
            "children stay at Grandad's that night, or with emergency foster carers found by Lucy if Grandad "
            "cannot have them, and Martin Ashby (team manager) holds a legal planning meeting within 5 working "
            "days.",
            "If Sam's report of 27/02/2026 says Kerry is not cutting down, or Nell's weight falls below the "
            "9th centile, Martin Ashby will hold a legal planning meeting within 10 working days to decide "
            "whether to start pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Goldfinch Nursery School, 1.30pm: 29/01/2026, 26/02/2026 and "
            "26/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Gorstacre Town Hall.",
        ]),
        ("p", "Plan sent to Kerry, Jason, Grandad and every agency on 16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A plan letter from the social worker to the mother: "you" is Chloe, "I"
#    the social worker; the outcomes are "What will be different for Lola by
#    the review". Faulty (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_grebeholt_plan_letter_you_i_brennan.pdf",
    "doc_title": "Lola's child protection plan - letter to Chloe Brennan",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Grebeholt City Council Children's Services · Lola Brennan",
    "footer": "Plan letter after the ICPC of 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "plan-letter-pdf-paged-letterhead-address-block-dear-chloe-you-is-the-mother-i-is-the-social-worker-bold-run-in-headings-why-lola-has-a-plan-what-lola-told-me-what-will-be-different-for-lola-by-the-review-bullets-then-what-you-have-agreed-what-i-will-do-what-other-people-will-do-bullets-if-things-go-wrong-meetings-signature-copies",
    "description": (
        "A plan letter from the social worker to a mother with depression, written after the initial "
        "conference for her 6-year-old daughter (emotional abuse: domestic abuse by the father, who has "
        "moved out under bail conditions). 'You' is Chloe and 'I' is the social worker, as the letter "
        "says; the outcomes are a 'What will be different for Lola by the review' list, and the work is "
        "in bullets under 'What you have agreed to do', 'What I will do' and 'What other people will "
        "do'. Times and checks are clear. Faults: one of the outcomes is only about the mother's "
        "confidence (F002); the CPN's fortnightly visits only support the mother with her mood and "
        "medication (H001); 'someone from the team' calling in to help with reading and bedtime (W002); "
        "'all the professionals who know Lola' passing on worries (W002); a young carers' referral "
        "written in the passive with no one named (W001); and nothing says legal planning follows if "
        "things do not change (R002)."
    ),
    "blocks": [
        ("pr", "Grebeholt City Council"),
        ("pr", "Children's Services · Family Safeguarding Team North"),
        ("pr", "Gracechurch House, 2 Granary Lane, Grebeholt GB1 4DW"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Ms Chloe Brennan"),
        ("pl", "Flat 3, 17 Greenacre Road"),
        ("pl", "Grebeholt GB4 2NP"),
        ("p", ""),
        ("p", "22 January 2026"),
        ("p", "Dear Chloe,"),
        ("boldp", "Lola's child protection plan"),
        ("p", "Thank you for coming to Lola's initial child protection conference on Tuesday 20 January. As I "
              "promised, I am writing the plan down for you in a letter, in the words we used together. This "
              "letter is Lola's plan. When I write \"you\" I mean you, Chloe, and \"I\" means me, Nadia Khan, "
              "Lola's social worker. Dean has his own letter with the parts of the plan that are for him."),
        ("boldp", "Why Lola has a plan"),
        ("p", "The conference agreed that Lola should have a child protection plan under the category of "
              "emotional abuse. The police were called to the flat three times this autumn when Dean was "
              "shouting and throwing things, the last time on 29/11/2025, when he broke the kitchen door while "
              "Lola was in the bath. Dean moved to his brother's on 30/11/2025 and has bail conditions not to "
              "come to the flat. You told the conference that you have had depression for several years, and "
              "that since November there have been mornings when you cannot get out of bed. Lola has been late "
              "for school 14 times this term and has missed three days."),
        ("boldp", "What Lola told me"),
        ("p", "I saw Lola on her own at school on 12/01/2026. She said: \"I hide under my duvet when Daddy "
              "shouts. I put my fingers in my ears.\" \"Mummy is sad a lot. I make her toast.\" She misses her "
              "dad and would like to see him \"at the place with the fish tank\" (the contact centre). On her "
              "wishing star she wrote: \"no more shouting and Mummy to take me to school\"."),
        ("boldp", "What will be different for Lola by the review"),
        ("p", "By the review conference on 14 April, this is what we want:"),
        ("bullets", [
            "Lola lives in a home with no shouting or violence, and she can tell me that she feels safe there.",
            "Lola gets to school on time every day, and is not late or off because of what is happening at home.",
            "Lola sees her dad safely at the contact centre and is not put in the middle of arguments.",
            "Chloe feels more confident in herself and less alone.",
            "Lola has a grown-up at school she can go to when she is worried, and she knows who it is.",
        ]),
        ("boldp", "What you have agreed to do"),
        ("bullets", [
            "You will get Lola to school by 8.50am every day, and ring the school office before 9am if she is "
            "ill; the school register, which Mrs Gadd sends me every Friday, will show this.",
            "You will go to the Freedom Programme at Grebeholt Women's Centre on Wednesday mornings for 12 weeks "
            "from 28/01/2026; the course leader will send me the attendance sheet at the end of each month.",
            "You will ring 999 every time Dean comes to the flat or tries to see Lola outside the contact "
            "centre, until the review; the police log number will go on Lola's file.",
            "You will keep your appointments with your GP and your CPN and take your tablets every day; Rachel "
            "will tell me at the end of each month whether any appointment was missed.",
        ]),
        ("boldp", "What I will do"),
        ("bullets", [
            "I will visit you and Lola at home every week until the review, and see Lola on her own at home or "
            "at school at least once a fortnight; my visit notes will record what Lola says and what I see.",
            "I will refer Lola to the Little Voices group at Grebeholt Children's Domestic Abuse Service by "
            "30/01/2026, and their letter confirming her place will go on her file.",
            "I will send you the updated plan within 5 working days of each core group, and a dated copy will "
            "go on Lola's file each time.",
        ]),
        ("boldp", "What other people will do"),
        ("bullets", [
            "Mrs Sophie Gadd, the designated safeguarding lead at Greenway Primary School, will meet Lola for a "
            "check-in every Monday morning, write what Lola says on CPOMS, and send me a summary every Friday.",
            "Rachel Ford, your CPN from Grebeholt Community Mental Health Team, will keep visiting you every "
            "fortnight to support you with your mood and your medication; her visits will be recorded on "
            "your care record.",
            "Someone from the team will call in after school on Wednesdays to help with Lola's reading and "
            "bedtime routine, for 8 weeks from 28/01/2026, and will write a note in the home book each time.",
            "Lola will be referred to the young carers' project at Grebeholt Carers' Centre by 13/02/2026, and "
            "the referral form will be put on her file.",
            "All the professionals who know Lola will tell me the same day if they see or hear anything that "
            "worries them, and I will write it on her file.",
            "Dean will see Lola at Grebeholt Family Contact Centre every Saturday from 10am to 12 noon, "
            "supervised by the centre's staff, who send me their notes after each session.",
            "Dean will start the 24-week Safer Choices programme at Grebeholt Probation Hub by 20/02/2026, and "
            "the programme worker will send me a report at the end of each month.",
        ]),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Dean comes to the flat, or contacts you about anything other than Lola's contact, ring 999. The "
            "police will attend, I (or the Emergency Duty Team out of hours) will hold a strategy discussion "
            "with the police the same day, and Lola's contact with Dean will stop until the core group agrees "
            "it again.",
            "If your mood drops so low that you cannot get up and care for Lola, ring Rachel, or the crisis line "
            "out of hours. Lola will stay with your sister Jodie Brennan, as she agreed at the conference, "
            "until you are well enough; if Jodie cannot have her, I will find Lola a foster placement that day.",
            "If Lola tells anyone that she has been hurt, or that Dean has been at the flat, the person she "
            "tells rings me (or the Emergency Duty Team) straight away, and I will see Lola that day.",
        ]),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Greenway Primary School at 3.30pm: 05/02/2026, 05/03/2026 and "
            "02/04/2026. You are part of the core group.",
            "Review child protection conference: Tuesday 14 April 2026 at 10am, Gracechurch House.",
        ]),
        ("p", "If anything in this letter is not what you remember agreeing, please ring me on 01632 960418 "
              "and we will put it right before the first core group."),
        ("p", "Yours sincerely,"),
        ("pl", "Nadia Khan"),
        ("pl", "Social Worker, Family Safeguarding Team North"),
        ("p", ""),
        ("p", "Copies: Dean Brennan (the parts for him); Mrs Sophie Gadd, Greenway Primary School; Rachel Ford, "
              "Grebeholt Community Mental Health Team; Dr Kwame Owusu, Granary Lane Surgery; PC Lisa Hart, "
              "Grebeholt Police Domestic Abuse Unit; Karen Doyle, child protection chair."),
    ],
    "findings": [
        F("F002", "Chloe feels more confident in herself and less alone."),
        F("H001", "will keep visiting you every fortnight to support you"),
        F("W002", "Someone from the team will call in after school"),
        F("W002", "All the professionals who know Lola will tell me"),
        F("W001", "Lola will be referred to the young carers' project"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety plan: "We will know Ellis and Poppy are safe when ..."
#    goals, Ellis's good day, then next steps under owners' lead-ins.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_gawderby_safety_goals_agreed_to_leadins_varley.md",
    "split": "heldout",
    "actions": 13,
    "template": "signs-of-safety-cp-plan-md-family-and-network-table-what-happened-danger-statement-we-will-know-ellis-and-poppy-are-safe-when-goals-ellis-good-day-and-poppys-words-going-well-scaling-then-next-steps-under-owner-lead-ins-craig-has-agreed-to-auntie-jess-has-agreed-to-school-will-each-bullet-with-its-own-time-and-check-then-what-happens-if-meetings",
    "description": (
        "Exemplary Signs of Safety child protection plan for a 9-year-old boy and his 5-year-old sister "
        "after their father grabbed the boy by the neck and pushed him into a wardrobe; the father lives "
        "with his own mother and sees the children only with the mother or the maternal aunt present. "
        "There is no Outcomes heading: the goals are 'We will know Ellis and Poppy are safe when ...', "
        "beside the danger statement and the boy's own good day. The next steps are bullets under owners' "
        "lead-ins ('Craig has agreed to:', 'Gemma has agreed to:', 'Auntie Jess (Jess Carter, Gemma's "
        "sister) has agreed to:', 'Gawderby Primary School (Mrs Okafor, DSL) will:', 'Hannah Reid, the "
        "family's social worker, will:', 'The school nurse, Amy Lister, will:'), each bullet with its own "
        "time and check. The contingency has specific triggers, a fallback if Jess cannot supervise, and "
        "a legal planning meeting after named triggers; core group and review dates are set."
    ),
    "text": """\
# Gawderby Metropolitan Borough Council - Children's Services

## Safety plan (child protection plan) for Ellis and Poppy Varley

Agreed at the initial child protection conference on 13/01/2026 (chair: Sunita Rao). Category: physical
abuse, for both children. This plan uses the Signs of Safety words the family and the network chose
together at the conference.

| Family and network | |
|---|---|
| **Ellis Varley** | 9 (born 04/06/2016), Year 4, Gawderby Primary School |
| **Poppy Varley** | 5 (born 19/08/2020), Reception, Gawderby Primary School |
| **Gemma Varley** | Mum (34), teaching assistant; the children live with her at 12 Grange Walk, Gawderby GW3 7LR |
| **Craig Varley** | Dad (36), warehouse supervisor; living with his mum, Linda Varley, at 9 Gable Court since 28/11/2025 |
| **Jess Carter** | Gemma's sister, called Auntie Jess by the children and in this plan; lives ten minutes away |
| **Hannah Reid** | The family's social worker, Gawderby Children's Services (team manager: Tariq Hussain) |
| **Mrs Bola Okafor** | Designated safeguarding lead, Gawderby Primary School |
| **Amy Lister** | School nurse, Gawderby School Nursing Service |

### What happened

On 27/11/2025 Ellis came to school with a bruise on his cheek and red marks on his neck. He told his
teacher that Dad "grabbed me round my neck and pushed me in the wardrobe" after Ellis broke the games
controller. The police and Hannah saw Ellis that day; Craig was arrested, admitted what he did and
accepted a conditional caution. He moved to his mum's the next day. Gemma says Craig has "a temper
that comes from nowhere" and that he shouted and threw things before, but had not hurt the children
until then. Poppy told Hannah that Daddy "does the big shout".

### Danger statement

Children's services, the school and the police are worried that when Craig gets angry he could hurt
Ellis or Poppy again, as he did on 27/11/2025, and that they could be badly hurt and grow up frightened
of their dad and unable to tell anyone.

### We will know Ellis and Poppy are safe when

- Ellis and Poppy are only with their dad when Mum or Auntie Jess is there, until everyone agrees that
  has changed.
- Neither child has any mark or injury that has not been explained, and both can tell us they have not
  been hurt.
- Ellis and Poppy each know who their safe people are and how to reach them, and can tell Hannah.
- Ellis sleeps through the night and is not scared when his dad visits, and Poppy says the big shout has
  stopped.
- Ellis and Poppy see their dad calm himself down without shouting, grabbing or throwing, week after
  week, and can tell the network what he does instead.

### Ellis's good day (in his own words, to Hannah on 09/01/2026)

"I wake up and nobody is shouting. Mum does pancakes. I go to school and play football at dinner with
Kacper. After school Dad comes and we play FIFA but he doesn't get mad if I win. Auntie Jess is there
and she makes her lasagne. I go to bed and I'm not thinking about the wardrobe."

Ellis scored how safe he feels at home at 7 out of 10 "because Dad's not there at night", and said he
misses his dad "but not when he's cross".

### What Poppy says

Poppy (seen with her toys at home on 09/01/2026) drew her family with Daddy "far away at Nana Linda's".
She said: "I like Daddy when he's funny. I don't like the big shout. I go under my blanket."

### What is working well

- Gemma rang the school and Hannah herself when she saw the marks, and she has kept to every part of
  the interim safety plan since 28/11/2025.
- Craig has admitted what he did and has asked for help with his anger.
- Auntie Jess has been at every visit Craig has had with the children since December.
- Both children are doing well at school, and Ellis's teacher says he is "back to his cheeky self".

### Scaling

On a scale of 0 (Ellis and Poppy are sure to be hurt again) to 10 (everyone is confident they are safe
enough for the plan to end): Hannah 3, Mrs Okafor 4, Gemma 6, Craig 7, Auntie Jess 5.

## Next steps: who will do what

Every step below says when it happens and how we will check it. A step under a person's name is theirs.

**Craig has agreed to:**

- only see Ellis and Poppy when Gemma or Auntie Jess is with him, from today until the review
  conference on 21/04/2026; each visit is written in the contact book, which Hannah reads every week.
- go to the 12-session Calmer Dads programme at Gawderby Family Centre on Monday evenings from
  26/01/2026; the programme worker sends Hannah a written report after session 6 and session 12.
- write a letter to Ellis, with Hannah's help, saying in his own words what he did and that it was not
  Ellis's fault, by 13/02/2026; Hannah reads it with Ellis and writes down what Ellis says back.

**Gemma has agreed to:**

- ring Hannah the same day if Craig comes to the house without her or Jess there, or if she sees him
  lose his temper with the children; Hannah records every call on the children's file.
- go through the family safety plan with Ellis and Poppy using the words and pictures book by
  06/02/2026, then read it with them every Sunday; at each visit Hannah asks the children who their
  safe people are and writes down their answers.

**Auntie Jess (Jess Carter, Gemma's sister) has agreed to:**

- be there for the whole of Craig's Wednesday teatime with the children at Gemma's, 4.30pm to 7pm,
  every week from 14/01/2026 until the review; she signs each visit in the contact book.
- be a safe person Ellis and Poppy can ring: her number is on each child's safety card, and she rings
  back within 30 minutes of a missed call and tells Hannah about any call from the children that day,
  which Hannah notes on file.

**Gawderby Primary School (Mrs Okafor, DSL) will:**

- have Ellis's class teacher, Mr Price, check in with him every Monday morning and write what he says
  on CPOMS; Mrs Okafor sends Hannah a CPOMS summary every Friday by 3pm.
- do Poppy's "feelings faces" check-in with her key adult, Miss Hall, every morning at registration,
  and put the week's faces in the Friday summary to Hannah.

**Hannah Reid, the family's social worker, will:**

- visit Ellis and Poppy at home every week until the review conference, seeing each child on their own;
  visit records on the file within 48 hours with each child's own words.
- do four sessions of words and pictures work with Ellis and Poppy about what happened on 27/11/2025 and
  their safety plan, every fortnight from 20/01/2026; the children's finished books are kept on file and
  shown to Gemma.
- hold a family network meeting with Gemma, Craig, Jess and Linda by 30/01/2026 to find one more safe
  person who can supervise Craig's time with the children; the meeting record lists each person's part.

**The school nurse, Amy Lister, will:**

- see Ellis at school for a health check and a sleep questionnaire by 27/02/2026, and give Gemma a
  sleep diary to keep for four weeks; the nurse's summary and the diary's count of nights woken go to
  Hannah.

## What happens if

- **If Craig is at the house, or with the children, without Gemma or Jess there:** Gemma (or whoever
  sees it) rings Hannah, or the Emergency Duty Team out of hours, straight away; Craig leaves, and Hannah
  holds a strategy discussion with the police the same day.
- **If either child has a mark or injury that is not explained, or says Dad has hurt them:** the school
  or Gemma rings Hannah at once, Hannah holds a strategy discussion the same day, and Craig's time with
  the children stops until the network meets again.
- **If Auntie Jess cannot be there on a Wednesday:** she tells Gemma and Hannah by 12 noon, and that
  week's visit does not happen at the house. Hannah books Craig's time with the children at Gawderby
  Family Centre on the Saturday instead, supervised by the centre's staff. If Jess can no longer help at
  all, Craig's visits move to the family centre every week until the network finds another safe person.
- **If Craig hurts or threatens either child or Gemma again, misses two Calmer Dads sessions in a row,
  or is found at the house alone with the children:** Tariq Hussain (team manager) will hold a legal
  planning meeting within 5 working days.

## Meetings

- Core group every four weeks at Gawderby Primary School, 9.30am: 27/01/2026, 24/02/2026 and
  24/03/2026.
- Review child protection conference: 21/04/2026 at 10am, Gawderby Civic Centre.

Plan shared with Gemma, Craig, Auntie Jess and every agency on 14/01/2026. Ellis and Poppy have their own
words and pictures version.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes with the actions in numbered items, some owners in
#    the sentence before the work. No outcome for the child anywhere.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_goslingford_core_group_minutes_numbered_items_quinn.txt",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-minutes-txt-caps-headings-meeting-details-present-with-initials-numbered-items-purpose-alfies-world-observed-agency-updates-shannons-views-then-item-6-actions-agreed-numbered-6-1-to-6-10-owner-often-in-the-sentence-before-the-work-then-item-7-if-things-get-worse-item-8-next-meetings-and-legal-planning",
    "description": (
        "Minutes of the first core group for a 2-year-old boy (neglect: a dirty, unsafe flat, sleeping on "
        "sofa cushions beside a broken window, missed health reviews) whose mother smokes cannabis every "
        "evening and sometimes in the day. The actions are numbered items under 'Actions agreed', several "
        "with the owner named in the sentence before the work ('HV said ... She will ...'); times and "
        "checks are clear, and the boy's day is observed. Faults: no outcome for the child anywhere in "
        "the minutes (O001); 'All agencies' telling the social worker of missed appointments (W002); "
        "'The family' making sure the boy sleeps in his cot (W002); the boy's room 'to be made safe' with "
        "no one named (W001); the mother's cannabis use recorded with no adult service owning any action, "
        "the social worker only giving her the service's number (F004); and a contingency that only says "
        "professionals will talk to each other and review the plan if things get worse (C002)."
    ),
    "text": """\
GOSLINGFORD COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - MINUTES
=====================================================================

Child:            Alfie Quinn, born 02/10/2023 (2 years 3 months)
Address:          Flat 9, Gantry House, Goose Lane, Goslingford GS5 1QA
Plan:             Child protection plan since the ICPC on 14/01/2026 (neglect)
Meeting:          Core group 1, 27/01/2026, 10.00am, Goslingford Family Centre
Chaired by:       Rebecca Lowe (RL), social worker, Goslingford Children's Services

PRESENT
  Shannon Quinn (SQ) - Alfie's mum
  Rebecca Lowe (RL) - social worker
  Sadia Bashir (SB) - health visitor, Goslingford 0-19 Team
  Kayleigh Moss (KM) - housing officer, Goslingford Homes
  Tanya Green (TG) - manager, Little Steps Nursery, Goslingford
  Dean Rhodes (DR) - family support worker, Goslingford Family Support Service

APOLOGIES
  PC Aaron Webb, Goslingford Police (no update to give)

1. INTRODUCTIONS
   Everyone introduced themselves. RL explained that these minutes are the working plan until the
   review conference, and that the actions at item 6 replace the outline plan from the ICPC.

2. PURPOSE OF THE MEETING
   To go through the outline plan from the ICPC, hear from each agency, and agree who does what and
   by when.

3. ALFIE'S WORLD
   RL saw Alfie at home on 22/01/2026 at 11am. He was in a vest and nappy, which was full, and the flat
   was cold. He said "dog" and "juice" and pointed at the fridge; there was milk but no bread. He
   climbed onto the windowsill in his room twice while RL was there, next to the cracked pane. His
   bed is two sofa cushions on the floor; the cot is still flat-packed in the hall. He went to Shannon
   for a cuddle when the dog barked, and she held him and sang to him.

   SB saw Alfie on 20/01/2026. He is walking and running well, uses about ten words, and has a sore
   bottom. He ate a whole banana at the visit "like he hadn't had breakfast".

4. AGENCY UPDATES
   HV (SB): Alfie's 2-year review has been missed twice (October and December). Weight on the 9th
   centile, down from the 25th in the summer. SB noticed a strong smell of cannabis in the flat at her
   last two visits.
   Housing (KM): The broken window in Alfie's room was reported in November but the repair team could
   not get in. KM has asked for it to be done as an urgent repair.
   Nursery (TG): Alfie has a funded place for 15 hours from February and Shannon has been to look round.
   FSW (DR): Allocated on 21/01/2026; first home visit booked.

5. SHANNON'S VIEWS
   Shannon said she feels "judged" and that the flat was fine "before the dog had her puppies". She
   told the ICPC she smokes cannabis every evening and sometimes in the day "to calm down", and said
   today that she does not smoke when Alfie is awake. She wants help with the flat and the window and
   does not want Alfie to go into care.

6. ACTIONS AGREED

   6.1  SB said Alfie's 2-year review would be done at home. She will do it on 04/02/2026 and send
        the ASQ-3 scores and his weight to RL by 11/02/2026.

   6.2  KM has asked Goslingford Homes' repair team to replace the broken pane as urgent. She will
        confirm the repair date to Shannon and RL by 30/01/2026 and send RL a copy of the signed job
        sheet when the work is done.

   6.3  Alfie's room to be made safe: the cot put up away from the window, a stair gate fitted on
        his door and the loose wires covered, by 06/02/2026. Photos of the room to go on the file.

   6.4  The family to make sure Alfie sleeps in his cot every night from 28/01/2026 and not on the
        sofa cushions. The cot and bedding to be seen in use at every home visit.

   6.5  All agencies to tell RL within 24 hours if Alfie misses an appointment or a nursery session,
        and to note it on their own record.

   6.6  RL said she would keep visiting weekly. She will see Alfie at home every week, at least one
        visit in three unannounced, until the review conference, and write up what she sees of
        Alfie, the kitchen and his room on the case file within 48 hours.

   6.7  Shannon agreed to take Alfie to Little Steps Nursery for his funded hours (Monday to
        Wednesday, 8.30am to 1.30pm) from 02/02/2026. TG will send RL the register every Friday.

   6.8  TG will note how Alfie arrives at each session (clean, fed, dressed warmly enough, nappy
        area) and e-mail the notes to RL with the register every Friday.

   6.9  Goslingford Family Support Service, through DR, will do six home sessions with Shannon on
        keeping the flat clean and safe, every Thursday at 10am from 29/01/2026. DR completes a
        room-by-room checklist at each session and sends it to RL.

   6.10 RL will give Shannon the number and leaflet for Goslingford Drug and Alcohol Service and sit
        with her while she makes a self-referral, by 06/02/2026. RL will note the referral date
        on the case file.

7. IF THINGS GET WORSE
   If things get worse at home or the plan is not being followed, professionals will talk to each
   other and the plan will be reviewed at the next core group.

8. NEXT MEETINGS AND LEGAL PLANNING
   Core group every four weeks, 10.00am, Goslingford Family Centre: 24/02/2026 and 24/03/2026.
   Review child protection conference: 14/04/2026 at 1.30pm, Goslingford Council Offices.
   If the actions at item 6 have not been done by the review conference, Neil Dobbs (team manager)
   will hold a legal planning meeting before it.

Minutes typed by RL on 28/01/2026 and sent to everyone present, with a copy for Shannon.
""",
    "findings": [
        F("O001"),
        F("W002", "All agencies to tell RL within 24 hours"),
        F("W002", "The family to make sure Alfie sleeps in his cot"),
        F("W001", "Alfie's room to be made safe: the cot put up"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review plan in three parts, each opened by "The aim of this part is
#    that ...", with numbered actions under lead-ins. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_gildenwick_rcpc_aim_of_this_part_leadins_okoro.docx",
    "doc_title": "Review Child Protection Plan - Sienna and Remi Okoro",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-plan-docx-bold-label-lines-why-on-a-plan-progress-since-icpc-what-the-children-say-how-this-plan-is-set-out-then-three-parts-each-opened-by-an-aim-of-this-part-sentence-typed-numbered-actions-1-1-with-owner-lead-ins-over-lettered-items-then-if-mum-becomes-unwell-again-meetings",
    "description": (
        "A first review conference plan for an 11-year-old girl who has been caring for her mother and "
        "her 7-year-old brother: the mother has bipolar disorder, stopped her lithium in the summer and "
        "was admitted to hospital in October, when the children went to their maternal aunt. The plan "
        "has three parts (Mum's health, Sienna, Remi), each opened by 'The aim of this part is that ...' "
        "as its outcome, then typed numbered actions, some under lead-ins ('Gildenwick Community Mental "
        "Health Team will:', 'Funmi has agreed to:', 'Aunty Bisi (Bisi Adeyemi, Funmi's sister) has "
        "agreed to:'). Times and checks are clear; the care coordinator reports on the mother's capacity "
        "to change. Faults: the first part's aim is only about the mother's health (F002); the "
        "psychiatrist's four-weekly outpatient reviews only treat her (H001); 'The family' making sure "
        "Remi is collected from school (W002); the young carer's assessment written in the passive with "
        "no one named (W001); and the contingency sends the children to the aunt with nothing said if "
        "she cannot help (C003)."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Gildenwick County Council · Children and Families Service · Safeguarding Team West"),
        ("kv", [
            ("Children", "Sienna Okoro, born 14/09/2014 (11), Year 6, Gildenwick Park Primary School; "
                         "Remi Okoro, born 02/03/2018 (7), Year 2, the same school"),
            ("Living with", "Funmi Okoro (Mum, 38), 22 Glade Road, Gildenwick GD4 9HS"),
            ("Family network", "Bisi Adeyemi (Funmi's sister, \"Aunty Bisi\"), 5 Garner Close, Gildenwick"),
            ("Conference", "First review child protection conference, 20/01/2026 (initial conference "
                           "28/10/2025). Chair: Paul Ndlovu"),
            ("Category", "Neglect, for both children; the plan continues"),
            ("Social worker", "Tom Keane, Safeguarding Team West (team manager: Ruth Ojo)"),
        ]),
        ("h1", "Why Sienna and Remi are on a plan"),
        ("p", "Funmi has bipolar disorder. She stopped taking her lithium in the summer of 2025 and became very "
              "unwell in September: she stopped sleeping, spent her rent money and left the children alone "
              "overnight twice while she walked around the town. Sienna, then 10, got Remi up and to school, "
              "cooked for him and hid what was happening. Funmi was admitted to Glenmere Ward, Gildenwick "
              "Hospital, on 03/10/2025 and discharged on 21/11/2025. The children stayed with Aunty Bisi."),
        ("h1", "Progress since the initial conference"),
        ("p", "Funmi has been back on lithium since October and her blood levels have been in range. She has "
              "seen her care coordinator every fortnight and says she understands now why she must not stop "
              "her tablets. The children returned home on 22/11/2025. Sienna's attendance is 91% this term; "
              "Remi's is 96%. Remi was not collected from school on two days in December, and Sienna still "
              "gets up first and makes breakfast most days."),
        ("h1", "What Sienna and Remi say"),
        ("p", "Sienna (seen on her own at school on 13/01/2026): \"When Mum's bad I do the washing and Remi's "
              "packed lunch. I don't mind but I'm tired all the time.\" \"I don't want Mum to go to hospital "
              "again.\" \"I want to go to Young Carers club, Amara goes.\" She worries about starting at "
              "Gildenwick High in September and leaving Remi \"on his own at the juniors\"."),
        ("p", "Remi (seen at home on 15/01/2026): \"Mummy was in hospital and we went to Aunty Bisi's. She has "
              "a trampoline.\" He said he likes it when \"Mum does jollof and we watch films\", and that he "
              "does not like waiting at the school office \"when nobody comes\"."),
        ("h1", "How this plan is set out"),
        ("p", "The plan is in three parts. Each part starts with what we are aiming for, then says who will do "
              "what, by when, and how we will know it has been done."),
        ("h1", "Part 1: Mum's health"),
        ("p", "The aim of this part is that Funmi's mental health is stable and she takes her lithium every day."),
        ("pi", "1.1 Gildenwick Community Mental Health Team will:"),
        ("pi2", "a) Dr Grace Whitfield, consultant psychiatrist, will see Funmi at outpatients every 4 weeks to "
                "review her lithium and her mood; her clinic letters are copied to Tom."),
        ("pi2", "b) Mark Ellison, Funmi's care coordinator, will visit her at home every fortnight and write to "
                "each core group on how Funmi's illness affects her care of Sienna and Remi, what still needs "
                "to change and how long that is likely to take; his reports go on Tom's file."),
        ("pi", "1.2 Funmi has agreed to:"),
        ("pi2", "a) have her lithium blood level checked at Gildenwick Health Centre every 3 months, the next "
                "test by 13/02/2026, with the result sent to Mark;"),
        ("pi2", "b) write a relapse card with Mark by 06/02/2026 listing her early warning signs, and ring Mark "
                "or Tom the same day she notices one; the card is kept on the fridge and a copy is on Tom's "
                "file."),
        ("h1", "Part 2: Sienna"),
        ("p", "The aim of this part is that Sienna can be a child first: she is in school every day, sees her "
              "friends, and never has to look after Mum or Remi on her own."),
        ("pi", "2.1 A young carer's assessment for Sienna will be completed by 27/02/2026, and the report "
               "shared at the core group on 03/03/2026."),
        ("pi", "2.2 Gildenwick Young Carers (Leah Fox, young carers' worker) will give Sienna a place at the "
               "Tuesday club, 4pm to 6pm, from 03/02/2026, and send Tom the club register each month."),
        ("pi", "2.3 Mrs Joanne Harris, the designated safeguarding lead at Gildenwick Park Primary School, will "
               "meet Sienna every Wednesday lunchtime to talk about home and her move to secondary school, and "
               "send Tom her notes every Friday."),
        ("pi", "2.4 Tom Keane, the children's social worker, will do four sessions with Sienna about Mum's "
               "illness using the \"When Mum is poorly\" workbook, fortnightly from 28/01/2026; Sienna's "
               "finished workbook is kept on file."),
        ("h1", "Part 3: Remi"),
        ("p", "The aim of this part is that Remi is picked up from school by a safe adult every day, eats a "
              "proper tea and is in bed by 7.30pm on school nights."),
        ("pi", "3.1 The family will make sure Remi is collected from school by an adult every day at 3.15pm; "
               "the school's collection log will show who collected him."),
        ("pi", "3.2 Aunty Bisi (Bisi Adeyemi, Funmi's sister) has agreed to:"),
        ("pi2", "a) have Sienna and Remi for tea at her house on Mondays and Thursdays, 3.30pm to 7pm, and sign "
                "the tea diary that Tom reads at each visit;"),
        ("pi2", "b) ring Funmi at 7.30am every school day to check she is up and the children are getting "
                "ready, and ring Tom if there is no answer by 8am; the register will show both children in "
                "school by 8.50am."),
        ("pi", "3.3 Remi's class teacher, Mr Paul Gregory, will tell Mrs Harris the same morning if Remi arrives "
               "hungry or without his reading book, and Mrs Harris will log it on CPOMS."),
        ("pi", "3.4 Tom will visit the family at home every fortnight until the next review conference, seeing "
               "each child on their own; his visit records will be on file within 48 hours."),
        ("h1", "If Mum becomes unwell again"),
        ("bullets", [
            "If Funmi misses two lithium doses, stops sleeping, or shows any sign on her relapse card, she, "
            "Bisi or the school rings Mark (or the Gildenwick crisis team out of hours). Mark arranges a home "
            "visit by the crisis team within 24 hours, and Sienna and Remi go to stay with Aunty Bisi until "
            "the crisis team says Funmi is well enough to care for them.",
            "If Funmi is admitted to hospital, Sienna and Remi stay with Bisi, and Tom visits them there within "
            "2 working days and holds a network meeting within a week.",
            "If the children are left without an adult overnight, Tom (or the Emergency Duty Team) holds a "
            "strategy discussion the same day.",
            "If Funmi stops her lithium, is admitted to hospital again, or the children are left without an "
            "adult overnight, Ruth Ojo (team manager) will hold a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks at Gildenwick Park Primary School, 3.30pm: 03/03/2026, 14/04/2026 and "
            "26/05/2026.",
            "Next review child protection conference: 14/07/2026 at 10am, Gildenwick County Hall.",
        ]),
        ("p", "Plan sent to Funmi, Aunty Bisi and every agency on 22/01/2026. Tom has gone through it with "
              "Sienna and Remi."),
    ],
    "findings": [
        F("F002", "Funmi's mental health is stable and she takes her lithium every day"),
        F("H001", "will see Funmi at outpatients every 4 weeks"),
        F("W002", "The family will make sure Remi is collected from school"),
        F("W001", "A young carer's assessment for Sienna will be completed"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan for a 5-week-old baby: each area headed by "Success will look like
#    ...", owners inside the action's own words. Exemplary (pdf, header and
#    footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_gravesmoor_success_looks_like_owner_in_words_croft.pdf",
    "doc_title": "Child Protection Plan - Freddie Croft",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Gravesmoor Council Children's Social Care · Freddie Croft",
    "footer": "Child protection plan, ICPC 19/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-baby-plan-pdf-paged-details-table-why-a-plan-a-day-in-freddies-life-observed-parents-and-grandmas-words-going-well-then-three-areas-each-headed-by-a-success-will-look-like-line-over-a-what-will-happen-and-who-does-it-when-how-we-will-know-table-owner-inside-the-action-words-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 5-week-old baby whose mother has severe postnatal "
        "depression and anxiety (she walked out of the flat one night and was found by police) and "
        "whose father used cannabis until last summer; the maternal grandmother stays overnight. There "
        "is no Outcomes heading: each of three areas is headed by 'Success will look like ...' for the "
        "baby, over a 'What will happen, and who does it / When / How we will know' table with no Who "
        "column: the owner is inside the action's words ('will be weighed at home by the health "
        "visitor, Anna Blake', 'Lauren and Ryan together will', 'Grandma Sue (Sue Ellison, Lauren's "
        "mother) will', then 'Mrs Ellison will', 'will be done by Gravesmoor Fire and Rescue "
        "Service'). The perinatal nurse and psychiatrist report on the mother's capacity to change and "
        "its likely timescale; the drug service tests the father. The contingency has specific "
        "triggers, a fallback if the grandmother cannot stay, and a legal planning meeting after named "
        "triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gravesmoor Council · Children's Social Care · Early Years Safeguarding Team"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Baby", "Freddie Croft, born 12/12/2025 at Gravesmoor General Hospital (5 weeks old at the "
                         "conference)"],
                ["Home", "Flat 4, 18 Granby Terrace, Gravesmoor GV2 3EN"],
                ["Mum", "Lauren Ellison (24)"],
                ["Dad", "Ryan Croft (27), forklift driver, days"],
                ["Grandma Sue", "Sue Ellison, Lauren's mother (52), staying at the flat overnight since "
                                "05/01/2026"],
                ["Conference", "Initial child protection conference, 19/01/2026. Chair: Deborah Finch"],
                ["Category", "Neglect"],
                ["Social worker", "Josh Kerr, Early Years Safeguarding Team (team manager: Helen Grant)"],
                ["Health visitor", "Anna Blake, Gravesmoor 0-19 Service"],
                ["Perinatal team", "Kim Yates (perinatal mental health nurse) and Dr Omar Siddiqui "
                                   "(perinatal psychiatrist), Gravesmoor Perinatal Mental Health Team"],
                ["GP", "Dr Priya Shah, Greenbank Surgery"],
            ],
        }),
        ("h1", "Why Freddie has a plan"),
        ("p", "Lauren has had severe low mood and panic attacks since Freddie was born, and has been under the "
              "perinatal mental health team since 22/12/2025. On the night of 04/01/2026 she left Freddie "
              "asleep in his Moses basket with Ryan asleep in the next room, walked out of the flat without "
              "her phone and was found by police at Gravesmoor reservoir at 2am, saying that Freddie would be "
              "\"better off without me\". She was seen by the crisis team and started on medication. Ryan "
              "smoked cannabis daily until June 2025; he says he has stopped, and a urine test on 08/01/2026 "
              "was negative."),
        ("h1", "A day in Freddie's life (what Anna and Josh have seen)"),
        ("p", "Freddie wakes every three hours or so and roots for his bottle. At Anna's visit on 13/01/2026 "
              "Grandma Sue fed him while Lauren watched from the sofa; Lauren said she was scared of "
              "\"doing it wrong\". At Josh's visit on 15/01/2026 Ryan bathed him, talking to him the whole "
              "time, and Freddie kicked and held his gaze. When Lauren held him she looked away from him and "
              "he fussed; when Sue took him he settled within a minute. He has a clean Moses basket by his "
              "parents' bed, and his weight is on the 25th centile, where he was born."),
        ("h1", "What Lauren, Ryan and Sue say"),
        ("p", "Lauren: \"I love him, I just don't feel like his mum yet. I want to get better for him.\" Ryan: "
              "\"I'll do whatever it takes, I've not touched weed since the summer.\" Sue: \"I'll stay as long "
              "as they need me, but I've got my own job and I can't do it forever.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Freddie is feeding well and gaining weight, and every health appointment has been kept.",
            "Lauren has seen Kim every week since 22/12/2025 and is taking her medication.",
            "Ryan does the bath and the evening feed every day and has had a negative drug test.",
            "Grandma Sue has stayed every night since 05/01/2026 and does the night feeds.",
        ]),
        ("h1", "Area 1: Freddie's feeding, growth and health"),
        ("boldp", "Success will look like: Freddie is fed at least every four hours, keeps growing along the "
                  "25th centile, and has his 6-8 week check and first immunisations on time."),
        ("table", {
            "header": ["What will happen, and who does it", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Freddie will be weighed at home by the health visitor, Anna Blake, who will also watch a feed "
                 "and look at where he sleeps.",
                 "Weekly until he is 8 weeks old, then every fortnight until the review",
                 "Weights plotted on the centile chart in the red book; Anna e-mails her visit notes to Josh "
                 "the same week"],
                ["Lauren and Ryan together will fill in the feed chart (time, amount, who fed him) and keep it "
                 "on the kitchen worktop.",
                 "Every feed, from 20/01/2026",
                 "The chart shows a feed at least every four hours; Anna and Josh look at it at each visit"],
                ["Freddie's 6-8 week check will be done by Dr Priya Shah (GP), and his first immunisations "
                 "given by the practice nurse at the same appointment.",
                 "At 8 weeks old: appointment on 06/02/2026",
                 "Check and immunisations recorded in the red book and on the GP record; Dr Shah's letter "
                 "to Josh"],
            ],
        }),
        ("h1", "Area 2: Lauren's health and Freddie's care"),
        ("boldp", "Success will look like: Freddie is always cared for by an adult who is well enough to feed, "
                  "hold and settle him, and he is never on his own with Lauren when she is in crisis."),
        ("table", {
            "header": ["What will happen, and who does it", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Lauren will be seen at home by Kim Yates, her perinatal mental health nurse, who will review "
                 "her mood, medication and safety plan, and write to each core group on how Lauren's mood "
                 "affects her care of Freddie, whether she is making the changes he needs, and how long "
                 "further change is likely to take.",
                 "Weekly until the review; a written report 3 working days before each core group",
                 "Kim's reports on Josh's file, with Lauren's EPDS scores"],
                ["Dr Omar Siddiqui, perinatal psychiatrist, will review Lauren's diagnosis and medication and "
                 "write a report for the review conference on whether she can make the changes Freddie needs, "
                 "and how long that is likely to take.",
                 "Appointment by 30/01/2026; report by 31/03/2026",
                 "Dr Siddiqui's report on Josh's file and given to the review conference"],
                ["Grandma Sue (Sue Ellison, Lauren's mother) will stay at the flat overnight and do the night "
                 "feeds from 11pm to 6am, so that Lauren can sleep.",
                 "Every night until the review conference",
                 "Sue signs the night part of the feed chart; Josh reads it at each visit"],
                ["Mrs Ellison will ring Kim or Josh the same day if she sees any of Lauren's early warning "
                 "signs (not sleeping when she could, not eating, talking about leaving).",
                 "The same day, every time",
                 "Each call noted by Josh on Freddie's file and by Kim on Lauren's record"],
            ],
        }),
        ("h1", "Area 3: A safe, smoke-free and drug-free home"),
        ("boldp", "Success will look like: Freddie lives in a home with no smoke and no drugs, sleeps safely "
                  "on his back in his own Moses basket, and is cared for by a dad who is sober every day."),
        ("table", {
            "header": ["What will happen, and who does it", "When", "How we will know"],
            "widths": [8.0, 4.0, 5.0],
            "rows": [
                ["Ryan will give a hair strand sample for a three-month drug test at Gravesmoor Testing "
                 "Service, booked and paid for by Josh.",
                 "By 30/01/2026",
                 "Results sent to Josh and shared at the core group on 09/02/2026; negative for all drugs"],
                ["Gravesmoor Drug and Alcohol Service (Chris Moyo, recovery worker) will see Ryan for relapse "
                 "prevention and do a urine test at each session.",
                 "Monthly from 02/02/2026 until the review",
                 "Test results and a letter to Josh after each session"],
                ["Lauren and Ryan will keep the flat smoke-free: no cigarettes or cannabis smoked inside or on "
                 "the balcony.",
                 "Every day from 19/01/2026",
                 "No smell of smoke at any visit, recorded by Anna and Josh; Ryan's tests negative"],
                ["Freddie will be seen at home by his social worker, Josh Kerr, awake and being fed, changed or "
                 "bathed, with at least one visit in three unannounced.",
                 "Weekly until the review conference",
                 "Visit records on the file within 48 hours, with what Josh saw of Freddie's day"],
                ["A home fire safety visit will be done by Gravesmoor Fire and Rescue Service, who will fit a "
                 "smoke alarm outside Freddie's room.",
                 "By 13/02/2026",
                 "Visit record sent to Josh; the alarm seen working at the next home visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Lauren says she wants to harm herself or Freddie, or leaves the flat without telling anyone: "
            "Ryan or Sue rings 999 and the perinatal crisis line, and Freddie stays with Ryan or Sue. The "
            "crisis team sees Lauren the same day, and Josh (or the Emergency Duty Team) holds a strategy "
            "discussion the same day.",
            "If Ryan's hair strand or urine test is positive, or cannabis is found or smelt in the flat: Ryan "
            "does not care for Freddie on his own, Sue stays at the flat during the day as well, and Josh "
            "holds a strategy discussion within 24 hours.",
            "If Sue cannot stay overnight (illness, or her own work), she tells Ryan and Josh by 6pm. Ryan does "
            "the night feeds that night and Lauren sleeps in the other room; if Ryan cannot, Josh arranges a "
            "night sitter from Gravesmoor Family Support Service, or emergency foster carers for Freddie that "
            "night if no sitter is free.",
            "If Lauren is admitted to hospital, leaves Freddie again, or Ryan tests positive, or Freddie drops "
            "two centile lines, Helen Grant (team manager) will hold a legal planning meeting within 5 working "
            "days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at the flat, 2pm: 09/02/2026, 09/03/2026 and 06/04/2026.",
            "Review child protection conference: 16/04/2026 at 10am, Gravesmoor Civic Centre.",
        ]),
        ("p", "Plan sent to Lauren, Ryan, Sue and every agency on 20/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan: "Kai's hopes" and "By the review we want ..."
#    beside a table whose Who column holds roles, services and Nanna.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_glowerby_rcpc_by_the_review_we_want_holt.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-md-whos-who-bullets-what-has-happened-since-october-kais-hopes-and-best-saturday-in-his-words-by-the-review-we-want-numbered-list-with-parents-additions-still-worried-about-then-hash-whats-going-to-happen-whos-doing-it-by-when-well-know-because-table-then-what-if-things-go-wrong-meetings",
    "description": (
        "A first review conference plan for a 7-year-old boy (emotional abuse) after his father, who "
        "drinks heavily, pushed his mother into the fridge while the boy watched; the father has moved "
        "out and sees the boy on Saturdays at the paternal grandmother's house, supervised by her. The "
        "outcomes are a 'By the review we want ...' list beside the boy's hopes in his own words; the "
        "work is a '# / What's going to happen / Who's doing it / By when / We'll know because' table "
        "whose Who column holds roles ('Kai's social worker', 'The school nurse'), services and Nanna. "
        "Times and checks are clear, and the alcohol service reports on the father. Faults: two of the "
        "'outcomes', added at the parents' request, are only an adult's wish or task (F002 x2); an empty "
        "Who cell for replacing the boy's broken bed (W001); 'Family' making sure he is never alone with "
        "his father (W002); 'Everyone who visits' checking for alcohol (W002); and the plan leans on "
        "Nanna supervising contact with no word of what happens if she cannot (C003)."
    ),
    "text": """\
# Glowerby Borough Council · Children's Services

## Kai's child protection plan

**First review child protection conference, 22/01/2026, Glowerby Town Hall.** Chair: Lorraine Pike.
Kai has been on a child protection plan since the initial conference on 23/10/2025 (category: emotional
abuse). The conference agreed that the plan should continue.

### Who's who

- **Kai Holt**, 7 (born 15/05/2018), Year 3 at Gracefield Primary School. Lives with his mum.
- **Stacey Holt**, Kai's mum (31), 7 Gorse Avenue, Glowerby GL6 2RT.
- **Liam Holt**, Kai's dad (35). Has lived at a friend's flat on Gasworks Lane since 20/10/2025.
- **Maureen Holt**, Liam's mum (63), 14 Garden Row, Glowerby. Kai calls her Nanna, and so does this plan.
- **Ben Aldridge**, Kai's social worker, Family Safeguarding Team (team manager: Kath Simms).
- **Miss Jade Rowe**, learning mentor, Gracefield Primary School; **Mr Samir Anwar**, DSL there.
- **Dee Watts**, Liam's recovery worker, Glowerby Alcohol Service.

### What has happened since October

On 18/10/2025 Liam came home drunk and pushed Stacey into the fridge during an argument about money.
Kai was in the kitchen and tried to pull his dad away. The police were called by a neighbour. Liam
moved out two days later. Since then Liam has seen Kai every Saturday afternoon at Nanna's, and Nanna
has been there every time. Liam started with Glowerby Alcohol Service in November and says he drinks
"two or three nights a week now, not every night". Stacey has started the Freedom Programme. Kai's
attendance is 93% this term, but he has been late 11 times, and he still wakes most nights. His bed
broke in December and he sleeps in Stacey's bed.

### Kai's hopes

Ben saw Kai on his own at school on 14/01/2026. Kai said: "I want Dad to stop drinking beer and come to
my football." "I want my bed fixed so I can have my own room back." "I don't want Mum to cry any more."
He scored how happy he is at home at 6 out of 10 ("it was a 2 when Dad lived there") and at Nanna's at
9 out of 10.

His best Saturday, in his words: "I have coco pops and go to football and score. Then I go to Nanna's
and Dad is there and he's not smelly of beer and we make a den. Then Mum gets me and we get chips."

### By the review we want

These were agreed at the conference. Numbers 4 and 5 were added at Liam's and Stacey's request.

1. Kai feels safe at home, sleeps in his own bed through the night, and has fewer nightmares about the
   shouting.
2. Kai sees his dad every week, safely, and his dad is sober every time he sees him.
3. Kai gets to school on time every day and tells an adult at school when he is worried.
4. Liam to get his driving licence back and find a job.
5. Stacey to finish the Freedom Programme.

### What we are still worried about

- Liam is still drinking, and most of the violence at home happened when he had been drinking.
- Kai has seen a lot of shouting and at least one assault, and he still wakes most nights.
- Kai has been late for school 11 times, mostly on Mondays after bad nights.

### The plan

| # | What's going to happen | Who's doing it | By when | We'll know because |
|---|---|---|---|---|
| 1 | Visit Kai at home and see him on his own, at home or at school | Kai's social worker (Ben Aldridge) | Every fortnight until the next review | Visit notes with Kai's own words on the case file within 2 working days |
| 2 | Supervise Kai's Saturday time with his dad at her house, and stop the visit if Liam has been drinking | Nanna | Every Saturday, 1pm to 4pm | Nanna texts Ben after each visit, and Ben reads the contact book every fortnight |
| 3 | Make sure Kai is never left alone with his dad, at home or out | Family | Every day until the next review | No time with Liam outside Nanna's on Ben's records or in Kai's account at visits |
| 4 | Replace Kai's broken bed and mattress and put up a blind in his room |  | By 20/02/2026 | New bed and blind seen by Ben at the next home visit |
| 5 | Check for alcohol in the house and for any sign Liam has been staying | Everyone who visits | At every visit | Written on each agency's visit notes and e-mailed to Ben the same day |
| 6 | Weekly one-to-one sessions with Liam on his drinking, with breath tests, and a report on whether he is making the changes Kai needs | Glowerby Alcohol Service (Dee Watts) | Every Thursday; report 3 working days before each core group | Breath test results and Dee's written report on Ben's file |
| 7 | Freedom Programme sessions at Glowerby Women's Aid | Stacey (Mum) | Tuesdays at 10am, 27/01/2026 to 14/04/2026 | Attendance sheet sent to Ben at the end of each month |
| 8 | Caring Dads programme, on how his drinking and violence have affected Kai | Liam (Dad) | Wednesdays, 6pm to 8pm, 17 weeks from 04/02/2026 | Facilitator's reports to Ben at the mid-point and the end |
| 9 | Check-ins with Kai about how his night was and anything worrying him | Miss Rowe, learning mentor | Monday and Friday mornings, 9am | Check-in notes on CPOMS; Mr Anwar e-mails Ben a summary every fortnight |
| 10 | Four sessions with Kai on sleep and bad dreams, and a sleep diary kept at home | The school nurse (Glowerby School Nursing Team) | Fortnightly from 02/02/2026 | The diary, kept by Stacey and read by the nurse at each session, counts the nights Kai wakes: no more than 2 a week by the review |
| 11 | A place for Kai in the "Little Lions" group for children who have lived with domestic abuse | Glowerby Children's Domestic Abuse Service | Place by 27/02/2026; 8 weekly sessions | Group register and the worker's end-of-group letter to Ben |
| 12 | Ring 999 if Liam comes to the house, and tell Ben the same day | Mum | Every time it happens | Police log number written in the contact book; Ben notes it on file |

### What if things go wrong

- If Liam comes to the house, or turns up anywhere drunk or threatening when Kai is there, Stacey rings
  999. Ben (or the Emergency Duty Team out of hours) holds a strategy discussion with the police the
  same day, and Liam's Saturday time with Kai stops until the core group agrees it can start again.
- If Kai says he has been hurt, or that he has been alone with his dad, school or Stacey rings Ben
  straight away and Ben sees Kai that day.
- If Liam is violent again, or Dee's report says he is drinking more, Kath Simms (team manager) will
  hold a legal planning meeting within 5 working days.

### Meetings

- Core group every six weeks at Gracefield Primary School, 3.45pm: 05/03/2026, 16/04/2026 and
  28/05/2026.
- Next review child protection conference: 16/07/2026 at 10am, Glowerby Town Hall.

Plan shared with Stacey, Liam, Nanna and every agency on 23/01/2026. Ben has read Kai his part.
""",
    "findings": [
        F("F002", "Liam to get his driving licence back and find a job."),
        F("F002", "Stacey to finish the Freedom Programme."),
        F("W001", "Replace Kai's broken bed and mattress and put up a blind"),
        F("W002", "Make sure Kai is never left alone with his dad"),
        F("W002", "Check for alcohol in the house and for any sign"),
        F("C003"),
    ],
})
