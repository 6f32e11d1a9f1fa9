"""Batch 23, module 2: seven fictional files (tuning material), all named b23_j*.

Focus: minutes and records whose plan is a LIST - core group and review
conference minutes with numbered or bulleted agreed actions, a strategy
meeting record, a conference chair's summary, a family meeting's notes and an
email sent after a core group - with plenty of lists and paragraphs that are
not actions (attendance, apologies, updates, discussion, what the children
said).

Everything here is made up: children, families, professionals, services,
places and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading
its code.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group minutes: attendance table with initials, agency updates in
#    paragraphs, then a Word numbered list of agreed actions in mixed wording
#    ("JS to ...", "It was agreed the HV would ...", "Agreed that ...").
#    Exemplary. (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_jesmondale_core_group_minutes_initials_okafor.docx",
    "doc_title": "Core Group Minutes - Amara and Tayo Okafor - 22/05/2025",
    "split": "tune",
    "template": "core-group-minutes-present-table-initials-agency-update-paragraphs-then-word-numbered-agreed-actions-mixed-voice",
    "description": (
        "Exemplary second core group minutes for a 6-year-old and a 20-month-old (neglect; mother's "
        "recurrent depression; maternal aunt does two school runs a week). Attendance table with "
        "initials, apologies, brought-forward note, children's voice, agency updates and discussion, "
        "then a Word numbered list of agreed actions in mixed wording, each with owner, timescale and "
        "measure; CMHT asked to report on capacity to change, GP owns an action, specific contingency "
        "with a fallback if the aunt cannot help, core group dates, review conference date, legal planning."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Jesmondale Borough Council · Children's Social Care · Safeguarding Team East"),
        ("kv", [
            ("Children", "Amara Okafor (6, Year 1, St Luke's C of E Primary) and Tayo Okafor (20 months, Little Sprouts Nursery)"),
            ("Date / venue", "Thursday 22/05/2025, 1.30pm, Jesmondale Family Hub, Kestrel Road"),
            ("Meeting", "Second core group (child protection plans made at ICPC 14/04/2025, category neglect)"),
            ("Chair", "Joanne Sutcliffe, social worker"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Role", "Initials"],
            "widths": [4.5, 9.5, 3.0],
            "rows": [
                ["Joanne Sutcliffe", "Social worker, Jesmondale CSC (chair)", "JS"],
                ["Chiamaka Okafor", "Mum", "CO"],
                ["Ngozi Eze", "Maternal aunt", "NE"],
                ["Rebecca Kaur", "Designated safeguarding lead, St Luke's Primary", "RK"],
                ["Bev Allott", "Tayo's key worker, Little Sprouts Nursery", "BA"],
                ["Mandy Dowson", "Health visitor, Jesmondale 0-19 Service", "MD"],
                ["Tracey Holt", "Care coordinator, Jesmondale Community Mental Health Team", "TH"],
                ["Kelly Maine", "Family support worker, Jesmondale Family Hub", "KM"],
                ["Paula Henney", "Business support (minutes)", "PH"],
            ],
        }),
        ("h2", "Apologies"),
        ("p", "Dr Farah Qureshi, GP, Brookfield Surgery – sent a written update, read out by JS and summarised "
              "below. Dr Qureshi agreed her action by email before the meeting."),
        ("h2", "1. Last meeting and actions"),
        ("p", "Minutes of 29/04/2025 agreed as accurate. Eight of the nine actions from the first core group "
              "are done. Amara's dental check did not happen because the surgery cancelled; it has been "
              "rebooked for 04/06/2025 and CO has the letter."),
        ("h2", "2. How Amara and Tayo are – what they have said and what we have seen"),
        ("p", "JS saw Amara on her own in the school library on 15/05/2025. Amara said mornings are \"better "
              "now because Auntie Ngozi does my hair on Mondays\". She said Mummy \"still sleeps in the day "
              "sometimes\" and that when that happens she watches the tablet and \"Tayo has crisps\". Asked "
              "what she would change, she said she would like \"hot dinners every day, not just at school\" "
              "and for Mummy \"to not be sad\". She scored home a 6 out of 10, up from 3 at conference."),
        ("p", "Tayo is not yet talking in sentences. BA has seen him arrive hungry on two of the last eight "
              "sessions, eating two breakfasts quickly. At JS's home visit on 19/05/2025 he toddled to CO to be "
              "picked up when the doorbell went and settled on her lap, and he went straight to the kitchen "
              "and pointed at the fridge when NE came in."),
        ("h2", "3. Updates"),
        ("boldp", "School (RK)"),
        ("p", "Amara's attendance since conference is 91%, up from 82%. She was late on 5 of 26 days, always on "
              "a Tuesday, Thursday or Friday. No further days without breakfast on Mondays and Wednesdays."),
        ("boldp", "Nursery (BA)"),
        ("p", "Tayo attends four mornings a week. Nappy rash reported twice; both times CO was told and it had "
              "cleared by the next session."),
        ("boldp", "Health visiting (MD)"),
        ("p", "Tayo was weighed on 06/05/2025: 10.1kg, just under the 9th centile, which is where he was in "
              "March. MD would like two more weights before deciding whether to refer to the paediatric "
              "dietitian."),
        ("boldp", "Adult mental health (TH)"),
        ("p", "CO was allocated to TH on 02/05/2025 and has been seen twice. CO has told TH that her mood is "
              "lowest in the mornings and that she has been staying in bed until 10am on days NE is not "
              "doing the school run. TH has started a daily activity plan with her."),
        ("boldp", "GP (written update)"),
        ("p", "CO restarted sertraline 50mg on 22/04/2025. Dr Qureshi will consider an increase once it has "
              "been taken for six weeks."),
        ("boldp", "Family support (KM)"),
        ("p", "KM and CO have met twice and made a picture routine chart for the mornings, which is on the "
              "fridge. CO said it helps Amara to know what comes next."),
        ("boldp", "Chiamaka and Ngozi"),
        ("p", "CO said she is trying hard and that some days are still \"like walking through mud\". She asked "
              "for the plan to stay as it is. NE said she can keep doing Mondays and Wednesdays until the "
              "summer holidays but cannot do more because of her own shifts."),
        ("h2", "4. Discussion"),
        ("p", "The core group agreed that things are moving in the right direction but that both children "
              "are still going without breakfast or a hot meal on some days, and that Tayo's weight has not "
              "caught up. Everyone agreed that the mornings when NE is not there are the riskiest time. PH "
              "noted that CO asked for the minutes by email, not post."),
        ("h2", "5. What the plan is working towards (from the ICPC plan, unchanged)"),
        ("bullets", [
            "Amara and Tayo have breakfast and a hot meal every day and Tayo's weight moves up towards the "
            "25th centile.",
            "Amara gets to school on time every day and has an adult who is up and ready to look after her "
            "and Tayo in the mornings.",
            "Both children are clean, in clean clothes and have their health and dental checks on time.",
        ]),
        ("h2", "6. Agreed actions"),
        ("numbers", [
            "JS to visit Amara and Tayo at home every two weeks, at least one visit in three unannounced, and "
            "see Amara on her own each time; visit notes will record what Amara says and what food is in the "
            "house.",
            "It was agreed the HV (MD) would weigh and measure Tayo at the Jesmondale clinic on 03/06/2025 and "
            "01/07/2025, plot both in his red book and email the results to JS the same day.",
            "Agreed that TH will see Chiamaka every two weeks and write a report for the core group on "
            "26/06/2025 on whether she is making the changes Amara and Tayo need, what still has to change "
            "and how long that is likely to take.",
            "Dr Qureshi (GP) to review Chiamaka's sertraline dose by 06/06/2025 and write to JS and TH with "
            "the dose agreed and the date of the next review.",
            "CO to get Amara to school by 8.50am every school day, with breakfast eaten or a snack packed; RK "
            "will send JS the register every Friday so her arrival times can be checked.",
            "NE to take Amara to school and Tayo to nursery every Monday and Wednesday until the review "
            "conference; the school and nursery registers will show both children in by 9am on those days.",
            "RK to check in with Amara every Monday morning, write what she says in the pastoral log and ring "
            "JS the same day with any worry.",
            "BA to record Tayo's arrival time, whether he has eaten and the state of his nappy at every "
            "nursery session, and email the log to JS every other Friday.",
            "KM to see CO at home once a week for six weeks from w/c 02/06/2025 to work on the children's "
            "morning routine and meals, and give the core group on 26/06/2025 a written summary with the "
            "routine chart ticks for each week.",
        ]),
        ("h2", "7. Contingency (reconfirmed)"),
        ("p", "If Amara arrives at school without breakfast on three days in any one week, if Tayo's weight "
              "falls below the 2nd centile, or if anyone finds CO unable to get up to care for the children, "
              "JS (or the emergency duty team out of hours) will visit the same day and a strategy discussion "
              "will be held within 24 hours. The children will stay with NE while it is held. If NE cannot "
              "have them because of her shifts, or is unwell, JS will arrange for Amara and Tayo to be placed "
              "together with approved foster carers the same day."),
        ("h2", "8. Next meetings and legal planning"),
        ("p", "Core group: every four weeks – next on Thursday 26/06/2025 at 1.30pm, then 24/07/2025, both at "
              "Jesmondale Family Hub."),
        ("p", "Review child protection conference: Monday 14/07/2025, 10am, Jesmondale Civic Offices, Room 3."),
        ("p", "If TH's report on 26/06/2025 says CO is not able to make the changes in a timescale that meets "
              "the children's needs, or Amara's attendance and Tayo's weight have not improved by the review "
              "conference, JS's team manager (Graham Okwu) will request a legal planning meeting."),
        ("p", "Minutes typed by PH and sent to everyone on 23/05/2025. Please tell JS within five working days "
              "if anything is wrong."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Strategy meeting record for two children already on plans, after a new
#    incident: information shared by agency, decision, then typed numbered
#    agreed actions. PDF with header and page footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_joxley_strategy_meeting_record_doherty.pdf",
    "doc_title": "Strategy Meeting Record - Kieran and Maisie Doherty",
    "split": "tune",
    "template": "strategy-meeting-record-children-on-plans-information-by-agency-decision-then-typed-numbered-agreed-actions-paged",
    "description": (
        "Strategy meeting record (s47) for a 9-year-old and a 5-year-old already on child protection "
        "plans, after the younger child's disclosure about mum's partner; OFFICIAL-SENSITIVE header and "
        "'Page N of M' footer. Attendance, information shared by agency, what the children said and the "
        "decision are not actions; the typed numbered agreed actions include a medical 'to be arranged' "
        "with no owner, police checks 'as and when', school to 'keep an eye on', the IDVA 'asap' and 'All "
        "agencies'; a vague contingency and no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE | Joxley Borough Council and Joxley Police | Strategy meeting record",
    "footer": "Strategy meeting 10/06/2025 – Ref JX-S47-25-0612 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Strategy Meeting Record"),
        ("kv", [
            ("Children", "Kieran Doherty (9, Year 4, Joxley Park Primary) and Maisie Doherty (5, Reception, Joxley Park Primary)"),
            ("Address", "14 Tanner's Row, Joxley"),
            ("Parent", "Shannon Doherty (mum)"),
            ("Other adult", "Dean Moss (mum's partner, not the children's father), usually stays 3–4 nights a week"),
            ("Current status", "Both children subject to child protection plans since ICPC 13/03/2025, category emotional abuse (domestic abuse)"),
            ("Meeting", "Strategy meeting (Teams), 10/06/2025, 11.00–12.05"),
            ("Chair", "Carl Bright, Team Manager, Joxley Safeguarding Team 2"),
        ]),
        ("h2", "Attendees"),
        ("bullets", [
            "Carl Bright – Team Manager (chair)",
            "Nadia Fenwick – allocated social worker",
            "DC Aled Price – Joxley Police, Child Abuse Investigation Team",
            "Mrs Lynne Hendry – DSL, Joxley Park Primary",
            "Pat Okoro – Named Nurse for Safeguarding, Joxley Community Health",
            "Minutes: Sam Rhodes, business support",
        ]),
        ("p", "Apologies: none. Joxley Probation were not invited; see action 8."),
        ("h2", "Reason for the meeting"),
        ("p", "At 9.10am on 10/06/2025 Kieran showed his class teacher, Mr Adeyinka, a bruise on his upper left "
              "arm about the size of a 50p. Mrs Hendry spoke with him using open questions and rang the duty "
              "line at 9.40am."),
        ("h2", "What the children said"),
        ("p", "Kieran told Mrs Hendry: \"Dean grabbed me and threw me on the bed because I wouldn't turn my "
              "Xbox off. Mum was in the bath.\" He said this was on Sunday night. He said he is \"not scared of "
              "Dean all the time, only when he's been shouting at Mum\", and that he does not want Dean to get "
              "into trouble \"because then Mum will cry\". He asked whether he would be going home tonight."),
        ("p", "Maisie was not spoken to about the incident. Her teacher said she has been clingy at drop-off "
              "this week and told a teaching assistant on Monday that \"Kieran was crying in the night\"."),
        ("h2", "Information shared"),
        ("boldp", "Police (DC Price)"),
        ("p", "Dean Moss has two previous convictions for assault on a former partner (2019 and 2021) and is "
              "supervised by Joxley Probation until March 2026. There have been three police call-outs to "
              "Tanner's Row since January, the last on 24/05/2025 (verbal argument, no offences)."),
        ("boldp", "Social care (Nadia Fenwick)"),
        ("p", "Last home visit 03/06/2025. Shannon said then that Dean was \"only there at weekends now\". The "
              "written agreement from conference says Dean should not be alone with the children. Shannon has "
              "not yet taken up the IDVA referral made in March."),
        ("boldp", "School (Mrs Hendry)"),
        ("p", "Kieran's attendance is 94%. He has been tired and tearful on Mondays. No previous marks seen."),
        ("boldp", "Health (Pat Okoro)"),
        ("p", "Both children are up to date with immunisations. The school nurse saw Kieran in April about "
              "sleeping problems. No previous injuries on the health record."),
        ("h2", "Decision"),
        ("p", "The threshold for a section 47 enquiry is met for Kieran and, because she lives in the same "
              "household, for Maisie. This will be a joint enquiry by Joxley Police (CAIT) and Children's Social "
              "Care. An early review child protection conference will be held."),
        ("h2", "What we want for Kieran and Maisie while the enquiry happens"),
        ("p", "Kieran and Maisie are not hurt or frightened at home, are not left with Dean, and have an adult "
              "at school they can tell if anything happens."),
        ("h2", "Agreed actions"),
        ("pi", "1. DC Aled Price and Nadia Fenwick to carry out a joint ABE interview with Kieran by "
               "11/06/2025; the recording summary will be shared at the early review conference."),
        ("pi", "2. A child protection medical for Kieran to be arranged for today."),
        ("pi", "3. Nadia Fenwick (SW) to see Shannon, Kieran and Maisie at home this evening and agree a written "
               "safety plan with Shannon, with the signed copy on the file by 9am on 11/06/2025."),
        ("pi", "4. It was agreed Joxley Police would do drive-by checks of the address as and when resources "
               "allow."),
        ("pi", "5. School (Mrs Hendry) to keep an eye on Kieran and Maisie and let the SW know of any concerns."),
        ("pi", "6. Shannon to contact the Joxley IDVA service for support asap."),
        ("pi", "7. All agencies to share any new information about the children with the SW the same day, to "
               "be logged on the children's file."),
        ("pi", "8. DC Price to tell Dean Moss's offender manager at Joxley Probation about the allegation by "
               "11/06/2025 and confirm this to the SW by email."),
        ("pi", "9. Nadia Fenwick to complete the section 47 enquiry by 01/07/2025 and present a written "
               "outcome report to the early review conference."),
        ("h2", "Interim safety arrangements"),
        ("p", "Shannon has agreed that Dean will not come to the house while the enquiry is going on. Should "
              "there be any further concerns the plan will be reviewed at the early review conference."),
        ("h2", "Next meetings"),
        ("p", "Core group: continues every four weeks; the next meeting is on 19/06/2025 at Joxley Park Primary."),
        ("p", "Early review child protection conference: 08/07/2025, 2pm, Joxley Civic Centre."),
        ("p", "Record agreed by the chair on 10/06/2025 and sent to all attendees by secure email."),
    ],
    "findings": [
        F("W001", "A child protection medical for Kieran to be arranged for today"),
        F("M001", "A child protection medical for Kieran to be arranged for today"),
        F("T002", "Joxley Police would do drive-by checks of the address"),
        F("M001", "Joxley Police would do drive-by checks of the address"),
        F("T001", "to keep an eye on Kieran and Maisie and let"),
        F("M002", "to keep an eye on Kieran and Maisie and let"),
        F("T002", "Shannon to contact the Joxley IDVA service for support asap"),
        F("M001", "Shannon to contact the Joxley IDVA service for support asap"),
        F("W002", "All agencies to share any new information about the children"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference chair's summary (md): attendance line, reports list,
#    chair's summary prose, decision, outcomes, then numbered recommendations.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_jarrowfield_rcpc_chair_summary_pike.md",
    "split": "tune",
    "template": "rcpc-chairs-summary-md-reports-list-analysis-decision-outcomes-then-numbered-recommendations",
    "description": (
        "Review conference chair's summary for a 3-year-old and an 11-month-old (father on a methadone "
        "script who has used on top; mother's anxiety). Attendance, reports received, the chair's "
        "summary and the decision are not actions; the numbered recommendations are the plan. Father's "
        "own treatment with no timescale, mother's therapy 'when she feels ready', a passive 'as soon as "
        "possible' nursery place, an uncle 'when he can', 'All professionals' with no timescale; an "
        "adult-only outcome, no adult service owns an action, and a contingency that sends the children "
        "to the grandmother with no fallback."
    ),
    "text": """\
