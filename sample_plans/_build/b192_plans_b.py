"""Batch 192, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, parents, relatives, professionals,
services, schools, nurseries, hospitals, prisons and councils. Any likeness to
real people or places is a coincidence. The labels were written by hand from
docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: a parent who is ill, keeping the child in view when the adult's needs
are loud. Each plan is for a family where a parent has a mental illness, a
drink or drug problem, a learning disability with epilepsy, a brain injury, a
long-term physical illness with a painkiller dependence, or is in prison, and
each is in a template of its own. The illness or use is recorded in many
places and phrasings (history, worries, a health line, a diagnosis line,
"his drinking", "her epilepsy", "Mum's mental health"), beside words that
only look like a parent's illness (a child's eczema or asthma, a
great-grandmother's dementia told as background, a "sick note", a "healthy
diet"). Adult services own actions in six of the seven plans (CMHT care
coordinator, consultant psychiatrist, perinatal team, the drug and alcohol
service by its local name, the learning disability nurse, the epilepsy nurse,
the GP, the probation officer, the prison's recovery team), in a separate
adult services part, in the same table, under an agency lead-in, or jointly
with the social worker; most adult work says what it changes for the child,
and the mental health services in the exemplary plans are asked to report on
the parent's capacity to change, its steps and its likely timescale. The
child's days and words sit near the adult's story, under the writer's own
headings ("What it is like for Tegan and Jasper", "Keira's day", "Rosie's
day", "In Zak's words").

1. an initial conference plan for a 10-year-old and a 3-year-old whose
   mother has paranoid schizophrenia and stopped her depot, kept the
   children in for six days and fed them from tins: a children's part table,
   then an adult services part whose table has a "So that, for Tegan and
   Jasper" column beside each CMHT, psychiatrist and GP action (docx,
   exemplary);
2. a review conference plan for an 8-year-old and a 5-year-old whose father
   is alcohol dependent and cared for them alone on their mother's night
   shifts, one table under worry banner rows that each start "Because ...",
   page header and footer (pdf): faults are the father's mutual aid group
   "as often as he can", the family support worker's bedtime sessions
   measured by "engagement with sessions", "All professionals" passing on
   sightings, an outcome about the father only, and a contingency with no
   legal planning anywhere (T002, M002, W002, F002, R002);
3. a review plan for a 4-month-old baby whose mother has a learning
   disability and epilepsy, written in short words with "Rosie's day" as a
   table of the baby's hours, then the plan under Rosie's care tasks
   (feeding, sleep, bath time and seizures, Mum's own help), each action a
   bullet with Who / When / How we'll know sub-bullets; the learning
   disability nurse, the epilepsy nurse, the GP and adult social care own
   actions (md, exemplary);
4. a core group's revised plan for a 12-year-old and a 7-year-old whose
   father has a brain injury from a fall at work and now drinks, typed as
   plain text with numbered tasks grouped under each person's name (txt):
   faults are an "also agreed" referral in the passive with no one named, a
   task of the mother's with no time, the grandmother's Sunday dinners with
   no check, the father's brain injury and drinking recorded with no adult
   service owning any action, no word of the children's wishes, feelings or
   days anywhere, and no fallback if the grandmother or the uncle cannot
   help (W001, T001, M001, F004, F003, C003);
5. an initial conference plan for an 11-year-old and a 6-year-old living
   with their grandmother while their mother, who is on a methadone script,
   serves a prison sentence and is to be released on licence to the same
   house: a stage column merged down the action table (before release,
   release day, the first twelve weeks), the probation officer, the prison
   recovery team and the community drug service owning actions, page header
   and footer (pdf, exemplary);
6. a perinatal joint plan for a 7-week-old and a 4-year-old whose mother
   has severe postnatal depression with intrusive thoughts, written as a
   numbered outline under agency lead-ins ("1. The Perinatal Mental Health
   Team will:") with each item giving its time and "Evidence:" (docx):
   faults are the perinatal CPN's support visits that only treat the
   mother, a Home-Start request "as soon as possible", the health visitor's
   visits evidenced by "bonding improves", an outcome about the mother's
   mood only, and a review conference "to be confirmed" (H001, T002, M002,
   F002, R001);
7. a review conference plan for a 14-year-old young carer and his
   9-year-old sister (whose asthma is her own) whose mother has multiple
   sclerosis, chronic pain and a dependence on oxycodone, a table with a
   "Need" column (md): faults are a plan most of whose actions are about
   the mother's own health, care and benefits with no word of the children,
   Talking Therapies' CBT that only treats her, a welfare benefits
   appointment "when Denise feels up to it", "All professionals" sharing
   worries, and a stairlift request with "-" for how we'll know (F001,
   H001, T002, W002, M001).

Three plans (1, 3 and 5) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails; each
records the child's voice or a baby's observed day, core group dates and a
dated review conference, and legal planning after named triggers; adult
services own actions, most of them with their link to the child, and every
adult mental health row also reports on the parent's capacity to change.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each numbered task, and each action
bullet with its Who / When / How we'll know sub-bullets counts once. Details,
worries, strengths, the child's days and words, outcomes, early warning
signs, the contingency, meeting dates, distribution and signatures are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan: a children's part table, then an adult services
#    part with a "So that, for Tegan and Jasper" column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_brackmoor_icpc_adult_services_part_so_that_column_pilling.docx",
    "doc_title": "Child Protection Plan - Tegan and Jasper Pilling",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-docx-details-kv-what-happened-what-is-working-what-it-is-like-for-the-children-outcomes-then-part-1-children-and-family-what-who-when-how-table-then-part-2-adult-services-table-with-so-that-for-the-children-column-beside-cmht-psychiatrist-gp-rows-then-if-mum-becomes-unwell-again-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 3-year-old whose mother has paranoid "
        "schizophrenia: she stopped her depot injection, believed the neighbours were poisoning the "
        "food, kept the children indoors for six days and fed them from tins until the 10-year-old "
        "texted her grandmother. The plan is in two parts: the children's and family's table, then an "
        "adult services part whose table puts a 'So that, for Tegan and Jasper' column beside each "
        "action of the CMHT care coordinator, the consultant psychiatrist and the GP. Both mental "
        "health rows ask for a written view of the mother's capacity to change and its likely "
        "timescale; the grandmother's help has a fallback; legal planning follows named triggers; "
        "core group dates and a dated review conference are set; the children's words and the "
        "nursery's observations of the 3-year-old are recorded. Jasper's eczema is his own."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Brackmoor City Council, Children's Services. Initial child protection conference held on "
              "08/01/2026 at Brackmoor Civic Centre, chaired by Deborah Vance (Independent Reviewing Officer). "
              "Both children are subject to a child protection plan under the category of neglect."),
        ("h1", "About the family"),
        ("kv", [
            ("Children", "Tegan Pilling, born 14/05/2015 (10, Year 6, St Aldhelm's C of E Primary School); "
                         "Jasper Pilling, born 22/09/2022 (3, Little Acorns Nursery, Monday to Wednesday mornings)"),
            ("Address", "27 Fenwick Terrace, Brackmoor BK2 6LT"),
            ("Mother", "Joanne (Jo) Pilling (36). Diagnosis: paranoid schizophrenia since 2014. On the Care "
                       "Programme Approach with Brackmoor North Community Mental Health Team (CMHT); monthly "
                       "depot injection."),
            ("Father", "Adam Yeo (38), 9 Stanley Road, Brackmoor; separated from Jo in 2023, sees the children "
                       "every other weekend"),
            ("Maternal grandmother", "Patricia (Pat) Pilling (61), 4 Hollins Close, Brackmoor"),
            ("Care coordinator", "Mark Ebden, community psychiatric nurse, Brackmoor North CMHT"),
            ("Consultant psychiatrist", "Dr Ruth Okafor, Brackmoor North CMHT"),
            ("GP", "Dr Simon Baines, Fenwick Medical Practice"),
            ("Social worker", "Hannah Lisle, Safeguarding and Family Support Team (team manager: Gareth Pryor)"),
            ("Children's health", "Tegan is well. Jasper has eczema, managed with emollient cream from the GP; "
                                  "his weight is on the 25th centile."),
        ]),
        ("h1", "What happened"),
        ("p", "Jo has paranoid schizophrenia. She has been well for long spells on a monthly depot injection, but "
              "she has become unwell twice before (in 2019 and in 2022) after stopping it; in 2022 she was in "
              "hospital under section 2 of the Mental Health Act for four weeks and the children stayed with "
              "Pat. Jo missed her depot in November and December 2025 because she said it made her put on "
              "weight."),
        ("p", "From 06/12/2025 Jo kept Tegan and Jasper at home. She believed the neighbours were putting poison "
              "into the water and the shop food, taped up the windows, and fed the children only from tins. "
              "Neither child went to school or nursery for six days. On 12/12/2025 Tegan texted her nana from "
              "Jo's phone: \"Mum says we cant go out. Jasper is hungry.\" Pat came straight round and rang the "
              "CMHT. The Home Treatment Team assessed Jo on 13/12/2025; she agreed to restart her depot, which "
              "she had on 16/12/2025. The children stayed at Pat's until 20/12/2025 and went home when the Home "
              "Treatment Team said Jo was settled. The CMHT took her care back on 05/01/2026."),
        ("h1", "What is working"),
        ("bullets", [
            "Jo has had her depot since 16/12/2025 and says: \"When I'm poorly I think the danger is outside. I "
            "don't see that it's me frightening them.\"",
            "Pat acted the same day Tegan texted, and has the children after school on Tuesdays and Thursdays.",
            "Adam came to the conference and will have the children every other weekend and at short notice.",
            "Tegan has been in school every day since 05/01/2026, and Jasper has been back at nursery since "
            "the same day.",
        ]),
        ("h1", "What it is like for Tegan and Jasper"),
        ("p", "Hannah saw Tegan on her own at school on 05/01/2026. Tegan said: \"When Mum is poorly she whispers "
              "and says people are listening. I had to make Jasper's tea out of tins and he cried because he "
              "wanted toast.\" \"I was scared to text Nana in case Mum got cross.\" She wants \"Mum to have her "
              "injection so she stays normal Mum\", and she wants to go to her friend Layla's house after "
              "school \"like everyone else\". She scored feeling safe at home 6 out of 10: \"ten is when Mum "
              "has had her injection and Nana comes on Tuesdays\"."),
        ("p", "Jasper is too young to tell us in words. In his first week back, nursery staff saw him hide "
              "crackers in his coat pocket at snack time and ask \"is it poison?\" when given a yoghurt. He "
              "plays a game he calls \"shut the windows\" in the home corner. At pick-up he runs to Pat and "
              "holds on to her leg."),
        ("h1", "What we want for Tegan and Jasper"),
        ("numbers", [
            "Tegan and Jasper are cared for every day by an adult who is well enough to feed them, get them to "
            "school and nursery, and keep them safe.",
            "Tegan knows the signs that Mum is becoming unwell and who to tell, and no longer has to look "
            "after Jasper.",
            "Jasper eats regular meals without fear, goes to every nursery session, and stops hiding food.",
            "Tegan and Jasper see friends and family outside the house every week.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part 1: Tegan, Jasper and the family"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.4, 3.2, 4.0],
            "rows": [
                ["Visit the children at home, one visit in three unannounced; see Tegan on her own, see Jasper "
                 "eat, and look at the food in the house",
                 "Hannah Lisle, social worker",
                 "Every week until the review conference on 02/04/2026",
                 "Visit records on the case file within 48 hours, with Tegan's words and what food was in "
                 "the house"],
                ["Four sessions of direct work with Tegan about Mum's illness, using the 'Mind, Body and Me' "
                 "workbook, ending with a 'who I can tell' card",
                 "Hannah Lisle, social worker",
                 "Fortnightly, 15/01/2026 to 26/02/2026",
                 "Tegan's card on file; Tegan can name three signs that Mum is unwell and two adults she "
                 "would tell"],
                ["Refer Tegan to Brackmoor Young Carers for a place in their Wednesday after-school group",
                 "Hannah Lisle, social worker",
                 "By 23/01/2026",
                 "Acceptance letter and the date of Tegan's first group on file"],
                ["Check in with Tegan every morning, and ring Hannah by 9.30am if Tegan is not in school and "
                 "Jo has not answered the school's call",
                 "Mrs Ayesha Tariq, Designated Safeguarding Lead, St Aldhelm's",
                 "Every school day at registration",
                 "CPOMS notes and Tegan's attendance e-mailed to Hannah every Friday; attendance at 95% or "
                 "more by the review conference"],
                ["Write down what Jasper eats at snack and lunch, and anything he says or plays about food, "
                 "windows or poison",
                 "Kerry Walsh, manager, Little Acorns Nursery",
                 "Every session Jasper attends (Monday to Wednesday mornings)",
                 "Nursery food and play record e-mailed to Hannah every two weeks; no hidden food found by "
                 "the review conference"],
                ["Jasper's health and development check: weight, height, skin and an ASQ-3",
                 "Lorna Quist, health visitor, Brackmoor 0-19 Service",
                 "By 20/02/2026",
                 "ASQ-3 scores and weight on the centile chart in Jasper's red book, shared with Hannah by "
                 "27/02/2026"],
                ["Have Tegan and Jasper for tea after school, and walk Tegan to Layla's on Thursdays if "
                 "Layla's mum agrees",
                 "Pat Pilling, maternal grandmother",
                 "Every Tuesday and Thursday, 3.15pm to 6.30pm",
                 "School signing-out sheet; Pat texts Hannah every Thursday evening"],
                ["Have Tegan and Jasper to stay at his home every other weekend",
                 "Adam Yeo, father",
                 "Alternate weekends, Friday 5pm to Sunday 5pm, from 16/01/2026",
                 "Adam's contact diary, read by Hannah at her visits; Tegan's account at her next visit"],
                ["Have her depot injection at the CMHT clinic every four weeks, so that she stays well enough "
                 "to care for Tegan and Jasper",
                 "Jo Pilling, mother",
                 "Every four weeks: 13/01/2026, 10/02/2026, 10/03/2026",
                 "Clinic record of each injection, copied to Hannah by Mark Ebden the same week"],
            ],
        }),
        ("h2", "Part 2: Adult services"),
        ("p", "The adult services below agreed their part at the conference and at a joint meeting with Hannah "
              "on 06/01/2026. Each row says what it means for the children."),
        ("table", {
            "header": ["What the service will do", "So that, for Tegan and Jasper", "Lead", "When",
                       "How we will know"],
            "widths": [4.6, 3.6, 2.8, 2.6, 3.4],
            "rows": [
                ["Visit Jo at home and go through her early warning signs, her sleep and her relapse "
                 "prevention plan; write a view before each core group on whether Jo is making the changes "
                 "the children need, what steps are left and how long they are likely to take",
                 "Tegan and Jasper are never again left with Mum while she is unwell without an adult "
                 "noticing",
                 "Mark Ebden, care coordinator (CPN), Brackmoor North CMHT",
                 "Every two weeks from 12/01/2026 until the review conference",
                 "Mark's written view on Hannah's file two working days before each core group"],
                ["Review Jo's depot and its side effects at her CPA review, and give a written opinion on "
                 "her prognosis, whether she can keep to treatment, the changes still needed and the likely "
                 "timescale for them",
                 "Tegan and Jasper stay at home with Mum only if she can keep well, and move quickly to a "
                 "safe plan if she cannot",
                 "Dr Ruth Okafor, consultant psychiatrist, Brackmoor North CMHT",
                 "At the CPA review on 27/01/2026",
                 "CPA review letter with the written opinion copied to Hannah by 03/02/2026"],
                ["Physical health check for Jo on her depot (weight, blood pressure, blood sugar and "
                 "cholesterol), with help to manage her weight gain",
                 "Tegan and Jasper do not live through another relapse like December's, which began when "
                 "Mum stopped her depot because of her weight",
                 "Dr Simon Baines, GP, Fenwick Medical Practice",
                 "By 20/02/2026, then every three months",
                 "Results letter sent to Mark and Hannah within a week of each check"],
                ["Write a crisis plan with Jo, Pat and Adam saying who cares for the children at each stage "
                 "if Jo becomes unwell, and send it to the school, the nursery, the Home Treatment Team and "
                 "the Emergency Duty Team",
                 "Tegan and Jasper are looked after by a named adult, in a known place, from the day Mum "
                 "becomes unwell",
                 "Hannah Lisle, social worker, jointly with Mark Ebden, CPN",
                 "By 23/01/2026",
                 "Signed crisis plan on Jo's CPA record and the children's file; copies sent by 23/01/2026"],
            ],
        }),
        ("h1", "If Mum becomes unwell again"),
        ("bullets", [
            "If Jo misses her depot by more than 7 days, shows two or more of her early warning signs (not "
            "sleeping, whispering that people are listening, taping the windows, saying food is poisoned), or "
            "Tegan tells anyone that Mum is \"poorly\": Mark (or the CMHT duty worker, or the crisis team out "
            "of hours) assesses Jo within 24 hours; Tegan and Jasper go to Pat's house that day and are not "
            "left alone with Jo until Mark or Dr Okafor says she is well; Hannah sees both children the same "
            "day.",
            "If Pat cannot have the children (she is ill or away), they go to Adam's at 9 Stanley Road, agreed "
            "by Adam on 06/01/2026. If neither Pat nor Adam can have them, Hannah arranges an emergency foster "
            "placement for Tegan and Jasper together that day.",
            "If the children are kept off school or nursery and Jo will not open the door, Hannah asks the "
            "police for a welfare check that day and holds a strategy discussion the same day.",
            "If Jo stops her depot again, or the children are found in her care while she is unwell, Hannah "
            "asks Gareth Pryor for a legal planning meeting within 5 working days to decide whether to start "
            "the Public Law Outline. If Mark's and Dr Okafor's written views by the review conference say Jo "
            "is not likely to keep well enough to care for the children, Hannah asks for a legal planning "
            "meeting before the review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Brackmoor North Family Hub, Tuesdays at 10am: 20/01/2026, "
            "17/02/2026 and 17/03/2026. Mark Ebden attends each one.",
            "Review child protection conference: 02/04/2026 at 10am, Brackmoor Civic Centre.",
        ]),
        ("p", "Plan sent to Jo, Adam, Pat and every agency on 12/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan: one table under worry banner rows that each
#    start "Because ...". Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_bowerhythe_rcpc_because_worry_banner_rows_hurst.pdf",
    "doc_title": "Review Child Protection Plan - Keira and Lewis Hurst",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "Bowerhythe Borough Council · Children's Services · Review child protection plan",
    "footer": "Keira and Lewis Hurst · RCPC 22/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-plan-at-a-glance-kv-since-the-first-conference-keiras-day-what-we-still-worry-about-what-is-better-outcomes-then-one-what-who-when-how-table-under-worry-banner-rows-each-starting-because-then-if-things-go-wrong-and-meetings-bullets",
    "description": (
        "Review conference plan for an 8-year-old and a 5-year-old whose father is alcohol dependent and "
        "looked after them alone, drunk, on their mother's night shifts; the 8-year-old put her brother to "
        "bed and rang 999 when her father fell and cut his head. After 'Keira's day' and the worries, the "
        "plan is one table under banner rows that each begin 'Because ...' and tie the work to the "
        "children; the drug and alcohol service (Horizons Bowerhythe) and the GP own actions, and "
        "Horizons reports on change. Faults: the father's SMART Recovery group 'as often as he can'; the "
        "family support worker's bedtime sessions measured by 'engagement with sessions'; 'All "
        "professionals' passing on sightings; an outcome about the father only; and a contingency with "
        "specific triggers and responses but no legal planning meeting anywhere in the plan."
    ),
    "blocks": [
        ("title", "Child Protection Plan (review)"),
        ("h1", "Plan at a glance"),
        ("kv", [
            ("Children", "Keira Hurst, born 03/03/2017 (8, Year 4); Lewis Hurst, born 11/08/2020 (5, Reception). "
                         "Both at Bowerhythe Vale Primary School."),
            ("Address", "41 Sedgefield Way, Bowerhythe BH7 3NU"),
            ("Mum", "Stacey Hurst (35), care assistant at Fernlea Nursing Home"),
            ("Dad", "Darren Hurst (39). Alcohol dependence; two community detoxes (2021, 2023)."),
            ("Paternal grandmother", "Sandra Hurst, 15 Kiln Lane, Bowerhythe"),
            ("Category", "Neglect. Initial conference 30/10/2025; first review 22/01/2026."),
            ("Decision", "Keira and Lewis remain subject to a child protection plan."),
            ("Social worker", "Priya Chandran, Bowerhythe Children's Safeguarding Team (team manager: Owen Lacey)"),
            ("Drug and alcohol service", "Horizons Bowerhythe: Callum Reid, recovery worker"),
            ("GP", "Dr Fiona Marr, Quayside Surgery"),
        ]),
        ("h1", "Since the first conference"),
        ("p", "The children were made subject to a plan after Keira rang 999 in the early hours of 11/10/2025. "
              "Stacey was at work on a night shift; Darren had drunk most of a 3-litre bottle of strong cider, "
              "fallen in the kitchen and cut his head, and Keira could not wake him. The police found Lewis "
              "asleep in Keira's bed and Keira in her coat, ready to take him to Nana Sandra's. Since then "
              "Darren has met Callum at Horizons six times and cut down from about 18 to about 8 units a day, "
              "but he has not stopped, and on 09/01/2026 Priya smelt alcohol on him at 4pm when he had "
              "collected the children from school. Stacey still works three night shifts a week."),
        ("h1", "Keira's day"),
        ("p", "Keira told Priya (at school, 14/01/2026) what a night-shift day is like: \"Mum goes at half seven. "
              "Dad has his cans and watches telly. I do Lewis's teeth and read him the dinosaur book and then "
              "I check Dad is breathing.\" She said she keeps her school shoes by the bed \"in case we have to "
              "go to Nana's\". She wants \"Dad to stop the cans, properly\" and \"Mum to be home at night\". "
              "Lewis said Daddy \"falls asleep on the floor\" and that he likes it when Nana Sandra stays "
              "\"because she does pancakes\". Keira's teacher says she is often tired on Wednesdays and "
              "Thursdays, the mornings after Stacey's shifts."),
        ("h1", "What we still worry about"),
        ("bullets", [
            "Darren's drinking: he still drinks every day, and he has been drunk in charge of the children.",
            "Keira is acting as Lewis's carer and her dad's, and checks on him at night.",
            "Lewis was late 14 times in the autumn term, mostly on the mornings after Stacey's night shifts.",
        ]),
        ("h1", "What is better"),
        ("bullets", [
            "Darren goes to Horizons and told the conference \"I know the kids have seen too much\".",
            "Sandra has stayed at the house on most of Stacey's night shifts since November.",
            "Stacey has asked Fernlea for day shifts, and the manager has agreed in principle.",
            "Both children are eating well: the school nurse says their packed lunches are a healthy diet "
            "and they are growing well.",
        ]),
        ("h1", "What needs to be different"),
        ("numbers", [
            "Keira and Lewis always have a sober adult looking after them, day and night.",
            "Keira can be a child: she does not put Lewis to bed or check on her dad, and she can tell someone "
            "when she is worried.",
            "Keira and Lewis get to school on time every day, rested and fed.",
            "Darren stops drinking and stays sober.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.6, 3.4, 3.1, 3.9],
            "rows": [
                ["Because when Dad drinks on Mum's work nights, Keira and Lewis have no sober adult to look "
                 "after them", H, H, H],
                ["Move from night shifts to day shifts at Fernlea (Monday to Friday, 8am to 2pm) so that a "
                 "sober adult is at home every night",
                 "Stacey Hurst (Mum)",
                 "By 02/02/2026",
                 "Letter from Fernlea's manager confirming the new rota, on Priya's file"],
                ["Stay at the house overnight on every night Stacey still works until the new rota starts",
                 "Sandra Hurst (Nana)",
                 "Every night Stacey works, until 02/02/2026",
                 "Sandra texts Priya the nights she stayed; Keira asked at Priya's visits"],
                ["Not be alone with Keira and Lewis, and not drink in the house or come home drunk",
                 "Darren Hurst (Dad)",
                 "Every day until the next review conference",
                 "Breath test at every Horizons session; no alcohol found on Priya's unannounced visits"],
                ["Home visits, one a fortnight in the evening and one in three unannounced; see each child on "
                 "their own and see who is caring for them",
                 "Priya Chandran, social worker",
                 "Every week until the next review conference",
                 "Visit records within 48 hours, with who was caring, whether alcohol was seen, and the "
                 "children's words"],
                ["Because Dad's drinking is why Keira and Lewis were not safe at night", H, H, H],
                ["Key work sessions with a breath test at each; write a report before each core group on "
                 "whether Darren is drinking, what has changed for Keira and Lewis, and how long further "
                 "change is likely to take",
                 "Callum Reid, recovery worker, Horizons Bowerhythe",
                 "Every two weeks from 26/01/2026",
                 "Breath test results e-mailed to Priya after each session; Callum's report on file two "
                 "working days before each core group"],
                ["Plan and start a community alcohol detox for Darren, with daily breath tests while it "
                 "runs",
                 "Callum Reid, Horizons Bowerhythe, with Dr Fiona Marr (GP)",
                 "Detox to start by 16/02/2026",
                 "Detox chart with daily breath tests at 0.00 for the last 3 days, copied to Priya"],
                ["Liver function and GGT blood tests before the detox and 8 weeks after it, and prescribe "
                 "acamprosate if Darren completes it",
                 "Dr Fiona Marr, GP, Quayside Surgery",
                 "First tests by 13/02/2026; repeat 8 weeks after the detox ends",
                 "Blood results shared with Callum and Priya within a week of each test"],
                ["Go to the SMART Recovery mutual aid group at Horizons",
                 "Darren Hurst (Dad)",
                 "As often as he can",
                 "Attendance register sent to Priya by Horizons each month"],
                ["Because Keira worries about her dad and has had to act like a grown-up", H, H, H],
                ["Eight sessions with Keira in the Hidden Harm group for children whose parents drink, "
                 "using the 'Me and My Feelings' questionnaire",
                 "Jade Fenton, Bowerhythe Hidden Harm Service",
                 "Weekly, 28/01/2026 to 18/03/2026",
                 "Keira's questionnaire scores at the first and last sessions, shared with Priya"],
                ["Check in with Keira and Lewis each morning; write down lateness, tiredness and hunger, and "
                 "ring Priya the same day if either child talks about Dad's drinking",
                 "Mr Dean Ahmed, Designated Safeguarding Lead, Bowerhythe Vale Primary",
                 "Every school day at registration",
                 "CPOMS log e-mailed to Priya every Friday"],
                ["Sessions at home with Stacey on a bedtime routine for Keira and Lewis",
                 "Leah Moss, family support worker, Bowerhythe Family Hub",
                 "Weekly from 27/01/2026 for 8 weeks",
                 "Engagement with sessions"],
                ["Pass on any sighting of Darren drunk at the school gate or in the street when he has the "
                 "children",
                 "All professionals",
                 "The same day",
                 "Logged on the children's chronology"],
                ["Because Lewis misses school on the mornings after Mum's night shifts", H, H, H],
                ["Get Keira and Lewis up, fed and into school by 8.45am",
                 "Stacey Hurst (Mum)",
                 "Every school day",
                 "Attendance and late marks in Mr Ahmed's Friday e-mail; no more than one late mark a month "
                 "by the next review"],
                ["Hearing, vision, height and weight check for Lewis",
                 "Gemma Toft, school nurse, Bowerhythe 0-19 Service",
                 "By 27/02/2026",
                 "School nurse letter with the results on Priya's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Darren is drunk, or smells of alcohol, while the children are at home: Stacey or Sandra asks "
            "him to leave and he goes to his brother Wayne's at 22 Moor Lane; if he will not leave, they ring "
            "999. Priya visits the children the next working day.",
            "If Sandra cannot stay on a night Stacey is working (she is ill or away), Stacey does not go to work "
            "that night (agreed with Fernlea's manager on 19/01/2026), or the children stay at Stacey's sister "
            "Kim Lowry's, 8 Bank Street.",
            "If Keira rings anyone to say her dad is drunk and no other adult is there, that person rings 999; "
            "the Emergency Duty Team arranges for the children to go to Sandra's or Kim's that night, and Priya "
            "holds a strategy discussion with the police the next working day.",
            "If Darren drinks during or after his detox, Callum tells Priya the same day and Priya visits the "
            "children within 24 hours.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks at Bowerhythe Family Hub, Wednesdays at 9.30am: 04/02/2026, 18/03/2026, "
            "29/04/2026 and 10/06/2026.",
            "Next review child protection conference: 23/07/2026 at 1pm, Bowerhythe Town Hall.",
        ]),
    ],
    "findings": [
        F("T002", "Go to the SMART Recovery mutual aid group at Horizons"),
        F("M002", "Sessions at home with Stacey on a bedtime routine"),
        F("W002", "Pass on any sighting of Darren drunk at the school gate"),
        F("F002", "Darren stops drinking and stays sober."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review plan in short words for a mother with a learning disability and
#    epilepsy: "Rosie's day" as a table of the baby's hours, then the plan
#    under Rosie's care tasks, each action a bullet with Who / When / How
#    we'll know sub-bullets. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_bellstrand_rcpc_short_words_rosies_day_care_task_bullets_marsden.md",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-plan-md-short-words-for-a-parent-with-learning-disability-whos-who-bullets-why-better-still-worried-rosies-day-hours-table-what-we-want-then-h3-per-care-task-feeding-sleep-bath-and-seizures-kellys-help-seeing-rosie-each-action-bold-bullet-with-who-when-how-well-know-sub-bullets-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review plan for a 5-month-old whose mother, 22, has a mild learning disability and "
        "epilepsy: at 8 weeks the baby fell from the 50th to the 9th centile because feeds were made up "
        "wrong, and the mother had two seizures in November, one while holding the baby and one after "
        "bathing her alone, having missed doses of her lamotrigine. Written in short words and read with "
        "the parents by the learning disability nurse; 'Rosie's day' is a table of the baby's hours as "
        "the health visitor and social worker saw them; the plan is grouped under Rosie's care tasks "
        "(feeding, sleep, bath time and seizures, help for Kelly, seeing Rosie), each action a bold "
        "bullet with Who / When / How we'll know sub-bullets. The learning disability nurse (reporting "
        "on what Kelly can learn and how long it will take), the epilepsy nurse, the GP, the pharmacist "
        "and adult social care own actions; the grandmother's bath-time help has a fallback; legal "
        "planning follows named triggers; core group dates and the review conference are set."
    ),
    "text": """\
