"""Batch 94, module l: seven fictional plans (held-out material), places beginning with "l".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans at a review stage. Action tables carried forward from the last
conference with progress notes and RAG or status columns ("Ongoing", "Not
started", "New action", "C/F"), with what was achieved moved to a separate
closed list; rows split by child under banner rows; an outcome column merged
down beside an "Impact on the child" column; core group minutes whose agency
updates end in an action log; measures kept in "Target" and "Evidence"
columns; and a plan stepped down to child in need. Good rows sit beside rows
whose only update says what happened. Domestic abuse, neglect with a
mother's depression, a step-down after parental alcohol misuse, a premature
baby at home, a family moving to another authority, a baby born to parents
using heroin and alcohol, and a looked-after premature baby on a neonatal
unit. Two are exemplary (one .docx, one PDF).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. RCPC1, domestic abuse and father's alcohol use. Landscape table with a
#    banner row for each child, Target and "Update at review" + RAG (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_lathermere_rcpc_rag_rows_by_child_rahman.docx",
    "doc_title": "Review Child Protection Plan - Amira and Yusuf Rahman",
    "split": "heldout",
    "landscape": True,
    "template": "rcpc1-docx-landscape-kv-details-what-changed-childrens-words-numbered-outcomes-closed-at-review-bullets-then-ref-action-lead-by-when-target-update-at-review-rag-table-banner-row-per-child",
    "description": (
        "First review conference plan for two children (9 and 4) after domestic abuse by their father, "
        "who drinks heavily and now lives with his brother. Achieved items are listed and closed; the "
        "live table has a banner row for Amira, for Yusuf and for the adults. Good rows sit beside a "
        "mentor row measured by 'Engagement', a referral with an empty Target, a nursery row 'Ongoing' "
        "and 'Monitored', a Freedom Programme row waiting for a place, an 'All agencies' row, a blank "
        "lead, and Talking Therapies only treating Nadia. One outcome is only about Imran; the uncle "
        "and grandmother carry contact and school runs but the contingency never covers them failing."
    ),
    "actions": 13,
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Lathermere Borough Council · Children's Services · Safeguarding and Family Support Team 2"),
        ("kv", [
            ("Children", "Amira Rahman, DOB 11/02/2016 (9); Yusuf Rahman, DOB 23/09/2020 (4)"),
            ("Address", "14 Calder Walk, Lathermere LM6 2TD"),
            ("Mother", "Nadia Rahman (33)"),
            ("Father", "Imran Rahman (36), living with his brother Tariq at 2 Osier Road since 20/04/2025"),
            ("Category of plan", "Emotional harm (both children)"),
            ("Initial conference", "14/04/2025"),
            ("This review", "07/07/2025, chaired by Helen Marsh (IRO)"),
            ("Social worker", "Leanne Cardew; team manager Phil Ormerod"),
        ]),
        ("h1", "1. What has changed since the initial conference"),
        ("p", "The plan began after police were called to the family home on 29/03/2025. Imran had been "
              "drinking, broke the living room door and pushed Nadia against the wall while Amira was on the "
              "stairs and Yusuf was asleep. It was the fourth police call-out in two years. Imran left the "
              "home on 20/04/2025 and lives with his brother Tariq. There have been no further call-outs. "
              "Imran accepts he drinks most days and says he wants help; he was sentenced to a community order "
              "in May. Nadia has anxiety, sees her GP and was referred to Lathermere Talking Therapies in June. "
              "She has started an access course at Lathermere College on Tuesdays and Thursdays."),
        ("h1", "2. What Amira and Yusuf have told us"),
        ("p", "Amira (seen alone at Fernhill Primary, 30/06/2025) filled in her three houses sheet. In her "
              "house of worries she wrote \"Dad shouting\" and \"Dad coming back when he's drunk\". In her "
              "house of good things she wrote \"Uncle Tariq's on Saturdays\", \"Nani picking us up\" and "
              "\"Mum smiling more\". In her house of dreams: \"Dad stops drinking and we go to the park\". She "
              "said: \"It's quieter now. I still listen for the door at night.\""),
        ("p", "Yusuf is 4 and talks in short sentences. At the home visit on 02/07/2025 he played with his "
              "cars, showed the social worker his new bed and said \"Daddy at Uncle Tariq house\". Nursery say "
              "he has stopped hiding under the table when other children shout, but he still wets himself "
              "most weeks."),
        ("h1", "3. Outcomes we want"),
        ("numbers", [
            "Amira and Yusuf live in a calm home where no adult hurts or frightens them or their mum.",
            "Amira has a safe adult to talk to at school, and says she feels safe at home at night.",
            "Imran will reduce his drinking and learn to manage his anger.",
            "Yusuf is at nursery every morning and his speech and toileting catch up with other children "
            "his age.",
        ]),
        ("h1", "4. Achieved since the initial conference (closed at this review)"),
        ("bullets", [
            "Written safety agreement signed by Nadia and Imran on 22/04/2025: Imran does not come to Calder "
            "Walk.",
            "Police DA unit completed a DASH risk assessment; the case was heard at MARAC on 06/05/2025.",
            "Nadia's IDVA work (Lathermere Women's Aid) completed and closed on 20/06/2025.",
            "New beds bought for both children with a Household Support Fund grant.",
        ]),
        ("h1", "5. The plan from this review"),
        ("p", "Status: Green = on track, Amber = started but behind, Red = not started, New = agreed today."),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "By when", "Target – how we will know",
                       "Update at review", "RAG"],
            "widths": [1.2, 6.0, 3.6, 3.3, 5.0, 4.6, 2.0],
            "rows": [
                ["AMIRA (9)", H, H, H, H, H, H],
                ["A1", "See Amira on her own at school and at home, using her three houses sheet, and record "
                       "what she says about home and her dad",
                 "Leanne Cardew, SW", "Every 3 weeks; next by 25/07/2025",
                 "Visit records show Amira seen alone each time and her three houses sheet scanned to her file",
                 "Seen alone five times since the ICPC.", "Green – ongoing"],
                ["A2", "Weekly Time for Me sessions with the learning mentor so Amira has a safe adult in "
                       "school",
                 "Mrs Grace Okonedo, learning mentor, Fernhill Primary", "Weekly in term time",
                 "Engagement with sessions",
                 "Amira has been to most of the sessions and likes Mrs Okonedo.", "Amber"],
                ["A3", "Refer Amira to the Bright Stars group for children who have lived with domestic "
                       "abuse",
                 "Leanne Cardew, SW", "Referral by 18/07/2025; group starts 09/09/2025", "",
                 "Not started. Referral form being completed.", "Red"],
                ["YUSUF (4)", H, H, H, H, H, H],
                ["Y1", "Complete an ASQ-3 with Yusuf and follow up the speech delay and wetting noted at "
                       "nursery",
                 "Gemma Lyle, health visitor", "By 31/07/2025",
                 "ASQ-3 scores and the speech and language therapy referral outcome sent to the SW and to "
                 "Little Acorns",
                 "New action.", "New"],
                ["Y2", "Yusuf to go to Little Acorns Nursery for every morning session",
                 "Nadia Rahman (mum)", "Ongoing", "Monitored by nursery",
                 "Attendance 78% since April.", "Amber"],
                ["BOTH CHILDREN AND THE ADULTS AROUND THEM", H, H, H, H, H, H],
                ["B1", "Imran to attend all 24 sessions of the Choices domestic abuse perpetrator programme",
                 "Imran Rahman, with Dev Sandhu, Choices programme worker", "Weekly, 03/06/2025 to 11/11/2025",
                 "Register shows 24 of 24 sessions; Choices mid-point report on risk to the SW by 30/08/2025",
                 "Attended 4 of 5 sessions so far.", "Amber"],
                ["B2", "Assess Imran's drinking, start structured treatment and breath test him before every "
                       "contact with the children",
                 "Sian Mayhew, key worker, Lathermere Recovery Hub",
                 "Assessment by 21/07/2025, then weekly key-work",
                 "Negative breath test before every contact, logged by Tariq; Hub report to each core group",
                 "Imran self-referred on 01/07/2025.", "New"],
                ["B3", "Nadia to complete the Freedom Programme to understand the impact of abuse on "
                       "her and the children",
                 "Nadia Rahman", "When a place becomes available", "Certificate of completion on file",
                 "On the waiting list.", "Red"],
                ["B4", "Supervise contact between Imran and the children at Tariq's home, with Imran sober "
                       "and never alone with them",
                 "Tariq Rahman (paternal uncle)", "Every Saturday, 10am to 1pm",
                 "Contact record signed by Tariq after every contact and sent to the SW by the Monday",
                 "All 10 contacts went ahead and were recorded.", "Green"],
                ["B5", "Collect Amira and Yusuf from school and nursery while Nadia is at college",
                 "Shazia Rahman (paternal grandmother)", "Tuesdays and Thursdays in term time",
                 "School and nursery log who collects; any other adult collecting is reported to the SW "
                 "the same day",
                 "Working well.", "Green"],
                ["B6", "Share any incident at Calder Walk or any breach of the safety agreement with the "
                       "social worker",
                 "All agencies", "Same day",
                 "Each report logged on both children's files with the date and what was done",
                 "One report from nursery in May.", "Green"],
                ["B7", "Go through the written safety agreement again with Nadia and Imran and re-sign it "
                       "before Saturday contact moves to longer visits",
                 "", "By the core group on 29/07/2025", "Re-signed agreement on the children's files",
                 "Carried forward.", "Amber"],
                ["B8", "Twelve sessions of counselling for Nadia's anxiety",
                 "Owain Bell, therapist, Lathermere Talking Therapies", "Weekly for 12 weeks from 10/07/2025",
                 "Attendance letter to the SW after every fourth session", "Nadia has her first appointment.",
                 "New"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Imran comes to Calder Walk, or any contact happens outside the Saturday arrangement, Nadia "
              "will call 999 and the police will attend; the SW will hold a strategy discussion the same "
              "working day. If Imran fails a breath test before contact, contact does not go ahead that day "
              "and the SW is told by 1pm. If there is a further incident of abuse in front of the children, "
              "or Imran drops out of Choices, the SW will ask her team manager for a legal planning meeting "
              "within 5 working days."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Fernhill Primary: 29/07/2025, 26/08/2025 and 23/09/2025, 9.30am.",
            "Second review child protection conference: 06/10/2025, 2pm, Lathermere Civic Centre.",
        ]),
    ],
    "findings": [
        F("M002", "Weekly Time for Me sessions with the learning mentor"),
        F("M001", "Refer Amira to the Bright Stars group"),
        F("T002", "Yusuf to go to Little Acorns Nursery for every morning session"),
        F("M002", "Yusuf to go to Little Acorns Nursery for every morning session"),
        F("T002", "Nadia to complete the Freedom Programme to understand"),
        F("W002", "Share any incident at Calder Walk or any breach"),
        F("W001", "Go through the written safety agreement again with Nadia"),
        F("H001", "Twelve sessions of counselling for Nadia's anxiety"),
        F("F002", "Imran will reduce his drinking and learn to manage his anger."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes, neglect and mother's depression: attendance table,
#    agency updates in prose, then a numbered action log with C/F and New
#    status (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_loxwardine_core_group_minutes_action_log_brannigan.pdf",
    "doc_title": "Core Group Minutes - Brannigan children",
    "split": "heldout",
    "header": "OFFICIAL-SENSITIVE · Loxwardine City Council · Children's Social Care",
    "footer": "Core group minutes – Brannigan children – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "core-group-minutes-pdf-paged-attendance-name-role-initials-table-childrens-views-agency-update-paragraphs-outcomes-contingency-next-meetings-then-numbered-action-log-action-owner-due-evidence-status-cf-new",
    "description": (
        "Third core group meeting for three children (12, 7 and 2) on a neglect plan; their mother has "
        "depression and has stopped her medication, but only she owns the GP visit and no adult service "
        "owns an action. Agency updates are prose; the action log is the plan. A GP row 'ASAP' with no "
        "evidence, wellbeing support measured by mood, a breakfast club row with no evidence, a "
        "'Core group' checklist row, a garden clear-up 'when he is able', and a young carers "
        "assessment with no owner. The contingency only says the core group will review, with no "
        "legal step."
    ),
    "actions": 10,
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("kv", [
            ("Children", "Kacey Brannigan (12), Tyler Brannigan (7), Mason Foulds (2)"),
            ("Plan", "Child protection plan, category neglect, since 03/06/2025 (ICPC)"),
            ("Meeting", "Third core group, 19/08/2025, 10am, Loxwardine Family Hub (Eastgate)"),
            ("Chair and minutes", "Owen Prys, social worker"),
        ]),
        ("table", {
            "header": ["Name", "Role", "Initials"],
            "widths": [5.0, 9.0, 3.0],
            "rows": [
                ["Owen Prys", "Social worker, Loxwardine Children's Social Care", "OP"],
                ["Donna Brannigan", "Mum", "DB"],
                ["Gary Foulds", "Donna's partner, Mason's dad", "GF"],
                ["Carys Morgan", "Health visitor", "CM"],
                ["Jade Kirwan", "Family support worker, Loxwardine Family Hub", "JK"],
                ["Mrs Alison Hulme", "DSL, St Aidan's Primary (Tyler)", "AH"],
                ["Mr Tom Bexley", "Head of Year 8, Loxwardine Academy (Kacey)", "TB"],
                ["Apologies", "Dr Rhian Rees, GP, Eastgate Surgery (written update sent)", "–"],
            ],
        }),
        ("h2", "1. Purpose of the meeting"),
        ("p", "To check progress on the child protection plan agreed at the initial conference on 03/06/2025, "
              "to update the action log and to agree what happens before the review conference."),
        ("h2", "2. The children's views"),
        ("p", "Kacey (seen alone at school on 12/08/2025 by OP) said: \"It's better than it was. There's food "
              "now most days. I still do Mason's tea when Mum's in bed. I'd like to go to the youth club "
              "instead.\" Tyler told OP on the home visit on 14/08/2025 that his favourite thing is \"toast "
              "at breakfast club\" and the worst thing is \"my room smells\". Mason was seen on both visits; he "
              "toddled to Gary for a cuddle, ate a yoghurt and a banana, and his nappy had been changed."),
        ("h2", "3. Updates from each agency"),
        ("p", "Social care (OP): Four visits since the last core group, two unannounced. The kitchen was "
              "cleaner on the last two visits and there was food in the fridge. Tyler's bedroom still smells "
              "of urine and his mattress needs replacing. The back garden is full of rubbish bags and dog "
              "mess. Donna said she has not taken her sertraline since July because it made her feel "
              "\"flat\"; she spends long periods in bed and Kacey is looking after Mason in the evenings."),
        ("p", "Health visiting (CM): Mason was weighed on 05/08/2025 and is on the 25th centile, up from the "
              "9th in June. His 2-year review is done; his speech is a little behind and CM has given Donna "
              "some play ideas."),
        ("p", "Family Hub (JK): Donna has met JK three times at home. They have worked on a weekly shopping "
              "list and a bedtime routine. Donna cancelled one session because she \"couldn't face it\"."),
        ("p", "Schools (AH and TB): Tyler's attendance for the summer term was 86% with 11 late marks. Kacey's "
              "was 89%. Both schools start back on 03/09/2025."),
        ("p", "GP (written update from Dr Rees): Donna has a diagnosis of depression. She was prescribed "
              "sertraline in April and did not attend her medication review in July."),
        ("h2", "4. Outcomes from the child protection plan"),
        ("bullets", [
            "Kacey, Tyler and Mason live in a clean home with food every day and a clean, dry bed each.",
            "Kacey and Tyler get to school every day, on time, and Kacey has time to be 12, not a carer.",
            "Mason keeps growing well and his speech catches up.",
        ]),
        ("h2", "5. Contingency"),
        ("p", "If things do not improve, the core group will review the plan and decide whether the children "
              "need to go back to conference sooner."),
        ("h2", "6. Next meetings"),
        ("p", "Next core group: 16/09/2025 at 10am, Loxwardine Family Hub, then every 4 weeks. Review child "
              "protection conference: 10/11/2025 at 1.30pm, Loxwardine Civic Offices."),
        ("pagebreak",),
        ("h2", "7. Action log"),
        ("p", "C/F = carried forward from the last core group. New = agreed at this meeting."),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "Evidence", "Status"],
            "widths": [1.0, 5.2, 3.0, 2.6, 3.8, 1.4],
            "rows": [
                ["1", "Unannounced visits to the home, seeing each child and checking the bedrooms, the "
                      "food in and the kitchen",
                 "Owen Prys, SW", "Every 2 weeks",
                 "Visit records note each child seen, the food in and the state of each bedroom", "C/F"],
                ["2", "Weigh Mason at the clinic and go through his meals and his play ideas with Donna",
                 "Carys Morgan, HV", "Monthly; next 02/09/2025",
                 "Weight plotted in the red book stays on or above the 25th centile", "C/F"],
                ["3", "Donna to see her GP about her low mood and her medication", "Donna Brannigan", "ASAP",
                 "", "C/F"],
                ["4", "Support Donna to go to the Eastgate wellbeing group on Wednesday mornings",
                 "Jade Kirwan, FSW", "Weekly", "Donna's mood improves", "C/F"],
                ["5", "Get Kacey and Tyler up and to school on time every school day",
                 "Donna Brannigan and Gary Foulds", "From 03/09/2025, every school day",
                 "School registers show 95% attendance or more and no late marks", "New"],
                ["6", "Free breakfast club place for Tyler at St Aidan's", "Mrs Alison Hulme, DSL",
                 "From 03/09/2025", "", "New"],
                ["7", "Complete the home conditions checklist with Donna and Gary and agree what "
                      "needs doing room by room",
                 "Core group", "By the next core group",
                 "Checklist scores for each room recorded and compared at each core group", "New"],
                ["8", "Clear the back garden of rubbish bags and dog mess so Mason can play outside",
                 "Gary Foulds", "When he is able",
                 "SW sees the garden clear at a visit and photographs it", "C/F"],
                ["9", "Young carers assessment to be offered to Kacey", "", "By 30/09/2025",
                 "Assessment completed and shared with the SW and Kacey's school", "New"],
                ["10", "Apply for a funded two-year-old place for Mason at Rainbow Day Nursery for three "
                       "mornings a week",
                 "Donna Brannigan, with OP completing the form", "Place to start by 15/09/2025",
                 "Nursery register shows Mason there three mornings a week", "New"],
            ],
        }),
        ("p", "Minutes and action log sent to all core group members and to Donna and Gary on 21/08/2025."),
    ],
    "findings": [
        F("T002", "Donna to see her GP about her low mood"),
        F("M001", "Donna to see her GP about her low mood"),
        F("M002", "Support Donna to go to the Eastgate wellbeing group"),
        F("M001", "Free breakfast club place for Tyler at St Aidan's"),
        F("W002", "Complete the home conditions checklist with Donna and Gary"),
        F("T002", "Clear the back garden of rubbish bags and dog mess"),
        F("W001", "Young carers assessment to be offered to Kacey"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Step-down from CP plan to child in need after the mother's alcohol
#    misuse: decision, what the CP plan achieved, then a CIN table with an
#    "Impact on Ellie-Mae" column and a status column (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_larkhollow_step_down_cin_impact_column_pritchard.md",
    "split": "heldout",
    "template": "rcpc-step-down-record-md-details-table-decision-ellie-maes-views-what-the-cp-plan-achieved-cin-outcomes-then-need-action-lead-when-impact-on-child-status-table-contingency-cin-reviews",
    "description": (
        "Review conference record where a 6-year-old's child protection plan ends and steps down to a "
        "child in need plan; her mother has been abstinent from alcohol for five months and the alcohol "
        "service keeps testing. Most rows are sound, but the aunt's Friday nights have no impact "
        "measure, school support is 'Ongoing' with 'Improvement in reading', a parenting course waits "
        "'when a place comes up' and the dental check has no measure. The grandmother and aunt carry "
        "care but the contingency sends Ellie-Mae to the same grandmother; CIN reviews replace the core "
        "group and conference, and only a return to conference is named, not legal planning."
    ),
    "actions": 8,
    "text": """\
