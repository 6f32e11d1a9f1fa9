"""Batch 215, module c: seven fictional plans (held-out material), places beginning with "c".

Batch: 215. Letter: c. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, surgeries, hospitals, services, case-management systems,
streets and councils (Chadderbrook, Crumlowe, Cleddingham, Cawlingsby,
Carlowby, Corsendale, Cudderby and the others). Any resemblance to real
people, places or cases is a coincidence. The labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: good plans where the owner and the check of each action sit
somewhere unusual. Five of the seven plans are exemplary, each in a
template real services use: owners as one column per agency or person
with the work under it, a "Lead for Part ..." line shared by a group of
actions, initials in a key at the top of a case print, a person named
once in a lead-in and then "she" or "they", "I" in a young person's own
plan, the agent of a passive sentence ("Noor will be collected ... by her
grandma"), a team named by its service, owners in brackets after each
action of a minutes' action log, and relatives introduced by their
relationship ("Nan (Pat Morley)", "Grandad (Ken Pickering)"); checks as a
"Proof:" line inside each grid box, a "Check:" line of a case print, a
numbered "How we will know" list under each part matched to the part's
numbered actions, a record sent or shown to someone named, a test result
or a breath reading, a worker seeing something on a visit, the child
telling a named adult, and a checklist ticked and shared. The two plans
that are not exemplary carry their faults mostly in owners and checks
("All agencies", "The family", "all of us who work with your family",
"monitored", "keep an eye on", a passive with no agent, a "-" sign-off),
written as plainly as the good plans so that they can only be told apart
by reading. Where an owner, time or check was borderline the writer
rewrote it so that it sits clearly on one side.

1. Chadderbrook (docx, exemplary, landscape): initial conference plan for
   a 3-year-old girl and a 5-month-old boy (neglect) whose mother has
   postnatal depression: an agency grid whose first row is a group banner,
   then one column per person or agency (health visitor, nursery,
   perinatal team, Mum, Dad, "Nan (Pat Morley)", social worker) and one
   row per stretch of time; each numbered box holds the work and a
   "Proof:" line. The perinatal team reports on the mother's capacity to
   change and how long it may take; the contingency gives a fallback for
   Nan's mornings and Dad's weekends and a legal planning meeting after
   named triggers.
2. Crumlowe (pdf, exemplary, header and footer): a case-system print for a
   9-year-old boy and a 6-year-old girl (neglect, the father's alcohol
   dependence): a key of owner codes at the top ("KR = Kate Rowe, social
   worker"), then each action a block of labelled lines (Task / Owner /
   Due / Check) whose checks are breath readings, test results, a
   checklist ticked and shared, and the boy telling his DSL about his
   evenings; the recovery service reports on the father's capacity to
   change; "Trigger / Response" contingency blocks with a fallback for the
   aunt's help.
3. Cleddingham (md, exemplary): initial conference plan for an 8-year-old
   boy and a 4-year-old girl after domestic abuse, as a numbered outline
   in four parts; each part has a "Lead for Part ..." line over its
   actions ("She will:", "He will:"), items that name someone else (the
   agent of a passive, a team and "they"), and a "How we will know" list
   numbered to match the part's actions.
4. Cawlingsby (txt, exemplary): second core group minutes for an 11-year-
   old girl and a 6-year-old boy whose mother is on a methadone script:
   attendance list, the children's words, agency updates, last time's
   one-off actions done and closed, the conference plan's outcomes read
   out and kept, a scaling score, contingency and dates, then an action
   log whose owners sit in brackets after each action, with When and
   Check lines (a morning sheet signed and read, test results e-mailed,
   the girl telling her DSL about her week); the drug and alcohol service
   reports on the mother's capacity to stay off heroin.
5. Carlowby (pdf, exemplary, header and footer): a 15-year-old girl's own
   plan ("I" is Jade) after her mother's manic episode and admission
   (emotional abuse; bipolar disorder): two-column cards (What / Who /
   When / How we'll know), her own cards and the adults', checks as her
   telling her head of year or her social worker, blood results and
   letters; the care coordinator reports on the mother's capacity to
   change; a fallback if Dad cannot have her.
6. Corsendale (docx): initial conference plan for a 2-year-old boy and a
   10-week-old girl (neglect, the mother's depression and anxiety) in a
   No. / What needs to happen / By when / Signed off by / How we'll know
   table. Faults: the health visitor's weighing checked only by
   "Monitored by HV at each visit" (M002); the CPN's support visits
   measured by attendance (H001); "All agencies" sharing worries (W002);
   "The family" doing the weekend night feeds (W002); the grandmother's
   afternoon visits whose only check is that she keeps an eye on things
   (M002); the baby's immunisations with "-" for sign-off (W001); the
   family support worker's home sessions with "-" for how we'll know
   (M001); and a contingency that sends the children to the grandmother
   with no word of what happens if she cannot have them (C003).
7. Cudderby (md): the social worker's plan letter to both parents after
   the initial conference for a 7-year-old boy and a 4-year-old girl
   (emotional abuse: arguments when the father has been drinking), with
   lead-ins over the bullets of "What will happen". Faults: "All of us
   who work with your family" keeping an eye on the children (W002,
   M002); the school monitoring the boy's attendance and wellbeing (M002);
   a speech and language referral in the passive with no agent (W001);
   the social worker's parenting assessment with no stated output (M001);
   the father going to the alcohol service "when you feel ready" (T002);
   the father's drinking recorded with no adult service owning any action
   (F004); and no legal planning anywhere (R002).

Plans 1 to 5 are exemplary: every action has a named owner (by column,
key, lead line, pronoun after a named lead-in, the agent of a passive, a
service team, brackets in an action log, "I" in Jade's plan or a relative
introduced by relationship), a real timescale and something that can be
seen, counted, read or told; every outcome is about the children; each
records the children's words or observed days; each contingency has
specific triggers and protective responses, says what happens if a
relative's help fails, and asks for a legal planning meeting after named
triggers; each gives core group dates and a dated review conference;
where a parent is ill or uses drugs or alcohol an adult service owns an
action, and every adult mental health action asks for the service's view
of the parent's capacity to change and how long it may take. Plans 6 and
7 hold 16 expected findings between them (8 and 8).

Counting convention used for "actions" (README convention 1): each
numbered box of the agency grid ("-" boxes are none), each "Action n of
m" block of the case print, each numbered item of the outline's parts,
each A-numbered entry of the minutes' action log, each card of Jade's
plan, each row of an action table and each bullet under a lead-in of the
letter's "What will happen" counts once, whatever number of sentences it
holds. Details, keys, who's who lists, worries, what is going well, the
children's words and days, outcomes, agency updates and closed actions in
minutes, "How we will know" lists, contingencies, "Trigger / Response"
blocks and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan as an agency grid: a banner row, then one column
#    per person or agency with the work under it and a "Proof:" line in each
#    numbered box, one row per stretch of time. Exemplary (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_chadderbrook_icpc_agency_column_grid_banner_proof_morley.docx",
    "doc_title": "Child Protection Plan - Mia and Alfie Morley",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "font_size": 9,
    "template": "icpc-plan-docx-landscape-details-grid-why-worried-going-well-mia-and-alfies-days-outcomes-then-agency-grid-first-row-group-banner-merged-across-second-row-one-column-per-person-or-agency-health-visitor-nursery-perinatal-team-mum-dad-nan-social-worker-rows-per-stretch-of-time-numbered-boxes-with-proof-lines-dash-boxes-empty-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-year-old girl and a 5-month-old boy (neglect) whose "
        "mother has postnatal depression and stopped her medication: the health visitor found her in bed "
        "at lunchtime, the girl eating dry cereal and the baby unchanged, and the baby's weight has fallen "
        "from the 50th centile to below the 9th. The father drives lorries during the week; the maternal "
        "grandmother helps. The plan is an agency grid whose first row is a banner merged across the "
        "table; under it one column per person or agency (health visitor, nursery, perinatal team, Mum, "
        "Dad, 'Nan (Pat Morley)', social worker) holds that person's work, one row per stretch of time, "
        "and each numbered box ends with a 'Proof:' line (weights e-mailed, a blister pack counted, an "
        "arrival sheet sent, initials on a feeding chart seen, letters and reports shared). The perinatal "
        "psychiatrist and nurse report on the mother's capacity to change and how quickly. The contingency "
        "covers the mother not coping, thoughts of harm, Nan's mornings and Dad's weekends failing, and a "
        "legal planning meeting after named triggers; core group dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Mia and Alfie Morley"),
        ("p", "Chadderbrook Borough Council · Children's Services · Safeguarding and Family Support (Central Team)"),
        ("p", "Made at the initial child protection conference on Tuesday 20/01/2026, chaired by Gwen Talbot "
              "(child protection chair, Chadderbrook Safeguarding Unit). Category: neglect, for both children. "
              "This plan is written as the Chadderbrook agency grid: each column belongs to one person or "
              "agency and holds their work, and each row is a stretch of time. Every numbered box ends with "
              "\"Proof\": what someone will see, read or be sent to show the work is done. A box with \"-\" "
              "means that person has nothing new to do in that stretch of time."),
        ("table", {
            "rows": [
                ["Children", "Mia Morley, born 02/11/2022 (3)", "Alfie Morley, born 14/08/2025 (5 months)"],
                ["Home", "7 Chervil Walk, Chadderbrook CH2 5RT", "Mum: Leah Morley (26). Dad: Ryan Beckett (29)"],
                ["Nan", "Pat Morley (58), Leah's mum, 22 Crofters Fold, ten minutes' walk away",
                 "Pat works afternoons (2pm to 6pm) at the Chadderbrook Co-op three days a week"],
                ["Social worker", "Tom Ashby, Central Safeguarding Team", "Team manager: Rachel Kemp"],
                ["Health visitor", "Sian Cole, Chadderbrook 0-19 Team", "GP: Dr Simon Hale, Crofters Fold Surgery"],
                ["Nursery", "Copse Lane Nursery, manager Amy Grant", "Mia's key worker: Hollie Shaw"],
                ["Perinatal team", "Dr Nadia Rahim, consultant perinatal psychiatrist",
                 "Claire Fenn, perinatal community mental health nurse"],
            ],
            "widths": [4.0, 10.85, 10.85],
            "bold_first_col": True,
        }),
        ("h2", "Why we are worried"),
        ("p", "Leah has had postnatal depression since Alfie was born, and stopped taking her sertraline in "
              "December because \"it wasn't doing anything\". On 05/01/2026 Sian visited at 1.15pm and found "
              "Leah in bed with the curtains closed, Mia in the living room eating dry cereal from the box, and "
              "Alfie awake in his cot in a nappy that had not been changed since the night before. Alfie was on "
              "the 50th centile at birth and was just under the 9th when Sian weighed him that day. Mia has been "
              "to nursery on 11 of the 30 days she could have gone this term, and usually arrives after 10.30am. "
              "Leah told the conference she \"can't get up\" most mornings and feels \"like a zombie\". Ryan "
              "drives lorries from Monday to Friday and said he had not known how bad things had become."),
        ("h2", "What is going well"),
        ("bullets", [
            "Leah asked Dr Hale for help herself on 08/01/2026 and saw Dr Rahim for the first time on "
            "09/01/2026.",
            "When Mia gets to nursery she is warm and clean, and she is chatty and settled with Hollie.",
            "Ryan has changed his shifts so that he is home every weekend from Friday at 6pm.",
            "Pat is close to both children and came to the conference to offer help.",
        ]),
        ("h2", "Mia and Alfie's days"),
        ("p", "Mia told Hollie at nursery on 12/01/2026: \"Mummy sleeping. I got crisps for breakfast.\" When "
              "Tom visited on 14/01/2026 she showed him her \"den\" behind the sofa where she watches her tablet "
              "\"when Mummy is tired\", and said the best days are \"when Nanna comes and we make pancakes\". She "
              "asked Tom whether Alfie could come to nursery with her."),
        ("p", "Alfie is a quiet baby. Sian and Tom have both seen him lie awake in his cot for long spells "
              "without crying, and Pat says he \"doesn't shout for his bottle like Mia did\". He smiles and kicks "
              "when Pat or Ryan talk to him, and Ryan says he feeds well and sleeps well at weekends."),
        ("h2", "What we want for Mia and Alfie by the review conference"),
        ("numbers", [
            "Alfie is fed on time every day, and his weight climbs back towards the 25th centile line and "
            "never again falls below the 9th.",
            "Mia is up, dressed and fed every morning and is at nursery by 9am on every weekday.",
            "Mia and Alfie are cared for every day by an adult who is awake, notices what they need and "
            "answers them.",
            "Mia knows she can tell Hollie, Nanna or Tom when Mummy is too poorly to look after her, and that "
            "an adult will come.",
        ]),
        ("h2", "The plan: who does what"),
        ("p", "Read down a column to see one person's work. Each box is numbered. The time is the row's, unless "
              "the box gives its own."),
        ("table", {
            "header": ["WHO DOES WHAT · from the conference on 20/01/2026 to the review conference on 15/04/2026",
                       H, H, H, H, H, H, H],
            "widths": [2.5, 3.3, 3.3, 3.4, 3.3, 3.1, 3.5, 3.3],
            "header_fill": "C6E0B4",
            "rows": [
                ["When", "Health visitor\n(Sian Cole, Chadderbrook 0-19 Team)",
                 "Nursery\n(Copse Lane Nursery)", "Perinatal team\n(Dr Nadia Rahim)", "Mum\n(Leah)",
                 "Dad\n(Ryan)", "Nan\n(Pat Morley)", "Social worker\n(Tom Ashby)"],
                ["Straight away: done by 13/02/2026",
                 "1. A full health and development review of Alfie at home, and an ASQ-3 with Mia while Sian "
                 "is there.\nProof: Alfie's weight and Mia's ASQ-3 scores sent to Tom by 13/02/2026.",
                 "2. Start Mia's 30 funded hours, 8.45am to 2.45pm, Monday to Friday, with a breakfast club "
                 "place, from 26/01/2026.\nProof: start letter to Leah, copied to Tom; Mia's name on the "
                 "breakfast club list.",
                 "3. Dr Rahim sees Leah for a full psychiatric review and writes down how her depression "
                 "affects her care of Mia and Alfie, what needs to change, and how long that is likely to "
                 "take.\nProof: letter to Tom and Dr Hale by 13/02/2026, with an update before the review "
                 "conference.",
                 "4. Take her sertraline every morning as Dr Rahim prescribes, from 21/01/2026, so that she "
                 "is up with Mia and Alfie by 8am, and tell Claire or Tom the same day if she stops.\nProof: "
                 "Claire counts the blister pack at each visit and notes it on her record.",
                 "-",
                 "-",
                 "5. Refer the family to the Chadderbrook Family Group Conference Service, so that the wider "
                 "family can plan who helps if Pat cannot.\nProof: referral accepted by 30/01/2026; the "
                 "family's own plan sent to Tom after their conference, by 27/02/2026."],
                ["Every week until the review conference",
                 "6. Every Monday morning: a home visit to weigh Alfie, watch Leah give him a feed and read "
                 "the feeding chart on the fridge.\nProof: weight plotted in the red book and e-mailed to Tom "
                 "the same day.",
                 "7. Hollie writes down the time Mia arrives, whether she has eaten and how she seems, and "
                 "rings Tom if Mia is not in by 9.30am.\nProof: arrival sheet e-mailed to Tom by Amy Grant "
                 "every Friday.",
                 "8. Claire Fenn visits Leah at home to work on her mood, her sleep and her bond with Alfie, "
                 "and reports on whether Leah is making the changes Dr Rahim sets out, and how quickly.\n"
                 "Proof: Claire's written report to every core group.",
                 "9. Have Mia up, dressed and fed and at nursery by 9am every weekday, and write each of "
                 "Alfie's feeds on the feeding chart.\nProof: the nursery arrival sheet (box 7) and the "
                 "feeding chart, read by Sian and Tom at their visits.",
                 "10. Look after Mia and Alfie from Friday 6pm to Monday 7am, and do Alfie's night feeds so "
                 "that Leah can sleep.\nProof: Ryan's initials against the night feeds on the feeding "
                 "chart, seen by Sian at her Monday visit.",
                 "11. Be at 7 Chervil Walk by 7.30am, Monday to Friday, to help Leah give Alfie his first "
                 "feed and get Mia ready, and walk Mia to nursery if Leah is not up to it.\nProof: Pat signs "
                 "the morning sheet on the fridge; Tom reads it at each visit against the nursery arrival "
                 "times.",
                 "12. Visit Mia and Alfie at home, at least one visit in three unannounced before 9am, and "
                 "see Mia on her own.\nProof: visit records on Caseway within 48 hours, with what Mia said "
                 "and how Alfie was."],
                ["By 27/03/2026, before the review conference",
                 "-",
                 "13. Hollie writes a summary of Mia's talking, play and eating at nursery since she "
                 "started.\nProof: summary sent to Tom and Sian by 27/03/2026.",
                 "-",
                 "14. Go with Alfie to the six Thursday morning \"Baby Talk\" sessions at Chadderbrook Family "
                 "Hub, from 12/02/2026 to 19/03/2026.\nProof: the Family Hub's register sent to Tom after "
                 "the last session; Sian sees Leah use the cue cards with Alfie at her visits.",
                 "-",
                 "-",
                 "15. Parenting assessment of Leah and Ryan, with Mia's and Alfie's needs at its centre.\n"
                 "Proof: report shared with Leah, Ryan and the core group by 27/03/2026."],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Leah is in bed and cannot get up to Mia and Alfie when someone visits, or Mia is not at "
            "nursery by 9.30am and nobody answers the door or the phone: Tom (or the Emergency Duty Team out "
            "of hours) visits that day, and Pat comes to the house and stays until Ryan or Tom takes over.",
            "If Leah tells anyone she is thinking of harming herself or the children, that person rings 999 "
            "if there is danger now, then rings Tom and the perinatal team's duty line the same day. Mia and "
            "Alfie go to Pat's at 22 Crofters Fold that day, and Tom holds a strategy discussion the same day.",
            "If Pat cannot do the mornings (illness, work or holiday), she rings Tom by 7pm the evening "
            "before. Copse Lane Nursery's minibus then collects Mia at 8.30am (agreed by Amy Grant), and Sian "
            "or Tom visits that morning to see Alfie fed.",
            "If Ryan cannot come home for a weekend, he tells Tom by the Wednesday before; Mia and Alfie stay "
            "with Pat at Crofters Fold that weekend. If neither Ryan nor Pat can have the children when they "
            "are needed, Tom (or the Emergency Duty Team) places Mia and Alfie together with Chadderbrook "
            "foster carers the same day, and Leah sees them every day.",
            "If Alfie's weight falls below the 2nd centile, or by the core group on 03/03/2026 Mia has missed "
            "more than five nursery days without a good reason, or Dr Rahim's letter says Leah is not likely "
            "to be well enough to care for the children within Alfie's timescale, Rachel Kemp (team manager) "
            "will hold a legal planning meeting within 5 working days.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Copse Lane Nursery: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Review child protection conference: Wednesday 15/04/2026 at 10am, Chadderbrook Town Hall, "
            "Committee Room 2.",
        ]),
        ("p", "Plan sent to Leah, Ryan, Pat and every agency on the grid on 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A case-system print: a key of owner codes at the top, each action a block
#    of labelled lines (Task / Owner / Due / Check), "Trigger / Response"
#    contingency blocks. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_crumlowe_casebook_print_labelled_lines_initials_key_denton.pdf",
    "doc_title": "Casebook print - Child protection plan - Harvey and Lily Denton",
    "split": "heldout",
    "actions": 12,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Crumlowe Council · Casebook print · Harvey and Lily Denton",
    "footer": "Printed 23/01/2026 by K Rowe · Plan ID CP-26-0117 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-page-header-and-footer-labelled-plan-lines-then-key-of-owner-codes-at-top-kr-equals-name-and-role-then-household-reason-childrens-words-dads-view-strengths-outcomes-then-action-n-of-m-blocks-of-labelled-lines-outcome-task-owner-code-due-check-then-trigger-response-contingency-blocks-then-review-lines",
    "description": (
        "Exemplary child protection plan printed from an invented case-management system for a 9-year-old "
        "boy and a 6-year-old girl (neglect) living with their father, who is dependent on alcohol: the "
        "police found the children walking to a shop at 9.40pm for bread while he was asleep drunk, the "
        "boy cooks his sister's tea, and school attendance and hygiene have fallen. A key of owner codes "
        "at the top names every owner ('KR = Kate Rowe, social worker', the recovery worker, GP, DSL, "
        "school nurse, family support worker, young carers worker, Dad and 'GD' the paternal aunt). Each "
        "action is an 'Action n of 12' block of labelled lines (Outcome / Task / Owner / Due / Check); "
        "checks are breath readings and test results sent to the social worker, a routine checklist "
        "ticked and shared, a signed family diary, the boy telling his DSL how his evenings went, and "
        "reports shared. The recovery service reports on the father's capacity to change and its likely "
        "timescale. Contingency 'Trigger / Response' blocks cover drinking, the aunt's help failing, "
        "absence from school and a legal planning meeting after named triggers; core group dates and the "
        "review conference are printed."
    ),
    "blocks": [
        ("p", "CASEBOOK · Children's Social Care · Crumlowe Council"),
        ("title", "Child Protection Plan (print)"),
        ("kv", [
            ("Plan for", "Harvey Denton, born 17/06/2016 (9) · Lily Denton, born 03/03/2019 (6)"),
            ("Address", "41 Colliers Row, Crumlowe CR3 7DY"),
            ("Plan start", "13/01/2026 (initial child protection conference) · Status: Live"),
            ("Category", "Neglect (both children)"),
            ("Chair", "Imran Qureshi, child protection chair, Crumlowe Safeguarding Unit"),
            ("Core group", "Every 4 weeks, Thursdays 3.45pm, Crumlowe Primary School: 22/01/2026 (first, "
                           "held), 19/02/2026, 19/03/2026"),
            ("Review conference", "Thursday 09/04/2026, 10am, Crumlowe Civic Centre, Room 2"),
        ]),
        ("h2", "Key to owners"),
        ("p", "Owners are printed as codes. Each code stands for one person:"),
        ("pl", "KR = Kate Rowe, social worker, Crumlowe Children's Social Care (Assessment and Protection Team 2)"),
        ("pl", "JH = Jason Hart, team manager, Assessment and Protection Team 2"),
        ("pl", "RW = Ola Bankole, recovery worker, Crumlowe Recovery Partnership (adult alcohol service)"),
        ("pl", "GP = Dr Fiona Marsh, Colliers Row Medical Centre"),
        ("pl", "DSL = Mrs Priya Okoro, designated safeguarding lead, Crumlowe Primary School"),
        ("pl", "SN = Beth Aldred, school nurse, Crumlowe 5-19 Health Team"),
        ("pl", "FSW = Dean Ollerton, family support worker, Crumlowe Family Hub"),
        ("pl", "YC = Josie Lamb, young carers worker, Crumlowe Young Carers Project"),
        ("pl", "CD = Craig Denton, Dad"),
        ("p", "GD = Gemma Denton, Auntie Gemma (Craig's sister), 6 Coal Lane, Crumlowe"),
        ("h2", "Household"),
        ("p", "Harvey and Lily live with their dad, Craig Denton (38), at 41 Colliers Row. Their mum, Stacey "
              "Hurst, moved to Cheddersfield in 2023; the children see her one Saturday a month. Auntie Gemma "
              "lives five minutes' walk away and works mornings as a school cook."),
        ("h2", "Reason for plan"),
        ("p", "At 9.40pm on 28/12/2025 police found Harvey and Lily walking along Colliers Row to the Spar to "
              "buy bread. Harvey said Dad was \"asleep\". Officers found Craig asleep on the sofa, very drunk, "
              "with empty cider bottles round him. Craig told the conference he drinks about two litres of "
              "strong cider a day and vodka at weekends, and that his drinking has \"got away from him\" since "
              "Stacey left. He had a community detox in 2021 and drank again within three months. Harvey's "
              "attendance this school year is 81% and Lily's 84%; both are often late, Lily has come to school "
              "in wet clothes and with head lice, and Harvey has fallen asleep in class. Harvey told Mrs Okoro "
              "that he makes Lily's tea \"when Dad's had his cans\"."),
        ("h2", "What the children say"),
        ("p", "Harvey (seen on his own by KR at school on 09/01/2026): \"When Dad's had his cans he falls asleep "
              "and I do Lily's tea, beans or noodles. I don't mind. I just don't want him to get in trouble.\" "
              "\"I like it at Auntie Gemma's, she does proper dinners.\" He scored how safe home feels at 4 out "
              "of 10, and said 10 would be \"Dad not drinking and coming to my football\"."),
        ("p", "Lily (seen at home with KR on 12/01/2026, Harvey out of the room) drew her house with \"Daddy "
              "asleep on the settee with his cans\" and herself and Harvey \"watching telly in the dark\". She "
              "said she wants \"Auntie Gemma's spaghetti every day\" and that she is \"scared of the dark when "
              "Daddy won't wake up\"."),
        ("h2", "Dad's view"),
        ("p", "Craig: \"I love them kids, they're everything. I know I've let it slip since Christmas. I'll do "
              "the tests and the groups. I just don't want them taken off me.\""),
        ("h2", "Strengths"),
        ("bullets", [
            "Craig has not drunk before the school run since the conference, and Mrs Okoro says both children "
            "have been in on time since 14/01/2026.",
            "Auntie Gemma has had the children for tea twice a week since New Year and wants to help more.",
            "Harvey plays for Crumlowe Colts under-10s and loves it; his coach says he never misses training.",
            "Craig went to his first appointment at the Crumlowe Recovery Partnership on 15/01/2026.",
        ]),
        ("h2", "Outcomes for Harvey and Lily"),
        ("pl", "O1: Harvey and Lily are looked after every evening and every night by an adult who is sober."),
        ("pl", "O2: Both children are in school every day, on time, clean and fed, with attendance of 95% or more."),
        ("pl", "O3: Harvey no longer looks after Lily or his dad, and has time to be nine: football, friends and "
               "homework."),
        ("p", "O4: Lily's health needs (wetting at night, head lice) are checked and treated, and she is not "
              "frightened at bedtime."),
        ("h2", "Actions"),
        ("p", "Each action prints as a block of labelled lines. Owner is a code from the key at the top. Check "
              "says what will be seen, read or sent, and to whom."),
        ("h3", "Action 1 of 12"),
        ("kv", [
            ("Outcome", "O1"),
            ("Task", "Assess Craig's drinking (AUDIT, drinking diary and breath tests) and report on his capacity "
                     "to stop, the steps he needs to take, and how long change is likely to take given Harvey's "
                     "and Lily's ages"),
            ("Owner", "RW"),
            ("Due", "Assessment started by 23/01/2026; report by 20/02/2026; update by 02/04/2026"),
            ("Check", "Written report and update sent to KR, shared with Craig and the core group"),
        ]),
        ("h3", "Action 2 of 12"),
        ("kv", [
            ("Outcome", "O1"),
            ("Task", "Go to a recovery keywork session and blow into the breathalyser at the start of each "
                     "session"),
            ("Owner", "CD"),
            ("Due", "Every Tuesday at 10am, from 20/01/2026"),
            ("Check", "RW sends KR the session record and the breath reading every Friday"),
        ]),
        ("h3", "Action 3 of 12"),
        ("kv", [
            ("Outcome", "O1"),
            ("Task", "Drink no alcohol from 3pm on any day he is looking after Harvey and Lily, and blow into the "
                     "SafeBreath home breathalyser at 4pm and at 8pm"),
            ("Owner", "CD"),
            ("Due", "Every day, from 14/01/2026"),
            ("Check", "SafeBreath readings go to RW and KR each morning; every reading 0.00"),
        ]),
        ("h3", "Action 4 of 12"),
        ("kv", [
            ("Outcome", "O1"),
            ("Task", "Liver function blood test, and a review of medication to reduce Craig's cravings, agreed "
                     "with RW before any detox is planned"),
            ("Owner", "GP"),
            ("Due", "Blood test by 30/01/2026; medication review by 06/02/2026"),
            ("Check", "Blood results and the GP's letter sent to RW and KR"),
        ]),
        ("h3", "Action 5 of 12"),
        ("kv", [
            ("Outcome", "O2"),
            ("Task", "Ring Craig, and then KR, if Harvey or Lily is not in school by 9.10am"),
            ("Owner", "DSL"),
            ("Due", "Every school day"),
            ("Check", "First-day call log and both children's attendance e-mailed to KR every Friday; attendance "
                      "95% or more for each child by the February half term"),
        ]),
        ("h3", "Action 6 of 12"),
        ("kv", [
            ("Outcome", "O3"),
            ("Task", "Meet Harvey on his own to talk about his evenings, who made his tea and how Dad was, using "
                     "his three houses sheet"),
            ("Owner", "DSL"),
            ("Due", "Every Monday and Thursday at 9am"),
            ("Check", "Harvey tells Mrs Okoro how his evenings went; she writes it on the school safeguarding log "
                      "and sends KR a copy every Friday"),
        ]),
        ("h3", "Action 7 of 12"),
        ("kv", [
            ("Outcome", "O2"),
            ("Task", "Home sessions with Craig on the children's after-school and bedtime routine: tea, bath "
                     "nights, clean uniforms laid out, bedtimes by 7.30pm for Lily and 8.30pm for Harvey"),
            ("Owner", "FSW"),
            ("Due", "Every Wednesday, 4pm to 6pm, for 10 weeks from 21/01/2026"),
            ("Check", "Routine checklist ticked by FSW at each session and shared with KR and Craig; the bedtime "
                      "chart on the kitchen wall, seen by KR at her visits"),
        ]),
        ("h3", "Action 8 of 12"),
        ("kv", [
            ("Outcome", "O2, O3"),
            ("Task", "Take Harvey and Lily to school, give them their tea at 6 Coal Lane, and bring them home by "
                     "6.30pm"),
            ("Owner", "GD"),
            ("Due", "Every Monday and Thursday, from 19/01/2026"),
            ("Check", "Gemma signs the family diary on those days; KR reads the diary at each visit"),
        ]),
        ("h3", "Action 9 of 12"),
        ("kv", [
            ("Outcome", "O3"),
            ("Task", "Young carer's assessment of Harvey, then a place at the Tuesday after-school young carers "
                     "club"),
            ("Owner", "YC"),
            ("Due", "Assessment by 13/02/2026; club every Tuesday, 3.30pm to 5pm, from 17/02/2026"),
            ("Check", "Assessment sent to KR and Craig by 13/02/2026; club register; Harvey tells KR what he did "
                      "at club when she visits"),
        ]),
        ("h3", "Action 10 of 12"),
        ("kv", [
            ("Outcome", "O4"),
            ("Task", "Health assessment for Lily, including her night wetting and head lice, with a referral to "
                     "the enuresis clinic if she needs one"),
            ("Owner", "SN"),
            ("Due", "By 06/02/2026"),
            ("Check", "Health assessment summary sent to KR and the GP; a copy of any referral on file"),
        ]),
        ("h3", "Action 11 of 12"),
        ("kv", [
            ("Outcome", "O1, O3, O4"),
            ("Task", "Visit Harvey and Lily at home and see each of them on their own; at least one visit in "
                     "three unannounced, after 6pm"),
            ("Owner", "KR"),
            ("Due", "Every week until the review conference"),
            ("Check", "Visit records on Casebook within 2 working days; KR sees the SafeBreath readings, the "
                      "family diary and the children's bedrooms at each visit"),
        ]),
        ("h3", "Action 12 of 12"),
        ("kv", [
            ("Outcome", "O1 to O4"),
            ("Task", "Parenting assessment of Craig, with Harvey's and Lily's day at its centre and RW's report "
                     "built in"),
            ("Owner", "KR"),
            ("Due", "Report by 27/03/2026"),
            ("Check", "Report shared with Craig and the core group at least 5 working days before the review "
                      "conference"),
        ]),
        ("h2", "Contingency"),
        ("h3", "Trigger 1"),
        ("kv", [
            ("Trigger", "Any SafeBreath reading above 0.00 after 3pm, a missed reading, or Craig found drinking or "
                        "drunk while he is looking after the children"),
            ("Response", "RW or the SafeBreath alert tells KR the same day. KR (or the Emergency Duty Team out of "
                         "hours) visits within 2 hours and holds a strategy discussion that day. Harvey and Lily "
                         "go to Gemma's at 6 Coal Lane that night and stay until KR and RW agree they can go "
                         "home."),
        ]),
        ("h3", "Trigger 2"),
        ("kv", [
            ("Trigger", "Gemma cannot do the Monday or Thursday school run and tea, or cannot have the children "
                        "under Trigger 1"),
            ("Response", "Gemma rings KR as soon as she knows. For the school run, FSW collects Harvey and Lily at "
                         "8.20am and takes them to school. If the children cannot stay at home and Gemma cannot "
                         "have them, KR (or the Emergency Duty Team) places them together with Crumlowe foster "
                         "carers that night."),
        ]),
        ("h3", "Trigger 3"),
        ("kv", [
            ("Trigger", "Harvey or Lily is not in school by 9.10am and Craig does not answer the phone"),
            ("Response", "DSL rings KR straight away; KR or the duty social worker visits the house by 11am."),
        ]),
        ("h3", "Trigger 4"),
        ("kv", [
            ("Trigger", "Two SafeBreath readings above 0.00 in any four weeks, or RW's report (Action 1) says "
                        "Craig is not able to make the changes within the children's timescales, or either "
                        "child's attendance is below 90% at the core group on 19/03/2026"),
            ("Response", "JH holds a legal planning meeting within 5 working days to decide whether to start "
                         "pre-proceedings under the Public Law Outline."),
        ]),
        ("h2", "Review"),
        ("kv", [
            ("Core groups", "22/01/2026 (held), 19/02/2026, 19/03/2026, Thursdays 3.45pm, Crumlowe Primary School"),
            ("Review conference", "09/04/2026, 10am, Crumlowe Civic Centre, Room 2"),
            ("Distribution", "Craig Denton, Gemma Denton "
                             "and every owner in the key"),
        ]),
        ("p", "End of print."),
    ],
    "findings": [],
})

# ---------------------------------------------------------------------------
# 3. A numbered outline in four parts after domestic abuse: a "Lead for Part"
#    line over each part's actions ("She will:"), items naming someone else,
#    and a "How we will know" list numbered to match. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_cleddingham_outline_lead_lines_numbered_evidence_lists_haddad.md",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-md-details-field-lines-numbered-sections-why-there-is-a-plan-what-zain-and-noor-have-told-us-going-well-outcomes-then-plan-as-outline-parts-a-to-d-each-with-lead-for-part-line-and-she-will-or-he-will-lead-in-over-numbered-items-some-items-naming-another-owner-passive-with-agent-team-then-they-then-how-we-will-know-list-numbered-to-match-the-parts-items-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-year-old boy and a 4-year-old girl (emotional abuse) "
        "after their father strangled their mother in front of them; he is charged and on bail not to "
        "contact her or go to the home, the school or the nursery, and sees the children at a contact "
        "centre. The plan is a numbered outline in four parts. Each part opens with a 'Lead for Part ...' "
        "line naming one person once ('She will:', 'He will:'), who owns every item under it unless the "
        "item names someone else: a police officer, the mother, the school's ELSA, a housing team and then "
        "'they', the nursery, the contact supervisor as the agent of a passive sentence, and the maternal "
        "grandmother introduced by relationship. Each part ends with a 'How we will know' list numbered to "
        "match its items: visit records, a signed safety plan and the boy telling his social worker the "
        "code word, a completion sheet and locks seen working, a worry scale agreed with the worker, "
        "registers, reading ages and contact notes. The contingency covers the father coming to the home, "
        "the mother letting him back, the grandmother's help failing (with a refuge and foster carers) and "
        "a legal planning meeting after named triggers; core group dates and the review conference are set."
    ),
    "text": """\
