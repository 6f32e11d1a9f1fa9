"""Batch 143, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as they look when they are UPDATED rather than first written.
A review conference record that opens with the decision, attendance and
views, gives the IRO's summary of progress per outcome with scaling scores
then and now, and restates the plan in a new template with a merged outcome
column and a separate table of closed actions; core group 3 mid-way between
conferences with Status and "Update 03/03" columns; a review conference that
escalates to a legal planning meeting because two areas have not moved,
with the revised plan as one table per outcome; a transfer-in conference
restating another authority's plan with owners that changed ("was ... now
...") and dates that moved; the plan after the first core group, with the
outline plan's words struck out and the agreed words after them; a review
conference plan in a Markdown table with RAG ratings, closed rows and a
change log; and a case-system print of a second review with original and
current target dates, closed actions kept apart and a change log.

Five plans are exemplary (no findings): Dunnerholt (docx), Dewlingham (pdf),
Drummersby (pdf), Dimblehurst (md) and Deverholme (txt). Two carry a
realistic mix of faults among mostly good rows: Dormston (docx, core group 3
status update) and Dreycastle (md, review table with RAG and change log).

Counting convention used for "actions" (convention 1; README "Files"): every
live row of an action table and every top-level bullet or action block of
an action section counts, once, whatever its progress says; rows for work
that goes on and is marked "Achieved" or "On track" still count. A one-off
action marked done, completed or closed, and an action closed as "no longer
needed", is not live and is not counted, whether it is kept in the live
table or in a separate closed-actions table or section. Contingency
paragraphs, meeting dates, legal planning sections, change logs and
narrative accounts of progress are not actions. Who / When / How we'll know
sub-bullets belong to the action bullet above them.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference record for a 7-month-old: decision, attendance,
#    views, the IRO's summary per outcome with scaling then and now, then the
#    revised plan restated in a landscape table with the outcome merged down
#    and a "Change at review" column, and a separate closed-actions table.
#    Mother with postnatal depression, father's cannabis use, grandmother and
#    aunt helping. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_dunnerholt_rcpc_record_decision_revised_plan_merged_outcomes_okafor.docx",
    "doc_title": "Review Child Protection Conference Record and Revised Plan - Tobi Okafor",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 4,
    "template": "rcpc-record-docx-landscape-decision-first-attendance-views-iro-summary-per-outcome-scaling-then-now-then-revised-plan-outcome-merged-down-lead-by-when-how-well-know-change-at-review-rag-then-separate-closed-actions-table-contingency-meetings",
    "description": (
        "Exemplary record of the first review conference for a 7-month-old whose mother has "
        "postnatal depression and whose father smoked cannabis in the flat. The record opens with "
        "the decision and attendance, then the baby's day and the parents' views, then the IRO's "
        "summary of progress against each outcome with a scaling score then and now; the plan is "
        "restated in a landscape table with the outcome merged down, a 'Change at review' column "
        "(continues, revised from weekly to fortnightly, carried forward with a new date, new) and "
        "a RAG rating in words, and three finished one-off actions sit in a separate closed table "
        "(not counted). The perinatal team and the drug service report on change, the GP owns an "
        "action, the grandmother's and aunt's help has a fallback, legal planning follows named "
        "triggers, core group and second review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Revised Plan"),
        ("p", "Dunnerholt City Council · Children's Services · Conference and Review Service"),
        ("kv", [
            ("Child", "Tobi Okafor, born 02/07/2025 (7 months)"),
            ("Address", "Flat 3, 41 Marlpit Road, Dunnerholt DH4 2QS"),
            ("Mother", "Chidinma Okafor (29)"),
            ("Father", "Emmanuel Boateng (33), lives at the flat"),
            ("Maternal grandmother", "Patience Okafor, 18 Weir Street, Dunnerholt (two stops on the 12 bus)"),
            ("Paternal aunt", "Abena Boateng, 6 Lantern Court, Dunnerholt"),
            ("Category", "Neglect"),
            ("Initial conference", "04/11/2025"),
            ("This conference", "First review child protection conference, Tuesday 10/02/2026. Chair: "
                                "Rosalind Achterberg (IRO)"),
            ("Social worker", "Lydia Carrick, Family Safeguarding Team East (team manager: Owen Brassington)"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Tobi will remain subject to a child protection plan under the category of neglect. Every agency "
              "and both parents agreed. In the chair's view Tobi's feeding and sleep have improved a great deal, "
              "but Chidinma's mood dipped twice in December and January and Emmanuel's progress is three months "
              "old, so the plan needs to continue until the changes have lasted."),
        ("h1", "2. Attendance"),
        ("p", "Present: Chidinma Okafor (Mum); Emmanuel Boateng (Dad); Patience Okafor (maternal grandmother); "
              "Lydia Carrick (SW); Shona Petrie (health visitor); Kerry-Ann Folau (nursery nurse, Dunnerholt "
              "Perinatal Mental Health Service); Marcus Oyelaran (recovery worker, Ridgeway Drug and Alcohol "
              "Service); Owen Brassington (team manager)."),
        ("p", "Reports received: Dr Miriam Hollis (consultant perinatal psychiatrist); Dr Nikhil Varma (GP, Marlpit "
              "Road Surgery). Apologies: Abena Boateng (at work)."),
        ("h1", "3. Views"),
        ("boldp", "Tobi's day – what professionals have seen"),
        ("p", "At the initial conference Tobi spent long spells in his bouncer facing the television, cried with a "
              "thin cry that nobody answered for several minutes, and his weight had fallen from the 50th to just "
              "above the 2nd centile. His cot was full of washing and he was found asleep on the sofa twice."),
        ("p", "Now he sits up on his own, babbles and reaches for his mum when a visitor comes in. On 03/02/2026 he "
              "crawled to Chidinma, and she picked him up and sang to him straight away. He finishes his bottles, "
              "eats mashed food at lunchtime and has been seen asleep in a clear cot at every visit since "
              "December. He still goes quiet and watchful on days when Chidinma is low, and brightens when "
              "Patience arrives."),
        ("boldp", "Chidinma and Emmanuel"),
        ("p", "Chidinma said: “I couldn't feel anything for him in the autumn. Now I know when he's tired before he "
              "cries. The bad days still come but I ring my mum now.” Emmanuel said: “I haven't smoked since "
              "November. I didn't see that the smoke was on Tobi's clothes and in his room. I want him to be off "
              "the plan by the summer.”"),
        ("h1", "4. The chair's summary of progress against each outcome"),
        ("p", "The scores are the core group's, agreed at this conference, where 0 means Tobi is not safe and 10 "
              "means the plan could end."),
        ("boldp", "Outcome 1 – Tobi is fed on time, gains weight steadily and stays on or above the 25th centile."),
        ("p", "Scaling: 2/10 at the initial conference → 7/10 now. Tobi's weight has climbed back to the 25th "
              "centile and has held there for eight weeks. The feed chart had gaps on three days in January."),
        ("boldp", "Outcome 2 – Tobi has parents who notice when he is hungry, tired or upset, and who pick him up "
                  "and comfort him quickly."),
        ("p", "Scaling: 3/10 → 5/10. Chidinma is more responsive on most visits, but her mood dipped twice and on "
              "those days Tobi was left to cry. Dr Hollis's capacity-to-change report is late because the January "
              "clinic was cancelled; a new date is set below."),
        ("boldp", "Outcome 3 – Tobi sleeps safely on his back in his own cot, in a flat free of cannabis smoke."),
        ("p", "Scaling: 3/10 → 8/10. Three of three monthly screens negative; no cannabis smelt at any visit since "
              "11/11/2025; cot clear at every visit since 02/12/2025."),
        ("boldp", "Outcome 4 – Tobi always has a well, sober adult with him, including on the days his mum is low."),
        ("p", "Scaling: 4/10 → 6/10. Patience has come every Monday and now also on Thursdays; Abena has offered "
              "Saturdays. There is no written plan yet for who steps in if they cannot."),
        ("h1", "5. The revised plan"),
        ("p", "This replaces the outline plan agreed on 04/11/2025. The outcome is merged down over the actions "
              "that serve it. 'Change at review' says what happened to each action at this conference. RAG is for "
              "the work since the initial conference: Green – on track; Amber – partly, or late with a new date; "
              "Red – not happening."),
        ("table", {
            "header": ["Outcome for Tobi", "Action", "Lead", "By when", "How we will know", "Change at review",
                       "RAG"],
            "widths": [4.0, 6.0, 3.7, 3.3, 4.6, 2.6, 1.5],
            "rows": [
                ["1. Tobi is fed on time and keeps growing on or above the 25th centile",
                 "Weigh Tobi at home, look at his feed chart and talk through his weaning with whoever is "
                 "feeding him",
                 "Shona Petrie, health visitor (HV)",
                 "Every other Wednesday until the second review conference",
                 "Weight plotted in the red book and emailed to the SW the same day; weight stays on or above "
                 "the 25th centile",
                 "Revised: was weekly, now fortnightly as weight steady since December",
                 "Green – on track"],
                [V,
                 "Write every feed and every meal on Tobi's chart on the kitchen wall",
                 "Chidinma Okafor and Emmanuel Boateng (parents)",
                 "Every feed, daily, from 04/11/2025",
                 "SW and HV read the chart at each visit; no daytime gap longer than four hours",
                 "Continues",
                 "Amber – gaps on three days in January"],
                ["2. Tobi's parents notice what he needs and comfort him quickly",
                 "See Chidinma in clinic, review her medication, and write a report on whether she is making "
                 "the changes Tobi needs, what still has to change and how long that is likely to take",
                 "Dr Miriam Hollis, consultant perinatal psychiatrist, Dunnerholt Perinatal Mental Health "
                 "Service",
                 "Clinic every four weeks; report by 17/03/2026 (first set for 20/01/2026)",
                 "Written capacity-to-change report sent to the SW and every core group member by 17/03/2026",
                 "Carried forward with a new date (January clinic cancelled)",
                 "Amber – report late"],
                [V,
                 "Six sessions of video interaction guidance with Chidinma and Tobi, with a view after each "
                 "block on whether Chidinma's responses to Tobi are changing and how quickly",
                 "Kerry-Ann Folau, nursery nurse, Dunnerholt Perinatal Mental Health Service",
                 "Fortnightly on Thursdays from 19/02/2026; all six by 07/05/2026",
                 "Session scores and Kerry-Ann's written view sent to the SW after session 3 and session 6",
                 "New at this conference",
                 "New – not yet rated"],
                [V,
                 "Visit Tobi at home, one visit in three unannounced, and watch how each parent answers him "
                 "when he cries",
                 "Lydia Carrick, social worker (SW)",
                 "Weekly until the second review conference",
                 "Visit records say where Tobi was, who went to him when he cried and how quickly, and what "
                 "the feed chart showed",
                 "Continues",
                 "Green – 14 of 14 visits"],
                [V,
                 "Tell the SW if Chidinma misses a medication review or does not collect a repeat "
                 "prescription, so the core group knows at once if her care of Tobi may be affected",
                 "Dr Nikhil Varma, GP, Marlpit Road Surgery",
                 "Within two working days of any missed review; a summary letter before each core group",
                 "GP email or letter on Tobi's file each time; the letter received before every core group",
                 "Continues",
                 "Green – letters for all three core groups"],
                ["3. Tobi sleeps safely in a flat free of cannabis smoke",
                 "Do not smoke cannabis in the flat or while caring for Tobi, and give a urine screen at "
                 "Ridgeway every month",
                 "Emmanuel Boateng (Dad)",
                 "Every day from 04/11/2025; a screen in the first week of each month",
                 "Every monthly screen negative; no smell of cannabis written on any SW or HV visit record",
                 "Continues",
                 "Green – three of three negative"],
                [V,
                 "Key-work with Emmanuel and a written report on whether he has stopped using cannabis and "
                 "what still needs to change for Tobi",
                 "Marcus Oyelaran, recovery worker, Ridgeway Drug and Alcohol Service",
                 "Every other Monday; report two working days before each core group",
                 "Written report and screen results on the SW's file before every core group",
                 "Continues",
                 "Green – reports for all three core groups"],
                [V,
                 "Look at where Tobi sleeps at each home visit and go through safe sleep with whoever puts him "
                 "down",
                 "Shona Petrie, HV",
                 "At every fortnightly home visit",
                 "HV record notes the cot clear and Tobi put down on his back, copied to the SW",
                 "Continues",
                 "Green"],
                ["4. Tobi always has a well, sober adult with him",
                 "Be at the flat from 8am to 1pm on Mondays and Thursdays, and be the adult Chidinma rings if "
                 "she feels too low to care for Tobi",
                 "Patience Okafor (maternal grandmother)",
                 "Every Monday and Thursday; the same day whenever Chidinma rings",
                 "Patience signs the visit book, which the SW reads at each visit, and texts the SW the same "
                 "day after any call from Chidinma",
                 "Revised: Thursdays added",
                 "Green"],
                [V,
                 "Have Tobi at 6 Lantern Court from 10am to 4pm so that Chidinma and Emmanuel can rest",
                 "Abena Boateng (paternal aunt)",
                 "Every Saturday from 14/02/2026",
                 "Abena texts the SW when Tobi arrives and when he goes home; the SW checks the texts at the "
                 "Monday visit",
                 "New at this conference",
                 "New – not yet rated"],
                [V,
                 "Hold a family network meeting with Chidinma, Emmanuel, Patience and Abena to agree who steps "
                 "in if Patience or Abena cannot help",
                 "Lydia Carrick, SW",
                 "By 10/03/2026",
                 "Written family network plan sent to every core group member before the core group on "
                 "17/03/2026",
                 "New at this conference",
                 "New – not yet rated"],
            ],
        }),
        ("h2", "Actions closed at this conference (kept for the record; not part of the live plan)"),
        ("table", {
            "header": ["Action from the initial plan", "Who", "Closed", "Evidence"],
            "widths": [7.5, 6.0, 4.6, 7.6],
            "rows": [
                ["Fit a stair gate and a smoke alarm at Flat 3",
                 "Lydia Carrick, SW, with Dunnerholt Home Safety",
                 "Completed 18/11/2025",
                 "Both seen fitted at the visit on 18/11/2025"],
                ["Refer Chidinma to the Perinatal Mental Health Service",
                 "Dr Nikhil Varma, GP",
                 "Completed 11/11/2025",
                 "Acceptance letter on Tobi's file"],
                ["Help the family apply for Healthy Start vitamins and food vouchers",
                 "Shona Petrie, HV",
                 "Completed 02/12/2025",
                 "Healthy Start card seen by the SW on 09/12/2025"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Chidinma tells anyone she has thoughts of harming herself or Tobi, or is too low to get up and "
              "feed him, or Tobi loses weight at two weighs in a row, Lydia (or the duty social worker) will hold "
              "a strategy discussion the same day, Tobi will go to Patience's home at 18 Weir Street until it has "
              "taken place, and the perinatal team will be asked to see Chidinma the same day."),
        ("p", "If Emmanuel has a positive screen, or cannabis is smelt at a visit, he will stay at Abena's flat from "
              "that day and will see Tobi only with Patience or Abena present until the next core group."),
        ("p", "If Patience or Abena cannot help (illness, being away, or the arrangement breaking down), Lydia "
              "will arrange a daily visit from a Dunnerholt Family Support worker from the next morning; if no "
              "well, sober adult can be with Tobi, Lydia will arrange the same day for Tobi and Chidinma to go to "
              "a parent and child foster placement, or for Tobi to go to an emergency foster carer."),
        ("p", "If Tobi falls below the 9th centile, Emmanuel has two positive screens, or Dr Hollis's report says "
              "Chidinma cannot make the changes within Tobi's timescale, Lydia will ask Owen Brassington for a "
              "legal planning meeting within five working days to decide whether to start the Public Law "
              "Outline."),
        ("h1", "7. Core group and next review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Marlpit Family Hub: 17/03/2026, 14/04/2026 and "
            "12/05/2026.",
            "Second review child protection conference: Tuesday 09/06/2026, 10am, Dunnerholt Civic Centre.",
            "Before each core group Lydia will write down what she has seen of Tobi's day and bring it to the "
            "meeting.",
        ]),
        ("p", "Record written by Rosalind Achterberg, IRO, and sent to everyone invited on 13/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 3, mid-way between the initial and review conferences, for a
#    14-year-old and an 8-year-old; mother's drinking and depression,
#    grandmother helping. Landscape Word table with Status and "Update 03/03"
#    columns; one one-off row closed. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_dormston_core_group3_status_update_columns_fenby.docx",
    "doc_title": "Core Group 3 - Plan Update - Kacey and Reece Fenby",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "core-group-3-update-docx-landscape-details-present-where-things-are-childrens-views-outcomes-then-table-no-action-lead-timescale-evidence-status-achieved-partly-not-started-update-column-closed-row-kept-new-row-contingency-next-meetings",
    "description": (
        "Plan updated at the third core group, mid-way to the review conference, for a 14-year-old "
        "and an 8-year-old whose mother drinks and has depression. A landscape Word table with "
        "Lead, Timescale, Evidence, Status (achieved / partly / not started / closed) and "
        "'Update 03/03' columns; the closed young carers referral is not counted. Most rows are "
        "sound (visits, the mother's breath tests, the alcohol service's report, both schools, the "
        "grandmother's school runs, a new counselling row). Faults: the CPN only 'continues to "
        "support' the mother, measured by visit dates; the GP letter carried forward has no date "
        "at all; the grandmother's weekend nights are measured by 'Reviewed at core group'; "
        "'Family' keeps Kacey from minding Reece; debt help is 'Ongoing'; one outcome is about the "
        "mother only; the contingency sends the children to the grandmother with no fallback; the "
        "review conference date is to be confirmed."
    ),
    "blocks": [
        ("title", "Core Group 3 – Plan Update"),
        ("p", "Dormston Metropolitan Borough Council · Children's Social Care · Safeguarding Team 2"),
        ("kv", [
            ("Children", "Kacey Fenby (14), DOB 19/10/2011, Year 9 at Dormston Academy; Reece Fenby (8), DOB "
                         "02/06/2017, Year 4 at Hollins Lane Primary"),
            ("Address", "27 Canal Side, Dormston DM6 4RT"),
            ("Mother", "Leanne Fenby (38)"),
            ("Maternal grandmother", "June Fenby, 4 Rowan Close, Dormston"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "09/12/2025. Chair: Malcolm Iredale (IRO)"),
            ("This meeting", "Core group 3, Tuesday 03/03/2026, 4pm, Hollins Lane Primary"),
            ("Chair / social worker", "Tom Greatorex, SW (team manager: Gill Hartley)"),
            ("Present", "Leanne Fenby; June Fenby; Tom Greatorex (SW); Dean Mistry (Dormston Alcohol Service); "
                        "Yvonne Adair (CPN, Dormston Community Mental Health Team); Mrs Farah Qureshi (DSL, "
                        "Dormston Academy); Mr Jon Ashby (DSL, Hollins Lane Primary); Sam Pryce (family support "
                        "worker)"),
            ("Apologies", "Dr Paul Whitworth (GP, Canal Side Surgery)"),
        ]),
        ("h1", "Where things are"),
        ("p", "At the initial conference Leanne was drinking most days from late morning and had been in bed with "
              "depression for much of the autumn. Kacey, 14, was getting Reece up and to school, making the tea "
              "and putting her mum to bed, and her own attendance had fallen to 71%. Twice in November Reece was "
              "found waiting at the school gate at 5pm."),
        ("p", "Since then Leanne has been to nine of eleven key-work sessions and has had one positive breath "
              "test, on 14/02/2026, after a row with her ex-partner. June has taken Reece to school three days a "
              "week and has stayed most weekends, though she missed two in February when she had a chest "
              "infection. Kacey's attendance this half term is 86%. The GP letter asked for at the first core "
              "group has still not come."),
        ("h1", "What Kacey and Reece say"),
        ("p", "Kacey (seen on her own at school, 26/02/2026): “It's better than before Christmas. Nan doing "
              "Reece's school run means I get to registration. I still check Mum's asleep before I go to bed. I "
              "want to go back to netball on Thursdays.” She put home at 5 out of 10, up from 2 in December."),
        ("p", "Reece (seen on his own at home, 24/02/2026) said the best day is Tuesday “because Nan does fish "
              "fingers”. He drew his mum on the sofa and Kacey cooking. He said he gets scared “when Mum is "
              "wobbly”."),
        ("h1", "Outcomes agreed at conference"),
        ("bullets", [
            "Kacey and Reece are looked after every evening by a sober adult who makes their tea and knows where "
            "they are.",
            "Reece gets to school on time every day, clean and having had breakfast.",
            "Kacey no longer misses school to look after Reece or her mum, and has time for her friends and "
            "netball.",
            "Leanne is drinking less and feels more able to cope.",
        ]),
        ("h1", "The plan and progress"),
        ("p", "Status is as agreed at this meeting. Row 11 is finished and closed; row 13 was added today."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "Evidence", "Status", "Update 03/03"],
            "widths": [1.0, 6.0, 3.7, 3.4, 4.8, 2.4, 4.4],
            "rows": [
                ["1",
                 "Visit Kacey and Reece at home and see each of them on their own",
                 "Tom Greatorex, SW",
                 "Weekly until the review conference",
                 "Visit records show both children seen alone every week, with their own words written down",
                 "Achieved",
                 "12 of 12 weekly visits; two unannounced"],
                ["2",
                 "Drink no alcohol while caring for Kacey and Reece, and go to key-work with a breath test at "
                 "Dormston Alcohol Service",
                 "Leanne Fenby (Mum)",
                 "Every Wednesday from 17/12/2025",
                 "Breath test results sent to the SW by the key worker; every test negative by the review",
                 "Partly",
                 "9 of 11 sessions; one positive test on 14/02/2026"],
                ["3",
                 "Key-work and breath tests with Leanne, and a written report on whether her drinking has "
                 "changed in ways Kacey and Reece would notice",
                 "Dean Mistry, recovery worker, Dormston Alcohol Service",
                 "Report two working days before each core group",
                 "Written report and test results on the children's file before every core group",
                 "Achieved",
                 "Reports for all three core groups"],
                ["4",
                 "Continue to support Leanne with her low mood through fortnightly CPN visits",
                 "Yvonne Adair, CPN, Dormston Community Mental Health Team",
                 "Fortnightly",
                 "Visit dates and any missed visits emailed to the SW before each core group",
                 "Achieved",
                 "Leanne seen at five of six visits"],
                ["5",
                 "Send the SW a summary of Leanne's medication and alcohol-related health history",
                 "Dr Paul Whitworth, GP, Canal Side Surgery",
                 "-",
                 "GP letter on the children's file",
                 "Not started",
                 "Carried forward from core groups 1 and 2; no new date set"],
                ["6",
                 "Take Reece to school and give him breakfast at Rowan Close first",
                 "June Fenby (maternal grandmother)",
                 "Every Monday, Tuesday and Wednesday from 15/12/2025",
                 "School register shows Reece in on time on June's days; June texts the SW each Wednesday",
                 "Achieved",
                 "Every one of June's mornings kept"],
                ["7",
                 "Stay at Canal Side on Friday and Saturday nights so there is a sober adult in the house",
                 "June Fenby (maternal grandmother)",
                 "Every Friday and Saturday night",
                 "Reviewed at core group",
                 "Partly",
                 "Two weekends missed in February (June unwell)"],
                ["8",
                 "Check Kacey's attendance every day and give her a weekly check-in with her head of year",
                 "Mrs Farah Qureshi, DSL, Dormston Academy",
                 "Every school day; check-in every Monday",
                 "Attendance emailed to the SW each Friday, rising to 90% or more by the review; check-ins "
                 "logged on CPOMS",
                 "Partly",
                 "86% this half term, up from 71%"],
                ["9",
                 "Check Reece's attendance and whether he has had breakfast each morning, and phone the SW the "
                 "same day if he is late, hungry or not collected",
                 "Mr Jon Ashby, DSL, Hollins Lane Primary",
                 "Every school day",
                 "Attendance emailed to the SW each Friday; same-day calls logged on CPOMS",
                 "Achieved",
                 "97% this half term; no same-day calls since January"],
                ["10",
                 "Make sure Kacey is not left to look after Reece in the evenings",
                 "Family",
                 "Every evening from 6pm",
                 "Kacey tells the SW at each visit who was at home each evening, and the SW writes it on the "
                 "visit record",
                 "Partly",
                 "Kacey minded Reece on two evenings in February"],
                ["11",
                 "Refer Kacey to Dormston Young Carers",
                 "Tom Greatorex, SW",
                 "By 23/12/2025",
                 "Acceptance letter on file",
                 "Closed",
                 "Completed 08/01/2026; Kacey goes to the Thursday group"],
                ["12",
                 "Help Leanne sort out her rent arrears and council tax debt",
                 "Sam Pryce, family support worker",
                 "Ongoing",
                 "Repayment plan letter from Dormston Homes on file",
                 "Partly",
                 "Ongoing"],
                ["13",
                 "NEW (core group 3): six sessions with Kacey about her worries for her mum and for herself",
                 "Ms Bethan Lloyd, school counsellor, Dormston Academy",
                 "Weekly from 10/03/2026; all six by 21/04/2026",
                 "Kacey's own worry score at sessions 1 and 6, agreed with Ms Lloyd, sent to the SW",
                 "Not started",
                 "New today"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Leanne drinks while she is caring for Kacey and Reece (a positive breath test, or the children or "
              "either school tell us), Kacey and Reece will go to June's house at 4 Rowan Close that evening and "
              "Tom will hold a strategy discussion the same day."),
        ("p", "If Leanne has two more positive breath tests before the review conference, Tom will ask Gill "
              "Hartley for a legal planning meeting within five working days."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group every four weeks; next on Tuesday 31/03/2026 at 4pm, Hollins Lane Primary.",
            "Review child protection conference: date to be confirmed by the conference team (the booking for "
            "10/03/2026 was cancelled).",
        ]),
        ("p", "Update typed by Tom Greatorex on 04/03/2026 and sent to everyone at the meeting and to Dr Whitworth."),
    ],
    "findings": [
        F("F002", "Leanne is drinking less and feels more able to cope."),
        F("H001", "Continue to support Leanne with her low mood"),
        F("T001", "Send the SW a summary of Leanne's medication"),
        F("M002", "Stay at Canal Side on Friday and Saturday nights"),
        F("W002", "Make sure Kacey is not left to look after Reece"),
        F("T002", "Help Leanne sort out her rent arrears and council tax debt"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference that escalates: progress not enough in two areas, a
#    legal planning meeting booked. The chair's summary per outcome with
#    scaling then and now, then one table per outcome with a "Since the
#    ICPC" column. Neglect, father's cocaine use, grandfather's Friday
#    nights. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_dewlingham_rcpc_escalation_outcome_tables_since_icpc_marsden.pdf",
    "doc_title": "Review Child Protection Plan - Ellie-Mae and Jacob Marsden",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-plan-paged-landscape-page-header-footer-decision-escalation-to-legal-planning-chairs-summary-per-outcome-scaling-then-now-views-then-one-table-per-outcome-ref-what-will-happen-who-by-when-how-well-know-since-icpc-column-legal-planning-section-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 6-year-old and a 3-year-old, neglect and the "
        "father's cocaine use, where progress was not enough on home conditions and the younger "
        "child's health: the record says so and books a legal planning meeting. A Word plan "
        "printed to PDF with a page header and footer; the chair's summary per outcome with a "
        "scaling score then and now; the revised plan as one table per outcome with a 'Since the "
        "ICPC' column (revised from weekly to twice weekly, carried forward with a new date, new). "
        "Every row has a lead, a time and something that will be seen; the drug service reports on "
        "change; the grandfather's Friday nights have a fallback; named triggers lead back to legal "
        "planning; core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Dewlingham Borough Council – Review Child Protection Plan, 24/02/2026",
    "footer": "Marsden children – plan agreed at review conference – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Ellie-Mae Marsden (6), DOB 11/04/2019, Year 2 at Brookfield Primary; Jacob Marsden (3), "
                         "DOB 28/08/2022, Acorn Lane Nursery"),
            ("Address", "14 Tannery Walk, Dewlingham DW3 8PE"),
            ("Parents", "Gemma Marsden (27) and Lewis Crane (30), living together"),
            ("Maternal grandfather", "Keith Marsden, 22 Fernside Road, Dewlingham"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "03/12/2025"),
            ("This conference", "First review, 24/02/2026. Chair: Yvette Lamarr (IRO)"),
            ("Social worker", "Amir Haddad (team manager: Helen Fairclough)"),
        ]),
        ("h1", "Decision"),
        ("p", "Ellie-Mae and Jacob remain subject to child protection plans under the category of neglect. "
              "Progress is good on Ellie-Mae's schooling and partly good on Lewis's drug use, but it is not "
              "enough in two areas: the home is still often without clean bedding or food, and Jacob has missed "
              "two more health appointments. A legal planning meeting is booked for Thursday 05/03/2026 at 2pm "
              "with Dewlingham Legal Services. The plan below continues while that meeting takes place."),
        ("h1", "The chair's summary of progress"),
        ("p", "Scores are the core group's, agreed at conference: 0 means the children are not safe at home, 10 "
              "means the plan could end."),
        ("table", {
            "header": ["Outcome", "Score at ICPC → now", "What the conference heard"],
            "widths": [8.0, 3.6, 14.1],
            "rows": [
                ["A. Ellie-Mae and Jacob live in a home that is clean, warm and safe, with their own beds and "
                 "food in the cupboards",
                 "3/10 → 4/10",
                 "Not enough progress. The home conditions checklist scored 1 or 2 for the kitchen and the "
                 "children's bedroom at five of eleven visits. Jacob still has no bed of his own; the grant "
                 "was delayed."],
                ["B. Jacob gets to every health appointment, his eczema is treated and his speech is helped",
                 "2/10 → 3/10",
                 "Not enough progress. Jacob missed his dermatology appointment and his overdue 2½-year review. His "
                 "skin was cracked and bleeding at two nursery sessions in February."],
                ["C. Ellie-Mae and Jacob are cared for by adults who are not using cocaine or drinking",
                 "4/10 → 6/10",
                 "Lewis has been to 10 of 12 key-work sessions; two urine screens were positive in December, "
                 "none since. A hair strand test will show the last three months."],
                ["D. Ellie-Mae goes to school every day, on time, and has an adult she trusts to talk to",
                 "5/10 → 8/10",
                 "Attendance 96% this half term, up from 82%. Ellie-Mae meets Mrs Hale every Wednesday."],
            ],
        }),
        ("h1", "What Ellie-Mae and Jacob have told us"),
        ("p", "Ellie-Mae (seen on her own at school, 17/02/2026): “Daddy doesn't go out at night as much. I don't "
              "like my room because it smells and there's no sheet on Jacob's mattress. Grandad's house is nice "
              "because there's toast.” She put home at 4 out of 10 and said a 10 would be “a clean bed and "
              "Daddy not being grumpy in the morning”."),
        ("p", "Jacob (seen at home and at nursery): at home on 12/02/2026 he was scratching his legs and went to "
              "Ellie-Mae, not his parents, when he fell over. At nursery he eats two breakfasts, uses about 20 "
              "words and likes the sand tray. He runs to Keith at Friday pick-up."),
        ("h1", "What Gemma and Lewis said"),
        ("p", "Gemma said the house gets on top of her and that she forgot Jacob's appointments because the letters "
              "went to the old address. Lewis said he has not used since Christmas and wants the hair strand test "
              "to prove it. Both said they do not want the children to leave home and will “do whatever the plan "
              "says”."),
        ("h1", "The revised plan"),
        ("p", "One table for each outcome. 'Since the ICPC' says whether the action continues, was revised or is "
              "new. Every timescale runs until the second review conference unless the row gives an end date."),
        ("h2", "Outcome A – Ellie-Mae and Jacob have a clean, warm and safe home"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when", "How we will know", "Since the ICPC"],
            "widths": [1.2, 7.4, 4.2, 3.8, 5.6, 3.5],
            "rows": [
                ["A1",
                 "Work with Gemma and Lewis at home on a cleaning, laundry and food shopping routine, scoring "
                 "the home conditions checklist together each time",
                 "Dionne Pratt, family support worker, Dewlingham Family Support Service",
                 "Tuesdays and Fridays from 27/02/2026, for 12 weeks",
                 "Checklist sent to the SW each Friday; a score of 4 or more on every item at each session by "
                 "12/05/2026",
                 "Revised: was weekly"],
                ["A2",
                 "Visit Ellie-Mae and Jacob at home, at least two visits a month unannounced, and look in the "
                 "kitchen, the fridge and the children's bedroom",
                 "Amir Haddad, social worker (SW)",
                 "Weekly",
                 "Visit records give the checklist score, whether the beds were made up and what food was in "
                 "the house",
                 "Continues"],
                ["A3",
                 "Get a bed and bedding for Jacob through the Dewlingham Welfare Grant and keep the children's "
                 "bedroom clear",
                 "Gemma Marsden and Lewis Crane, with the grant form done by Dionne Pratt",
                 "Bed in place by 13/03/2026 (first set for 31/12/2025)",
                 "The SW sees Jacob's bed made up at the first visit after 13/03/2026",
                 "Carried forward with a new date"],
            ],
        }),
        ("h2", "Outcome B – Jacob gets the health care he needs"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when", "How we will know", "Since the ICPC"],
            "widths": [1.2, 7.4, 4.2, 3.8, 5.6, 3.5],
            "rows": [
                ["B1",
                 "Rebook Jacob's dermatology appointment and his 2½-year review, send the letters to Tannery "
                 "Walk, and go with Gemma and Jacob to both",
                 "Ruth Emery, health visitor (HV)",
                 "Both booked by 06/03/2026 and held by 10/04/2026",
                 "Appointment letters copied to the SW; the HV writes the result of each in Jacob's red book "
                 "and emails the SW the same week",
                 "Revised: HV now goes with them"],
                ["B2",
                 "Put Jacob's eczema cream on every morning and bedtime, and take him to every appointment "
                 "booked for him",
                 "Gemma Marsden (Mum)",
                 "Twice a day from 24/02/2026; every booked appointment",
                 "The HV checks Jacob's skin and the cream at each fortnightly visit and records it; the clinic "
                 "letters show him seen",
                 "Continues"],
                ["B3",
                 "Write down Jacob's attendance, his skin, whether he arrives hungry and his new words at each "
                 "session, and phone the SW the same day about any worry",
                 "Priya Naidoo, key worker, Acorn Lane Nursery",
                 "Every session (Monday to Wednesday)",
                 "Weekly summary emailed to the SW on Wednesdays; attendance of 90% or more",
                 "Continues"],
                ["B4",
                 "Assess Jacob's speech and set targets for nursery and for home",
                 "Oliver Bassey, speech and language therapist, Dewlingham Children's Therapy",
                 "Assessment by 31/03/2026",
                 "Assessment report with Jacob's targets sent to the SW, the nursery and Gemma by 07/04/2026",
                 "New at review"],
            ],
        }),
        ("h2", "Outcome C – Ellie-Mae and Jacob are cared for by sober, drug-free adults"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when", "How we will know", "Since the ICPC"],
            "widths": [1.2, 7.4, 4.2, 3.8, 5.6, 3.5],
            "rows": [
                ["C1",
                 "Use no cocaine or alcohol while caring for Ellie-Mae and Jacob, go to key-work and give a "
                 "hair strand sample",
                 "Lewis Crane (Dad)",
                 "Key-work every Thursday; hair strand sample by 20/03/2026",
                 "Key-work attendance and the hair strand result (December to March) sent to the SW by "
                 "03/04/2026",
                 "Revised: hair strand test added"],
                ["C2",
                 "Key-work with Lewis, arrange the hair strand test, and report on whether he has stopped "
                 "using cocaine, what still needs to change for the children and how long that is likely to "
                 "take",
                 "Gary Whelan, recovery worker, Dewlingham Drug and Alcohol Service",
                 "Weekly; a report to the legal planning meeting on 05/03/2026 and two working days before each "
                 "core group",
                 "Written reports on the SW's file before the legal planning meeting and every core group",
                 "Continues"],
                ["C3",
                 "Have Ellie-Mae and Jacob to stay at 22 Fernside Road every Friday night and take them home "
                 "on Saturday at 4pm",
                 "Keith Marsden (maternal grandfather)",
                 "Every Friday night from 27/02/2026",
                 "Keith texts the SW on Saturday afternoons; Ellie-Mae tells the SW about her Friday nights at "
                 "visits",
                 "New at review"],
            ],
        }),
        ("h2", "Outcome D – Ellie-Mae is at school every day and has someone to talk to"),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "By when", "How we will know", "Since the ICPC"],
            "widths": [1.2, 7.4, 4.2, 3.8, 5.6, 3.5],
            "rows": [
                ["D1",
                 "Check Ellie-Mae's attendance, punctuality and presentation each morning, and give her a "
                 "weekly time with her trusted adult, Mrs Hale",
                 "Mrs Sandra Oakes, DSL, Brookfield Primary",
                 "Every school day; sessions with Mrs Hale every Wednesday",
                 "Attendance emailed to the SW each Friday (95% or more); notes of what Ellie-Mae says sent "
                 "before each core group",
                 "Continues"],
                ["D2",
                 "Four sessions of direct work with Ellie-Mae using the three houses, so that her worries and "
                 "wishes reach the core group",
                 "Amir Haddad, SW",
                 "Four sessions by 28/04/2026",
                 "Ellie-Mae's drawings and her own words kept on file and read out at each core group",
                 "New at review"],
            ],
        }),
        ("h1", "Legal planning"),
        ("p", "Because progress on outcomes A and B is not enough, Amir has booked a legal planning meeting for "
              "05/03/2026. Helen Fairclough will chair it and decide whether the threshold for the Public Law "
              "Outline is met. If the meeting decides not to start the PLO now, and the home conditions checklist "
              "still scores below 3 on any item at the core group on 07/04/2026, or Jacob misses another "
              "appointment, Amir will ask for the case to return to the legal planning meeting within five "
              "working days."),
        ("h1", "If things go wrong"),
        ("p", "If the home has no food, no working heat or an unsafe bedroom at a visit, or Lewis is found under "
              "the influence of drugs or alcohol while caring for the children, Amir (or the duty social worker) "
              "will hold a strategy discussion with Dewlingham Police the same day, the children will go to "
              "Keith's home at 22 Fernside Road that night, and Lewis will not return to Tannery Walk until the "
              "strategy discussion agrees it is safe."),
        ("p", "If Keith cannot have the children (he is unwell, away or cannot manage), Amir will place Ellie-Mae "
              "and Jacob together with Dewlingham foster carers the same day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm, Acorn Lane Family Centre: 10/03/2026, 07/04/2026 "
            "and 05/05/2026.",
            "Legal planning meeting: Thursday 05/03/2026, 2pm, Dewlingham Town Hall.",
            "Second review child protection conference: Tuesday 19/05/2026, 10am, Dewlingham Town Hall.",
        ]),
        ("p", "Plan agreed at the review conference on 24/02/2026 and sent to Gemma, Lewis, Keith and everyone "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Transfer-in conference in the receiving authority, restating the plan
#    made by the authority the family left: outcome banner rows across the
#    table, owners that changed ("now ... ; was ..."), dates that moved.
#    Mother and two children who fled domestic abuse; mother's PTSD. Page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_drummersby_transfer_in_restated_plan_owner_was_now_kowalczyk.pdf",
    "doc_title": "Transfer-in Child Protection Plan - Oliwia and Kuba Kowalczyk",
    "split": "tune",
    "actions": 12,
    "template": "transfer-in-conference-plan-paged-page-header-footer-how-the-family-came-decision-views-then-table-with-outcome-banner-rows-ref-action-lead-now-and-was-when-first-set-and-now-how-well-know-contingency-legal-meetings",
    "description": (
        "Exemplary plan from the transfer-in conference for a 10-year-old and a 4-year-old who fled "
        "domestic abuse with their mother; the plan made by the authority they left is restated "
        "under outcome banner rows, each row's lead given as who holds it now and who held it "
        "before, and moved dates shown as first set and now. A Word plan printed to PDF with a page "
        "header and footer. The old authority's records handover has a date and nothing waits for "
        "the transfer; adult mental health gives a view on change and its timescale, the GP and the "
        "IDVA own actions, the contingency has triggers and a refuge, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Drummersby Council – Transfer-in Child Protection Plan",
    "footer": "Kowalczyk – plan agreed 16/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Transfer-in Conference"),
        ("kv", [
            ("Children", "Oliwia Kowalczyk (10), DOB 07/06/2015, Year 6 at Riverside Junior School; Kuba Hale (4), "
                         "DOB 15/10/2021, Little Oaks Nursery"),
            ("Address", "Held by the social worker (refuge move-on tenancy in Drummersby)"),
            ("Mother", "Marta Kowalczyk (31)"),
            ("Kuba's father", "Darren Hale (36), Kettlewick; non-molestation order in force until 18/03/2026"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan first made", "Kettlewick Borough Council, initial conference 14/11/2025"),
            ("Transfer-in conference", "Drummersby Council, 16/02/2026. Chair: Noreen Gallacher (IRO)"),
            ("Social worker", "Priya Patel, Drummersby (from 16/02/2026); before that Gemma Jones, Kettlewick"),
            ("Team manager", "Stuart Ellison"),
        ]),
        ("h1", "How the family came to Drummersby"),
        ("p", "Marta left Darren in December 2025 after he held her against a wall in front of both children. "
              "Kettlewick's plan had been running for six weeks. Kettlewick's social worker found the family a "
              "refuge in Drummersby, where they arrived on 05/01/2026, and they moved to a move-on tenancy on "
              "02/02/2026. Kettlewick kept the plan going until today: Gemma Jones visited the refuge every week "
              "and made a joint visit with Priya Patel on 09/02/2026."),
        ("p", "Marta has post-traumatic stress disorder and anxiety, diagnosed in Kettlewick in 2024, and takes "
              "sertraline. She has nightmares and on bad days finds it hard to leave the flat."),
        ("h1", "Decision"),
        ("p", "Drummersby accepts the transfer. Oliwia and Kuba will be subject to child protection plans under the "
              "category of emotional abuse. The Kettlewick plan is restated below, with Drummersby leads, and with "
              "two actions added."),
        ("h1", "What Oliwia and Kuba have told us"),
        ("p", "Oliwia (seen on her own at the refuge, 09/02/2026): “I like it here because Darren doesn't know "
              "where we are. I still listen for his car. My new school is OK and I've got a friend called Safa.” "
              "She put safe at home at 7 out of 10, up from 2 in November, and said she wants “to stay here with "
              "Mum and Kuba for ever”."),
        ("p", "Kuba (seen at the flat and at nursery): he plays happily with cars, but at rest time he wakes "
              "crying and says “Daddy shouting”. He hid behind Marta when the SW's car door slammed, and let her "
              "cuddle him until he calmed."),
        ("p", "Marta said: “I want the children to stop being frightened. I need help with the nightmares so I "
              "can be there for them.”"),
        ("h1", "The plan"),
        ("p", "'Lead' gives who holds the action now and, where it changed at transfer, who held it in Kettlewick. "
              "'When' gives the Kettlewick date first and the new date after it where it has moved."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "How we will know"],
            "widths": [1.0, 5.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Outcome 1: Oliwia and Kuba live where Darren cannot find or reach them, and feel safe at "
                 "home and at school", H, H, H, H],
                ["1.1",
                 "Put a domestic abuse marker on the family's address and tell the SW of any contact Darren "
                 "makes or tries to make",
                 "PC Sian Roberts, Drummersby Police Domestic Abuse Unit (was Kettlewick Police)",
                 "Marker by 20/02/2026; any contact shared within 24 hours",
                 "Marker confirmed to the SW by email; each report on the children's file within a day"],
                ["1.2",
                 "Give the school and nursery a photo of Darren and a copy of the order, and tell the SW the "
                 "same day if Darren gets in touch",
                 "Marta Kowalczyk (Mum)",
                 "Photo and order handed in by 20/02/2026; same day for any contact",
                 "School and nursery confirm by email that they hold both; every contact logged on file"],
                ["1.3",
                 "Visit Oliwia and Kuba at home and see Oliwia on her own",
                 "Priya Patel, SW (from 16/02/2026; was Gemma Jones, Kettlewick)",
                 "Weekly until the first review conference",
                 "Visit records show both children seen every week and Oliwia seen alone, with her words "
                 "written down"],
                ["1.4",
                 "Send the full Kettlewick file, chronology and police disclosures to Drummersby",
                 "Gemma Jones, SW, Kettlewick Borough Council",
                 "By 27/02/2026",
                 "Priya Patel confirms by email that the file is received; chronology on the Drummersby file"],
                ["1.5",
                 "Confirm the tenancy and fit window locks, a door viewer and a chain under the Sanctuary "
                 "scheme",
                 "Tom Beverley, housing officer, Drummersby Homes",
                 "First set by 31/01/2026 in Kettlewick; now by 13/03/2026",
                 "Tenancy agreement and the Sanctuary sign-off copied to the SW"],
                ["Outcome 2: Oliwia and Kuba get over what they saw and heard, sleep well and can talk about "
                 "their worries", H, H, H, H],
                ["2.1",
                 "Eight sessions with Oliwia about what happened at home and how she feels now",
                 "Halima Yusuf, children's worker, Drummersby Children's Domestic Abuse Service (Kettlewick "
                 "waiting list place moved here)",
                 "Weekly from 02/03/2026; all eight by 27/04/2026",
                 "Oliwia's own score for feeling safe at sessions 1 and 8, agreed with Halima, and her "
                 "attendance sent to the SW"],
                ["2.2",
                 "Write down how Kuba plays and sleeps at rest time and anything he says about his dad, and "
                 "phone the SW the same day about any worry",
                 "Sophie Adeyemi, key worker, Little Oaks Nursery",
                 "Every session (Monday to Thursday) from 23/02/2026",
                 "A note to the SW every Thursday; same-day calls logged"],
                ["2.3",
                 "Check Oliwia's attendance and meet her each Monday morning to ask how home is",
                 "Mr Patrick Ogden, DSL, Riverside Junior School",
                 "Every school day; Mondays from 23/02/2026",
                 "Attendance emailed to the SW each Friday; Monday meetings logged on CPOMS"],
                ["Outcome 3: Oliwia and Kuba are cared for by a mum who is well enough and strong enough to "
                 "keep them safe from Darren", H, H, H, H],
                ["3.1",
                 "Trauma-focused CBT for Marta's PTSD, with a written view on whether she is making the "
                 "changes Oliwia and Kuba need to be safe and how long that is likely to take",
                 "Dr Anika Brandt, clinical psychologist, Drummersby Talking Therapies (adult mental health)",
                 "12 weekly sessions from 03/03/2026; the view two working days before each core group",
                 "Written view on the children's file before every core group"],
                ["3.2",
                 "Register the family, review Marta's sertraline and send the SW a summary of her health "
                 "history as it affects her care of the children",
                 "Dr Faisal Rahman, GP, Calder Row Medical Centre",
                 "Registration by 27/02/2026; summary by 13/03/2026",
                 "GP letter on the children's file by 13/03/2026"],
                ["3.3",
                 "Update Marta's risk assessment (DASH) and go with her to the hearing to extend the "
                 "non-molestation order",
                 "Lorna Beck, IDVA, Drummersby Women's Aid (was Kettlewick IDVA service)",
                 "DASH by 27/02/2026; hearing on 18/03/2026",
                 "Updated DASH and the court's order sent to the SW within two working days of each"],
                ["3.4",
                 "Go to the Freedom Programme so that Marta can spot controlling behaviour and keep the "
                 "children away from it",
                 "Marta Kowalczyk (Mum); place booked by Lorna Beck",
                 "Wednesdays from 04/03/2026 for 12 weeks (first set for January in Kettlewick)",
                 "Attendance register sent to the SW every four weeks"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Darren finds the address, is seen in Drummersby, or contacts Marta or the children, Marta will "
              "ring 999, Priya (or the duty social worker) will hold a strategy discussion with Drummersby Police "
              "the same day, and Lorna Beck will find the family an emergency refuge space that day."),
        ("p", "If Marta lets Darren see the children or goes back to him, Priya will hold a strategy discussion "
              "the same day and ask Stuart Ellison for a legal planning meeting within five working days. If Marta "
              "is too unwell to care for Oliwia and Kuba (she has no family in this country), Priya will place "
              "them together with Drummersby foster carers the same day."),
        ("p", "If Dr Brandt's view is that Marta cannot make the changes the children need within their "
              "timescale, or Oliwia's attendance falls below 90% for a half term, Priya will ask for a legal "
              "planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group within ten working days, on Monday 02/03/2026, then every four weeks on Mondays at 1pm, "
            "Riverside Family Centre: 30/03/2026 and 27/04/2026.",
            "First review child protection conference in Drummersby: Tuesday 19/05/2026, 10am, Drummersby "
            "Civic Offices.",
        ]),
        ("p", "Kettlewick Borough Council closed its plan at the end of this conference. Plan sent to Marta and "
              "every lead named above on 17/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. The plan after the first core group: the outline plan from the initial
#    conference written out in full, the outline's words struck out and the
#    agreed words after them, new actions marked. A 9-year-old with cerebral
#    palsy and epilepsy; father with bipolar disorder; grandfather and aunt
#    helping. Nested bullets with Who / When / How we'll know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_dimblehurst_plan_after_first_core_group_struck_words_hartigan.md",
    "split": "tune",
    "actions": 13,
    "template": "markdown-plan-after-first-core-group-how-this-changed-note-struck-out-outline-words-then-agreed-words-about-rory-how-rory-tells-us-outcomes-then-themed-h3-action-bullets-with-who-when-how-well-know-sub-bullets-new-marks-contingency-meetings",
    "description": (
        "Exemplary plan for a 9-year-old with cerebral palsy and epilepsy, written out in full at the "
        "first core group from the outline agreed at the initial conference; the outline's words "
        "are struck out with the agreed words after them, a visit frequency revised from monthly to "
        "fortnightly, and actions added at the core group are marked. Nested Markdown bullets under "
        "themes, each with Who, When and How we'll know sub-bullets. The child's voice is his "
        "Makaton signs, talking mat and behaviour as his carers see them; the father's care "
        "co-ordinator and psychiatrist both give a view on change and its timescale, the GP owns an "
        "action, the grandfather's and aunt's help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
# Child protection plan — Rory Hartigan

**Dimblehurst Borough Council · Children's Services · Children with Disabilities and Safeguarding**

*Written out in full at the first core group, Monday 02/02/2026, from the outline plan agreed at the initial
child protection conference on 20/01/2026 (chair: Bronwen Askew, IRO). Category: neglect.*

> **How this plan has changed since the conference.** The conference agreed an outline plan. At the first core
> group we filled it in. Where the outline's words have been replaced, they are ~~struck out~~ and the agreed
> words follow them. Actions added at the core group are marked *(new at core group 1)*.

## About Rory

- **Rory Hartigan**, 9 (DOB 23/05/2016), Year 5 at Fernlea School. Rory has cerebral palsy and epilepsy. He uses
  a wheelchair, says a few words and uses Makaton signs and a talking mat.
- **Siobhan Hartigan**, 40, Mum. Works night shifts at Dimblehurst General on Tuesdays and Thursdays.
- **Conor Hartigan**, 42, Dad. Has bipolar disorder. Stopped his lithium in October 2025 and was very unwell
  until December.
- **Pat Hartigan**, 71, Rory's grandad (Conor's father), lives ten minutes away.
- **Clare Doyle**, 38, Rory's aunt (Siobhan's sister), lives in a bungalow in Dimblehurst with a ramp.

## Why there is a plan

In November, on Siobhan's night shifts, Conor was awake all night and not giving Rory his epilepsy medicine.
Rory had two seizures at school in one week after missed doses, and school found pressure marks on his hips
from being left in his wheelchair. He missed three physiotherapy sessions and his splints no longer fitted.

## How Rory tells us

Rory signs "happy", "sad", "hurt" and "more", and uses a talking mat with pictures. At school on 29/01/2026 he
put "Daddy" under the sad face and "Grandad" and "Auntie Clare" under the happy face. He signed "hurt" and
pointed to his hip. When Pat arrives Rory laughs and kicks his legs; when Conor raises his voice Rory goes still
and looks away. His class teacher says he is more tired and quieter on Wednesday and Friday mornings, after his
mum's night shifts. On the social worker's visit on 30/01/2026 he chose the bubbles and signed "more" to Conor,
who blew them for him and laughed with him.

## Outcomes for Rory

1. Rory has every dose of his epilepsy medicine on time, and his seizures are recorded and back to no more than
   one a month.
2. Rory is moved and positioned through the day, has no pressure marks, and gets his physiotherapy so his
   splints fit and his hips stay healthy.
3. Rory is always cared for by an adult who is well, awake and knows his care, including on his mum's night
   shifts.
4. Rory's feelings and choices are heard at every meeting about him.

## The plan

### 1. Rory gets his medicine, movement and physical care

- **Give Rory his levetiracetam at 8am and 8pm and sign his medicine chart each time.**
  - Who: Siobhan and Conor Hartigan (parents); Pat on the nights he stays
  - When: twice a day, every day
  - How we'll know: the community nurse's bottle count matches the chart at each visit; no missed doses
- **~~Support the family with Rory's medication~~ Check Rory's medicine chart, do a bottle count and read his
  seizure diary at home.**
  - Who: Jade Ashworth, children's community nurse, Dimblehurst Children's Community Nursing
  - When: ~~monthly~~ revised at core group 1: every other Tuesday from 10/02/2026
  - How we'll know: a visit note to the SW after each visit giving doses given, doses missed and seizures
    recorded
- **Give Rory his physiotherapy at school and show Siobhan and Conor his evening stretches at home.**
  - Who: Ben Tarrant, physiotherapist, Dimblehurst Children's Therapy
  - When: weekly at school on Wednesdays; the home session by 27/02/2026
  - How we'll know: therapy record of each session sent to the SW monthly; splints refitted by 13/03/2026 and
    the home stretch chart seen by Ben at the home session
- **~~Make sure Rory is not left in his chair~~ Change Rory's position at least every two hours when he is awake
  at home, and write it on the positioning chart.**
  - Who: Siobhan and Conor Hartigan (parents)
  - When: every two hours while Rory is awake at home
  - How we'll know: the SW and nurse read the chart at visits; the school nurse checks Rory's hips every Monday
    and tells the SW of any mark the same day

### 2. Rory is safe when Dad is unwell

- **Visit Conor, make sure his lithium blood tests are done, and report to each core group on whether he is
  making and keeping the changes Rory needs and how long that is likely to take.**
  - Who: Alison Pryce-Hughes, care co-ordinator, Dimblehurst Community Mental Health Team
  - When: every two weeks from 27/01/2026; written report two working days before each core group
  - How we'll know: the report is on Rory's file before each core group, with the dates of Conor's blood tests
- **Review Conor's lithium, write his relapse signature (the early signs that he is becoming unwell) with him
  and Siobhan, and give a view on his capacity to stay well and make the changes Rory needs, and over what
  timescale.** *(new at core group 1)*
  - Who: Dr Ravi Menon, consultant psychiatrist, Dimblehurst Community Mental Health Team
  - When: by 24/02/2026
  - How we'll know: the relapse signature and Dr Menon's written view are on Rory's file by 24/02/2026 and
    shared with Siobhan, Pat and the core group
- **Take his lithium every evening and have his blood level checked every 12 weeks, so that he is well enough to
  care for Rory on Siobhan's night shifts.**
  - Who: Conor Hartigan (Dad)
  - When: every evening; next blood test by 10/03/2026
  - How we'll know: the GP sends each blood result to the SW; Alison sees the tablet box at her visits
- **Send the SW Conor's lithium results and tell her within two working days of any missed blood test, so the
  core group knows at once if Rory's care may be affected.**
  - Who: Dr Helen Quayle, GP, Dimble Road Surgery
  - When: within two working days of each result or missed test
  - How we'll know: the GP's email is on Rory's file each time

### 3. Rory has a well adult with him at night

- **Stay over at 12 Orchard Way on Siobhan's night shifts, do Rory's bedtime routine and give his 8pm
  medicine.**
  - Who: Pat Hartigan (grandad)
  - When: every Tuesday and Thursday night from 03/02/2026
  - How we'll know: Pat signs the medicine chart on his nights; the SW reads it at her visits
- **Have Rory at her bungalow from 10am to 4pm so that Siobhan can sleep after her shifts.** *(new at core
  group 1)*
  - Who: Clare Doyle (aunt)
  - When: every Saturday from 07/02/2026
  - How we'll know: Clare texts the SW when Rory arrives and leaves; Rory's home–school book has a line from
    Clare each Monday
- **Visit Rory at home, including an evening visit every other week on one of Siobhan's night shifts, and use
  his talking mat with him.**
  - Who: Laura Pennington, social worker (SW)
  - When: ~~regularly~~ weekly until the review conference on 14/04/2026
  - How we'll know: visit records say who was caring for Rory, whether the charts were signed, and what Rory
    chose on his mat
- **Assess Rory and his family for overnight short breaks.** *(new at core group 1)*
  - Who: Darren Whyte, social worker, Dimblehurst Children with Disabilities Team
  - When: assessment by 13/03/2026
  - How we'll know: the short breaks assessment, with its recommendation, shared with the core group on
    16/03/2026

### 4. Rory's feelings and choices are heard

- **Use Rory's talking mat each Monday to ask about his weekend and who helped him, and send a photo of the mat
  to the SW.**
  - Who: Ms Joanne Fielding, DSL, Fernlea School
  - When: every Monday in term time
  - How we'll know: the photo is emailed to the SW each Monday; any worry is phoned to the SW the same day

## Done since the conference

Rory's referral to the Children with Disabilities Team was made by Laura Pennington on 22/01/2026 and accepted on
27/01/2026. A new medicine chart and seizure diary were set up by Jade Ashworth on 26/01/2026.

## If things go wrong

- **If Rory misses two doses in a week, has a seizure at home that nobody writes down, or school finds a new
  pressure mark:** the school or nurse tells Laura the same day; Laura visits that day and, if a well adult
  cannot be with Rory every night, Pat stays every night until the next core group.
- **If Conor shows two of the early signs in his relapse signature, or stops his lithium:** Siobhan or Pat
  rings Alison (or the CMHT duty line out of hours), who sees Conor the same day; Conor does not care for Rory
  on his own from that day, and Laura holds a strategy discussion the same day.
- **If Pat or Clare cannot help (ill, away, or the arrangement breaks down):** Siobhan swaps her shift (her
  ward manager has agreed this); if she cannot, Laura arranges that day for Rory to stay at Willowbank short
  breaks house or with a foster carer trained in his care.
- **If progress stops:** if Rory misses more than three doses in any fortnight, or Conor stops his lithium
  again and no well adult can be at home on Siobhan's night shifts, Laura will ask her team manager, Marcus
  Bell, for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Mondays at 3.45pm, Fernlea School: 02/03/2026 and 30/03/2026, with an extra
  core group on 16/03/2026 for the short breaks assessment.
- Review child protection conference: Tuesday 14/04/2026, 10am, Dimblehurst Civic Centre.
- Laura will bring a photo of Rory's latest talking mat to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan in a Markdown table with RAG at review,
#    two closed rows kept, an owner changed, a new row, and a change log at
#    the end. Mother with depression, a 15-year-old and a 6-year-old.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_dreycastle_rcpc_review_table_rag_change_log_pryor.md",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-md-summary-table-what-has-changed-views-scaling-then-now-outcomes-then-ref-action-owner-timescale-measure-rag-at-review-table-closed-rows-kept-new-row-then-contingency-meetings-change-log",
    "description": (
        "First review conference plan for a 15-year-old and a 6-year-old whose mother has "
        "depression. A Markdown plan: a summary table, what has changed, the children's views with "
        "scaling then and now, outcomes, then a Ref / Action / Owner / Timescale / Measure / RAG "
        "table where two finished rows are kept as closed (not counted), an owner has changed and "
        "a row is new, and a change log at the end. Most rows are sound (visits, the mother's "
        "medication box, both schools, a youth worker, CAMHS). Faults: the CPN only 'continues to "
        "support' the mother; CAMHS's assessment was carried forward with no date; the young carers "
        "referral is passive with no owner; the parenting course waits until the mother 'feels "
        "ready'; the school nurse's checks have no measure; the morning routine is measured by "
        "'improvement'; one outcome is about the mother only; the contingency has no specific "
        "trigger and only considers a strategy discussion, and no legal step is named."
    ),
    "text": """\
