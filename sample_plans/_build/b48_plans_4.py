"""Batch 48, module 4: seven fictional plans (tuning material), places beginning with "t".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: case-system prints and long forms where the plan is one part among
many fields (case details, legal status, chronology, risk analysis, the last
plan's actions with their status, decisions and reasons). Only the current
plan's live actions are actions: rows or blocks carried forward count, rows
marked completed and the review of the previous plan do not. Layouts: a
landscape review form with a worker / agency grid, a paged outcome record
whose actions are blocks of labelled fields, a 132-column print with
line-wrapped columns mixing completed and live rows, a case print of boxed
action records, a markdown core group review form, a paged record for a
looked-after baby on a children's ward, and a review form with a merged
outcome grid and a decision log. Four are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference long form: case details grid, legal status,
#    chronology, risk analysis, ICPC plan reviewed row by row with a decision,
#    then a landscape grid with separate worker and agency columns. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_tellowmere_rcpc1_long_form_worker_agency_grid_cardew.docx",
    "doc_title": "RCPC1 Record and Plan - Maisie and Reggie Cardew",
    "split": "tune",
    "actions": 10,
    "template": "rcpc1-long-form-docx-landscape-case-details-four-column-grid-legal-status-kv-chronology-table-risk-analysis-bold-paragraphs-icpc-plan-reviewed-status-decision-today-then-no-action-worker-agency-or-relationship-start-by-when-evidence-cf-n-grid",
    "description": (
        "Exemplary first review conference record for a 7-year-old and a 4-year-old (neglect, mother's "
        "alcohol misuse, now in treatment). Long form: case details grid, legal status, chronology, risk "
        "analysis, the ICPC plan reviewed row by row (completed, partly met, not started, carried forward) "
        "with the decision for each, then a grid with separate worker and agency columns. Every live "
        "action has an owner, a timescale and an observable measure; the alcohol service tests and "
        "reports on relapse risk, the GP writes to the SW, the aunt's and grandfather's help has a "
        "fallback, dates are set and a legal gateway meeting follows a relapse or no progress."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Plan"),
        ("p", "Tellowmere Metropolitan Borough Council · Children's Social Care · printed from Fieldbook "
              "case record 27/06/2025 14:02 (user L.OYELARAN)"),
        ("h1", "1. Case details"),
        ("table", {
            "header": None,
            "widths": [3.6, 9.2, 3.6, 9.3],
            "bold_first_col": True,
            "rows": [
                ["Child 1", "Maisie Cardew, female, DOB 14/09/2017 (7), Year 2, Tellowmere St Luke's Primary",
                 "Case ref", "TMB-CS-0448120"],
                ["Child 2", "Reggie Cardew, male, DOB 02/05/2021 (4), nursery class, Tellowmere St Luke's Primary",
                 "Case ref", "TMB-CS-0448121"],
                ["Address", "27 Wharfside Court, Tellowmere TM4 2QE", "Category", "Neglect (unchanged)"],
                ["Mother", "Gemma Cardew (31)", "Father", "Darren Pike (34), lives in Marlford; sees the "
                 "children one Sunday a month"],
                ["Social worker", "Lola Oyelaran, Family Safeguarding Team 3", "Team manager", "Ian Fairclough"],
                ["Chair", "Beverley Nairn, Child Protection Chair", "Conference",
                 "RCPC1, 26/06/2025, Tellowmere Civic Centre (ICPC 20/03/2025)"],
            ],
        }),
        ("h1", "2. Legal status"),
        ("kv", [
            ("Maisie and Reggie", "No orders. Both live at home with their mother and are not looked after."),
            ("Parental responsibility", "Gemma Cardew; Darren Pike (named on both birth certificates)"),
            ("Pre-proceedings", "Not in pre-proceedings. The legal step agreed today is in section 10."),
        ]),
        ("h1", "3. Chronology since the initial conference"),
        ("table", {
            "header": ["Date", "Event", "Source"],
            "widths": [2.8, 17.9, 5.0],
            "rows": [
                ["20/03/2025", "Initial conference; Maisie and Reggie made subject to child protection plans "
                 "(neglect).", "Conference record"],
                ["02/04/2025", "Gemma assessed by Tellowmere Alcohol Recovery Service (TARS); AUDIT score 27, "
                 "drinking about a litre of vodka a day.", "TARS letter"],
                ["19/04/2025", "Police welfare check after a neighbour heard Reggie crying at 9pm; Gemma asleep "
                 "and smelling of alcohol. Stacey Cardew (aunt) took both children home with her.",
                 "Police PPN 25-1187"],
                ["07/05/2025", "Gemma started a community reduction plan with the TARS prescriber.", "TARS"],
                ["30/05/2025", "Four weeks of clear breath tests at TARS.", "TARS update"],
                ["12/06/2025", "Maisie's attendance 93% this half term (78% in the spring term), but late six "
                 "times.", "School"],
                ["20/06/2025", "Unannounced visit at 8.10am: Gemma sober, both children dressed and eating "
                 "breakfast.", "SW visit record"],
            ],
        }),
        ("h1", "4. Risk analysis"),
        ("boldp", "Harm"),
        ("p", "Before March, Maisie and Reggie were often late or absent from school, went without tea on at "
              "least four evenings that the school knew of, and were left without a sober adult on the night "
              "of 19 April. Reggie has delayed speech and Maisie has been getting Reggie's breakfast."),
        ("boldp", "Danger"),
        ("p", "If Gemma drinks again while she is the only adult at home, the children could be left without "
              "food or supervision, or with a parent who cannot wake to them at night."),
        ("boldp", "Complicating factors"),
        ("p", "Gemma's recovery is eight weeks old. The summer holidays remove the daily check that school "
              "gives. Darren lives 40 miles away and cannot step in at short notice."),
        ("boldp", "Safety and strengths"),
        ("p", "Gemma has kept every TARS appointment since April and says she wants to stay sober \"for "
              "them\". Stacey lives two streets away and Ron Cardew (grandfather) has offered Saturday nights. "
              "Both children are warmly attached to their mum and are doing better at school."),
        ("boldp", "Analysis"),
        ("p", "The conference scaled the children's safety at 5 out of 10 (3 at the ICPC). The changes are "
              "real but recent and rest on Gemma staying sober through the summer."),
        ("h1", "5. The ICPC plan: what happened to each action"),
        ("table", {
            "header": ["Ref", "ICPC action (summary)", "Lead at ICPC", "Status at RCPC1", "Evidence and comment",
                       "Decision today"],
            "widths": [1.2, 6.6, 3.2, 3.0, 7.0, 4.7],
            "rows": [
                ["1", "Alcohol assessment and treatment plan for Gemma", "TARS", "Completed",
                 "Assessed 02/04; on a reduction plan; four weeks of clear tests", "Closed. Testing and a "
                 "relapse-risk report are new actions 2 and 3"],
                ["2", "Weekly home visits, seeing the children alone", "SW", "Carried forward",
                 "13 of 14 visits done, 3 unannounced", "Carried forward as action 1"],
                ["3", "Maisie and Reggie to get to school on time", "Gemma", "Partly met",
                 "Attendance up to 93%, but six late marks", "Carried forward as action 4, with Stacey's help "
                 "added as action 5"],
                ["4", "Health assessments for both children", "HV / school nurse", "Completed",
                 "Done 15/04; Reggie referred to speech and language therapy", "Closed. Therapy is new action 10"],
                ["5", "Family network meeting", "SW", "Completed", "Held 24/04 with Stacey and Ron",
                 "Closed. Their offers are actions 5 and 6"],
                ["6", "Parenting course for Gemma", "Gemma", "Not started",
                 "No course ran in the spring; next one starts 09/09/2025", "Carried forward as action 7"],
                ["7", "GP review of Gemma's liver function and mood", "GP", "Partly met",
                 "Bloods taken 10/04; mood review not yet held", "Carried forward as action 8"],
            ],
        }),
        ("h1", "6. Decision and reasons"),
        ("p", "Decision: Maisie and Reggie continue to be at risk of significant harm through neglect and "
              "remain subject to child protection plans. Category unchanged. Agreed by all agencies; Gemma "
              "said she understood and agreed."),
        ("p", "Reasons: Gemma's sobriety is eight weeks old and has not yet been tested by the long summer "
              "holiday; Maisie is still late to school most weeks; the family network's help has only just "
              "started and has not yet been relied on over a period of weeks."),
        ("h1", "7. What Maisie and Reggie have told us"),
        ("p", "Maisie (seen alone at school, 17/06/2025): \"Mummy doesn't sleep on the sofa in the day any more. "
              "I still do Reggie's cereal sometimes because he likes how I do it.\" She said she liked going to "
              "Auntie Stacey's \"because she has a trampoline\" and that she gets a tummy ache \"when Mummy's "
              "bottle is in the cupboard\". Her worry monster at school has had two notes this month, both about "
              "being late."),
        ("p", "Reggie (seen at home, 20/06/2025) showed the SW his bed and his dinosaur. He says a few words "
              "(\"Mummy\", \"Maisie\", \"dino\") and points for the rest. He climbed onto Gemma's lap when the SW "
              "arrived and stayed close to her through the visit."),
        ("h1", "8. What we want for Maisie and Reggie by the next review"),
        ("bullets", [
            "Maisie and Reggie are looked after by a sober adult every day and night, including through the "
            "summer holidays.",
            "Both children get to school on time every day, fed and dressed, and Maisie no longer makes "
            "Reggie's breakfast.",
            "Reggie's speech is catching up and he can join in at nursery with words, not just pointing.",
        ]),
        ("h1", "9. Child protection plan from 26/06/2025"),
        ("p", "CF = carried forward from the ICPC plan (section 5). N = new at this review. Completed ICPC actions "
              "are not repeated here."),
        ("table", {
            "header": ["No.", "Action", "Worker or person", "Agency or relationship", "Start",
                       "By when / how often", "Evidence that it is working", "CF / N"],
            "widths": [1.2, 6.3, 3.2, 3.0, 2.2, 3.4, 5.2, 1.2],
            "rows": [
                ["1", "Home visits, at least one a fortnight unannounced and one a month before school; see "
                      "Maisie and Reggie on their own, look in the fridge and at the children's beds",
                 "Lola Oyelaran (SW)", "Tellowmere Children's Social Care", "26/06/2025", "Weekly",
                 "Visit record for every visit noting each child seen alone, their words, food in the house "
                 "and the beds; summary in each core group pack", "CF"],
                ["2", "Key-work sessions with Gemma, with a breath test at each session and a random breath "
                      "test at home at least once a month",
                 "Tom Ellery (recovery worker)", "Tellowmere Alcohol Recovery Service", "26/06/2025",
                 "Weekly; home test monthly",
                 "Breath test results emailed to the SW every Friday; any positive or missed test reported to "
                 "the SW the same day", "N"],
                ["3", "Written report on whether Gemma's recovery is holding, her risk of relapse over the "
                      "summer holidays and what a relapse would mean for Maisie and Reggie",
                 "Tom Ellery (recovery worker)", "Tellowmere Alcohol Recovery Service", "26/06/2025",
                 "Short update before each core group; full report by 05/09/2025",
                 "Updates in each core group pack; full report shared with the core group and the review "
                 "conference", "N"],
                ["4", "Get Maisie and Reggie up, fed and into school by 8.45am every school day",
                 "Gemma Cardew", "Mother", "26/06/2025", "Every school day",
                 "School registers show both children in by 8.45am on at least 95% of days, sent to the SW "
                 "every other Friday", "CF"],
                ["5", "Collect Maisie and Reggie from school and give them their tea at her flat until Gemma "
                      "picks them up after her TARS session",
                 "Stacey Cardew", "Maternal aunt", "01/07/2025", "Every Tuesday and Thursday in term time",
                 "School collection log signed by Stacey; the SW asks Maisie about Auntie Stacey's at each "
                 "visit", "N"],
                ["6", "Have Maisie and Reggie to stay overnight so that Gemma has one evening a week without "
                      "the children, and ring the SW if he is worried about her drinking",
                 "Ron Cardew", "Maternal grandfather", "05/07/2025", "Every Saturday, 5pm to Sunday 12 noon",
                 "Ron writes each stay in the network diary, read and initialled by the SW at visits", "N"],
                ["7", "Attend the Tellowmere Parenting Together course, including the sessions on routines and "
                      "on alcohol in family life",
                 "Gemma Cardew", "Mother", "09/09/2025", "Every Tuesday for 10 weeks from 09/09/2025",
                 "Attendance sheet sent to the SW every fortnight; facilitator's end-of-course report to the "
                 "core group", "CF"],
                ["8", "Review Gemma's low mood and her liver function results, and write to the SW about how "
                      "her health affects her care of the children",
                 "Dr Farida Nasser (GP)", "Wharfside Medical Practice", "26/06/2025",
                 "Appointment by 18/07/2025; letter by 25/07/2025",
                 "GP letter on both children's files and read at the core group on 14/08/2025", "CF"],
                ["9", "Time with Maisie in the nurture room, using her worry monster to talk about home; pass "
                      "anything she says about Mum's drinking to the DSL the same day",
                 "Mrs Helen Broadbent (learning mentor)", "Tellowmere St Luke's Primary", "30/06/2025",
                 "Every Monday in term time",
                 "Mentor's session notes; the DSL emails the SW a summary every Friday", "N"],
                ["10", "Speech and language therapy for Reggie, with targets shared with nursery and with Gemma "
                       "to practise at home",
                 "Amira Kaye (SALT)", "Tellowmere Community Children's Health", "26/06/2025",
                 "Six weekly sessions, the first by 31/07/2025",
                 "SALT report with Reggie's word count and new targets sent to the SW and nursery after "
                 "session 6", "N"],
            ],
        }),
        ("h1", "10. Contingency"),
        ("p", "If Gemma drinks while she is looking after Maisie and Reggie, misses two breath tests in a row, "
              "or either child tells anyone that Mum has been drinking or asleep in the day, whoever learns of it "
              "will ring the SW (or the emergency duty team out of hours) straight away. The SW will hold a "
              "strategy discussion the same day, and the children will stay with Stacey at 4 Canal Row until a "
              "new safety plan is agreed."),
        ("p", "If Stacey cannot do a Tuesday or Thursday collection, the school's after-school club will keep "
              "the children until 5.30pm and tell the SW. If Stacey is ill or away when the children need "
              "somewhere to stay, Ron will collect them and take them to his house. If neither Stacey nor Ron "
              "can have them, the SW or the emergency duty team will arrange for Maisie and Reggie to stay "
              "together with approved foster carers that night."),
        ("p", "If Gemma has a positive breath test, misses testing twice, or the children are still late on "
              "more than one day a week at the core group on 11/09/2025, the SW will ask the team manager for "
              "a legal gateway meeting to consider the Public Law Outline."),
        ("h1", "11. Core group and review"),
        ("kv", [
            ("Core group", "Every 4 weeks at Tellowmere St Luke's Primary, 9.15am: 17/07/2025, 14/08/2025, "
                           "11/09/2025, 09/10/2025 and 06/11/2025"),
            ("Review conference", "RCPC2 on 11/12/2025, 10am, Tellowmere Civic Centre, Room 2"),
            ("Distribution", "Sent 27/06/2025 to everyone invited to conference, and to Gemma, Stacey and Ron"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Second review conference outcome record printed from a case system:
#    lettered parts, case details grid, legal status, chronology, risk
#    analysis grid, previous plan's progress, decision fields, then each
#    action as a block of labelled fields (paged PDF). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_trindlebury_rcpc2_outcome_record_action_fields_petrie.pdf",
    "doc_title": "RCPC2 Outcome Record - Logan and Skye Petrie",
    "split": "tune",
    "actions": 9,
    "template": "rcpc2-outcome-record-paged-case-system-form-lettered-parts-case-details-grid-legal-status-chronology-risk-domain-grid-previous-plan-progress-status-decision-kv-then-numbered-action-blocks-of-labelled-fields-action-lead-timescale-how-we-will-know-source",
    "description": (
        "Second review conference record for a 9-year-old and a 2-year-old (domestic abuse by the "
        "younger child's father, mother's depression), printed from the case system with lettered parts. "
        "The previous plan's actions are shown with their status; the new plan is nine blocks of labelled "
        "fields. Faults: the Freedom Programme waits for a place, Talking Therapies only treats, the "
        "family hub's routine work is 'ongoing' with 'improvement' as its measure, 'All agencies' report "
        "sightings, the referral to a children's group has no lead and no measure, one outcome is the "
        "mother's, and the contingency only has the core group meet to discuss. The legal step sits in "
        "the decision part."
    ),
    "header": "OFFICIAL – SENSITIVE | Trindlebury Council Children's Services | CareFrame record 7731904",
    "footer": "RCPC2 outcome record – Logan and Skye Petrie – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Review Child Protection Conference – Outcome Record"),
        ("p", "Form CP-RCPC v3.2, printed 08/07/2025 by J.MCAVOY. Fields left empty on the form print empty."),
        ("h1", "Part A – Case details"),
        ("table", {
            "header": None,
            "widths": [3.0, 6.0, 3.0, 5.0],
            "bold_first_col": True,
            "rows": [
                ["Subject 1", "Logan Petrie, DOB 11/02/2016 (9), Year 4, Trindlebury Abbey Juniors",
                 "Person ID", "4470381"],
                ["Subject 2", "Skye Petrie, DOB 28/08/2022 (2), Little Acorns Day Nursery",
                 "Person ID", "4470382"],
                ["Address", "Flat 12, Barley House, Saltings Road, Trindlebury", "Tenure",
                 "Trindlebury Homes, assured tenancy"],
                ["Mother", "Shannon Petrie (29)", "Skye's father", "Dale Ritchie (33), no fixed address"],
                ["Logan's father", "Stuart Hepworth; no contact since 2019", "Interpreter", "Not needed"],
                ["Category", "Emotional abuse (unchanged)", "On plan since", "ICPC 09/01/2025"],
                ["Conference", "RCPC2, 07/07/2025, Trindlebury Civic Hall", "Chair",
                 "Marion Tsang, Child Protection Chair"],
                ["Social worker", "Jade McAvoy, Safeguarding Team West", "Team manager", "Owen Baptiste"],
            ],
        }),
        ("h1", "Part B – Legal status"),
        ("kv", [
            ("Logan", "No order. Not looked after."),
            ("Skye", "No order. Not looked after. Dale Ritchie has parental responsibility."),
            ("Civil orders", "Non-molestation order protecting Shannon, Logan and Skye, made 14/03/2025, in force "
                             "until 13/03/2026"),
            ("Criminal", "Dale Ritchie charged with assault by beating (21/12/2024); trial listed for 22/09/2025"),
        ]),
        ("h1", "Part C – Chronology since RCPC1 (09/04/2025)"),
        ("table", {
            "header": ["Date", "Source", "Event"],
            "widths": [2.4, 2.6, 12.0],
            "rows": [
                ["18/04/2025", "Police", "Dale seen outside Barley House at 11pm by a neighbour, who rang the "
                 "police. Shannon had not reported it."],
                ["02/05/2025", "Court", "Dale's bail conditions lapsed when the criminal hearing was adjourned."],
                ["20/05/2025", "School", "Logan told his class teacher \"Dale was at our door again and Mum "
                 "cried\"."],
                ["04/06/2025", "GP", "Shannon's antidepressant increased; GP referred her to Trindlebury Talking "
                 "Therapies."],
                ["16/06/2025", "Nursery", "Skye attended 60% of her May sessions and twice arrived without "
                 "breakfast."],
                ["27/06/2025", "SW", "Shannon told the SW she had let Dale in \"to see Skye\" twice in June."],
            ],
        }),
        ("h1", "Part D – Risk analysis"),
        ("table", {
            "header": ["Domain", "Risk factors", "Protective factors", "Analysis"],
            "widths": [2.8, 4.8, 4.4, 5.0],
            "rows": [
                ["Domestic abuse", "Dale has come to the flat at least three times since April; Shannon let "
                 "him in twice", "Non-molestation order; Shannon now tells the SW when he comes",
                 "Breaches are not reported to the police, so the order gives little protection. Risk high."],
                ["Parental mental health", "Depression; Shannon stays in bed some mornings",
                 "Takes her medication; has started therapy",
                 "Low mood makes it hard for her to get Skye to nursery and to keep Dale away"],
                ["Children's wellbeing", "Logan checks the front door at night and is tired in class",
                 "Close to his class teacher; loves football",
                 "Logan is carrying worry about his mum's safety"],
            ],
        }),
        ("p", "Conference scaling (0 = the children will be harmed, 10 = safe enough to close the plan): 4. "
              "At RCPC1: 3."),
        ("h1", "Part E – The children's views and experience"),
        ("p", "Logan (seen alone at school, 25/06/2025): \"I don't like it when Dale comes. Mum says it's fine "
              "but then she cries after.\" He said the best thing is football on Saturdays with his friend "
              "Jaden, and that he would like \"a lock that Dale doesn't have a key to\". He scored his home 5 "
              "out of 10 for feeling safe."),
        ("p", "Skye was seen at nursery and at home. She chatters in two-word phrases, runs to her key person "
              "in the mornings and eats her breakfast quickly at nursery. At home she stays close to Shannon "
              "and hides behind the sofa when the door buzzer goes."),
        ("h1", "Part F – Previous plan: progress at this review"),
        ("table", {
            "header": ["Ref", "Action in the RCPC1 plan", "Lead", "Status", "Update"],
            "widths": [1.0, 5.4, 2.6, 2.6, 5.4],
            "rows": [
                ["1", "Weekly home visits; see Logan alone", "SW", "Carried forward",
                 "12 visits, Logan seen alone each time. Now Action 1"],
                ["2", "Apply for a non-molestation order", "Shannon", "Completed", "Order made 14/03/2025"],
                ["3", "Freedom Programme for Shannon", "Shannon", "Not started",
                 "No course since April. Now Action 2"],
                ["4", "GP referral to Talking Therapies", "GP", "Completed", "Accepted 12/06/2025"],
                ["5", "Nursery place for Skye, three days a week", "SW / nursery", "Partly met",
                 "Place in use, attendance 60%. Now Action 5"],
                ["6", "Safety planning with Logan", "IDVA", "Completed", "Safety card given 30/04/2025"],
                ["7", "Report any sighting of Dale", "All agencies", "Carried forward",
                 "Two sightings reported. Now Action 6"],
            ],
        }),
        ("h1", "Part G – Decision"),
        ("kv", [
            ("Decision", "Logan and Skye remain subject to child protection plans. Category: emotional abuse."),
            ("Reasons", "Dale is still coming to the flat and Shannon has let him in; Logan's worry is growing; "
                        "Skye's nursery attendance has not improved."),
            ("Dissent", "None recorded."),
            ("Legal planning", "If Shannon lets Dale into the flat again, or Dale breaches the order and it is "
                               "not reported, the SW will request a legal planning meeting within five "
                               "working days."),
        ]),
        ("h1", "Part H – Outcomes"),
        ("bullets", [
            "Logan and Skye live in a home that Dale does not come to, and Logan no longer checks the door at "
            "night.",
            "Skye attends at least 90% of her nursery sessions, fed and dressed.",
            "Shannon feels more confident and her mood lifts.",
        ]),
        ("h1", "Part I – Child protection plan"),
        ("p", "One block per action. Source shows whether the action was carried forward from the RCPC1 plan "
              "(Part F) or added at this conference."),
        ("boldp", "Action 1"),
        ("kv", [
            ("Action", "Home visits to Logan and Skye, announced and unannounced in turn; see Logan on his own "
                       "and see Skye at nursery at least once a month"),
            ("Lead", "Jade McAvoy, social worker"),
            ("Timescale", "Weekly"),
            ("How we will know", "Visit record for each visit, with Logan's own words written down"),
            ("Source", "Carried forward (RCPC1 ref 1)"),
        ]),
        ("boldp", "Action 2"),
        ("kv", [
            ("Action", "Freedom Programme for Shannon at the Trindlebury Women's Centre"),
            ("Lead", "Shannon Petrie"),
            ("Timescale", "When a place becomes available"),
            ("How we will know", "Attendance record and certificate of completion sent to the SW"),
            ("Source", "Carried forward (RCPC1 ref 3)"),
        ]),
        ("boldp", "Action 3"),
        ("kv", [
            ("Action", "CBT sessions with Shannon for her depression and her low motivation in the mornings"),
            ("Lead", "Ruth Okafor, therapist, Trindlebury Talking Therapies"),
            ("Timescale", "Weekly for 12 weeks from 14/07/2025"),
            ("How we will know", "Dates of the sessions attended, sent to the SW at the end of each month"),
            ("Source", "New"),
        ]),
        ("boldp", "Action 4"),
        ("kv", [
            ("Action", "Sessions at home on getting Skye up, dressed, fed and to nursery for 9.15am"),
            ("Lead", "Claire Dunmore, family support worker, Trindlebury Family Hub"),
            ("Timescale", "Ongoing"),
            ("How we will know", "Improvement in the morning routine"),
            ("Source", "New"),
        ]),
        ("boldp", "Action 5"),
        ("kv", [
            ("Action", "Take Skye to nursery every Monday, Wednesday and Friday"),
            ("Lead", "Shannon Petrie"),
            ("Timescale", "From 09/07/2025, every Monday, Wednesday and Friday"),
            ("How we will know", "Nursery register sent to the SW each Friday; at least 90% attendance by the "
                                 "core group on 18/08/2025"),
            ("Source", "Carried forward (RCPC1 ref 5)"),
        ]),
        ("boldp", "Action 6"),
        ("kv", [
            ("Action", "Tell the SW the same day about any sign that Dale has been at the flat, the school or "
                       "the nursery"),
            ("Lead", "All agencies"),
            ("Timescale", "Same day"),
            ("How we will know", "Each report logged on both children's records with the time and what was done"),
            ("Source", "Carried forward (RCPC1 ref 7)"),
        ]),
        ("boldp", "Action 7"),
        ("kv", [
            ("Action", "Referral for Logan to the Oak Tree group for children who have lived with domestic "
                       "abuse"),
            ("Lead", ""),
            ("Timescale", "By 25/07/2025"),
            ("How we will know", ""),
            ("Source", "New"),
        ]),
        ("boldp", "Action 8"),
        ("kv", [
            ("Action", "Check in with Logan every Monday morning about his weekend and anything that worried "
                       "him; pass on anything about Dale the same day"),
            ("Lead", "Mr Callum Reid, DSL, Trindlebury Abbey Juniors"),
            ("Timescale", "Every Monday in term time"),
            ("How we will know", "DSL log, and an email to the SW by 12 noon each Monday"),
            ("Source", "New"),
        ]),
        ("boldp", "Action 9"),
        ("kv", [
            ("Action", "Put a priority-response marker on Barley House and visit Shannon to go through how to "
                       "report a breach of the order"),
            ("Lead", "PC Laura Whitcombe, Trindlebury Police Domestic Abuse Unit"),
            ("Timescale", "Marker by 11/07/2025; visit by 18/07/2025"),
            ("How we will know", "Marker confirmed to the SW by email; visit recorded on the police log and "
                                 "reported at the core group"),
            ("Source", "New"),
        ]),
        ("h1", "Part J – Contingency"),
        ("p", "If there are further concerns about Dale, or the plan is not being followed, the core group will "
              "meet to discuss next steps and consider whether the plan needs to change."),
        ("h1", "Part K – Core group and review"),
        ("kv", [
            ("Core group", "Every 6 weeks at Trindlebury Family Hub: 18/08/2025, 29/09/2025 and 10/11/2025"),
            ("Next review conference", "RCPC3 on 08/01/2026, 1.30pm, Trindlebury Civic Hall"),
        ]),
    ],
    "findings": [
        F("F002", "Shannon feels more confident and her mood lifts."),
        F("T002", "Freedom Programme for Shannon at the Trindlebury Women's Centre"),
        F("H001", "CBT sessions with Shannon for her depression"),
        F("T002", "Sessions at home on getting Skye up, dressed, fed"),
        F("M002", "Sessions at home on getting Skye up, dressed, fed"),
        F("W002", "Tell the SW the same day about any sign"),
        F("W001", "Referral for Logan to the Oak Tree group"),
        F("M001", "Referral for Logan to the Oak Tree group"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan review print, 132 columns, with line-wrapped columns in
#    one table that keeps completed rows beside carried-forward and new ones
#    (txt). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_tasselcombe_review_print_wrapped_columns_gilmour.txt",
    "split": "tune",
    "actions": 8,
    "template": "cp-plan-review-print-txt-132-column-case-system-report-field-pairs-legal-status-chronology-lines-risk-and-protective-lists-then-one-action-table-with-line-wrapped-columns-ref-action-responsible-timescale-success-measure-status-completed-carried-fwd-new-status-key",
    "description": (
        "Case-system print of a plan reviewed at the third core group for an 11-year-old and a "
        "5-year-old (neglect; father's daily cannabis and drinking). One 132-column table with "
        "line-wrapped cells keeps three completed rows beside the carried-forward and new ones; only "
        "the eight live rows are actions. Faults: the recovery service's key work is measured by "
        "'engagement', the dental row says 'ASAP' and has no measure, the home conditions row is "
        "'monitored by SW', the morning routine sessions are owned by 'TBC', the young carers "
        "assessment has no timescale, and the review conference date is 'TBC'."
    ),
    "text": """\
