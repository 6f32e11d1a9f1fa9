"""Batch 16, module 1: seven fictional plans (held-out test set).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan: a lead / support letter matrix across the agencies
#    (L = leads, S = supports), landscape docx. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_jolvercote_lead_support_matrix_prebirth_ashworth.docx",
    "doc_title": "Pre-birth child protection plan - Baby Ashworth",
    "split": "heldout",
    "template": "prebirth-lead-support-letter-matrix-landscape",
    "description": (
        "Exemplary pre-birth plan (mother's EUPD and self-harm history, father's past cannabis use) in a "
        "landscape matrix: one column per agency or person marked L (leads) or S (supports), then By when "
        "and How we will know. Perinatal team asked for a capacity-to-change report, GP and drug service own "
        "rows, aunt's night support covered in a specific contingency, core group and review dates, PLO step."
    ),
    "landscape": True,
    "font_size": 9.5,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Jolvercote Borough Council · Children's Services · Safeguarding and Family Support (South)"),
        ("kv", [
            ("Unborn baby", "Baby Ashworth (a girl), due 09/06/2025"),
            ("Mother", "Chloe Ashworth (22), 14 Larch Close, Jolvercote"),
            ("Father", "Ryan Tully (25), lives with Chloe"),
            ("Conference", "Pre-birth initial child protection conference, 27/03/2025 (chair: Bernadette Hale, IRO)"),
            ("Category", "Neglect (likely significant harm)"),
            ("Social worker", "Priya Nandra, South Safeguarding Team"),
        ]),
        ("h1", "Why the conference was worried"),
        ("p", "Chloe was diagnosed with emotionally unstable personality disorder in 2021 and has a history of "
              "cutting herself when she is distressed. The last time was in November 2024, when she was 12 weeks "
              "pregnant and went to A&E. She takes sertraline and has been under the Jolvercote perinatal mental "
              "health team since December. Ryan smoked cannabis every day until January 2025; he says he has "
              "stopped. Chloe and Ryan argue when Chloe is distressed, and neighbours called the police once in "
              "February. A newborn would depend completely on her parents noticing and meeting her needs at night, "
              "when Chloe's distress has usually been worst."),
        ("h1", "What is going well"),
        ("p", "Chloe has gone to every antenatal appointment and every perinatal appointment since December. "
              "She rang the perinatal duty line herself on 2 March when she had thoughts of self-harm, and used "
              "the distraction box her CPN made with her. Ryan has had two negative drug screens. Chloe's older "
              "sister, Sophie Ashworth, lives five minutes away, has two children of her own who are doing well, "
              "and has offered to stay at the flat for the first two weeks after the birth."),
        ("h1", "The baby's world so far"),
        ("p", "At the 20-week scan the baby was growing well. On my visits on 4 and 18 March the flat was warm and "
              "tidy, a Moses basket was set up beside Chloe's side of the bed and there was no smell of cannabis. "
              "Chloe talks to the bump, plays it music and has chosen the name Isla. On 18 March Chloe had slept "
              "very little for two nights and the flat was quiet and tense; Ryan said he had been \"walking on "
              "eggshells\". This is the world the baby will be born into: loving, but unsettled when Chloe is "
              "struggling, and the baby will need the adults around her to notice early."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born into a home where a calm, sober adult is always awake and able to feed, settle and "
            "protect her, day and night.",
            "The baby sleeps on her back in her Moses basket, is fed every 3–4 hours and gains weight along her "
            "centile at every weigh.",
            "The baby is never left alone with a parent who is in crisis or has used cannabis.",
        ]),
        ("h1", "Who does what"),
        ("p", "L = leads the action and is responsible for it being done (one lead on every row). S = supports. "
              "SW = Priya Nandra, social worker. MW = Jo Kettle, safeguarding midwife, Jolvercote General. "
              "HV = Amira Saleh, health visitor. PMHT = Jolvercote perinatal mental health team (Dr Owen Pryor, "
              "consultant perinatal psychiatrist; Leanne Marsh, CPN). GP = Dr Ruth Fenwick, Millbrook Surgery. "
              "DAS = Kel Hughes, Jolvercote Drug and Alcohol Service. Mum = Chloe. Dad = Ryan. "
              "MA = Sophie Ashworth, maternal aunt."),
        ("table", {
            "header": ["What needs to happen", "SW", "MW", "HV", "PMHT", "GP", "DAS", "Mum", "Dad", "MA",
                       "By when", "How we will know"],
            "widths": [5.1, 1.3, 1.3, 1.3, 1.6, 1.3, 1.3, 1.3, 1.3, 1.3, 3.5, 5.1],
            "rows": [
                ["See Chloe in pregnancy, agree a written crisis and relapse plan with her, and assess her "
                 "capacity to make and keep the changes the baby needs, with the likely timescale",
                 "S", "", "", "L", "S", "", "S", "", "",
                 "Every 2 weeks; crisis plan by 30/04/2025; report by 16/05/2025 (34 weeks)",
                 "Crisis plan signed and copied to SW, MW, HV, GP, Ryan and Sophie; written capacity-to-change "
                 "report shared with the core group on 16/05/2025"],
                ["Review Chloe's sertraline for late pregnancy and breastfeeding the baby, and prescribe it in "
                 "7-day amounts",
                 "", "", "", "S", "L", "", "S", "", "",
                 "Review by 11/04/2025; weekly prescriptions until the baby is 12 weeks old",
                 "Review letter to the PMHT and SW; pharmacy record shows every weekly collection"],
                ["Urine drug screens for Ryan and a written view on his cannabis use and risk of relapse once "
                 "the baby is home",
                 "S", "", "", "", "", "L", "", "S", "",
                 "Fortnightly from 07/04/2025 until the baby is 3 months old",
                 "Screen results and a written update to every core group; all screens negative"],
                ["Write the birth and discharge plan, including who stays with Chloe and the baby on the ward "
                 "and the checks before they go home",
                 "S", "L", "S", "S", "", "", "S", "S", "",
                 "By 36 weeks (19/05/2025)",
                 "Signed plan on the maternity record, copied to the SW and the emergency duty team"],
                ["Antenatal home visit on safe sleep, feeding and coping with crying, then the new birth visit",
                 "", "", "L", "", "", "", "S", "S", "",
                 "Antenatal visit by 02/05/2025; new birth visit on day 10–14",
                 "Safe sleep checklist signed by both parents; baby weighed and weight plotted at the new birth visit"],
                ["Visit Chloe and Ryan at home, speak to each of them alone and check the baby's sleeping space; "
                 "after the birth, see the baby awake and undressed",
                 "L", "", "", "", "", "", "S", "S", "",
                 "Every 2 weeks until the birth, then weekly until the review conference",
                 "Visit records show each parent seen alone, the Moses basket ready by 36 weeks and the baby seen "
                 "at every visit"],
                ["Go to every antenatal appointment and tell the midwife how she is feeling about the birth",
                 "", "S", "", "", "", "", "L", "", "",
                 "Every appointment (next 10/04/2025)",
                 "Maternity record shows every appointment attended and Chloe's mood score recorded"],
                ["Go to the six-session Dads and Babies course at Westgate Family Hub",
                 "", "", "S", "", "", "", "", "L", "",
                 "Tuesday evenings from 15/04/2025 (6 weeks)",
                 "Attendance certificate and the facilitator's note to the SW"],
                ["Ring the SW or the PMHT duty line if Chloe has not slept for two nights, talks about harming "
                 "herself or misses her medication",
                 "S", "", "", "S", "", "", "", "L", "S",
                 "The same day",
                 "Calls logged on the SW's case record with the time and what happened next"],
                ["Stay overnight at the flat and do the night feeds with Chloe",
                 "S", "", "S", "", "", "", "S", "", "L",
                 "Every night for the first 14 nights after discharge",
                 "Night-feed chart on the fridge, checked by the HV and SW at each visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chloe harms herself, stops her medication or goes two nights without sleep, if the PMHT see early "
              "signs of relapse, or if Ryan has a positive screen or is found to have used cannabis while caring "
              "for the baby, the SW (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day. The baby will not be left in the sole care of the parent concerned: Sophie will move in "
              "full time, or Chloe and the baby will be offered an admission to the Harbour Ward mother and baby "
              "unit. If Sophie cannot stay, falls ill or the arrangement breaks down, the baby will be placed with "
              "approved Jolvercote foster carers the same day (a parent and child placement will be looked at), "
              "and the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Meetings and reviews"),
        ("bullets", [
            "Core group: every 4 weeks – 10/04/2025, 08/05/2025 and 05/06/2025 at Westgate Family Hub, then within "
            "10 working days of the birth.",
            "Review child protection conference: 26/06/2025 at 10am, Jolvercote Civic Offices.",
            "If the PMHT report on 16/05/2025 says Chloe cannot make the changes needed in the baby's timescale, "
            "or Ryan has two positive screens, the team manager will hold a legal planning meeting before 36 "
            "weeks to decide on pre-proceedings (PLO).",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Child in need stepped up to child protection: actions set out on a
#    timeline, the first "When" column merged down each phase (PDF with a
#    header and page footer on every page)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_jennerby_timeline_merged_when_stepup_bramhall.pdf",
    "doc_title": "Child protection plan - Demi and Kayden Bramhall",
    "split": "heldout",
    "template": "cin-stepup-timeline-merged-when-first-column-paged",
    "description": (
        "CP plan for two children stepped up from a CIN plan (mother's drinking and anxiety). Actions sit on a "
        "timeline: the first 'When' column is merged down each phase ('First two weeks (by 28/04/2025)' ... "
        "'Throughout the plan'). Two rows under 'Throughout the plan' have no other timescale; a talking-therapy "
        "support-only row, a blank Who, a blank measure, a 'Family network' row, an adult outcome; grandad's "
        "help not covered by the contingency, and no legal step."
    ),
    "header": "OFFICIAL – SENSITIVE | Jennerby Council Children's Services | Ref JEN-CP-25-0931",
    "footer": "Child protection plan – Demi and Kayden Bramhall – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Stepped up from a child in need plan at the initial child protection conference on 14/04/2025."),
        ("kv", [
            ("Children", "Demi Bramhall (11), Year 6, Jennerby Park Primary; Kayden Bramhall (4), Little Owls Nursery"),
            ("Mother", "Tracy Bramhall (34)"),
            ("Father", "Shaun Price – no contact with the children since 2022"),
            ("Category", "Neglect"),
            ("Social worker", "Marcus Ilori, Family Support and Safeguarding Team B"),
            ("Conference chair", "Helen Voss, Independent Reviewing Officer"),
        ]),
        ("h1", "Why we moved from a child in need plan"),
        ("p", "Demi and Kayden have had a child in need plan since September 2024 because of Tracy's drinking and "
              "the state of the home. It has not made enough difference. Since January Demi has been late or absent "
              "on 19 days, Demi (aged 11) has collected Kayden from nursery on six occasions, and on 2 April the "
              "police found Tracy asleep and smelling of alcohol at 4pm with Kayden alone in the garden. Tracy has "
              "had anxiety and panic attacks for many years and says she drinks to calm them. Tracy's father, Len "
              "Bramhall, lives on the same estate and has been helping more since March."),
        ("h1", "What the children say"),
        ("p", "Demi (seen on her own at school, 8 April): \"I don't mind getting Kayden, but sometimes I'm scared "
              "Mum won't wake up.\" The best days are when \"Grandad does tea and we do homework at his\". She "
              "wants \"Mum to stop the wine and come to my leavers' assembly\". Kayden showed me his bedroom and "
              "told me he was \"hungry for toast\"; nursery say he often arrives without breakfast and eats "
              "everything at snack time."),
        ("h1", "What needs to be different for Demi and Kayden"),
        ("bullets", [
            "Demi and Kayden are looked after every day by an adult who is sober, awake and knows where they are.",
            "Kayden is collected from nursery by a sober adult every day, and never by Demi.",
            "Demi gets to school on time, is not worrying about her mum in class, and is ready for secondary "
            "school in September.",
            "Tracy will have cut down her drinking and feel more confident as a parent.",
        ]),
        ("pagebreak",),
        ("h1", "The plan, phase by phase"),
        ("table", {
            "header": ["When", "What will happen", "Who", "How we'll know it's working"],
            "widths": [2.8, 6.4, 3.4, 4.4],
            "rows": [
                ["First two weeks\n(by 28/04/2025)",
                 "Alcohol assessment with Tracy, including a breath test at each appointment and a view on what "
                 "she needs in order to stop drinking during the day",
                 "Jennerby Recovery Service (Abby Kerr)",
                 "Assessment report and breath test results sent to the SW and shared at the first core group"],
                [V,
                 "Agree in writing who collects Kayden from nursery each day, and give nursery the names and "
                 "photos of the adults allowed to collect him",
                 "Tracy, with SW Marcus Ilori",
                 "Signed collection list held by nursery; nursery log shows no collection by Demi"],
                [V,
                 "Home visit to see both children, their bedrooms and the kitchen, and talk to Demi on her own",
                 "SW Marcus Ilori",
                 "Visit record shows Demi seen alone and food in the house"],
                ["Weeks 3 to 6\n(by 26/05/2025)",
                 "Six sessions of guided self-help for Tracy's anxiety and panic attacks",
                 "Jennerby Minds Matter (talking therapies) practitioner",
                 "Sessions attended"],
                [V,
                 "Routines and home conditions work at home: getting up, meals and bedtime",
                 "Family support worker Leanne Carr",
                 ""],
                [V,
                 "Start Demi's transition support for secondary school, including a visit to Jennerby Academy "
                 "with a trusted adult",
                 "",
                 "Transition plan agreed with Jennerby Academy; Demi has had her visit"],
                ["Weeks 7 to 12\n(by 07/07/2025)",
                 "Parenting assessment of Tracy, focused on whether she can keep the children safe and fed when "
                 "she is anxious or stressed",
                 "SW Marcus Ilori",
                 "Written parenting assessment shared with the core group and the review conference"],
                [V,
                 "Repeat the alcohol assessment and say whether Tracy's drinking has changed enough for the children",
                 "Jennerby Recovery Service (Abby Kerr)",
                 "Written update with breath test results to the review conference"],
                ["Throughout the plan",
                 "Visit Demi and Kayden at home every 10 working days, at least one visit in three unannounced, "
                 "and see Demi on her own",
                 "SW Marcus Ilori",
                 "Visit records show both children seen and Demi seen alone"],
                [V,
                 "Have the children for tea on Tuesdays and Thursdays and help Demi with her homework",
                 "Grandad (Len Bramhall)",
                 "Demi's homework diary signed by Grandad"],
                [V,
                 "Extra help with childcare for Tracy, so that the children are always with a sober adult",
                 "Family network",
                 "Keep an eye on things at home"],
                [V,
                 "Check Kayden's weight, height and development and share any concerns with the SW",
                 "HV Nasreen Aziz",
                 "Measurements plotted in the red book and copied to the SW"],
                [V,
                 "Ring the SW the same day if either child arrives late, hungry or saying Mum is poorly",
                 "Mrs Oakes (DSL, Jennerby Park Primary) and Jo Pike (Little Owls Nursery)",
                 "Calls logged on the children's records with the time and what was done"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Tracy is found under the influence of alcohol while she is the only adult caring for the children, "
              "or Kayden is not collected from nursery by an adult on the list, the nursery or school will ring the "
              "SW (or the emergency duty team after 5pm) straight away. The SW will visit the same day and the "
              "children will go to stay with Grandad Len until a strategy discussion has been held within 24 hours. "
              "The case will then be discussed with the team manager."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 24/04/2025, 22/05/2025 and 19/06/2025, 9.30am at Jennerby Park Primary.",
            "Review child protection conference: 10/07/2025 at 1.30pm, Jennerby Civic Centre.",
        ]),
        ("p", "Plan written by Marcus Ilori (SW) and agreed with Tracy on 16/04/2025."),
    ],
    "findings": [
        F("F002", "Tracy will have cut down her drinking and feel more confident as a parent."),
        F("H001", "Six sessions of guided self-help for Tracy's anxiety and panic attacks"),
        F("M001", "Routines and home conditions work at home"),
        F("W001", "Start Demi's transition support for secondary school"),
        F("W002", "Extra help with childcare for Tracy"),
        F("T002", "Extra help with childcare for Tracy"),
        F("M002", "Extra help with childcare for Tracy"),
        F("T002", "Check Kayden's weight, height and development"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes typed by business support: attendees by initials,
#    action tracker blocks owned by initials (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_juxley_core_group_initials_tracker_pryce.txt",
    "split": "heldout",
    "template": "core-group-minutes-initials-tracker-blocks-txt",
    "description": (
        "Second core group minutes for two children (domestic abuse, mother's low mood, family planning a move "
        "to another council). Attendees are listed with initials and the action tracker gives owners as "
        "initials. 'asap', a primary care mental health group with no capacity assessment, a blank evidence "
        "line, 'ALL', 'monitored', a referral put on hold for the new authority; an adult outcome and "
        "grandmother's support not covered by the contingency."
    ),
    "text": """\
