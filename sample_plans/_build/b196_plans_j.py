"""Batch 196, module j: seven fictional plans (tuning material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans revised over time. Each plan is the plan as it stands after a
core group or a review conference has gone through the last version, in a
template of its own: a RAG and status column with completed and dropped rows
left in place, action cards with "Was" and "Now" lines and the conference's
decision, outcome bands with a "Progress since CG3" column and a closed
table, a social worker's e-mail sorting the plan into done / keeping /
changed / new / dropped, a "Change at this review" column with a separate
closed table, a per-outcome review ("what happened" then "next steps"), and
a young person's own plan, version 3, in finished / carrying on / changed /
new / stopped parts. Each records this meeting and the last, who came, the
news since, what was decided, the next core group and review conference.
Completed one-off actions and dropped actions are kept for the record but
are not actions of the plan; carried-forward, changed, new and ongoing ones
are. A status or progress note is never an action's timescale or measure.

1. a core group 3 plan for a 10-year-old and a 6-year-old (neglect, their
   mother's drinking, their grandmother helping), a landscape Word table
   with a "Status at CG3" column holding RAG letters, "CHANGED", "NEW",
   "CARRIED FORWARD" with the new date in the When cell, and completed and
   dropped rows left in the table until the review (docx, exemplary);
2. a first review conference plan for a 7-year-old and an 11-month-old
   after domestic abuse, their mother under the community mental health
   team, as one card per action with Now / Was / Who / When / How we'll
   know / Conference decided lines, then "Done since October" and
   "Stopped" lists (md): faults are the care coordinator's fortnightly
   support with no report on Chloe's capacity to change, the Little Stars
   referral whose When says only "Carried forward", the health visitor's
   1-year review with "-" for how we'll know, the family support worker's
   sessions measured by "Chloe's engagement", "Family" telling the social
   worker if the father comes, an outcome about the mother only, and no
   legal planning anywhere (H001, T001, M001, M002, W002, F002, R002);
3. a core group 4 plan for a 14-year-old being criminally exploited, whose
   mother smokes cannabis, a landscape table in outcome bands with "Lead",
   "Timescale", "Evidence" and "Progress since CG3" columns, then a table of
   actions closed since CG3, page header and footer (pdf): faults are the
   mentoring referral whose Timescale says only "C/F from CG3" (its new
   date sits in the progress column), police disruption "as and when
   intelligence allows", a youth work referral with "-" for its lead, the
   school's daily check-in measured by "Monitored at core group", direct
   work with the 9-year-old sister with "-" for evidence, and the mother's
   cannabis use with no drug service owning any action (T001, T002, W001,
   M002, M001, F004);
4. a social worker's plain-text e-mail to the core group after core group
   2 for an 8-year-old autistic boy and his 3-year-old sister (neglect),
   sorting the plan into done, keeping, keeping but changed, new and
   dropped (txt): faults are a speech and language assessment "new date
   TBC", the core group as owner of passing on worries, the grandfather's
   Saturday swimming with no measure, the family support worker keeping
   "an eye on" the house, a review conference date "to be confirmed", and
   the grandfather's and aunt's help with no fallback if it fails (T002,
   W002, M001, M002, R001, C003);
5. a review conference plan for a 2-year-old after unexplained bruising,
   the family moving to another authority in March, a Word table "Action as
   it now stands / Lead / When / How we will know / Change at this review"
   then a table of actions closed at the review (docx): faults are the
   partner's part of the parenting assessment handed to the receiving
   authority once the case transfers, the nursery's checks "Ongoing", "All
   professionals" passing on injuries, the health visitor's development
   review with "-" for how we will know, an outcome about the parents only,
   and a contingency that only says the core group will meet to consider
   next steps (X001, T002, W002, M001, F002, C002);
6. a review conference plan for a 5-month-old whose mother has postnatal
   depression, under an outcome heading each "What has happened since
   October" then a "Next steps" table with a "This step is" column
   (continuing / changed / new), then "Closed at this review", page header
   and footer (pdf, exemplary);
7. a 12-year-old young carer's own plan, version 3, written to her after
   core group 5 (her father's multiple sclerosis and his misuse of
   prescribed codeine; neglect), in parts "Finished", "Carrying on",
   "Changed", "New" and "Stopped", each live item with Who / When / How
   we'll know lines (md, exemplary).

Three plans (1, 6 and 7) are exemplary: every live action has a named
owner, a real timescale and something that can be seen, counted or read;
every outcome is about the child; each contingency has specific triggers
and protective responses and says what happens if a relative's help fails;
each records the child's voice or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; adult services own actions where a parent is ill or misuses
alcohol or drugs, and the one adult mental health service (plan 6) is asked
for its view of the mother's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1, and the batch
143/144 conventions): each live row of an action table, each live card and
each live item of the e-mail's and the young person's plan parts counts
once, whatever number of sentences it holds. Rows, cards and items marked
completed (one-off work) or dropped, the "Done", "Closed" and "Stopped"
lists, the progress summaries, the children's news, what the meeting
decided, status and progress notes, "Was" lines, outcomes, the
contingency, meeting dates and the children's views are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 3 plan, neglect and the mother's drinking. Landscape Word
#    table with a "Status at CG3" column (RAG, CHANGED, NEW, CARRIED
#    FORWARD); completed and dropped rows left in place. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_jorvale_cg3_rag_status_column_closed_rows_kept_brannock.docx",
    "doc_title": "Child Protection Plan revised at Core Group 3 - Tyler and Maisie Brannock",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "core-group-3-revised-plan-docx-landscape-meeting-box-table-who-came-table-since-cg2-summary-childrens-news-worries-going-well-childrens-words-outcomes-then-no-what-needs-to-happen-who-when-how-well-know-status-at-cg3-column-rag-changed-new-carried-forward-completed-and-dropped-rows-left-in-table-then-what-cg-decided-if-things-go-wrong-meetings",
    "description": (
        "Exemplary core group 3 plan for a 10-year-old and a 6-year-old on plans for neglect: their "
        "mother drinks heavily and once left them alone at night, the 10-year-old looks after his "
        "sister, and their grandmother walks them to school and gives them tea. The plan is a "
        "landscape Word table whose last column, 'Status at CG3', holds RAG letters and notes "
        "('CHANGED at CG3: was a spoken update', 'NEW at CG3', 'CARRIED FORWARD: new start date in "
        "the When cell'); two completed one-off rows and one dropped row stay in the table, marked "
        "'COMPLETED - remove at the review' and 'DROPPED at CG3', and are not counted. A meeting box "
        "gives this and the last core group, the next one and the review conference; a summary says "
        "what happened since CG2, including the night the contingency was used. The recovery "
        "service reports on the mother's capacity to stay sober, the GP owns an action, the "
        "grandmother's help has a fallback, legal planning follows named triggers, and the "
        "children's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan: revised at Core Group 3"),
        ("p", "Jorvale Council Children's Services, Safeguarding Team North. Tyler and Maisie Brannock."),
        ("table", {
            "rows": [
                ["This meeting", "Core group 3, Tuesday 13/01/2026, 3.45pm, Jorvale St Aidan's C of E Primary School"],
                ["Last meeting", "Core group 2, Tuesday 09/12/2025"],
                ["Plan first agreed", "Initial child protection conference, 28/10/2025. Category: neglect (both children)"],
                ["Next meetings", "Review child protection conference: Tuesday 27/01/2026, 10am, Jorvale Civic Centre, "
                                  "Room 3. Core group 4: Tuesday 10/02/2026, 3.45pm, at the school"],
                ["Core group chair", "Hannah Marsh, social worker (team manager: Robert Ince)"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h2", "Who came"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [6.0, 8.0, 11.7],
            "rows": [
                ["Kerry Brannock", "Mum", "Family"],
                ["Pauline Brannock", "Nana (Kerry's mum)", "Family"],
                ["Hannah Marsh", "Social worker", "Jorvale Children's Services"],
                ["Jo Lister", "Deputy head and Designated Safeguarding Lead", "Jorvale St Aidan's C of E Primary School"],
                ["Dean Fowler", "Recovery worker", "Jorvale Recovery Service (alcohol and drugs)"],
                ["Lucy Crane", "Family support worker", "Fellgate Family Hub"],
                ["Gill Harper", "School nurse", "Jorvale 0-19 Service"],
                ["Apologies", "Gary Whitlam (Dad) sent his views by text; Dr Anjali Rao (GP) sent a letter "
                              "dated 08/01/2026", "-"],
            ],
        }),
        ("h2", "The family"),
        ("kv", [
            ("Tyler Brannock", "10 (born 03/05/2015), Year 6, Jorvale St Aidan's C of E Primary School"),
            ("Maisie Brannock", "6 (born 21/08/2019), Year 2, same school"),
            ("Home", "27 Lowther Street, Jorvale JV2 6PL, with their mum Kerry Brannock (34)"),
            ("Dad", "Gary Whitlam (36), lives in Castlebeck; sees the children every other Sunday at Nana's"),
            ("Nana", "Pauline Brannock (61), 12 Fellgate Road, five minutes' walk away"),
        ]),
        ("h2", "What has happened since core group 2"),
        ("p", "Kerry has been to five of her six Thursday key-work sessions with Dean (she rang in ill on "
              "18/12/2025). On Friday 19/12/2025 Hannah visited unannounced at 6.10pm; Kerry agreed to a breath "
              "test and read 0.12. Tyler had made tea for Maisie. Under the contingency plan Tyler and Maisie "
              "went to Nana's for the night and Hannah held a strategy discussion with the police and the school "
              "that evening; the children went home on 21/12/2025 after Kerry's test was 0.00, with Nana staying "
              "over for Christmas. Kerry's four tests since then have all been 0.00."),
        ("p", "Jorvale Homes replaced the boiler on 02/12/2025 and the house is warm. Lucy's home conditions "
              "scores have gone 5, 6, 7, 7 out of 10. Both children had their health check on 05/12/2025 and are "
              "registered with a dentist. Attendance for the second half of the autumn term was 93% for Tyler "
              "and 91% for Maisie (84% and 80% in the first half). Tyler's young carers group could not start in "
              "December because the group was full."),
        ("h2", "Tyler and Maisie's news"),
        ("bullets", [
            "Tyler has been picked for the school football team and played his first match on 10/01/2026.",
            "Maisie got a reading certificate in assembly and has moved up two reading bands.",
            "Both children spent Christmas Day at Nana's with Kerry; Tyler said it was \"the best one\".",
            "Maisie has been wetting the bed most nights since November, and Kerry asked the school nurse for help.",
        ]),
        ("h2", "What we are still worried about"),
        ("bullets", [
            "Kerry drank while caring for the children on 19/12/2025, eight weeks into the plan.",
            "Tyler still does too much at home: he makes tea for Maisie and checks on his mum at night.",
            "The house is better but not yet clean and safe every week, and there is sometimes little food by Friday.",
            "Maisie's bedwetting may be her way of showing worry.",
        ]),
        ("h2", "What is going well"),
        ("bullets", [
            "Kerry has tested 0.00 at every session and visit since 19/12/2025, and has not missed a session since.",
            "Kerry told the core group what happened on 19/12/2025 herself, before Hannah read out the visit record.",
            "Nana has not missed one of her school mornings or tea nights.",
            "Both children's attendance is rising, and Tyler has had no late marks on Nana's days.",
        ]),
        ("h2", "What Tyler and Maisie say"),
        ("p", "Hannah saw each child on their own at school on 07/01/2026."),
        ("p", "Tyler: \"Mum's been good since Christmas. I still check on her when I go to bed.\" \"I don't mind "
              "doing Maisie's tea but I'd rather be at football.\" On his scale of how safe home feels he said 6 "
              "out of 10 (4 in November): \"It'd be a 9 if Mum never drank.\" He asked for \"someone to talk to "
              "about Mum\"."),
        ("p", "Maisie drew her house with Nana at the door and said: \"Nana does my bath and my hair. Mummy "
              "was poorly before Christmas and we had a sleepover at Nana's.\" She said her bed is \"wet and "
              "cold in the night\" and she doesn't like it."),
        ("h2", "What we want for Tyler and Maisie"),
        ("numbers", [
            "Tyler and Maisie are looked after every day and every night by an adult who is sober.",
            "Tyler and Maisie get to school on time every day, fed and in clean uniform, and Tyler starts "
            "secondary school in September 2026 with attendance of 95% or more.",
            "Tyler and Maisie live in a warm, clean home with food in the cupboards all week.",
            "Tyler gets to be a 10-year-old: he no longer makes the tea or looks after Maisie or his mum.",
        ]),
        ("h2", "The plan as it now stands"),
        ("p", "Status key: G = on track; A = started but not there yet; R = not started or off track. Rows marked "
              "COMPLETED or DROPPED stay in the table until the review conference so everyone can see what "
              "changed; they are no longer part of the plan."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we'll know", "Status at CG3 (13/01/2026)"],
            "widths": [1.1, 7.2, 3.6, 3.6, 5.5, 4.7],
            "rows": [
                ["1", "Visit Tyler and Maisie at home, at least one visit in three unannounced and one after 6pm; "
                      "see each child on their own, check the fridge and the beds, and ask Kerry to take a breath "
                      "test",
                 "Hannah Marsh (SW)", "Every 2 weeks until the plan ends",
                 "Visit record on file within 2 working days, with each child's words, what was in the fridge "
                 "and the breath test reading",
                 "A - 5 visits since CG2, 2 unannounced; test of 0.12 on 19/12/2025 (contingency used)"],
                ["2", "Go to a key-work session at Jorvale Recovery Service and take a breath test at each one, "
                      "so that Kerry stays sober for Tyler and Maisie",
                 "Kerry Brannock (Mum)", "Every Thursday, 10am",
                 "Dean e-mails Hannah each Friday with attendance and the test result; every result 0.00",
                 "A - 5 of 6 sessions; missed 18/12/2025 (rang in ill). Carry on."],
                ["3", "Write a report for the review conference on Kerry's drinking since October: her test "
                      "results, what she has worked on, whether she can stay sober while caring for Tyler and "
                      "Maisie, and how long that is likely to take",
                 "Dean Fowler, recovery worker, Jorvale Recovery Service", "By 21/01/2026",
                 "Report on Hannah's file and shared with Kerry and the conference by 21/01/2026",
                 "CHANGED at CG3: was a spoken update at each core group; the conference needs it in writing."],
                ["4", "Walk Tyler and Maisie to school and see them in through the gate",
                 "Pauline Brannock (Nana)", "Monday, Wednesday and Friday mornings, by 8.45am",
                 "School register shows both children in by 8.50am on those days",
                 "G - no late marks on Nana's days since CG1."],
                ["5", "Send Hannah both children's attendance and late marks, and anything staff notice about "
                      "hunger, clothes or what the children say",
                 "Jo Lister, DSL, Jorvale St Aidan's", "Every Friday by 3pm",
                 "Friday e-mail on Hannah's file; each child at 95% or more, with no more than one late mark a "
                 "fortnight, by the review conference",
                 "G - autumn 2: Tyler 93%, Maisie 91%."],
                ["6", "Health check for both children, and help Kerry register them with a dentist",
                 "Gill Harper, school nurse", "By 05/12/2025",
                 "Health check letter on file; dental registration confirmed",
                 "COMPLETED 05/12/2025 - both seen and registered with Fellgate Dental Practice. Remove at the review."],
                ["7", "Home sessions with Kerry on morning routines, meals on a budget, washing and keeping the "
                      "house clean, using the Fellgate home conditions checklist",
                 "Lucy Crane, FSW, Fellgate Family Hub", "Every Tuesday at 1pm until 31/03/2026",
                 "Checklist score out of 10 at each session, copied to Hannah; 8 or more at four sessions in a row",
                 "A - scores 5, 6, 7, 7. Carry on."],
                ["8", "Replace the broken boiler and check the electrics",
                 "Jorvale Homes (repairs)", "By 05/12/2025",
                 "Repair job sheet copied to Hannah",
                 "COMPLETED 02/12/2025 - new boiler fitted. Remove at the review."],
                ["9", "Give Tyler a place in the Jorvale Young Carers group, with a worker who gets to know him",
                 "Sam Reid, young carers worker, Jorvale Carers' Centre",
                 "Wednesdays 4pm to 5.30pm, from 21/01/2026 (was 03/12/2025)",
                 "Group register; Sam's note to Hannah after Tyler's first four sessions",
                 "CARRIED FORWARD with a new start date: referral accepted 10/12/2025, group full until January."],
                ["10", "Four sessions of direct work with Tyler about Mum's drinking, what is and is not his job "
                       "at home, and who he can tell",
                 "Hannah Marsh (SW)", "Fortnightly at school, 20/01/2026 to 03/03/2026",
                 "Tyler's worry jar work on file; Tyler can name two adults he would tell and what he would say",
                 "NEW at CG3: Tyler asked for \"someone to talk to about Mum\"."],
                ["11", "Not drink any alcohol while Tyler and Maisie are in her care, and keep no alcohol in the "
                       "house",
                 "Kerry Brannock (Mum)", "Every day, including weekends and school holidays",
                 "Breath test 0.00 at every visit and every Thursday session; no alcohol found at visits; no "
                 "smell of alcohol reported by the school or Nana",
                 "A - 0.12 on 19/12/2025; every test 0.00 since."],
                ["12", "Blood tests of Kerry's liver function and a review of her health since she cut down, "
                       "with a letter to Hannah on what the results mean for Kerry's care of Tyler and Maisie",
                 "Dr Anjali Rao, GP, Fellgate Surgery", "Bloods by 23/01/2026; letter by 06/02/2026",
                 "GP letter on Hannah's file by 06/02/2026",
                 "NEW at CG3, as Dr Rao suggested in her letter of 08/01/2026."],
                ["13", "First appointment for Maisie at the school nursing enuresis clinic, and a wet and dry "
                       "chart at home",
                 "Gill Harper, school nurse, Jorvale 0-19 Service", "First appointment by 06/02/2026, then monthly",
                 "Clinic letter to Kerry and Hannah; Maisie's chart shows 4 or more dry nights a week by 31/03/2026",
                 "NEW at CG3."],
                ["14", "Go to the Triple P group course (8 weeks) at Fellgate Family Hub",
                 "Kerry Brannock (Mum)", "From 06/01/2026",
                 "Course certificate",
                 "DROPPED at CG3: Lucy's home sessions (row 7) cover the same ground. No longer needed."],
                ["15", "Give Tyler and Maisie their tea and a bath at her house, and walk them home",
                 "Pauline Brannock (Nana)", "Every Tuesday and Thursday, 3.15pm to 6.30pm",
                 "Children tell Hannah at her visits; school sees clean uniform and washed hair on Wednesdays "
                 "and Fridays, noted in the Friday e-mail",
                 "G - every Tuesday and Thursday since CG1."],
                ["16", "Write a report for the review conference: progress on every row, both children's "
                       "views, and a recommendation",
                 "Hannah Marsh (SW)", "By 22/01/2026, three working days before the conference",
                 "Report shared with Kerry, Gary and every agency by 22/01/2026",
                 "NEW at CG3."],
            ],
        }),
        ("h2", "What the core group decided"),
        ("bullets", [
            "The plan stays in place until the review conference, with the changes shown in the status column.",
            "Dean's update becomes a written report, and Tyler gets the direct work he asked for.",
            "The Triple P course was dropped and will not be offered again while Lucy's sessions run.",
            "The core group's view for the review conference is that the plan should continue for at least "
            "three more months.",
        ]),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Kerry is found or said to have been drinking while caring for Tyler and Maisie (a breath test "
            "above 0.00, alcohol in the house, or the school, Nana or the children saying so), Hannah (or the "
            "Emergency Duty Team out of hours) makes sure the children go to Nana's that day and holds a "
            "strategy discussion with the police and the school the same day.",
            "Should Nana be unable to do a school morning or a tea night, she tells Hannah and Kerry by 7.30am "
            "that day; Lucy Crane walks the children to school, or Breakfast Club gives them breakfast and "
            "Kerry collects them sober at 3.15pm. If Nana cannot have the children overnight when they need to "
            "leave home, Hannah arranges a foster placement with Kerry's agreement the same day.",
            "If either child has an injury no one can explain, or says someone has hurt them, Jo Lister rings "
            "Hannah at once and Hannah holds a strategy discussion the same day.",
            "If Kerry has another breath test above 0.00, or either child's attendance is below 90% at the "
            "review conference, Hannah will ask Robert Ince for a legal planning meeting within 5 working days "
            "to decide whether to start the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Review child protection conference: Tuesday 27/01/2026 at 10am, Jorvale Civic Centre, Room 3.",
            "Core group every four weeks at the school, Tuesdays at 3.45pm: 10/02/2026, 10/03/2026 and "
            "07/04/2026.",
        ]),
        ("p", "Revised plan typed by Hannah Marsh on 14/01/2026 and sent to Kerry, Gary, Nana and every agency."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan after domestic abuse, mother under the
#    CMHT. One card per action with Now / Was / Who / When / How we'll know
#    / Conference decided lines; Done and Stopped lists. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_jarnford_rcpc_action_cards_was_now_decision_pemberton.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc1-revised-plan-md-meeting-lines-who-came-family-table-since-the-icpc-summary-news-worries-strengths-ruby-says-leos-day-outcomes-then-one-h3-card-per-action-tagged-keeping-changed-carried-forward-new-with-now-was-who-when-how-well-know-conference-decided-lines-then-done-since-october-and-stopped-lists-then-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for a 7-year-old and an 11-month-old after their mother's "
        "partner (the baby's father) assaulted her in front of the 7-year-old; he now lives apart "
        "under a non-molestation order and sees the baby at a contact centre, and the mother's "
        "anxiety and low mood are treated by the community mental health team. Each action is an h3 "
        "card tagged Keeping, Changed, Carried forward or New, with Now / Was / Who / When / How "
        "we'll know / Conference decided lines; done and stopped work is listed after the cards and "
        "not counted. Faults: the care coordinator's fortnightly support and CBT-informed work with "
        "no report on the mother's capacity to change; the Little Stars referral whose When says "
        "only 'Carried forward'; the health visitor's 1-year review with '-' for how we'll know; the "
        "family support worker's sessions measured by 'Chloe's engagement'; 'Family' telling the "
        "social worker if the father comes; an outcome about the mother only; and no legal planning "
        "anywhere."
    ),
    "text": """\
