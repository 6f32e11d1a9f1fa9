"""Batch 119, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans where good practice is written in ways a template-bound reader
could misread. Owners are given as initials defined once in an attendance
key ("KM - Kerry Moss, social worker") and then used alone; as "I" in a
letter signed by the social worker; as a parent's first name or "you" in a
letter addressed to the parents; as a team ("the 0-19 team", "Robin Ward");
and once for a group, in a bilingual "X will:" or "Lead agency" heading over a
list. Timescales are specific without being dates ("within 10 working days of
this conference", "before Lily leaves the neonatal unit", "each bath time",
"by the first core group", "end of spring term"), and dates come in many
forms (28/01/27, 03.02.27, w/c 8 March, Feb half term). Measures are written
as a sentence after the action inside its row or bullet, or as a "so that"
clause, a number to reach or a document to be sent. Sections carry no
template labels: "What Jayden told us" in a box, a drawing described, "When
we will be happy", "If things don't improve" in prose, review dates in a
closing paragraph, Welsh/English headings, a child's short version of the
plan before the professional one.

Five plans are exemplary (no findings): the Dendlebury two-column Action |
Detail table with an initials key (docx), the Dyffryn Wen bilingual plan with
owner lead-ins (docx), the Drossingham child's version followed by the
professional plan (pdf), the Dewlingcote themed numbered outline for a
premature baby (md) and the Dunnowby social worker's letter to the parents
(md). Two carry a realistic mix of faults among mostly good rows: the
Dittlesham core group minutes with an initials action log (pdf: a CPN who
only supports, an assessment with no output, "ASAP", "Professionals", a
feeling as a measure, no fallback for the aunt, no legal step) and the
Dorvenwick plain-text e-mail plan (txt: "asap", "ongoing", "The network", a
feeling as a measure, an assessment with no output, an adult-only outcome, no
child's voice, a contingency with no trigger and no fallback for the
grandmother, no legal step).

Counting actions (sample_plans/README.md, "Files" and convention 1): every
live row of an action table and every bullet or numbered step of an action
section counts once; a one-off row marked done and closed is not counted
(one, in the Dittlesham log); rows for continuing work marked "Achieved" or
"On track" still count. The child's short version at the front of the
Drossingham plan has no action section (it holds the children's words, what
we want for them and who to ring) and adds nothing to the count. Attendance
keys, worries, children's views, outcomes, contingencies, minutes items and
meeting dates are not actions. Owners given once in a "X will:" or "Lead
agency" heading own every bullet under it (convention 12, as extended in
batches 117 and 118).
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother's alcohol dependence, an 8-year-old and
#    a 3-year-old, grandmother nearby. Two-column Action | Detail table: the
#    owner (initials from the attendance key), the time and how we will know
#    are written as prose inside the Detail cell. "What Jayden told us" box,
#    "When we will be happy", "If things don't improve", review dates in a
#    closing paragraph. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_dendlebury_icpc_action_detail_initials_key_harrower.docx",
    "doc_title": "Child Protection Plan - Jayden and Rosie Harrower",
    "split": "tune",
    "actions": 10,
    "template": "icpc-word-plan-details-kv-attendance-key-with-initials-why-going-well-what-jayden-told-us-box-rosies-days-when-we-will-be-happy-then-two-column-action-detail-table-who-when-how-known-in-prose-if-things-dont-improve-prose-closing-meetings-paragraph",
    "description": (
        "Exemplary initial conference plan for an 8-year-old and a 3-year-old whose mother is "
        "dependent on alcohol. Everyone at the conference is listed once with initials (KM - Kerry "
        "Moss, social worker) and the plan then uses the initials alone. The action table has only "
        "two columns, Action and Detail; each Detail cell says in prose who (initials), when "
        "('within 10 working days of this conference', 'each session', 'from today, whenever "
        "Jayden rings') and what will be seen. Jayden's words and drawing are in a box, the "
        "outcomes are headed 'When we will be happy', the contingency is 'If things don't improve' "
        "prose with a fallback if the grandmother cannot help and a legal planning meeting on named "
        "triggers, and the meeting dates are in a closing paragraph. The recovery service reports "
        "on change and the GP shares information."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dendlebury Metropolitan Borough Council · Children's Services · Safeguarding Team North"),
        ("kv", [
            ("Children", "Jayden Harrower (8), DOB 03/05/2018, Year 3 at Castlegate Primary School; "
                         "Rosie Harrower (3), DOB 21/09/2023, Little Owls Nursery"),
            ("Address", "17 Fennel Street, Dendlebury DN7 3RP"),
            ("Mother", "Leanne Harrower (34)"),
            ("Father", "Shaun Harrower (37), lives in Aberdeen; phones the children most Sundays"),
            ("Maternal grandmother", "Pat Dobson, 4 Tansy Close, Dendlebury (five minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Thursday 14 January 2027, Dendlebury "
                           "Town Hall"),
        ]),
        ("h1", "Who was at the conference (initials used in this plan)"),
        ("bullets", [
            "AH – Ann Hepworth, independent reviewing officer (chair)",
            "KM – Kerry Moss, social worker, Dendlebury Children's Services",
            "GT – Gareth Tolley, team manager, Safeguarding Team North",
            "LH – Leanne Harrower, Jayden and Rosie's mum",
            "PD – Pat Dobson, maternal grandmother (Nana Pat)",
            "JW – Joanne Wray, recovery worker, Dendlebury Recovery Hub (adult drug and alcohol service)",
            "FO – Dr Femi Ogundipe, GP, Fennel Street Surgery",
            "SR – Simon Reeve, designated safeguarding lead, Castlegate Primary School",
            "CL – Claire Lund, Rosie's key worker, Little Owls Nursery",
            "NB – Nadia Bhatt, 0-19 practitioner, Dendlebury 0-19 team",
            "Apologies: PC Dan Farrow, Dendlebury Police Public Protection Unit (written report sent)",
        ]),
        ("h1", "Why Jayden and Rosie need a plan"),
        ("p", "Leanne has been drinking heavily since her partner left in the summer of 2025. She told the "
              "conference that most days she drinks about a litre of cider and half a bottle of vodka, usually "
              "starting at lunchtime. On 30 December 2026 a neighbour found Rosie alone on the landing of the "
              "flats at 9pm in her pyjamas; Leanne was asleep on the sofa and could not be woken for some "
              "minutes when the police arrived. Jayden was in bed."),
        ("p", "School and nursery describe the same pattern. Jayden was late 17 times in the autumn term and "
              "often says he has had no breakfast. Rosie missed 40% of her nursery sessions and arrives hungry. "
              "Jayden has been making Rosie's tea and putting her to bed on the evenings Leanne has been "
              "drinking."),
        ("h1", "What is going well"),
        ("p", "Leanne asked the Recovery Hub for help herself on 5 January 2027 and has been to two sessions. "
              "Both children are warmly attached to her and she knows their routines well. Pat lives five "
              "minutes away, already collects the children twice a week and has said she will have them "
              "whenever she is needed."),
        ("table", {
            "header": ["What Jayden told us"],
            "widths": [17.0],
            "rows": [[
                "KM saw Jayden on his own at school on 11 January 2027. He said: “When Mum's poorly from her "
                "drink I do Rosie's beans on toast and put her in my bed so she's not scared.” The worst thing, "
                "he said, is “when Mum won't wake up”, and the best thing is “Nana's on Thursdays because she "
                "does proper tea”.\n"
                "He drew his house with a big black cloud over the kitchen, where Mum keeps her bottles, and a "
                "sun over Nana's house. He wants his mum “to stop the drink and come to my assembly”."
            ]],
        }),
        ("h1", "What we have seen of Rosie's days"),
        ("p", "At nursery Rosie often eats two breakfasts. On the home visit of 8 January she followed Jayden "
              "from room to room, and when she banged her head on the table she went to him for a cuddle, not "
              "to her mum. She talks in short sentences, loves the sand tray and sings along at story time."),
        ("h1", "When we will be happy"),
        ("bullets", [
            "Jayden and Rosie are looked after every day by an adult who is sober, and neither of them is ever "
            "left alone in the flat or on the landing.",
            "Jayden gets to school on time with breakfast inside him and no longer has to feed Rosie or put her "
            "to bed.",
            "Rosie goes to every nursery session she is booked for, clean, fed and on time.",
            "Both children know who to ring if their mum has been drinking, and that adult comes straight away.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row says what will happen. The Detail column says who will do it (initials as above), "
              "when, and how we will all know it is happening."),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["See Jayden and Rosie at home, at least one visit in three unannounced, and speak to Jayden "
                 "on his own",
                 "KM, every week from w/c 18 January until the review conference, with one visit a fortnight "
                 "after 4pm. Her visit notes will show both children seen and what Jayden said, in his own "
                 "words."],
                ["Key-work sessions with Leanne, with a breath test at each one, and a written view on whether "
                 "her drinking is changing in ways Jayden and Rosie would notice",
                 "JW, Dendlebury Recovery Hub, every Tuesday from 19 January. Written report to KM two working "
                 "days before each core group, with the test readings and JW's view of whether Leanne can make "
                 "the changes and how long it is likely to take."],
                ["Drink no alcohol on any day she is looking after Jayden and Rosie, and go to every Tuesday "
                 "session at the Recovery Hub",
                 "LH, from today, every day. Breath tests at JW's sessions and at KM's unannounced visits read "
                 "zero, and JW's register shows every Tuesday attended."],
                ["Send KM a summary of Leanne's alcohol-related health history, blood results and any hospital "
                 "attendances since 2024",
                 "FO, within 10 working days of this conference (by 28/01/27). The GP letter will be on the "
                 "children's file before the first core group."],
                ["Check Jayden's attendance and how he arrives each morning, and ring KM the same day if he is "
                 "absent, late or hungry",
                 "SR, Castlegate Primary, every school day. Attendance printout e-mailed to KM each Friday and "
                 "calls logged on CPOMS. We are aiming for 95% attendance by the end of spring term, and late "
                 "no more than once a half-term."],
                ["Note Rosie's arrival time, who brought her and whether she has had breakfast, and ring KM the "
                 "same day with any worry",
                 "CL, Little Owls Nursery, each session (Monday, Tuesday and Thursday mornings). A weekly sheet "
                 "goes to KM, and the nursery daybook shows who dropped Rosie off each time."],
                ["Development review for Rosie, including her speech, height and weight, and help for Leanne to "
                 "register her with a dentist",
                 "NB, the 0-19 team, within six weeks of this conference (by 25 February). ASQ scores and the "
                 "dentist's registration letter sent to KM and CL."],
                ["Collect Jayden and Rosie from school and nursery on Tuesdays and Thursdays and give them their "
                 "tea",
                 "PD, every Tuesday and Thursday, walking them home at 6pm. Pat texts KM each Thursday night, and "
                 "KM asks the children about Nana's at her visits."],
                ["Be the adult Jayden rings if Mum has been drinking, and have both children to stay that night",
                 "PD, from today, whenever Jayden or Leanne rings, day or night. On her first visit KM will check "
                 "that Nana's number is saved in Jayden's phone; Pat texts KM by 9am the day after each call."],
                ["Three sessions of direct work with Jayden about his worries and who he can tell, using the "
                 "three houses",
                 "KM, the first before the first core group and all three by 11/03/27. Jayden's drawings and "
                 "his own words kept on file and brought to the review conference."],
            ],
        }),
        ("h1", "If things don't improve"),
        ("p", "If Leanne has been drinking while the children are in her care – a breath test above zero, a "
              "call from Jayden, school or nursery, or KM or Pat finding her under the influence – Pat will take "
              "Jayden and Rosie to 4 Tansy Close that day and KM will hold a strategy discussion with the police "
              "the same working day (the Emergency Duty Team will do this out of hours)."),
        ("p", "If Pat cannot look after the children, because she is ill, at work or cannot be reached, KM or "
              "the Emergency Duty Team will place Jayden and Rosie together with Dendlebury foster carers that "
              "night. If Pat cannot do her Tuesday and Thursday collections, both children will go to the "
              "Castlegate after-school club until 6pm, paid for by Children's Services, and KM will collect them "
              "or arrange for them to be collected."),
        ("p", "If Leanne has two positive breath tests, misses three Recovery Hub sessions, or either child is "
              "found alone again before the review conference, KM will ask GT for a legal planning meeting "
              "within five working days to decide whether to start the Public Law Outline."),
        ("h1", "Meeting again"),
        ("p", "The core group (LH, PD, KM, JW, SR, CL, NB and FO or a colleague from the surgery) will meet "
              "every four weeks at Castlegate Children's Centre at 3.30pm on Thursdays: 28 January, 25 February "
              "and 25 March 2027. The review child protection conference will be on Thursday 8 April 2027 at "
              "10am at Dendlebury Town Hall, chaired by AH. Before each core group KM will ask Jayden what has "
              "changed at home and bring his answer to the meeting."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a 14-month-old, mother with depression and
#    an overdose in January, father on night shifts, grandmother covering
#    the mornings. Welsh/English headings; the plan is written as lists under
#    "X will:" and "Lead agency" headings, most bullets starting with a verb.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_dyffrynwen_bilingual_headings_owner_lead_ins_maddocks.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cerys Maddocks",
    "split": "tune",
    "actions": 13,
    "template": "welsh-council-icpc-word-plan-bilingual-welsh-english-headings-kv-fields-why-cerys-has-a-plan-cerys-day-what-we-want-then-plan-as-lists-under-x-will-and-lead-agency-subheadings-bullets-starting-with-verbs-if-things-dont-improve-meetings",
    "description": (
        "Exemplary initial conference plan from a Welsh council for a 14-month-old whose mother "
        "has depression and took an overdose in January, while the father works nights. Every "
        "heading is in Welsh and English. The plan is set out by who leads: an 'X will:' "
        "subheading (the social worker, the health visitor, the GP, Sioned, Liam, Nain, the Early "
        "Steps worker) over bullets that begin with a verb, and a 'Lead agency' subheading for the "
        "community mental health team whose bullets name the CPN and the psychiatrist, both asked "
        "to report on capacity to change. Each bullet has its time and what will be seen. Cerys's "
        "day is described from visits, outcomes are 'What we want for Cerys', the contingency "
        "covers Nain being unable to come and names a legal planning meeting, meeting dates set."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Dyffryn Wen / Dyffryn Wen County Council · Gwasanaethau Plant / Children's Services"),
        ("kv", [
            ("Plentyn / Child", "Cerys Maddocks, 14 months (DOB 02/11/2025)"),
            ("Cyfeiriad / Address", "Fflat 3, 21 Heol y Bont, Dyffryn Wen DW4 2NS"),
            ("Mam / Mother", "Sioned Maddocks (24)"),
            ("Tad / Father", "Liam Jenkins (27), lives with Sioned and Cerys; works nights at the Pengarth "
                             "distribution centre, Wednesday to Saturday"),
            ("Nain / Grandmother", "Gwen Maddocks, Sioned's mother, 9 Stryd y Capel (a ten-minute walk)"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Cynhadledd / Conference", "Initial child protection conference, 19/01/2027, Canolfan Ddinesig "
                                        "Dyffryn Wen. Chair: Alun Rowlands"),
            ("Gweithiwr cymdeithasol / Social worker", "Bethan Howells (team manager: Nia Griffiths)"),
            ("Iaith / Language", "Sioned prefers to speak Welsh and Liam speaks English. Every worker named "
                                 "below speaks Welsh or will bring an interpreter."),
        ]),
        ("h1", "Pam mae gan Cerys gynllun / Why Cerys has a plan"),
        ("p", "Sioned has had depression since Cerys was born, and in December she told her GP that she had "
              "thoughts of harming herself. Cerys's weight has fallen from the 50th to the 9th centile since "
              "September. Twice in December the health visitor found Cerys in her cot at 1pm with a full nappy "
              "and an empty bottle, with Sioned asleep and Liam asleep after his night shift. On 04/01/2027 "
              "Sioned took an overdose of paracetamol. Gwen found her, called an ambulance and took Cerys home "
              "with her; Cerys had been on her own in her cot."),
        ("p", "Sioned was in hospital for two nights and is now seen by the community mental health team. She "
              "and Liam both told the conference they want help and agree with this plan."),
        ("h1", "Diwrnod Cerys / Cerys's day"),
        ("p", "Bethan visited on 06/01/2027 and 13/01/2027. Cerys pulled herself up on the sofa, babbled "
              "“na-na” when Gwen came in and held her arms up to her. With Sioned she was quiet and watchful, "
              "and she did not cry when Sioned left the room. She ate a whole bowl of porridge very fast and "
              "looked round for more. She has a knitted sheep from Nain that she holds to fall asleep. Liam "
              "says she wakes at about 3am most nights and settles when he gives her a bottle."),
        ("h1", "Beth rydym eisiau i Cerys / What we want for Cerys"),
        ("bullets", [
            "Cerys is fed, changed and played with through the day, and her weight is back on the 25th centile "
            "or above.",
            "Cerys always has an adult who is awake and well enough to look after her when she is awake.",
            "Cerys has a mum who notices what she needs and answers her, and she is kept safe whenever Sioned "
            "is unwell.",
            "Cerys hears Welsh and English at home and at Ti a Fi, and her first words keep coming.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("p", "The plan is set out by who leads each part. Everything listed under a name is that person's or "
              "that service's to do."),
        ("h3", "Bethan Howells, gweithiwr cymdeithasol / social worker, will:"),
        ("bullets", [
            "See Cerys at home every week until the review conference, at least one visit in three unannounced, "
            "and write on each visit record where Cerys was, whether she was clean and fed, and how Sioned and "
            "Liam responded to her.",
            "Hold a family network meeting with Sioned, Liam, Gwen and Liam's sister Kelly before the first "
            "core group on 02/02/2027, and send everyone the written network plan saying who covers each "
            "morning if Gwen cannot.",
        ]),
        ("h3", "Siân Pugh, ymwelydd iechyd / health visitor (0-19 team), will:"),
        ("bullets", [
            "Weigh Cerys every other Monday at Clinig Heol Las from 25/01/2027 and plot each weight in her red "
            "book, so that the core group can see her climb back to the 25th centile by the review.",
            "Complete Cerys's 15-month development check by 05/03/2027 and send Bethan the scores and any "
            "referral made the same week.",
        ]),
        ("h3", "Asiantaeth arweiniol / Lead agency: Tîm Iechyd Meddwl Cymunedol / Community Mental Health Team"),
        ("bullets", [
            "Mererid Lloyd (CPN) will visit Sioned at home every other Wednesday, check her mood and her "
            "tablets, and write to Bethan before each core group saying whether Sioned is making the changes "
            "Cerys needs and how long further change is likely to take.",
            "Dr Huw Rees (consultant psychiatrist) will assess Sioned's capacity to change, the steps needed "
            "and the likely timescale, and send his written report to Bethan and the core group by "
            "26/02/2027.",
        ]),
        ("h3", "Dr Anwen Price, meddyg teulu / GP, Meddygfa'r Bont, will:"),
        ("bullets", [
            "Tell Bethan in writing within two working days if Sioned misses a medication review or does not "
            "collect a prescription, and send a short written update before each core group.",
        ]),
        ("h3", "Sioned will:"),
        ("bullets", [
            "Take Cerys to Ti a Fi at Canolfan y Bont every Thursday morning from 21/01/2027; the group leader, "
            "Elin Hughes, signs the attendance card that Sioned keeps in Cerys's bag.",
            "Write down every feed, nappy and nap on the chart on the fridge each day; Bethan and Siân read the "
            "chart at every visit.",
        ]),
        ("h3", "Liam will:"),
        ("bullets", [
            "Give Cerys her tea, bath and bottle and put her in her cot by 7.30pm on his nights off (Sunday to "
            "Tuesday), and write it on the fridge chart.",
        ]),
        ("h3", "Nain, Gwen Maddocks, will:"),
        ("bullets", [
            "Be at the flat from 8am to 1pm every Thursday to Sunday morning, while Liam sleeps after his night "
            "shifts, and sign the visitors' sheet by the door, which Bethan checks at her visits.",
            "Have Cerys to stay at 9 Stryd y Capel every Friday night, and text Bethan when Cerys goes home on "
            "the Saturday.",
        ]),
        ("h3", "Owain Bowen, gweithiwr teulu Camau Cynnar / Early Steps family worker, will:"),
        ("bullets", [
            "Run eight weekly play and routine sessions with Sioned and Cerys at home from 25/01/2027, and "
            "score how Sioned responds to Cerys at the first and eighth sessions; both scores go to the core "
            "group.",
        ]),
        ("h1", "Os na fydd pethau'n gwella / If things don't improve"),
        ("bullets", [
            "If Sioned says she has thoughts of harming herself or Cerys, or is found unable to care for Cerys "
            "(asleep and not waking, or too unwell to feed her): the adult with her rings 999 if Sioned is at "
            "risk, Gwen takes Cerys to 9 Stryd y Capel that day, Bethan holds a strategy discussion the same "
            "day and the crisis team is asked to see Sioned the same day.",
            "If Gwen cannot come in the mornings, because she is ill or cannot manage: Kelly Jenkins covers. If "
            "neither can, Liam does not work that night; if that cannot be arranged, Bethan places Cerys with "
            "Dyffryn Wen foster carers that day, with Sioned in a parent and child placement if that is safe.",
            "If Cerys loses weight at two weighs in a row, or Dr Rees's report says Sioned cannot make the "
            "changes within Cerys's timescale, Bethan will ask Nia Griffiths for a legal planning meeting "
            "within five working days.",
        ]),
        ("h1", "Cyfarfodydd / Meetings"),
        ("bullets", [
            "Grŵp craidd / Core group: every four weeks, Tuesdays at 10am, Canolfan y Bont – 02/02/2027, "
            "02/03/2027 and 30/03/2027.",
            "Cynhadledd adolygu / Review conference: Tuesday 13/04/2027, 10am, Canolfan Ddinesig Dyffryn Wen.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, domestic abuse by the father (now on bail and
#    living elsewhere), an 11-year-old and a 6-year-old. The 11-year-old's
#    own short version comes first (his words, his sister's drawing, what we
#    want for them, who to ring), then the professional plan with a five-
#    column table. Word printed to PDF with a page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_drossingham_childs_version_then_professional_table_esposito.pdf",
    "doc_title": "Child Protection Plan - Luca and Mia Esposito",
    "split": "tune",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE | Drossingham Borough Council Children's Services",
    "footer": "Child protection plan – Luca and Mia Esposito – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "icpc-plan-printed-to-pdf-page-header-footer-childs-short-version-first-what-you-told-us-box-sisters-drawing-what-we-want-if-you-are-worried-then-professional-version-details-why-views-outcomes-numbered-what-who-when-how-well-know-table-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 6-year-old after their "
        "father assaulted their mother in front of them; he is on bail and living elsewhere. A Word "
        "document printed to PDF with a page header and footer. It opens with Luca's own short "
        "version (his words in a box, his sister's drawing described, what we want for them, who "
        "to ring if he is scared), which has no action section, and then gives the professional "
        "plan: details, why there is a plan, outcomes and a numbered table with Who, When and How "
        "we'll know for every row, including a relative's Wednesday teas, a father's course, "
        "supervised contact, CAMHS and an IDVA. The contingency has triggers, a fallback if the "
        "grandfather cannot help, and a legal planning meeting; core group and review dates set."
    ),
    "blocks": [
        ("title", "Luca's plan – the short version"),
        ("p", "Luca, this is the short version of the plan that was made at the meeting on Wednesday 3 "
              "February. You asked for your own copy. The grown-ups' version starts on the next page. Your mum "
              "has a copy too, and you can read it with Hannah whenever you like."),
        ("table", {
            "header": ["What you told us"],
            "widths": [17.0],
            "rows": [[
                "You told Hannah on 28 January that the worst night was “when Dad smashed the telly and Mum was "
                "crying on the stairs”. You took Mia into your room and turned your music up so she would not "
                "hear. You said you miss your dad “but only the normal dad, not the shouting one”, and you want "
                "to see him “somewhere safe, like the contact place, with someone there”. You gave home 4 out of "
                "10 and school 8 out of 10."
            ]],
        }),
        ("table", {
            "header": ["What Mia showed us"],
            "widths": [17.0],
            "rows": [[
                "Mia drew her family for Hannah: Mum, Luca, Mia and the cat inside the house, and Dad outside "
                "the window with rain falling on him. She said Dad is “outside because of the shouting” and that "
                "she wants “no more shouting, ever”. Then she drew a rainbow over everyone."
            ]],
        }),
        ("h2", "What we all want for you and Mia"),
        ("bullets", [
            "You and Mia feel safe at home and never see or hear any more fighting.",
            "You can see your dad at the contact centre, with someone there to make sure it goes well.",
            "You can sleep at night and go to school without worrying about your mum.",
        ]),
        ("h2", "If you are worried or scared"),
        ("bullets", [
            "Ring 999 straight away if Dad comes to the house or anyone is being hurt.",
            "Tell Mr Sandhu at school, or ring Hannah on 01632 960 418.",
            "You can always go to Grandad Tony's at 12 Mill Lane.",
        ]),
        ("pagebreak",),
        ("h1", "Child Protection Plan – professional version"),
        ("kv", [
            ("Children", "Luca Esposito (11), DOB 14/06/2015, Year 7 at Hollins Academy; Mia Esposito (6), DOB "
                         "09/10/2020, Year 2 at St Aldhelm's Primary"),
            ("Mother", "Jade Esposito (33), 31 Wicker Row, Drossingham DR3 8TF"),
            ("Father", "Marco Esposito (36), now at 5 Canal Wharf, Drossingham; bail conditions not to contact "
                       "Jade or go to Wicker Row"),
            ("Maternal grandfather", "Tony Burgess, 12 Mill Lane, Drossingham"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, 03/02/2027. Chair: Rhona McAllister (IRO)"),
            ("Social worker", "Hannah Lowry (team manager: Steve Ibbotson)"),
        ]),
        ("h2", "Why there is a plan"),
        ("p", "On 19/01/2027 Marco assaulted Jade in the living room while both children were at home; Luca "
              "rang 999. Police had been called to the house three times in 2026 after arguments. Marco has "
              "been charged with assault and is on bail. Jade has ended the relationship and wants the children "
              "to keep seeing their father safely. Since January Luca has been in trouble at school for "
              "fighting, and Mia has wet the bed most nights and asks Jade every evening whether the door is "
              "locked."),
        ("h2", "The children's views"),
        ("p", "Luca's and Mia's own words are on page 1. Hannah saw each of them on their own, Luca at school "
              "and Mia at home. Luca wants his own copy of every plan and asked that his teachers are not told "
              "the details."),
        ("h2", "Outcomes for Luca and Mia"),
        ("bullets", [
            "Luca and Mia live free from domestic abuse and do not see or hear violence between adults.",
            "Their contact with their father happens only where it is supervised, and both children say it "
            "feels safe.",
            "Luca's attendance stays at 95% or more and he has an adult at school he talks to every week.",
            "Mia's sleep settles and she is dry at night on most nights by the review.",
        ]),
        ("h2", "Action plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 5.2, 3.4, 3.2, 4.2],
            "rows": [
                ["1",
                 "Visit Luca and Mia at home, one visit in three unannounced, and see each child on their own",
                 "Hannah Lowry, SW",
                 "Weekly from w/c 8 February until the review",
                 "Visit records show both children seen every week, each seen alone, with their words written "
                 "down"],
                ["2",
                 "Flag 31 Wicker Row as a priority address and tell Hannah about any call or any sighting of "
                 "Marco",
                 "DC Rob Hale, Drossingham Police Domestic Abuse Unit",
                 "Flag by 05/02/27; any call reported the same day",
                 "Flag confirmed by e-mail to Hannah; every call on the case file within 24 hours"],
                ["3",
                 "Safety planning with Jade, including the children's part in the plan and a check of the locks "
                 "and doors",
                 "Kirsty Bell, IDVA, Drossingham Safe Haven",
                 "Weekly for eight weeks from 08/02/27",
                 "Written safety plan on file by 19/02/27; new locks and a door chain fitted, seen by Hannah"],
                ["4",
                 "Keep to the agreement that Marco does not come to the house and that the children see him "
                 "only at the contact centre",
                 "Jade Esposito (Mum)",
                 "Every day from 03/02/27",
                 "No police calls or sightings logged; the children tell Hannah at visits where they have seen "
                 "their dad"],
                ["5",
                 "Go to the assessment session and then the 26-week Change Course for men who have been "
                 "abusive to a partner",
                 "Marco Esposito (Dad); course worker Pete Lomax reports to Hannah",
                 "Assessment by 26/02/27; weekly sessions from 04/03/27",
                 "Attendance report from Pete Lomax after every fourth session"],
                ["6",
                 "Supervised contact for Luca and Mia with their dad",
                 "Drossingham Family Contact Centre (supervisor Maria Kent)",
                 "Every other Saturday, 10am to 12 noon, from 13/02/27",
                 "Contact notes to Hannah within two working days of each session, saying how each child was "
                 "before, during and after"],
                ["7",
                 "Meet Luca each week to talk about how he is getting on, and check his attendance",
                 "Mr Deepak Sandhu, DSL, Hollins Academy",
                 "Every Monday, period 1",
                 "Check-ins logged on CPOMS; attendance e-mailed to Hannah each Friday; 95% or more at the "
                 "review"],
                ["8",
                 "Tell Hannah the same day about any worry about Mia, including tiredness, wet clothes or what "
                 "she says about home",
                 "Mrs Olivia Grant, DSL, St Aldhelm's Primary",
                 "Each school day",
                 "Calls logged on CPOMS and on the case file; weekly attendance to Hannah"],
                ["9",
                 "Six sessions with Luca on sleep and worry, with a sleep diary kept between sessions",
                 "Amy Cole, primary mental health worker, Drossingham CAMHS",
                 "First session by 26/02/27; all six by the review",
                 "Sleep diary and Luca's worry score at sessions 1 and 6 shared with Hannah"],
                ["10",
                 "See Mia about her bed-wetting and give Jade a plan for the nights",
                 "Bridget Ono, school nurse, Drossingham 5-19 team",
                 "Within four weeks of this conference",
                 "Continence plan on file; Jade's wet and dry chart shows more dry nights, checked by Hannah at "
                 "each visit"],
                ["11",
                 "Go to the 12-week Moving On group, so that she understands how what happened affects Luca and "
                 "Mia and how to talk to them about it",
                 "Jade Esposito; place booked by Kirsty Bell",
                 "Thursdays, 11/02/27 to 29/04/27",
                 "Group register shows 10 or more sessions; end-of-group letter to Hannah"],
                ["12",
                 "Collect Mia from school every Wednesday and give both children their tea at Mill Lane",
                 "Tony Burgess (maternal grandfather)",
                 "Every Wednesday, 3.15pm to 6.30pm",
                 "Tony texts Hannah each Wednesday evening; the school's collection log shows his name"],
            ],
        }),
        ("h2", "Contingency plan"),
        ("bullets", [
            "If Marco comes to Wicker Row, contacts Jade or the children outside the contact centre or breaks "
            "his bail conditions: Jade or the children ring 999 and DC Hale's unit treats it as a priority "
            "call; Hannah holds a strategy discussion the same working day; the children stay with Tony at 12 "
            "Mill Lane that night if Jade is hurt or the house is not safe.",
            "If Tony cannot have them, or cannot do the Wednesday collection: Hannah or the Emergency Duty Team "
            "places Luca and Mia together with foster carers that night, or Kirsty arranges a refuge space for "
            "Jade and the children the same day; on Wednesdays Mia goes to the school's after-school club "
            "until Jade finishes work.",
            "If Jade lets Marco into the house or arranges contact herself, or Marco misses three Change "
            "Course sessions, Hannah will ask Steve Ibbotson for a legal planning meeting within five working "
            "days.",
        ]),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 4pm, Wicker Row Family Hub: 17/02/27, 17/03/27 and "
            "14/04/27.",
            "Review child protection conference: Wednesday 28/04/27, 2pm, Drossingham Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Minutes of the second core group, mother with depression and anxiety,
#    her partner using cocaine at weekends, a 13-year-old and a 5-year-old,
#    an aunt doing teas and Saturday nights. Numbered minutes with an
#    attendance list of initials, then an action log whose Lead column uses
#    the initials; one one-off row done and closed. Word printed to PDF with
#    a page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_dittlesham_core_group_minutes_initials_action_log_skerritt.pdf",
    "doc_title": "Core Group Minutes - Kai Skerritt and Alfie Tully - 22.02.27",
    "split": "tune",
    "actions": 12,
    "header": "Dittlesham Council – Children's Social Care – OFFICIAL SENSITIVE",
    "footer": "Core group 2 – Skerritt/Tully – 22.02.27 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "core-group-minutes-printed-to-pdf-page-header-footer-attendance-list-initials-then-numbered-minutes-updates-childrens-views-outcomes-then-action-log-ref-action-lead-initials-due-evidence-status-closed-row-contingency-restated-next-meetings",
    "description": (
        "Minutes of the second core group for a 13-year-old and a 5-year-old whose mother has "
        "depression and anxiety and whose mother's partner uses cocaine at weekends; a Word "
        "document printed to PDF with a page header and footer. The attendance list gives each "
        "person's initials and the action log's Lead column uses them; a dentist registration is "
        "done and closed (not counted). Most rows are sound: visits, the drug service's report on "
        "change, the aunt's teas and Saturday nights, the schools' checks, the GP letter carried "
        "forward. Faults: the CPN only supports the mother, the parenting assessment has no "
        "output, the school nurse's health check is 'ASAP', 'Professionals' share incidents, and "
        "the parents' time-out plan is measured by things feeling calmer; the contingency sends "
        "the boys to the aunt with no fallback if she cannot, and names no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("kv", [
            ("Children", "Kai Skerritt (13), DOB 08/07/2013, Year 8 at Marsh Lane Academy; Alfie Tully (5), "
                         "DOB 19/04/2021, Reception at Greengate Infants"),
            ("Address", "6 Rushmere Close, Dittlesham DT2 5QB"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "11.01.27. Chair: Sandra Okoye (IRO)"),
            ("This meeting", "Core group 2, Monday 22.02.27, 4pm, Greengate Family Centre"),
            ("Minutes", "Carys Dunn, business support"),
        ]),
        ("h1", "Present (initials used in these minutes and the action log)"),
        ("bullets", [
            "JO – Jess Ocampo, social worker (chair)",
            "NS – Nicola Skerritt, Mum",
            "WT – Wayne Tully, Mum's partner and Alfie's dad",
            "DS – Dawn Skerritt, maternal aunt",
            "RH – Rachel Hurd, CPN, Dittlesham Community Mental Health Team",
            "LP – Lewis Parr, recovery worker, Dittlesham Drug and Alcohol Service (DDAS)",
            "HK – Hayley Kerr, DSL, Marsh Lane Academy",
            "TA – Tom Addo, headteacher and DSL, Greengate Infants",
            "SN – Sue Naylor, school nurse, Dittlesham 5-19 team",
            "Apologies: Dr Imran Shah, GP, Rushmere Surgery (no update sent)",
        ]),
        ("h1", "1. Purpose of the meeting"),
        ("p", "JO reminded everyone that the core group checks that the plan agreed at the initial conference "
              "is happening and is making Kai and Alfie safer, and that the review conference is on 12.04.27."),
        ("h1", "2. Updates since core group 1 (25.01.27)"),
        ("p", "NS said her mood is a bit better since her tablets were changed but she still has days when she "
              "cannot get out of bed. RH has visited twice. NS has not had a medication review with the GP yet."),
        ("p", "WT said he has not used cocaine since 30 January. LP confirmed the February screen was negative "
              "and that WT has been to four of five Thursday key-work sessions."),
        ("p", "DS has collected Alfie every Tuesday and Thursday and had both boys every Saturday night. She "
              "said she is happy to keep going but her shifts at the care home change in April."),
        ("p", "HK: Kai's attendance this half term is 88%, up from 79%. He has met his mentor every week. TA: "
              "Alfie arrives clean and on time and his attendance is 97%; twice in February he said he was "
              "hungry."),
        ("p", "JO has visited fortnightly and seen Kai on his own at each visit. The parenting assessment has "
              "not started yet because of NS's illness; JO will start it this week."),
        ("h1", "3. Kai's and Alfie's views"),
        ("p", "Kai (seen on his own at home, 17.02.27): “It's better when Auntie Dawn has us on Saturdays "
              "because nobody's off their head. Mum's still sad a lot. I don't want to go in care, I just want "
              "Wayne to stop the stuff.” He put home at 5 out of 10, up from 3 in January."),
        ("p", "Alfie (seen at home, 17.02.27) drew a picture of his family with a big bed for Mummy “because "
              "she's always tired”. He showed JO his Lego and said his favourite day is Saturday at Auntie "
              "Dawn's."),
        ("h1", "4. Outcomes (from the plan agreed at the initial conference)"),
        ("bullets", [
            "Kai and Alfie are cared for every day by an adult who is sober and not under the influence of "
            "drugs.",
            "Kai and Alfie get to school every day, fed and on time, and Kai's attendance reaches 95%.",
            "Kai no longer has to look after Alfie or his mum, and has time for football and his friends.",
            "Alfie and Kai do not hear arguments between the adults at home.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Status as reported at this meeting. C/F = carried forward. Closed rows are kept for the record."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Due", "Evidence", "Status"],
            "widths": [1.0, 4.8, 1.6, 2.8, 3.8, 3.0],
            "rows": [
                ["A1",
                 "Home visits to see Kai and Alfie, with Kai seen on his own at least every other visit",
                 "JO",
                 "Fortnightly; next visit 01.03.27",
                 "Visit records show both boys seen and Kai's own words written down",
                 "On track"],
                ["A2",
                 "Fortnightly support visits to NS to help with her low mood and medication",
                 "RH",
                 "Fortnightly",
                 "Visit dates shared with JO before each core group",
                 "On track – two visits"],
                ["A3",
                 "Key-work with WT, a urine screen each month, and a written report on whether his cocaine use "
                 "is changing and what still has to change for the boys",
                 "LP",
                 "Key-work every Thursday; report two working days before each core group",
                 "DDAS report on the case file with the screen results",
                 "Achieved – first report received"],
                ["A4",
                 "Complete a parenting assessment of NS and WT",
                 "JO",
                 "By 29.03.27",
                 "",
                 "Not started"],
                ["A5",
                 "Register Alfie with a dentist",
                 "NS",
                 "By 08.02.27",
                 "Registration letter seen by JO",
                 "Done 04.02.27 – closed"],
                ["A6",
                 "Collect Alfie from school on Tuesdays and Thursdays and give both boys their tea",
                 "DS",
                 "Every Tuesday and Thursday from 26.01.27",
                 "DS texts JO each Thursday; Greengate's collection log shows her name",
                 "On track"],
                ["A7",
                 "Have Kai and Alfie to stay at her house every Saturday night",
                 "DS",
                 "Every Saturday, 5pm to Sunday 11am",
                 "Contact book signed by DS, read by JO at visits",
                 "On track"],
                ["A8",
                 "Check Kai's attendance and behaviour, and a weekly meeting with his mentor",
                 "HK",
                 "Every Wednesday",
                 "Attendance and mentor log sent to JO each Friday; attendance 92% or more by Easter",
                 "On track – 88% this half term"],
                ["A9",
                 "Check Alfie's presentation, lunch and uniform each morning and ring JO the same day with any "
                 "concern",
                 "TA",
                 "Every school day",
                 "Calls logged on CPOMS; weekly attendance e-mailed to JO",
                 "On track"],
                ["A10",
                 "Health assessment for Kai covering his sleep and weight, with an offer of the weekly drop-in",
                 "SN",
                 "ASAP",
                 "Health assessment summary sent to JO and the GP",
                 "Not started"],
                ["A11",
                 "Share information about any incident at the home on the day it happens",
                 "Professionals",
                 "Same day",
                 "Each incident logged on the children's file",
                 "New"],
                ["A12",
                 "NS and WT to stop arguing in front of the boys and to use their agreed time-out plan",
                 "NS and WT",
                 "From 25.01.27",
                 "Things feel calmer at home",
                 "Partly"],
                ["A13",
                 "Send JO a summary of NS's medication and any missed reviews",
                 "Dr Shah, GP",
                 "By 08.03.27 (C/F from 08.02.27)",
                 "GP letter on the children's file",
                 "C/F – not received"],
            ],
        }),
        ("h1", "6. Contingency (restated from the initial conference plan)"),
        ("p", "If WT uses cocaine while he is caring for the boys, or the police are called to an argument at "
              "Rushmere Close, Kai and Alfie will go to Dawn's house that day and JO will hold a strategy "
              "discussion with the police the same day. If NS tells anyone she is thinking of harming herself, "
              "RH will arrange a same-day crisis assessment and Dawn will look after the boys."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group 3: Monday 22.03.27, 4pm, Greengate Family Centre; then every four weeks while the plan "
            "lasts.",
            "Review child protection conference: Monday 12.04.27, 10am, Dittlesham Council House.",
        ]),
        ("p", "Minutes sent to everyone present and to Dr Shah on 24.02.27."),
    ],
    "findings": [
        F("H001", "Fortnightly support visits to NS to help with her low mood"),
        F("M001", "Complete a parenting assessment of NS and WT"),
        F("T002", "Health assessment for Kai covering his sleep and weight"),
        F("W002", "Share information about any incident at the home"),
        F("M002", "NS and WT to stop arguing in front of the boys"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a baby born at 34 weeks, still on the
#    neonatal unit (not looked after), a 19-year-old mother who is a care
#    leaver with anxiety and past self-harm, a father who smokes cannabis.
#    Markdown outline: numbered themes with numbered steps 1.1, 1.2 ... whose
#    timescales are mostly events ("before Lily leaves the neonatal unit")
#    and dates in several forms. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_dewlingcote_themed_numbered_outline_neonatal_gathercole.md",
    "split": "tune",
    "actions": 15,
    "template": "markdown-icpc-plan-for-baby-on-neonatal-unit-family-list-why-worried-what-lily-is-telling-us-parents-views-what-we-want-for-lily-then-numbered-themes-with-numbered-steps-event-timescales-mixed-date-forms-if-things-dont-improve-prose-closing-meeting-paragraph",
    "description": (
        "Exemplary initial conference plan for a baby born at 34 weeks who is still on the "
        "neonatal unit and will go home with her parents (she is not looked after). The mother is "
        "a 19-year-old care leaver with anxiety and a history of self-harm; the father smokes "
        "cannabis and once pushed her. A Markdown outline: four numbered themes, each with "
        "numbered steps (1.1, 1.2 ...) that name who, when and what will be seen in one line. Many "
        "timescales are events or plain-language dates ('before Lily leaves the neonatal unit', "
        "'for the first four weeks Lily is home', 'by Feb half term (19.02.27)', 'w/c 8 March', "
        "'by 03.02.27'). The perinatal psychiatrist and CPN report on change, the drug service "
        "reports too, the grandmother's nights have a fallback, 'If things don't improve' prose "
        "names a legal planning meeting, and the meeting dates close the plan."
    ),
    "text": """\
