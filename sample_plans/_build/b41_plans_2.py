"""Batch 41, module 2: seven fictional plans (held out), places beginning with "g".

Everything here is made up: children, families, professionals, services,
hospitals and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its
code.

Focus: plans as different systems and nations keep them. A Scottish GIRFEC
child's plan under SHANARRI headings with named persons (exemplary, grandparents
with a fallback); a Welsh care and support protection plan with bilingual
headings and a language-of-service column (grandparents with no fallback); a
Northern Ireland Trust plan where the CMHT care coordinator assesses capacity
to change (exemplary); a looked-after baby's care plan on a neonatal unit with a
visiting grid, contact, placement plan and legal planning (exemplary); a child
in need plan stepping down from child protection; a paged case-system export
with labelled field lines while the family moves to another council; and a
plain-text review plan with fixed-width columns and wrapped cells.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scottish GIRFEC child's plan (child protection): named persons and lead
#    professional, Eilidh's own views, SHANARRI headings each with a "what we
#    want" line and a small who-first table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_glenarrow_girfec_shanarri_who_first_mcfadyen.docx",
    "doc_title": "Child's Plan (Child Protection) - Eilidh and Callum McFadyen",
    "split": "heldout",
    "template": "girfec-childs-plan-cp-docx-named-person-per-child-lead-professional-kv-my-views-written-with-named-person-shanarri-h2-sections-what-we-want-line-then-who-first-will-do-when-how-well-see-table",
    "description": (
        "Scottish child's plan agreed at an initial child protection planning meeting for a 9-year-old "
        "and a 3-year-old (mother's weekend drinking; a 3-year-old found in the stairwell at night). "
        "Named person for each child, lead professional, Eilidh's own views, outcomes, then a small "
        "Who / Will do / When / How we'll see it table under each SHANARRI indicator. Grandparents have "
        "the children every Friday night and take Eilidh swimming; the contingency says what happens if "
        "they cannot, the alcohol service reports to the core group, core group dates and the review "
        "planning meeting are set, and legal advice and the Reporter follow a relapse. Exemplary."
    ),
    "blocks": [
        ("title", "Child's Plan — Child Protection"),
        ("p", "Glenarrow Council, Children and Families Social Work (North Locality) · NHS Glenarrow and "
              "Firth Health Visiting · Glenarrow Council Education and Early Learning"),
        ("kv", [
            ("Children", "Eilidh McFadyen, DOB 22/09/2015 (9), P5 at Carnbrae Primary School; "
                         "Callum Kerr McFadyen, DOB 04/05/2022 (3), Wee Acorns Early Learning and Childcare"),
            ("Home", "17 Balgownie Crescent, Carnbrae, Glenarrow"),
            ("Mother", "Shona McFadyen (33)"),
            ("Callum's father", "Ross Kerr (35), lives in Westerton; Eilidh's father lives abroad and has no contact"),
            ("Named Person for Eilidh", "Mrs Alison Guthrie, Depute Head Teacher, Carnbrae Primary School"),
            ("Named Person for Callum", "Fiona Munro, Health Visitor, Carnbrae Health Centre"),
            ("Lead Professional", "Kirsty Rennie, Social Worker, North Locality Team"),
            ("Meeting", "Initial Child Protection Planning Meeting, 30/06/2025; both children's names "
                        "placed on the Child Protection Register (concerns: parental alcohol use, neglect)"),
            ("Plan written up", "01/07/2025 by KR and sent to everyone who attended"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "At 11pm on 14/06/2025 a neighbour found Callum, in his pyjamas, on the common stair of the "
              "flats. Police could not wake Shona, who had been drinking wine since the afternoon; Eilidh had "
              "been trying to get Callum back to bed. School had already noticed that Eilidh is late and "
              "hungry on Mondays and that she talks about \"Mum's Friday wine\". Shona has told us she "
              "drinks most heavily on Friday and Saturday nights, when the children are in bed."),
        ("p", "There is a lot to build on. Shona asked the Glenarrow Alcohol and Drug Recovery Service for "
              "help herself on 18/06/2025 and her three breath tests since have all read zero. The children "
              "are warm, clean and clearly loved. Shona's parents, Morag and Alasdair Gillies, live ten "
              "minutes' walk away and have always been part of the children's week. Ross sees Callum every "
              "Sunday and there are no concerns about his care of him."),
        ("h1", "My views — Eilidh wrote this with Mrs Guthrie"),
        ("p", "\"I don't like Fridays because Mum has her wine and goes all floppy and I have to do Callum. "
              "I like it at Gran and Papa's because Papa lets me help with the hens and Gran does pancakes. "
              "I want Mum to stop the wine but I want to stay living with her. I want someone to check that "
              "Callum is OK so it isn't me.\""),
        ("h2", "Callum"),
        ("p", "Callum is 3 and says a few short sentences. At nursery he plays happily in the home corner "
              "and puts the dolls \"to bed\" because \"Mummy sleeping\". On the home visit of 26/06/2025 he "
              "took his cup to Eilidh, not to Shona, to be filled. Staff say he is tired and clingy on "
              "Mondays and bright by Wednesday."),
        ("h1", "What we want for Eilidh and Callum"),
        ("bullets", [
            "Every evening and every night Eilidh and Callum are looked after by an adult who is sober.",
            "Eilidh no longer has to get up to Callum or look after him, and tells her Named Person she "
            "isn't worried about home.",
            "Eilidh gets to school fed and on time on Mondays as on every other day.",
            "Callum sleeps through in his own bed, is dry in the day by Christmas and keeps up with his "
            "learning at nursery.",
        ]),
        ("h1", "Actions, by wellbeing indicator"),
        ("h2", "Safe"),
        ("p", "What we want: the children are never in the care of an adult who has been drinking."),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.6, 6.0, 3.0, 4.4],
            "rows": [
                ["Kirsty Rennie, Lead Professional (SW)",
                 "Visit Eilidh and Callum at home, including unannounced Friday evening visits; see Eilidh "
                 "on her own and check who is caring for the children and whether Shona is sober",
                 "Weekly; at least two Friday evening visits a month",
                 "Visit record shows both children seen, Eilidh seen alone and a breath test result; summary "
                 "given to each core group"],
                ["Morag and Alasdair Gillies (maternal grandparents)",
                 "Have Eilidh and Callum to stay at their house from Friday teatime until Saturday lunchtime",
                 "Every Friday from 04/07/2025",
                 "Each stay written in the contact diary kept at Gran and Papa's; Kirsty reads it at visits "
                 "and asks Eilidh about it"],
                ["Shona McFadyen",
                 "Drink no alcohol at all while Eilidh or Callum are in her care, and agree to a breath test "
                 "whenever Kirsty or the recovery worker asks",
                 "From 30/06/2025, at every visit",
                 "Breath test readings logged by Kirsty and by the recovery service; every reading zero"],
            ],
        }),
        ("h2", "Healthy"),
        ("p", "What we want: Callum's sleep and toileting settle, and the children are cared for by a mum "
              "whose recovery from alcohol is checked by people who know about it."),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.6, 6.0, 3.0, 4.4],
            "rows": [
                ["Iain Docherty, recovery worker, Glenarrow Alcohol and Drug Recovery Service",
                 "One-to-one key-work with Shona on her drinking, with a breath test at every session, and a "
                 "written update on her progress and what it means for her care of the children",
                 "Weekly; written update before each core group",
                 "Attendance and breath test result for every session; written update read at every core group"],
                ["Fiona Munro, Health Visitor (Callum's Named Person)",
                 "Home visit to look at Callum's sleep, toileting and diet and to agree a bedtime routine "
                 "with Shona",
                 "By 25/07/2025, then monthly",
                 "Sleep and toileting diary started; HV record and a note to Kirsty after each visit"],
                ["Dr Euan Baxter, GP, Carnbrae Health Centre",
                 "See Shona for liver function bloods and a physical health check now that she has stopped "
                 "drinking, and tell Kirsty of any alcohol-related attendance",
                 "Appointment by 18/07/2025; any attendance reported the same working day",
                 "Blood results and a GP letter on the social work file by 01/08/2025"],
            ],
        }),
        ("h2", "Achieving"),
        ("p", "What we want: Eilidh is in class on time and has eaten; Callum's learning keeps moving on."),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.6, 6.0, 3.0, 4.4],
            "rows": [
                ["Mrs Alison Guthrie, Depute Head (Eilidh's Named Person)",
                 "Welcome Eilidh at breakfast club and note whether she has eaten and how she seems",
                 "Every school day",
                 "Breakfast club register and a weekly attendance and late-marks return sent to Kirsty; no "
                 "Monday late marks"],
                ["Lorna Barr, Callum's keyworker at Wee Acorns",
                 "Keep Callum's learning journal up to date and share it with Shona at pick-up",
                 "Monthly entry from July 2025",
                 "Journal pages copied to Fiona Munro and Kirsty each month"],
            ],
        }),
        ("h2", "Nurtured"),
        ("p", "What we want: home has a calm teatime and bedtime that the children can count on."),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.6, 6.0, 3.0, 4.4],
            "rows": [
                ["Anna Mackie, family support worker, Carnbrae Family Centre",
                 "Sessions at home with Shona on teatime and bedtime, including who gets up to Callum in the "
                 "night",
                 "Weekly for 10 weeks from 07/07/2025",
                 "Routine chart on the kitchen wall; Eilidh tells Anna and Kirsty she has not had to get up "
                 "to Callum"],
                ["Ross Kerr (Callum's father)",
                 "Have Callum for the day at his flat in Westerton and bring him home to Shona's",
                 "Every Sunday, 10am to 5pm",
                 "Pick-up and return times in the contact diary; Callum's and Eilidh's comments noted at visits"],
            ],
        }),
        ("h2", "Active"),
        ("p", "What we want: Eilidh keeps up the things she enjoys."),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.6, 6.0, 3.0, 4.4],
            "rows": [
                ["Alasdair Gillies (Papa)",
                 "Take Eilidh to her swimming lesson at Glenarrow Leisure Centre",
                 "Every Saturday, 9.30am",
                 "Lesson card stamped each week; Eilidh moves up a stage by December"],
            ],
        }),
        ("h2", "Respected"),
        ("p", "What we want: Eilidh's views shape the plan and she knows what is happening."),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.6, 6.0, 3.0, 4.4],
            "rows": [
                ["Kate Imrie, Children's Rights Officer, Glenarrow Council",
                 "Meet Eilidh in school to hear what she thinks of the plan and take her views to the meeting",
                 "In the week before every core group",
                 "Eilidh's 'My views' sheet given out at every core group and kept with this plan"],
            ],
        }),
        ("h2", "Responsible"),
        ("p", "What we want: Eilidh is a child, not Callum's carer."),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.6, 6.0, 3.0, 4.4],
            "rows": [
                ["Mrs Alison Guthrie, Depute Head (Eilidh's Named Person)",
                 "Refer Eilidh to Glenarrow Young Carers so that she is offered a young carer statement and "
                 "the Tuesday group",
                 "Referral by 11/07/2025",
                 "Young carer statement completed and shared with Kirsty; Eilidh's attendance at the group"],
            ],
        }),
        ("h2", "Included"),
        ("p", "What we want: each child has a bed of their own."),
        ("table", {
            "header": ["Who", "Will do", "When", "How we'll see it"],
            "widths": [3.6, 6.0, 3.0, 4.4],
            "rows": [
                ["Kirsty Rennie, Lead Professional (SW)",
                 "Apply to the Scottish Welfare Fund for a bed and bedding for Callum, who shares with Shona",
                 "Application by 11/07/2025",
                 "Bed delivered and seen made up in Callum's room at the next home visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shona drinks while she is looking after the children (a breath test over zero, police or a "
              "neighbour finding her drunk, or Eilidh telling anyone), the children will go to Morag and "
              "Alasdair's that same day, and Kirsty (or the Standby Social Work Service out of hours) will "
              "hold an Inter-agency Referral Discussion that day."),
        ("p", "If Morag and Alasdair are ill, away or cannot have the children on a Friday or in an emergency, "
              "they will phone Kirsty by noon, and Eilidh and Callum will stay that night with Glenarrow's "
              "emergency foster carers, Mr and Mrs Baird, who have met the children. If the grandparents' "
              "help stops altogether, Kirsty will agree a new Friday arrangement with the Baird family "
              "before the following Friday."),
        ("p", "If Shona drinks while caring for the children twice during this plan, Kirsty will seek legal "
              "advice from Glenarrow Council Legal Services within 5 working days and refer Eilidh and Callum "
              "to the Children's Reporter."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, 3.45pm at Carnbrae Primary School: 15/07/2025, 05/08/2025, "
            "26/08/2025 and 16/09/2025.",
            "Review Child Protection Planning Meeting (review case conference): 30/09/2025, 10am, Glenarrow "
            "Council Offices, Marr Street.",
        ]),
        ("p", "Kirsty Rennie, Lead Professional · 01/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Welsh care and support protection plan: bilingual headings (Welsh
#    first), Active Offer field, numbered six-column table with a
#    language-of-service column; Nain and Taid carry the mornings with no
#    fallback (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_garthcelyn_bilingual_language_column_prys.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Efa ac Osian Prys",
    "split": "heldout",
    "template": "welsh-care-and-support-protection-plan-docx-bilingual-welsh-first-headings-active-offer-and-register-kv-then-numbered-six-column-table-what-responsible-timescale-evidence-language-of-service",
    "description": (
        "Welsh care and support protection plan after an initial conference for a 7-year-old and a "
        "2-year-old (father's abuse of their mother, who has anxiety and panic attacks; school lates, "
        "missed 2-year review). Headings in Welsh then English, a language-of-service column. Nain and "
        "Taid do every school run and have the children overnight 'as and when needed'; the contingency "
        "sends the children to them and never says what happens if they cannot. The primary mental health "
        "worker only supports, one outcome is the mother's, one row has no evidence, one is only "
        "'monitored', one is owned by 'the family', and the review conference date is to be confirmed."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Garthcelyn — Gwasanaethau Plant / Garthcelyn County Borough Council — "
              "Children's Services"),
        ("kv", [
            ("Plant / Children", "Efa Prys, ganwyd / born 12/03/2018 (7), Ysgol Gymraeg Bryn Celyn; Osian "
                                 "Prys, ganwyd / born 29/10/2022 (2), Cylch Meithrin Heol y Felin"),
            ("Cyfeiriad / Address", "5 Heol y Felin, Garthcelyn"),
            ("Mam / Mother", "Ffion Prys (30)"),
            ("Tad / Father", "Rhys Prys (33); symudodd allan / moved out 02/05/2025; non-molestation order "
                             "made 20/05/2025"),
            ("Iaith / Language", "Cymraeg yw iaith y teulu / Welsh is the family's language. Cynnig "
                                 "Rhagweithiol / Active Offer made and accepted at conference."),
            ("Cofrestr / Register", "Efa and Osian placed on the Child Protection Register, 17/06/2025 — "
                                    "category: emotional abuse"),
            ("Gweithiwr cymdeithasol / Social worker", "Gwenllian Hughes, Tîm Diogelu / Safeguarding Team"),
            ("Cadeirydd / Chair", "Huw Lloyd, Cadeirydd Annibynnol / Independent Chair"),
        ]),
        ("h1", "Beth sy'n ein poeni / What we are worried about"),
        ("p", "Police were called to the family home four times between November and April, the last time "
              "after Rhys threw a chair across the kitchen while Efa and Osian were at the table. Efa told "
              "her teacher, \"Dad shouts at Mam till she cries.\" Ffion has anxiety and panic attacks, which "
              "have got worse since the spring; on bad days she cannot get out of bed and Efa has been late "
              "for school 14 times since Easter. Osian's 2-year developmental review was missed twice."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("p", "Ffion asked Rhys to leave and applied for the order herself. Her parents, Menna and Gareth "
              "Jones (Nain a Taid), live in the next street; since May they have done the school and Cylch "
              "run nearly every morning and have the children on Saturday nights. Both children are warm, "
              "well dressed and close to their mam."),
        ("h1", "Llais y plant / The children's voice"),
        ("p", "Efa (gwelwyd ar ei phen ei hun yn yr ysgol / seen on her own at school, 11/06/2025): \"Dw i'n "
              "hoffi pan mae Nain yn dod i'n nôl ni\" — I like it when Nain comes to fetch us. \"Mam yn crio "
              "yn y stafell ymolchi weithiau\" — Mam cries in the bathroom sometimes, \"and then I do "
              "Osian's Weetabix.\" She does not want Dad to come back to the house but wants to see him "
              "\"at the park, with Nain there\"."),
        ("p", "Osian is 2 and babbles mostly in Welsh. At the Cylch he cries at drop-off for a few minutes and "
              "then plays with the trains; staff say he startles at loud voices. At home he follows Efa "
              "everywhere."),
        ("h1", "Canlyniadau / Outcomes"),
        ("bullets", [
            "Efa ac Osian yn byw heb ofn / Efa and Osian live without fear of violence at home, and Efa tells "
            "her teacher she feels safe.",
            "Efa yn cyrraedd yr ysgol ar amser / Efa gets to school on time every day, with breakfast.",
            "Osian's development is checked and any delay is picked up before he is 3.",
            "Ffion yn teimlo'n llai pryderus / Ffion will feel less anxious and more in control of her life.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Rhif / No.", "Beth fydd yn digwydd / What will happen", "Cyfrifol / Responsible",
                       "Amserlen / Timescale", "Tystiolaeth o gynnydd / Evidence of progress", "Iaith / Language"],
            "widths": [1.2, 4.6, 3.0, 2.6, 3.8, 1.8],
            "rows": [
                ["1", "Ymweliadau cartref / Home visits, seeing Efa on her own and Osian awake, one visit a "
                      "month unannounced",
                 "Gwenllian Hughes (GC / SW)", "Bob pythefnos / Fortnightly",
                 "Visit records note what Efa says and how Osian is at each visit", "Cymraeg"],
                ["2", "Take Efa to school and Osian to the Cylch so that both arrive on time",
                 "Menna a Gareth Jones (Nain a Taid)", "Bob bore ysgol / Every school morning",
                 "School and Cylch registers show both children in on time", "Cymraeg"],
                ["3", "Have Efa and Osian to stay overnight at Nain and Taid's so that Ffion can rest",
                 "Menna a Gareth Jones (Nain a Taid)", "Fel bo'r angen / As and when needed",
                 "Nights written in Nain's diary", "Cymraeg"],
                ["4", "Complete the DASH risk checklist and a safety plan with Ffion, including what Efa "
                      "should do if her dad comes to the house",
                 "Ceri Morgan, IDVA, Garthcelyn Domestic Abuse Service", "Erbyn / By 04/07/2025",
                 "Safety plan on file; Efa's safety card in her book bag; DASH score sent to the SW",
                 "Saesneg / English"],
                ["5", "Sesiynau cymorth / Support sessions for Ffion's anxiety and panic attacks",
                 "Sara Pugh, Local Primary Mental Health Support Service", "Wythnosol / Weekly for 6 weeks "
                 "from 30/06/2025",
                 "Attendance recorded by the service and sent to the SW", "Cymraeg"],
                ["6", "Complete Osian's overdue 2-year developmental review at home",
                 "Rhian Evans, Ymwelydd Iechyd / HV", "Erbyn / By 18/07/2025", "-", "Cymraeg"],
                ["7", "Keep a close eye on Efa's attendance, punctuality and how she presents in class",
                 "Mr Dafydd Owen, DSL, Ysgol Gymraeg Bryn Celyn", "Wythnosol / Weekly",
                 "Monitored by the school", "Cymraeg"],
                ["8", "Make sure Rhys does not come to the house and tell the SW if he does",
                 "Y teulu / The family", "Yr un diwrnod / Same day",
                 "Any sighting logged by the SW and passed to the police", "Cymraeg"],
                ["9", "Attend the Newid domestic abuse perpetrator programme, including the sessions on "
                      "children",
                 "Rhys Prys", "Weekly, 24 sessions from 08/07/2025",
                 "Attendance sheet to the SW monthly; end-of-programme report to the core group",
                 "Saesneg / English"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "Os daw Rhys i'r tŷ / If Rhys comes to the house or contacts Ffion or the children against the "
              "order, Ffion will ring 999 and Efa and Osian will go to Nain and Taid's that night. Gwenllian "
              "(or the out of hours team) will hold a strategy discussion the same day. If the order is "
              "breached a second time, or either child is hurt, Gwenllian will ask for a Legal Gateway "
              "meeting within 5 working days."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd bob 4 wythnos / Core group every 4 weeks: 01/07/2025, 29/07/2025 and 26/08/2025, "
            "Canolfan Deulu Garthcelyn.",
            "Cynhadledd adolygu / Review conference: i'w gadarnhau / to be confirmed.",
        ]),
    ],
    "findings": [
        F("F002", "Ffion will feel less anxious and more in control of her life."),
        F("T002", "Have Efa and Osian to stay overnight at Nain and Taid's"),
        F("H001", "Support sessions for Ffion's anxiety and panic attacks"),
        F("M001", "Complete Osian's overdue 2-year developmental review at home"),
        F("M002", "Keep a close eye on Efa's attendance, punctuality"),
        F("W002", "Make sure Rhys does not come to the house"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland Trust plan from an initial child protection case
#    conference: decisions list, numbered actions under agency headings with
#    italic When / Evidence labels, CMHT care coordinator asked to assess
#    capacity to change, relapse-signature contingency. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_gortavale_ni_trust_agency_sections_magee.md",
    "split": "heldout",
    "template": "ni-trust-icpcc-plan-md-bold-field-lines-numbered-conference-decisions-then-actions-numbered-under-agency-subheadings-bold-owner-sentence-italic-when-and-evidence-labels-relapse-signature-contingency",
    "description": (
        "Northern Ireland Trust plan from an initial child protection case conference for a 6-year-old "
        "and a 7-month-old after their mother, who has bipolar disorder and is under the Trust's CMHT, "
        "stopped her lithium and became unwell. Conference decisions, the children's experience, outcomes, "
        "then numbered actions under agency subheadings, each naming its owner with a When and an "
        "Evidence line. The CMHT care coordinator is asked to assess and report on the mother's capacity "
        "to make and keep the changes; the contingency uses her relapse signature, names the father, an "
        "aunt and an emergency foster placement, and leads to a legal planning meeting. Exemplary."
    ),
    "text": """\
