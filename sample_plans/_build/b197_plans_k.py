"""Batch 197, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (1 to 13,
with the notes for batches 143 to 146 on revised plans), without running
planlint or reading its code.

Focus: plans revised over time. Each plan is the plan as it stands after a
core group or a review conference has gone through the last version, each in
a template of its own: a RAG column with completed rows kept for the record,
"Was / Now" cards with the old wording struck through, core group minutes
reviewing the plan item by item with status codes, a versioned plan with a
change log and tagged paragraphs, a Signs of Safety review with a "Where it's
up to" column, a young person's plan of "What we said / How it's gone / What
happens now", and bullets by person with status tags. Actions done, dropped
or closed are kept for the record or listed apart and are not counted;
actions carried forward, changed and new are. Progress notes, status codes,
RAG letters and the summaries of what happened since the last meeting are
notes, never a row's timescale or measure. In the four faulty plans a few
live actions have no owner, a collective one, no real time ("Carried
forward", "C/F from CG1", "TBC", "asap", "when she feels ready"),
or no observable measure.

1. third core group update for a 10-year-old and a 6-year-old living with
   neglect while their mother is depressed (community mental health team,
   GP, maternal aunt's school runs), a landscape table with a "RAG at CG3"
   column, completed rows kept and marked C, a stopped row marked X, new
   rows marked N (docx, exemplary);
2. a 3-year-old's plan revised at her first review conference (father's
   daily cannabis, an assault on her mother, speech delay), one card per
   action grouped "kept", "changed today" and "new today", with the October
   wording struck through on changed cards, then done and stopped lists
   (md): faults are the speech and language referral "Carried forward" with
   no new date, the nursery key worker's talk sessions measured by
   "monitored by nursery", the family group conference "TBC",
   "Family" keeping Lacey away from her father when he has smoked, an
   outcome about the mother only, and no fallback if the grandmother's
   weekend nights stop (T001, M002, T002, W002, F002, C003);
3. second core group minutes for a 7-year-old and an 11-month-old (mother's
   PTSD and low mood, father's drinking), reviewing each action from the
   initial conference with [D] [CF] [CH] [X] codes and then new actions [N]
   (txt): faults are the nursery place "C/F from CG1" with no new date, the
   Talking Therapies CBT that only treats the mother, a Home-Start referral
   with "-" for its lead, a new budgeting referral "asap", a new school
   check with "-" for its check, and a review conference "date to be
   confirmed" (T001, H001, W001, T002, M001, R001);
4. version 3 of an initial conference plan for a 5-year-old and a
   2-year-old after their father's violence, at the first review
   conference: a change log table, then numbered paragraphs tagged [v1],
   [v2 changed] and [v3 new], closed actions in an appendix, page header and
   footer (pdf): faults are the family support worker's sessions "monitored
   by the core group", the school's check-ins "as required", a passive
   Freedom Programme referral, an outcome about the mother only, a
   contingency that only says the core group will review and consider next
   steps, and no legal planning (M002, T002, W001, F002, C002, R002);
5. a Signs of Safety review for an 8-year-old whose mother drinks: danger
   statement, safety goal, scaling then and now, Rory's three houses, and a
   next steps table with a "Where it's up to" column of done, carried on,
   changed, new and stopped (docx): faults are "Everyone in Rory's safety
   network" sharing worries, the mother's recovery group "when she feels
   ready", the new after-school club with nothing in how we'll know, the
   school's nurture group measured by "Rory's mood improves", and the
   mother's drinking recorded with no adult service owning any action
   (W002, T002, M001, M002, F004);
6. a 14-year-old's plan after her review conference, written to her
   ("you" is Skye), one landscape table per goal with "What we said in
   November / How it's gone / What happens now / Who / When / How we'll
   know" columns, done items in a box apart, page header and footer (pdf,
   exemplary);
7. fourth core group plan for a 5-month-old living with her mother and
   grandmother (mother's postnatal depression under the perinatal team,
   father's cannabis use, grandmother's supervision), bullets under a
   heading per person, each with a status tag ([Kept], [Changed],
   [Carried forward - new date], [New]), then "Done since core group 3" and
   "Stopped" lists (md, exemplary).

Three plans (1, 6 and 7) are exemplary: every live action has a named
owner, a real timescale and something that can be seen, counted or read;
every outcome is about the child; each contingency has specific triggers
and protective responses and says what happens if a relative's help fails;
each records the child's voice or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; adult services own actions where a parent is ill or uses drugs,
and every adult mental health service is asked for its view of the
parent's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1, with the
notes for batches 143 to 146): each live row, card, minuted action,
numbered paragraph or bullet of the plan counts once, whether kept,
carried forward, changed or new. Rows marked completed (C, done, closed)
and rows or items stopped or dropped are not counted wherever they stand,
nor are the "done since" and "stopped" lists, the change log, the old
wording struck through, progress notes and RAG letters, meeting details,
summaries of progress, the child's news and views, outcomes, scaling,
contingency and meeting dates.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Third core group update: landscape table with a RAG column, completed
#    rows kept and marked C, a stopped row marked X, new rows marked N.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_kellowmere_cg3_rag_tracker_completed_rows_kept_okafor.docx",
    "doc_title": "Child Protection Plan - Core Group 3 Update - Daniel and Esther Okafor",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "core-group-3-update-docx-landscape-kv-meeting-details-attendance-since-last-core-group-summary-childrens-news-worries-going-well-outcomes-then-ref-what-needs-to-happen-lead-due-how-often-evidence-rag-at-cg3-table-completed-rows-kept-marked-c-stopped-row-marked-x-new-rows-marked-n-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan as updated at the third core group for a 10-year-old and a 6-year-old living "
        "with neglect while their mother is depressed: the 10-year-old was getting his sister up and "
        "fed, attendance fell and the house was cold and dirty. A landscape table keeps every row of "
        "the plan since the initial conference with a 'RAG at CG3' column: three completed one-off rows "
        "are kept and marked C ('remove at the review conference'), a Triple P row is marked X "
        "(stopped, with the reason), two rows are new (N), and changed rows say what changed in the "
        "RAG note while their own Due and Evidence cells hold the time and the measure. The community "
        "mental health team reports on the mother's capacity to change, the GP owns reviews, the aunt's "
        "school runs have a fallback, legal planning follows named triggers, and the review conference "
        "and next core group are dated."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Core Group Update"),
        ("p", "Kellowmere City Council · Children and Families Service · Safeguarding Team North"),
        ("kv", [
            ("Children", "Daniel Okafor, born 02/06/2015 (10), Year 5; Esther Okafor, born 21/09/2019 (6), "
                         "Year 1. Both at Kellowmere Park Primary School."),
            ("Home", "14 Linnet Close, Kellowmere KW3 8PD, with their mum, Grace Okafor (36)"),
            ("Dad", "Emeka Okafor, lives in Dunhollow; video calls on Sunday evenings"),
            ("Category", "Neglect (both children). Initial child protection conference 04/11/2025."),
            ("This meeting", "Core group 3, 20/01/2026, Kellowmere Park Primary School"),
            ("Last meeting", "Core group 2, 16/12/2025"),
            ("Social worker", "Hannah Brooks (team manager: Karen Doyle)"),
            ("Next meetings", "Review child protection conference 03/02/2026 at 10am, Kellowmere Civic "
                              "Centre (chair: Alison Reid, IRO); core group 4 on 17/02/2026"),
        ]),
        ("h2", "Who came to core group 3"),
        ("p", "Grace Okafor (Mum); Ngozi Eze (maternal aunt); Hannah Brooks (social worker); Mrs Joy Ellery "
              "(deputy head and DSL, Kellowmere Park Primary); Mr Tom Aske (learning mentor); Ruth Adebayo "
              "(care coordinator, Kellowmere Community Mental Health Team); Leanne Hartshorn (family support "
              "worker, Kellowmere Family Hub); Tanya Kerr (school nurse). Apologies: Dr Helen Marsh (GP), who "
              "sent a letter."),
        ("h2", "Since core group 2"),
        ("p", "Grace has seen Ruth four times and has taken her sertraline every day since December; she says "
              "she is \"getting up with the alarm most days now\". Auntie Ngozi has done every Tuesday and "
              "Thursday school run. Mornings on Mondays are still hard: the children were late four times in "
              "January, all on Mondays. Leanne's checklist scores have gone from 2 to 4 out of 5. Both "
              "children had their dental check on 13/01/2026. Hannah was on leave for a week over Christmas, "
              "so two of the children's Three Houses sessions moved."),
        ("p", "The core group went through every row of the plan. Three one-off tasks are done and are kept "
              "below, marked C, until the review conference. The Triple P group has stopped (marked X). Two "
              "rows are new (N). Two rows changed, and what changed is written in the RAG note."),
        ("h2", "Daniel's and Esther's news"),
        ("p", "Daniel (seen on his own at home, 14/01/2026): \"Mornings are better when Auntie Ngozi comes. "
              "Mum gets up more now but I still check Esther's bed.\" He said he would like to go to the "
              "young carers' club \"if there's football\". His worry score with Mr Aske has come down from 6 "
              "to 4."),
        ("p", "Esther (seen on her own at school, 15/01/2026): \"I got a star for reading.\" She showed Hannah "
              "her dry-night chart with stickers on it, and said she wants to go to the Tuesday club \"with "
              "Poppy\". Mrs Ellery says Esther now comes in with her reading book most days."),
        ("h2", "What we are still worried about"),
        ("bullets", [
            "On bad days Grace cannot get up, and Daniel gets Esther dressed and gives her cereal. This "
            "happened on at least three Mondays in January.",
            "Daniel's attendance is 91% and Esther's 93% this term; both were late four times.",
            "The kitchen was clean at Hannah's last two visits, but the children's bedroom had wet bedding "
            "on 07/01/2026.",
        ]),
        ("h2", "What is going well"),
        ("bullets", [
            "Grace is taking her medication and has not missed an appointment with Ruth or Dr Marsh.",
            "Ngozi has not missed a school run since the conference.",
            "The boiler was repaired in December and the house is warm.",
            "Esther had 14 dry nights out of 28 in January, up from 9 in December.",
        ]),
        ("h2", "What we want for Daniel and Esther"),
        ("numbers", [
            "Daniel and Esther get to school on time every day, fed and in clean uniform, with attendance of "
            "95% or more by the Easter holidays.",
            "Daniel can be a 10-year-old: he does not get Esther up or make her breakfast, and his worry "
            "score stays at 3 or lower.",
            "Esther sleeps in a dry, clean bed, in a warm and clean home with food in the cupboards.",
            "Daniel and Esther are cared for by a mum whose depression is treated, so that she can get them "
            "up, fed and to school every day.",
        ]),
        ("h2", "The plan as it stands after core group 3"),
        ("p", "RAG key: G on track; A started but behind; R not started or off track; C completed (a one-off "
              "task, kept for the record and removed at the review conference); X stopped (reason given); "
              "N new at this core group. The RAG note is a note on progress: each row's time is in its "
              "'Due / how often' cell and its measure in its 'Evidence' cell."),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "Due / how often", "Evidence we will look for",
                       "RAG at CG3 (20/01/2026)"],
            "widths": [1.1, 7.0, 3.8, 3.9, 5.6, 4.3],
            "rows": [
                ["1", "Visit Daniel and Esther at home, at least one visit in three unannounced, and see each "
                      "child on their own at every visit",
                 "Hannah Brooks, social worker", "Every 10 working days until the plan ends",
                 "Visit records on the case file within 2 working days, with what each child said in their "
                 "own words",
                 "G. Six visits since the conference, two unannounced; both children seen alone each time."],
                ["2", "Check both children at registration; if either is not in by 9.15am, ring Grace, and if "
                      "there is no answer ring Hannah the same morning",
                 "Mrs Joy Ellery, DSL, Kellowmere Park Primary", "Every school day",
                 "Register and first-day call log; attendance of 95% or more for both children this half "
                 "term, checked on 13/02/2026",
                 "A. Daniel 91%, Esther 93% since 05/01/2026. Calls made every time."],
                ["3", "Refer Grace to the Community Mental Health Team after reviewing her medication",
                 "Dr Helen Marsh, GP, Brook Lane Surgery", "By 14/11/2025",
                 "Referral letter on file and first appointment date given to Hannah",
                 "C. Completed 10/11/2025. Remove at the review conference."],
                ["4", "See Grace every two weeks, and write a report for the review conference on her mental "
                      "health, on whether she is able to make and keep the changes Daniel and Esther need "
                      "(getting them up, fed and to school), and on how long that is likely to take",
                 "Ruth Adebayo, care coordinator, Kellowmere Community Mental Health Team",
                 "Every 2 weeks; report by 27/01/2026",
                 "Visit dates in Ruth's fortnightly e-mail to Hannah; written report on Hannah's file by "
                 "27/01/2026 and shared with the conference",
                 "G. Four visits since CG2. Report on track for 27/01."],
                ["5", "Take her sertraline every day and go to every appointment with Ruth and with Dr Marsh",
                 "Grace Okafor (Mum)", "Daily; every appointment as booked",
                 "Ruth and Dr Marsh confirm attendance to Hannah; Grace's pill organiser seen at Hannah's "
                 "visits",
                 "G. No appointment missed since CG2."],
                ["6", "Review Grace's antidepressant and write to Hannah after each review saying whether "
                      "Grace is taking it and how well it is working for her",
                 "Dr Helen Marsh, GP", "Every 4 weeks (next review 29/01/2026)",
                 "GP letter on Hannah's file within a week of each review",
                 "G. Letter of 02/01/2026 received."],
                ["7", "Get up by 7.30am, make the children's breakfast and walk them to school for 8.45am on "
                      "the days Auntie Ngozi does not come",
                 "Grace Okafor (Mum)", "Mondays, Wednesdays and Fridays in term time",
                 "School's late register; Daniel's breakfast diary (what he ate and who made it), read by "
                 "Hannah at each visit",
                 "A. Late four times in January, all Mondays. Changed at CG3: Grace now sets two alarms and "
                 "Daniel no longer wakes Esther."],
                ["8", "Collect Daniel and Esther at 8am and take them to school, and on Thursdays have them "
                      "for tea at her house after school",
                 "Ngozi Eze, maternal aunt", "Every Tuesday and Thursday in term time",
                 "School's arrival register on those days; Ngozi texts Hannah by 7.30am if she cannot come",
                 "G. Every Tuesday and Thursday done since 06/11/2025."],
                ["9", "Home sessions with Grace on morning routines, meals and keeping the house clean enough "
                      "for the children, using the home conditions checklist",
                 "Leanne Hartshorn, family support worker, Kellowmere Family Hub",
                 "Every Wednesday until 25/02/2026",
                 "Checklist score agreed by Leanne and Hannah: 4 out of 5 or more on three visits in a row",
                 "A. Scores 2, 3, 3, 4. Changed at CG3: extended from six to ten sessions."],
                ["10", "Refer Daniel to Kellowmere Young Carers",
                 "Hannah Brooks, social worker", "By 05/12/2025", "Referral accepted by the service",
                 "C. Completed 02/12/2025. Remove at the review conference."],
                ["11", "Young carer's assessment with Daniel, and a place at the Monday young carers' group "
                       "if he wants one",
                 "Sam Idowu, young carers worker, Kellowmere Young Carers",
                 "Assessment by 20/02/2026; the group every Monday after that",
                 "Assessment and Daniel's young carer's plan sent to Hannah by 20/02/2026; group register",
                 "N. New at CG3 (follows row 10)."],
                ["12", "Check in with Daniel about how the mornings went and ask for his worry score",
                 "Mr Tom Aske, learning mentor", "Every Monday morning",
                 "Daniel's 0-10 worry score in his check-in book, copied to Hannah at the end of each month",
                 "G. Scores 6, 5, 5, 4 in January."],
                ["13", "Bedwetting clinic for Esther: an alarm, and a wet-night chart kept at home",
                 "Tanya Kerr, school nurse, Kellowmere 5-19 Service",
                 "An appointment every 4 weeks until 31/03/2026",
                 "Dry nights counted on Esther's chart at each appointment; letter to Hannah after each one",
                 "G. 9 dry nights out of 28 in December, 14 in January."],
                ["14", "Book and take both children to a dental check",
                 "Grace Okafor (Mum)", "By 31/01/2026", "Appointment cards seen by Hannah",
                 "C. Both seen 13/01/2026 at Kellowmere Dental Care; no treatment needed. Remove at the "
                 "review conference."],
                ["15", "Triple P group course for Grace at the Family Hub",
                 "Leanne Hartshorn", "Started 08/01/2026", "Course register",
                 "X. Stopped at CG3: Grace finds the group too hard for now, and the one-to-one sessions in "
                 "row 9 cover the same ground."],
                ["16", "Three Houses sessions with each child (two each), so that their words go to the "
                       "review conference",
                 "Hannah Brooks, social worker", "By 30/01/2026 (moved from 16/01/2026 at CG3)",
                 "Each child's Three Houses drawing and words on file by 30/01/2026 and read out at the "
                 "review conference",
                 "A. One session each done; moved because of Hannah's leave."],
                ["17", "Give Esther a free place at the Tuesday after-school club, and tell Ngozi the new "
                       "pick-up time",
                 "Mrs Joy Ellery, DSL", "From 03/02/2026, every Tuesday",
                 "Club register, checked by Hannah at the end of each month",
                 "N. New at CG3 (Esther asked for it)."],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If either child is not in school and Grace cannot be reached by 10am, Mrs Ellery rings Hannah (or "
            "the duty team), and Hannah or the duty social worker visits the house that morning. If the "
            "children are alone or Grace is too unwell to care for them, they go to Ngozi's house (agreed on "
            "04/11/2025) and Hannah holds a strategy discussion the same day.",
            "If Grace tells anyone she has thoughts of harming herself, or Ruth thinks she is in crisis, Ruth "
            "arranges a same-day assessment by the crisis team and rings Hannah; Daniel and Esther stay with "
            "Ngozi until Ruth and Hannah agree Grace is well enough to have them home.",
            "If Ngozi cannot do a school run she texts Grace and Hannah by 7.30am, and Grace walks the "
            "children to the school's breakfast club for 8am. If Ngozi cannot have the children in an "
            "emergency, their dad's sister, Chioma Okafor (Kellowmere, agreed on 18/11/2025), will have them; "
            "if neither can, Hannah will arrange a foster placement for that night.",
            "If by the review conference on 03/02/2026 either child's attendance is still below 90%, or the "
            "home conditions score has fallen below 3, or Ruth's report says Grace cannot make the changes "
            "within three months, Hannah will ask Karen Doyle (team manager) for a legal planning meeting "
            "within 10 working days, to decide whether to start the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Kellowmere Park Primary, Tuesdays at 1.30pm. Next: 17/02/2026, "
            "then 17/03/2026.",
            "Review child protection conference: 03/02/2026 at 10am, Kellowmere Civic Centre.",
        ]),
        ("p", "Updated by Hannah Brooks on 21/01/2026 and sent to everyone who came, and to Dr Marsh."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan revised at the first review conference: one card per action,
#    grouped kept / changed today / new today, October wording struck
#    through on changed cards, then done and stopped lists. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_knapthorne_rcpc_was_now_cards_struck_wording_pilling.md",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc1-revised-plan-md-meeting-table-chairs-summary-since-october-laceys-world-worries-going-well-outcomes-then-one-h4-card-per-action-what-who-when-how-well-know-since-october-lines-grouped-kept-changed-today-new-today-october-wording-struck-through-then-done-and-stopped-lists-contingency-meetings",
    "description": (
        "Plan for a 3-year-old revised at her first review conference: her father smokes cannabis every "
        "day and pushed her mother over in front of her, her speech is delayed and she missed health "
        "appointments; her maternal grandmother has her on Friday and Saturday nights. Each action is a "
        "card with What / Who / When / How we'll know / Since October lines, grouped 'kept as they "
        "were', 'changed today' and 'new today'; on changed cards the October wording is struck through "
        "and the new words follow. Done and stopped actions are listed apart. The drug service reports "
        "on the father's use. Faults: the speech and language referral is 'Carried forward' with no new "
        "date; the nursery key worker's talk sessions, rewritten today, are still measured by 'monitored "
        "by nursery'; the family group conference is 'TBC'; 'Family' is the owner of keeping "
        "Lacey away from her father when he has smoked; one outcome is about the mother only; and the "
        "contingency says nothing about the grandmother's nights stopping."
    ),
    "text": """\