# Review Child Protection Conference – Chair's Summary

**Jarrowfield City Council – Safeguarding and Quality Assurance Unit**

| | |
|---|---|
| Children | Ruby Pike (3) and Alfie Pike (11 months) |
| Parents | Stacey Pike (mum) and Craig Pike (dad) – live together at 9 Copper Beech Close, Jarrowfield |
| Conference | First review child protection conference, 26/06/2025 |
| Chair | Alison Reddy, Independent Reviewing Officer |
| Social worker | Gemma Lyle, Jarrowfield Family Safeguarding Team |
| Category | Neglect |

**Present:** Stacey Pike, Craig Pike, Janet Pike (paternal grandmother, for the first part), Gemma Lyle (SW),
Lorna Baines (HV), Kath Ormerod (Jarrowfield Recovery Service), PC Imogen Sale (Jarrowfield Police, by phone).
**Apologies:** Dr Ruth Bannerjee (GP) – report received.

**Reports received:** SW report to conference (with parents' comments); HV report; Recovery Service
letter of 20/06/2025; GP report; police checks.

## Chair's summary

At the initial conference in March Ruby and Alfie were made subject to plans under neglect after Alfie,
then 7 months old, was found with a methadone bottle that had been left open on the living room floor.
Since then there has been real effort from Stacey and Craig. The home is tidier, the methadone is now kept
in a locked box supplied by the pharmacy, and both children were seen to be clean and well dressed at
every one of Gemma's eight visits.

Kath Ormerod told conference that Craig has been on a stable methadone script of 60ml since April but that
two of his last six tests showed heroin, the last on 12/06/2025. Craig accepted this and said he "had a
bad week". Stacey told conference she has anxiety and panic attacks, that she has not been able to go
to Ruby's playgroup on her own since February, and that some days she does not leave the house at all.
Her GP has prescribed propranolol and has suggested Talking Therapies, which Stacey has not yet contacted.

Ruby is not in nursery and has not yet been seen by anyone outside the family other than professionals on
visits. Lorna Baines is worried that Ruby's speech is behind: she uses two-word phrases at 3 years 2 months.
Alfie is on the 50th centile and sitting and crawling well.

Janet Pike, Craig's mum, lives two streets away. She told conference she calls in most mornings, and
Craig's brother Wayne has said he will help at weekends.

## What Ruby and Alfie are telling us

Ruby chatted to Gemma on her own in the garden on 17/06/2025. She showed her "Daddy's medicine box" and
said "it's locked, babies can't have it". She said she likes "Nanna Janet's because she has the swing" and
that she is "sad when Mummy cries". Alfie is a smiley baby who babbles and reaches for his mum; he was
seen to settle quickly when Stacey picked him up after he bumped his head on the table at the visit on
03/06/2025.

## Decision

Ruby and Alfie remain subject to child protection plans under the category of **neglect**. All agencies
agreed. The parents did not disagree.

## What needs to be different for Ruby and Alfie

- Ruby and Alfie live in a home where drugs, needles and methadone are never within their reach.
- Ruby goes to nursery, her speech is assessed and she is catching up with other children her age.
- Alfie keeps growing along his centile and reaches his milestones.
- Dad's drug use is stable and he stays on his script.

## Recommendations for the child protection plan

1. Gemma Lyle (SW) to visit every three weeks, see Ruby on her own, and check that the methadone is in the
   locked box; each visit note will record what Ruby says and where the box is kept.
2. Craig to stay on his methadone script and give clean drug tests.
3. Stacey to engage with Talking Therapies for her anxiety when she feels ready.
4. A nursery place for Ruby to be looked into as soon as possible.
5. Lorna Baines (HV) to do Alfie's 12-month review and a speech and language screen for Ruby by
   25/07/2025, and send the ASQ scores and screen result to the SW.
6. Janet Pike (PGM) to call in at 8am every morning to check Craig is fit to look after the children, and
   sign the check sheet on the fridge each time.
7. Uncle Wayne (Craig's brother) to have Ruby and Alfie on Saturdays when he can, to give Stacey a break.
8. All professionals to tell the SW about any worries about Ruby or Alfie; these will be recorded on the
   children's file.
9. Gemma Lyle to complete a parenting assessment of Stacey and Craig by 29/08/2025, with the report
   shared with the core group.

## Contingency

If Craig is found to have used on top of his script while caring for the children, or the locked box is
found open or missing, Ruby and Alfie will go to stay with Janet Pike the same day and Gemma will hold a
strategy discussion within 24 hours. If this happens a second time, or the parenting assessment is
negative, the SW's team manager will request a legal planning meeting.

## Core group and next review

- First core group: 10/07/2025 at 10am, Jarrowfield Children's Centre; then every four weeks.
- Next review child protection conference: 11/12/2025 at 1.30pm, Jarrowfield Civic Centre.

*Chair's summary circulated 27/06/2025. The full record will follow within 20 working days.*
""",
    "findings": [
        F("T001", "Craig to stay on his methadone script and give clean drug tests"),
        F("T002", "Stacey to engage with Talking Therapies for her anxiety"),
        F("M001", "Stacey to engage with Talking Therapies for her anxiety"),
        F("W001", "A nursery place for Ruby to be looked into"),
        F("T002", "A nursery place for Ruby to be looked into"),
        F("M001", "A nursery place for Ruby to be looked into"),
        F("T002", "to have Ruby and Alfie on Saturdays when he can"),
        F("M001", "to have Ruby and Alfie on Saturdays when he can"),
        F("W002", "All professionals to tell the SW about any worries"),
        F("T001", "All professionals to tell the SW about any worries"),
        F("F002", "Dad's drug use is stable and he stays on his script."),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Family network meeting notes typed by the family support worker (txt):
#    who came, what the kids said, then a dash list of what was agreed.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_jennerby_family_meeting_notes_cartwright.txt",
    "split": "tune",
    "template": "family-network-meeting-notes-typed-by-fsw-who-came-what-the-kids-said-then-what-we-agreed-dash-list-txt",
    "description": (
        "A family support worker's typed notes of a family network meeting for a 7-year-old and a "
        "4-year-old on CP plans (mother's epilepsy with seizures while alone with the children). Who "
        "came, catch-up and what the children said are not actions; the dash list under 'What we "
        "agreed' is. Nan's after-school tea and Leanne's bedtime have no measure, an aunt babysits 'when "
        "needed', 'The family' own bath times, a referral question with no timescale; the plan leans on "
        "grandparents and an aunt with no fallback, the review conference date is to be confirmed and "
        "there is no legal step."
    ),
    "text": """\
JENNERBY COUNCIL - EARLY HELP AND FAMILY SUPPORT
Family network meeting - notes
---------------------------------------------------------------

Children:   Jayden Cartwright (7) and Skye Cartwright (4)
Where:      Nan and Grandad's house, 31 Orchard Rise, Jennerby
When:       Tuesday 10/06/2025, 5.30pm - 7pm
Notes by:   Tanya Birch (FSW)

Who came
  Leanne Cartwright (mum)
  Sheila Cartwright (Nan - Leanne's mum)
  Ray Cartwright (Grandad - Leanne's dad)
  Kerry Cartwright (Auntie - Leanne's sister)
  Jenny Holroyd (SW) - first half hour only
  Tanya Birch (FSW)
Couldn't come: Lee Nolan (kids' dad) - working away, Tanya to send him
these notes.

Why we met
  Jayden and Skye have been on child protection plans since the
  conference on 24/04/2025 (neglect). Leanne has epilepsy and her
  seizures have got worse this year. On 02/04/2025 she had a seizure in
  the bath with Skye in the water with her, and Jayden had to pull Skye
  out. Jenny asked for this meeting so the family could work out who can
  help and when.

Catch-up
  - Leanne had two seizures in May, both at night. She has a new
    epilepsy nurse, Sue Barlow, at the Jennerby Neurology Clinic and an
    appointment on 17/06/2025.
  - Sheila and Ray have been having the kids most Saturdays anyway.
  - Kerry works nights at the distribution centre 3 nights a week, so
    days are easier for her.
  - School say Jayden has been late 6 times since Easter.

What the kids said
  Jayden (chatted to him in the garden with Grandad nearby): "I'm the one
  who knows what to do when Mum goes stiff. I put her on her side." He
  said he doesn't like bath time "because of what happened" and that he
  would like Nan to do Skye's bath. He said his favourite thing is tea at
  Nan's "because it's proper tea, like fish fingers".
  Skye drew a picture of everyone holding hands and said "that's Mummy
  sleeping" about a figure lying down. She sat on Kerry's knee most of
  the meeting.

What we're all working towards (from the plan)
  * Jayden and Skye are never on their own with Mum in the bath or near
    water.
  * Jayden doesn't have to be the grown-up when Mum has a seizure.
  * Both kids get to school on time and have tea and a bedtime routine
    every night.

What we agreed
  - Nan (Sheila) will have the kids after school Mon, Tues and Thurs and
    give them their tea.
  - Grandad Ray to do the school run on any morning after Leanne has had
    a seizure or a bad night; school will ring Tanya if either child is
    not in by 9am.
  - Auntie Kerry said she will babysit when needed so Leanne can get to
    her appointments.
  - The family will make sure someone is always with Leanne when she
    baths Skye.
  - Leanne to fill in her seizure diary every day and take it to her
    appointment with Sue on 17/06/2025, so Sue can see every seizure
    and what time it happened.
  - Sue Barlow (epilepsy nurse) agreed by phone to review Leanne's
    medication at clinic on 17/06/2025 and write to Jenny about whether
    Leanne can safely bath Skye and be on her own with the kids.
  - Leanne will try to get the kids to bed by 7.30pm on school nights.
  - Tanya to write up a rota of who is picking up, who is doing baths
    and who is staying over, and bring it to the core group on 02/07/2025
    with everyone's names on it.
  - Tanya to ask Jenny about a school nurse referral for Jayden's
    bedwetting.

If Mum has a seizure
  If Leanne has a seizure when she is on her own with the kids, Jayden
  knows to press the red button on Mum's phone to ring 999 and then ring
  Nan. Nan or Grandad will come straight round and the kids will stay at
  theirs that night. Tanya will let Jenny know the next morning.

Next meetings
  Core group: Wednesday 02/07/2025, 1.30pm at Jennerby Primary, then
  every 4 weeks.
  Review conference: date to be confirmed by the IRO.

Notes sent to: Leanne, Sheila, Ray, Kerry, Lee, Jenny Holroyd (SW).
""",
    "findings": [
        F("M001", "will have the kids after school Mon, Tues and Thurs"),
        F("T002", "Auntie Kerry said she will babysit when needed"),
        F("M001", "Auntie Kerry said she will babysit when needed"),
        F("W002", "The family will make sure someone is always with Leanne"),
        F("M001", "The family will make sure someone is always with Leanne"),
        F("M001", "Leanne will try to get the kids to bed"),
        F("T001", "Tanya to ask Jenny about a school nurse referral"),
        F("M001", "Tanya to ask Jenny about a school nurse referral"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Email sent by the social worker after a core group, printed from
#    Outlook (txt): who came, how Harvey is, then numbered actions in the
#    first person and in mixed wording. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_jubbleton_email_after_core_group_quinn.txt",
    "split": "tune",
    "template": "outlook-print-email-after-core-group-sw-first-person-then-numbered-actions-mixed-wording-txt",
    "description": (
        "Exemplary: a social worker's email to the core group after the second core group for a "
        "14-month-old (father's alcohol misuse while sole carer on mum's late shifts), printed from "
        "Outlook. Who came, how Harvey is doing and what he shows us are not actions; the numbered list "
        "is the plan, in the first person and mixed wording, each item with owner, timescale and measure. "
        "The alcohol service reports on capacity to change, grandmother's supervision is covered in a "
        "specific contingency with a fallback, core group and review dates, legal planning."
    ),
    "text": """\
From:       Nair, Priya <Priya.Nair@jubbleton.gov.uk>
Sent:       02 July 2025 16:48
To:         Kirsty Quinn; Ross Quinn; Irene Walsh; Feeney, Moira (Jubbleton 0-19);
            Gale, Stuart (JDAS); Jade Cooper (Little Owls Nursery)
Cc:         Sandhu, Dev
Subject:    OFFICIAL-SENSITIVE: Harvey - core group today, what we agreed

Hi all,

Thank you for coming this afternoon, and thank you Irene for bringing the
cake. As promised, here is a summary of what we talked about and what we
agreed. If I have got anything wrong please let me know by Monday and I
will correct it before it goes on Harvey's file.

WHO CAME
Kirsty and Ross (Harvey's mum and dad), Irene Walsh (Harvey's nan, Kirsty's
mum), Moira Feeney (HV), Stuart Gale (Jubbleton Drug and Alcohol Service -
JDAS), Jade Cooper (room lead, Little Owls) and me. Dr Hussain at Castlegate
Surgery couldn't come but sent an update.

HOW HARVEY IS DOING
Harvey is 14 months old. He is on the 25th centile for weight and pulling
himself up on the furniture. Jade says he now settles within ten minutes at
drop-off, where in May it was closer to half an hour, and that he has been
clean and fed at every session. His 12-month jabs are still overdue.

Ross has used the remote breathalyser twice a day since 10 June and all the
readings have been zero except one missed test on 21 June, which he says
was a flat battery. Stuart says Ross has come to 3 of 4 sessions.

WHAT HARVEY SHOWS US
When I visited on Friday evening Harvey was in his highchair eating pasta
with his fingers and babbling at Ross. When Irene arrived he crawled
straight to her and held his arms up. Moira saw him at clinic and noticed
that he looks round for Kirsty if she leaves the room, and is easily
comforted when she comes back. At nursery he loves the water tray.

WHAT WE ARE AIMING FOR (from the plan)
- Harvey is looked after by a sober adult every day and every night.
- Harvey has his jabs and health checks on time and keeps growing along his
  centile.
- Harvey goes to nursery three days a week and arrives fed, clean and
  happy.

WHAT WE AGREED
1.  I will visit Harvey at home every week until the review conference, at
    least one visit in three unannounced and one in the evening while Ross
    is looking after him; my visit notes will say where Harvey sleeps, what
    he has eaten and whether there is any alcohol in the house.
2.  Stuart (JDAS) agreed to see Ross every week, breath test him at each
    session and send me a written update before every core group, with his
    view on whether Ross can keep the change going and how long it will
    take to know.
3.  Ross to use the remote breathalyser at 5pm and 8pm on every day he is
    looking after Harvey; the readings come to me and Stuart automatically
    and I will check them every morning.
4.  Irene to be at the house from 5pm until Kirsty gets home on every
    Tuesday and Friday late shift, and sign the diary on the fridge each
    time.
5.  Kirsty to take Harvey for his overdue 12-month jabs at Castlegate
    Surgery by 18/07/2025; the practice nurse will confirm to Moira when
    they have been given.
6.  It was agreed Moira would do Harvey's 12-15 month review at home on
    10/07/2025 and share his weight and ASQ scores at the core group on
    30/07/2025.
7.  Jade to note Harvey's arrival time, how he seems and any marks on a
    body map at every session (Mon, Wed, Thu), and ring me the same day if
    she is worried about anything.
8.  Ross to go to the JDAS "Moving On" group every Thursday at 10am from
    10/07/2025; Stuart will show his attendance in the written update.

IF THINGS GO WRONG (contingency - same as at conference)
If Ross misses a breath test while he is looking after Harvey, gives a
reading above zero, or anyone finds him under the influence, Irene will
come and collect Harvey and keep him overnight, Kirsty will be rung at
work, and I (or the emergency duty team out of hours) will visit the same
day, with a strategy discussion the next working day. If Irene can't get
there within the hour or is unwell, Kirsty's manager has agreed she can
leave work straight away; if neither of them can be with Harvey within the
hour, EDT will place him with emergency foster carers that night.

If Ross has two positive readings before the review conference, or
Stuart's update says he is not able to keep the change going, Dev
(my manager) will request a legal planning meeting.

NEXT MEETINGS
Core group: Wednesday 30/07/2025, 10am, Jubbleton Family Centre, then every
4 weeks.
Review child protection conference: Thursday 21/08/2025, 1.30pm, Jubbleton
Town Hall (Room 4). Invitations will come from the conference team.

Thanks again everyone - it was a really positive meeting.

Priya

Priya Nair
Social Worker | Family Safeguarding Team North
Jubbleton Borough Council | Children's Services
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference minutes (PDF, header and page footer): attendance,
#    agency reports, children's and parent's views, chair's analysis and
#    decision, outcomes, then a Word numbered list of recommendations.
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_jorvanmere_rcpc_minutes_recommendations_barraclough.pdf",
    "doc_title": "Review Child Protection Conference Minutes - Chloe and Finn Barraclough",
    "split": "tune",
    "template": "rcpc-minutes-attendance-agency-reports-views-analysis-decision-then-word-numbered-recommendations-paged",
    "description": (
        "Exemplary review conference minutes for a 13-year-old young carer and her 8-year-old brother "
        "(mother's recurrent depression and an overdose in March); OFFICIAL-SENSITIVE header and 'Page N "
        "of M' footer. Attendance, agency reports, the children's and mother's views, analysis and "
        "decision are not actions; the numbered recommendations each have owner, timescale and measure. "
        "CMHT psychologist and care coordinator assess and report on change, GP owns an action, aunt's "
        "help is covered by a fallback in a specific contingency, core group dates, review date, legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE | Jorvanmere Council Children's Services | RCPC record",
    "footer": "Review child protection conference 10/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Minutes"),
        ("kv", [
            ("Children", "Chloe Barraclough (13, Year 8, Jorvanmere Academy); Finn Barraclough (8, Year 3, St Aidan's Primary)"),
            ("Lives with", "Donna Barraclough (mum), 5 Linnet Close, Jorvanmere"),
            ("Conference", "First review, 10/07/2025, 10.00–12.15, Jorvanmere Town Hall"),
            ("Chair", "Helen Marwood, Independent Reviewing Officer"),
            ("Social worker", "Imran Chaudhry, Jorvanmere Children's Services"),
            ("Plans made", "ICPC 10/04/2025, category neglect"),
        ]),
        ("h2", "Present"),
        ("p", "Donna Barraclough (mum); Michelle Pryor (maternal aunt); Imran Chaudhry (SW); Sian Bowes (care "
              "coordinator, Jorvanmere CMHT); Dr Leah Whitcombe (clinical psychologist, Jorvanmere CMHT); "
              "Mr Tom Keeling (DSL, Jorvanmere Academy); Mrs Priti Dhillon (DSL, St Aidan's Primary); Abi Lund "
              "(Jorvanmere Young Carers); Chloe Barraclough (for the first 20 minutes, with Abi)."),
        ("p", "Apologies: Dr Nadeem Ahmed (GP, Linnet Lane Practice) – report received. Mark Hinds (Finn's "
              "dad) – sent his views by text to the SW."),
        ("h2", "Reports"),
        ("boldp", "Social worker"),
        ("p", "Imran has visited nine times since the initial conference and seen both children on their own "
              "at least monthly. The house has food in it at every visit. Donna has been up and dressed at "
              "seven of the nine visits. On 20/05/2025 Donna did not get up for two days and Chloe got Finn to "
              "school and made the meals; Chloe told her form tutor, who rang the SW the same day, and Michelle "
              "came to stay for two nights, as the contingency said she would."),
        ("boldp", "Adult mental health (Sian Bowes and Dr Whitcombe)"),
        ("p", "Donna was discharged from the Hawthorn Ward in March after an overdose and has been seen weekly "
              "by Sian since. Her mood has lifted and she has been back at her part-time job since June. Dr "
              "Whitcombe met Donna twice and has started an assessment of how far Donna can keep herself well "
              "and manage the children's care, which she expects to finish in August."),
        ("boldp", "Schools"),
        ("p", "Chloe's attendance is 89% (it was 78%) and Finn's 96%. Chloe's homework is now mostly handed in. "
              "Mrs Dhillon said Finn still wets the bed most nights and is teased about the smell."),
        ("boldp", "Young carers"),
        ("p", "Abi has seen Chloe three times. Chloe still does most of the cooking and gets Finn ready for "
              "school on the days Donna is low."),
        ("boldp", "GP (written)"),
        ("p", "Donna takes sertraline 150mg, prescribed weekly since the overdose. She has not missed a "
              "collection. Finn is waiting for the enuresis clinic."),
        ("h2", "Chloe's views"),
        ("p", "Chloe came in for the first part of the meeting with Abi. She said: \"It's loads better than "
              "before. Mum's up most days now. But when she has a bad day it's me that does everything and I "
              "don't mind for Finn but I want to go to drama on Wednesdays.\" She said she likes staying at "
              "Auntie Michelle's, that she wants her mum to get help \"that actually works\", and that she "
              "would like Imran to stop coming to school to see her and see her at home instead."),
        ("h2", "Finn's views"),
        ("p", "Finn did a 'three houses' sheet with Imran on 02/07/2025. In his house of good things he drew "
              "his mum \"making pancakes\" and his dad's dog. In his house of worries he wrote \"Mum in bed\" "
              "and \"the smell\". In his house of dreams he wrote \"a sleepover\"."),
        ("h2", "Donna's and Mark's views"),
        ("p", "Donna said she knows she \"nearly lost everything\" in March and wants the plan to carry on "
              "until she has had the psychology. She does not want Chloe to be her carer. Mark said by text "
              "that he is happy to keep having Finn every other Saturday and would like him for a night too."),
        ("h2", "Chair's analysis and decision"),
        ("p", "There has been clear progress. The worry that remains is that on Donna's bad days Chloe still "
              "takes over the care of the house and of Finn, and Finn's bedwetting and teasing are affecting "
              "him. Everyone at conference agreed that Chloe and Finn remain subject to child protection plans "
              "under the category of neglect."),
        ("h2", "What the plan is for"),
        ("bullets", [
            "Chloe is a 13-year-old who goes to school every day and to drama on Wednesdays, and is not "
            "responsible for Finn or the house.",
            "Finn is looked after by an adult every day, gets help with his bedwetting and is not teased at "
            "school.",
            "Both children know what to do and who will come if their mum becomes unwell, and an adult "
            "always does.",
        ]),
        ("h2", "Recommendations (the revised plan)"),
        ("numbers", [
            "Imran Chaudhry (SW) to visit every two weeks, seeing Chloe and Finn separately and on their own "
            "at home at least once a month, and to write their words into the visit notes.",
            "Dr Leah Whitcombe to complete her assessment of Donna's capacity to make and keep the changes the "
            "children need, the steps still needed and the likely timescale, and send a written report to "
            "the core group by 15/08/2025.",
            "Sian Bowes to see Donna weekly, agree a written crisis plan with her by 25/07/2025 that says what "
            "Chloe and Finn should do and who they call, and report at each core group on whether Donna's "
            "mood, sleep and daily routine are changing.",
            "Dr Ahmed (GP) to keep prescribing sertraline weekly and to tell the SW within one working day if "
            "Donna misses a collection; the practice will confirm this in writing to the SW by 18/07/2025.",
            "Abi Lund to see Chloe fortnightly from 17/07/2025 and agree with her which jobs at home she stops "
            "doing, with Chloe's jobs list updated at each session and shared with the SW.",
            "Mr Keeling (DSL) to email the SW every Friday with Chloe's attendance and any welfare notes, and "
            "to make sure she gets to drama club every Wednesday (club register shared monthly).",
            "Mrs Dhillon (DSL) to email the SW every Friday with Finn's attendance and any welfare notes, and "
            "to speak with Finn's class about teasing by 18/07/2025, with the class teacher's note on file.",
            "Michelle Pryor (aunt) to have Finn to stay every Wednesday night and to come to the house the "
            "same evening whenever Donna or Chloe texts her the agreed word; each stay written in the shared "
            "diary.",
            "Donna to take Finn to the enuresis clinic on 05/08/2025 and use the alarm and chart the nurse "
            "gives; the clinic letter and the chart will be shown to the SW at the next visit.",
        ]),
        ("h2", "Contingency"),
        ("p", "If Donna stays in bed for a day, misses a prescription collection, talks about harming herself "
              "or if Chloe tells anyone she is looking after Finn overnight, the SW (or the emergency duty team "
              "out of hours) will visit the same day and Sian will arrange a same-day mental health review. "
              "Chloe and Finn will go to Michelle's. If Michelle cannot have them or does not answer within "
              "an hour, the children will be placed together with approved foster carers that night and a "
              "strategy discussion will be held the next working day."),
        ("h2", "Core group, review and legal planning"),
        ("p", "Core group: every four weeks – 24/07/2025, 21/08/2025 and 18/09/2025, 4pm, Jorvanmere Academy, "
              "then monthly."),
        ("p", "Next review child protection conference: 08/01/2026, 10am, Jorvanmere Town Hall."),
        ("p", "If Dr Whitcombe's report says Donna cannot make the changes in a timescale that works for Chloe "
              "and Finn, or Chloe is still caring for Finn overnight by the core group on 18/09/2025, the team "
              "manager will request a legal planning meeting."),
        ("p", "Minutes approved by the chair on 17/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes for a baby whose family is moving to another council
#    (docx): attendance table with Present / Apologies, updates, Mila's day,
#    transfer note, then bulleted actions with initials in brackets.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b23_jaspercombe_core_group_minutes_transfer_kowalczyk.docx",
    "doc_title": "Core Group Minutes - Mila Kowalczyk - 19/06/2025",
    "split": "tune",
    "template": "core-group-minutes-attendance-status-table-updates-transfer-note-then-bulleted-actions-initials-in-text",
    "description": (
        "Core group minutes for a 6-month-old whose family is moving to another council (mother's "
        "postnatal depression). Attendance table, updates, what Mila shows us and the transfer note are "
        "not actions; the bullets under 'Actions agreed' are. The parenting assessment is left for the "
        "receiving council, a referral is put on hold for them to decide (TBC), the perinatal nurse only "
        "supports (measure: mood improving), 'Everyone' keeps an eye on mum, a group 'when a place "
        "becomes available'; vague contingency, review conference left to the other council, no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting"),
        ("p", "Jaspercombe Council – Children and Families – Safeguarding and Support Team 3"),
        ("kv", [
            ("Child", "Mila Kowalczyk, born 09/12/2024 (6 months)"),
            ("Parents", "Agnieszka Kowalczyk (AK) and Tomasz Kowalczyk (TK), 22 Foundry Lane, Jaspercombe"),
            ("Date", "Thursday 19/06/2025, 10am, Jaspercombe Children's Centre"),
            ("Plan", "Child protection plan since ICPC 03/03/2025 – neglect"),
            ("Chair and minutes", "Hollie Barker, social worker"),
        ]),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Name", "Role", "Initials", "Present / apologies"],
            "widths": [4.0, 7.5, 2.2, 3.3],
            "rows": [
                ["Hollie Barker", "Social worker", "HB", "Present"],
                ["Agnieszka Kowalczyk", "Mum", "AK", "Present"],
                ["Tomasz Kowalczyk", "Dad", "TK", "Present"],
                ["Joanne Reid", "Health visitor", "JR", "Present"],
                ["Colette Ames", "Perinatal mental health nurse, Jaspercombe Perinatal Team", "CA", "Present"],
                ["Dr Simon Lomax", "GP, Foundry Lane Surgery", "SL", "Apologies – spoke to HB 18/06"],
                ["Marta Nowak", "Interpreter (Polish), for AK", "–", "Present"],
            ],
        }),
        ("h2", "Updates"),
        ("boldp", "Health visitor"),
        ("p", "Mila was weighed on 12/06/2025 at 7.2kg, on the 25th centile. She has gone up one centile space "
              "since March. Sleeping in her own cot in the parents' room. JR has no current worries about her "
              "feeding."),
        ("boldp", "Perinatal team"),
        ("p", "AK has been seen weekly since February and says her mood is \"better than winter\". She still "
              "finds the evenings hard and has been taking zopiclone on about two nights a week."),
        ("boldp", "GP (by phone)"),
        ("p", "AK is on sertraline 100mg. Dr Lomax is willing to review the dose before the family moves."),
        ("boldp", "Parents"),
        ("p", "TK has a new job in Wrenmoor starting 14/07/2025 and the family have a tenancy there from "
              "07/07/2025. AK said she is nervous about moving away from CA and from her friend at the "
              "children's centre but wants to be near TK's sister in Wrenmoor."),
        ("h2", "What Mila shows us"),
        ("p", "At JR's visit on 12/06/2025 Mila was sitting with support, smiling and blowing raspberries at "
              "TK. HB saw her on 16/06/2025: she reached for AK when HB picked her up and settled once she was "
              "back with her mum. She is bathed by TK most nights and AK says she \"laughs all through it\"."),
        ("h2", "Transfer"),
        ("p", "HB explained that Mila's plan will transfer to Wrenmoor District Council when the family move, "
              "and that Wrenmoor will hold a transfer-in conference. Until then Jaspercombe stays responsible "
              "for the plan."),
        ("h2", "Outcomes (from the ICPC plan)"),
        ("bullets", [
            "Mila is fed on time, gains weight along her centile and sleeps safely in her own cot.",
            "Mila has a parent who is awake, well and able to respond to her every day and night.",
        ]),
        ("h2", "Actions agreed"),
        ("bullets", [
            "HB to carry on weekly home visits until the transfer-in conference in Wrenmoor, seeing Mila awake "
            "and where she sleeps; visit notes to record this each week.",
            "Agreed the parenting assessment will be left for the Wrenmoor SW to complete within 30 working "
            "days of transfer, with a written report to their first core group.",
            "HB to put the referral to the Jaspercombe Parent–Infant service on hold and pass the paperwork to "
            "Wrenmoor to decide whether to re-refer, date TBC.",
            "CA to carry on weekly support visits to AK until she is discharged from the perinatal team – we "
            "will know it is working if Mum's mood is improving.",
            "JR to weigh Mila at clinic every two weeks and plot her weight in the red book; her weight to stay "
            "on or above the 25th centile.",
            "TK to do the 10pm and 2am feeds on any night AK has taken zopiclone, and fill in the feed chart "
            "that JR checks at clinic.",
            "Dr Lomax (GP) to review AK's sertraline by 04/07/2025 and write to HB with the outcome.",
            "Everyone to keep an eye on Mum's mood and let HB know.",
            "HB to send the transfer-in request and the full case file to Wrenmoor by 27/06/2025 and keep "
            "Wrenmoor's email confirming receipt on file.",
            "AK and TK to go to the Baby Steps group when a place becomes available.",
        ]),
        ("h2", "Contingency"),
        ("p", "If there are any concerns about Mum's mental health before the move, HB will discuss them with "
              "her manager."),
        ("h2", "Next meetings"),
        ("p", "Next core group: Thursday 03/07/2025, 10am, Jaspercombe Children's Centre (last one in "
              "Jaspercombe)."),
        ("p", "Review conference: to be arranged by Wrenmoor as a transfer-in conference."),
    ],
    "findings": [
        F("X001", "parenting assessment will be left for the Wrenmoor SW"),
        F("X001", "HB to put the referral to the Jaspercombe Parent–Infant service"),
        F("T002", "HB to put the referral to the Jaspercombe Parent–Infant service"),
        F("M001", "HB to put the referral to the Jaspercombe Parent–Infant service"),
        F("H001", "CA to carry on weekly support visits to AK"),
        F("M002", "CA to carry on weekly support visits to AK"),
        F("W002", "Everyone to keep an eye on Mum's mood"),
        F("T001", "Everyone to keep an eye on Mum's mood"),
        F("M002", "Everyone to keep an eye on Mum's mood"),
        F("T002", "AK and TK to go to the Baby Steps group"),
        F("M001", "AK and TK to go to the Baby Steps group"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
