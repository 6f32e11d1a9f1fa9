"""Batch 22, module 2: seven fictional files (held-out evaluation material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

This writer's focus: documents a local authority might send that mix a plan
with other material (an assessment summary followed by the plan, a conference
chair's report with recommendations, core group minutes whose decisions are
the plan, a social worker's report to a review conference with the revised
plan, a conference record with the plan as an appendix) and one file that is
not a plan at all (a MASH request for information).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Child and family assessment summary (domains, analysis, recommendation)
#    followed by the ICPC plan in a table with domain banner rows (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_wendlebrook_cfa_summary_then_plan_maddox.docx",
    "doc_title": "Child and Family Assessment Summary and Child Protection Plan - Tayla and Rory Maddox",
    "split": "heldout",
    "template": "cfa-summary-domains-then-icpc-plan-domain-banner-rows-ref-column",
    "description": (
        "Exemplary: a child and family assessment summary (reason, the three assessment domains, what the "
        "children said and showed, analysis, recommendation) followed by the plan agreed at the ICPC for an "
        "8-year-old and a 14-month-old (father's drinking, mother's depression). Ref / Lead / By when / "
        "evidence table with domain banner rows; CMHT asked to assess capacity to change, recovery service "
        "owns breath tests, grandmother's help covered in a specific contingency, core group dates, RCPC "
        "date and a legal planning meeting."
    ),
    "blocks": [
        ("p", "Wendlebrook Metropolitan Borough Council – Children's Social Care – Locality Team East"),
        ("title", "Child and Family Assessment: Summary and Child Protection Plan"),
        ("kv", [
            ("Children", "Tayla Maddox, born 17/02/2017 (8); Rory Maddox, born 09/03/2024 (14 months)"),
            ("Parents", "Leanne Maddox (31) and Craig Maddox (34), 22 Tannery Row, Wendlebrook"),
            ("Assessment", "Started 04/04/2025 (section 47), completed 06/05/2025"),
            ("Conference", "Initial child protection conference, 12/05/2025 – category: neglect"),
            ("Social worker", "Priya Chandran; team manager Martin Oduya"),
        ]),
        ("h1", "Part A – Assessment summary"),
        ("h2", "Why we assessed"),
        ("p", "On 3 April 2025 Tayla told her class teacher that she had not had any tea the night before "
              "because \"Dad was asleep on the kitchen floor and Mum was in bed\". Police had been called to "
              "the house on 22 March by a neighbour who heard Craig shouting; officers found him very drunk "
              "and Rory crying in his cot. A strategy discussion on 4 April agreed a section 47 enquiry, and "
              "this assessment was carried out alongside it."),
        ("h2", "Tayla's and Rory's needs"),
        ("p", "Tayla is in Year 3 at Wendlebrook Park Primary. Her attendance this school year is 86% and she "
              "has been late 19 times. She reads above her age and loves art, but staff often find her tired "
              "and hungry in the mornings. Rory was born at term and is meeting most of his milestones, but "
              "his weight has dropped from the 50th to the 9th centile since his 8-month review, and he has "
              "had three chest infections this winter."),
        ("h2", "How Leanne and Craig are managing"),
        ("p", "Leanne has recurrent depression, first diagnosed in 2019. Her GP increased her medication in "
              "February and referred her back to Wendlebrook Community Mental Health Team, who allocated a "
              "care coordinator in March. She describes days when she cannot get out of bed and says that "
              "Tayla \"does the mornings\". Craig drinks eight to ten cans of strong lager most days; his "
              "AUDIT score on 15 April was 29. He has had sober spells of up to three months, the last one "
              "ending at Christmas. Both parents love the children and were open about their difficulties. "
              "Neither has hurt the children."),
        ("h2", "Family and home"),
        ("p", "The family rent a two-bedroom house from Wendlebrook Homes. The children's bedroom has black "
              "mould on two walls. Leanne's mother, Sandra Pike, lives four streets away, calls in most days "
              "and has offered to do the school run and to have Rory two afternoons a week. Craig's family "
              "live in Scotland and are not in touch. Craig lost his job in February and the rent is £640 in "
              "arrears."),
        ("h2", "What Tayla told us and what we saw of Rory's day"),
        ("p", "I saw Tayla on her own three times: at school on 8 and 24 April and in her bedroom at home on "
              "1 May. She said: \"When Mum's sad I make Rory's bottle and put the telly on for him.\" Dad is "
              "\"funny when he's not drinking\" but \"falls over and smells\" when he is. Her three wishes were "
              "\"for Dad to stop the cans, for Mum to get up in the morning, and a sleepover at Nana "
              "Sandra's\". She feels safest at Nana's \"because there's always tea\"."),
        ("p", "I saw Rory on four visits. On 24 April he was in the same nappy all afternoon, was hungry and ate "
              "two slices of toast quickly, and when he fell over he crawled to Tayla, not to either parent. "
              "At Sandra's on 1 May he was clean, played happily with stacking cups and went down for a nap in "
              "a travel cot without crying."),
        ("h2", "Analysis"),
        ("p", "Tayla and Rory are loved, but on most days neither parent is able to put their needs first. "
              "Craig's drinking and Leanne's depression together leave long stretches with no sober, awake "
              "adult looking after the children, and Tayla has taken on the care of her brother. Rory's "
              "falling weight is the clearest sign of the harm. The strengths are Sandra's daily help, the "
              "parents' honesty, and Leanne's renewed contact with the CMHT. Without change, both children are "
              "likely to suffer significant harm through neglect."),
        ("h2", "Recommendation"),
        ("p", "That an initial child protection conference is held and the plan in Part B is put to it. The "
              "conference on 12/05/2025 agreed that both children should be subject to child protection plans "
              "under the category of neglect, and agreed Part B with the changes made at the meeting."),
        ("pagebreak",),
        ("h1", "Part B – Child protection plan agreed at conference"),
        ("h2", "What we want for Tayla and Rory"),
        ("bullets", [
            "Tayla and Rory always have a sober adult who is up and able to feed, change and look after them, "
            "in the morning and in the evening.",
            "Rory is fed regularly and his weight climbs back to at least the 25th centile by his 18-month "
            "review.",
            "Tayla gets to school on time every day, is not hungry, and no longer has to look after Rory.",
            "Tayla and Rory sleep in a dry bedroom with no mould.",
        ]),
        ("h2", "Who will do what"),
        ("table", {
            "header": ["Ref", "What will be done", "Lead", "By when / how often", "How we will see it is working"],
            "widths": [1.1, 5.4, 3.3, 3.0, 4.2],
            "rows": [
                ["Tayla and Rory's health and development", H, H, H, H],
                ["1.1", "Weigh and measure Rory, check his development and go through his meals and sleep "
                        "routine with Leanne",
                 "HV Nadia Osei", "Every 4 weeks; 15-month review by 20/06/2025",
                 "Weights plotted in the red book; ASQ-3 at 15 months shared with the SW; Rory back on or above "
                 "the 25th centile"],
                ["1.2", "Take Rory to the GP about his repeated chest infections and go to the dietetics "
                        "appointment",
                 "Leanne Maddox", "GP by 30/05/2025; dietetics when offered, the HV chasing it after 4 weeks",
                 "GP letter and dietetics notes copied to the HV"],
                ["1.3", "Book and take Tayla to her overdue dental check and eye test",
                 "Craig Maddox", "By 13/06/2025",
                 "Dentist's and optician's letters seen by the SW"],
                ["School and day-to-day care", H, H, H, H],
                ["2.1", "Check Tayla is in by 8.50am, note if she is hungry or tired, offer breakfast club "
                        "and email the SW",
                 "DSL Bryn Castell, Wendlebrook Park Primary", "Every Friday",
                 "Weekly email on file; Tayla's attendance at 95% or more by the review conference"],
                ["2.2", "Give Tayla breakfast and walk her to school on Mondays, Wednesdays and Fridays",
                 "Sandra Pike (MGM)", "Mon, Wed and Fri from 14/05/2025",
                 "School's drop-off book signed by Sandra; Tayla in by 8.50am on those days"],
                ["2.3", "Have Rory at her house on Tuesday and Thursday afternoons while Leanne goes to her CMHT "
                        "sessions",
                 "Sandra Pike (MGM)", "Tue and Thu, 1pm to 5pm",
                 "Sandra's care diary, checked by the SW at each visit"],
                ["2.4", "Daily routine chart for meals, baths and bedtimes, worked on at home with both parents",
                 "FSW Tom Redfern", "8 weekly sessions from 19/05/2025",
                 "Chart on the fridge; FSW checklist shows it kept on at least 5 of 7 days by session 8"],
                ["Leanne's and Craig's health and what it means for the children", H, H, H, H],
                ["3.1", "See Leanne, review her treatment, and assess whether she can make and keep the changes "
                        "Tayla and Rory need, and how quickly",
                 "Care coordinator Joanne Ruddock, Wendlebrook CMHT",
                 "Fortnightly; written report by 27/06/2025",
                 "Report to the core group on Leanne's capacity to change, her early warning signs and the "
                 "likely timescale"],
                ["3.2", "Alcohol assessment for Craig, a treatment plan, and a breath test at every appointment",
                 "Recovery worker Dele Ajayi, Wendlebrook Recovery Service",
                 "Assessment by 23/05/2025; then weekly",
                 "Attendance and breath test results sent to the SW before each core group; every reading zero"],
                ["3.3", "Stay sober whenever he is looking after Tayla or Rory and take a breath test at every "
                        "SW visit",
                 "Craig Maddox", "Every day; tested at each SW visit",
                 "Breath test at each SW visit reads zero and is recorded on the visit record"],
                ["Keeping the children safe at home", H, H, H, H],
                ["4.1", "Visit at home (at least one visit a month unannounced), see Tayla on her own, see Rory "
                        "awake, and check the kitchen and bedroom",
                 "SW Priya Chandran", "Every 10 working days",
                 "Visit records show both children seen, Tayla alone, and food in the house at every visit"],
                ["4.2", "Inspect and treat the damp and mould in the children's bedroom",
                 "Housing officer Gail Hunt, Wendlebrook Homes", "Inspection by 23/05/2025; works done by "
                 "30/06/2025",
                 "Completion note sent to the SW; bedroom dry when the SW next visits"],
            ],
        }),
        ("h2", "If things don't improve or get worse"),
        ("p", "If Craig is found drunk while he is looking after the children, or either child is found without "
              "a sober adult awake to care for them, the SW (or the emergency duty team out of hours) will "
              "visit the same day, Tayla and Rory will stay with Sandra Pike that night, and a strategy "
              "discussion will be held within 24 hours."),
        ("p", "If Sandra is ill, away or cannot do the school run or the Tuesday and Thursday care, Leanne will "
              "tell the SW the same day. The SW will book Tayla into breakfast club and arrange a childminder "
              "place for Rory within 2 working days; if no safe adult can care for the children on a given "
              "night, they will be placed with local authority foster carers that night."),
        ("p", "If the CMHT report says Leanne is unlikely to make the changes in the time Rory needs, or Craig "
              "has two positive breath tests, the team manager will request a legal planning meeting within 5 "
              "working days to decide whether to start pre-proceedings (PLO)."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 22/05/2025, 19/06/2025 and 17/07/2025, 10am at Wendlebrook Park "
            "Primary.",
            "Review child protection conference: 04/08/2025, 10am, Wendlebrook Civic Hall.",
        ]),
        ("p", "Plan given to Leanne and Craig on 13/05/2025. The SW went through Tayla's own version of the plan "
              "with her at school on 15/05/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC chair's report: attendance, agency information, children's views,
#    analysis, decision, then numbered recommendations that are the outline
#    plan, each with (lead; when; evidence). PDF with header and footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_wyvernholt_icpc_chair_report_recommendations_kaczmarek.pdf",
    "doc_title": "ICPC Chair's Report - Zofia and Filip Kaczmarek",
    "split": "heldout",
    "template": "icpc-chair-report-agency-information-then-numbered-recommendations-bracketed-lead-when-evidence-paged",
    "description": (
        "An independent chair's ICPC report for a 5-year-old and an 8-week-old (domestic abuse, mother's "
        "postnatal depression, father's drinking): attendance table, agency information, the children's "
        "views, analysis and decision, then numbered recommendations that form the outline plan, each with "
        "(lead; when; evidence). A perinatal team that only supports with 'feels better' as evidence, a "
        "start date TBC, a passive referral with no lead or evidence, 'the family' / 'ongoing', an adult-only "
        "outcome, a vague contingency that ignores the aunt's care, and no legal step. OFFICIAL-SENSITIVE "
        "header and 'Page N of M' footer."
    ),
    "header": "OFFICIAL-SENSITIVE – Wyvernholt Council – Safeguarding and Quality Assurance Unit",
    "footer": "ICPC chair's report – Kaczmarek – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Conference – Chair's Report"),
        ("kv", [
            ("Children", "Zofia Kaczmarek, born 11/01/2020 (5); Filip Kaczmarek, born 06/04/2025 (8 weeks)"),
            ("Parents", "Agata Kaczmarek (29) and Pawel Kaczmarek (33); first language Polish"),
            ("Address", "Flat 3, 41 Coldharbour Road, Wyvernholt"),
            ("Date", "03/06/2025, 10am, Wyvernholt Civic Offices, Room 2 (Polish interpreter present)"),
            ("Chair", "Marcus Bellamy, Independent Child Protection Chair"),
            ("Social worker", "Laura Finch, Wyvernholt Family Safeguarding Team"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Attended / report"],
            "widths": [4.5, 7.5, 5.0],
            "rows": [
                ["Agata Kaczmarek", "Mother", "Attended"],
                ["Pawel Kaczmarek", "Father", "Attended (first half)"],
                ["Laura Finch", "Social worker", "Attended, report"],
                ["Sunita Rao", "Health visitor", "Attended, report"],
                ["Helen Strand", "CPN, Wyvernholt Perinatal Mental Health Team", "Attended"],
                ["Dr Imran Sadiq", "GP, Coldharbour Surgery", "Report only"],
                ["DC Ryan Heald", "Wyvernholt Police, Domestic Abuse Unit", "Attended, report"],
                ["Mrs Joy Okafor", "ELSA and DSL, St Bede's Primary", "Attended, report"],
                ["Anna Lis", "Polish interpreter", "Attended"],
            ],
        }),
        ("h1", "2. Why the conference was called"),
        ("p", "On 18 May 2025 police were called by a neighbour to the family's flat. Pawel had been drinking, "
              "had thrown a chair and pushed Agata while she was holding Filip. Zofia was in the bathroom. This "
              "was the third call-out since January. A strategy discussion on 19 May agreed a section 47 "
              "enquiry, which concluded that an initial conference was needed."),
        ("h1", "3. Information shared"),
        ("p", "Social worker: Agata and Pawel were both seen, with an interpreter, and were open about the "
              "arguments. Pawel said he drinks \"maybe six or seven beers\" most nights and more at weekends. "
              "He agreed on 20 May to stay with his brother Marek while the plan starts. Agata's sister, Ewa "
              "Nowak, lives nearby and has offered to help."),
        ("p", "Health visitor: Filip was born at term and is feeding well from a bottle; his weight is on the "
              "25th centile. Agata scored 17 on the Edinburgh Postnatal Depression Scale at the 6-week check."),
        ("p", "Perinatal mental health team: Agata was referred by the GP on 12 May with postnatal depression "
              "and anxiety. CPN Helen Strand has seen her twice at home."),
        ("p", "GP (written report): Agata started sertraline on 12 May. The GP has no record of Pawel attending "
              "about alcohol."),
        ("p", "Police: three domestic incidents since January 2025, all with Pawel drinking. No charges; Agata "
              "did not support a prosecution. The DASH risk assessment was medium."),
        ("p", "School: Zofia's attendance is 91%. She has become quiet and has twice told staff she is "
              "\"tired from the shouting\". She is doing well with her phonics."),
        ("h1", "4. The children's views and experience"),
        ("p", "Zofia was seen on her own at school on 28 May by the social worker, with a Polish-speaking "
              "teaching assistant. She said: \"When Tata shouts I go in the bathroom with my tablet and put the "
              "sound up.\" She said she misses Tata but \"not the shouting one\", and that she likes going to "
              "Ciocia Ewa's because \"we make pierogi and nobody is cross\". Filip was seen at home twice: he "
              "was alert, fed well, and quietened when Agata sang to him, but on 22 May he was left crying for "
              "some time while Agata sat with her head in her hands."),
        ("h1", "5. Analysis"),
        ("p", "The danger is that Zofia and Filip will be hurt, physically or emotionally, if Pawel's drinking "
              "and the violence between the adults continue, and that Filip's care will suffer while Agata is "
              "depressed. Strengths are both parents' honesty, Pawel's agreement to stay with his brother, "
              "Agata's early contact with the perinatal team, and Ewa's support."),
        ("h1", "6. Decision"),
        ("p", "All agencies and the chair agreed that Zofia and Filip should be subject to child protection "
              "plans under the category of emotional abuse. The parents said they understood the decision."),
        ("pagebreak",),
        ("h1", "7. What the conference wants to be different"),
        ("bullets", [
            "Zofia and Filip live in a home with no shouting, pushing or throwing, and Zofia no longer hides in "
            "the bathroom when the adults argue.",
            "Filip is fed, settled and comforted by a parent who responds to his cries, and keeps gaining "
            "weight on the 25th centile.",
            "Agata's mood lifts and Pawel cuts down his drinking.",
        ]),
        ("h1", "8. Recommendations – the outline child protection plan"),
        ("p", "The conference recommends the following as the outline plan. The core group will add detail at "
              "its first meeting."),
        ("p", "8.1 The social worker will visit the family at home, see Zofia on her own at every visit and "
              "record what she says (lead: SW Laura Finch; when: every 10 working days from 05/06/2025; "
              "evidence: visit records show Zofia seen alone and her words written down)."),
        ("p", "8.2 The health visitor will weigh Filip and watch a feed (lead: HV Sunita Rao; when: weekly until "
              "he is 12 weeks old, then fortnightly; evidence: weights in the red book and Filip staying on or "
              "above the 25th centile)."),
        ("p", "8.3 The perinatal mental health team will continue home visits to support Agata with her low "
              "mood (lead: CPN Helen Strand; when: fortnightly; evidence: Agata tells her CPN she feels "
              "better)."),
        ("p", "8.4 The GP will review Agata's sertraline and write to the social worker with the outcome "
              "(lead: Dr Imran Sadiq; when: by 20/06/2025; evidence: GP letter on the case file)."),
        ("p", "8.5 Wyvernholt Alcohol Service will assess Pawel's drinking and tell the social worker what "
              "treatment he needs and whether he has started it (lead: recovery worker Gareth Lyle; when: "
              "assessment by 27/06/2025; evidence: written assessment summary sent to the SW)."),
        ("p", "8.6 Pawel will attend the Wyvernholt Change domestic abuse perpetrator programme (lead: Pawel "
              "Kaczmarek; when: start date TBC; evidence: end-of-programme report to the core group)."),
        ("p", "8.7 A referral will be made to the Freedom Programme for Agata, with a Polish interpreter "
              "(lead: –; when: by 30/06/2025; evidence: –)."),
        ("p", "8.8 The family will make sure Zofia gets to school every day and on time (lead: family; when: "
              "ongoing; evidence: Zofia's attendance at 95% or above)."),
        ("p", "8.9 St Bede's Primary will give Zofia weekly ELSA sessions to help her talk about her worries "
              "(lead: Mrs Joy Okafor; when: weekly from 09/06/2025; evidence: session notes shared with the SW "
              "before each core group)."),
        ("p", "8.10 Ewa Nowak (maternal aunt) will have Zofia and Filip to stay every Saturday night so that "
              "Agata can rest (lead: Ewa Nowak; when: every Saturday; evidence: Ewa texts the SW each Sunday "
              "to confirm)."),
        ("p", "8.11 Ewa will supervise all contact between Pawel and the children at her flat (lead: Ewa Nowak; "
              "when: every contact, at least twice a week; evidence: contact log signed by Ewa and Pawel)."),
        ("h1", "9. Contingency"),
        ("p", "If there are any further concerns about domestic abuse or about the children's care, the core "
              "group will meet to review the plan and consider whether a strategy discussion is needed."),
        ("h1", "10. Core group and review"),
        ("p", "The first core group will meet on 13/06/2025 at 2pm at Wyvernholt Family Hub, and then every four "
              "weeks. The review child protection conference will be held on 26/08/2025 at 10am."),
        ("p", "Marcus Bellamy, Independent Child Protection Chair – report completed 05/06/2025."),
    ],
    "findings": [
        F("H001", "will continue home visits to support Agata with her low mood"),
        F("M002", "will continue home visits to support Agata with her low mood"),
        F("T002", "Pawel will attend the Wyvernholt Change domestic abuse perpetrator programme"),
        F("W001", "A referral will be made to the Freedom Programme for Agata"),
        F("M001", "A referral will be made to the Freedom Programme for Agata"),
        F("W002", "The family will make sure Zofia gets to school"),
        F("T002", "The family will make sure Zofia gets to school"),
        F("F002", "Agata's mood lifts and Pawel cuts down his drinking"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes: attendees by initials, last actions in prose, agency
#    updates, children's views, then numbered decisions that are the plan
#    (md). Family about to move to another authority.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_wherrowby_core_group_minutes_decisions_whitlow.md",
    "split": "heldout",
    "template": "core-group-minutes-initials-updates-then-decision-sentences-are-the-plan-md",
    "description": (
        "Core group minutes for a 13-year-old and a 9-year-old (mother's drinking, a new partner with a "
        "history of violence, a move to another authority in August): attendees by initials, last actions "
        "in prose, agency updates, the children's views, then numbered decisions that the minutes say are "
        "the plan. 'Ongoing' with no measure, a school that will 'keep an eye on' Keeley, a CAMHS referral "
        "held back until the move, 'everyone at the meeting' as owner, an adult-only outcome, a contingency "
        "that sends the children to the grandfather who already carries the plan, and the review conference "
        "left to the receiving authority."
    ),
    "text": """\
