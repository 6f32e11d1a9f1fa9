"""Batch 154, module z: seven fictional plans (tuning material), places beginning with "z".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from local authorities and agencies whose house styles have not
been seen before, each in its own invented template, voice and vocabulary, none
of them a standard "Action | Who | When | How we'll know" grid: a landscape
"Need | Response | Lead agency | Review point | Evidence of change" table for a
non-verbal autistic boy; a "Worry | What's going to happen | Person | Date"
table with a second, merged row under each action holding "How we'll see it's
working"; a pre-birth plan printed from a case system, each task a block of
labelled lines under a page header; core group minutes for a looked-after baby
on a neonatal unit whose agreed steps sit in a two-column "Step | Detail"
table; a plan written to a 12-year-old young carer with an initials key at the
top and the owner and timing in brackets at the end of each bullet; a
transfer-in conference record with a "What we will do | Lead | Start / finish
| Signs it's working" log; and a hedged decision letter to a mother in plain
text. Parents' illness and substance use are owned by adult services named in
their own ways (an alcohol recovery hub, a perinatal psychiatrist and nurse, a
drug and alcohol charity, an MS nurse and adult social care, a probation
officer, "the community mental health nurse").

Four plans are exemplary (no findings): zadlingham (docx), zimmeridge (pdf),
zorbury (pdf) and zunderley (md). Three carry a realistic mix of faults among
mostly good rows: zelverstone (docx), zyvercote (md) and zedcastle (txt).

Counting actions (convention 1): every live row of an action table (in the
zelverstone table the merged "How we'll see it's working" row under each action
is that action's detail, not another action), every task block of the case
print, every row of the "Step | Detail" table, every bullet of the young
carer's plan and every numbered sentence of the letter's "What we agreed will
happen". Not counted: the contingency, meeting dates and work already done
(the minutes' "done since the conference" notes, the transfer record's account
of what the previous authority did).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect, father's drinking, an autistic
#    non-verbal 8-year-old and his 3-year-old sister, an aunt helping.
#    Landscape Word table "Need | Response | Lead agency | Review point |
#    Evidence of change". Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_zadlingham_need_response_lead_agency_quenby.docx",
    "doc_title": "Child Protection Plan - Rory and Ava Quenby",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-about-this-plan-kv-what-we-are-worried-about-what-rory-shows-us-non-verbal-signs-what-ava-says-what-we-want-then-need-response-lead-agency-review-point-evidence-of-change-table-plan-b-keeping-the-plan-on-track",
    "description": (
        "Exemplary initial conference plan for an autistic, non-verbal 8-year-old and his "
        "3-year-old sister whose father drinks heavily. A landscape Word table in the "
        "council's own order: Need | Response | Lead agency | Review point | Evidence of "
        "change, with a note saying the review point is when the response happens. Rory's "
        "voice is what he shows with his symbols, sounds and behaviour; Ava's is in her own "
        "words. The alcohol recovery hub reports on change, the GP owns an action, the "
        "aunt's Sundays and school runs have a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zadlingham Metropolitan Borough Council · Children and Families · Locality Safeguarding (East)"),
        ("h1", "About this plan"),
        ("kv", [
            ("Children", "Rory Quenby (8), DOB 19/06/2017, Larchfield Specialist School; Ava Quenby (3), "
                         "DOB 02/09/2022, Little Wrens Nursery"),
            ("Home", "31 Pellow Street, Zadlingham ZD5 2RT"),
            ("Parents", "Leanne Quenby (34) and Craig Quenby (38), living together"),
            ("Paternal aunt", "Nicola Barrow, 8 Ferris Close, Zadlingham (five minutes by car)"),
            ("Conference", "Initial child protection conference, 11/11/2025. Chair: Desmond Ohene (IRO)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Hannah Osei; team manager Graham Tilley"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Craig drinks most days, usually four or five cans of strong lager and often spirits as well. "
              "On 21/10/2025 a neighbour found Rory on Pellow Street at 9pm in his pyjamas; Craig was asleep "
              "on the sofa and could not be woken by the police for some minutes. Rory has no sense of danger "
              "from traffic. His melatonin has been missed on many nights, he has arrived at school without "
              "breakfast, and his school say he has had more meltdowns this term. The kitchen was dirty and "
              "there was little food in the house on the SW's first visit."),
        ("p", "Leanne works three evenings a week and has been relying on Craig to put the children to bed. "
              "She says she did not know how much he was drinking. Nicola has helped with school runs since "
              "October and has the children most Sundays."),
        ("h1", "What Rory shows us"),
        ("p", "Rory does not use words. He uses a PECS book and some Makaton signs, and his school have "
              "taught us what his sounds and movements mean. At home on 04/11/2025 he hummed and flapped when "
              "Leanne came in from work, took the SW's hand to the fridge and pointed to the 'toast' card. "
              "When Craig raised his voice Rory covered his ears and rocked by the door. At school, on three "
              "Mondays in a row, he chose the 'sad' symbol at morning circle and the 'car' and 'Auntie' cards "
              "after it. His teacher says he is calmest on days when Nicola has dropped him off."),
        ("h1", "What Ava says"),
        ("p", "Ava (seen at nursery with her key person, 05/11/2025): “Daddy sleeps on the floor. Rory goes "
              "out the door and I shout.” She said she likes “Auntie Nic's pancakes” and wants “Mummy home "
              "for bath time”. She drew her house with Rory at the window."),
        ("h1", "What we want for Rory and Ava"),
        ("bullets", [
            "Rory and Ava are looked after every evening and night by an adult who is sober and awake.",
            "Rory cannot leave the house without an adult knowing, and he is never found outside alone again.",
            "Rory has his melatonin each night, sleeps, and arrives at school fed and ready to learn.",
            "Ava goes to nursery regularly, is fed and clean, and no longer has to watch out for her brother.",
            "Rory's needs as an autistic child are understood and met at home, with short breaks if he needs them.",
        ]),
        ("h1", "The plan"),
        ("p", "Review point means when the response will happen, and when it is next checked. Every response "
              "is looked at again at each core group."),
        ("table", {
            "header": ["Need", "Response", "Lead agency", "Review point", "Evidence of change"],
            "widths": [4.2, 6.6, 4.6, 4.3, 6.0],
            "rows": [
                ["Rory and Ava are seen and their days understood",
                 "Visit Rory and Ava at home, one visit in three unannounced and one each fortnight after 6pm; "
                 "see Ava on her own and watch how Rory uses his PECS book at home",
                 "Children's Social Care – Hannah Osei, social worker",
                 "Weekly from 13/11/2025 until the review conference",
                 "Visit records show both children seen every week, with what Ava said and what Rory showed "
                 "written down"],
                ["Rory cannot get out of the house alone",
                 "Fit door alarms and a high-level lock on the front and back doors, and show Leanne and Craig "
                 "how to use them",
                 "Children with Disabilities Occupational Therapy – Marcus Lee, OT",
                 "Fitted by 28/11/2025",
                 "OT fitting note on file; alarms and locks seen working by the SW at the first visit after "
                 "fitting"],
                ["Rory gets his melatonin and sleeps",
                 "Give Rory his melatonin at 7pm and tick it on the medication chart on the kitchen wall",
                 "Leanne Quenby (Mum); Craig on the evenings Leanne works",
                 "Every night from 12/11/2025",
                 "Chart checked by the SW at every visit with no gaps; Rory's school sleep log shows him "
                 "settled on most mornings"],
                ["Rory and Ava have a sober carer",
                 "Key-work with Craig about his drinking, a breath test at every session, and a written report "
                 "to each core group on whether Craig is making the changes Rory and Ava need and how long "
                 "further change is likely to take",
                 "Zadlingham Recovery Hub (adult alcohol service) – Sean Whelan, recovery worker",
                 "Weekly sessions from 17/11/2025; report three working days before each core group",
                 "Reports on the children's file before every core group, with each breath reading"],
                ["Rory and Ava have a sober carer",
                 "Stay alcohol-free every day he is looking after Rory and Ava, and go to every key-work "
                 "session at the Recovery Hub",
                 "Craig Quenby (Dad)",
                 "Every day from 11/11/2025; sessions every Monday",
                 "Breath test reads zero at each session; no alcohol seen or smelt at any unannounced visit"],
                ["Rory and Ava have a sober carer",
                 "Check Craig's liver function results and send the SW his alcohol-related health history, so "
                 "the core group knows whether his health affects his care of the children",
                 "Millgate Surgery – Dr Aisha Karim, GP",
                 "By 05/12/2025",
                 "GP letter on the children's file by 05/12/2025"],
                ["Rory arrives fed and settled",
                 "Record how Rory arrives each morning (fed, clean, rested), use his feelings board at "
                 "morning circle, and phone the SW the same day with any worry",
                 "Larchfield Specialist School – Mrs Joanne Pike, DSL",
                 "Every school day; summary to the SW each Friday",
                 "Weekly summary email with Rory's arrival notes and photos of his feelings board; same-day "
                 "calls logged"],
                ["Ava is fed, clean and at nursery",
                 "Record Ava's attendance, how she presents and anything she says about home",
                 "Little Wrens Nursery – Bethany Cole, key person",
                 "Every session (Tuesday to Thursday mornings)",
                 "Register sent to the SW weekly showing attendance of 90% or more; anything Ava says written "
                 "in her learning journal"],
                ["Rory and Ava have a safe adult outside the home",
                 "Have Rory and Ava every Sunday from 10am to 5pm, and collect them from school and nursery on "
                 "Tuesdays and Thursdays",
                 "Nicola Barrow (paternal aunt)",
                 "Every Sunday, Tuesday and Thursday from 16/11/2025",
                 "Nicola texts the SW each Sunday evening; the school and nursery collection logs show her "
                 "name on those days"],
                ["Rory's needs as an autistic child are met",
                 "Refer Rory to the Children with Disabilities Team for a short breaks assessment",
                 "Children's Social Care – Hannah Osei, social worker",
                 "Referral by 21/11/2025; assessment report by 30/01/2026",
                 "Short breaks assessment report shared with the core group by 30/01/2026"],
                ["Rory's needs as an autistic child are met",
                 "Go to the eight-week Zadlingham Autism Parent Programme together, so that both parents "
                 "understand Rory's sensory needs and his meltdowns",
                 "Leanne and Craig Quenby; places booked by Ruth Amos, family support worker",
                 "Eight Wednesday sessions from 07/01/2026",
                 "Register shows at least seven of eight sessions for each parent; facilitator's end report "
                 "to the SW"],
                ["Home is clean and there is food for the children",
                 "Help Leanne and Craig set up a shopping list, meal plan and a weekly cleaning routine",
                 "Zadlingham Family Hub – Ruth Amos, family support worker",
                 "Twice a week for 12 weeks from 17/11/2025",
                 "Home conditions checklist scored at each visit, reaching 4 or more in every room by the "
                 "review conference; food seen in the cupboards"],
            ],
        }),
        ("h1", "Plan B – if things go wrong"),
        ("bullets", [
            "If Craig is drunk while looking after Rory or Ava (a positive breath test, or Leanne, school, "
            "nursery or a visitor sees it), or Rory is found outside the house alone: Craig leaves the house "
            "that day and stays with his friend at 4 Ridley Court; if Leanne is at work, Nicola collects the "
            "children; Hannah holds a strategy discussion with Zadlingham Police the same day.",
            "If Nicola cannot have the children or do the school runs (she is ill, away or says she can no "
            "longer manage): Leanne changes her shifts that week, and if that is not possible Hannah arranges "
            "a short-term foster placement with carers experienced with autistic children the same day, so "
            "that Rory and Ava stay together.",
            "If Craig has two positive breath tests, or Rory gets out of the house again, before the review "
            "conference: Hannah asks Graham Tilley for a legal planning meeting within five working days to "
            "decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Keeping the plan on track"),
        ("p", "The core group meets every four weeks at Larchfield Specialist School, on Tuesdays at 3.30pm: "
              "25/11/2025, 23/12/2025 and 20/01/2026. The review child protection conference is on Tuesday "
              "10/02/2026 at 10am at Zadlingham Town Hall. Before each core group Hannah will ask Rory's "
              "teacher what he has been showing with his symbols, and will ask Ava what is good and what is "
              "hard at home."),
        ("p", "Plan agreed at conference on 11/11/2025. Copies to Leanne, Craig, Nicola and every lead named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, domestic abuse, mother's postnatal depression,
#    an 11-year-old and a baby, the grandmother staying over. Word table
#    "Worry | What's going to happen | Person | Date" with a merged "How we'll
#    see it's working" row under each action. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_zelverstone_worry_whats_going_to_happen_two_row_dunmore.docx",
    "doc_title": "Child Protection Plan (Review) - Kayla and Mason Dunmore",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-docx-details-kv-where-things-are-now-in-kaylas-words-mason-observed-things-we-want-to-be-different-then-worry-whats-going-to-happen-person-date-table-merged-how-well-see-its-working-row-under-each-action-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for an 11-year-old and a 4-month-old after their mother's "
        "ex-partner assaulted her; the mother has postnatal depression. A Word table headed "
        "Worry | What's going to happen | Person | Date, with a second row under each action, "
        "merged across, saying how we'll see it's working. Most rows are sound (weekly visits, "
        "the GP, a police marker, probation's updates, the HV, the grandmother's nights, the "
        "Freedom Programme). Faults: the perinatal nurse only supports the mother and is "
        "measured by her mood improving, the school will 'keep an eye on' Kayla, nobody is "
        "named to offer Kayla the children's group, 'Family' owns the evenings with no real "
        "time ('Ongoing'), one outcome is about the mother only, and the contingency sends the "
        "children to the grandmother with no fallback if she cannot have them."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Zelverstone City Council · Children's Social Work Service · Hillside Team"),
        ("kv", [
            ("Children", "Kayla Dunmore (11), DOB 03/03/2014, Year 7, Harrowgate Academy; Mason Dunmore "
                         "(4 months), DOB 12/06/2025"),
            ("Mum", "Shannon Dunmore (29), 7 Fennel Walk, Zelverstone ZV3 8PA"),
            ("Mason's father", "Jordan Price (30). Does not live at Fennel Walk. A non-molestation order "
                               "protects Shannon and the children until 04/08/2026."),
            ("Maternal grandmother", "Pat Dunmore, 41 Quarry Hill, Zelverstone"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "22/07/2025"),
            ("This review", "14/10/2025. Chair: Gillian Ashworth (IRO)"),
            ("Social worker", "Abi Thornton; team manager Rob Keane"),
        ]),
        ("h1", "Where things are now"),
        ("p", "In June Jordan hit Shannon while she was holding Mason, and Kayla called the police from her "
              "bedroom. Jordan was convicted of assault in September and is on a community order with a "
              "requirement to attend the Building Better Relationships programme, supervised by probation. "
              "He has not come to Fennel Walk since the order was made."),
        ("p", "Shannon's GP diagnosed postnatal depression in August and referred her to the Zelverstone "
              "Perinatal Mental Health Team. Shannon says she sleeps badly, cries most days and sometimes "
              "cannot get out of bed until Kayla has left for school. Pat has stayed two nights a week since "
              "August. Mason is gaining weight and Kayla's attendance has been 97% since September."),
        ("h1", "In Kayla's words"),
        ("p", "Seen on her own at school, 07/10/2025: “I still hear the bang when Mason's door shuts. I don't "
              "want Jordan to know where we live. Nana staying is the best because Mum smiles more and I don't "
              "have to get Mason up.” Kayla put home at 6 out of 10, up from 3 in July. She would like to meet "
              "other children “who've had the same thing”."),
        ("h1", "Mason"),
        ("p", "Seen at home on 02/10/2025 and 09/10/2025. Mason is smiley and babbling. He followed Kayla with "
              "his eyes round the room and cried when she left it. He fed well from his bottle with Pat; with "
              "Shannon he was fed on the sofa while she looked at her phone, and he stopped feeding twice and "
              "fussed until Pat took him."),
        ("h1", "Things we want to be different"),
        ("bullets", [
            "Kayla and Mason live free from violence and do not see or hear adults hurting each other.",
            "Mason is fed, settled and kept safe day and night by an adult who notices what he needs.",
            "Kayla goes to school without worrying about her mum and brother, and has someone there to talk to.",
            "Shannon's mood is better and she feels able to cope.",
        ]),
        ("h1", "What's going to happen"),
        ("table", {
            "header": ["Worry", "What's going to happen", "Person", "Date"],
            "widths": [3.4, 6.6, 3.8, 3.2],
            "rows": [
                ["Kayla and Mason are not seen enough",
                 "Visit Kayla and Mason at home, one visit in three unannounced, and see Kayla on her own",
                 "Abi Thornton, social worker",
                 "Every week until the next review"],
                [V, "How we'll see it's working: visit records show both children seen each week and Kayla "
                    "seen alone at least every other week, with what she says written down", H, H],
                ["Shannon is too low to care for Mason",
                 "Fortnightly visits to support Shannon with her low mood and anxiety",
                 "Lou Garner, perinatal mental health nurse, Zelverstone Perinatal Team",
                 "Fortnightly from 21/10/2025"],
                [V, "How we'll see it's working: Shannon's mood improves", H, H],
                ["Shannon is too low to care for Mason",
                 "Review Shannon's sertraline and write to Abi if she misses a review",
                 "Dr Raj Bassi, GP, Fennel Road Surgery",
                 "Every 8 weeks; next review by 07/11/2025"],
                [V, "How we'll see it's working: GP letter to Abi after each review, kept on Kayla's and "
                    "Mason's file", H, H],
                ["Jordan may come to the house",
                 "Keep a warning marker on 7 Fennel Walk so any 999 call is treated as an emergency, and tell "
                 "Abi of any call-out",
                 "PC Ryan Hollis, Zelverstone Police Domestic Abuse Unit",
                 "Marker in place by 17/10/2025; call-outs reported the same day"],
                [V, "How we'll see it's working: marker confirmed to Abi in writing; any call-outs listed on "
                    "the police log shared at each core group", H, H],
                ["Jordan may come to the house",
                 "Tell Abi whether Jordan goes to his Building Better Relationships sessions and keeps to his "
                 "order",
                 "Mark Fell, probation officer, Zelverstone Probation Delivery Unit",
                 "Before each core group"],
                [V, "How we'll see it's working: written update on file before every core group showing "
                    "sessions attended and any breach", H, H],
                ["Kayla worries at school",
                 "Check in with Kayla every Monday morning with her key adult, Mr Daniels",
                 "Ms Tasha Reed, DSL, Harrowgate Academy",
                 "Every Monday in term time"],
                [V, "How we'll see it's working: school will keep an eye on Kayla", H, H],
                ["Kayla worries at school",
                 "Offer Kayla a place on Talking Trees, the Zelverstone Women's Aid group for children",
                 "-",
                 "Next group starts 13/01/2026"],
                [V, "How we'll see it's working: the group register shows Kayla at 8 of 10 sessions and the "
                    "group worker sends an end-of-group report to Abi", H, H],
                ["Mason's growth and development",
                 "Weigh Mason every two weeks and do his 6 to 8 month development review",
                 "Gemma Short, health visitor",
                 "Every two weeks; review by 12/12/2025"],
                [V, "How we'll see it's working: weights in the red book stay on or above the 25th centile; "
                    "review summary sent to Abi by 19/12/2025", H, H],
                ["Shannon is too low to care for Mason",
                 "Stay at Fennel Walk every Tuesday and Friday night and do Mason's night feeds so Shannon can "
                 "sleep",
                 "Pat Dunmore (maternal grandmother)",
                 "Every Tuesday and Friday night until the next review"],
                [V, "How we'll see it's working: Pat writes each night feed in Mason's feeding log, which Abi "
                    "reads at every visit", H, H],
                ["Shannon is too low to care for Mason",
                 "Make sure Shannon is not on her own with Mason in the evenings when she feels very low",
                 "Family",
                 "Ongoing"],
                [V, "How we'll see it's working: who was with Shannon each evening is written on the kitchen "
                    "calendar, which Abi checks at each visit", H, H],
                ["Kayla and Mason may see more violence",
                 "Go to the Freedom Programme so that Shannon understands how Jordan's behaviour affected "
                 "Kayla and Mason",
                 "Shannon; place booked by Jo Pitt, Zelverstone Women's Aid",
                 "12 Thursday mornings from 06/11/2025"],
                [V, "How we'll see it's working: attendance certificate, and Jo's end-of-course note to Abi", H, H],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jordan comes to Fennel Walk, contacts Shannon or Kayla, or breaks the order in any other way: "
            "Shannon calls 999, the police attend as an emergency, and Abi holds a strategy discussion the same "
            "day. If Shannon wants to, Abi arranges a space for her and the children at the Zelverstone Women's "
            "Aid refuge that day.",
            "If Shannon tells anyone she has thoughts of harming herself or Mason, or the perinatal team say she "
            "is too unwell to look after him: Kayla and Mason go to stay with Pat at 41 Quarry Hill the same "
            "day, and the perinatal crisis team see Shannon that day.",
            "If Shannon lets Jordan back into the house or has contact with him against the order, or Mason "
            "loses weight at two weighs in a row, Abi will ask Rob Keane for a legal planning meeting within "
            "five working days.",
        ]),
        ("h1", "Meetings"),
        ("p", "Core group every six weeks, at Hillside Family Centre at 1pm: 25/11/2025, 06/01/2026, "
              "17/02/2026 and 31/03/2026. Next review child protection conference: 14/04/2026 at 10am, "
              "Zelverstone Civic Offices."),
    ],
    "findings": [
        F("F002", "Shannon's mood is better and she feels able to cope."),
        F("H001", "Fortnightly visits to support Shannon with her low mood"),
        F("M002", "Fortnightly visits to support Shannon with her low mood"),
        F("M002", "Check in with Kayla every Monday morning with her"),
        F("W001", "Offer Kayla a place on Talking Trees, the Zelverstone"),
        F("W002", "Make sure Shannon is not on her own with Mason"),
        F("T002", "Make sure Shannon is not on her own with Mason"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother with bipolar affective disorder, her first child
#    living with his grandparents, the father and maternal grandmother
#    helping. A case-system print (ZIMCARE) with a page header and footer:
#    numbered sections, each task a block of labelled lines. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _task(n, total, task, who, due, evidence, outcome):
    return [
        ("boldp", f"Task {n} of {total}"),
        ("kv", [
            ("Task", task),
            ("Allocated to", who),
            ("Due / frequency", due),
            ("Evidence of completion", evidence),
            ("Linked outcome", outcome),
            ("Task status", "Open"),
        ]),
    ]


_ZIM_TASKS = [
    ("Visit Kirsty and Tom at home before the birth, and after the birth see the baby at every visit, "
     "noting where the baby sleeps and how each parent responds to the baby's cries and cues",
     "Liam Garside, Social Worker, Zimmeridge Children's Services (Family Safeguarding Team 3)",
     "Weekly from 03/12/2025 until the birth; twice a week from discharge until the baby is 4 weeks old; "
     "weekly after that until the review conference",
     "Visit records on ZIMCARE for every visit, with the baby seen and the parents' care of the baby "
     "described",
     "O1, O2"),
    ("Complete the pre-birth parenting assessment of Kirsty and Tom, including Tom's ability to care for "
     "the baby on his own if Kirsty becomes unwell",
     "Liam Garside, Social Worker",
     "Report by 23/12/2025 (36 weeks)",
     "Assessment report shared with Kirsty, Tom and the core group by 23/12/2025, with a recommendation on "
     "whether the baby can go home from hospital with the parents",
     "O1, O4"),
    ("See Kirsty at 34 weeks, 37 weeks and two weeks after the birth, and write an assessment of whether "
     "she is making and keeping the changes needed to care safely for the baby, what still has to change "
     "and how long that is likely to take",
     "Dr Helen Fairweather, Consultant Perinatal Psychiatrist, Zimmeridge Perinatal Mental Health Service",
     "Appointments by 09/12/2025, 30/12/2025 and two weeks after the birth; letter to the SW within five "
     "working days of each",
     "Three written assessments on ZIMCARE, each giving Dr Fairweather's view of Kirsty's capacity to "
     "change and the likely timescale",
     "O3"),
    ("Visit Kirsty at home, check the early warning signs in her relapse prevention plan, and give a "
     "written assessment of her capacity to make and keep the changes the baby needs and the likely "
     "timescale",
     "Marcia Dunne, Perinatal Community Psychiatric Nurse, Zimmeridge Perinatal Mental Health Service",
     "Weekly from 03/12/2025 (33 weeks) until the baby is 12 weeks old; written assessment two working days "
     "before each core group",
     "Visit log and written assessment before every core group, saying which early warning signs, if any, "
     "were seen",
     "O3"),
    ("Take lithium as prescribed every evening and have a lithium blood level every four weeks until 36 "
     "weeks, then weekly until two weeks after the birth, so that she stays well enough to care for the "
     "baby",
     "Kirsty Marwood (mother)",
     "Every evening from 02/12/2025; blood tests as set out in the task",
     "Every lithium level within the therapeutic range, as sent by the perinatal team to the SW",
     "O3"),
    ("Hold an antenatal appointment every week from 34 weeks and put a birth plan with the safeguarding "
     "alert and the discharge arrangements on the maternity system",
     "Lorna Baptiste, Specialist Midwife (Vulnerable Women), Zimmeridge General Hospital",
     "Weekly from 09/12/2025; birth plan on the system by 16/12/2025 (35 weeks)",
     "Copy of the birth plan on ZIMCARE by 16/12/2025; attendance at each appointment recorded in the "
     "maternity notes shared with the SW",
     "O1"),
    ("Record every feed and how Kirsty and Tom respond to the baby on each shift of the postnatal stay, and "
     "phone the SW on the day of the birth",
     "Ruth Okoro, Named Midwife for Safeguarding, Zimmeridge General Hospital",
     "Every shift from the birth until discharge; phone call on the day of the birth",
     "Ward observation record sent to the SW before the discharge planning meeting",
     "O1, O2"),
    ("Hold a discharge planning meeting on the postnatal ward before the baby leaves hospital, and send "
     "everyone the written discharge plan",
     "Liam Garside, Social Worker",
     "Before discharge, within two working days of the birth",
     "Written discharge plan sent to the parents, the grandmother and every professional named in this plan "
     "on the day of the meeting",
     "O1, O4"),
    ("Make an antenatal contact, a new birth visit and then weekly home visits, weighing the baby at each "
     "one",
     "Sian Kettle, Health Visitor, Zimmeridge 0-19 Service",
     "Antenatal contact by 16/12/2025; new birth visit 10 to 14 days after the birth; weekly until the baby "
     "is 8 weeks old",
     "Antenatal contact note on ZIMCARE; the baby's weight in the red book at each visit, staying within two "
     "centile lines of the birth weight",
     "O2"),
    ("Be at home with Kirsty and the baby every night, share the night feeds, and call the perinatal crisis "
     "line and the SW straight away if he sees any early warning sign of Kirsty becoming unwell",
     "Tom Ashdown (father)",
     "Every night from discharge until the baby is 8 weeks old",
     "Night log signed by Tom each morning, checked by the SW at every visit; Tom present at the HV's and "
     "the SW's evening visits",
     "O2, O3"),
    ("Stay at the flat every Saturday and Sunday night and do the 2am feed so that Kirsty gets unbroken sleep",
     "Sandra Marwood (maternal grandmother)",
     "Every Saturday and Sunday night from discharge until the baby is 8 weeks old",
     "Sandra writes each feed in the night log; the SW checks the log at every visit",
     "O2, O3"),
]

_zim_blocks = [
    ("title", "Child Protection Plan – Pre-birth"),
    ("p", "ZIMCARE Case Management · Plan print · Record CP-2025-11842 · Printed 03/12/2025 by L. Garside"),
    ("h1", "Section 0 – Subject details"),
    ("kv", [
        ("Subject", "Unborn baby of Kirsty Marwood, expected date of delivery 20/01/2026"),
        ("Mother", "Kirsty Marwood (26), DOB 11/05/1999"),
        ("Father", "Tom Ashdown (28), DOB 29/08/1997"),
        ("Address", "Flat 3, 18 Orwell Terrace, Zimmeridge ZM1 4GB"),
        ("Sibling (not in household)", "Alfie Marwood (4), lives with his paternal grandparents under a "
                                       "special guardianship order made in 2022"),
        ("Maternal grandmother", "Sandra Marwood, 9 Alder Rise, Zimmeridge"),
        ("Conference", "Initial (pre-birth) child protection conference, 02/12/2025. Chair: Beverley Nash (IRO)"),
        ("Category", "Neglect"),
        ("Allocated worker", "Liam Garside, Social Worker. Team manager: Janine Burke"),
    ]),
    ("h1", "Section 1 – Reason for the plan"),
    ("p", "Kirsty has bipolar affective disorder. Two weeks after Alfie was born in 2021 she became "
          "psychotic, left the house at night with Alfie in a thin babygrow, and was admitted to hospital "
          "under the Mental Health Act. Alfie went to live with his father's parents. Kirsty stopped taking "
          "lithium at 8 weeks into this pregnancy without advice and became high and unable to sleep; she "
          "restarted it at 24 weeks under the perinatal team and has been well since. The first weeks after "
          "birth are when she is most likely to relapse."),
    ("p", "Tom has been Kirsty's partner for two years. He has no health or police history of concern and "
          "knows her early warning signs. Sandra lives ten minutes away and has offered to help at weekends."),
    ("h1", "Section 2 – The baby's world"),
    ("p", "The 20-week scan on 03/09/2025 was normal; the baby is growing on the 50th centile. On the SW's "
          "home visits (14/11/2025 and 28/11/2025) the flat was warm and clean, a cot with a new mattress was "
          "set up in the parents' room and Tom had painted the small bedroom. Kirsty talks to the bump and "
          "says the baby kicks hardest when Tom plays his guitar. Kirsty has been to every antenatal "
          "appointment since 24 weeks. Nobody smokes in the flat."),
    ("h1", "Section 3 – Parents' views"),
    ("p", "Kirsty: “Last time I didn't know I was getting ill until it was too late. This time Tom knows the "
          "signs and I want the team round me. I'll go to the mother and baby unit if they say I need to.” "
          "Tom: “I'll do nights. I'd rather we had too much help than not enough.”"),
    ("h1", "Section 4 – Outcomes for the baby"),
    ("kv", [
        ("O1", "The baby is born safely and goes home only when a safe discharge plan is in place."),
        ("O2", "The baby is fed, warm, gaining weight and sleeps safely in the cot at every sleep."),
        ("O3", "The baby is always cared for by an adult who is well, awake and able to respond; if Kirsty "
               "becomes unwell, the baby is cared for by someone else straight away."),
        ("O4", "By the review conference there is a clear view of whether the baby can stay safely with "
               "Kirsty and Tom in the longer term."),
    ]),
    ("h1", "Section 5 – Tasks"),
    ("p", "11 open tasks. Fields as printed by ZIMCARE."),
]
for _i, _t in enumerate(_ZIM_TASKS, start=1):
    _zim_blocks.extend(_task(_i, len(_ZIM_TASKS), *_t))
_zim_blocks += [
    ("h1", "Section 6 – Contingency"),
    ("kv", [
        ("Trigger 1", "Kirsty shows any early warning sign in her relapse plan (two nights without sleep, "
                      "racing thoughts, believing the baby is in danger), stops her lithium, or misses two "
                      "lithium blood tests."),
        ("Response 1", "Tom or Sandra stays with Kirsty and the baby at all times; Marcia Dunne or the "
                       "perinatal crisis team sees Kirsty the same day; Liam holds a strategy discussion the "
                       "same day; if the team advise admission, Kirsty and the baby go to the Rowan Mother "
                       "and Baby Unit, and if no bed is free the baby stays with Tom, with Sandra living in."),
        ("Trigger 2", "Sandra cannot stay on her weekend nights or live in when asked (illness, or she says she "
                      "can no longer help)."),
        ("Response 2", "Tom's sister, Claire Ashdown (22 Bell Lane), stays instead; if neither can, Liam "
                       "arranges a foster carer for the baby that day, for as long as the help is missing."),
        ("Trigger 3", "Kirsty is admitted to hospital and Tom cannot care for the baby on his own."),
        ("Response 3", "The baby is placed with foster carers the same day, with Kirsty's and Tom's agreement "
                       "under section 20 or, if they do not agree, by application to the court."),
    ]),
    ("h1", "Section 7 – Legal planning"),
    ("p", "If Kirsty relapses before the birth, refuses the Mother and Baby Unit when the perinatal team "
          "advise it, or the pre-birth assessment concludes that the baby cannot safely go home, Liam will "
          "ask Janine Burke for a legal planning meeting within five working days, so that PLO pre-proceedings "
          "can start before the birth."),
    ("h1", "Section 8 – Review arrangements"),
    ("kv", [
        ("Core group", "Every four weeks: 16/12/2025 and 13/01/2026, then within 10 working days of the "
                       "birth, then every four weeks. Venue: Orwell Children's Centre."),
        ("Review child protection conference", "24/02/2026, 10am, Zimmeridge Civic Centre"),
        ("Discharge planning meeting", "On the postnatal ward before discharge (Task 8)"),
    ]),
]

PLANS.append({
    "name": "b154_zimmeridge_prebirth_case_print_task_blocks_marwood.pdf",
    "doc_title": "ZIMCARE Plan Print - Unborn baby of Kirsty Marwood",
    "split": "tune",
    "actions": 11,
    "template": "prebirth-plan-case-system-print-paged-header-footer-numbered-sections-subject-details-reason-babys-world-parents-views-outcomes-o1-o4-then-task-n-of-m-blocks-allocated-to-due-frequency-evidence-of-completion-linked-outcome-trigger-response-contingency-legal-planning-review-fields",
    "description": (
        "Exemplary pre-birth plan for the baby of a mother with bipolar affective disorder whose "
        "first child lives with his grandparents after a postnatal psychosis; printed from an "
        "invented case system with a page header and footer. Each task is a 'Task n of 11' "
        "block of labelled lines (Task, Allocated to, Due / frequency, Evidence of completion, "
        "Linked outcome, Task status). The perinatal psychiatrist and nurse both assess capacity "
        "to change, the baby's world is observed, the father's and grandmother's nights have "
        "fallbacks in Trigger / Response fields, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "header": "ZIMCARE · OFFICIAL-SENSITIVE · Zimmeridge Borough Council Children's Services",
    "footer": "CP-2025-11842 · Plan print 03/12/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _zim_blocks,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First core group minutes for a 4-week-old looked-after baby on a
#    neonatal unit with withdrawal, mother on methadone, father on licence.
#    Word minutes printed to PDF, header and footer; the agreed steps in a
#    two-column "Step | Detail" table with Who / When / We will see lines in
#    the detail cell; a ward visiting schedule. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _step(who, when, see):
    return f"Who: {who}\nWhen: {when}\nWe will see: {see}"


PLANS.append({
    "name": "b154_zorbury_core_group_minutes_step_detail_hartigan.pdf",
    "doc_title": "Core Group Minutes - Esme Hartigan - 25/11/2025",
    "split": "tune",
    "actions": 11,
    "template": "core-group-minutes-printed-to-pdf-header-footer-numbered-minutes-esmes-days-on-the-ward-updates-done-since-conference-outcomes-then-step-detail-two-column-table-who-when-we-will-see-lines-ward-visiting-week-contingency-legal-planning-next-meetings",
    "description": (
        "Exemplary minutes of the first core group for a 4-week-old baby on a neonatal unit "
        "with withdrawal from her mother's methadone, accommodated under section 20 and on a "
        "child protection plan; the father is on licence. A Word document printed to PDF with "
        "a header and page footer. The agreed steps are a two-column 'Step | Detail' table "
        "whose detail cell holds Who, When and 'We will see' lines; the social worker visits "
        "twice a week and the parents' and foster carer's ward visits are set out by day. The "
        "drug and alcohol charity reports on change, probation shares licence compliance, the "
        "grandmother is assessed by the SW (no reliance on family), the contingency and legal "
        "planning are concrete, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Zorbury County Council · Children's Services",
    "footer": "Esme Hartigan · core group 1 minutes · 25/11/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Child", "Esme Hartigan, born 28/10/2025 at 35 weeks (4 weeks old)"),
            ("Where Esme is", "Kestrel Neonatal Unit, Zorbury Royal Infirmary"),
            ("Legal status", "Accommodated under section 20 since 06/11/2025, with Gemma's agreement; child "
                             "protection plan since the initial conference on 13/11/2025 (neglect)"),
            ("Mother", "Gemma Hartigan (27), 5 Slade Row, Zorbury ZB2 9NN"),
            ("Father", "Dean Foley (31), 112 Castle Mews, Zorbury; on licence until 03/2026"),
            ("Meeting", "Core group 1, Tuesday 25/11/2025, 2pm, Kestrel Unit parents' room"),
            ("Present", "Kwame Asante (SW, chair); Gemma Hartigan; Dean Foley; Sister Laura Pendry (ward "
                        "manager, Kestrel Unit); Fiona Mackie (recovery worker, Zorbury Recovery Collective); "
                        "Sam Ridley (probation officer); Jean Reddy (foster carer); Helen Toft (supervising "
                        "social worker, fostering); Nisha Rao (health visitor)"),
            ("Minutes", "Paul Greaves, business support"),
        ]),
        ("h1", "1. Esme's days on Kestrel Ward"),
        ("p", "Esme is in a cot in the quiet nursery. Her withdrawal scores have come down from the high teens "
              "in her first week to between 4 and 7, and her morphine is being weaned. She has a high, piercing "
              "cry when she is unsettled and startles at noise, but settles quickly when she is swaddled and held "
              "close. Nurses have seen her calm within a minute when Gemma holds her against her chest and hums. "
              "She now takes 50ml bottles every three hours and was 2.18kg on 24/11/2025, back above her birth "
              "weight. Kwame saw her on 17/11, 20/11 and 24/11: she opened her eyes and followed his voice, and "
              "fed well for Gemma."),
        ("h1", "2. Updates"),
        ("p", "Ward (Sister Pendry): Gemma has come to 11 of 12 daily contacts since the conference; she missed "
              "one on 19/11/2025 and rang to say she was ill. She has been sober on every visit. Dean has come to "
              "both of his Saturday visits and one Tuesday. Esme's expected discharge date is 12/12/2025 if her "
              "weaning continues."),
        ("p", "Zorbury Recovery Collective (Fiona): Gemma is on 60ml of methadone, picked up daily under "
              "supervision. Her urine screens on 14/11 and 21/11 were negative for heroin and positive only for "
              "methadone. Gemma says: “I've used on top twice since she was born. I know that's why she's here.”"),
        ("p", "Probation (Sam): Dean has kept every appointment and his licence conditions. He is living at "
              "Castle Mews and working part-time."),
        ("p", "Gemma: she wants Esme home and will “do whatever it takes”. She asked whether she can do Esme's "
              "bath on the ward; Sister Pendry agreed from this week. Dean: he wants to be a dad to Esme and is "
              "willing to be assessed."),
        ("p", "Done since the conference (not repeated below): the legal planning meeting was held on 20/11/2025; "
              "Jean and Malcolm Reddy were matched as Esme's foster carers on 21/11/2025."),
        ("h1", "3. What we want for Esme (from the initial conference)"),
        ("bullets", [
            "Esme's withdrawal settles, she gains weight and she leaves hospital well.",
            "While she is on the ward, Esme is visited often by people who will care for her and know her.",
            "Esme goes from hospital to a safe home with a carer who is free of drugs and can meet her needs.",
            "Esme spends time with her mum and dad whenever it is safe, so that she knows them.",
        ]),
        ("h1", "4. Agreed steps"),
        ("table", {
            "header": ["Step", "Detail"],
            "widths": [7.5, 9.5],
            "rows": [
                ["1. Visit Esme on Kestrel Ward, talk to the nurse caring for her, and after discharge visit "
                 "her at the foster home",
                 _step("Kwame Asante, SW",
                       "Every Monday and Thursday until discharge; weekly at the foster home after that",
                       "visit records with Esme's feeds, weight and withdrawal scores, and how she responded "
                       "to her parents")],
                ["2. Come to the ward for contact with Esme and do her feeds, nappy and (from this week) "
                 "her bath",
                 _step("Gemma Hartigan, supervised by the nursery nurse on shift",
                       "Every day, 10am to 12 noon, until discharge",
                       "ward contact record shows each visit kept, Gemma sober, and how she fed and settled "
                       "Esme; Kwame reads it every Thursday")],
                ["3. Come to the ward for contact with Esme and learn to feed and change her",
                 _step("Dean Foley, supervised by the nursery nurse on shift",
                       "Tuesdays and Saturdays, 2pm to 3pm, until discharge",
                       "ward contact record shows each visit kept and what Dean did for Esme")],
                ["4. Score Esme's withdrawal, weigh her, and phone the SW the same day if either parent comes "
                 "to the ward under the influence",
                 _step("Sister Laura Pendry, ward manager, Kestrel Neonatal Unit",
                       "Scores every four hours; weight every other day; written summary to the SW each Friday",
                       "weekly summary shows scores below 8 and weight rising; any same-day call logged")],
                ["5. Visit Esme on the ward to learn her care before she comes home to the foster placement",
                 _step("Jean Reddy, foster carer (supported by Helen Toft, supervising social worker)",
                       "Mondays, Wednesdays and Fridays from 01/12/2025 until discharge",
                       "ward record shows Jean doing feeds and settling Esme; Helen confirms in writing before "
                       "the discharge meeting that Jean is ready")],
                ["6. Key-work with Gemma, supervised methadone, urine screens, and a written report to each "
                 "core group on whether she is making the changes Esme needs and how long that is likely to "
                 "take",
                 _step("Fiona Mackie, recovery worker, Zorbury Recovery Collective (drug and alcohol charity)",
                       "Key-work weekly; screens every two weeks; report two working days before each core group",
                       "written report with every screen result on Esme's file before each core group")],
                ["7. Tell the SW whether Dean keeps his licence conditions and share any new risk information",
                 _step("Sam Ridley, probation officer, Zorbury Probation Delivery Unit",
                       "Written update before each core group; any new risk the same day",
                       "update on Esme's file before every core group")],
                ["8. Hold the discharge planning meeting and send everyone the written discharge plan",
                 _step("Kwame Asante, SW",
                       "At least five working days before discharge (by 05/12/2025 for discharge on 12/12/2025)",
                       "written discharge plan sent to the parents, the foster carers, the ward and the HV on "
                       "the day of the meeting")],
                ["9. Complete a parenting assessment of Gemma and Dean, together and apart, using their ward "
                 "contacts and home visits",
                 _step("Rhian Bevan, assessing social worker, Zorbury Children's Services",
                       "Report by 16/01/2026",
                       "assessment report shared with Gemma, Dean and the core group by 16/01/2026, before the "
                       "review conference")],
                ["10. Viability assessment of Gemma's mother, Linda Hartigan, as a possible carer for Esme",
                 _step("Kwame Asante, SW",
                       "Report by 19/12/2025",
                       "viability report shared with Linda, the parents and the core group by 19/12/2025")],
                ["11. New birth review at the foster home, then weigh Esme and check her development",
                 _step("Nisha Rao, health visitor, Zorbury 0-19 Service",
                       "Within five days of discharge, then weekly for six weeks",
                       "Esme's weight in her red book at each visit, staying on or above the 9th centile")],
            ],
        }),
        ("h1", "5. Who visits Esme on the ward each week (until discharge)"),
        ("p", "Monday: Gemma 10-12, Kwame, Jean. Tuesday: Gemma 10-12, Dean 2-3. Wednesday: Gemma 10-12, Jean. "
              "Thursday: Gemma 10-12, Kwame. Friday: Gemma 10-12, Jean. Saturday: Gemma 10-12, Dean 2-3. "
              "Sunday: Gemma 10-12."),
        ("h1", "6. If things go wrong"),
        ("bullets", [
            "If Gemma or Dean comes to the ward under the influence, or a screen shows heroin: that contact "
            "ends, the nursery nurse calls Kwame (or the emergency duty team) the same day, and Kwame holds a "
            "strategy discussion the same day. Contact restarts only when the strategy discussion agrees it, "
            "at the family centre, supervised by a contact worker.",
            "If Gemma withdraws her section 20 agreement and tries to take Esme from the unit: ward security "
            "and the police are called, and Kwame applies for an emergency protection order the same day.",
            "If Jean and Malcolm cannot take Esme on discharge: Esme stays on the unit until another foster "
            "carer has been matched by the fostering team; she does not go home with either parent.",
        ]),
        ("h1", "7. Legal planning"),
        ("p", "The legal planning meeting on 20/11/2025 agreed that the threshold for proceedings is met but "
              "that Gemma should have the chance to show change while Esme is accommodated. If Gemma has a "
              "screen positive for heroin, misses three contacts in one week, or withdraws her section 20 "
              "agreement, Kwame will ask for the legal planning meeting to be reconvened within five working "
              "days to decide whether to issue care proceedings."),
        ("h1", "8. Next meetings"),
        ("bullets", [
            "Core group every three weeks, 2pm: 16/12/2025 (foster home) and 06/01/2026 and 27/01/2026 "
            "(Zorbury Family Centre).",
            "Review child protection conference: Thursday 05/02/2026, 10am, County Hall, Zorbury.",
            "Esme's first looked after review: 04/12/2025, on the ward.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review plan written to a 12-year-old young carer: mother with multiple
#    sclerosis who drinks in the evenings to cope with pain, a 5-year-old
#    sister, grandad helping. Markdown with an initials key at the top and
#    the owner and timing in brackets at the end of each bullet. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_zunderley_young_carer_bracketed_initials_brightwell.md",
    "split": "tune",
    "actions": 11,
    "template": "review-plan-md-written-to-12-year-old-young-carer-initials-key-at-top-what-leo-told-me-maisies-drawings-what-leo-needs-what-maisie-needs-then-bullets-with-owner-and-timing-in-brackets-at-end-what-happens-if-what-happens-next-prose-meetings",
    "description": (
        "Exemplary review plan written by the social worker to a 12-year-old young carer, whose "
        "mother has relapsing multiple sclerosis and drinks wine in the evenings to cope with "
        "pain; his sister is 5 and their grandad helps. Markdown: a key of initials at the top, "
        "'What Leo told me' and 'Maisie's drawings', outcomes under 'What Leo needs' and 'What "
        "Maisie needs', then bullets addressed to Leo, each ending with the owner's initials "
        "and the timing in brackets and saying in its own words what will be seen. Adult social "
        "care, the MS nurse and a drug and alcohol charity own actions (the charity reports on "
        "change), grandad's help has a fallback, legal planning follows named triggers, and the "
        "meetings are told in prose under 'What happens next'."
    ),
    "text": """\
