"""Batch 55, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: the shape of the document the plan sits in, rather than the wording of
one action table - a case-management-system print with every field on its own
labelled line, abbreviations and a repeated page header and footer; core group
minutes whose only actions are the action log at the end; a social worker's
letter to parents setting out the plan; a child-friendly "my plan"; a review
table with RAG and "update" columns; a typed outline whose actions sit under
numbered themes (1 / 1.1 / a); and a two-column Action | Comments table with
the owner, date and measure written inside the second cell. Three plans are
exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-management-system print: details, views and outcomes as labelled
#    lines, then one block of labelled fields per task; header and footer on
#    every page (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_fernwaith_caseledger_task_print_labelled_fields_pryor.pdf",
    "doc_title": "CaseLedger print - Child Protection Plan 448213 - Jaxon and Mollie Pryor",
    "split": "tune",
    "actions": 13,
    "template": "cms-print-paged-header-footer-labelled-field-lines-subject-details-views-outcome-codes-then-task-blocks-ref-linked-outcome-task-assigned-due-success-measure-status",
    "description": (
        "Review conference plan for a 14-year-old being criminally exploited and his 9-year-old sister "
        "(neglect, mother's drinking), printed from the council's case-management system: every field on "
        "its own labelled line (Task ref / Linked outcome / Task / Assigned to / Due / Success measure / "
        "Status), CMS abbreviations, long values wrapping, header and page footer on every page. The mother "
        "is planning to move to another authority. Faults: 'Ongoing' due date (T002), a blank Assigned to "
        "on a passive task (W001), 'Core Group' as owner (W002), a blank success measure (M001), "
        "'Monitored by FSW' (M002), a housing referral on hold until the case transfers with a 'TBC - after "
        "transfer' date (X001, T002), a CAMHS referral left for the receiving authority (X001), and the "
        "next review conference not booked (R001)."
    ),
    "header": "OFFICIAL-SENSITIVE | Fernwaith Borough Council | CaseLedger",
    "footer": "CP Plan 448213 - PRYOR, Jaxon / PRYOR, Mollie - printed 05/03/2025 16:42 by KBARNES - Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "font": "Courier New",
    "font_size": 9.5,
    "blocks": [
        ("h1", "CHILD PROTECTION PLAN - PRINT VIEW"),
        ("kv", [
            ("Plan ID", "448213"),
            ("Plan type", "CP Plan - continued at RCPC 1"),
            ("Subject 1", "PRYOR, Jaxon   DOB 02/06/2010 (14y)   Person ID 2207741   Gender M"),
            ("Subject 2", "PRYOR, Mollie   DOB 19/10/2015 (9y)   Person ID 2207742   Gender F"),
            ("Address", "14 Cutler's Walk, Southfield, Fernwaith FW4 2RJ"),
            ("Household", "Dawn PRYOR (mother, 38); Kian PRYOR (half-brother, 19, stays some nights)"),
            ("Father", "Gary LOMAS - no contact with either child since 2019; address not known"),
            ("Category", "Neglect"),
            ("ICPC date", "09/12/2024"),
            ("RCPC 1 date", "03/03/2025 - outcome: plan continued, category unchanged"),
            ("Allocated SW", "Kerry Barnes (KB), Locality Team 2 (South)"),
            ("Team manager", "Adil Rahman"),
            ("Chair / IRO", "Sheila Conroy"),
            ("Legal status", "None. Neither child is LAC."),
            ("Transfer flag", "Y - Dawn has applied for a tenancy near her sister in Harnford (Harnford County "
                              "Council). Transfer-in request sent to Harnford 24/02/2025; no move date yet."),
        ]),
        ("h2", "SUMMARY OF CONCERNS"),
        ("p", "Jaxon was found by BTP at Harnford station on 14/01/2025 with GBP 380 and 11 wraps of crack "
              "cocaine; he had been missing for 3 nights. NRM referral submitted 16/01/2025 (positive reasonable "
              "grounds decision 30/01/2025). 7 missing episodes Nov-Feb, most returning after midnight. Two "
              "adults known to Fernwaith Police have been seen collecting him from the estate in a grey car."),
        ("p", "Dawn drinks spirits most days since losing her job at the bakery in Sept 2024 (her own account at "
              "RCPC: \"half a bottle of vodka, more at weekends\"). Mollie's attendance this term is 82%, she has "
              "come to school hungry on at least 9 days and says she makes her own tea. On the SW's visit "
              "18/02/2025 there was no food in the fridge, the front door lock was broken and the heater in "
              "Mollie's room did not work."),
        ("h2", "CHILD'S VIEWS"),
        ("kv", [
            ("Jaxon (seen alone 26/02/2025, cafe on Station Rd)",
             "\"I'm not a kid, I can look after myself. Them lot look after me more than anyone.\" Said he "
             "stays out because \"the house is dead and Mum's always on it\". Would like to do boxing again. "
             "Scaled his safety when out at night at 7/10, at home 5/10."),
            ("Mollie (seen alone 27/02/2025, school)",
             "\"I do beans on toast when Mum's asleep.\" Worries about Jaxon \"when he doesn't come back\". "
             "Her 3 houses: house of worries = \"Mum crying and Jax gone\"; house of dreams = \"a dog and "
             "Mum coming to my assembly\". Wants a lock on the front door \"that works\"."),
        ]),
        ("h2", "OUTCOMES"),
        ("kv", [
            ("OC1", "Jaxon is home by 9pm, is not going missing and is not being used to carry or sell drugs."),
            ("OC2", "Mollie is in school every day, fed and in clean uniform, and an adult who is sober is at "
                    "home when she gets in."),
            ("OC3", "Both children live in a warm home with food in it and a front door that locks."),
        ]),
        ("h2", "PLAN TASKS (13 open)"),
        ("kv", [
            ("Task ref", "T01"),
            ("Linked outcome", "OC1"),
            ("Task", "See Jaxon alone at least fortnightly away from the home (school, cafe, car) and complete "
                     "the Fernwaith CCE screening tool with him"),
            ("Assigned to", "SW Kerry Barnes"),
            ("Due", "Fortnightly until RCPC 2; screening tool by 17/03/2025"),
            ("Success measure", "Visit records on CaseLedger with Jaxon's own words; completed screening tool "
                                "uploaded to Documents"),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T02"),
            ("Linked outcome", "OC1"),
            ("Task", "Report Jaxon missing to police (101, or 999 if he is believed to be at risk) if he is not "
                     "home by 9pm and not answering his phone"),
            ("Assigned to", "Dawn PRYOR (mother)"),
            ("Due", "Within 1 hour of 9pm on any night Jaxon is not home"),
            ("Success measure", "Police log numbers given to SW next working day and matched against the "
                                "police missing list at each CG"),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T03"),
            ("Linked outcome", "OC1"),
            ("Task", "Return home interview with Jaxon after each missing episode; information shared with "
                     "the MACE panel"),
            ("Assigned to", "Dean Obi, RHI worker, Fernwaith Youth Service"),
            ("Due", "Ongoing"),
            ("Success measure", "RHI form uploaded to CaseLedger and sent to MACE coordinator"),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T04"),
            ("Linked outcome", "OC1"),
            ("Task", "Serve child abduction warning notices on the two adults named in the January intelligence "
                     "and tell the SW when this is done"),
            ("Assigned to", "DC Laura Fenn, Fernwaith Police Exploitation Team"),
            ("Due", "By 31/03/2025"),
            ("Success measure", "Notices served; confirmation emailed to SW and recorded on CaseLedger"),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T05"),
            ("Linked outcome", "OC1"),
            ("Task", "Jaxon to be offered a place at the Fernwaith Boxing Academy Tuesday and Thursday evening "
                     "sessions"),
            ("Assigned to", ""),
            ("Due", "From w/c 10/03/2025"),
            ("Success measure", "Academy attendance register sent to SW monthly"),
            ("Status", "Not started"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T06"),
            ("Linked outcome", "OC2"),
            ("Task", "Share any worry about Mollie's presentation or Jaxon's whereabouts with the SW"),
            ("Assigned to", "Core Group"),
            ("Due", "Same day"),
            ("Success measure", "Each worry logged as a case note on CaseLedger"),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T07"),
            ("Linked outcome", "OC2"),
            ("Task", "Check Mollie's attendance every morning and ring Dawn by 9.30am if she is not in; make "
                     "sure Mollie has breakfast club every day"),
            ("Assigned to", "Mrs Jo Haddow, DSL, St Mark's CE Primary"),
            ("Due", "Daily (school days)"),
            ("Success measure", "Weekly attendance printout to SW every Friday; attendance 95% or above by "
                                "RCPC 2"),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T08"),
            ("Linked outcome", "OC2"),
            ("Task", "Keywork sessions with Dawn with a breath test at each one, and a written update on "
                     "whether her drinking is reducing and what that means for her care of Mollie and Jaxon"),
            ("Assigned to", "Nadia Brook, recovery worker, Fernwaith Recovery Partnership (FRP)"),
            ("Due", "Sessions weekly; written update before each CG"),
            ("Success measure", "Breath test readings and written update on file before each CG"),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T09"),
            ("Linked outcome", "OC2"),
            ("Task", "Get Mollie up, washed, fed and to school for 8.45am every school day"),
            ("Assigned to", "Dawn PRYOR (mother)"),
            ("Due", "Every school day"),
            ("Success measure", ""),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T10"),
            ("Linked outcome", "OC3"),
            ("Task", "Help Dawn with a weekly food shop and a budget plan; look in the fridge and cupboards "
                     "at each visit"),
            ("Assigned to", "FSW Tasha Greaves"),
            ("Due", "Weekly (Wednesdays)"),
            ("Success measure", "Monitored by FSW"),
            ("Status", "Open"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T11"),
            ("Linked outcome", "OC3"),
            ("Task", "Referral to Harnford Early Help for tenancy support - on hold pending case transfer to "
                     "Harnford CC"),
            ("Assigned to", "SW Kerry Barnes"),
            ("Due", "TBC - after transfer"),
            ("Success measure", "Referral accepted by Harnford Early Help (letter on file)"),
            ("Status", "On hold"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T12"),
            ("Linked outcome", "OC1"),
            ("Task", "CAMHS / youth wellbeing referral for Jaxon deferred - Harnford to re-refer once the case "
                     "has transferred"),
            ("Assigned to", "Harnford CC (receiving LA)"),
            ("Due", "Within 20 working days of transfer"),
            ("Success measure", "Referral confirmation sent to Fernwaith SW"),
            ("Status", "Deferred"),
        ]),
        ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        ("kv", [
            ("Task ref", "T13"),
            ("Linked outcome", "OC3"),
            ("Task", "Chase Fernwaith Homes to mend the front door lock and the heater in Mollie's bedroom"),
            ("Assigned to", "SW Kerry Barnes"),
            ("Due", "By 14/03/2025"),
            ("Success measure", "Repair job numbers and completion dates on CaseLedger; SW checks the lock and "
                                "heater at the next home visit"),
            ("Status", "Open"),
        ]),
        ("h2", "CONTINGENCY"),
        ("p", "If Jaxon is missing overnight, is found with drugs or cash, or is arrested out of area, the SW "
              "(EDT out of hours) will hold a strategy discussion within 24 hours and refer him to the next "
              "MACE panel. If Dawn is found drunk while she is the only adult caring for Mollie, Mollie will "
              "stay with her paternal grandmother Irene Lomas (8 Ash Grove, Fernwaith) that night; if Irene "
              "cannot have her, the SW/EDT will arrange an emergency foster placement the same day."),
        ("p", "If Mollie's attendance is still below 90% at CG 2, or Jaxon has 3 or more missing episodes in any "
              "month, the TM will convene a legal planning meeting (legal gateway) within 10 working days."),
        ("h2", "MEETINGS"),
        ("kv", [
            ("Core group", "Every 4 weeks, 3.30pm, St Mark's CE Primary: 17/03/2025, 14/04/2025, 12/05/2025"),
            ("Next RCPC", "TBC - not booked until Harnford confirm whether they will accept the transfer"),
        ]),
        ("kv", [
            ("Plan last updated", "04/03/2025 by KBARNES"),
            ("Authorised", "04/03/2025 by ARAHMAN (TM)"),
        ]),
    ],
    "findings": [
        F("T002", "Return home interview with Jaxon after each missing episode"),
        F("W001", "Jaxon to be offered a place at the Fernwaith Boxing Academy"),
        F("W002", "Share any worry about Mollie's presentation or Jaxon's whereabouts"),
        F("M001", "Get Mollie up, washed, fed and to school"),
        F("M002", "Help Dawn with a weekly food shop and a budget plan"),
        F("X001", "Referral to Harnford Early Help for tenancy support"),
        F("T002", "Referral to Harnford Early Help for tenancy support"),
        F("X001", "CAMHS / youth wellbeing referral for Jaxon deferred"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes: numbered agenda items in the minute-taker's voice
#    (initials), with the only actions in the action log at the end (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_fellmarsh_core_group_minutes_action_log_at_end_kershaw.docx",
    "doc_title": "Core Group 3 Minutes - Ruby and Theo Kershaw",
    "split": "tune",
    "actions": 9,
    "template": "core-group-minutes-docx-numbered-agenda-items-initials-agency-updates-discussion-commitments-outcomes-restated-then-action-log-table-no-action-who-by-when-evidence-at-end",
    "description": (
        "Third core group minutes for a toddler and a 5-month-old (neglect; mother's perinatal depression, "
        "father's cannabis use), written by a minute-taker under numbered agenda items with initials; "
        "promises made in the discussion are not actions, only the nine rows of the action log at the end "
        "are. Faults: 'Continue to monitor' Ruby's development, 'Ongoing', 'Monitored' (T002, M002), the "
        "perinatal nurse only continuing supportive visits (H001), 'All present' (W002), an overdue "
        "immunisation with no date (T001), a nursery row with an empty evidence cell (M001), an ICPC "
        "outcome about the mother's mood (F002), and a contingency that only says the core group will meet "
        "earlier, with no legal step (C002, R002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Fellmarsh Borough Council · Children's Services · Northside Safeguarding Team"),
        ("kv", [
            ("Children", "Ruby Kershaw (2 years 8 months) and Theo Kershaw (5 months)"),
            ("Parents", "Chantelle Kershaw (24) and Marcus Dyer (27), 6 Pelham Court, Fellmarsh"),
            ("Meeting", "Core group 3, Thursday 10 April 2025, 10.00am, Fellmarsh Children's Centre"),
            ("Plan", "Child protection plan from ICPC 6 February 2025, category neglect"),
            ("Chair", "Laura Pennington, social worker"),
            ("Minutes", "Emma Royle, business support"),
        ]),
        ("h2", "1. Present and apologies"),
        ("p", "Present: Chantelle Kershaw (CK), Marcus Dyer (MD), Laura Pennington, SW (LP), Jade Okoro, HV "
              "(JO), Siobhan Keane, nurse, Fellmarsh Perinatal Mental Health Team (SK), Wes Hartley, recovery "
              "worker, Fellmarsh Drug and Alcohol Service (WH), Bev Lindley, manager, Little Oaks Nursery (BL)."),
        ("p", "Apologies: Dr Amit Shah, GP, Castle Street Surgery (no report sent)."),
        ("h2", "2. Minutes of core group 2 (13 March 2025)"),
        ("p", "Agreed as a true record. Done since CG2: Theo's new cot delivered and put up in the parents' "
              "room (LP saw it on 18/03); Ruby's 2-year review done by JO on 20/03; CK and MD signed the "
              "written agreement about cannabis on 14/03."),
        ("h2", "3. Updates"),
        ("p", "LP: four visits since CG2, two unannounced. The flat was warmer and tidier on the last two "
              "visits. On 2 April there was a strong smell of cannabis on the stairwell; MD said it was a "
              "neighbour. Theo was asleep in his cot on his back both times LP looked. LP has started the "
              "parenting assessment and has had three sessions with CK and MD."),
        ("p", "JO: Theo weighed 6.42kg on 3 April, which is just under the 9th centile; he was on the 25th "
              "centile at birth. CK says he brings up a lot of his feeds. JO said she would ring the GP about "
              "reflux after the meeting. Ruby's 2-year review: she is saying about 20 words and putting two "
              "together. JO would like to see Ruby's speech again in the summer. Theo's 16-week "
              "immunisations are overdue."),
        ("p", "SK: CK is seen weekly at home. Her EPDS score was 16 on 1 April (21 in February). CK says she is "
              "sleeping better and getting out with the children more. SK said CK is still on sertraline "
              "100mg and the perinatal psychiatrist will see her in May."),
        ("p", "WH: MD has been to 5 of 6 appointments. His oral swabs have gone from high to low readings for "
              "cannabis. MD says he smokes only outside and only at weekends. WH will keep testing."),
        ("p", "BL: Ruby is at Little Oaks Monday, Wednesday and Friday. She missed 4 of her 12 sessions since "
              "CG2, and on two days she was collected after 6pm. Staff have noticed she is always very hungry "
              "on a Monday."),
        ("p", "CK and MD: both said things are better. CK said \"I'm getting there, I can actually get up "
              "now\". MD said he is looking for work and wants the plan to end at the review."),
        ("h2", "4. Ruby and Theo"),
        ("p", "Ruby is chatty and busy at nursery and likes the sand tray and the home corner. She told her "
              "key worker \"Mummy sad, Mummy in bed\" in March but not since. At home she runs to MD when he "
              "comes in and shows visitors her toys. Theo is smiley, holds his head well and watches CK when "
              "she talks to him. On LP's visit on 8 April he cried for a long time before his feed and CK "
              "took about ten minutes to make the bottle."),
        ("h2", "5. Scaling"),
        ("p", "On a scale of 0 (the children are not safe) to 10 (the plan can end): professionals 4 to 5, CK "
              "and MD 8."),
        ("h2", "6. Outcomes agreed at ICPC"),
        ("bullets", [
            "Theo gains weight steadily and gets back towards his birth centile.",
            "Ruby goes to nursery on all three of her days and is collected on time.",
            "Chantelle's mood will be stable and she will feel more confident.",
            "Ruby and Theo are cared for by parents who are not under the influence of cannabis.",
        ]),
        ("h2", "7. Contingency"),
        ("p", "If things get worse or there are further concerns about Ruby or Theo, LP will discuss this with "
              "her manager and the core group will meet earlier to look at the plan again and consider next "
              "steps."),
        ("h2", "8. Next meetings"),
        ("p", "Review child protection conference: Tuesday 29 April 2025, 1.30pm, Fellmarsh Town Hall. Core "
              "groups carry on every four weeks; the next is core group 4 on Thursday 8 May 2025, 10am, "
              "Fellmarsh Children's Centre."),
        ("h2", "9. Action log"),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "Evidence"],
            "widths": [1.0, 6.4, 3.2, 2.8, 3.6],
            "rows": [
                ["3.1", "Weigh Theo at home and go through the feeding plan with Chantelle (210ml bottles, "
                        "feed chart on the fridge)",
                 "JO (HV)", "Weekly until RCPC, next 17/04/2025",
                 "Weight plotted in red book; feed chart seen at each visit"],
                ["3.2", "Continue to monitor Ruby's speech and development",
                 "JO (HV)", "Ongoing", "Monitored"],
                ["3.3", "Perinatal nurse to continue weekly supportive home visits to Chantelle",
                 "SK (Perinatal MH Team)", "Weekly", "EPDS score recorded at each visit"],
                ["3.4", "Oral swab test for Marcus at each appointment, and a written report on whether his "
                        "cannabis use is reducing and what that means for his care of Ruby and Theo",
                 "WH (FDAS)", "Fortnightly appointments; report by 22/04/2025",
                 "Swab results and the report sent to LP for the RCPC"],
                ["3.5", "Home visits, at least one in two unannounced, to see Ruby and Theo, where Theo sleeps "
                        "and where cannabis is kept",
                 "LP (SW)", "Weekly", "Visit records on the children's file"],
                ["3.6", "Tell the SW about any worry over the children's care",
                 "All present", "Same day", "Each worry logged on the children's file"],
                ["3.7", "Book Theo's overdue 16-week immunisations at Castle Street Surgery",
                 "CK", "", "Immunisations recorded in the red book"],
                ["3.8", "Ring LP the same day if Ruby has not arrived at Little Oaks by 9.30am on one of her "
                        "days",
                 "BL (nursery)", "Each nursery day (Mon, Wed, Fri)", ""],
                ["3.9", "Finish the parenting assessment of Chantelle and Marcus",
                 "LP (SW)", "By 22/04/2025",
                 "Report shared with CK, MD and conference 5 working days before the RCPC"],
            ],
        }),
        ("p", "Minutes sent to everyone present on 11 April 2025. Please tell LP of any changes within 5 "
              "working days."),
    ],
    "findings": [
        F("T002", "Continue to monitor Ruby's speech and development"),
        F("M002", "Continue to monitor Ruby's speech and development"),
        F("H001", "Perinatal nurse to continue weekly supportive home visits"),
        F("W002", "Tell the SW about any worry over the children's care"),
        F("T001", "Book Theo's overdue 16-week immunisations at Castle Street Surgery"),
        F("M001", "Ring LP the same day if Ruby has not arrived"),
        F("F002", "Chantelle's mood will be stable and she will feel more confident."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Social worker's letter to both parents after the initial conference,
#    one paragraph per thing agreed, in plain words (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_fenthwaite_letter_to_parents_after_icpc_cartwright.docx",
    "doc_title": "Letter to Kirsty Walsh and Lee Cartwright - Ellie-May and Jack's plan",
    "split": "tune",
    "actions": 12,
    "template": "sw-letter-to-both-parents-after-icpc-docx-address-block-date-right-bold-paragraph-headings-one-paragraph-per-agreed-action-named-owner-first-signed-off",
    "description": (
        "Letter from the social worker to both parents two days after the initial conference for a "
        "7-year-old and an 18-month-old (neglect; father's depression, mother working nights). Address "
        "block, date on the right, bold paragraph headings, and under 'What we agreed will happen' one "
        "paragraph per action, each opening with who will do it ('I' is the social worker) and saying "
        "when and how everyone will know. The GP writes about the father's mood, Talking Therapies reports "
        "on whether he can make the changes in time, the grandmother's school runs have a fallback, dates "
        "and the legal step are set out. Exemplary."
    ),
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("pl", "Fenthwaite Council"),
        ("pl", "Children's Services – Eastgate Locality Team"),
        ("pl", "Eastgate House, 2 Market Row, Fenthwaite FN1 3DA"),
        ("pl", "Direct line: 01632 960 418"),
        ("p", ""),
        ("pr", "Wednesday 14 May 2025"),
        ("p", ""),
        ("pl", "Ms Kirsty Walsh and Mr Lee Cartwright"),
        ("pl", "31 Linnet Close"),
        ("pl", "Fenthwaite FN6 8QP"),
        ("p", ""),
        ("p", "Dear Kirsty and Lee,"),
        ("boldp", "Ellie-May and Jack's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Monday 12 May. I know "
              "it was a long and hard morning, and Lee, I know you found it difficult to hear some of what was "
              "said about the house. As I promised at the end of the meeting, I am writing to set out in plain "
              "words what was decided and what each of us has agreed to do. The chair's full record will come "
              "separately. Please keep this letter: I will bring a copy to every core group so we can go "
              "through it together."),
        ("p", "The conference decided that Ellie-May and Jack should have a child protection plan under the "
              "category of neglect."),
        ("boldp", "Why the children have a plan"),
        ("p", "Since Lee became unwell with depression in January he has been in bed for most of the day, and "
              "because Kirsty works nights at Oakfield Care Home, Jack is often in Lee's care from 8am until "
              "Kirsty wakes in the early afternoon. When I visited on 29 April Jack was in a nappy that had "
              "not been changed since the night before and had not had breakfast at 11am. Jack has dropped "
              "from the 25th to below the 2nd centile for his weight since his first birthday, and he has not "
              "had his 12-month immunisations. Ellie-May has missed 21 days of school since January and has "
              "had head lice for several weeks. The kitchen and bathroom were dirty, and there were dirty "
              "nappies on the floor of the children's bedroom."),
        ("p", "The conference also heard that you both love the children very much, that Kirsty has kept her "
              "job and kept the rent paid, that Lee has gone to his GP and started medication, and that Nana "
              "Pat is a big help. Ellie-May's teacher says she is a kind, funny girl who loves reading."),
        ("boldp", "What Ellie-May and Jack have told and shown us"),
        ("p", "When I saw Ellie-May at school on 6 May she told me: \"Daddy is always tired and sad. I make Jack "
              "his cereal sometimes.\" She said her head is \"itchy all the time\" and that other children "
              "won't sit next to her. She said the best days are Tuesdays and Thursdays \"because Nana takes "
              "me to school and we sing in the car\". She would like her bedroom to be \"clean and pink\"."),
        ("p", "Jack is too young to tell us in words. On my visits he has been quiet and watchful; he crawled "
              "straight to the kitchen and pulled at the cupboard doors, and he ate a whole banana and a "
              "yoghurt very quickly when Kirsty gave them to him. He lit up when Ellie-May came home from "
              "school and followed her around the room."),
        ("boldp", "What we all want for Ellie-May and Jack"),
        ("bullets", [
            "Jack is fed, changed and played with through the day, and his weight goes back up towards the "
            "25th centile.",
            "Ellie-May is in school every day, on time, with her head lice gone.",
            "Ellie-May is not looking after Jack: there is always an adult who is awake and able to care "
            "for him.",
            "The children's bedroom, the kitchen and the bathroom are clean and safe for a toddler.",
            "Both children have their health checks and immunisations up to date.",
        ]),
        ("boldp", "What we agreed will happen"),
        ("p", "I will visit you at home every week until the review conference, at least every other visit "
              "without telling you first, and I will see Ellie-May on her own each time and write down what "
              "she tells me in my visit notes, which you are welcome to read."),
        ("p", "Sandra Pike, your health visitor, will weigh Jack at home every two weeks until the review "
              "conference and plot each weight in his red book, so that we can all see whether he is gaining."),
        ("p", "Kirsty and Lee will take Jack to the practice nurse at Eastgate Surgery for his missed "
              "12-month immunisations by Friday 13 June, and the surgery will confirm to me in writing that "
              "they have been given."),
        ("p", "Dr Farah Qureshi at Eastgate Surgery will review Lee's antidepressant medication by Friday "
              "30 May and write to me about how his mood is affecting his care of Jack during the day."),
        ("p", "Owen Marsh at Fenthwaite Talking Therapies will see Lee every week for 12 weeks of CBT from "
              "Monday 2 June, and before the core group on 22 July he will send me a written report on "
              "whether Lee is making the changes he needs to look after Jack safely in the day and how long "
              "any further change is likely to take."),
        ("p", "Mrs Denise Hollins, the designated safeguarding lead at St Luke's Primary, will check "
              "Ellie-May's attendance every morning and ring Kirsty by 9.30am if she is not in, and she will "
              "email me the attendance figures every Friday."),
        ("p", "Nana Pat (Pat Walsh) has agreed to take Ellie-May to school every Tuesday and Thursday, the "
              "mornings after Kirsty's late shifts, and she will sign the school's drop-off book each time."),
        ("p", "Carla Dunn, family support worker from Eastgate Family Hub, will come to your home every Monday "
              "and Thursday morning for eight weeks from 19 May to help you both sort out the kitchen, the "
              "bathroom and the children's bedroom, and she will fill in the home conditions checklist with "
              "you in the first and the last week so we can all see the difference."),
        ("p", "Kirsty and Lee will write out a daily routine for Jack (meals, naps, nappy changes and play) "
              "with Carla by Friday 30 May and tick it off each day on the chart on the fridge, which I will "
              "look at on every visit."),
        ("p", "Kirsty will treat Ellie-May's head lice with the lotion from the pharmacy this weekend and "
              "again seven days later, and Gill Ashby, the school nurse, will check Ellie-May's hair in school "
              "on Tuesday 27 May and tell me what she finds."),
        ("p", "Lee will go to the six-week Dads Matter group at Eastgate Family Hub on Wednesday afternoons "
              "from 4 June, and the group worker will send me a note of the sessions he came to."),
        ("p", "I will apply for a funded nursery place for Jack at Little Larks Nursery by Friday 23 May, and "
              "Little Larks will send me his attendance at the end of each month once he starts."),
        ("boldp", "If things go wrong"),
        ("p", "If I, Carla, Sandra or anyone else finds Jack alone with Lee while Lee is asleep and cannot be "
              "woken, or finds that Jack has not been fed by late morning, I will ask Kirsty to come home "
              "straight away; if she cannot, Jack and Ellie-May will go to Nana Pat's house at 12 Brook "
              "Street that day. If Nana Pat cannot have them, I will arrange for them to stay with foster "
              "carers that night. If Nana Pat is ill or away and cannot do the Tuesday and Thursday school "
              "runs, Carla will collect Ellie-May and take her to school on those mornings."),
        ("boldp", "If things do not get better"),
        ("p", "If Jack's weight is still below the 2nd centile at the core group on 22 July, or Ellie-May's "
              "attendance is below 90% by then, or the home conditions checklist shows no change after the "
              "eight weeks, my manager, Rachel Dobbs, will hold a legal planning meeting within 10 working "
              "days to decide whether the council should start the Public Law Outline. I would much rather "
              "it did not come to this, and I will tell you straight away if we are heading that way."),
        ("boldp", "Meetings"),
        ("p", "The core group (the two of you, me, Sandra, Carla, Mrs Hollins, Owen and Nana Pat if she would "
              "like to come) will meet every four weeks at Eastgate Family Hub at 1pm, on Tuesday 27 May, "
              "Tuesday 24 June and Tuesday 22 July. The review child protection conference will be on Monday "
              "4 August 2025 at 10am at Fenthwaite Civic Centre."),
        ("p", "If anything in this letter is wrong, or you would like me to explain it again, please ring me on "
              "the number above. If you need an interpreter or an advocate for the meetings, I can arrange one."),
        ("p", "Yours sincerely,"),
        ("p", ""),
        ("pl", "Megan Tranter"),
        ("pl", "Social Worker, Eastgate Locality Team"),
        ("p", "cc: Sandra Pike (HV), Dr Farah Qureshi (GP), Owen Marsh (Fenthwaite Talking Therapies), "
              "Mrs Denise Hollins (St Luke's Primary), Carla Dunn (Eastgate Family Hub), conference chair"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A 9-year-old's own copy of his plan, written with him in his words: a
#    "who is going to do what" table in child-friendly language (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_fulverdale_my_plan_child_version_robson.md",
    "split": "tune",
    "actions": 10,
    "template": "my-plan-child-version-md-first-person-sections-about-me-worries-what-i-said-what-we-want-for-me-then-what-is-going-to-happen-who-when-how-well-know-table-back-up-plan-grown-ups-meetings",
    "description": (
        "A 9-year-old's own copy of his child protection plan (mother's drinking, neglect), written in the "
        "first person with him by his social worker: 'About me', 'What the grown-ups are worried about', "
        "'What I said', 'What we want for me', then a 'What is going to happen | Who | When | How we'll "
        "know it's working' table in child-friendly words, a back-up plan, 'If things don't get better' "
        "(legal planning meeting explained) and the grown-ups' meetings. The alcohol service and the GP "
        "report to the social worker, Grandad's pick-ups have a fallback. Exemplary."
    ),
    "text": """\