# Wherrowby Borough Council – Children's Services

## Core group meeting – minutes

| | |
|---|---|
| Children | Jaden Whitlow (13) and Keeley Whitlow (9) |
| Date | Thursday 12/06/2025, 3.30pm to 5pm |
| Venue | Orchard Lane Primary, meeting room 1 |
| Chair | Hannah Lyle (HL), social worker |
| Minutes | Rebecca Dunn, business support |
| Plan | Child protection plan since the review conference on 22/04/2025 – category: neglect |

**Present:** Donna Whitlow (DW, mum); Ron Whitlow (RW, maternal grandfather); Hannah Lyle (HL, SW);
Ben Hartley (BH, Wherrowby Recovery Service); Mrs Anjali Patel (AP, DSL, Wherrowby Academy);
Mr Colin Reeve (CR, DSL, Orchard Lane Primary)

**Apologies:** Sophie Grant (school nurse) – update sent by email, read out by HL

---

### 1. Actions from 15/05/2025

HL went through the action list from the last meeting. Most were done. BH sent the breath test
results on time, AP has been sending Jaden's attendance every week, and RW has collected Keeley
on every Tuesday and Thursday but one. The only thing still outstanding is Keeley's dental check,
which the surgery cancelled; it is now booked for 19/06/2025.