# Leo's plan

**Zunderley Council – Children's Services – Young People's Safeguarding Team**
Written for Leo Brightwell (12) after his review child protection conference on Tuesday 20/01/2026.
Maisie Brightwell (5) has her own plan with the same actions; Mum (Carla Brightwell) has a copy of both.
Plan category: neglect.

Dear Leo,

This is your plan, written for you. Where there are letters in brackets at the end of a line, they tell you
who is doing it and when. Here is who the letters mean:

- **NK** – Nadia Kowalczyk, your social worker
- **DM** – Dev Mehta, Mum's care manager at Zunderley Adult Social Care
- **JT** – Jess Tranter, Mum's MS nurse at the Zunderley Neurology Service
- **KL** – Kieran Lowther, Mum's worker at Open Door (Zunderley's drug and alcohol charity)
- **AS** – Amy Shore, Zunderley Young Carers Project
- **MH** – Mr Haigh, head of Year 8 and safeguarding lead at Castlegate Academy
- **RP** – Mrs Pereira, Maisie's teacher and safeguarding lead at Wren Lane Primary
- **Grandad** – Terry Brightwell, Mum's dad, 2 Kiln Yard

## Why there is still a plan

Since Mum's MS relapse in September she has been using a wheelchair and cannot manage the stairs. Until
December there were no carers coming in, so you were helping Mum wash, dress and get to the toilet, getting
Maisie ready for school and doing the shopping. Mum was drinking a bottle of wine most evenings to cope with the
pain, and twice in November she fell out of her chair and you had to call Grandad. You were late or absent from
school 22 times in the autumn term.

