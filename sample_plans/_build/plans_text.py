"""Plans written verbatim as .md and .txt, with hand labels.

Every name, address, organisation and local authority here is fictional.
"""


def F(rule, excerpt=None):
    return {"rule": rule, "excerpt": excerpt} if excerpt else {"rule": rule}


PLANS = []

# ---------------------------------------------------------------------------
# 7. Transfer between local authorities in progress (Markdown table)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "westmere_transfer_lewis.md",
    "split": "tune",
    "template": "classic-table",
    "description": "Core group plan while a family moves from Westmere to Eastbrook: the Westmere SW keeps visiting and some work continues, but the FGC referral, parenting assessment and direct work with Maya are put on hold pending transfer (X001); police row 'as and when'.",
    "text": """\
# Westmere County Council — Child Protection Plan

**Core group meeting 3:** 17/03/2025  
**Children:** Maya Lewis (7) and Theo Lewis (4 months)  
**Category:** Neglect  
**Social worker:** Jo Pennington (Westmere Locality Team North) · **Team manager:** Aaron Fisk  
**Transfer status:** Stacey moved with the children to 14 Quarry Lane, Eastbrook on 01/03/2025. A transfer-in request was sent to Eastbrook Metropolitan Borough Council on 10/03/2025. Eastbrook has acknowledged the request; no transfer-in conference date has been set.

## Family composition

| Name | Relationship | Age |
|---|---|---|
| Maya Lewis | Subject child | 7 |
| Theo Lewis | Subject child | 4 months |
| Stacey Lewis | Mother | 30 |
| Dean Morley | Stacey's partner (not the children's father) | 34 |
| Carol Lewis | Maternal grandmother (MGM), lives in Westmere | 56 |

## What we are worried about

Maya and Theo were made subject to child protection plans on 20/01/2025 because of neglect: Maya was often late or absent from school and arrived hungry, and Theo was missing health appointments. Since the move, Stacey's new partner Dean has moved in. Westmere Police hold two domestic abuse call-outs involving Dean and a previous partner. Maya has had to change school and Theo is not yet registered with a GP in Eastbrook.

## What Maya says and what life is like for Theo

Maya told Jo on 12/03/2025 that she misses her old school and her friends but likes having her own bedroom. She said "Dean shouts sometimes but not at me" and that she goes to her room when he shouts. Theo is four months old; on the last visit he was in a clean babygro, smiled at Jo and was fed when he cried, but his bottles were being made up in advance and left out on the side.

## Outcomes for Maya and Theo

1. Maya will go to school every day, on time and having had breakfast.
2. Theo will have all his health checks and immunisations.
3. Maya and Theo will live in a home free from shouting and domestic abuse.

## Action plan

| Outcome | Action | Who | By when | How we will know |
|---|---|---|---|---|
| All | Westmere SW to keep visiting Maya and Theo at their new address until the case transfers | Jo Pennington (Westmere SW) | Every 2 weeks until the transfer-in conference | Visit records show both children seen and Maya seen alone |
| 3 | Referral for a Family Group Conference on hold pending transfer to Eastbrook | TBC | TBC | Family plan agreed at the FGC |
| All | Parenting assessment paused until the case transfers; Eastbrook SW to complete | Eastbrook SW | TBC | Assessment report with recommendations |
| 2 | HV to hand over to the Eastbrook health visiting team and do a joint visit | Caroline Webb (Westmere HV) | By 21/03/2025 | Joint visit completed and Eastbrook HV named to the core group |
| 2 | Stacey to register Theo with a GP in Eastbrook and book his 16-week immunisations | Stacey Lewis (mother) | By 28/03/2025 | GP registration and immunisation dates confirmed to the SW |
| 1 | DSL to send Maya's attendance and punctuality figures | Mr Greg Tully, DSL, St Anne's Primary, Eastbrook | Weekly | Weekly figures emailed to the SW; attendance above 95% by July 2025 |
| 3 | SW to refer Stacey to the Eastbrook Freedom Programme | Jo Pennington (Westmere SW) | By 28/03/2025 | Confirmation of Stacey's place sent to the core group |
| 3 | Police to share any domestic abuse call-outs to Quarry Lane with the SW | Eastbrook Police (DA Unit) | As and when | Notifications logged on the children's file |
| 3 | SW to complete police and local authority checks on Dean Morley | Jo Pennington (Westmere SW) | By 21/03/2025 | Results of checks recorded and shared with the core group |
| 1 | Direct work with Maya about home and school deferred until an Eastbrook SW is allocated | Eastbrook SW | Within 6 weeks of transfer | - |

## Contingency plan

If there is a domestic abuse incident at Quarry Lane, police will attend and Jo (or the Eastbrook duty team once the case has transferred) will hold a strategy discussion within 24 hours. If Dean stays in the home after an incident, Stacey and the children will go to stay with Carol in Westmere that night; if Carol cannot have them, the SW will arrange emergency accommodation through the Eastbrook refuge service.

If Maya's attendance falls below 85% or Theo misses his immunisations, the SW will visit within two working days.

If there is no improvement in Maya's attendance or Theo's health care by the review conference, the team manager of whichever authority then holds the case will request a legal planning meeting.

## Core group and review

Core group meetings every four weeks until transfer; next meeting 14/04/2025 at Eastbrook Family Hub. Review child protection conference (or transfer-in conference, if Eastbrook accepts the transfer before then): 20/05/2025.
""",
    "findings": [
        F("X001", "Referral for a Family Group Conference on hold pending transfer"),
        F("W002", "Referral for a Family Group Conference on hold pending transfer"),
        F("T002", "Referral for a Family Group Conference on hold pending transfer"),
        F("X001", "Parenting assessment paused until the case transfers"),
        F("T002", "Parenting assessment paused until the case transfers"),
        F("T002", "Police to share any domestic abuse call-outs"),
        F("X001", "Direct work with Maya about home and school deferred"),
        F("M001", "Direct work with Maya about home and school deferred"),
    ],
})

