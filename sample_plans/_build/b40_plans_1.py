"""Batch 40, module 1: seven fictional plans (tuning material), places beginning with "p".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: case-system and form exports where each action's fields are laid out
as labels and values rather than a table: a label on its own line with the
value on the next line (bold, plain capitals, lower case), a label and value
on one line separated by spaces or dot leaders, forms that open with the lead
professional or with the need, actions numbered "Task 1 of 10", "Step 1",
"TASK 03", "Action 01", "ACTION 1" or not at all, empty fields, long values
wrapped over several lines, and forms that run over page breaks with
repeated page headers and footers. Three plans are exemplary.
"""
from build_batch5 import F

PLANS = []


def label_next_line(fields, label_kind="boldp"):
    """Blocks for one form: each label on its own line, its value on the next line(s).

    A value of "" gives an empty paragraph (the field was left blank)."""
    blocks = []
    for label, value in fields:
        blocks.append((label_kind, label))
        parts = value.split("\n") if value else [""]
        for part in parts:
            blocks.append(("p", part))
    return blocks


def dot_leader(fields, width=22):
    """Blocks for one form: 'Label ....... value' on one line."""
    blocks = []
    for label, value in fields:
        dots = "." * max(2, width - len(label))
        blocks.append(("p", f"{label} {dots} {value}".rstrip()))
    return blocks


# ---------------------------------------------------------------------------
# 1. CareFrame "Plan Detail" print: Task 1 of 10, bold field labels on their
#    own line and the value on the next line, blank fields, running over
#    pages with a header and footer on every page (pdf). Faulty.
# ---------------------------------------------------------------------------
_pallowmere_tasks = [
    ("Task 1 of 10", [
        ("Need", "Kacey and Ollie need to be seen regularly by their social worker, at home and at different "
                 "times of day, including tea time and bedtime."),
        ("Task", "Visit the family home, including unannounced visits at tea time and bedtime; see Kacey on "
                 "her own and see Ollie awake and being fed or changed."),
        ("Lead professional", "Lucy Kemble (SW)"),
        ("Agency", "Pallowmere Children's Safeguarding Service"),
        ("Start", "20/06/2025"),
        ("Target date", "Weekly until the review conference"),
        ("Evidence", "Visit records note who was caring for the children, whether that adult was sober, what "
                     "Kacey said, and the state of Ollie's nappy and bottles."),
        ("Status", "In progress – 2 visits so far, 1 unannounced"),
    ]),
    ("Task 2 of 10", [
        ("Need", "Ollie's weight has dropped from the 25th to the 9th centile and his formula has been made "
                 "up too strong."),
        ("Task", "Weigh Ollie at home and show Jodie and Gavin how to make up his feeds; leave a feeding chart "
                 "for them to fill in every day."),
        ("Lead professional", "Hannah Boateng (HV)"),
        ("Agency", "Pallowmere 0-19 Health Service"),
        ("Start", "23/06/2025"),
        ("Target date", "Every 2 weeks"),
        ("Evidence", "Weight plotted in the red book at each visit and staying on or above the 9th centile; "
                     "feeding chart filled in every day and seen by the HV."),
        ("Status", "In progress – weighed 30/06/2025, 9th centile"),
    ]),
    ("Task 3 of 10", [
        ("Need", "Jodie drinks most evenings and has been found asleep and hard to wake while she was the only "
                 "adult caring for the children."),
        ("Task", "Alcohol assessment and key-work sessions for Jodie at the Pallowmere Recovery Service."),
        ("Lead professional", "Dean Moss, recovery worker"),
        ("Agency", "Pallowmere Recovery Service"),
        ("Start", ""),
        ("Target date", "Ongoing"),
        ("Evidence", "Jodie's engagement with the service"),
        ("Status", "Referral made 24/06/2025"),
    ]),
    ("Task 4 of 10", [
        ("Need", "Gavin's depression means he stays in bed until the afternoon on bad days and cannot share "
                 "the children's care."),
        ("Task", "Regular home visits from his care co-ordinator to support Gavin with his low mood and his "
                 "medication."),
        ("Lead professional", "Sophie Adair, CPN and care co-ordinator"),
        ("Agency", "Pallowmere Community Mental Health Team (adult)"),
        ("Start", "19/06/2025"),
        ("Target date", "Fortnightly"),
        ("Evidence", "Gavin's mood is more stable"),
        ("Status", "Open to CMHT since 2023"),
    ]),
    ("Task 5 of 10", [
        ("Need", "Kacey needs a routine, play and time with other children, and a safe adult outside the "
                 "family who sees her most days."),
        ("Task", "Apply for a funded nursery place for Kacey at Little Acorns for September and share the plan "
                 "with the nursery manager."),
        ("Lead professional", ""),
        ("Agency", ""),
        ("Start", "01/09/2025"),
        ("Target date", ""),
        ("Evidence", "Place confirmed in writing by Little Acorns; Kacey on the nursery register from "
                     "September."),
        ("Status", "Not started"),
    ]),
    ("Task 6 of 10", [
        ("Need", "The flat is not safe for a baby who is starting to crawl and a 3-year-old."),
        ("Task", "Clear the dog mess from the yard, fit a stair gate and get the cracked window in Kacey's "
                 "bedroom mended."),
        ("Lead professional", "Family"),
        ("Agency", "—"),
        ("Start", ""),
        ("Target date", "As soon as possible"),
        ("Evidence", "SW sees the stair gate fitted, the window mended and the yard clear at each visit."),
        ("Status", "Stair gate bought, not yet fitted"),
    ]),
    ("Task 7 of 10", [
        ("Need", "Ollie has been found asleep on the sofa and has a flattened patch on the back of his head."),
        ("Task", "Go through safe sleep and the ICON coping-with-crying advice with both parents, and help "
                 "them move Ollie's cot into their bedroom."),
        ("Lead professional", "Hannah Boateng (HV)"),
        ("Agency", "Pallowmere 0-19 Health Service"),
        ("Start", "23/06/2025"),
        ("Target date", "By 04/07/2025"),
        ("Evidence", "Safe sleep checklist signed by both parents on the HV record; cot seen set up in the "
                     "parents' room at the next SW visit."),
        ("Status", "Checklist done 30/06/2025"),
    ]),
    ("Task 8 of 10", [
        ("Need", "We need to understand whether Jodie and Gavin can make and keep the changes Kacey and Ollie "
                 "need."),
        ("Task", "Complete a parenting assessment of Jodie and Gavin, looking at how drinking and low mood "
                 "affect their care of the children."),
        ("Lead professional", "Lucy Kemble (SW)"),
        ("Agency", "Pallowmere Children's Safeguarding Service"),
        ("Start", "30/06/2025"),
        ("Target date", "29/08/2025"),
        ("Evidence", ""),
        ("Status", "Started – first session 30/06/2025"),
    ]),
    ("Task 9 of 10", [
        ("Need", "Everyone who sees the family needs to share what they see."),
        ("Task", "Tell the social worker about any worry about the children's care, including if Jodie seems "
                 "to have been drinking at nursery, clinic or the GP surgery."),
        ("Lead professional", "All professionals"),
        ("Agency", "All agencies"),
        ("Start", ""),
        ("Target date", "As and when"),
        ("Evidence", "Each concern recorded on CareFrame as a case note with the date and what was seen."),
        ("Status", ""),
    ]),
    ("Task 10 of 10", [
        ("Need", "Jodie's and Gavin's physical health and medication need checking so the core group knows how "
                 "they affect the children's care."),
        ("Task", "Check Jodie's liver function and review Gavin's sertraline dose, and write to the SW about "
                 "anything that affects how they care for Kacey and Ollie."),
        ("Lead professional", "Dr Samuel Ngata, GP"),
        ("Agency", "Quayside Medical Practice"),
        ("Start", "26/06/2025"),
        ("Target date", "By 25/07/2025"),
        ("Evidence", "GP letter on CareFrame with the blood results and any change to medication."),
        ("Status", "Bloods booked for 01/07/2025"),
    ]),
]