# Knapthorne Borough Council – Children's Social Care

## Lacey Pilling: child protection plan as revised at the review conference

| | |
|---|---|
| **Child** | Lacey Pilling, born 19/11/2022 (3 years 2 months) |
| **Lives with** | Kayleigh Pilling (Mum, 22) and Jordan Reece (Dad, 24), Flat 6, Tenter House, Mill Street, Knapthorne KN2 4TW |
| **Maternal grandmother** | Denise Pilling, 31 Rookery Lane, Knapthorne |
| **Category** | Neglect and emotional abuse |
| **Initial conference** | 28/10/2025 |
| **This meeting** | First review child protection conference, 27/01/2026 (chair: Martin Okoro, IRO) |
| **Social worker** | Ella Marsden, Family Safeguarding Team (team manager: Priya Lal) |
| **Present** | Kayleigh, Jordan, Denise, Ella Marsden, Holly Wren (Lacey's key worker, Little Acorns Nursery), Jo Bradley (health visitor), Nathan Greaves (Pathways Knapthorne drug and alcohol service), PC Sam Hirst (Knapthorne Police) |

### What has happened since October (the chair's summary)

Jordan started at Pathways on 11/11/2025. His saliva tests have gone from positive at every
session to negative on the last two (06/01 and 20/01). There has been no call to the police
since the incident on 03/10/2025. Lacey's nursery attendance has gone up from 61% to 84%.
Her speech and language referral has not been made: the form came back because the
nursery's part was missing. The conference agreed that Lacey stays on a plan under the
category of neglect and emotional abuse, and went through the October plan card by card.

### Lacey's world

Lacey is a chatty, busy girl who loves the sand tray and anything with glitter. She uses
about 50 words and some two-word phrases ("more juice", "Nana car"); most 3-year-olds use
many more. At nursery Holly sees her watch the door when it bangs and cover her ears when
children shout. On Ella's visit on 14/01/2026 Lacey showed her the "Nana bed" she sleeps in
at Denise's and said "Daddy smoke, yuck" and held her nose. When Ella asked her what
makes her happy, she said "Nana, Mummy, swings".

### What we are worried about

- Jordan has smoked cannabis every day for years, often in the flat with Lacey there. On
  03/10/2025 he pushed Kayleigh over in the kitchen while Lacey watched from her high chair.
- Lacey's speech is well behind what it should be, and she missed her 2-year review and her
  pre-school booster.
- Kayleigh has few people to turn to apart from her mum.

### What is going well

- Jordan's last two saliva tests were negative, and he goes to every Pathways session.
- Denise has had Lacey every Friday and Saturday night since November.
- Lacey's booster was given on 15/12/2025, and the flat now has a working smoke alarm.

### What needs to be different for Lacey

1. Lacey lives in a home free from cannabis smoke, arguments and violence.
2. Lacey goes to nursery every weekday and her speech catches up: 200 words and short
   sentences by her 4th birthday.
3. Lacey's health needs are met and she goes to all her health appointments.
4. Kayleigh feels more confident and is no longer afraid of Jordan.

### How to read the plan

Each card is one action. **Was** shows the October wording where the conference changed it;
the old words are struck through and the new words follow. Cards finished or stopped are
listed at the end for the record and are no longer part of the plan.

## The plan

### Kept as they were

#### Card 1 – Ella's visits
**What:** Ella visits Lacey at home, one visit in three unannounced, sees her room and plays
with her.
**Who:** Ella Marsden, social worker
**When:** Every 2 weeks until the next review conference
**How we'll know:** Visit records on the case file within 2 working days, with what Lacey
said and did and where she slept
**Since October:** 7 visits, 3 unannounced.

#### Card 2 – Nursery every weekday morning
**What:** Kayleigh takes Lacey to Little Acorns Nursery every weekday for the morning
session (8.45am to 11.45am).
**Who:** Kayleigh (Mum)
**When:** Monday to Friday in term time
**How we'll know:** Nursery register; attendance of 90% or more each half term, sent to
Ella by the nursery on the last Friday of each month
**Since October:** 84% this half term, up from 61%.

#### Card 3 – Pathways key work for Jordan
**What:** Key-work sessions with Jordan on stopping cannabis, a saliva test at every
session, and a written report on whether he has stopped and how likely he is to stay
stopped.
**Who:** Nathan Greaves, recovery worker, Pathways Knapthorne (drug and alcohol service)
**When:** Every 2 weeks; report by 21/04/2026
**How we'll know:** Test results e-mailed to Ella after every session; Nathan's report on
Ella's file by 21/04/2026
**Since October:** 6 sessions, none missed. Last two tests negative.

#### Card 4 – Speech and language referral
**What:** Ella will refer Lacey to the Knapthorne speech and language therapy service,
with the nursery's part of the form filled in by Holly.
**Who:** Ella Marsden, social worker, with Holly Wren
**When:** Carried forward
**How we'll know:** Appointment letter from the service on Lacey's file
**Since October:** Not done. The form came back in December without the nursery's part.

### Changed today

#### Card 5 – Jordan and cannabis
**Was:** ~~Jordan to cut down his cannabis use.~~
**What:** Jordan will not smoke cannabis in the flat, in the car or anywhere near Lacey,
and will give a saliva test at every Pathways session.
**Who:** Jordan Reece (Dad)
**When:** Every day; a test at every fortnightly session
**How we'll know:** Pathways test results (negative); no smell of cannabis in the flat at
Ella's visits, noted in her records
**Since October:** Changed because "cut down" could not be checked.

#### Card 6 – Lacey's development check
**Was:** ~~Health visitor to monitor Lacey's development.~~
**What:** Jo visits Lacey at home every month and does her ASQ-3 review with Kayleigh.
**Who:** Jo Bradley, health visitor, Knapthorne 0-19 Service
**When:** Monthly; ASQ-3 by 27/02/2026
**How we'll know:** ASQ-3 scores sent to Ella and to the nursery by 27/02/2026; weight and
height in Lacey's red book
**Since October:** Jo has visited twice. The ASQ-3 was not done because Lacey was poorly.

#### Card 7 – Talking at nursery
**Was:** ~~Nursery to support Lacey's speech.~~
**What:** Holly runs a 15-minute Chatterbox talk session with Lacey and two friends every
nursery morning, using her picture cards.
**Who:** Holly Wren, key worker, Little Acorns Nursery
**When:** ~~Ongoing~~ Every nursery morning
**How we'll know:** ~~Ongoing~~ Lacey's progress will be monitored by nursery.
**Since October:** Holly started the sessions in January.

#### Card 8 – Nana's nights
**Was:** Lacey to stay with Denise ~~as and when~~.
**What:** Lacey stays with Denise on Friday and Saturday nights, so that she has two calm
nights and Kayleigh has a break.
**Who:** Denise Pilling (Nana)
**When:** Every Friday and Saturday night
**How we'll know:** Denise writes in Lacey's weekend diary (what she ate, when she slept),
and Ella reads it at each visit
**Since October:** Every weekend since 07/11/2025.

### New today

#### Card 9 – Family group conference
**What:** A family group conference with Kayleigh, Jordan, Denise and anyone else they
choose, to make a family plan for who helps with Lacey.
**Who:** Anita Shah, family group conference coordinator
**When:** TBC
**How we'll know:** The family plan shared with the core group

#### Card 10 – Keeping Lacey away from cannabis
**What:** Do not leave Lacey with Jordan if he has smoked cannabis, and ring Ella the same
day if anyone sees him caring for her while under the influence.
**Who:** Family
**When:** Every time Lacey is in the family's care
**How we'll know:** Calls logged on Lacey's file; Ella asks Kayleigh and Denise about it at
each visit

#### Card 11 – Freedom Programme
**What:** Kayleigh goes to the 12-week Freedom Programme at Knapthorne Women's Centre, to
understand what happened on 03/10/2025 and what it meant for Lacey.
**Who:** Kayleigh (Mum)
**When:** Every Thursday from 05/02/2026 to 23/04/2026
**How we'll know:** Women's Centre register sent to Ella at the end of each month

#### Card 12 – Jordan's assessment for Choices
**What:** Jordan goes to an assessment for the Choices programme for men who have been
abusive to a partner, and to every session if offered a place.
**Who:** Jordan Reece (Dad)
**When:** Assessment by 27/02/2026; then every Monday evening
**How we'll know:** Assessment letter from Choices on Ella's file by 27/02/2026; attendance
register sent to Ella monthly

#### Card 13 – Lacey's words and pictures
**What:** Ella does four play sessions with Lacey, using puppets and a simple Words and
Pictures book about the day Daddy pushed Mummy, so that Lacey knows it was not her fault.
**Who:** Ella Marsden, social worker
**When:** Four sessions by 31/03/2026
**How we'll know:** Session notes with Lacey's own words on file, and the book shared with
the core group on 07/04/2026

### Done since October (for the record, not part of the plan now)

- Referral to Pathways for Jordan – done 04/11/2025.
- Smoke alarm fitted by Knapthorne Fire and Rescue – done 20/11/2025.
- Lacey's pre-school booster given at Hollins Road Surgery – done 15/12/2025.
- Police domestic abuse marker on the flat – done 29/10/2025.

### Stopped today

- Weekly stay-and-play at Rookery Family Hub: stopped, because Lacey now goes to nursery
  every weekday morning.

## If things go wrong

- If Jordan is seen or smelt under the influence of cannabis while caring for Lacey, or a
  saliva test is positive: Ella visits that day, Jordan leaves the flat and stays at his
  mother's house (14 Foundry Walk) until a strategy discussion, which Ella holds within
  24 hours, has decided what happens next.
- If there is any argument that frightens Kayleigh or any violence: Kayleigh rings 999,
  Knapthorne Police attend, and Ella holds a strategy discussion the same day; Lacey and
  Kayleigh stay at Denise's while it is decided whether Jordan can return.
- If Lacey misses three nursery sessions in a row with no reason given, Holly rings Ella,
  who visits that day.
- If Jordan has a positive test after 21/04/2026, or there is any further violence, Ella
  will ask Priya Lal for a legal planning meeting within 5 working days, to decide whether
  to start pre-proceedings under the Public Law Outline.

## Meetings

- Core group every 4 weeks at Little Acorns Nursery, Tuesdays at 2pm: 10/02/2026,
  10/03/2026 and 07/04/2026.
- Second review child protection conference: 21/07/2026 at 10am, Knapthorne Town Hall.

Plan typed by Ella Marsden on 28/01/2026 and sent to Kayleigh, Jordan, Denise and every
agency at the conference.
""",
    "findings": [
        F("T001", "refer Lacey to the Knapthorne speech and language therapy service"),
        F("M002", "runs a 15-minute Chatterbox talk session with Lacey"),
        F("T002", "A family group conference with Kayleigh, Jordan, Denise and"),
        F("W002", "Do not leave Lacey with Jordan if he has smoked cannabis"),
        F("F002", "Kayleigh feels more confident and is no longer afraid of Jordan."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Second core group minutes: each action from the initial conference
#    reviewed with [D] [CF] [CH] [X] codes, then new actions [N]. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_kestlebury_cg2_minutes_action_review_status_codes_dunmore.txt",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-2-minutes-txt-numbered-minutes-present-with-initials-key-childrens-news-outcomes-from-icpc-agency-updates-then-review-of-icpc-plan-item-by-item-a1-to-a12-with-d-cf-ch-x-status-codes-lead-when-check-discussed-lines-then-new-actions-n-b1-to-b6-then-if-things-go-wrong-next-meetings",
    "description": (
        "Minutes of the second core group for a 7-year-old and an 11-month-old: their mother has PTSD "
        "and low mood after an assault, their father drinks heavily at weekends and was found drunk "
        "caring for the baby, whose weight has dropped from the 25th to the 9th centile. The minutes "
        "review each action of the initial conference plan in turn with a status code ([D] done and "
        "closed, [CF] carried forward, [CH] changed, [X] stopped), each with Lead / When / Check lines "
        "and a 'Discussed' note, then list new actions [N]. Initials are explained in the attendance "
        "list. The alcohol service reports on the father's drinking. Faults: the nursery place is 'C/F "
        "from CG1' with no new date; Talking Therapies' CBT only treats the mother; the Home-Start "
        "referral has '-' for its lead; the budgeting referral is 'asap'; the class teacher's lunchbox "
        "and uniform check has '-' for its check; and the review conference date is still to be "
        "confirmed."
    ),
    "text": """\
KESTLEBURY COUNCIL
CHILDREN'S SERVICES - SAFEGUARDING AND FAMILY SUPPORT (EAST)

MINUTES OF CORE GROUP MEETING 2
Poppy DUNMORE, born 08/05/2018 (7)  and  Alfie DUNMORE, born 14/02/2025 (11 months)
Date and place .. 13/01/2026, 10.00am, Kestlebury Children's Centre, Hollin Road
Plan started .... initial child protection conference 02/12/2025 (neglect, both children)
Last core group . 16/12/2025
Minutes by ...... Abi Mercer, business support
=====================================================================================

1. PRESENT AND APOLOGIES

   Leanne Dunmore (Mum), Craig Dunmore (Dad), June Dunmore (paternal grandmother).
   Initials used in these minutes:
     JW  Joanne Whitby, social worker (chairing the core group)
     SP  Sarah Pegg, health visitor, Kestlebury 0-19 Service
     RA  Mrs Rana Aziz, deputy head and DSL, St Cuthbert's Primary School
     DF  Mr Dean Fowler, Poppy's class teacher (Year 3)
     LP  Liam Price, recovery worker, Kestlebury Recovery Hub (alcohol service)
     DS  Dev Sharma, CBT therapist, Kestlebury Talking Therapies
   Apologies: Dr Ruth Callan (GP, Hollin Road Surgery), who e-mailed an update.


2. HOW POPPY AND ALFIE ARE

   Poppy (seen on her own at school by JW on 08/01/2026) said: "Christmas was good
   because Daddy didn't go to the pub." She said she doesn't like it "when Daddy talks
   funny and falls asleep on the settee" and that she checks on Alfie "when Mummy is
   crying". She wants "a lock on the bathroom" and "to go to Brownies like Amelia".
   On her worry scale she put home at 6 out of 10 ("it was a 3 before").

   Alfie: at SP's visit on 06/01/2026 he was sitting up, babbling and reaching for his
   cup. He was weighed at 8.1kg, on the 9th centile; he was on the 25th at his 8-month
   check. SP saw Leanne feed him a bottle while looking at her phone; he fed well and
   smiled at Craig. He was in a nappy that had not been changed for some hours.


3. WHAT THE PLAN IS FOR (outcomes agreed at the initial conference)

   a) Alfie is fed enough and regularly, and is back on the 25th centile by the review.
   b) Poppy and Alfie are never cared for by an adult who has been drinking.
   c) Poppy goes to school every day, on time, with a packed lunch and clean uniform,
      and does not have to look after Alfie or her mum.
   d) The children live in a clean, safe home with food in it, with a mum who is getting
      help for her PTSD and low mood so that she can notice and meet their needs.


