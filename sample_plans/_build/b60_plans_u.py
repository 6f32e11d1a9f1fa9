"""Batch 60, module u: seven fictional plans (held-out material), places beginning with "u".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: seven plans as a busy local authority team really writes them, each in
its own layout and voice - a review conference plan with outcome banner rows
across the action table, a looked-after baby's plan on a children's ward
while the case waits to transfer (paged PDF), a family-friendly Signs of
Safety style plan with an owner-first table, a case-system task export, a
plan written as a letter to a 14-year-old, a Word plan saved as plain text
with one-sentence numbered actions, and core group minutes with an action
list - with a realistic mix of faults across the rules rather than one rule.
Three plans are exemplary.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan: five-column action table with outcome banner
#    rows merged across, one banner an adult-only outcome (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_ulverdale_rcpc_outcome_banner_rows_kowalski.docx",
    "doc_title": "Review Child Protection Plan - Zofia and Filip Kowalski",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-plan-docx-details-grid-numbered-sections-progress-since-icpc-then-no-what-needs-to-happen-lead-timescale-how-well-know-table-with-outcome-banner-rows-merged-across",
    "description": (
        "First review conference plan for a 9-year-old and a 4-year-old (neglect; mother's bipolar "
        "disorder, under the CMHT, after a hospital admission in the summer). The action table has four "
        "outcome banner rows merged across its five columns and 14 numbered actions under them. The CMHT "
        "psychiatrist is asked for a crisis plan and a view on change, but the care coordinator's row only "
        "supports (H001). Faults: 'Ongoing' (T002), a GP row with an empty timescale (T001), a passive "
        "row with a dash for the lead (W001), 'Core group' as lead (W002), an empty measure (M001), "
        "'improvement in Lee's understanding' (M002), an outcome about the mother only (F002), and a "
        "contingency that only reconvenes the core group to consider next steps, with no legal step "
        "(C002, R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ulverdale Borough Council | Children's Services | Safeguarding Hub East"),
        ("p", "Agreed at the review child protection conference on Tuesday 14 October 2025"),
        ("table", {
            "widths": [3.2, 5.3, 3.2, 5.3],
            "bold_first_col": True,
            "rows": [
                ["Children", "Zofia Kowalski (9), Year 5, Ulverdale Junior School\nFilip Hartley (4), "
                             "Tiny Steps Nursery", "Category", "Neglect"],
                ["Mother", "Marta Kowalski (34)", "Initial conference", "15/07/2025"],
                ["Mother's partner", "Lee Hartley (38), Filip's father and Zofia's stepfather",
                 "Social worker", "Hannah Reece"],
                ["Address", "7 Millrace Close, Ulverdale", "Chair", "Bernadette Oyelowo"],
            ],
        }),
        ("h1", "1. Why Zofia and Filip have a plan"),
        ("p", "Marta has bipolar affective disorder. In May 2025 she became very unwell and was admitted to "
              "the Beacon Unit under section 2 of the Mental Health Act for three weeks. Before the admission "
              "the children had been late or absent from school and nursery on most days for a month, Zofia "
              "was getting Filip up and giving him cereal for tea, and the house had little food in it. Lee "
              "drives an HGV and is often away two or three nights a week. Zofia's father lives in Poland and "
              "has no contact."),
        ("h1", "2. Progress since the initial conference"),
        ("p", "Marta has been home since June and says she is taking her lithium. She missed two CMHT "
              "appointments in August. Zofia's attendance has risen from 78% to 89% this term, but she has "
              "been late on 9 days. Filip has not yet had a dental check and missed his 3-year review. Lee "
              "has changed to day shifts on Mondays and Fridays so that he can do the school run, and he "
              "came to this conference. The kitchen was clean at the last two visits, but on 2 October there "
              "was no bedding on Filip's bed."),
        ("h1", "3. What Zofia and Filip have told us"),
        ("p", "Zofia (seen on her own at school on 30 September): \"When Mum is in bed all day I do Filip's "
              "breakfast and I'm late and Mrs Carr tells me off. I don't mind doing it but I get worried "
              "she won't get up.\" She said the best thing this term was Mum coming to her class assembly, "
              "and that she would like \"somebody to tell me what's wrong with Mum's head\". She scored home "
              "6 out of 10 (it was 3 in July)."),
        ("p", "Filip is chatty at nursery and loves the sand tray. Staff say he is often hungry when he "
              "arrives and asks for toast straight away. At home he climbs onto Lee's lap as soon as Lee "
              "comes in, and he showed the social worker his bed \"with no covers\"."),
        ("h1", "4. Decision"),
        ("p", "Zofia and Filip remain subject to a child protection plan under the category of neglect."),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead person", "Timescale", "How we'll know it's working"],
            "widths": [1.0, 6.0, 3.2, 2.9, 3.9],
            "band_fill": "E2EFDA",
            "rows": [
                ["Outcome 1 - Zofia and Filip are fed, clean and get to school and nursery on time every day",
                 H, H, H, H],
                ["1.1", "Increase Filip's nursery hours to 30 a week at Tiny Steps and send his attendance to "
                        "the SW each week",
                 "Jo Pym, manager, Tiny Steps Nursery", "From 3 November 2025",
                 "Weekly attendance sheet shows Filip in on at least 4 of 5 days"],
                ["1.2", "Morning routine sessions at home with Marta and Lee: getting both children up, fed "
                        "and out of the door by 8.30am",
                 "Dionne Abbey, family support worker", "Twice a week, 7.30-9am, for 8 weeks from 20 October "
                                                         "2025",
                 "School and nursery registers show both children arriving before 8.50am"],
                ["1.3", "Check Zofia's attendance and punctuality every morning and ring Marta by 9.30am if "
                        "Zofia is not in",
                 "Mr Dan Greaves, DSL, Ulverdale Junior School", "Daily in term time",
                 "Attendance printout to the SW every Friday; 95% attendance by the next review"],
                ["1.4", "Weigh and measure Filip and make sure his teeth have been checked by a dentist",
                 "HV Gemma Lusk", "Ongoing",
                 "Height and weight plotted in the red book; dental appointment confirmed by the practice"],
                ["1.5", "Home conditions to be checked at every visit, including the fridge and the "
                        "children's beds and bedding",
                 "-", "At each home visit",
                 "Dated photos of the kitchen and bedrooms on the file"],
                ["Outcome 2 - Zofia and Filip are always looked after by an adult who can keep them safe when "
                 "their mum is unwell", H, H, H, H],
                ["2.1", "Write a relapse and crisis plan with Marta and Lee that says who looks after the "
                        "children if Marta becomes unwell, and report on how her illness affects her care of "
                        "them and whether she can keep up the changes",
                 "Dr Anika Bose, consultant psychiatrist, Ulverdale CMHT", "By 28 November 2025",
                 "Crisis plan and written report shared with the core group"],
                ["2.2", "Lee to attend the Parenting Together course at Ulverdale Family Hub",
                 "Lee Hartley", "10 weekly sessions from 6 November 2025",
                 "Improvement in Lee's understanding of the children's needs"],
                ["2.3", "Statutory visits to see both children at home, seeing Zofia on her own each time",
                 "SW Hannah Reece", "Every 10 working days",
                 "Visit records on LCS show each child seen and what they said"],
                ["Outcome 3 - Marta's mental health is stable and she engages with her care coordinator",
                 H, H, H, H],
                ["3.1", "Continue to see Marta at home and support her with her medication and mood",
                 "Ravi Sandhu, care coordinator, Ulverdale CMHT", "Fortnightly",
                 "CMHT appointment record shows Marta seen every two weeks"],
                ["3.2", "Marta to take her lithium as prescribed and go to her three-monthly blood tests",
                 "Marta Kowalski", "Bloods every 3 months; next due 12 December 2025",
                 "GP letter to the SW confirms each lithium level is in range"],
                ["3.3", "Review Marta's lithium prescription and tell the SW about any missed collections",
                 "Dr Imran Khan, GP, Beckside Surgery", "",
                 "Pharmacy collection record sent to the SW"],
                ["Outcome 4 - Zofia has people to talk to, understands her mum's illness and is not left to "
                 "care for Filip", H, H, H, H],
                ["4.1", "Young carers assessment for Zofia and a place at the Ulverdale Young Carers "
                        "after-school club",
                 "Sam Oyelaran, Ulverdale Young Carers", "Assessment by 14 November 2025; club fortnightly on "
                                                         "Wednesdays",
                 ""],
                ["4.2", "Direct work with Zofia about her mum's illness using the 'When Mum is Poorly' workbook",
                 "SW Hannah Reece", "Six sessions, fortnightly from 27 October 2025",
                 "Completed workbook pages on file and Zofia's own words written in the visit notes"],
                ["4.3", "Tell the SW the same day about any missed school, missed appointment or worry about "
                        "the children's care",
                 "Core group", "Same day",
                 "Each concern logged on the children's LCS record"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "Should the situation deteriorate, or should further concerns arise about Marta's mental health "
              "or the care of the children, the social worker will convene an early core group to review the "
              "plan and consider next steps with the team manager."),
        ("h1", "7. Core group and review"),
        ("p", "Core group meetings every 4 weeks at Ulverdale Junior School, 3.30pm: Tuesday 4 November, "
              "Tuesday 2 December 2025 and Tuesday 6 January 2026. Second review child protection conference: "
              "Tuesday 14 April 2026, 10am, Ulverdale Town Hall."),
        ("p", "Plan typed by Hannah Reece (SW) on 15/10/2025 and sent to Marta, Lee and all agencies."),
    ],
    "findings": [
        F("T002", "Weigh and measure Filip and make sure his teeth"),
        F("W001", "Home conditions to be checked at every visit"),
        F("M002", "Lee to attend the Parenting Together course"),
        F("F002", "Marta's mental health is stable and she engages with her care coordinator"),
        F("H001", "Continue to see Marta at home and support her"),
        F("T001", "Review Marta's lithium prescription and tell the SW"),
        F("M001", "Young carers assessment for Zofia and a place"),
        F("W002", "about any missed school, missed appointment or worry"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Family-friendly safety plan written to the family, owner-first table
#    (Who | What they will do | When | How we will know), md, exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_undermere_family_safety_plan_owner_first_table_oduya.md",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-family-safety-plan-md-written-to-parents-and-children-who-is-in-the-family-worries-going-well-childrens-words-safety-goals-then-who-what-when-how-we-will-know-owner-first-table",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old (domestic abuse when the father is "
        "drunk; he has moved out), written in plain words to the parents and children, with the "
        "children's own words and safety goals for them. Fifteen actions in an owner-first table (Who | "
        "What they will do | When | How we will know). The alcohol service assesses and reports on "
        "change; grandmother supervises contact and an aunt does two after-school evenings, and the "
        "'if things go wrong' section says what happens if either cannot; core group dates, review "
        "conference and legal planning step set. Exemplary."
    ),
    "text": """\
