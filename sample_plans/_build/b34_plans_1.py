"""Batch 34, module 1: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: child protection plans reviewed three to nine months in, where last
time's actions sit beside new, carried-forward and reworded ones and the
reader has to tell live actions from history: a one-table "plan at a glance"
with status codes (DONE / CLOSED / REW), a transfer-in conference that reads
through the previous authority's plan, a revised plan in pre-proceedings after
a PLO letter, a first review with closed items struck through and a "was / now"
column, a core group progress report with struck-through rows and RAG, a
step-down from child protection to child in need, and a six-month review print
with a RAG review of the previous plan before the updated plan.

How history was labelled: rows and bullets that only record what happened
(struck through, DONE, "Completed 12/05", CLOSED, "no longer needed", a
"closed at this review" table, an "achieved" list, a previous-authority or
previous-plan review table) are not live actions. Wherever such a row sits in
a table that also holds live actions it is written out in full (owner, date,
evidence), so it carries no finding on either reading. Every finding below is
on a live action or on the whole plan.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Second review conference: one landscape "plan at a glance" table that
#    keeps every old row with an "Update since last review" column and a
#    status code (C/F, REW, NEW, DONE, CLOSED). Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_ebbsmere_rcpc_plan_at_a_glance_status_codes_hardcastle.docx",
    "doc_title": "Second Review CP Conference - Plan at a Glance - Kayden and Poppy Hardcastle",
    "split": "tune",
    "template": "rcpc2-plan-at-a-glance-landscape-single-table-ref-action-lead-timescale-how-well-know-update-since-last-review-status-code-cf-rew-new-done-closed",
    "description": (
        "Second review conference (9 months in) for an 8-year-old and a 3-year-old (neglect, mother on a "
        "methadone script, anxiety). One landscape table keeps every row of the last plan with an "
        "'Update since last review' column and a status code; DONE and CLOSED rows are history and are "
        "written out in full. Live faults: nursery attendance 'Ongoing', the father's course measured by "
        "'engagement', FSW routines with no measure, the dentist 'ASAP', 'All agencies' owning concerns, "
        "the GP's physical-health row 'Reviewed at core group', a Young Carers referral with no lead, and "
        "Talking Therapies only treating the mother. The plan leans on grandmother and aunt and the "
        "contingency sends the children to the grandmother with nothing if she cannot help."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan at a Glance"),
        ("p", "Ebbsmere Metropolitan Council · Children and Young People's Service · Safeguarding Unit, "
              "Harbour House, Ebbsmere"),
        ("kv", [
            ("Children", "Kayden Hardcastle, born 21/05/2017 (8), Year 3 at St Aldhelm's Primary; "
                         "Poppy Hardcastle, born 30/03/2022 (3), Puddleducks Nursery"),
            ("Address", "4 Tern Close, Ebbsmere (moved from 61 Lowgate Street on 12/05/2025)"),
            ("In the home", "Gemma Hardcastle (mother, 29); Liam Moss (Poppy's father and Kayden's "
                            "stepfather, 31)"),
            ("Family who help", "Sandra Hardcastle (maternal grandmother), 9 Quayside Road; Leanne "
                                "Hardcastle (maternal aunt), 2 Brig Lane"),
            ("Conferences", "Initial 10/10/2024; first review 09/01/2025; second review today, 03/07/2025"),
            ("Category", "Neglect (unchanged)"),
            ("Chair", "Martin Oyelaran, Conference and Review Officer"),
            ("Social worker", "Aisha Rahman, Locality Team West"),
        ]),
        ("h1", "Conference decision"),
        ("p", "Kayden and Poppy remain subject to child protection plans under the category of neglect. "
              "Everyone at conference agreed that life at home is better than in January: the family now have "
              "a dry flat, Poppy's nursery attendance is up, and Gemma's drug screens have been clear since "
              "March. The change is recent, though, and a great deal of it rests on Sandra and Leanne. Gemma "
              "told conference that her anxiety is \"through the roof\" since the move and that she has "
              "referred herself to Talking Therapies."),
        ("p", "The table replaces the plan of 09/01/2025. It keeps every row of the old plan so that "
              "everyone can see what happened to it. Rows marked DONE or CLOSED are kept for the record only; "
              "nobody needs to do anything more on them."),
        ("h1", "What Kayden and Poppy have told us"),
        ("p", "Kayden (seen on his own at school, 24/06/2025): \"The new flat hasn't got mould. I've got my own "
              "room with a Spider-Man duvet.\" He said mornings are better \"because Nana comes on Tuesdays and "
              "Thursdays\", but that he still makes Poppy's breakfast \"when Mum's asleep\". He would like to go "
              "to Cubs with his friend Jayden. Asked to score home from 0 (really bad) to 10 (really good) he "
              "said 7; in January he said 3."),
        ("p", "Poppy talks in two- and three-word phrases. At nursery she heads straight for the home corner "
              "and \"cooks\" for the staff. At an unannounced visit at 9.20am on 17/06/2025 she was still in her "
              "pyjamas with a wet nappy, watching television while Gemma slept; she ran to the door shouting "
              "\"Nana?\"."),
        ("h1", "What we want for Kayden and Poppy"),
        ("bullets", [
            "Kayden and Poppy are got up, fed and taken to school and nursery on time by a sober adult every "
            "day.",
            "Kayden no longer looks after Poppy in the mornings and has time for Cubs and his friends.",
            "Poppy's speech catches up and both children's teeth are looked after.",
            "Both children live in a warm, clean home where drugs and methadone are never within their reach.",
        ]),
        ("h1", "The plan"),
        ("p", "Status key: C/F carried forward unchanged · REW reworded today · NEW added today · DONE completed "
              "(kept for the record) · CLOSED no longer needed (kept for the record)."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "How we'll know it's working",
                       "Update since last review (09/01/2025)", "Status"],
            "widths": [1.1, 6.0, 3.4, 2.8, 4.6, 5.6, 2.2],
            "rows": [
                ["1", "Visit Kayden and Poppy at home, at least one visit a month unannounced; see Kayden on his "
                      "own and look at the food in, the beds and the bathroom",
                 "SW Aisha Rahman", "Every 10 working days",
                 "Visit record notes where the children slept, what food was in and Kayden's own words",
                 "12 of 13 visits done, 4 unannounced. Food in at every visit since March.", "C/F"],
                ["2", "Two-year development review of Poppy (ASQ-3), brought forward",
                 "HV Bronwen Tate", "By 30/04/2025",
                 "ASQ-3 scores and growth recorded in the red book and sent to the SW",
                 "Completed 14/04/2025. Communication score below the cut-off, so a speech referral was made "
                 "(row 12).", "DONE"],
                ["3", "Lockable box for Gemma's methadone, kept where Kayden and Poppy cannot reach it",
                 "Gemma Hardcastle; box supplied by Ebbsmere Recovery Partnership", "By 24/10/2024",
                 "Box seen locked and in use at every SW visit",
                 "Completed 21/10/2024 and checked at every visit since.", "DONE"],
                ["4", "Methadone script, key-work and random urine screens for Gemma, with a written report to "
                      "each core group on whether her drug use is changing and what that means for Kayden and "
                      "Poppy",
                 "Jo Tiernan, recovery worker, Ebbsmere Recovery Partnership",
                 "Key-work weekly; at least two screens a month; report before every core group",
                 "Screen results and the written report read out at every core group",
                 "Script stable at 40ml. One screen positive for cocaine (22/03/2025); all clear since.",
                 "C/F"],
                ["5", "Poppy to go to Puddleducks Nursery, taken there by Gemma or by Sandra",
                 "Gemma Hardcastle", "Ongoing",
                 "Nursery register emailed to the SW each Friday",
                 "Attendance 71% in January, 88% in June.", "C/F"],
                ["6", "Attend the Being Dad parenting course at Ebbsmere Family Hub (reworded today; it used to "
                      "read 'Liam to engage with parenting support')",
                 "Liam Moss", "Monday evenings, 10 weeks from 14/07/2025",
                 "Liam's engagement with the course",
                 "Liam did not take up the Hub's offer in February. He has now booked a place.", "REW"],
                ["7", "Refer to Ebbsmere Homes for repairs to the damp and mould in Poppy's bedroom",
                 "SW Aisha Rahman", "By 31/01/2025",
                 "Repairs order number on the children's file",
                 "Family moved to a dry housing association flat at 4 Tern Close on 12/05/2025; repairs no "
                 "longer needed.", "CLOSED"],
                ["8", "Weekly check-in for Kayden with the learning mentor; write down what he says about home "
                      "and about mornings",
                 "Mr Dev Chauhan, learning mentor, St Aldhelm's Primary", "Every Monday in term time",
                 "Check-in log emailed to the SW fortnightly; any worry passed to the DSL and the SW the same "
                 "day",
                 "Kayden asks for his sessions. Late 3 times this term (14 times in the autumn term).", "C/F"],
                ["9", "Home sessions on morning and bedtime routines, meal planning and a weekly shopping budget",
                 "FSW Callum Pryce, Ebbsmere Early Help", "Weekly for 10 weeks from 14/07/2025",
                 "",
                 "New family support worker allocated 30/06/2025.", "NEW"],
                ["10", "Take Kayden to school and Poppy to nursery on the mornings Gemma collects her script",
                 "Sandra Hardcastle (MGM)", "Every Tuesday and Thursday",
                 "School and nursery registers show both children in on time on those days",
                 "Has done every Tuesday and Thursday since February.", "C/F"],
                ["11", "Have Kayden and Poppy to stay at her flat on Saturday nights so that Gemma and Liam get "
                       "a break",
                 "Leanne Hardcastle (maternal aunt)", "Every Saturday night",
                 "Overnight stays written on the family calendar and checked by the SW; both children asked "
                 "about their weekends at visits",
                 "Started 10/05/2025; 7 stays so far.", "NEW"],
                ["12", "Speech and language assessment for Poppy, then therapy targets shared with nursery",
                 "Megan Oduya, speech and language therapist, Ebbsmere Children's Therapies",
                 "Assessment by 31/07/2025; sessions every 2 weeks after that",
                 "SALT report sent to the SW and nursery; nursery records the targets it works on each day",
                 "Referral accepted 02/05/2025.", "NEW"],
                ["13", "Register both children with a dentist and take them for a check-up",
                 "Gemma Hardcastle", "ASAP",
                 "Letter from the dentist confirming both children seen, copy to the HV",
                 "Not done. School reported Kayden had toothache on 19/06/2025.", "NEW"],
                ["14", "Tell the SW the same day about any worry about the children's care, including Gemma "
                       "seeming under the influence",
                 "All agencies", "Same day",
                 "Each concern logged on the children's file with what was done about it",
                 "Nursery rang twice in March; both followed up the same day.", "C/F"],
                ["15", "Check Gemma's leg abscess and her hepatitis C treatment, and repeat her blood tests",
                 "Dr Imran Qureshi, GP, Harbour Street Surgery", "By 31/07/2025",
                 "Reviewed at core group",
                 "Abscess treated in May.", "C/F"],
                ["16", "Refer Kayden to Ebbsmere Young Carers so he gets time of his own",
                 "-", "By 18/07/2025",
                 "Acceptance letter from Young Carers on the file",
                 "Kayden told the SW he \"does Poppy's breakfast\".", "NEW"],
                ["17", "Fortnightly sessions with Gemma for her anxiety and low mood",
                 "Hannah Lowe, psychological wellbeing practitioner, Ebbsmere Talking Therapies",
                 "Fortnightly, 8 sessions from 10/07/2025",
                 "Attendance recorded by Talking Therapies and shared with the SW",
                 "Gemma referred herself on 20/06/2025.", "NEW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Gemma is found under the influence of drugs or alcohol while caring for Kayden or Poppy, a "
              "screen is positive for heroin or cocaine, or the children are not in school or nursery by 10am "
              "and nobody at home can be reached, the SW (or the emergency duty team out of hours) will visit "
              "that day and hold a strategy discussion the same day. Kayden and Poppy will stay with Sandra "
              "Hardcastle at 9 Quayside Road until the strategy discussion agrees it is safe for them to go "
              "home. If Gemma or Liam will not agree to this, the SW will ask the police to use their powers "
              "of protection."),
        ("h1", "Core group, review and legal planning"),
        ("bullets", [
            "Core group every 4 weeks: 24/07/2025, 21/08/2025 and 18/09/2025, 1.30pm at St Aldhelm's Primary.",
            "Third review child protection conference: 02/10/2025, 10am, Harbour House.",
            "If Gemma has a screen positive for heroin or cocaine, or either child's attendance falls below 85% "
            "over any four weeks, before 18/09/2025, the SW will ask the team manager for a legal planning "
            "meeting within 5 working days.",
        ]),
        ("p", "Typed by Aisha Rahman, SW, 04/07/2025, and sent to everyone invited to conference."),
    ],
    "findings": [
        F("T002", "Poppy to go to Puddleducks Nursery, taken there by Gemma"),
        F("M002", "Attend the Being Dad parenting course at Ebbsmere Family Hub"),
        F("M001", "Home sessions on morning and bedtime routines, meal planning"),
        F("T002", "Register both children with a dentist and take them"),
        F("W002", "Tell the SW the same day about any worry"),
        F("M002", "Check Gemma's leg abscess and her hepatitis C treatment"),
        F("W001", "Refer Kayden to Ebbsmere Young Carers so he gets"),
        F("H001", "Fortnightly sessions with Gemma for her anxiety and low mood"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Transfer-in conference record: the previous authority's plan read
#    through row by row with a "decision today", then the new plan with a
#    "where it came from" column. Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_erringworth_transfer_in_inherited_plan_decisions_ozturk.pdf",
    "doc_title": "Transfer-In CP Conference Record and Plan - Deniz and Ela Ozturk",
    "split": "tune",
    "template": "transfer-in-conference-record-paged-previous-authority-plan-read-through-held-by-due-evidence-at-transfer-decision-today-then-e-ref-plan-where-it-came-from-column",
    "description": (
        "Exemplary transfer-in conference record for an 11-year-old and a 5-year-old who moved with their "
        "mother from another authority to escape the father's abuse (mother's trauma symptoms and low mood). "
        "The previous authority's plan is read through with what the evidence showed and what happens to "
        "each row (completed, ended with the move, continued, reworded); that table is history. The new plan "
        "has an owner, a real timescale and an observable measure on every row, a psychologist asked to "
        "report on capacity to change, specific contingency, dates and a legal step."
    ),
    "header": "OFFICIAL-SENSITIVE · Erringworth City Council · Safeguarding and Reviewing Service",
    "footer": "Transfer-in conference record – Ozturk children – page {PAGE} of {NUMPAGES}",
    "font_size": 10,
    "min_pages": 2,
    "blocks": [
        ("title", "Transfer-In Child Protection Conference: Record and Plan"),
        ("kv", [
            ("Children", "Deniz Ozturk, born 14/09/2013 (11), Year 6, starting Erringworth Academy in "
                         "September; Ela Ozturk, born 02/03/2020 (5), Reception, Brookmill Primary"),
            ("Address", "17 Sedge Walk, Erringworth (Erringworth Housing Trust tenancy from 26/05/2025). The "
                        "address is shared only with the agencies named in this plan."),
            ("Mother", "Selin Ozturk (36)"),
            ("Father", "Murat Ozturk (40), lives in Calderholme. Non-molestation order to 11/03/2026; no "
                       "contact with Selin; letters to the children go through the SW."),
            ("Transferring authority", "Calderholme Borough Council: initial conference 20/02/2025, review "
                                       "conference 22/05/2025"),
            ("This conference", "Transfer-in conference, 16/06/2025, Erringworth Civic Hall, Room 3 (15 "
                                "working days after the move)"),
            ("Category", "Emotional abuse"),
            ("Chair", "Nadia Ferrante, Child Protection Chair"),
            ("Social worker", "Tom Ekwueme, Erringworth Safeguarding Team 3 (allocated 02/06/2025)"),
            ("Also present", "Rachel Doyle, Calderholme SW (handover); Selin Ozturk; Mrs Lorna Abbot, DSL, "
                             "Erringworth Academy; Miss Jess Kirwan, Brookmill Primary; Dr Priya Mahal, GP; "
                             "DC Fiona Raines, Erringworth Police; Gail Pirie, Erringworth Women's Centre"),
        ]),
        ("h1", "Why the family moved"),
        ("p", "Deniz and Ela lived with both parents in Calderholme until February 2025, when Murat assaulted "
              "Selin in front of the children and Deniz rang 999. Calderholme held an initial conference on "
              "20/02/2025. Selin and the children spent eleven weeks in a Calderholme refuge and were offered a "
              "tenancy in Erringworth, well away from Murat's family, moving in on 26/05/2025. Calderholme "
              "kept the plan going up to today and Rachel Doyle visited the family in Erringworth on 04/06/2025 "
              "with Tom Ekwueme. Calderholme closes the case today, after this conference."),
        ("p", "Selin's Calderholme GP diagnosed post-traumatic stress symptoms and low mood in March; she takes "
              "sertraline. She told conference she sleeps badly and \"jumps at every car door\", but that she "
              "has not missed a school run since the move."),
        ("h1", "The Calderholme plan at the point of transfer"),
        ("p", "Each action in Calderholme's plan of 22/05/2025 was read through at conference. This table is a "
              "record of where each one got to and what happens to it now; it is not the Erringworth plan, "
              "which follows below."),
        ("table", {
            "header": ["C-ref", "Calderholme action", "Held by", "Due", "What the evidence showed at transfer",
                       "Decision today"],
            "widths": [1.2, 3.6, 2.8, 2.4, 3.6, 3.4],
            "rows": [
                ["C1", "SW visits, children seen alone", "Rachel Doyle, SW, Calderholme", "Every 2 weeks",
                 "9 visits between 20/02 and 22/05/2025; both children seen alone at each",
                 "Continued by Erringworth as E1"],
                ["C2", "Apply for a non-molestation order", "Selin, with Calderholme Women's Aid",
                 "By 31/03/2025", "Order made 11/03/2025; copy seen",
                 "Completed. Order copied to both new schools on 03/06/2025"],
                ["C3", "Freedom Programme with Calderholme Women's Aid outreach", "Calderholme Women's Aid",
                 "Weekly until the move", "Selin went to 9 of the 12 sessions",
                 "Ended with the move; Selin finishes the course in Erringworth (E5)"],
                ["C4", "Weekly ELSA sessions for Deniz", "ELSA, Calderholme Junior School", "Weekly in term",
                 "11 sessions; Deniz's worry scale down from 9 to 5",
                 "Replaced by transition support at Erringworth Academy (E3)"],
                ["C5", "CAMHS referral for Deniz (nightmares, not sleeping)", "GP, Calderholme",
                 "By 30/04/2025", "Accepted by Calderholme CAMHS 17/04/2025; not yet seen",
                 "Reworded as E4 so that Deniz keeps his place on the waiting list"],
                ["C6", "Housing application for a move away from Calderholme", "Rachel Doyle, SW",
                 "By 30/04/2025", "Tenancy at 17 Sedge Walk signed 19/05/2025",
                 "Completed; no longer needed"],
                ["C7", "Letterbox contact from Murat", "Rachel Doyle, SW", "Monthly",
                 "Two letters passed on; Deniz chose to read one, Ela had hers read to her",
                 "Continued as E7"],
            ],
        }),
        ("h1", "What Deniz and Ela told us"),
        ("p", "Deniz (seen on his own at home, 11/06/2025): \"I like it here because nobody knows us. I miss "
              "my mates and I miss Dad a bit, but not the shouting.\" He still has nightmares most nights "
              "\"about Dad finding the house\", and he checks the front door before bed. He wants to join the "
              "Academy's football team and to have \"someone who isn't a teacher\" to talk to. On a scale of "
              "0 (not safe) to 10 (really safe) he put the new house at 7."),
        ("p", "Ela (seen at Brookmill Primary, 12/06/2025) drew the new house with \"me and Mummy and Deniz "
              "and a cat we haven't got yet\". Her teacher says she clings to Selin at the door for the first "
              "ten minutes, then settles and plays with two friends. She told the SW, \"Daddy was cross and I "
              "hid in the wardrobe.\""),
        ("h1", "What we want for Deniz and Ela"),
        ("bullets", [
            "Deniz and Ela live at 17 Sedge Walk without any contact from their father outside the agreed "
            "letters, and they tell us they feel safe there.",
            "Deniz sleeps better, starts Year 7 with a key adult he trusts, and gets help from CAMHS for his "
            "nightmares.",
            "Ela settles into Brookmill Primary and goes in happily most mornings by October half-term.",
            "Both children are cared for by a mum who knows how to keep them safe and whose trauma symptoms "
            "do not stop her getting them to school, fed and settled.",
        ]),
        ("h1", "The Erringworth plan"),
        ("table", {
            "header": ["E-ref", "What will happen", "Who", "When", "How we will know", "Where it came from"],
            "widths": [1.2, 4.6, 3.0, 2.8, 3.6, 1.8],
            "rows": [
                ["E1", "Visit Deniz and Ela at home, see each child on their own, and check the door chain, the "
                       "window locks and that the address has not been given out",
                 "SW Tom Ekwueme", "Every 2 weeks; at least one visit a month unannounced",
                 "Visit records note each child seen alone, in their own words, and the security checklist "
                 "completed", "Continues C1"],
                ["E2", "Register Selin and the children with Sedge Lane Medical Practice and ask for the "
                       "Calderholme GP records",
                 "Selin Ozturk; practice manager confirms to the SW", "By 27/06/2025",
                 "Registration confirmed to the SW in writing, with the date the records were requested",
                 "New"],
                ["E3", "Transition support for Deniz's move to Year 7: two extra visits to the Academy before "
                       "the summer, a named key adult from September and a weekly check-in for the first "
                       "half-term",
                 "Mrs Lorna Abbot, DSL, Erringworth Academy",
                 "Visits by 18/07/2025; weekly check-in from 03/09/2025 to 24/10/2025",
                 "Check-in log shared with the SW every 2 weeks; Deniz's attendance 95% or above",
                 "Replaces C4"],
                ["E4", "Refer Deniz to Erringworth CAMHS with Calderholme's acceptance letter attached, so "
                       "that his original referral date is kept",
                 "Dr Priya Mahal, GP, Sedge Lane Medical Practice", "Within 5 working days of registration",
                 "CAMHS acceptance letter showing the original date of 17/04/2025, copied to the SW",
                 "Reworded from C5"],
                ["E5", "Finish the last three sessions of the Freedom Programme at Erringworth Women's Centre, "
                       "including the session on helping children after abuse",
                 "Selin Ozturk; facilitator Gail Pirie confirms attendance",
                 "Tuesdays from 01/07/2025, finished by 15/07/2025",
                 "Certificate of completion, copy to the SW", "Continues C3"],
                ["E6", "Trauma-focused assessment of Selin, with a written report on how her trauma symptoms "
                       "and low mood affect her care of Deniz and Ela, what would need to change and how long "
                       "that is likely to take",
                 "Dr Helena Marsh, clinical psychologist, Erringworth Adult Psychological Therapies",
                 "Assessment by 25/07/2025; report by 05/08/2025",
                 "Written report shared with the core group on 05/08/2025", "New"],
                ["E7", "Read Murat's letters before they are passed on, give them to the children, and write "
                       "down how each child responds",
                 "SW Tom Ekwueme", "Monthly, when a letter arrives by the 1st of the month",
                 "Letters logged; each child's response written in their own words on the visit record",
                 "Continues C7"],
                ["E8", "Put a police marker on 17 Sedge Walk and share the non-molestation order with "
                       "Erringworth response teams",
                 "DC Fiona Raines, Erringworth Police Domestic Abuse Unit", "By 20/06/2025",
                 "Marker reference number emailed to the SW", "New"],
                ["E9", "Help Ela settle in Reception: a daily greeting at the door by her key adult and a note "
                       "home every Friday about her week",
                 "Miss Jess Kirwan, Reception teacher, Brookmill Primary",
                 "Every school day to 18/07/2025, and again from 03/09/2025",
                 "Friday notes seen by the SW at visits; Ela's attendance and anything she says about home "
                 "logged on CPOMS and sent to the SW fortnightly", "New"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Murat comes to Erringworth, contacts Selin or the children directly, or the address is found "
              "to have been given out, Selin will ring 999 and the SW (or Erringworth's emergency duty team out "
              "of hours) will hold a strategy discussion the same day. The Erringworth Women's Centre will find "
              "the family a refuge place that day. If Selin's mental health means she cannot care for Deniz and "
              "Ela safely, they will be placed with approved foster carers in Erringworth under section 20 that "
              "day, and the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Erringworth Civic Hall: 08/07/2025, 05/08/2025 and 02/09/2025, at "
              "3.45pm so that Selin can do the school run. Review child protection conference: 18/09/2025, "
              "10am, Erringworth Civic Hall."),
        ("p", "If Selin gives the address to Murat or lets him see the children outside the letters, or Dr "
              "Marsh's report says that Selin cannot make the changes the children need within their "
              "timescales, the team manager will convene a legal planning meeting within 5 working days."),
        ("p", "Record approved by Nadia Ferrante, Child Protection Chair, 17/06/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Revised plan in pre-proceedings after a PLO letter: "achieved" list,
#    theme banner rows, a "since the last review" column and a separate
#    "closed at this review" table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_edgewold_rcpc_plo_revised_plan_banners_hollowell.docx",
    "doc_title": "Revised Child Protection Plan and Pre-Proceedings Plan - Riley and Ava Hollowell",
    "split": "tune",
    "template": "rcpc2-plo-pre-proceedings-revised-plan-legal-position-achieved-list-theme-banner-rows-what-who-deadline-evidence-since-last-review-then-closed-at-this-review-table",
    "description": (
        "Exemplary revised plan from a second review conference held two weeks after a letter before "
        "proceedings, for a 6-year-old and an 18-month-old (neglect, faltering growth, domestic abuse; "
        "mother's diagnosis under the CMHT). What has been achieved is a separate past-tense list and "
        "closed actions sit in their own table; the live plan has theme banner rows and a 'since the last "
        "review' column. Every action has an owner, timescale and observable evidence; the CMHT and an "
        "independent psychologist report on capacity to change; the contingency covers the grandmother and "
        "aunt not being able to help; dates and the return to the legal gateway are set."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan (revised) and Pre-Proceedings Plan"),
        ("p", "Edgewold District Council – Children's Services – Safeguarding and Family Court Team"),
        ("kv", [
            ("Children", "Riley Hollowell, born 08/01/2019 (6), Year 1, Edgewold Church Primary; Ava Hollowell, "
                         "born 19/12/2023 (18 months)"),
            ("Mother", "Chloe Hollowell (24), 23 Larch Crescent, Edgewold"),
            ("Father", "Jordan Price (27), living at his mother's house, 6 Mill Bank, since February 2025"),
            ("Paternal grandmother", "Maureen Price, 6 Mill Bank"),
            ("Maternal aunt", "Gemma Hollowell, 40 Larch Crescent"),
            ("Conferences", "Initial 05/12/2024; first review 06/03/2025; second review 12/06/2025 (this plan)"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Verity; team manager Oliver Brandt"),
            ("Chair", "Sunita Rao, Independent Reviewing Officer"),
        ]),
        ("h1", "Legal position"),
        ("p", "A legal planning meeting on 15/05/2025 agreed that the threshold for care proceedings is met and "
              "that the local authority would first use the pre-proceedings stage of the Public Law Outline "
              "(PLO). Chloe and Jordan were sent a letter before proceedings on 22/05/2025 and the "
              "pre-proceedings meeting was held on 04/06/2025 with their solicitors. The actions in the letter "
              "before proceedings are the same as the actions in this plan. The PLO review meeting is on "
              "28/08/2025."),
        ("h1", "What has been achieved since the first review"),
        ("bullets", [
            "Ava's weight has moved up from below the 0.4th centile in March to the 2nd centile on 10/06/2025.",
            "Chloe has been to every paediatric dietetic appointment since the letter before proceedings.",
            "Jordan has kept to the non-molestation order and has had no contact with Chloe outside the "
            "agreed arrangements.",
            "Riley finished the six-week speech group in May and was discharged with a home programme.",
        ]),
        ("h1", "What still worries us"),
        ("p", "Home conditions slip whenever Chloe is in crisis: on 29/05/2025 the kitchen floor was covered in "
              "rubbish and there was no clean bottle for Ava. Chloe has a diagnosis of emotionally unstable "
              "personality disorder and self-harmed twice in April while the children were asleep upstairs. "
              "Ava's weight is still well below where it should be."),
        ("h1", "What Riley says and what Ava's day is like"),
        ("p", "Riley (seen alone at school, 05/06/2025): \"Mummy was crying in the bathroom and I got Ava a "
              "biscuit.\" He likes Wednesdays \"because Nanny Mo makes chips and Daddy plays football\". He "
              "wants his bedroom to \"stay tidy like at Nanny Mo's\". His worry: \"if Mummy gets poorly again "
              "who gets Ava up?\""),
        ("p", "Ava is walking and has about ten words. At home visits she is cheerful but often in the same "
              "vest as the day before, and on two visits she was hungry and ate a whole yoghurt and a banana "
              "straight away. At Maureen's and at Gemma's she eats well and naps in a cot."),
        ("h1", "What must be different for Riley and Ava"),
        ("bullets", [
            "Ava grows steadily and her weight is on the 2nd centile or above at every weigh-in from August.",
            "Riley and Ava live in a clean home with food in, clean bottles and clean clothes every day.",
            "Riley and Ava are never left without a safe adult when their mum is in crisis.",
            "Riley and Ava see their dad safely, and are never near violence between the adults.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will be done", "Who", "Deadline or how often", "Evidence we will look at",
                       "Since the last review"],
            "widths": [1.0, 7.2, 4.0, 3.8, 6.4, 3.3],
            "rows": [
                ["Ava's health, weight and development", H, H, H, H, H],
                ["1", "Weigh Ava and check her feeding, and go through a written meal plan with Chloe",
                 "HV Shona Briggs", "Every 2 weeks, at home",
                 "Ava's weight plotted in her red book and sent to the SW; on the 2nd centile or above by "
                 "28/08/2025", "Continued"],
                ["2", "Take Ava to every paediatric dietetic appointment at Edgewold General Hospital and give "
                      "her the prescribed milk supplement",
                 "Chloe Hollowell", "Each appointment (next 01/07/2025); supplement twice a day",
                 "Dietitian's letters copied to the SW; supplement tins counted by the HV at each visit",
                 "Reworded (was 'Chloe to attend health appointments')"],
                ["A clean and safe home", H, H, H, H, H],
                ["3", "Keep the kitchen, the bathroom and the children's bedroom to the standard on the agreed "
                      "home conditions checklist, with bins out on collection day",
                 "Chloe Hollowell, helped by FSW Dean Maguire",
                 "Every day; FSW visits weekly until 28/08/2025",
                 "Checklist scores of 4 or 5 in every room at every SW and FSW visit", "Continued"],
                ["4", "Visit at home, see Riley on his own and Ava awake, score the home conditions checklist "
                      "and look in the food cupboards",
                 "SW Hannah Verity", "Weekly, at least one visit a fortnight unannounced",
                 "Visit records with Riley's words, Ava's presentation and the checklist scores", "Continued"],
                ["Safety from domestic abuse and safe time with Dad", H, H, H, H, H],
                ["5", "Supervise Jordan's time with Riley and Ava at her home, and end the visit and ring the "
                      "SW if Jordan is aggressive or has been drinking",
                 "Maureen Price (PGM)", "Wednesdays 4–6pm and Sundays 11am–3pm",
                 "Contact record signed by Maureen after every visit and read by the SW at home visits",
                 "Continued"],
                ["6", "Complete the Caring Dads programme, including the sessions on how children are "
                      "affected by abuse between parents",
                 "Jordan Price; facilitator Ian Crewe reports to the SW",
                 "Weekly, 17 sessions from 19/06/2025",
                 "Monthly attendance sheet; end-of-programme report to the PLO review meeting",
                 "New (PLO)"],
                ["Chloe's mental health and what it means for the children", H, H, H, H, H],
                ["7", "Have Riley and Ava at her house on Thursdays after school while Chloe goes to her "
                      "DBT skills group",
                 "Gemma Hollowell (maternal aunt)", "Thursdays 3.30–7pm from 10/07/2025",
                 "Gemma texts the SW when the children are home; Riley asked about Thursdays at SW visits",
                 "New"],
                ["8", "Care coordination for Chloe, with a written update before each core group on her "
                      "crises and self-harm since the last meeting, how she kept the children safe during "
                      "them, and whether she can make the changes Riley and Ava need and by when",
                 "Amira Sayed, care coordinator, Edgewold CMHT",
                 "Visits every 2 weeks; update before every core group",
                 "Written update read at each core group; number of crisis contacts and any self-harm "
                 "recorded", "Reworded (was 'CMHT to support Chloe')"],
                ["9", "Independent parenting assessment of Chloe, as set out in the letter before proceedings, "
                      "covering her capacity to change and the timescale for that change",
                 "Dr Ruth Kendrew, clinical psychologist, commissioned by SW Hannah Verity",
                 "Report by 15/08/2025",
                 "Written report shared with Chloe, her solicitor and the core group by 15/08/2025",
                 "New (PLO)"],
                ["Riley at school", H, H, H, H, H],
                ["10", "Nurture-room session with Riley; write down what he says about home and any worry",
                 "Mrs Tanya Oakes, DSL, Edgewold Church Primary", "Every Tuesday in term time",
                 "Session notes emailed to the SW every 2 weeks; Riley's attendance 95% or above",
                 "Continued"],
            ],
        }),
        ("h2", "Actions closed at this review (for the record)"),
        ("table", {
            "header": ["Action in the plan of 06/03/2025", "Held by", "Closed on", "Why it was closed"],
            "widths": [9.0, 5.0, 3.0, 8.7],
            "rows": [
                ["Apply for a non-molestation order", "Chloe, with Edgewold Family Law Centre", "04/03/2025",
                 "Completed: order made to 04/03/2026, copy on file"],
                ["Referral to the Early Years speech group for Riley", "HV Shona Briggs", "12/05/2025",
                 "Completed: Riley finished six sessions and was discharged with a home programme"],
                ["Food bank vouchers each week", "SW Hannah Verity", "30/04/2025",
                 "No longer needed: Chloe's Universal Credit is now paid in full"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Chloe self-harms while she is caring for the children, either child is found without a sober "
              "adult in charge, or Ava's weight falls below the 0.4th centile again, the SW (or the emergency duty "
              "team) will hold a strategy discussion the same day. Riley and Ava will be placed with approved "
              "foster carers that day, with Chloe's agreement under section 20 or under an emergency protection "
              "order, and the local authority will ask the court to issue care proceedings."),
        ("p", "If Maureen is ill or away and cannot supervise, contact does not go ahead with anyone else and the "
              "SW books supervised contact at Hadley Road Family Centre within 3 working days. If Gemma cannot have "
              "the children on a Thursday, FSW Dean Maguire books them into the crèche at the Edgewold Wellbeing "
              "Centre, where Chloe's group is held, so that they are never left at home."),
        ("h1", "Meetings and the legal timetable"),
        ("bullets", [
            "Core group every 3 weeks at Edgewold Church Primary: 03/07/2025, 24/07/2025 and 14/08/2025, 9.30am.",
            "PLO review meeting with Chloe, Jordan and their solicitors: 28/08/2025.",
            "Third review child protection conference: 11/09/2025, 1pm, Edgewold Council House.",
            "If by the PLO review meeting Ava's weight is not on the 2nd centile, home conditions scores have "
            "fallen below 4, or Dr Kendrew reports that Chloe cannot make the changes within Riley and Ava's "
            "timescales, the case goes back to the Legal Gateway Panel to seek agreement to issue care "
            "proceedings.",
        ]),
        ("p", "Hannah Verity, Social Worker – 13/06/2025. Copy to Chloe, Jordan, their solicitors and all "
              "agencies."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review (3 months in), social worker's update: closed items struck
#    through in their own section, then a "was / now" table of the plan from
#    today. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_esterby_first_review_struck_closed_was_now_dacosta.md",
    "split": "tune",
    "template": "rcpc1-sw-update-md-closed-items-struck-through-done-no-longer-needed-then-was-now-table-ref-now-at-icpc-it-said-who-when-well-know",
    "description": (
        "Exemplary first review plan (3 months in) for a 14-year-old and a 10-year-old after their father "
        "hit the younger child with a belt (physical abuse). Closed actions are struck through in their own "
        "section ('DONE', 'NO LONGER NEEDED'); the plan from today is a table giving today's wording beside "
        "what the plan said at the initial conference. Every live action has an owner, a real timescale and "
        "an observable measure; contingency, dates and the legal step are specific."
    ),
    "text": """\
