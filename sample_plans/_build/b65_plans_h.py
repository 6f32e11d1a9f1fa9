"""Batch 65, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
councils, trusts, hospitals and schools. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from the four UK nations and from other agencies' templates - a
Welsh care and support protection plan with bilingual headings, a Scottish
GIRFEC child's plan set out by SHANARRI wellbeing indicator, a Northern
Ireland trust's family support / child protection plan, a health visitor's
enhanced health plan, a school-led plan written by the DSL, a joint police and
children's social care plan after domestic abuse, and a specialist midwife's
pre-birth plan. Parents with mental illness or substance misuse, and adult
services named in many ways (CMHT, perinatal team, recovery hub, community
addictions service, talking therapies, early intervention in psychosis,
psychiatrist, psychologist, recovery worker, GP), with hard negatives for F004
(adult services under unusual names owning actions) and H001 (mental health
services asked, in other words, whether the parent can change and how soon).
Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Welsh care and support protection plan, bilingual headings and some
#    bilingual cells (Cymraeg / English); mother with bipolar disorder (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_hwylcoed_bilingual_care_support_protection_plan_pritchard.docx",
    "doc_title": "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan - Cerys ac Osian Pritchard",
    "split": "tune",
    "actions": 13,
    "template": "welsh-care-and-support-protection-plan-docx-bilingual-headings-cymraeg-english-kv-then-rhif-beth-pwy-erbyn-pryd-sut-byddwn-ni-gwybod-table",
    "description": (
        "Welsh initial conference plan (Care and Support Protection Plan) for a 4-year-old and a "
        "9-month-old whose mother has bipolar disorder and stopped her lithium; bilingual headings "
        "('Beth sydd angen digwydd / What needs to happen') and bilingual timescale cells ('Wythnosol / "
        "Weekly', 'Parhaus / Ongoing'). The grandmother (Nain) owns two actions. The consultant "
        "psychiatrist is asked for a view on whether Siân can keep well enough and how long that will "
        "take (not H001), but the CPN only supports (H001). Also 'Parhaus / Ongoing' with 'Improvement in "
        "the home' (T002, M002), 'When Siân is ready' (T002), 'Teulu / Family' as owner (W002), a blank "
        "timescale (T001), a GP blood test row with no measure (M001), an outcome about Siân only (F002), "
        "a contingency that leans on Nain with no fallback (C003) and no legal step (R002)."
    ),
    "blocks": [
        ("title", "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan"),
        ("p", "Cyngor Sir Hwylcoed · Gwasanaethau Plant / Hwylcoed County Council · Children's Services · "
              "Tîm Diogelu / Safeguarding Team"),
        ("kv", [
            ("Plant / Children", "Cerys Pritchard, 4 (DOB 11/03/2021), Cylch Meithrin Hwylcoed, mornings; "
                                 "Osian Pritchard, 9 months (DOB 02/06/2024)"),
            ("Mam / Mother", "Siân Pritchard (27), 14 Maes y Dderwen, Hwylcoed"),
            ("Tad / Father", "Dylan Morgan (30), lives in his own flat in Hwylcoed and has the children on "
                             "Saturdays"),
            ("Nain / Grandmother", "Eirlys Pritchard (58), Siân's mother, 3 Stryd y Felin, Hwylcoed"),
            ("Cynhadledd / Conference", "Cynhadledd amddiffyn plant gychwynnol / Initial child protection "
                                        "conference, 04/03/2025"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Iaith / Language", "Cymraeg yw iaith y cartref / Welsh is the language of the home. Cerys "
                                 "speaks Welsh at home and at the Cylch."),
            ("Gweithiwr cymdeithasol / Social worker", "Rhian Bowen"),
            ("Cadeirydd / Chair", "Huw Tudor"),
        ]),
        ("h1", "Beth sy'n ein poeni ni / What we are worried about"),
        ("p", "Siân has bipolar disorder and has been under the Hwylcoed Community Mental Health Team since "
              "2019. She stopped taking her lithium in December because she felt \"flat\" on it. In January "
              "she became high: she was not sleeping, spent her benefits in two days and on 27 January police "
              "found her walking through the town at 2am in the rain with Osian in his pram and Cerys asleep "
              "alone in the flat. Cerys has missed 14 of the last 30 sessions at the Cylch. There were nappies "
              "and unwashed bottles across the kitchen on each of the social worker's visits, and Osian's cot "
              "was full of clothes, so he was sleeping on the sofa with Siân."),
        ("p", "There are no concerns about drug or alcohol use by either parent. Dylan has no history of "
              "mental health difficulties."),
        ("h1", "Beth sy'n gweithio'n dda / What is working well"),
        ("bullets", [
            "Siân restarted her lithium on 20 February and told conference she wants to stay well for the "
            "children.",
            "Nain has stayed at the flat most nights since the police came, and the children know her well.",
            "Dylan has had Cerys and Osian every Saturday since Christmas and always brings them back on time.",
        ]),
        ("h1", "Llais Cerys ac Osian / What Cerys and Osian tell us"),
        ("p", "Cerys (seen at the Cylch with Mrs Parri, 26 February, in Welsh): \"Mam yn sâl. Mam yn siarad "
              "lot a ddim yn cysgu\" (\"Mam is poorly. Mam talks a lot and doesn't sleep\"). She said she likes "
              "it when Nain makes porridge and that she was \"ofn\" (scared) when she woke up and nobody was "
              "there. She drew her family with Nain holding Osian."),
        ("p", "Osian was seen at home on three visits. He is sitting, babbling and reaching for his sister. "
              "He settles quickly for Nain at bedtime but cries and arches his back when he is laid on the "
              "sofa. On 24 February he had a nappy rash that had bled."),
        ("h1", "Canlyniadau i'r plant / Outcomes for the children"),
        ("bullets", [
            "Cerys goes to the Cylch every morning, fed and dressed, and tells Mrs Parri she is happy at home.",
            "Osian sleeps in his own cot in a warm, clean room and is never taken out at night.",
            "Cerys and Osian always have an adult with them who is well enough to look after them, day and night.",
            "Siân will take her lithium every day and keep all of her appointments.",
        ]),
        ("h1", "Beth sydd angen digwydd / What needs to happen"),
        ("table", {
            "header": ["Rhif / No.", "Beth / What", "Pwy / Who", "Erbyn pryd / By when",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [1.4, 5.4, 3.4, 3.2, 3.6],
            "rows": [
                ["1", "See Cerys and Osian at home, Cerys on her own, and look at where Osian sleeps; talk "
                      "with Cerys in Welsh using the three houses",
                 "SW Rhian Bowen",
                 "Wythnosol / Weekly until the review conference",
                 "Visit records with Cerys's words in Welsh and English, and Osian's cot seen each time"],
                ["2", "Outpatient review of Siân's lithium level and mood, with a letter to the core group "
                      "giving the consultant's view on whether she can stay well enough to care for Cerys and "
                      "Osian and how long that is likely to take",
                 "Dr Aled Rhys, consultant psychiatrist, Hwylcoed CMHT",
                 "First review by 28/03/2025, then every 6 weeks",
                 "Consultant's letter to the SW before each core group"],
                ["3", "Visit Siân at home to support her with her mood and help her keep taking her medication",
                 "Nia Lloyd, CPN, Hwylcoed CMHT",
                 "Bob pythefnos / Fortnightly",
                 "Each visit written in the CMHT diary"],
                ["4", "Lithium safety checks for Siân: thyroid and kidney function blood tests",
                 "Dr Elin Vaughan, GP, Meddygfa Hwylcoed",
                 "By 31/03/2025",
                 ""],
                ["5", "Stay overnight at the flat and do Osian's night feeds and nappy changes",
                 "Nain (Eirlys Pritchard)",
                 "Bob nos / Every night until the first core group",
                 "Night chart on the fridge signed by Eirlys; checked by the SW at each visit"],
                ["6", "Take Cerys to the Cylch Meithrin and collect her at 12.30pm",
                 "Nain (Eirlys Pritchard)",
                 "Bob bore / Every weekday morning in term time",
                 "Cylch register shows Cerys in by 9.15am"],
                ["7", "Have Cerys and Osian at his flat on Saturdays, 10am to 4pm, and bring them back to Nain",
                 "Dylan Morgan (Tad / Dad)",
                 "Bob dydd Sadwrn / Every Saturday",
                 "Contact diary kept by Nain and seen by the SW"],
                ["8", "Nine-month review for Osian: weight, development and a look at his nappy rash",
                 "HV Meinir Jones",
                 "By 21/03/2025",
                 "Weight and ASQ-3 scores in the red book and sent to the SW"],
                ["9", "Write down how Cerys arrives each morning (fed, dressed, who brought her) and anything "
                      "she says about home",
                 "Mrs Gwen Parri, arweinydd / leader, Cylch Meithrin Hwylcoed",
                 "Bob sesiwn / Every session",
                 "Arrival sheet emailed to the SW every Friday"],
                ["10", "Help Siân clear the kitchen and make a safe sleeping space for Osian",
                 "FSW Gareth Hughes, Teulu Hwylcoed family support service",
                 "Parhaus / Ongoing",
                 "Improvement in the home"],
                ["11", "Welsh-medium parenting course on routines and bedtimes for young children",
                 "Siân Pritchard, with FSW Gareth Hughes",
                 "Pan fydd Siân yn barod / When Siân is ready",
                 "Certificate from the course leader"],
                ["12", "Tell the SW about any worry about Siân's sleep, spending or mood, or about the "
                       "children being left",
                 "Teulu / Family",
                 "Yr un diwrnod / Same day",
                 "Each call logged on the children's file by the SW"],
                ["13", "Apply for a funded childcare place for Osian at Cychwyn Cadarn Hwylcoed",
                 "SW Rhian Bowen",
                 "",
                 "Place offer letter on the children's file"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Siân stops taking her lithium, goes two nights without sleeping, or takes either child out "
              "of the flat after 9pm, Nain will take Cerys and Osian to her house at 3 Stryd y Felin that day "
              "and Rhian (or the out of hours team) will hold a strategy discussion the same day. If Siân "
              "needs to go into hospital, the children will stay with Nain until the core group meets."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group: every 4 weeks, Tuesdays at 10am, Canolfan Deulu Hwylcoed: "
            "18/03/2025, 15/04/2025 and 13/05/2025.",
            "Cynhadledd adolygu / Review conference: Tuesday 03/06/2025, 10am, Neuadd y Sir, Hwylcoed.",
        ]),
        ("p", "Cofnodwyd gan / Written by Rhian Bowen, 05/03/2025. Copïau / Copies: Siân, Dylan, Eirlys and "
              "every agency named above. Mae'r cynllun ar gael yn Gymraeg / This plan is available in Welsh."),
    ],
    "findings": [
        F("H001", "to support her with her mood and help her"),
        F("M001", "thyroid and kidney function blood tests"),
        F("T002", "Help Siân clear the kitchen and make a safe sleeping"),
        F("M002", "Help Siân clear the kitchen and make a safe sleeping"),
        F("T002", "Welsh-medium parenting course on routines and bedtimes"),
        F("W002", "worry about Siân's sleep, spending or mood"),
        F("T001", "Apply for a funded childcare place for Osian"),
        F("F002", "Siân will take her lithium every day and keep all of her appointments."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Scottish GIRFEC child's plan (child protection), actions set out by
#    SHANARRI wellbeing indicator merged down the first column; named person
#    and lead professional; paged PDF with header and footer (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_hallakirk_girfec_childs_plan_shanarri_mcinnes.pdf",
    "doc_title": "Child's Plan (Child Protection) - Lewis McInnes and Isla Rennie",
    "split": "tune",
    "actions": 13,
    "template": "scottish-girfec-childs-plan-cp-paged-named-person-lead-professional-shanarri-outcomes-then-indicator-merged-down-what-who-when-how-we-will-know-table",
    "description": (
        "Scottish child's plan agreed at a child protection planning meeting for a 7-year-old and a "
        "14-month-old (mother on methadone after heroin use, father with depression). Named persons "
        "(depute head, health visitor) and a lead professional (social worker); outcomes and actions "
        "set out by SHANARRI wellbeing indicator, the indicator merged down the first column of the "
        "action table. The recovery worker reports on whether Kirsty is staying off street drugs, the "
        "adult psychological therapies service says whether Scott can make and keep the changes and how "
        "long that will take, the GP writes on how Scott's mood affects the children; the contingency "
        "covers the grandmother being unable to help, review CPPM dated and a legal planning meeting "
        "requested if progress is not made. Header and page footer. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Hallakirk Council · Children and Families Social Work",
    "footer": "Child's Plan (Child Protection) – Lewis McInnes and Isla Rennie – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child's Plan (Child Protection)"),
        ("p", "Getting it right for every child in Hallakirk. This plan was agreed at the Child Protection "
              "Planning Meeting (CPPM) and replaces the single-agency plans for Lewis and Isla."),
        ("kv", [
            ("Children", "Lewis McInnes (7), P3, Hallakirk Bayview Primary; Isla Rennie (14 months), at home"),
            ("Address", "2/1, 48 Harbourgate Street, Hallakirk"),
            ("Mum", "Kirsty McInnes (29)"),
            ("Dad", "Scott Rennie (33), Isla's dad and Lewis's stepdad; lives with the family"),
            ("Gran", "Morag Rennie (61), Scott's mum, 21 Links Road, Hallakirk"),
            ("CPPM", "Initial Child Protection Planning Meeting, Monday 10/03/2025. Both children's names "
                     "were placed on the child protection register (concern: parental drug use; neglect)."),
            ("Lead professional", "Gemma Baird, social worker, Hallakirk Children and Families"),
            ("Named person – Lewis", "Mrs Anne Cowie, depute head teacher, Hallakirk Bayview Primary"),
            ("Named person – Isla", "Fiona Dunbar, health visitor, Hallakirk Health Centre"),
            ("Chair", "Alasdair Strachan, Independent Chair"),
        ]),
        ("h1", "What is getting in the way of Lewis and Isla's wellbeing"),
        ("p", "Kirsty used heroin for six years and has been on a methadone programme with the Hallakirk "
              "Alcohol and Drug Recovery Service (ADRS) since 2023. In February two tests showed street "
              "benzodiazepines, and on 21 February Lewis told his teacher he had made toast for Isla "
              "because \"Mum was sleeping on the floor\". A bottle of methadone was found on the kitchen "
              "worktop at the social worker's visit on 25 February. Scott has depression, is on "
              "antidepressants from his GP and was referred to the Hallakirk Adult Psychological Therapies "
              "Service in January. He works early shifts at the fish market and is out of the house from 4am. "
              "Lewis has been late to school 19 times this term and Isla has missed her last two health "
              "visitor appointments."),
        ("h1", "What is going well"),
        ("p", "Kirsty has collected every methadone dose since 26 February and was honest at the CPPM about "
              "using. Scott is a warm, playful dad and Lewis calls him \"my dad\". Morag sees the children "
              "most days and has had them every weekend since the CPPM."),
        ("h1", "Lewis's views and Isla's world"),
        ("p", "Lewis (with Gemma at school, 5 March, using his wellbeing web): \"I like it when Mum is awake "
              "and we do Lego. I don't like when she is sleepy in the day.\" He scored Safe 5 and Nurtured 8 "
              "out of 10. He said he wants to play football \"like my dad did\" and that he worries about Isla "
              "when he is at school. He wants Gran to \"come more\"."),
        ("p", "Isla is walking round the furniture and saying \"mama\", \"dada\" and \"Lew\". At visits she "
              "crawls straight to Lewis and follows him. On 25 February she was still in her night nappy at "
              "2pm and drank a full bottle of milk quickly. She settles to sleep for Morag with her rabbit."),
        ("h1", "What we want to achieve (wellbeing outcomes)"),
        ("bullets", [
            "Safe: Lewis and Isla are always looked after by an adult who is not under the influence of "
            "drugs, and Lewis tells us he feels safe at home.",
            "Healthy: Isla's growth, development checks and immunisations are up to date, and Lewis has his "
            "teeth checked.",
            "Achieving: Lewis is in school every day and on time, and is reading at the level expected for P3.",
            "Nurtured: Lewis and Isla have warm care and regular meals every day, and Lewis does not look "
            "after his sister.",
            "Active: Lewis plays football every week.",
            "Respected and Responsible: Lewis's views are asked and written down before every meeting.",
            "Included: the family has enough money for food, nappies and a school uniform that fits Lewis.",
        ]),
        ("h1", "Who will do what"),
        ("table", {
            "header": ["Wellbeing indicator", "What will happen", "Who", "When", "How we will know"],
            "widths": [3.0, 8.2, 4.7, 4.4, 5.4],
            "rows": [
                ["Safe",
                 "See Lewis on his own at school and at home, and Isla awake at home; look at where the "
                 "methadone is kept and that the lockable box is locked",
                 "Lead professional: Gemma Baird, social worker",
                 "Weekly until the review CPPM; at least one visit in three unannounced",
                 "Visit records with Lewis's own words and what was seen of Isla; the box seen locked"],
                [V,
                 "Supervised methadone doses at the pharmacy and random tests, with a written report on "
                 "whether Kirsty is staying off street drugs and what that means for her care of Lewis and "
                 "Isla",
                 "Andy Forsyth, recovery worker, Hallakirk ADRS",
                 "Doses daily; tests weekly; report before each core group",
                 "Test results and the written report sent to the lead professional"],
                [V,
                 "Keep all methadone in the lockable box on top of the bathroom cabinet, out of Isla's reach",
                 "Kirsty McInnes",
                 "Every day, from 10/03/2025",
                 "Box seen locked at each social work and health visitor visit"],
                ["Healthy",
                 "Isla's 13–15 month review, weight and the immunisations she missed",
                 "Named person for Isla: Fiona Dunbar, health visitor",
                 "By 28/03/2025",
                 "Weight plotted in the red book; immunisations recorded as given"],
                [V,
                 "Review Scott's antidepressant and write to the lead professional on how his mood is "
                 "affecting his care of Lewis and Isla",
                 "Dr Ishbel Grant, GP, Hallakirk Harbour Medical Practice",
                 "By 31/03/2025",
                 "GP letter on the children's file"],
                [V,
                 "Register Lewis with a dentist and take him to his first check-up",
                 "Kirsty McInnes",
                 "Registered by 28/03/2025; check-up by 30/04/2025",
                 "Dental practice confirms the visit to the school nurse"],
                ["Achieving",
                 "Check Lewis's attendance and lateness each morning and phone Kirsty by 9.30am if he is not "
                 "in",
                 "Named person for Lewis: Mrs Anne Cowie, depute head teacher",
                 "Every school day",
                 "Attendance printout to the lead professional every Friday; attendance over 95% by the "
                 "review CPPM"],
                ["Nurtured",
                 "Have Lewis and Isla at her house from Friday after school until Saturday teatime",
                 "Gran, Morag Rennie",
                 "Every weekend until the review CPPM",
                 "Weekend diary signed by Morag and seen by the lead professional"],
                [V,
                 "Fortnightly sessions with Scott for his depression, and a written view for the core group "
                 "on whether Scott is able to make and keep the changes Lewis and Isla need, and how long "
                 "that is likely to take",
                 "Dr Ross Kinnaird, clinical psychologist, Hallakirk Adult Psychological Therapies Service",
                 "Fortnightly from 17/03/2025; written view by the core group on 19/05/2025",
                 "Written view sent to the lead professional and shared at the core group"],
                [V,
                 "Get Isla up, changed and fed by 8am on the days Scott is on early shifts",
                 "Kirsty McInnes",
                 "Every weekday from 11/03/2025",
                 "Feeding and nappy chart on the fridge, checked by the health visitor and social worker at "
                 "each visit"],
                ["Active",
                 "Take Lewis to the Hallakirk Thistle under-8s football club",
                 "Scott Rennie",
                 "Every Wednesday in term time from 19/03/2025",
                 "Club register shows Lewis there"],
                ["Respected and Responsible",
                 "Worry sessions with Lewis using his worry monster book, and help him write his views for "
                 "each core group",
                 "Leanne Shaw, family support worker, Hallakirk Family Support Service",
                 "Weekly for 8 weeks from 17/03/2025",
                 "Worry monster pages and Lewis's views sheet sent to the lead professional before each "
                 "core group"],
                ["Included",
                 "Help Kirsty and Scott claim the child payments and the school clothing grant for Lewis",
                 "Jamie Boyd, welfare rights officer, Hallakirk Council Money Advice",
                 "By 11/04/2025",
                 "Award letters seen by the lead professional"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kirsty tests positive for street drugs, misses two supervised doses in a row, or is seen to "
              "be under the influence while caring for Lewis or Isla, the lead professional (or Hallakirk "
              "out-of-hours social work) will hold an inter-agency referral discussion the same day and "
              "the children will go to stay with Morag at 21 Links Road until it has been decided what "
              "happens next."),
        ("p", "If Morag is ill, away or cannot have the children, the weekend stays stop and Leanne Shaw will "
              "take Lewis and Isla to the Saturday session at Harbourgate Family Centre instead; in an "
              "emergency, if Morag cannot take them, the lead professional will arrange a foster placement "
              "that day."),
        ("p", "If Kirsty has two more positive tests before the review CPPM, or Lewis's attendance is still "
              "under 90% at the Easter holidays, the lead professional will request a legal planning meeting "
              "with the council's legal services to decide on a referral to the Children's Reporter."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, 1.30pm at Hallakirk Bayview Primary: Monday 24/03/2025, Monday "
              "21/04/2025 and Monday 19/05/2025. Review Child Protection Planning Meeting (review conference): "
              "Monday 09/06/2025, 10am, Hallakirk Council Chambers."),
        ("p", "Plan written by Gemma Baird (lead professional) on 11/03/2025 and shared with Kirsty, Scott, "
              "Morag and every service named in it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland trust's family support / child protection plan, typed
#    task blocks (Action / Responsible / Timescale / Evidence); baby
#    accommodated under Article 21 and still on the children's ward (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_hollinbane_ni_trust_family_support_cp_plan_mcauley.txt",
    "split": "tune",
    "actions": 10,
    "template": "northern-ireland-hsc-trust-family-support-child-protection-plan-txt-numbered-sections-task-blocks-action-responsible-timescale-evidence-no-outcomes",
    "description": (
        "Northern Ireland HSC trust plan agreed at an initial child protection case conference for an "
        "11-year-old, a 5-year-old and a 6-week-old who is accommodated under Article 21 and still on the "
        "children's ward (mother's diazepam and alcohol misuse, father's depression). Typed task blocks "
        "with Action / Responsible / Timescale / Evidence lines and a keyworker. The plan lists areas of "
        "concern but no outcome for the children (O001); nobody is set to visit the baby on the ward "
        "(L001); the addictions service and GP appear only as places the parents go (F004). Also 'As "
        "required' with 'Engagement with the service' (T002, M002), a GP task with no evidence (M001), "
        "a passive hair strand test with no one responsible (W001), 'Professionals' with 'Ongoing' (W002, "
        "T002), 'Monitored by keyworker' (M002), a contingency of 'further concerns' and reconvening the "
        "core group (C002) with no legal step (R002)."
    ),
    "text": """\
