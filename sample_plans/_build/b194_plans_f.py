"""Batch 194, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: action tables as councils really build them, with headers, merges
and cells that hold more than one thing. Every plan keeps its work mainly in
a table, each in a template of its own: two-row headers (a "Responsibility"
group over "Who" and "By when", a "Review at RCPC" group over "Progress",
"RAG" and "Next"), headers in the writer's own words and in capitals, a
header row repeated over a page break; merged cells (an outcome merged down
its rows, an owner merged down the rows that person does, a time merged over
a group, banner rows naming a theme or a person); cells that hold more than
one thing (an owner and a date in one cell, a check on a second line or in a
bracket, small steps as bullets inside one cell, a column per child with
ticks); and columns that are not the work (progress, RAG, next step, the
date an action was added, reference codes, linked outcome codes, comments),
with completed and carried-forward rows and keys to abbreviations under the
tables. In the four faulty plans a few rows are carried forward with no new
date, owned by a collective, measured by "monitored" or "discussed at core
group", or have a blank or "-" cell.

1. an initial conference plan for a 7-year-old and a 14-month-old whose
   mother took an overdose at home and has postnatal depression, a
   landscape Word table with a two-row header ("Responsibility" over "Who"
   and "By when") and each outcome merged down its rows (docx, exemplary);
2. a review conference plan for a 9-year-old and a 5-year-old after their
   father's violence, the ICPC table carried on with the lead and the
   target date in one cell and a two-row "Review at RCPC" group over
   "Progress", "RAG" and "Next", with two completed one-off rows kept,
   printed to PDF with page header and footer (pdf): faults are "Core
   group" passing on sightings, the ELSA sessions measured by "progress
   monitored by school", the Keeping Safe sessions "carried forward" with
   no new date, the psychologist's trauma therapy only treating the mother
   and its "new date TBC", a housing transfer with "-" for how we will
   know, and no legal planning anywhere (W002, M002, T001, H001, T002,
   M001, R002);
3. an initial conference plan for three children whose mother and her
   partner drink, a Markdown pipe table with theme banner rows and person
   banner rows ("**Nan (Brenda McAllister) will:**") giving each row its
   owner, one tick column per child and a key under the table (md): faults
   are a "Family" row, a passive row under an "Also agreed at conference"
   banner with no owner, the school nurse's drop-in "as and when", the
   Recovery Service's group measured by how confident the mother feels, a
   dentist row with "-" for evidence, an outcome about the mother only, and
   a contingency that sends the children to their grandmother with nothing
   said if she cannot have them (W002, W001, T002, M002, M001, F002, C003);
4. a second core group's working plan for a 3-year-old and a 5-month-old
   after an unexplained bruise, a Markdown table whose cells hold two
   things each ("Who - when" in one cell, the action with its check on a
   second line after <br>), a "Date added" column and a "Since last core
   group" column, one completed row kept (md, exemplary);
5. a review conference plan for a 13-year-old and an 8-year-old whose
   father drinks, pasted from the council's tracker spreadsheet into a text
   e-mail: tab-separated rows under a header in capitals (REF, DATE ADDED,
   TASK, PERSON/AGENCY, TARGET, EVIDENCE OF CHANGE, RAG, COMMENTS), theme
   rows, completed rows and a RAG key (txt): faults are a row with "-" for
   its owner, an "ongoing" target, a blank target, an evidence cell that
   says "discussed at core group", "All agencies" reporting, the father's
   drinking recorded with no adult service owning any action, a contingency
   that only says the core group will review, and a review conference
   "date TBC" (W001, T002, T001, M002, W002, F004, C002, R001);
6. an initial conference plan for a 4-month-old whose father has been
   violent and whose mother is anxious and depressed, the family moving to
   another authority: a Word table with headers in capitals, the WHO column
   merged down the rows each person does, a cell of bullet steps that is
   one action, and "LINKED OUTCOME" and "DATE ADDED" columns (docx): faults
   are "ALL AGENCIES" merged down two rows, Talking Therapies' CBT only
   treating the mother, the mother's counselling "when Jade feels ready", a
   health visiting row with an empty measure cell, the parenting assessment
   handed on to the receiving authority after the transfer-in conference,
   and an outcome about the mother only (W002 x2, H001, T002, M001, X001,
   F002);
7. an initial conference plan for three children after their mother's
   partner hit the eldest, a landscape table with the WHEN column merged
   over each group of rows ("Within 10 working days of conference",
   "Every week until the review conference", ...), reference codes, a key
   to abbreviations under the table, and the header row repeated over the
   page break, printed to PDF with page header and footer (pdf, exemplary).

Three plans (1, 4 and 7) are exemplary: every live action has a named
owner, a real timescale and something that can be seen, counted or read;
every outcome is about the children; each contingency has specific
triggers and protective responses, with a fallback if a relative's help
fails; each records the children's words or observed lived experience,
core group dates and a dated review conference, and legal planning after
named triggers; an adult service owns actions where a parent is ill or
uses drugs, and the mental health services in plan 1 are asked to report
on the mother's capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table counts once (bullets or a second line inside a cell belong
to that row's action), except header rows, banner rows naming a theme, a
person or a time, and completed one-off rows kept for the record.
Progress, RAG, next step, date added, reference and linked outcome columns
are never a row's timescale or measure. Details, worries, strengths, the
children's words, outcomes, contingencies, meeting dates and keys are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, landscape Word table: two-row header with "Responsibility"
#    over "Who" and "By when", each outcome merged down its rows.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_fennelcote_icpc_two_row_header_outcome_merged_okafor.docx",
    "doc_title": "Child Protection Plan - Tobi and Grace Okafor",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "check_vmerge": 8,
    "template": "icpc-plan-docx-landscape-details-grid-why-worried-going-well-tobis-words-graces-day-then-action-table-two-row-header-no-outcome-what-will-happen-responsibility-over-who-and-by-when-what-good-looks-like-outcome-merged-down-its-rows-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 14-month-old. Their mother has "
        "postnatal depression and took an overdose at home while their father was at work; the "
        "7-year-old found her, the baby's weight has fallen to below the 9th centile and the boy's "
        "attendance and punctuality have dropped. The plan is a landscape Word table with a two-row "
        "header ('Responsibility' over 'Who' and 'By when') and each outcome for the children merged "
        "down the rows that serve it. The perinatal team's care coordinator and psychiatrist report on "
        "the mother's capacity to change and its likely timescale, the aunt's school run has a "
        "fallback, legal planning follows named triggers, core group and review dates are set, and "
        "the boy's words and the baby's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Fennelcote Borough Council, Children's Services. Plan agreed at the initial child protection "
              "conference on 04/12/2025, chaired by Margaret Oduya (Independent Reviewing Officer)."),
        ("table", {
            "rows": [
                ["Children", "Tobi Okafor, born 11/03/2018 (7, Year 3, St Aldhelm's CE Primary)\n"
                             "Grace Okafor, born 02/10/2024 (14 months)",
                 "Category", "Neglect (both children)"],
                ["Address", "14 Wren Close, Fennelcote FN2 6TL",
                 "Social worker", "Sophie Marchant, Safeguarding and Support Team 2 (team manager: Gareth "
                                  "Ibbotson)"],
                ["Mother", "Blessing Okafor (32)",
                 "Health visitor", "Hannah Reid, Fennelcote 0-19 Service"],
                ["Father", "Daniel Okafor (35), warehouse supervisor, works 9.30am to 6pm",
                 "Perinatal team", "Ruth Kimani, CPN and care coordinator; Dr Alasdair Finch, consultant "
                                   "perinatal psychiatrist"],
                ["Maternal aunt", "Chioma Eze (28), 17 Mercer Street, Fennelcote",
                 "GP", "Dr Meera Sethi, Wren Lane Surgery"],
            ],
            "widths": [3.2, 9.6, 3.2, 9.7],
            "bold_first_col": True,
        }),
        ("h1", "Why we are worried"),
        ("p", "Blessing has had postnatal depression since Grace was born, and it became much worse this "
              "autumn. On 27/10/2025, while Daniel was at work, she took an overdose of paracetamol at home. "
              "Tobi found her on the bathroom floor when he came in from school with a neighbour, and rang his "
              "Auntie Chioma. Grace was in her cot; her nappy had not been changed since the morning. Blessing "
              "was treated at Fennelcote General Hospital and came home on 30/10/2025 under the Perinatal "
              "Mental Health Team."),
        ("p", "Grace's weight has dropped from the 50th centile at 6 months to just below the 9th centile at 13 "
              "months, and she missed her 12-month review and immunisations. Tobi's attendance in the autumn "
              "term was 84% and he was late 11 times. He has told his teacher that he makes Grace's bottle "
              "\"when Mummy is sleeping\". On two visits in November Sophie found dirty nappies on the floor, "
              "no fresh food in the kitchen and Blessing's tablets on the worktop."),
        ("h1", "What is working well"),
        ("bullets", [
            "Blessing has seen Ruth every week since she came home and has taken her sertraline every day since "
            "30/10/2025.",
            "Daniel has moved from night shifts to day shifts so that he is home every night.",
            "Chioma has walked Tobi to school three mornings a week since 10/11/2025, and he has not been late on "
            "those days.",
            "Tobi loves school and football; his teacher says he is kind and helpful in class.",
            "Grace smiles, babbles and reaches for her mum and dad. Blessing and Daniel came to the conference "
            "and agreed the plan.",
        ]),
        ("h1", "Tobi's words and Grace's day"),
        ("p", "Sophie saw Tobi on his own at school on 01/12/2025 and did the three houses with him. In his "
              "house of worries he drew \"Mummy crying in bed\" and \"Grace crying and I can't make her stop\". "
              "He said: \"When Mummy was poorly I had to be the grown-up. I don't want to find her like that "
              "again.\" In his house of good things: \"Auntie Chioma walks me and we race to the gate.\" In his "
              "house of dreams: \"Mummy and Daddy take us to the park on Saturdays.\" He scored home 4 out of 10."),
        ("p", "Grace cannot tell us what her days are like, so Hannah wrote down what she saw at home on "
              "28/11/2025. Grace sat on the mat, pulled herself up on the sofa and watched her mum's face. She "
              "lifted her arms to Daniel when he came in. She ate a pouch of food very quickly and cried when it "
              "was finished. She had a sore nappy rash. Blessing stayed on the sofa for most of the visit."),
        ("h1", "What we want for Tobi and Grace"),
        ("numbers", [
            "Grace is well fed, grows along her centile line and has all her health checks.",
            "Tobi gets to school every day and on time, and is a boy at home rather than a carer.",
            "Tobi and Grace are looked after by a mum who is well enough to care for them, and are never alone "
            "with her when she is unwell.",
            "Tobi and Grace live in a clean, warm home with a daily routine and food in the cupboards.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Outcome for the children", "What will happen", "Responsibility", H,
                       "What good looks like"],
            "widths": [1.1, 4.0, 7.6, 3.7, 3.6, 5.7],
            "rows": [
                [V, V, V, "Who", "By when", V],
                ["1.1", "1. Grace is well fed, grows along her centile line and has all her health checks.",
                 "Weigh Grace at home, plot her weight in her red book and talk through her meals with Blessing "
                 "and Daniel",
                 "Hannah Reid (HV)",
                 "Every 2 weeks from 09/12/2025 until the review conference",
                 "A weight plotted every fortnight; Grace back on or above the 25th centile line by 26/02/2026"],
                ["1.2", V,
                 "Refer Grace to the community paediatric dietitian, and book the 12-month immunisations she "
                 "missed",
                 "Dr Meera Sethi (GP)",
                 "Referral by 12/12/2025; immunisations by 19/12/2025",
                 "Dietitian's appointment letter and feeding plan copied to Hannah and Sophie; immunisations in "
                 "the red book"],
                ["1.3", V,
                 "Write down everything Grace eats and drinks each day in the food diary Hannah has given them",
                 "Blessing and Daniel",
                 "Every day from 05/12/2025",
                 "Diary filled in on at least 6 days in 7 when Hannah reads it at each visit, showing 3 meals "
                 "and 2 snacks a day"],
                ["1.4", V,
                 "Arrange a funded place for Grace at Little Acorns Day Nursery on Mondays, Wednesdays and "
                 "Fridays",
                 "Sophie Marchant (SW)",
                 "Place to start by 05/01/2026",
                 "Nursery register sent to Sophie each month; Jas Kaur (key worker) records what Grace eats at "
                 "lunch"],
                ["2.1", "2. Tobi gets to school every day and on time, and is a boy at home rather than a carer.",
                 "Walk Tobi to school on Monday, Wednesday and Friday mornings",
                 "Chioma Eze (maternal aunt)",
                 "Every Mon, Wed and Fri from 08/12/2025",
                 "School register shows Tobi in class by 8.50am on those days"],
                ["2.2", V,
                 "Take Tobi to school on Tuesday and Thursday mornings before going to work",
                 "Daniel Okafor (Dad)",
                 "Every Tue and Thu from 09/12/2025",
                 "School register shows Tobi in class by 8.50am on those days"],
                ["2.3", V,
                 "Ring home, then Sophie, by 9.30am on any day Tobi is not in school, and note how Tobi arrives "
                 "each day (uniform, breakfast, mood)",
                 "Paul Ashton (DSL, St Aldhelm's)",
                 "Every school day",
                 "First-day call log and CPOMS notes e-mailed to Sophie each Friday; attendance at 95% or more "
                 "by the February half term"],
                ["2.4", V,
                 "Refer Tobi to Fennelcote Young Carers for an assessment and a place at their Saturday club",
                 "Sophie Marchant (SW)",
                 "Referral by 19/12/2025",
                 "Young carers' assessment on file, and Tobi on the club register by 31/01/2026"],
                ["2.5", V,
                 "See Tobi on his own at school, redo the three houses with him, and write down what he says "
                 "about home and who looks after Grace",
                 "Sophie Marchant (SW)",
                 "Every 2 weeks",
                 "Visit records with Tobi's own words and his score for home (0-10), shared at each core group"],
                ["3.1", "3. Tobi and Grace are looked after by a mum who is well enough to care for them, and are "
                        "never alone with her when she is unwell.",
                 "See Blessing at home, review her mood and medication, and tell the core group how her mental "
                 "health affects her care of Tobi and Grace, whether she is making and keeping the changes they "
                 "need, and how long that is likely to take",
                 "Ruth Kimani, CPN and care coordinator, Perinatal Mental Health Team",
                 "Every 2 weeks; written report 3 working days before each core group",
                 "Ruth's written report to each core group, giving her view of Blessing's capacity to change and "
                 "the likely timescale"],
                ["3.2", V,
                 "Review Blessing's diagnosis and medication, and write to Sophie and the GP with the treatment "
                 "plan, her prognosis, whether she can safely care for the children on her own, what would need "
                 "to change and how long that is likely to take",
                 "Dr Alasdair Finch, consultant perinatal psychiatrist",
                 "Appointment by 16/12/2025; letter within 10 working days of it",
                 "Letter on Sophie's file and shared at the core group on 13/01/2026"],
                ["3.3", V,
                 "Write a family safety plan with Blessing, Daniel and Chioma, using the early warning signs in "
                 "Ruth's care plan: who Blessing rings, and who looks after Tobi and Grace when she is unwell",
                 "Sophie Marchant (SW)",
                 "By 19/12/2025",
                 "Signed plan on the fridge and on file; Daniel and Chioma can each name Blessing's three early "
                 "warning signs when Sophie asks"],
                ["3.4", V,
                 "Keep all Blessing's tablets, and any paracetamol in the house, in the locked box, and give "
                 "Blessing her daily dose",
                 "Daniel Okafor (Dad)",
                 "Every day from 05/12/2025",
                 "Sophie sees the locked box at every visit, and the tablet count matches the chart"],
                ["3.5", V,
                 "Home visits, at least one in three unannounced: see Grace awake and Tobi's bedroom, and ask "
                 "who has cared for the children since the last visit",
                 "Sophie Marchant (SW)",
                 "Every week until the review conference",
                 "Visit records within 48 hours, saying where the children were, what they ate and how Blessing "
                 "was"],
                ["4.1", "4. Tobi and Grace live in a clean, warm home with a daily routine and food in the "
                        "cupboards.",
                 "Sessions at home with Blessing and Daniel on a daily routine for Grace, shopping and meals, and "
                 "keeping the home clean, using the home conditions checklist",
                 "Kelly Dunmore (family support worker, Fennelcote Family Hub)",
                 "Every Thursday from 11/12/2025 for 12 weeks",
                 "Checklist score agreed by Kelly and Sophie each month: 4/10 now, 8/10 by 26/02/2026"],
                ["4.2", V,
                 "Fit a stair gate at the top of the stairs, and ask the fire service for a free smoke alarm and "
                 "home safety visit",
                 "Daniel Okafor (Dad)",
                 "By 19/12/2025",
                 "Sophie sees the stair gate and a working smoke alarm at her first visit after 19/12/2025"],
                ["4.3", V,
                 "Parenting assessment of Blessing and Daniel, including how they will keep the children safe and "
                 "fed when Blessing is unwell",
                 "Sophie Marchant (SW)",
                 "By 13/02/2026",
                 "Assessment report with a recommendation, shared with Blessing, Daniel and the core group by "
                 "13/02/2026"],
            ],
        }),
        ("p", "HV: health visitor. SW: social worker. DSL: designated safeguarding lead. CPN: community "
              "psychiatric nurse."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Blessing tells anyone she is thinking of harming herself or the children, or Daniel, Chioma or a "
            "professional sees two or more of her early warning signs (staying in bed all day, not eating, saying "
            "the children would be better off without her): Blessing is not left alone with Tobi or Grace; "
            "Daniel comes home from work and stays with the children; Daniel rings Ruth, or the perinatal crisis "
            "line out of hours, the same day; and Sophie (or the Emergency Duty Team) holds a strategy "
            "discussion the same day.",
            "If Daniel cannot get home, Chioma looks after the children at 17 Mercer Street until he can. If "
            "neither Daniel nor Chioma can care for them, Sophie or the Emergency Duty Team arranges for Tobi and "
            "Grace to stay with foster carers that night.",
            "If Chioma cannot do the school run on her days, she texts Daniel and Sophie by 7.30am and Daniel "
            "takes Tobi (his manager has agreed he can start late). If Daniel cannot either, Mrs Hollis, the "
            "school's home-school link worker, collects Tobi from home at 8.20am (agreed on 03/12/2025).",
            "If Grace's weight falls below the 9th centile again, if Tobi or Grace is left alone with Blessing "
            "while she is unwell, or if Ruth's reports or the parenting assessment show that not enough has "
            "changed by the core group on 10/02/2026, Sophie will ask Gareth Ibbotson (team manager) for a legal "
            "planning meeting within 5 working days, to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Fennelcote Family Hub, 10am: 16/12/2025, 13/01/2026 and 10/02/2026.",
            "Review child protection conference: 26/02/2026 at 2pm, Fennelcote Civic Offices.",
        ]),
        ("p", "Copies to Blessing, Daniel, Chioma and every agency named in the plan, 05/12/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan: the ICPC table carried on, lead and target date in one cell,
#    a two-row "Review at RCPC" group over Progress / RAG / Next, completed
#    one-off rows kept. Landscape, page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_flaxmarden_rcpc_lead_and_date_one_cell_review_group_rag_hussain.pdf",
    "doc_title": "Review Child Protection Plan - Zara and Ibrahim Hussain",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "font_size": 10,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Flaxmarden City Council · Children's Social Care",
    "footer": "Zara and Ibrahim Hussain · Child protection plan as reviewed at RCPC 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-kv-decision-then-whats-changed-childrens-words-outcomes-then-icpc-table-carried-on-ref-action-lead-and-target-date-in-one-cell-how-we-will-know-two-row-review-at-rcpc-group-over-progress-rag-next-completed-rows-kept-then-contingency-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 5-year-old, three months after their father "
        "assaulted their mother in front of them; he has left and there is a non-molestation order, "
        "and the mother has PTSD and depression. The initial conference's table is carried on: the "
        "lead and the target date share one cell ('Aisha Khan (SW) - by 13/03/2026'), and a two-row "
        "'Review at RCPC' group over 'Progress', 'RAG' and 'Next' records what happened, with two "
        "completed one-off rows kept and new rows marked. Faults: 'Core group' passing on sightings "
        "of the father; the ELSA sessions measured only by 'progress monitored by school'; the "
        "Keeping Safe sessions 'carried forward' with no new date; the psychologist's trauma therapy "
        "only treating the mother, with a 'new date TBC'; a housing transfer with '-' for how we will "
        "know; and nothing anywhere about legal planning if progress stalls."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Review"),
        ("kv", [
            ("Children", "Zara Hussain, born 06/05/2016 (9, Year 5); Ibrahim Hussain, born 21/08/2020 (5, "
                         "Reception). Both at Flaxmarden Park Primary School."),
            ("Address", "Flat 9, Linden Court, Northgate, Flaxmarden FX3 8PE"),
            ("Mother", "Samina Hussain (34)"),
            ("Father", "Imran Hussain (38), lives at his brother's in Eastfield; a non-molestation order "
                       "(12/11/2025 to 11/11/2026) stops him coming to the flat or contacting Samina"),
            ("Maternal grandmother", "Nasreen Begum, 22 Linden Road (five minutes' walk)"),
            ("Category", "Emotional abuse (both children). Initial conference 21/10/2025."),
            ("Review conference", "20/01/2026, chaired by Philip Warrender (IRO). Decision: both children "
                                  "remain subject to a child protection plan."),
            ("Social worker", "Aisha Khan, Northgate Safeguarding Team (team manager: Claire Booth)"),
        ]),
        ("h1", "What has changed since October"),
        ("p", "On 14/10/2025 Imran pushed Samina into the kitchen door and held her by the throat while Zara "
              "and Ibrahim watched from the hallway. Zara rang 999. Imran was arrested and bailed, and has not "
              "lived at the flat since. Samina got a non-molestation order on 12/11/2025. He has kept to it as "
              "far as anyone knows, but on 03/01/2026 Samina's neighbour saw his car in the car park."),
        ("p", "Samina was diagnosed with post-traumatic stress disorder and depression by the Flaxmarden "
              "Community Mental Health Team in December. She is on the waiting list for trauma therapy and "
              "takes an antidepressant. She says the nightmares are fewer, but on three of Aisha's visits she "
              "had not got dressed by midday and Zara had made Ibrahim's breakfast. Ibrahim wets himself at "
              "school most days and Zara has told her teacher she cannot sleep unless her light is on."),
        ("p", "Going well: Samina has kept every appointment with the IDVA and the GP; she has put the "
              "children first in every decision about Imran; the children see Imran safely at the contact "
              "centre; and Nasreen collects them from school twice a week."),
        ("h1", "What Zara and Ibrahim say"),
        ("p", "Zara (seen on her own at school on 12/01/2026): \"I still have bad dreams about the night the "
              "police came. I put my light on and go in Mum's bed.\" \"I like seeing Dad at the centre because "
              "there are people there.\" She wants \"Mum to not be sad in the mornings\" and to go to Brownies "
              "again."),
        ("p", "Ibrahim (at home with his cars, 09/01/2026) made the daddy car crash into the mummy car and said "
              "\"naughty daddy car, police come\". He told Aisha he likes \"Nani's house, she has biscuits\". His "
              "teacher says he hides in the book corner when other children shout."),
        ("h1", "What we want for Zara and Ibrahim"),
        ("numbers", [
            "Zara and Ibrahim are safe from their dad's abuse at home, at school and in the street.",
            "Zara and Ibrahim understand what happened, feel less frightened, sleep in their own beds and "
            "manage the school day.",
            "Zara and Ibrahim are cared for each morning and evening by a mum who is recovering from what "
            "happened and can keep them safe.",
        ]),
        ("h1", "The plan, as reviewed on 20/01/2026"),
        ("p", "Refs 1 to 3 follow the outcomes above. Rows marked New were added at the review conference. "
              "Completed rows are kept for the record and close at this review."),
        ("table", {
            "header": ["Ref", "Action", "Lead - target date", "How we will know",
                       "Review at RCPC (20/01/2026)", H, H],
            "widths": [1.1, 6.6, 4.4, 5.1, 4.7, 1.6, 2.2],
            "rows": [
                [V, V, V, V, "Progress", "RAG", "Next"],
                ["1a",
                 "Give the school a copy of the non-molestation order and the list of adults who may collect "
                 "Zara and Ibrahim",
                 "Samina Hussain - by 04/11/2025",
                 "Copy and list on the school's safeguarding file",
                 "Done 30/10/2025; Mrs Pike confirmed both are on file",
                 "Green", "Completed - close"],
                ["1b",
                 "Keep the warning marker on the flat and treat any 999 call from it as an emergency",
                 "DS Karen Lowry, Flaxmarden Police Domestic Abuse Unit - until the order ends on 11/11/2026",
                 "Marker on the police system; any call-out reported to Aisha within 24 hours",
                 "Marker in place. No call-outs since October",
                 "Green", "Continue"],
                ["1c",
                 "Safety planning with Samina, including what to do if Imran comes to the flat or the school",
                 "Nadia Rahman (IDVA, Flaxmarden Domestic Abuse Service) - weekly until 31/03/2026",
                 "Written safety plan on file; Nadia's monthly update e-mailed to Aisha",
                 "Seen weekly. Safety plan updated after the sighting on 03/01/2026",
                 "Green", "Continue"],
                ["1d",
                 "Tell Aisha if Imran or his car is seen near the flat, the school or the children",
                 "Core group - same day",
                 "Each sighting logged on the case file and passed to the police",
                 "One sighting (03/01/2026), passed on the same day",
                 "Amber", "Continue"],
                ["1e",
                 "Supervised contact between Zara, Ibrahim and their dad, with a written record of every "
                 "session",
                 "Pauline Steer (Flaxmarden Contact Centre) - every other Saturday, 10am to 12 noon",
                 "Contact record sent to Aisha after each session, saying how the children were before, during "
                 "and after",
                 "Six sessions. Children relaxed; Ibrahim upset after one",
                 "Green", "Continue"],
                ["2a",
                 "ELSA sessions with Zara about her worries, her sleep and what she saw at home",
                 "Mrs Joanne Pike (ELSA, Flaxmarden Park Primary) - every Tuesday afternoon",
                 "Zara's progress monitored by school",
                 "Zara enjoys the sessions and asks when the next one is",
                 "Amber", "Continue"],
                ["2b",
                 "Keeping Safe sessions at home with Zara and Ibrahim (six sessions) on feelings, safe adults "
                 "and how to get help",
                 "Rizwana Ali (FSW, Northgate Family Hub) - carried forward",
                 "Session sheets on file; each child can name three safe adults and say how they would ring 999",
                 "Not started: FSW off sick November and December",
                 "Red", "C/F"],
                ["2c",
                 "Book Ibrahim's school-entry hearing test, missed in October",
                 "Beth Carver (school nurse) - by 30/11/2025",
                 "Result letter on the school health file",
                 "Tested 18/11/2025; hearing normal",
                 "Green", "Completed - close"],
                ["2d",
                 "See Zara and Ibrahim on their own and write down their words, worries and wishes about home "
                 "and contact with their dad",
                 "Aisha Khan (SW) - every 3 weeks, at home or school",
                 "Visit records with the children's own words; Zara's three houses redone each month",
                 "Seen six times (see 'What Zara and Ibrahim say')",
                 "Green", "Continue"],
                ["2e",
                 "Write down each day whether Ibrahim has had an accident or hidden, and what happened just "
                 "before",
                 "Miss Laura Dean (Reception teacher) - every school day",
                 "Daily CPOMS log summarised for each core group; accidents down from four a week to one or none "
                 "by 31/03/2026",
                 "Log started 05/01/2026: four accidents a week",
                 "Amber", "New"],
                ["3a",
                 "Trauma-focused therapy (EMDR) for Samina's post-traumatic stress disorder",
                 "Dr Owen Hargreaves (clinical psychologist, Flaxmarden CMHT) - new date TBC",
                 "Attendance at sessions confirmed to Aisha",
                 "On the waiting list; assessment on 08/01/2026 cancelled by the service",
                 "Amber", "C/F"],
                ["3b",
                 "Review Samina's antidepressant, and write to Aisha about how her mood is affecting her care "
                 "of the children in the mornings",
                 "Dr Farah Qureshi (GP, Northgate Surgery) - by 13/02/2026",
                 "GP letter on Aisha's file",
                 "Medication started 02/12/2025; letter not yet asked for",
                 "Amber", "New"],
                ["3c",
                 "Help Samina with her application for a housing transfer to a flat further from Eastfield",
                 "Aisha Khan (SW) - by 27/02/2026",
                 "-",
                 "Form started",
                 "Amber", "Continue"],
                ["3d",
                 "Go to the 12-week Freedom Programme at Northgate Family Hub",
                 "Samina Hussain - Thursdays 10am, 15/01/2026 to 02/04/2026",
                 "Attendance register sent to Aisha monthly; Samina tells Aisha what she has learned about how "
                 "Imran's control affected the children",
                 "Place booked",
                 "Green", "New"],
                ["3e",
                 "Collect Zara and Ibrahim from school and give them their tea while Samina is at her "
                 "appointments",
                 "Nasreen Begum (maternal grandmother) - every Tuesday and Thursday",
                 "School's collection log; Nasreen texts Aisha each Thursday evening",
                 "Has collected every week since November",
                 "Green", "Continue"],
                ["3f",
                 "Go to the assessment for the Flaxmarden Change programme for men who have been abusive, and "
                 "attend every session if accepted",
                 "Imran Hussain - assessment by 13/02/2026, then weekly",
                 "Assessment letter and attendance register sent to Aisha by the programme",
                 "Imran has asked for a place",
                 "Amber", "Continue"],
                ["3g",
                 "Parenting assessment of Samina: how she protects Zara and Ibrahim and helps them recover, "
                 "and how her health affects her care of them",
                 "Aisha Khan (SW) - by 13/03/2026",
                 "Assessment report shared with Samina and the core group by 13/03/2026",
                 "Started 06/01/2026",
                 "Amber", "Continue"],
            ],
        }),
        ("p", "RAG: Green on track or done; Amber started but behind; Red not started. C/F: carried forward. "
              "FSW: family support worker. ELSA: emotional literacy support assistant. IDVA: independent "
              "domestic violence adviser. CMHT: Community Mental Health Team."),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Imran comes to the flat or the school, or contacts Samina or the children other than at the "
            "contact centre: Samina or the school rings 999 and the police attend as an emergency (the marker "
            "is on the flat); contact at the centre stops; and Aisha holds a strategy discussion with the police "
            "and school the same day.",
            "If Samina lets Imran into the flat, or agrees to see him, Zara and Ibrahim will stay with Nasreen "
            "at 22 Linden Road (Nasreen agreed on 19/01/2026) until the strategy discussion Aisha holds that day "
            "has decided what happens next. If Nasreen cannot have them, Aisha (or the Emergency Duty Team) "
            "arranges an emergency foster placement for them that day.",
            "If Nasreen cannot collect the children on a Tuesday or Thursday, she rings the school and Samina by "
            "12 noon. Samina collects them herself, or they stay at the school's after-school club until 5.45pm "
            "(Children's Services pays; agreed with the school).",
            "If Samina is not up and dressed when Aisha or Rizwana visits on two mornings in a fortnight, Aisha "
            "rings Dr Hargreaves's team the same day and visits the next morning at 7.45am to see how the "
            "children get ready for school.",
        ]),
        ("h1", "Core groups and the next review"),
        ("bullets", [
            "Core group every 6 weeks at Northgate Family Hub, 1.30pm: 03/03/2026, 14/04/2026 and 26/05/2026.",
            "Next review child protection conference: 14/07/2026 at 10am, Flaxmarden Civic Centre.",
        ]),
    ],
    "findings": [
        F("W002", "Tell Aisha if Imran or his car is seen near"),
        F("M002", "ELSA sessions with Zara about her worries, her sleep"),
        F("T001", "Keeping Safe sessions at home with Zara and Ibrahim"),
        F("H001", "Trauma-focused therapy (EMDR) for Samina's post-traumatic stress disorder"),
        F("T002", "Trauma-focused therapy (EMDR) for Samina's post-traumatic stress disorder"),
        F("M001", "Help Samina with her application for a housing transfer"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan in Markdown: a pipe table whose owners come from person banner
#    rows ("**Nan (Brenda McAllister) will:**"), one tick column per child,
#    a key under the table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_frithwold_icpc_person_banner_rows_child_tick_columns_mcallister.md",
    "split": "tune",
    "actions": 18,
    "template": "icpc-plan-md-about-us-table-worries-going-well-childrens-words-outcomes-then-pipe-table-ref-what-needs-to-happen-target-evidence-of-change-tick-column-per-child-owners-from-bold-person-banner-rows-then-key-under-table-contingency-meetings",
    "description": (
        "Initial conference plan for a 10-year-old, a 6-year-old and a 2-year-old whose mother and her "
        "partner drink most evenings; the toddler was found in the street at night and the 10-year-old "
        "puts him to bed. The plan is a Markdown pipe table with no Who column: each group of rows sits "
        "under a bold banner row naming the person or service who will do them, and a tick column per "
        "child shows which child each row is for, with a key under the table. The Recovery Service "
        "owns and reports on the parents' drinking, and legal planning and meeting dates are set. "
        "Faults: a row under a 'The family will:' banner; a passive row under an 'Also agreed at "
        "conference' banner with no owner; the school nurse's drop-in 'as and when Ruby asks'; the "
        "Recovery Service's group measured by how confident the mother feels; a dentist row with '-' "
        "for evidence; an outcome about the adults only; and a contingency that sends the children to "
        "their grandmother with nothing said if she cannot have them, though she carries two rows."
    ),
    "text": """\
