"""Batch 58, module n: seven fictional plans (held-out material), places beginning with "n".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: seven plans as a busy local authority team in England writes them, in
layouts and voices chosen for each (an initial conference table with the
outcome merged down, core group minutes ending in an action log, a
looked-after baby's plan as a real Word outline list, a review conference
chair's summary with typed paragraph numbers, a landscape pre-birth table
keyed to numbered worries, a plan written to an 11-year-old, a case-system
text export of labelled action blocks), with a realistic mix of faults
across the rules rather than one rule. Three plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, domestic abuse and mother's drinking; outcome column merged
#    down over each group of actions (docx, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_nimbleford_icpc_outcome_merged_da_alcohol_maddox.docx",
    "doc_title": "Initial Child Protection Plan - Kayden and Rosie Maddox",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-docx-kv-front-then-outcome-for-children-column-merged-down-what-needs-to-happen-who-when-how-we-will-know",
    "description": (
        "Initial conference plan for a 9-year-old and a 3-year-old (domestic abuse by their father, "
        "mother's drinking and anxiety; maternal grandmother collects from nursery and supervises the "
        "father's contact). Five-column table with the outcome merged down over three groups of rows. "
        "Faults: a speech referral 'as soon as possible' and a group place 'as and when' (T002), "
        "'Family network' as owner (W002), an empty measure (M001), 'engagement' as the only measure "
        "(M002), Talking Therapies only counselling (H001), one outcome only about the mother (F002), "
        "and a contingency that relies on the grandmother with no fallback if she cannot help (C003)."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nimbleford Borough Council – Children's Services – Safeguarding Locality Team (East)"),
        ("kv", [
            ("Children", "Kayden Maddox (9), Year 5, St Wilfrid's CE Primary; Rosie Maddox (3), Bluebell "
                         "Nursery"),
            ("Mother", "Shannon Maddox (30), 14 Harrow Close, Nimbleford – the children live with her"),
            ("Father", "Lee Maddox (34), Flat 3, 61 Canal Street, Nimbleford. On police bail not to contact "
                       "Shannon or go to Harrow Close."),
            ("Maternal grandmother", "Pauline Hurst, 22 Mill Lane, Nimbleford"),
            ("Conference", "Initial child protection conference, Tuesday 07/10/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Hollie Dunne"),
            ("Team manager", "Craig Bennion"),
            ("Chair", "Anita Searle, Independent Reviewing Officer"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 14/09/2025 Lee assaulted Shannon in the kitchen at Harrow Close while both children were at "
              "home. Kayden rang 999. This was the fifth domestic abuse incident reported to police since "
              "2022. Officers found Shannon had been drinking; on 27/09/2025 police were called again by a "
              "neighbour and found her intoxicated and alone with Rosie, who was asleep on the sofa at "
              "11pm. Shannon told conference she drinks a bottle of wine most nights \"to calm my nerves\" "
              "and that she has had anxiety since she was a teenager."),
        ("p", "Kayden's attendance is 88% and he has been in two fights at school this term. Rosie has very "
              "few words for her age and the nursery is worried about her speech."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon has kept the children away from Lee since the assault and supported the police "
            "investigation.",
            "Pauline sees the children every day and the children are close to her.",
            "Shannon went to the Recovery Hub drop-in on 01/10/2025 on her own.",
        ]),
        ("h1", "What Kayden and Rosie have told us and what we have seen"),
        ("p", "Kayden (with Hollie at school, 02/10/2025): \"I rang the police because Dad was hurting Mum and "
              "Rosie was screaming. I'm not allowed to tell anyone about Dad.\" He said he misses his dad "
              "but does not want him to live at home again \"unless he stops shouting\". He worries about "
              "his mum \"when she has her wine and falls asleep\". He likes football and wants to go to "
              "his nan's more."),
        ("p", "Rosie was seen at home on 30/09/2025. She stayed close to Shannon, flinched when a door "
              "banged, and brought Hollie her toy dog again and again. At nursery she plays on her own and "
              "points rather than asking for things."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for Kayden and Rosie", "What needs to happen", "Who", "When",
                       "How we will know"],
            "widths": [3.2, 5.0, 3.0, 2.4, 3.4],
            "rows": [
                ["Kayden and Rosie live in a home where there is no violence and they are not frightened.",
                 "Safety planning with Shannon, including what she will do if Lee turns up while the "
                 "children are at home",
                 "Sinead Kerr, IDVA, Nimbleford Women's Aid",
                 "Weekly for 8 weeks from 13/10/2025",
                 "Written safety plan on file; Shannon can talk Hollie through it at a home visit"],
                [V,
                 "Put a domestic abuse marker on 14 Harrow Close so any 999 call is treated as a priority",
                 "PC Raj Gill, Nimbleford Police Domestic Abuse Unit",
                 "By 14/10/2025",
                 "Marker confirmed to the SW by email"],
                [V,
                 "Attend the Changing Paths domestic abuse perpetrator programme",
                 "Lee Maddox",
                 "Weekly for 26 weeks from 04/11/2025",
                 "Attendance register and the facilitator's mid-point report to the SW"],
                [V,
                 "Tell the SW the same day if Lee comes to the house or tries to contact Shannon",
                 "Family network",
                 "Same day",
                 "Each report logged on the children's file by the SW"],
                ["Shannon will cut down her drinking and feel less anxious.",
                 "Alcohol assessment with Shannon, then weekly key-work; a written report on whether her "
                 "drinking is changing and what that means for her care of Kayden and Rosie",
                 "Dan Okoro, keyworker, Nimbleford Recovery Hub",
                 "Assessment by 24/10/2025; report before each core group",
                 "Report and breath test readings sent to the SW before each core group"],
                [V,
                 "Not drink any alcohol while she is looking after Kayden and Rosie, and take a breath test "
                 "at every SW visit",
                 "Shannon Maddox",
                 "At every SW visit",
                 "Reading written on the visit record; every reading 0.00"],
                [V,
                 "Review Shannon's sleeping tablets and arrange liver function blood tests",
                 "Dr Farah Mirza, Oakfield Surgery",
                 "By 31/10/2025",
                 "GP letter to the SW with the blood results and any change to her prescription"],
                [V,
                 "Six sessions of counselling for Shannon's anxiety",
                 "Mel Ahmed, Nimbleford Talking Therapies",
                 "Fortnightly from 20/10/2025",
                 "Attendance letter sent to the SW after the sixth session"],
                ["Kayden and Rosie go to school and nursery every day, their speech, health and feelings are "
                 "looked after, and they can tell someone how things are at home.",
                 "Collect Rosie from Bluebell Nursery and give her tea until Shannon finishes work",
                 "Pauline Hurst (maternal grandmother)",
                 "Monday to Thursday each week",
                 "Nursery collection book signed by Pauline; checked by the FSW monthly"],
                [V,
                 "Supervise Lee's contact with Kayden and Rosie at her house",
                 "Pauline Hurst",
                 "Every Saturday, 10am to 12 noon",
                 "Contact sheet signed by Pauline after each contact; the SW reads the sheets fortnightly"],
                [V,
                 "Meet Kayden each week with the learning mentor to talk about how he is feeling at home "
                 "and in school",
                 "Mr Ben Achebe, DSL, St Wilfrid's CE Primary",
                 "Every Wednesday in term time",
                 "Kayden's engagement with the sessions"],
                [V,
                 "Visit the children at home, see each of them on their own and write down what they say",
                 "SW Hollie Dunne",
                 "Every 2 weeks, with at least one unannounced visit each month",
                 "Visit records include each child's own words and where they sleep"],
                [V,
                 "Refer Rosie to the speech and language therapy service for an assessment of her speech",
                 "HV Gemma Price",
                 "As soon as possible",
                 "Referral accepted letter copied to the SW"],
                [V,
                 "Offer Kayden a place in the Young Voices group for children who have lived with domestic "
                 "abuse",
                 "Amy Lowe, children's worker, Nimbleford Women's Aid",
                 "As and when a place comes up",
                 "Kayden's attendance and his end-of-group feedback sheet"],
                [V,
                 "Book Rosie into the Little Steps talking group at Nimbleford Children's Centre",
                 "FSW Kerry Wynne",
                 "By 31/10/2025",
                 ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lee comes to the family home, or there is any further incident of domestic abuse, Shannon "
              "will ring 999 and the police will attend as a priority. The SW, or the Emergency Duty Team "
              "out of hours, will hold a strategy discussion the same day, and Kayden and Rosie will stay at "
              "their nan Pauline Hurst's house at 22 Mill Lane until it has taken place."),
        ("p", "If Shannon is found to have been drinking while she is looking after the children, Pauline "
              "will collect Kayden and Rosie and they will stay with her that night; the SW will visit "
              "Harrow Close the next morning."),
        ("p", "If there is one more domestic abuse incident, or Shannon is found drinking while caring for the "
              "children on two more occasions before the review conference, the SW will ask the team "
              "manager for a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks at Nimbleford Family Hub, 10am: Tuesday 21/10/2025, "
              "Tuesday 18/11/2025 and Tuesday 16/12/2025."),
        ("p", "Review child protection conference: Tuesday 06/01/2026, 10am, Nimbleford Civic Offices."),
        ("p", "Plan sent to Shannon, Lee (the parts about him and the children only), Pauline and every agency "
              "on 08/10/2025 by Hollie Dunne, SW."),
    ],
    "findings": [
        F("T002", "Refer Rosie to the speech and language therapy service"),
        F("T002", "Offer Kayden a place in the Young Voices group"),
        F("W002", "if Lee comes to the house or tries to contact"),
        F("M001", "Book Rosie into the Little Steps talking group"),
        F("M002", "Meet Kayden each week with the learning mentor"),
        F("H001", "Six sessions of counselling for Shannon's anxiety"),
        F("F002", "Shannon will cut down her drinking and feel less anxious."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group 3 minutes, family about to move to another local authority;
#    numbered minutes, then a one-line-per-action log (txt, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_nutherby_core_group_minutes_transfer_action_log_fairweather.txt",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-minutes-txt-caps-title-numbered-minutes-agency-updates-views-outcomes-transfer-contingency-next-meeting-then-action-log-one-line-per-action-lead-by-evidence-fields",
    "description": (
        "Third core group minutes for a 7-year-old and a 2-year-old (neglect, mother's cannabis use) a "
        "fortnight before the family move to another local authority. Numbered minutes then an action "
        "log, one line per action with Lead / By / Evidence fields. Faults: the parenting assessment "
        "left to the receiving authority and the toddler's developmental review put on hold until the "
        "move (X001), a lead of '-' (W001), no date for the parenting group (T001), 'to be monitored' and "
        "'improvement' as the only evidence (M002), a contingency of 'further concerns' and a review "
        "(C002), and no next core group or review conference date (R001)."
    ),
    "text": """\