# Our family's safety plan

## Precious and Tobi Oduya

**Undermere Council · Children and Families · Safeguarding Team West**

This plan was agreed at Precious and Tobi's initial child protection conference
on Thursday 2 October 2025. It is written for Funmi and Kunle in everyday words,
and Precious and Tobi have their own copy with pictures. If anything is not clear,
ring Grace on 01632 960418.

Social worker: Grace Whitlow · Conference chair: Imran Qureshi · Category: emotional abuse

## Who is in the family

- **Precious**, 11, Year 7 at Undermere Academy
- **Tobi**, 6, Year 2 at St Cuthbert's Primary
- **Funmi Oduya**, Mum (36). Precious and Tobi live with her at 41 Kestrel Way.
- **Kunle Oduya**, Dad (40). He moved to a flat on Quarry Lane on 8 September.
- **Grandma Bisi Adeyemi**, Funmi's mum, who lives on Larch Road, ten minutes away
- **Auntie Yemi Adeyemi**, Funmi's sister, who lives near St Cuthbert's

## What we are worried about

Kunle has been drinking a lot: he told us most nights, and a bottle of spirits
at the weekend. The police came to Kestrel Way three times this year after Kunle
shouted at Funmi and pushed her when he had been drinking. On 6 September Precious
stood between her mum and dad and was pushed into the door frame, and she had a
bruise on her arm the next day. Since the summer Tobi has wet the bed most nights,
and his teacher says he jumps at loud noises.

We are worried that if this carries on, Precious and Tobi will keep living with
fear at home, and that one of them or their mum could be badly hurt.

## What is going well

- Kunle agreed to move out, and has not come to the house since.
- Funmi got the children to school every day in September, and she called the police herself on 6 September.
- Kunle went to his first appointment at Undermere Drug and Alcohol Recovery (UDAR) on 29 September.
- Grandma Bisi and Auntie Yemi both came to the conference and want to help.

## What Precious and Tobi told us

**Precious** (with Grace at school, 24 September): "I just want it to be calm. I'm
scared of Dad when he's been drinking, but I still want to see him. I don't want to
have to stand in the middle any more." At home before Dad left she was a 2 out of
10 for feeling safe; now she says 7. She would like to see Dad "at Grandma's,
because Grandma doesn't let anyone shout".

**Tobi** drew his house with a big lion in the kitchen and said "that's Daddy's
shouting". He told Grace he likes Grandma's because "she makes puff-puff and we
watch films". He wants "the wet bed to stop" and he wants his dad to come to his
football on Saturdays.

## Our safety goals for Precious and Tobi

- Precious and Tobi live in a home with no shouting, pushing or fear, and they tell us they feel safe there.
- Precious and Tobi only see their dad when he is sober and a safe adult is with them, and they know when they will see him.
- Tobi sleeps better, has more dry nights and gets help with his worries.
- Precious does not have to step in to protect her mum; she can get on with being 11.

## Who will do what