# Gortavale Health and Social Care Trust
## Child Protection Plan — Initial Child Protection Case Conference

**Children:** Daniel Magee, DOB 02/02/2019 (6), P2, St Colman's Primary School, Gortavale · Niamh Magee, DOB 14/11/2024 (7 months)
**Address:** 31 Drumard Park, Gortavale
**Mother:** Ciara Magee (29)
**Father:** Sean Magee (31), 8 Slievegrane Road, Gortavale — separated from Ciara, sees the children every Wednesday and Saturday
**Conference:** 24/06/2025, Drumard Family and Childcare Centre
**Key worker:** Orla Devlin, Social Worker, Family Intervention Team 2
**Chair:** Brendan Toner, Principal Social Worker (Safeguarding)

---

### Decisions of the conference

1. Daniel's and Niamh's names were placed on the Child Protection Register under the category of neglect.
2. Orla Devlin is the key worker.
3. The core group will first meet within 10 working days and then every four weeks.
4. The review child protection case conference will be held on 16/09/2025.

### Why we are worried

Ciara has bipolar affective disorder and has been under the Gortavale Community Mental
Health Team (CMHT) since 2019. In early May she stopped taking her lithium. Over three
weeks she slept very little, spent her benefits on online orders and left the children
with whoever called to the house. On 19/05/2025 a PSNI patrol found Daniel walking to the
filling station on his own at 10pm "to get Niamh milk". Niamh had a severe nappy rash and
had missed feeds. Ciara was admitted to Ardnagrove Hospital from 22/05/2025 to 10/06/2025
and the children stayed with Sean and with Ciara's sister, Roisin McAleer.

