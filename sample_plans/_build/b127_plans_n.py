"""Batch 127, module n: seven fictional plans (tuning material), places beginning with "n".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice on the WHOLE-PLAN parts, placed or worded where a reader
bound to a template would miss it. The child's voice is a baby's "day in her
life" written by the HV and SW, an "In my own words" box, a "What Ava says"
column in the action table, a young person's own section written in the first
person, a Three Houses table, and a non-verbal boy's signs, picture board and
behaviour as his carers see them. Outcomes are goal rows merged across the
action table, a "So that Ava ..." column, "What needs to change for ...",
goals written as the headings of each group of actions, "Safety goals" and
"By the review we will see". Adult services are named by job or local brand
(Jess's care co-ordinator in "the Cradle Team", Ryan's recovery navigator at
Turning Tide, The Beacon, Gary's probation officer, Pathfinder, The
Lighthouse Project, an epilepsy specialist nurse, a memory assessment service,
adult social care), and mental health practitioners are asked in different
words for their view of change and its timescale. Review arrangements sit in a
header box, a "Dates for the diary" table, a sentence inside the contingency,
a page header, "We will meet again on ..." and an aligned text table; the
contingency is an "If ... then ..." table, a "Safety net", "Plan B" in a
letter and "What happens if the plan isn't working", each with a fallback for
the family's part and legal planning in plain words.

Five plans are exemplary (no findings): Nabblecote (docx, landscape, a
baby's day in her life, goal rows merged across the action table, the review
date only in the header box), Nollinghay (pdf, landscape case-system export
with "So that Ava ..." and "What Ava says" columns, the review date in the page
header and the core group dates inside the safety net), Nuxleigh (pdf, a
letter to a 15-year-old with his own section in his words and a Plan B),
Nestrowe (md, goals as the headings of nested-bullet actions, Mason's three
houses) and Nimberwick (txt, fixed-width columns, a non-verbal boy's
communication, a memory service and adult social care owning work). Two carry
a realistic mix of faults among mostly good rows: Nemmersfield (docx review
plan: an outcome for the mother alone, CMHT support visits with no view on
change, a perpetrator programme "as and when a place comes up", "Family" as an
owner, an unobservable "Improvement" measure, and the grandparents' part with
no fallback) and Narrowdene (md Signs of Safety plan:
nothing of either child's views or experience, no adult service owning any
action although the mother is depressed and the father uses cocaine, a GP
visit "when she feels ready", a parenting assessment with "-" as its measure,
a passive row with no owner, and the review conference "to be arranged").

Counting convention for "actions" (README convention 1): every live row of an
action table and every action bullet counts once; goal rows merged across a
table, goal headings, Who / When / How we'll know sub-bullets, the
contingency, meeting dates and the narrative of what has already happened are
not actions. No plan here keeps a finished one-off action in its action
section.
"""
import textwrap

from build_batch5 import F, H

PLANS = []


def _grid(headers, widths, rows, gap="  "):
    """A fixed-width text table: each cell wrapped to its column, a blank line between rows."""
    def line(cells):
        return gap.join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    for row in rows:
        wrapped = [textwrap.wrap(cell, w, break_on_hyphens=False) or [""] for cell, w in zip(row, widths)]
        for i in range(max(len(x) for x in wrapped)):
            out.append(line([x[i] if i < len(x) else "" for x in wrapped]))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 9-week-old baby; mother with bipolar