Since the first conference a bed has been put downstairs for Mum and you have started at the young carers' club.
The carers' assessment for Mum is still not finished, so you are still doing a lot of her care.

## What Leo told me

When we talked at school on 13/01/2026 you said: "I don't mind helping Mum but I hate doing her washing and
stuff. It's embarrassing for both of us. When she's had wine she gets cross and then she cries." You said the
best part of the week is the Friday club and football on Saturdays with Grandad, and the worst is Sunday nights
"because Monday's a school day and I'm tired". You put home at 5 out of 10. You told me you want carers for Mum
"so I can just be her son".

## Maisie's drawings

Maisie drew me her house with Mum in a bed in the front room and you "doing the tea". She drew Grandad's car
"because he takes me to school". When I asked what would make home better, she drew a pizza and said "Leo
doesn't cook, Mum cooks".

## What Leo needs

- You stop doing Mum's personal care, because trained carers do it.
- You get to school on time every day and have time for homework, football and friends.
- You are never the only person looking after Maisie and Mum when Mum has been drinking.
- You know who to call if Mum falls or is unwell, and someone comes.

## What Maisie needs

- Maisie goes to school every day on time, fed and in clean clothes.
- Maisie is looked after by an adult, not by her brother.

## What will happen

- I will see you and Maisie at home every week and see you on your own at least every other week, at home or
  at school. I'll write down what you tell me in my visit notes and read it back to you before I go, so you can
  check I've got it right. (NK, every week until your next review)
