"""Batch 20, module 1: seven fictional files (tuning material), places starting with "d".

Everything here is made up: children, families, professionals, hospitals,
services and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its
code. Focus: plans from health and multi-agency settings (a midwife's SBAR
pre-birth plan, a paediatric discharge summary, a school-led step-up, a team
around the family plan carried into a child protection plan, a neonatal
going-home plan, a maternity system print and a ward plan for a looked-after
toddler), with owners by role or initials and timescales written as weeks of
pregnancy or events.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Safeguarding midwife's SBAR with the pre-birth plan under
#    "R - Recommendation", numbered owner-first sentences (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_dapplemoor_sbar_midwife_prebirth_tennant.docx",
    "doc_title": "Safeguarding Midwifery SBAR and Pre-birth Plan - Baby Tennant",
    "split": "tune",
    "template": "midwife-sbar-situation-background-assessment-recommendation-numbered-owner-first-sentences",
    "description": (
        "Exemplary pre-birth plan written by a safeguarding midwife as an SBAR (Situation / Background / "
        "Assessment / Recommendation); the actions are numbered sentences under the Recommendation, owners "
        "by role (CMW, SM, PMHT, HV, SW, GP, MGM) and timescales in weeks of pregnancy (31/40, by 34/40) and "
        "events (day 10-14, before discharge). Mother's EUPD and father's cannabis use: perinatal psychiatrist "
        "and CPN both report on change, drug service owns an action; grandmother's nights covered by a "
        "fallback to foster carers; core group dates, review conference and a PLO trigger."
    ),
    "blocks": [
        ("title", "Safeguarding Midwifery – SBAR and Pre-birth Plan"),
        ("p", "Dapplemoor and Wenlow Hospitals NHS Trust – Maternity Safeguarding Team, Rowan House"),
        ("kv", [
            ("Woman", "Kerry-Ann Tennant (22), G1 P0, EDD 14/08/2025 – 29+0 weeks on 29/05/2025"),
            ("Unborn baby", "Baby Tennant"),
            ("Baby's father", "Jordan Pike (25), lives with Kerry-Ann at 9 Corve Court, Dapplemoor"),
            ("Status", "Pre-birth child protection plan, ICPC 27/05/2025 – category neglect (risk of)"),
            ("Written by", "Anjali Rao, safeguarding midwife (SM), 29/05/2025, agreed with SW Mark Ostler, "
                           "Dapplemoor Children's Services"),
        ]),
        ("h1", "S – Situation"),
        ("p", "Kerry-Ann is 29 weeks pregnant with her first baby. The unborn baby became subject to a child "
              "protection plan at the pre-birth conference on 27/05/2025 because of the risk that Kerry-Ann's "
              "mental health and Jordan's daily cannabis use would leave a newborn without a safe, awake "
              "carer. This SBAR hands the plan over to the antenatal clinic, delivery suite, postnatal ward "
              "and community teams."),
        ("h1", "B – Background"),
        ("p", "Kerry-Ann has a diagnosis of emotionally unstable personality disorder and took two overdoses "
              "in 2024, the second in November, after which she was under the Dapplemoor community mental "
              "health team. She was referred to the perinatal mental health team (PMHT) at booking and takes "
              "sertraline. Jordan smokes cannabis every evening and told the SW he has done so since he was "
              "15. Police were called to the flat on 11/01/2025 after a neighbour heard shouting; no offence "
              "was recorded. Kerry-Ann's mother, Denise Tennant, lives two streets away and sees her most days."),
        ("h1", "A – Assessment"),
        ("h2", "What we are worried about"),
        ("p", "In the weeks after birth Kerry-Ann's risk of self-harm is likely to rise, and she has said she "
              "\"goes into a hole\" when she is overtired. If that happened with Jordan stoned in the evenings, "
              "no adult would be reliably awake to feed, settle and keep the baby safe at night. The flat "
              "smelled strongly of cannabis on both home visits."),
        ("h2", "What is working well"),
        ("p", "Kerry-Ann has come to every antenatal appointment and every PMHT appointment since booking. She "
              "told the CMW herself when she had thoughts of self-harm in April and agreed a safety plan. Jordan "
              "came to the conference, said he wants to be \"a proper dad\" and has agreed to see Pathways. "
              "Denise cared for her younger children safely and has offered to stay after the birth."),
        ("h2", "Baby's world so far"),
        ("p", "The 28-week growth scan on 22/05/2025 showed the baby growing on the 50th centile with a strong "
              "heartbeat. Kerry-Ann says the baby kicks most in the evening and she talks to the bump while "
              "Jordan plays music to it. A Moses basket is in the bedroom but still in its box, and the baby's "
              "clothes are in the living room where Jordan smokes. Kerry-Ann has cut down from 10 cigarettes a "
              "day to 3 (CO reading 4ppm at 28 weeks)."),
        ("h1", "R – Recommendation: the plan agreed at conference"),
        ("h2", "What we want for the baby"),
        ("bullets", [
            "The baby goes home to a smoke-free flat where a well, awake adult is there to feed, settle and keep "
            "them safe, day and night.",
            "The baby sleeps on their back in the Moses basket, is fed every 3–4 hours and gains weight along "
            "their centile.",
            "On any day Kerry-Ann is in crisis the baby is cared for by Denise or another safe adult, never "
            "left alone with her.",
            "The baby is seen by a professional at least once a week until the 6–8 week check.",
        ]),
        ("h2", "Who will do what"),
        ("p", "Key: CMW community midwife; SM safeguarding midwife; PMHT perinatal mental health team; HV health "
              "visitor; SW social worker; MGM maternal grandmother; 34/40 = 34 weeks of pregnancy."),
        ("numbers", [
            "PMHT – Dr Ifeoma Nnadi, consultant perinatal psychiatrist, will see Kerry-Ann at 30/40 and every 3 "
            "weeks after, agree her medication and relapse plan for late pregnancy and the first weeks after "
            "birth, and write a report on whether Kerry-Ann can make the changes the baby needs and how long "
            "that is likely to take, sent to the SW and core group by 34/40 (03/07/2025).",
            "PMHT – CPN Rachel Voss will visit Kerry-Ann at home every 2 weeks and go through her safety plan "
            "with her; after each visit she will email the SW a short note on Kerry-Ann's mood and any "
            "self-harm, and at every core group she will report on whether Kerry-Ann is making the changes "
            "needed for the baby.",
            "Pathways Dapplemoor (drug and alcohol service) – key worker Sam Idris will assess Jordan's cannabis "
            "use by 06/06/2025, then see him every 2 weeks and test him monthly, sending a written update on "
            "his use, his test results and whether cannabis is kept or smoked at the flat to each core group, "
            "so we know the baby will come home to a smoke-free flat.",
            "CMW Hollie Brandt will see Kerry-Ann at every antenatal appointment (31, 34, 36, 38 and 40/40), "
            "always alone for part of it to ask about her mood and how things are at home; attendance and her "
            "answers go on the maternity record, and a missed appointment is followed by a home visit within 2 "
            "working days and an email to the SW the same day.",
            "SM Anjali Rao will write the safeguarding birth and discharge plan by 34/40 (03/07/2025), covering "
            "who may visit the ward, observation of feeds and handling, and a discharge planning meeting before "
            "the baby leaves hospital; the signed plan will be on the maternity record and copied to the "
            "postnatal ward, neonatal unit, SW and emergency duty team.",
            "HV Tasha Greenaway will make an antenatal home visit by 32/40 (19/06/2025) about safe sleep, a "
            "smoke-free home and feeding, then do the new birth visit on day 10–14, visit weekly until the 6–8 "
            "week check and do that check; the safe sleep checklist will be signed and the baby's weight "
            "plotted in the red book and emailed to the SW after each visit.",
            "SW Mark Ostler will visit every 2 weeks until the birth, at least every other visit unannounced, "
            "and weekly once the baby is home, seeing where the baby will sleep and speaking to Kerry-Ann and "
            "Jordan separately; his visit records will show the Moses basket set up in the bedroom and no smell "
            "of cannabis in the flat by 36/40.",
            "SW Mark Ostler will complete the pre-birth parenting assessment of Kerry-Ann and Jordan by 36/40 "
            "(17/07/2025) and share the written report with them and the core group before the discharge "
            "planning meeting.",
            "GP Dr Colm Fairley, Wenlow Road Surgery, will review Kerry-Ann's medication with the PMHT by 31/40 "
            "(12/06/2025), send the agreed plan to the SW and prescribe it in 14-day amounts; the surgery will "
            "tell the SW and CPN within 2 working days if a prescription is not collected, so any gap in her "
            "treatment is known before the baby is born.",
            "Jordan will not keep or smoke cannabis in the flat from 29/05/2025, so that the baby comes home to "
            "clean air; his Pathways test results and SW and HV visits finding no smell or smoking kit will "
            "show this.",
            "Denise Tennant (MGM) will stay at the flat for the first 14 nights after discharge and do or "
            "supervise the night feeds with Kerry-Ann; the night-feed chart will be checked by the HV and SW at "
            "each visit.",
            "Kerry-Ann will keep her safety plan on the fridge and phone the CPN, or the Dapplemoor crisis line "
            "out of hours, the same day she has thoughts of harming herself, so another adult can care for the "
            "baby while she gets help; the PMHT will log each call and tell the SW the same day.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Kerry-Ann harms herself, stops her medication, or misses two PMHT appointments in a row, or if "
              "Jordan is found under the influence of cannabis while caring for the baby, the SW (or the "
              "emergency duty team out of hours) will visit the same day and hold a strategy discussion. The baby "
              "will be cared for by Denise at her home, where her viability assessment was completed on "
              "20/05/2025, and Kerry-Ann and Jordan will see the baby there with Denise present. The PMHT will "
              "offer Kerry-Ann an urgent review within 24 hours and a place with the baby at the Larkspur mother "
              "and baby unit. If Denise cannot care for the baby, or becomes unwell herself, the baby will be "
              "placed with approved foster carers the same day and the SW will request a legal planning meeting "
              "within 2 working days. If the baby is born before the birth plan is written, the baby will stay "
              "on the postnatal ward until the discharge planning meeting has been held."),
        ("h2", "Meetings and review"),
        ("bullets", [
            "Core group every 3 weeks at Wenlow Road Surgery: 12/06/2025, 03/07/2025 and 24/07/2025, then within "
            "5 working days of the birth, on the ward, before discharge.",
            "Review child protection conference: 26/08/2025, 10am, Dapplemoor Civic Offices.",
            "If the PMHT report at 34/40 says Kerry-Ann is unlikely to make the changes the baby needs in time, "
            "or Jordan is still using cannabis at the flat at 34/40, the SW's team manager will request a legal "
            "planning meeting (PLO pre-proceedings) before 36/40.",
        ]),
        ("p", "A Rao, Safeguarding Midwife, ext 4417 – copies: CMW, PMHT, HV, GP, SW, delivery suite, postnatal "
              "ward, neonatal unit."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Paediatric ward electronic discharge summary (EDS) with a safeguarding
#    discharge plan: numbered follow-up lines, owner first (txt).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_dervenham_eds_discharge_summary_corbishley.txt",
    "split": "tune",
    "template": "paediatric-eds-discharge-summary-print-safeguarding-follow-up-numbered-txt",
    "description": (
        "Print of a paediatric ward electronic discharge summary for a 7-month-old with faltering growth, "
        "ending in a safeguarding discharge plan agreed after the ICPC: numbered follow-up lines with the "
        "owner first (HV, dietitian, consultant, mum, MGM, CPN, alcohol team, SW). A 'TBC' clinic date, a "
        "grandmother's teatime help with no measure, a 'Family' owner, CPN support visits only, "
        "'engagement', a parenting assessment 'over the next few weeks' with no output, a passive visit "
        "line, one adult outcome, a 'further concerns ... consider next steps' contingency that ignores the "
        "grandmother's part, and no legal step."
    ),
    "text": """\