# Review Child Protection Plan — Tyler and Millie Pryor

| | |
|---|---|
| **Local authority** | Dreycastle City Council, Children's Services, Locality Team North |
| **Children** | Tyler Pryor (15), DOB 30/11/2010, Year 10, Castle Vale Academy; Millie Pryor (6), DOB 12/07/2019, Year 2, St Anne's Primary |
| **Address** | 9 Moss Lane, Dreycastle DY2 5JB |
| **Mother** | Shannon Pryor (36) |
| **Category** | Neglect |
| **Initial conference** | 02/12/2025 |
| **First review conference** | 03/03/2026 (chair: Imogen Castellano, IRO) |
| **Social worker** | Ellis Brown from 03/03/2026 (was Hannah Cole) |

## What has changed since the initial conference

Shannon has had depression on and off since Millie was born and last autumn stopped getting up in the mornings.
Tyler was getting Millie dressed and to school, missing his own first lessons, and he was found by his form tutor
to have been self-harming. Millie often arrived hungry and with head lice.

Since December Shannon has been seen by the Community Mental Health Team and her medication has been changed.
Millie's attendance is up from 84% to 93%. Tyler is still late most mornings and has not yet been seen by
CAMHS; his assessment was due in January. The referral to young carers has not been made.

## What Tyler and Millie say

