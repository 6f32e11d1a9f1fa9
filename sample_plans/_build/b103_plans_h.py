"""Batch 103, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans led or strongly shaped by an agency other than children's social
care, each in that agency's own voice, words and order, but each still holding
the parts of a child protection plan (outcomes, actions, contingency, the
child's voice, review). Two are exemplary: a youth justice service's
intervention and safety plan in Markdown, with one table per YJS pathway; and
a children's hospital complex discharge plan in Word whose Stage column is
merged down over each stage's tasks. The other five carry a realistic mix of
faults among good rows: a probation officer's risk management plan printed as
plain text, organised by the four risk management headings; a housing
officer's Personalised Housing Plan letter with numbered steps and a table; a
police-led MARAC action plan printed to PDF; a children's home placement plan
printed to PDF for a looked-after 15-year-old who is on a hospital ward; and a
health visitor's record print for premature twins.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Youth justice service's intervention and safety plan for a 15-year-old
#    at risk of criminal exploitation: Referral Order contract and child
#    protection plan in one. Markdown, one table per YJS pathway.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_hennelmoor_yjs_pathway_tables_osei.md",
    "split": "tune",
    "actions": 13,
    "template": "yjs-markdown-intervention-and-safety-plan-bold-field-list-what-happened-own-words-strengths-numbered-outcomes-then-one-four-column-table-per-pathway-intervention-delivered-by-when-how-we-will-know-contingency-reviews",
    "description": (
        "Exemplary intervention and safety plan written by a youth justice officer for a 15-year-old "
        "on a Referral Order who is being used to carry drugs out of town, combined with his child "
        "protection plan. Markdown in the YJS's own order (what happened, Jayden's own words, "
        "strengths, outcomes, then one table per pathway: safety, education, home and family, the "
        "Referral Order contract). Every row has a lead, a date or frequency and something that "
        "will be seen; the mother's depression is assessed by the CMHT with a view on her capacity "
        "to change; the uncle's weekends have a fallback; legal planning follows named triggers; "
        "core group, panel and review conference dates are set."
    ),
    "text": """\
# Hennelmoor Youth Justice Service

## Intervention and Safety Plan — Jayden Osei

*Referral Order contract and child protection plan in one document. Written with Jayden and his mum at
the YJS office, Corn Street, on Tuesday 05/08/2025.*

- **Young person:** Jayden Osei, 15 (DOB 14/03/2010)
- **Lives with:** Abena Osei (mum), 40 Kestrel Rise, Hennelmoor HN4 7DP
- **Order:** 9-month Referral Order, Hennelmoor Youth Court, 22/07/2025 (possession of a bladed article)
- **Child protection plan:** made at the initial conference on 29/07/2025; category physical abuse
  (criminal exploitation)
- **YJS case manager:** Callum Reid, YJ officer · **Social worker:** Priya Nandra, Hennelmoor Children's
  Services (team manager: Owen Lacey)
- **AssetPlus:** completed 01/08/2025; safety and wellbeing HIGH, risk of serious harm to others MEDIUM

## 1. What has happened

Since March 2025 Jayden has been reported missing four times. On 18/06/2025 he was found by British
Transport Police at Kelsby station, 60 miles away, with £640, two phones and a kitchen knife in his
bag; this is the offence for the Referral Order. Jayden has since told Callum that he "owes" an older
man known as "T" for a bag of cannabis that was taken from him, and that he has been told the debt
will go up if he stops. Two cars with false plates have been seen outside 40 Kestrel Rise late at
night. Jayden was permanently excluded from Hennelmoor Academy in May for carrying a knife.

Abena has had depression since Jayden's dad died in 2021. Over the summer she has stayed in bed for
most of the day, and she did not know Jayden had gone to Kelsby until the police rang her.

## 2. Jayden in his own words

Seen on his own at the YJS office on 01/08/2025:

> "I owe them. If I stop they'll come to the house, and Mum's not well enough for that."
> "I'm not scared at boxing. Uncle Kwame doesn't let anyone near me there."
> "I want to do mechanics. I used to fix bikes with my dad."

On a scale of 0 to 10 Jayden scored how safe he feels "out on the estate at night" as 3, at home as 6
and at Uncle Kwame's as 9. He said he would carry on talking to Callum "as long as you don't tell
them I'm talking".

## 3. What's going for Jayden

Jayden is bright, funny and good with his hands. He has gone to Hennelmoor Boxing Club every Saturday
for two years and his coach says he is the first to help the younger ones. His uncle, Kwame Osei, is
a bus driver who lives on the other side of town and wants Jayden with him at weekends. Abena loves
him and wants help. Jayden came to every YJS appointment in July on time.

## 4. What we all want for Jayden

1. Jayden is not used by adults to carry or sell drugs, and he does not carry a knife.
2. Jayden is home by 9pm every night, and an adult always knows where he is.
3. Jayden is in education or training every weekday from September.
4. Jayden has at least two trusted adults he can go to when he is scared or under pressure, and he
   uses them.

## 5. Intervention plan

Each row is one intervention. *Delivered by* names the person who leads it, *When* gives the date or
how often, and *How we will know* says what will be seen or counted.

### Pathway A — Keeping Jayden safe from exploitation

| Intervention | Delivered by | When | How we will know |
|---|---|---|---|
| One-to-one sessions on exploitation, debt bondage and how grooming works, using the YJS "Who's Pulling the Strings" workbook | Callum Reid, YJ officer | Tuesday and Friday afternoons from 05/08/2025 | Session record on ChildView after each session; Jayden's safety map redone every 4 weeks and copied to the SW |
| Visit Jayden at home and see him on his own, with at least one visit a fortnight unannounced | Priya Nandra, social worker | Weekly from 05/08/2025 | LCS visit records show Jayden seen alone every week, with his own words written down |
| Make a National Referral Mechanism referral as first responder and share the decision with the core group | Priya Nandra, social worker | Referral by 08/08/2025 | NRM reference on file; reasonable grounds decision read out at the next core group |
| Serve Child Abduction Warning Notices on the two adults known to be exploiting Jayden, and put a marker on 40 Kestrel Rise | DS Leanne Forde, Hennelmoor Police Exploitation Team | By 15/08/2025 | Notice references and the address marker confirmed by email to the SW and the YJ officer |
| Return interview after every missing episode, asking Jayden where he was, who with and how he got there | Ruth Aldous, Hennelmoor Safe Return Service | Within 72 hours of each return | Interview form sent to the SW and the YJ officer within 72 hours; places and names added to the exploitation map for each core group |

### Pathway B — Education and training

| Intervention | Delivered by | When | How we will know |
|---|---|---|---|
| Full 25-hour timetable at Hennelmoor Learning Centre with a named key adult who meets Jayden every morning | Mr Dev Sharma, DSL, Hennelmoor Learning Centre | From 03/09/2025 | Register shows 90% attendance or more each half-term; any absence phoned to the SW by 10am the same day |
| Enrol Jayden on the Level 1 motor vehicle taster course at Hennelmoor College | Sam Boyce, YJS education, training and employment worker | Enrolled by 29/08/2025; course starts 10/09/2025 | Enrolment letter on file; college attendance sheet emailed to the YJ officer every Friday |

### Pathway C — Home and family

