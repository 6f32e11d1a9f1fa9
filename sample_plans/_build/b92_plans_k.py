"""Batch 92, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: outcomes and measures as real councils write them. Outcomes in the
child's own words ("What we want for Ruby"), as SHANARRI wellbeing banners in
a Scottish child's plan, as "What needs to be different" in core group
minutes, or only about the parents ("Mum to be abstinent from alcohol");
measures in columns with unusual names ("How we'll know it's working",
"What will tell us it's working", "Evidence of completion", "What we will
see", "Proof"), as scaling scores, centiles, attendance figures and test
results, or only repeating the action. Core group minutes with an action log
and progress updates, and one review plan with no outcomes at all. Two docx,
two PDFs, one markdown copy and one plain-text export; two are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, domestic abuse, two children. "What we want for Ruby and
#    Teddy" as a two-column table of Ruby's words beside what they mean, a
#    scaling table, then the plan with a "How we'll know it's working" column.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_kestonvale_icpc_what_we_want_for_ruby_scaling_marsh.docx",
    "doc_title": "Child Protection Plan - Ruby and Teddy Marsh",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-word-plan-details-lines-why-a-plan-rubys-voice-teddys-day-what-we-want-for-ruby-two-column-table-in-rubys-words-what-this-means-scaling-table-then-what-will-happen-who-by-when-how-well-know-its-working-table-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old after domestic abuse by "
        "their father, who has left the home. Outcomes are written as 'What we want for Ruby and Teddy': "
        "Ruby's own words beside what each means for the children. A scaling table (Ruby's safety score 3, "
        "goal 7), then nine actions each with a named owner, a date or frequency and an observable measure "
        "(scores, attendance percentage, ASQ-3, registers). The paternal grandmother supervises contact and "
        "the contingency says what happens if she cannot; a legal gateway meeting is named; core group dates "
        "and the review conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kestonvale Borough Council · Children's Social Care · Safeguarding and Assessment Team 2"),
        ("kv", [
            ("Children", "Ruby Marsh (DOB 03/02/2018, 7) and Teddy Marsh (DOB 21/05/2023, 2)"),
            ("Address", "11 Larkspur Close, Kestonvale KV3 8PD"),
            ("Mother", "Chloe Marsh (30), lives with both children"),
            ("Father", "Jordan Pike (33), moved to his mother's address on 02/07/2025; police bail "
                       "conditions not to attend Larkspur Close"),
            ("Paternal grandmother", "Denise Pike, 4 Orchard Rise, Kestonvale"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial child protection conference", "14/08/2025, chaired by Marion Ackroyd (CP Chair)"),
            ("Social worker", "Priya Nandra (team manager: Gareth Lowe)"),
            ("School", "St Aidan's CE Primary (Ruby, Year 3)"),
            ("Health visitor", "Sam Whitlock, Kestonvale North 0-19 Team"),
        ]),
        ("h1", "Why Ruby and Teddy need a plan"),
        ("p", "On 01/07/2025 police were called to Larkspur Close by a neighbour. Jordan had pushed Chloe "
              "against the kitchen door and broken her phone while Ruby and Teddy were in the house. Ruby rang "
              "her grandmother from the landline and hid with Teddy in the bathroom. This was the fourth police "
              "call-out since March 2024. Chloe has told the social worker that Jordan checks her phone, "
              "controls the money and has hit her before. The DASH risk assessment is high and the family was "
              "heard at MARAC on 16/07/2025."),
        ("h1", "What Ruby has told us, and Teddy's day"),
        ("p", "Ruby (seen on her own at school on 30/07/2025 and 06/08/2025, using a 'three houses' worksheet): "
              "\"In my house of worries there's the shouting and Daddy breaking things. In my house of good "
              "things there's Mummy, Teddy and Nana Denise's dog. In my house of dreams I sleep in my own bed "
              "and nobody shouts.\" Ruby has been sleeping in Chloe's bed since July and says she keeps Teddy "
              "'safe' by taking him upstairs when voices are raised. She wants to see her dad \"but only at "
              "Nana's\"."),
        ("p", "Teddy is 2 and says about 20 words. At home on 06/08/2025 he followed Chloe from room to room and "
              "cried when she went upstairs. He startled and put his hands over his ears when a door banged. "
              "He settled on Ruby's lap to look at a book and ate a full tea at the table."),
        ("h1", "What we want for Ruby and Teddy"),
        ("table", {
            "header": ["In Ruby's words", "What this means for Ruby and Teddy"],
            "widths": [6.5, 10.5],
            "rows": [
                ["\"Nobody shouts or breaks things.\"",
                 "Ruby and Teddy live in a home where there is no violence or frightening behaviour, and they "
                 "are not woken or scared by adults arguing."],
                ["\"I sleep in my own bed.\"",
                 "Ruby feels safe enough at night to sleep in her own room, and she no longer feels she has to "
                 "look after Teddy."],
                ["\"I see Daddy at Nana's.\"",
                 "Ruby and Teddy see their dad only where an adult who understands the risk is there all the "
                 "time, and they come back from contact calm."],
                ["\"I don't get told off for being late.\"",
                 "Ruby gets to school every day and on time, and Teddy's development stays on track."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "0 means the children are not safe at all; 10 means everyone is confident they are safe enough for "
              "the plan to end."),
        ("table", {
            "header": ["Who", "Score at conference", "Score we are aiming for at the review"],
            "widths": [7.0, 5.0, 5.0],
            "rows": [
                ["Ruby (\"how safe does home feel?\")", "3", "7"],
                ["Chloe", "6", "8"],
                ["Social worker", "3", "7"],
                ["St Aidan's CE Primary", "4", "7"],
            ],
        }),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "By when", "How we'll know it's working"],
            "widths": [5.8, 3.6, 3.0, 4.6],
            "rows": [
                ["Visit Ruby and Teddy at home, at least one visit a month unannounced, and see Ruby on her own "
                 "each time using her scaling and three houses tools",
                 "Priya Nandra, social worker", "Every 10 working days from 18/08/2025",
                 "Visit records show both children seen and Ruby seen alone; Ruby's safety score written down "
                 "each visit (now 3, aim 7)"],
                ["Attend the Freedom Programme so that Chloe can talk with Ruby about what happened and plan how "
                 "she keeps both children safe",
                 "Chloe Marsh, with Kestonvale Women's Aid", "Weekly from 02/09/2025, ends 18/11/2025",
                 "Women's Aid register shows at least 10 of the 12 sessions; end-of-course letter to the SW"],
                ["Complete a safety plan with Chloe covering the front door, her phone and what Ruby should do "
                 "and who she should ring if her dad comes to the house",
                 "Laura Benn, IDVA, Kestonvale Domestic Abuse Service", "By 29/08/2025, then reviewed monthly",
                 "Written safety plan copied to the SW and school; Ruby can say who she would ring (checked by "
                 "the SW at the next visit)"],
                ["Attend the Caring Dads programme and agree to the facilitator sharing his progress with the SW",
                 "Jordan Pike", "Weekly from 08/09/2025 (17 weeks)",
                 "Attendance record, and a mid-point report from the facilitator to the SW by 27/10/2025"],
                ["Supervise Jordan's contact with Ruby and Teddy at her home and stay in the room for the whole "
                 "visit",
                 "Denise Pike (paternal grandmother)", "Every Saturday, 10am to 1pm",
                 "Contact sheet signed by Denise after each visit and seen by the SW; Ruby's thumbs-up score "
                 "after contact recorded at the next visit"],
                ["Worry time with Ruby in school using the feelings wheel and her worry monster",
                 "Mrs Helen Okafor, learning mentor, St Aidan's CE Primary", "Every Wednesday from 03/09/2025",
                 "Ruby's worry score noted each session; summary sent to each core group"],
                ["Check Ruby's attendance and punctuality and ring Chloe by 9.30am if Ruby is not in",
                 "Mr Daniel Reeve, DSL, St Aidan's CE Primary", "Each school day; figures to the SW each Friday",
                 "Attendance at 96% or above (88% last year) and no more than one late mark a half term"],
                ["Two-year review for Teddy at home, and watch how he settles with Chloe and how he reacts to "
                 "noise",
                 "Sam Whitlock, health visitor", "By 12/09/2025, then every 4 weeks",
                 "ASQ-3 scores recorded and shared with the SW; at least 50 words by the review conference"],
                ["Tell the SW and school about any police call-out to Larkspur Close or any breach of Jordan's "
                 "bail conditions",
                 "DC Mark Ellery, Kestonvale Police Public Protection Unit", "Within 24 hours of any call-out",
                 "Notification on the children's record within 24 hours, with what Ruby and Teddy saw"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("bullets", [
            "If Jordan comes to Larkspur Close or contacts Chloe in breach of his bail conditions, Chloe will "
            "ring 999 and the SW will hold a strategy discussion with the police the same day.",
            "If Denise cannot supervise a Saturday, or Jordan is seen alone with the children, Saturday contact "
            "stops and the SW will arrange supervised contact at Kestonvale Family Contact Centre within 7 days.",
            "If Chloe lets Jordan back into the home, or Ruby's safety score is below 3 at two visits in a row, "
            "the SW will ask the team manager for a legal gateway meeting within 5 working days to decide "
            "whether the Public Law Outline should start.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks: 28/08/2025 (first meeting), 25/09/2025 and 23/10/2025, 9.30am at "
            "St Aidan's CE Primary.",
            "Review child protection conference: 06/11/2025, 10am, Kestonvale Civic Centre, Room 4.",
        ]),
        ("p", "Plan agreed at the initial conference on 14/08/2025. Ruby's page of the plan was read to her by the "
              "SW on 15/08/2025 and she drew a star next to \"I sleep in my own bed\"."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scottish child's plan (child protection), parental drug and alcohol use,
#    a 4-year-old. SHANARRI wellbeing banners across the plan table, a
#    "What will tell us it's working" column. Header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_kirkmallow_cppm_shanarri_banners_recovery_dunlop.pdf",
    "doc_title": "Child's Plan (Child Protection) - Lily Dunlop",
    "split": "heldout",
    "actions": 13,
    "template": "scottish-childs-plan-word-printed-to-pdf-header-footer-details-lines-reasons-for-registration-lilys-views-strengths-then-shanarri-banner-rows-across-action-responsible-timescale-what-will-tell-us-its-working-table-contingency-core-group-review-cppm",
    "description": (
        "Child's plan from an initial Child Protection Planning Meeting in a Scottish council for a "
        "4-year-old whose mother is on methadone and whose mother's partner drinks heavily. The plan table "
        "runs under SHANARRI banners (Safe, Healthy, Achieving, Nurtured, Active, Responsible). The "
        "'Responsible' banner is about the adults' honesty, not Lily. Gran as the 'safe adult' 'As required', "
        "a 'Core group' information row, a health visitor row 'Monitored by health visitor', routines work "
        "'Ongoing' with 'Engagement', and an alcohol assessment with no evidence. Gran carries two actions "
        "but the contingency only brings the core group together on 'further concerns', with no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE · Kirkmallow Council · Children and Families Social Work",
    "footer": "Child's Plan (Child Protection) – Lily Dunlop – Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Following the Initial Child Protection Planning Meeting (ICPPM) held on 21/07/2025 at Kirkmallow "
              "Council Offices, Burnside Road."),
        ("kv", [
            ("Child", "Lily Dunlop, DOB 12/05/2021 (4)"),
            ("Address", "2/1, 38 Carron View, Kirkmallow KM4 2TJ"),
            ("Mother", "Kirsty Dunlop (27)"),
            ("Mother's partner", "Sean McAllister (31), lives at the address"),
            ("Maternal gran", "Margaret Dunlop, 7 Wellbrae Gardens, Kirkmallow"),
            ("Registration", "Placed on the Child Protection Register on 21/07/2025 – concerns: parental "
                             "substance misuse; neglect"),
            ("Lead Professional", "Gillian Rae, social worker, Kirkmallow Children and Families (East)"),
            ("Named Person", "Fiona Baird, health visitor"),
            ("Chair", "Catriona Haig, Child Protection Reviewing Officer"),
            ("ELC setting", "Kirkmallow Early Learning Centre (ante-pre-school year)"),
        ]),
        ("h1", "1. Reasons for registration"),
        ("p", "On 19/06/2025 a neighbour found Lily in the street outside the close at 7.10am in her pyjamas and "
              "bare feet. Police gained entry and found Kirsty asleep on the couch and Sean asleep in the "
              "bedroom; there were empty cans of cider and a bottle of methadone without its lid on the "
              "living room table. Kirsty has been on a methadone prescription from the Kirkmallow Alcohol and "
              "Drug Recovery Service (KADRS) since 2022 and admits using street valium on top in the last "
              "month. Sean drinks most days and was convicted of drink-driving in 2024. Lily's attendance at "
              "nursery is 54% this term and she has missed two dental appointments."),
        ("h1", "2. Lily's views and experience"),
        ("p", "Lily was seen at nursery on 10/07/2025 with her key worker. She said: \"Mummy sleeps on the couch "
              "a lot. I make my own cereal. Sean is shouty when he has his cans.\" She said the best thing is "
              "\"going to Gran's and the swings\". At home on 15/07/2025 she showed the social worker the "
              "stool she climbs on to reach the snack cupboard. Nursery say she arrives hungry on Mondays and "
              "her eczema is often cracked and bleeding."),
        ("h1", "3. What is going well"),
        ("p", "Kirsty picks up her methadone every day and has been honest about using valium. Lily is affectionate "
              "with Kirsty and her language is good for her age. Margaret sees Lily most days and has offered "
              "to help. Sean has said he wants to stop drinking."),
        ("h1", "4. The plan"),
        ("p", "Each wellbeing heading below says what we want for Lily, with the actions that will get us there."),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "What will tell us it's working"],
            "widths": [5.6, 3.8, 3.0, 4.6],
            "rows": [
                ["SAFE – Lily is cared for by an adult who is not under the influence of drugs or alcohol, day "
                 "and night, and is never left on her own in the house or the street.", H, H, H],
                ["Home visits to see Lily, including unannounced visits, and check where the methadone is "
                 "kept",
                 "Gillian Rae, social worker (Lead Professional)", "Weekly from 23/07/2025",
                 "Visit record notes Lily seen and the locked box seen with the methadone inside"],
                ["Keep all methadone in the locked box supplied by KADRS and tell the SW of any missed pick-up",
                 "Kirsty Dunlop", "Every day from 21/07/2025",
                 "Locked box checked at each SW visit; pharmacy supervised-dose record shared with the SW"],
                ["Be the safe adult for Lily and take her to Wellbrae Gardens if Kirsty or Sean are under the "
                 "influence",
                 "Margaret Dunlop (maternal gran)", "As required",
                 "Margaret phones the SW each time Lily stays with her"],
                ["Tell the Lead Professional the same day about any worry about Lily's care",
                 "Core group", "Same day", "Each worry recorded on Lily's chronology with what was done"],
                ["HEALTHY – Lily's teeth and skin are cared for and her health appointments are kept.", H, H, H],
                ["Take Lily to the dentist and to the GP about her eczema",
                 "Kirsty Dunlop", "By 29/08/2025",
                 "Dental registration and GP appointment confirmed to the health visitor"],
                ["Health visitor home visits to check Lily's growth, skin and sleep",
                 "Fiona Baird, health visitor (Named Person)", "Monthly", "Monitored by health visitor"],
                ["ACHIEVING – Lily goes to nursery every session and is ready to start P1 in August 2026.",
                 H, H, H],
                ["Bring Lily to nursery for all ten sessions each week, on time",
                 "Kirsty Dunlop and Sean McAllister", "Every week",
                 "Nursery register shows 90% attendance or more (54% last term)"],
                ["Phone Kirsty by 9.30am when Lily is not at nursery and tell the SW the same day",
                 "Mrs Ann Lowrie, depute, Kirkmallow Early Learning Centre", "Every session Lily is absent",
                 "Absence log emailed to the SW every Friday"],
                ["NURTURED – Lily has a warm, predictable routine, with meals and bedtime at the same time each "
                 "day.", H, H, H],
                ["Parenting work at home on routines: mealtimes, bath and bedtime",
                 "Family support worker, Kirkmallow Family Centre", "Ongoing",
                 "Engagement with the family support worker"],
                ["Collect Lily from nursery and give her her tea at Wellbrae Gardens",
                 "Margaret Dunlop (maternal gran)", "Tuesdays and Thursdays, 3pm",
                 "Nursery sign-out sheet shows Margaret collecting Lily"],
                ["ACTIVE – Lily plays outside and goes to an activity she enjoys every week.", H, H, H],
                ["Take Lily to the Little Movers class at Kirkmallow Leisure Centre",
                 "Sean McAllister", "Saturday mornings, weekly",
                 "Leisure centre class register shows Lily there"],
                ["RESPONSIBLE – Kirsty and Sean are honest with professionals about their drug and alcohol use.",
                 H, H, H],
                ["Prescribing review for Kirsty and random urine drug screens, results shared with the SW",
                 "Euan Scott, recovery worker, KADRS", "Fortnightly",
                 "Urine screens negative for drugs other than prescribed methadone"],
                ["Alcohol assessment for Sean at KADRS and a community detox if needed",
                 "Sean McAllister, with KADRS", "By 15/08/2025", ""],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("p", "If there are further concerns about Lily's care, or Kirsty and Sean do not engage with the plan, "
              "the core group will meet and the Lead Professional will discuss with the team leader whether the "
              "Review Child Protection Planning Meeting should be brought forward."),
        ("h1", "6. Core group and review"),
        ("p", "Core group meetings every 3 weeks: 05/08/2025, 26/08/2025 and 16/09/2025, 10am at Kirkmallow "
              "Early Learning Centre."),
        ("p", "Review Child Protection Planning Meeting (review case conference): 20/10/2025, 2pm, Kirkmallow "
              "Council Offices."),
        ("p", "Copies of this plan to Kirsty, Sean, Margaret (with Kirsty's agreement) and all agencies named."),
    ],
    "findings": [
        F("T002", "Be the safe adult for Lily and take her to Wellbrae Gardens"),
        F("W002", "Tell the Lead Professional the same day about any worry"),
        F("M002", "Health visitor home visits to check Lily's growth, skin and sleep"),
        F("T002", "Parenting work at home on routines: mealtimes, bath and bedtime"),
        F("M002", "Parenting work at home on routines: mealtimes, bath and bedtime"),
        F("M001", "Alcohol assessment for Sean at KADRS and a community detox"),
        F("F002", "Kirsty and Sean are honest with professionals about their drug and alcohol use"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Minutes of the third core group, neglect, two children, mother depressed.
#    "What needs to be different" with a scale and progress per outcome, then
#    the action log with evidence, progress update and RAG columns. No
#    contingency in the minutes (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_knowlesbridge_core_group_minutes_action_log_rag_hollis.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-markdown-meeting-details-table-attendees-childrens-views-what-needs-to-be-different-table-with-scale-and-progress-then-action-log-no-action-owner-due-evidence-of-completion-progress-update-rag-next-meetings",
    "description": (
        "Minutes of the third core group for two children (10 and 6) on plans for neglect; their mother "
        "has depression and their father works nights. 'What needs to be different' is scored 0-10 with "
        "progress; one of the three outcomes is only about the mother's depression. The action log has an "
        "evidence column and a progress column: a GP medication review with no evidence, Talking Therapies "
        "treatment only, attendance 'Monitored', a washing machine 'ASAP', an 'All professionals' row, a "
        "young carers referral with no owner and a damp repair with no due date. The minutes carry no "
        "contingency or legal step, and the review conference date is still to be confirmed."
    ),
    "text": """\