**Tyler** (seen on his own at school, 24/02/2026): "Mum's a bit better. She gets up some days. I still do
Millie's breakfast because it's quicker. I don't want to talk to CAMHS, I want someone normal." He scored home 5
out of 10, up from 3 in December.

**Millie** (seen on her own at school, 25/02/2026): "Tyler does my hair. Mummy is sleepy." She drew her house
with a sun over it and her mum in bed. She scored her happy face at 6 out of 10, up from 4.

## Outcomes

- Millie and Tyler are cared for by a parent who is well enough to get them up, fed and to school every day.
- Tyler feels safe at home and has someone to talk to about his mum's illness and his own feelings.
- Millie's health needs are met: she is a healthy weight, free of head lice and goes to the dentist.
- Shannon's depression is better managed and she feels more positive.

## The plan after review

RAG at review: G on track or achieved, A partly or late, R not done. Closed rows are kept for the record.

| Ref | Action | Owner | Timescale | Measure | RAG at review |
|---|---|---|---|---|---|
| 1 | Visit Tyler and Millie at home, see each of them on their own, and one visit a month before school | Ellis Brown, SW (from 03/03/2026; was Hannah Cole) | Weekly until the second review conference | Visit records show both children seen alone every week, with their words and scores written down | G – every week since December |
| 2 | Continue to support Shannon with her depression through home visits | Rachel Doyle, CPN, Dreycastle Community Mental Health Team | Every two weeks from 09/12/2025 | CPN visit dates and any missed visits emailed to the SW before each core group | G – seven visits |
| 3 | Keep her tablets in the locked box and take them as prescribed, so that Millie and Tyler cannot get to them | Shannon Pryor (Mum) | Every day from 02/12/2025 | The SW sees the box locked at every visit and the tablet count matches | G |
| 4 | CAMHS assessment of Tyler's low mood and self-harm | Dr Lucy Farrant, Dreycastle CAMHS | – | Assessment report with recommendations sent to the SW and Tyler's school | R – carried forward from the ICPC plan |
| 5 | A referral will be made to Dreycastle Young Carers for Tyler | – | By 20/03/2026 | Acceptance letter and the date of Tyler's first session on file | R – not done |
| 6 | Attend the Triple P parenting group at Moss Lane Children's Centre | Shannon Pryor (Mum) | When she feels ready | Certificate of attendance given to the SW | R – not started |
| 7 | Check Tyler's attendance and punctuality each morning and meet him weekly with his head of year | Mr Aaron Kettle, DSL, Castle Vale Academy | Every school day; meetings each Tuesday | Attendance and late marks emailed to the SW each Friday; no more than two lates a week by the next core group | A – late most mornings |
| 8 | Check Millie's attendance and whether she has had breakfast, and phone the SW the same day if she is hungry or not collected | Mrs Gail Sutcliffe, DSL, St Anne's Primary | Every school day | Attendance emailed to the SW weekly (95% or more); same-day calls logged | G – 93% this term |
| 9 | Check Millie's weight, hygiene and head lice, and book her a dental check-up | Kerry Benn, school nurse, Dreycastle School Nursing | Every half term; next by 20/03/2026 | | A |
| 10 | Help Shannon set up a morning routine so that Millie gets to school fed and on time and Tyler is not doing it | Nadia Shah, family support worker | Tuesday and Thursday mornings for 8 weeks from 03/03/2026 | Improvement in the morning routine | A – started |
| 11 | NEW at review: weekly sessions with Tyler about home, his worries and what he enjoys | Jordan Mills, youth worker, Dreycastle Youth Service | Every Thursday from 05/03/2026 for 10 weeks | Tyler's attendance and his own "how safe does home feel" score, agreed with Jordan, sent to the SW monthly | New |
| 12 | CLOSED – refer Shannon to the Community Mental Health Team | Dr Owen Hale, GP | By 16/12/2025 | CMHT acceptance letter on file | Closed – done 12/12/2025 |
| 13 | CLOSED – apply for a food bank voucher and a winter fuel grant | Hannah Cole, SW | By 12/12/2025 | Voucher and grant letter seen | Closed – no longer needed, benefits restored 20/01/2026 |