HOLLINBANE HEALTH AND SOCIAL CARE TRUST
Women's, Children's and Family Services
Family Intervention Team 2, Hollinbane Area Office, Quay Road, Hollinbane

FAMILY SUPPORT / CHILD PROTECTION PLAN
(UNOCINI pathway - child protection)

Initial Child Protection Case Conference held: 12/03/2025
Names added to the Child Protection Register: Ciara, Tiernan and Fionn McAuley
Category of registration: Neglect

1. FAMILY DETAILS

   Ciara McAuley      11   P7, St Brigid's Primary School, Hollinbane
   Tiernan McAuley     5   P1, St Brigid's Primary School, Hollinbane
   Fionn McAuley      6 weeks (born 31/01/2025)
   Shauna McAuley     31   mother
   Declan McAuley     34   father
   Address            9 Glenvale Park, Hollinbane

   Fionn is accommodated by the Trust under Article 21 of the Children
   (Northern Ireland) Order 1995, with Shauna and Declan's agreement. He is
   on the Children's Ward at Hollinbane Area Hospital being treated for poor
   weight gain and will move to Trust foster carers when he is discharged.

   Keyworker:             Orla Devlin, Social Worker
   Senior Practitioner:   Conor Hegarty
   Chair:                 Patricia Magee, Principal Social Worker