# ---------------------------------------------------------------------------
# 8. Bullet plan with negated and hypothetical mentions of illness
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "ferncastle_bullets_cooper.md",
    "split": "heldout",
    "template": "bullets",
    "description": "Domestic abuse ICPC plan as bullets; parental alcohol/drug use and mental ill health are negated and the mother's wellbeing appears only as a hypothetical (no F004). Contact with father supervised by 'the family' with no fallback (C003), a 'keep an eye on ... ongoing' bullet and a passive 'to be considered' bullet.",
    "text": """\
# FERNCASTLE CITY COUNCIL

## Child Protection Plan — Initial Child Protection Conference, 02/05/2025

- **Children:** Ellie-May Cooper (9) and Jayden Cooper (6)
- **Category:** Emotional abuse
- **Social worker:** Kieran Ashby
- **Chair:** Deborah Lane

### Family composition

| Name | Relationship | Age | Living |
|---|---|---|---|
| Ellie-May Cooper | Subject child | 9 | With mum |
| Jayden Cooper | Subject child | 6 | With mum |
| Kirsty Cooper | Mother | 34 | 27 Chapel Street, Ferncastle |
| Paul Cooper | Father | 36 | Left the family home on 14/04/2025; on police bail not to contact Kirsty or attend the address |

### Why we are worried

On 13/04/2025 police were called by a neighbour after Paul assaulted Kirsty in the kitchen while Ellie-May and Jayden were in the next room. This is the fourth police call-out in 18 months. Ellie-May told her teacher she hides with Jayden under her bed when "Dad goes mad". Kirsty says she has ended the relationship. There are no concerns about alcohol or drug use by either parent, and Kirsty's GP has confirmed she has no history of mental health difficulties. Paul has been charged with assault and is on bail.

### What Ellie-May and Jayden have told us

Ellie-May said she feels safer now Dad has gone, but she misses him and wants to see him "when he's not angry". She worries that Mum cries at night. Jayden said he likes it better now because "there's no shouting" and that he wants to see Dad at McDonald's.

### What needs to change (outcomes)

- Ellie-May and Jayden will live free from domestic abuse and will not see or hear violence at home.
- Ellie-May and Jayden will only see their dad when it is safe, in a way that they enjoy.
- Ellie-May and Jayden will understand that what happened was not their fault and will know who to talk to.

### What will happen

- Kirsty will attend the Freedom Programme at Ferncastle Women's Centre every Wednesday for 12 weeks from 07/05/2025; the facilitator will confirm her attendance to the SW each month.
- Nadia Rahman (IDVA) will complete a DASH risk assessment with Kirsty and update her safety plan by 16/05/2025, and send the updated risk level to the SW.
- Paul will refer himself to the Ferncastle Respect perpetrator programme by 23/05/2025 and give written consent for the programme to send its reports to the SW every 6 weeks.
- Mrs Okoye, DSL at Brookside Primary, will meet Ellie-May every Monday for a check-in and send her feelings chart scores to the SW every half term.
- The SW will see Ellie-May and Jayden alone at least every 10 working days and record their views using the three houses tool.
- Contact between the children and Paul will be supervised by the family.
- Ferncastle Police will place a marker on the address for a priority response by 09/05/2025 and confirm this to the SW.
- Ferncastle Homes will change the locks and fit a video doorbell by 16/05/2025, and the housing officer will confirm to the SW that the work is done.
- Jayden's class teacher will keep an eye on his behaviour in class — ongoing.
- Play therapy for the children to be considered.
- The SW will update the single assessment by 20/06/2025 and share it with Kirsty and the core group.

### Contingency plan

If Paul breaches his bail conditions or comes to the house, Kirsty will call 999 and police will attend as a priority; the SW will hold a strategy discussion within 24 hours, and if Paul has not been arrested Kirsty and the children will go to the Ferncastle refuge that night.

If Kirsty's emotional wellbeing deteriorates or she feels she cannot cope, she will contact the SW or her GP the same day.

If Kirsty allows Paul back into the home while the risk remains high, the team manager will request a legal planning meeting to consider the Public Law Outline.

### Core group and review

Core group meetings every four weeks, the first on 16/05/2025. Review child protection conference: 25/07/2025.
""",
    "findings": [
        F("W002", "Contact between the children and Paul will be supervised"),
        F("T001", "Contact between the children and Paul will be supervised"),
        F("M001", "Contact between the children and Paul will be supervised"),
        F("T002", "Jayden's class teacher will keep an eye on his behaviour"),
        F("M002", "Jayden's class teacher will keep an eye on his behaviour"),
        F("W001", "Play therapy for the children to be considered"),
        F("T001", "Play therapy for the children to be considered"),
        F("M001", "Play therapy for the children to be considered"),
        F("C003"),
    ],
})

# ---------------------------------------------------------------------------
# 9. Narrative plan (plain text)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "dunmere_narrative_poppy.txt",
    "split": "tune",
    "template": "narrative",
    "description": "Narrative ICPC plan for a 5-month-old (father's daily cannabis use; drug service owns and reports). Mix of SMART sentences and weak ones: baby clinic with no time or measure, passive 'family support will be offered', GP 'keep an eye on', grandmother 'when she can', assessment with no stated output.",
    "text": """\
Dunmere Borough Council
Children's Services

Child Protection Plan
Name of child: Poppy Hale          Date of birth: 30/10/2024
Category: Neglect                  Date of conference: 01/04/2025
Social worker: Ben Adebayo         Team: Dunmere Safeguarding Team 2

Who lives with Poppy
Poppy lives with her mum Gemma Hale (22) and her dad Ash Reid (24) in a one-bedroom flat at 9B Foundry Court, Dunmere. Gemma's mum, Tracy Hale (47), lives on the same estate and sees Poppy most days.

Why there is a plan
Poppy was referred by the health visitor in February 2025 because she had dropped two centile lines for her weight, had a severe nappy rash and had missed her 12-week immunisations. At visits the flat has smelt strongly of cannabis and Ash has said he smokes cannabis every day "to calm down". Poppy has twice been found asleep on an adult bed with pillows and a duvet. Gemma and Ash say they did not know how much milk Poppy should have.

Poppy's day
Poppy is five months old. When the health visitor visited on 20/03/2025 Poppy had been in the same sleepsuit for two days, had a sore nappy area and drank a full bottle very quickly. She smiled and babbled at Gemma, who talked back to her. Tracy says Poppy is "happiest at my house", where she has a cot and a routine.

What we want for Poppy
We want Poppy to grow well and be back on her birth centile (the 50th) by the review conference, to sleep safely in her own cot every night, to be up to date with her immunisations, and to live in a home that is free of cannabis smoke.

The plan
The health visitor, Anna Kowalski, will visit Poppy at home every week and weigh her, recording the weight in the red book and sending it to the social worker after each visit.

Gemma will take Poppy to the baby clinic.

Ash will attend Compass, Dunmere's drug and alcohol service, every Monday and agree to monthly urine screens, with the results sent to the social worker.

Compass will provide Ash with cannabis reduction work and send the social worker a written update every four weeks on his test results and whether he is cutting down.

The social worker, Ben Adebayo, will visit every two weeks and check Poppy's sleeping arrangements, recording what he sees in his visit notes.

Family support will be offered to help with routines.

Gemma and Ash will attend the Incredible Years baby programme for eight weeks from 23/04/2025, and the facilitator will send a completion report to the social worker.

The GP will keep an eye on Poppy's health.

Tracy will help out when she can.

The social worker will complete a parenting assessment by 30/05/2025.

From 03/04/2025 Ash will not smoke cannabis in the flat, and the social worker and health visitor will record at each visit whether there is any smell of cannabis.

Gemma will take Poppy to the GP practice for her missed immunisations by 18/04/2025, and the practice nurse will confirm to the health visitor that they have been given.

What happens if things do not get better
If Poppy's weight drops further, if she is found asleep anywhere other than her cot, or if Gemma or Ash are found under the influence of cannabis while caring for her, the social worker will arrange the same day for Poppy to stay with Tracy under a safety plan and will hold a strategy discussion within 24 hours. If Tracy cannot have Poppy, the social worker will ask the duty team to find a foster placement that day.
If Poppy is not back on her centile and the flat is not free of cannabis by the review conference, the team manager will refer the case to the legal gateway panel.

Meetings
Core group meetings: 15/04/2025, 13/05/2025 and then every four weeks.
Review child protection conference: 24/06/2025.
""",
    "findings": [
        F("T001", "Gemma will take Poppy to the baby clinic"),
        F("M001", "Gemma will take Poppy to the baby clinic"),
        F("W001", "Family support will be offered to help with routines"),
        F("T001", "Family support will be offered to help with routines"),
        F("M001", "Family support will be offered to help with routines"),
        F("T001", "The GP will keep an eye on Poppy's health"),
        F("M002", "The GP will keep an eye on Poppy's health"),
        F("T002", "Tracy will help out when she can"),
        F("M001", "Tracy will help out when she can"),
        F("M001", "The social worker will complete a parenting assessment by 30/05/2025"),
    ],
})

