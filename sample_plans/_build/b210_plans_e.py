"""Batch 210, module e: seven fictional plans (tuning material), places beginning with "e".

Batch: 210. Letter: e. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, family centres, hospitals, services and councils (Ebblestone,
Edgarsholt, Elmridding, Emberwade, Endlethorpe, Erningham, Eversgrove and
the services named after them). Any resemblance to real people, places or
cases is a coincidence. The labels were written by hand from docs/rules.md
and the conventions in sample_plans/README.md (conventions 1 to 13),
without running planlint or reading its code.

Focus: outcomes and owners said in ordinary words, in unusual places. No
plan has a heading called "Outcomes": what the plan wants for the child is
said as "What we want instead" under each worry, "What will be different
for Kai" in a letter, "We will know Jayden is safer when ..." goals, "The
aim of this part is that ..." sentences opening each theme, the child's own
hoped-for day, and "Success will look like ..." lines closing each part;
and in the faulty plans some of these are only the adults' tasks or the
parents' wishes (F002), and one plan has none at all (O001). Owners are
named as a role ("the family's social worker", "the school nurse"), a team
or service ("Ebblestone Early Help", "the ward staff"), a relative
introduced once and then called by what the family calls them ("Nan",
"Grandad", "Auntie Bev"), "you" and "I" in a letter signed by the social
worker, a lead-in over a list ("Elmridding Family Support will:"), a
passive with its agent ("will be checked by the health visitor"), and two
people together ("Chloe and Nan together", "the HV with the GP"); in the
faulty plans some owners are collective ("we will all", "all agencies",
"the family", "Professionals", "everyone working with the family") and
some actions are passive with no agent. Timescales and checks are present
and clear throughout, so the faults sit mostly in owners and outcomes.

1. Ebblestone (docx, exemplary): an initial conference plan for a
   3-year-old (neglect, the mother's depression, rows with the father at
   the door, the maternal grandmother helping in the mornings), set out
   worry by worry: each worry, then "What we want instead" (the outcome),
   then a Who / What they will do / When / How we'll know table; owners by
   role, team, relative ("Nan") and pair ("Chloe and Nan together"); the
   community mental health team reports on the mother's capacity to
   change.
2. Edgarsholt (pdf, header and footer): a plan letter to the parents of a
   7-year-old after an initial conference (physical abuse: finger-tip
   bruising, the father's temper, the mother's anxiety), "you" both
   parents and "I" the social worker, with "What will be different for
   Kai" as its outcomes and "What you will do / What I will do / What
   other people will do". Faults: a fourth "different for Kai" point only
   about the parents (F002); "We will all" asking Kai about home (W002);
   "All agencies" ringing the same day (W002); the broken bedroom door
   "will be mended" with no one named (W001); Talking Therapies' CBT that
   only treats the mother (H001); and no legal planning anywhere (R002).
3. Elmridding (md, exemplary): a Signs of Safety plan for a 14-month-old
   (the father's cocaine and alcohol use at weekends, a shouting incident
   with the baby in the room, the maternal grandfather helping), with
   "We will know Jayden is safer when ..." goals, each followed by its
   next steps under owner lead-ins ("Elmridding Family Support will:",
   "Grandad will:", "Mum and Dad together will:") and passives with
   their agent; the recovery service reports on the father's capacity to
   change.
4. Emberwade (docx): a review conference plan for a 9-year-old and a
   5-year-old (neglect, the mother's bipolar disorder, the father back
   home, an aunt supervising the grandfather's contact), a table per theme
   opened by "The aim of this part is that ..." sentences. Faults: the aim
   of the "Mum's health" part only about the mother (F002); the aim of
   the "Work and money" part only the father's wish (F002); the window
   restrictor "will be fitted" with no agent (W001); "The family" making
   sure the grandfather is never alone with the children (W002);
   "Professionals" sharing sightings of him (W002); and no fallback if
   the aunt cannot supervise (C003).
5. Endlethorpe (txt): a case-system print of a core group's task list for
   an 8-year-old and a 12-year-old (neglect, the mother's drinking), with
   every task's owner, due date and evidence on dot-leader lines, but no
   outcome for the children anywhere (O001). Further faults: a task whose
   owner is "-" (W001), a passive housing task with no agent (W001),
   "Professionals" and "Family network" as owners (W002 twice), and a
   review conference "to be arranged" (R001).
6. Erningham (pdf, header and footer, exemplary): a review conference
   plan for a 10-year-old and a 6-year-old (the father a sole carer who
   drinks, the paternal aunt helping), whose outcomes are the children's
   own hoped-for days ("A good school day, by Ruby" and "A good day for
   Theo"), then a numbered outline of who does what with owner lead-ins
   ("1 What Dad will do", "3 Erningham Alcohol Service will") and
   "Who / When / How we'll know" lines, a joint item for the school nurse
   with the GP, and the alcohol service reporting on capacity to change.
7. Eversgrove (md): a first review plan for an 11-year-old and an
   8-year-old (neglect, the mother's cannabis use, her partner's temper),
   each part a bullet list closed by "Success will look like ...". Faults:
   two "success" lines that are only about the adults (F002 twice);
   "Professionals" and "Everyone working with the family" owning work
   (W002 twice); a holiday club place "will be found" with no one named
   (W001); the mother's cannabis use with no adult service owning any
   work (F004); a contingency that only meets to review (C002); and
   nothing anywhere about legal planning (R002).

Plans 1, 3 and 6 are exemplary: every action has a named owner (however
it is named), a real timescale and something that can be seen, counted or
read; every outcome, however unusually placed, is about the child; each
contingency has specific triggers and protective responses and says what
happens if a relative's help fails; each records the child's words or
observed day, core group dates and a dated review conference, and a legal
planning meeting after named triggers; an adult service owns work where a
parent is unwell or uses drugs or alcohol, and the one mental health
service (plan 1) is asked to report on the mother's capacity to change.
The four faulty plans hold 26 expected findings between them (6, 6, 6
and 8).

Counting convention used for "actions" (README convention 1): each row of
an action table, each bullet or numbered item of a "what will happen" part
(its Who / When / How we'll know lines belong to it) and each task block of
a case print counts once. Worries, "what we want instead", goals, aims and
"success will look like" lines, the children's words and days, family
details, what is going well, contingencies and meeting dates are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan set out worry by worry: the worry, "What we
#    want instead", then a Who / What they will do / When / How we'll know
#    table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_ebblestone_worry_what_we_want_instead_tables_hughes.docx",
    "doc_title": "Child Protection Plan - Mia Hughes",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-docx-worry-by-worry-each-worry-paragraph-then-what-we-want-instead-outcome-paragraph-then-who-what-they-will-do-when-how-well-know-table-owners-by-role-team-relative-and-pair-then-mias-world-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-year-old girl (neglect): her mother has depression "
        "and stopped her medication, a neighbour found Mia on the pavement in her pyjamas while her "
        "mother slept, she misses nursery and arrives hungry, her speech is behind, and her parents "
        "have rowed at the door. The plan has no Outcomes heading: each of three worries is followed by "
        "'What we want instead' for Mia and a Who / What they will do / When / How we'll know table. "
        "Owners are named as a role ('The family's social worker (Tom Brennan)', 'Mia's key person at "
        "nursery'), a team ('Ebblestone Early Help'), a relative introduced once and then called 'Nan', "
        "a pair ('Chloe and Nan together'), the parents and the health visitor; the community mental "
        "health team's care coordinator reports on the mother's capacity to change and the likely "
        "timescale. Mia's words and day are recorded; the contingency has specific triggers, a fallback "
        "if Nan cannot help and a legal planning meeting after named triggers; core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ebblestone Borough Council, Children's Social Care. Plan agreed at the initial child protection "
              "conference held on 08/01/2026 at Ebblestone Family Centre, chaired by Margaret Holt "
              "(independent reviewing officer)."),
        ("kv", [
            ("Child", "Mia Hughes, born 22/06/2022 (3 years 6 months)"),
            ("Lives with", "Her mum, Chloe Hughes (23), at 14 Carr Lane, Ebblestone EB3 5RT"),
            ("Dad", "Ryan Carter (26), lives in Ebblestone town centre; not at Chloe's address"),
            ("Nan", "Janet Hughes (52), Mia's maternal grandmother, 3 Tanner Row, a five-minute walk from "
                    "Chloe's. In this plan she is called Nan, as Mia calls her."),
            ("Nursery", "Ebblestone Little Owls Nursery, five mornings a week (funded place). Key person: "
                        "Mrs Ellen Shaw. Manager and DSL: Mrs Rita Collins."),
            ("Category", "Neglect"),
            ("Social worker", "Tom Brennan, Assessment and Intervention Team 2 (team manager: Lisa Gaunt)"),
            ("Health visitor", "Anna Price, Ebblestone 0-19 Service"),
            ("Mum's mental health", "Priya Nair, community psychiatric nurse and care coordinator, Ebblestone "
                                    "Community Mental Health Team"),
        ]),
        ("h1", "Why Mia has a child protection plan"),
        ("p", "Chloe has had depression since Mia was born. She stopped taking her sertraline in October 2025 "
              "and has found it very hard to get up in the mornings. On 12/11/2025 at 10.30am a neighbour found "
              "Mia on the pavement outside the house in her pyjamas and a wet nappy; Chloe was asleep and did "
              "not know Mia had gone out. Since September Mia has missed 11 nursery sessions, and on 7 of the "
              "days she came she had not had breakfast and was in the clothes she wore the day before. At 3 "
              "Mia uses only single words and a few two-word phrases, and her 3-year health review has not "
              "happened. On 28/10/2025 the police were called when Ryan, who had been drinking, shouted and "
              "banged on Chloe's door at night; Mia was awake and crying in the hallway."),
        ("h1", "Mia's world: what she says, and what we have seen"),
        ("p", "Mia does not yet say much, so this part is what she has said in her own words and what the "
              "adults who know her have seen. With Tom at nursery on 05/01/2026 she played with the dolls' "
              "house and put the mummy doll in bed: \"Mummy sleeping. Mummy sleeping.\" She put the little "
              "girl doll by the door and said \"Out.\" When Tom asked where she likes to be she said "
              "\"Nanny house\" and \"Dog\" (Nan has a terrier called Pip). Mrs Shaw says Mia eats two bowls of "
              "cereal when she arrives hungry, stays close to her key person all morning, and covers her ears "
              "when other children shout. Nan says Mia sleeps through the night at her house and sings in the "
              "bath. Chloe says Mia \"comes and gets in with me and watches her tablet\" in the mornings."),
        ("h1", "Worry 1: Mia has been left with no adult awake to look after her"),
        ("p", "When Chloe's mood is low she sleeps until late morning and Mia is left on her own. On 12 November "
              "Mia got out of the house and into the street."),
        ("boldp", "What we want instead"),
        ("p", "Mia is always looked after by an adult who is awake and able to care for her, from the time she "
              "wakes up, and she cannot get out of the house on her own."),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.2, 4.0],
            "rows": [
                ["Chloe (Mum)",
                 "Take her sertraline every morning at breakfast time, as her GP has prescribed, so that she is "
                 "up and able to care for Mia from 7.30am",
                 "Every morning from 09/01/2026",
                 "Blister packs kept for Tom to count at each visit; Nan's morning call log (below)"],
                ["Nan (Janet Hughes)",
                 "Ring Chloe at 8am on weekdays and go round if she has not answered by 8.15am, so that Mia is "
                 "never on her own in the morning",
                 "Every weekday at 8am until the review conference",
                 "Nan writes each call and any visit in the notebook by her phone; Tom reads it at each visit"],
                ["Ebblestone Early Help (Dionne Clarke, family practitioner)",
                 "Fit high bolts to the front and back doors and a stair gate, and go through the home safety "
                 "check with Chloe",
                 "By 16/01/2026",
                 "Home safety checklist signed by Chloe and Dionne, copy to Tom; Tom sees the bolts at his next "
                 "visit"],
                ["Priya Nair, care coordinator, Ebblestone Community Mental Health Team",
                 "Review Chloe's depression and medication with her and her psychiatrist, and write to the core "
                 "group on how her mood affects her care of Mia in the mornings, what needs to change, whether "
                 "she can make those changes and how long that is likely to take",
                 "Appointments every two weeks; report by 20/02/2026, updated before the review conference",
                 "Priya's written reports on Tom's file and discussed at each core group"],
                ["The family's social worker (Tom Brennan)",
                 "Visit Mia at home, at least one visit in three unannounced and before 10am, and see Mia on her "
                 "own at nursery once a month",
                 "Every week until the review conference",
                 "Visit records on Mia's file within 2 working days, with what Mia said and did"],
            ],
        }),
        ("h1", "Worry 2: Mia is missing nursery, often hungry, and her talking is behind"),
        ("p", "Mia has missed 11 sessions since September, often arrives without breakfast and in yesterday's "
              "clothes, and her 3-year review has not been done."),
        ("boldp", "What we want instead"),
        ("p", "By the review conference Mia gets to nursery every morning she is booked, on time, fed and in "
              "clean clothes, and she is starting to use short sentences that people outside her family can "
              "understand."),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.2, 4.0],
            "rows": [
                ["Chloe and Nan together",
                 "Get Mia to nursery for 9am with breakfast eaten and clean clothes on: Chloe on Mondays, "
                 "Wednesdays and Fridays, Nan on Tuesdays and Thursdays",
                 "Every nursery morning from 12/01/2026",
                 "Nursery register shows 95% attendance or more each half term; the daily sheet (below) shows "
                 "whether Mia had eaten"],
                ["Mia's key person at nursery (Mrs Ellen Shaw)",
                 "Check Mia when she arrives and note whether she has eaten, her clothes and any marks, and "
                 "give her breakfast at nursery if she has not eaten",
                 "Every nursery morning",
                 "Daily sheet, e-mailed to Tom every Friday"],
                ["Mrs Rita Collins, nursery manager and DSL",
                 "Ring Chloe if Mia is not in by 9.30am, and ring Tom if Chloe has not answered by 10am",
                 "Every nursery morning",
                 "First-day call log, sent to Tom with the daily sheet every Friday"],
                ["The health visitor (Anna Price)",
                 "Do Mia's overdue 3-year development review at home, and refer her to Ebblestone Children's "
                 "Speech and Language Therapy if her talking is still behind",
                 "Review by 30/01/2026; any referral within 5 working days of the review",
                 "Review record with Mia's ASQ-3 scores, and a copy of the referral, on Tom's file"],
                ["Chloe (Mum)",
                 "Do ten minutes of 'Chat, Play, Read' with Mia at bedtime, with the picture books and games "
                 "Anna brings",
                 "Every evening from 02/02/2026",
                 "Chloe ticks the chart on the fridge; Anna counts the new words on Mia's word list at her "
                 "visits every four weeks"],
            ],
        }),
        ("h1", "Worry 3: Mia has seen and heard her mum and dad shouting at the door"),
        ("p", "On 28 October Ryan shouted and banged on the door at night after drinking, and the police came. "
              "Mia was in the hallway, crying."),
        ("boldp", "What we want instead"),
        ("p", "Mia sees her dad every week, safely, and does not see or hear the adults around her shouting "
              "or fighting."),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.2, 4.0],
            "rows": [
                ["Ryan (Dad)",
                 "See Mia at Ebblestone Family Centre, not at Chloe's house, and come sober",
                 "Every Saturday, 10am to 12 noon, from 10/01/2026",
                 "Family centre contact records, read by Tom each week; any contact ended early is recorded "
                 "with the reason"],
                ["Ryan (Dad)",
                 "Go to the Ebblestone 'Caring Dads' programme for fathers",
                 "17 Tuesday evening sessions from 20/01/2026",
                 "Attendance record and the facilitator's end-of-programme report to Tom"],
                ["Tom Brennan (SW)",
                 "Three sessions of play-based direct work with Mia at nursery, using the 'house of worries' "
                 "pack, to hear how she feels about Mummy, Daddy and Nan",
                 "15/01/2026, 22/01/2026 and 29/01/2026",
                 "Mia's drawings and words written up on her file and shared at the first core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chloe is found asleep or cannot be woken while she is looking after Mia, or Mia is found "
            "outside on her own, whoever finds this rings Tom (or the Emergency Duty Team out of hours) "
            "straight away. Mia goes to Nan's that day, and Tom visits the same day.",
            "If Nan is ill, away or cannot do her morning calls or her nursery mornings, she tells Tom the "
            "day before if she can. Chloe's aunt, Sue Hughes (agreed with Tom on 06/01/2026), takes over the "
            "calls and the nursery mornings; if Sue cannot, Dionne from Ebblestone Early Help does the 8am "
            "call and takes Mia to nursery.",
            "If Mia cannot stay safely with Chloe and neither Nan nor Sue can have her, Tom or the Emergency "
            "Duty Team arranges an emergency foster placement that day.",
            "If Ryan comes to Chloe's house, or turns up at contact having drunk, Chloe rings 999 if anyone is "
            "in danger; the family centre ends that contact, and contact stops until Tom has seen Ryan.",
            "If Mia is found outside on her own again, or Chloe stops her medication and misses two CMHT "
            "appointments in a row before the review conference, Lisa Gaunt (team manager) will hold a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Ebblestone Family Centre, Thursdays at 1.30pm: 22/01/2026, "
            "19/02/2026 and 19/03/2026.",
            "Review child protection conference: 02/04/2026 at 10am, Ebblestone Family Centre.",
        ]),
        ("p", "Plan sent to Chloe, Ryan, Nan and every agency on 09/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan letter to both parents after an initial conference: "you" both
#    parents, "I" the social worker, "What will be different for Kai" as the
#    outcomes, then what you / I / other people will do. Header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_edgarsholt_plan_letter_different_for_kai_walsh.pdf",
    "doc_title": "Letter to Kayleigh and Dean Walsh - Kai's child protection plan",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Edgarsholt Council Children's Services · Kai Walsh",
    "footer": "Letter to Kayleigh and Dean Walsh, 16/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "plan-letter-to-both-parents-after-icpc-paged-header-footer-address-block-i-is-the-social-worker-you-is-both-parents-why-kai-has-a-plan-what-kai-told-us-what-will-be-different-for-kai-numbered-then-what-you-will-do-what-i-will-do-what-other-people-will-do-other-things-bullets-if-things-go-wrong-meetings-signature",
    "description": (
        "Plan letter from the social worker to both parents of a 7-year-old boy after his initial "
        "conference (physical abuse: finger-tip bruising to his upper arm after his father grabbed him, "
        "a bedroom door kicked in during a row, the father's temper, the mother's anxiety and panic "
        "attacks). 'I' is the social worker and 'you' both parents, as the letter says. The outcomes are "
        "'What will be different for Kai', and the plan is bullets under 'What you will do', 'What I "
        "will do', 'What other people will do' and 'Other things that need to happen'. Faults: the "
        "fourth 'different for Kai' point is only about the parents' anger and confidence (F002); 'We "
        "will all make sure Kai is asked ...' has no one owner (W002); 'All agencies' ring the same day "
        "(W002); the broken bedroom door 'will be mended' with no one named (W001); Talking Therapies' "
        "six CBT sessions only treat the mother, with attendance as the check (H001); and nothing "
        "anywhere says legal planning follows if things do not change (R002)."
    ),
    "blocks": [
        ("pl", "Edgarsholt Council Children's Services"),
        ("pl", "Family Safeguarding Team 3, Edgarsholt Civic Offices, Market Street, Edgarsholt EG1 2AB"),
        ("pl", "Telephone 01632 960 418"),
        ("p", ""),
        ("pl", "Kayleigh and Dean Walsh"),
        ("pl", "27 Birch Grove"),
        ("pl", "Edgarsholt EG4 7LN"),
        ("pr", "16 January 2026"),
        ("p", ""),
        ("p", "Dear Kayleigh and Dean,"),
        ("boldp", "Kai's child protection plan"),
        ("p", "Thank you both for coming to Kai's child protection conference on 13/01/2026. I know it was a "
              "hard morning, and you both listened and said what you thought. This letter sets out the plan "
              "the conference agreed. In this letter \"I\" means me, Sophie Marsh, Kai's social worker, and "
              "\"you\" means both of you, unless I say which one of you."),
        ("boldp", "Why Kai has a plan"),
        ("p", "On 02/12/2025 Kai's teacher saw four small round bruises on the top of his left arm. Kai told "
              "her, \"Dad grabbed me because I was being naughty and I wouldn't go up.\" Dean told me he "
              "grabbed Kai to stop him running off and did not mean to hurt him. On the same night a neighbour "
              "heard shouting, and Kai's bedroom door was kicked in. Kayleigh has told me she gets anxious and "
              "has panic attacks, and that she has found it hard to stand up to Dean when he is angry. The "
              "conference decided that Kai needs a child protection plan under the category of physical "
              "abuse."),
        ("boldp", "What Kai told us"),
        ("p", "I saw Kai on his own at school on 09/01/2026. He drew his house and put himself in the garden "
              "\"because it's quiet there\". He said: \"I love Dad but he goes red and loud.\" \"Mum cries in "
              "the bathroom.\" \"I want my door back, I can't sleep with it like that.\" He scored how happy he "
              "is at home at 5 out of 10, and said it would be a 10 \"if nobody shouted and we went to the "
              "park on Sundays again\". His teacher, Mrs Pike, says Kai hides under the table when he gets "
              "something wrong in class."),
        ("boldp", "What will be different for Kai"),
        ("p", "By the review conference in April, this is what everyone at the conference wants to see:"),
        ("numbers", [
            "Kai is not hurt by anyone at home, and is never smacked, grabbed or shaken when he is told off.",
            "Kai can tell a grown-up he trusts how things are at home, and what he says is listened to.",
            "Kai is calmer in class and stops hiding under the table when he gets something wrong.",
            "Dean can manage his anger without shouting, and Kayleigh feels confident and less anxious.",
        ]),
        ("boldp", "What you will do"),
        ("bullets", [
            "Dean, you will go to the Edgarsholt 'Respect at Home' programme for fathers: twelve Thursday "
            "evening sessions starting on 22/01/2026. The group leader will send me your attendance after "
            "each session and a written report at the end.",
            "You will both sit down with Hannah (see below) and agree a calm plan for telling Kai off (no "
            "smacking, grabbing or shouting; time out on the bottom stair for five minutes), and put it on "
            "the fridge by 30/01/2026. I will look at it at my next visit and ask Kai how it is working.",
            "From today (16/01/2026), you will both make sure nobody smacks, grabs or shakes Kai. I will ask Kai on his "
            "own every week how he has been told off, and write down what he says.",
        ]),
        ("boldp", "What I will do"),
        ("bullets", [
            "I will visit Kai at home every week until the review conference and see him on his own at least "
            "every two weeks, at home or at school. My visit notes will be on his file within two working "
            "days.",
            "I will do three 'Three Houses' sessions with Kai at school, on 21/01/2026, 28/01/2026 and "
            "04/02/2026, and show you and the core group his drawings and what he says.",
        ]),
        ("boldp", "What other people will do"),
        ("bullets", [
            "Hannah Doyle, family support worker at Edgarsholt Family Hub, will come to your home every "
            "Tuesday at 4pm for eight weeks from 20/01/2026 to help with Kai's routines and the calm plan. "
            "She will score the family routines checklist with you in weeks 1, 4 and 8 and send me the "
            "scores.",
            "Kai's school, Edgarsholt Park Primary, will give him time with his learning mentor, Miss Fern "
            "Ali, every Monday and Thursday at 9am. Miss Ali will record anything Kai says about home on the "
            "school's safeguarding system and send me a summary every Friday.",
            "The school nurse, Mrs Lorna Baxter, will see Kai at school by 13/02/2026 to check his growth, "
            "sleep and general health, and send you and me her written report.",
            "Edgarsholt Talking Therapies will offer Kayleigh six weekly sessions of CBT for her anxiety and "
            "panic attacks from 23/01/2026. Her therapist will write to me after the last session to say how "
            "many she went to.",
            "We will all make sure Kai is asked how things are at home at least once a week, and write down "
            "what he says in our own records.",
            "All agencies will tell me the same day if Kai has a mark or a bruise or says he has been hurt, "
            "and send a written referral within 24 hours.",
        ]),
        ("boldp", "Other things that need to happen"),
        ("bullets", [
            "Kai's bedroom door, which was broken on 02/12/2025, will be mended by 06/02/2026. The mended door "
            "will be checked at the first home visit after that date.",
        ]),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Kai is hurt again, or tells anyone he has been smacked, grabbed or shaken, I (or the Emergency "
            "Duty Team out of hours) will hold a strategy discussion with the police that day. Kai will stay "
            "with his grandma, Sandra Walsh, at 8 Moor View, until it is safe for him to come home. If Sandra "
            "cannot have him, Kai will go to foster carers that day.",
            "If Dean loses his temper and Kayleigh or Kai are frightened, Kayleigh will ring 999 and then me "
            "(or the Emergency Duty Team), and Dean will stay at his brother's until I have seen you both.",
        ]),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Edgarsholt Park Primary, Tuesdays at 3.45pm: 27/01/2026, "
            "24/02/2026 and 24/03/2026. You are both part of the core group.",
            "Review child protection conference: 09/04/2026 at 1.30pm, Edgarsholt Civic Offices.",
        ]),
        ("p", "If anything in this letter is not clear, or you do not agree with something, please ring me. "
              "You can also talk to the conference chair, Mr Raj Bhatt, on 01632 960 400."),
        ("p", "Yours sincerely,"),
        ("pl", "Sophie Marsh"),
        ("pl", "Social worker, Family Safeguarding Team 3 (team manager: Gillian Rowe)"),
        ("p", "Copies to: Edgarsholt Park Primary; Edgarsholt Family Hub; the school nurse; Edgarsholt Talking "
              "Therapies; Dr Amir Khan (GP, Edgarsholt Medical Practice); Mr Raj Bhatt (chair)."),
    ],
    "findings": [
        F("F002", "Dean can manage his anger without shouting, and Kayleigh feels confident and less anxious."),
        F("W002", "make sure Kai is asked how things are at home"),
        F("W002", "All agencies will tell me the same day"),
        F("W001", "Kai's bedroom door, which was broken on 02/12/2025"),
        F("H001", "will offer Kayleigh six weekly sessions of CBT"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety plan: "We will know Jayden is safer when ..." goals,
#    each followed by its next steps under owner lead-ins, and passives
#    with their agent. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_elmridding_sos_we_will_know_safer_when_lead_ins_fenwick.md",
    "split": "tune",
    "actions": 13,
    "template": "signs-of-safety-cp-plan-md-details-table-danger-statement-whats-working-well-scaling-jaydens-day-observed-then-we-will-know-jayden-is-safer-when-goals-each-followed-by-next-steps-under-owner-lead-ins-x-will-and-passives-with-agent-then-if-the-plan-is-not-keeping-jayden-safe-meetings",
    "description": (
        "Exemplary Signs of Safety child protection plan for a 14-month-old boy (emotional abuse): his "
        "father uses cocaine and drinks heavily at weekends, and on 20/12/2025 threw a plate that "
        "smashed by the baby's high chair; his 12-month jabs are overdue. There is no Outcomes heading: "
        "three goals each begin 'We will know Jayden is safer when ...', and each is followed by its "
        "next steps under owner lead-ins ('Jordan will:', 'Elmridding Recovery Service will:', 'Mum and "
        "Dad together will:', 'Grandad will:', 'Elmridding Family Support will:', 'Nadia (social "
        "worker) will:'), with a passive that names its agent ('will be checked by the health visitor, "
        "Grace Ellis'). The recovery service reports on the father's capacity to change and the likely "
        "timescale; Jayden's day is observed; the contingency has specific triggers, a fallback if "
        "Grandad cannot come and a legal planning meeting after named triggers; core group and review "
        "dates are set."
    ),
    "text": """\
