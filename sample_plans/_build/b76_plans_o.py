"""Batch 76, module o: seven fictional plans (held-out material), places beginning with "o".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: layouts a case system or a council template might produce - a paged
case-system export with labelled ACTION / WHO / BY WHEN / HOW WILL WE KNOW
lines, a multi-level numbered plan (1 / 1.1 / a) with actions under theme
headings, bilingual section headings that only the content identifies, core
group minutes with an action log while the family moves to another council, a
child's first-person 'my plan', a Signs of Safety danger statement with
safety goals, and a pre-birth plan with both parents under adult services.
Two plans are exemplary.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system PDF export, labelled lines per plan item; a looked-after
#    baby on a children's ward with no visiting frequency (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_orrinford_caseview_export_labelled_lines_kessock.pdf",
    "doc_title": "Child Protection Plan - Ruby Kessock",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc-plan-case-system-pdf-export-header-footer-plan-items-labelled-action-who-by-when-how-will-we-know-lines",
    "description": (
        "Case-system (CaseView) PDF export of a review conference plan for a 5-month-old accommodated "
        "under section 20 and now on a children's ward (neglect; mother's depression under the CMHT). "
        "Each plan item is a block of labelled lines: ACTION / WHO / BY WHEN / HOW WILL WE KNOW. "
        "Faults: the social worker visits the ward only 'as and when the ward allows', so no one visits "
        "at a stated frequency (T002, L001); 'Monitored' as the HV's measure (M002); the CMHT only "
        "running support sessions (H001); a GP review with '-' as measure (M001); housing help with '-' "
        "as owner (W001); a parenting assessment due 'TBC' (T002); an outcome about the mother only "
        "(F002); a contingency of 'further concerns' and 'consider' (C002) with no legal step (R002); "
        "review conference 'to be arranged' (R001). Hard negatives: 'before Ruby is discharged' and "
        "'every feed from the day Ruby comes home' as timescales, a foster carer as owner, the ward "
        "nurses' observations of Ruby as her lived experience. Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE - Orrinford Borough Council - CaseView record export",
    "footer": "CP plan - Ruby KESSOCK (CV-2210874) - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("pl", "Record type: CP Plan (Review)    Status: Authorised    Exported: 13/06/2025 16:22 by DHALE"),
        ("p", "Orrinford Borough Council - Children's Services - Orrinford Central Safeguarding Team"),
        ("kv", [
            ("Child", "Ruby KESSOCK, born 14/01/2025 (5 months), CaseView ID CV-2210874"),
            ("Legal status", "Looked after - accommodated under section 20 since 21/03/2025 with Jade's agreement"),
            ("Placement", "Maureen and Tom Ashby, Orrinford foster carers, 9 Ostley Gardens, Orrinford"),
            ("Current location", "Ward 4 (children's ward), Orrinford Royal Infirmary, since 04/06/2025"),
            ("Mother", "Jade KESSOCK (20), 31b Oddmere Road, Orrinford"),
            ("Father", "Not named on the birth certificate; not involved"),
            ("Conference", "First review child protection conference, 12/06/2025"),
            ("Category", "Neglect"),
            ("Allocated social worker", "Dionne Hale"),
            ("Chair", "Graham Ibbotson, Independent Reviewing Officer"),
        ]),
        ("h1", "REASON FOR PLAN"),
        ("p", "Ruby was made subject to a child protection plan at the initial conference on 10/02/2025 after she "
              "dropped from the 50th to the 9th centile, missed two health visitor appointments and was found "
              "alone in the flat for over an hour by a neighbour on 19/03/2025. Jade agreed to Ruby being "
              "accommodated on 21/03/2025. Jade has depression and anxiety and has been open to the Orrinford "
              "Community Mental Health Team since April 2025; she has been prescribed sertraline but told "
              "conference she often forgets to take it. She has kept 14 of the 20 contact sessions offered."),
        ("p", "On 04/06/2025 Ruby was admitted to Ward 4 with bronchiolitis and poor weight gain. She is on "
              "low-flow oxygen and tube feeds and the ward expects her to stay at least another week."),
        ("h1", "RUBY'S DAY"),
        ("p", "Ruby cannot tell us how she feels, so this is what the people around her have seen. The ward "
              "nurses say she cries hard when her oxygen probe is changed and settles quickly with her dummy "
              "and a cuddle. She watches faces and smiles when the play specialist sings to her. At home with "
              "Maureen she takes her bottle best when held upright in a quiet room, laughs in the bath and "
              "sleeps from 7pm to about 5am. At contact before the admission she turned her head towards "
              "Jade's voice and reached for her hair."),
        ("h1", "OUTCOMES"),
        ("bullets", [
            "Ruby gains weight steadily and is back on or above the 9th centile by the next review.",
            "Ruby leaves hospital with a written plan, to carers who know her feeding regime.",
            "Ruby has regular, warm and safe time with her mum.",
            "Jade's mood will lift and she will manage her own flat.",
        ]),
        ("h1", "PLAN ITEMS"),
        ("boldp", "ITEM 01 - Seeing Ruby in hospital"),
        ("kv", [
            ("ACTION", "Visit Ruby on Ward 4, see her awake and record how she is feeding and settling"),
            ("WHO", "Dionne Hale, social worker"),
            ("BY WHEN", "As and when the ward allows"),
            ("HOW WILL WE KNOW", "CaseView visit record with Ruby's weight and what was seen of her"),
        ]),
        ("boldp", "ITEM 02 - Discharge"),
        ("kv", [
            ("ACTION", "Agree a written discharge plan with the ward, covering the tube-feeding regime and "
                       "who collects Ruby"),
            ("WHO", "Dionne Hale, social worker, with Sister Karen Lomas"),
            ("BY WHEN", "Before Ruby is discharged"),
            ("HOW WILL WE KNOW", "Discharge plan sent to the foster carers, the HV and the GP"),
        ]),
        ("boldp", "ITEM 03 - Feeding at the foster home"),
        ("kv", [
            ("ACTION", "Feed Ruby to the dietitian's plan and keep a feed and nappy chart"),
            ("WHO", "Maureen Ashby, foster carer"),
            ("BY WHEN", "Every feed from the day Ruby comes home from hospital"),
            ("HOW WILL WE KNOW", "Feed chart seen by the HV at each weigh-in"),
        ]),
        ("boldp", "ITEM 04 - Health visiting"),
        ("kv", [
            ("ACTION", "Weigh Ruby and check her feeding and breathing at the foster home"),
            ("WHO", "HV Amrit Sall"),
            ("BY WHEN", "Weekly for 8 weeks after discharge"),
            ("HOW WILL WE KNOW", "Monitored"),
        ]),
        ("boldp", "ITEM 05 - Mother's mental health"),
        ("kv", [
            ("ACTION", "Weekly support sessions for Jade's low mood and anxiety at the CMHT base"),
            ("WHO", "Jo Pardoe, CPN, Orrinford Community Mental Health Team"),
            ("BY WHEN", "Weekly"),
            ("HOW WILL WE KNOW", "Attendance record sent to the SW each month"),
        ]),
        ("boldp", "ITEM 06 - Mother's medication"),
        ("kv", [
            ("ACTION", "Jade to see her GP for a review of her antidepressants"),
            ("WHO", "Jade Kessock"),
            ("BY WHEN", "By 30/06/2025"),
            ("HOW WILL WE KNOW", "-"),
        ]),
        ("boldp", "ITEM 07 - Housing"),
        ("kv", [
            ("ACTION", "Help Jade with her housing application and a budgeting plan"),
            ("WHO", "-"),
            ("BY WHEN", "By the next core group (10/07/2025)"),
            ("HOW WILL WE KNOW", "Housing register reference number on file"),
        ]),
        ("boldp", "ITEM 08 - Family time"),
        ("kv", [
            ("ACTION", "Supervised contact for Jade and Ruby at Orrinford Family Centre once Ruby is back "
                       "with her foster carers"),
            ("WHO", "Leon Matthews, contact worker"),
            ("BY WHEN", "Three times a week from the week Ruby is discharged"),
            ("HOW WILL WE KNOW", "Contact notes on how Jade feeds and responds to Ruby, sent to the SW within "
                                 "2 working days"),
        ]),
        ("boldp", "ITEM 09 - Assessment"),
        ("kv", [
            ("ACTION", "Complete a parenting assessment of Jade, including how she reads Ruby's cues"),
            ("WHO", "Dionne Hale, social worker"),
            ("BY WHEN", "TBC"),
            ("HOW WILL WE KNOW", "Assessment report shared with Jade and the core group"),
        ]),
        ("h1", "CONTINGENCY"),
        ("p", "If there are further concerns about Ruby's care or about Jade's presentation, the social worker "
              "will discuss them with her team manager and consider whether a strategy discussion is needed."),
        ("h1", "MEETINGS"),
        ("kv", [
            ("Core group", "Every 4 weeks, 2pm, Orrinford Family Centre: 10/07/2025, 07/08/2025, 04/09/2025"),
            ("Review conference", "To be arranged"),
        ]),
        ("pl", "Authorised by: Graham Ibbotson (IRO), 13/06/2025 15:58"),
        ("pl", "End of export"),
    ],
    "findings": [
        F("F002", "Jade's mood will lift and she will manage her own flat."),
        F("T002", "Visit Ruby on Ward 4, see her awake"),
        F("M002", "Weigh Ruby and check her feeding and breathing"),
        F("H001", "Weekly support sessions for Jade's low mood and anxiety"),
        F("M001", "Jade to see her GP for a review"),
        F("W001", "Help Jade with her housing application and a budgeting plan"),
        F("T002", "Complete a parenting assessment of Jade, including"),
        F("L001"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Council template with a multi-level numbered plan (1 / 1.1 / a):
#    actions are the a) items under theme and sub-theme headings (docx,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_ormsleigh_outline_numbered_themes_brennock.docx",
    "doc_title": "Child Protection Plan - Tayla and Alfie Brennock",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plan-docx-real-multilevel-word-list-1-1.1-a-themes-and-subthemes-actions-at-third-level",
    "description": (
        "Initial conference plan for a 9-year-old and a 3-year-old whose mother has bipolar disorder "
        "(recent relapse after stopping lithium) and drinks most evenings. The plan is one real Word "
        "multi-level list: bold themes (1), bold sub-themes (1.1) and the actions as a) b) items, each "
        "naming who, when and what will show it. The CMHT care coordinator reports on whether mum is "
        "making the changes needed and how long it will take; GP and alcohol service own actions; the "
        "grandmother's school runs have a fallback in the contingency; core group dates, review date "
        "and a legal step are set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ormsleigh County Council - Children and Families - North Locality Safeguarding Team"),
        ("kv", [
            ("Children", "Tayla Brennock (9), Year 4, Ostley Road Primary School; Alfie Brennock (3), "
                         "Otterbrook Nursery, mornings"),
            ("Mother", "Nicola Brennock (34), 22 Orbley Close, Ormsleigh - the children live with her"),
            ("Father", "Ryan Tate (36), lives in Ollerwick; sees the children every other Saturday"),
            ("Grandmother", "Pat Brennock (61), Nicola's mum, 4 Orbley Close, three doors away"),
            ("Conference", "Initial child protection conference, Monday 03/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Quayle"),
            ("Chair", "Martin Ebb, Child Protection Chair"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Nicola has bipolar disorder and is under the Ormsleigh Community Mental Health Team. In "
              "December she stopped her lithium. Over the new year she hardly slept, spent her rent money and "
              "on 9 January took both children to the seafront at 2am in their pyjamas; the police brought "
              "them home. She has also been drinking a bottle of wine most evenings. Tayla missed 14 days of "
              "school last term, and on 11 February a neighbour found Alfie alone in the front garden in a wet "
              "nappy while Nicola was asleep. Nicola went back on lithium through the home treatment team in "
              "February and told conference she \"never wants the children to see me like that again\"."),
        ("h1", "What Tayla and Alfie have told us and shown us"),
        ("p", "Tayla (seen at school on 24 February and at home on 27 February): \"When Mum's up all night I "
              "don't sleep either, I listen in case she goes out.\" She said she liked the beach at first "
              "\"but then Alfie was cold and crying\". She wants to stay living with her mum and wants Nan to "
              "\"come round more\". She put home at 5 out of 10 and Nan's house at 10."),
        ("p", "Alfie is saying short sentences. At nursery he plays happily in the sand and home corner but "
              "staff say he is very hungry on Monday mornings. At home he runs to the door when Pat arrives "
              "and climbs onto Tayla's lap when he is upset, rather than going to Nicola."),
        ("h1", "What we want for Tayla and Alfie by the review conference"),
        ("bullets", [
            "Tayla and Alfie are looked after every day and night by an adult who is well and sober.",
            "Tayla is in school every day and sleeps through the night without listening out for her mum.",
            "Alfie is at nursery every morning, fed and changed, and his development is checked.",
            "If Nicola becomes unwell again, the children are with Nan or their dad the same day.",
        ]),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Keeping Tayla and Alfie safe and seen"),
            (1, "Seeing the children"),
            (2, "Hannah Quayle (social worker) will visit every Tuesday or Wednesday until the review "
                "conference, with at least one visit in three unannounced; she will see Tayla on her own and "
                "Alfie awake, and her visit notes will record what Tayla says and what she sees of Alfie."),
            (2, "Mrs Joanne Pike (DSL, Ostley Road Primary) will ring Hannah by 10am on any day Tayla is "
                "absent without a reason, and log each call in the school's safeguarding record."),
            (1, "Getting to school and nursery"),
            (2, "Pat Brennock (Nan) will take Tayla to school and Alfie to nursery every Monday, Wednesday and "
                "Friday until the review conference; the school and nursery registers will show who brought "
                "them in."),
            (2, "Nicola will take the children on Tuesdays and Thursdays, with Alfie at nursery by 9.15am; "
                "Otterbrook Nursery will email his arrival times to Hannah every Friday."),
            (0, "Nicola's health and what it means for the children"),
            (1, "Mental health"),
            (2, "Callum Reyes (care coordinator, Ormsleigh Community Mental Health Team) will see Nicola every "
                "two weeks about her mood, sleep and lithium, and before each core group will write to Hannah "
                "on whether Nicola is making the changes she needs to care for Tayla and Alfie safely, and how "
                "long that is likely to take."),
            (2, "Dr Fenella Ash (GP, Ossenby Lane Surgery) will check Nicola's lithium level every month and "
                "send the result to Callum and Hannah within a week of each blood test."),
            (2, "Nicola and Callum will write a relapse plan by 31 March 2025 listing her early warning signs "
                "and who looks after the children if she becomes unwell; signed copies will go to Pat, the "
                "school, the nursery and Hannah."),
            (1, "Alcohol"),
            (2, "Sam Iqbal (Ormsleigh Alcohol Service) will see Nicola weekly with a breath test, and report "
                "to each core group on whether her drinking has changed and what that means for the children."),
            (0, "Tayla's and Alfie's own needs"),
            (1, "Tayla"),
            (2, "Ruth Kell (Ormsleigh Young Carers) will complete a young carer's assessment with Tayla by "
                "11 April 2025 and send the written assessment to Hannah and the school."),
            (2, "Mrs Pike will see Tayla for a 20-minute check-in every Monday morning in term time and note "
                "what she says about home in the check-in log."),
            (1, "Alfie"),
            (2, "HV Bethan Moss will do Alfie's developmental review with an ASQ-3 by 28 March 2025 and share "
                "the scores with Hannah and the nursery, making a speech referral if he scores below the "
                "cut-off."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Nicola goes two nights without sleeping, stops taking her lithium, or has been drinking while "
              "she is looking after the children (a breath test over zero, or Pat, the school or the nursery "
              "smelling alcohol on her), Pat will take Tayla and Alfie to her house that day and keep them "
              "overnight. Callum will arrange a same-day crisis assessment for Nicola, and Hannah (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Pat cannot do her school runs or cannot have the children because she is ill or away, she "
              "will tell Hannah and Nicola beforehand: on school-run days Nicola will take the children and the "
              "school will ring Hannah if Tayla is not in by 9.15am. If the children need to leave home and Pat "
              "cannot have them, they will go to their dad, Ryan, in Ollerwick; if neither can, Hannah will "
              "arrange an emergency foster placement that day."),
        ("p", "If Nicola stops her lithium or drinks while caring for the children twice before the review "
              "conference, or Tayla's attendance is still below 90% at the core group on 15 April, Hannah will "
              "ask her team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, Tuesdays at 3.30pm, Ostley Road Primary School: 18/03/2025, "
              "15/04/2025 and 13/05/2025. Review child protection conference: Monday 02/06/2025, 10am, "
              "Ormsleigh County Hall."),
        ("p", "Plan typed by Hannah Quayle and sent to Nicola, Ryan, Pat and every agency on 04/03/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Bilingual (Welsh / English) plan: headings for the children's voice,
#    contingency and meetings say nothing of what they hold (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_olwenfa_bilingual_headings_table_pryddarch.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-md-bilingual-welsh-english-headings-content-only-voice-contingency-meetings-what-who-by-when-how-we-know-table",
    "description": (
        "Initial conference plan for a 12-year-old and a 7-year-old (father's cocaine and alcohol use at "
        "weekends, shouting and smashing things; emotional abuse), with bilingual Welsh / English "
        "headings: the children's words are under 'In their own words', the contingency under 'What "
        "then?' and the meetings under 'Meeting again', so only the content says what each section is. "
        "What / Who / By when / How we will know table, every row complete; the substance misuse service "
        "reports on change; grandmother's Saturday overnights have a fallback; legal step set. Exemplary."
    ),
    "text": """\