# Review Child Protection Conference – Outcome and Child in Need Plan

**Larkhollow County Council – Children and Families (South Area)**

| | |
|---|---|
| Child | Ellie-Mae Pritchard, DOB 17/01/2019 (6) |
| Address | 41 Tenter Lane, Larkhollow LK3 8QP |
| Mother | Kerry Pritchard (27) |
| Father | Not named on the birth certificate; no contact |
| CP plan | Neglect, from 04/11/2024 |
| Conference | Second review child protection conference, 28/08/2025 |
| Chair | Simon Akehurst, IRO |
| Social worker | Rhiannon Tate |

## Decision of the conference

The conference agreed that Ellie-Mae is no longer at risk of significant harm and that her
child protection plan ends today. She will be supported under a child in need plan (section 17).
Kerry has not drunk alcohol since 21/03/2025, confirmed by monthly blood and breath tests from
Larkhollow Alcohol Service. Home conditions have been good at all 11 visits since February,
Ellie-Mae's school attendance this year was 96%, and Kerry has kept every health appointment.
All agencies agreed with the decision.

## Ellie-Mae's views

Ellie-Mae was seen alone at home on 20/08/2025. She drew her house with "Mummy, me and Biscuit"
(the cat) and a big sun. She said: "Mummy doesn't have the smelly drinks any more. She takes me
to the park after school. I like Nanny June's on Mondays because we make cakes." When asked what
still worries her she said: "When Mummy is sad she goes quiet." She wants "my own bedroom with
a unicorn light".