_pallowmere_blocks = [
    ("title", "Child Protection Plan Detail"),
    ("p", "Pallowmere Borough Council · Children's Safeguarding Service · Team 3 (Harbour Road)"),
    ("kv", [
        ("Plan ID", "CPP-0045512"),
        ("Subject(s)", "Kacey MARRABLE, DOB 12/02/2022 (3y) · Ollie MARRABLE, DOB 30/10/2024 (8m)"),
        ("Address", "Flat 2, 41 Coldharbour Walk, Pallowmere"),
        ("Parent/carer 1", "Jodie Marrable (mother), 27"),
        ("Parent/carer 2", "Gavin Cray (father), 31 – lives at the address"),
        ("Category", "Neglect"),
        ("Plan start", "Initial child protection conference 19/06/2025"),
        ("Key worker", "Lucy Kemble, Social Worker"),
        ("Team manager", "Andrew Sowerby"),
        ("Plan status", "ACTIVE"),
    ]),
    ("h2", "Section 1 – Reason for plan"),
    ("p", "Referral from a neighbour and the police. On 2 May 2025 Kacey was found by a neighbour in the car "
          "park at 8.10pm in her pyjamas. Jodie was asleep on the settee and could not be woken for several "
          "minutes, and there were two empty vodka bottles in the kitchen. On the SW's visits in May and June "
          "Ollie was twice in a nappy that had not been changed for many hours, his formula was being made up "
          "with too much powder, and there was dog mess in the yard and on the kitchen floor. There is no stair "
          "gate and the window in Kacey's bedroom is cracked."),
    ("p", "Jodie told the SW she drinks most evenings \"to switch off\" and sometimes during the day at "
          "weekends. Gavin has depression and has been open to the Pallowmere CMHT since 2023; he says that on "
          "bad days he stays in bed until the afternoon and does not hear the children. Both parents love the "
          "children, came to conference and agreed that things need to change."),
    ("h2", "Section 2 – Child's views and day-to-day experience"),
    ("p", "Kacey (seen at home on 12/06/2025) showed the SW her bedroom and said \"Mummy sleeps on the settee "
          "and I have crisps for tea.\" She said she likes it when \"Daddy gets up and we go to the swings\". "
          "Asked what makes her sad, she pointed at the front door and said \"when it's dark and I can't find "
          "Mummy\"."),
    ("p", "Ollie cannot tell us how he feels. The HV and SW have seen a quiet baby who rarely cries for "
          "attention, who has a flattened patch on the back of his head, and who brightens and babbles when he "
          "is picked up and talked to. He is on the 9th centile for weight, down from the 25th at his 8-week "
          "check."),
    ("h2", "Section 3 – Outcomes for the children"),
    ("bullets", [
        "OC1 – Kacey and Ollie are always cared for by an adult who is sober, awake and able to respond to "
        "them, day and night.",
        "OC2 – Ollie is fed and changed regularly, sleeps safely in his cot and gets back to the 25th centile "
        "for his weight.",
        "OC3 – Kacey starts nursery in September, is never outside the flat without an adult, and tells the "
        "people she trusts that she feels safe at home.",
    ]),
    ("h2", "Section 4 – Tasks"),
    ("p", "Tasks are printed in the order they were entered on CareFrame. Fields left blank were not completed "
          "at conference."),
]
for _head, _fields in _pallowmere_tasks:
    _pallowmere_blocks.append(("h3", _head))
    _pallowmere_blocks.extend(label_next_line(_fields))
_pallowmere_blocks += [
    ("h2", "Section 5 – Contingency"),
    ("p", "If either parent is found under the influence of alcohol while caring for the children on their own, "
          "if Kacey is found outside the flat without an adult, or if Ollie's weight falls below the 2nd "
          "centile, the SW (or the emergency duty team out of hours) will visit the same day and hold a "
          "strategy discussion. The children will stay that night with their aunt, Lorna Cray, at 8 Ropery "
          "Lane, who has agreed to this and whose home has been checked. If Lorna cannot have them, Kacey and "
          "Ollie will be placed together with approved foster carers under section 20."),
    ("p", "If Jodie is still drinking while caring for the children, or the flat has not been made safe, by the "
          "core group on 07/08/2025, the SW will ask the team manager for a legal planning meeting."),
    ("h2", "Section 6 – Review arrangements"),
    ("kv", [
        ("Core group", "Every 4 weeks at Harbour Road Family Hub: 10/07/2025, 07/08/2025, 04/09/2025"),
        ("Review conference", "18/09/2025, 10.00, Pallowmere Civic Centre"),
        ("Distribution", "Parents; HV; GP; CMHT; Recovery Service; Little Acorns; Police PPU"),
    ]),
    ("p", "End of plan detail."),
]

