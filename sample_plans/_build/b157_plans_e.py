"""Batch 157, module e: seven fictional plans (held-out material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from local authorities and agencies whose house styles have not
been seen before, so that a careful reader has to find the owner, the time
and the measure where each author put them, and must not criticise a sound
plan because its layout is strange. A pre-birth plan written as first-person
promises in a "Promise | Made by | From / by | We'll see it's kept because"
table with stage banners (docx); a first review plan whose table reads
date-first, "By when | Who | What | We'll know because", under outcome banner
rows (landscape docx); a joint council and hospital ward plan for a
looked-after disabled boy, its rows grouped under phase banners that carry
the timing, with a page header and footer (PDF); a social worker's letter to
a 15-year-old after her initial conference, each "What happens next" bullet
closing with the owner and time in brackets (PDF); a core group family plan
for an 8-year-old and a baby whose father has schizophrenia, with outcomes in
the family's words, "What Leo told me", "Leo's drawings" and owner lead-ins
("Marcus will:") over bullets that each carry "We'll know because" (md); a
transfer-out plan for a family moving to another authority, with one
"Doing what | Whose job | Timing | Proof it's happened" table under each
worry (md); and plain-text core group notes keyed by initials, ending in an
action log of labelled When / Evidence / Status lines with one closed
referral (txt).

Four plans are exemplary: Endleby (pre-birth promises, docx), Elderholt
(looked-after boy on the ward, PDF), Eddisford (family plan, md) and
Ellingthorpe (core group notes, txt). Three carry a realistic mix of faults
among mostly good rows: Easterholm (docx), Emmingcote (PDF letter) and
Eskhallow (md, transfer out).

Counting actions (convention 1): each live row of an action table (stage,
phase and outcome banner rows are headings, not actions), each bullet of an
action section (the Eddisford bullets under each "X will:" lead-in, the
Emmingcote "What happens next" bullets), and each entry of the Ellingthorpe
action log except the one-off referral marked CLOSED. Not counted: the
contingency, meeting dates, who's-who lists and updates given in the notes.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, mother on methadone who used crack cocaine early in the
#    pregnancy, father smoking cannabis, brother aged 7, maternal grandmother
#    staying nights after the birth. First-person promises table with stage
#    banners. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_endleby_prebirth_promises_made_by_kept_because_kilbride.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kilbride and Kai Kilbride",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "prebirth-plan-docx-landscape-whos-who-bullets-why-worried-in-kais-words-babys-world-so-far-what-they-will-need-then-first-person-promise-made-by-from-by-well-see-its-kept-because-table-under-stage-banners-plan-b-keeping-plan-on-track",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 7-year-old brother whose mother is on "
        "methadone and used crack cocaine early in the pregnancy, and whose father smokes cannabis. "
        "Every action is a promise in the first person in a landscape table headed Promise / Made "
        "by / From or by / We'll see it's kept because, under banners for before the birth, the "
        "hospital and the first weeks home. The drug service reports on capacity to change, the "
        "GP and the specialist midwife own actions, the grandmother's nights have a fallback, "
        "legal planning follows named triggers, core group and review dates are set, and Kai's "
        "own words are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Endleby Metropolitan Borough Council · Children and Young People's Service · "
              "Infant and Pre-birth Safeguarding Team"),
        ("kv", [
            ("Unborn baby", "Baby Kilbride, due 26/01/2026 (Shannon was 28 weeks pregnant at the conference)"),
            ("Brother", "Kai Kilbride (7), DOB 14/03/2018, Year 3 at Larkhill Primary School"),
            ("Living at", "15 Tanner's Row, Endleby EN4 2PL, with Shannon Kilbride (27, Mum) and Dwayne "
                          "Pollard (30, Dad to Kai and the baby)"),
            ("Category", "Neglect (Kai and the unborn baby)"),
            ("Conference", "Initial (pre-birth) child protection conference, Monday 03/11/2025. "
                           "Chair: Rukhsana Bell"),
            ("Social worker", "Abi Okoro (team manager: Declan Fry)"),
        ]),
        ("h1", "Who's who"),
        ("bullets", [
            "Shannon Kilbride – Mum. On a methadone script from Endleby Recovery Hub for six years.",
            "Dwayne Pollard – Dad. Works days at a builder's merchant.",
            "Linda Kilbride – Nana, Shannon's mum, 8 Foundry Lane (five minutes' walk).",
            "Amber Hollis – Shannon's cousin, 21 Coldwell Court; offered to help if Linda cannot.",
            "Abi Okoro – social worker. Declan Fry – her team manager.",
            "Rob Tennant – recovery worker, Endleby Recovery Hub (adult drug and alcohol service).",
            "Harriet Lyle – specialist substance misuse midwife, Endleby General Hospital.",
            "Dr Fiona Achterberg – consultant neonatologist, Endleby General Hospital.",
            "Dr Imran Qureshi – GP, Tanner's Row Surgery.",
            "Jess Moorcroft – health visitor.",
            "Mrs Pamela Doyle – designated safeguarding lead, Larkhill Primary School.",
        ]),
        ("h1", "Why we are worried"),
        ("p", "Shannon has been on methadone since 2019. Between May and July 2025 she also used crack cocaine, "
              "and her urine tests at booking and at 16 weeks were positive for cocaine. On 19/07/2025 Kai was "
              "found by a neighbour on the main road at 9pm looking for his mum; Shannon was asleep and Dwayne "
              "was out. Dwayne smokes cannabis most evenings, and the health visitor smelt it in the house in "
              "September. Since 11/08/2025 every one of Shannon's weekly tests has been clear of cocaine, and "
              "she has not missed a methadone pick-up since August. The baby is likely to need watching for "
              "withdrawal after birth."),
        ("h1", "In Kai's words"),
        ("p", "Kai was seen on his own at school on 28/10/2025. “When Mum's really sleepy I can't wake her up, "
              "so I went to find Dad. I was scared on the big road.” About the baby: “I'm going to be the big "
              "brother. I want it to have my old blue blanket.” He said the best thing at home is “when Nana "
              "comes and does fish fingers” and the worst is “when Dad's smoky and Mum's asleep”. He scored "
              "home 5 out of 10 and said it would be 10 “if Mum was never too sleepy”."),
        ("h1", "What we know about the baby's world so far"),
        ("p", "The 28-week scan showed the baby growing on the 40th centile. Shannon says the baby kicks most "
              "after breakfast and when Kai sings to her bump. Shannon has been to every antenatal appointment "
              "since August, and has bought a Moses basket, which was seen in her bedroom on 30/10/2025."),
        ("h1", "What the baby and Kai will need"),
        ("bullets", [
            "The baby is born into a home where nobody looking after them uses crack cocaine or cannabis, and "
            "where Shannon's methadone is always locked away.",
            "Any withdrawal the baby has is picked up and treated in hospital before the baby comes home.",
            "The baby is fed, held and settled by a sober, awake adult at every feed, day and night, and gains "
            "weight steadily after birth.",
            "The baby sleeps on their back in their own Moses basket at every sleep.",
            "Kai gets to school on time every day, is never left to look for his mum or dad, and has a grown-up "
            "he can tell when he is worried.",
        ]),
        ("h1", "Our promises"),
        ("p", "At the conference each person said what they would do, and their promise is written below as "
              "they said it. “From / by” is when; the last column is what anyone can check. The shaded lines "
              "are the three stages of the plan."),
        ("table", {
            "header": ["No.", "Promise", "Made by", "From / by", "We'll see it's kept because"],
            "widths": [1.0, 9.0, 4.6, 4.5, 6.6],
            "rows": [
                ["Before the baby is born", H, H, H, H],
                ["1",
                 "I will visit Kai and Shannon at home every week, one visit in three unannounced, and see Kai on "
                 "his own each time.",
                 "Abi Okoro, social worker",
                 "Weekly from 04/11/2025 until the birth",
                 "Visit records show Kai seen alone every week, with what he says written down"],
                ["2",
                 "I will go to key-work at the Recovery Hub and give a urine sample every Tuesday, so that I am "
                 "clear of crack cocaine when the baby comes and can look after Kai properly.",
                 "Shannon Kilbride (Mum)",
                 "Every Tuesday from 04/11/2025",
                 "Rob sends Abi each result by the Wednesday; every result is negative for cocaine"],
                ["3",
                 "I will see Shannon every week, test her urine, and write to each core group saying whether she "
                 "is making the changes the baby and Kai need, what still has to change and how long that is "
                 "likely to take.",
                 "Rob Tennant, recovery worker, Endleby Recovery Hub",
                 "Weekly; report two working days before each core group",
                 "Rob's written report and the test results are on the children's file before every core group"],
                ["4",
                 "I will see Shannon at the substance misuse antenatal clinic every two weeks and write a birth "
                 "plan with her that says how the baby will be checked for withdrawal.",
                 "Harriet Lyle, specialist midwife",
                 "Fortnightly; birth plan by 36 weeks (29/12/2025)",
                 "Birth plan on the maternity record and copied to Abi by 29/12/2025; clinic attendance emailed to "
                 "Abi after each appointment"],
                ["5",
                 "I will write to Abi about Shannon's health and prescriptions, and tell Abi in writing if Shannon "
                 "misses a GP appointment, so that the core group knows at once if Kai or the baby could be "
                 "affected.",
                 "Dr Imran Qureshi, GP",
                 "Letter by 17/11/2025; any missed appointment within two working days",
                 "GP letter on the children's file by 17/11/2025 and a letter for every missed appointment"],
                ["6",
                 "I will stop smoking cannabis in the house and the car, and go to the Recovery Hub's cannabis "
                 "group, so that there is no smoke around Kai or the baby.",
                 "Dwayne Pollard (Dad)",
                 "From 04/11/2025; group every Thursday for eight weeks",
                 "Group register sent to Abi after weeks 4 and 8; no cannabis smelt at any visit (visit records)"],
                ["7",
                 "I will see that Kai is in school each morning and tell Abi the same day if he is late, absent, "
                 "hungry or says something that worries us.",
                 "Mrs Pamela Doyle, DSL, Larkhill Primary",
                 "Every school day",
                 "Attendance emailed to Abi every Friday and staying at 95% or more; same-day calls logged on "
                 "CPOMS"],
                ["8",
                 "I will do four sessions with Kai about the new baby and about who he can talk to when he is "
                 "worried, using his own drawings.",
                 "Abi Okoro, social worker",
                 "Four sessions by 19/12/2025",
                 "Kai's drawings and words kept on his file and brought to the core group on 15/12/2025"],
                ["In hospital, after the birth", H, H, H, H],
                ["9",
                 "We will score the baby for signs of withdrawal every four hours for at least five days, and tell "
                 "Abi before discharge whether the baby is well enough to go home.",
                 "Dr Fiona Achterberg, consultant neonatologist, for the neonatal team",
                 "Every four hours from birth, for at least five days",
                 "Withdrawal scores on the baby's chart; Dr Achterberg's discharge note copied to Abi before "
                 "discharge"],
                ["10",
                 "I will visit the baby and Shannon on the ward every other day, and hold a discharge planning "
                 "meeting with the hospital and the family before the baby leaves.",
                 "Abi Okoro, social worker",
                 "Every other day from the birth; meeting before discharge",
                 "Ward visits written in the visit records; discharge meeting minutes sent to everyone before the "
                 "baby goes home"],
                ["The first eight weeks at home", H, H, H, H],
                ["11",
                 "I will stay at Tanner's Row every night for the first two weeks the baby is home, so that there "
                 "is a sober adult awake for the night feeds.",
                 "Linda Kilbride (Nana)",
                 "Every night for the first 14 days after discharge",
                 "Linda writes each night feed on the feed chart, which Abi and Jess read at every visit"],
                ["12",
                 "I will visit the baby at home every week, weigh them and look at where they sleep.",
                 "Jess Moorcroft, health visitor",
                 "Weekly from the day after discharge until the baby is 8 weeks old",
                 "Weights plotted in the red book, with the baby back to birth weight by 14 days; the Moses "
                 "basket seen clear at each visit"],
                ["13",
                 "I will visit twice a week for the first four weeks the baby is home and then every week, and "
                 "see the baby awake and being fed and Kai on his own.",
                 "Abi Okoro, social worker",
                 "Twice weekly from discharge for four weeks, then weekly",
                 "Visit records show the baby seen awake and fed, and Kai seen alone, at the frequency promised"],
            ],
        }),
        ("h1", "Plan B – if things go wrong"),
        ("bullets", [
            "If Shannon has a urine result positive for cocaine or heroin, misses two methadone pick-ups in a "
            "row, or is seen under the influence while looking after Kai: Kai stays with Linda at 8 Foundry Lane "
            "from that day, and Abi holds a strategy discussion with Endleby Police and Harriet Lyle the same "
            "day. If this happens after the birth, the baby stays on the ward until the strategy discussion has "
            "agreed where the baby will live.",
            "If Dwayne smokes cannabis in the house or the car, or cannabis is smelt at a visit: Dwayne moves to "
            "his brother Craig's flat at 41 Weaver Street that day, and comes to the house only when Linda or "
            "Abi is there until the next core group.",
            "If Linda cannot stay the nights after the birth (she is ill, or it becomes too much for her): "
            "Amber Hollis stays instead; if neither of them can, Abi arranges that day for Shannon and the baby "
            "to go to a parent-and-baby foster placement, and the baby stays on the ward until it is ready.",
            "If Shannon has two positive results for cocaine before 36 weeks, or Rob's report to the core group "
            "on 12/01/2026 says she cannot make the changes in time for the baby, Abi will ask Declan Fry for a "
            "legal planning meeting within five working days, to decide whether to start pre-proceedings under "
            "the Public Law Outline before the baby is born.",
        ]),
        ("h1", "Keeping the plan on track"),
        ("p", "The core group meets every four weeks on Mondays at 1.30pm at Endleby Family Hub: 17/11/2025, "
              "15/12/2025 and 12/01/2026, and again within 10 working days of the baby coming home. The review "
              "child protection conference is on Monday 02/02/2026 at 10am at Endleby Civic Hall. Abi will ask "
              "Kai before each core group what has been better or worse at home, and bring his words."),
        ("p", "Copies of this plan go to Shannon, Dwayne, Linda and everyone who made a promise."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review plan, mother with PTSD and anxiety after domestic abuse,
#    violent ex-partner released on licence, children aged 11 and 4,
#    grandfather doing the school run. Landscape date-first table under
#    outcome banner rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_easterholm_rcpc_date_first_outcome_banners_doherty.docx",
    "doc_title": "Child Protection Plan (first review) - Kayla and Finn Doherty",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-details-kv-since-icpc-in-kaylas-words-finn-seen-then-date-first-by-when-who-what-well-know-because-table-under-outcome-banner-rows-what-happens-if-meeting-dates",
    "description": (
        "Plan from the first review conference for an 11-year-old and a 4-year-old whose mother "
        "has PTSD and anxiety after years of abuse by Finn's father, now released on licence. A "
        "landscape table reads date first (By when / Who / What / We'll know because), its rows "
        "grouped under outcome banner rows. Most rows are sound (visits, probation recall, the "
        "IDVA, the grandfather's school run with a fallback, the DSL, the GP, counselling). "
        "Faults: 'All professionals' pass on what the children say; the nursery 'keeps an eye "
        "on' Finn's speech, reviewed at core group; the CMHT nurse only supports the mother, "
        "measured by her engagement; the mother's group 'when she feels ready'; a young carers "
        "referral with no one named; a parenting assessment with nothing to show for it; one "
        "outcome banner about the mother only; and the second review conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("p", "Easterholm Borough Council · Children's Social Work Service · Safeguarding Team North"),
        ("kv", [
            ("Children", "Kayla Doherty (11), DOB 02/02/2014, Year 7 at Easterholm High School; Finn Doherty (4), "
                         "DOB 25/06/2021, Sunflower Day Nursery"),
            ("Home", "Leanne Doherty (34, Mum), 31 Ravensdale Road, Easterholm EH6 4QS"),
            ("Finn's father", "Craig Bell (38). Released from HMP Holmbury on 01/10/2025 on licence; conditions: no "
                              "contact with Leanne or the children, not to enter Ravensdale Road"),
            ("Maternal grandfather", "Tom Doherty, 12 Cleve Terrace, Easterholm"),
            ("Category", "Emotional abuse (both children)"),
            ("Conferences", "Initial 12/08/2025; first review Tuesday 04/11/2025. Chair: Marion Ackroyd"),
            ("Social worker", "Ruth Adebayo (team manager: Sunil Varma)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "The children were made subject to plans after Craig, then on bail, came to the house on 26/07/2025 "
              "and punched the front-room window while Kayla and Finn watched. He was recalled to prison the "
              "following week. Leanne has post-traumatic stress disorder and anxiety; she has panic attacks, "
              "sleeps badly and on some mornings cannot face the school run. Kayla has been getting Finn dressed "
              "and ready. Since August Tom has done the mornings, Kayla's attendance has gone from 86% to 94%, "
              "and Leanne has started seeing a nurse from the community mental health team. Craig was released "
              "on licence on 01/10/2025 and has been seen twice on Ravensdale Road; both sightings were reported "
              "to probation."),
        ("h1", "In Kayla's words"),
        ("p", "Seen on her own at school, 28/10/2025: “I don't sleep properly because I keep thinking Craig's "
              "going to come back. I check the door's locked like five times. Grandad doing mornings is good "
              "because Mum's not stressed and I'm not late.” She wants “Craig to go away properly” and to go to "
              "the after-school drama club “but I can't because of Finn”. Kayla put herself at 4 out of 10 for "
              "feeling safe at home, up from 2 in August."),
        ("p", "Finn was seen at home on 30/10/2025. He showed Ruth his dinosaurs and said “Grandad's car is red”. "
              "When a van door slammed outside he ran to Leanne and hid his face; he settled when she held him."),
        ("h1", "The plan"),
        ("p", "Read each row from the left: the date comes first because the core group asked to check the plan "
              "against the calendar. The shaded lines are what we want to change for Kayla and Finn; the rows "
              "under each line are there to make it happen."),
        ("table", {
            "header": ["By when", "Who", "What", "We'll know because"],
            "widths": [4.3, 5.2, 9.2, 7.0],
            "rows": [
                ["Outcome 1 – Kayla and Finn are safe from Craig and do not see or hear any more threats or "
                 "violence", H, H, H],
                ["Weekly (Thursdays) from 06/11/2025 until the second review",
                 "Ruth Adebayo, SW",
                 "Visit Kayla and Finn at home, see Kayla on her own, and ask both children whether they have seen "
                 "or heard from Craig",
                 "Visit records show both children seen every week and Kayla seen alone, with her words written "
                 "down"],
                ["Within 24 hours of any breach",
                 "Marcus Kerr, probation officer, Easterholm Probation Delivery Unit",
                 "Tell the SW of any breach of Craig's licence conditions and start recall",
                 "Written notice of each breach on the children's file; licence report to every core group"],
                ["Weekly phone call; written safety plan by 30/11/2025",
                 "Gemma Hurst, IDVA, Easterholm Women's Aid",
                 "Safety planning with Leanne, including a code word Kayla can text to her grandad and a check that "
                 "the panic alarm works",
                 "Updated safety plan on file by 30/11/2025; Kayla can tell Ruth the code word"],
                ["Same day",
                 "All professionals",
                 "Pass to the SW anything Kayla or Finn say about Craig",
                 "Each report logged on the children's case file"],
                ["By 19/12/2025",
                 "Ruth Adebayo, SW",
                 "Complete a parenting assessment of Leanne, including how she would keep the children away from "
                 "Craig",
                 ""],
                ["Outcome 2 – Kayla and Finn get to school and nursery every day, on time, fed and ready to learn",
                 H, H, H],
                ["Every school morning from 17/11/2025",
                 "Tom Doherty (maternal grandfather)",
                 "Take Finn to nursery and walk Kayla to the bus stop for school",
                 "Nursery and school registers show both arriving on time; Tom texts Ruth every Friday"],
                ["Every school day; check-in every Wednesday",
                 "Mr Dev Raman, DSL, Easterholm High School",
                 "Check Kayla's attendance and lateness, and give her a weekly check-in with her learning mentor",
                 "Attendance printout to Ruth every Friday showing 95% or more; check-ins logged on CPOMS"],
                ["Every session (Monday to Thursday mornings)",
                 "Amy Pell, key worker, Sunflower Day Nursery",
                 "Keep an eye on Finn's speech and how he plays with other children",
                 "Reviewed at core group"],
                ["Outcome 3 – Leanne's anxiety is better managed and she feels more in control of her life",
                 H, H, H],
                ["Fortnightly",
                 "Nadia Farouk, community mental health nurse, Easterholm CMHT",
                 "Fortnightly home visits to support Leanne with her flashbacks and her sleep",
                 "Leanne engages with the visits"],
                ["By 28/11/2025",
                 "Dr Sarah Lund, GP, Ravensdale Medical Centre",
                 "Review Leanne's medication and write to the SW on how her sleep and panic attacks affect her care "
                 "of Kayla and Finn",
                 "GP letter on the children's file by 28/11/2025"],
                ["When she feels ready",
                 "Leanne Doherty (Mum)",
                 "Join the Women's Aid Recovery Toolkit group, so that she understands how what happened affects "
                 "Kayla and Finn",
                 "Attendance sheet from the group worker sent to Ruth after every fourth session"],
                ["Outcome 4 – Kayla has someone she trusts to talk to, and time to be a child rather than Finn's "
                 "carer", H, H, H],
                ["By 12/12/2025",
                 "-",
                 "Referral to Easterholm Young Carers for Kayla",
                 "Acceptance letter and the date of Kayla's first session on file"],
                ["Weekly from 10/11/2025; six sessions by 19/12/2025",
                 "Kim Latimer, school counsellor, Easterholm High School",
                 "Six counselling sessions with Kayla about what she saw and heard at home",
                 "Session log sent to Ruth; Kayla's own worry score recorded by Kim at the first and last session"],
            ],
        }),
        ("h1", "What happens if ..."),
        ("p", "... Craig comes to Ravensdale Road, or contacts Leanne or the children: Leanne or Kayla rings 999 "
              "(the address has a police marker), Marcus Kerr starts recall the same day, and Ruth holds a "
              "strategy discussion with Easterholm Police that day. If Leanne lets Craig into the house, the "
              "children go to Tom's at 12 Cleve Terrace that night."),
        ("p", "... Tom cannot do the mornings (he is ill or away): Leanne's neighbour Carol Bright takes Finn to "
              "nursery and Kayla catches the bus from Ravensdale Road; if neither can, Sunflower's breakfast club "
              "takes Finn from 8am (a place is held for him) and Ruth is told the same day."),
        ("p", "... Leanne is too unwell to get up or care for the children: she rings the CMHT duty line, Tom comes "
              "to stay, and Ruth visits the same day."),
        ("p", "... Craig comes to the house again, or Leanne lets him in: Ruth will ask Sunil Varma for a legal "
              "planning meeting within five working days."),
        ("h1", "Meeting dates"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.45pm at Easterholm High School: 03/12/2025, "
            "07/01/2026 and 04/02/2026.",
            "Second review child protection conference: to be arranged by the conference service.",
        ]),
    ],
    "findings": [
        F("W002", "Pass to the SW anything Kayla or Finn say"),
        F("M001", "Complete a parenting assessment of Leanne, including how"),
        F("M002", "Keep an eye on Finn's speech and how he plays"),
        F("F002", "Leanne's anxiety is better managed and she feels more in control of her life"),
        F("H001", "Fortnightly home visits to support Leanne with her flashbacks"),
        F("M002", "Fortnightly home visits to support Leanne with her flashbacks"),
        F("T002", "Join the Women's Aid Recovery Toolkit group"),
        F("W001", "Referral to Easterholm Young Carers for Kayla"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Joint council and hospital plan for a looked-after 9-year-old with
#    cerebral palsy on a children's ward after aspiration pneumonia; father
#    dependent on alcohol; paternal aunt visiting. Rows grouped under phase
#    banners that carry the timing; page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_elderholt_lac_ward_joint_plan_phase_banners_osullivan.pdf",
    "doc_title": "Joint Ward and Community Child Protection Plan - Reuben O'Sullivan",
    "split": "heldout",
    "actions": 12,
    "template": "joint-council-and-hospital-trust-ward-plan-paged-header-footer-legal-status-kv-how-reuben-tells-us-things-his-days-on-the-ward-what-we-want-then-ref-what-will-happen-lead-what-well-see-table-under-timed-phase-banners-ward-discharge-home-if-things-go-wrong-meetings",
    "description": (
        "Exemplary joint plan by a council and a children's hospital trust for a 9-year-old with "
        "cerebral palsy who does not speak, accommodated under section 20 and on a children's ward "
        "with aspiration pneumonia; his father is dependent on alcohol. A PDF with a page header "
        "and footer; the plan table's rows sit under three phase banners that give the timing "
        "(on the ward until discharge, the five working days before discharge, home until the "
        "review conference), and each row also says how often or by when. The social worker "
        "visits the ward twice a week and the foster carer daily, the alcohol service reports on "
        "change, the aunt's visits have a fallback, legal planning follows named triggers, and "
        "Reuben's signs and days on the ward are his voice."
    ),
    "header": "OFFICIAL-SENSITIVE – Elderholt Council and Elderholt Children's Hospital NHS Trust",
    "footer": "Reuben O'Sullivan – joint ward and community plan, 04/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Joint Ward and Community Child Protection Plan"),
        ("p", "Agreed at the review child protection conference held on Kestrel Ward, Tuesday 04/11/2025. "
              "Chair: Priya Dhillon (also Reuben's Independent Reviewing Officer)."),
        ("kv", [
            ("Child", "Reuben O'Sullivan (9), DOB 02/05/2016. Cerebral palsy; fed by gastrostomy; communicates by "
                      "eye-pointing, sounds and yes/no cards"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 12/09/2025, with his father's "
                             "written consent"),
            ("Placement", "Maureen and Paul Henshaw, Elderholt specialist foster carers, 22 Birchfield Drive"),
            ("In hospital", "Kestrel Ward, Elderholt Children's Hospital, since 20/10/2025 (aspiration pneumonia). "
                            "Discharge expected in the second half of November"),
            ("Father", "Sean O'Sullivan (44), 7 Quarry Lane. Alcohol dependent; in treatment at Elderholt Alcohol "
                       "Recovery Service"),
            ("Paternal aunt", "Bernadette Quill, 30 Linthorpe Avenue"),
            ("Category", "Neglect"),
            ("Social worker", "Gareth Nwachukwu, Children in Care Team (team manager: Alison Reay)"),
            ("Hospital safeguarding", "Joanne Pike, named nurse for safeguarding children; Sister Claire Udall, "
                                      "ward manager"),
        ]),
        ("h1", "Why Reuben has a plan"),
        ("p", "Reuben lived with his father until September. Sean's drinking had increased after Reuben's mother "
              "left in 2024, and Reuben missed feeds and his anti-seizure medicine on several days; on "
              "10/09/2025 his school nurse found him dehydrated with a pressure sore. Sean agreed to Reuben "
              "being looked after while he gets help. Reuben has been with the Henshaws since 12/09/2025 and "
              "was admitted to hospital on 20/10/2025 after food went into his lungs."),
        ("h1", "How Reuben tells us things, and his days on the ward"),
        ("p", "Reuben looks at the yes or no card to answer, smiles and kicks when he is happy, and turns his head "
              "away and goes still when he is unhappy or frightened. Maureen has written his signs in his "
              "communication book, which stays by his bed."),
        ("p", "On 31/10/2025 Gareth sat with Reuben for an hour. When Maureen came onto the ward he laughed and "
              "reached towards her. He looked at “yes” when asked if he liked the music the play specialist "
              "plays, and at “no” when asked if he liked the nights on the ward. The night nurses say he wakes "
              "at about 3am and cries until someone sits with him. When Sean visited sober on 30/10/2025 Reuben "
              "smiled at him and held his finger; on 24/10/2025, when Sean smelt of drink, Reuben turned his "
              "face to the wall for the whole visit."),
        ("h1", "What we want for Reuben"),
        ("bullets", [
            "Reuben is fed safely, and has no more chest infections from food or drink going into his lungs.",
            "Reuben is visited often by the people who matter to him, and is never without someone who knows "
            "his signs for long while he is in hospital.",
            "Reuben goes home to Maureen and Paul with carers trained in his new feeding plan and with the "
            "equipment he needs ready.",
            "Reuben only spends time with his dad when his dad is sober, and that time is safe and happy for "
            "him.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan has three phases. Each phase line says when its rows apply; each row also says how often "
              "or by when. Lead is the one person who answers for the row."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "What we'll see"],
            "widths": [1.2, 7.4, 3.8, 4.6],
            "rows": [
                ["Phase 1 – On Kestrel Ward: from 04/11/2025 until the day Reuben is discharged", H, H, H],
                ["1.1",
                 "Visit Reuben on the ward every Tuesday and Friday, see him awake, and ask the nurse looking after "
                 "him how his days and nights have been",
                 "Gareth Nwachukwu, SW",
                 "SW visit records show two ward visits every week, with what Reuben showed through his signs and "
                 "yes/no cards"],
                ["1.2",
                 "Visit Reuben every afternoon, stay for his 5pm feed and bedtime routine, and keep his "
                 "communication book up to date",
                 "Maureen Henshaw, foster carer (Paul Henshaw at weekends)",
                 "Ward visitor log and daily entries in the communication book, read by Gareth at each ward visit"],
                ["1.3",
                 "Visit Reuben every Wednesday afternoon and Sunday morning, and bring the family photo book he "
                 "likes",
                 "Bernadette Quill (paternal aunt)",
                 "Ward visitor log; Bernadette writes a line in the communication book at each visit"],
                ["1.4",
                 "Supervise Sean's visits, Monday and Thursday 2pm to 3pm only, after a breath test at the ward "
                 "door reads zero",
                 "Sister Claire Udall, ward manager (the nurse in charge when she is off)",
                 "Supervised visit sheet with the breath test reading for every visit, copied to Gareth each "
                 "Friday"],
                ["1.5",
                 "Tell Gareth the same day about any change in Reuben's health, any visit that does not happen and "
                 "any worry about Sean",
                 "Joanne Pike, named nurse for safeguarding children",
                 "Each call logged on the hospital safeguarding record and on Reuben's case file the same day"],
                ["1.6",
                 "Re-test Reuben's swallow by 14/11/2025, write his new feeding and positioning plan, and train "
                 "Maureen and Paul in it before discharge",
                 "Lucy Armitage, speech and language therapist",
                 "Feeding plan in the ward notes and copied to Gareth by 14/11/2025; training record signed off "
                 "for both carers"],
                ["1.7",
                 "Key-work and breath tests with Sean every Monday, and a written report before each core group on "
                 "whether he is making the changes Reuben needs and how long further change is likely to take",
                 "Dean Corbett, recovery worker, Elderholt Alcohol Recovery Service",
                 "Report and breath test results on Reuben's file two working days before each core group"],
                ["Phase 2 – Discharge: the five working days before Reuben leaves hospital", H, H, H],
                ["2.1",
                 "Hold a discharge planning meeting with the ward team, Maureen and Paul, Sean and Bernadette, and "
                 "agree the day Reuben goes home and who collects him",
                 "Gareth Nwachukwu, SW",
                 "Minutes sent to everyone within two working days, naming the discharge date and who is collecting "
                 "Reuben"],
                ["2.2",
                 "Check that the hoist, the profiling bed and the feeding pump are in place and working at the "
                 "Henshaws' home",
                 "Kerry Aspinall, community children's nurse",
                 "Home equipment checklist signed and sent to Gareth before the discharge date is agreed"],
                ["Phase 3 – Home with Maureen and Paul: from discharge until the review conference on 27/01/2026",
                 H, H, H],
                ["3.1",
                 "Visit Reuben at the Henshaws' home every week, one visit in four unannounced, and spend time with "
                 "him on his own",
                 "Gareth Nwachukwu, SW",
                 "SW visit records show Reuben seen weekly, with what he showed about his days"],
                ["3.2",
                 "Weigh Reuben every week and check his gastrostomy site and his chest",
                 "Kerry Aspinall, community children's nurse",
                 "Weight and chest notes on the community nursing record, copied to Gareth every two weeks; weight "
                 "stays at or above his discharge weight"],
                ["3.3",
                 "Supervise Sean's contact with Reuben at Brook Street Family Centre every Saturday, 10am to "
                 "11.30am, after a breath test that reads zero",
                 "Chantelle Moss, contact supervisor, Brook Street Family Centre",
                 "Contact record with the breath test reading sent to Gareth after each session"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Sean arrives on the ward smelling of alcohol or his breath test is above zero: the nurse in charge "
            "ends the visit, ward security asks him to leave, and Joanne Pike tells Gareth the same day. Sean's "
            "next ward visit is supervised by Gareth himself.",
            "If Sean tries to take Reuben from the ward or withdraws his consent to section 20: the ward calls the "
            "police at once, and Gareth asks Alison Reay for an emergency legal planning meeting the same day so "
            "that the council can apply for an interim care order.",
            "If Bernadette cannot make a visit (she works shifts): Maureen or Paul visits in her place, and Gareth "
            "tells the ward so that someone who knows Reuben's signs is with him that afternoon.",
            "If Maureen and Paul cannot take Reuben home on the agreed day (illness, or the equipment is not "
            "ready): Reuben stays on Kestrel Ward, Gareth keeps visiting every Tuesday and Friday, and the "
            "fostering team names a specialist carer within five working days.",
            "If Sean has not stayed sober for the eight weeks before the review conference, or Dean Corbett's "
            "report says he cannot make the changes in Reuben's timescale, Gareth will ask Alison Reay for a "
            "legal planning meeting within five working days to consider care proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 2pm on Kestrel Ward while Reuben is there: 20/11/2025, "
            "11/12/2025 and 08/01/2026.",
            "Looked-after review: 11/12/2025, after the core group.",
            "Review child protection conference: Tuesday 27/01/2026, 10am, Elderholt Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter to a 15-year-old after her initial conference.
#    Mother drinking heavily, mother's partner on licence, brother aged 6,
#    the aunt having Jade at weekends and Mason after school. "What happens
#    next" bullets each ending with the owner and time in brackets; page
#    header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_emmingcote_letter_to_young_person_bracket_owners_raines.pdf",
    "doc_title": "Letter to Jade Raines after the child protection conference",
    "split": "heldout",
    "actions": 13,
    "template": "sw-letter-to-young-person-paged-header-footer-second-person-why-we-had-the-meeting-what-you-told-me-what-we-all-want-then-what-happens-next-bullets-closing-with-owner-and-time-in-brackets-if-things-go-wrong-when-well-meet",
    "description": (
        "A social worker's letter to a 15-year-old after the initial conference, the plan written "
        "to her in the second person; she goes missing, her mother drinks heavily and her mother's "
        "partner is on licence; her brother is 6. Every 'What happens next' bullet ends with the "
        "owner and time in brackets. Most bullets are sound (the social worker's weekly meetings, "
        "school checks, return home interviews, the alcohol service reporting on change, the "
        "aunt's weekends, Jade's own texts). Faults: 'It is hoped that' the mother will join a "
        "group 'when she feels ready', with nothing to show it; a passive referral for a mentor; "
        "the probation officer will 'keep an eye on' the partner; 'all of us' report missing "
        "episodes; and the contingency never says what happens if the aunt cannot help."
    ),
    "header": "Emmingcote Borough Council – Children's Services – Adolescent Safeguarding Team",
    "footer": "Letter to Jade Raines, 12/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Meadow House, 4 Quay Street"),
        ("pr", "Emmingcote EM2 3RT"),
        ("pr", "12 November 2025"),
        ("pl", "Jade Raines"),
        ("pl", "27 Holloway Gardens"),
        ("pl", "Emmingcote EM5 8DN"),
        ("p", "Dear Jade,"),
        ("p", "Thank you for coming to the child protection conference on Monday 10 November, and for staying "
              "for the whole meeting even when it was hard to listen to. The conference decided that you and "
              "Mason need a child protection plan, under the category of neglect. This letter is that plan, "
              "written to you. Your mum has her own copy, and so does everyone who was at the meeting. Where a "
              "line ends with a name and a time in brackets, that is who is doing it and when."),
        ("h2", "Why we had the meeting"),
        ("p", "Since the summer your mum has been drinking most days, and on some evenings she has been too drunk "
              "to look after Mason, who is 6. You have been putting Mason to bed and getting him to school. You "
              "went missing four times in September and October, and on 18 October the police found you at the "
              "flat of a 24-year-old man in Dock Street. Your mum's partner, Lee Marsh, is on licence from "
              "prison and is not meant to live at Holloway Gardens, but Mason has said Lee sleeps there."),
        ("h2", "What you told me"),
        ("p", "When we met at the café on 6 November you said: “I go out because I can't stand being in the house "
              "when Mum's like that. I'm not scared of the people I hang round with. I'm more scared of what "
              "happens to Mason when I'm not there.” You said the best place is Auntie Steph's, “because it's "
              "quiet and she doesn't go on”, and that you want your mum “to stop drinking for real, not just "
              "say it”. You gave home 3 out of 10."),
        ("p", "Mason told me at school on 7 November: “Jade does my tea. Mummy sleeps on the settee. Lee plays "
              "Xbox with me.” He drew you holding his hand."),
        ("h2", "What we all want for you and Mason"),
        ("bullets", [
            "You are safe when you are out, you come home at night, and no adult is using you for sex, drugs or "
            "money.",
            "You go to school every day and are not the one who looks after Mason.",
            "Mason is looked after every evening and night by a sober adult who feeds him and gets him to school "
            "on time.",
            "You and Mason live in a home where Lee does not stay.",
        ]),
        ("h2", "What happens next"),
        ("bullets", [
            "I'll meet you every week on your own, wherever you choose – school, the Quay Street café or home – "
            "and write down what you tell me so that it goes to every core group (Nadia, every Tuesday from "
            "18/11).",
            "I'll see Mason at home every week after school, and write on my visit record what he says and how "
            "he seems (Nadia, every Thursday).",
            "Mrs Okafor, your head of year and the school's safeguarding lead, will meet you every Monday "
            "morning and send me your attendance every Friday; we want it at 95% or more by Christmas "
            "(Mrs Okafor, every Monday).",
            "Mrs Bell at Greenhill Infants will check that Mason is in school, fed and on time, and will ring me "
            "the same day if he isn't; she logs every call (Mrs Bell, every school day).",
            "PC Dan Roper from the Missing and Exploitation Team will do a return home interview with you after "
            "any time you go missing, and send me the notes (PC Roper, within 72 hours of each return).",
            "Kieran Doyle from Emmingcote Recovery Service will do an alcohol assessment with your mum, then see "
            "her every week and write to me before each core group saying whether she is drinking less and "
            "whether the changes are enough for you and Mason (Kieran, by 21/11, then weekly).",
            "It is hoped that your mum will also join the Families and Drink group at Northgate House when she "
            "feels ready.",
            "You will be referred to the Emmingcote Youth Mentoring Project for a mentor, and you'll get a "
            "letter with your mentor's name (by 28/11).",
            "Auntie Steph will have you to stay every Friday and Saturday night, and text me each Sunday morning "
            "to say you were there (Steph, every weekend from 14/11).",
            "Auntie Steph will collect Mason from school on Tuesdays and Thursdays and give him his tea at hers "
            "until your mum collects him at 6pm, so that you don't have to; Mrs Bell will note who collects "
            "him (Steph, every Tuesday and Thursday).",
            "Martin Cole, Lee's probation officer, will keep an eye on whether Lee is keeping to his licence and "
            "not staying at your house (Martin, monthly).",
            "All of us will tell the police and me straight away if we think you have gone missing, and I'll "
            "record each report on your file (all professionals, same day).",
            "You've said you'll text me or your mum by 10pm if you're not coming home, and we'll look back over "
            "the texts together at our Tuesday meetings (you, every night you're out).",
        ]),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If you're not home by 11pm and nobody can reach you, your mum will ring 101 and report you missing; "
            "the police will look for you, and I'll hold a strategy discussion with them the next working day.",
            "If you tell anyone that an adult has given you drugs, alcohol or money, or has hurt you, I'll hold a "
            "strategy discussion with the police that same day.",
            "If your mum is drunk while she's looking after Mason, you or school ring me (or the emergency duty "
            "team, 01632 960118), and Mason stays that night with his dad, Rob Ainsley, at 4 Cedar Walk, who has "
            "agreed to this.",
            "If Lee is found staying at the house, Martin Cole will be told the same day and Lee will be asked to "
            "leave; if he won't, the police will be called.",
            "If your mum is drunk while looking after Mason again, or you go missing three more times before the "
            "review, I'll ask my manager, Grace Ofori, for a legal planning meeting within five working days.",
        ]),
        ("h2", "When we'll meet"),
        ("p", "The core group – everyone named in this letter – meets every four weeks at Emmingcote Academy after "
              "school: 24/11/2025, 22/12/2025 and 19/01/2026. You are welcome at all of them, or I can bring your "
              "views. The review child protection conference is on Thursday 05/02/2026 at 10am at Meadow House."),
        ("p", "If anything in this letter is wrong, or you want something changed, text me on 07700 900417."),
        ("p", "Best wishes,"),
        ("pl", "Nadia Rehman"),
        ("pl", "Social Worker, Adolescent Safeguarding Team"),
    ],
    "findings": [
        F("T002", "It is hoped that your mum will also join"),
        F("M001", "It is hoped that your mum will also join"),
        F("W001", "You will be referred to the Emmingcote Youth Mentoring Project"),
        F("M002", "Martin Cole, Lee's probation officer, will keep an eye on"),
        F("W002", "All of us will tell the police and me straight away"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Family plan agreed at the first core group, father with schizophrenia
#    after a relapse, mother working nights, boy aged 8 and baby of 5
#    months, grandmother staying nights. Outcomes in the family's words,
#    "What Leo told me", "Leo's drawings", owner lead-ins over bullets with
#    "We'll know because". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_eddisford_family_plan_owner_lead_ins_well_know_because_hart.md",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-family-plan-md-whos-who-why-there-is-a-plan-what-leo-told-me-leos-drawings-adas-day-things-we-want-to-be-different-in-family-words-then-whos-doing-what-owner-lead-in-h3-bullets-with-well-know-because-plan-b-when-well-meet",
    "description": (
        "Exemplary family plan agreed at the first core group for an 8-year-old and a 5-month-old "
        "whose father has schizophrenia and relapsed after stopping his medication; the mother "
        "works nights. Outcomes are in the family's words under 'Things we want to be different', "
        "the child's voice under 'What Leo told me', 'Leo's drawings' and 'Ada's day'. The actions "
        "sit under owner lead-ins ('Marcus will:', 'The Early Intervention in Psychosis team "
        "will:'), each bullet with a time and a 'We'll know because'. Both psychosis-team bullets "
        "report on the father's capacity to change, the GP owns an action, the grandmother's "
        "nights and school runs have a fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "text": """\