TASSELCOMBE COUNCIL                                                                                      ChildView ICS 11.4
Children's Services - Safeguarding and Family Support                                                    Report CP_PLAN_RVW
CHILD PROTECTION PLAN - REVIEW PRINT                                                                     Printed 10/07/2025 09:17
====================================================================================================================================

CASE DETAILS
  Child ............ Bailey GILMOUR    M  DOB 06/03/2014 (11)   ID 2093317   Tasselcombe Vale Primary, Year 6
  Child ............ Rio GILMOUR       F  DOB 19/10/2019 (5)    ID 2093318   Tasselcombe Vale Primary, Reception
  Address .......... 63 Ferry Lane, Tasselcombe TC2 8LW
  Parents .......... Toni GILMOUR (32), Wayne GILMOUR (36) - both at the address
  Category ......... Neglect                    ICPC 24/04/2025
  Key worker ....... Kate Orme, SW, Safeguarding Team South   TM: Harjit Bains
  This review ...... Core group 3, 09/07/2025, Tasselcombe Vale Primary

LEGAL STATUS
  No orders. Neither child is looked after. Both parents hold parental responsibility.
  Pre-proceedings: not started.

CHRONOLOGY (KEY EVENTS SINCE ICPC)
  24/04/2025  ICPC - both children subject to CP plans, category neglect.
  09/05/2025  Wayne accepted by Tasselcombe Recovery Service; says he smokes cannabis "all day" and drinks 8 cans most nights.
  21/05/2025  School nurse health review of Rio: weight 25th centile, hearing normal, four decayed front teeth.
  03/06/2025  Unannounced SW visit 4pm: Bailey (then 11) alone with Rio; parents at the bookmaker's. Discussed with TM.
  18/06/2025  Rubbish bags on the landing and dog mess in the garden still there (third visit running).
  02/07/2025  Bailey told the DSL he "has to do Rio's hair and get her shoes on or we're late".

