"""Batch 88, module l: seven fictional plans (held-out material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as case-management systems print and export them (three PDFs,
two .docx prints, one markdown export and one plain-text print): each field
of an action on its own labelled line (ACTION: / WHO: / BY WHEN: / HOW WILL
WE KNOW:) or a label with its value indented beneath, page headers and
footers repeated on every page, case-system abbreviations (SW, HV, DSL, FSW,
MGM, wkly, fortn., w/c, EOM) and wrapped lines; two-column tables (Action |
Update, Task | Responsible / due / evidence) with the owner and the date
inside the second cell; two plans exported while a transfer to another local
authority is pending (one where work waits for the transfer, one where it
carries on until the transfer-in conference); mental health services that
only support the parent beside ones asked to assess the parent's capacity to
change and the likely timescale. Two are exemplary.
"""
from build_batch5 import F, V  # noqa: F401  (no merged cells in this module)

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan after domestic abuse, family moving to another authority.
#    Case-system print to PDF, every action as ACTION / WHO / BY WHEN /
#    HOW WILL WE KNOW lines, header and page footer on every page (pdf)
# ---------------------------------------------------------------------------
def _labelled_action(n, total, status, action, who, when, how):
    return [
        ("boldp", f"Action {n} of {total}    Status: {status}"),
        ("kv", [("ACTION", action), ("WHO", who), ("BY WHEN", when), ("HOW WILL WE KNOW", how)]),
    ]


_P1_ACTIONS = [
    ("Open",
     "SW to visit Tobi and Amara at home, see Tobi on his own and check where Amara sleeps.",
     "Rhian Pugh, SW (Safeguarding Team 2)",
     "Every 10 working days until the Kelderbrook transfer-in conference, then a joint handover visit "
     "with the Kelderbrook SW",
     "LCS visit records show both children seen, Tobi seen alone and what he said"),
    ("On hold",
     "Parenting assessment of Precious on hold pending transfer; to be completed by the receiving "
     "authority.",
     "Kelderbrook City Council Children's Services",
     "After the transfer-in conference",
     "Assessment report shared with the core group"),
    ("Open",
     "HV to complete Amara's 9-12 month review, weigh her and give her missed immunisations.",
     "Nadia Kowalczyk, HV (Lammerside 0-19 Service)",
     "w/c 25/08/2025 (before the move)",
     "Weight, ASQ-3 scores and immunisations recorded in the red book; copy sent to SW"),
    ("On hold",
     "Freedom Programme place deferred until the family has moved; Kelderbrook to refer Precious to "
     "its own DA service.",
     "Precious Okafor",
     "TBC",
     "Engagement with the programme"),
    ("Open",
     "Nursery to record Tobi's attendance and how he presents each day, and phone the SW the same "
     "day if he is absent without a reason.",
     "Mrs Jan Thwaite, DSL, Brambles Day Nursery",
     "Daily, until Tobi's last day at Brambles (29/08/2025)",
     "Attendance and presentation log emailed to SW every Friday"),
    ("Open",
     "Share any information about Dwayne coming to Crane Court or contacting Precious or the "
     "children.",
     "All agencies",
     "Same day",
     "Logged on LCS and passed to Lammerside Police DA Unit"),
    ("Open",
     "Send the transfer-in request, chronology and this plan to Kelderbrook and agree a date for the "
     "transfer-in conference.",
     "Owen Garside, Team Manager",
     "By 22/08/2025",
     "Kelderbrook's written acceptance and the conference date recorded on LCS"),
    ("On hold",
     "Referral for Tobi to speech and language therapy held until the family is registered with a "
     "Kelderbrook GP.",
     "Nadia Kowalczyk, HV",
     "After GP registration in Kelderbrook",
     "-"),
    ("Open",
     "Precious to follow the safety plan agreed with the IDVA and call 999 if Dwayne comes to the "
     "flat.",
     "Precious Okafor",
     "Ongoing",
     "Police call-out log shared with SW"),
]

_p1_blocks = [
    ("title", "Child Protection Plan"),
    ("p", "Lammerside Borough Council - Children's Social Care - LCS print: Plan (Child Protection), "
          "version 2, authorised 12/08/2025 by O. Garside"),
    ("h2", "Case details"),
    ("kv", [
        ("Family ID", "FAM-220451"),
        ("Children", "Tobi OKAFOR, DOB 11/05/2022 (3y); Amara OKAFOR-HOLLIS, DOB 02/01/2025 (7m)"),
        ("Address", "Flat 6, Crane Court, Lammerside LM2 8RT"),
        ("Mother", "Precious Okafor (24)"),
        ("Father of Tobi", "Not named; no contact"),
        ("Father of Amara", "Dwayne Hollis (27), on police bail not to contact Precious or attend Crane Court"),
        ("Category", "Emotional abuse (both children)"),
        ("ICPC", "07/08/2025, Chair: Marian Petch (IRO)"),
        ("SW / TM", "Rhian Pugh / Owen Garside"),
        ("Transfer status", "Transfer-out pending: family moving to Kelderbrook City Council area 01/09/2025"),
    ]),
    ("h2", "Reason for plan"),
    ("p", "On 19/07/2025 police were called to Crane Court after Dwayne Hollis forced his way into the flat and "
          "threw a mug at Precious while she was holding Amara. Tobi was in the room and hid behind the sofa. "
          "This was the third call-out to the address since February 2025. Dwayne was charged with assault and "
          "bailed; Precious obtained a non-molestation order on 28/07/2025. Brambles Day Nursery report that "
          "Tobi has become clingy at drop-off, has hit other children and talks about \"Dwayne shouting\". "
          "Amara missed her 8-week and 16-week immunisations and has not been seen by a health visitor since "
          "March. Precious has no family in Lammerside and has accepted a housing association tenancy in "
          "Kelderbrook, near her sister, from 01/09/2025."),
    ("h2", "Transfer arrangements"),
    ("p", "Lammerside remains responsible for the children and this plan until Kelderbrook City Council holds "
          "its transfer-in conference. Kelderbrook's Front Door team was told on 08/08/2025 and has asked for "
          "the transfer request and chronology."),
    ("h2", "The children's views and lived experience"),
    ("p", "Tobi (seen on his own at nursery, 01/08/2025) said: \"Dwayne broke the telly. Mummy was crying. I "
          "hided in my bed.\" He said he likes nursery \"because of the sand\" and wants to \"go to Auntie "
          "Grace's house with the big dog\"."),
    ("p", "Amara (seen at home on 30/07/2025 and 05/08/2025) babbles, reaches for Precious and settles quickly "
          "when Precious holds her. Her nappy was clean and her cot made up at both visits. She startled and "
          "cried when the door buzzer went."),
    ("h2", "Outcomes for the children"),
    ("bullets", [
        "Tobi and Amara live in a home where they are not hurt or frightened by violence between adults.",
        "Amara's health checks and immunisations are up to date and she grows and develops well.",
        "Tobi is settled in nursery and both children's care carries on without a gap through the move.",
    ]),
    ("h2", "Plan actions"),
]
for _i, _a in enumerate(_P1_ACTIONS, start=1):
    _p1_blocks += _labelled_action(_i, len(_P1_ACTIONS), *_a)
