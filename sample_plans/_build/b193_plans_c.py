"""Batch 193, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: children, parents, relatives, professionals,
services, schools, hospitals, prisons, probation units and councils. Any
likeness to real people or places is a coincidence. Labels were written by
hand from docs/rules.md and the labelling conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: a parent who is ill, and keeping the child in view when the adult's
needs are loud (Child Z's plans lost sight of the baby behind her mother's
needs). The families live with a parent's paranoid schizophrenia, a father's
drinking beside a mother's epilepsy, a mother's learning disability, a
mother detained on a psychiatric ward, a mother on methadone and a father in
prison, a mother's multiple sclerosis and depression, and a mother's
postnatal depression beside a father's brain injury. Adult services (the
community mental health team's care coordinator and consultant, the
perinatal team, the learning disability nurse, adult social care, the ward,
the drug service, the GP, probation, a brain injury team) own actions in
the same table as the children's work, in a part of their own, or jointly
with the social worker, and most adult work says what it means for the
child; mental health practitioners are asked for their view of the parent's
capacity to change, its steps and its likely timescale. The illness is
recorded in many places and words (history, a diagnosis line, a health
section, "his drinking", "her epilepsy"); a child's asthma, a grandparent's
dementia or COPD, "sick notes" and "a healthy diet" are not a parent's
illness. The child's experience sits under the writer's own headings
("Finn's day", "What it is like for Nell", "In Jaxon's words") or inside a
paragraph. In the faulty plans a few actions lack an owner, a real time or
an observable check, and some of the adult work loses the child.

1. a "Think Family" initial conference plan for an 11-year-old and a
   5-year-old whose mother has paranoid schizophrenia and stopped her
   depot: one table whose first column, what the children need, is merged
   down beside the work that serves it, the CMHT's rows among the
   children's (docx, exemplary);
2. an initial conference plan for an 8-year-old and a 2-year-old whose
   father drinks every evening and whose mother has epilepsy, opening with
   "Finn's day" and setting the plan out in tables by part of his day,
   page header and footer (pdf): faults are the grandmother's Saturdays
   "when she can", the learning mentor's check-in "Monitored by school",
   the family support worker's sessions with "-" for how we will know,
   "Family" keeping alcohol out of the house, the drinking and the epilepsy
   recorded with no adult service owning any action (the alcohol service
   is only somewhere the father is to go), and a contingency that relies
   on the grandmother with nothing said if she or the aunt cannot help
   (T002, M002, M001, W002, F004, C003);
3. an initial conference plan in plain words for a 4-year-old with asthma
   and a 5-month-old losing weight, whose mother has a learning
   disability: "Who will do what" person by person under "X will:"
   lead-ins, her own support team (learning disability nurse, adult social
   care, advocate, GP) first (md, exemplary);
4. an initial conference plan for three children whose mother, who has
   bipolar disorder, is detained on a psychiatric ward: a health section,
   then a numbered children's table under theme banner rows and a separate
   table for her treatment, leave and discharge (docx): faults are a
   passive young carers referral with "-" for its lead, the Head of Year's
   check-ins measured by "Sami's wellbeing monitored", the nursery's
   learning journal with "-" for by when, the ward psychologist's sessions
   only treating the mother, an outcome about the mother only, and a review
   conference "to be arranged" (W001, M002, T001, H001, F002, R001);
5. a review conference plan in plain text for a 12-year-old and a 7-year-old
   whose mother is on methadone and using heroin on top and whose father is
   in prison, due out on licence: three strands (home and school, Mum's
   recovery with the drug service, Dad's sentence and release with
   probation), each action a numbered WHAT / WHO / BY WHEN / WE WILL KNOW
   BECAUSE block (txt): faults are a young carers referral with "-" for we
   will know, the detox referral "when Gemma is ready", probation's sessions
   measured by "Ryan's engagement", "All agencies" passing on the father's
   contact, a contingency that only has the social worker discuss "further
   concerns" with her manager and a core group review and consider next
   steps, and no legal planning (M001, T002, M002, W002, C002, R002);
6. an initial conference plan for a 13-year-old whose mother has multiple
   sclerosis and depression, with a health summary first and the plan as
   numbered items with inline Who / By / Check labels (md): faults are nine
   of fifteen actions about the mother's own care, treatment, equipment and
   benefits with no link to her daughter, two outcomes about the mother
   only, no wishes, feelings or views of the girl anywhere, Talking
   Therapies' CBT only treating the mother, the young carers assessment
   "ASAP", the falls programme with "-" for its check, and no legal
   planning (F001, F002 x2, F003, H001, T002, M001, R002);
7. an initial conference plan for a 9-week-old whose mother has postnatal
   depression with intrusive thoughts and whose father has a brain injury:
   "What it is like for Nell", a health section for each parent, then
   three tables (Nell's plan, Hannah's part with the perinatal team, Rob's
   part with the brain injury team, the parents' tables with an "In order
   to keep Nell safe" column), landscape, page header and footer (pdf,
   exemplary).

Three plans (1, 3 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome (and every merged need cell or "keep Nell safe" cell) is about the
child; each contingency has specific triggers, concrete protective responses
and a fallback if a relative's help fails; each records the child's words or
observed days, core group dates and a dated review conference, and legal
planning after named triggers; adult services own actions, and every
mental health service row asks for a view of the parent's capacity to change
and how long it is likely to take.

Counting convention used for "actions" (README convention 1): each row of an
action table (banner rows and merged need cells excepted), each bullet under
an "X will:" lead-in, each numbered block of the three strands and each
numbered item of the plan counts once, whatever number of sentences it
holds. Details, health sections, "Finn's day" and other views, worries,
strengths, outcomes, the contingency and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Think Family initial conference plan: one table whose first column
#    ("What Mason and Ruby need") is merged down over the work that serves it,
#    the community mental health team's rows in the same table as the
#    children's. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_carrowmoor_think_family_need_merged_adult_rows_inline_fairclough.docx",
    "doc_title": "Think Family Child Protection Plan - Mason and Ruby Fairclough",
    "split": "heldout",
    "actions": 14,
    "check_vmerge": 4,
    "template": "think-family-icpc-plan-docx-details-grid-then-why-worried-going-well-what-it-is-like-at-home-then-one-table-what-the-children-need-merged-down-beside-childrens-and-cmht-rows-together-what-will-be-done-who-when-how-we-will-know-then-if-jo-becomes-unwell-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 5-year-old whose mother has paranoid "
        "schizophrenia: she stopped her depot for six weeks, kept the children in and off school because "
        "she believed the water was poisoned, and was admitted informally; the 11-year-old found her "
        "talking to voices at 2am. A 'Think Family' plan: one table whose first column, what the children "
        "need, is merged down over the work that serves it, with the community mental health team's rows "
        "(weekly care coordinator visits, the psychiatrist's CPA review and capacity-to-change report, a "
        "relapse plan written jointly with the social worker) in the same table as the school's, the "
        "young carers service's and the uncle's. The grandmother's dementia is background only. Every row "
        "has an owner, a real time and a check; the contingency names triggers, the uncle's home and a "
        "fallback; legal planning follows named triggers; core group and review dates are set; the "
        "children's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Think Family"),
        ("p", "Carrowmoor Metropolitan Borough Council, Children and Families, with Carrowmoor and Dale "
              "Mental Health NHS Trust (Carrowmoor North Community Mental Health Team)"),
        ("table", {
            "rows": [
                ["Children", "Mason Fairclough, born 03/03/2014 (11), Year 7, Carrowmoor Academy\n"
                             "Ruby Fairclough, born 22/06/2020 (5), Reception, Moorside Primary School"],
                ["Home", "27 Larch Avenue, Carrowmoor CW4 9DT, with their mum"],
                ["Mum", "Joanne (Jo) Fairclough (36). Paranoid schizophrenia, diagnosed 2014; on CPA with "
                        "Carrowmoor North CMHT; monthly paliperidone depot"],
                ["Dad", "Paul Ingham, lives in Kelderby; no contact with the children since 2023"],
                ["Family", "Craig Fairclough (Jo's brother) and his wife Lisa, 6 Ferry Lane, Carrowmoor. "
                           "Jo's mother, Maureen Fairclough, has dementia and has lived at Fernlea Care Home "
                           "since 2024; she no longer helps with the children."],
                ["Category", "Neglect and emotional harm (both children)"],
                ["Conference", "Initial child protection conference, 27/11/2025. Chair: Amanda Leigh (IRO)"],
                ["Social worker", "Dawn Kettle, Safeguarding Team North (team manager: Gareth Noble)"],
                ["Care coordinator", "Sunita Rao, community psychiatric nurse, Carrowmoor North CMHT"],
                ["Consultant", "Dr Felix Amadi, consultant psychiatrist, Carrowmoor North CMHT"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "Why we are worried"),
        ("p", "Jo has lived with paranoid schizophrenia since 2014 and has been well on a monthly depot for most "
              "of that time. In September 2025 she stopped going to the depot clinic. Over six weeks she became "
              "sure that the neighbours were putting poison in the water. She would not let Mason and Ruby "
              "drink from the tap or eat food she had not cooked, kept them indoors with the curtains shut, "
              "and kept them off school for nine days. Ruby went to bed without tea on several nights. On "
              "13/10/2025 Mason woke at 2am and found his mum in the kitchen shouting at voices; he sat on the "
              "stairs with Ruby until morning and did not tell anyone. On 14/10/2025 a neighbour called the "
              "police. Jo agreed to go into Ashgrove Ward as an informal patient for eight days, and the "
              "children stayed with Craig and Lisa. Jo came home on 31/10/2025 and restarted her depot."),
        ("p", "We are worried that if Jo stops her treatment again, Mason and Ruby will again be frightened, "
              "hungry and kept from school, and that Mason will try to cope on his own rather than tell an "
              "adult. Jo also told the conference that the promethazine she takes at night makes her sleep "
              "through her alarm, and Ruby has been late 14 times this term."),
        ("h1", "What is working well"),
        ("bullets", [
            "Jo has had her depot on time since 31/10/2025 and has seen Sunita every week.",
            "Jo talked openly at the conference about the voices, and said: \"I want the kids to know what to "
            "do if I go like that again.\"",
            "Craig and Lisa looked after both children at short notice in October, and both children say they "
            "like staying there.",
            "Mason's form tutor says he is polite and well liked, and he has joined the chess club.",
        ]),
        ("h1", "What it is like at home for Mason and Ruby"),
        ("p", "Dawn saw Mason on his own at school on 20/11/2025. He said: \"When Mum's poorly she goes quiet "
              "and then she shouts at people who aren't there. I don't want Ruby to see.\" He said he did not "
              "tell school in October \"because they'd take Mum away\". He scored home 6 out of 10 now and 1 "
              "out of 10 \"in the water time\". He would like \"someone who gets it to talk to\" and to go to "
              "chess club without worrying about Ruby."),
        ("p", "Ruby drew her house for Dawn at home on 21/11/2025: Mum in the kitchen, Mason and Ruby in the "
              "garden, and a big sun. She said \"Mummy is better now, she does pancakes\", and that she likes "
              "\"Auntie Lisa's\" because \"we have sleepovers\". Her teacher says Ruby is hungry on Mondays and "
              "falls asleep after lunch when she has come in late."),
        ("h1", "The plan"),
        ("p", "The first column says what Mason and Ruby need. The work beside it, by children's services, "
              "school, the family and the community mental health team, is there to make that happen. Sunita "
              "and Dr Amadi agreed their rows with Dawn at the CPA meeting on 25/11/2025."),
        ("table", {
            "header": ["What Mason and Ruby need", "What will be done", "Who", "When", "How we will know"],
            "widths": [3.2, 5.6, 2.8, 2.4, 3.0],
            "rows": [
                ["A mum whose illness is treated and watched closely, so that the first signs of her becoming "
                 "unwell are acted on before Mason and Ruby are frightened or left to cope",
                 "Home visit to Jo every week: check she has had her depot, go through her relapse signature "
                 "with her and ask what Mason and Ruby have noticed. In a monthly update, say whether Jo is "
                 "making the changes this plan needs, what still has to change and how long that is likely "
                 "to take",
                 "Sunita Rao, care coordinator (CPN), Carrowmoor North CMHT",
                 "Every Tuesday from 02/12/2025; monthly update before each core group",
                 "Visit note e-mailed to Dawn within 2 working days; any early warning sign phoned to Dawn the "
                 "same day; written update at each core group"],
                [V,
                 "CPA review with Jo, Sunita and Dawn, then a written report on Jo's capacity to change: "
                 "whether she can keep taking her treatment and spot her own early signs, the steps she still "
                 "needs to take, how long this is likely to take, and what it means for Mason's and Ruby's "
                 "care",
                 "Dr Felix Amadi, consultant psychiatrist, Carrowmoor North CMHT",
                 "CPA review 20/01/2026; report by 27/01/2026",
                 "Report on Dawn's file by 27/01/2026 and talked through at the core group on 03/02/2026"],
                [V,
                 "Go to the depot clinic at Ashgrove Resource Centre for her injection, so that she stays well "
                 "enough to get Ruby up for school and Mason does not have to look after her",
                 "Jo Fairclough (Mum)",
                 "Every four weeks; next due 08/12/2025",
                 "Depot clinic record, sent by Sunita to Dawn after each injection; no missed depot"],
                [V,
                 "Review the promethazine Jo takes at night, which she says makes her sleep through her "
                 "alarm, and write to Dawn about whether the new dose lets Jo get Ruby to school on time",
                 "Dr Helen Marsh, GP, Brookside Surgery",
                 "Appointment by 16/12/2025; letter by 19/12/2025",
                 "GP letter on Dawn's file; Ruby's late marks on the school register fall to no more than one "
                 "a fortnight by 13/02/2026"],
                [V,
                 "Write a family relapse plan with Jo, Mason and Craig: the signs Mason has seen before, who "
                 "he rings, and who takes Ruby to school if Mum is unwell. Sunita will tell each core group "
                 "whether Jo has used it when early signs appeared, as evidence for her view of Jo's capacity to "
                 "change",
                 "Dawn Kettle (SW) and Sunita Rao (CMHT), jointly",
                 "Written by 19/12/2025; checked at each core group",
                 "Signed plan on file, with copies at Craig's and at both schools; Mason can tell Dawn who he "
                 "would ring"],
                ["Mason is an 11-year-old boy, not his mum's carer: he is in school every day, sees his friends "
                 "and knows that Mum's illness is not his job to fix",
                 "Young carers assessment with Mason, then a place in the Thursday young carers group",
                 "Asha Patel, Carrowmoor Young Carers",
                 "Assessment by 19/12/2025; group every Thursday, 4pm to 6pm, from 08/01/2026",
                 "Assessment on Dawn's file; group register sent to Dawn at the end of each month"],
                [V,
                 "Lunchtime check-in with Mason, and Mason's attendance sent to Dawn",
                 "Mr Tom Garside, Head of Year 7, Carrowmoor Academy",
                 "Every Monday and Thursday lunchtime; attendance every Friday",
                 "Check-in log; attendance up from 84% to 95% or more by the February half term (13/02/2026)"],
                [V,
                 "Six sessions with Mason about Mum's illness, using the 'Being Me When Mum Is Poorly' "
                 "workbook, so that he understands what schizophrenia is and who he can tell",
                 "Dawn Kettle (SW)",
                 "Weekly, 10/12/2025 to 21/01/2026",
                 "Workbook on file; Mason can name three adults he would tell and says, in his own words, "
                 "what happens when Mum is unwell"],
                ["Ruby (5) is got up, fed and taken to school on time every day, and is looked after every "
                 "evening by an adult who is well",
                 "Take Ruby to school, so that she is on time on the two mornings Jo finds hardest",
                 "Craig Fairclough (uncle)",
                 "Every Tuesday and Thursday, leaving at 8.20am",
                 "School register shows Ruby in by 8.50am on those days; Craig texts Dawn if he cannot go"],
                [V,
                 "Have Mason and Ruby for tea and a sleepover, so that Jo gets a full night's sleep once a week",
                 "Lisa Fairclough (aunt)",
                 "Every Saturday, 4pm to Sunday 11am",
                 "Lisa texts Dawn each Sunday; the children tell Dawn about it at her visits"],
                [V,
                 "Check Ruby at the classroom door: is she fed, clean and ready to learn; give her toast if not",
                 "Mrs Beth Holroyd, Reception teacher, Moorside Primary School",
                 "Every school day at registration",
                 "Each check on CPOMS; the DSL e-mails Dawn a summary every Friday"],
                [V,
                 "Home visits, seeing each child on their own and looking at food, bedrooms and Jo's "
                 "medication box",
                 "Dawn Kettle (SW)",
                 "Every two weeks until the review conference; one visit in three unannounced",
                 "Visit records within 48 hours, with each child's words"],
                ["A calm home where Mum can notice and answer Mason and Ruby, even on days when her illness "
                 "is there",
                 "Go to 'Keeping Families Together', a ten-week course for parents with a mental illness, at "
                 "Carrowmoor Family Hub",
                 "Jo Fairclough (Mum)",
                 "Wednesdays 10am, 14/01/2026 to 18/03/2026",
                 "Course register sent to Dawn; a bedtime routine for Ruby seen working at Dawn's evening visit"],
                [V,
                 "Home sessions with Jo on a morning routine, meals and keeping the house clean",
                 "Kelly Brannigan, family support worker, Carrowmoor Family Hub",
                 "Twice a week for 12 weeks from 08/12/2025",
                 "Morning routine chart on the fridge; Graded Care Profile 2 scores at weeks 1, 6 and 12, "
                 "shared with the core group"],
            ],
        }),
        ("h1", "If Jo becomes unwell, or the plan is not keeping the children safe"),
        ("bullets", [
            "If Jo misses a depot, or Sunita, Dawn, school or the children see any of her early warning signs "
            "(not sleeping, closing the curtains in the day, talk about the water or the neighbours): Sunita "
            "sees Jo within 24 hours and the CMHT duty psychiatrist reviews her within 48 hours. Craig takes "
            "Ruby to school every day until Sunita says Jo is settled.",
            "If Jo is hearing voices, or believes the children are in danger from the neighbours or the water, "
            "or the children are found without food or kept off school: Mason and Ruby go to Craig and Lisa's "
            "at 6 Ferry Lane that day, and Dawn holds a strategy discussion with the police and the CMHT the "
            "same day.",
            "If Craig and Lisa cannot have the children, or cannot keep up the school run and Saturdays, they "
            "tell Dawn that day. Dawn will arrange the school run through the Family Hub's morning service "
            "within two working days, and if the children need to leave home and Craig and Lisa cannot have "
            "them, Dawn (or the Emergency Duty Team) will arrange an emergency foster placement for both "
            "children together that day.",
            "If Jo stops her depot again, or either child is kept off school because of her beliefs, Dawn will "
            "ask Gareth Noble (team manager) for a legal planning meeting within 5 working days, to decide "
            "whether to start the Public Law Outline. If Dr Amadi's report says Jo is unlikely to stay well "
            "enough to care for the children within Mason's and Ruby's timescales, Dawn will ask for a legal "
            "planning meeting before the review conference.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Moorside Primary School at 1.30pm: 09/12/2025, 06/01/2026 and "
            "03/02/2026. Sunita comes to every core group.",
            "Review child protection conference: 19/02/2026 at 10am, Carrowmoor Town Hall.",
        ]),
        ("p", "Plan sent to Jo, Craig and Lisa and every agency on 28/11/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan built around "Finn's day": a timeline of his
#    day, then the plan in tables by part of the day (mornings and school;
#    after school, teatime and weekends; evenings, nights and bath time; the social
#    worker's work with Finn). Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_cobbleford_finns_day_timeline_part_of_day_tables_hartigan.pdf",
    "doc_title": "Child Protection Plan - Finn and Esme Hartigan",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "Cobbleford Borough Council · Children's Services · Child Protection Plan",
    "footer": "Finn and Esme Hartigan · ICPC 04/12/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-kv-details-then-finns-day-timeline-table-time-what-happens-then-danger-statement-going-well-what-needs-to-change-then-plan-tables-by-part-of-the-day-mornings-after-school-evenings-sw-work-with-finn-what-who-when-how-we-will-know-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for an 8-year-old and a 2-year-old. Their father drinks heavily every "
        "evening and was asleep drunk when their mother, who has epilepsy, had a seizure bathing the "
        "2-year-old; the 8-year-old pulled his sister out and rang 999. The plan opens with 'Finn's day', "
        "a timeline of his day in his own words, and sets the work out in tables by part of his day, each "
        "with What / Who / When / How we will know. The father's drinking and the mother's epilepsy are "
        "recorded in several places, but the only mention of an adult service is the alcohol service the "
        "father is to go to himself: no adult service owns an action. Faults: the grandmother's Saturdays "
        "'when she can'; the learning mentor's morning check-in measured by 'Monitored by school'; the "
        "family support worker's sessions with '-' for how we will know; 'Family' keeping alcohol out of "
        "the house; no adult service owning any action; and a contingency that sends the children to the "
        "grandmother and relies on her and the aunt with nothing said if they cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference on 04/12/2025. Chair: Martin Aske (IRO). "
              "This plan was written by Gail Redfern (social worker) and read through with Lee and Nicola "
              "before the end of the conference."),
        ("kv", [
            ("Children", "Finn Hartigan, born 17/04/2017 (8), Year 4, St Bede's RC Primary School; Esme "
                         "Hartigan, born 09/09/2023 (2), Little Acorns Nursery (mornings)"),
            ("Address", "41 Tanyard Close, Cobbleford CB2 6LN"),
            ("Parents", "Lee Hartigan (39) and Nicola Hartigan (35), married, both live at home"),
            ("Family", "Pat Hartigan (63), Lee's mother, 14 Weavers Row, Cobbleford; Kerry Doyle (31), "
                       "Nicola's sister, 3 Mill Street, Cobbleford"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Gail Redfern, Children's Safeguarding Team (team manager: Sandra Okoro)"),
        ]),
        ("h1", "Finn's day"),
        ("p", "Gail spent time with Finn at school on 27/11/2025 and at home on 29/11/2025. This is his day "
              "as he told it, with what Nicola and his teacher added."),
        ("table", {
            "header": ["Time", "What happens"],
            "widths": [2.8, 14.2],
            "rows": [
                ["7.00am", "\"I get up by myself with my alarm clock. Mum's still asleep if she had a fit in the "
                           "night. I make cereal for me and Esme.\""],
                ["8.40am", "Lee walks Finn to school on most days. Finn is late about twice a week (15 late "
                           "marks this term). \"Sometimes Dad smells of his cans from last night.\""],
                ["School", "Finn's teacher says he is bright, loves science, and is often tired and hungry by "
                           "10am. He asks to phone home at dinner time \"to check Mum's OK\"."],
                ["3.15pm", "Nan Pat or Dad picks Finn up. \"Nan's is good, she does fish fingers.\""],
                ["6.00pm", "\"Dad opens his cans when the football's on. After three he gets shouty.\" "
                           "Nicola says Lee drinks about 3 litres of strong cider most evenings and more at "
                           "weekends."],
                ["Bath time", "Nicola baths Esme. \"If Mum goes funny I have to shout Dad. I pulled Esme out "
                              "that time.\""],
                ["9.00pm", "\"Dad falls asleep on the settee. I put my headphones on if they argue.\""],
                ["Night", "\"I worry about Mum having a fit and nobody waking up.\" Finn scored home 4 out of "
                          "10. He wants \"Dad to stop the cans\" and \"someone to be awake when Mum's poorly\"."],
            ],
        }),
        ("h1", "Why we are worried"),
        ("p", "Nicola has had epilepsy since she was a teenager. Since her medication was changed in the "
              "summer she has had two or three tonic-clonic seizures a month, often at night or when she is "
              "tired, and she is very drowsy for some hours afterwards. Lee has drunk heavily for about five "
              "years, and more since he lost his job in March 2025; he says his drinking is \"under control\"."),
        ("p", "On 21/09/2025 Nicola had a seizure while bathing Esme. Lee was asleep on the settee after "
              "drinking and could not be woken. Finn, then 8, pulled Esme out of the water and rang 999. Esme "
              "was checked at Cobbleford General Hospital and was not hurt. On 12/10/2025 police were called "
              "to an argument; Lee had been drinking and pushed Nicola against the kitchen door while Finn "
              "watched. No charges were brought. Esme missed her two-year health review in October."),
        ("p", "We are worried that Finn and Esme are being looked after in the evenings and at night by a "
              "father who is drunk, and by a mother who may have a seizure with no sober adult there to keep "
              "them safe; that Esme could drown or be hurt; and that Finn, at 8, is looking after his sister "
              "and watching over his mum."),
        ("h1", "What is working well"),
        ("bullets", [
            "Finn and Esme love their parents, and Lee walks Finn to school and plays football with him.",
            "Nicola takes her epilepsy medicines every day and keeps a seizure diary.",
            "Pat and Kerry live close by and both came to the conference and offered to help.",
            "Lee agreed at the conference to go to Brightwater Alcohol Service for an assessment.",
        ]),
        ("h1", "What needs to change for Finn and Esme"),
        ("numbers", [
            "Finn and Esme are looked after every evening and night by an adult who is sober.",
            "Esme is never in the bath, or alone, with a parent who may have a seizure unless another adult "
            "is in the house.",
            "Finn gets to school on time, having had breakfast, and no longer has to look after his sister or "
            "watch over his mum.",
            "Esme's development is checked, and she gets help with her talking if she needs it.",
        ]),
        ("h1", "The plan"),
        ("h2", "Mornings and school"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "rows": [
                ["Get Finn to school by 8.45am and Esme to nursery by 9am, sober, with breakfast eaten",
                 "Lee Hartigan (Dad)",
                 "Every weekday",
                 "School and nursery registers sent to Gail every Friday; no late marks"],
                ["Check in with Finn when he arrives: how his evening and night were, and whether he has had "
                 "breakfast; give him toast if not",
                 "Mrs Rachel Obi, learning mentor, St Bede's",
                 "Every school day, 8.50am",
                 "Monitored by school"],
                ["Esme's two-year health and development review, with an ASQ-3, at home",
                 "Sian Pritchard, health visitor, Cobbleford 0-19 Service",
                 "By 19/12/2025",
                 "ASQ-3 scores in the red book and on the health record; copy to Gail"],
                ["Esme's progress check at two, shared with Nicola and the health visitor, with any speech "
                 "and language referral",
                 "Jenny Walsh, Esme's key person, Little Acorns Nursery",
                 "By 30/01/2026",
                 "Progress check on Esme's nursery file; referral letter, if made, copied to Gail"],
            ],
        }),
        ("h2", "After school, teatime and weekends"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "rows": [
                ["Collect Esme from nursery and look after her until 5pm, so that Nicola can rest",
                 "Pat Hartigan (paternal grandmother)",
                 "Every Monday and Wednesday, 12 noon to 5pm",
                 "Nursery signing-out sheet; Pat writes in the home diary, read by Gail at visits"],
                ["Take Finn to football training on Saturdays and have him for tea afterwards",
                 "Pat Hartigan (paternal grandmother)",
                 "When she can",
                 "Pat texts Gail after each Saturday"],
                ["Have Finn for a sleepover, so that he has a quiet night's sleep",
                 "Kerry Doyle (maternal aunt)",
                 "Every Friday night from 05/12/2025",
                 "Kerry texts Gail each Saturday morning; Finn tells Gail about it at her visits"],
                ["Six sessions with Nicola and Lee on teatime and bedtime routines for Finn and Esme",
                 "Carl Jessop, family support worker, Cobbleford Early Help",
                 "Weekly, 08/12/2025 to 19/01/2026",
                 "-"],
            ],
        }),
        ("h2", "Evenings, nights and bath time"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "rows": [
                ["Bath Esme only when another adult is in the house and awake, and never on her own",
                 "Nicola Hartigan (Mum)",
                 "Every bath time",
                 "Bath time log in the home diary, signed by the other adult and read by Gail at each visit"],
                ["Not drink alcohol at all between 3pm and the children's bedtime, or at any time when he is "
                 "the only adult looking after Finn and Esme",
                 "Lee Hartigan (Dad)",
                 "Every day from 04/12/2025",
                 "Breath test at each of Gail's evening visits reads 0.00; Finn and Nicola tell Gail the same"],
                ["Go to an assessment at Brightwater Alcohol Service and show Gail his appointment letters",
                 "Lee Hartigan (Dad)",
                 "Assessment by 19/12/2025",
                 "Appointment letters seen by Gail"],
                ["Keep no alcohol in the house and make sure visitors do not bring any",
                 "Family",
                 "Every day",
                 "Gail checks the kitchen and the recycling at every visit"],
            ],
        }),
        ("h2", "Gail's work with Finn"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "rows": [
                ["Make a safety plan with Finn using his 'safety hand': what to do if Mum has a fit or Dad is "
                 "drunk, and who to ring (999, then Nan Pat)",
                 "Gail Redfern (SW)",
                 "By 19/12/2025, then checked at each visit",
                 "Finn's safety hand on file; Finn can tell Gail who he would ring and what he would say"],
                ["Home visits, seeing Finn on his own, with at least one visit a month after 6pm",
                 "Gail Redfern (SW)",
                 "Every two weeks until the review conference; one visit in three unannounced",
                 "Visit records within 48 hours, with what Finn said and what was seen in the house"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Lee has been drinking when he is looking after the children on his own, or Finn or Nicola tells "
            "any professional that he has, Finn and Esme will go to Pat's house at 14 Weavers Row that night, "
            "and Gail will hold a strategy discussion with the police the next working day.",
            "If Nicola has a seizure while she is the only adult with the children, Finn rings 999 and then Nan "
            "Pat, who will come to the house and look after Finn and Esme until Lee or Kerry is there and "
            "sober.",
            "If there is any more violence between Lee and Nicola, Nicola rings 999, Lee leaves the house that "
            "night, and Gail holds a strategy discussion the same day.",
            "If Lee is found drunk while in sole care of the children a second time, or there is any further "
            "violence, Gail will ask Sandra Okoro (team manager) for a legal planning meeting within 5 working "
            "days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 16/12/2025, then every four weeks on Tuesdays at 10am at St Bede's: 13/01/2026, "
            "10/02/2026.",
            "Review child protection conference: 26/02/2026 at 2pm, Cobbleford Civic Offices.",
        ]),
    ],
    "findings": [
        F("T002", "Take Finn to football training on Saturdays and have him"),
        F("M002", "Check in with Finn when he arrives: how his evening"),
        F("M001", "Six sessions with Nicola and Lee on teatime and bedtime"),
        F("W002", "Keep no alcohol in the house and make sure visitors"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan written in plain words with the mother's learning disability nurse:
#    "Who will do what" set out person by person under "X will:" lead-ins,
#    Kerry-Ann's own support team (adult services) first, each bullet with
#    its "so that" for the children, its time and "We'll know". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_cardale_plain_words_person_by_person_will_lists_dobson.md",
    "split": "heldout",
    "actions": 18,
    "template": "icpc-plan-md-plain-words-for-a-parent-with-a-learning-disability-about-table-why-worried-going-well-in-jaxons-words-and-what-willow-shows-us-outcomes-then-who-will-do-what-person-by-person-h4-will-lead-ins-part-1-mums-own-support-adult-services-part-2-childrens-team-part-3-family-bullets-with-so-that-when-and-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-year-old with asthma and a 5-month-old whose weight "
        "has fallen from the 50th to the 9th centile. Their mother has a learning disability: she was "
        "making the baby's bottles too weak and could not read the letters about the 4-year-old's "
        "asthma clinic, and his preventer inhaler ran out before an attack. The plan is written in plain "
        "words with her learning disability nurse, and 'Who will do what' is set out person by person "
        "under 'X will:' lead-ins: her own support team first (learning disability nurse, adult social "
        "care, her advocate, the GP), each item saying what it means for the children, then the "
        "children's team and the family. The nurse reports on what she can learn and how long it is "
        "likely to take; the child's asthma and the great-grandmother's dementia are not a parent's "
        "illness. Every item has an owner, a real time and a check; the grandmother's help has a "
        "fallback; legal planning follows named triggers; meetings are dated; the 4-year-old's words and "
        "the baby's days are recorded."
    ),
    "text": """\