RISK ANALYSIS
  Risks ........ Wayne's cannabis and drinking mean he sleeps late and is not up for the school run; both
                 parents leave the children alone; Bailey is caring for Rio; home conditions poor; Rio's teeth.
  Protective ... Toni is warm with both children and answers the door to every visit; breakfast club is
                 working; both children are in school every day; Wayne has started at the recovery service.
  Analysis ..... Some change since the ICPC (breakfast club, school attendance, Wayne engaging) but the
                 children's daily care still rests on Bailey, and the home has not changed. Scaling 4/10.

CHILDREN'S VIEWS AND LIVED EXPERIENCE
  Bailey (seen alone at school 02/07/2025): "I don't mind doing Rio's stuff but I want to go to football
  club after school and I can't because I have to take her home." He is worried about going up to big
  school "because nobody there knows me". Rio (seen at home 18/06/2025) showed the SW her bedroom and her
  teddy "Mr Biscuits"; she covered her mouth when she smiled and said her teeth "hurt on cold things".

OUTCOMES
  O1  Bailey and Rio are looked after by a sober, awake adult before and after school, every day.
  O2  Bailey gets to be a child: he is not in charge of Rio and goes to football club.
  O3  Rio's teeth are treated and she eats without pain.
  O4  The children live in a clean home with a safe garden to play in.

