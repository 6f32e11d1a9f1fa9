"""Batch 92, module m: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: who owns each action, and where the child is, in less common
documents: a letter to parents after the initial conference ("You will...",
"We will...", "Your social worker will...", "Everyone who works with your
family will..."); a looked-after 14-year-old's care plan while she is on a
hospital ward for weeks, with nobody set to visit at a stated frequency; a
plan updated as a family moves to another council, some rows carried to the
transfer-in conference and some left "until the case transfers"; a child's
own page in her words at the front of a formal plan; a pre-birth plan updated
after the baby's birth at 31 weeks, looked after on the neonatal unit with
twice-weekly social work visits; a core group plan whose owners are initials,
teams, "Professionals", "The family" or nobody; and a review plan for a
premature baby on home oxygen built around his mother's depression.
Two docx, two PDFs, two markdown and one plain-text file; two are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Letter to parents after the ICPC: "You will / We will / Your social
#    worker will" sentences in a numbered list (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_mistleford_letter_after_icpc_you_will_we_will_garside.docx",
    "doc_title": "Letter to Kelly and Craig Garside - child protection plan",
    "split": "heldout",
    "actions": 12,
    "template": "letter-to-parents-after-icpc-right-aligned-council-address-bold-paragraph-headings-outcome-bullets-then-numbered-you-will-we-will-your-social-worker-will-sentences-if-things-go-wrong-meetings-paragraph",
    "description": (
        "Letter from the conference chair to two parents after an initial conference for a girl of 8 "
        "and a boy of 3 (domestic abuse when the father drinks; the mother is low and on "
        "antidepressants). The plan is twelve numbered sentences; 'we' is defined as Children's Social "
        "Care. The father is to start an alcohol programme 'as soon as you can' with no measure, the "
        "GP is to see the mother 'when she feels ready' with no measure, the Freedom Programme referral and the family "
        "support worker have no measure (the latter no time either), 'Everyone who works with your "
        "family' owns information sharing, one outcome is only about the father's drinking, and the "
        "contingency (which covers the grandmother not being there) names no legal step; the only "
        "'legal advice' is for the parents."
    ),
    "blocks": [
        ("pr", "Mistleford City Council"),
        ("pr", "Children's Social Care - Safeguarding Team East"),
        ("pr", "Carrow House, 4 Wharf Street, Mistleford MF2 3DL"),
        ("pr", "Telephone 01632 960418"),
        ("pl", "Ms Kelly Garside and Mr Craig Garside"),
        ("pl", "c/o 14 Linnet Close"),
        ("pl", "Mistleford MF6 9RT"),
        ("pr", "16 July 2025"),
        ("p", "Our reference: CP/25/0713 (Ruby and Alfie Garside)"),
        ("boldp", "Ruby and Alfie's child protection plan"),
        ("p", "Dear Kelly and Craig,"),
        ("p", "Thank you both for coming to the initial child protection conference on Monday 14 July 2025. "
              "I know it was a long and difficult meeting. I chaired the conference, and it decided that Ruby "
              "(8) and Alfie (3) need a child protection plan under the category of emotional abuse. This "
              "letter sets out the plan in plain words. Each thing listed under 'What will happen now' was "
              "agreed at the conference, so please keep this letter. In this letter 'we' means Mistleford "
              "Children's Social Care, and 'you' means both of you unless I use one of your names."),
        ("boldp", "Why Ruby and Alfie have a plan"),
        ("p", "Since January 2025 the police have been called to your home four times after arguments when "
              "Craig had been drinking. On 28 June Craig pushed Kelly against the kitchen door while Alfie "
              "was in the room, and Ruby rang her Nana Jean from the bedroom. Craig has told us he drinks "
              "most evenings and more at weekends, and more since he lost his job in February. Kelly has "
              "told us she has felt low for some months, and her GP has prescribed antidepressants. Craig "
              "moved to his mother Jean's house on 30 June and has agreed to stay there while the plan is "
              "in place."),
        ("boldp", "What Ruby told us, and what we have seen of Alfie"),
        ("p", "Ruby talked to her social worker on her own at school on 9 July. She said: \"When Dad shouts I "
              "go under my duvet with Alfie and put my hands on his ears.\" She misses her dad and wants to "
              "see him \"when he's not had beer\". She gave home 5 out of 10 and said it would be 10 \"if "
              "nobody was shouting and Mum wasn't sad\"."),
        ("p", "Alfie is too young to tell us in words. At nursery he has started to hide under the table when "
              "other children shout, and his key worker says he has bitten two children since June. At home "
              "he followed Kelly from room to room and would not play on his own."),
        ("boldp", "What we want to be different for Ruby and Alfie"),
        ("bullets", [
            "Ruby and Alfie live at home without shouting, fighting or violence, and Ruby no longer feels "
            "she has to look after Alfie when adults argue.",
            "Ruby and Alfie see their dad safely, when he is sober and with Jean there.",
            "Craig's drinking will be under control.",
            "Alfie is settled at nursery and stops hiding and biting, and Ruby has an adult at school she "
            "can talk to.",
        ]),
        ("boldp", "What will happen now"),
        ("numbers", [
            "Your social worker, Hannah Lister, will visit Ruby and Alfie at home every two weeks, with at "
            "least one visit a month unannounced, and will see Ruby on her own each time and write down "
            "what she says.",
            "Craig, you will go to Mistleford Recovery Hub and start their alcohol programme as soon as "
            "you can.",
            "Mistleford Recovery Hub will assess Craig's drinking by 15 August 2025 and send your social "
            "worker a written report on whether he can stay sober when he sees the children.",
            "From 14 July 2025 Craig will see Ruby and Alfie only at Jean's house, with Jean there the "
            "whole time, every Wednesday after school and every Saturday morning; Jean will write each "
            "visit in the contact book, which your social worker will check at every home visit.",
            "Jean will collect Ruby from school every Tuesday and give her tea at Linnet Close while Kelly "
            "is at the Freedom Programme, and will write in the contact book that she did.",
            "We will refer Kelly to the Freedom Programme by 25 July 2025 and pay for the creche so that "
            "Alfie is looked after while she is there.",
            "Kelly's GP, Dr Anand, will see Kelly about her low mood and her tablets when she feels ready.",
            "Alfie's health visitor, Sue Marsh, will see Alfie at home by 8 August 2025 to do his "
            "development check, and will send his ASQ scores to your social worker.",
            "Kelly, you will take Alfie to Little Acorns Nursery every weekday morning, and the nursery "
            "will send your social worker his attendance each Friday.",
            "Mistleford Park Primary will give Ruby a weekly session with the learning mentor, Mrs Okafor, "
            "from 3 September 2025, and Mrs Okafor will send your social worker Ruby's 'feelings "
            "thermometer' score from every session each half term.",
            "Everyone who works with your family will tell your social worker the same day if they are "
            "worried about Ruby or Alfie, and this will be written on the children's file.",
            "We will also ask a family support worker to do some work with you both on routines and on "
            "how to talk to the children about what has happened.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Craig comes to Linnet Close, or Kelly lets him in, Kelly will ring 999 and we will hold a "
              "strategy discussion with the police the same day. If Craig arrives for contact at Jean's house "
              "after drinking, Jean will not let the contact go ahead and will ring your social worker the "
              "same day. If Jean cannot be there for a Wednesday or Saturday contact, that contact will not "
              "happen at her house and your social worker will arrange it at Mistleford Family Centre within "
              "the same week, supervised by a family time worker. If Jean cannot collect Ruby on a Tuesday, "
              "Ruby will go to the school's after-school club, which we will pay for."),
        ("boldp", "Meetings"),
        ("p", "The core group (the two of you, Jean, your social worker, Sue Marsh, Mrs Okafor, Little Acorns "
              "Nursery and Mistleford Recovery Hub) will meet every four weeks. The first three meetings are "
              "on 25 July, 22 August and 19 September 2025 at 10am at Mistleford Park Primary. The review "
              "child protection conference will be on Thursday 9 October 2025 at 1.30pm at Carrow House."),
        ("p", "You will get the full minutes of the conference within 20 working days. If there is anything "
              "in this letter you do not understand or do not agree with, please ring Hannah on the number "
              "above. You can bring a friend or an advocate to the core group, and you can get free legal "
              "advice from a solicitor about the plan if you want to."),
        ("p", "Yours sincerely,"),
        ("pl", "Carol Whitfield"),
        ("pl", "Child Protection Conference Chair, Mistleford City Council"),
        ("pl", "cc: Hannah Lister, Social Worker; Amanda Cole, Team Manager"),
    ],
    "findings": [
        F("F002", "Craig's drinking will be under control."),
        F("T002", "you will go to Mistleford Recovery Hub and start"),
        F("M001", "you will go to Mistleford Recovery Hub and start"),
        F("M001", "We will refer Kelly to the Freedom Programme by"),
        F("T002", "Kelly's GP, Dr Anand, will see Kelly about her low mood"),
        F("M001", "Kelly's GP, Dr Anand, will see Kelly about her low mood"),
        F("W002", "Everyone who works with your family will tell your social worker"),
        F("T001", "ask a family support worker to do some work with you"),
        F("M001", "ask a family support worker to do some work with you"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Looked-after child's care plan while she is on a hospital ward for weeks;
#    one small table per care plan heading; nobody set to visit (pdf)
# ---------------------------------------------------------------------------
_CP_HEAD = ["What will be done", "Lead", "When", "How we will know"]
_CP_W = [6.0, 3.8, 3.2, 4.0]

PLANS.append({
    "name": "b92_murrowfield_lac_care_plan_on_ward_quigley.pdf",
    "doc_title": "Care Plan - Leah Quigley",
    "split": "heldout",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE - Murrowfield Borough Council - Children Looked After",
    "footer": "Care Plan - Leah Quigley - Page {PAGE} of {NUMPAGES}",
    "template": "lac-care-plan-pdf-header-footer-merged-details-grid-numbered-sections-then-one-four-column-table-per-care-plan-heading-health-education-family-time-mothers-recovery-wishes",
    "description": (
        "Care plan for a 14-year-old accommodated under section 20 (mother alcohol dependent), updated "
        "after she was admitted to an adolescent ward with anorexia for four to six weeks; she also "
        "remains on a child protection plan. Actions sit in five small tables. The SW only rings the "
        "ward weekly ('Monitored'), the foster carers visit 'When they can' with no measure and mum's "
        "family time is 'To be agreed', so nobody is set to visit at a stated frequency; an ASAP "
        "specialist bed request, a passive dental row with no lead or measure, the mother's own "
        "'Ongoing' attendance with no adult service owning anything, and a core group 'to be arranged "
        "once Leah is discharged'. The contingency is specific and names a legal planning meeting."
    ),
    "blocks": [
        ("title", "Care Plan for a Child Looked After"),
        ("p", "Part 2: placement, health and contact. Updated on 11/07/2025 after Leah's admission to hospital."),
        ("table", {
            "header": ["Child's details", H, H, H],
            "widths": [3.2, 5.3, 3.2, 5.3],
            "bold_first_col": True,
            "rows": [
                ["Name", "Leah Quigley", "Date of birth", "03/02/2011 (14)"],
                ["Legal status", "Accommodated under section 20, Children Act 1989, since 17/03/2025",
                 "Child protection plan", "Neglect, since 12/12/2024"],
                ["Placement", "Pat and Graham Holt, Murrowfield foster carers, 8 Hazel Rise, Murrowfield",
                 "Where Leah is now", "Ward 7 (adolescent ward), Murrowfield General Hospital, since 30/06/2025"],
                ["Social worker", "Rebecca Marsh (RM), Children Looked After Team 2", "IRO", "Janet Fearnley"],
                ["Mother", "Michelle Quigley (41), 23 Stott Street, Murrowfield", "Brother",
                 "Connor Quigley (10), lives with his maternal grandmother, Irene Quigley"],
            ],
        }),
        ("h1", "1. Why Leah is looked after"),
        ("p", "Leah came into care under section 20 on 17/03/2025 when her mother, Michelle, asked for help. "
              "Michelle has been dependent on alcohol for several years and has had two hospital admissions "
              "for alcohol withdrawal this year. Before Leah came into care she was doing most of the shopping "
              "and cooking at home and missed 40% of school in the autumn term. Michelle agrees to Leah being "
              "in foster care and says she wants her home \"when I'm sorted\"."),
        ("h1", "2. Why Leah is in hospital"),
        ("p", "Since April Leah has been eating very little. She was admitted to Ward 7 on 30/06/2025 weighing "
              "38.2 kg (BMI 14.6) with a slow heart rate. She is fed by nasogastric tube and is on bed rest. The "
              "ward expects her to stay for at least four to six weeks, and the CAMHS eating disorders team has "
              "asked for a specialist inpatient bed, which may be a long way from Murrowfield."),
        ("h1", "3. Leah's views"),
        ("p", "Leah talked to Rebecca on the ward on 08/07/2025: \"I hate the tube and I hate being weighed in "
              "front of people. I miss Pat's dog and my own room. I want Mum to come but not if she's been "
              "drinking. Nobody from school has been.\" Leah wants to go back to Pat and Graham when she leaves "
              "hospital and does not want to go to a unit \"miles away\"."),
        ("h1", "4. What we want for Leah"),
        ("bullets", [
            "Leah is physically safe: she regains weight to a level the ward consultant agrees is safe and her "
            "heart rate returns to normal.",
            "Leah keeps her links with school, with Pat and Graham, with her mum and with Connor while she is "
            "in hospital.",
            "Leah goes home to Pat and Graham with an eating plan she has helped to write.",
        ]),
        ("h1", "5. Plan while Leah is in hospital"),
        ("h2", "Health"),
        ("table", {
            "header": _CP_HEAD, "widths": _CP_W,
            "rows": [
                ["Refeed Leah by nasogastric tube and by mouth following the refeeding protocol, and weigh her "
                 "twice a week",
                 "Dr Sanjay Pillai, consultant paediatrician, Ward 7", "Daily while Leah is on Ward 7",
                 "Weight and heart rate on the ward chart; copy emailed to RM every Friday"],
                ["Assess whether Leah needs a specialist eating disorder inpatient bed and confirm where one "
                 "is available",
                 "Dr Alison Crane, Murrowfield CAMHS Eating Disorders Team", "ASAP",
                 "Bed offer confirmed in writing to RM and the IRO"],
                ["Individual therapy sessions with Leah while she is an inpatient",
                 "Tom Bright, clinical psychologist, Murrowfield CAMHS", "Every Wednesday",
                 "Leah's own 0-10 rating of how she feels about eating, written in the session notes and "
                 "shared with RM"],
                ["SW to ring the ward for an update on Leah's progress", "RM", "Weekly", "Monitored"],
                ["Leah's dental check and optician appointment to be booked", "", "Once Leah is discharged", ""],
            ],
        }),
        ("h2", "Education"),
        ("table", {
            "header": _CP_HEAD, "widths": _CP_W,
            "rows": [
                ["Teach Leah on the ward (English, maths and science), linked to her Year 9 work at "
                 "Murrowfield Academy",
                 "Mrs Harjit Dhillon, Hospital Education Service", "From 14/07/2025, five mornings a week",
                 "Teaching log sent to the Virtual School each week"],
                ["Hold Leah's personal education plan (PEP) review with the hospital teacher and Murrowfield "
                 "Academy",
                 "Gary Nuttall, Virtual School", "By 31/07/2025", "Updated PEP on LCS, with Leah's own targets"],
            ],
        }),
        ("h2", "Family time and relationships"),
        ("table", {
            "header": _CP_HEAD, "widths": _CP_W,
            "rows": [
                ["Family time for Leah and her mum on Ward 7", "Ward 7 nursing staff and RM",
                 "To be agreed with the ward", "Family time record kept on the ward"],
                ["Visit Leah and take in her clothes, phone charger and things from her room",
                 "Pat and Graham Holt (foster carers)", "When they can", "-"],
                ["Phone or video calls between Leah and her brother Connor", "Irene Quigley (MGM)",
                 "Every Sunday evening", "Irene texts RM after each call"],
            ],
        }),
        ("h2", "Michelle's recovery"),
        ("table", {
            "header": _CP_HEAD, "widths": _CP_W,
            "rows": [
                ["Michelle to attend Murrowfield Alcohol Service and keep her appointments with her key worker",
                 "Michelle Quigley", "Ongoing", "Michelle shows RM her appointment card each month"],
            ],
        }),
        ("h2", "Leah's wishes and feelings"),
        ("table", {
            "header": _CP_HEAD, "widths": _CP_W,
            "rows": [
                ["Offer Leah an independent advocate for her looked after review",
                 "Janet Fearnley, IRO", "By 18/07/2025 (before the review)",
                 "Advocate named in the review record; Leah's views written in her own words"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Leah pulls out her tube more than twice in a day, or her heart rate falls below 40, Dr Pillai "
              "will ask for a Mental Health Act assessment the same day. If Michelle withdraws her agreement to "
              "section 20 or tries to take Leah from the ward, ward staff will ring the police and RM, and RM "
              "will ask for a legal planning meeting the same day to consider an application for an interim "
              "care order. If Michelle comes onto the ward after drinking, ward staff will ask her to leave and "
              "family time will stop for that day."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Looked after review, chaired by Janet Fearnley: 18/07/2025, 2pm, on Ward 7.",
            "Core group: to be arranged once Leah is discharged.",
            "Review child protection conference: 04/09/2025, 10am, Murrowfield Civic Centre.",
        ]),
        ("p", "Care plan signed by Rebecca Marsh (social worker) and Dawn Pearce (team manager), 11/07/2025."),
    ],
    "findings": [
        F("T002", "Assess whether Leah needs a specialist eating disorder inpatient bed"),
        F("M002", "SW to ring the ward for an update on Leah's progress"),
        F("W001", "Leah's dental check and optician appointment to be booked"),
        F("M001", "Leah's dental check and optician appointment to be booked"),
        F("T002", "Family time for Leah and her mum on Ward 7"),
        F("T002", "Visit Leah and take in her clothes, phone charger"),
        F("M001", "Visit Leah and take in her clothes, phone charger"),
        F("T002", "Michelle to attend Murrowfield Alcohol Service and keep her appointments"),
        F("F004"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan updated as the family moves to another council: a "During the
#    transfer" column; no contingency (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_mardleigh_transfer_out_handover_column_rooney.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-update-transfer-out-markdown-bold-label-lines-why-this-update-worries-going-well-children-numbered-outcomes-then-what-who-when-how-well-know-during-the-transfer-table-meetings-no-contingency",
    "description": (
        "Core group update of a neglect plan for a 5-year-old and an 18-month-old as their mother (on a "
        "methadone script) moves to a neighbouring council. A six-column markdown table with a 'During "
        "the transfer' column: visits, drug service, health visiting and the file handover continue, "
        "but the parenting assessment waits for the receiving authority, the nursery place waits for it "
        "('TBC'), and the paediatric re-referral waits for a new GP with no measure; 'All professionals' "
        "help with the move 'As needed' with no measure, routines are only to be kept an eye on, and "
        "there is no contingency or legal step at all."
    ),
    "text": """\
