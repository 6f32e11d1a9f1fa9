"""Batch 21, module 3: seven fictional files (tuning material), places starting with "k".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus of this module: case-system exports and typed-up records (PDF and .txt
with labelled lines, abbreviations, wrapped lines, page headers and footers,
numbered sub-items, RAG / status columns, a review of the previous plan
followed by the new plan, core group minutes with an action log).
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. RCPC record printed from the case system: review of the previous plan
#    (RAG + evidence seen) then the new plan in banded "1 / 1.1" ref rows.
#    PDF with header and footer on every page. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_kelverdale_rcpc_print_rag_review_then_plan_harrower.pdf",
    "doc_title": "RCPC Record and Plan - Poppy and Jack Harrower",
    "split": "tune",
    "template": "rcpc-case-print-previous-plan-rag-evidence-seen-then-banded-ref-plan-table-paged",
    "description": (
        "Exemplary review conference record printed from a case system (neglect; mother's postnatal "
        "depression, father's drinking): the January plan reviewed row by row with evidence seen and a "
        "RAG rating, then the new plan in banded 1 / 1.1 ref rows with lead, timescale and measure. "
        "Perinatal psychiatrist asked to assess capacity to change, alcohol service and GP own actions, "
        "grandmother's mornings covered in a specific contingency, core group and review dates, legal "
        "planning meeting. Header and 'Page N of M' footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE | Kelverdale MBC CareLink | CP-REC-02 | Case 3011842",
    "footer": "RCPC 14/04/2025 – Harrower – printed 15/04/2025 by SHUGHES – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Plan"),
        ("kv", [
            ("Children", "Poppy Harrower, DOB 02/10/2017 (7) – ID 3011842; "
                         "Jack Harrower, DOB 09/07/2024 (9 months) – ID 3011843"),
            ("Address", "14 Linnet Close, Kelverdale KV4 2RT"),
            ("Parents", "Leanne Harrower (mum, 29); Craig Harrower (dad, 33)"),
            ("Conference", "RCPC, 14/04/2025, Kelverdale Civic Offices – chair Mark Ellery (IRO)"),
            ("Category", "Neglect"),
            ("Social worker", "Sarah Hughes, Safeguarding Team East"),
            ("Previous plan", "ICPC 20/01/2025"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Conference agreed that Poppy and Jack stay subject to child protection plans under the "
              "category of neglect. Some things are better than in January: Poppy is late less often and "
              "Leanne is seeing the perinatal team. But Jack's weight dropped in February, Craig has had two "
              "positive breath tests, and on the evenings Leanne is unwell there is still no reliable adult "
              "in the house. Leanne and Craig agreed with the decision. Craig said he \"gets why\" and wants "
              "this to be the last one."),
        ("h1", "2. What Poppy and Jack are telling us"),
        ("p", "Poppy (seen alone by the SW at school on 07/04/2025 and at home on 10/04/2025) said home is "
              "\"better now because Nana comes in the mornings\" and that she doesn't have to make Jack's "
              "bottle any more. She still worries when Dad \"smells of beer and goes to sleep on the "
              "settee\", and she doesn't like it when Mum stays in bed. On her 0–10 scale for \"how safe "
              "home feels\" she put 6; in January it was 3. She wants Nana to keep coming and wants \"Mum to "
              "be happy and come to sports day\"."),
        ("p", "Jack (observed by the HV on 03/04/2025 and the SW on 10/04/2025) babbles and pulls himself "
              "up on the furniture. He turned to Leanne when a door banged and settled within a minute. On "
              "the SW's unannounced visit at 8.10am on 10/04/2025 he was in a dry nappy and had had his "
              "bottle. On 13/03/2025 at 11am he was still in the sleepsuit from the night before, with a "
              "heavy nappy, while Leanne was asleep."),
        ("h1", "3. Review of the plan agreed on 20/01/2025"),
        ("p", "RAG: G – done and making a difference; A – done in part, or not yet making a difference; "
              "R – not done or not working."),
        ("table", {
            "header": ["Ref", "What we agreed", "Lead", "Due", "What happened (evidence seen)", "RAG"],
            "widths": [1.2, 4.0, 2.8, 2.6, 5.0, 1.4],
            "rows": [
                ["1", "See Poppy and Jack at home every 2 weeks, Poppy on her own",
                 "SW Sarah Hughes", "Fortnightly",
                 "6 visits, 2 of them unannounced; Poppy seen alone at all 6 (visit records)", "G"],
                ["2", "Refer Leanne to the Perinatal Mental Health Team",
                 "GP Dr Nadia Rahman", "By 31/01/2025",
                 "Referral accepted 29/01/2025; seen 18/02/2025 and fortnightly since (PMHT letter "
                 "02/04/2025)", "G"],
                ["3", "Alcohol assessment for Craig, then weekly key-work",
                 "Craig Harrower, with Kelverdale Alcohol Service", "Assessment by 14/02/2025",
                 "Assessed 10/02/2025; 5 of 8 sessions attended; 2 of 5 breath tests positive (KAS report "
                 "08/04/2025)", "A"],
                ["4", "Weigh Jack every 2 weeks and check his feeding",
                 "HV Amrit Sandhu", "Fortnightly",
                 "Weight fell from the 50th to the 25th centile in February, back between the 25th and "
                 "50th in March (red book, HV report)", "A"],
                ["5", "Report Poppy's lateness and any sign of hunger to the SW",
                 "DSL Joanne Pryce", "Weekly",
                 "Late 11 times last half term, 4 times this half term (school figures)", "A"],
                ["6", "Apply for a nursery place for Jack and confirm the start date to the core group in "
                      "writing",
                 "SW Sarah Hughes", "By 28/02/2025",
                 "No funded place under 2. Replaced by Nana's weekday mornings (new 1.3)", "R"],
                ["7", "Agree a written safety plan for the evenings with Leanne and Craig",
                 "SW Sarah Hughes", "By 07/02/2025",
                 "Signed 05/02/2025 but not followed on 13/03/2025 (see section 2)", "R"],
            ],
        }),
        ("h1", "4. What we want for Poppy and Jack"),
        ("bullets", [
            "Jack is fed, changed and settled by a sober, awake adult every morning and evening, and his "
            "weight stays between the 25th and 50th centiles.",
            "Poppy gets to school on time every day, is not asked to look after Jack, and says home feels "
            "safe (7 or more on her scale).",
            "Poppy and Jack are never left with an adult who has been drinking or who is too unwell to "
            "get up.",
        ]),
        ("h1", "5. The plan from 14/04/2025"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "By when / how often", "How we'll know"],
            "widths": [1.2, 5.0, 3.2, 3.2, 4.4],
            "rows": [
                ["1  Jack is fed, changed and kept safe every day", H, H, H, H],
                ["1.1", "Home visits, at least one in three unannounced and one a month in the evening; see "
                        "Jack's cot, bottles and nappies and see Poppy on her own",
                 "SW Sarah Hughes", "Every 10 working days",
                 "Visit records show both children seen, Poppy seen alone and the home conditions "
                 "checklist completed at every visit"],
                ["1.2", "Weigh Jack, check his feeding and weaning, and do his 12-month review",
                 "HV Amrit Sandhu", "Fortnightly until 31/07/2025; 12-month review by 20/06/2025",
                 "Weight plotted in the red book stays between the 25th and 50th centiles; ASQ-3 scores "
                 "sent to the SW"],
                ["1.3", "Come to the house every weekday morning to help get Jack fed and changed and "
                        "Poppy off to school",
                 "Denise Fairlie (MGM)", "Mon–Fri, 7.30–9am, from 15/04/2025",
                 "Denise signs the morning sheet on the fridge; the SW checks it at each visit; Poppy in "
                 "school by 8.50am (register)"],
                ["2  Poppy gets to school on time and has someone to talk to", H, H, H, H],
                ["2.1", "Check in with Poppy every Monday and pass on anything she says about home",
                 "DSL Joanne Pryce, St Anne's Primary", "Weekly, Mondays; worries to the SW the same day",
                 "Check-in notes record Poppy's words; lateness figures emailed to the SW every Friday"],
                ["2.2", "Six sessions of direct work with Poppy about her worries and who she can tell",
                 "FSW Kirsty Dale", "Weekly from 22/04/2025",
                 "Poppy's workbook shared with the SW; her own safety scale recorded at sessions 1 and 6"],
                ["3  The adults caring for Poppy and Jack are sober and well enough", H, H, H, H],
                ["3.1", "Fortnightly reviews with Leanne; assess whether she can make and keep the changes "
                        "Jack and Poppy need, and how long that would take",
                 "Dr Fiona Metcalfe, perinatal psychiatrist, Kelverdale PMHT",
                 "Fortnightly; written assessment by 30/05/2025",
                 "Report on Leanne's capacity to change, her warning signs and the likely timescale shared "
                 "with the core group by 30/05/2025"],
                ["3.2", "Prescribe Leanne's sertraline in 14-day amounts and tell the SW of any prescription "
                        "not collected, so the children are not left with Leanne unwell",
                 "GP Dr Nadia Rahman, Orchard Street Surgery", "Every 14 days; first by 25/04/2025",
                 "Collection dates sent to the SW each month"],
                ["3.3", "Weekly key-work with Craig with a breath test each time; report on his drinking "
                        "and how it affects his care of the children",
                 "Kelverdale Alcohol Service – recovery worker Dean Ashby",
                 "Weekly; written update before each core group",
                 "Breath test results and attendance in each written update"],
                ["3.4", "Not drink on any day he is looking after the children on his own, and hand over "
                        "to Leanne or Denise if he has had a drink",
                 "Craig Harrower", "Every day from 14/04/2025",
                 "Clear breath test at each of the SW's evening visits; Poppy, Denise and school report no "
                 "time Craig cared for the children after drinking"],
                ["3.5", "Parenting assessment of Leanne and Craig, including two observed evening routines",
                 "SW Sarah Hughes", "Report by 06/06/2025",
                 "Written assessment shared with the family and the core group by 06/06/2025"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Jack's weight drops below the 25th centile at two weighings in a row, Leanne misses two "
              "perinatal appointments in a row or stops her sertraline, or Craig is found to have been "
              "drinking while caring for the children on his own, the SW (or EDT out of hours) will visit "
              "the same day and a strategy discussion will be held within 24 hours. Poppy and Jack will stay "
              "with Denise Fairlie at 3 Wren Street, which she has agreed to. If Denise cannot have them or "
              "stops coming in the mornings (she is waiting for a hip operation), Kirsty Dale (FSW) will "
              "cover the weekday mornings from the next day, and if the children cannot safely stay at home "
              "the SW will arrange for them to be placed together with approved foster carers the same day. "
              "In any of these cases the SW will request a legal planning meeting within 5 working days."),
        ("h1", "7. Core group, review and legal planning"),
        ("bullets", [
            "Core group: every 4 weeks – 12/05/2025, 09/06/2025 and 07/07/2025, 10am, Kelverdale Family Hub.",
            "Review child protection conference: 14/07/2025, 1.30pm, Kelverdale Civic Offices.",
            "If the perinatal assessment (3.1) says Leanne cannot make the changes within Jack's timescale, "
            "or Craig has another positive breath test before 09/06/2025, the team manager will request a "
            "legal planning meeting to decide whether to start the PLO.",
        ]),
        ("p", "Distribution: Leanne and Craig Harrower; IRO; core group members. Printed from CareLink – "
              "uncontrolled when printed."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group record typed up from the SW's notes: brought-forward status
#    lines, agency round by initials, then an ACT log with Owner / Due /
#    Done when / Status lines; page header and footer typed on each page (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_kippenthwaite_core_group_typed_act_log_rennison.txt",
    "split": "tune",
    "template": "core-group-record-typed-brought-forward-status-lines-then-act-log-owner-due-done-when-page-headers-txt",
    "description": (
        "Typed-up core group record for two children (domestic abuse, mother's depression and anxiety, "
        "partner's drug use): brought-forward status lines, agency round by initials, then an ACT log "
        "with Owner / Due / Done when / Status lines and a typed page header and footer on each page. "
        "A blank 'Done when', 'ongoing' with 'engagement', a CPN who only supports with 'feels more "
        "settled', 'as and when', a blank owner, 'All agencies', 'TBC'; an adult-only outcome; "
        "grandparents carry the plan and the contingency sends the children to them with no fallback; "
        "no legal step."
    ),
    "text": """\