# Our family plan – Leo and Ada

**Eddisford City Council · Children's Services · Family Safeguarding Team 3**

Child protection plan agreed at the first core group on Thursday 20/11/2025. The initial child protection
conference was on 06/11/2025 (chair: Veronica Lamb); category: neglect.

## Who's who

- **Leo Hart**, 8 (DOB 11/06/2017) – Year 4 at Riverside Primary School
- **Ada Hart**, 5 months (DOB 14/06/2025)
- **Yumi Nakamura**, 31 – Leo and Ada's mum; staff nurse on nights at Eddisford Royal Infirmary
- **Marcus Hart**, 34 – Leo and Ada's dad; has schizophrenia
- **Jean Hart**, 62 – Marcus's mum (Grandma Jean), 19 Cobden Street, ten minutes' walk
- **Keiko Nakamura**, 28 – Yumi's sister, Flat 4, 77 Harrowgate Road
- **Sam Oyelaran** – social worker; **Gwen Ellery** – Sam's team manager
- **Dr Ruth Calloway** (consultant psychiatrist) and **Owen Pratt** (care coordinator) – Eddisford Early
  Intervention in Psychosis team (EIP)
- **Dr Ben Asante** – GP, Cobden Street Surgery
- **Niamh Carr** – health visitor
- **Mr Tariq Gale** – designated safeguarding lead, Riverside Primary