# Child Protection Plan — Lily Gathercole

**Dewlingcote City Council · Children and Families · Family Safeguarding Team West**

Plan agreed at the initial child protection conference on Friday 15 January 2027 (chair: Marcus Lyle, IRO).
Social worker: Georgia Tate. Team manager: Paula Brandon. Category: neglect.

## Lily and her family

- **Lily Gathercole**, born 28/12/2026 at 34 weeks, 2.1kg. On Robin Ward, the neonatal unit at Dewlingcote
  General Hospital. Lily is **not** looked after: Amber and Connor hold parental responsibility and agree to this
  plan, and Lily will go home with them to Flat 9, Larkspur House, Dewlingcote DW6 1EJ.
- **Amber Gathercole**, 19 — Mum. Left care in 2025; her personal adviser is Dev Mistry (Leaving Care Team).
- **Connor Hale**, 22 — Dad. Lives with Amber.
- **Lorraine Hale** — Connor's mum, 20 Thistle Road, Dewlingcote (ten minutes by bus).
- **Jean Osei** — Amber's foster carer from 2019 to 2025, who still sees her every week.

## Why we are worried

Amber has anxiety and self-harmed often as a teenager; the last time was in March 2025. Since Lily was born she
has slept very little and told the ward staff she is frightened she "won't know what to do" at home. Connor smokes
cannabis most evenings and says it helps him sleep. In October 2026 police were called to the flat after Connor
pushed Amber during an argument; no charges were brought and there have been no calls since. Neither parent has
looked after a baby before, and the flat had no safe place for Lily to sleep until last week.