_p1_blocks += [
    ("h2", "Contingency plan"),
    ("p", "If Dwayne comes to Crane Court or to the new address, contacts Precious or the children in breach "
          "of his bail or the non-molestation order, or Precious lets him in: Precious will call 999, "
          "Lammerside Police will attend, and the SW (EDT out of hours) will hold a strategy discussion the "
          "same day. Precious and the children will stay with Grace Okafor (maternal aunt, 21 Fenwick Road, "
          "Kelderbrook), who has agreed; if Grace cannot have them, the SW will arrange a refuge place "
          "through Lammerside Women's Aid that day."),
    ("p", "If Amara misses her review or immunisations again, or Tobi's nursery attendance falls below 80%, "
          "the SW will visit within 24 hours."),
    ("p", "If the plan has not made enough progress by the transfer-in conference, or the move falls through, "
          "the team manager will request a legal planning meeting within 5 working days. The transfer will "
          "not delay this."),
    ("h2", "Core group and review"),
    ("kv", [
        ("Core group", "Fortn. - 28/08/2025 and 11/09/2025 at Lammerside Children's Centre; after "
                       "transfer, as set by Kelderbrook"),
        ("Transfer-in conference", "Requested; date to be confirmed by Kelderbrook"),
        ("Review CP conference", "To be arranged by Kelderbrook after transfer"),
    ]),
    ("p", "Printed by R.PUGH 14/08/2025 10:42. Uncontrolled when printed."),
]