NUTHERBY METROPOLITAN BOROUGH COUNCIL
CHILDREN AND FAMILIES SERVICE - FAMILY SAFEGUARDING TEAM 2

CORE GROUP MEETING - MINUTES AND ACTION LOG

Children:        Tia-Mae FAIRWEATHER (7)  DOB 03/04/2018
                 Alfie FAIRWEATHER (2)    DOB 19/08/2023
Address:         27 Kestrel Walk, Nutherby (moving 01/12/2025)
Plan since:      ICPC 02/09/2025 - category NEGLECT
Meeting:         Core group 3, Thursday 13/11/2025, 2.00pm, Hollins Lane Children's Centre
Chair:           Kate Bray, social worker (KB)
Minutes:         Ravinder Gill, business support

PRESENT: Chelsea Fairweather, mum (CF); Ryan Cole, mum's partner (RC); Kate Bray, SW (KB);
Nadia Qureshi, HV (NQ); Sarah Quayle, DSL, Hollins Lane Primary (SQ); Lucy Tran, keyworker,
Inroads substance misuse service (LT); Beth Carr, manager, Little Owls Nursery (BC).
APOLOGIES: Deborah Ince, team manager.

1. INTRODUCTIONS AND PURPOSE
KB welcomed everyone and explained that this is the last core group before the family's move
to Castlemoor. The minutes of core group 2 (16/10/2025) were agreed.

2. FAMILY UPDATE
CF said things have been "a lot calmer". She has been offered a two-bedroom house by Castlemoor
Housing Association at 9 Weaver Road, Castlemoor, near her sister, and the family move on
01/12/2025. RC said he has cleared the back garden and fitted a new stair gate. CF said she is
still smoking cannabis "in the evenings, after the kids are in bed".

3. AGENCY UPDATES
3.1 School (SQ): Tia-Mae's attendance is 91% this half-term, up from 82%. She was late four times,
all on Mondays. She arrived without a coat twice and has nits again.
3.2 Health visiting (NQ): Alfie's weight is on the 25th centile. His developmental review was
due in October and has not yet been done; he is saying about 15 words.
3.3 Inroads (LT): CF has attended 4 of 6 appointments. Two urine screens in October were
positive for cannabis. CF says she has cut down from daily to "three or four nights a week".
3.4 Nursery (BC): Alfie has been offered 15 funded hours from 17/11/2025.
3.5 Social care (KB): Two home visits since core group 2, one unannounced. The kitchen was
cleaner; on 06/11/2025 there was a smell of cannabis in the living room at 4pm and Alfie was
in a dirty nappy.

4. THE CHILDREN'S VIEWS
KB saw Tia-Mae on her own at school on 10/11/2025. She said: "I like it when Ryan does my packed
lunch because he puts a treat in." She said the living room "smells funny" sometimes and it
makes her feel sick, and that she is "a bit scared" about the new school because she won't know
anyone. She said she would like her own bedroom "with a lock so Alfie can't get my stuff".
Alfie was seen at home on 06/11/2025: he toddled to KB to show her his cars, and cried when CF
left the room, settling quickly when she came back and picked him up.

5. OUTCOMES OF THE PLAN (agreed at the ICPC)
- Tia-Mae gets to school every day, on time, clean and dressed for the weather.
- Alfie is clean, changed and fed, and his development is checked and supported.
- The children are looked after by adults who are not under the influence of cannabis.
- The home is clean and safe, with a stair gate and locks on the cupboards where cleaning
  products are kept.

