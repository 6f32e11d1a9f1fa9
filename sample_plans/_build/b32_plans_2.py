"""Batch 32, module 2: seven fictional plans (held-out material), places beginning with "u".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Theme: what arrives from elsewhere in the system. A health visitor's
safeguarding care plan set out in label/value blocks, a primary school's
pupil safety plan in a two-column table, core group meeting notes with an
initials-keyed action log, a social worker's plain-text letter to a mother
after conference with hedged and passive commitments, a child's "team sheet"
plan, a GIRFEC child's plan in a real Word multi-level list, and a drug and
alcohol service's contribution to a child protection plan in typed
multi-level numbering. Three are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Health visitor's safeguarding care plan (Universal Partnership Plus):
#    record details, baby's day, outcomes, then one label/value block per
#    action. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_ulvenmere_hv_care_plan_label_blocks_thackwray.docx",
    "doc_title": "Health Visiting Safeguarding Care Plan - Esme Thackwray",
    "split": "heldout",
    "template": "hv-safeguarding-care-plan-upp-docx-record-details-babys-day-observed-health-outcomes-then-h3-per-action-label-value-blocks-what-responsible-when-how-we-will-know",
    "description": (
        "Exemplary health-visitor-led care plan for a 7-week-old on a child protection plan for "
        "neglect (weight faltering, unsafe feeds and sleep, mother's postnatal depression, father's "
        "smoking, damp flat). Each action is its own block of labelled lines (What will happen / "
        "Responsible / When / How we will know). The perinatal team assesses and reports on capacity "
        "to change, the GP owns an action, the baby's day is observed, the contingency is specific, "
        "core group and review dates are set and a legal planning meeting follows insufficient progress."
    ),
    "blocks": [
        ("title", "Health Visiting Safeguarding Care Plan"),
        ("p", "Ulvenmere Community Health NHS Trust – 0–19 Public Health Nursing – Harebell Clinic team"),
        ("p", "Level of service: Universal Partnership Plus (child protection). This care plan sets out the "
              "health part of Esme's child protection plan. It was agreed with Courtney and Lewis at home on "
              "30/06/2025; a copy is kept in Esme's red book and sent to the social worker and the GP."),
        ("h1", "Record details"),
        ("kv", [
            ("Baby", "Esme Thackwray, born 12/05/2025 at Ulvenmere General (38+2 weeks, 2.71kg), now 7 weeks old"),
            ("Address", "Flat 9, Coldharbour Court, Wexley Road, Ulvenmere"),
            ("Mother", "Courtney Thackwray, 19; care leaver (personal adviser Mo Stirling, Ulvenmere Leaving Care)"),
            ("Father", "Lewis Oakden, 22; lives with Courtney and Esme; night shifts at the Ulvenmere Parcel Hub, "
                       "Thursday to Saturday"),
            ("GP", "Dr Samuel Pryce, Harebell Surgery"),
            ("Lead health visitor", "Bryony Cole, SCPHN – 07700 900412"),
            ("Social worker", "Dominic Yeats, Safeguarding Team 3, Ulvenmere Children's Services"),
            ("Child protection plan", "Initial conference 24/06/2025 – category: neglect"),
        ]),
        ("h1", "Why Esme needs an enhanced plan"),
        ("p", "At the new birth visit on 26/05/2025 Courtney scored 17 on the Edinburgh Postnatal Depression "
              "Scale and Dr Pryce started her on sertraline; she stopped taking it in mid-June because it made "
              "her feel \"numb\". Courtney took an overdose at 17 while she was in care. Esme has dropped from "
              "the 50th centile at birth to just under the 9th at 6 weeks. On 17/06/2025 I found feeds made up "
              "with too much water, a cold bottle propped on a rolled towel, and Esme's Moses basket against a "
              "wall with black mould. Lewis smoked in the flat and Esme has had a cough and a blocked nose since "
              "she was 3 weeks old. Conference was called after Esme was admitted to the children's assessment "
              "unit on 18/06/2025 with dehydration; she went home the next day."),
        ("p", "There are strengths. Courtney and Lewis have kept every appointment since the admission, they "
              "asked for help with the feeds, and Lewis now smokes on the balcony. Courtney says she wants to "
              "\"get it right for Esme\" and agreed to a referral to the perinatal mental health team, which was "
              "accepted on 26/06/2025."),
        ("h1", "Esme's day – what we have seen"),
        ("p", "Esme cannot tell us what life is like for her, so this is what the health visitor, the community "
              "nursery nurse and the social worker have seen at five visits since 17/06/2025. She is a small, "
              "alert baby who feeds hungrily and finishes a 4oz bottle in 15 minutes. She settles quickly on "
              "Lewis's chest and turns towards his voice. When Courtney is low she feeds Esme in silence while "
              "looking at her phone, and Esme turns her head away and grizzles; on 27/06/2025 Courtney sang to "
              "her, and Esme held her gaze and smiled. Esme spends long spells in her basket in the living room "
              "with the television on, and twice had a wet nappy that had leaked through her sleepsuit."),
        ("h1", "What Courtney and Lewis told me"),
        ("p", "Courtney: \"I love her, I just feel like I'm watching myself do it. I want someone to tell me I'm "
              "doing the bottles right.\" Lewis: \"I didn't know the smoke goes into her clothes. I can do the "
              "night feeds when I'm not on shift.\""),
        ("h1", "Health outcomes for Esme"),
        ("bullets", [
            "Esme gains weight steadily and is back on or above the 25th centile by her 16-week review "
            "(by 01/09/2025).",
            "Esme sleeps on her back in her own Moses basket or cot, in a dry, smoke-free room, for every sleep.",
            "Esme is fed on time by a parent who notices when she is hungry, tired or needs comfort, and who is "
            "well enough to look after her.",
            "Esme has her 8-, 12- and 16-week immunisations on time.",
        ]),
        ("h1", "Health actions"),
        ("p", "Each action says who will do it, when, and what will show us that it has happened and is making "
              "a difference for Esme."),
        ("h3", "Action 1 – Weight and feeding"),
        ("kv", [
            ("What will happen", "Weigh Esme at home, watch a whole feed from making up the bottle to winding, "
                                 "and look at the feed chart for the last 24 hours"),
            ("Responsible", "HV Bryony Cole"),
            ("When", "Weekly until Esme has stayed on or above the 25th centile for 4 weeks, then fortnightly"),
            ("How we will know", "Weight plotted in the red book and on SystmOne at every visit; feed chart read "
                                 "and a copy sent to the SW each Friday"),
        ]),
        ("h3", "Action 2 – Safe sleep"),
        ("kv", [
            ("What will happen", "Go through the safe sleep and smoke-free home checklist with Courtney and "
                                 "Lewis, and help them move the Moses basket into their bedroom, away from the mould"),
            ("Responsible", "HV Bryony Cole, with Courtney and Lewis"),
            ("When", "By 11/07/2025"),
            ("How we will know", "Signed checklist on the HV record; Moses basket seen in the bedroom against a dry "
                                 "wall at the next HV visit and the next SW visit"),
        ]),
        ("h3", "Action 3 – A smoke-free home for Esme"),
        ("kv", [
            ("What will happen", "Go to the Ulvenmere Stop Smoking Service, and only smoke outside on the balcony "
                                 "with the door shut, so that Esme is not breathing in smoke"),
            ("Responsible", "Lewis Oakden (dad)"),
            ("When", "First appointment 08/07/2025, then weekly for 12 weeks"),
            ("How we will know", "Carbon monoxide reading taken at each stop smoking session and sent to the HV "
                                 "monthly; no smell of smoke in the flat at HV and SW visits"),
        ]),
        ("h3", "Action 4 – Courtney's mood and her bond with Esme"),
        ("kv", [
            ("What will happen", "Assess Courtney's mood and her relationship with Esme, agree treatment with her, "
                                 "and report on whether she can make and keep the changes Esme needs, what would "
                                 "help, and how long this is likely to take"),
            ("Responsible", "Dr Ines Marchant, consultant perinatal psychiatrist, and CPN Tom Rudd, Ulvenmere "
                            "Perinatal Mental Health Team"),
            ("When", "Assessment on 03/07/2025; CPN home visits every 2 weeks; written report by 31/07/2025"),
            ("How we will know", "EPDS score taken at each CPN visit and shared with the HV; written report sent to "
                                 "the SW and read at the core group on 04/08/2025"),
        ]),
        ("h3", "Action 5 – Courtney's medication"),
        ("kv", [
            ("What will happen", "Review Courtney's antidepressant now that she has stopped the sertraline, "
                                 "prescribe 7 days at a time, and tell the HV and SW if a prescription is not collected"),
            ("Responsible", "Dr Samuel Pryce, GP, Harebell Surgery"),
            ("When", "Appointment by 04/07/2025; weekly prescriptions after that"),
            ("How we will know", "GP letter to the HV and SW by 07/07/2025; pharmacy collection record; any missed "
                                 "collection reported to the SW the same day"),
        ]),
        ("h3", "Action 6 – Night feeds"),
        ("kv", [
            ("What will happen", "Do Esme's night feeds on his nights off and write each one on the feed chart"),
            ("Responsible", "Lewis Oakden (dad)"),
            ("When", "Every Sunday, Monday, Tuesday and Wednesday night"),
            ("How we will know", "Feed chart on the fridge shows the time and amount of each night feed; the HV "
                                 "checks it weekly"),
        ]),
        ("h3", "Action 7 – Feeding and play sessions"),
        ("kv", [
            ("What will happen", "Sessions at home on making up feeds correctly, reading Esme's hunger and "
                                 "tiredness cues, and floor play"),
            ("Responsible", "Jade Fairley, community nursery nurse, 0–19 team"),
            ("When", "Weekly for 6 weeks from 07/07/2025"),
            ("How we will know", "Courtney seen making up a correct feed without prompting by the fourth session; "
                                 "session notes shared with the HV and SW"),
        ]),
        ("h3", "Action 8 – Immunisations and baby check"),
        ("kv", [
            ("What will happen", "Take Esme to her 8-week immunisations and her 6–8 week baby check"),
            ("Responsible", "Courtney Thackwray (mum), with Lewis"),
            ("When", "Booked for 09/07/2025 at Harebell Surgery"),
            ("How we will know", "Immunisations and check recorded in the red book and on the GP record; the HV "
                                 "looks at the red book at the next weigh"),
        ]),
        ("h3", "Action 9 – Social work visits"),
        ("kv", [
            ("What will happen", "Home visits to see Esme awake, look at where she sleeps, her bottles and the "
                                 "fridge, and talk with Courtney and Lewis about how the plan is going"),
            ("Responsible", "SW Dominic Yeats"),
            ("When", "Weekly, with at least one unannounced visit every 2 weeks"),
            ("How we will know", "Visit record notes Esme's presentation, her sleep space and the feeding "
                                 "equipment at every visit"),
        ]),
        ("h3", "Action 10 – Damp in the bedroom"),
        ("kv", [
            ("What will happen", "Write to Ulvenmere Homes supporting a priority repair of the damp and mould in "
                                 "the bedroom where Esme sleeps"),
            ("Responsible", "HV Bryony Cole"),
            ("When", "By 04/07/2025"),
            ("How we will know", "Copy of the letter on the HV record; repair date passed to the SW; mould seen to "
                                 "be treated at a visit before the core group on 04/08/2025"),
        ]),
        ("h1", "If Esme is not safe or not thriving (contingency from the child protection plan)"),
        ("p", "If Esme's weight falls below the 9th centile, she misses a weekly weigh, she is found asleep on the "
              "sofa, in an adult bed or with a propped bottle, or Courtney tells anyone she has thoughts of "
              "harming herself or Esme, the health visitor will ring the SW (or the emergency duty team out of "
              "hours) the same day and the SW will hold a strategy discussion that day. If Esme has lost weight "
              "she will be seen at the children's assessment unit at Ulvenmere General the same day, and the "
              "perinatal team will offer Courtney a same-day crisis assessment. If there is no adult at home who "
              "can safely care for Esme, she will be looked after by approved foster carers under section 20, "
              "with her parents' agreement."),
        ("p", "If Esme is not back on the 25th centile, or Courtney has not been able to work with the perinatal "
              "team, by the core group on 01/09/2025, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "The core group meets every 4 weeks at Harebell Clinic at 2pm: 07/07/2025, 04/08/2025 and "
              "01/09/2025. Review child protection conference: 16/09/2025, 10am, Ulvenmere Civic Centre. The HV "
              "will send a written health report to the conference by 09/09/2025."),
        ("p", "Bryony Cole, Specialist Community Public Health Nurse – 30/06/2025. Agreed with Courtney "
              "Thackwray and Lewis Oakden."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Primary school pupil safety plan, two-column "What we will do | Who /
#    when / how we will check" table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_urranby_school_safety_plan_two_column_fenwright.docx",
    "doc_title": "Pupil Safety Plan - Callum Fenwright",
    "split": "heldout",
    "template": "primary-school-dsl-pupil-safety-plan-docx-headerless-details-table-then-two-column-what-we-will-do-who-when-how-we-will-check-in-one-cell",
    "description": (
        "A primary school DSL's safety plan for a 9-year-old (and his sister in the nursery class) on a "
        "child protection plan after domestic abuse; the mother's ex-partner is barred by a non-molestation "
        "order. Two-column table with who, when and how it is checked written into the second cell. "
        "'All staff' are to be alert 'ongoing', the time-out card is 'as and when needed' and 'monitored', "
        "the attendance row has no check, and a counselling referral 'will be made' by nobody 'when a "
        "place becomes available'. Nan collects twice a week and does the Monday breakfast club, but the "
        "contingency only says the DSL will discuss and consider next steps; no legal step."
    ),
    "blocks": [
        ("title", "Pupil Safety Plan"),
        ("p", "Urranby St Aidan's C of E Primary School – Safeguarding"),
        ("p", "CONFIDENTIAL – kept in the DSL safeguarding file. Copies to: class teacher, nursery lead, school "
              "office, social worker and Mum."),
        ("h2", "1. About Callum"),
        ("table", {
            "rows": [
                ["Pupil", "Callum Fenwright, Year 4 (Mr Abbott's class), born 14/02/2016"],
                ["Sister in school", "Lacey Fenwright, Nursery class (mornings), born 03/09/2021"],
                ["Lives with", "Mum, Gemma Fenwright, 22 Poppyfield Walk, Urranby"],
                ["Child protection plan", "Since the initial conference on 19/06/2025 – category: emotional abuse"],
                ["Social worker", "Roisin Tighe, Urranby Children's Services – 07700 900583"],
                ["DSL", "Mrs Karen Wheatley (deputy head); deputy DSL Mrs Nadia Sayed (SENCo)"],
                ["Plan written", "27/06/2025 by KW with Gemma Fenwright and Roisin Tighe"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h2", "2. Why Callum needs a safety plan"),
        ("p", "Gemma's former partner, Dale Ricketts (Lacey's father), assaulted Gemma at home on 11/05/2025 "
              "while Callum and Lacey were in the next room; Callum rang his nan. Dale was arrested, and a "
              "non-molestation order made on 06/06/2025 forbids him from going to the family home or within "
              "100 metres of this school until 06/06/2026. On 12/06/2025 Dale was seen by the school gate at "
              "home time and left when the office manager came out. Since May Callum has been late on most "
              "Mondays, has hidden under the table twice when a visitor raised his voice, and told Mr Abbott "
              "that he \"has to listen out at night\"."),
        ("h2", "3. What Callum has told us"),
        ("p", "Callum talked to Mrs Cooke, our ELSA, on 23/06/2025: \"I don't want Dale to come to school. If he "
              "comes I want to go in the Nest and shut the door.\" He said the best things about school are "
              "football at lunch and \"Mr Abbott's jokes\". He gave school 8 out of 10 for feeling safe and "
              "home 6, \"because of the night\", and asked whether the office ladies know what Dale looks like. "
              "Lacey's key person says she is settled and chatty in nursery but cries if the door buzzer goes "
              "during the session."),
        ("h2", "4. What we want for Callum and Lacey"),
        ("bullets", [
            "Callum and Lacey are safe at school and are only ever collected by Mum or Nan.",
            "Callum feels safe enough in school to learn, and tells us he knows where to go and who to talk to "
            "when he is worried.",
            "Callum is in school on time every day, Mondays included.",
        ]),
        ("h2", "5. Our safety arrangements"),
        ("table", {
            "header": ["What we will do", "Who / when / how we will check"],
            "widths": [9.0, 8.0],
            "rows": [
                ["Keep Dale Ricketts's photograph and a copy of the non-molestation order in the office; if he "
                 "comes onto the site or to the gate, ring 999 and keep Callum and Lacey inside",
                 "Who: Mrs Julie Platt, office manager, and the DSL\nWhen: from 30/06/2025, every school day\n"
                 "Check: any sighting logged on CPOMS with the time and the police log number"],
                ["Hand Callum and Lacey over only to the adult named on the collection sheet for that day, and "
                 "phone Mum if anyone else arrives",
                 "Who: Mr Paul Abbott (Callum) and Miss Hollie Dunn, nursery lead (Lacey)\nWhen: every home time\n"
                 "Check: collection sheet signed by the collecting adult each day and kept in the office"],
                ["Collect Callum and Lacey at 3.15pm and take them back to hers for tea",
                 "Who: Pauline Fenwright (Nan)\nWhen: every Tuesday and Thursday\n"
                 "Check: Pauline signs the collection sheet"],
                ["Bring Callum to breakfast club on Monday mornings so that he is not late after the weekend",
                 "Who: Pauline Fenwright (Nan)\nWhen: Mondays, 8am\nCheck: breakfast club register"],
                ["Weekly check-in with Callum using his worry scale, and time to talk about anything that has "
                 "happened at home",
                 "Who: Mrs Leanne Cooke (ELSA)\nWhen: every Monday, 9–9.30am\n"
                 "Check: worry score and Callum's words recorded on CPOMS; the DSL reads them each Monday"],
                ["Be alert to any change in Callum's behaviour, marks or comments about home, and record "
                 "anything on CPOMS",
                 "Who: all staff\nWhen: ongoing\nCheck: entries on CPOMS"],
                ["Callum can use his time-out card to go to the Nest (nurture room) and have time with an "
                 "adult he trusts",
                 "Who: Mrs Leanne Cooke (ELSA)\nWhen: as and when needed\nCheck: use of the card monitored"],
                ["Ring home by 9.30am on any day Callum or Lacey is not in school with no reason given, and tell "
                 "the social worker if there is no answer",
                 "Who: Mrs Julie Platt (attendance)\nWhen: every school day\nCheck: –"],
                ["A referral will be made to the Urranby Schools Counselling Service so that Callum has someone "
                 "to talk to about what happened at home",
                 "Who: –\nWhen: when a place becomes available\n"
                 "Check: counsellor's session dates shared with the DSL"],
                ["Send the social worker a summary of Callum's and Lacey's attendance, punctuality and any CPOMS "
                 "entries",
                 "Who: DSL Mrs Karen Wheatley\nWhen: every Friday\n"
                 "Check: email sent to Ms Tighe each Friday, with a copy on CPOMS"],
            ],
        }),
        ("h2", "6. If something goes wrong"),
        ("p", "If there are further concerns about Callum's or Lacey's safety, or this safety plan is not "
              "followed, the DSL will discuss this with the social worker and consider next steps, including "
              "whether a new referral to the Urranby MASH is needed."),
        ("h2", "7. Reviewing this plan"),
        ("p", "Mrs Wheatley goes to every core group for Callum and Lacey. The core group meets every 4 weeks; "
              "the next meetings are at school on 10/07/2025 and 07/08/2025 at 3.45pm. This safety plan will be "
              "updated after each core group and at the review child protection conference on 11/09/2025."),
        ("p", "Signed: Karen Wheatley (DSL) · Gemma Fenwright (Mum) · Roisin Tighe (social worker) – 27/06/2025"),
    ],
    "findings": [
        F("W002", "Be alert to any change in Callum's behaviour"),
        F("T002", "Be alert to any change in Callum's behaviour"),
        F("T002", "use his time-out card to go to the Nest"),
        F("M002", "use his time-out card to go to the Nest"),
        F("M001", "Ring home by 9.30am on any day Callum or Lacey"),
        F("W001", "A referral will be made to the Urranby Schools Counselling Service"),
        F("T002", "A referral will be made to the Urranby Schools Counselling Service"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group meeting note: attendance by initials, agency updates,
#    children's words, outcomes, contingency, then an action log
#    No. | Agreed action | Lead | Complete by | Success looks like (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_ushcombe_core_group_note_initials_action_log_marsland.pdf",
    "doc_title": "Core Group Meeting Note - Marsland children",
    "split": "heldout",
    "template": "core-group-meeting-note-paged-initials-attendance-table-agency-update-paragraphs-childrens-words-outcomes-contingency-then-no-agreed-action-lead-complete-by-success-looks-like-log",
    "description": (
        "Second core group note for three children (11, 7 and 2; neglect, father's first-episode psychosis "
        "under the Early Intervention in Psychosis team, 11-year-old doing bedtimes). Attendance by "
        "initials, agency updates, the children's words, outcomes and a specific contingency with a legal "
        "step, then an action log. The EIP care coordinator only supports the father ('mental state "
        "remains stable'), the boiler is 'ASAP', the HV's review has no success measure, the dentist row has "
        "no date, 'Core group' owns sharing concerns, one outcome is the father's, and the review "
        "conference date is to be confirmed."
    ),
    "header": "OFFICIAL – SENSITIVE | Ushcombe Borough Council – Children and Families",
    "footer": "Core group note – Marsland children – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting Note"),
        ("kv", [
            ("Children", "Tegan Marsland (11), Year 6, Orchard Lane Primary; Billy Marsland (7), Year 2, Orchard "
                         "Lane Primary; Rosie Marsland (2), at home"),
            ("Address", "41 Tanyard Rise, Ushcombe"),
            ("Meeting", "Second core group since the initial conference on 05/06/2025 (category: neglect)"),
            ("Date, time, place", "Wednesday 02/07/2025, 1.30–3pm, Orchard Lane Primary, community room"),
            ("Chair", "Amira Hussain (AH), social worker"),
            ("Notes", "Phil Grange, business support"),
        ]),
        ("h2", "Who was there"),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["AH", "Amira Hussain", "Social worker, Ushcombe Children and Families, Locality Team 2"],
                ["SM", "Stacey Marsland", "Mum"],
                ["DM", "Darren Marsland", "Dad"],
                ["RM", "Rhys Morgan", "Care coordinator, Ushcombe Early Intervention in Psychosis team (EIP)"],
                ["LB", "Lorna Birch", "Health visitor, Tanyard Clinic"],
                ["GH", "Gwen Hartley", "DSL, Orchard Lane Primary"],
                ["FS", "Freya Steele", "Family support worker, Ushcombe Family Hub"],
            ],
        }),
        ("p", "Apologies: Dr Mark Ibbotson, GP, Tanyard Medical Centre (update emailed 01/07/2025); Dr Asha Venn, "
              "EIP consultant psychiatrist."),
        ("h2", "1. Updates"),
        ("p", "SM and DM: the boiler has been broken for three weeks, so there has been no hot water and the "
              "children have been washed with kettle water. SM has cut her evening shifts at the care home from "
              "four to three. DM said he is \"sleeping better\" and has not missed a tablet."),
        ("p", "RM: DM was admitted to Ushcombe Royal (Beech Ward) under section 2 in March after his first "
              "episode of psychosis and has been with EIP since discharge in April. He has had every fortnightly "
              "visit and takes olanzapine; he has put on weight and is tired in the mornings. RM has not seen any "
              "sign of the voices or of the fear of being watched that DM had in March."),
        ("p", "LB: Rosie is 26 months. She has about 10 words and points for what she wants. Her 2-year review "
              "was missed in May and has been rebooked. She was clean and happy at the clinic on 24/06."),
        ("p", "GH: Billy's attendance this term is 88%, with 6 late marks, mostly on days after SM's evening "
              "shifts. Tegan is tired in class, has told her teacher she does Rosie's bath and bedtime \"when "
              "Mum's at work and Dad's asleep\", and has been going to the young carers lunch club since June."),
        ("p", "FS: two routines sessions have been done. SM and DM have made a tea-bath-bed chart for Billy and "
              "Rosie, but on FS's visit of 30/06 the children were still up at 9.40pm."),
        ("h2", "2. What the children have said"),
        ("p", "Tegan (seen alone by AH at school, 26/06): \"I don't mind doing Rosie's bath but I'm always tired. "
              "When Dad was in hospital it was scary. I want to go to the residential in September.\" She said "
              "she worries that Dad will \"go back to how he was\"."),
        ("p", "Billy (seen at home, 30/06): showed AH his bedroom and his football cards. He said his favourite "
              "tea is \"Nan's chips\" and that the cold baths were \"horrible\". He said he feels safe at home "
              "\"mostly\". Rosie was seen at home and at clinic: she brings books to her dad, babbles to her "
              "brother and calls for Tegan at bedtime."),
        ("h2", "3. Outcomes (from the child protection plan)"),
        ("bullets", [
            "Tegan is not responsible for her brother and sister's care and has time to be 11.",
            "Billy is in school every day, on time, clean and in his uniform.",
            "Rosie's speech and development are checked and she gets any help she needs.",
            "Darren will be well and taking his medication every day.",
        ]),
        ("h2", "4. Contingency (unchanged since conference)"),
        ("p", "If DM shows signs of becoming unwell again (not sleeping, talking about being watched or "
              "followed, hearing voices, or stopping his medication) while he is looking after the children, SM "
              "or any professional will ring the EIP duty line the same day and AH or the emergency duty team "
              "will visit that day. If DM is acutely unwell, the children will be cared for by SM only, and she "
              "will not work evening shifts until EIP say he is well. If neither parent can safely care for "
              "Tegan, Billy and Rosie, they will stay together with approved foster carers that night under "
              "section 20."),
        ("p", "If the home conditions and Billy's attendance have not improved (attendance below 90%) by the core "
              "group on 30/07/2025, AH will request a legal planning meeting with the team manager."),
        ("h2", "5. Action log"),
        ("table", {
            "header": ["No.", "Agreed action", "Lead", "Complete by", "Success looks like"],
            "widths": [1.0, 6.0, 2.6, 2.8, 4.6],
            "rows": [
                ["1", "Visit the children at home and see each child on their own at least once a month; one "
                      "visit each month after 5pm when SM is at work",
                 "AH", "Fortnightly",
                 "Visit notes record each child's words and who was caring for them"],
                ["2", "Continue to support DM with his medication and appointments and with his sleep",
                 "RM (EIP)", "Fortnightly home visits",
                 "DM's mental state remains stable"],
                ["3", "Write a report on DM's recovery, his early warning signs, and whether he can keep the "
                      "changes going and care safely for the children, and how long that may take",
                 "Dr Asha Venn, EIP consultant psychiatrist", "By 25/07/2025",
                 "Report shared with AH and read at the core group on 30/07/2025"],
                ["4", "Review DM's olanzapine side effects (weight, tiredness in the mornings)",
                 "Dr Mark Ibbotson, GP", "By 16/07/2025",
                 "GP letter to RM and AH with the outcome"],
                ["5", "Chase Ushcombe Homes about the broken boiler so the children have hot water for baths",
                 "SM", "ASAP",
                 "Boiler working, checked by AH at the next visit"],
                ["6", "Complete Rosie's 2-year developmental review including an ASQ, and refer for a hearing "
                      "check if needed",
                 "LB", "By 18/07/2025", ""],
                ["7", "Register all three children with a dentist and book check-ups",
                 "DM", "",
                 "Registration letter from the practice shown to AH"],
                ["8", "Routines sessions at home on tea, bath and bed for Billy and Rosie, so that Tegan no "
                      "longer does bedtimes",
                 "FS", "Every Tuesday until 26/08/2025",
                 "Session records; routine chart on the kitchen wall; Tegan tells AH she is not doing bedtimes"],
                ["9", "Young carers assessment for Tegan with Ushcombe Young Carers",
                 "GH", "By 25/07/2025",
                 "Assessment shared with AH and SM; Tegan offered a place at the Tuesday young carers club"],
                ["10", "Check in with Billy every Monday morning and record what he says about home",
                 "GH", "Every Monday in term",
                 "DSL log; email to AH each Monday"],
                ["11", "Share any concerns about the children's attendance, presentation or anything they say "
                       "with AH the same day",
                 "Core group", "Same day",
                 "Concerns recorded on the children's files"],
            ],
        }),
        ("h2", "6. Next meetings"),
        ("p", "Next core group: Wednesday 30/07/2025, 1.30pm, Orchard Lane Primary, then every 4 weeks. Review "
              "child protection conference: date to be confirmed by the conference team."),
        ("p", "Note agreed by AH on 03/07/2025 and sent to everyone present, to Dr Ibbotson and to Dr Venn."),
    ],
    "findings": [
        F("H001", "Continue to support DM with his medication and appointments"),
        F("M002", "Continue to support DM with his medication and appointments"),
        F("T002", "Chase Ushcombe Homes about the broken boiler so the children"),
        F("M001", "Complete Rosie's 2-year developmental review including an ASQ"),
        F("T001", "Register all three children with a dentist and book check-ups"),
        F("W002", "Share any concerns about the children's attendance, presentation or anything"),
        F("F002", "Darren will be well and taking his medication every day."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Social worker's plain-text letter to a mother after the initial
#    conference, numbered question headings, commitments as paragraphs with
#    hedges and passives (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_uddingfold_letter_after_icpc_question_headings_coyle.txt",
    "split": "heldout",
    "template": "sw-letter-to-mother-after-icpc-plain-text-numbered-question-headings-commitment-paragraphs-grouped-by-person-hedged-and-passive-txt",
    "description": (
        "A social worker's plain-text letter to a mother after the initial conference for a 6-year-old and "
        "an 18-month-old (unexplained bruising, mother misusing codeine, partner's temper). Commitments are "
        "sentences in paragraphs under 'What will happen next?'. A Family Hub referral 'will be made' by "
        "nobody, with no date or measure; 'it is hoped' the mother sees her GP 'over the next few weeks'; "
        "the HV 'will try to' do the two-year check 'when she can'; the teacher will 'keep an eye on' "
        "Maisie. The codeine misuse is recorded but no adult service owns an action, the contingency is "
        "'if things do not improve ... look again', and no legal step is named."
    ),
    "text": """\
