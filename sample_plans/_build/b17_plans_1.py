"""Batch 17, module 1: seven fictional plans (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. GIRFEC Child's Plan: actions grouped by the three sides of the My World
#    Triangle (side merged down the first column), SHANARRI column. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_glenharrow_girfec_my_world_triangle_mccallum.docx",
    "doc_title": "Child's Plan (Child Protection) - Rowan and Evie McCallum",
    "split": "tune",
    "template": "girfec-my-world-triangle-merged-side-shanarri-column",
    "description": (
        "Exemplary Scottish Child's Plan (child protection) for an 8-year-old and a 2-year-old (mother's "
        "alcohol use, neglect). Actions sit under the three My World Triangle sides, merged down the first "
        "column, with a SHANARRI column. Named leads, real timescales, observable evidence; the alcohol "
        "service reports on capacity to change and the GP owns an action; grandmother's support has a "
        "fallback; core group dates, review CPPM date, legal advice and Children's Reporter referral."
    ),
    "font_size": 9.5,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Glenharrow Council Children and Families Social Work  ·  NHS Strathglen  ·  "
              "Glenharrow Education Services"),
        ("p", "Prepared under Getting it right for every child (GIRFEC). This plan was agreed at the initial "
              "child protection planning meeting (CPPM) on 27 March 2025 and is shared with Shona McCallum and "
              "with everyone named in it."),
        ("kv", [
            ("Children", "Rowan McCallum, born 14/08/2016 (8), P4 at Glenharrow Primary; "
                         "Evie McCallum, born 02/10/2022 (2), Wee Acorns Nursery"),
            ("Lives with", "Shona McCallum (mum), 21 Brae Terrace, Glenharrow"),
            ("Dad", "Craig McCallum lives in Aberlinn and sees the children every second Sunday"),
            ("Areas of concern", "Parental alcohol use; neglect"),
            ("Lead Professional", "Hannah Drummond, social worker, Glenharrow Children and Families"),
            ("Named Person", "Rowan: Mrs Alison Reid, depute head teacher; Evie: Kirsty Baird, health visitor"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "On 9 March Rowan, who is eight, phoned his gran at 9pm because he could not wake his mum. Police "
              "found Shona asleep on the sofa after drinking most of a bottle of vodka, with Evie in a wet nappy "
              "in her cot and no tea made. Shona told the CPPM she has been drinking most evenings since her "
              "partner left in the autumn. Rowan has been late to school 14 times this term, often without "
              "breakfast, and nursery have noticed Evie arriving hungry and in the same clothes. Since 9 March "
              "Shona has been drinking less and has seen her GP, who has started her on acamprosate. She is "
              "open about her drinking and wants to keep the children at home."),
        ("h1", "What Rowan told us and what we have seen of Evie"),
        ("p", "Rowan talked to Hannah at school on 20 March with his Named Person there. He said: \"When Mum "
              "drinks she goes to sleep and I have to do Evie's bottle.\" He likes it when his gran Morag "
              "collects them \"because we get soup and she does my reading with me\". He worries about Mum "
              "\"being sick on her own\" and said he wants \"Mum to stop the vodka but I don't want to live "
              "anywhere else\". On his three houses sheet he put \"Mum's hugs\" and \"my PlayStation\" in the "
              "house of good things."),
        ("p", "Evie is two and does not yet say many words. At nursery she eats two helpings at snack time and "
              "goes straight to the staff for cuddles. At the home visit on 24 March she played with her dolls, "
              "brought her cup to Shona and was comforted quickly when she fell. Her nappy was clean and her "
              "cot had fresh sheets."),
        ("h1", "What we want for Rowan and Evie (wellbeing outcomes)"),
        ("bullets", [
            "Safe: Rowan and Evie are always looked after by a sober adult, and Rowan never has to look after "
            "Evie or phone for help at night.",
            "Healthy: Evie has three meals a day and grows along her centile; Rowan has breakfast before school.",
            "Achieving: Rowan is in school on time every day and catches up with his reading.",
            "Nurtured: Rowan and Evie stay at home with their mum, with their gran and their dad still part "
            "of their lives.",
            "Respected and Included: Rowan's views are asked for before every core group and he knows who to "
            "tell if he is worried.",
        ]),
        ("h1", "What needs to happen (My World Triangle)"),
        ("p", "The actions are grouped under the three sides of the My World Triangle. The last column shows "
              "the wellbeing indicator each action mainly helps."),
        ("table", {
            "header": ["My World Triangle", "What needs to happen", "Who", "When", "How we will know",
                       "SHANARRI"],
            "widths": [2.4, 4.4, 2.7, 2.3, 3.6, 1.6],
            "bold_first_col": True,
            "rows": [
                ["How I grow and develop",
                 "Complete Evie's overdue 27–30 month review at home and weigh and measure her",
                 "Kirsty Baird, health visitor (Evie's Named Person)",
                 "By 16/05/2025",
                 "Weight and height plotted in Evie's red book; review scores shared with the Lead Professional",
                 "Healthy"],
                [V,
                 "Daily breakfast club place for Rowan and a 20-minute reading catch-up three mornings a week",
                 "Mrs Alison Reid, depute head (Rowan's Named Person)",
                 "From 31/03/2025; reading Mon, Wed and Fri",
                 "Breakfast club register; Rowan's reading age re-tested and shared at the June core group",
                 "Achieving"],
                [V,
                 "Check in with Rowan every Monday morning and pass on anything he says about home",
                 "Mr Alan Greig, pupil support teacher",
                 "Every Monday",
                 "Check-in notes record Rowan's words; any worry passed to the Lead Professional the same day",
                 "Safe"],
                ["What I need from the people who look after me",
                 "Planned and unannounced visits to see Rowan and Evie at home, Rowan on his own, and check "
                 "for alcohol in the house",
                 "Hannah Drummond, Lead Professional (SW)",
                 "Weekly",
                 "Visit records show both children seen, Rowan seen alone, and the kitchen and bins checked",
                 "Safe"],
                [V,
                 "Assess Shona's drinking and report on whether she can make and keep the changes Rowan and "
                 "Evie need, and how long that is likely to take",
                 "Fiona Lennox, Glenharrow Alcohol and Drug Recovery Service",
                 "Assessment by 02/05/2025, then key work fortnightly",
                 "Written report on Shona's capacity to change and the likely timescale to each core group; "
                 "breath test results recorded",
                 "Safe"],
                [V,
                 "Prescribe and review Shona's acamprosate and liver tests so that she stays well enough to "
                 "care for Rowan and Evie",
                 "Dr Neil Sutherland, GP, Brae Medical Practice",
                 "Monthly",
                 "Blood results and prescription dates sent to the Lead Professional each month",
                 "Healthy"],
                [V,
                 "'Safe at Home' parenting sessions on the children's routines, meals and bedtimes",
                 "Leanne Rae, family support worker, with Shona",
                 "Weekly from 07/04/2025 for 10 weeks",
                 "Attendance recorded (10 of 10); Evie's meal and bedtime chart on the fridge, checked at each "
                 "visit",
                 "Nurtured"],
                [V,
                 "Collect Evie from nursery and Rowan from school, give them their tea and stay until Shona "
                 "is home",
                 "Morag Wilson (maternal gran)",
                 "Mon, Wed and Fri, 3pm to 6pm",
                 "Nursery and school pick-up logs signed by Morag; tea noted in the family diary",
                 "Nurtured"],
                [V,
                 "Have Rowan and Evie for a sleepover at her flat",
                 "Morag Wilson (maternal gran)",
                 "Every Saturday, 5pm to Sunday 11am",
                 "Family diary signed by Morag and checked by the Lead Professional at each visit",
                 "Nurtured"],
                ["My wider world",
                 "Repair the damp in the children's bedroom and replace the broken window lock",
                 "Ian Moffat, housing officer, Glenharrow Housing Services",
                 "By 30/05/2025",
                 "Repair signed off; Lead Professional sees the room dry and the lock working at the next visit",
                 "Safe"],
                [V,
                 "Arrange a funded summer holiday club place for Rowan",
                 "Hannah Drummond, Lead Professional (SW)",
                 "By 30/05/2025",
                 "Place confirmed in writing; holiday club register from 30/06/2025",
                 "Active"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shona is found to have been drinking while she is caring for Rowan or Evie, misses two "
              "Recovery Service appointments in a row, or school or nursery smell alcohol on her at drop-off or "
              "pick-up, the school or nursery will phone the Lead Professional (or the Glenharrow out-of-hours "
              "social work service) straight away, and Hannah or the duty worker will visit the same day. The "
              "children will stay with Morag at her flat until an inter-agency referral discussion (IRD) has "
              "been held, within 24 hours."),
        ("p", "If Morag cannot do the pick-ups, the sleepovers or the emergency care (for example if she is "
              "unwell), Evie will stay in the nursery's late room until 6pm and Rowan will go to the school's "
              "after-school club, both already agreed and paid for by Children and Families, and Leanne Rae "
              "will collect them and stay with them until Shona is home and sober. If no sober adult can be "
              "found for the night, the children will be placed together with foster carers the same day."),
        ("h1", "Reviewing the plan"),
        ("bullets", [
            "Core group: every 4 weeks at Glenharrow Primary, on 10/04/2025, 08/05/2025 and 05/06/2025 (Shona, "
            "Morag, Hannah, Mrs Reid, Kirsty Baird, Fiona Lennox and Leanne Rae).",
            "Review child protection planning meeting (review case conference): 19/06/2025, 10am, Glenharrow "
            "Council Offices.",
            "If the Recovery Service report says Shona is not making the changes needed, or Rowan is still "
            "late or hungry most weeks by the core group on 08/05/2025, the Lead Professional will seek legal "
            "advice and make a referral to the Children's Reporter before the review CPPM.",
        ]),
        ("p", "Prepared by Hannah Drummond, Lead Professional, 28/03/2025. Shona McCallum has a copy and has "
              "talked it through with Hannah."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan written as a birth alert for the maternity unit: alert
#    summary, who-to-call table, then one table per stage (now to 36 weeks /
#    in hospital / first four weeks home). PDF with header and page footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_gravenholt_prebirth_birth_alert_stages_brannock.pdf",
    "doc_title": "Pre-birth Child Protection Plan and Birth Alert - Baby Brannock",
    "split": "tune",
    "template": "prebirth-birth-alert-who-to-call-stage-tables-paged",
    "description": (
        "Pre-birth plan written as a birth alert for the maternity unit (domestic abuse; mother's "
        "depression): alert summary, who-to-call table, then Step | Who | When | Done when tables for each "
        "stage; RESTRICTED header and 'Page N of M' footer on every page. A perinatal nurse who only "
        "supports, 'asap', a blank evidence cell, 'Monitored', an owner of '-', 'All professionals', one "
        "adult-only outcome, and grandmother and aunt support the contingency never covers."
    ),
    "header": "RESTRICTED | Gravenholt Council & St Anselm's Maternity Unit | Baby Brannock",
    "footer": "Ref GRV/PB/25/0612 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan and Birth Alert"),
        ("p", "For: St Anselm's Maternity Unit (delivery suite and Ward 7 postnatal), Gravenholt community "
              "midwives, Gravenholt Children's Services Emergency Duty Team."),
        ("h1", "Alert summary"),
        ("kv", [
            ("Mother", "Danielle Brannock, born 04/02/2003 (22), 14 Tannery Close, Gravenholt"),
            ("Unborn baby", "EDD 18/06/2025; first baby; booked at St Anselm's"),
            ("Baby's father", "Kyle Mercer (25). Bail condition: no contact with Danielle until his trial in "
                              "July 2025. NOT to visit the ward or to be told of the birth."),
            ("Plan agreed", "Pre-birth initial child protection conference, 08/04/2025"),
            ("Category", "Emotional abuse (risk of) – domestic abuse"),
            ("Social worker", "Lauren Pike, Gravenholt Children's Services"),
            ("Out of hours", "Emergency Duty Team 01632 960 100"),
        ]),
        ("h1", "Who to call"),
        ("table", {
            "header": ["Role", "Name", "Phone / bleep"],
            "widths": [6.0, 5.5, 5.5],
            "rows": [
                ["Social worker", "Lauren Pike", "01632 960 744"],
                ["Safeguarding midwife", "Bev Hanlon", "Bleep 4471"],
                ["Perinatal mental health nurse", "Tom Ashdown", "01632 960 281"],
                ["Health visitor", "Rukhsana Begum", "01632 960 339"],
                ["Police Domestic Abuse Unit", "DC Harriet Lowe", "101, ext 5522"],
            ],
        }),
        ("h1", "Why there is a plan"),
        ("p", "Danielle and Kyle were together for two years and police were called to their flat five times "
              "in 2024. In January 2025, when Danielle was 18 weeks pregnant, Kyle punched her in the stomach "
              "and held her by the throat; he has been charged with assault and is on bail not to contact her. "
              "Danielle has depression and anxiety and takes sertraline prescribed by her GP; she was seen by "
              "the perinatal mental health team after an overdose in 2023. Danielle has ended the relationship, "
              "but she met Kyle twice in March and says she still loves him. We are worried that Kyle will come "
              "back into Danielle's life after the birth and the baby will be hurt or grow up frightened, and "
              "that Danielle's mood will drop so low after the birth that she cannot care for the baby."),
        ("h1", "The baby's world"),
        ("p", "At the 28-week scan the baby was growing well. Danielle has bought a Moses basket and a car seat, "
              "and the baby's corner of her bedroom was clean and ready when the SW visited on 2 April. The flat "
              "is warm. Danielle smokes about five cigarettes a day, outside on the balcony. She talks to the "
              "bump and has chosen the name Ruby if the baby is a girl. She still keeps a photo of Kyle by the "
              "bed and has not changed her phone number."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and never sees or hears violence at home.",
            "The baby goes home with Danielle only when a safe plan is in place, and is fed, settled and put "
            "to sleep on their back in the Moses basket.",
            "Danielle will feel more confident as a mum and less anxious.",
        ]),
        ("h1", "Stage 1 – from now until 36 weeks (by 21/05/2025)"),
        ("table", {
            "header": ["Step", "Who", "When", "Done when"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Visit Danielle at home, check the baby's sleeping space and talk about any contact with Kyle",
                 "SW Lauren Pike", "Every 2 weeks",
                 "Visit records show the Moses basket set up and what Danielle said about contact with Kyle"],
                ["Fortnightly support visits to Danielle for her anxiety and low mood",
                 "Tom Ashdown, perinatal mental health nurse", "Fortnightly",
                 "Attendance at visits recorded"],
                ["Review Danielle's sertraline for late pregnancy and after the birth, and write to the SW "
                 "with the plan",
                 "GP Dr Imran Shah, Tannery Lane Surgery", "By 30/04/2025",
                 "Letter to the SW setting out the medication plan"],
                ["Freedom Programme group and a written safety plan with an IDVA",
                 "Danielle, with IDVA Carys Bell (Gravenholt Women's Aid)",
                 "Weekly from 15/04/2025 for 12 weeks",
                 "Attendance sheet; signed safety plan copied to the SW"],
                ["Antenatal contact on safe sleep, feeding and crying",
                 "HV Rukhsana Begum", "asap",
                 "Safe sleep checklist signed and on the health record"],
                ["Add a warning marker to 14 Tannery Close and to Danielle's mobile number",
                 "DC Harriet Lowe, Gravenholt Police DA Unit", "By 18/04/2025",
                 "Marker confirmed by email to the SW"],
            ],
        }),
        ("h1", "Stage 2 – in hospital (delivery suite and Ward 7)"),
        ("table", {
            "header": ["Step", "Who", "When", "Done when"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Tell hospital security about Kyle and give them his photograph",
                 "Safeguarding midwife Bev Hanlon", "On admission in labour", ""],
                ["See Danielle and the baby on the ward",
                 "SW Lauren Pike", "Within 1 working day of the birth",
                 "Visit note on the case record, including how the baby is feeding"],
                ["Watch how Danielle feeds, holds and settles the baby",
                 "Ward 7 midwife in charge", "Every shift", "Monitored"],
                ["Discharge planning meeting with Danielle, SW, HV and ward staff",
                 "-", "Before discharge",
                 "Discharge plan signed and copied to the SW, GP and HV"],
            ],
        }),
        ("h1", "Stage 3 – the first four weeks at home"),
        ("table", {
            "header": ["Step", "Who", "When", "Done when"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Stay with Danielle and the baby overnight and help with night feeds",
                 "Janice Brannock (maternal grandmother)", "Every night for 14 nights after discharge",
                 "Night-feed chart on the fridge, checked by the HV and SW"],
                ["Do the shopping and take Danielle and the baby to appointments",
                 "Leanne Brannock (maternal aunt)", "Twice a week for 4 weeks",
                 "Appointments attended (red book and GP record)"],
                ["New birth visit, then weekly weights",
                 "HV Rukhsana Begum", "Day 10–14, then weekly until 8 weeks",
                 "Weights plotted in the red book and sent to the SW"],
                ["Home visits to see the baby, one of them unannounced each fortnight",
                 "SW Lauren Pike", "Weekly",
                 "Visit records show the baby seen awake and the sleeping space checked"],
                ["Share any concern about the baby's care or contact with Kyle",
                 "All professionals", "Same day",
                 "Concern logged on the baby's case record"],
            ],
        }),
        ("h1", "If something goes wrong"),
        ("p", "If Kyle comes to the delivery suite or Ward 7, staff will call hospital security and the police "
              "on 999, and the baby will not leave the ward until the SW or the Emergency Duty Team has been "
              "told. If Danielle is seen with Kyle, lets him into the flat or says she plans to go back to him, "
              "the SW will hold a strategy discussion the same day and the baby will stay on the ward or, after "
              "discharge, Danielle and the baby will move to the Gravenholt Women's Aid refuge, where a room "
              "has been agreed in principle. If Danielle's mood drops so that she cannot feed or settle the "
              "baby, the perinatal team will see her the same day and offer a mother and baby unit bed. The SW "
              "will request a legal planning meeting within 5 working days of any of these."),
        ("h1", "Reviewing the plan"),
        ("bullets", [
            "Core group: every 3 weeks on 24/04/2025, 15/05/2025 and 05/06/2025, then within 10 working days "
            "of the birth.",
            "Review child protection conference: 10/07/2025, Gravenholt Civic Centre.",
            "If Danielle has had contact with Kyle, or has not started the Freedom Programme, by 36 weeks, the "
            "SW will request a legal planning meeting (pre-proceedings) before the birth.",
        ]),
    ],
    "findings": [
        F("H001", "Fortnightly support visits to Danielle for her anxiety and low mood"),
        F("T002", "Antenatal contact on safe sleep, feeding and crying"),
        F("M001", "Tell hospital security about Kyle and give them his photograph"),
        F("M002", "Watch how Danielle feeds, holds and settles the baby"),
        F("W001", "Discharge planning meeting with Danielle, SW, HV and ward staff"),
        F("W002", "Share any concern about the baby's care or contact with Kyle"),
        F("F002", "Danielle will feel more confident as a mum and less anxious."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes: an agency round, then an action log with a
#    brought-forward / new column; family moving to another authority (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_gallowfen_core_group_agency_round_thorley.md",
    "split": "tune",
    "template": "core-group-minutes-agency-round-brought-forward-log-md",
    "description": (
        "Second core group minutes for a 10-year-old and a 4-year-old (neglect; mother's depression, "
        "partner's cannabis use): an agency-by-agency round, the children's words, the ICPC outcomes, then "
        "an action log with a B/F (brought forward) or N (new) column. A CMHT row that only supports with "
        "'mood is stable', two actions paused or left for the receiving authority, a 'Core group' row with "
        "'Ongoing' and no evidence, and 'Reviewed at core group'."
    ),
    "text": """\