PLAN ACTIONS AT CORE GROUP 3 (09/07/2025)
REF   ACTION                                    RESPONSIBLE             TIMESCALE          SUCCESS MEASURE               STATUS
----  ----------------------------------------  ----------------------  -----------------  ----------------------------  -----------
A01   Planned and unannounced home visits; see  SW Kate Orme            Every 2 weeks,     Visit record shows both       CARRIED FWD
      Bailey and Rio on their own and check                             one in two         children seen alone and each
      the bedrooms, kitchen and back garden                             unannounced        room checked

A02   Drug and alcohol key work sessions with   Neil Amos, Tasselcombe  Fortnightly        Engagement with service       CARRIED FWD
      Wayne about his daily cannabis use and    Recovery Service
      his drinking at home

A03   Referral of Wayne to Tasselcombe          SW Kate Orme            By 15/05/2025      Referral accepted 09/05/2025  COMPLETED
      Recovery Service

A04   Dental check-up for Bailey and treatment  Toni Gilmour            ASAP                                             CARRIED FWD
      for Rio's decayed front teeth at the
      Harbour Lane dental practice

A05   Clear the rubbish bags off the landing    Wayne and Toni Gilmour  By 31/07/2025      Home conditions monitored by  CARRIED FWD
      and the dog mess from the back garden,                                               SW
      and keep them clear

A06   Health review for Rio incl. height,       School nurse Ann Pugh   By 30/05/2025      Done 21/05, letter on file    COMPLETED
      weight and hearing

A07   Breakfast club places for both children,  Tasselcombe Vale        From 06/05/2025    Ongoing - both attend daily   COMPLETED
      funded by the school                      Primary

A08   Morning routine sessions at home so that  TBC                     Twice weekly for   School register shows Rio in  NEW
      Rio is washed, dressed, fed and in                                8 weeks            by 8.50am on 95% of days
      school by 8.50am

A09   Young carers assessment for Bailey,       SW Kate Orme                               Assessment and support plan   NEW
      looking at what he does for Rio before                                               sent to Bailey, his parents
      and after school                                                                     and school

A10   Transition plan for Bailey's move up to   Mrs Denise Kaur, Y6     By 18/07/2025      Written transition plan       NEW
      Tasselcombe High in September, with a     teacher                                    shared with the SW and the
      named adult there                                                                    DSL at Tasselcombe High

A11   Check in with Bailey every Monday and     Mr Glyn Parry, DSL,     Every Monday to    DSL log; summary emailed to   CARRIED FWD
      write down what he says about home and    Tasselcombe Vale        the end of term    the SW each Monday by noon
      about looking after Rio                   Primary                 (18/07/2025)

STATUS KEY: COMPLETED = closed at this core group, row kept for the record only. CARRIED FWD = live, carried
forward unchanged or amended. NEW = live, added at this core group.

CONTINGENCY
  If either child is found on their own at home, or Wayne is found under the influence of drink or
  cannabis while he is the only adult with Rio, the SW (or EDT out of hours) will hold a strategy
  discussion the same day. Wayne will be asked to leave the house while the children are there until
  the strategy discussion has agreed a safety plan, and if neither parent can care for them safely the
  children will be placed together with approved foster carers that day.

LEGAL PLANNING
  If the landing and garden are not cleared by 31/07/2025, or the children are found alone again, the
  SW will take the case to the legal gateway meeting within 10 working days.

REVIEW ARRANGEMENTS
  Core group ....... every 4 weeks, Tasselcombe Vale Primary 9.30am: 06/08/2025, 03/09/2025
  RCPC ............. TBC - to be set by the conference unit

*** END OF REPORT ***   Pages: 1   Rows: 11   Printed by: KORME
""",
    "findings": [
        F("M002", "Drug and alcohol key work sessions with"),
        F("T002", "Dental check-up for Bailey and treatment"),
        F("M001", "Dental check-up for Bailey and treatment"),
        F("M002", "Clear the rubbish bags off the landing"),
        F("W002", "Morning routine sessions at home so that"),
        F("T001", "Young carers assessment for Bailey,"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Case record print of a first review plan: numbered sections with
#    dot-leader fields, chronology, risk analysis, the actions closed at this
#    review, decision and reasons, then boxed action records tagged carried
#    forward or new, and trigger / response contingency pairs. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_twisselby_case_print_boxed_action_records_brannigan.txt",
    "split": "tune",
    "actions": 10,
    "template": "rcpc1-case-record-print-txt-numbered-caps-sections-dot-leader-fields-legal-status-chronology-risk-analysis-actions-closed-at-this-review-list-decision-reasons-then-ascii-boxed-action-records-what-who-when-evidence-carried-forward-new-tags-trigger-response-contingency",
    "description": (
        "Exemplary first review plan for a 14-year-old at risk of exploitation and her 10-year-old "
        "brother (neglect; mother's bipolar disorder with a recent admission). Case record print with "
        "dot-leader fields, legal status, chronology, risk analysis, the ICPC actions closed at this "
        "review, decision and reasons, the children's and parents' views, then ten boxed action records "
        "tagged carried forward or new. The CMHT reports on whether Lorna is staying well and the "
        "psychiatrist assesses her capacity to change; police, school and the exploitation team own "
        "clear actions; trigger and response pairs, core group and review dates and a legal planning step."
    ),
    "text": """\
TWISSELBY BOROUGH COUNCIL - CHILDREN AND FAMILIES                        CASE RECORD PRINT
Form: CPP-R (Child Protection Plan - Review)                             Printed 03/07/2025 16:40
Record owner: R.KETTLEBY                                                 Status: AUTHORISED (TM A.Hussain)
==========================================================================================

1. CASE SUMMARY
   Children ............... Kezia BRANNIGAN, F, DOB 19/01/2011 (14), Twisselby Academy, Y9
                            Finn BRANNIGAN, M, DOB 08/12/2014 (10), Twisselby Juniors, Y5
   Address ................ 15 Osier Walk, Twisselby TW6 1PB
   Household .............. Lorna BRANNIGAN (mother, 41); Gary MILLS (stepfather, 45)
   Birth father ........... Sean Brannigan, Dublin; phone contact with both children monthly
   Category ............... Neglect
   Plan history ........... ICPC 03/04/2025; RCPC1 01/07/2025 (this print)
   Social worker .......... Rob Kettleby, Child Protection Team North
   Chair .................. Yvonne Tembo, Independent Reviewing Service

2. LEGAL STATUS
   Orders ................. None. Both children live at home and are not looked after.
   PR ..................... Lorna Brannigan and Sean Brannigan (both children). Gary Mills: none.
   Police ................. Child abduction warning notices requested (see action 04).

3. CHRONOLOGY
   11/03/2025  Lorna admitted to Larch Ward under s2 Mental Health Act (manic episode); discharged 02/04.
   12/03/2025  Finn found alone at home at 10pm by a neighbour; Gary working away in Carlisle.
   22/04/2025  Kezia missing overnight; found by police at 7am in a car with two adult men.
   30/05/2025  Kezia missing for 9 hours; returned by a taxi the family did not pay for.
   10/06/2025  Lorna restarted on lithium; care co-ordinator allocated (Sian Pugh, CMHT).
   24/06/2025  Exploitation screening repeated: Kezia still scored "high risk", as at the ICPC.

4. RISK ANALYSIS
   Risks .................. Adult men, not yet all identified, are contacting Kezia online and
                            collecting her in cars. When Lorna is unwell she cannot supervise either
                            child, and Gary has been away in the week.
   Protective factors ..... Lorna is back on medication and accepts help from the CMHT. Kezia has
                            told Amy Linton some of what happens. Finn is close to his mum and is
                            doing well at school. Gary has agreed to change his shifts.
   Analysis ............... Risk to Kezia outside the home remains high. Finn's risk has reduced
                            since Lorna's discharge but depends on her staying well and on an adult
                            being in every evening.
   Scale .................. Conference: 3/10 (ICPC 2/10). Kezia's own score: 6/10.

5. ICPC ACTIONS CLOSED AT THIS REVIEW
   [COMPLETED]       Referral of Kezia to Safe Futures - accepted 10/04/2025.
   [COMPLETED]       Lorna's discharge plan shared with the SW and school - received 03/04/2025.
   [COMPLETED]       Strategy meeting on the adults linked to Kezia's missing episodes - held 05/06/2025.
   [NO LONGER NEEDED] Emergency respite for Finn while Lorna was in hospital - Lorna now home.
   ICPC actions that were partly met or not started are carried forward in section 10 and tagged there.

6. DECISION AND REASONS
   Decision ............... Both children remain subject to child protection plans (neglect).
   Reasons ................ Kezia has been missing twice since the ICPC and the adults involved
                            have not all been identified. Lorna has been back on lithium only since
                            June, and the evening arrangements for Finn have not yet been tested.

7. VIEWS OF KEZIA AND FINN
   Kezia (seen alone 26/06/2025, and spoke at conference for ten minutes): "They're not groomers,
   they're just older. But I know Amy thinks they are and I do listen." She said she wants her phone
   back in the evenings, wants her mum to "stay well this time", and would like to do boxing again.
   Finn (seen alone 24/06/2025): "When Mum was in hospital I was scared at night. I like it when Gary
   is home for tea." He drew his house with a big lock on the door and said it was "so no one takes
   Kezia".

8. VIEWS OF LORNA AND GARY
   Lorna agreed with the plan and said she wants the CMHT "to tell me early if I'm going up again".
   Gary said he had not understood how often Finn was alone, and has asked his manager for day shifts.