# Frithwold Metropolitan Borough Council - Children's Social Care

## Child Protection Plan

Initial child protection conference held on 09/12/2025 at Frithwold Town Hall, chaired by Lorraine
Bexley (Independent Chair). Plan written by Dean Farrow (social worker) and sent to the family and
every agency on 11/12/2025.

| About us | |
|---|---|
| Children | Ruby McAllister, born 30/04/2015 (10, Year 6, Frithwold Junior School); Mason McAllister, born 17/01/2019 (6, Year 2, Frithwold Infant School); Leo Dunn, born 08/09/2023 (2) |
| Address | 41 Heron Way, Frithwold FW7 2LN |
| Mum | Kayleigh McAllister (33) |
| Mum's partner | Craig Dunn (36), Leo's dad, lives at the house |
| Ruby and Mason's dad | Stuart McAllister, lives in Paisley; no contact for three years |
| Nan | Brenda McAllister (58), Kayleigh's mum, 14 Kestrel Close (two streets away) |
| Category | Neglect (all three children) |
| Social worker | Dean Farrow, Frithwold Children's Social Care, Locality Team East (manager: Sunita Rao) |

### What we are worried about

Kayleigh and Craig drink most evenings, mostly cider and vodka, and often until they fall asleep. On
06/11/2025 at about 9pm a neighbour found Leo in the street in his nappy and vest; the front door was
open and both adults were asleep on the sofa. The police were also called to arguments at the house on
19/10/2025 and 22/11/2025; no one was hurt. Ruby told her teacher that she puts Leo to bed "when Mum
and Craig are drunk" and makes the tea. Mason has missed 14 days of school this term. Leo has tooth
decay in his front teeth and has not had his 2-year review. On Dean's visits the kitchen was dirty, there
was little food and there were empty bottles by the sofa.