## Why there is a plan

In September Marcus stopped taking his medication. He became sure that the neighbours were filming the family,
covered the windows with foil and kept Leo off school for eight days "to keep him safe". On 29/09/2025 Yumi came
home from a night shift to find Ada in the nappy she had been put to bed in and Leo giving her a bottle of cold
milk. Marcus spent three weeks at the Larchfield Unit and came home on 24/10/2025 on a depot injection. He is much
better now, but he was unwell in the same way in 2019 and 2022.

## What Leo told me

*Sam Oyelaran saw Leo on his own at school on 13/11/2025.*

"Dad was scared of the phone and the windows. I wasn't allowed out, not even to school. I gave Ada her milk
because she was crying and I couldn't find Mum's number. Now Dad's better and he made pancakes. I want Dad to stay
better and I want Grandma Jean to sleep over when Mum's at work."

Leo gave home a 6 out of 10. He said it would be a 9 "if I knew Dad wasn't going to be poorly again".

## Leo's drawings

Leo drew his house twice. In the first (13/11/2025) the windows are coloured in black and he has drawn himself by
the front door holding Ada. In the second, drawn when Sam visited on 18/11/2025, the curtains are open, Grandma Jean
is in the kitchen and Dad is "doing the pancakes". Both drawings are on Leo's file.

