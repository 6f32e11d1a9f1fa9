"""Batch 123, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread,
so that precision is tested (a correct plan wrongly criticised costs trust).
Going past batches 119 and 121: a landscape Signs of Safety plan whose owner
column mixes joint owners ("Kirsty and Miss Dale together", "Dean, place
booked by Kemi"), people from a who's-who named only by first name or
nickname ("Grandad Des") and a service with its worker in a bracket; a review
plan whose Owner column holds a team or school with the worker in brackets,
whose Target date column mixes "w/c 01/12/25", "by 19 Dec" and "before the
next core group (13 Jan)", and which keeps a finished one-off row marked
DONE; a young person's plan printed to PDF with no Who column at all, where
each small table sits under a heading that names its owner ("What Mum will
do", "What you said you will do, Leah"); core group minutes whose action
column carries the lead in a bracket at the END of each action; a pre-birth
Markdown plan whose timescales are weeks of pregnancy, "before Arlo leaves
the ward" and "until Arlo is 6 months old"; a Signs of Safety plan for a
16-year-old written to him, with nested bullets theme > action > Who / When
/ How we'll know; and a plain-text review plan with aligned, wrapped columns
headed LEAD, REVIEW DATE and SUCCESS LOOKS LIKE ("Mum + Dad", "Gran",
"Fri weekly", "no missed doses on the MAR chart").

Five plans are exemplary (no findings): Cambleston (docx, landscape, safety
goals merged down a six-column table, Three Houses, Plan B If | Then | Who
table, meetings table), Corbelstow (docx, review plan with team-and-worker
owners, many date forms, a Proof column and a DONE row), Chenderstow (pdf,
plan for a 14-year-old at risk of sexual exploitation who self-harms, one
What | When | How we'll know table under each "What X will do" heading, page
header and footer), Corrabeth (md, pre-birth plan in stage tables, joint
owners, Plan B table) and Crewsholt (txt, first review, a girl with epilepsy
whose medicine was missed, aligned columns with wrapped cells). Two carry a
realistic mix of faults among mostly good rows: the Clowderbeck core group
record (pdf; owners in brackets at the end of each action, with one row
owned by "family network", one passive row with no owner, "As and when she
can", a parenting assessment with no output, counselling that only treats
the mother and is measured by how she feels, an outcome only for the
parents, no fallback if the grandmother cannot help) and the Cannisfold
Signs of Safety plan (md; "ongoing", "everyone around Ellis" keeping an eye
on him, a feeling as the measure, a CAMHS assessment with no output, a club
with no timescale, the father's drinking with no adult service owning an
action, a contingency with no trigger whose only response is to talk, no
legal step).

Counting actions (convention 1; README "Files", actions): each live row of
an action table; each row of the small per-person tables in the Chenderstow
plan (the heading naming the owner is not an action); each action-level
bullet of the Cannisfold nested list (its Who / When / How we'll know
sub-bullets belong to it, and the theme bullets are not actions); each row of
the Crewsholt aligned table, however many lines its cells wrap over. One-off
rows marked DONE (one in Corbelstow, one in Clowderbeck, one in Crewsholt)
are work already done and are not counted; rows whose progress says
"Achieved" for work that goes on are counted. Who's-who lists, Three Houses
and worries tables, outcomes, Plan B tables, contingency text and meeting
tables are not actions.

Readings used where a definition could be taken more than one way: a heading
such as "What Mum will do" owns every row of the table under it (an owner's
lead-in, README convention 13); "you" in a plan written to a named young
person is that young person; a team or school in an owner column is a single
agency and an owner; two named people owning an action together are owners,
not a collective; a timescale written as a stage of pregnancy, a baby's age
or an event dated elsewhere in the plan is specific; a passive action with
no agent and no bracketed lead, in a table whose other actions name their
lead in brackets, has no owner (W001).
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference, father's weekend drinking and violence to the
#    mother, mother's anxiety, a 7-year-old and a 2-year-old. Landscape Signs
#    of Safety plan: danger statement, safety goals merged down a six-column
#    table, joint owners, Three Houses, Plan B table, meetings table.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_cambleston_icpc_landscape_safety_goals_three_houses_hallworth.docx",
    "doc_title": "Child Protection Plan - Ava and Jonah Hallworth",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-sos-landscape-docx-whos-who-kv-danger-statement-three-houses-table-then-six-column-table-safety-goal-merged-down-no-what-who-when-what-will-we-see-joint-owners-then-plan-b-if-then-who-table-meetings-table",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old whose father drinks "
        "at weekends and has pushed their mother in front of them; the mother has anxiety. A "
        "landscape Signs of Safety plan: a danger statement, Ava's Three Houses and what was "
        "seen of Jonah, then a six-column table with three safety goals merged down their rows. "
        "Owners include joint owners ('Kirsty and Miss Dale (class teacher) together', 'Dean, "
        "place booked by Kemi'), people from the who's-who named only by first name or nickname "
        "('Grandad Des', 'Kemi (SW)') and a service with its worker in brackets; timescales "
        "include 'before the first core group (4 November)' and 'until Jonah's 3rd birthday'. "
        "The alcohol service reports on change and the GP owns an action; a Plan B table gives "
        "triggers, protective responses, a fallback if Grandad Des cannot help and a legal "
        "planning meeting; core group and review dates are in a table."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cambleston Metropolitan Borough Council · Children's Services · Safeguarding Team North"),
        ("kv", [
            ("Children", "Ava Hallworth (7), DOB 03/05/2018, Year 3, Holmfield Primary; Jonah Hallworth (2), "
                         "DOB 14/02/2023, Little Oaks Nursery"),
            ("Address", "41 Tanner's Row, Cambleston CB7 2HD"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 14/10/2025. Chair: Graham Oduya (IRO)"),
        ]),
        ("h1", "Who's who"),
        ("kv", [
            ("Kirsty", "Kirsty Hallworth (30), Ava and Jonah's mum"),
            ("Dean", "Dean Hallworth (34), Ava and Jonah's dad, lives at home"),
            ("Grandad Des", "Desmond Booth (63), Kirsty's dad, 12 Wren Walk, Cambleston (a mile away)"),
            ("Aunt Shona", "Shona Booth (36), Kirsty's sister, 4 Kestrel Rise, Cambleston"),
            ("Kemi", "Kemi Adeyinka, social worker (SW), Cambleston Children's Services; team manager Rachel "
                     "Forde"),
            ("Lucy", "Lucy Pratt, health visitor (HV), Cambleston 0-19 Service"),
            ("Mrs Kowal", "Mrs Anna Kowal, designated safeguarding lead (DSL), Holmfield Primary"),
            ("Miss Dale", "Miss Erin Dale, Ava's class teacher"),
            ("Hayley", "Hayley Moss, Jonah's key worker, Little Oaks Nursery"),
            ("Callum", "Callum Reid, recovery worker, Cambleston Recovery Hub (adult alcohol service)"),
            ("Nadia", "Nadia Reece, independent domestic violence adviser (IDVA), Cambleston Domestic Abuse "
                      "Service"),
            ("Dr Shah", "Dr Imran Shah, GP, Beckside Surgery"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Kemi, the school and Cambleston Police are worried that when Dean drinks at weekends he shouts at "
              "Kirsty and has pushed her, twice in front of Ava and Jonah (police call-outs on 30/08/2025 and "
              "21/09/2025). On 21/09/2025 Ava ran next door in her pyjamas with Jonah to get help. If nothing "
              "changes, Ava and Jonah could be hurt when they are caught up in a fight, and they will keep "
              "living with fear that makes it hard for Ava to learn and for Jonah to settle."),
        ("p", "Kirsty has anxiety and takes sertraline. She says that on bad days she finds it hard to leave the "
              "house, and on those days Ava has been late for school."),
        ("h1", "What Ava and Jonah have shown and told us"),
        ("p", "Kemi saw Ava on her own at school on 08/10/2025 and they filled in the three houses together."),
        ("table", {
            "header": ["", "House of Worries", "House of Good Things", "House of Dreams"],
            "widths": [3.2, 7.5, 7.5, 7.5],
            "bold_first_col": True,
            "rows": [
                ["Ava (7), in her words",
                 "“When Daddy has beer on Saturday he gets loud and Mummy cries. I take Jonah in my bed and "
                 "put the telly on loud.” “I don't like it when Mummy can't go out.”",
                 "“Grandad's house on Fridays. He lets me do the crossword with him.” “Miss Dale says I'm good "
                 "at reading.” “Jonah laughs when I do the silly voice.”",
                 "“Daddy doesn't have beer and nobody shouts.” “Mummy takes me to school every day and we go "
                 "to the park after.”"],
                ["Jonah (2), what we saw",
                 "At the visit on 09/10/2025 Jonah flinched and hid behind the settee when a car door banged "
                 "outside. Nursery say he is often tired on Mondays.",
                 "He ran to Kirsty when she came in from the kitchen and let her comfort him. He says about 20 "
                 "words, including “Ava” and “Gandad”.",
                 "(Jonah is too young to say; Kirsty says he loves the swings and his grandad's dog.)"],
            ],
        }),
        ("h1", "Safety goals and the plan"),
        ("p", "Each safety goal is written down the left-hand column and covers the rows beside it. “Who” uses "
              "the names in the who's-who above."),
        ("table", {
            "header": ["Safety goal", "No.", "What will happen", "Who", "When", "What will we see?"],
            "widths": [4.2, 1.0, 6.6, 3.6, 4.3, 6.0],
            "rows": [
                ["1. Ava and Jonah live in a home where every adult caring for them is sober and where they do "
                 "not see or hear shouting, pushing or fighting.",
                 "1",
                 "Not drink any alcohol on days he is at home with Ava and Jonah, and go to key-work and breath "
                 "testing at Cambleston Recovery Hub",
                 "Dean",
                 "No drinking at home from today; key-work every Tuesday from 21/10/2025",
                 "A zero reading at every breath test; three clear random home tests in a row by the first "
                 "core group"],
                [V, "2",
                 "Key-work with Dean, random breath tests at home, and a written report before each core group "
                 "on whether Dean is making the changes Ava and Jonah need and how long that is likely to take",
                 "Callum (Cambleston Recovery Hub)",
                 "Weekly; report two working days before each core group",
                 "Report on Kemi's file before every core group, listing each test result and Callum's view "
                 "of the likely timescale"],
                [V, "3",
                 "Attend the Safer Families programme for fathers who have been abusive, so that he understands "
                 "what Ava and Jonah have lived through",
                 "Dean, place booked by Kemi",
                 "24 Thursday evening sessions from 23/10/2025",
                 "Attendance letter from the programme after every sixth session; 20 of 24 sessions attended"],
                [V, "4",
                 "Safety planning with Kirsty so that she knows what to do, and where to take Ava and Jonah, "
                 "if Dean comes home drunk",
                 "Nadia (IDVA)",
                 "Within 5 working days of this conference, then every two weeks until the review",
                 "Written safety plan signed by Kirsty, copy to Kemi; Kirsty can talk Kemi through it at her "
                 "next visit"],
                [V, "5",
                 "Have Ava and Jonah at 12 Wren Walk on Friday nights and Saturdays, and be the adult Kirsty or "
                 "Ava rings if Dean has been drinking",
                 "Grandad Des",
                 "Every Friday 5pm to Saturday 4pm from 17/10/2025; the same evening whenever he is rung",
                 "Des texts Kemi every Saturday; Ava shows Kemi the card with Grandad's number in her book bag"],
                [V, "6",
                 "Visit Ava and Jonah at home, one visit in three unannounced, and see Ava on her own",
                 "Kemi (SW)",
                 "Weekly until the review conference",
                 "Visit records show both children seen every week and Ava seen alone, with her own words "
                 "written down"],
                ["2. Ava gets to school on time every day, and knows which adults she can tell when she is "
                 "worried.",
                 "7",
                 "Check Ava's attendance and lateness each morning and phone Kemi the same day if she is "
                 "absent, late or upset",
                 "Mrs Kowal (DSL)",
                 "Every school day",
                 "Attendance of 95% or more; attendance emailed to Kemi each Friday"],
                [V, "8",
                 "Direct work with Ava using the three houses and a worry scale, so that her worries are heard "
                 "and brought to the core group",
                 "Kemi (SW)",
                 "Three sessions before the first core group (4 November)",
                 "Ava's drawings and her own words kept on file and read out at the core group"],
                [V, "9",
                 "Put a card with Grandad's and Mummy's phone numbers in Ava's book bag and go through with her "
                 "who she can tell at home and at school",
                 "Kirsty and Miss Dale (class teacher) together",
                 "By October half term (24/10/2025), then checked at each visit",
                 "Ava can name her safe adults and show Kemi the card at each visit"],
                ["3. Jonah is warm, fed and settled, and his speech keeps growing.",
                 "10",
                 "Weigh Jonah, check his speech and development, and watch how Kirsty and Jonah are together",
                 "Cambleston 0-19 Service (Lucy, HV)",
                 "Every two weeks at home until Jonah's 3rd birthday (14/02/2026)",
                 "Weight on or above the 50th centile in the red book; two-and-a-half-year review scores sent "
                 "to Kemi"],
                [V, "11",
                 "Note Jonah's attendance, how he arrives and his new words, and ring Kemi the same day with "
                 "any worry",
                 "Hayley (Little Oaks Nursery)",
                 "Every nursery session (Mon, Wed and Fri mornings)",
                 "Weekly note to Kemi with attendance (90% or more) and a count of Jonah's words"],
                [V, "12",
                 "Review Kirsty's anxiety medication and tell Kemi in writing how her health affects her care "
                 "of Ava and Jonah",
                 "Dr Shah (GP)",
                 "By 31/10/2025, then before each core group",
                 "GP letter on Kemi's file by 31/10/2025 and a short written update before each core group"],
            ],
        }),
        ("h1", "Plan B"),
        ("table", {
            "header": ["If ...", "Then ...", "Who"],
            "widths": [7.5, 13.0, 5.2],
            "rows": [
                ["Dean drinks at home, or Ava, Kirsty, the school or nursery say he has been drunk while caring "
                 "for the children",
                 "Kirsty takes Ava and Jonah to Grandad Des's that evening. Kemi holds a strategy discussion the "
                 "same day, and Dean does not come back to Tanner's Row until it has agreed that he can.",
                 "Kirsty; Kemi"],
                ["The police are called to an argument, or Dean pushes or threatens Kirsty",
                 "The police attend. Kirsty and the children go to Grandad Des's, or to a refuge space that "
                 "Nadia arranges that night, and Kemi holds a strategy discussion the same day.",
                 "Cambleston Police; Kemi; Nadia"],
                ["Grandad Des cannot have the children (he is ill, away or it is too much for him)",
                 "Aunt Shona has Ava and Jonah at 4 Kestrel Rise. If she cannot either, Kemi places Ava and "
                 "Jonah together with Cambleston foster carers that night.",
                 "Kemi"],
                ["Dean has two positive breath tests, misses two Safer Families sessions, or the police are "
                 "called to the house again before the review",
                 "Kemi asks Rachel Forde for a legal planning meeting within 5 working days, to decide whether "
                 "to start the Public Law Outline.",
                 "Kemi; Rachel Forde"],
            ],
        }),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "Date and time", "Where"],
            "widths": [8.0, 8.0, 9.7],
            "rows": [
                ["First core group", "Tuesday 04/11/2025, 3.30pm", "Holmfield Primary, meeting room"],
                ["Core group (then every four weeks)", "02/12/2025 and 06/01/2026, 3.30pm",
                 "Holmfield Primary, meeting room"],
                ["Review child protection conference", "Tuesday 13/01/2026, 10am", "Cambleston Civic Centre"],
            ],
        }),
        ("p", "Kemi will see Ava on her own before every core group and take her words to the meeting. Copies of "
              "this plan go to Kirsty, Dean, Grandad Des and everyone named in the who's-who."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference, mother's bipolar disorder, an 11-year-old and
#    a 5-year-old, Nana Pat nearby. Word review plan: Owner column holding a
#    team or school with the worker in brackets, Target date column in many
#    forms, Proof column, Progress column, one finished row kept as DONE.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_corbelstow_rcpc_team_owners_target_date_proof_mcardle.docx",
    "doc_title": "Review Child Protection Plan - Tyler and Mia McArdle",
    "split": "tune",
    "actions": 12,
    "font_size": 9.5,
    "template": "rcpc-word-plan-details-kv-what-has-changed-words-and-pictures-numbered-outcomes-then-ref-action-owner-team-with-worker-target-date-many-forms-proof-progress-table-done-row-kept-contingency-paragraphs-meetings-bullets",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and a 5-year-old whose mother "
        "has bipolar disorder and was in hospital in the summer after stopping her lithium. A "
        "Word review table whose Owner column names a team, school or surgery with the worker in "
        "brackets ('Corbelstow CMHT (Owen Brady, care co-ordinator)'), or a who's-who name ('Nana "
        "Pat'); Target dates in many forms ('w/c 01/12/25', 'by 19 Dec', 'before the next core "
        "group (13 Jan)', 'Sundays 6pm'); a Proof column; a Progress column with 'Achieved - "
        "continuing' on ongoing work and one finished referral kept as DONE (not counted). Both "
        "CMHT rows ask for a view on change, the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Corbelstow County Council · Children's Social Care · Family Safeguarding Team 3"),
        ("kv", [
            ("Children", "Tyler McArdle (11), DOB 22/06/2014, Year 7, Corbelstow High School; Mia McArdle (5), "
                         "DOB 09/01/2020, Reception, St Brigid's Infant School"),
            ("Address", "8 Chapel Fold, Corbelstow CW3 8PN"),
            ("Mum", "Gemma McArdle (33)"),
            ("Dad", "Sean McArdle (36), lives in Glasgow; video calls on Sundays"),
            ("Nana Pat", "Patricia Doyle, Gemma's mum, 3 Heron Court, Corbelstow (five minutes' walk)"),
            ("Uncle Declan", "Declan Doyle, Gemma's brother, 17 Tern Road, Corbelstow"),
            ("Category", "Neglect (both children)"),
            ("Plan history", "Initial conference 26/08/2025; first review conference 18/11/2025 (this plan). "
                             "Chair: Marcia Lowe (IRO)"),
            ("Social worker", "Fiona Dale (team manager: Craig Yeoman)"),
        ]),
        ("h1", "What has changed since August"),
        ("p", "Gemma has bipolar disorder. She stopped her lithium in June, became very high and on 12/07/2025 "
              "the police found Tyler and Mia alone at 2am while she was out. She was in Ashgrove Ward, "
              "Corbelstow General, from 13/07/2025 to 20/08/2025, and the children stayed with Nana Pat. Since "
              "the initial conference Gemma has taken her lithium every day, her blood levels have been in "
              "range and she has seen her care co-ordinator every two weeks. Tyler's attendance is 96%. He "
              "still checks that his mum has taken her tablets."),
        ("h1", "Words and pictures"),
        ("p", "Tyler (seen on his own at school, 06/11/2025): “Mum's normal now. I still count her tablets when "
              "she's in the shower, just in case. I'd like to go back to Scouts but I don't want to leave Mia.” "
              "He scored home 7 out of 10, up from 3 in August. Mia (seen at home, 10/11/2025) drew her house "
              "with everyone holding hands and a big sun, and said “Nana picks me up and we have fish fingers”. "
              "She asked if Mummy was “going back to the hospital”."),
        ("h1", "What we want for Tyler and Mia"),
        ("numbers", [
            "Tyler and Mia are cared for every day and every night by an adult who is well, awake and at home "
            "with them.",
            "Tyler stops looking after Mia and his mum, goes to school every day and has time for his friends "
            "and for Scouts.",
            "Mia goes to school fed, clean and on time, and is collected every day by an adult she knows.",
            "Both children know the early signs that their mum is becoming unwell and who to ring.",
        ]),
        ("h1", "The plan"),
        ("p", "Target dates are as agreed at the review conference. Progress is as reported to the conference. "
              "Row 13 is finished and kept for the record only."),
        ("table", {
            "header": ["Ref", "Action", "Owner", "Target date", "Proof", "Progress at RCPC"],
            "widths": [1.0, 4.6, 3.0, 2.4, 3.6, 2.4],
            "rows": [
                ["1",
                 "Visit Tyler and Mia at home, one visit a month unannounced, and see Tyler on his own",
                 "Corbelstow Children's Social Care (Fiona Dale, SW)",
                 "Every week until the second review (12.05.26)",
                 "Visit notes show both children seen each week and Tyler seen alone, with his words written "
                 "down",
                 "Achieved - 12 of 12 visits; continuing"],
                ["2",
                 "Care co-ordination visits to Gemma: check her lithium, her sleep and her relapse signs, and "
                 "report to each core group on whether she is making and keeping the changes Tyler and Mia need",
                 "Corbelstow CMHT (Owen Brady, care co-ordinator)",
                 "Fortnightly; written report 2 days before each core group",
                 "Report on Fiona's file before each core group, with lithium levels and Owen's view of the "
                 "likely timescale",
                 "On track - reports for both core groups"],
                ["3",
                 "Psychiatric review of Gemma's bipolar disorder, with a written opinion on her insight, her "
                 "risk of relapse, her capacity to change and the timescale for Tyler and Mia",
                 "Corbelstow CMHT (Dr Nkechi Obi, consultant psychiatrist)",
                 "Clinic w/c 01/12/25; written opinion by 19 Dec",
                 "Opinion letter to Fiona by 19/12/2025 and shared at the next core group",
                 "Not yet due"],
                ["4",
                 "Take her lithium every evening and have her blood levels taken every 12 weeks, so that she "
                 "stays well enough to care for Tyler and Mia",
                 "Gemma (Mum)",
                 "Daily; next bloods w/c 05/01/26",
                 "Levels in range on the GP's results; dosette box checked by Owen at each visit",
                 "Achieved - levels in range in October; continuing"],
                ["5",
                 "Send Fiona every lithium result and tell her of any missed medication review",
                 "Castle Street Surgery (Dr Amir Patel, GP)",
                 "Within 2 working days of each result or missed review",
                 "GP emails on file; the next update shows no missed reviews",
                 "On track"],
                ["6",
                 "Check Tyler's attendance every day and give him a Monday check-in with his mentor",
                 "Corbelstow High School (Mr Dev Sandhu, DSL)",
                 "Daily; check-in each Monday",
                 "Attendance of 95% or more, emailed to Fiona each Friday; check-ins logged on CPOMS",
                 "Achieved - 96%; continuing"],
                ["7",
                 "Check that Mia arrives fed and on time and is collected by an adult on her list, and ring "
                 "Fiona the same day if not",
                 "St Brigid's Infant School (Mrs Joanne Tait, DSL)",
                 "Every school day",
                 "Collection log signed each day; every late or unlisted collection rung through to Fiona and "
                 "logged",
                 "On track"],
                ["8",
                 "Collect Mia from school and give both children their tea at Heron Court until 6pm",
                 "Nana Pat",
                 "Mon, Tue and Thu in term time",
                 "School collection log shows Nana Pat on those days; she texts Fiona on Thursday evenings",
                 "Achieved - continuing"],
                ["9",
                 "Have Tyler and Mia to stay at Heron Court whenever Gemma shows a relapse sign, and ring Owen "
                 "that day",
                 "Nana Pat",
                 "The same day any relapse sign shows",
                 "Owen's record of each call; Tyler shows Fiona Nana Pat's number saved in his phone",
                 "Not needed since September"],
                ["10",
                 "Young carer's assessment with Tyler, then a place at the Thursday young carers' group",
                 "Corbelstow Young Carers (Lily Foster)",
                 "Assessment by 12/12/25; group from w/c 05/01/26",
                 "Tyler's young carer's plan sent to Fiona; register shows him at 4 of the first 6 sessions",
                 "Not yet started"],
                ["11",
                 "Direct work with Tyler and Mia about their mum's illness using the “Mum's moods” booklet, so "
                 "that they know the early signs and who to ring",
                 "Fiona (SW)",
                 "Four sessions, before the next core group (13 Jan)",
                 "Both children can name two early signs and who they would ring, and show Fiona their card",
                 "Partly - 2 of 4 sessions done"],
                ["12",
                 "Video call Tyler and Mia every Sunday, and come to Corbelstow to stay with them over the "
                 "February half term",
                 "Sean (Dad)",
                 "Sundays 6pm; half term 16-20 Feb 2026",
                 "Calls written in the family diary, which Fiona sees monthly; Tyler and Mia tell Fiona about "
                 "the visit",
                 "On track"],
                ["13",
                 "DONE - refer Gemma back to the CMHT after discharge",
                 "Castle Street Surgery (Dr Amir Patel, GP)",
                 "Done 27/08/2025",
                 "Referral accepted 01/09/2025",
                 "Closed"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Gemma shows two of her relapse signs (not sleeping, spending sprees, talking very fast, stopping "
              "her lithium), misses her lithium twice in a week, or leaves Tyler or Mia alone, Owen will see her "
              "the same day and arrange a mental health assessment if needed, Tyler and Mia will go to Nana "
              "Pat's that evening, and Fiona will hold a strategy discussion the same day."),
        ("p", "If Nana Pat cannot have the children (she is ill, away or it is too much for her), Uncle Declan "
              "will have them at 17 Tern Road. If neither of them can, Fiona will place Tyler and Mia together "
              "with Corbelstow foster carers that night."),
        ("p", "If Gemma is admitted to hospital again, stops her lithium, or Dr Obi's opinion says she cannot make "
              "the changes within Tyler's and Mia's timescale, Fiona will ask Craig Yeoman for a legal planning "
              "meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Chapel Fold Family Hub: 16/12/2025, 13/01/2026 and "
            "10/02/2026.",
            "Second review child protection conference: Tuesday 12/05/2026, 10am, Corbelstow County Hall.",
        ]),
        ("p", "Plan agreed at the review conference on 18/11/2025. Copies to Gemma, Sean, Nana Pat and every "
              "owner in the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference, a 14-year-old at risk of sexual exploitation who
#    goes missing and self-harms. Young person's copy printed to PDF with a
#    page header and footer, written to her: no Who column anywhere; each
#    small What | When | How we'll know table sits under a heading naming
#    its owner ("What Mum will do", "What you said you will do, Leah").
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_chenderstow_young_person_sections_per_person_quaile.pdf",
    "doc_title": "Leah's Child Protection Plan - young person's copy",
    "split": "tune",
    "actions": 12,
    "template": "icpc-young-person-copy-printed-to-pdf-page-header-footer-written-to-her-whos-who-table-what-you-told-us-what-we-want-for-you-then-one-what-when-how-well-know-table-under-each-what-x-will-do-heading-no-who-column-if-things-go-wrong-meetings",
    "description": (
        "Exemplary young person's copy of an initial conference plan for a 14-year-old who goes "
        "missing, has been groomed online and in person by older men and cuts herself; a Word "
        "plan printed to PDF with a page header and footer, written to her. There is no Who "
        "column anywhere: a who's-who table introduces each adult, and every small What | When "
        "| How we'll know table sits under a heading that names its owner ('What you said you "
        "will do, Leah', 'What Mum will do', 'What Jess will do', 'What PC Morgan will do'). "
        "Timescales include 'within 72 hours of you coming home, every time' and 'every evening "
        "you go out'; measures are records and scores. The contingency gives triggers and "
        "protective responses, a fallback if Dad cannot have her and a legal planning meeting; "
        "core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE - Chenderstow Borough Council - Children's Services",
    "footer": "Leah Quaile - child protection plan (young person's copy) - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Your Child Protection Plan, Leah"),
        ("kv", [
            ("Name", "Leah Quaile, DOB 02/03/2011 (14), Year 10, Chenderstow Academy"),
            ("Lives with", "Mum, Donna Quaile, 27 Saxby Road, Chenderstow CH4 1RW"),
            ("Weekends", "Dad, Rob Quaile, 7 Fenton Row, Chenderstow"),
            ("Category", "Sexual abuse (risk of exploitation)"),
            ("Conference", "Initial child protection conference, Tuesday 11/11/2025. Chair: Angela Brook (IRO)"),
        ]),
        ("h1", "Why you have a plan"),
        ("p", "Since the summer you have gone missing six times, twice overnight. On 18/10/2025 the police found "
              "you in a car with two men in their twenties who had been sending you messages and giving you "
              "vapes and alcohol. In September you cut your arms badly enough to need stitches at Chenderstow "
              "General. Everyone at the conference agreed that you are at risk of being sexually exploited, "
              "and that this plan is to keep you safe while you get the help you asked for."),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Who they are", "How to reach them"],
            "widths": [3.6, 7.4, 6.0],
            "rows": [
                ["Tom", "Tom Adeyemi, your social worker, Chenderstow Children's Services (manager: Helen Pryce)",
                 "07700 900412, Monday to Friday"],
                ["Jess", "Jess Kinnear, your youth worker, Chenderstow Exploitation Team", "07700 900587"],
                ["Priya", "Priya Nair, your CAMHS practitioner, Chenderstow CAMHS", "Through the CAMHS office"],
                ["PC Morgan", "PC Sian Morgan, Missing and Exploitation Officer, Chenderstow Police",
                 "101, or 999 in an emergency"],
                ["Mr Hughes", "Mr Gareth Hughes, head of Year 10 and designated safeguarding lead, "
                 "Chenderstow Academy", "School office"],
                ["Miss Patel", "Miss Anjali Patel, your key adult at school", "Learning support base"],
                ["Mum and Dad", "Donna Quaile and Rob Quaile", "-"],
            ],
        }),
        ("h1", "What you told us"),
        ("p", "When Tom saw you on your own on 06/11/2025 you said: “They were nice to me at first, they listened. "
              "Now I don't know how to stop it without them getting angry.” You said you cut “when my head gets "
              "too loud” and that it helps for a bit and then you feel worse. You told us you want to stay "
              "living with Mum, that you like Jess “because she doesn't lecture me”, and that you want your "
              "phone back at night “but I get why”. You scored how safe you feel at 3 out of 10, and said a 10 "
              "would be “nobody messaging me and Mum not crying”."),
        ("h1", "What we want for you"),
        ("bullets", [
            "You are safe from adults who want to use or harm you, online and in person.",
            "You come home when you say you will, and if you don't, someone finds you quickly.",
            "You have ways to cope when your head gets too loud that keep you safe, so that you hurt yourself "
            "less, and then not at all.",
            "You are in school every day and choose your GCSE options with the people who know you best.",
        ]),
        ("h1", "What you said you will do, Leah"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [6.4, 4.2, 6.4],
            "rows": [
                ["Tell Mum or Dad where you are going and who with, and be home by your time",
                 "Every time you go out; 9pm on school nights, 10pm on Fridays and Saturdays",
                 "Mum's going-out log shows you home on time; Tom goes through it with you at each visit"],
                ["Use the safety plan you made with Priya when you feel like hurting yourself, and tell Mum, "
                 "Priya or Miss Patel",
                 "Every time you feel like hurting yourself",
                 "You show Priya your safety plan card at each session; the number of times you have hurt "
                 "yourself is written in her session notes"],
            ],
        }),
        ("h1", "What Mum will do"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [6.4, 4.2, 6.4],
            "rows": [
                ["Keep the going-out log, and ring the police if you are not home 30 minutes after your time "
                 "and not answering your phone",
                 "Every evening you go out; the call within 30 minutes of your time",
                 "Log seen by Tom at each visit; every missing episode has a police reference number"],
                ["Keep your phone downstairs overnight and switch the router off at 10.30pm, as you agreed "
                 "with her",
                 "Every night from 11/11/2025",
                 "You and Mum both tell Tom at each visit where the phone was; PC Morgan's checks find no new "
                 "contact from unknown adults"],
            ],
        }),
        ("h1", "What Dad will do"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [6.4, 4.2, 6.4],
            "rows": [
                ["Have you at Fenton Row from Friday after school to Sunday at 6pm, and keep the same home "
                 "times and phone rules as Mum",
                 "Every weekend",
                 "Dad texts Tom on Sunday evening; you tell Tom how the weekend went at his next visit"],
            ],
        }),
        ("h1", "What Tom will do"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [6.4, 4.2, 6.4],
            "rows": [
                ["See you on your own, at home or somewhere you choose, and write down what you tell him",
                 "Every week until the review conference on 03/02/2026",
                 "Tom's visit records show you seen alone every week, with your words and your safety score"],
            ],
        }),
        ("h1", "What Jess will do"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [6.4, 4.2, 6.4],
            "rows": [
                ["Meet you one-to-one to talk about healthy relationships, online safety and how grooming works",
                 "Every Wednesday after school, 12 sessions from 19/11/2025",
                 "Session record sent to Tom after each session; you and Jess fill in the “My Safety” scale at "
                 "sessions 1, 6 and 12"],
                ["Do a return home interview with you after any time you go missing",
                 "Within 72 hours of you coming home, every time",
                 "Interview record on your file within 72 hours; anything you tell her that could keep you safe "
                 "is passed to PC Morgan the same day"],
            ],
        }),
        ("h1", "What Priya will do"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [6.4, 4.2, 6.4],
            "rows": [
                ["See you for eight sessions about your self-harm and low mood, and check your safety plan "
                 "with you each time",
                 "Every other Monday from 24/11/2025",
                 "Letter to Tom after sessions 4 and 8 with your mood score and how often you have hurt "
                 "yourself"],
            ],
        }),
        ("h1", "What PC Morgan will do"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [6.4, 4.2, 6.4],
            "rows": [
                ["Carry out disruption work with the two men named at the strategy meeting, including Child "
                 "Abduction Warning Notices where the evidence allows",
                 "By 05/12/2025, then after any new sighting",
                 "The result of each check and any notice served sent to Tom in writing and shared at the core "
                 "group"],
            ],
        }),
        ("h1", "What Mr Hughes will do"),
        ("table", {
            "header": ["What", "When", "How we'll know"],
            "widths": [6.4, 4.2, 6.4],
            "rows": [
                ["Check you are in every lesson, and ring Mum and Tom the same morning if you are missing from "
                 "one",
                 "Every school day",
                 "Lesson-by-lesson attendance emailed to Tom each Friday; 95% attendance or more"],
                ["Give you a time-out pass and a Monday morning check-in with Miss Patel",
                 "Every Monday in term time from 17/11/2025",
                 "Check-ins logged on CPOMS; you tell Tom at each visit whether the pass is working"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If you are not home 30 minutes after your time and not answering, Mum rings the police and reports "
              "you missing. The police look for you, Tom is told by 9am the next working day, and Jess does your "
              "return home interview."),
        ("p", "If you go missing twice in a month, or you are found with either of the two men, Tom holds a "
              "strategy discussion the same day. You stay with Dad at Fenton Row during the week as well until "
              "the strategy discussion agrees what happens next."),
        ("p", "If Dad cannot have you (he is working away or ill), you stay at Mum's and Jess phones you at 6pm and "
              "9pm. If neither Mum nor Dad can keep you safe at home, Tom will arrange for you to stay with "
              "Chenderstow foster carers that night."),
        ("p", "If you hurt yourself badly enough to need medical help, or tell anyone that you plan to end your "
              "life, Mum takes you to A&E at Chenderstow General or rings 999, the CAMHS crisis team sees you "
              "within 24 hours, and Tom holds a strategy discussion the same day."),
        ("p", "If you go missing three times before the review, or the police find you with either man again, Tom "
              "will ask Helen Pryce for a legal planning meeting within 5 working days, to decide whether you "
              "need to be looked after to keep you safe."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 4pm at Chenderstow Academy: 27/11/2025, 18/12/2025 and "
            "15/01/2026. You can come to all or part of it, or send your views with Jess.",
            "Review child protection conference: Tuesday 03/02/2026, 10am, Chenderstow Town Hall.",
        ]),
        ("p", "Tom will go through this plan with you before each core group. If you think something in it is "
              "wrong, tell Tom, Jess or the chair, Angela Brook."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second core group, mother's cocaine and alcohol use and anxiety,
#    father's cannabis, a 4-year-old and a baby, paternal grandmother
#    helping. Core group record printed to PDF with a page header and
#    footer; the action column carries the lead in a bracket at the end of
#    each action (no Who column); one finished row kept. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_clowderbeck_core_group_owner_in_brackets_tennant.pdf",
    "doc_title": "Core Group Record - Ruby and Otis Tennant - 18/11/2025",
    "split": "tune",
    "actions": 11,
    "template": "core-group-record-printed-to-pdf-page-header-footer-details-kv-attendance-updates-childrens-world-outcomes-then-action-table-no-who-column-lead-in-brackets-at-end-of-action-by-when-how-well-know-done-row-kept-contingency-next-meetings",
    "description": (
        "Record of the second core group for a 4-year-old and a 4-month-old whose mother uses "
        "cocaine and alcohol at weekends and has anxiety, and whose father smokes cannabis; a "
        "Word record printed to PDF with a page header and footer. The action table has no Who "
        "column: each action ends with its lead in brackets, and most rows are sound (weekly "
        "visits, fortnightly weighs 'until Otis is 6 months old', the recovery service reporting "
        "on change, the nursery's same-day calls); a finished one-off row is kept as done. "
        "Faults: the grandmother's nursery run is 'As and when she can'; one row is owned by "
        "'family network'; the parenting assessment has no stated output; Talking Therapies "
        "only counsel the mother and are measured by her feeling less anxious; home conditions "
        "'to be checked' with no lead in brackets; one outcome is about the parents only; the "
        "grandmother carries two rows and the contingency never says what happens if she "
        "cannot help."
    ),
    "header": "OFFICIAL-SENSITIVE - Clowderbeck City Council - Children's Social Care",
    "footer": "Tennant - core group 2 record, 18/11/2025 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Record"),
        ("kv", [
            ("Children", "Ruby Tennant (4), DOB 27/08/2021, Little Wrens Nursery; Otis Tennant (4 months), "
                         "DOB 02/07/2025"),
            ("Address", "Flat 6, Kittiwake House, Clowderbeck CL2 5TJ"),
            ("Parents", "Jade Tennant (24) and Connor Bright (27), living together"),
            ("Paternal grandmother", "Lorraine Bright (“Nanny Lorraine”), 22 Fieldfare Road, Clowderbeck"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "07/10/2025. Chair: Paul Ndiaye (IRO)"),
            ("Meeting", "Core group 2, Tuesday 18/11/2025, 1pm, Kittiwake Children's Centre"),
            ("Present", "Jade Tennant; Connor Bright; Lorraine Bright; Marie Lund (SW, chair); Beth Quarry "
                        "(HV); Sam Okafor (recovery worker, Clowderbeck Recovery Service); Nadine Cole (key "
                        "worker, Little Wrens Nursery)"),
            ("Apologies", "Dr Leon Mistry (GP); Clowderbeck Talking Therapies"),
        ]),
        ("h1", "1. Updates"),
        ("p", "Jade has been to four of five key-work sessions at Clowderbeck Recovery Service. Her test on "
              "10/11/2025 was positive for cocaine after a family party; the one before was clear. She has "
              "anxiety and says the weekends are when she “needs something to switch off”. She has been "
              "referred to Clowderbeck Talking Therapies by her GP. Connor has been to three Thursday "
              "cannabis groups and says he now smokes only outside, on the walkway."),
        ("p", "Beth weighed Otis on 11/11/2025: 6.4kg, on the 25th centile. His cot was clear at both visits. "
              "Nursery say Ruby's attendance is 88% this half term; she was collected late twice. Nanny "
              "Lorraine has had both children every Saturday night since the conference."),
        ("h1", "2. Ruby and Otis"),
        ("p", "Ruby (seen at nursery on 12/11/2025 with Nadine): she said “Nanny's house has the big bath” and "
              "“Mummy sleeps on the sofa at the weekend”. She drew her family with Otis in a pram and said "
              "the flat “smells funny sometimes”. Otis (seen at home on 14/11/2025) was alert, smiled at the "
              "SW and settled quickly when Jade picked him up; he was in a clean nappy and had a full bottle "
              "made up correctly."),
        ("h1", "3. Outcomes from the plan"),
        ("bullets", [
            "Ruby and Otis are looked after every day by a sober adult who is awake and able to care for them.",
            "Otis sleeps safely in his own cot and keeps gaining weight.",
            "Ruby goes to nursery every session, on time, and her speech keeps coming on.",
            "Jade and Connor stop using drugs and alcohol.",
        ]),
        ("h1", "4. Actions"),
        ("p", "The lead for each action is in brackets at the end of it."),
        ("table", {
            "header": ["No.", "What needs to happen (lead in brackets)", "By when", "How we'll know"],
            "widths": [1.0, 7.0, 3.6, 5.4],
            "rows": [
                ["1",
                 "Visit Ruby and Otis at home, see Ruby on her own and look at where Otis sleeps (SW, Marie "
                 "Lund)",
                 "Weekly, one visit in three unannounced",
                 "Visit records show both children seen each week and Otis's cot clear every time"],
                ["2",
                 "Weigh Otis and check his feeding, development and sleeping place (HV, Beth Quarry)",
                 "Every 2 weeks until Otis is 6 months old (02/01/2026), then monthly",
                 "Weight on or above the 25th centile in the red book"],
                ["3",
                 "Key-work and drug and alcohol testing with Jade, and a written report before each core group "
                 "on whether she is making the changes Ruby and Otis need and how long that will take "
                 "(Clowderbeck Recovery Service, Sam Okafor)",
                 "Weekly key-work; report 2 working days before each core group",
                 "Test results and report on file before each core group; hair strand test clear by the "
                 "review conference"],
                ["4",
                 "Stop smoking cannabis in the flat and around Ruby and Otis, and go to the Recovery Service's "
                 "cannabis group (Connor)",
                 "Every Thursday from 23/10/2025",
                 "Three clear urine tests in a row by the review conference"],
                ["5",
                 "Have Ruby and Otis overnight at 22 Fieldfare Road (Nanny Lorraine)",
                 "Every Saturday, 5pm to 11am Sunday",
                 "Lorraine's diary, seen by the SW every other week"],
                ["6",
                 "Take Ruby to nursery on the mornings Jade cannot (Nanny Lorraine)",
                 "As and when she can",
                 "Nursery register shows Ruby in by 9am"],
                ["7",
                 "Make sure Ruby and Otis are never left with an adult who has been drinking or using drugs "
                 "(family network)",
                 "Every day",
                 "Any concern rung through to the SW the same day and logged on the case file"],
                ["8",
                 "Parenting assessment of Jade and Connor (SW, Marie Lund)",
                 "By 19/12/2025",
                 ""],
                ["9",
                 "Note Ruby's attendance, how she arrives and anything she says about home, and ring the SW the "
                 "same day with any worry (Nadine Cole, key worker, Little Wrens Nursery)",
                 "Every nursery session",
                 "Weekly email to the SW; attendance of 90% or more"],
                ["10",
                 "Counselling sessions for Jade's anxiety and low mood (Clowderbeck Talking Therapies)",
                 "Six weekly sessions from 01/12/2025",
                 "Jade feels less anxious"],
                ["11",
                 "Home conditions to be checked, with the kitchen clean and nothing harmful in Ruby's or Otis's "
                 "reach",
                 "At every visit",
                 "Visit records note the kitchen clean and no drugs, alcohol or tablets within reach"],
                ["12",
                 "Safe storage talk and a lockable box for medicines and drugs (HV, Beth Quarry)",
                 "Done 21/10/2025",
                 "Box fitted; closed at core group 1"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Jade or Connor is found under the influence of drink or drugs while caring for Ruby or Otis, or "
              "drugs are found within the children's reach, Marie will hold a strategy discussion the same day "
              "and Ruby and Otis will go to Nanny Lorraine's at 22 Fieldfare Road until it has taken place."),
        ("p", "If Jade has another positive test for cocaine, or Connor has two positive tests for cannabis, "
              "before the review conference, Marie will ask her team manager, Andrew Kell, for a legal planning "
              "meeting within 5 working days."),
        ("h1", "6. Next meetings"),
        ("bullets", [
            "Core group every four weeks: next on Tuesday 16/12/2025, 1pm, Kittiwake Children's Centre.",
            "Review child protection conference: Tuesday 06/01/2026, 10am, Clowderbeck Civic Centre.",
        ]),
        ("p", "Record typed by Marie Lund and sent to everyone present and to those who gave apologies on "
              "20/11/2025."),
    ],
    "findings": [
        F("F002", "Jade and Connor stop using drugs and alcohol."),
        F("T002", "Take Ruby to nursery on the mornings Jade cannot"),
        F("W002", "never left with an adult who has been drinking"),
        F("M001", "Parenting assessment of Jade and Connor (SW, Marie"),
        F("H001", "Counselling sessions for Jade's anxiety and low mood"),
        F("M002", "Counselling sessions for Jade's anxiety and low mood"),
        F("W001", "Home conditions to be checked, with the kitchen clean"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth initial conference, mother with a personality disorder and
#    depression, father's past violence and cannabis use, maternal
#    grandmother moving in. Markdown plan in three stage tables (before
#    birth, on the ward, at home) whose When cells are weeks of pregnancy,
#    "before Arlo leaves the ward" and Arlo's age; joint owners and names
#    from the who's-who. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_corrabeth_prebirth_pregnancy_weeks_stage_tables_penhaligon.md",
    "split": "tune",
    "actions": 15,
    "template": "prebirth-icpc-md-whos-who-table-with-we-call-them-column-why-worried-arlos-world-so-far-what-we-want-then-three-stage-tables-before-birth-on-the-ward-at-home-what-who-when-how-well-know-weeks-of-pregnancy-and-baby-age-then-plan-b-if-then-who-table-meetings",
    "description": (
        "Exemplary pre-birth plan for a baby due in February 2026. The mother has emotionally "
        "unstable personality disorder and depression; the father was violent to a former partner "
        "and used cannabis until last year. A Markdown plan with a who's-who table whose last "
        "column gives the name used in the plan ('Nana Bev', 'the HV', 'Gina'), then three stage "
        "tables (before birth, on the ward, at home) with When cells written as weeks of "
        "pregnancy ('by 32 weeks pregnant (15/12/2025)'), 'before Arlo leaves the ward' and the "
        "baby's age ('until Arlo is 6 months old'); joint owners ('Chloe and Ryan together', "
        "'Gina, with Chloe'). Both perinatal mental health rows assess change; the substance "
        "service and the GP own actions; a Plan B table covers Nana Bev being unable to stay and "
        "names a legal planning meeting; core group and review dates are set."
    ),
    "text": """\