### What is going well

- Kayleigh and Craig both said at the conference that their drinking has hurt the children, and both
  have asked for help from Frithwold Recovery Service.
- Nan has had the children for tea every Wednesday since the police came in November, and the children
  say they love going.
- Ruby does well at school and wants to go to Frithwold Academy in September.
- Leo is a happy, busy little boy who runs to his mum and Craig for cuddles.

### What Ruby, Mason and Leo say

**Ruby** (seen on her own at school, 04/12/2025): "When they drink they go to sleep and I have to do
everything. I don't mind doing Leo's bath but I'm scared when he cries and they don't wake up." "I want
Mum to be like she is at Nan's." She scored home 3 out of 10.

**Mason** (at home, 05/12/2025): "Mum and Craig shout and then they're sleepy." He likes football and
"Nan's chips". He said he misses school when "nobody gets up".

**Leo** (observed at home by Dean and at the nursery visit on 02/12/2025): Leo cannot say much yet. He
ate two slices of toast quickly and asked for more, pointed to his mouth and cried when he had a cold
drink. He followed Ruby from room to room and went to her, not to the adults, when he fell over.

### What we want to happen

1. Ruby, Mason and Leo are looked after every evening and night by a sober adult.
2. Leo is safe indoors, has his teeth treated and his 2-year review, and his speech is checked.
3. Ruby is a 10-year-old again, not Leo's carer, and Mason gets to school every day.
4. Kayleigh and Craig stop drinking and stay sober.