# Esterby Council – Children's Social Care

## Review Child Protection Conference: update on the plan

**Children:** Maisie Dacosta (14, Year 9, Esterby High School) and Alfie Dacosta (10, Year 5, Esterby Park Primary)
**Parents:** Gareth Dacosta (45) and Lorraine Dacosta (42), 12 Fennel Row, Esterby
**Initial conference:** 27/03/2025 – category physical abuse
**First review conference:** 19/06/2025 – both children to stay on child protection plans
**Social worker:** Priya Mandal, Esterby Safeguarding Team B
**Chair:** Howard Kinsella, Independent Chair

---

### Why there is a plan

On 05/03/2025 Alfie's teacher saw long bruises on the backs of his legs when he changed for PE. Alfie said
his dad had hit him with a belt because he would not turn off his game. Maisie then told her form tutor
that her dad had pushed her into the bannister in January. Gareth accepted hitting Alfie, said he had
"lost it" after a bad week at work and agreed to a written agreement and an anger course. Lorraine said
she had been frightened to challenge him.

### Closed since the initial conference

These are no longer part of the plan. They are listed so that everyone can see what happened to them.

- ~~Child protection medical for Alfie~~ – **DONE** 06/03/2025 by Dr Ama Osei, community paediatrician; report on file.
- ~~Written agreement that nobody in the house uses physical punishment~~ – **DONE**, signed by Gareth and Lorraine on 27/03/2025; it is now part of action 3 below.
- ~~Referral to Esterby Young People's Counselling for Maisie~~ – **NO LONGER NEEDED**: Maisie chose to keep seeing the school counsellor instead (action 5).
- ~~Police interview of Gareth~~ – **DONE** 14/03/2025; Gareth was given a conditional caution.