# Pre-birth Child Protection Plan: Baby Arlo Penhaligon (due 09/02/2026)

**Corrabeth Council, Children and Families Service, Pre-birth and Infant Team**
**Initial child protection conference:** Thursday 20/11/2025 (Chloe 28 weeks pregnant)
**Chair:** Miriam Osei (IRO) · **Category:** Neglect (unborn)
**Address:** 9 Linnet Way, Corrabeth CR6 3DS

## Who's who

| Name | Who they are | In this plan we call them |
|---|---|---|
| Chloe Penhaligon (22) | Arlo's mum | Chloe |
| Ryan Vickers (25) | Arlo's dad, lives with Chloe | Ryan |
| Beverley Penhaligon (51) | Chloe's mum, 2 Sandpiper Close, Corrabeth | Nana Bev |
| Kerry Vickers (29) | Ryan's sister, 14 Quarry Road, Corrabeth | Aunt Kerry |
| Aisha Begum | Social worker, Corrabeth Children's Services (manager: Neil Hart) | Aisha (SW) |
| Gina Hollis | Specialist midwife for vulnerable women, Corrabeth General Hospital | Gina |
| Priya Shah | Perinatal community psychiatric nurse, Corrabeth Perinatal Mental Health Team | Priya |
| Dr Tom Ellery | Consultant perinatal psychiatrist, same team | Dr Ellery |
| Dale Hughes | Recovery worker, Corrabeth Substance Misuse Service | Dale |
| Kath Ward | Health visitor, Corrabeth 0-19 Service | the HV |
| Dr Helen Brice | GP, Millgate Surgery | Dr Brice |