# Cleddingham City Council: Children's Services

## Child protection plan: Zain and Noor Haddad

- **Children:** Zain Haddad, born 04/06/2017 (8), Year 4 at Castlegate Primary School; Noor Haddad,
  born 19/10/2021 (4), Cornflower Nursery (mornings, Monday to Friday)
- **Home:** 30 Cleddingham Road, Cleddingham CL4 2WS, with their mum, Amira Haddad (31)
- **Dad:** Sami Haddad (35), staying with a friend in Cawsey Park; on bail (see section 1)
- **Grandma:** Huda Karim, Amira's mum, 14 Crane Street, Cleddingham
- **Conference:** initial child protection conference, Wednesday 21/01/2026, chaired by Owen Bright
- **Category:** emotional abuse (both children)
- **Social worker:** Lucy Brennan, Safeguarding Team East (team manager: Mark Ingram)

### 1. Why there is a plan

On 22/12/2025 Sami put his hands round Amira's neck in the kitchen during an argument about money.
Zain and Noor were in the room. Zain ran next door and the neighbour rang 999. Amira had red marks on
her neck and was checked at Cleddingham Royal Infirmary. Sami was arrested and charged with intentional
strangulation. He is on bail not to contact Amira, and not to go to Cleddingham Road, Castlegate
Primary or Cornflower Nursery. His trial is listed at Cleddingham Crown Court on 11/05/2026.