# Child Protection Plan – core group update (family moving out of area)

**Mardleigh County Council · Children's Services · Locality Team South**

**Children:** Skye Rooney (5, DOB 11/05/2020) and Kai Rooney (18 months, DOB 02/01/2024)
**Mother:** Jade Rooney (26), 9 Fenton Court, Mardleigh MR4 2JQ
**Fathers:** Kai's father, Liam Ashby, has had no contact since March 2025. Skye's father is not named.
**Category:** Neglect · plan started 06/03/2025 · first review conference 29/05/2025
**Social worker:** Naomi Fry · **Team manager:** Stuart Keel
**Updated at:** core group, 17/07/2025

## Why this update

Jade has accepted a housing association tenancy at 41 Calder Walk, Hollinbrook, from 04/08/2025.
Calder Walk is in Hollinbrook Metropolitan Borough Council's area. Mardleigh sent Hollinbrook a
transfer-in request on 15/07/2025. Under the inter-authority protocol, Mardleigh stays responsible
for the plan until Hollinbrook holds its transfer-in conference, which should be within 15 working
days of the family moving.

## What we are worried about

- Jade has used heroin since she was 19. She has been on a methadone script since February 2025
  and her last two urine screens were clear, but she used heroin in May after an argument with Liam.
- Kai has been left in wet nappies for long periods and has had nappy rash that bled. He missed his
  12-month review and his MMR. He is not yet walking, and the health visitor has referred him to the
  community paediatrician.