UDDINGFOLD COUNCIL
Children's Services - Safeguarding and Assessment Team B
Riverside House, Mill Wharf, Uddingfold
Tel 01632 960 214

Our ref: CS/SAB/44719

Ms Kirsty Coyle
17 Foundry Street
Uddingfold

2 July 2025

Dear Kirsty,

Maisie and Harley - what happened at the conference and what happens now

Thank you for coming to the conference on Friday. I know it was a long
morning and that some of what was said was hard to hear. As I promised, this
letter sets out what was decided and what each of us has agreed to do, so
that you have it in writing. Please read it with Jordan, and ring me if
anything is not how you remember it.


1) WHY DID WE MEET?

On 3 June Harley's nursery saw a bruise on the top of his left ear and two
small bruises behind it. Nobody has been able to explain how they happened,
and he was not taken to the doctor. When I visited on 5 June you told me
you had been taking more codeine than your prescription allows for your back
pain - up to 16 tablets a day - and buying extra online, and that some days
you have "not really been with it" in the afternoons. Jordan told me he
sometimes "loses it" when Harley will not settle, and Maisie told her
teacher that Jordan shouts and "bangs the door really hard".

You and Jordan both love the children, and they are warm, well dressed and
well fed. You have been honest with me about the codeine, and Jordan has
said he wants help with his temper.