# Cardale City Council: Children's Services

## Child protection plan for Jaxon and Willow

Agreed at the initial child protection conference on 10/12/2025. Chair: Yvonne Mercer (IRO).

This plan is written in short, plain sentences so that Kerry-Ann can read it with Ruth, her learning
disability nurse. Ruth helped write it. Kerry-Ann has a copy with pictures for each person.

| About the family | |
|---|---|
| **Children** | Jaxon Nuttall, born 02/08/2021 (4), Little Steps Nursery. Willow Nuttall, born 14/07/2025 (5 months). |
| **Home** | 9 Brook Terrace, Cardale CD3 2WP |
| **Mum** | Kerry-Ann Dobson (24). Mild learning disability; known to the Cardale Community Learning Disability Team since she left Oakfield School. |
| **Dad** | Ashley Nuttall (27). Works nights (four a week) at a warehouse; sleeps in the day. |
| **Nan** | Sandra Dobson (52), Kerry-Ann's mum, 40 Brook Terrace. Sandra also visits her own mother, Iris, who has dementia and lives in sheltered housing. |
| **Category** | Neglect (both children) |
| **Social worker** | Chloe Barker, Cardale Children's Services, Duty and Assessment Team 2 (team manager: Femi Adeyemi) |

### Why we are worried