# Rosie's plan

**Bellstrand Council Children's Services: child protection plan for Rosie Marsden**

This plan was agreed at Rosie's review child protection conference on **Tuesday 3 March 2026**.
Rosie stays on a child protection plan (neglect). It is written in short sentences for Kelly.
Fiona (Kelly's learning disability nurse) read it with Kelly and Jordan on 05/03/2026, and they
have a copy with pictures.

## Who is who

- **Rosie** Marsden, born 02/10/2025 (5 months). Lives at 6 Quarry Bank, Bellstrand BL4 8RE.
- **Kelly** Marsden (22), Rosie's mum. Kelly has a mild learning disability and epilepsy.
- **Jordan** Pike (24), Rosie's dad. Lives with Kelly and Rosie. Works at Northway Distribution,
  Monday to Friday, and on late shifts (2pm to 10pm) on Tuesdays and Thursdays.
- **Tina** Marsden, Kelly's mum (Rosie's nana), 11 Quarry Bank.
- **Carol** Pike, Jordan's mum, 3 Dene Court, Bellstrand.
- **Leanne** Orde, social worker, Bellstrand Children's Services (team manager: Ruth Hale).
- **Samira** Begum, health visitor, Bellstrand 0-19 Service.
- **Fiona** Greaves, learning disability nurse, Bellstrand Community Learning Disability Team.
- **Dawn** Kettle, epilepsy specialist nurse, Bellstrand General Hospital.
- **Dr Harish Nair**, GP, Millbrook Surgery (Kelly's and Rosie's GP).
- **Tom** Brack, social worker, Bellstrand Adult Social Care.
- **Ravi** Sethi, pharmacist, Hallam's Pharmacy, Millbrook Road.
- **Chris** Pollard, parenting assessor, Bellstrand Parenting Assessment Team.