2. REASONS FOR REGISTRATION

   Shauna has misused diazepam, bought on the street, and alcohol since her
   late teens. On 19/02/2025 paramedics were called to the house after
   Ciara found Shauna unresponsive on the settee with Fionn beside her; Fionn
   was admitted to hospital and was found to be below his birth weight at
   three weeks old. Shauna says she had taken "a few blues" with vodka to
   sleep. She is known to the Hollinbane Community Addictions Service but
   stopped going in the autumn.

   Declan has depression and has been off work since November. He attends
   his GP and takes an antidepressant. There are no concerns about Declan's
   alcohol use. He sleeps in late most mornings and Ciara has been getting
   Tiernan up, dressed and to school.

   The house was cluttered on the keyworker's visits, with dirty dishes and
   dog faeces in the back hall. Ciara's attendance this year is 82% and
   Tiernan's 79%.

3. THE CHILDREN'S VIEWS

   Ciara (seen alone at school by the keyworker, 06/03/2025) said: "I'm the
   one who does the mornings because Daddy's tired and Mummy's sick." She
   said she was frightened when she could not wake her mum and that she
   wants "Mummy to stop taking the tablets and Daddy to get up". She would
   like to go to the after-school drama club "but there's nobody to lift
   me". She gave home 5 out of 10.

   Tiernan told the keyworker he likes "Ciara's pancakes" and his dog Bran.
   His teacher says he is often tired and hungry in the mornings and gets
   upset when it is not Ciara who collects him.

   Fionn is seen by the ward nurses as a sleepy baby who has to be woken for
   feeds. He is now taking 90 ml every three hours and has started to gain
   weight.