DERVENHAM GENERAL HOSPITAL NHS TRUST
Women's and Children's Division - Puffin Ward (Paediatrics)
ELECTRONIC DISCHARGE SUMMARY (EDS)                                  Page 1 of 1
-------------------------------------------------------------------------------
Patient:      CORBISHLEY, Ruby              DOB: 04/11/2024 (7 months)
NHS No:       999 412 7730                  Hosp No: DGH0098813
Address:      14 Kestle Walk, Dervenham DV4 2PL
GP:           Dr H Yusuf, Millbrook Surgery, Dervenham
Admitted:     02/06/2025 (via ED)           Discharged: 10/06/2025
Consultant:   Dr P Ansah, Consultant Paediatrician
Completed by: Dr L Okafor (ST4) with Sr K Molloy (Puffin Ward manager)
-------------------------------------------------------------------------------

DIAGNOSES
  1. Faltering growth - weight fallen from 50th to below 2nd centile
     (6.10kg on admission). No organic cause found.
  2. Severe nappy dermatitis.
  3. SAFEGUARDING - now subject to a child protection plan (neglect),
     ICPC held 09/06/2025.

PRESENTING COMPLAINT
  Brought to ED on 02/06 by MGM (Tina Corbishley) - "not eating, very
  sleepy". HV had referred to children's services on 28/05 after Ruby's
  clinic weight had dropped two centile lines since her 4-month check.

INVESTIGATIONS
  FBC, U&E, LFT, TFTs, coeliac screen, urine MC&S - all normal.
  No bruising or other injury seen on full skin check (body map on file).

PROGRESS ON WARD
  Fed 3-hourly by nursing staff and Mum: 5 x 210ml formula plus 2 solid
  meals a day. Gained 420g in 8 days (6.10kg -> 6.52kg). Nappy area
  healing with barrier cream. Seen by paed dietitian 04/06 - ward
  feeding plan written.

RUBY ON THE WARD (nursing staff and play specialist observations)
  On admission Ruby was quiet and watchful, rarely cried even when she
  was due a feed, and did not reach for Mum. By day 4 she cried for her
  feeds, smiled and babbled at staff and grabbed for toys. She settles
  best held upright against Tina's shoulder. Mum visited every day
  10am-4pm and fed Ruby well when reminded; Dad (Liam Oakes) visited
  twice, both times for under an hour. Mum told the play specialist she
  "didn't know babies needed that much milk".