| Intervention | Delivered by | When | How we will know |
|---|---|---|---|
| Keep Jayden's phones downstairs overnight and ring the police and the SW straight away if he is not home by 9pm | Abena Osei (mum) | Every night from 05/08/2025 | Abena's log of times in, checked by the SW at each visit and matched against police missing reports |
| Have Jayden to stay at his flat from Friday to Sunday and take him to boxing on Saturday mornings | Kwame Osei (maternal uncle) | Every weekend from 08/08/2025 | Boxing club register; Kwame texts the YJ officer every Sunday evening to say how the weekend went |
| Assess Abena's depression, review her treatment, and report to each core group on whether she can make the changes Jayden needs and how long they are likely to take | Dr Helen Marsh, consultant psychiatrist, Hennelmoor Community Mental Health Team | Assessment by 22/08/2025, then a report before each core group | Written report to the SW before every core group, giving a view on Abena's capacity to change and the likely timescale |
| Six sessions with Abena on the signs of exploitation and setting safe limits with Jayden | Jo Tranter, parenting worker, Hennelmoor Early Help | Fortnightly from 12/08/2025 | Session records show six sessions; at the SW's visit on 30/09/2025 Abena can name Jayden's warning signs and what she will do |
| Assess Jayden's sleep, anxiety and the effect on him of what has happened | Dr Lucy Hale, Hennelmoor CAMHS | First appointment 19/08/2025 | Assessment letter with recommendations sent to the SW and the YJ officer by 02/09/2025 |

### Pathway D — Referral Order contract (repairing harm)

| Intervention | Delivered by | When | How we will know |
|---|---|---|---|
| Twelve hours of reparation at Hennelmoor Community Garden and the four-session "Blade" knife crime programme | Naomi Frost, YJS reparation co-ordinator | All hours and sessions done by 31/10/2025 | Signed hours log and programme certificate reported to the panel at the 04/11/2025 review |

## 6. If things go wrong

If Jayden is missing for more than two hours, is found outside Hennelmoor, or is found with a knife,
drugs, large amounts of cash or a new phone, Abena (or whoever finds out) will report him missing to
Hennelmoor Police straight away, and Priya will hold a strategy discussion with the police and the
YJS the same day. Jayden will stay with Kwame that night.

If Kwame cannot have Jayden (he is working nights, ill or away), Priya will arrange that same day for
Jayden to stay with Hennelmoor foster carers trained in exploitation until the strategy discussion
has decided what happens next.

If Jayden goes missing twice in any four weeks, is arrested for a further offence linked to
exploitation, or Dr Marsh reports that Abena cannot make the changes within Jayden's timescale, Priya
will request a legal planning meeting with Owen Lacey within 5 working days.

## 7. Reviews

- Core group every 3 weeks, Thursdays at 4pm, Hennelmoor YJS office: 14/08/2025, 04/09/2025,
  25/09/2025 and 16/10/2025.