## Why we are worried

Chloe has emotionally unstable personality disorder and depression. She cut herself and took an overdose in
2023, and in August 2025 she stopped her antidepressant and told the midwife she "didn't want to be here".
She is now back on her medication and sees Priya. Ryan was convicted in 2022 of assaulting a former partner.
He smoked cannabis every day until early 2025 and says he has stopped. Chloe and Ryan have had one argument
this year (June) that neighbours reported to the police; Ryan left the flat when asked.

## Arlo's world so far

Arlo is 28 weeks old in the womb. His 20-week scan was normal. Chloe has been to every midwife appointment
since September. She says Arlo "goes mad kicking when Ryan sings to him" and that she talks to him when she
cannot sleep. Nana Bev has bought him a blanket with his name on. The nursery room at Linnet Way is still
being used for storage.

## What we want for Arlo

- Arlo is born safely and goes home to a calm flat with a clear cot, a sober dad and a mum whose mental
  health is steady enough to feed, settle and notice him.
- Arlo is fed, warm and gains weight, and is seen by a professional every week in his first months.
- Arlo never sees or hears violence, and never breathes cannabis smoke.
- Arlo has adults around him who will step in straight away if Chloe becomes unwell.

## The plan

### Before Arlo is born

| What needs to happen | Who | When | How we'll know |
|---|---|---|---|
| Midwife appointments, including a birth plan saying who may visit on the ward | Gina, with Chloe | Every 2 weeks until 36 weeks pregnant, then weekly | Every appointment kept on the maternity record; birth plan on the ward file by 36 weeks pregnant |
| See Chloe at home, check her mood and her own safety plan, and tell each core group whether she is making the changes Arlo will need and how long that is likely to take | Priya | Every 2 weeks from 27/11/2025 | Written update to Aisha two working days before each core group |
| Assess Chloe's mental health and her capacity to care for Arlo as a newborn, with a view on the likely timescale for any change still needed | Dr Ellery | By 32 weeks pregnant (15/12/2025) | Written report to Aisha, shared with Chloe and the core group |
| Pre-birth assessment of Chloe and Ryan, with a family network meeting | Aisha (SW) | By 34 weeks pregnant (29/12/2025) | Assessment report with a recommendation for after the birth, shared with Chloe, Ryan and the core group |
| Clear the nursery room and set up the cot and a Moses basket at Linnet Way | Chloe and Ryan together | By 36 weeks pregnant (12/01/2026) | The HV sees the cot up and clear at the antenatal visit |
| Antenatal home visit: safe sleep, coping with crying and what to do if it gets too much | the HV | Between 32 and 36 weeks pregnant | Visit record and the signed safe sleep checklist sent to Aisha |
| Complete the Corrabeth Choices programme for men who have been abusive in relationships | Ryan | Every Tuesday, 16 sessions from 04/11/2025 | Attendance letter from the programme after each block of four; 14 of 16 attended |
| Random urine tests for Ryan, so that everyone can see he is still not using cannabis when Arlo comes home | Dale (Corrabeth Substance Misuse Service) | Monthly until Arlo is 6 months old | Three clear tests in a row before the birth; every result sent to Aisha |