### What Maisie and Alfie say now

**Maisie** (seen on her own at school, 11/06/2025): "It's calmer. Dad walks out to the garage now
instead of shouting. I still don't like being in the kitchen with him when he's in a mood." She gave
home 6 out of 10 for feeling safe (it was 3 in March). She wants her mum "to say something when Dad
gets wound up, not just go quiet".

**Alfie** (seen on his own at home, 13/06/2025): "Dad hasn't hit me since the meeting. He said sorry
and we made the rules poster." He showed the SW the poster on the fridge. He still gets a tummy ache
on Sunday nights, "because of Monday". He scored home 7 out of 10.

### What we want for Maisie and Alfie

1. Maisie and Alfie are never hit, pushed or punished physically by anyone at home.
2. When there is an argument, Maisie and Alfie know what will happen and who will keep them safe.
3. Alfie's worries ease: he sleeps on Sunday nights and his tummy aches stop.
4. Maisie feels able to say how she feels at home and has someone outside the family she trusts.

### The plan from today

"At ICPC it said" shows the wording agreed on 27/03/2025, for comparison only; the column "Action from
today" is what everyone has agreed to do now.

| Ref | Action from today | At ICPC it said | Who | When | We'll know because |
|---|---|---|---|---|---|
| 1 | See Maisie and Alfie each on their own, at home or at school, and ask them about the house rules and how arguments have been handled | Same wording | SW Priya Mandal | Every 2 weeks; one visit a month unannounced | Visit records with each child's own words and their 0–10 safety score |
| 2 | Finish the Calmer Dads course and do the home practice sheets with Lorraine each week | "Dad to go on an anger course" | Gareth Dacosta; course leader Steve Ruddock sends attendance to the SW | Thursdays, course ends 28/08/2025 | Monthly attendance sheet, and Steve's end-of-course report on what Gareth has changed, shared with the core group |
| 3 | Keep to the family's written house rules: no hitting, pushing or belts; anyone who is angry takes time out in the garage; Lorraine takes the children to another room if Gareth starts shouting | "No physical punishment" | Gareth Dacosta and Lorraine Dacosta | Every day; checked at every SW visit | Both children's safety scores at SW visits stay at 6 or above; any report of hitting passed to the SW by school the same day |
| 4 | One-to-one sessions with Alfie using the Worry Monster workbook | "School to support Alfie" | Mr Kieran Doyle, learning mentor, Esterby Park Primary | Every Wednesday in term time | Workbook pages and session log sent to the SW every 2 weeks; Alfie's Monday absences down from 4 last term to none |
| 5 | Counselling sessions for Maisie with the school counsellor | "Referral to Young People's Counselling" | Ms Rhian Pugh, school counsellor, Esterby High School | Weekly to 18/07/2025, then from 04/09/2025 | Counsellor confirms attendance to the SW monthly; Maisie's wellbeing scale scores shared with her agreement |
| 6 | Four family sessions on handling conflict, with Maisie and Alfie taking part, ending with a written family conflict plan | New | Jenna Hoyle, family practitioner, Esterby Family Hub | Fortnightly from 30/06/2025 to 11/08/2025 | Session notes to the SW; the family's conflict plan written down and seen on the fridge at the next SW visit |
| 7 | Tell the SW the same day about any mark or injury seen on Alfie, including at PE, and record it on a body map | New | Mrs Tina Blake, DSL, Esterby Park Primary | Same day | A body map and CPOMS entry for every mark, with the time the SW was told |
| 8 | Tell the SW the same day about anything Maisie says about being hurt or frightened at home | New | Mr Dan Achebe, DSL, Esterby High School | Same day | CPOMS entry for each disclosure with the time the SW was told |