SOCIAL HISTORY
  Mum: Jade Corbishley (19). Postnatal depression diagnosed 02/2025, on
  sertraline, under Dervenham Perinatal Mental Health Team (CPN G Hext).
  Dad: Liam Oakes (23), lives with Jade and Ruby. Drinks heavily at
  weekends (Jade's account); police attended the address 19/04/2025 after
  an argument, Liam intoxicated. MGM Tina lives in the next street and
  sees Ruby most days.

SAFEGUARDING DISCHARGE PLAN
  Agreed at discharge planning meeting 09/06/2025, after the ICPC.
  Present: Dr P Ansah, Sr K Molloy, SW D Fenwick, HV B Lyle, Jade (Mum),
  Tina (MGM). Liam sent apologies.

  Goals for Ruby:
   - Ruby is back on the 9th centile or above by her OPD review and keeps
     growing along it.
   - Ruby gets 5 milk feeds and 2 meals every day, on time, and her nappy
     rash has healed.
   - Jade's mood improves and she feels more confident as a mum.

  Follow-up / actions on discharge:
   1. HV (B Lyle): home visit within 48 hrs of discharge (by 12/06/25),
      then wkly weights at home. Weight plotted in red book and emailed
      to SW and Dr Ansah after each visit.
   2. Paed dietitian (C Amadi): dietetic review of Ruby's feeding plan in
      OPD - appt date TBC. Updated feeding plan copied to HV.
   3. Dr Ansah: paediatric OPD review w/c 07/07/2025 - weight, length and
      development. Clinic letter to GP, HV and SW.
   4. Jade: give Ruby 5 x 210ml feeds and 2 meals a day as per the ward
      feeding plan, from discharge. Feed chart kept on the fridge and
      checked by HV at each visit.
   5. Tina (MGM): stay at the flat for the first 3 nights after discharge
      and do the late feed with Jade. Tina to text SW each morning
      (11/06 - 13/06) to say how the night went.
   6. Tina (MGM): come round every weekday teatime to help Jade with
      Ruby's evening feed and bath.
   7. Family: make sure Ruby sleeps at Tina's on Fri and Sat nights if
      Liam has been drinking. Tina to text SW by 10am each Sat and Sun
      saying where Ruby slept.
   8. Perinatal MH team (CPN G Hext): continue supportive home visits to
      Jade for her low mood, fortnightly. Visit dates sent to SW monthly.
   9. Dervenham Alcohol Team: assess Liam's drinking - appt offered for
      17/06/2025. Measure: engagement with the service.
  10. SW (D Fenwick): complete parenting assessment of Jade and Liam over
      the next few weeks.
  11. Unannounced home visits to be carried out fortnightly to check
      Ruby's feeds, nappy area and sleeping space - visit record on file
      after each one.
  12. Sr K Molloy: open access to Puffin Ward for Ruby for 6 weeks from
      discharge. Any call or attendance logged and reported to SW the
      same day.

  If concerns:
   If there are further concerns about Ruby's weight or care, SW to
   discuss with team manager and consider next steps. Parents to bring
   Ruby to ED if she is unwell.

  Meetings:
   Core group: 19/06/2025 10am at Millbrook Surgery, then monthly.
   Review child protection conference: 01/09/2025.

DISCHARGE MEDICATION: zinc and castor oil cream at each nappy change.

Electronically signed: Dr L Okafor for Dr P Ansah   10/06/2025 15:48
cc: HV B Lyle; SW D Fenwick (Dervenham Children's Services); Perinatal MHT
""",
    "findings": [
        F("T002", "dietetic review of Ruby's feeding plan in OPD"),
        F("M001", "come round every weekday teatime to help Jade"),
        F("W002", "make sure Ruby sleeps at Tina's on Fri and Sat nights"),
        F("H001", "continue supportive home visits to Jade for her low mood"),
        F("M002", "assess Liam's drinking - appt offered for 17/06/2025"),
        F("T002", "complete parenting assessment of Jade and Liam over the next few weeks"),
        F("M001", "complete parenting assessment of Jade and Liam over the next few weeks"),
        F("W001", "Unannounced home visits to be carried out fortnightly"),
        F("F002", "Jade's mood improves and she feels more confident as a mum."),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. School-led step-up from CIN to CP: "What we tried" table, then an
#    initials key and a "What happens now" table (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_dorrisfield_school_stepup_tried_now_malinowski.md",
    "split": "tune",
    "template": "school-dsl-stepup-what-we-tried-table-then-initials-key-action-table-md",
    "description": (
        "Plan written by a primary school DSL with the SW after a school-led child in need plan stepped up "
        "to child protection: a 'What we tried' table of the CIN months, the child's words, outcomes, then "
        "an initials key and a 'What happens now' table. 'Ongoing' / 'Monitored' for the class teacher, a "
        "parenting assessment with no output, 'When he is ready' / 'Engagement' for the partner's drinking "
        "(no adult service owns anything), a grandmother's weekend stays with no measure, 'As and when', "
        "'All agencies', a counselling row with nobody in the Who cell, an adult outcome, and a "
        "contingency that sends the children to the same grandmother with no fallback."
    ),
    "text": """\
# Hollins Lane Primary School – Safeguarding

## Kian Malinowski: plan after step-up from Child in Need to Child Protection

**Pupil:** Kian Malinowski, Year 4, DOB 22/09/2016
**Sister:** Zofia Malinowski, 20 months (at home)
**Home:** Mum (Ewa Malinowski) and her partner Craig Dobbs, 31 Tanyard Row, Dorrisfield
**Child in need plan:** from 14/01/2025, led by school with SW Priya Dhillon
**Initial child protection conference:** 20/05/2025 – child protection plan, category physical abuse (Kian and Zofia)
**Written by:** Rachel Hurst (DSL, deputy head) with Priya Dhillon (SW), 22/05/2025

### Who's who

- **RH** – Rachel Hurst, DSL and deputy head
- **JT** – Jon Tully, Kian's class teacher (Y4)
- **PD** – Priya Dhillon, social worker, Dorrisfield Children's Services
- **EM** – Ewa Malinowski, Mum
- **CD** – Craig Dobbs, Mum's partner
- **BN** – Barbara Nowak, Kian's nan (Mum's mum)
- **FO** – Fay Orme, school nurse
- **LB** – Lorna Beck, health visitor (Zofia)

## Why we stepped up

Kian has been on a child in need plan since January because his attendance
had fallen to 81%, he was often hungry in the mornings and Craig's drinking
was causing rows at home. On 12/05/2025 Kian came into school with four
fingertip bruises on his upper arm and told JT, "Craig grabbed me because I
spilled his can." RH rang the Children's Advice Line the same morning; a
strategy discussion was held that afternoon and the conference met on
20/05/2025.

## What we tried under the CIN plan (January to May)

| What we tried | What happened |
|---|---|
| Free breakfast club place from 13/01 | Kian came 3 days a week until February half term, then stopped coming |
| Weekly check-in with RH | Kian came to every one – this is where he told us most |
| Ewa asked to ring school on any day Kian is off | She rang on 4 of his 19 absences |
| Craig given Dorrisfield Recovery Service details at the February CIN review | Craig said he "doesn't need it"; no contact made |
| Early help parenting group (six weeks) for Ewa | Ewa went to 2 of the 6 sessions |

## What Kian says

Kian talked to RH on his own on 16/05/2025. He said: "It's OK at home when
Craig's at work. When he has his cans he gets shouty and Mum cries." He said
he goes in his room and puts his headphones on, and that Zofia "just cries
and cries". The best thing about school is "football and Mr Tully's jokes".
He said he likes Nan's house because "there's always tea and nobody shouts",
and he wants to stay there "when Craig's bad". He asked if Craig would get
told off for the bruise.

## What needs to be different for Kian

- Kian is not hurt at home, and tells an adult he trusts if anyone frightens him.
- Kian is in school by 8.45 every day, having had breakfast, and his attendance is 95% or more by October half term.
- Zofia is growing and developing as she should and is never left alone with Craig when he has been drinking.
- Craig stops drinking.

## What happens now

| # | What | Who | By | We'll know because |
|---|---|---|---|---|
| 1 | Check in with Kian at the classroom door each morning and ask how his evening was | RH | Daily from 21/05/2025 | SafeLog entry every school day; any mark or worrying comment passed to PD the same day |
| 2 | Keep an eye on Kian in class and pass worries on to RH | JT | Ongoing | Monitored |
| 3 | Visit Kian and Zofia at home, see Kian on his own and see both bedrooms | PD | Every 2 weeks, at least one visit in three unannounced | Visit records show Kian seen alone and bedrooms seen |
| 4 | Parenting assessment of Ewa and Craig | PD | By 30/06/2025 | |
| 5 | Get Kian to school by 8.45 with breakfast eaten or a snack packed | EM | Every school day from 21/05/2025 | Register shows Kian in by 8.45; lateness figure given at each core group |
| 6 | Go to Dorrisfield Recovery Service about his drinking | CD | When he is ready | Engagement |
| 7 | Pick Kian up from school Mon–Thu and give him his tea until Ewa finishes work | BN | Mon–Thu each week | Signing-out book at the school office |
| 8 | Have Kian and Zofia to stay on Friday and Saturday nights when Craig is at the house | BN | Every Fri and Sat | |
| 9 | Health check for Kian: height, weight, teeth and eyes | FO | By 18/07/2025 (end of summer term) | Results sent to PD and the GP |
| 10 | Visit Zofia at home and do her 2–2½ year development review | LB | As and when | ASQ-3 scores shared with PD |
| 11 | Tell PD the same day about any injury, disclosure or unexplained absence | All agencies | Same day | Logged on Kian's file with the time and what was done |
| 12 | Six sessions with the school counsellor (TalkTime) so Kian has somewhere safe to talk | | W/c 02/06/2025, then weekly x6 | Kian attends 6 of 6 sessions (counsellor's register) |
| 13 | Share any police call-out to 31 Tanyard Row with PD | Dorrisfield Police (MASH) | Next working day | Police notifications on PD's file |

## If things go wrong

- If Kian comes to school with a mark, or tells any of us he has been hurt, RH will ring PD (or the Dorrisfield Children's Advice Line after 5pm) straight away and PD will hold a strategy discussion the same day.
- If Craig is drunk at the house, Ewa will take Kian and Zofia to Barbara's that night and ring 999 if Craig tries to stop her.

## Meetings

- Core group every 4 weeks at 3.30pm in school: 05/06/2025 and 03/07/2025, then 31/07/2025 at Dorrisfield Family Centre (school holidays).
- Review child protection conference: 12/08/2025, Dorrisfield Town Hall.
- If Craig is still drinking at the house at the review conference, or Kian is hurt again at any point, PD will ask her team manager for a legal planning meeting.
""",
    "findings": [
        F("T002", "Keep an eye on Kian in class and pass worries"),
        F("M002", "Keep an eye on Kian in class and pass worries"),
        F("M001", "Parenting assessment of Ewa and Craig"),
        F("T002", "Go to Dorrisfield Recovery Service about his drinking"),
        F("M002", "Go to Dorrisfield Recovery Service about his drinking"),
        F("M001", "Have Kian and Zofia to stay on Friday and Saturday nights"),
        F("T002", "Visit Zofia at home and do her 2–2½ year development review"),
        F("W002", "Tell PD the same day about any injury, disclosure"),
        F("W001", "Six sessions with the school counsellor (TalkTime)"),
        F("F002", "Craig stops drinking."),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Team around the family plan carried into the first core group: family
#    wheel scores, then an action table with the wheel area merged down the
#    first column; family moving to another council (pdf, paged).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_delphwick_taf_family_wheel_handover_gillespie.pdf",
    "doc_title": "TAF plan carried into the child protection plan - Gillespie children",
    "split": "tune",
    "template": "taf-handover-family-wheel-scores-then-wheel-area-merged-action-table-paged",
    "description": (
        "Team around the family plan brought into the first core group after the ICPC (neglect, three "
        "children), written by the Family Hub practitioner and SW: the mother's Family Wheel scores, the "
        "children's words, then an action table with the wheel area merged down the first column. The family "
        "is moving to another council: a parenting assessment paused until it takes over, a 2-year review and "
        "a speech and language referral left for it; talking-therapy support only, a GP row with no measure, "
        "'ASAP' and 'TBC', a 'Family network' owner, a dental row with no lead, and core group and review "
        "conference dates left to the other council."
    ),
    "header": "OFFICIAL-SENSITIVE | Delphwick Family Hub (North) and Delphwick Children's Social Care",
    "footer": "TAF plan into CP plan – Gillespie children – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 5,
    "blocks": [
        ("title", "Team Around the Family – plan carried into the Child Protection Plan"),
        ("kv", [
            ("Children", "Tayla Gillespie (6), Mason Gillespie (2 years 9 months), Ellis Gillespie (5 months)"),
            ("Parent", "Shannon Gillespie (26), 5 Ruddle Lane, Delphwick"),
            ("TAF since", "18/11/2024 – lead professional Lee Carver, Family Hub practitioner (FHP)"),
            ("ICPC", "03/06/2025 – all three children subject to child protection plans, category neglect"),
            ("Social worker", "Aisha Khan, Delphwick Children's Social Care"),
            ("This meeting", "TAF review 6 and first core group, 11/06/2025, Delphwick Family Hub"),
        ]),
        ("h1", "How we got here"),
        ("p", "The TAF started in November after Tayla's school raised her lateness and hunger. Some things "
              "improved over the winter, but in May the HV found Ellis asleep on the sofa next to an open bottle "
              "of bleach, and Mason had a burn on his hand that had not been seen by anyone. Shannon says she has "
              "been \"running on empty\" since Ellis was born and her GP has her on sertraline for depression. "
              "The family has been offered a council house in Brennock (Brennock Borough Council) and hopes to "
              "move in July. The TAF actions that were still needed have been carried into the plan below."),
        ("h1", "The Family Wheel – Shannon's scores"),
        ("table", {
            "header": ["Area", "November 2024", "June 2025", "What Shannon said"],
            "widths": [4.0, 2.6, 2.6, 7.8],
            "rows": [
                ["Keeping the children safe", "4", "3", "\"After the bleach I know I took my eye off it.\""],
                ["Health", "5", "4", "\"Mason's still not really talking and I keep missing the letters.\""],
                ["How I'm feeling", "3", "4", "\"The tablets help a bit. I want to talk to someone.\""],
                ["Routines", "3", "5", "\"Bedtime's better since the chart, Tayla likes ticking it.\""],
                ["Home and money", "2", "3", "\"Once we move it'll be easier, this place is damp.\""],
                ["Family and friends", "6", "6", "\"Kelly's been brilliant.\""],
            ],
        }),
        ("h1", "What the children tell us"),
        ("p", "Tayla (seen alone at school by the SW on 06/06/2025) said she likes it when \"Mummy does the "
              "chart and we have bath night\" and that she gets Mason's breakfast \"when Mummy's tired\". She "
              "wants her own bed in the new house and for Auntie Kelly to \"still come on Wednesdays\". Mason "
              "has very few words; at the Family Hub he plays alone with the cars and goes to Lee or the SW for a "
              "cuddle rather than to his mum. Ellis was seen by the HV on 04/06/2025: clean, feeding well from "
              "his bottle and smiling, but he had a flat patch on the back of his head from long spells lying in "
              "the bouncer."),
        ("h1", "What we want for Tayla, Mason and Ellis"),
        ("bullets", [
            "Ellis always sleeps on his back in his cot, is fed on time and has time on the floor to play.",
            "Mason is kept safe from burns and chemicals and gets help with his talking.",
            "Tayla gets to school on time with breakfast, and is not the one who looks after her brother.",
            "All three children live in a clean, warm home with a routine they can rely on.",
        ]),
        ("h1", "The plan from today"),
        ("table", {
            "header": ["Wheel area", "What will happen", "Lead", "By when", "How we'll know"],
            "widths": [2.8, 5.6, 3.2, 2.6, 3.8],
            "bold_first_col": True,
            "rows": [
                ["Keeping the children safe",
                 "Unannounced visits to see all three children, including where Ellis sleeps and what food is in",
                 "SW Aisha Khan", "Weekly",
                 "Visit records show each child seen and Ellis's cot clear"],
                [V,
                 "Fit a stair gate, a fireguard and locks on the cupboard under the sink",
                 "FHP Lee Carver", "By 20/06/2025",
                 "Fitted, and checked at the next SW visit"],
                [V,
                 "Parenting assessment of Shannon (started under TAF) – paused until Brennock takes over the case",
                 "SW Aisha Khan", "On transfer",
                 "Report to the transfer-in conference"],
                ["Health",
                 "Weigh Ellis and check his development and head shape at home",
                 "HV Rosie Penfold", "Fortnightly",
                 "Weights and head shape recorded in the red book and emailed to SW"],
                [V,
                 "Mason's 2–2½ year review (overdue since March) to be done by the Brennock health visiting team "
                 "after the move",
                 "HV Rosie Penfold", "After the move (July 2025)",
                 "ASQ-3 scores shared with SW"],
                [V,
                 "Speech and language referral for Mason – left for Brennock to make once the case has transferred",
                 "HV Rosie Penfold", "July 2025",
                 "Referral accepted letter on file"],
                [V,
                 "Dental check for all three children and treatment for anything found",
                 "", "By 31/07/2025",
                 "Dental records copied to SW"],
                ["How I'm feeling",
                 "Weekly sessions for Shannon's low mood (8 sessions)",
                 "Delphwick Talking Therapies – J Orr", "Weekly from 16/06/2025",
                 "Attendance recorded"],
                [V,
                 "Review Shannon's antidepressant dose and side effects",
                 "GP Dr S Begum, Harlow Street Surgery", "By 27/06/2025",
                 ""],
                ["Routines",
                 "Morning and bedtime routine chart kept going, with all three children in bed by 7.30pm",
                 "Shannon, with FHP Lee Carver", "From 09/06/2025, checked weekly",
                 "Chart filled in each day; Tayla at school by 8.50am"],
                [V,
                 "Send Tayla's attendance and lateness to the SW and say if she arrives hungry",
                 "DSL Mrs N Kaur, Delphwick Infants", "Every Friday",
                 "Weekly email to SW with the attendance figure"],
                ["Home and money",
                 "Chase the housing transfer to Brennock and get a move date",
                 "FHP Lee Carver", "ASAP",
                 "Move date confirmed in writing"],
                [V,
                 "Debt advice appointment for Shannon",
                 "Delphwick Citizens Advice", "TBC",
                 "Income and spending form completed"],
                ["Family and friends",
                 "Kelly (Shannon's sister) to do the Tuesday and Thursday school run and have the children for "
                 "tea on Wednesdays",
                 "Family network", "Tue, Wed and Thu each week",
                 "School register; Kelly texts the SW on Wednesday evenings"],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If the children are found alone, Ellis is found asleep on the sofa or in Shannon's bed, or the "
              "home scores below 3 on the Home Conditions Tool at two visits running, the SW will visit the same "
              "day and hold a strategy discussion. The children will stay with Kelly while that happens; if Kelly "
              "cannot have them, they will go together to emergency foster carers that day. If any of these "
              "happen, or the routine chart has stopped by the next core group, the SW will request a legal "
              "planning meeting."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: monthly – dates to be set once the move date is known.",
            "Review child protection conference: to be arranged by Brennock after the transfer-in conference.",
            "The SW will send the transfer request to Brennock within 5 working days of the move date being "
            "confirmed.",
        ]),
    ],
    "findings": [
        F("X001", "paused until Brennock takes over the case"),
        F("X001", "to be done by the Brennock health visiting team after the move"),
        F("X001", "left for Brennock to make once the case has transferred"),
        F("W001", "Dental check for all three children and treatment"),
        F("H001", "Weekly sessions for Shannon's low mood (8 sessions)"),
        F("M001", "Review Shannon's antidepressant dose and side effects"),
        F("T002", "Chase the housing transfer to Brennock and get a move date"),
        F("T002", "Debt advice appointment for Shannon"),
        F("W002", "Kelly (Shannon's sister) to do the Tuesday and Thursday school run"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Neonatal unit going-home plan: "Ollie can go home when..." criteria
#    table, then an initials key and a task table (pdf, paged). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_drennock_nnu_going_home_criteria_fairclough.pdf",
    "doc_title": "Neonatal Unit Going Home Plan - Ollie Fairclough",
    "split": "tune",
    "template": "nnu-going-home-criteria-met-table-then-initials-key-task-table-paged",
    "description": (
        "Exemplary going-home plan from a neonatal unit for a baby treated for neonatal abstinence syndrome "
        "(mother on methadone), going home with his mother to the grandmother's house under a child "
        "protection plan: a 'can go home when' criteria table (not actions), the baby's days on the unit, "
        "outcomes, an initials key and a task table with leads by initials and event timescales (before "
        "discharge, days 2 and 5, at 6-8 weeks). Drug service reports on change, grandmother's part has a "
        "fallback to foster carers, core group and review dates, legal planning trigger."
    ),
    "header": "OFFICIAL-SENSITIVE | Drennock Royal Infirmary Neonatal Unit and Drennock Children's Services",
    "footer": "Going home plan – Ollie Fairclough – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Ward 5 Neonatal Unit – Going Home Plan"),
        ("p", "Drennock Royal Infirmary, with Drennock Children's Services and Drennock Drug and Alcohol Service"),
        ("kv", [
            ("Baby", "Ollie Fairclough, born 16/05/2025 at 34+2 weeks, birth weight 2.02kg"),
            ("Mum", "Chantelle Fairclough (29)"),
            ("Where Ollie will live", "With Chantelle at her mum's house – Carol Hesketh (MGM), 22 Fenwick Close, "
                                      "Drennock – for at least the first 12 weeks (written agreement)"),
            ("Baby's father", "Not named; no contact"),
            ("Plan", "Child protection plan from the pre-birth conference on 14/04/2025 (neglect)"),
            ("Going-home meeting", "05/06/2025 on Ward 5 – expected discharge 09/06/2025"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Chantelle has used heroin since she was 19. She has been on a methadone programme with Drennock "
              "Drug and Alcohol Service (DDAS) since October 2024, but two of her tests in pregnancy showed heroin. "
              "Ollie was born early and had neonatal abstinence syndrome; he needed oral morphine from day 2 to "
              "day 16 and was weaned off by 01/06/2025. Chantelle and Carol have agreed that Chantelle and Ollie "
              "will live with Carol, who does not use drugs or drink, while the plan is tested."),
        ("h1", "Ollie on the unit"),
        ("p", "In his first week Ollie had a high-pitched cry, sneezed a lot, fed poorly and was hard to settle. "
              "By week three he was taking 60ml every 3 hours from a bottle, settled when swaddled, and calmed "
              "quickly skin-to-skin with Chantelle, who came in every day from 10am until his 7pm feed. Nurses "
              "saw her read his cues well when she was rested and get flustered when he cried for long. Carol "
              "visited four times and did two feeds and a bath. Ollie now turns to Chantelle's voice and sleeps "
              "3 hours between feeds."),
        ("h1", "Ollie can go home when… (checked at the going-home meeting)"),
        ("table", {
            "header": ["What needs to be true", "Met?", "How we know"],
            "widths": [7.6, 1.6, 7.8],
            "rows": [
                ["Ollie has been off morphine for at least 5 days with withdrawal (Finnegan) scores under 8",
                 "Yes", "Scores on the unit chart 01/06–05/06/2025"],
                ["Ollie is taking full bottle feeds and gaining weight",
                 "Yes", "2.41kg on 05/06/2025, up 190g in a week"],
                ["Carol's house has a cot, is smoke-free and has a locked box for methadone",
                 "Yes", "SW home visit 03/06/2025"],
                ["Chantelle has done at least 6 feeds and 2 baths on the unit with nurses watching",
                 "Yes", "Nursing record – 9 feeds and 3 baths"],
                ["The written agreement is signed by Chantelle and Carol",
                 "Yes", "Signed 05/06/2025, copy on the SW file"],
            ],
        }),
        ("h1", "What we want for Ollie"),
        ("bullets", [
            "Ollie is fed every 3 hours and keeps gaining weight along his centile.",
            "Ollie sleeps on his back in his own cot at Carol's, never in an adult's bed or on the sofa.",
            "Ollie is only ever cared for by an adult who is sober, and Carol is always in the house.",
            "Ollie's withdrawal signs stay settled and he is seen by a professional at least once a week.",
        ]),
        ("h1", "Who does what after Ollie goes home"),
        ("p", "Key: LM – Lisa Moran, neonatal outreach nurse; PO – Paula Obi, health visitor; TG – Tom Garside, "
              "social worker; RS – Ravi Sandhu, DDAS key worker; NA – Dr Ngozi Achebe, GP, Fenwick Road "
              "Practice; FL – Dr Freya Lindqvist, consultant neonatologist; CF – Chantelle Fairclough; CH – "
              "Carol Hesketh (MGM)."),
        ("table", {
            "header": ["No.", "Task", "Lead", "When", "How we'll know"],
            "widths": [1.0, 6.4, 1.4, 3.6, 4.6],
            "rows": [
                ["1", "Go-home check: car seat fitted, safe sleep talk with Chantelle and Carol, red book and "
                      "feeding plan handed over",
                 "LM", "Before discharge (09/06/2025)",
                 "Discharge checklist signed on the neonatal record"],
                ["2", "Home visits to weigh Ollie and score any withdrawal signs",
                 "LM", "Days 2 and 5 after discharge, then weekly until 4 weeks home",
                 "Weight and Finnegan score recorded and emailed to PO and TG the same day"],
                ["3", "Primary visit, then weekly visits, with safe sleep and feeding checked at every visit",
                 "PO", "Within 5 days of discharge, then weekly until the 6–8 week check",
                 "Weight plotted in the red book; safe sleep checklist signed; notes sent to TG"],
                ["4", "Visit Ollie at Carol's, see him awake and being fed, see where he sleeps and speak to Carol "
                      "on her own",
                 "TG", "Within 3 working days of discharge, then weekly (one in three unannounced)",
                 "Visit records show Ollie seen and Carol spoken to alone"],
                ["5", "Supervised daily methadone, random urine tests, and a written report on whether Chantelle "
                      "is staying stable, what she is changing for Ollie and how long that is likely to take",
                 "RS", "Methadone daily; tests weekly; report before each core group",
                 "Test results and report sent to TG before every core group"],
                ["6", "Parenting assessment of Chantelle, including how she and Carol share Ollie's care",
                 "TG", "By 25/07/2025",
                 "Written report shared with Chantelle, Carol and the core group"],
                ["7", "Keep all methadone in the locked box and do Ollie's night feeds with Carol in the house",
                 "CF", "Every day from discharge",
                 "Box seen locked at every TG and PO visit; night-feed chart filled in"],
                ["8", "Be in the house whenever Chantelle is caring for Ollie, day and night",
                 "CH", "Every day from discharge to 01/09/2025 (12 weeks)",
                 "Carol's diary signed daily and checked at each TG visit; unannounced visits find Carol at home"],
                ["9", "Follow-up clinic: growth, tone and hips",
                 "FL", "6 weeks after discharge (w/c 21/07/2025)",
                 "Clinic letter to NA, PO and TG"],
                ["10", "Ollie's 6–8 week check, with Chantelle's postnatal check in the same appointment",
                 "NA", "At the 6–8 week check (w/c 30/06/2025)",
                 "Check recorded in the red book and GP record; letter to PO and TG"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chantelle's test shows heroin or any drug not prescribed, she misses supervised methadone on "
              "two days in a row, she is seen under the influence while caring for Ollie, or Carol is not in the "
              "house when Chantelle has Ollie, TG (or the emergency duty team out of hours) will visit the same "
              "day and hold a strategy discussion. Ollie will stay at Carol's in Carol's care, Chantelle will "
              "move to her own flat, and she will only see Ollie with Carol there until the core group agrees "
              "otherwise. If Carol cannot go on caring for Ollie, becomes ill, or tells us she cannot manage, "
              "Ollie will be placed with foster carers the same day (Drennock fostering duty has a copy of this "
              "plan) and TG's team manager will request a legal planning meeting within 2 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 19/06/2025 (within 10 working days of discharge), then every 4 weeks on 17/07/2025 "
            "and 14/08/2025, at Drennock Health Centre.",
            "Review child protection conference: 10/07/2025, 1.30pm, Drennock Council House.",
            "If any test shows heroin or other drugs not prescribed, or the parenting assessment says Ollie "
            "would not be safe with Chantelle without Carol in the house, TG's team manager will request a "
            "legal planning meeting within 5 working days.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Maternity information system print of a safeguarding care plan,
#    actions grouped by place of care, fields after ">" marks (txt).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_dowlerton_maternity_care_plan_print_hartigan.txt",
    "split": "tune",
    "template": "maternity-system-safeguarding-care-plan-by-place-of-care-chevron-fields-txt",
    "description": (
        "Exemplary pre-birth plan printed from a maternity information system: alerts, the 9-year-old "
        "brother's words and the unborn baby's world, outcomes, then actions grouped by place of care "
        "(antenatal, delivery suite, postnatal ward, home) with lead, when and evidence after '>' marks; "
        "timescales in weeks of pregnancy and events (on admission in labour, every shift until discharge, "
        "day 10-14). Domestic abuse with a non-molestation order and the mother's past drinking: the "
        "alcohol service reports on whether change will last, the aunt's part has a foster-care fallback, "
        "core group and review dates and a legal planning trigger."
    ),
    "text": """\
DOWLERTON AND FENNY HOSPITALS NHS TRUST                MATERNITY RECORD (MIS v4)
SAFEGUARDING CARE PLAN - PRINT                         Printed 18/06/2025 14:22
                                                       by: N.ROURKE (SMW)
================================================================================
Woman      HARTIGAN, Roisin     DOB 03/02/1991 (34)       Hosp no DF-7734120
Obstetric  G3 P1 (Cian, 9)      EDD 02/09/2025            Gest at print 29+1
Alerts     [SAFEGUARDING] [CP PLAN - UNBORN AND SIBLING] [NON-MOLESTATION ORDER]
           [PASSWORD ON FILE - do not confirm admission to callers]
Plan       Pre-birth child protection plan - ICPC 12/06/2025 (emotional abuse)
SW         Ben Coyle, Dowlerton Children's Services, Locality East
Named CMW  Jess Fenwick (Community Team 3)
HV         Mira Desai (Fenny Road HV team)
--------------------------------------------------------------------------------
Key: CMW community midwife | SMW safeguarding midwife | DSC delivery suite
coordinator | HV health visitor | SW social worker | DAS Dowlerton Alcohol
Service | IDVA independent domestic violence adviser | DSL designated
safeguarding lead | 34/40 = 34 weeks of pregnancy
Each action is followed by:  > lead   > when   > evidence
--------------------------------------------------------------------------------

1. BACKGROUND
   Roisin separated from the baby's father, Gavin Tuck, in March 2025 after
   he strangled her in front of Cian. Gavin was charged and a non-molestation
   order was made on 28/03/2025 (in force until 28/03/2026). He has since
   sent her 14 messages through friends. Roisin drank heavily between 2022
   and 2024 and Cian lived with her sister Aoife for five months in 2023.
   She has been alcohol free since October 2024, working with DAS, and all
   her breath tests have been negative. Gavin does not know the due date.

2. CIAN AND BABY - WHAT WE KNOW OF THEIR WORLD
   Cian (seen alone at school by SW, 05/06/2025): "I'm glad Gavin's gone
   but I still think he's going to come back." He checks the front door is
   locked every night. He is excited about the baby and wants to "do the
   bottles". He said Mum "doesn't do the wine any more" and that Auntie
   Aoife's house is "the safe house". He wants the police to come fast if
   Gavin turns up.
   Baby: growth scan at 28/40 (10/06/2025) on the 50th centile, moving well.
   Roisin has stopped smoking (CO reading 1ppm at 28/40). The Moses basket
   and pram are at home; Roisin says the baby "goes mad" in the evenings
   when Cian reads to the bump.

3. WHAT WE WANT FOR BABY AND CIAN
   - Baby is born safely, with Gavin kept away from the hospital, and goes
     home to a house where a sober adult cares for them day and night.
   - Baby is fed every 3-4 hours, sleeps on their back in the Moses basket
     and gains weight along their centile.
   - Cian feels safe at home, is in school every day and knows who to tell
     if Gavin comes near or Mum drinks.

4. CARE PLAN BY PLACE OF CARE

4.1 ANTENATAL (CLINIC AND HOME)
 A1  See Roisin alone at every antenatal appointment and ask about Gavin,
     alcohol and her mood
     > CMW Jess Fenwick   > every appt (31, 34, 36, 38 and 40/40)
     > DA and alcohol enquiry recorded on MIS at each appt; a missed appt
       reported to SW the same day
 A2  Relapse prevention work with a breath test at every session; written
     report on whether Roisin is staying alcohol free, whether she can keep
     it up once the baby is born, and the likely timescale
     > DAS worker Kemi Ade   > fortnightly; report by 34/40 (22/07/2025)
       and before each core group
     > breath test results and the written report sent to SW
 A3  Safety plan for Roisin, Cian and baby, including what to do if Gavin
     comes to the house, and a referral back to MARAC if he breaches
     > IDVA Leanne Shaw (Dowlerton DA Service)   > by 01/07/2025, then a
       call every 2 weeks
     > written safety plan on the SW file; call log shared with SW before
       each core group
 A4  Antenatal home contact about safe sleep, feeding and a smoke-free
     home; meet Cian
     > HV Mira Desai   > by 34/40 (22/07/2025)
     > safe sleep checklist signed; contact recorded on the HV record
 A5  Write the safeguarding birth plan (password, who may visit, no
     information to Gavin, no discharge before a discharge planning
     meeting) and load it as a MIS alert
     > SMW Nadia Rourke   > by 34/40 (22/07/2025)
     > birth plan on MIS and copied to SW, delivery suite, postnatal ward
       and the emergency duty team
 A6  Visit Roisin and Cian at home, see Cian on his own, and check the door
     lock and the alarm fitted by the police
     > SW Ben Coyle   > every 2 weeks until the birth, at least one visit
       in three unannounced
     > visit records show Cian seen alone and the home checked
 A7  Pre-birth parenting assessment, including Roisin's plan for caring
     for two children
     > SW Ben Coyle   > by 36/40 (05/08/2025)
     > written report shared with Roisin and the core group before the
       discharge planning meeting
 A8  Check in with Cian at school and pass on anything he says about home
     > DSL Mr Owen Tranter, St Wilfrid's Juniors   > every Monday in
       term time; SW sees Cian in the summer holidays
     > check-in note records what Cian says; any worry passed to SW the
       same day
 A9  Have Cian at her house from the start of labour until Roisin and the
     baby are home
     > Aoife Hartigan (maternal aunt)   > from the start of labour
     > Aoife texts SW when Cian arrives and when he goes home

4.2 DELIVERY SUITE
 B1  Check the MIS alert, give Roisin a side room under the password, and
     give no information to anyone asking for her
     > DSC (shift coordinator)   > on admission in labour
     > alert acknowledged on MIS with the time and name

4.3 POSTNATAL WARD
 C1  Watch and record how Roisin feeds, handles and responds to the baby
     > midwife in charge of the postnatal ward   > every shift until
       discharge
     > safeguarding observation chart completed each shift
 C2  Discharge planning meeting on the ward with SW, HV, CMW, Roisin and
     Aoife; the baby does not go home until it has been held
     > SMW Nadia Rourke   > before discharge
     > minutes and discharge plan on MIS and sent to SW, HV and GP

4.4 HOME AFTER DISCHARGE
 D1  Postnatal visits: weigh the baby, check feeding and Roisin's recovery
     > CMW Jess Fenwick   > days 1, 3 and 5 after going home
     > weights and feeds recorded on MIS; notes to SW
 D2  New birth visit, then weekly visits to the 6-8 week check
     > HV Mira Desai   > day 10-14, then weekly to 8 weeks
     > weight plotted in the red book; mood (EPDS) score and safe sleep
       checklist recorded; notes to SW
 D3  Visit the baby and Cian at home, see the baby awake and Cian alone
     > SW Ben Coyle   > within 2 working days of discharge, then weekly
     > visit records show both children seen
 D4  Stay at the house for the first 7 nights and help with night feeds
     > Aoife Hartigan (maternal aunt)   > first 7 nights after discharge
     > night-feed chart filled in and seen by CMW and SW
 D5  Baby's 6-8 week check and Roisin's postnatal check, including alcohol
     and mood
     > GP Dr Helen Marsh, Fenny Road Practice   > at the 6-8 week check
     > check recorded in the red book; GP writes to SW with the outcome

5. IF THINGS GO WRONG
   - If Gavin comes to the house, the hospital or Cian's school, or
     contacts Roisin in breach of the order: Roisin or staff ring 999 and
     police will arrest under the order; SW holds a strategy discussion
     the same day and the IDVA updates the safety plan within 24 hours.
   - If Roisin drinks alcohol (positive breath test, smells of alcohol, or
     says she has had a drink) while caring for Cian or the baby: SW
     visits the same day and holds a strategy discussion; Cian and the
     baby go to Aoife's home (viability assessment positive 10/06/2025) and
     Roisin sees them there with Aoife present until the core group agrees
     otherwise.
   - If Aoife cannot take the children or stay over: Cian and the baby will
     be placed together with foster carers the same day (EDT has this plan)
     and the SW's team manager will request a legal planning meeting within
     2 working days.

6. MEETINGS AND REVIEW
   Core group   every 4 weeks at Fenny Road Practice: 03/07/2025, 31/07/2025
                and 28/08/2025, then within 5 working days of the birth
   RCPC         18/09/2025 10:00, Dowlerton Civic Centre
   Legal        If Roisin drinks before the birth, the DAS report at 34/40
                says she is unlikely to stay alcohol free after the birth,
                or she lets Gavin back into the home, the SW's team manager
                will request a legal planning meeting before 36/40.

-- end of print --   MIS v4 | Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Children's ward plan for an accommodated toddler: visiting rules grid,
#    then a before-discharge action table (docx).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b20_dunkelby_ward_visiting_rules_brennan.docx",
    "doc_title": "Kestrel Ward Safeguarding Plan - Alfie Brennan",
    "split": "tune",
    "template": "childrens-ward-visiting-rules-grid-then-before-discharge-action-table",
    "description": (
        "Children's ward safeguarding plan for a 14-month-old with an unexplained femur fracture, accommodated "
        "under section 20 and due to go to foster carers: a visiting-rules grid (who may visit, conditions), "
        "the child on the ward, outcomes, then an 'Actions before discharge' table. Grandparents supervise "
        "the parents' visits (one row with no evidence) and the contingency never says what happens if they "
        "can't; 'All ward staff' / 'Monitored', CMHT support only, 'Engagement' for the drug service, a "
        "row telling the HV team with nobody in 'By whom', 'TBC' for a family group conference, one adult "
        "outcome, and the social worker may visit 'any time' with no stated frequency."
    ),
    "blocks": [
        ("title", "Kestrel Ward – Safeguarding Plan"),
        ("p", "Dunkelby University Hospital – Children's Ward (Kestrel), with Dunkelby Children's Services "
              "(hospital social work team)"),
        ("kv", [
            ("Patient", "Alfie Brennan, DOB 12/04/2024 (14 months), hospital no DUH 5521870"),
            ("Admitted", "27/05/2025 via ED – spiral fracture of the left femur, in a hip spica cast"),
            ("Parents", "Leanne Brennan (24) and Ryan Brennan (27), 8 Saltings Row, Dunkelby"),
            ("Legal status", "Accommodated under section 20 since 29/05/2025 (both parents agreed); to go to "
                             "foster carers on discharge"),
            ("Conference", "ICPC 05/06/2025 – child protection plan, category physical abuse"),
            ("Social worker", "Kerry Doyle, hospital social work team"),
            ("Written by", "Sr Ellen Quarry, Kestrel Ward manager, with the SW – 06/06/2025"),
        ]),
        ("h1", "Why Alfie is on Kestrel Ward"),
        ("p", "Alfie was brought to ED by both parents on 27/05/2025, not bearing weight on his left leg. They "
              "said he fell from the sofa two days before. Dr Sanjay Patel, consultant paediatrician, says a "
              "spiral fracture in a child who is not yet walking is not explained by that account, and the "
              "skeletal survey showed a possible healing rib fracture that needs a repeat X-ray. Police are "
              "investigating. Leanne has anxiety and depression and is under the Dunkelby community mental "
              "health team (CMHT). Ryan told the SW he smokes cannabis every day."),
        ("h1", "Visiting rules (copy at the nurses' station)"),
        ("table", {
            "header": ["Who", "Can visit?", "Conditions"],
            "widths": [4.6, 4.0, 8.4],
            "rows": [
                ["Leanne Brennan (Mum)", "Yes, between 10am and 7pm", "Only with Maureen there for the whole visit; Alfie "
                                                         "does not leave the ward"],
                ["Ryan Brennan (Dad)", "Yes, between 2pm and 4pm", "Only with Tony there; does not feed or change "
                                                                   "Alfie on his own"],
                ["Maureen Walsh (MGM)", "Yes, any time", "Signs the visit log for Leanne's visits"],
                ["Tony Brennan (PGF)", "Yes, any time", "Signs the visit log for Ryan's visits"],
                ["SW Kerry Doyle", "Any time", "—"],
                ["Anyone else", "No", "Nurse in charge to ring the SW or EDT"],
            ],
        }),
        ("h1", "Alfie on the ward"),
        ("p", "Alfie says \"mama\", \"dog\" and \"more\". He spent four days in traction and now has a hip spica "
              "cast, which he pulls at when he is tired. He reaches for Leanne and Maureen when they come in and "
              "settles best on Maureen's lap with his blue rabbit. The nurses have noticed he goes still and "
              "watches when Ryan comes near the cot, and brightens when Ryan leaves. He eats well, finishes his "
              "bottles and sleeps through from 8pm."),
        ("h1", "What we want for Alfie"),
        ("bullets", [
            "Alfie's leg heals well and he is crawling and pulling to stand again by his 18-month check.",
            "Alfie is only ever cared for by adults who keep him safe from injury, on the ward and after "
            "discharge.",
            "Alfie keeps his close bond with his mum and his nan through safe, supervised time together.",
            "Leanne and Ryan give an honest account of how Alfie was hurt.",
        ]),
        ("h1", "Actions before discharge"),
        ("table", {
            "header": ["Action", "By whom", "When", "Evidence"],
            "widths": [6.4, 3.8, 2.8, 4.0],
            "rows": [
                ["Repeat skeletal survey and send the report to the SW and police",
                 "Dr Sanjay Patel, consultant paediatrician", "10/06/2025 (day 14)",
                 "Radiology report on file and shared at the strategy meeting"],
                ["Find foster carers for Alfie who can manage his hip spica cast",
                 "SW Kerry Doyle", "Before discharge",
                 "Placement confirmed in writing; carers trained on the cast by the physio"],
                ["Supervise all of Leanne's visits to Alfie on the ward",
                 "Maureen Walsh (MGM)", "Every visit",
                 "Visit log at the nurses' station signed by Maureen"],
                ["Supervise all of Ryan's visits to Alfie on the ward",
                 "Tony Brennan (PGF)", "Every visit",
                 ""],
                ["Watch how Leanne and Ryan handle, feed and speak to Alfie",
                 "All ward staff", "Every shift",
                 "Monitored"],
                ["Teach the foster carers and parents how to lift, change and bath Alfie in his cast",
                 "Physio Amy Lowther", "Before discharge",
                 "Written handling plan signed by the carers"],
                ["Interview Leanne and Ryan about how Alfie was injured",
                 "Dunkelby Police CAIT (DC M Rowe)", "By 13/06/2025",
                 "Outcome shared with the SW at the strategy meeting on 16/06/2025"],
                ["Support Leanne with her anxiety and low mood while Alfie is in hospital",
                 "CMHT – CPN Jo Marsh", "Weekly",
                 "Contacts recorded on RiO"],
                ["Assess Ryan's cannabis use and agree a plan for him to stop",
                 "Dunkelby Drug Service", "Assessment by 20/06/2025",
                 "Engagement"],
                ["Tell the health visiting team the discharge date and the foster carers' address",
                 "", "Before discharge",
                 "HV team confirms by email that a home visit is booked within 5 days of discharge"],
                ["Family group conference for Alfie's wider family",
                 "SW Kerry Doyle", "TBC",
                 "Family plan written and shared with the core group"],
            ],
        }),
        ("h1", "If the rules are broken"),
        ("p", "If Leanne or Ryan tries to take Alfie off the ward, or is aggressive to staff or to Alfie, the "
              "nurse in charge will stop the visit, call hospital security and the police (999), and ring the "
              "SW or EDT straight away. If either parent withdraws their section 20 agreement, the SW will ask "
              "the police to use police protection and the local authority will apply for an emergency "
              "protection order the same day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 12/06/2025 on Kestrel Ward, then every 4 weeks (10/07/2025, 07/08/2025).",
            "Alfie's first looked after review: 25/06/2025 with the IRO, Sandra Beale, who will see Alfie before "
            "the review.",
            "Review child protection conference: 28/08/2025, Dunkelby Civic Centre.",
            "A legal planning meeting is booked for 09/06/2025. If the repeat skeletal survey or the police "
            "enquiries give no accidental explanation, the local authority will start care proceedings.",
        ]),
    ],
    "findings": [
        F("M001", "Supervise all of Ryan's visits to Alfie on the ward"),
        F("W002", "Watch how Leanne and Ryan handle, feed and speak to Alfie"),
        F("M002", "Watch how Leanne and Ryan handle, feed and speak to Alfie"),
        F("H001", "Support Leanne with her anxiety and low mood"),
        F("M002", "Assess Ryan's cannabis use and agree a plan"),
        F("W001", "Tell the health visiting team the discharge date"),
        F("T002", "Family group conference for Alfie's wider family"),
        F("F002", "Leanne and Ryan give an honest account of how Alfie was hurt."),
        F("C003"),
        F("L001"),
    ],
})
