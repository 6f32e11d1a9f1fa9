"""Batch 57, module j: seven fictional plans (tuning material), places beginning with "j".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: documents in unusual shapes, each one a different shape - a
case-management system export with one labelled line per field and the page
header and footer repeated in the text, core group minutes whose discussion
notes come before the action log, a plain-English letter to the parents
setting out what everyone will do, a two-column Action | Comments / Update
table with owners and dates written inside the second cell, a typed
multi-level list (1 / 1.1 / a) with actions under theme headings, a Signs of
Safety plan (danger statements, safety goals, scaling, next steps) and a
child-friendly "My plan" written to a 9-year-old. Abbreviations vary (SW, HV,
DSL, FSW, CGM, RCPC, w/c, wkly). Two plans are exemplary; the other five
carry realistic, mixed faults.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-management system export: one labelled line per field, the page
#    header and footer repeated in the text; the family is moving to another
#    council and two actions wait for the transfer (txt)
# ---------------------------------------------------------------------------
_HDR = """\
==============================================================================
JARROWDENE BOROUGH COUNCIL    CareLink Case Management    OFFICIAL-SENSITIVE
Form: CP PLAN (v4.2)  Case ref: 2207415  Subjects: KOWALCZYK Oskar; KOWALCZYK Maja
==============================================================================
"""


def _ftr(n):
    return (
        "------------------------------------------------------------------------------\n"
        f"Printed 03/03/2025 14:07 by DWHITCOMBE    CareLink CP PLAN    Page {n} of 3\n"
    )


PLANS.append({
    "name": "b57_jarrowdene_carelink_field_line_export_paged_kowalczyk.txt",
    "split": "tune",
    "actions": 12,
    "template": "case-system-cp-plan-export-txt-repeated-page-header-and-footer-lettered-sections-dot-leader-field-lines-action-ref-action-assigned-to-due-evidence-outcome-link-status",
    "description": (
        "CareLink print of an initial conference plan for a 6-year-old and a 3-year-old (domestic abuse "
        "by Maja's father, mother's weekend drinking) whose family moves to another council in five "
        "weeks. Each field of each action stands on its own dot-leader line, and the page header and "
        "'Printed ... Page N of 3' footer are repeated in the text. The drug and alcohol service reports "
        "on change and the contingency is specific with a legal step, but: IDVA safety planning due "
        "'ASAP' (T002), the parenting assessment and the speech and language referral are left for the "
        "receiving council (X001 x2), a blank ASSIGNED TO with 'Monitored' as evidence (W001, M002), a "
        "blank EVIDENCE line (M001), 'All agencies' (W002), a blank DUE line (T001), an outcome about "
        "the mother's drinking only (F002), and the review conference left 'to be arranged by "
        "Calderwick' (R001)."
    ),
    "text": _HDR + """