## Contingency

If the plan is not being followed or there are further concerns about the children, a strategy discussion will
be considered and the plan reviewed at the next core group.

## Meetings

- Core group every four weeks, Tuesdays at 4pm, Moss Lane Children's Centre: 31/03/2026, 28/04/2026, 26/05/2026.
- Second review child protection conference: Tuesday 16/06/2026, 1.30pm, Dreycastle Council House.

## Change log

- 03/03/2026 (review conference): social worker changed to Ellis Brown; rows 12 and 13 closed; row 11 added;
  school nurse row changed from termly to every half term.
- 10/02/2026 (core group 2): CAMHS row carried forward; family support row added.
- 13/01/2026 (core group 1): Millie's school asked to send attendance weekly rather than monthly.
""",
    "findings": [
        F("F002", "Shannon's depression is better managed and she feels more positive."),
        F("H001", "Continue to support Shannon with her depression through home visits"),
        F("T001", "CAMHS assessment of Tyler's low mood and self-harm"),
        F("W001", "A referral will be made to Dreycastle Young Carers"),
        F("T002", "Attend the Triple P parenting group at Moss Lane"),
        F("M001", "Check Millie's weight, hygiene and head lice"),
        F("M002", "Help Shannon set up a morning routine so that Millie"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system print of a second review conference plan: action blocks
#    with original and current target dates, an update and a status, a
#    closed-actions section kept apart and a change log. A 15-year-old
#    young carer and her 11-year-old brother; father with multiple sclerosis,
#    mother's drinking; aunt and grandmother helping. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b143_deverholme_rcpc2_case_print_closed_actions_change_log_lockhart.txt",
    "split": "tune",
    "actions": 12,
    "template": "rcpc2-case-system-print-txt-header-block-then-numbered-upper-case-sections-what-has-changed-views-scaling-then-now-outcomes-then-action-nn-of-12-blocks-outcome-ref-responsible-target-original-current-success-measure-update-status-then-closed-actions-section-contingency-meetings-change-log",
    "description": (
        "Exemplary plan from the second review conference for a 15-year-old young carer and her "
        "11-year-old brother; their father has multiple sclerosis and their mother drinks. A "
        "plain-text case-system print: each live action is an 'ACTION nn OF 12' block with outcome "
        "ref, responsible (an owner changed, shown as was), original and current target dates, "
        "success measure, an 'UPDATE 24/02/26' line at the review and a status; three closed actions (two done, "
        "one no longer needed) are kept in a separate section and not counted, and a change log "
        "ends the print. Adult social care, the MS nurse, the GP and the alcohol service own "
        "actions, the alcohol service reports on change, the aunt's and grandmother's help has a "
        "fallback, legal planning follows named triggers, core group and third review dates are "
        "set."
    ),
    "text": """\
