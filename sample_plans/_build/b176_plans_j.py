"""Batch 176, module j: seven fictional plans (tuning material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: who does each action, said once for many actions, wherever the
writer's template puts it. Each plan is in a template of its own, and in
each many actions take their owner from somewhere other than their own
sentence or row: a "Lead" cell written once for each person and merged down
beside all of their actions; shaded "Responsible: ..." banner rows across a
table with no Who column; a young person's own plan whose parts open with
"I will:", "Mum has agreed to:" or "KM (Kerry Marsh, my social worker)
will:"; minutes whose action log writes each owner's initials once above
their lines, explained in the present list ("AH", "MS", "OO", "Nan"); a
social worker's letter whose "I" is its signed author, with bold headings
saying whose part follows ("What you have both agreed to do", "What Dadi
has agreed to do"); a Signs of Safety plan with one small table per person
under a heading naming whose part it is, its first column "What I will do";
and a pre-birth plan whose stages each open with a "Lead for this part:"
line. There are joint owners ("LP and CB (together)", "Kirsty and Nanna Jean
together", "Sophie and Priya together", "Mum and me together"), items under
a group owner that name someone else ("Ms Patel will see me ...", "Mrs Nia
Evans (ELSA) will give Filip ...", "Imran, you will ..."), and work done to
someone where the doer is still clear ("I will be seen by Jess, the school
nurse", "Sophie will be seen by Tara, her community midwife"). In the four
faulty plans a few actions have nobody named anywhere (passive rows under a
banner or heading that names no one: "Also agreed at the conference",
"OTHER ACTIONS FROM THE MEETING", "Also agreed"; "It is hoped that ...";
"... will be looked for") or only a collective owner (an "All agencies"
banner, an "ALL" block, "Lead TBC", "Everyone in your family", a "Lead for
this part: everyone working with Sophie, Jake and baby" line); where a
group owner stops is always marked by the next banner, heading or block.

1. an initial conference plan for a 3-year-old and a 6-month-old (the
   mother's postnatal depression, the father's cannabis use, Nan helping),
   its action table's "Lead" cell written once for each person and merged
   down beside all of that person's actions, with single-row leads for the
   parents together and three adult services (docx, exemplary);
2. a review conference plan for a 9-year-old and a 6-year-old after their
   father's violence, their mother treated for PTSD, a table with no Who
   column whose shaded "Responsible: ..." banner rows own the numbered rows
   beneath them, landscape, page header and footer (pdf): faults are the
   social worker's contact with the solicitor measured by "Progress
   reviewed at core group", the psychologist's EMDR sessions only treating
   the mother, the aunt's Saturdays "As often as she can", two rows under
   an "All agencies" banner, and two passive rows under the last banner,
   "Also agreed at the conference", which names no one (M002, H001, T002,
   W002 x2, W001 x2);
3. a 14-year-old's own plan ("My plan", "I" is Tayo) after he went missing
   and was drawn towards carrying drugs, his mother drinking: a who's who
   of short names and initials, then parts each opened by an owner's line
   (md, exemplary);
4. minutes of the first core group for a 5-year-old and an 8-month-old
   (neglect, the father's weekend drinking, the grandmother helping), the
   action log writing each owner's initials once above their numbered
   lines (txt): faults are the health visitor's home safety check with no
   time, the school's meet and greet "monitored by school", a line under
   "ALL", a passive housing referral and a "Lead TBC" holiday club place
   under "OTHER ACTIONS FROM THE MEETING", and a contingency that sends the
   children to their grandmother with nothing said if she cannot help
   (T001, M002, W002 x2, W001, C003);
5. the social worker's letter to both parents after the initial conference
   for a 7-year-old with grip-mark bruises from his father and his 2-year-
   old sister, the plan in bulleted parts under bold headings saying whose
   they are (docx): faults are the father starting the Respect programme
   "when you feel ready", the grandmother's mornings with no check, two
   passive bullets with no one named, "Everyone in your family" telling the
   social worker of any hitting, and no legal planning anywhere (T002,
   M001, W001 x2, W002, R002);
6. a Signs of Safety plan for a 4-year-old and a 14-month-old after their
   drinking father pushed their mother while she held the baby: a who's
   who of the names the network uses, then one small table per person or
   pair under a "whose part" heading, page header and footer (pdf,
   exemplary);
7. a pre-birth plan for the baby of a 19-year-old care leaver whose
   partner smokes cannabis, in five parts by stage each opened by a "Lead
   for this part:" line, then "Also agreed" with no lead (md): faults are a
   labour ward tour "date TBC", a safe sleep demonstration with no check,
   the Baby Cafe support measured by "engagement", a fifth part led by
   "everyone working with Sophie, Jake and baby" (two bullets), a passive
   housing referral under "Also agreed", and an outcome about the mother
   only (T002, M001, M002, W002 x2, W001, F002).

Three plans (1, 3 and 6) are exemplary: every action has an owner (named in
its row or sentence, or by the merged Lead cell, heading or lead-in line it
sits under), a real timescale and something that can be seen, counted or
read; every outcome is about the child; each contingency has specific
triggers and protective responses and says what happens if a relative's
help fails; each records the child's words or observed day, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (the GP, Talking Therapies, the drug and alcohol
or alcohol service) own actions where a parent is ill or uses drugs or
alcohol, and the one mental health service involved (plan 1's Talking
Therapies) reports on the mother's capacity to change and its likely
timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each numbered item or bullet under
an owner's heading, block or lead-in line, and each numbered line of the
minutes' action log counts once, whatever number of sentences it holds.
Details, who's who tables and lists, worries, what is going well, scaling,
the children's words, outcomes, minute updates, the contingency and meeting
dates are not actions. Totals: 19, 19, 20, 17, 16, 16 and 20.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan whose "Lead" cell is written once for each
#    person and merged down beside all of that person's actions. Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_jarnwick_icpc_lead_cell_merged_down_by_person_reid.docx",
    "doc_title": "Child Protection Plan - Ava and Kai Reid",
    "split": "tune",
    "actions": 19,
    "check_vmerge": 6,
    "template": "icpc-plan-docx-kv-details-with-nan-named-why-worried-going-well-avas-words-and-kais-day-numbered-outcomes-then-how-to-read-note-lead-what-will-happen-when-how-we-will-know-table-lead-cell-written-once-per-person-and-merged-down-beside-all-their-actions-single-row-leads-for-services-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and a 6-month-old living with neglect: their "
        "mother has postnatal depression and stopped her sertraline, their father smokes cannabis daily "
        "and fell asleep while caring for them alone, and the baby's weight has dropped two centile "
        "lines. The action table's first column, 'Lead', is written once for each person and merged down "
        "beside all of that person's actions (the social worker's four, the health visitor's three, Mum's "
        "two, Dad's two, Nan's two, the nursery's two), with single-row leads for the parents together, "
        "the GP, Talking Therapies and the drug and alcohol service; one of the social worker's rows is "
        "a joint visit with the health visitor, and 'Nan' is the paternal grandmother named in the "
        "details. Every action has a real time and something that can be seen or read; Talking "
        "Therapies reports on the mother's capacity to change; the contingency has specific triggers, "
        "protective responses and a fallback if Nan cannot help; legal planning follows named triggers; "
        "core group and review dates are set; Ava's words and Kai's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jarnwick City Council, Children's Social Care. Plan agreed at the initial child protection "
              "conference held on 08/01/2026 at Jarnwick Civic Offices."),
        ("kv", [
            ("Children", "Ava Reid, born 14/03/2022 (3 years 9 months), Little Acorns Nursery; Kai Reid, born "
                         "02/07/2025 (6 months)"),
            ("Address", "22 Foundry Walk, Jarnwick JW4 8LT"),
            ("Mother", "Chantelle Reid (26)"),
            ("Father", "Marcus Reid (28), lives at home; works at the Jarnwick distribution centre, Monday to "
                       "Friday, 7am to 3pm"),
            ("Nan", "Pauline Reid, Marcus's mother, 5 Kiln Street, Jarnwick (a five-minute walk). Ava and Kai "
                    "call her Nan, and so does this plan."),
            ("Category", "Neglect (both children)"),
            ("Chair", "Gillian Moss, independent reviewing officer"),
            ("Social worker", "Temi Okafor, Safeguarding Team East (team manager: Rob Astley)"),
            ("Health visitor", "Ruth Abara, Jarnwick 0-19 Service"),
            ("Nursery", "Little Acorns Nursery, Foundry Lane: Jo Pike, manager and DSL"),
            ("GP", "Dr Sunil Mehta, Foundry Lane Medical Practice"),
            ("Mental health", "Hannah Lowe, high intensity therapist, Jarnwick Talking Therapies"),
            ("Drug and alcohol service", "Dean Foley, recovery worker, Pathways Jarnwick"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Chantelle has had postnatal depression since Kai was born. Her GP prescribed sertraline in "
              "August, but she stopped taking it in October and has not been back. She told the conference "
              "that on bad days she cannot get out of bed until Marcus comes home. On 18/11/2025 Ruth found Kai "
              "in a nappy that had not been changed since the night before, with a bottle propped on a pillow, "
              "and his nappy rash was bleeding. Kai's weight has dropped from the 50th centile at 8 weeks to "
              "just below the 25th at 5 months."),
        ("p", "Ava missed 14 of her 30 nursery sessions in November, and on the days she came she was often "
              "hungry and in the clothes she had slept in. On 28/11/2025 she told her key person, \"Daddy was "
              "asleep and I made Kai's bottle.\" Marcus smokes cannabis every day. He says he smokes in the "
              "kitchen with the back door open, but the flat smelled strongly of cannabis when Temi visited on "
              "02/12/2025, and he agrees that he fell asleep on the sofa that afternoon while he was caring for "
              "Ava and Kai on his own."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle and Marcus love Ava and Kai, and both came to the conference and listened.",
            "Chantelle has asked for a GP appointment about her low mood and agreed to a Talking Therapies "
            "referral.",
            "Marcus has an assessment booked at Pathways Jarnwick and says he wants to stop.",
            "Nan sees the children most days and has already started having them for tea.",
            "Ava is chatty and affectionate at nursery and is learning her colours; Kai smiles and babbles "
            "when his mum talks to him.",
        ]),
        ("h1", "Ava's words and Kai's day"),
        ("p", "Temi saw Ava at nursery on 05/01/2026 and played with her puppets. Ava made the mummy puppet "
              "lie down and said, \"Mummy is sad in bed.\" She said, \"Daddy's smoke is stinky,\" and held her "
              "nose. She said her favourite thing is \"Nan's pancakes\", and when Temi asked what would make "
              "home better she said, \"Mummy play in the park with me.\""),
        ("p", "Kai is 6 months old. Ruth has seen him five times since November. He is starting to sit with "
              "support, reaches for toys and laughs when Ava sings to him. On good days Chantelle feeds him on "
              "her lap and talks to him, and he watches her face. On bad days he is left in his bouncer for "
              "long periods, and twice Ruth found him hungry and crying with no adult in the room."),
        ("h1", "What we want for Ava and Kai"),
        ("numbers", [
            "Ava and Kai are fed, clean and changed on time every day, and Kai grows back up to his 50th "
            "centile line.",
            "Ava goes to every nursery session she has a place for, on time, having had breakfast.",
            "Ava and Kai are always cared for by an adult who is awake and free of cannabis.",
            "Ava and Kai live with a mum who is well enough to get up with them, play with them and answer "
            "their cries.",
        ]),
        ("h1", "The plan"),
        ("p", "How to read the table: the first column says who leads each action. Where one person leads "
              "several actions, their name is written once and the cell runs down beside all of their actions. "
              "\"Nan\" is Pauline Reid."),
        ("table", {
            "header": ["Lead", "What will happen", "When", "How we will know"],
            "widths": [3.3, 6.2, 3.2, 4.3],
            "rows": [
                ["Temi Okafor, social worker",
                 "Visit Ava and Kai at home, one visit in three unannounced; see both children awake, look at "
                 "Kai's cot and the kitchen cupboards, and talk to Chantelle and Marcus each on their own",
                 "Every week until the review conference",
                 "Visit records on the case file within 48 hours, saying what each child was doing and what "
                 "food was in the flat"],
                [V,
                 "Four sessions of direct work with Ava at nursery, using her puppets and the Three Houses",
                 "Every other Monday, 12/01/2026 to 23/02/2026",
                 "Ava's Three Houses pictures and her words written up after each session and shared at the "
                 "next core group"],
                [V,
                 "Parenting assessment of Chantelle and Marcus, including how cannabis and Chantelle's low "
                 "mood affect the care Ava and Kai get each day",
                 "Weekly sessions from 14/01/2026; report by 06/03/2026",
                 "Assessment report, with a recommendation, shared with Chantelle, Marcus and the core group "
                 "by 06/03/2026"],
                [V,
                 "Joint home visit with Ruth (HV) to go through safe sleep, making up bottles and coping with "
                 "a crying baby (ICON) with both parents",
                 "By 23/01/2026",
                 "Joint visit record, and the safe sleep checklist signed by Chantelle and Marcus, on file by "
                 "23/01/2026"],
                ["Ruth Abara, health visitor (HV)",
                 "Weigh Kai and plot his weight, watch a feed, and check his nappy area and his skin",
                 "Every two weeks until Kai is 9 months old (02/04/2026)",
                 "Weights plotted on the red book chart, with Kai back on the 50th centile by 02/04/2026; "
                 "visit note e-mailed to Temi the same day"],
                [V,
                 "Complete an ASQ-3 with Ava and share the scores with Little Acorns and Temi",
                 "By 13/02/2026",
                 "ASQ-3 scores on the health record and on Temi's file by 13/02/2026"],
                [V,
                 "Ask Chantelle to fill in the Edinburgh Postnatal Depression Scale (EPDS), and talk with her "
                 "about how she is managing Kai's feeds and nights",
                 "At every visit (every two weeks)",
                 "EPDS score recorded at each visit and sent to Hannah Lowe and Temi; a score of 13 or more "
                 "phoned to Temi the same day"],
                ["Chantelle Reid (Mum)",
                 "Get Ava to nursery by 9am with breakfast eaten and in clean clothes",
                 "Monday to Friday mornings, from 12/01/2026",
                 "Nursery register at 95% or above; Jo's Friday e-mail says Ava arrived fed and clean"],
                [V,
                 "Go to the GP appointment about her low mood and her sertraline, and tell Temi what was "
                 "agreed",
                 "By 16/01/2026",
                 "Dr Mehta's letter on Temi's file; Chantelle tells Temi the plan at the next visit"],
                ["Marcus Reid (Dad)",
                 "Go to every key-work session at Pathways Jarnwick and give a saliva test at each one",
                 "Every week from 07/01/2026",
                 "Pathways attendance sheet and saliva results e-mailed to Temi at the end of each month"],
                [V,
                 "Keep the flat free of cannabis, and never use cannabis on a day he is caring for Ava and Kai "
                 "on his own",
                 "Every day from 08/01/2026",
                 "No smell of cannabis at any of Temi's or Ruth's visits, written in their visit records; "
                 "saliva tests clear from 27/02/2026"],
                ["Chantelle and Marcus together",
                 "Go together to the four Baby and Me sessions at Foundry Lane Family Hub on feeding, play and "
                 "routines, taking Kai with them",
                 "Wednesdays at 10am, 21/01/2026 to 11/02/2026",
                 "Family Hub register e-mailed to Temi after each session"],
                ["Nan (Pauline Reid)",
                 "Collect Ava from nursery and give Ava and Kai their tea at her house, so that Chantelle can "
                 "rest",
                 "Every Tuesday and Thursday, 3pm to 6pm",
                 "Nursery signing-out sheet; Nan texts Temi each Thursday evening"],
                [V,
                 "Come to the flat when Chantelle rings to say she cannot cope, and stay until Marcus is home",
                 "Within an hour of Chantelle's call",
                 "Nan rings Temi (or the duty social worker) the same day, and the call is written on the "
                 "case file"],
                ["Jo Pike, manager and DSL, Little Acorns Nursery",
                 "Welcome check when Ava arrives: is she hungry, clean and dressed for the weather, and has she "
                 "any marks",
                 "Every session Ava attends",
                 "Welcome check sheet; anything worrying phoned to Temi the same day"],
                [V,
                 "Send Temi Ava's attendance, her arrival times and what she ate at breakfast",
                 "Every Friday by 4pm",
                 "Friday e-mail on Temi's file"],
                ["Dr Sunil Mehta, GP",
                 "Review Chantelle's low mood and her sertraline, and write to Temi about her treatment and "
                 "anything in her health that affects the care of Ava and Kai",
                 "Appointment by 16/01/2026; letter within a week of it",
                 "GP letter on Temi's file by 23/01/2026"],
                ["Hannah Lowe, Jarnwick Talking Therapies",
                 "Twelve sessions of CBT for postnatal depression with Chantelle, and a written report on the "
                 "changes she has made, whether she can keep them up while caring for Ava and Kai, and how "
                 "long any further change is likely to take",
                 "Weekly from 21/01/2026; report by 24/03/2026",
                 "Attendance letter to Temi after session 6; written report shared with the core group by "
                 "24/03/2026"],
                ["Dean Foley, Pathways Jarnwick (drug and alcohol service)",
                 "Key work with Marcus on stopping cannabis, a saliva test at each session, and a written "
                 "report on whether he has stopped and is likely to stay stopped",
                 "Weekly from 07/01/2026; report by 27/02/2026",
                 "Test results e-mailed to Temi monthly; written report on Temi's file by 27/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chantelle's EPDS score is 13 or more, or she says she has thoughts of harming herself or the "
            "children: Ruth rings Temi the same day; Marcus comes home from work or Nan comes to the flat, so "
            "that Chantelle is not alone with the children; Dr Mehta sees Chantelle that day or the Jarnwick "
            "Crisis Team is called.",
            "If Ava or Kai are found with an adult who is asleep or under the influence of cannabis, or Ava is "
            "found hungry and alone with Kai: Temi (or the duty social worker) visits that day and holds a "
            "strategy discussion with the police and health; the children stay with Nan at 5 Kiln Street that "
            "night; and Temi asks Rob Astley for a legal planning meeting within 5 working days.",
            "If Nan cannot help (she is ill or away, or it is not working), Nan or Chantelle rings Temi that "
            "day. Ava will stay at Little Acorns until 5.30pm on Tuesdays and Thursdays (Jo Pike has agreed "
            "this) and Marcus will collect her after work; Temi will hold a family network meeting within 10 "
            "working days to find another helper.",
            "If Marcus's saliva tests are not clear by 27/02/2026, Kai is not back above the 25th centile by "
            "the second core group, or Ava's attendance is below 90% in February, Temi will ask for a legal "
            "planning meeting to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Foundry Lane Family Hub, Tuesdays at 1.30pm: 20/01/2026, "
            "17/02/2026 and 17/03/2026.",
            "Review child protection conference: 07/04/2026 at 10am, Jarnwick Civic Offices.",
        ]),
        ("p", "Plan sent to Chantelle, Marcus, Nan and every agency on 09/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan with no Who column: shaded "Responsible: ..."
#    banner rows across the table own the numbered rows beneath them.
#    Landscape, page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_jeddowfield_rcpc_responsible_banner_rows_kowalczyk.pdf",
    "doc_title": "Review Child Protection Plan - Zuzanna and Filip Kowalczyk",
    "split": "tune",
    "actions": 19,
    "landscape": True,
    "min_pages": 2,
    "header": "Jeddowfield Borough Council · Children's Services · Review Child Protection Plan",
    "footer": "Zuzanna and Filip Kowalczyk · Review conference 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-grid-why-still-a-plan-what-has-changed-what-zuzanna-and-filip-say-outcomes-then-how-to-read-note-no-what-needs-to-happen-by-when-how-we-will-know-table-with-no-who-column-shaded-responsible-banner-rows-owning-the-rows-beneath-a-collective-all-agencies-banner-and-an-ownerless-also-agreed-banner-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 6-year-old after their father's violence to their "
        "mother (he is on bail and has left), the mother being treated for PTSD by the community mental "
        "health team, and their maternal aunt helping. The action table has no Who column: shaded "
        "'Responsible: ...' banner rows across it own the numbered rows beneath them until the next "
        "banner, and one school row names the ELSA as its own owner. Faults: the social worker's contact "
        "with the mother's solicitor measured by 'Progress reviewed at core group'; the psychologist's "
        "EMDR sessions only treating the mother, measured by attendance (the same team's second row, a "
        "report on her capacity to change, is sound); the aunt's Saturdays 'As often as she can'; two "
        "rows under an 'All agencies' banner; and two passive rows under a last banner ('Also agreed at "
        "the conference') that names nobody."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Agreed at the review child protection conference on 20/01/2026, chaired by Hilary Dunne "
              "(independent reviewing officer). Kasia had a Polish interpreter, Mrs Ewa Lis, throughout."),
        ("table", {
            "rows": [
                ["Children", "Zuzanna Kowalczyk, born 11/06/2016 (9, Year 5); Filip Kowalczyk, born "
                             "30/08/2019 (6, Year 2). Both at St Mary's Catholic Primary School, Jeddowfield.",
                 "Category", "Emotional abuse (both children), since the initial conference on 21/10/2025"],
                ["Mother", "Katarzyna (Kasia) Kowalczyk (33), 9 Linden Close, Jeddowfield JD2 5RW",
                 "Father", "Piotr Kowalczyk (36), lives in Brantham; on bail not to contact Kasia or come to "
                           "Linden Close; trial listed for 18/05/2026"],
                ["Maternal aunt", "Anna Nowak (\"Ciocia Ania\"), 40 Elm Row, Jeddowfield",
                 "Social worker", "Laura Finch, Family Safeguarding Team (team manager: Karen Yates)"],
                ["School", "Mr Dale Hughes (DSL) and Mrs Nia Evans (ELSA), St Mary's",
                 "Mental health", "Dr Aisha Rahman, clinical psychologist, Jeddowfield Community Mental "
                                  "Health Team"],
                ["Police", "DC Sam Price, Jeddowfield Police Domestic Abuse Unit",
                 "IDVA", "Joanne Keyes, Jeddowfield Domestic Abuse Service (case closed to IDVA 12/2025)"],
            ],
            "widths": [3.2, 9.65, 3.2, 9.65],
            "bold_first_col": True,
        }),
        ("h1", "Why there is still a plan"),
        ("p", "On 04/10/2025 Piotr came home drunk, held Kasia against the kitchen wall by her throat and "
              "threw a chair that broke the glass in the back door. Zuzanna rang 999 from her bedroom while "
              "Filip hid under his bed. Piotr was arrested and is on bail. The children had heard shouting and "
              "seen their dad push their mum many times before. Kasia has nightmares and panic attacks, and in "
              "November her GP referred her to the community mental health team, who diagnosed post-traumatic "
              "stress disorder. On her worst days she cannot leave the house, and Zuzanna gets Filip ready for "
              "school."),
        ("p", "Piotr has sent Kasia messages through friends asking her to drop the case, and on 29/12/2025 a "
              "neighbour saw his car parked at the end of Linden Close. Kasia says she will not take him back, "
              "but she has not yet applied for a non-molestation order. Filip's speech is hard to understand, "
              "and his hearing test in November was missed."),
        ("h1", "What has changed since October"),
        ("bullets", [
            "Kasia has gone to every appointment with the community mental health team since 02/12/2025.",
            "Ciocia Ania has collected the children from school twice a week since November.",
            "Zuzanna's attendance has risen from 84% in October to 95% in December.",
            "Kasia has found a solicitor and has a hearing date for her non-molestation order.",
        ]),
        ("h1", "What Zuzanna and Filip say"),
        ("p", "Zuzanna (seen alone at school by Laura on 13/01/2026): \"I'm still scared Tata will come back "
              "at night. I check the door is locked.\" \"Mama cries in the bathroom so we don't hear.\" She "
              "would like \"Mama to be happy and go to the park again\" and to keep going to Polish school on "
              "Saturdays with Ciocia Ania. She scored feeling safe at home 6 out of 10, up from 3 in "
              "October."),
        ("p", "Filip (at home with his Lego, 15/01/2026) built a house with a tall wall round it and said "
              "\"that's so the shouting can't get in\". He said he likes Ciocia Ania's pierogi and \"Mrs Evans' "
              "room with the sand\"."),
        ("h1", "What needs to change for Zuzanna and Filip"),
        ("numbers", [
            "Zuzanna and Filip live without violence or threats, and feel safe at home and at school.",
            "Zuzanna no longer looks after Filip or her mum, and has time to be 9.",
            "Filip's hearing and speech are checked, and he gets the help he needs to be understood.",
            "Zuzanna and Filip are cared for by a mum who is well enough to get them up, to school and to "
            "bed on time every day.",
        ]),
        ("h1", "The plan"),
        ("p", "How to read the table: there is no Who column. Each shaded row names who is responsible for "
              "the numbered actions beneath it, until the next shaded row, unless an action names someone "
              "else."),
        ("table", {
            "header": ["No.", "What needs to happen", "By when", "How we will know"],
            "widths": [1.4, 12.3, 5.5, 6.5],
            "band_fill": "D9D9D9",
            "rows": [
                ["Responsible: Laura Finch, social worker", H, H, H],
                ["1", "Visit Zuzanna and Filip at home, one visit in two unannounced, and see each child on "
                      "their own",
                 "Every two weeks until the next review conference",
                 "Visit records on the case file within 48 hours, with each child's words"],
                ["2", "Five direct work sessions with Zuzanna about the night her dad hurt her mum, using her "
                      "worry monster book",
                 "Weekly, 26/01/2026 to 23/02/2026",
                 "Worry monster book on file; by 23/02/2026 Zuzanna can name to Laura two safe adults she "
                 "would tell"],
                ["3", "Book Kasia's place on the Thursday evening Freedom Programme at Jeddowfield Family Hub",
                 "By 06/02/2026",
                 "Booking confirmation from the Family Hub on file"],
                ["4", "Keep in touch with Kasia's solicitor about the hearing for her non-molestation order",
                 "Before the hearing on 04/03/2026",
                 "Progress reviewed at core group"],
                ["Responsible: Kasia Kowalczyk (Mum)", H, H, H],
                ["5", "Go to all twelve sessions of the Freedom Programme",
                 "Thursdays, 6pm to 8pm, 19/02/2026 to 07/05/2026",
                 "Register e-mailed to Laura by the Family Hub at the end of each month"],
                ["6", "Tell Laura if Piotr contacts her or the children in any way, or asks anyone else to, and "
                      "show her the message",
                 "The same day as any contact",
                 "Contact written on the case file and passed to DC Price"],
                ["7", "Keep the school-night bedtime routine: bath, a story, and lights out by 8pm",
                 "Every school night from 20/01/2026",
                 "Bedtime chart on the fridge, ticked each night, seen by Laura at every visit"],
                ["Responsible: St Mary's Catholic Primary School (Mr Dale Hughes, DSL)", H, H, H],
                ["8", "Morning check-in with Zuzanna and Filip, each using their feelings thermometer",
                 "Every school day at 8.50am",
                 "Thermometer scores logged on CPOMS and sent to Laura every Friday"],
                ["9", "Mrs Nia Evans (ELSA) will give Filip six Drawing and Talking sessions in the nurture room",
                 "Tuesdays, 27/01/2026 to 03/03/2026",
                 "Session record; Filip's thermometer scores for those six weeks shared at the March core group"],
                ["10", "Send Laura both children's attendance and late marks",
                 "Every Friday",
                 "Both children at 96% or more by the Easter holidays (27/03/2026)"],
                ["Responsible: Jeddowfield Community Mental Health Team (Dr Aisha Rahman, clinical psychologist)",
                 H, H, H],
                ["11", "Twelve sessions of trauma-focused therapy (EMDR) with Kasia for her PTSD",
                 "Every two weeks from 03/02/2026",
                 "Attendance letter to Laura after every fourth session"],
                ["12", "Write to the core group on how Kasia's PTSD affects her care of Zuzanna and Filip, "
                       "whether she is making the changes they need, and how long further change is likely "
                       "to take",
                 "By 17/03/2026",
                 "Written report on Laura's file before the March core group"],
                ["Responsible: Jeddowfield Police Domestic Abuse Unit (DC Sam Price)", H, H, H],
                ["13", "Keep the urgent response marker on 9 Linden Close, and tell Laura of any call-out or any "
                       "breach of Piotr's bail conditions",
                 "Until the review conference on 21/04/2026; breaches within 24 hours",
                 "Marker confirmed to Laura in writing by 27/01/2026; call-out log shared at each core group"],
                ["Responsible: Ciocia Ania (Anna Nowak, maternal aunt)", H, H, H],
                ["14", "Collect Zuzanna and Filip from school and give them their tea while Kasia is at the "
                       "Freedom Programme",
                 "Every Thursday, 3.15pm to 8.30pm, 19/02/2026 to 07/05/2026",
                 "School signing-out sheet; Ania texts Laura each Thursday night"],
                ["15", "Take the children to Polish Saturday school and have them for lunch, so that Kasia has "
                       "a rest",
                 "As often as she can",
                 "Ania texts Laura on the Saturdays she has them"],
                ["Responsible: All agencies", H, H, H],
                ["16", "Pass on any sighting of Piotr near Linden Close or the school to Laura and the police",
                 "The same day",
                 "Sighting logged on the children's chronology"],
                ["17", "Book a Polish interpreter for Kasia for every meeting and appointment about the "
                       "children",
                 "Before every meeting",
                 "Interpreter named on each meeting record"],
                ["Also agreed at the conference", H, H, H],
                ["18", "A referral to Jeddowfield Homes for a management move away from Linden Close to be "
                       "made",
                 "By 13/02/2026",
                 "Referral acknowledgement letter on file"],
                ["19", "Filip's hearing test at the Jeddowfield Hospital audiology clinic to be rebooked",
                 "By 27/02/2026",
                 "New appointment letter on file; result shared with school"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Piotr comes to Linden Close or the school, or is seen waiting nearby: Kasia (or the school) "
            "rings 999; St Mary's does not let the children leave with anyone but Kasia or Ciocia Ania; and "
            "Laura holds a strategy discussion with DC Price the same day.",
            "If Kasia lets Piotr back into the home, or the children see him outside an arrangement agreed by "
            "Laura, Laura will ask Karen Yates for a legal planning meeting within 5 working days.",
            "If Kasia cannot get the children up and to school on two days in one week, Laura visits the "
            "next morning and Ciocia Ania stays at Linden Close until the next core group.",
            "If Ciocia Ania cannot have the children on a Thursday, or cannot go on helping, she or Kasia "
            "rings Laura by noon that day: the children stay at St Mary's after-school club until 6pm (Mr "
            "Hughes keeps two places for them) and Laura moves Kasia to the Tuesday morning Freedom group. If "
            "Ania cannot stay at Linden Close when it is needed, Kasia and the children stay with Kasia's "
            "friend Mrs Beata Zielinska, 3 Ash Grove, who agreed this at the conference.",
            "If the children's attendance is below 90% at the Easter holidays, or Dr Rahman's report says Kasia "
            "is not able to make the changes the children need in their timescale, Laura will ask for a legal "
            "planning meeting before the next review conference.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at St Mary's, Wednesdays at 3.30pm: 04/02/2026, 04/03/2026 and "
            "01/04/2026 (interpreter booked for each).",
            "Next review child protection conference: 21/04/2026 at 10am, Jeddowfield Town Hall.",
        ]),
    ],
    "findings": [
        F("M002", "Keep in touch with Kasia's solicitor about the hearing"),
        F("H001", "Twelve sessions of trauma-focused therapy (EMDR) with Kasia"),
        F("T002", "Take the children to Polish Saturday school and have them"),
        F("W002", "Pass on any sighting of Piotr near Linden Close"),
        F("W002", "Book a Polish interpreter for Kasia for every meeting"),
        F("W001", "A referral to Jeddowfield Homes for a management move"),
        F("W001", "Filip's hearing test at the Jeddowfield Hospital audiology clinic"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A 14-year-old's own plan ("My plan"): "I" is Tayo; the plan is in parts
#    each opened by an owner's line ("I will:", "Mum has agreed to:", "KM
#    will:"), with a who's who of the short names used. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_jolmerton_young_persons_own_plan_owner_lead_ins_adebayo.md",
    "split": "tune",
    "actions": 20,
    "template": "young-persons-own-cp-plan-md-i-is-tayo-about-me-list-whos-who-table-of-short-names-and-initials-why-going-ok-in-my-own-words-what-we-want-for-me-then-my-plan-in-h3-parts-each-opened-by-an-owner-lead-in-i-will-mum-has-agreed-to-km-will-deji-will-mr-grant-will-carla-will-pc-hollis-will-uncle-femi-will-mum-and-me-together-numbered-items-with-when-and-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary child protection plan written with and in the voice of a 14-year-old who has gone "
        "missing five times and is being drawn into carrying drugs for older young men, and whose mother "
        "drinks heavily in the evenings. 'I' is Tayo throughout. A who's who explains the short names and "
        "initials used after it ('KM', 'Deji', 'Mr Grant', 'Carla', 'Uncle Femi'); the plan is in parts, "
        "each opened by an owner's line ('I will:', 'Mum has agreed to:', 'KM (Kerry Marsh, my social "
        "worker) will:', 'Mum and me together will:') that owns the numbered items under it, with one "
        "item naming the counsellor as its own doer and one in which Tayo is seen by the school nurse. "
        "Every item has a When and a How we'll know; the alcohol service reports on the mother's "
        "change; the contingency has specific triggers, protective responses and a fallback if the uncle "
        "cannot help; legal planning follows named triggers; core group and review dates are set."
    ),
    "text": """\