SECTION A - PLAN DETAILS
PLAN TYPE ............ Child Protection Plan (initial conference)
CONFERENCE DATE ...... 24/02/2025
CATEGORY ............. Emotional abuse
CHILD 1 .............. Oskar KOWALCZYK  DOB 11/06/2018 (6y)  St Hild's CE Primary, Year 2
CHILD 2 .............. Maja KOWALCZYK   DOB 02/01/2022 (3y)  Little Steps Nursery, Mon-Wed
PARENT/CARER ......... Zofia KOWALCZYK (mother, 30), 14 Brackley Walk, Jarrowdene JD4 7RL
OTHER ADULT .......... Darren PIKE (Maja's father, 34). No contact. Non-molestation
                       order protecting Zofia, Oskar and Maja in force to 20/12/2025.
ALLOCATED SW ......... Dana WHITCOMBE, Family Safeguarding Team 2
CHAIR ................ Rebecca ONYANGO, Child Protection Chair
TRANSFER STATUS ...... Family moving to Calderwick (Calderwick City Council area) on
                       07/04/2025 to live near Zofia's sister. Case to transfer.

SECTION B - REASON FOR PLAN
FREE TEXT ............ Police attended 14 Brackley Walk three times between October 2024
                       and January 2025. On 29/01/2025 Darren kicked the front door in
                       while Oskar and Maja were in the living room and threatened to
                       "take Maja". Oskar hid Maja in the bathroom. Zofia told the SW she
                       drinks "a bottle of wine, sometimes two" on Friday and Saturday
                       nights since the relationship ended, and on 01/02/2025 a
                       neighbour found Oskar (6) alone on the landing at 11pm looking for
                       his mum, who was asleep on the sofa.

SECTION C - CHILD'S VIEWS / LIVED EXPERIENCE
OSKAR ................ Seen alone at school 18/02/2025. "When Darren bangs I take Maja in
                       the bathroom and we do the quiet game." Says he likes Fridays
                       "because of golden time" but not Saturday nights "because Mum is
                       sleepy". Wants to move to Auntie Marta's town "so Darren can't
                       find us". Scaled home 5/10, school 9/10.
MAJA ................. Observed at home 12/02/2025 and at nursery 19/02/2025. Says about
                       20 words. Startles and covers her ears at loud noises; goes to
                       Oskar, not Zofia, when upset. Nursery report she eats hungrily on
                       Monday mornings.

SECTION D - OUTCOMES
OUTCOME O1 ........... Oskar and Maja live free from domestic abuse and are not exposed
                       to Darren's threats at home or on the way to school.
OUTCOME O2 ........... Zofia will reduce her drinking and stay sober at weekends.
OUTCOME O3 ........... Oskar is in school every day and Maja's speech is assessed and
                       she gets the help she needs.

""" + _ftr(1) + "\n" + _HDR + """
SECTION E - ACTIONS (12)

ACTION REF ........... CP-01
ACTION ............... See Oskar and Maja at home, with Oskar seen on his own at
                       every visit, and look at where each child sleeps.
ASSIGNED TO .......... Dana WHITCOMBE (SW)
DUE .................. Every 10 working days until the transfer-in conference
EVIDENCE ............. CareLink visit record with Oskar's words and bedroom check
OUTCOME LINK ......... O1
STATUS ............... Open

ACTION REF ........... CP-02
ACTION ............... Alcohol key-work with Zofia with a breath test at each session,
                       and a written report on whether her drinking is changing and
                       what that means for her care of Oskar and Maja.
ASSIGNED TO .......... Mo RAHMAN, keyworker, Jarrowdene Drug and Alcohol Service (JDAS)
DUE .................. Wkly sessions; report before each core group
EVIDENCE ............. Breath test results and written report sent to the SW
OUTCOME LINK ......... O2
STATUS ............... Open

ACTION REF ........... CP-03
ACTION ............... IDVA safety planning with Zofia, including what she and the
                       children do if Darren finds the new address.
ASSIGNED TO .......... Priya GILL, IDVA, Jarrowdene Domestic Abuse Service
DUE .................. ASAP
EVIDENCE ............. Signed safety plan, copy uploaded to CareLink
OUTCOME LINK ......... O1
STATUS ............... Open

ACTION REF ........... CP-04
ACTION ............... Parenting assessment of Zofia to be started by Calderwick once
                       the case has transferred.
ASSIGNED TO .......... Dana WHITCOMBE (SW) to hand over
DUE .................. On transfer
EVIDENCE ............. Parenting assessment report
OUTCOME LINK ......... O2
STATUS ............... Deferred

ACTION REF ........... CP-05
ACTION ............... Speech and language referral for Maja to be passed to Calderwick
                       health visiting to pick up after the move.
ASSIGNED TO .......... Bethan LLOYD (HV)
DUE .................. On transfer
EVIDENCE ............. Referral acknowledged by Calderwick HV team
OUTCOME LINK ......... O3
STATUS ............... Deferred

ACTION REF ........... CP-06
ACTION ............... Check Oskar's attendance and punctuality each morning and ring
                       Zofia by 9.30am if he is not in school.
ASSIGNED TO .......... Karen HOLT, DSL, St Hild's CE Primary
DUE .................. Daily (school days)
EVIDENCE ............. Weekly attendance printout emailed to the SW every Friday
OUTCOME LINK ......... O3
STATUS ............... Open

""" + _ftr(2) + "\n" + _HDR + """
ACTION REF ........... CP-07
ACTION ............... Home conditions and supervision of Maja at weekends to be
                       monitored during visits.
ASSIGNED TO ..........
DUE .................. Weekly
EVIDENCE ............. Monitored
OUTCOME LINK ......... O2
STATUS ............... Open

ACTION REF ........... CP-08
ACTION ............... Maja to attend nursery on her funded days, with any injury,
                       hunger or comment about home passed to the SW that day.
ASSIGNED TO .......... Gemma WALSH, manager, Little Steps Nursery
DUE .................. Monday to Wednesday each week
EVIDENCE .............
OUTCOME LINK ......... O3
STATUS ............... Open

ACTION REF ........... CP-09
ACTION ............... Share any contact Darren makes with Zofia, Oskar or Maja, or
                       any sighting of him near Brackley Walk.
ASSIGNED TO .......... All agencies
DUE .................. Same day
EVIDENCE ............. Each report logged on CareLink by the SW
OUTCOME LINK ......... O1
STATUS ............... Open

ACTION REF ........... CP-10
ACTION ............... Police marker on the new Calderwick address and the
                       non-molestation order shared with Calderwick Police.
ASSIGNED TO .......... PC Adam FRAIN, Jarrowdene Police Domestic Abuse Unit
DUE .................. Before the move (by 04/04/2025)
EVIDENCE ............. Confirmation email from Calderwick Police on CareLink
OUTCOME LINK ......... O1
STATUS ............... Open

ACTION REF ........... CP-11
ACTION ............... Send the transfer-in request and chronology to Calderwick and
                       keep the plan running here until their conference.
ASSIGNED TO .......... Dana WHITCOMBE (SW)
DUE .................. Request by 10/03/2025; plan held here until transfer-in conference
EVIDENCE ............. Calderwick's written acknowledgement and conference date on file
OUTCOME LINK ......... O1
STATUS ............... Open

ACTION REF ........... CP-12
ACTION ............... Direct work sessions with Oskar about what he saw at home,
                       using a worry box and a "my safe people" hand.
ASSIGNED TO .......... Leon BARKER (FSW)
DUE ..................
EVIDENCE ............. Session notes and Oskar's safe people hand uploaded to CareLink
OUTCOME LINK ......... O1
STATUS ............... Open

SECTION F - CONTINGENCY PLAN
FREE TEXT ............ If Darren comes to the address or contacts the children, Zofia
                       will ring 999 and the police will attend; the SW (EDT out of
                       hours) will hold a strategy discussion the same day. If Zofia is
                       found under the influence of alcohol while she is the only adult
                       caring for Oskar and Maja, the children will stay with Zofia's
                       friend Agata Zielinska (assessed 20/02/2025) that night, or with
                       emergency foster carers if Agata cannot take them. If this happens
                       twice before the transfer, the SW will request a legal planning
                       meeting within 5 working days.

SECTION G - MEETINGS
CORE GROUP ........... Every 4 weeks: 10/03/2025 and 07/04/2025, 1.30pm, Brackley
                       Family Hub
REVIEW CONFERENCE .... To be arranged by Calderwick after transfer
DISTRIBUTION ......... Zofia Kowalczyk; all agencies above; Calderwick Children's Services

""" + _ftr(3),
    "findings": [
        F("F002", "Zofia will reduce her drinking and stay sober at weekends."),
        F("T002", "IDVA safety planning with Zofia, including what she and the"),
        F("X001", "Parenting assessment of Zofia to be started by Calderwick once"),
        F("X001", "Speech and language referral for Maja to be passed to Calderwick"),
        F("W001", "Home conditions and supervision of Maja at weekends to be"),
        F("M002", "Home conditions and supervision of Maja at weekends to be"),
        F("M001", "Maja to attend nursery on her funded days, with any injury,"),
        F("W002", "Share any contact Darren makes with Zofia, Oskar or Maja, or"),
        F("T001", "Direct work sessions with Oskar about what he saw at home,"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes: attendance grid, discussion notes by initials, then
#    the action log as the last table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_jessingham_cgm_minutes_discussion_then_action_log_clarke.docx",
    "doc_title": "Core Group Meeting 2 - Minutes and Action Log - Tobi and Esme Clarke",
    "split": "tune",
    "actions": 11,
    "template": "core-group-minutes-docx-details-kv-present-grid-with-initials-numbered-minute-items-agency-discussion-by-initials-views-outcomes-scaling-contingency-meetings-then-action-log-last-no-action-by-whom-by-when-evidence",
    "description": (
        "Minutes of the second core group for a 7-year-old and a 2-year-old (domestic abuse by Esme's "
        "father, mother's depression and anxiety under the CMHT). Numbered minute items with agency "
        "updates by initials (including commitments spoken in discussion, which are not actions), the "
        "children's views, outcomes, scaling, contingency and dates, then the action log as the last "
        "table. The maternal uncle supervises contact and the grandmother does the school run. Faults: "
        "the CMHT only supports (H001), 'ASAP' and 'Ongoing' (T002 x2), an empty evidence cell (M001), "
        "'Improvement in attendance' (M002), an empty 'By whom' (W001), 'Core group' as owner (W002), an "
        "outcome about the mother's mental health only (F002), a contingency that sends the children to "
        "the grandmother with nothing if the family cannot help (C003), and no legal step (R002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Jessingham Metropolitan Borough Council · Children's Social Care · Safeguarding Team East"),
        ("kv", [
            ("Children", "Tobi Clarke (7), Year 2, Jessingham Park Primary; Esme Clarke (2), Ladybird Nursery "
                         "(Tuesday and Thursday)"),
            ("Mother", "Jodie Clarke (27), 31 Wren Close, Jessingham"),
            ("Esme's father", "Ryan Tate (30), lives in Holme Lane; a non-molestation order protects Jodie "
                              "until 05/11/2025"),
            ("Meeting", "CGM 2, Tuesday 11/02/2025, 1pm, Jessingham Park Primary (community room)"),
            ("Plan since", "ICPC 21/01/2025, category neglect and emotional abuse"),
            ("Chair / minutes", "Kirsty Mahoney, SW (chair); minutes by Paul Greaves, business support"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Role / agency", "Initials"],
            "widths": [4.5, 9.5, 3.0],
            "rows": [
                ["Jodie Clarke", "Mother", "JC"],
                ["Sandra Clarke", "Maternal grandmother (MGM)", "SC"],
                ["Wayne Clarke", "Maternal uncle", "WC"],
                ["Kirsty Mahoney", "Social worker, Safeguarding Team East", "KM"],
                ["Lauren Pike", "Health visitor, Jessingham 0-19 Service", "LP"],
                ["Amira Walsh", "DSL, Jessingham Park Primary", "AW"],
                ["Rachel Sutton", "Care coordinator, Jessingham Community Mental Health Team", "RS"],
            ],
        }),
        ("p", "Apologies: Dr Omar Farid (GP), Ladybird Nursery (report sent)."),
        ("h2", "1. Minutes of CGM 1 and actions"),
        ("p", "Minutes of 28/01/2025 agreed. Actions from CGM 1 were done apart from the housing letter, "
              "which is carried forward into the log below."),
        ("h2", "2. Agency updates"),
        ("p", "KM: three visits since CGM 1 (30/01, 05/02 unannounced, 10/02). The flat was warm and there "
              "was food in. On 05/02 Jodie was still in bed at 11am and Esme was in the living room in a wet "
              "nappy watching the TV; Sandra arrived at 11.20am. KM said she would speak to Jessingham Homes "
              "again about the transfer list."),
        ("p", "LP: Esme has not had her 2-year review; the appointment in January was missed. She has about "
              "15 words and points a lot. LP will try to see her at nursery if home visits keep falling "
              "through."),
        ("p", "AW: Tobi's attendance is 89% this half-term; he was late four times, all on days Sandra did "
              "not bring him. He has been quiet in class and drew a picture of \"the shouting man\". AW has "
              "asked the ELSA to start sessions."),
        ("p", "RS: Jodie is seen at home every two weeks. She has recurrent depression and anxiety and "
              "takes sertraline. She told RS mornings are hardest and she sometimes cannot face getting up. "
              "RS said she would ask about an earlier psychiatry review."),
        ("p", "JC: said the plan is a lot but she knows why. She wants to move so Ryan does not know where "
              "they live. SC and WC said they are happy to keep helping."),
        ("h2", "3. Tobi and Esme"),
        ("p", "Tobi (seen alone by KM at school, 10/02): \"I like it when Nana takes me because we're not "
              "late.\" He said he does not want to see Ryan at home, \"only at Nana's with Uncle Wayne\", "
              "and that he worries about his mum \"when she stays in bed\". He scaled feeling safe at home "
              "6 out of 10."),
        ("p", "Esme: at nursery she is settled, plays next to other children and goes to staff for "
              "cuddles. At home on 05/02 she was hungry and ate two yoghurts quickly when KM asked Jodie "
              "to get her some breakfast."),
        ("h2", "4. What needs to be different"),
        ("bullets", [
            "Tobi and Esme live without shouting, threats or violence, and see Ryan only when it is safe "
            "and supervised.",
            "Tobi gets to school on time every day and Esme goes to nursery on both of her days.",
            "Esme is changed, fed and played with in the mornings, and her speech is checked.",
            "Jodie's mental health will be more stable and she will feel able to cope.",
        ]),
        ("h2", "5. Scaling"),
        ("p", "0 = the children cannot stay at home, 10 = the plan can end. KM 4, LP 4, AW 5, RS 6, "
              "SC 7, JC 7."),
        ("h2", "6. Contingency"),
        ("p", "If Ryan comes to the house or contacts Jodie or the children outside supervised contact, "
              "Jodie will ring 999 and the police will attend; KM (EDT out of hours) will hold a strategy "
              "discussion the same day. If Jodie is not able to get up and care for the children safely "
              "on any day, Tobi and Esme will stay with Sandra until the strategy discussion agrees what "
              "happens next."),
        ("h2", "7. Next meetings"),
        ("p", "CGM 3: Tuesday 11/03/2025, 1pm, same venue, then every 4 weeks (next 08/04/2025). "
              "RCPC: Tuesday 29/04/2025, 10am, Jessingham Civic Offices."),
        ("h2", "8. Action log"),
        ("table", {
            "header": ["No.", "Action", "By whom", "By when", "Evidence / how we will know"],
            "widths": [1.0, 6.2, 3.6, 2.6, 3.6],
            "rows": [
                ["1", "Home visits to see Tobi and Esme, with Tobi seen on his own at least once a fortnight",
                 "Kirsty Mahoney (SW)", "Weekly until the RCPC",
                 "Visit record notes what Tobi says and where Esme slept"],
                ["2", "Supervise Ryan's contact with Tobi and Esme at Sandra's house",
                 "Wayne Clarke (maternal uncle)", "Every Saturday, 10am to 12pm",
                 "Contact log signed by Wayne after each contact and read by the SW"],
                ["3", "Take Tobi to school for 8.45am and collect him at 3.15pm",
                 "Sandra Clarke (MGM)", "Every Monday, Wednesday and Friday",
                 "School office gate log shows who brought and collected Tobi"],
                ["4", "Continue fortnightly support sessions with Jodie for her low mood and anxiety",
                 "Rachel Sutton, care coordinator, Jessingham CMHT", "Fortnightly",
                 "Jodie attends sessions (CMHT diary)"],
                ["5", "Esme's 2-year developmental review, including a check on her speech",
                 "Lauren Pike (HV)", "ASAP", "ASQ-3 scores shared with the SW and Jodie"],
                ["6", "Weekly ELSA sessions for Tobi about his worries at home",
                 "Amira Walsh (DSL)", "Thursdays from 13/02/2025", ""],
                ["7", "Letter of support to Jessingham Homes for a move away from Ryan's area (c/f from "
                      "CGM 1)",
                 "Kirsty Mahoney (SW)", "Ongoing", "Copy of the letter on file"],
                ["8", "Take Esme to nursery on her funded days",
                 "Jodie Clarke", "Tuesday and Thursday from 18/02/2025", "Improvement in attendance"],
                ["9", "Written safety plan with Jodie for what she and the children do if Ryan comes to "
                      "the house",
                 "", "By CGM 3 (11/03/2025)", "Safety plan on the fridge and a copy on file"],
                ["10", "Tell the SW the same day about any sighting of Ryan near the house, nursery or school",
                 "Core group", "Same day", "Each report logged on the children's file by the SW"],
                ["11", "Review Jodie's sertraline and write to the SW on how her mood affects her care of "
                       "the children",
                 "Dr Omar Farid, GP, Kestrel Road Surgery", "By 28/02/2025", "GP letter on the children's file"],
            ],
        }),
        ("p", "Minutes circulated by KM on 12/02/2025 to everyone present and to the GP and nursery."),
    ],
    "findings": [
        F("H001", "Continue fortnightly support sessions with Jodie for her low mood"),
        F("T002", "Esme's 2-year developmental review, including a check on her speech"),
        F("M001", "Weekly ELSA sessions for Tobi about his worries at home"),
        F("T002", "Letter of support to Jessingham Homes for a move"),
        F("M002", "Take Esme to nursery on her funded days"),
        F("W001", "Written safety plan with Jodie for what she and"),
        F("W002", "Tell the SW the same day about any sighting of Ryan"),
        F("F002", "Jodie's mental health will be more stable and she will feel able to cope."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plain-English letter from the social worker to both parents after the
#    conference, setting out what everyone will do (paged PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_jolbury_letter_to_parents_what_everyone_will_do_haworth.pdf",
    "doc_title": "Letter to Kerry and Lewis Haworth - your children's child protection plan",
    "split": "tune",
    "actions": 11,
    "template": "sw-letter-to-both-parents-after-icpc-paged-address-block-bold-plain-english-headings-what-we-want-for-the-children-then-what-you-will-do-what-i-will-do-what-other-people-will-do-bullets-one-sentence-each",
    "description": (
        "Plain-English letter from the social worker to both parents of an 8-year-old and a 5-year-old "
        "after the initial conference (neglect; the mother's depression, off her tablets; the father's "
        "drinking since he lost his job). Bold headings in ordinary words, the children's own words, "
        "outcomes for them, then 'What you will do', 'What I will do' and 'What other people will do' "
        "bullets, one sentence each. Seven of the eleven are the parents' own health, work, money and "
        "housing with no link to the children (F001), and only the parents themselves own the GP, alcohol group "
        "and counselling steps (F004). Faults: no date or measure for the GP step (T001, M001), no "
        "measure for the alcohol group or the money advice (M001 x2), 'when you feel ready' and 'over "
        "the next few weeks' (T002, M001 each), a passive housing referral (W001, T001, M001), no date "
        "for the school nurse (T001), 'keep an eye on' (M002), and a contingency triggered by 'things "
        "do not get better' (C002). Header and page footer on every page."
    ),
    "header": "Jolbury Council · Children's Services · Family Safeguarding Team West",
    "footer": "Letter to Kerry and Lewis Haworth · 18 February 2025 · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11.5,
    "blocks": [
        ("pr", "Family Safeguarding Team West"),
        ("pr", "Jolbury Council, Marlow House, Jolbury JB2 4HQ"),
        ("pr", "Telephone: 01632 960 418"),
        ("pr", "18 February 2025"),
        ("pl", "Kerry and Lewis Haworth"),
        ("pl", "Flat 3, 27 Cooper Street"),
        ("pl", "Jolbury JB5 1TS"),
        ("p", ""),
        ("p", "Dear Kerry and Lewis,"),
        ("boldp", "Why I am writing to you"),
        ("p", "Thank you both for coming to the child protection conference yesterday. I know it was a long "
              "and hard meeting. The conference decided that Ava and Reuben need a child protection plan, "
              "under the heading of neglect. I said I would write to you with the plan in plain words, so "
              "that you know what is going to happen and what we are asking of you. Please ring me if "
              "anything here is not clear."),
        ("boldp", "What we are worried about"),
        ("p", "Kerry, you told the conference you have felt very low since Reuben was born and stopped "
              "taking your antidepressants in the autumn. Some days you do not get up until the afternoon. "
              "Lewis, since you lost your job at the warehouse in October you have been drinking most "
              "nights, and you told us it is often eight or nine cans. On three of my visits the children "
              "had not had breakfast, the flat was cold, and there was black mould on the wall above "
              "Reuben's bed. Ava and Reuben have missed 19 days of school since September, and Ava has "
              "been making breakfast for her brother."),
        ("boldp", "What Ava and Reuben have told us"),
        ("p", "Ava told me at school: \"I do the cereal because Mum is tired and Dad is asleep. I don't mind "
              "but sometimes there isn't any milk.\" She said she wants \"Mum to be happy again\" and would "
              "like her friends to come round to play. Reuben told his teacher his bedroom is \"cold and "
              "smelly\" and that he likes school dinners \"best of everything\"."),
        ("boldp", "What we want for Ava and Reuben"),
        ("bullets", [
            "Ava and Reuben are up, washed, fed and at school on time every day.",
            "Ava can be a child: she is not the one making the meals or looking after Reuben.",
            "The children sleep in a warm, dry bedroom without mould.",
            "Ava and Reuben are looked after by parents who are not drunk and who are well enough to care "
            "for them.",
        ]),
        ("boldp", "What everyone will do"),
        ("p", "What you will do"),
        ("bullets", [
            "Kerry, please make an appointment with your GP about your low mood and start taking your "
            "tablets again.",
            "Lewis, you have agreed to go to the Jolbury Alcohol Recovery group on Tuesday evenings, "
            "starting on 4 March.",
            "Kerry, you will go to counselling at the Jolbury Wellbeing Centre when you feel ready.",
            "Kerry and Lewis, you will both go to the Money Advice drop-in at Jolbury Library about your "
            "debts by Friday 28 February.",
            "Lewis, you will see the employment adviser at the Jobcentre about getting back into work over "
            "the next few weeks.",
        ]),
        ("p", "What I will do"),
        ("bullets", [
            "I will visit every Thursday after school to see Ava and Reuben, talk to Ava on her own, and "
            "write down what they both tell me.",
            "I will help Lewis apply for Universal Credit and sort out the rent arrears by 14 March, and we "
            "will check the award letter together.",
        ]),
        ("p", "What other people will do"),
        ("bullets", [
            "A referral will be made to Jolbury Homes about the damp in your flat.",
            "Mrs Dunne, the DSL at Castlegate Primary, will check Ava's and Reuben's attendance every "
            "morning, ring you by 9.30am if they are not in, and send me the attendance sheet each Friday.",
            "Janine Moss, the school nurse, will check Reuben's weight and his teeth and let me know the "
            "results.",
            "Debbie Lang, the family support worker, will come on Monday and Wednesday mornings to help "
            "with the morning routine and will keep an eye on how things are going.",
        ]),
        ("boldp", "If things do not get better"),
        ("p", "If things do not get better for Ava and Reuben, or we have more worries about them, I will "
              "ask my manager for a legal planning meeting."),
        ("boldp", "When we will meet"),
        ("p", "The core group (you both, me, the school, the school nurse and Debbie) will meet every four "
              "weeks at Jolbury Family Hub. The first meeting is on Tuesday 4 March 2025 at 10am and the "
              "next one is on Tuesday 1 April 2025. The review child protection conference will be on "
              "Wednesday 23 April 2025 at 2pm at Marlow House."),
        ("p", "You can bring someone with you to any of these meetings. If you want to talk about this "
              "letter, or you think something in it is wrong, please ring me on the number above or ask "
              "my manager, Alan Petrie."),
        ("p", "Yours sincerely,"),
        ("p", "Megan Price"),
        ("pl", "Social Worker, Family Safeguarding Team West"),
        ("pl", "Copy to: Castlegate Primary School; Jolbury School Nursing Service; Debbie Lang (FSW)"),
    ],
    "findings": [
        F("T001", "please make an appointment with your GP about your low mood"),
        F("M001", "please make an appointment with your GP about your low mood"),
        F("M001", "go to the Jolbury Alcohol Recovery group on Tuesday evenings"),
        F("T002", "go to counselling at the Jolbury Wellbeing Centre when you feel ready"),
        F("M001", "go to counselling at the Jolbury Wellbeing Centre when you feel ready"),
        F("M001", "Money Advice drop-in at Jolbury Library about your debts"),
        F("T002", "see the employment adviser at the Jobcentre about getting back into work"),
        F("M001", "see the employment adviser at the Jobcentre about getting back into work"),
        F("W001", "A referral will be made to Jolbury Homes about the damp"),
        F("T001", "A referral will be made to Jolbury Homes about the damp"),
        F("M001", "A referral will be made to Jolbury Homes about the damp"),
        F("T001", "the school nurse, will check Reuben's weight and his teeth"),
        F("M002", "help with the morning routine and will keep an eye on"),
        F("F001"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Interim plan for a looked-after baby on the children's ward: a two-column
#    Action | Comments / Update table with owner and date inside the second
#    cell (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_jurnfield_lac_ward_action_comments_update_dolan.docx",
    "doc_title": "Interim Child Protection Plan - Kacey-Mae Dolan (looked after, Ward 6)",
    "split": "tune",
    "actions": 11,
    "template": "interim-icpc-plan-lac-baby-on-childrens-ward-docx-kv-details-legal-status-then-two-column-action-comments-update-table-owner-date-measure-inside-comments-cell-contingency-and-meetings-prose",
    "description": (
        "Interim plan for a 9-month-old accommodated under section 20 and still on the children's ward "
        "with a femur fracture that has no consistent explanation. Two-column table: the action, then a "
        "'Comments / Update' cell holding the owner, the date and what will be recorded. The ward "
        "contingency and the legal step are clear, but: the social worker visits 'when possible' and "
        "the parents' contact times are 'TBC' (T002 x2), so nobody visits at a stated frequency (L001); "
        "the parenting assessment has no output (M001); Talking Therapies only supports the mother, with "
        "a waiting-list note and no date (H001, T001, M001); 'monitored by the core group' (M002); 'All "
        "professionals' (W002); a referral with no owner (W001); no outcome for the baby anywhere "
        "(O001); and 'too young to express her wishes', with nothing observed of her days (F003)."
    ),
    "blocks": [
        ("title", "Interim Child Protection Plan"),
        ("p", "Jurnfield County Council – Children's Services – Hospital Social Work Team"),
        ("kv", [
            ("Child", "Kacey-Mae Dolan, born 14/05/2024 (9 months)"),
            ("Where she is", "Ward 6 (children's ward), Jurnfield General Hospital, since 18/02/2025"),
            ("Legal status", "Looked after: accommodated under section 20, Children Act 1989, since "
                             "21/02/2025, with both parents' written agreement"),
            ("Mother", "Ciara Dolan (20), 5 Larch Mews, Jurnfield"),
            ("Father", "Jordan Whelan (23), same address"),
            ("Conference", "Initial child protection conference, Thursday 27/02/2025"),
            ("Category", "Physical abuse"),
            ("Social worker", "Adaeze Okonkwo"),
            ("Conference chair", "Philippa Rowntree"),
        ]),
        ("h2", "Reason for the plan"),
        ("p", "Kacey-Mae was brought to the emergency department by both parents on 18/02/2025. An X-ray "
              "showed a spiral fracture of her left femur. Ciara and Jordan said she had caught her leg in "
              "the bars of her cot; the consultant paediatrician's opinion is that this does not explain "
              "the injury in a baby who is not yet walking. A skeletal survey found no other fractures. "
              "Kacey-Mae is in a hip spica cast and will need it for about six weeks. Police are "
              "investigating."),
        ("p", "Ciara has anxiety and panic attacks, diagnosed by her GP in 2023, and has self-referred to "
              "Jurnfield Talking Therapies. Jordan works full time as a delivery driver."),
        ("h2", "Legal position"),
        ("p", "Both parents agreed to Kacey-Mae being accommodated under section 20 when she is "
              "discharged, while the investigation is completed. A legal gateway meeting was held on "
              "25/02/2025 and advised that the section 20 arrangement is kept under close watch."),
        ("h2", "Kacey-Mae's wishes and feelings"),
        ("p", "Kacey-Mae is 9 months old and is too young to express her wishes and feelings."),
        ("h2", "Plan"),
        ("table", {
            "header": ["Action", "Comments / Update"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Social worker to visit Kacey-Mae on Ward 6",
                 "SW Adaeze Okonkwo – when possible, alongside other statutory visits. Each visit recorded "
                 "on LCS."],
                ["Parents' contact with Kacey-Mae on the ward, supervised by nursing staff",
                 "Ward Sister Helen Brady to agree times with Ciara and Jordan – TBC. Nursing notes record "
                 "each contact and how it went."],
                ["Identify a foster placement for Kacey-Mae and share her care needs (spica cast, pain "
                 "relief, feeding) with the carers",
                 "Mark Tully, Placements Team – before discharge (expected w/c 10/03/2025). Placement "
                 "confirmed in writing and carers' names given to the ward."],
                ["Repeat skeletal survey and eye examination, with a written opinion on how the fracture "
                 "was caused",
                 "Dr Nadia Hussain, consultant paediatrician – by 07/03/2025. Report sent to the SW and "
                 "DC Ferrars."],
                ["Police investigation, including interviews with both parents",
                 "DC Simon Ferrars, Jurnfield Child Abuse Investigation Team – interviews by 14/03/2025. "
                 "Written update to the SW after the interviews."],
                ["Parenting assessment of Ciara and Jordan",
                 "SW Adaeze Okonkwo – to start after discharge."],
                ["Support for Ciara with her anxiety and panic attacks",
                 "Jurnfield Talking Therapies – Ciara self-referred 19/02/2025 and is on the waiting list."],
                ["Health visitor to attend the discharge planning meeting and take over health checks at "
                 "the foster home",
                 "HV Tracey Nolan – before discharge. Progress to be monitored by the core group."],
                ["Share any concern about Kacey-Mae or her parents' behaviour on the ward with the SW",
                 "All professionals – same day. Logged on LCS by the SW."],
                ["Tell the SW and EDT straight away if either parent asks to take Kacey-Mae off the ward",
                 "Ward Sister Helen Brady – immediately, day or night. Call logged in the nursing notes and "
                 "on the EDT log."],
                ["Referral to the Family Network Meeting service to look at relatives who could care for "
                 "Kacey-Mae",
                 "By 10/03/2025. Referral acknowledged by the FNM coordinator."],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Ciara or Jordan try to take Kacey-Mae from the ward, or are aggressive to staff, the ward "
              "will call hospital security and the police straight away and tell EDT; the SW will hold a "
              "strategy discussion the same day. If either parent withdraws their agreement to section 20, "
              "the SW will ask for an urgent legal planning meeting that day to decide whether to apply "
              "for an interim care order."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks, first on Thursday 06/03/2025 at 2pm in the Ward 6 seminar room, "
              "then Thursday 03/04/2025. Looked after review: 20/03/2025. Review child protection "
              "conference: Thursday 22/05/2025, 10am, County Hall, Jurnfield."),
        ("p", "Plan typed by Adaeze Okonkwo (SW), 28/02/2025. Copies to both parents, Ward 6, the "
              "paediatric team, the HV, the police and the placements team."),
    ],
    "findings": [
        F("T002", "Social worker to visit Kacey-Mae on Ward 6"),
        F("T002", "Parents' contact with Kacey-Mae on the ward, supervised by nursing staff"),
        F("M001", "Parenting assessment of Ciara and Jordan"),
        F("H001", "Support for Ciara with her anxiety and panic attacks"),
        F("T001", "Support for Ciara with her anxiety and panic attacks"),
        F("M001", "Support for Ciara with her anxiety and panic attacks"),
        F("M002", "Health visitor to attend the discharge planning meeting"),
        F("W002", "Share any concern about Kacey-Mae or her parents' behaviour"),
        F("W001", "Referral to the Family Network Meeting service"),
        F("L001"),
        F("O001"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan typed as a multi-level outline: "1" theme
#    headings, "1.1" outcome lines, "a)" actions (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_jennetsfield_rcpc_typed_outline_themes_harrop.md",
    "split": "tune",
    "actions": 15,
    "template": "rcpc-plan-md-word-outline-saved-as-markdown-bold-details-lines-progress-and-views-then-typed-1-theme-1-1-outcome-a-action-lines-meetings-no-contingency",
    "description": (
        "First review conference plan for a 13-year-old and an 11-year-old living with their father, "
        "who has depression (neglect, the older boy out late). The plan is a typed outline: '1 KEEPING "
        "SAFE' theme lines, '1.1 Outcome:' lines and 'a)' ... 'e)' actions, fifteen in all. Faults: a "
        "passive missing-episode line with no owner or measure (W001, M001), the adult mental health "
        "care coordinator only supporting (H001), the father's medication review with no measure "
        "(M001), the school nurse 'when she is able' (T002), dentist and optician 'ongoing' (T002), "
        "'keep an eye on' (M002), a housing repair with no date (T001), a behaviour plan with no "
        "measure (M001), 'All professionals ... throughout the plan' with no measure (W002, T002, "
        "M001), an outcome about the father's mood only (F002), no contingency (C001) and no legal "
        "step (R002)."
    ),
    "text": """\
JENNETSFIELD COUNCIL – CHILDREN AND YOUNG PEOPLE'S SERVICE – LOCALITY TEAM SOUTH

# Child Protection Plan – Review Conference 1

**Children:** Callum Harrop (13, Year 9) and Lacey Harrop (11, Year 7), both at Jennetsfield Academy
**Living with:** Gary Harrop, their dad (44), 6 Tanners Yard, Jennetsfield
**Mum:** Donna Harrop lives in Kellowby and phones the children most Sundays
**Conference:** RCPC 1, Wednesday 12/03/2025 · Category: neglect · plan continues
**SW:** Rhiannon Lake · **Chair:** Martin Okereke

## Progress since the initial conference (11/12/2024)

Gary has had depression since Donna left in 2023 and is open to the Jennetsfield Adult Mental
Health Team (AMHT). He told conference he is "better than at Christmas" and is taking his
medication. The house is cleaner than it was in December but the boiler has been broken since
January and the children have had no hot water for three weeks at a time. Callum was found by
police in the town centre at 11.40pm on two school nights in February and had a three-day
fixed-term exclusion for swearing at a teacher. Lacey's attendance has gone up from 84% to 91%.
She still comes to school in uniform that has not been washed and was wetting the bed several
nights a week when the SW last asked.

## What Callum and Lacey said

Callum (seen at school 05/03/2025): "Dad just sleeps. There's nothing to do at home so I go out.
I'm not doing anything bad." He said he wants the boiler fixed "so I can have a shower before
school" and he would like to go back to boxing. He scored home 5 out of 10.

Lacey (seen at home 06/03/2025, on her own in her room): "I like it when Dad cooks, he does good
spag bol. I don't like it when Callum's out and Dad doesn't know where he is." She would like to do
drama after school "like my friend Nadia". She scored home 6 out of 10.

## The plan

**1 KEEPING CALLUM AND LACEY SAFE**

1.1 Outcome: Callum and Lacey have an adult who knows where they are after school and in the evening, and both are home by 8pm on school nights.

a) Gary will agree an 8pm curfew on school nights with Callum and Lacey and write it on the kitchen calendar by 19/03/2025; the SW will check the calendar at every visit.