## What the child protection plan achieved

- Kerry completed the Larkhollow Alcohol Service detox and has tested clear every month since March.
- The house has been clean, with food in, at every visit since February.
- Ellie-Mae has her own bed and a bedtime routine that Kerry keeps.
- Ellie-Mae's attendance rose from 81% to 96%.

## Outcomes for Ellie-Mae under the child in need plan

1. Ellie-Mae is cared for every day by a mum who is sober and able to play with her, feed her
   and get her to school.
2. Ellie-Mae's reading catches up with her class and she has adults she trusts to talk to.
3. Ellie-Mae has her own bedroom and her health and teeth are looked after.

## Child in need plan

| No. | Need | Action | Lead | When | Impact on Ellie-Mae – how we will know | Status |
|---|---|---|---|---|---|---|
| 1 | Safety at home | Home visits to see Ellie-Mae, with time on her own in her bedroom to talk about her week | Rhiannon Tate, SW | Every 4 weeks until the CIN review on 12/11/2025 | Ellie-Mae's words recorded at each visit on her "my week" sheet, kept on her file | Carried over from CP plan |
| 2 | Alcohol | Kerry to keep going to key-work at Larkhollow Alcohol Service, with monthly breath and blood tests | Gemma Dyer, Larkhollow Alcohol Service | Fortnightly key-work; monthly tests | Test results sent to the SW every month, all negative; Gemma's written view at each CIN review of what Kerry's recovery means for Ellie-Mae | Carried over from CP plan |
| 3 | Family support | After-school care at Nanny June's on Mondays and Wednesdays while Kerry works | June Pritchard (maternal grandmother) | Mondays and Wednesdays in term time | June signs the home–school book each time she collects Ellie-Mae | Carried over from CP plan |
| 4 | Family support | Aunt Becky to stay over on Friday nights and help with the weekend | Becky Lowe (maternal aunt) | Every Friday night | | Carried over from CP plan |
| 5 | Education | Support Ellie-Mae with her reading and her worries in class | Mr Dan Jeavons, SENCo, Hollins Lane Primary | Ongoing | Improvement in reading | Carried over from CP plan |
| 6 | Parenting | Kerry to go on a Triple P parenting course at Larkhollow Family Centre | Kerry Pritchard | When a place comes up | Course certificate, and the course leader's feedback shared with the SW | New |
| 7 | Housing | Larkhollow Homes to band Kerry's transfer application for a two-bedroom home so Ellie-Mae has her own room | Sam Whitlock, housing officer, Larkhollow Homes | By 31/10/2025 | Banding letter and bidding number sent to the SW | New |
| 8 | Health | Dental check-up for Ellie-Mae at the Larkhollow Smile Centre | Kerry Pritchard | By 30/09/2025 | | New |

