"""Batch 29, module 1: seven fictional plans from health and multi-agency settings (tuning material).

Everything here is made up: children, families, professionals, services, hospitals, trusts and
councils. Labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. GP practice clinical-system print: alerts, coded entries, journal with the
#    CP plan summary copied in, then the practice task / recall list (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_edderwick_gp_record_task_list_print_kelso.txt",
    "split": "tune",
    "template": "gp-practice-clinical-system-child-record-print-alerts-coded-entries-journal-plan-summary-then-recall-task-list-txt",
    "description": (
        "GP practice record print for a 20-month-old on a CP plan (neglect; mother's drinking and "
        "depression): alerts, coded entries, a journal entry copying the plan, then a task / recall list "
        "with Task / Owner / Due / Check lines. HV review 'ongoing', a blank owner, 'engagement', a blank "
        "check on grandmother's overnights, a talking-therapy row that only treats ('mood improves'), a "
        "'Monitored' check; contingency sends the child to the same grandmother; no legal step."
    ),
    "text": """\
EDDERWICK HEALTH CENTRE  -  PracticeView Clinical 12.4
Patient record print  ** SAFEGUARDING - RESTRICTED **      Printed 14/05/2025 09:41  User: AFAROUK
-----------------------------------------------------------------------------------------------
Patient:    KELSO, Ruby-Jo            DOB 02/09/2023 (1y 8m)   Sex F   NHS No. 999 *** ****
Address:    14 Tanner's Row, Edderwick ED3 5PW
Usual GP:   Dr Amina Farouk  (practice safeguarding lead)
Linked:     KELSO, Stacey (mother)            - registered here
            MARR, Denise (maternal grandmother) - registered here