# My Plan

## Kai Robson, age 9

*This is Kai's own copy of his child protection plan. Sam Achebe (Kai's social
worker) wrote it with Kai at Kai's school on Tuesday 3 June 2025, after the big
meeting (the initial child protection conference) on Wednesday 28 May. The
grown-ups have the long version. It says the same things, in longer words.*

---

## About me

- I am Kai and I am 9. I am in Year 4 at Fulverdale Park Primary.
- I live with my mum, Shelley, at 5 Quarry Lane.
- My grandad, Ray, lives on Mill Street, five minutes away. He has a dog called Pepper.
- My dad, Liam, lives in Kelderby. He phones me on Sundays.
- I like Minecraft, football (I support Fulverdale Town) and drawing dragons.

## What the grown-ups are worried about

Mum has been drinking too much wine and cider, mostly in the evenings. Some
nights I could not wake her up and I made my own tea, or had none. Twice I was
late for school because nobody woke me up. One night in April I walked to
Grandad's house on my own at 10 o'clock at night because I was scared. Mum's
doctor says too much alcohol is making her poorly.

The grown-ups are worried that I am not safe when Mum has been drinking, that I
am not getting enough to eat, and that I am doing grown-up jobs like looking
after Mum.

## What I said

- "I love Mum but I don't like it when she's drunk. She goes all floppy and
  doesn't listen."