# ---------------------------------------------------------------------------
# 10. Case-management text export with Action/Responsible/Timescale/Measure
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "halsworth_export_fenwick.txt",
    "split": "tune",
    "template": "text-export",
    "description": "System text export with repeated Action/Responsible/Timescale/Measure blocks; mother's drinking and depression. Two adult-only outcomes, CPN support-only row (H001), vague measures ('engagement', 'mood improves', 'Improvement'), an ownerless TBC row, CAMHS and school rows without measures, a contingency with no trigger or protective response and no legal step.",
    "text": """\
HALSWORTH COUNTY COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN  (exported 07/04/2025 14:32)
==========================================================
Case ref:        HCC-2025-04417
Children:        Archie Fenwick (DOB 03/09/2013), Ruby Fenwick (DOB 19/02/2022)
Plan category:   Neglect
ICPC date:       03/04/2025
Social worker:   Tariq Hussain
Team manager:    Lorraine Abbott
----------------------------------------------------------
HOUSEHOLD
Nicola Fenwick       Mother          38
Archie Fenwick       Subject child   11
Ruby Fenwick         Subject child   3
----------------------------------------------------------
REASON FOR PLAN
Nicola has a long history of depression and drinks most days. Archie has been doing most of the cooking and looking after Ruby, and has missed 22 days of school this year. Archie told his teacher in March that he had cut his arm "to feel better". Ruby's nursery has raised concerns that she is often collected late and smells of stale urine.

CHILDREN'S VIEWS
Archie (11): "I worry about Mum all the time. I don't like leaving her on her own because she might fall. I want her to stop drinking and I want to go to football again."
Ruby (3): Ruby is chatty and shows staff her drawings. When asked about home she said "Mummy sleeping" and "Archie makes my tea".
----------------------------------------------------------
OUTCOME 1: Archie and Ruby will be looked after by an adult who is sober and meets their daily needs; Archie will not be Ruby's carer.

  Action:       Archie to be offered a young carers assessment
  Responsible:  Kim Doherty, Halsworth Young Carers Service
  Timescale:    By 30/04/2025
  Measure:      Young carers assessment completed and support plan shared with Archie and the SW

  Action:       Ruby to attend Bright Start nursery three days a week
  Responsible:  Nicola Fenwick (mother)
  Timescale:    Mon/Wed/Fri from 07/04/2025
  Measure:      Nursery register shared with the SW monthly

  Action:       Nursery to share any concerns about Ruby's presentation with the SW
  Responsible:  Julie Wren, Manager, Bright Start Nursery
  Timescale:    Same day
  Measure:      Concerns logged and emailed to the SW

  Action:       SW to visit and see Archie and Ruby alone
  Responsible:  Tariq Hussain (SW)
  Timescale:    Every 10 working days
  Measure:      Visit records show both children seen alone and their views recorded

  Action:       Home conditions to be improved
  Responsible:
  Timescale:    TBC
  Measure:      Improvement

OUTCOME 2: Nicola will stop drinking alcohol.

  Action:       Nicola to attend Halsworth Recovery Service for alcohol treatment
  Responsible:  Nicola Fenwick (mother)
  Timescale:    Weekly
  Measure:      Engagement with the service

  Action:       Recovery worker to provide alcohol detox support to Nicola
  Responsible:  Lee Brant, Halsworth Recovery Service
  Timescale:    Ongoing
  Measure:      Attendance and breathalyser results reported to the SW monthly

OUTCOME 3: Nicola's mental health will improve.

  Action:       CPN to support Nicola with her depression
  Responsible:  Sian Roberts (CPN), Halsworth CMHT
  Timescale:    Fortnightly
  Measure:      Nicola's mood improves

  Action:       GP to review Nicola's antidepressant medication
  Responsible:  Dr Kwame Asante (GP)
  Timescale:    By 11/04/2025
  Measure:      GP letter to the SW confirming the review

OUTCOME 4: Archie will be safe from self-harm and back in school.

  Action:       CAMHS to assess Archie's low mood and self-harm
  Responsible:  Dr Leela Patel, Halsworth CAMHS
  Timescale:    First appointment by 17/04/2025
  Measure:      -

  Action:       School to support Archie with his attendance and wellbeing
  Responsible:  Mrs Ingram, DSL, Halsworth Academy
  Timescale:    As required
  Measure:      -
----------------------------------------------------------
CONTINGENCY
If there are further concerns, the core group will review the plan.
----------------------------------------------------------
CORE GROUP / REVIEW
Core group meetings: monthly, first meeting 17/04/2025.
Review child protection conference: 12/06/2025.
==========================================================
""",
    "findings": [
        F("W001", "Home conditions to be improved"),
        F("T002", "Home conditions to be improved"),
        F("M002", "Home conditions to be improved"),
        F("M002", "Nicola to attend Halsworth Recovery Service for alcohol treatment"),
        F("T002", "Recovery worker to provide alcohol detox support to Nicola"),
        F("H001", "CPN to support Nicola with her depression"),
        F("M002", "CPN to support Nicola with her depression"),
        F("M001", "CAMHS to assess Archie's low mood and self-harm"),
        F("T002", "School to support Archie with his attendance and wellbeing"),
        F("M001", "School to support Archie with his attendance and wellbeing"),
        F("F002", "Nicola will stop drinking alcohol"),
        F("F002", "Nicola's mental health will improve"),
        F("C002"), F("R002"),
    ],
})