4. UPDATES (summary)

   JW: three visits since CG1, one unannounced. House tidier on the last visit, but no
   fresh food on 22/12/2025. Craig says he has had "two bad weekends" since Christmas.
   SP: Alfie's weight has dropped; SP will now weigh him weekly (see A3).
   RA: Poppy's attendance since 05/01 is 89%; late 3 times.
   LP: Craig has been to 4 of 5 sessions at the Recovery Hub; breath tests clear at all 4.
   DS: Leanne is assessed and waiting for a start date; the first session is 20/01/2026.
   Dr Callan (by e-mail): Leanne takes sertraline 50mg; no change made.
   June: has had the children every Saturday since 06/12/2025.


5. REVIEW OF THE PLAN FROM THE INITIAL CONFERENCE (02/12/2025)

   Status key:  [D]  done - closed, kept in the minutes for the record only
                [CF] carried forward - still live as written
                [CH] changed today - live in its new wording
                [X]  stopped today - reason given

   A1 [CF]  JW to visit Poppy and Alfie at home, one visit in three unannounced,
            seeing Poppy on her own at each visit.
            Lead: JW     When: every 2 weeks
            Check: visit records on file within 2 working days, with Poppy's own words
            Discussed: 3 visits since CG1. Stays as written.

   A2 [D]   GP to refer Leanne to Kestlebury Talking Therapies.
            Lead: Dr Callan     When: by 09/12/2025
            Discussed: referral made 05/12/2025. Closed.

   A3 [CH]  SP to weigh Alfie at home and watch a full feed, and to e-mail JW the weight.
            Lead: SP     When: every week until Alfie is back on the 25th centile
                         (was fortnightly; changed today)
            Check: weights plotted in Alfie's red book and e-mailed to JW the same day
            Discussed: weight dropped to the 9th centile, so weekly from now.

   A4 [CF]  JW to find Alfie a funded place at Little Owls Day Nursery for three
            days a week, so he is seen and fed by nursery staff.
            Lead: JW     When: C/F from CG1
            Check: place confirmed in writing and Alfie's start date given to the
                   core group
            Discussed: Little Owls have no place until the spring; JW is asking
            Rainbow Corner.

   A5 [CF]  Craig to go to weekly key-work sessions at Kestlebury Recovery Hub and
            give a breath test at every session.
            Lead: Craig     When: every Wednesday
            Check: attendance and breath test results e-mailed to JW by LP after each
                   session
            Discussed: 4 of 5 sessions, all tests clear.

   A6 [CF]  LP to write a report on Craig's drinking, on whether he can stay sober
            when he is caring for Poppy and Alfie, and on how long change is likely
            to take.
            Lead: LP     When: by 24/02/2026
            Check: report on JW's file and shared with the core group at CG3

   A7 [D]   Craig and Leanne to fit the stair gate and move the medicines out of
            Alfie's reach.
            Lead: Craig and Leanne     When: by 19/12/2025
            Discussed: done, seen by SP on 06/01/2026. Closed.

   A8 [X]   Baby massage group at the Children's Centre for Leanne and Alfie.
            Discussed: stopped - Alfie is now too old for the group; Leanne will go
            to Stay and Play instead (B2).

   A9 [CH]  RA to check Poppy at registration, ring Leanne if Poppy is not in by
            9.15am and ring JW the same morning if there is no answer.
            (was: "School to monitor Poppy's attendance"; changed today)
            Lead: RA     When: every school day
            Check: register and first-day call log; attendance of 95% or more by
                   the February half term, sent to JW on 13/02/2026

   A10 [CF] Twelve weekly sessions of trauma-focused CBT for Leanne, for her PTSD
            and low mood.
            Lead: DS     When: weekly from 20/01/2026
            Check: attendance letter to JW after session 6 and at the end
            Discussed: first session booked.

   A11 [D]  JW to make a referral to Early Help for a family support worker.
            Discussed: closed - no longer needed, as Home-Start can offer the same
            help more quickly (B1).

   A12 [CF] June to have Poppy and Alfie at her house every Saturday from 10am
            to 6pm, so that they are away from home after Craig's Friday nights.
            Lead: June     When: every Saturday
            Check: June keeps a note of what the children ate and how they were,
                   and JW reads it at each visit
            Discussed: every Saturday since 06/12/2025.