# Core Group Meeting – Minutes and Action Log

**Knowlesbridge City Council – Children and Families – Locality Team North**
*Minutes typed from the meeting notes; please send corrections to the social worker within 5 working days.*

| | |
|---|---|
| Children | Jayden Hollis (DOB 19/01/2015, 10) and Maisie Hollis (DOB 07/09/2018, 6) |
| Plan | Child protection plans (neglect) from the ICPC on 03/06/2025 |
| Meeting | Core group 3 of the plan, 12/08/2025, 1.30pm, Knowlesbridge Family Hub |
| Chair / minutes | Ben Asante, social worker |

**Present:** Ben Asante (SW); Stacey Hollis (mum); Craig Hollis (dad); Kerry Doyle (family support
worker, Knowlesbridge Family Hub); Julie Farr (school nurse); Sandra Kaye (attendance officer,
Knowlesbridge Junior and Infant Schools).
**Apologies:** Dr R. Malik (GP, Bridge Street Surgery) – report sent; Knowlesbridge NHS Talking Therapies.

## 1. The children's views since the last meeting

Jayden (seen on his own at school, 05/08/2025) put home at 6 out of 10, up from 4 in June: "Mum
gets up more now. I still do Maisie's breakfast when Dad's on nights. I want to go to football
on Saturdays but there's no one to take me." He said the worst thing is his bedroom wall "going
black" from the damp.

