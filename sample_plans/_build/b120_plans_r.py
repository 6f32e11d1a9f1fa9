"""Batch 120, module r: seven fictional plans (held-out material), places beginning with "r".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread.
Owners are given as initials defined once in an attendee key ("KM - Kerry
Moss, social worker") and then used alone, as "I" in a letter or e-mail signed
by the social worker, as a team ("the 0-19 team", "the Early Help hub"), as a
parent's first name, or once in a bold "... will:" lead-in over lettered steps.
Timescales are specific without always being dates ("before Esme leaves the
neonatal unit", "at every home visit", "each Friday", "by the first core
group", "end of spring term", "ongoing until review (daily)") and dates are
written many ways (3rd Feb, 03.02.27, w/c 8 March, Feb half term). Measures
sit in a sentence after the action, in a "so that" or "evidenced by" clause,
as a number to reach or as a document produced. Sections carry no template
labels: a child's drawing described, a "What Izzy told us" box, outcomes as
"When we will be happy", a contingency headed "If things don't get better",
review dates inside a closing paragraph, Welsh and English headings.

Five plans are exemplary: an initial conference plan in a two-column Action |
Detail table with an initials key (docx); a bilingual Welsh/English plan with
dates in mixed forms (pdf); a plan for a looked-after baby on a neonatal unit
written as a multi-level list under themes with "... will:" lead-ins (pdf); a
child-friendly version followed by the professional version (md); and the
social worker's e-mail to the core group after the conference (txt). Two
carry a realistic mix of faults among mostly good rows: core group minutes
with an attendance key and an action log (docx: talking therapy that only
treats, "ASAP", "Professionals", an assessment with no output, "Things feel
better at home", a contingency with no real trigger or response, no legal
step); and a social worker's letter to the parents (md: an outcome only for
the parents, "keep an eye on", a passive referral, "as and when you can", the
father's alcohol service never owning an action, and Nan's part with no
fallback).

Counting actions (convention 1; README "Files", actions): each row of an
action table, each bullet of an action section, and each lettered step under
a "... will:" lead-in counts once. The attendee key, the child-friendly
summary, the contingency and the meeting dates are not actions. A one-off
action shown as done and closed in an action log is work already done and is
not counted.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother's depression, neglect, two children.
#    Attendee key with initials; two-column Action | Detail table with who,
#    when and how we'll know written inside the Detail cell. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_rantonbury_icpc_action_detail_initials_key_ashdown.docx",
    "doc_title": "Child Protection Plan - Maisie and Alfie Ashdown",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-word-plan-details-kv-attendee-initials-key-table-why-drawing-described-when-we-will-be-happy-outcomes-then-two-column-action-detail-table-who-when-how-known-in-prose-inside-detail-cell-if-things-dont-get-better-prose-closing-paragraph-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old whose mother has "
        "depression and has been staying in bed. Owners are initials defined once in an attendee "
        "key (KM, SP, HD...) or a team ('The 0-19 team (JB leads)', 'LO from the Early Help "
        "hub'); the plan table has only two columns, Action and Detail, with who, when and how "
        "we will know written as prose in the Detail cell ('School will see this in the "
        "register'). Dates in several forms (w/c 11 January, 12th Jan, by 5 Feb). Outcomes are "
        "headed 'When we will be happy', Maisie's drawing is described, the CMHT care "
        "co-ordinator reports on capacity to change, the GP owns an action, Nan's part has a "
        "fallback, legal planning follows named triggers, and the meetings are in a closing "
        "paragraph."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rantonbury Borough Council · Children and Families · Safeguarding Service (East Locality)"),
        ("kv", [
            ("Children", "Maisie Ashdown, 7 (DOB 22/08/2019), Year 2 at St Aidan's C of E Primary; "
                         "Alfie Ashdown, 2 (DOB 15/10/2024)"),
            ("Address", "9 Quarry Row, Rantonbury RB3 7PE"),
            ("Mother", "Gemma Ashdown (30), sole carer"),
            ("Father", "Craig Ashdown (33), lives in Kettleby; no contact with the children since March 2025"),
            ("Maternal grandmother", "Sandra Pike, 30 Quarry Row (same street)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Wednesday 6 January 2027, Rantonbury Civic "
                           "Centre. Chair: Anita Kaur (IRO)"),
        ]),
        ("h1", "Who was at conference"),
        ("p", "After this list, people are called by their initials."),
        ("table", {
            "header": ["Initials", "Name, role and agency"],
            "widths": [2.4, 14.6],
            "rows": [
                ["GA", "Gemma Ashdown, Maisie and Alfie's mum"],
                ["SP", "Sandra Pike, Maisie and Alfie's nan (maternal grandmother)"],
                ["KM", "Kerry Moss, social worker, Rantonbury Children and Families (team manager: Paul Idowu)"],
                ["JB", "Jenny Bale, health visitor, Rantonbury 0-19 team"],
                ["HD", "Mrs Helen Drury, designated safeguarding lead, St Aidan's C of E Primary"],
                ["RT", "Rhys Tanner, care co-ordinator, Rantonbury Community Mental Health Team (CMHT)"],
                ["TM", "Dr Tariq Mahmood, GP, Mill Lane Surgery (written report; did not attend)"],
                ["LO", "Lee Okafor, family support worker, Rantonbury Early Help hub"],
            ],
        }),
        ("h1", "Why Maisie and Alfie need a plan"),
        ("p", "Gemma has had depression and anxiety since Alfie was born, and since the autumn she has spent most "
              "days in bed. She stopped her antidepressants in October. Maisie has been late to school 21 times "
              "this term and has arrived hungry; twice she brought Alfie to the school gate in his pyjamas. On the "
              "home visit of 15 December 2026 there were used nappies on the living room floor, no food for Alfie "
              "in the house and the stair gate was broken. Alfie has missed his 2-year review twice."),
        ("h1", "What Maisie and Alfie have shown and told us"),
        ("p", "KM saw Maisie on her own at school on 4 January. Maisie drew her house with Nan's house next to "
              "it, a big bed upstairs with “Mummy sleeping” written on it, and herself in the kitchen standing on "
              "a chair. She said: “I make Alfie's Weetabix because Mummy is tired. I like Nan's because she does "
              "pancakes.” Asked what would make home better, she said: “Mummy getting up and coming to my "
              "assembly.”"),
        ("p", "Alfie is 2 and has a handful of words. On both visits he was in a heavy nappy, and when he bumped "
              "his head he went straight to Maisie, not to his mum. At Sandra's on 30 December he sat on her knee "
              "and ate two bowls of pasta."),
        ("h1", "When we will be happy"),
        ("p", "We will be happy that Maisie and Alfie no longer need a plan when:"),
        ("bullets", [
            "Maisie and Alfie are got up, dressed and fed every morning by an adult, and Maisie no longer looks "
            "after Alfie.",
            "Maisie gets to school on time every day, with no more than one late mark in a half term.",
            "Alfie has had his 2-year review and his health checks, and is growing and talking as he should for "
            "his age.",
            "Maisie and Alfie live in a clean, safe home with food in the cupboards and a working stair gate.",
            "Maisie knows who to ring if her mum cannot get up, and Nan or another safe adult comes.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [5.2, 11.8],
            "rows": [
                ["Home visits to see Maisie and Alfie",
                 "KM will visit every week from w/c 11 January, with one visit in three unannounced, and will "
                 "see Maisie on her own each time. KM's visit notes will record both children seen, what food "
                 "was in the house and what Maisie said, in her own words."],
                ["Direct work with Maisie about home and who she can turn to",
                 "KM, four sessions after school, all done by the review conference on 6 April. Maisie's "
                 "drawings and her own words go on her file and are shared at each core group."],
                ["Assess Gemma's depression, whether she can make the changes the children need, and how "
                 "quickly",
                 "RT (CMHT) will see Gemma every fortnight from 13 January and send KM a written view before "
                 "each core group: what has changed in Gemma's care of Maisie and Alfie, what still needs to, "
                 "and the likely timescale. The first written view is due by the core group on 19 January."],
                ["Restart and review Gemma's medication",
                 "TM, at her appointment on 12th Jan and then every four weeks. After each appointment TM "
                 "writes to KM and RT saying what was prescribed and whether Gemma is taking it."],
                ["Alfie's missed 2-year review, then regular weighing",
                 "The 0-19 team (JB leads). The 2-year review will be done at home by 5 Feb; after that JB "
                 "weighs Alfie every other Thursday at Brook Street clinic. Weights go in the red book and are "
                 "e-mailed to KM on the day, and the review's scores are shared at the core group on 16 "
                 "February."],
                ["Check Maisie gets to school on time and has had breakfast",
                 "HD, every school morning. School will see this in the register: HD e-mails KM the week's "
                 "attendance and late marks each Friday, and phones KM the same day if Maisie is not in by "
                 "9.15am or arrives hungry."],
                ["Take Maisie to school on Mondays and Wednesdays and give both children their tea",
                 "SP (Nan), every Monday and Wednesday from 11 January. The register will show Maisie in on "
                 "time on Nan's days, and Sandra writes each day in the family diary, which KM reads at every "
                 "visit."],
                ["Get the children up and fed, and Maisie to school, on the other three days",
                 "GA, every Tuesday, Thursday and Friday from 12 January. Maisie will be in on time in the "
                 "register on those days too; by the review the aim is no more than one late mark in the half "
                 "term."],
                ["Morning routine, meals and home conditions",
                 "LO from the Early Help hub will work with Gemma at home every Tuesday at 8am for eight weeks "
                 "from 12 January, so that Maisie and Alfie have breakfast and a clean, safe house. LO scores "
                 "the home conditions checklist at sessions 1, 4 and 8 and sends it to KM: the target is 8 out "
                 "of 10 by session 8, with the stair gate fixed by session 2."],
            ],
        }),
        ("h1", "If things don't get better"),
        ("p", "If Gemma cannot get up to care for the children (Maisie or Alfie tell us, or Maisie arrives late and "
              "hungry on two days in one week), or Alfie is found without an adult watching him, KM will visit the "
              "same day and the children will go to SP at 30 Quarry Row until RT has seen Gemma. If Gemma says she "
              "has thoughts of harming herself or the children, RT will arrange a crisis assessment that day and "
              "KM will hold a strategy discussion the same day."),
        ("p", "If SP cannot have the children (she is ill, away or cannot cope), KM will place Maisie and Alfie "
              "together with Rantonbury foster carers that day, and Gemma will see them every day."),
        ("p", "If by the review conference Maisie is still late more than once a fortnight, the home checklist is "
              "below 6 out of 10, or RT's view is that Gemma cannot make the changes in time for the children, KM "
              "will ask Paul Idowu for a legal planning meeting within five working days."),
        ("p", "This plan was agreed at the conference on 6 January 2027. The core group (GA, SP, KM, JB, HD, RT and "
              "LO) will meet every four weeks at St Aidan's at 3.30pm, on 19 January, 16 February and 16 March "
              "2027, and KM will see Maisie before each meeting and bring her words. The review child protection "
              "conference is on Tuesday 6 April 2027 at 10am at Rantonbury Civic Centre. Copies go to everyone "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 2 minutes, father's weekend drinking, mother's panic attacks,
#    two children. Numbered minutes, initials key, then an action log with a
#    status column and one closed row. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_rudlingham_core_group_minutes_initials_action_log_kowalczyk.docx",
    "doc_title": "Core Group Minutes - Oskar and Lena Kowalczyk",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-minutes-docx-numbered-sections-attendance-initials-table-agency-updates-as-initialled-paragraphs-childrens-words-outcomes-from-plan-then-action-log-no-action-lead-initials-by-how-we-will-know-status-cf-new-done-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 9-year-old and a 5-year-old whose father drinks "
        "heavily at weekends and whose mother has panic attacks. Numbered minutes with an "
        "attendance table that defines initials (AB, TW, LC, FH), agency updates, the children's "
        "words and the plan's outcomes, then an action log whose Lead column uses the initials; "
        "one GP row is done and closed and is not counted. Most rows are sound (weekly visits, "
        "alcohol service reports on change, school and school nurse with counted measures). "
        "Faults: talking therapy that only treats the mother; a referral 'ASAP'; 'Professionals' "
        "to report what the children say; the parenting assessment with no output; a weekend "
        "activity measured by 'Things feel better at home'; a contingency that only says the "
        "plan will be looked at again, and no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Rudlingham Metropolitan Borough Council – Children's Social Care – Locality Team North"),
        ("kv", [
            ("Children", "Oskar Kowalczyk (9), DOB 02/06/2017; Lena Kowalczyk (5), DOB 19/11/2021"),
            ("Address", "41 Tenter Street, Rudlingham RD6 3QA"),
            ("Meeting", "Core group 2, Tuesday 9 March 2027, 3.45pm, Holm Lane Primary (family room)"),
            ("Plan made", "Initial child protection conference, 9 February 2027 (category: emotional abuse)"),
            ("Chair and minutes", "Aisha Bello, social worker"),
        ]),
        ("h1", "1. Attendance"),
        ("p", "Initials are used for the rest of these minutes."),
        ("table", {
            "header": ["Initials", "Name", "Role and agency"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["AB", "Aisha Bello", "Social worker (chair), Rudlingham Children's Social Care"],
                ["NK", "Natalie Kowalczyk", "Mum"],
                ["MK", "Marek Kowalczyk", "Dad"],
                ["TW", "Tom Whitworth", "Recovery worker, Rudlingham Alcohol Recovery Service"],
                ["LC", "Mrs Lorna Cope", "Designated safeguarding lead, Holm Lane Primary"],
                ["FH", "Fiona Hale", "School nurse, Rudlingham 0-19 Service"],
                ["–", "Apologies", "Rudlingham Talking Therapies (written update sent); Dr Imran Qureshi, GP, "
                                   "Beck Road Surgery"],
            ],
        }),
        ("h1", "2. Updates since core group 1 (23 February 2027)"),
        ("pi", "2.1 AB: three home visits, one unannounced on Saturday 27 February at 11am, when MK was sober and "
               "making breakfast. Oskar was seen on his own twice."),
        ("pi", "2.2 TW: MK has come to both Thursday sessions since core group 1; his breath tests on 25 February "
               "and 4 March read zero. He says he drank four cans on Friday 26 February at a friend's house, while "
               "the children were at home with NK."),
        ("pi", "2.3 Talking Therapies (written update): NK was assessed on 1 March and has been offered a CBT-based "
               "course for panic, starting 10 March."),
        ("pi", "2.4 LC: Oskar's attendance since the conference is 100%. He was tearful on Monday 1 March and said "
               "he had not slept."),
        ("pi", "2.5 FH: met Oskar once. He told her he lies awake listening in case his parents argue."),
        ("pi", "2.6 NK and MK: both said home is calmer. NK said her panic attacks are less frequent. MK said he "
               "wants social care “out of our lives by the summer”."),
        ("h1", "3. What Oskar and Lena are telling us"),
        ("p", "Oskar (seen on his own at school by AB, 4 March 2027): “It's quieter but I still listen at night. When "
              "Tata drinks beer he gets loud. I want us to go to the seaside again.” He gave home 5 out of 10, up "
              "from 3 at the conference."),
        ("p", "Lena drew her family for FH: everyone holding hands, and a “shouty cloud” over the house that she "
              "scribbled out, saying “the cloud went away”. Her class teacher says she is chatty and settled in "
              "Reception."),
        ("h1", "4. Outcomes (from the plan agreed at conference)"),
        ("bullets", [
            "Oskar and Lena live in a home where they do not see or hear their parents fighting.",
            "Oskar and Lena are only ever cared for by a parent who is sober.",
            "Oskar sleeps through most nights and gets to school rested and on time.",
            "Lena stays happy and settled in Reception and is not frightened at home.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Status: CF = carried forward from the conference plan; NEW = agreed at this meeting; DONE = finished "
              "and closed."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By", "How we will know", "Status"],
            "widths": [1.0, 5.1, 2.1, 2.7, 4.4, 1.7],
            "rows": [
                ["1",
                 "Visit Oskar and Lena at home every week, at least one visit a fortnight unannounced, and see "
                 "Oskar on his own",
                 "AB",
                 "Weekly; next visit w/c 15 March",
                 "Visit notes show both children seen each week and Oskar's own words written down",
                 "CF"],
                ["2",
                 "Key-work with MK and a breath test each session, with a written report on whether his drinking "
                 "is changing in the ways Oskar and Lena need",
                 "TW",
                 "Every Thursday; report two working days before each core group",
                 "Report with the breath test results on AB's file before each core group",
                 "CF"],
                ["3",
                 "Stay alcohol-free from Friday 6pm to Sunday night and at any time he is caring for the children",
                 "MK",
                 "Every weekend from 12 March",
                 "Breath tests at key-work all zero; no alcohol seen or smelled at AB's weekend visits",
                 "CF"],
                ["4",
                 "Course of CBT-based guided self-help to help Natalie manage her panic attacks",
                 "Rudlingham Talking Therapies",
                 "Fortnightly from 10 March",
                 "Attendance record sent to AB after each session",
                 "NEW"],
                ["5",
                 "Check Oskar's attendance and how he is each morning, and phone AB the same day if he is upset or "
                 "absent",
                 "LC",
                 "Every school day",
                 "Attendance e-mailed to AB each Friday; any same-day call logged on CPOMS",
                 "CF"],
                ["6",
                 "Six sessions with Oskar about his sleep and his worries at night",
                 "FH",
                 "Every other Wednesday from 17 March",
                 "Oskar's sleep diary brought to each session; nights slept through counted and sent to AB before "
                 "each core group",
                 "CF"],
                ["7",
                 "Refer Natalie and Marek to the Rudlingham Healthy Relationships programme",
                 "AB",
                 "ASAP",
                 "Acceptance letter from the programme on file",
                 "CF"],
                ["8",
                 "Tell AB the same day about anything Oskar or Lena say about arguments at home",
                 "Professionals",
                 "Same day",
                 "Each call recorded on the children's files",
                 "NEW"],
                ["9",
                 "Complete the parenting assessment of Natalie and Marek",
                 "AB",
                 "By 20 April 2027",
                 "",
                 "CF"],
                ["10",
                 "Plan and do something fun with Oskar and Lena at the weekend",
                 "NK and MK",
                 "Every Saturday or Sunday",
                 "Things feel better at home",
                 "NEW"],
                ["11",
                 "Send AB Natalie's and Marek's health history and current prescriptions",
                 "Dr Imran Qureshi, GP",
                 "By 26 February 2027",
                 "GP letter on file",
                 "DONE – letter received 24/02/2027, closed"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If things get worse at home, AB will talk to NK and MK and the plan will be looked at again at the "
              "next core group."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group 3: Tuesday 6 April 2027, 3.45pm, Holm Lane Primary; then every four weeks.",
            "Review child protection conference: Tuesday 4 May 2027, 10am, Rudlingham Town Hall.",
        ]),
        ("p", "Minutes typed by AB on 10/03/2027 and sent to everyone present and to those who gave apologies."),
    ],
    "findings": [
        F("H001", "guided self-help to help Natalie manage her panic attacks"),
        F("T002", "Refer Natalie and Marek to the Rudlingham Healthy Relationships programme"),
        F("W002", "Tell AB the same day about anything Oskar or Lena say"),
        F("M001", "Complete the parenting assessment of Natalie and Marek"),
        F("M002", "Plan and do something fun with Oskar and Lena"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan from a Welsh council, father's drug use, two
#    children; Welsh and English headings and table header, dates in mixed
#    forms, page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_rhosfelyn_bilingual_headings_mixed_dates_pritchard.pdf",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cerys ac Osian Pritchard",
    "split": "heldout",
    "actions": 10,
    "template": "welsh-council-icpc-plan-word-printed-to-pdf-page-header-footer-welsh-slash-english-headings-and-field-labels-childs-words-in-welsh-with-translation-numbered-outcomes-then-rhif-beth-pwy-pryd-sut-table-dates-in-mixed-forms-contingency-meetings-bullets",
    "description": (
        "Exemplary initial conference plan from a Welsh council for an 11-year-old and a "
        "6-year-old whose father uses amphetamine and cannabis while their mother works nights. "
        "Every heading, field label and table heading is in Welsh then English (Pwy / Who, Pryd / "
        "When, Sut byddwn ni'n gwybod / How we will know); Cerys's words are given in Welsh with a "
        "translation. Dates are written in mixed forms (18.01.27, by 3rd Feb, Feb half term, w/c 8 "
        "March, end of spring term). The substance misuse service reports on change and the GP "
        "owns an action; Taid's nights and Saturdays have a fallback; legal planning follows "
        "named triggers; core group and review dates are set. Printed to PDF with page header "
        "and footer."
    ),
    "header": "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE · Cyngor Sir Rhosfelyn / Rhosfelyn County Council",
    "footer": "Pritchard – 14.01.27 – Tudalen / Page {PAGE} o / of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Gwasanaethau Plant Rhosfelyn / Rhosfelyn Children's Services – Tîm Diogelu'r Gorllewin / "
              "Safeguarding Team West"),
        ("h1", "Manylion / Details"),
        ("kv", [
            ("Plant / Children", "Cerys Pritchard, 11 (DOB 07.05.2015), Blwyddyn 6 / Year 6; Osian Pritchard, 6 "
                                 "(DOB 21.09.2020), Blwyddyn 2 / Year 2; both at Ysgol Gynradd Bro Felyn"),
            ("Cyfeiriad / Address", "Tŷ Gwyn, 3 Heol y Felin, Rhosfelyn RF4 2LD"),
            ("Mam / Mum", "Siân Pritchard (37), works nights at Plas Eithin care home, Monday to Thursday"),
            ("Tad / Dad", "Gareth Pritchard (40)"),
            ("Taid / Grandad", "Emrys Pritchard (68), paternal grandfather, Fferm Cae Du, two miles away"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Cynhadledd / Conference", "Cynhadledd amddiffyn plant gychwynnol / Initial child protection "
                                        "conference, 14.01.27. Cadeirydd / Chair: Meinir Lewis"),
            ("Gweithiwr cymdeithasol / Social worker", "Ffion Morgan (rheolwr tîm / team manager: Aled Jones)"),
            ("Iaith / Language", "Cerys and Osian speak Welsh at school and with Taid, and Welsh and English at "
                                 "home. Cerys asked for her visits to be in Welsh."),
        ]),
        ("h1", "Pam mae angen cynllun / Why a plan is needed"),
        ("p", "Gareth uses amphetamine and cannabis. While Siân works nights he is the children's only carer. On "
              "3rd December 2026 police found him asleep at 11pm with the front door open, cannabis on the kitchen "
              "table and Osian alone in the bath. Cerys has been getting Osian up and to school on the mornings "
              "after Siân's shifts and was late 17 times in the autumn term. Osian missed his hearing test in "
              "November."),
        ("h1", "Beth mae Cerys ac Osian wedi'i ddweud / What Cerys and Osian have told us"),
        ("p", "Cerys (seen on her own at school by Ffion, 11.01.27, in Welsh): “Dw i ddim yn hoffi pan mae Dad yn "
              "cysgu drwy'r dydd. Fi sy'n gwneud brecwast i Osian.” (“I don't like it when Dad sleeps all day. I'm "
              "the one who makes Osian's breakfast.”) The best place, she said, is Taid's farm “because the dog is "
              "there and Taid gets up early”. She gave home 4 out of 10."),
        ("p", "Osian (seen at home, 12.01.27) showed Ffion his Lego and said: “Dad's poorly sometimes and then "
              "Cerys does my toast.” He wants Taid to take him to football on Saturdays."),
        ("h1", "Beth rydym ni eisiau i Cerys ac Osian / What we want for Cerys and Osian"),
        ("numbers", [
            "Cerys and Osian are looked after every night and every morning by an adult who is not under the "
            "influence of drugs.",
            "Cerys no longer has to get Osian up and ready; she gets to school on time and has time for her "
            "friends and the Urdd club.",
            "Osian's hearing is checked, and any help he needs is in place before he moves class in September.",
            "Both children know who to ring if their dad is not safe to look after them, and an adult comes the "
            "same night.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("p", "Dates are written as the conference agreed them. The core group dates are in the last section."),
        ("table", {
            "header": ["Rhif / No.", "Beth fydd yn digwydd / What will happen", "Pwy / Who", "Pryd / When",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [1.5, 5.0, 3.3, 3.2, 4.0],
            "rows": [
                ["1",
                 "Visit Cerys and Osian at home and see each of them on their own, speaking Welsh with Cerys",
                 "Ffion Morgan, gweithiwr cymdeithasol / social worker",
                 "Every week from 18.01.27; at least one visit a month unannounced, one of them the morning after "
                 "a night shift",
                 "Visit record shows both children seen alone each week, with their words written down in the "
                 "language they used"],
                ["2",
                 "Key-work with Gareth and a drug screen at each session; a written view to each core group on "
                 "whether he is making the changes the children need",
                 "Dylan Rees, recovery worker, Gwasanaeth Camddefnyddio Sylweddau Rhosfelyn / Rhosfelyn Substance "
                 "Misuse Service",
                 "Every Wednesday; report two working days before each core group",
                 "Screen results and Dylan's report on Ffion's file before every core group"],
                ["3",
                 "Use no drugs in the house or while caring for Cerys and Osian, and keep none in the house",
                 "Gareth (Dad)",
                 "Every day from 14 Jan",
                 "Every screen at key-work negative; no drugs seen or smelled at any visit, announced or not"],
                ["4",
                 "Stay at Tŷ Gwyn on the nights Siân works, and get the children up, fed and to school",
                 "Emrys Pritchard (Taid / paternal grandfather)",
                 "Every Monday to Thursday night from 14.01.27 until the review conference",
                 "Register shows both children in on time after Siân's shifts; Emrys signs the night sheet, which "
                 "Ffion checks each week"],
                ["5",
                 "Check both children's attendance and how they are each morning, and phone Ffion the same day if "
                 "either is late, absent or unwashed",
                 "Mrs Eleri Hughes, DSL, Ysgol Gynradd Bro Felyn",
                 "Each school day; attendance e-mailed every Friday",
                 "Register shows Cerys and Osian in by 8.55am on at least 95% of days by the end of spring term "
                 "(26 March)"],
                ["6",
                 "Have Cerys and Osian at Fferm Cae Du and take Osian to football",
                 "Emrys Pritchard (Taid)",
                 "Every Saturday, 9am to 5pm",
                 "Emrys texts Ffion every Saturday evening; the children tell Ffion about their Saturday at each "
                 "visit"],
                ["7",
                 "Rebook Osian's missed hearing test and go with the family to it",
                 "Bethan Lloyd, nyrs ysgol / school nurse, Rhosfelyn 0-19 service",
                 "By Feb half term (15–19 Feb)",
                 "Audiology result sent to Ffion and the GP; any follow-up booked before 26 March"],
                ["8",
                 "Young carer's assessment with Cerys and a place at the Thursday young carers' club (clwb "
                 "gofalwyr ifanc)",
                 "Nia Edwards, Gofalwyr Ifanc Rhosfelyn / Rhosfelyn Young Carers",
                 "Assessment by end of spring term (26.03.27); club from w/c 8 March",
                 "Cerys's young carer's plan sent to Ffion; club register shows her at 3 of her first 4 "
                 "Thursdays"],
                ["9",
                 "Share Gareth's health history, prescriptions and any missed appointments with Ffion",
                 "Dr Huw Bevan, GP, Meddygfa Stryd y Bont",
                 "By 3rd Feb, then before each core group",
                 "GP letter on file by 3rd Feb; a short written update before each core group"],
                ["10",
                 "Camau Bach parenting course (10 weeks), so that Siân and Gareth can plan safe nights and "
                 "mornings for Cerys and Osian",
                 "Siân and Gareth; places booked by Rhosfelyn Family Centre",
                 "Tuesday evenings, w/c 8 March for 10 weeks",
                 "Course register shows 8 of 10 sessions for each parent; end-of-course report to Ffion"],
            ],
        }),
        ("h1", "Os aiff pethau o chwith / If things go wrong"),
        ("p", "If Gareth is found under the influence while caring for the children, has a positive screen, or drugs "
              "are found in the house, he will leave Tŷ Gwyn that day to stay with his brother in Llanmor, and "
              "Emrys will stay with the children every night until the next core group. If Cerys rings to say her "
              "dad is not safe, Ffion (or the out-of-hours team) will visit that night and the children will go "
              "to Fferm Cae Du."),
        ("p", "If Emrys cannot stay or have the children (he is ill, lambing needs him, or he cannot be reached), "
              "Siân will not work that night; if she cannot arrange that, Ffion will place Cerys and Osian together "
              "with Rhosfelyn foster carers that night."),
        ("p", "If Gareth has two positive screens before the review conference, stops going to key-work, or "
              "Dylan's report says the changes are not happening in time for the children, Ffion will ask Aled "
              "Jones for a legal planning meeting within five working days to consider the Public Law Outline."),
        ("h1", "Cyfarfodydd / Meetings"),
        ("bullets", [
            "Grŵp craidd / Core group: every four weeks, Tuesdays at 3.30pm at Ysgol Gynradd Bro Felyn – "
            "26.01.27, 23.02.27 and 23.03.27.",
            "Cynhadledd adolygu / Review conference: Tuesday 13 April 2027, 10am, Canolfan Ddinesig Rhosfelyn "
            "(Civic Centre).",
            "Ffion will see Cerys and Osian on their own before each core group and bring their words, in Welsh "
            "and English, to it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby (section 20) on a neonatal unit, mother on methadone
#    with depression. Multi-level Word list: themes, "... will:" lead-ins,
#    lettered steps. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_ribbenhall_neonatal_themes_lead_in_lettered_steps_dunmore.pdf",
    "doc_title": "Child Protection Plan - Esme Dunmore",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-lac-baby-neonatal-unit-word-printed-to-pdf-page-header-footer-details-kv-legal-status-why-esmes-days-on-the-unit-outcomes-then-multi-level-list-themes-owner-will-lead-ins-lettered-steps-if-things-dont-go-to-plan-meetings-paragraph",
    "description": (
        "Exemplary initial conference plan for a two-week-old baby, accommodated under section 20 "
        "and still on the neonatal unit, whose mother is on methadone, used heroin late in "
        "pregnancy and has depression. The plan is one multi-level Word list: three themes, each "
        "with bold 'Dami Okoro (social worker) will:', 'Ward 4 ... will:', 'Jade will:' lead-ins "
        "and lettered steps below them, so each owner is named once for their steps. Timescales "
        "include 'every Tuesday and Friday until she leaves the unit' and 'before Esme leaves "
        "the neonatal unit'. The social worker visits the baby twice a week; the drug service "
        "and the perinatal psychiatrist own actions and the psychiatrist assesses capacity to "
        "change; the contingency has named triggers, police and legal planning; core group, "
        "looked-after review and conference dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Ribbenhall City Council – Children's Services",
    "footer": "Esme Dunmore – child protection plan (ICPC 18/01/2027) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ribbenhall City Council · Children's Services · Through Care and Safeguarding (Central)"),
        ("kv", [
            ("Child", "Esme Dunmore, born 04/01/2027 at 34 weeks; on Ward 4 (neonatal unit), Ribbenhall Royal "
                      "Infirmary"),
            ("Mother", "Jade Dunmore (20), care leaver, 7 Gannet Court, Ribbenhall RH1 4TS"),
            ("Father", "Not named by Jade; only Jade holds parental responsibility"),
            ("Legal status", "Looked after: accommodated under section 20, Children Act 1989, since 11/01/2027, "
                             "with Jade's written agreement"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Monday 18/01/2027, family room, Ward 4. Chair: "
                           "Olu Bankole (IRO)"),
            ("Social worker", "Dami Okoro (team manager: Carys Whitlow)"),
        ]),
        ("h1", "Why Esme has a plan"),
        ("p", "Jade has used heroin since she was 16 and has had a methadone script from Ribbenhall Drug and "
              "Alcohol Service since June 2026. She used heroin on top of her script twice in the last month of "
              "her pregnancy and missed most antenatal appointments. Esme was born early and has been treated for "
              "withdrawal. Jade has had depression since she was 17, and in December told the midwife she had "
              "thought about ending her life. Jade's ex-partner Ricky Shaw, who has convictions for supplying "
              "drugs and for assault, came to the unit on 08/01/2027 and was asked to leave."),
        ("h1", "Esme's days on the unit"),
        ("p", "Esme is two weeks old. The nurses say that in her first week she had a high-pitched cry and jittery "
              "arms and fed poorly. She is now off morphine, takes 45ml every three hours by bottle and is gaining "
              "weight. She settles fastest swaddled or skin-to-skin: on 15/01/2027 Dami watched her fall asleep on "
              "Jade's chest within five minutes. On the days Jade has not come in, the nurses have done all of "
              "Esme's cares."),
        ("h1", "What we want for Esme"),
        ("bullets", [
            "Esme finishes her withdrawal treatment safely and leaves the unit to carers who can meet all her "
            "needs, day and night.",
            "Esme is only ever cared for by adults who are not under the influence of drugs.",
            "Esme never has contact with Ricky Shaw, on the unit or after she leaves it.",
            "Esme keeps a close bond with Jade through regular, safe time together.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out under three themes. Under each theme the lead person or service is named once, "
              "and what they will do is listed below them."),
        ("mlist", [
            (0, "Esme's safety while she is on the unit"),
            (1, "Dami Okoro (social worker) will:"),
            (2, "visit Esme on the neonatal unit every Tuesday and Friday until she leaves the unit, and write up "
                "each visit on her looked-after record (her weight, her feeds and who has been in);"),
            (2, "agree a written visitor list for Esme with Jade and the ward manager by Friday 22 January, signed "
                "by both and kept at the nurses' station."),
            (1, "Ward 4 (neonatal unit), led by Sister Ruth Abiola, will:"),
            (2, "check every visitor against the list and phone Dami the same day if anyone not on it asks to see "
                "Esme, copying the visitor log to Dami each Friday;"),
            (2, "note at every visit how Jade feeds, settles and handles Esme on the parenting observation sheet, "
                "which is brought to the discharge planning meeting."),
            (0, "Jade's recovery, and what it means for Esme"),
            (1, "Ribbenhall Drug and Alcohol Service (Marcus Eze, recovery worker) will:"),
            (2, "see Jade every week with an oral fluid test, and send Dami a written view two days before each "
                "core group on whether she is stable on her script and free enough of drugs to care for Esme."),
            (1, "The Perinatal Mental Health Team (Dr Selina Hart, consultant psychiatrist) will:"),
            (2, "assess Jade's depression and her capacity to make the changes Esme needs, the steps still needed "
                "and how long they are likely to take, and send the written assessment to Dami and the core group "
                "by 12 February."),
            (1, "Jade will:"),
            (2, "come in to the unit at least four days a week and do Esme's feeds and bath, signing the visitor "
                "log each time; the log will show four or more visits in every week."),
            (0, "Getting ready for the day Esme leaves the unit"),
            (1, "Dami Okoro (social worker) will:"),
            (2, "find foster carers who can take Esme and bring her to see Jade four times a week, and confirm the "
                "placement in writing to Jade and the ward before Esme leaves the neonatal unit."),
            (1, "The 0-19 team (Clare Ngata, health visitor) will:"),
            (2, "meet Jade and the foster carer on the unit before discharge, then weigh Esme every week for her "
                "first eight weeks out of hospital; her weights go in her red book and are e-mailed to Dami the "
                "same day."),
        ]),
        ("h1", "If things don't go to plan"),
        ("p", "If Jade comes to the unit under the influence, the nurse in charge will stop the visit and tell Dami "
              "the same day, and Jade's visits will be supervised by a nurse until Marcus confirms a clear test. If "
              "Ricky Shaw comes to the unit, or anyone tries to take Esme from the ward, staff will call ward "
              "security and Ribbenhall Police at once, and Dami will hold a strategy discussion the same day."),
        ("p", "If Jade withdraws her section 20 agreement and asks to take Esme home before a discharge plan is "
              "agreed, Dami will ask Carys Whitlow for an urgent legal planning meeting the same day, to decide "
              "whether to apply for an emergency protection order or an interim care order. If Jade has two tests "
              "positive for heroin before the review, misses a whole week of visits, or Dr Hart's assessment says "
              "she cannot make the changes in Esme's timescale, Dami will request a legal planning meeting within "
              "five working days."),
        ("h1", "Meetings"),
        ("p", "The core group will meet every three weeks in the family room on Ward 4, on 01/02/2027, 22/02/2027 "
              "and 15/03/2027, and after Esme leaves the unit at the family centre nearest her foster carers. "
              "Esme's first looked-after review is on 08/02/2027. The review child protection conference is on "
              "Monday 12/04/2027 at 2pm at Ribbenhall Council House."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Domestic abuse, 9-year-old. A child-friendly version written with Izzy
#    (with a "What Izzy told us" box), then the professional version with an
#    initials key and numbered bullets under themes. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_raventhwaite_child_version_then_professional_thornber.md",
    "split": "heldout",
    "actions": 9,
    "template": "cp-plan-md-child-friendly-version-first-what-izzy-told-us-blockquote-box-what-everyone-wants-for-you-who-you-can-talk-to-then-professional-version-people-initials-key-worries-when-we-will-be-happy-numbered-bullets-under-themes-if-things-dont-improve-closing-paragraph",
    "description": (
        "Exemplary initial conference plan for a 9-year-old after her father repeatedly came to "
        "the house and broke the door; a non-molestation order is in place. The file opens with "
        "a short version written with Izzy: a 'What Izzy told us' box, what everyone wants for "
        "her and who she can talk to (not actions). The professional version follows, with a "
        "'People in this plan' key of initials (SL, JW, BC, MG, LP, KT) used alone in the "
        "actions, outcomes headed 'When we will be happy that Izzy is safe', and numbered "
        "bullets under themes whose measures are 'evidenced by' and 'so that' clauses, a "
        "police log, a face score and a sleep diary; one school check-in runs 'ongoing until "
        "review (daily)'. The contingency is 'If things don't improve, or Dean comes back' prose "
        "with police, the aunt, a foster fallback and a legal planning meeting; the meetings are "
        "in a closing paragraph."
    ),
    "text": """\