-----------------------------------------------------------------------------------------------
ACTIVE ALERTS
  [!] Child protection plan - category NEGLECT - from 29/04/2025 (Edderwick Children's Services)
  [!] Mother: alcohol misuse; depression - see mother's record before any consultation
  [!] Do NOT text appointment reminders to the old mobile ending 448 - use number ending 903
-----------------------------------------------------------------------------------------------
CODED ENTRIES (last 6 months)
  29/04/2025   Child on child protection plan                      (letter scanned)
  17/04/2025   Did not attend - 12 month immunisations             (3rd DNA)
  02/04/2025   A&E attendance - Edderwick General - scald L hand   (2% superficial, discharged)
  11/03/2025   HV review 18 months (done at 18m 2w)                 ASQ-3: communication below cut-off
  20/01/2025   Napkin dermatitis - severe                           (clotrimazole/hydrocortisone)
-----------------------------------------------------------------------------------------------
JOURNAL
06/05/2025 10:12   Admin (safeguarding) for Dr A Farouk
  ICPC plan received from Edderwick Children's Services, SW Priya Nandra (tel 01632 960 775).
  Conference 29/04/2025 - Dr Farouk sent a report, did not attend. Summary copied below for
  clinicians; full plan in Documents > Safeguarding.

  WHY THE PLAN: Stacey drinks most days, sometimes from late morning. Police attended
  22/03/2025 after a neighbour's call - Stacey asleep on the sofa at 4pm, Ruby-Jo in her cot in
  a soaked nappy, front door open. Scald 02/04/2025 from the kettle flex - no adult saw it
  happen. Imms missed x3. Stacey told Dr Farouk on 15/04/2025 she feels "flat all the time" and
  has been taking her sertraline "on and off". Father (Liam Kelso) not in contact, lives in
  Brackwith. MGM Denise Marr lives 2 streets away and has Ruby-Jo most weekends.

  RUBY-JO'S DAY (HV and nursery reports to conference): at the 18 month review Ruby-Jo played
  on the floor with the bricks and did not look to Stacey when she bumped her head; when
  Denise arrived she went straight to her and settled on her lap. Little Owls nursery say she
  eats two breakfasts on Monday mornings, has few words ("Nana", "dog", "no"), and cries at
  pick-up on the days Stacey collects her but not when Denise does.

  OUTCOMES IN THE PLAN:
   - Ruby-Jo is cared for by an adult who is sober and awake whenever she is with them.
   - Ruby-Jo is up to date with her immunisations and checks, and her talking catches up.
   - Ruby-Jo has no more injuries that no adult saw happen.

13/05/2025 11:40   Jan Coyle (practice nurse)
  Brought by MGM for imms - Stacey "at work". MGM has no parental responsibility - not given,
  rebooked 20/05/2025 with Stacey. Weight 10.4kg (25th centile). Nappy area clear. SW informed
  by email 13/05 12:05.
-----------------------------------------------------------------------------------------------
TASKS / RECALLS   (filter: KELSO R-J + linked records)          8 open   0 closed
-----------------------------------------------------------------------------------------------
#1   Task:   Review Stacey's sertraline, her AUDIT-C score and how she is
             managing Ruby-Jo's care; write to the SW after each review
     Owner:  Dr A Farouk (GP)
     Due:    every 4 weeks - next 27/05/2025 (recall set)
     Check:  Letter to SW with AUDIT-C score and whether prescriptions were
             collected on time; copy scanned to Ruby-Jo's record

#2   Task:   Catch-up 12 month immunisations (MMR, Hib/MenC, PCV) and book
             the 2nd MMR at 3y4m
     Owner:  Jan Coyle (practice nurse)
     Due:    by 30/05/2025
     Check:  Imms coded on record; any DNA emailed to HV and SW the same day

#3   Task:   2 year developmental review incl. ASQ-3, and a speech and
             language referral if communication is still below cut-off
     Owner:  HV Sinead Burke (Edderwick 0-19 Team)
     Due:    ongoing
     Check:  ASQ-3 scores and SLT referral letter copied to SW

#4   Task:   Any A&E attendance, out of hours contact or DNA for Ruby-Jo
             flagged to the SW
     Owner:
     Due:    same working day
     Check:  Email to SW logged in this journal with date and time

#5   Task:   Stacey to attend Pathways key work sessions for her drinking
     Owner:  Stacey Kelso (mother)
     Due:    weekly from 12/05/2025
     Check:  engagement with Pathways

#6   Task:   Ruby-Jo stays overnight with Nan on Fridays and Saturdays
             (the nights Stacey is most likely to drink)
     Owner:  Denise Marr (MGM)
     Due:    every Fri and Sat night
     Check:

#7   Task:   Nursery drop-off Mon, Wed and Fri mornings
     Owner:  Denise Marr (MGM)
     Due:    every Mon, Wed and Fri from 06/05/2025
     Check:  Little Owls register shows Ruby-Jo in by 9.30am

#8   Task:   Low mood - guided self-help then CBT (8 sessions) for Stacey
     Owner:  Edderwick Talking Therapies (step 2 worker Carl Dunn)
     Due:    fortnightly from 02/06/2025
     Check:  Stacey's mood improves

#9   Task:   Unannounced home visits - see Ruby-Jo's cot, the kitchen and
             the fridge, and Ruby-Jo with Stacey
     Owner:  SW Priya Nandra
     Due:    every 10 working days
     Check:  Visit record copied to the practice; home conditions score

#10  Task:   Keep an eye on Ruby-Jo's presentation and skin whenever she
             is seen in the practice
     Owner:  Jan Coyle (practice nurse)
     Due:    every appointment
     Check:  Monitored
-----------------------------------------------------------------------------------------------
CONTINGENCY (copied from plan)
  If Stacey is found drunk while caring for Ruby-Jo, or Ruby-Jo has another injury that no
  adult can explain, the SW (EDT out of hours) will visit the same day and Ruby-Jo will go to
  stay with her nan, Denise Marr, while a strategy discussion is held within 24 hours.

REVIEW (copied from plan)
  Core group: every 4 weeks - 20/05/2025, 17/06/2025, 15/07/2025 (practice to send a written
  update if no one can attend)
  Review child protection conference: 24/07/2025, Edderwick Civic Offices
-----------------------------------------------------------------------------------------------
End of print - 1 of 1                  RESTRICTED: do not file in the paper notes
""",
    "findings": [
        F("T002", "2 year developmental review incl. ASQ-3, and a speech"),
        F("W001", "Any A&E attendance, out of hours contact or DNA for Ruby-Jo"),
        F("M002", "Stacey to attend Pathways key work sessions for her drinking"),
        F("M001", "Ruby-Jo stays overnight with Nan on Fridays and Saturdays"),
        F("H001", "guided self-help then CBT (8 sessions) for Stacey"),
        F("M002", "guided self-help then CBT (8 sessions) for Stacey"),
        F("M002", "Keep an eye on Ruby-Jo's presentation and skin"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. CAMHS clinician's letter after a joint CAMHS / children's social care
#    planning meeting, with the agreed plan as numbered sentences (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_elvanstow_camhs_clinic_letter_plan_pengelly.docx",
    "doc_title": "CAMHS letter - Maisie Pengelly",
    "split": "tune",
    "template": "camhs-practitioner-clinic-letter-to-sw-after-joint-planning-meeting-formulation-risk-then-numbered-plan-sentences",
    "description": (
        "Letter from a CAMHS practitioner to the SW after a joint CAMHS / social care meeting for a "
        "14-year-old on a CP plan who self-harms (father's drinking), with the agreed plan as numbered "
        "sentences. Father to refer himself 'when he feels ready', a school step with no measure, a "
        "passive 'as soon as possible' safety-plan share, 'we will all keep a close eye'; no outcome "
        "for Maisie anywhere, no adult service owns an action, no legal step."
    ),
    "blocks": [
        ("pr", "Elvanstow Child and Adolescent Mental Health Service"),
        ("pr", "The Larkspur Centre, Wellbrook Road, Elvanstow EV4 2LP"),
        ("pr", "Tel 01632 960 412   Secure email: elvanstow.camhs@nhs-fictional.uk"),
        ("pr", "Clinic date: 19/05/2025   Typed: 21/05/2025"),
        ("p", ""),
        ("boldp", "PRIVATE AND CONFIDENTIAL"),
        ("pl", "Ms Rhiannon Tate, Social Worker"),
        ("pl", "Elvanstow Children's Services, Safeguarding Team 2"),
        ("pl", "Civic Hall, Elvanstow EV1 1AA"),
        ("p", "cc: Dr Peter Nash, Hollybank Surgery (GP); Mrs Denise Okafor, DSL, Elvanstow Academy; "
              "Mr Rob Pengelly (father)"),
        ("boldp", "Re: Maisie PENGELLY, DOB 11/02/2011 (14 years), 22 Ashgrove Close, Elvanstow EV6 3RD"),
        ("p", "Dear Rhiannon,"),
        ("p", "Thank you for coming to the joint CAMHS and children's social care planning meeting at "
              "the Larkspur Centre on 19 May 2025, with Maisie, her dad Rob and Mrs Okafor. Maisie has "
              "been subject to a child protection plan under the category of neglect since the initial "
              "conference on 8 April 2025. As we agreed, I am writing down the CAMHS part of the plan and "
              "the other things we agreed on the day, so that everyone has the same copy."),
        ("h2", "Why Maisie was referred"),
        ("p", "Dr Nash referred Maisie in March after school found cuts to both forearms. She tells me "
              "she has been cutting three or four times a week since Christmas, using a pencil sharpener "
              "blade, and that on 28 March she took 16 paracetamol after an argument at home. She was "
              "admitted overnight to the children's ward at Elvanstow General and medically cleared. She "
              "sleeps three to four hours a night and her attendance this term is 61%."),
        ("h2", "Family and home"),
        ("p", "Maisie lives with her dad Rob and her brother Alfie (9). Her mum moved to Brackwith in "
              "September 2024 and sees the children one weekend a month. Rob told us he drinks \"a few "
              "cans most nights, more at the weekend\", and the social work assessment records two police "
              "call-outs this year when he was found drunk with the children at home. Rob was open about "
              "this in the meeting and said he knows the drinking \"has got out of hand since Jo left\"."),
        ("h2", "What Maisie told me"),
        ("p", "Maisie saw me on her own for the first part of the appointment. She said: \"I do tea for "
              "Alfie most nights and put him to bed when Dad's had too many. I don't mind, it's just "
              "every night.\" She said cutting \"makes the noise in my head stop for a bit\" and that the "
              "worst time is after Alfie is asleep. She wants to stay living with her dad and does not want "
              "him \"to get in trouble\". She would like to go back to netball and to have \"one person at "
              "school who gets it\"."),
        ("h2", "Formulation"),
        ("p", "Maisie's self-harm has grown out of a low mood that started when her mum left, and it is "
              "kept going by her caring role in the evenings, her poor sleep and the lack of an adult she "
              "can go to at home. She does not meet the criteria for a depressive disorder at present, but "
              "her risk of further self-harm is high while things at home stay the same."),
        ("h2", "Risk"),
        ("p", "Risk of repeated self-harm: high. Risk of a further overdose: moderate, raised when she is "
              "alone in the evenings and tablets are within reach. No plans or intent to end her life were "
              "expressed today. Protective factors: her bond with Alfie, her wish to get back to netball, "
              "and her willingness to talk to us."),
        ("h2", "Plan agreed at the meeting"),
        ("numbers", [
            "I will see Maisie every Thursday at 4pm at the Larkspur Centre for 12 weeks of CBT-based "
            "sessions, and will tell each core group in writing how often she has self-harmed and her "
            "RCADS score.",
            "Dr Yusuf Amadi, CAMHS consultant psychiatrist, will see Maisie by 20 June 2025 about her "
            "sleep and whether medication would help, and will write to Dr Nash and to you with his "
            "decision.",
            "Rob will keep all the tablets in the house, including paracetamol and his own medicines, in "
            "the locked box we gave him from today, and you will check and record that the box is locked "
            "at each home visit.",
            "Rob has said he will refer himself to Harbour Recovery Service about his drinking when he "
            "feels ready.",
            "Maisie's head of year will give her a time-out pass and a named adult to go to from 2 June "
            "2025.",
            "A copy of the safety plan Maisie and I wrote will be shared with her dad and school as soon "
            "as possible.",
            "You will refer Alfie to Elvanstow Young Carers by 30 May 2025 and let me know the name of "
            "his worker once he is allocated.",
            "You will visit Maisie and Alfie at home every two weeks, see them on their own, and record "
            "what they tell you about evenings at home.",
            "We will all keep a close eye on Maisie's mood over the coming weeks.",
        ]),
        ("h2", "If things get worse"),
        ("p", "If Maisie cuts herself and the wound needs more than a plaster, or she tells anyone she has "
              "taken tablets or is planning to, Rob or school will take her straight to the Emergency "
              "Department at Elvanstow General (or ring 999) and ring the CAMHS crisis line on 01632 960 "
              "499, which is open 24 hours. If Rob is found too drunk to look after Maisie and Alfie, "
              "whoever finds this will ring you or the emergency duty team the same day; the children "
              "will stay that night with their aunt, Gemma Pengelly, as agreed at conference, and you "
              "will hold a strategy discussion the next working day."),
        ("h2", "Next meetings"),
        ("p", "The core group meets monthly; the next meetings are on 12 June and 10 July 2025 at "
              "Elvanstow Academy. The review child protection conference is on 7 August 2025. I will send "
              "a written CAMHS report a week before each of these."),
        ("p", "Please do get in touch if any of this does not match your notes of the meeting."),
        ("p", "Yours sincerely,"),
        ("pl", "Joel Adeyinka"),
        ("pl", "Senior CAMHS Practitioner (Registered Mental Health Nurse)"),
        ("pl", "Elvanstow CAMHS, Larkspur Centre"),
    ],
    "findings": [
        F("T002", "Rob has said he will refer himself to Harbour Recovery Service"),
        F("M001", "Rob has said he will refer himself to Harbour Recovery Service"),
        F("M001", "Maisie's head of year will give her a time-out pass"),
        F("W001", "A copy of the safety plan Maisie and I wrote"),
        F("T002", "A copy of the safety plan Maisie and I wrote"),
        F("M001", "A copy of the safety plan Maisie and I wrote"),
        F("W002", "We will all keep a close eye on Maisie's mood"),
        F("T002", "We will all keep a close eye on Maisie's mood"),
        F("M002", "We will all keep a close eye on Maisie's mood"),
        F("O001"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Adult CMHT consultant psychiatrist's letter after a joint CPA review and
#    core group: the child's section, outcomes, numbered agreed paragraphs,
#    relapse signature. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_erringdale_cmht_joint_cpa_letter_pryce.pdf",
    "doc_title": "CMHT letter after joint CPA review and core group - Kai Pryce",
    "split": "tune",
    "template": "adult-cmht-consultant-psychiatrist-letter-after-joint-cpa-review-and-core-group-diagnosis-kai-section-numbered-agreed-paragraphs-relapse-signature-paged",
    "description": (
        "Exemplary: an adult CMHT consultant psychiatrist's letter to the SW after Joanne's CPA review "
        "and her 4-year-old's core group were held together (schizoaffective disorder). Diagnosis and "
        "treatment, what Kai says and shows, outcomes for Kai, ten numbered agreed paragraphs each with "
        "an owner, a timescale and evidence; the care coordinator and psychiatrist report on capacity to "
        "change, the GP owns an action, the aunt's help is covered if she cannot step in, core group and "
        "review conference dates, legal planning meeting. Header and page footer on every page."
    ),
    "header": "Erringdale and Wold Partnership NHS Foundation Trust | Erringdale North CMHT | CONFIDENTIAL",
    "footer": "Dr M Selvaraj to Mr R Obi, 02/06/2025 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Erringdale North Community Mental Health Team"),
        ("pr", "The Weavers' Building, 40 Mill Lane, Erringdale ER2 7QB"),
        ("pr", "Tel 01632 960 318"),
        ("pr", "Dictated 30/05/2025   Typed 02/06/2025"),
        ("p", ""),
        ("pl", "Mr Ronan Obi, Social Worker"),
        ("pl", "Erringdale Children's Services, Family Safeguarding Team East"),
        ("pl", "Erringdale Civic Centre, Erringdale ER1 2AA"),
        ("p", "GP: Dr Helen Marsh, Castlegate Medical Practice. cc: Ms Joanne Pryce; Ms Tamsin Holt "
              "(care coordinator); Ms Abi Kerr (health visitor); Ms Lena Varga, Rainbow Corner Nursery "
              "(via the SW)"),
        ("boldp", "Re: Joanne PRYCE, DOB 14/07/1993, 9 Linden Walk, Erringdale ER4 6HN - Care Programme "
                  "Approach review held jointly with Kai's core group on 28 May 2025"),
        ("boldp", "Child: Kai Pryce, born 03/03/2021 (4 years), subject to a child protection plan "
                  "(neglect) since 20 March 2025"),
        ("p", "Dear Mr Obi,"),
        ("p", "Thank you for chairing the meeting on 28 May. We agreed to hold Joanne's CPA review and "
              "Kai's core group together, so that the plan for Joanne's care and the plan for Kai are one "
              "plan. Present were Joanne; her sister Carla Pryce; Tamsin Holt, community psychiatric nurse "
              "and Joanne's care coordinator; Abi Kerr, health visitor; Lena Varga, manager of Rainbow "
              "Corner Nursery; you; and me. Joanne asked that this letter be written so that she can "
              "follow it too, and I have tried to do that."),
        ("h2", "Diagnosis and treatment"),
        ("p", "Schizoaffective disorder, first episode in 2016. Joanne stopped her medication in December "
              "2024 and was admitted to Fernlea Ward from 14 January to 21 February 2025. She now has "
              "paliperidone depot 100 mg every four weeks, given by Tamsin at the team base (last dose 22 "
              "May 2025), and sertraline 100 mg daily, prescribed by Dr Marsh."),
        ("h2", "How Joanne is now"),
        ("p", "Joanne was well kempt and warm in the meeting and talked about Kai with obvious pleasure. "
              "There was no evidence of psychotic symptoms. She described her own early warning signs "
              "clearly: sleeping less than five hours a night, believing the neighbours are talking about "
              "her through the wall, and stopping cooking. Before her admission she had stopped getting "
              "Kai to nursery and he was eating mostly crisps and cereal. She told us she is frightened of "
              "becoming unwell again \"and Kai seeing it\"."),
        ("h2", "Kai"),
        ("p", "You and Ms Kerr told the meeting what you have seen of Kai's days, and Ms Varga described "
              "him at nursery. Since March he has arrived at nursery clean and fed on most days, but he "
              "goes quiet and hides under the craft table when he is collected late. When you saw him on "
              "his own last week he told you \"Mummy was in hospital and I stayed at Auntie Carla's with "
              "the big dog\" and \"I like it when Mummy does the bath with bubbles\". He asked you whether "
              "Mummy \"will go back to the hospital\". When I met him briefly in our waiting room he showed "
              "me a plastic dinosaur and said it was \"scared of the dark\"."),
        ("h2", "What we want for Kai"),
        ("bullets", [
            "Kai is looked after every day and night by an adult who is well enough to feed him, get him "
            "to nursery on time and notice when he is upset.",
            "If Joanne becomes unwell again, Kai is not left alone with her and moves to a safe carer the "
            "same day, before things reach the crisis they reached in December.",
            "Kai understands, in words a four-year-old can follow, why Mummy sometimes gets poorly and "
            "who he can tell.",
        ]),
        ("h2", "What we agreed"),
        ("numbers", [
            "Tamsin Holt (care coordinator) will visit Joanne at home every week, give her depot every "
            "four weeks, and give each core group a written report on Joanne's early warning signs and "
            "whether she is making and keeping the changes needed to care for Kai safely.",
            "I will see Joanne in outpatient clinic every six weeks, first on 9 July 2025, and by 15 "
            "August 2025 I will send you and the core group a written opinion on her capacity to stay "
            "well enough to care for Kai, the changes still needed and how long they are likely to take.",
            "Dr Marsh will review Joanne's sertraline every eight weeks, first by 27 June 2025, and write "
            "to Tamsin and to you each time saying whether the prescriptions have been collected on time.",
            "Joanne will keep to Kai's morning routine (up by 7.30am, breakfast, at nursery by 9am) every "
            "nursery day from 2 June 2025, shown on the nursery register and on the routine chart Ms Kerr "
            "gave her.",
            "Ms Kerr will visit Kai at home every three weeks, complete his ASQ-3 by 30 June 2025, and "
            "share the scores and what she saw of Kai's care with each core group.",
            "Carla Pryce will collect Kai from nursery on Tuesdays and Thursdays and have him for tea "
            "until 7pm, and the nursery signing-out book will show who collected him each day.",
            "Carla will stay overnight with Joanne and Kai on any night Joanne tells her she has slept "
            "less than five hours, and will text Tamsin by 10am the next morning so that Tamsin can "
            "record it in Joanne's notes.",
            "You will visit Kai at home every two weeks, see him on his own and with Joanne, and record "
            "what Kai says and shows you about his days.",
            "You will do three sessions of direct work with Kai about why Mummy gets poorly, using the "
            "\"My mummy's mind\" storybook, by 31 July 2025, and bring the finished book to the core "
            "group.",
            "Ms Varga will tell you the same day if Kai is collected after 6pm, arrives hungry or "
            "unwashed, or is not brought in without a call, and will log each time in Kai's nursery "
            "file.",
        ]),
        ("h2", "Relapse signature and what will happen if Joanne becomes unwell"),
        ("p", "If Joanne shows any of her early warning signs (sleeping less than five hours on two nights "
              "running, saying the neighbours are talking about her through the wall, or stopping cooking "
              "for Kai), or misses her depot by more than seven days, Tamsin will visit the same day and "
              "arrange an urgent review with me or the crisis team within 24 hours. Kai will go to stay "
              "with Carla until the crisis team and you agree he can go home. If Carla cannot have Kai "
              "(she works nights one week in four, and her son has exams in June), you or the emergency "
              "duty team will place Kai with approved foster carers the same day, and Joanne's time with "
              "him will be arranged at the family centre within 48 hours. You will ask your team manager "
              "for a legal planning meeting within five working days of any relapse."),
        ("h2", "Meetings"),
        ("p", "Kai's core group will meet every four weeks, on 25 June, 23 July and 20 August 2025, and "
              "Joanne's CPA reviews will be held at the same meeting every three months. The review child "
              "protection conference is on 11 September 2025 at Erringdale Civic Centre; Tamsin and I "
              "will both send written reports. If by the review conference my opinion is that Joanne "
              "cannot stay well enough to care for Kai within his timescales, or she has had a relapse "
              "that Carla could not cover, you will request a legal planning meeting under the Public Law "
              "Outline."),
        ("p", "Yours sincerely,"),
        ("pl", "Dr Meera Selvaraj"),
        ("pl", "Consultant Psychiatrist, Erringdale North CMHT"),
        ("pl", "GMC 7012345 (fictional)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Children's ward safeguarding discharge planning meeting record for a
#    looked-after baby: present grid, medical update, then a before / after
#    discharge task table with banner rows (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_esselby_ward_discharge_planning_record_lowe.pdf",
    "doc_title": "Safeguarding discharge planning meeting - Harvey Lowe",
    "split": "tune",
    "template": "childrens-ward-safeguarding-discharge-planning-meeting-record-present-grid-medical-update-then-ref-task-lead-by-sign-off-table-before-after-banners-paged",
    "description": (
        "Hospital safeguarding discharge planning meeting record for a 10-week-old accommodated under "
        "section 20 on a children's ward with unexplained fractures. The SW visits 'when possible', "
        "foster carers only before discharge and parents' contact is on hold, so no one visits at a "
        "stated frequency; a blank sign-off, a blank lead with 'TBC', 'Professionals involved', "
        "'Monitored'; contingency only reviews 'further concerns'; core group 'to be arranged'."
    ),
    "header": "Esselby Hospitals NHS Trust - Safeguarding Children Team - RESTRICTED",
    "footer": "Discharge planning meeting 04/06/2025 - Harvey Lowe - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Safeguarding Discharge Planning Meeting"),
        ("kv", [
            ("Child", "Harvey Lowe, born 26/03/2025 (10 weeks), hospital no. ESH4471208"),
            ("Ward", "Bramble Ward (children's), Esselby General Hospital, admitted 24/05/2025"),
            ("Consultant", "Dr Chidi Okwu, consultant paediatrician"),
            ("Legal status", "Accommodated under section 20 since 28/05/2025; child protection plan "
                             "(physical abuse) from ICPC 02/06/2025"),
            ("Meeting", "04/06/2025, 14:00, Bramble Ward seminar room"),
            ("Chair", "Gail Ferris, named nurse for safeguarding children"),
            ("Notes", "Precious Moyo, ward clerk"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 6.5, 6.0],
            "rows": [
                ["Gail Ferris", "Named nurse, safeguarding children (chair)", "Esselby Hospitals NHS Trust"],
                ["Dr Chidi Okwu", "Consultant paediatrician", "Esselby Hospitals NHS Trust"],
                ["Sister Marie Dowd", "Ward manager, Bramble Ward", "Esselby Hospitals NHS Trust"],
                ["Ellie Brandon", "Social worker", "Esselby Council Children's Services"],
                ["Tess Oyelaran", "Foster carer", "Esselby Council Fostering"],
                ["Rukhsana Ali", "Health visitor", "Esselby 0-19 Service"],
                ["DC Neil Sharpe", "Child abuse investigation unit", "Esselby Police"],
            ],
        }),
        ("p", "Parents not invited: Kirsty Lowe and Dean Cartwright are on police bail with a condition "
              "of no contact with Harvey until 06/06/2025. The SW will share the outcome of this meeting "
              "with them and their solicitor."),
        ("h2", "1. Why Harvey is here"),
        ("p", "Harvey was brought to the Emergency Department on 24/05/2025 by his mother, who said he "
              "had been crying since his nappy change. X-ray showed a spiral fracture of the left femur. "
              "The skeletal survey on 26/05/2025 found two healing fractures of the ribs on the right, "
              "thought to be two to three weeks old. Neither parent has given an explanation. Strategy "
              "discussion held 25/05/2025; joint police and social care investigation under way."),
        ("h2", "2. Medical update (Dr Okwu)"),
        ("p", "Harvey is in a Pavlik harness, feeding well and gaining weight (4.9 kg, 25th centile). He "
              "is expected to be medically fit for discharge on or around 11/06/2025. A repeat skeletal "
              "survey is due on 09/06/2025. Bloods (bone profile, clotting) normal. Ophthalmology review "
              "on 27/05/2025 found no retinal haemorrhages."),
        ("h2", "3. Harvey on the ward"),
        ("p", "Nursing staff say Harvey takes 150 ml of formula every three to four hours, settles best "
              "when held upright against the shoulder, and cries hard at nappy changes because of the "
              "harness. Over the last week he has started to smile and coo at the night healthcare "
              "assistant, Bev, who sings to him on her breaks. He has had no visitors since 30/05/2025."),
        ("h2", "4. Legal and police position"),
        ("p", "A legal planning meeting was held on 03/06/2025. The local authority has legal advice that "
              "the threshold for care proceedings is met; if either parent withdraws their section 20 "
              "agreement, or the police investigation does not give a safe explanation by the end of the "
              "bail period, the team manager will issue care proceedings and apply for an interim care "
              "order. DC Sharpe confirmed the parents will be re-interviewed on 05/06/2025."),
        ("h2", "5. Where Harvey will go"),
        ("p", "On discharge Harvey will go to Tess and Dayo Oyelaran, approved foster carers with Esselby "
              "Council, who have cared for babies in harnesses before. They live 20 minutes from the "
              "hospital."),
        ("h2", "6. What we want for Harvey"),
        ("bullets", [
            "Harvey's fractures heal and he has no new injuries.",
            "Harvey goes home from hospital to carers who know how to handle, feed and change him safely "
            "in his harness.",
            "Harvey keeps a relationship with his parents through safe, supervised family time while the "
            "investigation and the assessment are completed.",
        ]),
        ("h2", "7. Agreed actions"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "By", "Evidence / sign-off"],
            "widths": [1.2, 6.2, 3.4, 2.8, 3.4],
            "rows": [
                ["BEFORE HARVEY LEAVES BRAMBLE WARD", H, H, H, H],
                ["D1", "Visit Harvey on Bramble Ward and see how he is handled and fed by staff",
                 "SW Ellie Brandon", "When possible", "Visit recorded on Harvey's file"],
                ["D2", "Foster carers to spend time on the ward learning Pavlik harness care, nappy changes "
                 "and feeds alongside the nurses",
                 "Tess and Dayo Oyelaran (foster carers)", "Before discharge",
                 "Harness care competency signed off by the ward physio"],
                ["D3", "Repeat skeletal survey and send the report to police and the SW",
                 "Dr Chidi Okwu", "09/06/2025", "Report on Harvey's record and emailed to SW and DC Sharpe"],
                ["D4", "Discharge letter to the GP and HV with the fracture clinic date",
                 "Ward doctor (F2 on duty)", "Day of discharge", ""],
                ["D5", "Arrange supervised family time for parents once bail conditions allow",
                 "", "TBC", "Family time records"],
                ["D6", "Share any concerns about Harvey's parents phoning or coming onto the ward",
                 "Professionals involved", "Same day", "Logged on the ward safeguarding sheet"],
                ["AFTER DISCHARGE", H, H, H, H],
                ["A1", "Take Harvey to fracture clinic for his harness check",
                 "Tess Oyelaran (foster carer)", "2 weeks after discharge, then as booked",
                 "Clinic letter copied to SW and GP"],
                ["A2", "First visit to Harvey at the foster home, weigh him and check his skin under the "
                 "harness",
                 "HV Rukhsana Ali", "Within 10 days of discharge, then fortnightly",
                 "Weight plotted in the red book; visit notes sent to SW"],
                ["A3", "Initial health assessment for a looked-after child",
                 "Dr Femi Mensah, community paediatrician", "Within 20 working days of 28/05/2025",
                 "IHA report on the health record and sent to the SW"],
                ["A4", "Keep a close watch on Harvey's development and any new marks in placement",
                 "SW Ellie Brandon", "Monthly", "Monitored"],
            ],
        }),
        ("h2", "8. If things change"),
        ("p", "If Harvey's discharge is delayed or there are any further concerns, the plan will be "
              "reviewed at a further discharge planning meeting."),
        ("h2", "9. Next meetings"),
        ("p", "Core group: to be arranged by the SW after discharge. Review child protection conference: "
              "01/09/2025, Esselby Civic Offices."),
        ("p", "Notes agreed by the chair 05/06/2025. Copies to all present, Harvey's GP (Dr Lindqvist, "
              "Orchard Surgery) and the parents' solicitor via the SW."),
    ],
    "findings": [
        F("T002", "Visit Harvey on Bramble Ward and see how he is handled"),
        F("M001", "Discharge letter to the GP and HV with the fracture clinic date"),
        F("W001", "Arrange supervised family time for parents once bail conditions allow"),
        F("T002", "Arrange supervised family time for parents once bail conditions allow"),
        F("W002", "Share any concerns about Harvey's parents phoning or coming onto the ward"),
        F("M002", "Keep a close watch on Harvey's development and any new marks"),
        F("L001"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Community midwife-led pre-birth plan: birth alert box (headerless
#    two-column table), the baby's world, then a Who-merged-first-column table
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_emblethwaite_midwife_prebirth_who_merged_rigby.docx",
    "doc_title": "Antenatal safeguarding plan - Baby Rigby",
    "split": "tune",
    "template": "community-midwife-led-prebirth-plan-birth-alert-box-babys-world-then-who-merged-first-column-what-i-we-will-do-rows",
    "description": (
        "Pre-birth plan written by the community midwife for a 19-year-old care leaver with anxiety "
        "and panic attacks and a violent ex-partner: a birth alert box, the baby's world, then a table "
        "whose 'Who' column is merged down each professional's rows. A perinatal nurse who only "
        "supports, an aunt's Saturday nights with no check, 'Family' as owner, 'engagement', housing "
        "'TBC', one adult-only outcome; the contingency leans on the grandmother with no fallback."
    ),
    "check_vmerge": 2,
    "blocks": [
        ("title", "Antenatal Safeguarding Plan"),
        ("p", "Emblethwaite Maternity Services - Community Midwifery Team West, with Emblethwaite "
              "Children's Social Care. Agreed at the pre-birth initial child protection conference on "
              "10/06/2025. This plan is the child protection plan for the unborn baby."),
        ("table", {
            "widths": [4.0, 13.0],
            "bold_first_col": True,
            "rows": [
                ["Mother", "Chantelle Rigby, 19, Flat 3, 27 Quarry Street, Emblethwaite EM2 8TT"],
                ["EDD", "18/08/2025 (29+2 weeks at conference)"],
                ["Birth alert", "YES - on the maternity system. On admission ring the SW, or EDT out of "
                                "hours, before any visitor is allowed onto the ward"],
                ["Baby's father", "Jordan Keane, 23. Do NOT give information or allow him onto the unit. "
                                  "Non-molestation order in force until March 2026"],
                ["Category", "Physical abuse (risk of)"],
                ["Named midwife", "Beth Rawlings, Community Midwifery Team West, 07700 900 214"],
                ["Social worker", "Marcus Hale, Emblethwaite Children's Social Care, 01632 960 552"],
            ],
        }),
        ("h2", "Why there is a plan"),
        ("p", "Chantelle left care at 18 and has lived on her own since. Jordan assaulted her twice "
              "during their relationship, the second time in January 2025 when she was 12 weeks "
              "pregnant (kicked in the stomach; police attended and he was convicted in April). He has "
              "since sent messages saying he will \"be there when the baby comes\". Chantelle has anxiety "
              "and panic attacks, worse since the assault, and at times cannot leave the flat for days. "
              "She smokes about five cigarettes a day."),
        ("h2", "The baby's world now"),
        ("p", "At the home visit on 12/06/2025 the flat was warm and tidy. A second-hand cot is up in "
              "Chantelle's bedroom but has no mattress yet, and there is a bag of newborn clothes from her "
              "aunt. The 20-week scan was normal and the baby is growing on the 50th centile. Chantelle "
              "talks to the bump, has named him Rio, and smokes on the balcony with the door shut. She "
              "has missed two of five antenatal appointments, both on days she said she was too anxious "
              "to get on the bus."),
        ("h2", "What we want for Rio"),
        ("bullets", [
            "Rio is born safely and goes home with a mum who feeds and settles him and keeps him away from "
            "Jordan.",
            "Rio sleeps on his back in his own cot in a smoke-free room, and a professional sees him every "
            "week for his first two months.",
            "Chantelle will feel more confident and her anxiety will be under control.",
        ]),
        ("h2", "Who will do what"),
        ("table", {
            "header": ["Who", "What I / we will do", "When", "How we'll know"],
            "widths": [3.4, 6.0, 3.4, 4.2],
            "rows": [
                ["Midwife Beth Rawlings",
                 "Antenatal visits at home, including the safe sleep talk and a feeding plan",
                 "Every 2 weeks to 36 weeks, then weekly",
                 "Safe sleep checklist signed at 34 weeks; feeding plan in the handheld notes"],
                [V,
                 "Write the birth plan with Chantelle and share it with labour ward and the SW",
                 "By 34 weeks (21/07/2025)",
                 "Birth plan on the maternity record and copied to the SW"],
                ["SW Marcus Hale",
                 "Home visits to Chantelle: see the baby's room and talk about Jordan's messages",
                 "Every 2 weeks",
                 "Visit records; cot mattress in place by 36 weeks"],
                [V,
                 "Pre-birth parenting assessment of Chantelle",
                 "By 25/07/2025",
                 "Written assessment shared with Chantelle and the core group"],
                ["Perinatal mental health nurse Alison Greer",
                 "Support visits for Chantelle's anxiety and panic attacks",
                 "Fortnightly",
                 "Attendance recorded"],
                ["HV Nkechi Obi",
                 "Antenatal contact, then the new birth visit",
                 "Antenatal by 32 weeks; new birth visit day 10-14",
                 "Rio weighed and safe sleep re-checked at the new birth visit"],
                ["IDVA Jo Franks (Emblethwaite Women's Aid)",
                 "Safety planning about Jordan; door chain and video doorbell fitted at the flat",
                 "By 30/06/2025",
                 "Written safety plan on file; fittings checked by the SW at the next visit"],
                ["Sharon Rigby (Chantelle's mum)",
                 "Stay with Chantelle and Rio for the first 2 weeks after the birth and help with night "
                 "feeds",
                 "First 2 weeks after discharge",
                 "Feed chart on the fridge, checked by the midwife at each visit"],
                ["Kayleigh Rigby (aunt)",
                 "Have Chantelle and Rio to stay at hers on Saturday nights",
                 "Every Saturday from discharge",
                 ""],
                ["Family",
                 "Tell the SW straight away if Jordan gets in touch or turns up",
                 "Same day",
                 "Calls logged on Rio's file by the SW"],
                ["Chantelle",
                 "Stop smoking with the stop smoking midwife, Leanne Daly",
                 "From 01/07/2025",
                 "Engagement"],
                ["Housing officer, Emblethwaite Homes",
                 "Move Chantelle to a ground-floor flat away from Jordan's area",
                 "TBC",
                 "Tenancy signed"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Jordan comes to the flat or to the hospital, or Chantelle lets him see Rio, staff or "
              "Chantelle will call the police on 999 and tell the SW (or EDT) the same day. Rio will not "
              "be discharged until a strategy discussion has been held, and if needed he will go with "
              "Chantelle to stay at Sharon's house. If Chantelle's panic attacks mean she cannot feed or "
              "settle Rio, Sharon will move in with them full time. If the parenting assessment finds "
              "Chantelle cannot keep Rio safe, or she lets Jordan have contact, the team manager will "
              "request a legal planning meeting before the birth."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks: 03/07/2025, 31/07/2025 and 28/08/2025, with an extra core group "
              "within 10 working days of the birth. Review child protection conference: 25/09/2025, "
              "Emblethwaite Town Hall."),
    ],
    "findings": [
        F("H001", "Support visits for Chantelle's anxiety and panic attacks"),
        F("M001", "Have Chantelle and Rio to stay at hers on Saturday nights"),
        F("W002", "Tell the SW straight away if Jordan gets in touch"),
        F("M002", "Stop smoking with the stop smoking midwife, Leanne Daly"),
        F("T002", "Move Chantelle to a ground-floor flat away from Jordan's area"),
        F("F002", "Chantelle will feel more confident and her anxiety will be under control."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child in need plan written up by a secondary school DSL after a CIN
#    meeting held in school: pupil box, Jayden's words, worry-first table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_elphinbury_school_dsl_cin_plan_morris.md",
    "split": "tune",
    "template": "school-dsl-written-cin-plan-md-pupil-box-table-jaydens-words-then-worry-first-action-lead-review-point-look-for-table",
    "description": (
        "Child in need plan for a Year 8 young carer, written up by the school DSL after a CIN meeting "
        "in school (mother's depression). A care package 'when one becomes available', the mother's GP "
        "step with no measure, her self-referral 'when she feels up to it' with 'Engagement', 'All "
        "staff', a blank lead, an adult-only outcome; no adult service owns an action, CIN reviews only "
        "and no legal step."
    ),
    "text": """\
# Child in Need Plan – Jayden Morris

**Elphinbury Park Academy** – written up by Mrs Leah Dunmore (DSL) after the child in need meeting
held in school on **3 June 2025**. Lead professional: **Kofi Mensah**, Social Worker, Elphinbury
Children's Services (Children in Need Team). Section 17 – stepped down from a child protection plan at
the review conference on 6 May 2025.

| | |
|---|---|
| **Pupil** | Jayden Morris, DOB 30/01/2013 (12), Year 8, tutor group 8RD |
| **Lives with** | Mum, Sarah Morris, and sister Lacey (6, cerebral palsy, attends Brookfield School) |
| **Attendance 2024/25** | 81.4% (autumn term 68%, summer term so far 91%) |
| **Lates this half term** | 9 |
| **At the meeting** | Sarah (mum); Jayden (first 20 minutes); Kofi Mensah (SW); Leah Dunmore (DSL); Paul Grant (Head of Year 8); Shaz Iqbal (school nurse); Anna Lowe (Elphinbury Young Carers) |

## What Jayden said

Jayden came in for the start of the meeting and said he was happy for us to write this down:

> "I don't mind helping with Lacey, she's my sister. But I'm knackered in the mornings. I do her
> hoist and her breakfast and then the bus is late and then I'm late and I get a detention."

He said the best thing about school is PE and he wants to get into the football team. He said he
sometimes doesn't have lunch money because he forgets to ask Mum "when she's in bed". He would
like someone at school to "not make a big thing of it".

## What's going better

- Attendance is up since the child protection plan: 91% this term.
- Sarah has kept every appointment at Brookfield School for Lacey's review.
- Jayden has a good relationship with Mr Grant and goes to him when things are hard.

## What we're still worried about

- Jayden is doing most of Lacey's morning care (hoist, dressing, breakfast) before school, and is
  often late and very tired.
- Sarah told the meeting her depression has been "bad again since Easter". She has not been to
  her GP for a medication review since January, and she stopped going to Talking Therapies in
  March. She spends some days in bed.
- Jayden has had 6 detentions this half term, all for lateness or no homework.

## What we want for Jayden

1. Jayden is in school on time every day, has had breakfast and has lunch money or a free meal.
2. Jayden gets to be a 12-year-old: football, time with friends, and not getting Lacey ready on
   his own every morning.
3. Sarah's mood will improve.

## The plan

| What we're worried about | What's going to happen | Lead | Review point | What we'll look for |
|---|---|---|---|---|
| Late and tired | Free breakfast club place from 7.45am, with a text to Mum if Jayden doesn't arrive | Mrs Dunmore (DSL) | Daily from 09/06/2025 | Breakfast club register; lates down to 1 a week or fewer |
| Late and tired | Carer to help Sarah get Lacey up and ready for her school transport | Children with Disabilities Team (Lacey's SW) | When a care package becomes available | Care package in place and Jayden no longer doing the hoist |
| Late and tired | Ask Brookfield transport whether Lacey's bus can collect her 15 minutes earlier | | By 20/06/2025 | Written reply from the transport team |
| Young carer | Young carers assessment, then a place in the Tuesday group | Anna Lowe, Elphinbury Young Carers | Assessment by 30/06/2025, then weekly | Assessment report shared with the SW; group register |
| Mum's low mood | Sarah to book a GP appointment to review her medication | Sarah Morris | By the next CIN review | – |
| Mum's low mood | Refer herself back to Elphinbury Talking Therapies | Sarah Morris | When she feels up to it | Engagement |
| Lunch and detentions | Free school meals application and lateness detentions stopped while the plan is running | Mr Grant (HoY) | By 13/06/2025 | FSM confirmed on the system; no lateness detentions on the behaviour log |
| Football and friends | Football club on Wednesdays after school, with kit from the hardship fund | Mr Grant (HoY) | Weekly from 11/06/2025 | Club register; Jayden's own rating at his check-in |
| How Jayden is doing | Weekly check-in with Jayden, quiet room, 10 minutes | Mrs Dunmore (DSL) | Every Monday, period 1 | Check-in notes with Jayden's "how's my week" score out of 10 |
| How Jayden is doing | Let the DSL know if Jayden seems tired, hungry or upset | All staff | Same day | Logged on CPOMS |
| Home | Home visits to see Jayden and Lacey at home, including one before school | Kofi Mensah (SW) | Every 4 weeks | Visit records, with what Jayden and Lacey say |

## If things slip

- If Jayden is not in school by 10am and there has been no call, Mrs Dunmore will ring Sarah. If
  she can't reach her, she and the attendance officer will do a home visit the same day.
- If Jayden tells anyone he has been left to look after Lacey overnight or that Mum could not get
  up for a whole day, staff will tell Mrs Dunmore straight away and Kofi will visit the same day
  and hold a strategy discussion with police and health.

## Next meetings

CIN review meetings every 6 weeks in school: 15 July 2025, then the week of 1 September 2025 (date
to be confirmed). Kofi will send out the invitations.

*Plan written by L. Dunmore, DSL, 4 June 2025. Checked and agreed by K. Mensah, SW, 5 June 2025.
Copies to Sarah, Jayden (his own version), Brookfield School and Elphinbury Young Carers.*
""",
    "findings": [
        F("T002", "Carer to help Sarah get Lacey up and ready"),
        F("W001", "Ask Brookfield transport whether Lacey's bus can collect her"),
        F("M001", "Sarah to book a GP appointment to review her medication"),
        F("T002", "Refer herself back to Elphinbury Talking Therapies"),
        F("M002", "Refer herself back to Elphinbury Talking Therapies"),
        F("W002", "Let the DSL know if Jayden seems tired, hungry or upset"),
        F("F002", "Sarah's mood will improve."),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Joint youth justice and child protection plan for a 15-year-old being
#    criminally exploited: MACE summary, a part for each person with the
#    owner, when and proof in each bullet. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b29_evercombe_yjs_cp_exploitation_parts_doherty.md",
    "split": "tune",
    "template": "joint-youth-justice-and-cp-exploitation-plan-md-mace-summary-table-then-part-per-person-bullets-named-owner-when-proof-italics",
    "description": (
        "Exemplary joint youth justice service and child protection plan for a 15-year-old on a "
        "referral order who is being criminally exploited (county lines). MACE summary table, what Kyle "
        "and his family say, outcomes, then a part for each person whose bullets each name the owner, "
        "when and the proof; the uncle's help is covered if he cannot do it, specific missing and "
        "exploitation triggers, core group and review conference dates, legal planning meeting."
    ),
    "text": """\
# Kyle Doherty – joint Youth Justice and Child Protection plan

Evercombe Youth Justice Service and Evercombe Children's Services (Adolescent Safeguarding Team)
Agreed at the initial child protection conference on 2 June 2025 and the MACE panel on 28 May 2025.
Kyle and his mum have their own copies.

| | |
|---|---|
| Young person | Kyle Doherty, DOB 19/10/2009 (15) |
| Lives with | Mum, Lorraine Doherty, and sister Skye (11), 31 Rowan Terrace, Evercombe EC5 2JD |
| Order | Referral order, 9 months, from 22/04/2025 (possession with intent to supply, class A) |
| CP category | Physical abuse – criminal exploitation |
| NRM | Referral made 24/04/2025; positive reasonable grounds decision 30/04/2025 |
| YJS case manager | Hamza Begum |
| Social worker | Nicola Barrett |
| Police | PC Sam Ridley, Evercombe Police Exploitation Team |
| Education | Evercombe Skills Hub (alternative provision), tutor Mr Ade Cole |

## What has happened

Kyle was arrested in Hallowby on 2 March 2025 with 14 wraps of crack cocaine and £340 in cash,
120 miles from home. He had been reported missing by his mum for three nights. Police believe he
was running a line for two adults from Evercombe who have other young people working for them.
Kyle has been missing four times since January, once coming home with a cut to his hand he will
not explain. He was permanently excluded from Evercombe Academy in February and started at the
Skills Hub in April. He smokes cannabis most days.

## What Kyle says

Kyle met Hamza and Nicola together at the Skills Hub on 27 May. He said:

- "I only went because I owed them. They said the debt was gone after that trip."
- "I'm not a grass. Don't put their names in anything I have to sign."
- "I want my CSCS card and to work with my uncle on the sites. That's proper money."
- "Mum worries too much. But I don't want Skye knowing about any of it."

He said the best thing this month was going to work with his uncle Dean on a Saturday. He scored
how safe he feels at 6 out of 10 at home and 3 out of 10 "in town after dark".

## What Mum and Skye say

Lorraine said she feels she has "lost him to them" and that she locks the front door at night now
but he climbs out of the window. Skye told Nicola she hears Kyle's phone "going all night" and
that she is scared when men she doesn't know wait outside on bikes.

## What we want for Kyle

1. Kyle is home and safe every night and does not go missing.
2. Kyle is not carrying drugs, cash or weapons for anyone, and the adults exploiting him are kept
   away from him.
3. Kyle is in education or training every weekday and is working towards his CSCS card.
4. Skye feels safe at home and outside her house.

## The plan – each person's part

### Kyle's part

- **Kyle** will be home by 9pm every night from 3 June 2025 and will text Mum before 8.30pm if he
  is going to be late. *Proof: Mum's time-in log, checked by Nicola at each visit.*
- **Kyle** will go to the Skills Hub every weekday from 9.30am. *Proof: the Hub's daily attendance,
  with a target of 90% by the review conference.*
- **Kyle** will see Tom from Switch (below) every week about his cannabis use and keep his own use
  diary from 10 June 2025. *Proof: Switch attendance record and the diary, shared monthly.*

### Mum's part

- **Lorraine** will ring police on 101 (999 if she thinks he is in danger) and Nicola, or the
  emergency duty team after 5pm, if Kyle is not home by 10pm, and will report him missing no later
  than midnight. *Proof: police missing log and Nicola's case notes show each call.*
- **Lorraine** will go to the six "Parents Against Exploitation" evening sessions on Wednesdays from
  11 June 2025. *Proof: attendance recorded by the Safer Streets project and sent to Nicola.*

### Hamza's part (YJS case manager)

- **Hamza Begum** will see Kyle twice a week, Tuesdays at the Hub and Thursdays at home, to deliver
  the referral order contract and the "Trapped" exploitation programme, from 3 June 2025.
  *Proof: session records on the YJS system and a written update to each core group.*
- **Hamza** will check Kyle's Saturday work diary every Monday and add the hours towards his
  reparation. *Proof: signed diary pages and reparation hours sheet.*

### Nicola's part (social worker)

- **Nicola Barrett** will see Kyle on his own every two weeks, at least once a month at home, and
  record what he says about where he goes and who with. *Proof: visit records on Kyle's file.*
- **Nicola** will hold a return home interview within 72 hours of every missing episode, and share
  what Kyle says with police and the MACE panel within 5 working days. *Proof: return home
  interview forms on file and in the MACE minutes.*
- **Nicola** will see Skye on her own every four weeks at Evercombe Juniors and record what she
  says about home and the street. *Proof: visit records; Skye's "three houses" sheets on file.*

### Police

- **PC Sam Ridley** will serve Child Abduction Warning Notices on the two adults named at MACE by
  13 June 2025, and tell Nicola the same day about any sighting of Kyle with them. *Proof: copies
  of the notices and intelligence logs shared at MACE.*
- **PC Ridley** will arrange a patrol past Rowan Terrace every Friday and Saturday evening between
  9pm and midnight from 6 June 2025. *Proof: patrol log sent to Nicola each Monday.*

### Switch (young people's drug and alcohol service)

- **Tom Eke** will see Kyle every week from 10 June 2025 about his cannabis use and any drug debt.
  *Proof: monthly written update to the core group, including Kyle's use diary.*

### Skills Hub

- **Mr Ade Cole** will phone Lorraine by 10am on any day Kyle has not arrived, and tell Nicola the
  same morning. *Proof: Hub call log.*
- **Mr Cole** will book Kyle onto the CSCS health and safety course by 31 July 2025. *Proof:
  booking confirmation; course result by the October half term.*

### Dean's part (Kyle's uncle)

- **Dean Doherty** will take Kyle to work with him on site every Saturday, 7.30am to 1pm, from 14
  June 2025. *Proof: Dean signs Kyle's work diary each Saturday.*
- **Dean** will collect Kyle from Thursday football at Evercombe Leisure Centre at 8.30pm and bring
  him home. *Proof: Mum's time-in log shows Kyle home by 9pm on Thursdays.*

## If Kyle goes missing or is pulled back in

- If Kyle is **not home by 10pm**, Lorraine reports him missing by midnight (see Mum's part);
  police treat him as high risk because of the NRM decision, and Nicola holds a return home
  interview within 72 hours.
- If Kyle is **found in Hallowby, or with either of the adults named at MACE**, police will bring
  him home, or to Dean's if Lorraine cannot be reached, and Nicola will hold a strategy discussion
  the next working day.
- If **Dean cannot do Saturdays or the Thursday pick-up** (he works away some weeks), he will tell
  Hamza by the Wednesday before. Hamza will take Kyle to the Saturday sessions at the Hub instead,
  and Nicola will book a taxi home from football from the Hub's travel budget that same week.
- If Kyle **goes missing twice in any four weeks, or is found carrying drugs, cash or a weapon**,
  Nicola's team manager will request a legal planning meeting within 5 working days.

## Meetings

- Core group: every 4 weeks at the Skills Hub, 2pm – 19 June, 17 July and 14 August 2025.
- MACE review: 25 June 2025.
- Review child protection conference: 1 September 2025, Evercombe Civic Centre.
- Referral order panel review: 22 July 2025.
- If by the review conference Kyle is still going missing, or the Child Abduction Warning Notices
  have been breached, the team manager will request a legal planning meeting.

*Plan typed by Hamza Begum (YJS) and Nicola Barrett (SW), 3 June 2025.*
""",
    "findings": [],
})
