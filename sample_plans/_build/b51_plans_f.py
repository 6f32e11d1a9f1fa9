"""Batch 51, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
case systems and councils. Labels were written by hand from docs/rules.md and
the conventions in sample_plans/README.md, without running planlint or
reading its code.

Focus: documents as case systems and busy offices produce them: a full
case-system print with a running page header repeated at each page break, a
social worker's email with the plan pasted one cell per line, core group
minutes ending in an action log with a RAG column, a legal planning meeting
outcome record with the revised plan, a council form exported with boxed
lettered parts, a transfer-in conference plan that says which of the sending
council's actions it carries on, and a pre-proceedings meeting record whose
table is both the child protection plan and the pre-proceedings plan. Four
are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system full print of an initial plan ("Casebridge 5.1"): lettered
#    sections, tick-list parental factors, TASK nn of 09 records with dot
#    leaders, a running page header repeated at each page break and a task
#    that runs over a page break. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_frostlow_casebridge_full_print_page_headers_mensah.txt",
    "split": "tune",
    "actions": 9,
    "template": "case-system-full-print-txt-running-page-header-repeated-lettered-sections-tick-list-parental-factors-task-nn-of-nn-records-resp-when-evidence-dot-leaders-task-split-over-page-break",
    "description": (
        "Exemplary initial child protection plan printed from an invented case system for an 8-year-old "
        "and a 2-year-old (neglect; mother's weekend cocaine and alcohol use). Lettered sections, a tick "
        "list of parental factors, nine task records with Resp / When / Evidence lines and abbreviations "
        "(SW, HV, DSL, FSW, MA, wkly, fortnightly, w/c), and a running page header repeated at every page "
        "break, one of them inside a task. The drug service tests and reports on change, the aunt's part "
        "has a fallback, dates are set and a legal planning meeting follows set triggers."
    ),
    "text": """\
================================================================================
FROSTLOW METROPOLITAN BOROUGH COUNCIL           CASEBRIDGE 5.1      Page 1 of 3
CHILD PROTECTION PLAN - FULL PRINT              Plan ID: CPP-0047716
Subject(s): MENSAH, Jayden (P-311842); MENSAH, Amira (P-311843)
================================================================================

[A] PLAN HEADER
    Plan type ............. Child Protection Plan (initial)
    Category .............. Neglect
    ICPC held ............. 19/06/2025, Frostlow Civic Centre
    Plan status ........... ACTIVE
    Allocated SW .......... Rhiannon TATE (RT), CP and Court Team 3
    Team manager .......... Gareth LOWE
    Conference chair ...... Imran HAQ, IRO
    Last updated .......... 03/07/2025 by RTATE (revised at core group 1)

[B] HOUSEHOLD AND NETWORK
    Child ..... Jayden MENSAH  M  DOB 02/03/2017 (8y)  Frostlow Road Primary, Yr 3
    Child ..... Amira MENSAH   F  DOB 14/05/2023 (2y)  not yet at nursery
    Mother .... Danielle MENSAH  DOB 11/10/1995 (29)  lives with both children
    Father .... Liam BOOTH (Jayden) - no contact since 2020, address not known
    Father .... Kwame OSEI (Amira) - own flat, Belling St; has Amira alternate
                Saturdays 10:00-17:00; no concerns recorded about his care
    Network ... Shantelle MENSAH (MA = maternal aunt), 6 Corder Walk, 5 mins away
    Address ... 41 Tannery Close, Frostlow FR4 2JD

    Abbrev. used in this plan: SW social worker; HV health visitor; DSL
    designated safeguarding lead; FSW family support worker; MA maternal aunt;
    CG core group; RCPC review child protection conference; EDT emergency
    duty team; w/c week commencing; wkly weekly.

[C] PARENTAL FACTORS (tick list)
    [x] SUB   Substance misuse (parent) - Danielle: cocaine and alcohol
    [ ] MH    Mental ill health (parent)
    [ ] DA    Domestic abuse
    [ ] LD    Learning disability (parent)
    Notes: Danielle told the ICPC she uses cocaine "two or three Saturdays a
    month" and drinks most Friday and Saturday nights, usually at home after
    the children are in bed. Compass (Frostlow Drug and Alcohol Service)
    assessed her on 26/06/2025 and she is now on their caseload.

[D] WHY THERE IS A PLAN
    On 24/05/2025 police found Jayden walking to the Spar on Tannery Road at
    22:10 to buy bread; Danielle was asleep on the sofa and Amira was alone
    in her cot. On two weekend visits in May there was little food in the
    house, Amira's nappy had not been changed for some hours and the stairs
    were blocked with bags. Amira's 2-year review has been missed twice.
    Jayden was late to school 14 times in the spring term, mostly Mondays.