## Contingency

If Kerry drinks alcohol while caring for Ellie-Mae, or a test is positive, Ellie-Mae will go to
Nanny June's that day and the SW will hold a strategy discussion within 24 hours and consider a
return to a child protection conference.

## Reviewing the plan

Child in need review meetings every 6 weeks: 01/10/2025 and 12/11/2025, at Hollins Lane Primary.
If things stay settled at the 12/11/2025 review, the plan will close with a step-down to early help.
""",
    "findings": [
        F("M001", "Aunt Becky to stay over on Friday nights"),
        F("T002", "Support Ellie-Mae with her reading and her worries in class"),
        F("M002", "Support Ellie-Mae with her reading and her worries in class"),
        F("T002", "Kerry to go on a Triple P parenting course"),
        F("M001", "Dental check-up for Ellie-Mae at the Larkhollow Smile Centre"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. RCPC1 for a premature baby at home, mother's postnatal depression.
#    Landscape: outcome merged down, Ref, action, lead, when, "Impact on Zion"
#    and a status column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_lummersby_rcpc_merged_outcome_impact_on_baby_adebayo.docx",
    "doc_title": "Review Child Protection Plan - Zion Adebayo-Mensah",
    "split": "heldout",
    "landscape": True,
    "check_vmerge": 3,
    "template": "rcpc1-premature-baby-docx-landscape-details-kv-zions-day-parents-views-closed-list-then-outcome-merged-down-ref-action-lead-when-impact-on-zion-status-table-contingency-if-then-meetings",
    "description": (
        "Exemplary first review plan for a baby born at 31 weeks, now home with his parents; his mother "
        "has postnatal depression and there was one pushing incident between the parents. An outcome "
        "column merged down beside an 'Impact on Zion' column and a status column (Ongoing / New "
        "action). Every row has a named lead, a date or frequency and something that will be seen; the "
        "perinatal team reports on capacity to change and timescale, the GP owns medication reviews, "
        "the grandmother's nights have a fallback, the contingency names triggers, responses and a "
        "legal planning meeting, and core group and review dates are set."
    ),
    "actions": 9,
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Lummersby Borough Council · Children's Social Care · Early Years Safeguarding Team"),
        ("kv", [
            ("Child", "Zion Adebayo-Mensah, born 14/03/2025 at 31 weeks (4 months; 2 months corrected)"),
            ("Lives with", "Temi Adebayo (mum, 24) and Kwame Mensah (dad, 27), 6 Chandler Court, Lummersby LB2 5NW"),
            ("Category", "Neglect (initial conference 12/05/2025)"),
            ("This review", "04/08/2025, chaired by Angela Fry (IRO)"),
            ("Social worker", "Marcus Hale"),
        ]),
        ("h1", "1. Zion's day – what we see"),
        ("p", "Zion is too young to tell us how he feels, so the people who see him tell us what his day is "
              "like. He came home from the Lummersby General neonatal unit on 22/04/2025. He now feeds every "
              "three hours and finishes most bottles. On the HV visit on 28/07/2025 he fed well from Kwame, "
              "held his gaze and smiled. When Temi fed him on 30/07/2025 she was quiet and looked at her phone; "
              "Zion fussed and took only half of his bottle, then settled when Bisi, his grandmother, picked "
              "him up. He startles at loud voices. He sleeps in his own cot next to his parents' bed."),
        ("h1", "2. What Temi and Kwame say"),
        ("p", "Temi said: \"Some days I feel like I'm watching myself look after him. The sessions are "
              "helping and I want to get better for him.\" Kwame said the row in May \"should never have "
              "happened\" and that he wants to learn to \"walk away\" when he is angry."),
        ("h1", "3. Achieved and closed at this review"),
        ("bullets", [
            "Zion's weight has moved from below the 2nd centile to the 9th (corrected age).",
            "Temi was assessed by the perinatal mental health team on 20/05/2025 and started CBT in June.",
            "Safe sleep advice given and a cot bought; Zion was seen asleep in it at four visits.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["Outcome for Zion", "Ref", "Action", "Lead", "When", "Impact on Zion – how we will know",
                       "Status"],
            "widths": [4.2, 1.1, 5.6, 3.6, 3.4, 5.6, 2.2],
            "rows": [
                ["Zion is fed on time, keeps gaining weight and his health needs as a premature baby are "
                 "met.",
                 "1.1", "Weigh Zion at home and go through his feed chart with Temi and Kwame",
                 "Lorna Piggott, health visitor", "Weekly until 30/09/2025, then fortnightly",
                 "Weight on the red book chart stays on or above the 9th centile (corrected); feed chart "
                 "shows at least 7 feeds a day", "Ongoing"],
                [V, "1.2", "Take Zion to every neonatal follow-up and eye clinic appointment at Lummersby "
                           "General",
                 "Temi Adebayo and Kwame Mensah", "Every appointment; next 19/08/2025",
                 "Clinic letters copied to the HV and SW show every appointment kept", "Ongoing"],
                [V, "1.3", "Give Zion his 16-week immunisations at Brookfield Surgery",
                 "Dr Hassan Qureshi, GP", "By 15/08/2025",
                 "Immunisations recorded in the red book and on the GP record; GP confirms to the SW",
                 "New action"],
                ["Zion is cared for by parents whose mood and relationship are calm and safe enough to "
                 "notice and answer his cues, day and night.",
                 "2.1", "Continue CBT with Temi and give a written view on her progress, the changes still "
                        "needed for her to care for Zion and the likely timescale",
                 "Dr Sarah Inglis, Lummersby Perinatal Mental Health Team",
                 "Weekly sessions; written report by 22/08/2025 and before each core group",
                 "Report received before each core group and shared with the IRO", "Ongoing"],
                [V, "2.2", "Review Temi's antidepressant dose and tell the SW of any change or missed "
                           "review",
                 "Dr Hassan Qureshi, GP", "Monthly; next by 12/08/2025",
                 "GP letter to the SW after each review", "Ongoing"],
                [V, "2.3", "Attend the eight-session Together for Baby parental conflict programme",
                 "Temi Adebayo and Kwame Mensah, with Priya Nair, Family Hub worker",
                 "Fortnightly, 05/08/2025 to 25/11/2025",
                 "Register shows 8 of 8 sessions; Priya's notes of how they speak to each other in front of "
                 "Zion sent to the SW", "New action"],
                [V, "2.4", "Stay over and do one night feed so Temi can sleep",
                 "Bisi Adebayo (maternal grandmother)", "Tuesday and Thursday nights",
                 "Feed chart shows Bisi's initials on the night feed; Temi's sleep diary checked by the HV "
                 "weekly", "Ongoing"],
                ["Zion is seen often by professionals who notice and write down how he is and what his day "
                 "is like.",
                 "3.1", "Visit Zion at home, at least one visit unannounced each month; watch a feed and a "
                        "nappy change and note how he responds to each parent",
                 "Marcus Hale, SW", "Every 2 weeks",
                 "Visit records describe the feed, the nappy change and Zion's responses each time",
                 "Ongoing"],
                [V, "3.2", "Tell the SW about any missed appointment or any worry about Zion's care",
                 "Lorna Piggott, HV (lead for health), with the GP and the perinatal team",
                 "Same day", "Each concern logged on Zion's record with the date and what was done",
                 "Ongoing"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("bullets", [
            "If Zion's weight drops below the 2nd centile (corrected) or he takes less than half of his feeds "
            "for a day, the HV will arrange a same-day review at the Lummersby General children's assessment "
            "unit and tell the SW, who will hold a strategy discussion the same day.",
            "If Temi says she has thoughts of harming herself or Zion, the perinatal team's crisis line will "
            "see her the same day and Zion will be cared for by Kwame with Bisi; if neither can care for him, "
            "the SW will arrange a foster placement that day with the parents' agreement.",
            "If Bisi cannot stay over on her nights, Kwame will do the night feed and Temi's sister Funke "
            "Adebayo will come in from 7am; if neither can, the SW will arrange an overnight family support "
            "worker through the Family Hub.",
            "If there is any further pushing, shouting or damage in the home, the parents or any professional "
            "will call 999 and the SW will hold a strategy discussion the same day.",
            "If Zion's weight has not stayed on the 9th centile by the next review, or Temi stops her "
            "sessions, the SW will request a legal planning meeting within 5 working days.",
        ]),
        ("h1", "6. Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Chandler Court Family Hub: 26/08/2025, 23/09/2025 and 21/10/2025.",
            "Second review child protection conference: 10/11/2025, 10am, Lummersby Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. RCPC while the family moves to another council. Landscape, banner row
#    per child, separate Target and Evidence columns, progress and RAG; every
#    action carries on until the transfer-in conference. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_lissendale_rcpc_target_evidence_moving_mckinnon.pdf",
    "doc_title": "Review Child Protection Plan - Kai and Ruby McKinnon",
    "split": "heldout",
    "landscape": True,
    "header": "OFFICIAL – SENSITIVE | Lissendale Metropolitan Borough Council | Children's Services",
    "footer": "RCPC plan – McKinnon – 12/08/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc1-transfer-pending-pdf-landscape-paged-details-kv-move-paragraph-childrens-words-outcomes-then-ref-action-lead-timescale-target-evidence-progress-rag-table-banner-per-child-then-if-then-table-meetings",
    "description": (
        "Exemplary first review plan for a 10-year-old and a 3-year-old whose mother, abstinent from "
        "cocaine and alcohol for four months, is moving the family to another council to be near her "
        "own mother. Banner rows for each child and for the family; separate Target and Evidence "
        "columns beside a progress note and RAG. Every action carries on until the receiving "
        "authority's transfer-in conference; the drug and alcohol service reports on what abstinence "
        "means for the children; the grandmother's Saturdays have a fallback; a legal planning meeting "
        "follows a positive test; core group and review dates are set."
    ),
    "actions": 9,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Children", "Kai McKinnon, DOB 05/06/2015 (10); Ruby McKinnon, DOB 30/01/2022 (3)"),
            ("Address", "Flat 9, Ropewalk House, Lissendale LS4 1PJ (until the move)"),
            ("Mother", "Shona McKinnon (31); the children's father has no contact"),
            ("Category", "Neglect, from 13/05/2025"),
            ("Conference", "First review, 12/08/2025, chaired by Graham Tulley (IRO)"),
            ("Social worker", "Aled Price, Lissendale Children's Services"),
            ("Receiving authority", "Corvenshire County Council (Children's Services, West Locality)"),
        ]),
        ("h2", "The move"),
        ("p", "Shona has accepted a housing association tenancy in Corvenshire, near her mother Elaine Dunbar, "
              "and plans to move on 01/09/2025. Lissendale keeps full responsibility for the plan until "
              "Corvenshire holds its transfer-in conference, and nothing in the plan is paused for the move. "
              "Corvenshire's team manager, Ruth Haines, attended this conference by video and agreed the "
              "dates below."),
        ("h2", "What Kai and Ruby have told us"),
        ("p", "Kai (seen alone at Brambleside Primary, 05/08/2025) scored home 7 out of 10, up from 3 in May: "
              "\"Mum's not sleeping all day any more. I still check the door's locked at night. I want to go "
              "to Nana's but I'll miss my mates.\" Ruby, who is 3, ran to show the SW her new shoes, sat on "
              "Shona's knee for a story and asked for \"Nana Lainey\" when the visit ended. Nursery say she now "
              "arrives washed and fed."),
        ("h2", "Outcomes for Kai and Ruby"),
        ("numbers", [
            "Kai and Ruby are cared for by a mum who stays free of drugs and alcohol, and they are never "
            "left without an adult who is sober.",
            "Kai goes to school every day, in Lissendale and then in Corvenshire, and has time to be a child "
            "instead of looking after Ruby.",
            "Ruby's development and health are checked and she goes to nursery, before and after the move.",
        ]),
        ("h2", "The plan"),
        ("p", "RAG: Green – on track; Amber – started, needs more; New – agreed today."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Target", "Evidence", "Progress at review", "RAG"],
            "widths": [1.1, 5.2, 3.2, 3.4, 3.4, 3.8, 3.8, 1.8],
            "rows": [
                ["KAI", H, H, H, H, H, H, H],
                ["K1", "See Kai on his own at school or at home and ask him to score how home feels",
                 "Aled Price, SW", "Every 2 weeks until the Corvenshire transfer-in conference",
                 "Kai is seen alone at every visit", "His score and his words recorded on his file each visit",
                 "Seen alone six times since May.", "Green"],
                ["K2", "Get Kai to school every day in Lissendale, and to his new Corvenshire school from its "
                       "first day of term",
                 "Shona McKinnon; SW to apply for the school place by 22/08/2025",
                 "Every school day", "Attendance of 95% or more",
                 "Attendance sent to the SW fortnightly by Brambleside, then by the new school",
                 "Summer term attendance 91%.", "Amber"],
                ["K3", "Young carers sessions for Kai, working out with him which jobs at home should not "
                       "be his",
                 "Nell Farrow, Lissendale Young Carers", "Six weekly sessions, 21/07/2025 to 29/08/2025",
                 "Kai has a written list of the jobs that are his and the ones that are Shona's",
                 "Session notes and Kai's list sent to the SW", "New action.", "New"],
                ["RUBY", H, H, H, H, H, H, H],
                ["R1", "Weigh and measure Ruby and complete her two-and-a-half year review",
                 "Anwen Rees, health visitor", "By 22/08/2025",
                 "Ruby's ASQ-3 in the expected range, or a referral made where it is not",
                 "ASQ-3 and growth chart sent to the SW and the Corvenshire health visiting team",
                 "Booked for 18/08/2025.", "New"],
                ["R2", "Ruby to go to Treetops Nursery for her funded hours, and to a Corvenshire nursery "
                       "from the week after the move",
                 "Shona McKinnon", "Every weekday morning",
                 "Attendance of 90% or more", "Nursery register sent to the SW monthly",
                 "Attended 88% in July.", "Amber"],
                ["THE FAMILY", H, H, H, H, H, H, H],
                ["F1", "Key-work with Shona and random drug and alcohol tests, with a written view on whether "
                       "she is staying abstinent and what that means for the children",
                 "Tom Eldridge, Pathways Drug and Alcohol Service",
                 "Fortnightly key-work; tests at least twice a month until the transfer-in conference",
                 "Every test negative", "Test results and a written report to each core group",
                 "All eight tests negative since April.", "Green"],
                ["F2", "Look after Kai and Ruby every Saturday while Shona goes to her recovery group",
                 "Elaine Dunbar (maternal grandmother)", "Every Saturday, 9am to 3pm",
                 "The children are with Elaine every Saturday",
                 "Elaine texts the SW at drop-off and pick-up; Kai asked about Saturdays at each visit",
                 "Every Saturday since June.", "Green"],
                ["F3", "Send the transfer-in request, chronology and this plan to Corvenshire and agree the "
                       "transfer-in conference date in writing",
                 "Aled Price, SW", "By 15/08/2025",
                 "Corvenshire confirm the conference date",
                 "Corvenshire's acceptance email on the children's file", "New action.", "New"],
                ["F4", "Joint home visit with the Corvenshire social worker in the family's new home, seeing "
                       "both children",
                 "Aled Price, SW, with the allocated Corvenshire SW", "Within 5 working days of the move",
                 "Both SWs see both children in the new home",
                 "Joint visit record shared by both authorities", "New action.", "New"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("table", {
            "header": ["If", "What happens", "Who"],
            "widths": [7.0, 12.5, 6.2],
            "rows": [
                ["Shona has a positive test, misses a test, or is found under the influence while caring for "
                 "Kai and Ruby",
                 "The children go to Elaine that day; the SW holds a strategy discussion the same day and "
                 "requests a legal planning meeting within 5 working days",
                 "Aled Price, SW (or the Corvenshire SW after the transfer-in conference)"],
                ["Elaine cannot have the children, on a Saturday or in an emergency",
                 "Shona does not go to the group that week and the SW is told; in an emergency the children "
                 "are placed with foster carers through the emergency duty team",
                 "Aled Price, SW; Lissendale or Corvenshire EDT"],
                ["The move is delayed or falls through",
                 "The plan carries on in Lissendale unchanged and the review date below stands",
                 "Aled Price, SW"],
            ],
        }),
        ("h2", "Core group and review"),
        ("bullets", [
            "Core group every 3 weeks: 26/08/2025 (Lissendale) and 16/09/2025 (by video with Corvenshire).",
            "Review child protection conference: 03/11/2025. Corvenshire have agreed in writing to hold the "
            "transfer-in conference on or before this date; if the family has not moved it will be held in "
            "Lissendale.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Case-system print of an RCPC plan for a baby, carried forward blocks
#    with Lead / Due / Target / Progress / RAG lines; the family is moving and
#    the parenting assessment is parked for the receiving authority (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_lettisford_carelink_print_carried_forward_blocks_szabo.txt",
    "split": "heldout",
    "template": "rcpc1-case-system-print-txt-caps-headings-dot-leader-details-then-action-nn-blocks-status-tag-what-lead-due-target-progress-rag-lines",
    "description": (
        "Case-system print of a first review plan for a 5-month-old whose mother is on a methadone "
        "script and whose father drinks; the family is moving to another council. Action blocks carry "
        "a status tag, Lead, Due, Target, Progress and RAG lines. The father's drinking is 'Ongoing' "
        "with 'Improvement', the parenting assessment is paused for the receiving authority with 'After "
        "transfer, date TBC', Friday respite nights are owned by 'Family', registering with a new GP "
        "has no target, the CMHT only supports, and a cot row has no lead. The review conference is "
        "'to be arranged' by the receiving authority."
    ),
    "actions": 9,
    "text": """\