### On the ward (from birth until Arlo goes home)

| What needs to happen | Who | When | How we'll know |
|---|---|---|---|
| Watch and write down how Chloe and Ryan feed, hold and settle Arlo and how they answer his cues | Ward 12 midwives (lead: Gina) | Every shift, for at least 72 hours after the birth | Ward observation chart sent to Aisha before the discharge meeting |
| Hold a discharge planning meeting with Chloe, Ryan, Nana Bev, the ward and the HV | Aisha (SW) | Before Arlo leaves the ward | Written discharge plan given to every core group member before Arlo goes home |
| Stay at Linnet Way with Chloe, Ryan and Arlo, and help with night feeds | Nana Bev | Every night for the first 6 weeks after Arlo comes home | Nana Bev writes night feeds on the chart on the fridge; Aisha and the HV check it at each visit |

### At home (until Arlo is 6 months old)

| What needs to happen | Who | When | How we'll know |
|---|---|---|---|
| Weigh Arlo and check his feeding, where he sleeps and his development | the HV | Weekly until Arlo is 8 weeks old, then every 2 weeks until he is 6 months old | Weight on or above his birth centile in the red book; cot seen clear at every visit |
| Visit Arlo at home, one visit in three unannounced, and write down how he is and how Chloe and Ryan respond to him | Aisha (SW) | Twice a week for Arlo's first 4 weeks at home, then weekly | Visit records describing Arlo's day, where he slept and how he was handled |
| Tell Aisha in writing if Chloe misses a medication review or her medication is changed, so the core group knows at once if her care of Arlo may be affected | Dr Brice | Within 2 working days of any missed review or change | GP emails on file; the next update shows no missed reviews |
| Stay over at Linnet Way on Friday and Saturday nights | Nana Bev | From the 7th week after Arlo comes home until he is 6 months old | Fridge chart filled in by Nana Bev on those nights, checked by Aisha every 2 weeks |