Amira told the conference that Sami had pushed her and broken her phone "a few times" over the last two
years, always when he was stressed about money, and that the children had seen some of it. There were
two earlier police call-outs, in March and September 2025, with no charge.

### 2. What Zain and Noor have told us

Zain, seen on his own by Lucy at school on 14/01/2026: "Dad was squeezing Mum's neck and she couldn't
talk. I ran to Maureen's. I wasn't scared, I was angry." "I want to see Dad but I don't want him to
live with us. Not till he says sorry properly." Since Christmas he has slept on Amira's floor, and his
teacher says he startles when a door bangs. He scored how safe he feels at home now at 7 out of 10.

Noor, seen at nursery and at home: she has acted out "shouting" with the dolls' house figures at
nursery, putting the daddy figure "in the bin". At home on 16/01/2026 she told Lucy, "Daddy did hurt
Mummy's neck, now Daddy's at Jamal's house." She wet the bed most nights in January, and has begun to
cling to Amira at the nursery door.

### 3. What is going well

- Amira has supported the prosecution and has kept to the safety advice the police gave her.
- Zain's attendance is 98% and he still goes to Cleddingham Juniors football on Saturdays.
- Huda sees the children most days and Noor is relaxed and chatty at her house.
- Sami has kept to his bail conditions so far, and told Lucy he wants help "to stop being like that".