# ---------------------------------------------------------------------------
# 11. Upper-case headings, young carer of a parent with MS
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "marrowby_caps_tyler.txt",
    "split": "heldout",
    "template": "upper-case-text",
    "description": "Plain-text plan with upper-case headings for a 14-year-old young carer at risk of exploitation; mother's MS is recorded but adult social care is only where she is to go (F004). Family network relied on with no fallback in the contingency (C003), no legal step; mother's own-needs rows are vague.",
    "text": """\
MARROWBY BOROUGH COUNCIL
CHILD PROTECTION PLAN

CHILD: TYLER GREAVES          DOB: 11/08/2010
CATEGORY: NEGLECT
CONFERENCE: INITIAL CHILD PROTECTION CONFERENCE, 09/04/2025
SOCIAL WORKER: MEGAN HOLT
CHAIR: ROBERT AINSLIE

FAMILY COMPOSITION
Tyler Greaves - subject child - 14
Donna Greaves - mother - 41
Gary Greaves - maternal uncle - 45 (lives in Marrowby)
Tyler's father died in 2019.

REASONS FOR THE PLAN
Donna has multiple sclerosis and uses a wheelchair. Over the last year her condition has got worse and she often cannot get out of bed without help. Tyler does most of her personal care, including helping her to the toilet and giving her medication, and he does the shopping and cooking. His school attendance has fallen to 71% and he is late most mornings. Since January 2025 Tyler has been reported missing four times and was once found in a flat with adults known to police for supplying drugs. Donna does not currently have any paid carers.

WHAT TYLER HAS SAID
Tyler said he "doesn't mind" caring for his mum but he is "knackered all the time". He said he goes out at night because "it's the only time I'm not at home". He wants his mum to have "proper carers" so he can go back to playing football. He says the older lads he hangs around with "are just mates".

OUTCOMES
1. TYLER WILL BE SAFE WHEN HE IS OUT OF THE HOUSE AND WILL NOT GO MISSING.
2. TYLER WILL GO TO SCHOOL EVERY DAY AND ON TIME.
3. TYLER WILL NOT HAVE TO PROVIDE HIS MUM'S PERSONAL CARE.

ACTION PLAN
1. SW to refer Tyler to Marrowby Young Carers.
   LEAD: SW (Megan Holt)   BY: 25/04/2025
   EVIDENCE: Tyler has a young carers worker and goes to the Thursday group; confirmation sent to the core group.
2. Donna to ask adult social care for a care needs assessment.
   LEAD: Donna Greaves   BY: ASAP
   EVIDENCE: -
3. DSL to monitor Tyler's attendance and lateness.
   LEAD: Mr Alan Fry, DSL, Marrowby High School   BY: Weekly
   EVIDENCE: Attendance and lateness figures emailed to the SW every Friday; attendance above 90% by July 2025.
4. Return home interview after every missing episode.
   LEAD: Carla Dean, Marrowby Missing Service   BY: Within 72 hours of Tyler's return
   EVIDENCE: Return home interview record, including Tyler's views, sent to the SW.
5. SW to do direct work with Tyler on exploitation and keeping safe.
   LEAD: SW (Megan Holt)   BY: 6 weekly sessions from 28/04/2025
   EVIDENCE: Tyler can name three safe adults and the signs of exploitation; session notes on file.
6. Donna to be supported with her health.
   LEAD: -   BY: Ongoing
   EVIDENCE: -
7. Donna to attend her neurology appointments.
   LEAD: Donna Greaves   BY: When appropriate
   EVIDENCE: -
8. Gary to have Tyler to stay to give him a break from caring.
   LEAD: Gary Greaves (maternal uncle)   BY: Every other weekend
   EVIDENCE: Tyler tells the SW at each visit whether he has stayed with Gary.
9. Family to help Donna get up and dressed so Tyler can get to school.
   LEAD: Family network   BY: Daily
   EVIDENCE: Lateness marks fall from 12 last half term to fewer than 3.
10. CAMHS to offer Tyler an appointment about his anxiety and sleep.
   LEAD: Dr Eve Lamb, Marrowby CAMHS   BY: 16/05/2025
   EVIDENCE: Appointment letter and outcome letter copied to the SW.

CONTINGENCY PLAN
If Tyler is missing overnight or is found with adults known to exploit children, police will treat him as a high-risk missing person; when he is found the SW will arrange an emergency foster placement for that night and hold a strategy meeting within 24 hours.

CORE GROUP AND REVIEW ARRANGEMENTS
Core group meetings every six weeks: 21/05/2025, 02/07/2025.
Review child protection conference: 31/07/2025.
""",
    "findings": [
        F("T002", "Donna to ask adult social care for a care needs assessment"),
        F("M001", "Donna to ask adult social care for a care needs assessment"),
        F("W001", "Donna to be supported with her health"),
        F("T002", "Donna to be supported with her health"),
        F("M001", "Donna to be supported with her health"),
        F("T002", "Donna to attend her neurology appointments"),
        F("M001", "Donna to attend her neurology appointments"),
        F("W002", "Family to help Donna get up and dressed"),
        F("F004"), F("C003"), F("R002"),
    ],
})