6. NEW ACTIONS AGREED TODAY

   B1 [N]   Referral to Home-Start Kestlebury for a volunteer to help Leanne with
            Alfie's feeds and bathtime one morning a week.
            Lead: -     When: referral by 23/01/2026; visits weekly after that
            Check: volunteer's start date given to JW; the volunteer's visit log

   B2 [N]   Leanne to take Alfie to Stay and Play at Kestlebury Children's Centre.
            Lead: Leanne     When: every Thursday morning from 15/01/2026
            Check: Children's Centre register; staff note how Leanne plays with
                   and feeds Alfie, copied to JW monthly

   B3 [N]   JW to refer Leanne and Craig to Kestlebury Money Advice for help with
            their rent arrears and a weekly food budget.
            Lead: JW     When: asap
            Check: Money Advice appointment letter on file

   B4 [N]   DF to check Poppy's lunchbox and uniform on Mondays and Fridays and
            give her a school lunch on any day she has none.
            Lead: DF     When: every Monday and Friday
            Check: -

   B5 [N]   JW to do three "worry monster" sessions with Poppy at school, about
            what happens at home when Daddy drinks and Mummy cries.
            Lead: JW     When: three sessions by 06/02/2026
            Check: Poppy's worry monster notes and drawings on file and shared at
                   CG3

   B6 [N]   SP to refer Alfie to the paediatric dietitian at Kestlebury General
            Hospital.
            Lead: SP     When: by 20/01/2026
            Check: referral accepted and the first appointment date e-mailed to JW


7. IF THINGS GO WRONG (agreed at the initial conference, updated today)

   - If Craig is drunk or smells of alcohol when he is caring for Poppy or Alfie,
     Leanne rings JW (or the emergency duty team) and Craig leaves the house for the
     night to his brother Lee Dunmore's (22 Gable Street, agreed by Lee). JW or the
     duty worker visits the same day.
   - If Alfie's weight falls below the 2nd centile, SP rings JW the same day and
     arranges for the GP to see Alfie within 24 hours; JW holds a strategy discussion.
   - If June cannot have the children on a Saturday, she tells JW by Friday at noon;
     Craig does not drink that Friday, and if Craig has been drinking Leanne takes
     the children to Lee's partner Mandy Dunmore for the day (agreed by Mandy on
     13/01/2026). If neither can help, JW visits on the Saturday.
   - If Alfie is not back above the 9th centile by 24/02/2026, or Craig is found
     drunk while caring for the children again, JW will ask Simon Kettle (team
     manager) for a legal planning meeting within 5 working days.


8. NEXT MEETINGS

   Core group 3 ........ 10/02/2026, 10.00am, Kestlebury Children's Centre
   Core group 4 ........ 10/03/2026, 10.00am, Kestlebury Children's Centre
   Core groups then every four weeks.
   Review conference ... date to be confirmed; JW has asked the conference service
                         to book it.