# Elmridding Council - Children and Families Service

## Jayden's safety plan (child protection plan)

Agreed at the initial child protection conference on 07/01/2026, chaired by Helen Ashby (conference chair),
and written up with Leah and Jordan on 09/01/2026. Elmridding works with Signs of Safety, so the plan is set
out as our worries, what is working well, and the goals we are working towards, each with its next steps.

| Details | |
|---|---|
| **Child** | Jayden Fenwick, born 18/11/2024 (14 months) |
| **Address** | 22 Lark Rise, Elmridding EL5 3DW |
| **Mum** | Leah Fenwick (21) |
| **Dad** | Jordan Mills (24), lives with Leah and Jayden |
| **Grandad** | Tony Rudd (55), Leah's dad, 6 Fold Lane, Elmridding, ten minutes' drive away. Called "Grandad" in this plan. |
| **Category** | Emotional abuse |
| **Social worker** | Nadia Rahman, Children and Families Team East (team manager: Chris Dunn) |
| **Health visitor** | Grace Ellis, Elmridding Health Visiting Service |
| **Recovery worker** | Marcus Bell, Elmridding Recovery Service (drugs and alcohol) |
| **Family support worker** | Kerry Dawson, Elmridding Family Support |
| **GP** | Dr Helen Shah, Elm Tree Surgery |

