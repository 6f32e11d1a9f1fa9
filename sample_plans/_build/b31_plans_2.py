"""Batch 31, module 2: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: core group minutes with an action log, a neonatal discharge plan for a
premature baby, a domestic abuse plan with a perpetrator programme and a
safety plan, a neglect plan built on a home conditions scoring tool, an
easy-read plan for a parent with a learning disability, a plan for a
15-year-old at risk of criminal exploitation who uses cannabis himself, and a
transfer-in plan received from another authority with the receiving
authority's additions. Three are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Second core group minutes: attendance grid, agency updates by initials,
#    the children's words, then an action log No. / Action / By whom /
#    By when / Update (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_gannerthorpe_core_group_minutes_action_log_pritchard.docx",
    "doc_title": "Core Group Minutes - Lacey and Reggie Pritchard",
    "split": "tune",
    "template": "core-group-minutes-docx-attendance-grid-initials-agency-updates-paragraphs-then-no-action-by-whom-by-when-update-log",
    "description": (
        "Minutes of a second core group for a 7-year-old and a 3-year-old (neglect, mother's depression "
        "and anxiety), with attendance, agency updates, the children's words and an action log. Most rows "
        "are sound and the GP and primary care mental health team own actions, but the PWP row only "
        "treats Mum, the school 'keeps an eye on' Lacey 'ongoing', the bedtime routine has no measure, "
        "the parenting referral is owned by 'Core group', one outcome is Mum's, and the contingency sends "
        "the children to the paternal grandmother with no fallback."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Gannerthorpe Metropolitan Borough Council – Children's Social Care – Locality Team West"),
        ("kv", [
            ("Children", "Lacey Pritchard, DOB 14.02.2018 (7), Year 2, Gannerthorpe Moor Primary; "
                         "Reggie Pritchard, DOB 30.09.2021 (3), Little Acorns Nursery"),
            ("Address", "27 Sandpiper Walk, Gannerthorpe"),
            ("Plan", "Child protection plans since ICPC on 05/06/25 – category neglect"),
            ("Meeting", "2nd core group, Thursday 3rd July 2025, 1.30–3pm, family room at Gannerthorpe Moor Primary"),
            ("Chair", "Gemma Cole (GC), SW"),
            ("Minutes", "Paula Yates, business support"),
        ]),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Name", "Role / agency", "Initials", "Present / apologies"],
            "widths": [3.6, 7.4, 1.8, 4.2],
            "rows": [
                ["Stacey Pritchard", "Mum", "SP", "Present"],
                ["Liam Pritchard", "Dad", "LP", "Present"],
                ["Maureen Pritchard", "Paternal grandmother", "MP", "Present"],
                ["Gemma Cole", "Social worker, Locality Team West", "GC", "Present (chair)"],
                ["Nadia Bashir", "Health visitor, Gannerthorpe 0-19 Service", "NB", "Present"],
                ["Jan Hollis", "DSL, Gannerthorpe Moor Primary", "JH", "Present"],
                ["Shona Reid", "Manager, Little Acorns Nursery", "SR", "Present"],
                ["Tom Ellery", "Psychological wellbeing practitioner, Gannerthorpe Primary Care Mental "
                               "Health Team (PCMHT)", "TE", "Apologies – update emailed"],
                ["Dr K. Okafor", "GP, Moorside Surgery", "–", "Apologies"],
            ],
        }),
        ("h2", "1. Minutes of last meeting"),
        ("p", "GC reminded everyone that Lacey and Reggie have been on CP plans since 05/06/25 under the category "
              "of neglect. Minutes of the 1st CG (19/06/25) agreed as accurate. Actions from that meeting are "
              "carried into the log at section 5."),
        ("h2", "2. Agency updates"),
        ("p", "SP / LP: SP said the last two weeks have been \"a bit better\". She has got up to do Reggie's "
              "breakfast most days but \"some days I just can't face it\". LP is working lates at the warehouse "
              "and does bath and bed on his days off. They have put a stair gate up. SP has been to 2 sessions "
              "with TE."),
        ("p", "GC: 3 visits since ICPC, 1 unannounced (27/06). Kitchen better – bins emptied and worktops clear. "
              "Reggie's room still has clothes and used nappies on the floor and his mattress has no sheet. "
              "Lacey seen alone at school on 24/06 and at home on 27/06."),
        ("p", "NB: Reggie weighed 26/06 – 14.1kg, 50th centile. Using 2-word phrases; ASQ booked for 10/07. Not "
              "registered with a dentist – NB gave SP a list of practices taking NHS patients."),
        ("p", "JH: Lacey's attendance is 88% this half term (4 lates, 2 absences with no reason given). She came "
              "in without a coat on a wet day and twice without a packed lunch; school has given her a free "
              "breakfast club place from 23/06. JH described her as \"a lovely girl, a bit of a worrier\"."),
        ("p", "SR: Reggie comes Mon and Wed mornings; he missed 3 sessions in June and arrives hungry on "
              "Mondays. Nursery can offer his 15 funded hours once the form is in."),
        ("p", "TE (by email): SP has attended 2 of 3 guided self-help sessions for low mood and anxiety; PHQ-9 "
              "was 17 at the start. TE will carry on weekly."),
        ("p", "GP (by email): SP has been prescribed sertraline since April but did not collect her June "
              "prescription."),
        ("p", "MP: has done the school run Mon–Wed since the ICPC and has Reggie on Tuesdays. Said she is \"happy "
              "to help as long as my knees hold out\". She is on the waiting list for a hip operation, date not "
              "known yet."),
        ("h2", "3. How Lacey and Reggie are"),
        ("p", "Lacey (seen alone by GC at school, 24/06): \"Mummy stays in bed sometimes and I make Reggie's "
              "Weetabix. Nanna Mo does the best packed lunches.\" She likes it when Daddy does bath time "
              "\"because he does bubbles\". Her three wishes were \"a sheet with unicorns on, Mummy to be happy, "
              "and go to Brownies\"."),
        ("p", "Reggie is chatty at nursery and runs to MP at pick-up. On the unannounced visit (27/06) he was "
              "still in his pyjamas at 11am with a full nappy, and he ate two bananas very quickly."),
        ("h2", "4. What we want for Lacey and Reggie (from the ICPC plan)"),
        ("bullets", [
            "Lacey and Reggie are up, fed and dressed every morning and get to school and nursery on time.",
            "Both children sleep in clean beds in rooms that are safe and clear of rubbish.",
            "Lacey does not have to look after Reggie or worry about her mum.",
            "Stacey will feel less anxious and be able to cope better day to day.",
        ]),
        ("h2", "5. Action log"),
        ("table", {
            "header": ["No.", "Action", "By whom", "By when", "Update"],
            "widths": [1.0, 6.4, 3.4, 3.0, 3.2],
            "rows": [
                ["1", "Home visits, at least 1 unannounced each month; see Lacey on her own and Reggie awake, "
                      "and record the state of the kitchen and both children's rooms on the visit record",
                 "SW – Gemma Cole", "Fortnightly",
                 "Carried forward. 3 visits since ICPC, 1 unannounced."],
                ["2", "ASQ-3 developmental review for Reggie with height and weight; results sent in writing to "
                      "the SW and nursery",
                 "HV Nadia Bashir", "By 18/07/2025", "ASQ booked 10/07."],
                ["3", "Weekly guided self-help sessions with Stacey for her low mood and anxiety; attendance to "
                      "be emailed to the SW monthly",
                 "Tom Ellery, PWP, Gannerthorpe PCMHT", "Weekly, 8 sessions from 12/06/2025",
                 "2 of 3 attended."],
                ["4", "Keep an eye on Lacey's presentation in school (coat, lunch, tiredness) and pass on any "
                      "worries",
                 "JH, DSL", "Ongoing", "Carried forward."],
                ["5", "Fill in the funded hours form so Reggie goes to nursery Mon, Wed and Fri mornings; nursery "
                      "to send the SW the register every 2 weeks",
                 "Stacey, with SR (Little Acorns)", "Form by 11/07/2025; 3 sessions a week from w/c 14/07",
                 "Form started today with SR."],
                ["6", "Take Lacey to school Mon–Wed and have Reggie at hers every Tuesday; write each day in the "
                      "family diary, which the SW reads at visits",
                 "Maureen (PGM)", "Mon–Wed every week",
                 "Carried forward – no days missed."],
                ["7", "Do the weekly food shop with Stacey so there is breakfast and tea in for the children; SW "
                      "to check the fridge and cupboards at each visit",
                 "Maureen Pritchard", "Every Saturday", "New."],
                ["8", "Set up a bedtime routine for both children – bath, story, Reggie in bed by 7.30pm and "
                      "Lacey by 8pm",
                 "Stacey and Liam", "Every night from 04/07/2025",
                 "Discussed today – SP and LP agreed."],
                ["9", "Review Stacey's sertraline (June prescription not collected) and write to the SW with the "
                      "outcome",
                 "Dr Okafor, Moorside Surgery", "By 18/07/2025", "Letter requested 02/07."],
                ["10", "Referral for Stacey and Liam to the Triple P parenting group at the Family Hub; place "
                       "confirmed in writing",
                 "Core group", "By 31/07/2025", "Not yet made."],
                ["11", "Register Reggie with a dentist and take him for a check-up; appointment card seen by the "
                       "HV",
                 "Stacey, with HV", "By 31/08/2025", "NB gave list 26/06."],
            ],
        }),
        ("h2", "6. Contingency (agreed at ICPC, checked today)"),
        ("p", "If Stacey is found in bed and not able to care for Reggie, the children are seen hungry or in the "
              "same dirty clothes on two visits running, or Lacey misses 2 days of school in a week with no "
              "reason given, GC (or EDT out of hours) will visit the same day and hold a strategy discussion. "
              "Lacey and Reggie will go to stay with Maureen at 4 Curlew Close until it is safe for them to go "
              "home."),
        ("h2", "7. Dates"),
        ("bullets", [
            "Next core group: Thursday 31/07/2025, 1.30pm, Gannerthorpe Moor Primary, then every 4 weeks "
            "(28/08/2025).",
            "Review child protection conference: 04/09/2025 at 10am, Gannerthorpe Town Hall.",
            "If there is no real change in Reggie's room and in the mornings by the core group on 28/08/2025, GC "
            "will ask her team manager for a legal planning meeting before the RCPC.",
        ]),
        ("p", "Minutes circulated 07/07/2025 by PY. Please send any changes to GC within 5 working days."),
    ],
    "findings": [
        F("F002", "Stacey will feel less anxious and be able to cope better day to day."),
        F("H001", "Weekly guided self-help sessions with Stacey for her low mood"),
        F("T002", "Keep an eye on Lacey's presentation in school"),
        F("M002", "Keep an eye on Lacey's presentation in school"),
        F("M001", "Set up a bedtime routine for both children"),
        F("W002", "Referral for Stacey and Liam to the Triple P parenting group"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Neonatal unit CP and discharge plan for a premature baby: going-home
#    criteria, a visiting rota, then a before / after discharge table.
#    Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_glissenbury_nnu_discharge_criteria_visiting_rota_fairlie.pdf",
    "doc_title": "Child Protection and Neonatal Discharge Plan - Rosie Fairlie",
    "split": "tune",
    "template": "nnu-cp-and-discharge-plan-paged-why-babys-day-outcomes-numbered-going-home-criteria-visiting-rota-then-before-after-banner-table",
    "description": (
        "Exemplary plan for a baby born at 29 weeks, still on the neonatal unit, whose mother has bipolar "
        "disorder and became unwell after the birth. Going-home criteria, a weekly visiting rota, and a "
        "table split into before and after discharge: every action has an owner, timescale and "
        "observable measure; the perinatal psychiatrist assesses relapse risk and capacity, the CPN "
        "reports on change, the GP owns an action; the grandmother's nights have a fallback; dates set "
        "and a legal planning meeting follows relapse."
    ),
    "header": "OFFICIAL-SENSITIVE | Glissenbury Council Children's Services and Glissenbury General Hospital NNU",
    "footer": "Rosie Fairlie – CP plan and discharge plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 9.5,
    "blocks": [
        ("title", "Child Protection Plan and Neonatal Discharge Plan"),
        ("p", "Agreed at the core group held on the neonatal unit (Ward 12, Glissenbury General Hospital) on "
              "Tuesday 24 June 2025. This plan replaces the outline plan made at the initial conference."),
        ("kv", [
            ("Baby", "Rosie Fairlie, born 02/05/2025 at 29+3 weeks (1.31kg); on 24/06/2025 she is 37 weeks "
                     "corrected and weighs 2.14kg"),
            ("Parents", "Hannah Fairlie (24) and Connor Price (26), Flat 2, 11 Wren Court, Glissenbury"),
            ("Plan", "Child protection plan since the ICPC on 29 May 2025 – category neglect"),
            ("Social worker", "Aisha Rahman (AR), Early Years Safeguarding Team"),
            ("Unit", "Dr Peter Lowther, neonatal consultant; Sister Ruth Okafor; Lynne Masters, discharge "
                     "co-ordinator"),
            ("Perinatal team", "Dr Sunita Rao, consultant perinatal psychiatrist; Bethan Hughes (BH), CPN"),
            ("Community", "Claire Dunn, HV; Dr Ian Sewell, GP, Millstream Surgery"),
        ]),
        ("h1", "Why Rosie has a plan"),
        ("p", "Hannah has bipolar affective disorder. In 2022 she spent five weeks on an adult psychiatric ward "
              "after a manic episode with psychotic symptoms, which followed her stopping her medication. She "
              "stopped her lithium when she found out she was pregnant and did not tell her midwife until 24 "
              "weeks. In Rosie's second week Hannah slept very little, talked very fast and told a nurse that "
              "Rosie was \"being swapped at night\". The perinatal team saw her on 14/05/2025, she restarted "
              "medication, and she has been much more settled since."),
        ("p", "Conference agreed that the main risk is a relapse after discharge, when Hannah is tired and doing "
              "night feeds, and that a premature baby depends completely on the adults around her. Connor has "
              "been on the unit most evenings after work and does most of the cares when he stays over; the "
              "nurses describe Hannah and Connor as \"a team\". Hannah's mum, Angela Fairlie, has offered to "
              "move in with them for Rosie's first four weeks at home."),
        ("h1", "Rosie's day on the unit"),
        ("p", "Rosie cannot tell us what she thinks, so the nurses and the SW have written down what they see. "
              "She has been in an open cot in Nursery 3 since 10 June. She takes 5 of her 8 feeds by bottle "
              "(expressed breast milk) and the rest by NG tube. She settles fastest on Connor's chest during "
              "skin-to-skin, and goes still and watches Hannah's face when Hannah sings to her. She startles at "
              "the monitor alarms and calms with a hand on her tummy. On the two days in May when Hannah was "
              "unwell only Connor came, in the evening, and the nurses wrote that Rosie was \"unsettled and "
              "feeding poorly\"."),
        ("h1", "What we want for Rosie"),
        ("bullets", [
            "Rosie goes home only when she is well enough and the adults caring for her are ready and well.",
            "Rosie feeds well and keeps gaining weight along her centile on the corrected chart.",
            "Rosie sleeps on her back in her own Moses basket in her parents' room, every sleep.",
            "Rosie is always cared for by an adult who is well, rested and awake, and any sign of her mum "
            "becoming unwell is noticed and acted on the same day.",
        ]),
        ("h1", "Rosie can go home when"),
        ("p", "The unit expect these to be met in the week commencing 7 July 2025, but this is hoped for, not "
              "fixed: Rosie will not go home until all of them are met."),
        ("numbers", [
            "She has taken all her feeds by mouth for 48 hours, with the NG tube out, and is gaining weight.",
            "She keeps her temperature in an open cot and has had no apnoeas or bradycardias for 5 days.",
            "Hannah and Connor have roomed in with her for 48 hours and given every feed and care.",
            "Hannah, Connor and Angela have all done baby basic life support and safe sleep training.",
            "Dr Rao's assessment says Hannah is well enough for discharge with the night plan in place.",
            "The HV has seen the flat, and the Moses basket, car seat and steriliser are ready.",
        ]),
        ("h1", "Who is with Rosie on the unit each week"),
        ("table", {
            "header": ["Day", "Daytime (10am–4pm)", "Evening (6–9pm)", "Professionals"],
            "widths": [2.6, 4.4, 4.4, 5.6],
            "rows": [
                ["Monday", "Hannah", "Connor", "–"],
                ["Tuesday", "Hannah and Angela", "Connor", "AR (SW), 2pm care time"],
                ["Wednesday", "Hannah", "Connor", "BH (CPN) sees Hannah on the unit, 11am"],
                ["Thursday", "Hannah and Angela", "Connor", "–"],
                ["Friday", "Hannah", "Connor, stays overnight in the parents' room", "AR (SW), 11am care time"],
                ["Saturday", "Hannah and Connor", "Angela", "–"],
                ["Sunday", "Hannah and Connor", "Hannah and Connor", "–"],
            ],
        }),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Who", "When", "How we'll know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["Before Rosie goes home", H, H, H],
                ["Visit Rosie on the unit, see her at a care time with her parents, and speak to the nurse "
                 "looking after her",
                 "SW Aisha Rahman", "Twice a week (Tue and Fri) until discharge",
                 "Visit record notes who was with Rosie, how she was fed and handled, and the nurse's view"],
                ["Come in every day and do Rosie's cares and feeds with the nurses: nappy, temperature, bottle "
                 "and tube feeds, skin-to-skin",
                 "Hannah and Connor", "Daily, at least two care times each",
                 "Parent participation chart signed by the nurse each shift; AR reads it at every visit"],
                ["Write a summary of Rosie's week and of the parents' visits, cares and any worries",
                 "Sister Ruth Okafor, NNU", "Every Friday until discharge",
                 "Summary emailed to AR each Friday and read at core group"],
                ["See Hannah on the unit, check her sleep, mood and medication against her relapse signature, "
                 "and report on whether she is making the changes Rosie needs",
                 "Bethan Hughes, CPN, Glissenbury Perinatal Mental Health Team", "Weekly (Wednesdays)",
                 "Written update to each core group on Hannah's mental state and early warning signs"],
                ["Assess Hannah's mental state, her risk of relapse after discharge, her capacity to stay well "
                 "and care for Rosie, and the likely timescale for any further change",
                 "Dr Sunita Rao, consultant perinatal psychiatrist", "Written report by 04/07/2025",
                 "Report shared with the core group and the discharge planning meeting"],
                ["Room in with Rosie in the parents' room and give all her feeds and cares, with the nurses "
                 "close by",
                 "Hannah and Connor", "48 hours before discharge (planned from 07/07/2025)",
                 "Rooming-in record signed by the nurses: every feed given and Rosie settled in her cot"],
                ["Baby basic life support and safe sleep session on the unit for Hannah, Connor and Angela",
                 "Lynne Masters, discharge co-ordinator", "By 04/07/2025",
                 "Signed attendance sheet for all three on the ward file; copy to AR"],
                ["Home visit to see the flat: Moses basket in the parents' room, car seat, steriliser, and "
                 "where Angela will sleep",
                 "HV Claire Dunn", "By 04/07/2025",
                 "HV home check record sent to AR and Sister Okafor"],
                ["Register Rosie with the practice, add the CP flag to the family's records, and review "
                 "Hannah's medication so she has a two-week supply at discharge",
                 "Dr Ian Sewell, GP, Millstream Surgery", "By 04/07/2025",
                 "Letter to AR confirming Rosie is registered and the outcome of the review"],
                ["Hold the discharge planning meeting with Dr Lowther and agree a date only if every going-home "
                 "criterion is met",
                 "SW Aisha Rahman", "Provisionally 08/07/2025; at least 48 hours before discharge",
                 "Written discharge plan with each criterion signed off, sent to the whole core group"],
                ["After Rosie goes home", H, H, H],
                ["Home visits to weigh Rosie and check her feeding and sleep position",
                 "HV Claire Dunn", "Within 24 hours of discharge, then weekly for 8 weeks",
                 "Weight plotted on the corrected chart in the red book, on or above her centile"],
                ["Neonatal outreach visits at home for feeding and weight",
                 "Sam Hollins, neonatal outreach nurse", "Twice a week for the first 2 weeks at home",
                 "Outreach record of feed volumes and weights, copy to the HV"],
                ["Home visits: see Rosie awake and where she sleeps, and talk to Hannah, Connor and Angela "
                 "about how the nights are going",
                 "SW Aisha Rahman", "Weekly for 8 weeks, at least one unannounced each month",
                 "Visit record notes where Rosie slept, who did the night feeds and how Hannah is"],
                ["Stay at the flat and do the night feeds with Connor so that Hannah gets at least 6 hours' "
                 "sleep a night",
                 "Angela Fairlie (MGM)", "Every night for the first 4 weeks at home",
                 "Night feed chart on the fridge, checked by the HV and SW at each visit"],
                ["Take two weeks' paternity leave from the day Rosie comes home, then do the weekend night "
                 "feeds",
                 "Connor Price", "2 weeks from discharge; then every Friday and Saturday night",
                 "Leave letter seen by AR; night feed chart"],
                ["Home visits to check Hannah's sleep and early warning signs, and report to every core group "
                 "on whether she is staying well enough to care for Rosie",
                 "Bethan Hughes, CPN", "Weekly for at least 12 weeks",
                 "Written update read at each core group, with her relapse signature checked"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "Before discharge: if Hannah shows any of her early warning signs (less than 4 hours' sleep two "
              "nights running, very fast talk, missed medication, or anything unusual said about Rosie), the "
              "nurse in charge will ring the perinatal team and AR the same day. Rosie will stay on the unit, "
              "the discharge date will be put back, and AR will hold a strategy discussion that day."),
        ("p", "After discharge: if any of those signs are seen, or Hannah says she has thoughts of harming "
              "herself or Rosie, Connor or Angela will ring the perinatal crisis line (the number is on the "
              "fridge) and AR, or the emergency duty team out of hours, straight away. Hannah will not be left "
              "alone with Rosie. AR will hold a strategy discussion the same day and the perinatal team will "
              "offer Hannah and Rosie a joint admission to Garnet Lodge Mother and Baby Unit."),
        ("p", "If Angela cannot stay, or has to leave during the first four weeks, Connor will take carer's leave. "
              "If neither of them can be there at night, Rosie will stay on the unit (before discharge), or AR "
              "will arrange that day for Rosie to be looked after by approved foster carers, with her parents' "
              "agreement, until a safe adult is back at home."),
        ("h1", "Meetings and review"),
        ("bullets", [
            "Core group every 2 weeks while Rosie is on the unit (next on 08/07/2025, which is also the "
            "discharge planning meeting), then every 3 weeks at home: 29/07/2025.",
            "Review child protection conference: Thursday 21 August 2025, 10am, Glissenbury Civic Centre.",
            "If Hannah becomes unwell again before discharge, the night plan cannot be put in place, or Rosie "
            "has to be cared for away from her parents at any point, AR will ask her team manager for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("p", "Written by Aisha Rahman, SW, with Sister Ruth Okafor, 25/06/2025. Copies to Hannah and Connor, "
              "Angela, and everyone named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan centred on domestic abuse: perpetrator programme, grandmother
#    supervising contact, a specific safety plan (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_grendlemoor_da_icpc_perpetrator_safety_plan_brannigan.pdf",
    "doc_title": "Child Protection Plan - Kayden and Mila Brannigan",
    "split": "tune",
    "template": "icpc-da-plan-paged-what-happened-childrens-words-outcomes-then-action-lead-by-when-how-we-will-know-table-then-bullet-safety-plan",
    "description": (
        "Initial conference plan for a 9-year-old and a 5-year-old after a strangulation incident "
        "(domestic abuse; father on bail, perpetrator programme; paternal grandmother supervises contact). "
        "The safety plan is specific, voice and dates are good, but one outcome is Mum's, the IDVA row is "
        "'Ongoing', the non-molestation row has no measure, Talking Therapies only support Mum, the "
        "perpetrator referral is owned by 'TBC', the school row has no timescale and is only 'monitored', "
        "the contact plan has no fallback if the grandmother cannot supervise, and no legal step."
    ),
    "header": "OFFICIAL – SENSITIVE | Grendlemoor Borough Council | Child Protection Plan",
    "footer": "Kayden and Mila Brannigan – ICPC plan 17/06/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan (Initial Conference)"),
        ("kv", [
            ("Children", "Kayden Brannigan, DOB 22/01/2016 (9), Year 4; Mila Brannigan, DOB 08/08/2019 (5), "
                         "Reception – both at St Peter's CE Primary, Grendlemoor"),
            ("Mother", "Shauna Brannigan (30), 6 Foxglove Rise, Grendlemoor"),
            ("Father", "Ricky Doyle (33), staying with his mother Carol Doyle at 41 Pennine View; on police "
                       "bail not to contact Shauna or go to Foxglove Rise until 14/08/2025"),
            ("Conference", "ICPC 17 June 2025, Grendlemoor Town Hall – category emotional abuse"),
            ("SW", "Leah Morrow, Safeguarding and Family Support Team 3"),
            ("Chair", "Ian Falconer, IRO"),
            ("MARAC", "Heard 05/06/2025 – high risk (DASH 18)"),
        ]),
        ("h1", "What has happened"),
        ("p", "On 24/05/2025 a neighbour rang the police. Ricky had pushed Shauna against the kitchen wall and put "
              "his hands round her throat; Kayden was in the room and ran next door for help. Ricky was "
              "arrested and is on bail. This was the fourth police call-out since October 2024. Shauna has told "
              "the IDVA that the abuse has gone on for six years: Ricky checks her phone, controls the money and "
              "smashes her things. She has let him come back twice before, but says this time it is over."),
        ("p", "Since the incident Shauna has had panic attacks and cannot sleep. Her GP has referred her to "
              "Grendlemoor Talking Therapies. Ricky accepts he \"lost it\" but says Shauna \"winds him up\"; he "
              "has said he will do a course if it means he can see the children."),
        ("h1", "What Kayden and Mila say"),
        ("p", "Kayden (seen alone at school, 10/06/2025): \"Dad gets angry when tea's not ready and then he "
              "throws stuff. I put Mila in my room and turn the telly up loud.\" He misses his dad \"when he's "
              "nice\" and wants to see him at Nanna Carol's \"but not at our house\". He said he would feel safe "
              "\"if the police come quick\"."),
        ("p", "Mila drew her house with \"a shouting cloud\" over the kitchen. Her teacher says she is clingy in "
              "the mornings and has started wetting herself at school, which she had not done since nursery."),
        ("h1", "What needs to change for Kayden and Mila"),
        ("bullets", [
            "Kayden and Mila live in a home free from violence, shouting and fear.",
            "Kayden no longer feels he has to protect his mum or his sister.",
            "Mila is dry at school and settles in class in the mornings.",
            "Shauna will have the confidence to stay apart from Ricky and will understand what a healthy "
            "relationship looks like.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Lead", "By when", "How we will know"],
            "widths": [6.4, 3.8, 2.8, 4.0],
            "rows": [
                ["Visit Kayden and Mila at home, see them on their own and check that Ricky is not there; at "
                 "least one visit a month unannounced",
                 "Leah Morrow, SW", "Every 2 weeks",
                 "Visit records with the children's words; both seen alone at every visit"],
                ["Direct work with Kayden using the \"Safe and Sound\" workbook on what happened and his own "
                 "safety plan",
                 "Leah Morrow, SW", "6 sessions by 31/07/2025",
                 "Completed workbook on file; Kayden can say who he would ring and where he would go"],
                ["IDVA support for Shauna: review the DASH and update her safety plan",
                 "Jess Tanner, IDVA, Grendlemoor Women's Aid", "Ongoing",
                 "Updated DASH score and safety plan sent to the SW"],
                ["Apply for a non-molestation order for Shauna and the children, with help from Grendlemoor "
                 "Law Centre",
                 "Shauna Brannigan", "By 04/07/2025", ""],
                ["Trauma-focused counselling sessions to support Shauna with her panic attacks and sleep",
                 "Grendlemoor Talking Therapies (Mark Obi, therapist)", "Weekly for 12 weeks from 30/06/2025",
                 "Attendance record sent to the SW monthly"],
                ["Refer Ricky to the Safer Futures domestic abuse perpetrator programme",
                 "TBC", "By 11/07/2025",
                 "Assessment appointment confirmed in writing"],
                ["Attend the Safer Futures programme (24 weekly group sessions), including the module on how "
                 "abuse affects children",
                 "Ricky Doyle; Safer Futures facilitator reports to the SW",
                 "Weekly once accepted; mid-point report by 31/10/2025",
                 "Attendance register and facilitator's mid-point report shared with the core group"],
                ["Supervise Ricky's contact with Kayden and Mila at her house; Ricky never takes the children "
                 "out on his own",
                 "Carol Doyle (PGM)", "Every Sunday, 11am–3pm",
                 "Contact diary signed by Carol and read by the SW at each visit"],
                ["Collect the children from Foxglove Rise for Sunday contact and bring them back, so that "
                 "Shauna and Ricky do not meet",
                 "Carol Doyle (PGM)", "Every Sunday",
                 "Times of each handover written in the contact diary"],
                ["Keep an eye on Kayden and Mila in school and pass on anything they say about home",
                 "Mrs Anjali Patel, DSL, St Peter's CE Primary", "",
                 "Monitored by DSL"],
                ["See Mila about her wetting, check for infection with the GP, and agree a plan for school",
                 "Sarah Kent, school nurse", "By 11/07/2025",
                 "Written toileting plan shared with the SW and Mila's teacher"],
                ["Marker on 6 Foxglove Rise so any call is a priority response; tell the SW of every call-out",
                 "PC Dan Hurst, Grendlemoor Police DA Unit", "Within 24 hours of any call-out",
                 "Police log of call-outs shared with the SW"],
            ],
        }),
        ("h1", "Safety plan"),
        ("bullets", [
            "If Ricky comes to the house or contacts Shauna, Shauna will ring 999 and then Leah (or the "
            "emergency duty team out of hours). Police will attend as a priority and Leah will hold a strategy "
            "discussion the same day.",
            "Kayden knows to take Mila to his room, or next door to Mrs Shaw at no. 8, and ring 999 from the "
            "phone kept charged on the landing. He has practised this with Leah.",
            "If Shauna cannot stay safely at home, Jess will find the family a refuge place the same day.",
            "If Ricky arrives at Carol's smelling of drink or breaks his bail, Carol will end the contact and "
            "ring Leah straight away.",
        ]),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at St Peter's CE Primary: first on 01/07/2025, then 29/07/2025 and "
              "26/08/2025, 3.30pm. Review child protection conference: 09/09/2025, 2pm, Grendlemoor Town Hall."),
        ("p", "If things do not improve, this will be discussed with the team manager before the review."),
        ("p", "Ian Falconer, IRO – plan agreed at conference 17/06/2025; typed by LM 18/06/2025."),
    ],
    "findings": [
        F("F002", "Shauna will have the confidence to stay apart from Ricky and will understand what a "
                  "healthy relationship looks like."),
        F("T002", "IDVA support for Shauna: review the DASH and update"),
        F("M001", "Apply for a non-molestation order for Shauna and the children"),
        F("H001", "Trauma-focused counselling sessions to support Shauna with her panic attacks"),
        F("W002", "Refer Ricky to the Safer Futures domestic abuse perpetrator programme"),
        F("T001", "Keep an eye on Kayden and Mila in school"),
        F("M002", "Keep an eye on Kayden and Mila in school"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Neglect plan built on a home conditions scoring tool, with actions by
#    room and then by agency, in field lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_gullerby_home_conditions_scores_room_by_room_mcbride.txt",
    "split": "tune",
    "template": "neglect-plan-txt-home-conditions-tool-score-grid-then-actions-by-room-and-by-agency-coded-field-lines-who-when-how",
    "description": (
        "Neglect plan for a 4-year-old and an 18-month-old, scored room by room with a home conditions tool "
        "at the ICPC and first core group, then actions by room and by agency with Who / When / How we'll "
        "know lines. Father's depression is recorded but no adult service has an action; the fridge is "
        "'asap', Dad's hoovering has no timescale, the bath has no owner, the bedroom measure is "
        "'improvement', the yard is owned by 'Family', the HV weighs 'regularly', nursery's breakfast row "
        "has no measure, the contingency sends the children to an aunt with no fallback, and no legal step."
    ),
    "text": """\