- Willow's weight has dropped from the 50th centile at 8 weeks to the 9th centile at 20 weeks.
- Kerry-Ann was making Willow's bottles with one scoop of milk to two scoops of water, to make the tin
  last longer. Nobody had shown her how to read the tin.
- Jaxon has asthma. His brown preventer inhaler ran out in September and was not ordered again. On
  02/11/2025 he had a bad asthma attack and was taken to A&E at Cardale General Hospital by ambulance.
- Kerry-Ann cannot read most letters. Jaxon missed two asthma reviews and Willow missed a weigh-in
  because the letters were not read.
- Jaxon's nursery attendance is 61%. Ashley is asleep in the day after his shifts and does not always
  wake when Willow cries.

We are worried that, without the right help, Willow will not grow and Jaxon will have another serious
asthma attack.

### What is going well

- Kerry-Ann loves her children and talks to Willow all the time. She let Megan and Chloe in every time.
- Kerry-Ann says she wants to learn: "Just show me, don't tell me."
- Ashley has changed his shifts so that he is off four nights a week.
- Nan Sandra comes round every day and knows how Jaxon's inhalers work.

### In Jaxon's words, and what Willow shows us

Chloe played with Jaxon at home on 05/12/2025. He showed her his spacer and said: "My puffer makes my
chest not tight. The brown one is for every day." He said "Nanny does my bath" and "Daddy sleeps in the
day, I have to be quiet." When Chloe asked what makes him happy, he said "going to nursery to do
painting". He drew a picture of the ambulance.