### What we are worried about (danger statement)

Children's services, the police and the health visitor are worried that when Jordan has been drinking and
using cocaine he gets angry and loud, and that Jayden could be hurt by things thrown or broken, and frightened
by the shouting. On 20/12/2025 Jordan came home at 1am after drinking and using cocaine, shouted at Leah and
threw a plate, which smashed on the floor next to Jayden's high chair. Leah took Jayden to Grandad's and rang
the police. Jordan has told Nadia he uses cocaine "most weekends" and drinks eight to ten cans on a Friday and
Saturday. Jayden's 12-month immunisations are overdue, and Leah has missed two health visitor appointments.

### What is working well

- Leah protected Jayden on 20/12/2025: she took him to Grandad's and rang the police.
- Jordan has not used or drunk at home since Christmas, says Leah, and he agreed to see the recovery service.
- Jayden is a happy, chatty baby who is walking holding on to furniture; he is on the 50th centile for weight.
- Grandad sees Jayden every week and Leah trusts him completely.

### Scaling

On a scale where 0 means Jayden cannot stay at home and 10 means everyone is sure he is safe enough for the
plan to end: Leah said 7, Jordan 8, Grandad 6, Nadia 4, Grace 5. Nadia said it would go up to 6 when Jordan
has a month of clear tests.