JUXLEY BOROUGH COUNCIL - CHILDREN AND FAMILIES
CORE GROUP MEETING - NOTES AND ACTIONS

Children:     Ruby PRYCE (6)   DOB 19/02/2019   St Aidan's Infants, Year 1
              Alfie PRYCE (2)  DOB 07/08/2022   at home
Plan:         Child protection - emotional abuse (ICPC 10/04/2025)
Meeting:      2nd core group
Date/time:    22/05/2025, 10.00 - 11.30
Venue:        Juxley Family Hub, Room 3
Minutes:      Dee Hartley (Business Support)

ATTENDANCE
  KB   Kerry Bannister   Social Worker, Safeguarding Team 1 (chair)
  MP   Megan Pryce       Mum
  HW   Helen Wragg       Health Visitor, Juxley 0-19 Service
  SF   Sam Fitton        DSL, St Aidan's Infants
  LD   Lorna Dean        Primary Care Mental Health Nurse, Oakbank Surgery
  TA   Tasha Akinola     IDVA, Juxley Domestic Abuse Service
  GE   Gwen Ellis        Maternal grandmother
Apologies: PC Lee Marsh (Juxley Police, DA Unit) - update sent by email.
Jason Pryce (father) not invited - bail conditions (no contact with Megan).

1. WELCOME AND CONFIDENTIALITY
KB welcomed everyone and explained that the notes are shared with the
core group only. Megan was offered the chance to speak first.