### What is going well

Ciara is back on lithium, her blood levels have been in range since 03/06/2025 and she
has agreed a written relapse signature with her CMHT care coordinator. She spoke openly at
conference about what went wrong. Sean has cared well for the children and wants to do
more. Roisin lives two streets away and has offered to help in an emergency.

### What Daniel tells us and what we see of Niamh

Daniel (seen on his own at school, 18/06/2025): "When Mummy was sick she didn't sleep and
she talked and talked. I gave Niamh her bottle. I like it at Daddy's because he makes
pancakes." He said he would tell his teacher, Mrs Lavery, "if Mummy gets the talking
again". He does not want to go out at night on his own again: "it was dark and a dog barked."

Niamh (seen at home, 20/06/2025) is a smiley baby who reaches for Ciara and settles quickly
on her shoulder. She is pulling to sit, babbles, and fed well from her bottle during the
visit. Her nappy rash has cleared.

### What must be different for Daniel and Niamh

- Daniel and Niamh are cared for day and night by an adult who is well enough to feed, change and watch them.
- Daniel is never left in charge of Niamh or out on his own after dark, and tells Mrs Lavery and Orla he feels safe at home.
- Niamh is fed on time, stays free of nappy rash and keeps growing along her centile.
- If Ciara starts to become unwell again, it is spotted early and the children go straight to a safe adult.