### Jayden's day (what the adults who know him see)

Jayden is too young to tell us in words, so this is what the people who know him see. He wakes at about 7am
and stands up in his cot calling "Ma-ma". At Nadia's visit on 05/01/2026 he crawled to Leah for a cuddle when
the doorbell rang, and went quiet and stared when Jordan raised his voice at the TV, until Leah picked him up.
Grace saw him feed himself toast and banana, and babble and point at his books. At Grandad's he "runs the
show", Grandad says: he pulls himself up on the sofa to look at the fish tank and naps well in the afternoon.
Leah says he cries when the front door bangs.

### Goal 1

**We will know Jayden is safer when he is only ever looked after by adults who are sober and not using
drugs, every day and every weekend, and Jordan has shown this with clear tests for three months.**

Next steps:

Jordan will:
1. Go to his appointments with Marcus Bell at Elmridding Recovery Service every Wednesday at 2pm from
   14/01/2026, and give a saliva drug test and a breath test at each one, so that he is sober whenever he is
   with Jayden. The results go to Nadia every two weeks.
2. Not look after Jayden on his own from Friday 6pm to Monday 9am until the review conference, and not at any
   time if he has had a drink or used. Leah or Grandad writes who looked after Jayden each weekend in the
   weekend book, which Nadia reads every Monday.

Elmridding Recovery Service will:
3. Assess Jordan's cocaine and alcohol use by 30/01/2026, and write to the core group before each meeting
   with his test results, whether he is making the changes Jayden needs, and how long those changes are
   likely to take (key worker: Marcus Bell).

### Goal 2

**We will know Jayden is safer when he does not see or hear adults shouting, throwing things or fighting,
and the adults around him know exactly what to do if Jordan comes home drunk or high.**

Next steps:

Mum and Dad together will:
4. Write their own family safety plan with Nadia by 28/01/2026: where Jayden goes, who Leah rings, and the
   rule that Jordan goes to his brother Kyle's if he comes home after drinking or using. A copy signed by both
   goes on the fridge and on Jayden's file.

Jordan will:
5. Go to the twelve-week Elmridding "Changing Patterns" course for men who have been abusive at home, on
   Monday evenings from 19/01/2026. The course worker sends Nadia a progress report at weeks 6 and 12.

Leah will:
6. Meet Amira Khan, outreach worker at Elmridding Domestic Abuse Service, every two weeks from 21/01/2026
   for the "Freedom" sessions, and plan with her how she keeps herself and Jayden safe. Amira sends Nadia a
   short note after each session with any change to Leah's safety plan.

Grandad will:
7. Be Leah's first call if Jordan comes home drunk or high: collect Leah and Jayden within 30 minutes, day or
   night, and ring Nadia (or the Emergency Duty Team) the next morning. Each call-out is written in the
   weekend book and on Jayden's file.

### Goal 3

**We will know Jayden is safer when he is up to date with his health checks and jabs, keeps growing well,
and has a calm, predictable day with people who love him.**

Next steps:

8. Jayden's weight and development will be checked by the health visitor, Grace Ellis, at Elmridding
   Children's Centre clinic every two weeks until the review conference, and recorded in his red book and
   on his health record, with an ASQ-3 at the first visit in March.
9. Leah will take Jayden for his overdue 12-month immunisations at Elm Tree Surgery by 06/02/2026. The
   practice nurse records them in the red book, and Grace checks it at the next clinic.

Grandad will:
10. Have Jayden at his house every Saturday from 10am to 4pm until the review conference, so that Jayden has
    a calm day every weekend. Grandad texts Nadia when Jayden arrives and when he is back home.

Elmridding Family Support will:
11. Visit Leah and Jayden at home every Thursday at 10am for ten weeks from 15/01/2026 to work on Jayden's
    routine, play and mealtimes (family support worker: Kerry Dawson). Kerry fills in Jayden's routine chart
    each week and scores it with Leah in weeks 1, 5 and 10, and sends the scores to Nadia.

Nadia (social worker) will:
12. See Jayden at home every week until the review conference, with one weekend visit in four (a Saturday or
    Sunday morning), and see Leah and Jordan each on their own at least once a month. Visit notes go on
    Jayden's file within two working days, with what Jayden was seen doing.
13. Hold a family network meeting with Leah, Jordan, Grandad and Kyle Mills by 04/02/2026 to agree who else
    can be part of Jayden's safety network. The notes and the list of the network go to the next core group.

### If the plan is not keeping Jayden safe

- If Jordan comes home drunk or high, or there is shouting or anything thrown while Jayden is there, Leah
  rings Grandad, who collects her and Jayden within 30 minutes, and she rings 999 if anyone is in danger.
  Jordan stays at Kyle's until Nadia has held a safety meeting with Leah and Jordan, within 2 working days.
- If Grandad cannot come, or is away, Leah rings 999 if anyone is in danger and then the Emergency Duty
  Team, who find Leah and Jayden a place at Elmridding Women's Refuge that night. If Grandad cannot have
  Jayden on a Saturday, Jayden stays with Leah and Jordan does not look after him that weekend.
- If a test shows Jordan has used cocaine, Marcus tells Nadia the same day, and Jordan does not care for
  Jayden at all until he has had two clear tests in a row.
- If Jordan has two positive tests for cocaine before the review conference, or Jayden is at home during
  another incident, Chris Dunn (team manager) will hold a legal planning meeting within 5 working days.

### Meetings

- Core group every four weeks at Elmridding Children's Centre, Thursdays at 1pm: 22/01/2026, 19/02/2026 and
  19/03/2026.
- Review child protection conference: 01/04/2026 at 10am, Elmridding Town Hall.