CARELINK – CHILD PROTECTION PLAN (PRINTED 14/08/2025 10:42)           LETTISFORD CITY COUNCIL
OFFICIAL-SENSITIVE                                                     CHILDREN'S SERVICES
==========================================================================================

CHILD ............... Harper SZABO-COLES   DOB 02/03/2025 (5 months)
ADDRESS ............. 27 Wicker Street, Lettisford LT5 3EA
MOTHER .............. Kinga SZABO (26)
FATHER .............. Ryan COLES (29)
CATEGORY ............ Neglect – plan started 07/05/2025 (pre-birth ICPC 19/02/2025)
REVIEW CONFERENCE ... 12/08/2025 (first review), chair Andrea Lindqvist (IRO)
SOCIAL WORKER ....... Kelly Ashdown, Lettisford Safeguarding Team North
MOVE ................ Family moving to Orrinford (Orrinford Borough Council) on or about 08/09/2025

------------------------------------------------------------------------------------------
REASON FOR THE PLAN
------------------------------------------------------------------------------------------
Kinga has used heroin since she was 17. She has been on a methadone script with Lettisford
Recovery Partnership since her pregnancy and her tests have been clear of heroin since
January, though one test in June was positive for cocaine. Harper was treated for neonatal
abstinence syndrome for 12 days after birth. Ryan drinks most nights (he says 6 to 8 cans)
and has fallen asleep on the sofa with Harper on his chest. Kinga also has anxiety and is
open to Lettisford Community Mental Health Team.