Minutes agreed by JW on 14/01/2026 and sent to everyone present and to Dr Callan.
""",
    "findings": [
        F("T001", "find Alfie a funded place at Little Owls Day Nursery"),
        F("H001", "Twelve weekly sessions of trauma-focused CBT for Leanne"),
        F("W001", "Referral to Home-Start Kestlebury for a volunteer to help"),
        F("T002", "refer Leanne and Craig to Kestlebury Money Advice"),
        F("M001", "DF to check Poppy's lunchbox and uniform on Mondays"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Version 3 of the plan at the first review conference: change log
#    table, numbered paragraphs tagged [v1] / [v2 changed] / [v3 new] with
#    stable numbers, closed actions in an appendix. Page header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_kilverdale_plan_v3_change_log_tagged_paragraphs_hussain.pdf",
    "doc_title": "Child Protection Plan Version 3 - Zayn and Inaya Hussain",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "Kilverdale Council · Child Protection Plan · Version 3 (review conference 10/02/2026)",
    "footer": "Zayn and Inaya Hussain · OFFICIAL-SENSITIVE · Page {PAGE} of {NUMPAGES}",
    "template": "versioned-cp-plan-paged-header-footer-version-3-change-log-table-v1-v2-v3-then-numbered-sections-details-why-since-november-childrens-words-outcomes-then-plan-as-stable-numbered-paragraphs-a1-to-a17-tagged-v1-v2-changed-v3-changed-v3-new-gaps-where-closed-then-contingency-meetings-then-appendix-closed-actions-kept-for-the-record",
    "description": (
        "Version 3 of the plan for a 5-year-old and a 2-year-old after their father's violence to their "
        "mother (he is on bail awaiting trial, with contact supervised at a contact centre), issued at "
        "the first review conference. A change log table says what each version changed; the plan is "
        "numbered paragraphs with stable numbers (gaps where actions closed), each tagged [v1], [v2 "
        "changed], [v3 changed] or [v3 new], and closed actions are kept in an appendix. Most "
        "paragraphs give owner, time and a check in one sentence. Faults: the family support worker's "
        "sessions are 'monitored by the core group'; the class teacher's check-ins are 'as required'; "
        "the Freedom Programme referral 'will be made' by no one named; one outcome is about the mother "
        "only; the contingency only says the core group will review and consider next steps; and "
        "nothing says legal planning follows if the plan does not work."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kilverdale Council · Children's Social Care · Safeguarding and Assessment Team (West)"),
        ("p", "This is version 3 of the plan. It replaces version 2 and was agreed at the first review child "
              "protection conference on 10/02/2026. Action numbers stay the same from version to version; "
              "where a number is missing the action has closed, and it is kept in the appendix."),
        ("boldp", "Change log"),
        ("table", {
            "header": ["Version", "Date", "Meeting", "What changed"],
            "widths": [1.8, 2.3, 3.6, 9.3],
            "rows": [
                ["v1", "11/11/2025", "Initial child protection conference",
                 "Plan agreed: actions A1 to A12."],
                ["v2", "13/01/2026", "Core group 2",
                 "A4 closed (done). A6 and A11 changed. A8 closed (done)."],
                ["v3", "10/02/2026", "First review conference",
                 "A12 closed (no longer needed). A9 changed. A13 to A17 new."],
            ],
        }),
        ("h1", "1. About Zayn and Inaya"),
        ("kv", [
            ("Children", "Zayn Hussain, born 30/03/2020 (5), Reception, Kilverdale Road Primary School; Inaya "
                         "Hussain, born 17/08/2023 (2), Brightstart Nursery"),
            ("Home", "9 Sorrel Way, Kilverdale KL5 2NE, with their mum, Sadia Hussain (29)"),
            ("Dad", "Imran Hussain (33), living with his brother at 40 Quarry Hill; on bail until his trial "
                    "(listed for 16/03/2026), with conditions not to contact Sadia or go to Sorrel Way"),
            ("Category", "Emotional abuse (both children). Initial conference 11/11/2025."),
            ("Chair", "Fiona Barraclough (IRO)"),
            ("Social worker", "Laura Pennington (team manager: Gareth Lowe)"),
        ]),
        ("h1", "2. Why there is a plan"),
        ("p", "On 12/10/2025 Imran held Sadia against the kitchen wall by her throat while Zayn watched from "
              "the doorway and Inaya was in her high chair. Zayn ran to a neighbour. Imran was arrested and "
              "charged. Sadia has told the IDVA about two years of Imran checking her phone, taking her bank "
              "card and calling her names in front of the children. Zayn has started wetting the bed and "
              "hitting other children at school; Inaya cries and clings when a man's voice is raised."),
        ("h1", "3. What has changed since November"),
        ("p", "There have been no breaches of Imran's bail. Sadia has seen Beth, the IDVA, every week, and "
              "the locks were changed in November. Supervised contact at the contact centre has gone well; "
              "the staff notes say Imran plays gently with both children. Zayn has had no hitting incidents "
              "since the Christmas holidays, but still wets the bed most nights. Inaya now goes to nursery "
              "and her key worker says she is starting to join in at story time."),
        ("h1", "4. Zayn's and Inaya's words and days"),
        ("p", "Zayn (with Laura at school, 03/02/2026): \"Daddy squeezed Mummy and I runned to Auntie Pam's.\" "
              "\"I like the contact place, it has a train.\" \"I don't want Daddy to come to our house "
              "when he's cross.\" When Laura asked him what would make home better, he said \"a dog\"."),
        ("p", "Inaya (observed at nursery, 28/01/2026): she went straight to her key worker for a cuddle, "
              "played with the dolls' house for twenty minutes and hid her face when a father arrived "
              "shouting at pick-up time."),
        ("h1", "5. What we want to happen"),
        ("numbers", [
            "Zayn and Inaya live in a home where they do not see or hear violence, shouting or threats.",
            "Zayn feels safe enough to sleep through the night and to tell an adult when he is worried; his "
            "bed-wetting and hitting stop.",
            "Zayn and Inaya see their dad only in ways that are safe for them and for their mum.",
            "Sadia is free from abuse and feels confident to live her own life.",
        ]),
        ("h1", "6. The plan (version 3)"),
        ("pi", "A1 [v1] Laura Pennington (social worker) will visit Zayn and Inaya at home every two weeks, at "
               "least one visit in three unannounced, see Zayn on his own each time, and write up what he says "
               "and does within two working days."),
        ("pi", "A2 [v1] Beth Calloway (IDVA, Kilverdale Domestic Abuse Service) will meet Sadia every week "
               "until Imran's trial to update the safety plan for Sadia, Zayn and Inaya, and will send Laura a "
               "written risk update after each DASH review (every six weeks)."),
        ("pi", "A3 [v1] DC Rob Ainsley (Kilverdale Police Public Protection Unit) will tell Laura within 24 "
               "hours of any breach of Imran's bail conditions or any call to 9 Sorrel Way, and will confirm "
               "at each core group that the warning marker on the address is live."),
        ("pi", "A5 [v1] Sadia will keep the doors locked, will not let Imran into the house, and will ring "
               "999 if he comes to Sorrel Way, every day while his bail conditions last; Laura will check the "
               "police call log with DC Ainsley before each core group."),
        ("pi", "A6 [v2 changed] Kerry Dyson (family support worker, Kilverdale Family Hub) will do weekly "
               "sessions with Sadia at home on a calm bedtime for Zayn and mealtimes for Inaya (changed at "
               "core group 2 from fortnightly to weekly); progress will be monitored by the core group."),
        ("pi", "A7 [v1] Miss Amber Cole (Zayn's class teacher) will have a check-in with Zayn as required, "
               "using his feelings fan, and will record what he shows her on CPOMS."),
        ("pi", "A9 [v3 changed] Sadia will take Inaya to Brightstart Nursery every Tuesday, Wednesday and "
               "Thursday morning (changed at the review conference from two mornings to three), and the "
               "nursery will send Laura the register at the end of each month."),
        ("pi", "A10 [v1] Ravi Chauhan (health visitor) will do Inaya's 2-year review with an ASQ-3 by "
               "27/02/2026 and send the scores to Laura and to the nursery."),
        ("pi", "A11 [v2 changed] Kilverdale Family Contact Centre staff will supervise Imran's contact with "
               "Zayn and Inaya every Saturday from 10am to 12pm (changed at core group 2 from fortnightly), "
               "and will send Laura a written note of each session within three working days."),
        ("pi", "A13 [v3 new] Imran will go to an assessment for the Kilverdale Respect programme by "
               "13/03/2026 and, if he is offered a place, to every weekly session; the programme will send "
               "Laura its assessment letter and a monthly attendance record."),
        ("pi", "A14 [v3 new] A referral will be made to the Freedom Programme for Sadia by 24/02/2026, and "
               "the start date will be sent to the core group."),
        ("pi", "A15 [v3 new] Tanya Holt (children's worker, Kilverdale Domestic Abuse Service) will run the "
               "ten-week Rainbow group for Zayn from 24/02/2026 and write to Laura at the end with what Zayn "
               "has said and his scores on the group's feelings scale."),
        ("pi", "A16 [v3 new] Laura will write to Kilverdale Homes by 20/02/2026 supporting Sadia's request "
               "for a move to the other side of town, and will send the housing officer's reply to the core "
               "group."),
        ("pi", "A17 [v3 new] Laura will do three Three Houses sessions with Zayn by 20/03/2026 and bring his "
               "drawings and words to core group 4 on 07/04/2026."),
        ("h1", "7. If things go wrong"),
        ("p", "If there are further concerns about Imran's behaviour, or things do not improve for Zayn and "
              "Inaya, the core group will meet to review the plan and consider next steps, and Laura will "
              "discuss the case with her team manager."),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Core group every four weeks at Kilverdale Family Hub, Tuesdays at 10am: 10/03/2026 and "
            "07/04/2026.",
            "Second review child protection conference: 11/08/2026 at 2pm, Kilverdale Civic Offices.",
        ]),
        ("h1", "Appendix: closed actions (kept for the record)"),
        ("pi", "A4 [v1, closed at v2] Kilverdale Police to put a warning marker on 9 Sorrel Way. Done "
               "14/11/2025."),
        ("pi", "A8 [v1, closed at v2] Laura to arrange for the locks at 9 Sorrel Way to be changed. Done "
               "21/11/2025."),
        ("pi", "A12 [v1, closed at v3] Sadia to go to the Children's Centre \"Keeping Safe\" session. Closed as "
               "no longer needed: Beth covers the same ground in her weekly sessions (A2)."),
        ("p", "Version 3 issued by Laura Pennington on 11/02/2026 to Sadia, Imran (his part and the contact "
              "arrangements only) and every agency at the conference."),
    ],
    "findings": [
        F("M002", "progress will be monitored by the core group"),
        F("T002", "will have a check-in with Zayn as required"),
        F("W001", "A referral will be made to the Freedom Programme for Sadia"),
        F("F002", "Sadia is free from abuse and feels confident to live her own life."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety review: danger statement, safety goal, scaling then and
#    now, three houses, then a next steps table with a "Where it's up to"
#    column (done, carried on, changed, new, stopped). Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_kirtlehope_sos_review_next_steps_where_up_to_column_maclean.docx",
    "doc_title": "Signs of Safety Review - Rory MacLean",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-review-docx-kv-details-danger-statement-safety-goal-working-well-worries-complicating-factors-scaling-table-november-and-now-three-houses-table-rorys-words-then-next-steps-table-no-next-step-who-by-when-how-well-know-where-its-up-to-done-carried-on-changed-new-stopped-then-if-the-safety-plan-does-not-hold-meetings",
    "description": (
        "Signs of Safety review conference record for an 8-year-old whose mother drinks vodka: she was "
        "drunk at the school gate and Rory was found alone in the house at night. Danger statement, "
        "safety goal, what's working well and worries, a scaling table with each person's November "
        "score beside today's, Rory's three houses in his words, then a next steps table whose last "
        "column, 'Where it's up to', marks each step done, carried on, changed, new or stopped; the "
        "gran, uncle and a neighbour are the safety network and have a fallback. Faults: 'Everyone in "
        "Rory's safety network' owns passing on worries; the mother's recovery group is 'when she "
        "feels ready'; the new football club row has nothing in how we'll know; the nurture group is "
        "measured by 'Rory's mood improves'; and the mother's drinking is recorded but no adult service "
        "owns any step."
    ),
    "blocks": [
        ("title", "Signs of Safety Review: Rory's Plan"),
        ("p", "Kirtlehope Council · Children's Services · Signs of Safety practice"),
        ("kv", [
            ("Child", "Rory MacLean, born 11/04/2017 (8), Year 4, Kirtlehope Primary School"),
            ("Lives with", "Fiona MacLean (Mum, 38), 23 Heather Bank, Kirtlehope KH7 3LS"),
            ("Dad", "Stuart Grant (40), lives in Dunmarsh; Rory stays with him every other weekend"),
            ("Safety network", "Morag MacLean (Gran, Fiona's mum), Callum MacLean (uncle), Kath Doherty "
                               "(neighbour at number 29)"),
            ("Plan started", "Initial child protection conference 06/11/2025 (neglect)"),
            ("This meeting", "First review child protection conference, 05/02/2026 (chair: Ewan Lockhart, "
                             "IRO)"),
            ("Social worker", "Kirsty Baird (team manager: Alan Fyfe)"),
            ("Present", "Fiona, Stuart, Morag, Callum, Kirsty Baird, Mrs Helen Rattray (DSL), Mrs Lorna "
                        "Shaw (nurture teacher), Jenna Marr (family support worker)"),
        ]),
        ("h2", "Danger statement"),
        ("p", "Kirtlehope Children's Services and the school are worried that when Fiona drinks vodka she "
              "falls asleep or goes out and Rory is left on his own, hungry and frightened, with no adult "
              "who can keep him safe or get help. This happened on 30/09/2025, when Fiona was too drunk to "
              "collect Rory from school, and on 18/10/2025, when a neighbour found Rory, then 8, alone in "
              "the house at 11pm. If nothing changes, Rory could be hurt at home or outside, and he will "
              "keep feeling that he has to look after his mum."),
        ("h2", "Safety goal"),
        ("p", "Everyone in Rory's life, including the school, will be confident that whenever Fiona has "
              "been drinking a sober adult from his safety network is looking after him, that he always has "
              "food and gets to school, and that he knows who to ring if he is worried."),
        ("h2", "What's working well since November"),
        ("bullets", [
            "Callum has rung Fiona at bedtime every night since November and has gone round twice, and "
            "both times he took Rory to Gran's.",
            "Fiona has used the home breathalyser most evenings; all but one reading have been 0.00.",
            "Rory has had Wednesday nights with Gran every week, and Stuart has had him every other "
            "weekend.",
            "Rory's attendance is 96% since the conference, up from 82%.",
        ]),
        ("h2", "What we're still worried about"),
        ("bullets", [
            "On 19/12/2025 Fiona's reading was 0.41 at 6pm. Callum went round and found her asleep with "
            "the oven on; Rory had made himself toast.",
            "Fiona has not taken up her referral to the Kirtlehope Alcohol Service and says she wants to "
            "\"do it on my own\".",
            "Rory still checks on his mum at night and tells Mrs Shaw he is \"tired all the time\".",
        ]),
        ("h2", "Complicating factors"),
        ("p", "Fiona lost her job in the autumn and money is short. Morag is 71 and has arthritis; she can "
              "have Rory one night a week but not more."),
        ("h2", "Scaling"),
        ("p", "0 means Rory is sure to be left alone with Mum drunk again; 10 means everyone is confident "
              "he is safe enough for the plan to end."),
        ("table", {
            "header": ["Who", "November (ICPC)", "Now (05/02/2026)", "Why"],
            "widths": [3.4, 2.8, 2.8, 8.0],
            "rows": [
                ["Kirsty (social worker)", "2", "4", "Callum's calls and the breathalyser work, but 19/12 shows "
                                                     "what happens on a bad night."],
                ["Fiona", "6", "7", "\"I've done well apart from one night.\""],
                ["Morag", "3", "5", "\"Callum and me have it covered, but I worry in the daytime.\""],
                ["Mrs Rattray (school)", "3", "6", "Rory is in every day and has breakfast."],
            ],
        }),
        ("h2", "Rory's three houses (with Kirsty, 27/01/2026)"),
        ("table", {
            "header": ["House of worries", "House of good things", "House of dreams"],
            "widths": [5.6, 5.7, 5.7],
            "rows": [
                ["\"When Mum has the vodka and goes to sleep and doesn't wake up.\" \"When it's dark and "
                 "nobody's there.\"",
                 "\"Uncle Callum rings every night.\" \"Wednesday at Gran's, she makes mince.\" \"Dad's "
                 "weekends, we go on the bikes.\"",
                 "\"Mum doesn't drink any more and we get a dog.\" \"I want to play football for the "
                 "school.\""],
            ],
        }),
        ("h2", "Next steps"),
        ("p", "Where it's up to: ✔ done; → carried on as it was; ✎ changed today; ★ new today; ✘ stopped "
              "today. Done and stopped steps stay in the table until the next review and are not part of "
              "the plan now."),
        ("table", {
            "header": ["No.", "Next step", "Who", "By when", "How we'll know", "Where it's up to"],
            "widths": [1.0, 5.2, 2.7, 2.6, 3.3, 2.2],
            "rows": [
                ["1", "Visit Rory at home, one visit in three unannounced at teatime or bedtime, see him on "
                      "his own, and ask Fiona to use the breathalyser while Kirsty is there",
                 "Kirsty Baird, social worker", "Every week until the next review conference",
                 "Visit records within 2 working days, with the breath reading and Rory's words",
                 "→ 12 visits since November."],
                ["2", "Have Rory to stay every Wednesday night, collecting him from school and taking him "
                      "back in the morning",
                 "Morag MacLean (Gran)", "Every Wednesday",
                 "School's collection log; Morag texts Kirsty on Thursday morning",
                 "→ Every week."],
                ["3", "Ring Fiona at 8pm; if she sounds drunk, or does not answer two calls, go round and "
                      "take Rory to Gran's",
                 "Callum MacLean (uncle)", "Every night at 8pm",
                 "Callum's call log (time, and how Fiona sounded), shown to Kirsty at each visit",
                 "✎ Changed today: was 9pm."],
                ["4", "Pass on any worry about Fiona drinking, or about Rory being alone, to Kirsty",
                 "Everyone in Rory's safety network", "The same day as the worry",
                 "Kirsty logs each call on Rory's file",
                 "→ Two calls since November."],
                ["5", "Go to the SMART Recovery group at the Kirtlehope Wellbeing Centre",
                 "Fiona MacLean (Mum)", "When she feels ready",
                 "Attendance sheet signed by the group facilitator, shown to Kirsty",
                 "✎ Changed today: was weekly from 01/12/2025; Fiona has not started."],
                ["6", "Blow into the home breathalyser at 6pm and send Kirsty a photo of the reading",
                 "Fiona MacLean (Mum)", "Every evening at 6pm",
                 "Photos of the readings on Rory's file; any reading above 0.00 rung through to Callum and "
                 "Kirsty",
                 "→ One reading above 0.00 (19/12)."],
                ["7", "Check in with Rory at breakfast club and make sure he has eaten",
                 "Mrs Helen Rattray, DSL", "Every school morning",
                 "Breakfast club register; check-in sheet copied to Kirsty every Friday",
                 "→ Every day."],
                ["8", "Nurture group in the Rainbow Room for Rory, working on worries and friendships",
                 "Mrs Lorna Shaw, nurture teacher", "Monday, Wednesday and Friday afternoons until Easter",
                 "Rory's mood improves",
                 "✎ Changed today: was two afternoons a week."],
                ["9", "Have Rory every other weekend, collecting him from Heather Bank and bringing him back",
                 "Stuart Grant (Dad)", "Every other Friday 6pm to Sunday 5pm",
                 "Stuart texts Kirsty when Rory is home; Rory's words at Kirsty's visits",
                 "→ Every other weekend."],
                ["10", "Refer Rory to Kirtlehope Young Carers",
                 "Kirsty Baird, social worker", "By 19/12/2025", "Referral accepted",
                 "✔ Done 18/12/2025; Rory goes on Mondays."],
                ["11", "Hold a family network meeting to agree who covers which night",
                 "Kirsty Baird, social worker", "By 05/12/2025", "Network plan written and shared",
                 "✔ Done 02/12/2025."],
                ["12", "\"Time for Me\" group for Fiona at the Family Hub",
                 "Jenna Marr, family support worker", "Thursdays", "Group register",
                 "✘ Stopped today: Fiona has not been since early December; replaced by step 15."],
                ["13", "Make a 'My safety plan' words and pictures book with Rory, so he knows who his three "
                       "safe grown-ups are and how to ring them",
                 "Kirsty Baird, social worker", "Three sessions by 06/03/2026",
                 "Book finished, one copy with Rory and one on file; Rory can name his three safe grown-ups "
                 "when asked",
                 "★ New today."],
                ["14", "A free place for Rory at the school's after-school football club",
                 "Mrs Helen Rattray, DSL", "Every Thursday from 12/02/2026", "-",
                 "★ New today (Rory's dream)."],
                ["15", "Home sessions with Fiona on Rory's teatime and bedtime, using a routine chart Rory "
                       "helps to make",
                 "Jenna Marr, family support worker", "Every Tuesday 4pm to 6pm until 31/03/2026",
                 "Routine chart filled in and seen by Jenna each week; Rory in bed by 8.30pm on at least 5 "
                 "nights out of 7",
                 "★ New today."],
            ],
        }),
        ("h2", "If the safety plan does not hold"),
        ("bullets", [
            "If Fiona's 6pm reading is above 0.00, or she sounds drunk or does not answer Callum's calls, "
            "Callum goes round and takes Rory to Gran's for the night, and rings Kirsty (or the emergency "
            "duty team after 5pm). If Rory has been left alone, Kirsty holds a strategy discussion with the "
            "police the next working day at the latest.",
            "If Callum or Morag cannot help on a night they are needed (ill, away, or Morag's arthritis is "
            "bad), Kath Doherty at number 29 has agreed to have Rory overnight. If no one in the network can "
            "have him, Kirsty or the emergency duty team will place Rory with emergency foster carers that "
            "night.",
            "If Fiona is found drunk while caring for Rory again, or there are readings above 0.00 on three "
            "evenings in any four weeks, Kirsty will ask Alan Fyfe (team manager) for a legal planning "
            "meeting within 5 working days, to decide whether to start the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Kirtlehope Primary, Thursdays at 3.45pm: 05/03/2026, "
            "02/04/2026 and 30/04/2026.",
            "Second review child protection conference: 28/05/2026 at 10am, Kirtlehope Council Offices.",
        ]),
    ],
    "findings": [
        F("W002", "Pass on any worry about Fiona drinking, or about Rory"),
        F("T002", "Go to the SMART Recovery group at the Kirtlehope Wellbeing Centre"),
        F("M001", "A free place for Rory at the school's after-school football"),
        F("M002", "Nurture group in the Rainbow Room for Rory, working on"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A 14-year-old's plan after her review conference, written to her: one
#    landscape table per goal, "What we said in November / How it's gone /
#    What happens now / Who / When / How we'll know", done items in a box
#    apart. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
_SKYE_HEAD = ["What we said in November", "How it's gone", "What happens now", "Who", "When",
              "How we'll know"]
_SKYE_W = [4.0, 4.6, 6.0, 3.3, 3.6, 4.2]

PLANS.append({
    "name": "b197_kennerdale_yp_review_said_how_its_gone_whats_next_vickers.pdf",
    "doc_title": "Skye's Plan after her Review Conference - Skye Vickers",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "min_pages": 3,
    "header": "Kennerdale Children's Services · Skye's plan after her review conference on 22/01/2026",
    "footer": "For Skye Vickers · OFFICIAL-SENSITIVE · Page {PAGE} of {NUMPAGES}",
    "template": "young-persons-review-plan-paged-landscape-header-footer-written-to-her-you-means-skye-meeting-box-whats-happened-since-november-what-you-told-us-worries-going-well-what-we-want-for-you-done-since-november-box-then-one-table-per-goal-what-we-said-in-november-how-its-gone-what-happens-now-who-when-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan written to a 14-year-old after her first review conference: she has been going "
        "missing, was found twice at a flat with an older man who gave her cannabis and alcohol, and "
        "was out of school most afternoons. 'You' means Skye throughout. After a summary of the months "
        "since November, her own words and scores, and the goals, the things finished since November "
        "sit in a box of their own; the plan is one landscape table per goal whose columns set what was "
        "said in November and how it has gone beside what happens now, with Who, When and How we'll "
        "know for every live row (kept, changed, carried forward with a new date, or new). Her nan's "
        "help has a fallback, legal planning follows named triggers, core group dates and the next "
        "review conference are set."
    ),
    "blocks": [
        ("title", "Skye's plan"),
        ("p", "Written to you, Skye, by Jess Morton (your social worker) after your review child protection "
              "conference on 22/01/2026. When this plan says \"you\", it means you. Everything in it was "
              "talked about at the conference, and you and Mum had a copy of the draft on 23/01/2026."),
        ("table", {
            "rows": [
                ["You", "Skye Vickers, born 04/03/2011 (14), Year 9 at Kennerdale Academy"],
                ["Home", "With Mum (Donna Vickers, 41) at 58 Saxon Road, Kennerdale KN9 4EA"],
                ["Your nan", "Pat Vickers, 12 Mill View, Kennerdale"],
                ["Why there's a plan", "Risk of harm from people outside the family (child sexual "
                                       "exploitation). Initial conference 13/11/2025."],
                ["This meeting", "Review conference, 22/01/2026. Chair: Anita Goldsmith (IRO). You came "
                                 "for the first half and said what you wanted to say."],
                ["Who came", "Mum, Nan, Jess Morton (social worker), Sam Oduya (Kennerdale Missing and "
                             "Exploitation Team), PC Dan Whitlow (police exploitation team), Mr Carl Leigh "
                             "(head of Year 9 and DSL), Ollie Grant (Switch), Rachel Abbott (CAMHS family "
                             "therapy)"],
                ["Next meetings", "Core groups 12/02/2026 and 12/03/2026; next review conference "
                                  "23/07/2026"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h2", "What's happened since November"),
        ("p", "You went missing five times in November and December, and twice you were found at the flat on "
              "Ashby Street with Leon Kerr, who is 23. Since the police gave Leon a warning notice on "
              "03/12/2025 you have been missing once (over New Year, for one night), and you say you have not "
              "seen him. Your attendance has gone up from 71% to 86%. You and Mum still have big rows, mostly "
              "about what time you come in. Family therapy did not start in December because of a waiting "
              "list; it now has a date."),
        ("h2", "What you told us"),
        ("p", "To Jess on 15/01/2026: \"I'm not stupid, I know Leon's not my boyfriend now.\" \"I go out "
              "because home does my head in, not because of him.\" \"I want Mum to stop going on and just "
              "trust me a bit.\" You said you like art and want to do it for GCSE, and that you would go to "
              "art club \"if my mates don't know\"."),
        ("p", "You scored how safe you feel when you're out at 6 out of 10 (it was 3 in November), and how "
              "calm home is at 4 out of 10. You said you would rather see Sam than anyone else, and that you "
              "want your plan written to you, not about you."),
        ("h2", "What we're still worried about"),
        ("bullets", [
            "Leon and his friends still know where you live and have messaged you on Snapchat.",
            "When you and Mum row, you leave the house and don't say where you're going.",
            "You told Ollie you smoke cannabis most weekends.",
        ]),
        ("h2", "What's going well"),
        ("bullets", [
            "You have been missing once since December, and you came back by yourself.",
            "You go to see Sam every week and you told her about the Snapchat messages.",
            "Mum has been to every meeting, and Nan has picked you up twice when you rang her.",
        ]),
        ("h2", "What we want for you"),
        ("numbers", [
            "You are safe when you're out, you stop going missing, and people who want to use you can't get "
            "to you.",
            "You are at school every day, and doing the things you're good at, like art.",
            "Home feels calm, and you and Mum can sort out rows without you walking out.",
        ]),
        ("h2", "Done since November (not part of the plan now)"),
        ("bullets", [
            "Jess referred you to the Kennerdale Missing and Exploitation Team on 18/11/2025.",
            "PC Whitlow gave Leon Kerr a child abduction warning notice on 03/12/2025.",
            "Jess referred you to Switch on 02/12/2025, and you had your first session on 16/12/2025.",
            "Mum and Jess set up parental controls and location sharing on your phone, with you, on "
            "10/12/2025.",
        ]),
        ("h2", "Goal 1: You are safe when you're out"),
        ("table", {
            "header": _SKYE_HEAD,
            "widths": _SKYE_W,
            "rows": [
                ["Jess sees you every week.",
                 "You've seen Jess ten times; you missed two when you were out.",
                 "Jess sees you every week, at home or somewhere you choose, and on your own.",
                 "Jess Morton, social worker", "Every week until the next review conference",
                 "Jess's visit records on your file within 2 working days, with what you said"],
                ["A return home interview every time you go missing.",
                 "All five interviews done within 72 hours.",
                 "An independent return home interview after every time you go missing, with Sam if you "
                 "want her.",
                 "Sam Oduya, Kennerdale Missing and Exploitation Team", "Within 72 hours of every return",
                 "Interview record on your file: where you went, who you were with and what you said"],
                ["Police check the Ashby Street flat.",
                 "Two checks found you there in November; none since the warning notice.",
                 "Police check the Ashby Street flat and tell Jess about any sighting of you with Leon or "
                 "his friends.",
                 "PC Dan Whitlow, police exploitation team",
                 "A check every week; a sighting told to Jess within 24 hours",
                 "Police log of checks and sightings, shared with Jess before each core group"],
                ["New.",
                 "You asked at the conference for sessions with Sam instead of a group.",
                 "One-to-one sessions with Sam about healthy relationships, grooming and staying safe online, "
                 "using the My Choices workbook.",
                 "Sam Oduya", "Every Thursday after school, ten sessions from 29/01/2026",
                 "The workbook pages you've done, and your own safety score (0 to 10) at each session, "
                 "written down by Sam"],
                ["Mum rings the police if you're not home by 10pm.",
                 "Mum rang the police three times. You said 10pm on a Saturday is \"babyish\".",
                 "Changed: Mum texts you at 9.30pm, and reports you missing to the police if you are not "
                 "home, or not answering, by 10pm on school nights and 11pm on Fridays and Saturdays.",
                 "Donna Vickers (Mum)", "Every night you are out",
                 "Police missing reports; Mum's notes of the time you came in, read by Jess every week"],
            ],
        }),
        ("h2", "Goal 2: You are at school every day"),
        ("table", {
            "header": _SKYE_HEAD,
            "widths": _SKYE_W,
            "rows": [
                ["Mornings and two afternoons at school, building up.",
                 "Attendance 71% in November, 86% now. You've stayed every afternoon you were timetabled.",
                 "Full days from 23/02/2026, with a check-in with Mr Leigh at 8.40am every morning.",
                 "Mr Carl Leigh, head of Year 9 and DSL", "Every school day; full days from 23/02/2026",
                 "Attendance register sent to Jess every Friday; 90% or more by the Easter holidays"],
                ["New.",
                 "You said you'd like art club.",
                 "A place at art club, with your sketchbook kept in the art room.",
                 "Ms Fay Dunn, art teacher", "Every Wednesday after school from 28/01/2026",
                 "Art club register; your sketchbook, which you said you'd show Jess"],
                ["You can see the school nurse if you want.",
                 "You've been twice.",
                 "School nurse drop-in: talk about sexual health and contraception if you want, and about "
                 "the cannabis.",
                 "Kim Ashe, school nurse", "Every other Tuesday at lunchtime",
                 "Drop-in record of the dates you came, shared with Jess each month (not what you said, "
                 "unless you are at risk)"],
            ],
        }),
        ("h2", "Goal 3: Home feels calm"),
        ("table", {
            "header": _SKYE_HEAD,
            "widths": _SKYE_W,
            "rows": [
                ["Family therapy for you and Mum to start in December.",
                 "Didn't start: waiting list. Carried forward with a new date.",
                 "Six family sessions for you and Mum about rows, rules and coming-in times.",
                 "Rachel Abbott, family therapist, Kennerdale CAMHS",
                 "Every two weeks from 04/02/2026 (new date)",
                 "Rachel's letter to Jess after each session; your and Mum's 'how calm is home' scores at "
                 "the first and the last session"],
                ["Mum goes to a parents' group.",
                 "Mum went to the first week of Living with Teens.",
                 "Mum goes to every session of the eight-week Living with Teens group.",
                 "Donna Vickers (Mum)", "Every Monday evening until 16/03/2026",
                 "Group register sent to Jess by the Family Hub"],
                ["Nan is there if you need a break.",
                 "Nan picked you up twice when you rang her, once at 1am.",
                 "You can stay at Nan's on Friday nights if you want a break, and Nan will come and get you "
                 "from wherever you are if you ring her.",
                 "Pat Vickers (Nan)", "Every Friday night, and any time you ring her",
                 "Nan texts Jess every Saturday morning; Jess asks you at her visits"],
                ["Sessions with Switch about cannabis.",
                 "You've been to three of four.",
                 "Sessions with Ollie about cannabis and alcohol, using your own use diary.",
                 "Ollie Grant, Switch (Kennerdale young people's substance service)",
                 "Every Tuesday after school, six more sessions from 27/01/2026",
                 "Your use diary and Ollie's session notes, shared with Jess each month"],
                ["New.",
                 "You said you'd like Uncle Shaun to be part of your plan.",
                 "A family network meeting with you, Mum, Nan and Uncle Shaun, to agree who you can go to "
                 "after a row and who will pick you up.",
                 "Jess Morton, social worker", "By 20/02/2026",
                 "A written family network plan signed by everyone, given to you and to the core group"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If you are missing, Mum reports it to the police at the time in Goal 1 and rings Jess (or the "
            "emergency duty team). If you are missing for more than 24 hours, or you are found with Leon or "
            "his friends, Jess holds a strategy discussion with the police and Sam the same day.",
            "If Leon or anyone from the flat contacts you, you tell Sam, Jess or Mum, and PC Whitlow will "
            "look at whether Leon has broken the warning notice and visit him within 48 hours.",
            "If Nan can't have you or can't come to get you (she's ill or away), Mum or Uncle Shaun will "
            "collect you; if none of them can, Jess or the emergency duty team will find you a safe place "
            "for the night with emergency foster carers.",
            "If you go missing three times in any four weeks, or you are found with Leon again, Jess will "
            "ask her manager, Paul Etherington, for a legal planning meeting within 5 working days, to "
            "decide whether you need to be looked after for a while to keep you safe.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Kennerdale Academy, Thursdays at 3.30pm: 12/02/2026, 12/03/2026 "
            "and 09/04/2026. You're welcome at any of them.",
            "Next review child protection conference: 23/07/2026 at 4pm (after school), Kennerdale Civic "
            "Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Fourth core group plan for a 5-month-old: bullets under a heading per
#    person ("X will:"), each bullet tagged [Kept], [Changed], [Carried
#    forward - new date] or [New], then "Done since core group 3" and
#    "Stopped" lists. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b197_kyrewood_cg4_bullets_by_person_status_tags_haldane.md",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-4-plan-md-details-list-who-came-since-core-group-3-summary-ivys-days-worries-going-well-what-we-want-for-ivy-then-plan-as-bullets-under-an-x-will-heading-per-person-or-service-each-bullet-tagged-kept-changed-carried-forward-new-date-new-then-done-since-core-group-3-and-stopped-lists-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan as updated at the fourth core group for a 5-month-old who lives with her "
        "19-year-old mother and her maternal grandmother: the mother has postnatal depression and is "
        "under the perinatal mental health team, the father uses cannabis and sees the baby only with "
        "the grandmother there, and the baby's weight has dipped. The plan is bullets under an 'X will:' "
        "heading per person or service, each bullet tagged [Kept], [Changed 27/01] with what changed, "
        "[Carried forward - new date] or [New 27/01], with its time and check in the bullet; what is done "
        "and what stopped are listed after the plan. The perinatal team reports on the mother's capacity "
        "to change in every bullet it owns, the drug service reports on the father, the grandmother's "
        "supervision has a fallback, legal planning follows named triggers, and core group and review "
        "dates are set."
    ),
    "text": """\