Plan sent to Leah, Jordan, Grandad and every agency on 09/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan with a table per theme, each opened by "The aim
#    of this part is that ...", owners written into the action text.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_emberwade_rcpc_aim_of_this_part_theme_tables_grant.docx",
    "doc_title": "Review Child Protection Plan - Poppy and Alfie Grant",
    "split": "tune",
    "actions": 15,
    "template": "rcpc-plan-docx-summary-kv-progress-since-icpc-what-poppy-and-alfie-told-us-then-five-parts-each-opened-by-the-aim-of-this-part-is-that-sentence-then-what-will-happen-and-who-will-do-it-when-how-we-will-know-table-owner-inside-action-text-then-contingency-meetings",
    "description": (
        "First review conference plan for a 9-year-old girl and a 5-year-old boy (neglect): their "
        "mother has bipolar disorder and relapsed in the autumn, their father came back home in "
        "November, the house is cluttered and the bedroom window opens onto a flat roof, and their "
        "paternal grandfather, who has a conviction for assaulting a child, sees them only under their "
        "aunt's supervision. There is no Outcomes heading: each of five parts opens with 'The aim of "
        "this part is that ...' over a three-column table whose first column holds the work and who "
        "will do it. Faults: the aim of 'Mum's health' is only about the mother (F002); the aim of "
        "'Work and money' is only the father's wish (F002); 'A window restrictor will be fitted' with "
        "no one named (W001); 'The family will make sure Ken is never alone ...' (W002); "
        "'Professionals will tell Rachel ...' (W002); and the contingency says nothing about what "
        "happens if the aunt cannot supervise (C003). The care coordinator reports on the mother's "
        "capacity to change; legal planning follows named triggers."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Emberwade Metropolitan Borough Council, Children's Services. First review child protection "
              "conference held on 14/01/2026 at Emberwade Civic Centre, chaired by Yvonne Pryce (independent "
              "chair). The children remain subject to child protection plans under the category of neglect."),
        ("kv", [
            ("Children", "Poppy Grant, born 02/03/2016 (9), Year 5, Emberwade Juniors; Alfie Grant, born "
                         "19/07/2020 (5), Reception, Emberwade Infants"),
            ("Address", "41 Kestrel Way, Emberwade EM2 8QS"),
            ("Mum", "Natalie Grant (34). Bipolar disorder; under Emberwade Community Mental Health Team "
                    "(care coordinator Gary Hunt)"),
            ("Dad", "Lee Grant (36). Moved back home in November 2025. Lost his driving licence in 2024 and "
                    "has been out of work since."),
            ("Auntie Claire", "Claire Grant (31), Lee's sister, 9 Mill Street, Emberwade"),
            ("Grandad Ken", "Ken Grant (63), Lee's father. Convicted in 2019 of assaulting a 7-year-old child; "
                            "he must not be alone with Poppy or Alfie"),
            ("Social worker", "Rachel Osei, Safeguarding and Support Team 2 (team manager: Martin Cole)"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Natalie was admitted to Emberwade General Hospital's Willow Ward for three weeks in September "
              "2025 after a manic episode, and is now well and back on lithium. Lee moved back in and has got "
              "the children to school most days: Poppy's attendance is up from 81% to 93% and Alfie's from "
              "78% to 90%. The house is still very cluttered, both children share a mattress in the back "
              "bedroom, and the window in that room opens onto the flat kitchen roof. Rent arrears are "
              "£1,840. Grandad Ken's Sunday visits have happened at Claire's with Claire present since "
              "October, and Claire's log shows no concerns."),
        ("h1", "What Poppy and Alfie told us"),
        ("p", "Rachel saw Poppy on her own at school on 08/01/2026. Poppy said: \"It's better now Dad's back, he "
              "does packed lunches.\" \"When Mum was poorly she didn't sleep and talked really fast and I "
              "looked after Alfie.\" \"I want my own bed. Alfie kicks.\" She likes Sundays at Auntie Claire's "
              "\"because she does roast\". Alfie showed Rachel his reading book and said \"Grandad Ken does "
              "silly voices.\" He said the best thing is \"Daddy walks me to school\"."),
        ("h1", "Part 1: Home"),
        ("p", "The aim of this part is that Poppy and Alfie live in a home that is clean, warm and safe, and each "
              "has their own bed and a space to play."),
        ("table", {
            "header": ["What will happen, and who will do it", "When", "How we will know"],
            "widths": [8.6, 3.6, 4.8],
            "rows": [
                ["Lee and Natalie will clear the bags and boxes from the hallway and the back bedroom so that "
                 "each child has their own bed and room to play",
                 "By 13/02/2026",
                 "Rachel sees the rooms at her visit that week; photos on the file"],
                ["A window restrictor will be fitted to the children's bedroom window, which opens onto the "
                 "flat kitchen roof",
                 "By 30/01/2026",
                 "Restrictor seen working at the next home visit"],
                ["Rachel Osei, the children's social worker, will visit at home and see Poppy and Alfie each "
                 "on their own, one visit in three unannounced",
                 "Every week until the next review conference",
                 "Visit records on file within 2 working days, with the children's words"],
                ["Emberwade Family Hub (Donna Reid, family support worker) will work with Lee and Natalie on a "
                 "cleaning, laundry and bedtime routine",
                 "Tuesdays and Fridays at 9.30am for eight weeks from 20/01/2026",
                 "Home conditions checklist scored at the first and last session of each month, copies to "
                 "Rachel"],
            ],
        }),
        ("h1", "Part 2: Mum's health"),
        ("p", "The aim of this part is that Natalie's mood stays stable, she keeps taking her lithium and she "
              "goes to every appointment."),
        ("table", {
            "header": ["What will happen, and who will do it", "When", "How we will know"],
            "widths": [8.6, 3.6, 4.8],
            "rows": [
                ["Natalie will take her lithium as prescribed and have her lithium blood level checked at Elm "
                 "Road Surgery",
                 "Every day; blood test every 12 weeks, next due 03/02/2026",
                 "Lithium level results sent by the GP to Rachel"],
                ["Natalie's care coordinator, Gary Hunt (Emberwade Community Mental Health Team), will review "
                 "her mental state and relapse signs with her and her psychiatrist, and report on how her health "
                 "affects her care of Poppy and Alfie, whether she can make the changes they need, and how "
                 "long that is likely to take",
                 "Every two weeks; written report before each core group",
                 "Gary's written reports on Rachel's file and discussed at the core group"],
                ["Natalie and Lee will write a relapse plan with Gary, saying who looks after the children if "
                 "Natalie becomes unwell, and give copies to both schools",
                 "By 27/02/2026",
                 "Signed relapse plan on file; both schools confirm in writing that they have it"],
            ],
        }),
        ("h1", "Part 3: Grandad Ken's visits"),
        ("p", "The aim of this part is that Poppy and Alfie can see Grandad Ken, but only ever with a safe adult "
              "with them the whole time."),
        ("table", {
            "header": ["What will happen, and who will do it", "When", "How we will know"],
            "widths": [8.6, 3.6, 4.8],
            "rows": [
                ["Auntie Claire will supervise Grandad Ken's visits with the children at her house and stay in "
                 "the same room as them the whole time",
                 "Every other Sunday, 1pm to 4pm",
                 "Claire's contact log, signed after each visit and read by Rachel"],
                ["The family will make sure Ken is never alone with Poppy or Alfie, at home, at Claire's or "
                 "anywhere else",
                 "At all times, from 14/01/2026",
                 "Rachel asks Poppy and Alfie at every visit; Claire's contact log"],
                ["Professionals will tell Rachel the same day if they see Ken with either child without Claire "
                 "there",
                 "The same day as any sighting",
                 "Sighting recorded on the agency's own system and e-mailed to Rachel"],
            ],
        }),
        ("h1", "Part 4: Work and money"),
        ("p", "The aim of this part is that Lee gets his driving licence back and is in paid work by the summer, "
              "and Lee and Natalie clear their rent arrears."),
        ("table", {
            "header": ["What will happen, and who will do it", "When", "How we will know"],
            "widths": [8.6, 3.6, 4.8],
            "rows": [
                ["Lee will meet his work coach at Emberwade Jobcentre and apply for at least three jobs a week",
                 "Every other Monday from 19/01/2026",
                 "Work coach's record of applications, seen by Rachel each month"],
                ["Emberwade Citizens Advice (Faye Lowe, money adviser) will go through the debts with Lee and "
                 "Natalie and agree a payment plan for the rent arrears with Emberwade Homes",
                 "First appointment by 30/01/2026; payment plan in place by 27/02/2026",
                 "Payment plan letter and rent statement seen by Rachel"],
            ],
        }),
        ("h1", "Part 5: Poppy and Alfie at school"),
        ("p", "The aim of this part is that Poppy and Alfie are in school every day and on time, and each has an "
              "adult there they can talk to."),
        ("table", {
            "header": ["What will happen, and who will do it", "When", "How we will know"],
            "widths": [8.6, 3.6, 4.8],
            "rows": [
                ["Poppy's class teacher, Mr Jonah Abbott, will have a check-in with Poppy and pass anything she "
                 "says about home to the DSL the same day",
                 "Every Monday at 8.45am",
                 "Check-in notes on CPOMS; summary to Rachel every Friday"],
                ["Mrs Sian Kelly, DSL at Emberwade Infants, will ring home if Alfie is not in by 9.15am, and "
                 "ring Rachel if no one answers by 10am",
                 "Every school day",
                 "Call log and attendance figures to each core group"],
                ["The school nurse, Jane Kirby, will see Poppy and Natalie about Poppy's bedwetting and refer "
                 "her to the Emberwade enuresis clinic if she needs it",
                 "By 20/02/2026",
                 "School nurse's letter with her advice and any referral, on file"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Natalie shows her relapse signs (not sleeping, spending, talking very fast), Lee rings the "
            "CMHT duty line that day and Gary sees her within 48 hours; Lee looks after the children and "
            "takes them to school. If Lee cannot care for them, the children go to their maternal "
            "grandmother, Pauline Hollis, at 17 Orchard Close, and Rachel visits them there the same day.",
            "If Poppy or Alfie say that Grandad Ken has hurt or frightened them, whoever hears it rings the "
            "police and Rachel; Rachel (or the Emergency Duty Team) holds a strategy discussion with the police "
            "the same day, and Ken's visits stop until that discussion has decided what happens next.",
            "If Natalie is admitted to hospital and Lee cannot care for the children, or either child says Ken "
            "has hurt them, Martin Cole (team manager) will hold a legal planning meeting within 5 working "
            "days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Emberwade Juniors, Wednesdays at 3.30pm: 04/02/2026, 04/03/2026, "
            "01/04/2026, 29/04/2026, 27/05/2026 and 24/06/2026.",
            "Second review child protection conference: 08/07/2026 at 10am, Emberwade Civic Centre.",
        ]),
        ("p", "Plan sent to Natalie, Lee, Claire and every agency on 16/01/2026."),
    ],
    "findings": [
        F("F002", "Natalie's mood stays stable, she keeps taking her lithium"),
        F("F002", "Lee gets his driving licence back and is in paid work"),
        F("W001", "A window restrictor will be fitted to the children's bedroom window"),
        F("W002", "The family will make sure Ken is never alone"),
        F("W002", "Professionals will tell Rachel the same day if they see Ken"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system print of a core group's task list: every task's owner, due
#    date and evidence on dot-leader lines, and no outcome for the children
#    anywhere. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_endlethorpe_carefile_task_print_no_outcomes_marsh.txt",
    "split": "tune",
    "actions": 12,
    "template": "case-system-print-txt-carefile-core-group-2-record-dot-leader-fields-case-household-reason-childrens-views-parents-views-plan-outcomes-field-empty-then-task-n-of-12-blocks-description-responsible-due-evidence-status-then-contingency-and-meeting-fields",
    "description": (
        "Case-system print of the task list agreed at the second core group for an 8-year-old girl and a "
        "12-year-old boy (neglect): their mother is dependent on alcohol, the boy does much of the "
        "caring, and the maternal grandmother collects the girl twice a week. Each task is a block of "
        "dot-leader lines (Description / Responsible / Due / Evidence / Status); times and evidence are "
        "clear throughout, and the alcohol service reports on the mother's capacity to change. Faults: "
        "the system's 'Outcomes for the child(ren)' field is empty and no outcome for the children is "
        "stated anywhere (O001); the dental task's Responsible field is '-' (W001); the damp and "
        "window repair is written as a passive with no one responsible (W001); 'Professionals' tell the "
        "social worker of signs of drinking (W002); 'Family network' makes sure the mother is never the "
        "only adult after a drink (W002); and the review conference is 'To be arranged' (R001)."
    ),
    "text": """\
================================================================================
ENDLETHORPE COUNCIL  -  CAREFILE                          PRINTED 22/01/2026 14:07
Child Protection Plan  -  Core Group Record                 Printed by: K.HALL
================================================================================
OFFICIAL - SENSITIVE

CASE DETAILS
  Case reference ................ CF-2025-118734
  Children ...................... Ella MARSH, born 04/09/2017 (8), Year 4,
                                  Endlethorpe St Luke's CE Primary
                                  Connor MARSH, born 21/05/2013 (12), Year 8,
                                  Endlethorpe Academy
  Address ....................... 9 Coopers Row, Endlethorpe EN6 2JT
  Category ...................... Neglect (both children)
  Plan start .................... 18/12/2025 (initial conference)
  Meeting ....................... Core group 2, 20/01/2026, Endlethorpe
                                  Family Centre
  Social worker ................. Kirsty Hall (SW), Children's Safeguarding
                                  Team North (team manager: David Lowe)

HOUSEHOLD
  Donna MARSH (38) .............. Mother. Dependent on alcohol; drinks vodka
                                  most days from late morning (her own account
                                  to the GP, 11/2025)
  Brenda MARSH (64) ............. Maternal grandmother, 14 Pit Lane,
                                  Endlethorpe (not in the household)
  Father ........................ Not known to the children; no contact

REASON FOR PLAN
  Referral from Endlethorpe St Luke's CE Primary on 21/11/2025: Ella came in
  hungry on 9 of 15 days, with head lice untreated since September. On
  28/11/2025 Connor rang 999 when Donna fell in the kitchen and could not get
  up; paramedics recorded that she was heavily intoxicated at 4pm. Connor
  told the paramedics he "does the tea most nights". The house was cold, the
  children's bedroom damp, and a bedroom window broken and taped over.

CHILDREN'S VIEWS (seen alone by Kirsty Hall, 14/01/2026)
  Ella .......................... "Mum's drinks make her sleepy and then she
                                  shouts." "Nanna does fish fingers on
                                  Tuesdays." Ella drew her bedroom with "black
                                  stuff" on the wall and said it smells.
  Connor ........................ "I don't mind doing tea. Someone's got to."
                                  "I'm scared to go to school in case she
                                  falls again." Scored home 4/10.

PARENT'S VIEWS
  Donna ......................... Says she is "drinking less" and wants to
                                  show she can look after the children. She
                                  agreed to the breath tests.

PLAN OUTCOMES
  Outcomes for the child(ren) ... -

TASKS AGREED AT CORE GROUP 2  (12 tasks)
--------------------------------------------------------------------------------
TASK 1 of 12
  Description ................... Home visits to see Ella and Connor, each
                                  on their own, one visit in three
                                  unannounced and after 4pm
  Responsible ................... Kirsty Hall (SW)
  Due ........................... Weekly until the review conference
  Evidence ...................... Visit records on CareFile within 2 working
                                  days
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 2 of 12
  Description ................... Attend key work appointments at
                                  Endlethorpe Alcohol Service and give a
                                  breath test at each, and not drink on the
                                  days she collects the children
  Responsible ................... Donna Marsh (mother)
  Due ........................... Every Monday at 10am from 26/01/2026
  Evidence ...................... Attendance and breath test results sent by
                                  EAS to the SW every two weeks
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 3 of 12
  Description ................... Full assessment of Donna's alcohol use,
                                  with a written view on her capacity to
                                  change, the steps needed and how long they
                                  are likely to take
  Responsible ................... Paul Grey, key worker, Endlethorpe Alcohol
                                  Service (EAS)
  Due ........................... Report by 20/02/2026; update before the
                                  review conference
  Evidence ...................... Written report to the SW and the core group
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 4 of 12
  Description ................... Breakfast club place for Ella, and a
                                  check on arrival for hunger, clean clothes
                                  and head lice
  Responsible ................... Mrs Joanne Ward, DSL, Endlethorpe St
                                  Luke's CE Primary
  Due ........................... Every school day from 19/01/2026
  Evidence ...................... Breakfast club register and arrival check
                                  sheet e-mailed to the SW every Friday
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 5 of 12
  Description ................... First-day call to Donna if Connor is not
                                  in by 8.50am, and to the SW if Donna does
                                  not answer by 9.30am
  Responsible ................... Mr Ade Okafor, Head of Year 8, Endlethorpe
                                  Academy
  Due ........................... Every school day
  Evidence ...................... Attendance figures and call log to each
                                  core group
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 6 of 12
  Description ................... Young carers assessment for Connor, and a
                                  place at the Thursday young carers group
                                  if he wants one
  Responsible ................... Sam Patel, Endlethorpe Young Carers
  Due ........................... Assessment by 27/02/2026
  Evidence ...................... Assessment with recommendations shared
                                  with the SW and Connor
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 7 of 12
  Description ................... Tell the SW the same day of any sign that
                                  Donna has been drinking when she drops off
                                  or collects the children
  Responsible ................... Professionals
  Due ........................... Same day
  Evidence ...................... E-mail to the SW, logged on CareFile as a
                                  contact
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 8 of 12
  Description ................... Collect Ella from school and give Ella and
                                  Connor their tea at her house
  Responsible ................... Brenda Marsh (maternal grandmother)
  Due ........................... Tuesdays and Thursdays, 3.15pm to 6.30pm
  Evidence ...................... School collection sheet; Brenda texts the
                                  SW when the children are home
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 9 of 12
  Description ................... Make sure Donna is never the only adult
                                  looking after Ella and Connor after she has
                                  had a drink
  Responsible ................... Family network
  Due ........................... Every day from 20/01/2026
  Evidence ...................... Breath test readings at SW visits recorded
                                  on CareFile
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 10 of 12
  Description ................... Register Ella and Connor with a dentist and
                                  take them for check-ups
  Responsible ................... -
  Due ........................... By 27/02/2026
  Evidence ...................... Dental appointment letters on file
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 11 of 12
  Description ................... Damp in the children's bedroom to be
                                  treated and the broken window to be
                                  replaced
  Responsible ................... -
  Due ........................... By 13/02/2026
  Evidence ...................... Works completion notice from Endlethorpe
                                  Homes; window seen at the next SW visit
  Status ........................ Open
--------------------------------------------------------------------------------
TASK 12 of 12
  Description ................... Health review for Ella: growth, head lice
                                  and bedwetting, with advice to Donna
  Responsible ................... Amy Fox, school nurse, Endlethorpe 5-19
                                  Service
  Due ........................... By 06/02/2026
  Evidence ...................... School nurse's report to the SW and Donna
  Status ........................ Open
--------------------------------------------------------------------------------

CONTINGENCY
  Trigger ....................... Donna found drunk while caring for the
                                  children, or a positive breath test at a
                                  visit, or Connor rings for help
  Response ...................... Children go to Brenda's (14 Pit Lane) that
                                  night; SW (or the Emergency Duty Team)
                                  visits the same day
  If family cannot help ......... If Brenda or the wider family cannot have
                                  the children, or Brenda cannot do a
                                  Tuesday or Thursday, Ella and
                                  Connor stay at the St Luke's after-school
                                  club until 6pm, and the SW or the Emergency
                                  Duty Team arranges an emergency foster
                                  placement if they cannot go home that night
  Legal planning ................ If Donna is found drunk in charge of the
                                  children twice before the review
                                  conference, David Lowe (team manager) will
                                  hold a legal planning meeting within 5
                                  working days

MEETINGS
  Core group .................... Every 4 weeks: 17/02/2026, 17/03/2026
  Review conference ............. To be arranged

================================================================================
END OF PRINT                                                       Page 1 of 1
================================================================================
""",
    "findings": [
        F("O001"),
        F("W001", "Register Ella and Connor with a dentist and take them"),
        F("W001", "Damp in the children's bedroom to be treated and the"),
        F("W002", "any sign that Donna has been drinking when she drops"),
        F("W002", "Make sure Donna is never the only adult looking after"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan whose outcomes are the children's own hoped-for
#    days, then a numbered outline of who does what with owner lead-ins and
#    Who / When / How we'll know lines. Header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_erningham_rcpc_good_day_by_ruby_outline_lead_ins_ashworth.pdf",
    "doc_title": "Review Child Protection Plan - Ruby and Theo Ashworth",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Erningham Council · Ruby and Theo Ashworth",
    "footer": "Review child protection plan agreed on 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-kv-summary-progress-since-icpc-then-the-childrens-good-days-a-good-school-day-by-ruby-first-person-a-good-day-for-theo-as-the-outcomes-then-who-is-doing-what-numbered-outline-owner-lead-in-headings-1-what-dad-will-do-typed-1-1-items-each-with-who-when-how-well-know-line-joint-school-nurse-with-gp-item-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for a 10-year-old girl and a 6-year-old boy (neglect): "
        "their father has been their sole carer since their mother died in 2023 and is dependent on "
        "alcohol, relapsed at Christmas when the girl rang her aunt, and the girl checks on him at night. "
        "The outcomes are the children's own hoped-for days ('A good school day, by Ruby', in her words, "
        "and 'A good day for Theo'), which the conference adopted as what the plan is for. The plan is "
        "a numbered outline under owner lead-ins ('1 What Dad will do', '2 What Auntie Bev will do', "
        "'3 Erningham Alcohol Service will', '5 The school nurse with the GP'), each typed item with a "
        "Who / When / How we'll know line. The alcohol service reports on the father's capacity to "
        "change; the contingency has specific triggers, a fallback if the aunt cannot come and a legal "
        "planning meeting after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Erningham Council, Children and Young People's Service. First review child protection conference, "
              "15/01/2026, Erningham Town Hall. Chair: Frances Lyle (conference chair)."),
        ("kv", [
            ("Children", "Ruby Ashworth, born 11/10/2015 (10), Year 6; Theo Ashworth, born 03/04/2019 (6), "
                         "Year 2. Both at Erningham St Mary's Primary School."),
            ("Address", "5 Weavers Court, Erningham ER3 4NP"),
            ("Dad", "Mark Ashworth (44), the children's sole carer since their mum, Jess, died in March 2023"),
            ("Auntie Bev", "Beverley Ashworth (47), Dad's sister, 31 Canal Side, Erningham. The children call "
                           "her Auntie Bev, and so does this plan."),
            ("Category", "Neglect. Plans continue for both children."),
            ("Social worker", "Leanne Cross, Family Safeguarding Team West (team manager: Omar Siddiqui)"),
            ("Dad's recovery worker", "Sam Ortiz, Erningham Alcohol Service"),
        ]),
        ("h1", "Progress since the initial conference (16/10/2025)"),
        ("p", "Dad has been to 11 of 12 appointments at Erningham Alcohol Service and has had breath readings of "
              "zero at all but one of Leanne's visits. On 27/12/2025 he drank most of a bottle of whisky and "
              "fell asleep on the sofa at 5pm; Ruby rang Auntie Bev, who took both children to her house for "
              "the night. The children's attendance is 92% (Ruby) and 89% (Theo), up from 80% and 76%. Theo "
              "is still wetting and soiling during the day. Ruby told the school she gets up in the night to "
              "check that Dad is breathing."),
        ("h1", "What the plan is for: the children's good days"),
        ("p", "At this review the conference asked Ruby and Theo what a good day would look like. Their days are "
              "the outcomes of this plan: by the next review conference we want most of Ruby's and Theo's days "
              "to look like these."),
        ("boldp", "A good school day, by Ruby (written with Leanne on 12/01/2026)"),
        ("p", "\"Dad is up before me and the radio is on. He does toast and checks Theo has got his PE bag. We are "
              "not late so I don't have to run. At school I do my work and I don't think about home. Auntie Bev "
              "picks us up on Wednesdays and Fridays and we do tea at hers. On the other days Dad picks us up "
              "and he smells normal. We have tea at the table. I go to bed at half eight and I don't get up to "
              "check on Dad because I know he's OK. I can do my SATs and not be tired.\""),
        ("boldp", "A good day for Theo (what he told his teacher and Auntie Bev; Leanne wrote it down as he said "
                  "it)"),
        ("p", "\"Porridge with Dad. No wet pants at school. Playing football at dinner. Dad not sleepy when we get "
              "home. Telly and then a story. Ruby not cross.\""),
        ("p", "In adults' words: Ruby and Theo are cared for every day by a Dad who is sober, up in the morning "
              "and awake in the evening; they get to school on time; Theo is dry and clean at school; and Ruby "
              "can be a ten-year-old who sleeps through the night rather than her dad's carer."),
        ("h1", "Who is doing what"),
        ("p", "Each part is headed with whose part it is. Each item says who, when, and how we will know."),
        ("boldp", "1  What Dad will do"),
        ("pi", "1.1  Go to his appointments with Sam Ortiz at Erningham Alcohol Service and give a breath test at "
               "each one."),
        ("pi2", "Who: Dad. When: every Tuesday at 11am until the next review conference. How we'll know: "
                "attendance and breath test results sent by Sam to Leanne every two weeks."),
        ("pi", "1.2  Not drink from 7am until both children are in bed, and blow into the breathalyser whenever "
               "Leanne or Auntie Bev asks."),
        ("pi2", "Who: Dad. When: every day. How we'll know: the readings, written on Leanne's visit notes and in "
                "Auntie Bev's notebook."),
        ("pi", "1.3  Get Ruby and Theo up, give them breakfast and take them to school for 8.45am."),
        ("pi2", "Who: Dad. When: every school day. How we'll know: school registers and late book; attendance "
                "for each child 95% or more by the Easter holidays."),
        ("boldp", "2  What Auntie Bev will do"),
        ("pi", "2.1  Collect Ruby and Theo from school and give them their tea at her house."),
        ("pi2", "Who: Auntie Bev. When: every Wednesday and Friday, 3.15pm to 7pm. How we'll know: the school's "
                "collection sheet; Auntie Bev texts Leanne when the children are home."),
        ("pi", "2.2  Be the person Ruby rings if she is worried Dad has been drinking: come within 30 minutes and "
               "take both children to her house, and tell Leanne the next morning."),
        ("pi2", "Who: Auntie Bev. When: any time Ruby rings, day or night, until the next review conference. How "
                "we'll know: each call-out recorded by Leanne on the children's file the next working day."),
        ("boldp", "3  Erningham Alcohol Service will"),
        ("pi", "3.1  Assess Dad's drinking since the relapse at Christmas and report on whether he is making the "
               "changes Ruby and Theo need, what still needs to change, and how long that is likely to take."),
        ("pi2", "Who: Sam Ortiz, recovery worker. When: report by 19/02/2026, and an update before each core "
                "group. How we'll know: Sam's written reports on the children's file, discussed at the core "
                "group."),
        ("boldp", "4  Erningham St Mary's Primary School will"),
        ("pi", "4.1  Give Ruby a check-in with Mrs Carol Dean (DSL), who passes anything she says about home to "
               "Leanne the same day."),
        ("pi2", "Who: Mrs Dean. When: every Monday and Thursday at 8.50am. How we'll know: check-in notes on "
                "CPOMS, with the score Ruby gives her week, sent to Leanne every Friday."),
        ("pi", "4.2  Ring Dad if either child is not in by 9.10am, and ring Leanne if Dad does not answer by "
               "9.45am."),
        ("pi2", "Who: Mrs Sue Barker, school office manager, for Mrs Dean. When: every school day. How we'll know: first-day call "
                "log sent to Leanne every Friday."),
        ("boldp", "5  The school nurse with the GP"),
        ("pi", "5.1  See Theo and Dad about Theo's daytime wetting and soiling, check for constipation, and agree "
               "a toileting plan with Dad and the school."),
        ("pi2", "Who: Ann Mellor (school nurse, Erningham 5-19 Service) with Dr Raj Sen (GP, Erningham Health "
                "Centre). When: appointment by 06/02/2026; plan agreed by 20/02/2026. How we'll know: the "
                "written toileting plan on file and in Theo's classroom; his teaching assistant logs wet or "
                "soiled days each week, and the log goes to each core group."),
        ("boldp", "6  Erningham Young Carers will"),
        ("pi", "6.1  Offer Ruby a place at the young carers group and write her young carer's plan with her."),
        ("pi2", "Who: Priya Shah, young carers worker. When: group every other Thursday, 4pm to 6pm, from "
                "22/01/2026; plan by 27/02/2026. How we'll know: group register, and Ruby's plan shared with "
                "Leanne and Dad."),
        ("boldp", "7  Leanne Cross, social worker, will"),
        ("pi", "7.1  Visit at home and see Ruby and Theo each on their own, one visit in three unannounced and "
               "one in four at teatime or at a weekend, and ask Dad for a breath test."),
        ("pi2", "Who: Leanne. When: every week until the next review conference. How we'll know: visit records "
                "within 2 working days, with the children's words and the breath reading."),
        ("pi", "7.2  Refer Ruby and Theo to Erningham Children's Bereavement Service for memory-box work about "
               "their mum."),
        ("pi2", "Who: Leanne. When: by 30/01/2026. How we'll know: the service's acceptance letter on file, and "
                "the first session date reported to the core group."),
        ("pi", "7.3  Three \"All About Me\" sessions with Theo at school, to hear how he feels about home, Dad and "
               "his mum."),
        ("pi2", "Who: Leanne. When: 21/01/2026, 04/02/2026 and 18/02/2026. How we'll know: Theo's drawings and "
                "words on file and shared at the core group on 05/02/2026 or 12/03/2026."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Dad has been drinking while he is looking after the children, or gives a breath reading above "
            "zero, or Ruby rings because she is worried: Auntie Bev collects both children within 30 minutes "
            "and they stay at her house that night. Leanne (or the Emergency Duty Team) visits Dad the same "
            "day, and the children go home only when Leanne has seen him sober.",
            "If Auntie Bev cannot come or is away: Ruby rings 999 if Dad cannot be woken, and otherwise the "
            "Emergency Duty Team. The children go to Mrs Dawn Hill, the family's neighbour at number 12 "
            "(agreed with Leanne on 10/01/2026); if she cannot have them, the Emergency Duty Team arranges an "
            "emergency foster placement that night.",
            "If Auntie Bev cannot do a Wednesday or a Friday tea, the children stay at the school's after-school "
            "club until 5.45pm and Leanne collects them or asks Mrs Hill to.",
            "If Dad drinks while caring for the children twice before the next review conference, or misses "
            "three appointments at Erningham Alcohol Service in a row, Omar Siddiqui (team manager) will hold "
            "a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every five to six weeks at Erningham St Mary's Primary, Thursdays at 3.30pm: "
            "05/02/2026, 12/03/2026, 23/04/2026 and 04/06/2026.",
            "Second review child protection conference: 09/07/2026 at 10am, Erningham Town Hall.",
        ]),
        ("p", "Plan sent to Dad, Auntie Bev and every agency on 19/01/2026. Ruby has her own copy of her good day; "
              "Theo has his as a picture on the fridge."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. First review plan in parts, each a bullet list of work closed by a
#    "Success will look like ..." line. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_eversgrove_rcpc_parts_success_will_look_like_collins.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-md-bold-field-lines-why-the-plan-continues-what-amber-and-josh-told-us-what-kerry-and-gary-said-then-five-numbered-parts-each-a-bullet-list-owner-time-check-in-the-sentence-closed-by-a-success-will-look-like-line-then-if-things-do-not-improve-meetings",
    "description": (
        "First review conference plan for an 11-year-old girl and an 8-year-old boy (neglect): their "
        "mother smokes cannabis every day, often in the house, and her partner shouts and has broken "
        "things in arguments; the children are often late, hungry and in unwashed clothes. There is no "
        "Outcomes heading: each of five parts is a bullet list of work with owner, time and check in "
        "the sentence, closed by 'Success will look like ...'. Timescales and checks are clear. Faults: "
        "two 'success' lines are only about the adults (the mother 'on top of things' and managing her "
        "money; the partner finishing his course and the mother feeling respected) (F002 twice); "
        "'Professionals will check ...' (W002); 'Everyone working with the family will listen out ...' "
        "(W002); 'A place at the Eversgrove holiday club will be found' with no one named (W001); the "
        "mother's cannabis use with no adult service owning any work, only the social worker helping "
        "her self-refer (F004); a contingency whose trigger is 'things do not get better' and whose "
        "only response is to meet and review (C002); and nothing about legal planning (R002)."
    ),
    "text": """\
# Eversgrove City Council - Children's Social Care

## Child protection plan: Amber and Josh Collins

**Review conference:** first review, 13/01/2026, Eversgrove Civic Hall (chair: Imran Qureshi)
**Children:** Amber Collins, born 30/06/2014 (11), Year 7, Eversgrove Academy; Josh Collins, born
08/02/2017 (8), Year 4, Eversgrove Primary
**Address:** 66 Hawthorn Road, Eversgrove EV7 1BX
**Living at home:** Kerry Collins (33), the children's mum; Gary Lowe (35), Kerry's partner since 2023
**Dad:** Steve Collins (36), lives in Eversgrove; has the children every other Saturday
**Category:** Neglect (both children); the plans continue
**Social worker:** Lucy Brennan, Eversgrove Children's Social Care, Family Safeguarding Team 4

### Why the plan continues

Since the initial conference in October, Kerry has cut down from smoking cannabis "all day" to "evenings
only", she says, but the house still smells of it and Amber found a joint in the kitchen on 02/01/2026.
Josh has been late 14 times this term and came to school in the same clothes all week twice. There were
two arguments between Kerry and Gary in December when Gary shouted and punched a hole in the living room
door; Amber took Josh upstairs both times. The house is cleaner than in October, and both children now
have beds.

### What Amber and Josh told us

Lucy saw each of them on their own on 08/01/2026. Amber said: "It's better than before but Mum's still
smoking it and it stinks. My friends won't come round." "When Gary gets angry I take Josh upstairs and put
my headphones on him." "I like Saturdays at Dad's." She scored home 5 out of 10. Josh said: "I'm always
late because Mum doesn't wake up." "I'm hungry at school sometimes." "Gary's fun when he's not shouting."
He scored home 6 out of 10.

### What Kerry and Gary said

Kerry said she knows the smoking "has to stop" and that she wants help with money and the house. Gary said
he "loses it" when he is stressed about work and wants to do a course.

### 1. Getting to school

- Kerry will get Amber and Josh up and to school on time every school day (8.40am at Eversgrove Primary,
  8.30am at the Academy); the two schools' registers and late books will show it.
- Mrs Helen Park, DSL at Eversgrove Primary, will ring Kerry if Josh is not in by 9.10am every school day,
  and ring Lucy if she has not reached Kerry by 10am; her call log goes to Lucy each Friday.
- Mr Tom Reilly, Amber's head of year at Eversgrove Academy, will meet Amber every Wednesday at 12.30pm to
  see how she is, and record each meeting on CPOMS with anything she says about home.

Success will look like: Amber and Josh in school at least 95% of the time by the Easter holidays, on time,
and their teachers saying they are ready to learn.

### 2. Food, clothes and the house

- Eversgrove Family Hub (Jade Foster, family support worker) will visit every Monday and Thursday at 4pm
  for ten weeks from 19/01/2026 to help Kerry plan meals, shop on a budget and keep on top of washing;
  Jade will score the home conditions checklist every two weeks and send it to Lucy.
- Professionals will check that Amber and Josh have had breakfast and are in clean clothes whenever they
  see them, and tell Lucy the same day if not; each agency records what it sees.
- A place at the Eversgrove holiday club will be found for Amber and Josh for the February half term
  (16/02/2026 to 20/02/2026); the booking confirmation will be on the file.
- Kerry will meet Eversgrove Money Advice (Dan Hurst) by 30/01/2026 to sort out her gas and electric
  debts; a copy of the repayment plan will go to Lucy.

Success will look like: Mum feels on top of things at home and is managing her money without getting
into debt.

### 3. Mum's cannabis use

- Kerry will stop smoking cannabis in the house and the car from 14/01/2026, and will take a saliva test
  at each of Lucy's visits; the results go on the visit record.
- Lucy (social worker) will give Kerry the details of Eversgrove Drug and Alcohol Service and help her
  make a self-referral by 06/02/2026; the referral confirmation will be on the file.

Success will look like: Amber and Josh live in a home where nobody smokes cannabis, and they are never
looked after by an adult who is stoned.

### 4. Arguments at home

- Gary will go to the Eversgrove "Choices" course for men every Tuesday evening for 16 weeks from
  20/01/2026; the course worker will send Lucy a report at weeks 8 and 16.
- Everyone working with the family will listen out for what Amber and Josh say about arguments at home,
  and pass it on to Lucy by e-mail within 24 hours.
- Lucy will do three sessions with Amber and Josh together, on 27/01/2026, 03/02/2026 and 10/02/2026, using
  the "worry monsters" pack, and share their drawings and words at the next core group.

Success will look like: Gary has finished the Choices course and Kerry says she feels respected at home.

### 5. Time with Dad

- Steve Collins (Dad) will have Amber and Josh every other Saturday from 10am to 6pm, starting
  17/01/2026, and text Lucy when they arrive and when he drops them home.

Success will look like: Amber and Josh keep seeing their dad every other Saturday and tell Lucy they
enjoy it.

### If things do not improve

If things do not get better, or there are any further worries about Amber and Josh, the core group will
meet to review the plan and consider what should happen next.

### Meetings

- Core group every four weeks at Eversgrove Primary, Mondays at 3.45pm: 26/01/2026, 23/02/2026,
  23/03/2026, 20/04/2026, 18/05/2026 and 15/06/2026.
- Second review child protection conference: 07/07/2026 at 10am, Eversgrove Civic Hall.

Plan sent to Kerry, Gary, Steve and every agency on 15/01/2026.
""",
    "findings": [
        F("F002", "Mum feels on top of things at home and is managing her money"),
        F("F002", "Gary has finished the Choices course and Kerry says she feels respected at home."),
        F("W002", "Professionals will check that Amber and Josh have had breakfast"),
        F("W002", "Everyone working with the family will listen out for what"),
        F("W001", "A place at the Eversgrove holiday club will be found"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})