# Jarnford Borough Council - Children's Services

## Child protection plan for Ruby and Leo Pemberton, as revised at the review conference

- **This meeting:** first review child protection conference, Tuesday 06/01/2026, Jarnford Town Hall
- **Last version of the plan:** initial child protection conference, 07/10/2025 (core groups since: 21/10/2025, 18/11/2025, 16/12/2025)
- **Category:** emotional abuse (both children)
- **Decision:** Ruby and Leo stay on child protection plans. The plan below replaces the October plan.
- **Chair:** Margaret Oduya, independent reviewing officer
- **Who came:** Chloe Pemberton (Mum); Denise Pemberton (Nana); Laura Finch (social worker); Tom Aldridge (DSL, Jarnford Park Primary); Sophie Wain (health visitor); Kate Ormond (IDVA, Jarnford Domestic Abuse Service); Sanjay Patel (care coordinator, Jarnford Community Mental Health Team); Gemma Tully (family support worker, Jarnford Family Hub); PC Rhys Morgan (Jarnford Police Domestic Abuse Unit)
- **Not there:** Connor Hale (Leo's dad) was invited and sent a written view through his solicitor

| Family | |
|---|---|
| Ruby Pemberton | 7 (born 14/04/2018), Year 3, Jarnford Park Primary School |
| Leo Hale-Pemberton | 11 months (born 02/02/2025) |
| Mum | Chloe Pemberton (26), 9 Sandpiper Close, Jarnford JF4 2LW |
| Leo's dad | Connor Hale (28), lives at his mother's in Castle Street, Jarnford. Non-molestation order to 11/11/2026 |
| Ruby's dad | Matt Greaves, not in touch since 2020 |
| Nana | Denise Pemberton (52), Chloe's mum, 31 Heron Way, Jarnford |

### Since the initial conference

On 27/09/2025 Connor pushed Chloe into a door frame and held her by the throat in the kitchen; Ruby saw
it from the stairs and rang Nana. Connor moved out the same night. With Kate's help Chloe got a
non-molestation order on 12/11/2025. There have been no call-outs to the house since October. Connor
has seen Leo at the contact centre every other Saturday since 25/10/2025 and the contact notes are
good. He has not yet started the Men's Choices programme: the November group was full.

Chloe has been seeing Sanjay from the CMHT since 30/10/2025 for her anxiety and low mood, and is back on
sertraline. She says the panic attacks are fewer. Gemma has been coming every Thursday since November.
Laura was off sick for three weeks in December, so Ruby's referral to Little Stars was not made.

### Ruby and Leo's news

- Ruby had her first sleepover at her friend Amber's and was Mary in the school nativity.
- Leo took his first steps on Christmas Eve and now says "Nana" and "dog".
- Ruby still checks the front door is locked every night before she goes to bed.

### What we are still worried about

- Ruby saw her mum being hurt and still has nightmares two or three nights a week.
- Connor has not started any work on his behaviour. Chloe has said she "might give him another chance"
  once the order ends.
- When Chloe's anxiety is bad she stays in bed in the mornings and Ruby gets herself ready for school.

### What is going well

- Chloe took out the order, changed the locks, and has not let Connor into the house.
- Denise has done the school run every Tuesday and Thursday since October.
- Ruby's attendance is 96% this year. Leo's weight is on the 50th centile.

### What Ruby says, and Leo's day

Ruby (seen on her own at school by Laura on 05/01/2026): "I don't want Connor to come back to our
house. I like seeing Nana on school days." "Sometimes I dream about the kitchen." She scored home 7 out
of 10 for feeling safe ("it was 3 before") and said she would like "a club where other kids know".

Leo cannot tell us in words. Sophie and Gemma see a happy, busy baby who crawls to Chloe when a door
bangs and settles when she picks him up. At the contact centre he reaches for Connor and cries when
he leaves.

### What needs to be different

1. Ruby and Leo live in a home where nobody is hurt or frightened, and Ruby stops checking the door at
   night.
2. Ruby knows that what happened was not her fault and has a safe adult at school she can tell.
3. Leo has safe, regular time with his dad that he enjoys, without any risk to Chloe.
4. Chloe feels less anxious and is able to ask for help when she needs it.

## The plan from 06/01/2026

Each card is one action. **Keeping** means the action is the same as in October; **Changed** means the
conference changed it (the old wording is under "Was"); **Carried forward** means it was not done and
stays in; **New** means the conference added it. Work that is finished or stopped is listed after the
cards.

### A1 · Keeping · Seeing Ruby and Leo at home

- **Now:** Visit Ruby and Leo at home, see Ruby on her own each time, and watch how Leo is with Chloe
- **Who:** Laura Finch (SW)
- **When:** Every 2 weeks until the next review conference; at least one visit in three unannounced
- **How we'll know:** Visit record on file within 2 working days, with Ruby's words and what Laura saw of Leo
- **Conference decided:** keep as it is (6 visits since October, 3 unannounced)

### A2 · Keeping · Safety planning with the IDVA

- **Now:** Meet Chloe for safety planning for herself, Ruby and Leo, and help her report any breach of the order
- **Who:** Kate Ormond, IDVA, Jarnford Domestic Abuse Service
- **When:** Every Monday until 31/03/2026
- **How we'll know:** Chloe's written safety plan updated at each meeting and copied to Laura; DASH risk level recorded at each monthly review
- **Conference decided:** keep; DASH now medium (was high in October)

### A3 · Changed · Chloe's mental health

- **Now:** See Chloe at home every fortnight for support with her anxiety and low mood, and continue CBT-informed work on her panic attacks
- **Was:** "CMHT to support Chloe with her mental health"
- **Who:** Sanjay Patel, care coordinator, Jarnford Community Mental Health Team
- **When:** Every 2 weeks
- **How we'll know:** Dates of Sanjay's visits sent to Laura at the end of each month
- **Conference decided:** changed so that a named worker and a frequency are written in

### A4 · Carried forward · Men's Choices programme

- **Now:** Go to every weekly session of the 24-week Jarnford Men's Choices programme
- **Was:** "Connor to start a perpetrator programme"
- **Who:** Connor Hale (Leo's dad)
- **When:** Tuesdays 6pm to 8pm, 13/01/2026 to 23/06/2026 (was due to start in November)
- **How we'll know:** Attendance register sent to Laura monthly; facilitator's mid-point report by 07/04/2026
- **Conference decided:** carried forward with the January start date; place confirmed by letter of 19/12/2025

### A5 · Keeping · Leo's time with his dad

- **Now:** Supervise Leo's contact with Connor at the contact centre
- **Who:** Jarnford Family Contact Centre (manager: Lesley Byrne)
- **When:** Every other Saturday, 10am to 11.30am
- **How we'll know:** Contact notes sent to Laura within 3 working days of each contact
- **Conference decided:** keep as it is

### A6 · Keeping · Ruby at school

- **Now:** Check in with Ruby at the start and end of the week, and record what she says and how she seems
- **Who:** Tom Aldridge, DSL, Jarnford Park Primary
- **When:** Every Monday and Friday morning
- **How we'll know:** Check-in notes on CPOMS, with Ruby's worry score out of 10; summary e-mailed to Laura every other Friday
- **Conference decided:** keep

### A7 · Carried forward · Little Stars group for Ruby

- **Now:** Refer Ruby to the Little Stars group for children who have lived with domestic abuse
- **Who:** Laura Finch (SW)
- **When:** Carried forward
- **How we'll know:** Ruby's place confirmed in writing by the Little Stars coordinator
- **Conference decided:** carried forward; not done in December because of Laura's sick leave

### A8 · New · Leo's 1-year review

- **Now:** Do Leo's 1-year development review at home, looking at his speech, his walking and how he is with Chloe
- **Who:** Sophie Wain, health visitor, Jarnford 0-19 Service
- **When:** By 23/01/2026
- **How we'll know:** -
- **Conference decided:** new; it was due in February and Sophie will bring it forward

### A9 · Changed · Routines at home

- **Now:** Weekly sessions with Chloe at home on morning routines, bedtimes and play with Ruby and Leo
- **Was:** "FSW to support Chloe with routines"
- **Who:** Gemma Tully, family support worker, Jarnford Family Hub
- **When:** Every Thursday morning until 31/03/2026
- **How we'll know:** Chloe's engagement with the sessions
- **Conference decided:** changed to add bedtimes, as Ruby's nightmares are worse at night

### A10 · New · If Connor comes to the house

- **Now:** Tell Laura, or ring 999 if anyone is in danger, if Connor comes to the house or contacts Chloe or the children outside contact
- **Who:** Family
- **When:** The same day
- **How we'll know:** Logged on the children's chronology and on the police log
- **Conference decided:** new, after Chloe said Connor had sent her messages at New Year

### A11 · Keeping · School run

- **Now:** Take Ruby to school and collect her
- **Who:** Denise Pemberton (Nana)
- **When:** Every Tuesday and Thursday
- **How we'll know:** School register shows Ruby in before 8.50am on those days
- **Conference decided:** keep

### A12 · Changed · Police call-outs

- **Now:** Tell Laura about any call-out to 9 Sandpiper Close or any report that Connor has broken the order
- **Was:** "Police to share information"
- **Who:** PC Rhys Morgan, Jarnford Police Domestic Abuse Unit
- **When:** Within 24 hours of any call-out or report
- **How we'll know:** Police notification on the children's file
- **Conference decided:** changed to name the officer and the time

### A13 · New · Counselling for Ruby

- **Now:** Six counselling sessions with Ruby about her worries and her dreams about the kitchen
- **Who:** Priya Shah, school counsellor, Jarnford Park Primary
- **When:** Every Wednesday from 14/01/2026 to 18/02/2026
- **How we'll know:** Ruby's worry score at the first and sixth sessions, recorded by Priya and shared with Laura
- **Conference decided:** new; Ruby asked for help with her dreams

### Done since October (for the record)

- The police flagged 9 Sandpiper Close on 08/10/2025 so that any 999 call gets an urgent response.
- Jarnford Homes changed the locks on 20/10/2025.
- Chloe applied for a non-molestation order with Kate's help; it was granted on 12/11/2025.
- Sophie referred Chloe to her GP, who restarted sertraline on 04/11/2025.

### Stopped

- Joint home visits by Laura and PC Morgan every month: stopped, as there have been no call-outs since
  October and PC Morgan now reports any call-out (A12).

## If things go wrong

- If Connor comes to the house or breaks the order, Chloe (or whoever is with her) rings 999; the police
  attend at once because of the address flag. Laura or the duty social worker visits the children the
  same day, and if the children were there Laura holds a strategy discussion with the police that day.
- If Denise or anyone else in the family cannot help as agreed, Chloe tells Laura that day; Gemma does
  the Tuesday and Thursday school runs, and Laura arranges a Breakfast Club place for Ruby within 5
  working days.
- If Chloe's mental health gets much worse (she stops eating, stays in bed all day, or says she cannot
  keep the children safe), Sanjay and Laura visit that day, Ruby and Leo stay with Denise, and Sanjay
  asks the crisis team to see Chloe within 24 hours.
- If Ruby or Leo has an injury nobody can explain, the school or health visitor rings Laura at once and
  Laura holds a strategy discussion the same day.

## Meetings

- Core group every four weeks, Tuesdays at 1.30pm at the Family Hub: 03/02/2026, 03/03/2026, 31/03/2026,
  28/04/2026, 26/05/2026 and 23/06/2026.
- Second review child protection conference: Tuesday 07/07/2026 at 10am, Jarnford Town Hall.

Plan typed by Laura Finch on 08/01/2026 and sent to Chloe, Denise, Connor's solicitor and every agency.
""",
    "findings": [
        F("H001", "See Chloe at home every fortnight for support with her anxiety"),
        F("T001", "Refer Ruby to the Little Stars group for children"),
        F("M001", "Do Leo's 1-year development review at home"),
        F("M002", "Weekly sessions with Chloe at home on morning routines"),
        F("W002", "Tell Laura, or ring 999 if anyone is in danger"),
        F("F002", "Chloe feels less anxious and is able to ask for help when she needs it."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group 4 plan, criminal exploitation, mother's cannabis use.
#    Landscape table in outcome bands with a "Progress since CG3" column,
#    then a table of actions closed since CG3. Header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_juddenham_cg4_outcome_bands_progress_since_cg3_kowalczyk.pdf",
    "doc_title": "Core group 4 - revised child protection plan - Kacper and Zofia Kowalczyk",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Juddenham Council Children's Services · Core group plan",
    "footer": "Kacper and Zofia Kowalczyk · Plan as revised at core group 4 (20/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-4-revised-plan-paged-landscape-header-footer-meeting-kv-present-line-family-kv-since-cg3-summary-worries-going-well-in-kacpers-and-zofias-words-decided-at-cg4-then-one-table-outcome-banner-rows-ref-action-as-agreed-at-cg4-lead-timescale-evidence-progress-since-cg3-then-closed-since-cg3-table-then-if-things-go-wrong-meetings",
    "description": (
        "Core group 4 plan for a 14-year-old being criminally exploited through a county line "
        "(missing episodes, found in another town with cash and two phones) and his 9-year-old "
        "sister, whose mother smokes cannabis every day and often does not know where they are; an "
        "uncle has the boy at weekends. One landscape table in three outcome bands, with columns "
        "Ref / Action (as agreed at CG4) / Lead / Timescale / Evidence / Progress since CG3; actions "
        "closed since CG3 are moved to a table at the end and not counted. Faults: the mentoring "
        "referral whose Timescale says only 'C/F from CG3' (its new date is only in the progress "
        "column); police disruption 'as and when intelligence allows'; the youth work referral with "
        "'-' for its lead; the school's daily check-in measured by 'Monitored at core group'; "
        "direct work with the 9-year-old with '-' for evidence; and the mother's cannabis use "
        "recorded with no drug service or other adult service owning any action."
    ),
    "blocks": [
        ("title", "Child Protection Plan: revised at core group 4"),
        ("kv", [
            ("This meeting", "Core group 4, Tuesday 20/01/2026, 4pm, Juddenham Family Hub"),
            ("Last meeting", "Core group 3, Tuesday 23/12/2025, after the first review conference on 09/12/2025"),
            ("Present", "Agnieszka Kowalczyk (Mum); Kacper (for the first 10 minutes); Marek Nowak (uncle); "
                        "Daniel Okoro (social worker); DS Karen Hollis (Juddenham Police Exploitation Team); "
                        "Graham Pike (assistant head, Juddenham Academy); Ruth Adebayo (missing persons worker); "
                        "Beata Zielinska (family support worker); Anne Duffy (DSL, St Cuthbert's RC Primary)"),
            ("Next core group", "Tuesday 17/02/2026, 4pm, Juddenham Family Hub"),
            ("Next review conference", "Tuesday 09/06/2026, 10am, Juddenham Civic Offices"),
        ]),
        ("h2", "The family"),
        ("kv", [
            ("Kacper Kowalczyk", "14 (born 09/03/2011), Year 9, Juddenham Academy"),
            ("Zofia Kowalczyk", "9 (born 30/06/2016), Year 5, St Cuthbert's RC Primary School"),
            ("Mum", "Agnieszka Kowalczyk (41), 14 Brewery Lane, Juddenham JD1 8RT"),
            ("Dad", "Tomasz Kowalczyk, lives in Poznan, Poland; rings the children every Sunday"),
            ("Uncle", "Marek Nowak (Mum's brother) and his wife Ewa, 3 Kiln Street, Juddenham"),
            ("Category", "Neglect (both children), since the initial conference on 16/09/2025"),
            ("Social worker", "Daniel Okoro, Adolescent Safeguarding Team (team manager: Fiona Bright)"),
        ]),
        ("h2", "What has happened since core group 3"),
        ("p", "Kacper has been missing twice since CG3 (27/12/2025 and 04/01/2026), compared with four times "
              "between October and December. Both times Agnieszka reported him missing within an hour, and he "
              "came home by himself the next morning. After the 04/01/2026 episode he told Ruth that he had been "
              "\"at a flat in Castlebeck\". DS Hollis served a Child Abduction Warning Notice on one adult on "
              "08/01/2026. The National Referral Mechanism decision (reasonable grounds) came on 02/01/2026."),
        ("p", "Kacper went back to a full timetable at Juddenham Academy on 12/01/2026 after his second "
              "fixed-term exclusion ended. The mentoring referral was not sent because Turnaround changed its "
              "form in December. Agnieszka has not yet been to the drug service drop-in. Zofia has started the "
              "after-school club and has not been home alone since 12/01/2026."),
        ("h2", "What we are worried about"),
        ("bullets", [
            "Older men in a silver car still wait for Kacper near the school gates and message him on a second "
            "phone.",
            "Kacper was found in Castlebeck in October with £400 and two phones and says he \"owes\" money.",
            "Agnieszka smokes cannabis every day, is often asleep in the afternoon, and does not always know "
            "where Kacper is or that Zofia is home alone.",
            "Zofia worries about her brother and has started wetting the bed.",
        ]),
        ("h2", "What is going well"),
        ("bullets", [
            "Agnieszka reports Kacper missing every time, quickly, and has stopped letting him keep the second "
            "phone in the house.",
            "Kacper stays at Marek's every weekend and has not gone missing from there.",
            "Kacper loves boxing and wants to train properly.",
            "Zofia's attendance is 97% and her teacher says she is \"a joy\".",
        ]),
        ("h2", "In Kacper's and Zofia's words"),
        ("p", "Kacper (at the start of CG4): \"I'm not a dealer, I just did some runs for money. I owed them.\" "
              "\"I like it at Marek's, there's nothing to do but at least it's quiet.\" \"I want to box "
              "properly, like in a gym, not just messing about.\" He gave feeling safe 4 out of 10."),
        ("p", "Zofia (with Anne Duffy on 16/01/2026): \"I don't like it when Mama is sleeping and Kacper is "
              "out.\" \"Club is good, we made pizzas.\" She drew Kacper in a car \"with the bad men\"."),
        ("h2", "What CG4 decided"),
        ("bullets", [
            "The plan continues, with two new actions (2.1 and 2.3) and the mentoring referral carried forward.",
            "The NRM referral and the request for a managed move are closed (see the table at the end).",
            "Kacper's risk level stays high on the MACE panel's tracker.",
        ]),
        ("h2", "The plan as agreed at CG4"),
        ("p", "Each outcome is a band across the table. The last column is the core group's note of what has "
              "happened since CG3."),
        ("table", {
            "header": ["Ref", "Action (as agreed at CG4)", "Lead", "Timescale", "Evidence", "Progress since CG3"],
            "widths": [1.2, 7.3, 3.9, 3.6, 5.3, 4.4],
            "rows": [
                ["Outcome 1: Kacper is safe from the people exploiting him: he is home by 9pm every night and "
                 "does not go missing.", H, H, H, H, H],
                ["1.1", "Report Kacper missing to the police at once if he is not home by 9pm and she does not "
                        "know where he is",
                 "Agnieszka Kowalczyk (Mum)", "Every night he is not home by 9pm",
                 "Police missing log matches Agnieszka's call times; Daniel checks the log at each visit",
                 "Both episodes reported within the hour."],
                ["1.2", "Return home interview with Kacper on his own after every missing episode: where he went, "
                        "who with, and what would stop it happening again",
                 "Ruth Adebayo, missing persons worker, Juddenham Young People's Service",
                 "Within 72 hours of every return",
                 "Return home interview record sent to Daniel and DS Hollis within 5 working days",
                 "Both done within 72 hours."],
                ["1.3", "Visit the addresses linked to the Castlebeck line and serve Child Abduction Warning "
                        "Notices on adults found with Kacper",
                 "DS Karen Hollis, Juddenham Police Exploitation Team", "As and when intelligence allows",
                 "Each notice recorded on the police system and reported to Daniel within 24 hours",
                 "One notice served 08/01/2026."],
                ["1.4", "Present Kacper to the MACE panel and carry out the panel's actions for him",
                 "Daniel Okoro (SW)", "At the panel on 05/02/2026, then at each monthly panel",
                 "MACE minutes on Kacper's file, with his risk level and the panel's actions",
                 "CHANGED at CG4: was \"discuss at MACE\"."],
                ["1.5", "Refer Kacper to the Turnaround Juddenham project for a mentor he meets one to one each "
                        "week",
                 "Daniel Okoro (SW)", "C/F from CG3",
                 "Turnaround's letter naming Kacper's mentor and his start date",
                 "Not sent: form changed in December. Daniel to send it by 31/01/2026."],
                ["Outcome 2: Kacper is in school full time and has things to do that he enjoys.", H, H, H, H, H],
                ["2.1", "Full-time timetable with a key adult Kacper sees at the start and end of each day",
                 "Graham Pike, assistant head (inclusion), Juddenham Academy", "From 12/01/2026",
                 "Register shows Kacper in every lesson; 90% attendance or more by the Easter holidays",
                 "NEW at CG4. Back full time since 12/01/2026."],
                ["2.2", "Check in with Kacper at the start of every school day, and ring Agnieszka and Daniel if "
                        "he is not in by 9.30am",
                 "Mrs Helen Ward, pastoral lead, Juddenham Academy", "Every school day at 8.40am",
                 "Monitored at core group",
                 "Started 12/01/2026."],
                ["2.3", "Refer Kacper to the detached youth team and the Friday evening boxing sessions at "
                        "Juddenham Amateur Boxing Club",
                 "-", "By 06/02/2026",
                 "Youth worker's e-mail confirming Kacper's place; boxing club register each Friday",
                 "NEW at CG4: Kacper asked for boxing."],
                ["2.4", "Have Kacper to stay every Friday and Saturday night, and take him to the Saturday "
                        "morning gym session",
                 "Marek Nowak (uncle)", "Every Friday and Saturday night",
                 "Marek texts Daniel each Sunday; no missing episodes from Marek's house",
                 "Every weekend since November."],
                ["Outcome 3: Kacper and Zofia are cared for by a mum who knows where they are and is awake and "
                 "clear-headed enough to look after them.", H, H, H, H, H],
                ["3.1", "Visit the family at home, see Kacper and Zofia on their own, and note whether "
                        "Agnieszka appears under the influence of cannabis",
                 "Daniel Okoro (SW)", "Every week; one visit in three unannounced",
                 "Visit record within 2 working days, with each child's words",
                 "Weekly since CG3."],
                ["3.2", "Go to the drug service drop-in and book an assessment of her cannabis use",
                 "Agnieszka Kowalczyk (Mum)", "By 30/01/2026",
                 "Assessment appointment letter shown to Daniel",
                 "Carried forward with a new date: not yet gone."],
                ["3.3", "Weekly sessions with Agnieszka, in Polish, on evening routines, meals with both "
                        "children and knowing where they are",
                 "Beata Zielinska, family support worker, Juddenham Family Hub",
                 "Every Tuesday at 4pm until 31/03/2026",
                 "Agnieszka's evening diary shows where both children were each night; Beata checks it weekly "
                 "and copies it to Daniel",
                 "Diary started 13/01/2026."],
                ["3.4", "After-school club place for Zofia so that she is not home alone, with Agnieszka "
                        "collecting her",
                 "Anne Duffy, DSL, St Cuthbert's RC Primary", "Every school day until 5.30pm, from 12/01/2026",
                 "Club register and signing-out sheet show Zofia collected by Agnieszka by 5.30pm",
                 "Every day since 12/01/2026."],
                ["3.5", "Direct work with Zofia about her worries for Kacper and her mum, using a \"my worries\" "
                        "book",
                 "Daniel Okoro (SW)", "Fortnightly, 27/01/2026 to 10/03/2026",
                 "-",
                 "NEW at CG4."],
            ],
        }),
        ("h2", "Closed since CG3 (not part of the plan now)"),
        ("table", {
            "header": ["Ref", "Action", "Why it is closed"],
            "widths": [1.2, 13.0, 11.5],
            "rows": [
                ["1.6", "Make a National Referral Mechanism referral for Kacper",
                 "Done 19/12/2025; reasonable grounds decision 02/01/2026."],
                ["2.5", "Ask the local authority's fair access panel for a managed move for Kacper",
                 "No longer needed: Kacper is back full time at Juddenham Academy."],
                ["3.6", "Update the child and family assessment",
                 "Done 05/12/2025 for the review conference."],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Kacper is not home by 9pm and Agnieszka does not know where he is, she reports him missing to the "
            "police at once (999 if she thinks he is in danger). The police treat him as high risk because of "
            "the exploitation marker, and Daniel holds a strategy discussion within 1 working day of his return.",
            "If Kacper is found with drugs, cash or a weapon, or with any adult named in the MACE minutes, the "
            "police take him to Marek's or home, and Daniel holds a strategy discussion the same day.",
            "Should Marek be unable to have Kacper at a weekend, he tells Daniel by noon on the Friday; Kacper "
            "stays at home, and the Nightsafe youth outreach team visits at 9pm and 11pm on those nights.",
            "If Zofia is found home alone after 5.30pm, Daniel (or the Emergency Duty Team) visits that evening "
            "and Zofia stays with Marek and Ewa that night.",
            "If Kacper goes missing three or more times before the next core group, or is found carrying drugs "
            "or a weapon, Daniel will ask Fiona Bright for a legal planning meeting within 5 working days to "
            "consider care proceedings.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at the Family Hub: 17/02/2026, 17/03/2026, 14/04/2026 "
            "and 12/05/2026.",
            "Second review child protection conference: Tuesday 09/06/2026 at 10am, Juddenham Civic Offices.",
        ]),
    ],
    "findings": [
        F("T001", "Refer Kacper to the Turnaround Juddenham project for a mentor"),
        F("T002", "Visit the addresses linked to the Castlebeck line"),
        F("W001", "Refer Kacper to the detached youth team and the Friday"),
        F("M002", "Check in with Kacper at the start of every school day"),
        F("M001", "Direct work with Zofia about her worries for Kacper"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Social worker's e-mail to the core group after core group 2, neglect,
#    an autistic 8-year-old and his 3-year-old sister, sorted into done /
#    keeping / changed / new / dropped. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_jennerby_cg2_email_done_keeping_changed_new_dropped_mcallister.txt",
    "split": "tune",
    "actions": 13,
    "template": "core-group-2-plan-email-txt-from-sent-to-subject-lines-first-person-sw-who-came-news-since-cg1-what-harley-and-skye-told-me-worries-going-well-outcomes-then-plan-sorted-into-done-keeping-as-they-are-keeping-but-changed-new-dropped-numbered-owner-first-items-then-if-things-go-wrong-dates-sign-off",
    "description": (
        "Plain-text e-mail from the social worker to the core group after core group 2, for an "
        "autistic 8-year-old and his 3-year-old sister on plans for neglect (a cluttered house, "
        "little food, six of the 3-year-old's teeth out under anaesthetic, missed school); their "
        "father works early shifts and their grandfather and aunt help. The plan is sorted into "
        "DONE, KEEPING AS THEY ARE, KEEPING BUT CHANGED, NEW and DROPPED, each item a numbered "
        "owner-first sentence in the social worker's first person; done and dropped items are not "
        "counted. Faults: the speech and language assessment 'new date TBC'; 'All of us on the core "
        "group' passing on worries; the grandfather's Saturday swimming with no measure; the family "
        "support worker keeping 'an eye on' the home conditions; the review conference date 'to be "
        "confirmed'; and a contingency with nothing on what happens if the grandfather's or aunt's "
        "help stops."
    ),
    "text": """\
From:    Aisha Rahman <aisha.rahman@jennerby.gov.uk>
Sent:    Thursday 22 January 2026 16:42
To:      Core group - Harley and Skye McAllister
Cc:      Ross McAllister
Subject: Core group 2 - updated plan for Harley and Skye (please read)

Hi all,

Thank you for coming to core group 2 this afternoon at Jennerby Family Hub.
As agreed, here is the plan as we left it. I have sorted it into what is
done, what stays the same, what we changed, what is new and what we
dropped, so you don't need to look back at the conference plan of
11/12/2025. Please tell me by Monday 26/01/2026 if I have got anything
wrong. Ross, I will go through this with you on Tuesday when I visit.

WHO CAME
Ross McAllister (Dad); Jim McAllister (Grandad); Leanne Pryor (aunt,
Ross's sister); me (Aisha Rahman, social worker); Nicola Hurst (SENCO,
Jennerby Fields Primary); Bev Carter (Skye's key worker, Little Acorns
Nursery); Gail Whitby (family support worker, Jennerby Family Hub); Pam
Okoye (health visitor). Apologies: Dr Helen Marsh (community
paediatrician), who sent an update.

THE FAMILY
Harley McAllister, 8 (born 17/02/2017), Year 3 at Jennerby Fields Primary.
Autistic, with an EHC plan. Skye McAllister, 3 (born 05/10/2022), Little
Acorns Nursery, 15 hours a week. They live with their dad, Ross (35), at
44 Cinder Lane, Jennerby JN3 9EF. Their mum, Jade, left in 2024 and has
not been in touch. Ross works 6am to 2pm at the Jennerby distribution
centre. Grandad Jim lives two streets away; Aunt Leanne lives in Oakley
Road.

We are on child protection plans for neglect (conference 11/12/2025; core
group 1 was 23/12/2025).

NEWS SINCE CORE GROUP 1
- The deep clean is done and both children have new beds. The house looked
  much better when I visited on 13/01/2026, but there was only bread and
  squash in the kitchen.
- Harley's attendance this half term is 86% (74% last term). He has had
  two meltdowns at school, both on Mondays.
- Skye is saying new words ("Grandad", "more juice", "bye bye") and is
  brushing her teeth twice a day with the chart Pam gave her.
- Ross missed Harley's paediatric appointment in December because the
  letter went to the old address.

WHAT HARLEY AND SKYE TOLD ME
Harley (at home, 13/01/2026, using his picture cards): he picked "happy"
for Grandad's house and "cross" for "Dad shouting". He put the "food" card
on the "worried" side and said "Sometimes there is no Coco Pops". He
wants to "go swimming with Grandad on Saturdays like Kian does".

Skye is just 3. At nursery Bev sees her eat her breakfast very fast and
ask for more, and go to the book corner when the room is noisy. At home
she climbed on Grandad's knee and said "Grandad bath".

WHAT WE ARE STILL WORRIED ABOUT
- There is often not enough food in the house by the end of the week.
- Ross shouts when Harley has a meltdown and doesn't know what else to do.
- Skye's speech is behind for her age and her teeth were badly decayed.
- Harley still misses school on Mondays after weekends at home.

WHAT IS GOING WELL
- Grandad Jim gets the children up and to school and nursery every day.
- Ross came to both core groups and said "I want to do it right for them".
- Skye has had no new tooth pain since her treatment in November.

WHAT WE WANT FOR HARLEY AND SKYE
1. Harley and Skye have enough to eat every day, in a clean, safe home.
2. Harley is at school at least 92% of the time, and has fewer meltdowns
   because the adults around him know what calms him.
3. Skye's speech is assessed and helped, and her teeth stay healthy.
4. Harley and Skye are cared for by a dad who stays calm when Harley is
   upset.

THE PLAN AS IT STANDS AFTER CORE GROUP 2

DONE (I will take these off at the review conference)
- Skye's dental treatment under anaesthetic (Jennerby Community Dental
  Service): done 27/11/2025. She is now registered at Smile Dental.