6. TRANSFER AND PROGRESS
KB will ask Castlemoor Children's Services for a transfer-in conference. The chair reminded the
group that the plan stays with Nutherby until Castlemoor hold that conference. If CF's screens
are still positive for cannabis at the transfer-in conference, or Tia-Mae's attendance drops
below 85% again, KB will request a legal planning meeting with Nutherby legal services.

7. CONTINGENCY
If there are any further concerns about the children's care, KB will discuss them with her
manager and the core group will be reconvened to review the plan.

8. NEXT MEETING
Next core group to be arranged by Castlemoor once the family have moved.
Review child protection conference: date to be confirmed.

ACTION LOG
A1. Tia-Mae and Alfie to be seen at home every two weeks, with Tia-Mae seen on her own for part of each visit. Lead: Kate Bray (SW). By: every 2 weeks until the transfer-in conference. Evidence: visit notes on the case record with Tia-Mae's own words.
A2. Parenting assessment of Chelsea and Ryan to be started by Castlemoor once the case has transferred. Lead: Castlemoor Children's Services. By: after transfer. Evidence: assessment report.
A3. Alfie's 27-month developmental review put on hold until the family are registered with Castlemoor health visiting. Lead: Nadia Qureshi (HV). By: after the move. Evidence: ASQ-3 scores sent to Castlemoor HV.
A4. Drug key-work with Chelsea every fortnight, with a urine screen at each session and a written update before each core group on her cannabis use and how it affects her care of Tia-Mae and Alfie. Lead: Lucy Tran (Inroads). By: fortnightly; update before each core group. Evidence: screen results and written update sent to KB.
A5. Home conditions to be checked at each visit, including the stair gate, the kitchen cupboard locks and the children's beds. Lead: -. By: each visit. Evidence: home conditions checklist signed and scanned to the file.
A6. Tia-Mae's attendance and punctuality to be checked each morning, with a call to Chelsea by 9.30am if she is not in. Lead: Sarah Quayle (DSL). By: daily. Evidence: attendance to be monitored.
A7. Chelsea and Ryan to attend the Solihull Approach parenting group at Hollins Lane Children's Centre. Lead: Chelsea and Ryan. By: -. Evidence: certificate of attendance and the group leader's notes.
A8. Alfie to take up his 15 funded hours at Little Owls Nursery, with the nursery feeding back to KB on how he presents. Lead: Beth Carr (Little Owls). By: from 17/11/2025. Evidence: improvement in Alfie's presentation.
A9. Transfer-in request and full chronology to be sent to Castlemoor Children's Services. Lead: Kate Bray (SW). By: within 5 working days of the family's move. Evidence: Castlemoor's receipt email on file.
A10. Chelsea to register herself, Tia-Mae and Alfie with a GP practice in Castlemoor. Lead: Chelsea. By: within 2 weeks of the move. Evidence: registration confirmed to KB by the new practice.