### 4. What we want for Zain and Noor

1. Zain and Noor live free from violence and fear at home, and see their dad only where it is safe.
2. Zain and Noor can talk about what happened with adults they trust, and sleep, play and learn
   without being frightened: Zain back in his own bed, Noor dry at night most nights.
3. Zain is in school every day and catches up with his reading; Noor settles at nursery each morning.
4. Zain and Noor know what to do and who to ring if they are frightened, and an adult comes.

### 5. The plan

The plan is in four parts. Each part has one lead, named once at the top, who owns every item in that
part unless the item names someone else. Each part ends with "How we will know", numbered to match
the items in that part.

#### Part A: keeping Zain and Noor safe at home

**Lead for Part A:** Lucy Brennan, social worker. She will:

- A1. Visit Zain and Noor at home every week until the review conference, see Zain on his own at
  least every other visit, and make at least one visit a month after school without notice.
- A2. Write a safety plan with Amira and the children (who to ring, the code word, where to go) by
  30/01/2026, and go through it with Zain in words he understands.
- A3. Cleddingham Homes' Sanctuary Scheme team agreed the work on 19/01/2026; they will fit extra
  locks, a door chain and a video doorbell at 30 Cleddingham Road by 06/02/2026.
- A4. DC Jess Warren (Cleddingham Police, Domestic Abuse Investigation Team) will put an urgent
  response flag on the address by 27/01/2026, and tell Lucy and Amira the same day if Sami's bail
  conditions change or he breaks them.
- A5. Amira will ring 999 if Sami comes to the house, the school or the nursery, and will not agree
  to see him anywhere outside the contact centre, from now until the trial.

**How we will know (Part A):**

1. Lucy's visit records on Clearview within 2 working days, with what Zain and Noor say and do.
2. The safety plan, signed by Amira, is on the file by 30/01/2026; at her next visit Zain tells Lucy
   the code word and who he would ring.
3. Cleddingham Homes e-mails Lucy the completion sheet, and Lucy sees the locks and the doorbell
   working at her next visit.
4. DC Warren e-mails Lucy the flag reference by 27/01/2026, and any bail change the same day.
5. Every call is on the police log; DC Warren sends Lucy the address's call log before each core
   group, and the school and nursery tell Lucy the same day if Sami is seen there.

#### Part B: helping Zain and Noor with what they have seen

**Lead for Part B:** Rhiannon Shaw, children's domestic abuse worker at Cleddingham Women's Aid. She
will:

- B1. Do eight one-to-one sessions with Zain at school on feelings, safety and what happened, every
  Wednesday afternoon from 28/01/2026 to 18/03/2026.
- B2. Do six play sessions with Noor at Cornflower Nursery, every Friday morning from 30/01/2026 to
  06/03/2026.
- B3. Mrs Ellen Carter, the emotional literacy support assistant at Castlegate Primary, will check in
  with Zain every Monday and Friday at 9am.
- B4. Amira will go to the 12-week "Recovery Toolkit" group at Cleddingham Women's Aid on Tuesdays at
  10am from 03/02/2026, so that she understands how the abuse has affected Zain and Noor and how to
  talk to them about it.

**How we will know (Part B):**

1. Rhiannon's session summaries, each with the worry scale score Zain and Rhiannon agree at the end
   of the session, sent to Lucy every four weeks; his first and last scores shown to the core group.
2. Rhiannon's note after each session of what Noor played and said, sent to Lucy every four weeks;
   Noor's key worker writes down how she separates from Amira each morning, and Lucy reads it monthly.
3. Zain tells Mrs Carter how his weekend or week has been; she writes it on the school's CPOMS log,
   and Mr Doyle sends Lucy a summary every Friday.
4. The group register, sent to Lucy every four weeks, and the group worker's end-of-course letter to
   Lucy on what Amira has taken from it.

#### Part C: school, nursery and everyday care

**Lead for Part C:** Mr Paul Doyle, designated safeguarding lead at Castlegate Primary. He will:

- C1. Ring Amira, and then Lucy, if Zain is not in school by 9.15am, and tell Lucy the same day if
  Zain is upset, hurt or says anything about home or his dad, every school day.
- C2. Test Zain's reading and put a reading catch-up plan in place, with three short sessions a week
  with a teaching assistant, by 13/02/2026.
- C3. Noor will be collected from Cornflower Nursery by her grandma, Huda Karim, on Tuesdays and
  Thursdays at 12 noon, and given her lunch at Crane Street until Amira finishes work at 3pm.
- C4. Cornflower Nursery (manager Jo Bates) will let only Amira and Huda collect Noor, using a
  password, from 22/01/2026, and will tell Lucy the same day if Noor is absent without a reason,
  hurt, or says anything worrying.

**How we will know (Part C):**

1. Mr Doyle's e-mails to Lucy, and the attendance printout sent every Friday; Zain's attendance at
   96% or more.
2. The catch-up plan, with Zain's reading age now and his target for the Easter holidays, sent to
   Lucy and Amira by 13/02/2026; his reading age tested again before the review conference.
3. The nursery's signing-out sheet shows Huda's name on Tuesdays and Thursdays; Lucy reads it at
   her monthly visit to the nursery.
4. Jo Bates confirms to Lucy by e-mail on 22/01/2026 that the password is set up; the collection
   log and any concern are e-mailed to Lucy the same day.

#### Part D: Sami's part

**Lead for Part D:** Sami Haddad, Dad. He will:

- D1. Go to an assessment with the Cleddingham Change Project by 13/02/2026 and, if he is accepted,
  start its domestic abuse perpetrator group on Thursday evenings from 26/02/2026.
- D2. Keep to his bail conditions: no contact with Amira, and not going to Cleddingham Road,
  Castlegate Primary or Cornflower Nursery, until the trial.
- D3. Contact with Zain and Noor will be supervised by Karen Lowe at the Cleddingham Family Contact
  Centre, every other Saturday from 10am to 11.30am, from 31/01/2026.