## Ada's day

When Sam and Niamh visited on 18/11/2025, Ada was in her bouncer in the kitchen while Yumi made lunch. She smiled
and kicked when Yumi talked to her, finished her bottle and fell asleep on her back in her cot. When Marcus picked
her up she went quiet and turned her head away, and she settled after a few minutes of him rocking her. Yumi says
Ada wakes twice a night.

## Things we want to be different

In the family's words, agreed at the core group:

- **Leo goes to school every day** and is never kept at home because of his dad's fears. *"I want to go to school
  even when Dad's poorly." – Leo*
- **Ada is fed, changed and settled by a well adult every day and every night**, and keeps growing along her
  centile. *"Someone well is always with the children." – Yumi*
- **Leo never has to look after Ada**, and knows who to ring if his dad starts to become unwell.
- **Leo and Ada live in a home with the curtains open and a well adult in charge.** *"I want the kids to have a
  normal house, not one where I'm frightened." – Marcus*

## Who's doing what

Each bullet says when, and what we will see if it is happening.

### Marcus will:

- Go to the Larchfield clinic for his depot injection every second Wednesday, so that he stays well enough to be a
  safe dad to Leo and Ada. *We'll know because* the clinic sends Sam a note of each injection.
- Not look after Leo or Ada on his own from now until the EIP report to the core group on 15/01/2026 says it is
  safe. *We'll know because* the care diary on the fridge shows who was in charge each day, and Sam checks it at
  every visit.

