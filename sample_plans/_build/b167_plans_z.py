"""Batch 167, module z: seven fictional plans (held-out material), places beginning with "z".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: when, and how we will know. Seven plans in seven templates whose
craft is in the WHEN and the HOW WE WILL KNOW of each action: times as
events and anchors ("the day the baby is born", "within 24 hours of any
missed visit", "in the fortnight after this review", "by February half
term", "by the end of the summer term"), times in clipped forms ("w/c
12.1.26", "wkly (Tues)", "2x wk", "fortnightly from 3/2", "ASAP - by 20/01
latest", "end Feb", "Jan 26"), times given once for several actions (a
When cell merged down, a "By when" cell merged over two rows, an "All by
... unless a time is given" line under a person's heading, lettered
footnotes in an e-mail) and times that only look like one ("As required",
"TBC", "Ongoing", "asap", "when she feels ready", a footnote that says
"ongoing"); measures as registers, records, scores, test results, letters
on file and the child's own words, written in the action's own sentence or
under unusual headers ("Evidence it happened", "Proof", "What we will see",
"How we'll know it's working"), and measures that only look like one
("Monitored by school", "Progress to be discussed at the next core group",
"keep an eye on", "feed back on his progress at core group", "To be
reviewed", "Zoe will monitor").

1. a first review conference plan for a 9-year-old and a 3-year-old
   (neglect, mother's depression, an aunt doing two school runs): one Word
   table per outcome, "No. | Action | Lead | By when | Evidence it
   happened", with a "By when" cell merged over two rows where two actions
   share a deadline (docx, exemplary);
2. formal core group minutes for a 13-year-old and a 7-year-old (neglect,
   mother's drinking and anxiety, grandfather helping): attendance table of
   initials, numbered updates, then an action log "No. | Action | Lead | Due
   | Proof" in clipped times (docx). Faults: the CPN's anxiety sessions
   measured by attendance only (H001); the grandfather's weekend stays "As
   required", the school nurse's drop-in "TBC" and the meters kept topped up
   "Ongoing" (T002 x3); "Monitored by school" and "Progress to be discussed
   at the next core group" (M002 x2); the window repair's Proof "-" (M001);
   Skye's safety plan owned by "Core group" (W002);
3. a pre-birth plan printed from a case system with page header and footer,
   laid out by time in three part tables (before the birth, the birth and
   the ward, once the baby is home): the When column ("From now until 36 weeks", "The day
   the baby is born", "Before the baby goes home", "Days 1 to 10 at home",
   "Every week until the baby is 12 weeks old", "Within 24 hours of any
   missed visit or appointment", "At each core group", "At the 6 to 8 week
   check") merged down over the rows it times, then What / Who / What we
   will see (pdf, exemplary);
4. an initial conference outline plan in numbered paragraphs under agency
   lead-ins, each paragraph holding its own when and how-we'll-know (pdf,
   header and footer). Faults: a family network meeting with no output
   (M001); "The school will keep an eye on Tia-Mae" (M002); the Choices
   facilitator to "feed back on his progress at core group" (M002); the
   GP's medication review with no time (T001); the Freedom Programme "when
   she feels ready" (T002); an outcome only about the mother's confidence
   (F002); and nothing anywhere on legal planning (R002);
5. a plan on a page in markdown, one part per person under their name, each
   bullet carrying "When:" and "We'll know because:", the father's part
   timed once by "All by the end of January (30/01/2026) unless a time is
   given" (md, exemplary);
6. a review plan for a 15-year-old at risk of criminal exploitation, a
   markdown table "# | What's going to happen | Who | When | How we'll know
   it's working" (md). Faults: mentoring measured "To be reviewed" (M002);
   an alternative provision place "asap" and police disruption "As
   required" (T002 x2); the phone check with Who "-" (W001); the drug
   service's health assessment with no measure (M001); the next review
   conference "to be confirmed" (R001); the mother's depression recorded
   with no adult service owning any action (F004);
7. a social worker's e-mail after the first core group (txt): numbered
   actions, each "Name - what [letter]. How we'll know: ...", with the
   letters defined once in a timings key at the bottom. Faults: the
   grandmother's two jobs timed only by "[e] = ongoing" (T002 x2); a debt
   advice action with no letter and no time (T001); family support sessions
   measured "Zoe will monitor" (M002); a referral with no "How we'll know"
   (M001); and a contingency that sends the children to the grandmother
   with no word on what happens if she cannot help (C003).

Plans 1, 3 and 5 are exemplary: every action has a named owner, a real
timescale and something that can be seen or counted; the outcomes are about
the children; each contingency names triggers and protective responses and
what happens if a relative's help fails; each records the children's words
or (for the unborn baby) their observed world, core group dates and a dated
review conference, and a legal planning meeting after named triggers; where
a parent is ill or drinks an adult service owns work, and every mental
health service row asks for a view of the parent's capacity to change and
its likely timescale.

Counting convention used for "actions" (sample_plans/README.md, "Files",
and labelling convention 1): each row of an action table or action log,
each numbered paragraph of the outline plan, each bullet of a person's part
and each numbered action of the e-mail counts once, whatever number of
sentences it holds. Progress on earlier actions, updates, the contingency,
meeting dates, views, outcomes and the timings key are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan, neglect, mother's depression, aunt doing
#    two school runs. One table per outcome; "By when" merged over two rows
#    where two actions share a deadline. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_zarkenby_rcpc_table_per_outcome_by_when_merged_hollins.docx",
    "doc_title": "Child Protection Plan - Kacey and Rio Hollins - Review Conference 08/01/2026",
    "split": "heldout",
    "actions": 17,
    "check_vmerge": 2,
    "template": "rcpc-plan-docx-kv-front-why-changed-worried-childrens-words-mums-words-then-one-table-per-outcome-no-action-lead-by-when-evidence-it-happened-by-when-cell-merged-over-rows-sharing-a-deadline-clipped-and-anchored-times-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 9-year-old girl and a 3-year-old boy (neglect); "
        "their mother's depression returned when she stopped her medication, and their aunt does the "
        "Monday and Wednesday school runs. Five child-focused outcomes, each with its own table "
        "'No. | Action | Lead | By when | Evidence it happened'; where two actions share a time the "
        "By when cell is merged over both rows. Times are anchored or clipped ('ASAP - by 23/01/2026 at "
        "the latest', '2x wk', 'Wkly (Tues or Thurs)', 'In the fortnight after this review', "
        "'Fortnightly from 3/2', 'All by February half term', 'End Feb', 'w/c 12.1.26'); evidence is "
        "registers, CPOMS entries, checklist scores, ASQ-3 scores, letters and the girl's own words. "
        "The CMHT care coordinator reports on capacity to change, the GP owns an action, the aunt's "
        "part has a fallback, legal planning follows named triggers, core group and review dates set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zarkenby Borough Council · Children and Families Service · Locality Team North"),
        ("p", "Agreed at the first Review Child Protection Conference, 08/01/2026"),
        ("kv", [
            ("Children", "Kacey Hollins (9, born 14/05/2016), Year 4, Zarkenby Road Primary School; Rio Hollins "
                         "(3, born 02/09/2022), Little Acorns Nursery"),
            ("Address", "41 Tanners Walk, Zarkenby ZK2 6PL"),
            ("Lives with", "Mum, Danielle Hollins (31)"),
            ("Fathers", "Kacey's father, Aaron Lister, has had no contact since 2019. Rio's father, Lee Carver, "
                        "lives in Mossford; he was invited to the conference and sent no reply"),
            ("Family", "Gemma Hollins, Danielle's sister (Kacey and Rio's aunt), 22 Orchard Way, Zarkenby, five "
                       "minutes' walk away"),
            ("Category", "Neglect. Plan made at the initial conference on 09/10/2025"),
            ("Conference chair", "Martin Ashdown, Independent Reviewing Officer"),
            ("Social worker", "Tom Rennick (team manager: Priya Nair)"),
        ]),
        ("h1", "Why Kacey and Rio have a plan"),
        ("p", "At the initial conference in October we heard that Danielle's depression had come back in the "
              "summer after she stopped her medication. Kacey, then 8, was often getting herself and Rio ready "
              "in the mornings. She was late to school on 31 of 55 days in the summer and autumn terms and twice "
              "arrived without having eaten. Rio had no bed of his own and slept on a mattress on the floor of "
              "Danielle's room. The fridge was broken and there was mouldy food in the kitchen. Rio's talking "
              "was behind for his age and he had missed his two-year review."),
        ("h1", "What has changed since October"),
        ("bullets", [
            "Danielle restarted her sertraline in October and has seen her care coordinator at the Zarkenby "
            "Community Mental Health Team (CMHT) nine times. She told the conference: \u201cI'm getting up now, "
            "most days. It's still hard on Mondays.\u201d",
            "Kacey's attendance this term is 93% (84% last term). She was late six times, all on a Monday or a "
            "Friday.",
            "Gemma has done the Monday and Wednesday school run since 03/11/2025 and has not missed one.",
            "A new fridge was delivered through Local Welfare Provision, and the kitchen was clean at the last "
            "three visits.",
        ]),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "Rio still has no bed of his own; the first order was lost when the supplier closed.",
            "On two visits in December (09/12 and 18/12) Danielle was still in bed at 11am, and Rio was in a "
            "wet nappy watching the tablet.",
            "Kacey still does jobs at home that an adult should do. She told Mrs Kaur that she \u201chas to\u201d "
            "check that Mum has eaten.",
            "Rio uses about 20 words. At three, most children use many more and put words together.",
        ]),
        ("h1", "What Kacey and Rio tell us"),
        ("p", "Kacey (seen on her own at school by Tom on 05/01/2026): \u201cMum's better than before. She gets up "
              "and does my hair now. I still worry on Mondays 'cause that's when she's tired.\u201d On her worry "
              "scale she put home at 6 out of 10 (it was 3 in October). She wants \u201cAuntie Gemma to keep doing "
              "Mondays\u201d and would like \u201ca club where I don't have to think about Mum\u201d. Asked what she "
              "would change, she said: \u201cRio's bed. He comes in mine because he hasn't got one.\u201d"),
        ("p", "Rio (seen at home on 18/12/2025 and at nursery on 06/01/2026): at nursery Rio runs to his "
              "keyworker, Sara, and points at the snack table to ask for food; staff have noticed that he eats "
              "two breakfasts on Monday mornings. At home he brought Tom his shoes and said \u201cGemma car\u201d, "
              "which Danielle explained means he wants to go out. He settles quickly when Danielle sings to him."),
        ("h1", "What Danielle says"),
        ("p", "\u201cI know I let things slide. I want Rio's bed sorted and I want Kacey to stop worrying about me. "
              "Gemma's been brilliant.\u201d"),
        ("h1", "Outcomes and actions"),
        ("p", "Each outcome has its own table. Where one date in the By when column sits beside two rows, it is "
              "the time for both."),
        ("h2", "Outcome 1: Kacey and Rio are up, fed, washed and at school or nursery on time every day"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence it happened"],
            "widths": [1.0, 6.2, 3.0, 3.0, 3.8],
            "rows": [
                ["1.1",
                 "Get Kacey to Zarkenby Road Primary by 8.45am and Rio to Little Acorns by 9am on Tuesdays, "
                 "Thursdays and Fridays, both washed, in clean clothes and having had breakfast",
                 "Danielle (Mum)",
                 "Every Tuesday, Thursday and Friday from 13/01/2026",
                 "School register shows Kacey in by 8.45am on at least 95% of days; nursery sign-in sheet shows "
                 "Rio's arrival time; both sent to Tom every Friday"],
                ["1.2",
                 "Do the Monday and Wednesday morning run for Kacey and Rio from 41 Tanners Walk, with breakfast "
                 "at Gemma's if they have not eaten",
                 "Gemma Hollins (aunt)",
                 "Every Monday and Wednesday, 8.15am",
                 "Gemma texts Tom by 9.30am each Monday and Wednesday to say both were dropped off; the school "
                 "register and nursery sign-in sheet agree"],
                ["1.3",
                 "Check Kacey at the classroom door each morning for hunger, clean uniform and how she seems, and "
                 "ring Tom the same day if she arrives hungry or in the same clothes two days running",
                 "Mrs Ayesha Kaur (DSL, Zarkenby Road Primary)",
                 "Each day they attend, from 12/01/2026 until the review conference",
                 "A CPOMS entry every day; summary email to Tom each Friday giving days late, days hungry and any "
                 "calls made"],
                ["1.4",
                 "Check Rio at drop-off for a clean nappy and clothes and whether he has eaten, and ring Tom the "
                 "same day if he arrives hungry or in a heavy nappy",
                 "Jo Pennick (manager, Little Acorns Nursery)",
                 V,
                 "Welfare check sheet signed at every drop-off; copy to Tom each Friday"],
            ],
        }),
        ("h2", "Outcome 2: Kacey and Rio live in a clean, warm home where each of them has a bed of their own"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence it happened"],
            "widths": [1.0, 6.2, 3.0, 3.0, 3.8],
            "rows": [
                ["2.1",
                 "Apply to Local Welfare Provision for a bed, mattress and bedding for Rio, and chase the order "
                 "until the bed is delivered and put up",
                 "Tom Rennick (SW)",
                 "ASAP - by 23/01/2026 at the latest",
                 "Rio's bed seen made up in the children's room at Tom's next visit, and photographed for the "
                 "file"],
                ["2.2",
                 "Home routine sessions with Danielle (mornings, laundry, meals on a budget, keeping the kitchen "
                 "clean), scoring the Home Conditions Checklist at the start of each session",
                 "Sam Okoro (family support worker, Zarkenby Family Hub)",
                 "2x wk (Tues and Thurs, 10am) for 8 weeks from 13/01/2026",
                 "Checklist score for each of the six areas recorded at every session; all six at 4 or more by "
                 "05/03/2026"],
                ["2.3",
                 "Visit Kacey and Rio at home, at least one visit in three unannounced; see both children's "
                 "sleeping space and the kitchen, see Kacey on her own and note what Rio was doing",
                 "Tom Rennick (SW)",
                 "Wkly (Tues or Thurs) until the review conference on 25/06/2026",
                 "Visit record on the case file within 24 hours of each visit, with Kacey's own words and what "
                 "Rio was doing"],
            ],
        }),
        ("h2", "Outcome 3: Kacey and Rio are cared for by a mum who is well enough to get up for them, feed them "
               "and notice what they need"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence it happened"],
            "widths": [1.0, 6.2, 3.0, 3.0, 3.8],
            "rows": [
                ["3.1",
                 "See Danielle at home or at the clinic, review her mood and sertraline, and write to each core "
                 "group on whether she is making the changes Kacey and Rio need, what gets in the way and how "
                 "long change is likely to take",
                 "Nadia Farrow (care coordinator, Zarkenby CMHT)",
                 "Fortnightly from 20/01/2026; report two working days before each core group",
                 "Written report on the case file before every core group, giving Nadia's view of change and "
                 "its likely timescale"],
                ["3.2",
                 "Take her sertraline every day and keep every CMHT appointment, so that she is up and able to get "
                 "Kacey and Rio ready on her mornings",
                 "Danielle (Mum)",
                 "Daily; CMHT appointments fortnightly",
                 "Appointments kept recorded in Nadia's report; repeat prescription collected on time, as shown "
                 "on the pharmacy record Danielle shares with Tom"],
                ["3.3",
                 "Review Danielle's medication and sleep, and write to Tom with the outcome and any change to her "
                 "treatment",
                 "Dr Helen Marsh (GP, Fenwick Lane Surgery)",
                 "In the fortnight after this review (by 22/01/2026)",
                 "GP letter on the case file by 22/01/2026"],
            ],
        }),
        ("h2", "Outcome 4: Kacey has time to be nine: she knows who to tell when home is hard and has a break "
               "from worrying about Mum"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence it happened"],
            "widths": [1.0, 6.2, 3.0, 3.0, 3.8],
            "rows": [
                ["4.1",
                 "Four direct work sessions with Kacey about her worries, the jobs she does at home and who she "
                 "can tell, ending with her own \u2018my five people\u2019 hand",
                 "Tom Rennick (SW)",
                 "Fortnightly from 3/2 (03/02, 17/02, 03/03 and 17/03/2026)",
                 "Kacey's hand and her worry scale scores on file; her own words shared at the core group on "
                 "07/04/2026"],
                ["4.2",
                 "Refer Kacey to Zarkenby Young Carers and take her to her first Thursday club",
                 "Tom Rennick (SW)",
                 "All by February half term (13/02/2026)",
                 "Acceptance letter on file; the Young Carers register shows Kacey at her first club"],
                ["4.3",
                 "Set up a free breakfast club place for Kacey on Mondays and Fridays and tell Tom the day she "
                 "starts",
                 "Mrs Ayesha Kaur (DSL)",
                 V,
                 "Breakfast club register shows Kacey there on Mondays and Fridays"],
                ["4.4",
                 "ELSA session with Kacey, scoring her worry scale at the start and end of each session",
                 "Mr Dominic Ward (ELSA, Zarkenby Road Primary)",
                 "Every Wednesday afternoon until the Easter holidays (27/03/2026)",
                 "ELSA log with Kacey's scores; end-of-block summary with her first and last scores sent to Tom "
                 "by 27/03/2026"],
            ],
        }),
        ("h2", "Outcome 5: Rio's talking catches up with other children of his age"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence it happened"],
            "widths": [1.0, 6.2, 3.0, 3.0, 3.8],
            "rows": [
                ["5.1",
                 "Developmental review for Rio (ASQ-3), with a referral to speech and language therapy if his "
                 "communication score is below the cut-off",
                 "Lucy Brandt (health visitor, Zarkenby 0-19 Service)",
                 "End Feb (by 27/02/2026)",
                 "ASQ-3 scores in Rio's red book and sent to Tom; referral letter on file if needed"],
                ["5.2",
                 "Early Talk Boost group for Rio, with a home sheet each week so Danielle can play the same "
                 "games",
                 "Sara Blake (Rio's keyworker, Little Acorns)",
                 "3x a week (Mon, Wed, Thu) for 9 weeks from 12/01/2026",
                 "Early Talk Boost tracker at the start and the end; the number of words Rio uses counted at "
                 "both points (about 20 now)"],
                ["5.3",
                 "Play the week's Early Talk Boost game with Rio at home for ten minutes after tea",
                 "Danielle (Mum)",
                 "Every day, from the first home sheet (w/c 12.1.26)",
                 "Danielle ticks the home sheet each day and brings it to nursery on Mondays; Sara counts the "
                 "ticks"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("p", "If Danielle cannot get up to care for Kacey and Rio on two mornings in a row, or Kacey tells anyone "
              "that she has had to get Rio ready on her own, whoever learns of it will ring Tom (or the Emergency "
              "Duty Team after 5pm) that day. Tom will visit the same day, the children will stay with Gemma at "
              "22 Orchard Way that night, and Nadia will see Danielle within 24 hours."),
        ("p", "If Danielle says she has thoughts of harming herself or the children, the adult with her will ring "
              "the CMHT crisis line at once. The crisis team will see her the same day, and Kacey and Rio will go "
              "to Gemma's until Nadia and Tom agree it is safe for them to go home."),
        ("p", "Should Gemma be unable to do the school runs or to have the children (because she is ill or her "
              "shifts change), she will tell Tom that day. Sam Okoro will do the Monday and Wednesday run for up "
              "to two weeks while Tom looks for another adult in the family, and if the children need somewhere "
              "to stay overnight and Gemma cannot have them, Tom will arrange a placement with Zarkenby foster "
              "carers that night."),
        ("p", "If by the core group on 10/03/2026 Kacey's attendance has fallen below 90%, the home checklist "
              "scores are not all at 4 or more, or Danielle has missed three CMHT appointments in a row, Tom will "
              "ask Priya Nair for a legal planning meeting within five working days, to decide whether to start "
              "the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Zarkenby Family Hub: 10/02/2026, 10/03/2026, "
            "07/04/2026, 05/05/2026 and 02/06/2026.",
            "Review child protection conference: 25/06/2026 at 10am, Zarkenby Civic Centre, Room 3.",
            "Tom will send the notes of each core group to everyone in it, and to Danielle, within five working "
            "days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Formal core group minutes with an action log in clipped times
#    (neglect, mother's drinking and anxiety, grandfather helping). Faults.
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_zelmoreton_core_group_minutes_action_log_proof_brannan.docx",
    "doc_title": "Minutes of Core Group Meeting 2 - Skye and Alfie Brannan - 06/01/2026",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-minutes-docx-kv-meeting-details-present-table-with-initials-progress-on-last-actions-prose-numbered-agency-updates-childrens-words-scaling-outcomes-contingency-dates-then-action-log-no-action-lead-due-proof-clipped-times",
    "description": (
        "Formal minutes of the second core group for a 13-year-old girl and a 7-year-old boy (neglect); "
        "their mother drinks and has anxiety, and their grandfather collects the boy every day. A "
        "present table gives the initials used as leads; numbered updates, the children's words, "
        "scaling, outcomes, contingency (with a fallback if the grandfather cannot help) and dates come "
        "before an action log 'No. | Action | Lead | Due | Proof' in clipped times ('Wkly (Tues)', 'W/c "
        "16.2.26', 'Mon-Fri, 3.15pm', '2x wk', 'ASAP - by 20/01 latest', 'Jan 26'). Most rows are "
        "sound. Faults: the CPN's anxiety sessions with attendance as the only proof; the grandfather's "
        "weekend stays 'As required'; the school nurse's drop-in 'TBC'; the meters kept topped up "
        "'Ongoing'; 'Monitored by school'; 'Progress to be discussed at the next core group'; the window "
        "repair's Proof '-'; the girl's safety plan owned by 'Core group'."
    ),
    "blocks": [
        ("title", "Minutes of Core Group Meeting"),
        ("p", "Zelmoreton City Council · Children's Services · Safeguarding and Family Support (East)"),
        ("kv", [
            ("Children", "Skye Brannan (13, born 22/03/2012), Year 8, Zelmoreton Academy; Alfie Brannan (7, born "
                         "11/10/2018), Year 2, Holywell Primary School"),
            ("Address", "9 Larch Close, Zelmoreton ZL5 3TD"),
            ("Meeting", "Core group 2, Tuesday 06/01/2026, 2pm to 3.30pm, Holywell Children's Centre"),
            ("Chair and minutes", "Rachel Quinn, social worker"),
            ("Plan", "Child protection plan made at the initial conference on 02/12/2025; category neglect"),
        ]),
        ("h2", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Initials in these minutes"],
            "widths": [4.5, 9.5, 3.0],
            "rows": [
                ["Rachel Quinn", "Social worker, Zelmoreton Children's Services", "RQ"],
                ["Michelle Brannan", "Mum", "MB"],
                ["Ken Brannan", "Maternal grandfather, 3 Mill Court, Zelmoreton", "KB"],
                ["Lorna Fitch", "Key worker, Zelmoreton Recovery (drug and alcohol service)", "LF"],
                ["Owen Tate", "Community psychiatric nurse, Zelmoreton East Community Mental Health Team", "OT"],
                ["Mrs Janet Price", "Designated safeguarding lead, Holywell Primary School", "JP"],
                ["Mr Callum Reid", "Head of Year 8 and deputy DSL, Zelmoreton Academy", "CR"],
                ["Amina Shah", "Family support worker, Zelmoreton Early Help", "AS"],
            ],
        }),
        ("p", "Apologies: Dr Rowan Ellis, GP, Brookside Medical Practice (letter sent); Gill Cooper, school "
              "nurse, Zelmoreton Academy. The children's father, Scott Doherty, lives in Spain and has no contact."),
        ("h2", "2. Actions from core group 1 (16/12/2025)"),
        ("p", "RQ went through the CG1 actions. Michelle's referral to Zelmoreton Recovery was made on 17/12/2025 "
              "and she has been to two sessions. Alfie's new bed was delivered on 22/12/2025 and RQ has seen it "
              "made up. The GP's letter arrived on 05/01/2026. The broken bedroom window has still not been "
              "mended and is carried into the action log below."),
        ("h2", "3. Updates"),
        ("pi", "3.1 RQ: four visits since CG1, one unannounced (30/12). The house was cold on 30/12 because the "
               "electric meter had run out; Michelle topped it up that afternoon. No alcohol seen on any visit. "
               "Alfie seen each time; Skye seen alone once, at school on 18/12."),
        ("pi", "3.2 MB: says she is down to \u201ca couple of cans on a Friday\u201d and has not drunk in the day "
               "since the conference. Mornings are hard because of her anxiety."),
        ("pi", "3.3 LF: Michelle has been to 2 of 2 sessions and both breath tests were clear. She has agreed to "
               "random breath tests at home."),
        ("pi", "3.4 OT: has seen Michelle twice for anxiety management. She finds the breathing work helpful."),
        ("pi", "3.5 JP: Alfie's attendance this term is 91%. He came in hungry twice in December and told his "
               "teacher there was \u201cno bread\u201d."),
        ("pi", "3.6 CR: Skye's attendance is 86%. She has been falling asleep in lessons and was upset in form "
               "time on 15/12. She told her tutor she \u201clooks after Alfie a lot\u201d."),
        ("pi", "3.7 KB: collects Alfie from school every day and gives him his tea. He had both children for two "
               "nights over Christmas."),
        ("pi", "3.8 AS: two routine sessions done; the bedtime chart is up and in use."),
        ("pi", "3.9 GP (letter): saw Michelle on 05/01/2026 and restarted her sertraline. Her liver function "
               "tests are raised and will be repeated in six weeks."),
        ("h2", "4. What Skye and Alfie have said"),
        ("p", "Skye (seen alone at school by RQ on 18/12/2025): \u201cIt's better when Grandad's around. I don't "
              "like it when Mum's had a drink because she cries and I have to do Alfie's tea.\u201d She scored "
              "home 5 out of 10 and said she wants \u201cMum to not drink at all, not just less\u201d. She would "
              "like someone to talk to \u201cwho isn't a teacher\u201d."),
        ("p", "Alfie (seen at home on 30/12/2025): drew his house with Grandad \u201coutside with the car\u201d and "
              "said \u201cGrandad makes the best pasta\u201d. Asked what makes him sad, he said \u201cwhen Mum's "
              "asleep on the settee and I can't wake her up\u201d."),
        ("h2", "5. Scaling"),
        ("p", "0 means the children cannot stay at home; 10 means they are safe enough for the plan to end. RQ 4, "
              "MB 7, KB 5, LF 5, JP 4, CR 4."),
        ("h2", "6. Outcomes for Skye and Alfie (from the initial conference, unchanged)"),
        ("numbers", [
            "Skye and Alfie are cared for every day and night by a parent who is sober and awake enough to look "
            "after them.",
            "Skye and Alfie are fed, warm and at school every day in clean uniform.",
            "Skye no longer cares for Alfie or for Mum, and has time for her schoolwork and her friends.",
            "Skye and Alfie know what to do and who to ring if Mum has been drinking.",
        ]),
        ("h2", "7. Contingency plan (looked at again and unchanged)"),
        ("p", "If Michelle is found under the influence of alcohol while caring for Skye and Alfie, or either "
              "child says she has been drinking in the day, RQ (or the Emergency Duty Team out of hours) will "
              "arrange for the children to stay with Ken at 3 Mill Court that night and will hold a strategy "
              "discussion with the police the same day."),
        ("p", "If Ken cannot have the children or do the school pick-ups (because he is unwell or says he cannot "
              "manage), he will ring RQ the same day. RQ will book Alfie into Holywell's after-school club, paid "
              "for by Children's Services, and if the children cannot stay at home that night she will arrange a "
              "foster placement with Zelmoreton foster carers."),
        ("p", "If Michelle has a positive breath test, or either child's attendance is below 85% at the next core "
              "group, RQ will ask her team manager, Dev Malhotra, for a legal planning meeting within five "
              "working days."),
        ("h2", "8. Dates"),
        ("bullets", [
            "Core group 3: Tuesday 03/02/2026, 2pm, Holywell Children's Centre. Core groups are every four weeks "
            "until the review conference.",
            "Review child protection conference: Thursday 26/02/2026, 10am, Zelmoreton Civic Centre.",
        ]),
        ("h2", "9. Action log"),
        ("p", "Leads are given by the initials in section 1. Everyone present agreed these actions. RQ will send "
              "the log to all present and to the GP and school nurse."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Due", "Proof"],
            "widths": [0.9, 6.6, 2.6, 2.8, 4.1],
            "rows": [
                ["1",
                 "Visit Skye and Alfie at home, one visit in three unannounced; see Skye on her own and check the "
                 "fridge, the meter and the children's beds",
                 "RQ",
                 "Wkly (Tues), from 13/01/2026",
                 "Visit record on the case file after every visit, with what each child said in their own words"],
                ["2",
                 "Go to every key-work session at Zelmoreton Recovery and give a breath test at each one",
                 "MB",
                 "Wkly (Thurs 10am)",
                 "Recovery attendance list and breath test results sent to RQ by LF each month"],
                ["3",
                 "Random breath test at home, and a written report to each core group on Michelle's drinking and "
                 "how it affects her care of Skye and Alfie",
                 "LF",
                 "One home test a fortnight; report before each core group",
                 "Breath test results and written report on the case file before each core group"],
                ["4",
                 "Continue anxiety management sessions with Michelle, working on her mornings and sleep",
                 "OT",
                 "Fortnightly",
                 "Attendance recorded on the CMHT system"],
                ["5",
                 "Repeat Michelle's liver function tests and write to RQ with the result and what it means for "
                 "her drinking",
                 "Dr Rowan Ellis (GP)",
                 "W/c 16.2.26 (six weeks after 05/01)",
                 "Result letter to RQ on the case file"],
                ["6",
                 "Collect Alfie from Holywell Primary and give him his tea at 3 Mill Court until Michelle fetches "
                 "him at 5.30pm",
                 "KB",
                 "Mon\u2013Fri, 3.15pm",
                 "Holywell pick-up log signed by Ken each day; JP checks it every Friday"],
                ["7",
                 "Offer Skye and Alfie weekend stays at Ken's flat to give Michelle a break",
                 "KB",
                 "As required",
                 "Ken texts RQ on the Monday after each stay"],
                ["8",
                 "Monitor Skye's attendance, tiredness and mood in school",
                 "CR",
                 "Daily",
                 "Monitored by school"],
                ["9",
                 "Check Alfie each morning for hunger and clean uniform, give him breakfast club if he has not "
                 "eaten, and ring RQ the same day if he comes in hungry",
                 "JP",
                 "Every school day",
                 "Breakfast club register and CPOMS entries; summary email to RQ each Friday"],
                ["10",
                 "Book Skye in for a school nurse drop-in about her sleep and tiredness",
                 "Gill Cooper (school nurse)",
                 "TBC",
                 "Drop-in notes shared with RQ, with Skye's agreement"],
                ["11",
                 "Refer Skye to Zelmoreton Young Carers and to the Academy's counsellor",
                 "RQ",
                 "ASAP \u2013 by 20/01 latest",
                 "Young Carers acceptance letter and the date of Skye's first counselling session on file"],
                ["12",
                 "Routine sessions with Michelle: mornings, shopping on a budget and Alfie's bedtime",
                 "AS",
                 "2x wk (Mon and Wed) from 12/01/2026",
                 "Progress to be discussed at the next core group"],
                ["13",
                 "Go through Skye's safety plan with her: what to do and who to ring if Mum has been drinking",
                 "Core group",
                 "By CG3 (03/02/2026)",
                 "Skye's own copy of her safety plan, signed by her, on file"],
                ["14",
                 "Keep the electric and gas meters topped up so the house is warm for the children",
                 "MB",
                 "Ongoing",
                 "Heating seen on and both meters in credit at each of RQ's visits"],
                ["15",
                 "Repair the broken window in Alfie's bedroom (carried forward from CG1)",
                 "Zelmoreton Homes (Paul Wragg, housing officer)",
                 "Jan 26",
                 "-"],
                ["16",
                 "Three direct work sessions with Alfie using the three houses",
                 "RQ",
                 "By February half term (13/02/2026)",
                 "Alfie's three houses drawings on file and his words shared at the review conference"],
            ],
        }),
        ("p", "Minutes: RQ, 07/01/2026. Next meeting: core group 3, 03/02/2026."),
    ],
    "findings": [
        F("H001", "Continue anxiety management sessions with Michelle, working on her mornings"),
        F("T002", "Offer Skye and Alfie weekend stays at Ken's flat"),
        F("M002", "Monitor Skye's attendance, tiredness and mood in school"),
        F("T002", "Book Skye in for a school nurse drop-in"),
        F("M002", "Routine sessions with Michelle: mornings, shopping on a budget"),
        F("W002", "Go through Skye's safety plan with her"),
        F("T002", "Keep the electric and gas meters topped up"),
        F("M001", "Repair the broken window in Alfie's bedroom"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan printed from a case system, laid out by time: the When
#    column merged down over the rows it times. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_zindlewick_prebirth_when_column_first_merged_asante.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Unborn baby of Abena Asante",
    "split": "heldout",
    "actions": 18,
    "check_vmerge": 5,
    "min_pages": 2,
    "header": "ZINDLEWICK BOROUGH COUNCIL \u00b7 CHILDREN'S SERVICES \u00b7 PRE-BIRTH CHILD PROTECTION PLAN \u00b7 OFFICIAL-SENSITIVE",
    "footer": "CareLink print 03/12/2025 09:14 \u00b7 Unborn baby of Abena Asante \u00b7 Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-plan-case-system-print-paged-header-footer-kv-why-going-well-babys-world-parents-words-outcomes-then-plan-laid-out-by-time-when-column-first-merged-down-over-rows-event-anchors-what-who-what-we-will-see-contingency-meetings",
    "description": (
        "Exemplary pre-birth child protection plan for the unborn baby of a 19-year-old care leaver "
        "with emotionally unstable personality disorder and a history of self-harm, whose partner has "
        "a conviction for assaulting a former partner and was reported for pushing her in September. "
        "Printed from a case system with a header and footer on every page. The plan is laid out by "
        "time: a When column first, each cell merged down over the rows it times ('From now until 36 "
        "weeks', 'The day the baby is born', 'Before the baby goes home from Ward 22', 'Days 1 to 10 "
        "at home', 'Every week until the baby is 12 weeks old', 'Within 24 hours of any missed visit "
        "or appointment', 'At each core group', 'At the 6 to 8 week check'), then What / Who / What "
        "we will see. The perinatal nurse reports on capacity to change in every row of hers, the GP "
        "owns an action, the paternal grandmother's evenings have a fallback, legal planning follows "
        "named triggers, core group and review dates are set, and the baby's world is described."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Agreed at the Initial Child Protection Conference (pre-birth) on 02/12/2025"),
        ("kv", [
            ("Unborn baby", "Due 03/02/2026 (30+6 weeks on 02/12/2025)"),
            ("Mother", "Abena Asante (19), born 14/08/2006; care leaver (Zindlewick Leaving Care Team, personal "
                       "adviser Femi Adeyemi)"),
            ("Father", "Jordan Pike (21); stays at the flat most nights"),
            ("Address", "Flat 6, Rowan House, Quarry Lane, Zindlewick ZW3 8HN (Abena's tenancy)"),
            ("Paternal grandmother", "Tracey Pike, 15 Wharf Street, Zindlewick"),
            ("Hospital", "Zindlewick General Hospital: Delivery Suite, then Ward 22 (postnatal)"),
            ("Category", "Emotional abuse (risk of)"),
            ("Conference chair", "Gail Pritchard, Independent Reviewing Officer"),
            ("Social worker", "Hannah Lowe (team manager: Ian Chetwynd)"),
        ]),
        ("h1", "Why the baby needs a plan"),
        ("p", "Abena has a diagnosis of emotionally unstable personality disorder and has self-harmed since she "
              "was 14. She last cut her arms in August 2025, after an argument with Jordan, and was seen in A&E. "
              "She has been under the Zindlewick Perinatal Mental Health Team since 20 weeks of pregnancy."),
        ("p", "Jordan was convicted in 2024 of assaulting a former partner. On 21/09/2025 the police were called "
              "to Rowan House after neighbours heard shouting; Abena told the officers that Jordan had pushed her "
              "against the door. No further action was taken. Jordan started the Choices domestic abuse "
              "programme in November."),
        ("h1", "What is going well"),
        ("bullets", [
            "Abena has kept every antenatal appointment and five of six perinatal mental health appointments. "
            "She has not self-harmed since August.",
            "Jordan has been to three of three Choices sessions.",
            "The flat is warm and clean, and the cot is up beside Abena's bed.",
            "Tracey wants to help and has offered to come every evening for the first two weeks.",
            "Femi sees Abena every fortnight and she trusts him.",
        ]),
        ("h1", "The baby's world now"),
        ("p", "At the 28-week scan on 18/11/2025 the baby was growing on the 50th centile. Abena says the baby "
              "kicks hardest after her tea and when music is on, and she plays the baby the same song every "
              "night. At the clinic on 25/11/2025 the midwife saw Abena rest her hands on her bump and talk to "
              "the baby. When Jordan raised his voice in the waiting room that day, Abena's heart rate went up "
              "and the baby moved a lot; Abena asked Jordan to wait outside. The baby will come home to a "
              "one-bedroom flat on the third floor, with a lift."),
        ("h1", "What Abena and Jordan say"),
        ("p", "Abena: \u201cI want to be the mum I never had. I know I need help when I get bad, and I'll ring "
              "Ellie.\u201d Jordan: \u201cI'm doing the course. I'm not that person any more.\u201d Both want the "
              "baby to go home with them, and both agreed to this plan."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely and goes home only when every \u2018before the baby goes home\u2019 row is "
            "done and the discharge planning meeting agrees it is safe.",
            "The baby lives in a calm home, free from shouting and violence, and never sees an adult hurt.",
            "The baby is fed, warm and clean, sleeps on their back in their own cot, and gains weight along "
            "their centile.",
            "The baby is cared for at all times by an adult well enough to notice and meet their needs; if "
            "Abena becomes unwell, another safe adult cares for the baby the same day.",
        ]),
        ("h1", "The plan, set out by when it happens"),
        ("p", "The When cell on the left is the time for every row beside it. \u2018The baby\u2019 is used until "
              "the baby is named."),
        ("h2", "Part 1: before the birth"),
        ("table", {
            "header": ["When", "What will happen", "Who", "What we will see"],
            "widths": [3.2, 6.4, 3.0, 4.4],
            "rows": [
                ["From now until 36 weeks (by 06/01/2026)",
                 "Weekly pre-birth parenting assessment sessions with Abena and Jordan, together and apart, on "
                 "the baby's needs, Abena's mental health and the violence in September",
                 "Hannah Lowe (SW)",
                 "Written assessment, with a recommendation on whether the baby can go home, shared with Abena "
                 "and Jordan and with the core group on 06/01/2026"],
                [V,
                 "See Abena every fortnight for DBT skills work and her mood, and write to Hannah on what Abena "
                 "has changed, what still puts the baby at risk and how long further change is likely to take",
                 "Ellie Grant (perinatal mental health nurse)",
                 "Written report to Hannah by 06/01/2026, updated two working days before each core group after "
                 "that"],
                [V,
                 "Put a safeguarding alert and the birth plan on the maternity record, and agree with Abena who "
                 "may visit her on the ward",
                 "Kerry Hale (safeguarding midwife)",
                 "Alert showing on the maternity system; signed birth plan copied to Hannah by 06/01/2026"],
                [V,
                 "Go to every Monday evening Choices session, and tell Hannah about any row with Abena, however "
                 "small",
                 "Jordan Pike (dad)",
                 "Choices attendance register; the facilitator's mid-point report to Hannah by 06/01/2026"],
                [V,
                 "Help Abena set up a baby budget, claim her Best Start Grant and buy the last things on the "
                 "baby list (sling, car seat, steriliser)",
                 "Femi Adeyemi (personal adviser, Leaving Care Team)",
                 "Grant award letter on file; car seat and steriliser seen by Hannah at her next home visit"],
            ],
        }),
        ("h2", "Part 2: the birth and the days on Ward 22"),
        ("table", {
            "header": ["When", "What will happen", "Who", "What we will see"],
            "widths": [3.2, 6.4, 3.0, 4.4],
            "rows": [
                ["The day the baby is born",
                 "Ring Hannah (or the Emergency Duty Team at night or at a weekend) to say the baby has been "
                 "born and how Abena and the baby are",
                 "Midwife in charge, Ward 22",
                 "Call logged on CareLink with the date and time"],
                [V,
                 "Visit Abena, Jordan and the baby on Ward 22 (the next working day if the baby is born at a "
                 "weekend) and give them the date of the discharge planning meeting in writing",
                 "Hannah Lowe (SW)",
                 "Ward visit record on CareLink; copy of the letter with the meeting date on file"],
                ["Before the baby goes home from Ward 22",
                 "Hold the discharge planning meeting on the ward with Abena, Jordan, Ellie, Kerry and the health "
                 "visitor, and agree the written safety plan for the first weeks at home",
                 "Hannah Lowe (SW)",
                 "Minutes and the signed safety plan on CareLink before discharge; Abena and Jordan each have a "
                 "copy"],
                [V,
                 "Watch Abena and Jordan feed, change, bath and settle the baby, including one night feed, and "
                 "record what went well and what had to be put right",
                 "Sister Joy Mensah (Ward 22)",
                 "Observation sheet in the baby's notes, with at least one night feed seen, before discharge"],
                [V,
                 "See Abena on the ward, agree her postnatal crisis plan, and tell the discharge planning meeting "
                 "whether she has made the changes she needs to care for the baby with this plan and how long "
                 "further change is likely to take",
                 "Ellie Grant (perinatal mental health nurse)",
                 "Signed crisis plan copied to Hannah, the health visitor and the GP; Ellie's view recorded in "
                 "the meeting minutes"],
            ],
        }),
        ("h2", "Part 3: once the baby is home"),
        ("table", {
            "header": ["When", "What will happen", "Who", "What we will see"],
            "widths": [3.2, 6.4, 3.0, 4.4],
            "rows": [
                ["Days 1 to 10 at home",
                 "Home visits on days 1, 3, 5 and 10, weighing the baby on days 5 and 10 and checking feeding and "
                 "the cot",
                 "Rachel Oduya (community midwife)",
                 "Weights in the red book; the baby back to birth weight by day 10, or a same-day referral to "
                 "the paediatric team"],
                [V,
                 "Come to the flat from 5pm to 7pm every evening to help with the bath and the evening feed, so "
                 "that Abena can rest",
                 "Tracey Pike (paternal grandmother)",
                 "Tracey signs the visit sheet in the baby's home folder each evening; the midwife and health "
                 "visitor check it at each visit"],
                ["Every week until the baby is 12 weeks old",
                 "Visit the baby at home, one visit in three unannounced; see where the baby sleeps and write "
                 "down what the baby was doing and how Abena and Jordan responded",
                 "Hannah Lowe (SW)",
                 "Visit record on CareLink within 24 hours, with a paragraph on the baby's day"],
                [V,
                 "New birth visit on day 10 to 14, then weigh the baby and check feeding, safe sleep and Abena's "
                 "mood with the EPDS",
                 "Maria Lopes (health visitor, Zindlewick 0-19 Service)",
                 "Weights plotted in the red book on or near the birth centile; EPDS scores sent to Ellie and "
                 "Hannah after each visit"],
                [V,
                 "Home visit to Abena with an EPDS and a check on self-harm, and a report to every core group on "
                 "whether Abena is keeping the changes the baby needs and how long that is likely to take",
                 "Ellie Grant (perinatal mental health nurse)",
                 "EPDS scores and a written report on the case file before each core group"],
                ["Within 24 hours of any missed visit or appointment",
                 "Visit the flat to see the baby whenever a worker in this plan is not let in or Abena or Jordan "
                 "misses an appointment; the worker who was missed rings Hannah that day",
                 "Hannah Lowe (SW)",
                 "Visit record on CareLink within 24 hours, saying whether the baby was seen awake"],
                ["At each core group",
                 "Written update on Jordan's attendance at Choices and what he has shown he has learned about "
                 "his behaviour and its effect on the baby",
                 "Marcus Bell (Choices facilitator)",
                 "Written update on CareLink before each core group; end-of-programme report by 30/03/2026"],
                ["At the 6 to 8 week check (by 31/03/2026)",
                 "Check the baby and Abena at the 6 to 8 week check, including Abena's mood and medication, and "
                 "write to Hannah",
                 "Dr Anil Rao (GP, Quarry Lane Surgery)",
                 "GP letter on CareLink within a week of the check"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("p", "If Abena self-harms, talks about harming herself or the baby, or does not sleep for two nights "
              "running, whoever is with her will ring Ellie (or the Zindlewick Crisis Team after 5pm) and Hannah "
              "(or the Emergency Duty Team) that day. Abena will be assessed the same day. Until then the baby "
              "will be cared for by Jordan with Tracey present, and if that is not possible or not safe, Hannah "
              "will place the baby with Zindlewick foster carers that day."),
        ("p", "If there is any shouting, pushing or violence between Abena and Jordan, whoever hears of it will "
              "ring 999 and then Hannah. Jordan will leave the flat that day and stay at his mother's, 15 Wharf "
              "Street, and Hannah will hold a strategy discussion with Zindlewick Police within 24 hours."),
        ("p", "If Tracey cannot come in the evenings (she is ill or her shifts change), she will ring Hannah that "
              "day. Hannah or the duty social worker will visit each evening until a family support worker from "
              "Zindlewick Family Hub takes the evening visits over, within two days."),
        ("p", "If the pre-birth assessment on 06/01/2026 recommends that the baby cannot safely go home, or there "
              "is any further violence or self-harm before the birth, Hannah will ask Ian Chetwynd for a legal "
              "planning meeting within five working days, to decide whether to send a PLO pre-proceedings letter "
              "before the birth or to apply for an order when the baby is born."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, 10am at Zindlewick Family Hub: 16/12/2025, 06/01/2026 and "
            "27/01/2026; then within five working days of the birth, and every three weeks after that.",
            "Discharge planning meeting: on Ward 22 before the baby goes home (see the plan).",
            "Review child protection conference: 24/02/2026, 1.30pm, Zindlewick Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference outline plan in numbered paragraphs under agency
#    lead-ins, each paragraph carrying its own when and measure. Faults.
#    (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_zoltbury_icpc_outline_numbered_paragraphs_mcgarry.pdf",
    "doc_title": "ICPC Outline Child Protection Plan - Tia-Mae and Reggie McGarry",
    "split": "heldout",
    "actions": 19,
    "min_pages": 2,
    "header": "ZOLTBURY COUNCIL \u2013 Initial Child Protection Conference \u2013 Outline Plan \u2013 OFFICIAL-SENSITIVE",
    "footer": "McGarry children \u2013 ICPC 15/01/2026 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "icpc-outline-plan-paged-header-footer-kv-numbered-sections-reasons-strengths-childrens-experience-outcomes-then-outline-plan-by-agency-lead-in-headings-numbered-paragraphs-5-1-1-each-with-when-and-measure-in-its-sentences-contingency-review",
    "description": (
        "Initial conference outline plan for a 5-year-old girl and an 18-month-old boy (emotional "
        "abuse: two police call-outs for domestic abuse by the mother's partner, who drinks at "
        "weekends; the mother has low mood treated by her GP). After reasons, strengths, the "
        "children's experience and outcomes, the plan is a list of numbered paragraphs (5.1.1 ...) "
        "under agency headings that name the lead, each paragraph holding its own when and how we'll "
        "know ('fortnightly from 22/01/2026', 'within 24 hours of any police call-out', 'from today "
        "until the review conference', '... and tell Chioma the scores the same day'). Most paragraphs "
        "are sound. Faults: a family network meeting with no output; 'The school will keep an eye on "
        "Tia-Mae'; the perpetrator programme's facilitator to 'feed back on his progress at core "
        "group'; the GP's medication review with no time; the Freedom Programme 'when she feels "
        "ready'; an outcome about the mother's confidence only; and no legal planning anywhere."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Outline Child Protection Plan"),
        ("kv", [
            ("Children", "Tia-Mae McGarry (5, born 19/06/2020), Reception, St Anne's C of E Primary; Reggie "
                         "McGarry (18 months, born 07/07/2024)"),
            ("Address", "27 Beacon Road, Zoltbury ZT4 1NE"),
            ("Mother", "Stacey McGarry (26)"),
            ("Reggie's father", "Dale Hutchins (30), Stacey's partner; living at 27 Beacon Road until this "
                                "conference, and from 16/01/2026 at his brother Lee's, 5 Ash Grove, Zoltbury"),
            ("Tia-Mae's father", "Jason Rourke; no contact since 2021"),
            ("Maternal grandmother", "Jean McGarry, 112 Birch Avenue, Zoltbury"),
            ("Conference", "15/01/2026, Zoltbury Civic Offices. Chair: Andrew Kellaway"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Chioma Okeke (team manager: Russell Barnes)"),
        ]),
        ("h1", "1. Reasons for the conference"),
        ("p", "The police were called to 27 Beacon Road on 08/11/2025 and on 14/12/2025 after neighbours "
              "reported shouting. On 14/12 Dale had thrown a mug that smashed on the wall above Reggie's high "
              "chair, and Tia-Mae was found hiding behind the sofa. Stacey had a cut lip. Both incidents "
              "followed Dale drinking heavily at the weekend. Stacey has had low mood since Reggie was born and "
              "has been taking sertraline, prescribed by her GP, since October 2025."),
        ("h1", "2. Strengths"),
        ("bullets", [
            "Stacey rang the police herself on 14/12 and has agreed that Dale will move out.",
            "Tia-Mae's attendance is 97% and she is always clean and well dressed.",
            "Jean lives close by, sees the children most days and is trusted by Stacey.",
            "Dale accepts that he has a problem with drink and has agreed to go to Compass.",
        ]),
        ("h1", "3. The children's experience"),
        ("p", "Tia-Mae told her teacher on 15/12/2025: \u201cDale broke the cup and Mummy was crying. I hid with "
              "my rabbit.\u201d With Chioma on 09/01/2026 she drew her house with \u201ca loud room\u201d (the "
              "kitchen). She said \u201cI want Dale to be kind\u201d and \u201cI like Nana Jean's because it's "
              "quiet\u201d."),
        ("p", "Reggie was seen at home on 09/01/2026. When Stacey dropped a pan lid he startled, cried and "
              "clung to her, and he settled once she picked him up and talked to him softly. The health visitor "
              "says he is meeting his milestones but is not yet walking far on his own."),
        ("h1", "4. Outcomes"),
        ("numbers", [
            "Tia-Mae and Reggie live in a calm home where they do not see or hear violence or shouting between "
            "the adults.",
            "Tia-Mae feels safe at home and can tell her teacher and her nana when she is frightened.",
            "Reggie is cared for by adults who respond calmly to him, and he reaches his milestones.",
            "Stacey will feel more confident and less anxious.",
        ]),
        ("h1", "5. Outline child protection plan"),
        ("p", "Each agency's part is set out below. The lead named in each heading does the work unless another "
              "person is named in the paragraph."),
        ("boldp", "5.1 Children's Social Care \u2013 lead: Chioma Okeke (social worker)"),
        ("pi", "5.1.1 Chioma will visit Tia-Mae and Reggie at home every week, one visit in three unannounced, and "
               "will see Tia-Mae on her own each time; her visit notes will record what Tia-Mae says in her own "
               "words and where Reggie was during the visit."),
        ("pi", "5.1.2 Chioma will do four sessions of direct work with Tia-Mae at school about her worries and "
               "her safe people, fortnightly from 22/01/2026, and will put Tia-Mae's drawings and her safety hand "
               "on file."),
        ("pi", "5.1.3 Chioma will hold a family network meeting with Stacey, Jean and Dale's brother Lee by "
               "30/01/2026."),
        ("pi", "5.1.4 Chioma will complete a single assessment of both children by 06/02/2026 and share the "
               "report with Stacey and with the core group at its meeting on 26/02/2026."),
        ("boldp", "5.2 St Anne's C of E Primary \u2013 lead: Mrs Hannah Lyle (designated safeguarding lead)"),
        ("pi", "5.2.1 Mrs Lyle will check Tia-Mae's attendance every morning and ring Chioma within an hour if "
               "Tia-Mae is absent without a reason; every call will be logged on CPOMS."),
        ("pi", "5.2.2 The school will keep an eye on Tia-Mae in class each day."),
        ("pi", "5.2.3 Tia-Mae's class teacher, Miss Rowe, will do a feelings check-in with her every morning "
               "using the class feelings board, and will email Chioma each Friday with the faces Tia-Mae chose."),
        ("boldp", "5.3 Health \u2013 lead: Carol Ince (health visitor)"),
        ("pi", "5.3.1 Carol will visit Reggie at home every two weeks until the review conference, weigh him, "
               "complete his ASQ-3 by the end of February and tell Chioma the scores the same day, and will "
               "send Chioma her notes of how Stacey responds to Reggie after each visit."),
        ("pi", "5.3.2 Dr Faulkner (GP, Zoltbury Health Centre) will review Stacey's sertraline and write to "
               "Chioma with the outcome."),
        ("boldp", "5.4 Stacey"),
        ("pi", "5.4.1 From 16/01/2026 until the review conference, Stacey will not let Dale into 27 Beacon Road "
               "or let him see the children except as set out in 5.5.2; Chioma will check the police log for "
               "the address every Friday and ask Tia-Mae at every visit who has been to the house."),
        ("pi", "5.4.2 Stacey will join the Freedom Programme at Zoltbury Women's Centre when she feels ready, "
               "and Priya Begum (IDVA) will confirm her attendance to Chioma."),
        ("pi", "5.4.3 Stacey will take Tia-Mae to school for 8.50am every school day, as shown on the school "
               "register that Mrs Lyle sends to Chioma each Friday."),
        ("boldp", "5.5 Dale"),
        ("pi", "5.5.1 Dale will go to the Zoltbury Choices programme every Monday evening from 19/01/2026, and "
               "the facilitator will feed back on his progress at core group."),
        ("pi", "5.5.2 Dale will see Reggie at Jean's house on Saturday afternoons from 1pm to 4pm, with Jean in "
               "the room throughout; Jean will sign the contact log each week and Chioma will read it at her "
               "next visit."),
        ("pi", "5.5.3 Dale will book an assessment at Compass (Zoltbury alcohol service) by 30/01/2026 and then "
               "go to key-work every week; Compass will send Chioma his attendance record each month."),
        ("boldp", "5.6 Compass, Zoltbury alcohol service \u2013 lead: Gary Flint (recovery worker)"),
        ("pi", "5.6.1 Gary will assess Dale's drinking and, before each core group, send Chioma a written report "
               "on his drinking, the risk it poses to Tia-Mae and Reggie, and whether he is making the changes "
               "needed."),
        ("boldp", "5.7 Zoltbury Domestic Abuse Service \u2013 lead: Priya Begum (IDVA)"),
        ("pi", "5.7.1 Priya will complete a DASH risk assessment and safety plan with Stacey within five working "
               "days of this conference, refer to MARAC if the score is 14 or more, and send Chioma a copy of "
               "the safety plan."),
        ("boldp", "5.8 Zoltbury Police, Domestic Abuse Unit \u2013 lead: DC Sam Hurst"),
        ("pi", "5.8.1 From today until the review conference, DC Hurst will keep a marker on 27 Beacon Road and "
               "tell Chioma within 24 hours of any police call-out to the address or involving Dale; the marker "
               "will be confirmed to Chioma by email by 22/01/2026."),
        ("boldp", "5.9 Jean McGarry (maternal grandmother)"),
        ("pi", "5.9.1 Jean will have Tia-Mae and Reggie at her house every Wednesday from 3.15pm to 6pm so that "
               "Stacey can go to her appointments, and will text Chioma each Wednesday evening when the children "
               "are home."),
        ("h1", "6. Contingency plan"),
        ("p", "If Dale comes to 27 Beacon Road, or there is any shouting or violence while the children are "
              "there, Stacey will ring 999 and then Chioma. The police will remove Dale, Chioma (or the Emergency "
              "Duty Team) will hold a strategy discussion the same day, and the children will stay with Jean at "
              "112 Birch Avenue that night if Stacey is hurt or too upset to care for them."),
        ("p", "If Jean cannot supervise a Saturday, that week's contact will not go ahead and Chioma will arrange "
              "supervised contact at Zoltbury Family Centre within a week. If Jean cannot have the children on a "
              "Wednesday, she will tell Chioma the day before; Tia-Mae will stay at St Anne's after-school club "
              "until 6pm and Stacey will move her appointment."),
        ("p", "If the plan is not making enough difference by the review conference, the plan and the category "
              "will be looked at again at the review."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "First core group: 29/01/2026, 10am, Zoltbury Family Centre; then every four weeks: 26/02/2026 and "
            "26/03/2026.",
            "Review child protection conference: 09/04/2026, 10am, Zoltbury Civic Offices.",
        ]),
    ],
    "findings": [
        F("M001", "Chioma will hold a family network meeting with Stacey"),
        F("M002", "The school will keep an eye on Tia-Mae in class"),
        F("T001", "will review Stacey's sertraline and write to Chioma"),
        F("T002", "Stacey will join the Freedom Programme at Zoltbury Women's Centre"),
        F("M002", "Dale will go to the Zoltbury Choices programme every Monday"),
        F("F002", "Stacey will feel more confident and less anxious."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan on a page, one part per person under their name; each bullet has
#    When: and We'll know because:; the father's part timed once by an
#    "All by ... unless a time is given" line. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_zepperfield_plan_on_a_page_part_per_person_dacosta.md",
    "split": "heldout",
    "actions": 16,
    "template": "cp-plan-on-a-page-md-details-lines-why-worried-going-well-childrens-words-what-we-want-then-one-h3-part-per-person-bullets-bold-what-italic-when-and-well-know-because-all-by-line-under-one-heading-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan on a page for an 11-year-old boy and a 4-year-old girl "
        "(emotional abuse: their father, who drinks heavily, pushed their mother in December and has "
        "moved out; their paternal grandmother supervises his Saturday contact). After the worries, "
        "what is going well, the children's words and four outcomes, each person has a part under "
        "their own name, each bullet a bold 'what' with 'When:' and 'We'll know because:' after it; "
        "the father's part is timed once by 'All by the end of January (30/01/2026) unless a time is "
        "given'. Times include 'every day, from now until the review conference on 09/04/2026', 'w/c "
        "26.1.26', 'wkly, Weds 2pm', 'in the fortnight after each core group', 'by the end of the "
        "summer term', 'within five working days of the conference'. The alcohol service reports on "
        "change, the grandmother's supervision has a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan on a Page: Leo and Ava Da Costa

**Zepperfield Council Children's Services.** Agreed at the initial child protection conference on
13/01/2026. Category: emotional abuse. Chair: Rebecca Ingham. Social worker: Kieran Walsh (team manager:
Beth Amos).

- **Leo Da Costa**, 11 (born 30/04/2014), Year 6, Zepperfield Juniors
- **Ava Da Costa**, 4 (born 17/08/2021), nursery class, Zepperfield Infants
- **Live with:** Mum, Kerry Da Costa (34), 18 Lindon Rise, Zepperfield ZP7 2AW
- **Dad:** Nathan Da Costa (36), now living at 4 Forge Lane, Zepperfield
- **Nan:** Pauline Da Costa (Nathan's mum), 31 Holly Crescent, Zepperfield

## Why we are worried

Nathan drinks heavily, most days. The police came to the house three times in 2025. On 20/12/2025 Nathan
punched the kitchen door and pushed Kerry into the banister while Leo tried to pull him away; Ava was
upstairs crying. Nathan left that night and has agreed not to come back to the house. Leo has been in three
fights at school since October and has told his teacher that he "has to protect Mum".

## What's going well

- Kerry has kept Nathan away since 20/12/2025, and she rang the police herself that night.
- Nathan has booked in with Horizon (Zepperfield's alcohol service) and has had two clear breath tests.
- Pauline wants to help, and both children love going to her house.
- Ava's nursery attendance is 96%.

## What Leo and Ava say

**Leo** (seen on his own at school, 08/01/2026): "I miss Dad but not when he's drunk. I don't want to be the
one who has to stop him." On his worry scale he put home at 7 out of 10 now ("better since Christmas"). He
wants to see his dad "when he's not had a drink, at Nan's". He is scared about going to the big school in
September.

**Ava** (seen at nursery on 09/01/2026 and at home on 06/01/2026): Ava hides under the table in the home
corner when other children shout. At home she showed Kieran her bedroom and said "Daddy loud. Nanny's house
quiet." She holds Kerry's hand tightly when the doorbell rings.

## What we want for Leo and Ava

1. Leo and Ava live in a calm home where no one is hurt or frightened and no adult caring for them is drunk.
2. Leo and Ava see their dad safely, when he is sober, with Nan there.
3. Leo no longer feels he has to protect his mum, has no more fights at school, and starts secondary school
   in September feeling ready.
4. Ava plays, talks and settles at nursery without hiding when there is noise.

## Who will do what

Each person's part is under their name. After each job: when it happens, and how we'll know it has.

### Kerry (Mum)

- **Keep Nathan away from 18 Lindon Rise** and let the children see him only at Nan's on Saturdays.
  *When:* every day, from now until the review conference on 09/04/2026. *We'll know because:* Leo and Ava
  tell Kieran at his visits who has been to the house, and the police log for the address, checked by
  Kieran every Friday, shows no call-outs.
- **Go to the Freedom Programme** at Zepperfield Women's Aid, Thursdays 10am to 12. *When:* 12 weeks from
  15/01/2026. *We'll know because:* the programme's attendance register, and her certificate on file by
  09/04/2026.
- **Take Ava to nursery** for 8.50am. *When:* Monday to Thursday, every nursery day. *We'll know because:*
  the nursery register, sent to Kieran every Friday, shows Ava in on at least 9 days out of 10.

### Nathan (Dad)

*All by the end of January (30/01/2026) unless a time is given.*

- **Sign the written agreement about contact**: no alcohol for 24 hours before contact, and contact only at
  Pauline's. *We'll know because:* the signed agreement is on the case file.
- **Start the Choices domestic abuse programme** and go to every Tuesday evening session. *When:* first
  session w/c 26.1.26, then every Tuesday. *We'll know because:* the Choices attendance register, and the
  facilitator's mid-point report to Kieran.
- **Go to Horizon every week** and give a breath test each time. *When:* wkly, Weds 2pm. *We'll know
  because:* Horizon's attendance and breath test record, sent to Kieran before each core group.

### Nan (Pauline)

- **Be in the room for the whole of Nathan's contact** with Leo and Ava at 31 Holly Crescent, and stop the
  contact and ring Kieran (or the Emergency Duty Team) the same day if Nathan smells of drink or seems drunk.
  *When:* Saturdays, 10am to 1pm. *We'll know because:* Pauline fills in the contact log every Saturday and
  Kieran reads it at his next visit.

### Kieran Walsh (social worker)

- **Visit Leo and Ava at home**, at least one visit in three unannounced, and see Leo on his own. *When:*
  wkly until the review conference. *We'll know because:* a visit record on the case file within 24 hours,
  with Leo's and Ava's words.
- **Direct work with Leo** on his worries, his dad and not having to be the protector. *When:* one session in
  the fortnight after each core group. *We'll know because:* Leo's worksheets and his worry scale score go on
  file, and what he wants shared is brought to the next core group.
- **Hold a planning meeting with Zepperfield High** about Leo's move to secondary school. *When:* by the end
  of the summer term (17/07/2026). *We'll know because:* a written transition plan, with Leo's own words in
  it, is on file.

### Sian Phillips (Horizon alcohol service)

- **Write a report to each core group** on Nathan's drinking and breath tests, whether he is making the
  changes Leo and Ava need, and how long that is likely to take. *When:* two working days before each core
  group. *We'll know because:* the report is on the case file before the meeting.

### Zepperfield Juniors (Mr Femi Oduya, designated safeguarding lead)

- **Weekly check-in for Leo with the learning mentor**, Miss Shaw, using his worry scale. *When:* every
  Monday morning until the Easter holidays (27/03/2026). *We'll know because:* Leo's scores are logged on
  CPOMS and sent to Kieran each half term, with any fights logged.
- **Ring Kieran** if Leo is in a fight, talks about home or comes in upset on a Monday. *When:* the same day
  it happens. *We'll know because:* each call is logged on CPOMS and in Kieran's case notes.

### Zepperfield Infants nursery (Mrs Ruth Abbey, Ava's keyworker)

- **Keep a record of Ava's play and talk**, noting any hiding and what set it off. *When:* for four weeks
  from 19/01/2026. *We'll know because:* the observation record is sent to Kieran and the health visitor by
  20/02/2026.

### Daisy Nkemelu (IDVA, Zepperfield Women's Aid)

- **Safety plan with Kerry** and a DASH risk review. *When:* within five working days of the conference (by
  20/01/2026), then before each core group. *We'll know because:* a copy of the safety plan is on file and the
  DASH score is in Daisy's report.

### Zepperfield Police (Domestic Abuse Unit, PC Lewis Grey)

- **Put a marker on 18 Lindon Rise** so that any 999 call from the house is treated as urgent. *When:* by
  16/01/2026. *We'll know because:* PC Grey emails Kieran to confirm the marker is on.

## If things go wrong

- If Nathan comes to 18 Lindon Rise, Kerry will ring 999. The police will attend, Kieran (or the Emergency
  Duty Team) will hold a strategy discussion the same day, and Kerry and the children can go to the
  Zepperfield Women's Aid refuge that night.
- If Nathan comes to contact drunk or smelling of drink, Pauline will stop the contact and keep Leo and Ava
  inside with her until Kerry collects them. Contact stops until Kieran has met Nathan.
- If Pauline cannot supervise (she is ill or away, or feels she cannot stop Nathan), there is no contact that
  Saturday, and Kieran will arrange supervised contact at Zepperfield Family Centre from the following week.
- If Nathan moves back into the house, there is another violent incident, or Nathan has two positive breath
  tests, Kieran will ask Beth Amos for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 10am, Zepperfield Family Hub: 28/01/2026, 25/02/2026 and
  25/03/2026.
- Review child protection conference: 09/04/2026, 2pm, Zepperfield Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review plan for a 15-year-old at risk of criminal exploitation; markdown
#    table with a "How we'll know it's working" column. Faults. (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_zumbleford_cce_review_how_well_know_its_working_oyelaran.md",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-exploitation-plan-md-details-list-worries-going-well-what-jayden-says-outcomes-then-hash-whats-going-to-happen-who-when-how-well-know-its-working-table-event-timed-rows-contingency-meetings",
    "description": (
        "Review conference plan for a 15-year-old boy at risk of criminal exploitation (missing "
        "episodes, found in another town with cash and phones, arrested in a car with cannabis "
        "wrapped for sale) who lives with his mother, who has depression, and his 9-year-old sister. "
        "One markdown table '# | What's going to happen | Who | When | How we'll know it's working', "
        "many rows timed by events ('Within 72 hours of every return', 'Every night he is not in by "
        "10pm', 'February half term', 'w/c 26.1.26'). Most rows are sound. Faults: mentoring measured "
        "'To be reviewed'; an alternative provision place 'asap'; police disruption visits 'As "
        "required'; the phone check with Who '-'; the drug service's health assessment with no "
        "measure; the next review conference 'to be confirmed'; the mother's depression recorded "
        "with no adult service owning any action."
    ),
    "text": """\