2) WHAT HAVE MAISIE AND HARLEY TOLD US?

Maisie told me at school on 20 June that she likes it best "when Mum does
my hair and we watch Bluey". She said she gets scared when Jordan shouts,
and that she goes under her duvet "until it's quiet". She would like Jordan
to "use his kind voice".

Harley is too young to tell us. At nursery he is busy and smiley, but staff
have noticed that he flinches when an adult moves quickly near him. At home
on 24 June he climbed onto your knee as soon as I arrived and stayed there.


3) WHAT DID THE CONFERENCE DECIDE?

Everyone at the conference agreed that Maisie and Harley should each have a
child protection plan, under the category of physical abuse. I will be their
social worker, and Ms Gillian Ashe chaired the conference.


4) WHAT DO WE WANT FOR MAISIE AND HARLEY?

- Harley has no more unexplained injuries and is always looked after by an
  adult who is alert and calm.
- Maisie feels safe at home and does not have to hide when there is
  shouting.
- Both children get all their health checks and go to school and nursery
  every day.


5) WHAT WILL HAPPEN NEXT?

I will visit you at home every week, with at least one visit in two
unannounced, and I will see Maisie on her own each time and write down what
she tells me. I will complete an assessment of Jordan's parenting,
including how he manages his temper with the children, by 15 August 2025,
and give you, Jordan and the core group a copy of my report.