------------------------------------------------------------------------------------------
HARPER'S DAY
------------------------------------------------------------------------------------------
Harper is a smiley baby who is feeding well on formula (7oz every four hours). On the visit
on 06/08/2025 he reached for Kinga and laughed when she sang to him; when Ryan picked him up
he settled quickly. His cot was full of washing and he was asleep in his car seat on the
floor. His nappy was clean and he had a cold. The health visitor says he is holding his head
well and rolling.

------------------------------------------------------------------------------------------
OUTCOMES FOR HARPER
------------------------------------------------------------------------------------------
O1  Harper is cared for by parents who are not under the influence of drugs or alcohol.
O2  Harper sleeps safely on his back in his own cot, every sleep.
O3  Harper keeps growing and meets his milestones, and his health checks are kept.

------------------------------------------------------------------------------------------
ACTIONS (CARRIED FORWARD FROM PRE-BIRTH ICPC UNLESS MARKED NEW)
------------------------------------------------------------------------------------------
ACTION 01   [CARRIED FORWARD]
  What ....... Health visitor home visits to weigh Harper and check how he is sleeping
  Lead ....... Dawn Ellery, health visitor
  Due ........ Weekly until 30/09/2025
  Target ..... Weight on or above the 25th centile in the red book; Harper seen in his cot
  Progress ... 13 visits, weight on the 50th centile.
  RAG ........ GREEN