# Izzy's plan

*The short version, written with Izzy on 18 February 2027. The full plan for the
grown-ups starts after the line.*

> **What Izzy told us**
>
> "I felt scared when Dad banged on the door in the night. I hid under my duvet with
> Biscuit." (Biscuit is her toy rabbit.)
>
> "I don't want him to live with us again. I do want to see him sometimes, at the
> centre, not at home."
>
> "School is good. Mrs Ghosh lets me sit in the library when I'm sad."
>
> Izzy gave home 6 out of 10. A 10 would be "Mum not crying and nobody banging on the
> door".

## What everyone wants for you

- You feel safe at home, and nobody bangs on the door at night.
- You see your dad somewhere safe, with a grown-up there.
- You keep going to school every day and have someone to talk to there.

## Who you can talk to

- Sam, your social worker: 01632 960 352.
- Mrs Ghosh, every morning in the school library.
- Auntie Claire, any time.
- If you are scared right now, ring 999.

---

# Child protection plan - professional version

**Raventhwaite Council - Children's Services - Safeguarding Team 2**

- **Child:** Isabelle (Izzy) Thornber, 9, DOB 30/06/2017, Year 5 at Fellgate Primary
- **Address:** 12 Beck Side, Raventhwaite RV2 5NJ
- **Mother:** Kirsty Thornber (34)
- **Father:** Dean Cullen (36), Ashby Road, Raventhwaite; separated from Kirsty in November 2026
- **Maternal aunt:** Claire Thornber, 4 Mill Fold, Raventhwaite
- **Category:** Emotional abuse
- **Initial conference:** Tuesday 16 February 2027. Chair: Rohan Desai (IRO)