**How we will know (Part D):**

1. The Change Project's assessment letter to Lucy by 13/02/2026; the group register every four
   weeks; the group worker's report to the review conference on what Sami is taking responsibility
   for.
2. DC Warren tells Lucy at each core group whether any breach is recorded on the police system.
3. Karen Lowe's contact notes, saying how Zain and Noor were before, during and after each contact,
   e-mailed to Lucy within 2 working days.

### 6. If things go wrong

- If Sami comes to the house, the school or the nursery, or contacts Amira or the children outside
  the contact centre: Amira, the school or the nursery rings 999 and then Lucy. The police arrest him
  for breaching bail. Lucy (or the Emergency Duty Team out of hours) holds a strategy discussion the
  same day, and contact stops until that discussion decides what happens next.
- If Amira lets Sami back into the home or agrees to meet him: Lucy visits the same day and holds a
  strategy discussion with the police. If the home is not safe that night, Zain and Noor stay with
  Huda at 14 Crane Street.
- If Huda cannot collect Noor on a Tuesday or Thursday, she rings the nursery by 10am; Cornflower
  Nursery keeps Noor until 3.15pm (agreed by Jo Bates) and Amira collects her after work. If the
  children need somewhere safe to stay and Huda cannot have them, Lucy arranges a family room at
  the Cleddingham Women's Aid refuge for Amira and the children that day; if that is not possible,
  Lucy (or the Emergency Duty Team) places Zain and Noor together with Cleddingham foster carers that
  night.
- If Amira lets Sami back into the home, or any contact happens outside the contact centre twice
  before the review conference, or Sami is released after the trial and says he will move back in,
  Mark Ingram (team manager) will hold a legal planning meeting within 5 working days.

### 7. Meetings

- Core group every four weeks, Wednesdays at 3.30pm at Castlegate Primary School: 04/02/2026,
  04/03/2026 and 01/04/2026.
- Review child protection conference: Tuesday 14/04/2026 at 10am, Cleddingham Civic Offices.

