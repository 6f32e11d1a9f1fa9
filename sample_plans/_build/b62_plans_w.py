"""Batch 62, module w: seven fictional plans (held-out material), places beginning with "w".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as a busy local authority team writes them, each in its own
layout and voice - an initial conference plan with a classic table, a core
group record with an action log (family moving to another authority), a
Signs of Safety plan, a plan written as a letter to the parents, a
case-system export, a review conference plan for a looked-after baby on a
children's ward, and a review conference step-down plan with merged outcome
cells. Three plans are exemplary; the others hold a mix of faults.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 7-week-old, classic four-column table
#    (docx). Faults across actions, one adult outcome, no fallback if the
#    grandmother or aunt cannot help, no legal step.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_wrenmouth_icpc_classic_table_kilbride.docx",
    "doc_title": "Initial Child Protection Plan - Zara Kilbride-Platt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-baby-docx-kv-details-action-who-by-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 7-week-old (mother's postnatal depression, father's daily cannabis, "
        "weight dropping, unsafe sleep). Action | Who | By when | How we will know table. The perinatal "
        "team only visits to support (H001); the safe sleep row is 'Ongoing' / 'Monitored' (T002, M002); "
        "'All professionals' (W002); a Home-Start referral with no date (T001); a housing row with no "
        "measure (M001); one outcome only about mum (F002). The grandmother and aunt carry nights and "
        "weekends but the contingency has no fallback if they cannot (C003), and nothing leads to legal "
        "planning (R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Wrenmouth Borough Council – Children's Services – Harbourside Assessment and Safeguarding Team"),
        ("kv", [
            ("Child", "Zara Kilbride-Platt, born 12/09/2025 (7 weeks at conference)"),
            ("Mother", "Chloe Kilbride (22)"),
            ("Father", "Ryan Platt (25), lives with Chloe and Zara and has parental responsibility"),
            ("Address", "Flat 7, Anchor Court, Quay Road, Wrenmouth"),
            ("Conference", "Initial child protection conference, Monday 03/11/2025, 10am, Wrenmouth Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Mercer"),
            ("Chair", "Roger Tamblyn, Child Protection Chair"),
        ]),
        ("h1", "Why Zara needs a plan"),
        ("p", "Chloe was diagnosed with postnatal depression when Zara was four weeks old and is open to the "
              "Wrenmouth Perinatal Mental Health Team (PMHT). She is on sertraline. On two of the health "
              "visitor's visits in October Zara was crying in her Moses basket in a nappy that had not been "
              "changed for several hours while Chloe was in bed, and on 21/10 the HV found Zara asleep on a "
              "cushion on the sofa. Ryan told the SW he smokes cannabis \"every evening to chill out\", and "
              "the flat smelt of cannabis on both SW visits. Zara was born on the 50th centile and was "
              "weighed on the 25th centile on 28/10."),
        ("p", "Chloe and Ryan both came to conference. Chloe said she has \"good days and bad days\" and that "
              "the nights are the worst. Ryan said he would stop smoking in the flat and accepted that Zara "
              "should never be on the sofa."),
        ("h1", "Zara's day"),
        ("p", "Zara cannot tell us how she feels, so this is what the HV and SW have seen. She takes 4oz of "
              "formula every three to four hours and is hungry and unsettled by the 2am feed. She settles "
              "quickly when her nan, Denise, holds her upright against her shoulder. When Chloe is low Zara "
              "spends long spells in the Moses basket and the HV noticed she has a flat patch on the back of "
              "her head. At the SW's visit on 30/10 Ryan bathed her; she kicked and smiled at him and he "
              "talked to her the whole time."),
        ("h1", "What we want for Zara"),
        ("bullets", [
            "Zara is fed on time, day and night, and her weight climbs back towards the 50th centile.",
            "Zara sleeps on her back in her own Moses basket for every sleep.",
            "Zara lives in a home free of cannabis smoke, with a sober adult looking after her at all times.",
            "Chloe's mental health will improve and she will engage with the perinatal team.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Who", "By when", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Home visits to see Zara awake, look at where she sleeps and check the feed chart; at least "
                 "one visit in three unannounced",
                 "SW Hannah Mercer",
                 "Weekly until the review conference",
                 "Visit record notes where Zara slept, what she was fed and how Chloe and Ryan handled her"],
                ["Weigh Zara and check her feeding at home",
                 "HV Gemma Toller",
                 "Weekly for 8 weeks, then fortnightly",
                 "Weight plotted in the red book; back on or above the 25th centile line by the review"],
                ["Weekly home visits to support Chloe with her low mood and anxiety",
                 "Aisha Rahman, CPN, Wrenmouth Perinatal Mental Health Team",
                 "Weekly",
                 "Chloe sees Aisha at 4 out of 4 visits (PMHT diary)"],
                ["Review Chloe's antidepressant dose and any side effects",
                 "Dr Sunil Okon, GP, Harbour Lane Surgery",
                 "By 17/11/2025",
                 "GP letter to the SW"],
                ["Stay overnight at Anchor Court and do the 2am feed so Chloe can sleep",
                 "Denise Kilbride (maternal grandmother)",
                 "Sunday to Thursday nights until the review conference",
                 "Denise signs the feed chart each night; SW checks it at visits"],
                ["Be at the flat whenever Ryan is caring for Zara on his own at weekends",
                 "Paula Platt (paternal aunt)",
                 "Every Saturday and Sunday, 9am to 5pm",
                 "Paula's diary of each day, seen by the SW"],
                ["Assess Ryan's cannabis use, do monthly drug screens and report on whether he is cutting down "
                 "and what that means for his care of Zara",
                 "Liam Cotter, Wrenmouth Drug and Alcohol Service",
                 "Assessment by 21/11/2025, then screens monthly",
                 "Screen results and a written report to the SW before each core group"],
                ["Go through safe sleep advice again with Chloe and Ryan and check the Moses basket is used "
                 "for every sleep",
                 "HV Gemma Toller",
                 "Ongoing",
                 "Monitored"],
                ["Tell the SW the same day about any missed feed, unexplained mark or smell of cannabis at a visit",
                 "All professionals",
                 "Same day",
                 "Each concern logged on Zara's file by the SW"],
                ["Refer Chloe to Home-Start for a volunteer to help with shopping and getting out with Zara",
                 "FSW Kerry Blackmore",
                 "",
                 "Volunteer matched and first visit date on file"],
                ["Support Chloe to apply for a housing transfer because of the damp in the flat",
                 "SW Hannah Mercer",
                 "By 01/12/2025",
                 ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Ryan is found to have smoked cannabis while caring for Zara, or Zara is found asleep on the "
              "sofa or in her parents' bed, the SW (or the emergency duty team out of hours) will hold a "
              "strategy discussion the same day and Zara will go to stay with Denise at 12 Gull Lane until "
              "that discussion has agreed what happens next."),
        ("p", "If Chloe tells any professional she is having thoughts of harming herself or Zara, the PMHT duty "
              "worker will see her the same day and Denise will look after Zara."),
        ("h1", "Core group and review"),
        ("p", "First core group: Monday 17/11/2025, 1.30pm, Harbourside Family Hub. Then every 4 weeks at the "
              "same time and place: 15/12/2025 and 12/01/2026. Review child protection conference: Tuesday "
              "03/02/2026, 10am, Wrenmouth Civic Centre."),
        ("p", "Plan typed by Hannah Mercer (SW) on 04/11/2025 and sent to Chloe, Ryan and all agencies."),
    ],
    "findings": [
        F("F002", "Chloe's mental health will improve and she will engage with the perinatal team."),
        F("H001", "Weekly home visits to support Chloe with her low mood"),
        F("T002", "Go through safe sleep advice again with Chloe and Ryan"),
        F("M002", "Go through safe sleep advice again with Chloe and Ryan"),
        F("W002", "any missed feed, unexplained mark or smell of cannabis"),
        F("T001", "Refer Chloe to Home-Start for a volunteer"),
        F("M001", "Support Chloe to apply for a housing transfer"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Second core group record with an action log; the family is moving to
#    another authority and two actions are parked until the transfer (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_wyvernham_core_group_action_log_brightwell.docx",
    "doc_title": "Core Group 2 Record and Action Log - Kai and Maisie Brightwell",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-2-record-docx-present-with-initials-progress-narrative-then-numbered-action-log-owner-due-how-well-know-status",
    "description": (
        "Second core group record for a 9-year-old and a 3-year-old (mother's drinking, past domestic "
        "abuse) whose family is moving into another council's area. No. | Action | Owner | Due | How we'll "
        "know | Status action log. The parenting assessment is put on hold and a Freedom Programme referral "
        "left to the receiving council until the transfer (X001 x2); the damp row is 'TBC' (T002); the "
        "health review has no date (T001); Kai's safety plan row has no owner (W001); the talk with Kai "
        "about the move has no measure (M001). The contingency only says the core group will meet sooner "
        "(C002) with no legal step (R002), and the review conference is left to the receiving council "
        "(R001). The handover row itself keeps the plan running and is fine."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Record and Action Log"),
        ("p", "Wyvernham City Council · Children and Families · Safeguarding Team South"),
        ("kv", [
            ("Children", "Kai Brightwell (9), Year 5, Larkhill Primary; Maisie Brightwell (3), Little Owls "
                         "Nursery"),
            ("Mother", "Stacey Brightwell (31)"),
            ("Address", "22 Sorrel Way, Wyvernham (moving to 3 Fenn Close, Thornbury, Calderwick Council area, "
                        "on 08/12/2025)"),
            ("Meeting", "Core group 2, Monday 17/11/2025, 3.30pm, Larkhill Primary"),
            ("Plan since", "Initial conference 13/10/2025, category neglect"),
            ("Chair of core group", "Ellie Shah, social worker (ES)"),
        ]),
        ("h2", "Present"),
        ("p", "Stacey Brightwell (SB), Ellie Shah, SW (ES), Mrs Jan Fenn, DSL, Larkhill Primary (JF), Lou Peters, "
              "keyworker, Little Owls Nursery (LP), Marcus Holt, Wyvernham Alcohol Service (MH), Nadia Brooks, "
              "HV (NB). Apologies: PC Steph Awan, Wyvernham Police DA Unit (update sent by email)."),
        ("h2", "Progress since core group 1 (27/10/2025)"),
        ("p", "MH: Stacey has been to 3 of 3 key-work sessions. Breath tests were clear on two of them and "
              "showed alcohol on the morning of 10/11. Stacey said she had \"a few with a friend\" the night "
              "before while the children were asleep."),
        ("p", "JF: Kai's attendance this half-term is 89%, with three late marks. He has been coming in tired "
              "on Mondays. He ate two bowls at breakfast club on 10/11."),
        ("p", "LP: Maisie has been at every session and is usually clean and dressed for the weather. On 12/11 "
              "she was collected 40 minutes late by a neighbour."),
        ("p", "ES: two home visits, one unannounced. The fridge had food in it on both. The damp in Maisie's "
              "bedroom is worse and she is sleeping in Stacey's bed. Stacey has accepted a two-bedroom house "
              "in Thornbury from Calderwick Homes and the family move on 08/12/2025. The case will transfer "
              "to Calderwick Children's Services; a transfer-in conference has to be held there."),
        ("p", "Police (by email): no call-outs to Sorrel Way since conference. Lee Garner (Kai and Maisie's "
              "father) is still subject to the non-molestation order."),
        ("h2", "How Kai and Maisie are"),
        ("p", "Kai (seen on his own at school, 12/11): \"I want to move because the new house has a garden, "
              "but I don't want to leave Jayden and Alfie.\" He said when Mum \"has her drinks\" she goes to "
              "sleep early and he puts Maisie to bed and \"does her teeth\". He said he would like to go to "
              "football club at the new school. Maisie was seen at home and at nursery: she chatted to ES "
              "about her dolls, showed her the black mould on her bedroom wall and said \"it's stinky\"."),
        ("h2", "What we want for Kai and Maisie"),
        ("bullets", [
            "Kai and Maisie are looked after every evening by a mum who has not been drinking.",
            "Kai is in school on time every day and does not have to put Maisie to bed.",
            "Maisie sleeps in her own dry, mould-free bedroom.",
            "The move to Thornbury goes ahead without Kai and Maisie losing the people who keep an eye on them.",
        ]),
        ("h2", "Action log"),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "How we'll know", "Status"],
            "widths": [0.9, 5.3, 3.0, 2.7, 3.4, 1.7],
            "rows": [
                ["1",
                 "See Kai and Maisie at home, Kai on his own, and check the fridge and the children's bedtimes",
                 "SW Ellie Shah",
                 "Weekly until Calderwick's transfer-in conference",
                 "Visit notes with Kai's words written down",
                 "Carried forward"],
                ["2",
                 "Weekly key-work and breath tests with Stacey; written update on whether her drinking is "
                 "changing and what that means for Kai and Maisie",
                 "Marcus Holt, Wyvernham Alcohol Service",
                 "Weekly; update before each core group",
                 "Breath test results and written update sent to the SW",
                 "Carried forward"],
                ["3",
                 "Ring Stacey by 9.30am if Kai is not in school, and tell the SW the same day",
                 "Mrs Jan Fenn, DSL",
                 "Each school day",
                 "Attendance printout emailed to the SW every Friday",
                 "Carried forward"],
                ["4",
                 "Record how Maisie arrives at and is collected from nursery: clean, fed, and who brings her",
                 "Lou Peters, keyworker, Little Owls",
                 "Every session (Mon, Wed, Fri)",
                 "Daily sheet emailed to the SW every Friday",
                 "New"],
                ["5",
                 "Send Calderwick the transfer-in request, chronology and this plan; keep every action here "
                 "running until their transfer-in conference",
                 "SW Ellie Shah and TM Rob Keane",
                 "By 01/12/2025",
                 "Calderwick confirm receipt in writing and give a conference date",
                 "New"],
                ["6",
                 "Complete the parenting assessment of Stacey – on hold until the case transfers to Calderwick, "
                 "who will complete it",
                 "SW Ellie Shah (handover to Calderwick)",
                 "After transfer, by 31/01/2026",
                 "Assessment report shared with the core group",
                 "On hold"],
                ["7",
                 "Referral to the Freedom Programme for Stacey to be made by Calderwick once the family has moved",
                 "Calderwick Children's Services",
                 "After the move, by 31/01/2026",
                 "Course place confirmed in writing",
                 "Deferred"],
                ["8",
                 "Chase Wyvernham Homes about the black mould in Maisie's bedroom",
                 "SW Ellie Shah",
                 "TBC",
                 "Repair date confirmed in writing by Wyvernham Homes",
                 "Carried forward"],
                ["9",
                 "Maisie's 3-year health review, including a hearing test",
                 "HV Nadia Brooks",
                 "",
                 "ASQ-3 scores and hearing result shared with the SW",
                 "New"],
                ["10",
                 "Write a safety plan with Kai for evenings when Mum has been drinking, including who he can ring",
                 "",
                 "By CG3 (08/12/2025)",
                 "Copy of the plan kept by Kai and given to Mrs Fenn",
                 "New"],
                ["11",
                 "Talk to Kai about the move and his worries about starting a new school",
                 "SW Ellie Shah",
                 "Before CG3 (08/12/2025)",
                 "",
                 "New"],
                ["12",
                 "Tell the SW about any call-out to the address or any contact from Lee Garner",
                 "PC Steph Awan, Wyvernham Police DA Unit",
                 "Within 24 hours",
                 "Each call-out logged on the children's file",
                 "Carried forward"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are any further concerns about Stacey's drinking or the children's care, the core group "
              "will meet sooner to review the plan and agree next steps."),
        ("h2", "Next meetings"),
        ("p", "Core group 3: Monday 08/12/2025, 3.30pm, Larkhill Primary (the last one in Wyvernham). Core "
              "groups meet every 3 weeks until the transfer. The review conference will be arranged by "
              "Calderwick after the family has moved."),
        ("p", "Record typed by ES on 18/11/2025 and sent to everyone present. Corrections to ES within 5 "
              "working days please."),
    ],
    "findings": [
        F("X001", "Complete the parenting assessment of Stacey – on hold"),
        F("X001", "Referral to the Freedom Programme for Stacey to be made"),
        F("T002", "Chase Wyvernham Homes about the black mould"),
        F("T001", "Maisie's 3-year health review, including a hearing test"),
        F("W001", "Write a safety plan with Kai for evenings"),
        F("M001", "Talk to Kai about the move and his worries"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety initial conference plan with a safety network (md),
#    exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_wathenby_sos_safety_network_roper.md",
    "split": "heldout",
    "actions": 11,
    "template": "signs-of-safety-md-danger-statement-working-well-scaling-safety-goals-next-steps-table-safety-network",
    "description": (
        "Signs of Safety plan from an initial conference for a 6-year-old and a 2-year-old (domestic abuse "
        "by the younger child's father when drinking; he has moved out). Worries, danger statement, what's "
        "working well, scaling, Leo's words and Ava's days, safety goals, then a next-steps table (What "
        "needs to happen | Who | By when | How we will know). The grandmother and a neighbour from the "
        "safety network carry two steps and the contingency says what happens if either cannot; the "
        "alcohol service reports on change; dates and the legal step are set. Exemplary."
    ),
    "text": """\