## Plan B

| If ... | Then ... | Who |
|---|---|---|
| Chloe tells anyone she is thinking of harming herself or Arlo, or stops her medication | Priya sees Chloe the same day and asks the perinatal crisis team to assess her; Arlo is cared for by Ryan with Nana Bev staying; Aisha holds a strategy discussion the same day | Priya; Aisha |
| Ryan has a positive test, or the police are called to an argument | Ryan leaves Linnet Way that day and stays with Aunt Kerry; Aisha holds a strategy discussion the same day | Ryan; Aisha |
| Nana Bev cannot stay (she is ill, or it is too much for her) | Aunt Kerry stays instead; if she cannot either, Aisha arranges a parent and baby foster placement for Chloe and Arlo, or a foster placement for Arlo, that day | Aisha |
| The pre-birth assessment or Dr Ellery's report says Chloe cannot yet care for Arlo safely, or two of the triggers above happen before the review | Aisha asks Neil Hart for a legal planning meeting within 5 working days, to decide whether to start the Public Law Outline before the birth | Aisha; Neil Hart |

## Meetings

| Meeting | When |
|---|---|
| Core group (every 4 weeks), Millgate Children's Centre, 2pm | Tuesdays 02/12/2025, 06/01/2026, 03/02/2026 |
| Discharge planning meeting | On the ward, before Arlo goes home |
| Review child protection conference | Tuesday 17/02/2026, 10am, Corrabeth Civic Centre |