# ---------------------------------------------------------------------------
# 14. Signs of Safety in Markdown, with danger statement and safety goal
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "greywater_sos_mia.md",
    "split": "tune",
    "template": "signs-of-safety",
    "description": "Signs of Safety plan (danger statement, safety goal, worried/working well/what needs to happen) for an 11-month-old; mother with bipolar disorder, father drinking. Psychiatrist and alcohol service report on change, but the CMHT care coordinator row only supports (H001, vague measure) and an 'everyone in the network' row is vague. Contingency covers the network failing.",
    "text": """\
# Greywater City Council

## Signs of Safety Child Protection Plan — Mia Kowalczyk

| | |
|---|---|
| Child | Mia Kowalczyk, born 04/05/2024 (11 months) |
| Parents | Agnieszka Kowalczyk (27) and Tomasz Kowalczyk (30) |
| Safety network | Ewa Nowicka (maternal grandmother, "Babcia"), Kasia Nowak (family friend) |
| Category | Neglect |
| ICPC | 03/04/2025 |
| Social worker | Natalia Brooks |

## Danger statement

Children's services and the professionals working with the family are worried that when Agnieszka becomes unwell with her bipolar disorder, or Tomasz has been drinking, there is no adult able to look after Mia safely. In February 2025 Agnieszka was admitted to a psychiatric ward after a manic episode, and Tomasz was found drunk and asleep while he was caring for Mia, who was crying in a soiled nappy in her cot. If this happens again Mia could go without food, be left alone or be hurt.

## Safety goal

Mia will always be cared for by a sober adult who is well enough to look after her, and her family and network will have a plan that everyone knows, so that Mia is fed, clean and kept safe even if Agnieszka becomes unwell. We need to see this working for six months.

## What are we worried about?

- Agnieszka stopped taking her medication in January 2025 and became unwell within three weeks.
- Tomasz drinks up to a litre of vodka at weekends and was cautioned for a drink-related assault in 2022.
- Mia's weight fell from the 50th to the 25th centile during February.

## What's working well?

- Since leaving hospital on 10/03/2025 Agnieszka has taken her medication and has seen her care coordinator every two weeks.
- Tomasz has started going to Clearwater Recovery.
- Ewa stayed with the family for two weeks after Agnieszka came home, and Mia is back on the 50th centile.

## Scaling

SW 4 · Agnieszka 8 · Tomasz 7 · Ewa 5 · HV 4 (0 = Mia cannot live at home; 10 = safe enough to close the plan)

## What life is like for Mia

Mia is eleven months old and is starting to pull herself up. On 31/03/2025 the SW saw her crawl to Ewa for comfort when Tomasz left the room, and babble happily at Agnieszka during lunch. The health visitor notes she has been more settled since Agnieszka came home from hospital. When Agnieszka was unwell in February, Mia was left in her cot for long periods and was not fed for most of a day.

## What needs to happen?

| What needs to happen | Who | By when | How we will know |
|---|---|---|---|
| Tomasz will not drink when caring for Mia and will do breathalyser tests | Tomasz Kowalczyk | Twice a week from 14/04/2025 | Test results sent to the SW every week; all tests negative |
| Clearwater Recovery will provide alcohol treatment and report on Tomasz's progress | Sam Ojo, Clearwater Recovery | Every 4 weeks | Written report to the SW on test results and whether Tomasz is making the changes needed |
| CMHT care coordinator to support Agnieszka with her bipolar disorder and her medication | Rhys Evans (CPN), Greywater CMHT | Fortnightly | Agnieszka's mood is stable |
| Psychiatrist to review Agnieszka and report on relapse signs and her capacity to care for Mia | Dr Helen Yates, Consultant Psychiatrist | By 09/05/2025 | Letter to the SW setting out relapse signs, Agnieszka's progress and the likely timescale for change |
| Ewa and Kasia will visit daily and write in the safety plan book | Ewa Nowicka (MGM) and Kasia Nowak | Daily | Entries in the safety plan book, checked by the SW at each visit |
| SW will do a words and pictures story with the parents and network | Natalia Brooks (SW) | By 25/04/2025 | Words and pictures story agreed and signed by the family |
| HV will complete Mia's one-year review including ASQ-3 | Gill Morrison (HV) | By 30/04/2025 | ASQ-3 scores and weight shared with the SW |
| Everyone in the network will help Agnieszka and Tomasz with Mia's care | Everyone in the network | Throughout the plan | - |

## Safety plan: if things go wrong

- If Tomasz has a positive breath test, or Agnieszka shows any of the early warning signs in her relapse plan (not sleeping, talking fast, stopping her medication), Ewa will move in to care for Mia, and the SW will be told the same day and will visit within 24 hours.
- If Ewa or Kasia cannot help, the SW will arrange a foster placement for Mia that day.
- If Tomasz has two positive tests in a month, or Agnieszka is readmitted to hospital, the team manager will arrange a legal planning meeting.

## Core group and review

Core group meetings every four weeks: 05/05/2025, 02/06/2025, 30/06/2025. Review child protection conference: 24/07/2025.
""",
    "findings": [
        F("H001", "CMHT care coordinator to support Agnieszka with her bipolar disorder"),
        F("M002", "CMHT care coordinator to support Agnieszka with her bipolar disorder"),
        F("W002", "Everyone in the network will help Agnieszka and Tomasz"),
        F("T002", "Everyone in the network will help Agnieszka and Tomasz"),
        F("M001", "Everyone in the network will help Agnieszka and Tomasz"),
    ],
})

# ---------------------------------------------------------------------------
# 18. Review conference plan, numbered table, no child voice
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "kingsmoor_rcpc_oscar.md",
    "split": "tune",
    "template": "numbered-table",
    "description": "Review conference plan for a 2-year-old (young parents, care leaver) with a numbered action table; mostly sound, but no record of Oscar's views or observed experience (F003), the next review conference has no date (R001), 'ongoing' parenting group, grandmother 'as and when' with no measure, and a 'core group to monitor progress' row.",
    "text": """\
# Kingsmoor City Council

## Review Child Protection Conference — Child Protection Plan

**Child:** Oscar Whitfield (DOB 22/01/2023)  
**Category:** Neglect  
**Date of review conference:** 08/04/2025 (first review)  
**Social worker:** Priya Nair  
**Decision:** Oscar remains subject to a child protection plan.

### Family composition

| Name | Relationship | Age |
|---|---|---|
| Oscar Whitfield | Subject child | 2 |
| Jess Whitfield | Mother | 20 |
| Connor Blake | Father | 21 |
| Denise Blake | Paternal grandmother (PGM) | 48 |

### Progress since the initial conference

Jess and Connor have attended 9 of the 10 parenting group sessions and the flat is much cleaner. Oscar has been to nursery most weeks. There are still worries that Oscar's speech is delayed (he has about 10 words), that three chest infections were not taken to the GP until late, and that Jess and Connor are in rent arrears and had their electricity cut off for two days in March. Jess is a care leaver and is supported by the Kingsmoor Leaving Care Team.

### Outcomes for Oscar

1. Oscar's speech and development will be assessed and any help he needs will be in place.
2. Oscar will be taken to the GP promptly when he is unwell.
3. Oscar will live in a warm home with the electricity and heating on.

### Plan

| No. | Action | Lead | Timescale | Progress measure |
|---|---|---|---|---|
| 1 | Jess and Connor to take Oscar to his 2-year developmental review | Jess and Connor | By 15/05/2025 | HV shares the ASQ-3 scores with the SW |
| 2 | HV to refer Oscar to speech and language therapy | Rachel Dunne (HV) | By 02/05/2025 | SALT appointment date confirmed to the core group |
| 3 | Personal adviser to help Jess make a budget and a plan to clear the rent arrears | Tom Ellery, Leaving Care PA | Monthly | Jess has a written budget and her rent statements show the arrears reducing |
| 4 | Jess and Connor to keep going to the parenting group | Jess and Connor | Ongoing | Facilitator's attendance record sent to the SW |
| 5 | Oscar to attend nursery three days a week | Jess Whitfield | Every Monday, Tuesday and Thursday | Nursery register and key worker's monthly summary sent to the SW |
| 6 | SW to visit Oscar at home and observe his play and his care | Priya Nair (SW) | Every 3 weeks | Visit records describe Oscar's care and the home conditions |
| 7 | Denise to babysit so Jess and Connor can attend appointments | Denise Blake (PGM) | As and when | - |
| 8 | Core group to monitor progress against the plan | Core group | At each core group meeting | Progress monitored |
| 9 | SW to update the single assessment | Priya Nair (SW) | By 20/06/2025 | Updated assessment shared with the family and the next review conference, with a recommendation on whether the plan should continue |

### Contingency plan

If Oscar is unwell and not taken to the GP within 24 hours, if his nursery attendance falls below 80%, or if the electricity is cut off again, the SW will visit the same day. If Oscar's home is cold or unsafe, he will stay with Denise until it is put right; if Denise cannot have him, the SW will arrange a foster placement that day.

If there has not been enough progress by the next review conference, the team manager will request a legal planning meeting.

### Core group and review

Core group meetings will continue every six weeks; the next is on 20/05/2025. The next review conference will be arranged by the Safeguarding Unit.
""",
    "findings": [
        F("T002", "Jess and Connor to keep going to the parenting group"),
        F("T002", "Denise to babysit so Jess and Connor can attend appointments"),
        F("M001", "Denise to babysit so Jess and Connor can attend appointments"),
        F("W002", "Core group to monitor progress against the plan"),
        F("M002", "Core group to monitor progress against the plan"),
        F("F003"), F("R001"),
    ],
})