Maisie (seen at home, 08/08/2025) drew the family at the park and said her favourite thing is
"bath with bubbles". She showed Ben her new school shoes. She was clean, her hair was brushed
and she ate a sandwich Stacey made while Ben was there.

## 2. What needs to be different (agreed at the ICPC)

| What needs to be different | Scale at ICPC | Scale today | Progress |
|---|---|---|---|
| Jayden and Maisie have clean clothes, a bath at least twice a week and are free of head lice. | 3 | 6 | Both children clean at all four visits; Maisie had lice again in July. |
| Jayden and Maisie get to school every day and on time. | 4 | 5 | Summer holiday now; end-of-term figures below. |
| Stacey's depression is treated and she is up and about in the mornings. | 2 | 5 | Stacey says she is sleeping better since her tablets changed. |

## 3. Action log

| No. | Action | Owner | Due | Evidence of completion | Progress update (12/08/2025) | RAG |
|---|---|---|---|---|---|---|
| 1 | Unannounced home visits to see Jayden and Maisie, including their bedrooms and the kitchen cupboards | Ben Asante, SW | Fortnightly | Visit notes record each child seen, Jayden seen alone, and what food was in | Four visits since core group 2, two unannounced. Food in, beds made. | Green |
| 2 | Weekly home sessions with Stacey on the morning routine, laundry and the school run | Kerry Doyle, FSW, Knowlesbridge Family Hub | Weekly until the review conference | Morning routine chart kept on the fridge and seen by the FSW each week | 5 of 6 sessions held; one cancelled by Stacey (hospital appointment). | Green |
| 3 | Review Stacey's antidepressant medication and refer her to Talking Therapies | Dr R. Malik, GP, Bridge Street Surgery | By 30/06/2025 | | GP letter 24/06: sertraline increased; referral sent. | Green |
| 4 | Talking Therapies sessions (CBT for low mood) for Stacey | Knowlesbridge NHS Talking Therapies | Weekly for 12 weeks from 07/07/2025 | Attendance record shared with the SW | Stacey has been to 5 of 6 sessions. | Green |
| 5 | Check both children for head lice, treat, and show Stacey how to wet-comb | Julie Farr, school nurse | Every 2 weeks | Check sheet shows each child lice-free at three checks in a row | Clear at the last two checks; next check 26/08. | Amber |
| 6 | Track Jayden's and Maisie's attendance and lateness | Sandra Kaye, attendance officer | Weekly in term time | Monitored | End of summer term: Jayden 91%, Maisie 89% (both 82% at ICPC). | Amber |
| 7 | Take Jayden and Maisie to breakfast club on the mornings after his night shifts | Craig Hollis | Mondays, Tuesdays and Wednesdays in term time | Breakfast club register shows both children signed in by 8.15am | Started 09/06; signed in on 17 of 21 mornings. | Amber |
| 8 | Apply for a new washing machine through the Local Welfare Assistance scheme | Ben Asante, SW, with Stacey | ASAP | Washing machine delivered and working | Application form started; proof of income still needed. | Red |
| 9 | Share any concern about the children's presentation with the SW on the same day | All professionals | Same day | Concern logged on the children's LCS record | Two concerns logged since core group 2 (both about lice). | Green |
| 10 | Referral to Knowlesbridge Young Carers for Jayden, so he can go to the Saturday football group | | By core group 4 (09/09/2025) | Referral accepted and a start date given to Jayden | Not done – nobody picked this up after core group 2. | Red |
| 11 | Ring Bridgeway Homes about the damp and mould in Jayden's bedroom and ask for a repair date | Stacey Hollis | | Repair date confirmed in writing by Bridgeway Homes | Not started. | Red |