b) SW (Rhiannon Lake) will visit every fortnight, seeing Callum and Lacey on their own each time, and record their views on the visit record.

c) PCSO Dean Marsh (Jennetsfield Neighbourhood Policing Team) will tell the SW by the next working day about any time Callum is found out after 10pm, recorded on the police log.

d) Any missing episode to be reported to the police and the SW immediately.

**2 HEALTH AND FEELINGS**

2.1 Outcome: Gary's mood is stable and he feels able to cope day to day.

a) Sean Mullery (care coordinator, Jennetsfield AMHT) will continue to see Gary every two weeks for support with his depression; appointments recorded in the AMHT diary.

b) Gary will attend his medication review with the AMHT psychiatrist on 02/04/2025.

2.2 Outcome: Callum and Lacey's health needs are met, Lacey gets help with bedwetting and Callum gets help with his low mood.

c) Amy Roper (school nurse) will see Lacey about her bedwetting and do a height and weight check when she is able, and share the results with Gary and the SW.

d) Dr Preeti Nair (Jennetsfield CAMHS) will assess Callum's low mood and thoughts of self-harm by 30/04/2025 and send the assessment letter to the GP and the SW.

e) Gary to take both children to the dentist and the optician – ongoing; appointment letters to be shown to the SW.

**3 HOME AND EVERYDAY CARE**