### The plan

#### Social work — Family Intervention Team 2

1. **Orla Devlin, key worker**, will visit Daniel and Niamh at home, at least one visit in three unannounced, see Daniel on his own and see Niamh awake and being fed.
   *When:* weekly from 25/06/2025.
   *Evidence:* visit records note Daniel's words, Niamh's nappy area and who was caring for the children; summary to each core group.
2. **Orla Devlin, key worker**, will complete a parenting assessment of Ciara and of Sean, including how each would notice and respond if Ciara became unwell.
   *When:* report by 26/08/2025.
   *Evidence:* written assessment shared with Ciara, Sean and the core group on 02/09/2025.

#### Community Mental Health Team

3. **Declan Quinn, CPN and care coordinator, Gortavale CMHT**, will see Ciara at home to check her mental state, her lithium and her relapse signature, and will assess whether Ciara can make and keep the changes Daniel and Niamh need (taking her medication, seeing early signs, asking for help in time) and how long that is likely to take.
   *When:* fortnightly; capacity-to-change report by 05/08/2025 and an update before the review conference.
   *Evidence:* relapse signature checked and recorded at each visit; written capacity-to-change report to the core group by 05/08/2025.

#### GP

4. **Dr Michael Cassidy, GP, Drumard Medical Practice**, will take Ciara's lithium and kidney function bloods and send the results to Declan and Orla.
   *When:* every 3 months, next by 31/08/2025; any out-of-range result phoned to Declan the same day.
   *Evidence:* results on the CMHT record and the social work file, with levels in the range the psychiatrist has set.

#### Health visiting

5. **Grainne McKenna, health visitor**, will weigh Niamh, check her nappy area and her feeding, and talk with Ciara about Niamh's routine.
   *When:* fortnightly at home until the review conference.
   *Evidence:* weights plotted in the red book along the 50th centile; HV notes sent to Orla after each visit.

#### Family Centre

6. **Maeve Rooney, family support worker, Drumard Family Centre**, will work with Ciara at home on Niamh's feeds, baths and bedtime, and on a plan for the children's care on days Ciara feels low or high.
   *When:* weekly for 8 weeks from 01/07/2025.
   *Evidence:* feeding and sleep chart kept on the fridge and seen by the HV; written "bad day plan" on file by 26/08/2025.

#### School

7. **Mrs Teresa Lavery, designated teacher for child protection, St Colman's Primary**, will check in with Daniel each morning and pass on anything he says about home.
   *When:* every school day; anything of concern phoned to Orla the same day.
   *Evidence:* check-in log and attendance shared with Orla every two weeks; Daniel's attendance stays above 95%.

#### Parents

8. **Ciara Magee** will take her lithium every evening, keep her CMHT and GP appointments, and ring Declan (or the crisis line out of hours) the same day she notices any early sign on her relapse signature, so that the children's care can be arranged.
   *When:* daily; same-day call for any early sign.
   *Evidence:* lithium levels in range on the GP results; every CMHT appointment attended.
9. **Sean Magee** will have Daniel and Niamh every Wednesday from after school until Thursday morning and every Saturday from 10am to 6pm, and will tell Orla the same day if he sees any early sign in Ciara.
   *When:* every Wednesday and Saturday.
   *Evidence:* times written in the contact book that travels with the children; Orla asks Daniel about his visits.

### Crisis and contingency plan

Early signs for Ciara (from her relapse signature): sleeping fewer than four hours a night
for two nights, talking very fast, spending money she does not have, staying up cleaning.

- If Ciara misses her lithium for two days, shows two of these early signs, or Daniel is found out alone, Declan will arrange a same-day assessment by the Home Treatment Team and Orla (or the Regional Emergency Social Work Service out of hours) will hold a strategy discussion that day.
- The children will go to Sean's that day. If Sean cannot have them, they will go to Roisin McAleer, who has agreed to this and has been checked by the Trust; if neither can, the Trust will place them with emergency foster carers that day.
- If Ciara becomes unwell again without asking for help, or the changes above have not been made by the review conference, Orla will ask for a legal planning meeting with the Trust's legal advisers within 5 working days.

### Core group and review

- Core group every four weeks, 10am at Drumard Family and Childcare Centre: 08/07/2025, 05/08/2025 and 02/09/2025.
- Review child protection case conference: 16/09/2025, 2pm.

