"""Batch 6, module 1: eight fictional plans (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety plan: danger statement, safety goals as family "will"
#    statements, scaling, Next step | Who | When table (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_ashlingford_sos_next_steps_varga.docx",
    "doc_title": "Child Protection Plan (Signs of Safety) - Lili and Bence Varga",
    "split": "tune",
    "template": "signs-of-safety-danger-goals-next-step-who-when",
    "description": (
        "Exemplary Signs of Safety ICPC plan for a 7-year-old and a 3-year-old (stepfather's drinking and "
        "violence to mum): danger statement, safety goals written as the family's 'will' statements, "
        "scaling, and a three-column Next step | Who | When table whose next steps carry their own "
        "measures; the alcohol service reports on change, the safety network's part is covered in a "
        "specific contingency, core group and review dates, legal planning meeting."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Signs of Safety"),
        ("p", "Ashlingford Borough Council – Children's Social Care, Safeguarding and Family Support Team 3"),
        ("kv", [
            ("Children", "Lili Varga, born 03/02/2018 (7); Bence Varga, born 21/08/2021 (3)"),
            ("Address", "22 Tanner's Row, Ashlingford"),
            ("Mum", "Zsófia (Zsofi) Varga"),
            ("Mum's partner", "Dean Carrick (Bence's dad; Lili calls him Dean)"),
            ("Safety network", "Erzsébet (Erzsi) Kovács, maternal grandmother; Kayleigh Carrick, Dean's sister"),
            ("Initial child protection conference", "10/06/2025 – category: emotional abuse"),
            ("Social worker", "Siân Pryce"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's Social Care, Ashlingford Police and Lili's school are worried that when Dean has been "
              "drinking heavily, he and Zsofi will argue and Dean may push or hit Zsofi or throw things, as he "
              "did on 24 May when a glass was thrown and broke next to Bence. If this carries on, Lili and "
              "Bence could be hurt by something thrown or by being caught in the middle, and they will keep "
              "growing up frightened in their own home. Lili may try to step in to protect her mum or take "
              "Bence upstairs on her own, as she did on 24 May."),
        ("h1", "What's working well"),
        ("bullets", [
            "Zsofi rang the police herself on 24 May and has been honest with Siân about what happened.",
            "Dean has said he drinks too much and asked for a referral to the alcohol service before the conference.",
            "Lili's attendance is 97% and her teacher says she is a kind, popular girl.",
            "Erzsi lives a five-minute walk away and the children often stay with her; Kayleigh rings Zsofi most days.",
        ]),
        ("h1", "What Lili and Bence have told us and shown us"),
        ("p", "Siân did a 'three houses' with Lili at school on 5 June. In her house of worries Lili drew "
              "\"Dean shouting with his beer\" and \"the glass on the floor\", and wrote \"I hide Bence in my "
              "room\". In her house of good things she drew Nagyi Erzsi's cat and \"Dean doing the bouncy "
              "castle at my party\". In her house of dreams she wrote \"no shouting and Dean not sleepy on the "
              "sofa\". Lili said she wants Dean to stay \"if he is the nice Dean\". Bence was seen at home on "
              "6 June: he played happily with his cars, went to Zsofi for a cuddle when the door banged, and "
              "told Siân \"Daddy loud\"."),
        ("h1", "Safety goals"),
        ("p", "The children's services team, the family and the safety network agreed that the plan can end "
              "when, for at least six months:"),
        ("bullets", [
            "Zsofi and Dean will make sure Lili and Bence are always looked after by an adult who has not been "
            "drinking, and Dean will go to Erzsi's or Kayleigh's instead of coming home if he has had a drink.",
            "Zsofi and Dean will keep their arguments away from the children: there will be no shouting, "
            "pushing, hitting or throwing things at home, and Lili will be able to tell her teacher that home "
            "feels safe.",
            "Lili will not have to look after Bence or protect her mum, and she will know which grown-up in "
            "her safety network to ring if she is worried.",
        ]),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone knows Lili and Bence are safe enough for the "
              "child protection plan to end and 0 means things are so bad the children cannot stay at home, "
              "where are things today?"),
        ("kv", [
            ("Siân (SW)", "4 – the violence on 24 May was serious and Dean has not started treatment yet"),
            ("Zsofi", "7 – \"Dean has not drunk at home since the police came\""),
            ("Dean", "6"),
            ("Erzsi", "5"),
            ("Mrs Boyd (school)", "5"),
            ("DC Marsh (police)", "3 – three call-outs to the address since January"),
        ]),
        ("h1", "Next steps"),
        ("table", {
            "header": ["Next step", "Who", "When"],
            "widths": [10.0, 3.8, 3.2],
            "rows": [
                ["Visit Lili and Bence at home, at least one visit in three unannounced, see Lili on her own and "
                 "ask her safety scale; the visit notes will record what Lili says and her score each time.",
                 "Siân Pryce (SW)", "Every 2 weeks from 16/06/2025"],
                ["Do a Words and Pictures story with Lili, Zsofi and Dean so Lili knows why a social worker is "
                 "involved; Lili keeps her own copy and a copy goes on her file.",
                 "Siân Pryce (SW), with Zsofi and Dean", "By 11/07/2025"],
                ["Alcohol assessment for Dean, a breath test at every appointment, and a written report to each "
                 "core group on his drinking and whether he can keep the changes up, and how long that is "
                 "likely to take.",
                 "Marcus Lee, Ashlingford Alcohol and Drug Service (Pathways)",
                 "Assessment by 27/06/2025; tests weekly; report before each core group"],
                ["Not drink any alcohol while he is caring for the children, and take a breath test whenever "
                 "Siân or Marcus asks; every result is shared with Siân and recorded on the children's file.",
                 "Dean Carrick", "Every day, from 12/06/2025"],
                ["Write the family safety plan with the safety network, put it on the fridge and go through it "
                 "with Lili; Lili will be able to tell Siân who she would ring and what she would do.",
                 "Zsofi Varga and Dean Carrick, with Siân", "By 27/06/2025"],
                ["Have Lili and Bence at her flat for the night if Dean has been drinking, and text Siân the next "
                 "morning; each night is written in the safety network log, which Siân checks at every visit.",
                 "Erzsi Kovács (maternal grandmother)", "The same evening, every time Dean has had a drink"],
                ["Ring Zsofi at 7pm to check how things are at home, and write each call in the safety network "
                 "log.",
                 "Kayleigh Carrick (Dean's sister)", "Every evening at 7pm"],
                ["Meet Lili in the nurture room, ask how home has been and pass anything worrying to Siân the "
                 "same day; notes kept on the school's safeguarding record.",
                 "Mrs Hannah Boyd, DSL, St Aidan's Primary", "Every Monday"],
                ["Do Bence's 3-year development review at home and share his ASQ-3 scores and weight with Siân.",
                 "Niamh Porter (HV)", "By 18/07/2025"],
                ["Tell Siân and the school about any police call-out to Tanner's Row; the police log is sent to "
                 "Siân and put on both children's files.",
                 "DC Joanne Marsh, Ashlingford Police Public Protection Unit",
                 "By 9am the next working day after any call-out"],
                ["Go to the 12-week Freedom Programme at the Ashlingford Women's Centre and talk Siân through what "
                 "she has learned about keeping Lili and Bence safe; attendance certificate shown to Siân.",
                 "Zsofi Varga", "Weekly from 18/06/2025"],
            ],
        }),
        ("h1", "What happens if the safety plan isn't followed"),
        ("p", "If Dean drinks while he is caring for the children, or there is any shouting, pushing, hitting or "
              "throwing at home, Zsofi will ring 999 if anyone is in danger and take Lili and Bence to Erzsi's "
              "flat the same evening, and Siân (or the emergency duty team out of hours) will hold a strategy "
              "discussion the next working day. Dean will stay at Kayleigh's until the strategy discussion "
              "agrees he can come home. If Erzsi cannot have the children, or Kayleigh stops her evening calls, "
              "Siân will visit the same day and, if no one in the safety network can care for the children "
              "that night, they will stay with approved foster carers. If this happens twice, or Marcus reports "
              "that Dean is still drinking by the review conference, the team manager will request a legal "
              "planning meeting."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 26/06/2025, 24/07/2025 and 21/08/2025, at St Aidan's Primary.",
            "Review child protection conference: 04/09/2025, 10am, Ashlingford Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Looked-after baby on the neonatal unit (section 20): care plan in LAC
#    order with Need | Action | Person responsible | Target date |
#    Review/Evidence tables; PDF with header and page footer. A few faults.
# ---------------------------------------------------------------------------
_LAC_HEAD = ["Need", "Action", "Person responsible", "Target date", "Review/Evidence"]
_LAC_W = [3.2, 5.0, 3.2, 2.6, 3.0]

PLANS.append({
    "name": "b6_bellcaster_lac_care_plan_hospital_hendry.pdf",
    "doc_title": "Care Plan - Maisie Hendry",
    "split": "tune",
    "template": "lac-care-plan-need-action-sections-paged",
    "description": (
        "Care plan for a premature baby accommodated under section 20 and still on the neonatal unit "
        "(withdrawal from mother's methadone), with LAC sections in order (health, education, identity, "
        "contact, placement) and Need | Action | Person responsible | Target date | Review/Evidence tables; "
        "header and 'Page N of M' footer. The SW visits twice a week, but a hepatology referral is 'ASAP', "
        "the grandmother visits 'when she can', 'Monitored', a blank evidence cell and a blank owner; the "
        "mother's drug use has no adult service action; only a looked after review date."
    ),
    "header": "OFFICIAL-SENSITIVE – Bellcaster City Council – Children in Care",
    "footer": "Care plan: Maisie Hendry – LCS ref 7720415 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Care Plan"),
        ("p", "Child looked after – first care plan (to be agreed at the first looked after review)"),
        ("kv", [
            ("Child", "Maisie Hendry, born 14/05/2025 at 33 weeks (corrected age: newborn)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 16/05/2025 – consent "
                             "given by Jade Hendry (mother)"),
            ("Where Maisie is now", "Neonatal unit (Special Care, Bay 2), Bellcaster Royal Infirmary"),
            ("Plan on discharge", "Foster placement with Pauline and Derek Ashworth (Bellcaster foster carers)"),
            ("Mother", "Jade Hendry (19), care leaver, supported by the Leaving Care Team"),
            ("Father", "Named by Jade as Liam Shaw (21); not on the birth certificate; paternity to be tested"),
            ("Social worker", "Owen Price, Children in Care Team 1"),
            ("IRO", "Bernadette Hale"),
        ]),
        ("h1", "Why Maisie is looked after"),
        ("p", "Jade has been on a methadone script for two years. She used heroin on top of her script during "
              "the pregnancy, most recently in April, and she missed 6 of 11 antenatal appointments. Maisie was "
              "born early and is being treated on the neonatal unit for withdrawal (neonatal abstinence "
              "syndrome) with oral morphine, which is being weaned. Jade agreed that Maisie should be "
              "accommodated while she is in hospital and on discharge, and says she wants to show she can "
              "care for her. A parenting assessment of Jade in a residential setting is being considered "
              "under the pre-proceedings process."),
        ("h1", "Maisie's day on the unit"),
        ("p", "Maisie weighs 1.96kg. The nurses say she is calmer this week: she has a high-pitched cry and "
              "sneezes a lot when her withdrawal scores are up, but she settles when she is swaddled and held "
              "skin to skin, and she now takes most of her feeds from a bottle. She startles at the alarms in "
              "the bay and is calmest in the quiet room. When Jade has visited she has held Maisie for long "
              "spells and Maisie has fed well for her."),
        ("h1", "What we want for Maisie"),
        ("bullets", [
            "Maisie is weaned off morphine safely, feeds well and gains weight so she can leave hospital.",
            "Maisie goes from the unit to carers who know how to soothe and feed her, and does not have to "
            "move again until a permanent decision is made.",
            "Maisie knows her story, her family and her heritage as she grows up.",
            "A decision about where Maisie will grow up is made without delay, within her timescale.",
        ]),
        ("h1", "The plan"),
        ("h2", "1. Health"),
        ("table", {
            "header": _LAC_HEAD, "widths": _LAC_W,
            "rows": [
                ["Withdrawal treated and weaned safely",
                 "Morphine weaning plan, with withdrawal (Finnegan) scores charted every 4 hours",
                 "Dr Ruth Okafor, neonatal consultant", "Daily until weaned",
                 "Scores under 8 for 72 hours off morphine; weaning chart in the NNU notes"],
                ["Initial health assessment",
                 "Initial health assessment and health care plan for Maisie",
                 "Dr Priya Nair, Designated Doctor for Children in Care",
                 "By 13/06/2025 (within 20 working days)",
                 "IHA report and health care plan on LCS"],
                ["Blood-borne virus follow-up",
                 "Refer Maisie to the paediatric hepatology clinic for her hepatitis C follow-up",
                 "NNU discharge co-ordinator, Sister Carol Meeks", "ASAP",
                 "Clinic appointment letter on file"],
                ["Growth and feeding after discharge",
                 "Health visitor to pick up Maisie from the neonatal outreach team and weigh her at home",
                 "Bellcaster 0-19 team (HV Anna Pilling)", "On discharge, then weekly",
                 "Monitored"],
            ],
        }),
        ("h2", "2. Education and early development"),
        ("table", {
            "header": _LAC_HEAD, "widths": _LAC_W,
            "rows": [
                ["Follow-up of her development (premature baby)",
                 "Book Maisie into the neonatal follow-up clinic for developmental checks at 3 and 6 months "
                 "corrected age",
                 "Dr Ruth Okafor, neonatal consultant", "Before discharge",
                 "Appointments on the discharge summary; check results sent to the SW and foster carers"],
                ["Early learning",
                 "Virtual School early years adviser to advise the foster carers on play and early learning for "
                 "a premature baby",
                 "Mrs Fay Linton, Virtual School", "By 31/07/2025",
                 "Written early learning plan in the placement file"],
            ],
        }),
        ("h2", "3. Identity"),
        ("table", {
            "header": _LAC_HEAD, "widths": _LAC_W,
            "rows": [
                ["Life story",
                 "Take photos of Maisie on the unit and keep a memory box (first hat, name band, cot card, "
                 "scan photo from Jade)",
                 "Foster carer Pauline Ashworth, with the SW", "From the carers' first visit",
                 ""],
                ["Father and paternal family",
                 "Arrange a paternity test with Liam Shaw and find out about his family and heritage (Jade says "
                 "his mother is of Irish Traveller heritage)",
                 "SW Owen Price", "By 30/06/2025",
                 "Test result and genogram on file; heritage recorded in the care plan"],
            ],
        }),
        ("h2", "4. Family time (contact)"),
        ("table", {
            "header": _LAC_HEAD, "widths": _LAC_W,
            "rows": [
                ["Time with her mum",
                 "Jade to spend time with Maisie on the unit, supervised by the nurse caring for Maisie, and do "
                 "her feeds and nappies",
                 "Jade Hendry; nurse in charge", "Daily, 2pm to 4pm",
                 "Contact record kept by the unit and sent to the SW every Friday"],
                ["Jade's recovery",
                 "Jade to keep to her methadone script and show the SW her drug test results before contact "
                 "moves to the family centre",
                 "Jade Hendry", "Before each contact review",
                 "Negative test results seen by the SW"],
                ["Time with her grandmother",
                 "Maternal grandmother Tina Hendry to visit Maisie on the unit",
                 "Tina Hendry", "When she can",
                 "Visits written in the unit's visitors' book"],
            ],
        }),
        ("h2", "5. Placement"),
        ("table", {
            "header": _LAC_HEAD, "widths": _LAC_W,
            "rows": [
                ["Seeing Maisie in hospital",
                 "SW to visit Maisie on the neonatal unit, see her with the nurses and see some of Jade's contact",
                 "SW Owen Price", "Twice a week (Tuesday and Friday) until discharge",
                 "Visits recorded on LCS within 24 hours, with Maisie's weight and how she was"],
                ["Carers ready for Maisie",
                 "Foster carers to visit the unit and learn Maisie's care: feeding, soothing, and her morphine "
                 "doses if she is discharged on them",
                 "Pauline and Derek Ashworth (foster carers)", "Daily from 02/06/2025 until discharge",
                 "NNU competency checklist signed off before discharge"],
                ["Safe discharge",
                 "Discharge planning meeting with the unit, the foster carers, Jade and the HV",
                 "", "Before discharge",
                 "Discharge plan agreed and copied to everyone at the meeting"],
                ["Placement plan",
                 "Placement planning meeting and signed placement plan",
                 "SW Owen Price with supervising social worker Gail Penrose",
                 "Within 5 working days of discharge",
                 "Placement plan signed by the carers and on LCS"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Jade withdraws her consent to section 20, or tries to take Maisie from the unit, the nurse in "
              "charge will call security and the police, the SW (or the emergency duty team) will be told "
              "straight away, and the team manager will hold a legal planning meeting the same day to decide "
              "on an application for an emergency protection order. If the Ashworths cannot take Maisie on "
              "discharge, she will stay on the unit until the placement team finds another foster placement; "
              "she will not go home with Jade. If Jade's drug tests are positive or she misses three contacts in "
              "a row, the SW will request a legal planning meeting within 5 working days to consider issuing "
              "care proceedings."),
        ("h1", "Reviews"),
        ("p", "First looked after review: 12/06/2025, 11am, in the parents' room on the neonatal unit, chaired by "
              "Bernadette Hale (IRO). Second review within 3 months of the first."),
    ],
    "findings": [
        F("T002", "Refer Maisie to the paediatric hepatology clinic"),
        F("M002", "Health visitor to pick up Maisie from the neonatal outreach team"),
        F("M001", "Take photos of Maisie on the unit and keep a memory box"),
        F("T002", "Maternal grandmother Tina Hendry to visit Maisie on the unit"),
        F("W001", "Discharge planning meeting with the unit, the foster carers"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes: attendance, discussion paragraphs (what each person
#    did), "Actions agreed" log No. | Action | Owner | Deadline (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_corlingham_core_group_minutes_tierney.md",
    "split": "tune",
    "template": "core-group-minutes-action-owner-deadline-log",
    "description": (
        "Second core group minutes for an 8-year-old and a toddler (neglect; mum's anxiety, her partner's "
        "cannabis use): attendance, discussion paragraphs reporting what each professional did, then an "
        "'Actions agreed' log with No. | Action | Owner | Deadline and no measure column, so measures live "
        "in the action text. Actions with no measure, 'ASAP', 'Ongoing' with 'keep an eye on', a talking "
        "therapy service that only offers sessions, 'Family' and 'All agencies' as owners."
    ),
    "text": """\