DEVERHOLME COUNCIL  *  CHILDREN'S SOCIAL CARE  *  CAREFILE PRINT               PAGE 1
CHILD PROTECTION PLAN - REVIEW 2                      PRINTED 26/02/2026 09:41 BY NACHEBE
-------------------------------------------------------------------------------------
SUBJECTS        Maisie LOCKHART  DOB 04/06/2010 (15)  Deverholme High School, Yr 11
                Alfie LOCKHART   DOB 21/01/2015 (11)  Brook Street Primary, Yr 6
ADDRESS         31 Quarry Bank, Deverholme DV4 7NW
FATHER          Graham Lockhart (48) - multiple sclerosis, uses a wheelchair since 2024
MOTHER          Karen Lockhart (45)
MAT. AUNT       Lorraine Hughes, 8 Heath Terrace, Deverholme
PAT. GRANDMOTHER Edna Lockhart, 2 Chapel Yard, Deverholme
CATEGORY        Neglect
PLAN HISTORY    ICPC 08/07/2025 / RCPC1 30/09/2025 / RCPC2 24/02/2026 (this plan)
CHAIR           Paul Whitmore, IRO
SOCIAL WORKER   Naomi Achebe from 05/01/2026 (was Rhys Cartwright)
TEAM MANAGER    Sunita Varghese
-------------------------------------------------------------------------------------