# Zumbleford City Council: Child Protection Plan

**Review Child Protection Conference, 20/01/2026.** Chair: Paul Merriman (IRO). Social worker: Tanya
Greaves (team manager: Colin Burke). Category: neglect (risk outside the home: criminal exploitation).

- **Young person:** Jayden Oyelaran, 15 (born 03/04/2010), Year 11, Zumbleford Academy (on a part-time
  timetable since November)
- **Lives with:** Mum, Funmi Oyelaran (42), and his sister Grace (9, Year 4, Millbrook Primary), at 60 Kiln
  Street, Zumbleford ZU1 4LB
- **Dad:** Tunde Oyelaran, lives in Lewisham, London; rings Jayden every Sunday
- **Plan started:** initial conference 21/10/2025

## What we are worried about

- Jayden has been missing seven times since October, twice overnight. On 02/12/2025 he was found by police
  in Eastmarsh, 40 miles away, with £400 in cash and two phones that were not his.
- On 11/12/2025 Jayden was arrested in a car with two adults and cannabis wrapped for sale. He was released
  under investigation. A referral to the National Referral Mechanism (NRM) was made on 15/12/2025.
- Jayden has told his youth worker he "owes people". A man came to the door asking for him on 04/01/2026 and
  Grace answered it.
- Funmi has depression. She has been signed off work since November and takes antidepressants from her GP.
  She says some days she "can't face" chasing Jayden.