- Deep clean and new beds for both children (Jennerby Homes): done
  09/01/2026.
- Ross to apply for free school meals for Harley: done 15/01/2026.

KEEPING AS THEY ARE
1. Me (Aisha): I will visit Harley and Skye at home every two weeks, one
   visit in three unannounced, see Harley on his own with his picture
   cards, and look at the food, the beds and Skye's teeth chart. I will
   write up each visit within 2 working days with what the children said
   or showed me.
2. Grandad Jim will get Harley and Skye up, give them breakfast and take
   Harley to school and Skye to nursery every weekday while Ross is on
   early shifts. The school and nursery registers will show both in on
   time, and Nicola sends me Harley's figures each Friday.
3. Nicola Hurst (SENCO) will send me Harley's attendance, late marks and
   his incident log every Friday. We want him at 92% or more by the
   February half term (13/02/2026).
4. Bev Carter will check Skye's teeth, clothes and whether she is hungry
   every morning she is at nursery and write it on the nursery welfare
   log, sending me a copy every Friday.
5. Gail Whitby (FSW) will visit every Tuesday at 5pm to help Ross with
   tea-time, bath and bedtime routines, and will keep an eye on the home
   conditions while she is there.

KEEPING BUT CHANGED
6. Ross will go to the Jennerby Autism Family Support course on six
   Tuesday evenings, 03/02/2026 to 10/03/2026 (changed from the Saturday
   course, which clashed with his shifts). The course leader will send me
   his attendance, and Ross will show me "Harley's calm plan" at the last
   session.