1. WHAT HAS CHANGED SINCE REVIEW 1

Graham's multiple sclerosis got worse in 2024 and he now needs help to wash,
dress and get upstairs. Karen drinks most evenings and last summer was often
too drunk to help him, so Maisie was doing his personal care before school and
missing lessons; Alfie was making his own tea. Since review 1 the stair lift
and grab rails have been fitted, adult social care have assessed Graham and a
care package starts on 09/03/2026, and Karen has been to 28 of 30 key-work
sessions with one positive breath test (11/11/2025). Maisie's attendance is up
from 78% to 91%.

2. MAISIE'S AND ALFIE'S VIEWS - THEN AND NOW

Maisie, July 2025 (seen on her own): "I do Dad's shower and his socks before
school. Mum's usually asleep on the sofa. If I don't do it nobody will." She
scored home 3 out of 10.
Maisie, now (seen on her own, 10/02/2026): "The stair lift is amazing. I still
help Dad in the mornings but it's quicker. Mum's better, mostly. I want the
carers to start so I can get to school early for revision." Home 7 out of 10.
Alfie, July 2025: "I make noodles. Mum shouts when she's had wine."
Alfie, now (seen on his own, 10/02/2026): "Mum makes tea now. Friday at Auntie
Lorraine's is the best." He still worries "when Mum goes out on her own" and
scored home 6 out of 10.