# Kyrewood Council – Children's Services

## Ivy Haldane: child protection plan, updated at core group 4

- **Ivy Haldane**, born 22/08/2025 (5 months)
- **Lives with** Chloe Haldane (Mum, 19) and Tracy Haldane (Nana, Chloe's mum, 46), 7 Fernlea
  Road, Kyrewood KY4 9DB
- **Dad:** Ryan Sutcliffe (21), lives with his parents at 30 Brackley Drive, Kyrewood
- **Category:** neglect. Pre-birth conference 15/07/2025; first review conference 14/10/2025.
- **This meeting:** core group 4, 27/01/2026, Kyrewood Family Hub. **Last meeting:** core
  group 3, 16/12/2025.
- **Social worker:** Rhian Pask (team manager: Owen Thirlwell)

### Who came

Chloe, Tracy, Ryan, Rhian Pask (social worker), Amy Tolland (health visitor), Sue Wragg
(community psychiatric nurse, Kyrewood Perinatal Mental Health Team), Jade Connolly (recovery
worker, Kyrewood Drug and Alcohol Service). Dr Farah Malik (GP) sent a letter.

### Since core group 3

Chloe's mood dipped over Christmas: her Edinburgh score went from 11 to 16, and Sue saw her
twice in one week. Ivy's weight dropped from the 50th to the 25th centile between her 12-week
and 20-week weighs. Ryan's urine tests have been negative for cannabis since 02/12/2025. The
safe sleep session was cancelled by the Family Hub and has been rebooked. Ivy had her 16-week
immunisations on 12/01/2026. The core group went through every item of the plan; each item
below says whether it was kept, changed, carried forward with a new date or is new.

### Ivy's days

Ivy is a smiley baby who kicks her legs when she hears Nana's voice. At Amy's visit on
20/01/2026 she was clean and dressed, in a Moses basket in Chloe's room, and fed well from a
bottle, though Chloe propped the bottle on a cushion for part of the feed. Rhian saw her on
23/01/2026 reaching for a rattle and laughing when Ryan blew raspberries on her tummy, with
Tracy in the room. Tracy says Ivy "grizzles when Chloe's having a bad day and goes quiet when
Chloe cries". At night Ivy wakes twice; Chloe does the 2am feed and Tracy the 5am one.

### What is still worrying

- When Chloe's mood is low she stays in her room, and Ivy's feeds have been late or short.
- Ivy's weight has dropped from the 50th to the 25th centile.
- Ryan smoked cannabis every day until December, and Ivy cannot be cared for by him alone yet.

### What is going well

- Chloe is taking her sertraline and has seen Sue every two weeks.
- Tracy has been in the room for every one of Ryan's visits.
- Ryan's tests have been negative for eight weeks.

### What we want for Ivy

1. Ivy is fed on time and grows well, back on the 50th centile by her 9-month check.
2. Ivy is cared for by a mum whose depression is treated, who notices when she is hungry or
   upset and answers her quickly.
3. Ivy is never cared for by anyone who has used cannabis, and sleeps safely every night.

### How the plan is set out

Each person or service has a heading, and the items under it are theirs. Each item is tagged:
**[Kept]** as it was; **[Changed 27/01]** agreed today in new wording, with what changed in
brackets; **[Carried forward - new date]** not done yet, with its new date; **[New 27/01]**
agreed today. Items done since core group 3, and items stopped today, are listed after the
plan and are not part of it any more.

## The plan

### Chloe (Mum) will:

- **[Kept]** Give Ivy her feeds every 3 to 4 hours, day and night, holding her for every bottle,
  and write each feed on Ivy's feed chart, which Amy and Rhian read at every visit.
- **[Changed 27/01]** Take her sertraline every morning and go to every appointment with Sue, so
  that she is well enough to notice when Ivy is hungry or unsettled; Sue confirms each
  appointment in her monthly letter to Rhian. (Was "take her medication as prescribed".)
- **[New 27/01]** Take Ivy to Baby Sensory at Kyrewood Family Hub every Friday morning from
  30/01/2026; the Hub sends Rhian the register at the end of each month.

### Ryan (Dad) will:

- **[Kept]** Not come to Fernlea Road if he has smoked cannabis in the last 24 hours, on every
  visit day; if Tracy smells cannabis she turns him away and texts Rhian that day, and Rhian
  writes it on Ivy's file.
- **[Changed 27/01]** Go to his key-work sessions at Kyrewood Drug and Alcohol Service every week
  and give a urine test at each one; Jade sends the result to Rhian after every session. (Was
  fortnightly.)

### Tracy (Nana) will:

- **[Kept]** Be in the room for the whole of every visit Ryan has with Ivy, on Tuesdays and
  Saturdays from 2pm to 5pm, and sign the contact book at the end of each visit; Rhian reads
  the book every week.
- **[Carried forward - new date]** Go with Chloe to the Safe Sleep and ICON ("coping with
  crying") session at Kyrewood Family Hub on 10/02/2026 (it was booked for 13/01/2026 and the
  Hub cancelled it); the Hub's register shows they both went, and Amy checks Ivy's sleep space
  at her next visit.

### Rhian Pask (social worker) will:

- **[Kept]** Visit Ivy every 10 working days, one visit in three unannounced, and see her awake
  and undressed; visit records go on Ivy's file within 2 working days.
- **[Carried forward - new date]** Finish the parenting assessment of Chloe and Ryan by
  06/03/2026 (was 23/01/2026; delayed while Chloe was unwell), with a recommendation for Ivy's
  plan, shared with the core group at core group 6 on 24/03/2026.
- **[New 27/01]** Hold a family network meeting with Chloe, Tracy, Ryan and Ryan's mum, Julie
  Sutcliffe, by 20/02/2026 to agree a back-up for Tracy's supervision; the written network
  plan goes to everyone in the core group.

### Amy Tolland (health visitor) will:

- **[Changed 27/01]** Visit Ivy at home every week until she is back on the 50th centile, weigh
  her, watch a full feed and plot the weight in her red book; Amy e-mails the weight to Rhian
  the same day. (Was every two weeks.)
- **[Kept]** Do an Edinburgh Postnatal Depression Scale with Chloe once a month and send the
  score to Sue and Rhian within two working days.

### Kyrewood Perinatal Mental Health Team (Sue Wragg, CPN) will:

- **[Kept]** See Chloe at home every two weeks, and write to Rhian each month on her mood and
  medication, on whether she is making the changes Ivy needs (holding her for feeds,
  answering her cries, keeping to feed times) and on how long those changes are likely to take.
- **[New 27/01]** Write a report for the review conference by 31/03/2026, with Dr Omar Fenwick
  (consultant perinatal psychiatrist), on whether Chloe can make and keep those changes and how
  long that is likely to take, shared with Rhian and the conference.

### Kyrewood Drug and Alcohol Service (Jade Connolly) will:

- **[Kept]** Write a report by 24/02/2026 on Ryan's cannabis use, his test results since October
  and whether he is likely to stay off cannabis, sent to Rhian for core group 5.

### Dr Farah Malik (GP, Kyrewood Medical Centre) will:

- **[New 27/01]** Review Chloe's sertraline on 03/02/2026 and again four weeks later, and write
  to Rhian and Sue after each review with the dose and how Chloe says it is working.

## Done since core group 3 (not part of the plan now)

- Rhian referred Chloe and Ivy to Baby Sensory – done 05/01/2026.
- Ivy's 16-week immunisations – given 12/01/2026 at Kyrewood Medical Centre.
- Stair gate and fire guard fitted by Tracy – seen by Rhian on 23/01/2026.

## Stopped at this core group

- Chloe's weekly Mums Together group: stopped, because Chloe found it too much while her mood
  was low. Sue's visits and Baby Sensory take its place.

## If things go wrong

- If Chloe says she has thoughts of harming herself or Ivy, or her Edinburgh score is 20 or
  more, Sue (or the perinatal crisis line out of hours) arranges a same-day mental health
  assessment and rings Rhian; Tracy cares for Ivy, and Chloe is not left alone with her until
  Sue and Rhian agree it is safe.
- If Ivy's weight falls below the 9th centile, or she misses two feeds on her chart in a day,
  Amy rings Rhian the same day and Ivy is seen by Dr Malik within 24 hours.
- If Ryan comes to Fernlea Road after using cannabis, or is found with Ivy without Tracy, the
  visit ends at once, Tracy rings the police if he will not leave, and Rhian holds a strategy
  discussion that day.
- If Tracy cannot supervise a visit (she is ill or at work), the visit does not happen at
  Fernlea Road: Rhian moves it to Kyrewood Family Contact Centre within two working days. If
  Tracy cannot care for Ivy at night when Chloe is unwell, Ivy stays with Ryan's mum, Julie
  Sutcliffe (agreed 27/01/2026, without Ryan there), and if Julie cannot either, Rhian or the
  emergency duty team will place Ivy with foster carers that night.
- If the parenting assessment says Ivy cannot be cared for safely at home, or Ivy's weight falls
  below the 2nd centile, or Ryan has a positive test, Rhian will ask Owen Thirlwell for a legal
  planning meeting within 5 working days, to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks at Kyrewood Family Hub, Tuesdays at 10am: core group 5 on
  24/02/2026, core group 6 on 24/03/2026.
- Second review child protection conference: 14/04/2026 at 1.30pm, Kyrewood Civic Centre.

Plan updated by Rhian Pask on 28/01/2026 and sent to Chloe, Tracy, Ryan and every agency.
""",
    "findings": [],
})