KIPPENTHWAITE BOROUGH COUNCIL                               OFFICIAL-SENSITIVE
Children's Services - Safeguarding & Family Support               Page 1 of 2
==============================================================================
CORE GROUP MEETING - RECORD AND ACTION LOG
==============================================================================
Children : Kayden RENNISON       DOB 19/08/2013 (11y)   LCS ref 77-40215
           Millie-Rose RENNISON  DOB 02/02/2021 (4y)    LCS ref 77-40216
Plan     : CP plan from ICPC 24/03/2025 - cat. emotional abuse
Meeting  : 2nd core group, Tue 06/05/2025 10:00-11:30, Kippenthwaite Family
           Hub, Room 3
Chair    : KO (SW)          Typed up by: LT (business support) from KO's
                            handwritten notes 07/05/2025

PRESENT
  SR   Stacey Rennison - mum
  KO   Kemi Okafor - social worker, Safeguarding Team 2
  PR   Pauline Rennison - maternal grandmother (MGM)
  CT   Claire Tennant - health visitor
  DR   Mr Declan Ruane - DSL, Kippenthwaite Academy
  AH   Ayesha Hussain - keyworker, Bumblebees Nursery
  GH   Gail Hessle - CPN / care coordinator, Kippenthwaite CMHT
  NQ   Nasreen Quadri - IDVA, Kippenthwaite DA Service
NOT PRESENT
  JP   Jordan Pike - mum's partner - did not attend, no reason given
  MR   Mick Rennison - maternal grandfather (MGF) - at work
  --   Compass drug & alcohol service - update sent by email 02/05/2025

1. ACTIONS FROM LAST CORE GROUP (08/04/2025)
   1.1  KO visited 15/04 and 29/04 (unann.) - both children seen, K seen
        alone 29/04. DONE.
   1.2  CT weighed M-R 22/04 - 50th centile, eating well. DONE.
   1.3  JP Compass assessment - NOT DONE, missed appt 17/04. C/F as
        ACT 4.6.
   1.4  Referral to young carers for K - NOT DONE, nobody picked it up.
        C/F as ACT 4.8.
   1.5  NQ safety planning with SR - 2 sessions done 14/04 and 28/04.
        DONE, Freedom Programme C/F as ACT 4.12.

2. OUTCOMES (from the ICPC plan - read out by KO)
   a) Kayden and Millie-Rose live in a home where there is no shouting,
      fighting or drug use, and they feel safe there.
   b) Kayden is not caring for his mum or his sister and gets to school
      every day.
   c) Stacey's mental health is stable and she is able to manage her
      anxiety.

3. AGENCY UPDATES
   SR  - says things are "calmer". Jordan has been staying at his mum's
         since 20/04 but comes round "for tea" most days. SR feels the
         medication is helping but she is still not sleeping.
   DR  - K attendance 88% this half term (79% last). Late x6. Told his
         form tutor he "has to sort Millie in the mornings".
   AH  - M-R in 4 of 5 days; collected by Nan every day. Happy and chatty,
         speech still unclear for her age. Hides under the table when
         other children shout.
   CT  - M-R 4y review due - not done yet, letter sent.
   GH  - seeing SR fortnightly. Sertraline increased 25/04. SR reports
         low mood mornings. No psychotic features.
   NQ  - DASH with SR 14/04 = 14 (medium). Safety plan done 28/04.
         Freedom Programme place from 19/05.
   Compass (email) - JP did not attend 17/04; rebooked for 13/05.