### Yumi will:

- Work no more than two night shifts a week from 01/12/2025, and only on nights when Grandma Jean is staying, so
  that a well adult is always with Leo and Ada at night. *We'll know because* Yumi shows Sam her shift rota at the
  first visit of each month.
- Keep Ada's feed and sleep chart on the fridge every day and night, filled in by whoever is caring for her.
  *We'll know because* Sam and Niamh read the chart at each visit and see no gap between feeds of more than four
  hours.

### Grandma Jean will:

- Stay overnight at the house on every night that Yumi works, from 24/11/2025. *We'll know because* Jean signs the
  care diary each morning and Sam checks it at every visit.
- Take Leo to school on Mondays and Wednesdays from 24/11/2025. *We'll know because* Riverside's gate log shows Leo
  arriving by 8.45am on those days.

### Sam Oyelaran (social worker) will:

- Visit every week until the review conference, at least one visit in three unannounced, and see Leo on his own.
  *We'll know because* the visit records show Leo seen alone every week, with his words written down, and Ada seen
  awake.
- Do four sessions of direct work with Leo about his dad's illness, using the *Dad's Brain* storybook, by
  19/12/2025. *We'll know because* Leo's pictures and words go on his file, and Leo can tell Sam who he would ring
  if his dad became unwell.