A referral will be made to the Uddingfold Family Hub for some help with
routines and with the children's behaviour.

It is hoped that you will see your GP about the codeine over the next few
weeks. You have also agreed to keep your tablets in the locked box I gave
you, out of the children's reach, and to show me the box at every visit.

Little Acorns Nursery will check Harley for marks when he arrives each day
and will record anything they see on a body map, which they will send to me
the same day. Anna Reeve, your health visitor, will try to do Harley's
two-year check when she can.

Mr Dyer, Maisie's class teacher, will keep an eye on Maisie every day.

Jordan has agreed to go on the Calmer Dads course at the Uddingfold Family
Centre, which starts on 9 September 2025, and the course leader will send me
the attendance register every fortnight.


6) WHAT IF THINGS DO NOT GET BETTER?

If things do not improve, or there are any further worries about Harley or
Maisie, we will need to look again at the plan and think about what else
needs to happen.


7) WHEN WILL WE MEET AGAIN?

The first core group meeting will be on Tuesday 8 July 2025 at 10am at
Riverside House, and after that every four weeks (5 August and 2 September).
The review child protection conference will be on Thursday 18 September 2025
at 1.30pm at Riverside House. You and Jordan are invited to all of these
meetings.

If you are unhappy with anything in this letter or with the decision of the
conference, you can ask for a copy of the complaints leaflet, or speak to my
team manager, Dawn Pickersgill, on the number above.