4. THE CHILDREN
   KO saw Kayden on his own in his room on 29/04. He said home is "better
   when Jordan's not there" and that he still gets Millie-Rose dressed and
   gives her breakfast "because Mum's tired in the morning". He would like
   to go to youth club on Thursdays "but I have to be home for Millie".
   Millie-Rose showed KO her bedroom and her drawing of "Nanny's house"
   with a big sun. She told KO "Jordan shouted at Mummy" and then went
   back to her dolls.

------------------------------------------------------------------------------
Printed 07/05/2025 14:22 by LTHOMAS          LCS v5.2          Page 1 of 2


KIPPENTHWAITE BOROUGH COUNCIL                               OFFICIAL-SENSITIVE
Children's Services - Safeguarding & Family Support               Page 2 of 2
==============================================================================
Core group 06/05/2025 - Kayden and Millie-Rose RENNISON (cont.)
==============================================================================

5. ACTION LOG (new and carried forward)
   Status key: NEW / C/F = carried forward / STANDING
   ---------------------------------------------------------------------------
   ACT 4.1   Home visits to see Kayden and Millie-Rose, at least one in
             three unannounced, and see Kayden on his own each time
     Owner:     KO (SW)
     Due:       every 2 weeks - next by 20/05/2025
     Done when: visit record shows both children seen and K seen alone
     Status:    STANDING
   ACT 4.2   Collect Millie-Rose from nursery and give both children their
             tea at Nan's until Stacey is home from work
     Owner:     PR (MGM)
     Due:       Mon-Fri, every week
     Done when: nursery collection book signed by PR each day
     Status:    STANDING
   ACT 4.3   Supervise Jordan's time with the children on Saturdays at the
             grandparents' house
     Owner:     MR (MGF)
     Due:       every Saturday 10:00-13:00
     Done when:
     Status:    NEW
   ACT 4.4   Stacey to keep going to her CMHT appointments and take her
             medication
     Owner:     SR
     Due:       ongoing
     Done when: engagement with CMHT
     Status:    STANDING
   ACT 4.5   Fortnightly visits to Stacey to support her with her low mood
             and anxiety and to see how the new dose of sertraline is
             working for her
     Owner:     GH (CPN, CMHT)
     Due:       fortnightly
     Done when: Stacey says she feels more settled
     Status:    STANDING
   ACT 4.6   Drug assessment at Compass (rebooked) and hair strand test,
             results to be sent to KO
     Owner:     JP, with Compass
     Due:       assessment 13/05/2025; results by 30/05/2025
     Done when: Compass assessment letter and test results on file
     Status:    C/F
   ACT 4.7   Check in with Kayden about mornings at home and tell KO about
             anything that worries school
     Owner:     DR (DSL)
     Due:       as and when
     Done when: check-in notes on CPOMS; worries emailed to KO
     Status:    NEW
   ACT 4.8   Young carers referral for Kayden (Kippenthwaite Young Carers
             Project) so he can get to youth club on Thursdays
     Owner:
     Due:       by 20/05/2025
     Done when: referral accepted letter on file
     Status:    C/F
   ACT 4.9   Share any report of an argument, an incident or Jordan staying
             over at the house with KO the same day
     Owner:     All agencies
     Due:       same day
     Done when: logged on LCS with the action taken
     Status:    STANDING
   ACT 4.10  4-year health review for Millie-Rose and a SALT referral for
             her speech
     Owner:     CT (HV)
     Due:       review by 23/05/2025; SALT referral by 30/05/2025
     Done when: review sent to KO; SALT acceptance letter on file
     Status:    NEW
   ACT 4.11  Parenting assessment of Stacey (and of Jordan if he is to move
             back in)
     Owner:     KO (SW)
     Due:       TBC
     Done when: written report shared with the core group
     Status:    NEW
   ACT 4.12  Freedom Programme for Stacey and an updated safety plan with
             the children's part in it
     Owner:     NQ (IDVA)
     Due:       weekly for 12 weeks from 19/05/2025
     Done when: Freedom attendance register; updated safety plan copied
                to KO
     Status:    C/F

6. CONTINGENCY (from ICPC - still agreed)
   If Jordan is found at the house overnight or there is any incident of
   violence, Stacey will ring 999 and Kayden and Millie-Rose will go to
   Pauline and Mick's house (14 Rydal Road). KO, or EDT out of hours, will
   visit the same day and a strategy discussion will be held within 24
   hours.

7. NEXT MEETINGS
   Core group : monthly - 03/06/2025 and 01/07/2025, 10:00, Family Hub
   RCPC       : 23/06/2025 at 13:30, Kippenthwaite Town Hall

Record agreed by KO 07/05/2025. Copies to all present and to JP and MR.
------------------------------------------------------------------------------
Printed 07/05/2025 14:22 by LTHOMAS          LCS v5.2          Page 2 of 2
""",
    "findings": [
        F("M001", "Supervise Jordan's time with the children on Saturdays"),
        F("T002", "Stacey to keep going to her CMHT appointments"),
        F("M002", "Stacey to keep going to her CMHT appointments"),
        F("H001", "Fortnightly visits to Stacey to support her with her low mood"),
        F("M002", "Fortnightly visits to Stacey to support her with her low mood"),
        F("T002", "Check in with Kayden about mornings at home"),
        F("W001", "Young carers referral for Kayden (Kippenthwaite Young Carers Project)"),
        F("W002", "Share any report of an argument, an incident or Jordan"),
        F("T002", "Parenting assessment of Stacey (and of Jordan if"),
        F("F002", "Stacey's mental health is stable and she is able to manage her anxiety"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan printed from the case system as a typed outline
#    (A-G sections, 1 / 1.1 / a) items, dot-leader field lines with
#    Owner / Complete by / Evidence / Status), page header and footer typed
#    on every page (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_korvanby_prebirth_outline_dot_fields_ferreira.txt",
    "split": "tune",
    "template": "prebirth-case-print-lettered-sections-numbered-1-1-a-dot-leader-owner-complete-by-evidence-status-page-headers-txt",
    "description": (
        "Exemplary pre-birth plan (mother's bipolar disorder with a past psychotic episode) printed from "
        "a case system as a typed outline: lettered sections, 1 / 1.1 / a) items with dot-leader "
        "Owner / Complete by / Evidence / Status lines, a key of initials, wrapped lines and a typed "
        "page header and footer on every page. Perinatal psychiatrist and nurse report on change, GP "
        "owns prescribing, father and aunt cover the nights with a fallback in a specific contingency, "
        "core group and review dates, legal planning before the birth."
    ),
    "text": """\
KORVANBY CITY COUNCIL - CHILDREN & FAMILIES                OFFICIAL-SENSITIVE
ChildView 4 | Report CPP-PRE | Pre-birth Child Protection Plan    Page 1 of 3
==============================================================================
Subject      : Unborn baby of Ana FERREIRA   EDD 18/08/2025   ID 902-11457
Mother       : Ana FERREIRA (26)                              ID 902-11455
Father       : Ryan DOYLE (30)                                ID 902-11456
Address      : Flat 3, 7 Cordwainer Row, Korvanby KB2 9LS
Conference   : Pre-birth ICPC 05/06/2025 - chair Rosalind Whitlam (IRO)
Category     : Neglect (likelihood of)
Allocated SW : Helen Markham (HM), Safeguarding North
Plan version : 1.0    Authorised: T Goodchild (TM) 06/06/2025
==============================================================================

A  WHY THE BABY HAS A PLAN
   Ana has bipolar affective disorder. In October 2022 she stopped her
   lithium, became manic and then psychotic, and was detained under s2 at
   Alderbank Hospital for five weeks. She has been well since March 2023
   on quetiapine and has been open with professionals about her illness.
   The risk of relapse is much higher in the weeks after a birth (Dr Wray
   puts it at about 1 in 2 for Ana without a plan), and a severe relapse
   could leave a newborn unfed, unsupervised or handled unsafely. Ryan
   works three night shifts a week at the Korvanby distribution centre,
   when Ana would be on her own with the baby.