# Cynllun Amddiffyn Plant / Child Protection Plan

**Cyngor Bwrdeistref Sirol Olwenfa / Olwenfa County Borough Council**
Gwasanaethau Plant / Children's Services - Tîm Diogelu Olwenfa / Olwenfa Safeguarding Team

Cynhadledd gychwynnol / Initial child protection conference: Dydd Llun / Monday 12 May 2025
Categori / Category: emotional abuse
Gweithiwr cymdeithasol / Social worker: Elin Maddox
Cadeirydd / Chair: Meirion Tudor

## Y teulu / The family

- **Cerys Pryddarch**, 12, Year 7, Ysgol Uwchradd Olwenfa
- **Osian Pryddarch**, 7, Year 2, Ysgol Gynradd Oerddwr
- **Sian Pryddarch**, mam / mum, 38, works part-time at Oerddwr post office
- **Rhodri Pryddarch**, tad / dad, 40, delivery driver
- **Menna Pryddarch**, Nain (Rhodri's mum), lives on Ogwyn Terrace, five minutes' walk away
- **Dafydd Pryddarch**, Rhodri's brother, lives in Olwenfa town centre

The family live at 6 Onnenfa Row, Olwenfa, and speak Welsh at home. Cerys and Osian
asked for their plan to be in both languages.

## Pam rydyn ni'n poeni / Why we are worried

Rhodri has been using cocaine and drinking heavily most Friday and Saturday nights
since last summer. Police were called to Onnenfa Row on 15 March and 19 April 2025
after Rhodri shouted at Sian, punched the kitchen door and smashed the television;
on 19 April Cerys took Osian upstairs and rang 999. Rhodri admits using cocaine "at
weekends" and has asked for help. Sian and the children are frightened of him when
he has been using but say he is a loving dad when he is not.

## Yn eu geiriau eu hunain / In their own words

Cerys (with Elin at school, 6 May): "Saturday nights are the worst. I put my
headphones on and wait for the shouting to stop. I took Osian upstairs because he
was shaking." She wants her dad to "get help and stay the same dad as in the week".
She wants to keep going to Nain's and to the Thursday youth club in Oerddwr. She said
home is a 3 out of 10 at weekends and an 8 in the week.

Osian (with Elin at home, 8 May) drew his house with "Dad shouting" in the kitchen
and himself "under Cerys's duvet". He told his teacher he likes football with
Yncl Dafydd and that Nain's house is "quiet and has a big telly". He wets the bed most
Saturday nights and told Elin he does not like "the loud nights".

## Beth rydyn ni eisiau ar gyfer Cerys ac Osian / What we want for Cerys and Osian

- Cerys and Osian live at home without shouting, smashing or police being called.
- No adult looking after them is drunk or has used drugs.
- Cerys no longer has to look after Osian when things kick off; she knows who to ring and where to go.
- Osian is dry at night and tells us weekends feel safe.

## Pwy sy'n gwneud beth / Who does what

| Beth / What | Pwy / Who | Erbyn pryd / By when | Sut byddwn ni'n gwybod / How we will know |
|---|---|---|---|
| See Cerys and Osian each on their own, at school and at home, and ask them about the weekend | Elin Maddox, social worker | Every week until the review conference, always including a Monday visit; one visit in three unannounced | Visit records with each child's own words and their weekend score out of 10 |
| Keywork with Rhodri, drug and alcohol testing, and a written report on whether he is changing his use and what that means for Cerys and Osian | Gareth Lloyd, Olwenfa Substance Misuse Service | Tests weekly, ongoing; report before each core group | Test results and the written report sent to the social worker |
| Rhodri not to use cocaine at all, and not to drink at home or while caring for the children | Rhodri Pryddarch | From 12 May 2025, every day until the review conference | Weekly test results clear; Sian and the children tell Elin the weekends are calm |
| Have Cerys and Osian for tea and overnight every Saturday | Menna Pryddarch (Nain) | Every Saturday 4pm to Sunday 11am until the review conference | Nain's diary signed each weekend and seen by Elin at the Monday visit |
| Write a safety plan with Sian, Cerys and Osian: who Cerys rings, a code word, where they go | Lowri Hughes, IDVA, Olwenfa Domestic Abuse Service | By 26 May 2025 | Written plan on file; Cerys can explain her part to Elin at the next visit |
| Counselling sessions with Cerys in school | Huw Bevan, school counsellor, Ysgol Uwchradd Olwenfa | Every Thursday in term time until the summer holidays (18 July 2025) | Counselling log with Cerys's own score out of 10 at each session, shared with Elin monthly |
| Feelings sessions with Osian, and pass on anything he says about home | Ffion Rees, ELSA, Ysgol Gynradd Oerddwr | Every Tuesday afternoon in term time | ELSA log; anything about home passed to the DSL and Elin the same day |
| Caring Dads programme, including sessions on how children experience shouting and violence | Rhodri Pryddarch; facilitator Aled Price reports to Elin | Weekly for 17 weeks from 2 June 2025 | Attendance each month and a mid-course report to the review conference |
| Freedom Programme for Sian | Sian Pryddarch | Every Wednesday morning for 12 weeks from 21 May 2025 | Attendance sheet sent to Elin at the end of each month |
| Tell the social worker about any police call-out to Onnenfa Row | PC Non Jenkins, Olwenfa Police Public Protection Unit | Within 24 hours of any call-out | Each call-out logged on both children's files by Elin |

## Beth wedyn? / What then?

If Rhodri has a positive test, is drunk or high at home, or the police are called to
Onnenfa Row, Rhodri will leave the house that day and stay with Dafydd; if he will not
go, Sian will ring 999. Elin (or the emergency duty team out of hours) will hold a
strategy discussion the same day.

If Nain cannot have the children on a Saturday because she is ill or away, she will
tell Elin and Sian by the Friday; that weekend Rhodri will stay at Dafydd's from
Saturday 4pm to Sunday 11am and Sian will keep the children at home. If Dafydd cannot
have Rhodri either, Sian will take the children to her friend Bethan Morgan's in Oerddwr
for the night, and Elin will check on the Monday that this happened.

If Rhodri has two positive tests, or the police are called again, before the review
conference, Elin will ask her team manager for a legal planning meeting within 5
working days.

## Cwrdd eto / Meeting again

- Grŵp craidd / Core group every 4 weeks, 4pm, Ysgol Gynradd Oerddwr: 27 May, 24 June and 22 July 2025.
- Cynhadledd adolygu / Review child protection conference: Tuesday 5 August 2025, 10am, Olwenfa Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes with last meeting's actions (all done) and a new
#    action log, while the family moves to another council (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_oxbarrow_core_group_minutes_action_log_delaney.docx",
    "doc_title": "Core Group 3 Minutes - Kai and Mia Delaney",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-docx-present-apologies-last-actions-done-table-agency-updates-transfer-note-then-action-log-no-action-owner-due-how-we-will-know",
    "description": (
        "Minutes of the third core group for a 6-year-old and a 2-year-old (neglect; father's drinking; "
        "contact supervised by the grandfather and an aunt) four weeks before mum moves the family to "
        "another council. A table of last meeting's actions, all done, then a new action log. Faults: "
        "speech therapy handed to the new area's HV once the family have moved and direct work with Kai "
        "on hold until the case transfers (X001 x2), 'keep an eye on' as the aunt's measure (M002), "
        "'Ongoing' for the father's drinking (T002), 'Core group' as owner (W002), a blank due date "
        "(T001), a blank measure (M001); no outcomes (O001), no children's views (F003), no contingency although relatives "
        "supervise contact (C001, C003), the father's drinking owned by no adult service (F004), no "
        "legal step (R002). Hard negatives: visits continue 'until Ondersby's transfer-in conference', "
        "completed actions with no due date, 'Same day' as a timescale."
    ),
    "blocks": [
        ("title", "Core Group Meeting - Minutes"),
        ("p", "Oxbarrow City Council - Children's Social Care - Oxbarrow East Family Safeguarding Team"),
        ("kv", [
            ("Children", "Kai Delaney (6), Year 1, Oxlet Infant School; Mia Delaney (2), at home"),
            ("Mother", "Leanne Delaney (27), 14 Orwin Court, Oxbarrow"),
            ("Father", "Dean Walsh (30), lives alone in Oxbarrow"),
            ("Meeting", "Core group 3, Thursday 03/07/2025, 1pm, Oxbarrow East Family Hub"),
            ("Plan since", "Initial child protection conference 08/05/2025 (category: neglect)"),
            ("Chair and minutes", "Rachel Onions, social worker (RO)"),
        ]),
        ("h2", "Present"),
        ("p", "Leanne Delaney (LD); Terry Delaney, maternal grandfather (TD); Rachel Onions, SW (RO); Kelly "
              "Byrne, family support worker (KB); Sue Lanning, HV (SL); Mrs Gail Farrow, DSL, Oxlet Infant "
              "School (GF)."),
        ("p", "Apologies: Dean Walsh (no reply to the invitation); PC Imran Shah, Oxbarrow Police Public "
              "Protection Unit (update sent by email)."),
        ("h2", "1. Actions from core group 2"),
        ("table", {
            "header": ["No.", "Action", "Owner", "Update"],
            "widths": [1.0, 7.0, 3.5, 5.5],
            "rows": [
                ["1", "Fit a stair gate and clear the back bedroom for Mia", "Leanne Delaney",
                 "Done - seen by RO on 17/06/2025"],
                ["2", "Mia's 2-year developmental review", "HV Sue Lanning",
                 "Done 20/06/2025 - ASQ-3 shared with RO"],
                ["3", "Apply for free school meals for Kai", "Leanne Delaney",
                 "Done - in place from 09/06/2025"],
                ["4", "Bedtime routine sessions with Leanne", "FSW Kelly Byrne",
                 "Done - four sessions; routine chart on the kitchen wall"],
            ],
        }),
        ("h2", "2. Updates"),
        ("p", "RO: visited on 17/06 and 30/06 (the second unannounced). The kitchen and bedrooms were clean, "
              "there was food in the fridge and the stair gate is fitted. Leanne has signed a tenancy for a "
              "two-bedroom flat at 3 Ombury Street, Ondersby, from 28/07/2025, to be near her sister Amber."),
        ("p", "GF: Kai's attendance is 91% this half-term (78% in the spring term); late twice. Free school "
              "meals in place since 9 June."),
        ("p", "SL: Mia's 2-year review was done on 20/06. Her ASQ-3 was below the cut-off for communication, "
              "so she needs a speech and language referral. Her weight is on the 25th centile."),
        ("p", "KB: four routine sessions done; Leanne is using the bedtime chart and says bedtimes are "
              "earlier."),
        ("p", "TD: Saturday contact has gone ahead every week at Terry's house. On 14/06 Dean arrived "
              "smelling of alcohol and slurring; Terry ended contact after 20 minutes and rang RO."),
        ("p", "RO: Dean was referred to the Oxbarrow Alcohol Service in May but has not gone to an "
              "appointment. He has not answered calls or letters since 14/06."),
        ("p", "PC Shah (by email): no call-outs to Orwin Court or to Dean's address since the last meeting."),
        ("p", "LD: the last month has been calmer; she wants a fresh start in Ondersby near Amber."),
        ("h2", "3. Move to Ondersby"),
        ("p", "The family will move to Ondersby District Council's area on 28/07/2025. RO will send the "
              "transfer request this week. Ondersby's transfer-in conference should be held within 15 "
              "working days of the move."),
        ("h2", "4. Action log"),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "How we will know"],
            "widths": [1.0, 6.0, 3.2, 3.3, 3.5],
            "rows": [
                ["1", "Continue weekly home visits to see Kai and Mia, first in Oxbarrow and then in "
                      "Ondersby, until Ondersby's transfer-in conference",
                 "SW Rachel Onions", "Weekly until the transfer-in conference",
                 "Visit records on the children's file"],
                ["2", "Send the transfer request, chronology and assessments to Ondersby Children's Services",
                 "SW Rachel Onions", "By 10/07/2025", "Ondersby confirm receipt in writing"],
                ["3", "Pass Mia's speech and language referral to the Ondersby health visitor to make once "
                      "the family have moved",
                 "HV Sue Lanning", "At the move (28/07/2025)",
                 "Ondersby HV confirms the referral has been made"],
                ["4", "Direct work with Kai about his worries at home - on hold until the case has "
                      "transferred to Ondersby",
                 "FSW Kelly Byrne, then Ondersby family support",
                 "Restart within 2 weeks of the transfer-in conference",
                 "Session notes shared with the SW"],
                ["5", "Supervise Dean's Saturday contact with Kai and Mia at Terry's house",
                 "Terry Delaney (MGF)", "Every Saturday, 10am to 12 noon, until the move",
                 "Contact log signed by Terry, seen by the SW"],
                ["6", "Supervise Dean's Wednesday teatime contact at Amber's flat in Ondersby",
                 "Amber Delaney (maternal aunt)", "Every Wednesday from 30/07/2025",
                 "Amber to keep an eye on how Dean is with the children"],
                ["7", "Dean to cut down his drinking", "Dean Walsh", "Ongoing",
                 "Terry's contact log records Dean as sober"],
                ["8", "Share any worry about Kai or Mia with the SW the same day", "Core group", "Same day",
                 "Each worry logged on the children's file"],
                ["9", "Apply for a school place for Kai in Ondersby", "Leanne Delaney", "",
                 "School place offer letter seen by the SW"],
                ["10", "Check Leanne's new flat in Ondersby has beds, a cooker and a stair gate for Mia",
                 "SW Rachel Onions",
                 "Before the move (by 25/07/2025)",
                 "Home visit checklist on file"],
                ["11", "Register Kai and Mia with a GP practice in Ondersby", "Leanne Delaney",
                 "Within 2 weeks of the move", ""],
            ],
        }),
        ("h2", "5. Next meetings"),
        ("p", "Core group 4: Thursday 31/07/2025, 1pm, Oxbarrow East Family Hub, then every 4 weeks until "
              "the case transfers. Review child protection conference: Thursday 07/08/2025, 10am, Oxbarrow "
              "Civic Centre, unless Ondersby's transfer-in conference has been held by then."),
        ("p", "Minutes circulated by RO on 04/07/2025."),
    ],
    "findings": [
        F("X001", "Pass Mia's speech and language referral to the Ondersby"),
        F("X001", "Direct work with Kai about his worries at home"),
        F("M002", "Supervise Dean's Wednesday teatime contact at Amber's flat"),
        F("T002", "Dean to cut down his drinking"),
        F("W002", "Share any worry about Kai or Mia"),
        F("T001", "Apply for a school place for Kai in Ondersby"),
        F("M001", "Register Kai and Mia with a GP practice"),
        F("O001"),
        F("F003"),
        F("C001"),
        F("C003"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child-friendly 'my plan' written with an 11-year-old in the first
#    person; actions are the bullets under "Who is going to help" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_ottermere_my_plan_first_person_ashdown.md",
    "split": "heldout",
    "actions": 11,
    "template": "child-friendly-my-plan-md-first-person-about-me-why-what-i-think-what-i-want-who-helps-bullets-if-things-go-wrong-meetings",
    "description": (
        "A child protection plan written with an 11-year-old in her own words after the initial "
        "conference (domestic abuse by mum's ex-partner, now barred from the house by bail "
        "conditions). The actions are first-person bullets under 'Who is going to help me'. Faults: "
        "counselling 'when I feel ready, so I feel better' (T002, M002), a safety plan with no "
        "timescale (T001), 'the grown-ups who work with me' as owner (W002), a passive door repair "
        "(W001), housing 'as soon as possible' (T002), Guides with no measure (M001), an outcome about "
        "mum only (F002), a contingency that only has a meeting to talk (C002), and no core group "
        "dates or frequency (R001). Hard negatives: a child's wellbeing service (not adult mental "
        "health), 'within a day', a bullet owned by 'Mum and Gemma', and a legal planning meeting, in "
        "child-friendly words under the meetings heading, if things are not better by the review."
    ),
    "text": """\
# My Child Protection Plan

*Ottermere Borough Council - Children's Services. Written with Leah by her social
worker, Gemma Ford, after Leah's child protection conference on Wednesday 4 June
2025. Leah chose the words and the headings. Category: emotional abuse.*

## About me

My name is Leah Ashdown and I am 11. I am in Year 6 at Oakhollow Primary School. I
live at 19 Orchil Lane, Ottermere, with my mum, Kirsty, and my little brother Jack,
who is 4 and goes to Little Otters Nursery. I love drawing, my cat Biscuit and going
to Guides. My social worker is Gemma.

## Why I have a plan

Mum's ex-boyfriend, Kieran, used to live with us. He shouted at Mum a lot and in
April he hit her and broke my bedroom door when I tried to stop him. The police came
three times. Kieran is not allowed to come to our house or talk to Mum now (the
police call this bail conditions). The grown-ups at my meeting were worried that Jack
and I saw and heard all of it, and that I was the one looking after Jack when it
happened.

## What I think and how I feel

"It's loads better since Kieran went. I don't have to listen out at night any more,
but sometimes I still do." I feel scared when I hear a car door outside late at
night. I don't like it when Jack cries and Mum is upset too, because then I have to
sort him out. I want to stay living with Mum and Jack. I want my door fixed so I can
shut it. I would give home a 7 out of 10 now. In April it was a 2.

## What I want to happen

- I feel safe at home and nobody hurts Mum.
- I sleep all night in my own bed and don't have to listen out for Jack.
- I go to school every day and still go to Guides on Tuesdays.
- Mum will go to her course and feel more confident.

## Who is going to help me

- Gemma (my social worker) will come to see me every week, at home or at school, and she will write down what I tell her.
- Mrs Okoye (my learning mentor) will meet me every Friday lunchtime to talk about my week, and she will fill in my worry scale with me each time.
- I will see Tom from the Ottermere Children's Wellbeing Service when I feel ready, so I feel better about what happened.
- Mum will go to the Freedom Programme every Thursday morning for 12 weeks, and the centre will tell Gemma each time she goes.
- Mum and Gemma will make a safety plan with me and Jack so I know who to ring for help, and I will keep a copy in my school bag.
- The grown-ups who work with me will tell Gemma the same day if they are worried about me, and she will write it on my file.
- Jack's nursery will ring Gemma the same day if Jack comes in upset or with a mark on him, and write it in their log.
- The broken door on my bedroom will be fixed by the end of June, so it shuts properly.
- The police will tell Gemma within a day if they are called to our house, and Gemma will write it on my file.
- Gemma will ask the housing people about moving us somewhere Kieran doesn't know as soon as possible, and show us their letter.
- Mum will take me to Guides every Tuesday so I can see my friends.

## If things go wrong

If Kieran comes back, or things get bad again, Gemma and the other grown-ups will
have a meeting to talk about what to do.

## Meetings about my plan

The grown-ups who help me (my core group) will meet again soon to see how my plan is
going. My next big meeting (my review conference) is on Wednesday 27 August 2025 at
Ottermere Civic Centre. I can go to part of it if I want to, or Gemma can take my
drawings and my words.

If things are not better by my review conference, Gemma will ask her manager for a
legal planning meeting. That is a meeting with the council's lawyers about what
should happen next to keep me and Jack safe.
""",
    "findings": [
        F("F002", "Mum will go to her course and feel more confident."),
        F("T002", "I will see Tom from the Ottermere Children's Wellbeing Service"),
        F("M002", "I will see Tom from the Ottermere Children's Wellbeing Service"),
        F("T001", "Mum and Gemma will make a safety plan"),
        F("W002", "The grown-ups who work with me will tell Gemma"),
        F("W001", "The broken door on my bedroom will be fixed"),
        F("T002", "Gemma will ask the housing people about moving us"),
        F("M001", "Mum will take me to Guides every Tuesday"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan: danger statement, safety goals, a worries /
#    working well grid and scaling, then a Who | What | When | How we'll
#    know next-steps table; the safety network carries the evenings (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_olvenham_signs_of_safety_danger_statement_fairley.pdf",
    "doc_title": "Signs of Safety Child Protection Plan - Harley and Rosie Fairley",
    "split": "heldout",
    "actions": 10,
    "template": "signs-of-safety-pdf-header-footer-danger-statement-safety-goals-worries-working-well-grid-scaling-who-what-when-how-we-know-next-steps",
    "description": (
        "Signs of Safety child protection plan for an 8-year-old and a 5-year-old (mother's drinking "
        "and depression): danger statement, safety goals, a two-column worries / working well grid, "
        "scaling, the children's words, then a Who | What | When | How we'll know table. Faults: the "
        "Talking Therapies counselling only treats and is measured by 'engagement' (H001, M002), debt "
        "help 'as soon as possible' (T002), 'Safety network' as owner (W002), a blank Who (W001), a "
        "'-' When (T001), a safety goal about the mother only (F002), and a safety plan that relies "
        "on the grandmother and uncle with nothing if they cannot do it (C003). Hard negatives: the "
        "assessment grid is not an action table, four of ten actions are about the mother's own needs "
        "(not most), the alcohol service is named in a row the mother owns while Talking Therapies "
        "owns another row. Header and page footer on every page."
    ),
    "header": "Olvenham City Council - Children's Services - Signs of Safety - OFFICIAL-SENSITIVE",
    "footer": "Harley and Rosie Fairley - child protection plan - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("kv", [
            ("Children", "Harley Fairley (8), Year 3, and Rosie Fairley (5), Reception, both at Olvey Bank "
                         "Primary School"),
            ("Mother", "Danielle Fairley (33) - the children live with her at 41 Osgood Walk, Olvenham"),
            ("Father", "Wayne Fairley (35), lives in Orlingham, sees the children some Sundays"),
            ("Safety network", "Pauline Fairley (Nan, Danielle's mum), Jason Fairley (Danielle's brother), "
                               "Sharon Mills (family friend and neighbour)"),
            ("Conference", "Initial child protection conference, Tuesday 03/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Nandra, Olvenham Family Safeguarding Team"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Olvenham Children's Services, Olvey Bank Primary School and the police are worried that "
              "Danielle drinks until she falls asleep or passes out when she is the only adult looking after "
              "Harley and Rosie. On 17 May Harley could not wake his mum and walked Rosie, in her pyjamas, to "
              "Nan's house at 10pm. In April Rosie cut her foot on a broken bottle in the kitchen. If nothing "
              "changes, we are worried that Harley and Rosie could be hurt in an accident or a fire with no "
              "adult awake to help them, and that Harley will keep carrying the job of looking after his "
              "sister and his mum."),
        ("h1", "Safety goals"),
        ("bullets", [
            "Everyone who knows Harley and Rosie, including the children, can see that a sober adult is "
            "looking after them every evening and every night.",
            "Harley and Rosie get to school every day, clean, fed and on time.",
            "Harley knows he is not in charge of his sister or his mum, and knows who to ring if he is "
            "worried.",
            "Danielle will stop drinking and will engage with the alcohol service and her counsellor.",
        ]),
        ("h1", "Assessment"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Harm: Danielle was found asleep and could not be woken on 17 May and twice in April; there "
                 "were empty bottles in the kitchen on three visits. Rosie needed stitches in April.",
                 "Existing safety: Nan lives two streets away and Harley knows the way. Nan has had the "
                 "children every time they have turned up. Sharon next door has a key."],
                ["Complicating factors: Danielle has depression and has struggled since her dad died last "
                 "year. She is behind on her rent and has debts. Wayne is not reliable with his Sundays.",
                 "Strengths: Danielle has told us honestly how much she drinks and went to the alcohol "
                 "service's drop-in on 28 May. The children are always clean for school and Danielle reads "
                 "with Rosie most mornings."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "On a scale where 10 means everyone is confident Harley and Rosie are safe enough to close the "
              "plan and 0 means they cannot live at home, Priya put 3, the school 4, Nan 5 and Danielle 7. "
              "Harley put 5 \"because Nan comes when I ring\"."),
        ("h1", "Harley and Rosie's words"),
        ("p", "Harley (three houses, at school on 29 May): in his house of worries he drew \"Mum asleep on the "
              "sofa and I can't wake her up\" and \"Rosie crying for tea\". In his house of good things he "
              "put \"Nan's chips\" and \"Mum reading to Rosie\". In his house of dreams \"Mum doesn't drink "
              "the wine and we go to the park\". He said: \"I don't want to leave Mum, I just want her to "
              "stay awake.\""),
        ("p", "Rosie (fairy and wizard, at home on 30 May) wished for \"Mummy not poorly\" and \"a pink bike\". "
              "She told Priya she gets scared \"when Mummy is asleep and it's dark\" and that she likes it "
              "when Uncle Jason stays over because he does silly voices at bedtime."),
        ("h1", "Next steps"),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.4, 6.4, 3.3, 3.9],
            "rows": [
                ["Danielle Fairley",
                 "Keywork sessions and breath tests at the Olvenham Alcohol Service",
                 "Weekly from 09/06/2025",
                 "Attendance and breath test results sent to the SW by the service"],
                ["Mark Dunn, counsellor, Olvenham Talking Therapies (adult mental health)",
                 "Counselling for Danielle's depression and anxiety, at the Talking Therapies base",
                 "Weekly",
                 "Danielle's engagement with counselling"],
                ["Danielle Fairley",
                 "See her GP about her sleep and low mood",
                 "By 20/06/2025",
                 "GP letter to the SW"],
                ["SW Priya Nandra",
                 "Support Danielle with her debts and a benefits claim",
                 "As soon as possible",
                 "Debt advice appointment letter on file"],
                ["Safety network",
                 "Make sure a sober adult is with Harley and Rosie every evening from 5pm to bedtime",
                 "Every evening",
                 "Network rota signed each night and checked by the SW"],
                ["Pauline Fairley (Nan)",
                 "Collect Harley and Rosie from school and give them their tea at her house",
                 "Monday to Friday until the review conference",
                 "School collection sheet, checked by the SW with the school"],
                ["Jason Fairley (uncle)",
                 "Stay overnight at the family home on Friday and Saturday nights",
                 "Every Friday and Saturday night until the review conference",
                 "Jason signs the network diary, seen by the SW at each visit"],
                ["SW Priya Nandra",
                 "Words and pictures story with Harley and Rosie about why we are worried and who is in their "
                 "safety network",
                 "By 30/06/2025",
                 "Words and pictures book given to the children and read with them; copy on file"],
                ["",
                 "Check Harley and Rosie's attendance each morning and ring the SW if either is not in by "
                 "9.30am",
                 "Every school day",
                 "Attendance printout sent to the SW every Friday"],
                ["School nurse Anna Blake",
                 "Follow up Rosie's failed hearing screen and refer her to audiology",
                 "-",
                 "Audiology appointment letter shared with the SW"],
            ],
        }),
        ("h1", "Safety plan - if something goes wrong"),
        ("p", "If Danielle has been drinking while she is looking after the children (Nan, Jason or Sharon "
              "smell alcohol on her, or Harley or Rosie tell someone), the adult who is there will ring Priya "
              "or the emergency duty team, the children will go to Nan's for the night, and Priya will hold a "
              "strategy discussion the same day."),
        ("p", "If Danielle drinks while caring for the children twice before the review conference, Priya will "
              "ask her team manager for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Olvey Bank Primary School, 3.30pm: Tuesday 17/06/2025, 15/07/2025 "
              "and 12/08/2025. Review child protection conference: Tuesday 26/08/2025, 10am, Olvenham Civic "
              "Offices."),
    ],
    "findings": [
        F("F002", "Danielle will stop drinking and will engage with the alcohol service and her counsellor."),
        F("H001", "Counselling for Danielle's depression and anxiety"),
        F("M002", "Counselling for Danielle's depression and anxiety"),
        F("T002", "Support Danielle with her debts and a benefits claim"),
        F("W002", "Make sure a sober adult is with Harley and Rosie"),
        F("W001", "Check Harley and Rosie's attendance each morning"),
        F("T001", "Follow up Rosie's failed hearing screen"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan, plain-text print with numbered sections and numbered
#    action sentences; mother under perinatal mental health, father under
#    the drug service (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b76_osmerby_prebirth_numbered_text_print_quarrie.txt",
    "split": "heldout",
    "actions": 11,
    "template": "pre-birth-icpc-plan-txt-print-numbered-upper-case-sections-numbered-action-sentences-5.1-to-5.11",
    "description": (
        "Pre-birth initial conference plan at 28 weeks (mother's depression and self-harm under the "
        "perinatal mental health team; father's crack and cannabis use under the recovery service; an "
        "older half-brother already lives with his grandmother). Plain-text print with numbered "
        "upper-case sections and one numbered sentence per action. Faults: six of eleven actions are "
        "about the parents' own health, treatment or housing with no link to the baby (F001); the "
        "perinatal CPN only supports and the psychiatrist only reviews medication (H001 x2); housing "
        "'as soon as possible' and a parenting course 'when a place comes up' (T002 x2); a pre-birth "
        "assessment with no stated output (M001); a passive birth plan (W001); an HV safe sleep session with no "
        "timescale (T001); two outcomes about one parent only (F002 x2). Hard negatives: the unborn "
        "baby's observed experience recorded, adult services own actions, drug service and GP never "
        "H001, a parenting course not counted for F001, a hypothetical neonatal stay with visits set, "
        "a legal planning meeting requested on named triggers."
    ),
    "text": """\
OSMERBY COUNCIL - CHILDREN'S SERVICES
PRE-BIRTH CHILD PROTECTION PLAN                       Printed 04/07/2025
Team: Osmerby Early Help and Safeguarding (Pre-birth)     Ref: OC-77/0412
------------------------------------------------------------------------

1. DETAILS

   Unborn baby of Chloe QUARRIE, due 19/09/2025 (a girl)
   Mother ........ Chloe Quarrie (24)
   Father ........ Josh Marron (26)
   Address ....... Flat 6, 2 Olderry Court, Osmerby (one bedroom)
   Sibling ....... Mason (3), Chloe's son, lives with his father's mother,
                   Lorraine Fisk, under a special guardianship order (2023)
   Conference .... Pre-birth initial child protection conference, 02/07/2025
   Category ...... Neglect
   Social worker . Tariq Bell
   Chair ......... Andrea Holm

2. WHY THERE IS A PLAN

   Chloe has depression and a diagnosis of emotionally unstable
   personality disorder. She self-harmed twice in the first three months
   of this pregnancy and is open to the Osmerby Perinatal Mental Health
   Team. Josh smokes cannabis every day and has used crack cocaine at the
   flat; he has been open to the Osmerby Recovery Service since May. Mason
   was removed from Chloe's care in 2023 after he was found with
   unexplained bruising and there was no food in the house. Chloe and
   Josh both came to conference and said they want to show they can look
   after this baby.

3. WHAT LIFE IS LIKE FOR BABY NOW

   At the 28-week scan on 30/06/2025 the baby was growing on the 10th
   centile. The midwife has heard a strong heartbeat at each appointment.
   Chloe says the baby kicks most in the evenings and goes still when Josh
   and his friends are loud in the flat late at night. The flat has smelt
   of cannabis on three of the SW's four visits, and Chloe has missed two
   of her five antenatal appointments.

4. OUTCOMES WE WANT

   - The baby is born into a home where nobody uses drugs and there is a
     safe place for every sleep.
   - The baby is fed, held and comforted by parents who notice and
     respond when she cries.
   - Chloe's mental health will be stable and she will feel more confident.
   - Josh will be drug free.

5. ACTIONS

   5.1  The perinatal mental health team (CPN Anna Loft) will see Chloe
        weekly to support her mood and anxiety for the rest of the
        pregnancy, with her attendance recorded on the team's system.
   5.2  Dr Samir Iqbal, perinatal psychiatrist, will review Chloe's
        medication by 15/07/2025 and write to her GP with any changes.
   5.3  Josh will go to keywork at the Osmerby Recovery Service every
        week, and the service will send the SW his attendance each month.
   5.4  Paul Tran (Osmerby Recovery Service) will drug test Josh every
        fortnight and send the results to the SW.
   5.5  Chloe will see her GP about her sleep and back pain by
        31/07/2025, and the GP will confirm the appointment to the SW.
   5.6  The SW will help Chloe and Josh apply to Osmerby Homes for a
        bigger flat as soon as possible and put the application number
        on file.
   5.7  Midwife Jess Curran will see Chloe at every antenatal appointment
        and check the baby's growth, recording it in the maternity notes
        and telling the SW the same day about any missed appointment.
   5.8  Tariq Bell (SW) will complete a pre-birth assessment of Chloe and
        Josh's ability to care for the baby by 34 weeks (06/08/2025).
   5.9  A birth and discharge plan will be agreed before 36 weeks
        (22/08/2025), so the baby goes home safely, and a copy will be
        kept on the maternity record at Osmerby General Hospital.
   5.10 Chloe and Josh will go to the Ready for Baby parenting course at
        Ottlebury Children's Centre when a place comes up, and the centre
        will send their certificate of attendance to the SW.
   5.11 HV Lucy Crane will give Chloe and Josh a safe sleep and
        bottle-making session at home, with the safe sleep checklist
        signed by both parents and kept on the HV record.

6. CONTINGENCY

   If Chloe self-harms, stops her medication or tells anyone she has
   thoughts of harming herself or the baby, the perinatal team will see
   her the same day and tell the SW. If Josh uses crack at the flat, or
   police find drugs there, the SW will hold a strategy discussion the same
   day. After the birth, if either of these happens, the baby will not go
   home: she and Chloe will stay with Chloe's aunt, Denise Quarrie, in
   Ottlebury, and if Denise cannot have them the baby will go to a foster
   placement that day.

   If the baby needs to stay on the neonatal unit after the birth, the SW
   will visit her there twice a week until she is discharged.

   If Josh's tests are still positive for crack, or Chloe has missed more
   than two further antenatal appointments, by 06/08/2025, the SW will ask
   the team manager for a legal planning meeting to consider starting
   pre-proceedings under the PLO before the birth.

7. CORE GROUP AND REVIEW

   Core group every 4 weeks, 2pm, Osmerby Family Hub: 16/07/2025,
   13/08/2025 and 10/09/2025.
   Review child protection conference: 30/09/2025, 10am, Osmerby Town
   Hall (after the birth).

------------------------------------------------------------------------
END OF PLAN
""",
    "findings": [
        F("F002", "Chloe's mental health will be stable and she will feel more confident."),
        F("F002", "Josh will be drug free."),
        F("H001", "The perinatal mental health team (CPN Anna Loft)"),
        F("H001", "Dr Samir Iqbal, perinatal psychiatrist, will review Chloe's"),
        F("T002", "The SW will help Chloe and Josh apply to Osmerby Homes"),
        F("M001", "will complete a pre-birth assessment of Chloe and"),
        F("W001", "A birth and discharge plan will be agreed"),
        F("T002", "Chloe and Josh will go to the Ready for Baby parenting"),
        F("T001", "HV Lucy Crane will give Chloe and Josh a safe sleep"),
        F("F001"),
    ],
})