Minutes and action log circulated by KB on 14/11/2025.
""",
    "findings": [
        F("X001", "to be started by Castlemoor once the case has transferred"),
        F("X001", "Alfie's 27-month developmental review put on hold until"),
        F("W001", "including the stair gate, the kitchen cupboard locks"),
        F("M002", "with a call to Chelsea by 9.30am if she"),
        F("T001", "Solihull Approach parenting group at Hollins Lane Children's Centre"),
        F("M002", "take up his 15 funded hours at Little Owls"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Looked-after baby on a children's ward: plan as a real Word outline list
#    (1 / 1.1), one sentence per action (docx, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_nollingford_lac_baby_ward_outline_list_brennan.docx",
    "doc_title": "Child Protection Plan (Looked After) - Ellie-Rose Brennan",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-lac-baby-on-childrens-ward-docx-kv-legal-status-then-numbered-outline-list-themes-1-to-4-with-1-1-action-sentences-contingency-meetings-paragraphs",
    "description": (
        "Initial conference plan for a 5-month-old accommodated under section 20 and still on a "
        "children's ward with an unexplained fracture; mother's postnatal depression is recorded. The "
        "plan is one Word outline list, four bold themes with one-sentence actions under each. Faults: "
        "nobody is set to visit the baby on the ward (L001), no adult service owns an action though the "
        "mother's depression is recorded (F004), discharge liaison 'as and when' (T002), a police "
        "interview with no stated output (M001), records 'will be requested' by nobody (W001), and no "
        "legal planning if things do not progress (R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Looked After Child"),
        ("p", "Nollingford City Council · Children's Social Care · Assessment and Intervention Team 4"),
        ("kv", [
            ("Child", "Ellie-Rose Brennan, born 12/06/2025 (5 months)"),
            ("Where she is now", "Puffin Ward (children's ward), Nollingford Royal Infirmary, since "
                                 "28/10/2025"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 30/10/2025, with "
                             "the written agreement of both parents. On discharge she will go to foster "
                             "carers."),
            ("Mother", "Danielle Brennan (22)"),
            ("Father", "Kieran Brennan (25)"),
            ("Home address", "5 Sorrel Close, Nollingford"),
            ("Conference", "Initial child protection conference, Tuesday 11/11/2025, Puffin Ward seminar "
                           "room"),
            ("Category", "Physical abuse"),
            ("Social worker", "Amira Said"),
            ("Independent reviewing officer", "Graham Thorne"),
        ]),
        ("h1", "Reason for the plan"),
        ("p", "Ellie-Rose was brought to the Emergency Department by both parents on 28/10/2025 because she "
              "would not move her left arm. X-rays showed a spiral fracture of the left upper arm. Neither "
              "parent has been able to say how it happened. The skeletal survey found no other fractures. "
              "The consultant paediatrician's opinion is that the injury is very unlikely to have been "
              "caused by a 5-month-old baby's own movements."),
        ("p", "Danielle was diagnosed with postnatal depression by her GP in August 2025 and takes "
              "sertraline. She told conference she has been \"struggling for months\" and is waiting for "
              "an appointment with the perinatal mental health team. Kieran works long shifts at a "
              "distribution centre. Police are investigating."),
        ("h1", "Ellie-Rose's day on the ward"),
        ("p", "Ellie-Rose's arm is in a collar and cuff. The nurses say she is a smiley baby who feeds well "
              "from a bottle, takes 180 ml every four hours and sleeps in long stretches. She tenses and "
              "cries when she is lifted on her left side. She turns towards Danielle's voice and reaches "
              "for Kieran's face; she settles quickest when a nurse sings to her and rocks her."),
        ("h1", "What we want for Ellie-Rose"),
        ("bullets", [
            "Ellie-Rose's arm heals and she is kept safe from any further injury.",
            "Ellie-Rose leaves hospital to carers who know her routine, and keeps gaining weight.",
            "Ellie-Rose keeps her bond with her mum and dad through family time that is safe for her.",
            "The people caring for Ellie-Rose in future are people who can keep her safe.",
        ]),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Ellie-Rose's health and recovery"),
            (1, "Dr Anil Mehta, consultant paediatrician, will arrange the repeat skeletal survey 14 days after "
                "admission and send the report to the SW and the police by 14/11/2025."),
            (1, "Puffin Ward nursing staff will record Ellie-Rose's feeds, weight, sleep and how she responds "
                "to handling every day while she is on the ward, and email a summary to the SW each Friday."),
            (1, "Amira Said (SW) will liaise with Puffin Ward about discharge to a foster placement as and when "
                "the medical team say she is fit to leave, and share the discharge plan with every agency."),
            (0, "Family time and a foster home"),
            (1, "Danielle and Kieran will see Ellie-Rose on the ward only with a nurse present, and the ward "
                "will log each visit and tell the SW the same day about any concern."),
            (1, "Gill Rowe, Nollingford Fostering Service, will find foster carers who live within 30 minutes "
                "of the hospital before Ellie-Rose is medically fit, and confirm the placement to the SW in "
                "writing."),
            (0, "Finding out what happened"),
            (1, "DC Mark Ellison, Child Abuse Investigation Unit, will interview Danielle and Kieran under "
                "caution by 21/11/2025."),
            (1, "Ellie-Rose's GP and health visiting records will be requested and added to the chronology by "
                "14/11/2025."),
            (1, "Karen Wilde, Nollingford Assessment Team, will complete a parenting assessment of Danielle "
                "and Kieran, including how they explain the injury, and send the report to the SW and the "
                "review conference by 16/01/2026."),
            (0, "Ellie-Rose's wider family"),
            (1, "Sue Patel, Kinship Team, will complete a viability assessment of Carol Brennan (paternal "
                "grandmother) as a possible connected carer and send the report to the SW by 28/11/2025."),
        ]),
        ("h1", "Contingency"),
        ("p", "If either parent comes onto the ward under the influence of alcohol or drugs, becomes "
              "aggressive, or tries to take Ellie-Rose off the ward, the nurse in charge will call hospital "
              "security and the police on 999; family time will stop and the SW, or the Emergency Duty Team "
              "out of hours, will hold a strategy discussion the same day."),
        ("p", "If no foster carers have been found by the time Ellie-Rose is medically fit, she will stay on "
              "Puffin Ward until a placement is confirmed; she will not go home."),
        ("h1", "Core group and reviews"),
        ("p", "Core group every 3 weeks: Tuesday 25/11/2025, Tuesday 16/12/2025 and Tuesday 13/01/2026, "
              "2pm, Puffin Ward seminar room (or the foster carers' local family centre once she is "
              "discharged)."),
        ("p", "First looked after child review: Thursday 27/11/2025, chaired by Graham Thorne."),
        ("p", "Review child protection conference: Tuesday 03/02/2026, 10am, Nollingford Civic Centre."),
    ],
    "findings": [
        F("L001"),
        F("F004"),
        F("T002", "liaise with Puffin Ward about discharge to a foster placement"),
        F("M001", "will interview Danielle and Kieran under caution by 21/11/2025"),
        F("W001", "GP and health visiting records will be requested and added"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. RCPC chair's summary with typed paragraph numbers; a plan built around
#    the mother's bipolar disorder (pdf, header and footer, faults)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_nordlebury_rcpc_chairs_summary_typed_paras_quinn.pdf",
    "doc_title": "Review Child Protection Conference - Chair's Summary and Plan - Kyle Quinn",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-chairs-summary-paged-kv-then-numbered-sections-attendance-progress-agency-reports-decision-then-section-4-typed-4-1-to-4-10-one-sentence-actions-then-core-group-and-review",
    "description": (
        "Review conference chair's summary for an 8-year-old whose mother has bipolar disorder and was "
        "admitted to hospital in the autumn. Numbered sections, the plan as typed paragraphs 4.1 to 4.10. "
        "Faults: eight of ten actions are about the mother's own health, housing and money (F001), no "
        "outcome for Kyle (O001), nothing of his wishes, feelings or daily life (F003), no contingency "
        "(C001) and no legal step (R002); the CMHT only supports (H001), debt advice with no timescale "
        "(T001), SW support 'as and when' with no measure (T002, M001), a walking group with no measure "
        "(M001), and 'all professionals' as owner (W002). Header and page footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE · Nordlebury County Council · Safeguarding and Quality Assurance",
    "footer": "RCPC chair's summary – Kyle Quinn – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Review Child Protection Conference"),
        ("p", "Chair's summary, decision and child protection plan"),
        ("kv", [
            ("Child", "Kyle Quinn, born 21/05/2017 (8), Nordlebury Junior School"),
            ("Parent", "Joanne Quinn (35), mother. Kyle's father is not known to services."),
            ("Address", "Flat 8, Brierley House, Station Road, Nordlebury"),
            ("Conference", "Review child protection conference 1, Tuesday 02/12/2025, 10am, County Hall"),
            ("Initial conference", "09/09/2025"),
            ("Chair", "Martin Greaves, Child Protection Chair"),
            ("Social worker", "Helen Marsh, Family Safeguarding Team West"),
            ("Category", "Neglect"),
        ]),
        ("h1", "1. Attendance"),
        ("p", "Joanne Quinn (mother); Helen Marsh (SW); Phil Hammond (care coordinator, Nordlebury CMHT); "
              "Mrs Dawn Pike (DSL, Nordlebury Junior School); Sam Nwosu (housing officer, Nordlebury Homes); "
              "Martin Greaves (chair). Dr Ruth Akinola (GP) sent a report. Minutes: Carol Tate."),
        ("h1", "2. Progress since the initial conference"),
        ("p", "Joanne has a diagnosis of bipolar affective disorder. In August 2025 she stopped taking her "
              "lithium and became unwell, and she was admitted to Linden Ward at Nordlebury Hospital for "
              "three weeks. Kyle was accommodated with foster carers under section 20 during that time and "
              "returned home on 06/10/2025."),
        ("p", "Since discharge Joanne has been taking her medication and her last two lithium levels were in "
              "range. She has rent arrears of about £1,400 and a letter from the bailiffs. She says the flat "
              "on the fourth floor makes her feel \"trapped\" and she would like to move."),
        ("h1", "3. Agency reports"),
        ("p", "CMHT: Joanne has been seen fortnightly by Phil Hammond since discharge and is described as "
              "settled. School: attendance this term is 89%; Kyle has been late on six mornings. GP: "
              "Joanne's thyroid function is being checked because of the lithium. Housing: Joanne is "
              "eligible to apply for a transfer on medical grounds."),
        ("h1", "4. Decision and plan"),
        ("p", "Conference agreed that Kyle should remain subject to a child protection plan under the "
              "category of neglect. The plan is:"),
        ("pi", "4.1  Phil Hammond, care coordinator at Nordlebury CMHT, will continue to visit Joanne "
               "fortnightly to support her with her mood and her medication, recording each visit on the "
               "CMHT record."),
        ("pi", "4.2  Joanne will take her lithium as prescribed and have her lithium levels checked at "
               "Nordlebury Medical Centre every 4 weeks, with the results sent to the SW by the practice "
               "nurse."),
        ("pi", "4.3  Dr Ruth Akinola (GP) will review Joanne's lithium and thyroid results every 3 months and "
               "write to the SW after each review."),
        ("pi", "4.4  Sam Nwosu, housing officer at Nordlebury Homes, will submit Joanne's application for a "
               "move to a ground-floor flat by 30/01/2026 and send Joanne a copy of the confirmation "
               "letter."),
        ("pi", "4.5  Joanne will go to the Money Matters debt advice service and agree a repayment plan with "
               "her adviser."),
        ("pi", "4.6  Helen Marsh (SW) will support Joanne to get to her appointments as and when she needs "
               "help."),
        ("pi", "4.7  Joanne will attend the Wellbeing Walk group at Nordlebury Leisure Centre on Tuesday "
               "mornings."),
        ("pi", "4.8  All professionals will tell the SW within one working day about any concerns about "
               "Joanne's mental health, so that they are logged on the case file."),
        ("pi", "4.9  Mrs Dawn Pike (DSL, Nordlebury Junior School) will ring the SW the same day if Kyle is "
               "absent or late, and send the SW his attendance figures every Friday."),
        ("pi", "4.10  Helen Marsh (SW) will visit the home every 2 weeks, see Kyle, and record home conditions "
               "and Joanne's presentation on the visit record."),
        ("h1", "5. Core group and review"),
        ("p", "The core group will meet every 6 weeks at Nordlebury Family Centre: Tuesday 13/01/2026 and "
              "Tuesday 24/02/2026, 1.30pm."),
        ("p", "The next review child protection conference will be on Tuesday 24/03/2026 at 10am, County "
              "Hall."),
        ("p", "Summary written by Martin Greaves, Chair, 03/12/2025, and sent to Joanne and to each agency "
              "that attended."),
    ],
    "findings": [
        F("F001"),
        F("O001"),
        F("F003"),
        F("C001"),
        F("R002"),
        F("H001", "continue to visit Joanne fortnightly to support her with her mood"),
        F("T001", "go to the Money Matters debt advice service"),
        F("T002", "support Joanne to get to her appointments as and when"),
        F("M001", "support Joanne to get to her appointments as and when"),
        F("M001", "attend the Wellbeing Walk group at Nordlebury Leisure Centre"),
        F("W002", "tell the SW within one working day about any concerns"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan, landscape table keyed to numbered worries (W1-W4);
#    header and page footer (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_nessingham_prebirth_worry_keyed_landscape_table_hartigan.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Hartigan-Pike",
    "split": "heldout",
    "actions": 12,
    "template": "prebirth-icpc-plan-paged-landscape-kv-numbered-worries-w1-w4-babys-world-outcomes-then-no-worry-it-answers-what-will-happen-lead-starts-finishes-what-well-see-table-then-contingency-meetings",
    "description": (
        "Pre-birth conference plan for an unborn baby whose mother (19, a care leaver) has a history of "
        "depression and self-harm under the perinatal team and whose father uses cannabis. Landscape "
        "table of 12 actions, each keyed to the numbered worries it answers, with 'Starts / finishes' and "
        "'What we'll see' columns. The perinatal team and the drug service both report on change, the "
        "paternal grandmother's first fortnight has a fallback (a mother-and-baby placement), dates and "
        "a legal gateway step are set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Nessingham City Council · Children's Social Care",
    "footer": "Pre-birth child protection plan – Baby Hartigan-Pike – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Hartigan-Pike, due 14/02/2026 (a girl; her parents plan to call her Marnie)"),
            ("Mother", "Aoife Hartigan (19), care leaver, Flat 2, 40 Tanner Street, Nessingham"),
            ("Father", "Jordan Pike (21), lives with Aoife"),
            ("Paternal grandmother", "Tracey Pike, 7 Linnet Drive, Nessingham"),
            ("Conference", "Pre-birth initial child protection conference, Wednesday 26/11/2025"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Ben Carmody, Early Help and Safeguarding Team 1"),
            ("Chair", "Lesley Ward, Child Protection Chair"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "W1 – Aoife's mental health after the birth. Aoife was in foster care from 11 to 18. She has "
              "had depression since she was 14 and self-harmed (cutting) until May 2025. She has been seen "
              "by the perinatal mental health team since 20 weeks and takes an antidepressant."),
        ("p", "W2 – Jordan's cannabis use. Jordan says he smokes cannabis most evenings \"to sleep\". Police "
              "found him with cannabis in July 2025. He has said he will stop before the baby is born."),
        ("p", "W3 – The baby's home and routines. The flat has one bedroom, no cot yet and a damp wall in the "
              "bedroom. Neither parent has cared for a baby before."),
        ("p", "W4 – Support around the family. Aoife has no contact with her own family. Jordan's mother, "
              "Tracey, is the only relative nearby."),
        ("h1", "What is working well"),
        ("p", "Aoife has been to every antenatal appointment since 16 weeks. Both parents came to conference "
              "and said they want to work with the plan. Tracey has offered to have Aoife, Jordan and the "
              "baby stay with her for the first two weeks. Aoife's personal adviser has known her for three "
              "years and she trusts him."),
        ("h1", "The baby's world"),
        ("p", "The baby cannot yet tell us anything, so this is what we know of her world now and what it "
              "will be like for her. At the 20-week scan she was growing well. Aoife says the baby kicks "
              "\"like mad\" when Jordan plays music and goes quiet when Aoife has a bath; she talks to her "
              "bump every night. Jordan has started painting the bedroom. When she is born the baby will "
              "depend on her parents for everything: to be fed every three hours, kept warm and put down "
              "to sleep safely, and to be held and soothed by someone who is calm and awake."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby comes home to a warm, smoke-free flat with her own cot in her parents' room.",
            "The baby is fed, changed and soothed on time, day and night, and grows along her centile.",
            "The baby is cared for at all times by a parent who is well enough and not under the influence "
            "of cannabis.",
            "The baby is seen regularly by her health visitor, family nurse and social worker, and her "
            "checks and immunisations happen on time.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Worry it answers", "What will happen", "Lead (name and agency)",
                       "Starts / finishes", "What we'll see"],
            "widths": [1.1, 2.0, 7.4, 4.4, 4.8, 6.0],
            "rows": [
                ["1", "W1, W3",
                 "Antenatal appointments with Aoife, including growth scans and a check on her mood at each "
                 "appointment",
                 "Carla Dunmore, safeguarding midwife, Nessingham General Hospital",
                 "Fortnightly from 01/12/2025 to 36 weeks, then weekly until the birth",
                 "Attendance list and scan results emailed to the SW after each appointment"],
                ["2", "W1",
                 "See Aoife at home; assess her mood, her risk of self-harm and her capacity to care for the "
                 "baby after the birth, and report on whether she is making the changes needed and how long "
                 "they are likely to take",
                 "Rachel Osei, CPN, Perinatal Mental Health Team",
                 "Fortnightly from 03/12/2025; written report by 28/01/2026",
                 "Report shared with the SW and read at the core group on 04/02/2026"],
                ["3", "W2",
                 "Cannabis assessment for Jordan, a urine screen every month, and a written update on "
                 "whether he has stopped and what that means for his care of the baby",
                 "Tom Reilly, keyworker, Nessingham Drug and Alcohol Service",
                 "Assessment by 19/12/2025; screens monthly until the review conference",
                 "Screen results and update sent to the SW before each core group; every screen negative "
                 "from January"],
                ["4", "W1, W2, W3",
                 "Pre-birth parenting assessment of Aoife and Jordan, including a family network meeting "
                 "with Tracey",
                 "Ben Carmody, SW",
                 "By 30/01/2026",
                 "Assessment report shared with Aoife, Jordan and the core group, with a clear "
                 "recommendation for the baby's care after birth"],
                ["5", "W3",
                 "Set up a cot with a new mattress in the parents' bedroom and keep the flat smoke-free "
                 "inside",
                 "Aoife Hartigan and Jordan Pike",
                 "By 36 weeks (24/01/2026)",
                 "SW sees the cot set up, and no smell or sign of smoking indoors, at the home visit that "
                 "week"],
                ["6", "W3",
                 "Safe sleep and ICON (coping with crying) session with both parents at home",
                 "Lauren Fitch, health visitor",
                 "By 36 weeks (24/01/2026)",
                 "Safe sleep and ICON checklist signed by both parents and copied to the SW"],
                ["7", "W1, W3",
                 "Family Nurse home visits to Aoife to prepare for the birth and, after it, to help with "
                 "feeding, bonding and routines",
                 "Sophie Grant, Family Nurse, Nessingham Family Nurse Partnership",
                 "Weekly from 01/12/2025 until the baby is 6 weeks old",
                 "FNP visit records, and a short letter to each core group on how Aoife is caring for the "
                 "baby"],
                ["8", "W3, W4",
                 "Claim the Sure Start Maternity Grant with Aoife and buy the essentials on the HV's list "
                 "(car seat, bottles, steriliser, clothes, blankets)",
                 "Imran Shah, personal adviser, Nessingham Leaving Care Team",
                 "Grant claimed by 19/12/2025; items bought by 24/01/2026",
                 "Award letter and receipts seen by the SW; the baby's bag packed by 36 weeks"],
                ["9", "W1, W3",
                 "After the birth, the baby stays on the ward until the discharge planning meeting; "
                 "midwives record how each parent feeds, handles and settles her",
                 "Shona McBride, ward manager, Rowan Ward (maternity)",
                 "From birth until discharge",
                 "Observations in the maternity notes, sent to the SW before the discharge meeting"],
                ["10", "W1, W2, W3, W4",
                 "Discharge planning meeting on Rowan Ward with both parents, Tracey, the midwife, HV, FN "
                 "and CPN",
                 "Ben Carmody, SW",
                 "Before discharge from Rowan Ward",
                 "Written discharge plan sent to the parents and every agency on the day of the meeting"],
                ["11", "W3, W4",
                 "Aoife, Jordan and the baby stay at Tracey's house; Tracey is in the house every night and "
                 "helps with the night feeds",
                 "Tracey Pike (paternal grandmother)",
                 "Every night for the first 14 nights after discharge",
                 "Night feed diary kept by Tracey and checked by the SW at each visit"],
                ["12", "W1, W2, W3",
                 "Visit the baby at home, see her awake, see where she sleeps, and talk with each parent on "
                 "their own",
                 "Ben Carmody, SW",
                 "Weekly for the first 8 weeks after the birth, then fortnightly until the review conference",
                 "Visit records say where the baby slept, how she was fed and what each parent said"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Aoife self-harms, or tells anyone she has thoughts of harming herself or the baby, the "
            "professional who hears it will ring the SW (or the Emergency Duty Team) at once; the baby will "
            "be cared for by Jordan at Tracey's house, or stay on Rowan Ward if she has not yet gone home, "
            "and the SW will hold a strategy discussion the same day.",
            "If Jordan has a positive screen after January, or is found under the influence of cannabis "
            "while caring for the baby, he will leave the home that day and may only see the baby with "
            "Tracey or Aoife present until a strategy discussion has agreed what happens next.",
            "If Tracey cannot have the family for the first 14 nights (for example if she is ill), the baby "
            "will not be discharged home; Aoife and the baby will go together to the Rosehill "
            "mother-and-baby foster placement, which the Fostering Service (Jan Mears) has already "
            "identified.",
            "If by 36 weeks the parenting assessment says the baby cannot safely go home, or Jordan's "
            "screens are still positive, the SW will request a legal gateway meeting so that the PLO "
            "pre-proceedings process starts before the birth.",
        ]),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks, Wednesdays at 1pm, Nessingham Family Hub: 10/12/2025, 07/01/2026 and "
              "04/02/2026 (on the ward or at Tracey's if the baby has arrived)."),
        ("p", "Review child protection conference: Wednesday 25/02/2026, 10am, Nessingham Civic Centre."),
        ("p", "Plan written by Ben Carmody, SW, 27/11/2025, and read through with Aoife and Jordan at home "
              "on 28/11/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Plan written to an 11-year-old, second person, "who will do what" table
#    (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_narrowdale_plan_written_to_tobi_second_person_adeyemi.md",
    "split": "heldout",
    "actions": 8,
    "template": "child-own-cp-plan-md-written-to-the-child-second-person-why-what-you-told-us-going-well-what-we-want-for-you-then-what-will-happen-who-when-hows-it-working-table-if-something-goes-wrong-meetings-words-you-might-hear",
    "description": (
        "Child protection plan written to an 11-year-old boy after his parents punished him with a belt "
        "(physical abuse, no parental ill health). Second person throughout, short sections, one four-"
        "column 'who will do what' table of eight actions with owners named the way Tobi knows them, "
        "an 'if something goes wrong' section with an aunt, a fallback foster carer and a legal step, "
        "meeting dates and a glossary. Exemplary."
    ),
    "text": """\