# My plan

**Tayo Adebayo's child protection plan.** Kerry wrote this down with me on 15/01/2026, after the initial
child protection conference on 13/01/2026, and I agreed the words. In this plan "I" and "me" means me, Tayo.
The grown-ups have all read it and agreed their parts.

## About me

- **Name:** Tayo Adebayo, 14 (born 09/05/2011), Year 9 at Jolmerton Academy
- **I live with:** my mum, Bisi Adebayo, at 31 Garnet Road, Jolmerton JL2 6DD
- **My plan is for:** neglect, and the risk of criminal exploitation
- **Conference chair:** Denise Allen (independent reviewing officer)

## Who's who in my plan

After this table, people are called by the name in the first column.

| Name in this plan | Who they are |
|---|---|
| KM | Kerry Marsh, my social worker, Jolmerton Children's Services (her manager is Paul Whitby) |
| Mum | Bisi Adebayo |
| Uncle Femi | Femi Ogunleye, Mum's brother, 8 Quarry Lane, Jolmerton |
| Deji | Deji Akande, my youth worker, Jolmerton Youth Outreach (the exploitation team) |
| Mr Grant | Liam Grant, Designated Safeguarding Lead, Jolmerton Academy |
| Ms Patel | Anjali Patel, school counsellor, Jolmerton Academy |
| Jess | Jess Moran, school nurse, Jolmerton 0-19 Service |
| Carla | Carla Boyd, alcohol worker, Jolmerton Alcohol and Drug Service (JADS) |
| PC Hollis | PC Ben Hollis, missing persons coordinator, Jolmerton Police |