Willow is a smiley baby. At Megan's visits she has cried hard for her bottle and drunk it very fast, then
cried again within an hour. She settles quickly when Nan or Kerry-Ann hold her against their shoulder. She
follows faces with her eyes and laughs when Jaxon pulls faces at her.

### What we want for Jaxon and Willow

1. Willow gets full-strength bottles, grows, and is back on or near the 25th centile line by March 2026.
2. Jaxon takes his brown inhaler every day, never runs out, and has no more asthma attacks that need
   hospital.
3. Jaxon goes to nursery every day it is open.
4. Jaxon and Willow go to every health appointment, because their mum and dad get the help they need
   with letters and dates.

## Who will do what

Each person's name is in bold, with what they will do underneath. Each line says when, and how we will
know it is done.

### Part 1: Kerry-Ann's own support team (adult services)

These workers help Kerry-Ann. Each line says what it means for Jaxon and Willow.

#### **Ruth Okafor**, learning disability nurse, Cardale Community Learning Disability Team, will:

- Teach Kerry-Ann to make Willow's bottles with a picture card and a scoop chart on the kettle, so that
  Willow gets full-strength feeds. Two home sessions a week from 15/12/2025 for six weeks. We'll know:
  Ruth watches Kerry-Ann make a bottle at each session and ticks her checklist; by 23/01/2026 Kerry-Ann
  makes three bottles in a row right without help.
- Make a picture calendar of every appointment for Jaxon and Willow and go through it with Kerry-Ann, so
  that no appointment is missed. Every Monday from 15/12/2025. We'll know: the calendar is on the kitchen
  wall, and the health visitor's and GP's records show no missed appointments.
- Write a report for the core group on what Kerry-Ann has learned, what she still finds hard, the help she
  will need for the long term, and how long it is likely to take before she can feed Willow and manage
  Jaxon's asthma without a prompt every day. By 06/02/2026. We'll know: the report is on Chloe's file by
  06/02/2026 and talked through at the core group on 12/02/2026.

#### **Leah Grant**, social worker, Cardale Adult Social Care, will:

- Do a Care Act assessment of the help Kerry-Ann needs with letters, money and shopping, so that
  Willow's milk and Jaxon's inhalers are always in the house. By 16/01/2026. We'll know: the assessment
  and Kerry-Ann's support plan are sent to Chloe by 16/01/2026.
- Start a support worker three mornings a week (Monday, Wednesday and Friday, 9am to 12 noon) to read
  the post with Kerry-Ann and go shopping with her, so that Willow's milk never runs out. From
  26/01/2026. We'll know: the support worker's visit log is sent to Chloe each month, and Chloe sees a
  spare tin of milk at every visit.

#### **Ivy Marsh**, advocate, Cardale Advocacy Hub, will:

- Go with Kerry-Ann to every core group and the review conference and go through what was agreed with her
  within two days, so that she knows what Jaxon and Willow need from her next. We'll know: an easy-read
  note of each meeting, signed by Kerry-Ann, is on Chloe's file within a week of the meeting.

#### **Dr Priya Shah**, GP, Hollins Lane Surgery, will:

- Put Jaxon's brown and blue inhalers on repeat prescription, sent straight to Hollins Pharmacy, with a
  text reminder to Kerry-Ann's phone when they are due. By 19/12/2025. We'll know: the pharmacy's
  collection record, checked by the practice nurse at Jaxon's review, shows no gap of more than 35 days.

### Part 2: Jaxon and Willow's team

#### **Chloe Barker**, social worker, will:

- Visit the family every week, one visit in three unannounced. See Jaxon on his own, watch a bottle
  being made and look in the cupboard for milk and inhalers. Until the review conference. We'll know:
  visit records within 48 hours, saying what Chloe saw and what Jaxon said.
- Do a parenting assessment with Kerry-Ann and Ashley, using PAMS (made for parents with a learning
  disability), with Ruth's report. Sessions every Thursday from 08/01/2026; report by 20/02/2026. We'll
  know: the report, with a recommendation, is shared with Kerry-Ann, Ashley, Ivy and the core group by
  20/02/2026.

#### **Megan Hart**, health visitor, Cardale 0-19 Service, will:

- Weigh Willow at home and watch a feed. Every Tuesday until the review conference. We'll know: each
  weight plotted in the red book; Willow back on or near the 25th centile by 03/03/2026.
- Show Kerry-Ann and Ashley how to start Willow on first foods, with picture cards. One session when
  Willow is 6 months old, by 16/01/2026. We'll know: Megan sees Willow eating first foods at her next
  visit and writes it in the red book.

#### **Anne Fielding**, asthma nurse, Hollins Lane Surgery, will:

- See Jaxon for an asthma review, check his inhaler technique with Kerry-Ann and Sandra, and give them a
  picture asthma plan. By 09/01/2026. We'll know: the picture plan is on the fridge and at nursery, and
  Anne writes Jaxon's technique score in his notes and sends Chloe a copy.

#### **Hannah Rees**, Jaxon's key person at Little Steps Nursery, will:

- Write down what time Jaxon arrives and whether his blue inhaler and spacer are in his bag. Every day
  Jaxon is at nursery. We'll know: the register and the inhaler check sheet are e-mailed to Chloe every
  Friday; Jaxon's attendance is 90% or more by the February half term (13/02/2026).

### Part 3: Family

#### **Kerry-Ann and Ashley** will:

- Make every bottle with the chart on the kettle, and write each feed on Willow's feed chart. Every feed,
  from 11/12/2025. We'll know: Megan reads the feed chart each Tuesday and Willow's weight goes up.
- Ashley will give Willow her 10pm and 2am feeds on his four nights off each week, so that Kerry-Ann can
  sleep. From 11/12/2025. We'll know: Ashley initials those feeds on the feed chart.
- Go to the "Baby Steps" group for parents with a learning disability at Cardale Family Hub, with Willow.
  Every Tuesday 1pm, 13/01/2026 to 17/03/2026. We'll know: the group register is sent to Chloe each month.

#### **Nan (Sandra Dobson)** will:

- Come to the house to help with Jaxon's tea, his bath and his brown inhaler. Monday to Friday, 5pm to
  7pm. We'll know: Sandra ticks Jaxon's inhaler chart each evening, and Chloe checks it at her visits.
- Take Jaxon to nursery on the mornings after Ashley's night shifts. Every Wednesday and Friday, 8.45am.
  We'll know: the nursery register shows Jaxon in by 9am on those days.

## If things go wrong

- **If Willow loses weight two weeks running, or drops below the 9th centile line:** Megan tells Chloe that
  day and arranges for Dr Shah to see Willow within 24 hours. Chloe visits the same day and holds a
  strategy discussion with health the same day.
- **If Jaxon's brown inhaler runs out, or he has an asthma attack without it:** Anne or nursery tells Chloe
  that day; Chloe visits the same day, and Sandra gives Jaxon his inhaler every morning and evening until
  the core group meets.
- **If Sandra cannot help** (for example if her mother Iris is unwell), she rings Chloe that morning.
  Kerry-Ann's aunt, Bev Dobson (18 Hythe Road), has agreed to come at 5pm instead. If Bev cannot come either,
  Chloe will send the Family Hub's family support worker, Dionne Carr, to help with tea, bath and inhaler
  that evening, and every evening until Sandra is back.
- **If Willow or Jaxon is found without an adult who is awake**, or with no milk or inhaler in the house:
  Chloe holds a strategy discussion the same day, and the children stay with Sandra at 40 Brook Terrace
  until it has met.
- **Legal planning:** If Willow drops below the 2nd centile, or Jaxon needs hospital for asthma again
  because he has had no preventer, or the PAMS report says Jaxon and Willow cannot be kept safe at home
  even with this help, Chloe will ask Femi Adeyemi (team manager) for a legal planning meeting within 5
  working days. Kerry-Ann will be helped by Ivy to get a solicitor.

## Meetings

- Core group: 18/12/2025, then every four weeks, Thursdays at 1pm at Cardale Family Hub: 15/01/2026 and
  12/02/2026. Ruth and Leah come to every core group.