- Hold a family network meeting with Yumi, Marcus, Jean and Keiko by 05/12/2025. *We'll know because* a written
  network plan saying who steps in on which nights goes to everyone in the core group.

### The Early Intervention in Psychosis team will:

- See Marcus at home every week (Owen Pratt) and in clinic every four weeks (Dr Calloway), and write to the core
  group before each meeting on whether Marcus's illness is stable enough for him to share the care of Leo and Ada,
  what still needs to change and how long that is likely to take. *We'll know because* the written report is with
  Sam two working days before each core group.
- Write a relapse plan with Marcus and Yumi by 12/12/2025 listing the early signs that Marcus is becoming unwell
  and who Yumi and Jean should ring, and say in each core group report whether Marcus is keeping to it and how
  likely he is to stay well. *We'll know because* the relapse plan is on the children's file by 12/12/2025.

### Dr Ben Asante (GP) will:

- Tell Sam in writing within two working days if Marcus misses a depot injection or a medication review, until
  the review conference. *We'll know because* Sam receives a letter for every missed appointment and reports it
  to the next core group.

### Niamh Carr (health visitor) will:

- Weigh Ada and check her development every two weeks at the Cobden Street baby clinic, and visit her at home
  once a month. *We'll know because* Ada's weight is plotted in her red book and stays on the 50th centile, and
  Niamh sends Sam her notes after each visit.

### Riverside Primary (Mr Tariq Gale, DSL) will:

- Check that Leo is in school every day and ring Sam the same day if he is not in by 9.15am. *We'll know because*
  Mr Gale emails Leo's attendance to Sam every Friday, and it stays at 96% or more.
- Give Leo a check-in with his teaching assistant, Mrs Dale, every Monday morning. *We'll know because* the
  check-ins are logged on CPOMS and anything Leo says about home reaches Sam the same day.

## If things go wrong (Plan B)

- **If Marcus misses his depot, or shows any early sign on his relapse plan** (not sleeping, talking about being
  watched or filmed, covering the windows, wanting to keep Leo at home): Yumi or Jean rings the EIP team (the
  crisis team out of hours) and Sam the same day. Marcus goes to stay with his brother Daniel at 6 Ashby Road that
  night and does not care for the children until the EIP team has seen him and Sam has held a strategy
  discussion.
- **If Leo is kept off school, or Leo or Ada is found without a well adult**: Sam holds a strategy discussion with
  the police the same day, and the children stay with Keiko at 77 Harrowgate Road until it agrees they are safe
  at home.
- **If Grandma Jean can't stay the night or do the school run** (she is ill or away): Keiko stays the night, or
  Yumi does not work that shift (her ward manager has agreed this in writing), and Keiko or Yumi takes Leo to
  school. If none of them can, Sam or the emergency duty team arranges a foster placement for Leo and Ada that
  night.
- **If things don't get better**: if Marcus becomes unwell again before the review conference, or the EIP report
  on 15/01/2026 says he cannot stay well enough to share the children's care in their timescale, Sam will ask Gwen
  Ellery for a legal planning meeting within five working days.

## When we'll meet