# ---------------------------------------------------------------------------
# 19. Parent-centred bullet plan, mental illness with no adult service owning
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "lowfield_plan_daisy.txt",
    "split": "tune",
    "template": "bullets",
    "description": "Plain-text bullet plan where most actions are about the mother's own bipolar disorder with no link to Daisy (F001), two adult-only outcomes, and the CMHT is named only as where she goes (F004). Good child voice, contingency with fallback, but no legal step.",
    "text": """\
LOWFIELD COUNCIL - CHILDREN'S SERVICES
Child Protection Plan (Core Group 1)

Child:            Daisy Stott, aged 6 (DOB 14/09/2018)
Category:         Neglect
ICPC:             19/03/2025
Core group:       02/04/2025
Social worker:    Oliver Dent
Family support:   Nikki Shaw (FSW)

Family
Daisy lives with her mum, Rebecca Stott (32), at 3 Wren Gardens, Lowfield. Daisy's dad lives abroad and has no contact. Rebecca's sister, Kelly Stott, lives in Lowfield and is close to Daisy.

Why Daisy has a plan
Rebecca has bipolar affective disorder. She stopped taking her medication in December 2024 and by February 2025 she was not sleeping, was spending large amounts of money and left Daisy alone in the house overnight while she went out. A neighbour found Daisy at 7am on 21/02/2025 trying to make her own breakfast. Rebecca is under the care of a CPN at Lowfield Community Mental Health Team and has restarted her medication.

What Daisy says
Daisy said she loves her mum "to the moon" but gets scared when Mum "talks really fast and doesn't go to bed". She said she likes going to Auntie Kelly's because "she has a trampoline and makes pancakes". Daisy wants Mum to "be normal Mum all the time".

What we want to happen
- Rebecca will be well and stable.
- Rebecca will take her medication every day.
- Daisy will be safe and cared for at home and never left on her own.

The plan
- Rebecca to take her medication every day. (Who: Rebecca. When: daily. How we'll know: -)
- Rebecca to go to all her CPN appointments at Lowfield CMHT. (Who: Rebecca. When: fortnightly. How we'll know: Rebecca shows the SW her appointment card at each visit.)
- Rebecca to be supported to go to a bipolar peer support group. (Who: Nikki Shaw, FSW. When: weekly. How we'll know: Rebecca feels less isolated.)
- Rebecca to see her GP about her sleep. (Who: Rebecca. When: ASAP. How we'll know: -)
- School to tell the SW if Daisy is late, hungry or upset. (Who: Mrs Brightwell, Daisy's class teacher. When: same day. How we'll know: emails to the SW logged on Daisy's file.)
- SW to visit Daisy at home and see her on her own. (Who: Oliver Dent, SW. When: every 2 weeks. How we'll know: visit records show Daisy seen alone and her views recorded.)
- Kelly to phone Rebecca every evening to check how she is. (Who: Kelly Stott, maternal aunt. When: daily. How we'll know: -)
- Rebecca to write a relapse prevention plan. (Who: Rebecca. When: by 30/05/2025. How we'll know: a copy of the plan is given to the SW.)

If things go wrong
If Rebecca stops taking her medication or shows signs of becoming high (not sleeping, talking very fast, spending large amounts of money), Daisy will go to stay with Kelly and the SW will be told the same day. If Kelly cannot have Daisy, the SW will arrange emergency foster care for Daisy that day.

Meetings
Core group meetings every four weeks: 30/04/2025, 28/05/2025.
Review child protection conference: 17/06/2025.
""",
    "findings": [
        F("M001", "Rebecca to take her medication every day"),
        F("M002", "Rebecca to be supported to go to a bipolar peer support group"),
        F("T002", "Rebecca to see her GP about her sleep"),
        F("M001", "Rebecca to see her GP about her sleep"),
        F("M001", "Kelly to phone Rebecca every evening to check how she is"),
        F("F002", "Rebecca will be well and stable"),
        F("F002", "Rebecca will take her medication every day"),
        F("F001"), F("F004"), F("R002"),
    ],
})