### 2. Updates

**DW:** Says she has not had a drink for five weeks and feels "more on top of things". She has been
offered a housing association tenancy in Fenwick Vale, near her sister, and the family plan to move
in the second week of August. Jaden and Keeley would change schools in September. DW confirmed
that her partner, Lee Sharpe, has been staying "a few nights a week".

**BH (Recovery Service):** DW has been to 6 of 7 appointments. Breath tests have been zero apart from
28/05/2025, when DW had a reading of 0.21 and said she had "a couple of glasses of wine" after an
argument with Lee.

**AP (Wherrowby Academy):** Jaden's attendance is 88% this half term and he has been late 7 times.
He fell asleep in two lessons. He told his form tutor he "stays up to check on Mum".

**CR (Orchard Lane):** Keeley's attendance is 94%. RW collects her on Tuesdays and Thursdays. On
03/06/2025 nobody came on a Tuesday and she waited in the office for 40 minutes (RW was at a hospital
appointment and DW did not pick up the phone).

**RW:** Happy to keep helping. He is waiting for a hip operation, probably in the autumn, and will
not be able to drive for six weeks afterwards.

**School nurse (by email):** Keeley's height and weight were checked on 02/06/2025 and are on the
50th centile. No health concerns.

**HL:** Visits have gone ahead every two weeks. Police checks show Lee Sharpe was cautioned in 2019
for assaulting a former partner. DW had not told HL this and was upset when it was raised today.