- Core group every four weeks, Thursdays at 4pm at Riverside Primary: 18/12/2025, 15/01/2026 and 12/02/2026.
- Review child protection conference: Thursday 05/02/2026, 10am, Eddisford Civic Centre.
- Sam will ask Leo before each core group what has been better or worse at home, and bring his words.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Transfer-out plan, family moving to another authority to be near the
#    maternal grandmother; mother with postnatal depression, Noah's father
#    violent and under a non-molestation order; children aged 3 and 7
#    months. One "Doing what | Whose job | Timing | Proof it's happened"
#    table under each worry. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_eskhallow_transfer_out_worry_tables_whose_job_proof_briggs.md",
    "split": "heldout",
    "actions": 15,
    "template": "transfer-out-plan-md-details-table-why-theres-a-plan-what-chloe-says-and-what-we-see-what-we-want-then-worry-h3-each-with-doing-what-whose-job-timing-proof-its-happened-table-handing-over-table-if-things-go-wrong-meetings",
    "description": (
        "Plan for a 3-year-old and a 7-month-old about to move to another authority to live near "
        "their grandmother; the mother has postnatal depression and Noah's father is violent and "
        "under a non-molestation order. One 'Doing what / Whose job / Timing / Proof it's "
        "happened' table under each worry, and a handing-over table. Most rows are sound (visits "
        "until the transfer-in conference, the IDVA, police flags, the GP's referral and records, "
        "the health visitor's joint visit, the file sent by a date). Faults: 'Family network' "
        "keeps the father away; the perinatal CPN only supports the mother, measured by "
        "attendance; the parenting assessment is left to the new authority 'once the family are "
        "settled'; the speech referral waits for the transfer; the nursery check is 'monitored'; "
        "the housing row has no time; one outcome is about the mother only; the contingency has "
        "no fallback for the family's help and no legal step."
    ),
    "text": """\
# Child Protection Plan – before transfer to Harnbury

**Eskhallow Borough Council · Children's Social Care · Locality Team East**

| | |
|---|---|
| Children | Chloe Briggs (3), DOB 09/04/2022, Little Owls Nursery; Noah Briggs (7 months), DOB 21/04/2025 |
| Mum | Stacey Briggs (22), 14 Heron Walk, Eskhallow ES3 7BT |
| Moving to | 3 Millrace Cottages, Kestrelford (Harnbury County Council), on 08/12/2025 |
| Maternal grandmother | Tina Briggs, 11 Millrace Cottages, Kestrelford |
| Noah's father | Liam Kerr (26). Non-molestation order until 30/06/2026: no contact with Stacey, not to come to her home |
| Category | Emotional abuse (both children), initial conference 09/09/2025 |
| Social worker | Megan Holt (team manager: Ravi Sandhu) |
| Plan agreed | Core group 3, Thursday 20/11/2025 |

## Why there's a plan

Liam hit Stacey twice in front of Chloe in August, the second time while she was holding Noah. Stacey has
postnatal depression: she told the health visitor that some days she cannot face feeding Noah, and his weight
dropped from the 50th to the 9th centile over the summer. Since the conference Liam has moved out, the court made
a non-molestation order on 30/09/2025, and Noah is back on the 25th centile. Stacey wants to move to Kestrelford
to be near her mum and away from Liam's family; she has been offered a housing association tenancy there from
08/12/2025. Harnbury have booked the transfer-in conference for 15/01/2026, and Eskhallow keeps this plan until
then.

## What Chloe says and what we see

Chloe at nursery, 14/11/2025, with her key worker: "Liam shouted and Mummy cried. I hid in my den with Bun-bun."
Asked about the move she said "Nanny Tina's got swings" and "Noah can come in my new room". She told Megan she does
not want Liam to come to the new house.

Noah, seen at home on 18/11/2025: he smiled and babbled at Stacey, reached for Chloe, finished his bottle and fell
asleep on his back in his cot. He cried when the door buzzer went and settled quickly when Stacey picked him up.

## What we want for Chloe and Noah

- Chloe and Noah live where Liam cannot come, and do not see or hear any more violence.
- Noah keeps growing along the 25th centile and is fed and comforted when he cries.
- Chloe starts at her new nursery soon after the move and gets help with her speech.
- Stacey feels settled and supported in her new home.

## The plan until Harnbury take over

Eskhallow stays responsible for everything below until Harnbury's transfer-in conference.

### Worry 1: Liam finds the family or comes to the house

| Doing what | Whose job | Timing | Proof it's happened |
|---|---|---|---|
| Visit Chloe and Noah at home and see Chloe on her own, at Heron Walk and then at Millrace Cottages | Megan Holt, SW | Weekly until the transfer-in conference on 15/01/2026 | Visit records show both children seen every week and Chloe's words written down |
| Update Stacey's safety plan for the new address and help her keep the address private | Jess Amadi, IDVA, Eskhallow Domestic Abuse Service | By the day of the move, 08/12/2025 | Updated safety plan on file; Stacey's address withheld on every agency record |
| Tell Harnbury police about the non-molestation order and Liam's history, and ask for a marker on the new address | PC Sean Flaherty, Eskhallow Police Domestic Abuse Unit | By 05/12/2025 | Email from Harnbury police confirming the marker, copied to Megan |
| Make sure Liam does not find out where the family are living | Family network | Every day | Any contact from Liam reported to the police |

### Worry 2: Stacey's low mood and Noah's care

| Doing what | Whose job | Timing | Proof it's happened |
|---|---|---|---|
| Fortnightly home visits to support Stacey with her mood and her bond with Noah | Farah Ali, CPN, Eskhallow Perinatal Mental Health Team | Fortnightly until the transfer-in conference | Stacey attends the visits (attendance record) |
| Refer Stacey to the Harnbury perinatal mental health team and send her records to her new GP | Dr Alice Brennan, GP, Heron Walk Surgery | By 01/12/2025 | Referral acceptance from Harnbury on file |
| Weigh Noah and see how Stacey responds to him, then hand over at a joint visit with the Kestrelford health visitor | Rachel Dunn, HV | Every two weeks until the move; joint visit on 10/12/2025 | Weights in the red book, with Noah on or above the 25th centile; joint visit note on file |
| Have Chloe and Noah for the day every Sunday so that Stacey can rest | Tina Briggs (maternal grandmother) | Every Sunday from 14/12/2025 | Tina texts Megan each Sunday evening; Megan asks Chloe about it at visits |
| Parenting assessment of Stacey, to be started by Harnbury once the family have moved | Harnbury Children's Services | Once the family are settled in Kestrelford | Assessment report shared with the Harnbury core group |

### Worry 3: Chloe's speech and her move to a new nursery

| Doing what | Whose job | Timing | Proof it's happened |
|---|---|---|---|
| Find Chloe a funded place at a Kestrelford nursery | Megan Holt, SW | Place agreed before the move; Chloe starting by 05/01/2026 | Nursery place letter on file; Chloe's first day confirmed by the new nursery |
| Check Chloe's attendance and how she seems at each session | Little Owls Nursery (key worker Bethan Moss) | Each session until the move | Monitored by nursery |
| Speech and language referral for Chloe, held until the family are registered with a Kestrelford health visitor | Rachel Dunn, HV | Within two weeks of the transfer-in conference | Acceptance letter from Harnbury speech and language therapy |
| Share the family's housing history and the risk from Liam with Harnbury Housing Options | Greg Pope, housing officer, Eskhallow Homes | | Email confirming the information was received |

### Handing over to Harnbury

| Doing what | Whose job | Timing | Proof it's happened |
|---|---|---|---|
| Send the full file, chronology and this plan to Harnbury's transfer team | Megan Holt, SW | By 10/12/2025 | Harnbury confirm receipt in writing |
| Joint home visit with the Harnbury social worker, so that Chloe and Stacey meet her before the conference | Megan Holt, SW | By 18/12/2025 | Joint visit record on both councils' files |

## If things go wrong

- If Liam comes to Millrace Cottages or contacts Stacey: Stacey rings 999 and the police arrest him for breaching
  the order; Megan holds a strategy discussion with Harnbury's duty team the same day; Jess Amadi finds Stacey and
  the children a refuge place that day if the address is known to Liam.
- If Stacey tells anyone she has thoughts of harming herself or the children, or Noah loses weight at two weighs in
  a row: Megan holds a strategy discussion the same day, and the children stay with Tina until it has met.
- If the plan is not working by the transfer-in conference, Eskhallow and Harnbury will discuss the next steps
  together.

## Meetings

- Core group every four weeks; the last one in Eskhallow is on Thursday 04/12/2025 at Heron Walk Children's Centre.
- Harnbury transfer-in child protection conference: Thursday 15/01/2026, 10am, Kestrelford Council Offices.
""",
    "findings": [
        F("W002", "Make sure Liam does not find out where the family"),
        F("H001", "Fortnightly home visits to support Stacey with her mood"),
        F("X001", "Parenting assessment of Stacey, to be started by Harnbury"),
        F("T002", "Parenting assessment of Stacey, to be started by Harnbury"),
        F("M002", "Check Chloe's attendance and how she seems at each session"),
        F("X001", "Speech and language referral for Chloe, held until the family"),
        F("T001", "Share the family's housing history and the risk from Liam"),
        F("F002", "Stacey feels settled and supported in her new home."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plain-text core group notes, mother with depression, her partner using
#    amphetamine and alcohol, three children aged 12, 8 and 14 months, the
#    aunt helping on Fridays and Saturdays. Attendance keyed by initials,
#    numbered notes, then an action log of labelled lines with one closed
#    referral. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_ellingthorpe_core_group_notes_initials_action_log_pettigrew.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-notes-plain-text-caps-header-attendance-keyed-by-initials-numbered-notes-since-last-time-childrens-words-updates-aims-if-things-go-wrong-dates-then-action-log-a-numbers-lead-when-evidence-status-lines-one-closed",
    "description": (
        "Exemplary notes of the second core group for a 12-year-old, an 8-year-old and a "
        "14-month-old whose mother has depression and whose stepfather uses amphetamine and "
        "alcohol. Plain text: attendance keyed by initials that are used alone afterwards, "
        "numbered notes with the children's words and agency updates, then an action log of "
        "entries with Lead / When / Evidence / Status lines; a one-off young carers referral is "
        "kept as CLOSED. The community mental health nurse and the drug and alcohol service both "
        "report on capacity to change, the GP owns an action, the aunt's help has a fallback, "
        "legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
ELLINGTHORPE CITY COUNCIL - CHILDREN'S SOCIAL CARE - NORTH LOCALITY
CORE GROUP MEETING - NOTES AND ACTION LOG

Children ....... Skye Pettigrew (12), DOB 30/03/2013, Year 8, St Cuthbert's Academy
                 Rio Pettigrew (8), DOB 17/07/2017, Year 4, Marsh Lane Primary
                 Bella Stroud (14 months), DOB 02/10/2024
Address ........ 6 Furnace Row, Ellingthorpe EL2 9HD
Plan ........... Initial child protection conference 04/11/2025, category neglect
                 (all three children). Chair: Denise Holroyd
Meeting ........ Core group 2, Tuesday 09/12/2025, 4pm, Ellingthorpe Family Hub,
                 Marsh Lane

PRESENT (initials are used for the rest of these notes)
  CP   Carly Pettigrew - Mum
  GS   Gavin Stroud - Carly's partner, Bella's dad
  MP   Michelle Pettigrew - Carly's sister, 40 Kell Street
  HO   Hannah Okonjo - social worker, chairing
  PK   Priya Kaur - community mental health nurse, Ellingthorpe North CMHT
  JW   Josh Wray - recovery worker, Ellingthorpe Pathway (drug and alcohol
       service)
  LM   Lorna Maddox - health visitor
  TB   Tom Baxter - DSL, St Cuthbert's Academy
  RS   Rosa Sanchez - DSL, Marsh Lane Primary
APOLOGIES
  NF   Dr Nick Fairley - GP, Furnace Row Medical Practice (written update sent)
Notes taken by Ellie Grant, business support.

------------------------------------------------------------------------------
1. SINCE CORE GROUP 1 (18/11/2025)
------------------------------------------------------------------------------
At the conference CP had been in bed most days since the summer with
depression, Rio had been late 17 times and Bella had twice been found with
GS's tablets and a lighter within reach. GS was using amphetamine and drinking
at weekends. Since core group 1: CP has been seen three times by PK and has
started sertraline; GS has had four saliva tests, all negative; a stair gate
and a locked cabinet were fitted on 24/11/2025; Rio has been late once. MP has
had the children every Saturday.

------------------------------------------------------------------------------
2. WHAT THE CHILDREN HAVE SAID AND WHAT WE HAVE SEEN
------------------------------------------------------------------------------
Skye (seen alone by HO at school, 04/12/2025): "It's better. Mum gets up
before me now, mostly. I still do Bella's bath when Gavin's out. I want to
stop worrying about Mum when I'm at school." She scored home 6/10 (4/10 in
November).
Rio (seen alone by HO at home, 05/12/2025): "Auntie Michelle's is the best
because we have pancakes. I don't like it when Gavin goes out at night." He
drew the family on a trampoline at MP's.
Bella (seen at home, 05/12/2025): walking holding the sofa, babbling "ma-ma".
She went to CP to be picked up when HO came in and fed herself toast. She was
clean, in a dry nappy, and the stair gate was shut.

------------------------------------------------------------------------------
3. UPDATES
------------------------------------------------------------------------------
PK: CP is keeping appointments; her mood scores are slowly better. Too early
to say whether the change will last. Report to follow before core group 3.
JW: GS has been to every Monday session. He accepts the amphetamine use was
"getting out of hand".
LM: Bella on the 25th centile (up from the 9th). Development on track.
TB: Skye 97% since the conference; she has asked to join the young carers'
lunch club.
RS: Rio 95%; comes in fed; uses breakfast club three mornings.
NF (written): CP's sertraline was started on 20/11/2025; no missed reviews.

------------------------------------------------------------------------------
4. WHAT WE ARE AIMING FOR (from the conference plan)
------------------------------------------------------------------------------
a) Skye, Rio and Bella are cared for every day by a sober adult who is up,
   feeds them and gets Rio to school on time.
b) Bella is safe at home: no drugs, tablets or lighters within her reach and
   the stair gate kept shut.