## 4. Any other business

Craig asked whether the plan could end at the review. Ben said that would be for the review
conference to decide and that the group would look at the scores again in September.

## 5. Next meetings

- Core groups every 4 weeks: next on 09/09/2025 at 1.30pm, Knowlesbridge Family Hub, then 07/10/2025.
- Review child protection conference: date to be confirmed by the Safeguarding Unit.

Minutes circulated to all core group members and to Stacey and Craig on 14/08/2025.
""",
    "findings": [
        F("M001", "Review Stacey's antidepressant medication and refer her to Talking Therapies"),
        F("H001", "Talking Therapies sessions (CBT for low mood) for Stacey"),
        F("M002", "Track Jayden's and Maisie's attendance and lateness"),
        F("T002", "Apply for a new washing machine through the Local Welfare Assistance scheme"),
        F("W002", "Share any concern about the children's presentation with the SW"),
        F("W001", "Referral to Knowlesbridge Young Carers for Jayden"),
        F("T001", "Ring Bridgeway Homes about the damp and mould"),
        F("F002", "Stacey's depression is treated and she is up and about in the mornings."),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review plan exported from the case management system as plain text:
#    front sheet lines, reasons, then TASK blocks with labelled fields. No
#    outcomes anywhere and no record of either child's views; several measures
#    only repeat the action (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_kelmscombe_rcpc_carelink_export_task_blocks_brannigan.txt",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc-case-system-plain-text-export-dashed-rules-front-sheet-label-lines-reason-for-plan-whats-going-well-then-numbered-task-blocks-with-what-who-when-measure-fields-contingency-meetings-no-outcomes",
    "description": (
        "Review conference plan exported as plain text for a 13-year-old and a 9-month-old whose mother "
        "misuses alcohol and whose mother's partner uses cocaine. Task blocks with What / Who / When / "
        "Measure fields, several measures only repeating the task: alcohol service work 'Ongoing' measured "
        "by 'Jade engages with KAS', family support 'Support provided and monitored', a no-drinking task "
        "with '-' as its measure, and an 'All professionals' task 'As and when'. The plan states no outcome "
        "for either child and records nothing of what they think or how they live; the contingency is "
        "concrete but has no legal step."
    ),
    "text": """\
KELMSCOMBE COUNCIL - CHILDREN'S SERVICES
CareLink case management system - document export
Document type: CHILD PROTECTION PLAN (REVIEW)
Exported by: akowalczyk   Export date: 25/07/2025 14:02
----------------------------------------------------------------------

FRONT SHEET
Children:           Tyler Brannigan (DOB 02/03/2012, 13)
                    Ellie-Rose Brannigan (DOB 18/10/2024, 9 months)