## What Lily is telling us

Lily cannot tell us in words, so this is what the nurses and Georgia have seen. On Robin Ward she feeds well for
Amber in the daytime and gets hiccups when she is rushed. She calms within a minute when Connor holds her
skin-to-skin, and she turns her head towards Amber's voice. On the night of 11 January Amber slept through two
of Lily's feeds and the nurses fed her; Lily cried for a long time before settling. Lily is gaining weight and
came off her feeding tube on 9 January.

## What Amber and Connor said

Amber said she loves Lily "more than anything" and wants help, not to be judged. Connor said he will stop smoking
in the flat and wants to do the bath every night.

## What we want for Lily

- Lily is fed on time, day and night, and keeps putting on weight at home.
- Lily sleeps on her back in her own Moses basket at every sleep.
- Lily lives in a home with no cannabis smoke and no violence, with a sober adult awake whenever she is awake.
- Lily has parents who notice when she is hungry, tired or upset and go to her straight away.

## The plan

Each step names the person who will do it, when, and what we will see.

### 1. Before Lily leaves the neonatal unit

1.1 Sister Helen Marsh and the Robin Ward nurses will watch Amber and Connor do at least eight feeds and two baths
before Lily leaves the neonatal unit, and sign each one off on Lily's parenting record, which Georgia reads before
the discharge meeting.