Plan sent to Amira, Sami (Part D, the contact arrangements and the meetings only) and every agency
on 23/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes with an action log: owners in brackets after each
#    action, When and Check lines; last time's one-off actions closed.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_cawlingsby_core_group_minutes_action_log_bracket_owners_pickering.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-txt-caps-heading-attendance-list-with-roles-then-numbered-minutes-childrens-views-agency-updates-last-core-groups-actions-done-and-closed-scaling-contingency-reread-dates-then-action-log-a1-to-a12-owner-in-brackets-after-each-action-with-when-and-check-lines",
    "description": (
        "Exemplary second core group minutes for an 11-year-old girl and a 6-year-old boy with ADHD "
        "(neglect) whose mother is on a methadone script after an overdose in November, when the girl "
        "found her unconscious and rang 999. The minutes give the attendance list, the children's own "
        "words to the social worker, each agency's update, last time's one-off actions done and closed "
        "(a locked sharps box, a naloxone kit), the outcomes for the children kept from the conference "
        "plan, a scaling score, a re-read contingency and the meeting dates, then an "
        "action log of twelve live actions, each with its owner in brackets after the action ('(Dawn)', "
        "'(Gary, CDAS)', '(Grandad, Ken Pickering)', '(Mrs Kendal)') and When and Check lines: drug test "
        "results e-mailed, a locked safe seen at visits, a morning sheet signed and checked against the "
        "register, the girl telling her DSL about her week, an EHC request copied, clinic letters and "
        "reports shared. The drug and alcohol service reports on the mother's capacity to stay off heroin "
        "and how long change may take; the contingency gives the grandfather's fallback (an aunt, then a "
        "family support worker, then foster carers) and a legal planning meeting after named triggers."
    ),
    "text": """\
CAWLINGSBY COUNCIL - CHILDREN'S SERVICES
SAFEGUARDING TEAM NORTH

CORE GROUP MEETING - MINUTES (2nd core group)
=============================================

Children:   Keira Pickering, born 09/09/2014 (11), Year 7, Cawlingsby Academy
            Tyler Pickering, born 21/05/2019 (6), Year 1, Clayfield Primary School
Address:    12 Cutler Street, Cawlingsby CW7 3HD
Plan:       Child protection plan (neglect) from the initial conference on 04/12/2025
Meeting:    Thursday 22/01/2026, 4pm, Cawlingsby Family Hub
Chair and minutes: Nadia Brook, social worker (team manager: Rachel Holt)

Present
-------
Nadia Brook       Social worker, Cawlingsby Children's Services (chair)
Dawn Pickering    Mum
Ken Pickering     Grandad (Dawn's dad), 3 Cutler Street
Gary Thwaite      Recovery worker, Cawlingsby Drug and Alcohol Service (CDAS)
Mrs Sue Kendal    Designated safeguarding lead, Cawlingsby Academy (Keira)
Mr Dan Osei       SENCo, Clayfield Primary School (Tyler)
Lorraine Watts    School nurse, Cawlingsby 5-19 Team

Apologies: Dr Anita Kaur (GP, Cutler Street Surgery), report sent and read out.

In the action log at the end, each action's owner is in brackets after it, named as in this list.


1. KEIRA AND TYLER'S VIEWS

1.1 Nadia saw Keira on her own at school on 19/01/2026. Keira said: "It's better since Grandad comes
    in the mornings. I still check on Mum before I go to bed, I can't help it. I don't want to be
    doing that forever." She scored how safe home feels at 6 out of 10 (3 at the conference). She
    wants to go on the Year 7 residential to Coldharbour Lodge in March, and asked that Mum "gets her
    medicine every day so she doesn't get ill again".

1.2 Nadia saw Tyler at home on 20/01/2026 while Keira was at Grandad's. He showed Nadia his "feelings
    volcano" from school and said his tummy goes "rumbly" when Mum sleeps in the day. He said the best
    bit of the week is "Grandad's porridge". He wants Grandad "to stay forever".


2. UPDATES

2.1 CDAS (Gary): Dawn collects her methadone every day at Cawlingsby Pharmacy and takes it under
    supervision. Urine tests on 15/12/2025, 29/12/2025 and 12/01/2026 showed methadone only (no
    heroin, crack or benzodiazepines). Dawn went to five of six keywork sessions; she missed one on
    06/01/2026 with flu and rang in. Gary said Dawn is "early in recovery" and that the first six
    months carry the highest risk of relapse.

2.2 Dawn: "I know I nearly left them. Keira finding me like that, I'll never forgive myself. I'm
    doing everything they ask." She said she is tired in the afternoons and goes to bed early, and
    that Grandad's mornings "are saving me".

2.3 Cawlingsby Academy (Mrs Kendal): Keira's attendance this term is 91% (78% last term). She has
    been late three times. She is quiet in class, but has joined the Year 7 choir.

2.4 Clayfield Primary (Mr Osei): Tyler's attendance is 94%. His ADHD medication is given at home in
    the morning. He has a one-page profile, but needs more help than school can give from its own
    budget, and school is preparing a request for an EHC needs assessment.

2.5 School nurse (Lorraine): Keira told Lorraine she does the washing and cooks Tyler's tea "most
    days". She has not had a young carer's assessment.

2.6 Grandad (Ken): he has come at 7.15am every weekday since 05/01/2026. He is 67 and has angina, and
    said he "can't promise every day forever" but will do it until the review conference.

2.7 GP (Dr Kaur, report read out): Dawn's methadone dose is stable at 60ml. Dr Kaur will share any
    change of dose or prescriber with CDAS and Nadia the same day.


3. ACTIONS FROM THE LAST CORE GROUP (15/12/2025): DONE AND CLOSED

3.1 A locked sharps box fitted in the bathroom by Gary on 16/12/2025; Nadia checked the bathroom
    cabinet on 18/12/2025 and found no needles. Done, closed.
3.2 A naloxone kit kept at home, and Keira shown by Gary how to ring 999 and what to tell the call
    handler, on 19/12/2025. Done, closed.


4. WHAT WE WANT FOR KEIRA AND TYLER (outcomes from the conference plan, read out and kept)

4.1 Keira and Tyler are looked after every day by an adult who is free of heroin and other street
    drugs, and no drugs, needles or medicine are ever within their reach.
4.2 Keira is a child, not a carer: she does not check on her mum at night or cook Tyler's tea, and
    she has time for school, the choir and her friends.
4.3 Both children are in school every day and on time, and Tyler has the help he needs at school
    for his ADHD.
4.4 Keira and Tyler know what to do and who to ring if Mum cannot be woken, and an adult they know
    comes.


5. HOW THINGS ARE NOW

Worries: Dawn is in early recovery and relapse is most likely in the first months; Keira still does
a lot of caring; Tyler's needs at school are not yet fully met; the morning routine rests on Grandad,
who is 67 and unwell. Going well: three clear tests, the children in school, Grandad's mornings.
The core group scored safety at 5 out of 10 (0 = the children cannot live at home, 10 = the plan can
end). Nadia, Gary and Dawn agreed on 5; Mrs Kendal said 4.


6. CONTINGENCY (re-read from the conference plan and agreed again)

6.1 If Dawn is found under the influence, a test is positive for heroin or crack, or she misses her
    methadone two days in a row (the pharmacy tells Gary and Gary tells Nadia the same day): Nadia
    (or the Emergency Duty Team out of hours) visits that day and holds a strategy discussion, and
    Keira and Tyler go to Grandad's at 3 Cutler Street that night and stay until the core group
    agrees they can go home.
6.2 If Dawn is found unconscious or cannot be woken, Keira rings 999 and follows the call handler's
    instructions, then rings Grandad.
6.3 If Grandad cannot do a morning, he rings Nadia by 8pm the night before. Dawn's sister, Michelle
    Pickering, has agreed to do that morning. If neither can, Leanne Croft, family support worker at
    Cawlingsby Family Hub, comes at 7.30am (agreed by the Family Hub manager on 21/01/2026).
6.4 If the children need to leave home and neither Grandad nor Michelle can have them, Nadia (or the
    Emergency Duty Team) places Keira and Tyler together with Cawlingsby foster carers that night.
6.5 If any test is positive for heroin or crack, or Dawn misses two pick-ups in a row, before the
    review conference, or Gary's report (A2) says Dawn is not likely to stay off heroin within the
    children's timescales, Rachel Holt (team manager) will hold a legal planning meeting within 5
    working days.


7. DATES

Next core group: Thursday 12/02/2026, 4pm, Cawlingsby Family Hub.
Review child protection conference: Tuesday 03/03/2026, 10am, Cawlingsby Town Hall, Room 4.


ACTION LOG - agreed 22/01/2026
------------------------------
Owner in brackets after each action, then when it happens and how the core group will check it.

A1   Go to a keywork session at CDAS, with a urine drug test at each session (Dawn)
     When:  every Tuesday at 11am until the review conference
     Check: Gary e-mails Nadia the test results every Wednesday; every test clear of heroin, crack and
            benzodiazepines

A2   Report to the core group on Dawn's recovery: her capacity to stay off heroin, what would show she
     can keep Keira and Tyler safe, and how long that is likely to take (Gary Thwaite, CDAS)
     When:  report by 09/02/2026; update by 24/02/2026, before the review conference
     Check: written report and update sent to Nadia, who sends them to the core group and goes through
            them with Dawn

A3   Keep her methadone in the locked box CDAS provided, and never leave medicine or any drug where
     Keira or Tyler could reach it (Dawn)
     When:  every day
     Check: Nadia and Gary ask to see the locked box at every home visit and note it on their visit
            records

A4   Be at 12 Cutler Street by 7.15am to get the children up, give Tyler his medication and breakfast,
     and walk Tyler to Clayfield Primary (Grandad, Ken Pickering)
     When:  Monday to Friday until the review conference
     Check: Ken signs the morning sheet on the kitchen door; Nadia reads it at her visits and checks it
            against Tyler's register, which Mr Osei sends her every Friday

A5   Ring Dawn, and then Nadia, if Keira is not in school by 9am (Mrs Kendal)
     When:  every school day
     Check: first-day call log and Keira's attendance e-mailed to Nadia every Friday; attendance 95% or
            more by the February half term

A6   Check in with Keira in the pastoral room, one to one (Mrs Kendal)
     When:  every Wednesday at lunchtime
     Check: Keira tells Mrs Kendal how home has been and scores her week out of 10; Mrs Kendal records it
            on the school safeguarding log and e-mails it to Nadia each Friday

A7   Young carer's assessment of Keira, and a place at the Cawlingsby Young Carers Service Saturday
     club (Lorraine Watts, school nurse)
     When:  assessment by 13/02/2026; club every Saturday, 10am to 12 noon, from 21/02/2026
     Check: assessment sent to Nadia and Dawn by 13/02/2026; club register sent to Nadia monthly

A8   Send the request for an EHC needs assessment for Tyler to the council's SEND team (Mr Osei)
     When:  by 06/02/2026
     Check: copy of the request and the council's acknowledgement sent to Nadia and Dawn

A9   Take Tyler to his ADHD medication review at the Cawlingsby Community Paediatrics clinic (Dawn)
     When:  17/02/2026 at 2.30pm
     Check: clinic letter copied to Nadia and the GP; Lorraine checks any dose change with Dawn

A10  Visit Keira and Tyler at home, see each of them on their own, and make at least one visit in
     three unannounced after 5pm (Nadia)
     When:  every week until the review conference
     Check: visit records on CarePoint within 2 working days, noting the locked box, the morning sheet
            and what is in the fridge

A11  Complete the parenting assessment of Dawn, with Keira's and Tyler's needs at its centre and
     Gary's report built in (Nadia)
     When:  by 24/02/2026
     Check: report sent to Dawn and the core group at least 5 working days before the review conference

A12  Hold a family group conference for Dawn, Ken and Michelle, so the family plans who covers the
     mornings and the children's care if Ken cannot (Jenny Sill, Cawlingsby FGC Service)
     When:  by 20/02/2026
     Check: the family's plan sent to Nadia and read at the review conference

Minutes and action log sent to everyone present and to Dr Kaur on 23/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A 15-year-old's own plan: "I" is Jade; two-column cards (What / Who /
#    When / How we'll know), her own and the adults'. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_carlowby_my_plan_two_column_cards_i_is_jade_lonsdale.pdf",
    "doc_title": "My plan - Jade Lonsdale",
    "split": "heldout",
    "actions": 14,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Carlowby Council Children's Services · Jade's plan (her own copy)",
    "footer": "Jade Lonsdale · plan agreed 14/01/2026 · review conference 08/04/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "young-persons-own-cp-plan-paged-header-footer-i-is-the-young-person-about-me-kv-why-there-is-a-plan-in-her-words-and-the-social-workers-what-i-think-what-mum-and-dad-think-my-goals-then-two-column-cards-card-n-goal-with-what-who-when-how-well-know-rows-her-own-cards-then-the-adults-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary child protection plan written by a 15-year-old girl with her social worker after her "
        "initial conference (emotional abuse): her mother, who has bipolar disorder, stopped her lithium, "
        "went without sleep, brought strangers home at night, threw a mug that cut Jade's arm, and was "
        "admitted to hospital under section 2; Jade had missed 14 school days looking after her. 'I' is "
        "Jade throughout. The plan is fourteen two-column cards (What / Who / When / How we'll know): "
        "Jade's own (school, her Tuesday check-in, texting the care coordinator when she sees warning "
        "signs, netball, weekends at Dad's) and the adults' (the social worker, the care coordinator, "
        "Mum, Dad, the Carlowby Young Carers Service, her head of year). Checks are Jade telling her head "
        "of year her score, the register, lithium results, letters, visit records and a sheet she shows "
        "her social worker. The care coordinator reports on the mother's capacity to change and its "
        "likely timescale. The contingency gives warning signs, 999 and Dad's, a fallback to an aunt and "
        "then a foster placement, and a legal planning meeting after named triggers; meetings are dated."
    ),
    "blocks": [
        ("title", "My plan"),
        ("p", "I'm Jade. This is my child protection plan. I wrote it with Anna Fairley, my social worker, on "
              "16/01/2026, two days after my conference. Where it says \"I\" or \"me\", it means me, Jade. The "
              "adults are named on their own cards. Every card says what will happen, who does it, when, and "
              "how we'll know it's working."),
        ("h1", "About me"),
        ("kv", [
            ("Me", "Jade Lonsdale, born 02/05/2010 (15), Year 10 at Carlowby High School"),
            ("Where I live", "23 Crossley Street, Carlowby CW4 1NB, with Mum (Kerry Lonsdale, 41)"),
            ("Dad", "Mark Lonsdale, Flat 2, 88 Canal Road, Carlowby. I stay with him every other weekend."),
            ("Auntie Sue", "Sue Harrop, Mum's sister, 5 Castle Row, Carlowby"),
            ("My social worker", "Anna Fairley, Carlowby Council Children's Services (her manager is Gareth "
                                 "Price)"),
            ("Mum's care coordinator", "Becky Nolan, Carlowby Community Mental Health Team"),
            ("My head of year", "Ms Simran Kaur, Carlowby High School"),
            ("Conference", "Initial child protection conference, 14/01/2026. The plan is under emotional abuse."),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "In my words: Mum has bipolar. When she's well she's the best mum. In November she stopped her "
              "tablets because she said they made her \"flat\", and she stopped sleeping. She spent the rent on "
              "clothes and brought people I didn't know back to the flat at night. I stayed off school to look "
              "after her. On 19/12/2025 she threw a mug at me because I hid her purse, and it cut my arm. I "
              "walked to Dad's at 2am."),
        ("p", "Anna's words: Kerry has bipolar disorder, diagnosed in 2016, and is under the Carlowby Community "
              "Mental Health Team. She stopped her lithium in November 2025 and became manic. On 19/12/2025 "
              "she threw a mug which cut Jade's forearm (two steri-strips at Carlowby Hospital's urgent "
              "treatment centre). Kerry was admitted to the Clover Unit, Carlowby Hospital, under section 2 of "
              "the Mental Health Act on 20/12/2025 and came home on 09/01/2026, back on lithium. Jade missed 14 "
              "school days in November and December looking after her mum, and had been managing the money "
              "and the meals."),
        ("h1", "What I think"),
        ("p", "\"I love my mum and I want to live with her. I don't want to live at Dad's all the time, his "
              "flat's tiny, but I like weekends there.\" \"I want someone to actually tell me what's going on "
              "with Mum's illness, not whisper about it in the kitchen.\" \"I'm not scared of Mum. I'm scared "
              "of her getting ill again and no one noticing except me.\" I scored how safe I feel at home at 6 "
              "out of 10. Ten would be \"Mum well, me at school, and someone else watching out for the "
              "signs\"."),
        ("h1", "What Mum and Dad think"),
        ("p", "Mum: \"I'm so ashamed about the mug. I'd never hurt her when I'm well. I know I can't stop my "
              "lithium again, and I want Becky to help me spot it early.\" Dad: \"She can come to me any time, "
              "day or night. I just want her to stop being the grown-up.\""),
        ("h1", "My goals"),
        ("numbers", [
            "I feel safe at home and nobody hurts me, even when Mum is poorly.",
            "I am at school every day and I don't have to stay home to look after Mum.",
            "I know the warning signs, I know who to ring if Mum starts getting ill, and someone comes.",
            "I have time for me: netball, my friends and my GCSEs.",
        ]),
        ("h1", "My cards"),
        ("p", "There are 14 cards. Cards 1 to 5 are mine. Cards 6 to 14 are the adults'."),
        ("h3", "Card 1 · Goal 2"),
        ("table", {"rows": [
            ["What", "I will go to school every day, even if Mum is having a bad day, and ring Dad or Becky "
                     "instead of staying at home."],
            ["Who", "Me (Jade)"],
            ["When", "Every school day, from 19/01/2026"],
            ["How we'll know", "The school register. Ms Kaur sends Anna my attendance every Friday, and I want "
                               "to be at 95% by the Easter holidays."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 2 · Goals 1 and 3"),
        ("table", {"rows": [
            ["What", "I will go to my check-in with Ms Kaur and tell her honestly how home has been, using my "
                     "1 to 10 scale."],
            ["Who", "Me (Jade), with Ms Simran Kaur, my head of year"],
            ["When", "Every Tuesday at 8.40am"],
            ["How we'll know", "I tell Ms Kaur my score and why. She writes it on the school safeguarding log, "
                               "and Anna reads the log every fortnight."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 3 · Goal 3"),
        ("table", {"rows": [
            ["What", "If Mum shows any sign on my warning signs list (not sleeping, talking really fast, "
                     "spending, people I don't know at the flat), I will text Becky or ring the CMHT duty "
                     "number."],
            ["Who", "Me (Jade)"],
            ["When", "The same day I notice a sign"],
            ["How we'll know", "Becky writes down every message from me on Mum's record and rings me back within "
                               "24 hours; she tells Anna the same day."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 4 · Goal 4"),
        ("table", {"rows": [
            ["What", "I will go to netball club after school and stay for the whole session."],
            ["Who", "Me (Jade)"],
            ["When", "Every Thursday, 3.30pm to 5pm"],
            ["How we'll know", "Mrs Dale's netball register, which she sends to Ms Kaur each half term; I tell "
                               "Anna about matches at her visits."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 5 · Goals 1 and 4"),
        ("table", {"rows": [
            ["What", "I will stay at Dad's flat every other weekend, and Dad will collect me from Mum's and "
                     "bring me back."],
            ["Who", "Me (Jade) and Dad (Mark Lonsdale)"],
            ["When", "Every other weekend, Friday 5pm to Sunday 6pm, from 23/01/2026"],
            ["How we'll know", "Dad texts Anna when I arrive and when I'm back at Mum's."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 6 · Goals 1 and 3"),
        ("table", {"rows": [
            ["What", "See me on my own, at home or at school, and tell me what is happening about Mum's "
                     "illness in words I understand."],
            ["Who", "Anna Fairley, my social worker"],
            ["When", "Every week until the review conference on 08/04/2026"],
            ["How we'll know", "Anna's visit records on Carelog within 2 working days, with my own words in them. "
                               "I get a text after each visit saying what we agreed."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 7 · All goals"),
        ("table", {"rows": [
            ["What", "An assessment of how Mum and Dad can keep me safe and well when Mum is unwell, and what "
                     "needs to be in place."],
            ["Who", "Anna Fairley, my social worker"],
            ["When", "Report by 20/03/2026"],
            ["How we'll know", "Anna goes through the report with me first, then shares it with Mum, Dad and the "
                               "core group before the review conference."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 8 · Goals 1 and 3"),
        ("table", {"rows": [
            ["What", "Review Mum's care plan and relapse plan with her, and write to the core group about how "
                     "Mum's illness affects looking after me, what needs to change, and how long that is "
                     "likely to take."],
            ["Who", "Becky Nolan, Mum's care coordinator, Carlowby Community Mental Health Team"],
            ["When", "Letter by 20/02/2026, and an update before the review conference"],
            ["How we'll know", "Becky's letters go on Anna's file, and Anna talks them through with me."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 9 · Goals 1 and 3"),
        ("table", {"rows": [
            ["What", "Visit Mum at home, check her lithium blood tests are being done, and tell the core group "
                     "whether Mum is making the changes in her letter (card 8) and how quickly."],
            ["Who", "Becky Nolan, Mum's care coordinator"],
            ["When", "Every two weeks until the review conference"],
            ["How we'll know", "Becky's written update to every core group, with Mum's latest lithium level."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 10 · Goal 1"),
        ("table", {"rows": [
            ["What", "Mum will take her lithium every evening and have her lithium blood test every month."],
            ["Who", "Mum (Kerry Lonsdale)"],
            ["When", "Every evening; blood test in the first week of every month at Crossley Street Surgery"],
            ["How we'll know", "The surgery sends the blood results to Becky, who tells Anna whether the level "
                               "is in range."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 11 · Goal 1"),
        ("table", {"rows": [
            ["What", "Mum will not bring anyone I don't know back to the flat after 8pm, and will tell Anna "
                     "who stays over."],
            ["Who", "Mum (Kerry Lonsdale)"],
            ["When", "Every night, from 14/01/2026"],
            ["How we'll know", "I tell Anna at her visits who has been round, and Anna writes it in her visit "
                               "record."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 12 · Goals 1 and 3"),
        ("table", {"rows": [
            ["What", "Dad will come and get me and have me at his flat if Mum is unwell or I don't feel safe, "
                     "at any time of the day or night."],
            ["Who", "Dad (Mark Lonsdale)"],
            ["When", "Within an hour of me ringing him"],
            ["How we'll know", "Dad texts Anna when I'm with him, and Anna checks with me at her next visit."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 13 · Goals 3 and 4"),
        ("table", {"rows": [
            ["What", "Six sessions with me about bipolar disorder, being a young carer, and what I can and "
                     "can't do for Mum."],
            ["Who", "The Carlowby Young Carers Service (my worker is Tasha Byrne)"],
            ["When", "Every other Monday at 4pm, from 26/01/2026 to 06/04/2026"],
            ["How we'll know", "Tasha's session notes go to Anna. At the last session I fill in my \"what I know "
                               "now\" sheet and show it to Anna."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h3", "Card 14 · Goals 2 and 4"),
        ("table", {"rows": [
            ["What", "Make a catch-up plan for the GCSE coursework I missed in November and December."],
            ["Who", "Ms Simran Kaur, my head of year"],
            ["When", "Plan by 06/02/2026"],
            ["How we'll know", "The plan is sent to me and Anna, and my coursework is marked up to date on my "
                               "Easter school report."],
        ], "widths": [3.6, 13.4], "bold_first_col": True}),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Mum shows a warning sign on my list, Becky visits Mum within 24 hours (the same day if Mum has "
            "not slept for two nights), and I stay at Dad's until Becky and Anna agree it's OK to go home.",
            "If anyone hurts me or I feel scared at home, I ring 999 and then Dad. Anna (or the Emergency Duty "
            "Team at night) and the police hold a strategy discussion the same day, and I stay at Dad's.",
            "If Dad can't have me (he sometimes works nights), I go to Auntie Sue's at 5 Castle Row. If neither "
            "Dad nor Auntie Sue can have me, Anna (or the Emergency Duty Team) finds me a foster placement near "
            "school for that night.",
            "If Mum stops her lithium again, or she hurts me again, or I have to leave home at night twice "
            "before the review conference, Gareth Price (Anna's manager) will hold a legal planning meeting "
            "within 5 working days. Anna will tell me what it decides.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 4pm at Carlowby High School: 28/01/2026, 25/02/2026 and "
            "25/03/2026. I go to the first half hour.",
            "Review child protection conference: Wednesday 08/04/2026 at 10am, Carlowby Civic Centre. I will "
            "go, and Anna will help me write down what I want to say.",
        ]),
        ("p", "Copies to me, Mum, Dad, Becky, Ms Kaur and Tasha, 16/01/2026."),
    ],
    "findings": [],
})

# ---------------------------------------------------------------------------
# 6. Initial conference plan in a table whose owner sits in a "Signed off by"
#    column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_corsendale_icpc_signed_off_by_column_table_whitlow.docx",
    "doc_title": "Initial Child Protection Plan - Harley Whitlow and Ellie-May Pask",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-docx-council-template-details-table-reason-for-plan-childrens-lived-experience-parents-views-strengths-outcomes-then-no-what-needs-to-happen-by-when-signed-off-by-how-well-know-table-owner-in-sign-off-column-then-contingency-paragraphs-core-group-and-review-table",
    "description": (
        "Initial conference plan for a 2-year-old boy and a 10-week-old girl (neglect) whose mother has "
        "depression and anxiety and cut herself in December: the flat is dirty, the baby has dropped from "
        "the 25th to the 9th centile and missed her 8-week immunisations, and the boy has few words. The "
        "baby's father works nights; the maternal grandmother helps in the afternoons. The plan is a No. "
        "/ What needs to happen / By when / Signed off by / How we'll know table, the owner written in the "
        "'Signed off by' column. Faults: the health visitor's weekly weighing checked only by 'Monitored by "
        "HV at each visit' (M002); the CPN's fortnightly support visits, measured by attendance, with no "
        "view on the mother's capacity to change (H001); 'All agencies' sharing worries (W002); 'The "
        "family' doing the weekend night feeds (W002); the grandmother's afternoon visits checked only by "
        "her keeping an eye on things (M002); the baby's immunisations with '-' for sign-off (W001); the "
        "family support worker's home sessions with '-' for how we'll know (M001); and a contingency that "
        "sends the children to the grandmother with no word of what happens if she cannot have them, or "
        "cannot do her afternoons (C003)."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "Corsendale Metropolitan Borough Council · Children and Families Service · Safeguarding Team West"),
        ("table", {
            "rows": [
                ["Children", "Harley Whitlow, born 11/11/2023 (2); Ellie-May Pask, born 15/11/2025 (10 weeks)"],
                ["Address", "Flat 9, Coulter House, Chandlers Way, Corsendale CS3 6JE"],
                ["Mother", "Chantelle Whitlow (22)"],
                ["Ellie-May's father", "Jordan Pask (24), lives with the family; nights at a warehouse, Sunday to "
                                       "Thursday. Harley's father has no contact."],
                ["Maternal grandmother", "Denise Whitlow, 18 Copthorne Road, Corsendale"],
                ["Conference", "Initial child protection conference, Monday 26/01/2026, chaired by Alan Fisk"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Priya Dhillon (team manager: Lisa Crane)"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "Reason for the plan"),
        ("p", "Chantelle has had depression and anxiety since she was 15 and is under the Corsendale Community "
              "Mental Health Team. Her mood dropped after Ellie-May's birth, and on 18/12/2025 she cut her arms "
              "and was seen at Corsendale General Hospital. When the health visitor visited on 08/01/2026 the "
              "flat smelt of dog mess, there were nappies and food on the floor, Harley had a sore nappy rash, "
              "and Ellie-May was in a bouncer with a cold bottle propped beside her. Ellie-May was on the 25th "
              "centile at birth and is now on the 9th. She has not had her 8-week immunisations. Harley has about "
              "ten words and no one has yet checked his development. Jordan sleeps most of the day after his "
              "night shifts."),
        ("h1", "Harley and Ellie-May's lived experience"),
        ("p", "When Priya visited on 15/01/2026 Harley brought her his shoes, said \"out\" and stood at the door; "
              "he pointed at the fridge and said \"dink\" when he was thirsty. He had a nappy that was full and "
              "had leaked. At Denise's house on 20/01/2026 he was chatty and played with her cat, and he cried "
              "when it was time to go home. Ellie-May is quiet and watchful. The health visitor saw her root and "
              "suck her fist for twenty minutes before Chantelle noticed she was hungry; she fed hungrily once "
              "the bottle came, and settled on Denise's shoulder afterwards."),
        ("h1", "What the parents say"),
        ("p", "Chantelle: \"I love them, I just can't get going in the mornings. I'm scared they'll be taken.\" "
              "Jordan: \"I didn't realise how bad it was because I'm asleep. I'll do more at weekends.\""),
        ("h1", "Strengths"),
        ("bullets", [
            "Chantelle has kept her CMHT appointments since December.",
            "Denise sees the children most days and wants to help.",
            "Jordan has asked his manager about day shifts.",
        ]),
        ("h1", "What we want for Harley and Ellie-May"),
        ("numbers", [
            "Ellie-May is fed when she is hungry and her weight is back on the 25th centile by the review "
            "conference.",
            "Harley's speech and development are checked, and he gets the help he needs to talk and play.",
            "Harley and Ellie-May live in a clean, safe flat and are changed, washed and fed every day.",
            "Harley and Ellie-May are cared for by adults who are well enough to notice and meet their needs.",
        ]),
        ("h1", "The plan"),
        ("p", "The person in the \"Signed off by\" column owns the action and signs it off at each core group."),
        ("table", {
            "header": ["No.", "What needs to happen", "By when", "Signed off by", "How we'll know"],
            "widths": [1.0, 5.6, 3.2, 3.2, 4.0],
            "rows": [
                ["1", "Home visit to weigh Ellie-May, watch a feed and check her feeding chart",
                 "Every Tuesday until the review conference", "Zoe Hart, health visitor (Corsendale 0-19 "
                 "Service)", "Monitored by HV at each visit"],
                ["2", "Visit Harley and Ellie-May at home, at least one visit in three unannounced, and see "
                      "Harley playing and Ellie-May being handled",
                 "Every week until the review conference", "Priya Dhillon, social worker",
                 "Visit records on Corsys within 2 working days, with what the children were doing and how "
                 "they were"],
                ["3", "Support visits to Chantelle from her community psychiatric nurse, to help with her low "
                      "mood and anxiety",
                 "Every two weeks", "Mark Ellery, CPN, Corsendale Community Mental Health Team",
                 "Attendance recorded by Mark on the CMHT record and passed to the SW"],
                ["4", "Take her sertraline every morning, and see Dr Pearce for a medication review every month",
                 "Daily; GP review monthly, the first by 13/02/2026", "Chantelle",
                 "Dr Pearce's review letter sent to the SW after each appointment"],
                ["5", "Share any worry about Harley's or Ellie-May's care with the social worker",
                 "The same day", "All agencies", "Worry recorded on the children's files by the SW"],
                ["6", "Help Chantelle with Ellie-May's night feeds on Friday and Saturday nights, so that she "
                      "can sleep",
                 "Every Friday and Saturday night", "The family",
                 "Feeds written on the feeding chart, which the HV reads on Tuesdays"],
                ["7", "Call in every afternoon to help with Harley's tea and bath",
                 "Every weekday, 3pm to 5pm", "Grandma (Denise Whitlow)",
                 "Denise keeps an eye on Chantelle and the children"],
                ["8", "Two-year development review for Harley, with an ASQ-3 and a speech and language screen",
                 "By 27/02/2026", "Zoe Hart, health visitor",
                 "ASQ-3 scores sent to the SW; a speech and language referral made if Harley scores below the "
                 "cut-off"],
                ["9", "Funded two-year-old nursery place for Harley at Corsendale Children's Centre Nursery",
                 "Monday, Wednesday and Friday mornings, from 02/02/2026", "Ruth Moss, nursery manager",
                 "Attendance register e-mailed to the SW every Friday"],
                ["10", "Ellie-May's 8-week immunisations to be booked and given at Corsendale Medical Practice",
                 "By 13/02/2026", "-",
                 "Practice confirms to the HV and the SW that they have been given"],
                ["11", "Home sessions with Chantelle on routines, tidying and making the bedrooms safe for "
                       "Harley and Ellie-May",
                 "Every Thursday, 10am to 12 noon, for 8 weeks from 29/01/2026", "Gail Norris, family support "
                 "worker", "-"],
                ["12", "Parenting assessment of Chantelle and Jordan, with Harley's and Ellie-May's needs at "
                       "its centre",
                 "By 20/03/2026", "Priya Dhillon, social worker",
                 "Report shared with Chantelle, Jordan and the core group before the review conference"],
                ["13", "Go to the \"Dad Matters\" group for new fathers at Corsendale Family Hub",
                 "Tuesdays at 6pm for 8 weeks, from 03/02/2026", "Jordan Pask",
                 "Group register sent to the SW, and the group worker's end-of-course note"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Ellie-May's weight falls below the 2nd centile, or Chantelle tells anyone she has thoughts of "
              "harming herself or the children, Priya (or the Emergency Duty Team out of hours) will hold a "
              "strategy discussion the same day, and Harley and Ellie-May will go to stay with Grandma Denise at "
              "18 Copthorne Road until it is safe for them to come home."),
        ("p", "If Chantelle misses two CMHT appointments in a row, Mark Ellery will tell Priya the same day and "
              "Priya will visit that day."),
        ("p", "If by the core group on 09/03/2026 Ellie-May's weight has not started to rise, or the flat is "
              "still not safe for the children, Lisa Crane (team manager) will request a legal planning meeting "
              "within 10 working days."),
        ("h1", "Core group and review"),
        ("table", {
            "header": ["Meeting", "Date", "Where"],
            "widths": [5.0, 6.0, 6.0],
            "rows": [
                ["Core group (every 4 weeks)", "Mondays 09/02/2026, 09/03/2026 and 06/04/2026, 1pm",
                 "Corsendale Children's Centre"],
                ["Review child protection conference", "Tuesday 21/04/2026, 10am", "Corsendale Civic Hall"],
            ],
        }),
        ("p", "Plan sent to Chantelle, Jordan, Denise and every agency named above on 28/01/2026."),
    ],
    "findings": [
        F("M002", "Home visit to weigh Ellie-May, watch a feed"),
        F("H001", "Support visits to Chantelle from her community psychiatric nurse"),
        F("W002", "Share any worry about Harley's or Ellie-May's care"),
        F("W002", "Help Chantelle with Ellie-May's night feeds on Friday and Saturday"),
        F("M002", "Call in every afternoon to help with Harley's tea"),
        F("W001", "Ellie-May's 8-week immunisations to be booked and given"),
        F("M001", "Home sessions with Chantelle on routines, tidying and making"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. The social worker's plan letter to both parents, with lead-ins over the
#    bullets of "What will happen". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_cudderby_plan_letter_to_parents_lead_ins_fairclough.md",
    "split": "heldout",
    "actions": 13,
    "template": "plan-letter-md-from-social-worker-to-both-parents-i-is-the-writer-letterhead-why-there-is-a-plan-what-jack-and-ruby-have-told-us-going-well-what-we-want-then-what-will-happen-bullets-under-lead-ins-i-will-kirsty-you-have-agreed-dean-you-have-agreed-school-will-nursery-will-other-things-then-if-things-go-wrong-meetings-signature",
    "description": (
        "The social worker's plan letter to both parents after the initial conference for a 7-year-old "
        "boy and a 4-year-old girl (emotional abuse): police have been called three times to arguments "
        "when the father had been drinking, the boy hides under his bed with his sister, and the girl's "
        "speech is delayed. 'I' is the social worker; each parent is spoken to by name. The plan is "
        "bullets under lead-ins ('I will:', 'Kirsty, you have agreed to:', 'Dean, you have agreed to:', the "
        "school's and the nursery's parts, 'Other things that will happen:'). Faults: 'All of us who work "
        "with your family' keeping an eye on the children (W002, M002); the school monitoring the boy's "
        "attendance and wellbeing (M002); a speech and language referral in the passive with no agent "
        "(W001); the parenting assessment with no stated output (M001); the father contacting the alcohol "
        "service 'when you feel ready' (T002); the father's drinking recorded with no adult service owning "
        "any action (F004); and no legal planning anywhere (R002)."
    ),
    "text": """\