### The plan

| Ref | What needs to happen | Target | Evidence of change | Ruby | Mason | Leo |
|---|---|---|---|---|---|---|
| **Kayleigh (Mum) and Craig will:** | | | | | | |
| K1 | Not drink any alcohol while Ruby, Mason or Leo are in their care, and keep no alcohol in the house | Every day from 10/12/2025 | No alcohol seen and breath tests clear at every unannounced visit by Dean or the Recovery Service | ✓ | ✓ | ✓ |
| K2 | Go to every appointment with their Recovery Service key worker | Weekly, from 15/12/2025 | Attendance list e-mailed to Dean by the Recovery Service each month | ✓ | ✓ | ✓ |
| K3 | Take Leo to Frithwold Dental Practice for treatment of his tooth decay, and to every follow-up | By 30/01/2026 | - | - | - | ✓ |
| K4 | Keep to the bedtime routine agreed with Paula: Leo in bed by 7pm, Mason by 7.30pm, Ruby by 8.30pm, with Kayleigh or Craig putting Leo to bed | Every night from 10/12/2025 | Bedtime chart filled in each night and checked by Paula weekly; Ruby tells Dean she has not had to put Leo to bed | ✓ | ✓ | ✓ |
| **Nan (Brenda McAllister) will:** | | | | | | |
| N1 | Come to the house at 6pm and stay until all three children are asleep | Every Friday and Saturday night | Brenda signs the bedtime chart on those nights; Dean rings her each Monday | ✓ | ✓ | ✓ |
| N2 | Have Ruby, Mason and Leo at her house for tea after school | Every Wednesday, 3.30pm to 7pm | School collection log; Brenda texts Dean each Wednesday evening | ✓ | ✓ | ✓ |
| **The family will:** | | | | | | |
| F1 | Make sure an adult who has not been drinking is in charge of the children, and agree each evening who that is | Every evening from 10/12/2025 | The children tell Dean who looked after them; breath tests clear at unannounced visits | ✓ | ✓ | ✓ |
| **Dean Farrow (SW) will:** | | | | | | |
| S1 | Home visits, at least one in three unannounced and one in three after 6pm, seeing each child on their own | Every week until the review conference | Visit records within 48 hours with each child's words and what Dean saw of the adults | ✓ | ✓ | ✓ |
| S2 | Parenting assessment of Kayleigh and Craig, including whether they can stay sober while caring for the children | By 06/03/2026 | Assessment report, with a recommendation, shared with Kayleigh, Craig and the core group by 06/03/2026 | ✓ | ✓ | ✓ |
| S3 | Refer Ruby to Frithwold Young Carers, and tell her school what she does at home | By 19/12/2025 | Young carers' assessment on file, and Ruby on the group's register by 31/01/2026 | ✓ | - | - |
| S4 | Arrange a funded nursery place for Leo at Sunflowers Nursery, five mornings a week | Place to start by 05/01/2026 | Nursery register e-mailed to Dean monthly; Leo's key worker notes his meals and any marks each day | - | - | ✓ |
| **Paula Grange (FSW, Frithwold Family Hub) will:** | | | | | | |
| P1 | Sessions at home with Kayleigh and Craig on the bedtime routine, meals and a clean, safe home | Every Tuesday from 16/12/2025 for 10 weeks | Home conditions checklist score agreed with Dean: 3/10 now, 7/10 by 06/03/2026; bedtime chart checked each week | ✓ | ✓ | ✓ |
| **Frithwold Recovery Service (Mo Siddiqui, recovery worker) will:** | | | | | | |
| R1 | Assess Kayleigh's and Craig's drinking, agree a recovery plan with each of them, and breath test them at every appointment | Assessments by 19/12/2025, then weekly | Breath test results e-mailed to Dean weekly; a written view to each core group on whether each of them is cutting down and can stay sober | ✓ | ✓ | ✓ |
| R2 | Group sessions for Kayleigh on staying sober and building her confidence | Weekly from 08/01/2026 for 10 weeks | Kayleigh feels more confident and in control | - | - | - |
| **Mrs Jenny Okoro (DSL, Frithwold Junior School) will:** | | | | | | |
| J1 | Check in with Ruby every Monday morning about her weekend, and ring Dean the same day about anything she says about drinking or caring for Leo | Every Monday in term time | Check-ins written on CPOMS and e-mailed to Dean each Monday | ✓ | - | - |
| **Mr Raj Ahmed (DSL, Frithwold Infant School) will:** | | | | | | |
| I1 | Ring home by 9.30am on any day Mason is not in school, and ring Dean if no one answers | Every school day | First-day call log e-mailed to Dean each Friday; Mason's attendance above 95% by the Easter holidays | - | ✓ | - |
| **Sam Price (school nurse) will:** | | | | | | |
| SN1 | Drop-in sessions for Ruby to talk about how she feels, her sleep and her worries at home | As and when Ruby asks | A note of each session sent to Dean | ✓ | - | - |
| **Also agreed at conference:** | | | | | | |
| A1 | Leo's 2-year review to be booked and his speech checked | By 31/01/2026 | ASQ-3 scores in Leo's red book and shared with Dean | - | - | ✓ |

Key: ✓ = this action is for this child; - = not for this child. SW = social worker. FSW = family
support worker. DSL = designated safeguarding lead. CPOMS = the schools' safeguarding record. Breath
tests are taken by the Recovery Service and by Dean with the family's agreement.

### If things go wrong