- Skye was late for school 31 times last year and often arrived hungry.
- The move takes the family away from Jade's mum, Carol, who is Jade's main support.

## What is going well

- Jade has kept every appointment with her recovery worker since May.
- The flat is clean and there is food in the cupboards at every visit since June.
- Skye's attendance this term is 96%.
- Carol has Skye and Kai every Saturday and they are happy with her.

## Skye and Kai

**Skye** (seen on her own at school, 10/07/2025): "My new house has got a garden. Nana Carol won't
live near us any more and I'll be sad. I want to take my bunk bed." She is worried about "a new school
where I don't know anybody". On her scaling sheet she put home at 7 "because Mummy is better now".

**Kai** (seen at home, 14/07/2025): Kai crawled to the door each time someone came in and lifted his
arms to be picked up by the social worker, whom he hardly knows. He was in a clean nappy and ate a
whole banana and a yoghurt. He babbles but has no words yet.

## What needs to be different

1. Skye and Kai are fed, clean and safe every day, cared for by a sober adult.
2. Kai has his health checks and immunisations, and a paediatrician checks his development.
3. Skye gets to school on time, including at her new school, and settles there.
4. The children's plan keeps going without a gap while the family moves.

## The plan (who carries each task across the move)

| # | What | Who | When | How we'll know | During the transfer |
|---|---|---|---|---|---|
| 1 | Visit Skye and Kai at home, including one unannounced visit a month, and see Skye on her own | Naomi Fry, SW (Mardleigh) | Every 2 weeks, at the new address after the move, until the transfer-in conference | Visit records on Mosaic describe both children, Kai's nappy and the food in the house; copied to Hollinbrook | Continues (Mardleigh) |
| 2 | Parenting assessment of Jade, looking at her routines and the children's basic care | Hollinbrook Children's Services | Once the case has transferred | Assessment report to the first Hollinbrook core group | Deferred to Hollinbrook |
| 3 | Methadone script, weekly key-work and urine screens for Jade, with a written update on whether she has stayed off heroin and how this affects her care of the children | Phil Dunne, key worker, Mardleigh Recovery Partnership | Weekly until her care moves to Hollinbrook Drug and Alcohol Service (joint handover appointment booked for 06/08/2025) | Screen results and a written update to each core group | Continues, then joint handover |
| 4 | Find Kai a nursery place near the new flat once Hollinbrook has taken the case | Hollinbrook Children's Services | TBC | Nursery place confirmed in writing | Waiting for Hollinbrook |
| 5 | Apply for a place for Skye at Calder Walk Primary and tell her new teacher about her plan | Jade Rooney, with Naomi Fry | Application by 25/07/2025 | Offer letter seen by Naomi; the new school's DSL named on the plan | Continues (Mardleigh) |
| 6 | Kai's 12-month review and MMR, then a joint handover visit with the Hollinbrook 0–19 team | Lorna Pike, HV (Mardleigh) | Review and MMR by 31/07/2025; joint visit before 15/08/2025 | Red book and handover record show the review, the MMR and the name of the Hollinbrook HV | Continues, then joint handover |
| 7 | Kai's community paediatric appointment was cancelled by Mardleigh General; new referral to be made by his Hollinbrook GP when the case has transferred | Kai's new GP in Hollinbrook | After the move | - | Handed on |
| 8 | Have Skye and Kai at her house every Saturday so Jade can pack and sort out the new flat | Carol Rooney (MGM) | Every Saturday until 02/08/2025 | Carol tells Naomi each week how the children were | Ends with the move |
| 9 | Help Jade with the move and setting up the new home | All professionals | As needed | | Continues |
| 10 | Keep Kai's and Skye's routines (meals, nappies, bedtimes) going through the move | Jade Rooney | Every day | Professionals to keep an eye on this at visits | Continues |
| 11 | Send the full file, chronology and this plan to Hollinbrook and ask for the transfer-in conference date | Stuart Keel, team manager | By 25/07/2025 | Hollinbrook confirms in writing that it has the file, and gives the conference date | Mardleigh task |