GULLERBY COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - NEGLECT (HOME CONDITIONS)
Agreed at ICPC 11/06/2025 - updated at 1st core group 25/06/2025

Children : Jaxon McBRIDE (4), DOB 03/03/2021 - Bluebell Nursery, Gullerby
           Bonnie McBRIDE (18 months), DOB 19/12/2023
Parents  : Kerry McBride (27) and Wayne Storey (31)
Address  : 14 Quarry Bank, Gullerby
SW       : Rob Pennington, Children's Assessment and Safeguarding Team
FSW      : Donna Hale, Gullerby Family Hub
HV       : Marie Quigley

=====================================================================
1. WHY THERE IS A PLAN
=====================================================================
Referral from Bluebell Nursery on 14/05/25: Jaxon arriving hungry,
smelling of urine and in the same clothes four days running. HV visit
20/05/25: dog mess in the kitchen and on the stairs, Bonnie's beakers
with curdled milk in, no bedding on the children's mattress. Wayne has
depression; he stopped his tablets in March, stays in bed most of the
day and says he "hasn't seen the doctor for months". Kerry works three
afternoons a week at the chip shop and on those afternoons Wayne has
been in charge of the children.

Home conditions were scored with the Gullerby Home Conditions Tool at
the ICPC and again at the core group (1 = good, 5 = serious risk).