- Review child protection conference: 05/03/2026 at 10am, Cardale Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan while the mother is detained on a psychiatric
#    ward: a health section with a diagnosis line, then two numbered tables,
#    the children's plan under theme banner rows and a separate table for
#    Mum's treatment, leave and discharge with the ward and the CMHT.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_cindermoor_mum_on_ward_two_numbered_tables_theme_banners_rahman.docx",
    "doc_title": "Child Protection Plan - Sami, Noor and Yusuf Rahman",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-docx-mum-detained-kv-details-what-happened-mums-health-diagnosis-line-going-well-what-the-children-told-us-outcomes-then-table-1-childrens-plan-theme-banner-rows-no-what-needs-to-happen-lead-by-when-evidence-then-table-2-mums-treatment-leave-and-discharge-ward-and-cmht-same-columns-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 13-year-old, a 9-year-old and a 3-year-old whose mother, who has "
        "bipolar disorder, is detained on a psychiatric ward after a manic episode in which she drove "
        "the 3-year-old unstrapped at night; their father, a taxi driver, had been leaving the 13-year-old "
        "in charge overnight. A health section gives her diagnosis and section; the plan is two numbered "
        "tables: the children's plan under theme banner rows, and a separate table for her treatment, "
        "leave and discharge written with the ward and the community mental health team. The "
        "psychiatrist and the care coordinator report on capacity to change, and the grandparents' help "
        "has a fallback. Faults: the ward psychologist's sessions only treat the mother; a passive young "
        "carers referral with '-' for its lead; the Head of Year's check-ins measured by 'Sami's "
        "wellbeing monitored'; the nursery's learning journal with '-' for by when; an outcome about the "
        "mother only; and a review conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cindermoor Council, Children's Social Care. Initial child protection conference, 20/11/2025. "
              "Chair: Philippa Rowe (IRO). Cedar Ward's consultant and the CMHT care coordinator sent reports "
              "and the ward's named nurse attended."),
        ("kv", [
            ("Children", "Sami Rahman, born 19/02/2012 (13), Year 9, Cindermoor High School; Noor Rahman, "
                         "born 07/05/2016 (9), Year 5, Hillside Primary School; Yusuf Rahman, born "
                         "30/01/2022 (3), Little Stars Nursery"),
            ("Address", "12 Aspen Way, Cindermoor CN5 1BE"),
            ("Mum", "Aisha Rahman (38), on Cedar Ward, Hollybank Hospital"),
            ("Dad", "Imran Rahman (41), taxi driver, lives at home"),
            ("Family", "Rukhsana and Tariq Rahman (Imran's parents), 3 Poplar Street; Farah Hussain "
                       "(Aisha's sister), 22 Beech Road"),
            ("Category", "Neglect (all three children)"),
            ("Social worker", "Bushra Akhtar, Cindermoor Safeguarding Team (team manager: Colin Weir)"),
        ]),
        ("h1", "What happened"),
        ("p", "In October 2025 Aisha stopped sleeping and taking her lithium. She spent £4,000 on the family's "
              "credit cards, kept Noor off school to \"go on a mission\", and on the night of 27/10/2025 drove "
              "Yusuf, unstrapped in the front seat, at high speed on the ring road. Police stopped the car. "
              "Aisha was assessed under the Mental Health Act and detained on Cedar Ward. Imran was working "
              "night shifts at the time and had left Sami, then 13, in charge of Noor and Yusuf overnight "
              "three or four nights a week since the summer."),
        ("h1", "Mum's health"),
        ("kv", [
            ("Diagnosis", "Bipolar affective disorder, diagnosed 2012 (after Sami's birth)"),
            ("Legal status", "Section 2 of the Mental Health Act from 28/10/2025; section 3 from 12/11/2025"),
            ("Treatment", "Lithium restarted on the ward; antipsychotic medication"),
            ("Previous episodes", "2012 and 2018, both after stopping lithium"),
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Imran has stopped night shifts and is at home every night.",
            "Rukhsana and Farah are helping every week and came to the conference.",
            "Aisha is taking her lithium on the ward and told her named nurse that she wants to see the "
            "children.",
            "Sami and Noor are doing well at school, and Yusuf is settled at nursery.",
        ]),
        ("h1", "What the children have told us"),
        ("p", "Sami (seen at school on 13/11/2025) said: \"I knew Mum was going high again, but I didn't want "
              "to get her in trouble.\" He said looking after Noor and Yusuf at night was \"fine\" but that he "
              "didn't sleep \"in case Yusuf woke up\". He wants to visit Mum \"but not if she's still "
              "weird\". Noor (seen at school on 14/11/2025) said the car night was \"scary and exciting\" and "
              "that she misses Mum's cooking. She wants \"Mum home by Eid\". Yusuf has started biting at "
              "nursery and asks for \"Mama\" at bedtime, Imran says."),
        ("h1", "What we want for the children"),
        ("numbers", [
            "Sami, Noor and Yusuf are looked after every night by an adult, and Sami is never left in charge "
            "of his brother and sister overnight.",
            "The children see their mum safely while she is in hospital and understand, in words they know, "
            "why she is ill.",
            "Aisha's mental health is stable and she is discharged home with a CPA care plan in place.",
            "If Aisha becomes unwell again, the children are kept safe because everyone knows her early "
            "warning signs and what to do.",
        ]),
        ("h1", "Table 1: The children's plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By when", "Evidence"],
            "widths": [1.0, 6.0, 3.4, 2.8, 3.8],
            "rows": [
                ["Home and family", H, H, H, H],
                ["1.1", "Work days only while Aisha is in hospital, and be at home every night from 7pm "
                        "until the children leave for school",
                 "Imran Rahman (Dad)", "Every night from 20/11/2025",
                 "Taxi firm's rota letter seen by Bushra; the children tell Bushra that Dad is home at night"],
                ["1.2", "Collect Yusuf from nursery and give all three children their tea until Imran is "
                        "home",
                 "Rukhsana Rahman (paternal grandmother)", "Monday to Friday, 12 noon to 5.30pm",
                 "Nursery signing-out sheet; Imran texts Bushra on any day Rukhsana cannot come"],
                ["1.3", "Take Noor to Saturday school at the mosque and have all three children for the "
                        "afternoon",
                 "Farah Hussain (maternal aunt)", "Every Saturday, 9.30am to 4pm",
                 "Farah texts Bushra each Saturday evening"],
                ["1.4", "Home visits, seeing each child on their own, including one evening visit each month "
                        "to check Imran is at home",
                 "Bushra Akhtar (SW)", "Every week until discharge, then every two weeks",
                 "Visit records within 48 hours with each child's words"],
                ["1.5", "A referral will be made to Cindermoor Young Carers for Sami, for an assessment and a "
                        "place in the Wednesday group",
                 "-", "By 05/12/2025",
                 "Referral accepted letter on file"],
                ["School and nursery", H, H, H, H],
                ["1.6", "Weekly check-in with Sami about home, Mum and how he is sleeping",
                 "Mr Karl Denton, Head of Year 9, Cindermoor High School", "Every Monday, 8.40am",
                 "Sami's wellbeing monitored"],
                ["1.7", "Six ELSA sessions with Noor about feelings and missing Mum",
                 "Mrs Joy Okoro, ELSA, Hillside Primary School", "Fridays, 28/11/2025 to 16/01/2026",
                 "Noor's feelings scale at the first and last session, sent to Bushra"],
                ["1.8", "Share Yusuf's learning journal with Bushra, and count any biting (he has started "
                        "biting since Mum went into hospital)",
                 "Tracey Hall, Yusuf's key person, Little Stars Nursery", "-",
                 "Learning journal entries e-mailed to Bushra; biting incidents counted on the nursery "
                 "incident log"],
                ["Keeping in touch with Mum", H, H, H, H],
                ["1.9", "Bring the children to see Aisha in the ward's family room, with the named nurse "
                        "present",
                 "Imran Rahman (Dad)", "Every Sunday, 2pm to 3pm",
                 "Ward visit record; each child's words about the visit written down by Bushra at her next "
                 "visit"],
                ["1.10", "Four sessions with Sami and Noor, together and apart, about what bipolar disorder is "
                         "and why Mum is in hospital",
                 "Bushra Akhtar (SW)", "Weekly, 27/11/2025 to 18/12/2025",
                 "Each child's worksheet on file; each can tell Bushra one early sign that Mum is becoming "
                 "unwell and who they would tell"],
            ],
        }),
        ("h1", "Table 2: Mum's treatment, leave and discharge"),
        ("p", "Agreed with Cedar Ward and the Cindermoor East Community Mental Health Team at the ward round on "
              "18/11/2025."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By when", "Evidence"],
            "widths": [1.0, 6.0, 3.4, 2.8, 3.8],
            "rows": [
                ["2.1", "Written report for the core group on Aisha's response to treatment, her insight and "
                        "her capacity to change: what she must do to stay well enough to care for Sami, Noor "
                        "and Yusuf, and how long it is likely to take",
                 "Dr Neil Corrigan, consultant psychiatrist, Cedar Ward", "By 05/01/2026",
                 "Report on Bushra's file and discussed at the core group on 06/01/2026"],
                ["2.2", "Weekly psychology sessions with Aisha on her mood, sleep and early warning signs of "
                        "mania",
                 "Dr Clare Whitby, clinical psychologist, Cedar Ward", "Every Thursday while Aisha is on the "
                                                                         "ward",
                 "Sessions attended, recorded in the ward notes"],
                ["2.3", "Agree a written leave plan with Cedar Ward before any leave to the family home: who is "
                        "with Aisha and the children, for how long, and how the ward is told if it goes wrong",
                 "Bushra Akhtar (SW), with the named nurse (Lucy Amankwah)",
                 "At least 48 hours before any home leave",
                 "Leave plan on file and on the ward record; no home leave without one"],
                ["2.4", "Meet Aisha on the ward, then hold a pre-discharge CPA meeting with Bushra, with a "
                        "crisis plan saying who looks after the children if Aisha becomes unwell again, and "
                        "her view of Aisha's capacity to change: how likely she is to stay well, and over what time",
                 "Jade Morris, care coordinator, Cindermoor East CMHT",
                 "First visit by 15/12/2025; CPA meeting before discharge",
                 "CPA care plan and crisis plan sent to Bushra before discharge"],
                ["2.5", "See Aisha within 7 days of discharge and check her lithium level every three months, "
                        "telling Bushra of any missed blood test, because a missed test was the first sign "
                        "before Sami, Noor and Yusuf were put at risk in October",
                 "Dr Sarah Lim, GP, Westgate Medical Practice",
                 "Within 7 days of discharge; then every 3 months",
                 "Blood test results on the GP record; any missed test e-mailed to Bushra the same week"],
                ["2.6", "Take her lithium every day and go to every ward review, so that she can come home to "
                        "Sami, Noor and Yusuf",
                 "Aisha Rahman (Mum)", "Every day from 20/11/2025",
                 "Ward medication chart; lithium levels in range, reported by Jade at each core group"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Imran goes back to night work, or any of the children is left without an adult overnight: "
            "Bushra holds a strategy discussion the same day, and the children stay at Rukhsana and Tariq's "
            "house at 3 Poplar Street until a new plan is agreed. If Rukhsana and Tariq cannot have them, Bushra "
            "(or the Emergency Duty Team) will arrange a foster placement for all three children together that "
            "day.",
            "If Rukhsana or Farah cannot help for more than a day, Imran tells Bushra that day and takes the "
            "days off work. If that is not possible, Bushra will arrange an after-school place for Yusuf "
            "through the Cindermoor Childminding Network within 2 working days.",
            "If Aisha leaves the ward without leave, the ward rings the police and Bushra at once, and Imran "
            "keeps the children at home with him and does not let Aisha take them anywhere.",
            "If Aisha becomes unwell again on leave or after discharge (not sleeping, spending, talk of a "
            "mission), Imran rings the CMHT crisis line and Bushra that day, and Aisha is not left alone with "
            "the children until the CMHT has seen her.",
            "If any child is left alone overnight again, or Aisha takes any of the children out while unwell, "
            "Bushra will ask Colin Weir (team manager) for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Hillside Primary School: 02/12/2025, "
            "06/01/2026, 03/02/2026, 03/03/2026.",
            "Review child protection conference: to be arranged once Aisha's discharge date is known.",
        ]),
    ],
    "findings": [
        F("W001", "A referral will be made to Cindermoor Young Carers"),
        F("M002", "Weekly check-in with Sami about home, Mum and how"),
        F("T001", "Share Yusuf's learning journal with Bushra, and count any biting"),
        F("H001", "Weekly psychology sessions with Aisha on her mood, sleep"),
        F("F002", "Aisha's mental health is stable and she is discharged home with a CPA care plan in place."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan in plain text for two children whose mother is on
#    methadone and whose father is in prison: three strands (home and school,
#    Mum's recovery with the drug service, Dad's sentence and release with
#    probation), each action a numbered block of WHAT / WHO / BY WHEN / WE
#    WILL KNOW BECAUSE lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_calderwick_three_strands_home_recovery_custody_blocks_walsh.txt",
    "split": "heldout",
    "actions": 16,
    "template": "rcpc-plan-txt-caps-headings-aligned-details-why-still-a-plan-dad-in-prison-what-has-got-better-what-leah-and-charlie-say-outcomes-then-three-strands-a-home-and-school-b-mums-recovery-drug-service-c-dads-sentence-and-release-probation-numbered-blocks-what-who-by-when-we-will-know-because-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 12-year-old and a 7-year-old. Their mother is on a methadone script "
        "and has been using heroin on top; the 12-year-old came home to find her too drowsy to wake and "
        "has been getting her brother up for school. Their father is serving a sentence for burglary, has "
        "a history of domestic abuse towards the mother, and is due out on licence in April. The plan is "
        "three strands in plain text: home and school, Mum's recovery with the drug service, and Dad's "
        "sentence and release with probation, each action a numbered block of WHAT / WHO / BY WHEN / WE "
        "WILL KNOW BECAUSE lines. The drug service, the GP and probation own actions, and the drug "
        "service reports on change. Faults: a young carers referral with '-' for we will know; the "
        "detox referral 'when Gemma is ready'; probation's sessions measured by 'Ryan's engagement'; "
        "'All agencies' passing on contact from the father; a contingency that only says the social "
        "worker will discuss further concerns with her manager and a core group will review and "
        "consider next steps; and nothing about legal planning."
    ),
    "text": """\
CALDERWICK COUNCIL
Children's Social Care - Family Safeguarding Service

REVISED CHILD PROTECTION PLAN
Review child protection conference held on 08/01/2026
Chair: Helen Boyce (IRO)
==========================================================================

CHILDREN        Leah WALSH, born 11/05/2013 (12), Year 8, Calderwick Academy
                Charlie WALSH, born 26/10/2018 (7), Year 2, St Oswald's Primary
ADDRESS         17 Bramble Road, Calderwick CK7 3NH
MUM             Gemma Walsh (31), lives at home
DAD             Ryan Walsh (35), HMP Coldmere; earliest release on licence
                14/04/2026
CATEGORY        Neglect (both children); first conference 09/10/2025
SOCIAL WORKER   Joanne Tait, Family Safeguarding Service (team manager:
                Peter Lund)


WHY THERE IS STILL A PLAN
-------------------------
Gemma has used heroin on and off since she was 19. She has been on a methadone script with Compass
Recovery Calderwick since 2021 and now takes 50ml a day. At the first conference in October her
oral fluid tests were clear. In November and December three of her five tests were positive for
heroin and one for cocaine.

On 12/12/2025 Leah came home from school and could not wake her mum properly on the sofa. She rang
999. The paramedics found Gemma very drowsy but did not need to take her to hospital. Leah has been
getting Charlie up, dressed and to school on many mornings. Charlie has missed 14 days this term;
most of the absences were covered by sick notes that Gemma wrote herself. Leah has been late 20
times. On 18/12/2025 Joanne found a piece of burnt foil in the bathroom bin.

DAD IN PRISON
-------------
Ryan is serving three years for burglary at HMP Coldmere. Before he went to prison the police were
called six times between 2020 and 2023 because of domestic abuse towards Gemma, twice with the
children in the house. He used crack cocaine before his sentence. Ryan has written to Gemma saying
he wants to come home when he is released. Gemma has not decided what she wants.

WHAT HAS GOT BETTER
-------------------
- Gemma has gone to every Compass appointment and told Danny about her heroin use herself.
- The methadone at home is now kept in a locked box.
- Leah is doing well at Calderwick Academy, especially in English and drama.
- Charlie's class teacher says he is kind and loves reading with an adult.

WHAT LEAH AND CHARLIE SAY
-------------------------
Leah (seen on her own at school on 17/12/2025): "When Mum's gouched out I do everything. I don't
mind, I just don't want Charlie to see." "I don't want Dad to come back to ours. He can see us at
Nan's." She scored home 5 out of 10.

Charlie (at home on 18/12/2025) drew his dad in "a house with bars" and said "Daddy is in the
naughty house." He said "Leah makes my breakfast" and that he would like to "see Daddy on the
computer".

WHAT WE WANT FOR LEAH AND CHARLIE
--------------------------------
1. Leah and Charlie are looked after by a mum who is not under the influence of drugs, and Leah no
   longer has to get Charlie up and to school.
2. Charlie goes to school every day, and both children are on time.
3. Leah and Charlie are safe from domestic abuse when their dad is released, and see him only in the
   way they have said they want.
4. Leah and Charlie understand why their dad is in prison and what will happen when he comes out.


THE PLAN
==========================================================================

A. LEAH AND CHARLIE AT HOME AND AT SCHOOL
-----------------------------------------

A1  WHAT:     Visit at home, one visit in three unannounced and at least one a
              month after 3.30pm; see Leah and Charlie on their own, check the
              locked box and look round the house
    WHO:      Joanne Tait (SW)
    BY WHEN:  Every week until the next core group, then every two weeks
    WE WILL KNOW BECAUSE: visit records within 48 hours, with each child's
              words and what was seen

A2  WHAT:     First-day calling: ring Gemma by 9.15am if Charlie is not in
              school, and ring Joanne if Gemma has not answered by 10am
    WHO:      Mrs Lorraine Hirst, pastoral lead, St Oswald's Primary
    BY WHEN:  Every school day
    WE WILL KNOW BECAUSE: first-day call log; Charlie's attendance 95% or
              more by the Easter holidays (27/03/2026), sent to Joanne every
              Friday

A3  WHAT:     Mentor session with Leah using her worry scale, and a quiet
              room at lunchtime for homework
    WHO:      Mr Dev Sandhu, learning mentor, Calderwick Academy
    BY WHEN:  Every Wednesday from 14/01/2026
    WE WILL KNOW BECAUSE: Leah's worry scale score in the mentor log, sent
              to Joanne each month

A4  WHAT:     Refer Leah to Calderwick Young Carers for an assessment and a
              place in the Tuesday group
    WHO:      Joanne Tait (SW)
    BY WHEN:  By 23/01/2026
    WE WILL KNOW BECAUSE: -

A5  WHAT:     Keep her methadone take-home doses in the locked box, with the
              key on her own keyring, so that Leah and Charlie can never reach
              them
    WHO:      Gemma Walsh (Mum)
    BY WHEN:  Every day from 08/01/2026
    WE WILL KNOW BECAUSE: Joanne and Danny see the box locked at every
              visit

A6  WHAT:     Six sessions with Leah and Charlie about their dad being in
              prison and what will happen when he comes out
    WHO:      Marie Fenton, family worker, Families Beyond Walls
    BY WHEN:  Fortnightly, 15/01/2026 to 26/03/2026
    WE WILL KNOW BECAUSE: each child's questions and answers written in
              their "my story" book; their words sent to Joanne after each
              session

B. MUM'S RECOVERY (WITH COMPASS RECOVERY CALDERWICK)
---------------------------------------------------

B1  WHAT:     Key-work sessions with Gemma, with an oral fluid test at every
              session, and a written report to Joanne each month on her
              results and on whether Gemma is making the changes she needs to
              make to care for Leah and Charlie, what is left to change and
              how long it is likely to take
    WHO:      Danny Marr, recovery worker, Compass Recovery Calderwick
    BY WHEN:  Every Monday; reports by the last Friday of each month
    WE WILL KNOW BECAUSE: test results and monthly reports on Joanne's
              file; every test clear of heroin and cocaine by the core group
              on 19/03/2026

B2  WHAT:     Script review with Gemma; daily supervised consumption at
              Kirkgate Pharmacy until three tests in a row are clear
    WHO:      Dr Ines Volkova, prescriber, Compass Recovery Calderwick
    BY WHEN:  Every 4 weeks, next on 20/01/2026
    WE WILL KNOW BECAUSE: script review letter sent to Joanne and the GP
              after each review

B3  WHAT:     Refer Gemma to the Compass community detox programme to come
              off the heroin she is using on top of her script
    WHO:      Danny Marr, recovery worker, Compass Recovery Calderwick
    BY WHEN:  When Gemma is ready
    WE WILL KNOW BECAUSE: referral letter on Joanne's file

B4  WHAT:     Go to every key-work session and every pharmacy pick-up, and
              tell Danny or Joanne straight away if she uses, so that Leah is
              never again left to wake her and look after Charlie
    WHO:      Gemma Walsh (Mum)
    BY WHEN:  Every Monday session and every daily pick-up
    WE WILL KNOW BECAUSE: Compass attendance record and Kirkgate
              Pharmacy's pick-up log, sent to Joanne each month

B5  WHAT:     Write to Joanne about any medicine Gemma is prescribed that
              could make her drowsy with methadone (she was given pregabalin
              in 2024), so that Joanne knows whether she could be too sleepy
              to care for Charlie
    WHO:      Dr Alan Reeve, GP, Kirkgate Medical Centre
    BY WHEN:  By 30/01/2026
    WE WILL KNOW BECAUSE: GP letter on Joanne's file

C. DAD'S SENTENCE AND RELEASE (WITH PROBATION)
----------------------------------------------

C1  WHAT:     Assess the risk Ryan poses to Gemma, Leah and Charlie on release
              and propose licence conditions (no contact with Gemma or the
              children unless Joanne agrees; an exclusion zone around Bramble
              Road)
    WHO:      Kate Osei, probation officer, Calderwick Probation Delivery
              Unit
    BY WHEN:  By 02/03/2026 (six weeks before release)
    WE WILL KNOW BECAUSE: risk assessment and draft licence conditions sent
              to Joanne by 02/03/2026 and shared at the core group on
              19/03/2026

C2  WHAT:     Monthly video-link supervision sessions with Ryan in custody
              about his drug use and his behaviour towards Gemma
    WHO:      Kate Osei, probation officer, Calderwick Probation Delivery
              Unit
    BY WHEN:  Monthly until release on 14/04/2026
    WE WILL KNOW BECAUSE: Ryan's engagement with the sessions

C3  WHAT:     Tell Joanne the same day if Ryan contacts Gemma, Leah or Charlie
              from prison by phone, letter or social media
    WHO:      All agencies
    BY WHEN:  The same day
    WE WILL KNOW BECAUSE: logged on the children's chronology

C4  WHAT:     Ask Leah and Charlie, each on their own, whether they want
              letters, video calls or visits with their dad, and write down
              what they say
    WHO:      Joanne Tait (SW)
    BY WHEN:  By 06/02/2026
    WE WILL KNOW BECAUSE: their answers, in their own words, on file and
              sent to Kate before the licence conditions are set

C5  WHAT:     Go to the Freedom Programme, to understand how Ryan's abuse
              affected her and the children and what to look out for if he
              comes back
    WHO:      Gemma Walsh (Mum)
    BY WHEN:  Thursdays 10am, 15/01/2026 to 02/04/2026 (12 weeks)
    WE WILL KNOW BECAUSE: attendance register sent to Joanne by the
              programme facilitator


IF THINGS GO WRONG
==========================================================================
If things do not improve, or there are further concerns about Gemma's drug use or about Ryan when
he is released, Joanne will discuss this with her manager and a core group meeting will be called to
review the plan and consider next steps.


MEETINGS
==========================================================================
Core group every four weeks, Thursdays at 10am at Calderwick Family Hub:
22/01/2026, 19/02/2026, 19/03/2026 and 16/04/2026.
Next review child protection conference: 02/07/2026 at 1.30pm, Calderwick Town Hall.

Plan sent to Gemma, to Kate Osei (to share with Ryan) and to every agency on 12/01/2026.
""",
    "findings": [
        F("M001", "Refer Leah to Calderwick Young Carers for an assessment"),
        F("T002", "Refer Gemma to the Compass community detox programme"),
        F("M002", "Monthly video-link supervision sessions with Ryan in custody"),
        F("W002", "Tell Joanne the same day if Ryan contacts Gemma"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 13-year-old whose mother has multiple
#    sclerosis and depression: a "Claire's health" summary with diagnosis
#    lines first, then the plan as numbered items, each the action first and
#    then inline bold Who / By / Check labels. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_crossbeck_health_summary_first_numbered_inline_labels_haworth.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-md-details-list-then-claires-health-summary-diagnosis-lines-first-then-concerns-strengths-what-we-want-to-happen-then-numbered-action-items-action-first-then-inline-bold-who-by-check-labels-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 13-year-old whose mother has secondary progressive multiple "
        "sclerosis and depression: the girl has been giving her mother personal care at night, her "
        "attendance has fallen to 58%, and her mother lay on the floor for three hours after a fall. The "
        "plan opens with a summary of the mother's health and sets the work out as numbered items, each "
        "the action first and then inline Who / By / Check labels. Adult social care, the MS nurse, the "
        "GP and Talking Therapies own actions, but nine of the fifteen are about the mother's own care, "
        "equipment, treatment and benefits with no link to her daughter. Faults: most actions about the "
        "mother's own needs; two outcomes about the mother only; no wishes, feelings or views of the "
        "13-year-old anywhere; Talking Therapies' CBT only treats the mother; the young carers assessment "
        "'ASAP'; the falls programme with '-' for its check; and nothing about legal planning."
    ),
    "text": """\
# Crossbeck Borough Council — Children's Services

## Child protection plan: Ellie Haworth

Initial child protection conference, 15/01/2026. Chair: Stephen Mallory (IRO).

- **Child:** Ellie Haworth, born 15/04/2012 (13), Year 9, Crossbeck High School
- **Address:** 5 Quarry Bank, Crossbeck CR2 8JS
- **Mum:** Claire Haworth (44)
- **Dad:** Mark Haworth, works offshore; contact by phone every few weeks
- **Category:** Neglect
- **Social worker:** Jess Whitworth, Crossbeck Children's Services, Safeguarding Team East (team
  manager: Nasreen Baig)

## Claire's health

- **Diagnosis:** Multiple sclerosis, diagnosed 2015; secondary progressive since 2023
- **Also:** Depression, diagnosed 2019; on sertraline 100mg
- **Mobility:** Walks a few steps indoors with a frame; uses a powered wheelchair outside
- **Care at home:** None at present. A care package ended in 2024 when Claire said she did not want
  strangers in the house.
- **Involved:** Helen Tranter (MS specialist nurse), Dr Amir Qureshi (GP), Crossbeck Adult Social Care

## What we are worried about

Claire's MS has got worse over the last year. She has fallen at home six times since September. On
04/12/2025 she fell in the bathroom at night and lay on the floor for three hours until Ellie got
home from a friend's house; an ambulance was called. Claire needs help to get to the toilet at night,
to shower and to get dressed, and Ellie has been doing this. Ellie's attendance this school year is
58%, and she has been late 19 times. School have been told by Claire that Ellie is needed at home.

Claire's mood is very low. In November she told her GP that she "would be better off not here". The
house is cold because the boiler broke in October and has not been fixed, and there is often little
food in the fridge. Ellie's grandfather, Dennis Haworth (80), has COPD and cannot help.

## What is going well

- Claire is open with professionals and agreed to this plan.
- Claire takes her medication and has kept her MS nurse appointments.
- Ellie is doing well in maths and art when she is in school.
- Mark has said he will send money for a new boiler.

## What we want to happen

1. Claire's MS is well managed and she has the care and equipment she needs at home.
2. Claire's mood improves and she feels more able to cope.
3. Ellie goes to school every day, on time, and no longer gives her mum personal care.

## The plan

1. Complete a Care Act reassessment of Claire's care and support needs. **Who:** Gary Pollard,
   social worker, Crossbeck Adult Social Care. **By:** 06/02/2026. **Check:** new care and support plan
   sent to Jess.
2. Set up a home care package: two carers each morning and evening for personal care, and a night
   visit to help Claire to the toilet. **Who:** Gary Pollard, Crossbeck Adult Social Care. **By:**
   from 16/02/2026. **Check:** care agency's visit log sent to Jess each month.
3. Occupational therapy assessment for a stairlift, a level-access shower and a falls pendant.
   **Who:** Nadia Cole, occupational therapist, Crossbeck Adult Social Care. **By:** 13/02/2026.
   **Check:** OT report and equipment order on file.
4. Review Claire's MS symptoms, bladder medication and fatigue. **Who:** Helen Tranter, MS specialist
   nurse, Crossbeck Neurology Service. **By:** clinic on 29/01/2026. **Check:** clinic letter to the
   GP and to Jess.
5. Review Claire's sertraline and see her every four weeks while her mood is low. **Who:** Dr Amir
   Qureshi, GP, Crossbeck Health Centre. **By:** first appointment by 23/01/2026, then every four
   weeks. **Check:** GP letter to Jess after each appointment.
6. Twelve sessions of CBT for Claire's low mood, at home or by video. **Who:** Sian Lloyd, CBT
   therapist, Crossbeck Talking Therapies. **By:** weekly from 02/02/2026. **Check:** sessions
   attended, confirmed by letter to the GP.
7. Check Claire's benefits, help her apply for a PIP review and a Blue Badge, and apply to the Warm
   Homes Fund for a new boiler. **Who:** Rob Haines, welfare benefits adviser, Crossbeck Citizens
   Advice. **By:** 27/02/2026. **Check:** PIP review form, Blue Badge application and grant
   application sent; copies to Jess.
8. Six-week falls prevention programme for Claire. **Who:** Crossbeck Community Neuro Physiotherapy.
   **By:** weekly from 09/02/2026. **Check:** -
9. Wheelchair service review of Claire's powered wheelchair and cushion. **Who:** Crossbeck
   Wheelchair Service. **By:** 20/03/2026. **Check:** assessment letter on file.
10. Young carers assessment for Ellie and a place in the Saturday young carers club. **Who:** Tasha
    Bell, Crossbeck Young Carers. **By:** ASAP. **Check:** young carers assessment on Jess's file.
11. First-day call to Claire if Ellie is not in by 9am, and Ellie's attendance sent to Jess.
    **Who:** Ms Julie Kerr, Head of Year 9, Crossbeck High School. **By:** every school day;
    attendance every Friday. **Check:** Ellie's attendance 90% or more by the Easter holidays
    (27/03/2026).
12. Home visits, seeing Ellie on her own at least once a month. **Who:** Jess Whitworth (SW).
    **By:** every two weeks until the review conference. **Check:** visit records within 48 hours.
13. Health check for Ellie: height, weight, sleep and how tired she is at school. **Who:** Kim Royle,
    school nurse, Crossbeck 0-19 Service. **By:** 13/02/2026. **Check:** health check letter to Jess
    with height and weight.
14. Weekly sessions with Claire and Ellie on meal planning, a healthy diet and shopping on a budget.
    **Who:** Dean Fox, family support worker, Crossbeck Family Hub. **By:** weekly, 26/01/2026 to
    30/03/2026. **Check:** shopping list and meal plan on the fridge; Dean sees food in the fridge and
    cupboards at each session.
15. Sort out Claire's prescriptions so they are delivered each month, instead of Ellie collecting
    them. **Who:** Dr Amir Qureshi, GP, Crossbeck Health Centre. **By:** 30/01/2026. **Check:** home
    delivery set up with Crossbeck Pharmacy; confirmed to Jess.

## If things go wrong

- If Claire falls and cannot get up, she presses her pendant (once fitted) or rings 999; Ellie is not
  to lift her. Jess is told the next working day by the care agency.
- If Ellie misses two school days in a row without a reason, Ms Kerr rings Jess, who visits that day.
- If Claire says she wants to end her life, or Jess or the GP is worried about her safety, the GP
  refers her to the Crossbeck Crisis Team the same day. Ellie will stay with her aunt, Joanne Haworth
  (22 Lime Street), until the crisis team has seen Claire; if Joanne cannot have her, Jess (or the
  Emergency Duty Team) will find Ellie a foster placement for that night.

## Meetings

- Core group: 27/01/2026, then every four weeks at Crossbeck High School, Tuesdays at 2pm:
  24/02/2026 and 24/03/2026.
- Review child protection conference: 09/04/2026 at 10am, Crossbeck Town Hall.
""",
    "findings": [
        F("F001"),
        F("F002", "Claire's MS is well managed and she has the care and equipment she needs at home."),
        F("F002", "Claire's mood improves and she feels more able to cope."),
        F("F003"),
        F("H001", "Twelve sessions of CBT for Claire's low mood"),
        F("T002", "Young carers assessment for Ellie and a place in"),
        F("M001", "Six-week falls prevention programme for Claire"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 9-week-old whose mother has postnatal
#    depression with intrusive thoughts and whose father has a brain injury:
#    "What it is like for Nell", a health section for each parent, then three
#    tables (Nell's plan; Hannah's part with the perinatal mental health team;
#    Rob's part with the community brain injury team), the two parents' tables
#    with an "In order to keep Nell safe" column. Landscape, page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b193_coldhithe_three_tables_keep_nell_safe_column_bancroft.pdf",
    "doc_title": "Child Protection Plan - Nell Bancroft",
    "split": "heldout",
    "actions": 17,
    "landscape": True,
    "min_pages": 2,
    "header": "Coldhithe Council Children's Services · with Coldhithe Perinatal Mental Health Team and Community Brain Injury Team",
    "footer": "Nell Bancroft · Child protection plan (ICPC 22/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-baby-plan-paged-landscape-header-footer-kv-then-what-it-is-like-for-nell-then-mums-health-and-dads-health-sections-worries-strengths-outcomes-then-three-tables-nells-plan-hannahs-part-with-perinatal-team-robs-part-with-brain-injury-team-parents-tables-with-in-order-to-keep-nell-safe-column-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-week-old. Her mother has postnatal depression with "
        "intrusive thoughts of harming her in the bath and had stopped holding her for night feeds; her "
        "father has a brain injury from a cycling accident that affects his memory and temper, and he "
        "forgot feeds and fell asleep with her on the sofa. Her weight fell from the 25th to the 9th "
        "centile. After 'What it is like for Nell' and a health section for each parent, the plan is "
        "three tables: Nell's own plan, Hannah's part with the perinatal mental health team, and Rob's "
        "part with the community brain injury team, the parents' tables each with an 'In order to keep "
        "Nell safe' column. The community psychiatric nurse, the psychologist and the psychiatrist each "
        "report on the mother's capacity to change and its likely timescale, and the rehabilitation "
        "consultant on the father's. Every row has an owner, a real time and a check; the grandmother's "
        "and uncle's help has a fallback; legal planning follows named triggers; meetings are dated."
    ),
    "blocks": [
        ("title", "Child Protection Plan for Nell Bancroft"),
        ("p", "Agreed at the initial child protection conference on 22/01/2026. Chair: Dr Rosalind Pike (IRO). "
              "The perinatal mental health team and the community brain injury team wrote their parts of "
              "this plan with the social worker before the conference, and both came to it."),
        ("kv", [
            ("Child", "Nell Bancroft, born 20/11/2025 (9 weeks), bottle fed"),
            ("Address", "Flat 6, Harbour Mews, Coldhithe CH1 4RT"),
            ("Mum", "Hannah Bancroft (29)"),
            ("Dad", "Rob Bancroft (33)"),
            ("Family", "Wendy Harlow (Hannah's mother), 18 Cliff Road, Coldhithe; Tom Bancroft (Rob's "
                       "brother), 2 Netmakers Lane, Coldhithe; Jean Harlow (Wendy's sister), Coldhithe"),
            ("Category", "Neglect"),
            ("Social worker", "Rhiannon Lewis, Coldhithe Children's Services, Infant Team (team manager: "
                              "Mark Dunstan)"),
        ]),
        ("h1", "What it is like for Nell"),
        ("p", "Nell is 9 weeks old. She was born at full term weighing 3.4kg and was on the 25th centile until "
              "she was 5 weeks old; at 8 weeks she was on the 9th. When Laura and Rhiannon visited, Nell "
              "woke hungry and cried hard until she was fed, then fed quickly and fell asleep in the middle "
              "of the bottle. Hannah held her at arm's length and looked away while feeding her, and passed "
              "her to Wendy as soon as she could. Nell settles quickly against Wendy's chest and watches her "
              "face. With Rob she is calm when he talks and sings to her, but on 14/01/2026 Rob forgot her "
              "2am feed and she cried for nearly an hour before Wendy, who was staying, woke up. Nell's day "
              "depends on which adult is with her and how well they are that day."),
        ("h1", "Mum's health"),
        ("p", "Hannah has postnatal depression with obsessional intrusive thoughts (diagnosed by the perinatal "
              "mental health team on 09/01/2026). She has thoughts, which she hates, of drowning Nell in the "
              "bath, and because of them she stopped bathing Nell and stopped holding her for night feeds. "
              "She told her health visitor about the thoughts herself. She takes sertraline 50mg and has no "
              "history of mental illness before this pregnancy."),
        ("h1", "Dad's health"),
        ("p", "Rob had a brain injury in a cycling accident in 2022. He has problems with his short-term "
              "memory, gets very tired, and can lose his temper quickly. He takes amitriptyline at night for "
              "headaches, which makes him hard to wake. He has forgotten at least three feeds since 01/01/2026, "
              "and on 08/01/2026 fell asleep on the sofa at 4am with Nell on his chest. On 11/01/2026 he "
              "punched a door when Nell cried for two hours; nobody was hurt."),
        ("h1", "What we are worried about"),
        ("p", "We are worried that Nell is not getting enough milk and is losing weight, that she could be hurt "
              "if she sleeps on the sofa with a parent who cannot wake, and that she may not get the warm, "
              "close care she needs while Hannah is so frightened of her own thoughts and Rob is so tired."),
        ("h1", "What is going well"),
        ("bullets", [
            "Hannah asked for help herself and has seen the perinatal team every week since 09/01/2026.",
            "Rob talks and sings to Nell, and he agreed to work with the brain injury team on routines.",
            "Wendy has stayed three nights a week since 10/01/2026, and Tom has offered to help at weekends.",
            "Nell's feeds have been written down since 15/01/2026, and she has gained 90g in the last week.",
        ]),
        ("h1", "What we want for Nell"),
        ("numbers", [
            "Nell is fed on time, day and night, and is back on or near the 25th centile by 16 weeks "
            "(12/03/2026).",
            "Nell always sleeps on her back in her own crib, never on a sofa or on an adult who is asleep.",
            "Nell is held, talked to and comforted by her mum and dad, who notice and answer her cries.",
            "Nell is never bathed or cared for through the night by a parent who is too unwell or too "
            "tired to keep her safe.",
        ]),
        ("h1", "Nell's plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [9.2, 5.0, 5.0, 6.5],
            "rows": [
                ["Weigh Nell at home, watch a feed and see where she sleeps",
                 "Laura Finch, specialist health visitor (perinatal), Coldhithe 0-19 Service",
                 "Every Wednesday until Nell is 6 months old (20/05/2026)",
                 "Each weight plotted in the red book; Nell back on or near the 25th centile by 12/03/2026; "
                 "visit note e-mailed to Rhiannon the same day"],
                ["Safe sleep and ICON (coping with crying) session with Hannah, Rob and Wendy, and check the "
                 "crib is set up beside the bed",
                 "Laura Finch, specialist health visitor",
                 "By 30/01/2026",
                 "Safe sleep checklist signed by Hannah and Rob; crib seen set up at Rhiannon's next visit"],
                ["Home visits, one in three unannounced and at least one a fortnight at feed time after 6pm",
                 "Rhiannon Lewis (SW)",
                 "Twice a week until the first core group, then weekly until the review conference",
                 "Visit records within 48 hours saying where Nell slept, who fed her and how she was held"],
                ["Nell's 12-week and 16-week immunisations, and a letter to Rhiannon about anything in Nell's "
                 "care that worries her",
                 "Dr Kate Munro, GP, Riverside Practice",
                 "At 12 weeks (12/02/2026) and 16 weeks (12/03/2026)",
                 "Immunisations in the red book and on the GP record; GP letter on file within a week"],
                ["Six Video Interaction Guidance sessions with Hannah and Nell",
                 "Priya Desai, VIG practitioner, Coldhithe Family Hub",
                 "Fortnightly, 04/02/2026 to 15/04/2026",
                 "Priya's written summary of how Hannah notices and answers Nell's cues, shared at each core "
                 "group"],
                ["Stay at the flat and give Nell her 2am feed, so that Hannah and Rob can sleep",
                 "Wendy Harlow (maternal grandmother)",
                 "Monday, Wednesday and Friday nights, 9pm to 8am, until the review conference",
                 "Wendy signs the night feed chart; Laura reads it each Wednesday"],
                ["Look after Nell in the daytime at weekends, so that Rob can rest and Hannah can sleep",
                 "Tom Bancroft (paternal uncle)",
                 "Every Saturday and Sunday, 10am to 4pm",
                 "Tom writes each feed on the chart; Rhiannon reads it at her Monday visit"],
                ["Parenting assessment of Hannah and Rob, using the perinatal and brain injury teams' reports",
                 "Rhiannon Lewis (SW)",
                 "Sessions every Tuesday from 27/01/2026; report by 31/03/2026",
                 "Report with a recommendation shared with Hannah, Rob and the core group by 31/03/2026"],
            ],
        }),
        ("h1", "Hannah's part, with the Coldhithe Perinatal Mental Health Team"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know", "In order to keep Nell safe"],
            "widths": [7.0, 4.2, 4.0, 5.2, 5.3],
            "rows": [
                ["Home visits to Hannah: check her mood, her intrusive thoughts, her sertraline and her sleep, "
                 "and go through her bath-time and night-time safety plan. At each core group, say whether "
                 "Hannah is making the changes needed, what remains and how long it is likely to take",
                 "Mel Ashby, community psychiatric nurse, Coldhithe Perinatal Mental Health Team",
                 "Every Tuesday from 27/01/2026",
                 "Visit note to Rhiannon within 2 working days; written update at each core group",
                 "Someone who knows Hannah's early signs sees her every week, so a worsening is spotted "
                 "before Nell's feeds or safety are affected"],
                ["Twelve sessions of CBT for intrusive thoughts (exposure and response prevention), then a "
                 "written report on Hannah's progress, what still needs to change and how long it is likely "
                 "to take before she can bath and feed Nell on her own",
                 "Dr Aoife Keane, clinical psychologist, Coldhithe Perinatal Mental Health Team",
                 "Weekly from 03/02/2026; report by 14/04/2026",
                 "Attendance letter to Rhiannon each month; report on Rhiannon's file by 14/04/2026",
                 "The review conference knows whether Hannah can safely bath and feed Nell on her own, and "
                 "when"],
                ["Outpatient review of Hannah's diagnosis and medication, with a written view on the risk to "
                 "Nell, Hannah's capacity to change and how long her recovery is likely to take",
                 "Dr Martin Hale, consultant perinatal psychiatrist",
                 "By 06/02/2026, then every 6 weeks",
                 "Clinic letter to the GP and Rhiannon within 5 working days of each review",
                 "Decisions about how much care Hannah gives Nell alone rest on a clear view of her illness "
                 "and recovery"],
                ["Take her sertraline every day; tell Mel or Wendy straight away if the thoughts get "
                 "stronger; do not bath Nell unless another adult is in the room",
                 "Hannah Bancroft (Mum)",
                 "Every day, until the review conference",
                 "Blister packs checked by Mel each Tuesday; bath-time chart signed by the other adult",
                 "Nell is bathed safely, and Hannah gets help before her thoughts frighten her away from "
                 "Nell"],
            ],
        }),
        ("h1", "Rob's part, with the Coldhithe Community Brain Injury Team"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know", "In order to keep Nell safe"],
            "widths": [7.0, 4.2, 4.0, 5.2, 5.3],
            "rows": [
                ["Set up memory aids for Nell's care (a feed alarm on Rob's phone, a whiteboard feed chart, "
                 "a safe sleep card by the sofa) and teach Rob to use them",
                 "Gareth Lyle, occupational therapist, Coldhithe Community Brain Injury Team",
                 "Two home sessions by 13/02/2026, then a check every two weeks until the review conference",
                 "Feed chart shows no gap longer than four hours when Rob is caring for Nell; Gareth's notes "
                 "sent to Rhiannon after each session",
                 "Nell is fed on time and put down on her back even when Rob's memory lets him down"],
                ["Written report on how Rob's brain injury affects his memory, tiredness and temper when "
                 "caring for a baby, what help works, whether he can learn and keep new routines, and how "
                 "long this is likely to take",
                 "Dr Sunil Varma, consultant in rehabilitation medicine, Coldhithe Community Brain Injury Team",
                 "By 13/03/2026",
                 "Report on Rhiannon's file and talked through at the core group on 17/03/2026",
                 "The plan for Nell is based on what Rob can safely do for her, and when"],
                ["Go to the 'Managing Anger after Brain Injury' group and use his card: stop, put Nell down "
                 "safely, leave the room, ring Wendy",
                 "Rob Bancroft (Dad)",
                 "Thursdays 1pm, 05/02/2026 to 26/03/2026 (8 weeks)",
                 "Group register sent to Rhiannon; Hannah and Wendy tell Rhiannon at visits whether Rob used "
                 "the card, and no damage or shouting is reported",
                 "Nell is never in Rob's arms when he is losing his temper"],
                ["Review Rob's amitriptyline, which makes him hard to wake, and write to Rhiannon about "
                 "whether he can safely do a night feed",
                 "Dr Kate Munro, GP, Riverside Practice",
                 "Appointment by 06/02/2026; letter by 13/02/2026",
                 "GP letter on Rhiannon's file by 13/02/2026",
                 "Rob does not do Nell's night feeds until the GP says his medicine lets him wake for her"],
                ["Do not sleep on the sofa or the bed while holding Nell: put her in her crib before he sits "
                 "down after a feed",
                 "Rob Bancroft (Dad)",
                 "Every feed, from 22/01/2026",
                 "Safe sleep seen at Laura's and Rhiannon's visits; Wendy and Hannah tell Rhiannon of any "
                 "time Nell was found asleep on Rob",
                 "Nell always sleeps on her back in her own crib"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Hannah says her thoughts are getting stronger, or that she has come close to acting on them, "
            "or Mel finds her acutely unwell: Mel arranges a same-day review by the perinatal crisis team; "
            "Hannah is not left alone with Nell; Wendy moves into the flat until the crisis team has seen "
            "Hannah; and Rhiannon holds a strategy discussion the same day.",
            "If Nell loses weight at two weigh-ins in a row, or drops below the 9th centile: Laura tells "
            "Rhiannon that day and Dr Munro sees Nell within 24 hours.",
            "If Nell is found asleep on the sofa or on an adult who is asleep, or Rob misses a feed when he is "
            "caring for her alone: Rob does not care for Nell on his own until the next core group, and "
            "Rhiannon visits the same day.",
            "If Rob loses his temper near Nell: he leaves the flat and stays at Tom's (2 Netmakers Lane) that "
            "night, and Rhiannon holds a strategy discussion the same day.",
            "If Wendy or Tom cannot come: they ring Rhiannon that day. Jean Harlow has agreed to cover Wendy's "
            "nights and Tom's weekends. If Jean cannot either, Rhiannon (or the Emergency Duty Team) arranges "
            "a foster placement for Nell that night, with Hannah and Rob's agreement under section 20.",
            "If Hannah or Rob cannot keep Nell safe with this help, or Dr Keane's or Dr Varma's report says "
            "they are unlikely to make the changes Nell needs by the time she is 6 months old, Rhiannon will "
            "ask Mark Dunstan (team manager) for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 11am at Coldhithe Family Hub: 03/02/2026, 24/02/2026, "
            "17/03/2026 and 07/04/2026. Mel and Gareth come to every core group.",
            "Review child protection conference: 16/04/2026 at 10am, Coldhithe Guildhall.",
        ]),
    ],
    "findings": [],
})