3. OUTCOMES

O1  Maisie no longer does her dad's personal care and gets to school on time
    every day, with time to revise for her GCSEs.
O2  Maisie and Alfie are cared for every evening by a sober adult who makes
    their tea and knows where they are.
O3  Alfie can tell an adult when he is worried, and feels less worried about
    his mum.

4. LIVE ACTIONS
-------------------------------------------------------------------------------------
ACTION 01 OF 12   OUTCOME REF O1 O2 O3
 ACTION           Visit Maisie and Alfie at home and see each of them on
                  their own
 RESPONSIBLE      Naomi Achebe, SW (from 05/01/2026; was Rhys Cartwright)
 TARGET DATE      ORIGINAL: weekly from 08/07/2025
                  CURRENT:  every two weeks until review 3 (revised at RCPC1)
 SUCCESS MEASURE  Visit records show both children seen alone at every visit,
                  with their words and home scores written down
 UPDATE 24/02/26  Every visit made since 05/01/2026
 STATUS           ON TRACK

ACTION 02 OF 12   OUTCOME REF O2
 ACTION           Drink no alcohol while caring for Maisie and Alfie, and go
                  to key-work with a breath test
 RESPONSIBLE      Karen Lockhart (mother)
 TARGET DATE      ORIGINAL: every Thursday from 17/07/2025
                  CURRENT:  no change
 SUCCESS MEASURE  Key worker's attendance and breath test record sent to the
                  SW monthly; every test negative
 UPDATE 24/02/26  28 of 30 sessions; last positive test 11/11/2025
 STATUS           PARTLY