# Cudderby Borough Council

**Children's Services · Family Safeguarding Team**
Cudderby House, Market Street, Cudderby CU1 1AA

29 January 2026

Kirsty and Dean Fairclough
14 Curlew Close
Cudderby CU2 9LP

Dear Kirsty and Dean,

## Jack and Ruby's child protection plan

Thank you both for coming to the initial child protection conference on Tuesday 27/01/2026. I know it
was a hard meeting. The conference decided that Jack and Ruby need a child protection plan, under the
category of emotional abuse. As I promised, I am writing to set out the plan. I am Jack and Ruby's
social worker, and "I" in this letter means me.

## Why there is a plan

The police have been called to your home three times since October (12/10/2025, 23/11/2025 and
31/12/2025) after neighbours heard shouting. Each time Dean had been drinking. On 31/12/2025 Dean
punched a hole in the kitchen door while Jack and Ruby were upstairs. Jack told his teacher that he
takes Ruby under his bed "when Dad's shouting". Dean, you told the conference that you drink eight to
ten cans most evenings since you lost your job in the summer, and more at weekends. Kirsty, you said
you are "worn out" and that you try to keep the children upstairs when Dean has had a drink. Ruby's
nursery is worried that she has few words and is hard to understand.

## What Jack and Ruby have told us