9. OUTCOMES FOR THE CHILDREN
   O1  Kezia is not missing from home and has no contact with the adults who have been collecting her.
   O2  Finn is never left alone in the evening or overnight.
   O3  Both children are looked after by an adult who is well enough to supervise them, and know what
       will happen for them if their mum becomes unwell.
   O4  Kezia is in school every day and tells at least one trusted adult when she is worried.

10. CHILD PROTECTION PLAN - ACTION RECORDS (10)

+-- ACTION 01 -------------------------------------- [CARRIED FORWARD] --+
| What     : Visit Kezia and Finn at home and see each of them on their
|            own; at least one visit a month after 8pm to see who is at
|            home with Finn in the evening
| Who      : SW Rob Kettleby
| When     : Weekly
| Evidence : Visit record for every visit with each child's own words;
|            evening visit logged once a month and read by the team
|            manager at supervision
+------------------------------------------------------------------------+

+-- ACTION 02 -------------------------------------- [CARRIED FORWARD] --+
| What     : One-to-one sessions with Kezia on healthy relationships,
|            online safety and grooming, and a repeat of the
|            exploitation screening tool
| Who      : Amy Linton, Safe Futures (Twisselby Exploitation Team)
| When     : Weekly; screening repeated by 15/08/2025
| Evidence : Session notes on the Safe Futures record; repeat screening
|            score sent to the SW and reported at the core group on
|            28/08/2025
+------------------------------------------------------------------------+

+-- ACTION 03 -------------------------------------------------- [NEW] --+
| What     : Return home interview with Kezia after every missing
|            episode, and pass anything she says about the two men or
|            the silver car to the police
| Who      : Amy Linton, Safe Futures
| When     : Within 72 hours of Kezia coming home, every time
| Evidence : Interview record on Kezia's file within 72 hours; police
|            intelligence reference number emailed to the SW
+------------------------------------------------------------------------+

+-- ACTION 04 ---------------- [CARRIED FORWARD - PARTLY MET AT RCPC1] --+
| What     : Serve child abduction warning notices on the two adults
|            identified in the missing episodes of 22/04 and 30/05, and
|            check the flat on Lowther Street
| Who      : DC Hollie Vance, Twisselby Police Exploitation Hub
| When     : Both notices served by 25/07/2025
| Evidence : Copies of the served notices on the police record; DC
|            Vance confirms service to the SW by email
+------------------------------------------------------------------------+

+-- ACTION 05 -------------------------------------------------- [NEW] --+
| What     : Visit Lorna at home, check her mood, sleep and lithium,
|            and give a written view before each core group on whether
|            she is staying well and can supervise Kezia and Finn on
|            her own
| Who      : Sian Pugh, care co-ordinator, Twisselby CMHT
| When     : Every 2 weeks; written view before each core group
| Evidence : CMHT update in every core group pack; Lorna's early
|            warning signs plan copied to Gary, the SW and both schools
|            by 18/07/2025
+------------------------------------------------------------------------+

+-- ACTION 06 -------------------------------------------------- [NEW] --+
| What     : Assess Lorna's capacity to stay well, her risk of relapse
|            and how long it is likely to take before she can care for
|            the children on her own, with recommendations for their
|            care during any relapse
| Who      : Dr Imran Qureshi, consultant psychiatrist, Twisselby CMHT
| When     : Written report by 29/08/2025
| Evidence : Report shared with the core group and the review
|            conference
+------------------------------------------------------------------------+

+-- ACTION 07 -------------------------------------- [CARRIED FORWARD] --+
| What     : Move to day shifts at the depot so that an adult is at
|            home with Finn and Kezia every evening
| Who      : Gary Mills (stepfather)
| When     : From 14/07/2025, Monday to Friday
| Evidence : New shift rota from Gary's employer seen by the SW; Finn
|            asked at each visit who was home in the evenings
+------------------------------------------------------------------------+

+-- ACTION 08 -------------------------------------------------- [NEW] --+
| What     : Keep to the evening plan: Kezia home by 9pm on school
|            nights and 10pm at weekends, and report her missing to the
|            police on 101 (999 if worried) if she is not home within
|            30 minutes
| Who      : Lorna Brannigan (mum)
| When     : Every evening, from 02/07/2025
| Evidence : Police missing log and the family's curfew sheet, checked
|            by the SW at each visit; any late return reported to the
|            SW the next morning
+------------------------------------------------------------------------+

+-- ACTION 09 -------------------------------------- [CARRIED FORWARD] --+
| What     : Named adult at school for Kezia: registration check each
|            morning, a weekly meeting with her, and a phone call to
|            Lorna if she is not in by 9am
| Who      : Mrs Farrah Jamil, Head of Year 9, Twisselby Academy
| When     : Daily check; meeting every Wednesday in term
| Evidence : Attendance data and meeting notes sent to the SW every
|            other Friday; any absence reported to the SW the same day
+------------------------------------------------------------------------+

+-- ACTION 10 -------------------------------------------------- [NEW] --+
| What     : Arrange and fund a place for Finn at the Twisselby Juniors
|            after-school club, Monday to Friday until 5.45pm
| Who      : SW Rob Kettleby
| When     : Place to start by 14/07/2025
| Evidence : Club register copied to the SW every Friday; Finn's
|            attendance reported at the core group
+------------------------------------------------------------------------+

11. CONTINGENCY
   Trigger  ............... Kezia is missing overnight, or is seen with either adult named in the
                            strategy meeting of 05/06/2025.
   Response ............... Lorna or Gary reports her missing to the police at once; the SW (or EDT)
                            holds a strategy discussion the same day; Safe Futures and DC Vance plan
                            disruption within 24 hours. If Kezia cannot be kept safe at home she will
                            be accommodated with foster carers under s20 that day.
   Trigger  ............... Lorna shows her early warning signs (not sleeping for two nights,
                            spending sprees, stopping her lithium).
   Response ............... Gary or Lorna rings the CMHT crisis team, who assess her within 24 hours;
                            Gary stays at home and does not go to work until the crisis team has seen
                            her. If Gary cannot be at home, the SW arranges for Finn and Kezia to stay
                            together with approved foster carers that night.

12. LEGAL PLANNING
   If Kezia goes missing twice more before the core group on 28/08/2025, or Lorna becomes unwell and
   there is no safe adult at home, the SW will request a legal planning meeting within 5 working days.

13. CORE GROUP AND REVIEW
   Core group ............. every 4 weeks at Twisselby Academy, 4pm: 31/07/2025, 28/08/2025,
                            25/09/2025, 23/10/2025
   RCPC2 .................. 18/12/2025, 10am, Twisselby Town Hall, Committee Room 3