*Plan distributed 26/06/2025 by Orla Devlin.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby's care plan while she is on the neonatal unit: legal
#    status box, who visits (a visiting grid), family time, placement plan,
#    legal planning timeline, then the action table. Exemplary (pdf, header
#    and page footer on every page)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_garnsworth_lac_nnu_visiting_grid_thwaite.pdf",
    "doc_title": "Care Plan (Part 1) - Aria Thwaite",
    "split": "heldout",
    "template": "lac-care-plan-part1-baby-on-nnu-paged-legal-status-kv-then-who-visits-grid-visitor-how-often-purpose-written-up-in-family-time-and-placement-plan-sections-legal-planning-dated-steps-then-action-who-when-how-well-know-table",
    "description": (
        "Care plan for a 3-week-old accommodated under section 20 on a neonatal unit, withdrawing from "
        "opiates (mother on a methadone script and using heroin in pregnancy; father also uses). A grid "
        "sets out who visits her and how often (social worker twice a week, the foster carers daily from "
        "matching, supervised family time three times a week), then family time, the placement plan, a "
        "dated legal planning section (pre-proceedings, and an interim care order if consent is withdrawn "
        "or tests are positive) and an action table. The child protection plan continues to the review "
        "conference with fortnightly core groups; the drug service reports on capacity to change. "
        "Exemplary."
    ),
    "header": "OFFICIAL – SENSITIVE   |   Garnsworth City Council   |   Children in Care Service",
    "footer": "Care Plan (Part 1) – Aria Thwaite – GCC/CIC/25/0412 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Care Plan — Part 1"),
        ("kv", [
            ("Child", "Aria Thwaite, born 18/06/2025 at 35 weeks (3 weeks old)"),
            ("Where Aria is", "Neonatal Unit (Cot 7, Special Care), Garnsworth Royal Infirmary"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, with Kelsey's written "
                             "consent of 25/06/2025. Subject to a child protection plan (pre-birth plan "
                             "made 14/05/2025, category neglect)."),
            ("Mother", "Kelsey Thwaite (24), 12 Furnace Row, Garnsworth"),
            ("Father", "Jordan Pike (26), named on the birth registration, lives with Kelsey"),
            ("Social worker", "Maryam Siddiqui, Children in Care Team 1"),
            ("Team manager", "Rob Ellwood"),
            ("IRO", "Anita Cole"),
            ("Plan date", "02/07/2025 — to be considered at Aria's first looked after review, 16/07/2025"),
        ]),
        ("h1", "1. Why Aria is looked after"),
        ("p", "Kelsey was on a methadone script through her pregnancy but her tests showed heroin and crack "
              "cocaine at 28 and 32 weeks. Aria was born early and has needed morphine on the unit for "
              "withdrawal. Jordan has used heroin on and off for six years. Before Aria was born the pre-birth "
              "plan asked Kelsey and Jordan to give clear tests for eight weeks; they did not. Kelsey agreed "
              "that Aria should be accommodated and that she should go to foster carers when she is well "
              "enough to leave the unit, while the parents are assessed."),
        ("h1", "2. Aria's day on the unit"),
        ("p", "The nurses describe a baby who is jittery and has a high-pitched cry for the first hour after "
              "a feed, and who calms when she is swaddled and held skin to skin. She is taking most of her "
              "feeds by bottle now, with the rest by tube. Her withdrawal scores have come down since her "
              "morphine was reduced on 27/06/2025. On the social worker's visits she has fixed on faces and "
              "settled on Kelsey's chest during family time; she startles at the monitor alarms."),
        ("h1", "3. What we want for Aria"),
        ("bullets", [
            "Aria comes off morphine, feeds fully by bottle and gains weight steadily, so that she can leave "
            "the unit.",
            "Aria leaves hospital to the foster carers she already knows, who have learned her care on the "
            "unit.",
            "Aria keeps a close relationship with her mum and dad through safe, regular family time.",
            "A permanent home for Aria is decided without delay, with her parents if they can stay drug-free "
            "and care for her safely.",
        ]),
        ("h1", "4. Who will visit Aria on the unit"),
        ("table", {
            "header": ["Visitor", "How often", "Purpose", "Written up in"],
            "widths": [4.0, 3.6, 5.2, 4.2],
            "rows": [
                ["Maryam Siddiqui, social worker",
                 "Twice a week (Tuesday and Friday) until discharge",
                 "See Aria, speak with the nurse in charge, read the family time notes",
                 "SW visit record on Aria's file after each visit"],
                ["Pauline and Trevor Hale, foster carers",
                 "Daily from 07/07/2025 until discharge",
                 "Get to know Aria and learn her feeds, withdrawal care and comfort routine",
                 "NNU parent-craft record and the carers' daily log"],
                ["Kelsey Thwaite, with a family time worker",
                 "Monday, Wednesday and Friday, 1pm to 3pm",
                 "Family time: feeds, nappy changes, skin-to-skin",
                 "Family time record, copied to the SW the same day"],
                ["Jordan Pike, with a family time worker",
                 "Tuesday and Saturday, 2pm to 3pm",
                 "Family time: feeds and holding Aria",
                 "Family time record, copied to the SW the same day"],
                ["Danny Okoro, supervising social worker, Garnsworth Fostering",
                 "Weekly, on the unit with the Hales, until discharge",
                 "Support the Hales and check the discharge training is on track",
                 "Supervision record, copied to the SW"],
            ],
        }),
        ("h1", "5. Family time"),
        ("p", "Family time takes place on the unit, supervised by a Garnsworth family time worker, at the "
              "times in section 4. Kelsey and Jordan are asked not to visit outside these times; the ward "
              "sister has agreed this. If either parent arrives under the influence, the worker ends that "
              "session and tells the SW the same day. After discharge, family time moves to Beacon Street "
              "Family Centre on the same days."),
        ("h1", "6. Placement plan"),
        ("p", "Aria will be discharged to Pauline and Trevor Hale, approved Garnsworth foster carers, when "
              "the neonatal consultant says she has met the unit's discharge criteria. The Hales have "
              "fostered babies withdrawing from opiates before. The placement plan and the delegated "
              "authority agreement will be signed at a placement planning meeting within 5 working days of "
              "Aria moving."),
        ("h1", "7. Legal planning"),
        ("bullets", [
            "27/06/2025: legal planning meeting; threshold for care proceedings agreed to be met.",
            "30/06/2025: letter before proceedings sent to Kelsey and Jordan; pre-proceedings meeting held "
            "04/07/2025 with their solicitors.",
            "If either parent withdraws section 20 consent, or tries to remove Aria from the unit, the local "
            "authority will apply for an emergency protection order that day.",
            "If Kelsey's or Jordan's tests are not clear by 29/08/2025, or they miss more than two family "
            "time sessions in a month, the SW will return the case to the legal planning meeting within 5 "
            "working days so that care proceedings are issued.",
        ]),
        ("h1", "8. The plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Reduce Aria's morphine in line with her withdrawal scores and agree when she has met the "
                 "discharge criteria",
                 "Dr Nkechi Bello, consultant neonatologist", "Daily ward round; discharge decision by 25/07/2025",
                 "Withdrawal scores below the unit threshold for 72 hours off morphine; discharge letter to the SW"],
                ["Complete the unit's discharge training: bottle and tube feeds, withdrawal comfort care, safe "
                 "sleep and resuscitation",
                 "Pauline and Trevor Hale, foster carers", "Before discharge",
                 "Each item signed off on the NNU discharge checklist, copy to the SW"],
                ["Initial health assessment for Aria as a looked-after child",
                 "Dr Sunita Rao, designated doctor for children in care", "By 16/07/2025",
                 "Health assessment report and health plan sent to the SW and IRO"],
                ["Weekly key-work with Kelsey, with a urine test at every session, and a written report to "
                 "each core group on her drug use and her capacity to stay drug-free and care for Aria",
                 "Gemma Stott, recovery worker, Garnsworth Drug and Alcohol Service", "Weekly",
                 "Test results for every session; written report read at every core group"],
                ["Keep Jordan's methadone script under supervised consumption and test him at every review",
                 "Dr Paul Hirst, GP with special interest, Furnace Row Surgery", "Script review every 2 weeks",
                 "Test results sent to the SW after each review"],
                ["Parenting assessment of Kelsey and Jordan, based on family time on the unit and at Beacon Street",
                 "Maryam Siddiqui, social worker", "Report by 29/08/2025",
                 "Written assessment shared with the parents, their solicitors and the core group"],
                ["Viability assessment of Sandra Thwaite (maternal grandmother), who has asked to be considered "
                 "as Aria's carer",
                 "Leanne Booth, kinship assessor, Garnsworth Fostering", "Report by 25/07/2025",
                 "Viability report with a recommendation, shared with the SW and IRO"],
                ["Register Aria's birth, with the SW's help, and give a copy of the certificate to the SW",
                 "Kelsey Thwaite", "By 29/07/2025",
                 "Copy of the birth certificate on Aria's file"],
                ["Start Aria's memory box and photo diary on the unit and keep it going in placement",
                 "Pauline Hale, foster carer", "From 07/07/2025, at least weekly",
                 "Memory box seen by the SW at each placement visit; photos shared with Kelsey and Jordan "
                 "at family time"],
            ],
        }),
        ("h1", "9. If the plan does not work"),
        ("p", "If Kelsey or Jordan arrive at the unit under the influence, become aggressive, or try to take "
              "Aria from the unit, the nurse in charge will call hospital security and the police, and the "
              "SW (or the emergency duty team out of hours) will hold a strategy discussion the same day. "
              "If the Hales cannot take Aria when she is ready to leave the unit, Garnsworth Fostering will "
              "name other approved carers before discharge and Aria will stay on the unit until they have "
              "completed the discharge training."),
        ("h1", "10. Meetings"),
        ("bullets", [
            "Core group every two weeks on the unit, 2pm: 09/07/2025, 23/07/2025, 06/08/2025 and "
            "20/08/2025.",
            "Review child protection conference: 27/08/2025, 10am, Garnsworth Civic Centre.",
            "First looked after review (IRO Anita Cole): 16/07/2025, on the unit.",
        ]),
        ("p", "Maryam Siddiqui, Social Worker · Rob Ellwood, Team Manager · 02/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan stepping down from child protection: RCPC decision,
#    a step-down criteria grid, "what stops now", then a six-column CIN table
#    by assessment-triangle area with a "From CP plan?" marker (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_greystanton_cin_step_down_criteria_grid_nuttall.md",
    "split": "heldout",
    "template": "cin-step-down-md-blockquote-case-line-rcpc-decision-then-step-down-criteria-met-grid-what-stops-now-list-then-six-column-cin-table-triangle-area-action-lead-review-by-success-looks-like-from-cp-plan",
    "description": (
        "Child in need plan written when a review conference ended the child protection plans for an "
        "11-year-old and a 5-year-old (neglect; mother's depression treated by her GP). A grid of the "
        "step-down criteria and whether they were met, a list of what stops now, the children's views, "
        "then a CIN table by assessment-triangle area. One row is 'ongoing', one owned by 'Family', one "
        "passive with no lead, one measured by 'engagement', one by the mother saying her mood is better, "
        "one with no measure; no adult service owns an action, the contingency only discusses, CIN "
        "reviews are neither core groups nor a conference, and no legal step is named."
    ),
    "text": """\
# Greystanton Council — Children's Social Care
## Child in Need Plan (stepping down from a Child Protection Plan)

> Case GSC-447120 · CIN plan v1 · created 09/07/2025 by Tom Baxter, CIN Team North
> Replaces the child protection plan of 12/12/2024 (category: neglect)

**Children:** Jayden Nuttall, 11 (Year 6, Greystanton Academy) · Maisie Nuttall, 5 (Reception, Greystanton Academy)
**Living with:** Leanne Nuttall (mum, 31) and Craig Dobbs (Leanne's partner, 34), 4 Wharf Terrace, Greystanton
**Social worker from 14/07/2025:** Tom Baxter, CIN Team North (case held until then by Joanne Pike, CP Team 2)

### Decision of the review child protection conference, 08/07/2025

The conference, chaired by Helen Ashby, agreed that Jayden and Maisie are no longer likely to
suffer significant harm and that their child protection plans should end. They will be supported
as children in need under section 17 of the Children Act 1989. Leanne and Craig agreed to this plan.

### Step-down criteria from the initial plan

| What the initial plan needed to see | Met? | What shows it |
|---|---|---|
| Home conditions at 2 or better on the home conditions scale for 3 months | Yes | Scores of 1 or 2 at all 9 visits since March |
| Both children at school above 90% | Partly | Maisie 96%; Jayden 88%, mostly late marks |
| Maisie's weight back on her centile | Yes | 25th centile at the school nurse check, 20/06/2025 |
| No police call-outs to the home | Yes | None since February |

### What stops now

- Core group meetings (the last was on 24/06/2025).
- Unannounced visits by the CP team.
- The children's names on the child protection plan list, from 08/07/2025.

### How Jayden and Maisie see things

Jayden (seen on his own at school, 01/07/2025): "It's better now. The house is tidy and Mum gets up
in the morning. I don't want social workers coming to school any more, my mates ask why." He scored
home 7 out of 10 and said it would be 10 "if I had my own room and Maisie stopped taking my stuff".

Maisie (seen at home, 03/07/2025) drew her family with their dog, Biscuit, and said "Mummy does my
hair now and we have toast". She showed the social worker her bed and her reading book.

### What still worries us

Leanne has depression and takes sertraline prescribed by her GP. She has had two low spells this
year, and both times the house went downhill within a fortnight. Jayden had 14 behaviour points in
the spring term, mostly for angry outbursts. The family live in a two-bedroom flat and Jayden shares
a room with Maisie.

### What we want to achieve

- Jayden and Maisie live in a clean, warm home with food in the cupboards every day.
- Jayden gets to school on time and has fewer angry outbursts in class.
- Maisie is dry at school and her weight stays on her centile.

### CIN plan

| Area | What will happen | Lead | Review by | What success looks like | From CP plan? |
|---|---|---|---|---|---|
| Health | Take Maisie to the community paediatrician about her wetting and constipation | Leanne Nuttall | Appointment 22/08/2025 | Clinic letter copied to the SW; Maisie dry at school on most days | Yes |
| Health | Weigh Maisie and check her growth, and write to the SW | Kerry Morton, school nurse | Each half term | Weight plotted and still on the 25th centile | Yes |
| Emotional and behavioural development | Jayden to carry on seeing the school counsellor about his anger | Mr Paul Chadwick, school counsellor, Greystanton Academy | Ongoing | Fewer than 5 behaviour points a half term | Yes |
| Education | Make sure both children get to school every day and on time | Family | Daily | Attendance above 95% on the school's weekly return | Yes |
| Basic care | Home conditions to be checked at every CIN visit using the home conditions scale |  | Every CIN visit (4-weekly) | Score of 2 or better at every visit | Yes |
| Basic care and boundaries | Family support sessions with Leanne and Craig on routines, bedtimes and consistent boundaries | Shanice Walker, FSW, Greystanton Family Hub | Fortnightly for 12 weeks from 21/07/2025 | Engagement with sessions | New |
| All areas | CIN visits to see Jayden and Maisie, with Jayden seen on his own | Tom Baxter, SW | Every 4 weeks | Visit record includes what Jayden and Maisie each said | New |
| Family and environment | Apply to Greystanton Homes for a move to a 3-bedroom property | Leanne, with Aisha Khan (Housing Options) | By 31/08/2025 |  | New |
| Parenting capacity | Leanne to see her GP to review her antidepressants | Leanne Nuttall | By 25/07/2025 | Leanne says her mood is better | New |

### If things slip back

If things start to go backwards, or anyone has new worries about the children, Tom will talk it
through with his manager and they will consider whether a strategy discussion is needed.

### Reviewing this plan

CIN review meetings every 6 weeks at Greystanton Academy, the first on 19/08/2025. At the 3-month
review we will decide whether Jayden and Maisie can step down to Early Help.
""",
    "findings": [
        F("T002", "Jayden to carry on seeing the school counsellor"),
        F("W002", "Make sure both children get to school every day"),
        F("W001", "Home conditions to be checked at every CIN visit"),
        F("M002", "Family support sessions with Leanne and Craig on routines"),
        F("M001", "Apply to Greystanton Homes for a move to a 3-bedroom property"),
        F("M002", "Leanne to see her GP to review her antidepressants"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Case-system detail export while the family moves to another council:
#    labelled field lines for the record, the transfer, the outcomes and each
#    action; running header and "Page N of M" footer (pdf)
# ---------------------------------------------------------------------------
def _action(n, total, fields):
    return [("h3", f"Action {n} of {total}"), ("kv", fields)]


PLANS.append({
    "name": "b41_gorsthorpe_transfer_out_field_lines_export_kamara.pdf",
    "doc_title": "Child Protection Plan - Detail Export - Tiana and Marcus Kamara",
    "split": "heldout",
    "template": "cp-plan-case-system-detail-export-paged-running-header-exported-by-footer-label-colon-value-field-lines-record-transfer-block-outcome-codes-then-action-n-of-m-blocks-responsible-agency-start-target-success-measure-transfer-handling",
    "description": (
        "Case-system export of a child protection plan for a 4-year-old and a 14-month-old (neglect, "
        "mother's daily cannabis use and anxiety, an ex-partner's violence) while the family moves to "
        "another council. Every field is a labelled line, each action a block with Responsible, Agency, "
        "Start, Target date, Success measure and Transfer handling lines. Visits carry on to the "
        "transfer-in conference, but the parenting assessment is left to the receiving authority and the "
        "drug service's key-work is paused until it picks it up, both with no date. Family support is "
        "measured by 'engagement', the transfer pack is owned by 'Core group', the GP row has no success "
        "measure, and the review conference is left to the receiving council."
    ),
    "header": "GORSTHORPE COUNCIL  |  KinTrak Children's Record  |  CHILD PROTECTION PLAN – DETAIL EXPORT",
    "footer": "Exported 11/07/2025 14:02 by LOYELARAN  |  Kamara, T. and M.  |  Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan — Detail Export"),
        ("kv", [
            ("Record ID", "KT-0093318 / KT-0093319"),
            ("Children", "Tiana Kamara, DOB 03/04/2021 (4); Marcus Kamara, DOB 12/05/2024 (14 months)"),
            ("Current address", "22 Sedge Walk, Gorsthorpe"),
            ("Mother", "Abi Kamara (26)"),
            ("Marcus's father", "Liam Foster (29), no contact; non-molestation order to 02/2026"),
            ("Plan start", "Initial child protection conference 29/05/2025"),
            ("Category", "Neglect"),
            ("Allocated worker", "Lola Oyelaran, Social Worker, CP Team West"),
            ("Team manager", "Graham Whitely"),
            ("Plan status", "Active – transfer out pending"),
        ]),
        ("h2", "Transfer"),
        ("kv", [
            ("Receiving authority", "Thurlby Vale Council, Children's Services"),
            ("New address", "Flat 9, Marlow House, Thurlby Vale, tenancy from 28/07/2025"),
            ("Transfer request sent", "07/07/2025, by LO to Thurlby Vale Front Door"),
            ("Transfer-in conference", "Not yet booked – to be arranged by Thurlby Vale"),
            ("Case responsibility", "Gorsthorpe until the transfer-in conference is held"),
        ]),
        ("h2", "Concerns"),
        ("p", "Tiana and Marcus have been found alone in the flat twice while Abi was at a neighbour's, most "
              "recently on 14/05/2025 when Marcus was in his cot with a soaked nappy and no bottle. Abi smokes "
              "cannabis every day, has anxiety for which her GP prescribes sertraline, and says she cannot "
              "face going out. Liam Foster was violent to Abi in front of Tiana in March; he has not been to "
              "the flat since the order was made. There is often little food in the kitchen."),
        ("h2", "Child's views and lived experience"),
        ("p", "Tiana (seen at nursery, 02/07/2025) said: \"We're going to a new house and it has a park with "
              "swings. Mummy sleeps on the sofa a lot. I get Marcus his biscuits.\" She asked whether Liam "
              "would know where the new house is. Marcus (seen at home, 08/07/2025) is crawling and pulling "
              "up; he went straight to the fridge when he woke and cried until Abi gave him a bottle. He "
              "settles quickly on Tiana's lap."),
        ("h2", "Plan outcomes"),
        ("kv", [
            ("O1", "Tiana and Marcus are always supervised by an adult who is awake and not under the "
                   "influence of cannabis."),
            ("O2", "Tiana and Marcus have three meals a day and Marcus's weight stays on his centile."),
            ("O3", "Tiana and Marcus have no contact with Liam Foster and Tiana knows what to do if he comes."),
        ]),
        ("h2", "Plan actions"),
        *_action(1, 9, [
            ("Action", "Visit Tiana and Marcus at home, see Tiana on her own and Marcus awake, and check the "
                       "food in the kitchen and where the children sleep"),
            ("Linked outcome", "O1, O2"),
            ("Responsible", "Lola Oyelaran, SW"),
            ("Agency", "Gorsthorpe Children's Services, CP Team West"),
            ("Start date", "29/05/2025"),
            ("Target date", "Weekly until the Thurlby Vale transfer-in conference"),
            ("Success measure", "Visit record shows both children seen, Tiana seen alone, and the kitchen and "
                                "cot checked at every visit"),
            ("Transfer handling", "Continues after the move; SW to visit in Thurlby Vale"),
        ]),
        *_action(2, 9, [
            ("Action", "Complete a parenting assessment of Abi, looking at her supervision of the children "
                       "and whether she can keep them away from Liam"),
            ("Linked outcome", "O1, O3"),
            ("Responsible", "Thurlby Vale Children's Services (worker not yet allocated)"),
            ("Agency", "Thurlby Vale Council"),
            ("Start date", "-"),
            ("Target date", "TBC after transfer"),
            ("Success measure", "Assessment report to the transfer-in conference"),
            ("Transfer handling", "Deferred to the receiving authority – not started in Gorsthorpe"),
        ]),
        *_action(3, 9, [
            ("Action", "Key-work sessions with Abi on her cannabis use, with urine screens, and a written "
                       "report on how her use affects her care of the children"),
            ("Linked outcome", "O1"),
            ("Responsible", "Nat Obi, recovery worker"),
            ("Agency", "Gorsthorpe Drug and Alcohol Service"),
            ("Start date", "05/06/2025"),
            ("Target date", "TBC – once the family have moved"),
            ("Success measure", "Screen results and written report to the core group"),
            ("Transfer handling", "Paused from 14/07/2025 pending transfer; Thurlby Vale drug service to "
                                  "pick up"),
        ]),
        *_action(4, 9, [
            ("Action", "Weigh Marcus, complete his overdue 1-year review and check Tiana's growth"),
            ("Linked outcome", "O2"),
            ("Responsible", "Jade Morrow, Health Visitor"),
            ("Agency", "Gorsthorpe 0-19 Service"),
            ("Start date", "11/07/2025"),
            ("Target date", "By 25/07/2025"),
            ("Success measure", "Weights plotted in the red books; 1-year review and ASQ scores sent to the SW"),
            ("Transfer handling", "HV to HV handover call to Thurlby Vale 0-19 Service before 28/07/2025"),
        ]),
        *_action(5, 9, [
            ("Action", "Apply for a Reception place for Tiana at a primary school near the new address"),
            ("Linked outcome", "O1"),
            ("Responsible", "Abi Kamara, with the SW"),
            ("Agency", "-"),
            ("Start date", "07/07/2025"),
            ("Target date", "By 15/08/2025"),
            ("Success measure", "School offer letter seen by the SW"),
            ("Transfer handling", "Not affected"),
        ]),
        *_action(6, 9, [
            ("Action", "Family support sessions at home on meals, shopping on a budget and the children's "
                       "bedtimes"),
            ("Linked outcome", "O2"),
            ("Responsible", "Kieran Lowe, Family Support Worker"),
            ("Agency", "Gorsthorpe Family Hub"),
            ("Start date", "16/06/2025"),
            ("Target date", "Weekly until 25/07/2025"),
            ("Success measure", "Engagement"),
            ("Transfer handling", "Sessions end 25/07/2025; closing summary goes in the transfer pack"),
        ]),
        *_action(7, 9, [
            ("Action", "Move the domestic abuse marker and the order details to the Thurlby Vale address"),
            ("Linked outcome", "O3"),
            ("Responsible", "PC Sam Petrie"),
            ("Agency", "Gorsthorpe Police, Public Protection Unit"),
            ("Start date", "11/07/2025"),
            ("Target date", "Before the move on 28/07/2025"),
            ("Success measure", "Email from Thurlby Vale police confirming the marker is on the new address"),
            ("Transfer handling", "Police to police"),
        ]),
        *_action(8, 9, [
            ("Action", "Send the transfer pack (plan, chronology, agency reports) to Thurlby Vale and answer "
                       "their questions"),
            ("Linked outcome", "O1, O2, O3"),
            ("Responsible", "Core group"),
            ("Agency", "-"),
            ("Start date", "07/07/2025"),
            ("Target date", "By 18/07/2025"),
            ("Success measure", "Thurlby Vale confirm by email that the pack has been received"),
            ("Transfer handling", "For the transfer-in conference"),
        ]),
        *_action(9, 9, [
            ("Action", "Review Abi's sertraline and help the family register with a GP near the new address"),
            ("Linked outcome", "O1"),
            ("Responsible", "Dr Helen Marsh, GP"),
            ("Agency", "Sedge Walk Medical Centre"),
            ("Start date", "11/07/2025"),
            ("Target date", "By 25/07/2025"),
            ("Success measure", "-"),
            ("Transfer handling", "GP records transfer on registration"),
        ]),
        ("h2", "Contingency"),
        ("p", "If the children are found alone again, if Abi is found under the influence while caring for "
              "them, or if Liam comes to either address, the SW (or the emergency duty team out of hours) "
              "will hold a strategy discussion the same day and the children will be placed with foster "
              "carers under section 20 while a decision is made. If any of these happens, the SW will also "
              "ask for a legal planning meeting within 5 working days, whichever council then holds the "
              "case."),
        ("h2", "Review arrangements"),
        ("kv", [
            ("Core group frequency", "Fortnightly while Gorsthorpe holds the case"),
            ("Core group dates", "17/07/2025 and 31/07/2025, Gorsthorpe Family Hub"),
            ("Review conference", "To be set by Thurlby Vale as part of the transfer-in conference"),
        ]),
        ("p", "-- End of export --"),
    ],
    "findings": [
        F("X001", "Complete a parenting assessment of Abi, looking at her supervision"),
        F("T002", "Complete a parenting assessment of Abi, looking at her supervision"),
        F("X001", "Key-work sessions with Abi on her cannabis use"),
        F("T002", "Key-work sessions with Abi on her cannabis use"),
        F("M002", "Family support sessions at home on meals, shopping on a budget"),
        F("W002", "Send the transfer pack (plan, chronology, agency reports)"),
        F("M001", "Review Abi's sertraline and help the family register"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plain-text review plan printed from a case system: aligned field block,
#    capitals headings, then a fixed-width action table whose cells wrap onto
#    several lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b41_glaisterby_rcpc_fixed_width_wrapped_cells_horrocks.txt",
    "split": "heldout",
    "template": "rcpc-plan-plain-text-print-aligned-caps-field-block-caps-section-headings-then-fixed-width-five-column-table-no-action-lead-timescale-measure-cells-wrapped-over-several-lines",
    "description": (
        "Plain-text print of a plan continued at a review conference for a 10-year-old young carer and a "
        "3-year-old (mother's recurrent depression and self-harm, under the CMHT; damp bedroom). "
        "Fixed-width No / Action / Lead / Timescale / Measure columns with every cell wrapping. The CMHT "
        "only supports and its measure is a stable mood, the school's named-adult row has no timescale, "
        "the mother's safety plan is 'ASAP', the young carers referral has no lead, the damp has no "
        "measure, parenting sessions are 'reviewed at core group', one outcome is the mother's, and no "
        "legal step is named. The aunt in the contingency has a foster-care fallback."
    ),
    "text": """\
GLAISTERBY METROPOLITAN BOROUGH COUNCIL                      CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - AS AGREED AT REVIEW CONFERENCE             print 15/07/2025
==========================================================================================
SUBJECTS      Kayden HORROCKS   DOB 06/10/2014 (10)   Glaisterby Park Primary, Year 5
              Lacey HORROCKS    DOB 21/04/2022 (3)    at home
ADDRESS       27 Mafeking Street, Glaisterby
MOTHER        Gemma HORROCKS (32)
FATHER        Dean HORROCKS (35) - no contact since 2023, whereabouts unknown
CONFERENCE    Review CP conference 10/07/2025 (ICPC 10/04/2025) - plan continues
CATEGORY      Neglect
CHAIR         Sunil Bhatt, Independent Reviewing Officer
KEY SW        Nadia Farooq, Safeguarding and Family Support Team 3
==========================================================================================

WHY THE PLAN CONTINUES
Gemma has recurrent depression and has self-harmed three times since January; she is
under the Glaisterby CMHT Recovery Team. When she is low she stays in bed and Kayden
(10) gets Lacey up, makes her breakfast and misses school. The home was cleaner at the
last two visits but there is damp and black mould in Lacey's bedroom. Since the initial
conference Kayden's attendance has gone from 81% to 90% and Lacey has a nursery place
from September.

WHAT KAYDEN AND LACEY HAVE TOLD US / WHAT WE HAVE SEEN
Kayden (seen alone at school 03/07/2025): "When Mum's in bed I do Lacey's Coco Pops and
put CBeebies on. I don't mind but sometimes I'm late and Miss tells me off." He worries
about his mum "doing the cutting again" and said he would like "a club after school
where you can just play". He scored home 6/10.
Lacey (seen at home 08/07/2025) chatted about her "big girl bed" and showed the SW her
dolls. She coughed a lot in her bedroom and her pillow was damp. She called Kayden
"my Kay-Kay" and went to him, not to Gemma, when she bumped her head.

OUTCOMES WE WANT
1. Kayden and Lacey are got up, fed and dressed by an adult every morning.
2. Kayden is at school on time every day and is not caring for Lacey.
3. Lacey sleeps in a dry, mould-free bedroom.
4. Gemma will be emotionally well and able to manage her feelings.

ACTIONS
NO  ACTION                              LEAD                TIMESCALE     MEASURE OF PROGRESS
--- ----------------------------------- ------------------- ------------- -----------------------
1   Home visits to Kayden and Lacey;    SW Nadia Farooq     Weekly, one   Visit notes record
    see Kayden on his own and look at                       in three      Kayden's own words and
    Lacey's room and what food is in                        unannounced   the state of Lacey's
                                                                          room each visit

2   Care co-ordination visits to        Jo Sykes, CPN,      Fortnightly   Gemma's mood is stable
    support Gemma with her low mood and Glaisterby CMHT
    to keep her on her medication       Recovery Team

3   Kayden to have a named adult in     Mrs Carol Lund,                   Kayden can tell the SW
    school he can go to when he is      DSL, Glaisterby                   who his adult is and
    worried about his mum               Park Primary                      when he last saw them

4   Lacey to go to Little Larks nursery Gemma Horrocks      From          Nursery register copied
    three mornings a week (Mon, Tue,                        01/09/2025,   to SW monthly
    Wed)                                                    Mon-Wed

5   Gemma to write a safety plan for    Gemma Horrocks      ASAP          Signed copy of the
    the times she feels like hurting                                      safety plan on file and
    herself, saying who will look after                                   a copy in the kitchen
    the children                                                          drawer

6   Referral to Glaisterby Young Carers                     By 31/07/2025 Young carer's
    so Kayden gets a young carer's                                        assessment completed
    assessment and a group place                                          and copy sent to SW

7   Damp and mould in Lacey's bedroom   Gemma Horrocks /    By 29/08/2025
    to be treated and the window fixed  Glaisterby Homes
                                        repairs

8   Parenting sessions for Gemma at     FSW Liam            Weekly x 8    Reviewed at core group
    home on bedtimes, shouting and      Cartwright,         from
    praise                              Glaisterby Family   21/07/2025
                                        Hub

9   Tell the SW the same day if Kayden  Mrs Carol Lund      Same day,     Absence call log shared
    or Lacey is absent without a reason (Kayden); Little    every absence with SW weekly
    given by 9.30am                     Larks manager
                                        (Lacey)

10  Lacey's 3-year health review and    HV Becky Armitage,  By 15/08/2025 Review outcome, weight
    hearing check, and plot her weight  Glaisterby 0-19                   and hearing result in
                                        Service                           red book and letter to
                                                                          SW

CONTINGENCY
If Gemma self-harms, is taken to hospital, or is found unable to get out of bed to care
for the children, Kayden and Lacey will stay with their aunt, Stacey Horrocks
(14 Ashgrove Road), who has agreed to this and whose home the SW checked on 01/07/2025.
If Stacey cannot have them, the SW or the emergency duty team will place them with
Glaisterby foster carers the same day, and a strategy discussion will be held that day.

CORE GROUP / REVIEW
Core group    every 4 weeks at Glaisterby Park Primary, 3.30pm:
              31/07/2025, 28/08/2025, 25/09/2025
Review CP     second review conference 09/10/2025, 10.00, Glaisterby Town Hall

Distribution: Gemma Horrocks; Glaisterby Park Primary; Little Larks Nursery; Glaisterby
CMHT Recovery Team; 0-19 Service; Glaisterby Family Hub; Glaisterby Homes (action 7 only)

*** END OF PRINT ***
""",
    "findings": [
        F("F002", "Gemma will be emotionally well and able to manage her feelings."),
        F("H001", "support Gemma with her low mood and"),
        F("M002", "support Gemma with her low mood and"),
        F("T001", "Kayden to have a named adult in"),
        F("T002", "the times she feels like hurting"),
        F("W001", "Referral to Glaisterby Young Carers"),
        F("M001", "Damp and mould in Lacey's bedroom"),
        F("M002", "Parenting sessions for Gemma at"),
        F("R002"),
    ],
})