## Why I have a plan

This is what the grown-ups are worried about. Since October I have been missing five times, twice
overnight. The police found me twice at the flats on Harrow Street with older boys from out of town, and
once at Jolmerton station at 2am. In December Mum found £400 and a second phone in my bag. The police think
the older boys are getting me to carry drugs for them. I have been excluded twice this term for fighting.

Mum has been drinking a lot in the evenings since she lost her job last spring, mostly vodka. On the nights
I went missing she was asleep on the sofa and did not know I had gone out until the morning. On 06/01/2026
KM visited at 7pm and Mum was too drunk to talk. There is often no food in the house at the weekend.

## What's going OK

- Mum came to the conference sober, said she knows she drinks too much, and has booked an appointment at JADS.
- Uncle Femi has said I can go to his any time and he will come and get me.
- I like Deji and I have turned up to all three sessions with him so far.
- I am good at football and I used to play for Jolmerton Juniors. I want to go back.
- Mr Grant says I am doing well in PE and Design and Technology.

## In my own words

"I'm not a kid, I know what I'm doing. But the Harrow Street lot said I owe them now and that scares me."

"When Mum's been drinking she doesn't notice if I'm there or not, so I go out."

"I want Mum to be how she was before. She used to do jollof on Sundays."

"I'd rather go to Uncle Femi's than sit in the house on my own."