Yours sincerely,


Nathan Brierley
Social Worker, Safeguarding and Assessment Team B

cc  Jordan Fitch
    Little Acorns Nursery (Harley's key person and nursery manager)
    Mr Dyer and the DSL, Foundry Street Primary School
    Anna Reeve, Health Visitor, Uddingfold 0-19 team
""",
    "findings": [
        F("W001", "A referral will be made to the Uddingfold Family Hub"),
        F("T001", "A referral will be made to the Uddingfold Family Hub"),
        F("M001", "A referral will be made to the Uddingfold Family Hub"),
        F("T002", "see your GP about the codeine over the next few weeks"),
        F("M001", "see your GP about the codeine over the next few weeks"),
        F("T002", "will try to do Harley's two-year check when she can"),
        F("M001", "will try to do Harley's two-year check when she can"),
        F("M002", "will keep an eye on Maisie every day"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child-friendly "my plan" set out as a football team sheet: each grown-up
#    is a player with a position, and their jobs are bullets. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_ummerton_my_plan_football_team_sheet_prendle.md",
    "split": "heldout",
    "template": "child-friendly-my-plan-md-football-team-sheet-positions-as-headings-each-grown-up-a-player-bullets-with-when-and-how-ill-know-plan-b-contingency-team-talk-dates",
    "description": (
        "Exemplary child-friendly plan for a 10-year-old who lives with his father (alcohol misuse; the "
        "boy rang 999 when his dad collapsed), written with him as a football team sheet. Each grown-up "
        "is a player and every job bullet has who, when and how Reece will know. The alcohol service "
        "reports on change and assesses capacity, the GP owns an action, Grandad's pick-ups and Friday "
        "nights have a back-up in Plan B, core group and review dates are set, and a legal planning "
        "meeting follows drinking while in charge of Reece."
    ),
    "text": """\
# My Plan – Reece's Team Sheet ⚽

*This is my plan. I wrote it with Shona, my social worker, after the big meeting
about me (the child protection conference) on 26 June 2025. I wanted it to look
like a team sheet because everybody on my team has a job. Ummerton Council
Children's Services typed it up and everyone on the team has a copy.*

## Me

- **Name:** Reece Prendle
- **Age:** 10 (Year 5 at Ummerton Vale Primary)
- **Lives with:** my dad, Lee Prendle, at 6 Chandler Close
- **Plays:** left back for Ummerton Colts Under-11s
- **My plan is called:** a child protection plan (the grown-ups put "neglect" on the form)

## Why I have a plan (in my words)

"Dad drinks too much beer and vodka. One night in May he fell over in the kitchen and
wouldn't wake up properly, so I rang 999 and the ambulance came. Sometimes there's no
tea and I make toast. Dad says he's stopping and he's been going to a group."

Shona added: the police and ambulance came on 14 May 2025. Reece has been late for
school 11 times since Easter and missed four football training sessions. Lee has told
us he drank every day after losing his job in January. He started at Brightwater
Recovery on 2 June and says he has not had a drink since 9 June.

## How I feel and what I want

- "I like it best when Dad comes to my matches and shouts 'Go on, Reecey!'"
- "I get worried at night in case he falls again. I sleep with my door open so I can hear."
- "I want Dad to stop drinking for real, and I want to keep going to Grandad's on Fridays."
- On the feelings thermometer I put home at 6 out of 10 and Grandad's at 10.

## What we're aiming for (our goals)

- I always have a grown-up looking after me who hasn't been drinking.
- I get to training on Tuesdays and matches on Saturdays, and I'm at school on time every day.
- I don't have to look after Dad, and I can go to sleep without listening out for him.

## The team sheet

### 🧤 Goalkeeper – Dad (Lee Prendle)

- Dad won't drink any alcohol on the days he's looking after me (every day except Friday night), and he'll blow into the breathalyser every evening at 6pm and send the photo to Grandad – Shona looks at the photos on Grandad's phone when she visits.
- Dad will go to his group at Brightwater Recovery every Wednesday at 11am so he can stay off drink and look after me properly – Marcus sends Shona the attendance list at the end of every month.
- Dad will make my tea every night I'm at home and write what we had on the meal chart on the fridge – Shona checks the chart at every visit.

### 🛡️ Defender – Grandad (Ray Prendle)

- Grandad will pick me up from school on Tuesdays and Thursdays and take me to training on Tuesdays at 5pm – he signs the school's pick-up book and Coach Dan ticks me on the register.
- Grandad will have me at his house every Friday night until after my match on Saturday – he writes it on the calendar in his kitchen and Shona looks at it when she visits him each month.

### 🩹 Physio – Marcus Dell, Brightwater Recovery (Dad's alcohol worker)

- Marcus will see Dad every Wednesday and do a breath test, and before every grown-ups' team talk he'll write a report saying if Dad is really changing and what that means for me – Shona reads it out at the core group.
- Marcus will write a full assessment of whether Dad can stay off drink for good, and how long that might take, by 31 July 2025 – it goes to the core group and to the big review meeting.

### 🩺 Team doctor – Dr Priya Raman (Dad's GP, Ummerton Health Centre)

- Dr Raman will do Dad's liver blood tests by 11 July 2025 and write to Marcus and Shona with the results, so they know if Dad's body is getting better.

### 📋 Manager – Shona Bright (my social worker)

- Shona will visit me at home every 2 weeks and see me on my own at school once a month, and she'll write down what I say in her notes (I can read them if I want to).
- Shona will meet Dad and Grandad together every 4 weeks, on the same days as the team talks, to check the team sheet is still working – she writes a note of each meeting for my file.

### 🏫 Coach – Mr Dev Sandhu (the DSL at Ummerton Vale Primary)

- Mr Sandhu will check in with me every Monday morning and tell Shona the same day if I'm late, hungry or worried – he keeps a log and emails Shona every Monday.

### ⭐ Captain – Me (Reece)

- I'll keep my numbers card (Grandad, Shona, 999) in my PE bag and show it to Shona at every visit, so I always know who to ring.

## Plan B (if something goes wrong)

- If Dad has been drinking, won't wake up properly, or doesn't send his 6pm breathalyser photo, Grandad will come and get me straight away and I'll stay at his house. Grandad will ring Shona (or the out-of-hours social worker) that night, and Shona will have a strategy meeting with the police and my school the same day or first thing the next morning.
- If Grandad is poorly or away and can't pick me up on a Tuesday or Thursday, I'll go to After School Club at school until 5.30pm (Shona has booked me a back-up place) and Dad will collect me from there.
- If Grandad can't have me on a Friday night, Dad won't drink that night either and will send his 6pm breathalyser photo to Shona instead of Grandad.
- If Grandad can't come when Dad has been drinking, Shona or the out-of-hours social worker will come and make sure I have somewhere safe to sleep that night – with foster carers if there's no other safe grown-up.
- If Dad drinks when he's looking after me twice before the big review meeting, or Marcus's report says he isn't changing, Shona will ask her manager for a legal planning meeting. That's a meeting with the council's lawyers about what needs to happen next to keep me safe.

## When the team meets

- **Grown-ups' team talk (core group):** every 4 weeks at my school at 3.30pm – 10 July, 7 August and 4 September 2025. I go in for the first 10 minutes.
- **Big review meeting (review child protection conference):** 18 September 2025 at 10am, Ummerton Town Hall.

*Signed: Reece ✍️ · Lee Prendle (Dad) · Ray Prendle (Grandad) · Shona Bright (social worker), 1 July 2025*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. GIRFEC Child's Plan (child protection): Part A details, Part B My World
#    summary table, Part C the plan as a real Word multi-level list
#    (wellbeing indicator / outcome / lettered actions). Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_urrachmuir_girfec_childs_plan_multilevel_macinnes.pdf",
    "doc_title": "Child's Plan (Child Protection) - Morven and Callan MacInnes",
    "split": "heldout",
    "template": "girfec-childs-plan-cp-paged-part-a-details-part-b-my-world-two-column-summary-part-c-word-multilevel-indicator-outcome-lettered-actions",
    "description": (
        "Exemplary Scottish Child's Plan under child protection registration for an 8-year-old and a "
        "14-month-old (neglect, mother's anxiety and agoraphobia, baby's weight faltering). Named Persons "
        "and a Lead Professional; a My World summary; then a real Word multi-level list: wellbeing "
        "indicator, outcome, and lettered actions each naming who, when and how we will know. The "
        "psychologist reports on capacity to change, the GP owns an action, the contingency names an IRD "
        "and carers, core group and review planning meeting dates are set, and legal advice and a "
        "referral to the Children's Reporter follow insufficient progress."
    ),
    "header": "OFFICIAL-SENSITIVE | Urrachmuir Council Social Work Services | Child's Plan",
    "footer": "Child's Plan – Morven and Callan MacInnes – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Getting it right for every child in Urrachmuir. Agreed at the initial child protection planning "
              "meeting (CPPM) on 19/06/2025; Morven and Callan's names were placed on the child protection "
              "register under the concern of neglect."),
        ("h1", "Part A – About us"),
        ("kv", [
            ("Children", "Morven MacInnes, born 02/03/2017 (8), P4 at Glenbeag Primary; "
                         "Callan MacInnes, born 21/04/2024 (14 months), at home"),
            ("Lives with", "Kirsteen MacInnes (mum), 3 Ferry Brae, Glenbeag, Urrachmuir"),
            ("Dad", "Iain MacInnes lives in Aberlour Street, Urrachmuir, and sees the children every Sunday"),
            ("Named Person (Morven)", "Mrs Fiona Drummond, head teacher, Glenbeag Primary"),
            ("Named Person (Callan)", "Morag Fraser, health visitor, Glenbeag Health Centre"),
            ("Lead Professional", "Euan Stewart, social worker, Urrachmuir Children and Families (East)"),
            ("Chair of CPPM", "Catriona Lyall, Child Protection Reviewing Officer"),
        ]),
        ("h1", "Part B – My World"),
        ("h2", "What Morven says"),
        ("p", "Morven (seen on her own at school on 12/06/2025, using the three houses): in her house of good "
              "things she drew \"Mum's cuddles\", \"Callan laughing\" and \"Sundays at Dad's\". In her house of "
              "worries she wrote \"no milk for cereal\", \"Mum crying in the bathroom\" and \"being late and "
              "everyone looking\". In her house of dreams she drew herself at Brownies and her mum waiting at "
              "the school gate \"like the other mums\"."),
        ("h2", "What we see for Callan"),
        ("p", "Callan is a cheerful baby who crawls fast and pulls himself up on the sofa. He has dropped from the "
              "50th to the 9th centile since January. At visits he has been in the same nappy for long periods, "
              "eats crisps and toast from the floor, and reaches for Morven more than for his mum. He has not "
              "been out of the house on four of the last six visits."),
        ("h2", "Summary of wellbeing"),
        ("table", {
            "header": ["Wellbeing", "Where things are now"],
            "widths": [4.0, 13.0],
            "rows": [
                ["Safe", "Front room and stairs piled with bags and washing; little food in the house on 3 of 6 "
                         "visits; Callan has nowhere safe to play"],
                ["Healthy", "Callan's weight faltering; both children have missed dental and health visiting "
                            "appointments; Kirsteen's anxiety means she rarely leaves the house"],
                ["Achieving", "Morven's attendance 81% this year, 23 late marks"],
                ["Nurtured", "Kirsteen is loving and warm; Iain sees the children every Sunday and wants to "
                             "help more"],
                ["Respected", "Morven wants to be asked what she thinks and told what is happening"],
            ],
        }),
        ("h2", "Worries and strengths"),
        ("p", "Kirsteen has had anxiety with panic attacks since her teens, and since Callan's birth she has found "
              "it very hard to leave the house. Morven often takes herself to school and is late, and Callan's "
              "health appointments have been missed. Kirsteen told the CPPM: \"I know they need more than I'm "
              "giving them. I want to be able to walk Morven to school.\" She has accepted a referral to the "
              "Primary Care Mental Health Team and let the family support worker into the house every time."),
        ("h1", "Part C – The plan"),
        ("mlist", [
            (0, "SAFE"),
            (1, "Outcome: Morven and Callan live in a home that is clean, warm and safe, with food in the "
                "cupboards every day."),
            (2, "Euan Stewart (Lead Professional) will visit the home every week, at least once a fortnight "
                "unannounced, see Morven on her own and Callan awake, and record the kitchen, the children's "
                "rooms and the food in the house in his visit notes."),
            (2, "Kirsteen will clear the front room and the stairs by 25/07/2025, with help from Shona Kerr, so "
                "that Callan has a safe space to crawl; Euan will see this at his next visit and take photographs "
                "with Kirsteen's agreement."),
            (2, "Shona Kerr, family support worker, Urrachmuir Family Support Service, will do two sessions a week "
                "at home on shopping, meal planning and routines for 12 weeks from 30/06/2025, and will keep a "
                "session record and a weekly menu that Kirsteen fills in."),
            (0, "HEALTHY"),
            (1, "Outcome: Callan gains weight steadily and is back on the 25th centile by December 2025, and both "
                "children go to all their health appointments."),
            (2, "Morag Fraser (health visitor) will weigh Callan at home every two weeks, plot his weight in his "
                "red book and on the child health record, and email each weight to Euan the same week."),
            (2, "Kirsteen will take Callan to the paediatric dietitian on 15/07/2025 with Morag going along, and the "
                "dietitian's letter will be copied to Euan and the GP."),
            (2, "Dr Alasdair Niven, GP, Glenbeag Medical Practice, will tell Euan within 2 working days if either "
                "child misses a GP or hospital appointment, and will note each one on the practice's child "
                "protection register list."),
            (0, "NURTURED"),
            (1, "Outcome: Morven and Callan are cared for by a mum who can get out of the house to take them to "
                "school, nursery and appointments."),
            (2, "Dr Ruth Sinclair, clinical psychologist, Urrachmuir Primary Care Mental Health Team, will see "
                "Kirsteen weekly for 12 sessions of CBT from 02/07/2025, and will send a written report to each "
                "core group on how far Kirsteen can make and keep the changes Morven and Callan need, what "
                "steps are still needed and how long they are likely to take."),
            (2, "Kirsteen will walk Morven to school with Shona every Monday, Wednesday and Friday for four weeks "
                "from 30/06/2025 and then on her own every day; the school register and late book will show "
                "Morven arriving by 8.50am."),
            (2, "Iain MacInnes will have Morven and Callan at his flat every Sunday from 10am to 5pm and give them "
                "their lunch and tea, and will sign the contact diary that Euan reads at each visit."),
            (0, "ACHIEVING"),
            (1, "Outcome: Morven is at school every day on time and has activities and friends outside home."),
            (2, "Mrs Fiona Drummond (Named Person) will check Morven's registration every morning, phone Kirsteen "
                "by 9.30am if Morven is not in, and email Euan the week's attendance every Friday."),
            (2, "Shona Kerr will take Morven to Glenbeag Brownies every Thursday at 6pm until Kirsteen can take "
                "her, and the Brownie leader will sign Morven's attendance card."),
            (0, "RESPECTED"),
            (1, "Outcome: Morven knows what is happening and her views shape the plan."),
            (2, "Euan will see Morven on her own at school once a month and use the three houses so she can say "
                "what is better and what still worries her; her words will be written into every core group "
                "record."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Morven misses two days of school in a week with no reason, Callan's weight falls below the 9th "
              "centile, or Euan finds the children with no food or heating at home, Euan (or the out-of-hours "
              "social work service) will hold an inter-agency referral discussion (IRD) with police and health "
              "the same day. If Kirsteen cannot safely care for the children that day, Morven and Callan will "
              "stay with their dad, Iain, at his flat; if Iain cannot have them, they will stay together with "
              "approved foster carers that night."),
        ("p", "If the home conditions and Callan's weight have not improved by the core group on 28/08/2025, or "
              "Dr Sinclair's report says Kirsteen is unlikely to make the changes in time for the children, Euan "
              "will seek legal advice from Urrachmuir Legal Services and make a referral to the Children's "
              "Reporter within 5 working days."),
        ("h1", "Reviewing the plan"),
        ("p", "The core group meets every 4 weeks at Glenbeag Primary at 2pm: 03/07/2025, 31/07/2025 and "
              "28/08/2025. Review child protection planning meeting (review case conference): 11/09/2025, 10am, "
              "Urrachmuir Council Offices, Tolbooth Street."),
        ("p", "Plan written by Euan Stewart, Lead Professional, 23/06/2025, and shared with Kirsteen, Iain and "
              "all members of the core group."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Drug and alcohol service's contribution to a child protection plan:
#    memo header, typed 1 / 1.1 / a) numbering, items written as short
#    paragraphs (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_ulthorne_recovery_service_contribution_typed_outline_ridley.txt",
    "split": "heldout",
    "template": "drug-and-alcohol-service-contribution-to-cp-plan-memo-header-typed-numbered-sections-subsections-lettered-paragraph-items-relapse-section-txt",
    "description": (
        "A recovery worker's contribution to the child protection plan for a 3-year-old whose mother is on "
        "methadone and using crack cocaine. Typed 1 / 1.1 / a) numbering, each lettered item a short "
        "paragraph. Six of eight items are the mother's own treatment with no link to the child; the "
        "key-work measure is 'engagement', a SMART group place is 'to be offered' by nobody 'when she "
        "feels ready', BBV testing is 'ongoing'. Two of the goals are the mother's alone, nothing records "
        "the child's experience, the relapse plan only reviews and discusses, no review conference date "
        "and no legal step."
    ),
    "text": """\
ULTHORNE RECOVERY PARTNERSHIP
Drug and Alcohol Service - Family Recovery Team
Unit 4, Saltergate Yard, Ulthorne

CONTRIBUTION TO CHILD PROTECTION PLAN

To ........... Carla Fenn, Social Worker, Ulthorne Children's Social Care
               (Safeguarding Team West)
From ......... Sam Okonedo, Recovery Worker, Family Recovery Team
Date ......... 03/07/2025
Re ........... Danielle RIDLEY (31), 12 Lockkeeper's Row, Ulthorne
Child ........ Leah Ridley (3), CP plan since ICPC 29/05/2025 (neglect)
For .......... Core group 24/07/2025
Consent ...... Danielle has agreed to this information being shared with
               the core group (signed consent on file 02/06/2025)


1. BACKGROUND

Danielle has been known to the service on and off since 2016. She has used
heroin and crack cocaine and has been on a methadone script since 2019.
After a period of stability she began using crack again in early 2025,
about three times a week, and missed several pharmacy doses in April. She
has told me she used mainly in the evenings, and that Leah's father is not
involved. She has reduced her crack use since the conference and says she
has not injected since 2021.


2. CURRENT TREATMENT

2.1 Prescribing
    Methadone 60ml daily, supervised consumption at Cross Street Pharmacy,
    six days a week with one take-home dose on Sundays.

2.2 Testing
    Urine drug screens in June: 2 of 3 positive for cocaine, all positive
    for methadone, all negative for heroin and benzodiazepines.

2.3 Attendance
    Danielle attended 5 of 6 appointments in June.


3. RISKS

Overdose risk if Danielle uses crack with other sedating drugs or after a
break in her script. Risk of debt to dealers. Risk of methadone being
within reach in the home (lockbox supplied 05/06/2025).


4. GOALS AGREED WITH DANIELLE

4.1 Danielle to be stable on her methadone script with no illicit drug use.
4.2 Danielle to stop using crack cocaine completely by the end of the year.
4.3 Leah to be cared for by a parent who is not under the influence of
    drugs.


5. OUR PART OF THE PLAN

5.1 Prescribing and testing

    a) Dr Helen Osei (prescriber) will review Danielle's methadone dose
       every 4 weeks and continue daily supervised consumption at Cross
       Street Pharmacy. The pharmacy will tell us of any missed dose on the
       same day and we will record it on her treatment record.

    b) Sam Okonedo will take a urine drug screen at every key-work
       appointment, and the results will be sent to Carla Fenn once a
       month.

5.2 Key work and harm reduction

    c) Sam Okonedo (recovery worker) will continue fortnightly key-work
       sessions with Danielle focusing on relapse prevention and cutting
       down her crack use. Progress will be monitored through her
       engagement.

    d) Danielle to be offered a place on the SMART Recovery mutual aid
       group when she feels ready.

    e) Our nurse, Gail Amos, will complete blood-borne virus testing and
       the hepatitis B vaccination course with Danielle (timescale:
       ongoing). Test results and vaccination dates will be recorded on
       her treatment record and shared with her GP.

    f) Sam Okonedo will give Danielle a naloxone kit and show her and her
       mother, Brenda Ridley, how to use it by 18/07/2025; the training
       will be recorded on the Ulthorne system and a copy sent to Carla.

5.3 Leah

    g) Sam Okonedo will check at each home visit (every 4 weeks) that
       Danielle's methadone is kept in the lockbox out of Leah's reach,
       and will record that he has seen the locked box.

    h) Sam Okonedo will send Carla a written report before each core
       group on whether Danielle's drug use is changing and what that
       means for her care of Leah, with the drug screen results attached.


6. RELAPSE / CONTINGENCY

If Danielle's drug screens show increased crack use, or she misses two
pharmacy doses in a row, we will review her treatment plan with her and
discuss our concerns with Carla Fenn.


7. REVIEW

This contribution will be updated before each core group.


Sam Okonedo
Recovery Worker, Family Recovery Team
Ulthorne Recovery Partnership - 01632 960 871
""",
    "findings": [
        F("M002", "continue fortnightly key-work sessions with Danielle focusing on relapse prevention"),
        F("W001", "Danielle to be offered a place on the SMART Recovery"),
        F("T002", "Danielle to be offered a place on the SMART Recovery"),
        F("M001", "Danielle to be offered a place on the SMART Recovery"),
        F("T002", "will complete blood-borne virus testing and the hepatitis B"),
        F("F001"),
        F("F002", "Danielle to be stable on her methadone script with no illicit drug use."),
        F("F002", "Danielle to stop using crack cocaine completely by the end of the year."),
        F("F003"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