## People in this plan

Initials are used in the actions below.

- **SL** - Sam Lowry, social worker, Raventhwaite Children's Services (team manager: Nadia Farooq)
- **KT** - Kirsty Thornber, Izzy's mum
- **JW** - PC Jo Wardle, Raventhwaite Police domestic abuse unit
- **BC** - Beth Crane, independent domestic violence adviser (IDVA), Raventhwaite Women's Aid
- **MG** - Mrs Mina Ghosh, designated safeguarding lead, Fellgate Primary
- **LP** - Lorna Pugh, contact worker, Raventhwaite Family Centre

## What we are worried about

Since Kirsty and Dean separated, police have been called to Beck Side four times. On
23 January 2027 Dean kicked in the front door at 1am while Izzy was awake upstairs. A
non-molestation order was made on 2 February 2027 and runs to 2 February 2028. In
December Kirsty let Dean stay at the house twice after he promised to stop. Izzy has
been tired and tearful at school and has missed her swimming club.

## Izzy's views

Izzy's own words are in her short plan above. SL saw her on her own at school on 11
February: she said she wants to stay living with her mum, wants her dad "to stop being
angry", and would like to see him on Saturdays "with a lady there". She drew her house
with a big lock on the door and Biscuit on the roof "keeping watch".

## When we will be happy that Izzy is safe

