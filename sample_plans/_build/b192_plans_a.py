"""Batch 192, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals, prisons, charities and councils. Labels were written by
hand from docs/rules.md and the conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: a parent who is ill, and keeping the child in view when the adult's
needs are loud. Each plan is in a template of its own, for a family where a
parent has schizophrenia, an alcohol dependence, postnatal depression, a
learning disability (with the other parent in prison), multiple sclerosis,
a brain injury with epilepsy, or a heroin habit and a prison sentence. The
illness is recorded in many places and words (a diagnosis line, "Grace's
illness", early warning signs, "his drinking", "her MS", "his seizures",
"Shannon has used heroin"), beside words that look like illness but are not
a parent's (a child's asthma, a great-grandmother's and a grandmother's
dementia told only as background, a care home for people with dementia
where a mother works, a sick note for a child's absences, "a healthy
diet", a grandmother carer's arthritis). Adult services own work named the
way real plans name them (CMHT care coordinator, consultant psychiatrist,
perinatal CPN, Talking Therapies, the drug and alcohol service and its
detox nurse, the learning disability nurse, adult social care, the
probation officer, the neuro-rehabilitation team's OT and neuropsychologist,
the epilepsy nurse, the prison's in-reach and substance misuse teams, the
GP), in the same table as everyone else, in a part of their own or jointly
with the social worker, mostly with the link to the child written in ("so
that", "because when Dad drinks ...", a "Why it matters for Kai and Amara"
column, a "Because" column). Mental health and neuropsychology services are
asked for their view of the parent's capacity to change, its steps and its
likely timescale, except where a fault says otherwise.

1. an initial conference plan for a 7-year-old and a 2-year-old whose
   mother's schizophrenia returned after she stopped her tablets, with her
   early warning signs, and one landscape table whose third column says
   why each action matters for the children, CMHT and psychiatrist rows in
   it (docx, exemplary);
2. a review conference plan for a 9-year-old and a 4-year-old whose father
   is dependent on alcohol, in two parts: the children's part, then the
   adult services' part with a "Because (what it means for Mia and Jack)"
   column; page header and footer (pdf): faults are the grandmother's
   sleepovers "as and when", "Family" owning the night-shift rota, the
   school nurse's sessions with "-" for how we'll know, an outcome about
   the father only, and no fallback if the grandmother or the family
   cannot help (T002, W002, M001, F002, C003);
3. a core group plan revised at the second core group for a 5-month-old
   and a 3-year-old whose mother has severe postnatal depression after an
   overdose, the plan split into "For Kerry" (nine items) and "For Ruby and
   Theo" (five items) (md): faults are eight of the fourteen actions about
   the mother's own treatment, support and appointments with no link to
   the children, the perinatal CPN's support visits and Talking Therapies'
   CBT only treating her, a wellbeing group measured by "Kerry's mood
   improves", daily walks "when she feels ready", and an outcome about the
   mother only (F001, H001 x2, M002, T002, F002);
4. an initial conference plan in plain words for a mother with a learning
   disability, a 4-month-old and a 2-year-old, the father in prison until
   his release on licence: helpers listed with dot leaders, then one ASCII
   box per step with What / Who / When / How we will know lines, the
   learning disability nurse, adult social care and the probation officer
   owning steps (txt, exemplary);
5. a review conference plan for a 12-year-old young carer and his
   6-year-old sister whose mother has multiple sclerosis: a "Taking the
   caring off Josh" table pairing what Josh does now with what will happen
   instead, then a table of other parts (md): faults are the mother's MS
   recorded with no adult service owning any action, a passive young
   carer's assessment with "-" for who, the family support worker's
   sessions measured by "keep an eye on", a Household Support Fund
   application with "-" for when, and no legal planning (F004, W001, M002,
   T001, R002);
6. a review conference plan for a 10-year-old and a 3-year-old whose father
   has a brain injury and post-traumatic epilepsy: a grid of what is harder
   since the injury, what it looks like at home and what helps, then one
   table under four area banner rows, with the neuro-rehabilitation team,
   the epilepsy nurse, the GP, adult social care and a joint social worker
   and OT row; page header and footer (pdf, exemplary);
7. a core group plan for a 6-year-old and a 3-year-old living with their
   grandparents while their mother serves a prison sentence linked to her
   heroin use, in four "through the gate" part tables (in prison, the day
   of release, after release, at Nan and Grandad's) (docx): faults are the
   children's views "to be gathered" with no record of them anywhere, the
   in-reach team's support sessions only, "Family network" supervising the
   video calls, a Talking Therapies request "when she feels ready", a
   contingency that only says the core group will meet to review and
   consider next steps (with no fallback for the grandparents), and no
   legal planning (F003, H001, W002, T002, C002, C003, R002).

Three plans (1, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the children's words or observed days, core group dates and a
dated review conference, and legal planning after named triggers; adult
services own actions, and every mental health or neuropsychology row asks
for a view of the parent's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each numbered item of the md plan
and each step box of the plain-words plan counts once, whatever number of
sentences it holds. Details, early warning signs, the brain injury grid,
views, outcomes, contingencies and meeting dates are not actions.
"""
import textwrap