# ---------------------------------------------------------------------------
# 20. Exemplary text export
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "ellerby_export_marin.txt",
    "split": "heldout",
    "template": "text-export",
    "description": "Exemplary text-export plan (Action/Responsible/Timescale/Measure blocks) for a 4-year-old and a newborn with a mother with postnatal depression: perinatal team reports on capacity to change, every action SMART, child voice and lived experience, contingency with grandmother fallback and legal step, review dates. No findings.",
    "text": """\
ELLERBY BOROUGH COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - INITIAL CHILD PROTECTION CONFERENCE
Record exported: 16/04/2025
--------------------------------------------------------------
Children:            Sofia Marin (DOB 08/06/2020), Luca Marin (DOB 27/02/2025)
Category:            Neglect
Conference date:     15/04/2025
Chair:               Helen Okonjo
Social worker:       Grace Ibe
--------------------------------------------------------------
FAMILY COMPOSITION
Sofia Marin          Subject child             4
Luca Marin           Subject child             7 weeks
Elena Marin          Mother                    27
Andrei Marin         Father                    30
Maria Popescu        Maternal grandmother      55   (lives in Ellerby)
--------------------------------------------------------------
REASONS FOR THE PLAN
Elena was diagnosed with severe postnatal depression in March 2025 and is under the Ellerby Perinatal Mental Health Team. Andrei works nights as a warehouse supervisor and sleeps during the day. Luca has fallen from the 50th to the 9th centile for weight because feeds have been missed, and Sofia has been kept off nursery for three weeks. On 07/04/2025 Elena told the health visitor she had thought about leaving the children with a neighbour and "disappearing".

SOFIA'S VIEWS AND LUCA'S EXPERIENCE
Sofia said: "Mummy is sad and stays in bed. I watch the tablet and I look after Luca when he cries." She said she misses nursery and her friend Amira, and that she likes it when Bunica (grandma) Maria comes because "she makes soup and plays with me".
Luca is seven weeks old. The health visitor saw him feed hungrily and settle when he was held; at two visits he was left crying in his Moses basket for long periods while Elena stayed in bed.

OUTCOMES FOR THE CHILDREN
Outcome 1: Luca will be fed regularly and will be back on the 50th centile by 30/06/2025.
Outcome 2: Sofia will go to nursery every weekday morning and will not be responsible for looking after Luca.
Outcome 3: Sofia and Luca will be cared for each day by a parent who is well enough to meet their needs.
--------------------------------------------------------------
ACTIONS

Action:       HV to visit at home and weigh Luca
Responsible:  Beth Carter (HV)
Timescale:    Weekly until 30/06/2025
Measure:      Luca's weight plotted in the red book and sent to the SW after each visit; Luca on the 50th centile by 30/06/2025
Outcome:      1

Action:       Perinatal Mental Health Team to treat Elena's postnatal depression and report on her capacity to change
Responsible:  Dr Owen Lacey, Ellerby Perinatal Mental Health Team
Timescale:    Appointments every 2 weeks; written report by 23/05/2025
Measure:      Report to the SW says whether Elena is making the changes Sofia and Luca need, the next steps and the likely timescale
Outcome:      3

Action:       GP to review Elena's antidepressant medication and share the plan
Responsible:  Dr Mina Ghosh (GP)
Timescale:    By 18/04/2025
Measure:      GP letter received by the SW and the perinatal team
Outcome:      3

Action:       Take Sofia to nursery every weekday morning
Responsible:  Andrei Marin (father)
Timescale:    Monday to Friday from 22/04/2025
Measure:      Nursery register shows at least 90% attendance, shared with the SW monthly
Outcome:      2

Action:       Maria to care for Sofia and Luca while Elena attends her appointments
Responsible:  Maria Popescu (MGM)
Timescale:    Every Tuesday and Thursday afternoon
Measure:      Maria records the days in the family diary, checked by the SW at each visit
Outcome:      1, 2

Action:       SW to visit, see Sofia alone and observe Luca's care
Responsible:  Grace Ibe (SW)
Timescale:    Every 2 weeks
Measure:      Visit records show Sofia seen alone, her views recorded and Luca's care observed
Outcome:      1, 2, 3

Action:       FSW to deliver a six-week routines programme with Elena and Andrei
Responsible:  Tom Reilly (FSW)
Timescale:    Weekly from 22/04/2025 to 27/05/2025
Measure:      FSW closing report to the core group showing meals and bedtimes kept on at least 5 of 7 days
Outcome:      2, 3

Action:       Andrei to attend the Dads Matter parenting group
Responsible:  Andrei Marin (father)
Timescale:    6 fortnightly sessions from 01/05/2025
Measure:      Facilitator confirms attendance and sends a summary to the SW
Outcome:      3

Action:       SW to complete a parenting assessment of Elena and Andrei
Responsible:  Grace Ibe (SW)
Timescale:    By 13/06/2025
Measure:      Written assessment with recommendations shared with the parents and core group by 13/06/2025
Outcome:      1, 2, 3
--------------------------------------------------------------
CONTINGENCY PLAN
If Luca's weight falls below the 9th centile, if Sofia is kept off nursery for more than two days in a week without a medical reason, or if Elena tells anyone she is thinking of harming herself or leaving the children, the SW (or the Emergency Duty Team out of hours) will arrange the same day for the children to be cared for by Maria at her home under a written safety plan, and a strategy discussion will be held within 24 hours.
If Maria is unable to care for the children, either in an emergency or on her Tuesday and Thursday afternoons, she will tell the SW that day; Andrei will take leave from work to care for the children and, if he cannot, the SW will arrange a foster placement.
If Luca has not returned to the 50th centile, or Elena is not making the changes set out in the perinatal team's report, by the review conference, the team manager will request a legal planning meeting to consider the Public Law Outline.
--------------------------------------------------------------
CORE GROUP AND REVIEW
Core group meetings every four weeks: 29/04/2025, 27/05/2025, 24/06/2025.
Review child protection conference: 08/07/2025.
==============================================================
""",
    "findings": [],
})

# ---------------------------------------------------------------------------
# 23. Narrative plan for a teenager (Markdown)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "brackenridge_narrative_courtney.md",
    "split": "heldout",
    "template": "narrative",
    "description": "Narrative plan for a 15-year-old at risk of sexual exploitation with a drinking mother; the alcohol service owns a reporting sentence, contingency covers the family support failing and includes a legal step. Weak sentences: CAMHS, police and DSL with no timescale or measure, mother's attendance with no measure, 'the family will support', aunt's Friday stays with no measure, passive NRM referral.",
    "text": """\
# Brackenridge Council — Child Protection Plan

**Young person:** Courtney Hall, 15 (DOB 02/11/2009)  
**Category:** Neglect; risk of child sexual exploitation  
**Initial child protection conference:** 29/04/2025  
**Social worker:** Lewis Okoro

## Family

Courtney lives with her mum, Joanne Hall (44), in a two-bedroom flat at 41 Tannery Court, Brackenridge. Her older brother Jay (19) lives with his girlfriend. Joanne's sister, Beverley Hall, lives across town and Courtney is close to her.

## What we are worried about

Courtney has been reported missing eleven times since January. She has been seen getting into cars with men in their twenties and was found at a hotel in Corrick on 12/04/2025 with a 26-year-old man. Joanne drinks heavily most evenings and is often asleep or intoxicated when Courtney comes home. Joanne was open to Greenway Alcohol Service in the past but stopped attending in 2024. Courtney's school attendance is 62%.

## What Courtney has told us

Courtney told me she doesn't see what the fuss is about and that the men are "just friends who look after me". She said home is "boring and depressing" because Mum "is always pissed", and that she would rather be at Auntie Bev's. She would like to do a hair and beauty course at college, and she said she would talk to a worker "if they're not preachy".

## What we want for Courtney

- Courtney will be safe from exploitation and will not go missing.
- Courtney will live with an adult who is sober enough to know where she is and to keep her safe.
- Courtney will be in school or training every day and will have an adult she trusts to talk to.

## What will happen

The social worker, Lewis Okoro, will see Courtney alone every week, at school or in the community, and will record her views and any new worries in his visit notes.

Courtney's youth worker from the Harbour Project will meet her every Thursday after school to work through the "Keep Safe" programme, and will send the social worker a summary after each session.

CAMHS will offer Courtney an assessment of her low mood.

Joanne will go back to Greenway Alcohol Service every week.

Greenway Alcohol Service will send the social worker a monthly report on Joanne's attendance, breath tests and whether she is reducing her drinking.

Police will share intelligence about the adults Courtney is associating with.

The school DSL will keep an eye on Courtney.

Joanne will make sure Courtney is home by 9pm on school nights and will report her missing to the police if she is not home by 10pm, and the social worker will check the police missing-person records each week to see whether missing episodes are falling.

The family will support Joanne to stop drinking.

Courtney's aunt Beverley will have Courtney to stay every Friday night.

A referral to the National Referral Mechanism will be made.

The social worker will complete an updated assessment by 30/06/2025 and share it, with a recommendation about whether the plan is working, with Courtney, Joanne and the core group.

## If the plan is not keeping Courtney safe

If Courtney goes missing overnight or is found with adults of concern, the police will treat her as a high-risk missing person and the social worker will hold a strategy meeting within 24 hours; Courtney will stay at Beverley's, or in an emergency foster placement if Beverley cannot have her, until the strategy meeting has agreed a safety plan.

If Beverley or the wider family cannot give the support set out in this plan, they will tell the social worker straight away; the youth worker will then see Courtney on Friday evenings instead and the social worker will visit Joanne that week.

If Courtney goes missing three or more times in a month after this plan starts, the team manager will request a legal planning meeting to consider care proceedings.

## Core group and review

Core group meetings every four weeks: 13/05/2025, 10/06/2025, 08/07/2025. Review child protection conference: 22/07/2025.
""",
    "findings": [
        F("T001", "CAMHS will offer Courtney an assessment of her low mood"),
        F("M001", "CAMHS will offer Courtney an assessment of her low mood"),
        F("M001", "Joanne will go back to Greenway Alcohol Service every week"),
        F("T001", "Police will share intelligence about the adults Courtney is associating"),
        F("M001", "Police will share intelligence about the adults Courtney is associating"),
        F("T001", "The school DSL will keep an eye on Courtney"),
        F("M002", "The school DSL will keep an eye on Courtney"),
        F("W002", "The family will support Joanne to stop drinking"),
        F("T001", "The family will support Joanne to stop drinking"),
        F("M001", "The family will support Joanne to stop drinking"),
        F("M001", "Courtney's aunt Beverley will have Courtney to stay every Friday"),
        F("W001", "A referral to the National Referral Mechanism will be made"),
        F("T001", "A referral to the National Referral Mechanism will be made"),
        F("M001", "A referral to the National Referral Mechanism will be made"),
    ],
})