[E] CHILD'S VOICE / LIVED EXPERIENCE
    Jayden (seen alone at school 17/06/2025 and 01/07/2025): "Mum's fun in
    the week. At the weekend she sleeps a lot and I do Amira's cereal." He
    said Saturdays are "boring and a bit scary when it's dark and Mum won't
    wake up". He likes staying at Auntie Shantelle's "because she does
    pancakes and I get my own bed". He wants to play for the Tannery Road
    under-9s and would like Mum "to not be tired on Sundays".
    Amira (seen at home 26/06/2025 and 02/07/2025, and at MA's 29/06/2025):
    chatty, using short sentences ("more juice", "Jay-Jay come"). She follows
    Jayden around and goes to him, not to Danielle, when she bumps herself.
    On the Saturday visit she was still in her night nappy at 11:30 and
    hungry; at Shantelle's she ate her lunch at the table and napped in a cot.

[F] WHAT IS WORKING WELL
    Danielle is warm with both children and they are clearly attached to
    her. Jayden is doing well in reading. Shantelle has had the children
    every Friday night since the ICPC. Danielle went to her Compass
    assessment and her first oral fluid test, on 01/07/2025, was negative.
    Kwame has kept to every alternate Saturday.

[G] PLAN OUTCOMES
    OUT-1  Jayden and Amira are looked after every day and night by an adult
           who is sober and not using drugs, and Jayden never has to look
           after Amira or go out for food on his own.
    OUT-2  Amira is clean, fed on time and sleeps safely, and her 2-year
           review and nursery place show her development is on track.
    OUT-3  Jayden gets to school on time every day, and tells his SW and
           teachers that weekends at home feel safe.

[H] PLAN TASKS (9)

  TASK 01 of 09   Links to: OUT-1, OUT-2                Status: OPEN
    Task ......... Home visits: see Jayden on his own and Amira awake; look
                   at food in the kitchen, beds and bedding, and ask who has
                   minded the children. At least one visit a month is
                   unannounced and on a Saturday or Sunday.
    Resp ......... SW Rhiannon Tate
    When ......... Fortnightly (next due w/c 07/07/2025)
    Evidence ..... Visit record every time: Jayden's own words written down,
                   Amira seen awake, and the home conditions checklist
                   scored (no room below 3 out of 5)

  TASK 02 of 09   Links to: OUT-1                       Status: OPEN
    Task ......... Key-work sessions with Danielle with an oral fluid test at
                   each session, and a written report to every CG on whether
                   her cocaine and alcohol use is changing and what that
                   means for her care of Jayden and Amira at weekends.
                   Report to include Compass's view of her capacity to stop
                   and the likely timescale.
    Resp ......... Dean Okafor, recovery worker, Compass (Frostlow Drug and
                   Alcohol Service)
    When ......... Wkly (Tuesdays); report 2 working days before each CG
    Evidence ..... Test results listed in each report (all negative from
                   01/08/2025 is the target); report read at every CG

  TASK 03 of 09   Links to: OUT-1                       Status: OPEN
    Task ......... Hair strand test (3 x one-month sections) for cocaine and
                   alcohol markers. SW to commission; Danielle to attend the
                   sample appointment.
    Resp ......... SW Rhiannon Tate
    When ......... Sample taken by 25/07/2025
    Evidence ..... Lab report shared with Danielle, Compass and the CG by
                   22/08/2025

  TASK 04 of 09   Links to: OUT-1, OUT-3                Status: OPEN
    Task ......... Have Jayden and Amira at her house every Friday night, and
                   take Jayden to school on Mondays and Wednesdays.
    Resp ......... Shantelle Mensah (MA)
    When ......... Every Fri 17:00 to Sat 12:00; Mon and Wed mornings in term

================================================================================
FROSTLOW METROPOLITAN BOROUGH COUNCIL           CASEBRIDGE 5.1      Page 2 of 3
CHILD PROTECTION PLAN - FULL PRINT              Plan ID: CPP-0047716
Subject(s): MENSAH, Jayden (P-311842); MENSAH, Amira (P-311843)
================================================================================

    Evidence ..... Network diary kept at MA's house and signed each Friday;
                   school register shows Jayden in by 08:50 on Mon and Wed

  TASK 05 of 09   Links to: OUT-1                       Status: OPEN
    Task ......... No drugs or alcohol while Jayden or Amira are in her
                   care, and a breath test at any SW or FSW visit when asked.
    Resp ......... Danielle Mensah (mother)
    When ......... Every day from 19/06/2025; breath test at any visit
    Evidence ..... Breath readings recorded on visit notes (0.00 each time);
                   Compass oral fluid results (Task 02)

  TASK 06 of 09   Links to: OUT-2                       Status: OPEN
    Task ......... 2-year development review for Amira (ASQ-3), weight and
                   height, and a look at her sleep space and her teeth; then
                   home visits to check her progress.
    Resp ......... HV Nadia Brookes, Frostlow 0-19 Service
    When ......... Review by 25/07/2025, then monthly
    Evidence ..... ASQ-3 scores and centiles in the red book and sent to the
                   SW; Amira registered with a dentist (letter on file)

  TASK 07 of 09   Links to: OUT-2                       Status: OPEN
    Task ......... Take up Amira's funded 2-year-old place (15 hours) at
                   Little Acorns Nursery, with the FSW helping with the forms.
    Resp ......... Danielle Mensah (mother)
    When ......... Application in by 18/07/2025; Amira starting w/c 01/09/2025
    Evidence ..... Nursery confirms the start date to the SW; attendance sent
                   to the SW monthly (90% or more is the target)

  TASK 08 of 09   Links to: OUT-3                       Status: OPEN
    Task ......... Speak with Jayden every Monday about his weekend and write
                   down what he says; send his attendance and punctuality to
                   the SW.
    Resp ......... DSL Mr Colin Pryce, Frostlow Road Primary
    When ......... Every Monday in term; figures fortnightly
    Evidence ..... DSL log of each conversation; anything about home passed
                   to the SW the same day; fortnightly figures show no late
                   marks and no unauthorised absence

  TASK 09 of 09   Links to: OUT-1, OUT-2                Status: OPEN
    Task ......... Home routine sessions: tea by 17:30, Amira in bed by 19:30,
                   Jayden's uniform ready the night before; clear the stairs
                   and make the kitchen safe for Amira.
    Resp ......... FSW Lorna Beck, Frostlow Family Hub
    When ......... Wkly for 8 weeks from w/c 07/07/2025
    Evidence ..... Routine chart on the fridge checked each session; home
                   conditions checklist at weeks 1, 4 and 8 sent to the SW
                   (stairs clear and no room below 3 out of 5 by week 8)

[J] CONTINGENCY
    Trigger 1: Danielle is found under the influence of drugs or alcohol
    while Jayden or Amira are in her care, or a Compass test is positive for
    cocaine.
    Response: whoever finds this rings the SW (or EDT out of hours) at once.
    The children go to Shantelle's that day and the SW holds a strategy
    discussion the same day.
    Trigger 2: the children are left with anyone under 18, or Jayden is found
    out on his own after 19:00.
    Response: police are called if a child is alone; the SW (or EDT) visits

================================================================================
FROSTLOW METROPOLITAN BOROUGH COUNCIL           CASEBRIDGE 5.1      Page 3 of 3
CHILD PROTECTION PLAN - FULL PRINT              Plan ID: CPP-0047716
Subject(s): MENSAH, Jayden (P-311842); MENSAH, Amira (P-311843)
================================================================================

    the same evening and the children stay with Shantelle until a strategy
    discussion has agreed it is safe for them to go home.
    If Shantelle is ill, away or cannot take the children: both children go
    together to approved foster carers that night, arranged by the SW or EDT.
    If Shantelle cannot do a Monday or Wednesday school run, Danielle takes
    Jayden and the DSL rings the SW if he is not in by 09:30.

[K] MONITORING AND REVIEW
    Core group ........... every 4 weeks: 03/07/2025 (held), 31/07/2025,
                           28/08/2025 - 15:30, Frostlow Road Primary
    RCPC ................. 11/09/2025 10:00, Frostlow Civic Centre, Room 2
    Escalation ........... If Danielle has a second positive test, or either
                           trigger in [J] happens twice before the RCPC, the SW
                           will ask the team manager for a legal planning
                           meeting with Frostlow Legal Services within 5
                           working days.

[L] DISTRIBUTION
    Danielle Mensah; Shantelle Mensah; Kwame Osei; Compass; Frostlow Road
    Primary (DSL); Frostlow 0-19 Service; Frostlow Family Hub; IRO.

--------------------------------------------------------------------------------
OFFICIAL-SENSITIVE   Printed 04/07/2025 14:12 by RTATE   *** END OF PRINT ***
""",
    "findings": [],
})

# ---------------------------------------------------------------------------
# 2. Social worker's email after core group 2, with the plan pasted from the
#    case system so that every table cell lands on its own line; the family
#    is moving to another council and some work is parked for it (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_farrowby_email_pasted_cells_moving_kinsella.txt",
    "split": "tune",
    "actions": 10,
    "template": "sw-email-after-core-group-txt-outlook-headers-headlines-then-case-system-table-pasted-one-cell-per-line-ref-action-lead-by-when-evidence-family-moving-to-another-council",
    "description": (
        "A social worker's email to the core group for a 14-year-old who self-harms and her 5-year-old "
        "brother (domestic abuse by the boy's father, mother's anxiety and low mood), with the updated "
        "plan pasted from the case system one cell per line. The family move to another council in "
        "August: the CAMHS referral is held for the new authority with no date and the parenting "
        "assessment is left to it; the talking-therapy row only treats; the FSW's measure is "
        "'engagement'; the police marker is 'ASAP'; one row is owned by 'All', one has no evidence and "
        "one no lead."
    ),
    "text": """\
From:     Owen Castell <owen.castell@farrowby.gov.uk>
Sent:     Friday, 11 July 2025 16:48
To:       Shona Ridley (DSL, Farrowby Academy); Mel Hughes (FSW, Farrowby Family
          Hub); Jo Ainsley (School Nurse); Tanya Brook (DSL, Hillcrest Infants);
          PC Sam Ord (Farrowby Police DA Unit); Farrowby Mind Matters (referrals)
Cc:       Joanne Fitch (Team Manager, Safeguarding Team 2); Aoife Kinsella
Subject:  Kinsella children - CG2 notes and updated plan (move to Westhale)

Hi all,

Thanks for coming to core group yesterday, especially at such short notice
for Jo. Quick summary first, then the updated plan pasted from CareFrame.
Apologies for the layout - CareFrame tables don't paste into Outlook, so
each cell comes out on its own line. The order is always Ref / Action /
Lead / By when / Evidence, and a "-" means the cell was left empty.

HEADLINES
- Aoife has accepted a tenancy from Westhale Homes (2-bed house on Marle
  Avenue, near her sister). Moving date is 18/08/2025.
- I sent the transfer-in request to Westhale City Council's front door on
  09/07/2025. They will hold a transfer-in conference within 15 working
  days of the move.
- The non-molestation order against Darren Pugh runs until 02/2026. No
  police call-outs since the ICPC and no sightings reported.
- Roisin cut her arm again on 29/06 (seen by the school nurse, no hospital
  treatment needed).

WHAT ROISIN AND FINN SAY
Roisin (seen alone at school 08/07): "I'm glad we're moving, I don't want to
bump into him in town. I'm scared of starting a new school in Year 10
though." She said she cuts "when everything's too loud in my head" and that
she'd like to talk to someone "who isn't from school". She asked if her new
social worker would be a woman.
Finn (seen at home 03/07): told me "Daddy's not allowed at our house" and
showed me his room. He hid behind the sofa when a car door banged outside
and said "is that Daddy?". Hillcrest say he is settled in class and loves
the sand tray, but he is clingy with Aoife at drop-off.

UPDATED PLAN (CareFrame print 10/07/2025, after CG2)

Outcomes
- Roisin is kept safe from self-harm, has someone outside school to talk
  to, and is never left in charge of Finn after school.
- Roisin and Finn have no contact with Darren Pugh except what is agreed
  and supervised.
- Finn feels safe at home and at school, and stops hiding when he hears
  loud noises.

Action plan
Ref
Action
Lead
By when
Evidence

1
Visit Roisin and Finn at home and see each of them on their own; check who is collecting Finn from school
SW Owen Castell
Weekly until Westhale's transfer-in conference
Visit records with both children seen alone and Roisin's words written up

2
Referral to CAMHS for Roisin (self-harm, low mood) - on hold; Westhale CAMHS to take this on after the move
Westhale Children's Services
After transfer - TBC
CAMHS acceptance letter on file

3
School nurse drop-in for Roisin and a written self-harm safety plan agreed with her
Jo Ainsley, School Nurse
Every Wednesday until end of term (23/07/2025)
Session notes and a copy of Roisin's safety plan sent to the SW

4
Parenting assessment of Aoife, focused on her ability to protect the children from Darren - to be done by Westhale once the case has transferred
Westhale Children's Services
Within 25 working days of transfer
Assessment report to the transfer-in conference

5
Eight sessions of CBT for Aoife's anxiety and low mood
Farrowby Mind Matters (Talking Therapies)
Weekly, Thursdays, to 14/08/2025
Attendance recorded by Mind Matters and sent to the SW

6
Routines and boundaries work at home, including Finn's bedtime and Roisin not minding Finn after school
FSW Mel Hughes
Weekly until 15/08/2025
Engagement monitored

7
Move the DA marker and the non-molestation order details to the new Westhale address
PC Sam Ord, Farrowby Police DA Unit
ASAP
Westhale Police confirm the marker by email

8
Let the SW know the same day if Darren is seen near the house, Farrowby Academy or Hillcrest Infants
All
Same day
Each sighting logged on CareFrame with the time and what was done

9
Send Roisin's pastoral file and attendance record to her new school in Westhale
Shona Ridley, DSL, Farrowby Academy
By 18/07/2025
-

10
Confirm the moving date with Westhale Homes and send the SW a copy of the signed tenancy
-
By 25/07/2025
Copy of the tenancy on the case file

Contingency
If Darren comes to the house, contacts Aoife or the children against the
order, or is seen waiting near either school, Aoife (or the school) rings
999 and the SW or EDT holds a strategy discussion the same day. If Aoife and
the children cannot stay safely at home, the IDVA will arrange a refuge
place that day. If Roisin self-harms and needs medical treatment, whoever
is with her takes her to A&E and rings the SW; a strategy discussion is held
the next working day at the latest and Roisin is not left on her own at home
until it has met.

Review
Core group every 3 weeks: 31/07/2025 (last one in Farrowby).
Review child protection conference: 14/08/2025, 10:00, Farrowby Town Hall,
before the move. Westhale then hold their transfer-in conference within 15
working days of 18/08/2025, and Farrowby keeps the plan until that date.
If Aoife lets Darren back into the house, or he sees Finn outside the
supervised arrangement, I will ask Joanne for a legal planning meeting
within 5 working days.

(end of CareFrame print)

Any corrections to me by Wednesday please. I'll send the final version to
Aoife with a covering letter.

Thanks,
Owen

Owen Castell | Social Worker | Safeguarding Team 2
Farrowby Council Children's Services | 01632 960 418
This email and any attachments are confidential and intended only for the
named recipients. If you have received it in error please tell the sender.
""",
    "findings": [
        F("X001", "Referral to CAMHS for Roisin (self-harm, low mood) - on hold"),
        F("T002", "Referral to CAMHS for Roisin (self-harm, low mood) - on hold"),
        F("X001", "Parenting assessment of Aoife, focused on her ability to protect"),
        F("H001", "Eight sessions of CBT for Aoife's anxiety and low mood"),
        F("M002", "Routines and boundaries work at home, including Finn's bedtime"),
        F("T002", "Move the DA marker and the non-molestation order details"),
        F("W002", "Let the SW know the same day if Darren is seen"),
        F("M001", "Send Roisin's pastoral file and attendance record to her new school"),
        F("W001", "Confirm the moving date with Westhale Homes and send the SW"),
    ],
})

# ---------------------------------------------------------------------------
# 3. Core group 2 minutes: attendance grid with initials, numbered agenda
#    items, then an action log with Owner / Due / How we'll know / RAG
#    columns (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_fenwold_core_group_minutes_rag_log_baptiste.docx",
    "doc_title": "Core Group 2 Minutes and Action Log - Malik and Kiara",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-minutes-docx-attendance-grid-initials-numbered-agenda-items-agency-updates-then-action-log-no-action-owner-due-how-well-know-rag-last-column",
    "description": (
        "Minutes of a second core group for a 9-year-old and a 4-year-old (bruising to the younger "
        "child's ear, her father moved out, mother's low mood), ending in an action log with a RAG "
        "column. The paediatric follow-up is 'TBC', the HV's measure is 'Monitored at CG', the talking "
        "therapy only treats and its measure is how Leah feels, the Caring Dads row has no measure, the "
        "nursery application has no due date, one row is owned by 'All'. One outcome is only about "
        "Leah's mood, and the paternal grandmother supervises contact and collects the children with "
        "nothing said about what happens if she cannot."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Fenwold District Council · Children and Families Service · Safeguarding Team West"),
        ("kv", [
            ("Children", "Malik Baptiste, DOB 21/01/2016 (9), Fenwold Juniors, Year 4; "
                         "Kiara Fraser-Baptiste, DOB 30/04/2021 (4), Kestrel Nursery"),
            ("Mother", "Leah Baptiste, 12 Orchard Rise, Fenwold"),
            ("Kiara's father", "Jerome Fraser, staying with his mother at 3 Quayside Court since 10/06/2025"),
            ("Plan", "Child protection plan from ICPC 12/06/2025 – category: physical abuse"),
            ("Meeting", "Core group 2, Tuesday 08/07/2025, 13:30–15:00, Fenwold Children's Centre"),
            ("Chair", "Ruth Adair (RA), social worker"),
            ("Minutes", "Tom Villiers, business support"),
        ]),
        ("h2", "1. Attendance"),
        ("table", {
            "header": ["Name", "Initials", "Role / agency", "Attended"],
            "widths": [4.2, 1.8, 7.5, 3.5],
            "rows": [
                ["Ruth Adair", "RA", "Social worker, Safeguarding Team West", "Yes (chair)"],
                ["Leah Baptiste", "LB", "Mother", "Yes"],
                ["Jerome Fraser", "JF", "Kiara's father", "Yes (first half)"],
                ["Beverley Fraser", "BF", "Paternal grandmother", "Yes"],
                ["Gemma Ross", "GR", "Health visitor, Fenwold 0-19 Team", "Yes"],
                ["Anita Shah", "AS", "Manager and DSL, Kestrel Nursery", "Yes"],
                ["Dev Patel", "DP", "DSL, Fenwold Juniors", "Apologies – report sent"],
                ["Kate Lyle", "KL", "CBT therapist, Fenwold Talking Therapies", "Apologies"],
                ["Dr Priya Menon", "PM", "Community paediatrician", "Not invited – letter awaited"],
            ],
        }),
        ("h2", "2. Since the last core group"),
        ("p", "RA said there have been no new marks on Kiara since the ICPC and no police call-outs. JF has kept "
              "to the written agreement and has not stayed at Orchard Rise. Saturday contact at BF's flat has "
              "happened four times. LB said she is \"getting there\" but still has days when she cannot get "
              "out of bed before ten; she has been to three CBT sessions."),
        ("p", "AS reported that Kiara has been in nursery every day, arrives clean and fed, and has had no "
              "marks. She has started to play in the home corner and tells staff \"Daddy's at Nanny Bev's\". "
              "GR weighed Kiara on 01/07/2025: 16.1kg, on the 50th centile. DP's written report says Malik's "
              "attendance is 97% and he is going to his ELSA sessions on Thursdays, but he has been "
              "\"quieter than usual\" and fell out with friends twice."),
        ("p", "Dr Menon's clinic letter with Kiara's clotting screen results has not arrived; RA has chased it twice."),
        ("h2", "3. What Malik and Kiara are saying"),
        ("p", "Malik (seen alone at school by RA on 03/07/2025) said: \"It's calmer now. I miss Jerome a bit "
              "but I don't miss the shouting.\" He said the worst thing was \"hearing Kiara cry when Jerome "
              "grabbed her\" and that he would tell Mrs Khan or Nanny Bev if anyone hurt her again. He wants "
              "to go to football club on Wednesdays."),
        ("p", "Kiara (seen at nursery and at home) chatted to RA about her new shoes and showed her the "
              "bedroom she shares with her teddy \"Mr Bun\". She ran to LB when she was collected and held "
              "her hand all the way to the car. When asked about her ear she said \"all better\"."),
        ("h2", "4. Outcomes agreed at conference"),
        ("bullets", [
            "Kiara and Malik are safe from physical harm at home and have no unexplained marks or injuries.",
            "Malik feels able to tell a trusted adult about anything that worries him, and says home feels safe.",
            "Leah's mood will lift and she will feel more able to cope.",
        ]),
        ("h2", "5. Contingency"),
        ("p", "If Kiara or Malik has an unexplained mark or injury, or tells anyone they have been hurt, the "
              "nursery or school will ring RA (or the out-of-hours team) straight away and a strategy "
              "discussion will be held the same day. If Jerome stays overnight at Orchard Rise or comes to "
              "the house outside the agreement, LB will ring RA or the police that day, and if LB cannot keep "
              "him away the children will be looked after by approved foster carers under section 20 while "
              "a strategy discussion decides what happens next."),
        ("h2", "6. Dates"),
        ("p", "Core group every 4 weeks at Fenwold Children's Centre, 13:30: 05/08/2025 and 02/09/2025. Review "
              "child protection conference: 16/09/2025, 10:00, Fenwold Council Offices. If there is a further "
              "unexplained injury, or Jerome moves back in before the review, RA will ask the team manager "
              "for a legal planning meeting within 5 working days."),
        ("h2", "7. Action log"),
        ("p", "RAG: G = on track, A = started but behind, R = not started or at risk, New = agreed today."),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "How we'll know", "RAG"],
            "widths": [1.0, 5.0, 2.9, 2.6, 4.4, 1.1],
            "rows": [
                ["1", "Visit Malik and Kiara at home, seeing each child on their own; one visit a month "
                      "unannounced", "RA (SW)", "Fortnightly",
                 "Visit notes record each child seen alone and what they say, in their own words", "G"],
                ["2", "Paediatric follow-up for Kiara, including her clotting screen results",
                 "Dr Priya Menon, community paediatrician", "TBC",
                 "Clinic letter sent to RA and the GP", "A"],
                ["3", "Check Kiara's weight, height and development, and look for any marks, at home visits",
                 "GR (HV)", "Monthly", "Monitored at CG", "G"],
                ["4", "Welfare check at drop-off each day; body map of any mark and a call to RA",
                 "AS (nursery DSL)", "Every session",
                 "Welfare log and any body map emailed to RA the same day", "G"],
                ["5", "ELSA session for Malik, with anything he says about home passed on",
                 "DP (DSL, Fenwold Juniors)", "Every Thursday in term",
                 "ELSA notes; anything about home reported to RA the same day", "G"],
                ["6", "Continue CBT sessions for Leah's low mood",
                 "KL, Fenwold Talking Therapies", "Weekly until 29/08/2025",
                 "Leah reports feeling better", "G"],
                ["7", "Complete the Caring Dads programme",
                 "JF", "Tuesdays 18:00 for 17 weeks from 15/07/2025", "", "New"],
                ["8", "Supervise Jerome's time with Kiara and Malik at her flat; Jerome not to take them out "
                      "alone", "BF (PGM)", "Every Saturday, 10:00–15:00",
                 "Contact record signed by BF and read by RA at each visit", "G"],
                ["9", "Collect Kiara from nursery and Malik from school and give them their tea",
                 "BF (PGM)", "Tuesdays and Thursdays in term",
                 "Nursery and school collection books show BF collecting", "G"],
                ["10", "Apply for the 30-hour funded place so Kiara can go to nursery every weekday",
                 "LB", "-", "Confirmation letter from Kestrel Nursery", "A"],
                ["11", "Share any worry about Kiara's or Malik's presentation with the social worker",
                 "All", "Same day", "Logged on the case file with the date and what was done", "G"],
            ],
        }),
        ("p", "Minutes agreed by RA on 09/07/2025 and sent to everyone invited."),
    ],
    "findings": [
        F("T002", "Paediatric follow-up for Kiara, including her clotting screen results"),
        F("M002", "Check Kiara's weight, height and development, and look for"),
        F("H001", "Continue CBT sessions for Leah's low mood"),
        F("M002", "Continue CBT sessions for Leah's low mood"),
        F("M001", "Complete the Caring Dads programme"),
        F("T001", "Apply for the 30-hour funded place so Kiara can go"),
        F("W002", "Share any worry about Kiara's or Malik's presentation with"),
        F("F002", "Leah's mood will lift and she will feel more able to cope."),
        F("C003"),
    ],
})

# ---------------------------------------------------------------------------
# 4. Legal planning meeting outcome record, with the child protection plan
#    as revised at the core group that followed it (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_flaxcombe_legal_planning_outcome_then_revised_plan_doherty.md",
    "split": "tune",
    "actions": 12,
    "template": "legal-planning-meeting-outcome-record-md-details-table-legal-advice-decisions-then-cp-plan-revised-at-next-core-group-numbered-action-lead-by-when-how-we-will-know-table-plo-timetable",
    "description": (
        "Outcome record of a legal planning meeting (threshold met, pre-proceedings started) for three "
        "children on a neglect plan for six months (father's daily cannabis use, mother's depression under "
        "the CMHT), followed by the plan as revised at the next core group. The parenting assessment is "
        "'ASAP', the grandparents' viability assessments wait until they 'confirm', the hair strand "
        "test's measure is 'results monitored', the CMHT row only supports, the home conditions row has no "
        "lead and an 'improvement' measure, and 'Core group' owns the chronology. One outcome is only "
        "about the parents engaging."
    ),
    "text": """\
# Legal Planning Meeting – Outcome Record

**Flaxcombe Council · Children's Social Care · Legal Gateway**
*OFFICIAL-SENSITIVE. Legal advice in section 3 is privileged and must not be shared with the family or
other agencies. Sections 4 onwards are shared with the parents, their solicitors and the core group.*

| | |
|---|---|
| Children | Sophie Doherty (11), Jack Doherty (7), Evie Doherty (3) |
| Parents | Claire Doherty and Sean Doherty, 27 Mill Lane, Flaxcombe |
| Plan history | Child protection plans since ICPC 14/01/2025 (neglect); continued at RCPC 08/04/2025 |
| Meeting | Legal planning meeting, 02/07/2025, 14:00, Flaxcombe Civic Centre and Teams |
| Chair | Helen Marsh, Head of Service, Safeguarding and Court |
| Present | Helen Marsh (chair); Priya Sandhu, solicitor, Flaxcombe Legal Services; Mark Ellison, team manager; Callum Reid, social worker; Gail Thorne, IRO (for section 2 only) |
| Record by | Callum Reid, SW, 03/07/2025; section 8 added after the core group on 10/07/2025 |

## 1. Why the meeting was held

The children have been on child protection plans for almost six months. At the RCPC the chair asked
for a legal planning meeting if the home and the children's school attendance had not improved by the
end of June. They have not. On the last four visits the kitchen had mouldy food on the sides, the
children's mattresses were wet and there was dog mess on the landing. Sophie's attendance is 81% and
Jack's 78%, almost all the absences on Mondays and Fridays. Evie is 3 and uses about 20 words; she has
not been seen by speech and language therapy because two appointments were missed.

Sean smokes cannabis every day, in the house, and says it "keeps him calm". Claire has depression
and has been under Flaxcombe CMHT since February; she told the SW she "can't face" the housework on
bad days and that Sean does most of the school runs "when he's up".

## 2. The IRO's view

Gail Thorne said that the plan has been in place long enough for change to show, that the parents
have been offered most of the help in the plan, and that the children's day-to-day care has not
changed. She supported a move into pre-proceedings.

## 3. Legal advice (privileged)

Priya Sandhu advised that the threshold for care proceedings under section 31 is met on the grounds
of neglect, but that the evidence does not support an urgent application. She advised starting the
pre-proceedings stage of the Public Law Outline with a letter before proceedings, and that the
assessments below should be completed within the pre-proceedings period.

## 4. Decisions

1. The threshold is met. The family enter pre-proceedings under the Public Law Outline.
2. The letter before proceedings was signed by Mark Ellison and sent to Claire and Sean on 04/07/2025.
3. The pre-proceedings meeting with the parents and their solicitors is booked for 21/07/2025, 10:00.
4. The child protection plans continue. The core group on 10/07/2025 revised the plan (section 8).
5. A legal planning review meeting will be held on 06/10/2025 to decide whether to issue proceedings.

## 5. What Sophie, Jack and Evie say

Sophie (seen alone 30/06/2025): "I do Evie's breakfast because Mum's asleep. I don't bring friends
round because of the smell." She said she would like a lock on her bedroom door "so the dog doesn't
wee on my stuff", and that she is scared she and her brother and sister "will get split up".

Jack (seen alone 30/06/2025) said school is "all right" but he is tired because "Dad watches telly
really loud and I can't sleep". He likes going to Nan and Grandad Lowther's "because they have a
garden and they do proper dinners".

Evie was seen at home and at nursery. At home she was in a wet nappy at 14:00 and pointed to the
fridge when asked if she was hungry. At nursery she plays happily, eats everything she is given and
copies the words the staff say to her.

## 6. What needs to change for the children

- Sophie, Jack and Evie live in a clean, safe home with dry beds, food in the kitchen and no
  dog mess or cannabis smoke.
- Sophie and Jack are in school every day and on time, and Sophie is no longer getting Evie
  up and fed.
- Evie's speech is assessed and helped, and she is using more words by the PLO review.
- Claire and Sean will engage fully with all professionals and attend every appointment.

## 7. Contingency

If any of the children is found without food in the house, Evie is found alone or unsupervised, or
Sean is found under the influence while caring for the children on his own, the SW (or the
emergency duty team) will visit that day and hold a strategy discussion. If the children cannot be
made safe at home that day, they will be placed together with approved foster carers and the local
authority will make an urgent application to court for an interim care order. If Sophie and Jack
miss two school days in a row with no reason given, the SW will visit the same day.

## 8. Child protection plan – revised at core group, 10/07/2025

| # | Action | Lead | By when | How we will know |
|---|---|---|---|---|
| 1 | Visit the family at home and see each child on their own; check the bedrooms, the food in the kitchen and Evie's nappy area; at least one visit a fortnight unannounced | Callum Reid, SW | Weekly | Visit record with each child's words and a home conditions score (0–10) for every visit |
| 2 | Parenting assessment of Claire and Sean (PAMS), covering home conditions, routines and Evie's development | Carol Fenn, independent social worker | ASAP | Written report filed with Flaxcombe Legal Services and sent to the parents' solicitors |
| 3 | Viability assessments of Claire's parents, Mr and Mrs Lowther, as possible carers for the children | Dan Pryor, Kinship Assessment Team | When the grandparents confirm they want to be assessed | Viability reports to the legal planning review meeting |
| 4 | Six-month hair strand test for Sean (cannabis and cocaine) | Callum Reid, SW, to commission from Alderbrook Toxicology | Sample taken by 25/07/2025 | Results monitored |
| 5 | Care coordination visits to support Claire with her depression and her medication | Lucy Warne, care coordinator, Flaxcombe CMHT | Fortnightly | Dates of each visit recorded on the CMHT record and sent to the SW monthly |
| 6 | Key-work and drug screens for Sean, with a written report on whether his cannabis use has stopped and how that shows in his care of the children | Aaron Gill, Flaxcombe Substance Misuse Service | Fortnightly screens; report by 26/09/2025 | Screen results and the written report sent to the SW and the parents' solicitors |
| 7 | Kitchen, stairs, landing and the children's bedrooms to be cleared and cleaned, and new mattresses put on the children's beds | - | By 31/08/2025 | Improvement in home conditions |
| 8 | Get Sophie and Jack to school every day, on time | Claire and Sean | Every school day | Fortnightly attendance figures from the EWO to the SW: 95% or more, no late marks |
| 9 | Refer Evie to speech and language therapy and show Claire the home programme | Jen Cole, HV | Referral by 18/07/2025; programme at the first SALT visit | SALT assessment report to the SW; programme chart on the fridge seen at visits |
| 10 | Evie to go to Rainbow Nursery three days a week | Claire | Mon, Wed and Fri from 14/07/2025 | Nursery register sent to the SW monthly (90% or more) |
| 11 | Update the multi-agency chronology for the legal planning review meeting | Core group | By 19/09/2025 | Updated chronology sent to Flaxcombe Legal Services by that date |
| 12 | Family group conference, so the wider family can say who can help and who could care for the children | Amina Yusuf, FGC coordinator | Held by 22/08/2025 | Family plan shared with the SW and at the pre-proceedings review |

## 9. Review and timetable

- Core group every 3 weeks: 31/07/2025, 21/08/2025 and 11/09/2025, 15:30 at Flaxcombe Primary.
- Review child protection conference: 30/09/2025, 10:00, Flaxcombe Civic Centre.
- Legal planning review meeting: 06/10/2025. If the home, the children's attendance and Sean's
  drug tests have not changed enough by then, the local authority will issue care proceedings.
""",
    "findings": [
        F("T002", "Parenting assessment of Claire and Sean (PAMS), covering home conditions"),
        F("T002", "Viability assessments of Claire's parents, Mr and Mrs Lowther"),
        F("M002", "Six-month hair strand test for Sean (cannabis and cocaine)"),
        F("H001", "Care coordination visits to support Claire with her depression"),
        F("W001", "Kitchen, stairs, landing and the children's bedrooms to be cleared"),
        F("M002", "Kitchen, stairs, landing and the children's bedrooms to be cleared"),
        F("W002", "Update the multi-agency chronology for the legal planning review"),
        F("F002", "Claire and Sean will engage fully with all professionals and attend every appointment."),
    ],
})

# ---------------------------------------------------------------------------
# 5. A council's "Form CP2" exported from its case system: lettered parts in
#    label/entry boxes, a landscape outcome-merged action grid, trigger and
#    response boxes, tick boxes; header and page footer on every page.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_fordingley_form_cp2_boxed_parts_nwosu.pdf",
    "doc_title": "Form CP2 Child Protection Plan - Kelechi and Amara Nwosu",
    "split": "tune",
    "actions": 9,
    "template": "council-form-cp2-case-system-export-paged-landscape-lettered-parts-label-entry-boxes-outcome-merged-action-grid-ref-responsible-frequency-success-measure-trigger-response-boxes-tick-boxes",
    "description": (
        "Exemplary child protection plan on a council's Form CP2, exported from an invented case system, "
        "for an 11-year-old and a 7-year-old whose mother's partner is a registered sex offender (risk of "
        "sexual harm). Lettered parts in label/entry boxes, the children's views, an action grid with "
        "outcome cells merged down, trigger/response boxes for the contingency, tick boxes for copies "
        "given, and a header and page footer on every page. Every action has an owner, a timescale and "
        "an observable measure; the father's weekends have a fallback; dates and a legal step are set."
    ),
    "header": "ChildSafe Records · Fordingley City Council · Form CP2 · OFFICIAL-SENSITIVE",
    "footer": "Plan ID CP2-58821 · Kelechi and Amara Nwosu · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 2,
    "blocks": [
        ("title", "Form CP2 – Child Protection Plan"),
        ("p", "Fordingley City Council · Children's Services · Safeguarding Hub North. Exported from ChildSafe "
              "Records on 04/07/2025 by T. Harlow. Boxes left blank in the system are shown as \"not "
              "recorded\"."),
        ("h2", "Part A – Details"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["A1 Children", "Kelechi Nwosu, DOB 09/02/2014 (11), Hollyfield Primary, Year 6 (Fordingley "
                                "High from September); Amara Nwosu, DOB 17/11/2017 (7), St Cuthbert's Infant "
                                "School, Year 2"],
                ["A2 Address", "18 Larkspur Road, Fordingley FD2 7QS"],
                ["A3 Mother", "Joy Nwosu (34), lives with both children"],
                ["A4 Father", "Emeka Nwosu (37), 4 Garnet Street, Fordingley; has the children alternate "
                              "weekends and on Wednesday evenings"],
                ["A5 Other adult of concern", "Craig Seddon (41), Joy's partner since autumn 2024; lives at "
                                              "Flat 2, 77 Wharf Road"],
                ["A6 Category", "Sexual abuse (risk of)"],
                ["A7 Conference", "Initial child protection conference 19/06/2025; plan updated at core "
                                  "group 1 on 03/07/2025"],
                ["A8 Key people", "SW Tom Harlow; TM Sunita Rao; IRO Graham Pettit"],
            ],
        }),
        ("h2", "Part B – Why Kelechi and Amara need a plan"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["B1 What we are worried about",
                 "Craig Seddon was convicted in 2016 of sexually assaulting a 13-year-old girl and is on the sex "
                 "offenders register until 2026. Police told Joy of his conviction under the Child Sex Offender "
                 "Disclosure Scheme on 28/05/2025. Before then Craig had stayed overnight at Larkspur Road "
                 "several times a week. Amara told her teacher on 02/06/2025 that \"Craig did my bath when "
                 "Mummy was at work\". Joy has said she believes the children come first but she is still in "
                 "a relationship with Craig."],
                ["B2 What is going well",
                 "Joy asked Craig to leave the day of the disclosure and signed a written agreement on "
                 "20/06/2025. Emeka has the children every other weekend and every Wednesday and has kept to "
                 "every arrangement. Both children are doing well at school and have good friendships."],
                ["B3 Checks completed", "Police and probation records; school and health records; "
                                        "Child Sex Offender Disclosure Scheme disclosure to Joy."],
            ],
        }),
        ("h2", "Part C – What Kelechi and Amara think and feel"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["C1 Kelechi (seen alone at school, 01/07/2025)",
                 "\"Craig was all right but Mum's different when he's there, she doesn't listen.\" He said he "
                 "did not like Craig \"coming in the bathroom when Amara's in the bath\". He is excited about "
                 "Fordingley High but worried \"in case people know about us\". He would like to see his dad "
                 "more and to keep going to Saturday football."],
                ["C2 Amara (seen at school, 03/07/2025, with her teacher present)",
                 "Amara drew her house with \"me, Kelechi, Mummy and my goldfish\". She said Daddy's house "
                 "is \"the fun house\". She knows she can tell Mrs Frith \"if something feels funny\". She "
                 "would like her mum to do her bath \"and nobody else\"."],
                ["C3 How the views were gathered", "Seen alone in school by SW Tom Harlow, using "
                                                   "three-houses drawings; the children's words are recorded "
                                                   "as they said them."],
            ],
        }),
        ("h2", "Part D – Outcomes and actions"),
        ("table", {
            "header": ["Outcome for the children", "Ref", "What will be done", "Responsible",
                       "Frequency / by", "Success measure"],
            "widths": [5.0, 1.0, 6.5, 4.0, 3.6, 5.6],
            "rows": [
                ["Kelechi and Amara have no contact with Craig Seddon, at home or anywhere else, unless an "
                 "adult approved by the SW is with them.",
                 "D1", "Visit at home and see Kelechi and Amara each on their own; look for any sign that "
                       "Craig has been at the house; at least two visits a month unannounced, one after 6pm",
                 "Tom Harlow, SW", "Weekly",
                 "Visit record shows each child seen alone and their words written down; any sign Craig has "
                 "been there reported to the TM the same day"],
                [V, "D2", "Home visits to Craig Seddon to check his address, who lives with him and who he is "
                          "in contact with, including checks of his devices",
                 "DC Lisa Crane, MOSOVO Unit, Fordingley Police", "Monthly, at least one unannounced",
                 "Written outcome of each visit sent to the SW within 2 working days"],
                [V, "D3", "ARMS risk assessment of Craig Seddon, including the risk he poses to Kelechi and "
                          "Amara",
                 "DC Lisa Crane", "By 15/08/2025",
                 "Written assessment shared with the SW and read at the core group on 28/08/2025"],
                [V, "D4", "Keep to the written agreement: Craig does not visit, stay at or collect the children "
                          "from the home, and Joy sees him only when the children are at school or with Emeka",
                 "Joy Nwosu", "Every day from 20/06/2025",
                 "Children's accounts at each SW visit; no sightings of Craig at the home or the schools on "
                 "police or school logs"],
                [V, "D5", "Complete the Safer Families course for parents whose partner poses a sexual risk to "
                          "children, including how Joy will protect Kelechi and Amara",
                 "Joy Nwosu; facilitator Ruth Kaye, Fordingley Family Centre",
                 "Mondays 10:00 for 8 weeks from 14/07/2025",
                 "Attendance register, and the facilitator's written report on what Joy understands about the "
                 "risk, sent to the SW by 05/09/2025"],
                ["Kelechi and Amara know who their safe adults are and the body-safety rules, and tell someone "
                 "if anything worries them.",
                 "D6", "Body-safety and safe-adults sessions with each child, pitched at their age",
                 "Mariam Bello, School Nurse, Fordingley 5-19 Service", "Six weekly sessions from w/c 08/09/2025",
                 "At the last session each child names five safe adults and explains the body-safety rules in "
                 "their own words; notes sent to the SW"],
                [V, "D7", "Check in with Amara each week and write down anything she says about home or "
                          "about Craig",
                 "Mrs Joanne Frith, DSL, St Cuthbert's Infant School", "Every Friday in term",
                 "DSL log; anything Amara says about home or Craig reported to the SW the same day"],
                [V, "D8", "Pass Kelechi's plan and safety arrangements to Fordingley High before he starts, and "
                          "set up a key adult for him there",
                 "Mr Ahmed Karim, DSL, Hollyfield Primary", "By 18/07/2025",
                 "Fordingley High's DSL confirms receipt in writing; Kelechi has met his key adult before "
                 "the summer holiday"],
                ["Kelechi and Amara keep seeing their dad every week and are safe on the days they are with "
                 "him.",
                 "D9", "Have Kelechi and Amara every other weekend and on Wednesday evenings, and tell the SW "
                       "anything the children say about Craig",
                 "Emeka Nwosu (father)",
                 "Alternate weekends, Fri 18:00 to Sun 17:00; every Wednesday 16:00–19:00",
                 "Contact calendar kept by Joy and Emeka, checked by the SW at visits; anything the children "
                 "say passed to the SW the same day"],
            ],
        }),
        ("h2", "Part E – Contingency"),
        ("table", {
            "header": ["If this happens", "This is what will happen"],
            "widths": [9.0, 16.7],
            "rows": [
                ["Craig is seen at 18 Larkspur Road, collects either child, or is found to have had any "
                 "contact with Kelechi or Amara",
                 "Whoever sees it rings 999 or the SW (out of hours, the emergency duty team). The SW and DC "
                 "Crane hold a strategy discussion the same day. The children stay with Emeka, who has agreed "
                 "to this, until the strategy discussion agrees it is safe; if Emeka cannot have them, they "
                 "go together to approved foster carers that night."],
                ["Either child says anything that suggests they have been sexually harmed",
                 "The adult they tell writes down their words and rings the SW straight away. A strategy "
                 "discussion is held the same day to plan a joint police and social care enquiry."],
                ["Joy breaks the written agreement",
                 "The SW visits the same day and tells the TM, and asks for a legal planning meeting within 5 "
                 "working days."],
                ["Emeka cannot have the children on his weekend or a Wednesday",
                 "The children stay at home with Joy as usual; Joy tells the SW by text that day and D4 "
                 "still applies in full."],
            ],
        }),
        ("h2", "Part F – Core group, review and escalation"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["F1 Core group", "Every 4 weeks, 16:00, Fordingley Family Centre: 03/07/2025 (held), "
                                  "31/07/2025, 28/08/2025"],
                ["F2 Review conference", "Review child protection conference 11/09/2025, 10:00, Fordingley "
                                         "Council House, Committee Room 3"],
                ["F3 Escalation", "If Joy allows Craig any contact with the children, or the agreement is "
                                  "broken twice before the review, the SW will ask the TM for a legal planning "
                                  "meeting within 5 working days."],
            ],
        }),
        ("h2", "Part G – Sharing the plan"),
        ("p", "☒ Plan explained to Joy Nwosu on 03/07/2025   ☒ Copy posted to Emeka Nwosu 04/07/2025   "
              "☒ Child-friendly version given to Kelechi and Amara   ☐ Interpreter needed"),
        ("p", "Completed by: Tom Harlow, Social Worker. Authorised by: Sunita Rao, Team Manager, 04/07/2025."),
    ],
    "findings": [],
})

# ---------------------------------------------------------------------------
# 6. Transfer-in conference plan: the receiving council's plan with a first
#    column saying which of the sending council's actions it carries on, and
#    a list of the sending council's actions now closed. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_foxleigh_transfer_in_carried_from_column_lanigan.docx",
    "doc_title": "Transfer-in Child Protection Conference Plan - Tyler and Ellie Lanigan",
    "split": "tune",
    "actions": 10,
    "template": "transfer-in-conference-plan-docx-transfer-details-kv-how-the-sending-plan-went-then-from-sending-plan-ref-first-column-what-lead-when-how-well-know-table-then-closed-sending-actions-list",
    "description": (
        "Exemplary plan made at a transfer-in conference for a 15-year-old at risk of criminal "
        "exploitation and his 9-year-old sister, whose family moved from another council to get away "
        "from a county lines group. The first column says which of the sending council's actions each "
        "row carries on; the sending council's finished actions are listed separately as closed. Owners, "
        "timescales and measures throughout, the uncle's collections have a fallback, specific "
        "contingency, dates, and a legal planning meeting on set triggers."
    ),
    "blocks": [
        ("title", "Transfer-in Child Protection Conference – Plan"),
        ("p", "Foxleigh Borough Council · Children's Services · Exploitation and Safeguarding Team"),
        ("kv", [
            ("Children", "Tyler Lanigan, DOB 04/03/2010 (15), Foxleigh Learning Centre from 07/07/2025; "
                         "Ellie Lanigan, DOB 22/08/2015 (9), Brookmead Primary, Year 4"),
            ("Lives with", "Nicola Lanigan (mother), 9 Hawthorn Close, Foxleigh FX3 8LB"),
            ("Moved from", "Ambersett County Council area (Castlegate estate), on 09/06/2025"),
            ("Sending authority", "Ambersett County Council – SW Grace Pemberton, Adolescent Safeguarding Team"),
            ("Original plan", "ICPC (Ambersett) 03/04/2025 – category: neglect; reviewed by Ambersett core "
                              "group 05/06/2025"),
            ("Transfer-in conference", "03/07/2025, 10:00, Foxleigh Town Hall – chair Olu Adeniran, IRO"),
            ("Foxleigh SW", "Sunil Varma (allocated 16/06/2025; joint visits with Grace Pemberton on 18/06 "
                            "and 25/06/2025)"),
            ("Decision", "Tyler and Ellie remain subject to child protection plans, category neglect. "
                         "Ambersett's responsibility ended at the close of this conference."),
        ]),
        ("h1", "How the Ambersett plan went"),
        ("p", "Tyler went missing 11 times between January and April 2025 and was found twice in other "
              "towns with cash and cannabis. On 18/03/2025 he was stabbed in the leg at a flat in "
              "Castlegate. A National Referral Mechanism referral was made and a positive reasonable grounds "
              "decision followed on 30/04/2025. Ambersett's plan supported the family's move to Foxleigh, "
              "where Nicola's brother lives. Since the move Tyler has had one missing episode (21/06/2025, "
              "home by 02:00) and police believe the Ambersett group know he has moved. Ellie was anxious and "
              "sleeping badly in Castlegate and has settled well at Brookmead."),
        ("p", "Grace Pemberton gave the conference a written summary of each Ambersett action; those that "
              "are finished are listed at the end of this plan as closed. Every action still needed is in "
              "the table below with a Foxleigh lead."),
        ("h1", "What Tyler and Ellie say"),
        ("p", "Tyler (seen alone 25/06/2025, with Grace and Sunil): \"It's boring here but I'm not "
              "looking over my shoulder all the time.\" He said he still owes \"people back home\" money and "
              "that they message him on Snapchat. He wants to do a mechanics course and to go to the gym with "
              "his uncle. He said he doesn't want to be \"babysat\" but he would answer his phone to his mum "
              "\"if she stops shouting\"."),
        ("p", "Ellie (seen alone at school 30/06/2025): \"I like my new school, I've got two best friends.\" "
              "She said she gets scared when Tyler \"goes out at night and Mum cries\", and that she likes "
              "it when Uncle Dean comes for tea. She wants to join Brownies."),
        ("h1", "What we want for Tyler and Ellie"),
        ("bullets", [
            "Tyler is safe from the people who exploited him: he is not going missing, not carrying drugs, "
            "cash or weapons, and has paid nothing towards any \"debt\".",
            "Tyler is in education every weekday and starts a college course in September 2026.",
            "Ellie sleeps well, goes to school every day and stops worrying about her brother going out at "
            "night.",
        ]),
        ("h1", "The plan from today"),
        ("table", {
            "header": ["From Ambersett plan?", "What will happen", "Lead", "When", "How we'll know"],
            "widths": [2.6, 5.2, 3.1, 2.6, 3.5],
            "rows": [
                ["A1 – carried on",
                 "Visit Tyler and Ellie at home and see each on their own; at least one visit a fortnight "
                 "after 6pm",
                 "Sunil Varma, SW", "Weekly",
                 "Visit records with each child's words, and where Tyler says he has been that week"],
                ["A3 – carried on, now Foxleigh's team",
                 "One-to-one sessions with Tyler on exploitation, grooming and the \"debt\" he believes he owes",
                 "Jade Morrow, youth worker, Foxleigh Exploitation Team", "Every Tuesday, 16:00",
                 "Session notes to the SW weekly; exploitation screening tool re-scored by 14/08/2025 and "
                 "shared with the core group"],
                ["New",
                 "Return home interview after any missing episode, shared with police",
                 "Ben Astley, Foxleigh Missing Children's Service", "Within 72 hours of Tyler's return",
                 "Written interview record to the SW and police within 72 hours"],
                ["A6 – carried on",
                 "Report Tyler missing to the police if he is not home by 21:00 and not answering his phone",
                 "Nicola Lanigan", "By 21:30 on any night Tyler is not home",
                 "Police reference numbers written in the family's missing diary, checked by the SW at visits"],
                ["New",
                 "Full-time place for Tyler at Foxleigh Learning Centre, with a taxi to and from home",
                 "Paul Ingram, Head of Inclusion, Foxleigh Education", "From 07/07/2025",
                 "Daily attendance sent to the SW every Friday (90% or more)"],
                ["A7 – carried on, now Foxleigh Police",
                 "Share intelligence on the Ambersett group's links in Foxleigh; markers on Tyler's phone "
                 "number and the new address",
                 "DS Mark Oyelaran, Foxleigh Police Exploitation Hub",
                 "Markers by 11/07/2025; update before each core group",
                 "Email to the SW confirming the markers; written police update read at each core group"],
                ["New",
                 "Collect Tyler from the learning centre and take him to the gym, then home by 18:00",
                 "Dean Lanigan (maternal uncle)", "Tuesdays and Thursdays in term",
                 "Learning centre's sign-out book shows Dean collecting; SW checks it fortnightly"],
                ["New",
                 "Talking Teens course on keeping Tyler safe, with the family support worker",
                 "Nicola Lanigan, with FSW Sam Oduya", "Thursdays 10:00 for 6 weeks from 10/07/2025",
                 "Attendance register; FSW's end-of-course note read at the core group on 14/08/2025"],
                ["New",
                 "Weekly check-in with Ellie about how she is sleeping and anything worrying her at home",
                 "Mrs Kate Lowry, DSL, Brookmead Primary", "Every Monday in term",
                 "DSL log; anything about home passed to the SW the same day"],
                ["A9 – carried on",
                 "Health assessment for Tyler, including his leg wound, sexual health and drug use",
                 "Amy Cole, Youth Health Nurse, Foxleigh 5-19 Service", "By 25/07/2025",
                 "Health summary and any referrals sent to the SW and GP"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Tyler is missing after 21:30, Nicola rings the police and the SW (or the emergency duty "
              "team), and Foxleigh Police treat him as a high-risk missing child. If he is found with drugs, "
              "cash or a weapon, is injured, or is found in Ambersett, the SW holds a strategy discussion the "
              "same day; if it finds Tyler cannot be kept safe at home, he will be placed that day with "
              "Foxleigh's specialist adolescent foster carers outside the area."),
        ("p", "If anyone from the Ambersett group comes to Hawthorn Close, Nicola rings 999, and she and the "
              "children go to Dean's house that night while police and the SW agree a safety plan the next "
              "day. If Dean cannot collect Tyler on a Tuesday or Thursday, the learning centre taxi takes "
              "Tyler straight home and Nicola texts the SW when he arrives; if he has not arrived by 16:30 "
              "she rings the police."),
        ("h1", "Meetings and review"),
        ("bullets", [
            "Core group every 4 weeks, 15:30 at Foxleigh Learning Centre: 17/07/2025, 14/08/2025 and "
            "11/09/2025.",
            "Review child protection conference (Foxleigh's first): 25/09/2025, 10:00, Foxleigh Town Hall.",
            "If Tyler goes missing three or more times in any 4 weeks, or is found in Ambersett, the SW will "
            "ask the team manager for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Ambersett actions now closed"),
        ("bullets", [
            "A2 – NRM referral: made 22/04/2025; positive reasonable grounds decision 30/04/2025. Closed.",
            "A4 – Move to Foxleigh: Foxleigh Homes tenancy from 09/06/2025. Closed.",
            "A5 – Ellie's school place: started at Brookmead on 16/06/2025. Closed.",
            "A8 – Victim support after the stabbing: four sessions with Ambersett Victim Care; Tyler chose to finish on 28/05/2025. Closed.",
        ]),
        ("p", "Plan written by Sunil Varma, SW, and agreed by the chair, Olu Adeniran, on 04/07/2025. "
              "Copies to Nicola, Tyler, Dean, all agencies above and Grace Pemberton (Ambersett) for their "
              "records."),
    ],
    "findings": [],
})

# ---------------------------------------------------------------------------
# 7. Pre-proceedings (PLO) meeting record with the child protection plan and
#    the pre-proceedings plan kept as one table; header and page footer on
#    every page. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b51_frettingham_plo_meeting_record_one_plan_quayle.pdf",
    "doc_title": "Pre-proceedings Meeting Record and Plan - Rosie Quayle",
    "split": "tune",
    "actions": 11,
    "template": "pre-proceedings-plo-meeting-record-paged-details-present-table-why-we-are-meeting-parents-said-babys-day-what-must-change-adjustments-then-one-plan-table-no-what-who-when-how-we-will-all-know-timetable",
    "description": (
        "Exemplary record of a pre-proceedings meeting for a 10-month-old whose weight is faltering "
        "(neglect; father's daily cannabis use; mother has a learning disability), with the child "
        "protection plan and the pre-proceedings plan kept as one table. The drug service tests and "
        "reports on change, the learning disability team practises care of the baby with the mother, "
        "assessments have reports and dates, the baby's day is described, the contingency is specific, "
        "and core group, review conference, PLO review and the legal step are dated. Header and page "
        "footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Frettingham Borough Council · Pre-proceedings (PLO) record",
    "footer": "Rosie Quayle – pre-proceedings meeting 14/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-proceedings Meeting – Record and Plan"),
        ("p", "Frettingham Borough Council · Children's Services · Court and Pre-proceedings Team"),
        ("kv", [
            ("Child", "Rosie Quayle, born 11/09/2024 (10 months)"),
            ("Mother", "Kayleigh Quayle (20), 5 Brindle Court, Frettingham"),
            ("Father", "Aaron Beck (23), lives with Kayleigh and Rosie"),
            ("Plan", "Child protection plan since ICPC 06/03/2025 (neglect); continued at review "
                     "conference 29/05/2025"),
            ("Legal planning meeting", "19/06/2025 – threshold met; pre-proceedings agreed"),
            ("Letter before proceedings", "Sent 27/06/2025, with an easy-read version for Kayleigh"),
            ("This meeting", "Monday 14/07/2025, 10:00–12:15, Frettingham Civic Centre, Room 6"),
            ("Chair", "Dawn Ellery, Team Manager"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Kayleigh Quayle", "Mother"],
                ["Maya Ruddock", "Advocate for Kayleigh, Frettingham Advocacy"],
                ["Hannah Tulloch", "Solicitor for Kayleigh, Brightwell Law"],
                ["Aaron Beck", "Father"],
                ["Nikhil Rao", "Solicitor for Aaron, Rao & Finch"],
                ["Dawn Ellery", "Team Manager (chair)"],
                ["Liam Fairbanks", "Social worker"],
                ["Gemma Hollis", "Solicitor, Frettingham Legal Services"],
            ],
        }),
        ("h2", "1. Why we are meeting"),
        ("p", "Dawn explained that this meeting is a last chance to make changes before the local authority "
              "asks a court to decide what happens for Rosie, and that nothing said today means that a court "
              "case will definitely start. Rosie has dropped from the 50th centile at birth to just above "
              "the 2nd. On visits she has been found with a bottle propped on a cushion, in a wet nappy for "
              "hours and asleep on the sofa. Aaron smokes cannabis in the flat every day. Kayleigh has a "
              "learning disability and finds it hard to remember feed times and how much milk to make up. "
              "Both parents have kept most appointments and love Rosie very much."),
        ("h2", "2. What Kayleigh and Aaron said"),
        ("p", "Kayleigh said she wants to learn and that the picture cards the HV made \"really help\". She "
              "asked for things to be written down in short sentences and for one person to ring her about "
              "appointments. Aaron accepted that he smokes every day and said he has cut down \"a lot\"; he "
              "agreed to be tested. Both parents said they would accept help from Aaron's mum, Lorraine."),
        ("h2", "3. Rosie's day"),
        ("p", "Rosie is a smiley baby who reaches for Kayleigh and laughs when Aaron plays peekaboo. She can "
              "sit on her own and is starting to crawl. On the HV's visit on 08/07/2025 she had had one "
              "bottle by 11am and drank the next one fast, crying between mouthfuls. She has a red nappy "
              "rash most weeks. At nursery taster sessions she ate all her lunch and slept in a cot for an "
              "hour. The flat often smells of cannabis smoke when the SW arrives."),
        ("h2", "4. What must change for Rosie"),
        ("bullets", [
            "Rosie is fed enough every day and her weight climbs back to at least the 9th centile.",
            "Rosie sleeps on her back in her own cot, in a flat where nobody smokes.",
            "Rosie has a clean nappy and clean clothes, and her nappy rash clears.",
            "Rosie is looked after by an adult who is not under the influence of cannabis or any drug.",
        ]),
        ("h2", "5. How we will make this plan work for Kayleigh"),
        ("p", "Kayleigh has an easy-read copy of this plan with pictures. Liam is her one contact for "
              "appointments and will text her a reminder the day before each one. Maya will go through the "
              "plan with her at home on 16/07/2025 and can come to any meeting."),
        ("h2", "6. The plan during pre-proceedings"),
        ("p", "This table is both Rosie's child protection plan and the pre-proceedings plan."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will all know"],
            "widths": [1.0, 5.2, 3.4, 3.0, 4.4],
            "rows": [
                ["1", "Visit Kayleigh, Aaron and Rosie at home, one visit each week unannounced; see Rosie "
                      "awake, watch a feed and check where she sleeps",
                 "Liam Fairbanks, SW", "Twice a week",
                 "Visit record notes Rosie's feed, nappy and sleep space each time; short easy-read note left "
                 "with Kayleigh after each visit"],
                ["2", "Weigh Rosie at home and go through the feeding chart with Kayleigh and Aaron",
                 "Bethany Kerr, HV", "Every Tuesday",
                 "Weight plotted in the red book each week; back on the 9th centile by 06/10/2025"],
                ["3", "Parenting assessment of Kayleigh and Aaron using PAMS, adapted for Kayleigh's "
                      "learning disability",
                 "Rachel Okonkwo, independent social worker", "Starts w/c 21/07/2025; report by 26/09/2025",
                 "Report sent to both parents' solicitors 5 working days before the review meeting"],
                ["4", "Cognitive assessment of Kayleigh, with advice on how she learns best",
                 "Dr Simon Hale, clinical psychologist", "Report by 22/08/2025",
                 "Report with recommendations shared with the ISW, the SW and the parents' solicitors"],
                ["5", "Practise Rosie's feeds, bath and bedtime with Kayleigh using picture cards",
                 "Leanne Moss, support worker, Frettingham Community Team for Learning Disabilities",
                 "Every Thursday",
                 "Practice checklist signed at each visit and sent to the SW monthly; Rosie's daily routine "
                 "chart filled in"],
                ["6", "Key-work and oral fluid tests with Aaron, and a written report on whether he has "
                      "stopped using cannabis and what that means for Rosie's care",
                 "Tom Ashdown, Pathway Frettingham (drug and alcohol service)",
                 "Fortnightly; report by 19/09/2025",
                 "Test results and the written report sent to the SW and Aaron's solicitor"],
                ["7", "Hair strand tests for Aaron (cannabis and cocaine, three months)",
                 "Liam Fairbanks, SW, to commission",
                 "First sample by 25/07/2025; second in w/c 22/09/2025",
                 "Lab results sent to both parents' solicitors within 5 working days of receipt"],
                ["8", "No cannabis or other drugs in the flat or while caring for Rosie; Aaron does not look "
                      "after Rosie on his own until two tests in a row are clear",
                 "Aaron Beck", "Every day from 14/07/2025",
                 "Oral fluid results (No. 6); no smell of cannabis recorded at SW and HV visits"],
                ["9", "Nursery place for Rosie three days a week, with a daily record of her feeds and "
                      "nappies",
                 "Priya Lal, manager, Little Owls Nursery", "Mon, Wed and Fri from 28/07/2025",
                 "Feed and nappy record and attendance emailed to the SW every Friday"],
                ["10", "Family group conference, so the wider family can plan how they will help Kayleigh and "
                       "Aaron care for Rosie",
                 "Sian Bell, FGC coordinator", "Held by 15/08/2025",
                 "Family plan shared with the SW, the parents and their solicitors"],
                ["11", "Viability assessment of Lorraine Beck, Aaron's mother, as a possible carer for Rosie",
                 "Marcus Dale, Kinship Team", "By 29/08/2025",
                 "Written viability report shared with the parents' solicitors and the review meeting"],
            ],
        }),
        ("h2", "7. If Rosie is not safe"),
        ("p", "If Rosie loses weight at two weekly weighs in a row or drops below the 2nd centile, is left "
              "alone with Aaron after he has used cannabis, or has any unexplained mark, the SW (or the "
              "emergency duty team) will hold a strategy discussion the same day. If Rosie cannot be kept "
              "safe at home she will be placed with approved foster carers that day and the local authority "
              "will apply to court for an interim care order. If Kayleigh and Aaron miss two HV visits in a "
              "row, the SW will visit the same day."),
        ("h2", "8. Timetable"),
        ("bullets", [
            "Core group every 4 weeks, 14:00 at Frettingham Family Centre: 29/07/2025, 26/08/2025 and "
            "23/09/2025.",
            "Pre-proceedings review meeting: 06/10/2025, 10:00, with both parents' solicitors.",
            "Second review child protection conference: 20/11/2025, 10:00, Frettingham Civic Centre.",
            "If the changes in section 4 have not been made by 06/10/2025, a legal planning meeting on "
            "08/10/2025 will decide whether the local authority issues care proceedings.",
        ]),
        ("p", "Record written by Liam Fairbanks, SW, 15/07/2025, and agreed by Dawn Ellery. Copies to both "
              "parents (easy-read copy to Kayleigh), their solicitors, Maya Ruddock and every agency named "
              "in section 6."),
    ],
    "findings": [],
})