4. AREAS OF CONCERN

   - Shauna's misuse of diazepam and alcohol while caring for the children
   - Declan's low mood and his ability to get the children to school
   - Home conditions, hygiene and the dog's mess in the back hall
   - Fionn's weight and the care he will need after discharge
   - Ciara carrying out caring tasks for her brother and her parents

5. TASKS

   TASK 1
   Action:       Keyworker to carry out home visits, at least one in three
                 unannounced, seeing Ciara and Tiernan together and Ciara on
                 her own.
   Responsible:  Orla Devlin, Keyworker
   Timescale:    Fortnightly
   Evidence:     Visit records on the children's file, with Ciara's own
                 words written down.

   TASK 2
   Action:       Keyworker to liaise with Children's Ward staff about
                 Fionn's discharge and his move to foster carers.
   Responsible:  Orla Devlin, Keyworker
   Timescale:    By 28/03/2025
   Evidence:     Written discharge plan agreed with the ward.

   TASK 3
   Action:       Shauna to attend all appointments offered by the
                 Hollinbane Community Addictions Service.
   Responsible:  Shauna McAuley
   Timescale:    As required
   Evidence:     Engagement with the service.

   TASK 4
   Action:       Declan to attend his GP regarding his low mood and
                 medication.
   Responsible:  Declan McAuley
   Timescale:    By 11/04/2025
   Evidence:     -

   TASK 5
   Action:       Hair strand testing for alcohol and drugs to be arranged
                 for Shauna.
   Responsible:  -
   Timescale:    Within 4 weeks of the conference
   Evidence:     Hair strand results shared with the core group.

   TASK 6
   Action:       Ciara to be supported in school and any concerns shared
                 with the keyworker.
   Responsible:  Professionals
   Timescale:    Ongoing
   Evidence:     Concerns recorded on Ciara's school child protection file.

   TASK 7
   Action:       Family support worker to support Shauna with budgeting and
                 household routines.
   Responsible:  Gráinne Tohill, Family Support Worker, Hollinbane Family
                 Support Hub
   Timescale:    Weekly for 10 weeks from 24/03/2025
   Evidence:     Monitored by keyworker.

   TASK 8
   Action:       School nurse to complete a health assessment for Tiernan:
                 height, weight, teeth and hearing.
   Responsible:  Mairéad Quinn, School Nurse
   Timescale:    By 30/04/2025
   Evidence:     Results sent to the keyworker and the GP.

   TASK 9
   Action:       Designated teacher to check Ciara's and Tiernan's
                 attendance each morning and phone the keyworker if either
                 child is absent without a reason.
   Responsible:  Mr Kevin Rooney, Designated Teacher, St Brigid's
   Timescale:    Each school day
   Evidence:     Weekly attendance figures emailed to the keyworker.

   TASK 10
   Action:       Referral to Hollinbane Young Carers for an assessment of
                 the caring Ciara does at home.
   Responsible:  Orla Devlin, Keyworker
   Timescale:    Referral by 21/03/2025
   Evidence:     Young carers assessment report placed on file.

6. CONTINGENCY PLAN

   Should there be any further concerns about the children's care, or
   should the plan not be adhered to, the keyworker will discuss the case
   with the senior practitioner and a core group meeting will be reconvened
   to review the plan.

7. CORE GROUP AND REVIEW

   Core group meetings will be held monthly at St Brigid's Primary School:
   26/03/2025, 23/04/2025 and 21/05/2025.
   Review Child Protection Case Conference: 11/06/2025, 10.00am, Hollinbane
   Area Office.

Plan typed by Orla Devlin (Keyworker), 13/03/2025. Copies to Shauna and
Declan McAuley and all agencies present.
""",
    "findings": [
        F("T002", "Shauna to attend all appointments offered by the"),
        F("M002", "Shauna to attend all appointments offered by the"),
        F("M001", "Declan to attend his GP regarding his low mood"),
        F("W001", "Hair strand testing for alcohol and drugs to be arranged"),
        F("W002", "Ciara to be supported in school and any concerns"),
        F("T002", "Ciara to be supported in school and any concerns"),
        F("M002", "Family support worker to support Shauna with budgeting"),
        F("O001"),
        F("L001"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Health visitor's enhanced health plan for a baby on a child protection
#    plan, bullets with the owner first; mostly about mum's own needs (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_hadlowmere_health_visitor_enhanced_plan_brennan.md",
    "split": "tune",
    "actions": 12,
    "template": "health-led-enhanced-health-visiting-plan-md-upp-details-health-needs-babys-day-outcomes-then-sentence-bullets-contingency-dates",
    "description": (
        "Health visitor's enhanced (Universal Partnership Plus) plan, written as the health part of the "
        "child protection plan for a 10-week-old whose mother has postnatal depression and anxiety and "
        "whose father smokes cannabis daily. One sentence per bullet. Seven of the twelve actions are "
        "about the parents' own treatment, support, housing or appointments with no mention of Maisie "
        "(F001). The perinatal nurse only supports Chloe (H001) while the perinatal psychiatrist is asked "
        "whether Chloe's recovery is on track to meet Maisie's needs and how long it may take (not H001); "
        "the father's cannabis use has an adult service under an unusual name (The Anchor Project) owning "
        "an action (not F004). Also a GP who will 'keep an eye on' Chloe (M002), a housing transfer 'as "
        "soon as possible' (T002), a passive action with nobody named (W001) and an outcome about Chloe "
        "only (F002)."
    ),
    "text": """\