# Tobi's plan

*Tobi, this is your child protection plan. Marcus (your social worker) wrote it for you
after the meeting on Wednesday 8 October 2025, so that you know what everyone has promised
to do. Mum and Dad have a copy too. If there is anything you don't understand, ask Marcus
or Mrs Hale.*

**Name:** Tobi Adeyemi, age 11, Year 7 at Narrowdale Academy
**Lives with:** Mum (Bola Adeyemi) and Dad (Femi Adeyemi), 31 Quarry Hill, Narrowdale
**Social worker:** Marcus Bell, Narrowdale Council Children's Services, 01632 960 418
**Type of plan:** physical abuse

## Why there is a plan

In September your PE teacher saw marks on the back of your legs. You told her Mum had hit you
with a belt because you lost your new phone. You told Marcus it has happened "loads of times"
when you get in trouble, and that Dad sometimes smacks you round the head. Hitting a child with a
belt hurts them and is against the law, and it can make a child feel scared at home. Mum and Dad
told the meeting they were brought up this way and did not know other ways to keep you in line,
but they want to learn.

## What you told us

- "I don't mind getting told off. I mind the belt."
- You feel happiest at football on Saturdays and at Aunty Funmi's house.
- You feel worried on the way home when you have a bad report, and you hide letters from school.
- You gave home a 4 out of 10 for feeling safe. You want it to be a 9 "when nobody hits me".
- You would like Dad to come and watch you play football.