- Adult Social Care will start carers coming in every morning and evening to help Mum wash, dress and get to
  bed, so that you don't have to. The carers write each visit in the folder by the front door, and I will look
  at it every time I come. (DM, carers start by 16/02/2026)
- An occupational therapist from Adult Social Care will visit to sort out a stairlift or a downstairs bathroom,
  so you don't have to help Mum on the stairs. Dev will send me the OT's report saying what will be fitted and
  when. (DM, OT visit by 13/02/2026)
- Jess will look at Mum's MS and her pain medicines and write to me about what Mum can and can't safely do for
  you and Maisie, and whether that is likely to change. (JT, letter by 06/02/2026, then before each core group)
- Kieran will see Mum every week about her drinking and do a breath test each time. Before each core group he
  will tell us in writing whether Mum has stopped drinking in the evenings and how long he thinks the change
  will take. (KL, every Thursday)
- Mum has agreed not to drink at all when she is the only adult at home with you and Maisie. Her breath tests
  at Open Door will show it, and so will my visits, some of which will be in the evening without telling her
  first. (Mum, every day from 20/01/2026)
- Amy will do a young carer's assessment with you to work out which jobs at home are too much, and you can keep
  going to the Friday club. Amy will send me the assessment, and the club register shows each week you go.
  (AS, assessment by 27/02/2026; club every Friday)