I scored how safe I feel 4 out of 10 when I'm out, and 6 out of 10 at home. KM wrote both scores down.

## What we want for me

1. I am home by 9pm on school nights and 10pm at weekends, and Mum always knows where I am.
2. I am safe from the older boys who want me to carry things for them, and I know how to get away if
   someone asks me again.
3. I am in school every day and in all my lessons, with no more exclusions.
4. I live with a mum who is sober in the evenings, cooks for us and is awake when I get home.

## My plan

Each part starts with who is doing it. Everything listed under that line is that person's job, unless the
item says someone else. Each item says when, and how we'll know it has happened.

### I will:

1. Keep my phone charged and switched on when I am out, and answer when Mum or Uncle Femi rings.
   **When:** every time I go out, from 15/01/2026. **How we'll know:** Mum marks on the kitchen calendar
   any call I did not answer, and KM looks at the calendar at every visit.
2. Be home by 9pm on school nights and by 10pm on Fridays and Saturdays.
   **When:** every night from 15/01/2026. **How we'll know:** Mum writes the time I got in on the kitchen
   calendar; KM and Deji look at it every week.
3. Meet Deji after school at the Youth Hub on Cross Street.
   **When:** every Wednesday at 3.30pm, from 21/01/2026 until the review conference.
   **How we'll know:** Deji's session notes, sent to KM each Friday.
4. Have a health check: I will be seen by Jess, the school nurse, to talk about my sleep, my eating and
   cannabis. **When:** by 13/02/2026. **How we'll know:** Jess's letter to KM, with anything she needs
   my GP to follow up.

### Mum has agreed to:

5. Ring me at 9pm (10pm on Fridays and Saturdays) if I am not home, and report me missing to the police on
   101, or 999 if she thinks I am in danger, if I am still not home half an hour later.
   **When:** every night I am not in by 9.30pm (10.30pm at weekends).
   **How we'll know:** the police missing log and the kitchen calendar, which KM checks every week.
6. Go to every appointment with Carla at JADS about her drinking.
   **When:** every Monday at 11am from 19/01/2026. **How we'll know:** Carla's attendance letter to KM at
   the end of each month.
7. Keep no alcohol in the house and not drink in the evenings when I am at home.
   **When:** every evening from 14/01/2026. **How we'll know:** Carla's breath test at every appointment,
   and KM's evening visits, where she writes down whether Mum was sober.

### KM (Kerry Marsh, my social worker) will:

8. Visit me and Mum at home, with at least one visit in three in the evening, and see me on my own.
   **When:** every week until the review conference. **How we'll know:** KM's visit records on my file
   within 48 hours, with what I said.
9. Make a referral to the National Referral Mechanism (the way the government decides if a young person
   has been exploited) and explain to me and Mum what it means. **When:** by 23/01/2026.
   **How we'll know:** the referral number on my file, and the decision letter when it comes.
10. Take my case to the Jolmerton MACE panel (the meeting about children who are being exploited), with
    the places I have been found and the names the police know.
    **When:** at the panel on 04/02/2026. **How we'll know:** the panel's actions written in the MACE
    minutes, which KM reads through with me and Mum by 11/02/2026.

### Deji will:

11. Do a return home interview with me every time I have been missing.
    **When:** within 72 hours of every return. **How we'll know:** the interview record, sent to KM and
    PC Hollis within 24 hours of the interview.
12. Work with me on how grooming, debts and "owing" work, and how to say no and get out, using the
    Trapped workbook. **When:** in my Wednesday sessions, 21/01/2026 to 11/03/2026 (eight sessions).
    **How we'll know:** by 11/03/2026 I can tell Deji three signs that someone is grooming me and what I
    would do, and he writes them in his notes.

### Mr Grant (DSL) will:

13. Check that I am in every lesson, and ring Mum and KM if I miss one.
    **When:** every school day, lesson by lesson. **How we'll know:** the lesson registers, and each call
    logged on CPOMS.
14. Ms Patel will see me for six counselling sessions about Dad leaving and about Mum's drinking.
    **When:** Thursdays, period 5, 22/01/2026 to 26/02/2026. **How we'll know:** her attendance sheet to
    KM, and my 1 to 10 score for how I am feeling, which she writes down at the first and the last session.
15. Send KM my attendance and any exclusions or incidents.
    **When:** every Friday by 3pm. **How we'll know:** the Friday e-mail on my file, with my attendance at
    95% or more by the Easter holidays (27/03/2026).

### Carla (JADS) will:

16. See Mum every week, breath test her at every appointment, and write to the core group about whether
    Mum has stopped drinking in the evenings and whether she can keep it up.
    **When:** weekly from 19/01/2026; report by 10/03/2026. **How we'll know:** breath test results sent
    to KM each month; Carla's report on my file by 10/03/2026.

### PC Hollis will:

17. Put a missing person trigger plan with my photo and the Harrow Street addresses on the police system,
    so that officers look there first if I go missing. **When:** by 20/01/2026.
    **How we'll know:** PC Hollis confirms the trigger plan to KM in writing by 20/01/2026.

### Uncle Femi will:

18. Have me at his house on Friday evenings and take me to Jolmerton Juniors training.
    **When:** every Friday, 5pm to 10pm. **How we'll know:** Uncle Femi texts KM each Friday night, and I
    am on the Jolmerton Juniors training register.
19. Come and get me, or have me to stay the night, if I ring him because Mum has been drinking.
    **When:** within 30 minutes of my call. **How we'll know:** Uncle Femi tells KM the next morning, and
    she writes it on my file.

### Mum and me together will:

20. Go to the four Family Talk sessions at the Youth Hub about Mum's drinking and what it has been like
    for me. **When:** Mondays at 5pm, 26/01/2026 to 16/02/2026. **How we'll know:** the Youth Hub register,
    sent to KM after each session.

## If things go wrong

- **If I am not home by 9.30pm** (10.30pm at weekends) and not answering: Mum reports me missing to the
  police; the police use PC Hollis's trigger plan and look at Harrow Street and the station first; Deji
  does my return home interview within 72 hours.
- **If I am missing overnight, or found with the older boys, with cash, drugs or a second phone:** KM (or
  the Emergency Duty Team at night) holds a strategy discussion with the police the same day. If this
  happens twice before the review conference, KM will ask Paul Whitby for a legal planning meeting within
  5 working days, to decide whether I need to be looked after to keep me safe.
- **If Mum has been drinking in the evening:** I ring Uncle Femi and go to his, or he comes to get me.
- **If Uncle Femi cannot come or cannot have me** (he is away or ill, or it stops working), I ring KM (or
  the Emergency Duty Team on 01632 960 455 at night). I will stay that night with my godmother, Mrs Grace
  Eze, 12 Holly Road, who agreed this on 14/01/2026. If she cannot have me either, the Emergency Duty Team
  will find me a foster placement for the night.
- **If Carla's breath tests show that Mum is still drinking in the evenings, or her report on 10/03/2026
  says Mum cannot keep it up,** KM will ask for a legal planning meeting before the review conference.