Address:            64 Stanhope Road, Kelmscombe KL2 6EW
Mother:             Jade Brannigan (31)
Mother's partner:   Liam Ward (34), father of Ellie-Rose, lives at the address
Maternal aunt:      Carla Fenn, 9 Beech Walk, Kelmscombe
Category:           Neglect
ICPC:               22/04/2025
First RCPC:         22/07/2025 (plan continues)
Chair:              Ian Thornber, Independent Chair
Social worker:      Anna Kowalczyk, Kelmscombe Safeguarding Team 1
CareLink ID:        KC-0772145

----------------------------------------------------------------------
REASON FOR PLAN
On 14/04/2025 police found Jade drunk in Stanhope Road at 11pm; Tyler and Ellie-Rose were at
home with Liam, who police said appeared to be under the influence of cocaine. Jade has been
drinking heavily since 2023 and told the social worker she drinks 2 to 3 litres of cider a day.
Liam has a conviction for possession of cocaine (2022). Since the ICPC Jade has been breathalysed
at 3 of 6 alcohol service appointments with readings between 0.21 and 0.48. Tyler has been
excluded twice this term and his attendance is 84%. Ellie-Rose missed her 8-month check.

WHAT IS GOING WELL
Jade has kept most alcohol service appointments and says she wants to cut down. Liam has given
consent to a hair strand test. Carla lives ten minutes away and has looked after both children
before.

----------------------------------------------------------------------
CHILD PROTECTION PLAN - TASKS

TASK 1
  What:    Social worker to visit the home and see both children, with Tyler seen on his own
  Who:     Anna Kowalczyk, social worker
  When:    Every 2 weeks
  Measure: Visits recorded on CareLink, both children seen and Tyler seen alone each time

TASK 2
  What:    Jade to engage with Kelmscombe Alcohol Service (KAS) key-work sessions
  Who:     Jade Brannigan
  When:    Ongoing
  Measure: Jade engages with KAS

TASK 3
  What:    KAS to give a written update on Jade's drinking, with breath readings and liver
           function test results, to the social worker
  Who:     Paul Hendry, recovery worker, KAS
  When:    Before each core group
  Measure: Written update received before each core group; breath readings of 0.00 at every
           appointment from 01/09/2025

TASK 4
  What:    Liam to give a 3-month hair strand test for cocaine and cannabis
  Who:     Liam Ward (test arranged and paid for by the social worker)
  When:    By 30/09/2025
  Measure: Hair strand result shared with the core group; negative for cocaine

TASK 5
  What:    Family support worker to support Jade with the children's routines (meals, bath, bedtime)
  Who:     Donna Kirk, family support worker, Kelmscombe Family Centre
  When:    Weekly
  Measure: Support provided and monitored

TASK 6
  What:    Tyler to have a weekly check-in with his head of year and a reduced-timetable review
  Who:     Mr Paul Rhodes, head of year 9, Kelmscombe Academy
  When:    Every Monday from 03/09/2025
  Measure: Attendance at 95% or above (now 84%) and no further exclusions this term

TASK 7
  What:    Health visitor to see Ellie-Rose at home, complete the missed 8-month check and weigh her
  Who:     Rachel Osei, health visitor
  When:    By 15/08/2025, then monthly
  Measure: Weight plotted in the red book; Ellie-Rose stays on or above the 25th centile

TASK 8
  What:    Jade and Liam not to drink alcohol or use drugs while caring for Tyler and Ellie-Rose
  Who:     Jade Brannigan and Liam Ward
  When:    From 22/07/2025
  Measure: -

TASK 9
  What:    Professionals to share any concerns about the children with the social worker
  Who:     All professionals
  When:    As and when
  Measure: Concerns logged on CareLink on the day they are raised

----------------------------------------------------------------------
CONTINGENCY
If Jade or Liam are found under the influence of alcohol or drugs while caring for the
children, or a breath reading above 0.00 is recorded when Jade is caring for Ellie-Rose, Tyler
and Ellie-Rose will go to Carla Fenn's home that day and the social worker will hold a strategy
discussion the same day.

----------------------------------------------------------------------
CORE GROUP AND REVIEW
Core group every 6 weeks: 05/09/2025 and 17/10/2025, 10am, Kelmscombe Family Centre.
Next review child protection conference: 15/01/2026, 2pm, Kelmscombe Town Hall.