- Review child protection conference: 28/10/2025, 10am, Hennelmoor Civic Centre.
- Referral Order panel progress review: 04/11/2025, 6pm, Corn Street.
- Callum will ask Jayden before each core group what has changed for him and bring his views.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Probation officer's contribution to a child protection plan for a
#    father released on licence to the family home. Plain-text print in the
#    risk management plan's order: supervision, monitoring and control,
#    interventions and treatment, victim and child safety. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_hemsgarth_probation_rmp_print_farrow.txt",
    "split": "tune",
    "actions": 10,
    "template": "probation-plain-text-print-dotted-field-header-licence-conditions-numbered-upper-case-sections-summary-voice-objectives-then-star-bullets-under-four-risk-management-subheadings-contingency-review-fields",
    "description": (
        "A probation officer's contribution to the child protection plan for a 9-year-old and a "
        "3-year-old whose father has come home on licence after a sentence for a drunken assault, "
        "with a history of police call-outs to the home. Plain-text print in the probation risk "
        "management plan's order. Sound rows for weekly supervision, the alcohol tag, the "
        "perpetrator programme and the alcohol service's assessment. Faults: a SARA assessment "
        "with no stated output, an exclusion zone check whose only measure is 'monitored', 'All "
        "professionals' to report sightings, recovery key-work 'as and when', IDVA sessions with "
        "no timescale; the children's views are not recorded, the grandmother supervises contact "
        "with no fallback, and recall is the only escalation (no legal planning)."
    ),
    "text": """\
THE PROBATION SERVICE - HEMSGARTH PROBATION DELIVERY UNIT
PROBATION CONTRIBUTION TO CHILD PROTECTION PLAN (RISK MANAGEMENT PLAN EXTRACT)
Prepared for the core group of 19/08/2025          Author: Sarah Whitlock, Probation Officer
===================================================================================

Person on probation .. Dean FARROW, DOB 17/09/1990 (34)
Sentence ............. 4 years, assault occasioning actual bodily harm (s47),
                       Hemsgarth Crown Court, 20/06/2023
Licence .............. Released 14/07/2025; licence expiry 13/07/2027
Approved address ..... 9 Carr Lane, Hemsgarth HG2 6LS (the family home; approved by
                       probation and children's services on 10/07/2025, with conditions)
Household ............ Kerry Farrow (31), partner; Mia Farrow (9); Alfie Farrow (3)
Child protection ..... Initial conference 31/07/2025, category emotional abuse.
                       Social worker: Naomi Bell, Hemsgarth Children's Services
MAPPA ................ Category 2, level 2
RoSH ................. HIGH to known adult (Kerry Farrow); MEDIUM to children

LICENCE CONDITIONS RELEVANT TO THE CHILDREN
  - Reside at the approved address and tell the PO before any change.
  - Do not enter the Clifton Road exclusion zone (home of the victim of the index offence).
  - Do not contact Lee Pryor (co-defendant).
  - Wear an alcohol monitoring tag for 120 days.
  - Complete the Building Choices programme as directed.

1. WHY MIA AND ALFIE ARE ON A PLAN (PROBATION SUMMARY)

Dean's index offence was an assault on a man outside the Black Horse in Hemsgarth in
2023, when he had been drinking all day. Police records show five call-outs to the
family home between 2019 and 2023 for arguments between Dean and Kerry, two of them
with damage to doors and furniture. Dean drank heavily before his sentence; he says he
has been sober in custody and since release. Kerry wants Dean home but has told the PO
she is worried about his drinking once he is back in touch with his old friends.
Conference was concerned about the risk of further violence and drinking now that Dean
is living at home again.

2. VOICE OF THE CHILD

Probation has not met Mia or Alfie. Their views are to be gathered by the social
worker and added to the plan at the first core group.

3. OBJECTIVES FOR MIA AND ALFIE

  - Mia and Alfie live in a home with no violence, threats or damage.
  - Mia and Alfie are only ever looked after by their dad when he is sober.
  - Mia and Alfie spend time alone with their dad only when it is supervised by an
    adult named in this plan, until the review conference decides otherwise.

4. RISK MANAGEMENT ACTIONS

4a SUPERVISION

  * Sarah Whitlock (PO) will see Dean for supervision at Hemsgarth probation office
    every Monday, and each session will cover how things are at home with Kerry, Mia
    and Alfie; a note of each session goes to the SW by the Wednesday.
  * Sarah Whitlock (PO) will complete a SARA domestic abuse risk assessment on Dean by
    29/08/2025.

4b MONITORING AND CONTROL

  * Dean will wear the alcohol monitoring tag for 120 days from 14/07/2025 so that he is
    sober whenever he is with Mia and Alfie, and the PO will send the tag compliance
    report to the SW every fortnight.
  * Sarah Whitlock (PO) will check Dean's compliance with the Clifton Road exclusion zone
    at each weekly supervision; compliance to be monitored.
  * All professionals will tell the PO the same day if Lee Pryor is seen at or near
    9 Carr Lane, and each report will be logged on the probation case record.

4c INTERVENTIONS AND TREATMENT

  * Dean will start the Building Choices programme at Hemsgarth probation office on
    08/09/2025, and the facilitator will send the SW a mid-programme report and an
    end-of-programme report.
  * Dean will attend key-work sessions at Hemsgarth Recovery Service as and when
    appointments are offered, with his attendance shared with the PO.
  * Tom Ashby (recovery worker, Hemsgarth Recovery Service) will complete an alcohol
    assessment of Dean by 22/08/2025 and send the SW a written report on his drinking
    and what it means for his care of Mia and Alfie.

4d SAFETY OF KERRY AND THE CHILDREN

  * Pat Farrow (PGM) will supervise all of Dean's time alone with Mia and Alfie at her
    house, 31 Moor View, every Saturday from 10am to 4pm, and will write up each visit
    in the contact book that the SW reads at every home visit.
  * Jess Lowe (IDVA, Hemsgarth Women's Centre) will offer Kerry safety planning sessions
    and share her updated DASH risk assessment with the SW.

5. CONTINGENCY

If the tag records alcohol, Dean enters the exclusion zone or contacts Lee Pryor, or
Kerry or anyone else reports a threat or violence at 9 Carr Lane, the PO will ask for
Dean's licence to be revoked and for his recall to custody the same day, and Hemsgarth
Police will be asked to arrest him. Dean will leave 9 Carr Lane at once, and the SW will
hold a strategy discussion the same day.

6. REVIEW

Core group ........... every 4 weeks: 19/08/2025, 16/09/2025, 14/10/2025
Review CP conference . 23/10/2025, 2pm, Hemsgarth Town Hall
MAPPA level 2 ........ next meeting 02/09/2025
===================================================================================
""",
    "findings": [
        F("M001", "will complete a SARA domestic abuse risk assessment on Dean"),
        F("M002", "will check Dean's compliance with the Clifton Road exclusion zone"),
        F("W002", "All professionals will tell the PO the same day"),
        F("T002", "Dean will attend key-work sessions at Hemsgarth Recovery Service"),
        F("T001", "will offer Kerry safety planning sessions and share her updated"),
        F("F003"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Housing officer's Personalised Housing Plan for a mother and three
#    children in a bed and breakfast, written as the housing part of their
#    child protection plan. Word letter: right-aligned sender block, field
#    list, numbered steps for the council and for Jo, then a table of other
#    services' steps. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_haxbridge_housing_php_letter_pearce.docx",
    "doc_title": "Personalised Housing Plan - Jo Pearce and children",
    "split": "tune",
    "actions": 11,
    "template": "housing-options-word-letter-right-aligned-sender-block-personalised-housing-plan-field-list-housing-situation-reasons-childrens-words-outcomes-then-numbered-steps-council-numbered-steps-you-table-other-services-contingency-review-bullets",
    "description": (
        "A housing officer's Personalised Housing Plan for a mother with depression and her three "
        "children (8, 5 and 7 months) living in one damp room of a bed and breakfast, written as "
        "the housing part of their neglect plan. Word letter with numbered steps for the council "
        "and for Jo and a table for other services. Faults: the move to self-contained "
        "accommodation 'as soon as possible', a passive damp inspection with no one named, the "
        "school's bus pass row with no measure; six of eleven steps are about Jo's own housing, "
        "money and health with no link to the children, one outcome is about Jo's rent only, her "
        "depression is recorded but no adult service has a step, and the contingency only reviews "
        "and discusses, with no legal planning."
    ),
    "blocks": [
        ("pr", "Haxbridge District Council"),
        ("pr", "Housing Options and Homelessness Team"),
        ("pr", "Civic Offices, Market Square, Haxbridge HX1 2AA"),
        ("pr", "Housing officer: Mark Eddison · 01632 960 418"),
        ("pr", "Date: 08/08/2025"),
        ("title", "Personalised Housing Plan"),
        ("p", "This plan is made under section 189A of the Housing Act 1996. It sets out the steps that you and "
              "the council will take to find you and your children a settled home, and the housing steps in "
              "Kian, Lacey and Ava's child protection plan. It was agreed with you at Station Lodge on "
              "07/08/2025 and with the social worker, Hannah Obi, after the initial child protection "
              "conference on 30/07/2025."),
        ("kv", [
            ("Applicant", "Joanne (Jo) Pearce, 27"),
            ("Household", "Kian Pearce (8), Lacey Pearce (5), Ava Pearce (7 months)"),
            ("Current accommodation", "Room 4, Station Lodge B&B, 16 Station Road, Haxbridge HX2 4PT (one room, "
                                      "shared kitchen and bathroom), since 12/06/2025"),
            ("Housing duty", "Main housing duty accepted on 24/07/2025 (section 193)"),
            ("Bed and breakfast limit", "Six weeks reached on 24/07/2025; the household must be moved"),
            ("Child protection plan", "Category neglect; social worker Hannah Obi, Haxbridge Children's Services"),
        ]),
        ("h1", "1. Your housing situation"),
        ("p", "You and the children were evicted from 11 Kiln Lane on 12/06/2025 after your landlord served a "
              "section 21 notice because he was selling the house. You owe £1,840 in rent arrears to that "
              "landlord. Since then all four of you have lived in one room at Station Lodge. The room has two "
              "single beds and a travel cot; there is black mould on the outside wall and the window does "
              "not close. Haxbridge Park Primary, where Kian and Lacey go, is four miles away."),
        ("h1", "2. Why Kian, Lacey and Ava have a child protection plan"),
        ("p", "Conference heard that Ava has had three chest infections since June and was admitted to "
              "Haxbridge General for two nights in July. Kian and Lacey missed 14 days of school in the last "
              "half-term because there was no money for the bus. Jo has had depression since 2023 and stopped "
              "taking her sertraline in May; she told the social worker that most days she cannot get out of "
              "bed before midday. Staff at Station Lodge have twice found Kian and Lacey alone in the room in "
              "the evening while Jo was in the shared kitchen two floors down."),
        ("h1", "3. What Kian, Lacey and Ava have told us"),
        ("p", "Kian (seen on his own by the social worker, 04/08/2025): “There's nowhere to do my reading. We all "
              "sleep in one room and the man next door shouts at night. I don't like it when Mum's sad, I make "
              "Lacey's cereal.” He said the thing he wants most is “a bedroom with a door”."),
        ("p", "Lacey drew a picture of a house with a garden and a swing and said, “That's our new house, when "
              "we get it.” She said she is scared of the bathroom down the corridor at night."),
        ("p", "Ava is 7 months old. On visits she has been clean and smiling and reaches for Jo, but she coughs "
              "and wheezes when she is laid in the travel cot against the damp wall."),
        ("h1", "4. What we want to achieve"),
        ("bullets", [
            "Kian, Lacey and Ava live in warm, dry, self-contained accommodation where each of them has a safe "
            "place to sleep.",
            "Kian and Lacey get to school every day, and Ava has no more chest infections caused by damp.",
            "Jo keeps up her rent and clears her arrears.",
        ]),
        ("h1", "5. Reasonable steps (action plan)"),
        ("h2", "Steps the council will take"),
        ("numbers", [
            "Mark Eddison (housing officer) will move the family from Station Lodge to self-contained temporary "
            "accommodation with a bedroom for Kian, Lacey and Ava as soon as possible, and will confirm the new "
            "address to Jo and the SW in writing.",
            "Mark Eddison will place Jo in Band A (urgent housing need) on the Haxbridge housing register by "
            "15/08/2025 and send her the banding letter.",
            "Mark Eddison will apply for a discretionary housing payment towards Jo's removal costs and rent in "
            "advance by 29/08/2025, and put the decision letter on her file.",
        ]),
        ("h2", "Steps you have agreed to take"),
        ("numbers", [
            "Jo will bid every week on Haxbridge HomeSearch for two- and three-bedroom homes, and Mark will "
            "check her bidding history each Friday.",
            "Jo will see her GP at Haxbridge Health Centre about her low mood and restarting her medication by "
            "22/08/2025, and show Mark her new prescription.",
            "Jo will go to Haxbridge Money Advice about her £1,840 rent arrears and her council tax debt by "
            "29/08/2025, and bring the repayment plan to her next housing review.",
        ]),
        ("h2", "Steps other services will take"),
        ("table", {
            "header": ["Step", "Who", "By when", "How we will know"],
            "widths": [6.2, 3.6, 2.8, 4.4],
            "rows": [
                ["Help Jo make a Universal Credit housing costs claim and set up a weekly budget",
                 "Kelly Marsh, tenancy sustainment officer", "By 22/08/2025",
                 "UC journal shows the claim made; budget sheet on Jo's housing file"],
                ["Inspect Room 4 at Station Lodge for damp and mould affecting Ava's chest, and serve a hazard "
                 "notice on the owner if needed",
                 "-", "By 15/08/2025",
                 "Inspection report sent to Housing Options and the SW"],
                ["Visit Kian, Lacey and Ava at Station Lodge, seeing Kian and Lacey on their own",
                 "Hannah Obi, social worker", "Weekly from 04/08/2025",
                 "Visit records show all three children seen, with Kian's and Lacey's own words written down"],
                ["Give Kian and Lacey bus passes to Haxbridge Park Primary and check their attendance every "
                 "morning",
                 "Mrs Carol Dean, DSL, Haxbridge Park Primary", "From 03/09/2025", ""],
                ["Visit Ava at Station Lodge, weigh her and listen to her chest",
                 "Gail Brooks, health visitor", "Every two weeks from 11/08/2025",
                 "Weight and chest findings written in Ava's red book and copied to the SW"],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If the family are asked to leave Station Lodge, or the placement breaks down for any other reason, "
              "Housing Options will review the family's case and discuss next steps with the social worker."),
        ("h1", "7. Reviewing this plan"),
        ("bullets", [
            "Mark will review this Personalised Housing Plan with you every 8 weeks; the next review is on "
            "03/10/2025.",
            "Core group every 4 weeks at Haxbridge Family Hub: 13/08/2025, 10/09/2025 and 08/10/2025.",
            "Review child protection conference: 23/10/2025 at 10am, Haxbridge Civic Offices.",
        ]),
        ("p", "If you think the steps in this plan are not reasonable, or that your accommodation is not "
              "suitable, you can ask for a review under section 202 of the Housing Act 1996 within 21 days."),
    ],
    "findings": [
        F("T002", "will move the family from Station Lodge to self-contained temporary accommodation"),
        F("W001", "Inspect Room 4 at Station Lodge for damp and mould"),
        F("M001", "Give Kian and Lacey bus passes to Haxbridge Park Primary"),
        F("F001"),
        F("F002", "Jo keeps up her rent and clears her arrears."),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Police-led MARAC action plan and child safety plan after a
#    non-fatal strangulation, mother and two children possibly moving to a
#    refuge in another authority. Landscape Word table printed to PDF with a
#    page header and footer; agency column before the action. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_hurlestone_marac_police_table_shaw.pdf",
    "doc_title": "MARAC Action Plan and Child Safety Plan - Shaw",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "police-marac-landscape-word-plan-printed-to-pdf-page-header-footer-field-list-risk-summary-voice-of-the-child-safety-outcomes-then-ref-agency-action-deadline-evidence-table-escalation-contingency-reviews",
    "description": (
        "A police-led MARAC action plan, written by the domestic abuse investigation team, that "
        "doubles as the safety part of the child protection plan for a 10-year-old and a 6-year-old "
        "after their father strangled their mother. Landscape table printed to PDF, agency and lead "
        "before each action. Most rows are sound (DVPO, address marker, IDVA, SW visits, GP, "
        "perpetrator referral, Ethan's own safety plan). Faults: sanctuary works 'TBC', the school's only "
        "measure is 'Monitored by school', 'All agencies' to flag the father, Talking Therapies "
        "only treats the mother, the play therapy referral held until the family moves to another "
        "authority; the review conference date is 'to be confirmed'."
    ),
    "header": "OFFICIAL-SENSITIVE – Hurlestone Constabulary – Public Protection Unit",
    "footer": "MARAC ref HUR/MAR/25/0412 – Shaw – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "MARAC Action Plan and Child Safety Plan"),
        ("p", "Prepared by DS Amrit Gill, Domestic Abuse Investigation Team, for the MARAC held on 06/08/2025. "
              "This is the police-led part of Ethan and Poppy's child protection plan (initial conference "
              "28/07/2025, category emotional abuse) and is shared with the core group."),
        ("kv", [
            ("Victim", "Nicola Shaw (34), 22 Linden Way, Hurlestone HU3 9LB"),
            ("Children", "Ethan Shaw (10), DOB 19/01/2015; Poppy Shaw (6), DOB 07/10/2018"),
            ("Perpetrator", "Lee Mortimer (36), the children's father; separated from Nicola since March 2025; "
                            "lives at 5 Quarry Mews, Hurlestone"),
            ("Risk", "DASH 21 (high), 02/08/2025; non-fatal strangulation on 01/08/2025; stalking since April"),
            ("Bail", "Released on police bail on 03/08/2025; conditions not to contact Nicola or the children "
                     "and not to enter Linden Way"),
            ("MARAC", "06/08/2025, chair DI Karen Holt; MARAC co-ordinator Gail Hunt"),
            ("Social worker", "Tom Baines, Hurlestone Children's Services (team manager: Ruth Okafor)"),
            ("IDVA", "Sophie Lang, Hurlestone IDVA Service"),
        ]),
        ("h1", "1. Risk summary"),
        ("p", "On 01/08/2025 Lee came to 22 Linden Way at 11pm, forced the back door and held Nicola by the "
              "throat against the kitchen wall until she nearly lost consciousness. Ethan woke and rang 999 "
              "from Nicola's phone. Since April Lee has followed Nicola to work, sent more than 200 messages "
              "and waited outside the school gates. He has a 2016 conviction for assault on a former partner. "
              "Since the attack Nicola has had nightmares and panic attacks and her GP has recorded "
              "post-traumatic stress symptoms. Nicola has been offered a family room at Kelsford Women's "
              "Refuge (Kelsford County Council) and is deciding whether to move there by the end of August."),
        ("h1", "2. Voice of the child"),
        ("p", "Ethan (spoken to by PC Royle with an intermediary on 02/08/2025, and by the SW at school on "
              "05/08/2025): “I heard Mum making a funny noise and I just rang 999 like she showed me. I sleep "
              "with my trainers on now in case I need to run.” He says he does not want to see his dad “until "
              "he's better”."),
        ("p", "Poppy (seen at home by the SW, 05/08/2025): “Daddy squeezed Mummy and she went a funny colour. "
              "I hid under my bed with Bunny.” Since the attack she will not go upstairs on her own and wets "
              "the bed most nights. She says she likes her school and her teacher Miss Kaye."),
        ("h1", "3. Safety outcomes for Ethan and Poppy"),
        ("bullets", [
            "Ethan and Poppy are not hurt, threatened or frightened by Lee at home, at school or anywhere else.",
            "Ethan and Poppy sleep in their own beds and feel safe in their home, or in the refuge if they move.",
            "Ethan and Poppy have their own adults at school and at home to talk to about what happened.",
        ]),
        ("h1", "4. Actions agreed at MARAC"),
        ("table", {
            "header": ["Ref", "Agency and lead", "Action", "Deadline", "Evidence / update"],
            "widths": [1.3, 5.0, 8.4, 4.2, 6.8],
            "rows": [
                ["M1", "Hurlestone Police – DS Amrit Gill",
                 "Apply to the magistrates for a Domestic Violence Protection Notice and Order against Lee",
                 "By 08/08/2025",
                 "Order (or refusal) emailed to the SW and the IDVA on the day of the hearing"],
                ["M2", "Hurlestone Police – PC Dan Royle, neighbourhood team",
                 "Put an urgent-response marker on 22 Linden Way and on Linden Way Primary School, and give "
                 "Nicola a TecSOS phone",
                 "By 07/08/2025",
                 "Marker numbers and the TecSOS phone number written on the MARAC action log"],
                ["M3", "Hurlestone IDVA Service – Sophie Lang",
                 "Meet Nicola to update her safety plan and DASH, including a safe plan for the school run",
                 "Every Thursday from 07/08/2025",
                 "Updated safety plan and DASH score copied to the SW after each meeting"],
                ["M4", "Hurlestone Homes – Sanctuary Scheme",
                 "Fit a sanctuary door, window locks and a video doorbell at 22 Linden Way",
                 "TBC",
                 "Completion certificate copied to the police and the IDVA"],
                ["M5", "Hurlestone Children's Services – Tom Baines, SW",
                 "Visit Ethan and Poppy at home, see each child alone, and do “three houses” work with both",
                 "Weekly from 07/08/2025",
                 "Visit records show both children seen alone; both “three houses” drawings on file by "
                 "29/08/2025"],
                ["M6", "Linden Way Primary School – Mrs Anne Crowley, DSL",
                 "Watch for changes in Ethan's and Poppy's behaviour at school and pass any disclosure to the SW",
                 "Every school day from 03/09/2025",
                 "Monitored by school"],
                ["M7", "All agencies",
                 "Flag Lee Mortimer on their own systems and tell the MARAC co-ordinator about any contact he "
                 "makes with the family",
                 "Within 24 hours of any contact",
                 "Each contact entered on the MARAC action log"],
                ["M8", "Hurlestone Talking Therapies",
                 "Trauma-focused CBT for Nicola's nightmares and panic attacks",
                 "12 weekly sessions from 18/08/2025",
                 "Attendance letter sent to the IDVA each month"],
                ["M9", "Hurlestone Health Centre – Dr Ruth Okeke, GP",
                 "Send the MARAC co-ordinator a summary of Nicola's and the children's health records that are "
                 "relevant to the abuse",
                 "By 13/08/2025",
                 "Summary received and noted on the MARAC action log"],
                ["M10", "Hurlestone Police – DS Amrit Gill",
                 "Refer Lee to the Hurlestone Drive caseworker for high-risk perpetrators",
                 "By 15/08/2025",
                 "Drive acceptance letter on the police file; caseworker's name given to the SW"],
                ["M11", "Hurlestone Children's Services – Tom Baines, SW",
                 "Hold Poppy's play therapy referral until the family's move to Kelsford is complete, then pass "
                 "it to Kelsford Children's Services",
                 "When the move is complete",
                 "Kelsford's confirmation of receipt on Poppy's file"],
                ["M12", "Hurlestone IDVA Service – Sophie Lang",
                 "Write a safety plan with Ethan: who he rings, where he goes and the safe word he shares with "
                 "Nicola",
                 "By 22/08/2025",
                 "Ethan's safety plan card copied to the SW; Ethan can tell the SW his plan at the next visit"],
            ],
        }),
        ("h1", "5. Escalation and contingency"),
        ("p", "If Lee comes to 22 Linden Way, the school or the refuge, breaches his bail or the DVPO, or contacts "
              "Nicola or the children in any way, Nicola will dial 999. Because of the address marker officers "
              "will attend as an emergency and arrest Lee. The SW will hold a strategy discussion with the "
              "police the same day, and if the family are still at Linden Way the IDVA will move Nicola, Ethan "
              "and Poppy into the Kelsford refuge that night."),
        ("p", "If Nicola lets Lee back into the home, or Ethan or Poppy are present at another incident, Tom "
              "Baines will request a legal planning meeting with Ruth Okafor within 5 working days."),
        ("h1", "6. Reviews"),
        ("bullets", [
            "Next MARAC review: 08/10/2025 (Kelsford MARAC if the case has transferred).",
            "Core group every 4 weeks at Linden Way Primary School: 19/08/2025 and 16/09/2025.",
            "Review child protection conference: to be confirmed by the Hurlestone conference team.",
        ]),
    ],
    "findings": [
        F("T002", "Fit a sanctuary door, window locks and a video doorbell"),
        F("M002", "Watch for changes in Ethan's and Poppy's behaviour at school"),
        F("W002", "Flag Lee Mortimer on their own systems and tell"),
        F("H001", "Trauma-focused CBT for Nicola's nightmares and panic attacks"),
        F("X001", "Hold Poppy's play therapy referral until the family's move"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Children's hospital complex discharge plan for a 4-year-old with
#    cerebral palsy, epilepsy and a gastrostomy going home on a child
#    protection plan. Landscape Word plan; the Stage column is merged down
#    over each stage's tasks. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_hockerleigh_discharge_stage_merged_kendrick.docx",
    "doc_title": "Complex Discharge and Child Protection Plan - Rosie Kendrick",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "check_vmerge": 3,
    "template": "hospital-complex-discharge-landscape-word-plan-patient-details-list-reason-for-admission-observed-communication-discharge-goals-then-stage-merged-down-task-responsible-due-evidence-table-escalation-meetings",
    "description": (
        "Exemplary complex discharge plan from a children's hospital for a 4-year-old with "
        "quadriplegic cerebral palsy, epilepsy and a gastrostomy, admitted with weight loss, "
        "dehydration and missed anti-seizure medicine, going home on a neglect plan. Landscape Word "
        "plan in the hospital's order (patient details, reason for admission, how Rosie "
        "communicates and what staff have seen, discharge goals, then a task table whose Stage "
        "column is merged down over before discharge / first four weeks / until review). Every "
        "task has one lead, a due date, frequency or event ('before discharge') and evidence; the "
        "adult mental health psychologist and the alcohol service both report on change; the "
        "grandmother's days have a fallback; readmission and no weight gain lead to legal "
        "planning; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Complex Discharge and Child Protection Plan"),
        ("p", "Hockerleigh Children's Hospital NHS Foundation Trust · Ward 7 (Children's Medical) · Safeguarding "
              "Children Team, with Hockerleigh Borough Council Children's Services"),
        ("kv", [
            ("Patient", "Rosie Kendrick, DOB 11/03/2021 (4 years); hospital number HCH 0447182"),
            ("Consultant", "Dr Neha Joshi, consultant paediatrician (neurodisability)"),
            ("Admitted", "12/07/2025 with aspiration pneumonia, dehydration and weight loss"),
            ("Expected date of discharge", "18/08/2025, once the tasks marked “before discharge” are done"),
            ("Parents", "Sophie Kendrick (29) and Jamie Kendrick (31), 14 Orchard Way, Hockerleigh HK3 5RN"),
            ("Paternal grandmother", "Pat Kendrick, 2 Orchard Way"),
            ("Child protection plan", "Category neglect; initial conference held on Ward 7 on 24/07/2025"),
            ("Social worker", "Ben Achebe, Children with Disabilities Team (team manager: Clare Whitby)"),
            ("Discharge co-ordinator", "Liz Harper, complex discharge nurse"),
            ("Plan updated", "08/08/2025, after the first core group"),
        ]),
        ("h1", "Reason for admission and safeguarding concerns"),
        ("p", "Rosie has quadriplegic cerebral palsy, epilepsy and a gastrostomy, and needs oxygen at night. When "
              "she was admitted her weight had fallen from the 9th centile to below the 0.4th, her levetiracetam "
              "level was too low to measure, and she had had eleven seizures in the week before admission. The "
              "community children's nurses had not been let in on four visits since May. Sophie has anxiety "
              "and depression and has told the ward she “could not face” the night feeds. Jamie works long "
              "shifts and drinks heavily at weekends; on 19/07/2025 he came onto the ward smelling of alcohol "
              "and was asked to leave. Both parents love Rosie and have been on the ward every day since."),
        ("h1", "How Rosie communicates, and what we have seen"),
        ("p", "Rosie does not use words. She tells us how she feels with her face, her voice and her eyes, and "
              "she is learning to use an eye-gaze board with “yes”, “no”, “more” and “stop”. Kate Morley (her "
              "named nurse) and Jess Unwin (hospital play specialist) have seen that Rosie smiles and "
              "vocalises when Sophie sings to her during a feed; looks at “more” when bubbles are blown; "
              "stiffens and cries when she is moved quickly or laid flat; and settles within minutes when Pat "
              "holds her on her side and strokes her hair. Since her feeds have been given on time on the ward "
              "she is more alert, holds her head up for longer and has started to reach for a light-up toy."),
        ("h1", "Discharge goals for Rosie"),
        ("bullets", [
            "Rosie gets every feed, flush and medicine on time at home, and her weight climbs back to her 9th "
            "centile line by the review conference.",
            "Rosie has no more hospital admissions caused by missed feeds or missed anti-seizure medicine.",
            "Rosie is cared for every day and night by adults who are sober, well enough and trained in her care.",
            "Rosie goes to nursery at Brook School and has the therapy and equipment she needs to be comfortable "
            "and to communicate.",
        ]),
        ("h1", "Discharge and community plan"),
        ("p", "Read each row across: the task, the one person responsible, when it is due and the evidence that "
              "it has been done. The Stage column groups the tasks."),
        ("table", {
            "header": ["Stage", "Task", "Responsible", "Due", "Evidence"],
            "widths": [2.8, 8.0, 5.0, 4.3, 5.6],
            "rows": [
                ["Before discharge",
                 "Train Sophie and Jamie to give gastrostomy feeds and water flushes, and sign each of them off "
                 "after three observed feeds",
                 "Kate Morley, named nurse, Ward 7", "Before discharge (by 15/08/2025)",
                 "Competency forms signed for both parents and filed in Rosie's notes"],
                [V, "Train Sophie, Jamie and Pat to give buccal midazolam for a seizure lasting over five minutes",
                 "Lou Fenn, epilepsy nurse specialist", "Before discharge (by 15/08/2025)",
                 "Training record signed for all three; Rosie's seizure care plan in the home folder"],
                [V, "Deliver the feed pump, oxygen concentrator and suction machine to 14 Orchard Way and show both "
                    "parents how to use them",
                 "Dan Shore, technician, Hockerleigh Community Equipment Service", "By 14/08/2025",
                 "Equipment checklist signed by a parent and copied to the discharge co-ordinator"],
                [V, "Write Rosie's medicine chart, supply 7-day blister packs of her anti-seizure medicines and set "
                    "up repeat prescriptions with her GP",
                 "Hannah Lees, ward pharmacist", "Before discharge",
                 "Chart and blister packs handed to the parents; GP surgery confirms the repeat prescription "
                 "in writing"],
                [V, "Visit Rosie on the ward, see her with each parent, and chair the pre-discharge planning meeting",
                 "Ben Achebe, social worker", "Twice a week until discharge; meeting by 13/08/2025",
                 "LCS visit records; meeting minutes sent to everyone named in this plan within 2 days"],
                ["First four weeks at home",
                 "Visit Rosie at home to check her feeds, weight, skin and medicine chart",
                 "Amy Walsh, community children's nurse", "Every day for the first 7 days, then Monday, "
                 "Wednesday and Friday",
                 "Weight and chart checks written in the home folder and emailed to the SW every Friday"],
                [V, "Visit Rosie at home, with at least one visit a fortnight unannounced, and see how she is "
                    "handled, fed and comforted",
                 "Ben Achebe, social worker", "Weekly from discharge",
                 "LCS visit records describe Rosie's feeds, her position and how each parent responds to her"],
                [V, "Give Rosie her feeds, flushes and medicines at the times on the chart and sign the chart each "
                    "time",
                 "Sophie Kendrick (mum) and Jamie Kendrick (dad)", "Every feed and every dose from discharge",
                 "No gaps on the chart at any nurse's check; weight moving up towards her 9th centile line"],
                [V, "Have Rosie at her house from 9am to 3pm so that Sophie can rest, giving the feeds and "
                    "medicines due in that time",
                 "Pat Kendrick (paternal grandmother)", "Every Tuesday and Thursday from discharge",
                 "Pat signs the chart for each feed and dose she gives; the nurse checks her entries on Fridays"],
                [V, "Assess Jamie's drinking, offer treatment with a breath test at each session, and report on "
                    "whether he stays sober when caring for Rosie",
                 "Chris Dale, recovery worker, Hockerleigh Drug and Alcohol Service",
                 "Assessment by 22/08/2025, then weekly sessions",
                 "Written update with every breath test result sent to the SW before each core group"],
                [V, "Assess Sophie's anxiety and depression, offer treatment, and report to each core group on her "
                    "capacity to make the changes Rosie's care needs and how long they will take",
                 "Dr Farah Qureshi, clinical psychologist, Hockerleigh Adult Mental Health Team",
                 "Assessment by 29/08/2025, then a report before each core group",
                 "Written report giving a view on Sophie's capacity to change and the likely timescale"],
                ["Until the review conference",
                 "Weigh Rosie, check her feed plan against her growth and change the volume if she is not gaining",
                 "Gemma Price, paediatric dietitian", "Every 4 weeks: 12/09/2025 and 10/10/2025",
                 "Weight plotted on her growth chart; new feed plan sent to the nurse and parents within 2 days"],
                [V, "See Rosie in the epilepsy clinic to go through her seizure diary and her levetiracetam dose",
                 "Dr Rhys Tudor, consultant paediatric neurologist", "Clinic on 16/09/2025",
                 "Clinic letter to the GP, the SW and the parents, with the number of seizures since discharge"],
                [V, "Start Rosie in the nursery class three days a week with two staff trained in her feeds and "
                    "seizure plan",
                 "Mrs Helen Oduya, headteacher and DSL, Brook School", "From 08/09/2025 (Mon, Wed, Fri)",
                 "Training record for both staff on file before her first day; register and home-school diary "
                 "copied to the SW each Friday"],
                [V, "Assess the family for a direct payment to employ a personal assistant two evenings a week",
                 "Nina Roy, Hockerleigh Short Breaks Service", "Assessment by 12/09/2025",
                 "Written assessment and agreed package sent to the parents and the core group"],
                [V, "Use Rosie's eye-gaze board and watch her routine to record what she shows us about her care "
                    "at home",
                 "Ben Achebe, social worker, with Rosie's speech and language therapist",
                 "At every home visit; written summary by 10/10/2025",
                 "Summary of Rosie's choices and responses included in the SW's report to the review conference"],
            ],
        }),
        ("h1", "Escalation and contingency"),
        ("p", "If Rosie loses weight at two weighs in a row, two or more doses of her anti-seizure medicine are "
              "missed in a week (chart or blister pack), or Jamie is found to have been drinking while caring for "
              "her, the nurse or whoever finds out will tell Ben the same day. Ben will hold a strategy discussion "
              "that day, and Rosie will be readmitted to Ward 7 under Dr Joshi until it has decided what happens "
              "next."),
        ("p", "If Pat cannot have Rosie on a Tuesday or Thursday (she is ill or away), she will tell Ben by 8am. "
              "Amy Walsh's team will then visit at 10am and 2pm that day, and if Sophie is not able to manage "
              "Rosie's care, Rosie will be admitted to Ward 7 that day."),
        ("p", "If Rosie is readmitted because feeds or medicines were missed, or her weight has not reached her "
              "9th centile line by 10/10/2025, or Dr Qureshi reports that Sophie cannot make the changes within "
              "Rosie's timescale, Ben will request a legal planning meeting with Clare Whitby within 5 working "
              "days."),
        ("h1", "Meetings"),
        ("bullets", [
            "First core group: 06/08/2025 on Ward 7 (done).",
            "Core group every 3 weeks, Thursdays at 2pm, Hockerleigh Children's Centre: 28/08/2025, 18/09/2025 "
            "and 09/10/2025.",
            "Review child protection conference: 23/10/2025, 10am, Hockerleigh Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Children's home placement plan for a looked-after 15-year-old at risk
#    of sexual exploitation, rewritten by the registered manager after she
#    was admitted to a hospital ward. Word plan printed to PDF with a page
#    header and footer; five-column "what we will do" table. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_hollysmead_placement_plan_table_lowther.pdf",
    "doc_title": "Placement Plan and Safety Plan - Skye Lowther",
    "split": "tune",
    "actions": 11,
    "template": "childrens-home-placement-plan-word-printed-to-pdf-page-header-footer-field-list-about-skye-what-happened-skyes-words-placement-objectives-then-no-what-we-will-do-lead-by-how-often-evidence-table-if-things-go-wrong-reviews",
    "description": (
        "A children's home placement plan, written by the registered manager with the social worker, "
        "for a 15-year-old accommodated under section 20 who stays on a child protection plan for "
        "sexual exploitation and is now on a hospital ward after an overdose. Word plan printed to "
        "PDF with header and footer. Sound rows for discharge planning, police intelligence, "
        "warning notices, health, education, family time and CAMHS. Faults: ward visits by the key "
        "worker 'as and when staffing allows' and no visits at a set frequency while she is in "
        "hospital, key work measured by 'engagement', return interviews with no one named, "
        "delegated authority with no timescale; the contingency only reviews and considers, and "
        "there is no legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE – Hollysmead House (Larchfield Care Ltd) – Placement Plan",
    "footer": "Skye Lowther – Placement Plan 07/08/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Placement Plan and Safety Plan"),
        ("p", "Hollysmead House · Larchfield Care Ltd · four-bed children's home, 3 Abbey Walk, Hollysmead HM2 8TE"),
        ("p", "Written by Sue Pargeter (registered manager) with Skye and her social worker on 07/08/2025, after "
              "Skye's admission to hospital on 04/08/2025. It replaces the placement plan of 16/06/2025."),
        ("kv", [
            ("Young person", "Skye Lowther, 15 (DOB 02/12/2009)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 16/06/2025"),
            ("Child protection", "Remains on a child protection plan (category sexual abuse: risk of sexual "
                                 "exploitation outside the family); initial conference 22/05/2025"),
            ("Placing authority", "Hollysmead City Council. Social worker: Martin Shaw. IRO: Angela Fry"),
            ("Key worker", "Nadia Blake"),
            ("Mum", "Dawn Lowther, 4 Sycamore Close, Hollysmead"),
            ("Where Skye is now", "Ward 12 (adolescent ward), St Cuthbert's Hospital, Hollysmead, since "
                                  "04/08/2025; discharge date not yet known"),
        ]),
        ("h1", "1. About Skye"),
        ("p", "Skye is funny, quick and fiercely loyal to her friends. She loves drawing manga characters, "
              "singing and looking after the home's cat. She is good at maths and wants to be a vet nurse. Since "
              "she came to Hollysmead House she has built a close bond with Nadia and with the night worker, "
              "Pete, and she rings her mum most evenings."),
        ("h1", "2. Why Skye is here, and what happened this week"),
        ("p", "Skye came into care at her own and her mum's request in June, after she had been going missing "
              "from home to spend time with adult men who gave her alcohol, vapes and lifts. She has been missing "
              "from Hollysmead House five times since. On 03/08/2025 she was missing for 19 hours and was found "
              "by police at 2am in a flat in Danesfield with two men in their twenties. She was drunk and had a "
              "cut to her head. The next morning she told a nurse at St Cuthbert's that she had taken 16 "
              "paracetamol, and she was admitted to Ward 12. She is now medically well, but the ward will keep "
              "her until the CAMHS assessment is done."),
        ("h1", "3. What Skye says"),
        ("p", "Skye (seen on the ward by Martin Shaw, 06/08/2025): “They're not bad people, they look after me "
              "when nobody else does. I took the tablets because everyone was shouting at me. I want to come "
              "back to Hollysmead, not somewhere new.” She said she feels safest “with Nadia and the cat” and "
              "that she hates being “followed about” by staff. She wants to see her mum every week and to be "
              "allowed a sleepover at her friend Kiera's."),
        ("h1", "4. Placement objectives for Skye"),
        ("bullets", [
            "Skye comes back to Hollysmead House from hospital, safe and with a plan for her low mood and "
            "self-harm.",
            "Skye stops going missing and is not with adults who harm or exploit her.",
            "Skye is in school every day from September and sees her mum every week.",
            "Skye understands what exploitation is, and has adults at the home and at school she goes to when "
            "she is worried.",
        ]),
        ("h1", "5. What we will do"),
        ("table", {
            "header": ["No.", "What we will do", "Lead", "By / how often", "Evidence"],
            "widths": [1.0, 6.2, 3.4, 3.0, 3.4],
            "rows": [
                ["1", "Visit Skye on Ward 12 and take her clothes, toiletries and phone charger",
                 "Nadia Blake, key worker", "As and when staffing allows",
                 "Visit written in the home's daily log"],
                ["2", "Agree Skye's discharge date and discharge plan with the ward and CAMHS",
                 "Martin Shaw, social worker", "By 08/08/2025",
                 "Written discharge plan shared with the registered manager and the IRO"],
                ["3", "Key-work sessions with Skye on healthy relationships, consent and staying safe online",
                 "Nadia Blake, key worker", "Weekly on Wednesdays after discharge",
                 "Skye's engagement"],
                ["4", "Return interview after every missing episode, asking Skye where she was and who with",
                 "-", "Within 72 hours of each return",
                 "Interview form sent to the SW and the police missing person co-ordinator"],
                ["5", "Pass information about adults and cars seen near the home to the police on the partnership "
                      "intelligence form",
                 "Sue Pargeter, registered manager", "The same day as each sighting",
                 "Form reference numbers listed in the home's report to each core group"],
                ["6", "Serve Child Abduction Warning Notices on the two men Skye was found with on 03/08/2025",
                 "DC Owen Rees, Hollysmead Police Child Exploitation Team", "By 22/08/2025",
                 "Notices served and confirmed to the SW by email"],
                ["7", "Update Skye's delegated authority form so the home can agree sleepovers with school friends "
                      "and her haircut without waiting for the SW",
                 "Martin Shaw, social worker", "",
                 "Signed delegated authority form on Skye's file"],
                ["8", "Complete Skye's review health assessment, with a sexual health appointment at the "
                      "Hollysmead young people's clinic",
                 "Jan Okoro, looked-after children's nurse", "By 12/09/2025",
                 "Health assessment report and clinic letter on Skye's file"],
                ["9", "Set up a part-time timetable at Hollysmead Park Academy with a key adult, and write Skye's PEP",
                 "Amy Clarke, Hollysmead Virtual School", "School from 03/09/2025; PEP by 12/09/2025",
                 "PEP on file; attendance emailed to the home and the SW each Friday"],
                ["10", "Family time with Mum at Hollysmead House",
                 "Sue Pargeter, registered manager", "Sundays, 2pm to 4pm, from Skye's return",
                 "Family time record written after each visit and sent to the SW"],
                ["11", "Assess Skye's self-harm and low mood on the ward and agree a safety plan for her return to "
                       "the home",
                 "Dr Kate Iqbal, Hollysmead CAMHS", "Before discharge from Ward 12",
                 "Assessment letter and safety plan sent to the home and the SW"],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If there are further concerns about Skye's safety or about exploitation, the professionals' "
              "network will meet to review the plan and consider next steps."),
        ("p", "If Skye goes missing after her return, staff will review her missing risk assessment with the "
              "social worker."),
        ("h1", "7. Reviews"),
        ("bullets", [
            "Looked-after review: 02/09/2025 at Hollysmead House (IRO: Angela Fry).",
            "Core group every 4 weeks: 12/08/2025, 09/09/2025 and 07/10/2025.",
            "Review child protection conference: 21/08/2025, 10am, Hollysmead Civic Centre.",
            "The registered manager will check this placement plan with Skye every month.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Skye on Ward 12 and take her clothes"),
        F("M002", "Key-work sessions with Skye on healthy relationships, consent"),
        F("W001", "Return interview after every missing episode, asking Skye"),
        F("T001", "Update Skye's delegated authority form so the home"),
        F("L001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Health visitor's child protection plan contribution for twins born at
#    33 weeks, mother with postnatal depression, father working offshore.
#    Plain-text print from the health record: dotted fields, lettered
#    sections, numbered actions each with WHO / WHEN / EVIDENCE lines.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b103_hathervale_hv_record_print_ashworth.txt",
    "split": "tune",
    "actions": 8,
    "template": "health-visiting-plain-text-record-print-dotted-field-header-lettered-upper-case-sections-health-needs-twins-day-goals-then-numbered-actions-with-who-when-evidence-lines-escalation-meetings-fields",
    "description": (
        "A health visitor's contribution to the neglect plan for 10-week-old twins born at 33 "
        "weeks, whose mother has postnatal depression and props their bottles, and whose father "
        "works two weeks offshore. Plain-text print from the health record with WHO / WHEN / "
        "EVIDENCE lines under each numbered action. Sound rows for weekly weighs, the "
        "psychiatrist's capacity letter, the grandmother's nights and SW visits. Faults: the "
        "perinatal nurse's visits only support, the nursery nurse's feeding help measured by "
        "'improvement', GP registration 'when she is able', 'Family' to help with night feeds, an "
        "outcome about the mother's mood; the grandmother carries the contingency with no "
        "fallback, and the review conference is 'to be arranged'."
    ),
    "text": """\
HATHERVALE COMMUNITY HEALTH NHS TRUST
0-19 PUBLIC HEALTH NURSING SERVICE - HEALTH VISITING
CHILD PROTECTION PLAN: HEALTH VISITING CONTRIBUTION        Printed 12/08/2025 14:05
=====================================================================================
Children ......... Oliver (Olly) ASHWORTH and Evie ASHWORTH, twins
                   DOB 02/06/2025 at 33+2 weeks; 10 weeks old (3 weeks corrected)
Address .......... Flat 3, 27 Weaver Street, Hathervale HV6 1QN
Mother ........... Rebecca (Becca) Ashworth (24)
Father ........... Sam Ashworth (27), offshore worker: two weeks away, two weeks home
MGM .............. Linda Price, 8 Tanners Row, Hathervale (ten minutes' walk)
Named HV ......... Claire Denton, Weaver Street Clinic
Service level .... Universal Partnership Plus (child protection)
CP plan .......... Neglect; initial conference 01/08/2025
Social worker .... Rachel Moss, Hathervale Children's Services

A. HEALTH NEEDS ASSESSMENT (SUMMARY)

Olly and Evie spent four weeks on the neonatal unit at Hathervale Royal and came
home on 30/06/2025. Olly has grown along the 25th centile on his corrected chart.
Evie has dropped from the 25th to the 9th centile and takes about 40 ml a feed.
Becca scored 22 on the Edinburgh scale on 24/07/2025; her GP diagnosed postnatal
depression and started sertraline. Becca says she is "running on empty", sleeps
when the twins sleep and has not left the flat for a fortnight. On 07/08/2025 the
HV found both twins in their cots with bottles propped on rolled towels while Becca
was asleep on the sofa. Neither twin is registered with a GP and their 8-week
immunisations have not been given. Sam is offshore until 18/08/2025.

B. OLLY AND EVIE'S DAY (LIVED EXPERIENCE)

Olly is loud and hungry: he cries hard, roots for the bottle and settles once fed.
Evie is the quiet twin. She falls asleep after a few sucks and has to be woken to
finish a feed, and because she rarely cries she is easily fed last. Both babies
turn towards Linda's voice, and Evie feeds best when Linda holds her upright and
talks to her. When Becca holds them she looks away and does not talk, and on the
last two visits Evie went stiff and looked away from her too. Both were clean and
warm, with clean bedding, at every visit.

C. GOALS FOR OLLY AND EVIE

 1. Olly and Evie are fed at least every three hours, day and night, and Evie is
    back on her 25th centile line by the end of September.
 2. Olly and Evie are always held for their feeds, never left with a propped
    bottle, and sleep on their backs in their own cots.
 3. Becca's mood will lift and she will feel more confident as a mum.
 4. Olly and Evie are registered with a GP and are up to date with their
    immunisations.

D. HEALTH PLAN - ACTIONS

 1. Weigh Olly and Evie at home, plot both weights on their corrected-age charts
    and check that every bottle is held, not propped.
       WHO ....... Claire Denton (HV)
       WHEN ...... Every Thursday from 14/08/2025
       EVIDENCE .. Weights in both red books and on the record, emailed to the SW
                   the same day

 2. Fortnightly supportive home visits for Becca from the perinatal mental health
    nurse, to talk through how she is feeling.
       WHO ....... Joanne Platt, CPN, Hathervale Perinatal Mental Health Team
       WHEN ...... Fortnightly from 14/08/2025
       EVIDENCE .. Visit dates and notes shared with the HV after each visit

 3. Review Becca in the perinatal clinic and write to the SW with an assessment of
    her capacity to change, the steps still needed and how long they will take.
       WHO ....... Dr Imran Baig, consultant perinatal psychiatrist
       WHEN ...... Clinic 28/08/2025; letter by 12/09/2025
       EVIDENCE .. Letter on both twins' records and read at the next core group

 4. Show Becca how to make up feeds safely and help her set a feeding routine
    that works for both twins.
       WHO ....... Tara Hughes, community nursery nurse, 0-19 team
       WHEN ...... Every Monday for 6 weeks from 18/08/2025
       EVIDENCE .. Improvement in feeding routine

 5. Register Olly and Evie with Weaver Street Surgery and book their overdue
    8-week immunisations.
       WHO ....... Becca
       WHEN ...... When she is able
       EVIDENCE .. Registration confirmed by the surgery; immunisations written in
                   both red books

 6. Help with the night feeds so that Becca can sleep between them.
       WHO ....... Family
       WHEN ...... Every night
       EVIDENCE .. Night feeds written on the feed chart on the fridge

 7. Stay at the flat on Tuesday and Wednesday nights while Sam is offshore and do
    the 11pm and 3am feeds.
       WHO ....... Linda Price (MGM)
       WHEN ...... Tuesday and Wednesday nights of each offshore fortnight,
                   starting Tuesday 12/08/2025
       EVIDENCE .. Linda signs the feed chart for each feed; the HV checks her
                   entries at the Thursday weigh

 8. Visit Olly and Evie at home, see them awake and being fed, and check where
    and how they sleep.
       WHO ....... Rachel Moss (SW)
       WHEN ...... Weekly, with one unannounced visit a fortnight
       EVIDENCE .. Visit records on the council's system, brought to each core
                   group

E. ESCALATION AND CONTINGENCY

If Olly or Evie lose weight at two Thursday weighs in a row, a bottle is found
propped, or Becca tells anyone she has thoughts of harming herself or the babies,
the HV will phone the SW the same day and the SW will hold a strategy discussion
that day. Until it has taken place, Olly and Evie will be cared for at the flat by
Linda.

If Evie is not back on her 25th centile line by 30/09/2025, or there are two
strategy discussions in any four weeks, the SW will request a legal planning
meeting within 5 working days.

F. MEETINGS

Core group ....... every 3 weeks: 21/08/2025, 11/09/2025, 02/10/2025
Review conference  to be arranged
=====================================================================================
""",
    "findings": [
        F("H001", "Fortnightly supportive home visits for Becca from the perinatal"),
        F("M002", "Show Becca how to make up feeds safely"),
        F("T002", "Register Olly and Evie with Weaver Street Surgery"),
        F("W002", "Help with the night feeds so that Becca can sleep"),
        F("F002", "Becca's mood will lift and she will feel more confident as a mum."),
        F("C003"),
        F("R001"),
    ],
})