ACTION 03 OF 12   OUTCOME REF O2
 ACTION           Key-work and breath tests with Karen, and a written report
                  on whether her drinking has changed in ways Maisie and Alfie
                  notice and how long further change is likely to take
 RESPONSIBLE      Dylan Morgan, recovery worker, Deverholme Alcohol Service
 TARGET DATE      ORIGINAL: report before each core group
                  CURRENT:  report two working days before each core group
 SUCCESS MEASURE  Written report and test results on the children's file
                  before every core group
 UPDATE 24/02/26  Reports received for every core group since July
 STATUS           ON TRACK

ACTION 04 OF 12   OUTCOME REF O1
 ACTION           Put in place a care package so that Graham's washing and
                  dressing are done by paid carers and not by Maisie
 RESPONSIBLE      Joy Ekwueme, social worker, Deverholme Adult Social Care
                  (Physical Disability Team)
 TARGET DATE      ORIGINAL: assessment by 31/10/2025
                  CURRENT:  carers starting by 16/03/2026 (carried forward
                  from 31/01/2026, no provider free)
 SUCCESS MEASURE  Start date confirmed to the SW in writing; Maisie tells the
                  SW at the next visit that she no longer helps with washing
                  or dressing
 UPDATE 24/02/26  Assessment done 19/01/2026; provider found; start 09/03/2026
 STATUS           PARTLY - CARRIED FORWARD WITH NEW DATE

ACTION 05 OF 12   OUTCOME REF O1
 ACTION           Review Graham's MS and his falls risk at home, and tell the
                  SW and adult social care of any change in the care he needs
                  so that none of it falls back on Maisie
 RESPONSIBLE      Bethany Cole, MS specialist nurse, Deverholme Community
                  Neurology Service
 TARGET DATE      ORIGINAL: by 30/09/2025
                  CURRENT:  every three months; next by 10/03/2026
 SUCCESS MEASURE  Letter to the SW after each review, copied to adult social
                  care
 UPDATE 24/02/26  December letter received
 STATUS           ON TRACK

ACTION 06 OF 12   OUTCOME REF O2
 ACTION           Check Karen's liver function and share the results with the
                  SW, so the core group knows how her drinking affects her
                  care of Maisie and Alfie
 RESPONSIBLE      Dr Sanjay Mehta, GP, Hollybank Surgery
 TARGET DATE      ORIGINAL: by 31/10/2025 (done 20/10/2025)
                  CURRENT:  repeat blood test by 31/03/2026 (added at RCPC2)
 SUCCESS MEASURE  Results letter on the children's file by 31/03/2026
 UPDATE 24/02/26  Blood test booked for 17/03/2026
 STATUS           ON TRACK

ACTION 07 OF 12   OUTCOME REF O1
 ACTION           Young carer's Tuesday group for Maisie, and a review of her
                  young carer's plan once the care package starts
 RESPONSIBLE      Kezia Lowe, Deverholme Young Carers
 TARGET DATE      ORIGINAL: group every Tuesday from 05/08/2025
                  CURRENT:  group every Tuesday; plan reviewed by 31/03/2026
 SUCCESS MEASURE  Group register sent to the SW monthly; reviewed young
                  carer's plan sent to the SW by 31/03/2026
 UPDATE 24/02/26  Maisie at 14 of 16 groups
 STATUS           ON TRACK

ACTION 08 OF 12   OUTCOME REF O1
 ACTION           Check Maisie's attendance and punctuality every day, meet
                  her each Friday, and give her a place at after-school
                  revision club
 RESPONSIBLE      Mr Daniel Frost, DSL, Deverholme High School
 TARGET DATE      ORIGINAL: every school day from 01/09/2025
                  CURRENT:  no change; revision club Mondays from 02/03/2026
 SUCCESS MEASURE  Attendance emailed to the SW monthly, reaching 95% by review
                  3; Friday meetings and club register logged on CPOMS
 UPDATE 24/02/26  91% this term, up from 78%
 STATUS           PARTLY

ACTION 09 OF 12   OUTCOME REF O2 O3
 ACTION           Check Alfie's attendance and whether he has eaten, and phone
                  the SW the same day if he is late, hungry or upset about home
 RESPONSIBLE      Mrs Lesley Amos, DSL, Brook Street Primary
 TARGET DATE      ORIGINAL: every school day from 01/09/2025
                  CURRENT:  no change
 SUCCESS MEASURE  Attendance emailed to the SW each Friday; same-day calls
                  logged on CPOMS
 UPDATE 24/02/26  97%; one same-day call in January
 STATUS           ON TRACK

ACTION 10 OF 12   OUTCOME REF O2 O3
 ACTION           Have Maisie and Alfie for tea and to sleep over on Friday
                  nights, and be the adult they ring if their mum has been
                  drinking
 RESPONSIBLE      Lorraine Hughes (maternal aunt)
 TARGET DATE      ORIGINAL: every Friday from 18/07/2025; the same evening
                  whenever the children ring
                  CURRENT:  no change
 SUCCESS MEASURE  Lorraine texts the SW each Saturday morning; both children
                  show the SW her number saved in their phones
 UPDATE 24/02/26  Every Friday kept; one call (11/11/2025), children stayed
 STATUS           ON TRACK

ACTION 11 OF 12   OUTCOME REF O2
 ACTION           Come to Quarry Bank on Thursday evenings while Karen is at
                  key-work, make the children's tea and stay until she is home
 RESPONSIBLE      Edna Lockhart (paternal grandmother)
 TARGET DATE      ORIGINAL: new at RCPC2
                  CURRENT:  every Thursday, 5pm to 8pm, from 26/02/2026
 SUCCESS MEASURE  Edna signs the visit book, which the SW reads at each visit
 UPDATE 24/02/26  Agreed at the family network meeting on 10/02/2026
                  and confirmed at RCPC2
 STATUS           NEW

ACTION 12 OF 12   OUTCOME REF O3
 ACTION           Four sessions with Alfie about his worries at home, using
                  the worry volcano workbook
 RESPONSIBLE      Naomi Achebe, SW
 TARGET DATE      ORIGINAL: new at RCPC2
                  CURRENT:  four sessions by 14/04/2026
 SUCCESS MEASURE  Alfie's workbook pages on file; his worry score at sessions
                  1 and 4, agreed with the SW
 UPDATE 24/02/26  First session booked for 03/03/2026
 STATUS           NEW

5. CLOSED ACTIONS (KEPT FOR THE RECORD - NOT PART OF THE LIVE PLAN)
-------------------------------------------------------------------------------------
C1  Refer Karen to Deverholme Alcohol Service - Dr Sanjay Mehta, GP -
    completed 21/07/2025; acceptance letter on file.
C2  Fit grab rails and a stair lift at Quarry Bank - Deverholme Adult Social
    Care occupational therapy - completed 02/12/2025; seen fitted by the SW.
C3  Family support worker mornings to help Karen get the children off to
    school - closed at RCPC2 as no longer needed: both children on time every
    day since October.

6. CONTINGENCY
-------------------------------------------------------------------------------------
If Karen is found drunk while caring for the children, has a positive breath
test, or Maisie or Alfie ring Lorraine because their mum has been drinking,
the children stay at Lorraine's home at 8 Heath Terrace that night and Naomi
(or the duty social worker) holds a strategy discussion the same day.
If Lorraine or Edna cannot help (ill, away, or the arrangement breaks down),
Naomi will arrange that day for the children to stay with Graham's cousin,
Mark Lockhart, who has agreed to this, or, if he cannot, with Deverholme
foster carers together the same night.
If the care package has not started by 16/03/2026 and Maisie is still doing
her dad's personal care, Naomi will escalate to the adult social care team
manager the same week and arrange emergency home care from 23/03/2026.
If Karen has two positive breath tests before the next core group, or either
child is found without a sober adult in the evening, Naomi will ask Sunita
Varghese for a legal planning meeting within five working days.

7. MEETINGS
-------------------------------------------------------------------------------------
CORE GROUP      every six weeks, Tuesdays 4.15pm, Deverholme High School:
                07/04/2026, 19/05/2026, 30/06/2026
REVIEW CPC      review 3 on 18/08/2026, 10am, Deverholme Town Hall
CHILD'S VOICE   Naomi sees Maisie and Alfie on their own before each core
                group and brings their words to the meeting

8. CHANGE LOG
-------------------------------------------------------------------------------------
24/02/2026  RCPC2: actions 11 and 12 added; GP blood test repeated; C3 closed
05/01/2026  Allocated SW changed from Rhys Cartwright to Naomi Achebe
02/12/2025  C2 closed (stair lift and rails fitted)
30/09/2025  RCPC1: visits changed from weekly to every two weeks
21/07/2025  C1 closed (referral accepted)
-------------------------------------------------------------------------------------
END OF PRINT
""",
    "findings": [],
})