2. HOME CONDITIONS SCORES
+-----------------------+---------+---------+-------------+
| Room / area           | ICPC    | CG1     | Target      |
|                       | 11/06   | 25/06   | by RCPC     |
+-----------------------+---------+---------+-------------+
| Kitchen               |    4    |    3    |     2       |
| Living room           |    3    |    3    |     2       |
| Bathroom / toilet     |    4    |    4    |     2       |
| Children's bedroom    |    5    |    4    |     1       |
| Stairs and landing    |    4    |    2    |     1       |
| Yard                  |    5    |    5    |     2       |
+-----------------------+---------+---------+-------------+
Scored by the SW and FSW together; Kerry and Wayne see the scores
and sign the sheet.

3. WHAT JAXON AND BONNIE SAY / HOW THEY ARE
Jaxon (seen at nursery by RP, 18/06/25): "My bed is wet. Bonnie cries
in the night. I like nursery toast." At home he showed RP his room and
said "the doggy does poos on the stairs". He likes Auntie Leanne's
"because she does a bath with bubbles".
Bonnie (seen at home 3 times): crawls and toddles round the kitchen
and puts things from the floor in her mouth. Red nappy rash on 2 of
3 visits. Giggly with Kerry and holds her arms up to Leanne.

4. WHAT WE WANT FOR JAXON AND BONNIE
- Jaxon and Bonnie live in a clean, safe home where they can play on
  the floor without picking up dirt or dog mess.