| Who | What they will do | When | How we will know |
| --- | --- | --- | --- |
| Grace Whitlow (social worker) | Visit Precious and Tobi at home and see each of them on their own; one visit a month will be unannounced | Every two weeks until the review conference | Grace's visit notes say what each child told her and how they seemed |
| Grace Whitlow (social worker) | Finish the child and family assessment, including Kunle's and Grandma Bisi's parts in the plan | By 27 November 2025 | Assessment report shared with Funmi, Kunle and the core group |
| Ola Mensah, keyworker, Undermere Drug and Alcohol Recovery (UDAR) | Assess Kunle's drinking, agree his treatment plan and breath test him at every session; write to the core group on whether Kunle is cutting down and what that means for Precious and Tobi | Sessions weekly; written update before each core group | Breath test results and Ola's written update read at each core group |
| Kunle | Go to every UDAR session and not drink at all in the 24 hours before seeing the children | Weekly sessions, and before every contact | UDAR attendance list; Grandma Bisi writes in the contact book that Kunle was sober |
| Kunle | Start the Caring Dads programme at Undermere Family Hub | 17 weekly sessions from 14 October 2025 | Attendance sheet and the group leader's end-of-course report sent to Grace |
| Grandma Bisi Adeyemi | Stay in the room for the whole of every visit between Kunle and the children at her house, and end the visit if Kunle smells of drink | Every Saturday, 10am to 1pm | Contact book signed by Grandma Bisi after every visit and checked by Grace |
| Auntie Yemi Adeyemi | Collect Tobi from after-school club and give both children their tea at her house while Funmi works late | Every Tuesday and Thursday | After-school club sign-out sheet shows Yemi collected Tobi |
| Funmi | Go to the Freedom Programme at Undermere Women's Centre | 12 weekly sessions from 9 October 2025 | Attendance certificate shown to Grace |
| Kerry Lowe, IDVA, Undermere Domestic Abuse Service | Write a safety plan with Funmi for what to do if Kunle comes to the house, and get a panic alarm fitted | Safety plan by 16 October 2025; alarm fitted by 23 October 2025 | Copy of the safety plan on file; police confirm the alarm is live |
| PC Joe Farrant, Undermere Police DA Unit | Put a marker on 41 Kestrel Way so any 999 call is treated as urgent, and tell Grace about any call-out | Marker by 9 October 2025; call-outs within 24 hours | Marker confirmed by email; call-out notices on the children's file |
| Ms Carla Jennings, DSL, Undermere Academy | Meet Precious for a check-in each Monday morning and give her a time-out card for lessons | Every Monday from 6 October 2025 | Check-in log sent to Grace before each core group |
| Mr Paul Ince, DSL, St Cuthbert's Primary | Set up ELSA sessions for Tobi about his worries and the shouting he remembers | Weekly for 8 weeks from 13 October 2025 | ELSA log and Tobi's worry-monster drawings shared with Grace |
| Anya Petrova, school nurse | See Tobi and Funmi about the bedwetting, and refer Tobi to the enuresis clinic if he is still wet most nights after 6 weeks | First appointment by 31 October 2025 | Wet-night chart shows the number of dry nights each week; referral letter on file if made |
| Funmi | Keep to the bedtime routine the school nurse agrees and fill in Tobi's wet-night chart each morning | Every night and every morning | Chart seen by the school nurse at each appointment and by Grace at her visits |
| Grace Whitlow (social worker) | Do a words and pictures story with Precious and Tobi so they understand why Dad moved out and what the plan is | By 6 November 2025 | Words and pictures booklet given to the children and Funmi, copy on file |

## If things go wrong

- If Kunle comes to Kestrel Way, or contacts Funmi or the children outside the Saturday visits, Funmi will ring 999. The police will attend, and Grace (or the emergency duty team at night) will hold a strategy discussion the same day.
- If Kunle turns up for a Saturday visit smelling of drink, Grandma Bisi will not let the visit start and will ring Grace that day. Visits will stop until Grace has seen Kunle and UDAR have tested him again.
- If Grandma Bisi cannot be there for a Saturday visit (if she is ill or away), the visit will not happen that week, and Grace will arrange a supervised visit at Undermere Family Centre within 7 days.
- If Auntie Yemi cannot collect Tobi on a Tuesday or Thursday, Tobi will stay at after-school club until 6pm and Funmi will leave work early to collect him (her manager at Larkfield Pharmacy has agreed this).
- If Kunle drinks before a visit twice, or there is any more violence at home before the review conference, Grace will ask her team manager for a legal planning meeting within 5 working days.

## Meetings about this plan

- Core group every 4 weeks, 4pm at St Cuthbert's Primary: Thursday 16 October, Thursday 13 November and Thursday 11 December 2025.
- Review child protection conference: Thursday 8 January 2026, 10am, Undermere Civic Centre.