2. WHAT RUBY AND ALFIE ARE TELLING US
KB saw Ruby on her own at school on 15/05. Ruby said she "likes it quiet
now Daddy's not there" but misses him "doing the voices at bedtime
stories". She drew her house with Mummy, Alfie and Nana Gwen in it and
said she gets a "tummy ache" when Mummy cries. She said she would like
"a fish for my room". SF said Ruby is more settled in class but goes
very quiet after weekends.
HW saw Alfie at home on 12/05. He was babbling and climbing happily, but
startled and ran to Megan when a car door slammed outside. He has about
15 words; HW would expect more at his age.

3. UPDATES
MP: Megan said she feels "on edge" most days and is sleeping badly. Her
GP started her on sertraline in April for low mood. She has been offered
a two-bedroom flat in Haverleigh, near her cousin, and may move over the
summer holidays. She wants a fresh start away from Jason's family.
HW: Alfie's development review is overdue - missed in March.
SF: Ruby's attendance is 91%. She has a hearing screening letter from
the school nurse team (failed left ear) that has not been followed up.
LD: Megan seen twice. She has been offered a place on the Bounce Back
group, which starts in June.
TA: Safety planning going well. Jason's bail conditions end on 30/06
unless he is charged before then. Megan knows how to call 999 and has
a doorbell camera fitted.
Police (by email): Jason interviewed 14/05; file with CPS.
GE: Gwen collects Ruby on Mon/Wed/Fri and has both children on Saturday
nights so that Megan can rest. She is worried about Megan moving away.
KB: Haverleigh have not yet been told about the possible move.