3.1 Outcome: Callum and Lacey live in a clean, warm house with hot water, food in the cupboards and clean uniform for school.

a) Kelly Ashdown (FSW) will do two home sessions a week with Gary on cooking, laundry and keeping the kitchen clean until the review conference, filling in the home conditions checklist each time.

b) Gary will make sure there is food in the house for breakfast and tea every day, and the FSW will keep an eye on this.

c) Bilal Qureshi (housing officer, Jennetsfield Homes) will repair the boiler and the broken window in Lacey's bedroom and send the SW a copy of the completed job sheet.

**4 SCHOOL**

4.1 Outcome: Callum and Lacey are in school every day and Callum has no more exclusions this school year.

a) Mr Ian Cole (DSL, Jennetsfield Academy) will email the SW both children's attendance and any behaviour points every Friday.

b) Jennetsfield Academy will put a behaviour support plan in place for Callum by the start of the summer term.

c) All professionals to encourage Lacey to join the after-school drama club, which she says she would like, throughout the plan.

## Core group and review

Core group meetings every 6 weeks at Jennetsfield Academy, 4pm: Wednesday 23/04/2025 and Wednesday 04/06/2025.
Next review conference: Thursday 10/07/2025, 10am, Jennetsfield Town Hall.

*Typed by Rhiannon Lake (SW) 13/03/2025. Copies to Gary, Donna, Callum and Lacey (in their own versions) and every agency named in the plan.*
""",
    "findings": [
        F("W001", "Any missing episode to be reported to the police"),
        F("M001", "Any missing episode to be reported to the police"),
        F("H001", "continue to see Gary every two weeks for support"),
        F("M001", "Gary will attend his medication review with the AMHT psychiatrist"),
        F("T002", "see Lacey about her bedwetting and do a height"),
        F("T002", "Gary to take both children to the dentist and the optician"),
        F("M002", "food in the house for breakfast and tea every day"),
        F("T001", "will repair the boiler and the broken window in Lacey's bedroom"),
        F("M001", "will put a behaviour support plan in place for Callum"),
        F("W002", "All professionals to encourage Lacey to join the after-school drama club"),
        F("T002", "All professionals to encourage Lacey to join the after-school drama club"),
        F("M001", "All professionals to encourage Lacey to join the after-school drama club"),
        F("F002", "Gary's mood is stable and he feels able to cope day to day."),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan for a 4-month-old: danger statements, complicating
#    factors, what's working well, Rowan's world, safety goals, scaling, then
#    a next-steps table (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_jorvale_sos_danger_goals_scaling_next_steps_tremayne.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Rowan Tremayne-Pellow",
    "split": "tune",
    "actions": 10,
    "template": "signs-of-safety-icpc-plan-docx-kv-details-danger-statements-complicating-factors-working-well-bullets-rowans-world-safety-goals-scaling-line-then-next-steps-what-who-by-when-how-we-will-know-table-if-the-plan-is-not-followed-bullets",
    "description": (
        "Signs of Safety initial conference plan for a 4-month-old (father's violence towards the mother "
        "in January, mother's postnatal depression under the perinatal team). Danger statements, "
        "complicating factors, what is working well, what was seen of Rowan's days, safety goals as the "
        "outcomes, everyone's scaling, then a 'What needs to happen / Who / By when or how often / How we "
        "will know' table. The perinatal team reports on the mother's capacity to change and its likely "
        "timescale; the grandmother's nights and the aunt's Friday help each have a fallback; legal "
        "planning follows named triggers; core group dates and review conference set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Signs of Safety"),
        ("p", "Jorvale Council · Children's Services · Jorvale North Family Safeguarding Team"),
        ("kv", [
            ("Child", "Rowan Tremayne-Pellow, born 12/11/2024 (15 weeks)"),
            ("Mum", "Bethany Tremayne (22)"),
            ("Dad", "Kai Pellow (25). Bethany, Kai and Rowan live together at Flat 2, 17 Harbour View, "
                    "Jorvale"),
            ("Safety network", "Lorna Tremayne (Bethany's mum); Jenna Pellow (Kai's sister)"),
            ("Conference", "Initial child protection conference, Monday 24/02/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Gwen Polglase"),
            ("Chair", "Anthony Rickard"),
        ]),
        ("h1", "Danger statements"),
        ("p", "Everyone at the conference is worried that if Kai loses his temper again while Rowan is near "
              "him, as he did on 26 January when he punched the wall and pushed Bethany while she was "
              "holding Rowan, Rowan could be dropped, hit or shaken and badly hurt, and he will grow up "
              "frightened in his own home."),
        ("p", "We are also worried that when Bethany's depression is at its worst she may not get up to "
              "feed and change Rowan, or notice when he is unwell, and he could lose weight or be left "
              "crying for a long time without anyone comforting him."),
        ("h1", "Complicating factors"),
        ("bullets", [
            "Kai works nights at the distribution centre on Tuesdays and Thursdays, so Bethany is on her own "
            "with Rowan overnight on those nights.",
            "Bethany was diagnosed with postnatal depression in December 2024. She has been prescribed "
            "sertraline and is under the Jorvale Perinatal Mental Health Team. She told conference she "
            "sometimes \"can't face the day\".",
            "Kai has a police caution for common assault on Bethany (January 2025). He says he has never "
            "been violent before; police records show one earlier call-out in 2023.",
        ]),
        ("h1", "What is working well"),
        ("bullets", [
            "Rowan has been seen by the HV at every planned contact and is on the 50th centile.",
            "Bethany and Kai both came to conference, listened and agreed to the plan.",
            "Lorna has stayed over on Kai's work nights since 27 January and Rowan has been fed on time.",
            "Kai has asked for help with his temper and has been offered a place on the Choices "
            "programme.",
        ]),
        ("h1", "Rowan's world"),
        ("p", "Rowan cannot tell us how life is for him, so this is what the HV, the SW and the family have "
              "seen. He is a smiley baby who follows faces and laughs when Kai blows on his tummy. He "
              "feeds well from a bottle and usually wakes once in the night. When the SW visited on 18 "
              "February he was asleep in his Moses basket, but on 11 February he had been left asleep on "
              "the sofa between cushions. Lorna says he fusses and is slow to settle on the evenings "
              "Bethany has been crying, and settles quickly when she holds him against her shoulder."),
        ("h1", "Safety goals"),
        ("bullets", [
            "Rowan lives with adults who stay calm around him: there is no shouting, pushing or hitting in "
            "his home, and his safety network knows the plan and checks it is working.",
            "Rowan is fed, changed and comforted when he cries, day and night, and keeps growing along his "
            "centile.",
            "Rowan sleeps safely on his back in his own Moses basket for every sleep.",
        ]),
        ("h1", "Scaling"),
        ("p", "0 means Rowan cannot live at home; 10 means everyone is confident he is safe enough for the "
              "plan to end. Gwen (SW) 4 · Morwenna (HV) 5 · Dr Osei (perinatal team) 5 · Lorna 7 · "
              "Kai 6 · Bethany 7."),
        ("h1", "Next steps"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when / how often", "How we will know"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["See Rowan at home awake and being cared for, look at where he slept, and see Bethany and "
                 "Kai apart at least once a month",
                 "Gwen Polglase (SW)",
                 "Weekly, one visit in three unannounced, until the review conference",
                 "Visit record says where Rowan slept, how his parents handled him and what each parent "
                 "said"],
                ["Weigh Rowan and check his feeding, his sleeping position and how he and Bethany respond "
                 "to each other",
                 "Morwenna Hicks (HV)",
                 "Every two weeks until Rowan is 9 months old",
                 "Weight in the red book on or above the 25th centile; findings written in the HV record"],
                ["See Bethany for her postnatal depression and assess whether her mood is lifting, how it "
                 "affects her care of Rowan, and the likely timescale for change",
                 "Dr Mariam Osei (perinatal psychiatrist) and Jo Treloar (CPN), Jorvale Perinatal Mental "
                 "Health Team",
                 "CPN visits fortnightly; written report before each core group",
                 "Written report to each core group on Bethany's capacity to change and the steps still "
                 "needed"],
                ["Put Rowan down on his back in his Moses basket in the bedroom for every sleep, never on "
                 "the sofa or in the adults' bed",
                 "Bethany and Kai",
                 "Every sleep, day and night, from 24/02/2025",
                 "HV and SW see the Moses basket in use at every visit; safe sleep checklist signed by "
                 "both parents"],
                ["Attend the Choices domestic abuse programme for fathers and complete the sessions on "
                 "anger and its effect on babies",
                 "Kai Pellow",
                 "Every Wednesday evening for 16 weeks from 12/03/2025",
                 "Attendance register and the facilitator's mid-point report to the SW"],
                ["Stay overnight at the flat on Kai's work nights and share Rowan's 2am feed with Bethany",
                 "Lorna Tremayne (maternal grandmother)",
                 "Every Tuesday and Thursday night while Kai works nights",
                 "Lorna signs the feed chart each night; the SW checks it at each visit"],
                ["Take Bethany and Rowan to the baby massage group",
                 "Jenna Pellow (paternal aunt)",
                 "Every Friday, 10am, Jorvale Family Hub, until the review conference",
                 "Family Hub sign-in sheet, sent to the SW monthly"],
                ["Write the words and pictures explanation and the safety plan with Bethany, Kai, Lorna "
                 "and Jenna, and give each of them a copy",
                 "Gwen Polglase (SW)",
                 "By 21/03/2025",
                 "Safety plan signed by every network member; copies on Rowan's file and on the fridge"],
                ["Tell the SW about any police call-out to the flat or any report involving Kai",
                 "DS Tom Angove, Jorvale Police Public Protection Unit",
                 "By the next working day after any call-out",
                 "Call-out log emailed to the SW and added to Rowan's chronology"],
                ["Give Rowan his 16-week immunisations and review Bethany's sertraline, writing to the SW "
                 "on how her mood affects her care of Rowan",
                 "Dr Hannah Keast, GP, Harbourside Surgery",
                 "By 21/03/2025",
                 "Immunisations in the red book and GP record; GP letter to the SW"],
            ],
        }),
        ("h1", "If the safety plan is not followed"),
        ("bullets", [
            "If Kai shouts at, pushes or hits Bethany, or breaks anything in the flat, Bethany (or Lorna or "
            "Jenna if they see or hear it) will ring 999. Kai will leave the flat that night and stay at "
            "Jenna's, and the SW (EDT out of hours) will hold a strategy discussion the same day.",
            "If Bethany does not get up to feed Rowan, or tells anyone she cannot cope, Lorna will come "
            "and stay, the SW will visit that day and the perinatal team will see Bethany within 24 hours.",
            "If Lorna cannot do a Tuesday or Thursday night (for example because she is ill or away), "
            "Kai will not work nights that week; his manager agreed this in writing on 19/02/2025. If "
            "neither is possible, Bethany and Rowan will stay at Lorna's house, 22 Chapel Hill, that "
            "night.",
            "If Jenna cannot take Bethany and Rowan to baby massage, the Family Hub outreach worker, Siân "
            "Roskilly, will collect them that Friday.",
            "If Rowan cannot safely stay with either parent, and Lorna cannot care for him, the SW will "
            "arrange a foster placement for him the same day.",
            "If there is another violent incident, or Rowan's weight falls below the 9th centile, or the "
            "perinatal team's report says Bethany is not making the changes Rowan needs, the SW will ask "
            "the team manager for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks at 2pm at Jorvale Family Hub: Monday 24/03/2025, "
              "Tuesday 22/04/2025 (after the Easter Monday) and Monday 19/05/2025. The review child "
              "protection conference will be on Monday 09/06/2025 at 10am at Jorvale Guildhall."),
        ("p", "Plan written with Bethany, Kai, Lorna and Jenna on 25/02/2025 and sent to them and to every "
              "agency named above by Gwen Polglase (SW)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. "My plan": the child protection plan written to a 9-year-old, in the
#    second person, with a short part for the grown-ups at the end (md,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_juniperholt_my_plan_written_to_nine_year_old_cullinane.md",
    "split": "tune",
    "actions": 12,
    "template": "child-friendly-my-plan-md-written-to-9yo-in-second-person-questions-as-headings-whos-who-bullets-what-you-told-us-quotes-one-bullet-per-grown-ups-job-who-when-how-well-know-what-if-bullets-meetings-then-grown-ups-part",
    "description": (
        "Child protection plan written to a 9-year-old who lives with his dad (dad's heavy drinking, "
        "neglect), in the second person with headings as Kayden's own questions. Each grown-up's job is "
        "one bullet with who does it, when and how everyone will know. The recovery service reports on "
        "whether Dad is stopping drinking; Nanna Pat's two jobs have a fallback (auntie, then a foster "
        "carer); the legal planning meeting is explained in child-friendly words and again for the "
        "grown-ups; core group dates and the review conference are set. Exemplary."
    ),
    "text": """\