#    disorder who stopped her lithium, father using cocaine at weekends,
#    grandmother and aunt helping. Landscape Word plan: details in a header
#    box (the review conference date only there), "A day in Orla's life",
#    goals as rows merged across the action table, an "If ... then ..."
#    table and a "Dates for the diary" table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_nabblecote_icpc_baby_day_in_life_goal_bands_kemble.docx",
    "doc_title": "Child Protection Plan - Orla Kemble",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "icpc-baby-landscape-word-header-box-with-review-date-day-in-the-life-lived-experience-then-action-table-goal-rows-merged-across-who-when-how-we-will-know-if-then-contingency-table-dates-for-the-diary-table",
    "description": (
        "Exemplary initial conference plan for a 9-week-old whose mother has bipolar disorder and "
        "stopped her lithium in pregnancy, and whose father uses cocaine at weekends. A landscape "
        "Word plan: the review conference date is given only in the details box at the top; the "
        "baby's voice is 'A day in Orla's life', written by the health visitor and social worker "
        "from what they saw; the outcomes are goal rows merged across the action table, each over "
        "the actions that serve it. The perinatal care co-ordinator and psychiatrist both report "
        "on capacity to change and its timescale, the drug service reports on change, the GP owns "
        "an action; the contingency is an 'If ... then ...' table covering the grandmother and "
        "aunt being unable to help and legal planning; core group dates are in a 'Dates for the "
        "diary' table."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Orla Kemble"),
        ("p", "Nabblecote City Council · Children and Young People's Service · Safeguarding Hub East"),
        ("table", {
            "widths": [3.4, 9.45, 3.4, 9.45],
            "bold_first_col": True,
            "rows": [
                ["Child", "Orla Kemble, born 12/11/2025 (9 weeks old)",
                 "Plan agreed at", "Initial child protection conference, Wednesday 14/01/2026"],
                ["Mother", "Jess Kemble (24)",
                 "Chair", "Andrea Lusk, child protection conference chair"],
                ["Father", "Ryan Tate (27), lives with Jess and Orla",
                 "Category", "Neglect"],
                ["Address", "Flat 6, 31 Weaver Street, Nabblecote NB3 7QP",
                 "Review conference", "Wednesday 08/04/2026, 10am, Nabblecote Civic Centre, Room 4"],
                ["Social worker", "Callum Reid, Safeguarding Hub East (team manager: Priti Sandhu)",
                 "Family helping", "Linda Kemble (Jess's mum), 4 Hythe Close; Sophie Tate (Ryan's sister), "
                                   "17 Dray Lane"],
            ],
        }),
        ("h1", "Why Orla has a plan"),
        ("p", "Jess has bipolar affective disorder. She stopped taking lithium when she found out she was "
              "pregnant and had not restarted it when Orla was born. In the early hours of 28/12/2025, after "
              "three nights without sleep, Jess left the flat with Orla in her pram in the rain and was found "
              "by police walking along the ring road at 4am. Orla was cold and had not been fed for about six "
              "hours. Jess was seen by the crisis team that morning and restarted lithium on 30/12/2025. Ryan "
              "was asleep at the flat; he told the police he had taken cocaine the night before and says he "
              "uses it most weekends. Orla was born on the 50th centile and was weighed just under the 25th "
              "centile on 06/01/2026."),
        ("h1", "A day in Orla's life"),
        ("p", "Written by Hannah Price (health visitor) and Callum Reid (social worker) from six visits between "
              "30/12/2025 and 12/01/2026, and from what Jess, Ryan and Linda told us about the hours we were "
              "not there."),
        ("p", "Orla usually wakes at about 6am. On mornings after a good night Jess talks to her while she "
              "changes her; Orla watches her mum's face, kicks and makes cooing sounds, and at the 8-week check "
              "she smiled at Hannah. On 05/01/2026, after Jess had slept badly, Jess fed Orla while looking at "
              "her phone; Orla fussed, pulled away from the bottle and took only half of it, and it was Linda "
              "who winded and settled her. Orla sleeps in a Moses basket beside her parents' bed, but on one "
              "visit she was asleep on the sofa wedged between cushions. She startles and cries when the "
              "neighbours upstairs bang doors, which happens most weekend nights. She is calmest lying on "
              "Linda's chest, turns her head towards Ryan's voice, and on Wednesdays, when Sophie is there, she "
              "has been fed on time at every feed we know of."),
        ("h1", "What will happen, and what it is for"),
        ("p", "The goals for Orla were agreed at the conference. Each goal is written across the table above the "
              "actions that work towards it."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [9.7, 5.2, 4.8, 6.0],
            "rows": [
                ["Goal 1 for Orla: she is fed on time, her weight comes back to the 25th centile or above, "
                 "and she sleeps on her back in her own Moses basket every night.", H, H, H],
                ["Weigh Orla at home, check where and how she is sleeping, and go through her feed chart with "
                 "Jess and Ryan",
                 "Hannah Price, health visitor, Nabblecote Community Health",
                 "Every Tuesday from 20/01/2026 until the review conference",
                 "Weights plotted in Orla's red book and sent to the SW each week, on or above the 25th centile "
                 "by 24/03/2026; where Orla was sleeping written on every visit record"],
                ["Write every feed and every sleep on the chart on the fridge",
                 "Jess and Ryan",
                 "Every feed, from 15/01/2026",
                 "The chart, seen by the HV each Tuesday and by the SW at each visit, shows no daytime gap "
                 "between feeds longer than four hours"],
                ["Stay at the flat on Friday and Saturday nights and give the 2am feed, so that Jess gets a "
                 "full night's sleep and Orla is fed by a rested adult",
                 "Linda Kemble (maternal grandmother)",
                 "Every Friday and Saturday night from 16/01/2026",
                 "Linda initials each night feed she gives on the fridge chart; the SW checks the chart every "
                 "week"],
                ["Goal 2 for Orla: she is cared for by a mum whose mood is steady enough to notice when she is "
                 "hungry, tired or upset, and to answer her.", H, H, H],
                ["Visit Jess at home, check her lithium, her sleep and her early warning signs, and write to "
                 "the SW before each core group saying whether Jess is making the changes Orla needs, what "
                 "steps are still to come and how long they are likely to take",
                 "Dawn Akers, Jess's care co-ordinator (community psychiatric nurse), Nabblecote Perinatal "
                 "Mental Health Service – \"the Cradle Team\"",
                 "Weekly from 19/01/2026; written report two working days before each core group",
                 "Dawn's written report on the case file before every core group, giving her view of the "
                 "timescale"],
                ["Give a written assessment of Jess's risk of relapse, her capacity to change and the likely "
                 "timescale for that change, set against what Orla needs now",
                 "Dr Meera Joshi, consultant perinatal psychiatrist, the Cradle Team",
                 "By 20/02/2026",
                 "Assessment letter to the SW by 20/02/2026, shared at the core group on 24/02/2026"],
                ["Take her lithium every evening and go for her blood test every four weeks, so that she "
                 "stays well enough to care for Orla by day and by night",
                 "Jess Kemble (Mum)",
                 "Every evening; blood tests on 27/01/2026, 24/02/2026 and 24/03/2026",
                 "Lithium levels within range, sent by the Cradle Team to the SW; Jess's blister pack seen "
                 "at SW visits"],
                ["Tell the SW in writing if Jess or Ryan misses a GP appointment or Jess's lithium is not "
                 "collected, so that the core group can act for Orla straight away",
                 "Dr Alan Brook, GP, Weaver Street Medical Centre",
                 "Within two working days of any missed appointment or prescription; a summary before each "
                 "core group",
                 "GP e-mails and the summary letter on the case file"],
                ["Goal 3 for Orla: she lives in a flat free of cocaine, and her dad is sober every time he "
                 "looks after her.", H, H, H],
                ["Key-work with Ryan and a urine screen every two weeks, and a written report before each core "
                 "group on whether he has stopped using cocaine and what still has to change for Orla",
                 "Kofi Mensah, Ryan's recovery navigator, Turning Tide (Nabblecote drug and alcohol service)",
                 "Key-work every Monday from 19/01/2026; screens every two weeks",
                 "Screen results and the written report on the case file two working days before each core "
                 "group"],
                ["Stay off cocaine and go to every Monday session at Turning Tide, so that Orla is only ever "
                 "looked after by a sober dad",
                 "Ryan Tate (Dad)",
                 "Every Monday from 19/01/2026",
                 "Turning Tide's attendance record shows every session kept and every screen negative"],
                ["Goal 4 for Orla: people outside her family see her often and notice how she is, and she has a "
                 "safe adult around her every day.", H, H, H],
                ["Visit Orla at home, one visit in three unannounced, and write down what Orla was doing, where "
                 "she had slept and how her parents answered her",
                 "Callum Reid, SW",
                 "Weekly from 15/01/2026 until the review conference",
                 "Visit records show Orla seen every week, with a note of her day on each record"],
                ["Spend Wednesdays at the flat with Jess and Orla, help with the midday feed and take them both "
                 "out for a walk",
                 "Sophie Tate (paternal aunt)",
                 "Every Wednesday, 9am to 3pm, from 21/01/2026",
                 "Sophie texts the SW every Wednesday evening; the SW asks Jess and Sophie about the day at the "
                 "next visit"],
                ["Hold a family network meeting with Jess, Ryan, Linda and Sophie, and write down who steps in "
                 "if Linda or Sophie cannot help",
                 "Callum Reid, SW",
                 "By 06/02/2026",
                 "The written network plan sent to every core group member by 10/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "Agreed with Jess, Ryan, Linda and Sophie at the conference. Everyone has a copy."),
        ("table", {
            "header": ["If ...", "then ...", "Who acts"],
            "widths": [8.0, 12.2, 5.5],
            "rows": [
                ["Jess shows two of her early warning signs (two nights without sleep, talking very fast, "
                 "spending money she does not have, missing her lithium)",
                 "Dawn sees Jess the same day and arranges a crisis assessment if she needs one; Linda stays at "
                 "the flat every night until Dawn says Jess is well again; Jess is not left alone with Orla in "
                 "the meantime",
                 "Dawn Akers; Linda Kemble; Callum Reid"],
                ["Jess says she has thoughts of harming herself or Orla, or Orla has a mark or injury nobody "
                 "can explain",
                 "A strategy discussion with the police the same day; Orla goes to Linda's home at 4 Hythe "
                 "Close until it has taken place",
                 "Callum Reid"],
                ["Ryan has a positive screen or is seen under the influence",
                 "Ryan goes to stay with Sophie at 17 Dray Lane that day and sees Orla only when Linda or Sophie "
                 "is there, until he has two negative screens in a row",
                 "Ryan Tate; Kofi Mensah tells Callum the same day"],
                ["Linda or Sophie cannot help (ill, away, or no longer able to)",
                 "The other one covers; if neither can, Callum arranges that day for Jess and Orla to go to a "
                 "Nabblecote parent and child foster placement together, or for Orla to go to emergency foster "
                 "carers",
                 "Callum Reid"],
                ["Not enough is changing: Orla falls below the 9th centile, Jess misses her lithium for more "
                 "than three days, Ryan has two positive screens, or Dr Joshi's assessment says Jess cannot "
                 "make the changes in time for Orla",
                 "Callum asks Priti Sandhu for a legal planning meeting within five working days, to decide "
                 "whether to start the Public Law Outline",
                 "Callum Reid; Priti Sandhu"],
            ],
        }),
        ("h1", "Dates for the diary"),
        ("p", "The core group (Jess, Ryan, Linda, Sophie, Hannah, Dawn, Kofi, Dr Brook's practice nurse and "
              "Callum) meets every four weeks."),
        ("table", {
            "header": ["Meeting", "Date and time", "Where"],
            "widths": [8.0, 8.0, 9.7],
            "rows": [
                ["Core group 1", "Tuesday 27/01/2026, 2pm", "Weaver Street Family Hub"],
                ["Core group 2", "Tuesday 24/02/2026, 2pm", "Weaver Street Family Hub"],
                ["Core group 3", "Tuesday 24/03/2026, 2pm", "Weaver Street Family Hub"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan; mother with anxiety and depression, her
#    partner drinking and violent, living apart under an agreement; the
#    grandparents supervise his contact. Portrait Word plan with "In my own
#    words" boxes and "What needs to change for Tayla and Jaxon". Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_nemmersfield_rcpc_own_words_boxes_what_needs_to_change_brannock.docx",
    "doc_title": "Review Child Protection Plan - Tayla and Jaxon Brannock",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-word-plan-details-list-why-and-since-then-in-my-own-words-one-cell-boxes-what-needs-to-change-for-the-children-then-numbered-table-who-by-when-how-well-know-its-working-contingency-core-group-and-review",
    "description": (
        "First review conference plan for an 11-year-old and a 6-year-old whose mother has anxiety "
        "and depression and whose father (the older child's stepfather) drinks and has been violent; he lives apart "
        "under a written agreement and the grandparents supervise his Sunday contact. The "
        "children's words are in 'In my own words' boxes with no views heading, the outcomes are "
        "under 'What needs to change for Tayla and Jaxon', the contingency has named triggers and "
        "legal planning, core group and review dates are set. Most rows are sound (visits, the GP, "
        "the alcohol service reporting on change, the grandparents, the school). Faults: one "
        "outcome is about the mother alone; the CMHT's monthly visits only support her; the "
        "perpetrator programme is 'As and when a place comes up'; 'Family' keeps him away; the "
        "bedtime sessions are measured by 'Improvement'; the contingency sends the children to the "
        "grandparents with nothing said if they cannot have them."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Nemmersfield Borough Council – Children's Social Care – Safeguarding Team 3"),
        ("kv", [
            ("Children", "Tayla Brannock (11), DOB 02/05/2014, Year 6; Jaxon Brannock (6), DOB 17/10/2019, "
                         "Year 2; both at Hollins Lane Primary"),
            ("Mother", "Kelly Brannock (34), 58 Mortimer Street, Nemmersfield NM4 1TR"),
            ("Jaxon's father, Tayla's stepfather", "Leon Marsh (38), at his sister's, 9 Cobb Street, since "
                                                  "28/11/2025"),
            ("Maternal grandparents", "Pat and Dave Brannock, 22 Furnace Row, Nemmersfield"),
            ("Category", "Emotional abuse (both children)"),
            ("Conferences", "Initial 02/12/2025; first review 24/02/2026 (this plan). Chair: Gillian Royce"),
            ("Social worker", "Naomi Fairclough (team manager: Rashid Begum)"),
        ]),
        ("h1", "Why there is a plan, and what has happened since"),
        ("p", "Kelly has anxiety and depression and takes sertraline. Leon drinks heavily, mostly at weekends. "
              "The police were called to 58 Mortimer Street five times in 2025 after arguments when Leon had "
              "been drinking; on 22/11/2025 he punched a hole in the kitchen door and Tayla rang 999."),
        ("p", "Since the initial conference Leon has kept to the written agreement to live at his sister's, "
              "apart from one evening (06/01/2026) when he came to the door after the pub and Kelly did not let "
              "him in. He has been assessed by The Anchor and has been on the Safer Choices waiting list since "
              "January. Kelly was referred to the community mental health team in December."),
        ("table", {
            "rows": [
                ["In my own words – Tayla, 11 (seen on her own at school, 17/02/2026): “I don't like it when "
                 "Leon comes round after the pub, because that's when it goes bad. Sundays at Nana's are OK "
                 "because Grandad's there. I want Mum to stop crying in the kitchen.” Tayla scored home 6 out "
                 "of 10, up from 3 in December."],
            ],
        }),
        ("table", {
            "rows": [
                ["In my own words – Jaxon, 6 (drawing with his social worker at home, 17/02/2026): Jaxon drew "
                 "his house with a big door and his dad outside it. He said: “Daddy shouts at the door. I like "
                 "Daddy at Nana's, he does the football with me.” He coloured the door black and said it was "
                 "“locked so it's quiet”."],
            ],
        }),
        ("h1", "What needs to change for Tayla and Jaxon"),
        ("bullets", [
            "Tayla and Jaxon live at home without shouting, violence or anyone drunk, and sleep through the "
            "night.",
            "Tayla and Jaxon see Leon only when he is sober and a safe adult is with them.",
            "Tayla no longer feels she has to look after her mum and Jaxon, and goes to her after-school club "
            "every week.",
            "Kelly will feel more confident and less anxious.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when", "How we'll know it's working"],
            "widths": [1.0, 5.8, 3.4, 3.0, 3.8],
            "rows": [
                ["1",
                 "Visit Tayla and Jaxon at home and see each of them on their own, with one unannounced visit "
                 "a month",
                 "Naomi Fairclough, SW",
                 "Every two weeks until the next review conference",
                 "Visit records show both children seen alone every two weeks, with their words written down"],
                ["2",
                 "Review Kelly's sertraline and write to the SW about any change in her mood or medication that "
                 "could affect how she cares for Tayla and Jaxon",
                 "Dr Imran Sheikh, GP, Furnace Row Surgery",
                 "By 24/03/2026, then every 8 weeks",
                 "GP letter to the SW after each review"],
                ["3",
                 "Monthly support visits from the community mental health team to help Kelly manage her anxiety",
                 "Carol Vickers, CPN, Nemmersfield Community Mental Health Team",
                 "Monthly from 02/03/2026",
                 "Dates of the visits sent to the SW each month"],
                ["4",
                 "Key-work with Leon, a breath test at every session, and a written report before each core "
                 "group on whether his drinking has changed in ways the children would notice",
                 "Martin Quayle, recovery worker, The Anchor (Nemmersfield alcohol service)",
                 "Every Thursday from 26/02/2026; report two working days before each core group",
                 "Breath test results and the report on the case file before every core group"],
                ["5",
                 "Go to the Safer Choices domestic abuse perpetrator programme",
                 "Leon Marsh",
                 "As and when a place comes up",
                 "Attendance report from the programme to the SW after every fourth session"],
                ["6",
                 "Supervise Leon's time with Tayla and Jaxon at the grandparents' house",
                 "Pat and Dave Brannock (maternal grandparents)",
                 "Every Sunday, 1pm to 4pm",
                 "Contact log signed by Pat or Dave after each visit and shown to the SW"],
                ["7",
                 "Take Tayla and Jaxon to school on Tuesdays and Thursdays and give them breakfast first",
                 "Pat Brannock (maternal grandmother)",
                 "Every Tuesday and Thursday from 03/03/2026",
                 "School gate log shows Pat bringing the children on those days"],
                ["8",
                 "Make sure Leon does not come to the house after he has been drinking",
                 "Family",
                 "Every day until the next review conference",
                 "No police call-outs; Kelly and the children tell the SW at each visit whether Leon has come "
                 "round"],
                ["9",
                 "Weekly check-in for Tayla with her learning mentor, and a place at the Tuesday after-school "
                 "club",
                 "Mrs Gail Ormerod, DSL, Hollins Lane Primary",
                 "Every Monday in term time; club from 03/03/2026",
                 "Check-ins logged on CPOMS; club register sent to the SW every half-term"],
                ["10",
                 "Sessions with Kelly on bedtime routines for Jaxon, who is waking most nights",
                 "Amy Fenn, family support worker",
                 "Weekly for eight weeks from 02/03/2026",
                 "Improvement in bedtime routine"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Leon comes to the house after drinking, breaks the written agreement in any other way, or the "
              "police are called to any incident involving him, Kelly will ring 999, Naomi will hold a strategy "
              "discussion with the police the same day, and Tayla and Jaxon will stay with Pat and Dave at 22 "
              "Furnace Row until it has taken place."),
        ("p", "If Kelly is too unwell to get the children to school for two days in a row, Naomi will visit the "
              "same day and Pat will take the children to school until Kelly has seen her GP."),
        ("p", "If Leon breaks the agreement twice before the next core group, or has a breath test over zero "
              "before a Sunday visit, Naomi will ask Rashid Begum for a legal planning meeting within five "
              "working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks, 3.30pm at Hollins Lane Primary: 17/03/2026, 28/04/2026, 09/06/2026 and "
            "21/07/2026.",
            "Second review child protection conference: Tuesday 18/08/2026, 10am, Nemmersfield Town Hall.",
        ]),
    ],
    "findings": [
        F("F002", "Kelly will feel more confident and less anxious."),
        F("H001", "Monthly support visits from the community mental health team"),
        F("T002", "Go to the Safer Choices domestic abuse perpetrator programme"),
        F("W002", "Make sure Leon does not come to the house"),
        F("M002", "Sessions with Kelly on bedtime routines for Jaxon"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for an 8-year-old; mother dependent on alcohol,
#    father on licence for assaulting her. Landscape case-system export to
#    PDF: the review conference date in the page header, a plan table with
#    "So that Ava ..." and "What Ava says" columns, a "Safety net" whose last
#    paragraph gives the core group dates. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_nollinghay_icpc_case_export_so_that_ava_says_columns_mcbride.pdf",
    "doc_title": "Child Protection Plan - Ava McBride",
    "split": "tune",
    "actions": 9,
    "landscape": True,
    "template": "icpc-case-system-export-pdf-landscape-page-header-with-review-date-labelled-fields-then-plan-table-what-will-happen-so-that-ava-lead-when-how-we-will-know-what-ava-says-then-safety-net-with-core-group-dates",
    "description": (
        "Exemplary initial conference plan for an 8-year-old whose mother is dependent on alcohol "
        "and whose father is on licence for assaulting her. A landscape case-system export printed "
        "to PDF: the review conference date is only in the page header, the outcomes are a 'So "
        "that Ava ...' column and the child's voice a 'What Ava says' column in the plan table, and "
        "the core group dates are a sentence at the end of the 'Safety net'. The alcohol service "
        "reports on change, the GP and the father's probation officer own actions, the "
        "grandmother's and aunt's parts have a fallback, and legal planning is written in plain "
        "words."
    ),
    "header": "OFFICIAL-SENSITIVE · Nollinghay Council · CP plan: Ava McBride · Review conference 15/04/2026, 10am",
    "footer": "Printed from CareFrame by R. Price, 23/01/2026 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Record CP-26-00417 · Status: agreed at initial conference · Version 1"),
        ("kv", [
            ("Child", "Ava McBride, DOB 09/06/2017 (8), Year 3, St Peter's CE Primary, Nollinghay"),
            ("Address", "14 Sandpiper Walk, Nollinghay NL4 2DE"),
            ("Mother", "Shannon McBride (29)"),
            ("Father", "Gary Lowther (33), Harlow Fields, Nollinghay; on licence since October 2025"),
            ("Maternal grandmother", "Maureen McBride, 3 Kestrel Court, Nollinghay"),
            ("Maternal aunt", "Claire Dunne, 27 Tern Road, Nollinghay"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 21/01/2026. Chair: Owen Fitzgerald"),
            ("Allocated worker", "Rhiannon Price, Family Safeguarding Team 2 (team manager: Joanne Keel)"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "Shannon has been drinking heavily since Gary was released from prison in October 2025; he had "
              "been convicted of assaulting her, and his licence bars him from Sandpiper Walk. On 04/01/2026 "
              "Ava rang her nana at 9pm because she could not wake her mum. Maureen found Shannon unconscious "
              "on the sofa beside an empty bottle of vodka; Ava had not eaten since lunch at school. Ava has "
              "been late to school 14 times since October and twice came in wearing the same clothes for a "
              "week."),
        ("h2", "Plan detail"),
        ("p", "Each row says what will happen, what it is for Ava, who leads, when, how we will know, and what "
              "Ava said about it when Rhiannon went through the plan with her on 19/01/2026 using her own "
              "picture cards."),
        ("table", {
            "header": ["What will happen", "So that Ava ...", "Lead", "When", "How we will know", "What Ava says"],
            "widths": [5.6, 4.0, 3.6, 3.4, 4.6, 4.5],
            "rows": [
                ["Visit Ava at home and see her on her own in her room; one visit a month unannounced and one "
                 "a month at school",
                 "... is seen every week by someone who asks how things are and writes down what she says",
                 "Rhiannon Price, SW",
                 "Weekly from 22/01/2026 until the review conference",
                 "Visit records show Ava seen alone every week, with her own words and her worry score",
                 "“I like it when you come because you play Uno and you don't tell Mummy off.”"],
                ["Not drink while Ava is in her care, and go to key-work and a breath test at The Beacon",
                 "... comes home from school to a mum who is sober, awake and makes her tea",
                 "Shannon McBride (Mum)",
                 "Every Tuesday and Friday from 23/01/2026",
                 "The Beacon's attendance record shows every session kept and every breath test at zero",
                 "“Mummy's wine makes her sleepy and cross. I want her to have juice.”"],
                ["Key-work with Shannon, breath tests and a full alcohol assessment, and a written report "
                 "before each core group on whether Shannon is making the changes Ava needs, what steps are "
                 "still to come and how long they are likely to take",
                 "... has a plan built on what the alcohol service knows about her mum's drinking",
                 "Tom Garside, Shannon's recovery worker, The Beacon (Nollinghay adult alcohol service)",
                 "Assessment by 06/02/2026; report two working days before each core group",
                 "The assessment summary and each report on the case file before the core group",
                 "“Mum's meetings are to help her stop the wine.”"],
                ["Assess Shannon for a community alcohol detox and agree with the SW who looks after Ava on "
                 "each day of it",
                 "... is looked after by a sober adult she knows while her mum comes off alcohol",
                 "Dr Farid Rashid, GP, Sandpiper Medical Practice, with The Beacon",
                 "Assessment by 13/02/2026; detox dates agreed by the core group on 03/03/2026",
                 "Detox plan letter to the SW naming Ava's carer for each day",
                 "“If Mum's poorly I want to go to Nana's, not anywhere else.”"],
                ["Check at each supervision that Gary keeps his licence condition not to go to Sandpiper Walk "
                 "or contact Shannon, and tell the SW the same day about any breach",
                 "... is not frightened by her dad turning up at the house",
                 "Jo Whitlam, Gary's probation officer, Nollinghay Probation Service",
                 "Supervision every two weeks; the same day for any breach",
                 "A written update to the SW before each core group; any breach reported and logged the same "
                 "day",
                 "“I don't want Daddy to come round shouting. I'd like to send him a card at Easter.”"],
                ["Check Ava's attendance and lateness, give her a Monday check-in with Miss Ellis, and ring the "
                 "SW the same day if she is absent, hungry or worried about home",
                 "... gets to school on time every day and has a grown-up at school she can tell things to",
                 "Mrs Harjit Kaur, DSL, St Peter's CE Primary",
                 "Every school day; check-in every Monday",
                 "Attendance of 95% or more on the weekly e-mail to the SW; check-ins and calls logged on "
                 "CPOMS",
                 "“Miss Ellis is my worry lady. I can give her my worry card.”"],
                ["Collect Ava from school and give her tea on Mondays and Wednesdays",
                 "... has two afternoons a week she can count on, with a hot meal",
                 "Maureen McBride (maternal grandmother)",
                 "Every Monday and Wednesday from 26/01/2026",
                 "Maureen signs the school collection book; the SW checks it every two weeks",
                 "“Nana does fish fingers and lets me do the peas.”"],
                ["Ring Ava every evening at 6pm and be the adult she calls if her mum has been drinking or "
                 "will not wake up",
                 "... always has someone to ring who will come",
                 "Claire Dunne (maternal aunt)",
                 "Every evening from 22/01/2026",
                 "Claire keeps a call log, seen by the SW every two weeks; Ava can show the SW Claire's number "
                 "on her tablet",
                 "“Auntie Claire said I can ring her even at midnight.”"],
                ["Six sessions with Ava about her feelings and who she can tell, making her own safety card",
                 "... knows what to do and who to tell if her mum is drunk or her dad comes round",
                 "Beth Aldous, family support worker",
                 "Weekly from 28/01/2026, all six by 11/03/2026",
                 "Ava's safety card made and a copy on file; at the SW's next visit Ava can name three safe "
                 "adults",
                 "“I want to make my card with stickers.”"],
            ],
        }),
        ("h2", "Safety net"),
        ("p", "If Shannon has a positive breath test, is found drunk while Ava is with her, or Ava rings Claire "
              "because her mum will not wake: Ava goes to Maureen's at 3 Kestrel Court that evening, Rhiannon "
              "visits by the next morning, and if Ava was left alone a strategy discussion with the police is "
              "held the same day."),
        ("p", "If Gary comes to Sandpiper Walk or contacts Shannon: Shannon rings 999, Jo Whitlam is told the "
              "same day so that probation can consider recall, and Ava stays at Maureen's that night."),
        ("p", "If Maureen cannot have Ava (she is ill, away, or tells us she can no longer manage), Claire will "
              "have her at 27 Tern Road; if neither of them can, Rhiannon will place Ava with Nollinghay foster "
              "carers the same day and tell Shannon where she is."),
        ("p", "If not enough changes: if Shannon has two positive breath tests, will not go ahead with the "
              "detox, or Ava is again found alone with her mum drunk, Rhiannon will ask Joanne Keel for a legal "
              "planning meeting within five working days. That meeting decides whether the council should "
              "start the court process (the Public Law Outline)."),
        ("p", "The core group checks these triggers every time it meets. It meets every four weeks, at 3.30pm "
              "at St Peter's CE Primary: 03/02/2026, 03/03/2026 and 31/03/2026."),
        ("p", "Plan agreed by conference on 21/01/2026. Copies: Shannon, Ava (picture version), Maureen, Claire, "
              "and every core group member."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan written as a letter to a 15-year-old young
#    carer; mother with schizoaffective disorder home from hospital. A
#    "Your plan at a glance" box with the review conference date, Kian's
#    own section in his words, a "What each of us will do" table with "I"
#    and "you", "Plan B", and "When we'll check how it's going". Exemplary
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_nuxleigh_letter_to_young_person_own_section_plan_b_dobson.pdf",
    "doc_title": "Your child protection plan - Kian Dobson",
    "split": "tune",
    "actions": 9,
    "template": "letter-to-young-person-15-pdf-page-header-footer-at-a-glance-box-with-review-date-why-what-needs-to-change-for-you-your-own-section-first-person-then-who-what-when-how-well-know-table-i-and-you-plan-b-bullets-we-will-meet-again",
    "description": (
        "Exemplary initial conference plan written as a letter from the social worker to a "
        "15-year-old young carer whose mother has schizoaffective disorder and has just come home "
        "from hospital. The review conference date is in a 'Your plan at a glance' box, the "
        "outcomes are 'What needs to change for you', Kian's voice is his own section written in "
        "the first person with his advocate, and the owners are 'I', 'you', 'Mum' and named "
        "people. The early intervention care co-ordinator and the psychiatrist both give a view on "
        "change and its timescale, adult social care owns an action, 'Plan B' covers the uncle "
        "being unable to help and explains a legal planning meeting in plain words, and the core "
        "group dates are under 'When we'll check how it's going'."
    ),
    "header": "Nuxleigh Borough Council · Children's Services · Private: for Kian Dobson",
    "footer": "Kian's child protection plan · written 28/01/2026 · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Sana Qureshi, Social Worker"),
        ("pr", "Nuxleigh Children's Services, Westgate House, Nuxleigh NX1 4AB"),
        ("pr", "28 January 2026"),
        ("pl", "Kian Dobson"),
        ("pl", "12 Orchard Rise"),
        ("pl", "Nuxleigh NX3 9LT"),
        ("p", ""),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Your plan at a glance", H],
                ["Your plan started", "Initial child protection conference, Tuesday 27/01/2026"],
                ["Your review conference", "Thursday 16/04/2026, 4.15pm (after school), Nuxleigh Family Hub, "
                                           "Mill Street. You can come to all of it, part of it, or send your "
                                           "views with Jade."],
                ["Your plan is under", "Neglect"],
                ["Your social worker", "Sana Qureshi, 07700 900482 (texting is fine)"],
                ["Your advocate", "Jade Okoro, Nuxleigh Advocacy for Young People"],
            ],
        }),
        ("p", "Dear Kian,"),
        ("p", "You asked me to write your plan as a letter to you, not as a form, so here it is. Everything in "
              "it was agreed at the conference on Tuesday. Your mum has her own copy, and so does everyone "
              "named in the table."),
        ("h2", "Why you have a plan"),
        ("p", "Your mum has schizoaffective disorder. Last autumn she stopped her medication and became very "
              "unwell. For about three months you did the shopping and the cooking, made sure she ate, and "
              "stayed off school for 23 days to keep an eye on her. On 09/01/2026 you rang 999 when she went "
              "out in the night in her dressing gown. Mum was admitted to Larchfield Ward and came home on "
              "23/01/2026; while she was in hospital you stayed with Uncle Dev. The conference agreed that "
              "you have been left to carry far too much on your own, and that this is not your fault."),
        ("h2", "What needs to change for you"),
        ("bullets", [
            "You are looked after by an adult every day, instead of you looking after your mum.",
            "You go to school every day (you want to be at 95% by Easter) and get your Year 10 coursework in.",
            "You have time for your own life again: football on Saturdays and seeing your friends.",
            "You know the early signs that Mum is becoming unwell, who to tell, and that telling will not get "
            "her into trouble.",
        ]),
        ("h2", "Your own section – in your words"),
        ("p", "You wrote this part yourself on 22/01/2026 with Jade. I have not changed any of it."),
        ("p", "“I'm Kian. I don't want people thinking Mum is a bad mum because she isn't, she's ill. When she "
              "stops her tablets she gets scared of the neighbours and doesn't sleep and I can't leave her. I "
              "missed school because of that, not because I'm skiving. What I want: Mum to stay on her meds, "
              "someone else to check on her not just me, to go back to football, and not to be moved to a "
              "foster family. I'm OK with Uncle Dev's if it gets bad. I don't want to be in the meeting for the "
              "whole thing, just the end bit.”"),
        ("h2", "What each of us will do"),
        ("p", "Where it says “I”, that's me, Sana. Where it says “you”, that's you."),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we'll know"],
            "widths": [3.4, 6.2, 3.4, 4.0],
            "rows": [
                ["I (Sana Qureshi, your social worker)",
                 "See you on your own every two weeks, at school or wherever you choose, and once a month at "
                 "home with Mum there",
                 "Every two weeks from 02/02/2026 until your review conference",
                 "My visit notes say what you told me; I read them back to you before I save them"],
                ["You",
                 "Go to the Young Carers group on Tuesday evenings, so that you have time that is just yours",
                 "Every Tuesday from 03/02/2026",
                 "The group register, which Nuxleigh Young Carers sends me every month"],
                ["Kerry Lister, Nuxleigh Young Carers",
                 "Do your young carer's assessment with you and write your young carer's plan",
                 "By 20/02/2026",
                 "Your young carer's plan, with a copy to you and to me"],
                ["Mum (Carla Dobson)",
                 "Take her medication every day and go to every Pathfinder appointment, so that she stays well "
                 "enough to look after you and you don't have to look after her",
                 "Every day; Pathfinder appointments every Thursday",
                 "Pathfinder tells me within two days of any missed appointment; her care co-ordinator checks "
                 "her blister packs every week"],
                ["Marcus Flynn, Mum's care co-ordinator, Pathfinder (Nuxleigh Early Intervention in Psychosis "
                 "team)",
                 "Visit Mum every week, check her medication and her early warning signs, and write to me "
                 "before each core group saying whether Mum is making the changes needed so that you are "
                 "looked after, what steps are still to come and how long that is likely to take",
                 "Weekly from 29/01/2026; report two working days before each core group",
                 "Marcus's written report on your file before every core group; I'll tell you what it says"],
                ["Dr Nkechi Okafor, consultant psychiatrist, Pathfinder",
                 "Give me a written view of how likely Mum is to stay well, what still has to change and over "
                 "what time, and what that means for you",
                 "By 27/02/2026",
                 "Her letter to me by 27/02/2026, shared at the core group on 10/03/2026"],
                ["Yusuf Demir, social worker, Nuxleigh Adult Social Care",
                 "Assess what help Mum needs at home (shopping, meals, getting to appointments) and set it up, "
                 "so that the jobs you have been doing are done by adults",
                 "Assessment by 13/02/2026; help in place by 27/02/2026",
                 "Mum's care and support plan copied to me; at my visits you tell me which jobs you no longer "
                 "do"],
                ["Mr Tom Harlow, head of Year 10 and DSL, Nuxleigh Academy",
                 "Meet you every Monday, check your attendance, and give you a place at homework club to catch "
                 "up on your coursework",
                 "Every Monday in term time from 02/02/2026",
                 "Your attendance sent to me every two weeks (aim: 95% by Easter); Monday meetings logged on "
                 "CPOMS"],
                ["Uncle Dev (Dev Dobson)",
                 "Have you for tea on Wednesdays and Sundays, and be the person you ring if Mum shows her "
                 "warning signs",
                 "Every Wednesday and Sunday from 28/01/2026, and any time you ring",
                 "Dev texts me every Sunday evening; you can show me his number saved on your phone"],
            ],
        }),
        ("h2", "Plan B – what happens if things start to go wrong"),
        ("p", "Mum's early warning signs, which she and Marcus wrote down together, are: not sleeping, staying "
              "in her dressing gown all day, saying the neighbours are listening through the wall, and "
              "stopping her tablets."),
        ("bullets", [
            "If Mum shows two of those signs, or misses her medication for two days: you ring Uncle Dev or me; "
            "Marcus sees Mum the same day and arranges an urgent assessment if she needs one; you stay at Uncle "
            "Dev's (8 Linden Court) until Marcus tells me Mum is well enough.",
            "If Uncle Dev can't have you (he works away some weeks): Auntie Rita in Harbury Road will. If "
            "neither of them can, I will find you a foster family that evening, as near to school as I can, and "
            "you will be able to ring Mum.",
            "If Mum goes into hospital again: you go to Uncle Dev's, or Auntie Rita's if he is away, and I will "
            "see you there within two days.",
            "If things don't change enough: if Mum stops her medication again, goes back into hospital before "
            "your review, or Dr Okafor tells us Mum can't stay well without help she won't accept, I will ask "
            "my manager, Lorraine Hicks, for a legal planning meeting within five working days. That is a "
            "meeting with the council's lawyers to decide whether we need to go to court to make sure you are "
            "properly looked after. I will tell you before it happens.",
        ]),
        ("h2", "When we'll check how it's going"),
        ("p", "We will meet again – Mum, me, Marcus, Mr Harlow, Kerry, Uncle Dev, and you if you want to come – "
              "on Tuesday 10/02/2026 at 4pm at Nuxleigh Family Hub. After that the core group meets every four "
              "weeks, on 10/03/2026 and 07/04/2026, before your review conference (the date is in the box at "
              "the top)."),
        ("p", "If anything in this letter is wrong, or you want something changed, text me or tell Jade."),
        ("p", "Best wishes,"),
        ("pl", "Sana Qureshi"),
        ("pl", "Social Worker, Nuxleigh Children's Services"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Plan revised at the first core group; mother with uncontrolled
#    epilepsy, father smoking cannabis, grandmother and uncle helping.
#    Markdown: details table with the review date, Mason's three houses,
#    goals as the headings of each group of actions, nested Who / When /
#    How we'll know bullets, "What happens if the plan isn't working", "We
#    will meet again on ...". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_nestrowe_core_group_goal_headings_three_houses_halloran.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-plan-md-details-table-with-review-date-how-we-got-here-three-houses-table-and-toddler-observed-then-goal-h3-headings-over-nested-action-bullets-with-who-when-how-well-know-sub-bullets-what-happens-if-the-plan-isnt-working-we-will-meet-again-on",
    "description": (
        "Exemplary plan revised at the first core group for a 7-year-old and a 3-year-old whose "
        "mother has uncontrolled epilepsy (a seizure while bathing her daughter) and whose father "
        "smokes cannabis daily. Markdown: the review conference date is in the details table, the "
        "children's voice is Mason's three houses in his words and what nursery and home see of "
        "Lily-Mae, the outcomes are the goals written as headings over each group of action "
        "bullets, and each action has nested Who / When / How we'll know points. The epilepsy "
        "nurse and the drug service own actions, the grandmother's and uncle's parts have a "
        "fallback, legal planning follows named triggers, and the core group dates are under 'We "
        "will meet again on ...'."
    ),
    "text": """\
# Nestrowe Council – Child Protection Plan (core group version)

| | |
|---|---|
| **Children** | Mason Halloran (7), Year 3, Brookfield Juniors; Lily-Mae Halloran (3), Little Owls Nursery |
| **Parents** | Gemma Halloran (31) and Shaun Halloran (34), 8 Wren Terrace, Nestrowe NE7 4JS |
| **Family helping** | Sheila Halloran (Shaun's mum), 2 Poplar Row; Rob Halloran (Shaun's brother), 40 Nestrowe Road |
| **Category** | Neglect |
| **Plan made** | Initial conference, Tuesday 13/01/2026; revised at core group 1, Tuesday 27/01/2026 |
| **Review conference** | Tuesday 07/04/2026, 1.30pm, Nestrowe Town Hall |
| **Social worker** | Faye Lindqvist, Children's Safeguarding Team (team manager: Simon Achebe) |

## How we got here

Gemma has epilepsy. Since October 2025 her tonic-clonic seizures have come
back, two or three a week, because she has been missing doses of her
medication. On 02/12/2025 she had a seizure while she was bathing Lily-Mae.
Mason, who is seven, pulled his sister out of the water and ran to Mrs Ali
next door, who rang 999. Shaun was asleep upstairs after smoking cannabis.
Shaun smokes cannabis every day, often in the living room, and the house
smells strongly of it.

## Mason's three houses

Mason did this with Faye at school on 20/01/2026. Faye wrote his words down
as he said them.

| House of worries | House of good things | House of dreams |
|---|---|---|
| "When Mum shakes on the floor I have to be really fast." | "Nana Sheila does bath time with loads of bubbles." | "Mum never has fits ever again." |
| "Dad's smoke smells and makes me cough at night." | "Dad plays Mario Kart with me on Saturdays." | "Dad smells normal." |
| "What if I'm at school and Lily-Mae's in the bath?" | "Uncle Rob takes us to the chippy on Fridays." | "I want to be a goalkeeper for Nestrowe Town." |

Lily-Mae is three and talks in short phrases. Nursery say she plays
"hospital" with the dolls, laying one on the floor and saying "Mummy
sleep, ring ring". At home on 22/01/2026 she cried and clung to Sheila when
Gemma ran the bath, and settled once Sheila said she would do it.

## The plan

Each goal was agreed at the conference. Under each goal are the actions
that work towards it, and under each action who does it, when, and how we
will know.

### Goal 1 – Mason and Lily-Mae are safe if Mum has a seizure: Mum never bathes them or is alone in the house with Lily-Mae until her seizures are under control

- Agree a written seizure care plan with Gemma and Shaun covering bath
  time, the stairs and what Mason should do, and review Gemma's medication
  - Who: Ruth Gallagher, epilepsy specialist nurse, Nestrowe Neurology Service
  - When: care plan by 06/02/2026; medication reviewed every six weeks after that
  - How we'll know: the signed care plan on the fridge and a copy with Faye;
    Ruth reports the number of seizures in Gemma's diary to each core group
- Take her levetiracetam morning and night and write every seizure in her
  diary, so that the children are looked after by a mum whose seizures are
  coming under control
  - Who: Gemma
  - When: twice a day from 14/01/2026; diary brought to every core group
  - How we'll know: the diary, seen by Ruth and Faye; no missed doses on the
    pharmacy record
- Come to the house at 6pm on weekdays to do bath time and help with bedtime
  - Who: Sheila Halloran (paternal grandmother)
  - When: every weekday, 6pm to 7.30pm, from 14/01/2026 until Gemma has been
    seizure-free for three months
  - How we'll know: Sheila signs the bath-time sheet on the fridge each night;
    Faye checks it at every visit
- Check the house for seizure safety (bath seat, stair gates, cooker guard)
  and get fitted whatever is missing
  - Who: Nadia Rahman, health visitor
  - When: by 06/02/2026
  - How we'll know: the HV's home safety checklist sent to Faye, with the
    gates and cooker guard seen fitted

### Goal 2 – The children live in a home free of cannabis smoke, and Dad is clear-headed whenever he is looking after them

- Not smoke cannabis in the house or while looking after Mason and
  Lily-Mae, and go to key-work at The Lighthouse Project
  - Who: Shaun
  - When: every Thursday from 15/01/2026
  - How we'll know: a negative urine screen each month, results sent to Faye
    by The Lighthouse Project; no smell of cannabis at any visit
- Key-work with Shaun and a urine screen every month, and a written report
  before each core group on whether he has stopped and what still has to
  change for the children
  - Who: Dean Parry, Shaun's recovery worker, The Lighthouse Project
    (Nestrowe drug and alcohol service)
  - When: weekly; report two working days before each core group
  - How we'll know: the report and screen results on the children's file
    before every core group

### Goal 3 – Mason gets to school every day and has someone to tell; Lily-Mae goes to nursery and her talking comes on

- Check Mason's attendance and meet him every Friday to ask about home
  - Who: Mr Gareth Pugh, DSL, Brookfield Juniors
  - When: every Friday in term time
  - How we'll know: attendance (95% or more) e-mailed to Faye every two
    weeks; Friday chats logged on CPOMS
- Record Lily-Mae's attendance, her new words and anything she says or
  shows about home, and ring Faye the same day with any worry
  - Who: Kerry Oakes, key worker, Little Owls Nursery
  - When: every session (Monday to Wednesday mornings)
  - How we'll know: a weekly nursery log to Faye; Lily-Mae using 50 or more
    words by the review (speech checklist in her learning journal)
- Collect Mason and Lily-Mae on Fridays and have them until 7pm, so that
  Gemma is not alone with Lily-Mae at the end of the week
  - Who: Rob Halloran (uncle)
  - When: every Friday from 16/01/2026
  - How we'll know: Rob signs the nursery and school collection books; Faye
    looks at them every two weeks

### Goal 4 – Mason gets to be a boy again, not the one who keeps everyone safe

- Four sessions with Mason on his own "if Mum has a fit" plan: ring 999,
  move things out of the way, fetch Mrs Ali, and know it is not his job to
  stop it
  - Who: Imogen Clarke, family support worker
  - When: weekly from 02/02/2026, all four done by 27/02/2026
  - How we'll know: Mason's poster on his bedroom wall; at Faye's next visit
    he can tell her the three steps
- See Mason on his own and Lily-Mae at play, and redo Mason's three houses
  every month
  - Who: Faye Lindqvist, SW
  - When: every two weeks from 20/01/2026 until the review conference;
    three houses once a month
  - How we'll know: visit records show both children seen, with each new
    three houses kept on file

## What happens if the plan isn't working

- **If Gemma has a seizure while she is alone with Lily-Mae, or bathes the
  children herself:** Faye visits the same day; Sheila or Rob stays the
  night, every night, until Ruth Gallagher has seen Gemma, which Ruth will do
  within two working days.
- **If Shaun has a positive screen, or is found under the influence while
  looking after the children:** he stays at Rob's from that day and sees the
  children only when Sheila or Rob is there, until he has two clear screens
  in a row.
- **If Sheila or Rob cannot do their part** (illness, work, or they tell us
  it has become too much): the other one covers. If neither can, Faye
  arranges a support worker from Nestrowe Family Hub's emergency team for
  bath time and bedtime that evening, and if no safe adult can be in the
  house overnight the children stay with foster carers until one can.
- **If things have not changed enough by core group 3 on 24/03/2026** –
  Shaun still testing positive, or Gemma still having seizures because she
  is missing doses – Faye will ask Simon Achebe for a legal planning meeting
  within five working days.

## We will meet again on ...

- Tuesday 24/02/2026, 9.30am, Brookfield Juniors (core group 2)
- Tuesday 24/03/2026, 9.30am, Brookfield Juniors (core group 3)
- and every four weeks after the review conference for as long as the plan
  lasts.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference Signs of Safety plan; mother with depression,
#    father using cocaine and alcohol, grandmother nearby. Markdown with a
#    danger statement, safety goals, working well, scaling, then a safety
#    plan table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_narrowdene_sos_danger_statement_safety_goals_carrick.md",
    "split": "tune",
    "actions": 10,
    "template": "signs-of-safety-md-details-bullets-why-danger-statement-safety-goals-working-well-scaling-then-safety-plan-table-no-what-who-when-how-well-know-then-if-the-safety-plan-isnt-followed-core-group-and-review",
    "description": (
        "Initial conference Signs of Safety plan for a 9-year-old and a 5-year-old whose mother "
        "has depression and stopped her medication and whose father uses cocaine and drinks at "
        "weekends. Markdown: danger statement, safety goals (both about the children), working "
        "well, scaling, then a safety plan table; the contingency has named triggers, the "
        "grandmother's part has a foster care fallback, and legal planning follows. Sound rows: "
        "the SW's visits, the father's appointments, the school, the grandmother, the family "
        "support worker, the family group conference referral. Faults: nothing anywhere records "
        "what either child thinks, feels or lives through; no adult service owns any action (the "
        "GP and the recovery service are only places the parents go); the mother's GP visit is "
        "'when she feels ready'; the parenting assessment has '-' as its measure; the washing has "
        "no owner; the review conference is 'to be arranged'."
    ),
    "text": """\
# Narrowdene Children's Services – Child Protection Plan (Signs of Safety)

- **Children:** Ruby Carrick (9), Year 5, and Alfie Carrick (5), Reception, both at Sallowfield Primary
- **Parents:** Toni Carrick (30) and Craig Carrick (33), 41 Pell Street, Narrowdene ND2 5RW
- **Maternal grandmother:** Bev Hollis, 6 Cutler Lane, Narrowdene
- **Category:** Neglect and emotional abuse
- **Initial child protection conference:** Tuesday 20/01/2026. Chair: Hilary Crane
- **Social worker:** Joel Adeyemi, Assessment and Intervention Team 2 (team manager: Fiona Blake)

## Why we are involved

Toni has had depression since 2023. Her GP prescribed sertraline, but she
stopped taking it in October 2025 and has not been back to the surgery. She
was given the number for Narrowdene Talking Therapies in December but has
not rung it. She spends most days in bed. Craig uses cocaine and drinks
heavily at weekends. The police were called to Pell Street three times in
2025 and again on 03/01/2026, when Craig smashed the television during an
argument. Ruby has missed 18 days of school since September, and Alfie has
been late 11 times.

## Danger statement

Narrowdene Children's Services, Sallowfield Primary and the police are
worried that Ruby and Alfie could be hurt when Craig comes home after using
cocaine and drinking and shouts and breaks things, and that they will go
without meals, clean clothes and school because Toni's depression means she
stays in bed for most of the day.

## Safety goals

Children's Services will be able to close the plan when, for at least six
months:

- Ruby and Alfie are looked after every day by an adult who is up and
  sober, and who gets them fed, washed and to school on time.
- Ruby and Alfie never see or hear an adult being violent or smashing
  things at home.

## What's working well

- Toni walks the children to school on the days she feels able to.
- Bev has the children every Sunday and has offered to do more.
- Craig agreed at the conference to go to Narrowdene Recovery Service.
- Both parents came to the conference and signed the plan.

## Scaling

0 means the children will definitely be hurt or neglected; 10 means they
are safe enough for the plan to close. Social worker 3, school 3, police
2, Bev 4, Toni 6, Craig 7.

## Safety plan – who will do what

| # | What will happen | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Ruby and Alfie at home, one visit in three unannounced, and check there is food in the cupboards and the beds are made up | Joel Adeyemi (SW) | Weekly from 22/01/2026 until the review conference | Visit records say what food there was and whether the beds were clean |
| 2 | See her GP and go back on her antidepressants | Toni | When she feels ready | Prescription seen by the SW |
| 3 | Go to Narrowdene Recovery Service for an assessment and stop using cocaine | Craig | First appointment by 06/02/2026, then weekly | Craig shows the SW his appointment letters and his test results each month |
| 4 | Parenting assessment of Toni and Craig | Joel Adeyemi (SW) | By 13/03/2026 | - |
| 5 | Check Ruby's and Alfie's attendance every day and give them a place at breakfast club | Mrs Denise Hartley, DSL, Sallowfield Primary | Every school day from 21/01/2026 | Attendance e-mailed to the SW each Friday; both children at 95% by the review |
| 6 | Have Ruby and Alfie every Sunday and after school on Wednesdays | Bev Hollis (maternal grandmother) | Every Sunday and Wednesday from 21/01/2026 | Bev texts the SW when the children arrive and when they leave |
| 7 | Children's clothes and bedding to be washed and dried twice a week | - | Every Monday and Thursday | Clean bedding and uniform seen at SW visits |
| 8 | Help Toni make and use a daily routine chart (getting up, the school run, tea) | Leanne Price, family support worker, Narrowdene Family Hub | Weekly for eight weeks from 27/01/2026 | Routine chart on the fridge, ticked each day, seen at SW visits |
| 9 | Refer the family to the Narrowdene Family Group Conference service so that the wider family can plan who steps in | Joel Adeyemi (SW) | By 30/01/2026 | Referral acceptance on file; the family's plan shared at core group 2 |
| 10 | Not come home after drinking or using, and stay at his brother's on those nights | Craig | Every weekend from 24/01/2026 | No police call-outs; Toni and Bev tell the SW at each visit whether he came home |

## If the safety plan isn't followed

- If Craig comes home under the influence or the police are called to Pell
  Street, Toni will ring 999, Joel will hold a strategy discussion the same
  day, and Ruby and Alfie will stay with Bev at 6 Cutler Lane that night.
- If the children are found without an adult who is up and sober, or miss
  two school days in a row without a reason, Joel will visit the same day
  and the children will stay with Bev until the next core group.
- If Bev cannot have them, Joel will place Ruby and Alfie together with
  Narrowdene foster carers the same day.
- If there are two more police call-outs, or the children's attendance is
  still below 90% at the core group on 17/03/2026, Joel will ask Fiona Blake
  for a legal planning meeting.

## Core group and review

The core group will meet every four weeks at Sallowfield Primary, at 9am:
03/02/2026, 03/03/2026 and 31/03/2026.

Review child protection conference: date to be arranged by the conference
team.
""",
    "findings": [
        F("T002", "See her GP and go back on her antidepressants"),
        F("M001", "Parenting assessment of Toni and Craig"),
        F("W001", "Children's clothes and bedding to be washed and dried"),
        F("F003"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan for a 12-year-old autistic boy who does
#    not speak; father with early-onset Alzheimer's disease, mother working
#    nights, aunt helping. Plain text with a boxed header (the next review
#    date there), "How Bence tells us things", fixed-width wrapped action
#    columns, an IF / THEN table and a meetings table. Exemplary (txt)
# ---------------------------------------------------------------------------
_NIMBERWICK_ACTIONS = _grid(
    ["NO", "WHAT WILL HAPPEN", "WHO", "WHEN", "HOW WE WILL KNOW"],
    [4, 32, 20, 17, 28],
    [
        ["5.1",
         "Visit Bence at home every week, alternating a weekday evening when Erika is at work with a "
         "weekend, and see him at school once a month, using his picture board",
         "Lauren Tait, SW",
         "Weekly from 28/01/2026 until the second review",
         "Visit records note who was caring for Bence, whether he was washed and fed, and what he showed "
         "with his signs or board"],
        ["5.2",
         "Assess how Andras's dementia is likely to progress over the next six months, which parts of "
         "Bence's care he can still do safely, what would have to change and the likely timescale",
         "Dr Aisling Byrne, consultant psychiatrist, Nimberwick Memory Assessment Service",
         "Written assessment by 27/02/2026",
         "Assessment letter to the SW by 27/02/2026, shared at the core group on 10/03/2026"],
        ["5.3",
         "Review Andras's Care Act assessment and arrange an evening sitter on the nights Erika works, so "
         "that Andras is never Bence's only carer after 6pm",
         "Tom Kerrigan, Andras's social worker, Nimberwick Adult Social Care",
         "Sitter in place by 13/02/2026, then every night Erika works",
         "Care and support plan copied to the SW; the sitter's visit log shows every shift covered"],
        ["5.4",
         "Carer's assessment for Erika, including the help she needs to care for Bence and Andras at the "
         "same time",
         "Tom Kerrigan, Nimberwick Adult Social Care",
         "By 20/02/2026",
         "Erika's carer's support plan copied to the SW, naming the help she gets with Bence's evenings"],
        ["5.5",
         "Work no more than two night shifts a week, and only on nights when Ilona or the sitter has "
         "confirmed they will be with Bence",
         "Erika Szabo (Mum)",
         "From 02/02/2026",
         "Erika gives the SW her rota each month; the overnight log names an adult for every night she "
         "works"],
        ["5.6",
         "Stay overnight at Tanners Walk on the nights Erika works and give Bence his breakfast before the "
         "school bus",
         "Ilona Farkas (maternal aunt)",
         "Every Tuesday and Wednesday night from 27/01/2026",
         "Ilona signs the overnight log on the fridge; the SW checks it at every visit"],
        ["5.7",
         "Write in Bence's home-school book what he has shown or signed each day, and ring the SW the same "
         "day if he arrives unwashed, hungry or distressed",
         "Mrs Funmi Adeyinka, class teacher and deputy DSL, Oakhill School",
         "Every school day",
         "Home-school book copied to the SW every two weeks; same-day calls logged on the school's system"],
        ["5.8",
         "Update Bence's communication passport and show Andras, Ilona and the sitter how to read his "
         "signs and his board",
         "Kate Ferriby, speech and language therapist, Nimberwick Children's Therapies",
         "By 27/02/2026",
         "Updated passport kept at home and at school; each adult signs that they have been shown it"],
        ["5.9",
         "Short break stays at Willowbank, so that Bence has settled nights and Erika can rest",
         "Mark Osei, short breaks co-ordinator, Disabled Children's Team",
         "One weekend a month from 13/02/2026",
         "Willowbank's stay record sent to the SW; Bence's photos of each stay added to his happy book"],
        ["5.10",
         "Spend time with Bence every day doing what he enjoys (trains, the park), with Erika, Ilona or the "
         "sitter in the house",
         "Andras Szabo (Dad)",
         "Every day from 28/01/2026",
         "Erika notes it in the home diary; the SW sees them together at one visit a month"],
    ],
)

_NIMBERWICK_IF_THEN = _grid(
    ["IF", "THEN"],
    [38, 62],
    [
        ["Andras is left as Bence's only carer in the evening or at night (no sitter, no Ilona, Erika at "
         "work)",
         "Erika comes home or Ilona collects Bence; Lauren, or the out-of-hours team, visits that evening; a "
         "strategy discussion is held the next working day."],
        ["Andras takes Bence out of the house at night, leaves the gas on, or Bence is hurt",
         "Erika or Ilona rings 999 if Bence is missing; Bence stays with Ilona at 3 Brook Mews until a "
         "strategy discussion the same day; Tom Kerrigan reviews Andras's care the same day."],
        ["Ilona cannot stay (ill or away) or the sitter does not come",
         "The other one covers. If neither can, Erika does not work that night; if she cannot avoid it, "
         "Lauren arranges an emergency overnight stay at Willowbank, where Bence is known."],
        ["Not enough progress by the core group on 02/06/2026: another night alone with Andras, or Erika "
         "working nights with no adult named",
         "Lauren asks Sanjay Mehta for a legal planning meeting within five working days."],
    ],
)

_NIMBERWICK_MEETINGS = _grid(
    ["MEETING", "HOW OFTEN / WHERE", "DATES"],
    [12, 44, 44],
    [
        ["Core group", "Every six weeks, 4pm, Oakhill School (Erika, Andras, Ilona, school, SW, adult "
                       "social care, short breaks)",
         "10/03/2026, 21/04/2026, 02/06/2026, 14/07/2026"],
        ["Bence's views", "Lauren brings what Bence has shown her, and his happy book, to every meeting",
         "At every core group"],
    ],
)

PLANS.append({
    "name": "b127_nimberwick_rcpc_fixed_columns_non_verbal_szabo.txt",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plain-text-boxed-header-with-next-review-date-numbered-caps-sections-how-child-tells-us-things-non-verbal-by-the-review-we-will-see-then-fixed-width-wrapped-five-column-actions-if-then-aligned-table-meetings-table",
    "description": (
        "Exemplary first review conference plan for a 12-year-old autistic boy who does not speak, "
        "whose father has early-onset Alzheimer's disease and whose mother works nights. Plain "
        "text: the next review conference date is only in the boxed header, the boy's voice is 'How "
        "Bence tells us things' (his signs, picture board and behaviour as school, his aunt and "
        "the social worker see them), the outcomes are 'By the review we will see', and the actions "
        "are a fixed-width five-column table with wrapped cells. A memory assessment service gives "
        "its view of the likely course and timescale, adult social care owns two actions, the "
        "aunt's nights have a fallback, legal planning follows a named trigger, and the core group "
        "dates are in an aligned meetings table."
    ),
    "text": """\
NIMBERWICK COUNCIL        CHILDREN AND FAMILIES - DISABLED CHILDREN'S TEAM
REVIEW CHILD PROTECTION PLAN
+----------------------------------------------------------------------------+
| Child ......... Bence SZABO, DOB 22/08/2013 (12), Year 8, Oakhill School   |
| Address ....... 19 Tanners Walk, Nimberwick NM2 8EF                        |
| Parents ....... Erika Szabo (47), mother; Andras Szabo (54), father        |
| Family ........ Ilona Farkas (Erika's sister), 3 Brook Mews, Nimberwick    |
| Category ...... Neglect                                                    |
| Plan agreed ... First review conference, 27/01/2026 (chair: Lorna Pike)    |
| NEXT REVIEW ... Second review conference, Tuesday 21/07/2026, 10am,        |
|                 Nimberwick Civic Centre                                    |
| Social worker . Lauren Tait (team manager: Sanjay Mehta)                   |
+----------------------------------------------------------------------------+

1. WHY BENCE HAS A PLAN

Andras was diagnosed with early-onset Alzheimer's disease in June 2025.
Erika works nights as a care assistant, and on those nights Andras was
Bence's only carer. In September and October 2025 Andras twice left the gas
hob on, and on 18/10/2025 he took Bence to the shop at 11pm and could not
find the way home; the police found them three miles away, with Bence
barefoot and very distressed. Bence was often sent to school in the same
clothes and hungry after nights when Erika was at work. The initial
conference was on 04/11/2025.

2. WHAT HAS CHANGED SINCE THE INITIAL CONFERENCE

A gas cut-off valve was fitted on 20/11/2025. Erika has cut her night shifts
from three a week to two, and Ilona has stayed on most of those nights. The
memory service saw Andras in December and started him on medication. There
have been no more night-time incidents, but on two nights in December
Andras was alone with Bence when Ilona was ill.

3. HOW BENCE TELLS US THINGS

Bence is autistic and does not use speech. He uses about 40 Makaton signs,
a picture board and his behaviour to tell us how he is; his communication
passport explains each of these. Since the last conference:

- School (Mrs Adeyinka): after nights with Ilona he comes in calm, signs
  "breakfast" and "good" and goes straight to his work tray. After one of
  the December nights alone with his dad he came in rocking, pressed his
  hands over his ears, and pointed to "sad" and "home" on his board.
- Home (SW visit, 13/01/2026): he took Lauren's hand, led her to the
  kitchen, pointed at the hob and signed "off". Later he sat close to Andras
  on the sofa watching trains and laughed when his dad made the engine
  noises.
- With Ilona: he brings her his shoes and coat as soon as she arrives,
  which she reads as asking for their walk to the park.
- At Willowbank (short break, 09/01/2026): he ate well, slept through, and
  chose the trampoline photo for the "happy" page of his book.

What we think Bence is telling us: he loves his dad and wants him around,
and he is frightened when the adult looking after him at night is confused.

4. BY THE REVIEW WE WILL SEE

4.1 Bence cared for every evening and night by an adult who can keep him
    safe, and never alone at night with his dad.
4.2 Bence arriving at school every day washed, fed, in clean clothes and
    calm.
4.3 Bence still having warm time with his dad every day, with another adult
    in the house.
4.4 Every adult who looks after Bence able to read his signs and his board,
    so that he can tell them when something is wrong.

5. ACTIONS

""" + _NIMBERWICK_ACTIONS + """
6. IF THINGS GO WRONG

""" + _NIMBERWICK_IF_THEN + """
7. MEETINGS

""" + _NIMBERWICK_MEETINGS + """
Printed from the Nimberwick children's case record, 28/01/2026. Copies to
Erika, Andras (large print), Ilona and every core group member.
""",
    "findings": [],
})