# Corlingham Borough Council – Children's Services

## Core Group Meeting – Minutes

**Children:** Ellis Tierney (8), Rosie Tierney (19 months)
**Plan:** Child protection plan, neglect (ICPC 22/05/2025)
**Date / venue:** Thursday 12 June 2025, 1.30pm, Corlingham Family Hub, Room B
**Chair:** Megan Fairclough (SW)   **Minutes:** Tasha Reed (business support)

### Attendance

| Name | Role |
|---|---|
| Shona Tierney | Mum |
| Lee Gallagher | Mum's partner (Rosie's dad) |
| Megan Fairclough | Social worker, Safeguarding Team North |
| Grace Abara | Health visitor, Corlingham 0-19 Service |
| Mr Daniel Pike | DSL, Holmfield Primary (Ellis's school) |
| Paula Bright | Manager, Little Owls Nursery (Rosie) |
| Kerry Shaw | Family support worker (FSW) |

**Apologies:** Dr Anand (GP) – report sent; Beth Rowe, Corlingham Talking Therapies.

### 1. Outcomes from the conference plan (read out by the chair)

- Ellis and Rosie live in a clean, warm home with food in the cupboards and clean clothes every day.
- Rosie's weight goes back up to the 25th centile and her nappy rash clears.
- Ellis gets to school on time every day, fed, and stops worrying about looking after Rosie.

### 2. Update from each person

**SW:** Megan visited on 28 May and 10 June (unannounced). On both visits the kitchen
was cleaner than at the conference, but on 10 June there was no milk or bread in the
house and the children's bedroom still smelled of damp and urine. Ellis was seen on
his own in his bedroom on 10 June.

**HV:** Grace visited on 3 June and weighed Rosie at home: 9.8kg, between the 9th and
25th centiles, up from 9.5kg in May. Rosie had nappy rash again. Grace gave Shona
barrier cream and advice, and has booked Rosie's 2-year review for 1 July.

**School:** Mr Pike said Ellis's attendance since the conference is 86%, and he was
late on 5 of 14 days. He came in hungry twice and was given toast. Ellis told his
teacher that he "does Rosie's bottle in the morning". Mr Pike checked with the dental
practice on 9 June and Ellis's dental referral has not been received.

**Nursery:** Paula said Rosie has attended 7 of 10 sessions and has twice arrived in
the same clothes as the day before. She is eating well at nursery.

**FSW:** Kerry has done 3 of 6 routines sessions with Shona (meal planning, a morning
chart and laundry). Shona has kept the morning chart going for a week.

**Shona and Lee:** Shona said she is finding mornings hard because of her anxiety and
that she had her Talking Therapies assessment on 5 June. Lee said he has cut down his
cannabis and now only smokes in the garden. He has not yet been to the drug service.

**Talking Therapies (written update):** Shona has been assessed and offered six
sessions of guided self-help for anxiety.

### 3. What Ellis and Rosie are telling us

Ellis told Megan on 10 June: "It's better when the kitchen's clean because I can find
the cereal." He said he likes Lee "but not the smell". He wants to go to the football
club on Saturdays like his friend Jack. Rosie was chatty and climbed onto Shona's
lap at the home visit; at nursery she eats everything she is given and asks for more.

### 4. Actions agreed

| No. | Action | Owner | Deadline |
|---|---|---|---|
| 1 | SW to carry on home visits, at least one in two unannounced, seeing Ellis on his own; visit notes to record what Ellis says and what food is in the house | Megan Fairclough (SW) | Fortnightly – next by 26/06/2025 |
| 2 | HV to weigh Rosie at home and send the weight and centile to the SW after each visit | Grace Abara (HV) | Every 2 weeks |
| 3 | HV to do Rosie's 2-year review and send the ASQ-3 scores to the SW | Grace Abara (HV) | 01/07/2025 |
| 4 | Shona to chase Ellis's dental referral with the surgery | Shona Tierney | By next core group |
| 5 | Offer Ellis a free breakfast club place; his attendance to be recorded in the breakfast club register and sent to the SW | Mr Pike (DSL) | ASAP |
| 6 | Keep an eye on Rosie's nappy rash and whether she comes in clean clothes | Paula Bright, Little Owls Nursery | Ongoing |
| 7 | Talking Therapies to give Shona six sessions of guided self-help for her anxiety | Corlingham Talking Therapies (Beth Rowe) | Weekly from 24/06/2025 |
| 8 | Lee to have a cannabis assessment at Corlingham Drug and Alcohol Service and agree for the worker to send the result and his drug tests to the SW | Lee Gallagher | By 30/06/2025 |
| 9 | Clear and clean the children's bedroom and wash the bedding; home conditions tool score of 4 or above at the next SW visit | Family | By 26/06/2025 |
| 10 | FSW to finish the last 3 routines sessions with Shona and leave a written morning routine; Shona's morning chart filled in on at least 5 days a week | Kerry Shaw (FSW) | Weekly, by 10/07/2025 |
| 11 | Phone any new worry about Ellis or Rosie through to the SW on the day | All agencies | Same day |
| 12 | SW to complete the Graded Care Profile 2 with Shona and Lee and share the scores at the next core group | Megan Fairclough (SW) | By 10/07/2025 |

### 5. Contingency (from the conference plan – still agreed)

If the children are found without food in the house on two visits in a row, Rosie's
weight drops below the 9th centile, or Ellis is kept off school to look after Rosie,
the SW will visit the same day and hold a strategy discussion within 24 hours. The
children would stay with Lee's mother, Brenda Gallagher, who has agreed and been
checked, or with foster carers if Brenda cannot have them.

### 6. Next meetings

- Next core group: Thursday 10 July 2025, 1.30pm, Corlingham Family Hub (then every 4 weeks).
- Review child protection conference: 14 August 2025, 10am, Corlingham Town Hall.
- If home conditions and Rosie's weight have not improved by the review conference,
  the SW will ask the team manager for a legal planning meeting.

*Minutes agreed by the chair 13/06/2025. Copies to all those invited.*
""",
    "findings": [
        F("M001", "Shona to chase Ellis's dental referral with the surgery"),
        F("T002", "Offer Ellis a free breakfast club place"),
        F("T002", "Keep an eye on Rosie's nappy rash"),
        F("M002", "Keep an eye on Rosie's nappy rash"),
        F("H001", "Talking Therapies to give Shona six sessions of guided self-help"),
        F("M001", "Talking Therapies to give Shona six sessions of guided self-help"),
        F("W002", "Clear and clean the children's bedroom and wash the bedding"),
        F("W002", "Phone any new worry about Ellis or Rosie through"),
        F("M001", "Phone any new worry about Ellis or Rosie through"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth CP plan exported from a case system as plain text: labelled
#    Action / Responsible / Target date / Success measure lines, wrapped lines,
#    a repeated page header line (txt)
# ---------------------------------------------------------------------------
_DUNS_HEAD = "DUNSWORTHY COUNCIL  CareFile 5   PRE-BIRTH CP PLAN - Baby MOWBRAY (unborn)"

PLANS.append({
    "name": "b6_dunsworthy_prebirth_labelled_export_mowbray.txt",
    "split": "tune",
    "template": "prebirth-labelled-line-export-paged",
    "description": (
        "Pre-birth CP plan printed from a case system: one Action / Responsible / Target date / Success "
        "measure group per action, wrapped lines and a page header line repeated at each page. Dates such "
        "as 'wc 14/07', 'before 36 weeks' and 'on discharge' are real. Faults: a CMHT nurse who only "
        "supports with 'mood remains stable', 'TBC', 'ongoing' with 'engagement', a blank Responsible "
        "line, a blank Success measure; two grandmothers carry the plan and the contingency ignores them."
    ),
    "text": _DUNS_HEAD + "   Page 1 of 3\nPrinted 08/07/2025 14:21 by TREILLY\n" + """\
================================================================================
Subject:        Baby MOWBRAY (unborn)     EDD 02/09/2025     CareFile ID 5530917
Mother:         Chantelle MOWBRAY (22)     DOB 19/03/2003
Father:         Kieran OAKES (24)          DOB 07/11/2000
Sibling:        Tyler-James OAKES (3) - lives with PGM Sheila Oakes under a
                special guardianship order (2023)
Address:        Flat 3, 41 Priory Walk, Dunsworthy
Conference:     Pre-birth ICPC 01/07/2025     Category: Neglect (risk of)
Allocated SW:   Tamsin Reilly, Dunsworthy Pre-Birth and Infant Team
================================================================================

REASON FOR PLAN
  Tyler-James was removed from Chantelle and Kieran's care in 2022 after he was
  found with a head injury and poor weight gain; the court found neglect.
  Chantelle has emotionally unstable personality disorder and is open to the
  Dunsworthy CMHT; she self-harmed twice in 2024. Kieran uses cocaine at
  weekends and has a caution for assaulting a previous partner (2021).
  Chantelle has a mild learning disability and needs information given in
  small steps.

BABY'S LIVED EXPERIENCE
  The 20-week scan on 15/05/2025 was normal and the baby is growing on the
  50th centile. Chantelle has attended all antenatal appointments since the
  conference was booked. At the home visit on 02/07/2025 the flat was tidy but
  cold, there was no cot or Moses basket yet, and Kieran's friends were
  smoking cannabis on the balcony outside the baby's room.

OUTCOMES FOR BABY
  1. Baby is born well and goes home (or to a safe placement) with an adult
     who can feed, settle and keep baby safe 24 hours a day.
  2. Baby has a safe sleeping space, a warm home free from smoke and drugs,
     and is never left with an adult under the influence.
  3. Baby is not exposed to violence or shouting between the adults.

ACTIONS
--------------------------------------------------------------------------------
Action:          SW to visit Chantelle and Kieran at home, at least one visit in
                 three unannounced, to check preparations for the baby (cot,
                 Moses basket, bottles, steriliser)
Responsible:     Tamsin Reilly (SW)
Target date:     fortnightly from wc 14/07
Success measure: Visit records on CareFile; cot and Moses basket set up and
                 seen by the SW by 36 weeks
--------------------------------------------------------------------------------
Action:          Pre-birth parenting assessment (PAMS, adapted to Chantelle's
                 learning needs) of Chantelle and Kieran
Responsible:     Tamsin Reilly (SW)
Target date:     before 36 weeks
Success measure: Written assessment shared with Chantelle, Kieran and the
                 core group
--------------------------------------------------------------------------------
Action:          Birth plan including who stays with Chantelle and baby on the
                 ward, and an out-of-hours alert to the emergency duty team
Responsible:     Jo Clegg, safeguarding midwife
Target date:     before 36 weeks
Success measure: Signed birth plan on the maternity record and copied to EDT
--------------------------------------------------------------------------------
Action:          CMHT care coordinator to continue to support Chantelle with her
                 mood and with her DBT skills through the pregnancy
Responsible:     Sam Whitworth, CPN, Dunsworthy CMHT
Target date:     fortnightly
Success measure: Chantelle's mood remains stable
--------------------------------------------------------------------------------
Action:          Kieran to have a drug assessment at Dunsworthy Recovery Service
                 and give a hair strand test
Responsible:     Kieran Oakes
Target date:     TBC
Success measure: Hair strand result sent to the SW
--------------------------------------------------------------------------------
""" + "\n" + _DUNS_HEAD + "   Page 2 of 3\n" + """\
--------------------------------------------------------------------------------
Action:          Kieran to do the Choose to Change domestic abuse perpetrator
                 programme
Responsible:     Kieran Oakes
Target date:     ongoing
Success measure: engagement
--------------------------------------------------------------------------------
Action:          Support with the housing register and bidding for a two-bed
                 property away from Priory Walk
Responsible:
Target date:     before baby is born
Success measure: Offer letter for a two-bed tenancy shown to the SW
--------------------------------------------------------------------------------
Action:          Safety network meeting with Donna Mowbray (MGM) and Sheila
                 Oakes (PGM) to agree who stays with Chantelle and baby after
                 the birth
Responsible:     Tamsin Reilly (SW)
Target date:     wc 28/07
Success measure: Written safety plan signed by Chantelle, Kieran, Donna and
                 Sheila
--------------------------------------------------------------------------------
Action:          MGM Donna Mowbray to stay at the flat with Chantelle and baby
                 day and night for the first two weeks
Responsible:     Donna Mowbray (MGM)
Target date:     on discharge, for 14 nights
Success measure:
--------------------------------------------------------------------------------
Action:          PGM Sheila Oakes to have Chantelle and baby at her house every
                 Sunday daytime so Chantelle can rest, and bring Tyler-James to
                 see his brother or sister
Responsible:     Sheila Oakes (PGM)
Target date:     every Sunday from discharge
Success measure: Sundays written in the safety network diary and checked by the
                 SW monthly
--------------------------------------------------------------------------------
Action:          New birth visit and handover from the community midwife; safe
                 sleep and feeding advice
Responsible:     Amy Fenton (HV), Dunsworthy 0-19 Service
Target date:     on discharge, then new birth visit day 10-14
Success measure: Safe sleep checklist signed; baby's weight recorded in the red
                 book at each visit
--------------------------------------------------------------------------------

CONTINGENCY
  If Chantelle self-harms, Kieran is found under the influence of cocaine, or
  there is any incident of violence before or after the birth, the SW (EDT
  out of hours) will hold a strategy discussion the same day. If this happens
  before discharge, baby will not be discharged home and will be placed with
  foster carers. If it happens after discharge, Kieran will be asked to leave
  the flat and the SW will request a legal planning meeting the same day to
  consider an application to court.
""" + "\n" + _DUNS_HEAD + "   Page 3 of 3\n" + """\
LEGAL
  Legal planning meeting held 16/06/2025: the threshold for pre-proceedings is
  met and a PLO letter was issued on 20/06/2025. If the parenting assessment
  is negative or there is no progress by 36 weeks, the LA will issue care
  proceedings at birth.

REVIEW ARRANGEMENTS
  Core group:   every 4 weeks - 17/07/2025, 14/08/2025, then within 10 working
                days of the birth
  Review conference: 25/09/2025 (or within 4 weeks of the birth if earlier)

Plan authorised: Ruth Ellison (Team Manager) 07/07/2025
-- END OF PRINT --
""",
    "findings": [
        F("H001", "CMHT care coordinator to continue to support Chantelle"),
        F("M002", "CMHT care coordinator to continue to support Chantelle"),
        F("T002", "Kieran to have a drug assessment at Dunsworthy Recovery Service"),
        F("T002", "Kieran to do the Choose to Change domestic abuse perpetrator programme"),
        F("M002", "Kieran to do the Choose to Change domestic abuse perpetrator programme"),
        F("W001", "Support with the housing register and bidding for a two-bed"),
        F("M001", "MGM Donna Mowbray to stay at the flat with Chantelle"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan with a five-column table, first column ("What needs
#    to change") merged down several rows (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_eldercombe_cin_merged_change_whitfield.docx",
    "doc_title": "Child in Need Plan - Kai Whitfield",
    "split": "tune",
    "template": "cin-merged-what-needs-to-change-five-column",
    "description": (
        "Exemplary child in need plan for a 10-year-old whose baby brother is on a child protection plan: a "
        "What needs to change | What will be done | By who | By when | What will tell us it is working table "
        "with the first column merged down the rows (real Word vertical merges); named owners, real "
        "timescales, observable measures, grandad's one task covered in a specific contingency, reviewed at "
        "the brother's core groups and review conference, legal planning meeting if no progress."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child in Need Plan"),
        ("p", "Eldercombe District Council – Children and Families, Assessment and Intervention Team 2"),
        ("kv", [
            ("Child", "Kai Whitfield, born 12/04/2015 (10), Year 5 at Eldercombe Juniors"),
            ("Lives with", "Stacey Whitfield (mum), Ryan Whitfield (dad) and Reggie Whitfield (brother, 4 months)"),
            ("Plan agreed", "Initial child protection conference, 29/05/2025 (section 17 plan for Kai)"),
            ("Social worker", "Bethany Cole"),
        ]),
        ("h1", "Why Kai has a child in need plan"),
        ("p", "At 9 weeks old Reggie was taken to hospital with a bruise on his cheek that his parents could not "
              "explain, and a child protection plan was made for him at the conference on 29 May. The "
              "conference agreed that the worries about injury were about Reggie, a baby who cannot move "
              "about or tell anyone, and that Kai does not need a child protection plan. But Kai has been "
              "very anxious since the police and social workers came to the house, his attendance has dropped "
              "to 88% and his reading is about 18 months behind. Kai and his parents asked for help, and "
              "everyone agreed this plan."),
        ("h1", "What Kai told me"),
        ("p", "I saw Kai on his own at school on 3 June and at home on 5 June. He said: \"I'm scared the social "
              "workers will take Reggie away, and me.\" He said home is \"mostly good\" and that Mum and Dad "
              "\"are tired all the time because Reggie doesn't sleep\". He said nobody has ever hurt him at "
              "home. He misses football since his team stopped, and he hates reading out loud in class \"because "
              "people laugh\". He gave home 7 out of 10 and school 4 out of 10."),
        ("h1", "Kai's plan"),
        ("table", {
            "header": ["What needs to change", "What will be done", "By who", "By when",
                       "What will tell us it is working"],
            "widths": [3.3, 4.6, 3.0, 2.6, 3.5],
            "rows": [
                ["Kai feels settled and safe at home, and understands what is happening with Reggie and the "
                 "social worker.",
                 "Visit Kai at home and at school, see him on his own, and make a Words and Pictures story with "
                 "him about why a social worker is involved",
                 "Bethany Cole (SW)",
                 "Every 3 weeks from 09/06/2025; story by 30/06/2025",
                 "Visit notes record Kai seen alone and what he said; Kai has his own copy of the story"],
                [V,
                 "Six worry sessions with Kai using the 'worry monster' work",
                 "Mr Dylan Hughes, learning mentor, Eldercombe Juniors",
                 "Weekly from 16/06/2025",
                 "Kai's own feelings scale, written on each session sheet, goes from 4/10 to 7/10 or more by "
                 "the last session"],
                [V,
                 "Special time with Kai every weekend – one parent and Kai, doing something he chooses, "
                 "without Reggie",
                 "Stacey and Ryan Whitfield, taking turns",
                 "Every weekend from 14/06/2025",
                 "Kai tells the SW what they did; the special-time chart on the fridge is filled in"],
                ["Kai goes to school every day and catches up with his reading.",
                 "Send Kai's attendance and any lateness to the SW",
                 "Mrs Angela Frost, DSL, Eldercombe Juniors",
                 "Every Friday",
                 "Weekly figures show 95% attendance or more by the end of term"],
                [V,
                 "Reading catch-up group, with no reading out loud in front of the class until Kai is ready "
                 "to try it",
                 "Mr Tom Illing, class teacher",
                 "Three times a week from 09/06/2025",
                 "Reading age tested in June and again in October shows a rise of at least 6 months"],
                [V,
                 "Get Kai to school by 8.45am with his book bag and reading record",
                 "Stacey Whitfield",
                 "Every school day",
                 "School register shows Kai in by 8.45am; reading record signed 4 nights a week"],
                ["Kai's asthma is well controlled and he does not miss school or football because of it.",
                 "Asthma review and a new written asthma plan for Kai",
                 "Linda Shaw, practice nurse, Combe Vale Surgery",
                 "By 30/06/2025",
                 "Asthma plan in the school office and at home; no days missed for asthma this term"],
                [V,
                 "Collect Kai's repeat inhalers and keep one in date at school",
                 "Ryan Whitfield",
                 "Monthly, first by 20/06/2025",
                 "In-date inhaler in the school office at the DSL's half-termly check"],
                ["Kai has fun and friends outside home and school.",
                 "Find Kai a new football team and take him to training",
                 "Mick Whitfield (paternal grandad)",
                 "Every Tuesday from 17/06/2025",
                 "Kai is on the team list and at 3 of every 4 training sessions (coach's register)"],
                [V,
                 "Book Kai onto the Eldercombe summer holiday scheme",
                 "Zara Quinn, family support worker",
                 "By 11/07/2025",
                 "Booking confirmation given to the SW; scheme register shows Kai there at least 8 days"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kai says anyone at home has hurt him, comes to school with a mark that is not explained, or "
              "misses more than 3 days of school in any fortnight without a reason, the school will ring the "
              "SW the same day and the SW will hold a strategy discussion within 24 hours. While that happens "
              "Kai will stay with his grandparents, Mick and Jean Whitfield, who have agreed and been checked. "
              "If Mick cannot take Kai to football, Ryan will take him; if the grandparents cannot have Kai, he "
              "will stay with approved foster carers while the strategy discussion decides what happens next."),
        ("h1", "How we will check the plan is working"),
        ("bullets", [
            "Kai's plan is looked at every time Reggie's core group meets: every 4 weeks – 12/06/2025, "
            "10/07/2025 and 07/08/2025, at Eldercombe Family Centre.",
            "Kai's plan will also be reviewed at Reggie's review child protection conference on 28/08/2025, "
            "10am, Eldercombe Council Offices.",
            "If Kai's attendance or worries have not improved by the review conference, or there are new "
            "worries about his care, the SW will ask for a child protection conference for Kai and the team "
            "manager will request a legal planning meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Child-friendly "My plan" written to a 9-year-old (docx). Some faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_fennimoor_my_plan_child_friendly_sutton.docx",
    "doc_title": "My Plan - Amber Sutton",
    "split": "tune",
    "template": "child-friendly-my-plan-bullets",
    "description": (
        "Child-friendly CP plan written to a 9-year-old ('You told us...', 'Your mum will...', 'Your social "
        "worker Kelly will...') with headings 'What you said', 'What grown-ups will do', 'If things go "
        "wrong'. Mum seeing her doctor 'when she feels ready', a passive 'You will be helped', a nan and an "
        "aunt with no measure and 'whenever she can', 'the grown-ups who work with you will keep an eye "
        "on'; mum's low mood with no adult service action, no fallback if the family can't help, no legal step."
    ),
    "font": "Comic Sans MS",
    "font_size": 12,
    "blocks": [
        ("title", "My Plan"),
        ("p", "For Amber Sutton, age 9. Made at the child protection conference on 17 June 2025."),
        ("p", "Fennimoor Council Children's Services"),
        ("h1", "Hello Amber"),
        ("p", "This is your plan. Lots of grown-ups met on 17 June to talk about how to keep you and Mum safe. "
              "Kelly, your social worker, wrote this for you. She will read it with you, and you can tell her "
              "if any of it doesn't make sense or if you want to add something."),
        ("h1", "What you said"),
        ("p", "You told us that you get scared when Dale comes to the door and shouts, and that you hide "
              "under your bed with Biscuit (your rabbit teddy). You said, \"I don't want Dale to come back, "
              "ever.\" You told us Mum has been \"sad and tired a lot\" and that sometimes you make your own "
              "breakfast. You said you love Nanny Jean's house \"because we do baking\", and that you really "
              "want to do the drama club at school. When Kelly asked you to score how safe you feel at home, "
              "you said 5 out of 10."),
        ("h1", "Why the grown-ups are worried"),
        ("p", "Dale used to be Mum's boyfriend. Since March he has come to your house lots of times, banging "
              "on the door and shouting, and in May he pushed Mum over in the garden while you were watching "
              "from the window. The police have been called five times. Mum has been feeling very low, and "
              "her doctor has given her tablets for depression. The grown-ups are worried that you could get "
              "hurt, or be very frightened, and that you are having to look after yourself in the mornings."),
        ("h1", "What we want for you"),
        ("bullets", [
            "You feel safe at home and score it 8 out of 10 or more.",
            "Dale does not come to your house, and you never see anyone being hurt again.",
            "You have breakfast made for you every morning and get to school on time.",
            "You get to do fun things, like drama club and baking at Nanny Jean's.",
        ]),
        ("h1", "What grown-ups will do"),
        ("bullets", [
            "Your social worker Kelly will come to see you at home every two weeks and at school once a month. "
            "She will talk to you on your own and write down what you tell her.",
            "Your mum will not let Dale into the house at any time, and will ring 999 straight away if he "
            "comes to the door. Kelly will check the police log every week.",
            "Your mum will make your breakfast and get you to school by 8.50am every school day. School will "
            "tell Kelly every Friday if you were late.",
            "Your mum will go and see her doctor about feeling sad when she feels ready.",
            "Laura, from Fennimoor Women's Aid, will meet Mum every week to help her stay safe from Dale, and "
            "will give Kelly a copy of Mum's safety plan by 30 June.",
            "Miss Amos, who runs the Rainbow Room at school, will see you every Wednesday for worry time. She "
            "will keep notes of your worry times and tell Kelly the same day if you are worried.",
            "You will be helped to join the drama club at school from September.",
            "Nanny Jean will pick you up from school on Tuesdays and Thursdays and give you your tea.",
            "Auntie Leanne will have you for sleepovers at her house whenever she can.",
            "The police will tell Kelly by the next morning if they are called to your house, and Kelly will "
            "write it on your file.",
            "The grown-ups who work with you will keep an eye on how you are doing.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Dale comes to the house or hurts Mum, Mum will ring 999 and you will go to Nanny Jean's "
              "straight away. Kelly will have a meeting with the police and your school the next day to make "
              "a new plan to keep you safe."),
        ("h1", "When the grown-ups will meet"),
        ("bullets", [
            "The core group (Mum, Kelly, Miss Amos, Laura and the school nurse) will meet every four weeks. "
            "The first meetings are on 1 July, 29 July and 26 August.",
            "The next big meeting (the review child protection conference) is on 16 September 2025. You can "
            "come to part of it, or Kelly can tell everyone what you want to say.",
        ]),
        ("p", "Kelly Morgan, Social Worker – 07700 900 361"),
    ],
    "findings": [
        F("T002", "Your mum will go and see her doctor about feeling sad"),
        F("M001", "Your mum will go and see her doctor about feeling sad"),
        F("W001", "You will be helped to join the drama club"),
        F("M001", "You will be helped to join the drama club"),
        F("M001", "Nanny Jean will pick you up from school on Tuesdays"),
        F("T002", "Auntie Leanne will have you for sleepovers at her house"),
        F("M001", "Auntie Leanne will have you for sleepovers at her house"),
        F("W002", "The grown-ups who work with you will keep an eye"),
        F("T001", "The grown-ups who work with you will keep an eye"),
        F("M002", "The grown-ups who work with you will keep an eye"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review CP conference plan table with Start date, Review date and
#    Progress / RAG columns, outcome merged down rows; landscape PDF with a
#    header and page footer. A mix of faults.
# ---------------------------------------------------------------------------
_OUT_A = "Ruby-Mae and Jack are cared for by a sober adult every day and night."
_OUT_B = "Jack's speech, health and development catch up with other children his age."
_OUT_C = "Ruby-Mae goes to school every day, clean, rested and having eaten."
_OUT_D = "Gemma's drinking and her mental health improve."

PLANS.append({
    "name": "b6_gorsefield_rcpc_rag_start_review_lindsay.pdf",
    "doc_title": "Review Child Protection Conference - Plan - Ruby-Mae and Jack Lindsay",
    "split": "tune",
    "template": "rcpc-start-review-date-progress-rag-landscape",
    "description": (
        "Review conference plan for a 7-year-old and a 2-year-old (mother's drinking) in a landscape table "
        "with an outcome merged down rows, Start date and Review date columns and a Progress / RAG column "
        "(status notes, not measures); header and page footer. 'Ongoing' with 'engagement', an aunt's "
        "'as needed' row with no measure, a blank lead with 'TBC', an empty measure, 'Monitored', '-' dates "
        "with 'improvement', 'All agencies' 'throughout the plan', an adult-only outcome, review conference TBC."
    ),
    "landscape": True,
    "check_vmerge": 3,
    "header": "OFFICIAL-SENSITIVE – Gorsefield Council Children's Services",
    "footer": "RCPC plan 19/06/2025 – Ruby-Mae and Jack Lindsay – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Review Conference"),
        ("kv", [
            ("Children", "Ruby-Mae Lindsay (7), Jack Lindsay (2 years 2 months)"),
            ("Parents", "Gemma Lindsay (mum, children live with her); Craig Lindsay (dad, lives separately)"),
            ("Review conference", "19/06/2025 (first review; ICPC 06/03/2025)"),
            ("Decision", "Both children remain subject to child protection plans – category neglect"),
            ("Chair", "Alison Marr, Independent Conference Chair"),
            ("Social worker", "Priya Chauhan, Gorsefield Safeguarding Team East"),
        ]),
        ("h1", "Summary of progress since the initial conference"),
        ("p", "Gemma has been to 5 of 8 alcohol group sessions and her breath tests were clear until May, when "
              "two home-visit readings were positive. Home conditions have improved and the kitchen now has "
              "food in it at most visits. Ruby-Mae's attendance is 96% since she started breakfast club. "
              "Jack's speech therapy referral has still not been made, and he has missed his 2-year "
              "immunisations twice. Gemma told conference she has felt \"very down\" since Easter and has not "
              "seen her GP. Craig's contact at his mother's house has gone well every Saturday."),
        ("h1", "What Ruby-Mae and Jack are telling us"),
        ("p", "Ruby-Mae told Priya on 12 June (seen alone): \"Mummy was better but then she had the wine again "
              "on my birthday.\" She likes breakfast club \"because of the pancakes on Friday\" and wants to "
              "keep going to Nana Linda's with Dad. She said she sometimes gets Jack his milk when Mummy is "
              "asleep. Jack says a few single words; he was seen to follow Ruby-Mae everywhere, and to cry "
              "and hold on to the stair gate when Priya arrived."),
        ("pagebreak",),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["Outcome", "Action", "Lead", "Start date", "Review date", "How we will know",
                       "Progress / RAG"],
            "widths": [3.6, 5.0, 3.2, 2.6, 2.6, 4.5, 4.2],
            "rows": [
                [_OUT_A,
                 "Unannounced visits; see Ruby-Mae on her own; check the fridge, the bedrooms and whether Gemma "
                 "has been drinking",
                 "Priya Chauhan (SW)", "10/03/2025", "Each core group",
                 "Visit notes show both children seen and Ruby-Mae seen alone; home conditions score recorded",
                 "G – 7 visits since ICPC, 3 unannounced"],
                [V,
                 "Gemma to go to the Gorsefield Alcohol Service group and her 1:1 key work sessions",
                 "Gemma Lindsay", "Ongoing", "Ongoing",
                 "Engagement with the service",
                 "A – missed 3 of 8 sessions"],
                [V,
                 "Breath tests at every home visit by the key worker and results sent to the SW",
                 "Tom Hale, key worker, Gorsefield Alcohol Service", "17/03/2025", "Weekly",
                 "Results on the children's file; every reading zero",
                 "R – 2 positive readings in May"],
                [V,
                 "Supervise Craig's contact with the children at her house on Saturdays",
                 "Linda Lindsay (paternal grandmother)", "15/03/2025", "Monthly",
                 "Contact diary signed by Linda and Craig after each contact",
                 "G – every Saturday contact has gone ahead"],
                [V,
                 "Have the children to stay at her house overnight to give Gemma a break",
                 "Tara Bell (maternal aunt)", "As needed", "As needed",
                 "",
                 "A – used once (11/05/2025)"],
                [V,
                 "Share any new worry about Ruby-Mae or Jack with the SW on the day it comes up",
                 "All agencies", "Throughout the plan", "-",
                 "Concerns logged on both children's files with what was done",
                 "G"],
                [_OUT_B,
                 "Speech and language therapy assessment for Jack",
                 "", "TBC", "TBC",
                 "SALT report shared with the core group",
                 "R – referral not made yet"],
                [V,
                 "Take Jack to his missed 2-year immunisations and health review",
                 "Gemma Lindsay", "23/06/2025", "Next core group",
                 "",
                 "A – booked twice, not attended"],
                [V,
                 "Home visits on Jack's routines, diet and play",
                 "Chloe Mason (HV)", "Fortnightly", "Each core group",
                 "Monitored",
                 "A – 3 of 6 visits done"],
                [_OUT_C,
                 "Breakfast club place and a daily check that Ruby-Mae has eaten and is clean",
                 "Mrs Joanne Kerr, DSL, Gorsefield Primary", "03/03/2025", "Weekly",
                 "Breakfast club register; attendance 95% or more",
                 "G – attendance 96% this half term"],
                [V,
                 "Emotional support for Ruby-Mae in school",
                 "School (ELSA)", "-", "-",
                 "Improvement in Ruby-Mae's mood",
                 "A – on the waiting list for ELSA"],
                [_OUT_D,
                 "Gemma to see her GP about her low mood and ask for a referral to the Wellbeing Service",
                 "Gemma Lindsay", "23/06/2025", "Next core group",
                 "Referral confirmation letter shown to the SW",
                 "R – not done"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Gemma is found under the influence of alcohol while caring for the children, or a breath test "
              "is positive, the SW (or EDT out of hours) will visit the same day. Ruby-Mae and Jack will stay "
              "with Tara Bell while a strategy discussion is held within 24 hours. If Tara cannot have them, "
              "they will go to Linda Lindsay; if neither can, the children will be placed with foster carers "
              "the same day. Linda's supervision of Craig's contact is only on Saturdays at her house: if "
              "Linda cannot supervise, contact does not go ahead that week."),
        ("h1", "Legal planning"),
        ("p", "Because Gemma has had two positive tests, the SW will request a legal planning meeting by "
              "04/07/2025. If there is another positive test or no progress by the next review, the team "
              "manager will ask for the case to go into pre-proceedings (PLO)."),
        ("h1", "Core group and next review"),
        ("p", "Core group: every 4 weeks – 03/07/2025, 31/07/2025, 28/08/2025, Gorsefield Family Hub. "
              "Next review child protection conference: to be arranged (within 6 months)."),
    ],
    "findings": [
        F("T002", "Gemma to go to the Gorsefield Alcohol Service group"),
        F("M002", "Gemma to go to the Gorsefield Alcohol Service group"),
        F("T002", "Have the children to stay at her house overnight"),
        F("M001", "Have the children to stay at her house overnight"),
        F("W001", "Speech and language therapy assessment for Jack"),
        F("T002", "Speech and language therapy assessment for Jack"),
        F("M001", "Take Jack to his missed 2-year immunisations and health review"),
        F("M002", "Home visits on Jack's routines, diet and play"),
        F("T001", "Emotional support for Ruby-Mae in school"),
        F("M002", "Emotional support for Ruby-Mae in school"),
        F("W002", "Share any new worry about Ruby-Mae or Jack with the SW"),
        F("T002", "Share any new worry about Ruby-Mae or Jack with the SW"),
        F("F002", "Gemma's drinking and her mental health improve"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 8. Typed numbered outline 1 / 1.1 / a) under theme headings (Safety,
#    Health, Education); each action a full sentence with owner, when and how
#    we will know (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b6_hathercote_numbered_outline_themes_begg.md",
    "split": "tune",
    "template": "typed-numbered-outline-themes-md",
    "description": (
        "Exemplary CP plan for an 8-year-old and a 14-month-old (mother's severe postnatal depression, "
        "father working away) written as a typed 1 / 1.1 / a) outline under Safety, Health and Education: "
        "every a) item is a full sentence naming who, when and how we will know; the perinatal psychiatrist "
        "reports on capacity to change, the GP owns an action, grandmother's nights covered in a specific "
        "contingency, core group and review dates, legal planning meeting."
    ),
    "text": """\
# Child Protection Plan – Logan and Ella Begg

Hathercote County Council · Children and Families · Safeguarding Team South

| | |
|---|---|
| **Children** | Logan Begg (8), Year 3, Hathercote Primary; Ella Begg (14 months) |
| **Parents** | Rachel Begg (mum); Stuart Begg (dad, HGV driver, away 2 nights a week) |
| **Conference** | Initial child protection conference, 26/06/2025 |
| **Category** | Neglect |
| **Social worker** | Joel Mensforth |

## Why there is a plan

Rachel has had severe postnatal depression since Ella was born and was admitted to the
Hathercote mother and baby unit for five weeks last winter. Since she stopped her
medication in May she has spent most days in bed. On 11 June Logan rang 999 because he
could not wake his mum; Ella was in her cot with a soaked nappy and had not been fed
since the night before. Stuart works away on Tuesday and Wednesday nights, when Logan
has been getting Ella up and giving her a bottle before school.

## What Logan says and what we see of Ella's day

Logan told Joel on 19 June, on his own at school: "I'm good at doing Ella's bottle but
I get scared when Mum won't talk." He said he wants "Mum to be happy like before Ella"
and he would like Nana Pam to "sleep over more". He gave home 5 out of 10 for feeling
safe. Ella is walking and babbling. At the visit on 20 June she went to Logan, not
Rachel, when she fell over, and she ate a whole bowl of pasta quickly. Her childminder
says she is happy and settled during the day.

## What we want for Logan and Ella

- Ella is fed, changed and cared for by an adult who is well and awake, every day and night.
- Logan is a child, not a carer: he does not have to get Ella up, feed her or look after his mum.
- Logan feels safe at home and gives it 8 out of 10 or more when he is asked.
- Ella keeps growing well, on her centile, and her development stays on track.

## What we will do

**1 Safety**

1.1 Seeing Logan and Ella

a) Joel Mensforth (SW) will visit every week from 30/06/2025, with at least one visit
   a fortnight unannounced, and see Logan on his own each time; his visit notes will
   record what Logan says and his safety score.