# My plan

### For Kayden Cullinane – written by Hollie, your social worker

Hi Kayden,

This is your plan. It was made at a big meeting called a child protection conference on
Tuesday 4 March 2025. Dad and Nanna Pat were there, and so were your teacher Mr Dalby, Hollie
(me), and some other grown-ups whose job is to help keep children safe. You didn't come, but
you told me lots of things before the meeting and I read them out. This plan says what all the
grown-ups are going to do. Dad has a copy, Nanna Pat has a copy and this one is yours to keep.

## Who's who

- **Hollie Carrick** – me, your social worker
- **Dad** – Liam Cullinane
- **Nanna Pat** – Pat Cullinane, Dad's mum, who lives on Foxglove Road
- **Auntie Siobhan** – Siobhan Moran, Dad's sister, who lives in Marlcote
- **Mr Dalby** – your teacher at Larkspur Primary, who is also in charge of keeping children safe at school (the DSL)
- **Jess** – the ELSA at school, who does your worry sessions
- **Sam Adeyinka** – he works at the Juniperholt Recovery Service and helps grown-ups to stop drinking alcohol
- **Kerry** – the family support worker (FSW)
- **Bev** – the school nurse
- **Dr Penhale** – Dad's doctor

## Why are the grown-ups worried?

Dad drinks a lot of alcohol, most nights. When he drinks too much he falls asleep and doesn't
wake up, and then there is nobody to make your tea or get you to bed. Twice in February you
were late for school because Dad didn't wake up, and once you made your own tea with the kettle.
That isn't OK for a 9-year-old, and it isn't your fault. Dad knows this too. He told the meeting
he loves you very much and wants to stop drinking.