## Why Rosie has a plan

When Rosie was 8 weeks old her weight dropped from the 50th centile to the 9th. Kelly was putting
in too few scoops of milk powder so the tin would last the week. She did not know this was not safe
for Rosie.

Kelly has epilepsy. In November 2025 she missed doses of her lamotrigine because she could not
work out the times on the box. On 02/11/2025 she had a seizure on the sofa while she was holding
Rosie. Rosie rolled onto the floor. She was checked at hospital and was not hurt. On 19/11/2025
Kelly had a seizure just after she had bathed Rosie on her own. Jordan came home and found Rosie
in her cot in a wet towel.

## What is better now

- Rosie has gained weight. She is back on the 25th centile (weighed on 24/02/2026).
- Kelly has had no seizures since 01/12/2025. Her blister pack and phone alarm help her take her
  tablets on time.
- Kelly uses the picture card on the kettle to make up bottles. Samira watched her do it right on
  her last three visits.
- Jordan does the late bottle every night and bathes Rosie when he is home.
- Nana Tina comes for bath time on Jordan's late shift days.

## What we still worry about

- Kelly forgets things when she is tired. She can lose track of when Rosie last had a bottle.
- If Kelly has a seizure while she is on her own with Rosie, Rosie could be badly hurt.
- Rosie will start on solid food in April. This is new for Kelly and Jordan.
- Kelly and Jordan have not had help before with bills and shopping, and money runs out before
  payday.