### 3. What Jaden and Keeley have said

Jaden (seen on his own at school, 05/06/2025) said: "I don't go to sleep till Mum's asleep, in
case she's been on it." He does not want to move: "all my mates are here and I've got football."
He asked to talk to "someone who isn't a social worker" about how he feels, and agreed to a CAMHS
referral.

Keeley (seen on her own in her bedroom, 10/06/2025) said Grandad's tea days are "the best days
because he does fish fingers". She said Lee is "OK but loud" and that she does not like it when he
and Mum "go in the kitchen and shut the door". She drew her family with Grandad holding her hand.

### 4. Discussion

The group were worried about the lapse on 28/05/2025, about Lee's history, and about Jaden still
staying awake to check on his mum. HL explained that Wherrowby keeps responsibility for the plan
until Fenwick Vale hold their transfer-in conference, and that the plan does not stop because the
family are moving. DW asked whether the plan could end before the move; HL said this would be for
the review conference.

### 5. Outcomes we are working to (from the review conference)

1. Jaden and Keeley are cared for by a sober adult every evening and night, and Jaden no longer
   stays awake to check on his mum.
2. Keeley is always collected from school by a safe adult at the right time.
3. Donna stays sober and keeps her appointments.

### 6. Decisions

The core group agreed the decisions below. They are the children's plan until the review
conference.

**D1.** HL will visit Jaden and Keeley at home every two weeks, seeing each of them on their own,
and will write down what they say in her visit notes.

**D2.** BH will breath test DW at every Recovery Service appointment and send HL the results before
each core group, ringing HL the same day if any reading is above zero.

**D3.** Donna will keep going to her recovery service appointments – ongoing.

**D4.** AP will email HL every Friday with Jaden's attendance and lateness for the week, and ring
HL the same morning if Jaden is not in school by 9am.

**D5.** Orchard Lane will keep an eye on Keeley and let HL know if anything worries them.

**D6.** HL will hold off on the CAMHS referral for Jaden until the family have moved, so that the
Fenwick Vale team can make it there – date to follow.

**D7.** RW will collect Keeley from Orchard Lane every Tuesday and Thursday and give her tea at his
house until DW finishes work at 7pm, signing the school's collection book each time.

**D8.** RW will sleep over at DW's house on Friday and Saturday nights and text HL each Monday to
confirm he did.

**D9.** Everyone at the meeting will make sure Lee is never left on his own with the children until
his assessment is finished.

**D10.** HL will complete a domestic abuse risk assessment of Lee, including seeing him at home, by
04/07/2025 and share a written summary with the core group.

**D11.** DW will take Keeley to her dental appointment on 19/06/2025 and show HL the dentist's
letter at the next visit.

**D12.** HL will send Fenwick Vale a written transfer summary by 25/07/2025 and keep visiting every
two weeks until their transfer-in conference is held.

### 7. If things go wrong

If DW drinks while she is looking after Jaden and Keeley, or Lee is found alone with the children,
the children will go to RW's house the same day and HL will hold a strategy discussion within 24
hours. If this happens twice before the review conference, HL will ask the team manager for a legal
planning meeting.

### 8. Next meetings

- Next core group: 10/07/2025, 3.30pm, Wherrowby Academy; then monthly until the case transfers.
- Review conference: to be arranged by Fenwick Vale once the case has transferred.

*Minutes circulated 13/06/2025 by Rebecca Dunn. Please send any corrections to HL within 5 working days.*
""",
    "findings": [
        F("T002", "Donna will keep going to her recovery service appointments"),
        F("M001", "Donna will keep going to her recovery service appointments"),
        F("T001", "Orchard Lane will keep an eye on Keeley"),
        F("M002", "Orchard Lane will keep an eye on Keeley"),
        F("X001", "HL will hold off on the CAMHS referral for Jaden"),
        F("T002", "HL will hold off on the CAMHS referral for Jaden"),
        F("M001", "HL will hold off on the CAMHS referral for Jaden"),
        F("W002", "Everyone at the meeting will make sure Lee is never left"),
        F("M001", "Everyone at the meeting will make sure Lee is never left"),
        F("F002", "Donna stays sober and keeps her appointments"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Social worker's report to a review conference: progress since the ICPC in
#    prose, the children's views, analysis and scaling, recommendation, then
#    the proposed revised plan as lettered items with dash fields (txt).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_wistlemere_rcpc_sw_report_revised_plan_oyelowo.txt",
    "split": "heldout",
    "template": "rcpc-sw-report-progress-prose-then-revised-plan-lettered-items-dash-fields-txt",
    "description": (
        "Exemplary: a social worker's report to a review conference for an 11-year-old and a 4-year-old "
        "(father's schizophrenia and cannabis use, mother on night shifts): progress since the ICPC in "
        "prose, the children's views, parents' views, analysis and scaling, recommendation, then the "
        "revised plan as lettered items with who / when / we'll know dash lines. The psychosis service "
        "assesses capacity to change, the substance misuse service owns screening, the aunt's overnight "
        "care has named back-up carers and a foster placement behind it, core group and RCPC dates, and a "
        "legal planning meeting."
    ),
    "text": """\