# Enhanced Health Visiting Plan – Maisie Brennan

**Hadlowmere 0–19 Public Health Nursing Service · Health Visiting Team South**

Universal Partnership Plus. This is the health part of Maisie's child protection
plan. It was written by Maisie's health visitor after the initial child protection
conference and agreed with the social worker, who chairs the core group.

**Baby:** Maisie Brennan, born 04/03/2025 at 39 weeks (10 weeks old at conference)
**Address:** 27 Fern Court, Marsh Road, Hadlowmere
**Mum:** Chloe Brennan (22)
**Dad:** Jordan Pike (24), lives with Chloe and Maisie
**Maternal grandmother:** Tracy Brennan, 9 Bell Lane, Hadlowmere
**Conference:** Initial child protection conference, Tuesday 13 May 2025 – category neglect
**Health visitor:** Becky Lowe, specialist community public health nurse
**Social worker:** Tom Reddy, Hadlowmere Children's Safeguarding Team

## Health needs identified

Chloe has postnatal depression and anxiety. She was referred to the Hadlowmere
Perinatal Mental Health Team at six weeks after telling the HV she "couldn't feel
anything" for Maisie, and she started sertraline in April. Jordan smokes cannabis
every day, mostly in the flat; on two visits the living room smelled strongly of
it and Maisie was in her bouncer in the same room. Maisie dropped from the 50th to
the 9th centile between birth and eight weeks. The bedroom has black mould on the
outside wall and Maisie's Moses basket is in that room. Chloe and Jordan have been
open about their difficulties and want support.

## Maisie's day

Maisie cannot tell us what life is like for her, so this is what the HV and SW have
seen. She feeds well from a bottle when she is held close and talked to, and
turns her head towards Chloe's voice. When Chloe is low she props the bottle on a
cushion and Maisie loses the teat and cries. Maisie cries for long spells in the
evening; Jordan walks her round the flat and she settles on his shoulder. She has
a dry cough in the mornings. She smiles at her nan, who visits most days.

## What we want for Maisie

- Maisie gains weight steadily and stays on or above the 9th centile.
- Maisie sleeps on her back in her own Moses basket, in a warm, dry room with no smoke.
- Maisie is held for every feed and her parents notice and answer her cries.
- Chloe feels less anxious and more confident as a mum.

## Health plan actions