-- END OF PRINT -- CPP-R -- 3 of 3 --
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group review form (CP7) saved from the case system as markdown:
#    numbered sections of field tables, chronology, risk analysis, review of
#    the previous actions, decision / reason table, then the updated action
#    table with an origin column (md). Faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_tarnhallow_cp7_core_group_review_form_cartwright.md",
    "split": "tune",
    "actions": 10,
    "template": "core-group-review-form-cp7-md-case-system-export-form-metadata-table-numbered-sections-field-tables-chronology-risk-analysis-bold-labels-babys-day-previous-actions-status-table-decision-reason-table-then-ref-what-lead-timescale-how-we-will-know-origin-table",
    "description": (
        "Core group review form for a 4-month-old with an unexplained bruise (physical abuse; father's "
        "past violence; mother's anxiety under the perinatal team), saved from the case system as "
        "markdown. Field tables, chronology, risk analysis, the previous actions with their status and "
        "a decision / reason table come before the updated action table. Faults: Caring Dads is "
        "'monitored', nobody owns the damp report, the perinatal psychologist only treats and is "
        "measured by reduced anxiety, the parenting group waits for the 'next available course', 'All "
        "professionals' share injuries, the contingency sends Mabel to her grandmother (who also "
        "supervises and has her overnight in the plan) with no fallback, and there is no legal step."
    ),
    "text": """\
# CP7 – Core Group Review of the Child Protection Plan

| Form | CP7 v2.1 | Record ID | CGR-2025-06631 |
|---|---|---|---|
| Authority | Tarnhallow District Council, Children's Services | Team | Safeguarding and Assessment (West) |
| Completed by | Rhiannon Tate, social worker | Authorised | Neil Farrant, team manager, 04/07/2025 |
| Exported | 04/07/2025 11:26 | Version | 2 (supersedes CG1 action list of 05/06/2025) |

## Section 1: Child and family

| Field | Detail |
|---|---|
| Child | Mabel Cartwright, born 03/03/2025 (4 months) |
| Address | 8 Reedmace Close, Tarnhallow TH3 5RD |
| Mother | Jodie Cartwright (19), care leaver, Tarnhallow leaving care service |
| Father | Kyle Burrows (22), lives at the address |
| Paternal grandmother | Pauline Burrows (48), 21 Linden Road, ten minutes' walk |
| Category | Physical abuse |
| Initial conference | 22/05/2025 |
| This meeting | Core group 2, 03/07/2025, Tarnhallow Children's Centre |
| Present | Jodie, Kyle, Pauline, Rhiannon Tate (SW), Sarah Lund (HV), Dr Anya Moss (perinatal psychologist) |

## Section 2: Legal status

| Field | Detail |
|---|---|
| Orders | None |
| Looked after | No. Mabel lives at home with both parents. |
| Parental responsibility | Jodie Cartwright and Kyle Burrows (registered together) |

## Section 3: Chronology of significant events

| Date | Event | Recorded by |
|---|---|---|
| 09/05/2025 | HV saw a 2 cm bruise on Mabel's left cheek at a weigh-in; parents said it was from the bouncer strap. | HV |
| 10/05/2025 | Child protection medical: bruise "not consistent" with a bouncer strap; explanation not accepted. | Paediatrician |
| 13/05/2025 | Strategy discussion; Kyle agreed not to care for Mabel on his own. | SW |
| 22/05/2025 | Initial conference; Mabel made subject to a plan (physical abuse). | Chair |
| 28/05/2025 | Skeletal survey and bloods: no fractures, clotting normal. | Paediatrician |
| 05/06/2025 | Core group 1. Jodie accepted by the perinatal mental health team. | SW |
| 26/06/2025 | Unannounced visit: Kyle and Mabel at Pauline's house, Pauline present; no marks seen. | SW |

## Section 4: Risk analysis

**Immediate risk:** Mabel's bruise has not been explained. Kyle was cautioned for assaulting a previous
partner in 2022 and says he "loses it" when he is tired. Babies of Mabel's age who are bruised are at
real risk of more serious injury.

**Cumulative risk:** Jodie has an anxiety disorder with panic attacks, both parents are very tired, and
Mabel's bedroom is damp with black mould on the outside wall.

**Protective factors:** Pauline is a steady presence and has been there every time Kyle has cared for
Mabel. Jodie is gentle and responsive with Mabel. Both parents have been to every meeting.

**Worker's analysis:** No new injuries since the plan began, but the safety around Mabel depends almost
entirely on Pauline being there. Kyle has not yet started any work on how he manages his temper.

## Section 5: Mabel's lived experience

Mabel is too young to tell us how things are for her, so we rely on what we see. At home on 26/06 she was
alert and smiley, tracked the HV's face and laughed when Jodie blew on her tummy. She feeds well from a
bottle and settles best on Jodie's shoulder. She startles and cries at loud voices; on 12/06 she cried
for several minutes when Kyle raised his voice at the television. At Pauline's she naps in a travel cot
in the front room. Her own room at home smells of damp and the wall by her cot is black.

## Section 6: Review of previous actions (CG1, 05/06/2025)

| No. | Previous action | Owner | Status | Comment |
|---|---|---|---|---|
| 1 | Weekly SW visits | SW | Carried forward | 6 visits, 2 unannounced. Continues as 9.1 |
| 2 | Skeletal survey and bloods | Paediatrician | Completed | Normal results 28/05/2025 |
| 3 | Referral to perinatal mental health team | GP | Completed | Accepted 05/06/2025 |
| 4 | ICON and safe handling for both parents | HV | Partly met | Jodie done 29/05; Kyle did not attend. Now 9.5 |
| 5 | Caring Dads assessment for Kyle | Kyle | Not started | Kyle has not phoned the service. Now 9.6 |
| 6 | Pauline present when Kyle cares for Mabel | Pauline | Carried forward | Diary kept, no gaps. Now 9.3 |
| 7 | Report damp in Mabel's room to landlord | Not recorded | Not started | Nobody took this on. Now 9.7 |
| 8 | Share any injury the same day | All professionals | Carried forward | No injuries seen. Now 9.10 |

## Section 7: Decisions of the core group

| No. | Decision | Reason |
|---|---|---|
| 7.1 | The plan continues unchanged in category. | The bruise is still unexplained and Kyle has not begun any work on his temper. |
| 7.2 | Kyle's care of Mabel stays supervised by Pauline. | He has not done ICON or started Caring Dads. |
| 7.3 | Pauline's Friday overnight care is added to the plan. | Both parents are exhausted and the HV linked tiredness to rough handling. |

## Section 8: Outcomes for Mabel

- Mabel has no more bruises or injuries, and any mark on her is seen and explained the same day.
- Mabel is handled gently and calmly by both her parents, including when she cries at night.
- Mabel sleeps in a warm, dry bedroom with no mould.
- Mabel keeps growing along her centile and reaches her six-month milestones.

## Section 9: Updated action plan

| Ref | What | Lead | Timescale | How we will know | Origin |
|---|---|---|---|---|---|
| 9.1 | Visit Mabel at home, see her awake and see where she sleeps; at least one visit a fortnight unannounced | Rhiannon Tate, SW | Weekly | Visit notes record Mabel seen awake, her sleep space and any marks, at every visit | CG1 no. 1 |
| 9.2 | Weigh Mabel and check her skin and development at each contact | Sarah Lund, HV | Fortnightly until the review conference | Weight plotted in the red book; body map for any mark, copied to the SW the same day | New |
| 9.3 | Be with Mabel whenever Kyle is looking after her, at home or at Linden Road | Pauline Burrows (paternal grandmother) | Every time Kyle has Mabel | Contact diary signed by Pauline and Kyle, read by the SW at each visit | CG1 no. 6 |
| 9.4 | Have Mabel overnight at her house every Friday so that Jodie and Kyle get a full night's sleep | Pauline Burrows (paternal grandmother) | Every Friday, 6pm to Saturday 10am | Entry in Pauline's diary; the SW and HV ask Jodie at visits how the weekend went | New |
| 9.5 | ICON and safe handling session for Kyle, at home with Mabel | Sarah Lund, HV | By 18/07/2025 | Signed ICON record on the HV notes, copy to the SW | CG1 no. 4 |
| 9.6 | Complete the Caring Dads assessment and start the programme | Kyle Burrows | By 30/09/2025 | Progress monitored | CG1 no. 5 |
| 9.7 | Report the damp and black mould in Mabel's bedroom to Tarnhallow Homes and chase a repair date | - | By 08/08/2025 | Written repair date from Tarnhallow Homes seen by the SW | CG1 no. 7 |
| 9.8 | Continue CBT-based sessions with Jodie for her anxiety and panic attacks | Dr Anya Moss, psychologist, Tarnhallow Perinatal Mental Health Team | Fortnightly | Jodie's anxiety reduces | New |
| 9.9 | Go to the Baby Steps parenting group together | Jodie Cartwright and Kyle Burrows | Next available course | Certificate of attendance sent to the SW | New |
| 9.10 | Tell the SW the same day about any mark, bruise or injury seen on Mabel | All professionals | Same day | Logged on Mabel's record with a body map | CG1 no. 8 |

## Section 10: Contingency

If Mabel has any bruise, mark or injury that is not clearly explained, or Kyle is found looking after
her without Pauline there, the SW (or the out-of-hours team) will hold a strategy discussion the same
day and arrange a child protection medical. Mabel and Jodie will go and stay at Pauline's house, and Kyle
will not stay there, until the strategy discussion has decided where Mabel is safe.

## Section 11: Next meetings

| Meeting | Date |
|---|---|
| Core group (every 4 weeks) | 31/07/2025, 2pm, Tarnhallow Children's Centre |
| Review child protection conference | 14/08/2025, 10am, Tarnhallow District Council Offices |

## Section 12: Sign-off

Form completed by Rhiannon Tate (SW) on 03/07/2025. Copies sent to Jodie, Kyle, Pauline and everyone at
the core group on 04/07/2025.
""",
    "findings": [
        F("M002", "Complete the Caring Dads assessment and start the programme"),
        F("W001", "Report the damp and black mould in Mabel's bedroom"),
        F("H001", "Continue CBT-based sessions with Jodie for her anxiety"),
        F("M002", "Continue CBT-based sessions with Jodie for her anxiety"),
        F("T002", "Go to the Baby Steps parenting group together"),
        F("W002", "Tell the SW the same day about any mark"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference record for a looked-after baby still on the children's
#    ward: case details, legal status and placement, admission chronology,
#    weighted risk factors, previous plan status, decision and reasons, then
#    the plan with ward visits in it (paged PDF). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_tennerby_rcpc_child_in_hospital_record_foulds.pdf",
    "doc_title": "RCPC Record and Plan - Caleb Foulds (child in hospital)",
    "split": "tune",
    "actions": 9,
    "template": "rcpc-record-paged-looked-after-baby-on-childrens-ward-numbered-sections-case-details-grid-legal-status-and-placement-kv-admission-chronology-table-risk-factor-evidence-weight-table-previous-plan-status-table-decision-reasons-then-no-what-will-happen-lead-when-how-we-will-know-cf-new-table",
    "description": (
        "Exemplary review conference record for an 11-month-old on a child protection plan (neglect) who "
        "was admitted with faltering growth and is now accommodated under section 20 while still on the "
        "children's ward. Numbered sections: case details, legal status and placement, admission "
        "chronology, weighted risk factors, the ICPC plan with its status, decision and reasons, then a "
        "plan in which the SW visits the ward twice a week and the foster carer daily until discharge. "
        "The alcohol service reports on change, the GP writes about the mother's low mood, the "
        "contingency covers the placement and s20 consent, dates are set and legal advice follows."
    ),
    "header": "OFFICIAL-SENSITIVE – Tennerby City Council – Children and Families Service",
    "footer": "RCPC record – Caleb Foulds – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Plan"),
        ("p", "Child currently in hospital. Record produced from the Tennerby Family Record, template RCPC-H "
              "(child in hospital), 04/07/2025."),
        ("h1", "1. Case details"),
        ("table", {
            "header": None,
            "widths": [3.4, 5.2, 3.4, 5.0],
            "bold_first_col": True,
            "rows": [
                ["Child", "Caleb Foulds, DOB 28/07/2024 (11 months)", "NHS no.", "Recorded on health file"],
                ["Where Caleb is", "Puffin Ward (children's ward), Tennerby Royal Infirmary, since 16/06/2025",
                 "Expected discharge", "About 11/07/2025, when he has gained weight for two weeks"],
                ["Mother", "Chelsea Foulds (23)", "Father", "Reece Dunn (26); lives with Chelsea"],
                ["Home address", "41 Tanner's Yard, Tennerby TN1 4HS", "Category", "Neglect"],
                ["Social worker", "Ellen Makepeace, Child Protection Team 2", "Team manager", "Gareth Sowerby"],
                ["Conference", "RCPC1, 03/07/2025, held at the hospital (Education Centre, Room B)",
                 "Chair", "Patricia Oduya, Child Protection Chair"],
            ],
        }),
        ("h1", "2. Legal status and placement"),
        ("kv", [
            ("Legal status", "Accommodated under section 20 Children Act 1989 since 19/06/2025, with Chelsea's "
                             "and Reece's written consent. Caleb is looked after."),
            ("Placement on discharge", "Janet and Phil Ainsley, Tennerby approved foster carers, Larkfield "
                                       "Avenue"),
            ("Pre-proceedings", "Legal gateway meeting held 26/06/2025. Letter before proceedings sent "
                                "01/07/2025; pre-proceedings meeting on 10/07/2025."),
            ("Parental responsibility", "Chelsea Foulds and Reece Dunn"),
            ("Independent reviewing officer", "Joan Pettifer; first looked after review booked for 15/07/2025"),
        ]),
        ("h1", "3. Chronology of this admission"),
        ("table", {
            "header": ["Date", "What happened", "Source"],
            "widths": [2.4, 11.2, 3.4],
            "rows": [
                ["13/06/2025", "HV weighed Caleb at home: 7.1 kg, below the 2nd centile (25th centile at 6 "
                 "months). Referred to the GP the same day.", "HV record"],
                ["16/06/2025", "Admitted to Puffin Ward via the GP with faltering growth, dehydration and "
                 "severe nappy dermatitis.", "Admission notes"],
                ["16–18/06/2025", "Gained 240 g on the ward on a standard feeding plan; no medical cause found.",
                 "Paediatric notes"],
                ["19/06/2025", "Strategy discussion. Chelsea and Reece agreed to section 20 accommodation. "
                 "Reece arrived at the ward smelling of alcohol that evening.", "SW, ward sister"],
                ["26/06/2025", "Legal gateway meeting: pre-proceedings agreed.", "Legal"],
                ["01/07/2025", "Weight 7.6 kg. Consultant's view: Caleb's weight loss was caused by not being "
                 "given enough milk and food at home.", "Dr Ibbotson"],
            ],
        }),
        ("h1", "4. Risk factors"),
        ("table", {
            "header": ["Factor", "Evidence", "Weight"],
            "widths": [3.6, 10.4, 3.0],
            "rows": [
                ["Not enough food at home", "Weight fell from the 25th to below the 2nd centile in five months "
                 "and recovered on the ward with ordinary feeds", "High"],
                ["Missed health care", "Four of six health appointments missed since February",
                 "Medium"],
                ["Reece's drinking", "Smelled of alcohol on the ward on 19/06; says he drinks \"a few cans\" a "
                 "night", "High"],
                ["Chelsea's low mood", "Told the GP in May she \"can't be bothered with anything\"; not yet "
                 "treated", "Medium"],
                ["Strengths", "Both parents visit every day, are loving with Caleb and accept that he needs "
                 "to be fed more", "—"],
            ],
        }),
        ("h1", "5. Caleb's experience"),
        ("p", "On the ward Caleb is seen by staff and the SW to be a quiet baby who is becoming livelier. In his "
              "first days he hardly cried even when hungry; now he cries for his bottle, reaches for the "
              "nurses and has started to babble. He brightens when Chelsea comes in and settles on her lap. He "
              "was wary of Reece on the evening of 19/06 but has since played happily with him. His nappy rash "
              "has healed and he sleeps through in his ward cot."),
        ("h1", "6. The ICPC plan (27/02/2025): status at this review"),
        ("table", {
            "header": ["ICPC action", "Status", "What happened"],
            "widths": [6.0, 3.0, 8.0],
            "rows": [
                ["HV to weigh Caleb monthly", "Completed", "Weighed five times; drop noticed 13/06 and acted on"],
                ["Parents to take Caleb to his health appointments", "Not met", "Four missed; closed, "
                 "Caleb's health care is now in the foster plan"],
                ["Parenting assessment", "Not started", "SW off sick in March and April; carried forward as "
                 "action 6"],
                ["Alcohol assessment for Reece", "Partly met", "Assessed 12/05; no testing yet; carried forward "
                 "as action 7"],
                ["GP review of Chelsea's mood", "Carried forward", "Appointment missed 21/05; action 8"],
                ["SW visits every 2 weeks", "Carried forward", "Continues as action 1, now on the ward"],
            ],
        }),
        ("h1", "7. Decision and reasons"),
        ("p", "Decision: Caleb remains subject to a child protection plan under the category of neglect while "
              "he is looked after, so that the plan for his safety at home is worked on alongside his care "
              "plan. All agencies agreed; Chelsea and Reece did not object."),
        ("p", "Reasons: Caleb's weight loss was caused at home and was serious. His parents love him and "
              "visit daily but have not yet shown that they can feed and care for him consistently, and "
              "Reece's drinking has not been tested."),
        ("h1", "8. Outcomes for Caleb"),
        ("bullets", [
            "Caleb is seen regularly by people responsible for him while he is on the ward, and moves to his "
            "foster carers knowing their routine.",
            "Caleb gains weight steadily and is back on the 9th centile or above by the end of August.",
            "Caleb has time with his mum and dad every day, and it is safe, calm and sober.",
            "If Caleb goes home, it is to parents who can feed him enough and keep his health appointments.",
        ]),
        ("h1", "9. Child protection plan"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "How we will know", "CF / New"],
            "widths": [1.1, 4.5, 2.9, 2.9, 4.2, 1.4],
            "rows": [
                ["1", "Visit Caleb on Puffin Ward, see him awake and at a feed, and speak to the nurse in "
                      "charge; after discharge, visit him at the foster home",
                 "Ellen Makepeace, SW", "Twice a week (Tuesday and Friday) until discharge, then weekly",
                 "Visit record after each visit notes Caleb seen, his feed and his mood", "CF"],
                ["2", "Spend each morning with Caleb on the ward to learn his feeds and routine before he "
                      "moves to her home",
                 "Janet Ainsley, foster carer", "Daily 10am–1pm from 04/07/2025 until discharge",
                 "Ward nursing notes record Janet present and giving feeds; her feed chart copied to the SW",
                 "New"],
                ["3", "Supervised family time for Chelsea and Reece with Caleb",
                 "Kerry Naylor, Tennerby Family Time Service",
                 "Daily 2–4pm on the ward until discharge; then three times a week at Elmfield Family Centre",
                 "Family time record after each session, with Caleb's feeds and how he responded, sent to the "
                 "SW", "New"],
                ["4", "Weekly weight and feeding review on the ward, and a written discharge plan with a "
                      "feeding chart and target weights",
                 "Dr Hannah Ibbotson, consultant paediatrician",
                 "Weekly ward round; discharge plan before discharge",
                 "Weights on Caleb's growth chart; discharge summary sent to the SW, HV, GP and foster carer",
                 "New"],
                ["5", "Weigh Caleb at the foster home and check his feeding and development",
                 "Mandy Greaves, HV", "Within 3 days of discharge, then weekly for 6 weeks",
                 "Weights in the red book; back on the 9th centile or above by 31/08/2025", "New"],
                ["6", "Parenting assessment of Chelsea and Reece, including feeding, routines and whether "
                      "they can meet Caleb's needs at home",
                 "Ellen Makepeace, SW, with Tennerby Parenting Assessment Team", "Report by 29/08/2025",
                 "Written assessment shared with the parents and their solicitor and with the core group",
                 "CF"],
                ["7", "Alcohol key-work with Reece, with breath tests at each session and a hair strand test, "
                      "and a written report on whether his drinking is changing and what it means for Caleb",
                 "Sam Hollis, Tennerby Alcohol and Drug Service",
                 "Weekly sessions; hair test by 25/07/2025; report by 22/08/2025",
                 "Test results and the report sent to the SW and shared with the core group", "CF"],
                ["8", "Review Chelsea's low mood and write to the SW about how it affects her care of Caleb",
                 "Dr Rekha Batra, GP, Millgate Surgery", "Appointment by 18/07/2025; letter by 25/07/2025",
                 "GP letter on Caleb's file and read at the core group on 14/08/2025", "CF"],
                ["9", "Initial health assessment for Caleb as a looked-after child, with a health plan for "
                      "his foster carers",
                 "Dr Lucy Frain, paediatrician for looked-after children", "By 17/07/2025",
                 "Assessment and health plan sent to the SW and the Ainsleys, and read at the looked after "
                 "review", "New"],
            ],
        }),
        ("h1", "10. Contingency"),
        ("p", "If Caleb loses weight on the ward or after discharge, or either parent tries to take him from "
              "the ward or arrives at family time smelling of alcohol, the nurse in charge or the family time "
              "worker will end the visit, call hospital security or the police if needed, and ring the SW (or "
              "the emergency duty team) straight away. The SW will hold a strategy discussion the same day."),
        ("p", "If Chelsea or Reece withdraw their consent to section 20, Caleb will stay on Puffin Ward and the "
              "SW will seek legal advice that day on applying for an emergency protection order. If the "
              "Ainsleys cannot take Caleb on discharge, he will stay on the ward until another approved foster "
              "placement is found; he will not be discharged home."),
        ("p", "If the parenting assessment finds that Caleb cannot safely go home within his timescales, or "
              "Reece's tests show he is still drinking heavily, the SW will return to the legal gateway "
              "meeting within 10 working days to decide whether to issue care proceedings."),
        ("h1", "11. Core group and review"),
        ("kv", [
            ("First core group", "17/07/2025, 2pm, Tennerby Royal Infirmary, then every 4 weeks: 14/08/2025 "
                                 "and 11/09/2025"),
            ("Review conference", "RCPC2: 02/10/2025, 10am, Tennerby Civic Offices"),
            ("Looked after review", "15/07/2025 (IRO Joan Pettifer)"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review form in twelve parts: family table, legal status, chronology,
#    risk analysis rows, views, previous plan with status, decision / reason
#    table, then the plan grid with the outcome merged down its rows (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b48_trowlesdon_review_form_merged_outcome_decision_log_chaudhry.docx",
    "doc_title": "Child Protection Review Form - Ayaan, Safa and Zain Chaudhry",
    "split": "tune",
    "actions": 10,
    "template": "rcpc1-review-form-docx-twelve-parts-family-members-table-legal-status-kv-chronology-table-risk-analysis-question-rows-views-previous-plan-status-where-it-is-now-decision-reason-table-then-outcome-merged-down-ref-action-lead-target-evidence-status-grid",
    "description": (
        "Exemplary first review form for three children aged 10, 7 and 3 after their father hit the "
        "eldest with a belt (physical abuse; father now living with his brother). Twelve parts: family "
        "table, legal status, chronology, risk analysis, children's and parents' views, the ICPC plan "
        "with its status, a decision / reason table, then a grid with each outcome merged down its "
        "actions. Every action has a lead, a date or frequency and evidence; the uncle's supervision and "
        "the aunt's collections have a fallback, dates are set and a legal planning meeting follows any "
        "further physical harm or no start on the programme."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan – Review Form"),
        ("p", "Trowlesdon Council · Children, Young People and Families · Form CPR-2 (review conference)"),
        ("kv", [
            ("Conference", "First review child protection conference, 03/07/2025, Trowlesdon Park Primary"),
            ("Initial conference", "10/04/2025"),
            ("Category", "Physical abuse (unchanged)"),
            ("Social worker", "Chloe Pemberton, Children's Safeguarding Team 1"),
            ("Chair", "Andrew Kilbride, Safeguarding and Review Service"),
        ]),
        ("h1", "Part 1 – The family"),
        ("table", {
            "header": ["Name", "Relationship", "DOB / age", "Lives at", "School or setting"],
            "widths": [3.2, 3.0, 3.0, 4.0, 3.8],
            "rows": [
                ["Ayaan Chaudhry", "Child", "02/11/2014 (10)", "12 Mulberry Street", "Trowlesdon Park Primary, Y5"],
                ["Safa Chaudhry", "Child", "17/06/2018 (7)", "12 Mulberry Street", "Trowlesdon Park Primary, Y2"],
                ["Zain Chaudhry", "Child", "25/01/2022 (3)", "12 Mulberry Street", "Little Oaks Nursery"],
                ["Rukhsana Chaudhry", "Mother", "35", "12 Mulberry Street", "Works at a pharmacy, one late "
                 "shift a week"],
                ["Imran Chaudhry", "Father", "39", "With his brother at 3 Cedar Court since 15/03/2025", "—"],
                ["Tariq Chaudhry", "Paternal uncle", "44", "3 Cedar Court", "—"],
                ["Nasima Chaudhry", "Paternal aunt (Tariq's wife)", "41", "3 Cedar Court", "—"],
            ],
        }),
        ("h1", "Part 2 – Legal status"),
        ("kv", [
            ("Orders", "None. All three children live at home with their mother and are not looked after."),
            ("Criminal", "Imran accepted a conditional caution on 02/04/2025 for assaulting Ayaan; the "
                         "condition is that he completes a parenting programme."),
            ("Parental responsibility", "Rukhsana and Imran Chaudhry"),
        ]),
        ("h1", "Part 3 – Chronology"),
        ("table", {
            "header": ["Date", "Event", "Source"],
            "widths": [2.6, 11.4, 3.0],
            "rows": [
                ["14/03/2025", "PE teacher saw three red marks across the back of Ayaan's legs. Ayaan said his dad "
                 "hit him with a belt for lying.", "School"],
                ["14/03/2025", "Strategy discussion; joint police and SW visit; Imran admitted it.", "SW / police"],
                ["15/03/2025", "Imran moved to his brother Tariq's house.", "SW"],
                ["10/04/2025", "Initial conference: all three children subject to plans (physical abuse).",
                 "Chair"],
                ["03/05/2025", "Saturday contact at Tariq's house started, supervised by Tariq.", "SW"],
                ["18/06/2025", "Programme place offered to Imran from 16/07/2025.", "Programme provider"],
            ],
        }),
        ("h1", "Part 4 – Risk analysis"),
        ("table", {
            "header": ["Question", "Analysis"],
            "widths": [4.4, 12.6],
            "rows": [
                ["What happened?", "Imran hit Ayaan with a belt, leaving marks. Ayaan and Safa say he has smacked "
                 "them before, and that he shouts and bangs the table when they argue."],
                ["What are we worried could happen?", "If Imran returns home before he has changed how he "
                 "disciplines the children, any of them could be hit again and Zain, at three, could be badly "
                 "hurt."],
                ["What makes it more likely?", "Imran believes \"a smack never hurt anyone\". Rukhsana works a "
                 "late shift on Wednesdays and has found it hard to manage the three children alone."],
                ["What makes it less likely?", "Imran moved out at once and has kept to supervised contact. "
                 "Rukhsana has never used physical punishment and acted to protect the children. Tariq and "
                 "Nasima are supportive and clear that hitting is wrong."],
                ["Risk rating", "Medium (high at the ICPC)."],
            ],
        }),
        ("h1", "Part 5 – What the children say"),
        ("p", "Ayaan (seen alone at school, 20/06/2025): \"I like seeing Dad at Uncle Tariq's because he can't "
              "get angry there. I don't want him to come home yet.\" He scored his home 8 out of 10 for feeling "
              "safe and Uncle Tariq's 9. He wants to go to cricket club on Fridays."),
        ("p", "Safa (seen alone at school, 20/06/2025) said home is \"calmer\" and that she misses her dad at "
              "bedtime. She drew her family with Dad standing a little apart and said \"that's because he "
              "lives at Uncle Tariq's now\"."),
        ("p", "Zain (seen at nursery and at home) is a busy, chatty three-year-old. Nursery say he plays "
              "happily, but for the first weeks after Imran left he hit other children when he was cross, "
              "which has now stopped."),
        ("h1", "Part 6 – Parents' views"),
        ("p", "Rukhsana agrees with the plan and wants help with bedtimes and with Ayaan's temper. Imran said "
              "he is ashamed of what he did, that he wants to come home by the end of the year, and that he "
              "will go to every session of the programme."),
        ("h1", "Part 7 – The ICPC plan and where it is now"),
        ("table", {
            "header": ["No.", "ICPC action", "Status", "What happened", "Where it is now"],
            "widths": [1.0, 4.6, 2.6, 4.8, 4.0],
            "rows": [
                ["1", "SW visits every 2 weeks", "Carried forward", "7 visits, 3 unannounced", "A1"],
                ["2", "Imran to start a parenting programme", "Not started", "First place offered from 16/07",
                 "A2"],
                ["3", "Tariq to supervise Saturday contact", "Carried forward", "9 contacts, no concerns", "A3"],
                ["4", "School to offer Ayaan ELSA sessions", "Partly met", "Started in June; missed in May",
                 "B1"],
                ["5", "Police to complete the investigation", "Completed", "Conditional caution 02/04/2025",
                 "Closed"],
                ["6", "HV to check Zain's development", "Not started", "HV moved post; new HV allocated", "B4"],
                ["7", "Nursery to tell the SW about Zain hitting other children", "Completed",
                 "Reported weekly; has now stopped", "Closed"],
            ],
        }),
        ("h1", "Part 8 – Decisions and reasons"),
        ("table", {
            "header": ["No.", "Decision", "Reason"],
            "widths": [1.0, 7.0, 9.0],
            "rows": [
                ["D1", "The children remain subject to child protection plans (physical abuse).",
                 "Imran has not yet started the programme and has not yet shown he can discipline the children "
                 "without hitting."],
                ["D2", "Imran does not return home before the second review conference.",
                 "The children's own views, and the need for the programme report first."],
                ["D3", "Nasima's Wednesday collections are added to the plan.",
                 "Rukhsana's late shift is the time she has found hardest on her own."],
            ],
        }),
        ("h1", "Part 9 – The plan"),
        ("table", {
            "header": ["Outcome for the children", "Ref", "Action", "Lead", "Target date / how often",
                       "Evidence", "Status"],
            "widths": [2.7, 1.1, 3.8, 2.6, 2.4, 3.0, 1.4],
            "rows": [
                ["Ayaan, Safa and Zain are not hit, and are disciplined calmly by both parents", "A1",
                 "Visit the children at home; see Ayaan and Safa on their own and Zain at play, and ask each "
                 "what happens when someone is cross",
                 "Chloe Pemberton (SW)", "Every 2 weeks; one visit in three unannounced",
                 "Visit records with each child's own words, summarised for each core group", "CF"],
                [V, "A2", "Complete the Trowlesdon Calm Dads programme (12 sessions), including the sessions on "
                          "physical punishment and its effect on children",
                 "Imran Chaudhry; facilitator Jon Aldridge reports to the SW",
                 "Every Wednesday evening, 16/07/2025 to 01/10/2025",
                 "Attendance sent to the SW monthly; mid-point report to the core group by 27/08/2025 and final "
                 "report to the review conference", "CF"],
                [V, "A3", "Supervise Imran's time with the children at Cedar Court; he is not alone with any of "
                          "them and no physical discipline is used",
                 "Tariq Chaudhry (paternal uncle)", "Every Saturday, 11am–3pm",
                 "Contact record signed by Tariq after each contact; the SW asks Ayaan how contact went at "
                 "each visit", "CF"],
                [V, "A4", "Use the calm-discipline plan agreed with the family support worker (reward chart, "
                          "time-in, no smacking) and keep the weekly chart",
                 "Rukhsana Chaudhry", "Daily; chart checked by the FSW each week",
                 "Reward chart and FSW notes; Ayaan and Safa tell the SW what happens when they misbehave",
                 "New"],
                ["Ayaan feels safe to talk about home and his worries, and Safa and Zain are settled at school "
                 "and nursery", "B1", "ELSA sessions for Ayaan on anger and worries",
                 "Mrs Gill Thorpe, ELSA, Trowlesdon Park Primary", "Every Thursday in term time",
                 "ELSA notes; Ayaan's feelings-scale scores sent to the SW monthly", "CF"],
                [V, "B2", "Family support sessions with Rukhsana at home on bedtime routines and on handling "
                          "Ayaan's temper",
                 "Marek Nowak, FSW, Trowlesdon Family Hub", "Weekly for 10 weeks from 07/07/2025",
                 "Session notes; end-of-work report to the core group by 22/09/2025", "New"],
                [V, "B3", "Collect Safa and Zain from school and nursery and give them their tea while "
                          "Rukhsana works her late shift",
                 "Nasima Chaudhry (paternal aunt)", "Every Wednesday, 3.15pm–7pm",
                 "School and nursery collection logs; Safa asked at SW visits", "New"],
                [V, "B4", "Developmental review for Zain, including his speech and his behaviour at nursery",
                 "Tina Ruddock (HV)", "By 15/08/2025",
                 "ASQ scores and the review letter sent to the SW and nursery", "CF"],
                ["The children know who to tell if anyone hurts them", "C1",
                 "Help Ayaan and Safa make a safety card naming three safe adults, and explain to them in "
                 "words and pictures why Dad lives at Uncle Tariq's",
                 "Chloe Pemberton (SW), with Rukhsana", "By 31/07/2025",
                 "Each child's card kept in their school bag; copy on file; both can name their safe adults at "
                 "the next visit", "New"],
                [V, "C2", "Check police systems for any call-out or report involving Imran or the family address",
                 "PC Dean Yardley, Trowlesdon Police Safeguarding Unit", "Before each core group",
                 "Written police update in each core group pack", "CF"],
            ],
        }),
        ("h1", "Part 10 – Contingency"),
        ("p", "If any child has a mark or says they have been hit, or Imran is found at 12 Mulberry Street or "
              "alone with any of the children, whoever learns of it tells the SW (or the emergency duty team) "
              "at once. The SW will hold a strategy discussion the same day and Imran's contact stops until "
              "it has been held."),
        ("p", "If Tariq is away or cannot supervise on a Saturday, that contact does not take place and is not "
              "handed to anyone else; the SW will book supervised contact at Trowlesdon Family Centre within 7 "
              "days. If Nasima cannot collect on a Wednesday, Rukhsana will finish at 3pm (agreed with her "
              "manager), and if she cannot, Safa goes to the school's after-school club and Zain stays at "
              "nursery until 6pm."),
        ("p", "If any child is hit again, or Imran has not started the programme by 30/07/2025, the SW will "
              "request a legal planning meeting within 5 working days."),
        ("h1", "Part 11 – Core group and review"),
        ("kv", [
            ("Core group", "Every 4 weeks, 3.45pm, Trowlesdon Park Primary: 24/07/2025, 21/08/2025, "
                           "18/09/2025, 16/10/2025 and 13/11/2025"),
            ("Second review conference", "08/01/2026, 10am, Trowlesdon Council House"),
        ]),
        ("h1", "Part 12 – Agreement"),
        ("p", "Read to Rukhsana and Imran at conference and sent to them, to Tariq and Nasima, and to all "
              "agencies on 04/07/2025."),
    ],
    "findings": [],
})