--- end of export ---
""",
    "findings": [
        F("T002", "Jade to engage with Kelmscombe Alcohol Service (KAS) key-work sessions"),
        F("M002", "Jade to engage with Kelmscombe Alcohol Service (KAS) key-work sessions"),
        F("M002", "Family support worker to support Jade with the children's routines"),
        F("M001", "Jade and Liam not to drink alcohol or use drugs"),
        F("W002", "Professionals to share any concerns about the children"),
        F("T002", "Professionals to share any concerns about the children"),
        F("O001"),
        F("F003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Looked-after premature baby on a neonatal unit, mother moving to another
#    council. "What needs to be different for Isaac" list, then a plan table
#    with a "What we will see" column measured in centiles and feed volumes.
#    Header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_kyrenholt_lac_neonatal_centiles_transfer_tennant.pdf",
    "doc_title": "Child Protection and Care Plan - Isaac Tennant",
    "split": "heldout",
    "actions": 9,
    "template": "lac-and-cp-word-plan-printed-to-pdf-header-footer-details-table-background-isaacs-day-on-the-unit-what-needs-to-be-different-bullets-then-action-lead-due-what-we-will-see-table-contingency-meetings",
    "description": (
        "Combined child protection and care plan for a baby born at 29 weeks, accommodated under section "
        "20 and still on the neonatal unit, whose 19-year-old mother used cocaine in pregnancy and is moving "
        "to another council. Good growth measures (9th centile, 150 ml/kg/day), but nobody is set to visit "
        "Isaac on the unit at a stated frequency (the SW only liaises; the mother visits 'as often as she "
        "can'), the parenting assessment and the drug service referral wait for the transfer, follow-up "
        "is 'Development monitored', one outcome is only about the mother, and no adult drug service owns "
        "an action."
    ),
    "header": "OFFICIAL – SENSITIVE | Kyrenholt City Council | Children in Care Service",
    "footer": "Isaac Tennant – CP and care plan (review 23/10/2025) – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection and Care Plan"),
        ("table", {
            "header": ["Isaac's details", H, H, H],
            "widths": [3.6, 4.9, 3.6, 4.9],
            "bold_first_col": True,
            "rows": [
                ["Child", "Isaac Tennant, born 02/06/2025 at 29+3 weeks (corrected age 39 weeks)",
                 "Legal status", "Accommodated under section 20, Children Act 1989, since 20/06/2025"],
                ["Where Isaac is", "Ward 32 Neonatal Unit, Kyrenholt Royal Infirmary (special care)",
                 "CP category", "Neglect (plan from 26/06/2025)"],
                ["Mother", "Leah Tennant (19), care leaver; moved on 28/07/2025 to her partner's flat in "
                           "Westhollow",
                 "Father", "Not named on the birth certificate; Leah says he is not involved"],
                ["Social worker", "Tom Birch, Children in Care Team", "Team manager", "Jo Marsh"],
                ["IRO", "Rachel Dunne", "Receiving council", "Westhollow Metropolitan Borough Council "
                                                             "(transfer requested 30/07/2025)"],
            ],
        }),
        ("h1", "Background"),
        ("p", "Isaac was born early after Leah went into labour at home. Leah had booked late (24 weeks) and "
              "told the midwife she used cocaine most weekends during the pregnancy; Isaac's meconium was "
              "positive for cocaine. Leah agreed to Isaac being accommodated under section 20 on 20/06/2025 "
              "because she had nowhere settled to live. She has since moved in with her partner, Reece "
              "Carver, in Westhollow, 40 miles from the hospital, and the case is being transferred."),
        ("h1", "Isaac's day on the unit"),
        ("p", "Nursing staff describe Isaac as a \"sleepy feeder\": he takes 30 to 40 ml by bottle and then tires, "
              "and the rest of each feed goes down his nasogastric tube. He settles quickly when held skin to "
              "skin and startles and cries at monitor alarms. He has been in an open cot since 18/07/2025. "
              "On the nursing notes Leah last visited on 24/07/2025; on that visit she did his cares and he "
              "settled on her chest for an hour."),
        ("h1", "What needs to be different for Isaac"),
        ("bullets", [
            "Isaac keeps growing along his centile and is feeding fully by mouth before he leaves hospital.",
            "Isaac leaves hospital only to a carer who can feed him every three hours, read his cues and "
            "keep him safe.",
            "Leah is free of cocaine for at least three months.",
            "Isaac knows who his mum is and spends time with her regularly.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Lead", "Due", "What we will see"],
            "widths": [5.8, 3.6, 3.0, 4.6],
            "rows": [
                ["Liaise with the neonatal unit about Isaac's progress and discharge planning",
                 "Tom Birch, social worker", "By 29/08/2025",
                 "Discharge planning meeting minutes shared with the core group"],
                ["Visit Isaac on the unit, hold him and take part in his cares and feeds",
                 "Leah Tennant", "As often as she can",
                 "Visits and cares recorded in the unit's family log"],
                ["Plot Isaac's weight, length and head circumference on the preterm chart and send a weekly "
                 "summary to the SW",
                 "Sister Gemma Holt, Ward 32 Neonatal Unit", "Weekly, each Monday",
                 "Weight at or above the 9th centile (now between the 9th and 25th); full oral feeds of "
                 "150 ml/kg/day before discharge"],
                ["Initial health assessment for Isaac as a looked-after child",
                 "Dr Nasreen Qureshi, designated doctor for looked-after children", "By 18/08/2025",
                 "IHA report on Isaac's file and sent to the IRO"],
                ["Find a foster carer with neonatal experience for Isaac's discharge and arrange for them to "
                 "learn his tube feeds on the unit",
                 "Kyrenholt Fostering Service (placement team)", "Before discharge",
                 "Placement confirmed in writing; carers signed off by the unit as competent in his feeds"],
                ["Parenting assessment of Leah to be completed by Westhollow Children's Services once the "
                 "transfer is accepted",
                 "Westhollow Children's Services", "Within 6 weeks of transfer",
                 "Assessment report shared with the core group"],
                ["Referral for Leah to a drug service, held until Westhollow accepts the transfer so the "
                 "referral goes to her new area",
                 "Tom Birch, social worker", "After the transfer-in conference",
                 "Referral accepted letter on file"],
                ["Send the transfer request, chronology and all assessments to Westhollow",
                 "Jo Marsh, team manager", "By 15/08/2025",
                 "Westhollow confirms receipt in writing and gives a transfer-in conference date"],
                ["Neonatal follow-up clinic for Isaac's development after discharge",
                 "Dr Amir Shah, consultant neonatologist", "At 3 and 6 months corrected age",
                 "Development monitored by the neonatal team"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Leah tries to take Isaac from the unit, ward staff will call the police and the social worker "
              "straight away, and the social worker will seek legal advice the same day about an Emergency "
              "Protection Order. If Leah withdraws her agreement to section 20, the social worker will hold a "
              "legal planning meeting within 2 working days."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks: 12/08/2025, 09/09/2025 and 07/10/2025 (hybrid, Kyrenholt Civic Offices). "
              "Looked-after review: 01/09/2025. Review child protection conference: 23/10/2025, or the "
              "Westhollow transfer-in conference if that is sooner."),
    ],
    "findings": [
        F("T002", "Visit Isaac on the unit, hold him and take part"),
        F("X001", "Parenting assessment of Leah to be completed by Westhollow"),
        F("X001", "Referral for Leah to a drug service, held until Westhollow"),
        F("M002", "Neonatal follow-up clinic for Isaac's development after discharge"),
        F("F002", "Leah is free of cocaine for at least three months."),
        F("F004"),
        F("L001"),
    ],
})


def _steps(rows):
    """One small table of steps under an outcome heading (plan 6)."""
    return ("table", {
        "header": ["Step", "Who", "When", "What we will see"],
        "widths": [5.8, 3.8, 3.0, 4.4],
        "header_fill": "E2EFDA",
        "rows": rows,
    })


# ---------------------------------------------------------------------------
# 6. Review plan, mother with bipolar disorder, two children. Each outcome is
#    a heading with "what needs to be different", a scaling line and its own
#    small table of steps. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_kittleford_rcpc_outcome_headings_step_tables_bipolar_gallagher.docx",
    "doc_title": "Review Child Protection Plan - Evie and Finn Gallagher",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-word-plan-details-lines-what-has-happened-evie-and-finn-in-their-own-words-then-outcome-headings-each-with-what-needs-to-be-different-scaling-line-and-step-who-when-what-we-will-see-table-contingency-bullets-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and a 4-year-old whose mother has "
        "bipolar disorder and was admitted to hospital in April; their father drives long-distance and is "
        "away two nights a week. Three child-focused outcomes, each a heading with what needs to be "
        "different, a 0-10 scaling line and its own table of steps. The CMHT care coordinator and "
        "psychiatrist assess and report on the mother's capacity to care and the likely timescale; Evie's "
        "worry score, attendance, nursery sessions and a SALT report are the measures. The aunt who steps "
        "in has a fallback to foster carers, a legal planning meeting is named, and dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Kittleford County Council – Children's Services – Family Safeguarding Team (South)"),
        ("kv", [
            ("Children", "Evie Gallagher (DOB 14/06/2014, 11) and Finn Gallagher (DOB 30/01/2021, 4)"),
            ("Address", "27 Saddler's Way, Kittleford KF7 3LQ"),
            ("Parents", "Rachel Gallagher (38) and Stephen Gallagher (41), HGV driver"),
            ("Family", "Claire Gallagher (Stephen's sister), 2 Tannery Lane, Kittleford"),
            ("Category", "Neglect (plan began 22/05/2025)"),
            ("Review conference", "21/08/2025 – plan continues. Chair: Anita Fairclough"),
            ("Social worker", "Lucy Fenwick"),
            ("Adult mental health", "Owen Pryce (care coordinator) and Dr Helen Arkwright (consultant "
                                    "psychiatrist), Kittleford Community Mental Health Team"),
        ]),
        ("h1", "What has happened"),
        ("p", "Rachel has bipolar affective disorder. In April 2025 she stopped her lithium, did not sleep for "
              "several nights and took Finn out at 3am to 'find the sea'. Stephen was working away and Evie, "
              "then 10, rang 999. Rachel was admitted to Kittleford Hospital (Beech Ward) for five weeks under "
              "section 2 and the children stayed with Claire. Rachel has been home since 29/05/2025, is taking "
              "her lithium and is seen by the CMHT. Evie still does much of Finn's care on the nights Stephen "
              "is away and has missed school to stay with her mum."),
        ("h1", "Evie and Finn in their own words"),
        ("p", "Evie (seen alone, 12/08/2025): \"Mum's loads better but I still check on her at night. I can tell "
              "when she's going high because she talks really fast and buys stuff. I want someone else to be "
              "in charge when Dad's away so I can go to netball.\" She scored her worry at 8 out of 10."),
        ("p", "Finn (seen at nursery, 07/08/2025) said \"Mummy was poorly in the hospital\" and that Auntie "
              "Claire's house has \"the big trampoline\". He uses short sentences and nursery say his speech is "
              "behind. At home he sits close to Rachel and brings her his books; he gets upset if Evie leaves "
              "the room."),
        ("h1", "Outcome 1: Evie and Finn are cared for every day by an adult who is well enough to look after them"),
        ("p", "What needs to be different: there is always a well adult in charge at home, and everyone knows "
              "the early signs that Rachel is becoming unwell and what happens then."),
        ("p", "Scaling (0 = not safe, 10 = safe enough to end the plan): at the ICPC 3, today 6, aiming for 8."),
        _steps([
            ["Visit Rachel at home to assess her mental state and early warning signs, and write to the SW "
             "on whether she can safely care for Evie and Finn, what still needs to change and how long that "
             "is likely to take",
             "Owen Pryce, care coordinator, Kittleford CMHT", "Every 2 weeks; report before each core group",
             "Written report to each core group on Rachel's mental state, her capacity to care for the "
             "children and the expected timescale"],
            ["Outpatient review of Rachel's lithium level and medication, with an opinion on her risk of "
             "relapse while caring for Evie and Finn",
             "Dr Helen Arkwright, consultant psychiatrist", "By 30/09/2025",
             "Clinic letter to the GP and SW giving the lithium level and the relapse-risk opinion"],
            ["Write a relapse and crisis plan with Rachel, Stephen, Claire and the CMHT, saying who looks "
             "after Evie and Finn if Rachel becomes unwell",
             "Lucy Fenwick, SW (lead), with Owen Pryce", "By 12/09/2025",
             "Signed plan on file, with copies at school, nursery and Claire's house"],
            ["Come and stay with Evie and Finn when Stephen is away and Rachel shows two or more early warning "
             "signs",
             "Claire Gallagher (paternal aunt)", "Within 2 hours of a call from Rachel, Stephen, Evie or the CMHT",
             "Claire texts the SW each time she stays; the SW checks with Evie at the next visit"],
            ["Send the SW his work rota and be at home with the children on the nights he is not away",
             "Stephen Gallagher", "Rota by the 1st of each month",
             "Rota on file; Evie's school check-in notes record who was at home"],
        ]),
        ("h1", "Outcome 2: Evie is a child first, not Finn's or her mum's carer, and goes to school every day"),
        ("p", "What needs to be different: Evie stops checking on her mum at night, goes to school every day and "
              "has time for netball and friends."),
        ("p", "Evie's worry score: 8 today, aiming for 4 by the next review."),
        _steps([
            ["Young carers assessment for Evie and a place at the Thursday young carers club",
             "Jas Kaur, Kittleford Young Carers", "Assessment by 19/09/2025; club weekly from 25/09/2025",
             "Assessment shared with the SW; club register; Evie's worry score (8 now, aim 4)"],
            ["Weekly check-in with Evie in school, and track her attendance and her place in the netball team",
             "Mrs Rhiannon Tate, DSL, Kittleford High School", "Every Monday from 08/09/2025",
             "Attendance at 95% or above (89% last year); check-in notes sent to the SW monthly"],
            ["Six sessions of direct work with Evie about her mum's illness, using the 'Mum's Moods' workbook",
             "Lucy Fenwick, social worker", "Fortnightly from 08/09/2025",
             "Evie can say what to do if Mum becomes unwell (checked at session six); workbook pages on file"],
        ]),
        ("h1", "Outcome 3: Finn is healthy, his speech is catching up and he is ready for Reception in 2026"),
        ("p", "What needs to be different: Finn goes to nursery every session, his speech is assessed and "
              "supported, and his home is clean and calm."),
        ("p", "Scaling (nursery's view of Finn's progress): 4 today, aiming for 7."),
        _steps([
            ["Record Finn's attendance and progress against his speech targets and send them to the SW",
             "Mrs Paula Greene, manager, Little Acorns Nursery", "Every Friday",
             "Finn attends at least 9 of 10 sessions a week; tracker shows his speech targets met"],
            ["Speech and language assessment for Finn, with targets for nursery and home",
             "Ffion Rees, speech and language therapist", "By 31/10/2025",
             "SALT report with targets shared with the nursery, parents and SW"],
            ["Home visits to see Evie and Finn, Evie seen alone, with one unannounced visit a month",
             "Lucy Fenwick, social worker", "Every 2 weeks",
             "Visit records show both children seen, Evie seen alone, and the kitchen and bedrooms checked"],
        ]),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Rachel shows two or more early warning signs (sleeping under four hours, talking fast, spending) "
            "and Stephen is away, Claire will come and stay within 2 hours and the CMHT will do a crisis "
            "assessment the same day.",
            "If Claire cannot come, the SW (or the Emergency Duty Team out of hours) will place Evie and Finn "
            "with approved Kittleford foster carers that night.",
            "If Rachel stops taking her lithium or is admitted to hospital, the SW will hold a strategy "
            "discussion the same day.",
            "If the CMHT reports that Rachel is not making the changes needed, or Evie's worry score has not "
            "come down by the next review, the SW will request a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Core group and review"),
        ("p", "Core group every 6 weeks: 11/09/2025, 23/10/2025 and 04/12/2025, 4pm at Kittleford Family Centre."),
        ("p", "Second review child protection conference: 15/01/2026, 10am, Kittleford County Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan, mother drinking with anxiety and low mood, father using
#    cannabis, two young children. Landscape Word plan: "Family goals" as a
#    numbered list (three of four only about the parents), then a table keyed
#    by goal number with a "Proof" column of test results (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_kemblethorpe_icpc_landscape_goal_refs_proof_column_raynor.docx",
    "doc_title": "Child Protection Plan - Kacey and Mason Raynor",
    "split": "heldout",
    "landscape": True,
    "actions": 11,
    "template": "icpc-word-plan-landscape-details-two-column-table-worries-kaceys-words-masons-day-family-goals-numbered-list-then-goal-ref-what-needs-to-happen-who-by-when-proof-table-contingency-meetings",
    "description": (
        "Initial conference plan for a 5-year-old and a 14-month-old whose mother drinks heavily and has "
        "anxiety and low mood, and whose father smokes cannabis. Three of the four 'family goals' are only "
        "about the parents ('Mum to be abstinent from alcohol'), and eight of the eleven actions are about "
        "the parents' own recovery, health and work with no link to the children. Proof is largely test "
        "results (PEth, breath, hair strand), which are good; but Talking Therapies only treats, a SMART "
        "group is 'As and when' with 'Engagement', a self-referral has no date, an employment referral is "
        "'Monitored', and the school attendance row has no owner. The contingency names the grandmother but "
        "no legal step."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kemblethorpe Metropolitan Borough Council – Children's Social Care – Assessment and Protection "
              "Team B"),
        ("table", {
            "header": ["Family details", H],
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Children", "Kacey Raynor (DOB 09/04/2020, 5) and Mason Raynor (DOB 17/06/2024, 14 months)"],
                ["Address", "Flat 3, 118 Coronation Street East, Kemblethorpe KB5 9SU"],
                ["Parents", "Shannon Raynor (26) and Kyle Brennan (29), living together"],
                ["Maternal grandmother", "Sue Raynor, 31 Holly Bank, Kemblethorpe"],
                ["Category / ICPC", "Neglect – initial child protection conference 13/08/2025 (chair: "
                                    "Kevin Marsh)"],
                ["Social worker", "Amy Holroyd"],
            ],
        }),
        ("h1", "What we are worried about"),
        ("p", "Shannon has been drinking most days since Mason was born; she says she drinks a bottle of vodka "
              "over two days. She has anxiety and low mood and is prescribed an antidepressant by her GP. On "
              "22/07/2025 the health visitor found Shannon asleep on the sofa at 2pm with Mason in a soaked "
              "nappy in his cot and Kacey, who should have been at school, eating dry cereal from the box. "
              "Kyle smokes cannabis every day, including in the flat. Kacey's attendance at Kemblethorpe "
              "Primary was 86% last year and she is often late and hungry. Mason's 12-month review has not "
              "happened."),
        ("h1", "What Kacey says and what Mason's day is like"),
        ("p", "Kacey (seen at school, 05/08/2025, with her teaching assistant): \"Mummy has special juice that "
              "makes her sleepy. When she's sleepy I get Mason his bottle. I like it when Nanna Sue does my "
              "hair for school.\" She gave home a smiley face \"in the middle\"."),
        ("p", "Mason was pulling himself up on the furniture at both visits and said \"Mama\". He was grizzly and "
              "wet on the visit of 22/07/2025 and drank his bottle quickly; at Sue's on 01/08/2025 he was "
              "clean, played on the floor and fell asleep in his travel cot after lunch."),
        ("h1", "Family goals"),
        ("numbers", [
            "Mum to be abstinent from alcohol.",
            "Shannon's anxiety and low mood to be better managed.",
            "Kyle to stop using cannabis and find work.",
            "Kacey and Mason are clean, fed and safe at home, and Kacey goes to school every day.",
        ]),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["Goal", "What needs to happen", "Who", "By when", "Proof"],
            "widths": [1.6, 9.0, 5.2, 3.8, 6.1],
            "rows": [
                ["1", "Attend key-work sessions at Kemblethorpe Recovery Hub",
                 "Shannon Raynor", "Weekly from 18/08/2025", "Recovery Hub attendance record sent to the SW"],
                ["1", "PEth blood test every month and a breath test at each key-work session, results sent to "
                      "the SW",
                 "Nadia Cole, recovery worker, Kemblethorpe Recovery Hub", "Monthly",
                 "PEth below 20 ng/ml; breath readings of 0.00"],
                ["1", "Go to the SMART Recovery mutual aid group at the Recovery Hub",
                 "Shannon Raynor", "As and when", "Engagement"],
                ["2", "Weekly sessions to support Shannon with her anxiety and low mood",
                 "Kemblethorpe NHS Talking Therapies", "Weekly for 12 weeks", "Sessions attended"],
                ["2", "Review Shannon's antidepressant medication and how she is sleeping",
                 "Dr Chris Lowe, GP, Church Lane Surgery", "By 05/09/2025", "Review letter sent to the SW"],
                ["2", "Self-refer to the Kemblethorpe Mind peer support group",
                 "Shannon Raynor", "", "Confirmation of the self-referral seen by the SW"],
                ["3", "Three-month hair strand test for cannabis",
                 "Kyle Brennan (test arranged and paid for by the SW)", "By 30/09/2025",
                 "Hair strand result shared with the SW showing a falling THC level"],
                ["3", "Referral to Kemblethorpe Works employment support",
                 "Kyle Brennan", "By the next core group", "Monitored"],
                ["4", "Home visits to see Kacey and Mason, at least one unannounced each month",
                 "Amy Holroyd, social worker", "Fortnightly",
                 "Visit records show both children seen, and the fridge and Mason's cot checked"],
                ["4", "Mason's 12-month review and weight check at home",
                 "Lorna Pike, health visitor", "By 29/08/2025",
                 "Weight recorded in the red book and stays on the 25th centile; ASQ-3 scores to the SW"],
                ["4", "Check Kacey's attendance and lateness and send the figures to the SW",
                 "", "Weekly", "Attendance figure emailed to the SW (now 86%, target 95%)"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Shannon is found under the influence of alcohol while caring for Kacey and Mason, or a PEth "
              "result is above 20 ng/ml, the children will go to Sue Raynor's home that day and the social "
              "worker will hold a strategy discussion the same day."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, first on 28/08/2025 at 10am, Kemblethorpe Family Hub, then 25/09/2025 "
              "and 23/10/2025. Review child protection conference: 20/11/2025, 1.30pm, Kemblethorpe Town Hall."),
    ],
    "findings": [
        F("T002", "Go to the SMART Recovery mutual aid group"),
        F("M002", "Go to the SMART Recovery mutual aid group"),
        F("H001", "Weekly sessions to support Shannon with her anxiety and low mood"),
        F("T001", "Self-refer to the Kemblethorpe Mind peer support group"),
        F("M002", "Referral to Kemblethorpe Works employment support"),
        F("W001", "Check Kacey's attendance and lateness and send the figures"),
        F("F002", "Mum to be abstinent from alcohol."),
        F("F002", "Shannon's anxiety and low mood to be better managed."),
        F("F002", "Kyle to stop using cannabis and find work."),
        F("F001"),
        F("R002"),
    ],
})