- Mr Haigh will check your attendance every day and meet you every Monday lunchtime. He will send me your
  attendance every Friday; we are aiming for 95% or more. (MH, every school day)
- Mrs Pereira will check that Maisie arrives on time, fed and in clean clothes, and ring me the same day if she
  doesn't. She'll keep a note each day and send it to me every Friday. (RP, every school day)
- Grandad will take Maisie to school on Monday, Wednesday and Friday mornings and have you both for Sunday
  dinner. The school's gate record shows the days he brings Maisie, and he'll text me on Sunday nights. (Grandad,
  Monday, Wednesday and Friday mornings and every Sunday)
- I'll do four sessions with you about being a young carer and what you want to happen, and we'll put your own
  words into a letter for your next review. (NK, every other Tuesday from 27/01/2026; letter ready by 07/07/2026)

## What happens if ...

**... Mum falls or has an MS relapse and can't look after you.** Ring 999 if she is hurt, then Grandad. You and
Maisie go to Grandad's at 2 Kiln Yard that day, and I will visit the next morning. If Grandad can't have you
(he is away or unwell), ring me or the emergency duty team on 0300 555 0142 and we will find a foster carer who
can have you and Maisie together, that same day.

**... Mum has been drinking and you are worried.** Ring me, or the emergency duty team after 5pm. Someone will
come that evening, and you and Maisie will stay with Grandad, or with a foster carer if Grandad can't. I will
hold a strategy discussion with the police the same day.