WISTLEMERE COUNCIL - CHILDREN AND YOUNG PEOPLE'S SERVICE
SOCIAL WORKER'S REPORT TO REVIEW CHILD PROTECTION CONFERENCE
=======================================================================
Children ....... Dayo OYELOWO    DOB 03/02/2014 (11)  Wistlemere High, Yr 6 -> 7
                 Kemi OYELOWO    DOB 19/09/2020 (4)   Little Oaks Nursery
Parents ........ Grace Oyelowo (mother, 36), Femi Oyelowo (father, 38)
Address ........ 7 Saddler Close, Wistlemere
Conference ..... Review CP conference 17/07/2025 (initial conference 24/04/2025)
Category ....... Neglect
Author ......... Megan Thorley, Social Worker, Wistlemere North CP Team
Written ........ 09/07/2025 - shared with Grace and Femi 10/07/2025
=======================================================================

1. WHY DAYO AND KEMI HAVE A PLAN

Femi has schizophrenia. In January 2025 he stopped his medication and
became very unwell while Grace was working nights as a care assistant.
On 14/01/2025 police found him walking Kemi along the ring road at 2am
in her pyjamas; Dayo was alone in the house. Femi was detained in
hospital under the Mental Health Act for four weeks. He had also been
smoking cannabis most days.

2. PROGRESS SINCE THE INITIAL CONFERENCE

Femi has had every depot injection since he left hospital and his care
coordinator describes him as "the most settled he has been in two
years". He has had four cannabis screens since April; the first was
positive and the last three negative. He knows his early warning signs
and has written them on a card in the kitchen.

Funke Adebisi, Femi's sister, has stayed overnight on every one of
Grace's night shifts since the initial conference (31 nights), and her
diary has been seen at each visit. There was one night, 21/06/2025,
when Funke was ill; Grace swapped her shift and nobody was left alone
with Femi. This showed that the family needs named back-up carers, and
the revised plan below adds them.

Kemi's nursery attendance has gone from 71% to 93%. Dayo has been seen
alone at every visit and has started to say more about his worries. He
has not yet had a young carers assessment because the first referral
was sent to the wrong team; it was re-sent on 02/07/2025.

3. WHAT DAYO AND KEMI SAY AND SHOW US

Dayo (seen on his own at school on 26/06/2025 and at home on
08/07/2025): "Dad's better now, he makes jollof on Sundays again." He
said the night with the police "was the scariest thing ever" and that
he still checks on Kemi in the night "just in case". He is excited and
nervous about starting at Wistlemere High in September. When asked
what would make things better he said "if I knew who to ring if Dad
goes funny again, and not have to do it myself".

Kemi (seen at nursery on 01/07/2025 and at home on 08/07/2025) is a
chatty, confident girl. She showed me her "Daddy card" in the kitchen
and said "when Daddy is poorly he has to tell Aunty Funke". Nursery say
she arrives clean, fed and happy, and runs to Femi at pick-up. At home
she climbed on to Funke's lap to have her hair plaited and told me
"Aunty sleeps here when Mummy goes to work".

4. WHAT GRACE AND FEMI SAY

Grace says the plan "has made us talk about things we used to hide".
She worries about managing without Funke. Femi says he wants "to never
put my children through that again" and that he is ready to be tested
for as long as it takes.

5. ANALYSIS AND SCALING

The danger is that if Femi becomes unwell again while he is the only
adult at home, Dayo and Kemi could be taken out at night, left alone,
or left to look after themselves, as happened in January. Good progress
has been made: Femi is well, taking his medication and off cannabis,
and Funke's care has been reliable. But the plan has relied on one
relative, and Femi has only been well for five months.

Scaling (0 = the children will be harmed, 10 = safe enough to close):
SW 6/10; Grace 8/10; Femi 7/10; care coordinator 6/10; nursery 7/10.

6. RECOMMENDATION

I recommend that Dayo and Kemi remain subject to child protection plans
for a further three months under the revised plan in section 7.

7. PROPOSED REVISED PLAN

7.1 What we want for Dayo and Kemi

  - Dayo and Kemi always have a well, awake adult at home at night,
    and are never in Femi's sole care when he is showing signs of
    becoming unwell.
  - Dayo knows exactly who to ring if he is worried about his dad, and
    no longer has to check on Kemi in the night.
  - Kemi keeps going to nursery at least 9 sessions out of 10 and
    starts Reception in September settled and ready to learn.

7.2 What will be done

A. Femi's health and what it means for the children

 A1  See Femi weekly, give his depot every two weeks, and assess
     whether he can keep himself well and spot his early warning
     signs, the steps still needed and how long they will take
       - who:        Alison Briggs, care coordinator, Wistlemere
                     Psychosis Service
       - when:       weekly; written report by 29/08/2025
       - we'll know: written report to the core group on Femi's
                     capacity to change, his relapse signs and the
                     likely timescale

 A2  Cannabis keywork sessions and a urine screen every month
       - who:        Reuben Clarke, Wistlemere Substance Misuse
                     Service
       - when:       fortnightly sessions; screen monthly
       - we'll know: screen results sent to the SW each month; all
                     negative for cannabis

 A3  Tell Grace, Funke or the care coordinator if he notices any of
     his early warning signs (two nights without sleep, hearing
     voices, missing his depot), and not care for the children alone
     until he has been seen
       - who:        Femi Oyelowo
       - when:       the same day he notices
       - we'll know: calls logged by the care coordinator; Grace and
                     Funke confirm at each core group

B. Night-time care

 B1  Stay overnight at Saddler Close on every night Grace works a
     night shift
       - who:        Funke Adebisi (paternal aunt)
       - when:       every night shift, from the rota sent each month
       - we'll know: overnight diary signed by Funke, checked by the
                     SW at every visit

 B2  Send the SW and Funke her shift rota for the next month
       - who:        Grace Oyelowo
       - when:       by the 25th of each month
       - we'll know: rota on the case file each month

 B3  Family network meeting to name and check two back-up overnight
     carers, and write the family's own safety plan
       - who:        SW Megan Thorley
       - when:       by 08/08/2025
       - we'll know: written family safety plan naming two back-up
                     carers, signed by Grace, Femi and the carers and
                     given to Dayo in his own words

C. Dayo and Kemi day to day

 C1  Home visits, seeing each child on their own; one visit a month in
     the evening and unannounced
       - who:        SW Megan Thorley
       - when:       every 2 weeks
       - we'll know: visit records show both children seen alone and
                     what they said

 C2  Record Kemi's arrival time, how she presents and anything she says
     about home, and send the SW a summary
       - who:        Jess Kirby, key person, Little Oaks Nursery, to
                     18/07/2025; then Mrs Ruth Agbaje, Reception
                     teacher, Saddler Road Primary
       - when:       every Friday (at Saddler Road from 05/09/2025)
       - we'll know: weekly summary on file; Kemi attends at least 9
                     of every 10 sessions

 C3  Young carers assessment for Dayo and a place in the Young Carers
     group
       - who:        Tamsin Ford, Wistlemere Young Carers
       - when:       assessment by 15/08/2025; group weekly from
                     September
       - we'll know: assessment shared with the SW; group register
                     shows Dayo attending

 C4  Meet Dayo in school, check how he is settling and pass on
     anything he says about home
       - who:        Mr Kwame Mensah, DSL, Wistlemere High
       - when:       fortnightly in term time, first by 12/09/2025
       - we'll know: meeting notes; anything about home passed to the
                     SW the same day

8. CONTINGENCY

If Femi shows any early warning sign, misses his depot or has a
positive cannabis screen, Grace or Funke will ring the care coordinator
(or the crisis team out of hours) the same day, Femi will not care for
the children alone, and Funke will stay at the house or take Dayo and
Kemi to her flat until he has been seen.