PLANS.append({
    "name": "b40_pallowmere_careframe_task_bold_label_next_line_paged_marrable.pdf",
    "doc_title": "Child Protection Plan Detail - Kacey and Ollie Marrable",
    "split": "tune",
    "template": "case-system-plan-detail-print-paged-task-n-of-m-bold-label-own-line-value-next-line-need-task-lead-agency-start-target-evidence-status-blank-fields",
    "description": (
        "CareFrame plan detail print for a 3-year-old and an 8-month-old (neglect, mother's drinking, "
        "father's depression), with each task laid out as bold field labels on their own line and the value "
        "on the next, some fields blank, running over several pages with a header and footer on each. The "
        "recovery service task is 'Ongoing' with 'engagement' as its measure, the CMHT only supports the "
        "father and its measure is his mood, the nursery task has no lead or agency, the home-safety task is "
        "owned by 'Family' 'as soon as possible', the parenting assessment has no evidence, and 'All "
        "professionals' share worries 'as and when'. Good voice, outcomes, contingency, dates and legal step."
    ),
    "header": "RESTRICTED – Pallowmere Borough Council – CareFrame: Child Protection Plan Detail",
    "footer": "CareFrame print 03/07/2025 09:14 user LKEMBLE – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": _pallowmere_blocks,
    "findings": [
        F("T002", "Alcohol assessment and key-work sessions for Jodie"),
        F("M002", "Alcohol assessment and key-work sessions for Jodie"),
        F("H001", "support Gavin with his low mood and his medication"),
        F("M002", "support Gavin with his low mood and his medication"),
        F("W001", "Apply for a funded nursery place for Kacey"),
        F("W002", "Clear the dog mess from the yard, fit a stair gate"),
        F("T002", "Clear the dog mess from the yard, fit a stair gate"),
        F("M001", "Complete a parenting assessment of Jodie and Gavin"),
        F("W002", "Tell the social worker about any worry about the children's care"),
        F("T002", "Tell the social worker about any worry about the children's care"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review plan print in a monospace font: Step 1..9, each step opening
#    with the lead, fields on one line with dot leaders, a "Progress since
#    last review" field; paged with header and footer (pdf). Exemplary.
# ---------------------------------------------------------------------------
_pelsingham_steps = [
    ("Step 1", [
        ("Lead", "Grace Oyelaran, social worker"),
        ("Agency", "Pelsingham Children and Families, Safeguarding Team East"),
        ("Step", "Visit Eli and Mira at home, see each of them on their own, and check with Nadia that the "
                 "safety plan is still in place"),
        ("When", "Every 2 weeks; at least one visit a month unannounced"),
        ("We'll know because", "Visit records show each child seen alone and what they said, in their own "
                               "words"),
        ("Progress since last review", "7 visits since 10/04/2025, 3 unannounced; both children seen alone "
                                       "every time"),
    ]),
    ("Step 2", [
        ("Lead", "Carla Ferns, IDVA"),
        ("Agency", "Pelsingham Domestic Abuse Service"),
        ("Step", "Go through the safety plan again with Nadia, and with Eli what he does and who he rings if "
                 "Rob comes to the house; repeat the DASH risk checklist"),
        ("When", "By 18/07/2025, then every month"),
        ("We'll know because", "Updated safety plan signed by Nadia, copy on file and one kept at home; DASH "
                               "score sent to the SW"),
        ("Progress since last review", "Safety plan reviewed 02/06/2025; DASH score down from 16 to 9"),
    ]),
    ("Step 3", [
        ("Lead", "Dr Imogen Hale, clinical psychologist"),
        ("Agency", "Pelsingham Adult Psychological Therapies"),
        ("Step", "Trauma-focused therapy with Nadia for her PTSD, and a written report to each core group on "
                 "whether her symptoms are changing, how they affect her care of Eli and Mira, and how long "
                 "her recovery is likely to take"),
        ("When", "Weekly sessions from 08/07/2025; report before every core group"),
        ("We'll know because", "Written report with PCL-5 scores read at every core group and given to the "
                               "review conference"),
        ("Progress since last review", "New step – agreed at the review conference on 03/07/2025"),
    ]),
    ("Step 4", [
        ("Lead", "PC Owen Bayliss"),
        ("Agency", "Pelsingham Police, Public Protection Unit"),
        ("Step", "Keep the domestic abuse marker on 22 Larchfield Road and tell the SW of any call-out or any "
                 "sighting of Rob near the house or either school"),
        ("When", "Marker checked by 11/07/2025; any call-out passed on the same day"),
        ("We'll know because", "Email from the PPU confirming the marker; every call-out logged and emailed to "
                               "the SW within 24 hours"),
        ("Progress since last review", "No call-outs since 21/03/2025"),
    ]),
    ("Step 5", [
        ("Lead", "Sam Okoro, primary mental health worker"),
        ("Agency", "Pelsingham CAMHS"),
        ("Step", "Six sessions with Eli about his nightmares and what he saw at home, and advice for Nadia on "
                 "how to settle him at night"),
        ("When", "First session by 31/07/2025, then weekly"),
        ("We'll know because", "Sleep diary kept by Eli and Nadia; written summary to the SW after session 6"),
        ("Progress since last review", "Referral accepted 24/06/2025"),
    ]),
    ("Step 6", [
        ("Lead", "Mr Jonah Price, pastoral lead"),
        ("Agency", "Pelsingham Academy"),
        ("Step", "Mentoring session with Eli every Monday, and a call to the SW the same day if he is absent, "
                 "upset or says anything about home"),
        ("When", "Every Monday in term time"),
        ("We'll know because", "Mentoring log; Eli's attendance at 95% or above on the weekly print sent to "
                               "the SW"),
        ("Progress since last review", "Attendance 96% this half term"),
    ]),
    ("Step 7", [
        ("Lead", "Mrs Dawn Ilesanmi, DSL"),
        ("Agency", "Castlegate Primary School"),
        ("Step", "Check in with Mira each Wednesday with her teaching assistant, and write down what she says "
                 "and draws about home"),
        ("When", "Every Wednesday in term time"),
        ("We'll know because", "DSL log of each check-in, emailed to the SW every Friday"),
        ("Progress since last review", "Check-ins every week since April"),
    ]),
    ("Step 8", [
        ("Lead", "Efua Mensah, the children's aunt"),
        ("Agency", "Not applicable (family member)"),
        ("Step", "Collect Mira and Eli from school on Tuesdays and Thursdays and give them their tea at her "
                 "flat while Nadia is at therapy"),
        ("When", "Every Tuesday and Thursday in term time"),
        ("We'll know because", "School collection log shows Efua collecting; Efua signs the family diary each "
                               "time"),
        ("Progress since last review", "New step – starts 08/07/2025"),
    ]),
    ("Step 9", [
        ("Lead", "Nadia Quaye"),
        ("Agency", "Pelsingham Women's Centre"),
        ("Step", "Go to the Recovery Toolkit group for women who have lived with domestic abuse, including the "
                 "sessions on helping children recover"),
        ("When", "Monday mornings for 12 weeks from 14/07/2025"),
        ("We'll know because", "Attendance sheet sent to the SW at the end of each month"),
        ("Progress since last review", "Place confirmed 30/06/2025"),
    ]),
]

_pelsingham_blocks = [
    ("title", "Child Protection Plan – Review Version"),
    ("p", "Pelsingham City Council · Children and Families Service · printed from CaseBook"),
    ("p", "Case ref ............ PCC-CF-771204 / PCC-CF-771205"),
    ("p", "Children ............ Eli Quaye, born 19/01/2013 (12), Pelsingham Academy, Year 7"),
    ("p", "                      Mira Quaye, born 04/09/2019 (5), Castlegate Primary, Reception"),
    ("p", "Mother .............. Nadia Quaye, 22 Larchfield Road, Pelsingham"),
    ("p", "Father .............. Kwame Quaye, 9 Otterburn Close, Pelsingham (contact every other weekend)"),
    ("p", "Category ............ Emotional abuse"),
    ("p", "Conferences ......... Initial 10/04/2025; first review 03/07/2025 (plan continues)"),
    ("p", "Social worker ....... Grace Oyelaran"),
    ("p", "Chair ............... Lorraine Birtles, Independent Reviewing Officer"),
    ("h2", "Why there is a plan"),
    ("p", "Nadia's former partner, Rob Tanner, was violent to her in front of Eli and Mira over two years. On "
          "21/03/2025 police were called after Rob hit Nadia and pushed Eli into a door frame when he tried "
          "to stop him. Rob was charged and is on bail with a condition not to contact the family; a "
          "non-molestation order runs to 14/02/2026. Nadia has post-traumatic stress disorder and has panic "
          "attacks when she leaves the house. Eli has nightmares and has been sleeping in Mira's room."),
    ("h2", "What has got better since April"),
    ("p", "There have been no incidents or call-outs since March. Nadia has kept to the safety plan, changed her "
          "phone number and told both schools about the order. Eli is back in school every day. Kwame has had "
          "the children every other weekend without any problems and has come to both core groups."),
    ("h2", "What Eli and Mira say"),
    ("p", "Eli (seen alone at school, 26/06/2025): \"It's better now it's just us. I still listen for his car "
          "at night. I'd like to sleep in my own room again but not yet.\" He scored home 7 out of 10 for "
          "feeling safe, up from 3 in April, and said he would like \"someone to talk to who isn't Mum, so I "
          "don't make her sad\"."),
    ("p", "Mira (seen at home, 30/06/2025) drew her family with \"Mummy, Eli, me and Auntie Efua\" and a big "
          "rainbow, and said her favourite thing is \"tea at Auntie Efua's because she has a cat\". She told "
          "the SW that Rob \"shouted and Eli cried\" and that she is \"not scared any more\"."),
    ("h2", "What we want for Eli and Mira"),
    ("bullets", [
        "Eli and Mira live without violence or threats and say they feel safe at home.",
        "Eli sleeps in his own room through most nights without nightmares, and goes to school every day.",
        "Mira is collected on time by a safe adult every day and keeps enjoying school.",
    ]),
    ("h2", "Plan steps"),
    ("p", "Each step opens with its lead. Steps marked new were agreed at the review conference."),
]
for _head, _fields in _pelsingham_steps:
    _pelsingham_blocks.append(("boldp", _head))
    _pelsingham_blocks.extend(dot_leader(_fields, width=28))
_pelsingham_blocks += [
    ("h2", "If things go wrong"),
    ("p", "If Rob comes to the house, contacts Nadia or the children in any way, or breaks his bail or the "
          "order, Nadia will ring 999 and then the SW (or the emergency duty team out of hours), and the SW "
          "will hold a strategy discussion the same day. If Nadia and the children cannot stay safely at home, "
          "Eli and Mira will go to their father, Kwame, at 9 Otterburn Close that day, and the IDVA will find "
          "Nadia a refuge place; if Kwame cannot have them, they will stay together with approved foster "
          "carers."),
    ("p", "If Efua cannot collect the children on a Tuesday or Thursday, Castlegate's after-school club will "
          "keep both children until 5.30pm (the place is paid for by Children and Families) and Nadia will "
          "collect them there; Nadia will rearrange her therapy session rather than leave the children with "
          "anyone not named in this plan."),
    ("p", "If Nadia lets Rob back into the home or has contact with him, or there is a further incident of "
          "violence, the SW will ask the team manager for a legal planning meeting within 5 working days."),
    ("h2", "Meetings"),
    ("p", "Core group ........... every 4 weeks at Castlegate Primary, 9.15am: 31/07/2025, 28/08/2025, "
          "25/09/2025"),
    ("p", "Review conference .... 09/10/2025, 10.00am, Pelsingham Civic Offices, Room 3"),
    ("p", "Plan agreed at the review conference on 03/07/2025 and printed for the family and every agency."),
]

PLANS.append({
    "name": "b40_pelsingham_lead_first_dot_leader_steps_paged_quaye.pdf",
    "doc_title": "Child Protection Plan (review) - Eli and Mira Quaye",
    "split": "tune",
    "template": "rcpc-review-plan-print-paged-monospace-step-n-lead-first-one-line-dot-leader-fields-step-when-well-know-progress-since-last-review",
    "description": (
        "Exemplary plan revised at a first review conference for a 12-year-old and a 5-year-old (domestic "
        "abuse by the mother's former partner; mother's PTSD), printed in a monospace font with each step "
        "opening with its lead and one dot-leader line per field (agency, step, when, we'll know because, "
        "progress since last review), over two pages with a header and footer on each. The psychologist "
        "reports on change and likely timescale, CAMHS, school and police steps are specific, the aunt's "
        "after-school help has a fallback, core group and review dates are set and legal planning follows "
        "any return of the ex-partner."
    ),
    "font": "Courier New",
    "font_size": 9.5,
    "header": "PROTECT – Pelsingham City Council – Children and Families Service",
    "footer": "CP plan (review 03/07/2025) – QUAYE, Eli and Mira – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _pelsingham_blocks,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Upper-case case-system print: TASK 01..08, field names in capitals
#    with colons and the value on the same line after spaces, wrapped values
#    indented, lead professional first, "PROGRESS SINCE LAST REVIEW", page
#    headers repeated mid-form (txt). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_penstowey_rcpc_caps_colon_fields_page_headers_trewin.txt",
    "split": "tune",
    "template": "rcpc-case-system-print-txt-task-nn-caps-colon-labels-space-padded-values-wrapped-indented-lead-professional-first-progress-since-last-review-repeated-page-headers",
    "description": (
        "Review conference print for a 9-year-old and a 2-year-old (mother's bipolar disorder after an "
        "admission; grandparents doing much of the care). TASK blocks with upper-case labels, padded values, "
        "wrapped lines and page headers repeated mid-task. The CPN only supports and checks lithium, the "
        "young carers referral has no lead or agency, the 2-year review has no start or target, the "
        "parenting group waits 'when a place is available' and is 'monitored', the DSL check-in has no "
        "evidence, one outcome is only about the mother, and the contingency sends the children to the "
        "grandparents with nothing said if they cannot have them."
    ),
    "text": """\
PENSTOWEY COUNCIL    CHILDREN'S SOCIAL CARE    CP PLAN - REVIEW VERSION
Child(ren): TREWIN Skye (9) / TREWIN Alfie (2)                 PAGE 1 OF 3
==========================================================================

CASE NO:            PC-3317045 / PC-3317046
ADDRESS:            4 Chapel Row, Polgrean, Penstowey
MOTHER:             Rebecca (Becky) TREWIN, 33
FATHER (SKYE):      Darren Hicks - no contact since 2019
FATHER (ALFIE):     Not named
CATEGORY:           Neglect
INITIAL CONF:       12/03/2025
REVIEW CONF:        02/07/2025 - plan to continue
SOCIAL WORKER:      Sian Morcom, Penstowey North Safeguarding Team
CHAIR:              Gareth Jory (IRO)

SUMMARY OF CONCERNS
Becky has bipolar affective disorder. In February she stopped her lithium,
did not sleep for several nights and was found by police walking on the
main road at 3am with Alfie in his buggy; she was admitted to Carn Brea
Unit for three weeks. Before that Skye had been getting herself and Alfie
up and giving him his breakfast. Since discharge Becky has taken her
medication and her mood has been steady, but she is very tired in the
mornings and the flat is cluttered. Becky's parents, Pat and Len Trewin,
who live two streets away, have given a great deal of help since March.

SKYE AND ALFIE - WISHES, FEELINGS, DAILY LIFE
Skye (seen alone at school 24/06/2025): "Mum's better now she takes her
tablets. I still check she's awake before I go to school." She loves Nan's
house "because there's always proper dinner". She said she gets worried
"when Mum talks really fast".
Alfie: chatty, runs to Pat at the door, says "Nana" and "Mama". The HV saw
him happy and well cared for at Pat's on 19/06/2025; he sleeps through at
Pat's but wakes two or three times a night at home.

OUTCOMES
OC1  Skye is a child, not a carer: she does not get Alfie up or look after him.
OC2  Alfie is cared for every day by an adult who is well and awake.
OC3  Becky's mental health will be stable and she will take her medication every day.

PLAN - TASKS  (8 open)

TASK 01
LEAD PROFESSIONAL:  Sian Morcom (SW)
AGENCY:             Penstowey Children's Social Care
NEED:               Skye and Alfie need to be seen regularly, at home and
                    on their own.
ACTION:             Home visits, at least one a month before school,
                    seeing Skye on her own and Alfie at home or at Pat's
START:              13/03/2025
TARGET:             Every 3 weeks
EVIDENCE:           Visit records show Skye seen alone and her words
                    written down; morning routine seen once a month
PROGRESS SINCE LAST REVIEW:
                    6 visits since March, 2 before school. Skye seen
                    alone every time.

TASK 02
LEAD PROFESSIONAL:  Pat Trewin (maternal grandmother)
AGENCY:             n/a
NEED:               Alfie needs a steady carer in the day while Becky's
                    sleep and energy settle.
ACTION:             Have Alfie at her house in Trenoweth Close from 8am
                    to 5pm Monday to Wednesday, and walk Skye to school
                    on those mornings
START:              17/03/2025
TARGET:             Every Monday, Tuesday and Wednesday
EVIDENCE:           School register shows Skye in by 8.50am; Pat signs
                    the family diary each day
PROGRESS SINCE LAST REVIEW:
                    Every week since March except one week when Pat had
                    flu (Len covered).

TASK 03
LEAD PROFESSIONAL:  Len Trewin (maternal grandfather)
AGENCY:             n/a
NEED:               Becky needs to sleep so that she stays well, and
                    Alfie wakes in the night.
ACTION:             Stay overnight at Chapel Row on Thursday and Friday
                    nights and see to Alfie when he wakes
START:              20/03/2025
TARGET:             Every Thursday and Friday night
EVIDENCE:           Night log in the family diary, signed by Len and
                    read by the SW at each visit
PROGRESS SINCE LAST REVIEW:
                    Done every week.

TASK 04
LEAD PROFESSIONAL:  Marcus Pengelly, CPN
AGENCY:             Penstowey Community Mental Health Team
NEED:               Becky needs to stay on her medication so that she is
--------------------------------------------------------------------------
PENSTOWEY COUNCIL    CHILDREN'S SOCIAL CARE    CP PLAN - REVIEW VERSION
Child(ren): TREWIN Skye (9) / TREWIN Alfie (2)                 PAGE 2 OF 3
==========================================================================
                    well enough to care for Skye and Alfie.
ACTION:             Home visits to support Becky with her mood and
                    to check she is taking her lithium
START:              05/03/2025
TARGET:             Fortnightly
EVIDENCE:           Lithium blood level in range at each monthly test;
                    visits recorded on the CMHT record
PROGRESS SINCE LAST REVIEW:
                    Levels in range March to June.

TASK 05
LEAD PROFESSIONAL:
AGENCY:
NEED:               Skye has been doing things for her mum and brother
                    that a 9-year-old should not have to do.
ACTION:             Referral to Penstowey Young Carers for Skye, for an
                    assessment and a place at their Saturday club
START:              07/07/2025
TARGET:             By 25/07/2025
EVIDENCE:           Young carers assessment and club offer sent to the SW
PROGRESS SINCE LAST REVIEW:
                    New.

TASK 06
LEAD PROFESSIONAL:  Kerry Jago (HV)
AGENCY:             Penstowey Health Visiting Service
NEED:               Alfie's speech and his development need checking.
ACTION:             Alfie's 2-year development review, including his speech
                    and his sleep, at home with Becky
START:
TARGET:
EVIDENCE:           ASQ-3 scores and the HV's notes shared with the SW
                    and the GP
PROGRESS SINCE LAST REVIEW:
                    Was due in May - not yet done.

TASK 07
LEAD PROFESSIONAL:  Becky Trewin
AGENCY:             Polgrean Family Hub
NEED:               Alfie needs calm, consistent boundaries at home.
ACTION:             Go to the Calm Parenting group at Polgrean Family Hub
                    and use the bedtime routine with Alfie at home
START:
TARGET:             When a place is available
EVIDENCE:           Monitored by SW
PROGRESS SINCE LAST REVIEW:
                    On the waiting list.

TASK 08
LEAD PROFESSIONAL:  Mrs Carol Hocking, DSL
AGENCY:             Polgrean Community Primary School
NEED:               Skye needs a trusted adult in school she can talk to.
ACTION:             Weekly check-in with Skye in the nurture room on a
                    Monday morning, to hear how her weekend went
START:              10/03/2025
TARGET:             Every Monday in term time
EVIDENCE:
PROGRESS SINCE LAST REVIEW:
                    Skye goes every week and likes it.

--------------------------------------------------------------------------
PENSTOWEY COUNCIL    CHILDREN'S SOCIAL CARE    CP PLAN - REVIEW VERSION
Child(ren): TREWIN Skye (9) / TREWIN Alfie (2)                 PAGE 3 OF 3
==========================================================================

CONTINGENCY PLAN
If Becky stops taking her lithium, goes two nights without sleep, or Pat,
Len or a professional sees signs of her becoming high (talking very fast,
spending, not sleeping), the person who sees it will ring the CMHT crisis
line the same day and tell the SW or the emergency duty team. Skye and
Alfie will go to stay with Pat and Len until the crisis team says Becky is
well enough to look after them, and the SW will hold a strategy discussion
the same day.
If Becky is admitted to hospital again, or will not accept treatment while
she is unwell, the SW will ask the team manager for a legal planning
meeting within 5 working days.

REVIEW ARRANGEMENTS
CORE GROUP:         Every 6 weeks at Polgrean Family Hub - 14/08/2025,
                    25/09/2025
NEXT RCPC:          06/11/2025, 10.00, Penstowey County Hall

DISTRIBUTION:       Becky Trewin; Pat and Len Trewin; CMHT; HV; GP;
                    Polgrean Community Primary School

*** END OF PRINT ***   Printed by SMORCOM 03/07/2025 11:02
""",
    "findings": [
        F("F002", "Becky's mental health will be stable and she will take her medication every day."),
        F("H001", "Home visits to support Becky with her mood and"),
        F("W001", "Referral to Penstowey Young Carers for Skye"),
        F("T001", "Alfie's 2-year development review, including his speech"),
        F("T002", "Go to the Calm Parenting group at Polgrean Family Hub"),
        F("M002", "Go to the Calm Parenting group at Polgrean Family Hub"),
        F("M001", "Weekly check-in with Skye in the nurture room"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan, plain-text export with lower-case labels on their own
#    line and the value indented underneath, unnumbered action blocks with a
#    per-action outcome, status left blank (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_pudlowe_prebirth_lowercase_label_indented_value_vasquez.txt",
    "split": "tune",
    "template": "prebirth-icpc-plan-plain-text-export-lowercase-labels-own-line-indented-values-unnumbered-blocks-need-outcome-action-lead-agency-when-evidence-blank-status",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 3-year-old (mother's bipolar disorder with a "
        "past postpartum psychosis; father's daily cannabis use), exported as plain text with lower-case "
        "field labels on their own line and values indented underneath, unnumbered blocks each with its "
        "own child-centred outcome, and the status field left empty. The perinatal psychiatrist assesses "
        "relapse risk and capacity, the CPN reports on change, the drug service tests and reports, the "
        "grandmother's nights have a fallback, and dates and the legal step are set."
    ),
    "text": """\
PUDLOWE DISTRICT COUNCIL - CHILDREN AND YOUNG PEOPLE'S SERVICES
Pre-birth child protection plan - Lantern export (plan view, plain text)

case ref         LN-88231
unborn baby      Baby Vasquez-Doyle, due 29/08/2025
brother          Leo Doyle, born 02/05/2022 (3), Meadowbank Nursery
mother           Maria Vasquez (24)
father           Sean Doyle (27), father of both children, lives at home
address          17 Fairweather Court, Pudlowe
conference       Initial (pre-birth) child protection conference, 26/06/2025
category         Neglect
social worker    Bethan Cole
chair            Imran Sheikh

why we are worried
    Maria has bipolar affective disorder. After Leo was born she became
    very unwell with postpartum psychosis and spent five weeks in a mother
    and baby unit; Leo was cared for by Sean and Maria's mother, Rosa. The
    risk of this happening again after the new baby is born is high.
    Maria has taken lithium throughout this pregnancy. Sean smokes cannabis
    every day, usually in the evenings, and has been the only adult awake
    at night when Maria has been unwell before.

what is going well
    Maria has been to every antenatal appointment and sees her perinatal
    nurse every two weeks. She and Sean talk openly about what happened
    last time and want a plan in place before the birth. Rosa has offered
    to stay for the first two weeks. Leo is a happy, healthy little boy
    who is doing well at nursery.

what leo says, and what we know about the baby's world
    Leo (at home, 20/06/2025) showed the social worker the cot in his room
    and said "the baby is going to sleep with me and I'm going to give him
    his dummy". He told her that "Mummy was poorly in the hospital before"
    and that Nana Rosa "makes pancakes when Mummy is tired".
    At 30 weeks the baby is growing well on the scans. Maria is not
    smoking or drinking. Sean smokes cannabis on the balcony, and the
    smell reaches the living room and Leo's bedroom. The Moses basket is
    bought but not yet set up, and there is no plan yet for night feeds.

what we want for leo and the baby
    - The baby is born safely and comes home to a calm, prepared flat,
      with a safe place to sleep and an adult awake for every night feed.
    - Leo and the baby are cared for every day by a parent who is well,
      and by a dad who is not under the influence of cannabis.
    - If Maria becomes unwell, it is noticed within a day and Leo and the
      baby are looked after by someone safe while she gets treatment.

actions

need
    Leo and the baby need to be seen regularly at home by their social
    worker, before and after the birth.
outcome
    Leo and the baby live in a home where what they need comes first.
action
    Visit at home, see Leo on his own, and look at the baby's sleeping
    space and the plan for night feeds.
lead
    Bethan Cole, social worker
agency
    Pudlowe Children and Young People's Services
when
    From 30/06/2025: every 2 weeks until the birth, then weekly for the
    first 8 weeks after it
evidence
    Visit records note what Leo says, the state of the flat and, after
    the birth, where the baby slept the night before.
status

need
    Maria's pregnancy and the birth need to be planned with her mental
    health in mind.
outcome
    The baby is born safely and the ward knows the plan before Maria
    goes into labour.
action
    Antenatal appointments with Maria, and a birth plan with a
    safeguarding alert on the maternity system saying who may take the
    baby home and who must be called.
lead
    Joanne Pettit, specialist safeguarding midwife
agency
    Pudlowe General Hospital Maternity Service
when
    Every 2 weeks to 36 weeks, then weekly; birth plan on the system by
    25/07/2025
evidence
    Attendance recorded in the maternity notes and shared with the SW
    every 2 weeks; birth plan on the system and copied to the SW.
status

need
    We need to know how likely Maria is to become unwell after the birth
    and what would help her stay well enough to care for the baby.
outcome
    The baby and Leo have a mum whose early warning signs are known to
    everyone around her, so that help comes before they are affected.
action
    Assess Maria's risk of relapse after the birth, her early warning
    signs and her capacity to notice them and ask for help, and write a
    relapse prevention plan with her and Sean.
lead
    Dr Farah Nasser, consultant perinatal psychiatrist
agency
    Pudlowe Perinatal Mental Health Service
when
    Written assessment by 08/08/2025
evidence
    Assessment and relapse prevention plan shared with the core group on
    14/08/2025 and given to the review conference.
status

need
    Maria's mood and medication need watching closely in the last weeks
    of pregnancy and the first months after the birth.
outcome
    Leo and the baby are cared for by a mum whose mood stays steady
    enough to feed, settle and play with them.
action
    Home visits to check Maria's mood, sleep and lithium, assess at each
    visit whether her mental state is changing, and send a written update
    to each core group on what that means for her care of Leo and the baby.
lead
    Tomasz Wojcik, perinatal community psychiatric nurse
agency
    Pudlowe Perinatal Mental Health Service
when
    Every 2 weeks until the birth; twice a week for the first 6 weeks
    after it
evidence
    Mood and sleep ratings and lithium levels in the written update read
    at every core group.
status

need
    Sean's cannabis use means he may not be alert at night when the baby
    needs feeding or if Maria becomes unwell.
outcome
    Leo and the baby always have a dad who is alert and able to care for
    them, day and night.
action
    Key-work sessions with Sean and an oral fluid test at each one, and
    a written report to each core group on whether his use is reducing
    and how it affects his care of the children.
lead
    Craig Lumb, recovery worker
agency
    Pudlowe Drug and Alcohol Service
when
    Weekly from 03/07/2025; report before every core group
evidence
    Test results and the written report read at each core group; clear
    tests from 01/08/2025 onwards.
status

need
    Maria's lithium must stay at a safe level for her and for the baby.
outcome
    The baby is born healthy, and Leo's mum stays on medication that
    keeps her well.
action
    Arrange Maria's lithium blood tests and send the results to the
    perinatal team and the social worker.
lead
    Dr Olu Bankole, GP
agency
    Fairweather Medical Centre
when
    Every 4 weeks until 36 weeks, then weekly until the birth
evidence
    Results on the GP record and copied to the perinatal team and the SW
    within 2 working days of each test.
status

need
    The baby needs a safe sleeping place and parents who know how to
    cope with crying.
outcome
    The baby sleeps on her back in her own Moses basket in her parents'
    room, every sleep.
action
    Antenatal visit to go through safe sleep and the ICON crying advice
    with Maria and Sean, then the new birth visit and weekly weighing.
lead
    Rhiannon Price, health visitor
agency
    Pudlowe 0-19 Service
when
    Antenatal visit by 01/08/2025; new birth visit 10-14 days after the
    birth; weekly for 6 weeks after that
evidence
    Moses basket seen set up in the parents' room at the antenatal visit;
    weights in the red book, shared with the SW each week.
status

need
    Maria needs unbroken sleep in the first two weeks after the birth to
    lower her risk of becoming unwell.
outcome
    The baby is fed through the night by a rested, sober adult.
action
    Stay at the flat for the first 14 nights after the baby comes home
    and do the night feeds so that Maria can sleep.
lead
    Rosa Vasquez, maternal grandmother
agency
when
    Every night for 14 nights from the day the baby comes home
evidence
    Night feed chart signed by Rosa each morning and read by the HV and
    SW at their visits.
status

need
    Leo needs his days to stay the same while the baby arrives.
outcome
    Leo keeps going to nursery, and someone outside the family notices
    quickly if he is not his usual self.
action
    Keep Leo's place on Monday, Wednesday and Friday, note how he arrives
    and who collects him, and tell the SW the same day if he is absent.
lead
    Amy Rowe, Leo's key person
agency
    Meadowbank Nursery
when
    Every session
evidence
    Nursery register and arrival notes emailed to the SW every Friday.
status

if things go wrong
    If Maria shows any of the early warning signs in her relapse plan (not
    sleeping for two nights in a row, racing thoughts, stopping her
    lithium, or saying the baby is in danger or is special), Sean or Rosa
    will ring the perinatal crisis line the same day and Maria will not be
    left alone with the baby or Leo until she has been assessed. The SW
    (or the emergency duty team out of hours) will hold a strategy
    discussion the same day, and if Maria needs admission the perinatal
    team will ask for a bed for her and the baby at the Wren Mother and
    Baby Unit.
    While Maria is unwell, Leo and the baby will be cared for at home by
    Rosa. If Rosa cannot stay, or cannot be there at night, they will go
    to Sean's sister Ciara Doyle at 3 Millpond Lane; Sean may care for
    them with Rosa or Ciara there only while his tests are clear. If
    neither Rosa nor Ciara can have them, the SW will arrange for Leo and
    the baby to stay together with approved foster carers that day.
    If Maria becomes unwell and does not accept treatment, or Sean has
    two positive tests before the birth, the SW will ask the team manager
    for a legal planning meeting within 5 working days.

meetings
    core group     every 4 weeks at Meadowbank Children's Centre, 10am:
                   17/07/2025, 14/08/2025, then within 10 working days
                   of the birth
    review conf    review child protection conference 25/09/2025, 1.30pm,
                   Pudlowe Council Offices

-- exported 27/06/2025 by BCOLE --
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Council Word form that starts from the need: bold "Need" line, then
#    "Label: value" lines for the outcome and each action under it;
#    unnumbered, several actions under one need, blank fields (docx). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_porlingdene_need_first_label_colon_lines_sinclair.docx",
    "doc_title": "Child Protection Plan - Harvey and Poppy Sinclair",
    "split": "tune",
    "template": "icpc-council-word-form-need-first-bold-need-line-then-label-colon-value-lines-shared-outcome-several-unnumbered-actions-per-need-blank-fields",
    "description": (
        "Initial conference plan for a 6-year-old and a 13-month-old (neglect; mother's anxiety, debts and "
        "eviction notice) set out need by need, each with 'Outcome:' and then 'Action: / Lead: / Agency: / "
        "Start: / Review date: / Evidence: / Status:' lines. Five of the nine actions are the mother's own "
        "money, housing and health under an outcome only about her; Citizens Advice help is 'ongoing' and "
        "measured by how she feels, the GP action has no evidence, Talking Therapies only treat her, the "
        "HV's measure is 'monitored', and 'Family and friends' keep the flat clean 'ongoing'. The "
        "children's views are not yet recorded and no legal step is named."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Porlingdene Council · Children's Social Care · Form CP4 (plan agreed at initial conference)"),
        ("kv", [
            ("Children", "Harvey Sinclair, born 08/03/2019 (6), Beckside Primary, Year 1; "
                         "Poppy Sinclair, born 21/05/2024 (13 months)"),
            ("Parent", "Kirsty Sinclair (29), 12 Alder Court, Porlingdene"),
            ("Other parent", "Ryan Sinclair, left the home in January 2025, no contact arranged"),
            ("Conference", "Initial child protection conference, 26/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Elliot Grange"),
            ("Chair", "Susan Abara"),
        ]),
        ("h1", "Why this plan is needed"),
        ("p", "Harvey has been late for school on 14 mornings and absent on 9 days since Easter. Poppy has missed "
              "her 12-month immunisations and her one-year health review. Kirsty has anxiety and panic attacks, "
              "owes £2,340 in rent and has been served with a notice by her landlord. She told conference that "
              "she often cannot face leaving the flat, and on two visits there was no food in the cupboards."),
        ("h1", "Child's wishes and feelings"),
        ("p", "Not yet recorded. To be completed by the social worker at the next home visit."),
        ("h1", "The plan"),
        ("p", "Each need is followed by the outcome we are working towards and the actions agreed at conference."),
        ("boldp", "Need: Harvey and Poppy need to be seen and their care checked"),
        ("kv", [
            ("Outcome", "Harvey and Poppy are fed, clean and warm every day."),
        ]),
        ("kv", [
            ("Action", "Visit the flat every 2 weeks, with one unannounced visit a month, and see both children"),
            ("Lead", "Elliot Grange, social worker"),
            ("Agency", "Porlingdene Children's Social Care"),
            ("Start", "27/06/2025"),
            ("Review date", "Each core group"),
            ("Evidence", "Visit record notes the food in the flat, the children's clothes and where Poppy sleeps"),
            ("Status", "Started"),
        ]),
        ("boldp", "Need: Kirsty's money, housing and health"),
        ("kv", [
            ("Outcome", "Kirsty has a secure tenancy, her debts are under control and she is coping better "
                        "with her anxiety."),
        ]),
        ("kv", [
            ("Action", "Help Kirsty bid for a two-bedroom flat through Porlingdene HomeChoice and ask for "
                       "priority banding"),
            ("Lead", "Rita Omond, housing options officer"),
            ("Agency", "Porlingdene Housing Solutions"),
            ("Start", "01/07/2025"),
            ("Review date", "01/09/2025"),
            ("Evidence", "Bids placed every week, shown on the HomeChoice account; banding letter seen by the SW"),
            ("Status", "Application open"),
        ]),
        ("kv", [
            ("Action", "Refer Kirsty to Porlingdene Citizens Advice for help with her rent and council tax "
                       "arrears"),
            ("Lead", "Nicola Pryce, family support worker"),
            ("Agency", "Porlingdene Family Hub"),
            ("Start", ""),
            ("Review date", "Ongoing"),
            ("Evidence", "Kirsty feels less worried about money"),
            ("Status", ""),
        ]),
        ("kv", [
            ("Action", "Kirsty to book an appointment with Dr Lowe about her anxiety and her sleep"),
            ("Lead", "Kirsty Sinclair"),
            ("Agency", "Elmfield Surgery"),
            ("Start", "07/07/2025"),
            ("Review date", "31/07/2025"),
            ("Evidence", ""),
            ("Status", "Not yet booked"),
        ]),
        ("kv", [
            ("Action", "Six sessions of guided self-help for Kirsty's anxiety and panic attacks"),
            ("Lead", "Jas Kaur, psychological wellbeing practitioner"),
            ("Agency", "Porlingdene Talking Therapies"),
            ("Start", "14/07/2025"),
            ("Review date", "After session 6"),
            ("Evidence", "GAD-7 score recorded at each session and sent to the GP"),
            ("Status", "Referral accepted"),
        ]),
        ("kv", [
            ("Action", "Help Kirsty claim the childcare element of Universal Credit and apply to the Household "
                       "Support Fund"),
            ("Lead", "Nicola Pryce, family support worker"),
            ("Agency", "Porlingdene Family Hub"),
            ("Start", "01/07/2025"),
            ("Review date", "15/08/2025"),
            ("Evidence", "Award letters seen by the FSW and copied to the SW"),
            ("Status", "Forms started"),
        ]),
        ("boldp", "Need: Harvey needs to be in school on time every day"),
        ("kv", [
            ("Outcome", "Harvey gets to school on time every day and his attendance is above 95% by the review."),
        ]),
        ("kv", [
            ("Action", "Ring Kirsty by 9.15am on any day Harvey is not in school, and do a home visit if there "
                       "is no answer"),
            ("Lead", "Mrs Angela Kowal, attendance lead"),
            ("Agency", "Beckside Primary"),
            ("Start", "30/06/2025"),
            ("Review date", "Each core group"),
            ("Evidence", "Weekly attendance print emailed to the SW every Friday"),
            ("Status", "In place"),
        ]),
        ("boldp", "Need: Poppy needs her health checks and immunisations"),
        ("kv", [
            ("Outcome", "Poppy is up to date with her immunisations and is growing well."),
        ]),
        ("kv", [
            ("Action", "Weigh Poppy every month and make sure she catches up on her immunisations"),
            ("Lead", "Claire Denby, health visitor"),
            ("Agency", "Porlingdene 0-19 Service"),
            ("Start", "03/07/2025"),
            ("Review date", "Monthly"),
            ("Evidence", "Monitored by the health visitor"),
            ("Status", ""),
        ]),
        ("boldp", "Need: The flat needs to be clean, with food in the house"),
        ("kv", [
            ("Outcome", "Harvey and Poppy live in a clean flat with food in the cupboards every day."),
        ]),
        ("kv", [
            ("Action", "Keep the flat clean and tidy and make sure there is always food in the cupboards"),
            ("Lead", "Family and friends"),
            ("Agency", "—"),
            ("Start", ""),
            ("Review date", "Ongoing"),
            ("Evidence", "SW checks the kitchen and bedrooms at each visit"),
            ("Status", ""),
        ]),
        ("h1", "Contingency"),
        ("p", "If Harvey or Poppy are found at home without an adult, or there is no food in the flat on two visits "
              "in a row, the social worker will hold a strategy discussion the same day and the children will "
              "be cared for by approved foster carers under section 20 while Kirsty is supported. If Kirsty and "
              "the children are evicted, Porlingdene Housing Solutions will place them in emergency "
              "accommodation that day."),
        ("h1", "Core group and review"),
        ("kv", [
            ("Core group", "Every 4 weeks at Porlingdene Family Hub: 17/07/2025, 14/08/2025, 11/09/2025"),
            ("Review conference", "25/09/2025, 2pm, Porlingdene Town Hall"),
        ]),
        ("p", "Form completed by Elliot Grange, social worker, 27/06/2025."),
    ],
    "findings": [
        F("F002", "Kirsty has a secure tenancy, her debts are under control and she is coping better "
                  "with her anxiety."),
        F("T002", "Refer Kirsty to Porlingdene Citizens Advice for help"),
        F("M002", "Refer Kirsty to Porlingdene Citizens Advice for help"),
        F("M001", "Kirsty to book an appointment with Dr Lowe"),
        F("H001", "Six sessions of guided self-help for Kirsty's anxiety"),
        F("M002", "Weigh Poppy every month and make sure she catches up"),
        F("W002", "Keep the flat clean and tidy and make sure"),
        F("T002", "Keep the flat clean and tidy and make sure"),
        F("F001"),
        F("F003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Markdown export from a plan tool while a transfer is pending: Action 01..
#    with several fields run together on one line separated by " · ",
#    "Progress since last review" lines, empty fields as "—" (md). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_paxcombe_transfer_action_nn_inline_fields_md_lindgren.md",
    "split": "tune",
    "template": "core-group-plan-update-md-export-transfer-pending-action-nn-headings-need-and-action-lines-then-lead-agency-start-review-evidence-run-together-on-one-line-status-progress-line",
    "description": (
        "Plan updated at the third core group for a 10-year-old and a 4-year-old (physical abuse by the "
        "mother's former partner) while the family moves to another authority, exported as markdown with "
        "'Action 01' headings, Need and Action lines and the other fields run together on one line. Visits "
        "carry on to the transfer-in conference, but the parenting assessment is left to the receiving "
        "authority and the family therapy referral is paused with no date or evidence; school will 'keep an "
        "eye on' Noah; 'All agencies' share information 'ongoing'; the review conference is left to the "
        "other authority."
    ),
    "text": """\
# Child Protection Plan – Noah and Freya Lindgren

Exported from **Paxcombe SafeStep** · plan version 3 · exported 08/07/2025 by A. Ruiz

Paxcombe Council Children's Services · Child Protection Team West
Category: physical abuse · Initial conference 15/05/2025 · Core group 3 held 07/07/2025

> **Transfer flag:** the family move to Hollinsby Metropolitan Borough on 04/08/2025 (tenancy signed
> 01/07/2025). Transfer request sent to Hollinsby Children's Services on 03/07/2025. Paxcombe stays
> responsible until Hollinsby's transfer-in conference.

## Family

- **Noah Lindgren**, 10, Year 5 at Paxcombe Juniors (leaving at the end of term)
- **Freya Lindgren**, 4, Sunflower Pre-school
- **Hanna Lindgren**, their mum
- **Dale Rigby**, Hanna's former partner – on bail, not to contact Hanna or the children
- **Ingrid and Per Lindgren**, maternal grandparents, Paxcombe

## Why there is a plan

On 28/04/2025 Noah went to school with bruises to his upper arm and the side of his face. He told
his teacher that Dale had grabbed him and "banged my head on the wardrobe" because he would not
turn off his game. Dale was arrested and charged, and has been on bail with no-contact conditions
since. Hanna ended the relationship and has kept to the safety plan. Freya has said Dale "shouts
loud" and has been biting other children at pre-school.

## What Noah and Freya have told us

Noah (seen alone at school, 01/07/2025): "I'm glad Dale's gone. I'm a bit scared about the new
school because I won't know anyone, but our new house has a garden." He asked whether Dale will
know where they are moving to. He said he would like to keep playing football.

Freya (seen at pre-school, 02/07/2025) showed the SW her peg and her painting of "my new bedroom
with a unicorn". Staff say she has not bitten anyone for three weeks and now tells an adult when
she is cross.

## What we want for Noah and Freya

- Noah and Freya are never hurt or frightened by an adult at home, in Paxcombe or in Hollinsby.
- Noah starts Year 6 in Hollinsby in September knowing who he can talk to at school.
- Freya settles into a new pre-school without a gap, and keeps using her words when she is cross.

## Actions

### Action 01
**Need:** Noah and Freya need to be seen by their social worker until Hollinsby take over.
**Action:** Home visits, seeing Noah on his own and Freya at home or pre-school, including one visit at the new house after the move
Lead: SW Ana Ruiz · Agency: Paxcombe Children's Services · Start: 16/05/2025 · Review: weekly until Hollinsby's transfer-in conference · Evidence: visit records with both children's words written down
Status: on track · Progress since last review: 3 visits, Noah seen alone each time

### Action 02
**Need:** Dale must not find the family at their new address.
**Action:** Move the domestic abuse marker and the bail conditions to the Hollinsby address and brief Hollinsby police
Lead: DC Ruth Ellery · Agency: Paxcombe Police, Child Abuse Investigation Team · Start: 07/07/2025 · Review: before the move on 04/08/2025 · Evidence: email from Hollinsby police confirming the marker on the new address
Status: on track · Progress since last review: new

### Action 03
**Need:** Hanna needs to know how to keep Noah and Freya safe if Dale turns up or makes contact.
**Action:** Update Hanna's safety plan for the new address, including who Noah rings and a safe word for Freya
Lead: Leanne Marsh, IDVA · Agency: Paxcombe Domestic Abuse Service · Start: 07/07/2025 · Review: by 25/07/2025 · Evidence: signed safety plan, one copy with Hanna and one on file
Status: on track · Progress since last review: first session booked 14/07/2025

### Action 04
**Need:** We need to know whether Hanna can keep Noah and Freya safe from Dale and from any new partner who is a risk.
**Action:** Parenting assessment of Hanna, including her understanding of what happened to Noah and her protective choices
Lead: Hollinsby Children's Services · Agency: — · Start: — · Review: within 35 working days of transfer · Evidence: assessment report to the transfer-in conference
Status: on hold · Progress since last review: to be done by Hollinsby once the case has transferred

### Action 05
**Need:** Noah needs someone at school to notice if he is worried or hurt before he leaves.
**Action:** Keep an eye on Noah's mood and friendships in class until the end of term
Lead: Mr Tom Hale, class teacher · Agency: Paxcombe Juniors · Start: 01/07/2025 · Review: until 22/07/2025 · Evidence: class teacher to keep an eye on him
Status: on track · Progress since last review: —

### Action 06
**Need:** Noah and Hanna need help to talk about what happened and rebuild trust.
**Action:** Referral to Paxcombe Family Therapy Service for Noah and Hanna to talk about what happened with Dale
Lead: SW Ana Ruiz · Agency: Paxcombe Children's Services · Start: — · Review: after the move, date TBC · Evidence: —
Status: paused · Progress since last review: paused pending transfer – Hollinsby to decide whether to re-refer locally

### Action 07
**Need:** Freya needs her speech and behaviour checked before she changes pre-school.
**Action:** Speech and language screen for Freya at Sunflower Pre-school, with the results in her transfer record
Lead: Mrs Jo Penrose, SENCo · Agency: Sunflower Pre-school · Start: 07/07/2025 · Review: by 25/07/2025 · Evidence: screen results sent to the SW and to Freya's new pre-school
Status: on track · Progress since last review: new

### Action 08
**Need:** Noah needs a school place in Hollinsby for September.
**Action:** Apply for a Year 6 place for Noah near the new address and pass on his records and the plan
Lead: SW Ana Ruiz, with Hollinsby school admissions · Agency: Paxcombe Children's Services · Start: 03/07/2025 · Review: by 29/08/2025 · Evidence: written offer of a place, copy to Hanna and on file
Status: on track · Progress since last review: application sent 03/07/2025

### Action 09
**Need:** Noah and Freya's protection must not have a gap when Hollinsby take over.
**Action:** Share information about any new concerns with Hollinsby Children's Services as well as with the SW
Lead: All agencies · Agency: — · Start: — · Review: ongoing · Evidence: copies of every email on the children's file
Status: — · Progress since last review: —

## Contingency

If Dale comes to the house, contacts Hanna or the children, or is seen near either school, Hanna will
ring 999 and the SW (or the emergency duty team out of hours) will hold a strategy discussion the same
day. Noah and Freya will stay with Ingrid and Per Lindgren until it is safe to go home; if they cannot
have the children, Noah and Freya will stay together with approved foster carers that night. If Hanna
lets Dale back into the home or has contact with him, the SW will ask the team manager for a legal
planning meeting within 5 working days.

## Meetings

- Core group: every 3 weeks; the next and last one in Paxcombe is on 28/07/2025 at Paxcombe Juniors.
- Review child protection conference: to be arranged by Hollinsby after the transfer.
""",
    "findings": [
        F("X001", "Parenting assessment of Hanna, including her understanding of what happened"),
        F("M002", "Keep an eye on Noah's mood and friendships in class"),
        F("X001", "Referral to Paxcombe Family Therapy Service for Noah and Hanna"),
        F("T002", "Referral to Paxcombe Family Therapy Service for Noah and Hanna"),
        F("M001", "Referral to Paxcombe Family Therapy Service for Noah and Hanna"),
        F("W002", "Share information about any new concerns with Hollinsby"),
        F("T002", "Share information about any new concerns with Hollinsby"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Council Word form with plain upper-case labels (no colons, not bold) on
#    their own line and the value on the next line, each action opening with
#    the lead professional, "ACTION 1".. headings, an empty "progress since
#    last review" for new actions (docx). Exemplary.
# ---------------------------------------------------------------------------
_pirrowby_actions = [
    ("ACTION 1", [
        ("LEAD PROFESSIONAL", "Euan Blackwood, social worker"),
        ("AGENCY", "Pirrowby Council Children's Services, Disabled Children's Team"),
        ("WHAT NEEDS TO CHANGE", "Isla and Callum need to be seen regularly by someone who knows them, and "
                                 "Isla needs to be seen using her communication book."),
        ("WHAT WILL HAPPEN", "Visit at home, see Callum on his own and spend time with Isla using her "
                             "communication book, and look at her medicine chart and her bedroom."),
        ("FROM", "27/06/2025"),
        ("UNTIL OR BY", "Every 2 weeks, with at least one visit a month unannounced, until the review "
                        "conference"),
        ("HOW WE WILL KNOW", "Visit records show Callum seen alone, what Isla showed or said with her book, "
                             "and whether her medicine chart was up to date."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
    ("ACTION 2", [
        ("LEAD PROFESSIONAL", "Sister Gail Rennie, children's community nurse"),
        ("AGENCY", "Pirrowby Children's Community Nursing Team"),
        ("WHAT NEEDS TO CHANGE", "Isla has missed six hospital and therapy appointments since January, "
                                 "including her orthotics fitting and two physiotherapy reviews."),
        ("WHAT WILL HAPPEN", "Keep one list of all Isla's health appointments, book the missed ones again, "
                             "remind Morag two days before each one and arrange hospital transport."),
        ("FROM", "30/06/2025"),
        ("UNTIL OR BY", "Missed appointments rebooked by 18/07/2025; list updated every week"),
        ("HOW WE WILL KNOW", "Appointment list sent to the SW every Friday showing each appointment "
                             "attended or missed; every appointment attended from July onwards."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
    ("ACTION 3", [
        ("LEAD PROFESSIONAL", "Morag Farquharson"),
        ("AGENCY", "Parent"),
        ("WHAT NEEDS TO CHANGE", "Isla's baclofen has been missed or given late, and her muscle spasms at "
                                 "night have got worse."),
        ("WHAT WILL HAPPEN", "Give Isla her baclofen at 7am, 3pm and 9pm every day and tick it off on the "
                             "medicine chart on the kitchen wall."),
        ("FROM", "27/06/2025"),
        ("UNTIL OR BY", "Every day, three times a day"),
        ("HOW WE WILL KNOW", "Medicine chart filled in for every dose; checked by the community nurse each "
                             "week and by the SW at every visit."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
    ("ACTION 4", [
        ("LEAD PROFESSIONAL", "Rhona Baird, recovery worker"),
        ("AGENCY", "Pirrowby Drug and Alcohol Service"),
        ("WHAT NEEDS TO CHANGE", "Morag takes more codeine than she is prescribed and is sometimes too drowsy "
                                 "to lift Isla or give her medicines on time."),
        ("WHAT WILL HAPPEN", "Assess Morag's codeine use, see her weekly for key-work with a urine test at "
                             "each session, and write to each core group on whether her use is changing and "
                             "what that means for her care of Isla and Callum."),
        ("FROM", "03/07/2025"),
        ("UNTIL OR BY", "Weekly; written update before every core group"),
        ("HOW WE WILL KNOW", "Urine test results and the written update read at each core group; no "
                             "unprescribed opioids found from August onwards."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
    ("ACTION 5", [
        ("LEAD PROFESSIONAL", "Dr Hamish Lorne, GP"),
        ("AGENCY", "Kirkgate Medical Practice"),
        ("WHAT NEEDS TO CHANGE", "Morag's pain needs treating in a way that leaves her able to look after "
                                 "Isla safely, day and night."),
        ("WHAT WILL HAPPEN", "Move Morag's codeine to a weekly prescription, review her pain relief with "
                             "her, and tell the recovery worker and the SW if she asks for early supplies."),
        ("FROM", "01/07/2025"),
        ("UNTIL OR BY", "Review appointment by 18/07/2025; prescriptions weekly from then"),
        ("HOW WE WILL KNOW", "Prescription record shows weekly issues; any request for early supplies "
                             "reported to the SW the same day."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
    ("ACTION 6", [
        ("LEAD PROFESSIONAL", "Zainab Ahmed, young carers worker"),
        ("AGENCY", "Pirrowby Young Carers"),
        ("WHAT NEEDS TO CHANGE", "Callum lifts and changes Isla and gives her medicines when his mum is "
                                 "drowsy; he is 14 and should not be doing her personal care."),
        ("WHAT WILL HAPPEN", "Young carers assessment with Callum, and a place at the Thursday evening young "
                             "carers group."),
        ("FROM", "07/07/2025"),
        ("UNTIL OR BY", "Assessment by 25/07/2025; group every Thursday from then"),
        ("HOW WE WILL KNOW", "Assessment sent to the SW and to Morag; group register shows Callum "
                             "attending."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
    ("ACTION 7", [
        ("LEAD PROFESSIONAL", "Fiona Mair, short breaks co-ordinator"),
        ("AGENCY", "Pirrowby Council Disabled Children's Team"),
        ("WHAT NEEDS TO CHANGE", "Isla needs personal care from a trained adult after school, so that Callum "
                                 "does not have to do it."),
        ("WHAT WILL HAPPEN", "Assess Isla for short breaks and for a carer to help with her evening "
                             "personal care, and start the care once it is agreed."),
        ("FROM", "01/07/2025"),
        ("UNTIL OR BY", "Assessment by 08/08/2025; care in place by 29/08/2025"),
        ("HOW WE WILL KNOW", "Short breaks assessment and care plan sent to the SW; carer's visit log shows "
                             "evening visits from September."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
    ("ACTION 8", [
        ("LEAD PROFESSIONAL", "Mrs Lorna Craig, DSL"),
        ("AGENCY", "Kirkbrae School"),
        ("WHAT NEEDS TO CHANGE", "Isla needs someone who sees her every school day to notice and pass on "
                                 "any sign that her care at home has slipped."),
        ("WHAT WILL HAPPEN", "Write in Isla's home-school diary each day, and tell the SW the same day if "
                             "she arrives without her medicines, unfed, wet, or in pain."),
        ("FROM", "Start of the summer scheme, 07/07/2025"),
        ("UNTIL OR BY", "Every school and summer scheme day"),
        ("HOW WE WILL KNOW", "Home-school diary filled in each day; DSL log of any call to the SW."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
    ("ACTION 9", [
        ("LEAD PROFESSIONAL", "Shona Kerr, the children's aunt"),
        ("AGENCY", "Not applicable – family member"),
        ("WHAT NEEDS TO CHANGE", "Isla and Callum need another adult at home on the evenings Morag's pain "
                                 "is worst."),
        ("WHAT WILL HAPPEN", "Come to the house on Tuesday and Thursday evenings from 5pm to 9pm and do "
                             "Isla's tea, bath and 9pm medicines with Morag."),
        ("FROM", "01/07/2025"),
        ("UNTIL OR BY", "Every Tuesday and Thursday"),
        ("HOW WE WILL KNOW", "Shona initials the medicine chart on those evenings; SW asks Callum and Isla "
                             "how the evenings went."),
        ("PROGRESS SINCE LAST REVIEW", ""),
    ]),
]

_pirrowby_blocks = [
    ("title", "Child Protection Plan"),
    ("p", "PIRROWBY COUNCIL – CHILDREN'S SERVICES – FORM CPP1"),
    ("p", "NAME OF CHILDREN"),
    ("p", "Isla Farquharson, born 12/11/2016 (8) · Callum Farquharson, born 03/04/2011 (14)"),
    ("p", "ADDRESS"),
    ("p", "7 Tannery Wynd, Pirrowby"),
    ("p", "PARENT"),
    ("p", "Morag Farquharson (41). The children's father, Stuart Farquharson, lives in Aberdeen and has the "
          "children for one week each summer."),
    ("p", "CONFERENCE"),
    ("p", "Initial child protection conference, 25/06/2025. Category: neglect."),
    ("p", "SOCIAL WORKER"),
    ("p", "Euan Blackwood, Disabled Children's Team"),
    ("h1", "Part A – About Isla and Callum"),
    ("p", "Isla has cerebral palsy affecting all four limbs. She uses a wheelchair, needs help with all her "
          "personal care and takes baclofen three times a day for muscle spasms. She goes to Kirkbrae "
          "School. Callum is in S3 at Pirrowby Academy, plays football for the under-15s and is a young "
          "carer for his sister."),
    ("p", "Morag has chronic back pain after a fall at work in 2022 and has been prescribed codeine since. "
          "She told the SW she has been taking more than prescribed and buying it online. Since January Isla "
          "has missed six appointments, her baclofen has been missed or given late, and school have twice "
          "found her wet and without her medicines. Callum has been lifting and changing Isla in the "
          "evenings and was late to school eleven times last term."),
    ("h1", "Part B – What Isla and Callum tell us"),
    ("p", "Callum (seen alone, 20/06/2025): \"I don't mind helping Isla, she's my sister, but I don't want to "
          "be the one who changes her. I'm scared I'll drop her on the stairs. I miss football on Thursdays.\" "
          "He said Mum \"gets sleepy in the afternoons and I have to wake her for Isla's tablets\"."),
    ("p", "Isla (seen at school with her communication book, 23/06/2025) pointed to \"happy\" for school and "
          "for her aunt Shona, \"tired\" and \"sore\" for night-time, and to her brother's photo when asked "
          "who helps her at home. Her teacher says she is cheerful and sociable but has been tired and in "
          "pain on Monday mornings."),
    ("h1", "Part C – What we want for Isla and Callum"),
    ("bullets", [
        "Isla gets every dose of her medicine on time and goes to every health appointment she needs.",
        "Isla is washed, changed and fed by an adult who is awake and able to lift her safely.",
        "Callum is Isla's brother, not her carer: he does not do her personal care and is back at football "
        "on Thursdays.",
    ]),
    ("h1", "Part D – Actions"),
    ("p", "Each action starts with the lead professional. Progress is left blank until the first core group."),
]
for _head, _fields in _pirrowby_actions:
    _pirrowby_blocks.append(("boldp", _head))
    _pirrowby_blocks.extend(label_next_line(_fields, label_kind="p"))
_pirrowby_blocks += [
    ("h1", "Part E – Contingency plan"),
    ("p", "If Morag is found drowsy or under the influence while she is the only adult caring for Isla, if "
          "Isla misses a whole day's medicines, or if Isla misses two health appointments in a row, the SW "
          "(or the out-of-hours social work service) will visit the same day and hold a strategy discussion. "
          "Isla and Callum will stay with their aunt, Shona Kerr, at 2 Weaver's Close. If Shona cannot have "
          "them, Isla will go to Birchwood House short-break unit and Callum to approved foster carers that "
          "night, and the SW will arrange for them to see each other the next day."),
    ("p", "If Shona cannot come on a Tuesday or Thursday evening, she will ring the SW by noon and the short "
          "breaks team will send a carer from Rowan Home Care for that evening."),
    ("h1", "Part F – Legal planning"),
    ("p", "If Morag's tests show unprescribed opioids twice, or Isla misses another health appointment because "
          "of Morag's drug use before the core group on 04/09/2025, the SW will ask the team manager for a "
          "legal planning meeting within 5 working days."),
    ("h1", "Part G – Meetings"),
    ("p", "CORE GROUP"),
    ("p", "Every 4 weeks at Kirkbrae School, 3.45pm: 10/07/2025, 07/08/2025, 04/09/2025"),
    ("p", "REVIEW CONFERENCE"),
    ("p", "17/09/2025, 10am, Pirrowby Council Buildings"),
    ("p", "Form completed by Euan Blackwood, 26/06/2025, and sent to everyone at conference."),
]

PLANS.append({
    "name": "b40_pirrowby_lead_first_plain_caps_label_next_line_farquharson.docx",
    "doc_title": "Child Protection Plan - Isla and Callum Farquharson",
    "split": "tune",
    "template": "icpc-council-word-form-cpp1-lettered-parts-action-n-lead-professional-first-plain-caps-labels-own-line-value-next-line-from-until-or-by-how-we-will-know-empty-progress",
    "description": (
        "Exemplary initial conference plan for an 8-year-old with cerebral palsy and her 14-year-old brother "
        "who cares for her (neglect; mother's codeine dependence and chronic pain). Word form with plain "
        "upper-case labels on their own line and values underneath, each action opening with the lead "
        "professional, and an empty progress field. Every action has a named lead, a date or frequency and "
        "an observable check; the drug service reports on change, the GP owns an action, the aunt's evenings "
        "have a fallback, and core group, review and legal planning are set."
    ),
    "blocks": _pirrowby_blocks,
    "findings": [],
})