1. Izzy lives at home without Dean coming to the house, and sleeps through the night
   without being woken by shouting or banging.
2. Izzy sees her dad only at the family centre, with a worker there, for as long as the
   plan says.
3. Izzy goes to school every day and has an adult she trusts to talk to there each morning.
4. Izzy understands that what happened was not her fault, and knows what to do and who to
   call if Dean comes to the house.

## What will happen

### 1. Izzy is safe at home

- **1.1** SL will visit Izzy at home every week from 22 February, with at least one visit
  a month unannounced and after 7pm, and see her on her own at every home visit, evidenced
  by SL's visit notes recording Izzy's score out of 10 and her own words.
- **1.2** JW will put a warning marker on 12 Beck Side by 19 February and tell SL the same
  day about any call-out or breach of the order; the police log of calls and breaches is
  shared at each core group.
- **1.3** KT will not let Dean into the house or meet him with Izzy, and will ring 999
  every time he comes to the door, so that Izzy never sees him outside the family centre.
  Each call will show on the police log JW brings to the core group.
- **1.4** BC will meet KT every week for six weeks from 24 February to plan how she and
  Izzy stay safe, evidenced by a written safety plan sent to SL by the first core group
  (2 March).

### 2. Izzy is OK at school

- **2.1** MG will check in with Izzy every morning in the library: ongoing until review
  (daily). MG records Izzy's 1-to-5 face score each day and e-mails SL the week's scores
  and attendance each Friday.