7. Amy Doyle (Jennerby Children's Speech and Language Therapy) will assess
   Skye's speech at nursery and send her report to me and Ross - new date
   TBC (the December appointment was cancelled when Amy was ill).
8. Dr Helen Marsh (community paediatrician) will see Harley about his
   sleep at the Jennerby Child Development Centre on 10/02/2026 (moved
   from December, when the letter went to the old address) and copy her
   clinic letter to me and Ross.

NEW
9. Grandad Jim will take Harley to the autism-friendly swimming session
   at Jennerby Leisure Centre every Saturday morning.
10. Leanne will have Harley and Skye for tea and a bath every Wednesday
    from 4pm to 7pm, and will text me that night to say they have eaten
    and had a bath and what they ate.
11. All of us on the core group: tell me the same day if Harley or Skye
    turns up hungry, dirty or with a mark, and log it on your own system.
12. Pam Okoye (HV) will do Skye's 3-year development review at nursery
    with Bev by 27/02/2026, including an ASQ-3, and send me the scores.
13. Me: three "My house" sessions with Harley using his Lego and picture
    cards, weekly from 27/01/2026. I will bring what he makes and says to
    the review conference.

DROPPED
- Ross to go to the Triple P Stepping Stones group: dropped, as the autism
  course (item 6) covers what he needs and fits his shifts.
- Extra nursery hours for Skye: dropped, as Little Acorns has no space
  and Grandad Jim has her on Fridays.

IF THINGS GO WRONG
- If Harley or Skye has a mark or injury no one can explain, or says
  someone has hurt them, ring me (or the duty desk, 01632 960 410) straight
  away. I will hold a strategy discussion with the police the same day.
- If Ross is not at nursery to collect Skye by 5.45pm, Bev rings me or the
  Emergency Duty Team; Skye stays with the nursery manager until we
  collect her, and if Ross cannot be found both children are looked after
  in an emergency foster placement that night.
- If Harley's attendance is below 85% at the February half term, or the
  house is found in the state it was in December, I will ask my manager,
  Steve Marlow, for a legal planning meeting within 10 working days.

DATES
- Core group 3: Thursday 19/02/2026, 3.30pm, Jennerby Family Hub, then
  every four weeks.
- Review child protection conference: date to be confirmed. I am waiting
  for the conference team to book it and will let you all know.

Thanks again, all.

Aisha

Aisha Rahman
Social Worker, Children and Families Team East
Jennerby Council Children's Services
""",
    "findings": [
        F("T002", "will assess Skye's speech at nursery and send her report"),
        F("W002", "tell me the same day if Harley or Skye turns up"),
        F("M001", "take Harley to the autism-friendly swimming session"),
        F("M002", "to help Ross with tea-time, bath and bedtime routines"),
        F("R001"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan, physical abuse of a 2-year-old, family moving
#    to another authority. Word table "Action as it now stands / Lead / When
#    / How we will know / Change at this review", then a closed table.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_jolliston_rcpc_change_at_review_column_closed_table_tennant.docx",
    "doc_title": "Review Child Protection Conference - revised plan - Tilly-Mae Tennant",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "rcpc-revised-plan-docx-landscape-conference-record-kv-present-paragraph-about-tilly-kv-what-happened-since-icpc-the-move-to-kestleford-worries-strengths-tillys-day-outcomes-conference-decision-then-no-action-as-it-now-stands-lead-when-how-we-will-know-change-at-this-review-table-then-closed-at-this-review-table-why-closed-then-contingency-meetings-and-legal-planning",
    "description": (
        "First review conference plan for a 2-year-old after bruising to her cheek and ear that a "
        "child protection medical found likely to be inflicted (police took no further action); she "
        "lives with her mother and her mother's partner, and the family moves to a flat in another "
        "authority in March. The plan is a landscape Word table with an 'Action as it now stands' "
        "column and a 'Change at this review' column (Unchanged / Reworded / Changed / New); the "
        "actions closed at the review are in a second table and not counted. Faults: the partner's "
        "part of the parenting assessment handed to the receiving authority 'once the case has "
        "transferred'; the nursery's daily checks timed 'Ongoing'; 'All professionals' passing on "
        "injuries; the health visitor's development review with '-' for how we will know; an "
        "outcome about the adults only; and a contingency that only says the core group will meet "
        "to review and consider next steps. Legal planning after insufficient progress is in the "
        "meetings section."
    ),
    "blocks": [
        ("title", "Child Protection Plan: revised at the review conference"),
        ("p", "Jolliston Borough Council, Children's Social Care, Safeguarding and Family Support Service"),
        ("kv", [
            ("This meeting", "First review child protection conference, Thursday 22/01/2026, Jolliston Civic Centre"),
            ("Plan last agreed", "Initial child protection conference, 30/10/2025; core groups on 13/11/2025, "
                                 "11/12/2025 and 08/01/2026"),
            ("Chair", "Yvonne Carr, independent reviewing officer"),
            ("Decision", "Tilly-Mae remains subject to a child protection plan under the category of physical "
                         "abuse"),
        ]),
        ("p", "Present: Shannon Tennant (Mum); Jordan Keane (Shannon's partner); Rachel Osei (social worker); "
              "Mark Hollins (team manager); Hayley Dunn (manager and DSL, Bright Beginnings Nursery); Sarah "
              "Bolton (health visitor); DC Adam Fenwick (Jolliston Police Child Abuse Investigation Team); Gwen "
              "Lacey (Kestleford Children's Services, for the transfer). Apologies: Dr Nisha Varma (community "
              "paediatrician), report received."),
        ("h2", "About Tilly-Mae"),
        ("kv", [
            ("Child", "Tilly-Mae Tennant, 2 (born 11/11/2023)"),
            ("Lives with", "Shannon Tennant (22, Mum) and Jordan Keane (24, Shannon's partner since January "
                           "2025), 7 Larch Walk, Jolliston JL6 2NN"),
            ("Tilly-Mae's dad", "Kyle Bates; no contact since 2024"),
            ("Nana", "Carol Tennant (Shannon's mum), Jolliston; has Tilly-Mae most Saturdays"),
            ("Nursery", "Bright Beginnings Nursery, Mondays to Thursdays, 8am to 5pm"),
        ]),
        ("h2", "What has happened since the initial conference"),
        ("p", "On 20/10/2025 nursery staff saw fingertip bruising to Tilly-Mae's left cheek and a bruise behind "
              "her left ear. Shannon said she had fallen against the sofa; Jordan said she had hit her head on "
              "the cot. Dr Varma's child protection medical on 21/10/2025 found the bruising likely to have been "
              "inflicted, and a skeletal survey showed no fractures. The police investigation ended on "
              "05/12/2025 with no further action. Nobody has explained the bruises."),
        ("p", "Since October there have been no new marks. Tilly-Mae has been at nursery on 94% of her days. "
              "Rachel has started the parenting assessment with Shannon; Jordan has missed two of his four "
              "sessions because of work. Shannon has accepted a two-bedroom housing association flat at 15 "
              "Cooper's Yard, Kestleford, and the family will move on Monday 23/03/2026. Kestleford Children's "
              "Services have agreed to hold a transfer-in conference on 14/04/2026."),
        ("h2", "What we are worried about"),
        ("bullets", [
            "Tilly-Mae had injuries that were likely to have been inflicted, and neither adult has explained them.",
            "Jordan says he \"can't stand the screaming\" when Tilly-Mae has a tantrum.",
            "The move to Kestleford may mean a gap in nursery, health visiting and social work.",
            "Tilly-Mae's speech is behind: she says about 15 words.",
        ]),
        ("h2", "What is going well"),
        ("bullets", [
            "Shannon has taken Tilly-Mae to every health appointment and nursery session.",
            "Shannon asks for help: she rang Rachel when Tilly-Mae had a rash in December.",
            "Carol has Tilly-Mae most Saturdays and says she is \"a happy little thing\".",
        ]),
        ("h2", "Tilly-Mae's day"),
        ("p", "Tilly-Mae cannot tell us in words what life is like for her. At nursery Hayley sees a busy, "
              "smiley girl who loves the water tray and the song \"Row, row, row your boat\". She runs to "
              "Hayley for a cuddle when she arrives, and cries if an adult raises their voice. At home on "
              "08/01/2026 Rachel saw her climb onto Shannon's lap when Jordan came into the room, and watch him "
              "until he sat down. She points to her cheek and says \"ow\" when she sees a plaster."),
        ("h2", "What we want for Tilly-Mae"),
        ("numbers", [
            "Tilly-Mae is safe from harm: she has no more bruises or injuries, and any mark she has is "
            "explained and checked by a professional.",
            "Tilly-Mae is cared for by adults who stay calm and gentle when she cries or has a tantrum.",
            "Tilly-Mae's speech and play catch up, and she starts at a nursery in Kestleford with no gap.",
            "Shannon and Jordan manage their stress and anger, and their relationship is stable.",
        ]),
        ("h2", "The plan as it now stands"),
        ("p", "The last column says how the conference changed each action. Actions the conference closed are "
              "in the second table."),
        ("table", {
            "header": ["No.", "Action as it now stands", "Lead", "When", "How we will know", "Change at this review"],
            "widths": [1.1, 7.4, 3.9, 3.8, 5.3, 4.2],
            "rows": [
                ["1", "Visit Tilly-Mae at home, see her awake, and look at her face, ears and arms with "
                      "Shannon's agreement; one visit in three unannounced",
                 "Rachel Osei (SW)", "Every 2 weeks until the transfer-in conference on 14/04/2026",
                 "Visit record within 2 working days, noting any marks and how Tilly-Mae is with each adult",
                 "Unchanged"],
                ["2", "Check Tilly-Mae's face, ears and arms when she arrives, record any mark on a body map, and "
                      "ring Rachel the same day if there is one",
                 "Hayley Dunn, manager and DSL, Bright Beginnings Nursery", "Ongoing",
                 "Body maps and the daily arrival log on Tilly-Mae's nursery file, copied to Rachel every Friday",
                 "Reworded: was \"nursery to monitor\""],
                ["3", "Complete Shannon's part of the parenting assessment, including how she responds to "
                      "Tilly-Mae's tantrums and who she would call for help",
                 "Rachel Osei (SW)", "By 27/02/2026",
                 "Assessment report shared with Shannon and the core group by 27/02/2026",
                 "Changed: assessment split into two parts; date moved from 15/01/2026"],
                ["4", "Jordan's part of the parenting assessment to be completed by Kestleford Children's "
                      "Services once the case has transferred",
                 "Kestleford Children's Services", "Within 8 weeks of the transfer-in conference",
                 "Kestleford's assessment report shared with the core group",
                 "Changed: Jordan's part handed on to Kestleford"],
                ["5", "Tilly-Mae's 2 to 2 and a half year development review at home, looking at her speech "
                      "and her play",
                 "Sarah Bolton, health visitor, Jolliston 0-19 Service", "By 13/02/2026",
                 "-",
                 "New"],
                ["6", "Share any injury, mark or worrying comment about Tilly-Mae with Rachel the same day",
                 "All professionals", "The same day",
                 "Recorded on Tilly-Mae's chronology",
                 "Unchanged"],
                ["7", "Go to the Calmer Parents group on coping with a toddler's crying and tantrums without "
                      "losing his temper",
                 "Jordan Keane", "Thursdays 6.30pm to 8.30pm, 05/02/2026 to 26/03/2026",
                 "Attendance register sent to Rachel each week; facilitator's end-of-group report by 02/04/2026",
                 "New"],
                ["8", "Go to the Toddler Time parenting course at Larch Walk Family Hub, taking Tilly-Mae to the "
                      "play part of each session",
                 "Shannon Tennant (Mum)", "Mondays at 10am, 26/01/2026 to 16/03/2026",
                 "Course register; Shannon's goals sheet signed by the course leader at the last session",
                 "New"],
                ["9", "Speech and language assessment of Tilly-Mae, with a home programme for Shannon",
                 "Beth Willis, speech and language therapist, Jolliston Children's Therapies",
                 "Clinic appointment on 18/02/2026",
                 "Assessment report and home programme sent to Shannon, Rachel and Sarah within 10 working days",
                 "New (the referral was closed: see below)"],
                ["10", "Tell Rachel before anyone new moves in or stays overnight, so that checks can be done",
                 "Shannon Tennant (Mum)", "Before the person moves in or stays",
                 "Rachel's case note of each call, and the checks recorded before the person stays",
                 "Unchanged"],
                ["11", "Send Kestleford Children's Services the transfer-in request with this plan, the "
                       "chronology and every assessment so far",
                 "Rachel Osei (SW)", "By 09/03/2026",
                 "Kestleford's e-mail confirming receipt, and the transfer-in conference date in writing",
                 "New"],
                ["12", "Joint home visit with the Kestleford social worker to introduce them to Tilly-Mae, "
                       "Shannon and Jordan",
                 "Rachel Osei (SW)", "In the week of the move (w/c 23/03/2026)",
                 "Joint visit record on both councils' files",
                 "New"],
                ["13", "Find Tilly-Mae a nursery place near Cooper's Yard so that she starts there the week after "
                       "the move",
                 "Rachel Osei (SW), with Kestleford Family Information Service", "By 20/03/2026",
                 "Letter from the new nursery with Tilly-Mae's start date",
                 "New"],
            ],
        }),
        ("h2", "Closed at this review"),
        ("table", {
            "header": ["No.", "Action", "Why it is closed"],
            "widths": [1.1, 12.0, 12.6],
            "rows": [
                ["C1", "Police to complete the investigation and tell Rachel the outcome",
                 "Done: no further action, 05/12/2025."],
                ["C2", "Follow-up skeletal survey for Tilly-Mae at Jolliston General Hospital",
                 "Done 04/11/2025: no fractures."],
                ["C3", "Refer Tilly-Mae to speech and language therapy",
                 "Done 12/12/2025; the assessment is now action 9."],
                ["C4", "Shannon to apply to Jolliston Homes for a transfer to a bigger flat",
                 "No longer needed: Shannon has accepted the Kestleford flat."],
            ],
        }),
        ("h2", "Contingency plan"),
        ("p", "If there are any further worries about Tilly-Mae, or the plan is not working, the core group "
              "will meet to review the plan and consider next steps, and will discuss this with Kestleford "
              "Children's Services."),
        ("h2", "Meetings and legal planning"),
        ("bullets", [
            "Core group every four weeks: Thursday 19/02/2026 and Thursday 19/03/2026 at Larch Walk Family Hub. "
            "Gwen Lacey from Kestleford will join the 19/03/2026 core group.",
            "Transfer-in conference (Kestleford Children's Services): Tuesday 14/04/2026, 10am, Kestleford "
            "Civic Centre.",
            "If the core group on 19/03/2026 finds that Shannon and Jordan have not made enough progress on this "
            "plan, Mark Hollins will hold a legal planning meeting before the family moves, with Kestleford "
            "invited.",
        ]),
    ],
    "findings": [
        F("X001", "to be completed by Kestleford Children's Services once the case"),
        F("T002", "record any mark on a body map, and ring Rachel"),
        F("W002", "Share any injury, mark or worrying comment about Tilly-Mae"),
        F("M001", "2 to 2 and a half year development review at home"),
        F("F002", "Shannon and Jordan manage their stress and anger, and their relationship is stable."),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan for a 5-month-old, mother's postnatal
#    depression. Under each outcome: "What has happened since October" then
#    a "Next steps" table with a "This step is" column; "Closed at this
#    review" list. Header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_jestonbury_rcpc_per_outcome_happened_next_steps_adeyinka.pdf",
    "doc_title": "Review child protection plan - Amara Adeyinka",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "Jestonbury City Council · Children's Social Care · Review child protection plan",
    "footer": "Amara Adeyinka · Plan revised at the review conference on 13/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-revised-baby-plan-paged-header-footer-meeting-table-present-paragraph-family-kv-amaras-day-going-well-still-worried-then-per-outcome-heading-what-has-happened-since-october-prose-then-next-steps-table-what-who-when-how-well-know-this-step-is-continuing-changed-new-then-closed-at-this-review-bullets-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for a 5-month-old on a plan for neglect: at 8 weeks "
        "her weight had fallen from the 50th to the 9th centile, her mother has severe postnatal "
        "depression and once left her alone in the flat, and her father works offshore two weeks in "
        "four while her aunt stays over. Under each outcome heading the plan first says what has "
        "happened since October (prose, not actions), then gives a 'Next steps' table with a 'This "
        "step is' column (Continuing / Changed: ... / New); actions closed at the review are listed "
        "and not counted. Both perinatal mental health rows ask for a view of the mother's "
        "recovery, her capacity to care for the baby and the likely timescale; the GP owns an "
        "action; the aunt's nights have a fallback; legal planning follows named triggers; core "
        "group and review dates are set; the baby's day is observed."
    ),
    "blocks": [
        ("title", "Child Protection Plan for Amara Adeyinka"),
        ("p", "Revised at the first review child protection conference"),
        ("table", {
            "rows": [
                ["This meeting", "First review child protection conference, Tuesday 13/01/2026, Jestonbury "
                                 "Council House"],
                ["Plan before this one", "Initial child protection conference, 16/10/2025. Core groups on "
                                         "30/10/2025, 27/11/2025 and 18/12/2025"],
                ["Decision", "Amara stays on a child protection plan (neglect). This plan replaces the October plan."],
                ["Next core group", "Tuesday 03/02/2026, 1pm, Meridian Family Hub, then every four weeks"],
                ["Next review conference", "Tuesday 07/07/2026, 10am, Jestonbury Council House"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("p", "Present: Funmi Adeyinka (Mum); Tunde Adeyinka (Dad); Bisi Okonjo (aunt); Naomi Chandler (social "
              "worker); Paul Reddy (team manager); Megan Fry (health visitor); Claire Benn (perinatal community "
              "psychiatric nurse); Jasmine Reid (family practitioner, Meridian Family Hub). Chair: Anthony "
              "Greaves (IRO). Reports from Dr Ruth Abiola (consultant perinatal psychiatrist) and Dr Kwame Asante "
              "(GP)."),
        ("h2", "Amara and her family"),
        ("kv", [
            ("Amara Adeyinka", "5 months (born 12/08/2025)"),
            ("Mum", "Funmilayo (Funmi) Adeyinka (29), postnatal depression, under the Jestonbury Perinatal "
                    "Mental Health Service since 28/10/2025"),
            ("Dad", "Tunde Adeyinka (33), offshore engineer: two weeks away, two weeks at home"),
            ("Aunt", "Bisi Okonjo (35), Funmi's sister, 12 Cedar Rise, two miles away"),
            ("Home", "Flat 6, Meridian House, Jestonbury JB5 3AX"),
        ]),
        ("h2", "Amara's day"),
        ("p", "Amara cannot tell us what she needs, so Megan, Naomi and Jasmine have written down what they see. "
              "She wakes around 6am and twice in the night for a bottle. She smiles and babbles at faces, and "
              "laughs when Bisi sings to her in Yoruba. In October she was quiet and floppy and did not look for "
              "her mum's face; now she turns to Funmi's voice and reaches for her. She rolls from her back to "
              "her front, and spends much of the day in her bouncer in the living room while Funmi rests. When "
              "she cries, Funmi now picks her up within a minute or two; in October she sometimes left her "
              "crying for a long time."),
        ("h2", "What is going well"),
        ("bullets", [
            "Amara's weight has gone back up from the 9th to the 25th centile.",
            "Funmi takes her medication, has seen Claire every week, and says the \"grey fog\" is lifting.",
            "Bisi has stayed every night that Tunde has been offshore.",
            "Tunde now plans his leave around core groups and does the night feeds when he is home.",
        ]),
        ("h2", "What we are still worried about"),
        ("bullets", [
            "Funmi still has days when she stays in bed and finds it hard to feel close to Amara.",
            "On 02/10/2025 Funmi left Amara alone in the flat for about 40 minutes to go to the shop.",
            "Amara's care depends on Bisi when Tunde is away.",
        ]),
        ("h2", "Outcome 1: Amara is fed well and keeps growing along her centile line"),
        ("p", "What has happened since October: Megan weighed Amara every week from 16/10/2025. Her weight went "
              "from the 9th centile to the 25th by 06/01/2026. Funmi has kept a feed diary since November and "
              "Megan has watched three feeds. The dietitian referral was closed because Amara's weight is back "
              "on track."),
        ("table", {
            "header": ["Next step", "Who", "When", "How we'll know", "This step is"],
            "widths": [5.2, 2.9, 2.9, 3.8, 2.2],
            "rows": [
                ["Weigh Amara at home, watch a feed and check the feed diary",
                 "Megan Fry, health visitor", "Every 2 weeks until 31/03/2026, then monthly",
                 "Weight plotted in the red book and e-mailed to Naomi; Amara stays on or above the 25th centile",
                 "Changed: was weekly"],
                ["Weaning visit with Funmi (and Tunde if he is home), and a written weaning plan",
                 "Megan Fry, health visitor", "In the week Amara turns 6 months (w/c 09/02/2026)",
                 "Weaning plan in the red book; Megan sees Amara have a solid meal at her next visit",
                 "New"],
                ["Write down every feed (time and amount) in Amara's feed diary, and show it at every visit",
                 "Funmi Adeyinka (Mum)", "Every day",
                 "Diary seen by Megan and Naomi at each visit, with at least 5 feeds a day",
                 "Continuing"],
            ],
        }),
        ("h2", "Outcome 2: Amara is cared for by a mum who is well enough to notice and answer her needs, and "
               "she is never left on her own"),
        ("p", "What has happened since October: Claire has seen Funmi every week since 30/10/2025. Funmi's "
              "Edinburgh Postnatal Depression Scale score has come down from 24 to 14. Dr Abiola increased her "
              "sertraline in November. Funmi has not left Amara alone since 02/10/2025. The conference asked "
              "that the perinatal team's reports now say whether Funmi is recovering enough to care for Amara "
              "and how long that is likely to take."),
        ("table", {
            "header": ["Next step", "Who", "When", "How we'll know", "This step is"],
            "widths": [5.2, 2.9, 2.9, 3.8, 2.2],
            "rows": [
                ["Home visits to treat Funmi's depression, with a written report to each core group on her "
                 "progress, her capacity to care for Amara and how long her recovery is likely to take",
                 "Claire Benn, perinatal CPN, Jestonbury Perinatal Mental Health Service",
                 "Every Thursday; report before each core group",
                 "Report on Naomi's file 2 working days before each core group, with the EPDS score from each "
                 "visit",
                 "Changed: the report now covers capacity and timescale"],
                ["Review Funmi's medication, and write with her view of whether Funmi is recovering enough to "
                 "care for Amara on her own and how long that is likely to take",
                 "Dr Ruth Abiola, consultant perinatal psychiatrist",
                 "Outpatient review on 10/02/2026, then every 8 weeks",
                 "Clinic letter to Naomi and the GP within 10 working days of each review",
                 "Changed: the view on capacity is added"],
                ["Check that Funmi collects each monthly prescription and tell Naomi if she does not, as a sign "
                 "she may be struggling to care for Amara",
                 "Dr Kwame Asante, GP, Meridian Health Centre", "Every month",
                 "Note to Naomi from the practice within 2 working days of any missed collection",
                 "New"],
                ["Six sessions of Video Interaction Guidance with Funmi and Amara, looking at the moments when "
                 "Funmi answers Amara's cues",
                 "Jasmine Reid, family practitioner, Meridian Family Hub", "Fortnightly, 20/01/2026 to 31/03/2026",
                 "Jasmine's end-of-programme report, with the clips reviewed with Funmi, shared with the core "
                 "group by 14/04/2026",
                 "New"],
                ["Never leave Amara alone in the flat, even for a few minutes: take her along or leave her with "
                 "Tunde or Bisi",
                 "Funmi Adeyinka (Mum)", "Every day",
                 "Naomi asks Funmi and Bisi at each visit; any time Amara is found alone is recorded on her "
                 "chronology, with none recorded by the next review",
                 "Continuing"],
            ],
        }),
        ("h2", "Outcome 3: Amara has a warm, awake adult with her day and night, including when her dad is "
               "away"),
        ("p", "What has happened since October: Bisi has stayed at the flat every night of Tunde's three trips "
              "offshore. Tunde does the night feeds when he is home. Naomi has visited every two weeks, with at "
              "least one visit during each of Tunde's trips."),
        ("table", {
            "header": ["Next step", "Who", "When", "How we'll know", "This step is"],
            "widths": [5.2, 2.9, 2.9, 3.8, 2.2],
            "rows": [
                ["Stay overnight at the flat and share the night feeds with Funmi",
                 "Bisi Okonjo (aunt)",
                 "Every night Tunde is offshore (19/01 to 01/02, 16/02 to 01/03, 16/03 to 29/03/2026)",
                 "Bisi's initials beside the night feeds in the feed diary; Naomi checks the diary at her visits",
                 "Continuing"],
                ["Do Amara's bath, bedtime and night feeds when he is at home, and send Naomi his work rota",
                 "Tunde Adeyinka (Dad)", "Every night he is home; rota by the 1st of each month",
                 "Feed diary shows Tunde's night feeds; rota on Naomi's file each month",
                 "Continuing"],
                ["Visit Amara at home, see her awake and being fed or played with, and talk with Funmi on her "
                 "own about her mood",
                 "Naomi Chandler (SW)",
                 "Every 2 weeks, at least once during each of Tunde's trips; one visit in three unannounced",
                 "Visit record within 2 working days describing Amara's care and what Funmi said",
                 "Continuing"],
                ["Go to the Baby Bounce group with Amara at the Family Hub",
                 "Funmi Adeyinka (Mum)", "Every Tuesday at 10am from 20/01/2026",
                 "Group register; Jasmine's note to Naomi at the end of each month",
                 "New"],
            ],
        }),
        ("h2", "Closed at this review"),
        ("bullets", [
            "Referral to the Jestonbury Perinatal Mental Health Service (accepted 28/10/2025).",
            "Safe sleep check and a new cot mattress (Megan, done 23/10/2025).",
            "Referral of Amara to the paediatric dietitian: no longer needed, as her weight is back on the "
            "25th centile.",
        ]),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Amara is found alone, or Funmi says she cannot cope or has thoughts of harming herself or Amara, "
            "the adult with her rings the perinatal crisis line and Naomi (or the Emergency Duty Team). Amara "
            "goes to Bisi's, or stays with Tunde if he is home, that day, and Naomi holds a strategy discussion "
            "the same day.",
            "If Amara drops below the 9th centile, or misses two health visitor appointments in a row, Megan "
            "visits within 24 hours and the GP sees Amara the same day.",
            "Should Bisi be unable to stay on a night Tunde is away, she tells Naomi as soon as she knows. "
            "Funmi and Amara stay at Bisi's house instead; if that is not possible, Naomi arranges a foster "
            "placement for Amara that night with Funmi's agreement.",
            "If Claire's report to the core group on 03/03/2026 says Funmi is not recovering enough to care for "
            "Amara safely by the summer, or Amara is left alone again, Naomi will ask Paul Reddy for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1pm at Meridian Family Hub: 03/02/2026, 03/03/2026, "
            "31/03/2026, 28/04/2026, 26/05/2026 and 23/06/2026.",
            "Second review child protection conference: Tuesday 07/07/2026 at 10am, Jestonbury Council House.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A 12-year-old young carer's own plan, version 3, written to her after
#    core group 5: Finished / Carrying on / Changed / New / Stopped parts.
#    Father's MS and misuse of prescribed codeine. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b196_jubberfield_young_carers_plan_v3_finished_carrying_on_changed_new_tranter.md",
    "split": "tune",
    "actions": 12,
    "template": "young-persons-own-plan-version-3-md-written-to-her-after-core-group-5-version-box-whos-who-list-whats-happened-since-version-2-your-news-what-you-and-alfie-told-us-still-worried-better-what-we-want-then-finished-list-carrying-on-changed-with-before-it-was-line-new-items-each-with-who-when-how-well-know-lines-then-stopped-list-if-things-go-wrong-meetings",
    "description": (
        "Exemplary version 3 of a 12-year-old young carer's own child protection plan, written to "
        "her after core group 5. Her father has multiple sclerosis and has been taking more codeine "
        "than prescribed (she once found him unrousable and rang 999); her mother lives abroad; her "
        "grandmother gives her and her 5-year-old brother their tea three nights a week. The plan "
        "says what happened since version 2 and what the meeting decided, then sorts the work into "
        "Finished, Carrying on, Changed (with a 'Before it was' line), New and Stopped; each live "
        "item has Who / When / How we'll know lines, and 'you' is the young person. Finished and "
        "stopped items are not counted. Adult services (the drug and alcohol service, the GP, adult "
        "social care and the MS nurse) own actions, the drug service reports on the father's "
        "capacity to change, the grandmother's help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and the children's words are recorded."
    ),
    "text": """\
# Your plan, Ellie - version 3

**Jubberfield Council Children's Services - child protection plan for Ellie and Alfie Tranter**

| | |
|---|---|
| **This version** | Version 3, agreed at core group 5 on Tuesday 03/02/2026 at Jubberfield High School |
| **Last version** | Version 2, agreed at the review conference on 11/12/2025 (version 1 was the first conference on 18/09/2025) |
| **Who came** | You (for the first half), Dad, Grandma Jean, Kirsty, Mrs Khan, Miss Obi, Lee, Sam and Dan. Jo sent a letter. |
| **Next core group** | Tuesday 03/03/2026, 3.30pm, at your school |
| **Next review conference** | Tuesday 09/06/2026, 10am, Jubberfield Town Hall |

Hi Ellie. At core group 5 we went through version 2 of your plan line by line. This is the new
version. Some things are finished, some are carrying on, some have changed, some are new, and a couple
have stopped. Kirsty will go through it with you at her next visit, and you can ask her to change the
words if they don't make sense.

## Who's who

- **Dad**: Mark Tranter (44). You and Alfie live with him at 23 Quarry Hill, Jubberfield JU7 4HR.
- **Alfie**: your brother, 5, in Reception at Jubberfield Meadows Primary.
- **Grandma Jean**: Jean Tranter (70), Dad's mum, 9 Mill Close.
- **Kirsty**: Kirsty Lomas, your social worker (her manager is Andrea Cole).
- **Mrs Khan**: Farah Khan, head of Year 7 and safeguarding lead at Jubberfield High.
- **Miss Obi**: Alfie's Reception teacher.
- **Lee**: Lee Hartnell, Dad's recovery worker at Jubberfield Drug and Alcohol Service.
- **Dr Shah**: Dr Imran Shah, Dad's GP at Jubberfield Health Centre.
- **Sam**: Sam Ellis, Dad's social worker at Jubberfield Adult Social Care.
- **Jo**: Jo Whitely, Dad's MS specialist nurse, Jubberfield Neurology Service.
- **Dan**: Dan Price, young carers worker, Jubberfield Young Carers.
- **Nadia**: Nadia Bell, family support worker, Jubberfield Family Hub.

## Why there is a plan

Dad has multiple sclerosis. Since his relapse last spring he has been in a lot of pain, and he was
taking more codeine than the doctor prescribed and buying more online. On 14/09/2025 you found him
asleep on the sofa and couldn't wake him, and you rang 999. Before that you were doing most of the
caring: helping Dad wash, counting his tablets, doing the shopping, and getting Alfie ready for school.
You missed a lot of school in the summer term.

## What has happened since version 2

- Dad has seen Lee every week since December. His last four urine tests showed only the codeine he is
  prescribed, and he has cut down from 12 tablets a day to 8.
- Carers have come every morning since 05/01/2026 to help Dad get up and dressed. You have not had to
  help him wash since then.
- Dad got a downstairs bed on 15/01/2026 and a locked medicine box from the pharmacy on 28/01/2026.
- Your attendance this term is 96%. Alfie's is 94%.
- Grandma Jean has done tea on Mondays, Wednesdays and Fridays every week except one, when she had flu.
- The meeting decided that the plan stays, that Dr Shah will now give Dad his codeine week by week, and
  that Jo, the MS nurse, is now part of the plan.

## Your news

- You got a merit for your science project on volcanoes.
- You went to the young carers trip to the ice rink in January.
- Alfie can now write his name and lost his first tooth.

## What you and Alfie told us

You told Kirsty on 28/01/2026: "It's better since the carers come. I don't have to do Dad's socks any
more." "I still check on Dad when I get in from school, in case." "I want to go to netball club but it's
on a Thursday, same as young carers." You gave home 7 out of 10 for feeling safe (it was 3 in September).
You said the worst thing would be "if Dad went back to how he was".

Alfie told Kirsty: "Grandma makes fish fingers. Ellie reads me stories." He drew Dad in his wheelchair
with a big smile.

## What we are still worried about

- Dad could go back to taking too much codeine, especially if his pain gets worse.
- You still feel you have to check on Dad, and you sometimes stay off school clubs to be at home.
- Dad's MS is changing, and nobody has looked at what help he will need next.

## What is better

- Dad is honest with Lee and Kirsty about his tablets, and his tests are clear of anything extra.
- The morning carers mean you and Alfie get to school on time.
- Grandma Jean, Dad and you are all talking to each other more.

## What we want for you and Alfie

1. You and Alfie are looked after every day by an adult who is awake, well enough, and not affected by
   tablets.
2. You get to be 12: you go to school, see your friends and go to clubs, and you don't do caring jobs
   that adults should do (washing Dad, his tablets, the shopping).
3. Alfie is at school every day, clean and fed, and has a proper tea every evening.

## Finished (we've done these)

- Kirsty asked Sam for an adult social care assessment for Dad - done, and the care package started on
  05/01/2026.
- Sam's occupational therapist got Dad a downstairs bed - done 15/01/2026.
- Dad got a locked medicine box from the pharmacy - done 28/01/2026.
- Alfie's hearing test - done 09/01/2026, his hearing is fine.

## Carrying on (the same as version 2)

### 1. Kirsty's visits
- **What:** Kirsty visits you and Alfie at home and sees you on your own, at home or at school.
- **Who:** Kirsty (your social worker)
- **When:** Every 2 weeks, and one visit in three without saying first
- **How we'll know:** Kirsty writes up each visit within 2 working days with what you and Alfie said; you
  can read it if you want to.

### 2. Young carers group
- **What:** Dan picks you up for the young carers group, where you get time with other young carers.
- **Who:** Dan (young carers worker)
- **When:** Every Thursday in term time, 4pm to 6pm
- **How we'll know:** The group register, and Dan's note to Kirsty at the end of each month.

### 3. Tea with Grandma Jean
- **What:** Grandma Jean makes tea for you and Alfie at home and gives Alfie his bath.
- **Who:** Grandma Jean
- **When:** Every Monday, Wednesday and Friday, 4pm to 7pm
- **How we'll know:** Grandma ticks the tea chart on the fridge, and Kirsty looks at it at each visit.

### 4. Dad's morning carers
- **What:** Two carers come to help Dad get up, washed and dressed, so that you don't have to.
- **Who:** Sam (adult social care), who arranges the care package with Hometrust Care
- **When:** Every day at 7am
- **How we'll know:** The carers' log in the folder by the front door; Sam sends Kirsty a summary each
  month.

### 5. Check-ins at school
- **What:** Mrs Khan checks in with you about home, school and how much caring you did that week.
- **Who:** Mrs Khan
- **When:** Every Monday and Thursday at morning break
- **How we'll know:** Her notes on the school's safeguarding system, and your attendance sent to Kirsty
  every other Friday.

## Changed

### 6. Dad's work with Lee
- **Before it was:** "Dad to get help with his codeine."
- **What:** Lee sees Dad at home to help him cut down his codeine slowly and safely, with a urine test
  each time, and writes a report for the review conference on whether Dad can stay on his prescribed dose
  and keep you and Alfie safe, and how long that is likely to take.
- **Who:** Lee (Jubberfield Drug and Alcohol Service)
- **When:** Every Tuesday at 11am; report by 26/05/2026
- **How we'll know:** Test results and a note to Kirsty each month; Lee's report on Kirsty's file by
  26/05/2026.

### 7. Dad's prescriptions
- **Before it was:** "GP to review Dad's medication."
- **What:** Dr Shah gives Dad his codeine one week at a time and reviews his pain with him, so that there
  is never a big supply in the house where you and Alfie live.
- **Who:** Dr Shah (GP)
- **When:** Weekly prescriptions from 04/02/2026; a review with Dad every 4 weeks
- **How we'll know:** The pharmacy's record shows one collection a week; Dr Shah writes to Kirsty after
  each review.

### 8. Alfie's mornings at school
- **Before it was:** "Alfie's school to let us know about worries."
- **What:** Miss Obi checks that Alfie has had breakfast and is clean, and rings Kirsty the same day if he
  hasn't.
- **Who:** Miss Obi
- **When:** Every school day at 8.50am
- **How we'll know:** Her daily check sheet, sent to Kirsty every Friday.

## New

### 9. Dad's MS nurse
- **What:** Jo visits Dad at home and writes to Kirsty and Sam about how his MS is changing and what help
  he needs next, so that the caring doesn't fall on you.
- **Who:** Jo (MS specialist nurse)
- **When:** Home visit by 27/02/2026, then every 3 months
- **How we'll know:** Jo's letter to Kirsty and Sam after each visit, listing any equipment or extra carer
  hours she asks for.

### 10. Your young carer's assessment
- **What:** Dan does your young carer's assessment with you, so that everyone knows which jobs you should
  not be doing.
- **Who:** Dan (young carers worker)
- **When:** By 13/03/2026
- **How we'll know:** The written assessment, shared with you, Dad and Kirsty.

### 11. Dad's locked box
- **What:** Dad keeps all his codeine in the locked box and never asks you to fetch or count his
  tablets.
- **Who:** Dad
- **When:** Every day from 04/02/2026
- **How we'll know:** Lee and Kirsty see the locked box at their visits; you tell Kirsty in your time on
  your own if Dad asks you to.

### 12. Your "if Dad won't wake up" card
- **What:** Kirsty makes a card with you that says the steps to take if Dad won't wake up or seems
  confused.
- **Who:** Kirsty, with you
- **When:** At Kirsty's visit on 10/02/2026
- **How we'll know:** The card is in your school bag and on the fridge, and you can tell Kirsty the steps
  at her next visit.

## Stopped

- You doing the weekly shop with Dad: stopped, because the carers now do it with him on Saturdays.
- Dad going to the pain management course: stopped, because the hospital's pain team said it is not
  right for him until his codeine has come down.

## If things go wrong

- If you find Dad asleep and you can't wake him, or he is slurring or confused, ring 999 first, then
  Grandma Jean. Kirsty (or the Emergency Duty Team at night) will make sure you and Alfie sleep at
  Grandma Jean's that night, and Kirsty will hold a strategy discussion the same day.
- If Dad's urine test shows drugs he isn't prescribed, or some of his codeine goes missing, Lee tells
  Kirsty the same day and Kirsty visits within 24 hours.
- If Grandma Jean can't come for tea (if she is ill or away), she rings Kirsty by 12 noon that day.
  Kirsty arranges an after-school club place for Alfie until 5.30pm and Nadia from the Family Hub comes
  at teatime to make sure you both eat, so you don't have to cook.
- If Dad is found unrousable again while he is looking after you and Alfie, or Lee's report says he has
  not been able to stay on his prescribed dose, Kirsty will ask Andrea Cole for a legal planning meeting
  within 5 working days to decide whether you and Alfie need to live with Grandma Jean or somewhere
  else for a while.

## Meetings

- Core group every four weeks, on Tuesdays at 3.30pm at your school: 03/03/2026, 31/03/2026,
  28/04/2026 and 26/05/2026.
- Review child protection conference: Tuesday 09/06/2026 at 10am, Jubberfield Town Hall.

Written by Kirsty Lomas on 04/02/2026, for Ellie, with copies to Dad, Grandma Jean and everyone in the
core group.
""",
    "findings": [],
})