I saw Jack on his own at school on 20/01/2026. He said: "I take Ruby under my bed and we play quiet
games till it stops." "I wish Dad didn't have the cans. He's funny when he doesn't." He said he would
like "no shouting, and Dad to take me to football". At nursery Ruby plays "shouty daddy" with the
dolls, and when I visited on 22/01/2026 she hid behind Kirsty's legs when Dean raised his voice at the
television.

## What is going well

- Kirsty has got Jack and Ruby to school and nursery every day this term.
- Dean told the conference that he knows the drinking is hurting the children, and that he wants to
  take Jack to football again.
- Jack is doing well with his reading and has a good friend, Oscar.

## What we want for Jack and Ruby

1. Jack and Ruby live in a calm home where they do not hear or see arguments or violence.
2. Jack and Ruby are looked after by parents who are sober when they are caring for them.
3. Ruby's talking is checked, and she gets help so that she can make herself understood.
4. Jack feels safe enough to sleep in his own bed and to tell an adult when he is worried.

## What will happen

**I will:**

- visit Jack and Ruby at home every week until the review conference, see Jack on his own at least
  every other week, and write up each visit on Carefile within 2 working days, with what Jack and
  Ruby said and did;
- make a safety plan with Jack about what to do if there is shouting (where to go and who to ring) by
  13/02/2026, and give you both a copy; Jack will show his copy to Mrs Hollins at school;
- complete a parenting assessment of you both by 27/03/2026.

**Kirsty, you have agreed to:**

- ring 999 every time Dean is drunk and shouting or threatening, and give me the police log number
  the next day;
- take Ruby to the "Chatterbox" stay-and-play at Cudderby Family Hub every Wednesday at 9.30am from
  04/02/2026; Naomi Price, the Family Hub worker, will send me the register each month.

**Dean, you have agreed to:**

- not drink at all on any day you are looking after Jack and Ruby on your own, and not come home drunk
  when they are in, from 27/01/2026; I will ask Jack, Ruby and Kirsty about this at every visit and
  write down what they tell me;
- think about contacting the Cudderby Alcohol Service when you feel ready, and tell me when you have
  had a first appointment;
- go to the 17-week Caring Dads programme at Cudderby Family Hub on Monday evenings from 09/02/2026;
  the programme worker will send me your attendance every month and a mid-point report in April.

**Cudderby Park Primary School (Mrs Jo Hollins, designated safeguarding lead) will:**

- monitor Jack's attendance and wellbeing every school day;
- meet Jack for a "worry time" check-in every Monday at 9am, when Jack can tell Mrs Hollins how the
  weekend was; she will e-mail me a note of what he says each Monday.

**Cuckoo Lane Nursery (Ruby's key worker, Sophie Grant) will:**

- tell me the same day if Ruby says or shows anything worrying, or is not collected by 12 noon, and
  send me her attendance every Friday.

**Other things that will happen:**

- A referral will be made to the Cudderby Children's Speech and Language Therapy Service for Ruby by
  13/02/2026, and the appointment letter copied to me.
- All of us who work with your family will keep an eye on how Jack and Ruby are, at every visit and
  every school day.

## If things go wrong

If the police are called to your home again, or Dean is drunk while he is looking after the children,
I (or the Emergency Duty Team out of hours) will hold a strategy discussion with the police the same
day. Dean, you have agreed that you will then leave the house and stay at your brother Gary's flat in
Carnley Road that night, and not come back until I have visited and agreed it with Kirsty. Kirsty, if
you feel unsafe at any time, ring 999; Cudderby Women's Aid will find you and the children a refuge
place the same day, and I will visit you there the next day.

## Meetings

- Core group every four weeks, Thursdays at 3.30pm at Cudderby Park Primary School: 05/02/2026,
  05/03/2026 and 02/04/2026.
- Review child protection conference: Wednesday 22/04/2026 at 10am, Cudderby House.

If anything in this letter is not what you remember agreeing, please ring me on 01632 960 418.

Yours sincerely,

Ben Ashworth
Social Worker, Family Safeguarding Team (team manager: Helen Royle)

Copies to: Mrs Jo Hollins (Cudderby Park Primary), Sophie Grant (Cuckoo Lane Nursery), Naomi Price
(Cudderby Family Hub), PC Sam Okoye (Cudderby Police, Domestic Abuse Unit), the conference chair.
""",
    "findings": [
        F("W002", "All of us who work with your family will keep"),
        F("M002", "All of us who work with your family will keep"),
        F("M002", "monitor Jack's attendance and wellbeing every school day"),
        F("W001", "A referral will be made to the Cudderby Children's Speech"),
        F("M001", "complete a parenting assessment of you both by 27/03/2026"),
        F("T002", "think about contacting the Cudderby Alcohol Service when you feel ready"),
        F("F004"),
        F("R002"),
    ],
})