# Gallowfen Borough Council – Children's Services
## Core Group Meeting – Minutes and Action Log

**Children:** Kayden Thorley (10), Millie Thorley (4)
**Meeting:** Core group 2 – 23/04/2025, 1.30pm, Gallowfen Family Hub, Room 2
**Plan:** Child protection plan (neglect), made at the ICPC on 20/03/2025
**Chair:** Priya Nair (SW) **Minutes:** Dawn Ellery (business support)

**Present:** Stacey Thorley (mum); Jordan Pike (mum's partner); Priya Nair (SW);
Rhodri Price (DSL, Gallowfen Juniors); Gail Hesketh (manager, Little Steps Nursery);
Amy Coote (HV); Ruth Adair (CPN, Gallowfen CMHT)
**Apologies:** Sam Jeavons (Gallowfen Drug & Alcohol Service) – report sent

---

### 1. Agency round

**Stacey:** Says the last month has been "up and down". She has been offered a
two-bedroom council house in Merrowdale (Merrowdale Council) and hopes to move in
early June. She says she takes her medication most days.

**Jordan:** Has been to two of three appointments at the Drug & Alcohol Service.
Says he now only smokes cannabis in the garden, never in the house.

**School (Rhodri):** Kayden's attendance is 91% since the ICPC (it was 78%), but he
was late 6 times. He came in hungry twice before he started breakfast club. He
has been quieter in class and did not want to go out at break on two days.

**Nursery (Gail):** Millie came to 14 of 20 sessions. Clean clothes on most days.
Her speech is still behind – mostly single words, a few two-word phrases.

**Health visiting (Amy):** Millie weighed 21/04/2025 – 9th centile, the same as in
March. Now registered with a dentist.

**CMHT (Ruth):** Stacey has recurrent depression and had a short admission in 2023.
Ruth sees her monthly; Stacey missed one appointment in April. Ruth said Stacey's
mood "seems a bit brighter".

**Drug & Alcohol Service (Sam's report):** Jordan assessed 02/04/2025; uses cannabis
daily; came to 2 of 3 keywork sessions; first test due 30/04/2025.

**SW (Priya):** Has seen the children three times since the ICPC, Kayden alone
twice. The house is tidier, but on 15/04 there was no food in the fridge and the
lounge smelled of cannabis.

### 2. What Kayden and Millie are saying

Kayden (seen alone at school, 16/04/2025) said he likes breakfast club "because
there's toast and my mate Leo goes". He said Mum "stays in bed a lot" and that he
makes Millie's cereal "when Mum's tired". He does not want to move to Merrowdale
because "all my friends are here". Millie showed Priya her bedroom and her new
shoes and said "Mummy sleepy".

### 3. Outcomes from the plan (agreed at the ICPC)

- Kayden and Millie have food, clean clothes and a parent who is up and looking
  after them every morning.
- Kayden is in school on time every day and is not the one caring for Millie.
- Millie's speech catches up and she comes to nursery for all her sessions.

### 4. Action log

B/F = brought forward from the ICPC plan; N = new today.

| No. | Action | Owner | Due | Evidence | B/F or N |
|---|---|---|---|---|---|
| 1 | Visit Kayden and Millie at home, see Kayden on his own and check the kitchen for food | Priya Nair (SW) | Every 2 weeks | Visit records show both children seen, Kayden alone, and food in the house | B/F – on track |
| 2 | Breakfast club place for Kayden and a weekly check-in with his learning mentor | Rhodri Price (DSL) | Breakfast club daily; check-in every Thursday | Breakfast club register; check-in notes sent to the SW fortnightly | B/F – on track |
| 3 | Speech and language referral for Millie and a place in the nursery's language group | Gail Hesketh (nursery manager) | Referral by 30/04/2025; group twice weekly | SALT acceptance letter; nursery language tracker shared at the next core group | N |
| 4 | Continue monthly appointments with Stacey to support her with her depression | Ruth Adair (CPN, Gallowfen CMHT) | Monthly | Stacey's mood is stable | B/F |
| 5 | Keywork sessions and monthly drug tests for Jordan, results sent to the SW | Sam Jeavons (Drug & Alcohol Service) | Sessions fortnightly; tests monthly | Test results and attendance emailed to the SW monthly | B/F – partly |
| 6 | Parenting assessment of Stacey and Jordan – paused; to be completed by Merrowdale once the case transfers | Merrowdale Children's Services | TBC – after transfer | Written parenting assessment report | B/F – paused |
| 7 | Referral to Merrowdale Young Carers for Kayden – not made; left for Merrowdale to decide after the move | Merrowdale Children's Services | TBC | | N |
| 8 | Help the family get ready for the move | Core group | Ongoing | | N |
| 9 | Keep Millie's attendance under review | Gail Hesketh (nursery manager) | Weekly | Reviewed at core group | B/F |
| 10 | Weigh Millie and plot her weight; refer to the GP if it drops below the 9th centile | Amy Coote (HV) | Every 4 weeks; next 21/05/2025 | Weight plotted in the red book and sent to the SW | B/F – on track |

### 5. Contingency (unchanged from the ICPC)

If Kayden or Millie are found without food, or without an adult who is awake and
able to look after them, or Stacey is admitted to hospital, Priya (or the
Emergency Duty Team out of hours) will visit the same day. The children will stay
with Stacey's sister, Dawn Kerr, who was assessed on 18/03/2025; if Dawn cannot
have them, EDT will place them together with foster carers that night. A strategy
discussion will be held within 24 hours.

If the home conditions and Millie's attendance have not improved by the next core
group, Priya will request a legal planning meeting with Gallowfen Legal Services.

### 6. Move to Merrowdale

Priya has told Merrowdale Children's Services about the likely move. A transfer-in
conference will be requested once the family have moved.

### 7. Next meetings

- Core group: every 4 weeks – next 21/05/2025, 1.30pm, Gallowfen Family Hub; then 18/06/2025.
- Review child protection conference: 19/06/2025, 10am, Gallowfen Civic Offices.

*Minutes circulated 25/04/2025. Please tell Dawn Ellery of any corrections within 5 working days.*
""",
    "findings": [
        F("H001", "Continue monthly appointments with Stacey to support her with her depression"),
        F("M002", "Continue monthly appointments with Stacey to support her with her depression"),
        F("X001", "to be completed by Merrowdale once the case transfers"),
        F("T002", "to be completed by Merrowdale once the case transfers"),
        F("X001", "Referral to Merrowdale Young Carers for Kayden"),
        F("T002", "Referral to Merrowdale Young Carers for Kayden"),
        F("M001", "Referral to Merrowdale Young Carers for Kayden"),
        F("W002", "Help the family get ready for the move"),
        F("T002", "Help the family get ready for the move"),
        F("M001", "Help the family get ready for the move"),
        F("M002", "Keep Millie's attendance under review"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Letter to parents after the ICPC with Portuguese / English headings,
#    numbered agreed actions written as sentences. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_garthwick_letter_bilingual_portuguese_tavares.docx",
    "doc_title": "Carta sobre o plano de proteção / Letter about the child protection plan - Beatriz and Tomás Tavares",
    "split": "tune",
    "template": "letter-to-parents-portuguese-english-headings-numbered-sentences",
    "description": (
        "Exemplary letter from a social worker to both parents after an ICPC (father's drinking, depression "
        "and domestic abuse), with Portuguese / English headings and nine numbered agreed actions, each one "
        "sentence with an owner, a timescale and evidence. The alcohol service and a CMHT psychologist own "
        "actions, the psychologist reports on capacity to change; aunt's and grandmother's help has a "
        "fallback; core group dates, review conference date and a legal planning meeting."
    ),
    "blocks": [
        ("pr", "Garthwick Borough Council"),
        ("pr", "Children's Social Care – Safeguarding Team East"),
        ("pr", "Quayside House, 2 Ropewalk, Garthwick"),
        ("pr", "16 April 2025"),
        ("p", ""),
        ("pl", "Sra. Ana Tavares, Flat 3, 41 Chandler Street, Garthwick"),
        ("pl", "Sr. Rui Tavares, c/o 9 Harbour View, Garthwick"),
        ("p", ""),
        ("boldp", "Carta sobre o plano de proteção da Beatriz e do Tomás / "
                  "Letter about Beatriz and Tomás's child protection plan"),
        ("p", "Cara Ana e caro Rui, / Dear Ana and Rui,"),
        ("p", "Obrigada por terem vindo à conferência de 10 de abril. Esta carta explica o que ficou combinado. "
              "Segue em anexo uma versão completa em português. Eu falo português: se alguma coisa não estiver "
              "clara, telefonem-me."),
        ("p", "Thank you both for coming to the initial child protection conference on 10 April. This letter "
              "sets out in plain words what was agreed. A full Portuguese version is enclosed. I speak "
              "Portuguese, so if anything is not clear, please ring me."),
        ("boldp", "Porque é que há um plano / Why there is a plan"),
        ("p", "Beatriz (9) and Tomás (2) have child protection plans under the category of emotional abuse. "
              "The police have been called to your home three times since December. On 22 March Rui had been "
              "drinking, shouted at Ana and broke the kitchen door while the children were in the flat; "
              "Beatriz hid in the bathroom with Tomás and phoned her Tia Carla. Rui, you told the conference "
              "that you drink most evenings and have felt low since you lost your job at the docks, and your "
              "GP has diagnosed depression. Since 24 March Rui has been staying with a friend at Harbour View "
              "and has only come to the flat when it was agreed."),
        ("boldp", "O que a Beatriz nos disse e o que vemos no Tomás / What Beatriz told us and what we see of Tomás"),
        ("p", "I saw Beatriz on her own at school on 3 April. She told me: \"When Papá drinks he gets loud and I "
              "take Tomás in the bathroom.\" She misses her dad and likes it when he \"makes bacalhau on "
              "Sundays and is normal\". She would like to see him \"at Tia Carla's, because Tia Carla doesn't "
              "let him be loud\", and she asked me whether her dad will be in trouble. Tomás chatted to me at "
              "home on 7 April, showed me his cars and went straight to Ana for a cuddle when a door banged. "
              "His nursery say he cries and covers his ears when other children shout."),
        ("boldp", "O que queremos para a Beatriz e o Tomás / What we want for Beatriz and Tomás"),
        ("bullets", [
            "Beatriz and Tomás live in a home where nobody shouts, breaks things or hurts anyone, and Beatriz "
            "no longer has to hide with her brother.",
            "Beatriz and Tomás see their dad every week, only when he is sober, and come home from seeing him "
            "calm and happy.",
            "Beatriz goes to school every day without worrying about home, and Tomás stops startling at loud "
            "noises.",
        ]),
        ("boldp", "O que ficou combinado / What we agreed will happen"),
        ("numbers", [
            "I will visit Ana, Beatriz and Tomás at home every two weeks, at least once a month without an "
            "appointment, and my visit notes will record that I saw Beatriz on her own each time.",
            "Rui will go to the Garthwick Alcohol Recovery Service for an assessment by 2 May 2025 and then to "
            "weekly sessions, and his worker, Marcus Dean, will send me Rui's attendance and breath test "
            "results every month.",
            "Dr Helen Quayle, clinical psychologist in the Garthwick Community Mental Health Team, will assess "
            "Rui's depression by 16 May 2025 and send the core group a written report by 13 June 2025 on "
            "whether he can make the changes the children need and how long that is likely to take.",
            "Rui will start the Respect at Home programme for fathers on 6 May 2025, and the facilitator, Owen "
            "Price, will send me a report after session 12 on what Rui has learned and whether it shows in how "
            "he behaves with Ana and the children.",
            "Carla Sousa, Ana's sister, will supervise Rui's time with the children at her house every "
            "Saturday from 10am to 1pm and sign the contact book, which I will read at each visit.",
            "Fátima Tavares, Rui's mother, will collect Beatriz from school every Tuesday and Thursday at "
            "3.15pm, and the school office will record each pick-up in the signing-out book.",
            "Mrs Jane Holt, the designated safeguarding lead at St Bride's Primary, will see Beatriz every "
            "Monday morning, ring me the same day if Beatriz says anything worrying, and share her notes at "
            "each core group.",
            "Gemma Reid, Tomás's health visitor, will do his two-year development review at home by 30 May "
            "2025 and send me the results, including his speech and his weight.",
            "Nadia Khan, the IDVA at Garthwick Domestic Abuse Service, will make a written safety plan with Ana "
            "for her and the children by 25 April 2025, and a signed copy will be kept by Ana and by me.",
        ]),
        ("boldp", "Se as coisas correrem mal / If things go wrong"),
        ("p", "If Rui comes to the flat without it being agreed, comes to contact after drinking, or there is "
              "any shouting, threats or damage in front of the children, Ana will ring 999 and the police will "
              "attend, and I (or the emergency duty team out of hours) will hold a strategy discussion the same "
              "day. Rui will not see the children until that discussion has agreed a new plan."),
        ("p", "If Carla cannot supervise on a Saturday, that week's contact will not go ahead and I will "
              "arrange supervised contact at the Garthwick Family Centre within 7 days. If Fátima cannot "
              "collect Beatriz, Beatriz will go to the school's after-school club until Ana collects her at "
              "5.30pm; we have booked and paid for a place."),
        ("p", "If Rui drinks before contact, or there is another incident at home, I will ask my manager for a "
              "legal planning meeting within 5 working days."),
        ("boldp", "Quando nos voltamos a reunir / When we will meet again"),
        ("p", "The core group (both of you, me, Carla, St Bride's Primary, the health visitor, the Alcohol "
              "Recovery Service and the IDVA) will meet every four weeks at Quayside House, at 10am on "
              "24 April, 22 May and 19 June 2025. The review child protection conference will be on 3 July "
              "2025 at 2pm. If by 19 June Rui is not going to the Recovery Service and the Respect at Home "
              "programme, or the psychologist's report says he cannot make the changes in time for the "
              "children, I will ask for a legal planning meeting before the review conference."),
        ("p", "Com os melhores cumprimentos, / Yours sincerely,"),
        ("pl", "Sofia Lopes"),
        ("pl", "Assistente Social / Social Worker, Safeguarding Team East – 01632 960 512"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety: each danger statement paired with its safety goals,
#    lettered safety steps with Who / When / We'll know because lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_gillingmoor_sos_danger_goal_pairs_halloran.txt",
    "split": "tune",
    "template": "signs-of-safety-danger-goal-pairs-lettered-steps-txt",
    "description": (
        "Signs of Safety ICPC plan for a 12-year-old young carer and a 2-year-old (father's drinking and "
        "violence, mother's depression): each danger statement is paired with its goals and lettered "
        "safety steps with Who / When / We'll know because lines. 'When he feels ready', the safety "
        "network as owner, a blank evidence line and a blank When line, 'seems happier', one adult-only "
        "goal; only the parents own the adult health actions, a vague contingency, review conference "
        "date to be confirmed, no legal step."
    ),
    "text": """\
GILLINGMOOR COUNCIL - CHILDREN AND FAMILIES
SIGNS OF SAFETY CHILD PROTECTION PLAN
Initial child protection conference: 19/03/2025
Children:      Leah HALLORAN (12)    Kai HALLORAN (2)
Parents:       Gemma Halloran (mum)  Mark Halloran (dad)
Category:      Emotional abuse / neglect
Social worker: Shona Mullan, Gillingmoor South Team
Plan written with Gemma and Leah at home on 21/03/2025

========================================================================
WHAT'S WORKING WELL
========================================================================
* Gemma takes Kai to nursery most days and he is clean and well dressed.
* Leah is doing well at Gillingmoor Academy and sings in the school choir.
* Mark moved to his brother's flat after the incident on 02/03/2025 and
  has kept away from the house when asked.
* Gemma has told her GP she is struggling and has started antidepressants.

========================================================================
LEAH'S WORDS AND WHAT WE SEE OF KAI
========================================================================
Leah (seen alone at school, 14/03/2025): "When Dad's had a drink he goes
on at Mum and I take Kai upstairs and put cartoons on." "Mum cries in the
day and I do Kai's tea when she's in bed." "I want Dad to come back but
not drunk." Leah scaled her own safety at home as 5/10.
Kai is 2. At nursery he is quiet at drop-off, cries if an adult raises
their voice and plays well once settled. At home he went to Leah, not
Gemma, when he wanted a drink.

Scaling (0 = the children are not safe, 10 = safe enough to close):
SW 3   Gemma 6   Leah 5   School 4

========================================================================
DANGER STATEMENT 1  ->  SAFETY GOALS 1
========================================================================
DANGER: Children's services, school and the police are worried that when
Mark has been drinking he will shout at, push or hit Gemma in front of
Leah and Kai, as he did on 02/03/2025 when he pushed Gemma into the
cooker while she was holding Kai, and that Leah and Kai will be hurt or
grow up frightened.

GOALS:
 - Leah and Kai live in a home where nobody shouts, pushes or hits, and
   they only see their dad when he is sober and another adult is there.
 - Mark stops drinking and accepts help from the Recovery Service.

SAFETY STEPS:
 1a  See Leah on her own at school and do "three houses" with her
       Who: Shona Mullan (SW)          When: every 2 weeks
       We'll know because: Leah's words recorded at each visit and
       shared at core group, with her safety scale each time
 1b  Self-refer to Gillingmoor Recovery Service about his drinking
       Who: Mark                       When: when he feels ready
       We'll know because: letter from the Recovery Service to the SW
 1c  Tell the SW or ring 999 straight away if Mark turns up at the
     house after drinking
       Who: Everyone in the safety network
       When: same day
       We'll know because: calls logged on the case record
 1d  Put a domestic abuse marker on the family's address
       Who: PC Dev Sandhu, Gillingmoor Police DA Unit
       When: by 26/03/2025
       We'll know because:
 1e  Supervise Mark's time with Leah and Kai at the family centre
       Who: Joanne Tate (contact worker, Gillingmoor Family Centre)
       When: every Wednesday, 4pm-5.30pm
       We'll know because: contact records say whether Mark was sober
       and how Leah and Kai were during and after

========================================================================
DANGER STATEMENT 2  ->  SAFETY GOAL 2
========================================================================
DANGER: Children's services and school are worried that Gemma's
depression means she stays in bed for much of the day, that Kai will go
without food, changes and attention, and that Leah is missing school and
her own childhood to look after him.

GOAL:
 - Kai is fed, changed and played with by an adult every day, and Leah
   goes to school every day and is not in charge of her brother.

SAFETY STEPS:
 2a  Take Kai to nursery four mornings a week
       Who: Gemma                      When: Mon-Thu from 24/03/2025
       We'll know because: nursery register shows 4 mornings a week
 2b  Weekly check-in with Leah about how things are at home
       Who: Mrs Clare Dunne (Head of Year 7)
       When: every Friday
       We'll know because: Leah seems happier
 2c  Young carers assessment for Leah
       Who: Sian Maddox, Gillingmoor Young Carers
       When:
       We'll know because: assessment and support plan sent to the SW
 2d  Book an appointment with her GP to talk about her medication
       Who: Gemma                      When: by 04/04/2025
       We'll know because: GP letter confirming the appointment
 2e  Kai's two-year review at home, including his speech
       Who: Hannah Price (HV)          When: by 30/04/2025
       We'll know because: review scores shared with the SW

========================================================================
IF THE PLAN ISN'T WORKING
========================================================================
If the safety plan is not followed, or there are further worries about
Leah and Kai, Shona will talk to her team manager and the plan will be
looked at again at the next core group.

========================================================================
CORE GROUP AND REVIEW
========================================================================
Core group: every 4 weeks, first meeting 02/04/2025, 3.30pm, Gillingmoor
Academy.
Review child protection conference: date to be confirmed.

Copies: Gemma, Mark, Leah (child's version), core group members.
""",
    "findings": [
        F("T002", "Self-refer to Gillingmoor Recovery Service about his drinking"),
        F("W002", "Tell the SW or ring 999 straight away if Mark"),
        F("M001", "Put a domestic abuse marker on the family's address"),
        F("M002", "Weekly check-in with Leah about how things are at home"),
        F("T001", "Young carers assessment for Leah"),
        F("F002", "Mark stops drinking and accepts help from the Recovery Service."),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child in need plan stepped up from Early Help, with a "From TAF?" column
#    showing which actions carry on from the Team Around the Family plan (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_greskett_early_help_stepup_cin_coulter.md",
    "split": "tune",
    "template": "early-help-taf-to-cin-stepup-from-taf-column-md",
    "description": (
        "Child in need plan for a 9-year-old and her 14-year-old brother, stepped up from an Early Help "
        "Team Around the Family plan (father's back pain and over-use of prescribed opioids; brother "
        "missing overnight), with a 'From TAF?' column. A talking-therapy row that only treats, 'As and "
        "when' with 'Good engagement', a blank Who, a blank success cell, a 'Family' row, one adult-only "
        "outcome; CIN reviews but no core group or review conference, and only a step-up, no legal step."
    ),
    "text": """\
# Greskett Council – Children's Services
## Child in Need Plan (stepped up from Early Help)

**Child:** Maisie Coulter, 9 (Year 4, Greskett Road Primary)
**Brother:** Reuben Coulter, 14 (Year 9, Greskett High School)
**Lives with:** Lee Coulter (dad, sole carer), 6 Hawthorn Row, Greskett
**Stepped up:** 31/03/2025, after a single assessment completed 28/03/2025
**Social worker:** Ellie Fraser
**Early Help worker:** Dom Yates (staying involved until 30/04/2025)
**CIN review meetings:** every 6 weeks, first on 12/05/2025

### Why the case has been stepped up

Early Help have worked with the family since September 2024 through a Team
Around the Family (TAF) plan. Some things got better: Maisie's attendance went
from 81% to 88%, and Lee set up a morning routine chart with Dom. Since January,
though, Lee's back pain has got worse and he has been taking more of his
prescribed co-codamol and oxycodone than he should. Twice the school could not
reach him when Maisie was ill, and on 11/03/2025 she was sent home and found him
asleep at 2pm. Reuben has been missing overnight three times since February and
was found in Greskett town centre with older young people. Lee agreed to the
step-up and says he "can't do this on his own at the moment".

### What Maisie and Reuben say

Maisie (seen alone at school, 25/03/2025): "Dad's back hurts so he stays in bed.
I get myself ready. I like it when Reuben walks me to school." She wants "Dad to
get better and Reuben to stay home at night".

Reuben (seen in his room at home, 26/03/2025) said he goes out "because it's
boring and Dad's always asleep". He does not think he is at risk. He would like
to go back to boxing, which he stopped when Lee could no longer drive him.

### What we want to be different

1. Maisie is in school every day, on time, with breakfast, and knows who to ring
   if she cannot wake her dad.
2. Reuben is home by 9pm on school nights and is not missing overnight.
3. Lee manages his pain without taking more tablets than prescribed.
4. Maisie and Reuben have an adult who is awake and able to look after them
   every morning and every evening.

### The plan

"From TAF?" shows whether an action carries on from the Early Help plan.

| What will happen | Who | By when / how often | What success looks like | From TAF? |
|---|---|---|---|---|
| Visit at home and see Maisie and Reuben, each on their own | Ellie Fraser (SW) | Every 2 weeks from 07/04/2025 | Visit records show both children seen alone and their views written down | No |
| Breakfast club place for Maisie and a daily check that she is in school | Mrs Ruth Onslow, attendance lead, Greskett Road Primary | Daily from 31/03/2025 | Attendance 95% or more each half term; breakfast club register | Yes |
| Review Lee's painkillers and agree a safe reducing plan with him | Dr Nadia Farouk, GP, Hawthorn Surgery | First review by 14/04/2025, then monthly | Prescription record shows the agreed doses; GP letter to the SW after each review | No |
| Six sessions of guided self-help for Lee's anxiety about his pain | Kath Lyle, psychological wellbeing practitioner, Greskett Talking Therapies | Weekly from 22/04/2025 | Sessions attended | No |
| Return home interview each time Reuben has been missing | Sam Idowu, missing persons worker, Greskett Youth Service | Within 72 hours of each missing episode | Interview record sent to the SW; themes shared at each CIN review | No |
| Find Reuben a place at a local boxing club | Youth worker | As and when | Good engagement | No |
| Referral to the school nurse about Maisie's headaches and tiredness | | By 18/04/2025 | School nurse sees Maisie and sends her findings to the SW | Yes |
| Ring the school by 9am on any day Maisie is off sick | Lee Coulter | Every absence | | Yes |
| Help Lee fill in his PIP form and make a plan for his debts | Dom Yates (Early Help worker) | By 30/04/2025 | PIP form submitted; debt advice appointment booked | Yes |
| Agree a 9pm curfew with Reuben and report him missing to the police if he is not home by 10pm | Lee Coulter | Every school night | Police missing reports made on time; missing episodes down to none by the CIN review | No |
| Look after Maisie after school on days Lee is unwell | Family | As and when needed | - | No |

### If things get worse

If Maisie cannot wake Lee, or Lee is found to have taken more tablets than
prescribed while he is looking after her, Maisie will ring her aunt Kerry
Coulter (the number is on her card) and Ellie, or the emergency duty team out of
hours, will visit the same day. Maisie will stay with Kerry, who has agreed and
was checked on 27/03/2025, or with emergency foster carers if Kerry cannot have
her. If Reuben is missing overnight again, Lee will report him to the police by
10pm and a strategy discussion will be held the next working day.

If things have not improved by the second CIN review, Ellie will ask her manager
to step the case up to an initial child protection conference.

*Plan agreed with Lee, Maisie and Reuben on 02/04/2025. Next CIN review: 12/05/2025.*
""",
    "findings": [
        F("H001", "Six sessions of guided self-help for Lee's anxiety about his pain"),
        F("T002", "Find Reuben a place at a local boxing club"),
        F("M002", "Find Reuben a place at a local boxing club"),
        F("W001", "Referral to the school nurse about Maisie's headaches and tiredness"),
        F("M001", "Ring the school by 9am on any day Maisie is off sick"),
        F("W002", "Look after Maisie after school on days Lee is unwell"),
        F("T002", "Look after Maisie after school on days Lee is unwell"),
        F("M001", "Look after Maisie after school on days Lee is unwell"),
        F("F002", "Lee manages his pain without taking more tablets than prescribed."),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Looked-after toddler in hospital: case-system care plan print with
#    numbered form sections as label | entry grids and a task grid with IDs;
#    header and "Page N of M" footer on every page. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b17_gorsewick_lac_ward_case_record_print_pennant.pdf",
    "doc_title": "Care Plan (Looked After) - Ezra Pennant",
    "split": "tune",
    "template": "lac-hospital-case-record-print-form-sections-task-id-grid-paged",
    "description": (
        "Exemplary looked-after child's care plan for a 15-month-old accommodated under section 20 while on "
        "a children's ward (faltering growth; mother a care leaver with depression), printed from a case "
        "system with numbered form sections as label | entry grids and a task grid with IDs; header and "
        "'Page N of M' footer on every page. Twice-weekly SW visits and daily foster carer visits on the "
        "ward, a psychiatrist reporting on capacity to change, GP action, specific contingency, core group "
        "and review conference dates, PLO legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE | Gorsewick Council | ChildView: Care Plan (LAC) | Printed 02/05/2025",
    "footer": "Ezra PENNANT | Child ID 602184 | Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("title", "Care Plan – Looked After Child"),
        ("p", "Form: LAC-CP2 (version 4)   Status: Authorised by Team Manager Joanne Hurst, 01/05/2025"),
        ("h2", "Section 1: Child's details"),
        ("table", {
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Name", "Ezra Pennant"],
                ["Date of birth", "27/01/2024 (15 months)"],
                ["Legal status", "Accommodated under section 20 Children Act 1989 from 28/04/2025, with "
                                 "Jade Pennant's written agreement"],
                ["Where Ezra is now", "Kestrel Ward, Gorsewick Children's Hospital, admitted 24/04/2025"],
                ["Placement on discharge", "Grace and Tunde Ayodele, Gorsewick Council foster carers, "
                                           "18 Linnet Drive, Gorsewick"],
                ["Child protection plan", "Yes – category neglect, initial conference 17/04/2025"],
                ["Mother", "Jade Pennant (19), care leaver, supported by the Gorsewick Leaving Care Team"],
                ["Father", "Not named on the birth certificate; not known to services"],
                ["Social worker", "Owen Farrelly, Gorsewick Children in Care Team 2"],
                ["Independent reviewing officer", "Sandra Bell"],
            ],
        }),
        ("h2", "Section 2: Why Ezra is looked after"),
        ("p", "Ezra was admitted on 24/04/2025 with a chest infection and was found to weigh 7.9kg, below the "
              "0.4th centile; at 8 months he was on the 25th centile. Jade had missed 5 of 6 health visitor "
              "appointments since October. Jade has depression and told ward staff she \"can't cope\" and "
              "sometimes forgets his feeds when she is low. She agreed to Ezra being accommodated under "
              "section 20 while her ability to care for him is assessed, and she wants him home."),
        ("h2", "Section 3: Ezra's day on the ward (what we have seen)"),
        ("p", "Ezra is not yet talking, so his views come from what the people around him see. His named nurse "
              "says he now finishes most of his meals sitting up in a high chair, but turns his head away if "
              "he is fed lying back. He smiles and claps for the play specialist, Tess, and reaches for the "
              "bubbles. He cries hard when Jade leaves after family time and settles within ten minutes with a "
              "nurse he knows. He sleeps through from 8pm and wakes hungry at 6am. Jade says he loves bath time "
              "and the song \"Wind the Bobbin Up\"."),
        ("h2", "Section 4: What we want for Ezra"),
        ("bullets", [
            "Ezra gains weight steadily and is back on or near his 9th centile by the end of July 2025.",
            "Ezra leaves hospital to carers who already know his feeding routine, and is fed, warm and safe "
            "every day.",
            "Ezra keeps a close bond with his mum through regular family time, and goes home to her only if "
            "she can meet his needs every day.",
        ]),
        ("h2", "Section 5: Tasks"),
        ("table", {
            "header": ["ID", "Task", "Responsible", "Due / frequency", "Evidence of completion"],
            "widths": [1.2, 5.2, 3.6, 3.0, 4.0],
            "rows": [
                ["T1", "Visit Ezra on Kestrel Ward, see him awake and feeding, and speak to his named nurse",
                 "Owen Farrelly, SW", "Twice a week (Tue and Fri) until discharge",
                 "ChildView visit records show Ezra seen, his latest weight and the nurse's report"],
                ["T2", "Visit Ezra on the ward to feed, bath and settle him with the nurses, so that he knows "
                       "his carers before he moves",
                 "Grace and Tunde Ayodele, foster carers", "Daily from 06/05/2025 until discharge",
                 "Ward visitors' log; feeding chart entries made by the carers"],
                ["T3", "Supervise family time between Jade and Ezra on the ward",
                 "Nadia Rahim, family support worker", "Mon, Wed and Sat, 2pm to 4pm",
                 "Family time records note how Ezra responds to Jade and whether she feeds and settles him"],
                ["T4", "Write a feeding plan for Ezra and weigh him every day",
                 "Laura Finch, paediatric dietitian", "Plan by 09/05/2025; weights daily",
                 "Weight chart shows a steady gain; plan copied to the SW and the foster carers"],
                ["T5", "Hold a discharge planning meeting with the foster carers, the health visitor and the GP",
                 "Sister Maeve Collins, named nurse for safeguarding", "Before discharge (expected w/c 19/05/2025)",
                 "Signed discharge plan copied to the SW, foster carers, GP and HV"],
                ["T6", "Assess Jade's depression and whether, and how quickly, she can make the changes needed to "
                       "care for Ezra every day",
                 "Dr Priya Venkat, consultant psychiatrist, Gorsewick Young Adults' Mental Health Team",
                 "Seen by 16/05/2025; report by 13/06/2025",
                 "Written report on Jade's capacity to change and the likely timescale, shared with the core "
                 "group and the looked after review"],
                ["T7", "Review Jade's antidepressant so that she is well enough for family time with Ezra, and "
                       "tell the SW if she stops collecting her prescriptions",
                 "Dr Aled Morgan, GP, Riverside Practice", "Monthly",
                 "Prescription record checked; GP letter to the SW each month"],
                ["T8", "Initial health assessment for Ezra as a looked after child",
                 "Dr Ruth Abiola, paediatrician, looked after children health team",
                 "By 26/05/2025 (within 20 working days)",
                 "Health assessment report and health plan on ChildView and shared with the foster carers"],
                ["T9", "Home visit to Ezra at the foster home, with his weight and development check",
                 "Carla Doyle, health visitor", "Within 5 days of discharge",
                 "HV visit record with Ezra's weight, sent to the SW"],
                ["T10", "Visit Ezra on the ward and read his records before his first looked after review",
                 "Sandra Bell, IRO", "By 21/05/2025",
                 "IRO's note of the visit on ChildView"],
                ["T11", "Update Jade's pathway plan, including her housing and her part in Ezra's care",
                 "Kofi Mensah, personal adviser, Gorsewick Leaving Care Team", "By 30/05/2025",
                 "Updated pathway plan signed by Jade and copied to the SW"],
            ],
        }),
        ("h2", "Section 6: Contingency"),
        ("p", "If Jade withdraws her agreement to section 20 or tries to take Ezra off the ward, ward staff will "
              "call hospital security and the police, Ezra will stay on the ward, and the SW (or the emergency "
              "duty team out of hours) will seek legal advice the same day about an emergency protection order. "
              "If Ezra's weight falls again on the ward, the consultant paediatrician will tell the SW the same "
              "day and a strategy discussion will be held within 24 hours. If the Ayodeles cannot take Ezra on "
              "discharge, the placements team will find another approved foster carer before discharge, and "
              "Ezra will not leave the ward until that carer has done at least three feeds with the nurses."),
        ("h2", "Section 7: Meetings and reviews"),
        ("table", {
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Core group", "Every 3 weeks: 08/05/2025 (on Kestrel Ward), 29/05/2025 and 19/06/2025"],
                ["Review child protection conference", "10/07/2025, 10am, Gorsewick Civic Centre"],
                ["First looked after review", "27/05/2025, chaired by Sandra Bell (IRO)"],
                ["Legal planning", "If Dr Venkat's report says Jade cannot make the changes within Ezra's "
                                   "timescale, or Jade misses two family time sessions in a row without a reason, "
                                   "the team manager will request a legal planning meeting (PLO) within 5 "
                                   "working days."],
            ],
        }),
        ("h2", "Section 8: Views on this plan"),
        ("table", {
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Jade (mother)", "\"I know he needs to put weight on. I want to learn his routine so I can "
                                  "have him back.\" Jade asked for family time on Saturdays, which is now in T3."],
                ["Foster carers", "Grace and Tunde are happy to visit daily and have met Jade on the ward."],
                ["IRO", "To be recorded after the IRO's visit (T10)."],
            ],
        }),
    ],
    "findings": [],
})