1.2 Georgia Tate (SW) will visit Lily on Robin Ward every Tuesday and Friday until she goes home and write on each
visit record what she saw of Amber's and Connor's care of Lily.

1.3 Georgia will chair a discharge and family network meeting on the ward with Amber, Connor, Lorraine and Jean
before Lily leaves the neonatal unit, and send the written discharge and network plan to everyone in the core
group the same day.

1.4 Zoe Finch (health visitor, Dewlingcote 0-19 team) will visit the flat before Lily is discharged to check the
Moses basket, the smoke alarm and the room temperature, and send her checklist to Georgia and the ward.

### 2. Lily's first weeks at home

2.1 Zoe will weigh Lily every Monday for the first six weeks at home, then every other Monday until the review,
writing each weight in the red book and sending it to Georgia; we want Lily to stay on or above the 9th centile
for her corrected age.

2.2 Georgia will visit Lily at home twice a week for the first four weeks after discharge and then weekly, one
visit in three unannounced, and write down each time where Lily was sleeping and who was looking after her.

2.3 Amber and Connor will put Lily down on her back in her Moses basket for every sleep, day and night; Zoe and
Georgia will look at where she is sleeping on every visit and record it.

### 3. Amber's and Connor's health, for Lily's sake

3.1 Dr Ruth Okonkwo (consultant perinatal psychiatrist, Dewlingcote Perinatal Mental Health Team) will assess
Amber's mental health and her capacity to make and keep the changes Lily needs, and send Georgia a written report
with the likely timescale by Feb half term (19.02.27).