c) Skye no longer looks after Bella or her mum, and goes to school every day.
d) Rio comes to school fed, clean and on time.

------------------------------------------------------------------------------
5. IF THINGS GO WRONG (restated, with the change agreed today)
------------------------------------------------------------------------------
- If GS uses amphetamine or drinks while caring for any of the children (a
  positive test, or seen under the influence): GS leaves the house that day
  to stay with his father at 18 Kell Street, and HO holds a strategy
  discussion with the police the same day.
- If CP cannot get up to care for Bella or get Rio to school on two days in a
  week, or tells anyone she has thoughts of harming herself: PK's team sees
  her the same day (the crisis team out of hours), MP comes to the house that
  day, and HO visits the same day.
- NEW TODAY: if MP cannot do Fridays or Saturdays, or cannot come in an
  emergency, Rio goes to Marsh Lane's after-school club on Fridays (a place is
  held) and HO or the emergency duty team arranges an emergency foster
  placement for the children that day if no sober adult is at home.
- If GS has two positive tests before the review conference, or PK's report
  to the review conference says CP's recovery is unlikely within the
  children's timescale, HO will ask the team manager, Andrew Pike, for a legal planning
  meeting within five working days.

------------------------------------------------------------------------------
6. DATES
------------------------------------------------------------------------------
Core group every four weeks, Tuesdays at 4pm, Ellingthorpe Family Hub:
core group 3 on 06/01/2026, core group 4 on 03/02/2026.
Review child protection conference: Thursday 29/01/2026, 10am, Ellingthorpe
Civic Centre.

==============================================================================
ACTION LOG (agreed at core group 2; reports are due two working days before
each core group)
==============================================================================
A1   HO to visit all three children at home, at least one visit in three
     unannounced, and see Skye and Rio on their own.
     Lead:     HO
     When:     weekly (next visit 11/12/2025) until the review conference
     Evidence: visit records show all three children seen every week and
               Skye and Rio seen alone, with their words written down
     Status:   on track

A2   CP to go to her fortnightly appointments with PK and take her
     sertraline every day, so that she is up to get Rio to school and to
     feed and bath Bella.
     Lead:     CP
     When:     appointments every other Thursday; tablets daily
     Evidence: PK's attendance note to HO after each appointment; NF's
               letter confirms prescriptions collected on time
     Status:   on track

A3   PK to see CP every two weeks and write to each core group on whether
     her depression is lifting enough for her to care for the children day
     to day, what still has to change and the likely timescale.
     Lead:     PK
     When:     fortnightly; report before each core group (first by
               02/01/2026)
     Evidence: written report on the children's file before each core group
     Status:   first report due 02/01/2026

A4   GS to go to key-work every Monday and give a saliva test each week,
     and not to use amphetamine or drink while he is caring for Bella,
     Skye or Rio.
     Lead:     GS
     When:     every Monday from 10/11/2025
     Evidence: JW sends HO each weekly result; every result negative
     Status:   on track - four negative tests

A5   JW to test GS weekly and write to each core group on whether he is
     making the changes the children need and how long further change is
     likely to take.
     Lead:     JW
     When:     weekly tests; report before each core group
     Evidence: JW's report and the test results on the children's file
               before each core group
     Status:   on track

A6   LM to weigh Bella and check her development at home, and check that
     the stair gate is shut and no tablets or lighters are within her reach.
     Lead:     LM
     When:     every two weeks until the review conference
     Evidence: weight in the red book on or above the 25th centile; safety
               checks written on the HV record and sent to HO
     Status:   on track

A7   TB to meet Skye every Monday, check her attendance and tell HO the
     same day about any worry.
     Lead:     TB
     When:     every Monday in term time
     Evidence: attendance sent to HO every Friday (95% or more); Monday
               meetings logged on CPOMS
     Status:   on track - 97%

A8   RS to check Rio's attendance, lunch and uniform each morning and ring
     HO the same day if he is absent, late or hungry.
     Lead:     RS
     When:     every school day
     Evidence: weekly attendance email to HO (95% or more); same-day calls
               logged on CPOMS
     Status:   on track - 95%

A9   MP to collect Rio from school on Fridays and have all three children
     at 40 Kell Street on Saturdays, 10am to 4pm.
     Lead:     MP
     When:     every Friday and Saturday from 12/12/2025
     Evidence: Marsh Lane's gate log for Fridays; MP texts HO each Saturday
               evening; HO asks the children about it at visits
     Status:   on track

A10  HO to refer Skye to Ellingthorpe Young Carers.
     Lead:     HO
     When:     by 28/11/2025
     Evidence: acceptance letter on file
     Status:   CLOSED 26/11/2025 - accepted; Skye started on 03/12/2025

A11  NF to write to HO with CP's history of depression, her prescribing and
     any missed medication reviews, and then within two working days of any
     missed review.
     Lead:     NF
     When:     history by 19/12/2025; any missed review within two working
               days
     Evidence: GP letter on the children's file by 19/12/2025
     Status:   agreed by NF in his written update

A12  NEW: HO to do three sessions of direct work with Skye about being a
     young carer, using her worry jar, so that she can say what she still
     worries about at home.
     Lead:     HO
     When:     three sessions by 23/01/2026
     Evidence: Skye's worry jar notes and her words on file and brought to
               the review conference
     Status:   new

Notes sent to everyone present and to NF on 11/12/2025.
""",
    "findings": [],
})