- They each sleep in a clean, dry bed with bedding every night.
- They have breakfast and tea every day and arrive at nursery clean
  and fed.
- Bonnie's nappy rash clears and she keeps growing along her centile.

5. ACTIONS BY ROOM

KITCHEN (score 4 -> target 2)
K1  Clear and wipe the worktops and wash up after every meal, so
    that Bonnie's food and beakers are made on a clean surface
    Who: Kerry               When: every day, checked from 26/06/25
    How we'll know: kitchen scored 2 or below at SW/FSW visits
K2  Clean out the fridge and keep milk, bread and fruit in for the
    children
    Who: Kerry and Wayne     When: asap
    How we'll know: fridge checked at each visit and what is in it
    written on the visit record

LIVING ROOM (score 3 -> target 2)
L1  Move the dog's bed and bowls out of the living room and keep the
    dog out of the children's bedroom
    Who: Wayne               When: by 04/07/25
    How we'll know: dog's things seen in the back porch at SW visit
L2  Do the hoovering and take the bin bags out to the wheelie bin
    Who: Wayne               When: -
    How we'll know: no bin bags inside the house at visits

BATHROOM (score 4 -> target 2)
B1  Bath to be cleaned and the broken toilet seat replaced
    Who: -                   When: by 18/07/25
    How we'll know: seen clean and fixed at SW visit