Aisha will write a note of what she has seen of Arlo's world (before and after his birth) for every core
group. Copies of this plan go to Chloe, Ryan, Nana Bev and everyone in the who's-who.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference, a 16-year-old who self-harms and took an overdose,
#    living with his father who drinks most nights and puts him down. Signs
#    of Safety plan written to him, next steps as nested bullets: theme >
#    action > Who / When / How we'll know. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_cannisfold_sos_sixteen_year_old_nested_steps_mabey.md",
    "split": "tune",
    "actions": 12,
    "template": "sos-plan-md-written-to-16-year-old-whos-who-danger-statement-safety-goal-working-well-scaling-in-your-words-then-next-steps-nested-bullets-theme-action-who-when-how-well-know-then-if-things-get-worse-meetings",
    "description": (
        "Signs of Safety plan from an initial conference for a 16-year-old who cuts himself and "
        "took an overdose in September, living with his father, who drinks most nights and tells "
        "him he is worthless. Written to him: danger statement, safety goal, scaling, his own "
        "words, then nested bullets theme > action > Who / When / How we'll know. Most actions "
        "are sound (weekly SW visits, the youth worker, the drug service for young people, "
        "college attendance, family sessions, a safety plan made with CAMHS, his uncle's Sunday "
        "dinners). Faults: the father's cutting down is 'ongoing'; 'everyone around Ellis' keeps "
        "an eye on him and the measure is that he feels more supported; the CAMHS assessment has "
        "no stated output; joining a club has no timescale; the father's drinking is recorded but "
        "only he is asked to go to the alcohol service, which owns no action; the contingency "
        "has no specific trigger and its only response is to talk things over; nothing says "
        "legal planning follows if nothing changes."
    ),
    "text": """\
# Ellis's Safety Plan

Cannisfold Council Children's Services · Signs of Safety child protection plan

- **Young person:** Ellis Mabey, 16 (DOB 11/06/2009), first year at Cannisfold Sixth Form College
- **Lives with:** his dad, Gary Mabey (46), 15 Ropewalk, Cannisfold CF9 4AE
- **Mum:** Tracey Mabey, lives in Alicante; FaceTime most weekends
- **Category:** Emotional abuse
- **Initial child protection conference:** Wednesday 19/11/2025, chaired by Sunita Rao (IRO)

This plan is written to you, Ellis, because it is about you. Where it says "you", it means you.

## Who's who

- **Kemal** – Kemal Aydin, your social worker, Cannisfold Children's Services
- **Dad** – Gary Mabey
- **Uncle Steve** – Steve Mabey, your dad's brother, 3 Mariner's Court, Cannisfold
- **Jordan** – Jordan Price, your youth worker, Cannisfold Youth Service
- **Nia** – Nia Owusu, crisis practitioner, Cannisfold CAMHS
- **Dr Amadi** – Dr Ruth Amadi, consultant, Cannisfold CAMHS
- **Amy** – Amy Lister, worker at Step Up, Cannisfold's drug and alcohol service for young people
- **Priya** – Priya Holt, family practitioner, Cannisfold Family Help Team
- **Ms Qureshi** – Ms Farah Qureshi, safeguarding lead, Cannisfold Sixth Form College

## Danger statement

Kemal, the college and CAMHS are worried that when your dad has been drinking he shouts at you and tells you
that you are worthless, and that you might seriously hurt yourself or take another overdose like you did on
14/09/2025, when you spent the night on the children's ward at Cannisfold General. Your dad drinks most
nights, usually a bottle of wine and some cans. You have been smoking cannabis most days, and you told
Kemal it is the only thing that helps you sleep.

## Safety goal

You, your dad and the people around you will show everyone that you live in a home where nobody drinks so
much that they shout or put you down, where you are spoken to kindly, and where, when you feel like hurting
yourself, you use your safety plan and tell someone, so that you stay safe.

## What's working well

- You went to college every day last week and you like the mechanics course.
- Uncle Steve has had you for Sunday dinner since you were a kid, and you say you can "tell him stuff".
- Your dad came to the conference and said he knows the drinking has to change.
- You have talked to Nia twice and said it "wasn't as bad as I thought".

## Scaling

On a scale of 0 to 10, where 10 means everyone is sure you are safe at home and 0 means you cannot stay
there: you said 4, your dad said 6, Kemal said 3 and the college said 4.

## In your words, Ellis

"Dad's alright when he's sober. It's after the second bottle. He says I'm a waste of space like my mum. I
don't want to move out, I just want him to stop." You said you want Kemal to see you at college, not at home,
and you don't want your dad to know everything you say in CAMHS.

## Next steps

- **Keeping you safe when you feel like hurting yourself**
  - Make a written safety plan with you, with your warning signs, what helps and who you will call
    - Who: Nia, with you
    - When: by 28/11/2025, then checked at every CAMHS appointment
    - How we'll know: you have it on your phone and show it to Kemal at his next visit
  - CAMHS assessment of your mood, self-harm and whether you need medication
    - Who: Dr Amadi (Cannisfold CAMHS)
    - When: by 12/12/2025
  - Keep an eye on how you are doing and check in with you
    - Who: everyone around Ellis
    - When: every day
    - How we'll know: Ellis feels more supported
- **Your dad's drinking and the way he talks to you**
  - Cut down his drinking and not drink on nights you are at home
    - Who: Dad
    - When: ongoing
    - How we'll know: you tell Kemal at each visit how many nights Dad drank; Kemal sees no drink out at
      his unannounced visits
  - Go to the Cannisfold Recovery Hub drop-in and book a first appointment
    - Who: Dad
    - When: by 05/12/2025
    - How we'll know: the appointment letter, shown to Kemal at his next visit
  - Family sessions for you and your dad about the way he talks to you and what you both want home to
    be like
    - Who: Priya (Family Help Team)
    - When: every other Thursday, six sessions from 04/12/2025
    - How we'll know: you score how home feels at sessions 1, 3 and 6; Priya sends Kemal a note after each
      session
- **College, cannabis and the things you enjoy**
  - Check you are in college and in your lessons, and ring Kemal the same day if you are missing
    - Who: Ms Qureshi
    - When: every college day
    - How we'll know: attendance emailed to Kemal each Friday; 90% or more
  - Talk with you about cannabis, sleep and your mood, and help you cut down
    - Who: Amy (Step Up)
    - When: every Monday, eight sessions from 24/11/2025
    - How we'll know: you fill in a use diary each week; Amy sends Kemal the number of days you used after
      sessions 4 and 8
  - Join a boxing or football club, with Jordan helping you find one
    - Who: you, with Jordan
    - How we'll know: you tell Kemal which club you joined and show him your membership card
  - Meet you after college to talk about whatever is on your mind
    - Who: Jordan
    - When: every Tuesday until the review conference
    - How we'll know: Jordan's session record sent to Kemal each week, with anything you asked him to pass on
- **Seeing you and hearing what you think**
  - See you on your own at college or somewhere you choose, and visit home unannounced once a month
    - Who: Kemal
    - When: every week
    - How we'll know: visit notes with your own words and your score out of 10
  - Have you for Sunday dinner at Mariner's Court
    - Who: Uncle Steve
    - When: every Sunday
    - How we'll know: Steve texts Kemal on Sunday evenings to say you were there

## If things get worse

If things get worse for you at home, or the safety plan is not followed, Kemal will talk to his manager and
the core group will think about what needs to change.

## Meetings

- Core group every 4 weeks, Wednesdays at 4pm at Cannisfold Family Hub: 10/12/2025, 07/01/2026 and
  04/02/2026. You can come, or send your views with Jordan.
- Review child protection conference: Tuesday 17/02/2026, 1.30pm, Cannisfold Civic Centre.
""",
    "findings": [
        F("M001", "CAMHS assessment of your mood, self-harm and whether you need"),
        F("W002", "Keep an eye on how you are doing and check in"),
        F("M002", "Keep an eye on how you are doing and check in"),
        F("T002", "Cut down his drinking and not drink on nights"),
        F("T001", "Join a boxing or football club, with Jordan helping you"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference, medical neglect of a 9-year-old with epilepsy
#    (missed doses), her brother of 6, mother's depression, father away in
#    the week, Gran nearby. Plain-text plan with aligned columns whose cells
#    wrap over several lines, headed LEAD / REVIEW DATE / SUCCESS LOOKS LIKE;
#    one finished referral kept as DONE. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b123_crewsholt_rcpc_aligned_columns_lead_review_date_ibbotson.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plain-text-caps-headings-whos-who-dotted-lines-what-has-changed-maisie-and-zak-say-outcomes-then-aligned-five-column-table-no-what-lead-review-date-success-looks-like-wrapped-cells-done-row-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for a 9-year-old with epilepsy whose medicine was "
        "often missed, and her 6-year-old brother; their mother has depression and their father "
        "drives lorries and is away four nights a week. A plain-text plan whose action table has "
        "aligned columns with cells wrapping over several lines, headed LEAD, REVIEW DATE and "
        "SUCCESS LOOKS LIKE: leads are joint ('Mum + Dad (Dad Fri-Sun)', 'Miss Hartley with Mrs "
        "Oyelaran'), who's-who names ('Gran', 'Jas (SW)') or a service with its worker "
        "('Crewsholt Pharmacy (Raj)'); review dates in many forms ('Weekly to RCPC 03.03.26', "
        "'by 19 Dec 25', 'Every evening Maisie is at Gran's at 7.30pm'); success as records and "
        "numbers ('No missed doses on the MAR chart'). One finished referral is kept as DONE (not "
        "counted). Talking Therapies give a view on change, the GP owns an action, Gran's part "
        "has a fallback, legal planning follows named triggers, core group and review dates are "
        "set."
    ),
    "text": """\
CREWSHOLT BOROUGH COUNCIL - CHILDREN'S SERVICES - LOCALITY TEAM EAST
REVIEW CHILD PROTECTION PLAN

Children ........ Maisie Ibbotson (9), DOB 17/04/2016, Year 5, Crewsholt Primary
                  Zak Ibbotson (6), DOB 30/09/2019, Year 2, Crewsholt Primary
Address ......... 52 Orchard Lane, Crewsholt CR11 7QB
Category ........ Neglect (medical)
Plan history .... ICPC 09/09/2025; first RCPC 02/12/2025 (this plan)
Chair ........... Denise Achebe (IRO)

WHO'S WHO
Mum ............. Carla Ibbotson (36)
Dad ............. Lee Ibbotson (39), HGV driver, away Monday to Thursday nights
Gran ............ Sheila Marsh (64), Carla's mum, 6 Plover Street (two streets away)
Auntie Dawn ..... Dawn Ibbotson, Lee's sister, 19 Kiln Lane, Crewsholt
Jas ............. Jas Sandhu, social worker (SW); team manager Tanya Rhodes
Anne ............ Anne Corrigan, children's epilepsy nurse, Crewsholt Children's
                  Epilepsy Service
Mrs Oyelaran .... Mrs Bola Oyelaran, DSL, Crewsholt Primary
Miss Hartley .... Zak's class teacher, Crewsholt Primary
Mark ............ Mark Devlin, CBT therapist, Crewsholt Talking Therapies
Dr Fenwick ...... Dr Ruth Fenwick, GP, Abbey Lane Surgery
Raj ............. Raj Mistry, pharmacist, Crewsholt Pharmacy
Lauren .......... Lauren Pike, school nurse, Crewsholt 0-19 Team

WHAT HAS CHANGED SINCE SEPTEMBER
Maisie takes levetiracetam twice a day. In the summer she missed doses on most
weekdays, had four seizures in six weeks and was taken to hospital by ambulance
on 18/08/2025 after a seizure at the park. Carla has depression and was finding
it hard to get up in the mornings. Since the initial conference a MAR chart has
been kept on the fridge: two doses were missed in September, one in October and
none in November. Maisie has had one short seizure since the conference. Carla
was referred for CBT in October and starts on 08/12/2025. Zak is no longer late
for school.

MAISIE AND ZAK SAY
Maisie (seen on her own at school, 25/11/2025): "I tick my chart with Mum now.
I don't like it when my head goes fuzzy at school, everyone looks. Gran's good
at the medicine, she has a special box." She drew her family on the sofa with
her medicine box on the table and scored home 8 out of 10 (4 in September).
Zak (seen at home, 27/11/2025) said "Mummy was sleepy before but now she does
pancakes", and that he is scared "when Maisie does the shaking".

WHAT WE WANT FOR MAISIE AND ZAK
1. Maisie gets every dose of her medicine on time, every day, wherever she is.
2. Maisie has fewer seizures, and every adult who looks after her knows what to
   do if she has one.
3. Maisie and Zak are cared for by a mum who is well enough to get them up, fed
   and to school on time.
4. Zak is not frightened at home and knows who to get if Maisie has a seizure.

THE PLAN (agreed at the review conference, 02/12/2025)

NO   WHAT NEEDS TO HAPPEN                LEAD             REVIEW DATE       SUCCESS LOOKS LIKE
----------------------------------------------------------------------------------------------------------
1    Give Maisie her epilepsy medicine   Mum + Dad (Dad   Twice daily;      No missed doses on the MAR
     at 7.30am and 7.30pm and tick each  Fri-Sun)         chart checked     chart; Maisie's levels in
     dose on the MAR chart                                Fri weekly        range at the February clinic

2    Look at the MAR chart and the       Jas (SW)         Weekly to RCPC    Visit notes show the chart
     medicine supply, and see Maisie                      03.03.26          checked and both children seen
     and Zak on their own                                                   alone, with their words
                                                                            written down

3    Epilepsy review and seizure diary;  Anne (epilepsy   Training by       Training certificates for 3
     train school staff and Gran to      nurse)           19/12/25; clinic  school staff and Gran; clinic
     give Maisie's rescue medicine                        15.01.26          letter to Jas

4    Keep Maisie's care plan in class    Mrs Oyelaran     Every school day  95% attendance; seizure log
     and the seizure log, and ring       (DSL)                              emailed to Jas each Friday
     Carla and Jas the same day after
     any seizure

5    Weekly CBT for Carla's depression,  Crewsholt        12 wkly sessions  Written view on Jas's file two
     and a written view on whether she   Talking          from 08/12/25;    days before every core group
     is making the changes Maisie and    Therapies        view before each
     Zak need and how long that will     (Mark)           core grp
     take

6    Review Carla's antidepressant and   Dr Fenwick (GP)  by 19 Dec 25      GP letter on Jas's file by
     tell Jas in writing how her health                                     19/12/25
     affects her care of Maisie and Zak

7    Collect Maisie and Zak from school  Gran             Mon-Thu, term     School gate log shows Gran on
     and give them their tea at Gran's                    time              those days; Gran texts Jas
                                                                            every Thursday

8    Keep a spare supply of Maisie's     Gran             Every evening     Gran's own MAR chart ticked;
     medicine at Gran's and give the                      Maisie is at      Anne checks the spare supply
     7.30pm dose whenever she is there                    Gran's at 7.30pm  monthly
     at that time

9    Check Zak's attendance and how he   Miss Hartley     Every school day  Weekly note to Jas; attendance
     arrives, and tell Jas the same day  with Mrs                           95% or more
     about any worry                     Oyelaran

10   Sessions with Maisie about her      School nurse     4 sessions by     Maisie can tell Jas the names
     epilepsy, so that she knows her     (0-19 Team,      Feb half term     of her medicines and her
     medicine and her rescue plan        Lauren)          (13/02/26)        rescue plan; session notes on
                                                                            file

11   Make up Maisie's medicine in        Crewsholt        Every Friday      Collection log sent to Jas
     weekly blister packs and tell Jas   Pharmacy (Raj)   from 05/12/25     monthly; no pack left
     if a pack is not collected                                             uncollected

12   DONE 14/10/25 - refer Carla to      Dr Fenwick (GP)  Done              Referral accepted 28/10/25 -
     Talking Therapies                                                      closed

IF THINGS GO WRONG
- If a dose is missed, whoever is caring for Maisie gives it as soon as it is
  noticed, rings Anne (or NHS 111 out of hours) for advice that day and writes
  it on the MAR chart; Carla tells Jas the next morning.
- If two doses are missed in one week, Jas visits that day and Anne holds an
  urgent review with Carla within 2 working days.
- If Maisie has a seizure lasting more than 5 minutes, the adult with her gives
  her rescue medicine and rings 999; if a missed dose was the cause, Jas holds a
  strategy discussion the same day.
- If Gran cannot do the pick-ups or the evening dose (she is ill or away),
  Auntie Dawn does them. If neither can, Maisie and Zak go to the school's
  after-school club until Carla collects them at 5.30pm, and Jas or the duty
  SW visits at 7.30pm to see the dose given.
- If Maisie misses three or more doses in any month, goes to hospital after a
  missed dose, or Mark's view is that Carla cannot make the changes in time,
  Jas will ask Tanya Rhodes for a legal planning meeting within 5 working days.

MEETINGS
Core group ...... every 6 weeks, Tuesdays 3.45pm, Crewsholt Primary:
                  13/01/2026 and 24/02/2026
Review CPC ...... second review conference Tuesday 03/03/2026, 10am,
                  Crewsholt Town Hall
Jas will see Maisie and Zak on their own before each core group and bring
their words to it.
""",
    "findings": [],
})