## Meetings about my plan

- Core group every four weeks at Jolmerton Academy, Tuesdays at 4pm: 27/01/2026, 24/02/2026 and
  24/03/2026. I go to the first half of each one.
- Review child protection conference: 14/04/2026 at 2pm, Jolmerton Town Hall.

Agreed by Tayo and Mum on 15/01/2026. Copies to Tayo, Mum, Uncle Femi and everyone in the who's who.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First core group minutes, plain text: a present list of initials, then
#    an action log in which each owner's initials are written once above
#    their actions. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_jundlecross_core_group_minutes_initials_once_above_actions_price.txt",
    "split": "tune",
    "actions": 17,
    "template": "core-group-1-minutes-txt-caps-header-present-list-of-initials-numbered-minutes-updates-by-initials-kaydens-words-lilys-day-going-well-worries-outcomes-contingency-next-meetings-then-action-log-owner-initials-written-once-above-numbered-lines-when-and-check-then-all-block-and-other-actions-from-the-meeting-block",
    "description": (
        "Minutes of the first core group for a 5-year-old and an 8-month-old living with neglect: their "
        "mother has a learning disability, their father drinks heavily at weekends and was found drunk "
        "while caring for them alone, and their maternal grandmother helps. The present list defines the "
        "initials used after it (AH, MS, OO, KB, GL, Nan, LP, CB); the action log writes each owner's "
        "initials once above their numbered lines, each with 'when' and 'check', with a joint block for "
        "both parents. Faults: the health visitor's home safety check with no time; the school's morning "
        "checks measured by 'monitored by school'; a line under 'ALL'; a passive housing referral and a "
        "'Lead TBC' holiday club place under 'OTHER ACTIONS FROM THE MEETING', which names no owner; and "
        "a contingency that sends the children to their grandmother with nothing said if she cannot help."
    ),
    "text": """\
JUNDLECROSS COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - MINUTES

Children ......... Kayden Price (born 02/10/2020, 5, Reception, Jundlecross Infant School)
                   Lily Price (born 27/05/2025, 8 months)
Address .......... 14 Tannery Row, Jundlecross JX3 1PN
Plan ............. Child protection plan, neglect, from the initial conference on 15/01/2026
Meeting .......... Core group 1, 27/01/2026, 10am, Jundlecross Family Hub
Minutes by ....... Sue Marsh, business support

PRESENT (initials as used in these minutes)
  AH .... Amy Holt, social worker, Safeguarding Team West (chair of core group)
  LP .... Leanne Price, Mum
  CB .... Craig Bell, Dad
  Nan ... Brenda Price, Leanne's mum (maternal grandmother), 3 Cooper's Yard
  MS .... Meera Shah, health visitor, Jundlecross 0-19 Service
  OO .... Tunde Okoro, Designated Safeguarding Lead, Jundlecross Infant School
  KB .... Kim Barlow, family support worker, Jundlecross Family Hub
  GL .... Gary Lund, recovery worker, Jundlecross Recovery Hub (drug and alcohol service)
APOLOGIES: Dr Ruth Hale, GP, Tannery Lane Surgery (update sent by e-mail)

1. PURPOSE
   AH explained that the core group puts the conference's outline plan into action and checks it every
   four weeks. LP has a learning disability and AH used the picture version of the plan; LP said she
   understood it and wanted Nan to keep a copy too.

2. UPDATES SINCE CONFERENCE
   2.1 AH visited three times, once unannounced on Saturday 24/01 at 2pm. CB was sober and the children
       were clean. There was bread, milk and cereal in the kitchen. The damp in the children's room is
       worse and there is black mould on the wall behind Lily's cot.
   2.2 MS weighed Lily on 21/01: 7.6kg, on the 25th centile, up from just under the 9th in December. LP
       is making up feeds correctly now with the picture card MS gave her.
   2.3 OO: Kayden has been in every day since conference, but late four times. He came in hungry on
       Monday 19/01 and Monday 26/01, both times after a weekend when CB was at home with him.
   2.4 GL: CB had his assessment on 22/01. He says he drinks 8 to 10 cans on Friday and Saturday nights.
       Breath test on 22/01 was clear.
   2.5 KB has had two sessions with LP on a weekly meal plan using picture cards.
   2.6 Dr Hale (by e-mail): Kayden's and Lily's immunisations are up to date. No concerns about LP's
       health.

3. WHAT KAYDEN SAYS AND LILY'S DAY
   Kayden (seen by AH at school, 23/01): "Daddy drinks the beer and then he falls asleep and I get Lily
   her biscuit." "I like Nanny's house, she does fish fingers." He drew his bedroom with "black stuff"
   on the wall and said it smells.
   Lily (seen by MS and AH): she is crawling and pulls herself up on the sofa. She smiles and reaches for
   LP and for Nan. At AH's visit on 24/01 she was in a wet nappy at 2pm, and CB changed her when asked.

4. WHAT IS GOING WELL / WORRIES
   Going well: Lily is gaining weight; Kayden is at school every day; CB has started at the Recovery Hub;
   Nan is at the house most days.
   Worries: CB's weekend drinking while he cares for the children on Saturdays, when LP works at the
   Co-op; Kayden hungry on Mondays; the damp and mould; lateness.

5. OUTCOMES (from the conference, unchanged)
   a. Kayden and Lily are fed, clean and changed on time every day, and Lily stays on or above her 25th
      centile line.
   b. Kayden and Lily are always cared for by an adult who is sober.
   c. Kayden gets to school on time every day, having had breakfast.
   d. Kayden and Lily sleep in a warm, dry room with no mould.

6. CONTINGENCY (agreed at conference, read out again today)
   - If CB is found drunk while caring for Kayden and Lily, or LP rings to say he has been drinking,
     LP takes the children to Nan's at 3 Cooper's Yard straight away and rings AH (or the Emergency Duty
     Team out of hours); AH visits that day and CB does not care for the children alone until a strategy
     discussion, held by AH the same day, has agreed what happens next.
   - If it happens again, AH will ask her team manager, Mark Ellis, for a legal planning meeting within
     5 working days.
   - If Kayden is not in school by 9.15am, OO rings LP and then AH, and AH visits that morning.
   - If Lily's weight drops below the 9th centile again, MS tells AH the same day and AH and MS do a
     joint visit within 2 working days.

7. NEXT MEETINGS
   Core group every four weeks at Jundlecross Family Hub, 10am: 24/02/2026 and 24/03/2026.
   Review child protection conference: 14/04/2026 at 1.30pm, Jundlecross Civic Centre.

8. ACTION LOG
   The owner's initials are written once, above their actions; every line under them is theirs unless
   the line names someone else.

   AH
     1. Home visits, one in two unannounced (at least one on a Saturday each month), seeing Kayden on his
        own and Lily awake -- when: every week until the review conference -- check: visit records
        within 48 hours, saying what food was in the house and who was caring for the children
     2. Three sessions of direct work with Kayden using his All About Me book -- when: 03/02, 17/02 and
        03/03/2026 -- check: Kayden's book on file and his words shared at core group 2
     3. Ask the Adult Learning Disability Team for a communication passport for LP, so that everyone
        explains things to her in the way she understands best -- when: by 13/02/2026 -- check: passport
        on file and sent to every member of the core group

   MS
     4. Weigh Lily, plot her weight, and see where she sleeps -- when: every two weeks until she is 12
        months old (27/05/2026) -- check: weights plotted in the red book; Lily stays on or above the
        25th centile
     5. Home safety check with LP and CB: stair gate, fireguard, smoke alarms and where the
        medicines are kept -- check: safety checklist signed by LP and CB, with anything missing fitted
        by the fire service's home safety visit

   LP and CB (together)
     6. Go together to the Little Steps parenting group at the Family Hub -- when: Tuesdays at 10am,
        03/02/2026 to 24/03/2026 -- check: Family Hub register e-mailed to AH after each session
     7. Get Kayden to school by 8.45am with breakfast eaten -- when: every school day -- check: school
        register and OO's Friday e-mail show no late marks and no hungry mornings

   CB
     8. Go to every key-work session with GL and give a breath test at each -- when: every Thursday
        from 29/01/2026 -- check: attendance and breath test results e-mailed to AH at the end of each
        month
     9. No alcohol at all from Friday 6pm to Sunday 6pm while he looks after Kayden and Lily on
        Saturdays -- when: every weekend from 30/01/2026 -- check: breath test by AH at her unannounced
        Saturday visits (at least two before core group 2), written in her visit records

   GL
    10. Key work with CB on his drinking, and a written report on whether he has stopped drinking at
        weekends and is likely to keep it up -- when: weekly; report by 17/03/2026 -- check: report on
        AH's file by 17/03/2026, shared with the core group

   Nan
    11. Collect Kayden from school and give him and Lily their tea at Cooper's Yard -- when: every Monday
        and Wednesday, 3.15pm to 6pm -- check: school signing-out sheet; Nan texts AH each Wednesday
    12. Be at Tannery Row on Friday and Saturday evenings from 7pm until the children are asleep -- when:
        every Friday and Saturday -- check: Nan texts AH at 9pm each night; AH's unannounced visits

   OO
    13. Meet and greet Kayden at the classroom door: is he hungry, clean and dressed for the weather, and
        has he any marks -- when: every school day at 8.45am -- check: monitored by school

   KB
    14. Home sessions with LP on meal planning, shopping and a weekend routine, using picture cards --
        when: every Thursday from 29/01/2026 for 10 weeks -- check: the picture meal plan on the fridge
        each week and the food diary, both seen by KB and AH at their visits

   ALL
    15. Tell AH the same day about any worry about Kayden or Lily -- when: same day -- check: worry
        logged on the children's chronology

   OTHER ACTIONS FROM THE MEETING
    16. Referral to be made to Jundlecross Homes about the damp and mould in the children's bedroom --
        when: by 06/02/2026 -- check: inspection date on file
    17. Lead TBC: find Kayden a place at the February half-term holiday club -- when: by 13/02/2026 --
        check: booking confirmation on file

Minutes agreed by AH, 29/01/2026. Circulated to the core group and to Dr Hale.
""",
    "findings": [
        F("T001", "Home safety check with LP and CB: stair gate, fireguard"),
        F("M002", "Meet and greet Kayden at the classroom door: is he hungry"),
        F("W002", "Tell AH the same day about any worry about Kayden"),
        F("W001", "Referral to be made to Jundlecross Homes about the damp"),
        F("W002", "Lead TBC: find Kayden a place at the February"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The social worker's letter to both parents after the initial
#    conference: the plan in parts whose bold headings say whose they are
#    ("What I will do", "What you have both agreed to do", "What Dadi has
#    agreed to do", "What other people will do"). Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_jestwater_sw_letter_plan_parts_by_whose_heading_chowdhury.docx",
    "doc_title": "Letter to Rukhsana and Imran Chowdhury - child protection plan",
    "split": "tune",
    "actions": 16,
    "template": "sw-letter-to-both-parents-after-icpc-docx-right-aligned-sender-and-date-address-lines-dear-bold-paragraph-headings-why-we-met-going-well-what-ayaan-told-me-and-what-i-have-seen-of-inaya-what-we-all-want-then-the-plan-in-bulleted-parts-under-whose-headings-what-i-will-do-what-you-have-both-agreed-what-dadi-has-agreed-what-other-people-will-do-then-if-things-go-wrong-meetings-signed",
    "description": (
        "The social worker's letter to both parents after the initial conference for a 7-year-old with "
        "grip-mark bruises from his father's smacking, and his 2-year-old sister. 'I' is the social worker "
        "who signs the letter and 'you' both parents; the plan is in bulleted parts under bold headings "
        "saying whose they are ('What I will do', 'What you have both agreed to do', 'What Dadi has agreed "
        "to do', 'What other people will do'), with one bullet under the parents' heading naming the "
        "father alone and the other people's bullets each naming their doer. Faults: the father starting "
        "the Respect programme 'when you feel ready'; the grandmother's mornings with the 2-year-old with "
        "no check; two passive bullets with no one named ('A nursery place ... will be looked for', 'It "
        "is hoped that Ayaan can be given a place'); 'Everyone in your family' telling the social worker "
        "of any hitting; and no legal planning anywhere, though the contingency is otherwise specific."
    ),
    "blocks": [
        ("pr", "Jestwater Council - Children's Services"),
        ("pr", "Safeguarding Team North, Town Hall Annexe, Jestwater JS1 4AB"),
        ("pr", "Telephone 01632 960 218"),
        ("pr", "23 January 2026"),
        ("p", ""),
        ("pl", "Mrs Rukhsana Chowdhury and Mr Imran Chowdhury"),
        ("pl", "27 Ropewalk Terrace"),
        ("pl", "Jestwater JS3 9QE"),
        ("p", ""),
        ("p", "Dear Rukhsana and Imran,"),
        ("p", "Thank you both for coming to the initial child protection conference on 20 January. As I said "
              "at the end of the meeting, I am writing to you with the plan we agreed for Ayaan and Inaya, in "
              "plain words. Please keep this letter, and ring me if anything in it is not clear."),
        ("boldp", "Why we met"),
        ("p", "On 08/01/2026 Ayaan's teacher saw bruises on the top of his left arm and on his cheek. Ayaan told "
              "her that Daddy grabbed him and smacked him because he had not finished his reading book. The "
              "police and I saw Ayaan that day, and a paediatrician said the bruises on his arm were grip "
              "marks. Imran, you told the police and me that you smacked Ayaan and that you had done it "
              "before, because that is how you were brought up. Rukhsana, you told me that you are frightened "
              "when Imran loses his temper and that you try to keep the children out of his way. The "
              "conference decided that Ayaan and Inaya need a child protection plan under the category of "
              "physical abuse."),
        ("boldp", "What is going well"),
        ("p", "You both love Ayaan and Inaya, and you both came to every meeting. Imran, you have not smacked "
              "Ayaan since 08/01/2026, and you have agreed to go to a course. Rukhsana, you take Ayaan to "
              "school on time every day and go to your English classes twice a week. Dadi sees the children "
              "every day and Ayaan is very close to her."),
        ("boldp", "What Ayaan told me, and what I have seen of Inaya"),
        ("p", "When I saw Ayaan at school on 16/01/2026 he said: \"I don't like it when Abbu shouts, my tummy "
              "goes funny.\" \"Abbu said sorry and we played cricket.\" He said the best thing at home is "
              "\"Dadi's parathas\" and the worst thing is \"homework time\". He wants his dad \"to not be cross "
              "any more\". Inaya is 2. When I visited she was chatty and ran to her mum for cuddles. She went "
              "quiet and still when Imran raised his voice at Ayaan about his shoes."),
        ("boldp", "What we all want for Ayaan and Inaya"),
        ("numbers", [
            "Ayaan and Inaya are never hit, grabbed or hurt by any adult.",
            "Ayaan and Inaya live in a calm home, where homework time and bedtime happen without shouting.",
            "Ayaan can tell a trusted adult at school or at home if he is scared or hurt, and knows he will "
            "be listened to.",
            "Inaya is ready for nursery, talking and playing with other children.",
        ]),
        ("boldp", "The plan"),
        ("p", "I have written the plan in parts. The heading of each part says who will do the things under "
              "it. \"I\" means me, Nadia, and \"you\" means both of you, unless a line names one of you or "
              "someone else."),
        ("boldp", "What I will do"),
        ("bullets", [
            "I will visit you at home every week until the review conference, one visit in three without "
            "telling you first, and see Ayaan and Inaya each time; I will write what I see and what Ayaan "
            "says in my visit record within two days.",
            "I will see Ayaan on his own at school every two weeks, using his feelings cards, and write down "
            "his words after each session.",
            "I will refer Imran to the Jestwater Respect programme by 30/01/2026 and give you both a copy of "
            "the referral.",
            "I will start a parenting assessment with you both on 02/02/2026, with weekly sessions, and share "
            "my report with you and the core group by 27/03/2026.",
        ]),
        ("boldp", "What you have both agreed to do"),
        ("bullets", [
            "Never hit, smack, grab or shake Ayaan or Inaya, and use the calm-down plan we wrote together "
            "whenever either of you feels angry, every day from now on; I will ask Ayaan at each school "
            "visit whether anyone has hurt him, and Mrs Shaw will check for marks every morning.",
            "Go together to the ten Calmer Parenting sessions at Jestwater Family Hub on Monday evenings from "
            "02/02/2026 to 13/04/2026; the Hub will send me the register after each session.",
            "Take Ayaan for his check-up at Jestwater Dental Practice by 27/02/2026, and show me the "
            "appointment card when I next visit.",
            "Imran, you will start the Respect programme for men who want to stop hurting their families "
            "when you feel ready, and the programme will send me the attendance record.",
        ]),
        ("boldp", "What Dadi (Mrs Nasreen Chowdhury, 14 Mill Street) has agreed to do"),
        ("bullets", [
            "Collect Ayaan from school on Tuesdays and Thursdays and give him his tea at her house until "
            "6pm; Mrs Shaw's signing-out sheet will show who collected him.",
            "Have Inaya at her house on Wednesday and Friday mornings, so that Rukhsana can go to her English "
            "classes.",
        ]),
        ("boldp", "What other people will do"),
        ("bullets", [
            "Mrs Helen Shaw, the Designated Safeguarding Lead at Jestwater Park Primary, will check in with "
            "Ayaan every morning when he arrives, look for marks and ask how his evening was, and e-mail me "
            "a summary every Friday; anything worrying she will ring me about the same day.",
            "Gill Rowe, your health visitor, will do Inaya's 2-year review at home on 11/02/2026 and visit "
            "her every four weeks after that until the review conference, sending me the ASQ-3 scores and "
            "her visit notes.",
            "A nursery place for Inaya will be looked for, so that she can start after the Easter holidays "
            "(from 13/04/2026); the nursery's offer letter will be on the children's file.",
            "It is hoped that Ayaan can be given a place at the after-school football club on Mondays from "
            "02/02/2026; the club register will show him there.",
            "Everyone in your family will tell me the same day if there is any hitting or shouting at Ayaan "
            "or Inaya, and I will write each call on the children's file.",
            "DC Mark Dyson, Jestwater Police Child Abuse Investigation Team, will tell me the outcome of the "
            "police investigation within 5 working days of the charging decision, and give me a written "
            "update before each core group.",
        ]),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Ayaan or Inaya has a new mark or bruise, or says that someone has hurt them, Mrs Shaw or Gill "
            "will ring me at once, and I will hold a strategy discussion with the police the same day. "
            "Imran, you have agreed that you will then leave the house that day and stay with your brother "
            "Tariq at 6 Canal Street until the strategy discussion has decided what happens next.",
            "If Imran does not leave when asked, Rukhsana will take the children to Dadi's house at 14 Mill "
            "Street, and I will visit them there that evening.",
            "If Dadi cannot collect Ayaan or have Inaya (she is ill or away, or it is too much for her), "
            "Rukhsana rings me that morning: Ayaan stays at the school's after-school club until 5.30pm (Mrs "
            "Shaw is keeping a place for him) and Rukhsana takes Inaya to the crèche at her English class.",
            "If there is shouting or hitting at home, Rukhsana will ring 999 if anyone is in danger, and ring "
            "me the same day.",
        ]),
        ("boldp", "Meetings"),
        ("p", "The core group (you both, Dadi, Mrs Shaw, Gill and me) will meet every four weeks at Jestwater "
              "Park Primary at 3.45pm: on 03/02/2026, 03/03/2026 and 31/03/2026. The review child protection "
              "conference will be on 14/04/2026 at 10am at the Town Hall Annexe."),
        ("p", "If you would like to talk about this letter, please ring me on 01632 960 218. I can bring an "
              "Urdu interpreter to any visit if that would help."),
        ("p", "Yours sincerely,"),
        ("pl", "Nadia Karim"),
        ("pl", "Social Worker, Safeguarding Team North (team manager: Steven Price)"),
    ],
    "findings": [
        F("T002", "Imran, you will start the Respect programme for men"),
        F("M001", "Have Inaya at her house on Wednesday and Friday mornings"),
        F("W001", "A nursery place for Inaya will be looked for"),
        F("W001", "It is hoped that Ayaan can be given a place"),
        F("W002", "Everyone in your family will tell me the same day"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety safety plan: a who's who of the names the network uses,
#    then one small table per person or pair under a heading saying whose
#    part it is ("Nanna Jean's part", "Sam's part"), its first column "What
#    I will do" (or "What we will do"). Page header and footer. Exemplary
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_jorbury_sos_safety_plan_part_per_network_person_whitaker.pdf",
    "doc_title": "Safety Plan - Mia and Archie Whitaker",
    "split": "tune",
    "actions": 16,
    "min_pages": 2,
    "header": "Jorbury Council Children's Services · Signs of Safety child protection plan",
    "footer": "Mia and Archie Whitaker · Safety plan agreed 16/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "signs-of-safety-cp-plan-paged-header-footer-kv-details-whos-who-table-of-names-the-network-uses-danger-statement-safety-goal-whats-working-well-scaling-mias-words-and-archies-day-then-safety-plan-one-small-table-per-person-or-pair-under-a-whose-part-heading-what-i-will-do-when-how-everyone-will-know-then-if-the-safety-plan-is-not-working-meetings",
    "description": (
        "Exemplary Signs of Safety plan for a 4-year-old and a 14-month-old after their father, who drinks "
        "heavily, pushed their mother while she held the baby; he has moved to his own mother's and sees "
        "the children at their maternal grandmother's, who supervises. A who's who gives the names the "
        "network uses ('Nanna Jean', 'Sam', 'Gail', 'Paul'); the safety plan is one small table per person "
        "or pair under a heading naming whose part it is ('Kirsty's part', 'Nanna Jean's part', 'Kirsty "
        "and Nanna Jean together', 'Sam's part (social worker)'), its first column 'What I will do' or "
        "'What we will do', with When and How everyone will know columns. The drug and alcohol service "
        "reports on the father's change; the contingency has specific triggers, protective responses and "
        "a fallback if the grandmother cannot supervise; legal planning follows named triggers; core group "
        "and review dates are set; Mia's words and Archie's day are recorded."
    ),
    "blocks": [
        ("title", "Our Safety Plan for Mia and Archie"),
        ("p", "Jorbury Council uses Signs of Safety. This is the children's child protection plan, agreed by "
              "their safety network at the initial child protection conference on 16/01/2026."),
        ("kv", [
            ("Children", "Mia Whitaker, born 20/09/2021 (4), Sunflower Nursery; Archie Whitaker, born "
                         "03/11/2024 (14 months)"),
            ("Living with", "their mum, Kirsty Whitaker (27), 15 Brook Terrace, Jorbury JY6 3HL"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference chair", "Claire Oduya"),
        ]),
        ("h1", "Who's who in the safety network"),
        ("table", {
            "header": ["The name we use", "Who they are"],
            "widths": [4.0, 13.0],
            "rows": [
                ["Kirsty", "Mum"],
                ["Liam", "Liam Dawson (29), Mia's and Archie's dad; lives with his mum at 42 Fell View, Jorbury"],
                ["Nanna Jean", "Jean Whitaker, Kirsty's mum, 7 Bracken Close, Jorbury"],
                ["Sam", "Sam Greaves, social worker, Jorbury Children's Services (team manager: Helen Cartwright)"],
                ["Gail", "Gail Morton, health visitor, Jorbury 0-19 Service"],
                ["Mrs Hay", "Lorna Hay, manager and Designated Safeguarding Lead, Sunflower Nursery"],
                ["Paul", "Paul Dunn, recovery worker, Drink Wise Jorbury (drug and alcohol service)"],
                ["PC Ellis", "PC Rachel Ellis, Jorbury Police Domestic Abuse Team"],
            ],
        }),
        ("h1", "What we are worried about (danger statement)"),
        ("p", "Sam and everyone in the network are worried that Liam will drink again and hurt Kirsty, or hurt "
              "Mia or Archie, because he drinks heavily, gets angry when he has been drinking, and on "
              "22/12/2025 pushed Kirsty into the door frame while she was holding Archie, who hit his head. "
              "In November Mia hid behind the sofa when Liam was shouting, and she has started wetting the bed "
              "again. If this keeps happening, Mia and Archie could be badly hurt, and they will grow up "
              "frightened in their own home."),
        ("h1", "What we want to see (safety goal)"),
        ("p", "Everyone in the network will know that Mia and Archie are safe because they only see their dad "
              "when he is sober and when Nanna Jean is with them, because Kirsty and the children live without "
              "shouting or violence, and because Mia can tell a grown-up if she is scared. We want to see this "
              "every week until the review conference, and for Liam to have stayed sober for at least three "
              "months before any contact without Nanna Jean is thought about."),
        ("h1", "What's working well"),
        ("bullets", [
            "Kirsty rang the police herself on 22/12/2025, and Liam moved out that night.",
            "Nanna Jean lives two streets away and is at Kirsty's most days; she has supervised every contact "
            "since 27/12/2025.",
            "Liam has had his first appointment with Paul and says he wants to stop drinking for his children.",
            "Mia goes to nursery every morning session and loves the home corner.",
            "Archie has had all his health checks and is walking.",
        ]),
        ("h1", "Scaling"),
        ("p", "On a scale where 0 means Mia and Archie will be hurt again and 10 means everyone knows they are "
              "safe enough for the plan to end: Sam 3, Gail 4, Mrs Hay 4, Kirsty 6, Nanna Jean 5, Liam 7. Sam "
              "wrote down each person's score and reason at the conference."),
        ("h1", "What Mia says and what Archie's day is like"),
        ("p", "Mia (with Sam at nursery, 12/01/2026, using the Three Houses): in her house of worries she drew "
              "\"Daddy shouting and Mummy crying\". In her house of good things she drew \"Nanna Jean's dog "
              "Biscuit\" and \"Archie laughing\". In her house of dreams she drew Daddy \"not having the smelly "
              "drink\" and taking her to the park. She said, \"I like seeing Daddy at Nanna's.\""),
        ("p", "Archie is 14 months old. Gail saw him on 09/01/2026: he walks holding the furniture, says "
              "\"mama\" and \"dog\", and goes to Kirsty for comfort. Kirsty says that since 22/12/2025 he "
              "cries and clings to her when a man's voice is raised on the television, and he now wakes twice "
              "a night."),
        ("h1", "Our safety plan"),
        ("p", "Each part below belongs to the person or people named in its heading. \"I\" or \"we\" in a "
              "table means them."),
        ("h2", "Kirsty's part"),
        ("table", {
            "header": ["What I will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Only let Liam see Mia and Archie at Nanna Jean's house, with Nanna Jean there the whole time",
                 "Every contact (Saturdays, 10am to 12 noon)",
                 "Nanna Jean's contact book, signed by her and Liam each time and read by Sam every week"],
                ["Ring 999 if Liam comes to Brook Terrace, and then ring Sam (or the Emergency Duty Team at "
                 "night)",
                 "Every time he comes; Sam the same day",
                 "Police incident log, shared by PC Ellis; Sam writes each call on the children's file"],
                ["Go to the Recovery Toolkit course at Jorbury Women's Aid",
                 "Mondays at 10am, 19/01/2026 to 23/03/2026",
                 "Register e-mailed to Sam at the end of each month"],
            ],
        }),
        ("h2", "Liam's part"),
        ("table", {
            "header": ["What I will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Go to every appointment with Paul at Drink Wise Jorbury and take a breath test at each one",
                 "Every Tuesday from 13/01/2026",
                 "Paul's attendance sheet and breath test results e-mailed to Sam at the end of each month"],
                ["See Mia and Archie only at Nanna Jean's, sober, and blow into Nanna Jean's breathalyser when "
                 "I arrive",
                 "Every Saturday, 10am to 12 noon",
                 "A 0.00 reading written in the contact book each Saturday"],
                ["Go to the assessment for the Jorbury Safer Families programme (for dads who have hurt a "
                 "partner) and, if offered a place, to every session",
                 "Assessment by 30/01/2026; then every Thursday evening",
                 "Assessment letter to Sam by 30/01/2026; programme register sent to Sam monthly"],
            ],
        }),
        ("h2", "Nanna Jean's part"),
        ("table", {
            "header": ["What I will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Stay in the room for every contact, and end it at once if Liam smells of drink, will not "
                 "blow into the breathalyser, or gets angry",
                 "Every Saturday, 10am to 12 noon",
                 "Contact book signed each time; any ended contact rung through to Sam the same day"],
                ["Collect Mia from nursery and give her lunch while Kirsty is at her course",
                 "Every Monday at 12 noon, 19/01/2026 to 23/03/2026",
                 "Sunflower Nursery signing-out sheet"],
            ],
        }),
        ("h2", "Kirsty and Nanna Jean together"),
        ("table", {
            "header": ["What we will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Read Mia her Words and Pictures story with her, so that she knows what happened, that it "
                 "was not her fault, and who she can tell if she is scared",
                 "Every Sunday evening from 01/02/2026",
                 "At Sam's visits Mia can name two grown-ups she would tell, and Sam writes them in his visit "
                 "record"],
            ],
        }),
        ("h2", "Sam's part (social worker)"),
        ("table", {
            "header": ["What I will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Visit Kirsty, Mia and Archie at home, one visit in three unannounced; see Mia on her own and "
                 "Archie awake, and read the contact book",
                 "Every week until the review conference",
                 "Visit records on the children's file within 48 hours, with Mia's words"],
                ["Write Mia's Words and Pictures story with Kirsty and Nanna Jean",
                 "By 30/01/2026",
                 "Story on the children's file, signed by Kirsty and Nanna Jean"],
                ["Hold a network meeting with everyone in the who's who to check the safety plan and add any "
                 "new people to it",
                 "By 20/02/2026",
                 "Network meeting notes and the updated safety plan sent to everyone within 5 working days"],
            ],
        }),
        ("h2", "Gail's part (health visitor)"),
        ("table", {
            "header": ["What I will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Home visit to see Archie and Mia: Archie's weight, sleep and development, and an ASQ-3 at "
                 "his 15-month visit",
                 "Every four weeks: 22/01/2026, 19/02/2026 and 19/03/2026",
                 "Health visiting record e-mailed to Sam after each visit; Archie's ASQ-3 scores on Sam's file "
                 "by 26/02/2026"],
            ],
        }),
        ("h2", "Mrs Hay's part (Sunflower Nursery)"),
        ("table", {
            "header": ["What I will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Welcome check for Mia: how she seems, any marks, and (on Mondays) how her weekend was",
                 "Every session Mia attends",
                 "Welcome sheet; anything worrying rung through to Sam the same day"],
            ],
        }),
        ("h2", "Paul's part (Drink Wise Jorbury)"),
        ("table", {
            "header": ["What I will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Key work with Liam on his drinking and his anger, a breath test at every appointment, and a "
                 "written report on whether he has stopped drinking, whether he is likely to stay stopped, "
                 "and how long that is likely to take",
                 "Every Tuesday; report by 10/03/2026",
                 "Report on Sam's file by 10/03/2026, shared with the core group"],
            ],
        }),
        ("h2", "PC Ellis's part (Jorbury Police)"),
        ("table", {
            "header": ["What I will do", "When", "How everyone will know"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Put an urgent response marker on 15 Brook Terrace and on 7 Bracken Close, so that any 999 "
                 "call from either address is answered first",
                 "By 23/01/2026",
                 "Markers confirmed to Sam in writing by 23/01/2026"],
            ],
        }),
        ("h1", "If the safety plan is not working"),
        ("bullets", [
            "If Liam comes to Brook Terrace, or turns up drunk or angry anywhere the children are: Kirsty rings "
            "999 and PC Ellis's marker means officers come first; Sam holds a strategy discussion with the "
            "police the same day; and contact stops until Sam has held a network meeting.",
            "If Liam's breath test at a contact is over 0.00, or he smells of drink: Nanna Jean ends the "
            "contact and Liam leaves; Nanna Jean rings Sam that day; the next contact takes place only at the "
            "Jorbury Family Centre, supervised by a contact worker, which Sam arranges within 5 working days.",
            "If Nanna Jean cannot supervise a contact (she is ill or away, or feels she cannot do it any more): "
            "that Saturday's contact does not happen, and Sam arranges supervised contact at the Jorbury "
            "Family Centre within 5 working days. If she cannot collect Mia on a Monday, Mia stays at "
            "Sunflower Nursery for the afternoon session (Mrs Hay has agreed this) and Kirsty collects her at "
            "3pm.",
            "If Kirsty lets Liam into the house or the children see him outside the plan, or if Paul's report "
            "on 10/03/2026 says Liam is still drinking, Sam will ask Helen Cartwright for a legal planning "
            "meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Sunflower Nursery, Thursdays at 1pm: 29/01/2026, 26/02/2026 and "
            "26/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Jorbury Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan in five parts, each opened by a "Lead for this part:"
#    line that owns the bullets under it unless a bullet names someone
#    else, then an "Also agreed" part with no lead. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b176_jellicombe_prebirth_lead_for_this_part_lines_morrison.md",
    "split": "tune",
    "actions": 20,
    "template": "prebirth-icpc-plan-md-details-bullets-why-going-well-babys-world-and-parents-words-outcomes-then-plan-in-five-h3-parts-by-stage-each-opened-by-a-bold-lead-for-this-part-line-owning-the-bullets-under-it-unless-a-bullet-names-someone-else-a-collective-lead-part-then-also-agreed-with-no-lead-then-if-things-go-wrong-meetings",
    "description": (
        "Pre-birth initial conference plan for the unborn baby of a 19-year-old care leaver and her "
        "22-year-old partner, who smokes cannabis daily and has a conviction for possessing it with "
        "intent to supply; his mother will stay for the first nights. The plan is in five parts by stage, "
        "each opened by a bold 'Lead for this part:' line (the social worker, the specialist midwife, the "
        "ward's midwife in charge, the health visitor) that owns the bullets under it unless a bullet "
        "names someone else (the personal adviser, the father, the drug service, the community midwife, "
        "the social worker in the health visitor's part, the paternal grandmother, the mother with the "
        "social worker). Faults: a labour ward tour with its date 'TBC'; a safe sleep and bathing "
        "demonstration with no check; the Baby Cafe support measured by 'engagement'; a fifth part whose "
        "lead is 'everyone working with Sophie, Jake and baby' (two bullets); a passive housing referral "
        "under 'Also agreed', which has no lead; and an outcome about the mother only."
    ),
    "text": """\
# Jellicombe Council - Children's Services

## Pre-birth child protection plan: Baby Morrison

Agreed at the pre-birth initial child protection conference on 13/01/2026 (Sophie was 28+5 weeks pregnant).

- **Baby:** unborn, due 02/04/2026. 32 weeks is 05/02/2026 and 36 weeks is 05/03/2026.
- **Mum:** Sophie Morrison (19), 4B Weir Court, Jellicombe JC5 2AW. Sophie was in foster care from 11 to 18
  and has a personal adviser from Jellicombe Leaving Care.
- **Dad:** Jake Fenwick (22), stays at Weir Court most nights.
- **Jake's mum:** Carol Fenwick, 19 Orchard Rise, Jellicombe.
- **Category:** Neglect (unborn baby).
- **Chair:** Martin Oakes (independent reviewing officer).
- **Social worker:** Priya Sandhu, Jellicombe Safeguarding Team (team manager: Rachel Dunn).
- **Personal adviser:** Kate Ross, Jellicombe Leaving Care Service.
- **Specialist safeguarding midwife:** Gemma Holt, Jellicombe General Hospital.
- **Community midwife:** Tara Jones, Riverside midwifery team.
- **Health visitor:** Dawn Pike, Jellicombe 0-19 Service.
- **Drug and alcohol service:** Ben Hale, recovery worker, Compass Jellicombe.

## Why baby has a plan

Jake smokes cannabis every day, including in the flat, and in 2024 he was convicted of possessing cannabis
with intent to supply. In November the police searched Weir Court and found cannabis and scales in a
kitchen drawer. Sophie stopped smoking cannabis when she found out she was pregnant, but she has missed
three antenatal appointments and the flat has no cot, bedding or baby clothes. Sophie has no family she is in
touch with, and she says she is "not sure" she knows how to look after a newborn. She and Jake argue about
money, and a neighbour heard shouting in December, though no one was hurt.

## What is going well

- Sophie has been to every appointment since the conference was booked, and her urine tests since October
  have been clear.
- Jake came to the conference and agreed to go to Compass.
- Kate has known Sophie for three years and Sophie trusts her.
- Carol has offered to stay for the first week after baby comes home.

## Baby's world, and what Sophie and Jake say

Baby cannot tell us what she needs, so Tara has written down what she has seen. At the 20-week scan baby was
growing well, and her growth has been on the 50th centile line of the GROW chart at every appointment since.
She moves a lot in the evenings, and Sophie talks to her and plays her music. Baby will come home to a
one-bedroom flat on the first floor, where at present people smoke indoors.

Sophie said: "I want her to have what I didn't have. I want to be there for her." Jake said: "I'll stop
smoking in the flat. I want to be a proper dad."

## What we want for baby

1. Baby is born safely and goes home only when everyone knows who will care for her and how.
2. Baby is fed when she is hungry, kept warm and clean, and grows along her centile line.
3. Baby sleeps on her back in her own cot, in a flat where no one smokes or keeps drugs.
4. Sophie finishes her college course and feels more confident as a young woman.

## The plan

The plan is in five parts. Each part has a lead; every bullet under a part is the lead's to do, unless the
bullet names someone else.

### Part 1: From now until 32 weeks (05/02/2026)

**Lead for this part:** Priya Sandhu, social worker

- Visit Sophie and Jake at Weir Court every week, one visit in three unannounced, seeing Sophie on her own
  at least every other visit; visit records on the file within 48 hours.
- Start the pre-birth parenting assessment with Sophie and Jake on 20/01/2026, with weekly sessions, and
  share the report and its recommendation with them and the core group by 26/02/2026 (34 weeks).
- Kate Ross (personal adviser) will help Sophie apply for the Sure Start Maternity Grant and buy a cot,
  mattress and bedding by 32 weeks, and send Priya a photo of the cot set up.
- Jake will go to Compass every Wednesday from 21/01/2026 and give a urine test at each appointment; Compass
  will e-mail Priya the results at the end of each month.
- Ben Hale (Compass) will write a report on whether Jake has stopped using cannabis and is likely to stay
  stopped by 36 weeks (05/03/2026); the report will be on Priya's file by that date.
- Sophie and Priya together will write Sophie's own birth and safety plan (who she wants with her, who
  she will ring, what she needs for baby) by 32 weeks; a signed copy will go to Gemma and Dawn.

### Part 2: From 32 weeks to the birth

**Lead for this part:** Gemma Holt, specialist safeguarding midwife

- Put the safeguarding birth plan on the maternity record by 32 weeks, so that the labour ward knows to
  ring Priya (or the Emergency Duty Team) and not to discharge baby before the discharge planning
  meeting; birth plan on BadgerNet and a copy on Priya's file by 05/02/2026.
- Sophie will be seen by Tara, her community midwife, every two weeks until 36 weeks and then every week,
  with part of each appointment on her own; growth plotted on the GROW chart and a note e-mailed to Priya
  within 2 working days.
- Chair the pre-discharge planning meeting with Sophie, Jake, Carol, Priya, Tara and Dawn at 36 weeks
  (05/03/2026); written discharge plan to the core group within 2 working days.
- Arrange a tour of the labour ward and Ward 7 for Sophie and Jake, date TBC; the tour will be written in
  the maternity notes.

### Part 3: On Ward 7, from the birth to discharge

**Lead for this part:** the midwife in charge of Ward 7 on each shift

- Ring Priya (or the Emergency Duty Team out of hours) within 2 hours of the birth; the call written in the
  maternity notes.
- Watch and write down how Sophie and Jake feed, hold, change and settle baby on every shift until
  discharge; observation sheet in baby's notes, copied to Priya before discharge.
- Give Sophie and Jake a safe sleep and baby bathing demonstration on the ward before discharge.

### Part 4: The first eight weeks at home

**Lead for this part:** Dawn Pike, health visitor

- New birth visit at 10 to 14 days, then a visit every week until baby is 8 weeks old: weigh baby and see
  where she sleeps; weights plotted in the red book and safe sleep seen and recorded at every visit.
- Support Sophie with breastfeeding at the Baby Cafe on Thursdays from the first week home. Measure:
  Sophie's engagement with the Baby Cafe.
- Priya will visit twice a week for the first four weeks after discharge and then every week until baby is
  8 weeks old, one visit in three unannounced; visit records within 48 hours, saying where baby slept and
  who was in the flat.
- Carol will stay at Weir Court for the first 7 nights after discharge and do one night feed so Sophie can
  sleep; Carol signs the night feed chart each morning and Dawn reads it at her visits.

### Part 5: Things everyone needs to do

**Lead for this part:** everyone working with Sophie, Jake and baby

- Share any worry about baby's safety, or any smell of cannabis at Weir Court, with Priya the same day;
  the worry logged on the baby's chronology.
- Talk to Sophie and Jake about safe sleep and smoking at every contact, and write down what they say in
  the contact record.

### Also agreed

- A referral to Jellicombe Homes for a bigger flat with no stairs will be made by 30/01/2026; the referral
  acknowledgement will be kept on file.

## If things go wrong

- If Jake's urine tests or the report from Compass show he is still using cannabis, or cannabis is found
  at Weir Court: Priya holds a strategy discussion with the police and health that day, Gemma updates the
  birth plan so that baby does not go home until a new plan is agreed, and Priya asks Rachel Dunn for a
  legal planning meeting within 5 working days.
- If Sophie or Jake try to take baby off the ward before the discharge planning meeting has agreed it,
  the midwife in charge rings the police and Priya (or the Emergency Duty Team) straight away.
- If there is shouting or violence at Weir Court, Sophie rings 999, Jake leaves the flat and stays at
  Carol's that night, and Priya visits the next morning.
- If Carol cannot stay the first 7 nights, or has to stop, she or Sophie rings Priya that day. Sophie and
  baby will stay on Ward 7 until another adult is agreed at a reconvened discharge planning meeting or, if
  baby is already home, Tara or Dawn visits every day until the core group agrees another helper.
- If the parenting assessment on 26/02/2026 says baby could not be cared for safely at Weir Court, Priya
  will ask for a legal planning meeting before the birth.

## Meetings

- Core group every four weeks at Riverside Children's Centre, Tuesdays at 2pm: 27/01/2026, 24/02/2026 and
  24/03/2026, then within 10 working days of baby's birth.
- Review child protection conference: 07/04/2026 at 10am, Jellicombe Civic Centre.

Plan sent to Sophie, Jake, Carol and every agency on 15/01/2026.
""",
    "findings": [
        F("F002", "Sophie finishes her college course and feels more confident as a young woman."),
        F("T002", "Arrange a tour of the labour ward and Ward 7"),
        F("M001", "Give Sophie and Jake a safe sleep and baby bathing demonstration"),
        F("M002", "Support Sophie with breastfeeding at the Baby Cafe on Thursdays"),
        F("W002", "Share any worry about baby's safety, or any smell"),
        F("W002", "Talk to Sophie and Jake about safe sleep and smoking"),
        F("W001", "A referral to Jellicombe Homes for a bigger flat"),
    ],
})