3.2 Kim Shaw (perinatal CPN) will see Amber every week, on the ward and then at home, and before each core group
will tell Georgia in writing whether Amber's mood and her care of Lily are changing and how quickly.

3.3 Ryan Birch (recovery worker, Dewlingcote Drug Service) will see Connor every Wednesday from 20.01.27, test his
urine every fortnight and send Georgia a report before each core group on whether Connor has stopped using cannabis
around Lily and what still needs to change.

3.4 Connor will not smoke cannabis in the flat, or on any day he is looking after Lily, from today; his fortnightly
screens at the Drug Service will show falling levels and no worker should smell cannabis at any visit.

3.5 Connor will go to the Dads Matter group at Larkspur Children's Centre on Tuesday evenings for ten weeks from
w/c 8 March, learning how arguments and stress affect babies; the group leader sends Georgia the register after
weeks 5 and 10.

3.6 Dev Mistry (Amber's personal adviser) will help Amber apply for her Setting Up Home payment by 03.02.27, so
that Lily has a cot ready before she outgrows the Moses basket; Georgia will see the award letter and then the
cot.

### 4. Family around Lily

4.1 Lorraine Hale will stay at the flat on Friday and Saturday nights for the first four weeks Lily is home, doing
one night feed each night, and will text Georgia each Sunday morning to say how the nights went.

4.2 Lorraine will be at the flat every weekday afternoon from 1pm to 5pm while Amber rests, until the first core
group after discharge, and will sign the visitors' book, which Georgia checks at each visit.

## If things don't improve

If Amber tells anyone she has thoughts of harming herself or Lily, if Lily loses weight at two weighs in a row, or
if Lily is found asleep anywhere but her Moses basket twice, Georgia will hold a strategy discussion the same day
and Lily will be cared for by Amber only while Lorraine or Jean is in the flat until that discussion has decided
what happens next. Kim Shaw will ask the perinatal crisis team to see Amber the same day.

If Connor smokes cannabis in the flat or while caring for Lily, or there is any violence between Amber and Connor,
Connor will go to stay with Lorraine at 20 Thistle Road that day and the police will be called to any violence.

If Lorraine cannot stay or cannot come (she is ill or away), Jean will stay instead. If neither of them can,
Georgia will arrange that day for Amber and Lily to go to a Dewlingcote parent and baby foster placement, or for
Lily to go to emergency foster carers.

If Dr Okonkwo's report says Amber cannot make the changes within Lily's timescale, or Lily has to be moved under
this contingency twice before the review, Georgia will ask Paula Brandon for a legal planning meeting within five
working days.

## Meeting again

The first core group will be on Friday 29.01.27 at 1.30pm, on Robin Ward if Lily is still there or at Larkspur
Children's Centre if she is home; after that the core group meets every three weeks, on 19.02.27, 12.03.27 and
02.04.27. The review child protection conference is on Friday 9 April 2027 at 10am at Dewlingcote Civic Hall.
Georgia will send this plan to Amber, Connor, Lorraine, Jean and everyone named in it by 19.01.27.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan written as the social worker's letter to the
#    parents: physical abuse (a father's grabbing and smacking), a mother
#    with epilepsy whose seizures have increased, a 9-year-old and a 3-year-
#    old. "I will" (the SW who signs), "Tomasz, you will", "Kelly, you will",
#    then named others. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_dunnowby_sw_letter_to_parents_i_will_you_will_nowicki.md",
    "split": "tune",
    "actions": 13,
    "template": "sw-letter-to-parents-md-address-block-dear-why-worried-what-zuzia-told-me-quote-and-drawing-what-i-saw-of-oskar-what-we-want-then-what-i-will-do-what-you-will-do-by-first-name-what-other-people-will-do-bullets-if-things-dont-improve-when-we-will-meet-signature",
    "description": (
        "Exemplary initial conference plan written as the social worker's letter to the parents "
        "of a 9-year-old and a 3-year-old: the father grabbed and smacked the 3-year-old, leaving "
        "bruises, and the mother's epilepsy has worsened, once leaving the boy alone in the street "
        "after a seizure. The letter explains that 'I' means the social worker who signs it; the "
        "plan is three bullet lists, 'What I will do', 'What you will do' (each bullet starting "
        "'Tomasz, you will' or 'Kelly, you will') and 'What other people will do', each bullet with "
        "its time ('within 5 working days of the conference', 'each bath time', 'from today') and "
        "what will be seen. Zuzia's words and drawing, Oskar as seen, outcomes for both; the "
        "epilepsy nurse and GP own actions; the contingency covers the aunt being unable to help "
        "and a legal planning meeting; meetings set."
    ),
    "text": """\
**Dunnowby Council — Children's Services**
Safeguarding Team East, Harrow House, 2 Mercer Street, Dunnowby DY1 4HQ

Kelly and Tomasz Nowicki
14 Sparrow Walk
Dunnowby DY3 7LT

Wednesday 3 February 2027

Dear Kelly and Tomasz,

# Zuzia and Oskar's child protection plan

Thank you both for coming to the child protection conference on Monday 1 February 2027. At the end of the meeting
I said I would write the plan down in plain words, so that you have it at home and can check that everyone does
what they said. This letter is the plan. I am Zuzia and Oskar's social worker, so when the letter says "I", it
means me, Rachel Ashby. The chair of the conference, Neil Parekh, has read this letter and agrees that it says the
same as the conference decision. The children's names are on the child protection plan under the category of
physical abuse.

## Why we are worried

On 18 January Oskar's nursery saw finger-shaped bruises on both of his upper arms. Tomasz, you told me you had
grabbed him hard and smacked him when he ran towards the road, and that you have smacked both children before when
you were stressed at work. Kelly, your seizures have gone from about one a month to two or three a month since your
tablets were changed in November. On 9 January, after a seizure, a neighbour found Oskar on his own in the street
outside the flats; you were still recovering and did not know he had gone out.

## What Zuzia told me

I saw Zuzia on her own at school on 27 January. She said:

> "Dad doesn't mean it but he goes red and then he grabs. I go in my room and put my headphones on. When Mum has a
> funny turn I have to watch Oskar and I'm scared I'll do it wrong."

She drew your family at the kitchen table, with Oskar much smaller than everyone else and a big clock on the wall.
She told me the clock was "for when Dad gets home late and angry". She would like "Dad to count to ten" and wants
to know that someone else will look after Oskar when Mum is poorly, "not just me".

## What I saw of Oskar

When I visited on 25 January Oskar showed me his toy garage and chatted about his cars. When Tomasz came in he
went quiet and stood by Kelly's legs. At nursery he is a lively boy who loves the water tray, and his key worker
says he flinches when an adult raises a hand to wave.

## What we all want for Zuzia and Oskar

- Zuzia and Oskar are never hit, grabbed or smacked, and have no marks or bruises.
- Oskar is always looked after by an adult who is able to care for him, including during and after Kelly's seizures.
- Zuzia does not have to look after Oskar and knows which adult to ring if Mum is unwell.
- Both children feel safe when their dad comes home.

## What I will do

- I will visit you at home every week until the review conference, with at least one visit a month unannounced,
  and see Zuzia on her own each time; my visit notes will record what she says and how Oskar is.
- I will do four sessions of direct work with Zuzia at school about home and her worries, one every fortnight from
  the week of 8 February; her work will go in her file and she can bring it to the review, as she asked.
- I will ask the Dunnowby Family Group Conference service to hold a family meeting within 5 working days of the
  conference (by 8 February), so that the family can agree who looks after Oskar when Kelly has a seizure; the
  family's written plan will go to the first core group.

## What you will do

- Tomasz, you will go to the Calmer Parenting course at Dunnowby Family Centre every Tuesday evening for ten weeks
  from 9 February; the course leader, Sunil Varma, will send me the register after week 5 and week 10.
- Tomasz, you will not smack, grab or hit Zuzia or Oskar, from today; at every visit I will check Oskar for marks
  and ask both children how things have been, and nursery will tell me the same day about any mark.
- Kelly, you will take your epilepsy tablets every day as prescribed and write each seizure in your seizure diary,
  bringing it to every core group, so that we all know when Oskar needs another adult with him.
- Kelly, you will only bath Oskar when Tomasz or another adult is in the flat, each bath time, and write on the
  bath chart who was there; I will look at the chart at every visit.

## What other people will do

- Hana Brooks, epilepsy nurse specialist at Dunnowby General Hospital, will review Kelly's seizure plan and
  medication with her by 26 February and write to me and the GP with advice on how Kelly can care for Oskar safely.
- Dr Colin Reyes, your GP at Mercer Street Surgery, will send me a summary of Kelly's seizures and medicine changes
  within 10 working days of the conference (by 15 February).
- Mr Gareth Lowe, designated safeguarding lead at St Oswin's Primary, will check in with Zuzia each Friday
  afternoon, log each check-in on CPOMS and ring me the same day if she is upset or has a mark.
- Becky Tran, Oskar's key worker at Puddle Lane Nursery, will check Oskar for marks when he arrives each session and
  ring me the same day if she sees one; the nursery body map and sign-in sheet will show the checks.
- Sarah Quinn, your health visitor from the Dunnowby 0-19 team, will do Oskar's development and speech check before
  the first core group and bring the written results to that meeting.
- Agata Nowicka, Tomasz's sister, will collect Oskar from nursery every Monday and Wednesday and stay with him and
  Zuzia until Tomasz gets home at 6pm; she will text me each Wednesday evening to say how it went.

## If things don't improve

If either child has a mark that anyone thinks may have been caused by a parent, or either child says they have been
hit, I will hold a strategy discussion with the police that day, and Tomasz will stay with Agata at 40 Kestrel Road
while it is looked into, so that the children can stay at home with Kelly.

If Kelly has a seizure while she is on her own with Oskar, Zuzia or Kelly will ring Agata, or 999 if Kelly is hurt,
and Agata or Tomasz will come home. If neither of them can come within the hour, I (or the out-of-hours team) will
arrange for a Dunnowby foster carer to look after the children until an adult from the family plan can.

If Agata cannot do her Mondays and Wednesdays, Oskar will stay at Puddle Lane's after-nursery club until 6pm, paid
for by Children's Services, and Tomasz will collect him from there.

If there is another injury, or Tomasz stops going to the course, I will ask my manager, Carol Whitfield, for a
legal planning meeting within five working days to decide whether we need to go to court.

## When we will meet

The core group is the two of you, me, Mr Lowe, Becky, Sarah, Agata, and Hana or Dr Reyes. It will meet every four
weeks on Mondays at 3.30pm at Puddle Lane Nursery: 15 February, 15 March and 12 April 2027. The review child
protection conference is on Monday 26 April 2027 at 10am at Dunnowby Civic Centre.

Please ring me if anything in this letter is wrong or you do not understand it.

Yours sincerely,

Rachel Ashby
Social Worker, Safeguarding Team East, Dunnowby Council
Telephone 01632 960 277

Copy to: Neil Parekh (conference chair); everyone named in "What other people will do"
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan sent by the social worker as a plain-text
#    e-mail to the core group the day after the conference: mother with
#    anxiety who smokes cannabis every evening, a 6-year-old and a
#    15-month-old, grandmother doing school runs and Saturday nights. Dash
#    lines "Name (role): what, when; how we'll know". Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_dorvenwick_plain_email_plan_dash_lines_pendleton.txt",
    "split": "tune",
    "actions": 12,
    "template": "plain-text-email-from-sw-to-core-group-headers-greeting-caps-headings-background-outcomes-then-dash-lines-owner-first-name-and-role-colon-what-when-how-well-know-contingency-one-line-meetings-sign-off",
    "description": (
        "An initial conference plan e-mailed in plain text by the social worker to the core "
        "group the day after the conference, for a 6-year-old and a 15-month-old whose mother "
        "has anxiety and smokes cannabis every evening. Each action is a dash line led by a first "
        "name and role; most are sound (the SW's visits, the substance misuse service's report on "
        "change, the grandmother's school runs and Saturdays, the health visitor's review, the "
        "school's checks). Faults: the mother's GP registration is 'asap', the bedtime routine "
        "help is 'ongoing', 'The network' keeps a sober adult at home, the stay-and-play is "
        "measured by things feeling better, the parenting assessment has no output, one outcome "
        "is only about the mother, nothing records either child's views or daily life, and the "
        "one-line contingency has no trigger, no fallback if the grandmother cannot help and no "
        "legal step."
    ),
    "text": """\
From:    Sam Whitlow <sam.whitlow@dorvenwick.gov.uk>
Sent:    Thursday 11 February 2027 17:20
To:      Gemma Pendleton; Sue Pendleton; Jas Kaur; Leah Grant; Mrs Helen Cole; Dani Price
Cc:      Owen Marsh (Team Manager)
Subject: Harvey and Ava Pendleton - CP plan agreed at yesterday's conference

Hi all,

Thanks for coming to the initial conference yesterday. Below is the plan as agreed, so everyone has it
before the minutes come out (they can take three weeks). Shout by Monday if I have got anything wrong.

WHO'S WHO
Harvey Pendleton (6), Year 1, Bramble Hill Primary
Ava Pendleton (15 months)
Gemma Pendleton (28) - Mum
Sue Pendleton - Gemma's mum (Nan), 3 Orchard Rise, Dorvenwick
Sam Whitlow - social worker, Dorvenwick Children's Services
Jas Kaur - recovery worker, Dorvenwick Substance Misuse Service
Leah Grant - health visitor, Dorvenwick 0-19 team
Mrs Helen Cole - DSL, Bramble Hill Primary
Dani Price - family worker, Dorvenwick Family Hub

BACKGROUND
Category: neglect. On 27/01/2027 police went to the flat (Flat 2, 41 Weaver Street) at 11pm after a
neighbour rang them. Gemma was asleep after smoking cannabis and took a long time to wake, with both children
in the flat. Gemma told conference she has had anxiety since her teens and smokes cannabis every evening "to calm
down". She is not registered with a GP since she moved to Dorvenwick. Harvey's attendance is 84% and Ava has
missed her 12-month health review. Nan helps a lot and was at the conference.

WHAT WE WANT
- Harvey and Ava are looked after by an adult who is not under the influence of cannabis.
- Harvey gets to school every day, on time.
- Ava's health and development are checked and she is growing well.
- Gemma stops using cannabis and feels less anxious.

THE PLAN
- Sam (SW): visit Harvey and Ava at home every week, at least one visit in three unannounced, and see
  Harvey on his own; visit notes will record how both children are and what Harvey says.
- Gemma: register with a GP at Dorvenwick Health Centre and get a review of her anxiety medication asap;
  GP registration letter to Sam.
- Jas (Substance Misuse Service): key-work with Gemma every Thursday from 18/02 with a urine screen each
  month, and a written report to Sam before each core group on whether her cannabis use is changing and
  what that means for Harvey and Ava.
- Gemma: no cannabis in the flat or on any day she is looking after the children, from 10/02; Jas's
  monthly screens will show falling levels and Sam will note any smell of cannabis at visits.
- Nan (Sue): take Harvey to school and collect him at 3.15, every school day; Bramble Hill's register and
  collection log will show it.
- Nan (Sue): have Harvey and Ava to stay at Orchard Rise every Saturday night, and text Sam each Sunday
  when they go home.
- The network: make sure there is always a sober adult in the flat when Ava is awake, every day; Sam's
  visit notes will record who was there.
- Gemma: go to the Tuesday stay-and-play at Dorvenwick Family Hub with Harvey and Ava every week, so
  that things feel better at home.
- Dani (Family Hub): help Gemma set up a bedtime routine for Harvey and Ava, ongoing; a routine chart on
  the fridge that Sam checks at visits.
- Leah (HV): do Ava's 12-month review by 05/03 and send Sam the ASQ results and any referrals.
- Sam (SW): complete a parenting assessment of Gemma by 26/03.
- Mrs Cole (DSL): check Harvey's attendance and lateness each morning and ring Sam the same day if he is
  not in; weekly attendance to Sam every Friday.

CONTINGENCY
If needed, Harvey and Ava will go to Nan's and we will hold a strategy meeting.

MEETINGS
Core group every 4 weeks at Dorvenwick Family Hub, 10am: first on Wednesday 24/02/2027, then 24/03 and
21/04. Review conference: Wednesday 05/05/2027, 2pm, Dorvenwick Civic Centre.

I haven't managed to see Harvey on his own yet, so I'll do that on my first visit next week.

Thanks all,
Sam

Sam Whitlow | Social Worker | Assessment and Safeguarding Team 2 | Dorvenwick Children's Services
01632 960 154
""",
    "findings": [
        F("T002", "register with a GP at Dorvenwick Health Centre"),
        F("W002", "make sure there is always a sober adult in the flat"),
        F("M002", "go to the Tuesday stay-and-play at Dorvenwick Family Hub"),
        F("T002", "help Gemma set up a bedtime routine for Harvey and Ava"),
        F("M001", "complete a parenting assessment of Gemma by 26/03"),
        F("F002", "Gemma stops using cannabis and feels less anxious."),
        F("F003"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})