# Wathenby Council – Children's Services
## Signs of Safety Child Protection Plan: Leo Roper and Ava Hale

| | |
|---|---|
| **Children** | Leo Roper (6), Year 2, Wathenby Park Primary · Ava Hale (2), at home |
| **Mum** | Danielle Roper (27), 4 Larch Close, Wathenby |
| **Ava's dad** | Jordan Hale (30), moved out on 3 October; now at his mother's flat, 19 Dyer Street |
| **Leo's dad** | Scott Roper, lives in Dundee, no contact since 2021 |
| **Conference** | Initial child protection conference, Monday 24 November 2025 |
| **Category** | Emotional abuse |
| **Social worker** | Natalie Obi, Wathenby North Family Safeguarding Team |
| **Chair** | Andrew Falconer |

**Safety network:** Pauline Roper (Danielle's mum, 5 minutes' walk away), Sinead Kerr
(neighbour at no. 6 and Leo's godmother), Danielle, Jordan.

---

### What are we worried about?

**Past harm.** On 2 October 2025 Jordan came home after drinking all afternoon. He
shouted at Danielle, threw a mug that smashed against the wall next to Ava's high
chair and pushed Danielle into the kitchen door. Leo ran to Sinead's house in his
pyjamas and Sinead rang 999. Police have been called to the house twice before, in
March and June 2025, both times after Jordan had been drinking. Leo's school say he
has become clingy at drop-off and has wet himself twice in class since October.

**Danger statement.** Children's services, school and the health visitor are worried
that if Jordan drinks and comes to the house, he could shout, throw things and hurt
Danielle again as he did on 2 October. Leo and Ava could be hit by things that are
thrown, Leo could get hurt trying to protect his mum, and both children could grow
up frightened at home and believe that shouting and hurting are a normal part of
family life.

**Complicating factors.** Jordan does not yet accept that his drinking is a problem
("I only drink at weekends"). He wants to see Ava and says Danielle is "keeping her
from me". Danielle and Jordan are not together but are still in touch by text.

### What's working well?

- Danielle asked Jordan to leave the day after the incident and has not let him
  back in the house.
- Pauline and Sinead both came to conference and want to help.
- Jordan has come to every supervised contact at Pauline's since October, on time
  and sober, and Pauline says Ava runs to him.
- Leo is doing well with his reading and has a good friend in his class, Ibrahim.

### What Leo says

Leo did his three houses with Natalie at school on 18 November. In his **house of
worries** he drew "Jordan shouting" and "the broken cup". In his **house of good
things** he drew Nana Pauline's dog, Sinead's trampoline and "Mummy reading the
Gruffalo". In his **house of dreams** he wrote "no shouting ever" and "Ava and me
see Jordan at Nana's". He told Natalie: "When there is shouting I get under my
duvet and hold Ava's hand." He would like "a lock on my door so no one can come in".

### Ava's days

Ava is two and says single words and a few short phrases ("more juice", "where
Leo?"). On Natalie's visits she played happily with her kitchen set, brought her
mum books to read and went to Danielle for a cuddle when the doorbell rang. The
health visitor saw her flinch and cover her ears when a door banged on 12 November.
She sleeps in Danielle's room and wakes most nights.

### Scaling

On a scale where 10 means everyone is confident Leo and Ava are safe at home and
the plan can end, and 0 means the children cannot stay at home:

- Natalie (SW): 4 – Danielle has kept Jordan out, but his drinking has not changed.
- Danielle: 7 – "he knows he can't come round".
- Pauline: 6. Sinead: 5. Wathenby Park Primary: 4. HV: 5.
- Leo (his own scale of sad face to happy face): "nearly happy, but not all the way".

### Safety goals

- Leo and Ava live at home with Danielle without shouting, things being thrown or
  anyone being hurt.
- Leo and Ava see Jordan only when a safe adult is there and only when he is sober.
- Leo can name three grown-ups he would go to if he felt scared, and knows what to
  do if Jordan comes to the house.
- Ava sleeps through more nights and is no longer frightened by sudden noises.

### Next steps

| What needs to happen | Who | By when | How we will know |
|---|---|---|---|
| Supervise every contact between Jordan and Ava (and Leo, if he wants to go) at Pauline's house, 10am to 12 noon, and end it at once if Jordan smells of drink | Pauline Roper (maternal grandmother) | Every Saturday until the review conference | Pauline's contact log, signed by Pauline and Jordan, checked by Natalie every fortnight |
| Walk Leo to and from school while Danielle is at the Freedom Programme | Sinead Kerr (neighbour, safety network) | Every Tuesday in term time from 2 December | School gate sign-out sheet shows Sinead collecting Leo |
| Alcohol assessment for Jordan, weekly key-work with breath tests, and a written report on whether his drinking is changing and what that means for his time with Ava | Sam Ivers, Wathenby Alcohol and Drug Service | Assessment by 5 December 2025; key-work weekly; report before each core group | Breath test results and the written report sent to Natalie |
| Refer Jordan to the Respect Dads domestic abuse programme and go through the referral with him | Natalie Obi (SW) | By 5 December 2025 | Programme confirms in writing that Jordan has a place on the January group |
| Attend the 12-week Respect Dads group, on Wednesday evenings | Jordan Hale | Weekly from 14 January 2026 | Attendance sheet and the facilitator's mid-point report to Natalie by 25 February 2026 |
| Safety plan with Danielle: panic alarm, new locks, and a code word Leo can use with Sinead | Roz Maguire, IDVA, Wathenby Domestic Abuse Service | By 5 December 2025 | Written safety plan on file; Safer Homes confirm the alarm and locks are fitted |
| Attend the Freedom Programme at Wathenby Women's Centre | Danielle Roper | Every Tuesday morning for 12 weeks from 2 December | Centre sends Natalie the attendance register at the end of each month |
| See Leo on his own (at school or at home) and Ava at home; one visit each month unannounced | Natalie Obi (SW) | Every two weeks until the review conference | Visit notes with Leo's words written down and how Ava was |
| Words and pictures story with Leo about why there is a plan and who is in his safety circle | Natalie Obi, with Danielle and Pauline | By 19 December 2025 | Leo has his own copy and can tell Natalie the three people he would go to |
| ELSA sessions with Leo on worries and feelings | Mrs Carol Duffy, ELSA, Wathenby Park Primary | Every Wednesday in term time until the review conference | ELSA log; anything Leo says about home passed to the DSL the same day |
| Ava's 2-year review, including her speech and her sleep | HV Joanne Pike | By 12 December 2025 | ASQ-3 scores and a sleep plan shared with Natalie and Danielle |

### If the safety plan is not followed

- If Jordan comes to Larch Close without it being agreed, or has been drinking when
  he turns up anywhere the children are, Danielle will ring 999 and take the children
  into Leo's room. Police will attend, Natalie (or the emergency duty team out of
  hours) will hold a strategy discussion the same day, and contact will stop until
  Natalie has seen Jordan and agreed it can start again.
- If Pauline cannot supervise on a Saturday (because she is ill or away), that
  week's contact does not happen at her house; Pauline tells Jordan and Natalie, and
  Natalie books a supervised session at Wathenby Family Centre with a contact worker
  within 5 working days.
- If Sinead cannot do the Tuesday school walk, Pauline will do it. If neither can,
  Danielle takes and collects Leo herself and goes to the next Freedom session
  instead; Natalie asks the Women's Centre to let her catch up.
- If Jordan turns up at the house or at contact having been drinking twice before
  the review conference, or there is another police call-out involving him, Natalie
  will ask her team manager for a legal planning meeting within 5 working days.

### Core group and review

- Core group every 4 weeks at Wathenby Park Primary, 3.30pm: Monday 8 December 2025,
  Monday 5 January and Monday 2 February 2026.
- Review child protection conference: Monday 23 February 2026, 10am, Wathenby Town Hall.

*Plan written by Natalie Obi and read through with Danielle on 25 November 2025. A
copy has gone to every person and agency named above.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. The plan written as a letter to the parents after the initial
#    conference, paged PDF with a header and page footer, exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_wisterby_letter_to_parents_doyle.pdf",
    "doc_title": "Letter to Shannon and Kyle - Finley and Bella's child protection plan",
    "split": "heldout",
    "actions": 10,
    "template": "plan-as-letter-to-parents-pdf-dear-shannon-and-kyle-plain-words-headings-named-person-first-bullets",
    "description": (
        "Initial conference plan for a 5-year-old and a 14-month-old (neglect: home conditions, missed "
        "health appointments, late and missed school; mother's depression under the community mental "
        "health team) written by the social worker as a letter to the parents, in plain words, with the "
        "plan as bullets that each start with the person who will do it. The care coordinator reports on "
        "whether the changes are enough and how long they are likely to take; the GP has a task; the "
        "paternal grandmother's days have a fallback; meetings and the legal step are set out honestly. "
        "Header and page footer. Exemplary."
    ),
    "header": "Wisterby Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Finley and Bella's plan – letter to Shannon and Kyle – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Children's Services, Wisterby Family Safeguarding Team"),
        ("pr", "Gaskell House, Mill Street, Wisterby"),
        ("pr", "Direct line 01632 960 418"),
        ("p", "14 January 2026"),
        ("pl", "Shannon Doyle and Kyle Barnes"),
        ("pl", "31 Tenter Street"),
        ("p", "Wisterby"),
        ("p", "Dear Shannon and Kyle,"),
        ("p", "Thank you both for coming to the child protection conference on Monday 12 January. I know it was "
              "a long morning and that some of what was said was hard to hear. As I promised, this letter sets "
              "out the plan we agreed for Finley and Bella in plain words, so that you know exactly what each "
              "person will do and when. It is the official child protection plan, and a copy goes to everyone "
              "named in it. If anything here is not what you remember agreeing, please ring me."),
        ("h2", "Why Finley and Bella have a child protection plan"),
        ("p", "The conference agreed that Finley and Bella need a plan under the category of neglect. The main "
              "worries were these. Finley has been at school for 78% of this school year and was late on more "
              "than half of the days he was there. Bella has missed her 12-month immunisations and two health "
              "visitor appointments. On my visits in December there were dirty nappies and old food on the "
              "living room floor where Bella plays, and Finley's bed had no sheet on it. Shannon, you told "
              "conference how low you have felt since the autumn: your depression has come back, you are seeing "
              "the community mental health team again, and on bad days you cannot get out of bed before Kyle "
              "goes to work at 6am. Kyle, you said you had not realised how hard the mornings had become."),
        ("h2", "What we know about Finley's and Bella's days"),
        ("p", "Finley told me at school on 7 January that mornings are \"rushy\" and that sometimes \"there's no "
              "cereal so I have a biscuit\". He said his favourite thing is when Nanny Bev takes him to school "
              "on her bike trailer, and that he likes Mrs Hughes \"because she gives me jobs\". When I asked what "
              "he would change at home, he said \"Mummy not being sad and my Spider-Man sheets back on\"."),
        ("p", "Bella is walking round the furniture and says \"Dada\", \"Fin\" and \"dog\". When I visited she "
              "was happy and curious, climbed on to Kyle's lap to show me her shoes and went to Shannon for a "
              "cuddle when she bumped her head. Her nappy rash was sore on 18 December. The health visitor "
              "noticed that she eats quickly, as if she is very hungry, when she is given a snack."),
        ("h2", "What we all want for Finley and Bella"),
        ("bullets", [
            "Finley is in school every day and on time, with breakfast inside him.",
            "Bella is up to date with her immunisations and health checks, and her nappy rash has cleared.",
            "Both children have clean beds and a clean, safe floor to play on.",
            "Finley and Bella have a grown-up who is well enough to get them up, fed and ready every morning.",
        ]),
        ("h2", "What will happen, who will do it and when"),
        ("bullets", [
            "Megan (me, your social worker) will visit you at home every week until the review conference, at "
            "least one visit in every three without telling you first. I will see Bella awake, talk to Finley "
            "on his own, and look at the kitchen and the children's bedroom, and my visit notes will say what "
            "Finley told me and what I saw.",
            "Tom Ridley, Shannon's care coordinator at the Wisterby Community Mental Health Team, will see "
            "Shannon every two weeks and write to me before each core group to say whether the changes Shannon "
            "is making are enough for her to manage the children's mornings, and how long he thinks that is "
            "likely to take.",
            "Dr Anjali Patel at Castle Street Surgery will review Shannon's antidepressant by 30 January and "
            "write to me and to Tom afterwards to say what was decided about the dose.",
            "Shannon and Kyle, you will get Finley to school by 8.50am every school day; Mrs Hughes, the DSL "
            "at Cobden Street Primary, will ring you if he is not in by 9.30am and email me his attendance and "
            "late marks every Friday.",
            "Mrs Hughes will give Finley a breakfast club place every school day from 19 January, and the "
            "breakfast club register will show whether he has been.",
            "Bev Barnes (Kyle's mum) will take Finley to school every Tuesday and Thursday and look after "
            "Bella at her house every Wednesday from 8am to 5pm, and will tick each day on the calendar in "
            "your kitchen, which I will look at on my visits.",
            "Kerry Lowe, family support worker at Wisterby Family Hub, will come to the house every Monday and "
            "Thursday morning for 8 weeks from 19 January to help you set up a morning routine and get the "
            "kitchen and bedrooms straight; she will take photos of the rooms (if you agree) in the first and "
            "last weeks and write a short note after every visit.",
            "Leanne Ford, your health visitor, will give Bella her missed 12-month immunisations and do her "
            "development check at home by 13 February, write the results in the red book and send them to me.",
            "Kyle, you will take Bella to see the practice nurse about her nappy rash on 21 January; the nurse "
            "will check the rash again on 4 February and write in Bella's notes whether it has cleared.",
            "I (Megan) will write up my assessment of how things are for Finley and Bella, with your views and theirs "
            "in your own words, and give you both a copy by 20 March, three weeks before the review conference.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Finley is not at school by 9.30am and Mrs Hughes cannot reach either of you, she will ring me "
              "(or the duty team if I am not there) and a worker will come to the house that morning."),
        ("p", "Shannon, if you are so low that you cannot get up to look after Bella, please ring Kyle and me "
              "straight away. Kyle will come home, or Bella will go to Bev's for the day, and Tom will see you "
              "within 2 working days. If you ever tell anyone you are thinking of harming yourself, the mental "
              "health crisis team will see you that day and Kyle or Bev will look after the children."),
        ("p", "If Bev is ill or away and cannot do her days, Kyle will do the Tuesday and Thursday school run "
              "before work, and Kerry will book Bella a place in the Family Hub crèche on the Wednesday. If "
              "neither of those can happen, I will arrange a childminder for that day."),
        ("p", "I want to be honest with you both about what would happen next if things do not change. If "
              "Finley's attendance is still below 90% at the core group on 23 February, or Bella misses her "
              "immunisations again, I will ask my manager for a legal planning meeting. That does not mean we "
              "would go to court, but it is the next step and I would tell you first."),
        ("h2", "Meetings"),
        ("p", "The core group (the two of you and the professionals in this letter) will meet every 4 weeks at "
              "Wisterby Family Hub at 1.30pm: Monday 26 January, Monday 23 February and Monday 23 March 2026. "
              "The review child protection conference will be on Thursday 9 April 2026 at 10am at Gaskell House. "
              "You can bring someone with you to any of these."),
        ("p", "If you want to talk about any of this, ring me on the number at the top, or come and see me at "
              "the Family Hub drop-in on Fridays."),
        ("p", "Yours sincerely,"),
        ("pl", "Megan Ashdown"),
        ("p", "Social worker, Wisterby Family Safeguarding Team"),
        ("p", "Copies to: Tom Ridley (Wisterby CMHT); Dr Anjali Patel (Castle Street Surgery); Mrs Alison Hughes "
              "(DSL, Cobden Street Primary); Leanne Ford (HV); Kerry Lowe (Wisterby Family Hub); Bev Barnes; "
              "Sue Marchant (Conference Chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Case-system export of an initial conference plan built around the
#    father's own needs (txt): field-per-line action blocks
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_wyckfield_carefile_export_mallory.txt",
    "split": "heldout",
    "actions": 9,
    "template": "case-system-export-txt-carefile-section-rules-action-blocks-description-responsible-timescale-measure-status",
    "description": (
        "CareFile export of an initial conference plan for a 12-year-old and an 8-year-old whose father, "
        "their sole carer, drinks heavily and has back pain, low mood and rent arrears. Each action is a "
        "block of Description / Responsible / Timescale / Measure / Status lines. Five of the nine actions "
        "are about the father's own needs with no link to the children (F001) and no adult service owns "
        "any (F004); 'ASAP', 'As and when' and 'Ongoing' are the only timescales of three actions (T002 x3); "
        "'Engagement with service', 'Gary feels better in himself' and 'Monitored' (M002 x3); two blank "
        "measures (M001 x2); 'Core group' as owner (W002); a referral with no owner (W001). Two outcomes "
        "are only about the father (F002 x2), the children's views are not recorded (F003), there is no "
        "contingency (C001) and no legal step (R002)."
    ),
    "text": """\
WYCKFIELD METROPOLITAN BOROUGH COUNCIL
CareFile 4  |  Child Protection Plan  |  EXPORT
Exported 27/11/2025 14:12 by KMENSAH                          Page 1 of 1
------------------------------------------------------------------------

CASE REFS     CF-0588213 / CF-0588214
CHILD 1       Rhys MALLORY       DOB 04/03/2013  (12)  Wyckfield Academy, Y8
CHILD 2       Ellie-Mae MALLORY  DOB 19/07/2017  (8)   Priory Lane Primary, Y4
CARER         Gary MALLORY (44), father, sole carer
MOTHER        Lisa MALLORY (41), Netherholt; sees the children alternate Sundays
ADDRESS       58 Cinder Lane, Wyckfield WY4 7LP
ICPC DATE     25/11/2025
CATEGORY      Neglect
ALLOCATED SW  Kofi Mensah, Family Safeguarding Team East
CHAIR         Janet Hollis

------------------------------------------------------------------------
SECTION A  REASON FOR PLAN
------------------------------------------------------------------------
Police referral 02/10/2025: Gary found asleep and smelling strongly of alcohol in
his car outside Priory Lane Primary at home time, with Ellie-Mae in the back
seat. Second police contact 29/10/2025: neighbour reported shouting, and Gary was
found drunk in the street at 11pm. Gary told the SW he drinks two bottles of wine
most nights since losing his job at the depot in April. He has a back injury,
takes co-codamol from his GP and says his mood has been low for months. Rent
arrears of GBP 1,800 and a notice seeking possession from Wyckfield Homes. School
attendance this term: Rhys 84%, Ellie-Mae 88%.

------------------------------------------------------------------------
SECTION B  CHILD'S VIEWS / WISHES AND FEELINGS
------------------------------------------------------------------------
Not recorded. Children not seen alone before conference.

------------------------------------------------------------------------
SECTION C  OUTCOMES
------------------------------------------------------------------------
C1  Gary will be abstinent from alcohol.
C2  Gary's finances and tenancy will be stable.
C3  Rhys and Ellie-Mae will attend school every day and arrive on time.

------------------------------------------------------------------------
SECTION D  ACTIONS
------------------------------------------------------------------------
ACTION 01
  Description : Gary to self-refer to Wyckfield Alcohol Service for an assessment
  Responsible : Gary MALLORY (father)
  Timescale   : ASAP
  Measure     : Confirmation of referral from the service
  Status      : Open

ACTION 02
  Description : Gary to see his GP about his back pain, sleep and low mood
  Responsible : Gary MALLORY (father)
  Timescale   : By 12/12/2025
  Measure     : GP appointment letter shown to SW
  Status      : Open

ACTION 03
  Description : Gary to attend debt advice at Citizens Advice re rent arrears
  Responsible : Gary MALLORY (father)
  Timescale   : By 19/12/2025
  Measure     : Engagement with service
  Status      : Open

ACTION 04
  Description : FSW to support Gary to complete his PIP and Universal Credit claims
  Responsible : FSW Dionne Akers
  Timescale   : As and when
  Measure     : -
  Status      : Open

ACTION 05
  Description : Gary to cut down his drinking to within recommended limits
  Responsible : Gary MALLORY (father)
  Timescale   : Over the next 3 months
  Measure     : Gary feels better in himself
  Status      : Open

ACTION 06
  Description : SW to visit the home and see Rhys and Ellie-Mae
  Responsible : SW Kofi Mensah
  Timescale   : Fortnightly
  Measure     : Visits and children seen recorded on CareFile
  Status      : Open

ACTION 07
  Description : Monitor Ellie-Mae's attendance and punctuality at Priory Lane
  Responsible : Mrs Karen Doherty, DSL, Priory Lane Primary
  Timescale   : Weekly
  Measure     : Monitored
  Status      : Open

ACTION 08
  Description : Keep an eye on the children and share any concerns with the SW
  Responsible : Core group
  Timescale   : Ongoing
  Measure     : -
  Status      : Open

ACTION 09
  Description : Referral to Wyckfield Young Carers for Rhys
  Responsible : -
  Timescale   : By 05/12/2025
  Measure     : Acceptance letter on file
  Status      : Open

------------------------------------------------------------------------
SECTION E  REVIEW ARRANGEMENTS
------------------------------------------------------------------------
Core group    Every 4 weeks. First core group 09/12/2025, 10am, Wyckfield
              Academy.
RCPC          24/02/2026, 1.30pm, Wyckfield Town Hall, Room 4.

------------------------------------------------------------------------
END OF EXPORT
""",
    "findings": [
        F("F002", "Gary will be abstinent from alcohol."),
        F("F002", "Gary's finances and tenancy will be stable."),
        F("T002", "Gary to self-refer to Wyckfield Alcohol Service"),
        F("M002", "Gary to attend debt advice at Citizens Advice"),
        F("T002", "FSW to support Gary to complete his PIP"),
        F("M001", "FSW to support Gary to complete his PIP"),
        F("M002", "Gary to cut down his drinking to within recommended limits"),
        F("M002", "Monitor Ellie-Mae's attendance and punctuality at Priory Lane"),
        F("W002", "Keep an eye on the children and share any concerns"),
        F("T002", "Keep an eye on the children and share any concerns"),
        F("M001", "Keep an eye on the children and share any concerns"),
        F("W001", "Referral to Wyckfield Young Carers for Rhys"),
        F("F001"),
        F("F003"),
        F("F004"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan for a 5-month-old accommodated under
#    section 20 and now on a children's ward; numbered table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_wexcombe_rcpc_numbered_table_marsh.md",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-md-decision-progress-theo-on-the-ward-outcomes-then-numbered-table-no-action-lead-timescale-outcome-measure",
    "description": (
        "First review conference plan for a 5-month-old accommodated under section 20 with foster carers "
        "and admitted to a children's ward with bronchiolitis and faltering weight; the mother is a "
        "19-year-old care leaver with a personality disorder diagnosis, cannabis and alcohol use. No. | "
        "Action | Lead | Timescale | Outcome measure table. Nobody is set to visit Theo on the ward (L001); "
        "the mental health team only offers a skills group (H001); the parenting assessment has no output "
        "(M001); 'Professionals' / 'As and when' / 'Improvement in engagement' on one row (W002, T002, "
        "M002); the family network meeting has no date (T001); core groups are 'to be arranged' (R001). "
        "The substance misuse service reports on change and the contingency names the legal step."
    ),
    "text": """\
# Wexcombe County Council – Review Child Protection Conference

## Child protection plan: Theo Marsh

**Child:** Theo Marsh, born 14/06/2025 (5 months)
**Mother:** Keeley Marsh (19), supported lodgings, 2 Quarry View, Wexcombe. Keeley was
looked after by Wexcombe from the age of 13 and has a personal adviser.
**Father:** not named on the birth certificate; Keeley says he has no contact.
**Legal status:** Theo has been accommodated under section 20 since 10/10/2025 and
lives with foster carers Ann and Phil Devlin, Elm Cottage, Sutton Wick.
**Where Theo is now:** Puffin Ward (children's ward), Wexcombe General Hospital, since
04/11/2025.
**Initial conference:** 21/08/2025 (neglect)
**This conference:** first review, Thursday 20/11/2025, 10am, County Hall, Wexcombe
**Social worker:** Priya Nair, Children in Care and Protection Team
**Chair:** Lorraine Quist

## Decision

Conference agreed that Theo remains at risk of significant harm if he returns to
Keeley's care, and that the child protection plan continues under the category of
neglect. Keeley has said she may withdraw her agreement to section 20.

## Progress since the initial conference

On 08/10/2025 Keeley left Theo with a friend, saying she would be back in an hour,
and did not come back for two days. Theo was accommodated with Keeley's agreement on
10/10/2025. Since then Keeley has come to 7 of 15 family time sessions; at two of
them staff could smell cannabis and one was ended early. Keeley has a diagnosis of
emotionally unstable personality disorder and has been open to the Wexcombe
Community Mental Health Team since she was 18. She told conference she drinks "at
weekends with mates" and smokes cannabis "to calm down".

Theo was admitted to Puffin Ward on 04/11/2025 with bronchiolitis. The ward has
found that his weight has dropped from the 25th to below the 9th centile since
September, and the paediatrician is looking into why. He is expected to go back to
Ann and Phil when he is off oxygen, probably in the week of 1 December.

## Theo's experience

Ann says Theo settled at Elm Cottage within a week: he sleeps from 7pm to 5am,
smiles and babbles at Phil and reaches for the dog. Before he came into care he
arrived at family time in wet clothes twice and screamed when put down. On the ward
the nurses say he feeds slowly, tires quickly, and calms best when he is swaddled
and held upright; he watches faces closely and smiles at the nurses who feed him
most often. Ann and Phil have phoned the ward every day and have visited twice.
Keeley has visited once.

## Outcomes for Theo

1. Theo is fed well and his weight is back on the 25th centile by the next review.
2. Theo lives somewhere safe and settled, with carers who meet his health needs.
3. Theo keeps getting to know his mum through family time that is safe and regular.
4. A decision about where Theo will grow up is made without delay.

## Plan

| No. | Action | Lead | Timescale | Outcome measure |
|---|---|---|---|---|
| 1 | Liaise with Puffin Ward about Theo's discharge and go to the discharge planning meeting | SW Priya Nair | Before discharge | Written discharge plan on Theo's file, copied to the foster carers and the HV |
| 2 | Continue to offer Keeley a place on the DBT skills group and fortnightly care coordination | Jon Rees, care coordinator, Wexcombe CMHT | Weekly group; care coordination fortnightly | Keeley attends sessions (CMHT record) |
| 3 | Parenting assessment of Keeley (PAMS) | SW Priya Nair | By 19/12/2025 | – |
| 4 | Hair strand test for cannabis and alcohol, weekly key-work, and a written report on whether Keeley is cutting down and what that means for her care of Theo | Tasha Bloom, Wexcombe Substance Misuse Service | Hair strand by 28/11/2025; key-work weekly | Test results and the written report sent to the SW before each core group |
| 5 | Supervised family time for Keeley and Theo at Wexcombe Family Centre | Gail Shaw, contact worker, Family Time Team | Three times a week (Mon, Wed, Fri) from the week after discharge | Written record of each session: Keeley's arrival time, whether she is sober, how she feeds and settles Theo |
| 6 | Keep a feed and weight chart for Theo and take him to baby clinic | Ann Devlin, foster carer | Every feed from discharge; clinic weekly | Feed chart shared with the HV; weight plotted in the red book |
| 7 | Write a feeding plan for Theo's discharge and show Ann and Keeley how to follow it | Sophie Grant, paediatric dietitian, Puffin Ward | Before discharge | Feeding plan in writing, copied to the HV and SW |
| 8 | Encourage Keeley to keep her appointments with all services | Professionals | As and when | Improvement in engagement |
| 9 | Update Keeley's pathway plan, including her housing when she leaves supported lodgings | Dan Kerr, personal adviser, Wexcombe Leaving Care Team | By 12/12/2025 | Updated pathway plan on file and a copy given to Keeley |
| 10 | Family network meeting with Keeley's aunt Mandy and grandmother Rita to see whether either could care for Theo | SW Priya Nair | | Family network meeting record on file, with who has asked to be assessed |

## Contingency

- If Keeley arrives on the ward or at family time under the influence of alcohol or
  cannabis, ward staff or the contact worker will end the visit, ask her to leave
  and tell the SW the same day.
- If Keeley withdraws her agreement to section 20 and tries to take Theo from the
  ward or from Elm Cottage, ward staff or Ann will call the police, and the SW (or
  the emergency duty team out of hours) will hold a strategy discussion the same
  day and ask for an urgent legal planning meeting.
- If Keeley's hair strand test is positive or she misses two family time sessions in
  a row, the SW will ask the team manager for a legal planning meeting within 5
  working days to consider starting care proceedings.

## Meetings

- Core group: to be arranged after Theo is discharged.
- Next review child protection conference: Thursday 19/02/2026, 2pm, County Hall.

*Plan agreed by the chair on 21/11/2025 and sent to Keeley, the foster carers and all
agencies.*
""",
    "findings": [
        F("H001", "Continue to offer Keeley a place on the DBT skills group"),
        F("M001", "Parenting assessment of Keeley (PAMS)"),
        F("W002", "Encourage Keeley to keep her appointments with all services"),
        F("T002", "Encourage Keeley to keep her appointments with all services"),
        F("M002", "Encourage Keeley to keep her appointments with all services"),
        F("T001", "Family network meeting with Keeley's aunt Mandy"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Second review conference: plan continues for one more period as a
#    step-down plan; outcome column merged down over each outcome's rows
#    (docx), exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_wolderby_rcpc_step_down_merged_outcomes_tranter.docx",
    "doc_title": "Review Child Protection Conference - Step-down Plan - Mia and Oscar Tranter",
    "split": "heldout",
    "actions": 8,
    "template": "rcpc-2-step-down-plan-docx-decision-and-step-down-conditions-outcome-column-merged-down-what-who-when-how-well-know",
    "description": (
        "Second review conference for an 11-year-old and a 7-year-old (neglect; father's drinking, now "
        "alcohol-free for five months; mother's depression, improving). The plan continues for one more "
        "period as a step-down plan with the conditions for moving to a child in need plan set out. "
        "Outcome | What will happen | Who | When | How we'll know table with the outcome merged down over "
        "its rows (three real Word vertical merges). The alcohol service reports on change, the GP has a "
        "task, the children's words are recorded, the contingency has a specific trigger, a response and "
        "a legal step, and the dates are set. Exemplary."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Review Child Protection Conference – Step-down Plan"),
        ("p", "Wolderby District Council · Children's Services · Family Safeguarding Team West"),
        ("kv", [
            ("Children", "Mia Tranter (11), Year 7, Wolderby High School; Oscar Tranter (7), Year 3, "
                         "Hawthorn Juniors"),
            ("Parents", "Jodie Tranter (34) and Mark Tranter (37), 12 Kestrel Rise, Wolderby"),
            ("Conference", "Second review child protection conference, Tuesday 20/01/2026, 10am, Wolderby "
                           "Council Offices"),
            ("Plan history", "Initial conference 15/07/2025; first review 14/10/2025; category neglect"),
            ("Social worker", "Owen Pritchard"),
            ("Chair", "Bernadette Cole, Independent Chair"),
        ]),
        ("h1", "Decision"),
        ("p", "Conference agreed that there has been real and lasting change, but that it is still recent. The "
              "child protection plan will continue until the next review on 14/04/2026 as a step-down plan. "
              "Conference expects to end the plan at that review and move to a child in need plan if, by then: "
              "Mark's tests have stayed clear; Mia's and Oscar's attendance is 95% or more; and Mia and Oscar "
              "still tell us that home is calm. Jodie and Mark agreed with this decision."),
        ("h1", "Progress since the last review"),
        ("p", "Mark has not had a drink since 18/08/2025. His monthly breath and liver function tests from the "
              "Wolderby Alcohol Recovery Service have all been clear, and he goes to the relapse-prevention "
              "group every fortnight. Jodie finished a course of CBT with Wolderby Talking Therapies in "
              "October; she is still on sertraline and wants to come off it slowly with her GP. The house has "
              "been clean and stocked with food on all seven of the SW's visits since October, four of them "
              "unannounced. Oscar's attendance has gone from 81% to 94% and Mia's from 85% to 93%. There have "
              "been no police call-outs since June 2025."),
        ("h1", "What Mia and Oscar say"),
        ("p", "Mia (seen on her own at school, 13/01/2026): \"It's loads better. Dad makes pancakes on Sundays "
              "now and he actually gets up.\" She said she still checks the recycling bin \"for bottles, just "
              "in case\", and that she is scared things will go back to how they were last summer. She wants "
              "the meetings to stop \"but not until everyone's sure\"."),
        ("p", "Oscar (seen at home, 15/01/2026) showed Owen the football medal Mark took him to collect. He "
              "said home is \"happy now\" and gave it 9 out of 10, \"because Mum still has sad days\". He "
              "wants to keep going to breakfast club \"because of my friend Alfie\"."),
        ("h1", "Step-down plan"),
        ("table", {
            "header": ["Outcome for Mia and Oscar", "What will happen", "Who", "When", "How we'll know"],
            "widths": [3.3, 5.2, 2.9, 2.8, 2.8],
            "rows": [
                ["Mia and Oscar are looked after by parents who are sober, day and night.",
                 "Fortnightly relapse-prevention group with Mark and monthly breath and liver function tests; a "
                 "written report before each core group on whether Mark is staying alcohol-free and what that "
                 "means for Mia and Oscar",
                 "Chris Adebayo, Wolderby Alcohol Recovery Service",
                 "Group fortnightly and tests monthly until 14/04/2026; report before each core group",
                 "Test results and the written report sent to the SW"],
                [V,
                 "Write a relapse plan with Jodie that includes the children's part: the warning signs, and "
                 "who looks after Mia and Oscar if Mark feels like drinking",
                 "Mark Tranter, with Chris Adebayo",
                 "By 17/02/2026",
                 "Copy of the plan on the file; Mia and Oscar can tell the SW who they would go to"],
                ["Mia and Oscar get to school on time every day, with breakfast and the right kit.",
                 "Check Mia's attendance and punctuality each morning and ring Jodie if she is not in by 9.15am",
                 "Mr Sunny Gill, head of Year 7, Wolderby High",
                 "Every school day until the review",
                 "Attendance summary emailed to the SW every Friday; 95% or more by the review"],
                [V,
                 "Keep Oscar's breakfast club place and ring Jodie or Mark if he is not there by 8.45am",
                 "Mrs Ruth Shah, DSL, Hawthorn Juniors",
                 "Every school day until the review",
                 "Breakfast club register and attendance sent to the SW every Friday; 95% or more by the review"],
                [V,
                 "Review Jodie's sertraline as she reduces it, and write to the SW about how she is managing "
                 "the children's mornings",
                 "Dr Fiona Lau, GP, Wolderby Health Centre",
                 "Appointment by 27/02/2026",
                 "GP letter on the children's file"],
                ["Mia and Oscar have a say in their plan and know who to tell if things start to slip back.",
                 "See Mia and Oscar on their own, at home and at school, and write down what they say",
                 "SW Owen Pritchard",
                 "Every 3 weeks until the review; at least one visit unannounced",
                 "Visit notes quoting each child's own words"],
                [V,
                 "Six sessions with Mia about her worry that things will go back to how they were, ending with "
                 "her own safety card",
                 "Ms Nia Lloyd, school counsellor, Wolderby High",
                 "Thursdays from 29/01/2026, finishing by 12/03/2026",
                 "Mia's safety card (one copy with her, one on file) and a short summary to the SW"],
                [V,
                 "Draft a child in need plan with Jodie, Mark, Mia and Oscar, ready for step-down",
                 "SW Owen Pritchard",
                 "By the core group on 24/03/2026",
                 "Draft plan shared with the family and the core group at that meeting"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Mark drinks (a positive breath or blood test, anyone smelling alcohol on him, or Jodie, Mia or "
              "Oscar telling us), Mark will leave the house that day and stay with his brother Paul at 40 Lime "
              "Grove; if Paul cannot have him, Owen will help him book a room at the Wolderby Foyer that night. "
              "Jodie will care for the children at home. Owen (or the emergency duty team out of hours) will "
              "hold a strategy discussion the same day, and the step-down will stop."),
        ("p", "If Jodie's mood drops so that she cannot get the children up and to school, Mark will do the "
              "mornings and Dr Lau will see Jodie within 2 working days."),
        ("p", "If Mark drinks while he is looking after Mia or Oscar, or has two positive tests before the "
              "review, Owen will ask his team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 5 weeks at Hawthorn Juniors, 3.30pm: Tuesday 17/02/2026 and Tuesday 24/03/2026. "
              "Next review child protection conference: Tuesday 14/04/2026, 10am, Wolderby Council Offices."),
        ("p", "Plan typed by Owen Pritchard (SW) on 21/01/2026 and agreed with the chair."),
    ],
    "findings": [],
})