# ---------------------------------------------------------------------------
# 24. Tab-separated table (Word "save as text" style); LD + epilepsy
# ---------------------------------------------------------------------------
_T = "\t"
_ROWS = [
    ["Outcome", "Action", "Who", "When", "How we will know"],
    ["1, 2", "Adult Social Care Learning Disability Team to complete a Care Act assessment of Hayley and say what support she needs to care for Ethan and Isabelle", "Sue Lambert, Weyford ASC Learning Disability Team", "By 09/05/2025", "Care Act assessment and support plan shared with the SW and core group"],
    ["1, 2, 3", "SW to complete a parenting assessment using the PAMS model", "Femi Ola (SW)", "By 27/06/2025", "PAMS report with recommendations shared with Hayley, Sean and the core group"],
    ["2", "Epilepsy nurse to review Hayley's seizure plan, including safe bathing and feeding of Isabelle", "Alan Reece, Epilepsy Specialist Nurse", "By 25/04/2025", "Written seizure safety plan given to Hayley, Sean and the SW"],
    ["2", "Sean to do all of Isabelle's baths", "Sean Carr (father)", "Every bath time", "-"],
    ["1", "HV to visit and show Hayley how to make up feeds, using easy-read guides", "Mel Dawes (HV)", "Weekly", "Isabelle's weight and feeds recorded and sent to the SW after each visit"],
    ["1, 3", "FSW to do practical parenting sessions at home", "Ian Burke (FSW)", "Twice a week", "FSW checklist shows Hayley and Sean making up feeds correctly and following the routine chart"],
    ["1", "Advocacy to be arranged for Hayley", "", "TBC", ""],
    ["3", "Nursery to support Ethan with his speech and toileting", "Jo Hart, Manager, Sunflowers Nursery", "As required", "Improvement"],
    ["3", "HV to refer Ethan to speech and language therapy", "Mel Dawes (HV)", "By 16/05/2025", "SALT referral accepted and appointment date sent to the SW"],
    ["1", "Julie to help with night feeds", "Julie Carr (PGM)", "Ongoing", "-"],
]
_TABLE = "\n".join(_T.join(r) for r in _ROWS)

PLANS.append({
    "name": "weyford_plan_carr.txt",
    "split": "tune",
    "template": "tab-separated-table",
    "description": "Plain-text plan whose action table is tab-separated (as Word 'save as text' produces) for two young children of a mother with a learning disability and epilepsy; adult social care and an epilepsy nurse own actions. No contingency plan at all and no legal step; bath row and grandmother row lack measures, an ownerless TBC advocacy row, nursery row 'as required' with 'Improvement'.",
    "text": """\
WEYFORD BOROUGH COUNCIL
Child Protection Plan - Core Group Meeting 1 (14/04/2025)

Children: Ethan Carr (DOB 12/01/2022), Isabelle Carr (DOB 03/12/2024)
Category: Neglect
Social worker: Femi Ola        Team manager: Ruth Carey

Family composition
Ethan Carr\tSubject child\t3
Isabelle Carr\tSubject child\t4 months
Hayley Carr\tMother\t24
Sean Carr\tFather\t26
Julie Carr\tPaternal grandmother (PGM)\t52

Reasons for the plan
Hayley has a mild learning disability and epilepsy. She had two seizures in February 2025, one while she was bathing Isabelle, and Sean found Isabelle in the bath with her face close to the water. Isabelle's weight has dropped from the 25th to the 9th centile because her feeds have been made up with too much water. Ethan has very few words and is not yet toilet trained, and his nursery attendance is poor. Sean works full time and Hayley is at home with both children. Hayley and Sean love the children and want help.

Ethan and Isabelle's experience
Ethan is three. At nursery he plays alone, points rather than speaks and gets upset at home time. At home the SW saw him climb onto the kitchen worktop to reach biscuits while Hayley fed Isabelle. Isabelle is four months old; she smiles at both parents and is alert, but the HV saw her bottles made up with the wrong amount of powder.

Outcomes
1. Isabelle will be fed correctly and be back on the 25th centile by the review conference.
2. Isabelle and Ethan will be safe if Hayley has a seizure.
3. Ethan will go to nursery every session and get help with his speech.

Action plan
""" + _TABLE + """

Core group and review
Core group meetings every four weeks: 12/05/2025, 09/06/2025.
Review child protection conference: 30/06/2025.
""",
    "findings": [
        F("M001", "Sean to do all of Isabelle's baths"),
        F("W001", "Advocacy to be arranged for Hayley"),
        F("T002", "Advocacy to be arranged for Hayley"),
        F("M001", "Advocacy to be arranged for Hayley"),
        F("T002", "Nursery to support Ethan with his speech and toileting"),
        F("M002", "Nursery to support Ethan with his speech and toileting"),
        F("T002", "Julie to help with night feeds"),
        F("M001", "Julie to help with night feeds"),
        F("C001"), F("R002"),
    ],
})