### If things go wrong

If either child tells anyone they have been hit or pushed, or a mark is seen on either child with no
clear explanation, the school DSL will ring the SW and the SW (or the emergency duty team) will hold a
strategy discussion that day. Gareth will be asked to leave the house and stay at his brother Paul's flat
at 3 Fallow Rise while the police and the SW make enquiries. If he will not leave, Maisie and Alfie will
go to approved foster carers that night.

### Core group and review

- Core group every 4 weeks at Esterby Park Primary: 10/07/2025, 07/08/2025 and 04/09/2025, 4pm.
- Second review child protection conference: 18/09/2025, 10am, Esterby Town Hall.
- If Gareth stops going to Calmer Dads, or either child is hit or pushed again before the second review,
  the SW will request a legal planning meeting within 5 working days.

*Priya Mandal, Social Worker, 20/06/2025. Shared with Gareth, Lorraine, Maisie and all agencies.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group progress report to the second review: attendance table,
#    progress table with completed rows struck through and RAG, then new
#    actions as bullets. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_eskwith_core_group_progress_report_rag_struck_dlamini.md",
    "split": "tune",
    "template": "core-group-progress-report-md-attendance-table-progress-table-struck-through-done-closed-rows-rag-then-new-actions-bullets-bold-number",
    "description": (
        "Core group progress report to the second review conference for a 7-year-old and a 2-year-old "
        "(neglect, mother's depression). Completed and closed rows are struck through but written out in "
        "full; the live rows and the new bullets carry the faults: counselling that only supports the "
        "mother, measured by how she feels; a speech referral 'TBC'; home conditions checks with no lead; "
        "first-day calls measured by 'Monitored'; a network meeting owned by 'Family'; a Portage referral "
        "'as soon as possible' with no measure; and a review conference date left to be confirmed."
    ),
    "text": """\
# Eskwith Borough Council – Children's Services
# Core Group Progress Report

| | |
|---|---|
| Children | Sipho Dlamini (7), Year 2, Eskwith St Mary's Primary; Zola Dlamini (2 years 3 months), Little Stars Nursery |
| Mother | Thandi Dlamini (31), Flat 9, Cobden House, Eskwith |
| Plan since | Initial conference 13/02/2025 (neglect); first review 08/05/2025, plan continued |
| Report for | Second review child protection conference |
| Written by | Grace Nwachukwu, SW, after the core group on 26/06/2025 |

## 1. Core group meetings held

| Date | Present | Apologies |
|---|---|---|
| 27/02/2025 | Thandi, SW, HV, school, Talking Space | – |
| 27/03/2025 | Thandi, SW, HV, school, FSW | Talking Space |
| 29/05/2025 | Thandi, SW, school, FSW, nursery | HV |
| 26/06/2025 | Thandi, SW, HV, school, nursery, Talking Space | FSW |

## 2. Progress on the actions in the plan

Rows that are ~~struck through~~ have been completed or are no longer needed; they are kept here so
the review conference can see the whole plan. RAG is the core group's view on 26/06/2025.

| No. | Action | Lead | Due | How we'll know | Progress and RAG |
|---|---|---|---|---|---|
| 1 | Visit Sipho and Zola at home and see Sipho on his own each time | SW Grace Nwachukwu | Every 2 weeks | Visit record with Sipho's own words and the home checklist filled in | GREEN – 10 of 10 visits; Sipho seen alone every time |
| 2 | ~~Apply to the Eskwith Furniture Scheme for a bed and bedding for Zola~~ | SW Grace Nwachukwu | By 28/02/2025 | Bed delivered and seen made up in Zola's room | DONE – delivered 14/03/2025, seen 18/03/2025 |
| 3 | Counselling sessions for Thandi with Eskwith Talking Space | Mo Reid, counsellor, Eskwith Talking Space | Weekly, 12 sessions from 06/03/2025 | Thandi feels better in herself | AMBER – 7 of 9 sessions attended |
| 4 | ~~GP review of Thandi's antidepressant dose~~ | Dr Felix Amankwah, GP, Riverside Surgery | By 31/03/2025 | GP letter to the SW | DONE – dose increased 03/04/2025; letter on file |
| 5 | Speech and language referral for Sipho after school's screening | SW Grace Nwachukwu | TBC | Acceptance letter from the speech and language service on file | RED – not yet sent |
| 6 | Home conditions to be checked and scored on each visit | | Every visit | Home conditions score sheet, each room scored 1 to 5 | AMBER – kitchen still scoring 2 |
| 7 | Ring home on the first morning of any absence for Sipho and tell the SW if nobody answers | Mrs Carol Dale, attendance officer, Eskwith St Mary's Primary | Every school day | Monitored | AMBER – 86% this half-term |
| 8 | ~~Food bank vouchers each week until Thandi's Universal Credit is paid~~ | FSW Abi Rowe, Eskwith Family Hub | Weekly until UC paid | Vouchers logged; food seen in the cupboards at visits | CLOSED – no longer needed, UC paid from 10/04/2025 |
| 9 | Zola to go to Little Stars Nursery on her funded two-year-old place | Thandi Dlamini | Monday to Wednesday mornings from 06/05/2025 | Nursery register sent to the SW every Friday | GREEN – 92% |
| 10 | Family network meeting to agree who can help with the school run and with Zola | Family | By 31/07/2025 | Written network plan shared with the SW | RED – not held |
| 11 | Weekly time with the learning mentor for Sipho; pass on anything he says about home | Mr Owen Pike, learning mentor, Eskwith St Mary's Primary | Every Thursday in term time | Mentor's log emailed to the SW every 2 weeks | GREEN – Sipho says it is "the best bit of Thursday" |

## 3. New actions agreed at the core group on 26/06/2025

- **12.** Refer Zola to the Eskwith Portage home-visiting service for her play and language – HV Carys Bell – as soon as possible.
- **13.** Take Sipho to Eskwith Opticians for the eye test school asked for – Thandi Dlamini – by 25/07/2025 – optician's letter seen by the SW.
- **14.** Weigh Zola and check her development at home – HV Carys Bell – every 4 weeks from 10/07/2025 – weight and height plotted in the red book and sent to the SW.

## 4. What Sipho and Zola are telling us

Sipho told the SW on 19/06/2025: "Mum gets up now. Sometimes she's sad but she still does my
packed lunch." He wants a bike "like Kwame's" and he said the best thing this term was football
club. He still does not like bathtime "because the water's cold".

Zola is chatty at nursery and says "more" and "Mummy" and about twenty other words. Staff say she
arrives clean and fed on most days but has twice come in with the same nappy as the day before. At
home she follows Thandi from room to room and climbs into her lap when visitors come.

## 5. Outcomes – are we getting there?

| What we want | Where we are |
|---|---|
| Sipho and Zola have a clean, warm home with food in every day | Better. Food in at every visit since April; the kitchen is still dirty |
| Sipho gets to school every day and on time | Partly. Attendance 86%, up from 71% |
| Zola's play and language keep developing and she goes to nursery | Yes. 92% attendance; she has about twenty words |
| Sipho and Zola are cared for by a mum who gets up, cooks for them and notices when they need her | Mostly. Two bad weeks in May |

## 6. Contingency

If Sipho misses school for two days running without a reason, the children are found without an adult
in charge, or Thandi tells anyone she cannot keep herself safe, the SW (or the emergency duty team) will
visit the same day and hold a strategy discussion. Sipho and Zola will stay with approved foster carers
while a plan is made, and the adult mental health crisis team will be asked to see Thandi
that day.

## 7. Dates and what happens next

Core group continues every 4 weeks; the next meetings are 24/07/2025 and 21/08/2025 at Eskwith St
Mary's Primary. The second review child protection conference will be set by the Conference Unit,
date to be confirmed.

If Sipho's attendance is still under 90%, or the kitchen still scores 2 or less, at the core group on
21/08/2025, the SW will ask the team manager for a legal planning meeting.

*Report shared with Thandi on 27/06/2025. Her comment: "I know the kitchen is bad. I'm trying."*
""",
    "findings": [
        F("H001", "Counselling sessions for Thandi with Eskwith Talking Space"),
        F("M002", "Counselling sessions for Thandi with Eskwith Talking Space"),
        F("T002", "Speech and language referral for Sipho after school's screening"),
        F("W001", "Home conditions to be checked and scored on each visit"),
        F("M002", "Ring home on the first morning of any absence for Sipho"),
        F("W002", "Family network meeting to agree who can help"),
        F("T002", "Refer Zola to the Eskwith Portage home-visiting service"),
        F("M001", "Refer Zola to the Eskwith Portage home-visiting service"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Step-down from child protection to child in need: case-system print
#    with the closing position of every CP action ([X] completed, [-] no
#    longer needed, [>] carried into the CIN plan), then the CIN plan.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_ellerslade_step_down_cin_closing_markers_greenhalgh.txt",
    "split": "tune",
    "template": "step-down-cp-to-cin-case-system-print-txt-cp-actions-closing-position-bracket-markers-x-completed-dash-no-longer-needed-arrow-carried-then-cin-blocks-lead-when-evidence",
    "description": (
        "Case-system step-down record (third review, about 9 months in) for a 13-year-old and a 9-year-old "
        "whose mother has stopped drinking: the child protection plans end and a child in need plan follows. "
        "Every CP action is listed with a closing marker ([X] completed, [-] no longer needed, [>] carried "
        "into the CIN plan); that list is history. The CIN plan has Head of Year check-ins 'As needed', "
        "attendance 'Kept under review', the mother's SMART group with no evidence, 'Family' owning "
        "overnight care, and budgeting with no lead and 'Ongoing'. Only CIN reviews are set (no core group "
        "or review conference), the contingency is 'if things start to slip ... consider', and nothing "
        "leads to legal planning."
    ),
    "text": """\
ELLERSLADE COUNCIL - CHILDREN'S SERVICES                CareView  Form CP-SD2
STEP-DOWN RECORD                         Printed 07/07/2025 10:12  FSIDDIQUI
==============================================================================
CHILD PROTECTION PLAN ENDING  >>>  CHILD IN NEED PLAN (s17 Children Act 1989)
==============================================================================

Subjects      Mason GREENHALGH    DOB 02/11/2011 (13)   CV-448120
              Lily GREENHALGH     DOB 25/08/2015 (9)    CV-448121
Address       27 Ropewalk Lane, Ellerslade
Parent        Jodie GREENHALGH (38), mother
Father        Craig Greenhalgh, lives in Malaga; video calls on Sundays
CP history    ICPC 18/10/2024 (neglect) | RCPC 16/01/2025 | RCPC 10/04/2025
This review   RCPC 03/07/2025, chaired by Robert Ingham (IRO)
Decision      Child protection plans END on 03/07/2025. Step down to a child
              in need plan, agreed by the conference and by Jodie.
Allocated SW  Farah Siddiqui, Ellerslade Family Support Team (stays as the
              children's social worker under the CIN plan)

------------------------------------------------------------------------------
1. WHY THE PLANS ARE ENDING
------------------------------------------------------------------------------
In October Mason (then 12) was getting Lily up, fed and to school most days
and Jodie was drinking up to two bottles of wine a day. Jodie finished a
community detox with the Ellerslade Alcohol Service on 12/02/2025 and every
breath test since has been clear. Lily's attendance has gone from 74% to 96%
and the house has had food in at every visit since January. Conference agreed
the children are no longer at risk of significant harm, but that Jodie's
recovery is five months old and the family still need help.

------------------------------------------------------------------------------
2. CP PLAN - CLOSING POSITION OF EACH ACTION (record only)
------------------------------------------------------------------------------
Key:  [X] completed   [-] no longer needed   [>] carried into the CIN plan

[X] CP-01  Community alcohol detox for Jodie
           held by Ellerslade Alcohol Service | due 28/02/2025
           COMPLETED 12/02/2025 - detox finished, breath tests clear since
[>] CP-02  SW visits every 2 weeks, children seen alone
           held by SW Farah Siddiqui | every 2 weeks
           CARRIED INTO CIN-1 (every 4 weeks from today)
[>] CP-03  Weekly breath tests and key-work
           held by Ellerslade Alcohol Service | weekly
           CARRIED INTO CIN-2 (monthly from today)
[X] CP-04  Lily's attendance support plan with Ashgrove Primary
           held by Mrs Patel, attendance lead | signed by 15/11/2024
           COMPLETED 12/05/2025 - attendance 96% this term, plan closed
[-] CP-05  Nan to ring the house at 7.30am every school day
           held by Maureen Greenhalgh (PGM) | every school day
           NO LONGER NEEDED - Jodie has got the children up on time since
           February; Nan moved to Whitby Road in May
[X] CP-06  Referral to Ellerslade Young Carers for Mason
           held by SW Farah Siddiqui | by 30/11/2024
           COMPLETED 21/11/2024 - assessed; Mason goes to the Tuesday club
[-] CP-07  Weekly food parcel from the Ropewalk food bank
           held by FSW Kim Doughty | weekly
           NO LONGER NEEDED since 31/01/2025 - benefits sorted

------------------------------------------------------------------------------
3. WHAT MASON AND LILY SAY
------------------------------------------------------------------------------
Mason (seen alone at college, 30/06/2025): "Mum's actually Mum again. I
don't have to do Lily's hair any more." He is worried the plan ending means
"everyone stops checking" and said he would tell Mr Holt if Mum started
drinking again. He wants to keep going to young carers on Tuesdays.

Lily (seen alone at home, 01/07/2025) showed the SW her sticker chart for
getting to school on time: "I've got 41 stickers." She said the best thing
is "Mum picks me up now and we go to the park". Her worry is "if Mum gets
sad again".

------------------------------------------------------------------------------
4. CHILD IN NEED PLAN - WHAT WE WANT FOR MASON AND LILY
------------------------------------------------------------------------------
  a) Mason and Lily are cared for every day and night by a sober adult.
  b) Lily gets to school on time every day and her attendance stays at 95%
     or above.
  c) Mason has time for himself, his friends and young carers, and is not
     the one looking after Lily or the house.

------------------------------------------------------------------------------
5. CHILD IN NEED PLAN - ACTIONS
------------------------------------------------------------------------------
CIN-1  SW visits under the child in need plan; see Mason and Lily each on
       their own and ask them how home is
       Lead:      SW Farah Siddiqui
       When:      every 4 weeks
       Evidence:  visit record with each child's own words

CIN-2  Alcohol key-work and a monthly breath test for Jodie, with a short
       written update for each CIN review on whether she is still not
       drinking and what that means for Mason and Lily
       Lead:      Dan Kilby, recovery worker, Ellerslade Alcohol Service
       When:      monthly; update before each CIN review
       Evidence:  breath test results and the update read at each CIN review

CIN-3  Pastoral check-ins for Mason with his Head of Year
       Lead:      Mr Aled Holt, Head of Year 8, Ellerslade Community College
       When:      As needed
       Evidence:  pastoral log shared with the SW before each CIN review

CIN-4  Keep a close eye on Lily's attendance and punctuality
       Lead:      Mrs Neeta Patel, attendance lead, Ashgrove Primary
       When:      weekly
       Evidence:  Kept under review

CIN-5  Jodie to keep going to the SMART Recovery group
       Lead:      Jodie Greenhalgh
       When:      Wednesdays 7pm, Ellerslade Wellbeing Hub
       Evidence:

CIN-6  Make sure Mason and Lily are never left on their own overnight
       Lead:      Family
       When:      every night
       Evidence:  Mason and Lily asked at each SW visit where everyone slept

CIN-7  Budgeting and debt advice sessions for the household
       Lead:
       When:      Ongoing
       Evidence:  debt repayment plan seen by the SW

CIN-8  Keep Mason's place at the Young Carers Tuesday club after the plan
       ends, and tell the SW if he stops coming
       Lead:      Sue Arkwright, Ellerslade Young Carers
       When:      every Tuesday in term time
       Evidence:  club register sent to the SW before each CIN review

------------------------------------------------------------------------------
6. IF THINGS SLIP
------------------------------------------------------------------------------
If things start to slip, or there are fresh worries about Jodie's drinking,
the SW will talk it through with the team manager and consider whether the
children need to go back to a child protection conference.

------------------------------------------------------------------------------
7. REVIEWING THE CIN PLAN
------------------------------------------------------------------------------
CIN review meetings every 6 weeks, the first on 14/08/2025 at Ashgrove
Primary. The CIN plan will be looked at again after 3 months and, if things
are stable, the family will be stepped down to Early Help.

Agreed with Jodie at conference 03/07/2025.         Record closed: FSIDDIQUI
-- end of print --
""",
    "findings": [
        F("T002", "Pastoral check-ins for Mason with his Head of Year"),
        F("M002", "Keep a close eye on Lily's attendance and punctuality"),
        F("M001", "Jodie to keep going to the SMART Recovery group"),
        F("W002", "Make sure Mason and Lily are never left on their own overnight"),
        F("W001", "Budgeting and debt advice sessions for the household"),
        F("T002", "Budgeting and debt advice sessions for the household"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Six-month review conference print: Section A reviews the previous plan
#    with RAG (BLUE complete, GREY no longer required) and "Completed dd/mm"
#    updates; Section B is the updated plan, linked back to Section A.
#    Faulty (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b34_enderwick_rcpc_section_a_rag_review_section_b_plan_mulligan.pdf",
    "doc_title": "RCPC Outcome and Updated Plan - Finn and Rowan Mulligan",
    "split": "tune",
    "template": "rcpc-outcome-print-paged-section-a-previous-plan-rag-blue-grey-update-since-last-review-then-section-b-updated-plan-b-ref-from-task-owner-target-success-measure",
    "description": (
        "Six-month review conference print for a 4-year-old and a 10-month-old (unexplained bruising to the "
        "baby; father's bipolar disorder). Section A reviews every row of the previous plan with a RAG "
        "rating (BLUE complete, GREY no longer required) and 'Completed dd/mm/yyyy' notes; it is history. "
        "Section B is the live plan: the care coordinator's support visits measured by 'Aaron remains "
        "stable', a baby massage course 'when a place becomes available', 'Family network' owning "
        "supervision of the father, the GP's lithium review with no measure, the nursery row with no target "
        "date, a Family Hub referral with no owner, and one outcome about the father only."
    ),
    "header": "Enderwick Council | Children's Social Care | RCPC Outcome – PROTECT",
    "footer": "Mulligan / RCPC 2 / Page {PAGE} of {NUMPAGES}",
    "font_size": 9.5,
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Outcome and Updated Plan"),
        ("table", {
            "header": ["Field", "Detail"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Children", "Finn Mulligan, born 11/05/2021 (4), Little Acorns Nursery\n"
                             "Rowan Mulligan, born 29/08/2024 (10 months)"],
                ["Parents", "Shannon Mulligan (26) and Aaron Keane (30), 8 Cinder Lane, Enderwick"],
                ["Conference", "Second review, 03/07/2025, Enderwick Family Centre (initial 09/01/2025; first "
                               "review 03/04/2025)"],
                ["Category", "Physical abuse (Rowan); Finn under the same category"],
                ["Outcome", "Both children remain subject to a child protection plan"],
                ["Chair", "Lydia Ashcroft, Safeguarding Review Manager"],
                ["Social worker", "Megan Hollis, Enderwick Children's Safeguarding Team 2"],
            ],
        }),
        ("h1", "Summary of the conference"),
        ("p", "Rowan was seen at Enderwick General in December 2024, aged 3 months, with bruising to his left "
              "ear and cheek that neither parent could explain. The skeletal survey found no other injury. "
              "Aaron has bipolar disorder and had stopped his lithium in the autumn; he restarted it in January "
              "and is under Enderwick CMHT. In May he stopped it again for two weeks and was "
              "irritable and not sleeping. Shannon works three evenings a week at the Co-op, and on those "
              "evenings Aaron has been caring for the boys alone, which conference agreed must stop."),
        ("p", "Strengths: there has been no further injury, Rowan is gaining weight well, Finn's nursery "
              "attendance is excellent and both parents have been honest with the SW about the May relapse."),
        ("h1", "What Finn says and what Rowan's day is like"),
        ("p", "Finn (seen at nursery, 25/06/2025, with his key person): \"Daddy was poorly and in bed. Mummy "
              "goes to work and Nanny Bernie comes.\" He drew his family and put Rowan \"in his bouncer\". "
              "When asked what makes him sad he said \"when Daddy shouts at the telly\"."),
        ("p", "Rowan is crawling and pulling himself up. At the last two visits he reached for Shannon, babbled "
              "at Finn and settled quickly after a fall against the sofa. The HV found no marks at her last "
              "three skin checks."),
        ("h1", "Section A – Review of the plan agreed on 03/04/2025 (for the record)"),
        ("p", "RAG key: BLUE complete · GREEN on track · AMBER behind · RED not started · GREY no longer "
              "required. Everything in this section is a record of the old plan; the actions that carry on "
              "are written again in Section B."),
        ("table", {
            "header": ["Ref", "Action (as at 03/04/2025)", "Owner", "Target", "Success measure", "RAG",
                       "Update since last review"],
            "widths": [1.1, 3.3, 2.6, 2.3, 2.7, 1.7, 3.3],
            "rows": [
                ["A1", "SW visits, see Finn alone and Rowan awake", "SW Megan Hollis", "Weekly",
                 "Visit records with Finn's words", "GREEN",
                 "13 visits, 6 unannounced. Continues as B1."],
                ["A2", "Paediatric follow-up of Rowan's bruising", "Dr Fay Lindgren, community paediatrician",
                 "By 31/01/2025", "Paediatric report on file", "BLUE",
                 "Completed 22/01/2025: no further injury."],
                ["A3", "CMHT care coordination for Aaron", "Enderwick CMHT", "Monthly",
                 "Care coordinator's update at core group", "AMBER",
                 "Aaron stopped lithium for 2 weeks in May. Continues as B2."],
                ["A4", "Parenting support for Shannon", "Orchard Children's Centre", "By 30/04/2025",
                 "Attendance record", "RED", "No place offered. Reworded as B3."],
                ["A5", "ICON safe handling session with both parents", "HV Alison Beck", "By 31/01/2025",
                 "Signed ICON sheet", "BLUE", "Completed 15/01/2025."],
                ["A6", "Lithium blood levels every 3 months", "GP Dr Sarah Lyle", "Every 3 months",
                 "Levels shared with the SW", "AMBER", "Level low in May. Continues as B5."],
                ["A7", "Police to notify any call-out to 8 Cinder Lane", "PC Dean Watts, Enderwick Police",
                 "Within 24 hours of any call-out", "Notification to the SW", "GREY",
                 "No call-outs since January; covered by routine notifications."],
            ],
        }),
        ("h1", "What we want to see by the next review"),
        ("bullets", [
            "Rowan has no unexplained bruises or injuries and is handled gently by everyone who cares for him.",
            "Finn can say what happens at home and is not frightened when his dad is unwell.",
            "Aaron takes his medication and his mood stays stable.",
        ]),
        ("h1", "Section B – Updated plan from 03/07/2025"),
        ("table", {
            "header": ["B-ref", "From", "Task", "Owner", "Target date", "Success measure"],
            "widths": [1.2, 1.3, 5.0, 3.2, 2.6, 3.7],
            "rows": [
                ["B1", "A1", "Planned and unannounced home visits; see Finn on his own and Rowan awake, and "
                             "see who is caring for the boys",
                 "SW Megan Hollis", "Weekly; one unannounced each fortnight",
                 "Visit record notes Rowan's skin, mood and who was caring for him, and Finn's own words"],
                ["B2", "A3", "Continue monthly support visits to Aaron from his care coordinator",
                 "Luke Fenn, care coordinator, Enderwick CMHT", "Monthly",
                 "Aaron remains stable"],
                ["B3", "A4", "Safe handling and baby massage course with Rowan at Orchard Children's Centre "
                             "(reworded from 'parenting support for Shannon')",
                 "Shannon Mulligan", "When a place becomes available",
                 "Course certificate, and the HV sees Shannon handle Rowan safely at her next visit"],
                ["B4", "New", "Be present whenever Aaron is caring for Rowan or Finn, including Shannon's "
                              "work evenings, and write each time in the contact book",
                 "Family network", "Every time Aaron is with the children",
                 "Contact book checked by the SW at each visit"],
                ["B5", "A6", "Review Aaron's lithium levels and his physical health",
                 "GP Dr Sarah Lyle, Millgate Surgery", "By the core group on 24/07/2025",
                 ""],
                ["B6", "New", "Write down and pass on anything Finn says or shows about home, and any mark "
                              "or injury",
                 "Jade Corrie, key person, Little Acorns Nursery", "",
                 "Nursery log and body maps sent to the SW"],
                ["B7", "New", "Refer Shannon to the Family Hub Toddler Talk group for Finn's speech",
                 "-", "By 31/07/2025",
                 "Place confirmed in writing by the Family Hub"],
                ["B8", "New", "Weigh Rowan, do a full skin check and go through safe handling with whoever "
                              "is caring for him",
                 "HV Alison Beck", "Every 2 weeks",
                 "Weight and skin check recorded in the red book and sent to the SW"],
                ["B9", "New", "Psychiatric review of Aaron with a written opinion on his risk of relapse, what "
                              "would show his mood is stable enough for him to care for the boys alone, and how "
                              "long that is likely to take",
                 "Dr Nikhil Rao, consultant psychiatrist, Enderwick CMHT", "By 15/08/2025",
                 "Written report to the SW and the core group by 15/08/2025"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Rowan or Finn has any mark that is not clearly explained, Aaron stops his lithium, or Aaron is "
              "found alone with the children, the SW (or the emergency duty team) will hold a strategy "
              "discussion the same day and Aaron will leave the home that day. If Shannon cannot keep Aaron "
              "away from the boys, they will be placed with approved foster carers."),
        ("p", "If nobody from the family is free to be there on one of Shannon's work evenings, Aaron does not "
              "look after the boys: Finn stays at the nursery's extended session and Rowan goes to the "
              "childminder Carol Nunn, both booked and paid for by the SW."),
        ("h1", "Core group, review and legal planning"),
        ("p", "Core group every 4 weeks at Enderwick Family Centre: 24/07/2025, 21/08/2025 and 18/09/2025. "
              "Third review child protection conference: 02/10/2025, 1.30pm."),
        ("p", "If there is another unexplained injury, or Aaron stops his lithium again and is left with the "
              "children, the SW will request a legal planning meeting within 5 working days."),
        ("p", "Approved by Lydia Ashcroft, Safeguarding Review Manager, 04/07/2025."),
    ],
    "findings": [
        F("F002", "Aaron takes his medication and his mood stays stable."),
        F("H001", "Continue monthly support visits to Aaron from his care coordinator"),
        F("M002", "Continue monthly support visits to Aaron from his care coordinator"),
        F("T002", "Safe handling and baby massage course with Rowan"),
        F("W002", "Be present whenever Aaron is caring for Rowan or Finn"),
        F("M001", "Review Aaron's lithium levels and his physical health"),
        F("T001", "Write down and pass on anything Finn says"),
        F("W001", "Refer Shannon to the Family Hub Toddler Talk group"),
    ],
})