b) Donna Reeve, Ella's childminder, will keep a daily diary of the time Ella arrives,
   whether she has been fed and changed, and how she is, and will email it to Joel
   every Friday.

1.2 Nights when Stuart is away

a) Stuart Begg will send Joel his shift rota at the start of each month, from
   01/07/2025, and Joel will check it against the safety network log at each visit.

b) Pam Hewitt (maternal grandmother) will stay at the house every night Stuart is
   away, starting on 01/07/2025, and will sign the safety network log each morning;
   Joel will check the log at each visit.

c) Rachel Begg will tell Stuart and Joel the same day if she has thoughts of harming
   herself or cannot get up to care for Ella, and Joel will record every call on
   Ella's and Logan's files.

**2 Health**

2.1 Rachel's mental health

a) Dr Farah Qureshi, perinatal psychiatrist at the Hathercote Perinatal Mental Health
   Service, will see Rachel every two weeks from 03/07/2025 and will send the core
   group a written assessment by 15/08/2025 of whether Rachel can make and keep the
   changes needed to care for Ella and Logan, and how long that is likely to take.

b) Dr Peter Lamb, Rachel's GP, will review her antidepressant by 11/07/2025, prescribe
   it weekly, and send Joel a copy of the medication plan.

2.2 Ella's health