## What did I tell Hollie?

Here are some of the things you told me when we talked at school on 26 February:

- "When Dad has his cans he goes really sleepy and I have to do my own tea. Sometimes it's just crisps."
- "I like Nanna Pat's because she does fish fingers and we play Uno."
- "I want Dad to stop drinking the cans but I don't want to live somewhere else."
- On the worry scale you said home was a 5 and Nanna Pat's was a 10.

You also said you would like to go to football club again. Everyone at the meeting heard that.

## What do we want for you?

- You have a grown-up who is awake and sober (not drunk) looking after you every evening and every night.
- You get to school on time every day with breakfast inside you.
- You have tea every night and go to bed by 8.30pm on school nights.
- You don't have to look after yourself or worry about Dad – that's the grown-ups' job.

## What will the grown-ups do?

- **Hollie** will come to see you every Wednesday after school, and talk to you on your own at least every other week. She will write down what you tell her in her notes.
- **Dad** will not drink any alcohol from Sunday night until Friday teatime, and he will blow into a breathalyser at 6pm every one of those evenings and send a photo of it to Nanna Pat, who will keep the photos for Hollie to see.
- **Sam**, from the Juniperholt Recovery Service, will meet Dad every Monday, and before each meeting of the core group he will write to Hollie to say whether Dad is managing to stop drinking and what that means for looking after you.
- **Nanna Pat** will pick you up from school every Tuesday and Thursday at 3.15pm and give you tea at her house, and she will tick those days on the calendar that Hollie checks when she visits.
- **Nanna Pat** will have you for a sleepover every Friday night until Dad collects you at 10am on Saturday, and she will write each one in the little blue book that Hollie reads.
- **Mr Dalby** will check you are in school every morning and phone Dad by 9.30am if you are not, and he will send Hollie the list of days you were in school every Friday.
- **Jess** will see you every Monday lunchtime for your worry sessions, and she will write in her ELSA book anything you want Hollie to know.
- **Dad** will go to the Dads Matter group at the Juniperholt Family Hub every Thursday evening for 8 weeks from 13 March, and the group leader will tell Hollie each week whether he was there.
- **Kerry** will come every Monday at 6pm for 6 weeks to help you and Dad with tea and bedtime, and she will tick the bedtime chart and tell Hollie how many nights you were in bed by 8.30pm.
- **Dr Penhale** will do Dad's liver blood tests by 31 March and write to Hollie with the results.
- **Bev** will check your height, weight and eyes at school by Friday 11 April, and send the results to Dad and Hollie.
- **Hollie** will help you make a safety hand by Friday 28 March, with five grown-ups on it that you can phone; you keep one copy and the other goes on your file.