B  THE BABY'S WORLD
   Ana is 29+4 weeks. The 20-week scan showed the baby growing well and
   Ana has been to all 9 antenatal appointments. On the SW's visit on
   28/05/2025 the flat was warm and tidy; a Moses basket and a cot are set
   up in the parents' bedroom and Ryan has fitted a smoke alarm in the
   hall. Neither parent smokes. Ana plays music to the bump every evening
   and calls the baby "little one". She told the midwife she is scared of
   "going back to how I was" and wants the baby "never to see me like
   that". Ryan said he wants "to be the one who does the nights so Ana can
   sleep".

C  OUTCOMES FOR THE BABY
   C1  The baby is fed, kept warm and kept safe every day and night by a
       well, awake adult, and gains weight along their centile.
   C2  The baby sleeps on their back in the Moses basket in the parents'
       room, in a smoke-free home.
   C3  If Ana becomes unwell, the baby is cared for at once by Ryan, Sofia
       or another safe adult and is never left alone with Ana while she is
       unwell.

------------------------------------------------------------------------------
Printed 06/06/2025 16:40 by HMARKHAM       ChildView 4          Page 1 of 3


KORVANBY CITY COUNCIL - CHILDREN & FAMILIES                OFFICIAL-SENSITIVE
ChildView 4 | Report CPP-PRE | Pre-birth Child Protection Plan    Page 2 of 3
==============================================================================

D  ACTIONS
   Initials: HM SW Helen Markham | DW Dr Dominic Wray, consultant perinatal
   psychiatrist, Korvanby Perinatal Mental Health Service (PMHS) | EB Emma
   Bright, PMHS community nurse | JS Jenna Sillitoe, safeguarding midwife |
   LP Lorna Pask, HV | GK Dr Gita Kapoor, GP, Rowan Street Practice |
   AF Ana | RD Ryan | SF Sofia Ferreira, Ana's sister

   1    ANA STAYS WELL ENOUGH TO CARE FOR THE BABY
   1.1  Mental health
        a) Review Ana every 2 weeks, agree her medication plan for late
           pregnancy and after the birth, and assess whether she can keep
           well enough to care for the baby, and how soon
           Owner .........: DW (PMHS)
           Complete by ...: fortnightly; written assessment by 18/07/2025
           Evidence ......: report on Ana's capacity to change, her relapse
                            signs and the likely timescale, shared with the
                            core group by 18/07/2025
           Status ........: STARTED 12/06/2025
        b) Weekly home visits from 36 weeks until the baby is 6 weeks old,
           checking Ana's sleep, medication and early warning signs, and
           assessing whether she is making and keeping the changes the
           baby needs
           Owner .........: EB (PMHS)
           Complete by ...: weekly from 22/07/2025 (36 weeks)
           Evidence ......: written update to each core group on Ana's
                            progress against her relapse plan and any
                            change in the risk to the baby
           Status ........: NOT STARTED
        c) Prescribe Ana's quetiapine in 14-day amounts through the
           pregnancy and after the baby is born, and tell HM the same day
           if a prescription is not collected
           Owner .........: GK (GP)
           Complete by ...: every 14 days from 09/06/2025
           Evidence ......: collection dates emailed to HM monthly
           Status ........: STARTED
   1.2  Ana's own part
        a) Keep a daily sleep and mood diary and bring it to every PMHS
           appointment, so early signs are picked up before they affect
           the baby
           Owner .........: AF
           Complete by ...: daily from 09/06/2025
           Evidence ......: diary seen by DW or EB at each appointment and
                            summarised in their reports
           Status ........: STARTED

   2    THE BABY IS BORN SAFELY AND GOES HOME TO A READY HOME
   2.1  Hospital
        a) Write the birth and postnatal ward plan: the baby is not left
           alone with Ana on the ward at night, no discharge before day 5,
           PMHS review on the ward before discharge
           Owner .........: JS (safeguarding midwife)
           Complete by ...: 25/07/2025 (35 weeks)
           Evidence ......: signed plan on the maternity record, copied to
                            HM, PMHS and EDT
           Status ........: NOT STARTED
        b) Hold a discharge planning meeting on the postnatal ward before
           the baby goes home
           Owner .........: HM (SW)
           Complete by ...: before discharge (day 3-5 after the birth)
           Evidence ......: minutes with the agreed discharge date and who
                            will be at home, shared with the core group
           Status ........: NOT STARTED

------------------------------------------------------------------------------
Printed 06/06/2025 16:40 by HMARKHAM       ChildView 4          Page 2 of 3