ACTION 02   [CARRIED FORWARD]
  What ....... Supervised methadone, key-work and urine tests for Kinga, with the methadone
               kept in the locked box out of Harper's reach
  Lead ....... Abdul Karim, key worker, Lettisford Recovery Partnership
  Due ........ Supervised consumption daily; key-work and tests fortnightly
  Target ..... Tests clear of heroin and cocaine, results sent to the SW monthly; locked box
               seen at each home visit
  Progress ... One positive for cocaine in June, clear since.
  RAG ........ AMBER

ACTION 03   [CARRIED FORWARD]
  What ....... Ryan to cut down his drinking and not drink when he is caring for Harper
  Lead ....... Ryan Coles
  Due ........ Ongoing
  Target ..... Improvement
  Progress ... Ryan says he is down to weekends.
  RAG ........ AMBER

ACTION 04   [CARRIED FORWARD]
  What ....... PAMS parenting assessment of Kinga and Ryan – paused; Orrinford to start it
               again once the case has transferred
  Lead ....... Orrinford Children's Services (receiving authority)
  Due ........ After transfer, date TBC
  Target ..... Written PAMS report shared with the core group
  Progress ... Two of eight sessions done before it was paused.
  RAG ........ RED

ACTION 05   [CARRIED FORWARD]
  What ....... Social worker visits to see Harper at home, at least one unannounced each
               month, checking where he sleeps
  Lead ....... Kelly Ashdown, SW
  Due ........ Every 10 working days until the Orrinford transfer-in conference
  Target ..... Visit records show Harper seen awake, his cot clear and the locked box checked
  Progress ... Visited 7 times since May.
  RAG ........ GREEN

ACTION 06   [CARRIED FORWARD]
  What ....... Overnight respite for Harper on Friday nights so that the parents get a
               break
  Lead ....... Family
  Due ........ Every Friday night
  Target ..... Pick-up and drop-off times texted to the SW each week
  Progress ... Most Fridays.
  RAG ........ GREEN

ACTION 07   [NEW]
  What ....... Kinga to register herself and Harper with a GP in Orrinford
  Lead ....... Kinga Szabo
  Due ........ Within 1 week of moving
  Target .....
  Progress ... New action.
  RAG ........ –

ACTION 08   [CARRIED FORWARD]
  What ....... Support Kinga with her anxiety through fortnightly care coordinator
               appointments
  Lead ....... Rhona Blake, care coordinator, Lettisford CMHT
  Due ........ Fortnightly
  Target ..... Kinga attends every appointment (CMHT attendance record)
  Progress ... Attended 5 of 6.
  RAG ........ GREEN

ACTION 09   [NEW]
  What ....... A new cot mattress to be provided and safe sleep advice repeated with both
               parents
  Lead .......
  Due ........ By 22/08/2025
  Target ..... SW sees Harper asleep on his back in his own cot at the next visit
  Progress ... New action.
  RAG ........ –

------------------------------------------------------------------------------------------
CONTINGENCY
------------------------------------------------------------------------------------------
If Kinga or Ryan are found under the influence of drugs or alcohol while caring for Harper,
or Kinga tests positive for heroin or cocaine, Harper will go to Jean and Pete Coles that day
(or to Lettisford foster carers if they cannot have him), the SW will hold a strategy
discussion the same day and will request a legal planning meeting within 5 working days.

------------------------------------------------------------------------------------------
CORE GROUP AND REVIEW
------------------------------------------------------------------------------------------
Core group every 4 weeks: next 02/09/2025 at Wicker Street Children's Centre.
Review conference: to be arranged by Orrinford after the transfer.