## What happens if things go wrong?

- If Dad drinks alcohol when he is looking after you (if he smells of it, if the breathalyser shows anything, or if you tell anyone), you will go to Nanna Pat's that night, and Hollie will have a meeting called a strategy discussion that same day to decide what happens next.
- If Nanna Pat can't have you, or can't do her Tuesday, Thursday or Friday, because she is poorly or away, Auntie Siobhan will pick you up and look after you instead. If neither of them can, Hollie will find a foster carer for you to stay with that night.
- If you are ever worried and can't find one of your safety hand grown-ups, you can ring Childline on 0800 1111.
- If Dad drinks while he is looking after you twice before the review meeting in June, Hollie's manager will hold a legal planning meeting – that is a meeting with the council's lawyers to decide whether a judge needs to help make decisions about where you live.

## When will the grown-ups meet?

- The **core group** (Dad, Nanna Pat, Hollie, Mr Dalby, Sam and Kerry) will meet every 4 weeks at Larkspur Primary: Wednesday 19 March, Wednesday 16 April and Wednesday 14 May 2025, at 3.30pm.
- The **review child protection conference** will be on Tuesday 3 June 2025 at 10am at Juniperholt Town Hall. You can come to part of it, or I can tell them what you think.

---

#### For the grown-ups

Plan agreed at the initial child protection conference, Juniperholt Council Children's Services, 04/03/2025. Category: neglect. Chair: Farida Malik. Social worker: Hollie Carrick, Juniperholt Central Safeguarding Team. If Liam drinks while caring for Kayden twice before the review conference, or the Recovery Service reports that he is not making the changes needed, the SW will request a legal planning meeting within 5 working days. Copies to Liam Cullinane, Pat Cullinane, Siobhan Moran, Larkspur Primary, Juniperholt Recovery Service, the FSW, the school nursing service and Dr Lowri Penhale (GP).
""",
    "findings": [],
})