## What's going well

- Mum and Dad came to the meeting and listened.
- Mum and Dad both said sorry to you in front of Marcus on 6 October.
- You have lots of friends at school and your teachers say you work hard in maths.
- Aunty Funmi lives ten minutes away and you love going there.

## What we want for you

- You are never hit, smacked or hurt by anyone at home.
- You feel safe at home and can give it at least an 8 out of 10 by the review meeting.
- When you get into trouble, Mum and Dad use calm rules and consequences, not the belt.
- You have grown-ups you trust to tell if you feel scared, and they listen.

## Who will do what

| What will happen | Who | When | How we'll know it's working |
|---|---|---|---|
| Mum and Dad keep the promise they signed: nobody in the house will hit you, or use a belt or anything else to punish you. | Mum and Dad (Bola and Femi Adeyemi) | Every day, from 8 October 2025 | You tell Marcus at each visit whether anyone has hit you; school staff see no marks; the signed promise is on your file |
| Mum and Dad go to the Calmer Homes course at Narrowdale Family Hub to learn other ways to set rules and handle arguments. | Mum and Dad (Bola and Femi Adeyemi) | 8 Wednesday evenings, starting 15 October 2025 | The course attendance sheet, and the course leader's report to Marcus by 10 December 2025 |
| Marcus sees you on your own at school to find out how things are at home. | Marcus Bell, your social worker | Every 2 weeks until the review meeting | Marcus writes down what you say and your 0 to 10 score each time |
| Mrs Hale checks in with you first thing on Monday mornings. | Mrs Hale, Head of Year 7 and safeguarding lead at Narrowdale Academy | Every Monday in term time | Her check-in log; if she sees a mark or you tell her something worrying, she rings Marcus the same day |
| Leanne helps you, Mum and Dad make house rules and a rewards chart together. | Leanne Cross, family support worker | Once a week for 6 weeks, starting 20 October 2025 | The chart is up on the fridge, and at the last session you say whether the rules feel fair |
| Six talking sessions about feelings and worries, just for you. | Mr Dev Patel, school counsellor | Every Thursday, starting 6 November 2025 | After session 6 Mr Patel sends Marcus a short summary of what you agree he can share |
| Tea at Aunty Funmi's after school on Fridays, so you have somewhere calm to be. | Aunty Funmi (Funmi Ade, Mum's sister) | Every Friday after school | Funmi texts Marcus each Friday to say you have arrived |
| Marcus writes the report for the review meeting with your words in it, and reads it with you before anyone else sees it. | Marcus Bell, your social worker | By 23 December 2025 | You have read the report before the meeting and your words are in it |