END OF PRINT                                                                 Page 1 of 1
""",
    "findings": [
        F("T002", "Ryan to cut down his drinking and not drink"),
        F("M002", "Ryan to cut down his drinking and not drink"),
        F("X001", "PAMS parenting assessment of Kinga and Ryan – paused"),
        F("T002", "PAMS parenting assessment of Kinga and Ryan – paused"),
        F("W002", "Overnight respite for Harper on Friday nights so that"),
        F("M001", "Kinga to register herself and Harper with a GP"),
        F("H001", "Support Kinga with her anxiety through fortnightly care coordinator"),
        F("W001", "A new cot mattress to be provided and safe sleep advice"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Looked-after premature baby on a neonatal unit, first review. Portrait
#    table: No. / action / who / when / evidence / RAG and update (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_lornebeck_lac_nnu_review_rag_update_fairweather.docx",
    "doc_title": "Child Protection Plan Review - Lily-Rose Fairweather",
    "split": "heldout",
    "template": "rcpc1-lac-nnu-docx-portrait-kv-details-background-lily-roses-experience-on-the-unit-outcomes-bullets-then-no-action-who-when-evidence-rag-and-update-table-contingency-meetings",
    "description": (
        "First review plan for a baby born at 29 weeks, accommodated under section 20 and still on the "
        "neonatal unit; her 19-year-old mother is a care leaver open to the CMHT and her father uses "
        "cannabis. The SW visits 'when diary allows' and the parents 'as often as they can', so no one "
        "visits at a stated frequency. The unit's information row and the parenting assessment have no "
        "evidence, the CMHT only supports Chloe and is measured by her mood, a discharge meeting has no "
        "owner, and an 'All professionals' row is 'reviewed at core group'. One outcome is only about "
        "Chloe."
    ),
    "actions": 9,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Lornebeck Borough Council · Children in Care and Safeguarding (Central)"),
        ("kv", [
            ("Child", "Lily-Rose Fairweather, born 02/05/2025 at 29 weeks"),
            ("Where she is", "Neonatal unit (Ward 21), Lornebeck Royal Infirmary"),
            ("Legal status", "Accommodated under section 20 since 20/05/2025; subject to a child protection "
                             "plan since the pre-birth conference on 14/04/2025"),
            ("Mother", "Chloe Fairweather (19), care leaver, personal adviser Dean Oduya"),
            ("Father", "Jordan Pike (22)"),
            ("Review conference", "05/08/2025, chair Maureen Kell (IRO)"),
            ("Social worker", "Jess Moorcroft"),
        ]),
        ("h2", "Background"),
        ("p", "Chloe was in care herself from the age of 11. She has a diagnosis of emotionally unstable "
              "personality disorder, has self-harmed in the past year and is open to Lornebeck Community "
              "Mental Health Team. Jordan smokes cannabis every day. There were two police call-outs for "
              "arguments between them during the pregnancy. Lily-Rose was born early after Chloe went into "
              "labour at 29 weeks; Chloe agreed to section 20 accommodation on 20/05/2025 after she left the "
              "ward with Lily-Rose's feeding tube still in place and was found by security. The plan is for "
              "Chloe and Lily-Rose to go together to a mother and baby foster placement when Lily-Rose is well "
              "enough to leave the unit, expected in late August."),
        ("h2", "Lily-Rose's experience on the unit"),
        ("p", "Lily-Rose is now out of the incubator and in a hot cot. She takes some feeds by bottle and the "
              "rest by tube. Nurses say she settles best in skin-to-skin care with Chloe and will sleep on "
              "Jordan's chest for an hour. She startles and cries when voices are raised; on 24/07/2025 the "
              "parents argued at her cot side and she took a long time to settle. On four days in July she had "
              "no visitors at all."),
        ("h2", "Outcomes"),
        ("bullets", [
            "Lily-Rose is visited, held and fed by people who know her while she is on the unit.",
            "Lily-Rose leaves hospital to a safe placement with a carer who can meet all her needs.",
            "Chloe's mental health is stable and she engages with the CMHT.",
        ]),
        ("h2", "The plan – progress at first review"),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "Evidence", "RAG and update"],
            "widths": [0.9, 4.6, 2.9, 2.4, 3.2, 3.0],
            "rows": [
                ["1", "Visit Lily-Rose on the neonatal unit and talk to the nurse in charge about how she is",
                 "Jess Moorcroft, SW", "When diary allows", "Each visit recorded on Lily-Rose's file",
                 "Amber – visited twice since birth."],
                ["2", "Visit Lily-Rose and do her cares: nappies, tube feeds and skin-to-skin",
                 "Chloe Fairweather and Jordan Pike", "As often as they can",
                 "Ward visiting log and nurses' notes of the cares each parent did",
                 "Amber – Chloe most days, Jordan twice a week."],
                ["3", "Tell the SW about any worry during the parents' visits, including any argument at "
                      "the cot side",
                 "Sister Anne Dowd, Ward 21", "Same day", "",
                 "Green – two calls in July."],
                ["4", "Care coordinator to carry on DBT skills group and support Chloe through Lily-Rose's "
                      "discharge",
                 "Nikita Rowe, care coordinator, Lornebeck CMHT", "Weekly", "Chloe's mood is stable",
                 "Amber – Chloe missed two groups."],
                ["5", "Jordan to stop using cannabis, with weekly key-work and a hair strand test",
                 "Fern Doyle, Lornebeck Recovery", "Weekly from 12/08/2025; hair test by 12/11/2025",
                 "Hair strand test clear of cannabis; key-work report sent to the SW before each core group",
                 "New action."],
                ["6", "Find a mother and baby foster placement for Chloe and Lily-Rose",
                 "Jess Moorcroft, SW, with the Lornebeck Placements Team", "Before discharge",
                 "Placement agreed and a placement planning meeting held with the ward before discharge",
                 "Amber – two carers being considered."],
                ["7", "Discharge planning meeting to be held on the ward", "", "Before discharge",
                 "Written discharge plan shared with the core group",
                 "Not started."],
                ["8", "Parenting assessment of Chloe in the mother and baby placement",
                 "Jess Moorcroft, SW", "Over 12 weeks from the start of the placement", "",
                 "Not started – needs the placement first."],
                ["9", "Share information about Lily-Rose and her parents with each other",
                 "All professionals", "Same working day", "Reviewed at core group",
                 "Green."],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Chloe leaves the mother and baby placement, takes Lily-Rose off the unit without the "
              "nurses' agreement, or withdraws her section 20 consent, Lily-Rose will stay on the unit or with "
              "Lornebeck foster carers, the police will be called if she is taken, and the SW will request an "
              "urgent legal planning meeting to consider care proceedings."),
        ("h2", "Core group and review"),
        ("p", "Core group every 4 weeks on Ward 21: 02/09/2025 and 30/09/2025, 2pm. Second review child "
              "protection conference: 04/11/2025, 10am, Lornebeck Civic Centre. Lily-Rose's looked after "
              "review is on 19/08/2025."),
    ],
    "findings": [
        F("T002", "Visit Lily-Rose on the neonatal unit and talk to the nurse"),
        F("T002", "Visit Lily-Rose and do her cares: nappies, tube feeds"),
        F("M001", "Tell the SW about any worry during the parents' visits"),
        F("H001", "Care coordinator to carry on DBT skills group"),
        F("M002", "Care coordinator to carry on DBT skills group"),
        F("W001", "Discharge planning meeting to be held on the ward"),
        F("M001", "Parenting assessment of Chloe in the mother and baby placement"),
        F("W002", "Share information about Lily-Rose and her parents with each other"),
        F("M002", "Share information about Lily-Rose and her parents with each other"),
        F("F002", "Chloe's mental health is stable and she engages with the CMHT."),
        F("L001"),
    ],
})