CHILDREN'S BEDROOM (score 5 -> target 1)
C1  New mattress for Jaxon and clean bedding on both beds, washed
    every week (Family Hub grant for the mattress)
    Who: Kerry, with FSW     When: mattress by 11/07/25, then weekly
    How we'll know: improvement in the bedroom

STAIRS AND LANDING (score 4 -> target 1)
S1  Pick up the dog mess every morning and keep the stairs clear of
    bags and washing
    Who: Wayne               When: every morning
    How we'll know: stairs scored 1 at visits (2 at CG1)

YARD (score 5 -> target 2)
Y1  Clear the rubbish bags, broken pram and dog mess out of the yard
    so Jaxon can play out
    Who: Family              When: by 25/07/25
    How we'll know: yard seen clear by the SW and scored 2

6. ACTIONS BY AGENCY / PERSON

SOCIAL WORKER
A1  Home visits, every other one unannounced; score every room with
    the FSW and see Jaxon and Bonnie in their bedroom
    Who: SW Rob Pennington   When: weekly until the RCPC
    How we'll know: score sheet and visit record on file after each
    visit

FAMILY HUB
A2  "Home Basics" sessions at home with Kerry and Wayne on cleaning
    routines, laundry and meal planning for the children
    Who: FSW Donna Hale      When: weekly for 8 weeks from 02/07/25
    How we'll know: cleaning rota on the kitchen wall ticked each day;
    FSW session notes sent to the SW

HEALTH VISITING
A3  Weigh Bonnie, check her nappy rash and development
    Who: HV Marie Quigley    When: regularly
    How we'll know: weight plotted in the red book on or above the
    25th centile; rash checked and recorded