If Funke is ill, away or cannot stay on a night Grace is working, one
of the two back-up carers named at the family network meeting will
stay instead. If neither can, Grace will not work that shift (her
manager has agreed this in writing). If no safe adult can be found,
the SW or the emergency duty team will arrange an emergency foster
placement for Dayo and Kemi together for that night.

If Dayo or Kemi are found in Femi's sole care while he is unwell, a
strategy discussion will be held the same day and the team manager
will request a legal planning meeting within 5 working days.

9. CORE GROUP AND REVIEW

Core group: every 4 weeks - 31/07/2025, 28/08/2025, 25/09/2025 (4pm,
Wistlemere North office).
Review CP conference: 16/10/2025, 1.30pm, Wistlemere Council House.
If by the core group on 25/09/2025 the care coordinator's report shows
Femi is not able to stay well, or Femi has cared for the children alone
while unwell, the SW will request a legal planning meeting before the
review conference.

Megan Thorley, Social Worker          Countersigned: Asha Greenwood,
09/07/2025                            Team Manager, 10/07/2025
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth assessment: a findings grid with ratings, the baby's world and
#    conclusions, then the pre-birth plan in a four-column table (docx).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_wandercombe_prebirth_assessment_grid_then_plan_trevithick.docx",
    "doc_title": "Pre-birth Assessment Conclusions and Pre-birth Plan - Baby of Chloe Trevithick",
    "split": "heldout",
    "template": "prebirth-assessment-rating-grid-and-conclusions-then-four-column-plan",
    "description": (
        "Pre-birth assessment for a 19-year-old care leaver (anxiety, past cannabis use, a violent partner): "
        "an area / what we found / rating grid, the baby's world and conclusions, then the pre-birth plan in "
        "a What / Who / When / How we will know table. A talking-therapy row that only treats, 'Ongoing' "
        "with 'Improvement in Chloe's budgeting', a programme 'when a place becomes available', a blank Who, "
        "'Family network' with no measure, an adult-only outcome, and a review conference to be arranged "
        "after the birth."
    ),
    "blocks": [
        ("p", "Wandercombe County Council – Children's Services – Pre-birth and Early Years Team"),
        ("title", "Pre-birth Assessment: Conclusions and Plan"),
        ("kv", [
            ("Unborn baby", "Baby girl (to be called Ivy), due 28/08/2025"),
            ("Mother", "Chloe Trevithick (19), care leaver, 2 Quarry Cottages, Wandercombe"),
            ("Father", "Jordan Pike (22), lives with his mother in Lanner Street"),
            ("Conference", "Pre-birth initial child protection conference, 26/06/2025 – category: emotional abuse"),
            ("Assessment by", "Amy Goldsworthy (SW), with Hayley Treloar (FSW); sessions 07/05/2025 to 13/06/2025"),
        ]),
        ("h1", "1. What the assessment found"),
        ("table", {
            "header": ["Area", "What we found", "Rating"],
            "widths": [3.6, 10.6, 2.8],
            "rows": [
                ["Chloe's own childhood", "Chloe came into care at 11 after neglect at home and had three foster "
                 "placements. She stayed with her last foster carer, Jan Pascoe, until 18 and still sees her "
                 "every week. She has a leaving care personal adviser.", "Some concern"],
                ["Mental health", "Anxiety and panic attacks since she was 15. Chloe last self-harmed (cutting) in "
                 "October 2024. Her GP started sertraline in May 2025 and referred her to Talking Minds.",
                 "Some concern"],
                ["Cannabis", "Chloe smoked cannabis every day until she found out she was pregnant at 11 weeks. "
                 "She says she has stopped. One urine screen in May was positive; two since have been negative.",
                 "Serious concern"],
                ["Chloe and Jordan", "Police were called three times in 2024. In February 2025, when Chloe was "
                 "14 weeks pregnant, Jordan broke her phone and pushed her against a wall. They say they are "
                 "now \"just friends\" but he is often at the flat.", "Serious concern"],
                ["Home and money", "A one-bedroom rented flat, cold and damp, with no baby equipment yet. Chloe "
                 "owes about £300 on a catalogue and her gas meter.", "Some concern"],
                ["Caring for a baby", "Chloe did well in the parenting sessions, asked good questions about "
                 "feeding and safe sleep, and practised with a doll. She can name what a baby needs.",
                 "Strength"],
            ],
        }),
        ("h1", "2. The baby's world"),
        ("p", "Chloe brought her 20-week scan picture to the first session and has it on the fridge. She has "
              "chosen the name Ivy and talks to the bump when she feels her kick. On a home visit on 29 May the "
              "flat smelt of cannabis (Chloe said it was Jordan's friend). The bedroom is too small for a cot "
              "next to the bed and the flat was 15 degrees. If the birth were today, Ivy would come home to a "
              "cold flat with nowhere safe to sleep and a father who has been violent towards her mother."),
        ("h1", "3. Conclusions"),
        ("p", "Chloe is warm, wants to be a good mother and has used the sessions well. The risks are her "
              "anxiety, a return to cannabis under stress, and Jordan's violence, which she still minimises. "
              "She has little help other than Jan. The assessment recommends a pre-birth child protection plan, "
              "and conference agreed this on 26/06/2025."),
        ("h1", "4. What we want for Ivy"),
        ("bullets", [
            "Ivy is born into a home free from violence, shouting and cannabis smoke.",
            "Ivy sleeps safely in her own cot in a warm room, is fed when she is hungry and gains weight after "
            "birth.",
            "Chloe will feel less anxious and more confident as a mum.",
        ]),
        ("h1", "5. The pre-birth plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Home visits to see Chloe, the flat and where Ivy will sleep, and talk about her plans for Ivy",
                 "SW Amy Goldsworthy", "Every 2 weeks until the birth",
                 "Visit records; space for the cot ready and the flat warm by 36 weeks"],
                ["Antenatal care and a birth plan that says who may visit on the ward",
                 "Safeguarding midwife Lorna Penrose", "Birth plan by 34 weeks (24/07/2025)",
                 "Signed birth plan on the maternity record and copied to the SW"],
                ["Antenatal contact on safe sleep, feeding and bonding",
                 "HV Rachel Kemp", "By 36 weeks (07/08/2025)",
                 "Safe sleep checklist signed by Chloe and shared with the SW"],
                ["Weigh Ivy and watch a feed after she comes home",
                 "HV Rachel Kemp", "Weekly for the first 6 weeks",
                 "Weights in the red book; Ivy back to birth weight by day 14"],
                ["Talking therapy sessions for Chloe's anxiety and panic attacks",
                 "Owen Hext, practitioner, Talking Minds", "Weekly for 12 weeks from 03/07/2025",
                 "Attendance recorded"],
                ["Review Chloe's sertraline in late pregnancy and after the birth",
                 "GP Dr Fiona Yeo", "At 32 weeks and at the 6-week check",
                 "Medication review letter sent to the SW and the midwife"],
                ["Keywork sessions and urine screens so that Ivy is not exposed to cannabis",
                 "Nadia Brook, keyworker, Junction Drug and Alcohol Service", "Fortnightly",
                 "Screen results sent to the SW; every screen negative"],
                ["Support with budgeting, the debt and setting up the flat",
                 "Leaving care PA Sam Rees", "Ongoing",
                 "Improvement in Chloe's budgeting"],
                ["IDVA support and a safety plan for Chloe",
                 "Claire Moss, IDVA, Wandercombe Domestic Abuse Service", "First meeting by 11/07/2025",
                 "Written safety plan shared with the SW"],
                ["Domestic abuse perpetrator programme for Jordan",
                 "Jordan Pike", "When a place becomes available",
                 "End-of-programme report to the SW"],
                ["Get a cot, mattress, car seat and steriliser before the birth",
                 "", "By 36 weeks (07/08/2025)",
                 "SW sees them in the flat at a home visit"],
                ["Help Chloe in the first weeks after Ivy is born",
                 "Family network", "First 2 weeks after the birth",
                 ""],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If Chloe has a positive screen for cannabis after 30 weeks, or Jordan threatens or assaults her, "
              "the SW will hold a strategy discussion the same day. Ivy will not go home from hospital until "
              "that discussion has been held, and Chloe and Ivy will be offered a place together with Wandercombe "
              "parent and baby foster carers. If the risks are not reduced by 32 weeks, or Chloe does not accept "
              "the placement, the team manager will request a legal planning meeting before the birth."),
        ("h1", "7. Meetings"),
        ("p", "Core group: every 4 weeks, first on 10/07/2025 and then 07/08/2025, at Wandercombe Children's "
              "Centre. Review child protection conference: within 10 working days of Ivy's birth – date to be "
              "arranged after the birth."),
        ("p", "Amy Goldsworthy, Social Worker – 27/06/2025. Copy given to Chloe and to Jordan."),
    ],
    "findings": [
        F("H001", "Talking therapy sessions for Chloe's anxiety and panic attacks"),
        F("T002", "Support with budgeting, the debt and setting up the flat"),
        F("M002", "Support with budgeting, the debt and setting up the flat"),
        F("T002", "Domestic abuse perpetrator programme for Jordan"),
        F("W001", "Get a cot, mattress, car seat and steriliser before the birth"),
        F("W002", "Help Chloe in the first weeks after Ivy is born"),
        F("M001", "Help Chloe in the first weeks after Ivy is born"),
        F("F002", "Chloe will feel less anxious and more confident as a mum"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference record for a looked-after baby on a neonatal unit:
#    narrative sections and the conference's decisions, then the plan in a
#    banded table (PDF with header and footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_wickenhope_rcpc_record_ward_baby_plan_prendergast.pdf",
    "doc_title": "Review Child Protection Conference Record and Plan - Ruby Prendergast",
    "split": "heldout",
    "template": "rcpc-record-lac-neonatal-narrative-decisions-then-banded-plan-table-paged",
    "description": (
        "Exemplary: the record of a first review conference for a premature baby accommodated under section "
        "20 and still on a neonatal unit (mother's heroin relapse, methadone, depression): what has happened, "
        "Ruby's experience on the unit, her mother's views, the chair's view and decisions, then the plan in "
        "a What / Who / How often / How we will know table under banner rows. SW twice-weekly and foster "
        "carers' daily visits on the unit, the drug service and perinatal service (capacity to change) own "
        "actions, the grandmother's help has a fallback, PLO in progress with proceedings if progress is "
        "insufficient, core group and RCPC dates. OFFICIAL-SENSITIVE header and 'Page N of M' footer."
    ),
    "header": "OFFICIAL-SENSITIVE | Wickenhope Children's Services | Independent Reviewing Service",
    "footer": "RCPC record and plan – Ruby Prendergast – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Plan"),
        ("kv", [
            ("Child", "Ruby Prendergast, born 02/05/2025 at 31 weeks (9 weeks old)"),
            ("Where Ruby is", "Neonatal Unit (special care), Wickenhope General Hospital; discharge expected "
                              "w/c 14/07/2025"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 16/05/2025, with her "
                             "mother's agreement"),
            ("Mother", "Kirsty Prendergast (24). No father is named on the birth certificate."),
            ("Conference", "First review conference, 03/07/2025 (pre-birth initial conference 10/04/2025)"),
            ("Chair", "Sandra Oakes, Independent Reviewing Officer"),
            ("Social worker", "Nathan Pryor, Wickenhope Safeguarding Team 3"),
            ("Present", "Kirsty; her mother Maureen Prendergast; Nathan Pryor (SW); Sister Claire Dunn "
                        "(neonatal unit); Jenny Colley (HV); Lee Hammond (Wickenhope Drug and Alcohol "
                        "Service); Dr Helen Marsh (perinatal mental health); Grace and Michael Adebayo "
                        "(foster carers)"),
        ]),
        ("h1", "1. What has happened since the pre-birth conference"),
        ("p", "Kirsty used heroin again in the last weeks of her pregnancy. Ruby was born early and needed "
              "treatment for withdrawal (neonatal abstinence syndrome); her morphine was stopped on 30/05/2025. "
              "On 16/05/2025 Kirsty agreed to Ruby being accommodated, and she has agreed that Ruby will go to "
              "foster carers when she leaves the unit. Kirsty has been on a methadone prescription (60ml, "
              "supervised daily) since 20/05/2025. Her screens since 06/06/2025 have been negative for heroin. "
              "She has low mood and was referred to the perinatal mental health service by her GP in June. A "
              "legal planning meeting on 20/06/2025 agreed to start the pre-proceedings (PLO) process; Kirsty "
              "was given the letter before proceedings on 24/06/2025 and has a solicitor."),
        ("h1", "2. Ruby's experience on the unit"),
        ("p", "Ruby weighs 2.2kg and has moved from tube feeds to bottles. The nursing notes describe her as "
              "sleepy but easy to wake for feeds, and she still startles at loud noises. She settles best with "
              "skin-to-skin and a hand on her chest. When Kirsty holds her she calms within a few minutes. On "
              "two occasions in June Kirsty missed contact without ringing, and the notes say Ruby was "
              "unsettled that evening. Mrs Adebayo has started to visit and gave Ruby her first bath on the "
              "unit on 01/07/2025."),
        ("h1", "3. Kirsty's views"),
        ("p", "Kirsty said she wants Ruby home \"more than anything\" but understands that Ruby needs to go to "
              "foster carers first. She said the methadone is helping and that her mum coming with her to the "
              "unit keeps her \"on track\". She asked for more contact after discharge."),
        ("h1", "4. The chair's view"),
        ("p", "Kirsty has made real changes in six weeks, but they are recent. Ruby is a vulnerable baby who "
              "will need calm, reliable care for months. The key questions for the next three months are "
              "whether Kirsty stays off heroin, whether her mood improves enough for her to care for Ruby, and "
              "whether she can keep to contact. The PLO process will run alongside this plan."),
        ("h1", "5. Decisions"),
        ("p", "Ruby remains subject to a child protection plan under the category of neglect. She remains "
              "accommodated under section 20, and the conference supports her discharge to Mr and Mrs Adebayo "
              "when the unit says she is ready. The plan below was agreed by everyone present, including Kirsty."),
        ("h1", "6. What we want for Ruby"),
        ("bullets", [
            "Ruby is seen by someone who knows her every day she is on the unit, and leaves hospital to "
            "carers who already know her routine.",
            "Ruby keeps gaining weight, feeds well and is calm and settled in her foster home.",
            "Ruby sees her mum often, at contact where Kirsty is sober and well, and is never cared for by an "
            "adult who has used heroin.",
        ]),
        ("pagebreak",),
        ("h1", "7. The plan"),
        ("table", {
            "header": ["What will happen", "Who", "How often / by when", "How we will know"],
            "widths": [5.8, 3.6, 3.2, 4.4],
            "rows": [
                ["While Ruby is on the neonatal unit", H, H, H],
                ["Visit Ruby on the unit, see her awake and being fed, and talk to the nurse caring for her",
                 "SW Nathan Pryor", "Twice a week (Tuesday and Friday) until discharge",
                 "Visit records show Ruby seen, her weight and how she fed"],
                ["Visit Ruby and learn her feeding, bathing and settling routine from the nurses",
                 "Grace and Michael Adebayo (foster carers)", "Daily from 04/07/2025 until discharge",
                 "Unit's carer competency checklist signed off before discharge"],
                ["Contact on the unit with skin-to-skin and feeds, supervised by the nurse in charge",
                 "Kirsty, with Sister Claire Dunn", "Mon, Wed, Fri and Sun, 1pm to 3pm",
                 "Unit contact record, sent to the SW weekly: attendance, time of arrival and how Kirsty "
                 "presented"],
                ["Drive Kirsty to every contact on the unit and wait with her",
                 "Maureen Prendergast (MGM)", "Every contact day",
                 "Unit visitor log shows Kirsty arriving with Maureen"],
                ["Leaving hospital and settling in foster care", H, H, H],
                ["Discharge planning meeting with the unit, the foster carers, Kirsty and the HV",
                 "SW Nathan Pryor", "Before discharge (by 11/07/2025)",
                 "Written discharge plan agreed and sent to everyone present"],
                ["Home visit at the foster home, then weigh Ruby and check her development",
                 "HV Jenny Colley", "Within 5 days of discharge, then weekly for 6 weeks",
                 "Weights in the red book; Ruby stays on or above the 9th centile"],
                ["Supervised contact at Wickenhope Family Centre after discharge",
                 "Family centre worker Ayesha Raza", "3 times a week from the week after discharge",
                 "Contact notes sent to the SW weekly"],
                ["Come with Kirsty to Saturday contact at the family centre",
                 "Maureen Prendergast (MGM)", "Every Saturday after discharge",
                 "Family centre signing-in sheet"],
                ["Kirsty's recovery and health", H, H, H],
                ["Methadone with supervised daily consumption and a urine screen every week",
                 "Lee Hammond, recovery worker, Wickenhope Drug and Alcohol Service",
                 "Daily dose; screen weekly",
                 "Screen results sent to the SW every Friday; all negative for heroin and cocaine"],
                ["Assess Kirsty's depression and give a written view on whether she can make the changes Ruby "
                 "needs, and how long that is likely to take",
                 "Dr Helen Marsh, Wickenhope Perinatal Mental Health Service",
                 "Seen by 11/07/2025; report by 08/08/2025",
                 "Report to the core group and the PLO review meeting on Kirsty's capacity to change and the "
                 "timescale"],
                ["Parenting assessment of Kirsty, including observed care at contact",
                 "SW Nathan Pryor", "By 15/08/2025",
                 "Written assessment shared with Kirsty, her solicitor and the core group"],
                ["Viability assessment of Maureen as a possible carer for Ruby",
                 "Kinship assessor Rob Dean", "By 25/07/2025",
                 "Viability report with a recommendation, shared with the core group"],
            ],
        }),
        ("h1", "8. If things go wrong"),
        ("p", "If Kirsty arrives for contact under the influence, or a screen is positive for heroin or "
              "cocaine, the nurse in charge (or the family centre worker) will end that contact and ring the SW "
              "the same day, and all further contact will be at the family centre with a worker in the room."),
        ("p", "If Maureen cannot drive Kirsty or come with her, the SW will book a taxi through the contact "
              "service for the next contact, and contact will go ahead with the unit nurse or family centre "
              "worker supervising."),
        ("p", "If Kirsty tries to take Ruby from the unit, staff will call hospital security and the police, "
              "and the SW will apply for an emergency protection order the same day. If Kirsty withdraws her "
              "section 20 agreement, the SW will ask legal services to apply for an interim care order the "
              "same day."),
        ("p", "If, by the PLO review meeting on 19/08/2025, Kirsty's screens are not consistently negative or "
              "the perinatal and parenting assessments show she cannot make the changes in Ruby's timescale, "
              "the legal planning meeting will be asked to agree that the local authority issues care "
              "proceedings."),
        ("h1", "9. Core group and review"),
        ("p", "Core group: every 2 weeks while Ruby is on the unit (10/07/2025 on the unit), then every 4 weeks "
              "(07/08/2025, 04/09/2025). Next review child protection conference: 02/10/2025, 10am, "
              "Wickenhope Civic Centre. Ruby's next looked after review: 12/09/2025."),
        ("p", "Record completed by Sandra Oakes, IRO, 04/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Not a plan: a MASH request for information sent to partner agencies
#    (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b22_wollaby_mash_information_request_mulvaney.md",
    "split": "heldout",
    "template": "not-a-plan-mash-multi-agency-information-request-form-md",
    "description": (
        "Not a plan: a MASH request for information sent to health, school and police about a referral "
        "(child, concerns, questions for each agency, a return-by deadline and the basis for sharing). It "
        "names a child, worries and deadlines but holds no child's plan, so it gets no findings."
    ),
    "not_a_plan": True,
    "text": """\
# Wollaby MASH – Request for Information (RFI)

**Wollaby Multi-Agency Safeguarding Hub** · Civic Centre, Bridge Street, Wollaby
Secure email: mash@wollaby-council.example · Tel 01632 960 771

| Field | Detail |
|---|---|
| RFI reference | MASH-RFI-25-06183 |
| Date sent | 16/06/2025, 11:20 |
| RAG rating at screening | **Amber** – reply within 1 working day |
| Reply needed by | **12:00 on 17/06/2025** |
| Sent by | Chloe Haverford, MASH social worker |
| Manager | Imran Qureshi, MASH team manager |

## 1. Child(ren) the request is about

| Name | DOB | Age | School / setting |
|---|---|---|---|
| Lacey Mulvaney | 04/10/2016 | 8 | Wollaby St Aidan's CE Primary |
| Mason Mulvaney | 27/01/2022 | 3 | Not known – please check |

**Address:** 19 Kestrel Walk, Wollaby
**Adults in the household (as known):** Shannon Mulvaney (mother, DOB 13/03/1995);
possibly a male partner, name not known

## 2. Why we are asking

A contact was received from Wollaby Housing on 13/06/2025. A repairs operative
visited the flat and reported that it was very dirty, with dog mess on the floor
and no food visible in the kitchen. A young boy was alone in the living room for
about 10 minutes before Shannon came downstairs. The operative said Shannon
"seemed out of it". There is no open children's social care involvement. The
family were known to Early Help in 2023 (closed after 3 months).

## 3. Questions for each agency

**Health (GP, health visiting, school nursing)**
- Are Lacey and Mason registered with a GP? When were they last seen?
- Are Mason's immunisations and 2-year review up to date?
- Is there any known history of mental ill health or substance use for Shannon?

**Education**
- Lacey's attendance this year and any lateness, presentation or welfare concerns.
- Does Mason attend any early years setting?

**Police**
- Any incidents at the address or involving Shannon in the last 2 years.
- Any information about a male partner at the address.

## 4. Basis for sharing

This request is made under section 17 / section 47 of the Children Act 1989
screening duties and the Wollaby Safeguarding Children Partnership information
sharing agreement. Consent has **not** been sought because the MASH manager has
decided that seeking it now could place the children at risk. Please share only
what is relevant and proportionate.

## 5. How to reply

- Reply using the secure email above, quoting the RFI reference in the subject
  line.
- If you hold nothing, please reply "no information held" so we can close your
  part of the request.
- If anything you find means a child may be at immediate risk, ring the MASH
  duty line straight away, do not wait for the deadline.

*This form is not a referral outcome. The MASH will decide the next step once
all agencies have replied, and the referrer will be told the outcome.*
""",
    "findings": [],
})