Funmi, Kunle, Grandma Bisi and Auntie Yemi each have a copy of this plan. Precious and
Tobi's picture version was shared with them by Grace on 7 October 2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Looked-after baby on a children's ward, plan written while the case
#    waits to transfer to another authority (paged PDF, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_upholme_lac_ward_transfer_pending_mensah.pdf",
    "doc_title": "Child Protection Plan (Looked After Child) - Kai Mensah",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-lac-baby-on-childrens-ward-paged-kv-details-reason-babys-day-on-the-ward-then-ref-task-responsible-timescale-evidence-of-completion-table-no-outcomes",
    "description": (
        "Initial conference plan for a 5-month-old with a spiral fracture of the femur, accommodated "
        "under section 20 and still on the children's ward, while his mother has moved to another "
        "authority and a transfer is requested. Ref | Task | Responsible | Timescale | Evidence table. "
        "The ward's observations of Kai are recorded and the contingency is specific, with a legal step "
        "if consent is withdrawn. Faults: nobody is set to visit Kai on the ward (L001), no outcomes "
        "(O001), the parenting assessment and the parents' contact both left to the receiving authority "
        "(X001 twice), the police investigation 'Ongoing' (T002), an empty 'Responsible' cell (W001), an "
        "empty evidence cell (M001), 'All agencies' (W002), and core group and review conference both "
        "'to be arranged' (R001). Header and page footer on every page."
    ),
    "header": "OFFICIAL - SENSITIVE | Upholme Metropolitan Borough Council | Children's Social Care",
    "footer": "CP plan - Kai Mensah - page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan (Looked After Child)"),
        ("kv", [
            ("Child", "Kai Mensah, born 02/05/2025 (5 months)"),
            ("Where Kai is", "Ward 4 (Children's Ward), Upholme Royal Infirmary, since 26/09/2025"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, from 01/10/2025, with both "
                             "parents' written consent"),
            ("Mother", "Shanice Mensah (22), staying with her sister at 19 Falcon Road, Wrenfield since "
                       "04/10/2025"),
            ("Father", "Dale Cowan (25), no fixed address"),
            ("Conference", "Initial child protection conference, Thursday 09/10/2025, Upholme Royal Infirmary "
                           "Education Centre"),
            ("Category", "Physical abuse"),
            ("Social worker", "Aoife Brennan, Upholme Assessment Team 3"),
            ("Team manager", "Helen Brookes"),
            ("IRO", "Geoff Lamb"),
        ]),
        ("h2", "Reason for the plan"),
        ("p", "Shanice brought Kai to the Emergency Department on 26/09/2025 with a swollen left thigh. An "
              "X-ray showed a spiral fracture of the femur. Shanice first said Kai had rolled off the sofa, "
              "then that he had caught his leg in the cot bars while Dale was settling him. Dale has not "
              "given an account. The consultant paediatrician's initial view is that the injury is not "
              "consistent with either explanation and further tests are being done. A strategy meeting on "
              "29/09/2025 agreed a section 47 enquiry. Both parents signed section 20 consent on 01/10/2025 "
              "and Kai will stay on the ward until his spica cast is reviewed."),
        ("p", "Shanice has since moved to her sister's home in Wrenfield and has asked for the case to be "
              "transferred there. A transfer request is being sent to Wrenfield Borough Council. Dale's "
              "whereabouts are not known; he has told Shanice he will \"come and get Kai\" if the baby is "
              "not returned to them."),
        ("h2", "Kai's day on the ward"),
        ("p", "The nurses say Kai feeds well, taking 180 ml every four hours, and has put on 160 g since "
              "admission. He is in a hip spica cast and cries sharply when he is lifted or changed, but "
              "settles within a few minutes with his dummy and the musical mobile above his cot. He smiles "
              "and babbles at the nurses who know him best, especially on the early shift, and follows "
              "faces with his eyes. He sleeps in short bursts of one to two hours. Nobody from his family "
              "has been to see him since 03/10/2025."),
        ("h2", "Action plan"),
        ("table", {
            "header": ["Ref", "Task", "Responsible", "Timescale", "Evidence of completion"],
            "widths": [1.3, 5.9, 3.4, 2.8, 3.6],
            "header_fill": "DDDDDD",
            "rows": [
                ["1", "Liaise with ward staff about Kai's progress and discharge plan and update the fostering "
                      "team",
                 "SW Aoife Brennan", "Weekly until discharge",
                 "Written discharge plan agreed with the ward and sent to the fostering team"],
                ["2", "Find a foster placement for Kai on discharge with carers who are confident handling a "
                      "baby in a spica cast",
                 "Jas Virdi, placement officer, Upholme Fostering", "Before discharge (expected w/c 03/11/2025)",
                 "Placement confirmed in writing and carers' details given to the ward"],
                ["3", "Skeletal survey follow-up, eye examination and blood tests, with a written opinion on the "
                      "likely cause of the fracture",
                 "Dr Ngozi Ade, consultant paediatrician", "By 24/10/2025",
                 "Written medical opinion sent to the SW and police"],
                ["4", "Joint investigation with children's social care into how Kai was injured, including "
                      "interviews with both parents",
                 "DC Rob Hallworth, Upholme Police CAIT", "Ongoing",
                 "Outcome of the investigation shared with the SW in writing"],
                ["5", "Parenting assessment of Shanice and Dale to be started by Wrenfield once the case has "
                      "transferred",
                 "Wrenfield Children's Services", "Following transfer",
                 "Parenting assessment report"],
                ["6", "Arrangements for Shanice and Dale to see Kai on hold until Wrenfield agree a contact "
                      "plan",
                 "SW Aoife Brennan", "On transfer",
                 "Contact plan agreed and sent to the parents"],
                ["7", "Send the transfer-in request, chronology and medical reports to Wrenfield Borough "
                      "Council",
                 "SW Aoife Brennan", "By 17/10/2025",
                 "Receipt acknowledged by Wrenfield in writing"],
                ["8", "Register Kai with a GP near the foster carers and arrange his initial health "
                      "assessment as a looked after child",
                 "", "Within 20 working days of Kai becoming looked after",
                 "Initial health assessment report on file"],
                ["9", "Notify Kai's health visitor and the Upholme 0-19 service that he is accommodated",
                 "Team manager Helen Brookes", "By 10/10/2025", ""],
                ["10", "Pass on any information about the parents' whereabouts or any threat to remove Kai "
                       "from the ward",
                 "All agencies", "Same day",
                 "Information logged and passed to the SW and police"],
            ],
        }),
        ("h2", "Contingency plan"),
        ("p", "If either parent, or anyone else, tries to take Kai off the ward, ward staff will call the "
              "police on 999 and the emergency duty team straight away, and Kai will stay on the ward. If "
              "either parent withdraws their section 20 consent, the SW will request an urgent legal "
              "planning meeting the same day so that the local authority can apply for an interim care "
              "order."),
        ("h2", "Meetings"),
        ("kv", [
            ("Core group", "First meeting to be arranged"),
            ("Looked after review", "28/10/2025, 2pm, Ward 4 family room (IRO Geoff Lamb)"),
            ("Review child protection conference", "To be arranged by Wrenfield after transfer"),
        ]),
        ("p", "Plan completed by Aoife Brennan (SW) on 10/10/2025. Copies to Shanice Mensah, the ward "
              "manager, Upholme Police CAIT, the named nurse for safeguarding and Wrenfield Children's "
              "Services."),
    ],
    "findings": [
        F("T002", "into how Kai was injured, including interviews with both parents"),
        F("X001", "Parenting assessment of Shanice and Dale to be started by Wrenfield"),
        F("X001", "on hold until Wrenfield agree a contact plan"),
        F("W001", "Register Kai with a GP near the foster carers"),
        F("M001", "the Upholme 0-19 service that he is accommodated"),
        F("W002", "any threat to remove Kai from the ward"),
        F("O001"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Case-system export of an initial plan: labelled fields, outcomes O1-O4,
#    then one block of fields per task (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_ursington_childview_task_blocks_export_pellow.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-case-system-export-txt-caps-field-sections-views-of-child-no-entry-outcomes-o1-o4-then-task-blocks-description-assigned-to-due-measure-linked-to-status",
    "description": (
        "Case-system print of an initial conference plan for a 3-year-old and an 8-month-old (neglect; "
        "father's daily drinking, mother's low mood since the birth). Outcomes O1-O4 are about the "
        "children; the 11 tasks are blocks of labelled fields (Description, Assigned to, Due, Measure, "
        "Linked to, Status). The paternal grandparents supervise the father and stay over at weekends. "
        "Faults: 'Views of the child(ren): [No entry]' and nothing else of the children's experience "
        "(F003), the father's drinking and the mother's mood recorded but only the parents own tasks "
        "about them (F004), a contingency that moves the father to his parents' house but never says "
        "what happens if they cannot supervise (C003), 'ASAP' (T002), an empty Measure (M001), an empty "
        "'Assigned to' on a passive task (W001), 'Engagement with FSW' (M002)."
    ),
    "text": """\
URSINGTON COUNCIL - CHILDREN'S SERVICES
ChildView case management system - document export
Form: CP Plan (Initial) v3.2            Printed: 17/10/2025 14:52 by AHUSSAIN
--------------------------------------------------------------------------------

SUBJECT(S)
  Rocco Pellow        DOB 03/07/2022   (3 yrs)    ChildView ID 4471823
  Ellie-May Pellow    DOB 11/02/2025   (8 mths)   ChildView ID 4471824

HOUSEHOLD
  Dean Pellow (father, 29)
  Kayleigh Bright (mother, 24)
  Address: 12 Saddlers Walk, Ursington UR4 7PL

SIGNIFICANT OTHERS
  Bryan Pellow (paternal grandfather) and Sue Pellow (paternal grandmother),
  14 Tanners Lane, Ursington

CONFERENCE
  Type: Initial CP conference          Date: 15/10/2025
  Chair: Marion Eckersley              Category: Neglect
  Allocated SW: Aisha Hussain          Team: Family Safeguarding Team 2

REASON FOR PLAN
  Police attended 12 Saddlers Walk on 30/08/2025 and 19/09/2025 after neighbours reported shouting. On both occasions Dean was heavily intoxicated. On 19/09/2025 officers found empty vodka bottles and cans on the living room floor and Dean asleep on the sofa while Kayleigh was at the shop. Dean accepts he drinks most days, "more since I lost the job at the depot". Kayleigh has been low in mood since Ellie-May was born and told the HV she "can't be bothered with anything"; she is not on medication and has not seen her GP. SW home visit 26/09/2025: no food in the fridge apart from milk, nappy bin overflowing, stairgate broken.

STRENGTHS
  Dean and Kayleigh both attended conference and accept the concerns. Dean has not been drunk at the address since 19/09/2025 according to the neighbours. Bryan and Sue Pellow are close to the family and have offered to help.

VIEWS OF THE CHILD(REN)
  [No entry]

VIEWS OF PARENTS / CARERS
  Dean said he "knows he has to sort the drink out" and wants to keep the family together. Kayleigh said she wants help with money and with getting out of the house.

CHILD PROTECTION PLAN - OUTCOMES
  O1  Rocco and Ellie-May are looked after by a sober adult at all times.
  O2  Rocco and Ellie-May live in a clean, safe home with food in the cupboards and a working stairgate.
  O3  Ellie-May grows well and her health checks and immunisations are up to date.
  O4  Rocco goes to nursery and his speech and development are checked.

CHILD PROTECTION PLAN - TASKS
  Task 01
    Description : Dean to attend the Ursington Alcohol Service drop-in for an assessment and accept the offer of key-work.
    Assigned to : Dean Pellow
    Due         : 31/10/2025
    Measure     : Letter from Ursington Alcohol Service confirming the assessment
    Linked to   : O1
    Status      : Open

  Task 02
    Description : Supervise all of Dean's time with the children; Dean is not to be alone with Rocco or Ellie-May.
    Assigned to : Bryan Pellow and Sue Pellow (PGPs)
    Due         : Every time Dean is with the children
    Measure     : Contact diary signed by Bryan or Sue and seen by the SW at each visit
    Linked to   : O1
    Status      : Open

  Task 03
    Description : Sue to stay overnight at 12 Saddlers Walk on Friday and Saturday nights.
    Assigned to : Sue Pellow (PGM)
    Due         : Every Friday and Saturday night
    Measure     : Sue writes in the contact diary each morning; the SW checks the diary at each visit
    Linked to   : O1
    Status      : Open

  Task 04
    Description : Kayleigh to make an appointment with her GP to talk about her low mood.
    Assigned to : Kayleigh Bright
    Due         : ASAP
    Measure     : Appointment text shown to the SW
    Linked to   : O1
    Status      : Open

  Task 05
    Description : 9-12 month review for Ellie-May, including weight, development and home safety.
    Assigned to : HV Lorna Kitto
    Due         : 12/12/2025
    Measure     : ASQ-3 scores and weight on the centile chart shared with the SW
    Linked to   : O3
    Status      : Open

  Task 06
    Description : Apply for a funded nursery place for Rocco at Little Oaks Day Nursery.
    Assigned to : SW Aisha Hussain
    Due         : 01/12/2025
    Measure     :
    Linked to   : O4
    Status      : Open

  Task 07
    Description : Unannounced home visits to be completed, seeing both children and checking food and sleeping arrangements.
    Assigned to :
    Due         : Fortnightly
    Measure     : Visit records on ChildView with the food and sleeping arrangements recorded
    Linked to   : O1, O2
    Status      : Open

  Task 08
    Description : Weekly sessions with Kayleigh on routines, meals and budgeting.
    Assigned to : FSW Tamsin Roe
    Due         : Weekly for 10 weeks from 20/10/2025
    Measure     : Engagement with FSW
    Linked to   : O2
    Status      : Open

  Task 09
    Description : Home fire safety visit and a new stairgate fitted at the bottom of the stairs.
    Assigned to : Ursington Fire and Rescue Service, Home Safety Team
    Due         : 14/11/2025
    Measure     : Home safety visit record sent to the SW; stairgate seen in place at the next SW visit
    Linked to   : O2
    Status      : Open

  Task 10
    Description : Dean and Kayleigh to attend the Little Steps parenting course at Ursington Family Hub.
    Assigned to : Dean Pellow and Kayleigh Bright
    Due         : 8 weekly sessions from 05/11/2025
    Measure     : Certificate of completion and course leader's report to the SW
    Linked to   : O1, O2
    Status      : Open

  Task 11
    Description : Notify the SW of any police call-out to 12 Saddlers Walk.
    Assigned to : Ursington Police MASH (PS Dave Royle)
    Due         : Within 24 hours of any call-out
    Measure     : Police notification (PPN) on the children's ChildView record
    Linked to   : O1
    Status      : Open

CONTINGENCY PLAN
  If Dean is found to be under the influence of alcohol while caring for the children, or the police are called to the address because of his drinking, Dean will leave the home that day and stay with his parents at 14 Tanners Lane, and the SW (or EDT out of hours) will hold a strategy discussion the same day. If this happens a second time before the review conference, the SW will request a legal planning meeting within 5 working days.

CORE GROUP
  Frequency: every 4 weeks
  Dates: 29/10/2025, 26/11/2025, 23/12/2025 (10.00, Ursington Family Hub)

REVIEW CONFERENCE
  Date: 14/01/2026   Time: 10.00   Venue: Ursington Civic Offices, Room 3

--------------------------------------------------------------------------------
End of document                                                     Page 1 of 1
""",
    "findings": [
        F("T002", "Kayleigh to make an appointment with her GP"),
        F("M001", "Apply for a funded nursery place for Rocco"),
        F("W001", "Unannounced home visits to be completed, seeing both children"),
        F("M002", "Weekly sessions with Kayleigh on routines, meals and budgeting"),
        F("F003"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan written as a letter to a 14-year-old at risk of exploitation,
#    "you" voice, four-column table (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_ushworth_letter_to_young_person_my_plan_fairbairn.docx",
    "doc_title": "My Child Protection Plan - Skye Fairbairn",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-docx-letter-to-young-person-right-aligned-letterhead-dear-skye-you-voice-worries-what-you-told-me-going-well-what-we-all-want-then-what-will-happen-who-when-how-well-know-table-signed-off",
    "description": (
        "Initial conference plan for a 14-year-old at risk of sexual and criminal exploitation (six "
        "missing episodes, found with two adult men, given cannabis and vodka), written by her social "
        "worker as a letter to her in the second person. Her words and what she wants are recorded, "
        "outcomes are hers, and 13 actions sit in a What will happen | Who | When | How we'll know it's "
        "working table (police warning notices and patrols, return home interviews, school, youth "
        "worker, sexual health, young people's substance service, her aunt's two nights a week). The "
        "contingency covers going missing, being found with the named men and her aunt not being able "
        "to have her, with a legal planning step; core group dates and review conference set. Exemplary."
    ),
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("title", "My child protection plan"),
        ("pr", "Ushworth City Council"),
        ("pr", "Children's Services - Adolescent Safeguarding Team"),
        ("pr", "Riverside House, Quay Street, Ushworth"),
        ("pr", "21 October 2025"),
        ("p", "Dear Skye,"),
        ("p", "This is the plan that was agreed at your child protection conference on Tuesday 14 October "
              "2025. You came for the first part and told everyone what you think, which took a lot of "
              "guts. I have written the plan to you, because it is about you. Your mum has a copy too. If "
              "anything in it is wrong or you don't understand it, text me on 07700 900614 and we will go "
              "through it."),
        ("p", "Leon Achebe, your social worker"),
        ("h2", "Why you have a plan"),
        ("p", "Since June you have been missing from home six times, twice overnight. On 27 September the "
              "police found you in a flat on Dockside Road with two men aged 22 and 25, who had given you "
              "cannabis and vodka. Messages on your old phone show one of them asking you to carry a bag "
              "across town for him. Your attendance at Ushworth Park Academy has dropped to 62%. The "
              "conference agreed that you are at risk of being sexually and criminally exploited, and your "
              "plan is under the category of sexual abuse."),
        ("h2", "What you told me"),
        ("p", "When we met at the youth centre on 8 October you said: \"They're not bad people, they just "
              "look after me when home's doing my head in.\" You said you go out because \"Mum's always at "
              "work or asleep and Connor's never in\", and that you don't like it when the older one gets "
              "angry if you don't answer his calls. You said you want to stay at home, to do hair and "
              "beauty at college, and to go back to boxing. You scored how safe you feel when you're out at "
              "night as 4 out of 10, and at Auntie Nic's as 9."),
        ("h2", "What is going well"),
        ("bullets", [
            "You have come home every night since 2 October.",
            "You gave your old phone to the police yourself, and you have agreed to talk to me every week.",
            "Your mum has already spoken to her manager about changing her night shifts.",
            "Auntie Nic wants you to stay with her on the nights your mum works.",
        ]),
        ("h2", "What we all want for you"),
        ("bullets", [
            "You are safe from adults who want to use you, and you don't go missing.",
            "You are in school most days and have a plan for college that you want.",
            "You have adults you trust, you know who to call, and you can get help fast if you need it.",
            "Your health, including your sexual health, is looked after.",
        ]),
        ("h2", "Your plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know it's working"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "header_fill": "FCE4D6",
            "rows": [
                ["Meet you on your own, somewhere you choose, to talk about how things are and work "
                 "through the six 'Is it OK?' sessions about exploitation",
                 "Leon Achebe, your social worker",
                 "Every Wednesday after school until the review conference",
                 "Leon's visit notes say what you told him and which sessions are done"],
                ["Report you missing to the police if you are not home an hour after your agreed time and "
                 "you are not answering your phone",
                 "Mum (Claire Fairbairn)",
                 "Every time you are an hour late",
                 "Police log number written in the missing diary and sent to Leon the next morning"],
                ["A return home interview with you after any time you go missing",
                 "Bex Horton, Ushworth Missing Children Service",
                 "Within 72 hours of you coming home",
                 "Written interview, with what you said about where you were, sent to Leon and the police"],
                ["Serve Child Abduction Warning Notices on the two men from Dockside Road, and patrol past "
                 "the Dockside flats on Friday and Saturday nights",
                 "DS Kaye Marr, Ushworth Police Exploitation Team",
                 "Notices by 24 October 2025; patrols every Friday and Saturday night until the review",
                 "Notices recorded on police systems; patrol log shared at each core group"],
                ["Go through the settings on your new phone with you and Mum, block the numbers you want "
                 "blocked and agree which apps are OK",
                 "Leon Achebe, with you and Mum",
                 "By 31 October 2025",
                 "List of blocked numbers and agreed apps kept by Mum and Leon"],
                ["Set up the timetable you agreed, with a key adult to meet you at the gate each morning",
                 "Mrs Rachel Dunn, DSL, Ushworth Park Academy",
                 "From Monday 3 November 2025",
                 "Attendance printout sent to Leon every Friday; attendance above 85% by the review"],
                ["Youth work sessions with you, including the boxing club you asked about",
                 "Kieran Walsh, Ushworth Youth Service",
                 "Every Thursday, 5pm to 7pm",
                 "Kieran's session record shows you came and what you did"],
                ["A sexual health appointment, with time to talk to the nurse on your own",
                 "Jo Firth, school nurse",
                 "By 7 November 2025",
                 "Jo tells Leon the appointment happened (without any private details)"],
                ["Talk with you about cannabis and alcohol and whether you want help to cut down",
                 "Sam Price, Ushworth Young People's Substance Service",
                 "First session by 14 November 2025, then fortnightly if you want it",
                 "Number of sessions you come to, and your own score for how much you are using, on your "
                 "session sheet"],
                ["Be home by 9pm on school nights and 10.30pm at weekends, and tell Mum where you are going",
                 "You (Skye)",
                 "Every day",
                 "Mum's missing diary shows the time you got home; Leon reads it at his visits"],
                ["Have you to stay at her house on the nights your mum works",
                 "Auntie Nic (Nicola Fairbairn)",
                 "Every Tuesday and Wednesday night",
                 "Nic texts Mum and Leon when you are in; Leon checks the texts at his visits"],
                ["Ask her employer to move her night shifts so she is at home on Friday and Saturday nights",
                 "Mum (Claire Fairbairn)",
                 "By 31 October 2025",
                 "New rota from Elmhurst Care Home shown to Leon"],
                ["Finish an assessment of the risk of exploitation, with your views in it",
                 "Leon Achebe, your social worker",
                 "By 4 November 2025",
                 "Risk assessment shared with you, Mum and the first core group"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If you go missing, Mum will report it to the police as set out in the plan. When you are found, "
            "the police will bring you home or to Auntie Nic's, and if you were with either of the men named "
            "in the notices, Leon (or the emergency duty team at night) will hold a strategy discussion the "
            "same day.",
            "If you are found with either of those men, the police will take you somewhere safe straight "
            "away and will arrest them for breaching the notice.",
            "If Auntie Nic can't have you on a night Mum is working, Mum will swap her shift (her manager "
            "has agreed she can at short notice). If that can't happen, Leon or the emergency duty team will "
            "arrange for you to stay with Ushworth's emergency foster carers that night.",
            "If you go missing three more times before the review conference, or you are found with either "
            "of the men again, Leon will ask his manager for a legal planning meeting to decide whether you "
            "need to be looked after somewhere safer for a while.",
        ]),
        ("h2", "Meetings about your plan"),
        ("p", "The core group (you, Mum, Leon, school, Kieran, Bex and DS Marr) will meet every 3 weeks at "
              "Ushworth Park Academy at 3.45pm: Tuesday 4 November, Tuesday 25 November and Tuesday 16 "
              "December 2025. You can come to all of it or part of it. Your review child protection "
              "conference is on Tuesday 13 January 2026 at 2pm at Riverside House."),
        ("p", "Take care, and text me if you need me."),
        ("p", "Leon"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Word plan saved as plain text: upper-case headings underlined with
#    dashes, numbered paragraphs, each action one long sentence (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_ulbeckton_word_as_text_numbered_sentences_quayle.txt",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-word-saved-as-txt-caps-headings-underlined-numbered-paragraphs-section-6-one-sentence-per-action-owner-first-with-when-and-evidence",
    "description": (
        "Initial conference plan for a 6-year-old and a 7-week-old (mother's severe postnatal "
        "depression under the perinatal team, father's daily cannabis use), saved from Word as plain "
        "text with numbered paragraphs. Section 6 has 13 actions, each one sentence that names who, "
        "when and what will show it. The perinatal psychiatrist reports on whether the mother is making "
        "the changes needed and how long it may take, the perinatal nurse reports on changes in her "
        "responses to the baby, the recovery service tests and gives a view on the father; the "
        "grandmother's mornings and the aunt's school runs have a fallback; the older child's words and "
        "the baby's day are recorded; core group dates, review conference and legal planning step set. "
        "Exemplary."
    ),
    "text": """\
ULBECKTON COUNTY COUNCIL
Children, Families and Education - Safeguarding and Family Support (South)

CHILD PROTECTION PLAN
---------------------

Children:        Harvey Quayle (6), Year 2, Ulbeckton St Mary's C of E Primary
                 Isla Quayle, born 25/08/2025 (7 weeks)
Mother:          Jodie Quayle (26)
Father:          Ryan Quayle (30)
Address:         3 Heron Close, Ulbeckton
Conference:      Initial child protection conference, Monday 13/10/2025
Category:        Neglect
Social worker:   Priya Nandra
Chair:           Alan Whitworth


1. WHY HARVEY AND ISLA HAVE A PLAN
----------------------------------

1.1 Jodie has had severe postnatal depression since Isla was born. On 28/09/2025 she told the health visitor she had thought about "just leaving Isla in her cot and walking out", and that she did not feel anything for her. She was seen by the perinatal crisis team the same day and started on medication. She has since said she is not having these thoughts, but she is still sleeping most of the morning.

1.2 Ryan smokes cannabis every day, usually in the evening after work, and told conference he has done so "since school". At the visit on 30/09/2025 the living room smelled strongly of cannabis and there was a grinder on the arm of the sofa next to Isla's bouncer.

1.3 Isla dropped from the 50th to the 25th centile between birth and her 6-week check. Harvey has been late for school on 8 of the 20 days this term, and on 3 October he was not collected until 4.15pm.


2. WHAT IS WORKING WELL
-----------------------

2.1 Jodie asked for help herself and has taken her medication every day since 28/09/2025. Ryan is in full-time work and is loving and patient with Harvey. Ryan's mother, Maureen Quayle, and Ryan's sister, Kelly Quayle, live in Ulbeckton and have both offered help.


3. HARVEY AND ISLA
------------------

3.1 Harvey told Priya at school on 7/10/2025: "Mummy is sad and sleeps a lot. I have to be quiet in the mornings. I like it when Nana Maureen comes because she does pancakes." He said he loves his baby sister and likes to hold her bottle. He is worried about being late "because I miss golden time". He would like his dad to take him to football again.

3.2 Isla is seven weeks old. At visits she was seen to take her bottle well when Ryan or Maureen fed her, looking up at their faces, but when Jodie fed her on 7/10/2025 Jodie looked at her phone and Isla turned away and cried after 30 ml. Isla settles quickly when she is walked around and sung to, and she sleeps in a Moses basket in her parents' room.


4. WHAT NEEDS TO BE DIFFERENT FOR HARVEY AND ISLA
-------------------------------------------------

4.1 Isla is fed, held and talked to by parents who notice and respond to her, and her weight stays on or above the 25th centile.

4.2 Harvey gets to school on time, is collected on time, and does not have to keep quiet or look after himself in the mornings.

4.3 Harvey and Isla live in a home where nobody smokes cannabis, and where drugs and medicines are always locked away from them.

4.4 Harvey and Isla are cared for by a mum whose depression is treated and whose mood is safe for them, with another adult there when she cannot manage.


5. PROTECTIVE ADULTS
--------------------

5.1 Maureen Quayle (paternal grandmother), 22 Bittern Way, Ulbeckton.
5.2 Kelly Quayle (paternal aunt), 9 Lapwing Drive, Ulbeckton.


6. WHAT WILL HAPPEN
-------------------

6.1 Priya Nandra (social worker) will visit Harvey and Isla at home every week until the review conference, seeing Harvey on his own and Isla being fed or changed, and will write in her visit notes what Harvey says and how Isla responds to each parent.

6.2 Ruth Cawley (health visitor) will visit every week for the first 8 weeks of the plan to weigh Isla and watch a feed, and will plot each weight in the red book so the core group can see that Isla stays on or above the 25th centile.

6.3 Dr Miriam Hollis, perinatal psychiatrist at the Ulbeckton Perinatal Mental Health Team, will see Jodie every two weeks to review her medication and mood and will send a written report to each core group on whether Jodie is making the changes Isla and Harvey need and how long that is likely to take.

6.4 Ben Otley, community perinatal nurse, will do mother-and-baby interaction sessions with Jodie and Isla at home every week for 12 weeks from 20/10/2025 and will send Priya a written report every four weeks on what has changed in how Jodie responds to Isla's cues and what still needs to change.

6.5 Ryan will go to the Ulbeckton Recovery Service for a cannabis assessment by 31/10/2025 and then to weekly key-work sessions, with his keyworker confirming his attendance to Priya by email at the end of each month.

6.6 Tariq Bell, keyworker at the Ulbeckton Recovery Service, will carry out a drug test with Ryan every month from November 2025 and send Priya the results, with his written view of whether Ryan is stopping his cannabis use and what this means for the children, before each core group.

6.7 Ryan and Jodie will keep all cannabis out of the house and keep Jodie's medication in the locked box Priya gave them, starting on 14/10/2025, and Priya will check the box is locked at every visit and note it in her visit record.

6.8 Maureen Quayle will come to 3 Heron Close from 8am to 1pm every weekday while Ryan is at work, so that Jodie is not alone with Isla in the mornings, and will sign the sheet on the fridge each day for Priya to see at her visits.

6.9 Kelly Quayle will take Harvey to school and collect him at 3.15pm every weekday in term time, and the school's gate log will show who brought and collected him.

6.10 Mrs Anne Foster, DSL at Ulbeckton St Mary's, will see Harvey every Friday for a check-in using his feelings chart and will send a copy of the chart to Priya at the end of each month.

6.11 Dr Leon Fairweather, GP at Ulbeckton Health Centre, will give Isla her 8-week check and first immunisations by 24/10/2025 and record them in the red book and on the GP record, with a copy of the check to Ruth Cawley.

6.12 Priya Nandra will complete the child and family assessment, including a parenting assessment of Jodie and Ryan, by 28/11/2025 and share the written report with Jodie, Ryan and the core group.

6.13 Jodie and Ryan will go to the Ulbeckton Baby Steps parenting group every Wednesday for 8 weeks from 22/10/2025, and the group leader will send Priya the attendance sheet and a short end-of-course report.


7. CONTINGENCY PLAN
-------------------

7.1 If Jodie says she is having thoughts of harming Isla or herself, or is found to be unable to care for Isla, whoever is with her will ring the perinatal crisis team and Priya (or the emergency duty team out of hours) straight away, Isla and Harvey will go to Maureen's house at 22 Bittern Way that day, and a strategy discussion will be held the same day.

7.2 If Ryan is found under the influence of cannabis while he is looking after the children, or there is cannabis in the house, Ryan will leave the house that night and Maureen or Kelly will stay with Jodie and the children; if neither of them can, Priya or the emergency duty team will place Harvey and Isla with emergency foster carers that night, and Priya will visit the next working day.

7.3 If Maureen cannot come on a weekday morning, Kelly will come instead; if neither of them can come, Ryan will not go to work that day (his employer, Hadley Roofing, has agreed this), and if Ryan cannot stay, Priya or the duty social worker will arrange for a family support worker to be at the house by 9am. If Kelly cannot do the school run, Maureen will take Harvey.

7.4 If Isla falls below the 9th centile, or Jodie or Ryan stop working with the perinatal team or the recovery service for four weeks, or either trigger in 7.1 or 7.2 happens twice, Priya will ask the team manager for a legal planning meeting within 5 working days.


8. CORE GROUP AND REVIEW
------------------------

8.1 The core group will meet every 4 weeks at Ulbeckton Health Centre at 1.30pm, on Monday 27/10/2025, Monday 24/11/2025 and Monday 22/12/2025.

8.2 The review child protection conference will be on Monday 12/01/2026 at 10am at Ulbeckton County Hall.


Plan agreed by the conference chair on 13/10/2025 and sent to Jodie, Ryan and all agencies by Priya Nandra on 14/10/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes with agency updates and an "Actions agreed" bullet
#    list, most of it about the mother (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b60_uffcombe_core_group_minutes_action_bullets_bennett.md",
    "split": "heldout",
    "actions": 9,
    "template": "core-group-minutes-md-present-apologies-numbered-agenda-agency-updates-how-ruby-is-what-we-want-for-ruby-then-actions-agreed-bullets-owner-first-next-meetings",
    "description": (
        "Second core group minutes for a 4-month-old (neglect, faltering weight; mother's postnatal "
        "depression and anxiety, under the perinatal team). The baby's day is described and the "
        "outcomes are hers, but six of the nine agreed actions are about the mother's own health, "
        "money, housing and groups with no link to Ruby (F001). Faults: the perinatal nurse only "
        "supports (H001), a self-referral with no timescale (T001), 'home conditions to be kept under "
        "review' as the only measure (M002), a group with no measure (M001), 'Professionals' as owner "
        "(W002), no contingency at all (C001), no legal planning step (R002), and the next core group "
        "'date TBC' (R001)."
    ),
    "text": """\
# Core Group Meeting – Minutes

**Child:** Ruby Bennett, born 12/06/2025 (4 months)
**Plan:** child protection plan since the initial conference on 04/09/2025 (category: neglect)
**Meeting:** core group 2, Thursday 9 October 2025, 10am, Uffcombe Family Hub, Room B
**Chair / minutes:** Tom Hadley, social worker, Uffcombe Council Children's Services

**Present:** Leanne Bennett (mum); Tom Hadley (SW); Sarah Pike (health visitor); Kate Ormerod
(community perinatal mental health nurse, Uffcombe Perinatal Service); Jas Bains (Family Hub
worker); Mark Dyer (housing officer, Uffcombe Homes)

**Apologies:** Dr Ellen Sato (GP), no report sent

---

## 1. Minutes of the last meeting and actions

Agreed as accurate. Of the 8 actions from core group 1, four are done (Ruby's feed plan written,
cot delivered, Healthy Start vouchers applied for, Leanne registered at the Family Hub). The other
four are carried into the list at item 5.

## 2. Updates from agencies

**Leanne** said the last month has been "up and down". She is taking her sertraline but still
wakes at 4am with her heart racing and finds it hard to go out. She wants to move because the flat
is damp and the neighbours shout through the wall at night. Ruby's dad, Jordan Ellis, has had no
contact since the summer.

**Health visitor (SP):** Ruby weighed 5.62 kg on 6 October. She was on the 50th centile at birth,
fell to the 9th at 8 weeks, and is now just above the 9th. Leanne is following the feed plan most
days. There was black mould on the bedroom wall near Ruby's cot at the visit on 2 October.

**Perinatal service (KO):** Kate has seen Leanne four times since the last meeting. Leanne's PHQ-9
score has gone from 19 to 16. Leanne finds the visits helpful and is practising the breathing
exercises.

**Family Hub (JB):** Leanne has come to one baby massage session out of three. Jas is helping her
with a Universal Credit claim and a hardship grant.

**Housing (MD):** Leanne's transfer application is in band C. Mark will ask for it to be looked at
again with the health visitor's letter about the mould.

## 3. How Ruby is

Sarah and Tom both saw Ruby this month. She smiles and coos when people talk to her, has good head
control and likes lying on her play mat watching the mobile. She feeds best when she is held
upright and fed slowly, and she gets upset and turns her head away if the bottle is rushed. At
Tom's visit on 30 September she was in the same nappy she had been put in the night before. She
sleeps in her cot in Leanne's room, next to the mouldy wall.

## 4. What we want for Ruby

- Ruby gains weight steadily and gets back towards the 25th centile.
- Ruby lives in a warm, dry home with a safe place to sleep.
- Ruby is fed, changed and played with by a mum who is well enough to notice what she needs.

## 5. Actions agreed

- Kate Ormerod (perinatal nurse) to continue fortnightly home visits to support Leanne with her anxiety and low mood, with her visit log copied to Tom.
- Leanne to go to her GP medication review on 21 October 2025, and the GP letter confirming the review to be sent to Tom.
- Mark Dyer (Uffcombe Homes) to put Leanne's transfer application to the housing panel on 30 October 2025 and send Leanne and Tom the panel's decision letter.
- Jas Bains (Family Hub) to help Leanne finish her Universal Credit claim and hardship grant by 24 October 2025, with copies of both applications given to Tom.
- Leanne to self-refer to Uffcombe Talking Therapies and send Tom the letter confirming her first appointment.
- Leanne to go to the Mums Together peer support group at the Family Hub on Thursday mornings.
- Sarah Pike (HV) to weigh Ruby at home every week and plot each weight on her centile chart, which should stay on or above the 9th centile.
- Tom Hadley (SW) to visit Ruby at home every two weeks and see her being fed and where she sleeps, with home conditions to be kept under review.
- Professionals to share any worry about Ruby's care with the SW on the same day it arises, and note it on their own agency's safeguarding record.

## 6. Any other business

Leanne asked whether the plan could end at the review. Tom explained that the review conference
will look at Ruby's weight and the home conditions, and what Leanne and the professionals say.

## 7. Next meetings

- Next core group: date TBC (Tom to send round).
- Review child protection conference: Thursday 4 December 2025, 1.30pm, Uffcombe Civic Centre.

*Minutes typed by Tom Hadley on 10/10/2025 and sent to everyone present and to Dr Sato.*
""",
    "findings": [
        F("H001", "to continue fortnightly home visits to support Leanne"),
        F("T001", "Leanne to self-refer to Uffcombe Talking Therapies"),
        F("M001", "Leanne to go to the Mums Together peer support group"),
        F("M002", "with home conditions to be kept under review"),
        F("W002", "Professionals to share any worry about Ruby's care"),
        F("F001"),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})