NURSERY
A4  Give Jaxon breakfast on arrival and change him into spare clothes
    if he needs it
    Who: Tasha Webb, key worker, Bluebell Nursery
    When: every session
    How we'll know:

HOUSING
A5  Inspect the damp in the children's bedroom and book the repair
    Who: Pete Lomas, housing officer, Gullerby Homes
    When: by 31/07/25
    How we'll know: inspection report and repair date sent to the SW

FAMILY
A6  Take Kerry and the washing to the launderette and help her do the
    children's bedding
    Who: Auntie Leanne (Kerry's sister)   When: every Wednesday
    How we'll know: clean bedding seen at the Thursday visit
A7  Have Jaxon and Bonnie at hers on Kerry's working afternoons so
    they are not left with Wayne while he is in bed
    Who: Leanne McBride      When: Tue, Thu and Sat, 12-6pm
    How we'll know: Leanne writes the days in the family diary and
    the SW reads it at each visit

7. CONTINGENCY
If any room goes back to a score of 5, dog mess is found where the
children play, or Jaxon arrives at nursery hungry or soiled two days
running, the SW will visit the same day and hold a strategy
discussion. Jaxon and Bonnie will go to stay with Auntie Leanne at
3 Mill Lane until the house is safe for them.

8. MEETINGS
Core group every 4 weeks at Gullerby Family Hub, 10am: 23/07/25 and
20/08/25.
Review child protection conference: 03/09/25, 1pm, Gullerby Council
House. The scores will be looked at again at the RCPC.

Typed by RP 26/06/25.
""",
    "findings": [
        F("T002", "Clean out the fridge and keep milk, bread and fruit"),
        F("T001", "Do the hoovering and take the bin bags out"),
        F("W001", "Bath to be cleaned and the broken toilet seat replaced"),
        F("M002", "New mattress for Jaxon and clean bedding on both beds"),
        F("W002", "Clear the rubbish bags, broken pram and dog mess"),
        F("T002", "Weigh Bonnie, check her nappy rash and development"),
        F("M001", "Give Jaxon breakfast on arrival and change him"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Easy-read plan for a mother with a learning disability: short
#    sentences, "I will", "Jo will". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_gimmerside_easy_read_i_will_jo_will_harker.md",
    "split": "tune",
    "template": "easy-read-plan-md-for-parent-with-learning-disability-who-is-who-short-sentence-bullets-bold-i-will-jo-will-per-person",
    "description": (
        "Exemplary easy-read version of a child protection plan for a 14-month-old whose mother has a "
        "learning disability (weight faltering, missed hospital appointments, a man who poses a risk to "
        "children staying at the flat). Short sentences under 'I will', 'Jo will' and each worker; every "
        "bullet says who, when and how we will know; the adult learning disability team owns a Care Act "
        "assessment; Nan's Sundays have a fallback; core group and review dates; legal planning meeting."
    ),
    "text": """\
# My plan for Maisie

*Easy read. Gimmerside Council Children's Services.*

*This is the easy read version of the child protection plan from the meeting on 12 June 2025.
Jo (Maisie's social worker) and Sam (my advocate) went through it with me on 19 June 2025.*

## Who is who

- **Me** – Becky Harker. I am Maisie's mum. I have a learning disability.
- **Maisie** – my daughter. She is 14 months old.
- **Nan** – my mum, Sue Harker. She lives on Orchard Street.
- **Jo** – Jo Pearce, Maisie's social worker (SW).
- **Sam** – Sam Okoro, my advocate from Gimmerside Speak Up.
- **Lorna** – Lorna Pike, Maisie's health visitor (HV).
- **Kim** – Kim Adjei, my nurse from the Adult Learning Disability Team.
- **Tanya** – Tanya Brooks from Gimmerside Family Hub.
- **Paula** – Paula Grant, Maisie's key worker at Little Wrens Nursery.

## Why Maisie has a plan

- Maisie has not put on enough weight since March.
- She was not getting enough food and milk.
- Maisie missed two hospital appointments for her hips.
- A man called Darren came to stay at my flat. Darren has hurt children before. The police told Jo.
- The workers are worried that Maisie is not safe and is not getting what she needs.

## How Maisie is

Maisie cannot talk yet. This is what Jo, Lorna and Paula have seen.

- Maisie smiles and claps when I sing "Wind the Bobbin Up".
- She is hungry when she gets to nursery on Monday mornings.
- She cries when she is put in her cot. She settles when I stroke her back.
- She crawls fast. She pulls herself up on the sofa.

## What I said

"I love Maisie. I want to keep her with me. I want help to do things right."

## What we want for Maisie

- Maisie gets the right food and milk and puts on weight.
- Maisie goes to all her doctor and hospital appointments.
- Maisie is never with Darren, or with anyone who is not safe for children.
- Maisie sleeps safely in her own cot.

## Who will do what

### I will

- **I will** give Maisie 3 meals, 2 snacks and her milk every day. I will use the picture food chart on the fridge and tick it after each meal. Lorna and Jo will look at the chart at every visit.
- **I will** not let Darren come to my flat or see Maisie, at any time, from 12 June 2025. Jo will check this at every visit. The police will tell Jo the same day if Darren is seen at my flat.
- **I will** take Maisie to every appointment. The next hip appointment is on 8 July. The hospital letter and the red book will show we went.
- **I will** go to the Mum and Me group at the Family Hub every Thursday morning for 10 weeks, from 26 June. The sign-in sheet will show I went. Tanya will tell Jo what I have learned.

### Jo will

- **Jo will** visit me and Maisie every week until the next big meeting. Some visits will be a surprise. Jo will see Maisie awake and look at her cot and the fridge. Jo will write down what she sees and show me her notes.
- **Jo will** do a parenting assessment that is made for parents with a learning disability (it is called PAMS). It will be finished by 29 August 2025. Jo will go through the report with me and give it to everyone at the big meeting.

### Lorna (health visitor) will

- **Lorna will** weigh Maisie at my flat every 2 weeks and write the weight in the red book. We want Maisie's weight to reach the 9th line (centile) by September.

### Kim (learning disability nurse) will

- **Kim will** see me every Monday. She will help me put Maisie's appointments on my phone and plan my shopping. Jo will check the appointments are on my phone at her visits.
- **Kim will** do a Care Act assessment of the help I need to look after Maisie and what I can learn. Kim will send it to Jo by 31 July 2025.

### Paula (nursery) will

- **Paula will** give Maisie breakfast at nursery on Monday, Wednesday and Friday mornings. Paula will write down what Maisie eats and email it to Jo every Friday.

### Sam (advocate) will

- **Sam will** read every report with me the day before each meeting. Sam will write down my questions and give them to the chair at the start of the meeting.

### Nan will

- **Nan will** have Maisie at her house every Sunday from 10 till 4, so I can rest and do my washing. Nan will write it on her kitchen calendar and Jo will look at it.

## If things go wrong

- If Darren comes to my flat, I will ring 999 and then ring Jo. Jo will come the same day. Jo will have a meeting with the police that day (a strategy discussion) to keep Maisie safe.
- If Maisie loses weight at two weighs in a row, or misses a hospital appointment, Lorna will tell Jo the same day. Jo will come and see us that day.
- If Maisie is not safe at home, Maisie will go and stay with Nan.
- If Nan cannot have Maisie, Maisie will stay with a foster carer for a short time. Jo will tell me where she is and when I can see her.

## When we meet

- The core group meets every 4 weeks at the Family Hub at 10am. The next ones are 10 July, 7 August and 4 September 2025.
- The next big meeting (the review conference) is on 11 September 2025 at 1.30pm at Gimmerside Town Hall.
- If Maisie has not put on weight by 7 August, or Darren has been to my flat, Jo's manager will have a legal planning meeting. This is a meeting with the council's lawyer about whether to go to court.

*Read with Becky, 19/06/2025. Jo Pearce, SW, and Sam Okoro, advocate.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. CP plan for a 15-year-old at risk of criminal exploitation who uses
#    cannabis himself; area merged first column; YJS. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_gaddesholt_cce_area_merged_yjs_cannabis_okonjo.docx",
    "doc_title": "Child Protection Plan - Risk Outside the Home - Kobe Okonjo",
    "split": "tune",
    "template": "icpc-cce-15yo-docx-worries-strengths-his-words-outcomes-then-area-merged-first-column-what-who-when-how-well-know",
    "description": (
        "Exemplary initial conference plan for a 15-year-old at risk of criminal exploitation (missing "
        "episodes, found out of area with drugs and cash, a drug debt) who smokes cannabis daily himself, "
        "with a referral order from the youth court. The young people's drug service works with him; no "
        "parent is ill or misusing substances. Table grouped by area with a merged first column: every "
        "row has a named owner, timescale and observable measure; specific contingency with out-of-area "
        "foster care; core group and review dates; legal planning meeting on named triggers."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan – Risk Outside the Home"),
        ("p", "Gaddesholt City Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Kobe Okonjo, DOB 04/11/2009 (15), Year 10, Gaddesholt Learning Centre (AP)"),
            ("Lives with", "Funmi Okonjo (mum) and Ada Okonjo (11, sister), 7 Tanner's Yard, Gaddesholt"),
            ("Plan", "ICPC 19 June 2025 – category physical abuse (risk of criminal exploitation)"),
            ("SW", "Danny Whelan (DW)"),
            ("Youth justice", "Carla Moss (CM), case manager, Gaddesholt Youth Justice Service – 6-month "
                              "referral order made by Gaddesholt Youth Court on 22/05/2025"),
            ("MACE", "Discussed at the Gaddesholt MACE panel on 12/06/2025; NRM referral sent 12/06/2025"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Kobe has been reported missing five times since March 2025, twice overnight. On 3 May British "
              "Transport Police found him at Greavesby station, 60 miles away, with £380 in cash, two phones and "
              "14 wraps of cocaine. Since the drugs were seized he says he owes \"about six hundred\" to older "
              "boys. A grey Audi with two adult men has been seen outside the house three times. On 1 June he "
              "came home with a cut on his hand that he will not explain."),
        ("p", "Kobe smokes cannabis every day, four or five joints, and says it is the only thing that helps him "
              "sleep. He is often asleep until the afternoon and misses the start of his timetable."),
        ("h1", "What is going well"),
        ("p", "Funmi reports Kobe missing every time, usually within an hour. Kobe gets on well with Carla and "
              "has not missed a YJS appointment. He used to box at Gaddesholt ABC and the coach would like him "
              "back. He goes to the Learning Centre three days out of five and his maths teacher says he is "
              "\"sharp\"."),
        ("h1", "What Kobe says"),
        ("p", "Seen alone by DW at a café he chose, 16/06/2025: \"I'm not being used, I'm making my own money.\" "
              "Later he said, \"If I stop, they'll come for my mum.\" He says weed \"stops my head going\". He "
              "wants to do a plumbing course and get back to boxing, and he would like his SW \"to stop turning "
              "up at school\" – DW has agreed to see him away from school instead."),
        ("p", "Ada (seen alone, 17/06/2025) said she hears Kobe go out of the window at night and worries he will "
              "\"get stabbed\". She would like \"the car outside to go away\"."),
        ("h1", "What we want for Kobe"),
        ("bullets", [
            "Kobe is safe from the adults who are exploiting him and stops going missing.",
            "Kobe's debt is not used to control him, and he, Funmi and Ada are safe at home.",
            "Kobe cuts down his cannabis so that he sleeps at night, and knows where to get help with it.",
            "Kobe goes to the Learning Centre every day and starts a plumbing taster course in September.",
            "Kobe has no further arrests.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Area", "What will happen", "Who", "When", "How we'll know"],
            "widths": [2.4, 5.4, 3.2, 2.8, 3.2],
            "rows": [
                ["Keeping Kobe safe outside home",
                 "See Kobe on his own at a place he chooses, talk about who he spends time with, and share what "
                 "he says with the MACE panel",
                 "SW Danny Whelan", "Weekly",
                 "Visit record with Kobe's own words after every visit; written update to MACE each month"],
                [V,
                 "Return home interview after every missing episode, passing on places, names and cars Kobe "
                 "mentions",
                 "Beth Sayer, Gaddesholt Missing Children Service", "Within 72 hours of each return",
                 "Interview report on Kobe's file within 72 hours; intelligence form sent to the police"],
                [V,
                 "Serve Child Abduction Warning Notices on the two adults named at MACE, and patrol Tanner's "
                 "Yard whenever the grey Audi is reported",
                 "DC Helen Marsh, Child Exploitation Team", "Notices by 11/07/2025; a patrol after each sighting",
                 "Copies of the served notices on the police system; DW told by email the same day"],
                [V,
                 "Chase the NRM decision from the Single Competent Authority and send it to the YJS and the "
                 "youth court",
                 "SW Danny Whelan", "Every month until the decision",
                 "Decision letter on Kobe's file and sent to CM"],
                ["Youth justice",
                 "Referral order sessions, including work on exploitation, debt bondage and thinking through "
                 "consequences",
                 "Carla Moss, YJS case manager", "Twice a week (Mon and Thu)",
                 "YJS attendance sent to DW weekly; written report to the referral order panel on 21/08/2025"],
                ["Cannabis",
                 "Assess Kobe's cannabis use, then one-to-one sessions on harm reduction, sleep and cutting "
                 "down",
                 "Jamal Reid, Route 21 (Gaddesholt Young People's Drug and Alcohol Service)",
                 "Assessment by 04/07/2025, then weekly",
                 "Written update before each core group, including Kobe's own use diary"],
                [V,
                 "See Kobe about his sleep, the cut on his hand and his cannabis use, and agree with him "
                 "whether to refer to CAMHS",
                 "Dr Lisa Chen, GP, Parkside Surgery", "By 18/07/2025",
                 "Letter to DW with the outcome and any referral made"],
                ["Education",
                 "Full-time timetable (25 hours), with DW emailed if Kobe is not in by 10am",
                 "Mr Neil Ferris, DSL, Gaddesholt Learning Centre", "Every school day",
                 "Daily register; attendance at 90% or more by the review conference"],
                [V,
                 "Apply for a plumbing taster course place for September and visit the college with Kobe "
                 "before the summer",
                 "Priya Desai, careers adviser, Gaddesholt Futures", "Application by 18/07/2025",
                 "Offer letter from Gaddesholt College on file"],
                ["Home and family",
                 "Report Kobe missing to the police if he is not home by his 9pm curfew, and keep the missing "
                 "log",
                 "Funmi Okonjo (mum)", "Every time he is not home by 9pm",
                 "Police reference number written in the log, which DW reads at each visit"],
                [V,
                 "Boxing at Gaddesholt ABC, with Kobe picked up from home and dropped back",
                 "Tyrone Bell, detached youth worker", "Tuesday and Thursday evenings, 6–8pm",
                 "Club register; Tyrone texts Funmi and DW when Kobe is home"],
                [V,
                 "Safety plan with Funmi and Ada: door and window alarms, who to ring, and what Ada does if men "
                 "come to the door",
                 "SW Danny Whelan", "By 04/07/2025",
                 "Written safety plan kept at home and on file; alarms seen fitted at the next visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kobe is missing for more than 12 hours, is found outside Gaddesholt, is arrested, or there is "
              "any threat to him or his family over the debt, the police and DW (or the emergency duty team out "
              "of hours) will hold a strategy discussion the same day. If there is a credible threat to Kobe's "
              "life or to the family at Tanner's Yard, DW will arrange that day for Kobe to stay with approved "
              "foster carers outside Gaddesholt, with Funmi's agreement under section 20, and the police will "
              "fit a panic alarm at the house."),
        ("h1", "Review"),
        ("bullets", [
            "Core group every 3 weeks at Gaddesholt Learning Centre, 3.30pm: 08/07/2025, 29/07/2025 and "
            "19/08/2025.",
            "Review child protection conference: 11/09/2025, 10am, Gaddesholt Civic Offices.",
            "If Kobe goes missing twice more before 29/07/2025, or is found carrying drugs again, DW will ask "
            "the team manager for a legal planning meeting within 5 working days, to consider care proceedings "
            "or secure accommodation.",
        ]),
        ("p", "Plan typed by DW 20/06/2025 and sent to Kobe, Funmi and everyone at conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Transfer-in plan: the sending authority's plan as received, then the
#    receiving authority's additions (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_glentarrow_transfer_in_received_plan_additions_szabo.md",
    "split": "tune",
    "template": "transfer-in-plan-md-received-plan-part-a-table-then-receiving-authority-additions-part-b-table-contingency-meetings",
    "description": (
        "Transfer-in plan for a 10-year-old and a 2-year-old (mother's drinking, past domestic abuse) who "
        "moved to another authority: Part A is the sending authority's plan as received, Part B the "
        "receiving authority's additions. Visits carry on until the transfer-in conference, but the "
        "parenting assessment and the alcohol referral are left for the receiving authority after "
        "transfer; direct work with Lili has no measure; the school place is 'ASAP'; the HV row is only "
        "'monitored'; 'All agencies' own information sharing; no core group is set."
    ),
    "text": """\
# Transfer-in Child Protection Plan – Lili and Bence Szabo

**Glentarrow City Council – Children's Services, Safeguarding Team South**

| | |
|---|---|
| Received from | Gatesworth County Council (transferring authority) |
| CP plans since | ICPC 02/04/2025, category neglect; reviewed at RCPC 26/06/2025 |
| Family moved | 30/06/2025 to 18 Larkspur Avenue, Glentarrow |
| Transfer-in conference | 24/07/2025, 10am, Glentarrow Civic Centre |
| Gatesworth SW | Megan Cross (case responsibility until the transfer-in conference) |
| Glentarrow SW | Tomasz Wilk (allocated 03/07/2025) |

*Part A is Gatesworth's plan as received on 02/07/2025, copied from their RCPC plan.
Part B is what Glentarrow added at the transfer planning meeting on 08/07/2025.*

## The family

- Lili Szabo, 10 (DOB 15/01/2015) – finished Year 5 in Gatesworth; needs a Year 6 place
- Bence Szabo, 2 (DOB 27/05/2023)
- Anna Szabo, mum, 33
- Gary Wilde, Bence's father – no contact; non-molestation order until April 2026

## Worries (from Gatesworth's RCPC report)

Anna has been drinking heavily since 2023, mostly vodka at home. In February 2025 police found her
drunk and asleep while Bence was in the bath and Lili was trying to cook tea. Gary was violent to Anna
in front of the children until 2024 and found the family twice after they moved within Gatesworth,
which is why they have come to Glentarrow. Anna has been going to Gatesworth Alcohol Service since
March and 4 of her last 6 breath tests were clear. Bence's speech is behind for his age.

## What Lili and Bence say

Lili (seen alone by Megan, 20/06/2025): "I'm happy we're moving because Gary won't find us. I'm scared
about a new school." She said "Mum's better, she only drinks at weekends now" but that she still
"checks the bin for bottles" on Sunday mornings.

Bence (seen at home, 20/06/2025) chats in Hungarian and English, brings his cars to show visitors and
runs to Lili, not his mum, when he falls over.

## Outcomes (from Gatesworth's RCPC plan)

1. Lili and Bence are always cared for by a sober adult.
2. Lili stops checking on her mum's drinking and can just be 10.
3. Bence's speech comes on and he starts nursery.
4. Both children are kept safe from Gary.

## Part A – plan as received from Gatesworth

| # | Action | Lead | Timescale | How we'll know |
|---|---|---|---|---|
| A1 | Home visits to Larkspur Avenue: see Lili alone and Bence awake, and check for alcohol in the home | Megan Cross, Gatesworth SW | Fortnightly until the transfer-in conference | Visit records with Lili's words and what was seen in the kitchen and bins |
| A2 | Parenting assessment of Anna, focusing on how her drinking affects her care of Lili and Bence | Glentarrow SW, once the case has transferred (on hold until then) | By 31/08/2025 | Assessment report to the core group |
| A3 | Refer Anna to the alcohol service in her new area and send on her testing history | Glentarrow Children's Services, after transfer | Within 2 weeks of the transfer-in conference | Acceptance letter from the new service |
| A4 | Direct work with Lili about her worries and about checking on Mum | Megan Cross, Gatesworth SW | Fortnightly | |
| A5 | Send the transfer pack (plan, chronology, agency reports) to Glentarrow | Megan Cross, Gatesworth SW | By 04/07/2025 | Glentarrow confirm receipt by email |
| A6 | Tell Glentarrow Police about the non-molestation order and put a marker on the new address | PC Amy Roe, Gatesworth Police DA Unit | By 30/06/2025, before the move | Email from Glentarrow Police confirming the marker |

## Part B – Glentarrow additions

| # | Action | Lead | Timescale | How we'll know |
|---|---|---|---|---|
| B1 | Joint visit with Megan to meet Anna, Lili and Bence, and see Lili on her own | Tomasz Wilk, Glentarrow SW | By 11/07/2025 | Joint visit record shared with both authorities |
| B2 | Year 6 school place for Lili from September, at a school near Larkspur Avenue | Glentarrow School Admissions | ASAP | Start date confirmed in writing to the SW |
| B3 | Transfer Bence's health records, home visit and 2-year speech check | HV Fiona Doyle, Glentarrow 0-19 Team | By 18/07/2025 | Health needs monitored |
| B4 | Register the family with the practice; see Anna about her drinking and do liver function bloods | Dr Ruth Ansah, GP, Glentarrow Health Centre | By 18/07/2025 | Letter to both SWs with the blood results and the GP's advice |
| B5 | Let each other know the same day about any incident or police call-out at Larkspur Avenue | All agencies | Same day | Logged on both authorities' files |
| B6 | Funded 2-year-old nursery place for Bence (15 hours) | Anna, with Glentarrow Family Information Service | By 01/09/2025 | Nursery register sent to the SW monthly |

## Contingency (Gatesworth's, with Glentarrow numbers added)

If Anna is found drunk while she is caring for the children, Lili tells anyone her mum has been
drinking, or Gary finds the family, whoever learns of it will ring the police and the SW. Until the
transfer-in conference Megan (or Gatesworth EDT) will hold a strategy discussion with Glentarrow the
same day; after it Tomasz (or Glentarrow EDT) will. If there is no sober adult to care for Lili and
Bence, they will stay together with approved foster carers that night. If Anna drinks while caring
for the children twice before the next review, the SW will request a legal planning meeting.

## Meetings

- Transfer-in conference: 24/07/2025, 10am, Glentarrow Civic Centre (chair: Rachel Gough, IRO).
- Core group: to be arranged at the transfer-in conference.
- Gatesworth have stood down their core group now that the family has moved.
""",
    "findings": [
        F("X001", "Parenting assessment of Anna, focusing on how her drinking affects"),
        F("X001", "Refer Anna to the alcohol service in her new area"),
        F("M001", "Direct work with Lili about her worries and about checking"),
        F("T002", "Year 6 school place for Lili from September"),
        F("M002", "Transfer Bence's health records, home visit and 2-year speech check"),
        F("W002", "Let each other know the same day about any incident"),
        F("R001"),
    ],
})