from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan: mother's schizophrenia relapse. One landscape table with a
#    "Why it matters for Kai and Amara" column; CMHT rows in the same table.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_ashmoreton_icpc_why_it_matters_column_okafor.docx",
    "doc_title": "Child Protection Plan - Kai Okafor-Reid and Amara Okafor",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-details-what-happened-graces-illness-and-early-warning-signs-going-well-what-it-is-like-for-kai-and-amara-outcomes-then-no-what-will-happen-why-it-matters-for-the-children-lead-when-how-we-will-know-adult-services-rows-in-the-same-table-then-if-grace-becomes-unwell-again-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old whose mother has "
        "paranoid schizophrenia: she stopped her tablets, came to believe the television was "
        "watching the family, and kept the children shut in the flat until a neighbour called the "
        "police; she was detained, started a depot injection and came home. Her early warning signs "
        "are listed, and the plan is one landscape table whose third column says why each action "
        "matters for the children. The CMHT care coordinator and the consultant psychiatrist are in "
        "the same table, both asked to report on her capacity to change and the likely timescale; "
        "the mother owns her depot; the aunt's nights and school runs have a fallback; legal "
        "planning follows named triggers; the child's own asthma is there as a decoy."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ashmoreton City Council, Children's Social Care. Initial child protection conference held on "
              "20/01/2026 at Ashmoreton Civic Offices. Chair: Helen Price. Plan agreed with Grace and sent to "
              "everyone named below on 22/01/2026."),
        ("h1", "About the family"),
        ("kv", [
            ("Children", "Kai Okafor-Reid, born 14/05/2018 (7), Year 3, St Columba's RC Primary School; Amara "
                         "Okafor, born 09/11/2023 (2), Wrenfield Day Nursery on Mondays, Wednesdays and Fridays"),
            ("Address", "Flat 6, Larkhill House, Ashmoreton AM4 2JD"),
            ("Mother", "Grace Okafor (33). Paranoid schizophrenia, diagnosed 2017. On the Care Programme "
                       "Approach with Ashmoreton North Community Mental Health Team (CMHT)."),
            ("Kai's father", "Marcus Reid (36), lives in Coldharbour; Kai stays with him every other weekend"),
            ("Amara's father", "Not named by Grace; not involved"),
            ("Maternal aunt", "Blessing Okafor (38), 22 Harrow Court, Ashmoreton, a ten-minute walk away"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Olivia Brennan, Safeguarding and Assessment Team (team manager: Daniel Frost)"),
            ("Care coordinator", "Ruth Anderton, community psychiatric nurse, Ashmoreton North CMHT"),
            ("Psychiatrist", "Dr Samir Qureshi, consultant psychiatrist, Ashmoreton North CMHT"),
            ("GP", "Dr Hannah Firth, Kestrel Lane Surgery"),
        ]),
        ("h1", "What happened"),
        ("p", "Grace has been well for most of the last three years on olanzapine tablets, with a visit from her "
              "care coordinator once a month. In October 2025 she stopped taking the tablets because she felt "
              "well and was worried about her weight. Over November and December she slept less, stopped "
              "answering the door and came to believe that the television and the smoke alarm were watching the "
              "family. She kept the curtains closed and the children indoors. Kai missed the last eight days of "
              "the autumn term and Amara stopped going to nursery."),
        ("p", "On 29/12/2025 a neighbour rang the police because she had not seen the children for days. "
              "Officers found the windows taped over with newspaper, very little food in the flat, and Amara in "
              "a nappy that had not been changed for many hours. Grace was admitted to Larch Ward at the "
              "Beechwood Unit under section 2 of the Mental Health Act that night, and Kai and Amara went to "
              "Blessing's. Grace started a paliperidone depot injection on the ward, came home on 13/01/2026 "
              "with the Home Treatment Team, and was handed back to Ruth on 19/01/2026. The children came home "
              "on 16/01/2026, and Blessing has stayed at the flat every night since."),
        ("h1", "Grace's illness and what it means for Kai and Amara"),
        ("p", "Grace told the conference: \"When I'm poorly I think I'm protecting them. I know now I was "
              "frightening them.\" She agreed that she stopped her tablets without telling anyone. Ruth told the "
              "conference that Grace's relapses in 2017 and 2021 both started with poor sleep and closed "
              "curtains, and that both times about three weeks passed before anyone outside the family noticed. "
              "The CMHT did not know that Kai and Amara had stopped going to school and nursery."),
        ("p", "These are Grace's early warning signs, agreed with her and Ruth on 19/01/2026. Grace, Blessing, "
              "Marcus, the school and the nursery each have a copy:"),
        ("bullets", [
            "Sleeping less than five hours a night for two nights running.",
            "Closing the curtains in the day, or covering the smoke alarm or the television.",
            "Saying that the flat or the children are being watched or listened to.",
            "Not answering the door or the phone to Ruth, Blessing or the school.",
            "Missing her depot injection, or saying she does not need it.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace has had her first depot injection on the ward and has agreed to have it every four weeks.",
            "Grace talks openly about her illness now and helped to write her early warning signs.",
            "Blessing stepped in the same night and has cared for the children well; Kai calls her flat "
            "\"the safe house\".",
            "Before October Kai's attendance was 97% and Amara went to nursery on all her days.",
            "Marcus has kept every one of his weekends with Kai and wants to do more.",
            "Kai has asthma, which is well controlled when he has his brown inhaler every day; Blessing got "
            "him a new prescription while the children were with her.",
        ]),
        ("h1", "What it is like for Kai and Amara"),
        ("p", "Olivia saw Kai on his own at school on 14/01/2026. He said: \"I didn't go to school because Mummy "
              "said there were people outside.\" \"I was scared of the telly.\" He made jam sandwiches for Amara "
              "\"when the bread was still there\". He scored home 3 out of 10 for December and 7 out of 10 now: "
              "\"Auntie Blessing does proper dinners and Mummy has her injection.\" He wants \"Mummy to not get "
              "poorly again\" and \"to stay at my school\". He asked Olivia who he should tell if Mummy starts "
              "whispering again."),
        ("p", "Amara is 2 and has about ten words. At nursery on 15/01/2026 her key worker saw her eat two "
              "breakfasts and cry when the lights were turned off for story time. At home she follows Blessing "
              "from room to room and goes to Grace for a cuddle at bedtime. Her nappy rash has healed."),
        ("h1", "What we want for Kai and Amara"),
        ("numbers", [
            "Kai and Amara are cared for every day and night by an adult who is well enough to feed them, "
            "keep them clean and take them out of the flat.",
            "If Grace's illness starts to come back, the adults around Kai and Amara notice within days, not "
            "weeks, and the children are with a safe adult while she gets help.",
            "Kai goes to school every day with his inhalers, and can say in his own words what happens when "
            "Mummy is poorly and who he can tell.",
            "Amara goes to nursery on all her days, and her talking and play catch up with other two-year-olds.",
        ]),
        ("h1", "The plan"),
        ("p", "Everyone in the table has agreed their part. The adult services' work is in the same table as "
              "everyone else's, and the third column says why each part matters for Kai and Amara."),
        ("table", {
            "header": ["No.", "What will happen", "Why it matters for Kai and Amara", "Lead", "When",
                       "How we will know"],
            "widths": [1.1, 6.7, 4.9, 4.0, 3.8, 5.2],
            "rows": [
                ["1",
                 "Visit Grace at home, check her sleep, her early warning signs and her depot dates, and write a "
                 "report before each core group on whether Grace is making the changes Kai and Amara need, what "
                 "still has to change and how long that is likely to take",
                 "Last time no one outside the family knew Grace was unwell for about three weeks, and Kai and "
                 "Amara were shut in the flat",
                 "Ruth Anderton, care coordinator (CPN), Ashmoreton North CMHT",
                 "Every week until the review conference on 14/04/2026, then every two weeks",
                 "Visit notes e-mailed to Olivia within 2 working days; written report on Olivia's file 2 "
                 "working days before each core group"],
                ["2",
                 "See Grace in clinic, review her depot and her understanding of her illness, and give a written "
                 "opinion on her prognosis, whether she can stay well enough to care for Kai and Amara, and over "
                 "what timescale",
                 "The conference needs to know whether Kai and Amara can safely stay at home with Grace in the "
                 "longer term",
                 "Dr Samir Qureshi, consultant psychiatrist, Ashmoreton North CMHT",
                 "Clinic on 10/02/2026; written opinion by 31/03/2026",
                 "Clinic letter copied to Olivia and the GP; written opinion on Olivia's file by 31/03/2026"],
                ["3",
                 "Go to the depot clinic for her injection, and tell Ruth or Blessing the same day if she notices "
                 "any of her early warning signs",
                 "The depot keeps Grace well enough to get Kai to school and to feed and change Amara",
                 "Grace Okafor (Mum)",
                 "Every 4 weeks; next on 11/02/2026",
                 "Dates on Grace's depot card, seen by Ruth at her visits; the depot clinic rings Ruth the same "
                 "day if Grace does not come"],
                ["4",
                 "Write a crisis plan with Grace, Blessing, Marcus and Ruth, saying who looks after Kai and "
                 "Amara at each stage if Grace becomes unwell, and send it to the school, the nursery, the GP, "
                 "the Home Treatment Team and the Emergency Duty Team",
                 "Kai and Amara will be with a safe adult straight away, not after days",
                 "Olivia Brennan, social worker",
                 "By 06/02/2026",
                 "Crisis plan signed by Grace and Blessing, on the CPA record and the children's file; each "
                 "agency confirms by e-mail that it has a copy"],
                ["5",
                 "Stay at the flat on Monday to Thursday nights, do Amara's bedtime and breakfast, and ring Ruth "
                 "if Grace is not sleeping",
                 "Amara needs an adult awake in the night and breakfast in the morning while the depot settles",
                 "Blessing Okafor (maternal aunt)",
                 "Monday to Thursday nights until 28/02/2026",
                 "Blessing signs the stay-over sheet on the fridge each morning; Olivia checks it at every visit"],
                ["6",
                 "Walk Kai to school on Monday and Friday mornings",
                 "Kai missed eight days of school in December and worries about leaving Mum",
                 "Blessing Okafor (maternal aunt)",
                 "Every Monday and Friday until the review conference",
                 "School register shows Kai in by 8.50am on those days"],
                ["7",
                 "Take Kai to school by 8.50am on Tuesday to Thursday, and Amara to nursery by 9.30am on "
                 "Monday, Wednesday and Friday",
                 "Kai and Amara need their days out of the flat, with other adults seeing them",
                 "Grace Okafor (Mum)",
                 "Every school and nursery day from 21/01/2026",
                 "School and nursery registers, sent to Olivia each Friday"],
                ["8",
                 "Check Kai in each morning; if he is not in by 9.15am ring Grace, and ring Olivia if Grace has "
                 "not answered by 10am",
                 "Kai was out of school for eight days before anyone visited",
                 "Mrs Ifeoma Daniels, DSL, St Columba's RC Primary School",
                 "Every school day at registration",
                 "First-day call log; Kai's attendance sent to Olivia each Friday, and at 95% or more by the "
                 "Easter holidays (27/03/2026)"],
                ["9",
                 "Write down each session how Amara arrives (hungry, clean, dry), what she says and plays, and "
                 "ring Olivia the same day if she is absent and no one has called",
                 "Amara cannot yet tell anyone herself if things are going wrong at home",
                 "Sophie Lam, key worker, Wrenfield Day Nursery",
                 "Every Monday, Wednesday and Friday session",
                 "Daily diary sheets, and a weekly summary e-mailed to Olivia every Friday"],
                ["10",
                 "Amara's 2-year review with Grace, using the ASQ-3, and a referral to speech and language "
                 "therapy if her communication score is below the cut-off",
                 "Amara has fewer words than expected and spent weeks shut in the flat",
                 "Farah Nadeem, health visitor, Ashmoreton 0-19 Service",
                 "By 27/02/2026, then a home visit every month",
                 "ASQ-3 scores on the health visiting record and shared with Olivia; referral letter on file if "
                 "needed"],
                ["11",
                 "Asthma review for Kai: check his inhaler technique, and send a new asthma plan to school and "
                 "to Grace",
                 "Kai went without his brown inhaler for much of December",
                 "Jan Stott, practice nurse, Kestrel Lane Surgery",
                 "By 13/02/2026",
                 "New asthma plan on the GP record, at school and on Olivia's file"],
                ["12",
                 "Visit Kai and Amara at home, at least one visit in three unannounced; see Kai on his own and "
                 "Amara awake, and check the curtains are open and there is food in the flat",
                 "Kai and Amara need someone from outside the family seeing what their days are like",
                 "Olivia Brennan, social worker",
                 "Every week until the review conference on 14/04/2026",
                 "Visit records on file within 48 hours, with Kai's words and his home score out of 10"],
                ["13",
                 "Four sessions of direct work with Kai about Mum's illness, using the 'When Mum's Thoughts Get "
                 "Muddled' workbook, ending with his own 'who I tell' card",
                 "Kai asked who he should tell if Mummy starts whispering again",
                 "Olivia Brennan, social worker",
                 "Weekly, 26/01/2026 to 16/02/2026",
                 "Kai's workbook and card on file; Kai can name to Olivia three adults he would tell"],
                ["14",
                 "Refer Kai to the Kite Club, a group for children whose mum or dad has a mental illness, run by "
                 "Ashmoreton Carers' Centre",
                 "Kai has never met another child whose parent is ill like his mum",
                 "Olivia Brennan, social worker",
                 "Referral by 06/02/2026; the group starts on 24/02/2026",
                 "Acceptance letter on file; Kite Club register shared with Olivia each half term"],
                ["15",
                 "Parenting assessment with Grace, using Ruth's and Dr Qureshi's reports, on how her illness "
                 "affects her care of Kai and Amara and what help she needs",
                 "Kai and Amara's longer-term plan depends on it",
                 "Olivia Brennan, social worker",
                 "Weekly sessions from 27/01/2026; report by 31/03/2026",
                 "Assessment report, with recommendations, shared with Grace and the core group by 31/03/2026"],
                ["16",
                 "Ring Kai every Wednesday evening, keep his weekends with Kai, and tell Olivia at once if Kai "
                 "says Mum is whispering or the curtains are shut",
                 "Kai's dad is one of the people Kai trusts to tell",
                 "Marcus Reid (Kai's dad)",
                 "Every Wednesday at 6pm; every other weekend from 24/01/2026",
                 "Marcus's contact diary, seen by Olivia each month; Kai tells Olivia about the calls at her "
                 "visits"],
            ],
        }),
        ("h1", "If Grace becomes unwell again"),
        ("bullets", [
            "If Grace shows two or more of her early warning signs, or is more than 7 days late for her depot: "
            "Blessing, Marcus, the school or the nursery rings Ruth (or the Ashmoreton crisis line out of hours) "
            "the same day, and Ruth or the Home Treatment Team see Grace within 24 hours. Kai and Amara stay with "
            "Blessing at 22 Harrow Court, and Grace is not left alone with them until Ruth or Dr Qureshi say she "
            "is well enough.",
            "If Blessing cannot have the children or cannot stay at the flat (she is ill, away, or it is not "
            "working), she or Grace rings Olivia that day. Olivia arranges an emergency foster placement for Kai "
            "and Amara together the same day, with contact with Grace every day; Kai may stay with Marcus instead "
            "if Marcus can collect him that day.",
            "If Kai or Amara are found alone, shut in the flat or without food, the police are called, the "
            "children go to Blessing's (or to the foster placement), and Olivia holds a strategy discussion the "
            "same day.",
            "If Grace refuses her depot, or has another relapse in which the children are left unsafe, or the "
            "parenting assessment on 31/03/2026 says the children cannot be cared for safely at home, Olivia asks "
            "Daniel Frost for a legal planning meeting within 5 working days to decide whether to start the "
            "Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Wrenfield Family Hub, Tuesdays at 10am: 03/02/2026, 03/03/2026 and "
            "31/03/2026. Ruth comes to every core group.",
            "Grace's CPA review: 24/02/2026, chaired by Dr Qureshi; Olivia is invited.",
            "Review child protection conference: 14/04/2026 at 2pm, Ashmoreton Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan: father's alcohol dependence. Part 1 the children's part,
#    Part 2 the adult services' part with a "Because" column. Landscape,
#    page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_ardwellby_rcpc_childrens_part_adult_services_part_haines.pdf",
    "doc_title": "Review Child Protection Plan - Mia and Jack Haines",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Ardwellby Borough Council · Children's Social Care",
    "footer": "Mia and Jack Haines · Review child protection plan 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-kv-why-still-a-plan-going-better-what-mia-and-jack-say-outcomes-then-part-1-childrens-part-what-who-when-how-well-know-table-then-part-2-adult-services-part-table-with-because-what-it-means-for-mia-and-jack-column-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 4-year-old whose father is dependent on alcohol "
        "and drinks most on their mother's night shifts (she works at a care home for people with "
        "dementia); the 4-year-old was found in the street at night looking for his mum. Part 1 is the "
        "children's part; Part 2 is the adult services' part (the drug and alcohol service's key work "
        "with a report on capacity to change, its detox nurse, the GP's liver tests, the father's "
        "recovery group and remote breathalyser) with a 'Because (what it means for Mia and Jack)' "
        "column. Faults: the paternal grandmother's sleepovers 'as and when'; 'Family' owning the rota "
        "that keeps the father from being the only adult; the school nurse's sessions with '-' for how "
        "we'll know; an outcome about the father only; and a contingency that sends the children to "
        "the grandmother's with nothing said if she or the family cannot help."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Review child protection conference held on 03/02/2026 (initial conference 04/11/2025). Chair: "
              "Simon Rudd. This plan has two parts. Part 1 is Mia and Jack's part. Part 2 is the adult services' "
              "part, about Lee's drinking. Both were agreed at the conference."),
        ("h1", "Family and professionals"),
        ("kv", [
            ("Children", "Mia Haines, born 22/03/2016 (9), Year 5; Jack Haines, born 30/08/2021 (4), Reception; "
                         "both at Fernside Primary School"),
            ("Address", "41 Quarry Road, Ardwellby AW3 9LT"),
            ("Parents", "Lee Haines (38), at home, out of work since April 2025; Kirsty Haines (35), care "
                        "assistant at Ashfield House, a care home for people with dementia, three night "
                        "shifts a week"),
            ("Nana", "Pauline Haines (Lee's mother), 7 Slate Row, Ardwellby, five minutes' walk away"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Abigail Shaw, Family Safeguarding Team (team manager: Marie Dunne)"),
            ("Recovery worker", "Sean Tully, Ardwellby Drug and Alcohol Service (ADAS)"),
            ("GP", "Dr Rachel Kemp, Ardwellby Health Centre"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Lee has drunk heavily since he lost his job in April 2025: eight to ten cans of strong lager a "
              "day, and more when Kirsty is at work. On Kirsty's night shifts he was often asleep on the sofa by "
              "8pm. In October 2025 Jack was found by a neighbour in the street at 11pm in his pyjamas, looking "
              "for his mum. Mia told her teacher that she puts Jack to bed \"when Dad's had his cans\". At the "
              "initial conference Lee agreed that he is dependent on alcohol."),
        ("p", "Since November Lee has started key work with ADAS, but he has drunk on at least four of Kirsty's "
              "night shifts. On 17/01/2026 Kirsty came home at 7am to find Lee asleep and Jack eating dry cereal "
              "on the kitchen floor. Lee's liver blood test (GGT) in December was four times the normal level."),
        ("h1", "What is going better"),
        ("bullets", [
            "Lee has been to 9 of 11 key work sessions at ADAS and has agreed to a community detox.",
            "Kirsty has asked her manager to move her to day shifts.",
            "Pauline has had the children after school every Tuesday and Thursday since November.",
            "Mia's attendance is 96% this term and her teacher says she is putting her hand up in class again.",
        ]),
        ("h1", "What Mia and Jack say"),
        ("p", "Mia (seen on her own at school by Abigail on 27/01/2026): \"When Mum's at work and Dad's had his "
              "cans, I do Jack's teeth and put him in bed.\" \"I don't like the smell of his breath.\" \"Nana's "
              "house is calm.\" She wants \"Dad to be like he was at Christmas when he didn't drink\" and \"Mum "
              "to not do nights\". She scored home 4 out of 10."),
        ("p", "Jack (at home, drawing, 29/01/2026) drew Dad \"sleeping on the sofa\" and himself \"looking for "
              "Mummy\". He said: \"Daddy's drink is yucky.\" His teacher says he is tired on Thursday and Friday "
              "mornings, after Kirsty's shifts."),
        ("h1", "What we want to see"),
        ("numbers", [
            "Mia and Jack are looked after every evening and night by an adult who is sober, awake and able to "
            "keep them safe.",
            "Mia no longer puts Jack to bed or looks after him when Dad has been drinking.",
            "Jack is never out of the house on his own, and both children get to school rested and fed.",
            "Lee stops drinking and keeps going to his recovery group.",
        ]),
        ("h1", "Part 1: Mia and Jack's part"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [10.0, 5.0, 4.7, 6.0],
            "rows": [
                ["Visit Mia and Jack at home, with at least one visit in three on the evening of one of "
                 "Kirsty's night shifts; see each child on their own",
                 "Abigail Shaw, social worker",
                 "Every week until the next review conference",
                 "Visit records within 48 hours, with each child's words and who was caring for them"],
                ["Ask her manager to move her to day shifts only, and give Abigail her new rota",
                 "Kirsty Haines (Mum)",
                 "By 27/02/2026",
                 "Letter from Ashfield House and the new rota on file"],
                ["Have Mia and Jack for tea, a bath and a sleepover at her house",
                 "Pauline Haines (Nana)",
                 "As and when",
                 "Pauline texts Abigail each Sunday with the nights she had them"],
                ["Make sure Lee is never the only adult looking after Mia and Jack on Kirsty's night shifts, "
                 "using a rota of who stays at the house",
                 "Family",
                 "Every night Kirsty works",
                 "Rota on the fridge, checked by Abigail at each visit"],
                ["Take Jack to school, and collect Mia and Jack, on Tuesdays and Thursdays",
                 "Pauline Haines (Nana)",
                 "Every Tuesday and Thursday",
                 "School signing-in and collection book"],
                ["Meet Mia for a check-in each morning, and tell Abigail the same day if Mia or Jack arrive tired "
                 "or hungry or say anything about home",
                 "Mr Daniel Oakes, DSL, Fernside Primary School",
                 "Every school day",
                 "Check-ins logged on CPOMS; summary e-mailed to Abigail each Friday"],
                ["Three sessions with Mia about sleep, worries and who she can talk to",
                 "Gemma Holt, school nurse, Ardwellby 0-19 Service",
                 "Weekly from 09/02/2026",
                 "-"],
                ["Four sessions of direct work with Mia and Jack about Dad's drinking, using the 'Bottled Up' "
                 "storybook, ending with Mia's safety card of who to ring",
                 "Abigail Shaw, social worker",
                 "Every two weeks from 10/02/2026",
                 "Storybook work and Mia's safety card on file; Mia can tell Abigail who she would ring and what "
                 "she would say"],
                ["Go together to the eight-week Steady Steps group for parents affected by alcohol",
                 "Lee and Kirsty Haines",
                 "Wednesdays at 10am, 25/02/2026 to 15/04/2026",
                 "Group register sent to Abigail by the Family Hub each week"],
            ],
        }),
        ("h1", "Part 2: The adult services' part"),
        ("p", "These actions are about Lee's drinking. The 'Because' column says what each one means for Mia and "
              "Jack."),
        ("table", {
            "header": ["What will happen", "Who", "When", "Because (what it means for Mia and Jack)",
                       "How we'll know"],
            "widths": [7.4, 4.4, 3.9, 5.0, 5.0],
            "rows": [
                ["Key work sessions with Lee, with a breath test at every session, and a written report before "
                 "each core group on whether Lee is cutting down and then staying sober, what still needs to "
                 "change, and how long that is likely to take",
                 "Sean Tully, recovery worker, ADAS",
                 "Every week; report 2 working days before each core group",
                 "When Dad drinks on Mum's night shifts, Mia puts Jack to bed and no one awake is looking after "
                 "them",
                 "Breath test readings e-mailed to Abigail every Friday; report on Abigail's file before each "
                 "core group"],
                ["Seven-day community alcohol detox at home, with a nurse visit every day",
                 "Liz Norland, community detox nurse, ADAS",
                 "Starting 16/02/2026 (planned with Lee and his GP)",
                 "Mia found Dad shaking and sick in January when he tried to stop on his own; a safe detox means "
                 "Mia and Jack do not see that again",
                 "Detox chart completed each day; breath test of 0.00 on day 7, sent to Abigail"],
                ["Liver function blood tests for Lee, before and after the detox, with the results sent to Sean "
                 "and Abigail",
                 "Dr Rachel Kemp, GP, Ardwellby Health Centre",
                 "By 13/02/2026, and again by 30/03/2026",
                 "Falling GGT results show whether Lee has stopped drinking, so the core group knows whether Mia "
                 "and Jack are safe with him",
                 "GGT results on Abigail's file within a week of each test"],
                ["Go to the SMART Recovery group at the Ardwellby Recovery Hub",
                 "Lee Haines (Dad)",
                 "Every Thursday at 6.30pm from 26/02/2026",
                 "Mia and Jack need a dad who is sober at bedtime, not only during the detox",
                 "Attendance sheet signed by the group facilitator, sent to Abigail by Sean each month"],
                ["Blow into the remote breathalyser at 8am and 6pm, with the readings sent to Sean and Abigail",
                 "Lee Haines (Dad)",
                 "Twice a day, every day, from the end of the detox until the next review conference",
                 "A sober reading at 6pm means Lee is safe to be with Mia and Jack at bedtime",
                 "Daily readings report; any missed or positive reading rung through to Abigail the same day"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Lee is found drunk or smelling of alcohol while he is looking after Mia or Jack, or a 6pm "
            "breathalyser reading is positive: Kirsty or Pauline comes to the children at once, Lee leaves the "
            "house that night and stays at Pauline's, and Abigail (or the Emergency Duty Team) visits the same "
            "evening.",
            "If either child is found out of the house on their own, or hurt, the police are called and Abigail "
            "holds a strategy discussion the same day.",
            "If Lee has not finished the detox by 31/03/2026, or has more than two positive breath readings in a "
            "month after it, Abigail asks Marie Dunne for a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Fernside Primary School, Tuesdays at 3.30pm: 17/02/2026, 17/03/2026, "
            "14/04/2026, 12/05/2026, 09/06/2026 and 07/07/2026.",
            "Next review child protection conference: 28/07/2026 at 10am, Ardwellby Town Hall.",
        ]),
    ],
    "findings": [
        F("T002", "Have Mia and Jack for tea, a bath and a sleepover"),
        F("W002", "Make sure Lee is never the only adult looking after"),
        F("M001", "Three sessions with Mia about sleep, worries and who"),
        F("F002", "Lee stops drinking and keeps going to his recovery group."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan revised at core group 2: mother's postnatal depression.
#    The plan split into "For Kerry" and "For Ruby and Theo", numbered items
#    with Lead / When / Check labels. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_arlingsea_core_group_for_kerry_for_the_children_lists_pryor.md",
    "split": "tune",
    "actions": 14,
    "template": "core-group-2-revised-plan-md-present-line-family-details-bullets-kerrys-health-with-diagnosis-line-going-well-what-theo-says-and-rubys-day-outcomes-then-plan-split-into-for-kerry-and-for-ruby-and-theo-numbered-items-each-with-lead-when-check-labels-then-contingency-next-meetings",
    "description": (
        "Plan revised at the second core group for a 5-month-old and a 3-year-old whose mother has "
        "severe postnatal depression with panic attacks and took an overdose with the children at home; "
        "their father works long days. The plan is split into 'For Kerry' (nine numbered items) and "
        "'For Ruby and Theo' (five), each item with Lead / When / Check labels. The psychiatrist is "
        "asked for her opinion on prognosis and timescale, and the children's part is sound. Faults: "
        "eight of the fourteen actions are about the mother's own treatment, support, benefits and "
        "appointments with no link to the children; the perinatal CPN's weekly support visits and "
        "Talking Therapies' CBT only treat her; her wellbeing group is measured by 'Kerry's mood "
        "improves'; her daily walks start 'when she feels ready'; and one outcome is about the mother "
        "only."
    ),
    "text": """\
# Arlingsea Council - Children's Services

## Child protection plan, revised at core group 2: Ruby and Theo Pryor

Core group 2 was held on 12/02/2026 at Harbourside Family Hub. Present: Kerry Pryor (Mum), Jordan
Pryor (Dad), Lauren Mears (social worker), Claire Dunn (perinatal community psychiatric nurse), Tasha
Greene (health visitor), Molly Ives (key worker, Little Harbour Nursery). Apologies: Dr Amit Shah (GP).

### Family details

- Ruby Pryor, born 08/09/2025 (5 months)
- Theo Pryor, born 17/01/2023 (3), Little Harbour Nursery on Mondays, Tuesdays and Wednesdays
- Kerry Pryor (27), Mum
- Jordan Pryor (29), Dad, delivery driver for Coastline Parcels, out from 7am to 7pm Monday to Saturday
- Address: 9 Gull Terrace, Arlingsea AR2 6PN
- Category: Neglect (both children), since the initial conference on 15/01/2026
- Social worker: Lauren Mears, Arlingsea Safeguarding Team (team manager: Craig Holloway)

### Kerry's health

**Diagnosis:** severe postnatal depression, with anxiety and panic attacks (Arlingsea Perinatal
Mental Health Team, 12/12/2025).

Kerry became low soon after Ruby was born. By November she was spending most of the day in bed. On
04/12/2025 she took an overdose of paracetamol while she was alone at home with the children; Jordan
found her when he came home at lunchtime. Kerry was treated at Arlingsea General Hospital and referred
to the perinatal team, who have seen her every week since. She takes sertraline. She says she feels
"numb" with Ruby and worries that she is a bad mum. She has panic attacks in shops and has not left
the house on her own since October. The perinatal team's consultant, Dr Fiona Blake, will see her in
clinic on 26/02/2026.

### What is going well

- Kerry has seen Claire every week since December and has not harmed herself again.
- Jordan has arranged with Coastline Parcels to come home at lunchtime on Mondays, Wednesdays and
  Fridays.
- Ruby has put on weight steadily since December and is back on the 25th centile.
- Theo has been to nursery on all his days since the conference.

### What Theo says, and Ruby's day

Theo told Lauren at nursery on 09/02/2026: "Mummy cries in the bedroom. I give her my dinosaur." He
likes "Daddy's pancakes" and "nursery sand". When Lauren asked what would make home better, he said
"Mummy come downstairs".

Ruby is 5 months old. Tasha saw her at home on 05/02/2026: she smiles and babbles at Jordan and Theo and
watches Kerry's face during feeds, but Kerry looks away and holds her loosely on her lap. Ruby settles
quickly when Jordan picks her up after work.

### Outcomes

1. Ruby is fed, changed and comforted through the day by an adult who notices her cues and responds
   to them.
2. Ruby and Theo are never left without an adult who is able to care for them, and Theo no longer tries
   to look after his mum.
3. Kerry's mood lifts and she feels able to cope again.

### The plan

#### For Kerry

1. Weekly support visits to Kerry at home, to talk through how she is feeling and her worries.
   Lead: Claire Dunn, perinatal CPN. When: every week. Check: visit notes shared with Lauren after each
   visit.
2. Twelve sessions of CBT for anxiety and panic. Lead: Nadia Khan, CBT therapist, Arlingsea Talking
   Therapies. When: weekly from 02/03/2026. Check: attendance letter to the GP and Lauren after the
   sixth and the twelfth sessions.
3. Review Kerry's sertraline dose and how she is getting on with it. Lead: Dr Amit Shah, GP, Seaview
   Medical Centre. When: by 20/02/2026. Check: GP letter on Lauren's file.
4. Go to every appointment with the perinatal team, the GP and Talking Therapies. Lead: Kerry. When:
   every appointment, starting with the GP on 20/02/2026. Check: attendance confirmed by Claire at each
   core group.
5. Help Kerry claim Personal Independence Payment and sort out her Universal Credit. Lead: Lauren
   Mears, social worker. When: claim sent by 13/03/2026. Check: copy of the PIP claim on file.
6. Go to the Mums Together wellbeing group at Harbourside Family Hub. Lead: Kerry. When: every Tuesday
   from 17/02/2026. Check: Kerry's mood improves.
7. Go out for a short walk every day, first with Jordan and then on her own, to build her confidence.
   Lead: Kerry. When: when she feels ready. Check: walk diary shown to Claire at her visits.
8. Refer Kerry to the Arlingsea Recovery College for its "Confidence and Calm" course. Lead: Lauren
   Mears, social worker. When: referral by 27/02/2026. Check: letter offering Kerry a place, on file.
9. Give a written opinion on Kerry's diagnosis and prognosis, how her illness affects her care of Ruby
   and Theo, whether she can make the changes they need and how long that is likely to take. Lead:
   Dr Fiona Blake, consultant perinatal psychiatrist. When: by 13/03/2026, after clinic on 26/02/2026.
   Check: written opinion on Lauren's file and shared with the core group.

#### For Ruby and Theo

10. Home visits to weigh Ruby, watch a feed and a play time, and use video interaction guidance with
    Kerry to help her notice and answer Ruby's cues. Lead: Tasha Greene, health visitor. When: every two
    weeks until Ruby is 9 months old (08/06/2026). Check: weights on the red book chart; feed and play
    observations on the health visiting record, copied to Lauren.
11. Write down how Theo arrives at nursery (hungry, clean, tired) and what he says and plays. Lead:
    Molly Ives, key worker, Little Harbour Nursery. When: every Monday, Tuesday and Wednesday session.
    Check: register and key worker notes e-mailed to Lauren each Friday.
12. Visit Ruby and Theo at home, one visit in three unannounced, seeing Ruby awake and Theo on his own.
    Lead: Lauren Mears, social worker. When: every week until the review conference. Check: visit
    records within 48 hours, with what Theo said and who was caring for Ruby.
13. Do Ruby's late feed and her night feeds, and come home at lunchtime to see Kerry and the children.
    Lead: Jordan. When: every night; lunchtimes on Mondays, Wednesdays and Fridays. Check: feed chart
    signed by Jordan, seen by Tasha and Lauren at their visits.
14. Four play sessions with Theo about feelings, using the "Big Bag of Worries" book. Lead: Lauren
    Mears, social worker. When: weekly, 16/02/2026 to 09/03/2026. Check: Theo's drawings and words on
    file.

### Contingency

- If Kerry tells anyone she is thinking of harming herself or the children, or she cannot get out of
  bed to care for Ruby: whoever she tells rings the Arlingsea perinatal crisis line (or 999) at once;
  Kerry is not left alone with Ruby or Theo until the crisis team have seen her; Jordan comes home and
  takes emergency leave (agreed with Coastline Parcels); and Lauren (or the Emergency Duty Team) visits
  the same day.
- If Ruby drops below the 9th centile or misses two weighings, Tasha visits within 24 hours and tells
  Lauren, who visits the same day.
- If the children are found without an adult able to care for them, the police are called and Lauren
  holds a strategy discussion the same day; if Jordan cannot be home within the hour, the children go
  to an emergency foster placement together.
- If Kerry harms herself again while she is caring for the children, or Dr Blake's opinion is that
  Kerry cannot meet their needs within Ruby's first year, Lauren asks Craig Holloway for a legal
  planning meeting within 10 working days.

### Next meetings

- Core group 3: 12/03/2026 at 10am, Harbourside Family Hub; then every four weeks.
- Review child protection conference: 09/04/2026 at 1.30pm, Arlingsea Civic Centre.
""",
    "findings": [
        F("F001"),
        F("H001", "Weekly support visits to Kerry at home, to talk through"),
        F("H001", "Twelve sessions of CBT for anxiety and panic"),
        F("M002", "Go to the Mums Together wellbeing group"),
        F("T002", "Go out for a short walk every day, first with Jordan"),
        F("F002", "Kerry's mood lifts and she feels able to cope again."),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan in plain words for a mother with a learning disability, the
#    father in prison until his release on licence. One ASCII box per step.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
_BOX_INNER = 70


def _step_box(number, fields):
    """One step as a box drawn with + - | characters; each field wraps inside the box."""
    rule = "+" + "-" * (_BOX_INNER + 2) + "+"
    lines = [rule, f"| {f'STEP {number}':<{_BOX_INNER}} |"]
    for label, text in fields:
        lead = f"{label}:"
        wrapped = textwrap.wrap(text, width=_BOX_INNER - 8)
        for i, part in enumerate(wrapped):
            cell = f"{lead:<8}{part}" if i == 0 else f"{'':<8}{part}"
            lines.append(f"| {cell:<{_BOX_INNER}} |")
    lines.append(rule)
    return "\n".join(lines)


_LOVELL_STEPS = [
    [("What", "Show Chantelle how to make up Lily's bottles with the picture card, and practise with her at "
              "home until she can make them right on her own."),
     ("Who", "Nina Patel, learning disability nurse."),
     ("When", "Twice a week until 13/03/2026."),
     ("Know", "Nina sees Chantelle make three bottles right on her own, and writes it in her notes for "
              "Jade.")],
    [("What", "Find out how Chantelle learns best. Write a report on the help she needs to care for Lily and "
              "Alfie, whether she can keep doing what she learns, and how long that is likely to take."),
     ("Who", "Nina Patel, learning disability nurse."),
     ("When", "Report by 20/03/2026."),
     ("Know", "Nina's report goes to Jade and the core group by 20/03/2026.")],
    [("What", "Weigh Lily at home. Look at her bottles and her feeding chart."),
     ("Who", "Sara Quinn, health visitor."),
     ("When", "Every week until Lily is 9 months old (20/06/2026)."),
     ("Know", "Lily's weight goes on the chart in her red book. She is back on the 25th centile by the "
              "review conference.")],
    [("What", "Fill in Lily's picture feeding chart at every feed."),
     ("Who", "Chantelle."),
     ("When", "Every feed, every day."),
     ("Know", "Sara and Jade look at the chart at every visit. It shows at least six full bottles a day.")],
    [("What", "Give Alfie the jabs he has missed, and do his 2-year check."),
     ("Who", "Practice nurse, Moorgate Surgery (jabs); Sara Quinn, health visitor (2-year check)."),
     ("When", "By 27/02/2026."),
     ("Know", "Jabs and check written in Alfie's red book and copied to Jade.")],
    [("What", "Take Alfie to Little Oaks Nursery."),
     ("Who", "Chantelle."),
     ("When", "Tuesday, Wednesday and Thursday mornings, 9am to 12 noon."),
     ("Know", "Nursery register, sent to Jade every Friday.")],
    [("What", "Write down how Alfie arrives (hungry, clean, dry) and what he says and plays. Ring Jade the "
              "same day if he does not come and no one has rung."),
     ("Who", "Hannah Pike, key worker, Little Oaks Nursery."),
     ("When", "Every session."),
     ("Know", "Key worker notes, e-mailed to Jade every Friday.")],
    [("What", "Care Act assessment with Chantelle, to find out what help she can have at home with "
              "shopping, money, letters and cleaning, so that she has more time and energy for Lily and "
              "Alfie."),
     ("Who", "Tom Reeve, social worker, Aldthorne Adult Social Care."),
     ("When", "Assessment by 27/02/2026. Help to start by 20/03/2026."),
     ("Know", "Easy-read letter to Chantelle saying what help she will get, copied to Jade. The date of "
              "the support worker's first visit on file.")],
    [("What", "Come to every meeting with Chantelle, help her read the papers, and check she understands "
              "what was agreed about Lily and Alfie."),
     ("Who", "Dawn Kirby, advocate, Speak Up Aldthorne."),
     ("When", "Every core group, conference and assessment session."),
     ("Know", "Dawn's note in each core group record of what Chantelle understood and what she asked.")],
    [("What", "Visit Lily and Alfie at home. See Lily awake and Alfie playing. Look at the food, the heating "
              "and the nappies. Go through the picture home checklist with Chantelle."),
     ("Who", "Jade Whitaker, social worker."),
     ("When", "Twice a week until Ryan comes home, then every week until the review conference."),
     ("Know", "Visit records on file within 2 working days, with the home checklist score.")],
    [("What", "Parenting assessment with Chantelle, and with Ryan after he comes home, in short sessions "
              "with pictures."),
     ("Who", "Jade Whitaker, social worker, with Nina Patel."),
     ("When", "Every week from 10/02/2026. Report by 10/04/2026."),
     ("Know", "Full and easy-read report shared with Chantelle, Ryan and the core group by 10/04/2026.")],
    [("What", "Shopping and cooking sessions with Chantelle, using a picture shopping list and a weekly meal "
              "plan for Alfie."),
     ("Who", "Leanne Hart, family support worker, Aldthorne Family Hub."),
     ("When", "Every Monday, 09/02/2026 to 30/03/2026."),
     ("Know", "Alfie's meal chart filled in; food in the fridge at Jade's visits.")],
    [("What", "Come in the evening to help with Lily's bath and Alfie's tea and bedtime."),
     ("Who", "Debbie Lovell (Gran)."),
     ("When", "Monday to Friday, 5pm to 7pm, until the review conference."),
     ("Know", "Debbie signs the sheet on the fridge. Jade checks it at her visits.")],
    [("What", "Have Alfie at her house on Saturday afternoons, so that Chantelle can rest and spend time "
              "with Lily."),
     ("Who", "Debbie Lovell (Gran)."),
     ("When", "Every Saturday, 12 noon to 5pm."),
     ("Know", "Debbie texts Jade every Saturday evening.")],
    [("What", "Visit the flat with Jade before Ryan is released. Set Ryan's licence conditions, so that Lily "
              "and Alfie are safe when he comes home: to live at 12 Foxglove Walk, to tell Kelly and Jade "
              "if he moves out, and to do the Respectful Relationships programme."),
     ("Who", "Kelly Adair, probation officer."),
     ("When", "Home visit by 27/02/2026. Licence conditions to Jade by 06/03/2026."),
     ("Know", "Licence conditions letter on Jade's file by 06/03/2026.")],
    [("What", "Go to every session of the Respectful Relationships programme, so that Lily and Alfie never "
              "see fighting at home."),
     ("Who", "Ryan."),
     ("When", "Every week for 12 weeks, starting by 16/03/2026."),
     ("Know", "Programme register, sent to Jade by Kelly every month.")],
    [("What", "Finish the Dads Inside parenting course in prison, and write to Alfie every week."),
     ("Who", "Ryan."),
     ("When", "Course finished by 06/03/2026. A letter every week until he is released."),
     ("Know", "Course certificate sent to Jade. Jade sees Ryan's letters to Alfie at her visits.")],
]


PLANS.append({
    "name": "b192_aldthorne_icpc_plain_words_step_boxes_lovell.txt",
    "split": "tune",
    "actions": 17,
    "template": "icpc-plain-words-plan-txt-for-mother-with-learning-disability-caps-headings-dot-leader-family-and-helpers-lists-short-sentences-lilys-and-alfies-day-outcomes-then-one-ascii-box-per-step-what-who-when-know-lines-learning-disability-nurse-adult-social-care-probation-steps-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan, written in short sentences because the mother, who has a "
        "learning disability, asked for it that way; her advocate read it with her. Her 4-month-old's "
        "weight has dropped because the bottles were made up wrong, her 2-year-old has missed his jabs, "
        "and the father, who punched a door beside her in 2024, is in prison until his release on "
        "licence. Helpers are listed with dot leaders, then one ASCII box per step with What / Who / "
        "When / Know lines. The learning disability nurse teaches and reports on what help she needs "
        "and how long learning will take, adult social care does a Care Act assessment, the probation "
        "officer sets licence conditions; the grandmother's evenings and Saturdays have a fallback; "
        "legal planning follows named triggers; the babies' days are observed."
    ),
    "text": """\
ALDTHORNE COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN FOR LILY AND ALFIE LOVELL-MARSH
Plain words plan, agreed at the initial child protection conference on 27/01/2026
======================================================================

Chantelle asked for this plan to be written in short sentences. Her
advocate, Dawn Kirby from Speak Up Aldthorne, read it through with her
on 28/01/2026. This is the only version of the plan. Every agency works
from it.


WHO IS IN THE FAMILY
--------------------
Lily Lovell-Marsh ..... born 20/09/2025. She is 4 months old.
Alfie Lovell-Marsh .... born 03/12/2023. He is 2.
Chantelle Lovell ...... Mum. She is 22. She has a learning disability.
                        She gets help from the Aldthorne Community
                        Learning Disability Team.
Ryan Marsh ............ Dad. He is 25. He is in HMP Garside. He will
                        come out on licence on 09/03/2026 and plans to
                        live at home.
Debbie Lovell ......... Gran (Chantelle's mum). She lives at 3 Byre
                        Close, a 5-minute walk away.
Home .................. 12 Foxglove Walk, Aldthorne AL5 3RT.
Category .............. Neglect.


THE PEOPLE HELPING
------------------
Jade Whitaker ......... social worker (manager: Paul Rowntree)
Nina Patel ............ learning disability nurse, Community Learning
                        Disability Team
Tom Reeve ............. social worker, Aldthorne Adult Social Care
Kelly Adair ........... probation officer, Aldthorne Probation
Sara Quinn ............ health visitor
Dawn Kirby ............ advocate, Speak Up Aldthorne
Leanne Hart ........... family support worker, Aldthorne Family Hub
Hannah Pike ........... Alfie's key worker, Little Oaks Nursery
Dr Joseph Mensah ...... GP, Moorgate Surgery


WHY THERE IS A PLAN
-------------------
Lily is not putting on enough weight. When she was born she was on the
50th centile. On 12/01/2026 she was on the 9th.

Chantelle has been putting too much water in Lily's bottles, because
the scoops were confusing. Some days Lily has had only three bottles.

Alfie has missed his 1-year jabs and his 2-year check.

The flat is often cold. There are dirty nappies in the living room.

Chantelle loves her children. But she finds it hard to remember many
things at once, to read letters, and to plan money and shopping.

Ryan is in prison for burglary. In 2024 the police came to the flat
twice when Ryan and Chantelle were arguing. Once Ryan punched the door
next to Chantelle while she was holding Alfie. Ryan has no history of
drug or alcohol use.


WHAT IS GOING WELL
------------------
- Chantelle has let every worker in.
- Chantelle cuddles Lily and talks to her at every feed.
- Alfie is a happy boy. He runs to Chantelle when he falls over.
- Debbie comes round most evenings.
- Ryan has started the Dads Inside parenting course in prison.


LILY'S DAY AND ALFIE'S DAY
--------------------------
Lily cannot talk yet, so this is what we have seen.

Sara saw Lily on 12/01/2026. Lily was still hungry after her bottle and
sucked her fist. She had two vests and a babygro on because the flat
was cold. She smiled when Chantelle sang to her.

Jade saw Alfie on 20/01/2026. He showed Jade his cars. He said "Mummy
sad" when Chantelle cried about the bottles, and "Daddy gone". At
nursery he eats everything on his plate and asks for more. He does not
have many words yet.

Chantelle says: "I want to be a good mum. I need people to show me, not
tell me."


WHAT WE WANT FOR LILY AND ALFIE
-------------------------------
1. Lily gets the right amount of milk at every feed and grows back up
   to the 25th centile.
2. Alfie has his jabs and checks, and goes to nursery every session.
3. Lily and Alfie live in a warm, clean flat.
4. Lily and Alfie never see or hear fighting or hitting at home.


THE PLAN, STEP BY STEP
----------------------
Each box is one step. It says what will happen, who will do it, when,
and how we will know it has happened ("Know").

""" + "\n\n".join(_step_box(i, f) for i, f in enumerate(_LOVELL_STEPS, start=1)) + """


IF THINGS GO WRONG
------------------
- If Lily loses weight, drops below the 9th centile, or misses two
  weighings: Sara visits within 24 hours. Sara tells Jade and
  Dr Mensah the same day. Dr Mensah sees Lily that day.
- If there is any fighting, shouting or hitting after Ryan comes home:
  Chantelle rings 999. Ryan leaves the flat that day and goes to
  Aldthorne Approved Premises (agreed with Kelly). Kelly tells the
  police and asks for Ryan to be recalled to prison. Jade holds a
  strategy discussion the same day.
- If Debbie cannot come in the evenings or on Saturdays (she is ill,
  away, or it stops working), Chantelle or Debbie rings Jade that day.
  Leanne from the Family Hub will come from 5pm to 7pm on weekdays
  instead, and Chantelle and the children can go to the Family Hub's
  Saturday stay-and-play. If neither can help, Jade visits every day
  until the core group agrees another plan.
- If Lily's weight falls again after Step 1 is done, or there is any
  violence at home, or the parenting assessment says Chantelle and
  Ryan cannot care for the children safely even with help, Jade asks
  Paul Rowntree for a legal planning meeting within 5 working days.


MEETINGS
--------
Core group ............ every 4 weeks, Tuesdays at 10am, Aldthorne
                        Family Hub: 10/02/2026, 10/03/2026, 07/04/2026.
Review conference ..... 21/04/2026 at 1.30pm, Aldthorne Town Hall.

Dawn will come to every meeting with Chantelle.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. RCPC plan for a young carer: mother's multiple sclerosis. A "Taking the
#    caring off Josh" table pairing what Josh does now with what will happen
#    instead, then a table of other parts. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_ashcotby_rcpc_taking_the_caring_off_josh_table_farrell.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-young-carer-plan-md-details-table-why-still-a-plan-whats-better-what-josh-and-poppy-tell-us-outcomes-then-taking-the-caring-off-josh-table-what-josh-does-now-what-will-happen-instead-who-by-when-how-well-know-then-other-parts-of-the-plan-table-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 12-year-old young carer and his 6-year-old sister whose mother "
        "has multiple sclerosis and, since a relapse, needs help to wash and dress; the boy does her "
        "personal care, the cooking, his sister's asthma inhalers and their mother's tablets, and his "
        "attendance has fallen. A 'Taking the caring off Josh' table pairs each thing he does now with "
        "what will happen instead; a second table holds the other parts. Decoys: the sister's asthma, "
        "a great-grandmother's dementia told as background, a sick note the school asked for, 'a "
        "healthy diet'. Faults: the mother's MS is recorded but no adult service owns any action; a "
        "young carer's assessment 'will be completed' with '-' for who; the family support worker's "
        "cooking sessions are measured by 'keep an eye on' how often Josh still cooks; a Household "
        "Support Fund application has '-' for when; and nothing says legal planning follows if things "
        "do not change."
    ),
    "text": """\
# Ashcotby Borough Council - Children's Services

## Review child protection plan: Josh and Poppy Farrell

Review child protection conference held on 05/02/2026 (initial conference 06/11/2025). Chair: Ruth
Oduya. Plan sent to Nicola, Lisa and every agency on 09/02/2026.

| Who | Details |
|---|---|
| **Josh Farrell** | born 19/04/2013 (12), Year 8, Ashcotby Academy |
| **Poppy Farrell** | born 11/06/2019 (6), Year 2, Ashcotby Primary School. Poppy has asthma (brown and blue inhalers). |
| **Mum** | Nicola Farrell (41) |
| **Dad** | Craig Farrell, lives in Spain; no contact since 2022 |
| **Aunt** | Lisa Farrell (Nicola's sister), 2 Mill Row, Ashcotby |
| **Address** | 27 Beacon Rise, Ashcotby AC7 1LW (ground-floor flat) |
| **Category** | Neglect (both children) |
| **Social worker** | Owen Latham, Safeguarding Team East (team manager: Helen Yates) |

### Why Josh and Poppy still have a plan

Nicola has multiple sclerosis. It was diagnosed in 2016. Since a bad relapse in September 2025 she has
been very tired, her legs are weak, she uses a wheelchair outside the flat, and on some days she cannot
get out of bed without help. Her MS nurse at Ashcotby General Hospital sees her every six months. In
2023 Nicola had a care assessment but said she did not want carers in the house.

Since September Josh has done most of the caring: helping his mum to wash and dress, cooking, giving
Poppy her inhalers, walking her to school and sorting out his mum's tablets. His attendance fell to 79%
last term; he is often late and falls asleep in lessons. The school asked for a sick note for his days
off, and Nicola told them he was "needed at home". Poppy has had two asthma attacks at school after
missing her brown inhaler.

Nicola's nan, Irene, has dementia and lives in Rosewood care home. Nicola used to visit her every week
with the children but has not been able to since the summer.

### What's better since November

- Josh's attendance went up to 88% in January.
- Poppy's inhaler chart has been filled in on most days since Christmas.
- Lisa now comes round on Sunday afternoons and does a big shop with Nicola.
- Nicola is honest about how much Josh does: "I don't want him to be my carer. I want him to be a kid."

### What Josh and Poppy tell us

**Josh** (seen on his own at school by Owen, 29/01/2026): "I don't mind helping Mum. I just get tired."
"If I'm not there she can't get in the shower, so I stay." "I'd like to go to football on Tuesdays
again." He scored how much caring he does at 8 out of 10, and said 3 would be "normal".

**Poppy** (at home, 27/01/2026) drew her family and put Josh next to Mum's wheelchair "because he pushes
it". She said: "Josh makes the pasta. Mummy sleeps a lot." She wants "Mummy to come to my assembly".

### What we want for Josh and Poppy

1. Josh goes to school every day, on time, and no longer helps his mum to wash, dress or take her
   tablets.
2. Josh has time to be 12: football on Tuesdays and time with his friends.
3. Poppy has her inhalers every morning and night from an adult, and has no more asthma attacks from
   missed doses.
4. Josh and Poppy eat a hot, healthy diet every day, cooked by an adult.

### Taking the caring off Josh

Each row starts with something Josh does now and says what will happen instead.

| What Josh does now | What will happen instead | Who | By when | How we'll know |
|---|---|---|---|---|
| Helps Mum get up, washed and dressed before school | Lisa comes at 7.30am to help Nicola get up, washed and dressed, so that Josh can get himself ready for school | Lisa Farrell (aunt) | Every weekday morning from 09/02/2026 | Josh tells Owen at each visit who helped Mum that week; Josh in for registration (school register) |
| Cooks tea most nights | Family support worker sessions with Nicola on cooking teas she can make sitting down, and on batch cooking for the freezer | Amy Cole, family support worker, Ashcotby Family Hub | Every Thursday, 12/02/2026 to 26/03/2026 | Keep an eye on how often Josh is still cooking |
| Gives Poppy her inhalers | Nicola gives Poppy her brown and blue inhalers and ticks the chart on the fridge | Nicola Farrell (Mum) | Every morning and bedtime | Chart seen by Owen at each visit; no asthma attacks from missed doses in the school's first aid log |
| Walks Poppy to school and gets to his own school late | Poppy goes to Breakfast Club at Ashcotby Primary, and Nicola takes her there on her mobility scooter | Nicola Farrell (Mum) | Every school day from 09/02/2026 | Breakfast Club register; no late marks for Josh on the Ashcotby Academy register |
| Stays at home on Mum's bad days | A young carer's assessment will be completed for Josh, with a support plan for Mum's bad days | - | By 13/03/2026 | Assessment and young carer's support plan on Josh's file |
| Sorts out Mum's tablets | Nicola sets alarms on her phone and takes her tablets from a weekly box that she fills with Lisa on Sundays | Nicola Farrell (Mum) | Every day; box filled each Sunday | Owen checks the box at his visits; Josh tells Owen he has not had to do the tablets |

### Other parts of the plan

| What | Who | By when | How we'll know |
|---|---|---|---|
| Visit Josh and Poppy at home, see each of them on their own, and ask Josh to score his caring out of 10 | Owen Latham (SW) | Every two weeks until the next review conference | Visit records with Josh's score and both children's words |
| Young carers group and a one-to-one worker for Josh | Hayley Dunn, Ashcotby Young Carers Service | Every Wednesday after school from 18/02/2026 | Group register; Josh's caring score, recorded by Hayley each half term, down from 8 towards 3 |
| Meet Josh to agree a homework catch-up plan and check his sleep and punctuality | Mrs Kate Price, Head of Year 8, Ashcotby Academy | Every Monday | Catch-up plan on file; attendance at 95% or more by the Easter holidays |
| Get Josh back to his Tuesday football club, with the fees paid from the Family Hub fund | Owen Latham (SW) | First session by 24/02/2026 | Coach's register; Josh tells Owen he has been |
| Apply to the Household Support Fund for a washing machine and a tumble dryer | Owen Latham (SW) | - | Machines delivered |
| Two sessions with Poppy about Mum's MS, using the "Mum's Wobbly Legs" storybook | Owen Latham (SW) | By 27/02/2026 | Poppy's drawings and words on file |
| Ring Josh's school and Owen on any bad day, instead of keeping Josh at home | Nicola Farrell (Mum) | By 8.30am on every bad day | The school's call log; Josh in school on those days |

### If things go wrong

- If Nicola has an MS relapse and cannot get up or look after the children, she or Josh rings Lisa, who
  comes the same day and takes Josh and Poppy to her house at 2 Mill Row until Nicola is better. Owen
  (or the Emergency Duty Team out of hours) is told the same day.
- If Lisa cannot come in the mornings, or cannot have the children during a relapse, Nicola rings Owen
  that day, and Owen arranges an emergency foster placement for Josh and Poppy together that day, with
  contact with their mum every day.
- If Josh misses school on two days in one week, Mrs Price rings Owen and Owen visits the same day.
- If Poppy has an asthma attack at school after a missed dose, the school rings Owen and Owen visits the
  same day.

### Meetings

- Core group every four weeks at Ashcotby Family Hub, Thursdays at 4pm: 05/03/2026, 02/04/2026,
  30/04/2026, 28/05/2026 and 25/06/2026.
- Next review child protection conference: 30/07/2026 at 10am, Ashcotby Civic Centre.
""",
    "findings": [
        F("F004"),
        F("W001", "A young carer's assessment will be completed for Josh"),
        F("M002", "Family support worker sessions with Nicola on cooking teas"),
        F("T001", "Apply to the Household Support Fund for a washing machine"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. RCPC plan: father's brain injury and post-traumatic epilepsy. A "what it
#    looks like at home, what helps" grid, then one table under area banner
#    rows with neuro-rehabilitation, epilepsy, GP, adult social care and a
#    joint row. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_amberlade_rcpc_brain_injury_what_helps_grid_kowalczyk.pdf",
    "doc_title": "Child Protection Plan - Ellie and Oskar Kowalczyk",
    "split": "tune",
    "actions": 15,
    "min_pages": 3,
    "font_size": 10,
    "header": "OFFICIAL-SENSITIVE · Amberlade City Council Children's Services",
    "footer": "Ellie and Oskar Kowalczyk · Child protection plan agreed 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-about-us-kv-what-happened-brain-injury-grid-what-is-harder-what-it-looks-like-at-home-what-helps-going-well-in-ellies-words-oskars-day-outcomes-then-ref-what-will-happen-who-leads-starts-how-often-what-will-tell-us-table-under-four-area-banner-rows-adult-services-and-joint-rows-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary review conference plan for a 10-year-old and a 3-year-old whose father has a severe "
        "brain injury from a fall at work and post-traumatic epilepsy: he forgot the 3-year-old in the "
        "bath, had a seizure with him in the kitchen, and grabbed and bruised the 10-year-old in "
        "temper. A grid written with the neuro-rehabilitation team sets out what is harder since the "
        "injury, what it looks like at home and what helps; the plan is one table under four area "
        "banner rows, with the OT (and a joint row with the social worker), the neuropsychologist (asked "
        "what he can safely do, how much he will recover and over what time), the epilepsy nurse, the "
        "GP and adult social care's carer's assessment, each tied to the children. Decoys: the "
        "10-year-old's asthma, a grandmother's dementia told as background, a sick note for the "
        "10-year-old, 'a healthy diet'. Legal planning follows named triggers; the fallbacks are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review child protection conference held on 10/02/2026 (initial conference 11/11/2025). Chair: "
              "Andrew Moss. Written with Tomasz and Anna, and with Amberlade Community Neuro-Rehabilitation "
              "Team, who came to the conference."),
        ("h1", "About us"),
        ("kv", [
            ("Ellie Kowalczyk", "born 02/07/2015 (10), Year 6, Amberlade Junior School"),
            ("Oskar Kowalczyk", "born 14/01/2023 (3), with a childminder three days a week"),
            ("Dad", "Tomasz Kowalczyk (44). Severe traumatic brain injury from a fall at work, March 2025. "
                    "Post-traumatic epilepsy since August 2025."),
            ("Mum", "Anna Kowalczyk (39), ward sister at Amberlade Royal Infirmary"),
            ("Home", "8 Linnet Close, Amberlade AB9 4HU"),
            ("Languages", "Polish and English at home; Tomasz prefers Polish when he is tired"),
            ("Category", "Physical abuse and neglect (both children)"),
            ("Social worker", "Kasia Nowak (speaks Polish), Safeguarding Team Central (team manager: Rachel "
                              "Boyd)"),
            ("Neuro-rehabilitation", "Sian Blake, occupational therapist, and Dr Rafe Ingram, clinical "
                                     "neuropsychologist, Amberlade Community Neuro-Rehabilitation Team (CNRT)"),
            ("Epilepsy nurse", "Julie Mercer, epilepsy nurse specialist, Amberlade Royal Infirmary"),
            ("GP", "Dr Neil Ashby, Linnet Medical Practice"),
        ]),
        ("h1", "What happened"),
        ("p", "Tomasz fell from scaffolding at work on 03/03/2025 and had a severe traumatic brain injury. He "
              "spent ten weeks in Amberlade Royal Infirmary and six weeks at the Cedars neuro-rehabilitation "
              "unit, and came home in July 2025. Since then he has looked after Oskar in the day while Anna "
              "works."),
        ("p", "The injury has changed him. He forgets what he was doing partway through, tires quickly, and "
              "can lose his temper in seconds. On 28/10/2025 he ran Oskar's bath, went downstairs and forgot "
              "him; Ellie found Oskar alone in the bath with the water still running. On 05/11/2025 Tomasz "
              "grabbed Ellie by the arm and pushed her against the wall when she would not turn the television "
              "off; her school saw the bruises the next day. Tomasz had his first seizure in August 2025 and "
              "another on 19/12/2025, while Oskar was with him in the kitchen."),
        ("p", "Tomasz's mother, Zofia, has dementia and lives in a care home in Gdansk; Tomasz has not been able "
              "to visit her since his accident. Ellie was off school for a week in January with a chest "
              "infection, and the school asked Anna for a sick note."),
        ("h1", "Tomasz's brain injury: what it looks like at home, and what helps"),
        ("p", "Sian and Dr Ingram wrote this grid with Tomasz and Anna. It explains the plan; it is not part of "
              "it."),
        ("table", {
            "header": ["What is harder since the injury", "What it looks like at home", "What helps"],
            "widths": [4.0, 6.5, 6.5],
            "rows": [
                ["Memory", "He starts a task (a bath, cooking) and forgets it partway through",
                 "One task at a time; phone alarms; the routine board in the kitchen"],
                ["Tiredness", "He needs to sleep after lunch, and is short-tempered by late afternoon",
                 "A rest while Oskar is at the childminder's; no caring on his own after 3pm"],
                ["Temper", "He shouts or grabs when it is noisy or he is interrupted",
                 "Leaving the room; his 'stop card'; the quiet garden room"],
                ["Seizures", "Two seizures since August; the warning signs are a strange smell and staring",
                 "Taking his levetiracetam on time; never bathing Oskar or carrying him on the stairs"],
            ],
        }),
        ("h1", "What is going well"),
        ("bullets", [
            "Tomasz has not missed a dose of levetiracetam since December and has had no seizure since "
            "19/12/2025.",
            "Tomasz says: \"I know I am not the same dad. I want to learn how to be safe for them.\"",
            "Anna has changed to three long day shifts a week, so she is at home four days a week.",
            "Oskar loves his childminder, Carol, and goes to her happily.",
            "Ellie is doing well at school and sings in the school choir.",
        ]),
        ("h1", "In Ellie's words"),
        ("p", "Kasia saw Ellie on her own at school on 28/01/2026. Ellie said: \"Dad isn't nasty, his brain got "
              "hurt. But when he shouts I go in my room and put my headphones on.\" \"I check on Oskar when "
              "he's in the bath because Dad forgets.\" \"I miss how Dad was.\" She scored home 6 out of 10, and "
              "said it would be 9 \"if Dad didn't get cross so fast and I didn't have to watch Oskar\". She "
              "would like to learn about brain injuries \"so I know it's not my fault\". Ellie has asthma and "
              "uses her blue inhaler before PE."),
        ("h1", "Oskar's day"),
        ("p", "Oskar is 3 and talks in short sentences in Polish and English. On childminder days Carol collects "
              "him at 8am and he comes home at 5pm, when Anna is back; on the other days he is with Anna. Kasia "
              "saw him at home on 22/01/2026. He played 'hospital' with his toy animals and put a bandage on "
              "the dog's head, \"like Tata\". When Tomasz raised his voice at the television, Oskar went to Anna "
              "and hid his face. He calls his bath \"Mama's job\". Carol says he eats a healthy diet of her "
              "home-cooked meals and naps for an hour after lunch."),
        ("h1", "What we want for Ellie and Oskar"),
        ("numbers", [
            "Oskar is never alone with his dad in the bath or on the stairs, or for longer than the safe care "
            "plan allows, until the neuropsychology report says what is safe.",
            "Ellie and Oskar are never grabbed, pushed or hurt, and Ellie feels safe in the same room as her dad "
            "when he is cross.",
            "Ellie no longer has to watch over Oskar, and can explain her dad's brain injury in her own words.",
            "If Tomasz has a seizure while Oskar is with him, Oskar is kept safe because everyone knows what "
            "to do.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "What will happen", "Who leads", "Starts / how often", "What will tell us it's "
                                                                                 "working"],
            "widths": [1.2, 6.0, 3.3, 3.0, 3.5],
            "rows": [
                ["Keeping Oskar safe in the day", H, H, H, H],
                ["1.1",
                 "Write a safe care plan with Tomasz and Anna: who cares for Oskar when, what Tomasz does and "
                 "does not do on his own with Oskar, and who to ring",
                 "Kasia Nowak (SW) and Sian Blake (OT, CNRT), jointly",
                 "By 24/02/2026",
                 "Safe care plan signed by Tomasz and Anna, on file, with a copy on the kitchen wall seen at "
                 "visits"],
                ["1.2",
                 "Look after Oskar while Anna is at work",
                 "Carol Webb, registered childminder",
                 "Mondays, Tuesdays and Thursdays, 8am to 5pm, from 16/02/2026",
                 "Carol's attendance record, sent to Kasia each month"],
                ["1.3",
                 "Give Oskar all his baths herself, and never leave Tomasz to bath him or carry him on the "
                 "stairs",
                 "Anna Kowalczyk (Mum)",
                 "Every bath time",
                 "Anna's entries in the family diary; Ellie tells Kasia at visits whether she has had to check "
                 "the bath"],
                ["1.4",
                 "Write a seizure plan for Tomasz, including what he does if he feels the warning signs while he "
                 "is with Oskar, and share it with Anna, Carol and Ellie's school",
                 "Julie Mercer, epilepsy nurse specialist",
                 "By 27/02/2026",
                 "Seizure plan on file and with Carol and the school; Anna and Carol can tell Kasia what they "
                 "would do"],
                ["1.5",
                 "Review Tomasz's levetiracetam and whether it is making his temper worse, because Ellie and Anna "
                 "say he has been quicker to anger since it started, and write to Kasia about any change",
                 "Dr Neil Ashby, GP, Linnet Medical Practice",
                 "By 06/03/2026",
                 "GP letter on Kasia's file by 06/03/2026"],
                ["Dad's recovery, for Ellie and Oskar", H, H, H, H],
                ["2.1",
                 "Home sessions with Tomasz to set up the routine board, phone alarms and a checklist for "
                 "caring for Oskar, and practise them; give the core group a view each time on what Tomasz can "
                 "now do safely on his own with Oskar",
                 "Sian Blake, occupational therapist, CNRT",
                 "Every week for 8 weeks from 17/02/2026",
                 "Sian's session notes to Kasia; Tomasz follows the checklist on 5 of the 5 days Sian watches "
                 "by 14/04/2026"],
                ["2.2",
                 "Neuropsychological assessment of Tomasz's memory, judgement and temper, with a written "
                 "opinion on what he can safely do when caring for Ellie and Oskar, how much more he is likely "
                 "to recover, and over what time",
                 "Dr Rafe Ingram, clinical neuropsychologist, CNRT",
                 "Assessment by 20/03/2026; report by 03/04/2026",
                 "Report shared with Kasia, Tomasz, Anna and the core group by 03/04/2026"],
                ["2.3",
                 "Go to Hedgerow's 'Living with Frustration' group for people with a brain injury, so that Ellie "
                 "and Oskar are not frightened by his temper, and keep an anger diary with Anna",
                 "Tomasz Kowalczyk (Dad)",
                 "Every Tuesday at 10am for 10 weeks from 24/02/2026",
                 "Hedgerow's register sent to Kasia each month; fewer outbursts each month in the diary, "
                 "counted by Anna and seen by Kasia"],
                ["2.4",
                 "Leave the room and use his stop card when he feels his temper rising, and never touch Ellie "
                 "or Oskar in anger",
                 "Tomasz Kowalczyk (Dad)",
                 "Every time, from 10/02/2026",
                 "Family diary kept by Anna; Ellie's and Oskar's words to Kasia at every visit"],
                ["2.5",
                 "Carer's assessment for Anna, looking at help that lets her keep working without Oskar being "
                 "left with Tomasz",
                 "Priya Shah, carers' assessor, Amberlade Adult Social Care",
                 "By 13/03/2026",
                 "Carer's assessment and support plan sent to Anna and Kasia"],
                ["Ellie", H, H, H, H],
                ["3.1",
                 "Four sessions with Ellie about her dad's brain injury, using Hedgerow's 'When Dad's Brain Got "
                 "Hurt' booklet, ending with her own safety plan",
                 "Kasia Nowak (SW)",
                 "Weekly, 16/02/2026 to 09/03/2026",
                 "Ellie's booklet and safety plan on file; her worry scale score at sessions 1 and 4"],
                ["3.2",
                 "Check in with Ellie at the start of the school day, and tell Kasia the same day about any "
                 "injury or anything Ellie says about home",
                 "Mrs Jo Hughes, DSL, Amberlade Junior School",
                 "Every Monday and Friday morning",
                 "Check-ins logged on CPOMS; summary e-mailed to Kasia each Friday"],
                ["3.3",
                 "Saturday group for children whose mum or dad has a brain injury",
                 "Mark Dale, family worker, Hedgerow Brain Injury Trust",
                 "First Saturday of each month from 07/03/2026",
                 "Group register; Ellie's feedback sheet shared with Kasia"],
                ["Seeing the children", H, H, H, H],
                ["4.1",
                 "Visit Ellie and Oskar at home, one visit in three unannounced; see Ellie on her own and Oskar "
                 "with his dad",
                 "Kasia Nowak (SW)",
                 "Every two weeks until the review conference",
                 "Visit records within 48 hours, with Ellie's home score and what Kasia saw of Oskar with "
                 "Tomasz"],
                ["4.2",
                 "Oskar's development review, using the ASQ-3 in Polish and English",
                 "Gemma Rhodes, health visitor, Amberlade 0-19 Service",
                 "By 13/03/2026",
                 "ASQ-3 scores on the health record, shared with Kasia"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Tomasz is found alone with Oskar outside the safe care plan, or bathing him or carrying him on "
            "the stairs: Anna comes home or Carol takes Oskar that day, and Kasia visits the same day.",
            "If Tomasz has a seizure while Oskar is with him, whoever is there follows the seizure plan and "
            "rings 999 if it lasts more than five minutes; Anna comes home, and Oskar is not left with Tomasz "
            "again until Julie and Kasia have agreed a new safe care plan.",
            "If Carol cannot have Oskar on one of Anna's work days, Anna takes emergency carer's leave (agreed "
            "with the Royal Infirmary), and Oskar is not left with Tomasz.",
            "If Tomasz grabs, pushes or hits Ellie, Oskar or Anna: the police are called; Tomasz leaves the "
            "house that day and stays with his brother Pawel at 31 Sedge Lane; and Kasia holds a strategy "
            "discussion the same day. If Pawel cannot have him, Kasia and Amberlade Adult Social Care arrange "
            "emergency accommodation for Tomasz that day.",
            "If Tomasz hurts either child again, or breaks the safe care plan twice, or Dr Ingram's report says "
            "he cannot safely care for the children without another adult there, Kasia asks Rachel Boyd for a "
            "legal planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Amberlade Junior School, so that Anna can come "
            "after her shift: 24/02/2026, 24/03/2026, 21/04/2026, 19/05/2026, 16/06/2026 and 14/07/2026. Sian "
            "or Dr Ingram comes to each core group for the CNRT.",
            "Review child protection conference: 04/08/2026 at 10am, Amberlade Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group plan: mother in prison (heroin and crack use, anxiety), the
#    children with their grandparents. Four "through the gate" part tables.
#    Faulty (docx)
# ---------------------------------------------------------------------------
_DOWLING_COLS = ["Action", "Owner", "Timescale", "Evidence"]
_DOWLING_WIDTHS = [7.0, 3.7, 3.0, 3.3]

PLANS.append({
    "name": "b192_axmoorside_core_group_through_the_gate_part_tables_dowling.docx",
    "doc_title": "Child Protection Plan revised at Core Group 2 - Harvey and Lola Dowling",
    "split": "tune",
    "actions": 17,
    "template": "core-group-2-revised-plan-docx-present-paragraph-family-kv-background-working-well-worries-childrens-views-to-be-gathered-outcomes-then-four-through-the-gate-part-tables-while-in-prison-day-of-release-after-release-at-nan-and-grandads-action-owner-timescale-evidence-then-contingency-meetings",
    "description": (
        "Plan revised at the second core group for a 6-year-old and a 3-year-old who live with their "
        "maternal grandparents while their mother serves a prison sentence for theft and possession "
        "linked to her heroin and crack use; she also has anxiety and flashbacks. The plan follows her "
        "release in four part tables (while she is in prison, the day of release, after release, the "
        "children at Nan and Grandad's), with the prison's substance misuse service and the community "
        "drug service reporting on change, and probation setting licence conditions. Faults: the "
        "children's views are 'to be gathered' and nothing anywhere records what they say, feel or live "
        "day to day; the prison in-reach team's sessions only support her; 'Family network' supervises "
        "the video calls; her Talking Therapies request is 'when she feels ready'; the contingency only "
        "says the core group will meet to review and consider next steps, with nothing said if the "
        "grandparents cannot go on; and nothing says legal planning follows."
    ),
    "blocks": [
        ("title", "Child Protection Plan - revised at Core Group 2"),
        ("p", "Axmoorside Council Children's Services. Core group meeting 2, held on 29/01/2026 at Axmoorside "
              "Family Centre. Initial child protection conference: 09/12/2025."),
        ("p", "Present: Rachel Kirk (social worker), Carol and Mick Dowling (maternal grandparents), Daniel Osei "
              "(probation officer, by phone), Leanne Roth (Clearway substance misuse service, HMP Fernbrook), "
              "Mrs Anjali Patel (DSL, Axmoorside Primary School), Gemma Nunn (health visitor). Shannon Dowling "
              "joined by video link from HMP Fernbrook for the first 30 minutes."),
        ("h1", "Family"),
        ("kv", [
            ("Harvey Dowling", "born 03/03/2019 (6), Year 2, Axmoorside Primary School"),
            ("Lola Dowling", "born 21/07/2022 (3), Brambles Pre-School, mornings"),
            ("Mother", "Shannon Dowling (28), at HMP Fernbrook, serving 8 months for theft and possession; "
                       "release on licence expected on 17/04/2026"),
            ("Harvey's father", "Not known"),
            ("Lola's father", "Jason Pike (31), whereabouts not known"),
            ("Grandparents", "Carol Dowling (56) and Mick Dowling (59), 14 Heather Close, Axmoorside AX3 8BW. "
                             "Harvey and Lola have lived with them since 05/11/2025 under a private family "
                             "arrangement; Shannon holds parental responsibility."),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Rachel Kirk, Axmoorside Safeguarding Team (team manager: Paul Kendrick)"),
        ]),
        ("h1", "Background"),
        ("p", "Shannon has used heroin and crack cocaine on and off since she was 19. She was on a methadone "
              "script with Axmoorside Recovery Partnership (ARP) in 2024 but stopped going in the spring of "
              "2025. On 05/11/2025 the police searched her flat at 3 Lark Court after she was arrested for "
              "shoplifting, and found foil, needles in an open kitchen drawer and very little food. Jason Pike "
              "was in the flat and could not be woken. Shannon was remanded, and on 11/12/2025 she was sentenced "
              "to 8 months."),
        ("p", "Shannon has anxiety and flashbacks from abuse in her teens, and says she used heroin \"to switch "
              "off\". In prison she is on a methadone script (40ml) with the Clearway substance misuse service, "
              "and has been seen twice by the prison's mental health in-reach team. Carol and Mick have cared "
              "for Harvey and Lola since 05/11/2025. Mick works part-time as a school caretaker; Carol has "
              "arthritis in her hands."),
        ("h1", "What is working well"),
        ("bullets", [
            "Shannon has been on a stable methadone dose since 20/12/2025, and all her prison drug tests have "
            "been negative for heroin and cocaine.",
            "Shannon has started a parenting course in prison and writes to the children every week.",
            "Carol and Mick have got Harvey to school every day; his attendance since November is 98%.",
            "Lola started at Brambles Pre-School in January.",
        ]),
        ("h1", "Worries"),
        ("bullets", [
            "Shannon has relapsed before after stopping treatment, in 2021 and in 2025.",
            "Her release is close, and she wants the children to come back to her straight away.",
            "Jason Pike is still using heroin, and Shannon has not said whether she will see him.",
            "Carol and Mick are tired. Carol says they can care for the children until the summer \"but not "
            "for ever\".",
        ]),
        ("h1", "Harvey and Lola's views"),
        ("p", "Harvey and Lola have not been seen on their own since the initial conference. Their views will "
              "be gathered by Rachel before the next core group."),
        ("h1", "Outcomes"),
        ("numbers", [
            "Harvey and Lola live in a home free of drugs and drug equipment, with an adult who is sober and "
            "able to care for them.",
            "Harvey and Lola go to school and pre-school every day and their health needs are met.",
            "If Harvey and Lola go back to Shannon's care, it happens only when the core group agrees it is "
            "safe, and in planned steps.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in four parts, following Shannon's release."),
        ("h2", "Part 1: While Shannon is at HMP Fernbrook"),
        ("table", {
            "header": _DOWLING_COLS,
            "widths": _DOWLING_WIDTHS,
            "rows": [
                ["Weekly support sessions with Shannon for her anxiety and flashbacks",
                 "Jo Whitlock, mental health nurse, HMP Fernbrook Mental Health In-Reach Team",
                 "Weekly until release",
                 "Attendance confirmed to Rachel each month"],
                ["Methadone reviews and weekly key work with drug tests, and a written report on Shannon's "
                 "progress and how likely she is to stay off heroin after release, so that the core group can "
                 "judge whether Harvey and Lola could go back to her care",
                 "Leanne Roth, recovery worker, Clearway (HMP Fernbrook)",
                 "Weekly; report by 03/04/2026",
                 "Test results sent to Rachel each month; report on file by 03/04/2026"],
                ["Pre-release plan with Shannon: approved address, and licence conditions of drug testing, no "
                 "contact with Jason Pike, and working with children's services",
                 "Daniel Osei, probation officer, Axmoorside Probation Delivery Unit",
                 "By 03/04/2026",
                 "Licence conditions and address sent to Rachel by 03/04/2026"],
                ["Visit Shannon at HMP Fernbrook to go through the plan and talk about Harvey and Lola",
                 "Rachel Kirk, social worker",
                 "Every 4 weeks until release",
                 "Visit notes on the children's file"],
                ["Supervise Harvey and Lola's video calls with Shannon from the prison",
                 "Family network",
                 "Every Sunday at 2pm",
                 "Call log kept on the fridge, seen by Rachel at visits"],
                ["Bring Harvey and Lola on family visits to HMP Fernbrook",
                 "Carol Dowling (Nan)",
                 "Twice a month, booked through the visitors' centre",
                 "Visit booking confirmations, shown to Rachel"],
            ],
        }),
        ("h2", "Part 2: The day of release"),
        ("table", {
            "header": _DOWLING_COLS,
            "widths": _DOWLING_WIDTHS,
            "rows": [
                ["Meet Shannon at the gate and take her to her approved address, Ashby House",
                 "Daniel Osei, probation officer",
                 "Day of release (17/04/2026)",
                 "Arrival confirmed to Rachel by phone the same day"],
                ["First appointment, and a methadone script from the day of release with no gap, so that "
                 "Shannon is stable before she sees Harvey and Lola",
                 "Colin Frame, recovery worker, Axmoorside Recovery Partnership (ARP)",
                 "Day of release (17/04/2026)",
                 "Script start date and pharmacy confirmed to Rachel"],
            ],
        }),
        ("h2", "Part 3: After release"),
        ("table", {
            "header": _DOWLING_COLS,
            "widths": _DOWLING_WIDTHS,
            "rows": [
                ["Weekly key work and urine tests, a 3-month hair strand test, and a report to each core group "
                 "on Shannon's drug use and whether she can care for Harvey and Lola",
                 "Colin Frame, ARP",
                 "Weekly from 20/04/2026; hair strand test by 17/07/2026",
                 "Test results to Rachel every week; report 2 working days before each core group"],
                ["Register with a GP and ask for a review of her anxiety medication",
                 "Shannon Dowling",
                 "Within 7 days of release",
                 "GP registration confirmed to Rachel"],
                ["Ask Axmoorside Talking Therapies for trauma-focused therapy",
                 "Shannon Dowling",
                 "When she feels ready",
                 "Referral acceptance letter on file"],
                ["Supervised contact with Harvey and Lola at Axmoorside Family Centre",
                 "Sue Harding, contact worker, Axmoorside Family Centre",
                 "Twice a week from 21/04/2026",
                 "Contact records sent to Rachel after each session"],
                ["Parenting assessment of Shannon",
                 "Rachel Kirk, social worker",
                 "Sessions weekly from 27/04/2026; report by 26/06/2026",
                 "Report shared with Shannon and the core group by 26/06/2026"],
            ],
        }),
        ("h2", "Part 4: Harvey and Lola at Nan and Grandad's"),
        ("table", {
            "header": _DOWLING_COLS,
            "widths": _DOWLING_WIDTHS,
            "rows": [
                ["Get Harvey to school and Lola to pre-school",
                 "Carol and Mick Dowling (grandparents)",
                 "Every school day",
                 "School and pre-school registers, sent to Rachel each half term"],
                ["Check in with Harvey each morning, and tell Rachel about any worry the same day",
                 "Mrs Anjali Patel, DSL, Axmoorside Primary School",
                 "Every school day",
                 "Check-ins logged on CPOMS; summary to Rachel each Friday"],
                ["Lola's development review, using the ASQ-3",
                 "Gemma Nunn, health visitor, Axmoorside 0-19 Service",
                 "By 27/02/2026",
                 "ASQ-3 scores shared with Rachel"],
                ["Visit Harvey and Lola at Nan and Grandad's, seeing each child on their own",
                 "Rachel Kirk, social worker",
                 "Every 2 weeks",
                 "Visit records on file within 48 hours"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are any further concerns about Shannon's drug use or the children's care, the core group "
              "will meet to review the plan and consider next steps."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Axmoorside Family Centre: 26/02/2026, 26/03/2026, 23/04/2026 and "
            "21/05/2026.",
            "Review child protection conference: 05/03/2026 at 10am, Axmoorside Civic Hall.",
        ]),
    ],
    "findings": [
        F("F003"),
        F("H001", "Weekly support sessions with Shannon for her anxiety and flashbacks"),
        F("W002", "Supervise Harvey and Lola's video calls with Shannon"),
        F("T002", "Ask Axmoorside Talking Therapies for trauma-focused therapy"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