## What is going well

- Jayden gets on well with Marcus, his youth worker, and has been to boxing club most weeks.
- Funmi has reported every missing episode to the police on the same night.
- Jayden has not been missing since 06/01/2026.
- Grace's attendance is 98% and her teachers describe her as settled.

## What Jayden says

"I'm not a drug dealer. I just do favours for people." "If I stop they'll come to the house, innit." Jayden
wants to go back to full-time school "for my GCSEs, maybe". He said he would like to "get away from
Zumbleford for a bit" and to see his dad more. Grace told Tanya: "I don't like it when men knock. I hide in
my room."

## What we want for Jayden and Grace

1. Jayden is not exploited: he is not missing, not found in other towns, and not carrying drugs, money or
   phones for anyone.
2. Jayden is in full-time education by Easter and sits his GCSEs in the summer.
3. Jayden has a trusted adult he sees every week and knows how to get help day and night.
4. Grace feels safe at home and knows what to do if someone comes to the door.

## The plan

| # | What's going to happen | Who | When | How we'll know it's working |
|---|---|---|---|---|
| 1 | Visit Jayden at home and see him on his own; go through where he has been and who with | Tanya Greaves (SW) | Wkly (Thurs after school) until the next review | Visit record on the case file within 24 hours, with Jayden's own words |
| 2 | Return home interview after every missing episode | Shona Patel (Zumbleford Missing Service) | Within 72 hours of every return | Return home interview record shared with Tanya and the police within 72 hours |
| 3 | Report Jayden missing to the police if he is not home and not answering his phone | Funmi (Mum) | Every night he is not in by 10pm | Police log number texted to Tanya the next morning |
| 4 | Mentoring with Jayden: boxing club and a one-to-one session | Marcus Hale (youth worker, Zumbleford Youth Service) | 2x wk (Mon and Wed evenings) | To be reviewed |
| 5 | Apply for a full-time place at the Riverside Centre (alternative provision) | Mr David Okafor (assistant head, Zumbleford Academy) | asap | Offer letter on file; Jayden's timetable shows 25 hours a week |
| 6 | Disruption visits to the Canal Street and Eastmarsh addresses, and a Child Abduction Warning Notice to the adult Jayden was arrested with | DS Ruth Cole (Zumbleford Police Exploitation Team) | As required | Each visit and any notice logged and shared with Tanya |
| 7 | Chase the NRM decision and explain it to Jayden and Funmi | Tanya Greaves (SW) | By 27/02/2026 | NRM reasonable grounds letter on file; Jayden and Funmi told, recorded in Tanya's notes |
| 8 | Jayden's phone to be checked for contact from the numbers police have given | - | Weekly | Any numbers found listed on the police intelligence form |
| 9 | Tell the core group the outcome of the December arrest and any bail or investigation dates | DS Ruth Cole | By the next core group (03/02/2026) | Email with the outcome on the case file |
| 10 | Health assessment with Jayden, including sexual health and his cannabis use | Amir Khan (Zumbleford Young People's Drug Service) | Within 4 weeks of this review (by 17/02/2026) | |
| 11 | Safety plan with Grace: what to do if someone comes to the door | Tanya Greaves (SW) | By February half term (13/02/2026) | Grace's own safety card, in her words, on file and a copy on the fridge |
| 12 | Check Grace at school each day and tell Tanya the same day if she says anyone has come to the house | Mrs Lisa Grant (DSL, Millbrook Primary) | Each day she is in school | Calls logged on CPOMS; summary email to Tanya every Friday |
| 13 | Put the Emergency Duty Team, Childline and Marcus's work number in Jayden's phone, and go through when to use them | Marcus Hale (youth worker) | At the next one-to-one (w/c 26.1.26) | Jayden shows Marcus the numbers saved; noted in Marcus's session record |
| 14 | Home tuition in English and maths until Jayden starts at the Riverside Centre | Zumbleford Academy (Mr Okafor) | Mon to Fri, 10am to 12, from 26/01/2026 | Tutor's attendance record sent to Tanya every Friday |
| 15 | Have Jayden to stay in London for the week | Tunde Oyelaran (Dad) | February half term (16/02 to 20/02/2026) | Tunde texts Tanya the travel dates; Jayden tells Tanya about the week at the next visit |

## If things go wrong

- If Jayden is not home by 10pm and not answering his phone, Funmi reports him missing to the police that
  night (row 3). If he is missing for more than 24 hours, or is found in another town or with drugs, money
  or phones, Tanya (or the Emergency Duty Team) will hold a strategy discussion with the police within 24
  hours.
- If anyone comes to the house threatening Jayden or the family, Funmi will ring 999. The police will
  attend, and Tanya will ask Zumbleford Housing for emergency accommodation for the family that night.
- If Jayden has another overnight missing episode or is arrested again before the next core group, Tanya
  will ask Colin Burke for a legal planning meeting within five working days, to consider whether Jayden
  should be looked after away from Zumbleford.

## Meetings

- Core group every two weeks, Tuesdays at 4pm so that Jayden can come: 03/02/2026, 17/02/2026, 03/03/2026
  and 17/03/2026, at Zumbleford Youth Hub.
- Next review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("M002", "Mentoring with Jayden: boxing club and a one-to-one session"),
        F("T002", "Apply for a full-time place at the Riverside Centre"),
        F("T002", "Disruption visits to the Canal Street and Eastmarsh addresses"),
        F("W001", "Jayden's phone to be checked for contact from the numbers"),
        F("M001", "Health assessment with Jayden, including sexual health and his"),
        F("R001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Social worker's e-mail after the first core group: numbered actions,
#    each "Name - what [letter]. How we'll know: ...", the letters defined
#    once in a timings key at the bottom. Faults. (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_zaxhampton_sw_email_actions_lettered_timings_key_ridley.txt",
    "split": "heldout",
    "actions": 14,
    "template": "sw-email-after-core-group-txt-headers-who-came-quick-update-what-the-kids-said-what-we-want-if-things-go-wrong-dates-then-numbered-actions-name-dash-what-bracketed-timing-letter-how-well-know-then-timings-key-a-to-f",
    "description": (
        "The social worker's e-mail to the core group after the first core group for an 8-year-old, "
        "a 6-year-old and a 9-month-old (neglect; their father drinks and has depression treated by "
        "his GP; their paternal grandmother does breakfasts and is there when he has the children). "
        "Plain text: who came, a quick update, what the children said, what we want for them, the "
        "contingency and dates, then 14 numbered actions, each 'Name - what [letter]. How we'll "
        "know: ...', the bracketed letters defined once in a timings key at the bottom ('[b] = weekly "
        "until the review conference on 01/04/2026', '[f] = 2x wk from w/c 26.1.26 for 3 weeks'). "
        "Most actions are sound. Faults: the grandmother's two jobs timed only by '[e] = ongoing'; a "
        "debt advice action with no letter and no time; family support sessions measured 'Zoe will "
        "monitor'; a school nursing referral with no 'How we'll know'; and a contingency that sends "
        "the children to the grandmother with nothing on what happens if she cannot help."
    ),
    "text": """\
From:    Nicola Barratt, Social Worker, Zaxhampton Children's Services (Family Safeguarding Team 2)
To:      Sophie Ridley; Carl Ridley; Linda Ridley; Rob Haines (Step Forward); Mrs Anjali Patel
         (Zaxhampton Park Primary); Jess Wyatt (Health Visitor); Zoe Fenn (Family Support)
Cc:      Dr Martin Amos (Linden Road Surgery); Jo Kirby (Team Manager)
Date:    Wed 21/01/2026 16:40
Subject: Ridley children - Core Group 1 (21/01/26) - notes and actions

Hi all,

Thanks for coming this morning. Notes and actions are below. To save writing the timings out every time,
each action has a letter in square brackets and the key is at the very bottom of this email. Please tell
me by Friday if I have got anything wrong.

WHO CAME
Sophie Ridley (Mum), Carl Ridley (Dad), Linda Ridley (Nan - Carl's mum), Rob Haines (Step Forward, the
alcohol service), Mrs Anjali Patel (DSL, Zaxhampton Park Primary), Jess Wyatt (HV), Zoe Fenn (family
support worker, Zaxhampton Family Hub) and me. Dr Amos (GP) sent his apologies.

QUICK UPDATE
- The plan was made at the initial conference on 07/01/2026 (category neglect) for Harvey (8), Millie (6)
  and Rosie (9 months), at 12 Weston Grove, Zaxhampton.
- Carl says he has cut down to "three or four cans a night" and none in the day. He has his first Step
  Forward appointment on 27/01. His depression is being treated by Dr Amos (sertraline since 2024).
- Sophie works Saturdays 8am to 4pm at the garden centre; Carl has the children on his own then.
- Mrs Patel: Harvey 88% and Millie 90% this term, both late on 5 days. Millie has wet herself in class
  twice.
- Jess: Rosie weighed 15/01 - dropped from the 50th to the 25th centile since her 6-month check.
- The gas and electric are on prepayment meters with arrears. The house was cold at my visit on 16/01.

WHAT THE KIDS SAID
Harvey (seen on his own at school, 16/01): "Dad's OK till he has his cans, then he shouts at the telly and
falls asleep. I do Millie's breakfast when Mum's at work." He scored home 4 out of 10. He wants "Nan to
come more" and "Dad to stop the cans".
Millie (at home, 16/01): drew Nan's house "with the big bed" and said she likes sleeping there "cos it's
warm".
Rosie (seen at home, 16/01): smiley and babbling. She reached for Sophie and settled quickly on her lap.
Her bottle had been made up at breakfast and was still in the cot at 2pm.

WHAT WE WANT FOR HARVEY, MILLIE AND ROSIE
1. They are looked after every day by an adult who is sober and awake.
2. Harvey and Millie are at school on time every day, having had breakfast, in clean uniform.
3. Rosie is fed regularly with fresh bottles and is back on her 50th centile.
4. The house is warm and there is food in it every day.
5. Harvey does not have to look after Millie or Rosie.

IF THINGS GO WRONG
- If Carl has been drinking while he is looking after the children, whoever finds out rings me (or EDT out
  of hours) straight away. The children will go to Linda's at 4 Pear Tree Close that night, and I will hold
  a strategy discussion with the police the same day.
- If Rosie loses more weight at Jess's next weighing, Jess will book a paediatric appointment for that week
  and tell me the same day.
- If Carl is drunk in charge of the children again, or Harvey's or Millie's attendance is below 90% at CG3,
  I will ask Jo for a legal planning meeting within 5 working days.

DATES
- Core groups every 4 weeks, Wednesdays 10am, Park Lane Family Centre: CG2 18/02/2026, CG3 18/03/2026.
- Review child protection conference: Wednesday 01/04/2026, 10am, Zaxhampton Town Hall.

ACTIONS AGREED
1.  Me (Nicola) - visit every week, at least one visit in three unannounced; see Harvey and Millie on
    their own and check Rosie's cot and bottles [b]. How we'll know: visit notes on the system within 24
    hours, with what the children say.
2.  Carl - go to Step Forward every Tuesday and give a breath test each time [b]. How we'll know: Rob
    sends me the attendance and breath test results every fortnight.
3.  Rob (Step Forward) - full alcohol assessment of Carl and a written report on his drinking, what has
    changed, whether he can stay sober around the children, and how long that is likely to take [c]. How
    we'll know: report sent to me and shared at CG2.
4.  Dr Amos (GP) - review Carl's sertraline and do his liver bloods, and write to me with the results [a].
    How we'll know: GP letter on file.
5.  Linda (Nan) - breakfast and the school run for Harvey and Millie on Monday, Wednesday and Friday
    mornings [e]. How we'll know: Mrs Patel's Friday email shows both children in by 8.45 on those days.
6.  Linda (Nan) - be at the house whenever Carl has the children on his own, including Saturdays while
    Sophie is at work [e]. How we'll know: Linda texts me every Saturday evening, and I ask Harvey at my
    visits who was there.
7.  Sophie - get Harvey and Millie up, fed and to school for 8.45 every Tuesday and Thursday. How we'll
    know: the school register, in Mrs Patel's Friday email.
8.  Mrs Patel (DSL) - check Harvey and Millie each morning for breakfast, clean uniform and how they seem,
    and ring me the same day if either comes in hungry or upset [b]. How we'll know: CPOMS log and the
    Friday email.
9.  Jess (HV) - weigh Rosie, check her feeds with Sophie and do her 9-12 month review [d]; then weigh her
    every two weeks until she is back on the 50th centile. How we'll know: weights in the red book and
    review scores sent to me.
10. Zoe (Family Hub) - six sessions with Sophie and Carl on mornings, bedtimes, making up bottles and
    meals [f]. How we'll know: Zoe will monitor how they are getting on.
11. Carl - keep no alcohol in the house and drink nothing while the children are in his care, every day.
    How we'll know: Rob's breath test results, and I will check the fridge and the bins at my visits.
12. Me (Nicola) - direct work with Harvey and Millie (three houses and the worry monster) [d]. How we'll
    know: their drawings on file, and their words shared at CG2.
13. Sophie - book a debt advice appointment with Citizens Advice Zaxhampton about the gas and electric
    arrears. How we'll know: letter from Citizens Advice on file.
14. Mrs Patel (DSL) - refer Millie to the school nursing team about her wetting [a].

TIMINGS KEY
[a] = by Friday 06/02/2026
[b] = weekly until the review conference on 01/04/2026
[c] = by CG2 (18/02/2026)
[d] = by February half term (13/02/2026)
[e] = ongoing, for as long as it is needed
[f] = 2x wk from w/c 26.1.26 for 3 weeks

Thanks again,
Nicola

Nicola Barratt | Social Worker | Family Safeguarding Team 2 | Zaxhampton Children's Services
""",
    "findings": [
        F("T002", "breakfast and the school run for Harvey and Millie"),
        F("T002", "be at the house whenever Carl has the children on his own"),
        F("M002", "six sessions with Sophie and Carl on mornings, bedtimes"),
        F("T001", "book a debt advice appointment with Citizens Advice Zaxhampton"),
        F("M001", "refer Millie to the school nursing team about her wetting"),
        F("C003"),
    ],
})