## If something goes wrong

- If Mum or Dad hit you, or you have a mark, or you tell anyone you are scared to go home, that
  person will ring Marcus straight away (or the duty team after 5pm). Marcus will talk to the
  police and hold a meeting called a strategy discussion that same day.
- That night you will stay with Aunty Funmi at 15 Lark Lane. Funmi has agreed to this.
- If Aunty Funmi can't have you (because she is away or ill), Marcus will find a foster carer for
  you to stay with that night.
- If Mum or Dad hit you again, or stop going to Calmer Homes, Marcus will ask his manager for a
  legal planning meeting, to talk with the council's lawyers about what needs to happen to keep
  you safe.
- You can always ring Childline on 0800 1111, or tell Mrs Hale.

## Meetings

- **Core group** (Mum, Dad, Marcus, Mrs Hale, Leanne and Mr Patel) meets every 4 weeks at
  school, at 3.30pm on Wednesdays: 22 October, 19 November and 17 December 2025. You can come to
  the end of any of them, or send Marcus a message for the group.
- **Review meeting** (review child protection conference): Wednesday 7 January 2026, 10am, at
  Narrowdale Town Hall. Marcus will ask you before then how you want your views to be shared.

## Words you might hear

- **Child protection plan:** a plan that everyone follows to keep a child safe.
- **Core group:** the people who meet to check the plan is working.
- **Strategy discussion:** a quick meeting between social care, the police and others when they
  are worried a child is being hurt.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. RCPC plan as a case-system text export: labelled WHAT / WHO / WHEN /