(Tina's mum, Rosie's great-grandma, has dementia and lives in a care home. Tina visits her on
Sundays. This does not affect Tina's help with Rosie.)

## Rosie's day

Rosie cannot tell us in words what her days are like. This is what Samira and Leanne have seen on
their visits since the first conference.

| Time | What Rosie's day is like |
|---|---|
| 6am | Jordan gives Rosie her first bottle before work. She drinks it all and holds his finger. |
| 9am to 12 noon | Rosie is on her play mat. She laughs when Kelly sings "Twinkle Twinkle". She grabs her crinkle book. |
| After lunch | Rosie naps in her cot. She sleeps on her back with her feet at the bottom of the cot. |
| Late afternoon | Rosie is often grizzly. Kelly walks her round the room. Rosie settles best on Kelly's shoulder. |
| 6pm | Bath time with Jordan or Nana Tina. Rosie kicks and splashes and smiles at Nana. |
| 10pm | Jordan gives her a bottle and she goes down in her cot in Kelly and Jordan's room. |

Samira saw Rosie look for Kelly's face when Kelly left the room, and calm down when Kelly came
back. Leanne saw Rosie cry hard on 10/02/2026 when her bottle was late; Kelly had lost track of
the time.

## What we want for Rosie

1. Rosie gets the right amount of milk, and later food, at the right times, and keeps growing on
   her centile line.
2. Rosie is never on her own with an adult who is having a seizure, and she is never bathed by
   Kelly on her own.
3. Rosie always sleeps safely on her back in her own cot.
4. Rosie is cared for safely every day by her mum and dad, with the help they need for as long
   as they need it.

## The plan

Each action says who will do it, when, and how we will know it has happened.

### Feeding Rosie

- **Make up every bottle using the picture card on the kettle: one scoop for every 30ml of
  water, and tick the feed chart on the fridge.**
  - Who: Kelly
  - When: Every feed, about every 3 to 4 hours in the day
  - How we'll know: The feed chart is ticked for every feed. Samira and Leanne read it at each
    visit.
- **Give Rosie her 6am bottle before work and her 10pm bottle every night.**
  - Who: Jordan
  - When: Every day, 6am and 10pm
  - How we'll know: Jordan's initials on the feed chart for those feeds.
- **Weigh Rosie at home and plot her weight in the red book.**
  - Who: Samira (health visitor)
  - When: Every week until Rosie is 6 months old (02/04/2026), then every two weeks until the next
    review conference
  - How we'll know: Weights in the red book. Rosie stays on or above the 25th centile. Samira
    e-mails Leanne the weight the same day.
- **Show Kelly and Jordan how to start Rosie on solid food, using the picture weaning guide.**
  - Who: Samira (health visitor)
  - When: Three visits in April 2026, the first on 07/04/2026
  - How we'll know: At the third visit Kelly makes Rosie's first mash with Samira watching. Kelly
    keeps a food diary with pictures, and Samira reads it at each visit.

### Rosie's sleep

- **Put Rosie down on her back in her own cot for every sleep, day and night, and never fall
  asleep with her on the sofa.**
  - Who: Kelly and Jordan
  - When: Every sleep
  - How we'll know: Samira and Leanne see where Rosie sleeps at every visit and write it down.

### Bath time and Kelly's seizures

- **Never bath Rosie on her own. Rosie has a bath only when Jordan or Nana Tina is in the room.**
  - Who: Kelly
  - When: Every bath time
  - How we'll know: The adult who is in the room initials the bath chart. Leanne reads it at each
    visit.
- **Come round to help with Rosie's bath on Jordan's late shift days.**
  - Who: Nana Tina
  - When: Every Tuesday and Thursday at 6pm
  - How we'll know: Tina initials the bath chart. Leanne asks Tina how it went at her visits.
- **Take lamotrigine at 8am and 8pm from the blister pack when the phone alarm goes, so that Kelly
  does not have a seizure while she is caring for Rosie.**
  - Who: Kelly
  - When: Twice a day, every day
  - How we'll know: Fiona checks the blister pack every week. No missed doses.
- **Make up Kelly's blister pack with a picture of a sun and a moon for the morning and evening
  tablets, and ring Fiona if Kelly does not collect it.**
  - Who: Ravi (pharmacist)
  - When: Every Friday, from 06/03/2026
  - How we'll know: The pharmacy's collection record. Any missed collection phoned to Fiona the
    same day.
- **Check Kelly's seizure diary and her lamotrigine, and write a picture safety plan for caring
  for Rosie (change her on the floor, feed her sitting on the floor cushion, buggy brake on). Say
  in a letter how well Kelly's seizures are controlled and what could make a seizure more likely.**
  - Who: Dawn (epilepsy specialist nurse)
  - When: By 20/03/2026, then at Kelly's clinic every three months
  - How we'll know: The picture safety plan is on the fridge and on Leanne's file. Dawn's clinic
    letter is copied to Leanne and Dr Nair.
- **Give Kelly her annual learning disability health check, including her epilepsy tablets and
  her mood since Rosie was born, so that she stays well enough to care for Rosie.**
  - Who: Dr Nair (GP)
  - When: By 31/03/2026
  - How we'll know: Health check letter on Leanne's file by 07/04/2026.

### Help for Kelly and Jordan so they can care for Rosie

- **Teach Kelly Rosie's care routines with picture cards and short videos on her phone (bottles,
  weaning, nappies, a crying baby). Before each core group, write what Kelly has learned, what
  she still needs help with, and how long more learning is likely to take.**
  - Who: Fiona (learning disability nurse)
  - When: Every week until the next review conference
  - How we'll know: Fiona's written report on Leanne's file two working days before each core
    group.
- **Do a Care Act assessment of Kelly's needs as a parent, and set up a personal assistant for six
  hours a week to help with shopping, milk and Rosie's appointments.**
  - Who: Tom (Adult Social Care)
  - When: Assessment by 31/03/2026. Personal assistant starts by 20/04/2026.
  - How we'll know: Kelly's support plan copied to Leanne. The personal assistant's timesheets
    show six hours each week.
- **Do a parenting assessment with Kelly and Jordan, using the Parent Assessment Manual and
  Fiona's picture cards.**
  - Who: Chris (parenting assessor)
  - When: Weekly sessions, 10/03/2026 to 28/04/2026. Report by 12/05/2026.
  - How we'll know: The report, with a recommendation, is read with Kelly and Jordan (with Fiona)
    and shared with the core group by 12/05/2026.

### Seeing Rosie

- **Visit Rosie at home, one visit in three unannounced. See Rosie awake, see her fed or changed,
  and look at the feed chart, the bath chart and where she sleeps.**
  - Who: Leanne (social worker)
  - When: Every week until the next review conference
  - How we'll know: Visit records on Rosie's file within 48 hours, saying what Rosie was doing and
    how Kelly and Jordan cared for her.
- **Go through the "If things go wrong" part with Kelly, Jordan, Tina and Carol, and make a
  picture version for the fridge.**
  - Who: Leanne and Fiona, jointly
  - When: By 20/03/2026
  - How we'll know: The picture version is on the fridge and a copy signed by Kelly and Jordan is
    on Rosie's file.

## If things go wrong

- **If Kelly has a seizure, or misses two doses of lamotrigine:** Jordan or Tina rings 999 if the
  seizure lasts more than 5 minutes, and rings Dawn the same day. Kelly is not left on her own with
  Rosie until Dawn or Dr Nair has seen her (within 48 hours). Jordan stays home from work, or Tina
  or Carol stays at the house, until then. Leanne visits Rosie the same day.
- **If Tina cannot come for bath time** (she is ill or away), Carol comes instead (agreed on
  26/02/2026). If neither can come, Rosie has no bath that day. Kelly washes her on the changing
  mat on the floor, and Jordan bathes her when he gets home.
- **If Rosie's weight drops below the 9th centile, or she misses two weigh-ins:** Samira tells
  Leanne the same day. Dr Nair sees Rosie within 24 hours. Leanne visits the same day and asks
  Ruth Hale (team manager) for a legal planning meeting within 10 working days.
- **If Rosie has a mark or injury no one can explain,** Leanne holds a strategy discussion with
  the police and health the same day, and Rosie is seen by a paediatrician that day.
- **If the parenting assessment report (by 12/05/2026) says Rosie cannot be cared for safely at
  home even with the help on offer,** Leanne asks Ruth Hale for a legal planning meeting before
  the next core group.

## Meetings

- Core group every six weeks at Millbrook Family Hub, Tuesdays at 10.30am: 17/03/2026,
  28/04/2026, 09/06/2026 and 21/07/2026. Fiona and Dawn are invited to each one.
- Next review child protection conference: Tuesday 01/09/2026 at 10am, Bellstrand Civic Centre.