- HV Becky Lowe will weigh Maisie at home every week until she is 16 weeks old and plot each weight in her red book.
- Sophie Achterberg, perinatal mental health nurse, will visit Chloe at home every fortnight to support her with her anxiety and low mood, and will record Chloe's attendance at each visit.
- Dr Funmi Nwosu, consultant perinatal psychiatrist, will see Chloe by 6 June 2025 and tell the core group in writing whether Chloe's recovery is on track for her to meet Maisie's needs on her own, and how long that may take.
- Chloe will take her sertraline every day and collect each prescription from Bell Lane Pharmacy on time, and the pharmacy will confirm each collection to the HV monthly.
- Dr Amir Patel (GP) will review Chloe's medication by 30 May 2025 and keep an eye on how she is.
- Dean Fowler, keyworker at The Anchor Project (Hadlowmere's adult drug and alcohol service), will see Jordan weekly about his cannabis use and send the SW a written update before each core group on whether he has stopped smoking in the flat.
- Jordan will see his GP about his sleep and low mood by 6 June 2025 and give the SW a copy of the GP's letter.
- Chloe will join the six-week Mums' Wellbeing group at Hadlowmere Children's Centre from 3 June 2025, and the group leader will send the attendance sheet to the HV.
- SW Tom Reddy will help Chloe and Jordan apply for a housing transfer as soon as possible and keep the application reference on file.
- Maisie's Moses basket will be moved out of the damp bedroom into the living room by 23 May 2025, and its new place will be written in the HV notes at the next visit.
- SW Tom Reddy will visit Maisie at home every two weeks, see her awake and record how Chloe and Jordan respond when she cries.
- The GP practice nurse will give Maisie her 12-week immunisations by 20 June 2025 and record them in her red book.

## If things change

If Chloe tells anyone she has thoughts of harming herself or Maisie, or stops taking
her sertraline, or if Jordan has smoked cannabis while caring for Maisie on his own,
whoever hears will ring the SW (or the emergency duty team out of hours) straight
away and a strategy discussion will be held the same day. Maisie will be cared for
by her nan, Tracy Brennan, at 9 Bell Lane until the strategy discussion has agreed
what happens next, and the perinatal team will see Chloe that day.

If Maisie's weight falls below the 2nd centile, or Jordan smokes cannabis around her
again before the review conference, the SW will ask his manager for a legal planning
meeting.

## Dates

- Core group every 4 weeks at Hadlowmere Children's Centre, 10am: Tuesday 27 May, Tuesday 24 June and Tuesday 22 July 2025.
- Review child protection conference: Tuesday 5 August 2025, 10am, Hadlowmere Town Hall.

*Written by Becky Lowe (HV), 14 May 2025. Shared with Chloe, Jordan, Tom Reddy (SW), Dr Patel and the perinatal team.*
""",
    "findings": [
        F("H001", "to support her with her anxiety and low mood"),
        F("M002", "will review Chloe's medication by 30 May 2025"),
        F("T002", "help Chloe and Jordan apply for a housing transfer"),
        F("W001", "Moses basket will be moved out of the damp bedroom"),
        F("F002", "Chloe feels less anxious and more confident as a mum."),
        F("F001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. School-led plan written by the DSL for the core group: pupil details,
#    voice, outcomes, Action | Who | When | Evidence table; no contingency
#    although the aunt and grandad carry two evenings a week (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_hamblecote_school_dsl_led_plan_walsh.docx",
    "doc_title": "Child Protection Plan - School-Led Plan for Mia Walsh",
    "split": "tune",
    "actions": 13,
    "template": "school-led-plan-docx-written-by-dsl-pupil-kv-mias-views-outcomes-then-action-who-when-evidence-table-no-contingency",
    "description": (
        "Plan for a 13-year-old (and her 6-year-old brother) written by the secondary school's DSL for "
        "the core group after the initial conference; mother drinks heavily and has depression. The "
        "community drug and alcohol team, under the name Hamblecote Pathways to Recovery, owns an action "
        "(not F004). Mia's aunt and grandad carry three evenings a week between them, but there is no "
        "contingency at all (C001, C003) and no legal step (R002). Also 'All staff' (W002), 'Mia's "
        "engagement with sessions' (M002), a blank 'When' (T001), 'As and when needed' (T002), a blank "
        "evidence cell (M001), a passive nurture group offer with nobody in 'Who' (W001) and an outcome "
        "about mum only (F002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan – School-Led Plan"),
        ("p", "Hamblecote Academy · Safeguarding Team · written by the Designated Safeguarding Lead for the "
              "core group"),
        ("kv", [
            ("Pupil", "Mia Walsh, Year 8 (DOB 17/09/2011), tutor group 8RH"),
            ("Brother", "Alfie Walsh (6), Year 1, Hamblecote Infant School"),
            ("Lives with", "Donna Walsh (38), mum, 41 Saxon Way, Hamblecote. Mia's dad, Gary Walsh, lives "
                           "abroad and has had no contact for three years."),
            ("Family", "Lisa Cartwright, Donna's sister (Hamblecote); Frank Cartwright, maternal grandad "
                       "(Hamblecote)"),
            ("Conference", "Initial child protection conference, Tuesday 29/04/2025 (category: neglect)"),
            ("Social worker", "Ellie Roper, Hamblecote Children's Services"),
            ("Written by", "Mrs Karen Dale, Designated Safeguarding Lead, Hamblecote Academy"),
        ]),
        ("h2", "Why there is a plan"),
        ("p", "Donna drinks vodka most days and has depression, for which her GP prescribes an antidepressant. "
              "Twice since February Mia has come home to find her mum asleep on the kitchen floor and has "
              "rung her aunt. Mia's attendance has fallen to 84% and most of her absences are Mondays and "
              "Fridays, when she has stayed at home to get Alfie to school and \"keep an eye on Mum\". Staff "
              "have noticed Mia falling asleep in lessons and arriving without lunch. Donna has been referred "
              "to Hamblecote Pathways to Recovery, the community drug and alcohol team, and went to her first "
              "appointment on 22 April."),
        ("h2", "What Mia says"),
        ("p", "Mia (at her check-in with Mrs Dale on 24 April): \"I don't mind doing Alfie's tea, I just hate "
              "not knowing what Mum's going to be like when I get in. On netball nights I'm fine because "
              "Grandad's there.\" She said she wants to stay living with her mum and Alfie, that she wants "
              "her mum \"to go back to how she was\", and that she would like someone at school to talk to "
              "who is \"not a teacher\". She put home at 4 out of 10 and school at 7."),
        ("p", "Alfie's teacher says he talks happily about tea at Aunty Lisa's and sometimes arrives in "
              "yesterday's uniform."),
        ("h2", "What we want for Mia and Alfie"),
        ("bullets", [
            "Mia is in school every day and on time, and can concentrate in lessons instead of worrying about "
            "home.",
            "Mia has a trusted adult in school she talks to every week, and tells us she feels safer at home.",
            "Mia and Alfie have a sober adult in charge of them every evening, and Mia is not the one looking "
            "after Alfie or her mum.",
            "Donna stops drinking and gets help with her mood.",
        ]),
        ("h2", "Who will do what"),
        ("table", {
            "header": ["Action", "Who", "When", "Evidence"],
            "widths": [6.6, 3.8, 3.0, 3.6],
            "rows": [
                ["Check-in with Mia in the safeguarding office, using her 0–10 \"how's home\" scale",
                 "Mrs Karen Dale, DSL",
                 "Every Monday, 8.40am",
                 "Scale score and Mia's words written on the school safeguarding log"],
                ["Pass on any disclosure, injury or change in how Mia presents to the DSL",
                 "All staff",
                 "Same day",
                 "Each concern logged on the school safeguarding log"],
                ["Check Mia's attendance by 9.15am and ring the SW if she is absent and Donna cannot be "
                 "reached",
                 "Mr Tom Fenn, attendance officer",
                 "Every school day",
                 "Attendance report emailed to the SW every Friday"],
                ["Counselling sessions for Mia about her worries at home",
                 "Ms Priya Lal, school counsellor",
                 "Weekly on Thursdays from 08/05/2025",
                 "Mia's engagement with sessions"],
                ["Collect Alfie from Hamblecote Infants and give Mia and Alfie their tea at her house",
                 "Aunt, Lisa Cartwright",
                 "Every Tuesday and Thursday",
                 "Lisa signs Alfie out at the infant school office; tea diary seen by the SW"],
                ["Collect Mia from netball club and stay with Mia and Alfie at home until 9pm",
                 "Grandad, Frank Cartwright (MGF)",
                 "Every Wednesday",
                 "Netball register; Frank texts the DSL when Mia is home"],
                ["Breath tests and key-work with Donna, with a written update to the SW and DSL on her "
                 "attendance, her breath test readings and what her drinking means for Mia and Alfie",
                 "Sam Ortiz, recovery worker, Hamblecote Pathways to Recovery",
                 "Weekly; update every Friday",
                 "Written update with the breath test readings"],
                ["Home visits to see Mia and Alfie, each on their own, and look in the fridge and the bedrooms",
                 "SW Ellie Roper",
                 "Every 10 working days until the review conference",
                 "Visit records with each child's words and what food was in the house"],
                ["Referral to Hamblecote Young Carers for Mia",
                 "Mrs Karen Dale, DSL",
                 "",
                 "Acceptance letter on Mia's school file"],
                ["Free breakfast club place for Mia",
                 "Mrs Karen Dale, DSL",
                 "As and when needed",
                 "Breakfast club register"],
                ["Catch-up plan for the maths and English Mia missed in the spring term",
                 "Mr Yusuf Ahmed, head of Year 8",
                 "By half-term (23/05/2025)",
                 ""],
                ["Mia will be offered a place in the Friday lunchtime nurture group",
                 "",
                 "From 09/05/2025",
                 "Nurture group register"],
                ["Record how Alfie arrives each morning: fed or hungry, uniform, and who brought him",
                 "Mrs Jan Holt, DSL, Hamblecote Infant School",
                 "Every school day",
                 "Arrival log emailed to the SW every Friday"],
            ],
        }),
        ("h2", "Core group and review"),
        ("p", "Core group every 4 weeks at Hamblecote Academy, 3.30pm: Tuesday 13/05/2025, Tuesday 10/06/2025 "
              "and Tuesday 08/07/2025. Review child protection conference: Tuesday 22/07/2025, 10am, "
              "Hamblecote Civic Centre."),
        ("p", "Plan drafted by Mrs Karen Dale (DSL) on 30/04/2025, agreed with Ellie Roper (SW) and shared "
              "with Donna, Mia (in a version written for her), Lisa and Frank."),
    ],
    "findings": [
        F("W002", "Pass on any disclosure, injury or change in how Mia"),
        F("M002", "Counselling sessions for Mia about her worries at home"),
        F("T001", "Referral to Hamblecote Young Carers for Mia"),
        F("T002", "Free breakfast club place for Mia"),
        F("M001", "Catch-up plan for the maths and English Mia missed"),
        F("W001", "Mia will be offered a place in the Friday"),
        F("F002", "Donna stops drinking and gets help with her mood."),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Joint police and children's social care plan after domestic abuse;
#    mother and children in a refuge in another authority; paged PDF with
#    header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_hexlowe_joint_police_social_care_da_plan_harper.pdf",
    "doc_title": "Joint Police and Children's Social Care Safety Plan - Tyler Harper and Ruby Kowalski",
    "split": "tune",
    "actions": 12,
    "template": "joint-police-and-csc-plan-after-domestic-abuse-paged-kv-incident-summary-outcomes-then-no-action-lead-agency-officer-timescale-outcome-measure-table",
    "description": (
        "Joint police and children's social care plan agreed after a strangulation incident, for an "
        "8-year-old and a 3-year-old now in a refuge in another authority. Police rows sit beside social "
        "care, IDVA and refuge rows. Talking Therapies is asked whether Leanne can keep to the safety plan "
        "and protect the children and how soon (not H001); her anxiety has an adult service owning an "
        "action (not F004). The plan never records what the children say, feel or live through (F003), "
        "the parenting assessment is put on hold until the case transfers (X001), and the core group and "
        "review conference are still to be arranged (R001). Also a marker row with no timescale (T001), "
        "'Ongoing' (T002), a passive perpetrator programme referral (W001), 'All agencies' (W002), a GP "
        "registration row with no measure (M001) and an outcome about the father only (F002). Header "
        "and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE – Hexlowe Police and Hexlowe Borough Council – Joint Safeguarding Plan",
    "footer": "Joint safeguarding plan – Harper / Kowalski – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Joint Police and Children's Social Care Safety Plan"),
        ("p", "Agreed at the initial child protection conference on Thursday 24/04/2025, following the joint "
              "strategy meeting of 11/04/2025. Police reference HX/25/04417."),
        ("kv", [
            ("Children", "Tyler Harper (8), Ruby Kowalski (3)"),
            ("Mother", "Leanne Harper (28)"),
            ("Father", "Marek Kowalski (32), Ruby's father and Tyler's stepfather"),
            ("Where the children live", "With Leanne in a refuge in the Hartsworth County Council area since "
                                         "12/04/2025 (address withheld). Previously 7 Heron Close, Hexlowe."),
            ("Category", "Emotional abuse"),
            ("Risk", "DASH high risk (17 ticks); case heard at Hexlowe MARAC on 01/05/2025"),
            ("Police lead", "DS Karen Oduya, Hexlowe Police Public Protection Unit (PPU)"),
            ("Social worker", "Jade Simmons, Hexlowe Children's Assessment Team"),
            ("Chair", "Marcus Hale, Child Protection Chair"),
        ]),
        ("h1", "Incident summary"),
        ("p", "At 23.10 on 10/04/2025 a neighbour rang 999 from Heron Close. Officers found that Marek had "
              "held Leanne by the throat against the hall wall until she nearly passed out. Both children "
              "were upstairs at the time. Marek was arrested for non-fatal strangulation and released under "
              "investigation; a Domestic Violence Protection Notice was served on 11/04/2025 and a Domestic "
              "Violence Protection Order was granted at Hexlowe Magistrates' Court on 13/04/2025, running to "
              "11/05/2025. This was the seventh police call-out to the family since 2022."),
        ("p", "Leanne has anxiety and panic attacks. Her GP referred her to Hexlowe Talking Therapies in March "
              "and she has been offered weekly video sessions, which she can take from the refuge. Leanne "
              "told conference she will not go back to Marek."),
        ("h1", "What this plan aims to achieve"),
        ("bullets", [
            "Tyler and Ruby live free from violence, threats and shouting, wherever they are living.",
            "Tyler starts at a school near the refuge and goes every day.",
            "Ruby has her development checked and is offered a nursery place.",
            "Marek keeps to the DVPO and stays away from Leanne.",
        ]),
        ("h1", "Actions"),
        ("table", {
            "header": ["No.", "Action", "Lead agency / officer", "Timescale", "Outcome measure"],
            "widths": [1.0, 6.2, 3.6, 3.0, 3.2],
            "rows": [
                ["1", "Review the DASH risk assessment with Leanne and present the case at MARAC",
                 "IDVA Sana Qureshi, Hexlowe Domestic Abuse Service",
                 "At MARAC on 01/05/2025",
                 "MARAC action plan sent to the SW and the refuge"],
                ["2", "Safety planning with Leanne, including what Tyler should do and who he should tell if "
                      "Marek comes to the refuge or the school",
                 "IDVA Sana Qureshi",
                 "By 01/05/2025",
                 "Written safety plan on file, with a copy held by the refuge"],
                ["3", "Put an urgent-response marker on Leanne's mobile number and on the refuge address",
                 "PC Dan Mellor, Hexlowe Police Domestic Abuse Safeguarding Team",
                 "",
                 "Marker confirmed to the SW in writing"],
                ["4", "Check that Marek is keeping to the DVPO and arrest him for any breach",
                 "Hexlowe Police PPU",
                 "Ongoing",
                 "Any breach reported to the SW within 24 hours"],
                ["5", "Visit Tyler and Ruby at the refuge, seeing Tyler on his own",
                 "SW Jade Simmons",
                 "Weekly until the transfer-in conference in Hartsworth",
                 "Visit records on the children's file"],
                ["6", "Put the parenting assessment of Leanne on hold until the case has transferred to "
                      "Hartsworth, for their social worker to complete",
                 "Hartsworth Children's Services",
                 "Within 35 working days of the transfer",
                 "Assessment report sent to the core group"],
                ["7", "Weekly video sessions with Leanne for her anxiety and panic attacks, with a written view "
                      "for the core group on whether she is able to keep to the safety plan and protect the "
                      "children, and how soon",
                 "Ben Achebe, high intensity therapist, Hexlowe Talking Therapies",
                 "Weekly for 8 weeks from 28/04/2025; written view by 30/05/2025",
                 "Written view sent to the SW"],
                ["8", "Find Tyler a school place near the refuge and start him there",
                 "SW Jade Simmons, with Hartsworth school admissions",
                 "By 06/05/2025",
                 "Tyler's first day shown on the new school's register"],
                ["9", "Tell Tyler's new school about any police call-out involving the family",
                 "Hexlowe Police Schools Alert desk",
                 "By 9am the next school day after any call-out",
                 "Notification log, copied to the SW"],
                ["10", "A referral will be made for Marek to the Hexlowe Change Programme for men who use abuse",
                 "",
                 "By 09/05/2025",
                 "Acceptance letter from the programme"],
                ["11", "Share any information about Marek's whereabouts or his attempts to find the refuge",
                 "All agencies",
                 "Same day",
                 "Each report logged by the PPU"],
                ["12", "Register Tyler and Ruby with a GP near the refuge and book Ruby's two-year review",
                 "Amy Cole, children's worker, Hartsworth refuge",
                 "By 09/05/2025",
                 ""],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Marek comes to the refuge or anywhere near Leanne or the children, contacts them in any way, "
              "or breaks the DVPO, Leanne will ring 999; police will treat the call as an emergency and arrest "
              "Marek for the breach, and the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. If Marek finds out the refuge address, the IDVA will move Leanne and "
              "the children to another refuge that day. If Leanne lets Marek see the children or tells him "
              "where they are, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "First core group: within 10 working days of conference, date to be confirmed once the refuge "
              "placement is settled. Review child protection conference: to be arranged by Hartsworth after "
              "the case transfers."),
        ("p", "Plan agreed by DS Karen Oduya (PPU) and Jade Simmons (SW) on 25/04/2025 and shared with Leanne, "
              "the IDVA, the refuge and Hartsworth Children's Services."),
    ],
    "findings": [
        F("T001", "Put an urgent-response marker on Leanne's mobile number"),
        F("T002", "Check that Marek is keeping to the DVPO"),
        F("X001", "Put the parenting assessment of Leanne on hold"),
        F("W001", "A referral will be made for Marek to the Hexlowe"),
        F("W002", "Share any information about Marek's whereabouts"),
        F("M001", "Register Tyler and Ruby with a GP near the refuge"),
        F("F002", "Marek keeps to the DVPO and stays away from Leanne."),
        F("F003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Specialist midwife's pre-birth child protection plan: mother under an
#    early intervention in psychosis service, father in recovery (md,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b65_harrowfold_specialist_midwife_prebirth_plan_dunmore.md",
    "split": "tune",
    "actions": 11,
    "template": "health-led-pre-birth-plan-md-specialist-midwife-details-worries-lily-and-baby-outcomes-then-what-who-by-when-how-well-know-table-contingency-before-and-after-birth",
    "description": (
        "Pre-birth child protection plan written by the specialist midwife for an unborn baby (due "
        "17/10/2025) and a 5-year-old sister. Mother has schizoaffective disorder and is under an early "
        "intervention in psychosis service; father is in recovery from cocaine and alcohol. The EIP care "
        "coordinator is asked how far Jess has come, what still needs to change and how long it will "
        "take, the perinatal psychiatrist how likely Jess is to stay well enough and over what time "
        "(neither H001); the recovery hub reports on whether Callum is staying off drugs. Timescales "
        "by gestation ('by 34 weeks', 'before discharge', 'every night for the first 28 nights after "
        "discharge'); the crisis team appears only in the contingency, which covers the grandmother "
        "being unable to stay; dates and legal step set. Exemplary."
    ),
    "text": """\
# Pre-birth Child Protection Plan

**Harrowfold Maternity Services – Specialist Midwifery Team (Vulnerabilities)**
Written by Hannah Oyelaran, specialist midwife, for the core group, after the
pre-birth child protection conference on Thursday 10 July 2025.

**Unborn baby:** Dunmore-Reid, due 17/10/2025 (25+6 weeks at conference)
**Sister:** Lily Dunmore (5), Reception, moving to Year 1 in September at Harrowfold St Mary's Primary
**Mum:** Jess Dunmore (26)
**Dad:** Callum Reid (29), Lily's and the baby's dad
**Address:** 6 Quarry Lane, Harrowfold
**Maternal grandmother:** Carol Dunmore, 30 Mill Street, Harrowfold
**Category:** Neglect (risk of)
**Social worker:** Nadia Hussain, Harrowfold Children's Services
**Chair:** Peter Onslow

## What we are worried about

Jess has schizoaffective disorder. In 2022 she became very unwell, was admitted to
hospital for eight weeks and Lily lived with Carol for three months. Jess stopped
her medication when she found out she was pregnant in February, and in May she
began to believe the neighbours were filming her; she restarted her medication with
the Harrowfold Early Intervention in Psychosis Service and has been well since June.
The time after a birth is when Jess is most likely to become unwell again.

Callum used cocaine and drank heavily until last October. He has been working with
the Harrowfold Recovery Hub since then and his tests have been clear since December.
He works days as a delivery driver.

## What is going well

Jess and Callum came to every antenatal appointment and to the conference. Jess can
name her own early warning signs and has written them down for Callum and Carol.
Carol cared for Lily well in 2022 and has offered to stay after the birth. Lily is
happy and settled at school.

## Lily and the baby

Lily (with Nadia at home, 3 July): "I'm going to be a big sister. I'll show the baby
my dinosaurs." She said that when Mummy was poorly before "I went to Nana's and I
missed my bed". She wants to stay living with Mummy and Daddy and wants Nana "to
sleep over when the baby comes". She drew the family with the baby in a cot next to
her bed.

The baby is growing on the 50th centile at the 24-week scan and is active. Jess has
stopped smoking, is eating well and talks and sings to the bump every evening; Lily
puts her hand on the bump to feel the kicks.

## What we want for the baby and Lily

- The baby is born safely and only goes home with a plan that means a well, sober adult is caring for them day and night.
- The baby is fed, settled and gaining weight, and is seen at home every week in the first six weeks.
- Lily keeps going to school every day and keeps her routines when the baby comes.
- Lily is never left on her own with her mum if her mum is becoming unwell, and tells us she feels safe at home.

## The plan

| What needs to happen | Who | By when | How we'll know |
|---|---|---|---|
| Antenatal care at the specialist clinic, including a written birth and discharge plan that says who will care for the baby if Jess becomes unwell after the birth | Hannah Oyelaran, specialist midwife (vulnerabilities) | Every 2 weeks to 36 weeks, then weekly to the birth; birth plan by 36 weeks (19/09/2025) | Appointments in the maternity notes; birth and discharge plan sent to the SW and the postnatal ward |
| Care coordination for Jess, and a written opinion for the core group on how far Jess has come since her last episode, what still needs to change before she can care for the baby safely, and how long that is likely to take | Mark Bellamy, care coordinator, Harrowfold Early Intervention in Psychosis Service | Visits every 2 weeks; written opinion by 05/09/2025 | Written opinion sent to the SW and read at the core group |
| Perinatal psychiatry review of Jess's medication for late pregnancy and after the birth, with the consultant's view on how likely Jess is to stay well enough after the birth to care for the baby, and over what period | Dr Anjali Rao, consultant perinatal psychiatrist, Harrowfold Perinatal Mental Health Service | By 34 weeks (05/09/2025) | Perinatal mental health plan in the maternity notes and sent to the SW and GP |
| Key-work and random drug and alcohol tests for Callum, with a report on whether he is staying off cocaine and alcohol and what that means for his care of Lily and the baby | Rob Kearney, recovery worker, Harrowfold Recovery Hub | Tests weekly; report before each core group | Test results and the written report sent to the SW |
| See Lily at home and at school, on her own, and help her get ready for the baby with her "big sister" book | SW Nadia Hussain | Every 2 weeks until the birth, then weekly for 8 weeks | Visit records with Lily's own words; pages of the big sister book kept on file |
| Pre-birth assessment of Jess and Callum's parenting, including how they will share night care and what they will do if Jess's early warning signs appear | SW Nadia Hussain | By 36 weeks (19/09/2025) | Assessment report shared with Jess, Callum and the core group |
| Antenatal contact, new birth visit and weighing of the baby at home | HV Simon Park, Harrowfold Health Visiting | Antenatal contact by 32 weeks (22/08/2025); new birth visit 10–14 days after the birth; then weekly for 6 weeks | Weights plotted in the red book; HV notes sent to the SW after each visit |
| Check-in with Lily about home and the baby | Mrs Orla Keane, DSL, Harrowfold St Mary's Primary | Every Friday in term time from 05/09/2025 | Check-in log with Lily's words; any worry passed to the SW the same day |
| Discharge planning meeting on the postnatal ward with Jess, Callum, Carol, the SW, the HV and the care coordinator | Hannah Oyelaran, specialist midwife | Before the baby is discharged | Written discharge plan sent to the parents and every agency on the day of the meeting |
| Stay at the family home and share the night feeds with Callum | Carol Dunmore, maternal grandmother | Every night for the first 28 nights after discharge | Night log signed by Carol, seen by the HV at each visit |
| Jess's postnatal check and the baby's 6–8 week check, with a letter to the SW on how Jess's mood is affecting her care of the baby | Dr Peter Lang, GP, Harrowfold Green Surgery | When the baby is 6–8 weeks old | GP letter on the children's file; baby's check recorded in the red book |

## Contingency plan

**Before the birth.** If Jess stops her medication or shows any of her early
warning signs (two nights without sleep, believing she is being watched or talked
about, hearing voices), Callum or Carol will ring the EIP service that day (the
Harrowfold crisis team out of hours), Lily will stay with Carol until the SW agrees
she can go home, and the SW will hold a strategy discussion the same day.

**After the birth.** If Jess shows any early warning sign, she will not be left on
her own with the baby or Lily; Callum or Carol will ring the EIP service or the
crisis team and the SW straight away, and a strategy discussion will be held the
same day. If Callum has a positive test or is seen under the influence, he will
leave the house that day and Carol will move in until the strategy discussion has
agreed what happens next.

**If Carol cannot help.** If Carol is ill or cannot stay for the first 28 nights, the
baby will not be discharged until Callum's sister, Gemma Reid, has agreed to stay
instead; if neither of them can, the SW will arrange a parent and baby foster
placement before discharge.

**Legal planning.** If the pre-birth assessment finds that the baby cannot safely go
home with Jess and Callum, or Callum has a positive test before 34 weeks, the SW
will request a legal planning meeting before 36 weeks so that PLO pre-proceedings
can start before the birth.

## Core group and review

- Core group every 4 weeks, 2pm at Harrowfold Family Hub: Thursday 24 July, Thursday 21 August and Thursday 18 September 2025.
- Review child protection conference: Thursday 2 October 2025, 10am, Harrowfold Civic Centre.

*Plan shared with Jess, Callum and Carol, and with every service named in it, on 11 July 2025.*
""",
    "findings": [],
})