## Meetings

- Core group every 4 weeks; next on 14/08/2025 at 41 Calder Walk (Hollinbrook's duty social worker invited).
- Second review child protection conference: 28/08/2025, 10am, Mardleigh County Hall, unless
  Hollinbrook's transfer-in conference has been held before then.

*Minutes of the core group and this updated plan sent to Jade and every agency on 18/07/2025.*
""",
    "findings": [
        F("X001", "Parenting assessment of Jade, looking at her routines"),
        F("T002", "Find Kai a nursery place near the new flat"),
        F("X001", "Find Kai a nursery place near the new flat"),
        F("X001", "new referral to be made by his Hollinbrook GP"),
        F("M001", "new referral to be made by his Hollinbrook GP"),
        F("W002", "Help Jade with the move and setting up"),
        F("T002", "Help Jade with the move and setting up"),
        F("M001", "Help Jade with the move and setting up"),
        F("M002", "Keep Kai's and Skye's routines (meals, nappies, bedtimes) going"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A child's page in her own words at the front, then the formal plan with
#    a "For" column (Kacey / Leo / Both). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_mellingham_childs_page_then_formal_plan_thornbury.docx",
    "doc_title": "Child Protection Plan - Kacey and Leo Thornbury",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plan-docx-childs-own-page-in-her-words-first-then-page-break-formal-plan-key-value-details-leos-world-outcomes-for-what-who-when-how-we-will-know-table-contingency-bullets",
    "description": (
        "Exemplary initial conference plan for a girl of 10 and a boy of 4 after domestic abuse by the "
        "boy's father, who is on bail. The first page is Kacey's own page in her words (worries, what "
        "keeps her safe, what she wants; not actions); the formal plan follows with a five-column table "
        "saying which child each row is for. Every row has a named owner, a specific timescale and "
        "evidence; the grandmother's and uncle's parts have fallbacks in the contingency, which has "
        "specific triggers and a legal planning meeting; core group dates and review date are set."
    ),
    "blocks": [
        ("title", "Kacey's page"),
        ("p", "Kacey wrote this page with her social worker, Dionne Harper, on 15 July 2025, in her own words. "
              "She chose the headings. It goes at the front of the plan so that everyone reads it first."),
        ("h2", "About me"),
        ("bullets", [
            "I am 10 and I'm in Year 5 at Mellingham Park Primary. I love football and drawing dogs.",
            "Leo is my brother. He is 4. He is annoying but I love him.",
        ]),
        ("h2", "What I worry about"),
        ("bullets", [
            "I worry Wayne will come back and hurt Mum again.",
            "When it happened I hid Leo in the bath and I didn't know who to ring.",
            "I worry about Mum crying at night.",
        ]),
        ("h2", "What makes me feel safe"),
        ("bullets", [
            "Nanny Lorraine's house. She makes pancakes.",
            "My teacher Miss Kaur and the worry box.",
            "The new lock on our door.",
        ]),
        ("h2", "What I want"),
        ("bullets", [
            "I don't want to see Wayne. Leo can see him when he's bigger if he wants to.",
            "I want to keep going to football with Uncle Marcus on Saturdays.",
            "I want somebody to tell me what is happening with the police.",
        ]),
        ("pagebreak",),
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Local authority", "Mellingham City Council, Children's Services, Family Safeguarding Team North"),
            ("Children", "Kacey Thornbury (DOB 22/04/2015, 10) and Leo Thornbury (DOB 02/03/2021, 4)"),
            ("Address", "12 Orchard Way, Mellingham ML3 8PE"),
            ("Mother", "Sasha Thornbury (31)"),
            ("Leo's father", "Wayne Cole (34), on police bail: not to contact Sasha or the children or come to "
                             "Orchard Way"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, 14/07/2025, chaired by Paul Adeyemi"),
            ("Social worker", "Dionne Harper (team manager: Rachel Lund)"),
        ]),
        ("h1", "What has happened"),
        ("p", "On 20 June 2025 Wayne assaulted Sasha at home after an argument about money. The police found "
              "that Kacey had locked herself and Leo in the bathroom. Wayne was arrested and charged with "
              "assault and is on bail until his trial. There were three earlier police call-outs to the "
              "family since 2023, and Kacey has told her teacher that she has seen Wayne push her mum before. "
              "Sasha has ended the relationship."),
        ("h1", "What is working well"),
        ("p", "Sasha rang the police herself on 20 June and has kept to the safety advice since. Sasha's mum, "
              "Lorraine, lives five minutes away and the children love being with her. Kacey's school knows "
              "her well and she trusts her teacher. Leo has a key worker at nursery whom he is close to."),
        ("h1", "Leo's world"),
        ("p", "Leo was seen at nursery on 10 July and at home on 15 July. He plays 'police cars' over and over, "
              "crashing them into a toy house. He has started wetting the bed again and wakes crying around "
              "2am most nights. At nursery he stays close to his key worker, Jo, and settles when she reads to "
              "him. He asked the social worker, \"Is Daddy in the police car?\""),
        ("h1", "Outcomes we want for Kacey and Leo"),
        ("bullets", [
            "Kacey and Leo live at home without violence or fear, and Wayne does not come to the house or "
            "contact them while the plan is in place.",
            "Kacey knows who to ring and where to go if she is scared, and no longer feels she has to protect "
            "Leo on her own.",
            "Leo sleeps through most nights and plays calmly at nursery.",
            "Kacey and Leo understand, in a way that fits their age, what happened and what is happening now.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["For", "What will happen", "Who", "When", "How we will know it is working"],
            "widths": [1.5, 5.0, 3.5, 3.2, 3.8],
            "rows": [
                ["Both", "Visit Kacey and Leo at home, see Kacey on her own each time and go through her 'three "
                 "houses' sheet with her; tell Kacey what is happening with the police case",
                 "Dionne Harper, social worker", "Every 2 weeks from 21/07/2025, one unannounced visit each month",
                 "Visit records include Kacey's three houses sheet and what Leo was doing; Kacey can tell Dionne "
                 "what is happening with the case"],
                ["Both", "Safety planning with Sasha, including what Kacey should do and who she rings if Wayne "
                 "comes to the house",
                 "Ruth Akers, IDVA, Mellingham Domestic Abuse Service",
                 "Weekly for 8 weeks from 22/07/2025; written safety plan by 05/08/2025",
                 "Written safety plan copied to the SW and school; DASH risk score recorded at each core group"],
                ["Both", "Fit a door chain, window locks and a video doorbell at 12 Orchard Way",
                 "Kevin Doyle, caseworker, Mellingham Sanctuary Scheme", "By 01/08/2025",
                 "Fitting certificate sent to the SW; Dionne sees the fittings on her next visit"],
                ["Both", "Tell the SW about any breach of Wayne's bail conditions and about his trial date",
                 "DC Tom Pryor, Mellingham Police Domestic Abuse Unit",
                 "Within 24 hours of any breach; trial date within 2 working days of it being listed",
                 "Police log of each breach emailed to the SW; trial date added to the plan"],
                ["Kacey", "Check in with Kacey each morning and hold a worry box session with her each week",
                 "Miss Priya Kaur, class teacher, and Mrs Jan Ellis, learning mentor, Mellingham Park Primary",
                 "Every school day; worry box every Wednesday in term time",
                 "Kacey's worry box notes and her 0-10 score sent to the SW every Friday in term time"],
                ["Kacey", "'Kids Talk' group for children who have lived with domestic abuse",
                 "Amira Shah, children's worker, Mellingham Domestic Abuse Service",
                 "8 weekly sessions from 10/09/2025",
                 "Kacey's before-and-after feelings scores and a group report sent to the SW by 05/11/2025"],
                ["Leo", "Write down Leo's mood when he arrives, what he plays and anything he says about home",
                 "Jo Fenton, key worker, Little Oaks Nursery", "Every session (Monday to Thursday mornings)",
                 "Summary emailed to the SW every Friday"],
                ["Leo", "Talk with Sasha about Leo's night waking and wetting and agree a bedtime routine with her",
                 "Helen Gray, health visitor", "Home visit by 08/08/2025, then monthly",
                 "Sleep and wetting diary kept by Sasha and checked by the HV at each visit; nights woken "
                 "counted in the diary"],
                ["Both", "Complete the Freedom Programme so that Sasha can spot controlling behaviour and help "
                 "Kacey and Leo talk about what happened",
                 "Sasha Thornbury", "12 weekly sessions from 23/07/2025 (Wednesdays, 6pm to 8.30pm)",
                 "Attendance register shows at least 10 of 12 sessions; Sasha's worksheets shared with the SW"],
                ["Both", "Look after Kacey and Leo at Orchard Way while Sasha is at the Freedom Programme",
                 "Lorraine Bates (maternal grandmother)", "Every Wednesday evening from 23/07/2025",
                 "Lorraine texts Dionne each Wednesday night; Kacey tells Dionne who was with her"],
                ["Kacey", "Take Kacey to football training and her Saturday match",
                 "Marcus Bates (maternal uncle)", "Every Saturday morning",
                 "Marcus texts Dionne after each Saturday; Kacey tells Dionne about her matches"],
            ],
        }),
        ("h1", "If something goes wrong (contingency plan)"),
        ("bullets", [
            "If Wayne comes to Orchard Way, or contacts Sasha or the children in any way, Sasha (or Kacey, "
            "using the phone by the door) will ring 999. DC Pryor will arrest him for breach of bail and Dionne "
            "will hold a strategy discussion the same day.",
            "If Sasha lets Wayne into the house, or agrees to see him with the children, Kacey and Leo will stay "
            "with Lorraine that night while the strategy discussion decides what happens next, and Dionne will "
            "ask the team manager for a legal planning meeting within 5 working days.",
            "If Lorraine cannot look after the children on a Wednesday, Sasha will go to the session and the "
            "children will go to the evening creche at Mellingham Family Centre, which Dionne will book the "
            "same day; if Lorraine cannot help at all, Dionne will arrange the creche every week.",
            "If Marcus cannot take Kacey to football, Sasha will take her, or Dionne will arrange transport "
            "with the club.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Mellingham Park Primary, 4pm: 24/07/2025, 21/08/2025 and 18/09/2025.",
            "Review child protection conference: 09/10/2025, 10am, Mellingham Civic Offices, Room 3.",
        ]),
        ("p", "Plan agreed at conference on 14/07/2025. Copies to Sasha Thornbury and every agency above; "
              "Kacey has her own copy of her page and a picture version of the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan updated after the baby's birth at 31 weeks; baby looked
#    after on the neonatal unit; table with a Stage column merged down.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_malverby_prebirth_updated_neonatal_stage_table_ashworth.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Ava Ashworth",
    "split": "heldout",
    "actions": 10,
    "header": "OFFICIAL-SENSITIVE | Malverby Council Children's Services",
    "footer": "Ava Ashworth - pre-birth plan updated after birth - page {PAGE} of {NUMPAGES}",
    "check_vmerge": 3,
    "template": "prebirth-plan-updated-after-birth-pdf-header-footer-key-value-details-numbered-sections-babys-day-on-the-unit-parents-words-outcomes-then-stage-merged-down-action-lead-timescale-evidence-table",
    "description": (
        "Exemplary pre-birth plan updated at a core group after the baby was born at 31 weeks and "
        "accommodated under section 20 while on the neonatal unit (mother a care leaver with a "
        "personality disorder diagnosis and recent self-harm; father using cocaine). The action table's "
        "first column (unit / discharge / after discharge) is merged down. The SW visits the baby twice "
        "a week until discharge, the unit logs every parental visit, the perinatal team assesses the "
        "mother's capacity to change and the drug service reports on the father; the contingency has "
        "specific triggers, a legal planning meeting and the PLO; core group dates and the review are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan (updated after birth)"),
        ("p", "Malverby Council Children's Services - Pre-birth and Early Years Safeguarding Team"),
        ("kv", [
            ("Baby", "Ava Ashworth, born 02/07/2025 at 31 weeks and 2 days, birth weight 1.52 kg"),
            ("Where Ava is", "Neonatal unit (Ward 12), Malverby General Hospital, since birth"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 04/07/2025 with both "
                             "parents' agreement; child protection plan (neglect) since the pre-birth conference"),
            ("Mother", "Chantelle Ashworth (22), care leaver; personal adviser Leanne Pope"),
            ("Father", "Josh Kerr (25)"),
            ("Pre-birth conference", "12/06/2025, chaired by Graham Oduya"),
            ("Plan updated", "Core group on the neonatal unit, 10/07/2025"),
            ("Social worker", "Aisha Rahman (team manager: Mark Ellery)"),
        ]),
        ("h1", "1. Why Ava has a plan"),
        ("p", "Chantelle has a diagnosis of emotionally unstable personality disorder and has self-harmed three "
              "times in the past year, most recently in April 2025 when she was 20 weeks pregnant. Her first "
              "child, born in 2022, was adopted after care proceedings. Josh uses cocaine at weekends; he says "
              "he \"can stop when the baby comes\", but his test in May was positive. The police were called to "
              "the couple's flat twice in March 2025 after arguments, with no injuries. Ava was born early after "
              "Chantelle's waters broke at 31 weeks."),
        ("h1", "2. Ava's day on the unit"),
        ("p", "Ava is in an incubator and is fed by nasogastric tube every three hours; she has started short "
              "breastfeeds and cup feeds. The nurses describe her as alert and strong. She settles quickly "
              "during skin-to-skin with Chantelle, and her heart rate goes up and she startles when voices are "
              "raised near her cot. On 07/07/2025 she was unsettled and hard to feed after her parents argued "
              "on the unit. Chantelle has done Ava's cares (nappy, mouth care, temperature) on most days; Josh "
              "has come in four times and has held her twice."),
        ("h1", "3. What Chantelle and Josh say"),
        ("p", "Chantelle: \"I'm going to prove I can do it this time. I want Ava with me, not with strangers.\" "
              "Josh: \"I've stopped. I'll do any test they want.\""),
        ("h1", "4. Outcomes for Ava"),
        ("bullets", [
            "Ava is fed, warm and gaining weight on the unit and after discharge, cared for by an adult who is "
            "sober and well enough to respond to her cues.",
            "Ava is kept away from arguments and violence between her parents.",
            "Ava leaves hospital to a safe, agreed placement with a written discharge plan, and is never "
            "discharged without one.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["Stage", "Action", "Lead", "Timescale", "Evidence"],
            "widths": [2.4, 5.0, 3.4, 2.8, 3.4],
            "rows": [
                ["While Ava is on the neonatal unit (expected until about 35 weeks, mid-August 2025)",
                 "Visit Ava on the unit, see her with her parents when they are there, and read the nursing "
                 "notes on feeds, weight and visits",
                 "Aisha Rahman, social worker", "Twice a week (Tuesdays and Fridays) until discharge",
                 "Visit record each time: Ava's weight and feeds, who has visited, how Chantelle and Josh "
                 "handled her"],
                [V, "Keep a daily log of every parental visit: time on the unit, cares done, skin-to-skin, "
                    "feeds, and anything that worried staff",
                 "Sister Ruth Mallory, ward manager, neonatal unit", "Daily until discharge",
                 "Log emailed to the SW every Monday; any worry phoned to the SW the same day"],
                [V, "Spend time with Ava on the unit each day and do at least two sets of cares with a nurse there",
                 "Chantelle Ashworth", "Daily from 10/07/2025",
                 "Neonatal unit log shows Chantelle there and the cares she did"],
                [V, "Weekly sessions with Chantelle and a written assessment of her capacity to change: how her "
                    "mental health affects her care of Ava, what needs to change and how long that is likely "
                    "to take",
                 "Dr Nkechi Obi, consultant perinatal psychiatrist, and Jo Tweddle, CPN, Malverby Perinatal "
                 "Mental Health Team",
                 "Weekly sessions from 10/07/2025; report by 08/08/2025",
                 "Written report to the SW before the discharge planning meeting, and an update at each core "
                 "group"],
                [V, "Assess Josh's cocaine use, with a hair strand test, and report on whether he can stay drug "
                    "free while caring for Ava",
                 "Kofi Mensah, recovery worker, Malverby Drug and Alcohol Service",
                 "Assessment by 25/07/2025; hair strand result by 08/08/2025",
                 "Assessment and test result sent to the SW and shared at the core group"],
                [V, "Meet Chantelle to keep her written plan for coping with distress and self-harm up to date, "
                    "including who looks after Ava if she feels unsafe",
                 "Leanne Pope, personal adviser, Malverby Leaving Care Team", "Every 2 weeks from 10/07/2025",
                 "Updated written plan copied to the SW and the foster carers by 01/08/2025; a note of each "
                 "meeting sent to the SW"],
                ["Discharge",
                 "Hold a discharge planning meeting with the parents, foster carers, health visitor and SW",
                 "Dr Peter Feld, consultant neonatologist, with Aisha Rahman",
                 "At least 7 days before the expected discharge date",
                 "Written discharge plan sent to everyone in the core group; Ava is not discharged without it"],
                [V, "Find a parent and child foster placement for Chantelle and Ava (with Josh there in the day "
                    "if his tests are clear)",
                 "Ian Bell, supervising social worker, Malverby Fostering Service", "Placement found by 08/08/2025",
                 "Placement agreement signed by Chantelle and the carers before discharge"],
                ["After discharge",
                 "Parenting assessment of Chantelle (and Josh, if his tests are clear) in the parent and child "
                 "placement",
                 "Aisha Rahman, SW, with the foster carers", "12 weeks from the day Ava is placed",
                 "Interim report to the core group at week 6; final report to the review conference"],
                [V, "Weigh Ava, check her feeding and see how she is being handled in the placement",
                 "Kate Wilde, neonatal outreach nurse, then Sam Hurst, health visitor",
                 "Weekly for the first 6 weeks after discharge",
                 "Weight plotted on Ava's centile chart in the red book and emailed to the SW"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("bullets", [
            "If Chantelle or Josh try to take Ava off the unit, or either of them withdraws agreement to "
            "section 20, ward staff will ring the police and the SW (or the emergency duty team) at once. The "
            "SW will hold a strategy discussion the same day and ask the team manager for a legal planning "
            "meeting to consider an application for an emergency protection order or an interim care order.",
            "If Chantelle self-harms, or Josh's test shows cocaine use, the SW will hold a strategy discussion "
            "within 24 hours and Ava will not go to the parent and child placement until a new plan is agreed; "
            "if no safe placement is ready at discharge, Ava will go to approved foster carers on her own.",
            "If Chantelle does not come to the unit for three days in a row, the SW will see her within two "
            "working days and the core group will meet within five working days.",
            "If the parenting assessment shows at week 6 that Ava's care is not good enough, the SW will "
            "request a legal gateway meeting and the PLO process will start.",
        ]),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group every 2 weeks on the neonatal unit while Ava is there (24/07/2025 and 07/08/2025), "
            "then every 4 weeks from 04/09/2025.",
            "Review child protection conference: 11/09/2025, 2pm, Malverby Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group plan printed from the case system as text: a key to
#    initials, then numbered records (Action / Lead / Target / Evidence);
#    owners as initials, teams, "Professionals", "The family" or blank (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_munsworth_core_group_initials_records_pickering.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-plan-lcs-text-export-label-value-header-key-to-initials-background-childrens-views-then-numbered-action-lead-target-evidence-records-contingency-core-group-no-outcomes",
    "description": (
        "Core group plan printed from the case system for a girl of 12 and a boy of 9 whose mother has "
        "bipolar disorder and was detained in March. Owners are initials from a key (KT, SB, DH), a team "
        "('EH'), 'Professionals', 'The family' and, once, nobody. The CPN's visits and the psychiatrist's "
        "medication review only treat the mother (the review 'When an appointment is available', "
        "measured by 'Mood is stable'); school monitoring is passive with no lead; grandfather and aunt "
        "carry weekends but the contingency only relies on the grandfather again; no outcomes for the "
        "children are stated anywhere."
    ),
    "text": """\
MUNSWORTH COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN (updated at core group 3) - PICKERING CHILDREN
Printed from LCS 24/07/2025 14:12 by KTASKER
========================================================================

Children ....... Ellie Pickering (12, DOB 19/09/2012), Munsworth High School, Year 8
                 Mason Pickering (9, DOB 03/05/2016), St Aidan's Primary, Year 4
Parent ......... Donna Pickering (38), 6 Quarry Lane, Munsworth MW7 4AB
Category ....... Neglect
ICPC ........... 05/05/2025, chair Martin Okafor
Social worker .. Kerry Tasker, Locality Team 3
Core group 3 ... 22/07/2025

KEY TO INITIALS USED IN THIS PLAN
  KT   Kerry Tasker, social worker
  SB   Sam Bright, CPN, Munsworth Community Mental Health Team (CMHT)
  DH   Deborah Hale, designated safeguarding lead, St Aidan's Primary
  EH   Early Help team, Munsworth North Family Hub

BACKGROUND
Donna has bipolar affective disorder. She stopped taking her lithium in
February 2025 and was detained at the Munsworth Priory Unit under section 2
of the Mental Health Act for three weeks in March. While she was unwell,
Ellie was getting Mason up, making the meals and missing school. Donna was
discharged in April and is under the CMHT. Ellie and Mason's dad died in
2019. Donna's dad, Ron Pickering, and her sister, Lisa Pickering, live in
Munsworth and help out.

CURRENT CONCERNS
- Donna sleeps for much of the day and the house is untidy; the fridge was
  nearly empty at two of the last four visits.
- Ellie missed 11 days of school in the spring term and dropped out of
  drama club to look after Mason.
- Mason has come to school without lunch six times since May.

CHILDREN'S VIEWS
Ellie (seen alone at school, 15/07/2025): "When Mum's poorly I have to do
everything. I don't mind doing Mason's tea but I want to go to drama club
again. I like it when Grandad stays over because then I can sleep." Ellie
asked for someone to explain Mum's illness to Mason.
Mason (seen at home, 18/07/2025): Mason likes football with Auntie Lisa and
said "Mum sleeps a lot in the day". He drew his house with everyone smiling
and said "Ellie is the boss".

ACTIONS
------------------------------------------------------------------------
[1]  Action:   Home visits to see Ellie and Mason, seeing each child alone
               at least once a month
     Lead:     KT
     Target:   Every 10 working days
     Evidence: Case notes record what each child says and how Donna
               presents
[2]  Action:   CPN visits to support Donna with her medication and mood
     Lead:     CMHT (SB)
     Target:   Weekly
     Evidence: Lithium blood levels in range (copy of each result to KT)
[3]  Action:   Medication review for Donna with the consultant
               psychiatrist
     Lead:     Dr Venn, consultant psychiatrist, CMHT
     Target:   When an appointment is available
     Evidence: Mood is stable
[4]  Action:   Young carers assessment for Ellie and a plan to cut down
               what she does at home
     Lead:     Becky Lowe, Munsworth Young Carers
     Target:   By 29/08/2025
     Evidence: Assessment and young carer's plan sent to KT
[5]  Action:   Ellie's attendance and wellbeing to be monitored at school
     Lead:
     Target:   Daily
     Evidence: Monitored
[6]  Action:   Check Mason's lunch, uniform and mood each morning and tell
               KT the same day about any concern
     Lead:     DH
     Target:   Every school day
     Evidence: Weekly email to KT listing any day Mason came without
               lunch or in dirty uniform
[7]  Action:   Stay overnight at Quarry Lane on Friday and Saturday nights
               and make sure the children have tea and get to bed
     Lead:     Ron Pickering (MGF)
     Target:   Every Friday and Saturday
     Evidence: Ron keeps a diary, checked by KT at each visit
[8]  Action:   Take Mason to football and have both children for Sunday
               dinner
     Lead:     Lisa Pickering (maternal aunt)
     Target:   Every Sunday
     Evidence: Lisa texts KT each Sunday evening
[9]  Action:   Share information between agencies about any change in
               Donna's mental health
     Lead:     Professionals
     Target:   Within 24 hours of any concern
     Evidence: Logged on the children's LCS record
[10] Action:   Parenting support for Donna at home: routines, meals and
               talking to the children about her illness
     Lead:     EH
     Target:   Weekly for 8 weeks from 04/08/2025
     Evidence: Donna attends at least 6 of 8 sessions; family support
               worker's session notes sent to KT
[11] Action:   Make sure Ellie and Mason are never left to look after
               themselves when Donna is unwell
     Lead:     The family
     Target:   Every day
     Evidence: Ellie and Mason tell KT they have not been left on their
               own
[12] Action:   Explain Donna's illness to Mason in words he understands,
               using the "When Mum is poorly" workbook
     Lead:     KT and SB
     Target:   By 31/08/2025
     Evidence: Mason can tell KT in his own words what happens when Mum
               is poorly
------------------------------------------------------------------------

CONTINGENCY
If Donna stops taking her lithium, or Ron, Lisa or school see signs that
she is becoming unwell (not sleeping, spending, talking very fast), they
will ring SB or the CMHT duty line the same day and KT will ask for a
Mental Health Act assessment. Ellie and Mason will stay with Ron at his
flat until Donna is well again. If Donna refuses her medication for more
than a week, KT will ask the team manager for a legal planning meeting.

CORE GROUP AND REVIEW
Core group every 4 weeks: next meetings 19/08/2025 and 16/09/2025, 4pm,
St Aidan's Primary.
Review child protection conference: 04/08/2025, 10am, Munsworth Civic
Centre, Room 2.
""",
    "findings": [
        F("H001", "CPN visits to support Donna with her medication and mood"),
        F("T002", "Medication review for Donna with the consultant psychiatrist"),
        F("M002", "Medication review for Donna with the consultant psychiatrist"),
        F("H001", "Medication review for Donna with the consultant psychiatrist"),
        F("W001", "Ellie's attendance and wellbeing to be monitored at school"),
        F("M002", "Ellie's attendance and wellbeing to be monitored at school"),
        F("W002", "Share information between agencies about any change in Donna's mental health"),
        F("W002", "Make sure Ellie and Mason are never left to look after"),
        F("C003"),
        F("O001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review plan for a premature baby on home oxygen: outcome sections with
#    bullet actions underneath, built around his mother's depression (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b92_mossbridge_rcpc_outcome_sections_bullets_lowther.md",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc-plan-markdown-details-table-summary-of-concerns-childs-voice-too-young-then-outcome-headings-each-with-bullet-actions-who-when-evidence-in-one-sentence-contingency-core-group",
    "description": (
        "Review conference plan for a 4-month-old born at 29 weeks with chronic lung disease on home "
        "oxygen (oxygen used 9 hours a day of 20, weight falling), mother with postnatal depression, "
        "father working away. Three outcome headings with bullet actions under each: the oxygen and "
        "weight rows are sound, but two of three outcomes are about the mother, most actions are about "
        "her own needs, the perinatal team only supports her, the CBT referral is passive, the father "
        "supports 'as and when he can', the SW's visits are measured by review at core group; the "
        "'voice' section says only that he is too young, and the contingency is 'if things do not "
        "improve... consider', with no legal step."
    ),
    "text": """\
# Child Protection Plan – Review Conference

Mossbridge Borough Council · Children's Services · Safeguarding Hub West

| | |
|---|---|
| Child | Freddie Lowther, DOB 12/03/2025 (born at 29 weeks; now 4 months, 3 weeks corrected) |
| Address | 27 Willowbank Road, Mossbridge MB5 6TE |
| Mother | Amy Lowther (24) |
| Father | Jordan Lowther (27), works on a building site in Scotland Monday to Friday |
| Category | Neglect |
| Initial conference | 29/04/2025 |
| Review conference | 21/07/2025, chaired by Fiona Grant |
| Social worker | Nadia Kerr |

## Summary of concerns

- Freddie has chronic lung disease and is prescribed oxygen at 0.1 litres a minute, 20 hours a day.
  The concentrator download for June shows an average of 9 hours a day.
- Freddie has missed 3 of 5 respiratory clinic appointments since he came home from the neonatal unit.
- Freddie's weight has dropped from the 9th to the 2nd centile since April.
- Amy has postnatal depression and has been prescribed sertraline since May. She says she often goes
  back to bed in the day and finds it hard to leave the house.
- Jordan is away all week and the couple have no family nearby.

## Freddie's voice

Freddie is a baby and is too young to give his views.

## Outcomes and actions

### Outcome 1: Freddie gets his oxygen, feeds and hospital appointments every day and his weight stays on or above the 2nd centile

- Becky Lund, home oxygen nurse, will visit weekly to check the concentrator, download the hours used
  and check Freddie's oxygen saturations, and will email the figures to the SW after each visit.
- Claire Duffy, health visitor, will weigh Freddie at home every two weeks and plot his weight in the
  red book, sending each weight to the SW.
- Amy will take Freddie to every respiratory clinic appointment, and the clinic will tell the SW the
  same day if an appointment is missed.

### Outcome 2: Amy's mood will improve

- The perinatal mental health team (Gail Orme, CPN) to see Amy weekly at home to support her with her
  low mood; attendance will be recorded.
- Amy to take her sertraline every day, and Dr Hinds (GP) to review her medication by 29/08/2025 and
  write to the SW.
- Amy to be referred to Mossbridge Talking Therapies for CBT by 15/08/2025, with the date of her first
  appointment sent to the SW.
- Jordan to support Amy more at home as and when he can.

### Outcome 3: Amy will feel more confident as a parent

- Nadia Kerr, SW, to help Amy complete a housing application for a ground-floor flat by 30/09/2025;
  a copy of the application will be kept on file.
- Nadia Kerr, SW, to visit the family every month and review progress at core group.

## Contingency

If things do not improve for Freddie, the core group will meet to consider whether a further
conference or other action is needed.

## Core group and review

- Core group every 4 weeks at Mossbridge Children's Centre: 14/08/2025, 11/09/2025 and 09/10/2025.
- Next review child protection conference: 20/10/2025.
""",
    "findings": [
        F("F002", "Amy's mood will improve"),
        F("F002", "Amy will feel more confident as a parent"),
        F("H001", "to see Amy weekly at home to support her"),
        F("W001", "Amy to be referred to Mossbridge Talking Therapies for CBT"),
        F("T002", "Jordan to support Amy more at home as and when"),
        F("M001", "Jordan to support Amy more at home as and when"),
        F("M002", "to visit the family every month and review progress"),
        F("F001"),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})