KORVANBY CITY COUNCIL - CHILDREN & FAMILIES                OFFICIAL-SENSITIVE
ChildView 4 | Report CPP-PRE | Pre-birth Child Protection Plan    Page 3 of 3
==============================================================================

   2.2  Home
        a) Antenatal visit on safe sleep, feeding and bonding, and a check
           of the Moses basket
           Owner .........: LP (HV)
           Complete by ...: by 25/07/2025
           Evidence ......: safe sleep checklist signed by both parents
           Status ........: BOOKED 17/07/2025
        b) Home visits to Ana and Ryan; after the birth see the baby awake,
           fed and where the baby sleeps, and see Ana on her own
           Owner .........: HM (SW)
           Complete by ...: every 2 weeks until the birth, then weekly for
                            the first 8 weeks
           Evidence ......: visit records show the baby seen at every visit
                            and the sleeping space checked
           Status ........: STARTED
        c) New birth visit, then weekly weighing and a check of the baby's
           feeding
           Owner .........: LP (HV)
           Complete by ...: day 10-14 after the birth, then weekly to 8 weeks
           Evidence ......: weight in the red book, following the baby's
                            centile
           Status ........: NOT STARTED

   3    THERE IS ALWAYS A WELL ADULT WITH THE BABY IN THE FIRST WEEKS
   3.1  Ryan and Sofia
        a) Be at home every night for the first 4 weeks after discharge
           (night shifts moved to days), do the night feeds, and ring PMHS
           and HM the same day if Ana sleeps less than 4 hours two nights
           running or stops her medication
           Owner .........: RD
           Complete by ...: every night for 4 weeks from discharge; calls
                            the same day
           Evidence ......: employer's letter seen by HM by 18/07/2025;
                            night-feed chart checked at every HV and SW
                            visit; calls logged on ChildView
           Status ........: STARTED (letter requested)
        b) Stay at the flat on the 3 nights a week Ryan is back on shift,
           from week 5 to week 12 after the birth
           Owner .........: SF (Ana's sister)
           Complete by ...: Mon, Tue and Wed nights, weeks 5-12
           Evidence ......: night-feed chart signed by Sofia, checked by HM
                            at the weekly visits
           Status ........: AGREED 05/06/2025

E  IF THINGS GO WRONG (CONTINGENCY)
   Triggers - any one of:
     - Ana stops her quetiapine or misses 2 days of it
     - Ana sleeps less than 4 hours on two nights running
     - PMHS see early signs of relapse (racing thoughts, unusual beliefs
       about the baby)
     - the baby is left alone with Ana while she is unwell
   Response:
     - same day: the PMHS crisis team assess Ana; HM (EDT out of hours)
       visits; strategy discussion within 24 hours
     - the baby is cared for by Ryan with Sofia staying at the flat, and
       Ana is offered an admission with the baby to Ashgrove Mother and
       Baby Unit
     - if Ryan or Sofia cannot stay with the baby, the baby is placed with
       approved foster carers the same day (Ana and Ryan have been told
       this and agree), and HM requests a legal planning meeting within 5
       working days

F  CORE GROUP, REVIEW AND LEGAL PLANNING
   Core group : every 3 weeks - 26/06/2025, 17/07/2025, 07/08/2025, then
                within 10 working days of the birth
   RCPC       : 28/08/2025 14:00, Korvanby Civic Centre
   Legal      : if DW's assessment (1.1 a) says Ana cannot keep well enough
                to care for the baby in the baby's timescale, or the ward
                plan (2.1 a) is not signed by 35 weeks, the TM will request
                a legal planning meeting (pre-proceedings) before the birth

G  PARENTS' VIEWS
   Ana agrees with the plan and asked for it to be written down "so I know
   exactly what happens if I get ill". Ryan agrees and has asked his
   manager for the change of shifts in writing.

------------------------------------------------------------------------------
Printed 06/06/2025 16:40 by HMARKHAM       ChildView 4          Page 3 of 3
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby on a children's ward: CP plan tracker print with
#    Ref / Action / Owner / Target date / Success measure / RAG / Update
#    columns, landscape PDF with header and footer on every page.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_kindlemere_lac_ward_plan_tracker_rag_pritchett.pdf",
    "doc_title": "Child Protection Plan Tracker - Leo Pritchett",
    "split": "tune",
    "template": "lac-ward-cp-plan-tracker-ref-target-success-rag-update-columns-landscape-paged",
    "description": (
        "Plan tracker printed for a core group: a 4-month-old accommodated under section 20 and now on a "
        "children's ward with bronchiolitis (mother's heroin use). Ref / Action / Owner / Target date / "
        "Success measure / RAG / Update columns in a landscape table, header and footer on every page. "
        "The SW visits 'when able' and the foster carers 'as often as they can', so nobody visits at a "
        "stated frequency; a blank owner with 'TBC', a blank target date, 'monitored', 'Engagement', a "
        "blank measure, 'All professionals'; an adult-only outcome; no adult service owns an action; "
        "only a looked after review date."
    ),
    "header": "OFFICIAL-SENSITIVE – Kindlemere Council Children's Services – Leo PRITCHETT (ID 5520187)",
    "footer": "CP plan tracker, core group 13/05/2025 – printed 14/05/2025 – Page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("title", "Child Protection Plan – Plan Tracker"),
        ("p", "Kindlemere Council | Children in Care Team 2 | Tracker view for the core group on 13/05/2025"),
        ("kv", [
            ("Child", "Leo Pritchett, DOB 07/01/2025 (4 months)"),
            ("Legal status", "Accommodated under section 20 since 02/04/2025; placed with foster carers "
                             "Grace and Samuel Okoro"),
            ("Where Leo is now", "Kindlemere Royal Infirmary, Ward 7 (children's), admitted 06/05/2025 with "
                                 "bronchiolitis – on oxygen, expected stay 1 to 2 weeks"),
            ("Mother", "Chantelle Pritchett (22)"),
            ("Father", "Kyle Barnes (24) – in HMP Ravensholt until at least September 2025"),
            ("CP plan", "ICPC 20/02/2025 – neglect"),
            ("Social worker", "Rhiannon Kaye, Children in Care Team 2"),
            ("IRO", "Pam Stead"),
        ]),
        ("h1", "Background"),
        ("p", "Chantelle started using heroin again in March after eight months on a stable methadone script. "
              "On 01/04/2025 Leo was found at home with a soaked nappy and an empty bottle while Chantelle was "
              "asleep and could not be woken for several minutes. Chantelle agreed to Leo being accommodated, "
              "and he has lived with Grace and Samuel Okoro since 02/04/2025. Chantelle is still on a "
              "methadone script from Kindlemere Recovery Service, but her two drug screens in April were "
              "positive for heroin. She wants Leo home."),
        ("h1", "Leo on the ward"),
        ("p", "Ward staff say Leo is feeding slowly and needs top-ups through a nasogastric tube. He settles "
              "when Grace holds him and cries hard when she leaves. He smiled and grabbed the SW's lanyard on "
              "08/05/2025. Chantelle has visited once, on 09/05/2025, for about 40 minutes; staff said she was "
              "drowsy and fell asleep in the chair with Leo on her lap, and a nurse took him back to his cot."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Leo gets over his bronchiolitis and goes back to Grace and Samuel's home as soon as the ward "
            "says he is well enough.",
            "Leo has regular, safe time with his mum, and a decision about where he will grow up is made "
            "within his timescale.",
            "Chantelle stops using heroin and stays stable on her methadone script.",
        ]),
        ("h1", "Plan tracker"),
        ("p", "RAG: G on track; A some progress; R not started or off track; New – added today."),
        ("table", {
            "header": ["Ref", "Action", "Owner", "Target date", "Success measure", "RAG",
                       "Update at 13/05/2025"],
            "widths": [1.2, 6.0, 3.6, 3.0, 4.8, 1.4, 5.7],
            "rows": [
                ["1", "Visit Leo on Ward 7, speak to the nurse in charge and keep the foster carers updated",
                 "SW Rhiannon Kaye", "When able", "Leo's progress monitored", "A",
                 "Visited 08/05. Ward say he may need oxygen for another week."],
                ["2", "Foster carers to visit Leo on the ward and do his cares and feeds while they are there",
                 "Grace and Samuel Okoro (foster carers)", "As often as they can",
                 "Ward nursing notes record the carers' visits and the feeds they give", "G",
                 "Grace has been in on most days; Samuel is looking after their other foster child."],
                ["3", "Supervised contact for Chantelle with Leo on the ward",
                 "", "TBC", "Contact recording sheet completed after each session", "R",
                 "Not arranged yet – the ward cannot supervise."],
                ["4", "Discharge planning meeting with the ward, the foster carers and the LAC nurse before "
                      "Leo goes back to his placement",
                 "SW Rhiannon Kaye", "Before discharge",
                 "Written discharge plan copied to the foster carers and Leo's GP", "New",
                 "Ward to give a date."],
                ["5", "Send Leo's discharge summary to his GP and the foster carers' health visitor",
                 "LAC nurse Sam Greaves", "", "Discharge summary on Leo's health file", "New", "–"],
                ["6", "Attend Kindlemere Recovery Service for her methadone script and key-work",
                 "Chantelle Pritchett", "Weekly (Thursdays)", "Engagement", "A",
                 "Missed 2 of the last 5. Both April drug screens positive for heroin."],
                ["7", "Parenting assessment of Chantelle (community based, including observed contact once "
                      "Leo is discharged)",
                 "SW Rhiannon Kaye", "By 20/06/2025", "", "A", "Started 29/04; one session so far."],
                ["8", "Viability assessment of Leo's paternal grandmother, Debbie Barnes, as a carer for Leo",
                 "Kinship assessor Olu Martins", "By 06/06/2025",
                 "Viability report with a recommendation shared with the IRO and the core group", "G",
                 "First visit done 12/05."],
                ["9", "Tell the SW of any concern about Leo's care or Chantelle's presentation on the ward",
                 "All professionals", "Same day", "Concerns logged on Leo's file with the action taken", "G",
                 "–"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chantelle comes onto the ward under the influence or tries to take Leo off the ward, the "
              "nurse in charge will call ward security and the police and ring the SW (EDT out of hours) "
              "straight away. Chantelle's time with Leo will stop until a strategy discussion has been held, "
              "within 24 hours, and Leo will stay on the ward until he is discharged to Grace and Samuel."),
        ("h1", "Legal planning"),
        ("p", "Leo is accommodated with Chantelle's agreement. If Chantelle's drug screens are still positive "
              "at the end of May, or the parenting assessment cannot be finished by 20/06/2025, the SW will "
              "request a legal planning meeting to consider care proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – next 10/06/2025, 2pm, Kindlemere Family Centre.",
            "Looked after review: 02/07/2025 (IRO Pam Stead).",
            "Review child protection conference: to be confirmed once the care plan is clearer.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Leo on Ward 7, speak to the nurse in charge"),
        F("M002", "Visit Leo on Ward 7, speak to the nurse in charge"),
        F("T002", "Foster carers to visit Leo on the ward and do his cares"),
        F("W001", "Supervised contact for Chantelle with Leo on the ward"),
        F("T002", "Supervised contact for Chantelle with Leo on the ward"),
        F("T001", "Send Leo's discharge summary to his GP and the foster"),
        F("M002", "Attend Kindlemere Recovery Service for her methadone script and key-work"),
        F("M001", "Parenting assessment of Chantelle (community based, including observed contact"),
        F("W002", "Tell the SW of any concern about Leo's care"),
        F("F002", "Chantelle stops using heroin and stays stable on her methadone script"),
        F("F004"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan summary exported to markdown: objectives as headings, a lettered
#    step table under each with Who / Due / Evidence / Status (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_karnwick_objective_step_tables_export_lowther.md",
    "split": "tune",
    "template": "cp-plan-summary-export-md-objective-headings-lettered-step-tables-status-column",
    "description": (
        "ICPC plan summary exported to markdown for a 3-year-old (neglect; mother's anxiety and "
        "depression, debts, damp flat): objectives as headings with a lettered step table under each "
        "(Who / Due / Evidence / Status). Two of three objectives are about the mother only and six of "
        "ten steps are her own needs; 'when she can', 'ASAP', 'Ongoing', '-', blank evidence, "
        "'Engagement', 'Improvement', a talking-therapies counsellor who only supports; the child is "
        "'too young to share his views'; 'further concerns' contingency that only reviews; no legal step."
    ),
    "text": """\
# Karnwick Borough Council – Children's Social Care

## Child Protection Plan – plan summary

*Exported from Mosaic-K on 14/05/2025 by D.Fell. Plan version 1.0, authorised 13/05/2025.*

| | |
|---|---|
| **Child** | Harley LOWTHER, DOB 14/03/2022 (3 years) – Mosaic ID 640-2291 |
| **Mother** | Gemma Lowther (24) |
| **Father** | Aaron Stead – no contact since 2023 |
| **Address** | 22b Furnace Street, Karnwick KW3 8PD |
| **Conference** | Initial child protection conference, 12/05/2025 |
| **Category** | Neglect |
| **Social worker** | Dawn Fell, Karnwick Assessment and Protection Team |

### Reason for the plan

Gemma has anxiety and depression and has told her GP she "can't cope" most days. The
flat is damp with black mould on the walls, and there was very little food in the
cupboards on two of three visits. Gemma has rent arrears of £1,900 and Karnwick Homes
have started possession proceedings. Gemma's ex-partner (not Harley's father) was
arrested in March after a domestic incident at the flat and is on bail not to go
there. Harley missed his 2-year review in January and has not started his funded
nursery hours.

### Child's views

Harley is 3 and is too young to share his views.

### Outcomes

The outcomes for this plan are the three objectives below.

### Objective 1 – Gemma's housing and money are sorted out

| Step | Action | Who | Due | Evidence | Status |
|---|---|---|---|---|---|
| 1a | Apply to Karnwick Homes for a management transfer because of the damp and the arrears | Gemma, with FSW Lisa Carne | 30/06/2025 | Transfer application acknowledgement letter | Not started |
| 1b | Go to a debt advice appointment at Karnwick Money Advice and agree a repayment plan for the arrears | Gemma | By 13/06/2025 | Signed repayment plan, copy to SW | In progress |
| 1c | Apply for the housing element of Universal Credit and the council tax reduction she has not claimed | Gemma | When she can | | Not started |

### Objective 2 – Gemma's mental health improves

| Step | Action | Who | Due | Evidence | Status |
|---|---|---|---|---|---|
| 2a | See her GP about her anxiety and ask about going back on medication | Gemma | By 31/05/2025 | GP letter to SW confirming the appointment | Not started |
| 2b | Self-refer to Karnwick Talking Therapies | Gemma | ASAP | Engagement | Not started |
| 2c | Weekly counselling sessions to support Gemma with her anxiety and low mood | Karnwick Talking Therapies | Weekly once the referral is accepted | Attendance recorded | Not started |

### Objective 3 – Harley is safe and well cared for at home

| Step | Action | Who | Due | Evidence | Status |
|---|---|---|---|---|---|
| 3a | Home visits, including Harley's bedroom and the food in the cupboards | SW Dawn Fell | Every 2 weeks | Visit records show Harley seen and his bedroom and the food checked | In progress |
| 3b | Take Harley to Little Owls Nursery for his 15 funded hours | Gemma | From 02/06/2025 | | Not started |
| 3c | Work with Gemma on routines, meals and bedtimes | FSW Lisa Carne | Ongoing | Improvement in routines | In progress |
| 3d | Harley's 2½ year development review (missed in January) | HV Shona Birch | - | ASQ-3 scores sent to SW | Not started |

### Contingency

If there are further concerns about Harley's care, the plan will be reviewed at core
group and a strategy discussion will be considered.

### Review arrangements

- Core group: every 4 weeks, first on 26/05/2025 at Karnwick Family Hub.
- Review child protection conference: 04/08/2025.

*End of export.*
""",
    "findings": [
        F("T002", "Apply for the housing element of Universal Credit"),
        F("M001", "Apply for the housing element of Universal Credit"),
        F("T002", "Self-refer to Karnwick Talking Therapies"),
        F("M002", "Self-refer to Karnwick Talking Therapies"),
        F("H001", "Weekly counselling sessions to support Gemma with her anxiety"),
        F("M001", "Take Harley to Little Owls Nursery for his"),
        F("T002", "Work with Gemma on routines, meals and bedtimes"),
        F("M002", "Work with Gemma on routines, meals and bedtimes"),
        F("T001", "Harley's 2½ year development review (missed in January)"),
        F("F002", "Gemma's housing and money are sorted out"),
        F("F002", "Gemma's mental health improves"),
        F("F001"),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes in Word: table of last meeting's actions with status
#    and evidence seen, agency updates, then an action log table with
#    Ref / Owner / Due / Done when / Status (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_knappwood_core_group_minutes_log_table_gallacher.docx",
    "doc_title": "Core Group Minutes - Ruby and Finn Gallacher",
    "split": "tune",
    "template": "core-group-minutes-word-last-actions-status-evidence-table-then-cg-ref-log-done-when-status",
    "description": (
        "Exemplary core group minutes for two children (mother's alcohol misuse): last meeting's actions "
        "in a table with status and evidence seen, the children's words, agency updates, then an action "
        "log with CG3 refs, owner, due, 'Done when' and status. Alcohol service asked for a prognosis "
        "report, GP owns an action, grandmother's and father's care of Finn covered in a specific "
        "contingency with a foster-care fallback, core group and review dates, legal planning meeting."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Knappwood Council – Children's Services, Family Safeguarding Team 3"),
        ("kv", [
            ("Children", "Ruby Gallacher (13), Finn Gallacher (6)"),
            ("Meeting", "Core group 3 – Tuesday 10/06/2025, 9.30am, Knappwood Family Centre"),
            ("Plan", "Child protection plan from the initial conference on 07/04/2025 (neglect)"),
            ("Chair", "Lucy Brannagh, social worker"),
            ("Present", "Kerry-Ann Gallacher (mum); Sean Gallacher (dad); Irene Gallacher (paternal "
                        "grandmother); Lucy Brannagh (SW); Mr Tariq Aziz (DSL, Knappwood High); Mrs Helen Yeo "
                        "(DSL, Saltgate Primary); Zoe Carver (school nurse); Phil Dempsey (recovery worker, "
                        "Knappwood Alcohol and Drug Service – KADS)"),
            ("Apologies", "Dr Owen Lacey (GP) – written update received"),
            ("Minutes", "Jo Pattle, business support"),
        ]),
        ("h2", "1. Actions from core group 2 (13/05/2025)"),
        ("table", {
            "header": ["Ref", "Action", "Owner", "Due", "Status today", "Evidence seen"],
            "widths": [1.6, 4.4, 2.6, 2.2, 2.0, 4.2],
            "rows": [
                ["CG2-1", "Visit Ruby and Finn at home every 2 weeks, one visit unannounced, and see each child "
                          "on their own", "Lucy Brannagh (SW)", "Fortnightly", "Done",
                 "Visits 20/05 and 03/06 (03/06 unannounced); both children seen alone – visit records"],
                ["CG2-2", "Liver function tests and a review of Kerry-Ann's health", "Dr Owen Lacey (GP)",
                 "By 30/05/2025", "Done", "GP letter 29/05/2025 – results better than in April"],
                ["CG2-3", "Breath test at each KADS session, results to the SW", "Phil Dempsey (KADS)",
                 "Weekly", "Done", "7 of 8 tests clear; one reading over the limit on 22/05 (KADS report)"],
                ["CG2-4", "Check Finn's uniform and head lice treatment every Monday", "Mrs Helen Yeo (DSL)",
                 "Weekly, Mondays", "Done – closed", "Finn in clean uniform on 4 of 4 Mondays (school log); "
                                                    "lice cleared"],
                ["CG2-5", "Book a dental check-up for Ruby and show the SW the appointment letter",
                 "Kerry-Ann Gallacher", "By 06/06/2025", "Not done – now CG3-5", "None yet"],
            ],
        }),
        ("h2", "2. How Ruby and Finn are"),
        ("p", "Lucy saw Ruby on her own at school on 03/06. Ruby said things are \"loads better than at "
              "Easter\" and that Mum has \"mostly stopped\", but that the night Mum drank in May she stayed up "
              "until 2am \"to make sure she was breathing\". She doesn't want to go to Dad's every night "
              "because \"all my stuff is at Mum's\", but she would go if Mum drank again. She wants to be "
              "allowed to go to netball club after school and not have to rush home to check on Mum."),
        ("p", "Finn told Lucy at home on 03/06 that his favourite days are \"Nana Irene days because she "
              "makes fish fingers\". He drew his family with everyone smiling except Mum, \"because she's "
              "poorly sometimes\". School say he is more settled, is dry at school and has stopped hoarding "
              "food from the lunch hall."),
        ("h2", "3. Updates"),
        ("p", "Kerry-Ann said she has had one drink since the last meeting (22/05, after an argument with a "
              "neighbour) and is going to every KADS session. Phil (KADS) confirmed 7 of 8 clear breath tests "
              "and said Kerry-Ann is now on acamprosate from the GP. Dr Lacey's letter says her liver "
              "results are better. Mr Aziz said Ruby's attendance is 93% (from 81%) and she was late twice. "
              "Mrs Yeo said Finn has been collected by Irene every day and is in clean uniform. Zoe Carver "
              "will see Finn about his bedwetting at home. Sean said Finn's Wednesday nights are going well."),
        ("h2", "4. What we are working towards (from the ICPC plan)"),
        ("bullets", [
            "Ruby and Finn are cared for every day and night by an adult who is sober, and have food, clean "
            "clothes and a warm home.",
            "Ruby no longer has to look after her mum or Finn, gets to school every day and has time for "
            "her own friends and clubs.",
            "Finn is dry at night, eats well at home and is not worried about his mum.",
        ]),
        ("h2", "5. Action log agreed today"),
        ("table", {
            "header": ["Ref", "Action", "Owner", "Due", "Done when", "Status"],
            "widths": [1.6, 4.6, 2.6, 2.4, 3.8, 2.0],
            "rows": [
                ["CG3-1", "Home visits, at least one in three unannounced; see Ruby and Finn on their own and "
                          "check the food in the house and Finn's bedding",
                 "Lucy Brannagh (SW)", "Every 2 weeks – next by 24/06/2025",
                 "Visit records show each child seen alone and the home conditions checklist completed",
                 "Standing"],
                ["CG3-2", "Weekly key-work with Kerry-Ann with a breath test every session, and a written view "
                          "on whether she can stay sober for Ruby and Finn and how long that will take",
                 "Phil Dempsey (KADS)", "Weekly; written report by 01/07/2025",
                 "Test results in each update; prognosis report shared with the core group by 01/07/2025",
                 "New"],
                ["CG3-3", "Collect Finn from school and give him his tea, Monday to Thursday",
                 "Irene Gallacher (PGM)", "Mon–Thu, 3.15pm", "Saltgate Primary collection sheet signed by "
                                                              "Irene each day", "Standing"],
                ["CG3-4", "Have Finn overnight every Wednesday and take him to school on Thursday morning",
                 "Sean Gallacher (dad)", "Every Wednesday", "Finn in school on time every Thursday "
                                                            "(register)", "Standing"],
                ["CG3-5", "Book and take Ruby to a dental check-up",
                 "Kerry-Ann Gallacher", "By 27/06/2025", "Appointment card or dentist's letter shown to the SW",
                 "C/F"],
                ["CG3-6", "Check in with Ruby every fortnight and pass anything she says about home to the SW "
                          "the same day",
                 "Mr Tariq Aziz (DSL)", "Fortnightly, Fridays",
                 "Check-in log records Ruby's words; attendance figures sent to the SW each month", "Standing"],
                ["CG3-7", "Young carers assessment for Ruby, including a place at netball club",
                 "Lucy Brannagh (SW)", "By 30/06/2025",
                 "Assessment completed and shared with Ruby and the core group; netball club place "
                 "confirmed by school", "New"],
                ["CG3-8", "Health check for Finn – weight, height, hearing – and a plan for his bedwetting",
                 "Zoe Carver (school nurse)", "By 20/06/2025",
                 "Results and enuresis plan sent to the SW and the GP", "New"],
                ["CG3-9", "Prescribe Kerry-Ann's acamprosate every 28 days and repeat her liver function tests, "
                          "telling the SW of any missed prescription so the children are not left with her "
                          "drinking",
                 "Dr Owen Lacey (GP)", "Every 28 days; LFTs by 15/07/2025",
                 "Prescription dates and blood results sent to the SW before each core group", "Standing"],
            ],
        }),
        ("h2", "6. Contingency (checked today and still agreed)"),
        ("p", "If Kerry-Ann is found to have been drinking while caring for Ruby or Finn, has a breath test "
              "over the limit two weeks running, or either child says Mum has been drinking and could not look "
              "after them, Lucy (or EDT out of hours) will visit the same day and a strategy discussion will "
              "be held within 24 hours. Ruby and Finn will go to Sean's flat at 9 Cooper Street, with Irene "
              "doing the school runs. If Sean or Irene cannot have them, Ruby and Finn will be placed together "
              "with approved foster carers the same day, and Lucy will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Review child protection conference: Thursday 03/07/2025, 10am, Knappwood Civic Centre.",
            "Core group: every 4 weeks – next on 08/07/2025, then 05/08/2025, 9.30am, Knappwood Family Centre.",
            "If the KADS report of 01/07/2025 says Kerry-Ann is not able to stay sober within a timescale "
            "that works for Ruby and Finn, or there is another reading over the limit before the review "
            "conference, Lucy will ask the team manager for a legal planning meeting and tell the conference "
            "the outcome.",
        ]),
        ("p", "Minutes agreed by Lucy Brannagh, 11/06/2025. Copies to everyone present and to Dr Lacey."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Task list printed from an old case system in Courier: TASK nn with
#    ASSIGNED TO / TARGET DATE / SUCCESS / STATUS lines, family moving to
#    another authority; PDF with header and footer on every page.
# ---------------------------------------------------------------------------
_G_LINES = [
    "CHILDREN  : Jade DUNLEAVY    DOB 23/09/2015 (9y)   KCS 118-2044",
    "            Tommy DUNLEAVY   DOB 11/04/2023 (2y)   KCS 118-2045",
    "MOTHER    : Shauna DUNLEAVY (27)",
    "TOMMY'S F : Lee MARSH (31) - bail conditions not to contact Shauna",
    "            or go to the family address",
    "PLAN      : RCPC 02/06/2025 - cat. emotional abuse - plan continues",
    "SW        : Ben HOLLIS (BH), Kestrelby Family Safeguarding Team",
    "TRANSFER  : Family moving to Shauna's mother's house in Farrowmere",
    "            (Farrowmere County Council) on 30/06/2025. Transfer",
    "            request sent to Farrowmere 10/06/2025.",
]

_G_TASKS = [
    ("01", ["Visit Jade and Tommy at home, see Jade on her own, and check",
            "that Lee has not been at the house"],
     ["BH (SW)"], ["Every 2 weeks until the Farrowmere transfer-in", "conference"],
     ["Visit records - both children seen, Jade seen alone"], "OPEN"),
    ("02", ["Refer Jade to CAMHS for her nightmares and bedwetting since the",
            "incident in April - on hold until the family are settled in",
            "Farrowmere"],
     ["BH (SW)"], ["TBC - after transfer"], [""], "ON HOLD"),
    ("03", ["Freedom Programme for Shauna - Farrowmere to arrange once the",
            "case has transferred"],
     ["Farrowmere Children's Services"], ["TBC"], ["Attendance register sent to SW"], "ON HOLD"),
    ("04", ["Weekly counselling sessions for Shauna at Kestrelby Wellbeing",
            "Service to support her with her anxiety and flashbacks"],
     ["Kestrelby Wellbeing Service (IAPT), Mark Orme"], ["Weekly (Wednesdays)"],
     ["Shauna feels less anxious"], "OPEN"),
    ("05", ["Tommy's 2-year development review (overdue since April) -",
            "HV to hand over to Farrowmere health visiting to do after the",
            "move"],
     ["HV Nicola Brant"], ["On transfer"],
     ["Farrowmere HV confirms in writing that the review is booked"], "OPEN"),
    ("06", ["Safety plan for the new address (panic alarm, police marker on",
            "Carol's house, Jade's school told about the bail conditions)"],
     [""], ["Before the move - by 27/06/2025"],
     ["Written safety plan on file and copied to Farrowmere police"], "OPEN"),
    ("07", ["Check Lee's bail conditions and tell BH of any breach"],
     ["PC Alison Devlin, Kestrelby Police DA Unit"],
     ["Same day as any breach; bail review 01/07/2025"],
     ["Breaches logged on the police system and emailed to BH"], "OPEN"),
    ("08", ["Have Jade and Tommy at her house after school and make sure Lee",
            "does not come to the house; ring 999 if he does"],
     ["Carol Dunleavy (MGM)"], ["Every day from the move on 30/06/2025"],
     ["Carol's log of anyone coming to the house, seen by the SW at", "each visit"], "AGREED"),
    ("09", ["Drive Jade to and from Kestrelby Juniors on Tuesdays and",
            "Thursdays until the end of the summer term"],
     ["Leanne Dunleavy (maternal aunt)"], ["Tue and Thu, 01/07/2025 to 18/07/2025"],
     ["School collection book signed by Leanne"], "AGREED"),
    ("10", ["Let the SW know about any contact from Lee, by phone, text or",
            "social media"],
     ["Everyone"], ["Same day"], ["Logged on KCS with the action taken"], "OPEN"),
    ("11", ["Apply for a school place for Jade in Farrowmere from September"],
     ["Shauna Dunleavy"], ["By 30/06/2025"], ["Place offer letter seen by the SW"], "OPEN"),
]


def _g_blocks():
    blocks = [
        ("boldp", "CHILD PROTECTION PLAN - TASK LIST (PRINT)"),
    ]
    blocks += [("pl", line) for line in _G_LINES]
    blocks += [
        ("pl", ""),
        ("boldp", "SECTION 1  SUMMARY OF CONCERNS"),
        ("p", "On 12/04/2025 Lee pushed Shauna down the stairs at the family home while Jade and Tommy were "
              "upstairs. Jade rang 999. Lee was arrested and is on bail. Shauna has since been diagnosed with "
              "anxiety and has flashbacks; she has been to the GP and is seeing Kestrelby Wellbeing. Jade has "
              "nightmares and has started wetting the bed. Shauna wants to move back to her mother's house in "
              "Farrowmere to be further from Lee."),
        ("boldp", "SECTION 2  CHILDREN'S VIEWS"),
        ("p", "Jade (seen alone at school 04/06/2025): \"I'm glad Lee's gone but I still hear the bang when I "
              "go to sleep.\" She is looking forward to living with Nana Carol but is sad about leaving her "
              "best friend. She wants to finish Year 4 at Kestrelby Juniors. Tommy was seen at home on "
              "04/06/2025: he ran to Shauna when the door buzzer went and hid his face, then played with his "
              "cars and brought them to the SW."),
        ("boldp", "SECTION 3  OUTCOMES"),
        ("pl", "O1  Jade and Tommy live where Lee cannot hurt or frighten them, and"),
        ("pl", "    Jade feels safe enough to sleep through the night."),
        ("pl", "O2  Jade and Tommy have help to get over what they saw and heard."),
        ("pl", "O3  Tommy's development is checked and any delay is picked up early."),
        ("pl", ""),
        ("pagebreak",),
        ("boldp", "SECTION 4  TASKS"),
    ]
    for num, action, who, when, how, status in _G_TASKS:
        blocks.append(("pl", f"TASK {num}  {action[0]}"))
        for line in action[1:]:
            blocks.append(("pl", f"         {line}"))
        blocks.append(("pl", f"  ASSIGNED TO ..: {who[0]}"))
        blocks.append(("pl", f"  TARGET DATE ..: {when[0]}"))
        for line in when[1:]:
            blocks.append(("pl", f"                  {line}"))
        blocks.append(("pl", f"  SUCCESS ......: {how[0]}"))
        for line in how[1:]:
            blocks.append(("pl", f"                  {line}"))
        blocks.append(("pl", f"  STATUS .......: {status}"))
        blocks.append(("pl", ""))
    blocks += [
        ("boldp", "SECTION 5  CONTINGENCY PLAN"),
        ("pl", "[no entry]"),
        ("pl", ""),
        ("boldp", "SECTION 6  REVIEW"),
        ("pl", "Core group       : 24/06/2025 10:00, Kestrelby Family Centre (last"),
        ("pl", "                   core group in Kestrelby)"),
        ("pl", "Review / transfer-in conference : to be arranged by Farrowmere"),
        ("pl", ""),
        ("pl", "*** END OF TASK LIST ***"),
    ]
    return blocks


PLANS.append({
    "name": "b21_kestrelby_courier_task_print_transfer_dunleavy.pdf",
    "doc_title": "CP Plan Task List - Jade and Tommy Dunleavy",
    "split": "tune",
    "template": "transfer-pending-monospace-case-print-task-nn-assigned-target-success-status-lines-paged",
    "description": (
        "Task list printed in Courier from an old case system for two children (domestic abuse; mother's "
        "anxiety) whose family is moving to another authority: TASK nn with ASSIGNED TO / TARGET DATE / "
        "SUCCESS / STATUS lines, header and footer on every page. A CAMHS referral on hold and a Freedom "
        "Programme and a development review left for the receiving authority; 'TBC', a blank success "
        "line, a wellbeing counsellor who only supports with 'feels less anxious', a blank owner, "
        "'Everyone'. Grandmother and aunt carry the plan but the contingency section is '[no entry]'; "
        "review conference left to the other authority; no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE   KESTRELBY COUNCIL   CP TASK LIST   DUNLEAVY J / T",
    "footer": "KCS-CM 6.2   printed 17/06/2025 11:05   user BHOLLIS   Page {PAGE} of {NUMPAGES}",
    "font": "Courier New",
    "font_size": 9,
    "min_pages": 2,
    "blocks": _g_blocks(),
    "findings": [
        F("X001", "Refer Jade to CAMHS for her nightmares and bedwetting"),
        F("T002", "Refer Jade to CAMHS for her nightmares and bedwetting"),
        F("M001", "Refer Jade to CAMHS for her nightmares and bedwetting"),
        F("X001", "Farrowmere to arrange once the case has transferred"),
        F("T002", "Farrowmere to arrange once the case has transferred"),
        F("H001", "Weekly counselling sessions for Shauna at Kestrelby Wellbeing"),
        F("M002", "Weekly counselling sessions for Shauna at Kestrelby Wellbeing"),
        F("X001", "HV to hand over to Farrowmere health visiting"),
        F("W001", "Safety plan for the new address (panic alarm, police marker"),
        F("W002", "Let the SW know about any contact from Lee"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})