- "I make toast and cereal. I can't use the cooker."
- "I'm scared when she won't wake up. I check she's breathing."
- "I want Mum to stop drinking on school nights and I want to go to Grandad's
  more."
- When Sam asked me to score how safe I feel at home out of 10, I said **5**. At
  Grandad's it is **10**. At school it is **9**.

## What we want for me

1. There is always a grown-up who has not been drinking looking after me in the
   evening and at night.
2. I get to school on time every day with breakfast in my tummy.
3. I don't have to look after Mum. I can just be 9.
4. I know who to ring if I am worried, and I have my safety card in my school bag.

## What is going to happen

| What is going to happen | Who | When | How we'll know it's working |
|---|---|---|---|
| Sam will come to see me at home, and see me on my own at school too | Sam Achebe (my social worker) | At home every week, and at school every other Tuesday, until the big review meeting | Sam writes down what I say in my own words, and shows me his notes if I want |
| Mum will go to Step Forward (the Fulverdale alcohol service) and do a breath test with her worker | Mum | Every Tuesday morning, starting 3 June | Step Forward tells Sam each week if Mum went and what the breath test said |
| Mum's worker at Step Forward will write to Sam about whether Mum is drinking less, and whether that means she can look after me properly | Tariq Hussain (Mum's Step Forward worker) | Before every core group meeting | Sam gets Tariq's letter and reads it out at the meeting |
| Mum won't drink at all on school nights, and she'll do a breath test at 7pm and send the photo to Grandad | Mum | Every Sunday to Thursday night | Grandad keeps the photos on his phone and shows Sam when he visits |
| Grandad will pick me up from school and give me my tea at his house | Grandad (Ray Robson) | Every Monday and Wednesday after school | The school's signing-out book shows Grandad collected me |
| Mrs Patel will check I am in school and make sure I get breakfast club | Mrs Patel (the safeguarding lead at my school) | Every school day | The register shows I was in by 8.50am; Mrs Patel emails it to Sam every Friday |
| I will go to the Young Carers club (I chose this!) | Me (Kai), with Jodie from Young Carers | Every Thursday, 4 to 6pm, from 5 June | Jodie writes in the club register that I came |
| Jodie will do a young carer's assessment with me so I don't have to do grown-up jobs at home | Jodie Marsh (Fulverdale Young Carers) | By Friday 18 July (the end of term) | Jodie writes it up and goes through it with me, Mum and Sam |
| Dr Brennan will check Mum's liver blood test and tell Sam whether Mum's health is getting in the way of looking after me | Dr Brennan (Mum's GP, Quarry Lane Surgery) | By Monday 30 June | Dr Brennan's letter to Sam, with the blood test result |
| Mum and me will have special time: the park, a board game or baking | Mum | Every Saturday morning | I put a sticker on my calendar each time and show Sam |

## The back-up plan (if things go wrong)

- If Mum has been drinking when she is looking after me (the 7pm photo doesn't
  come, the breath test shows alcohol, or Grandad or I can smell it), I will go to
  Grandad's for the night. Sam (or the out-of-hours social worker) will have a
  meeting with the police and the other grown-ups (a strategy discussion) the same
  day.
- If Grandad can't have me, because he is poorly or away, I will stay with Auntie
  Leanne in Brookhill. If neither of them can, Sam will find a foster family for me
  to stay with that night.
- If Grandad can't pick me up on a Monday or Wednesday, I will go to after-school
  club and Mrs Patel will keep me at school until Mum comes. If Mum has not come by
  6pm, Mrs Patel will ring Sam or the out-of-hours team.
- If I can't wake Mum up, I will ring 999 and then ring Grandad. My safety card has
  the numbers on it.

## If things don't get better

If Mum has had alcohol on a school night more than twice by the core group on 9
July, or I have been late for school more than three times by then, Sam's manager
(Helen Kirby) will hold a legal planning meeting within two weeks. That is a meeting
with the council's lawyers to decide whether they need to ask a judge to help make
sure I am safe.

## When the grown-ups meet

- **Core group** (Mum, Sam, Mrs Patel, Tariq, Jodie and Grandad): every four weeks,
  at 3.30pm at my school, on Wednesday 11 June, Wednesday 9 July and Wednesday 6
  August 2025.
- **The big review meeting** (the review child protection conference): Wednesday 20
  August 2025 at 10am at Fulverdale Civic Centre. I can go to part of it if I want,
  or Sam will take my drawings and my words.

*Sam's phone at work: 01632 960 772. If I am worried and can't get Sam, I can tell
Mrs Patel or Grandad.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference: the plan as a landscape review table with target
#    date, "Update at RCPC 1" and RAG columns; header and footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_folkmarsh_rcpc_review_table_update_rag_doyle.pdf",
    "doc_title": "RCPC 1 - Progress on the Plan - Aaliyah and Reuben Doyle",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-progress-on-the-plan-paged-landscape-summary-outcomes-then-no-action-lead-target-date-how-we-will-know-update-at-rcpc-rag-table-contingency-meetings",
    "description": (
        "First review conference for an 11-year-old and a 6-year-old (domestic abuse by their father, who "
        "has left; mother's low mood and an overdose, under the CMHT). The continuing plan is a landscape "
        "table with No. | Action | Lead | Target date | How we will know | Update at RCPC 1 | RAG; the "
        "update and RAG cells are status notes, not measures. Faults: the CMHT care coordinator 'continuing "
        "to support' with 'engagement' as the measure (H001, M002), 'Professionals' (W002), a school nurse "
        "referral with no lead (W001), 'TBC - waiting list' and 'Ongoing' (T002 x2), an assessment update "
        "with an empty measure cell (M001), no record anywhere of what the children think or feel (F003), "
        "and grandparents supervising contact and doing school runs with nothing in the contingency if "
        "they cannot (C003). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Folkmarsh Metropolitan Borough Council – Children's Social Care",
    "footer": "RCPC 1 – progress on the plan – Aaliyah and Reuben Doyle – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference 1 – Progress on the Plan"),
        ("kv", [
            ("Children", "Aaliyah Doyle (11), Year 6, Folkmarsh Academy Juniors; Reuben Doyle (6), Year 1, "
                         "Folkmarsh Academy Infants"),
            ("Mother", "Jodie Doyle (33), 27 Sedge Way, Folkmarsh – the children live with her"),
            ("Father", "Shane Doyle (36), moved out 20/12/2024, now at 14 Hatch Lane, Folkmarsh. "
                       "Non-molestation order protecting Jodie and the children until 19/12/2025."),
            ("Paternal grandparents", "Brian and Carol Doyle, 2 Orchard View, Folkmarsh"),
            ("Maternal grandmother", "Maureen Hale, 3 Rook Lane, Folkmarsh"),
            ("ICPC", "Tuesday 14/01/2025 – category emotional abuse"),
            ("RCPC 1", "Tuesday 08/04/2025 – the plan continues, category unchanged"),
            ("Social worker", "Priya Nandra"),
            ("Chair", "Mark Ellison, Child Protection Chair"),
        ]),
        ("h1", "Summary"),
        ("p", "Police were called to the family home five times in 2024 because of Shane's violence towards "
              "Jodie; on two occasions the children were in the room. Shane left in December and a "
              "non-molestation order was made. Jodie has a diagnosis of emotionally unstable personality "
              "disorder and has had periods of very low mood; she took an overdose in November 2024 while the "
              "children were at school and is under the Folkmarsh Community Mental Health Team. Since the "
              "initial conference there have been no police call-outs. Jodie has stayed on her medication "
              "and reports that she feels \"more in control\". Aaliyah's attendance has fallen to 88%."),
        ("h1", "Outcomes for Aaliyah and Reuben (from ICPC)"),
        ("bullets", [
            "Aaliyah and Reuben live in a home without violence, threats or police call-outs.",
            "Aaliyah and Reuben see their dad only when it is planned and supervised.",
            "Both children are in school every day and Reuben gets help with his soiling and bedwetting.",
            "Aaliyah and Reuben are cared for by a mum whose mental health is steady enough to get them up, "
            "fed and to school, and who has a plan for days when it is not.",
        ]),
        ("h1", "The plan – progress since ICPC and what happens next"),
        ("p", "Conference agreed that every action below carries on until RCPC 2 unless it says otherwise. "
              "The Update and RAG columns record what was reported today; they will be filled in again at "
              "each core group."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Target date", "How we will know",
                       "Update at RCPC 1 (08/04/2025)", "RAG"],
            "widths": [1.3, 5.6, 3.6, 3.0, 4.6, 6.1, 1.5],
            "rows": [
                ["1", "Visit Aaliyah and Reuben at home and see each child on their own",
                 "SW Priya Nandra", "Fortnightly",
                 "Visit records show each child seen alone",
                 "7 visits since ICPC; each child seen alone on 6 of them", "G"],
                ["2", "Review the safety plan with Jodie and both children and repeat the DASH checklist",
                 "Tom Whitfield, IDVA, Folkmarsh Domestic Abuse Service", "Before each core group",
                 "Updated safety plan on file and a copy given to both schools",
                 "Safety plan done 28/01/2025 and updated 10/03/2025. DASH now medium risk", "G"],
                ["3", "Continue to support Jodie with her mental health through care coordination",
                 "Gail Ferris, care coordinator, Folkmarsh CMHT", "Monthly",
                 "Engagement with CMHT",
                 "Jodie has seen Gail monthly and says the sessions help", "G"],
                ["4", "Review Jodie's medication, and write to the SW on her prognosis: whether she can make "
                      "the changes Aaliyah and Reuben need, and how long that is likely to take",
                 "Dr Elaine Voss, consultant psychiatrist, Folkmarsh CMHT",
                 "Every 3 months; next by 30/06/2025",
                 "Psychiatrist's letter to the SW after each review",
                 "Seen 20/02/2025; letter received 03/03/2025 and shared with conference", "G"],
                ["5", "Supervise Saturday contact between the children and their dad at Brian and Carol's "
                      "house",
                 "PGPs Brian and Carol Doyle", "Every Saturday, 10am to 1pm",
                 "Contact book signed by Brian or Carol after each contact and seen by the SW",
                 "11 of 12 contacts went ahead; the book was seen at each visit", "G"],
                ["6", "Take Aaliyah and Reuben to school on the days Jodie has her appointments",
                 "MGM Maureen Hale", "Monday to Wednesday each week",
                 "School's signing-in book shows who brought the children",
                 "Maureen was ill for three weeks in March and there was no other arrangement; the "
                 "children missed 6 days", "A"],
                ["7", "Weekly check-in for Aaliyah with a trusted adult in school",
                 "Mr Joel Amadi, pastoral lead, Folkmarsh Academy", "Every Monday morning",
                 "Check-in log sent to the SW at the end of each half-term",
                 "Check-ins started 20/01/2025; log received", "G"],
                ["8", "Tell the SW the same day if either child arrives at school upset or says something "
                      "about home",
                 "Professionals", "Same day",
                 "Each call logged on the children's file",
                 "Two calls from school since ICPC, both passed on the same day", "G"],
                ["9", "Refer Reuben to the school nursing team about his soiling and bedwetting",
                 "", "By 28/02/2025",
                 "Referral accepted and first appointment held",
                 "Not done – nobody picked this up", "R"],
                ["10", "Jodie to attend the Freedom Programme for women who have lived with domestic abuse",
                 "Jodie Doyle", "TBC – waiting list",
                 "Attendance record from Folkmarsh Women's Centre",
                 "On the waiting list since February", "A"],
                ["11", "Complete the Folkmarsh Change domestic abuse perpetrator programme",
                 "Shane Doyle", "Weekly for 26 weeks from 03/02/2025",
                 "Attendance and mid-point report from the programme facilitator to the SW",
                 "Attended 9 of 10 sessions; mid-point report due June", "G"],
                ["12", "Play sessions for Reuben on his feelings and worries, at the Lantern children's centre",
                 "Kerry Dunne, play worker, Lantern Children's Centre", "Ongoing",
                 "Session notes shared with the SW each month",
                 "Six sessions so far", "G"],
                ["13", "Update the child and family assessment, including the effect of the domestic abuse "
                       "on each child",
                 "SW Priya Nandra", "By 01/07/2025",
                 "",
                 "Started", "A"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Shane comes to Sedge Way or contacts Jodie or the children outside the agreed contact, Jodie "
              "will ring 999 and the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. If Jodie takes an overdose or is admitted to hospital, the children "
              "will stay with Maureen Hale at 3 Rook Lane and the SW will see them there the next day."),
        ("p", "If there is another incident of domestic abuse, or Jodie stops taking her medication, before "
              "RCPC 2, the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 6 weeks at Folkmarsh Academy, 4pm: Tuesday 20/05/2025, Tuesday 01/07/2025 and "
              "Tuesday 12/08/2025. RCPC 2: Tuesday 07/10/2025, 10am, Folkmarsh Civic Offices, Room 3."),
        ("p", "Parents' views: Jodie said she agreed with the plan and wants the Freedom Programme to start "
              "soon. Shane did not attend; his comments were read out by the chair. Record approved by "
              "Mark Ellison on 11/04/2025."),
    ],
    "findings": [
        F("H001", "Continue to support Jodie with her mental health through care coordination"),
        F("M002", "Continue to support Jodie with her mental health through care coordination"),
        F("W002", "arrives at school upset or says something about home"),
        F("W001", "Refer Reuben to the school nursing team about his soiling"),
        F("T002", "Jodie to attend the Freedom Programme for women"),
        F("T002", "Play sessions for Reuben on his feelings and worries"),
        F("M001", "Update the child and family assessment, including the effect"),
        F("F003"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Typed outline: lettered sections, then the plan under numbered themes
#    and sub-themes (1 / 1.1 / a), hard-wrapped with hanging indents (txt,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_fintonbury_icpc_numbered_themes_outline_fairclough.txt",
    "split": "tune",
    "actions": 17,
    "template": "icpc-plan-plain-text-lettered-sections-a-to-i-then-plan-under-numbered-themes-and-subthemes-1-1-1-lettered-a-b-c-actions-hard-wrapped-hanging-indent",
    "description": (
        "Initial conference plan for a 15-year-old who self-harms and her 11-year-old brother, a young "
        "carer (father's bipolar disorder, a manic relapse and admission last autumn, the children left "
        "alone overnight). Plain text typed as an outline: lettered sections A to I, then the plan under "
        "numbered themes (1 LEAH'S SAFETY ..., 1.1 Self-harm, ...) with 17 lettered a) b) c) actions, "
        "hard-wrapped with hanging indents, each naming who, when and what will show it. The CMHT care "
        "coordinator and psychiatrist report on the father's capacity to change, the aunt's help has a "
        "fallback, dates and the legal step are set. Exemplary."
    ),
    "text": """\
FINTONBURY COUNCIL
Children and Young People's Service - Child Protection and Review

CHILD PROTECTION PLAN
================================================================================
Children:      Leah FAIRCLOUGH (15), Year 10, Fintonbury High School
               Owen FAIRCLOUGH (11), Year 6, Larkhill Primary School
Address:       40 Kestrel Road, Fintonbury FT3 9LW
Conference:    Initial child protection conference, Thursday 5 June 2025
Category:      Neglect
Social worker: Dominic Fry, West Locality Team (DF)
Chair:         Angela Mbeki
Typed:         9 June 2025 by DF. Version 1. Sent to Neil, Leah, Owen and
               every agency named below.
================================================================================

A. THE FAMILY

Neil Fairclough (44) is Leah and Owen's dad and cares for them on his own.
Their mum, Kate Fairclough, lives abroad and speaks to them on video most
Sundays. Joanne Fairclough (39), Neil's sister, lives at 11 Heron Close,
Fintonbury, and works shifts as a porter at Fintonbury General Hospital.

B. WHY THERE IS A PLAN

Neil has bipolar disorder and is under the Fintonbury Community Mental Health
Team (CMHT). In October 2024 he stopped taking his lithium, became manic, and
left Leah and Owen on their own for two nights while he drove to the coast. He
was admitted to Larch Ward for three weeks and the children stayed with Joanne.
Since he came home Neil has missed doses twice. Leah has been cutting her arms
since November; in May she needed stitches at A&E. Owen gets his own breakfast,
does most of the shopping and says he "keeps an eye on Dad". There were no
clean school clothes and little food in the house on two visits in May.

C. WHAT LEAH AND OWEN SAY

Leah (seen alone at school, 29 May): "When Dad's high it's scary because he's
not Dad. When he's low I have to hold everything together. Cutting is the only
thing that takes the noise away." She wants "Dad to take his tablets without
me nagging" and does not want to go into care. She scored home 4 out of 10 for
feeling safe, and Aunty Jo's 8.

Owen (seen alone at home, 2 June): "I check Dad's tablets. If he doesn't take
them I tell Leah." He said the worst night was "when Dad went to the seaside and
didn't come back". He likes football and Minecraft and wants "normal dinners
like at Aunty Jo's". He drew a picture of himself carrying a big bag of
shopping.

D. WHAT IS WORKING WELL

Neil went back on his lithium in May and came to conference; he said "I know
the kids have been carrying me". Joanne is close to both children and stepped
in last autumn. Leah goes to CAMHS and says she likes her psychologist. Owen's
attendance is 97%.

E. WHAT NEEDS TO BE DIFFERENT (OUTCOMES)

  - Leah is safer: she hurts herself less often and less seriously, and she
    goes to an adult the same day when she has the urge to cut.
  - Owen is not doing an adult's jobs: he is not in charge of his dad's tablets
    or the shopping.
  - Leah and Owen are always cared for by an adult who is well enough to look
    after them, and when Neil starts to become unwell a plan starts before the
    children are on their own.
  - Both children are in school every day, with clean clothes and regular
    meals at home.

F. THE PLAN

1   LEAH'S SAFETY AND EMOTIONAL HEALTH

1.1 Self-harm

    a) Dr Hana Sayed (clinical psychologist, Fintonbury CAMHS) will see Leah
       every Tuesday at 4pm for DBT skills sessions, review her risk at each
       session, and send DF a written update, with Leah's safety plan
       attached, before each core group.

    b) Neil will keep all medication, razor blades and sharp knives in the
       lockbox CAMHS gave him, from 13 June, and DF will check that the box is
       locked and the key is with Neil at every home visit.

1.2 School

    a) Mrs Carol Ogden (head of Year 10 and DSL, Fintonbury High) will meet
       Leah every Monday and Thursday at morning break as her trusted adult,
       and will send DF her check-in log every two weeks.

    b) Pam Leckie (school nurse, Fintonbury High) will run a drop-in for Leah
       every other Wednesday lunchtime and record on the school health record
       whether Leah came and any new injuries seen, sharing the record with DF
       before each core group.

2   OWEN

2.1 Being a young carer

    a) Gemma Ruddock (Fintonbury Young Carers) will complete a young carer's
       assessment with Owen by Friday 11 July and share the written
       assessment with Owen, Neil and DF.

    b) Owen will go to the Young Carers Saturday club (10am to 1pm) every
       other Saturday from 14 June, and Gemma will send DF the club register
       at the end of each month.

2.2 School

    a) Mr Idris Malik (DSL, Larkhill Primary) will check Owen's attendance each
       morning, ring Neil by 9.30am if Owen is not in, and email DF the
       attendance figures every Friday until the end of term.

    b) Mr Malik will hold a transition meeting with Fintonbury High by Friday
       11 July so that Owen has a named trusted adult there from September,
       and will send the meeting notes to DF.

3   NEIL'S MENTAL HEALTH AND THE CARE AT HOME

3.1 Treatment and early warning signs

    a) Ros Kettle (care coordinator, Fintonbury CMHT) will see Neil at home
       every two weeks, go through his early warning signs plan with him, and
       send DF a written report before each core group on whether Neil is
       keeping to his treatment and making the changes he needs to care
       safely for Leah and Owen, and how long that is likely to take.

    b) Dr Peter Lamb (consultant psychiatrist, Fintonbury CMHT) will review
       Neil's medication in outpatients by 30 June and every three months
       after that, and write to DF after each review with his view of Neil's
       prognosis and what it means for the children's care.

    c) Dr Yasmin Hart (GP, Fintonbury Central Surgery) will take Neil's
       lithium level every three months, the next by 20 June, and send the
       result to Ros Kettle and DF within a week of each test.

    d) Neil will agree his early warning signs plan with Leah and Owen at a
       family meeting with Ros by 27 June, so the children know who to tell
       and it is not their job to manage his tablets; DF will see the signed
       copy on the fridge at his next visit.

3.2 Days and nights at home

    a) DF will visit every week until the review conference, at least one
       visit in three unannounced and one a month in the evening, see Leah and
       Owen on their own each time, and record what they say and what food is
       in the house in his visit notes.

    b) Sadie Brook (family support worker, Fintonbury Family Centre) will work
       with Neil on a weekly meal plan and a bedtime routine for Owen every
       Tuesday evening for eight weeks from 10 June, check the routine chart
       at each session, and send DF a closing report by 5 August.

4   FAMILY AND FRIENDS

    a) Joanne will ring Neil at 8pm every evening and, if he does not answer
       or sounds unwell, go round that evening; she will keep a log of the
       calls, which DF will see at each core group.

    b) Joanne will take Leah to her CAMHS sessions every Tuesday and wait for
       her, and the CAMHS sign-in sheet will show who came with Leah each week.

    c) DF will hold a family network meeting with Neil, Joanne, Kate (by
       video) and Neil's friend Gary Hume by Friday 4 July to agree who else
       can help, and send everyone the written family network plan within
       five working days of the meeting.

G. IF THINGS GO WRONG (CONTINGENCY)

  - If Neil shows two or more of his early warning signs (not sleeping for two
    nights, spending sprees, talking very fast, missing lithium doses), Ros
    Kettle will see him within 24 hours, or the CMHT crisis team the same day,
    and Leah and Owen will stay with Joanne at 11 Heron Close until the CMHT
    says Neil is well enough to care for them.
  - If Leah hurts herself badly enough to need medical treatment, Neil or
    school will take her to A&E, the CAMHS crisis team will assess her the
    same day, and DF (or the emergency duty team) will hold a strategy
    discussion within 24 hours.
  - If Joanne cannot have the children because she is at work, ill or away,
    DF (or the emergency duty team) will place them with emergency foster
    carers that day. If Joanne cannot take Leah to CAMHS on a Tuesday, Sadie
    Brook will take her instead.

H. IF THE PLAN IS NOT WORKING

If Neil stops his lithium again or needs another admission before the review
conference, or the children are left without an adult overnight even once, DF
will ask his team manager, Lorna Pettit, for a legal planning meeting within
five working days.

I. CORE GROUP AND REVIEW

Core group: every four weeks on a Tuesday at 4.30pm, at Fintonbury Family
Centre - 17 June, 15 July and 12 August 2025.
Review child protection conference: Thursday 28 August 2025, 10am,
Fintonbury Town Hall, Committee Room 2.

================================================================================
END OF PLAN
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a looked-after baby on the children's ward:
#    a two-column Action | Comments table with the owner, the date and the
#    evidence written inside the Comments cell (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_flaxhurst_icpc_lac_ward_action_comments_sutcliffe.docx",
    "doc_title": "Child Protection Plan - Ivy Sutcliffe",
    "split": "tune",
    "actions": 11,
    "template": "icpc-lac-baby-on-childrens-ward-docx-kv-details-reason-ivy-on-the-ward-parents-views-then-two-column-action-comments-table-owner-date-evidence-inside-comments-contingency-meetings-no-outcomes",
    "description": (
        "Initial conference plan for a 10-week-old accommodated under section 20 and still on the "
        "children's ward with an unexplained femur fracture and older rib fractures (mother prescribed "
        "sertraline for postnatal depression). The plan is a two-column Action | Comments table; each "
        "Comments cell carries the owner, the date and the evidence in free text. Faults: the social "
        "worker visits 'when possible' and nobody else is set to visit (T002, L001), a police "
        "investigation with no evidence (M001), an assessment with an owner and no date (T001), a family "
        "network meeting with a date and no owner (W001), 'Family - as and when' (W002, T002), 'to be "
        "reviewed at core group' (M002), no outcome for Ivy anywhere (O001), and the mother's depression "
        "owned only by her own GP appointment (F004)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Flaxhurst County Council – Children's Services – Hospital Social Work Team"),
        ("table", {
            "header": None,
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Child", "Ivy Sutcliffe, born 07/04/2025 (10 weeks old at conference)"],
                ["Mother", "Leanne Sutcliffe (22)"],
                ["Father", "Callum Reid (25) – named on the birth certificate, has parental responsibility"],
                ["Home address", "Flat 3, 18 Varley Street, Flaxhurst FX2 6NB"],
                ["Where Ivy is", "Puffin Ward (children's ward), Flaxhurst General Hospital, since 02/06/2025"],
                ["Legal status", "Looked after – accommodated under section 20 since 04/06/2025, with both "
                                 "parents' agreement. Ivy will go to foster carers when she is discharged."],
                ["Conference", "Initial child protection conference, Tuesday 17/06/2025, Flaxhurst General "
                               "Hospital, Education Centre"],
                ["Category", "Physical abuse"],
                ["Social worker", "Rebecca Lyle, Hospital Social Work Team"],
                ["Chair", "Howard Ince, Independent Chair"],
            ],
        }),
        ("h2", "Reason for the conference"),
        ("p", "Leanne and Callum brought Ivy to the Emergency Department on 02/06/2025 because her left thigh "
              "was swollen and she screamed when it was touched. An X-ray showed a spiral fracture of the left "
              "femur. The skeletal survey on 04/06/2025 also showed two healing fractures of the back of the "
              "ribs, thought to be two to four weeks old. Neither parent has given an explanation that fits "
              "the injuries. Flaxhurst Police Child Abuse Investigation Team are investigating and both "
              "parents have been interviewed under caution once. Ivy was in Callum's care on the evening "
              "before she was brought in, while Leanne was asleep."),
        ("p", "Leanne told the health visitor in May that she felt \"really low and tearful all the time\". Her "
              "GP diagnosed postnatal depression and started her on sertraline on 20/05/2025. She says she "
              "has been taking it but is not sure it is helping."),
        ("h2", "Ivy on the ward"),
        ("p", "Ivy is in a side room on Puffin Ward in a hip spica cast. The nurses say she feeds well, taking "
              "120ml every three to four hours, and settles quickly when she is held upright against a "
              "shoulder. She startles and cries at sudden noises and cries hard during nappy changes because "
              "of the cast. She has started to smile at the nurse who looks after her most days and follows "
              "faces with her eyes. During contact she calms more quickly with Leanne than with Callum."),
        ("h2", "What Leanne and Callum say"),
        ("p", "Both parents say they do not know how Ivy was hurt. Callum thinks her leg may have caught in the "
              "bars of her cot. Leanne said: \"I just want her home, I'd never hurt her.\" They agreed to "
              "section 20 so that Ivy could go to foster carers rather than stay longer in hospital, and they "
              "want to be assessed to care for her."),
        ("h2", "The plan"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Supervise all of Leanne and Callum's contact with Ivy on Puffin Ward",
                 "Sister Amy Tait, Puffin Ward – at every contact session. Each session written up on the "
                 "ward's supervised contact record and emailed to the SW the next morning."],
                ["Visit Ivy on the ward and see how she is with the nursing staff and at feeds",
                 "SW Rebecca Lyle – when possible. Visits recorded on Ivy's file."],
                ["Repeat the skeletal survey and write the child protection medical report",
                 "Dr Nadia Karim, consultant paediatrician. Repeat survey by 18/06/2025; full written CP "
                 "medical report to the SW and police by 25/06/2025."],
                ["Joint investigation with the police, including second interviews with both parents",
                 "DC Owen Bright, Flaxhurst Police CAIT – by 30/06/2025."],
                ["Hold a legal planning meeting to decide whether to issue care proceedings",
                 "Team manager Gail Rooke – within 5 working days of receiving the CP medical report (by "
                 "02/07/2025). Decision and minutes recorded on Ivy's file and shared with the parents' "
                 "solicitors."],
                ["Find a foster placement and hold a discharge planning meeting for Ivy",
                 "SW Rebecca Lyle with Flaxhurst Fostering Service – before Ivy is medically fit for discharge. "
                 "Placement confirmed in writing to the ward and the parents; discharge plan sent to every "
                 "agency."],
                ["Leanne to make a GP appointment to review her sertraline",
                 "Leanne – by 27/06/2025. Appointment card to be shown to the SW."],
                ["Parenting assessment of Leanne and Callum, including what is seen of their care of Ivy "
                 "during contact",
                 "SW Rebecca Lyle. Written report to be shared with Leanne, Callum and the core group."],
                ["Family network meeting to identify relatives who might be able to care for Ivy",
                 "By 04/07/2025. Names of possible carers recorded and viability assessments booked."],
                ["Tell the SW about any change of address, phone number or relationship",
                 "Family – as and when. Each change logged on Ivy's file by the SW."],
                ["Plan Ivy's health visiting and follow-up appointments for after discharge, with the ward "
                 "and the foster carers",
                 "HV Claire Marsh – before discharge. To be reviewed at core group."],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If either parent tries to take Ivy off the ward, comes to contact under the influence of alcohol "
              "or drugs, or is aggressive to staff, the nurse in charge will call hospital security and the "
              "police on 999 and then the SW (or the emergency duty team); contact will stop that day and the "
              "SW will apply for an emergency protection order if it is needed to keep Ivy on the ward. If "
              "either parent withdraws their section 20 agreement, or the CP medical report says Ivy's "
              "injuries were most likely inflicted, the SW will ask for an urgent legal planning meeting the "
              "same day."),
        ("h2", "Core group and review"),
        ("p", "First core group: Tuesday 01/07/2025, 2pm, Puffin Ward meeting room. Then every 4 weeks: "
              "Tuesday 29/07/2025 and Tuesday 26/08/2025. Review child protection conference: Tuesday "
              "09/09/2025, 10am, Flaxhurst County Hall."),
        ("p", "Plan written by Rebecca Lyle and agreed by the chair on 18/06/2025."),
    ],
    "findings": [
        F("T002", "Visit Ivy on the ward and see how she is"),
        F("M001", "Joint investigation with the police, including second interviews"),
        F("T001", "Parenting assessment of Leanne and Callum, including what is seen"),
        F("W001", "Family network meeting to identify relatives who might"),
        F("W002", "Tell the SW about any change of address"),
        F("T002", "Tell the SW about any change of address"),
        F("M002", "Plan Ivy's health visiting and follow-up appointments"),
        F("L001"),
        F("O001"),
        F("F004"),
    ],
})