PLANS.append({
    "name": "b88_lammerside_case_print_labelled_field_lines_transfer_out_okafor.pdf",
    "doc_title": "Child Protection Plan - Tobi Okafor and Amara Okafor-Hollis",
    "split": "heldout",
    "template": "case-system-print-to-pdf-case-details-key-value-lines-transfer-status-then-action-n-of-9-status-line-with-action-who-by-when-how-will-we-know-labelled-lines-repeated-header-and-page-footer",
    "description": (
        "Initial conference plan for a 3-year-old and a 7-month-old after domestic abuse, printed from the "
        "case system while the family moves to another authority. Each action is a block of labelled lines. "
        "Visits, the HV review and nursery checks carry on until the transfer-in conference, but the parenting "
        "assessment, the Freedom Programme ('TBC', 'Engagement') and a speech therapy referral (no measure) "
        "wait for the transfer; an 'All agencies' row and an 'Ongoing' safety-plan row; the review conference "
        "is left for the receiving authority to arrange."
    ),
    "header": "OFFICIAL-SENSITIVE - Lammerside Borough Council - Children's Social Care",
    "footer": "CP Plan - OKAFOR, Tobi (LCS 2204517) - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "actions": 9,
    "blocks": _p1_blocks,
    "findings": [
        F("X001", "Parenting assessment of Precious on hold pending transfer"),
        F("X001", "Freedom Programme place deferred until the family has moved"),
        F("T002", "Freedom Programme place deferred until the family has moved"),
        F("M002", "Freedom Programme place deferred until the family has moved"),
        F("W002", "Share any information about Dwayne coming to Crane Court"),
        F("X001", "Referral for Tobi to speech and language therapy held"),
        F("M001", "Referral for Tobi to speech and language therapy held"),
        F("T002", "Precious to follow the safety plan agreed with the IDVA"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Plan for a premature baby, mother with bipolar disorder. PDF export of
#    the core group print view: a two-column Action | Update table with the
#    owner, the date and the evidence written inside the Update cell (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_lindenhythe_pdf_export_action_update_two_column_haigh.pdf",
    "doc_title": "Child Protection Plan - Ivy Haigh (print view)",
    "split": "heldout",
    "template": "case-system-print-view-exported-to-pdf-headerless-summary-grid-why-ivy-has-a-plan-ivys-day-numbered-outcomes-then-two-column-action-update-table-owner-date-evidence-inside-update-cell-contingency-meetings-header-footer",
    "description": (
        "Core group version of the plan for a 10-week-old born at 31 weeks whose mother has bipolar disorder "
        "and had a manic relapse after the baby came home. A PDF of the case system's print view, with a "
        "two-column Action | Update table whose Update cell holds the owner, the date and the evidence. The "
        "perinatal team and the CPN only support the mother (one with 'feels better' as its measure) while a "
        "psychologist is asked for a capacity-to-change report; the father's row is 'as and when' and "
        "'Monitored'; a leaflet row has no owner or measure; an 'Everyone in the network' row; one outcome "
        "is about the mother alone."
    ),
    "header": "Lindenhythe Council | Children's Services | Case record print view",
    "footer": "HAIGH, Ivy - Plan CP-88231 - printed 19/08/2025 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "actions": 10,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Plan type: Child Protection (core group version). Status: Current - updated at core group "
              "12/08/2025."),
        ("table", {
            "widths": [3.5, 5.0, 3.5, 5.0],
            "bold_first_col": True,
            "rows": [
                ["Child", "Ivy HAIGH, DOB 03/06/2025, born at 31+2 weeks", "Plan start", "05/08/2025 (ICPC)"],
                ["Address", "12 Sorrel Walk, Lindenhythe LH4 2QA", "Category", "Neglect"],
                ["Mother", "Chloe Haigh (27)", "Father", "Liam Dawes (29), lives with Chloe and Ivy"],
                ["Grandmother", "Sandra Haigh (MGM), 3 Sorrel Walk", "SW", "Megan Stroud"],
                ["HV", "Jo Pennick", "Team manager", "Paul Ingram"],
            ],
        }),
        ("h2", "Why Ivy has a plan"),
        ("p", "Ivy spent five weeks on the Lindenhythe General neonatal unit and came home on 08/07/2025. Chloe "
              "has bipolar affective disorder, diagnosed when she was 21, and stopped her lithium when she "
              "found out she was pregnant. On 19/07/2025 she had not slept for three nights, left Ivy with a "
              "neighbour she hardly knows at 2am and walked into the town centre, where police found her. She "
              "was admitted to Ashby Ward for ten days and restarted lithium. While she was unwell Ivy went "
              "seven hours without a feed. Liam works nights at a distribution centre."),
        ("h2", "Ivy's day"),
        ("p", "Ivy is 10 weeks old, about 2 weeks past her due date. She takes 90ml every three hours and still "
              "tires during feeds. At the SW's visit on 12/08/2025 she turned towards Chloe's voice and calmed "
              "when Chloe sang to her. She settles best lying on Liam's chest and sleeps in a Moses basket "
              "beside her parents' bed. Sandra says Ivy \"knows her nana\" and stops crying when she is "
              "picked up."),
        ("h2", "What we want for Ivy (outcomes)"),
        ("numbers", [
            "Ivy is fed on time, day and night, by carers who notice when she is hungry or tired.",
            "Ivy gains weight steadily on her preterm chart and reaches her corrected-age milestones.",
            "Chloe stays well and takes her lithium as prescribed.",
        ]),
        ("h2", "Actions and updates"),
        ("table", {
            "header": ["Action", "Update"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Home visits to see Ivy, watch a feed and see how Chloe and Liam read and respond to her cues",
                 "Megan Stroud, SW - weekly (Tuesdays), one unannounced visit a month. Each LCS visit record "
                 "notes the feed seen, Ivy's cues and how they were met. 12/08: feed seen, Ivy settled, Chloe "
                 "calm and had slept."],
                ["Perinatal mental health team to continue to support Chloe with her mood and medication",
                 "Dr Aisha Rahman, Lindenhythe Perinatal Mental Health Team - fortn. appointments at Ashby "
                 "House. Attendance recorded: Chloe has attended 3 of 3 since discharge."],
                ["Assess Chloe's capacity to change: what must change for Ivy, the steps needed and how long "
                 "it is likely to take",
                 "Dr Tom Bexley, clinical psychologist, Lindenhythe Adult Mental Health Service - first "
                 "session w/c 25/08/2025; written report to the core group by 26/09/2025."],
                ["Weigh Ivy and check her corrected-age development",
                 "Jo Pennick, HV - fortn. at Linden Road clinic, next 26/08/2025. Weight plotted on the "
                 "preterm chart in the red book and stays on or above the 9th centile. Last weight 3.4kg."],
                ["Stay overnight and do Ivy's night feeds on the nights Liam works",
                 "Sandra Haigh, MGM - every night Liam is on shift (Sun-Thu). Feed chart kept by Sandra and "
                 "checked by the SW each Tuesday."],
                ["Liam to do Ivy's bath and bedtime and learn to read her cues",
                 "Liam Dawes (dad) - as and when he is not working. Monitored by SW."],
                ["CPN home visits to support Chloe to take her lithium and manage her sleep",
                 "Gary Oduya, CPN, Lindenhythe CMHT - wkly. Chloe says she feels better."],
                ["Safe sleep and relapse warning signs leaflet to be given to the family",
                 "Due 22/08/2025."],
                ["Tell the SW the same day about any early sign of relapse in Chloe (not sleeping, racing "
                 "thoughts, missed lithium)",
                 "Everyone in the network - same day. Each concern logged on LCS with what was done."],
                ["GP to check Chloe's lithium levels and send the results to the perinatal team and SW",
                 "Dr Neil Forde, Linden Road Surgery - every 3 months, next by 05/09/2025. Blood results "
                 "letter on file."],
            ],
        }),
        ("h2", "If things go wrong (contingency)"),
        ("p", "If Chloe stops her lithium, misses two perinatal appointments in a row, or shows early signs of "
              "relapse (sleeping less than four hours a night, racing thoughts, leaving Ivy with people she does "
              "not know), the SW will visit the same day and hold a strategy discussion. Ivy will be cared for "
              "by Liam with Sandra staying at the flat. If Liam or Sandra cannot do this, Ivy will go to "
              "Lindenhythe foster carers that day, with her parents' agreement or under an emergency protection "
              "order."),
        ("p", "If there is not enough progress by the review conference, or Chloe is readmitted, Paul Ingram "
              "(team manager) will request a legal planning meeting to consider the PLO."),
        ("h2", "Meetings"),
        ("p", "Core group: every 4 weeks - 02/09/2025, 30/09/2025 and 28/10/2025, at Linden Road Children's "
              "Centre."),
        ("p", "Review child protection conference: 04/11/2025, Lindenhythe Civic Centre."),
        ("p", "Printed by M.STROUD 19/08/2025 14:07."),
    ],
    "findings": [
        F("H001", "Perinatal mental health team to continue to support Chloe"),
        F("T002", "Liam to do Ivy's bath and bedtime"),
        F("M002", "Liam to do Ivy's bath and bedtime"),
        F("H001", "CPN home visits to support Chloe to take her lithium"),
        F("M002", "CPN home visits to support Chloe to take her lithium"),
        F("W001", "Safe sleep and relapse warning signs leaflet"),
        F("M001", "Safe sleep and relapse warning signs leaflet"),
        F("W002", "Tell the SW the same day about any early sign"),
        F("F002", "Chloe stays well and takes her lithium as prescribed"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group print of a plan for two school-age children, father drinking,
#    domestic abuse. Plain-text print: label on one line, value indented
#    beneath, page header and footer repeated in the text, wrapped lines (txt)
# ---------------------------------------------------------------------------
_P3_HEAD = """\
LOXHAVEN COUNTY COUNCIL - CHILDREN'S SOCIAL CARE                   OFFICIAL-SENSITIVE
Child Protection Plan (Core Group Update) - FERRIS, Mason / Lily   Printed 27/08/2025 09:14
==========================================================================================
"""


def _p3_foot(page):
    return (
        "------------------------------------------------------------------------------------------\n"
        f"LX-CP-0117734   FERRIS   Printed by J.ASHWORTH                               Page {page} of 3\n"
        "\n\n"
    )


_P3_TEXT = (
    _P3_HEAD
    + """
PLAN DETAILS

Case ref:
        LX-CP-0117734
Children:
        Mason FERRIS, DOB 03/02/2014 (11y) - Loxhaven Academy, Y7 from 03/09/2025
        Lily FERRIS, DOB 17/06/2019 (6y) - St Aidan's CE Primary, Y2
Address:
        41 Wharf Terrace, Loxhaven LX3 9PD
Mother:
        Kayleigh FERRIS (34)
Father:
        Dean FERRIS (38)
Category:
        Emotional abuse (both children)
ICPC:
        31/07/2025 - Chair S. Okwuosa (IRO)
This version:
        Core group 2, 26/08/2025
SW:
        Jo Ashworth, Family Safeguarding Team North
Team manager:
        Rob Telfer

REASON FOR PLAN

Reason:
        Police have been called to 41 Wharf Terrace four times since January 2025.
        On 12/07/2025 Dean came home drunk, punched the bedroom door off its hinges
        and held Kayleigh by the throat against the landing wall. Mason, 11, rang
        999. Dean drinks most evenings (he told the SW "eight or nine cans, more at
        the weekend") and is often still drunk when he does the school run. He was
        cautioned for the assault and has agreed not to drink at home. Kayleigh
        wants Dean to stay but says she is frightened of him when he drinks. Lily
        has wet the bed most nights since July and Mason has been excluded twice
        for fighting.

"""
    + _p3_foot(1)
    + _P3_HEAD
    + """
WHAT MASON AND LILY SAY

Mason (seen alone at school, 21/08/2025):
        "I hate it when Dad's had a drink. He goes loud and then Mum goes quiet.
        I stay up till he's asleep so I know Mum's OK." On a scale of 0 to 10 for
        feeling safe at home Mason said 4, and 9 at his Nana Pat's.
Lily (seen at home, 22/08/2025):
        Lily showed the SW her bedroom and said the best thing at home is "my
        hamster Biscuit" and the worst thing is "when Daddy shouts at Mummy". She
        drew herself hiding under the bed.

OUTCOMES

1.      Mason and Lily live in a home with no violence, shouting or threats
        between the adults.
2.      Mason and Lily are looked after by adults who are sober, and are fed,
        clean and on time for school every day.
3.      Dean stops drinking and stays sober.

ACTIONS

Action 1
  Action:
        SW to visit Mason and Lily at home and see each child on their
        own
  Responsible:
        Jo Ashworth, SW
  Timescale:
        Fortn. from 28/08/2025, at least one unannounced visit a month
  Measure:
        Visit record on LCS shows each child seen alone and their words
        recorded
  Status:
        Open

Action 2
  Action:
        Dean to attend Loxhaven Recovery Service for alcohol key-work
        sessions and group work
  Responsible:
        Dean Ferris (father)
  Timescale:
        Wkly from w/c 25/08/2025
  Measure:
        Engagement
  Status:
        Open

Action 3
  Action:
        Dean not to drink alcohol in the family home or before he looks
        after Mason and Lily
  Responsible:
        Dean Ferris (father)
  Timescale:
        From 31/07/2025
  Measure:
        Mason and Lily asked at each SW visit; no alcohol seen in the house
        or smelt on Dean (visit record)
  Status:
        Open

Action 4
  Action:
        Kayleigh to complete the Freedom Programme (12 wks) at Loxhaven
        Family Hub
  Responsible:
        Kayleigh Ferris (mother)
  Timescale:
        ASAP
  Measure:
        Attendance register shows at least 10 of 12 sessions attended
  Status:
        Open

"""
    + _p3_foot(2)
    + _P3_HEAD
    + """
Action 5
  Action:
        Weekly check-in for Mason with his learning mentor at his new
        school
  Responsible:
        Mrs P. Okonjo, DSL, Loxhaven Academy
  Timescale:
        Wkly (Mondays) from 08/09/2025
  Measure:
        Check-in notes shared with SW EOM
  Status:
        Open

Action 6
  Action:
        FSW to support Kayleigh with the morning routine and getting Lily
        to school by 8.45am
  Responsible:
        Tess Moran, FSW
  Timescale:
        2x wkly for 8 wks from w/c 01/09/2025
  Measure:
        -
  Status:
        Open

Action 7
  Action:
        Home conditions, food in the house and the children's bedding to
        be checked at every visit
  Responsible:
        -
  Timescale:
        Every visit
  Measure:
        Monitored
  Status:
        Open

Action 8
  Action:
        Tell the SW and both schools about any police call-out to Wharf
        Terrace
  Responsible:
        Loxhaven Police Public Protection Unit (DS Carl Evans)
  Timescale:
        Within 24 hrs of any call-out
  Measure:
        Notification on LCS and to both DSLs by the next school day
  Status:
        Open

Action 9
  Action:
        School nurse health check for Lily, including dental registration
        and eyesight
  Responsible:
        Bev Carr, school nurse
  Timescale:
        TBC
  Measure:
        Health check summary sent to SW
  Status:
        Open

Action 10
  Action:
        Pat Ferris (PGM) to collect Lily from school and give both children
        tea on the days Kayleigh works
  Responsible:
        Pat Ferris (PGM)
  Timescale:
        Every Tue and Thu in term time
  Measure:
        School release log shows Lily collected by Pat
  Status:
        Open

Action 11
  Action:
        Nicola Shaw (maternal aunt) to take Mason to football training
        and give him time to talk
  Responsible:
        Nicola Shaw (MA)
  Timescale:
        -
  Measure:
        Club register; Mason tells the SW he has someone to talk to
  Status:
        Open

CONTINGENCY

Contingency:
        If Dean drinks at the family home, is drunk while looking after the
        children, or there is any further incident of domestic abuse,
        Kayleigh will call 999, police will attend and Dean will leave the
        home that night. The SW (EDT out of hours) will hold a strategy
        discussion by the next working day at the latest. If this happens
        twice, or Kayleigh lets Dean back while he is still drinking, the
        team manager will request a legal planning meeting.

CORE GROUP AND REVIEW

Core group:
        Fortn. - 09/09/2025, 23/09/2025, 07/10/2025, 10am at St Aidan's CE
        Primary
RCPC:
        23/10/2025, 1.30pm, Loxhaven County Hall

"""
    + _p3_foot(3)
)

PLANS.append({
    "name": "b88_loxhaven_core_group_print_indented_values_ferris.txt",
    "split": "heldout",
    "template": "case-system-core-group-print-as-plain-text-repeated-page-header-and-footer-label-line-then-indented-value-action-n-blocks-with-action-responsible-timescale-measure-status-wrapped-values",
    "description": (
        "Core group update of a plan for an 11- and a 6-year-old whose father drinks heavily and has assaulted "
        "their mother. A plain-text print of the case system with the page header and footer repeated in the "
        "text and each field's value indented under its label. The father's own recovery service row has "
        "'Engagement' as its measure and the service owns nothing; the Freedom Programme is 'ASAP'; the FSW "
        "row has no measure; a passive home-conditions row has no owner and 'Monitored'; a school nurse row "
        "is 'TBC'; the aunt's football row has no timescale; the grandmother and aunt carry part of the plan "
        "but the contingency does not cover them; one outcome is about the father alone."
    ),
    "actions": 11,
    "text": _P3_TEXT,
    "findings": [
        F("M002", "Dean to attend Loxhaven Recovery Service for alcohol"),
        F("T002", "Kayleigh to complete the Freedom Programme"),
        F("M001", "FSW to support Kayleigh with the morning routine"),
        F("W001", "Home conditions, food in the house and the children's bedding"),
        F("M002", "Home conditions, food in the house and the children's bedding"),
        F("T002", "School nurse health check for Lily"),
        F("T001", "to take Mason to football training"),
        F("F004"),
        F("C003"),
        F("F002", "Dean stops drinking and stays sober"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan after domestic abuse, father using cocaine and alcohol, mother
#    depressed. Word print from the case system: a four-column table whose
#    third cell holds "Lead:" and "When:" lines. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_lorrimore_icpc_word_print_lead_when_shared_cell_adeyemi.docx",
    "doc_title": "Child Protection Plan - Kemi and Tayo Adeyemi",
    "split": "heldout",
    "template": "case-system-word-print-key-value-case-details-reason-childrens-views-numbered-outcomes-then-ref-action-lead-and-when-in-one-cell-how-we-will-know-table-contingency-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 9- and a 5-year-old after their father assaulted their mother "
        "while drunk and on cocaine; the mother has depression. A Word print of the case system whose action "
        "table keeps the lead and the timescale together in one cell. Every row has a named lead, a date or "
        "frequency and evidence; the drug and alcohol service reports on the father's progress, Talking "
        "Therapies is asked for a view on the mother's capacity to change and its timescale, the children's "
        "words are recorded, the contingency names triggers, a relative with a refuge as fallback and a "
        "legal planning meeting, and the core group and review dates are fixed."
    ),
    "actions": 9,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lorrimore Borough Council - Children's Services - Initial Child Protection Conference. "
              "Printed from LCS 15/08/2025."),
        ("kv", [
            ("Children", "Kemi Adeyemi, DOB 22/05/2016 (9), Year 5; Tayo Adeyemi, DOB 09/01/2020 (5), Year 1 - "
                         "both at Lorrimore Park Primary"),
            ("Address", "14 Ashgrove Road, Lorrimore LR6 3JE"),
            ("Mother", "Funmilayo (Funmi) Adeyemi (33)"),
            ("Father", "Marcus Reid (36), staying at his brother's, 7 Quarry Lane; on police bail"),
            ("Category", "Emotional abuse"),
            ("ICPC", "14/08/2025 - Chair: Janet Okoye (CP chair)"),
            ("SW", "Priya Nair, Assessment and Intervention Team 1 (TM Claire Obi)"),
        ]),
        ("h1", "Reason for the plan"),
        ("p", "On 26/07/2025 Marcus came home after drinking and taking cocaine, argued with Funmi, pushed her "
              "against the kitchen wall and smashed the kitchen door. Kemi rang 999. Marcus was arrested and "
              "charged with assault by beating and criminal damage, and bailed not to contact Funmi or go to "
              "Ashgrove Road. There have been four earlier police call-outs since 2023. Marcus says he uses "
              "cocaine most weekends and drinks \"to come down\". Funmi has depression, diagnosed by her GP in "
              "2024; she takes sertraline and has been referred to Lorrimore Talking Therapies. School report "
              "that Kemi is anxious and tired and has started wetting at night, and that Tayo has hit other "
              "children six times since June."),
        ("h1", "What Kemi and Tayo say"),
        ("p", "Kemi (seen alone at school, 06/08/2025): \"When Daddy's been drinking his eyes go funny and he "
              "shouts at Mummy. I rang the police because I thought he'd hurt her.\" She wants to see her dad "
              "\"but only when he's not drunk\". In her three houses she put \"shouting\" and \"the door\" in "
              "her worries house, \"Mummy's jollof\" and her friend Zainab in her good things house, and "
              "\"Daddy says sorry and doesn't drink\" in her dreams house."),
        ("p", "Tayo (seen at home, 08/08/2025) drew a big monster and said \"that's Daddy when he's cross\". He "
              "said he likes Spiderman and \"Mummy's cuddles\" and showed the SW his bed."),
        ("h1", "Outcomes for Kemi and Tayo"),
        ("numbers", [
            "Kemi and Tayo live at home without violence, shouting or fear, and say they feel safe.",
            "Kemi and Tayo only see their dad when he is sober and contact is safe for them.",
            "Kemi and Tayo are cared for by a mum who is well enough to get them to school, play with them "
            "and keep to the safety plan.",
            "Kemi's worry and night-time wetting ease, and Tayo's hitting at school stops.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead / when", "How we will know"],
            "widths": [1.2, 6.0, 4.8, 5.0],
            "rows": [
                ["1", "Visit Kemi and Tayo at home and see each child on their own",
                 "Lead: Priya Nair, SW\nWhen: every 2 weeks from 21/08/2025; one visit a month unannounced",
                 "Visit records on LCS show each child seen alone and what they said about home"],
                ["2", "Weekly worry-time sessions for Kemi with the learning mentor, using her worry scale",
                 "Lead: Mrs Dolapo Lawal, DSL, Lorrimore Park Primary\nWhen: wkly (Wednesdays) from 03/09/2025",
                 "Kemi's worry scale score recorded each week; summary to the SW EOM"],
                ["3", "Behaviour plan for Tayo's hitting, agreed with Funmi",
                 "Lead: Mr Kieran Briggs, Year 1 teacher, with the SENCo\nWhen: plan by 12/09/2025, then "
                 "reviewed fortn.",
                 "Incident log shows the number of hitting incidents each week; copy to the SW before each "
                 "core group"],
                ["4", "Structured treatment for Marcus's cocaine and alcohol use, so that contact with Kemi and "
                      "Tayo can be safe",
                 "Lead: Sean Kirby, recovery worker, Lorrimore Drug and Alcohol Service\nWhen: fortn. "
                 "key-work from 01/09/2025; hair strand test monthly",
                 "Test results and a written report on Marcus's progress to every core group; contact stays "
                 "supervised until three clear monthly tests"],
                ["5", "Marcus to complete the Lorrimore Respect domestic abuse perpetrator programme",
                 "Lead: Marcus Reid (facilitator Hannah Cole reports)\nWhen: 24 weekly sessions from "
                 "w/c 08/09/2025",
                 "Attendance and the facilitator's progress report to the core group every 6 weeks"],
                ["6", "Safety plan with Funmi, and a safety plan for Kemi in words she understands (who to "
                      "ring, where to go)",
                 "Lead: Zoe Marsh, IDVA, Lorrimore DA Service\nWhen: by 29/08/2025, then fortn. contact with "
                 "Funmi",
                 "Written safety plans on file; at each visit the SW checks that Funmi and Kemi can say what "
                 "they would do"],
                ["7", "CBT for Funmi's low mood, with a view on her capacity to make and keep the changes Kemi "
                      "and Tayo need, and how long that is likely to take",
                 "Lead: Ravi Sandhu, high-intensity therapist, Lorrimore Talking Therapies\nWhen: wkly from "
                 "26/08/2025; report by 15/10/2025",
                 "PHQ-9 score at each session and a written report to the core group by 15/10/2025"],
                ["8", "Supervised contact for Kemi and Tayo with Marcus at Lorrimore Family Centre",
                 "Lead: Lisa Grant, contact supervisor\nWhen: every Saturday 10-11am from 23/08/2025",
                 "Contact record after each session notes how each child responds and whether Marcus was "
                 "sober; copy to the SW within 2 working days"],
                ["9", "Tell the SW and school of any call-out to Ashgrove Road or breach of Marcus's bail",
                 "Lead: DS Mark Ellison, Lorrimore Police DA Unit\nWhen: within 1 working day of any call-out "
                 "or breach",
                 "Notification on LCS and email to the DSL, logged with the date"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Marcus comes to Ashgrove Road, contacts Funmi or the children outside the Family Centre, or "
            "breaches his bail: Funmi will call 999, police will attend, and the SW will hold a strategy "
            "discussion the same day.",
            "If Funmi lets Marcus back into the home, or contact takes place without supervision: the "
            "children will stay with Funmi at her sister Bisi Alade's home (12 Hatton Close), agreed with Bisi "
            "on 13/08/2025. If Bisi cannot have them, Zoe Marsh (IDVA) will arrange a refuge place the same "
            "day.",
            "If Marcus tests positive or is under the influence at contact, that contact ends at once and no "
            "further contact takes place until the SW and the drug and alcohol service agree it is safe.",
            "If there is not enough progress by the review conference (further incidents, Funmi not keeping "
            "to the safety plan, or the children still frightened), Claire Obi (team manager) will request a "
            "legal planning meeting to consider the PLO.",
        ]),
        ("h1", "Core group and review"),
        ("kv", [
            ("Core group", "every 4 weeks at Lorrimore Park Primary - 28/08/2025, 25/09/2025, 23/10/2025"),
            ("Review child protection conference", "06/11/2025, 10am, Lorrimore Civic Centre"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review plan for a baby born with neonatal abstinence syndrome, mother on
#    methadone, family moving to another authority; the work carries on until
#    the transfer-in conference. Markdown export with labelled lines.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b88_larkhollow_rcpc_md_export_transfer_continues_pryce.md",
    "split": "heldout",
    "template": "case-system-markdown-export-bold-labelled-lines-details-ruby-seen-outcomes-then-numbered-action-blocks-with-action-who-by-when-how-will-we-know-hard-line-breaks-transfer-section-contingency-meetings",
    "description": (
        "Exemplary review conference plan for a 4-month-old born at 35 weeks with neonatal abstinence syndrome, "
        "mother on a methadone script, exported to markdown while the family moves to another authority. Each "
        "action is a block of bold-labelled lines. Visits, HV checks and the drug service's screening carry on "
        "until the receiving authority's transfer-in conference, and the prescription is handed over with no "
        "gap; the drug service reports on progress, the baby's observed day is recorded, the contingency "
        "names triggers, the grandmother with a foster fallback and a legal planning meeting, and the dates "
        "are fixed."
    ),
    "actions": 7,
    "text": """\
# Child Protection Plan - Review

**Larkhollow City Council - Children's Services**
**Exported from LCS:** 04/09/2025 11:20 - **Plan status:** Current (RCPC 02/09/2025)

**Child:** Ruby PRYCE, DOB 24/04/2025 (4 months), born at 35+1 weeks
**Address:** 9 Tannery Yard, Larkhollow LK1 5SD (until 15/09/2025); then 33 Mercer Street, Brindlecote
**Mother:** Kirsty Pryce (30)
**Father:** Jamie Noble - in custody at HMP Stanway, no contact
**Grandmother:** Elaine Pryce (MGM), 40 Mercer Street, Brindlecote
**Category:** Neglect
**SW:** Femi Ogunleye, Safeguarding Team East - **TM:** Ruth Callender
**Transfer:** Transfer-out to Brindlecote Metropolitan Council; transfer-in conference booked for 06/10/2025

## Why Ruby has a plan

Kirsty has used heroin since she was 19. She used heroin and street diazepam through most of her
pregnancy and Ruby was born at 35 weeks with neonatal abstinence syndrome; she spent 17 days on the
Larkhollow Royal neonatal unit on oral morphine. Kirsty has been on a methadone script (60ml daily,
supervised at Kirby's Pharmacy) since May. Since the initial conference all her urine screens have
been negative for heroin and cocaine, but in June methadone was found on the kitchen worktop within
reach of Ruby's bouncer. Kirsty is moving to Brindlecote on 15/09/2025 to be near her mum.

## Ruby's day (what we have seen)

Ruby is 4 months old. At the SW's visits on 19/08/2025 and 02/09/2025 she smiled at Kirsty, followed
faces and grabbed at her rattle. She takes 150ml every four hours and is still jittery when she is
startled, but settles quickly when Kirsty holds her skin to skin. She sleeps in a Moses basket beside
Kirsty's bed. At the HV clinic she was calm and cooed at the nursery nurse.

## Outcomes for Ruby

1. Ruby lives in a home free from heroin and other street drugs, where methadone is always locked away from her.
2. Ruby keeps growing along her centile and her development is checked on time.
3. Ruby's care, health checks and visits carry on without a gap while she moves to Brindlecote.

## Action plan

**1.** **ACTION:** SW visits to see Ruby at home, at least one unannounced each month, and check her sleeping place.  
**WHO:** Femi Ogunleye, SW  
**BY WHEN:** Weekly until the Brindlecote transfer-in conference on 06/10/2025, then a joint handover visit with the Brindlecote SW within 5 working days  
**HOW WILL WE KNOW:** LCS visit records show Ruby seen and her sleeping place checked

**2.** **ACTION:** HV to weigh Ruby and check her feeding, sleep and development, and hand over to the Brindlecote 0-19 team.  
**WHO:** Leanne Darby, HV (Larkhollow 0-19 Service)  
**BY WHEN:** Fortn. at home, next 09/09/2025; HV-to-HV handover call and records sent by 12/09/2025  
**HOW WILL WE KNOW:** Weight plotted in the red book stays on or above the 25th centile; copy of each entry to the SW; handover note on file

**3.** **ACTION:** Prescribe methadone with daily supervised consumption, key-work and a urine screen at each appointment, and report on Kirsty's progress and what it means for Ruby's care.  
**WHO:** Martin Hale, recovery coordinator, Larkhollow Drug and Alcohol Service  
**BY WHEN:** Key-work fortn.; written report 5 working days before each core group, until the Brindlecote service takes over  
**HOW WILL WE KNOW:** Screen results and written report at every core group; pharmacy record shows no missed supervised doses

**4.** **ACTION:** Refer Kirsty to Brindlecote Drug and Alcohol Service so that her prescription moves with her with no gap.  
**WHO:** Martin Hale, recovery coordinator  
**BY WHEN:** Referral by 05/09/2025; first Brindlecote appointment booked before the move on 15/09/2025  
**HOW WILL WE KNOW:** Brindlecote acceptance letter on file; date of the first Brindlecote pharmacy dose recorded

**5.** **ACTION:** Kirsty to take Ruby to her neonatal follow-up clinic at Larkhollow Royal.  
**WHO:** Kirsty Pryce (SW reminds her the day before)  
**BY WHEN:** 11/09/2025, 2pm  
**HOW WILL WE KNOW:** Clinic letter to the GP, HV and SW

**6.** **ACTION:** Kirsty to keep all methadone in the locked box from the drug service and to put Ruby down on her back in her Moses basket for every sleep.  
**WHO:** Kirsty Pryce  
**BY WHEN:** Every day; checked at every SW and HV visit  
**HOW WILL WE KNOW:** Box seen locked and Ruby seen asleep on her back in her Moses basket, recorded on the visit notes

**7.** **ACTION:** Send Brindlecote the chronology, assessments, this plan and the drug service and HV reports, and attend the transfer-in conference.  
**WHO:** Ruth Callender, TM  
**BY WHEN:** Papers by 08/09/2025; conference 06/10/2025  
**HOW WILL WE KNOW:** Brindlecote's written receipt on file; transfer-in minutes on LCS

## Transfer

Larkhollow stays responsible for Ruby and for every action above until Brindlecote holds its transfer-in
conference. Nothing in this plan waits for the transfer.

## Contingency plan

If Kirsty has a urine screen positive for heroin, cocaine or street benzodiazepines, misses two supervised
doses in a row, or methadone is found outside the locked box, or Ruby's weight falls below the 9th centile:
the SW will visit the same day and hold a strategy discussion the same day. Ruby will be cared for by her
grandmother, Elaine Pryce, who has agreed (checks done 28/08/2025); if Elaine cannot have her, Ruby will be
placed with Larkhollow foster carers that day. The team manager will then request a legal planning meeting
within 5 working days. The move does not pause any of this.

## Meetings

**Core group:** fortnightly until transfer - 16/09/2025 and 30/09/2025; Brindlecote workers invited to both
**Next review child protection conference:** 06/10/2025 - held by Brindlecote as its transfer-in conference (if the move does not go ahead, Larkhollow holds the review on the same date)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan for a premature baby accommodated under section 20 and still on
#    the neonatal unit, mother in a psychiatric unit. PDF export with each
#    field's label on its own line and the value indented beneath (pdf)
# ---------------------------------------------------------------------------
def _indented_action(n, what, lead, when, evidence):
    return [
        ("boldp", f"Action {n}"),
        ("pl", "What will happen:"),
        ("pi", what),
        ("pl", "Lead:"),
        ("pi", lead),
        ("pl", "Target date:"),
        ("pi", when),
        ("pl", "Evidence:"),
        ("pi", evidence),
    ]


_P6_ACTIONS = [
    ("SW to liaise with the neonatal unit about Riley's progress and discharge planning",
     "Caitlin Moss, SW (Children in Care Team)",
     "Before discharge",
     "Discharge planning meeting minutes on LCS"),
    ("Foster carer to visit Riley on the unit to learn his feeding and care",
     "Denise Hollins, foster carer",
     "As often as she can",
     "NNU nursing notes record the feeds and cares Denise has done"),
    ("Shannon's contact with Riley to restart on the unit, supervised by nursing staff",
     "Shannon Quinlan, with the NNU nurse in charge",
     "TBC",
     "Monitored by the ward"),
    ("EIP care coordinator to support Shannon and manage her antipsychotic medication",
     "Amir Shah, care coordinator, Lyndcastle Early Intervention in Psychosis Team",
     "Weekly",
     "Attendance at appointments"),
    ("Psychiatric assessment of Shannon's capacity to change and to care safely for Riley, with the likely "
     "timescale",
     "Dr Helen Varga, consultant psychiatrist, Lyndcastle EIP Team",
     "Report by 30/09/2025",
     "Written report to the core group and the IRO"),
    ("Home treatment team to visit Shannon after discharge from Bramwell Ward and support her mood and sleep",
     "Lyndcastle Crisis Resolution and Home Treatment Team",
     "Daily for 2 weeks after her discharge",
     "Visit summary sent to the SW each week"),
    ("Neonatal outreach nurse to train the foster carer in NG tube feeding",
     "Sue Pike, neonatal outreach nurse",
     "Before discharge",
     "Competency sign-off sheet on the NNU file, copy to the SW"),
    ("Viability assessment of Kerry Quinlan (maternal aunt) as a possible carer for Riley",
     "Lyndcastle Kinship Care Team",
     "ASAP",
     "Viability report to the SW and the IRO"),
    ("Share any concerns about Shannon's contact or presentation on the unit",
     "All professionals",
     "Same day",
     "Recorded on LCS by the SW"),
]


def _kv_indented(pairs):
    out = []
    for label, value in pairs:
        out += [("pl", label), ("pi", value)]
    return out


_p6_blocks = [
    ("title", "Child Protection Plan"),
    ("p", "Exported from LCS - Plan: Child Protection (Initial) - Status: Authorised 15/08/2025"),
    ("h2", "Child and family"),
] + _kv_indented([
    ("Child:", "Riley QUINLAN, born 16/07/2025 at 29+4 weeks, Lyndcastle General Hospital"),
    ("Legal status:", "Accommodated under section 20, Children Act 1989, since 26/07/2025 (Shannon consented)"),
    ("Where Riley is:", "Neonatal Unit (Ward 14), Lyndcastle General Hospital; discharge to foster care "
                        "expected early September 2025"),
    ("Mother:", "Shannon Quinlan (22), informal inpatient on Bramwell Ward, Harlow House, since 25/07/2025"),
    ("Father:", "Not named"),
    ("Foster carer (on discharge):", "Denise Hollins, Lyndcastle in-house foster carer"),
    ("Social worker:", "Caitlin Moss, Children in Care Team (TM Graham Ashby)"),
    ("Chair / IRO:", "Maureen Alcott"),
    ("Category:", "Neglect"),
]) + [
    ("h2", "Reason for the plan"),
    ("p", "Shannon had a first episode of psychosis in 2023 and stopped her antipsychotic medication early in "
          "her pregnancy. She had little antenatal care and uses cannabis most days. Riley was born at 29 weeks. "
          "On the neonatal unit Shannon became convinced that nurses were poisoning Riley's milk, and on "
          "24/07/2025 she tried to pull out his feeding tube; security were called. She was admitted to "
          "Bramwell Ward the next day and agreed to Riley being accommodated. Her discharge from Bramwell is "
          "planned for w/c 25/08/2025."),
    ("h2", "Riley's day"),
    ("p", "Riley is 4 weeks old (33+4 weeks corrected). He is in an open cot, fed by NG tube and starting to "
          "try small bottle feeds. Nurses say he is calm with gentle handling, startles at loud noises and "
          "settles with a hand on his tummy. When Shannon last saw him (23/07/2025, two nurses present) he "
          "settled on her chest for twenty minutes."),
    ("h2", "Plan"),
]
for _i, _a in enumerate(_P6_ACTIONS, start=1):
    _p6_blocks += _indented_action(_i, *_a)
_p6_blocks += [
    ("h2", "Contingency"),
    ("p", "If there are further concerns about Shannon's mental health, or about her contact with Riley, the "
          "core group will meet to review the plan and the SW will discuss next steps with the team manager."),
    ("h2", "Meetings"),
] + _kv_indented([
    ("Core group:", "Every 4 weeks - first 28/08/2025 (NNU parents' room), then 25/09/2025"),
    ("Looked-after review:", "22/08/2025 (IRO)"),
    ("Review child protection conference:", "13/11/2025, Lyndcastle Civic Offices"),
])

PLANS.append({
    "name": "b88_lyndcastle_pdf_export_label_indented_value_nnu_s20_quinlan.pdf",
    "doc_title": "Child Protection Plan - Riley Quinlan",
    "split": "heldout",
    "template": "case-system-pdf-export-label-line-then-indented-value-child-and-family-reason-rileys-day-then-action-n-what-will-happen-lead-target-date-evidence-indented-no-outcomes-contingency-meetings-header-footer",
    "description": (
        "Initial conference plan for a 4-week-old born at 29 weeks, accommodated under section 20 and still on "
        "the neonatal unit, whose mother is an inpatient after a psychotic episode. A PDF export with each "
        "field's label on one line and its value indented beneath. The SW only liaises with the unit and the "
        "foster carer visits 'as often as she can', so no one visits Riley at a stated frequency; the mother's "
        "contact is 'TBC' and 'Monitored'; the early intervention and home treatment teams only support her "
        "while a psychiatrist is asked for a capacity-to-change report; the aunt's viability is 'ASAP'; an "
        "'All professionals' row; no outcomes; a contingency of further concerns and review, with no legal step."
    ),
    "header": "Lyndcastle City Council | Children's Services | OFFICIAL-SENSITIVE",
    "footer": "CP plan - QUINLAN, Riley (LCS 3310872) - exported 15/08/2025 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "actions": 9,
    "blocks": _p6_blocks,
    "findings": [
        F("T002", "Foster carer to visit Riley on the unit"),
        F("T002", "Shannon's contact with Riley to restart on the unit"),
        F("M002", "Shannon's contact with Riley to restart on the unit"),
        F("H001", "EIP care coordinator to support Shannon and manage"),
        F("H001", "Home treatment team to visit Shannon after discharge"),
        F("T002", "Viability assessment of Kerry Quinlan (maternal aunt)"),
        F("W002", "Share any concerns about Shannon's contact or presentation"),
        F("L001"),
        F("O001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan for a 12- and an 8-year-old whose mother has secondary breast
#    cancer. Word print of the case system: a two-column Task | Responsible /
#    due / evidence table with labelled lines inside the second cell (docx)
# ---------------------------------------------------------------------------
def _p7_cell(resp, due, evidence):
    return f"Resp: {resp}\nDue: {due}\nEvidence: {evidence}"


PLANS.append({
    "name": "b88_lidgecombe_icpc_word_print_task_detail_cell_whitlock.docx",
    "doc_title": "Child Protection Plan - Ellie and Sam Whitlock",
    "split": "heldout",
    "template": "case-system-word-print-bold-key-value-details-reason-outcome-bullets-then-two-column-task-and-responsible-due-evidence-table-labelled-lines-in-second-cell-core-group-review-no-contingency",
    "description": (
        "Initial conference plan for a 12- and an 8-year-old whose mother has secondary breast cancer and is "
        "having chemotherapy; the house and the children's care have slipped. A Word print of the case system "
        "with a two-column table whose second cell holds Resp / Due / Evidence lines. Six of the eleven tasks "
        "are about the mother's own treatment and support with no link to the children; the Care Act "
        "assessment has no evidence, the GP row's evidence is 'mood improves', the Macmillan row is 'ongoing', "
        "the PIP row has no date, a 'Family' row; the grandparents carry the school runs and the shopping but "
        "there is no contingency at all and no legal step; nothing records what the children say; one "
        "outcome is about the mother alone."
    ),
    "actions": 11,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lidgecombe Borough Council - Children's Social Care - LCS print, ICPC plan, 08/08/2025"),
        ("kv", [
            ("Children", "Ellie Whitlock, DOB 05/03/2013 (12), Lidgecombe High, Y8; Sam Whitlock, DOB "
                         "30/10/2016 (8), Birchfield Primary, Y4"),
            ("Address", "27 Orchard Rise, Lidgecombe LG3 4NB"),
            ("Mother", "Joanne Whitlock (41)"),
            ("Father", "Craig Whitlock, lives in Aberdeen; phone contact with the children monthly"),
            ("Maternal grandparents", "Ray and Sheila Dunn, 5 Hawthorn Close, Lidgecombe"),
            ("Category", "Neglect"),
            ("ICPC", "07/08/2025, Chair: Ian Prothero"),
            ("SW", "Amy Laing (TM Richard Oyelaran)"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "Joanne was diagnosed with breast cancer in 2023 and was told in May 2025 that it has spread to her "
              "bones. She has chemotherapy every three weeks and is in bed for several days after each cycle. "
              "She has pain and low mood and says she cannot keep on top of the house. At the SW's visit on "
              "24/07/2025 the kitchen was dirty, there was little food in the house and the boiler had been "
              "broken for two weeks. School report that Ellie's attendance is 84% with 15 late marks this term. "
              "Sam has missed two dental appointments and has tooth decay that has not been treated."),
        ("h2", "Outcomes"),
        ("bullets", [
            "Joanne gets the treatment, care and practical support she needs at home.",
            "Ellie and Sam attend school every day, on time, with their health and dental needs met.",
            "Ellie and Sam live in a clean, warm home with food in the cupboards.",
        ]),
        ("h2", "Plan"),
        ("table", {
            "header": ["Task", "Responsible / due / evidence"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Joanne to attend her chemotherapy and oncology appointments at Lidgecombe Royal Infirmary",
                 _p7_cell("Joanne Whitlock", "every 3 wks (chemo cycle) until 11/2025",
                          "appointment letters seen by SW")],
                ["Care Act assessment of Joanne's care and support needs at home",
                 _p7_cell("Kim Rowe, Adult Social Care", "by 12/09/2025", "-")],
                ["GP to review Joanne's pain relief and low mood",
                 _p7_cell("Dr S. Patel, Lidgecombe Road Surgery", "fortn.", "Joanne's mood improves")],
                ["Macmillan nurse to support Joanne with her symptoms and the side effects of chemotherapy",
                 _p7_cell("Helen Dove, Macmillan clinical nurse specialist", "ongoing",
                          "contact record shared with SW EOM")],
                ["Help Joanne to claim PIP and apply for a blue badge",
                 _p7_cell("Leon Byrne, FSW", "-", "copies of both applications on file")],
                ["OT home visit to fit a stair rail and shower seat for Joanne",
                 _p7_cell("Tom Fenn, OT, Adult Social Care", "w/c 08/09/2025", "equipment fitted (OT record)")],
                ["Collect Sam from school and give both children their tea",
                 _p7_cell("Ray and Sheila Dunn (MGPs)", "Mon-Fri, term time", "school release log")],
                ["Weekly shop and batch cooking for the household",
                 _p7_cell("Sheila Dunn (MGM)", "every Sat", "SW sees food in the fridge and freezer at visits")],
                ["Young carers assessment for Ellie",
                 _p7_cell("Nat Ford, Lidgecombe Young Carers", "by 19/09/2025",
                          "assessment report and support offer sent to SW")],
                ["Keep the house clean and tidy and the kitchen safe to use",
                 _p7_cell("Family", "wkly", "SW sees a clean kitchen and clear stairs at each visit (recorded)")],
                ["SW to visit the family at home",
                 _p7_cell("Amy Laing, SW", "every 4 wks, next w/c 01/09/2025", "visit records on LCS")],
            ],
        }),
        ("h2", "Core group and review"),
        ("kv", [
            ("Core group", "monthly - 04/09/2025, 02/10/2025, 30/10/2025 at Birchfield Primary"),
            ("RCPC", "06/11/2025, 2pm, Lidgecombe Town Hall"),
        ]),
        ("p", "Printed by A.LAING 08/08/2025 16:31."),
    ],
    "findings": [
        F("M001", "Care Act assessment of Joanne's care and support needs"),
        F("M002", "GP to review Joanne's pain relief and low mood"),
        F("T002", "Macmillan nurse to support Joanne with her symptoms"),
        F("T001", "Help Joanne to claim PIP and apply for"),
        F("W002", "Keep the house clean and tidy and the kitchen"),
        F("F001"),
        F("F002", "Joanne gets the treatment, care and practical support she needs"),
        F("F003"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