- If Kayleigh or Craig are drunk while caring for the children, or the police are called to the house:
  Ruby rings Nan (her number is in Ruby's phone) or 999; Nan comes and takes all three children to her
  house at 14 Kestrel Close; and Dean (or the Emergency Duty Team out of hours) holds a strategy
  discussion the same day.
- If Leo is found outside on his own again, or any child is left without a sober adult at night: the
  police are called, the children go to Nan's that night, and Dean asks Sunita Rao for a legal planning
  meeting within 5 working days.
- If the Recovery Service's reports or the parenting assessment show that Kayleigh and Craig are still
  drinking while caring for the children by the core group on 24/02/2026, Dean will ask for a legal
  planning meeting before the review conference.

### Core group and review

- Core group every 4 weeks at Frithwold Family Hub, 9.30am: 22/12/2025, 27/01/2026, 24/02/2026.
- Review child protection conference: 09/03/2026 at 1pm, Frithwold Town Hall.
""",
    "findings": [
        F("W002", "Make sure an adult who has not been drinking"),
        F("M001", "Take Leo to Frithwold Dental Practice for treatment of his tooth decay"),
        F("M002", "Group sessions for Kayleigh on staying sober and building her confidence"),
        F("T002", "Drop-in sessions for Ruby to talk about how she feels"),
        F("W001", "Leo's 2-year review to be booked and his speech checked"),
        F("F002", "Kayleigh and Craig stop drinking and stay sober."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group working plan in Markdown: two things in each cell ("Who -
#    when"; the action with its check on a second line after <br>), a
#    "Date added" and a "Since last core group" column, one completed row.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_fallowsgate_core_group_who_when_cell_check_second_line_nowak.md",
    "split": "tune",
    "actions": 14,
    "template": "core-group-working-plan-md-details-list-why-plan-safety-rules-going-well-zofias-words-kacpers-day-outcomes-then-pipe-table-no-date-added-what-needs-to-happen-with-check-on-second-line-br-who-dash-when-one-cell-since-last-core-group-column-completed-row-kept-then-if-something-happens-meetings",
    "description": (
        "Exemplary working plan as updated at the second core group, for a 3-year-old and a 5-month-old "
        "after the baby was found with a bruise on his cheek and fingertip bruises on his arm that "
        "neither parent could explain; the father smokes cannabis every day and has a temper, and his "
        "mother helps supervise him on Saturdays. A Markdown table in which each cell holds two "
        "things: the action with its check on a second line after a <br> ('Check: ...'), and the owner "
        "with the time in one 'Who - when' cell ('HV Lucy Grant - every 2 weeks'). A 'Date added' "
        "column and a 'Since last core group' column are notes, not the work, and one completed "
        "one-off row is kept. The drug and alcohol service reports on change, the grandmother's "
        "Saturdays have a fallback, legal planning follows named triggers, meeting dates are set, and "
        "the girl's words and the baby's day are recorded."
    ),
    "text": """\
# Fallowsgate Council Children's Services

## Child protection plan - working copy after Core Group 2 (03/02/2026)

**Zofia Nowak** (born 14/02/2022, 3, Little Owls Pre-school) and **Kacper Nowak** (born 12/08/2025, 5
months)

- Home: 7 Millrace Court, Fallowsgate FG4 1SD, with Mum, **Agata Nowak** (29), and Dad, **Tomasz
  Nowak** (31). Tomasz prefers to speak Polish; an interpreter is booked for every meeting.
- Paternal grandmother: **Halina Nowak**, 3 Weir Street (ten minutes' walk). Tomasz's brother: **Piotr
  Nowak**, 14 Canal Street.
- Category: physical abuse (both children). Initial conference 17/12/2025 (chair: Graham Tully, IRO).
- Social worker: **Helen Carrick**, Fallowsgate Safeguarding Team (team manager: Owen Price).
- Health visitor: **Lucy Grant**. GP: **Dr Anna Lis**, Harbour Street Surgery.

### Why there is a plan

On 01/12/2025 Lucy saw a bruise on Kacper's left cheek and four small round bruises on his upper arm
at a routine visit. Kacper was not yet rolling. At Fallowsgate General Hospital the paediatrician said
the bruises were very likely to have been caused by an adult gripping and hitting him; the skeletal
survey showed no fractures. Agata and Tomasz say they do not know how the bruises happened. Tomasz
smokes cannabis every evening "to sleep", and Agata told Helen that he "shouts and throws things" when
Kacper cries for a long time. The police investigation is open and no one has been charged.

### The safety rules everyone agreed

Tomasz is not alone with Kacper or Zofia until the parenting assessment is finished. Agata, or Halina
when Agata is at work on Saturday mornings, is in the same room whenever Tomasz is with Kacper. No one
smokes cannabis in the flat, the car or near the children.

### What is going well

- Agata and Tomasz have kept to the safety rules: the supervision log has been signed every day since
  18/12/2025 and no new marks have been seen on either child.
- Tomasz has gone to every appointment at the Drug and Alcohol Service and his last two urine tests
  showed less cannabis.
- Kacper is gaining weight well (50th centile) and Zofia is happy at pre-school.

### Zofia's words and Kacper's day

Zofia (with Helen and her dolls, in Polish and English, 27/01/2026) put the daddy doll in the kitchen
and the baby doll with the mummy doll, and said "Tata krzyczy" ("Daddy shouts") and then "Tata plays
horsey with me". She said she feels safe with "Mama and Babcia". At pre-school she runs to Natalia, her
key worker, and cries when a child shouts.

Kacper (seen by Lucy on 29/01/2026) is 5 months old. He smiled at Agata, reached for her hair and
rolled from his tummy to his back. He cried when Lucy undressed him and stopped as soon as Agata held
him. Agata feeds him every three hours and he sleeps in his cot in his parents' room.

### What we want for Zofia and Kacper

1. Kacper and Zofia have no more bruises or injuries, and any mark is seen and explained the same day.
2. Kacper and Zofia are cared for by parents who stay calm when they cry and never hit or grip them.
3. Kacper and Zofia live in a home with no cannabis smoke, where the adults caring for them are sober.
4. Zofia's words about home are heard, and she feels safe with both her parents.

### The plan

| No. | Date added | What needs to happen<br>*How we'll check* | Who - when | Since last core group |
|---|---|---|---|---|
| 1 | 17/12/2025 | Tomasz is never alone with Kacper or Zofia: Agata, or Halina on Saturdays, is in the same room whenever he is with Kacper<br>*Check: supervision log signed by Agata or Halina every day and read by Helen at every visit* | Tomasz, Agata and Halina - every day until the parenting assessment is finished (27/02/2026) | Log signed every day since 18/12/2025 |
| 2 | 17/12/2025 | Home visits, at least one in three unannounced: see Kacper undressed and Zofia in her room, and read the supervision log<br>*Check: visit records within 48 hours, with any mark on either child body-mapped and photographed* | SW Helen Carrick - every week until the review conference | Seven visits, three unannounced; no marks |
| 3 | 17/12/2025 | Weigh Kacper, check his skin and development, and watch how each parent holds and settles him<br>*Check: weights on the red book chart; any mark rung through to Helen the same day; ASQ-3 at 6 months* | HV Lucy Grant - every 2 weeks from 06/01/2026 | 50th centile; no marks |
| 4 | 17/12/2025 | Assess Tomasz's cannabis use, urine test him at every appointment, and write to the core group on whether he is cutting down and is likely to stop<br>*Check: test results e-mailed to Helen weekly; written report to each core group* | Fallowsgate Drug and Alcohol Service (Kamil Nowicki, recovery worker) - weekly from 08/01/2026 | Levels falling on the last two tests; report received |
| 5 | 17/12/2025 | Not smoke cannabis in the flat, the car or near the children, and go to every Drug and Alcohol Service appointment<br>*Check: urine tests lower at each core group and clear by the review conference* | Tomasz - every day from 18/12/2025 | Seven of seven appointments kept |
| 6 | 17/12/2025 | Parenting assessment of Agata and Tomasz, with an interpreter for Tomasz, covering how the bruises could have happened and how Tomasz manages his temper<br>*Check: assessment report with a recommendation, shared with Agata, Tomasz and the core group* | SW Helen Carrick - by 27/02/2026 | Five of eight sessions done |
| 7 | 17/12/2025 | Note Zofia's mood, play and any marks at every session, and ring Helen the same day about any mark or worrying words<br>*Check: pre-school record e-mailed to Helen every Friday* | Little Owls Pre-school (Natalia Berg, key worker) - every session (Mon, Tue, Thu) | No marks; Zofia settled |
| 8 | 17/12/2025 | Follow-up skeletal survey films for Kacper<br>*Check: result letter to the GP and Helen* | Paediatric team, Fallowsgate General - by 31/12/2025 | Done 30/12/2025, films clear. Closed |
| 9 | 17/12/2025 | Go to the assessment for the Steady Hands programme for fathers, and to every session if offered a place<br>*Check: assessment letter and attendance register sent to Helen* | Tomasz - assessment by 13/02/2026, then every Monday evening for 10 weeks | Assessment booked for 10/02/2026 |
| 10 | 17/12/2025 | Give Kacper the 16-week immunisations he missed, and write to Helen with anything from his check that worries her<br>*Check: immunisations in the red book; GP letter on Helen's file* | GP Dr Anna Lis - by 13/02/2026 | Booked for 09/02/2026 |
| 11 | 06/01/2026 | Go through the ICON plan for a crying baby with Agata and Tomasz (with an interpreter)<br>*Check: each parent tells Lucy what they will do when Kacper will not stop crying; signed ICON plan on the fridge* | HV Lucy Grant - by 17/02/2026 | Agata done 20/01/2026; Tomasz's session booked |
| 12 | 06/01/2026 | Three sessions of direct work with Zofia using dolls and a "my family" drawing, to hear who she feels safe with<br>*Check: Zofia's drawings and words written down and shared at Core Group 3* | SW Helen Carrick - by 27/02/2026 | First session done 27/01/2026 |
| 13 | 06/01/2026 | Come to the flat while Agata is at work and stay in the same room whenever Tomasz is with Kacper<br>*Check: Halina signs the supervision log; Helen rings her each Monday* | Halina Nowak (Babcia) - every Saturday, 7am to 1.30pm | Four Saturdays, all signed |
| 14 | 03/02/2026 | Write down each evening any bump, fall or mark on Kacper or Zofia and how it happened<br>*Check: notebook shown to Lucy and Helen at every visit* | Agata - every evening from 04/02/2026 | New at Core Group 2 |
| 15 | 03/02/2026 | Book a Polish interpreter for every meeting and assessment session Tomasz goes to<br>*Check: interpreter's name on each meeting record, signed by Tomasz* | SW Helen Carrick - before every meeting | New at Core Group 2 |

Row 8 is done and closed; it stays in the table until the review conference. SW: social worker. HV:
health visitor. ASQ-3: Ages and Stages Questionnaire. ICON: "Babies cry, you can cope" programme.

### If something happens

- **A new mark or injury:** if anyone sees a mark or injury on Kacper or Zofia that is not clearly
  explained, they ring Helen (or the Emergency Duty Team) at once. The child is seen by a paediatrician
  that day, Helen holds a strategy discussion that day, and Tomasz stays at Piotr's at 14 Canal Street
  until it decides what happens next. Helen asks Owen Price for a legal planning meeting within 2
  working days.
- **The safety rules are broken:** if Tomasz is found alone with Kacper, or cannabis is smoked in the
  flat, Tomasz leaves the flat that day and stays at Piotr's, and Helen holds a strategy discussion
  the same day and asks for a legal planning meeting within 5 working days.
- **Halina cannot come on a Saturday:** she rings Agata by 8pm on the Friday. Agata stays at home that
  morning (her manager at Piekarnia Bakery has agreed) and Tomasz goes out until she is back. If
  Halina cannot come for more than one Saturday, Helen and Agata agree another adult on Helen's list of
  checked supervisors before the next Saturday.
- **Not enough change:** if the parenting assessment on 27/02/2026 or Kamil's reports show that Tomasz
  is still smoking cannabis at home or cannot stay calm with the children, Helen will ask for a legal
  planning meeting before the review conference.

### Meetings

- Core group every 4 weeks at Fallowsgate Children's Centre, 10am: 06/01/2026, 03/02/2026 and
  03/03/2026 (Core Group 3).
- Review child protection conference: 12/03/2026 at 2pm, Fallowsgate Civic Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. RCPC plan sent by e-mail, pasted from the council's tracker spreadsheet:
#    tab-separated rows under a header in capitals, theme rows, completed
#    rows, a RAG key. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_foxthornby_rcpc_tracker_spreadsheet_tab_rows_caps_header_doherty.txt",
    "split": "tune",
    "actions": 15,
    "template": "rcpc-plan-email-txt-caps-section-headings-then-tracker-spreadsheet-pasted-as-tab-separated-rows-ref-date-added-task-person-agency-target-evidence-of-change-rag-comments-theme-rows-completed-rows-kept-rag-key-then-contingency-review",
    "description": (
        "Review conference plan for a 13-year-old who goes missing at night with older youths and an "
        "8-year-old who comes to school hungry and unkempt; their father has cared for them alone since "
        "their mother died in 2022 and drinks heavily. The social worker e-mails the plan with the "
        "council's tracker pasted in from a spreadsheet: tab-separated rows under a header in capitals "
        "(REF, DATE ADDED, TASK, PERSON/AGENCY, TARGET, EVIDENCE OF CHANGE, RAG, COMMENTS), theme rows, "
        "two completed one-off rows and a RAG key. Faults: the CAMHS referral has '-' for its person or "
        "agency; help with benefits and gas arrears has an 'Ongoing' target; the parenting assessment's "
        "target is blank; the learning mentor's sessions are measured by 'Discussed at core group'; "
        "'All agencies' pass on sightings; the father's drinking is recorded but no adult service owns "
        "any row (he owns his own appointments); the contingency only says the core group will review "
        "and consider next steps; and the next review conference is 'date TBC'."
    ),
    "text": """\
From: Kerry Walsh <kerry.walsh@foxthornby.gov.uk>
To: Foxthornby core group - Doherty
Sent: 08/01/2026 16:42
Subject: OFFICIAL-SENSITIVE: Callum and Aoife Doherty - plan from review conference 06/01/2026

Hello all,

Below is the plan agreed at Tuesday's review conference. The action tracker is pasted straight from
the spreadsheet, so the columns may not line up in your e-mail; the RAG key is underneath. Please
check your rows and let me know by Friday if anything is wrong.

Kerry Walsh, Social Worker, Foxthornby Children's Services, Family Safeguarding Team 3
(team manager: Martin Quayle)


CHILDREN AND FAMILY
-------------------
Callum Doherty, born 02/06/2012 (13), Year 8, Foxthornby Academy
Aoife Doherty, born 19/11/2017 (8), Year 4, St Brigid's RC Primary School
Dad: Sean Doherty (45), 23 Quarry Bank, Foxthornby FX9 4HD. Sole carer since the children's mum,
Siobhan, died of cancer in March 2022.
Aunt: Maeve Doherty (Sean's sister), 6 Ash Grove, Foxthornby
Category: Neglect (both children). Initial conference 07/10/2025. Review conference 06/01/2026,
chaired by Yvonne Bright (IRO). Decision: both children remain subject to a plan.


WHY THE PLAN CONTINUES
----------------------
Sean drinks every day, mostly strong lager, from the afternoon onwards. He lost his job in the summer
and the gas was cut off for three weeks in November because of arrears. His GP has offered to refer
him for a community detox; he has not yet said yes. He has been going to Foxthornby Alcohol Service
since October but told me in December that he is "still drinking most nights, just less".

Callum has been reported missing five times since October, twice overnight; he is seen with older
lads at the Quarry Bank precinct and came home once with new trainers and a phone he could not
explain. Aoife comes to school hungry most Mondays, her uniform is often dirty and she has had head
lice since the summer. Both children are sad about their mum and neither has had any help with that.


WHAT IS WORKING
---------------
- Sean came to both conferences, was honest about his drinking and says he wants to stop.
- Maeve has had Aoife for tea twice a week since October and Aoife looks forward to it.
- Callum has gone to every session with Danny at the Youth Hub and has not been missing since
  12/12/2025.
- Aoife's attendance is 96% this term and she is in the school choir.


WHAT CALLUM AND AOIFE SAY
-------------------------
Callum (seen on his own at the Youth Hub, 17/12/2025): "Dad's alright, he just drinks 'cause of
Mum." "The lads at the precinct are sound, they don't boss me about." "I don't want to go to a
foster home." He scored home 6 out of 10.

Aoife (seen on her own at school, 18/12/2025): "I miss Mummy. Daddy cries sometimes." "Auntie Maeve
does fish fingers and lets me do her hair." She said she is hungry "on Saturdays and Sundays when
Daddy's asleep". She wants "Callum to stay in at night".


WHAT WE WANT FOR CALLUM AND AOIFE
---------------------------------
1. Callum is home every night, safe from adults who want to use him, and can tell someone when he is
   worried.
2. Aoife has three meals a day, clean clothes and treated hair, and is never left hungry at weekends.
3. Both children get help with losing their mum, and are cared for by a dad who is sober when they
   are at home.


ACTION TRACKER (pasted from Foxthornby CP tracker v3, updated 06/01/2026)
--------------------------------------------------------------------------
REF\tDATE ADDED\tTASK\tPERSON/AGENCY\tTARGET\tEVIDENCE OF CHANGE\tRAG\tCOMMENTS
THEME 1 - CALLUM: SAFE OUTSIDE THE HOME\t\t\t\t\t\t\t
C1\t07/10/2025\tReturn home interview with Callum after every missing episode, shared with the SW and police\tFoxthornby Missing Service (Jordan Lacey)\tWithin 72 hours of each return\tInterview record on file; anything about the older lads passed to police the same day\tG\t4 interviews done
C2\t07/10/2025\tComplete the exploitation screening tool for Callum and take it to the exploitation panel\tKerry Walsh (SW)\tBy 31/10/2025\tScreening tool on file; panel minutes\tComplete\tPanel 28/10/2025 - closed
C3\t07/10/2025\tWeekly sessions with Callum on friendships, staying safe and who is using him\tDanny Ross (youth worker, Foxthornby Youth Hub)\tEvery Thursday, 4pm\tCallum's own "how safe am I" score recorded each session; missing episodes down to none a month by the next review\tG\tNo missing since 12/12
C4\t07/10/2025\tPass on any sighting of Callum at the Quarry Bank precinct or out after 10pm\tAll agencies\tSame day\tSighting logged on the case file and sent to the police\tA\t
C5\t06/01/2026\tRing the police and report Callum missing if he is not home by 10pm, then ring the SW or EDT\tSean Doherty\tEvery night Callum is not in by 10pm\tMissing reports on the police log; calls on the EDT log\tA\tNew at RCPC
C6\t07/10/2025\tRefer Callum to CAMHS for his low mood and poor sleep\t-\tBy 30/01/2026\tCAMHS acceptance letter on file\tR\tNot done - C/F
THEME 2 - AOIFE: FED, CLEAN AND IN SCHOOL\t\t\t\t\t\t\t
A1\t07/10/2025\tBreakfast club place for Aoife, and a check of her uniform and hair each morning\tMrs Bernie Nolan (DSL, St Brigid's)\tEvery school day\tBreakfast club register; uniform and hair log e-mailed to the SW each Friday\tG\t
A2\t07/10/2025\tTreat Aoife's head lice and show Sean how to comb them out\tJo Baxter (school nurse)\tBy 24/10/2025\tAoife's hair clear at the school nurse check\tComplete\tClear on 21/10/2025 - closed
A3\t07/10/2025\tSessions with Aoife about missing her mum, using the "Memory Box" pack\tMiss Hannah Carr (learning mentor, St Brigid's)\tEvery Wednesday morning\tDiscussed at core group\tA\tGoing well
A4\t07/10/2025\tHave Aoife at her house for tea and a bath after school\tMaeve Doherty (aunt)\tTuesdays and Thursdays, 3.30pm to 7pm\tMaeve texts the SW each Thursday; Aoife tells the SW about her teas\tG\t
A5\t06/01/2026\tRefer Callum and Aoife to Brightside Children's Bereavement Service for help with losing their mum\tKerry Walsh (SW)\tBy 13/02/2026\tReferral accepted letter, and first session date on file\tA\tNew at RCPC
THEME 3 - DAD: SOBER AND ABLE TO CARE\t\t\t\t\t\t\t
D1\t07/10/2025\tGo to key-work appointments at Foxthornby Alcohol Service\tSean Doherty\tEvery Monday, 11am\tAttendance letter from the service to the SW each month\tA\tMissed 2 in December
D2\t07/10/2025\tNot drink when Callum and Aoife are in the house, and keep no drink in the house\tSean Doherty\tEvery day\tNo alcohol seen and Sean sober at every unannounced visit; the children tell the SW Dad was sober at teatime\tA\t
D3\t07/10/2025\tHome visits, one in three unannounced, seeing each child on their own\tKerry Walsh (SW)\tEvery 2 weeks\tVisit records within 48 hours with each child's words\tG\t
D4\t06/01/2026\tParenting assessment of Sean, including how his drinking affects his care of the children\tKerry Walsh (SW)\t\tAssessment report shared with Sean and the core group\tA\tStarted
D5\t07/10/2025\tHelp Sean claim Universal Credit and agree a plan to pay off the gas arrears\tGed Hughes (FSW, Foxthornby Family Hub)\tOngoing\tUniversal Credit award letter on file; gas supply on, with no gaps\tA\tClaim made
D6\t07/10/2025\tSessions at home with Sean on meals, a weekend routine for the children and a tidy home\tGed Hughes (FSW, Foxthornby Family Hub)\tEvery Monday afternoon\tHome conditions checklist score agreed with the SW: 3/10 in October, 6/10 now, 8/10 by 27/03/2026\tA\t

RAG KEY: G = on track. A = started, some way to go. R = not started or off track. Complete = done,
closed at this review (the row stays on the tracker until the next review). C/F = carried forward.
SW = social worker. FSW = family support worker. DSL = designated safeguarding lead. EDT = Emergency
Duty Team.


CONTINGENCY
-----------
If things do not improve, or there are any further concerns about Callum or Aoife, the core group
will meet to review the plan and consider what needs to happen next.


CORE GROUP AND NEXT REVIEW
--------------------------
Core group every 6 weeks at Foxthornby Family Hub, 2pm: 17/02/2026, 31/03/2026 and 12/05/2026.
Next review child protection conference: date TBC (the Conference Team will write to everyone).
If the plan has not made enough progress by the next review conference, I will ask Martin Quayle
for a legal planning meeting.

Thanks,
Kerry
""",
    "findings": [
        F("W002", "Pass on any sighting of Callum at the Quarry Bank precinct"),
        F("W001", "Refer Callum to CAMHS for his low mood and poor sleep"),
        F("M002", "Sessions with Aoife about missing her mum"),
        F("T001", "Parenting assessment of Sean, including how his drinking affects"),
        F("T002", "Help Sean claim Universal Credit and agree a plan"),
        F("F004"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan as updated at the first core group, family moving to another
#    authority: Word table with headers in capitals, the WHO column merged
#    down the rows each person does, a cell of bullet steps that is one
#    action, LINKED OUTCOME and DATE ADDED columns. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_fernicombe_icpc_caps_headers_who_merged_down_linked_outcome_bramwell.docx",
    "doc_title": "Child Protection Plan - Poppy Bramwell",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-plan-docx-updated-at-first-core-group-kv-details-worries-strengths-poppys-day-outcomes-o1-o4-moving-to-another-area-note-then-caps-header-table-who-merged-down-per-person-task-target-date-what-good-looks-like-linked-outcome-date-added-bullet-steps-in-one-cell-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan, as updated at the first core group, for a 4-month-old whose father "
        "punched her mother while she held the baby; the mother has anxiety and depression, and she and "
        "the baby are living with the maternal grandmother until they move to another local authority "
        "in February. A Word table with headers in capitals: the WHO column is merged down the rows "
        "each person or agency does, one TASK cell holds the steps of a single action as bullets, and "
        "LINKED OUTCOME and DATE ADDED columns are notes, not the work. Faults: 'ALL AGENCIES' merged "
        "down two rows; Talking Therapies' CBT only treats the mother and is not asked about change; "
        "the mother's counselling starts 'when Jade feels ready'; the health visitor's safe sleep and "
        "crying baby session has an empty measure cell; the parenting assessment is handed on to the "
        "receiving authority to start after its transfer-in conference; and one outcome is about the "
        "mother only."
    ),
    "blocks": [
        ("title", "CHILD PROTECTION PLAN"),
        ("p", "Fernicombe County Council - Children and Families Service"),
        ("p", "Agreed at the initial child protection conference on 08/12/2025 (chair: Rosalind Achterberg, "
              "IRO) and updated at the first core group on 18/12/2025. Rows added at the core group show that "
              "date in the DATE ADDED column."),
        ("kv", [
            ("Child", "Poppy Bramwell, born 11/08/2025 (4 months)"),
            ("Living at", "12 Tanyard Lane, Fernicombe FE5 3JW, with her mum and her maternal grandmother"),
            ("Mother", "Jade Bramwell (22)"),
            ("Father", "Ryan Colclough (25), living at his mother's in Fernicombe; police bail not to contact "
                       "Jade or go to Tanyard Lane until 05/02/2026"),
            ("Maternal grandmother", "Lynne Bramwell (51)"),
            ("Category", "Physical abuse"),
            ("Social worker", "Niamh Fordham, Fernicombe Assessment and Safeguarding Team (team manager: "
                              "Craig Pellow)"),
            ("Health visitor", "Gemma Lowe, Fernicombe Health Visiting Service"),
        ]),
        ("h1", "WHAT WE ARE WORRIED ABOUT"),
        ("p", "On 03/11/2025 Ryan punched Jade in the face while she was holding Poppy at their flat. Poppy "
              "fell onto the sofa; she was checked at Fernicombe Royal Infirmary and was not hurt. The police "
              "had been called to the flat twice before, in June and September, when Jade was pregnant and "
              "then when Poppy was three weeks old. Ryan was arrested and bailed, and Jade and Poppy went to "
              "live with Lynne. Ryan has texted Jade from other people's phones asking to see Poppy."),
        ("p", "Jade has anxiety and depression. Her GP started sertraline in October and referred her to "
              "Fernicombe NHS Talking Therapies. Jade says she is frightened all the time, sleeps badly and "
              "sometimes cannot face going out. Gemma has seen Poppy left in her car seat for long spells, "
              "and Jade has said she feels she is \"not a natural mum\"."),
        ("h1", "WHAT IS GOING WELL"),
        ("bullets", [
            "Jade left Ryan after the assault and has kept to the safety plan she made with the IDVA.",
            "Lynne has made a room for Jade and Poppy and helps with night feeds.",
            "Poppy is feeding well and is on the 25th centile, as at birth.",
            "Jade has been offered a housing association flat in Calderbrook, near her sister, from "
            "16/02/2026.",
        ]),
        ("h1", "POPPY'S DAY"),
        ("p", "Poppy is 4 months old and cannot tell us what her life is like, so Gemma and Niamh wrote down "
              "what they saw at Lynne's on 15/12/2025. Poppy woke at 6am and Lynne gave her the first feed "
              "while Jade slept. When Jade came down Poppy watched her face and smiled, and Jade smiled back "
              "and talked to her. Poppy spent an hour in her car seat in the hall while Jade was on the phone, "
              "and fell asleep there. She startles and cries at loud noises, such as the door banging, and "
              "settles quickest on Lynne's shoulder."),
        ("h1", "OUTCOMES"),
        ("table", {
            "header": ["CODE", "WHAT WE WANT TO BE DIFFERENT"],
            "widths": [2.0, 15.0],
            "rows": [
                ["O1", "Poppy is safe from her father's violence, at Lynne's and after the move."],
                ["O2", "Poppy is fed, settled and growing, and spends her days with a mum who notices and "
                       "meets her needs."],
                ["O3", "Poppy's move to Calderbrook is safe, with every service in place on the day she "
                       "arrives."],
                ["O4", "Jade's anxiety and low mood get better and she feels more confident."],
            ],
        }),
        ("h1", "MOVING TO CALDERBROOK"),
        ("p", "Jade and Poppy expect to move to Flat 4, 9 Ropewalk, Calderbrook on 16/02/2026. Fernicombe "
              "stays responsible for this plan until Calderbrook Council holds its transfer-in conference, "
              "which it will set within 15 working days of the move. Niamh has told Calderbrook's First "
              "Response team about the move (18/12/2025)."),
        ("h1", "ACTION PLAN"),
        ("table", {
            "header": ["WHO", "TASK", "TARGET DATE", "WHAT GOOD LOOKS LIKE", "LINKED OUTCOME", "DATE ADDED"],
            "widths": [4.0, 7.6, 3.6, 5.8, 2.4, 2.3],
            "rows": [
                ["SOCIAL WORKER\nNiamh Fordham",
                 "See Poppy at Lynne's, undressed at least once a fortnight, and see Jade on her own at each "
                 "visit",
                 "Every week until the transfer-in conference",
                 "Visit records within 48 hours, with what Jade says and how Poppy is",
                 "O1, O2", "08/12/2025"],
                [V,
                 "Parenting assessment of Jade, to be handed to Calderbrook Council's assessment team and "
                 "started by them after the transfer-in conference",
                 "Within 4 weeks of the transfer-in conference",
                 "Assessment report shared with Jade and the core group",
                 "O2", "08/12/2025"],
                [V,
                 "Send Calderbrook Council the case records and this plan, and book a joint home visit with "
                 "their social worker before the move",
                 "By 30/01/2026",
                 "Calderbrook's written confirmation that the records arrived; joint visit on the case file",
                 "O3", "18/12/2025"],
                ["HEALTH VISITOR\nGemma Lowe",
                 "Weigh Poppy, check her development and talk with Jade about Poppy's feeds, sleep and play",
                 "Every 2 weeks",
                 "Weights plotted on the red book chart; ASQ-3 at 6 months shared with the SW",
                 "O2", "08/12/2025"],
                [V,
                 "Talk Jade and Lynne through safe sleep and coping with a crying baby (ICON), and look at "
                 "where Poppy sleeps",
                 "By 19/12/2025",
                 "",
                 "O2", "08/12/2025"],
                ["JADE (MUM)",
                 "Do the Freedom Programme online course, one module a week",
                 "Weekly from 12/01/2026 (online, so it carries on after the move)",
                 "Certificate for each module e-mailed to the SW",
                 "O1", "08/12/2025"],
                [V,
                 "Not let Ryan see Poppy or come to Lynne's, and tell the police and the SW about any message "
                 "or visit from him",
                 "Every day from 08/12/2025",
                 "No police call-outs; every message from Ryan shown to the SW within 24 hours",
                 "O1", "08/12/2025"],
                [V,
                 "Start counselling at the Fernicombe Women's Centre about what happened with Ryan",
                 "When Jade feels ready",
                 "Counsellor's letter to the SW confirming the start date",
                 "O4", "08/12/2025"],
                [V,
                 "Get the Calderbrook flat ready for Poppy before the move:\n"
                 "\u2022 cot and mattress set up in Jade's room\n"
                 "\u2022 stair gate fitted\n"
                 "\u2022 smoke alarm tested\n"
                 "\u2022 Jade and Poppy registered with a Calderbrook GP",
                 "By 13/02/2026",
                 "Niamh ticks each step on the checklist at the joint home visit",
                 "O3", "18/12/2025"],
                ["TALKING THERAPIES\nPriya Desai, CBT therapist, Fernicombe NHS Talking Therapies",
                 "Eight sessions of CBT with Jade for anxiety and low mood",
                 "Weekly from 06/01/2026",
                 "Attendance and PHQ-9 and GAD-7 scores shared with the SW after each session",
                 "O4", "08/12/2025"],
                ["GP\nDr Tom Ashby, Fernicombe Medical Practice",
                 "Review Jade's sertraline and write to the SW about how her anxiety and low mood affect her care "
                 "of Poppy",
                 "By 09/01/2026",
                 "GP letter on the SW's file",
                 "O2, O4", "08/12/2025"],
                ["POLICE\nDC Lauren Betts, Fernicombe Police Domestic Abuse Team",
                 "Keep the warning marker on Lynne's address, move it to the Calderbrook address on the day of "
                 "the move, and tell the SW of any breach of bail",
                 "Until 05/06/2026 (marker reviewed on 05/02/2026)",
                 "Any call-out or breach e-mailed to the SW within 24 hours",
                 "O1", "08/12/2025"],
                ["IDVA\nSara Okonjo, Fernicombe Domestic Abuse Service",
                 "Safety planning with Jade, including a plan for the move and for any contact from Ryan's "
                 "family",
                 "Weekly until the move (16/02/2026)",
                 "Written safety plan shared with the SW; DASH risk assessment redone each month",
                 "O1, O3", "08/12/2025"],
                ["ALL AGENCIES",
                 "Tell the SW the same day if Ryan is seen with Jade or Poppy, or near Lynne's",
                 "Same day",
                 "Each report logged on the case file",
                 "O1", "08/12/2025"],
                [V,
                 "Share any worry about Poppy's care, marks or weight with the SW and the health visitor",
                 "Within 24 hours",
                 "Concerns logged on the case file and followed up by the SW the same week",
                 "O1, O2", "08/12/2025"],
                ["RYAN (DAD)",
                 "Go to the assessment for the Fernicombe Respect programme for men who have been violent to a "
                 "partner",
                 "By 16/01/2026",
                 "Assessment letter from the programme sent to the SW",
                 "O1", "08/12/2025"],
                ["MATERNAL GRANDMOTHER\nLynne Bramwell",
                 "Have Jade and Poppy living with her, and look after Poppy while Jade is at her appointments",
                 "Every day until the move (16/02/2026)",
                 "Poppy seen at Lynne's at every visit; Lynne tells the SW about any appointment she could not "
                 "cover",
                 "O1, O2", "08/12/2025"],
            ],
        }),
        ("p", "SW: social worker. ICON: \"Babies cry, you can cope\". ASQ-3: Ages and Stages Questionnaire. "
              "IDVA: independent domestic violence adviser. DASH: domestic abuse risk assessment."),
        ("h1", "IF THINGS GO WRONG"),
        ("bullets", [
            "If Ryan comes to Lynne's, or to the new flat after the move, or contacts Jade or Poppy in breach of "
            "his bail: Jade or Lynne rings 999, the police attend as an emergency (the marker is on the "
            "address), and Niamh holds a strategy discussion the same day.",
            "If Jade lets Ryan see Poppy, or goes back to live with him: Poppy stays with Lynne, Niamh holds a "
            "strategy discussion the same day, and Niamh asks Craig Pellow for a legal planning meeting within "
            "5 working days.",
            "If Lynne cannot have Jade and Poppy any longer, or cannot look after Poppy during an appointment, "
            "Jade takes Poppy to the appointment and uses the Family Hub creche; if they need somewhere to live "
            "before the move, Niamh arranges a room at Fernicombe women's refuge that day.",
            "If Poppy's weight drops below the 9th centile, or Gemma or Niamh finds Poppy left in her car seat "
            "for long spells again, Niamh visits the next day and asks for a legal planning meeting if it has "
            "happened twice.",
        ]),
        ("h1", "MEETINGS"),
        ("bullets", [
            "Core group every 4 weeks at Fernicombe Family Hub, 10am: 18/12/2025 (held), 15/01/2026 and "
            "12/02/2026.",
            "Review child protection conference: 05/03/2026 at 11am, Fernicombe County Hall, unless "
            "Calderbrook's transfer-in conference has been held by then.",
        ]),
    ],
    "findings": [
        F("X001", "Parenting assessment of Jade, to be handed to Calderbrook Council's"),
        F("M001", "Talk Jade and Lynne through safe sleep and coping"),
        F("T002", "Start counselling at the Fernicombe Women's Centre"),
        F("H001", "Eight sessions of CBT with Jade for anxiety"),
        F("W002", "Tell the SW the same day if Ryan is seen"),
        F("W002", "Share any worry about Poppy's care, marks or weight"),
        F("F002", "Jade's anxiety and low mood get better and she feels more confident."),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan: WHEN column merged over each group of rows, reference codes,
#    a key to abbreviations under the table, the header row repeated over
#    the page break. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_fletchmoor_icpc_when_merged_over_groups_ref_key_pearce.pdf",
    "doc_title": "Child Protection Plan - Jack, Ella and Finn Pearce",
    "split": "tune",
    "actions": 15,
    "min_pages": 3,
    "check_vmerge": 5,
    "header": "OFFICIAL-SENSITIVE · Fletchmoor Council Children's Services · Child protection plan",
    "footer": "Jack, Ella and Finn Pearce · ICPC 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-details-table-what-happened-strengths-each-childs-words-outcomes-then-when-ref-what-we-will-do-lead-how-we-will-see-it-has-worked-table-when-merged-over-each-group-of-rows-header-repeated-over-page-break-key-under-table-then-safety-and-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-year-old, an 8-year-old and a 4-year-old after "
        "their mother's partner hit the eldest with a belt; he is on bail away from the home, and the "
        "mother has depression treated by her GP. The plan is a table whose WHEN column is merged over "
        "each group of rows ('Within 10 working days of conference (by 03/02/2026)', 'Every week until "
        "the review conference (14/04/2026)', 'Every other weekend', 'By the second core group "
        "(03/03/2026)', 'By the review conference'), with reference codes, a key to abbreviations under "
        "the table and the header row repeated over the page break. The GP owns a row, the aunt's "
        "after-school care and the father's weekends have fallbacks, legal planning follows named "
        "triggers, meeting dates are set and each child's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference, 20/01/2026, Fletchmoor Civic Centre. Chair: Anthony "
              "Redfern (Child Protection Chair). This plan was agreed with Donna at the conference and sent "
              "to the family and every agency on 22/01/2026."),
        ("table", {
            "header": ["Name", "Date of birth", "School", "Category"],
            "widths": [4.0, 3.0, 6.0, 4.0],
            "rows": [
                ["Jack Pearce", "14/07/2014 (11)", "Fletchmoor High School, Year 7", "Physical abuse"],
                ["Ella Pearce", "03/03/2017 (8)", "Fletchmoor Primary School, Year 4", "Emotional abuse"],
                ["Finn Pearce", "26/05/2021 (4)", "Fletchmoor Primary School, Reception", "Emotional abuse"],
            ],
        }),
        ("kv", [
            ("Address", "8 Lowther Street, Fletchmoor FL2 7NB"),
            ("Mother", "Donna Pearce (34), works at a care home, 9am to 3pm weekdays and until 5pm on Tuesdays "
                       "and Thursdays"),
            ("Children's father", "Lee Pearce (37), 51 Bank Top, Fletchmoor; the children stay with him every "
                                  "other weekend"),
            ("Mother's partner", "Wayne Tilsley (39); on police bail not to contact the children or go to "
                                 "Lowther Street until 20/02/2026"),
            ("Maternal aunt", "Lisa Garside, 3 Sefton Road, Fletchmoor"),
            ("Social worker", "Kirsty Hale, Fletchmoor Safeguarding Team (team manager: Ruth Ogden)"),
        ]),
        ("h1", "What happened"),
        ("p", "On 06/01/2026 Jack told his form tutor that Wayne had hit him with a belt on 22/12/2025 because "
              "he had been rude to his mum. The school nurse saw three healed marks across his back. Jack said "
              "Wayne had hit him \"loads of times\" since he moved in last spring, and that Ella and Finn are "
              "sent upstairs when Wayne shouts. Ella told her teacher that Wayne \"smacks Jack and makes Mummy "
              "cry\". Wayne was arrested on 07/01/2026 and bailed away from the home. Donna says she did not "
              "know about the belt, but agreed that she had seen Wayne smack Jack and had not stopped it."),
        ("p", "Donna has depression and takes citalopram from her GP. She told the conference she has felt "
              "\"flat and tired\" since the autumn and \"let Wayne take over\"."),
        ("h1", "What is going well"),
        ("bullets", [
            "Donna has kept Wayne away from the house since his arrest and says the relationship is over.",
            "Lee has the children every other weekend, and they all say they like going.",
            "Lisa has collected Ella and Finn on Tuesdays and Thursdays since the autumn.",
            "Jack told a teacher what was happening, and all three children have a good attendance record.",
        ]),
        ("h1", "What Jack, Ella and Finn say"),
        ("p", "Jack (seen on his own at school, 13/01/2026): \"I don't want Wayne back, not ever.\" \"Mum "
              "didn't do anything, but she's better now he's gone.\" He wants to \"go to Dad's more\" and to "
              "keep going to boxing club. He scored how safe he feels at home as 4 out of 10 before Wayne left "
              "and 8 now."),
        ("p", "Ella (seen on her own at school, 14/01/2026) drew a house with Wayne in a dark cloud and said: "
              "\"When Wayne shouts I take Finn upstairs and we hide under my duvet.\" She wants \"Mum to be "
              "happy and not cry\"."),
        ("p", "Finn (at home with Lego, 15/01/2026) built a tower, knocked it over and said \"Wayne shouted "
              "and the tower broke\". He told Kirsty he likes \"Auntie Lisa's fish fingers\" and \"Daddy's "
              "big bed\"."),
        ("h1", "What we want for Jack, Ella and Finn"),
        ("numbers", [
            "Jack, Ella and Finn are never hit, and are kept away from Wayne unless a court or this plan "
            "decides otherwise.",
            "Jack, Ella and Finn have a mum who stops anyone hurting them and who they can tell when they are "
            "worried.",
            "Jack, Ella and Finn understand what happened was not their fault, and feel safe at home: Jack "
            "scores 8 or more, and Ella and Finn no longer hide when there is shouting.",
        ]),
        ("h1", "The plan"),
        ("p", "The WHEN column gives the time for every row beside it unless a row gives its own."),
        ("table", {
            "header": ["WHEN", "Ref", "What we will do", "Lead", "How we will see it has worked"],
            "widths": [3.0, 1.1, 5.6, 3.1, 4.2],
            "rows": [
                ["Within 10 working days of conference (by 03/02/2026)", "A1",
                 "Tell Jack, Ella and Finn, in words each can understand, what the plan is and who they can tell "
                 "if they are worried",
                 "Kirsty Hale (SW)",
                 "Each child names two safe adults when Kirsty asks at her next visit, written on the visit record"],
                [V, "A2",
                 "Write down with Donna the family safety rules: Wayne does not come to the house or see the "
                 "children, and no one smacks or hits them",
                 "Kirsty Hale (SW)",
                 "Safety agreement signed by Donna, on file, with a copy on the kitchen wall"],
                [V, "A3",
                 "Review Donna's citalopram and her mood, and write to Kirsty about how her depression is "
                 "affecting her care of the children",
                 "Dr Susan Varley (GP, Bank Top Surgery)",
                 "GP letter on Kirsty's file by 03/02/2026"],
                [V, "A4",
                 "Refer Donna to the eight-week Fletchmoor Positive Parenting group",
                 "Kirsty Hale (SW)",
                 "Place and start date confirmed by letter from the group"],
                ["Every week until the review conference (14/04/2026)", "B1",
                 "Home visits, one in three unannounced, seeing each child on their own",
                 "Kirsty Hale (SW)",
                 "Visit records within 48 hours with each child's words, and anything they say about Wayne"],
                [V, "B2",
                 "Check in with Jack on Monday mornings about his week, look for marks, and ring Kirsty the same "
                 "day about any worry",
                 "Mr Amir Shah (DSL, Fletchmoor High)",
                 "Check-in notes on CPOMS e-mailed to Kirsty every Friday"],
                [V, "B3",
                 "Check in with Ella and Finn on Monday mornings, and note any marks, upset or talk about Wayne",
                 "Mrs Claire Dobson (DSL, Fletchmoor Primary)",
                 "CPOMS notes e-mailed to Kirsty every Friday"],
                [V, "B4",
                 "Collect Ella and Finn from school on Tuesdays and Thursdays and give them their tea until "
                 "Donna finishes work",
                 "Lisa Garside (maternal aunt)",
                 "School collection log; Lisa texts Kirsty each Thursday evening"],
                [V, "B5",
                 "Go to the Positive Parenting group from 10/02/2026 for eight weeks, and use the calm-down plan "
                 "from it at home",
                 "Donna Pearce (Mum)",
                 "Group register sent to Kirsty each week; Donna shows Kirsty the calm-down chart at visits"],
                ["Every other weekend, Friday 5pm to Sunday 5pm", "C1",
                 "Have Jack, Ella and Finn to stay, and tell Kirsty if they say anything about Wayne or come "
                 "back upset",
                 "Lee Pearce (children's father)",
                 "Lee texts Kirsty each Monday after a weekend; the children tell Kirsty how it went"],
                [V, "C2",
                 "Sessions with Jack about what happened, his anger and his feelings, using the \"My Story\" "
                 "workbook (six sessions, on the Mondays after his weekends at Lee's)",
                 "Bea Morgan (family support worker, Fletchmoor Family Hub)",
                 "Workbook pages kept; Jack's score for how safe he feels at home, agreed with Bea, 8 or more by "
                 "14/04/2026"],
                ["By the second core group (03/03/2026)", "D1",
                 "Health assessment with Jack: his sleep, eating and the marks on his back",
                 "Kate Irwin (school nurse)",
                 "Health assessment on Kirsty's file; anything needing treatment referred to the GP"],
                [V, "D2",
                 "Tell Donna and Kirsty the outcome of Wayne's bail date on 20/02/2026, and any new bail "
                 "conditions or charge",
                 "DC Mark Ellery (Fletchmoor Police Child Abuse Investigation Team)",
                 "E-mail to Kirsty within 24 hours of the decision"],
                ["By the review conference (14/04/2026)", "E1",
                 "Parenting assessment of Donna, including whether she can keep Wayne away and protect the "
                 "children",
                 "Kirsty Hale (SW)",
                 "Report with a recommendation, shared with Donna and the core group by 07/04/2026"],
                [V, "E2",
                 "Ask Jack, Ella and Finn what they want the review conference to hear, and help them write or "
                 "draw it",
                 "Hannah Lyle (advocate, Fletchmoor Children's Rights Service)",
                 "Each child's words or picture in the conference papers"],
            ],
        }),
        ("p", "Key: SW - social worker (Kirsty Hale). DSL - designated safeguarding lead. CPOMS - the schools' "
              "safeguarding record. GP - family doctor. Refs A to E follow the WHEN groups; the same refs are "
              "used in the core group minutes."),
        ("h1", "Keeping the children safe if things go wrong"),
        ("bullets", [
            "If Wayne comes to Lowther Street, contacts any of the children, or breaks his bail: Donna (or the "
            "school, or Lee) rings 999, the police attend, and Kirsty holds a strategy discussion with the "
            "police the same day.",
            "If Donna lets Wayne see the children or come back to the house: the children go to stay with Lee "
            "at 51 Bank Top that day, Kirsty holds a strategy discussion the same day, and Kirsty asks Ruth "
            "Ogden for a legal planning meeting within 5 working days. If Lee cannot have them, Kirsty (or the "
            "Emergency Duty Team) arranges a foster placement for them that day.",
            "If any of the children has a new mark, or says they have been hit by anyone: whoever sees or hears "
            "it rings Kirsty at once (or the Emergency Duty Team out of hours); the child has a child protection "
            "medical that day and Kirsty holds a strategy discussion the same day.",
            "If Lisa cannot collect Ella and Finn on a Tuesday or Thursday, she tells Donna and the school by "
            "12 noon and they stay at the school's after-school club until Donna collects them at 5.15pm "
            "(agreed by the school). If Lee cannot have the children for a weekend, they stay at home with "
            "Donna and Kirsty visits on the Saturday.",
            "If the parenting assessment, or what the children tell us, shows that Donna cannot keep Wayne "
            "away or protect the children by 07/04/2026, Kirsty will ask for a legal planning meeting before "
            "the review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Fletchmoor Family Hub, 3.30pm: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Fletchmoor Civic Centre.",
        ]),
    ],
    "findings": [],
})