a) Kirsty Doyle (HV) will weigh Ella every two weeks from 07/07/2025 and do her
   15-month review by 31/07/2025, and will send Joel Ella's weight, centile and
   ASQ-3 scores after each visit.

**3 Education**

3.1 Logan at school

a) Mr Adam Reid, DSL at Hathercote Primary, will send Joel Logan's attendance and
   lateness every Friday; attendance will be 95% or more by the review conference.

b) Mrs Claire Ng, the school's young carers lead, will refer Logan to Hathercote
   Young Carers by 11/07/2025, and Joel will have the project's letter confirming
   Logan's place at its Thursday club on file by 31/07/2025.

c) Mrs Ng will meet Logan every Monday morning for a check-in, keep notes of what he
   says, and tell Joel the same day if he says he has been looking after Ella or his
   mum.

## If things go wrong

If Rachel cannot be woken, says she wants to harm herself or Ella, or stops her
medication, Stuart or Pam will ring 999 if anyone is in danger and ring Joel (or the
emergency duty team out of hours); Joel will hold a strategy discussion the same day.
Logan and Ella will be cared for by Pam at her house until the strategy discussion
agrees a plan, and Rachel will be offered an urgent review by the perinatal team. If
Pam cannot stay on a night Stuart is away, Stuart will change his shift or take leave,
and if neither of them can be there, the children will stay with approved foster
carers that night. If Dr Qureshi's assessment says Rachel cannot make the changes in
Ella's timescale, or this happens twice, the team manager will request a legal
planning meeting.

## Checking the plan

- Core group: every 4 weeks – 10/07/2025, 07/08/2025 and 04/09/2025, at Hathercote
  Family Centre.
- Review child protection conference: 25/09/2025, 2pm, Hathercote County Hall.

*Plan agreed at conference 26/06/2025 and sent to Rachel and Stuart with a copy for
Logan read to him by Joel.*
""",
    "findings": [],
})