4. PROGRESS AGAINST THE PLAN OUTCOMES (agreed at ICPC)
  1. Ruby and Alfie live in a home free from shouting, hitting and fear.
     - Some progress: no incidents since Jason left on 02/04.
  2. Ruby feels safe enough to sleep through the night and to talk to
     her teacher about her worries. - Some progress.
  3. Alfie's speech and his reactions to loud noises are checked and he
     gets help if he needs it. - Not yet started.
  4. Megan feels less anxious and more in control. - No change.

5. CONTINGENCY (reviewed - no change)
If Jason comes to the house, contacts Megan or approaches the children in
breach of his bail conditions, Megan will ring 999 and the police will
attend; KB will hold a strategy discussion the same day. If Megan lets
Jason back into the home, KB will ask the team manager for a legal
planning meeting within 5 working days.

6. ACTION TRACKER
(Owner = initials above; ALL = everyone at the meeting.)

CG2-01  Visit Ruby and Alfie at home, seeing Ruby on her own
        Owner: KB    Due: every 2 weeks (next 05/06/2025)
        Evidence: visit records show Ruby seen alone at each visit

CG2-02  Book Ruby's hearing test following the school screening
        Owner: MP    Due: asap
        Evidence: appointment letter shared with HW

CG2-03  Six-week Bounce Back group for Megan re low mood
        Owner: LD    Due: weekly from 03/06/2025
        Evidence: attendance - LD to confirm to KB

CG2-04  Safety planning sessions with Megan, including what to do if
        Jason turns up at the house or at Ruby's school
        Owner: TA    Due: fortnightly until 30/06/2025
        Evidence: written safety plan copied to KB and SF

CG2-05  Look at Alfie's speech and his startling at loud voices at
        his development review
        Owner: HW    Due: by 20/06/2025
        Evidence: -

CG2-06  Share any worries about Ruby or Alfie with KB
        Owner: ALL   Due: same day
        Evidence: logged on the children's case file

CG2-07  Pick Ruby up from school Mon/Wed/Fri and have both children
        overnight on Saturdays
        Owner: GE    Due: Mon/Wed/Fri and every Saturday
        Evidence: pick-up book at school signed by GE

CG2-08  Keep an eye on Ruby's mood in class and tell KB about changes
        Owner: SF    Due: daily
        Evidence: monitored in class

CG2-09  Referral to the Freedom Programme for Megan (Haverleigh to
        pick up)
        Owner: KB    Due: TBC - on hold pending transfer to Haverleigh
        Evidence: -

CG2-10  Write to Haverleigh Children's Services about the planned move
        and ask for a transfer-in conference date
        Owner: KB    Due: by 06/06/2025
        Evidence: letter on file; Haverleigh's reply with a date

CG2-11  Stay at Megan's on weeknights once Jason's bail conditions end,
        so there is a second adult in the house at night
        Owner: GE    Due: from 30/06/2025 until the review conference
        Evidence: Gwen's nights marked on the kitchen calendar, seen
                  by KB at each visit

CG2-12  Tell KB and SF if Jason's bail conditions change or he is
        charged
        Owner: PC Lee Marsh (DA Unit)    Due: same day
        Evidence: email to KB logged on the case file

7. NEXT MEETINGS
Next core group:  19/06/2025, 10am, Juxley Family Hub (then every 4 weeks)
Review child protection conference:  03/07/2025, 1.30pm, Juxley Town Hall

Notes typed 23/05/2025 DH. Please send any corrections to KB by 30/05/2025.
""",
    "findings": [
        F("T002", "Book Ruby's hearing test following the school screening"),
        F("H001", "Six-week Bounce Back group for Megan re low mood"),
        F("M001", "Look at Alfie's speech and his startling at loud voices"),
        F("W002", "Share any worries about Ruby or Alfie with KB"),
        F("M002", "Keep an eye on Ruby's mood in class"),
        F("X001", "Referral to the Freedom Programme for Megan"),
        F("T002", "Referral to the Freedom Programme for Megan"),
        F("M001", "Referral to the Freedom Programme for Megan"),
        F("F002", "Megan feels less anxious and more in control."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child-friendly plan built on the "three houses" tool, then the grown-ups'
#    table (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_jolsworth_three_houses_my_plan_kerrigan.md",
    "split": "heldout",
    "template": "child-friendly-three-houses-then-grown-ups-table-md",
    "description": (
        "Exemplary child-friendly CP plan for a 9-year-old (father's relapse into drinking) built on the "
        "three houses tool (worries, good things, dreams) in her words, then the goals and a 'What the "
        "grown-ups will do' table with named people, real timescales and observable checks; the recovery "
        "service and GP own actions, nana's help is covered if she cannot do it, core group and review "
        "dates, and a legal planning meeting named."
    ),
    "text": """\
# Mila's plan

**Made with Mila Kerrigan (age 9) and her dad, Dean Kerrigan, on 3 June 2025**

Jolsworth Council Children's Services · Child protection plan (neglect), agreed at the child protection conference on 29 May 2025 · Written by Kerry Osei, Mila's social worker

> Mila, this is your plan. It says what the grown-ups are going to do so that you can stay safe and happy at home with Dad, and when we will check that it is working. You chose the three houses, so we have used them. The words in speech marks are yours.

## My house of worries

- "When Dad drinks beer he falls asleep on the sofa and I can't wake him up."
- "Sometimes there is no tea so I have cereal."
- "I worry Dad will fall over again and go to hospital."

**What the grown-ups are worried about:** Dean had been sober for 18 months, but started drinking again in February. Twice Mila came to school with no lunch, and on 21 February she walked home alone at 5pm because nobody collected her; Dean was at home and drunk. On 9 February Dean went to A&E after falling while drunk, and Mila was at home.

## My house of good things

- "Dad makes the best pancakes on Saturdays."
- "Nana Sue picks me up on Wednesdays and Fridays and we go to the park."
- "I'm in the netball team and I'm goal attack."

**What the grown-ups think is going well:** Dean has gone to the Jolsworth Recovery Partnership every week since March, and his breath tests since 17 March have all been clear. Mila's attendance is 97%. Nana Sue (Dean's mum) lives two streets away and Mila trusts her.

## My house of dreams

- "I want to stay living with Dad."
- "I want Dad to be awake and OK when I get home, and tea on the table."
- "I want to go on the school trip to the seaside in July."

## What we want for Mila

These are the goals of the plan.

1. Mila lives with a dad who is sober and awake whenever he is looking after her.
2. Mila has a cooked tea every evening and a packed lunch or school dinner every day.
3. Mila is always collected from school by a sober adult on her list, and never walks home alone.
4. Mila knows who she can talk to if she is worried about Dad, and she uses it.

## What the grown-ups will do