- **2.2** The 0-19 team (school nurse Sunita Bains) will see Izzy about her sleep every
  other Thursday from 25 February, five sessions in all, so that by the review her sleep
  diary shows her sleeping through on at least five nights a week.

### 3. Izzy has her say and understands what happened

- **3.1** SL will do four sessions of direct work with Izzy (a worry jar and a "safe
  people" hand) by the end of spring term (26 March); Izzy's drawings and words will be
  added to her file and brought to the review conference.
- **3.2** KT will go to the Freedom Programme at Raventhwaite Women's Aid every Wednesday
  for 12 weeks from 3 March; the register will show at least 10 of the 12 sessions, and BC
  will tell SL after every fourth session.
- **3.3** LP will supervise Izzy's time with Dean at Raventhwaite Family Centre every
  Saturday from 10am to 11.30am, starting 20 February, and send SL a contact note within
  two working days of each session, including what Izzy said about it afterwards.

## If things don't improve, or Dean comes back

If Dean comes to the house, breaks the order in any way, or Izzy tells anyone she is
frightened to go home, KT will ring 999, the police will attend, and Izzy will stay with
her aunt Claire at 4 Mill Fold that night; SL will hold a strategy discussion with JW the
next working day. If Claire cannot have her, SL will place Izzy with Raventhwaite foster
carers that night.

If KT lets Dean into the house, or takes Izzy to see him anywhere but the family centre,
SL will visit the same day, Izzy will stay with Claire, and SL will ask Nadia Farooq for a
legal planning meeting within five working days.

If Dean arrives at a Saturday session drunk or threatens anyone, LP will end the session
at once and tell SL the same day, and contact will stop until the core group agrees a new
arrangement.

This plan was agreed at the conference on 16 February 2027. The core group (KT, SL, JW,
BC, MG, LP and the school nurse) meets every four weeks at Fellgate Primary at 3.30pm, on
2 March, 30 March and 27 April 2027, and SL will see Izzy before each meeting and bring
what she wants said. The review child protection conference is on Tuesday 11 May 2027 at
10am at Raventhwaite Town Hall. Izzy has her short plan; Kirsty has both versions.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Mother with bipolar disorder after an admission, 14- and 11-year-old,
#    aunt nearby. The social worker's plain-text e-mail to the core group the
#    day after the conference: "I will..." bullets. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_rowmarsh_email_after_conference_i_will_baptiste.txt",
    "split": "heldout",
    "actions": 9,
    "template": "plain-text-email-from-sw-to-core-group-day-after-icpc-header-lines-short-paragraph-details-caps-headings-why-were-worried-what-they-said-what-we-want-who-will-do-what-bullets-owner-first-i-for-sw-if-mum-becomes-unwell-closing-paragraph-meetings-signature",
    "description": (
        "Exemplary initial conference plan sent by the social worker as a plain-text e-mail to "
        "the family and the core group the day after the conference, for a 14-year-old and an "
        "11-year-old whose mother has bipolar disorder and was in hospital until January. The "
        "social worker's own actions are written 'I will...'; others are owner-first bullets "
        "with the measure in a second sentence ('My case notes will have...'). The CMHT care "
        "co-ordinator and the psychiatrist both give a view on change and its timescale; the "
        "aunt's two parts have a fallback; legal planning follows readmission or stopped "
        "lithium; the meetings are in the closing paragraph; both children's words are quoted."
    ),
    "text": """\
From:    Hannah Greaves <hannah.greaves@rowmarsh.example.gov.uk>
Sent:    Wednesday 27 January 2027 16:42
To:      Michelle Baptiste; Yvonne Baptiste; Owen Tully (Rowmarsh CMHT);
         Dr Folasade Adeyemi (Rowmarsh CMHT); Jaspal Kaur (Rowmarsh Academy);
         Ellen Frith (Fenbridge Primary); Kadeem Lewis (Rowmarsh Young Carers)
Cc:      Sean Whelan (Team Manager)
Subject: Tia and Marcus - the plan we agreed yesterday (please keep this e-mail)

Hi everyone,

Thank you for coming to the conference yesterday (Tuesday 26 January). As promised,
here is the plan in writing. I've kept the conference's words wherever I could. If
I've got your part wrong, reply to me by Friday and I'll send a corrected copy to
everyone.

Tia (14, Year 9 at Rowmarsh Academy) and Marcus (11, Year 6 at Fenbridge Primary)
live with their mum Michelle at 5 Orchard Walk, Rowmarsh RW7 2HU. Their aunt Yvonne
(Michelle's sister) lives at 18 Kiln Lane, ten minutes' walk away. Their dad has not
been in touch since 2019. The plan is under the category of neglect.

WHY WE'RE WORRIED

Michelle has bipolar disorder. She stopped her lithium in the autumn and in November
became very high: she was awake for days, spent the rent, and on 29 November left
the children alone overnight while she drove to the coast. She was on Larkfield Ward
at Rowmarsh Mental Health Unit from 30 November to 8 January, and the children stayed
with Yvonne. Tia missed 31 school sessions in the autumn term looking after Marcus
and her mum, and Marcus told his teacher he "has to watch Mum".

WHAT TIA AND MARCUS SAID

Tia talked to me on her own at school on 21 January: "When Mum gets high it's fun
for a day and then it's scary. I'm the one who has to stay up. I want to go back to
netball and not have to check her tablets." She doesn't want to move out, and asked
that Auntie Yvonne "stays in the plan".

Marcus told me at home on 22 January that the best thing about the last month was
"Mum being normal and doing tea". He worries she will "go away again" without
anyone telling him. He wanted everyone to know he is in the school football team.

WHAT WE WANT FOR TIA AND MARCUS

- Tia and Marcus are looked after every day by an adult who is well enough to do it,
  and never have to care for their mum on their own.
- Tia is back at school full time (95% or more by Easter) and back at netball.
- Marcus knows what is happening when his mum is unwell, and who to go to.
- If Michelle starts to become unwell again, Tia and Marcus are with a safe adult
  the same day.

WHO WILL DO WHAT

- I will visit Tia and Marcus at home every week, usually Thursdays after school,
  and see each of them on their own. My case notes will have both children's words
  and their score out of 10 from every visit.
- Owen Tully (care co-ordinator, Rowmarsh CMHT) will see Michelle at home every
  week and send me a written update before each core group: her mood, her lithium
  levels, whether she is making the changes Tia and Marcus need, and how long he
  thinks that will take.
- Dr Adeyemi (consultant psychiatrist, Rowmarsh CMHT) will see Michelle in clinic by
  26 February and write to me and Owen with Michelle's relapse plan (her early
  warning signs) and her view of Michelle's capacity to stay well enough to care for
  the children, and over what timescale.
- Michelle will take her lithium every day and have her blood level checked every
  four weeks at Orchard Walk Health Centre, so that she stays well enough to look
  after Tia and Marcus. The results will be in Owen's update to each core group.
- Yvonne will have Marcus after school every Tuesday and Thursday, when Michelle has
  her appointments, and text me each Thursday night to say how it went.
- Yvonne will be the adult Tia and Marcus ring if their mum shows any of her warning
  signs, and will have them to stay that night. Tia will show me Yvonne's number
  saved in her phone at each visit.
- Mr Kaur (DSL, Rowmarsh Academy) will check Tia's attendance every day and e-mail me
  the week's figure each Friday. The aim is 95% by the Easter holidays (26 March).
- Fenbridge Primary (Mrs Frith, DSL) will give Marcus a check-in with his learning
  mentor each Monday morning, and send me a note after each one of anything he says
  about home.
- Rowmarsh Young Carers (Kadeem Lewis) will complete a young carer's assessment with
  Tia by 26 February and offer her the Wednesday group. Her young carer's plan will
  come to me, and the group register will show the weeks she goes.

IF MICHELLE BECOMES UNWELL AGAIN

If Michelle stops her lithium, sleeps less than four hours two nights running,
starts spending large amounts, or Tia or Marcus ring to say she "isn't right", Owen
(or the crisis team out of hours) will see her the same day, and the children will
go to Yvonne's that evening and stay until Owen says Michelle is well enough.

If Yvonne can't have them (she's ill, away or can't be reached), I will place Tia
and Marcus together with Rowmarsh foster carers the same day, and they will see
their mum every day if she is well enough.

If Michelle is admitted to hospital again, or stops her lithium twice before the
review, I will ask Sean Whelan for a legal planning meeting within five working
days.

We agreed to meet as a core group every four weeks at Rowmarsh Academy at 4pm, on
Tuesday 9 February, Tuesday 9 March and Tuesday 6 April. Before each meeting I'll
see Tia and Marcus and bring what they want said. The review conference is booked
for Tuesday 20 April 2027 at 10am at Rowmarsh Civic Offices, and Yvonne is invited.

Thanks again,

Hannah Greaves
Social Worker, Children in Need and Protection Team
Rowmarsh Borough Council Children's Services
01632 960 771
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Social worker's letter to the parents setting out the plan, father's
#    drinking and arguments, two young children, Nan supervising weekends.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_rickerdale_letter_to_parents_i_will_mcallister.md",
    "split": "heldout",
    "actions": 9,
    "template": "sw-letter-to-parents-md-address-block-dear-second-person-why-what-children-told-us-what-we-want-then-what-will-happen-now-bullets-i-will-you-will-named-owners-if-things-go-wrong-meetings-paragraph-signature",
    "description": (
        "A social worker's letter to the parents of a 6-year-old and a 3-year-old after the "
        "initial conference, setting out the plan in plain words; the father drinks most "
        "evenings and the police have been called to arguments. The social worker's own actions "
        "are 'I will...', the parents' are 'Liam, you will...'. Most bullets are sound. Faults: "
        "an outcome that is only about the parents; the nursery to 'keep an eye on' Ellie-Mae; "
        "a referral written in the passive with nobody to make it; the house and stair gate 'as "
        "and when you can'; the father's alcohol service is only somewhere he goes, so no adult "
        "service owns an action; and Nan supervises weekends and does school runs while the "
        "contingency sends the children to her without saying what happens if she cannot."
    ),
    "text": """\
**Rickerdale Council - Children's Services**
Family Safeguarding Team, Rickerdale House, Moor Street, Rickerdale RK1 2AA

11 February 2027

Shannon McAllister and Liam McAllister
22 Alder Crescent
Rickerdale RK3 9FW

Dear Shannon and Liam,

**Kai and Ellie-Mae's child protection plan**

Thank you both for coming to the conference on Tuesday (9 February). I said I would
write the plan out in plain words so that you have it at home. This letter is the plan;
the full minutes will come from the conference team.

## Why Kai and Ellie-Mae are on a plan

Liam, you told the conference that you drink most evenings, usually six or seven cans,
and more at weekends. The police have been called to the house three times since
October after arguments between you, and Kai was downstairs for two of them. On 14
January Ellie-Mae fell down the stairs because the stair gate was broken and spent the
evening at A&E. The house has often been very cluttered when I have visited. Liam has
started going to Rickerdale Recovery on Wednesdays, which is a good first step.

## What Kai and Ellie-Mae have told us

Kai (6) told me at school on 4 February: "When Daddy drinks the red cans he shouts and
Mummy cries. I put my hands on my ears." He drew the two of you with a big black cloud
between you, and himself and Ellie-Mae under the table. He said his favourite days are
"Nanny Brenda days".

Ellie-Mae (3) does not say much yet. At my visit on 5 February she hid behind the sofa
when Liam raised his voice on the phone, and came out when Shannon sang to her. Her
nursery say she is happy there and loves the water tray.

## What we want for Kai and Ellie-Mae

- Kai and Ellie-Mae are looked after by a sober adult every day and every night.
- Kai and Ellie-Mae do not see or hear arguments or fighting at home.
- Ellie-Mae is safe from falls at home, and her development is checked.
- Kai gets to school on time every day.
- You both feel less stressed and get on better with each other.

## What will happen now

- I will visit you and the children at home every week, on different days and at
  different times, and see Kai on his own at each visit. My visit notes will record
  what Kai says, in his own words.
- Liam, you will keep going to your Wednesday appointments at Rickerdale Recovery, and
  you will not drink at all on any day you are looking after the children. You have
  agreed to a breath test at my visits, and the readings will be written in my notes.
- Brenda (Nan) will be at your house whenever Liam has the children on his own, every
  Saturday and Sunday until the review conference, and will text me on Sunday evenings
  to say how the weekend went.
- Brenda will also take Kai to school on Mondays and Fridays; the school register will
  show him in by 8.50am on those days.
- Sunnybank Nursery will keep an eye on how Ellie-Mae is when she arrives each morning.
- A referral will be made to the Rickerdale Parenting Team for the Steady Steps course
  by 26 February, and the letter offering you both a place will be on your file.
- Shannon, you will tidy the house and get the broken stair gate mended as and when you
  can. I want to see the gate fitted and the floors clear.
- Mo Danjuma, your health visitor, will do Ellie-Mae's two-and-a-half-year check at home
  by 12 March and send me the results, including her speech score.
- Kai's school (Mrs Fenn, DSL at Brookside Infants) will send me his attendance each
  Friday and ring me the same day if he is not in by 9.15am.

## If things go wrong

If Liam drinks while he is looking after the children, or the police are called to
another argument, the children will go to Brenda's house that night and I will hold a
strategy discussion with the police the same day.

If there is not enough progress by the review conference (Liam still drinking when he
has the children, or more arguments in front of them), I will ask my manager, Joanne
Pryce, for a legal planning meeting.

## Meetings

The core group (you both, Brenda, me, Mo, Mrs Fenn and Sunnybank Nursery) will meet
every four weeks, starting on Wednesday 24 February at 10am at Brookside Infants. Your
review conference is on Tuesday 27 April 2027 at 2pm at Rickerdale House.

Please ring me if anything in this letter is not clear.

Yours sincerely,

Rachel Ince
Social Worker, Family Safeguarding Team
01632 960 219
""",
    "findings": [
        F("F002", "You both feel less stressed and get on better with each other."),
        F("M002", "Sunnybank Nursery will keep an eye on how Ellie-Mae is"),
        F("W001", "A referral will be made to the Rickerdale Parenting Team"),
        F("T002", "you will tidy the house and get the broken stair gate mended"),
        F("F004"),
        F("C003"),
    ],
})