**... things don't change.** If Mum has two breath tests over the limit before the next core group, or you are
still doing Mum's washing and dressing by 31/03/2026, my manager, Fiona Leckie, and I will hold a legal planning
meeting within 10 working days, to decide whether we need to ask a court to help keep you and Maisie safe.

## What happens next

The core group (Mum, Grandad, me and everyone in the key above) will meet every six weeks at Castlegate Academy
at 4pm: on 03/03/2026, 14/04/2026, 26/05/2026 and 07/07/2026. You can come to the first part of any of them, or
tell me what you want said. Your next review conference is on Tuesday 21/07/2026 at 10am at Zunderley Town Hall,
and your letter will be read out there.

From Nadia Kowalczyk, your social worker, 22/01/2026
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Transfer-in conference record and plan, neglect, mother with anxiety
#    and agoraphobia, father smoking cannabis daily, a 10-year-old and a
#    6-year-old, moved from another county. Markdown record: attendance by
#    initials, how the family came, then an action log "What we will do |
#    Lead | Start / finish | Signs it's working". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_zyvercote_transfer_in_record_signs_its_working_castellano.md",
    "split": "tune",
    "actions": 12,
    "template": "transfer-in-conference-record-md-attendance-initials-how-the-family-came-to-zyvercote-previous-plan-prose-what-jayden-and-ruby-told-us-worries-going-well-decision-what-we-want-then-action-log-what-we-will-do-lead-start-finish-signs-its-working-if-things-go-wrong-meetings",
    "description": (
        "Transfer-in conference record and plan for a 10-year-old and a 6-year-old whose family "
        "moved from another county; the mother has anxiety and agoraphobia and the father "
        "smokes cannabis daily. A Markdown record with attendance by initials, an account of "
        "the previous authority's plan, the children's words, then an action log headed What "
        "we will do | Lead | Start / finish | Signs it's working. Most rows are sound (weekly "
        "visits, the drug charity's report on change, both schools, the previous authority's "
        "records by a date, family support, direct work). Faults: the community mental health "
        "nurse only supports the mother, the father's row is 'Monitored by TH', GP and dentist "
        "registration is 'ASAP', the damp has no measure, 'All agencies' share worries, the "
        "review conference date is to be confirmed, and the contingency has no specific trigger "
        "or response beyond a discussion."
    ),
    "text": """\
# Transfer-in Child Protection Conference: record and plan

**Zyvercote Borough Council · Children's Services · Safeguarding Unit**

| | |
|---|---|
| Children | Jayden Castellano (10), DOB 14/04/2015; Ruby Castellano (6), DOB 30/08/2019 |
| Address | 22 Larkspur Road, Zyvercote ZY6 3DW (since 14/11/2025) |
| Parents | Marie Castellano (33) and Luke Castellano (36) |
| Previous authority | Brannockshire County Council; child protection plans since 02/09/2025 (neglect) |
| Conference | Transfer-in conference, Thursday 08/01/2026, Zyvercote Civic Centre |
| Chair | Declan Moyo (IRO) |

**Present:** DM – Declan Moyo, chair; TH – Tariq Hussain, social worker, Zyvercote; PD – Paula Dent, social
worker, Brannockshire; MC – Marie Castellano; LC – Luke Castellano; EW – Mrs Ellen Ward, DSL, St Cuthbert's
Junior School; AG – Miss Anna Grey, DSL, Larkspur Infants; BA – Ben Akers, community mental health nurse,
Zyvercote CMHT; GO – Gail Oduya, Compass Point; KS – Kelly Shaw, family support worker, Zyvercote Family Hub.
**Apologies:** Zyvercote Homes; Ruby and Jayden's new GP (not yet registered).

## How the family came to Zyvercote

The family left Brannockshire after their landlord served notice and moved into a Zyvercote Homes house on
Larkspur Road in November. In Brannockshire the children were made subject to plans because the house was dirty
with little food, Ruby had head lice and untreated tooth decay, and the children were often late or absent. PD
told the conference that in Brannockshire Marie had been seen by the CMHT for anxiety and agoraphobia and had
not left the house alone for most of 2025, and that Luke smokes cannabis every day, often in the living room.
Brannockshire had arranged a dental appointment for Ruby, which was missed because of the move.

PD has kept visiting every two weeks until today's conference. Brannockshire's records are due to Zyvercote
(see the action log).

## What Jayden and Ruby told us

Jayden (seen on his own at school, 05/01/2026): "The new house is bigger but my room's got black stuff on the
wall and it smells. Dad smokes the funny stuff in the front room and it makes my clothes smell and people say it
at school." He said he likes his new teacher and wants to join the football club. He gave home 5 out of 10.

Ruby (seen at home, 06/01/2026) showed TH her toothbrush "that Jayden bought me". She said her tooth hurts when
she eats cold things. She drew her mum "in the house" and herself and Jayden "at school with the big gate".

## What we are worried about / what is going well

Worried: the children's bedroom has damp and black mould; there was little food in the fridge on 06/01/2026;
Ruby has had toothache for two weeks and the family are not registered with a GP or dentist; Marie has not been
out of the house since the move; the smell of cannabis in the house is strong.

Going well: both children started their new schools on 05/01/2026 and have been in every day; the house has
beds, a table and a working cooker; Luke walks the children to school; both parents came to conference and
said they want help.

## Decision

Jayden and Ruby will remain subject to child protection plans in Zyvercote under the category of neglect.
Zyvercote takes over the plan from today.

## What we want for Jayden and Ruby

- Jayden and Ruby live in a warm, dry, clean home with food in the cupboards every day.
- Ruby's toothache is treated and both children see a dentist and a GP when they need to.
- Jayden and Ruby do not breathe in cannabis smoke at home, and their clothes do not smell of it.
- Both children get to school on time every day, clean and fed.

## Action log

| # | What we will do | Lead | Start / finish | Signs it's working |
|---|---|---|---|---|
| 1 | Visit Jayden and Ruby at home, see each of them on their own, one visit a fortnight after school | Tariq Hussain (TH), social worker | Weekly from 12/01/2026 until the review conference | Visit records show both children seen every week, with their words written down |
| 2 | Visit Marie every fortnight to support her with her anxiety and help her build up to leaving the house | Ben Akers (BA), community mental health nurse, Zyvercote CMHT | Fortnightly from 19/01/2026 | Marie walks Ruby to school on at least two mornings a week by 27/02/2026 |
| 3 | Key-work with Luke about his cannabis use, urine screens, and a written report to each core group on whether he is making the changes Jayden and Ruby need and how long that is likely to take | Gail Oduya (GO), Compass Point drug and alcohol charity | Weekly from 15/01/2026; report before each core group | Report on file before each core group, with the screen results |
| 4 | Stop smoking cannabis inside 22 Larkspur Road and in front of the children | Luke Castellano (LC) | From 08/01/2026 | Monitored by TH |
| 5 | Register Jayden and Ruby with a Zyvercote GP and dentist, and book Ruby's tooth appointment | Marie Castellano (MC) | ASAP | Registration letters and Ruby's appointment card seen by TH |
| 6 | Check Jayden's attendance, lunch and uniform, and tell TH the same day if he is absent or hungry | Mrs Ellen Ward (EW), DSL, St Cuthbert's Junior School | Every school day from 12/01/2026 | Weekly attendance to TH each Friday, aiming for 95% or more |
| 7 | Offer Ruby breakfast club every morning and record whether she arrives clean and fed | Miss Anna Grey (AG), DSL, Larkspur Infants | Every school day from 12/01/2026 | Breakfast club register and daily arrival log sent to TH each Friday |
| 8 | Treat the damp and black mould in the children's bedroom | Phil Marsh, housing officer, Zyvercote Homes | By 27/02/2026 | |
| 9 | Send the full Brannockshire case file, chronology and CMHT discharge letter to Zyvercote | Paula Dent (PD), social worker, Brannockshire County Council | By 22/01/2026 | Records on the Zyvercote file before the first core group |
| 10 | Help Marie and Luke set up a morning routine, a weekly meal plan and a tidy bedroom for each child | Kelly Shaw (KS), family support worker, Zyvercote Family Hub | Twice a week for 10 weeks from 13/01/2026 | Routine chart filled in; home conditions checklist scores 4 or more in every room by the review |
| 11 | Tell TH the same day about any worry about Jayden or Ruby | All agencies | Same day | Each worry logged on the children's file |
| 12 | Six sessions with Jayden about his worries at home and at his new school, using three houses | Tariq Hussain (TH), social worker | Weekly from 20/01/2026 | Jayden's three houses kept on file and his words shared at each core group |

## If things go wrong

If there are further concerns about the children or things do not improve at home, TH will discuss the plan with
his manager and the core group will look at next steps.

If there is not enough progress by the review conference, TH's manager, Sandra Oyelaran, will hold a legal
planning meeting.

## Core group and review

Core group every four weeks at Larkspur Infants, 3.45pm: 22/01/2026, 19/02/2026 and 19/03/2026.
Review child protection conference: date to be confirmed by the Zyvercote conference team.
""",
    "findings": [
        F("H001", "Visit Marie every fortnight to support her with her anxiety"),
        F("M002", "Stop smoking cannabis inside 22 Larkspur Road and in front"),
        F("T002", "Register Jayden and Ruby with a Zyvercote GP and dentist"),
        F("M001", "Treat the damp and black mould in the children's bedroom"),
        F("W002", "Tell TH the same day about any worry about"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Letter to a mother after the initial conference, her drinking, a
#    9-year-old and a 2-year-old, the younger child's father and the
#    grandmother helping. Plain text, hedged and passive in places; one
#    numbered sentence per agreed action. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b154_zedcastle_icpc_letter_numbered_sentences_ferris.txt",
    "split": "tune",
    "actions": 9,
    "template": "icpc-outcome-letter-to-mother-plain-text-address-block-why-we-are-worried-what-frankie-told-me-amber-observed-what-we-want-then-what-we-agreed-will-happen-numbered-one-sentence-actions-if-things-go-wrong-meetings-signed-by-sw",
    "description": (
        "Letter from the social worker to a mother after the initial conference for her "
        "9-year-old and 2-year-old, because of her drinking; plain text, one numbered sentence "
        "per agreed action under 'What we agreed will happen'. Most sentences are sound (weekly "
        "visits, the HV's fortnightly weighs, the younger child's father's Saturdays, the "
        "grandmother's Wednesdays, the family support worker). Faults: 'a referral will be "
        "made' to the alcohol service with no one named, the mother goes to the drop-in 'when "
        "you feel ready', the school will 'keep an eye on' Frankie, the parenting assessment "
        "has no stated output, no adult service owns an action for her drinking, and nothing "
        "says legal planning follows if things do not change."
    ),
    "text": """\
Zedcastle Council
Children's Services - Safeguarding Team North
Zedcastle House, 1 Market Row, Zedcastle ZC1 1AA

Ms Natalie Ferris
16 Moss Lane
Zedcastle ZC4 2JD

5 February 2026

Dear Natalie,

Frankie and Amber's child protection plan

Thank you for coming to the initial child protection conference on Tuesday 3 February 2026. I know it was
a hard meeting. The conference decided that Frankie and Amber should each have a child protection plan,
under the category of neglect. This letter tells you what was decided and what we agreed will happen. The
chair, Ms Lorna Abbott, will send the full record in the next few weeks.

Why we are worried

You told the conference that you have been drinking most days since your relationship with Callum ended
last summer, and that on bad days you start in the morning. On 12 January 2026 the police did a welfare
check after Frankie rang his nan from a neighbour's phone; they found you asleep and could not wake you
for some time, Amber was in a very wet nappy and Frankie had made her a bottle. Frankie has been late to
school 17 times since September and has told staff he is tired because he looks after his sister. Your
GP, Dr Lewin, told the conference that you have asked for help with your drinking before and that your
liver tests last year were raised.

What Frankie told me

When I saw Frankie on his own at school on 28 January he said: "I make Amber's bottle and I put the telly
on for her. Mum's not nasty when she drinks, she just goes to sleep and I can't wake her up. I want her to
stop so I can go to football." He gave home 4 out of 10 and said the best thing is "tea at Nana's on
Wednesdays".

Amber

When I visited on 30 January Amber was playing with stacking cups on the living room floor. She came to me
to show me her cup, and went to Frankie, not to you, when she bumped her head. She has very few words for
her age and her nappy rash was sore.

What we want for Frankie and Amber

- Frankie and Amber are always looked after by an adult who is sober and awake.
- Amber is clean, fed, gains weight and her speech starts to catch up.
- Frankie gets to school on time and no longer has to look after Amber or you.

What we agreed will happen

1. I will visit Frankie and Amber at home every week until the review conference, and at each visit I
   will see Frankie on his own and write down what he tells me on my visit record, which I will share at
   each core group.

2. A referral will be made to Zedcastle Alcohol Service within five working days of the conference, and
   a copy of the acceptance letter will be kept on Frankie and Amber's file.

3. You will go to the alcohol service's drop-in group when you feel ready, and bring your attendance card
   to my visits so that I can see which sessions you have been to.

4. Carly Moss, Amber's health visitor, will weigh Amber and check her speech and development every two
   weeks at Hartside Clinic, and plot her weight in her red book so that we can all see she stays on the
   25th centile or above.

5. Mrs Okafor, the designated safeguarding lead at Zedcastle Park Primary, will keep an eye on Frankie
   every school day.

6. I will complete an assessment of your parenting by 13 March 2026.

7. Callum will have Amber at his flat every Saturday from 10am to 4pm, and will text me when he collects
   her and when he brings her home.

8. Your mum, Sheila, will have Frankie and Amber for tea at her house every Wednesday after school, and
   will ring me on Wednesday evenings to say the children came and how they were.

9. Dionne Hale, family support worker, will come to your home on Monday and Thursday mornings for the next
   ten weeks to help you with the children's morning routine, and she will fill in a routine chart with
   you at each visit that I will check.

If things go wrong

If you are drunk while you are looking after Frankie and Amber, or if Frankie or anyone else tells me you
have been drinking and could not be woken, I will visit that day. Frankie and Amber will stay with your
mum, Sheila, or with foster carers if Sheila cannot have them, and I will hold a strategy discussion with
the police the same day.

Meetings

The core group will meet every four weeks at Hartside Children's Centre, starting on Tuesday 17 February
2026 at 2pm. The review child protection conference will be on Tuesday 28 April 2026 at 10am at Zedcastle
House.

If anything in this letter is wrong, or you want to talk about it, please ring me on 01632 960 418.

Yours sincerely,

Owen Pryce
Social Worker, Safeguarding Team North
""",
    "findings": [
        F("W001", "A referral will be made to Zedcastle Alcohol Service"),
        F("T002", "You will go to the alcohol service's drop-in group"),
        F("M002", "will keep an eye on Frankie every school day"),
        F("M001", "I will complete an assessment of your parenting by"),
        F("F004"),
        F("R002"),
    ],
})