| What will happen | Who | When | How we will know |
|---|---|---|---|
| Visit Mila at home, see her room and the kitchen, and talk to her on her own | Kerry Osei (social worker) | Every 2 weeks; one visit a month after school without telling Dad first | Kerry's visit notes show Mila seen on her own, what she said, and food in the kitchen |
| Breath test Dean at every appointment and write to Kerry about his drinking and whether he is keeping the changes going | Shaz Malik, Jolsworth Recovery Partnership | Appointments every week; written update before each core group | Breath test results and a written update at each core group saying whether Dean is staying sober |
| Review Dean's medicine for alcohol cravings and tell Kerry if he stops collecting it | Dr Anita Bell (Dean's GP) | Every 4 weeks | Prescription record checked; letter to Kerry within 2 days of a missed collection |
| Collect Mila from school, sober and on time | Dean (Dad) | Every Monday, Tuesday and Thursday by 3.15pm | School pick-up book shows Dean there on time each day |
| Collect Mila from school and give her tea at Nana's | Nana Sue (Susan Kerrigan) | Every Wednesday and Friday | School pick-up book signed by Nana Sue |
| Plan a weekly tea menu and shopping list with Dean and cook one tea together with Mila | Amy Ford (family support worker) | Once a week for 8 weeks from 10 June 2025 | Menu on the fridge each week; Mila tells Kerry what she had for tea |
| Check in with Mila every Monday morning and give her a worry card she can hand in any time | Mrs Patel (class teacher), with Mr Hughes (DSL) | Every Monday; worry card from 9 June 2025 | School log shows a check-in each Monday; anything Mila says goes to Kerry the same day |
| Ring Kerry if Dean is late collecting Mila, smells of alcohol, or Mila comes in without lunch | Mr Hughes (DSL, Jolsworth Juniors) | The same day | Call logged on Mila's school record and on Kerry's case notes |
| Check Mila's height, weight and teeth and make sure she has a dentist | Gemma Lowe (school nurse) | By 30 June 2025 | Measurements shared with Kerry; dental check attended |

## If things go wrong

If Dean drinks alcohol while he is looking after Mila, or is late to collect her and cannot be reached, school will ring Kerry (or the emergency duty team after 5pm) straight away. Mila will go to Nana Sue's that same night and stay there until Kerry and her manager have held a strategy discussion, by the next working day. If Nana Sue is not well enough or cannot have Mila, Mila will stay with Auntie Jo (Joanne Reid), who was checked and agreed at the conference; if neither of them can, Mila will stay with Jolsworth foster carers that night. If Dean drinks while caring for Mila, Kerry will also ask for a legal planning meeting with the council's lawyers within 5 working days.

## When the grown-ups will check the plan

- The core group (Dad, Kerry, school, Shaz, Amy and Nana Sue) meets every 4 weeks: 12 June, 10 July and 7 August 2025, at school after home time.
- The review child protection conference (the big meeting) is on 28 August 2025 at 10am. Mila can come for the first part or send her views with Kerry.
- If Dean is not staying sober, or Mila is still missing meals, by the core group on 10 July, Kerry will ask for a legal planning meeting.