Plan sent to Kelly, Jordan, Tina and every agency on 06/03/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group's revised plan typed as plain text: numbered tasks grouped
#    under each person's name, then "also agreed". Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_burrowcleugh_core_group_revised_tasks_under_each_name_garside.txt",
    "split": "tune",
    "actions": 15,
    "template": "core-group-revised-plan-txt-caps-underlined-headings-present-line-background-brain-injury-worries-going-ok-what-needs-to-change-then-numbered-tasks-grouped-under-each-persons-name-will-lead-ins-with-by-and-check-lines-then-also-agreed-if-things-go-wrong-next-meetings",
    "description": (
        "Core group's revised plan for a 12-year-old and a 7-year-old whose father has a frontal brain "
        "injury from a fall at work in 2024 and now drinks most nights: short temper, poor memory, "
        "three police call-outs, and a bruise on the 12-year-old's arm when he pushed past her. Typed "
        "as plain text with numbered tasks grouped under each person's name ('LISA WILL:', 'NANA JEAN "
        "WILL:') and 'By' and 'Check' lines, then an 'also agreed' item. Faults: the young carers "
        "referral is passive with no one named; the mother's carers' group has no time; the "
        "grandmother's weekend stays have no check; the brain injury and the drinking are recorded "
        "but no adult service (neuro clinic, GP, the alcohol service) owns any action, only the "
        "parents and the social worker; there is no word of either child's wishes, feelings or views "
        "anywhere; and the contingency sends the children to the grandmother with nothing said if she "
        "or the uncle cannot help."
    ),
    "text": """\
BURROWCLEUGH COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - REVISED AT CORE GROUP 2
===============================================

Children:       Caitlin Garside (12), born 09/06/2013, Year 8, Burrowcleugh Academy
                Owen Garside (7), born 27/01/2018, Year 2, Hexley Road Primary School
Address:        18 Pennine View, Burrowcleugh BW5 2HD
Parents:        Lisa Garside (39) and Steve Garside (41)
Category:       Emotional abuse. Initial conference 04/12/2025.
Social worker:  Natalie Crowther (team manager: Imran Bashir)
Core group 2:   Wednesday 14/01/2026, Burrowcleugh Family Hub

PRESENT: Lisa Garside, Steve Garside, Natalie Crowther (SW), Mr Paul Holt (DSL, Burrowcleugh
Academy), Mrs Nadia Akram (DSL, Hexley Road Primary), Jean Garside (paternal grandmother).
APOLOGIES: Gary Platt (maternal uncle).


BACKGROUND
----------
Steve fell from scaffolding at work on 12/03/2024 and had a serious head injury. He was in
Burrowcleugh General Hospital for seven weeks and then on the neuro-rehabilitation ward. He has
an acquired brain injury (frontal lobe). Since the injury he forgets things, loses his temper
very quickly and does things without thinking. He has not been able to go back to work. His GP
signs him off on a fit note every three months and he is waiting for a follow-up at the
Burrowcleugh Neuro-Rehabilitation Clinic.

Since the summer of 2025 Steve has been drinking most nights, usually six to eight cans of
lager. Lisa says his temper is much worse when he has had a drink.

Lisa works mornings at Greggson's Bakery and looks after Steve the rest of the time.


WHAT WE ARE WORRIED ABOUT
-------------------------
- The police have been called to the house three times since September 2025. On 21/09/2025
  Steve threw a kitchen chair at the wall. On 30/10/2025 he smashed the glass in the back door.
- On 17/11/2025 Steve pushed Caitlin out of his way while he was shouting at Lisa. Caitlin had
  a bruise on her upper arm, seen by Mr Holt the next day.
- Steve's drinking makes his temper worse, and he does not remember afterwards what he did.
- Caitlin's attendance is 86% this year, with most absences on the day after a police call-out.
- Lisa is trying to care for Steve, work and look after the children, and she is exhausted.


WHAT IS GOING OK
----------------
- There have been no police call-outs since 17/11/2025.
- Steve came to both core groups and said he wants help with his temper.
- Nana Jean has the children at weekends and picks Owen up from school twice a week.
- Gary takes Caitlin to netball, which she has not missed since November.
- Owen's attendance is 97%.


WHAT NEEDS TO CHANGE FOR CAITLIN AND OWEN
-----------------------------------------
1. Caitlin and Owen live in a home where nobody shouts, throws or breaks things, and nobody
   hurts them.
2. Caitlin goes to school every day, including the days after a difficult night.
3. Caitlin and Owen understand, in words that make sense to them, why their dad is different
   since his accident, and know who to go to when things go wrong at home.


THE PLAN - WHO WILL DO WHAT
---------------------------

LISA WILL:
  1. Go with Steve to his appointments at the Neuro-Rehabilitation Clinic and ask the clinic
     for a copy of each letter about his temper and memory.
     By: at each appointment (next one 19/02/2026)
     Check: Lisa shows Natalie each clinic letter at her next visit.
  2. Join the brain injury carers' group at the Hollybank Centre, for help with living with
     Steve's temper and memory loss.
     Check: the group leader's attendance letter sent to Natalie.
  3. Get Caitlin and Owen to school on time every day, including the morning after any
     argument.
     By: every school day
     Check: attendance figures from both schools at each core group; Caitlin at 95% by the
     review conference.

STEVE WILL:
  4. Not drink alcohol in the house or when the children are with him.
     By: every day, from 14/01/2026 until the review conference
     Check: no cans or bottles found on Natalie's unannounced visits; Lisa tells Natalie the
     same day if Steve has been drinking.
  5. Ring Compass, the Burrowcleugh drug and alcohol service, and book an assessment about
     his drinking.
     By: 13/02/2026
     Check: Steve shows Natalie the Compass appointment letter.
  6. Use his "stop, leave, breathe" card: leave the room and go out to the shed when he feels
     his temper rising.
     By: every time he feels his temper rising, from 14/01/2026
     Check: Lisa writes every outburst in the home diary; Natalie reads it at each visit and
     counts them for the core group.

NANA JEAN WILL:
  7. Have Caitlin and Owen to stay at her house on Saturday nights and for Sunday dinner.
     By: every weekend
  8. Pick Owen up from school on Mondays and Wednesdays and give him his tea.
     By: every Monday and Wednesday at 3.15pm
     Check: Hexley Road Primary's signing-out sheet.

GARY WILL:
  9. Take Caitlin to netball at Burrowcleugh Leisure Centre and bring her home after.
     By: every Tuesday, 5pm to 6.30pm
     Check: the netball club register.

NATALIE (SOCIAL WORKER) WILL:
 10. Visit the family at home, one visit in three unannounced, and see Caitlin and Owen each
     on their own.
     By: every week until the review conference
     Check: visit records on the case file within 48 hours.
 11. See Caitlin and Owen on their own and write down their wishes and feelings, using the
     Three Houses with each of them.
     By: 06/02/2026
     Check: both children's Three Houses drawings on file and shared at core group 3.
 12. Write to the Neuro-Rehabilitation Clinic asking for a letter about Steve's injury and how
     it affects his temper, his memory and his care of the children.
     By: 20/02/2026
     Check: a copy of Natalie's letter and the clinic's reply on file.

BURROWCLEUGH ACADEMY (MR HOLT, DSL) WILL:
 13. Check in with Caitlin in the pastoral office and tell Natalie the same day about any
     injury or any worry about home.
     By: every Monday and Friday morning
     Check: CPOMS notes e-mailed to Natalie every Friday.

HEXLEY ROAD PRIMARY (MRS AKRAM, DSL) WILL:
 14. Greet Owen at the classroom door and tell Natalie the same day about any injury or any
     worry about home.
     By: every school day at 8.45am
     Check: CPOMS notes e-mailed to Natalie every Friday.

ALSO AGREED:
 15. A referral will be made to Burrowcleugh Young Carers for Caitlin.
     By: 20/02/2026
     Check: the young carers service's acceptance letter on file.


IF THINGS GO WRONG
------------------
- If Steve throws or breaks anything, or hurts anyone, Lisa takes the children to Owen's
  bedroom and rings 999. Steve leaves the house that night and does not come back until
  Natalie has held a strategy discussion with the police, the same day or the next working
  day.
- If Steve has been drinking when he is due to look after the children, Lisa or Steve rings
  Jean, and the children go to Jean's house, 4 Ribble Close, until Lisa is home.
- If the police are called to the house again, or either child is hurt, Natalie will ask
  Imran Bashir (team manager) for a legal planning meeting within 5 working days.


NEXT MEETINGS
-------------
Core group 3:   Wednesday 04/02/2026, 10am, Burrowcleugh Family Hub
Core group 4:   Wednesday 25/02/2026, 10am, Burrowcleugh Family Hub
(then every three weeks)
Review child protection conference: Tuesday 03/03/2026, 1.30pm, Burrowcleugh Town Hall

Typed by Natalie Crowther, 15/01/2026. Copies to Lisa, Steve, Jean, Gary and the schools.
""",
    "findings": [
        F("W001", "A referral will be made to Burrowcleugh Young Carers"),
        F("T001", "Join the brain injury carers' group at the Hollybank Centre"),
        F("M001", "Have Caitlin and Owen to stay at her house"),
        F("F004"),
        F("F003"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan before a mother's release from prison on
#    licence to the grandmother's house: a stage column merged down the
#    action table (before release, release day, first twelve weeks). Page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
STAGE_1 = "Before release\n(now to 15/03/2026)"
STAGE_2 = "Release day\n(Monday 16/03/2026)"
STAGE_3 = "First 12 weeks at home\n(16/03/2026 to 08/06/2026)"

PLANS.append({
    "name": "b192_bradlemere_icpc_prison_release_stage_column_merged_devlin.pdf",
    "doc_title": "Child Protection Plan - Summer and Harley Devlin",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "min_pages": 2,
    "check_vmerge": 3,
    "header": "OFFICIAL-SENSITIVE · Bradlemere Council Children's Services · Child protection plan",
    "footer": "Summer and Harley Devlin · ICPC 12/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-landscape-header-footer-kv-details-why-the-plan-now-shannons-health-and-sentence-what-is-going-well-summer-and-harley-in-their-own-words-outcomes-then-action-table-with-stage-column-merged-down-before-release-release-day-first-12-weeks-what-lead-when-how-we-will-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan, held a month before release, for an 11-year-old and a "
        "6-year-old who have lived with their grandmother since their mother went to prison for "
        "supplying heroin; the mother, who has used heroin for years and is on methadone in prison, is "
        "to be released on licence to the grandmother's house on 16/03/2026. The action table has a "
        "stage column merged down its rows (before release, release day, first 12 weeks at home). The "
        "probation officer, the prison's recovery team, the community drug service and the GP own "
        "actions, each saying what it means for the children, and the drug services report on the "
        "mother's likely change; the grandmother's supervision has a fallback; legal planning follows "
        "named triggers; core group dates and a dated review conference are set; the children's words "
        "are recorded. Harley's asthma is his own; the grandmother's sick note after a knee operation "
        "is background."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference, Thursday 12/02/2026, Bradlemere Civic Offices. Chair: Sunita "
              "Rao (Independent Reviewing Officer). Shannon Devlin joined by video link from HMP Ravensholt. "
              "Summer and Harley are subject to a child protection plan under the category of neglect."),
        ("h1", "Details"),
        ("kv", [
            ("Children", "Summer Devlin, born 19/08/2014 (11, Year 7, Bradlemere High School); Harley Devlin, "
                         "born 04/04/2019 (6, Year 1, Ashgrove Primary School)"),
            ("Living with", "Pauline Devlin (58), maternal grandmother, 23 Linnet Road, Bradlemere BD3 9FW, "
                            "since 14/07/2025"),
            ("Mother", "Shannon Devlin (30), HMP Ravensholt. Release on licence due 16/03/2026; approved address "
                       "to be 23 Linnet Road."),
            ("Fathers", "Summer's father, Jason Kerr, lives in Spain and phones her monthly. Harley's father "
                        "is not named on his birth certificate and has no contact."),
            ("Maternal great-aunt", "Maureen Devlin (Pauline's sister), 7 Curlew Close, Bradlemere"),
            ("Social worker", "Joel Ambrose, Bradlemere Children's Safeguarding Service (team manager: Fiona "
                              "Craddock)"),
            ("Probation officer", "Karen Stroud, Bradlemere Probation Delivery Unit"),
            ("Prison drug worker", "Nicola Bright, Ravensholt Recovery Team, HMP Ravensholt"),
            ("Community drug service", "Alan Greer, recovery worker, Bradlemere Recovery Partnership (BRP)"),
            ("GP", "Dr Amrit Kaur, Linnet Road Surgery"),
            ("Children's health", "Harley has asthma (brown and blue inhalers; his plan is at school). Summer is "
                                  "well."),
        ]),
        ("h1", "Why Summer and Harley need a plan now"),
        ("p", "Shannon has used heroin on and off since she was 19. In March 2024 the police searched her flat "
              "and found heroin, used needles in the bathroom bin and a spoon on the kitchen side; Summer, then "
              "9, had been getting Harley's breakfast while Shannon slept. The children were supported on a "
              "child in need plan. In July 2025 Shannon was sentenced to 20 months for possession of heroin "
              "with intent to supply. Pauline has cared for the children since the day of her arrest."),
        ("p", "In prison Shannon has been on a methadone script (60ml a day) from the Ravensholt Recovery Team, "
              "and every mandatory drug test since September 2025 has been negative. She will be released on "
              "licence on 16/03/2026 and wants to live with the children at Pauline's. The conference agreed "
              "that Shannon's return, with her drug use, her time away and the people she knew before prison, "
              "puts Summer and Harley at risk of neglect unless the plan below is in place. (Pauline had a knee "
              "operation in October 2025 and was on a sick note from her school kitchen job for six weeks; she "
              "is back at work and well.)"),
        ("h1", "What is going well"),
        ("bullets", [
            "Pauline has given the children a settled home for seven months. Summer's attendance is 97% and "
            "Harley's 95%.",
            "Shannon has had negative drug tests in prison since September 2025, has finished the recovery "
            "team's 'Foundations' course and is a peer mentor on her wing.",
            "Shannon told the conference: \"I've never been clean this long. I want to be their mum properly, "
            "not from a visits hall.\"",
            "Pauline and Maureen both came to the conference and agreed to the house rules in this plan.",
        ]),
        ("h1", "Summer and Harley, in their own words"),
        ("p", "Joel saw Summer on her own at school on 05/02/2026. She said: \"I want Mum home, but not if it's "
              "like before with the needles in the bathroom. I had to do everything.\" \"If she goes back on the "
              "gear I want to stay at Nan's.\" She likes the video calls \"because Mum looks normal now\". She "
              "asked that Mum not pick her up from school \"until we see how it goes\"."),
        ("p", "Harley drew Mum's prison as \"a big house with a big gate\" and said: \"Mummy's coming home on a "
              "Monday. I'm going to show her my bike with no stabilisers.\" Pauline says he sleeps with the "
              "photo of Shannon that she sent him at Christmas. His teacher says he tells everyone Mummy is "
              "\"at work far away\"."),
        ("h1", "What we want for Summer and Harley"),
        ("numbers", [
            "Summer and Harley live with adults who do not use drugs, and never see or find drugs, needles or "
            "methadone at home.",
            "Summer and Harley know what will happen when Mum comes home, and each has an adult they trust to "
            "tell if they are worried.",
            "Summer and Harley keep going to school every day and keep the routines they have had at Nan's.",
            "Summer and Harley get to know their mum again at a pace that is safe for them, with Nan there "
            "while trust is rebuilt.",
        ]),
        ("h1", "The plan"),
        ("p", "The first column is the stage of Shannon's release that each action belongs to. Each row also gives "
              "its own timing."),
        ("table", {
            "header": ["Stage", "What will happen", "Lead", "When", "How we will know"],
            "widths": [3.6, 8.4, 4.4, 4.0, 5.3],
            "rows": [
                [STAGE_1,
                 "Write a pre-release report on Shannon's drug tests, her methadone and her work with the "
                 "team, with the team's view of how likely she is to stay off heroin once she is living with "
                 "Summer and Harley, what she still needs to do, and how long that is likely to take",
                 "Nicola Bright, drug worker, Ravensholt Recovery Team (HMP Ravensholt)",
                 "By 02/03/2026",
                 "Report, with every drug test result since September 2025, on Joel's file by 02/03/2026"],
                [V,
                 "Hand over Shannon's methadone script so that there is no gap on release day, and book her "
                 "first Bradlemere Recovery Partnership appointment for the afternoon of 16/03/2026",
                 "Alan Greer, BRP, with Nicola Bright",
                 "By 09/03/2026",
                 "Script transfer confirmed in writing and the appointment letter copied to Joel"],
                [V,
                 "Joint home visit to 23 Linnet Road to approve it as Shannon's address: see the bedrooms, the "
                 "locked medicine box and the house rules, and set licence conditions that keep Summer and "
                 "Harley safe (drug testing, no contact with named associates)",
                 "Karen Stroud, probation officer, jointly with Joel Ambrose",
                 "By 27/02/2026",
                 "Address approval and the draft licence conditions copied to Joel by 06/03/2026"],
                [V,
                 "Arrange weekly video calls between Shannon and the children, and a family day visit in the "
                 "prison",
                 "Amy Lowe, family engagement worker, Ravensholt Families First",
                 "Video calls every Sunday at 4pm until release; family day on 28/02/2026",
                 "Call log and the family day record sent to Joel; the children's words after each call noted "
                 "by Pauline"],
                [V,
                 "Four sessions with Summer and Harley, separately, about Mum coming home; each child makes a "
                 "'Mum's coming home' book with the house rules and the names of the adults they can tell",
                 "Joel Ambrose, social worker",
                 "Weekly, 19/02/2026 to 12/03/2026",
                 "Both books on file; each child can tell Joel the house rules and two adults they would tell"],
                [V,
                 "Fit a locked box for Shannon's methadone in Pauline's bedroom, and sign the house rules (no "
                 "visitors Shannon knew before prison, no drugs or needles in the house, Shannon not alone "
                 "with the children overnight)",
                 "Pauline Devlin, grandmother",
                 "By 09/03/2026",
                 "Joel sees the box fitted and the rules signed by Pauline and Shannon, on his visit before "
                 "release"],
                [V,
                 "Register Shannon with the practice before release and book her a health check for two weeks "
                 "after release (hepatitis C follow-up, contraception, sleep), so that she starts family life "
                 "with Summer and Harley with her health needs known",
                 "Dr Amrit Kaur, GP, Linnet Road Surgery",
                 "Registered by 09/03/2026; health check by 30/03/2026",
                 "Registration confirmed to Joel; health check letter copied to Joel and Alan"],
                [STAGE_2,
                 "Meet Shannon at the probation office, go through her licence conditions and check she has "
                 "gone to the approved address",
                 "Karen Stroud, probation officer",
                 "16/03/2026 by 2pm",
                 "Signed licence copied to Joel the same day"],
                [V,
                 "First community appointment: methadone dose, urine test, naloxone kit and training",
                 "Alan Greer, BRP",
                 "16/03/2026 at 3pm",
                 "Appointment record and first test result e-mailed to Joel by 17/03/2026"],
                [V,
                 "Visit 23 Linnet Road and see Summer and Harley with their mum and Pauline",
                 "Joel Ambrose, social worker",
                 "16/03/2026, between 5pm and 7pm",
                 "Visit record within 24 hours with each child's words"],
                [STAGE_3,
                 "Supervision appointments and a home visit every two weeks; report any breach to Joel the "
                 "same day; and before each core group, a written view on how Shannon is keeping to her "
                 "licence and what this means for the children's safety",
                 "Karen Stroud, probation officer",
                 "Weekly until 08/06/2026",
                 "Written view on Joel's file two working days before each core group"],
                [V,
                 "Key work with a urine test every week; report before each core group on Shannon's tests, what "
                 "has changed for Summer and Harley, and how long it will take to know she can stay off heroin",
                 "Alan Greer, BRP",
                 "Weekly from 23/03/2026 until 08/06/2026",
                 "Test results e-mailed to Joel each week; Alan's report on file two working days before each "
                 "core group"],
                [V,
                 "Take her methadone in front of the pharmacist each day, and keep any take-home dose in the "
                 "locked box so that Summer and Harley can never reach it",
                 "Shannon Devlin, mother",
                 "Every day from 17/03/2026",
                 "Linnet Pharmacy's supervised dose record, sent to Alan weekly; the locked box checked at "
                 "every visit by Joel"],
                [V,
                 "Be in the house whenever Shannon is looking after the children, and keep the children in her "
                 "own care overnight",
                 "Pauline Devlin, grandmother",
                 "Every day until 08/06/2026",
                 "Pauline's diary, read by Joel at each visit; the children asked who was with them"],
                [V,
                 "Home visits, one in three unannounced; see Summer and Harley on their own and check the "
                 "locked box and the house rules",
                 "Joel Ambrose, social worker",
                 "Every week until 08/06/2026",
                 "Visit records on file within 48 hours, with each child's words"],
                [V,
                 "Weekly check-in with Summer with her learning mentor, and a call to Joel the same day if "
                 "Summer is absent or says anything worrying about home",
                 "Mr Tom Ellison, Designated Safeguarding Lead, Bradlemere High School",
                 "Every Monday, from 16/03/2026",
                 "CPOMS notes and attendance e-mailed to Joel every Friday; attendance stays at 95% or more"],
                [V,
                 "Greet Harley at the classroom door, and call Joel the same day if Harley is absent or says "
                 "anything worrying about home",
                 "Mrs Janet Quigley, Designated Safeguarding Lead, Ashgrove Primary School",
                 "Every school day at 8.45am, from 16/03/2026",
                 "CPOMS notes and attendance e-mailed to Joel every Friday; attendance stays at 95% or more"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Shannon has a positive test for heroin or any drug not prescribed, misses her methadone three "
            "days running, or is seen under the influence: Alan or Karen tells Joel the same day; Shannon is "
            "not left with the children at all; and Joel visits the children that day and asks Fiona Craddock "
            "for a legal planning meeting within 5 working days.",
            "If drugs, needles or methadone are found anywhere the children could reach them, Pauline rings the "
            "police, Shannon leaves the house that day (Karen decides with the police whether she is recalled), "
            "and Joel holds a strategy discussion the same day.",
            "If Pauline cannot be there when Shannon is with the children (she is ill, at work or away), "
            "Maureen Devlin comes to 23 Linnet Road instead, agreed by Maureen on 10/02/2026. If neither "
            "Pauline nor Maureen can be there, Shannon does not look after the children, and they go to "
            "Maureen's at 7 Curlew Close. If Pauline cannot care for the children at all, Joel arranges an "
            "emergency foster placement for Summer and Harley together that day.",
            "If Shannon is recalled to prison, Summer and Harley stay with Pauline, and Joel sees them within "
            "2 working days to explain what has happened.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Bradlemere North Family Hub, Tuesdays at 10am: 24/02/2026 (Shannon "
            "by video link), 24/03/2026 and 21/04/2026. Karen and Alan are invited to each one.",
            "Review child protection conference: Thursday 07/05/2026 at 10am, Bradlemere Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Perinatal joint plan written as a typed numbered outline under agency
#    lead-ins ("1. The Perinatal Mental Health Team will:"), each item with
#    its time and "Evidence:". Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_birkenshore_icpc_perinatal_outline_agency_lead_ins_quayle.docx",
    "doc_title": "Child Protection Plan - Freddie and Bea Quayle",
    "split": "tune",
    "actions": 17,
    "template": "icpc-perinatal-joint-plan-docx-details-kv-why-we-are-worried-anyas-mental-health-section-going-well-life-for-freddie-and-bea-outcomes-then-typed-numbered-outline-agency-lead-ins-1-to-7-with-items-1-1-each-giving-time-and-evidence-sentence-then-if-anya-becomes-more-unwell-meetings",
    "description": (
        "Initial conference plan for a 7-week-old and a 4-year-old whose mother has severe postnatal "
        "depression with intrusive thoughts of harming the baby: she told the health visitor at the 6-week "
        "check that she had left him crying in his cot for two hours because she was afraid to pick him "
        "up. Written with the perinatal mental health team as a typed numbered outline under agency "
        "lead-ins ('1. The Perinatal Mental Health Team will:'), each item giving its time and an "
        "'Evidence:' sentence. The psychiatrist and the parent-infant therapist report on change and its "
        "likely timescale, and the grandmother's help has a fallback. Faults: the care coordinator's "
        "weekly visits only support and treat the mother; a Home-Start request 'as soon as possible'; the "
        "health visitor's cue work evidenced by 'Freddie's bonding with Anya improves'; an outcome about "
        "the mother's mood only; and the review conference date 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Birkenshore Borough Council Children's Services, written jointly with the Birkenshore Perinatal "
              "Mental Health Team (Birkenshore and Coast NHS Foundation Trust). Initial child protection "
              "conference, 29/01/2026. Chair: Martin Osei (Independent Reviewing Officer)."),
        ("h1", "Details"),
        ("kv", [
            ("Children", "Freddie Quayle, born 10/12/2025 (7 weeks); Bea Quayle, born 15/06/2021 (4, Little "
                         "Owls Nursery, weekday mornings)"),
            ("Address", "5 Gull Terrace, Birkenshore BK9 4TA"),
            ("Mother", "Anya Quayle (27)"),
            ("Father", "Tom Quayle (30), electrician, on two weeks' paternity leave then unpaid leave until "
                       "27/02/2026"),
            ("Maternal grandmother", "Elaine Marsh, 14 Harbour Road, Birkenshore"),
            ("Paternal aunt", "Holly Quayle, 31 Dune Walk, Birkenshore"),
            ("Category", "Neglect (Freddie and Bea)"),
            ("Social worker", "Gemma Adair, Birkenshore Safeguarding Team (team manager: Paul Whitlock)"),
            ("Perinatal team", "Maria Santos, CPN and care coordinator; Dr Oliver Penrose, consultant perinatal "
                               "psychiatrist; Jenny Cole, parent-infant therapist"),
            ("Health visitor", "Kate Burrows, Birkenshore 0-19 Service"),
            ("GP", "Dr Lucy Harlow, Seafront Medical Centre"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "At Freddie's 6-week check on 21/01/2026 Anya told Kate that since Freddie was about three weeks old "
              "she has had thoughts, which frighten her, of putting a pillow over his face. She said that on "
              "two afternoons she left him crying in his cot for about two hours because she was scared to pick "
              "him up, and that on 16/01/2026 she forgot to collect Bea from nursery until the nursery rang Tom "
              "at work. Freddie's weight has dropped from the 50th to the 25th centile. Kate rang the perinatal "
              "team and children's services the same day; a strategy discussion was held on 22/01/2026."),
        ("h1", "Anya's mental health"),
        ("p", "Anya had depression at 17, treated by her GP. The perinatal team assessed her on 23/01/2026 and "
              "diagnosed a severe depressive episode with postnatal onset and intrusive, obsessional thoughts of "
              "harm. Dr Penrose's view is that the thoughts are unwanted and that Anya is not likely to act on "
              "them, but that her low mood, exhaustion and fear of Freddie mean he is not being fed and held as "
              "he needs to be. Anya started sertraline on 24/01/2026. She is sleeping about four hours a night."),
        ("h1", "What is going well"),
        ("bullets", [
            "Anya told Kate about her thoughts herself, and asked for help.",
            "Tom has taken leave and does the night feeds; Elaine has been at the house every afternoon since "
            "22/01/2026.",
            "Bea is doing well at nursery, and the nursery says she is happy and well cared for.",
            "Anya and Tom came to the conference together and agreed to this plan.",
        ]),
        ("h1", "Life for Freddie and Bea"),
        ("p", "Freddie is 7 weeks old. Kate saw him on 27/01/2026: he feeds well from a bottle when Tom or Elaine "
              "feeds him and is beginning to smile at faces. When Anya holds him she holds him away from her "
              "body and does not look at his face, and he cries and arches his back. He settles quickly on "
              "Elaine's shoulder."),
        ("p", "Bea (4) told Gemma at nursery on 26/01/2026: \"Mummy is sad and she cries in the bathroom.\" \"I "
              "help with Freddie's dummy.\" She wants \"Mummy to play Lego with me again\" and likes it when "
              "Nana Elaine picks her up \"because we go to the swings\". Her key worker has seen her putting "
              "the baby doll \"in time out in the cupboard because it cries\"."),
        ("h1", "What we want to be different"),
        ("numbers", [
            "Freddie is fed, held and comforted when he cries, and gets back to his 50th centile line.",
            "Freddie and Bea are always cared for by an adult who is well enough and awake enough to look after "
            "them.",
            "Bea goes to nursery every morning, is collected on time, and has time to play with her mum.",
            "Anya's mood lifts and she feels able to cope again.",
        ]),
        ("h1", "The plan"),
        ("boldp", "1. The Perinatal Mental Health Team will:"),
        ("pi", "1.1 Maria Santos (CPN, care coordinator) will visit Anya at home every week from 02/02/2026 to "
               "support her with her low mood and check how she is getting on with her sertraline. Evidence: "
               "CPN contact notes shared with Gemma after each visit."),
        ("pi", "1.2 Dr Oliver Penrose will review Anya's medication and give a written opinion on the risk from "
               "her intrusive thoughts, how likely she is to recover enough to care for Freddie and Bea on her "
               "own, the steps that will take and the likely timescale, by 13/02/2026. Evidence: clinic letter "
               "copied to Gemma and Dr Harlow."),
        ("pi", "1.3 Jenny Cole (parent-infant therapist) will offer Anya and Freddie six sessions of Video "
               "Interaction Guidance, weekly from 09/02/2026, and write a report on how Anya's responses to "
               "Freddie have changed and whether further change is likely before the review. Evidence: report "
               "on Gemma's file by 27/03/2026."),
        ("boldp", "2. The health visitor (Kate Burrows) will:"),
        ("pi", "2.1 Weigh Freddie at home every week until he is 16 weeks old (01/04/2026), then every two weeks. "
               "Evidence: weights plotted in the red book and e-mailed to Gemma the same day."),
        ("pi", "2.2 Complete the Edinburgh Postnatal Depression Scale with Anya every two weeks from 03/02/2026. "
               "Evidence: scores sent to Maria and Gemma within two working days."),
        ("pi", "2.3 Watch a feed and a play time with Anya and Freddie each week and help Anya notice and answer "
               "his cues, from 03/02/2026. Evidence: Freddie's bonding with Anya improves."),
        ("boldp", "3. Children's social care (Gemma Adair, social worker) will:"),
        ("pi", "3.1 Visit Freddie and Bea at home every week until the review conference, one visit in three "
               "unannounced, and see Anya hold and feed Freddie. Evidence: visit records on file within 48 hours, "
               "saying who fed Freddie and how he was held."),
        ("pi", "3.2 Complete a parenting assessment with Anya and Tom, with weekly sessions from 05/02/2026. "
               "Evidence: report with a recommendation shared with Anya, Tom and the core group by 26/03/2026."),
        ("pi", "3.3 Ask Home-Start Birkenshore for a volunteer to help Anya with the nursery run and Freddie's "
               "afternoon feeds, as soon as possible. Evidence: the volunteer's start date on Gemma's file."),
        ("pi", "3.4 Do three sessions with Bea at nursery, using puppets, about Mummy being poorly and who looks "
               "after her, fortnightly from 05/02/2026. Evidence: Bea's drawings and words recorded on file."),
        ("boldp", "4. Anya and Tom will:"),
        ("pi", "4.1 Anya will take her sertraline every morning and tell Maria or Tom the same day if the "
               "thoughts about Freddie get stronger, so that Freddie is never left with her when they do. "
               "Evidence: Maria checks the tablets at each visit; Tom writes any bad days on the fridge "
               "calendar."),
        ("pi", "4.2 Tom will be at home with Anya and the children every day until 27/02/2026, and every evening "
               "and night after he returns to work, doing the 10pm and 2am feeds. Evidence: his employer's "
               "letter on file; Tom initials the feed chart, read by Kate and Gemma at visits."),
        ("pi", "4.3 Anya and Tom will make sure Anya is not alone with Freddie for more than two hours at a time "
               "until Dr Penrose's written opinion (due by 13/02/2026) says otherwise. Evidence: the weekly "
               "rota on the fridge, read by Gemma at each visit."),
        ("boldp", "5. Elaine Marsh (maternal grandmother) will:"),
        ("pi", "5.1 Be at the house from 8am to 5pm, Monday to Friday, once Tom is back at work, from 02/03/2026 "
               "to 30/04/2026. Evidence: Elaine signs the rota each day."),
        ("pi", "5.2 Collect Bea from Little Owls at 12 noon every Tuesday, Wednesday and Thursday. Evidence: the "
               "nursery's collection log."),
        ("boldp", "6. The GP (Dr Lucy Harlow) will:"),
        ("pi", "6.1 Give Freddie his 8-week immunisations and see Anya for her postnatal check at the same "
               "appointment, by 13/02/2026, and write to Gemma about anything in Freddie's care that worries "
               "her. Evidence: immunisations in the red book; GP letter on file."),
        ("boldp", "7. Little Owls Nursery (Sarah Pryce, manager and DSL) will:"),
        ("pi", "7.1 Record Bea's arrival, collection and anything she says or plays about home, and ring Gemma if "
               "she is not collected by 12.30pm, every session Bea attends. Evidence: nursery log e-mailed to "
               "Gemma every Friday."),
        ("h1", "If Anya becomes more unwell"),
        ("bullets", [
            "If Anya says the thoughts are getting stronger or that she might act on them, stops her sertraline, "
            "or is not sleeping at all: Tom or Elaine rings Maria (or the crisis team out of hours) the same "
            "day; the perinatal team or the crisis team assess Anya within 24 hours; Anya is not left alone "
            "with Freddie or Bea until they say she is safe to be; and Maria asks for a bed for Anya and "
            "Freddie at the Willowbrook Mother and Baby Unit if she needs to be in hospital.",
            "If Elaine cannot be there (she is ill or away), Holly Quayle stays at the house (agreed with Holly "
            "on 28/01/2026). If neither Elaine nor Holly can be there and Tom is at work, Tom takes carer's "
            "leave that day; if no adult can be there, Gemma arranges an emergency foster placement for Freddie "
            "and Bea together that day.",
            "If Freddie's weight falls below the 9th centile or Freddie has any injury, Kate tells Gemma the "
            "same day, Freddie is seen by a paediatrician that day, and Gemma holds a strategy discussion the "
            "same day.",
            "If Anya harms or tries to harm either child, or Dr Penrose's opinion says Freddie cannot be safe in "
            "her care within his first six months, Gemma asks Paul Whitlock for a legal planning meeting within "
            "5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks at Birkenshore Family Hub, Wednesdays at 2pm: 11/02/2026, 04/03/2026 "
            "and 25/03/2026. Maria Santos attends each one.",
            "Review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
    ],
    "findings": [
        F("H001", "to support her with her low mood and check how"),
        F("T002", "Ask Home-Start Birkenshore for a volunteer to help Anya"),
        F("M002", "Watch a feed and a play time with Anya and Freddie"),
        F("F002", "Anya's mood lifts and she feels able to cope again."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan for a young carer and his sister: a table with a
#    "Need" column, most of whose rows are the mother's own needs. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b192_blaxholme_rcpc_young_carer_need_column_table_ashby.md",
    "split": "tune",
    "actions": 15,
    "template": "rcpc-plan-md-bold-field-lines-why-still-a-plan-mums-health-list-what-has-changed-in-zaks-words-and-lilys-then-what-we-want-then-need-what-will-happen-who-when-how-well-know-table-need-column-first-then-if-mum-cannot-care-and-meetings",
    "description": (
        "Review conference plan for a 14-year-old young carer and his 9-year-old sister whose mother has "
        "multiple sclerosis and chronic pain and is dependent on oxycodone, taking more than prescribed "
        "and buying extra; she falls asleep in the day, and the 14-year-old gives her her tablets, helps "
        "her to the bathroom, cooks, misses school and gives his sister her asthma inhaler (the asthma is "
        "the girl's own). The plan is a table whose first column names the need. The adult services own "
        "many rows (MS nurse, physiotherapy, pain clinic, GP, the drug and alcohol service, adult social "
        "care, the OT, money advice, Talking Therapies), but nine of the fifteen rows are about the "
        "mother's own health, care and money with no word of the children. Faults: a parent-centred plan; "
        "Talking Therapies' CBT only treats her; the PIP help is 'when Denise feels up to it'; the "
        "stairlift assessment has '-' for how we'll know; and 'All professionals' pass on worries."
    ),
    "text": """\
# Blaxholme Council: Child Protection Plan

**Children:** Zak Ashby, born 02/11/2011 (14, Year 10, Blaxholme High School) and Lily Ashby,
born 18/07/2016 (9, Year 5, St Cuthbert's Primary School)
**Address:** 62 Tenter Street, Blaxholme BX2 7PL
**Mum:** Denise Ashby (44)
**Dad:** Martin Ashby, lives in Fife; phones the children on Sundays
**Category:** Neglect. Initial conference 06/11/2025.
**Review conference:** 10/02/2026, Blaxholme Town Hall. The children stay on a child protection plan.
**Social worker:** Tasha Greenwood, Blaxholme Children's Safeguarding Team (team manager: Neil Ormerod)

## Why the children still have a plan

Denise has relapsing-remitting multiple sclerosis, diagnosed in 2016, and has chronic pain in her
back and legs. She has been prescribed oxycodone since 2022. Since early 2024 she has been taking
more than prescribed, and in October 2025 she told the GP she was buying extra tablets from a
neighbour. On bad days she sleeps most of the afternoon and cannot be woken.

Zak gives his mum her tablets, helps her to the bathroom and up the stairs, cooks tea and gets Lily
to school. He also gives Lily her asthma inhaler. Zak's attendance this year is 79%. The school
asked Denise for a sick note for his absences; they were the days he stayed at home to look after
her. On 28/10/2025 Lily rang 999 because she could not wake her mum; Denise was taken to hospital and
treated for an opioid overdose.

## Mum's health

- Multiple sclerosis (relapsing-remitting), under the MS nurse at Blaxholme General Hospital.
- Chronic pain, under the Pain Management Service.
- Dependence on prescribed opioids (oxycodone), with extra tablets bought on the street.
- Low mood, which Denise says started when she had to give up work in 2023.

## What has changed since the first conference

- Denise has started seeing Blaxholme Pathways and has not bought extra tablets since December,
  she says.
- Denise's oxycodone is now kept in a locked box.
- Lily has not had to call 999 again.
- Zak's attendance this term is 84%, up from 76% in the autumn.

## In Zak's words

Tasha saw Zak on his own at school on 03/02/2026. He said: "I don't mind helping Mum. I just don't
want to find her like Lily did." "I do her tablets because if I don't she takes too many." "I miss
football because I have to be home for Lily." He wants "someone else to do the bathroom stuff" and
to "go back to football on Wednesdays". He scored how worried he is about Mum at 8 out of 10.

Lily told Tasha at home on 05/02/2026: "When Mummy is sleepy I'm not allowed to wake her up." "Zak
does my puffer." She drew her house with Zak "as the dad". She wants "Mummy to play Uno" and "to
stay at Auntie Carol's sometimes".

## What we want for Zak and Lily

1. Zak and Lily are always with an adult who is awake and able to look after them.
2. Zak is a 14-year-old, not his mum's carer: he goes to school every day and back to football.
3. Lily manages her own asthma with help from school and adults, not from her brother.
4. Zak and Lily never find their mum unconscious, and know what to do and who to ring if they are
   worried.

## The plan

| Need | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| Mum's MS | Review Denise's MS medicines and her relapse plan, and decide whether she needs to see the neurologist | Helen Duckworth, MS specialist nurse, Blaxholme General Hospital | By 27/02/2026 | Clinic letter copied to the GP and Tasha |
| Mum's MS | Six home sessions of physiotherapy for Denise's walking and balance | Owen Tate, Blaxholme Community Neuro-Physiotherapy | Weekly from 02/03/2026 | Physiotherapy discharge report copied to Tasha |
| Mum's pain | Review Denise's oxycodone and other pain relief, and agree a plan to reduce the oxycodone | Dr Anil Rajan, Pain Management Service, Blaxholme General Hospital | Appointment on 10/03/2026 | Clinic letter with the agreed plan copied to the GP, Pathways and Tasha |
| Mum's medicines | Prescribe Denise's oxycodone weekly instead of monthly, and see her every two weeks about the reduction | Dr Clare Wynn, GP, Castle Street Surgery | Every week from 16/02/2026 | Prescription record shared with Pathways; reduction on the agreed chart |
| Mum's medicines | Assessment for prescribed medicine dependence, then weekly key work with urine tests on cutting down her oxycodone and stopping the extra tablets | Sam Oduya, recovery worker, Blaxholme Pathways (drug and alcohol service) | Assessment by 20/02/2026; then weekly | Urine test results and the reduction chart e-mailed to Tasha each week |
| Mum's mood | Eight sessions of cognitive behavioural therapy for Denise's low mood | Kirsty Lamb, psychological wellbeing practitioner, Blaxholme Talking Therapies | Fortnightly from 19/02/2026 | Letter confirming attendance after the fourth and eighth sessions |
| Mum's care at home | Care Act assessment of Denise's care needs, and a package of care for washing, dressing and meals | Rob Whiteley, social worker, Blaxholme Adult Social Care | Assessment by 06/03/2026; care in place by 27/03/2026 | Care and support plan copied to Tasha; the care agency's visit log |
| Mum's home | Assess Denise for a stairlift and grab rails | Mandy Cole, occupational therapist, Blaxholme Adult Social Care | By 31/03/2026 | - |
| Mum's money | Benefits check and help with Denise's PIP review form | Joe Pratt, adviser, Blaxholme Money Advice | When Denise feels up to it | Copy of the completed PIP review form on file |
| Zak as a young carer | Young carer's assessment for Zak, and a place in the Tuesday young carers' group | Dom Fairley, Blaxholme Young Carers | Assessment by 20/02/2026; group every Tuesday from 24/02/2026 | Assessment copied to Tasha; the group register |
| Zak's school | Check in with Zak each morning, and ring Denise and Tasha by 10am if he is not in | Mr Carl Byers, Designated Safeguarding Lead, Blaxholme High School | Every school day | Attendance e-mailed to Tasha every Friday; Zak at 90% or more by the next review |
| Lily's asthma | Write Lily's asthma plan for school, and teach Lily to use her inhaler and spacer herself so that Zak no longer has to | Rhiannon Bell, school nurse, Blaxholme 0-19 Service | By 06/03/2026 | Asthma plan on file at St Cuthbert's; Lily shows Rhiannon she can use her spacer on her own |
| Zak and Lily's safety | Visit Zak and Lily at home, one visit in three unannounced; see each child on their own and see whether Denise is awake and able to care for them | Tasha Greenwood, social worker | Every week until the next review conference | Visit records within 48 hours with each child's words |
| Zak and Lily's safety | Keep her oxycodone in the locked box and never ask Zak to give her tablets or help her in the bathroom | Denise | Every day from 11/02/2026 | Locked box seen at Tasha's visits; Zak asked at each visit |
| Zak and Lily's safety | Tell Tasha the same day about any sign that Denise is too drowsy to look after Lily or Zak | All professionals | The same day | Logged on the children's chronology |

## If Mum cannot look after the children

- If Denise cannot be woken, Zak or Lily rings 999 straight away. They both have the number on
  their "who I ring" card.
- If Denise is found too drowsy to care for the children, or a urine test shows opioids that are
  not prescribed: Sam or the GP tells Tasha the same day; Zak and Lily go to their aunt, Carol
  Hebden (2 Mill Walk), that evening and stay until Tasha has seen Denise; Tasha holds a strategy
  discussion the same day.
- If Carol cannot have them (she is ill or away), Tasha arranges an emergency foster placement for
  Zak and Lily together that day.
- If Denise has another overdose, or buys street tablets again, Tasha asks Neil Ormerod for a
  legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks at Blaxholme Family Hub, Tuesdays at 4pm: 24/02/2026, 24/03/2026,
  21/04/2026, 19/05/2026, 16/06/2026 and 14/07/2026.
- Next review child protection conference: 11/08/2026 at 10am, Blaxholme Town Hall.
""",
    "findings": [
        F("F001"),
        F("H001", "Eight sessions of cognitive behavioural therapy for Denise's low mood"),
        F("T002", "Benefits check and help with Denise's PIP review form"),
        F("M001", "Assess Denise for a stairlift and grab rails"),
        F("W002", "Tell Tasha the same day about any sign that Denise"),
    ],
})