#    CHECK blocks under four numbered outcomes; 16 actions (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b58_netherwick_rcpc_case_export_labelled_blocks_sullivan.txt",
    "split": "heldout",
    "actions": 16,
    "template": "rcpc-plan-case-system-txt-export-dot-leader-header-fields-then-caps-sections-then-action-blocks-numbered-under-four-outcomes-labelled-what-who-when-check-lines",
    "description": (
        "Review conference plan for three children (14, 9 and 3) exported from the case system as plain "
        "text: neglect, father's drinking, mother's multiple sclerosis, eldest a young carer. Sixteen "
        "actions as labelled WHAT / WHO / WHEN / CHECK blocks numbered under four outcomes. The alcohol "
        "service reports on change, adult social care and the MS nurse own actions, the grandfather's "
        "school runs have a fallback in the contingency, dates and a legal step set. Exemplary."
    ),
    "text": """\
NETHERWICK COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN (REVIEW)                                    Printed 16/01/2026 09:12
--------------------------------------------------------------------------------------
Family ................. SULLIVAN
Children ............... Chloe SULLIVAN (14)  Netherwick High School, Year 9
                         Ruby SULLIVAN (9)    Holmfield Primary, Year 4
                         Finn SULLIVAN (3)    Little Wrens Nursery
Parents ................ Dana SULLIVAN (38), mother; Gary SULLIVAN (40), father
Address ................ 12 Ferrier Road, Netherwick
Other family ........... Ken DOYLE (maternal grandfather), 4 Orchard Way, Netherwick
Plan start ............. ICPC 16/10/2025
This conference ........ RCPC 1, Thursday 15/01/2026
Category ............... Neglect
Allocated worker ....... Rhiannon Pugh, social worker, Safeguarding Team 3
Chair .................. Owen Lacey, Child Protection Chair
--------------------------------------------------------------------------------------

REASON FOR THE PLAN
Gary drinks most days and lost his job in July 2025. Dana has relapsing-remitting multiple
sclerosis and has been in a relapse since September; she uses a wheelchair outside the house and
is very tired by the afternoon. Since September Chloe has been helping Dana to wash and dress,
making the younger children's tea and getting Ruby to school. Chloe's attendance fell to 78% in
the autumn term. Finn missed his 3-year health review and two nursery sessions in three. On two
visits in December Gary smelt of alcohol at 3pm while he was the only adult caring for Finn.

PROGRESS SINCE THE ICPC
Gary started with Compass Alcohol Service in November and says he is down to "a few cans at the
weekend". Ken has taken Finn to nursery on Tuesdays and Thursdays since November. The Care Act
assessment for Dana has not started because the referral went to the wrong team; it was re-sent on
08/01/2026. Ruby's attendance is 94%. Chloe's attendance is 85%.

WHAT THE CHILDREN TOLD US
Chloe (seen at school, 09/01/2026): "I don't mind helping Mum, I just can't do it all and go to
school. Sometimes I'm too tired to do my homework." She wants "proper carers for Mum" and to go to
netball club on Wednesdays again. She said Dad is "better than before Christmas" but she still
checks the recycling bin for cans.
Ruby (at home, 06/01/2026) drew her family: Mum in her chair, Dad on the sofa, and Chloe "doing
everything". She said she likes going to Grandad Ken's on Saturdays for her dance class and that
she gets "Coco Pops at breakfast club".
Finn (observed at home, 06/01/2026) was chatty and busy; he took Rhiannon's hand to show her his
tractor, and went to Chloe, not to either parent, when he bumped his head.

OUTCOMES
O1  Chloe, Ruby and Finn are looked after by a sober adult every day and every night.
O2  Chloe can be a 14-year-old: she gets to school, sees her friends, and does not do her mum's
    personal care.
O3  Ruby and Finn are washed, fed and dressed each day, get to school and nursery on time, and
    their health checks are kept.
O4  Each child can say how things are at home and is listened to.

ACTIONS
--------------------------------------------------------------------------------------
[O1-1]  WHAT   Alcohol key-work with Gary, with a breath test at every session, and a written
               report on whether his drinking is changing, the steps still needed, how long they
               are likely to take, and what this means for his care of the children
        WHO    Wes Abbott, recovery worker, Compass Alcohol Service
        WHEN   Key-work weekly; report one week before each core group
        CHECK  Reports on the children's file; breath readings listed in each report

[O1-2]  WHAT   Gary not to drink at all on any day when he is the only adult caring for Finn or
               collecting Ruby, and to take a breath test when the SW visits
        WHO    Gary Sullivan
        WHEN   At every SW visit
        CHECK  Reading recorded on the visit record; every reading 0.00

[O1-3]  WHAT   Review Gary's physical health (liver function bloods) and decide with Compass whether
               he needs a medically assisted detox
        WHO    Dr Imogen Hart, GP, Castle Street Surgery
        WHEN   By 13/02/2026
        CHECK  GP letter to the SW with the results and the detox decision

[O1-4]  WHAT   Write a family safety plan with Gary, Dana and Ken that names who looks after the
               children on any evening Gary has been drinking
        WHO    Rhiannon Pugh, SW
        WHEN   By 30/01/2026
        CHECK  Plan signed by Gary, Dana and Ken; a copy on the fridge and on the file

[O2-1]  WHAT   Care Act assessment of Dana's needs, including help with washing and dressing in
               the morning and evening so that Chloe does not do it
        WHO    Priya Lal, social worker, Netherwick Adult Social Care (Physical Disability Team)
        WHEN   Assessment by 06/02/2026; care package in place by 27/02/2026
        CHECK  Assessment and support plan copied to the children's SW; carers' visit rota seen
               in the home

[O2-2]  WHAT   Home assessment for Dana (stair rail, shower seat, kitchen trolley) so she can make
               Finn's meals and bath him without Chloe's help
        WHO    Alan Briggs, occupational therapist, Netherwick Adult Social Care
        WHEN   By 13/02/2026
        CHECK  Equipment fitted and seen by the SW at the next home visit

[O2-3]  WHAT   Young carer's assessment for Chloe, and a place at the Thursday young carers' group
        WHO    Jess Moran, Netherwick Young Carers
        WHEN   Assessment by 30/01/2026; group every Thursday from 05/02/2026
        CHECK  Written assessment sent to the SW; Chloe's name on the group register each week

[O2-4]  WHAT   Check Chloe's attendance each day, and meet her with her pastoral lead every other
               Monday to talk about school, home and netball club
        WHO    Mr Terry Lowe, DSL, Netherwick High School
        WHEN   Daily; meetings every other Monday from 19/01/2026
        CHECK  Attendance printout to the SW every Friday; attendance 95% or above by the next
               review conference

[O3-1]  WHAT   Take Finn to Little Wrens Nursery
        WHO    Ken Doyle (maternal grandfather)
        WHEN   Every Tuesday and Thursday, 8.45am
        CHECK  Nursery sign-in sheet shows Ken's signature; checked by the FSW each month

[O3-2]  WHAT   Have Ruby at his house on Saturdays and take her to her dance class
        WHO    Ken Doyle (maternal grandfather)
        WHEN   Every Saturday, 9am to 3pm
        CHECK  Dance class register; Ruby tells the SW about her Saturdays at each visit

[O3-3]  WHAT   Morning routine and meal planning with Gary and Dana: a weekly shopping list and a
               menu for the children's teas
        WHO    Lorna Fitch, family support worker
        WHEN   Twice a week for 8 weeks from 19/01/2026
        CHECK  Routine chart and menu on the kitchen wall; food for the children's teas in the
               cupboards at every FSW visit

[O3-4]  WHAT   Finn's 3-year health review, including his speech and his teeth
        WHO    Mia Carter, health visitor
        WHEN   By 27/02/2026
        CHECK  Review written in the red book; any referral sent and copied to the SW

[O3-5]  WHAT   Check Ruby's attendance and punctuality each day, and keep her breakfast club place
        WHO    Mrs Ann Sidhu, DSL, Holmfield Primary
        WHEN   Daily; breakfast club every school day from 19/01/2026
        CHECK  Attendance and breakfast club registers sent to the SW every Friday; Ruby in by
               8.50am on at least 9 days out of 10

[O3-6]  WHAT   Review Dana's relapse and fatigue treatment and tell the SW which of Finn's care
               tasks Dana can safely manage on her own
        WHO    Sister Gail Norris, MS specialist nurse, Netherwick General Hospital
        WHEN   By 06/02/2026
        CHECK  Letter to the SW listing what Dana can manage and what help she needs

[O4-1]  WHAT   Visit the home, see Chloe and Ruby each on their own and Finn with each parent,
               and look at the kitchen and bedrooms
        WHO    Rhiannon Pugh, SW
        WHEN   Every 2 weeks until the next review conference, with at least one unannounced
               visit each month
        CHECK  Visit records with each child's own words and what was seen

[O4-2]  WHAT   Help Chloe and Ruby each write or draw their own page for the next review conference
        WHO    Rhiannon Pugh, SW
        WHEN   By 02/04/2026
        CHECK  Both pages attached to the SW's conference report
--------------------------------------------------------------------------------------

CONTINGENCY
Trigger:   Gary has been drinking while he is caring for any of the children (a breath reading
           above 0.00, school, nursery or Ken smelling alcohol on him, or a child telling us).
Response:  Ken collects the children and they stay at 4 Orchard Way that night; Rhiannon (or the
           Emergency Duty Team) holds a strategy discussion the same day.
Trigger:   Ken cannot do the nursery run or have the children (illness, holiday).
Response:  Lorna Fitch (FSW) takes Finn to nursery on those days; if the children need somewhere
           to stay and Ken cannot have them, Rhiannon arranges an emergency foster placement that
           day.
Trigger:   Dana's care package is not in place by 27/02/2026 and Chloe is still doing her personal
           care.
Response:  Rhiannon escalates to the Adult Social Care team manager the same day, and the FSW
           visits every morning until carers start.
Legal:     If Gary drinks while caring for the children twice before the next review conference,
           or Chloe's attendance is below 90% at Easter, Rhiannon will request a legal planning
           meeting (legal gateway).

CORE GROUP AND REVIEW
Core group ............. every 4 weeks, Thursdays 4pm, Holmfield Primary:
                         05/02/2026, 05/03/2026, 02/04/2026
Next RCPC .............. Thursday 16/04/2026, 10am, Netherwick Civic Centre
Distribution ........... Dana and Gary Sullivan; Ken Doyle (sections about him); all agencies above
""",
    "findings": [],
})