Kerry's phone number: 01632 960 774. Mila can ring it too.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety: one block per danger statement (danger statement,
#    safety goal, then a rule table), safety network, scaling and bottom
#    lines (PDF with a header and page footer on every page)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_jethrowick_danger_statement_blocks_noakes.pdf",
    "doc_title": "Signs of Safety child protection plan - Harper and Leo Noakes",
    "split": "heldout",
    "template": "sos-danger-statement-blocks-goal-rule-tables-bottom-lines-paged",
    "description": (
        "Signs of Safety CP plan for two young children (father's violence and cannabis use) set out as one "
        "block per danger statement: statement, safety goal, then a Rule/action | Who | When | How we'll check "
        "table. 'As and when' twice, 'Safety network' owner with 'Monitored', a blank Who and a blank check; "
        "the father's drug service is his own action only (no adult service owns one); vague contingency that "
        "ignores the relatives' supervision; legal step in 'Bottom lines'."
    ),
    "header": "OFFICIAL-SENSITIVE | Jethrowick Children's Services | Signs of Safety CP plan",
    "footer": "Harper and Leo Noakes – plan dated 16/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Signs of Safety"),
        ("kv", [
            ("Children", "Harper Noakes (5), Reception, Brook Lane Primary; Leo Noakes (20 months), Puddleducks Nursery"),
            ("Mother", "Jade Noakes (24)"),
            ("Father", "Connor Reilly (27), staying with his brother since 29/05/2025"),
            ("Conference", "Initial child protection conference, 12/06/2025"),
            ("Category", "Physical abuse"),
            ("Social worker", "Ellis Grant, Jethrowick Assessment and Safeguarding Team"),
        ]),
        ("h1", "What the children are telling us"),
        ("p", "Harper did the three houses with me at school on 10 June. In her house of worries she drew Daddy "
              "\"shouting and throwing the remote\" and said \"I hide under my bed with Leo's teddy\". In her house "
              "of good things she put Nan, her bike and \"Mummy's cuddles\". In her house of dreams she wants "
              "\"Daddy to come to my birthday but not be shouty\". Leo is too young to tell us; at nursery he "
              "clings to his key worker when he hears men's raised voices, and he has started biting other "
              "children."),
        ("h1", "Danger statement 1 – fighting at home"),
        ("p", "Children's Services, the police and the nursery are worried that Harper and Leo could be badly hurt, "
              "or so frightened that it affects how they grow and learn, if Connor uses cannabis, becomes angry and "
              "is violent to Jade when the children are there, as happened on 28 May 2025 when Connor pushed Jade "
              "over while she was holding Leo."),
        ("boldp", "Safety goal 1"),
        ("p", "Everyone who knows Harper and Leo, including Nan Trish and Auntie Kim, will see over the next 12 "
              "months that whenever Connor sees the children he is sober and calm, that there is no shouting, "
              "pushing or hitting where the children are, and that Harper can tell her teacher she feels safe at "
              "home."),
        ("boldp", "What needs to happen to meet safety goal 1"),
        ("table", {
            "header": ["Rule / action", "Who", "When", "How we'll check"],
            "widths": [6.4, 3.6, 3.0, 4.0],
            "rows": [
                ["Supervise all of Connor's time with Harper and Leo, at Nan's house, and end the visit if he "
                 "smells of cannabis or raises his voice",
                 "Nan (Trish Wade) and Auntie Kim (Kim Reilly)",
                 "Every contact (Tuesday and Saturday, 2–5pm)",
                 "Contact diary signed by the supervisor after each visit and shown to the SW"],
                ["Connor to attend Jethrowick Drug Service about his cannabis use",
                 "Connor",
                 "As and when appointments are offered",
                 "Attendance letters sent to the SW"],
                ["Domestic abuse safety planning with Jade, including where she and the children will go if Connor "
                 "comes to the house",
                 "IDVA Rina Shah, Jethrowick Women's Aid",
                 "Fortnightly until the review conference",
                 "Written safety plan shared with the SW and nursery"],
                ["Make sure Connor does not come to the house or turn up at nursery",
                 "Safety network",
                 "Every day",
                 "Monitored by the SW"],
                ["Connor to complete the Caring Dads programme",
                 "Connor",
                 "17 weeks from 08/09/2025",
                 "Facilitator's end-of-course report to the SW"],
            ],
        }),
        ("h1", "Danger statement 2 – Leo's injuries"),
        ("p", "Children's Services and the nursery are worried that Leo could be seriously hurt if he is left "
              "without an adult watching him, or handled roughly when the adults are stressed, as when he came to "
              "nursery on 3 June with a bruise on his cheek that nobody could explain."),
        ("boldp", "Safety goal 2"),
        ("p", "Leo is always watched by a calm adult, has no more unexplained marks, and goes to nursery every day "
              "he is booked in."),
        ("boldp", "What needs to happen to meet safety goal 2"),
        ("table", {
            "header": ["Rule / action", "Who", "When", "How we'll check"],
            "widths": [6.4, 3.6, 3.0, 4.0],
            "rows": [
                ["Check Leo's skin and record any mark on a body map",
                 "Key worker Bethany Cole, Puddleducks Nursery",
                 "Every session Leo attends",
                 "Body maps on file; any mark reported to the SW the same day"],
                ["Full development check for Leo, including his speech and his biting",
                 "HV Martina Kosz",
                 "By 31/07/2025",
                 ""],
                ["Babysit Leo so that Jade can have a break",
                 "Nan (Trish Wade)",
                 "As and when needed",
                 "Babysitting written on the family calendar"],
                ["Unannounced home visits to see Harper and Leo and their bedrooms, and talk to Harper on her own",
                 "SW Ellis Grant",
                 "Every 10 working days",
                 "Visit records show Harper seen alone and the stair gate fitted"],
                ["Help Jade with a routine for Leo's naps, meals and bedtime",
                 "",
                 "Weekly for 6 weeks from 23/06/2025",
                 "Routine chart kept on the fridge and checked at visits"],
            ],
        }),
        ("h1", "Safety network"),
        ("bullets", [
            "Trish Wade (Nan, Jade's mum) – lives 10 minutes away; supervises contact and babysits Leo.",
            "Kim Reilly (Connor's sister) – supervises contact, mainly on Saturdays.",
            "Lauren Hicks (Jade's friend) – takes Harper to school on Thursdays.",
        ]),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough for the plan "
              "to end and 0 means the children cannot stay at home: SW 3, IDVA 4, nursery 4, Jade 7, Trish 6."),
        ("h1", "If the safety plan breaks down"),
        ("p", "If the safety plan is not followed or there are further worries, the SW will talk to the safety "
              "network and the plan will be reviewed at the next core group."),
        ("h1", "Bottom lines"),
        ("p", "Connor must not live at the house or have unsupervised time with Harper or Leo while this plan is in "
              "place. If Connor moves back in, or is found alone with the children, the local authority will seek "
              "legal advice at a legal planning meeting about starting care proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks, first meeting 26/06/2025 at Puddleducks Nursery, then 24/07/2025 and 21/08/2025.",
            "Review child protection conference: 04/09/2025, Jethrowick Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Connor to attend Jethrowick Drug Service about his cannabis use"),
        F("W002", "Make sure Connor does not come to the house"),
        F("M002", "Make sure Connor does not come to the house"),
        F("M001", "Full development check for Leo, including his speech"),
        F("T002", "Babysit Leo so that Jade can have a break"),
        F("W001", "Help Jade with a routine for Leo's naps"),
        F("F004"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. GIRFEC child's plan with Gaelic / English headings, wellbeing indicator
#    merged down the first column (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_jorsabost_gaelic_english_girfec_macaskill.docx",
    "doc_title": "Plana an Leanaibh / Child's Plan - Eilidh MacAskill",
    "split": "heldout",
    "template": "bilingual-gaelic-english-girfec-merged-wellbeing-column",
    "description": (
        "Exemplary Scottish child protection plan (GIRFEC) for a 6-year-old in Gaelic-medium education "
        "(mother's drinking and depression), Gaelic/English headings, SHANARRI indicator merged down the "
        "first column. Named leads, real timescales, observable measures; alcohol service and CMHT psychiatrist "
        "(capacity to change) own rows; grandmother's help covered by a named aunt and foster care; core group "
        "dates, review CPPM date, legal advice and a Reporter referral."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Plana an Leanaibh / Child's Plan"),
        ("p", "Comhairle Jorsabost / Jorsabost Council – Seirbheisean Chloinne / Children's Services"),
        ("p", "Child protection plan agreed at the child protection planning meeting (CPPM) on 20/05/2025."),
        ("kv", [
            ("Ainm / Name", "Eilidh MacAskill, born 11/03/2019 (6 years)"),
            ("Sgoil / School", "Primary 2, Gaelic-medium unit, Sgoil Bhaile Jorsabost (Jorsabost Primary)"),
            ("Teaghlach / Family", "Kirsty MacAskill (mother, 29); Peigi MacAskill (grandmother, 61), lives next door"),
            ("Prìomh neach-proifeasanta / Lead professional", "Iain Morrison, social worker"),
            ("Neach ainmichte / Named person", "Mrs Catriona Nicolson, head teacher"),
            ("Concerns / Draghan", "Neglect; parental alcohol use"),
        ]),
        ("h1", "Carson a tha sinn draghail / Why we are worried"),
        ("p", "Kirsty has drunk heavily since Eilidh's father left in 2023 and has depression, for which she saw "
              "the community mental health team in 2024 before stopping going. On 28 April Eilidh walked into "
              "school on her own at 11am, unwashed, and said Mum was \"sleeping\". Police found Kirsty intoxicated "
              "at home that evening. Eilidh has missed 24 days of school this year, and Kirsty has twice not "
              "answered the door to the school nurse."),
        ("h1", "Guth Eilidh / Eilidh's views"),
        ("p", "Eilidh talked to me at school on 14 May, in Gaelic and English, with her teacher Miss MacLeod. She "
              "said \"Is toil leam a bhith aig Granaidh\" (I like being at Granny's) because \"she makes porridge "
              "and we feed the hens\". She said Mum is \"sad and sleepy a lot\" and that she gets scared \"when Mum "
              "doesn't wake up for school\". She would like Mum \"to be better and come to sports day\". She wants "
              "to keep living with Mum and to see Granny every day. She drew her house with a big sun over "
              "Granny's house next door."),
        ("h1", "Dè tha a' dol gu math / What is going well"),
        ("p", "Kirsty is warm and affectionate with Eilidh and agreed the plan at the CPPM. She has been to the "
              "Jorsabost Alcohol and Drug Recovery Service twice since 1 May. Peigi is next door, has Eilidh most "
              "evenings and Eilidh trusts her."),
        ("h1", "Na tha sinn ag iarraidh airson Eilidh / What we want for Eilidh"),
        ("bullets", [
            "Eilidh is got up, washed, fed and taken to school on time every day by a sober adult.",
            "Eilidh is cared for by a mum who is sober and awake whenever she is looking after her, and she no "
            "longer worries about Mum not waking up.",
            "Eilidh keeps her Gaelic-medium place, her friends and her daily time with Granny.",
        ]),
        ("h1", "Am plana / The plan"),
        ("table", {
            "header": ["Sunnd / Wellbeing", "Na dh'fheumas tachairt / What needs to happen", "Cò / Who",
                       "Cuin / When", "Ciamar a bhios fios againn / How we will know"],
            "widths": [2.6, 4.8, 3.0, 3.1, 3.5],
            "rows": [
                ["Sàbhailte / Safe",
                 "Visit Eilidh at home, see her room and the kitchen, and talk to her on her own (in Gaelic if "
                 "she chooses)",
                 "Iain Morrison, lead professional (SW)",
                 "Every week; at least one visit a month unannounced",
                 "Visit records show Eilidh seen alone and food in the house; summary at each core group"],
                [V,
                 "Get Eilidh up, washed and to school on any morning Kirsty has not got her ready by 8.20am",
                 "Peigi MacAskill (Seanmhair / grandmother)",
                 "Every school day, checked at 8.20am",
                 "School register shows Eilidh in by 8.55am; Peigi signs the home–school diary"],
                [V,
                 "Ring the lead professional if Eilidh is absent with no reason given or says Mum is \"sleeping\"",
                 "Mrs Catriona Nicolson, head teacher (named person)",
                 "By 10am on any day it happens",
                 "Calls recorded on the school wellbeing log and Eilidh's file"],
                ["Fallain / Healthy",
                 "Assess Kirsty's alcohol use, offer community detox if she needs it, and breath test at every "
                 "appointment",
                 "Màiri Campbell, Jorsabost Alcohol and Drug Recovery Service",
                 "Weekly appointments; written report before each core group",
                 "Breath test results and a written report on whether Kirsty's drinking has changed, shared at "
                 "every core group"],
                [V,
                 "Assess and treat Kirsty's depression, and report on her capacity to change and the likely "
                 "timescale for Eilidh",
                 "Dr Alasdair Gillies, consultant psychiatrist, Jorsabost CMHT",
                 "First appointment by 06/06/2025; written report by 11/07/2025",
                 "Written assessment of Kirsty's capacity to change shared with the core group by 11/07/2025"],
                [V,
                 "Check Eilidh's height, weight and teeth and that her immunisations are up to date",
                 "Ròs Mackenzie, school nurse",
                 "By 27/06/2025",
                 "Measurements and immunisation record sent to the lead professional; dental check attended"],
                ["A' coileanadh / Achieving",
                 "Check in with Eilidh each morning and give her extra reading support to catch up on missed days",
                 "Miss Shona MacLeod, class teacher",
                 "Every school day; reading support 3 times a week",
                 "Attendance above 95% by the review; reading age recorded at the end of each term"],
                ["Air a h-àrach / Nurtured",
                 "Family support at home with Kirsty on morning routines, meals and Eilidh's bedtime",
                 "Donna Ross, family support worker",
                 "Twice a week for 8 weeks from 26/05/2025",
                 "Routine chart kept; FSW notes show Eilidh fed and in bed by 8pm on visit days"],
                [V,
                 "Get Eilidh ready for school, give her breakfast and walk her to school, sober",
                 "Kirsty MacAskill (Mamaidh / mum)",
                 "Every school day",
                 "School register and home–school diary show Eilidh on time"],
                ["Gnìomhach / Active",
                 "Take Eilidh to the Saturday Gaelic football club",
                 "Peigi MacAskill",
                 "Every Saturday",
                 "Club attendance register"],
                ["Urramaichte, Cunntachail / Respected, Responsible",
                 "Ask Eilidh what she thinks of the plan before each core group, in Gaelic or English, and bring "
                 "her views",
                 "Iain Morrison (SW)",
                 "Before each core group",
                 "Eilidh's views written into the core group minutes each time"],
                ["Air a gabhail a-steach / Included",
                 "Check Kirsty's benefits and help her claim the Scottish Child Payment so there is money for "
                 "Eilidh's food and clothes",
                 "Calum Matheson, welfare rights officer",
                 "By 13/06/2025",
                 "Payment in place; award letter on file"],
            ],
        }),
        ("h1", "Ma thèid cùisean ceàrr / If things go wrong"),
        ("p", "If Kirsty is found under the influence of alcohol while she is the only adult caring for Eilidh, or "
              "Eilidh is not in school by 10am with no word from home, the head teacher will ring the lead "
              "professional (or the out-of-hours social work service) and a social worker will see Eilidh the "
              "same day. Eilidh will stay with Peigi next door, and Kirsty will not care for her alone until an "
              "inter-agency referral discussion has been held within 24 hours. If Peigi is unwell, away or unable "
              "to care for Eilidh, Eilidh will stay with her aunt, Seonag MacAskill, who has been checked and "
              "agreed; if neither can, Eilidh will be looked after by approved Jorsabost foster carers that "
              "night. If this happens twice, the lead professional will seek legal advice the next working day "
              "and refer Eilidh to the Children's Reporter."),
        ("h1", "Coinneamhan / Meetings"),
        ("bullets", [
            "Core group: every 3 weeks – 03/06/2025, 24/06/2025, 15/07/2025 and 05/08/2025, at Sgoil Bhaile Jorsabost.",
            "Review child protection planning meeting (review case conference): 19/08/2025 at 10am, Jorsabost "
            "Council Offices.",
            "If at the core group on 15/07/2025 Kirsty is still drinking while caring for Eilidh, or the CMHT "
            "report says change is unlikely in Eilidh's timescale, the lead professional will seek legal advice "
            "and refer Eilidh to the Children's Reporter for a Children's Hearing.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Looked-after child's care plan (still on a CP plan) printed from a case
#    system, with the page header repeated on every printed page (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b16_jarlsmere_lac_ward_export_page_headers_hollis.txt",
    "split": "heldout",
    "template": "lac-care-plan-case-system-print-repeated-page-headers-txt",
    "description": (
        "Care plan print for a 13-year-old accommodated under s20 and still on a CP plan, now on a children's "
        "ward with diabetic ketoacidosis; the case-system page header repeats on each printed page, one page "
        "break falls inside an action. Social worker visits 'when possible' and carers 'as often as they can' "
        "(no visits at a stated frequency), blank Responsible, 'Professionals network', CMHT support-only row "
        "with 'remains stable', 'mood improves', an adult objective, core group 'to be arranged'."
    ),
    "text": """\
JARLSMERE CITY COUNCIL                          CareTrack 4.2 - PRINT
CHILD LOOKED AFTER - CARE PLAN (PART 2)         Printed 17/06/2025 09:41
Child: Kai HOLLIS   ID 30-118-442               Page 1 of 3
--------------------------------------------------------------------------

1. CHILD DETAILS
   Name:              Kai HOLLIS
   DOB:               02/10/2011 (13 yrs)
   Legal status:      Accommodated - s20 Children Act 1989 (from 03/05/2025)
   Also subject to:   Child protection plan - neglect (ICPC 20/03/2025)
   Placement:         Pat and Graham Lister, Jarlsmere foster carers
   Current location:  Ward 12 (Children's), Jarlsmere Royal Infirmary.
                      Admitted 14/06/2025 with diabetic ketoacidosis.
                      Discharge date not yet known (at least 1 week).
   Allocated SW:      Natalie Greer, Children in Care Team 2
   IRO:               Marcus Webb

2. CURRENT CIRCUMSTANCES
   Kai has type 1 diabetes. He became looked after on 03/05/2025 when his
   mum, Donna Hollis, was admitted to Fernhill Unit with a psychotic
   episode; Donna was discharged home on 30/05/2025 and is now with the
   Jarlsmere CMHT. Kai had missed many insulin doses at home before he
   came into care. He settled well with Pat and Graham, but after a row
   with a friend he stopped taking his evening insulin and was admitted
   on 14/06/2025. Donna agrees to Kai staying accommodated for now.

3. KAI'S WISHES AND FEELINGS
   Seen on the ward by SW on 16/06/2025, on his own. Kai said "I hate it
   in here, the food is rubbish and there's a baby crying all night". He
   wants to go back to Pat and Graham's "because they don't nag, they
   just check". He wants to see his mum "but only when she's better", and
   is worried about his dog, Rolo, who is with his uncle. He said he
   stopped his insulin because "everyone at school knows I'm in care".

4. PLAN OBJECTIVES
   4.1 Kai's diabetes is well controlled: he gives his own insulin with an
       adult checking, and has no further admissions for ketoacidosis.
   4.2 Kai is visited while he is in hospital and stays in touch with the
       people who matter to him, including his mum and his dog.
   4.3 Kai goes back to school in September with a plan that keeps his
       care status private.
   4.4 Donna is well and stable on medication.

\f
JARLSMERE CITY COUNCIL                          CareTrack 4.2 - PRINT
CHILD LOOKED AFTER - CARE PLAN (PART 2)         Printed 17/06/2025 09:41
Child: Kai HOLLIS   ID 30-118-442               Page 2 of 3
--------------------------------------------------------------------------

5. ACTIONS
   Action 5.1
     Action:              Visit Kai on Ward 12 and see him on his own
     Responsible:         Allocated SW (Natalie Greer)
     Target date:         When possible
     Measure of success:  Visit recorded on CareTrack with Kai's views

   Action 5.2
     Action:              Visit Kai on the ward and bring his things from
                          home
     Responsible:         Foster carers (Pat and Graham Lister)
     Target date:         As often as they can
     Measure of success:  Visits recorded in the ward visitor log

   Action 5.3
     Action:              Diabetes education with Kai and both carers,
                          incl. carb counting and supervised injections
     Responsible:         Paediatric diabetes nurse (Rachel Boyd)
     Target date:         Before discharge
     Measure of success:  Competency checklist signed for Kai and both
                          carers

   Action 5.4
     Action:              Arrange for Kai's school work to be sent to the
                          ward
     Responsible:
     Target date:         By 20/06/2025
     Measure of success:  Work packs received by the hospital teacher

   Action 5.5
     Action:              Support Donna with her mental health following
                          her discharge from Fernhill Unit
     Responsible:         Jarlsmere CMHT care coordinator (Ade Okoye)
     Target date:         Fortnightly
     Measure of success:  Donna remains stable

   Action 5.6
     Action:              Phone calls between Kai and Donna, supervised by
                          the SW
     Responsible:         SW (Natalie Greer)
     Target date:         Twice a week (Tue and Fri, 6pm)
     Measure of success:  Contact record shows each call and how Kai was
                          afterwards

   Action 5.7
     Action:              Share information about Kai's care between
                          agencies and flag any concerns
     Responsible:         Professionals network
     Target date:         Same day
     Measure of success:  Concerns logged on CareTrack

   Action 5.8
     Action:              Emotional wellbeing check with Kai after his
                          admission, incl. how he feels about school
     Responsible:         CAMHS paediatric liaison (Dr Femi Adebayo)
     Target date:         By 27/06/2025
     Measure of success:  Kai's mood improves

   Action 5.9
     Action:              Review health assessment for Kai
     Responsible:         LAC nurse (Jenny Shaw)
     Target date:         By 31/07/2025
     Measure of success:  RHA report on CareTrack and sent to the IRO

   Action 5.10
     Action:              Discharge plan for Kai's return to the Listers,
                          incl. who checks his evening insulin
\f
JARLSMERE CITY COUNCIL                          CareTrack 4.2 - PRINT
CHILD LOOKED AFTER - CARE PLAN (PART 2)         Printed 17/06/2025 09:41
Child: Kai HOLLIS   ID 30-118-442               Page 3 of 3
--------------------------------------------------------------------------
     Responsible:         SW (Natalie Greer) with the ward sister
     Target date:         Before discharge
     Measure of success:  Written discharge plan copied to carers, GP and
                          school nurse

6. CONTACT
   Mum (Donna):  phone calls twice a week, supervised (see 5.6). Face to
                 face contact to be reviewed at the LAC review.
   Uncle (Lee Hollis) and Rolo the dog: photos sent to Kai's phone.

7. CONTINGENCY
   If Kai's placement with the Listers cannot continue after discharge,
   the placements team will find a Jarlsmere foster placement before he
   leaves hospital so that he does not stay on the ward longer than he
   needs to. If Donna withdraws her consent to s20 accommodation or tries
   to take Kai from the ward, ward staff will call the police and the SW,
   and the SW will request a legal planning meeting (legal gateway) the
   same day.

8. REVIEW ARRANGEMENTS
   LAC review (IRO):          24/06/2025 - on the ward if Kai is still in
                              hospital
   CP core group:             to be arranged following discharge
   Review CP conference:      10/07/2025

--------------------------------------------------------------------------
END OF PRINT                                    Page 3 of 3
""",
    "findings": [
        F("T002", "Visit Kai on Ward 12 and see him on his own"),
        F("T002", "Visit Kai on the ward and bring his things"),
        F("W001", "Arrange for Kai's school work to be sent to the ward"),
        F("H001", "Support Donna with her mental health following her discharge"),
        F("M002", "Support Donna with her mental health following her discharge"),
        F("W002", "Share information about Kai's care between agencies"),
        F("M002", "Emotional wellbeing check with Kai after his admission"),
        F("F002", "Donna is well and stable on medication."),
        F("L001"),
        F("R001"),
    ],
})
